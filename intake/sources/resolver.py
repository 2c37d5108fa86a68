"""The one DNS resolver of the mail checks: each query has a timeout, and all of one message's share a budget."""

from __future__ import annotations

import time

import dns.exception
import dns.name
import dns.nameserver
import dns.rdata
import dns.resolver


class DNSTimeout(Exception):
    """The DNS did not answer in time (or failed, or the message's budget is spent): a temperror, not a fail."""


def resolver(servers: list[tuple[str, int]], timeout: float) -> dns.resolver.Resolver:
    """A dnspython resolver asking `servers` ([smtp] nameservers), or the system's when there are none."""
    if servers:
        found = dns.resolver.Resolver(configure=False)
        found.nameservers = [dns.nameserver.Do53Nameserver(address, port) for address, port in servers]
    else:
        try:
            found = dns.resolver.Resolver()
        except dns.resolver.NoResolverConfiguration:  # no /etc/resolv.conf: every check becomes a temperror
            found = dns.resolver.Resolver(configure=False)
    found.timeout = timeout  # per server and attempt; `lifetime` below bounds the whole query
    found.cache = None  # a forged answer must not outlive its message; the operator's resolver caches
    return found


class Lookups:
    """The DNS queries of one message: none outlives `timeout`, and none starts after `budget` seconds are spent.

    dnspython's resolver is safe to share between threads (it keeps no state per query); this object is one
    message's and lives in one thread.
    """

    def __init__(self, base: dns.resolver.Resolver, timeout: float, budget: float) -> None:
        self.base = base
        self.timeout = timeout
        self.deadline = time.monotonic() + budget
        self.queries = 0

    def query(self, name: str, rdtype: str) -> list[dns.rdata.Rdata]:
        """The records of that type at that name; [] when there are none (NXDOMAIN or no data)."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise DNSTimeout("the DNS budget of this message is spent")
        self.queries += 1
        try:
            answer = self.base.resolve(
                name, rdtype, lifetime=min(self.timeout, left), search=False, raise_on_no_answer=False
            )
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return []
        except (dns.exception.Timeout, dns.resolver.NoNameservers) as exc:  # SERVFAIL, REFUSED, silence
            raise DNSTimeout(type(exc).__name__) from None
        except (dns.name.NameTooLong, dns.name.EmptyLabel, dns.name.LabelTooLong, UnicodeError):
            return []  # a name the sender made up that DNS cannot hold has no records
        return list(answer.rrset) if answer.rrset is not None else []

    def txt(self, name: str) -> list[bytes]:
        """Each TXT record at `name`, its strings joined (RFC 7208 3.3, RFC 6376 3.6.2.2)."""
        return [b"".join(record.strings) for record in self.query(name, "TXT")]  # type: ignore[attr-defined]
