"""Case references carry a check digit, so a mistyped reference is never taken for another case."""

from intake import reference


def test_reference_has_year_number_and_valid_check_digit() -> None:
    ref = reference.make(2026, 123)
    assert ref.startswith("DPO-2026-000123-")
    assert reference.is_valid(ref)


def test_every_single_digit_typo_is_detected() -> None:
    ref = reference.make(2026, 4711)
    for i, ch in enumerate(ref):
        if not ch.isdigit():
            continue
        for d in "0123456789":
            if d != ch:
                assert not reference.is_valid(ref[:i] + d + ref[i + 1 :]), ref[:i] + d + ref[i + 1 :]


def test_find_takes_the_valid_reference_from_a_reply_subject() -> None:
    ref = reference.make(2026, 9)
    bad = ref[:-1] + str((int(ref[-1]) + 1) % 10)
    assert reference.find(f"Re: [{bad}] and [{ref}] We have received your request") == ref
    assert reference.find("Re: no reference here") is None
