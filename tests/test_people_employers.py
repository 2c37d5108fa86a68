"""Employers as everyday writers state them (local legal forms, a job before the company, one's own business), and
the lines under a name that are no employer (a phone's footer, a town, the name again). Our own sentences."""

from __future__ import annotations

import pytest

from tests.compose import norm, run

# ------------------------------------------------------------------ the company in a sentence


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        # a job or a department between the verb and the company, the company with its legal form
        ("I work in the warehouse at Northgate Timber Ltd and your system holds my details.", "Northgate Timber Ltd"),
        ("I'm a payroll clerk at Redmoor Haulage and we use your CRM.", "Redmoor Haulage"),
        ("Работаю бухгалтером в ООО «Северный Путь», у нас стоит ваша система.", "ООО «Северный Путь»"),
        (
            "Я працюю менеджеркою з продажу в ТОВ «Зоряне Поле», і наша фірма користується вашою системою.",
            "ТОВ «Зоряне Поле»",
        ),
        ("Radim na blagajni u Jadran Trgovina d.o.o. i tamo sam upisana u vaš sustav.", "Jadran Trgovina d.o.o."),
        (
            "Karadeniz Lojistik A.Ş.'de depo sorumlusu olarak çalışıyorum, şirketimiz sisteminizi kullanıyor.",
            "Karadeniz Lojistik A.Ş.",
        ),
        ("Anadolu Yapı Ltd. Şti.'nde muhasebede çalışıyorum.", "Anadolu Yapı Ltd. Şti."),
        ("Работя като счетоводител в Тракия Агро ЕООД и фирмата използва системата ви.", "Тракия Агро ЕООД"),
        ("Pracujem ako skladník v spoločnosti Tatra Stroj, s.r.o., ktorá používa váš systém.", "Tatra Stroj, s.r.o."),
        (
            "Main Sahyadri Packaging Pvt. Ltd. me kaam karta hoon aur company aapka CRM use karti hai.",
            "Sahyadri Packaging Pvt. Ltd.",
        ),
        ("Ich arbeite im Einkauf bei der Lindner Holzbau GmbH in Kassel.", "Lindner Holzbau GmbH"),
        ("Je travaille au service comptable chez Ardoises du Léon SARL depuis trois ans.", "Ardoises du Léon SARL"),
        # the writer's own business
        ("I run Harbourside Picture Framing, just me and my brother.", "Harbourside Picture Framing"),
        ("Imam malu tvrtku Horvat dizajn j.d.o.o. i koristim vaš program.", "Horvat dizajn j.d.o.o."),
        ("Прекратявам договора (фирмата ми е Петров Консулт ЕТ).", "Петров Консулт ЕТ"),
        ('אני סוגרת את החשבון (העסק שלי – אור פרחים בע"מ).', 'אור פרחים בע"מ'),
        ("안녕하세요, 1인 사업자(소라공방)로 귀사 프로그램을 쓰고 있습니다.", "소라공방"),
        # the employer of a lawyer's client, a former employee, the company's own word kept
        (
            "Zastupujem svoju klientku, bývalú zamestnankyňu spoločnosti Orava Drevo, s.r.o., vo veci jej údajov.",
            "Orava Drevo, s.r.o.",
        ),
        ("أنا الموظفة السابقة في شركة الواحة للتأمين، وأطلب نسخة من بياناتي.", "شركة الواحة للتأمين"),
        ("本人曾任職於宏達精密股份有限公司，請提供我的個人資料。", "宏達精密股份有限公司"),
        # a legal form with a case ending or a comma of the language attached
        ("Töötan Põhja Puit OÜ-s ja teie süsteemis on minu vana aadress.", "Põhja Puit OÜ"),
        ("Naħdem ma' Gozo Freight Ltd u l-kumpanija tuża s-sistema tagħkom.", "Gozo Freight Ltd"),
        ("저는 부산에 있는 Ocean Blue Logistics에서 일하고 있습니다.", "Ocean Blue Logistics"),
        # the same family in the other tables
        ("Bij mijn werkgever, Zeeland Zuivel B.V., staat mijn verzuim in jullie systeem.", "Zeeland Zuivel B.V."),
        (
            "Trabajo como encargada de tienda en Calzados Ribera, S.L. y usamos vuestro programa.",
            "Calzados Ribera, S.L.",
        ),
        (
            "Lavoro come magazziniere presso Trasporti Bellini S.r.l. e la ditta usa il vostro gestionale.",
            "Trasporti Bellini S.r.l.",
        ),
        ("Pracuję jako kierowca w firmie Trans-Pol Sp. z o.o. i tam jestem w waszym systemie.", "Trans-Pol Sp. z o.o."),
        ("Jag arbetar som lagerchef på Norrlands Trä AB och ni har mina uppgifter.", "Norrlands Trä AB"),
        ("Jeg arbejder som sygeplejerske hos Fynsk Pleje ApS, som bruger jeres system.", "Fynsk Pleje ApS"),
        ("Jeg jobber som sjåfør i Vestland Transport AS, og dere har adressen min.", "Vestland Transport AS"),
        (
            "Εργάζομαι ως λογίστρια στην Αιγαίο Τρόφιμα Α.Ε. και η εταιρεία χρησιμοποιεί το σύστημά σας.",
            "Αιγαίο Τρόφιμα Α.Ε.",
        ),
        (
            "Lucrez ca operator în depozit la Carpați Logistic SRL, iar firma folosește sistemul vostru.",
            "Carpați Logistic SRL",
        ),
        ("Dirbu vadybininke bendrovėje UAB „Šilo Medis“, kuri naudoja jūsų sistemą.", "UAB „Šilo Medis“"),
        ("Meine Firma heißt Lichtblick Events GmbH und nutzt Ihr CRM.", "Lichtblick Events GmbH"),
        (
            "Trabalho como rececionista no Hotel Miradouro, Lda. e o hotel usa o vosso programa.",
            "Hotel Miradouro, Lda.",
        ),
        (
            "Treballo a Cooperativa Agrícola del Priorat i fem servir el vostre programa.",
            "Cooperativa Agrícola del Priorat",
        ),
    ],
)
def test_the_employer_a_sentence_names(sentence: str, employer: str) -> None:
    got = run(f"{sentence}\n\nJane Doe\n")
    assert norm(got.employer) == norm(employer)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm a long-standing customer at Westbrook Motors Ltd and I keep getting your newsletters.",  # a customer
        "Я давний клиент в ООО «Лесная Сказка», и мне звонят из вашей системы.",
        "I work two days a week at home and the rest at the allotment.",  # no company at all
        "Работаю удалённо в Казани, а ваша система присылает мне рассылки.",  # a town after a gap
        "I run Windows on my laptop and your app keeps logging me out.",  # not a business
        "I'm a patient at Riverside Clinic and your software holds my appointments.",
    ],
)
def test_a_gap_before_a_company_that_names_no_job_is_no_employer(sentence: str) -> None:
    got = run(f"{sentence}\n\nJane Doe\n")
    assert got.employer is None


