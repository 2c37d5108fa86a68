"""Letters in the requester's language: dates, the authority of her country, HTML from paragraphs, the check's teeth."""

from __future__ import annotations

import base64
import dataclasses
import smtplib
from pathlib import Path

import pytest
from sqlmodel import select

from intake import db, store
from intake.letters import authorities, breaks, catalogue, identify, proofread, render
from intake.letters.catalogue import SampleCase
from intake.models import Case, Event, Outbox
from intake.outbox import send, transports
from intake.run import worker
from intake.settings import Settings
from intake.sources import smtp
from intake.understand import assent
from tests.conftest import Sink, free_port


def _letter(name: str, language: str, **values: object) -> render.Rendered:
    base: dict[str, object] = {"case": SampleCase("DPO-2026-000123-4"), "requester_name": "Maria Lopez"}
    return render.render(Settings(), name, language, {**base, **values})


def test_dates_are_written_as_the_letter_language_writes_them() -> None:
    assert "25. Dezember 2026" in _letter("acknowledgement", "de", due_on="2026-12-25").text
    assert "25 december 2026" in " ".join(_letter("acknowledgement", "sv", due_on="2026-12-25").text.split())
    assert "25 grudnia 2026" in " ".join(_letter("acknowledgement", "pl", due_on="2026-12-25").text.split())
    assert "2026-12-25" not in _letter("acknowledgement", "en", due_on="2026-12-25").text


def test_the_german_refusal_names_no_english_authority_and_reads_as_german_throughout() -> None:
    rendered = _letter("refusal", "de", reasons="Die Anfrage wiederholt eine bereits beantwortete.")
    assert "supervisory authority" not in rendered.text and "the data protection" not in rendered.text
    assert "insbesondere in dem Land, in dem Sie leben oder arbeiten" in " ".join(rendered.text.split())
    assert proofread.foreign(rendered.text, "de") == []


def test_clarification_in_german_asks_in_the_right_case() -> None:
    text = " ".join(_letter("clarification", "de", missing=["name"]).text.split())
    assert "nennen Sie uns bitte noch: - Ihren vollständigen Namen" in text
    assert "fehlt uns noch" not in text


def test_the_authority_follows_the_requesters_country_else_none() -> None:
    assert "ico.org.uk" in (authorities.choose("", {"jurisdiction_cues": ["uk"]}, "de") or "")
    assert "uodo.gov.pl" in (authorities.choose("", None, "pl") or "")
    assert "www.imy.se" in (authorities.choose("", None, "sv") or "")
    # German, French or Spanish are at home in several countries: no guess, the letter's own neutral words.
    assert authorities.choose("", None, "de") is None
    assert authorities.choose("", {"jurisdiction_cues": ["eu"]}, "fr") is None
    # The organisation's choice wins: a country code names that authority, in the letter's language where it can.
    assert (authorities.choose("ie", None, "ga") or "").startswith("An Coimisiún um Chosaint Sonraí")
    assert (authorities.choose("ch", None, "fr") or "").startswith("Préposé fédéral")
    assert authorities.choose("Our lead authority", None, "sv") == "Our lead authority"


def test_html_part_is_built_from_paragraphs_without_breaks_where_the_text_wraps() -> None:
    rendered = _letter("refusal", "en", reasons="A reason.", supervisory_authority=None)
    assert "\n" in rendered.text.split("\n\n")[1]  # the text part wraps this paragraph...
    prose = [p for p in rendered.html.split("<p>") if p.startswith("Thank you for your request")]
    assert prose and "<br>" not in prose[0]  # ...and the HTML part does not
    assert proofread.apart(rendered.text, rendered.html) is None


def test_right_to_left_letters_say_so_in_their_html() -> None:
    assert '<html lang="ar" dir="rtl">' in render.to_html("مرحبا", "ar")
    assert '<html lang="he" dir="rtl">' in render.to_html("שלום", "he")
    assert "dir=" not in render.to_html("Hello", "en")


def test_the_check_finds_a_paragraph_left_in_english_inside_a_german_letter(tmp_path: Path) -> None:
    source = Path("intake/letters/templates/de/restriction.txt.j2").read_text()
    english = "We will tell you before the restriction is lifted, and you need do nothing more.\n"
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "restriction.txt.j2").write_text(
        source.removesuffix("{% endblock %}\n") + "\n" + english + "{% endblock %}\n"
    )
    problems = [p.message for p in catalogue.check_one(Settings(templates_dir=str(tmp_path)), "de", "restriction")]
    assert any(m.startswith("has a paragraph in another language: We will tell you") and "(en)" in m for m in problems)


def test_the_check_finds_placeholders_and_raw_keys() -> None:
    found = proofread.leftovers("Dear «NAME-HERE», your withdraw_consent {{ x }} TODO None")
    assert any("placeholder" in f for f in found)
    assert any("key where words belong" in f for f in found)
    assert any("template syntax" in f for f in found)
    assert any("translator" in f for f in found)
    assert any("None" in f for f in found)
    # A web address is not a key, and the sample values are the requester's data.
    assert proofread.leftovers("see https://www.gov.il/he/departments/the_privacy_protection_authority") == []


