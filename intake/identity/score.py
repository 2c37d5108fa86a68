"""One candidate record against the request, field by field: evidence, agreeing points, contradictions and bits.

The request is normalised once (`Request`); each candidate's fields are compared with the comparator chosen for
the field (intake.compare) and weighed in bits, the log-odds that a random other person would agree that well.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from intake.identity.compare import (
    ADDRESS_COMPARATOR,
    compare_addresses,
    compare_dates,
    compare_employers,
    compare_identifiers,
    compare_names,
    identifier_shape,
)
from intake.identity.normalise import (
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
from intake.sections import VerifyConfig
from intake.understand import Extraction, ParsedEmail

FORGED_CONTRADICTION = "the From names the address on record, but our receiving server found it forged (DMARC/SPF fail)"
COLLEAGUE_CONTRADICTION = "the mail comes from another authenticated address at the record's own domain"
# How much sharing one key says about a candidate, for ranking them before any comparison: an exact email, phone or
# customer number (a person's own) says more than a birth date or a name pair, which say more than an initial with
# a family name or an employer with a first name. Ranked by these rather than by the number of keys shared, the
# true person is among the first 8 candidates as often as among the first 12 before (FEBRL recall 0.8924 at 8
# against 0.8913 at 12, benchmarks/verify_accuracy.py).
KEY_WEIGHTS = {"e": 4, "p": 4, "a": 4, "d": 2, "n": 2, "w": 1, "i": 1}
MAX_QUERY_KEYS = 400  # a 6-word name with nicknames could ask for thousands of keys; the first 400 suffice
MAX_NICKNAMES = 6


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


# --- the request, normalised once ------------------------------------------------------------------------------


@dataclass
class Request:
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
    def of(cls, extraction: Extraction, parsed: ParsedEmail) -> Request:
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

    def keys(self) -> list[tuple[int, int]]:
        """The request's blocking keys (hashed, as intake.keys builds them for the records) with their weights."""
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
        return [(hkey(k, v), KEY_WEIGHTS[k]) for k, v in keys[:MAX_QUERY_KEYS]]


def _limited_variants(token: str) -> list[str]:
    variants = sorted(nickname_variants(token) - {token})[:MAX_NICKNAMES]
    return [token, *variants]


# --- scoring one candidate ----------------------------------------------------------------------------------------


@dataclass
class Scored:
    row: dict[str, Any]
    evidence: list[FieldEvidence]
    points: set[str]
    score: float
    contradictions: list[str]
    # Where the From stands towards the record: authenticated (it is the record's address, DMARC passed),
    # confirmed (the round trip), on_record (the record's address, unauthenticated), forged (the record's address,
    # DMARC or SPF failed), elsewhere (another address), no_address_on_record (the record holds none).
    reach: str = "no_address_on_record"
    has_address: bool = False  # the record holds an e-mail address a confirmation can go to


def _bits(count: int, total: int, population: int) -> float:
    """-log2 of the chance a random person carries a value held by `count` of `total` subjects (smoothed)."""
    return -math.log2((count + 1) / (total + population))


class Scorer:
    def __init__(
        self,
        req: Request,
        trusted: bool,
        config: VerifyConfig,
        terms: dict[str, int],
        total: int,
        holders: dict[str, int],
        forged: bool = False,
        confirmed: str | None = None,
    ) -> None:
        self.req = req
        self.trusted = trusted
        self.forged = forged  # our receiving server said dmarc=fail (or spf=fail) for the From domain
        self.confirmed = confirmed  # the subject whose address on record confirmed this request
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
        s = compare_employers(self.req.employer_key, rec_emp)
        if s >= self.config.strong_employer:
            w, outcome = self.term_bits(f"w:{rec_emp}", 12.0), "strong"
        else:
            w, outcome = -2.0, "differs"
        self._employers[rec_emp] = result = (round(s, 3), w, outcome)
        return result

    def score(self, row: dict[str, Any]) -> Scored:
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

        # Email: the From address counts only when our infrastructure authenticated it (or the address on record
        # confirmed the request by the round trip); an address written in the body is a data point the requester
        # supplied. Where the From stands towards the record (`reach`) decides what else verification needs.
        rec_email = row["_email"] if req.from_email or req.other_emails else None
        reach = "no_address_on_record"
        if self.confirmed is not None and str(row["subject_id"]) == self.confirmed:
            reach = "confirmed"
            add(
                FieldEvidence(
                    "email",
                    req.from_email or "",
                    rec_email or "",
                    "the address on record confirmed the request (round trip)",
                    1.0,
                    20.0,
                    "strong",
                ),
                "email",
            )
        elif rec_email and req.from_email:
            same = req.from_email == rec_email
            if same and self.trusted:
                reach = "authenticated"
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
            elif same and self.forged:
                # Our receiving server found the From forged, and it names the person's own address.
                reach = "forged"
                contra.append(FORGED_CONTRADICTION)
                add(
                    FieldEvidence(
                        "email", req.from_email, rec_email, "exact (From, failed DMARC/SPF)", 0.0, -6.0, "contradicts"
                    )
                )
            elif same:
                reach = "on_record"
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
                # to someone else there: a colleague with the same name, not the person on record. Any other
                # mailbox is where people write from (home, a phone): no contradiction, but not a point either.
                colleague = self.trusted and req.from_email.rpartition("@")[2] == rec_email.rpartition("@")[2]
                reach = "elsewhere"
                if colleague:
                    contra.append(COLLEAGUE_CONTRADICTION)
                add(
                    FieldEvidence(
                        "email",
                        req.from_email,
                        rec_email,
                        "exact (From)",
                        0.0,
                        -2.0 if colleague else 0.0,
                        "contradicts" if colleague else "other mailbox",
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
            shaped = [i for i in req.identifiers if identifier_shape(i) == identifier_shape(rec_id)]
            best = max(
                (compare_identifiers(i, rec_id) for i in req.identifiers),
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
            s = compare_dates(req.dob, rec_dob)
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
        return Scored(row, ev, points, total, contra, reach, bool(row.get("email")))
