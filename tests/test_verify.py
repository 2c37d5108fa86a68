"""Identity verification: the right person or nobody, with masked per-field evidence, whatever the input."""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from intake import db
from intake.errors import SettingsError
from intake.identity.compare import compare_addresses, compare_names
from intake.identity.records import import_file, remove
from intake.identity.verify import IdentityMatch, trusted_from, verify
from intake.sections import VerifyConfig
from intake.settings import load, section
from intake.understand import Extraction, ParsedEmail

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from people import people, request_for  # noqa: E402

KNOWN = [
    {
        "subject_id": "K1",
        "name": "Łukasz Wiśniewski",
        "email": "lukasz.w@acme.example",
        "phone": "+48 601 234 567",
        "employer": "Acme Pvt. Ltd.",
        "date_of_birth": "1980-04-01",
        "account_id": "CUST-0042-17",
        "address": "ul. Długa 5, 00-238 Warszawa",
    },
    {"subject_id": "K2", "name": "Robert Miller", "email": "rob@globex.example", "employer": "Globex GmbH"},
    {"subject_id": "K3", "name": "Алексей Иванов", "email": "a.ivanov@initech.example", "employer": "Initech S.r.l."},
    {"subject_id": "K4", "name": "John Smith", "email": "john.smith@acme.example", "employer": "Acme Ltd"},
    {"subject_id": "K5", "name": "John Smith", "email": "jsmith@acme.example", "employer": "ACME"},
    {"subject_id": "K6", "name": "Maria Rossi", "email": "shared@family.example", "date_of_birth": "1975-02-03"},
    {"subject_id": "K7", "name": "Marco Rossi", "email": "shared@family.example", "date_of_birth": "1972-11-30"},
    {"subject_id": "K8", "name": "محمد الفاسي", "email": "m.fassi@example.ma", "employer": "Atlas SARL"},
    {"subject_id": "K9", "name": "Darsh Merchant", "email": "darsh.merchant@akar.example", "employer": "Akar S.A."},
    # A record that holds no e-mail address: nobody can confirm through it.
    {"subject_id": "K10", "name": "Ingrid Solberg", "employer": "Fjord Shipping AS", "date_of_birth": "1969-08-14"},
]


@pytest.fixture(scope="module")
def population() -> list[dict[str, str]]:
    return list(people(600, seed=11))


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory, population: list[dict[str, str]]) -> str:
    tmp = tmp_path_factory.mktemp("verify")
    url = f"sqlite:///{tmp}/intake.db"
    db.upgrade(url, "0002")
    path = tmp / "subjects.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [*KNOWN, *population]), "utf-8")
    with db.session(url) as s:
        assert import_file(s, path).inserted == len(KNOWN) + len(population)
    return url


@pytest.fixture
def session(url: str) -> Iterator[Session]:
    with db.session(url) as s:
        yield s


def ask(session: Session, name: str | None, trusted: bool = False, **kw: object) -> IdentityMatch:
    sender = str(kw.pop("from_addr", "someone@elsewhere.example"))
    ext = Extraction(kind="request", name=name, emails=[sender, *kw.pop("emails", [])], **kw)  # type: ignore[arg-type]
    return verify(session, ext, ParsedEmail(from_addr=sender), trusted_from=trusted)


def test_two_strong_data_points_verify_the_right_person(session: Session) -> None:
    match = ask(session, "Lukasz Wisniewski", phones=["+48601234567"], date_of_birth="1980-04-01")
    assert (match.status, match.subject_id) == ("verified", "K1")
    assert {e.field for e in match.evidence if e.outcome == "strong"} == {"name", "phone", "date_of_birth"}


def test_name_alone_is_unverified_and_names_no_subject(session: Session) -> None:
    match = ask(session, "Łukasz Wiśniewski")
    assert (match.status, match.subject_id) == ("unverified", None)
    assert "fewer than 2 independent data points" in match.reasons[0]


