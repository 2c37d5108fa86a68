"""One typed settings object, read from a TOML file and overridden by INTAKE_* environment variables."""

from __future__ import annotations

import dataclasses
import os
import re
import secrets
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, get_type_hints

from intake import organisations
from intake.errors import SettingsError

# Hand-written rather than pydantic-settings: the loader is a dataclass walk of ~150 lines that names the file, the
# table and the key in one line for every error (test_settings pins them); pydantic-settings reports a list of
# validation errors per model, reads sections only as nested env names, and would replace the dataclasses every
# stage imports, for no gain in what an operator sees.
from intake.sections import (
    AUTHSERV_ID,
    DeadlineConfig,
    ExtractConfig,
    FulfilmentConfig,
    OrganisationConfig,
    OutboundConfig,
    PolicyConfig,
    RetentionConfig,
    SmtpConfig,
    VerifyConfig,
    convert,
    read,
)

T = TypeVar("T")


@dataclass
class Settings:
    """Every setting, its default and its meaning (the README table is checked against these docs)."""

    database_url: str = "sqlite:///var/intake.db"
    """SQLAlchemy URL of the database; SQLite by default, postgresql+psycopg://... at scale."""
    dpo_addresses: list[str] = field(default_factory=lambda: ["dpo@localhost"])
    """Addresses the SMTP server accepts mail for (comma list in the environment)."""
    smtp_listen: str = "127.0.0.1:2525"
    """host:port of the embedded SMTP server."""
    outbound: str = "file:var/outbox"
    """Outgoing transport: file:DIR, smtp://host:port or smtp+starttls://user:pass@host:port."""
    organisation: str = "Example Organisation"
    """Organisation name used in replies."""
    from_address: str = ""
    """From address of replies; empty means the first DPO address."""
    max_message_bytes: int = 25_000_000
    """Largest message the SMTP server accepts (552 above)."""
    var_dir: str = "var"
    """Folder for the database, the server secret and the file outbox."""
    secret: str = ""
    """Server secret for signed Message-IDs; empty means var/secret, created on first use."""
    templates_dir: str = ""
    """Folder whose templates override the built-in ones in intake/letters/templates/."""
    default_language: str = "en"
    """Language of replies when the requester's language has no template."""
    hinglish_reply: str = "en"
    """Language of replies to Hinglish (Hindi in Latin script): en, or hi for letters in Devanagari Hindi."""
    auto_acknowledge: bool = True
    """Send the automatic acknowledgement to human requests."""
    worker_poll_seconds: float = 0.5
    """How often the worker looks for new messages when idle."""
    worker_time_limit: int = 60
    """Seconds one message may take to process before the worker is restarted."""
    lease_seconds: int = 60
    """Seconds a claimed message or a mail in delivery stays leased unless renewed; then another process takes it."""
    max_attempts: int = 3
    """Attempts before a message that crashes the worker is quarantined."""
    worker_batch: int = 10
    """Messages a worker claims at once and commits together, each in its own savepoint (1: one at a time)."""
    send_retry_seconds: int = 30
    """First back-off after a failed delivery (doubles each time)."""
    send_max_attempts: int = 8
    """Delivery attempts before an outgoing message is marked failed."""
    web_listen: str = "127.0.0.1:8025"
    """host:port of the web interface."""
    user: str = ""
    """Name recorded in the audit trail for CLI actions; empty means the login name."""
    log_format: str = "logfmt"
    """Log lines on stderr as logfmt (key=value) or json (one object per line)."""
    health_stuck_seconds: int = 900
    """GET /healthz answers 503 when the oldest message waiting for the worker has waited longer than this."""
    metrics_token: str = ""
    """Bearer token GET /metrics asks for; empty means only this machine (loopback) may read it, without one."""

    # The tables of intake.toml ([verify], [[mailbox]]...), as read; not settings of their own.
    tables: dict[str, Any] = field(default_factory=dict, repr=False, metadata={"table": True})
    # The tables every message needs, typed and checked once here, so a bad key stops the start, not a message.
    extract: ExtractConfig = field(init=False, repr=False, metadata={"table": True})
    verify: VerifyConfig = field(init=False, repr=False, metadata={"table": True})
    deadline: DeadlineConfig = field(init=False, repr=False, metadata={"table": True})
    policy: PolicyConfig = field(init=False, repr=False, metadata={"table": True})
    # [outbound]: named apart from the top-level `outbound` (the transport), which stays a plain string.
    outbound_auth: OutboundConfig = field(init=False, repr=False, metadata={"table": True})
    # [smtp]: read at load, as the worker needs its authserv-id for every message the SMTP server received.
    smtp: SmtpConfig = field(init=False, repr=False, metadata={"table": True})
    # [organisation]: the Art. 15 information; named apart from the top-level `organisation` (the name in replies).
    organisation_info: OrganisationConfig = field(init=False, repr=False, metadata={"table": True})
    fulfilment: FulfilmentConfig = field(init=False, repr=False, metadata={"table": True})
    retention: RetentionConfig = field(init=False, repr=False, metadata={"table": True})
    # Several organisations ([[organisation]], intake/organisations.py): whose settings these are, the environment
    # its tables are read with (None: os.environ), every organisation's Settings by id (empty: only this one), and
    # the SMTP server's authserv-id, which each organisation's verification trusts though its From domain differs.
    organisation_id: str = field(default=organisations.DEFAULT, metadata={"table": True})
    environ: dict[str, str] | None = field(default=None, repr=False, metadata={"table": True})
    tenants: dict[str, Settings] = field(default_factory=dict, repr=False, compare=False, metadata={"table": True})
    server_authserv_id: str = field(default="", repr=False, metadata={"table": True})

    def __post_init__(self) -> None:
        env = self.environ
        self.extract = read(self.tables, "extract", ExtractConfig, env)
        self.verify = read(self.tables, "verify", VerifyConfig, env)
        self.deadline = read(self.tables, "deadline", DeadlineConfig, env)
        self.policy = read(self.tables, "policy", PolicyConfig, env)
        self.outbound_auth = read(self.tables, "outbound", OutboundConfig, env)
        self.smtp = read(self.tables, "smtp", SmtpConfig, env)
        self.organisation_info = read(self.tables, "organisation", OrganisationConfig, env)
        self.fulfilment = read(self.tables, "fulfilment", FulfilmentConfig, env)
        self.retention = read(self.tables, "retention", RetentionConfig, env)

    @property
    def organisations(self) -> list[str]:
        """The ids of the deployment's organisations: those of [[organisation]], or `default` alone."""
        return list(self.tenants) or [self.organisation_id]

    @property
    def multi(self) -> bool:
        """Several organisations share this deployment: cases, records and pages are kept apart by organisation."""
        return bool(self.tenants)

    def tenant(self, org: str) -> Settings:
        """The Settings of organisation `org` (the stages take them as they take any Settings)."""
        if not self.tenants and org == self.organisation_id:
            return self
        if org not in self.tenants:
            known = ", ".join(self.organisations)
            raise SettingsError(f"organisation {org!r}: no [[organisation]] in intake.toml has this id ({known})")
        return self.tenants[org]

    def routes(self) -> dict[str, str]:
        """Each DPO address (lower case) and the id of the organisation whose mail it receives."""
        owners = {t.organisation_id: t.dpo_addresses for t in (self.tenants or {"": self}).values()}
        return organisations.claims(owners, "intake.toml")

    @property
    def reply_from(self) -> str:
        return self.from_address or self.dpo_addresses[0]

    @property
    def authserv_id(self) -> str:
        """The authserv-id the embedded SMTP server stamps: [smtp] authserv_id, or the reply From's domain."""
        if self.server_authserv_id:
            return self.server_authserv_id
        domain = self.reply_from.rpartition("@")[2].lower()
        return self.smtp.authserv_id.lower() or (domain if AUTHSERV_ID.match(domain) else "localhost")

    def verify_for(self, source: str) -> VerifyConfig:
        """[verify] for a message from `source`: mail the embedded SMTP server received and authenticated also
        trusts that server's own authserv-id (it removed incoming headers claiming it), and only that mail: an
        IMAP mailbox or a file may carry a forged header with our id, which nobody removed."""
        if source != "smtp" or not self.smtp.authenticate:
            return self.verify
        return dataclasses.replace(
            self.verify, trusted_authserv_ids=[*self.verify.trusted_authserv_ids, self.authserv_id]
        )

    @property
    def var_path(self) -> Path:
        return Path(self.var_dir)

    def server_secret(self) -> bytes:
        """The HMAC key for Message-IDs we send, created once and kept in var/secret."""
        if self.secret:
            return self.secret.encode()
        path = self.var_path / "secret"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            # Written to a private temporary name, then linked into place: of two processes starting together one
            # wins and the other reads the winner's key, never a half-written or a second one.
            tmp = path.with_name(f".secret.{os.getpid()}.{secrets.token_hex(4)}")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_hex(32))
            try:
                os.link(tmp, path)
            except FileExistsError:
                pass
            finally:
                tmp.unlink()
        return path.read_text().strip().encode()