def test_the_check_finds_text_and_html_parts_that_differ() -> None:
    assert proofread.apart("One two three.", "<p>One two four.</p>") is not None
    assert proofread.apart("One two three.\n\n- four", "<p>One two three.</p>\n<ul><li>four</li></ul>") is None


def test_the_table_shows_letters_by_languages() -> None:
    problems = [catalogue.Problem("x", "missing template: sv/refusal.txt.j2 not found", "sv", "refusal")]
    text = catalogue.table(problems, Settings())
    assert text.splitlines()[0].split()[:3] == ["en", "de", "fr"]
    assert "sv: no template: refusal" in text


ICELANDIC = (
    "From: Jón Jónsson <jon@example.is>\r\nTo: dpo@example.org\r\nMessage-ID: <is-1@example.is>\r\n"
    "Subject: Persónuupplýsingar\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "Góðan dag. Ég heiti Jón Jónsson og vinn hjá Acme ehf. Ég óska eftir afriti af öllum "
    "persónuupplýsingum sem þið hafið um mig, samkvæmt persónuverndarlögum. Með kveðju, Jón Jónsson\r\n"
).encode()


def test_a_request_in_a_language_without_letters_is_answered_in_the_default_and_flagged(settings: Settings) -> None:
    with db.session(settings.database_url) as s:
        store.put(s, ICELANDIC, mailbox="smtp", source="smtp", envelope_from="jon@example.is")
    worker.drain(settings)
    with db.session(settings.database_url) as s:
        case = s.exec(select(Case)).one()
        assert case.language == "is"
        assert "reply_language_fallback" in case.flags
        events = s.exec(select(Event).where(Event.action == "case.reply_language_fallback")).all()
        assert events and all(e.detail["wanted"] == "is" for e in events)
        assert {e.detail["used"] for e in events} == {settings.default_language}
        assert "acknowledgement" in {e.detail["template"] for e in events}
        ack = [o for o in s.exec(select(Outbox)).all() if o.purpose == "acknowledgement"]
        assert ack and b"We have received your request" in ack[0].raw


SERBIAN = (
    "From: Бранко Живковић <branko@example.rs>\r\nTo: dpo@example.org\r\nMessage-ID: <sr-1@example.rs>\r\n"
    "Subject: Брисање података\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "Поштовани, молим вас да обришете мој налог и све моје личне податке. Бранко Живковић\r\n"
).encode()


def test_a_serbian_cyrillic_request_is_answered_in_the_default_language_and_flagged(settings: Settings) -> None:
    with db.session(settings.database_url) as s:
        store.put(s, SERBIAN, mailbox="smtp", source="smtp", envelope_from="branko@example.rs")
    worker.drain(settings)
    with db.session(settings.database_url) as s:
        case = s.exec(select(Case)).one()
        assert case.language == "sr" and "reply_language_fallback" in case.flags
        events = s.exec(select(Event).where(Event.action == "case.reply_language_fallback")).all()
        assert events and {e.detail["used"] for e in events} == {settings.default_language}


def test_dates_in_the_new_languages_read_correctly_after_a_preposition() -> None:
    def text(language: str) -> str:
        return " ".join(_letter("acknowledgement", language, due_on="2026-12-25").text.split())

    assert "do 25. 12. 2026" in text("sl")  # numeric: "do 25. december" would want the genitive
    assert "do 25. prosinca 2026. godine" in text("hr")  # the ordinal dot never doubles as a full stop
    assert "ne vėliau kaip 2026 m. gruodžio 25 d.," in text("lt")
    assert "25 Aralık 2026 tarihine kadar" in text("tr")
    assert "2026年12月25日までに" in breaks.flat(_letter("acknowledgement", "ja", due_on="2026-12-25").text)


def test_japanese_is_wrapped_by_columns_between_characters_with_kinsoku() -> None:
    rendered = _letter("acknowledgement", "ja", due_on="2026-12-25")
    lines = rendered.text.splitlines()
    assert max(breaks.columns(line) for line in lines) <= render.WIDTH
    assert any(len(line) > 30 for line in lines)  # wrapped near 38 characters, not at every character
    assert not [line for line in lines if line.strip() and line.strip()[0] in breaks.NO_START]
    # The wrapped text says exactly what the HTML part says, and a clause wrapped across lines is still found.
    assert proofread.apart(rendered.text, rendered.html) is None
    assert "ご提供いただいた2つ以上の情報" in breaks.flat(rendered.text)
    assert "\n" not in breaks.flat("個人\nデータ") and breaks.flat("two\n  words") == "two words"


def test_a_line_never_breaks_inside_a_latin_word_among_japanese() -> None:
    lines = breaks.wrap("次のファイルを添付します：" + "personal-data.json" * 3 + "（機械可読形式）", 40)
    assert "personal-data.json" * 3 in lines and all(breaks.columns(line) <= 54 for line in lines)