def test_from_address_counts_only_when_authenticated(session: Session) -> None:
    untrusted = ask(session, "Robert Miller", from_addr="rob@globex.example")
    trusted = ask(session, "Robert Miller", from_addr="rob@globex.example", trusted=True)
    # Name only from the address on record, unauthenticated: that address is asked to confirm; nothing verified.
    assert (untrusted.status, untrusted.subject_id, untrusted.confirm_with) == ("pending_confirmation", None, "K2")
    assert (trusted.status, trusted.subject_id) == ("verified", "K2")


def test_name_and_employer_from_another_mailbox_wait_for_the_address_on_record(session: Session) -> None:
    # What a colleague knows, from a mailbox not on record: not verified, and not an accusation either.
    match = ask(session, "Lukasz Wisniewski", employer="ACME Private Limited", from_addr="lukasz.w@gmail.example")
    assert (match.status, match.subject_id, match.confirm_with) == ("pending_confirmation", None, "K1")
    assert "the address on record is asked to confirm" in match.reasons[0]
    assert match.reach == "elsewhere"


def test_another_mailbox_is_fine_when_private_data_points_agree(session: Session) -> None:
    match = ask(
        session, "Lukasz Wisniewski", identifiers=["cust 0042 17"], date_of_birth="1980-04-01", from_addr="l@x.example"
    )
    assert (match.status, match.subject_id) == ("verified", "K1")


def test_how_many_private_points_a_foreign_mailbox_needs_is_the_dpos_choice(session: Session) -> None:
    def asked(config: VerifyConfig) -> IdentityMatch:
        ext = Extraction(kind="request", name="Lukasz Wisniewski", date_of_birth="1980-04-01", emails=["l@x.example"])
        return verify(session, ext, ParsedEmail(from_addr="l@x.example"), trusted_from=False, config=config)

    # Name and birth date only: one private point of two; the address on record confirms.
    assert asked(VerifyConfig()).status == "pending_confirmation"
    lenient = asked(VerifyConfig(private_points_from_elsewhere=1))
    assert (lenient.status, lenient.subject_id) == ("verified", "K1")
    assert any("other than the one on record" in r for r in lenient.reasons)  # the DPO still sees where it came from
    assert asked(VerifyConfig(confirm_via_record=False)).status == "unverified"  # no round trip: more points
    # Whatever the setting, name and employer from elsewhere stay what an impersonator knows.
    ext = Extraction(kind="request", name="Lukasz Wisniewski", employer="Acme", emails=["l@x.example"])
    same = verify(
        session,
        ext,
        ParsedEmail(from_addr="l@x.example"),
        trusted_from=False,
        config=VerifyConfig(private_points_from_elsewhere=0),
    )
    assert (same.status, same.subject_id) == ("pending_confirmation", None)


@pytest.mark.parametrize(
    ("written", "record"),
    [
        ("Wiśniewski Łukasz", "Łukasz Wiśniewski"),  # family name first
        ("LUKASZ WISNIEWSKI", "Łukasz Wiśniewski"),  # no diacritics, capitals
        ("Aleksey Ivanov", "Алексей Иванов"),  # transliterated from Cyrillic
        ("Bob Miller", "Robert Miller"),  # nickname
        ("Dr. Robert Miller", "Robert Miller"),  # honorific
        ("Robert Millre", "Robert Miller"),  # a typo
    ],
)
def test_names_agree_across_order_script_diacritics_nicknames_and_typos(written: str, record: str) -> None:
    from intake.identity.normalise import name_tokens

    score, _ = compare_names(name_tokens(written), name_tokens(record))
    assert score >= VerifyConfig().strong_name


@pytest.mark.parametrize(("written", "record"), [("J. Smith", "John Smith"), ("Smith", "John Smith")])
def test_an_initial_or_a_family_name_alone_is_not_a_strong_name_match(written: str, record: str) -> None:
    from intake.identity.normalise import name_tokens

    score, _ = compare_names(name_tokens(written), name_tokens(record))
    assert 0 < score < VerifyConfig().strong_name


