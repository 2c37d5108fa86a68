"""Maltese letters (dates with the article joined to their preposition, the IDPC named, the check saying what it
cannot judge) and Brazilian Portuguese beside European: which requesters get pt-BR, and in the LGPD's terms."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from intake.letters import authorities, breaks, catalogue, dates, maltese, render
from intake.letters.catalogue import SampleCase
from intake.letters.drafts import reply_language, template_context
from intake.models import Case
from intake.settings import Settings
from intake.understand.extract import extract
from intake.understand.parse import parse


def _text(name: str, language: str, **values: object) -> str:
    context = {"organisation": "Acme", "case": SampleCase(), "requester_name": "Jane Doe", **values}
    return breaks.flat(render.render(Settings(), name, language, context).text)


@pytest.mark.parametrize(
    ("day", "preposition", "written"),
    [
        (27, "ta", "tas-27"),  # the GDPR's own Maltese title: "Regolament (UE) 2016/679 ... tas-27 ta' April 2016"
        (25, "sa", "sal-25"),
        (23, "sa", "sat-23"),
        (9, "fi", "fid-9"),
        (4, "fi", "fl-4"),  # erbgħa: a vowel, so no "i"
        (5, "fi", "fil-5"),  # ħamsa: a consonant that is no sun letter
        (1, "minn", "mill-1"),
        (2, "minn", "mit-2"),
        (1, "", "l-1"),
        (31, "", "il-31"),
        (16, "", "is-16"),
    ],
)
def test_the_maltese_article_before_a_day_follows_the_spoken_number(day: int, preposition: str, written: str) -> None:
    assert maltese.article(day, preposition) == f"{written.partition('-')[0]}-"
    assert dates.long_date(f"2026-12-{day:02d}", "mt", preposition) == f"{written} ta’ Diċembru 2026"


def test_a_preposition_maltese_does_not_join_is_refused() -> None:
    with pytest.raises(ValueError, match="no Maltese preposition 'wara'"):
        maltese.article(3, "wara")


def test_maltese_letters_write_their_dates_in_their_sentences() -> None:
    assert "sa mhux aktar tard mis-27 ta’ April 2027." in _text("acknowledgement", "mt", due_on="2027-04-27")
    assert "jiskadi fl-1 ta’ Diċembru 2026." in _text(
        "confirmation", "mt", expires_on="2026-12-01", requested_on="2026-11-24", confirmation_code="ABCDE-23456"
    )
    # A value that is no date (a DPO's free text) is printed after the bare preposition, never swallowed.
    assert "sa mhux aktar tard minn xi data" in _text("acknowledgement", "mt", due_on="xi data")


def test_the_check_judges_maltese_by_py3langid_and_says_so_once() -> None:
    settings = Settings()
    problems = catalogue.check_language(settings, "mt") + catalogue.check_language(settings, "pt-BR")
    assert problems == []
    table = catalogue.table(problems, settings)
    assert "language test skipped" not in table
    assert table.count("mt: language judged by py3langid (lingua has no model for 'mt')") == 1
    assert "pt-BR" in table.splitlines()[0].split()  # its own column, judged by lingua as Portuguese


def test_the_check_finds_an_english_letter_and_an_english_paragraph_in_the_maltese_folder(tmp_path: Path) -> None:
    folder = tmp_path / "mt"
    folder.mkdir(parents=True)
    english = (render.BUILTIN_TEMPLATES / "en" / "erasure.txt.j2").read_text(encoding="utf-8")
    (folder / "erasure.txt.j2").write_text(english.replace('"en/_letter.j2"', '"mt/_letter.j2"'), encoding="utf-8")
    maltese = (render.BUILTIN_TEMPLATES / "mt" / "refusal.txt.j2").read_text(encoding="utf-8")
    slipped = "\nWe regret that we cannot act on your request at this time, as explained in the paragraphs above.\n"
    end = maltese.rindex("{% endblock %}")  # the body's end, after the subject's block
    (folder / "refusal.txt.j2").write_text(maltese[:end] + slipped + maltese[end:], encoding="utf-8")
    settings = Settings(templates_dir=str(tmp_path))
    erasure = [p.message for p in catalogue.check_one(settings, "mt", "erasure")]
    refusal = [p.message for p in catalogue.check_one(settings, "mt", "refusal")]
    assert any(m.startswith("is not written in mt (detected en)") for m in erasure), erasure
    assert any("a paragraph in another language: We regret that we cannot act" in m for m in refusal), refusal


def test_the_check_still_catches_a_maltese_letter_that_lost_a_clause(tmp_path: Path) -> None:
    folder = tmp_path / "mt"
    folder.mkdir(parents=True)
    source = (render.BUILTIN_TEMPLATES / "mt" / "refusal.txt.j2").read_text(encoding="utf-8")
    (folder / "refusal.txt.j2").write_text(source.replace("rimedju ġudizzjarju effettiv quddiem il-qrati", "xejn"))
    problems = catalogue.check_one(Settings(templates_dir=str(tmp_path)), "mt", "refusal")
    assert [p.message for p in problems if "judicial" in p.message] != []


def _case(**fields: object) -> Case:
    values: dict[str, object] = {"requester": "ana@example.org", "language": "pt", "extraction": {}, "flags": []}
    return Case(**{**values, **fields})


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, "pt"),  # European Portuguese stays the default
        ({"jurisdiction": "brazil"}, "pt-BR"),  # the deadline follows the LGPD
        ({"extraction": {"jurisdiction_cues": ["brazil"]}}, "pt-BR"),  # the LGPD named, another law's deadline
        ({"requester": "ana@empresa.com.br"}, "pt-BR"),  # an address under Brazil's domain
        ({"extraction": {"flags": ["brazilian"]}}, "pt-BR"),  # Brazilian wording
        ({"language": "es", "requester": "ana@empresa.com.br"}, "es"),  # only Portuguese has the variant
        ({"language": "mt"}, "mt"),
    ],
)
def test_a_portuguese_case_pointing_to_brazil_is_answered_in_brazilian_portuguese(
    fields: dict[str, object], expected: str
) -> None:
    assert reply_language(Settings(), _case(**fields)) == expected


def _mail(body: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = "ana@example.org"
    mail["To"] = "dpo@example.org"
    mail["Subject"] = "Meus dados"
    mail.set_content(body)
    return mail.as_bytes()


def test_the_extraction_flags_brazilian_wording_and_not_european() -> None:
    brazilian = extract(parse(_mail("Olá, me chamo Ana Souza. Quero saber quais dados vocês têm sobre mim. Meu CPF "
                                    "está no cadastro. Atenciosamente, Ana Souza")))  # fmt: skip
    european = extract(parse(_mail("Bom dia, chamo-me Ana Sousa. Peço-vos uma cópia dos meus dados e do meu registo "
                                   "de contactos. Com os melhores cumprimentos, Ana Sousa")))  # fmt: skip
    assert brazilian.language == european.language == "pt"
    assert "brazilian" in brazilian.flags and "brazilian" not in european.flags


def test_a_brazilian_letter_speaks_the_lgpd_and_names_the_anpd() -> None:
    case = _case(requester="ana@empresa.com.br", reference="DPO-2026-000001-1")
    context = template_context(Settings(), case, {"reasons": "Motivo."})
    rendered = render.render(Settings(), "refusal", reply_language(Settings(), case), context)
    text = breaks.flat(rendered.text)
    assert rendered.language == "pt-BR" and not rendered.fell_back
    assert "Autoridade Nacional de Proteção de Dados (ANPD), https://www.gov.br/anpd" in text
    assert "art. 22 da LGPD" in text and "Atenciosamente" in text
    assert '<html lang="pt-BR">' in rendered.html
    # The European letter keeps the GDPR's terms and names no Brazilian authority.
    european = breaks.flat(render.render(Settings(), "refusal", "pt", {**context, "supervisory_authority": None}).text)
    assert "autoridade de controlo" in european and "LGPD" not in european


def test_any_spelling_of_the_variant_finds_its_folder() -> None:
    for spelt in ("pt-BR", "pt_BR", "PT-br", "pt-br"):
        assert render.tag(spelt) == "pt-BR"
        assert render.render(Settings(), "acknowledgement", spelt, {"case": SampleCase()}).language == "pt-BR"
    assert dates.long_date("2026-12-25", "pt-BR") == "25 de dezembro de 2026"


def test_a_maltese_requester_is_pointed_to_the_idpc_in_maltese() -> None:
    named = authorities.choose("", None, "mt")
    assert (
        named == "l-Uffiċċju tal-Kummissarju għall-Informazzjoni u l-Protezzjoni tad-Data (IDPC), https://idpc.org.mt"
    )
    assert authorities.choose("", None, "pt", "pt-BR") == authorities.choose("br", None, "pt")
    assert authorities.choose("", None, "pt") is None  # Portuguese alone is at home in several countries
