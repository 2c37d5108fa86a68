"""Two organisations in one deployment, tried on every face: mail over real SMTP, letters, records, pages and API.

One deployment serves Alpha (dpo@alpha.test) and Beta (privacy@beta.test, with templates of its own). The same
person writes to both; only Beta's records know her. Then Alpha's DPO, logged in to the real web server, and an
API token of Alpha's, try to see anything of Beta's: every list leaves it out, every page of it answers 404.
"""

from __future__ import annotations

import json
import re
import secrets
import smtplib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx2 as httpx
import psycopg
import pytest
from click.testing import Result
from sqlmodel import select

from intake import db
from intake import settings as settings_module
from intake.identity.records import import_file
from intake.letters.render import BUILTIN_TEMPLATES
from intake.models import Case, Message, Outbox
from intake.report import figures
from intake.run import worker
from intake.settings import Settings
from intake.sources import smtp
from intake.web import server, tokens
from intake.web.auth import hash_line
from intake.web.config import WebConfig
from tests.conftest import PG_ADMIN, free_port

PASSWORD = "correct horse battery staple"
MARK = "Beta's own acknowledgement template"
CARLA = "carla.mendes@example.net"


def request(to: str, mid: str, text: str = "") -> bytes:
    return (
        f"From: Carla Mendes <{CARLA}>\r\nTo: {to}\r\nMessage-ID: <{mid}@example.net>\r\n"
        # What the authenticated path of a border server adds ([verify] trusted_headers): her From is hers.
        "X-Intake-Auth: yes\r\nSubject: Access request\r\n\r\n"
        + (
            text
            or "Hello, I am Carla Mendes, customer number CUST-204417, born 2 April 1980. Please send me a copy "
            "of all the personal data you hold about me.\r\n"
        )
    ).encode()