def test_transliterated_request_finds_cyrillic_record(session: Session) -> None:
    match = ask(session, "Aleksei Ivanov", employer="INITECH SRL", from_addr="a.ivanov@initech.example", trusted=True)
    assert (match.status, match.subject_id) == ("verified", "K3")


def test_legal_suffixes_do_not_separate_employers(session: Session) -> None:
    match = ask(session, "Bob Miller", employer="Globex AG", from_addr="rob@globex.example", trusted=True)
    assert (match.status, match.subject_id) == ("verified", "K2")
    assert [e.score for e in match.evidence if e.field == "employer"] == [1.0]


def test_two_people_with_the_same_name_and_employer_are_ambiguous(session: Session) -> None:
    match = ask(session, "John Smith", employer="Acme", from_addr="john@personal.example", trusted=True)
    assert (match.status, match.subject_id) == ("ambiguous", None)
    assert match.reasons[0].startswith("2 candidates fit")
    same_name = ask(session, "John Smith", employer="Acme", from_addr="jsmith@acme.example", trusted=True)
    assert (same_name.status, same_name.subject_id) == ("verified", "K5")


def test_shared_email_in_records_never_verifies_the_other_person(session: Session) -> None:
    match = ask(session, "Maria Rossi", from_addr="shared@family.example", trusted=True)
    assert match.subject_id in {None, "K6"}
    by_birth = ask(session, "M. Rossi", from_addr="shared@family.example", trusted=True, date_of_birth="1972-11-30")
    assert by_birth.subject_id in {None, "K7"}


def test_rare_name_weighs_more_than_a_common_one(session: Session) -> None:
    rare = ask(session, "Lukasz Wisniewski", from_addr="lukasz.w@acme.example", trusted=True)
    common = ask(session, "John Smith", from_addr="jsmith@acme.example", trusted=True)
    weight = {m.evidence[0].request_value: m.evidence[0].weight for m in (rare, common)}
    assert rare.evidence[0].field == common.evidence[0].field == "name"
    assert weight["L*** W***"] > weight["J*** S***"]


def test_evidence_masks_what_the_dpo_need_not_see(session: Session) -> None:
    match = ask(
        session,
        "Lukasz Wisniewski",
        phones=["+48601234567"],
        identifiers=["CUST-0042-17"],
        date_of_birth="1980-04-01",
        address="Długa 5, Warszawa",
        from_addr="lukasz.w@acme.example",
    )
    text = json.dumps(match.to_json(), ensure_ascii=False)
    for secret in ("lukasz.w@", "601234567", "601 234 567", "CUST0042", "04-01", "Wiśniewski", "00-238"):
        assert secret not in text
    assert "l***@acme.example" in text and "+48 ****** 67" in text


@pytest.mark.parametrize(
    "name",
    ["A", "x" * 10_000, "🙂🙂 🙃", "שרה כהן", "محمد الفاسي", "", None, "  ", "Robert " * 500, "\u202eRobert Miller"],
)
def test_absurd_input_never_crashes_and_never_verifies(session: Session, name: str | None) -> None:
    match = ask(session, name, employer="🙂" * 3000, phones=["+", "1" * 500], identifiers=["x", "∞" * 100])
    assert match.status in {"unverified", "ambiguous", "mismatch"}
    assert match.subject_id is None


def test_right_to_left_name_matches_its_own_record(session: Session) -> None:
    match = ask(session, "محمد الفاسي", employer="Atlas", from_addr="m.fassi@example.ma", trusted=True)
    assert (match.status, match.subject_id) == ("verified", "K8")


def test_nothing_about_the_records_reaches_an_unverified_requester(session: Session) -> None:
    for match in (
        ask(session, "Lukasz Wisniewski", employer="Acme", from_addr="evil@example.org"),
        ask(session, "Nobody Known", employer="Nowhere"),
    ):
        assert match.status != "verified"
        assert match.requester_facts() == {}
    verified = ask(session, "Robert Miller", from_addr="rob@globex.example", trusted=True)
    assert verified.requester_facts() == {"verified": True}


