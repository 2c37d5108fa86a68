"""Legal answer deadlines: when a case is due under which law, and how that date was derived."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from intake import workdays
from intake.errors import SettingsError, TransitionError
from intake.policy import laws
from intake.policy.laws import Jurisdiction
from intake.sections import DeadlineConfig


@dataclass
class Due:
    """A due date and the sentence that says how it was computed (shown by `intake case REF`)."""

    on: date
    explanation: str


def rules(config: DeadlineConfig | None = None) -> dict[str, Jurisdiction]:
    """The rules table; India's period and pause, and the CCPA numbers, come from the configuration."""
    config = config or DeadlineConfig()
    gdpr = Jurisdiction(
        key="eu",
        law="GDPR",
        source="GDPR Art. 12(3)",
        months=1,
        days=0,
        extension_months=2,
        extension_days=0,
        extensions=1,
        extension_source="GDPR Art. 12(3): two further months, notified with reasons within the first month",
        clock_pauses=True,
        # The period for answering cannot usefully run while we cannot tell who is asking (Art. 12(6));
        # the EDPB access guidelines 01/2022 accept that asking for identity data stops the clock.
        pause_source="GDPR Art. 12(6) and EDPB Guidelines 01/2022",
        confirm_business_days=0,
        # Regulation 1182/71 governs the periods of EU acts (Art. 1); Art. 3(4): a period ending on a public holiday,
        # Sunday or Saturday ends with the end of the following working day; holidays are the member state's
        # where the act is performed: the controller's ([deadline] holidays_country).
        roll_source="Regulation (EEC, Euratom) No 1182/71 Art. 3(4)",
        holidays=config.holidays_country,
    )
    # The ICO's right-of-access guidance: a date on a weekend or bank holiday moves to the next working day.
    uk_holidays = config.holidays_country if config.holidays_country.startswith("gb") else "gb"
    return {
        "eu": gdpr,
        # The UK kept Art. 12(3) verbatim; the Data (Use and Access) Act 2025 made "stop the clock" explicit.
        "uk": replace(
            gdpr,
            key="uk",
            law="UK GDPR",
            source="UK GDPR Art. 12(3)",
            extension_source="UK GDPR Art. 12(3): two further months, notified with reasons within the first month",
            pause_source="UK GDPR Art. 12A (inserted by the Data (Use and Access) Act 2025)",
            roll_source="ICO right of access guidance (retained Regulation 1182/71 Art. 3(4))",
            holidays=uk_holidays,
        ),
        # The 45 calendar days stay where they fall: 11 CCR § 7021(b) counts calendar days and names no move for a
        # holiday; whether Cal. Code Civ. Proc. § 12a extends it is unsettled, so we do not rely on it. The
        # confirmation counts business days, which skip California's holidays (`confirmation_due`).
        "california": Jurisdiction(
            key="california",
            law="CCPA/CPRA",
            source="Cal. Civ. Code § 1798.130(a)(2)(A)",
            months=0,
            days=config.ccpa_days,
            extension_months=0,
            extension_days=config.ccpa_days,
            extensions=1,
            extension_source="Cal. Civ. Code § 1798.130(a)(2)(A): one further 45 days, notified within the first 45",
            clock_pauses=False,
            # 11 CCR § 7021(b): the period begins on receipt "regardless of time required to verify the request".
            pause_source="11 CCR § 7021(b)",
            confirm_business_days=config.ccpa_confirm_business_days,
        ),
        "india": Jurisdiction(
            key="india",
            law="DPDP Act",
            source="DPDP Rules 2025, Rule 14(3)",
            months=0,
            days=config.dpdp_days,
            extension_months=0,
            extension_days=0,
            extensions=0,
            extension_source="DPDP Rules 2025 provide no extension",
            clock_pauses=config.dpdp_clock_pauses,
            pause_source="DPDP Rules 2025 are silent; [deadline] dpdp_clock_pauses",
            confirm_business_days=0,
        ),
        **laws.other_laws(),
    }


def _law_of(cue: str) -> str | None:
    """The law a cue names: an exact key ("ccpa"), or a key as a whole word in a phrase ("California resident")."""
    text = " ".join(cue.lower().split())
    if text in laws.CUES:
        return laws.CUES[text]
    # Longest first, so "uk gdpr" wins over "gdpr".
    for word in sorted(laws.CUES, key=len, reverse=True):
        if re.search(rf"\b{re.escape(word)}\b", text):
            return laws.CUES[word]
    return None


def jurisdiction_for(cues: list[str], config: DeadlineConfig | None = None) -> str:
    """The law a case's deadline follows: from the mail's cues, else the configured default.

    When cues point to several laws, the one whose answer falls due first wins, so no law's
    deadline can be missed by answering under another.
    """
    config = config or DeadlineConfig()
    table = rules(config)
    found = {law for cue in cues if (law := _law_of(cue))} if config.follow_cues else set()
    if not found:
        return config.default_jurisdiction
    # A fixed receipt date compares the base periods; ties go to the alphabetically first key, for stability.
    probe = datetime(2026, 1, 1)
    return min(sorted(found), key=lambda key: _base(table[key], probe.date()))


def _base(rule: Jurisdiction, start: date) -> date:
    # Periods in days exclude the day of receipt and include the last day (Cal. Code Civ. Proc. § 12, and the
    # same convention as months): received 25 Nov, 45 days -> 9 Jan.
    return add_months(start, rule.months) if rule.months else start + timedelta(days=rule.days)


