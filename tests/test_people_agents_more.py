"""A relative, an assistant or a lawyer writing for someone in the tables done last (it pl cs sk hu ro bg ru uk lt
lv et fi sv nl de el ga ca tr ar he ja ko id vi): the subject is the person named, the writer is the agent, and
the subject's employer said in the third person is theirs. Our own sentences, not the corpora's."""

from __future__ import annotations

import pytest

from tests.compose import run

AGENTS = [
    (
        "it",
        "Paolo Bianchi <pb@example.it>",
        "Buongiorno,\n\nvi scrivo per conto di mia madre, Lucia Bianchi, che non "
        "usa la posta elettronica. Vi chiedo di cancellare tutti i suoi dati personali.\n\n"
        "Cordiali saluti\nPaolo Bianchi\n",
        "Lucia Bianchi",
    ),
    (
        "pl",
        "Tomasz Wiśniewski <tw@example.pl>",
        "Dzień dobry,\n\npiszę w imieniu swojej żony, Ewy Wiśniewskiej. Prosimy "
        "o usunięcie wszystkich jej danych osobowych.\n\nPozdrawiam\nTomasz Wiśniewski\n",
        "Ewa Wiśniewska",
    ),
    (
        "cs",
        "Petr Novák <pn@example.cz>",
        "Dobrý den,\n\npíšu za svou matku, Janu Novákovou, která nemá e-mail. Žádám o "
        "výmaz všech jejích osobních údajů.\n\nS pozdravem\nPetr Novák\n",
        "Jana Nováková",
    ),
    (
        "sk",
        "Martin Kováč <mk@example.sk>",
        "Dobrý deň,\n\npíšem za moju mamu, Annu Kováčovú. Žiadam o vymazanie všetkých "
        "jej osobných údajov.\n\nS pozdravom\nMartin Kováč\n",
        "Anna Kováčová",
    ),
    (
        "hu",
        "Szabó Péter <sp@example.hu>",
        "Tisztelt Cím!\n\nÉdesanyám, Szabó Katalin nevében írok. Kérem, töröljék az "
        "összes személyes adatát.\n\nÜdvözlettel\nSzabó Péter\n",
        "Szabó Katalin",
    ),
    (
        "ro",
        "Andrei Popescu <ap@example.ro>",
        "Bună ziua,\n\nvă scriu în numele mamei mele, Elena Popescu. Vă rog să "
        "ștergeți toate datele ei personale.\n\nCu stimă,\nAndrei Popescu\n",
        "Elena Popescu",
    ),
    (
        "bg",
        "Иван Петров <ip@example.bg>",
        "Здравейте,\n\nпиша от името на майка ми, Мария Петрова. Моля, изтрийте "
        "всички нейни лични данни.\n\nПоздрави,\nИван Петров\n",
        "Мария Петрова",
    ),
    (
        "ru",
        "Олег Соколов <os@example.ru>",
        "Здравствуйте!\n\nПишу по просьбе моей мамы, Ирины Соколовой. Прошу удалить "
        "все её персональные данные.\n\nС уважением,\nОлег Соколов\n",
        "Ирина Соколова",
    ),
    (
        "uk",
        "Андрій Мельник <am@example.ua>",
        "Добрий день!\n\nПишу на прохання моєї мами, Оксани Мельник. Прошу видалити "
        "всі її персональні дані.\n\nЗ повагою,\nАндрій Мельник\n",
        "Оксана Мельник",
    ),
    (
        "lt",
        "Tomas Kazlauskas <tk@example.lt>",
        "Laba diena,\n\nrašau savo mamos vardu, Ona Kazlauskienė. Prašau ištrinti "
        "visus jos asmens duomenis.\n\nPagarbiai\nTomas Kazlauskas\n",
        "Ona Kazlauskienė",
    ),
    (
        "lv",
        "Jānis Bērziņš <jb@example.lv>",
        "Labdien!\n\nRakstu savas mātes vārdā, Anna Bērziņa. Lūdzu dzēst visus viņas "
        "personas datus.\n\nAr cieņu\nJānis Bērziņš\n",
        "Anna Bērziņa",
    ),
    (
        "et",
        "Kalle Tamm <kt@example.ee>",
        "Tere,\n\nkirjutan oma ema nimel, Mari Tamm. Palun kustutage kõik tema "
        "isikuandmed.\n\nLugupidamisega\nKalle Tamm\n",
        "Mari Tamm",
    ),
    (
        "fi",
        "Mikko Virtanen <mv@example.fi>",
        "Hei,\n\nkirjoitan äitini puolesta, Liisa Virtanen. Pyydän poistamaan kaikki "
        "hänen henkilötietonsa.\n\nTerveisin\nMikko Virtanen\n",
        "Liisa Virtanen",
    ),
    (
        "sv",
        "Erik Lind <el@example.se>",
        "Hej,\n\njag skriver å min mammas vägnar, Karin Lind. Radera alla hennes "
        "personuppgifter.\n\nHälsningar\nErik Lind\n",
        "Karin Lind",
    ),
    (
        "nl",
        "Joost de Boer <jb@example.nl>",
        "Beste,\n\nIk schrijf namens mijn vader, Henk de Boer. Wilt u al zijn "
        "persoonsgegevens verwijderen?\n\nMet vriendelijke groet,\nJoost de Boer\n",
        "Henk de Boer",
    ),
    (
        "de",
        "Lena Krüger <lk@example.de>",
        "Guten Tag,\n\nich schreibe Ihnen im Namen meiner Mutter, Helga Krüger. Bitte "
        "löschen Sie alle ihre personenbezogenen Daten.\n\nMit freundlichen Grüßen\nLena Krüger\n",
        "Helga Krüger",
    ),
    (
        "el",
        "Νίκος Παπαδόπουλος <np@example.gr>",
        "Καλησπέρα σας,\n\nγράφω εκ μέρους της μητέρας μου, Ελένη Παπαδοπούλου. "
        "Παρακαλώ διαγράψτε όλα τα προσωπικά της δεδομένα.\n\nΜε εκτίμηση,\nΝίκος Παπαδόπουλος\n",
        "Ελένη Παπαδοπούλου",
    ),
    (
        "ga",
        "Seán Ó Briain <sob@example.ie>",
        "A chara,\n\nTáim ag scríobh thar ceann mo mháthar, Máire Ní Bhriain. Scriosaigí "
        "na sonraí pearsanta go léir atá agaibh fúithi, le bhur dtoil.\n\nLe meas,\nSeán Ó Briain\n",
        "Máire Ní Bhriain",
    ),
    (
        "ca",
        "Jordi Puig <jp@example.cat>",
        "Bon dia,\n\nus escric en nom de la meva mare, Montserrat Vila. Us demano que "
        "suprimiu totes les seves dades personals.\n\nSalutacions,\nJordi Puig\n",
        "Montserrat Vila",
    ),
    (
        "tr",
        "Mehmet Yılmaz <my@example.com.tr>",
        "Merhaba,\n\nannem Ayşe Yılmaz adına yazıyorum. Lütfen tüm kişisel "
        "verilerini silin.\n\nSaygılarımla\nMehmet Yılmaz\n",
        "Ayşe Yılmaz",
    ),
    (
        "ar",
        "Omar Haddad <oh@example.com>",
        "مرحبا،\n\nأكتب إليكم نيابة عن والدتي، فاطمة حداد. أرجو حذف جميع بياناتها الشخصية.\n\nمع التحية\nعمر حداد\n",
        "فاطمة حداد",
    ),
    (
        "he",
        "Dan Levi <dl@example.co.il>",
        "שלום,\n\nאני כותב בשם אמא שלי, רחל לוי. אבקש למחוק את כל המידע האישי שלה.\n\nבברכה,\nדן לוי\n",
        "רחל לוי",
    ),
    (
        "ja",
        "Taro Yamada <ty@example.jp>",
        "ご担当者様\n\n母の山田花子に代わってご連絡いたします。母の個人情報をすべて削除してください。\n\n山田太郎\n",
        "山田花子",
    ),
    (
        "ko",
        "Kim Minsu <km@example.kr>",
        "안녕하세요.\n\n어머니 이영희를 대신하여 연락드립니다. 어머니의 개인정보를 모두 삭제해 "
        "주세요.\n\n김민수 드림\n",
        "이영희",
    ),
    (
        "id",
        "Budi Santoso <bs@example.co.id>",
        "Selamat siang,\n\nsaya menulis mewakili ayah saya, Bapak Hadi Santoso. Mohon "
        "hapus semua data pribadi beliau.\n\nHormat saya,\nBudi Santoso\n",
        "Hadi Santoso",
    ),
    (
        "vi",
        "Nguyen Van Nam <nvn@example.vn>",
        "Xin chào,\n\nTôi viết thư này thay mặt mẹ tôi, bà Trần Thị Lan. Xin vui lòng "
        "xóa toàn bộ dữ liệu cá nhân của bà.\n\nTrân trọng,\nNguyễn Văn Nam\n",
        "Trần Thị Lan",
    ),
    (
        "de2",
        "Sabine Roth <sr@example.de>",
        "Hallo,\n\nich bin die persönliche Assistentin von Herrn Klaus Berger und "
        "schreibe in seinem Auftrag. Bitte senden Sie ihm eine Kopie seiner Daten.\n\nSabine Roth\n",
        "Klaus Berger",
    ),
    (
        "cs2",
        "Eva Malá <em@example.cz>",
        "Dobrý den,\n\njménem svého otce, Josefa Malého, žádám o kopii jeho osobních údajů.\n\nEva Malá\n",
        "Josef Malý",
    ),
]


