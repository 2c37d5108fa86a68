"""The tables of intake.toml that stages read for every message, typed, checked and built once when settings load."""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar, get_type_hints

from intake import workdays
from intake.delivery import check_link_keys
from intake.errors import SettingsError

T = TypeVar("T")

# A quantified group whose last item is itself quantified, e.g. (a+)+ or (\w*)*: the shape of catastrophic
# backtracking. Configured patterns and the phrase tables must not contain it (a test checks every table).
NESTED_QUANTIFIER = re.compile(r"[+*]\)[+*{]|[+*]\)\?[+*]")
# The laws a due date can follow; intake.policy.deadline holds each one's rules (a test keeps the two in step).
JURISDICTIONS = (
    "eu", "uk", "california", "india", "brazil", "south_africa", "turkey", "switzerland", "japan", "china", "korea",
    "us_state", "indonesia",
)  # fmt: skip


def convert(key: str, raw: Any, typ: Any, source: str) -> Any:
    """Turn a TOML or environment value into the field's type, or say which key is wrong."""
    where = f"{source} {key}"
    try:
        if typ is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off"}:
                return False
            raise ValueError
        if typ is int:
            if isinstance(raw, bool):
                raise ValueError
            return int(str(raw).replace("_", ""))
        if typ is float:
            return float(raw)
        if typ == list[str]:
            items = raw if isinstance(raw, list) else str(raw).split(",")
            return [str(x).strip() for x in items if str(x).strip()]
        if typ is str:
            if isinstance(raw, (dict, list)):
                raise ValueError
            return str(raw)
    except ValueError:
        name = getattr(typ, "__name__", str(typ))
        raise SettingsError(f"{where}: expected {name}, got {raw!r}") from None
    return raw


def read(tables: dict[str, Any], name: str, cls: type[T], env: dict[str, str] | None = None) -> T:
    """The dataclass `cls` from the TOML table [name] and INTAKE_<NAME>_<KEY> (the environment wins).

    Errors name the key, like those of the top-level settings.
    """
    env = dict(os.environ if env is None else env)
    table = tables.get(name, {})
    if not isinstance(table, dict):
        raise SettingsError(f"[{name}]: expected a table")
    hints = get_type_hints(cls)
    names = {f.name for f in fields(cls) if f.init}  # type: ignore[arg-type]  # not what a table derives itself
    values: dict[str, Any] = {}
    for key, raw in table.items():
        if key not in names:
            raise SettingsError(f"[{name}]: unknown key {key!r}")
        values[key] = convert(f"[{name}] {key}", raw, hints[key], "config")
    for key in names:
        env_key = f"INTAKE_{name.upper()}_{key.upper()}"
        if env_key in env:
            values[key] = convert(key, env[env_key], hints[key], "environment")
    return cls(**values)


@dataclass
class ExtractConfig:
    """The knobs of extraction ([extract] in intake.toml, INTAKE_EXTRACT_<KEY>)."""

    identifier_patterns: list[str] = field(default_factory=lambda: [r"\b(?:CUST|EMP|ACC)-?\d{4,12}\b"])
    """Regexes for the organisation's own customer, account or employee ids (found anywhere in the request)."""
    phone_region: str = "GB"
    """Region for phone numbers written without a country code when the language does not suggest one."""
    max_chars: int = 50_000
    """Characters of body text analysed; the rest of a huge body is stored, not read."""

    def __post_init__(self) -> None:
        # A bad identifier pattern is named when settings load, not silently skipped at the first mail.
        for pattern in self.identifier_patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise SettingsError(
                    f"[extract] identifier_patterns: {pattern!r} is not a regular expression ({exc})"
                ) from None
            if NESTED_QUANTIFIER.search(pattern):
                raise SettingsError(
                    f"[extract] identifier_patterns: {pattern!r} nests quantifiers; it could hang on bad input"
                )
        if len(self.phone_region) != 2:
            raise SettingsError(
                f"[extract] phone_region: expected a two-letter region like GB, got {self.phone_region!r}"
            )


