"""The data subject's name as the writer spells it (native script, given name first, no honorific, the whole
patronymic), the agent's subject in more languages, and the relative a nomination names. Our own sentences."""

from __future__ import annotations

import pytest

from intake.understand import people, spelling
from tests.compose import norm, run

# ------------------------------------------------------------------ the writer's own spelling


@pytest.mark.parametrize(
    ("sender", "body", "name"),
    [
        # the name signed in the letter's script under a Latin address-book name
        ("Xiaoming Li <xm.li@example.com>", "你好，\n\n请删除我在你们系统里的全部资料，谢谢。\n\n李晓明\n", "李晓明"),
        (
            "Seoyeon Park <sy.park@example.com>",
            "안녕하세요.\n\n제 개인정보를 모두 삭제해 주세요.\n\n박서연\n",
            "박서연",
        ),
        (
            "Al-Rashid, Omar <omar@example.com>",
            "مرحباً،\n\nأرجو حذف جميع بياناتي من نظامكم.\n\nعمر الراشد\nOmar Al-Rashid\n",
            "عمر الراشد",
        ),
        # the name stated in the letter
        ("Wei Zhang <wz@example.com>", "您好：\n\n本人张伟，想查询贵公司保存的我的个人资料，请提供副本。\n", "张伟"),
        ("Leo Liu <leo@example.com>", "你好，我是刘洋（英文名 Leo）。请删除我的账号和全部资料。\n", "刘洋"),
        ("Sujin Lee <sj@example.com>", "안녕하세요, 이수진입니다. 제 개인정보 사본을 보내 주세요.\n", "이수진"),
        ("Daeun Jung <dj@example.com>", "귀사 프로그램을 쓰고 있는 정다은입니다. 제 정보를 삭제해 주세요.\n", "정다은"),
        (
            "Sara Khatib <sara@example.com>",
            "مرحباً،\n\nأنا سارة يوسف الخطيب. أرجو إرسال نسخة من بياناتي.\n",
            "سارة يوسف الخطيب",
        ),
        # the letter writes the accents and the order the header dropped (Vietnamese has no table)
        (
            "Lan Tran <lan.tran@example.com>",
            "Chào anh chị,\n\nTôi là Trần Thị Lan. Xin xóa dữ liệu của tôi.\n",
            "Trần Thị Lan",
        ),
        (
            "KAZLAUSKAS TOMAS <tk@example.com>",
            "Laba diena,\n\nRašo Tomas Kazlauskas. Prašau ištrinti mano duomenis.\n",
            "Tomas Kazlauskas",
        ),
        # family name first in the address book, given name first where the writer signs
        ("HORVAT Ivan <ih@example.com>", "Poštovani,\n\nmolim brisanje mojih podataka.\n", "Ivan Horvat"),
        (
            "BABIĆ Ivana <ib@example.com>",
            "Poštovani,\n\nmolim ispravak adrese.\n\nS poštovanjem,\ndr. sc. Ivana Babić\n",
            "Ivana Babić",
        ),
        ("Иванов Сергей Петрович <si@example.com>", "Прошу удалить мои данные.\n\nСергей Иванов\n", "Сергей Иванов"),
        (
            "von Bülow, Anna-Lena (Dr. phil.) <alvb@example.com>",
            "Bitte löschen Sie meine Daten.\n",
            "Anna-Lena von Bülow",
        ),
        # a first name alone, signed under a mail from an address that begins with it
        ("<yusuf.k77@example.com>", "hi can u delete my account pls\n\nYusuf\n\nSent from my iPhone\n", "Yusuf"),
    ],
)
def test_the_name_as_the_writer_spells_it(sender: str, body: str, name: str) -> None:
    assert norm(run(body, sender).name) == norm(name)


def test_hungarian_names_stay_family_first() -> None:
    assert spelling.given_first("KOVÁCS Péter", "hu") == "KOVÁCS Péter"
    assert spelling.given_first("KNEŽEVIĆ Ante", "hr") == "Ante Knežević"
    assert spelling.given_first("O'NEILL Mary-Kate", "en") == "Mary-Kate O'Neill"