# ------------------------------------------------------------------ lines under the name that are no employer


@pytest.mark.parametrize(
    "footer",
    [
        "Verstuurd vanaf mijn Samsung",
        "Gesendet von meinem Pixel",
        "Lähetetty Android-puhelimesta",
        "Trimis de pe Galaxy-ul meu",
        "Siųsta iš mano „iPhone“",
        "Odoslané z môjho telefónu",
        "Надіслано з мого iPhone",
        "أُرسلت من هاتفي المحمول",
        "נשלח מה-Galaxy שלי",
        "Στάλθηκε από το κινητό μου",
        "iPhone'umdan gönderildi",
        "Dikirim dari iPhone saya",
    ],
)
def test_a_phones_sent_from_line_is_no_employer(footer: str) -> None:
    got = run(f"Hello,\n\nplease delete my data.\n\nJane Doe\n\n{footer}\n")
    assert got.employer is None


@pytest.mark.parametrize(
    "signature",
    [
        "Jane Doe\nSanta Cruz",
        "Jane Doe\nSankt Gallen",
        "Jane Doe\nTralee, Co. Kerry",
        "Jane Doe\n4 Mill Street\nLittle Haddon",  # the town under the street
        "Jane Doe\nسان فرانسيسكو",
        "Jane Doe\nתל אביב",
        "J. Doe\nJane Doe",  # the name again, in full
        "J. Doe\n(Jane Doe)",
        "Jane Doe\nResearch Fellow (retired)",  # a role, not a company
    ],
)
def test_a_town_the_name_again_or_a_role_under_the_name_is_no_employer(signature: str) -> None:
    got = run(f"Hello,\n\nplease delete my data.\n\nRegards,\n{signature}\n")
    assert got.employer is None


