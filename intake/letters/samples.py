"""Sample data for the template catalogue: values no translation changes, and the clauses each rendering needs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from intake.letters import render

# Sample values that no translation changes, so a clause can be found in any language by its sentinel.
ORGANISATION = "«ORGANISATION»"
REFERENCE = "DPO-2099-000042-7"
DUE_ON = "«DUE-ON»"
NEW_DUE_ON = "«NEW-DUE-ON»"
REMOVAL_DATE = "«REMOVAL-DATE»"
REASONS = "«REASONS-SENTINEL»"
AUTHORITY = "«AUTHORITY-SENTINEL»"
EMPLOYER = "«EMPLOYER»"
EMPLOYER_CONTACT = "«EMPLOYER-CONTACT»"
AGENT = "«AGENT»"
SUBJECT = "«SUBJECT»"
REQUESTER = "«REQUESTER»"
CODE = "«CODE»"
REQUESTED_FROM = "«REQUESTED-FROM»"
REQUESTED_ON = "«REQUESTED-ON»"
EXPIRES_ON = "«EXPIRES-ON»"
PURPOSE = "«PURPOSE»"
CATEGORY = "«CATEGORY»"
RECIPIENT = "«RECIPIENT»"
RETENTION = "«RETENTION»"
SOURCE = "«SOURCE»"
HELD_UNTIL = "«HELD-UNTIL»"
KEPT_REASON = "«KEPT-REASON»"
NEW_VALUE = "«NEW-VALUE»"
OLD_VALUE = "«OLD-VALUE»"
LINK_EXPIRES_ON = "«LINK-EXPIRES-ON»"
# The download link a [fulfilment] deliver = "link" reply carries below its text (intake/letters/appendix.py).
LINK_URL = "https://dpo.example.org/download/SAMPLE-TOKEN"
SENTINELS = (
    LINK_EXPIRES_ON,
    OLD_VALUE,
    PURPOSE,
    CATEGORY,
    RECIPIENT,
    RETENTION,
    SOURCE,
    HELD_UNTIL,
    KEPT_REASON,
    NEW_VALUE,
    ORGANISATION,
    REFERENCE,
    DUE_ON,
    NEW_DUE_ON,
    REMOVAL_DATE,
    REASONS,
    AUTHORITY,
    EMPLOYER,
    EMPLOYER_CONTACT,
    AGENT,
    SUBJECT,
    REQUESTER,
    CODE,
    REQUESTED_FROM,
    REQUESTED_ON,
    EXPIRES_ON,
)

# The template variable each sentinel stands for, so a real draft's own value can take the sentinel's place
# (intake/letters/screen.py). A requirement whose sentinel is not here (e.g. "45") is literal text.
VARIABLE_OF: dict[str, str] = {
    DUE_ON: "due_on",
    NEW_DUE_ON: "new_due_on",
    REMOVAL_DATE: "removal_date",
    REASONS: "reasons",
    AUTHORITY: "supervisory_authority",
    EMPLOYER: "employer",
    EMPLOYER_CONTACT: "employer_contact",
    SUBJECT: "subject_name",
    AGENT: "agent_name",
    REQUESTER: "requester_name",
    CODE: "confirmation_code",
    REQUESTED_FROM: "requested_from",
    REQUESTED_ON: "requested_on",
    EXPIRES_ON: "expires_on",
    RETENTION: "retention_period",
    SOURCE: "data_source",
    HELD_UNTIL: "held_until",
    LINK_EXPIRES_ON: "link_expires_on",
}


@dataclass(frozen=True)
class SampleCase:
    """Stands in for a Case when rendering samples: templates may only use the reference."""

    reference: str = REFERENCE


@dataclass(frozen=True)
class Requirement:
    """Something a rendered letter must (or must not) contain, and the words that report its absence."""

    problem: str  # e.g. "missing the right to a judicial remedy"
    sentinel: str = ""  # a sample value that must appear
    phrase: str = ""  # a PHRASES key: one of the language's alternatives must appear


@dataclass
class Sample:
    """One way of rendering a template, with what the result must contain."""

    label: str
    values: dict[str, Any]
    requires: list[Requirement] = field(default_factory=list)


def base_values() -> dict[str, Any]:
    """The sample context every template is rendered with: every variable set, optional ones to sentinels."""
    return render.context(
        organisation=ORGANISATION,
        case=SampleCase(),
        requester_name=REQUESTER,
        due_on=DUE_ON,
        rights=["erasure", "access"],
        missing=["name", "employer", "rights"],
        employer=EMPLOYER,
        employer_contact=EMPLOYER_CONTACT,
        account_status="active",
        removal_date=None,
        reasons=REASONS,
        new_due_on=NEW_DUE_ON,
        agent_name=AGENT,
        direct_marketing=False,
        supervisory_authority=AUTHORITY,
        subject_name=SUBJECT,
        confirmation_code=CODE,
        requested_from=REQUESTED_FROM,
        requested_on=REQUESTED_ON,
        expires_on=EXPIRES_ON,
        purposes=[PURPOSE],
        data_categories=[CATEGORY],
        recipients=[RECIPIENT],
        retention_period=RETENTION,
        data_source=SOURCE,
    )


def samples(name: str) -> list[Sample]:
    """The renderings `check` makes of template `name`, each with the clauses the law or our policy requires."""
    base = base_values()
    reasons = Requirement("missing the reasons", sentinel=REASONS)
    authority = Requirement("missing the right to complain to a supervisory authority", sentinel=AUTHORITY)
    # Named or not, the letter says in its own words that a supervisory authority hears complaints.
    complaint = Requirement("missing the right to complain to a supervisory authority", phrase="complaint")
    judicial = Requirement("missing the right to a judicial remedy", phrase="judicial")
    table: dict[str, list[Sample]] = {
        "acknowledgement": [
            Sample(
                "",
                base,
                [
                    Requirement("missing when to expect the answer (due_on)", sentinel=DUE_ON),
                    Requirement("missing how verification works (two or more data points)", phrase="verification"),
                ],
            )
        ],
        "clarification": [
            Sample("", base),
            Sample("only employer missing", {**base, "missing": ["employer"]}),
        ],
        "verification_needed": [
            Sample("", base, [Requirement("missing how verification works", phrase="verification")])
        ],
        "employer_redirect": [
            Sample("", base, [Requirement("missing the employer's name", sentinel=EMPLOYER)]),
            Sample("with contact", base, [Requirement("missing the employer's contact", sentinel=EMPLOYER_CONTACT)]),
            Sample("without contact", {**base, "employer_contact": None}),
        ],
        "employer_notice": [Sample("", base, [Requirement("missing the employer's name", sentinel=EMPLOYER)])],
        "erasure": [
            Sample(
                "active account",
                base,
                [
                    Requirement("missing the consequence for the use of our services", phrase="consequence"),
                    Requirement("missing that data under a statutory retention obligation is kept", phrase="retention"),
                ],
            ),
            Sample(
                "expired account",
                {**base, "account_status": "expired", "removal_date": REMOVAL_DATE},
                [Requirement("missing the date of permanent removal (removal_date)", sentinel=REMOVAL_DATE)],
            ),
            Sample(
                "suspended account",
                {**base, "account_status": "suspended"},
                [Requirement("missing that a suspended account closes after 45 days", sentinel="45")],
            ),
            Sample(
                "fields kept",
                {**base, "kept": [{"field": "account_id", "reason": KEPT_REASON}]},
                [Requirement("missing what was kept and why (kept)", sentinel=KEPT_REASON)],
            ),
            Sample(
                "legal hold",
                {**base, "held": True, "held_until": HELD_UNTIL},
                [Requirement("missing until when a legal hold keeps the data (held_until)", sentinel=HELD_UNTIL)],
            ),
        ],
        "access": [
            Sample(
                "",
                base,
                [
                    authority,
                    complaint,
                    Requirement("missing the purposes of the processing ([organisation] purposes)", sentinel=PURPOSE),
                    Requirement("missing the categories of data ([organisation] categories)", sentinel=CATEGORY),
                    Requirement("missing the recipients ([organisation] recipients)", sentinel=RECIPIENT),
                    Requirement("missing how long the data is kept ([organisation] retention)", sentinel=RETENTION),
                    Requirement("missing where the data comes from ([organisation] source)", sentinel=SOURCE),
                ],
            ),
            Sample("no authority named", {**base, "supervisory_authority": None}, [complaint]),
        ],
        "rectification": [
            Sample(
                "",
                {**base, "changes": [{"field": "address", "old": OLD_VALUE, "new": NEW_VALUE}]},
                [Requirement("missing the changes made (changes)", sentinel=NEW_VALUE)],
            )
        ],
        "objection": [
            Sample(
                "direct marketing",
                {**base, "direct_marketing": True},
                [Requirement("missing that a direct-marketing objection is absolute", phrase="absolute")],
            ),
            Sample(
                "other objection",
                base,
                [Requirement("missing the compelling legitimate grounds test", phrase="compelling")],
            ),
        ],
        "opt_out_sale": [
            Sample("", base, [Requirement("missing that we do not and will not sell personal data", phrase="no_sale")])
        ],
        "extension": [
            Sample("", base, [reasons, Requirement("missing the new due date (new_due_on)", sentinel=NEW_DUE_ON)])
        ],
        "refusal": [
            Sample(
                "",
                base,
                [reasons, authority, complaint, judicial],
            ),
            Sample(
                "no authority named",
                {**base, "supervisory_authority": None},
                [complaint, judicial],
            ),
        ],
        "completion": [
            Sample("", base, [authority, complaint]),
            Sample("no rights listed", {**base, "rights": [], "supervisory_authority": None}, [complaint]),
        ],
        "confirmation": [
            Sample(
                "",
                {**base, "requester_name": None},
                [
                    Requirement("missing the one-time code (confirmation_code)", sentinel=CODE),
                    Requirement("missing the address the request came from (requested_from)", sentinel=REQUESTED_FROM),
                    Requirement("missing when the request came (requested_on)", sentinel=REQUESTED_ON),
                    Requirement("missing when the code expires (expires_on)", sentinel=EXPIRES_ON),
                ],
            )
        ],
        "proof_of_authority": [
            Sample("", base, [Requirement("missing whom the agent acts for (subject_name)", sentinel=SUBJECT)]),
            Sample("unnamed", {**base, "agent_name": None, "subject_name": None, "requester_name": None}),
        ],
    }
    return table.get(name, [Sample("", base)])


# Letters whose approval hands over files: with [fulfilment] deliver = "link" they say so in their link branch.
LINKED = ("access", "portability")


def linked(name: str) -> list[Sample]:
    """The renderings of a letter's `deliver == "link"` branch: the text must name the day the link expires, and
    (checked with the appendix below it, intake/letters/catalogue.py) carry the link and mention no attachment."""
    if name not in LINKED:
        return []
    values = {**base_values(), "deliver": "link", "link_expires_on": LINK_EXPIRES_ON}
    expiry = Requirement("missing until when the download link works (link_expires_on)", sentinel=LINK_EXPIRES_ON)
    return [Sample("link", values, [expiry])]