@pytest.mark.parametrize(
    ("sender", "body", "name"),
    [
        (
            "Yuki Tanaka <yt@example.com>",
            "ご担当者様\n\n配信を停止してください。\n",
            "Yuki Tanaka",
        ),  # the reader, not the writer
        ("Wei Zhang <wz@example.com>", "您好：\n\n本人近日发现，贵公司仍在给我发邮件，请删除我的资料。\n", "Wei Zhang"),
        ("Minho Choi <mc@example.com>", "저는 서울에 사는 직장인입니다. 제 정보를 삭제해 주세요.\n", "Minho Choi"),
        ("Minho Choi <mc@example.com>", "귀사 서비스를 이용하는 고객입니다. 제 정보를 삭제해 주세요.\n", "Minho Choi"),
        ("Mohamed Aziz <ma@example.com>", "أنا مش مشترك في حاجة، احذفوا بياناتي.\n", "Mohamed Aziz"),
        # a longer name in the letter may be someone else's: only the accents the header dropped are taken
        (
            "Maria Garcia <mg@example.com>",
            "Please delete my data. I also manage the account of Maria Garcia Lopez.\n",
            "Maria Garcia",
        ),
        ("<info@example.com>", "please delete my data\n\nSam\n", None),  # the address does not begin with the name
    ],
)
def test_words_that_only_look_like_the_name_leave_it(sender: str, body: str, name: str | None) -> None:
    assert norm(run(body, sender).name) == norm(name)


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("陳大文先生", "陳大文"),
        ("山田 花子様", "山田 花子"),
        ("김하늘님", "김하늘"),
        ("王美華 律師", "王美華"),
        ("نور أحمد الزعبي عمرها", "نور أحمد الزعبي"),
        ("सुरेश कुमार वर्मा का", "सुरेश कुमार वर्मा"),
        ("i. A. Petra Lang", "Petra Lang"),
        ("FT Mikko Salo", "Mikko Salo"),
        ("총무팀 캘리포니아 주민", None),
        ("김과장", None),  # Manager Kim: a family name and a job, no full name
        ("王经理", None),
    ],
)
def test_honorifics_titles_and_the_words_after_a_name_are_no_part_of_it(raw: str, name: str | None) -> None:
    assert people.clean_name(raw) == name


# ------------------------------------------------------------------ someone writing for the data subject


@pytest.mark.parametrize(
    ("body", "subject_name"),
    [
        ("Hej,\n\nJag är god man för Karin Lund och vill veta vilka uppgifter ni har om henne.\n", "Karin Lund"),
        (
            "Til rette vedkommende\n\nVi repræsenterer Mette Hansen, jf. vedlagte fuldmagt, og beder om indsigt.\n",
            "Mette Hansen",
        ),
        ("Hei,\n\nSønnen min, Even Dahl (12), er registrert hos dere. Slett alt om ham.\n", "Even Dahl"),
        (
            "Tere,\n\nminu poeg Karl Tamm (14) registreeris end teie süsteemi. Palun kustutage tema andmed.\n",
            "Karl Tamm",
        ),
        ("Добрий день!\n\nМій син Остап Коваль, 15 років, зареєструвався у вас. Видаліть його дані.\n", "Остап Коваль"),
        ("Pozdravljeni,\n\nmoja hči Ana Kos (12 let) se je prijavila pri vas. Izbrišite njene podatke.\n", "Ana Kos"),
        (
            "Уважаеми господа,\n\nот името на моята клиентка Десислава Петрова ви моля да изтриете данните ѝ.\n",
            "Десислава Петрова",
        ),
        (
            "Dobrý deň,\n\nv zastúpení mojej klientky, pani Zuzany Kováčovej, žiadam o kópiu jej údajov.\n",
            "Zuzana Kováčová",
        ),
        (
            "Здравствуйте.\n\nПишу от имени моей мамы, Натальи Сергеевны Орловой, и прошу удалить её данные.\n",
            "Наталья Сергеевна Орлова",
        ),
        (
            "Hola,\n\nEscribo en nombre de mi padre, Tomás Gil Romero, y os pido que borréis sus datos.\n",
            "Tomás Gil Romero",
        ),
        (
            "Αξιότιμοι κύριοι,\n\nζητώ τη διαγραφή των δεδομένων του εντολέα μου.\n\nΕντολέας: Νικόλαος Γεωργίου\n",
            "Νικόλαος Γεωργίου",
        ),
        (
            "A chara,\n\nIarraim oraibh gach eolas faoi m'iníon a scriosadh.\n\nAinm an linbh: Aoife Ní Bhriain\n",
            "Aoife Ní Bhriain",
        ),
        (
            "Здравствуйте.\n\nПрошу удалить данные моего отца.\n\nДанные отца: Виктор Павлович Соколов\n",
            "Виктор Павлович Соколов",
        ),
        ("السلام عليكم،\n\nابنتي نور أحمد الزعبي عمرها 12 سنة، وأطلب حذف بياناتها.\n", "نور أحمد الزعبي"),
        ("नमस्कार,\n\nमेरे पति श्री सुरेश कुमार वर्मा का खाता बंद करके उनका डेटा मिटा दीजिए।\n", "सुरेश कुमार वर्मा"),
    ],
)
def test_the_person_an_agent_writes_for(body: str, subject_name: str) -> None:
    got = run(body, sender="Alex Writer <alex.writer@example.com>")
    assert norm(got.name) == norm(subject_name)
    assert got.agent