def test_generated_requests_verify_the_right_person_or_nobody(
    session: Session, population: list[dict[str, str]]
) -> None:
    rng = random.Random(3)
    verified = wrong = asked_wrong = 0
    for person in population[:300]:
        ext, parsed, trusted = request_for(person, rng)
        match = verify(session, ext, parsed, trusted_from=trusted)
        if match.status == "pending_confirmation":
            # Mostly their own address, unauthenticated: that address is asked, and its owner confirms.
            asked_wrong += match.confirm_with != person["subject_id"]
            match = verify(session, ext, parsed, trusted_from=trusted, confirmed=match.confirm_with)
        if match.status == "verified":
            verified += 1
            wrong += match.subject_id != person["subject_id"]
    assert wrong == 0 and asked_wrong == 0
    assert verified >= 270  # the full evaluation (benchmarks/verify_accuracy.py) measures recall properly


def test_removed_true_person_is_never_verified(tmp_path: Path, population: list[dict[str, str]]) -> None:
    url = f"sqlite:///{tmp_path}/removed.db"
    db.upgrade(url, "0002")
    path = tmp_path / "subjects.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in population), "utf-8")
    rng = random.Random(9)
    targets = population[:200]
    requests = [request_for(p, rng, trusted=rng.random() < 0.5) for p in targets]
    with db.session(url) as s:
        import_file(s, path)
        assert remove(s, [p["subject_id"] for p in targets]) == 200
        statuses = [verify(s, ext, parsed, trusted_from=tr).status for ext, parsed, tr in requests]
    assert "verified" not in statuses


AUTH = "mx.dpo.example; spf=pass smtp.mailfrom=ann@corp.example; dkim=pass; dmarc=pass header.from=corp.example"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ([("Authentication-Results", AUTH)], True),
        ([("Authentication-Results", AUTH.replace("mx.dpo.example", "mx.attacker.example"))], False),
        ([("Authentication-Results", AUTH.replace("dmarc=pass", "dmarc=fail"))], False),
        ([("Authentication-Results", AUTH.replace("header.from=corp.example", "header.from=other.example"))], False),
        ([("X-Intake-Auth", "yes")], True),
        ([("X-Intake-Auth", "no")], False),
        ([], False),
    ],
)
def test_from_is_trusted_only_on_our_own_dmarc_pass_or_authenticated_path(
    headers: list[tuple[str, str]], expected: bool
) -> None:
    config = VerifyConfig(trusted_authserv_ids=["mx.dpo.example"], trusted_headers=["X-Intake-Auth: yes"])
    parsed = ParsedEmail(from_addr="ann@corp.example", headers=headers)
    assert trusted_from(parsed, config) is expected


def test_verify_decides_trust_from_headers_when_not_told(session: Session) -> None:
    config = VerifyConfig(trusted_authserv_ids=["mx.dpo.example"])
    ext = Extraction(kind="request", name="Robert Miller", emails=["rob@globex.example"])
    parsed = ParsedEmail(
        from_addr="rob@globex.example",
        headers=[("Authentication-Results", "mx.dpo.example; dmarc=pass header.from=globex.example")],
    )
    match = verify(session, ext, parsed, config=config)
    assert (match.trusted_from, match.status, match.subject_id) == (True, "verified", "K2")


def test_thresholds_come_from_the_verify_table_and_environment(tmp_path: Path) -> None:
    path = tmp_path / "intake.toml"
    path.write_text('[verify]\nmin_points = 3\ntrusted_authserv_ids = ["mx.dpo.example"]\n')
    settings = load(path, env={"INTAKE_VERIFY_MARGIN_BITS": "12.5"})
    config = section(settings, "verify", VerifyConfig, env={"INTAKE_VERIFY_MARGIN_BITS": "12.5"})
    assert (config.min_points, config.margin_bits, config.trusted_authserv_ids) == (3, 12.5, ["mx.dpo.example"])
    path.write_text("[verify]\nmin_pionts = 3\n")
    with pytest.raises(SettingsError, match="unknown key 'min_pionts'"):
        section(load(path, env={}), "verify", VerifyConfig, env={})