@pytest.mark.parametrize(("lang", "sender", "body", "name"), AGENTS, ids=[a[0] for a in AGENTS])
def test_agent_names_the_subject_and_the_writer_is_the_agent(lang: str, sender: str, body: str, name: str) -> None:
    result = run(body, sender)
    assert result.name == name
    assert result.agent
    assert result.agent_name and result.agent_name != name


EMPLOYERS = [
    (
        "hu",
        "Szabó Péter <sp@example.hu>",
        "Tisztelt Cím!\n\nÉdesanyám, Szabó Katalin nevében írok, aki a Dunakavics "
        "Kft.-nél dolgozik. Kérem, küldjék meg az adatait.\n\nSzabó Péter\n",
        "Dunakavics Kft.",
    ),
    (
        "ca",
        "Jordi Puig <jp@example.cat>",
        "Bon dia,\n\nus escric en nom de la meva mare, Montserrat Vila, que treballa a "
        "Garrotxa Serveis SL. Demano una còpia de les seves dades.\n\nJordi Puig\n",
        "Garrotxa Serveis SL",
    ),
    (
        "bg",
        "Иван Петров <ip@example.bg>",
        "Здравейте,\n\nпиша от името на майка ми, Мария Петрова, която работи в "
        "Родопа Трейд ЕООД, и моля за копие от данните ѝ.\n\nИван Петров\n",
        "Родопа Трейд ЕООД",
    ),
    (
        "el",
        "Νίκος Παπαδόπουλος <np@example.gr>",
        "Καλησπέρα σας,\n\nγράφω εκ μέρους της μητέρας μου, Ελένη Παπαδοπούλου, "
        "η οποία εργάζεται στην Αιγαίο Λογιστική Α.Ε. Ζητώ αντίγραφο των δεδομένων της.\n\nΝίκος Παπαδόπουλος\n",
        "Αιγαίο Λογιστική Α.Ε.",
    ),
]


