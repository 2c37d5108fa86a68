"""The JSON API in-process: tokens and roles, every route against the same review functions, the OpenAPI document
against the routes served, and a property test that no documented request makes it answer 500."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from sqlmodel import select
from starlette.routing import Mount, Route
from starlette.testclient import TestClient

from intake import db, store
from intake.models import ApiToken, Case, Event, Outbox, OutboxStatus
from intake.run import worker
from intake.settings import Settings
from intake.web import tokens
from intake.web.app import create_app
from intake.web.auth import hash_line
from intake.web.config import WebConfig
from intake.web.openapi import DOCUMENT

REQUEST = (
    b"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: <api-1@example.com>\r\n"
    b"Subject: Please delete my data\r\n\r\n"
    b"Hello, I am Jane Doe and I work at Acme Ltd. Please delete all my personal data.\r\n"
)


@pytest.fixture
def client(settings: Settings, tmp_path: Path) -> Iterator[TestClient]:
    users = tmp_path / "users.txt"
    users.write_text(hash_line("alice", "correct horse battery") + "\n")
    app = create_app(settings, WebConfig(users_file=str(users)))
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


def _token(settings: Settings, name: str, role: str) -> dict[str, str]:
    with db.session(settings.database_url) as session:
        return {"authorization": f"Bearer {tokens.add(session, name, role, 'alice')}"}


@pytest.fixture
def dpo(settings: Settings) -> dict[str, str]:
    return _token(settings, "ticketing", "dpo")


@pytest.fixture
def viewer(settings: Settings) -> dict[str, str]:
    return _token(settings, "dashboard", "viewer")


@pytest.fixture
def case_ref(settings: Settings) -> str:
    with db.session(settings.database_url) as session:
        store.put(session, REQUEST, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
    worker.drain(settings)
    with db.session(settings.database_url) as session:
        return session.exec(select(Case)).one().reference


def test_no_token_is_401_in_json_and_a_revoked_token_stops_working(
    client: TestClient, settings: Settings, viewer: dict[str, str]
) -> None:
    answer = client.get("/api/v1/cases")
    assert answer.status_code == 401 and "error" in answer.json()
    assert answer.headers["www-authenticate"].startswith("Bearer")
    assert client.get("/api/v1/cases", headers={"authorization": "Bearer intake_guess"}).status_code == 401
    assert client.get("/api/v1/cases", headers=viewer).status_code == 200
    with db.session(settings.database_url) as session:
        tokens.revoke(session, "dashboard", "alice")
    assert client.get("/api/v1/cases", headers=viewer).status_code == 401


def test_only_the_token_hash_is_stored(settings: Settings, viewer: dict[str, str]) -> None:
    token = viewer["authorization"].removeprefix("Bearer ")
    with db.session(settings.database_url) as session:
        row = session.exec(select(ApiToken)).one()
    assert row.token_hash == tokens.digest(token) and token not in row.model_dump_json()


def test_a_viewer_reads_but_gets_403_on_every_action(client: TestClient, viewer: dict[str, str], case_ref: str) -> None:
    assert client.get(f"/api/v1/cases/{case_ref}", headers=viewer).json()["reference"] == case_ref
    for action in ("approve", "reject", "extend", "close"):
        answer = client.post(f"/api/v1/cases/{case_ref}/{action}", headers=viewer, json={"reason": "x"})
        assert answer.status_code == 403, action
        assert "viewer" in answer.json()["error"]
    assert client.post("/api/v1/cases", headers=viewer, json={"name": "Jo", "rights": ["access"]}).status_code == 403


def test_list_uses_the_search_filters_and_names_a_bad_one(
    client: TestClient, dpo: dict[str, str], case_ref: str
) -> None:
    found = client.get("/api/v1/cases", params={"q": "jane", "right": "erasure"}, headers=dpo).json()
    assert [c["reference"] for c in found["cases"]] == [case_ref] and found["total"] == 1
    assert found["cases"][0]["subject"] == "Please delete my data"
    assert client.get("/api/v1/cases", params={"right": "access"}, headers=dpo).json()["total"] == 0
    bad = client.get("/api/v1/cases", params={"status": "bogus"}, headers=dpo)
    assert bad.status_code == 400 and bad.json()["error"].startswith("status: expected one of")
    assert client.get("/api/v1/cases", params={"colour": "red"}, headers=dpo).status_code == 400


def test_a_case_its_messages_and_drafts_are_read(client: TestClient, dpo: dict[str, str], case_ref: str) -> None:
    case = client.get(f"/api/v1/cases/{case_ref}", headers=dpo).json()
    assert case["rights"] == ["erasure"] and case["requester"] == "jane@example.com"
    messages = client.get(f"/api/v1/cases/{case_ref}/messages", headers=dpo).json()["messages"]
    assert messages[0]["subject"] == "Please delete my data" and "delete all my personal data" in messages[0]["text"]
    drafts = client.get(f"/api/v1/cases/{case_ref}/drafts", headers=dpo).json()["drafts"]
    assert drafts and all({"id", "template", "body", "status"} <= set(d) for d in drafts)
    missing = client.get("/api/v1/cases/DPO-2026-999999-9", headers=dpo)
    assert missing.status_code == 404 and "no such case" in missing.json()["error"]


def test_reject_then_approve_sends_the_refusal_and_the_audit_names_the_token(
    client: TestClient, settings: Settings, dpo: dict[str, str], case_ref: str
) -> None:
    assert client.post(f"/api/v1/cases/{case_ref}/reject", headers=dpo, json={}).status_code == 400
    rejected = client.post(f"/api/v1/cases/{case_ref}/reject", headers=dpo, json={"reason": "Manifestly unfounded."})
    assert rejected.status_code == 200 and rejected.json()["draft"]["template"] == "refusal"
    approved = client.post(f"/api/v1/cases/{case_ref}/approve", headers=dpo, json={})
    assert approved.status_code == 200, approved.json()
    assert approved.json()["approved"] == [rejected.json()["draft"]["id"]]
    with db.session(settings.database_url) as session:
        refusal = session.exec(select(Outbox).where(Outbox.purpose == "refusal")).one()
        assert refusal.status == OutboxStatus.pending
        actors = {e.actor for e in session.exec(select(Event).where(Event.action == "draft.approved")).all()}
    assert "token:ticketing" in actors
    again = client.post(f"/api/v1/cases/{case_ref}/approve", headers=dpo, json={})
    assert again.status_code == 400 and "no drafts waiting" in again.json()["error"]


def test_extend_and_close(client: TestClient, settings: Settings, dpo: dict[str, str], case_ref: str) -> None:
    before = client.get(f"/api/v1/cases/{case_ref}", headers=dpo).json()["due"]
    extended = client.post(f"/api/v1/cases/{case_ref}/extend", headers=dpo, json={"reason": "Many systems."})
    assert extended.status_code == 200 and extended.json()["case"]["due"] > before
    assert client.post(f"/api/v1/cases/{case_ref}/close", headers=dpo, json={"status": "x"}).status_code == 400
    closed = client.post(f"/api/v1/cases/{case_ref}/close", headers=dpo, json={"status": "withdrawn"})
    assert closed.json()["case"]["status"] == "withdrawn"
    refused = client.post(f"/api/v1/cases/{case_ref}/extend", headers=dpo, json={"reason": "again"})
    assert refused.status_code in {400, 409} and "error" in refused.json()


def test_a_case_opened_by_hand_through_the_api(client: TestClient, settings: Settings, dpo: dict[str, str]) -> None:
    body = {"name": "Hans Müller", "rights": ["access"], "address": "hans@example.de", "received": "2026-11-02"}
    answer = client.post("/api/v1/cases", headers=dpo, json={**body, "language": "de", "via": "phone"})
    assert answer.status_code == 201, answer.json()
    case = answer.json()
    assert case["due"] == "2026-12-02" and "opened_by_hand" in case["flags"] and case["language"] == "de"
    with db.session(settings.database_url) as session:
        opened = session.exec(select(Event).where(Event.action == "case.opened_by_hand")).one()
    assert opened.actor == "token:ticketing" and opened.detail["via"] == "phone"
    bad = client.post("/api/v1/cases", headers=dpo, json={**body, "received": "2999-01-01"})
    assert bad.status_code == 400 and bad.json()["error"].startswith("received:")
    assert client.post("/api/v1/cases", headers=dpo, content=b"[1, 2]").status_code == 400
    assert client.post("/api/v1/cases", headers=dpo, content=b"{not json").status_code == 400


def _served() -> set[tuple[str, str]]:
    from intake.web import api

    app = api.create(Settings())
    return {
        (method.lower(), route.path)
        for route in app.routes
        if isinstance(route, Route)
        for method in route.methods or []
        if method != "HEAD"
    }


def test_the_openapi_document_lists_exactly_the_routes_served(client: TestClient) -> None:
    documented = {(m, p) for p, ops in DOCUMENT["paths"].items() for m in ops}
    assert documented == _served()
    served = client.get("/api/v1/openapi.json")
    assert served.status_code == 200 and served.json()["openapi"].startswith("3.")
    mounts = [r for r in client.app.routes if isinstance(r, Mount) and r.path == "/api/v1"]  # type: ignore[attr-defined]
    assert mounts and DOCUMENT["servers"] == [{"url": "/api/v1"}]


def _value(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Documented values and the kind of junk a client sends: wrong types, huge numbers, odd text."""
    junk = st.one_of(st.text(max_size=30), st.integers(), st.none(), st.booleans(), st.lists(st.text(max_size=5)))
    if "enum" in schema:
        return st.one_of(st.sampled_from(schema["enum"]), junk)
    if schema.get("type") == "integer":
        return st.one_of(st.integers(-(10**12), 10**12), junk)
    if schema.get("type") == "array":
        items = schema.get("items", {})
        return st.one_of(st.lists(st.sampled_from(items["enum"]) if "enum" in items else st.text()), junk)
    return junk