def _period(rule: Jurisdiction) -> str:
    if rule.months:
        return "one month" if rule.months == 1 else f"{rule.months} months"
    return f"{rule.days} calendar days"


def _as_timedelta(paused: timedelta | int) -> timedelta:
    return paused if isinstance(paused, timedelta) else timedelta(days=paused)


def due(
    jurisdiction: str,
    received: datetime,
    paused: timedelta | int = 0,
    config: DeadlineConfig | None = None,
    reason: str = "awaiting the requester",
) -> Due:
    """When the answer is due, counting from receipt.

    `paused` (days or a timedelta) moves the date only where the law stops the clock;
    `reason` names what we waited for ("awaiting identity") in the explanation.
    """
    rule = _rule(jurisdiction, config)
    start = received.date()
    on = _base(rule, start)
    text = f"{rule.source}: {_period(rule)} from receipt on {start.isoformat()} -> {on.isoformat()}"
    pause = _as_timedelta(paused)
    if pause.days > 0:
        if rule.clock_pauses:
            on = on + timedelta(days=pause.days)
            text += f"; clock paused {_days(pause.days)} {reason} -> {on.isoformat()}"
        else:
            text += f"; {_days(pause.days)} {reason} do not stop the clock ({rule.pause_source})"
    on, moved = _roll(rule, on)
    return Due(on, text + moved)


def _roll(rule: Jurisdiction, on: date) -> tuple[date, str]:
    """The working day a period ending on `on` really ends on, and the words that say why (empty when it stays)."""
    if not rule.roll_source:
        return on, ""
    working, skipped = workdays.next_working_day(on, rule.holidays)
    if not skipped:
        return on, ""
    return working, f"; {', '.join(skipped)}: next working day ({rule.roll_source}) -> {working.isoformat()}"


def gdpr(received: datetime) -> Due:
    """The GDPR due date of a request received at `received` (what the pipeline calls today)."""
    return due("eu", received)


def extend(
    jurisdiction: str,
    received: datetime,
    current_due: date,
    today: date,
    reasons: str,
    extensions_so_far: int = 0,
    config: DeadlineConfig | None = None,
) -> Due:
    """The new due date after an extension, or TransitionError when the law does not allow one now.

    The extension is added to the current due date, which already carries any pause. For GDPR this
    gives a date no later than three months from receipt (31 Jan -> 28 Feb -> 28 Apr), the
    conservative reading of "two further months".
    """
    rule = _rule(jurisdiction, config)
    if not reasons or not reasons.strip():
        raise TransitionError(f"extension under {rule.law} needs reasons: the notice must tell the requester why")
    if extensions_so_far >= rule.extensions:
        allowed = "no extension" if rule.extensions == 0 else f"{rule.extensions} extension(s)"
        raise TransitionError(f"no extension left: {rule.law} allows {allowed} ({rule.extension_source})")
    if today > current_due:
        raise TransitionError(
            f"extension refused: its notice had to go out by {current_due.isoformat()} under {rule.law}; "
            "answer the request now"
        )
    # The extension runs from where the period ended before it moved off a weekend or holiday, so a moved end
    # never pushes the extended one later (GDPR: still within three months of receipt).
    base = _unrolled(rule, current_due)
    if rule.extension_months:
        on = add_months(base, rule.extension_months)
        length = f"{rule.extension_months} further months"
    else:
        on = base + timedelta(days=rule.extension_days)
        length = f"{rule.extension_days} further days"
    moved_to, moved = _roll(rule, on)
    return Due(
        moved_to,
        f"{rule.extension_source}: extended on {today.isoformat()} by {length} from {base.isoformat()} "
        f"-> {on.isoformat()}{moved} (received {received.date().isoformat()}; reasons: {reasons.strip()})",
    )


def _unrolled(rule: Jurisdiction, on: date) -> date:
    """The earliest date a period could have ended on and been moved to `on`: back over the days off before it."""
    if not rule.roll_source:
        return on
    while workdays.day_off(on - timedelta(days=1), rule.holidays) is not None:
        on -= timedelta(days=1)
    return on


def confirmation_due(jurisdiction: str, received: datetime, config: DeadlineConfig | None = None) -> Due | None:
    """When receipt must be confirmed (CCPA: 10 business days), or None where the law asks for no confirmation.

    Business days are Monday to Friday except California's state holidays (Cal. Gov. Code § 6700, as the
    `holidays` package lists them for US-CA), whatever the controller's own country.
    """
    rule = _rule(jurisdiction, config)
    if not rule.confirm_business_days:
        return None
    start = received.date()
    on, skipped = workdays.add_business_days(start, rule.confirm_business_days, "us-ca")
    holidays = f"; skipping {', '.join(skipped)}" if skipped else ""
    return Due(
        on,
        f"11 CCR § 7021(a): confirm receipt within {rule.confirm_business_days} business days of "
        f"{start.isoformat()} -> {on.isoformat()} (Mon-Fri except California state holidays{holidays})",
    )


def add_months(start: date, months: int) -> date:
    """Same day N months later, or the month's last day when it has no such day (31 Jan + 1 month = 28/29 Feb).

    This is how the EU computes periods in months (Regulation 1182/71, Art. 3(2)(c)).
    """
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _rule(jurisdiction: str, config: DeadlineConfig | None) -> Jurisdiction:
    table = rules(config)
    if jurisdiction not in table:
        raise SettingsError(f"unknown jurisdiction {jurisdiction!r}; use one of {', '.join(table)}")
    return table[jurisdiction]


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"
