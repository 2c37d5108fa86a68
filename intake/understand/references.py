"""Legal references in any language: article and section numbers, read with the law they cite, that name a right."""

from __future__ import annotations

import re

from intake.understand import lexicon

MAX_MATCHES = 40  # matches examined per pattern: a 10 MB "Art. 15 Art. 15..." stays cheap

_REFERENCE_WORDS = (
    "art", "čl", "§", "sec", " s.", "\ns.", "ст", "чл", "άρθρ", "αρθρ", "madde", "md.", "cikk", "pant", "straipsn",
    "člen", "airteagal", "第", "제", "1798", "inciso", "ماد", "pasal", "điều", "dieu",
)  # fmt: skip
# "Art. 15", "Artikel 15", "artículo 15", "članak 15.", "чл. 15", "άρθρο 15", "статья 15", "статей 17 і 21",
# "Airteagal 15", "§ 34", "المادة 15",
# and sections ("section 13", "s.23", "ss. 11"); the word comes before the number.
_WORD_FIRST = re.compile(
    r"(?<!\w)(?:(?P<art>art(?:icles?|ikel|ikla|iklan|ikkel|ikli|iklis|ículo|icolo|igo|ykuł|ykułu|ykułem|icol|icolul|"
    r"ikolu|t\.|s\.|\.)?|čl(?:ánek|ánku|ánok|anak|anka|anku|anom|ana|anu|an|en|ena|enu|\.)?|άρθρ(?:ο|ου|α)|αρθρ(?:ο|ου)|"
    r"ст(?:атья|атьи|атье|атью|атей|аттю|атті|аття|аттею|\.)|чл(?:ен|ена|\.)|madde(?:si|sinin)?|md\.|airteagal|§{1,2}|"
    r"[بلو]?(?:ال)?ماد[ةه]|pasal|điều|dieu)"
    r"|(?P<sec>sections?|sec\.|ss?\.))\s{0,2}(?P<n>\d{1,4})(?!\d|[.,]\d)",
    re.I,
)
# Indonesian "Pasal 8", Vietnamese "Điều 9" ("Dieu 9" typed without marks).
# "15. cikk", "15. pants", "15 straipsnis", "15. člen", "15 artiklan", "11. madde": the number comes first.
_NUMBER_FIRST = re.compile(
    r"(?<![\d.])(?P<n>\d{1,3})\.?\s{0,2}(?:cikk\w{0,5}|pant\w{0,2}|straipsn\w{0,3}|člen\w{0,2}|artikl\w{0,3}|madde\w{0,6})",
    re.I,
)
# Vietnamese puts the clause first: "khoản 5 Điều 9" (clause 5 of article 9), "điểm a khoản 8 Điều 9".
_CLAUSE_FIRST = re.compile(
    r"(?<!\w)kho[ảa]n\s{1,2}(?P<q>\d{1,2})\s{1,2}(?:của\s{1,2})?(?:điều|dieu)\s{1,2}(?P<n>\d{1,3})(?!\d)", re.I
)
# 第15条 / 第十五條 (Chinese, Japanese), 제35조의2 (Korean).
_CJK = re.compile(
    r"第\s?(?P<n>\d{1,3}|[一二三四五六七八九十]{1,4})\s?[条條](?:之?(?P<cjk_sub>[一二三四五]))?|제\s?(?P<k>\d{1,3})\s?조(?:의\s?(?P<k_sub>\d))?"
)
# What may follow the number: "(3)", "Abs. 3", "ust. 3", "ayat (1)", "khoản 5", "/f", ", II", ", inciso VI".
_SUB = re.compile(
    r"\s?\((?P<p>\d{1,2}|[a-hı])\)|\s{0,2}(?:abs|para|ust|odst|al|lid|comma|ods|pkt|punkt|bod|st|ayat|khoản|khoan|stav)\.?\s{0,2}\(?"
    r"(?P<q>\d{1,2})(?!\d)"
    r"|/(?P<l>[a-hı])\b|,?\s{0,2}(?:inciso\s{1,2}|inc\.\s{0,2})?(?P<r>(?-i:[IVX]{1,4}))\b",
    re.I,
)
# More numbers of the same list: "Art. 15, 16 und 17", "articles 15 and 20"; a range ("15-22") is a list of all.
_MORE = re.compile(
    r"\s{0,2}(?:,|&|and|und|sowie|et|y|e|i|a|en|og|och|ja|és|ir|un|in|și|и|і|και|ve|oraz)\s{1,2}(?:art\w{0,6}\.?\s{0,2})?"
    r"(\d{1,2})(?![\d.,]\d)",
    re.I,
)
_RANGE = re.compile(r"\s{0,2}(?:[-–—]|to|bis|à|al|do)\s{0,2}\d{1,2}\b", re.I)
_CCPA = re.compile(r"\b(1798\.1\d\d)\b")
_CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
LAW_WINDOW = 120  # characters around a reference searched for the law it belongs to
LAW_BEFORE = 25  # handicap of a law named before the number over one named after it