def _validate(s: Settings) -> None:
    for key in ("smtp_listen", "web_listen"):
        host, _, port = getattr(s, key).rpartition(":")
        if not host or not port.isdigit() or not 0 <= int(port) < 65536:
            raise SettingsError(f"INTAKE_{key.upper()}: expected host:port, got {getattr(s, key)!r}")
    if not s.dpo_addresses or any("@" not in a for a in s.dpo_addresses):
        raise SettingsError(f"INTAKE_DPO_ADDRESSES: expected a comma list of addresses, got {s.dpo_addresses!r}")
    if not s.outbound.startswith(("file:", "smtp://", "smtp+starttls://", "smtps://")):
        raise SettingsError(
            f"INTAKE_OUTBOUND: expected file:DIR, smtp://host:port or smtp+starttls://..., got {s.outbound!r}"
        )
    if s.lease_seconds < 5:
        raise SettingsError("INTAKE_LEASE_SECONDS: must be at least 5 (a heartbeat renews it every quarter of it)")
    if s.log_format not in {"logfmt", "json"}:
        raise SettingsError(f"INTAKE_LOG_FORMAT: expected logfmt or json, got {s.log_format!r}")
    if s.health_stuck_seconds < 1:
        raise SettingsError("INTAKE_HEALTH_STUCK_SECONDS: must be at least 1")
    if s.metrics_token and len(s.metrics_token) < 16:
        raise SettingsError(
            "INTAKE_METRICS_TOKEN: use at least 16 characters (python -c 'import secrets; "
            "print(secrets.token_urlsafe())')"
        )
    if s.hinglish_reply not in {"en", "hi"}:
        raise SettingsError(f"INTAKE_HINGLISH_REPLY: expected en or hi, got {s.hinglish_reply!r}")
    if s.max_attempts < 1:
        raise SettingsError("INTAKE_MAX_ATTEMPTS: must be at least 1")
    if not 1 <= s.worker_batch <= 1000:
        raise SettingsError(f"INTAKE_WORKER_BATCH: expected 1 to 1000, got {s.worker_batch}")