@pytest.mark.parametrize(("lang", "sender", "body", "employer"), EMPLOYERS, ids=[e[0] for e in EMPLOYERS])
def test_the_subjects_employer_in_the_third_person(lang: str, sender: str, body: str, employer: str) -> None:
    assert run(body, sender).employer == employer


NOT_AGENTS = [
    (
        "it",
        "Giulia Rossi <gr@example.it>",
        "Buongiorno,\n\nanche mia madre usa la vostra app, ma vi scrivo per me: "
        "cancellate il mio account.\n\nGiulia Rossi\n",
        "Giulia Rossi",
    ),
    (
        "cs",
        "Jana Dvořáková <jd@example.cz>",
        "Dobrý den,\n\nmoje matka mi doporučila vaši aplikaci. Prosím o výmaz mého účtu.\n\nJana Dvořáková\n",
        "Jana Dvořáková",
    ),
    (
        "de",
        "Max Weber <mw@example.de>",
        "Hallo,\n\nmeine Mutter nutzt Ihre App auch, aber ich möchte nur meine eigenen "
        "Daten löschen lassen.\n\nMax Weber\n",
        "Max Weber",
    ),
]


@pytest.mark.parametrize(("lang", "sender", "body", "name"), NOT_AGENTS, ids=[n[0] for n in NOT_AGENTS])
def test_a_relative_only_mentioned_is_no_agent_letter(lang: str, sender: str, body: str, name: str) -> None:
    result = run(body, sender)
    assert result.name == name
    assert not result.agent
