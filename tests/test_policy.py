"""Each policy rule of the privacy statement, alone: what it asks for, and what it never does."""

from __future__ import annotations

import dataclasses

import pytest

from intake.identity.verify import IdentityMatch
from intake.policy.decide import decide
from intake.policy.rules import Context, Record
from intake.policy.rules.agent import Agent
from intake.policy.rules.employer_redirect import EmployerRedirect
from intake.policy.rules.erasure import Erasure
from intake.policy.rules.excessive import Excessive
from intake.policy.rules.identity import Identity
from intake.policy.rules.missing_details import MissingDetails
from intake.policy.rules.objection import Objection
from intake.policy.rules.rights import Rights
from intake.settings import Settings
from intake.understand import Evidence, Extraction
from intake.understand.parse import parse

COMPLETE = dict(kind="request", name="Jane Doe", employer="Acme Ltd", rights=["erasure"], missing=[])


def _ctx(settings: Settings, raw: bytes | None = None, **kwargs) -> Context:  # type: ignore[no-untyped-def]
    parsed = parse(raw or b"From: Jane Doe <jane@example.com>\r\nSubject: request\r\n\r\nPlease act.\r\n")
    ex_fields = {k: v for k, v in kwargs.items() if k in Extraction.__dataclass_fields__}
    ctx_fields = {k: v for k, v in kwargs.items() if k not in ex_fields}
    extraction = Extraction(**{**COMPLETE, **ex_fields})
    defaults = {"match": IdentityMatch(status="verified", subject_id="S1"), "requester": "jane@example.com"}
    return Context(parsed, extraction, settings, **{**defaults, **ctx_fields})


def _user(**kw) -> Record:  # type: ignore[no-untyped-def]
    return dataclasses.replace(Record("S1", "Jane Doe", "Acme Ltd", "user", "active"), **kw)


def test_missing_employer_asks_for_exactly_the_employer(settings: Settings) -> None:
    hit = MissingDetails().check(_ctx(settings, employer=None, missing=["employer"]))
    assert hit is not None and hit.final and hit.status == "awaiting_requester"
    (outcome,) = hit.outcomes
    assert outcome.template == "clarification"
    assert outcome.context["missing"] == ["employer"]
    assert outcome.automatic  # it discloses nothing, so it may leave on its own


def test_clarification_waits_for_the_dpo_when_auto_send_is_off(settings: Settings) -> None:
    settings = dataclasses.replace(settings, tables={"policy": {"auto_send_safe": False}})
    hit = MissingDetails().check(_ctx(settings, missing=["name", "rights"]))
    assert hit is not None and hit.outcomes[0].automatic is False
    assert hit.outcomes[0].context["missing"] == ["name", "rights"]


def test_unverified_requester_is_asked_for_more_data_points(settings: Settings) -> None:
    hit = Identity().check(_ctx(settings, match=IdentityMatch(status="unverified")))
    assert hit is not None and hit.final
    assert [o.template for o in hit.outcomes] == ["verification_needed"]
    assert hit.outcomes[0].automatic


@pytest.mark.parametrize("status", ["unverified", "ambiguous", "pending_confirmation", "mismatch"])
def test_the_requester_gets_the_same_letter_whatever_the_records_hold(settings: Settings, status: str) -> None:
    # What leaves for the requester must not tell a prober whether the person named is on file.
    hit = Identity().check(_ctx(settings, match=IdentityMatch(status=status)))
    assert hit is not None and hit.final and hit.status == "awaiting_requester"
    assert [(o.template, o.to, o.automatic) for o in hit.outcomes] == [
        ("verification_needed", "jane@example.com", True)
    ]


def test_mismatch_and_pending_confirmation_are_flagged_for_the_dpo(settings: Settings) -> None:
    mismatch = Identity().check(_ctx(settings, match=IdentityMatch(status="mismatch")))
    pending = Identity().check(_ctx(settings, match=IdentityMatch(status="pending_confirmation")))
    assert mismatch is not None and mismatch.flags == ["possible_impersonation"]
    assert pending is not None and pending.flags == ["awaiting_confirmation"]
    forged = Identity().check(_ctx(settings, match=IdentityMatch(status="mismatch", authentication="fail")))
    assert forged is not None and "from_failed_authentication" in forged.flags


def test_verified_requester_passes_the_identity_rule(settings: Settings) -> None:
    assert Identity().check(_ctx(settings)) is None


