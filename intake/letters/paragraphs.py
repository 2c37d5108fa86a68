"""A letter's paragraphs as its template lays them out: prose, lists and line-by-line blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A paragraph whose first line is at least this long is prose the author wrapped by hand; shorter first
# lines mark blocks laid out line by line (greetings, "Please send us:", signatures).
PROSE = 30

BULLET = re.compile(r"^\s*[-•]\s+")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: `kind` is "prose" (its line breaks are the author's wrapping), "list" or "lines" (kept)."""

    kind: str
    lines: tuple[str, ...]

    @property
    def flowing(self) -> str:
        """A prose paragraph as one line: where the author (or the text part) wrapped it is no part of it."""
        return " ".join(line.strip() for line in self.lines)

    def items(self) -> list[str]:
        """A list's items, each with its continuation lines joined to it."""
        return _items(self.lines)

    def runs(self) -> list[tuple[str, list[str]]]:
        """A block laid out line by line as its runs: ("lines", lines) and ("list", items) in order.

        "Why we process your data:" followed by its items is one paragraph in the text part, and a line of prose
        then a list in the HTML part.
        """
        found: list[tuple[str, list[str]]] = []
        for line in self.lines:
            kind = (
                "list"
                if BULLET.match(line) or (line.startswith("  ") and found and found[-1][0] == "list")
                else "lines"
            )
            if found and found[-1][0] == kind:
                found[-1][1].append(line)
            else:
                found.append((kind, [line]))
        return [(kind, _items(lines) if kind == "list" else lines) for kind, lines in found]


def _items(lines: tuple[str, ...] | list[str]) -> list[str]:
    found: list[str] = []
    for line in lines:
        if BULLET.match(line):
            found.append(BULLET.sub("", line).strip())
        elif found:
            found[-1] += " " + line.strip()
    return found


def split(text: str) -> list[Paragraph]:
    """The paragraphs of a letter body; the last one, the signature, keeps its lines whatever their length."""
    blocks = [b for b in re.split(r"\n[ \t]*\n", text.strip("\n")) if b.strip()]
    out: list[Paragraph] = []
    for index, block in enumerate(blocks):
        lines = tuple(block.splitlines())
        bullets = [bool(BULLET.match(line)) for line in lines]
        if bullets[0] and all(b or line.startswith("  ") for b, line in zip(bullets, lines, strict=True)):
            out.append(Paragraph("list", lines))
        elif len(lines) > 1 and index < len(blocks) - 1 and len(lines[0]) >= PROSE and not any(bullets):
            out.append(Paragraph("prose", lines))
        else:
            out.append(Paragraph("lines", lines))
    return out
