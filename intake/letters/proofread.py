"""Read a rendered letter as a reviewer would: a foreign paragraph, a placeholder left, text and HTML apart."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from intake.letters import breaks, identify, paragraphs

# A paragraph shorter than this (in letters, outside requester data) says too little for a language to be told:
# a greeting, "Kind regards,", a signature.
MIN_LETTERS = 30
# A paragraph is foreign when lingua's trigrams give the letter's own language less than this and the full models
# of the two languages agree: trigrams alone swap close kin (Danish and Norwegian) on a short paragraph.
FOREIGN_BELOW = 0.1

_URL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+")
_LETTER = re.compile(r"[^\W\d_]")
# What a template leaves when a translation is unfinished or a value is printed raw.
_LEFTOVERS = (
    (re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}"), "template syntax"),
    (re.compile(r"«[A-Z0-9-]+»"), "a placeholder"),
    (re.compile(r"\b(?:TODO|FIXME|XXX|TBD|TRANSLATE)\b"), "a translator's note"),
    (re.compile(r"\bNone\b"), "a value printed as None"),
    (re.compile(r"\b[a-z]+_[a-z_]+\b"), "a key where words belong"),
)


def without(text: str, data: Iterable[str]) -> str:
    """The text with the requester's and the DPO's data (sample values) and web or mail addresses blanked."""
    for value in data:
        text = text.replace(value, " ")
    return _URL.sub(" ", text)


def foreign(text: str, language: str, data: Iterable[str] = ()) -> list[str]:
    """The opening words of each paragraph written in another language than `language`."""
    if not identify.supported(language):
        return []
    data = tuple(data)
    found = []
    for paragraph in paragraphs.split(text):
        words = breaks.flat(" ".join(paragraph.lines))  # a wrapped Chinese or Japanese line break is no space
        own = without(words, data)
        if len(_LETTER.findall(own)) < MIN_LETTERS:
            continue
        detected = identify.foreign(own, language, FOREIGN_BELOW)
        if detected is not None:
            found.append(f"{' '.join(words.split()[:6])[:60]}… ({detected or 'undecided'})")
    return found


def leftovers(text: str, data: Iterable[str] = ()) -> list[str]:
    """What looks like an untranslated placeholder, a raw key or template syntax, outside the sample values."""
    own = without(text, data)
    found = []
    for pattern, what in _LEFTOVERS:
        for match in pattern.finditer(own):
            found.append(f"{what} ({match.group(0)!r})")
    return list(dict.fromkeys(found))


def words_of_html(markup: str) -> list[str]:
    """The words an HTML part shows, tags dropped and entities read."""
    return html.unescape(re.sub(r"<[^>]+>", " ", markup.split("<body", 1)[-1].split(">", 1)[-1])).split()


def words_of_text(text: str) -> list[str]:
    """The words a text part shows, list bullets dropped (the HTML part shows them as <li>)."""
    return " ".join(paragraphs.BULLET.sub("", line) for line in text.splitlines()).split()


def apart(text: str, markup: str) -> str | None:
    """Where the text and HTML parts of one letter stop saying the same thing, or None when they agree.

    Words are compared as `breaks.flat` leaves them: a Chinese or Japanese paragraph that the text part wraps has no
    spaces in the HTML part, and the line breaks are no words of it.
    """
    ours = breaks.flat(" ".join(words_of_text(text))).split()
    theirs = breaks.flat(" ".join(words_of_html(markup))).split()
    for index, (a, b) in enumerate(zip(ours, theirs, strict=False)):
        if a != b:
            said, shown = " ".join(ours[index : index + 5])[:60], " ".join(theirs[index : index + 5])[:60]
            return f"text has {said!r}, HTML {shown!r}"
    if len(ours) != len(theirs):
        longer, rest = ("text", ours) if len(ours) > len(theirs) else ("HTML", theirs)
        return f"the {longer} part goes on: {' '.join(rest[min(len(ours), len(theirs)) :][:5])[:60]!r}"
    return None
