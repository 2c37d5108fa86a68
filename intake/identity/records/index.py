"""The hashed blocking keys of a subject record and the name and employer terms it counts towards."""

from __future__ import annotations

from typing import Any

from intake.identity.normalise import (
    employer_key,
    key_hashes,
    name_tokens,
    norm_date,
    norm_email,
    norm_identifier,
    norm_phone,
)


def subject_index(row: dict[str, Any]) -> tuple[set[int], set[str]]:
    """The hashed blocking keys of one record and its frequency terms (the same functions build a request's keys)."""
    return _index(
        row.get("name"),
        norm_email(row.get("email")),
        row.get("phone"),
        row.get("account_id"),
        norm_date(row.get("date_of_birth")),
        row.get("employer"),
    )


def _index(
    name: str | None, email: str | None, phone: str | None, account: str | None, dob: str | None, employer: str | None
) -> tuple[set[int], set[str]]:
    """subject_index of a record whose email and date of birth are normalised already (the import's cleaning did it).

    The keys are name_keys(tokens) and the e/p/a/d/w keys below, hashed as hkey does; they are written here as
    "kind:value" strings directly because this runs once per imported row (tests compare it with name_keys + hkey).
    """
    keys: list[str] = []
    if email:
        keys.append("e:" + email)
    phone = norm_phone(phone)
    if phone:
        keys.append("p:" + phone)
    account = norm_identifier(account)
    if account:
        keys.append("a:" + account)
    if dob:
        keys.append("d:" + dob)
    words = [t for t in name_tokens(name) if len(t) > 1]
    if len(words) == 1:
        keys.append("n:" + words[0])
    elif words:
        first, last = words[0], words[-1]
        for other in words[1:]:
            keys.append(f"n:{first}|{other}" if first <= other else f"n:{other}|{first}")
        # Initials: "J. Smith" and "Smith, J." both find John Smith.
        keys.append(f"i:{first[0]}|{last}")
        keys.append(f"i:{last[0]}|{first}")
    terms = {"n:" + t for t in words}
    emp = employer_key(employer)
    if emp:
        terms.add("w:" + emp)
        if words:
            # Employer with either end of the name: still found when the other half is misspelt.
            keys.append(f"w:{emp}|{words[0]}")
            keys.append(f"w:{emp}|{words[-1]}")
    return key_hashes(keys), terms
