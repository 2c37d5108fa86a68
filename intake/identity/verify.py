"""Extraction + the organisation's records -> IdentityMatch, with per-field evidence.

Three steps. Blocking (intake.candidates): the request's normalised values become hashed keys (intake.keys)
looked up in the `subject_key` index, so only a few candidates are ever read, whatever the number of subjects.
Comparison (intake.score, intake.compare): each candidate is compared field by field with a comparator chosen for
the field; each field gives a score in [0, 1] and a weight in bits, the log-odds that a random other person would
agree that well (rare names weigh more than common ones). Decision (here): `verified` needs at least `min_points`
independent data points agreeing strongly, enough bits, a clear margin over the runner-up and no contradiction; a
contradiction on an otherwise good candidate is a `mismatch`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from email.utils import getaddresses
from functools import lru_cache
from typing import Any

import authres
from sqlmodel import Session

from intake.identity.mask import MASKS
from intake.identity.normalise import (
    employer_key,
    name_tokens,
    norm_email,
    norm_identifier,
    norm_phone,
)
from intake.identity.score import FORGED_CONTRADICTION, FieldEvidence, Request, Scored, Scorer
from intake.identity.source import Own
from intake.sections import VerifyConfig
from intake.understand import Extraction, ParsedEmail

STATUSES = ("verified", "pending_confirmation", "ambiguous", "unverified", "mismatch")
# Fields that are independent data points: an agreement on each counts once towards `min_points`.
POINTS = ("name", "employer", "email", "phone", "identifier", "date_of_birth", "address")
# What a colleague or a web search would know: on their own they never verify. From the address on record they
# verify once that address is authenticated or has confirmed the request (the round trip); from another mailbox,
# which is where most people write from, they lead to that round trip, not to suspicion.
PUBLIC_POINTS = frozenset({"name", "employer", "email"})


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
    authentication: str = "none"  # DMARC for the From domain as our receiving server found it: pass, fail, none
    reach: str = ""  # where the From stands towards the best candidate's record (see score.Scored.reach)
    # pending_confirmation only: the record whose address on record is asked to confirm. For the confirmation
    # step alone, never for a letter to the requester (subject_id stays None until verified).
    confirm_with: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def requester_facts(self) -> dict[str, Any]:
        """What a reply to the requester may use: nothing at all about the records until the case is verified."""
        if self.status != "verified":
            return {}
        return {"verified": True}


def _masked(e: FieldEvidence) -> FieldEvidence:
    """The evidence as stored and shown: values masked (only the reported candidate's, so only once per request)."""
    mask = MASKS.get(e.field)
    if mask is None:
        return e
    if e.field not in {"email", "phone", "identifier"}:  # only those hold lists ("a@x, b@y")
        request, record = mask(e.request_value), mask(e.record_value)
    else:
        request = ", ".join(mask(v) for v in e.request_value.split(", ") if v)
        record = ", ".join(mask(v) for v in e.record_value.split(", ") if v)
    return replace(e, request_value=request, record_value=record)


# --- trust in the From address --------------------------------------------------------------------------------


def authentication(parsed: ParsedEmail, config: VerifyConfig) -> str:
    """DMARC for the From domain as our own receiving server found it: "pass", "fail" or "none" (not said);
    without a DMARC result, an SPF fail for the From's own domain is "fail" too.

    Only the topmost Authentication-Results whose authserv-id is one of ours counts: our border server adds it
    on top and removes incoming ones that claim its id (RFC 8601, section 5), so those below came with the
    mail. It is read with `authres` (RFC 8601's grammar), not split by hand: a comment such as
    `dmarc=fail (...; dmarc=pass ...)` is a comment. A result must name the From domain (header.from).
    """
    domain = parsed.from_addr.rpartition("@")[2].lower().rstrip(".")
    ids = {i.strip().lower() for i in config.trusted_authserv_ids if i.strip()}
    if not ids or not domain:
        return "none"
    if _several_authors(parsed):
        # Two From fields, or a From naming several addresses, leaves DMARC no single author domain (a permerror):
        # the second attack used it to turn a forged From's fail into "none". One of them is not the author.
        return "fail"
    for name, value in parsed.headers:
        if name.lower() != "authentication-results":
            continue
        try:
            header = authres.AuthenticationResultsHeader.parse(f"Authentication-Results: {value}")
        except Exception:  # a header that does not parse says nothing (the time limit is a BaseException)
            continue
        if (header.authserv_id or "").lower() not in ids:
            continue
        # Only the first result of each method counts: our server writes one, and anything after it in the same
        # header is something the sender managed to fold into it (the attack on issue 12 did, with a message
        # opening on a continuation line).
        first: dict[str, authres.AuthenticationResult] = {}
        for result in header.results:
            first.setdefault((result.method or "").lower(), result)
        dmarc, spf = first.get("dmarc"), first.get("spf")
        if dmarc is not None:
            said = _properties(dmarc)
            verdict = (dmarc.result or "").lower()
            if said.get("header.from", "").lower().strip("<>\"'").rstrip(".") == domain and verdict in {"pass", "fail"}:
                return verdict
            if verdict == "permerror":
                return "fail"  # no single author domain to check: nothing vouches for this From
            return "none"  # our DMARC verdict is about another domain, or none at all: nothing to trust
        failed = spf is not None and (spf.result or "").lower() == "fail"
        if failed and _same_domain(_properties(spf).get("smtp.mailfrom", ""), domain):
            return "fail"  # the envelope of the From's own domain failed SPF: evidence against, never a pass
        return "none"  # the topmost of ours says nothing more: those below it are not ours to trust
    return "none"


def _several_authors(parsed: ParsedEmail) -> bool:
    values = [value for name, value in parsed.headers if name.lower() == "from"]
    return len(values) > 1 or len([a for _, a in getaddresses(values) if a]) > 1


def _properties(result: authres.AuthenticationResult) -> dict[str, str]:
    return {(p.type or "").lower() + "." + (p.name or "").lower(): p.value or "" for p in result.properties}


def _same_domain(mailfrom: str, domain: str) -> bool:
    return mailfrom.strip("<>\"' ").rpartition("@")[2].lower().rstrip(".") == domain


def trusted_from(parsed: ParsedEmail, config: VerifyConfig) -> bool:
    """Whether the From address was authenticated by our own infrastructure: DMARC passed for its domain
    (see `authentication`), or a header our own authenticated submission path adds says so."""
    if authentication(parsed, config) == "pass":
        return True
    for rule in config.trusted_headers:
        name, _, expected = rule.partition(":")
        if name.strip() and parsed.header(name.strip()).strip().lower() == expected.strip().lower():
            return True
    return False


# Candidates recur across requests (the people with the commonest names are everyone's candidates), and
# transliterating a name is the dearest step of reading a row.
_name_tokens = lru_cache(maxsize=65536)(name_tokens)


def verify(
    session: Session,
    extraction: Extraction,
    parsed: ParsedEmail,
    trusted_from: bool | None = None,
    config: VerifyConfig | None = None,
    confirmed: str | None = None,
    records: Own | None = None,
) -> IdentityMatch:
    """Match the requester against the subject records; `trusted_from=None` decides trust from the headers.

    `confirmed` names the subject whose address on record confirmed this request (the round trip): its record
    then counts the e-mail point as agreeing, whatever mailbox the request came from. `records` is the source of
    record (`identity.source.source(settings)`); intake's own table when not given.
    """
    config = config or VerifyConfig()
    verdict = authentication(parsed, config)
    trusted = _trusted(parsed, config) if trusted_from is None else trusted_from
    req = Request.of(extraction, parsed)
    records = records or Own()
    rows = records.candidates(session, req, config.max_candidates)
    if confirmed is not None and all(str(r["subject_id"]) != confirmed for r in rows):
        rows += records.subject(session, confirmed)  # the confirmed record is compared even if blocking missed it
    result = IdentityMatch(candidates=len(rows), trusted_from=trusted, authentication=verdict)
    if not rows:
        result.reasons.append("no subject record shares a data point with the request")
        return result
    term_names: set[str] = set()
    holders: dict[str, int] = {}
    for row in rows:
        row["_tokens"] = _name_tokens(row.get("name"))
        row["_employer"] = emp = employer_key(row.get("employer"))
        # Normalised once here for the value counts below and for the scorer, and only what the request can be
        # compared with: at a million subjects every candidate costs.
        row["_email"] = norm_email(row.get("email")) if req.from_email or req.other_emails else None
        row["_phone"] = norm_phone(row.get("phone")) if req.phones else None
        row["_account"] = norm_identifier(row.get("account_id")) if req.identifiers else None
        term_names.update(f"n:{t}" for t in row["_tokens"] if len(t) > 1)
        if emp and req.employer_key:
            term_names.add(f"w:{emp}")
        for kind, value in (("e", row["_email"]), ("p", row["_phone"]), ("a", row["_account"])):
            if value:
                holders[f"{kind}:{value}"] = holders.get(f"{kind}:{value}", 0) + 1
    counts, total = records.term_counts(session, term_names)
    scorer = Scorer(req, trusted, config, counts, max(total, len(rows)), holders, verdict == "fail", confirmed)
    scored = sorted((scorer.score(r) for r in rows), key=lambda s: (-s.score, s.row["subject_id"]))
    return _decide(scored, config, result)


def _trusted(parsed: ParsedEmail, config: VerifyConfig) -> bool:
    return trusted_from(parsed, config)


def _decide(scored: list[Scored], config: VerifyConfig, result: IdentityMatch) -> IdentityMatch:
    """The status of the best candidate, in this order: a contradiction is a `mismatch`; too few points are
    `unverified` (or `pending_confirmation` when the address on record could supply the missing one); a close
    runner-up is `ambiguous`; then what the mailbox the request came from allows (`_by_reach`)."""
    top = scored[0]
    runner = scored[1] if len(scored) > 1 else None
    eligible = [s for s in scored if len(s.points) >= config.min_points]
    result.score = top.score
    result.evidence = [_masked(e) for e in top.evidence]
    result.runner_up_score = runner.score if runner else None
    result.reach = top.reach
    points = ", ".join(sorted(top.points)) or "none"
    if len(top.points) < config.min_points:
        if eligible and eligible[0].contradictions:
            # A candidate with enough points but a lower total: contradicting evidence pulled it down.
            best = eligible[0]
            result.status = "mismatch"
            result.evidence = [_masked(e) for e in best.evidence]
            result.score = best.score
            result.reach = best.reach
            result.reasons += [f"{len(best.points)} data points agree, but {c}" for c in best.contradictions]
            return result
        if not top.contradictions and _confirmable(top, runner, config):
            return _pending(result, top, f"only {points} agree")
        result.status = "unverified"
        result.reasons.append(
            f"fewer than {config.min_points} independent data points agree strongly (agreeing: {points})"
        )
        return result
    private = top.points - PUBLIC_POINTS
    # One contradiction beside at least `min_points` agreeing values only the person would know (a date of birth
    # mistyped on one side) is a slip, not an impersonation; it stays in the evidence and the reasons. A forged
    # From naming the person's own address is never a slip.
    tolerated = (
        len(top.contradictions) == 1
        and top.contradictions != [FORGED_CONTRADICTION]
        and len(private) >= max(1, config.min_points)
    )
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
    enough_bits = top.score >= config.min_bits
    allowed, why = _by_reach(top, private, config)
    if allowed and result.authentication == "fail" and top.reach != "confirmed":
        # Our receiving server says the From is forged: whatever the points, only the address on record decides.
        allowed, why = False, f"{points} agree, but our receiving server found the From forged (DMARC/SPF fail)"
    if allowed and enough_bits:
        result.status = "verified"
        result.subject_id = str(top.row["subject_id"])
        result.reasons.append(f"{len(top.points)} independent data points agree ({points}); {top.score:.1f} bits")
        if top.reach in {"elsewhere", "no_address_on_record"}:
            result.reasons.append("the mail comes from an address other than the one on record")
        result.reasons += [f"despite: {c}" for c in top.contradictions]
        return result
    if not enough_bits:
        why = f"the agreeing values ({points}) are too common: {top.score:.1f} bits, {config.min_bits:.0f} are required"
    if _confirmable(top, runner, config):
        return _pending(result, top, why)
    result.status = "unverified"
    result.reasons.append(why)
    return result


def _by_reach(top: Scored, private: set[str], config: VerifyConfig) -> tuple[bool, str]:
    """Whether the agreeing points verify, given the mailbox the request came from, and if not, why."""
    points = ", ".join(sorted(top.points))
    if top.reach in {"authenticated", "confirmed"}:
        return True, ""
    # An unauthenticated From may be anyone's, the record's own address included (forging it costs nothing): what
    # the mail says must then carry it, or the address on record must answer.
    needed = max(1, config.private_points_from_elsewhere)
    if len(private) >= needed:
        return True, ""
    where = (
        "the address on record, unauthenticated"
        if top.reach == "on_record"
        else "an address other than the one on record"
    )
    return False, f"{points} agree from {where}; {needed} data points beyond name, employer and e-mail are needed"


def _confirmable(top: Scored, runner: Scored | None, config: VerifyConfig) -> bool:
    """Whether a reply from the address on record would verify: the record holds one, the request names the
    person (a typo in the name is fine), one more value agrees strongly, and the candidate leads clearly."""
    if not (config.confirm_via_record and top.has_address):
        return False
    if top.reach in {"authenticated", "confirmed", "forged"}:
        return False
    partial = {e.field for e in top.evidence if e.outcome == "partial"}
    if "name" not in top.points | partial:
        return False
    if "name" not in top.points and not top.points - PUBLIC_POINTS:
        return False  # a name with a typo needs a value only the person knows beside it, not just the employer
    # From the address on record, the reply proves the mailbox: the name and that are two points. From elsewhere
    # the request itself must carry two values, one of them agreeing strongly, so that a bare name does not make
    # us write to its namesake, and the confirmed address plus that value verify afterwards.
    signals = top.points | partial | ({"email"} if top.reach == "on_record" else set())
    if len(signals) < config.min_points or not (top.points - {"email"} or top.reach == "on_record"):
        return False
    return runner is None or top.score - runner.score >= config.margin_bits


def _pending(result: IdentityMatch, top: Scored, why: str) -> IdentityMatch:
    result.status = "pending_confirmation"
    result.confirm_with = str(top.row["subject_id"])
    result.reasons.append(f"{why}; the address on record is asked to confirm the request")
    return result
