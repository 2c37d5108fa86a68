"""Each policy rule alone: machine mail, our own address, no usable sender."""

from __future__ import annotations

from intake.policy.decide import decide
from intake.policy.rules import Context
from intake.policy.rules.machine_mail import MachineMail
from intake.policy.rules.no_sender import NoSender
from intake.policy.rules.own_address import OwnAddress
from intake.settings import Settings
from intake.understand import Extraction
from intake.understand.parse import parse


def _ctx(settings: Settings, headers: str, kind: str = "request", envelope: str | None = "a@example.com") -> Context:
    parsed = parse((headers + "\r\n\r\nPlease delete my data.\r\n").encode())
    return Context(parsed, Extraction(kind=kind), settings, envelope_from=envelope)


def test_auto_reply_gets_no_acknowledgement(settings: Settings) -> None:
    ctx = _ctx(settings, "From: bob@example.com\r\nAuto-Submitted: auto-replied")
    hit = MachineMail().check(ctx)
    assert hit is not None and hit.suppress_acknowledgement
    assert decide(ctx).acknowledge is False


def test_auto_submitted_no_is_a_human(settings: Settings) -> None:
    assert MachineMail().check(_ctx(settings, "From: bob@example.com\r\nAuto-Submitted: no")) is None


def test_list_mail_and_null_envelope_sender_are_machine_mail(settings: Settings) -> None:
    assert MachineMail().check(_ctx(settings, "From: news@example.com\r\nList-Id: <news.example.com>")) is not None
    assert MachineMail().check(_ctx(settings, "From: bob@example.com", envelope="")) is not None
    assert MachineMail().check(_ctx(settings, "From: bob@example.com", envelope=None)) is None


def test_mail_from_our_own_address_is_not_answered(settings: Settings) -> None:
    assert OwnAddress().check(_ctx(settings, "From: DPO <Privacy@Example.org>")) is not None
    assert OwnAddress().check(_ctx(settings, "From: bob@example.com")) is None


def test_mail_without_a_deliverable_sender_is_not_answered(settings: Settings) -> None:
    assert NoSender().check(_ctx(settings, "From: undisclosed-recipients:;")) is not None
    assert NoSender().check(_ctx(settings, "From: bob@example.com")) is None


def test_human_request_is_acknowledged(settings: Settings) -> None:
    decision = decide(_ctx(settings, "From: Bob <bob@example.com>"))
    assert decision.acknowledge is True
    assert not any(h.suppress_acknowledgement for h in decision.hits)


def test_machine_mail_gets_no_outcome_at_all(settings: Settings) -> None:
    ctx = _ctx(settings, "From: bob@example.com\r\nPrecedence: bulk")
    ctx.extraction.rights = ["erasure"]
    decision = decide(ctx)
    assert decision.outcomes == [] and not decision.answerable