def test_verified_from_another_mailbox_is_flagged_for_the_dpo_but_not_stopped(settings: Settings) -> None:
    match = IdentityMatch(status="verified", subject_id="S1", reach="elsewhere")
    hit = Identity().check(_ctx(settings, match=match))
    assert hit is not None and hit.flags == ["reply_to_other_mailbox"]
    assert not hit.final and not hit.outcomes  # the substantive reply is still drafted, for the DPO to approve


def test_erasure_by_a_user_is_redirected_to_the_employer_with_a_notice_to_its_admin(settings: Settings) -> None:
    ctx = _ctx(settings, record=_user(employer_contact="admin@acme.example"))
    hit = EmployerRedirect().check(ctx)
    assert hit is not None
    redirect, notice = hit.outcomes
    assert redirect.template == "employer_redirect" and redirect.context["employer"] == "Acme Ltd"
    assert notice.template == "employer_notice" and notice.to == "admin@acme.example"
    assert not redirect.automatic and not notice.automatic
    assert Erasure().check(ctx) is None  # the plain erasure letter is not drafted as well


def test_erasure_by_a_customer_contact_states_consequences(settings: Settings) -> None:
    ctx = _ctx(settings, record=_user(role="customer_contact"))
    assert EmployerRedirect().check(ctx) is None
    hit = Erasure().check(ctx)
    assert hit is not None and hit.outcomes[0].template == "erasure"
    assert hit.outcomes[0].context["account_status"] == "active"


def test_expired_account_is_removed_45_days_after_expiry(settings: Settings) -> None:
    ctx = _ctx(
        settings, record=_user(role="customer_contact", account_status="expired", status_changed_at="2026-01-20")
    )
    hit = Erasure().check(ctx)
    assert hit is not None and hit.outcomes[0].context["removal_date"] == "2026-03-06"


def test_objection_to_marketing_is_absolute(settings: Settings) -> None:
    evidence = [Evidence("rights.objection", "objection", "body", "Stop sending me marketing e-mails")]
    hit = Objection().check(_ctx(settings, rights=["objection"], evidence=evidence))
    assert hit is not None and hit.outcomes[0].context["direct_marketing"] is True
    plain = Objection().check(_ctx(settings, rights=["objection"], evidence=[]))
    assert plain is not None and plain.outcomes[0].context["direct_marketing"] is False


def test_opt_out_of_sale_gets_the_no_sale_letter(settings: Settings) -> None:
    hit = Rights().check(_ctx(settings, rights=["access", "opt_out_sale"]))
    assert hit is not None
    assert sorted(o.template for o in hit.outcomes) == ["access", "opt_out_sale"]
    assert all(not o.automatic for o in hit.outcomes)  # substantive replies wait for the DPO


def test_agent_without_proof_is_asked_for_authority_and_nothing_else(settings: Settings) -> None:
    ctx = _ctx(settings, agent=True, agent_name="Law Firm LLP")
    decision = decide(ctx)
    assert [o.template for o in decision.outcomes] == ["proof_of_authority"]
    assert "agent" in decision.flags


def test_agent_with_attachment_is_flagged_for_the_dpo_to_check(settings: Settings) -> None:
    raw = (
        b"From: lawyer@firm.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
        b"Content-Type: text/plain\r\n\r\nOn behalf of my client.\r\n--b\r\nContent-Type: application/pdf\r\n"
        b"Content-Disposition: attachment; filename=authority.pdf\r\n\r\nJVBERi0=\r\n--b--\r\n"
    )
    hit = Agent().check(_ctx(settings, raw=raw, agent=True))
    assert hit is not None and "authority_attached" in hit.flags and hit.outcomes == []


def test_fifth_request_in_a_year_is_flagged_with_a_drafted_refusal(settings: Settings) -> None:
    assert Excessive().check(_ctx(settings, requests_last_year=3)) is None
    hit = Excessive().check(_ctx(settings, requests_last_year=4))
    assert hit is not None and hit.outcomes[0].template == "refusal"
    assert not hit.outcomes[0].automatic
    assert "5 requests" in hit.outcomes[0].context["reasons"]


def test_identical_repeat_is_flagged(settings: Settings) -> None:
    hit = Excessive().check(_ctx(settings, repeats=1))
    assert hit is not None and "possibly_excessive" in hit.flags


def test_complete_verified_request_is_drafted_not_sent(settings: Settings) -> None:
    decision = decide(_ctx(settings, record=_user(role="customer_contact")))
    assert decision.status == "drafted"
    assert [o.template for o in decision.outcomes] == ["erasure"]
    assert not any(o.automatic for o in decision.outcomes)