@dataclass
class Deployment:
    settings: Settings
    cases: dict[str, Case]  # by organisation
    messages: dict[str, int]  # a message id of each organisation
    tmp: Path


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The deployment's database: a SQLite file, or a schema of its own in the local PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'intake.db'}"
        return
    schema = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"
    finally:
        db.dispose_all()
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(scope="module")
def deployment(database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    tmp = tmp_path_factory.mktemp("tenants")
    own = tmp / "beta-templates" / "en"
    own.mkdir(parents=True)
    builtin = (BUILTIN_TEMPLATES / "en" / "acknowledgement.txt.j2").read_text()
    head, _, tail = builtin.rpartition("{% endblock %}")  # the body's end: the letter's last line is Beta's own
    (own / "acknowledgement.txt.j2").write_text(f"{head}\n{MARK}\n{{% endblock %}}{tail}")
    config = tmp / "intake.toml"
    config.write_text(
        f"""
database_url = "{database}"
var_dir = "{tmp / "var"}"
outbound = "file:{tmp / "outbox"}"
smtp_listen = "127.0.0.1:{free_port()}"
web_listen = "127.0.0.1:0"
[smtp]
authenticate = false  # no DNS on loopback: the checks would only wait for their time-out
[verify]
trusted_headers = ["X-Intake-Auth: yes"]

[[organisation]]
id = "alpha"
name = "Alpha Retail Ltd"
dpo_addresses = ["dpo@alpha.test"]

[[organisation]]
id = "beta"
name = "Beta Insurance GmbH"
dpo_addresses = ["privacy@beta.test"]
templates_dir = "{tmp / "beta-templates"}"
[organisation.deadline]
default_jurisdiction = "uk"
"""
    )
    s = settings_module.load(config, env={})
    db.upgrade(s.database_url)
    record = {
        "subject_id": "BETA-1",
        "name": "Carla Mendes",
        "email": CARLA,
        "account_id": "CUST-204417",
        "date_of_birth": "1980-04-02",
    }
    (tmp / "beta.jsonl").write_text(json.dumps(record) + "\n")
    with db.session(s.database_url) as session:
        import_file(session, tmp / "beta.jsonl", organisation="beta")
    listener = smtp.controller(s)
    listener.start()
    try:
        with smtplib.SMTP("127.0.0.1", smtp.listen_address(s)[1], timeout=30) as client:
            client.sendmail(CARLA, ["dpo@alpha.test"], request("dpo@alpha.test", "to-alpha"))
            client.sendmail(CARLA, ["privacy@beta.test"], request("privacy@beta.test", "to-beta"))
            # One mail to both: each organisation gets its own copy.
            hello = request("dpo@alpha.test, privacy@beta.test", "to-both", "Just saying hello, nothing to ask.\r\n")
            refused = client.sendmail(CARLA, ["dpo@alpha.test", "privacy@beta.test", "nobody@alpha.test"], hello)
            assert list(refused) == ["nobody@alpha.test"]  # the union of the addresses, and nothing more
    finally:
        listener.stop()
    worker.drain(s)
    with db.session(s.database_url) as session:
        rows = session.exec(select(Message).order_by(Message.id)).all()  # type: ignore[arg-type]
        messages = {m.organisation: m.id for m in rows if m.case_id}
        cases = {c.organisation: c for c in session.exec(select(Case)).all() if c.linked_case_id is None}
        session.expunge_all()
    yield Deployment(s, cases, messages, tmp)  # type: ignore[arg-type]


def test_mail_to_each_organisation_opens_a_case_there_with_its_own_letters(deployment: Deployment) -> None:
    s, cases = deployment.settings, deployment.cases
    assert set(cases) == {"alpha", "beta"}
    assert cases["alpha"].jurisdiction == "eu" and cases["beta"].jurisdiction == "uk"  # Beta's own [deadline]
    with db.session(s.database_url) as session:
        stored = session.exec(select(Message)).all()
        boxes = {m.organisation: m.mailbox for m in stored}
        both = sorted((m.organisation, m.envelope_to) for m in stored if m.message_id == "<to-both@example.net>")
        acks = {o.case_id: o for o in session.exec(select(Outbox).where(Outbox.purpose == "acknowledgement")).all()}
    assert boxes == {"alpha": "smtp:alpha", "beta": "smtp:beta"}
    assert both == [("alpha", "dpo@alpha.test"), ("beta", "privacy@beta.test")]
    alpha, beta = acks[cases["alpha"].id], acks[cases["beta"].id]
    alpha_text, beta_text = alpha.raw.decode(errors="replace"), beta.raw.decode(errors="replace")
    assert alpha.mail_from == "dpo@alpha.test" and beta.mail_from == "privacy@beta.test"
    assert "Alpha Retail Ltd" in alpha_text and "Beta" not in alpha_text and MARK not in alpha_text
    assert "Beta Insurance GmbH" in beta_text and "Alpha" not in beta_text and MARK in beta_text


def test_a_requester_known_only_in_one_organisations_records_is_not_verified_by_the_other(
    deployment: Deployment,
) -> None:
    alpha, beta = deployment.cases["alpha"].verification or {}, deployment.cases["beta"].verification or {}
    assert beta["candidates"] == 1 and beta["status"] == "verified" and beta["subject_id"] == "BETA-1"
    assert alpha["candidates"] == 0 and alpha["status"] != "verified"  # Beta's record was not even compared


def _log_in(client: httpx.Client, name: str) -> None:
    page = client.get("/login", params={"again": "1"}).text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)
    assert csrf is not None
    answer = client.post("/login", data={"name": name, "password": PASSWORD, "csrf": csrf.group(1), "next": "/"})
    assert answer.status_code == 303, answer.text[:300]


def _csrf(client: httpx.Client) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get("/cases").text)
    assert found is not None
    return found.group(1)


@pytest.fixture(scope="module")
def web(deployment: Deployment) -> Iterator[server.Handle]:
    users = deployment.tmp / "users.txt"
    users.write_text(
        f"{hash_line('ann', PASSWORD, 'dpo', 'alpha')}\n{hash_line('ben', PASSWORD, 'dpo', 'beta')}\n"
        f"{hash_line('pat', PASSWORD, 'admin')}\n"
    )
    handle = server.start(deployment.settings, WebConfig(users_file=str(users)))
    yield handle
    handle.stop()