def load(config: str | Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Read the TOML file (intake.toml by default, if present) then the INTAKE_* environment."""
    env = dict(os.environ if env is None else env)
    path = Path(config or env.get("INTAKE_CONFIG") or "intake.toml")
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text())
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{path}: not valid TOML ({exc})") from None
    elif config:
        raise SettingsError(f"{path}: configuration file not found")
    hints = get_type_hints(Settings)
    names = {f.name for f in _own_fields()}
    values: dict[str, Any] = {}
    # Tables in the TOML file (e.g. [[mailbox]], [verify]) belong to their own modules; keep them aside.
    extra: dict[str, Any] = {}
    several = data.pop("organisation") if isinstance(data.get("organisation"), list) else None
    for key, raw in data.items():
        if key in names and not (key in {"outbound", "organisation"} and isinstance(raw, dict)):  # tables, below
            values[key] = convert(key, raw, hints[key], str(path))
        elif isinstance(raw, (dict, list)) and not isinstance(raw, str):
            extra[key] = raw
        else:
            raise SettingsError(f"{path}: unknown key {key!r}")
    # `outbound` is both the transport (a string) and the [outbound] table; TOML holds only one of them, so the
    # table may carry the transport. INTAKE_OUTBOUND (an exact name, never INTAKE_OUTBOUND_<KEY>) wins over both.
    table = extra.get("outbound")
    if isinstance(table, dict) and table.get("transport"):
        values["outbound"] = convert("[outbound] transport", table["transport"], str, str(path))
    if env.get("INTAKE_OUTBOUND_TRANSPORT"):
        values["outbound"] = env["INTAKE_OUTBOUND_TRANSPORT"]
    # Likewise `organisation`: the name, or the [organisation] table whose `name` stands in for it.
    table = extra.get("organisation")
    if isinstance(table, dict) and table.get("name"):
        values["organisation"] = convert("[organisation] name", table["name"], str, str(path))
    if env.get("INTAKE_ORGANISATION_NAME"):
        values["organisation"] = env["INTAKE_ORGANISATION_NAME"]
    for key in names:
        env_key = f"INTAKE_{key.upper()}"
        if env_key in env:
            values[key] = convert(key, env[env_key], hints[key], "environment")
    settings = Settings(**values, tables=extra)
    _validate(settings)
    if several is not None:
        _tenants(settings, organisations.read(several, hints, str(path)), str(path))
    return settings


def _tenants(base: Settings, entries: list[organisations.Entry], where: str) -> None:
    """One Settings per [[organisation]]: the top level, with the organisation's own values and tables over it."""
    for entry in entries:
        tables = {**base.tables, **entry.tables}
        try:
            tenant = dataclasses.replace(
                base,
                **entry.values,
                tables=tables,
                environ=organisations.environment(dict(os.environ), entry),
                organisation_id=entry.id,
                server_authserv_id=base.authserv_id,
            )
            _validate(tenant)
        except SettingsError as exc:
            # "INTAKE_DPO_ADDRESSES: ..." names the environment's key; here it is the organisation's own.
            message = re.sub(r"^INTAKE_([A-Z_]+)", lambda m: m[1].lower(), str(exc))
            raise SettingsError(f"{where}: [[organisation]] {entry.id} {message}") from None
        base.tenants[entry.id] = tenant
    for tenant in base.tenants.values():
        tenant.tenants = base.tenants
    owners = {org: t.dpo_addresses for org, t in base.tenants.items()}
    organisations.claims(owners, where)


def documented() -> list[tuple[str, str, str]]:
    """(environment name, default, description) for each setting: the source of the README table."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(Settings))
    docs: dict[str, str] = {}
    body = tree.body[0].body  # type: ignore[attr-defined]
    for node, nxt in zip(body, body[1:], strict=False):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(nxt, ast.Expr)
            and isinstance(nxt.value, ast.Constant)
        ):
            docs[node.target.id] = str(nxt.value.value)
    rows = []
    for f in _own_fields():
        factory = f.default_factory
        default = f.default if f.default is not dataclasses.MISSING or factory is dataclasses.MISSING else factory()
        if isinstance(default, list):
            default = ",".join(default)
        rows.append((f"INTAKE_{f.name.upper()}", str(default), docs.get(f.name, "")))
    return rows


def _own_fields() -> list[dataclasses.Field[Any]]:
    """The top-level settings, each with its INTAKE_* variable (the tables have their own names)."""
    return [f for f in dataclasses.fields(Settings) if not f.metadata.get("table")]


def section(settings: Settings, name: str, cls: type[T], env: dict[str, str] | None = None) -> T:
    """A table of settings read by the one module that needs it (the web face, the IMAP mailboxes).

    The tables every message needs are read once when settings load (`settings.verify`...); a face or a
    source that starts once reads its own with `section(settings, "web", WebConfig)`. Errors name the key.
    """
    return read(settings.tables, name, cls, settings.environ if env is None else env)
