"""Whether a short reply says yes or no, in every language intake writes its confirmation question in."""

from __future__ import annotations

import re

# A confirmation is a reply whose own words are a bare yes: the word the question asks for, in its language or in
# English, perhaps with "it was me" and a name or greeting, and nothing else. Common words that also mean yes
# elsewhere (si = if, tak = thanks, ja in "Nej tak") confirmed denials in the second attack; so the whole reply
# must be that short yes, or the code typed into it. Anything longer is read by the DPO (`unclear`).
YES_WORDS = (
    *("yes", "ja", "oui", "sí", "si", "sì", "sim", "tak", "haan", "हाँ", "हां", "kyllä", "ano", "ναι", "igen"),
    # The word each letter language's question asks for (intake/letters/templates/<lang>/confirmation.txt.j2):
    # Romanian, Slovene and Croatian DA; Slovak ÁNO; Bulgarian and Russian ДА; Estonian JAH; Latvian JĀ;
    # Lithuanian TAIP; Turkish EVET; Ukrainian ТАК; Japanese はい; Chinese 是/是的; Korean 네/예; Arabic نعم;
    # Hebrew כן; Irish TÁ; Maltese IVA.
    *("da", "áno", "да", "jah", "jā", "taip", "evet", "так", "はい", "是的", "是", "네", "예", "نعم", "כן", "tá"),
    "iva",
)
YES_ONLY = re.compile(
    r"^\W*(?:" + "|".join(YES_WORDS) + r")\W*"
    r"(?:(?:it|this|that) (?:was|is) me|c'était moi|das war ich|fui yo|ero io|fui eu|dat was ik|to (?:ja|byłem ja|"
    r"byłam ja)|kont jien)?\W*$",
    re.IGNORECASE,
)
# Anything that says no, or doubts, in the languages we write to; it wins over everything.
_DENIAL = re.compile(
    r"(?<!\w)(?:no|nope|not|never|nobody|didn'?t|wasn'?t|don'?t|doesn'?t|isn'?t|haven'?t|can'?t|cannot|won'?t|"
    r"wrong|stop|unknown|mistake|fraud|scam|nein|nicht|nie|niemals|kein|keine|falsch|non|pas|jamais|aucune?|"
    r"nunca|nee|niet|geen|não|nao|nem|nahi|nahin|नहीं|mai|nessuna?|nej|ikke|inte|nu|ei|ne|όχι|οχι|δεν|"
    r"nē|нет|не|ні|hayır|hayir|değil|degil|değilim|yapmadım|yapmadim|لا|لم|لست|לא|níl|ní|níor|"
    r"mhux|mhuwiex|kontx|qatt|ebda)(?!\w)",
    re.IGNORECASE,
)
# Maltese LE alone: as a word it is the French article ("Oui, le code..."); "Le, ma kontx jien" has "kontx".
_DENIAL_ALONE = re.compile(r"^\W*le\W*$", re.IGNORECASE)
# Japanese, Chinese and Korean denials: Japanese and Chinese put no space between words, so no word boundary marks
# them; they are matched anywhere in the reply.
_DENIAL_UNSPACED = re.compile(
    r"いいえ|違います|ちがいます|ではありません|していません|不是|没有|沒有|并非|아니요|아니오|아닙니다|않았습니다"
)


def denies(text: str) -> bool:
    """Whether a reply says no, or doubts, in any language the question is written in."""
    return any(p.search(text) is not None for p in (_DENIAL, _DENIAL_UNSPACED, _DENIAL_ALONE))