def test_alphas_dpo_sees_nothing_of_betas_on_the_web_face(deployment: Deployment, web: server.Handle) -> None:
    a, b = deployment.cases["alpha"].reference, deployment.cases["beta"].reference
    a_msg, b_msg = deployment.messages["alpha"], deployment.messages["beta"]
    with httpx.Client(base_url=web.url, timeout=30) as ann:
        _log_in(ann, "ann")
        for page in ("/", "/cases", "/messages", "/register", "/register.csv", "/cases?q=Carla"):
            text = ann.get(page).text
            assert b not in text and f"/messages/{b_msg}" not in text, page
        assert a in ann.get("/cases").text and f"/messages/{a_msg}" in ann.get("/messages").text
        case_page = ann.get(f"/cases/{a}")
        assert case_page.status_code == 200
        offered = re.findall(
            r'<option value="([^"]+)">', case_page.text.partition('id="people"')[2].partition("</datalist>")[0]
        )
        assert offered == ["ann", "pat"]  # to assign the case: Alpha's people and the provider's, never Beta's
        # Another organisation's case, message, draft and files answer as if they did not exist.
        missing = ann.get("/cases/DPO-2099-999999-0")
        assert missing.status_code == 404
        for path in (
            f"/cases/{b}",
            f"/cases/{deployment.cases['beta'].id}",
            f"/messages/{b_msg}",
            f"/messages/{b_msg}/raw",
            f"/messages/{b_msg}/attachments/1",
            "/drafts/99999999999999999999",  # beyond any key: 404, not the database's overflow as a 500
            "/cases/99999999999999999999",
        ):
            answer = ann.get(path)
            assert answer.status_code == 404, path
            assert "Carla" not in answer.text and "Beta" not in answer.text, path
        assert ann.get(f"/cases/{b}").text.replace(b, "REF") == missing.text.replace("DPO-2099-999999-0", "REF")
        flagged = ann.post(f"/cases/{b}/flag", data={"name": "identity_checked", "csrf": _csrf(ann)})
        assert flagged.status_code == 404
        # The search and the register count only Alpha's cases, though Carla wrote to both.
        with db.session(deployment.settings.database_url) as session:
            every = session.exec(select(Case.organisation)).all()
        assert 0 < every.count("alpha") < len(every)
        found = re.search(r"(\d+) case\(s\)", ann.get("/cases", params={"q": "Carla"}).text)
        assert found is not None and int(found.group(1)) == every.count("alpha")
        assert ann.get("/register.csv").text.count("DPO-") == every.count("alpha")
    with db.session(deployment.settings.database_url) as session:
        assert "identity_checked" not in (session.get(Case, deployment.cases["beta"].id) or Case()).flags
        assert len(figures.load(session, "alpha")) + len(figures.load(session, "beta")) == len(figures.load(session))
    with httpx.Client(base_url=web.url, timeout=30) as ben, httpx.Client(base_url=web.url, timeout=30) as pat:
        _log_in(ben, "ben")
        _log_in(pat, "pat")
        assert ben.get(f"/cases/{b}").status_code == 200 and ben.get(f"/cases/{a}").status_code == 404
        # The provider's own staff, bound to no organisation, see both.
        assert pat.get(f"/cases/{a}").status_code == pat.get(f"/cases/{b}").status_code == 200


def test_an_api_token_of_one_organisation_sees_only_its_cases(deployment: Deployment, web: server.Handle) -> None:
    a, b = deployment.cases["alpha"].reference, deployment.cases["beta"].reference
    with db.session(deployment.settings.database_url) as session:
        token = tokens.add(session, "alpha-ticketing", "dpo", "pat", organisation="alpha")
        alphas = set(session.exec(select(Case.reference).where(Case.organisation == "alpha")).all())
    auth = {"authorization": f"Bearer {token}"}
    with httpx.Client(base_url=f"{web.url}/api/v1", headers=auth, timeout=30) as api:
        listed = api.get("/cases").json()
        assert {c["reference"] for c in listed["cases"]} == alphas and listed["total"] == len(alphas)
        assert a in alphas and b not in alphas
        asked = api.get("/cases", params={"organisation": "beta"}).json()  # its own cases, whatever it asks for
        assert {c["reference"] for c in asked["cases"]} == alphas
        assert api.get(f"/cases/{a}").status_code == 200
        for ref in (b, "99999999999999999999"):
            for path in (f"/cases/{ref}", f"/cases/{ref}/messages", f"/cases/{ref}/drafts"):
                answer = api.get(path)
                assert answer.status_code == 404
                assert answer.json() == {"error": f"{ref}: no such case (see `intake cases`)"}
        assert api.post(f"/cases/{b}/close", json={"status": "spam"}).status_code == 404
    with db.session(deployment.settings.database_url) as session:
        assert (session.get(Case, deployment.cases["beta"].id) or Case()).status != "spam"


