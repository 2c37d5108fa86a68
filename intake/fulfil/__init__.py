"""Fulfilment: what the DPO's approval of a letter carries out in the records, and what retention removes later.

plan.py says what a letter's approval will do (and the draft shows it); carry.py does it at approval; exports.py
builds the access files; holds.py and flags.py keep the DPO's legal holds and the rights a subject exercised;
purge.py applies the retention rules; register.py is the record of requests a regulator may ask for.
"""

from __future__ import annotations

# What approving each letter carries out, so a letter may promise it (intake/letters/catalogue.py checks that a
# template promises nothing else): "attachment" (the data as files) and "change" (the record changed or flagged).
SUPPLIES: dict[str, frozenset[str]] = {
    "access": frozenset({"attachment"}),
    "portability": frozenset({"attachment"}),
    "rectification": frozenset({"change"}),
    "erasure": frozenset({"change"}),
    "restriction": frozenset({"change"}),
    "objection": frozenset({"change"}),
    "consent_withdrawal": frozenset({"change"}),
    "opt_out_sale": frozenset({"change"}),
    "limit_sensitive": frozenset({"change"}),
}
# The flag each letter sets on the record, with its date and the case reference, for the systems that read it.
FLAGS: dict[str, str] = {
    "restriction": "restricted",
    "objection": "objected",
    "consent_withdrawal": "consent_withdrawn",
    "opt_out_sale": "opted_out_of_sale",
    "limit_sensitive": "sensitive_limited",
}