def test_a_contradicting_birth_date_is_a_mismatch_unless_two_private_points_agree(session: Session) -> None:
    known_only_by_colleagues = ask(
        session, "Lukasz Wisniewski", employer="Acme", date_of_birth="1991-12-24", from_addr="lukasz.w@acme.example"
    )
    assert (known_only_by_colleagues.status, known_only_by_colleagues.subject_id) == ("mismatch", None)
    assert "date of birth differs" in known_only_by_colleagues.reasons[0]
    slip = ask(
        session,
        "Lukasz Wisniewski",
        phones=["+48 601 234 567"],
        identifiers=["CUST-0042-17"],
        date_of_birth="1991-12-24",
        from_addr="lukasz.w@acme.example",
    )
    assert (slip.status, slip.subject_id) == ("verified", "K1")
    assert slip.reasons[-1] == "despite: the date of birth differs from the one on record"


def test_a_colleague_with_the_same_name_writing_from_an_authenticated_address_is_not_verified(
    session: Session,
) -> None:
    match = ask(session, "Robert Miller", employer="Globex", from_addr="robert.miller@globex.example", trusted=True)
    assert (match.status, match.subject_id) == ("mismatch", None)
    assert "another authenticated address at the record's own domain" in match.reasons[0]


def test_an_invoice_number_is_not_compared_with_the_customer_number(session: Session) -> None:
    invoice = ["INV-2026-00017"]
    match = ask(session, "Lukasz Wisniewski", identifiers=invoice, phones=["+48601234567"], date_of_birth="1980-04-01")
    assert (match.status, match.subject_id) == ("verified", "K1")
    assert [e.outcome for e in match.evidence if e.field == "identifier"] == ["not comparable"]
    wrong_number = ask(session, "Lukasz Wisniewski", identifiers=["CUST-9999-99"], date_of_birth="1980-04-01")
    assert wrong_number.status == "mismatch"


def test_a_given_name_one_letter_away_is_another_person(session: Session) -> None:
    match = ask(session, "Harsh Merchant", employer="Akar AG", from_addr="harsh@akarsan.example", trusted=True)
    assert (match.status, match.subject_id) == ("unverified", None)
    assert [e.outcome for e in match.evidence if e.field == "name"] == ["partial"]


@pytest.mark.parametrize(
    ("query", "record", "strong"),
    [
        ("6 kingsburystreet berala 4504 sa", "6 kingsbury street berala 4504 sa", True),  # a space lost
        ("flat 2 5 high street leeds", "5 high street flat 2 leeds", True),  # another order
        ("5 high street leeds ls1 4dy", "5 high street leeds ls1 4dy", True),
        ("6 kingsbury street berala 4540 sa", "6 kingsbury street berala 4504 sa", True),  # two digits swapped
        ("6 kingsbury street berala 4591 sa", "6 kingsbury street berala 4504 sa", False),  # two digits differ
        ("61 high street leeds 2000", "17 high street leeds 2000", False),  # another house
        ("5 high street leeds", "27 acacia avenue york", False),
    ],
)
def test_addresses_forgive_typing_but_not_other_numbers(query: str, record: str, strong: bool) -> None:
    score, numbers_agree = compare_addresses(query, record)
    assert (score >= VerifyConfig().strong_address and numbers_agree) is strong