def test_the_cli_works_on_the_organisation_it_is_told(deployment: Deployment, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from typer.testing import CliRunner

    cli = importlib.import_module("intake.cli.app")  # the module: the package `intake.cli` hands on its `app`
    importlib.import_module("intake.cli")  # every command registered

    a, b = deployment.cases["alpha"].reference, deployment.cases["beta"].reference

    def intake(*args: str) -> Result:
        monkeypatch.setattr(cli, "_state", {"config": None})  # in this process, as a fresh `intake` would start
        return CliRunner().invoke(cli.app, ["--config", str(deployment.tmp / "intake.toml"), *args])

    alpha = intake("--organisation", "alpha", "cases", "--json")
    assert alpha.exit_code == 0, alpha.output
    listed = {row["reference"] for row in json.loads(alpha.stdout)}
    assert a in listed and b not in listed
    foreign = intake("--organisation", "alpha", "close", b, "--status", "spam")
    assert str(foreign.exception) == f"{b}: no such case (see `intake cases`)"  # one line on stderr, exit 2
    counts = [intake("--organisation", org, "subjects", "count").stdout.strip() for org in ("alpha", "beta")]
    assert counts == ["0", "1"]  # Carla's record is Beta's alone
    exported = intake("--organisation", "beta", "subjects", "export").stdout
    assert [json.loads(line)["subject_id"] for line in exported.splitlines()] == ["BETA-1"]
    assert intake("--organisation", "alpha", "subjects", "export").stdout == ""
    unnamed = intake("cases")
    assert "intake --organisation ID ... (alpha, beta)" in str(unnamed.exception)
    with db.session(deployment.settings.database_url) as session:
        assert (session.get(Case, deployment.cases["beta"].id) or Case()).status != "spam"


def test_the_digest_and_the_webhooks_carry_one_organisations_cases(deployment: Deployment) -> None:
    import dataclasses

    from intake import review
    from intake.models import WebhookDelivery
    from intake.outbox import digest, webhooks

    s, a, b = deployment.settings, deployment.cases["alpha"].reference, deployment.cases["beta"].reference
    dues = [c.due_on for c in deployment.cases.values() if c.due_on]
    today = max(dues) - timedelta(days=6)  # both due within the week
    assert min(dues) >= today
    with db.session(s.database_url) as session:
        mails = [digest.send_digest(session, s.tenant(org), today) for org in s.organisations]
        assert digest.send_digest(session, s.tenant("alpha"), today) is None  # once a day, each
    alpha, beta = mails
    assert alpha is not None and beta is not None
    assert (alpha.mail_from, alpha.rcpt_to, beta.rcpt_to) == ("dpo@alpha.test", "dpo@alpha.test", "privacy@beta.test")
    assert a in alpha.raw.decode() and b not in alpha.raw.decode() and b in beta.raw.decode()
    hook = {"url": "https://tickets.alpha.test/hook", "secret": "s" * 16, "organisation": "alpha"}
    hooked = dataclasses.replace(s, tables={**s.tables, "webhook": [hook]})
    with db.session(s.database_url) as session:
        webhooks.collect(session, hooked)  # a new receiver starts at the end of the trail
        review.close(session, a, "ann", "closed")
        review.close(session, b, "ben", "closed")
        webhooks.collect(session, hooked)
        bodies = [json.loads(d.body) for d in session.exec(select(WebhookDelivery)).all()]
    assert [(d["type"], d["case"]["reference"]) for d in bodies] == [("case.closed", a)]


def test_a_purge_for_one_organisation_reduces_only_its_cases(deployment: Deployment) -> None:
    from intake.fulfil import purge
    from intake.models import utcnow

    s = deployment.settings
    with db.session(s.database_url) as session:
        for case in session.exec(select(Case)).all():
            case.status = "closed"  # every case finished, of both organisations
            session.add(case)
        session.commit()
        owners = session.exec(select(Case.organisation)).all()
        later = utcnow() + timedelta(days=s.retention.cases_days + 1)
        alpha = purge.purge(session, s.tenant("alpha"), later, dry_run=True)
        every = purge.purge(session, s, later, dry_run=True)  # the deployment's: every organisation's
    assert alpha.cases_reduced == owners.count("alpha") < len(owners) == every.cases_reduced