@pytest.mark.parametrize(
    ("signature", "employer"),
    [
        # a blank line between every signature line, the address with the phone on one long line
        (
            "Jane Doe\n\nWarehouse Supervisor\n\nKettering & Lowe Packaging Ltd\n\n"
            "Unit 9, Brook Park | Tel 01536 000111",
            "Kettering & Lowe Packaging Ltd",
        ),
        ("Jane Doe\nértékesítő\nSzabó és Fia Kft.\n1139 Budapest, Váci út 88.", "Szabó és Fia Kft."),
        (
            "Jane Doe\nJefa de almacén\nConservas del Cantábrico, S.L.\n"
            "Polígono Las Arenas, parcela 12 - 39600 Maliaño (Cantabria)",
            "Conservas del Cantábrico, S.L.",
        ),
        ("Jane Doe\nDep. Financeiro | Cortiças do Alentejo, Lda.", "Cortiças do Alentejo, Lda."),
    ],
)
def test_the_company_in_a_spread_out_signature(signature: str, employer: str) -> None:
    got = run(f"Hello,\n\nplease delete my private address.\n\nKind regards,\n\n{signature}\n")
    assert norm(got.employer) == norm(employer)


# An agent's letter names the subject's employer in the third person ("my mother, who works at X"), in the
# languages whose tables had only the first person ("I work at X"); our own sentences.
THIRD_PERSON = [
    # The sentence's full stop after a legal form written without one is no part of the name.
    (
        "vă scriu în numele mamei mele, Elena Popescu, care lucrează la firma Carpați Logistic SRL. Vă rugăm să ne"
        " trimiteți o copie a datelor ei personale.",
        "Carpați Logistic SRL",
    ),
    (
        "piszę w imieniu mojej mamy, Haliny Nowak, która pracuje w firmie Wisła Trans Sp. z o.o. Prosimy o kopię"
        " wszystkich jej danych osobowych.",
        "Wisła Trans Sp. z o.o.",
    ),
    (
        "píšu za svou matku, Janu Novákovou, která pracuje ve společnosti Vltava Stavby s.r.o. Žádáme o kopii jejích"
        " osobních údajů.",
        "Vltava Stavby s.r.o.",
    ),
    (
        "píšem za moju mamu, Annu Kováčovú, ktorá pracuje v spoločnosti Tatra Obchod s.r.o. Žiadame o kópiu jej"
        " osobných údajov.",
        "Tatra Obchod s.r.o.",
    ),
    (
        "пишу от имени моей мамы, Ольги Смирновой, которая работает в компании ООО «Северный Путь». Просим"
        " предоставить копию её персональных данных.",
        "ООО «Северный Путь»",
    ),
    (
        "пишу від імені моєї мами, Олени Коваль, яка працює в компанії ТОВ «Дніпро Агро». Просимо надати копію її"
        " персональних даних.",
        "ТОВ «Дніпро Агро»",
    ),
    (
        "vi scrivo per conto di mia madre, Lucia Bianchi, che lavora presso Adriatica Trasporti S.r.l. Chiediamo una"
        " copia dei suoi dati personali.",
        "Adriatica Trasporti S.r.l.",
    ),
    (
        "les escribo en nombre de mi madre, Carmen López, que trabaja en Transportes Ebro S.L. Solicitamos una copia"
        " de sus datos personales.",
        "Transportes Ebro S.L.",
    ),
]


@pytest.mark.parametrize(("body", "employer"), THIRD_PERSON, ids=[e for _, e in THIRD_PERSON])
def test_an_agent_states_the_subjects_employer_in_the_third_person(body: str, employer: str) -> None:
    got = run(f"Hello,\n\n{body}\n\nRegards\nMaria Kowalska", sender="Maria Kowalska <maria@home.example>")
    assert got.employer == employer
