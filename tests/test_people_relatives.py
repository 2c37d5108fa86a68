"""Someone writing for a relative, a boss or an employee: who the subject is, who the agent is, where the subject
works; a town or a department in a signature is no company. Our own sentences, not the corpora's."""

from __future__ import annotations

import pytest

from intake.understand import people
from tests.compose import norm, run


@pytest.mark.parametrize(
    ("sender", "body", "name"),
    [
        (
            "Paula Greer <pg@example.com>",
            "Hello,\n\nI'm writing on behalf of my father, Owen Greer, who is not online much. Please delete all "
            "the data you hold about him.\n\nPaula Greer\n",
            "Owen Greer",
        ),
        (
            "Marta Ibáñez <mi@example.com>",
            "Hola:\n\nLes escribo de parte de mi papá, Ramón Ibáñez. Quiere que borren todos sus datos personales."
            "\n\nMarta Ibáñez\n",
            "Ramón Ibáñez",
        ),
        (
            "Ingrid Lunde <il@example.com>",
            "Hei,\n\nEg skriv på vegner av sonen min, Håkon Lunde, som er 12 år. Slett alt de har om han.\n\n"
            "Helsing\nIngrid Lunde\n",
            "Håkon Lunde",
        ),
        (
            "Rita Camilleri <rc@example.com>",
            "Bonġu,\n\nJien missier Karl Camilleri, li għandu 13-il sena. Nitlob li tħassru d-data kollha tiegħu.\n\n"
            "Rita Camilleri\n",
            "Karl Camilleri",
        ),
        (
            "Ana Kovač <ak@example.com>",
            "Poštovani,\n\nja sam njezina majka. Molim da obrišete sve podatke.\n\nIme djeteta: Petra Kovač\n\n"
            "Ana Kovač\n",
            "Petra Kovač",
        ),
        (
            "Eleni Papadaki <ep@example.com>",
            "Καλησπέρα,\n\nπαρακαλώ διαγράψτε όλα τα δεδομένα του γιου μου.\n\nΌνομα παιδιού: Νίκος Παπαδάκης\n\n"
            "Ελένη Παπαδάκη\n",
            "Νίκος Παπαδάκης",
        ),
        (
            "Claire Dutton <cd@example.com>",
            "Good morning,\n\nI am the personal assistant to Martin Hale, our Managing Director. He would like to be "
            "taken off all your marketing lists.\n\nClaire Dutton\n",
            "Martin Hale",
        ),
    ],
)
def test_a_relative_or_an_assistant_writes_for_the_subject(sender: str, body: str, name: str) -> None:
    got = run(body, sender)
    assert norm(got.name) == norm(name)
    assert got.agent and got.agent_name is not None and not people.same_person(got.agent_name, name.split()[0])


def test_a_nominee_writing_after_the_death_is_the_agent() -> None:
    body = (
        "Dear Sir or Madam,\n\nMy mother, Mrs. Kamala Rao, passed away in March. As her registered nominee, I ask "
        "you to erase all her personal data.\n\nData principal: Kamala Rao\n\nVikram Rao\n"
    )
    got = run(body, "Vikram Rao <vr@example.com>")
    assert got.name == "Kamala Rao" and got.agent_name == "Vikram Rao"


@pytest.mark.parametrize(
    ("sender", "body", "name", "employer"),
    [
        (
            "Karin Dahl <karin.dahl@example.com>",
            "Hej\n\nJeg videresender en henvendelse fra vores medarbejder Jonas Friis.\n\nVenlig hilsen\nKarin Dahl\n"
            "HR-konsulent, Vestkyst Fisk A/S\n\n-----Oprindelig meddelelse-----\nFra: Jonas Friis "
            "<jonas.friis@example.com>\nSendt: 2. juni 2025 09:14\nEmne: Rettelse\n\nHej Karin\n\nMit efternavn er "
            "stavet forkert i Massist. Kan det rettes?\n\nJonas Friis\n",
            "Jonas Friis",
            "Vestkyst Fisk A/S",
        ),
        (
            "Sanna Lehto <sanna.lehto@example.com>",
            "Hei,\n\nVälitän työntekijämme viestin.\n\nSanna Lehto\nHR, Järvi Puu Oy\n\n---------- Välitetty viesti "
            "----------\nLähettäjä: Mikko Aalto <mikko.aalto@example.com>\nAihe: Tietojen poisto\n\nHei\n\nHaluan, "
            "että tietoni poistetaan.\n\nMikko Aalto\n",
            "Mikko Aalto",
            "Järvi Puu Oy",
        ),
    ],
)
def test_hr_forwards_name_the_employee_in_the_clients_own_header_words(
    sender: str, body: str, name: str, employer: str
) -> None:
    got = run(body, sender, "VS: Rettelse")
    assert got.name == name and got.employer == employer


