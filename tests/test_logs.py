"""Log lines: logfmt escaped so a value cannot break the line or forge a field; JSON on request; UTC; ids only."""

from __future__ import annotations

import json
import logging
import re
import smtplib
import time

import pytest

from intake import logs
from intake.errors import SettingsError
from tests.conftest import Service, Sink, service_env

TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00")


def _record(msg: str, exc: BaseException | None = None, **extra: object) -> logging.LogRecord:
    record = logging.makeLogRecord({"name": "intake.test", "levelno": 30, "levelname": "WARNING", "msg": msg, **extra})
    if exc is not None:
        try:
            raise exc
        except BaseException as raised:  # noqa: BLE001 (to give the record a real traceback)
            record.exc_info = (type(raised), raised, raised.__traceback__)
    return record


def _parse_logfmt(line: str) -> dict[str, str]:
    """A strict reader: bare values, or JSON-quoted ones; anything else fails the test."""
    out: dict[str, str] = {}
    pos = 0
    pattern = re.compile(r'([A-Za-z0-9_.-]+)=("(?:[^"\\]|\\.)*"|[^\s"=\\]*)(?: |$)')
    while pos < len(line):
        match = pattern.match(line, pos)
        assert match, f"unparseable at {pos}: {line[pos:]!r}"
        key, value = match.groups()
        out[key] = json.loads(value) if value.startswith('"') else value
        pos = match.end()
    return out


def test_logfmt_quotes_and_escapes_values_that_need_it() -> None:
    line = logs.LogfmtFormatter().format(
        _record('could not copy "x" into Sent', outbox=7, folder='a b="c"\nlevel=error', empty="", ok=True)
    )
    assert "\n" not in line
    assert 'msg="could not copy \\"x\\" into Sent"' in line
    fields = _parse_logfmt(line)
    assert fields["msg"] == 'could not copy "x" into Sent'
    assert fields["folder"] == 'a b="c"\nlevel=error'
    assert fields["level"] == "warning"  # the forged level= inside a value is not a field
    assert fields["outbox"] == "7" and fields["empty"] == "" and fields["ok"] == "true"
    assert TIME.fullmatch(fields["time"])


def test_json_lines_carry_the_same_fields() -> None:
    line = logs.JsonFormatter().format(_record("message processed", message_pk=3, case=None))
    data = json.loads(line)
    assert data["msg"] == "message processed" and data["message_pk"] == 3 and data["case"] is None
    assert TIME.fullmatch(data["time"]) and data["level"] == "warning" and data["logger"] == "intake.test"


def test_an_error_that_may_quote_personal_data_is_logged_by_its_class_and_place_only() -> None:
    line = logs.LogfmtFormatter().format(_record("message failed", ValueError("bad date in jane@example.com's mail")))
    fields = _parse_logfmt(line)
    assert "jane" not in line
    assert fields["error_type"] == "ValueError"
    ours = _parse_logfmt(logs.LogfmtFormatter().format(_record("bad", SettingsError("INTAKE_X: expected a number"))))
    assert ours["error"] == "INTAKE_X: expected a number"


def test_log_format_setting_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    from intake import settings

    assert settings.load(None, env={"INTAKE_LOG_FORMAT": "json"}).log_format == "json"
    with pytest.raises(SettingsError, match="INTAKE_LOG_FORMAT"):
        settings.load(None, env={"INTAKE_LOG_FORMAT": "xml"})


REQUEST = (
    b"From: Zbigniew Kowalczyk <zbigniew@kowalczyk.example>\r\nTo: dpo@example.org\r\n"
    b"Subject: Please delete my data\r\nMessage-ID: <logs-1@kowalczyk.example>\r\n\r\n"
    b"I am Zbigniew Kowalczyk, I work at Globex. Please delete my personal data.\r\n"
)


@pytest.mark.slow
def test_intake_run_logs_json_lines_with_ids_and_no_requester(tmp_path, sink: tuple[Sink, int]) -> None:  # type: ignore[no-untyped-def]
    service = Service(tmp_path, service_env(tmp_path, sink[1], INTAKE_LOG_FORMAT="json"))
    service.start()
    try:
        with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=30) as client:
            client.sendmail("zbigniew@kowalczyk.example", ["dpo@example.org"], REQUEST)
        assert sink[0].wait(1, timeout=60)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "message processed" not in service.log.read_text():
            time.sleep(0.2)
    finally:
        service.stop()
    lines = [json.loads(line) for line in service.log.read_text().splitlines() if line.startswith("{")]
    events = {line["msg"]: line for line in lines}
    assert {"message stored", "message processed"} <= set(events), [line["msg"] for line in lines]
    assert isinstance(events["message stored"]["message_pk"], int)
    assert events["message processed"]["case"] is not None and events["message processed"]["kind"] == "request"
    assert all(TIME.fullmatch(line["time"]) for line in lines)
    text = json.dumps(lines).lower()
    assert "kowalczyk" not in text and "zbigniew" not in text and "globex" not in text
