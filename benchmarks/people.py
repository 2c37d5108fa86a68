"""Synthetic people and the requests they (or impostors) would write: Faker pools, combined fast, with human typos."""

from __future__ import annotations

import random
import string
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from faker import Faker

from intake.understand import Extraction, ParsedEmail

LOCALES = ("en_GB", "en_US", "en_IN", "de_DE", "pl_PL", "fr_FR", "it_IT", "pt_PT", "es_ES", "ru_RU", "cs_CZ", "tr_TR")
SUFFIXES = ("Ltd", "Pvt. Ltd.", "GmbH", "S.r.l.", "Lda.", "LLP", "Inc.", "S.A.", "B.V.", "AG", "Limited", "")
COUNTRY_CODES = ("44", "49", "48", "33", "39", "91", "1")
PROVIDERS = ("gmail.com", "yahoo.com", "outlook.com", "proton.me", "web.de", "wp.pl", "orange.fr", "libero.it")
# Neighbouring keys on a QWERTY keyboard: most real substitution typos hit one of these.
_NEAR = {
    c: n
    for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    for i, c in enumerate(row)
    for n in [row[max(i - 1, 0)] + row[min(i + 1, len(row) - 1)]]
}


@dataclass
class Pools:
    first: list[tuple[str, str]]  # (given name, locale)
    last: dict[str, list[str]]
    first_by_locale: dict[str, list[str]]
    companies: list[str]
    streets: dict[str, list[str]]
    cities: dict[str, list[str]]


@lru_cache(maxsize=4)
def pools(seed: int = 7, size: int = 600) -> Pools:
    """Weighted samples of real-looking values per locale (Faker once per pool entry, not once per person)."""
    first: list[tuple[str, str]] = []
    first_by: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}
    streets: dict[str, list[str]] = {}
    cities: dict[str, list[str]] = {}
    companies: list[str] = []
    for i, loc in enumerate(LOCALES):
        fake = Faker(loc)
        fake.seed_instance(seed + i)
        first_by[loc] = [fake.first_name() for _ in range(size)]
        first.extend((f, loc) for f in first_by[loc])
        last[loc] = [fake.last_name() for _ in range(size)]
        streets[loc] = [fake.street_name() for _ in range(size // 4)]
        cities[loc] = [fake.city() for _ in range(size // 4)]
        for _ in range(size // 3):
            base = fake.last_name() if fake.random.random() < 0.5 else fake.company()
            base = base.split(",")[0]
            for suffix in SUFFIXES:
                base = base.removesuffix(" " + suffix).strip() if suffix else base
            companies.append(base)
    return Pools(first, last, first_by, sorted(set(companies)), streets, cities)


@lru_cache(maxsize=100_000)
def _ascii_local(text: str) -> str:
    from anyascii import anyascii

    return "".join(c for c in anyascii(text).lower() if c.isalnum())


def people(n: int, seed: int = 1, start: int = 0) -> Iterator[dict[str, Any]]:
    """n subject records with unique ids, emails, phones and account numbers; names, employers, dates repeat."""
    p = pools()
    rng = random.Random(seed)
    # Client organisations have very different sizes: a few big ones and a long tail (Zipf-like weights).
    weights = [1.0 / (k + 1) for k in range(len(p.companies))]
    employers = rng.choices(p.companies, weights=weights, k=4096)
    suffix_of = {c: rng.choice(SUFFIXES) for c in p.companies}
    for i in range(start, start + n):
        given, loc = rng.choice(p.first)
        family = rng.choice(p.last[loc])
        if rng.random() < 0.08:
            given = f"{given} {rng.choice(p.first_by_locale[loc])}"
        employer = employers[i % 4096] if rng.random() < 0.9 else rng.choice(p.companies)
        company = f"{employer} {suffix_of[employer]}".strip()
        domain = _ascii_local(employer)[:20] + ".example"
        local = f"{_ascii_local(given.split()[0])}.{_ascii_local(family)}"
        year = rng.randint(1945, 2005)
        yield {
            "subject_id": f"S{i:08d}",
            "name": f"{given} {family}",
            "email": f"{local}.{i}@{domain}",
            "phone": f"+{rng.choice(COUNTRY_CODES)}{rng.randint(10**9, 10**10 - 1)}{i % 10}",
            "employer": company,
            "role": "user" if rng.random() < 0.8 else "customer_contact",
            "account_status": rng.choice(("active", "active", "active", "suspended", "expired")),
            "date_of_birth": f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "address": f"{rng.randint(1, 250)} {rng.choice(p.streets[loc])}, {rng.choice(p.cities[loc])}",
            "account_id": f"C{(i * 7919 + 104729) % 10**8:08d}",
        }


def typo(text: str, rng: random.Random) -> str:
    """One human typing slip: a dropped, doubled, swapped or neighbouring-key letter."""
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return text[:i] + text[i + 1 :]
    if kind == 1:
        return text[:i] + text[i] + text[i:]
    if kind == 2:
        return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]
    c = text[i].lower()
    near = _NEAR.get(c, string.ascii_lowercase)
    return text[:i] + rng.choice(near) + text[i + 1 :]


def name_variant(name: str, rng: random.Random) -> str:
    """How people write their own name differently from the record: order, diacritics, initials, typos."""
    from anyascii import anyascii

    from intake.identity.normalise import nickname_variants

    words = name.split()
    roll = rng.random()
    if roll < 0.15:
        words = [*words[1:], words[0]]  # family name first
    elif roll < 0.3:
        words = [anyascii(w) for w in words]  # no diacritics, Latin letters
    elif roll < 0.4 and len(words) > 2:
        words = [words[0], words[-1]]  # middle name left out
    elif roll < 0.5:
        nicks = sorted(nickname_variants(words[0].lower()) - {words[0].lower()})
        if nicks:
            words[0] = rng.choice(nicks).title()
    elif roll < 0.65:
        j = rng.randrange(len(words))
        words[j] = typo(words[j], rng)
    elif roll < 0.7:
        words = [w.upper() for w in words]
    return " ".join(words)


def request_for(
    person: dict[str, Any], rng: random.Random, from_addr: str | None = None, trusted: bool = False
) -> tuple[Extraction, ParsedEmail, bool]:
    """A genuine request from `person`: name plus one to three other data points, as an extraction would find them."""
    from intake.identity.normalise import fold

    ext = Extraction(kind="request", name=name_variant(person["name"], rng))
    sender = from_addr or person["email"]
    optional = ["employer", "phone", "account_id", "date_of_birth", "address"]
    chosen = rng.sample(optional, rng.randint(1, 3))
    if "employer" in chosen:
        words = person["employer"].split()
        if rng.random() < 0.5 and len(words) > 1:
            words = words[:-1] + [rng.choice(SUFFIXES)]  # another legal form, or none
        ext.employer = " ".join(words).strip() if rng.random() < 0.9 else fold(" ".join(words))
    if "phone" in chosen:
        digits = person["phone"]
        ext.phones = [digits if rng.random() < 0.7 else "+" + digits[1:3] + " " + digits[3:7] + " " + digits[7:]]
    if "account_id" in chosen:
        ext.identifiers = [person["account_id"] if rng.random() < 0.8 else person["account_id"].lower()]
    if "date_of_birth" in chosen:
        ext.date_of_birth = person["date_of_birth"]
    if "address" in chosen:
        ext.address = person["address"] if rng.random() < 0.7 else typo(person["address"], rng)
    ext.emails = [sender]
    parsed = ParsedEmail(from_addr=sender, from_name=ext.name or "")
    return ext, parsed, trusted
