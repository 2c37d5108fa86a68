"""Configuration: TOML file, INTAKE_* overrides, and one-line errors that name the key."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from intake import settings
from intake.errors import SettingsError


def test_environment_overrides_the_toml_file(tmp_path: Path) -> None:
    config = tmp_path / "intake.toml"
    config.write_text('organisation = "From File"\ndpo_addresses = ["a@example.org", "b@example.org"]\n')
    s = settings.load(config, env={"INTAKE_ORGANISATION": "From Env"})
    assert s.organisation == "From Env"
    assert s.dpo_addresses == ["a@example.org", "b@example.org"]
    assert settings.load(config, env={"INTAKE_DPO_ADDRESSES": "x@example.org, y@example.org"}).dpo_addresses == [
        "x@example.org",
        "y@example.org",
    ]


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"INTAKE_SMTP_LISTEN": "nonsense"}, "INTAKE_SMTP_LISTEN"),
        ({"INTAKE_MAX_MESSAGE_BYTES": "lots"}, "max_message_bytes"),
        ({"INTAKE_AUTO_ACKNOWLEDGE": "perhaps"}, "auto_acknowledge"),
        ({"INTAKE_OUTBOUND": "carrier-pigeon://x"}, "INTAKE_OUTBOUND"),
        ({"INTAKE_DPO_ADDRESSES": "not-an-address"}, "INTAKE_DPO_ADDRESSES"),
    ],
)
def test_bad_value_is_an_error_naming_the_key(env: dict[str, str], named: str) -> None:
    with pytest.raises(SettingsError, match=named):
        settings.load(None, env=env)


def test_unknown_key_in_the_file_is_named(tmp_path: Path) -> None:
    config = tmp_path / "intake.toml"
    config.write_text("organisaton = 'typo'\n")
    with pytest.raises(SettingsError, match="organisaton"):
        settings.load(config, env={})


def test_bad_configuration_is_one_line_on_stderr_not_a_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "intake.cli", "cases"],
        env={**os.environ, "INTAKE_SMTP_LISTEN": "nonsense", "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path}/x.db"},
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == ["error: INTAKE_SMTP_LISTEN: expected host:port, got 'nonsense'"]


def test_missing_config_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="nowhere.toml"):
        settings.load(tmp_path / "nowhere.toml", env={})


def test_smtp_port_in_use_is_one_line_naming_the_setting(tmp_path: Path) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {
            **os.environ,
            "INTAKE_SMTP_LISTEN": f"127.0.0.1:{port}",
            "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path}/x.db",
            "INTAKE_VAR_DIR": str(tmp_path / "var"),
        }
        subprocess.run([sys.executable, "-m", "intake.cli", "db", "upgrade"], env=env, cwd=tmp_path, check=True)
        result = subprocess.run(
            [sys.executable, "-m", "intake.cli", "run", "--no-web", "--no-worker"],
            env=env,
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=120,
        )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"error: INTAKE_SMTP_LISTEN: cannot listen on 127.0.0.1:{port}" in result.stderr


@pytest.mark.parametrize(
    ("table", "named"),
    [
        ('nameservers = ["dns.example.org"]', "[smtp] nameservers"),  # no DNS to find the DNS
        ('nameservers = ["127.0.0.1:99999"]', "[smtp] nameservers"),
        ('authserv_id = "mx.example.org; dmarc=pass"', "[smtp] authserv_id"),
        ("dns_budget = 0", "[smtp] dns_budget"),
    ],
)
def test_a_bad_smtp_setting_is_named(tmp_path: Path, table: str, named: str) -> None:
    config = tmp_path / "intake.toml"
    config.write_text(f"[smtp]\n{table}\n")
    with pytest.raises(SettingsError, match=re.escape(named)):
        settings.load(config, env={})


def test_the_embedded_servers_authserv_id_is_trusted_for_its_own_mail_only(tmp_path: Path) -> None:
    config = tmp_path / "intake.toml"
    config.write_text('[smtp]\nnameservers = ["127.0.0.1:5353", "[::1]"]\n[verify]\ntrusted_authserv_ids = ["mx.b"]\n')
    s = settings.load(config, env={"INTAKE_DPO_ADDRESSES": "dpo@Example.ORG"})
    assert s.smtp.servers == [("127.0.0.1", 5353), ("::1", 53)]
    assert s.authserv_id == "example.org"  # the reply From's domain by default
    assert s.verify_for("smtp").trusted_authserv_ids == ["mx.b", "example.org"]
    assert s.verify_for("imap").trusted_authserv_ids == s.verify_for("file").trusted_authserv_ids == ["mx.b"]


def test_processes_starting_together_share_one_server_secret(tmp_path: Path) -> None:
    import multiprocessing

    env = {"INTAKE_VAR_DIR": str(tmp_path / "var"), "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path / 'i.db'}"}
    context = multiprocessing.get_context("fork")
    with context.Pool(4) as pool:
        keys = pool.map(_secret_of, [env] * 8)
    assert len(set(keys)) == 1 and len(keys[0]) == 64  # one key, whole, whoever created it
    assert [p.name for p in (tmp_path / "var").iterdir()] == ["secret"]  # no temporary file left


def _secret_of(env: dict[str, str]) -> bytes:
    return settings.load(None, env=env).server_secret()
