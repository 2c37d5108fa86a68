"""Regional variants of a letter language: Brazilian Portuguese, in the LGPD's terms, for a writer in Brazil."""

from __future__ import annotations

from typing import Any

# Portuguese is answered in European Portuguese, in the GDPR's terms, unless the case points to Brazil by what
# intake already records for it, strongest first:
# - the law its deadline follows is the LGPD (`Case.jurisdiction == "brazil"`: the mail named the LGPD, or the
#   organisation's `[deadline] default_jurisdiction` is "brazil"), or the mail named it though the deadline follows
#   another law (`jurisdiction_cues`);
# - the requester writes from an address under Brazil's domain (.br);
# - the mail's wording is Brazilian (the extraction's flag `brazilian`: more words of Brazilian usage, "você",
#   "registro", "contato", "CPF", "me chamo", than of European, "registo", "contacto", "chamo-me"; pt.toml [variant]).
BRAZIL = "pt-BR"
BRAZILIAN_FLAG = "brazilian"


def of(language: str | None, jurisdiction: str | None, extraction: dict[str, Any] | None, requester: str) -> str | None:
    """The regional variant letters to this case are written in, or None for the language's own folder."""
    if language != "pt":
        return None
    extraction = extraction or {}
    if jurisdiction == "brazil" or "brazil" in extraction.get("jurisdiction_cues", []):
        return BRAZIL
    if requester.rstrip(">").lower().endswith(".br"):
        return BRAZIL
    if BRAZILIAN_FLAG in extraction.get("flags", []):
        return BRAZIL
    return None