@pytest.mark.parametrize(
    ("body", "employer"),
    [
        (
            "I'm writing for my wife, Nora Baines. She works at Harlow Print Ltd and wants her data deleted.",
            "Harlow Print Ltd",
        ),
        (
            "Jeg skriver på vegne af min søn, Emil Bach. Han arbejder hos Nordlys Elektro ApS. Slet hans data.",
            "Nordlys Elektro ApS",
        ),
        (
            "J'interviens dans l'intérêt de M. Paul Roux, salarié de la société Garonne Bois SARL. "
            "Je demande l'accès à ses données.",
            "Garonne Bois SARL",
        ),
        (
            "Em nome da minha mãe, Rosa Pinto, empregada da Vinhos do Douro, Lda., peço o apagamento dos dados dela.",
            "Vinhos do Douro, Lda.",
        ),
        (
            "Unsere Mandantin ist bei der Rheinauen Kliniken GmbH als Pflegerin beschäftigt. Wir verlangen Auskunft.",
            "Rheinauen Kliniken GmbH",
        ),
        ('Я работаю в АО "Волжский Завод". Прошу удалить мои данные.', 'АО "Волжский Завод"'),
        ("أعمل محاسبًا في شركة الأفق للتجارة ذ.م.م، أرجو حذف بياناتي.", "شركة الأفق للتجارة ذ.م.م"),
    ],
)
def test_the_employer_a_relative_or_lawyer_states(body: str, employer: str) -> None:
    got = run(f"Hello,\n\n{body}\n\nRegards\nJane Doe\n")
    assert norm(got.employer) == norm(employer)


@pytest.mark.parametrize(
    "place",
    ["Odense C", "Bilbao / Bizkaia", "Üsküdar / İstanbul", "Córdoba, Veracruz", "Documentos enviados mediante pedido"],
)
def test_a_town_or_a_sentence_under_the_name_is_no_employer(place: str) -> None:
    got = run(f"Hello,\n\nPlease delete my account and all my data.\n\nRegards\nJane Doe\n{place}\n")
    assert got.employer is None


def test_a_long_job_title_is_no_employer() -> None:
    got = run("Hello,\n\nPlease delete my data.\n\nRegards\nJane Doe\nAssistant to the Managing Director\n")
    assert got.employer is None


@pytest.mark.parametrize(
    ("sender", "body", "name", "employer"),
    [
        (
            "Jiho Lee <jiho.lee@example.com>",
            "안녕하세요.\n\n제 개인정보를 삭제해 주세요.\n\n이지호 과장\n주식회사 한강상사 구매팀\n",
            "이지호",
            "주식회사 한강상사",
        ),
        (
            "Taro Sato <t.sato@example.com>",
            "お世話になっております。\n\n私の個人情報を削除してください。\n\n佐藤 太郎\n株式会社みどり商会 総務部\n",
            "佐藤 太郎",
            "株式会社みどり商会",
        ),
        ("Leif Strom <leif@example.com>", "Hej,\n\nRadera mina uppgifter, tack.\n\nLeif Ström\n", "Leif Ström", None),
    ],
)
def test_the_signed_spelling_and_the_company_without_its_department(
    sender: str, body: str, name: str, employer: str | None
) -> None:
    got = run(body, sender)
    assert got.name == name and got.employer == employer


def test_a_chaser_takes_the_full_name_signed_in_the_mail_it_forwards() -> None:
    body = (
        "Still waiting for an answer.\n\n-------- Forwarded Message --------\nSubject: erase me\nFrom: Sam "
        "<sam.k@example.com>\n\nHello, please erase my account and everything you have on me.\n\nSam Kerrigan\n"
    )
    assert run(body, "Sam <sam.k@example.com>", "Fwd: erase me").name == "Sam Kerrigan"


def test_a_one_word_name_in_a_sentence_is_part_of_the_senders() -> None:
    body = (
        "Bonjour,\n\nVous écrivez mon nom « Dupond » : je m'appelle Dupont, avec un t. Merci de corriger.\n\n"
        "Anne Dupont\n"
    )
    assert run(body, "Anne Dupont <ad@example.com>").name == "Anne Dupont"