def test_two_swapped_digits_in_a_birth_date_are_a_slip_not_a_contradiction(session: Session) -> None:
    match = ask(
        session,
        "Lukasz Wisniewski",
        phones=["+48601234567"],
        date_of_birth="1980-04-10",  # 1980-04-01 on record
        from_addr="lukasz.w@acme.example",
        trusted=True,
    )
    assert (match.status, match.subject_id) == ("verified", "K1")
    assert [e.outcome for e in match.evidence if e.field == "date_of_birth"] == ["partial"]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        # A comment is a comment (RFC 8601), however much it looks like a result.
        (
            [("Authentication-Results", "mx.dpo.example; dmarc=fail (p=reject; dmarc=pass) header.from=corp.example")],
            "fail",
        ),
        # Only the topmost header of our server counts: one below it came with the mail.
        (
            [
                ("Authentication-Results", "mx.dpo.example; dmarc=fail header.from=corp.example"),
                ("Authentication-Results", "mx.dpo.example; dmarc=pass header.from=corp.example"),
            ],
            "fail",
        ),
        ([("Authentication-Results", "mx.dpo.example; spf=pass smtp.mailfrom=corp.example")], "none"),
        ([("Authentication-Results", "mx.dpo.example; dmarc=pass")], "none"),  # for which domain?
        ([("Authentication-Results", "mx.dpo.example; dmarc=pass (((")], "none"),  # does not parse
        ([("Authentication-Results", "mx.evil.example; dmarc=pass header.from=corp.example")], "none"),
        ([("Authentication-Results", "mx.dpo.example 1; dmarc=pass header.from=Corp.Example")], "pass"),
    ],
)
def test_authentication_results_are_read_by_the_rfc_8601_grammar_from_our_topmost_header(
    headers: list[tuple[str, str]], expected: str
) -> None:
    from intake.identity.verify import authentication

    config = VerifyConfig(trusted_authserv_ids=["mx.dpo.example"])
    parsed = ParsedEmail(from_addr="ann@corp.example", headers=headers)
    assert authentication(parsed, config) == expected
    assert trusted_from(parsed, config) is (expected == "pass")


FORGED = "mx.dpo.example; spf=fail smtp.mailfrom=globex.example; dmarc=fail header.from=globex.example"


def test_public_points_alone_never_verify_a_record_without_an_address(session: Session) -> None:
    # The attack: name + employer of a record with no e-mail, from any address, came out verified.
    match = ask(session, "Ingrid Solberg", employer="Fjord Shipping", from_addr="attacker@evil.example")
    assert (match.status, match.subject_id, match.confirm_with) == ("unverified", None, None)
    assert match.reach == "no_address_on_record"
    # With private points (two, from elsewhere) the same person is verified.
    genuine = ask(session, "Ingrid Solberg", date_of_birth="1969-08-14", employer="Fjord", phones=["+47 900 00 001"])
    assert genuine.status in {"unverified", "pending_confirmation"}  # one private point: no address to ask
    assert genuine.subject_id is None


def test_a_forged_from_naming_the_address_on_record_is_a_mismatch(session: Session) -> None:
    # The other attack: From forged to the record's address, our server says dmarc=fail, spf=fail.
    config = VerifyConfig(trusted_authserv_ids=["mx.dpo.example"])
    ext = Extraction(kind="request", name="Robert Miller", employer="Globex", emails=["rob@globex.example"])
    parsed = ParsedEmail(from_addr="rob@globex.example", headers=[("Authentication-Results", FORGED)])
    match = verify(session, ext, parsed, config=config)
    assert (match.status, match.subject_id, match.authentication) == ("mismatch", None, "fail")
    assert any("forged" in r for r in match.reasons)
    assert [e.outcome for e in match.evidence if e.field == "email"] == ["contradicts"]
    # Not even a birth date and phone make a forged From a slip.
    ext.date_of_birth = "1980-04-01"
    assert verify(session, ext, parsed, config=config).status == "mismatch"


def test_a_forged_from_elsewhere_never_verifies_directly(session: Session) -> None:
    config = VerifyConfig(trusted_authserv_ids=["mx.dpo.example"], private_points_from_elsewhere=1)
    ext = Extraction(kind="request", name="Lukasz Wisniewski", date_of_birth="1980-04-01", phones=["+48601234567"])
    header = "mx.dpo.example; dmarc=fail header.from=gmail.example"
    parsed = ParsedEmail(from_addr="l@gmail.example", headers=[("Authentication-Results", header)])
    match = verify(session, ext, parsed, config=config)
    # Enough private points for this setting, but a failed DMARC is evidence against: the address on record decides.
    assert (match.authentication, match.status, match.subject_id) == ("fail", "pending_confirmation", None)
    assert any("forged" in r for r in match.reasons)
    unforged = verify(session, ext, ParsedEmail(from_addr="l@gmail.example"), config=config)
    assert (unforged.status, unforged.subject_id) == ("verified", "K1")