OPERATIONS = [(path, method, op) for path, ops in DOCUMENT["paths"].items() for method, op in ops.items()]


@st.composite
def calls(draw: st.DrawFn) -> tuple[str, str, dict[str, str], Any]:
    path, method, op = draw(st.sampled_from(OPERATIONS))
    ref = draw(st.one_of(st.just("DPO-2026-000001-1"), st.just("1"), st.text(min_size=1, max_size=20)))
    url = path.replace("{ref}", quote(ref, safe=""))
    query = {}
    for p in op.get("parameters", []):
        if p["in"] == "query" and draw(st.booleans()):
            query[p["name"]] = str(draw(_value(p["schema"])))
    body = None
    if "requestBody" in op:
        schema = op["requestBody"]["content"]["application/json"]["schema"]
        if "$ref" in schema:
            schema = DOCUMENT["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        fields = schema.get("properties", {})
        body = draw(st.fixed_dictionaries({}, optional={k: _value(v) for k, v in fields.items()}))
    return method, url, query, body


@pytest.fixture
def any_client(settings: Settings, database_url: str, tmp_path: Path) -> Iterator[TestClient]:
    """The API on SQLite and on PostgreSQL, which refuses some text SQLite stores (a NUL, say)."""
    settings = dataclasses.replace(settings, database_url=database_url)
    db.upgrade(database_url)
    users = tmp_path / "users.txt"
    users.write_text(hash_line("alice", "correct horse battery") + "\n")
    with TestClient(create_app(settings, WebConfig(users_file=str(users))), base_url="http://127.0.0.1") as client:
        client.headers.update(_token(settings, "fuzz", "dpo"))
        with db.session(settings.database_url) as session:
            store.put(session, REQUEST, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
        worker.drain(settings)
        yield client


def test_no_documented_request_makes_the_api_answer_500(any_client: TestClient) -> None:
    @hsettings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(calls())
    def check(call: tuple[str, str, dict[str, str], Any]) -> None:
        method, url, query, body = call
        answer = any_client.request(method.upper(), "/api/v1" + url, params=query, json=body)
        assert answer.status_code < 500, (method, url, query, body, answer.text)
        assert answer.headers["content-type"].startswith("application/json")

    check()


def test_intake_tokens_add_prints_the_token_once_list_never_shows_it_and_revoke_ends_it(
    client: TestClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from intake.cli import app as cli
    from intake.cli.app import _state

    monkeypatch.setitem(_state, "settings", settings)  # the command line's settings are the test's
    runner = CliRunner()
    made = runner.invoke(cli, ["--as", "alice", "tokens", "add", "crm", "--role", "dpo"])
    assert made.exit_code == 0, made.output
    token = made.output.strip()
    assert token.startswith("intake_") and len(token) > 40
    listed = runner.invoke(cli, ["tokens", "list", "--json"])
    assert json.loads(listed.output)[0] | {"created": "", "last_used": None} == {
        "name": "crm", "role": "dpo", "created_by": "alice", "created": "", "last_used": None, "revoked": None,
    }  # fmt: skip
    assert token not in listed.output
    assert client.get("/api/v1/cases", headers={"authorization": f"Bearer {token}"}).status_code == 200
    assert runner.invoke(cli, ["tokens", "revoke", "crm"]).exit_code == 0
    assert client.get("/api/v1/cases", headers={"authorization": f"Bearer {token}"}).status_code == 401
    again = runner.invoke(cli, ["tokens", "add", "crm"])
    assert again.exit_code != 0 and "exists (revoked)" in str(again.exception)