@dataclass
class VerifyConfig:
    """The knobs of identity verification ([verify] in intake.toml, INTAKE_VERIFY_<KEY>); defaults are measured."""

    min_points: int = 2
    """Independent data points that must agree strongly before a requester is verified."""
    min_bits: float = 20.0
    """Total evidence (in bits) a verified candidate needs; two very common values (John Smith at a big client)
    fall short."""
    margin_bits: float = 10.0
    """How much more evidence the best candidate needs than the runner-up; closer is `ambiguous`."""
    strong_name: float = 0.93
    """Name score (aligned Jaro-Winkler with nicknames and initials) that counts as a strong agreement."""
    strong_word: float = 0.88
    """Similarity every aligned word of a strongly agreeing name needs (Jaro-Winkler; nicknames count 0.94)."""
    strong_employer: float = 0.90
    """Employer score (mean of token set and token sort ratios, legal forms removed) that counts as strong."""
    strong_address: float = 0.85
    """Address score (token sort ratio) that counts as a strong agreement."""
    private_points_from_elsewhere: int = 2
    """Data points beyond name, employer and email that must agree before a request from an unauthenticated
    address other than the one on record is verified. 2 resists a colleague who also knows the office address;
    1 accepts any two data points (name and birth date, say), whatever mailbox the reply then goes to."""
    max_candidates: int = 8
    """Candidates compared per request, those whose shared blocking keys weigh the most (an exact email, phone or
    customer number most, an initial with a family name least)."""
    population: int = 1000
    """Pseudo-count for value frequencies, so a small record set does not make every name look unique."""
    trusted_authserv_ids: list[str] = field(default_factory=list)
    """authserv-ids of our own receiving servers whose Authentication-Results dmarc=pass makes From trustworthy."""
    trusted_headers: list[str] = field(default_factory=list)
    """'Header: value' pairs our authenticated path adds (and strips from incoming mail), e.g. 'X-Intake-Auth: yes'."""
    confirm_via_record: bool = True
    """Ask the address on record to confirm a request whose data points agree but come from another mailbox (or
    from that address unauthenticated): a reply carrying the one-time code verifies the case."""
    confirmation_days: int = 7
    """Days a confirmation code stays valid; after that a reply verifies nothing."""
    confirmations_per_address: int = 3
    """Confirmations sent to one address on record within confirmation_days, so nobody can flood a person's
    mailbox by naming them in requests."""


@dataclass
class DeadlineConfig:
    """The [deadline] table of intake.toml (or INTAKE_DEADLINE_<KEY>)."""

    default_jurisdiction: str = "eu"
    """Law applied when the mail carries no cue (one of eu, uk, california, india)."""
    follow_cues: bool = True
    """Let cues in the mail ("California resident") choose the law; off means always the default."""
    dpdp_days: int = 90
    """Days to answer a grievance under India's DPDP Act.

    DPDP Rules 2025, Rule 14(3): grievances are answered "within a reasonable period not exceeding
    ninety days". Rule 14 comes into force on 13 May 2027 (18 months after notification on
    13 Nov 2025); until then the Act (s. 13) sets no number, so 90 is the outer limit we plan for.
    """
    dpdp_clock_pauses: bool = False
    """Whether the DPDP period stops while we wait for the requester; the Rules are silent, so by default it runs on."""
    ccpa_confirm_business_days: int = 10
    """Business days to confirm receipt of a CCPA request (CCPA Regulations, 11 CCR § 7021(a))."""
    ccpa_days: int = 45
    """Calendar days to answer a CCPA/CPRA request (Cal. Civ. Code § 1798.130(a)(2)(A))."""
    holidays_country: str = ""
    """The controller's country ("de", "de-by"): its public holidays move a GDPR period's end; empty: weekends only."""

    def __post_init__(self) -> None:
        if self.default_jurisdiction not in JURISDICTIONS:
            known = ", ".join(JURISDICTIONS)
            raise SettingsError(
                f"[deadline] default_jurisdiction: unknown {self.default_jurisdiction!r}; use one of {known}"
            )
        for key in ("dpdp_days", "ccpa_days", "ccpa_confirm_business_days"):
            if getattr(self, key) < 1:
                raise SettingsError(f"[deadline] {key}: must be at least 1")
        self.holidays_country = workdays.check(self.holidays_country)


@dataclass
class PolicyConfig:
    """The policy's own knobs ([policy] in intake.toml, INTAKE_POLICY_<KEY>)."""

    auto_send_safe: bool = True  # clarification and verification-needed replies leave without approval
    excessive_requests_per_year: int = 4  # more than this many from one requester in 12 months is flagged
    notify_employer: bool = True  # draft a notice to the employer's admin contact on a redirected erasure
    # Where a letter tells the requester to complain: "" picks the authority of the requester's country (a
    # jurisdiction cue, or a language spoken in one country) and otherwise lets each letter say it in its own
    # language; a country code ("ie", "de", "us-ca": intake/letters/authorities.py) always names that one; any
    # other text is printed as written, in every language.
    supervisory_authority: str = ""
    retention_days: int = 45  # the statement's Data Retention section: expired data is removed after 45 days
    # The budget of automatic mail (mail that leaves without a person's approval), so that no auto-responder,
    # however badly behaved, can drive intake into a loop. A mail held back leaves the case and its clock alone.
    automatic_per_case: int = 3  # automatic mails one case may ever send; then the DPO answers
    automatic_per_recipient_hour: int = 3  # automatic mails to one address in any hour
    automatic_per_recipient_day: int = 5  # and in any 24 hours
    automatic_per_hour: int = 2000  # all automatic mail in an hour; above it automatic sending pauses (circuit breaker)
    bounce_quiet_days: int = 60  # no automatic mail to an address for this long after it bounced permanently

    def __post_init__(self) -> None:
        for key in ("automatic_per_case", "automatic_per_recipient_hour", "automatic_per_recipient_day"):
            if getattr(self, key) < 1:
                raise SettingsError(f"[policy] {key}: must be at least 1 (the acknowledgement needs one)")
        if self.automatic_per_hour < 1:
            raise SettingsError("[policy] automatic_per_hour: must be at least 1")