def _number(raw: str) -> str:
    """A reference number as digits ("十五" -> "15")."""
    if raw.isdigit():
        return raw
    tens, _, units = raw.partition("十")
    if "十" not in raw:
        return str(_CHINESE_DIGITS.get(raw, 0))
    return str((_CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CHINESE_DIGITS.get(units, 0) if units else 0))


def _raw_references(text: str) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, number, sub-point, is a section) of every article or section reference, in any language."""
    refs: list[tuple[int, int, str, str, bool]] = []
    for found in limited(_WORD_FIRST, text):
        end = found.end()
        if _RANGE.match(text, end):
            continue  # "Art. 15-22": the whole chapter, not one right
        sub = _SUB.match(text, end)
        is_section = found.group("sec") is not None
        point = next((g for g in sub.groups() if g), "") if sub else ""
        refs.append((found.start(), sub.end() if sub else end, found.group("n"), point, is_section))
        more = _MORE.match(text, sub.end() if sub else end)
        count = 0
        while more is not None and count < 6:
            refs.append((more.start(1), more.end(1), more.group(1), "", is_section))
            more, count = _MORE.match(text, more.end()), count + 1
    for found in limited(_NUMBER_FIRST, text):
        sub = _SUB.match(text, found.end())
        point = next((g for g in sub.groups() if g), "") if sub else ""
        refs.append((found.start(), sub.end() if sub else found.end(), found.group("n"), point, False))
    for found in limited(_CLAUSE_FIRST, text):
        refs.append((found.start(), found.end(), found.group("n"), found.group("q"), False))
    for found in limited(_CJK, text):
        if found.group("n"):
            cjk_sub = found.group("cjk_sub")
            refs.append(
                (found.start(), found.end(), _number(found.group("n")), _number(cjk_sub) if cjk_sub else "", False)
            )
        else:
            refs.append((found.start(), found.end(), found.group("k"), found.group("k_sub") or "", False))
    return refs


def references(text: str, low: str) -> list[tuple[int, int, str, str]]:
    """(start, end, right, how) for article and section numbers that name a right under the law they cite."""
    if not any(word in low for word in _REFERENCE_WORDS):
        return []
    common = lexicon.common()
    out: list[tuple[int, int, str, str]] = []
    if "1798" in text:
        ccpa = common.laws["ccpa"].articles
        out.extend((m.start(), m.end(), ccpa[m.group(1)], "ccpa") for m in limited(_CCPA, text) if m.group(1) in ccpa)
    refs = _raw_references(text)
    if not refs:
        return out
    named = lexicon.law_mentions(text)
    only = {key for _, _, key in named}
    default = next((law for law in common.laws.values() if law.default), None)
    for start, end, number, point, is_section in refs:
        # A law named after the number ("Art. 15 DSGVO", "artículo 15 de la LOPDGDD") is the one it belongs to;
        # one named before it counts only when nearer by a good margin.
        near = [
            (s - end if s >= end else start - e + LAW_BEFORE, key)
            for s, e, key in named
            if s - end <= LAW_WINDOW and start - e <= LAW_WINDOW
        ]
        if near:
            law = common.laws.get(min(near)[1])
        elif len(only) == 1:
            law = common.laws.get(next(iter(only)))
        else:
            law = None if is_section else default
        if law is None or law.key == "ccpa":
            continue
        right = law.articles.get(f"{number}.{point}") if point else None
        right = right or law.articles.get(number)
        if right is not None:
            out.append((start, end, right, "article" if law.default else law.key))
    return out


def limited(pattern: re.Pattern[str], text: str, limit: int = MAX_MATCHES) -> list[re.Match[str]]:
    out = []
    for found in pattern.finditer(text):
        out.append(found)
        if len(out) >= limit:
            break
    return out
