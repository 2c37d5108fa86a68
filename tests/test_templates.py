"""Reply templates: every letter in every language, the catalogue checker, the sandbox and user overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.letters import breaks, catalogue, dates, render
from intake.letters.catalogue import LANGUAGES, NAMES, SampleCase
from intake.letters.clauses import ATTACHMENT
from intake.settings import Settings

REFUSAL_WITHOUT_REASONS = """{% extends "de/_letter.j2" %}
{% block subject %}Unsere Antwort{% endblock %}
{% block body %}
vielen Dank für Ihre Anfrage. Leider können wir ihr nicht nachkommen.
Sie können sich an ein Gericht wenden.
{% endblock %}
"""


def user_folder(tmp_path: Path, files: dict[str, str]) -> Settings:
    for relative, text in files.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return Settings(templates_dir=str(tmp_path))


def realistic(**values: object) -> dict[str, object]:
    base = {
        "case": SampleCase("DPO-2026-000123-4"),
        "requester_name": "Maria Lopez",
        "due_on": "2026-12-25",
        "rights": ["erasure"],
        "missing": ["employer"],
        "employer": "Acme Logistics GmbH",
        "employer_contact": "it-admin@acme.example",
        "account_status": "active",
        "reasons": "Your request repeats one we answered in full on 3 November.",
        "new_due_on": "2027-02-25",
        "agent_name": "Jan Novak",
        "supervisory_authority": "the Data Protection Authority of your country",
        "subject_name": "Maria Lopez",
    }
    return render.context(**{**base, **values})


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(NAMES))
def test_every_template_renders_in_every_language(name: str, language: str) -> None:
    rendered = render.render(Settings(), name, language, realistic())
    assert rendered.language == language and not rendered.fell_back
    assert "DPO-2026-000123-4" in rendered.subject
    assert rendered.text.strip()


def test_rendered_letters_keep_lines_within_76_characters() -> None:
    long_reasons = "Your request covers twelve years of records kept in three archived systems " * 2
    for language in LANGUAGES:
        for name in NAMES:
            text = render.render(Settings(), name, language, realistic(reasons=long_reasons)).text
            too_long = [line for line in text.splitlines() if len(line) > 76]
            assert not too_long, f"{language}/{name}: {too_long}"


def test_checker_passes_on_the_shipped_templates() -> None:
    assert [str(p) for p in catalogue.check(Settings())] == []


def test_checker_catches_a_user_refusal_that_drops_the_reasons_and_the_authority(tmp_path: Path) -> None:
    settings = user_folder(tmp_path, {"de/refusal.txt.j2": REFUSAL_WITHOUT_REASONS})
    problems = [str(p) for p in catalogue.check_one(settings, "de", "refusal")]
    path = str(tmp_path / "de" / "refusal.txt.j2")
    assert f"{path}: missing the reasons" in problems
    assert f"{path}: missing the right to complain to a supervisory authority" in problems


def test_checker_catches_a_refusal_without_the_judicial_remedy(tmp_path: Path) -> None:
    text = (
        Path("intake/letters/templates/en/refusal.txt.j2")
        .read_text()
        .replace("and the right to seek a judicial\nremedy before the courts", "and that is all")
    )
    settings = user_folder(tmp_path, {"en/refusal.txt.j2": text})
    problems = [p.message for p in catalogue.check_one(settings, "en", "refusal")]
    assert "missing the right to a judicial remedy" in problems


def test_checker_catches_a_letter_in_the_wrong_language(tmp_path: Path) -> None:
    german = (
        Path("intake/letters/templates/de/extension.txt.j2").read_text().replace('"de/_letter.j2"', '"en/_letter.j2"')
    )
    settings = user_folder(tmp_path, {"en/extension.txt.j2": german})
    problems = [p.message for p in catalogue.check_one(settings, "en", "extension")]
    assert "is not written in en (detected de)" in problems


def test_checker_catches_a_verification_letter_that_reveals_what_we_hold(tmp_path: Path) -> None:
    leaky = """{% extends "en/_letter.j2" %}
{% block subject %}Identity{% endblock %}
{% block body %}
We could not find you in our records. Please send two or more data
points so that we can verify who you are.
{% endblock %}
"""
    settings = user_folder(tmp_path, {"en/verification_needed.txt.j2": leaky})
    problems = [p.message for p in catalogue.check_one(settings, "en", "verification_needed")]
    assert "reveals whether we hold data ('could not find')" in problems


def test_checker_catches_a_clarification_that_asks_for_what_is_not_missing(tmp_path: Path) -> None:
    always_all = """{% extends "en/_letter.j2" %}
{% block subject %}Please complete your request{% endblock %}
{% block body %}
Please send us {{ l.missing("name") }}, {{ l.missing("employer") }} and
{{ l.missing("rights") }}.
{% endblock %}
"""
    settings = user_folder(tmp_path, {"en/clarification.txt.j2": always_all})
    problems = [p.message for p in catalogue.check_one(settings, "en", "clarification")]
    assert "asks for name, which is not missing (only employer missing)" in problems


def test_checker_reports_a_template_that_does_not_render(tmp_path: Path) -> None:
    settings = user_folder(
        tmp_path, {"en/completion.txt.j2": "Subject: [{{ case.reference }}] Done\n\n{{ reasonz }}\n"}
    )
    problems = [p.message for p in catalogue.check_one(settings, "en", "completion")]
    assert any(m.startswith("does not render: UndefinedError") and "reasonz" in m for m in problems)


def test_checker_reports_labels_left_untranslated(tmp_path: Path) -> None:
    labels = (
        Path("intake/letters/templates/fr/_labels.j2")
        .read_text()
        .replace('"erasure": "l\'effacement de vos données personnelles",\n', "")
    )
    settings = user_folder(tmp_path, {"fr/_labels.j2": labels})
    problems = [str(p) for p in catalogue.check_language(settings, "fr") if "_labels" in p.path]
    assert problems == [f"{tmp_path / 'fr' / '_labels.j2'}: no words for the right 'erasure'"]


def test_sandbox_refuses_templates_that_reach_for_python_internals(tmp_path: Path) -> None:
    evil = "Subject: [{{ case.reference }}] x\n\n{{ case.__class__.__mro__ }}\n"
    settings = user_folder(tmp_path, {"en/access.txt.j2": evil})
    problems = [p.message for p in catalogue.check_one(settings, "en", "access")]
    assert any("SecurityError" in m for m in problems)


@pytest.mark.parametrize("hostile", ["{{ 7*7 }}", "{% raw %}x{% endraw %}", "{{ case.__class__ }}"])
def test_requester_text_is_rendered_literally_never_evaluated(hostile: str) -> None:
    rendered = render.render(Settings(), "acknowledgement", "en", realistic(requester_name=hostile))
    assert f"Dear {hostile}," in rendered.text
    assert "49" not in rendered.text


def test_html_part_escapes_requester_text() -> None:
    rendered = render.render(Settings(), "acknowledgement", "en", realistic(requester_name="<script>alert(1)</script>"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered.html
    assert "<script>" not in rendered.html
    assert "<li>Before we act on a request about personal data" in rendered.html


def test_a_user_folder_overrides_one_template_and_keeps_the_others(tmp_path: Path) -> None:
    ours = """{% extends "en/_letter.j2" %}
{% block subject %}Thanks from Acme{% endblock %}
{% block body %}
Our own words, due {{ due_on }}.
{% endblock %}
"""
    settings = user_folder(tmp_path, {"en/acknowledgement.txt.j2": ours})
    overridden = render.render(settings, "acknowledgement", "en", realistic())
    assert overridden.subject == "[DPO-2026-000123-4] Thanks from Acme"
    assert "Our own words, due 2026-12-25." in overridden.text
    untouched = render.render(settings, "refusal", "en", realistic())
    assert "judicial" in untouched.text


def test_a_user_folder_can_override_the_labels(tmp_path: Path) -> None:
    labels = (
        Path("intake/letters/templates/en/_labels.j2")
        .read_text()
        .replace("your employer (the organisation that gave you access)", "your company")
    )
    settings = user_folder(tmp_path, {"en/_labels.j2": labels})
    rendered = render.render(settings, "clarification", "en", realistic(missing=["employer"]))
    assert "- your company" in rendered.text


def test_unknown_language_falls_back_to_english_and_says_so() -> None:
    rendered = render.render(Settings(), "acknowledgement", "is", realistic())
    assert rendered.language == "en" and rendered.fell_back
    assert "We have received your request" in rendered.subject


def test_callers_may_pass_only_what_they_have() -> None:
    # The pipeline passes three values; the rest defaults to None or [].
    rendered = render.render(
        Settings(), "acknowledgement", "de", {"case": SampleCase(), "requester_name": None, "due_on": "2026-12-25"}
    )
    assert "Sehr geehrte Damen und Herren," in rendered.text
    assert "bis zum 25. Dezember 2026" in rendered.text  # the date in the letter's language, not ISO


def test_context_rejects_an_unknown_variable() -> None:
    with pytest.raises(TypeError, match="reason"):
        render.context(reason="typo for reasons")


def test_clarification_lists_exactly_what_is_missing() -> None:
    text = render.render(Settings(), "clarification", "en", realistic(missing=["name", "rights"])).text
    assert "- your full name" in text
    assert "- the right(s) you wish to exercise" in text
    assert "- your employer" not in text


def test_erasure_of_an_expired_account_gives_the_removal_date() -> None:
    text = render.render(
        Settings(), "erasure", "en", realistic(account_status="expired", removal_date="2027-01-09")
    ).text
    assert "permanently removed on 9 January 2027" in text
    assert "statutory retention obligation" in text


def test_objection_to_direct_marketing_is_honoured_without_weighing() -> None:
    marketing = render.render(Settings(), "objection", "en", realistic(direct_marketing=True)).text
    other = render.render(Settings(), "objection", "en", realistic(direct_marketing=False)).text
    assert "absolute" in marketing and "compelling" not in marketing
    assert "compelling legitimate grounds" in other and "absolute" not in other


def test_employer_redirect_without_a_contact_names_only_the_employer() -> None:
    text = render.render(Settings(), "employer_redirect", "en", realistic(employer_contact=None)).text
    assert "Acme Logistics GmbH." in text
    assert "administrator" not in text


def test_checker_covers_an_added_language_and_says_what_it_cannot_check(tmp_path: Path) -> None:
    files = {f"is/{name}.txt.j2": Path(f"intake/letters/templates/en/{name}.txt.j2").read_text() for name in NAMES}
    settings = user_folder(tmp_path, files)
    assert "is" in catalogue.languages(settings)  # the whole check covers it (that one run is the test above's)
    problems = [p for p in catalogue.check_language(settings, "is") if "/is/" in p.path]
    assert any(
        "add judicial to [is] in intake/letters/clauses.toml" in p.message and p.path.endswith("refusal.txt.j2")
        for p in problems
    )
    # The sentinel clauses are checked in any language.
    assert not any(p.message == "missing the reasons" for p in problems)


def test_prose_is_reflowed_around_short_values_but_the_signature_keeps_its_lines() -> None:
    text = render.render(Settings(), "proof_of_authority", "en", realistic(subject_name="Ann")).text
    first = text.split("\n\n")[1].splitlines()
    assert first[0].startswith("Thank you for your message, which you sent on behalf of Ann.")
    assert all(len(line) > 60 for line in first[:-1])
    assert text.endswith("Data Protection Officer\nExample Organisation\n")


def test_html_part_names_its_language() -> None:
    rendered = render.render(Settings(), "refusal", "pl", realistic())
    assert rendered.html.startswith('<!DOCTYPE html>\n<html lang="pl">')


def test_no_tag_at_a_line_end_glues_two_words_together() -> None:
    # trim_blocks removes the newline after a tag; text, tag, newline, text would join the two words.
    glued = []
    for path in sorted(Path("intake/letters/templates").glob("*/*.j2")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, (line, following) in enumerate(zip(lines, lines[1:], strict=False), start=1):
            ends_in_tag = line.rstrip().endswith("%}") and not line.rstrip().endswith("+%}")
            text_before = not line.lstrip().startswith("{%")
            if ends_in_tag and text_before and following[:1].isalpha():
                glued.append(f"{path}:{number}")
    assert glued == []


def test_checker_reports_an_expression_that_raises_instead_of_crashing(tmp_path: Path) -> None:
    settings = user_folder(tmp_path, {"en/portability.txt.j2": "Subject: [{{ case.reference }}] x\n\n{{ 1 / 0 }}\n"})
    problems = [p.message for p in catalogue.check_one(settings, "en", "portability")]
    # Both deliveries are rendered, and each says so.
    assert problems == [
        "does not render: ZeroDivisionError: division by zero",
        "does not render (link): ZeroDivisionError: division by zero",
    ]


LINK_BRANCH_SAYS_ATTACHED = """{% extends "de/_letter.j2" %}
{% block subject %}Ihr Antrag auf Datenübertragung{% endblock %}
{% block body %}
{# promises: attachment #}
{% if deliver == "link" %}
vielen Dank für Ihren Antrag. Beigefügt erhalten Sie die Daten, die Sie uns bereitgestellt haben.
{% else %}
vielen Dank für Ihren Antrag. Beigefügt erhalten Sie die Daten, die Sie uns bereitgestellt haben.
{% endif %}
{% endblock %}
"""


def test_checker_renders_both_deliveries_and_catches_a_link_branch_that_says_attached(tmp_path: Path) -> None:
    settings = user_folder(tmp_path, {"de/portability.txt.j2": LINK_BRANCH_SAYS_ATTACHED})
    problems = [p.message for p in catalogue.check_one(settings, "de", "portability")]
    assert problems == [
        "missing until when the download link works (link_expires_on) (link)",
        "mentions an attachment ('beigefügt'), and with deliver = \"link\" nothing is attached (link)",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_link_branch_names_the_expiry_and_the_attach_branch_the_files(language: str) -> None:
    for name in ("access", "portability"):
        link = render.render(Settings(), name, language, realistic(deliver="link", link_expires_on="2026-12-20"))
        attach = render.render(Settings(), name, language, realistic())
        day = breaks.flat(dates.long_date("2026-12-20", language))  # Russian "2026 г." has a narrow space
        assert day in breaks.flat(link.text) and day not in breaks.flat(attach.text)
        assert not [w for w in ATTACHMENT[language] if w.lower() in link.text.lower()], f"{language}/{name}"
        assert [w for w in ATTACHMENT[language] if w.lower() in breaks.flat(attach.text).lower()], f"{language}/{name}"


def test_checker_reports_labels_without_the_download_words(tmp_path: Path) -> None:
    labels = (Path(render.BUILTIN_TEMPLATES) / "de" / "_labels.j2").read_text(encoding="utf-8")
    cut = labels[: labels.index("{# [fulfilment]")] + labels[labels.index("{# Where to complain") :]
    settings = user_folder(tmp_path, {"de/_labels.j2": cut})
    problems = [p.message for p in catalogue.check_language(settings, "de") if p.name in ("_labels", "access")]
    assert "no download macro: the download link's sentence would be in en" in problems
    assert "no data_heading_link macro: the linked data's heading would be in en" in problems
    # and the English fallback below a German link letter is caught as a paragraph in another language
    assert any(m.startswith("the download appendix has a paragraph in another language") for m in problems)