@dataclass
class OutboundConfig:
    """How outgoing mail is authenticated ([outbound] in intake.toml, INTAKE_OUTBOUND_<KEY>).

    Not the transport: that is the top-level `outbound` (INTAKE_OUTBOUND), which a TOML file holding this table
    cannot also set, as TOML has one value per key; `transport` here stands in for it then.
    """

    transport: str = ""
    """The outgoing transport, for a TOML file with an [outbound] table; INTAKE_OUTBOUND still wins."""
    dkim_key: str = ""
    """Path of the PEM private key that DKIM-signs every outgoing message; empty means unsigned."""
    dkim_selector: str = ""
    """DKIM selector: the public key is published at <selector>._domainkey.<domain>."""
    dkim_domain: str = ""
    """Signing domain (d=); empty means the domain of the reply From address."""
    private_key: bytes = field(default=b"", init=False, repr=False)  # read once at start, so every send signs alike

    def __post_init__(self) -> None:
        if bool(self.dkim_key) != bool(self.dkim_selector):
            given, needed = ("dkim_key", "dkim_selector") if self.dkim_key else ("dkim_selector", "dkim_key")
            raise SettingsError(
                f"[outbound] {given} is set, so {needed} is needed too (INTAKE_OUTBOUND_{needed.upper()})"
            )
        if not self.dkim_key:
            return
        try:
            self.private_key = Path(self.dkim_key).read_bytes()
        except OSError as exc:
            raise SettingsError(f"[outbound] dkim_key: cannot read {self.dkim_key} ({exc.strerror})") from None
        if b"PRIVATE KEY-----" not in self.private_key:
            raise SettingsError(f"[outbound] dkim_key: {self.dkim_key} is not a PEM private key")


# An authserv-id we write ourselves: a domain-like token (RFC 8601 2.2), never anything a parser could misread.
AUTHSERV_ID = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$")


@dataclass
class SmtpConfig:
    """How the embedded SMTP server authenticates what it receives ([smtp] in intake.toml, INTAKE_SMTP_<KEY>)."""

    authenticate: bool = True
    """Check SPF, DKIM and DMARC of each message and put the result on top of it as Authentication-Results; off
    when a border server that adds its own relays to intake (list that server's id in [verify] trusted_authserv_ids)."""
    authserv_id: str = ""
    """Our authserv-id in that header; empty means the domain of the reply From address. Not a border server's id."""
    nameservers: list[str] = field(default_factory=list)
    """DNS servers for the checks, as IP or IP:port ([::1]:53 for IPv6); empty means the system's (/etc/resolv.conf)."""
    dns_timeout: float = 2.0
    """Seconds one DNS query may take."""
    dns_budget: float = 8.0
    """Seconds all the DNS of one message may take; a check it cuts short is a temperror, the message is stored."""

    def __post_init__(self) -> None:
        if self.authserv_id and not AUTHSERV_ID.match(self.authserv_id):
            raise SettingsError(
                f"[smtp] authserv_id: expected a domain name like mx.example.org, got {self.authserv_id!r}"
            )
        for key in ("dns_timeout", "dns_budget"):
            if not 0 < getattr(self, key) <= 600:
                raise SettingsError(f"[smtp] {key}: expected seconds between 0 and 600, got {getattr(self, key)!r}")
        self.servers  # noqa: B018 (a bad server is named when settings load, not at the first mail)

    @property
    def servers(self) -> list[tuple[str, int]]:
        """`nameservers` as (address, port)."""
        return [_nameserver(item) for item in self.nameservers]


def _nameserver(item: str) -> tuple[str, int]:
    """'192.0.2.1', '192.0.2.1:5353', '::1' or '[::1]:5353' as (address, port); a host name is refused (no DNS
    to find the DNS)."""
    host, port = item, "53"
    if item.startswith("["):
        host, _, rest = item[1:].partition("]")
        port = rest.removeprefix(":") or "53"
    elif item.count(":") == 1:
        host, _, port = item.partition(":")
    try:
        address = str(ipaddress.ip_address(host))
        number = int(port)
        if not 0 < number < 65536:
            raise ValueError
    except ValueError:
        raise SettingsError(
            f"[smtp] nameservers: expected an IP address or IP:port like 127.0.0.1:5353, got {item!r}"
        ) from None
    return address, number