def test_the_round_trip_completes_what_another_mailbox_lacks(session: Session) -> None:
    ext = Extraction(kind="request", name="Lukasz Wisniewski", date_of_birth="1980-04-01")
    parsed = ParsedEmail(from_addr="lukasz.home@gmail.example")
    before = verify(session, ext, parsed, trusted_from=False)
    assert (before.status, before.confirm_with) == ("pending_confirmation", "K1")
    after = verify(session, ext, parsed, trusted_from=False, confirmed="K1")
    assert (after.status, after.subject_id, after.reach) == ("verified", "K1", "confirmed")
    assert any(e.comparator.startswith("the address on record confirmed") for e in after.evidence)
    # A confirmation by someone else's record proves nothing about this one.
    other = verify(session, ext, parsed, trusted_from=False, confirmed="K2")
    assert other.subject_id != "K2"


def test_a_contradiction_stays_a_mismatch_from_any_mailbox(session: Session) -> None:
    match = ask(session, "Lukasz Wisniewski", date_of_birth="1991-12-24", employer="Acme", from_addr="l@x.example")
    assert (match.status, match.confirm_with) == ("mismatch", None)
    assert any("date of birth differs" in r for r in match.reasons)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("mx.dpo.example; spf=fail smtp.mailfrom=rob@globex.example", "fail"),
        ("mx.dpo.example; spf=fail smtp.mailfrom=globex.example", "fail"),
        ("mx.dpo.example; spf=fail smtp.mailfrom=bounce@other.example", "none"),  # another domain's envelope
        ("mx.dpo.example; spf=pass smtp.mailfrom=globex.example", "none"),  # SPF alone never passes a From
        ("mx.dpo.example; spf=fail smtp.mailfrom=globex.example; dmarc=pass header.from=globex.example", "pass"),
    ],
)
def test_spf_fail_of_the_from_domain_counts_against_without_dmarc(header: str, expected: str) -> None:
    from intake.identity.verify import authentication

    config = VerifyConfig(trusted_authserv_ids=["mx.dpo.example"])
    parsed = ParsedEmail(from_addr="rob@globex.example", headers=[("Authentication-Results", header)])
    assert authentication(parsed, config) == expected


@pytest.mark.parametrize(
    "headers",
    [
        # The second attack: a second From, or a From naming two addresses, left our DMARC verdict a permerror
        # naming no domain, and the forged From was then merely unauthenticated.
        [("From", "Rob <rob@globex.example>"), ("From", "Mallory <m@evil.example>")],
        [("From", "Rob <rob@globex.example>, m@evil.example")],
        [("From", "rob@globex.example"), ("Authentication-Results", "mx.dpo.example; dmarc=permerror")],
    ],
)
def test_several_authors_or_a_dmarc_permerror_are_a_fail(headers: list[tuple[str, str]]) -> None:
    from intake.identity.verify import authentication

    config = VerifyConfig(trusted_authserv_ids=["mx.dpo.example"])
    parsed = ParsedEmail(from_addr="rob@globex.example", headers=headers)
    assert authentication(parsed, config) == "fail"


def test_a_trailing_dot_does_not_hide_a_dmarc_fail() -> None:
    from intake.identity.verify import authentication

    config = VerifyConfig(trusted_authserv_ids=["mx.dpo.example"])
    header = "mx.dpo.example; dmarc=fail header.from=globex.example"
    parsed = ParsedEmail(from_addr="rob@globex.example.", headers=[("Authentication-Results", header)])
    assert authentication(parsed, config) == "fail"
