"""Screen a draft's text as it will leave against the clauses `intake templates check` requires of its letter."""

from __future__ import annotations

from typing import Any

from intake.letters.breaks import flat
from intake.letters.catalogue import VARIABLE_OF, linked, samples
from intake.letters.clauses import ATTACHMENT, FORBIDDEN, PHRASES
from intake.letters.dates import long_date
from intake.letters.drafts import stored_values, template_context
from intake.letters.render import render
from intake.models import Case, Draft
from intake.settings import Settings


def problems(settings: Settings, case: Case, draft: Draft, verified: bool) -> list[str]:
    """What the draft's subject and body lack, or say that they must not, each in a few words.

    The draft's template is rendered again with the draft's own values: whatever required clause that rendering
    holds (the catalogue's requirements, each sample value replaced by the draft's value) the text that leaves
    must hold too. So an unedited draft passes, and an edit that drops a clause the law requires does not.
    """
    values = draft.template_values
    if values is None:  # drafted before the values were kept: rebuild them from the case as well as we can
        values = stored_values(template_context(settings, case, {"reasons": draft.reason or None}))
    try:
        model = render(settings, draft.template, draft.language, {**values, "case": case})
    except Exception as exc:
        # A template broken since the draft was made cannot say what the text must hold; a human must decide.
        return [f"cannot be checked: its template {draft.language}/{draft.template} does not render ({exc})"]
    wanted = _flat(f"{model.subject}\n{model.text}")
    sent = _flat(f"{draft.subject}\n{draft.body}")
    found: list[str] = []
    if case.reference.lower() in _flat(model.subject) and case.reference.lower() not in _flat(draft.subject):
        found.append("the subject line lacks the case reference")
    link = (draft.plan or {}).get("deliver") == "link"
    # A link-mode letter must also keep what its link branch requires: the day the link expires.
    for sample in [*samples(draft.template), *(linked(draft.template) if link else [])]:
        for need in sample.requires:
            if need.phrase:
                options = [_flat(o) for o in PHRASES.get(draft.language, {}).get(need.phrase, ())]
            else:
                options = [_flat(v) for v in _values(values, need.sentinel, draft.language)]
            options = [o for o in options if o and o in wanted]
            if options and not any(o in sent for o in options):
                found.append(need.problem)
    if link:
        # The files wait behind a download link ([fulfilment] deliver): a letter saying they are attached would lie.
        # The templates' link branch says so in every language; this catches a draft made before the branch (or
        # with a template of the organisation's own that lacks one) and an edit that brings the attachment back.
        word = next((w for w in ATTACHMENT.get(draft.language, ()) if _flat(w) in sent), None)
        if word:
            found.append(
                f'says the files are attached ({word!r}), and [fulfilment] deliver = "link" sends a download link '
                f"below the letter instead; draft it again (intake reply {case.reference} {draft.template}) or say "
                "so in the text"
            )
    if not verified:
        for phrase in FORBIDDEN.get(draft.language, ()):
            if _flat(phrase) in sent:
                found.append(f"tells a requester not yet verified whether we hold data ({phrase!r})")
    return list(dict.fromkeys(found))


def _values(values: dict[str, Any], sentinel: str, language: str) -> list[str]:
    """The draft's own value for a requirement's sentinel (a date also as the letter writes it), or the sentinel
    itself when it is literal text."""
    if sentinel not in VARIABLE_OF:
        return [sentinel]
    value = values.get(VARIABLE_OF[sentinel])
    if not value:
        return []
    return list(dict.fromkeys([str(value), long_date(value, language)]))


def _flat(text: str) -> str:
    """Lower case with single spaces (none beside Chinese or Japanese): wrapping and capitals do not change what a
    letter says."""
    return flat(text).lower()
