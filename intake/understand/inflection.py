"""A name an agent writes in the genitive ("w imieniu Pani Anny Nowak") turned back into its nominative."""

from __future__ import annotations

import re

# Words of the agent's phrase that tell whose name follows and that it is declined: "Pani", "mojej klientki",
# "paní", "mé dcery", "v mene mojej klientky" (feminine); "pana", "mojego klienta", "mého syna" (masculine).
_FEMININE = re.compile(
    r"\b(?:pani|paní|klientki|klientky|córki|dcery|dcéry|matki|matky|mamy|żony|manželky|siostry|sestry|babci|babičky"
    r"|mojej|naszej|mé|naší|našej"
    # "za svou matku", "za moju mamu" (accusative), "w imieniu swojej szefowej", "v mene svojej manželky"
    r"|svojej|szefowej|przełożonej|teściowej|cioci|svou|svoji|moji|mou|své|matku|maminku|maminky|mámu|mámy|dceru"
    r"|manželku|ženu|ženy|babičku|sestru|klientku|šéfovou|šéfové|moju|svoju|našu|mamu|mamičku|mamičky|dcéru|babku"
    r"|babky|šéfku|šéfky|svokru|svokry"
    # Russian and Ukrainian: "от имени моей мамы", "від імені моєї клієнтки"
    r"|моей|нашей|мамы|матери|дочери|дочки|жены|бабушки|сестры|клиентки|доверительницы"
    r"|моєї|нашої|мами|матері|доньки|дружини|бабусі|сестри|клієнтки|довірительки)\b",
    re.I,
)
_MASCULINE = re.compile(
    r"\b(?:pana|pána|klienta|syna|ojca|otce|otca|męża|manžela|brata|dziadka|dědečka|mojego|naszego|mého|našeho|môjho"
    r"|nášho|swojego|taty|szefa|przełożonego|teścia|svého|tátu|táty|šéfa|bratra|dědečka|svojho|ocka|muža|deda|dedka"
    r"|моего|нашего|отца|папы|сына|мужа|дедушки|брата|клиента|доверителя|мого|нашого|батька|тата|чоловіка"
    r"|дідуся|клієнта|довірителя)\b",
    re.I,
)
# Genitive endings -> nominative, longest first, per language and gender. Only endings that a nominative of the
# same gender never has are listed, so a name already in the nominative ("Pani Anna Nowak") is left as it is.
_FEMININE_ENDINGS: dict[str, list[tuple[str, str]]] = {
    "pl": [("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka"), ("owej", "owa"), ("ii", "ia"), ("ki", "ka"),
           ("gi", "ga"), ("y", "a")],
    # Czech and Slovak also in the accusative an agent writes after "za" ("za svou matku, Janu Novákovou").
    "cs": [("ové", "ová"), ("ské", "ská"), ("cké", "cká"), ("né", "ná"), ("ou", "á"), ("y", "a"), ("u", "a")],
    "sk": [("ovej", "ová"), ("skej", "ská"), ("ckej", "cká"), ("nej", "ná"), ("ie", "ia"), ("ú", "á"), ("y", "a"),
           ("u", "a")],
    # Галины Петровны Смирновой -> Галина Петровна Смирнова; Ольги, Натальи, Марии; Ковальської, Марини. A bare -и
    # or -і is left: a nominative has it too (Натали, Мамардашвили).
    "ru": [("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("ьи", "ья"), ("ии", "ия"), ("ги", "га"), ("ки", "ка"),
           ("хи", "ха"), ("жи", "жа"), ("ши", "ша"), ("чи", "ча"), ("щи", "ща"), ("ы", "а")],
    "uk": [("ської", "ська"), ("цької", "цька"), ("ої", "а"), ("ії", "ія"), ("ки", "ка"), ("ни", "на"), ("ри", "ра"),
           ("ли", "ла"), ("ти", "та"), ("ди", "да")],
}  # fmt: skip
_MASCULINE_ENDINGS: dict[str, list[tuple[str, str]]] = {
    "pl": [("skiego", "ski"), ("ckiego", "cki"), ("dzkiego", "dzki")],
    "cs": [("ského", "ský"), ("ckého", "cký"), ("ého", "ý")],
    "sk": [("ského", "ský"), ("ckého", "cký"), ("ého", "ý")],
}
# A masculine name loses its genitive -a ("Piotra Nowaka" -> "Piotr Nowak", "Petra" -> "Petr") unless a vowel fell out
# of the nominative, which shows as two consonants before the -a ("Pawła" is "Paweł", "Marka" "Marek", "Jacka"
# "Jacek"; "Nowaka" is "Nowak"): such a name is left as written.
_FLEETING = ("ł", "k", "c", "l")
_VOWELS = "aeiouyąęóáéíúýěů"


def _token(token: str, endings: list[tuple[str, str]]) -> str | None:
    low = token.lower()
    for ending, nominative in endings:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return token[: len(token) - len(ending)] + nominative
    return None


def nominative(name: str, language: str, phrase: str) -> str:
    """`name` in the nominative when `phrase` (the agent's words before it) shows it is declined, else as written.

    Polish, Czech and Slovak, and women's names in Russian and Ukrainian, only when the phrase says the gender;
    each word is changed only when it carries a genitive ending of that gender, and a word that carries none (a
    consonant-final surname, "Nowak") stays as written.
    """
    if language not in _FEMININE_ENDINGS:
        return name
    feminine, masculine = bool(_FEMININE.search(phrase)), bool(_MASCULINE.search(phrase))
    if feminine == masculine:
        return name  # no gender said, or both: do not guess
    tokens = name.split()
    if feminine:
        return " ".join(_token(t, _FEMININE_ENDINGS[language]) or t for t in tokens)
    if language not in _MASCULINE_ENDINGS:
        return name  # Russian and Ukrainian men's names: "Петра" is Пётр, "Данила" Данило; left as written
    out = []
    for token in tokens:
        changed = _token(token, _MASCULINE_ENDINGS[language])
        low = token.lower()
        if changed is None and low.endswith("a") and len(low) > 3 and low[-2] not in _VOWELS:
            if low[-2] in _FLEETING and low[-3] not in _VOWELS:
                return name  # "Pawła", "Marka": the nominative is not the stem; leave the whole name
            changed = token[:-1]
        out.append(changed or token)
    return " ".join(out)
