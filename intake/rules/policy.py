"""The policy's own knobs, read from the [policy] table or INTAKE_POLICY_* variables."""

from __future__ import annotations

from dataclasses import dataclass

from intake import settings as settings_module
from intake.settings import Settings


@dataclass
class PolicyConfig:
    auto_send_safe: bool = True  # clarification and verification-needed replies leave without approval
    excessive_requests_per_year: int = 4  # more than this many from one requester in 12 months is flagged
    notify_employer: bool = True  # draft a notice to the employer's admin contact on a redirected erasure
    supervisory_authority: str = "the data protection supervisory authority of your country of residence"
    retention_days: int = 45  # the statement's Data Retention section: expired data is removed after 45 days


def policy(settings: Settings) -> PolicyConfig:
    cached = getattr(settings, "_policy", None)
    if cached is None:
        cached = settings_module.section(settings, "policy", PolicyConfig)
        settings._policy = cached  # type: ignore[attr-defined]
    return cached
