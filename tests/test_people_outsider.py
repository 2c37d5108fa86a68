"""Names, agents and employers as people outside the team write them (issue 18), and a floor on the outsider set."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from intake.understand import people
from intake.understand.extract import extract
from intake.understand.parse import parse
from tests.compose import norm, run

OUTSIDER = Path(__file__).resolve().parent / "corpus" / "outsider"


# ------------------------------------------------------------------ employers in signatures


@pytest.mark.parametrize(
    "signature",
    [
        "Anna Berg\nLüneburg",  # a town under the name
        "Anna Berg\nKirchweg 14, 21335 Lüneburg",  # a street address
        "Anna Berg\nRecife - PE",  # a town and its state code
        "Anna Berg\nFlagstaff AZ",  # a US town and state without the comma
        "Anna Berg\n名古屋市中区",  # a Han place name
        "Anna Berg\nAccount Manager - Sales",  # a job title and a department
        "Anna Berg\nCuritiba/PR",  # a town and its state after a slash
        "Anna Berg\n杭州",  # a two-character Han city
    ],
)
def test_a_town_an_address_or_a_title_under_the_name_is_no_employer(signature: str) -> None:
    got = run(f"Hello,\n\nplease delete my data.\n\nRegards,\n{signature}\n", sender="Anna Berg <a@example.com>")
    assert got.employer is None


@pytest.mark.parametrize(
    ("signature", "employer"),
    [
        ("Tomás Ruiz\nJefe de ventas\nMaderas Ruiz, S.L.\nSevilla", "Maderas Ruiz, S.L."),
        ("Tomás Ruiz\nGerente | Hortalizas del Sur, Lda.", "Hortalizas del Sur, Lda."),
        ("Tomás Ruiz\nDirector - Exports\nKestrel Trading Pvt. Ltd., Nagpur", "Kestrel Trading Pvt. Ltd."),
        ("Tomás Ruiz\nvadybininkas\nUAB Šiaurės Vėjas\nKaunas", "UAB Šiaurės Vėjas"),
        ("Tomás Ruiz\nKepala Gudang\nPT Sinar Laut Timur\nMedan", "PT Sinar Laut Timur"),
        ("株式会社みどり精機\n総務部 部長\nTomás Ruiz", "株式会社みどり精機"),
        ("Tomás Ruiz\n기획팀 대리\n(주)푸른바다", "(주)푸른바다"),
        ("Tomás Ruiz\nВедущий инженер\nотдел продаж ООО «Северный Луч»", "ООО «Северный Луч»"),
        ("北辰商事株式会社 営業部\nTomás Ruiz", "北辰商事株式会社"),
        (
            "Tomás Ruiz\nNiederlassungsleiter\nWeber Haustechnik Nord GmbH & Co. KG\nBremen",
            "Weber Haustechnik Nord GmbH & Co. KG",
        ),
    ],
)
def test_a_legal_form_beside_titles_and_towns_names_the_employer(signature: str, employer: str) -> None:
    got = run(f"Hello,\n\nplease delete my personal data.\n\n{signature}\n", sender="Tomás Ruiz <t@example.com>")
    assert got.employer == employer


def test_a_signature_above_a_notice_paragraph_or_with_a_long_address_line_is_read() -> None:
    notice = "You have the right to access, rectify and erase your data and to complain to the regulator at any time."
    ola = "Ola Berg <o@example.com>"
    got = run(f"Hi,\n\nplease delete my data.\n\nOla Berg\nBerg Fjellbygg AS\n\n{notice}\n", sender=ola)
    assert got.employer == "Berg Fjellbygg AS"
    long_lines = "Ola Berg\nHead of Procurement | Fjordline Shipping Ltd\nStorgata 112, 0155 Oslo, Norway\n"
    got = run(f"Hi,\n\nplease delete my data.\n\nThanks,\n{long_lines}\n______\n{notice}\n", sender=ola)
    assert got.employer == "Fjordline Shipping Ltd"


# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("body", "sender", "name"),
    [
        ("hoi, wat hebben jullie over mij?\n\ngroetjes Eva de Boer\n", "eva <eva@example.com>", "Eva de Boer"),
        ("Bitte alles löschen.\n\nViele Grüße Jana Wolf\n", "Jana Wolf <j@example.com>", "Jana Wolf"),
        ("Bon dia,\n\nvull una còpia de les meves dades.\n\nJordi Puig i Ferrer\n",
         "Jordi Puig i Ferrer <j@example.com>", "Jordi Puig i Ferrer"),
        ("please stop calling me.\n\nJosefa Ortiz\n", "Pepa Ortiz <p@example.com>", "Josefa Ortiz"),
        ("Prosím o kópiu údajov.\n\nMária Kováčová\n", "Kováčová Mária <m@example.com>", "Mária Kováčová"),
        ("您好：\n\n请删除我的个人信息。\n\n王小明 谨上\n", "王小明 <w@example.com>", "王小明"),
        ("Estimados:\n\nSolicito el acceso a mis datos.\n\nLic. Ana Sofía Reyes Luna\n",
         "Ana Sofía Reyes <a@example.com>", "Ana Sofía Reyes Luna"),
        ("Hallo,\n\nwas wissen Sie über mich? Ich war zwei Jahre im Ausland.\n\nLena Fuchs\n",
         "Lena Fuchs <l@example.com>", "Lena Fuchs"),
        ("weg mit meiner adresse!!\n\nHelga\n", "helga <h@example.com>", "Helga"),
        ("Please send me my data.\n\nThanks\nNoor\n", "N Haddad <n@example.com>", "Noor Haddad"),
        ("こんにちは。\n\nデータを送ってください。\n\n小川 結衣（おがわ ゆい）\n", "Yui Ogawa <y@ex.jp>", "小川 結衣"),
        ("Bonjour,\n\nmerci de supprimer mes données.\n\nAnne-Claire de La Roche d'Argent\n",
         "DE LA ROCHE D'ARGENT Anne-Claire <a@example.fr>", "Anne-Claire de La Roche d'Argent"),
        ("Hi,\n\nplease correct my role (I'm Account Manager, not Intern).\n\nMaya Roth\n", "Maya Roth <m@example.com>",
         "Maya Roth"),
    ],
)  # fmt: skip
def test_the_subjects_name_as_signed(body: str, sender: str, name: str) -> None:
    assert run(body, sender=sender).name == name


@pytest.mark.parametrize(
    ("body", "sender", "subject_name"),
    [
        ("Καλησπέρα,\n\nΗ κόρη μου, Ελένη Παππά, 12 ετών, άνοιξε λογαριασμό. Ζητώ τη διαγραφή του.\n\nΜαρία Παππά\n",
         "Μαρία Παππά <m@example.gr>", "Ελένη Παππά"),
        ("Здравейте,\n\nАз съм баща на Иван Петров, който е на 13 години. Моля, изтрийте профила му.\n\n"
         "Георги Петров\n",
         "Георги Петров <g@example.bg>", "Иван Петров"),
        ("Dzień dobry,\n\njestem matką Oliwii Nowak (14 lat). Proszę usunąć jej konto.\n"
         "Dane córki: Oliwia Nowak\n\nEwa Nowak\n",
         "Ewa Nowak <e@example.pl>", "Oliwia Nowak"),
        ("Vážení,\n\nv zastúpení klientky žiadam o výmaz údajov.\nDotknutá osoba: Jana Kováčová, nar. 1990, Nitra\n\n"
         "JUDr. Milan Brezina\nadvokát\n", "JUDr. Milan Brezina <m@example.sk>", "Jana Kováčová"),
        ("Exmos. Senhores,\n\nNa qualidade de mandatário da Sra. D. Inês Pacheco, requeiro o apagamento dos dados.\n\n"
         "Rui Tavares\n", "Rui Tavares <r@example.pt>", "Inês Pacheco"),
        ("Stimate domn,\n\nÎn calitate de avocat al doamnei Maria Popa, vă solicit ștergerea datelor clientei mele.\n\n"
         "Av. Dan Stoica\n", "Av. Dan Stoica <d@example.ro>", "Maria Popa"),
        ("ご担当者様\n\n娘の山田 花子（10歳）のアカウントを削除してください。\n\n山田 太郎\n",
         "山田 太郎 <y@example.jp>", "山田 花子"),
        ("Spoštovani,\n\nv imenu stranke Janeza Kranjca zahtevam izbris podatkov.\n"
         "Stranka: Janez Kranjec\n\nMaja Zupan\n",
         "Maja Zupan <m@example.si>", "Janez Kranjec"),
        ("Señores:\n\nActuando como apoderado del señor Pablo Ríos Vega, solicito la supresión de sus datos.\n\n"
         "Luis Mora\n", "Luis Mora <l@example.co>", "Pablo Ríos Vega"),
        ("Dear DPO,\n\nI hold a power of attorney for my mother, Edith Crane, who is in care. Please send me a copy of "
         "her data.\n\nPaul Crane\n", "Paul Crane <p@example.com>", "Edith Crane"),
    ],
)  # fmt: skip
def test_an_agent_names_the_subject_and_signs_as_agent(body: str, sender: str, subject_name: str) -> None:
    got = run(body, sender=sender)
    assert (got.name, got.agent) == (subject_name, True)
    assert got.agent_name and got.agent_name != got.name


def test_an_employer_stated_in_a_sentence_but_never_a_declined_person() -> None:
    got = run("Hello, this is Ruth Okafor from Harbourside Dental Care. Please delete my old record.\n\nRuth\n")
    assert got.employer == "Harbourside Dental Care"
    got = run("Hi,\n\nmy former employer Tidewater Freight (Pty) Ltd shared my data. Please erase it.\n\nSipho\n")
    assert got.employer == "Tidewater Freight (Pty) Ltd"
    body = (
        "Добрий день,\n\nпересилаю запит нашого працівника Тараса Мельника.\nПрацівник: Тарас Мельник\n\n"
        "Олена Бойко\nвідділ кадрів ТОВ «Зелений Гай»\n"
    )
    got = run(body, sender="Олена Бойко <o@example.ua>")
    assert (got.name, got.employer) == ("Тарас Мельник", "ТОВ «Зелений Гай»")


def test_a_nominee_or_a_post_mortem_designee_is_not_the_subject() -> None:
    karl = "Karl Lind <k@example.se>"
    got = run("Dear DPO,\n\nI wish to name my wife, Rosa Lind, as my nominee.\n\nKarl Lind\n", sender=karl)
    assert got.name == "Karl Lind"
    got = run("Madame,\n\nJe désigne ma fille, Mme Lucie Morel, pour exercer mes droits.\n\nJean Morel\n",
              sender="Jean Morel <j@example.fr>")  # fmt: skip
    assert got.name == "Jean Morel"


def test_hr_forwarding_the_employee_it_names_makes_the_employee_the_subject() -> None:
    body = (
        "Beste,\n\nHierbij het inzageverzoek van onze medewerker Bram Peeters.\n\nMet vriendelijke groeten,\n"
        "Lies Goossens\nHR-verantwoordelijke\nGoossens Bouw NV\n\n---------- Forwarded message ---------\n"
        "From: Bram Peeters <bram@goossens.example>\nSubject: inzage\n\nDag Lies,\n\n"
        "mag ik zien wat er over mij staat?\n\nBram\n"
    )
    got = run(body, sender="Lies Goossens <lies@goossens.example>", subject="TR: inzage")
    assert (got.name, got.agent_name, got.employer) == ("Bram Peeters", "Lies Goossens", "Goossens Bouw NV")


def test_signature_readers_stay_linear_on_hostile_lines() -> None:
    hostile = [
        "A" * 200_000 + " CA",
        ("Ab " * 60_000) + "NV",
        "Grüße " * 50_000,
        ("x, " * 60_000) + "S.L.",
        "Anna Berg\n" + ("Title | " * 30_000),
    ]
    start = time.perf_counter()
    for line in hostile:
        run(f"Please delete my data.\n\nAnna Berg\n{line}\n", sender="Anna Berg <a@example.com>")
    assert time.perf_counter() - start < 5


# ------------------------------------------------------------------ the outsider set's floor


def test_outsider_set_name_and_employer_floors() -> None:
    """Name and employer on the outsider set's requests (0.993 and 0.989 when tuned, 1.000 and 1.000 with the
    people slice; floors a little below)."""
    rows = [json.loads(line) for line in (OUTSIDER / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    requests = [row for row in rows if row["kind"] == "request"]
    names = employers = 0
    for row in requests:
        got = extract(parse((OUTSIDER / row["file"]).read_bytes()))
        names += norm(got.name) == norm(row["name"])
        employers += norm(got.employer) == norm(row["employer"])
    assert names / len(requests) >= 0.99
    assert employers / len(requests) >= 0.99


@pytest.mark.parametrize(("name", "floors"), [("outsider3a", (0.98, 0.975)), ("outsider3b", (0.975, 0.975))])
def test_everyday_outsider_sets_name_and_employer_floors(name: str, floors: tuple[float, float]) -> None:
    """Issue 18's everyday sets: name 0.931 / 0.860, employer 0.923 / 0.856 when their rights were tuned; 1.000 /
    0.996 and 0.988 / 0.992 with the people slice (native scripts, family-first names, local legal forms)."""
    base = OUTSIDER.parent / name
    rows = [json.loads(line) for line in (base / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    requests = [row for row in rows if row["kind"] == "request"]
    names = employers = 0
    for row in requests:
        got = extract(parse((base / row["file"]).read_bytes()))
        names += norm(got.name) == norm(row["name"])
        employers += norm(got.employer) == norm(row["employer"])
    assert names / len(requests) >= floors[0], f"{name}: name accuracy {names / len(requests):.3f}"
    assert employers / len(requests) >= floors[1], f"{name}: employer accuracy {employers / len(requests):.3f}"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Jane Doe, PhD", "Jane Doe"),
        ("Dr. med. Hans Müller", "Hans Müller"),
        ("Müller, Sabine", "Sabine Müller"),
        ("Mag. Eva Gruber, LL.M.", "Eva Gruber"),
        # where nameparser goes wrong (the reason clean_name stays hand-written):
        ("Maître Jean-Luc de La Fontaine", "Jean-Luc de La Fontaine"),
        ("Shri Rajesh Kumar", "Rajesh Kumar"),
        ("Sra. D.ª María José García", "María José García"),
        ("Jane Doe MBA, CIPP/E", "Jane Doe"),
        ("Kovács Péter", "Kovács Péter"),
    ],
)
def test_titles_and_degrees_are_dropped_where_a_name_parser_keeps_them(written: str, name: str) -> None:
    assert people.clean_name(written) == name
