"""DMARC (RFC 7489): the From domain's policy, and whether a passing SPF or DKIM identity aligns with it.

Hand-written because the maintained library (authheaders) does it worse: it reads the From domain with
`@([a-z0-9.]+)`, so `bank-example.com` becomes `bank`; its look-up function takes strings for DMARC but bytes
for DKIM, so one test resolver cannot serve both; and it reads the whole public suffix list for each domain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses
from functools import lru_cache

from publicsuffixlist import PublicSuffixList

from intake.sources.resolver import DNSTimeout, Lookups

# What we write into our own header must be a plain domain: authres does not quote values, so a From domain
# holding `;` or a space could add a result of its choosing to our header.
DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
POLICIES = ("none", "quarantine", "reject")


@lru_cache(maxsize=1)
def _suffixes() -> PublicSuffixList:
    # The list the package ships (kept current by its releases); it never downloads at run time.
    return PublicSuffixList()


def organisational(domain: str) -> str:
    """The organisational domain (RFC 7489 3.2): one label below the public suffix; a suffix is its own."""
    return _suffixes().privatesuffix(domain) or domain


def aligned(identity: str, from_domain: str, mode: str) -> bool:
    """Whether an authenticated domain aligns with the From domain: equal (strict, `s`) or same organisation."""
    identity, from_domain = identity.lower().rstrip("."), from_domain.lower().rstrip(".")
    if mode == "s":
        return identity == from_domain
    return organisational(identity) == organisational(from_domain)


def domain_of(address: str) -> str | None:
    """The domain of an address, lower case, as an ASCII (IDNA) name; None when it is not a usable domain."""
    domain = address.rpartition("@")[2].strip().strip("<>").rstrip(".").lower()
    try:
        domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        return None
    return domain if DOMAIN.match(domain) else None


def from_domain(raw: bytes) -> str | None:
    """The domain of the one author address in the one From header (RFC 7489 6.6.1); None for none or several."""
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:262_144])
        values = [str(v) for v in headers.get_all("From") or []]
    except Exception:  # a header block so broken the parser gives up names no author
        return None
    addresses = [a for _, a in getaddresses(values) if a]
    if len(values) != 1 or len(addresses) != 1 or "@" not in addresses[0]:
        return None
    return domain_of(addresses[0])


@dataclass(frozen=True)
class Policy:
    """A DMARC record that applies to a From domain."""

    policy: str  # p=, or sp= when the record is the organisational domain's
    adkim: str = "r"
    aspf: str = "r"


def _tags(record: bytes) -> dict[str, str] | None:
    text = record.decode("ascii", "replace")
    tags: dict[str, str] = {}
    for part in text.split(";"):
        name, sep, value = part.partition("=")
        if sep:
            tags.setdefault(name.strip().lower(), value.strip())
    if not re.match(r"^v\s*=\s*DMARC1\s*(;|$)", text):  # v=DMARC1 first, or no DMARC record at all (6.4)
        return None
    return tags


def _record(domain: str, lookups: Lookups) -> dict[str, str] | None:
    found = [tags for tags in map(_tags, lookups.txt(f"_dmarc.{domain}")) if tags is not None]
    return found[0] if len(found) == 1 else None  # two records are none (6.6.3)


def policy(domain: str, lookups: Lookups) -> Policy | None:
    """The record at _dmarc.<domain>, else at the organisational domain's (6.6.3); raises DNSTimeout."""
    tags, at_org = _record(domain, lookups), False
    org = organisational(domain)
    if tags is None and org != domain:
        tags, at_org = _record(org, lookups), True
    if tags is None:
        return None
    p = tags.get("p", "").lower()
    if p not in POLICIES:
        # 6.6.3: a record with a bad p= but a report address is treated as p=none; without one it is no record.
        if "rua" not in tags:
            return None
        p = "none"
    sp = tags.get("sp", "").lower()
    chosen = sp if at_org and sp in POLICIES else p
    mode = {"s": "s"}
    return Policy(chosen, mode.get(tags.get("adkim", "r").lower(), "r"), mode.get(tags.get("aspf", "r").lower(), "r"))


def evaluate(
    author: str | None,
    spf: tuple[str, str | None],
    dkim: list[tuple[str, str | None]],
    lookups: Lookups,
) -> tuple[str, str | None]:
    """(result, policy) for the From domain `author`, given SPF's (result, domain) and DKIM's [(result, d=)].

    pass: an aligned identity passed; fail: the domain has a policy and none did; none: no policy; temperror: the
    DNS did not say (the policy, or a check that might have passed); permerror: not one author domain to check.
    """
    if author is None:
        return "permerror", None
    try:
        found = policy(author, lookups)
    except DNSTimeout:
        return "temperror", None
    if found is None:
        return "none", None
    spf_result, spf_domain = spf
    if spf_result == "pass" and spf_domain and aligned(spf_domain, author, found.aspf):
        return "pass", found.policy
    if any(result == "pass" and d and aligned(d, author, found.adkim) for result, d in dkim):
        return "pass", found.policy
    if spf_result == "temperror" or any(result == "temperror" for result, _ in dkim):
        return "temperror", found.policy  # the check the DNS cut short might have passed: not known to fail
    return "fail", found.policy
