"""Several organisations in one deployment: the [[organisation]] tables of intake.toml, read and checked.

Each table names one organisation (`id`, a short slug) and the values it does not share with the others: its
name, DPO addresses, From address, templates, language, the Art. 15 information, and `[organisation.deadline]` and
`[organisation.records]`, which replace the top-level [deadline] and [records] for it. What it does not set it
inherits from the top level. `intake.settings` makes one Settings of each (`settings.tenant(id)`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from intake.errors import SettingsError
from intake.sections import OrganisationConfig, convert

DEFAULT = "default"  # the one organisation of a deployment without [[organisation]] tables (and of older rows)
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,23}$")  # 24 at most: job keys (digest-ID) must fit their 32
# Top-level settings an organisation may set for itself (its key: the setting's name).
OWN = {
    "name": "organisation",
    "dpo_addresses": "dpo_addresses",
    "from_address": "from_address",
    "templates_dir": "templates_dir",
    "default_language": "default_language",
}
ART15 = tuple(f for f in OrganisationConfig.__dataclass_fields__ if f != "name")
TABLES = ("deadline", "records")  # sub-tables that replace the top-level ones for this organisation


@dataclass
class Entry:
    """One [[organisation]] table as read: its id, the settings it sets and its own tables."""

    id: str
    values: dict[str, Any] = field(default_factory=dict)
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)


def read(raw: list[Any], hints: dict[str, Any], where: str) -> list[Entry]:
    """The [[organisation]] tables as entries; a bad one is named by file, organisation id and key in one line.

    `hints` are the Settings type hints (a value is converted as the top-level setting of that name would be)."""
    entries: list[Entry] = []
    for n, table in enumerate(raw, 1):
        if not isinstance(table, dict):
            raise SettingsError(f"{where}: [[organisation]] number {n}: expected a table")
        org = table.get("id")
        if not isinstance(org, str) or not SLUG.match(org):
            got = "missing" if org is None else repr(org)
            raise SettingsError(
                f"{where}: [[organisation]] number {n} id: expected a short slug like acme (a-z, 0-9, - and _), {got}"
            )
        if any(e.id == org for e in entries):
            raise SettingsError(f"{where}: [[organisation]] {org} id: used by two organisations")
        entry = Entry(org, tables={"organisation": {}})
        for key, value in table.items():
            at = f"{where}: [[organisation]] {org}"
            if key == "id":
                continue
            if key in OWN:
                entry.values[OWN[key]] = convert(key, value, hints[OWN[key]], at)
            elif key in ART15:
                entry.tables["organisation"][key] = value
            elif key in TABLES:
                if not isinstance(value, dict):
                    raise SettingsError(f"{at} {key}: expected a table, [organisation.{key}] after [[organisation]]")
                entry.tables[key] = value
            else:
                raise SettingsError(f"{at}: unknown key {key!r}")
        entries.append(entry)
    return entries


def claims(owners: dict[str, list[str]], where: str) -> dict[str, str]:
    """Each DPO address (lower case) and the organisation it belongs to; two organisations claiming one address,
    which would leave its mail with no single owner, is an error naming both."""
    out: dict[str, str] = {}
    for org, addresses in owners.items():
        for address in addresses:
            first = out.setdefault(address.lower(), org)
            if first != org:
                raise SettingsError(
                    f"{where}: [[organisation]] {org} dpo_addresses: {address} is already organisation {first}'s"
                    " (set dpo_addresses in each [[organisation]])"
                )
    return out


def environment(env: dict[str, str], entry: Entry) -> dict[str, str]:
    """The environment an organisation's tables are read with: an INTAKE_<TABLE>_<KEY> variable is a deployment
    default, so it gives way where the organisation has its own table (deadline, records) or key (Art. 15)."""
    drop = [f"INTAKE_{name.upper()}_" for name in TABLES if name in entry.tables]
    own = {f"INTAKE_ORGANISATION_{key.upper()}" for key in entry.tables["organisation"]}
    return {k: v for k, v in env.items() if not k.startswith(tuple(drop)) and k not in own}
