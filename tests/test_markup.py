"""HTML to text keeps the boundaries of blocks and table cells, which the hand-written converter ran together."""

from __future__ import annotations

import time

import pytest

from intake.understand.markup import html_to_text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # Both ran together before inscriptis: "EmployerAcme Ltd", "Please deletemy data".
        (
            "<table><tr><td>Employer</td><td>Acme Ltd</td></tr><tr><td>Name</td><td>Jane Doe</td></tr></table>",
            "Employer Acme Ltd\nName Jane Doe",
        ),
        ("<section>Please delete</section>my data", "Please delete\nmy data"),
        ("<dl><dt>Employer</dt><dd>Acme Ltd</dd></dl>", "Employer\nAcme Ltd"),
        ("<p>Please <b>delete</b> my data</p><p>Thanks</p>", "Please delete my data\n\nThanks"),
        ("<p>a &lt; b &amp; c</p><script>steal()</script><style>p { }</style>", "a < b & c"),
        ("<ul><li>one</li><li>two</li></ul>", "* one\n* two"),
        ("", ""),
    ],
)
def test_blocks_and_cells_stay_apart(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_hostile_markup_is_still_linear() -> None:
    # What made html.parser quadratic is defused before the converter sees it.
    start = time.monotonic()
    html_to_text("<!--" * 150_000)
    html_to_text("<a " * 20_000)
    html_to_text("<div>" * 50_000 + "deep" + "</div>" * 50_000)
    assert time.monotonic() - start < 10
