"""HTML to readable text with inscriptis (blocks and table cells kept apart), after a linear pass that defuses it."""

from __future__ import annotations

import re

from inscriptis import get_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.html_properties import Display
from inscriptis.model.config import ParserConfig
from inscriptis.model.html_element import HtmlElement

_SPACES = re.compile(r"\s+")


# "strict": no indentation of lists and blocks (the text is read by patterns, not shown as a page); every
# HTML block element, table cell and list item still ends its words, so "Employer</td><td>Acme" stays two.
# Its profile leaves a few block elements of HTML5 inline ("<section>Please delete</section>my data"): added here.
_BLOCKS = ("section", "dl", "dt", "dd", "center", "details", "summary", "fieldset", "legend", "form", "hr", "caption")
_PROFILE = {**CSS_PROFILES["strict"], **{tag: HtmlElement(display=Display.block) for tag in _BLOCKS}}
_CONFIG = ParserConfig(css=_PROFILE, display_links=False, display_images=False)

# Longest tag the parser is given: a '<' whose '>' is farther away is text, not the start of a tag.
MAX_TAG_CHARS = 2000


def _defuse(html: str) -> str:
    """Comments removed and unclosed tags escaped, in one linear pass.

    html.parser was quadratic on an unclosed comment or tag (150,000 `<!--` took 60 s, 20,000 `<a ` 33 s), and
    a converter's parser may be too: hand-written because the maintained sanitiser (nh3/ammonia) is itself
    quadratic on deep nesting. Kept in front of inscriptis (lxml), so the limits hold whatever parses after it.
    """
    out: list[str] = []
    i, gt, n = 0, -1, len(html)
    while i < n:
        lt = html.find("<", i)
        if lt == -1:
            out.append(html[i:])
            break
        out.append(html[i:lt])
        if html.startswith("<!--", lt):
            end = html.find("-->", lt + 4)
            if end == -1:
                break  # an unclosed comment hides the rest, as it would in a browser
            out.append(" ")
            i = end + 3
            continue
        if gt < lt:
            gt = html.find(">", lt)  # only ever moves forward: the whole pass reads the text once
        if gt == -1 or gt - lt > MAX_TAG_CHARS:
            out.append("&lt;")
            i = lt + 1
            continue
        out.append(html[lt : gt + 1])
        i = gt + 1
    return "".join(out)


def html_to_text(html: str) -> str:
    html = _defuse(html)
    try:
        text = get_text(html, _CONFIG)
    except Exception:  # lxml is lenient, but a text is better than a failure
        text = re.sub(r"<[^>]{0,2000}>", " ", html)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
