"""Serbian in Cyrillic: told from Macedonian and Russian, read by the Croatian table, names as written."""

from __future__ import annotations

from intake.understand import language, transliteration
from intake.understand.extract import extract
from intake.understand.parse import parse


def _mail(sender: str, subject: str, body: str) -> bytes:
    return (
        f"From: {sender} <sender@example.rs>\r\nTo: dpo@example.org\r\nMessage-ID: <sr-t@example.rs>\r\n"
        f"Subject: {subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def test_the_standard_transliteration_and_the_way_back() -> None:
    assert transliteration.latin("Љубица Ђурђевић, Џон, Њива, шећер") == "Ljubica Đurđević, Džon, Njiva, šećer"
    text = "Поздрав од Љубице Ђурђевић из Чачка"
    assert transliteration.written("Ljubice Đurđević", text) == "Љубице Ђурђевић"
    assert transliteration.written("Nikola", text) == "Nikola"  # not in the mail: the value as read


def test_serbian_cyrillic_is_serbian_and_its_neighbours_stay_themselves() -> None:
    assert language.identify("Молим вас да обришете све податке које имате о мени, хвала унапред.").code == "sr"
    assert language.identify("Тражим брисање мог налога.").code == "sr"  # ј, ж only: lingua sr or mk
    assert language.identify("Дали можете да ја избришете мојата сметка? Ве молам, веднаш.").code == "mk"
    assert language.identify("Прошу удалить все мои персональные данные из вашей системы.").code == "ru"
    # Latin Serbian is Croatian to the model and to the table, as before.
    assert language.identify("Molim vas da obrišete sve moje podatke iz vaše baze.").code == "hr"


def test_a_serbian_cyrillic_request_is_read_with_the_croatian_table() -> None:
    raw = _mail(
        "Бранко Живковић",
        "Брисање података",
        "Поштовани,\r\n\r\nмолим вас да обришете мој налог и све моје личне податке.\r\n\r\nБранко Живковић",
    )
    result = extract(parse(raw))
    assert result.language == "sr" and "language_unsupported" not in result.flags
    assert result.kind == "request" and result.rights == ["erasure"]
    assert result.name == "Бранко Живковић"  # as written, not "Branko Živković"
    assert any(e.field == "language" and e.value == "sr" for e in result.evidence)


def test_a_serbian_cyrillic_agent_keeps_both_names_as_written() -> None:
    raw = _mail(
        "Горан Ћирић",
        "Захтев",
        "Поштовани,\r\n\r\nу име мог сина Стефана Ћирића тражим копију свих његових личних података.\r\n\r\n"
        "Горан Ћирић",
    )
    result = extract(parse(raw))
    assert result.language == "sr" and result.rights == ["access"]
    assert result.agent_name == "Горан Ћирић"


def test_serbian_wordings_and_its_law_are_read_in_cyrillic() -> None:
    cases = [
        ("Шта имате о мени", "Занима ме шта све имате о мени. Пошаљите ми то, молим вас.", ["access"]),
        ("Исправка", "Молим исправку моје адресе, погрешно је унета.", ["rectification"]),
        ("Налог", "Угасите ми налог и обришите моје податке о личности.", ["erasure"]),
        ("Сагласност", "Опозивам пристанак за слање обавештења на мој број.", ["withdraw_consent"]),
        (
            "Захтев",
            "У складу са чланом 26 Закона о заштити података о личности захтевам увид у моје податке.",
            ["access"],
        ),
        ("Аутоматизовано", "Тражим да се на мене не примењује аутоматизовано доношење одлука.", ["automated_decision"]),
    ]
    for subject, sentence, want in cases:
        result = extract(parse(_mail("Мирјана Ђокић", subject, f"Поштовани,\r\n\r\n{sentence}\r\n\r\nМирјана Ђокић")))
        assert result.language == "sr", sentence
        assert result.rights == want, (sentence, result.rights)


def test_a_labelled_line_names_the_person_an_attorney_writes_for() -> None:
    body = (
        "Поштовани,\r\n\r\nкао пуномоћник госпође Весне Тодоровић тражим копију њених података о личности.\r\n\r\n"
        "Лице на које се подаци односе: Весна Тодоровић\r\n\r\nС поштовањем,\r\nадв. Зоран Илић"
    )
    result = extract(parse(_mail("Зоран Илић", "Захтев за приступ", body)))
    assert result.rights == ["access"] and result.name == "Весна Тодоровић" and result.agent_name == "Зоран Илић"
