"""Several organisations in one deployment: [[organisation]] tables read into one Settings each, errors in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake import settings
from intake.errors import SettingsError

TWO = """

from_address = "noreply@provider.test"
[deadline]
default_jurisdiction = "uk"
[records]
url = ""

[[organisation]]
id = "acme"
name = "Acme Ltd"
dpo_addresses = ["dpo@acme.test", "privacy@acme.test"]
purposes = ["Selling anvils (contract)"]
[organisation.deadline]
default_jurisdiction = "california"

[[organisation]]
id = "beta"
name = "Beta GmbH"
dpo_addresses = ["datenschutz@beta.test"]
from_address = "datenschutz@beta.test"
templates_dir = "/srv/beta/templates"
default_language = "de"
"""


def load(tmp_path: Path, text: str, env: dict[str, str] | None = None) -> settings.Settings:
    path = tmp_path / "intake.toml"
    path.write_text(text)
    return settings.load(path, env=env or {})


def test_each_organisation_has_its_own_settings_over_the_top_level_defaults(tmp_path: Path) -> None:
    s = load(tmp_path, TWO)
    assert s.organisations == ["acme", "beta"] and s.multi
    acme, beta = s.tenant("acme"), s.tenant("beta")
    assert (acme.organisation, acme.organisation_id, acme.dpo_addresses) == (
        "Acme Ltd",
        "acme",
        ["dpo@acme.test", "privacy@acme.test"],
    )
    assert acme.reply_from == "noreply@provider.test"  # inherited from the top level
    assert acme.deadline.default_jurisdiction == "california"  # its own [organisation.deadline]
    assert acme.organisation_info.purposes == ["Selling anvils (contract)"]
    assert (beta.organisation, beta.reply_from, beta.templates_dir, beta.default_language) == (
        "Beta GmbH",
        "datenschutz@beta.test",
        "/srv/beta/templates",
        "de",
    )
    assert beta.deadline.default_jurisdiction == "uk"  # the top-level [deadline]
    assert beta.organisation_info.purposes == []  # nothing of Acme's
    assert beta.tenant("acme") is acme  # a stage holding one organisation's settings can reach the others
    # The SMTP server accepts the union, each address routed to its organisation.
    assert s.routes() == {"dpo@acme.test": "acme", "privacy@acme.test": "acme", "datenschutz@beta.test": "beta"}
    # Every organisation's verification trusts the one SMTP server's stamp, whatever its own From domain.
    assert acme.authserv_id == beta.authserv_id == s.authserv_id


def test_without_organisation_tables_the_one_organisation_is_default(tmp_path: Path) -> None:
    s = load(tmp_path, 'organisation = "Solo"\ndpo_addresses = ["dpo@solo.test"]\n')
    assert (s.organisations, s.multi, s.tenant("default") is s) == (["default"], False, True)
    assert s.routes() == {"dpo@solo.test": "default"}
    with pytest.raises(SettingsError, match="'acme'"):
        s.tenant("acme")


def test_an_organisations_own_table_wins_over_the_environments_default(tmp_path: Path, monkeypatch) -> None:
    # INTAKE_DEADLINE_* sets the deployment's default; an organisation with its own table keeps it.
    monkeypatch.setenv("INTAKE_DEADLINE_DEFAULT_JURISDICTION", "india")
    monkeypatch.setenv("INTAKE_RECORDS_URL", "sqlite:///var/shared-crm.db")
    monkeypatch.setenv("INTAKE_RECORDS_FIND", "SELECT * FROM people WHERE email = :email")
    monkeypatch.setenv("INTAKE_RECORDS_SELECT", "SELECT * FROM people WHERE id = :subject_id")
    s = load(tmp_path, TWO.replace('[records]\nurl = ""\n', "") + '[organisation.records]\nurl = ""\n')
    assert s.tenant("acme").deadline.default_jurisdiction == "california"
    assert s.tenant("beta").deadline.default_jurisdiction == "india"
    from intake.identity.records.organisation import RecordsConfig

    assert settings.section(s.tenant("beta"), "records", RecordsConfig).url == ""  # its own: intake's table
    assert settings.section(s.tenant("acme"), "records", RecordsConfig).url == "sqlite:///var/shared-crm.db"


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (('id = "beta"', 'id = "acme"'), r"intake.toml: \[\[organisation\]\] acme id: used by two"),
        (('id = "beta"', 'id = "Beta Corp"'), r"\[\[organisation\]\] number 2 id: expected a short slug"),
        (('id = "beta"\n', ""), r"\[\[organisation\]\] number 2 id: .*missing"),
        (
            ('dpo_addresses = ["datenschutz@beta.test"]', 'dpo_addresses = ["PRIVACY@acme.test"]'),
            r"intake.toml: \[\[organisation\]\] beta dpo_addresses: PRIVACY@acme.test is already organisation acme's",
        ),
        (('default_language = "de"', 'language = "de"'), r"\[\[organisation\]\] beta: unknown key 'language'"),
        (('dpo_addresses = ["datenschutz@beta.test"]', 'dpo_addresses = ["nobody"]'), r"beta dpo_addresses: expected"),
        (
            ('default_jurisdiction = "california"', 'default_jurisdiction = "mars"'),
            r"intake.toml: \[\[organisation\]\] acme \[deadline\] default_jurisdiction: unknown 'mars'",
        ),
    ],
)
def test_a_bad_organisation_is_one_line_naming_file_organisation_and_key(
    tmp_path: Path, change: tuple[str, str], named: str
) -> None:
    with pytest.raises(SettingsError, match=named) as caught:
        load(tmp_path, TWO.replace(*change))
    assert "\n" not in str(caught.value)


def test_two_organisations_inheriting_one_address_is_an_error(tmp_path: Path) -> None:
    text = 'dpo_addresses = ["dpo@provider.test"]\n[[organisation]]\nid = "a"\n[[organisation]]\nid = "b"\n'
    with pytest.raises(SettingsError, match=r"\[\[organisation\]\] b dpo_addresses: dpo@provider.test is already"):
        load(tmp_path, text)


def test_an_imap_mailbox_names_its_organisation_when_there_are_several(tmp_path: Path) -> None:
    from intake.sources.imap.config import mailboxes

    box = '[[mailbox]]\nurl = "imaps://dpo@imap.acme.test/INBOX"\n'
    with pytest.raises(SettingsError, match="organisation: needed, as there are several"):
        mailboxes(load(tmp_path, TWO + box))
    with pytest.raises(SettingsError, match="organisation: 'gamma' is not one"):
        mailboxes(load(tmp_path, TWO + box + 'organisation = "gamma"\n'))
    (found,) = mailboxes(load(tmp_path, TWO + box + 'organisation = "acme"\n'))
    assert found.config.organisation == "acme"
    (alone,) = mailboxes(load(tmp_path, box))
    assert alone.config.organisation == "default"


def test_a_full_sync_of_one_organisation_keeps_the_others_subjects(tmp_path: Path) -> None:
    import json
    import sqlite3

    from intake import db
    from intake.identity import records
    from intake.identity.records.organisation import RecordsConfig
    from intake.identity.records.sync import sync

    crm = tmp_path / "crm.db"
    with sqlite3.connect(crm) as conn:
        conn.execute("CREATE TABLE people (id TEXT, name TEXT, email TEXT)")
        conn.execute("INSERT INTO people VALUES ('B-1', 'Bea Brandt', 'bea@example.net')")
    s = load(
        tmp_path,
        f'database_url = "sqlite:///{tmp_path / "intake.db"}"\n'
        + TWO
        + f'[organisation.records]\nurl = "sqlite:///{crm}"\nmode = "copy"\n'
        + 'sync = "SELECT id AS subject_id, name, email FROM people"\n'
        + 'select = "SELECT * FROM people WHERE id = :subject_id"\n',
    )
    db.upgrade(s.database_url)
    (tmp_path / "acme.jsonl").write_text(json.dumps({"subject_id": "A-1", "name": "Ann Acme"}) + "\n")
    with db.session(s.database_url) as session:
        records.import_file(session, tmp_path / "acme.jsonl", organisation="acme")
        report = sync(
            session, settings.section(s.tenant("beta"), "records", RecordsConfig), full=True, organisation="beta"
        )
        assert (report.inserted, report.removed) == (1, 0)  # Acme's subject is no row Beta's database lost
        assert [records.count(session, org) for org in ("acme", "beta")] == [1, 1]
        assert records.get(session, "B-1", "acme") is None and records.get(session, "B-1", "beta") is not None


def test_two_organisations_may_each_have_a_client_of_one_name_with_its_own_admin(
    sqlite_url: str, tmp_path: Path
) -> None:
    """A notice about a user's erasure goes to the admin the case's organisation imported, never to another's."""
    from intake import db
    from intake.identity import employers

    db.upgrade(sqlite_url)
    for org, admin in (("alpha", "it@acme-for-alpha.test"), ("beta", "hr@acme-for-beta.test")):
        path = tmp_path / f"{org}.csv"
        path.write_text(f"name,admin_email\nAcme Ltd,{admin}\n")
        with db.session(sqlite_url) as session:
            assert employers.import_file(session, path, org).inserted == 1
    with db.session(sqlite_url) as session:
        alpha = employers.find(session, "ACME Limited", "alpha")
        beta = employers.find(session, "Acme Ltd.", "beta")
        assert alpha is not None and alpha.admin_email == "it@acme-for-alpha.test"
        assert beta is not None and beta.admin_email == "hr@acme-for-beta.test"
        assert employers.find(session, "Acme Ltd", "gamma") is None  # an organisation without that client
        assert [e.admin_email for e in employers.listed(session, "beta")] == ["hr@acme-for-beta.test"]
