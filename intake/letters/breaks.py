"""Where a line of a letter may break: at spaces, and between two Chinese or Japanese characters (with kinsoku)."""

from __future__ import annotations

import re
import unicodedata

# Chinese and Japanese are written without spaces: a line may break between any two of these characters (Han,
# kana, CJK punctuation, fullwidth forms). Korean is not among them: it spaces its words and breaks at the spaces.
_UNSPACED = (
    "\u2e80-\u2fdf"  # CJK radicals
    "\u3000-\u303f"  # CJK symbols and punctuation
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3100-\u312f\u31a0-\u31bf"  # bopomofo
    "\u31f0-\u31ff"  # katakana extensions
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
    "\uff00-\uff60\uffe0-\uffe6"  # fullwidth forms
)
_UNIT = re.compile(rf"\s+|[{_UNSPACED}]|[^\s{_UNSPACED}]+")
_SPACE_BESIDE = re.compile(rf"(?<=[{_UNSPACED}]) | (?=[{_UNSPACED}])")

# Kinsoku shori: characters a line may not start with (closing marks, small kana, the prolonged sound mark) and
# ones it may not end with (opening marks). Each is kept with its neighbour.
NO_START = frozenset(
    "、。，．・：；？！）」』】〕〉》〙〗’”…‥〜ー々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.:;!?)]"
)
NO_END = frozenset("（「『【〔〈《〘〖‘“([")


def columns(text: str) -> int:
    """How many columns `text` takes in a fixed-width font: two for a wide (East Asian) character, one otherwise."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def wide(text: str) -> bool:
    """Whether `text` holds a character two columns wide, so that counting characters would misjudge its width."""
    return any(unicodedata.east_asian_width(c) in ("W", "F") for c in text)


def _units(text: str) -> list[str]:
    """The pieces a line may not break inside: a word of a spaced script, or one Chinese or Japanese character,
    each with the punctuation that kinsoku keeps beside it; runs of whitespace as one " "."""
    units: list[str] = []
    for piece in _UNIT.findall(text):
        if piece.isspace():
            units.append(" ")
        elif units and units[-1] != " " and (piece[0] in NO_START or units[-1][-1] in NO_END):
            units[-1] += piece
        else:
            units.append(piece)
    return units


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """`text` as lines of at most `width` columns (a longer unbreakable piece stands alone), later lines indented.

    The first line keeps the text's own leading whitespace (a list item's bullet, say).
    """
    lead = text[: len(text) - len(text.lstrip())]
    lines: list[str] = []
    current, spaced = "", False
    for unit in _units(text.strip()):
        if unit == " ":
            spaced = True
            continue
        prefix = indent if lines else lead
        candidate = current + (" " if spaced and current else "") + unit
        if current and columns(prefix + candidate) > width:
            lines.append(prefix + current)
            current = unit
        else:
            current = candidate
        spaced = False
    if current or not lines:
        lines.append((indent if lines else lead) + current)
    return lines


def flat(text: str) -> str:
    """The text as one line with single spaces, and no space beside a Chinese or Japanese character: where such a
    text is wrapped (or was written) says nothing about what it says."""
    return _SPACE_BESIDE.sub("", " ".join(text.split()))