# The word each language's confirmation letter asks the address on record to answer with.
YES = {
    "ro": "DA",
    "sk": "ÁNO",
    "sl": "DA",
    "hr": "DA",
    "bg": "ДА",
    "et": "JAH",
    "lv": "JĀ",
    "lt": "TAIP",
    "tr": "EVET",
    "ru": "ДА",
    "uk": "ТАК",
    "ja": "「はい」",
    "zh": "“是”",
    "ko": "“네”",
    "ar": "«نعم»",
    "he": '"כן"',
    "ga": "TÁ",
    "mt": "IVA",
    "pt-BR": "SIM",
}
NO = [
    "Nu, nu am fost eu.",
    "Nie, to som nebol ja.",
    "Ne, tega nisem poslal.",
    "Не, не съм аз.",
    "Ei, see polnud mina.",
    "Nē, tas nebiju es.",
    "Ne, tai buvau ne aš.",
    "Hayır, ben değilim.",
    "Нет, это был не я.",
    "Ні, це був не я.",
    "いいえ、私ではありません。",
    "不是我，我没有提出过这个请求。",
    "아니요, 제가 한 요청이 아닙니다.",
    "لا، لم أقدم هذا الطلب.",
    "לא, זה לא הייתי אני.",
    "Níl, níor sheol mise an t-iarratas sin.",
    "Le, ma kontx jien.",
    "LE",
]


def test_each_confirmation_asks_for_a_yes_that_the_reply_reader_accepts() -> None:
    values = {"confirmation_code": "ABCDE-23456", "requested_from": "x@example.org", "requested_on": "2026-11-30"}
    for language, word in YES.items():
        text = breaks.flat(_letter("confirmation", language, expires_on="2026-12-07", **values).text)
        assert word in text, language
        bare = word.strip('「」“”«»"')
        assert assent.YES_ONLY.match(bare) and assent.YES_ONLY.match(f"{bare.lower()}!"), language
        assert not assent.denies(bare), language
    assert [answer for answer in NO if not assent.denies(answer)] == []


HEBREW = (
    "From: Dana Levi <dana@example.co.il>\r\nTo: dpo@example.org\r\nMessage-ID: <he-1@example.co.il>\r\n"
    "Subject: =?utf-8?b?" + base64.b64encode("בקשה למחיקת מידע אישי".encode()).decode() + "?=\r\n"
    "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "שלום רב, שמי דנה לוי ואני עובדת בחברת אקמה. אני מבקשת למחוק את כל המידע האישי שלי מהמערכות שלכם, "
    "בהתאם לחוק הגנת הפרטיות. בברכה, דנה לוי\r\n"
).encode()


def test_a_hebrew_request_over_smtp_is_acknowledged_in_hebrew_right_to_left(
    settings: Settings, sink: tuple[Sink, int]
) -> None:
    handler, relay = sink
    s = dataclasses.replace(settings, outbound=f"smtp://127.0.0.1:{relay}", smtp_listen=f"127.0.0.1:{free_port()}")
    controller = smtp.controller(s)
    controller.start()
    try:
        with smtplib.SMTP("127.0.0.1", smtp.listen_address(s)[1], timeout=30) as client:
            client.sendmail("dana@example.co.il", ["dpo@example.org"], HEBREW)
    finally:
        controller.stop()
    worker.drain(s)
    with db.session(s.database_url) as session:
        send.deliver_due(session, s, transports.transport_for(s))
    (_, to, mail), *_ = handler.wait(1)
    assert to == ["dana@example.co.il"] and mail["Content-Language"] == "he"
    text = mail.get_body(("plain",)).get_content()
    markup = mail.get_body(("html",)).get_content()
    assert identify.detect(text) == "he"  # the library the extraction and the check use
    assert '<html lang="he" dir="rtl">' in markup and proofread.apart(text, markup) is None


@pytest.mark.parametrize(
    ("language", "kin", "paragraph", "shown"),
    [
        (
            "uk",
            "ru",
            "Мы сообщим Вам до того, как ограничение будет снято, и больше от Вас ничего не требуется.",
            "Мы сообщим Вам до того, как…",
        ),
        # Wrapped over two lines in the text part, and quoted whole, with no space where the line broke.
        (
            "zh",
            "ja",
            "制限を解除する前に、ご本人様にお知らせいたします。追加の手続きは必要ありません。",
            "必要ありません。…",
        ),
    ],
)
def test_the_check_tells_a_paragraph_of_close_kin_inside_a_new_language(
    tmp_path: Path, language: str, kin: str, paragraph: str, shown: str
) -> None:
    source = Path(f"intake/letters/templates/{language}/restriction.txt.j2").read_text()
    (tmp_path / language).mkdir()
    (tmp_path / language / "restriction.txt.j2").write_text(
        source.removesuffix("{% endblock %}\n") + "\n" + paragraph + "\n{% endblock %}\n"
    )
    problems = catalogue.check_one(Settings(templates_dir=str(tmp_path)), language, "restriction")
    found = [p.message for p in problems if p.message.startswith("has a paragraph in another language")]
    assert found and found[0].endswith(f"{shown} ({kin})")
