"""Extraction + the organisation's records -> IdentityMatch, with per-field evidence.

Three steps. Blocking: the request's normalised values become hashed keys (intake.keys) looked up in the
`subject_key` index, so only a dozen candidates are ever read, whatever the number of subjects. Comparison:
each candidate is compared field by field with a comparator chosen for the field (exact for normalised email,
phone, identifier and date; Jaro-Winkler aligned word by word, with nicknames and initials, for names; token-set
for employers; token-sort for addresses); each field gives a score in [0, 1] and a weight in bits, the log-odds
that a random other person would agree that well (rare names weigh more than common ones). Decision: `verified`
needs at least `min_points` independent data points agreeing strongly, enough bits, a clear margin over the
runner-up and no contradiction; a contradiction on an otherwise good candidate is a `mismatch`.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, JaroWinkler
from sqlalchemy.engine import Connection
from sqlmodel import Session

from intake.extract import Extraction
from intake.keys import (
    employer_key,
    fold,
    hkey,
    name_tokens,
    nickname_variants,
    norm_date,
    norm_email,
    norm_identifier,
    norm_phone,
    query_name_keys,
)
from intake.parse import ParsedEmail

STATUSES = ("verified", "ambiguous", "unverified", "mismatch")
# Fields that are independent data points: an agreement on each counts once towards `min_points`.
POINTS = ("name", "employer", "email", "phone", "identifier", "date_of_birth", "address")
# What a colleague or a web search would know. A mail from a foreign, unauthenticated address that only gets these
# right is an impersonation attempt (`mismatch`); with two other points agreeing it is a person using another
# mailbox, which is common and no reason to distrust the request.
PUBLIC_POINTS = frozenset({"name", "employer", "email"})
FROM_CONTRADICTION = "the mail comes from an unauthenticated address other than the one on record"
COLLEAGUE_CONTRADICTION = "the mail comes from another authenticated address at the record's own domain"
MAX_QUERY_KEYS = 400  # a 6-word name with nicknames could ask for thousands of keys; the first 400 suffice
MAX_NICKNAMES = 6
BLOCK_ROWS = 64  # subjects read per blocking key


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
    max_candidates: int = 12
    """Candidates compared per request, those sharing the most blocking keys (the true person shares several)."""
    population: int = 1000
    """Pseudo-count for value frequencies, so a small record set does not make every name look unique."""
    trusted_authserv_ids: list[str] = field(default_factory=list)
    """authserv-ids of our own receiving servers whose Authentication-Results dmarc=pass makes From trustworthy."""
    trusted_headers: list[str] = field(default_factory=list)
    """'Header: value' pairs our authenticated path adds (and strips from incoming mail), e.g. 'X-Intake-Auth: yes'."""


@dataclass
class FieldEvidence:
    """One compared data point: what the request said, what the record holds (masked), how they compared."""

    field: str
    request_value: str
    record_value: str
    comparator: str
    score: float
    weight: float = 0.0  # bits this field adds to (or takes from) the candidate's total
    outcome: str = ""  # strong, partial, differs, contradicts, not counted


@dataclass
class IdentityMatch:
    status: str = "unverified"
    subject_id: str | None = None  # set only when verified
    score: float = 0.0
    evidence: list[FieldEvidence] = field(default_factory=list)
    candidates: int = 0
    reasons: list[str] = field(default_factory=list)
    runner_up_score: float | None = None
    trusted_from: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def requester_facts(self) -> dict[str, Any]:
        """What a reply to the requester may use: nothing at all about the records until the case is verified."""
        if self.status != "verified":
            return {}
        return {"verified": True}


# --- masking ------------------------------------------------------------------------------------------------


def mask_email(value: str) -> str:
    local, _, domain = value.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"


def mask_phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if len(digits) < 4:
        return "***"
    head = f"+{digits[:2]} " if value.strip().startswith("+") else ""
    return f"{head}{'*' * 6} {digits[-2:]}"


def mask_name(value: str) -> str:
    return " ".join(f"{w[:1]}***" for w in value.split()[:MAX_NICKNAMES]) or "***"


def mask_identifier(value: str) -> str:
    return f"***{value[-3:]}" if len(value) > 4 else "***"


def mask_date(value: str) -> str:
    return f"{value[:4]}-**-**" if len(value) >= 4 else "***"


def mask_text(value: str) -> str:
    words = value.split()
    return f"{words[0][:12]} ***" if words else "***"


_MASKS = {
    "name": mask_name,
    "email": mask_email,
    "phone": mask_phone,
    "identifier": mask_identifier,
    "date_of_birth": mask_date,
    "address": mask_text,
}


def _masked(e: FieldEvidence) -> FieldEvidence:
    """The evidence as stored and shown: values masked (only the reported candidate's, so only once per request)."""
    mask = _MASKS.get(e.field)
    if mask is None:
        return e
    if e.field not in {"email", "phone", "identifier"}:  # only those hold lists ("a@x, b@y")
        request, record = mask(e.request_value), mask(e.record_value)
    else:
        request = ", ".join(mask(v) for v in e.request_value.split(", ") if v)
        record = ", ".join(mask(v) for v in e.record_value.split(", ") if v)
    return replace(e, request_value=request, record_value=record)


# --- trust in the From address --------------------------------------------------------------------------------

_DMARC_PASS = re.compile(r"(?:^|[;\s])dmarc\s*=\s*pass\b", re.I)
_HEADER_FROM = re.compile(r"header\.from\s*=\s*([^\s;()]+)", re.I)


def trusted_from(parsed: ParsedEmail, config: VerifyConfig) -> bool:
    """Whether the From address was authenticated by our own infrastructure.

    Only Authentication-Results headers whose authserv-id is one of ours count (RFC 8601: the border server
    removes incoming headers that claim its id, so a sender cannot forge them), and only dmarc=pass for the
    From domain. Alternatively a header our own authenticated submission path adds.
    """
    domain = parsed.from_addr.rpartition("@")[2].lower()
    ids = {i.strip().lower() for i in config.trusted_authserv_ids if i.strip()}
    if ids and domain:
        for name, value in parsed.headers:
            if name.lower() != "authentication-results":
                continue
            authserv = value.split(";", 1)[0].strip().split()
            if not authserv or authserv[0].lower() not in ids:
                continue
            for result in value.split(";")[1:]:
                if not _DMARC_PASS.search(result):
                    continue
                found = _HEADER_FROM.search(result)
                if found is None or found.group(1).lower().strip("<>\"'") == domain:
                    return True
    for rule in config.trusted_headers:
        name, _, expected = rule.partition(":")
        if name.strip() and parsed.header(name.strip()).strip().lower() == expected.strip().lower():
            return True
    return False


# --- the request, normalised once ------------------------------------------------------------------------------


@dataclass
class _Request:
    name: str
    tokens: tuple[str, ...]
    employer: str
    employer_key: str
    from_email: str | None
    other_emails: list[str]
    phones: list[str]
    identifiers: list[str]
    dob: str | None
    address: str

    @classmethod
    def of(cls, extraction: Extraction, parsed: ParsedEmail) -> _Request:
        name = (extraction.name or parsed.from_name or "")[:300]
        from_email = norm_email(parsed.from_addr)
        others = {e for e in (norm_email(x) for x in extraction.emails[:10]) if e and e != from_email}
        return cls(
            name=name,
            tokens=name_tokens(name),
            employer=(extraction.employer or "")[:300],
            employer_key=employer_key(extraction.employer),
            from_email=from_email,
            other_emails=sorted(others),
            phones=sorted({p for p in (norm_phone(x) for x in extraction.phones[:10]) if p}),
            identifiers=sorted({i for i in (norm_identifier(x) for x in extraction.identifiers[:20]) if i}),
            dob=norm_date(extraction.date_of_birth),
            address=fold(extraction.address),
        )

    def keys(self) -> list[int]:
        keys: list[tuple[str, str]] = []
        keys += [("e", e) for e in [self.from_email, *self.other_emails] if e]
        keys += [("p", p) for p in self.phones]
        keys += [("a", i) for i in self.identifiers]
        if self.dob:
            keys.append(("d", self.dob))
        words = [t for t in self.tokens if len(t) > 1]
        if self.employer_key:
            keys += [("w", f"{self.employer_key}|{v}") for w in words for v in _limited_variants(w)]
        keys += sorted(query_name_keys(self.tokens))
        return [hkey(k, v) for k, v in keys[:MAX_QUERY_KEYS]]


def _limited_variants(token: str) -> list[str]:
    variants = sorted(nickname_variants(token) - {token})[:MAX_NICKNAMES]
    return [token, *variants]


# --- comparators ------------------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)  # the same pairs of words come back with every candidate of a common name
def _token_pair(a: str, b: str) -> tuple[float, str]:
    if a == b:
        return 1.0, "exact"
    if len(a) == 1 or len(b) == 1:
        return (0.75, "initial") if a[0] == b[0] else (0.0, "initial")
    if b in nickname_variants(a) or a in nickname_variants(b):
        return 0.94, "nickname"
    return JaroWinkler.normalized_similarity(a, b), "jaro_winkler"


def compare_names(query: tuple[str, ...], record: tuple[str, ...]) -> tuple[float, list[tuple[str, str, float]]]:
    """Align the words of two names in any order; the score is the mean over the shorter name (at least two words).

    Returns the score and the aligned (query word, record word, similarity) pairs. One word against a full
    name scores at most 0.5: a family name alone never agrees strongly.
    """
    if not query or not record:
        return 0.0, []
    pairs = sorted(
        ((s, kind, i, j) for i, a in enumerate(query) for j, b in enumerate(record) for s, kind in [_token_pair(a, b)]),
        reverse=True,
    )
    used_q: set[int] = set()
    used_r: set[int] = set()
    aligned: list[tuple[str, str, float]] = []
    for s, _kind, i, j in pairs:
        if i in used_q or j in used_r:
            continue
        used_q.add(i)
        used_r.add(j)
        aligned.append((query[i], record[j], s))
    need = max(2, min(len(query), len(record)))
    best = sorted((s for _, _, s in aligned), reverse=True)[:need]
    return sum(best) / need, aligned


ADDRESS_COMPARATOR = "token sort or character ratio; numbers within one digit"
_NUMBER = re.compile(r"\d+")


def compare_addresses(query: str, record: str) -> tuple[float, bool]:
    """Similarity of two folded addresses, and whether their numbers (house number, postcode) are the same.

    Token sort forgives word order ("Flat 2, 5 High St" against "5 High St Flat 2"); the character ratio with
    spaces removed forgives the slips of typing (a space lost or doubled: "kingsburystreet"), which split or join
    words and defeat any token comparison. The numbers (house number, postcode) may differ by one typed digit at
    most: a second difference is another address, however alike the words.
    """
    text = max(
        fuzz.token_sort_ratio(query, record),
        fuzz.ratio(query.replace(" ", ""), record.replace(" ", "")),
    )
    # OSA counts two neighbouring digits swapped (2845 for 2854) as one slip, as it is typed.
    numbers = OSA.distance(" ".join(sorted(_NUMBER.findall(query))), " ".join(sorted(_NUMBER.findall(record))))
    return text / 100, numbers <= 1


def _shape(identifier: str) -> str:
    """C12345678 -> A99999999: two identifiers of the same shape are the same kind of number."""
    return re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", identifier))


def _dob_score(a: str, b: str) -> float:
    if a == b:
        return 1.0
    ya, ma, da = a.split("-")
    yb, mb, db = b.split("-")
    if ya == yb and ma == db and da == mb:
        return 0.7  # day and month swapped: the US/European habit, not a different person
    if OSA.distance(a, b) == 1:
        return 0.7  # one mistyped digit, or two neighbouring digits swapped
    return 0.0


# --- scoring one candidate ----------------------------------------------------------------------------------------


@dataclass
class _Scored:
    row: dict[str, Any]
    evidence: list[FieldEvidence]
    points: set[str]
    score: float
    contradictions: list[str]


def _bits(count: int, total: int, population: int) -> float:
    """-log2 of the chance a random person carries a value held by `count` of `total` subjects (smoothed)."""
    return -math.log2((count + 1) / (total + population))


class _Scorer:
    def __init__(
        self,
        req: _Request,
        trusted: bool,
        config: VerifyConfig,
        terms: dict[str, int],
        total: int,
        holders: dict[str, int],
    ) -> None:
        self.req = req
        self.trusted = trusted
        self.config = config
        self.terms = terms
        self.total = total
        self.holders = holders  # how many candidates hold each exact value (shared emails are worth less)
        self._names: dict[tuple[str, ...], tuple[float, float, str]] = {}
        self._employers: dict[str, tuple[float, float, str]] = {}

    def term_bits(self, term: str, cap: float) -> float:
        return min(cap, _bits(self.terms.get(term, 0), self.total, self.config.population))

    def exact_bits(self, value_key: str) -> float:
        return 20.0 - math.log2(max(1, self.holders.get(value_key, 1)))

    def name(self, rec_tokens: tuple[str, ...]) -> tuple[float, float, str]:
        """Score, weight and outcome of a record's name (once per distinct name: namesakes are common candidates).

        Words are aligned in any order (Jaro-Winkler, nicknames, initials); the weight comes from how rare the
        record's agreeing words are.
        """
        if rec_tokens in self._names:
            return self._names[rec_tokens]
        req, cfg = self.req, self.config
        s, aligned = compare_names(req.tokens, rec_tokens)
        rare = sum(self.term_bits(f"n:{r}", 16.0) for _, r, sim in aligned if sim >= cfg.strong_word and len(r) > 1)
        # Every word must agree, not just the mean: "Harsh" for "Darsh" is another person, not a typo.
        need = max(2, min(len(req.tokens), len(rec_tokens)))
        weakest = min(sorted((sim for _, _, sim in aligned), reverse=True)[:need], default=0.0)
        # Another given name (a sibling, a twin) counts against the candidate. A name given only in part
        # ("Durr" for "Anna Durr") is incomplete, and another family name with the same given name is what
        # marriage does: neither contradicts, neither counts as agreement.
        given = rec_tokens[0]
        conflict = any(sim < 0.7 and r == given for _, r, sim in aligned)
        if s >= cfg.strong_name and weakest >= cfg.strong_word:
            w, outcome = min(rare, 30.0), "strong"
        elif not conflict:
            w, outcome = min(rare, 30.0) / 3 if s >= 0.8 else 0.0, "partial"
        else:
            w, outcome = -6.0, "differs"
        self._names[rec_tokens] = result = (round(s, 3), round(w, 2), outcome)
        return result

    def employer(self, rec_emp: str) -> tuple[float, float, str]:
        """Score, weight and outcome of a record's employer, legal forms removed; big clients weigh little."""
        if rec_emp in self._employers:
            return self._employers[rec_emp]
        # Token set alone calls "Adam" and "Adam Laroche" identical (one is a subset of the other); averaging
        # with token sort keeps word order free but makes the words left over count.
        q = self.req.employer_key
        s = (fuzz.token_set_ratio(q, rec_emp) + fuzz.token_sort_ratio(q, rec_emp)) / 200
        if s >= self.config.strong_employer:
            w, outcome = self.term_bits(f"w:{rec_emp}", 12.0), "strong"
        else:
            w, outcome = -2.0, "differs"
        self._employers[rec_emp] = result = (round(s, 3), w, outcome)
        return result

    def score(self, row: dict[str, Any]) -> _Scored:
        req, cfg = self.req, self.config
        ev: list[FieldEvidence] = []
        points: set[str] = set()
        contra: list[str] = []

        def add(e: FieldEvidence, point: str | None = None) -> None:
            e.weight = round(e.weight, 2)
            ev.append(e)
            if point:
                points.add(point)

        rec_tokens: tuple[str, ...] = row["_tokens"]
        if req.tokens and rec_tokens:
            s, w, outcome = self.name(rec_tokens)
            add(
                FieldEvidence(
                    "name", req.name, row.get("name") or "", "jaro_winkler+nicknames+initials", s, w, outcome
                ),
                "name" if outcome == "strong" else None,
            )

        rec_emp: str = row["_employer"]
        if req.employer_key and rec_emp:
            s, w, outcome = self.employer(rec_emp)
            add(
                FieldEvidence(
                    "employer", req.employer[:80], row.get("employer") or "", "token_set+token_sort", s, w, outcome
                ),
                "employer" if outcome == "strong" else None,
            )

        # Email: the From address counts only when our infrastructure authenticated it; an address written in
        # the body is a data point the requester supplied.
        rec_email = row["_email"] if req.from_email or req.other_emails else None
        if rec_email and req.from_email:
            same = req.from_email == rec_email
            if same and self.trusted:
                add(
                    FieldEvidence(
                        "email",
                        req.from_email,
                        rec_email,
                        "exact (From, authenticated)",
                        1.0,
                        self.exact_bits(f"e:{rec_email}"),
                        "strong",
                    ),
                    "email",
                )
            elif same:
                add(
                    FieldEvidence(
                        "email",
                        req.from_email,
                        rec_email,
                        "exact (From, not authenticated)",
                        1.0,
                        4.0,
                        "not counted",
                    )
                )
            else:
                # An authenticated mailbox at the record's own domain that is not the record's address belongs
                # to someone else there: a colleague with the same name, not the person on record.
                colleague = self.trusted and req.from_email.rpartition("@")[2] == rec_email.rpartition("@")[2]
                outcome = "differs" if self.trusted and not colleague else "contradicts"
                if not self.trusted:
                    contra.append(FROM_CONTRADICTION)
                elif colleague:
                    contra.append(COLLEAGUE_CONTRADICTION)
                add(
                    FieldEvidence(
                        "email",
                        req.from_email,
                        rec_email,
                        "exact (From)",
                        0.0,
                        -2.0,
                        outcome,
                    )
                )
        if rec_email and req.other_emails:
            same = rec_email in req.other_emails
            add(
                FieldEvidence(
                    "email",
                    ", ".join(req.other_emails[:3]),
                    rec_email,
                    "exact (stated in the message)",
                    1.0 if same else 0.0,
                    self.exact_bits(f"e:{rec_email}") if same else 0.0,
                    "strong" if same else "differs",
                ),
                "email" if same else None,
            )

        rec_phone = row["_phone"] if req.phones else None
        if rec_phone and req.phones:
            same = rec_phone in req.phones
            add(
                FieldEvidence(
                    "phone",
                    ", ".join(req.phones[:3]),
                    row.get("phone") or "",
                    "exact (last 9 digits)",
                    1.0 if same else 0.0,
                    self.exact_bits(f"p:{rec_phone}") if same else -1.0,
                    "strong" if same else "differs",
                ),
                "phone" if same else None,
            )

        rec_id = row["_account"] if req.identifiers else None
        if rec_id and req.identifiers:
            # Only identifiers shaped like the record's (C12345678, not an invoice or ticket number) are compared.
            shaped = [i for i in req.identifiers if _shape(i) == _shape(rec_id)]
            best = max(
                (1.0 if i == rec_id else OSA.normalized_similarity(i, rec_id) for i in req.identifiers),
                default=0.0,
            )
            strong = best == 1.0
            near = not strong and best >= 0.75 and len(rec_id) >= 6
            comparable = strong or near or bool(shaped)
            if comparable and not strong and not near:
                contra.append("the customer or account number differs from the one on record")
            outcome = "strong" if strong else "partial" if near else "contradicts" if comparable else "not comparable"
            add(
                FieldEvidence(
                    "identifier",
                    ", ".join(req.identifiers[:3]),
                    rec_id,
                    "exact (letters and digits; one slip is partial)",
                    round(best, 3),
                    {"strong": self.exact_bits(f"a:{rec_id}"), "partial": 3.0, "contradicts": -4.0}.get(outcome, 0.0),
                    outcome,
                ),
                "identifier" if strong else None,
            )

        rec_dob = norm_date(row.get("date_of_birth")) if req.dob else None
        if rec_dob and req.dob:
            s = _dob_score(req.dob, rec_dob)
            outcome = "strong" if s == 1.0 else ("partial" if s > 0 else "contradicts")
            if outcome == "contradicts":
                contra.append("the date of birth differs from the one on record")
            w = {"strong": 14.0, "partial": 3.0}.get(outcome, -6.0)
            add(
                FieldEvidence("date_of_birth", req.dob, rec_dob, "exact date", s, w, outcome),
                "date_of_birth" if outcome == "strong" else None,
            )

        rec_addr = fold(row.get("address")) if req.address else ""
        if rec_addr and req.address:
            s, numbers_agree = compare_addresses(req.address, rec_addr)
            strong = s >= cfg.strong_address and numbers_agree
            outcome = "strong" if strong else ("partial" if s >= 0.7 else "differs")
            w = {"strong": 12.0, "partial": 3.0}.get(outcome, -2.0)
            add(
                FieldEvidence("address", req.address, rec_addr, ADDRESS_COMPARATOR, round(s, 3), w, outcome),
                "address" if outcome == "strong" else None,
            )
        total = round(sum(e.weight for e in ev), 2)
        return _Scored(row, ev, points, total, contra)


# --- the database side --------------------------------------------------------------------------------------------


# Candidates recur across requests (the people with the commonest names are everyone's candidates), and
# transliterating a name is the dearest step of reading a row.
_name_tokens = lru_cache(maxsize=65536)(name_tokens)


ROW_COLUMNS = (
    "id",
    "subject_id",
    "name",
    "email",
    "phone",
    "employer",
    "role",
    "account_status",
    "date_of_birth",
    "address",
    "account_id",
)


def _query(conn: Connection, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """Run one read on the driver's own cursor: SQLAlchemy's result layer costs more than these indexed reads."""
    if conn.dialect.name != "sqlite":
        sql = sql.replace("?", "%s")
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _candidates(conn: Connection, keys: list[int], limit: int) -> list[dict[str, Any]]:
    if not keys:
        return []
    # Each key contributes at most BLOCK_ROWS subjects: a value thousands share (a big client with a common first
    # name) says little, and reading all of it would make the cost grow with the number of subjects.
    arms = " UNION ALL ".join(
        f"SELECT subject FROM (SELECT subject FROM subject_key WHERE key = ? LIMIT {BLOCK_ROWS}) AS k{i}"
        for i in range(len(keys))
    )
    # The candidates sharing the most keys with the request first: the true person shares several.
    cols = ", ".join(f"s.{c}" for c in ROW_COLUMNS)
    sql = (
        f"SELECT {cols} FROM (SELECT subject, COUNT(*) AS shared FROM ({arms}) AS hits GROUP BY subject "
        f"ORDER BY shared DESC, subject LIMIT {int(limit)}) AS best JOIN subject AS s ON s.id = best.subject "
        "ORDER BY best.shared DESC, s.id"
    )
    return [dict(zip(ROW_COLUMNS, r, strict=True)) for r in _query(conn, sql, tuple(keys))]


def _terms(conn: Connection, names: set[str]) -> tuple[dict[str, int], int]:
    """How many subjects carry each name word and employer, and the number of subjects, in one read."""
    ordered = sorted(names)
    # The largest id stands in for the number of subjects: COUNT(*) would read the whole table on SQLite.
    sql = "SELECT NULL, MAX(id) FROM subject"
    if ordered:
        sql += f" UNION ALL SELECT term, n FROM subject_term WHERE term IN ({', '.join(['?'] * len(ordered))})"
    counts: dict[str, int] = {}
    total = 0
    for term, n in _query(conn, sql, tuple(ordered)):
        if term is None:
            total = int(n or 0)
        else:
            counts[term] = int(n)
    return counts, total


def verify(
    session: Session,
    extraction: Extraction,
    parsed: ParsedEmail,
    trusted_from: bool | None = None,
    config: VerifyConfig | None = None,
) -> IdentityMatch:
    """Match the requester against the subject records; `trusted_from=None` decides trust from the headers."""
    config = config or VerifyConfig()
    trusted = _trusted(parsed, config) if trusted_from is None else trusted_from
    req = _Request.of(extraction, parsed)
    conn = session.connection()
    rows = _candidates(conn, req.keys(), config.max_candidates)
    result = IdentityMatch(candidates=len(rows), trusted_from=trusted)
    if not rows:
        result.reasons.append("no subject record shares a data point with the request")
        return result
    term_names: set[str] = set()
    holders: dict[str, int] = {}
    for row in rows:
        row["_tokens"] = _name_tokens(row.get("name"))
        row["_employer"] = emp = employer_key(row.get("employer"))
        # Normalised once here for the value counts below and for the scorer.
        row["_email"] = norm_email(row.get("email"))
        row["_phone"] = norm_phone(row.get("phone"))
        row["_account"] = norm_identifier(row.get("account_id"))
        term_names |= {f"n:{t}" for t in row["_tokens"] if len(t) > 1}
        if emp:
            term_names.add(f"w:{emp}")
        for kind, value in (
            ("e", row["_email"]),
            ("p", row["_phone"]),
            ("a", row["_account"]),
        ):
            if value:
                holders[f"{kind}:{value}"] = holders.get(f"{kind}:{value}", 0) + 1
    counts, total = _terms(conn, term_names)
    scorer = _Scorer(req, trusted, config, counts, max(total, len(rows)), holders)
    scored = sorted((scorer.score(r) for r in rows), key=lambda s: (-s.score, s.row["subject_id"]))
    return _decide(scored, config, result)


def _trusted(parsed: ParsedEmail, config: VerifyConfig) -> bool:
    return trusted_from(parsed, config)


def _decide(scored: list[_Scored], config: VerifyConfig, result: IdentityMatch) -> IdentityMatch:
    top = scored[0]
    runner = scored[1] if len(scored) > 1 else None
    eligible = [s for s in scored if len(s.points) >= config.min_points]
    result.score = top.score
    result.evidence = [_masked(e) for e in top.evidence]
    result.runner_up_score = runner.score if runner else None
    points = ", ".join(sorted(top.points)) or "none"
    if len(top.points) < config.min_points:
        if eligible:
            # A candidate with enough points but a lower total: contradicting evidence pulled it down.
            best = eligible[0]
            if best.contradictions:
                result.status = "mismatch"
                result.evidence = [_masked(e) for e in best.evidence]
                result.score = best.score
                result.reasons += [f"{len(best.points)} data points agree, but {c}" for c in best.contradictions]
                return result
        result.status = "unverified"
        result.reasons.append(
            f"fewer than {config.min_points} independent data points agree strongly (agreeing: {points})"
        )
        return result
    private = top.points - PUBLIC_POINTS
    # One contradiction beside at least `min_points` agreeing values only the person would know (a date of birth
    # mistyped on one side, a message from another mailbox) is a slip, not an impersonation; it stays in the
    # evidence and the reasons for the DPO to see.
    needed = config.private_points_from_elsewhere if top.contradictions == [FROM_CONTRADICTION] else config.min_points
    tolerated = len(top.contradictions) == 1 and len(private) >= max(1, needed)
    if top.contradictions and not tolerated:
        result.status = "mismatch"
        result.reasons += [f"{len(top.points)} data points agree ({points}), but {c}" for c in top.contradictions]
        return result
    against = sorted({e.field for e in top.evidence if e.outcome in {"differs", "contradicts"}} - PUBLIC_POINTS)
    if not private and against:
        # Only what colleagues know agrees, and something only the person would know does not.
        result.status = "unverified"
        result.reasons.append(f"only {points} agree, and {', '.join(against)} differ from the record")
        return result
    if runner is not None and top.score - runner.score < config.margin_bits:
        result.status = "ambiguous"
        close = sum(1 for s in scored if top.score - s.score < config.margin_bits)
        result.reasons.append(
            f"{close} candidates fit; the best leads the next by {top.score - runner.score:.1f} bits, "
            f"{config.margin_bits:.0f} are required"
        )
        return result
    if top.score < config.min_bits:
        result.status = "unverified"
        result.reasons.append(
            f"the agreeing values ({points}) are too common: {top.score:.1f} bits, {config.min_bits:.0f} are required"
        )
        return result
    result.status = "verified"
    result.subject_id = str(top.row["subject_id"])
    result.reasons.append(f"{len(top.points)} independent data points agree ({points}); {top.score:.1f} bits")
    result.reasons += [f"despite: {c}" for c in top.contradictions]
    return result