@dataclass
class OrganisationConfig:
    """Who the organisation is and what GDPR Art. 15(1) says about its processing ([organisation] in intake.toml,
    INTAKE_ORGANISATION_<KEY>): filled in once from the privacy statement, quoted in every access reply."""

    name: str = ""
    """The organisation's name in replies, for a TOML file with an [organisation] table (it cannot also hold the
    top-level `organisation`); INTAKE_ORGANISATION still wins."""
    purposes: list[str] = field(default_factory=list)
    """The purposes of the processing and their legal bases, one item each (Art. 15(1)(a))."""
    categories: list[str] = field(default_factory=list)
    """The categories of personal data held (Art. 15(1)(b))."""
    recipients: list[str] = field(default_factory=list)
    """The recipients or categories of recipients the data is disclosed to (Art. 15(1)(c))."""
    retention: str = ""
    """How long the data is kept, or the criteria that decide it (Art. 15(1)(d))."""
    source: str = ""
    """Where the data comes from when not from the subject (Art. 15(1)(g))."""

    def missing(self) -> list[str]:
        """The Art. 15 keys left empty: an access reply cannot leave without them."""
        keys = ("purposes", "categories", "recipients", "retention", "source")
        return [key for key in keys if not getattr(self, key)]


ERASURE_MODES = ("delete", "anonymise")
ATTACHMENT_FORMATS = ("json", "csv")


@dataclass
class FulfilmentConfig:
    """What approval carries out ([fulfilment] in intake.toml, INTAKE_FULFILMENT_<KEY>)."""

    attachments: list[str] = field(default_factory=lambda: list(ATTACHMENT_FORMATS))
    """Files an approved access or portability reply carries: json (personal-data.json), csv (personal-data.csv)."""
    erasure: str = "delete"
    """How an approved erasure treats a record nothing obliges us to keep: delete the row, or anonymise it (keep the
    subject_id and the fields under [retention] statutory, empty the rest)."""
    expire_roles: list[str] = field(default_factory=lambda: ["customer_contact"])
    """Roles whose erasure closes the account instead: it goes to `expired` and the purge removes it
    [policy] retention_days later (the statement's Data Retention section)."""
    deliver: str = "attach"
    """attach: the access and portability files go with the letter; link: the letter carries an expiring link."""
    link_days: int = 14
    """Days a download link works; then it answers 410 and the purge deletes the stored export."""
    link_url: str = ""
    """The web face's address as the requester reaches it (https://dpo.example.com; http only on loopback)."""
    link_downloads: int = 10
    """Downloads one link serves, all its files together (a forwarded or leaked link stops working); then 410."""

    def __post_init__(self) -> None:
        unknown = [a for a in self.attachments if a not in ATTACHMENT_FORMATS]
        if unknown or not self.attachments:
            raise SettingsError(f"[fulfilment] attachments: use json, csv or both, got {self.attachments!r}")
        if self.erasure not in ERASURE_MODES:
            raise SettingsError(f"[fulfilment] erasure: use delete or anonymise, got {self.erasure!r}")
        if self.deliver not in {"attach", "link"}:
            raise SettingsError(f"[fulfilment] deliver: use attach or link, got {self.deliver!r}")
        check_link_keys(self.deliver, self.link_url, self.link_days, self.link_downloads)


@dataclass
class RetentionConfig:
    """How long intake and the records keep what they keep ([retention] in intake.toml, INTAKE_RETENTION_<KEY>)."""

    cases_days: int = 1095
    """Days after a case closes before its mails, attachments and texts are deleted and the case is reduced to an
    anonymised register row (3 years: the usual accountability period)."""
    suspended_days: int = 45
    """Days after which a suspended account is closed: it moves to `expired` (the statement's Data Retention)."""
    statutory: list[str] = field(default_factory=list)
    """Fields an erasure keeps because a law says so, as "FIELD: why", e.g. "account_id: invoices, kept 10 years
    under commercial and tax law"; the erasure reply names each with its reason."""

    def __post_init__(self) -> None:
        for key in ("cases_days", "suspended_days"):
            if getattr(self, key) < 1:
                raise SettingsError(f"[retention] {key}: must be at least 1")
        self.kept  # noqa: B018 (a malformed entry is named when settings load, not at the first erasure)

    @property
    def kept(self) -> dict[str, str]:
        """`statutory` as field -> reason."""
        out: dict[str, str] = {}
        for item in self.statutory:
            name, sep, why = item.partition(":")
            if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name.strip()) or not why.strip():
                raise SettingsError(f'[retention] statutory: expected "FIELD: reason", got {item!r}')
            out[name.strip()] = why.strip()
        return out
