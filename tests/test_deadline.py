"""Due dates per law: month ends, CCPA days, pauses, extensions and their explanations."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from intake.errors import SettingsError, TransitionError
from intake.policy import deadline
from intake.policy.deadline import add_months, confirmation_due, due, extend, jurisdiction_for
from intake.sections import DeadlineConfig
from intake.settings import Settings, load


def at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T09:30:00")


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        ("2026-01-31", "2026-02-28"),  # no 31 February: the month's last day
        ("2028-01-31", "2028-02-29"),  # leap year
        ("2026-01-30", "2026-02-28"),
        ("2026-03-31", "2026-04-30"),
        ("2026-12-15", "2027-01-15"),  # across the year end
        ("2026-12-31", "2027-01-31"),
        ("2026-11-25", "2026-12-25"),
    ],
)
def test_a_month_from_receipt_ends_on_the_same_day_or_the_months_last(received: str, expected: str) -> None:
    assert add_months(date.fromisoformat(received), 1) == date.fromisoformat(expected)


def test_gdpr_period_ending_on_a_weekend_ends_on_the_next_working_day() -> None:
    # 31 Jan 2026 + one month = Saturday 28 Feb: Regulation 1182/71 Art. 3(4) moves it to Monday 2 March.
    result = due("eu", at("2026-01-31"))
    assert result.on == date(2026, 3, 2)
    assert result.explanation.endswith(
        "-> 2026-02-28; 2026-02-28 Saturday, 2026-03-01 Sunday: next working day "
        "(Regulation (EEC, Euratom) No 1182/71 Art. 3(4)) -> 2026-03-02"
    )


def test_gdpr_period_ending_on_a_german_holiday_ends_on_the_next_working_day() -> None:
    germany = DeadlineConfig(holidays_country="de")
    # Thursday 14 May 2026 is Ascension Day (Christi Himmelfahrt), a public holiday throughout Germany.
    ascension = due("eu", at("2026-04-14"), config=germany)
    assert ascension.on == date(2026, 5, 15)
    assert "2026-05-14 Ascension Day: next working day" in ascension.explanation
    # Friday 25 Dec, Saturday 26 Dec (Second Day of Christmas), Sunday 27 Dec -> Monday 28 Dec.
    christmas = due("eu", at("2026-11-25"), config=germany)
    assert christmas.on == date(2026, 12, 28)
    assert "2026-12-25 Christmas Day, 2026-12-26 Second Day of Christmas, 2026-12-27 Sunday" in christmas.explanation
    assert christmas.explanation.endswith("-> 2026-12-28")


def test_without_a_holidays_country_only_weekends_move_a_gdpr_period() -> None:
    assert due("eu", at("2026-04-14")).on == date(2026, 5, 14)  # Ascension Day is a working day here
    assert due("eu", at("2026-11-25")).on == date(2026, 12, 25)
    assert (
        due("eu", at("2026-11-25")).explanation == "GDPR Art. 12(3): one month from receipt on 2026-11-25 -> 2026-12-25"
    )
    assert due("eu", at("2026-12-31")).on == date(2027, 2, 1)  # Sunday 31 Jan


def test_an_unknown_holidays_country_is_a_one_line_settings_error_naming_the_key() -> None:
    with pytest.raises(SettingsError, match=r"^\[deadline\] holidays_country: unknown country 'xx'") as caught:
        DeadlineConfig(holidays_country="xx")
    assert "\n" not in str(caught.value)
    with pytest.raises(SettingsError, match=r"holidays_country: 'de' has no subdivision 'zz'"):
        DeadlineConfig(holidays_country="DE-ZZ")
    assert DeadlineConfig(holidays_country=" DE-BY ").holidays_country == "de-by"


def test_ccpa_answer_is_not_moved_off_a_weekend() -> None:
    # 45 days from 16 Nov 2026 is Thursday 31 Dec; from 18 Nov it is Saturday 2 Jan 2027, and it stays there.
    assert due("california", at("2026-11-18")).on == date(2027, 1, 2)


def test_add_months_keeps_the_day_when_the_month_has_it() -> None:
    assert add_months(date(2026, 5, 15), 14) == date(2027, 7, 15)


def test_uk_follows_the_same_month_as_the_eu() -> None:
    assert due("uk", at("2026-01-31")).on == due("eu", at("2026-01-31")).on
    assert due("uk", at("2026-01-31")).explanation.startswith("UK GDPR Art. 12(3)")


def test_pipeline_gdpr_helper_still_gives_one_month_with_its_explanation() -> None:
    result = deadline.gdpr(at("2026-03-31"))
    assert result.on == date(2026, 4, 30)
    assert result.explanation == "GDPR Art. 12(3): one month from receipt on 2026-03-31 -> 2026-04-30"


def test_ccpa_answer_is_due_45_calendar_days_after_receipt() -> None:
    result = due("california", at("2026-11-25"))
    assert result.on == date(2027, 1, 9)
    assert "45 calendar days" in result.explanation and "1798.130" in result.explanation


def test_dpdp_period_comes_from_the_configuration() -> None:
    assert due("india", at("2026-01-01")).on == date(2026, 4, 1)  # 90 days by default
    assert due("india", at("2026-01-01"), config=DeadlineConfig(dpdp_days=30)).on == date(2026, 1, 31)


def test_gdpr_clock_pauses_while_awaiting_identity_and_says_so() -> None:
    result = due("eu", at("2026-01-31"), paused=5, reason="awaiting identity")
    assert result.on == date(2026, 3, 5)
    assert result.explanation == (
        "GDPR Art. 12(3): one month from receipt on 2026-01-31 -> 2026-02-28; "
        "clock paused 5 days awaiting identity -> 2026-03-05"
    )


def test_ccpa_clock_does_not_pause_while_awaiting_verification() -> None:
    result = due("california", at("2026-11-25"), paused=timedelta(days=12))
    assert result.on == date(2027, 1, 9)
    assert "do not stop the clock" in result.explanation and "7021(b)" in result.explanation


def test_dpdp_pause_is_a_setting() -> None:
    assert due("india", at("2026-01-01"), paused=10).on == date(2026, 4, 1)
    assert due("india", at("2026-01-01"), paused=10, config=DeadlineConfig(dpdp_clock_pauses=True)).on == date(
        2026, 4, 11
    )


def test_gdpr_extension_adds_two_months_within_the_first_month() -> None:
    received = at("2026-01-31")
    first = due("eu", received).on
    assert first == date(2026, 3, 2)  # Saturday 28 Feb moved to Monday; the extension still counts from 28 Feb
    extended = extend("eu", received, first, date(2026, 2, 20), "Twelve linked requests to search across systems")
    assert extended.on == date(2026, 4, 28)
    assert "reasons: Twelve linked requests" in extended.explanation
    assert "2026-02-28 -> 2026-04-28" in extended.explanation


def test_extension_is_refused_after_the_first_month() -> None:
    received = at("2026-01-31")
    with pytest.raises(TransitionError, match="2026-02-28"):
        extend("eu", received, date(2026, 2, 28), date(2026, 3, 1), "complex request")


def test_extension_is_still_allowed_on_the_last_day_of_the_window() -> None:
    result = extend("eu", at("2026-01-31"), date(2026, 2, 28), date(2026, 2, 28), "complex request")
    assert result.on == date(2026, 4, 28)


def test_extension_is_refused_without_reasons() -> None:
    with pytest.raises(TransitionError, match="reasons"):
        extend("eu", at("2026-01-05"), date(2026, 2, 5), date(2026, 1, 20), "   ")


def test_only_one_extension_is_allowed() -> None:
    with pytest.raises(TransitionError, match="no extension left"):
        extend("california", at("2026-01-05"), date(2026, 3, 31), date(2026, 2, 1), "volume", extensions_so_far=1)


def test_ccpa_extension_adds_45_days() -> None:
    result = extend("california", at("2026-11-25"), date(2027, 1, 9), date(2026, 12, 1), "volume of records")
    assert result.on == date(2027, 2, 23)


def test_dpdp_has_no_extension() -> None:
    with pytest.raises(TransitionError, match="DPDP"):
        extend("india", at("2026-01-01"), date(2026, 4, 1), date(2026, 1, 2), "complex")


def test_ccpa_receipt_is_confirmed_within_ten_business_days() -> None:
    # Friday 20 Nov 2026: ten business days skip Thanksgiving (26 Nov) and the day after, a California state holiday.
    result = confirmation_due("california", at("2026-11-20"))
    assert result is not None
    assert result.on == date(2026, 12, 8)  # Mon-Fri alone would give Friday 4 Dec
    assert result.explanation == (
        "11 CCR § 7021(a): confirm receipt within 10 business days of 2026-11-20 -> 2026-12-08 (Mon-Fri except "
        "California state holidays; skipping 2026-11-26 Thanksgiving Day, 2026-11-27 Day After Thanksgiving)"
    )


def test_confirmation_received_on_a_saturday_counts_from_monday() -> None:
    result = confirmation_due("california", at("2026-11-28"))
    assert result is not None and result.on == date(2026, 12, 11)


def test_gdpr_asks_for_no_separate_confirmation() -> None:
    assert confirmation_due("eu", at("2026-11-25")) is None


def test_jurisdiction_comes_from_cues_in_the_mail() -> None:
    assert jurisdiction_for(["California"]) == "california"
    assert jurisdiction_for(["india"]) == "india"
    assert jurisdiction_for(["uk"]) == "uk"


def test_jurisdiction_defaults_to_the_configuration_without_cues() -> None:
    assert jurisdiction_for([]) == "eu"
    assert jurisdiction_for(["mars"], DeadlineConfig(default_jurisdiction="india")) == "india"
    assert jurisdiction_for(["california"], DeadlineConfig(follow_cues=False)) == "eu"


def test_several_cues_choose_the_law_whose_answer_is_due_first() -> None:
    assert jurisdiction_for(["california", "eu"]) == "eu"
    assert jurisdiction_for(["india", "california"]) == "california"


def test_configuration_is_read_from_the_deadline_table() -> None:
    settings = Settings(tables={"deadline": {"default_jurisdiction": "california", "dpdp_days": 60}})
    config = settings.deadline
    assert config.default_jurisdiction == "california" and config.dpdp_days == 60


def test_holidays_country_is_read_from_the_deadline_table_and_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    toml = tmp_path / "intake.toml"
    toml.write_text("[deadline]\nholidays_country = 'FR'\n")
    assert load(toml, env={}).deadline.holidays_country == "fr"
    # The tables read the process environment, where INTAKE_DEADLINE_<KEY> wins over the file.
    monkeypatch.setenv("INTAKE_DEADLINE_HOLIDAYS_COUNTRY", "xx")
    with pytest.raises(SettingsError, match=r"holidays_country: unknown country 'xx'"):
        load(toml, env={})


def test_unknown_default_jurisdiction_names_the_key() -> None:
    with pytest.raises(SettingsError, match=r"\[deadline\] default_jurisdiction"):
        Settings(tables={"deadline": {"default_jurisdiction": "mars"}})


def test_cues_may_be_phrases_from_the_mail() -> None:
    assert jurisdiction_for(["I am a California resident"]) == "california"
    assert jurisdiction_for(["under the UK GDPR"]) == "uk"
    assert jurisdiction_for(["ukulele lessons"]) == "eu"  # "uk" only as a whole word


def test_every_configurable_jurisdiction_has_its_rules() -> None:
    from intake.sections import JURISDICTIONS

    assert set(deadline.rules()) == set(JURISDICTIONS)


@pytest.mark.parametrize(
    ("cue", "days", "source"),
    [
        ("brazil", 15, "LGPD Art. 19, II"),
        ("south_africa", 30, "PAIA s.56(1)"),
        ("turkey", 30, "KVKK Art. 13(2)"),
        ("switzerland", 30, "DPO Art. 18(1)"),
        ("japan", 14, "APPI Art. 33(2)"),
        ("china", 15, "PIPL Art. 50"),
        ("korea", 10, "PIPA Enforcement Decree Art. 41(4)"),
        ("us_state", 45, "Va. Code § 59.1-577(B)"),
        ("indonesia", 2, "UU PDP Pasal 30(1) and 32(2): 3 x 24 hours"),
    ],
)
def test_every_recognised_law_has_its_own_period_and_source(cue: str, days: int, source: str) -> None:
    law = deadline.jurisdiction_for([cue])
    assert law == cue
    received = datetime(2026, 11, 25, 9, 0)
    due = deadline.due(law, received, paused=5)
    assert due.on == received.date() + timedelta(days=days)  # waiting for the requester stops none of these
    assert source in due.explanation


def test_an_lgpd_letter_that_also_names_the_gdpr_is_due_under_the_shorter_lgpd_period() -> None:
    assert deadline.jurisdiction_for(["eu", "brazil"]) == "brazil"


def test_only_the_laws_that_allow_it_can_be_extended() -> None:
    received = datetime(2026, 11, 25, 9, 0)
    first = deadline.due("us_state", received).on
    assert deadline.extend("us_state", received, first, received.date(), "volume").on == first + timedelta(days=45)
    with pytest.raises(TransitionError):
        deadline.extend("turkey", received, deadline.due("turkey", received).on, received.date(), "volume")


def test_uk_period_ending_on_christmas_steps_over_the_uk_bank_holidays() -> None:
    result = due("uk", at("2026-11-25"))
    # Boxing Day falls on Saturday in 2026; its substitute bank holiday is Monday 28 Dec.
    assert result.on == date(2026, 12, 29)
    assert "2026-12-28 Boxing Day (observed): next working day (ICO right of access guidance" in result.explanation


def test_gdpr_extension_ending_on_a_holiday_moves_and_says_which() -> None:
    germany = DeadlineConfig(holidays_country="de")
    received = at("2026-02-14")
    first = due("eu", received, config=germany).on
    assert first == date(2026, 3, 16)  # Saturday 14 March -> Monday 16 March
    # From 14 March, two further months end on Thursday 14 May 2026, Ascension Day.
    extended = extend("eu", received, first, date(2026, 3, 1), "complex", config=germany)
    assert extended.on == date(2026, 5, 15)
    assert "from 2026-03-14 -> 2026-05-14; 2026-05-14 Ascension Day: next working day" in extended.explanation


def test_the_indonesian_72_hours_end_after_the_due_day_whatever_the_hour_of_receipt() -> None:
    for hour in (0, 9, 23):
        received = datetime(2026, 11, 23, hour, 59)  # a Monday
        due_day = deadline.due("indonesia", received).on
        end_of_due_day = datetime.combine(due_day, datetime.max.time())
        assert end_of_due_day <= received + timedelta(hours=72)
        assert due_day == date(2026, 11, 25)
    assert deadline.jurisdiction_for(["eu", "indonesia"]) == "indonesia"