def test_the_agents_words_in_the_subject_line_name_the_client() -> None:
    body = "Sehr geehrte Damen und Herren,\n\nwir vertreten Herrn Brandt und bitten um Auskunft über seine Daten.\n"
    got = run(body, sender="Dr. Lea Vogt <vogt@kanzlei.example>", subject="Unser Mandant Felix Brandt - Az. 12/26")
    assert got.name == "Felix Brandt" and got.agent_name == "Lea Vogt"


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        (
            "Anil Shah <anil@example.com>",
            "Dear team,\n\nIf anything happens to me, I want my daughter Priya Shah to be the one who can deal with "
            "my data and decide whether it is deleted. Please record this.\n\nAnil Shah\n",
        ),
        (
            "Odile Marchand <om@example.com>",
            "Madame, Monsieur,\n\nAprès mon décès, je souhaite que ce soit mon fils, Hugo Marchand, qui décide de ce "
            "qu'on fait de mes données chez vous.\n\nOdile Marchand\n",
        ),
    ],
)
def test_the_relative_a_nomination_names_is_not_the_data_subject(sender: str, body: str) -> None:
    got = run(body, sender)
    assert "nomination" in got.rights
    assert got.name == sender.split(" <")[0] and not got.agent


# ------------------------------------------------------------------ forms, tickets and forwards


@pytest.mark.parametrize(
    ("sender", "body", "name", "employer"),
    [
        (
            "Modulo Contatti <noreply@example.com>",
            "Nuova richiesta.\n\nNome: Giulia\nCognome: Conti\nEmail: giulia@example.com\n"
            "Messaggio: cancellate i miei dati\n",
            "Giulia Conti",
            None,
        ),
        (
            "Help Desk <support@helpdesk.example>",
            "Ticket #4411\nRequester: Olga Berg <olga.berg@example.com>\nPriority: Normal\n\nDescription:\n"
            "Please delete my account and all my data.\n",
            "Olga Berg",
            None,
        ),
        (
            "Privacy Form <privacy@forms.example.com>",
            "A form was submitted.\nFirst name Ana\nLast name Silva\nEmail ana@example.com\nCompany Silva Tours Lda.\n"
            "Delete my personal information ☑ Yes\n",
            "Ana Silva",
            "Silva Tours Lda.",
        ),
        (
            "Kontaktformular <wordpress@example.com>",
            "Von: Jana Pohl <jana.pohl@example.com>\nFirma: Pohl Elektro GmbH\nNachricht:\n"
            "Bitte löschen Sie meine Daten.\n",
            "Jana Pohl",
            "Pohl Elektro GmbH",
        ),
        (
            "Форма звернення <no-reply@example.com>",
            "Нове звернення.\n\nІм'я та прізвище: Олена Бондар\nЕл. пошта: olena@example.com\n"
            "Компанія: ТОВ «Дніпро Сад»\n"
            "Повідомлення: Видаліть мої дані.\n",
            "Олена Бондар",
            "ТОВ «Дніпро Сад»",
        ),
    ],
)
def test_the_person_a_form_or_a_ticket_relays(sender: str, body: str, name: str, employer: str | None) -> None:
    got = run(body, sender, robot=True)
    assert norm(got.name) == norm(name) and norm(got.employer) == norm(employer)


def test_a_persons_forwarded_mail_is_no_form() -> None:
    body = (
        "Please see below.\n\nTom Reed\nHR, Calder Mills Ltd\n\n---------- Forwarded message ---------\n"
        "From: Nina Ross <nina.ross@example.com>\nSubject: my data\n\nHi Tom, please get my data deleted.\nNina\n"
    )
    got = run(body, sender="Tom Reed <tom.reed@example.com>", subject="Fwd: my data")
    assert "web_form" not in got.flags and got.name == "Nina Ross"


def test_an_outlook_forward_with_blank_lines_between_its_header_lines() -> None:
    body = (
        "Hello,\n\nplease see the request of our employee below.\n\nKim Lowe\n\nHR, Tern Foods Ltd\n\n"
        "From: Ruth Hale\n\nSent: Monday, March 9, 2026 10:02\n\nTo: Kim Lowe\n\nSubject: my address\n\n"
        "Hi Kim, my address is wrong in the CRM, could they correct it? Thanks, Ruth"
    )
    got = run(body, sender="Kim Lowe <kim.lowe@example.com>", subject="FW: my address")
    assert got.name == "Ruth Hale" and got.agent_name == "Kim Lowe"
