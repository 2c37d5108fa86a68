"""Everyday wording of every right (issue 18's outsider3 sets), in our own sentences: one family per line."""

from __future__ import annotations

import pytest

from intake.understand.extract import extract
from intake.understand.parse import parse
from intake.understand.rights import find


def mail(body: str, subject: str = "Hello") -> bytes:
    head = f"From: Jane Doe <jane.doe@example.com>\r\nTo: dpo@massistcrm.com\r\nSubject: {subject}\r\n"
    return (head + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()


# (language, sentence, rights it asks for). Sentences are ours, not the sets': the rule is tested apart from them.
EVERYDAY = [
    ("en", "Could you tell me what you have recorded about me?", ["access"]),
    ("en", "I would like to know where you got it from.", ["access"]),
    ("en", "My phone number is out of date on your system, it ends 4471 now.", ["rectification"]),
    ("en", "My surname has changed since I married, could you change it to Okafor?", ["rectification"]),
    ("en", "I want my details taken out of your database for good.", ["erasure"]),
    ("en", "While the dispute lasts, please put my file on hold.", ["restriction"]),
    ("en", "Until the mix-up is cleared, please do not use my record for anything.", ["restriction"]),
    ("en", "Please send my contacts as CSV or XLSX so I can switch suppliers.", ["portability"]),
    ("en", "Two years ago I agreed to the call recordings. I now take that back.", ["withdraw_consent"]),
    ("en", "I no longer agree to my picture being on your brochure.", ["withdraw_consent"]),
    ("en", "I was turned down in seconds; I want a real person to review my case.", ["automated_decision"]),
    ("en", "Please log this as a formal complaint about your helpdesk.", ["grievance"]),
    ("en", "If anything happens to me, my nephew Tom Reid should deal with my data.", ["nomination"]),
    ("de", "Könnten Sie meinen Nachnamen bitte richtigstellen? Er wird mit ö geschrieben.", ["rectification"]),
    ("de", "Solange der Streit läuft, bitte alles auf Eis legen.", ["restriction"]),
    ("de", "Mit den Fotos auf Ihrer Seite bin ich nicht mehr einverstanden.", ["withdraw_consent"]),
    ("de", "Ich möchte, dass ein echter Mensch meine Bewerbung noch einmal ansieht.", ["automated_decision"]),
    ("de", "Bitte nehmen Sie mich aus Ihrem Einladungsverteiler.", ["objection"]),
    ("de", "Verkaufen Sie meine Adresse bitte an niemanden.", ["opt_out_sale"]),
    ("fr", "Franchement, vous avez quoi sur moi dans vos fichiers ?", ["access"]),
    ("fr", "Je vous demande de bloquer mon compte le temps de l'enquête.", ["restriction"]),
    ("fr", "Pour les photos du salon, je reviens sur mon accord.", ["withdraw_consent"]),
    ("fr", "Arrêtez de m'appeler le samedi matin pour vos offres.", ["objection"]),
    ("fr", "Après mon décès, ma sœur Anne pourra décider du sort de mon compte.", ["nomination"]),
    (
        "es",
        "Antes de irme, quiero importar mis clientes en otro programa; borrad luego la cuenta.",
        ["erasure", "portability"],
    ),
    ("es", "Hace un año acepté las encuestas, pero ya no estoy de acuerdo.", ["withdraw_consent"]),
    ("es", "Hasta que se revise la deuda, no usen mis datos para nada.", ["restriction"]),
    ("it", "Per favore non vendete i miei recapiti ad altre ditte.", ["opt_out_sale"]),
    ("it", "Fino a quando non chiarite l'errore, non utilizzate il mio profilo.", ["restriction"]),
    ("pt", "O meu apelido está errado na vossa base de dados.", ["rectification"]),
    ("pt", "Quero que uma pessoa de verdade reveja a recusa do meu pedido.", ["automated_decision"]),
    ("pt", "Já não concordo com as gravações das chamadas.", ["withdraw_consent"]),
    ("nl", "Ik wil dat een echt persoon naar mijn sollicitatie kijkt.", ["automated_decision"]),
    ("nl", "Met die foto op jullie website ga ik niet meer akkoord.", ["withdraw_consent"]),
    ("nl", "Mijn achternaam is fout in jullie klantenbestand.", ["rectification"]),
    ("pl", "Chciałbym wiedzieć, jakie dane na mój temat przechowujecie.", ["access"]),
    ("pl", "Proszę przestać wysyłać mi te ulotki.", ["objection"]),
    ("pl", "Kiedyś zgodziłem się na nagrania, ale już się na to nie zgadzam.", ["withdraw_consent"]),
    ("sv", "Kan ni frysa mina uppgifter tills tvisten är löst?", ["restriction"]),
    ("sv", "Jag vill att en riktig människa läser min ansökan.", ["automated_decision"]),
    ("sv", "Jag vill inte att ni säljer min adress vidare.", ["opt_out_sale"]),
    ("da", "Fortæl mig venligst, hvad I har gemt om mig.", ["access"]),
    ("da", "Min tilladelse til billederne trækker jeg tilbage.", ["withdraw_consent"]),
    ("no", "Telefonnummeret mitt står feil i systemet og må rettes.", ["rectification"]),
    ("no", "Jeg trekker tilbake samtykket til opptak av samtalene.", ["withdraw_consent"]),
    ("fi", "Haluan, että oikea ihminen tarkistaa päätöksen.", ["automated_decision"]),
    ("fi", "En enää suostu siihen, että kuvaani käytetään.", ["withdraw_consent"]),
    ("cs", "Moje telefonní číslo prosím nikomu neprodávejte.", ["opt_out_sale"]),
    ("el", "Σταματήστε να μου στέλνετε μηνύματα κάθε μέρα.", ["objection"]),
    ("el", "Δεν συμφωνώ πια με τη χρήση της φωτογραφίας μου.", ["withdraw_consent"]),
    ("hu", "Kérem, a telefonszámomat ne adják el más cégeknek.", ["opt_out_sale"]),
    ("hu", "Hivatalos panaszt nyújtok be a kollégájuk viselkedése miatt.", ["grievance"]),
    ("ro", "Vă rog să nu mă mai sunați în weekend.", ["objection"]),
    ("ro", "După moartea mea, fiica mea să hotărască ce se întâmplă cu datele.", ["nomination"]),
    ("ga", "Cén t-eolas atá stóráilte agaibh fúm?", ["access"]),
    ("mt", "Ma naqbilx aktar li tużaw l-isem tiegħi.", ["withdraw_consent"]),
    ("ru", "Прошу сообщить, какие данные обо мне хранятся у вас.", ["access"]),
    ("ru", "Своё согласие на рассылку отзываю.", ["withdraw_consent"]),
    ("ru", "Прошу считать это письмо официальной жалобой на работу поддержки.", ["grievance"]),
    ("uk", "Приберіть мене з усіх ваших списків.", ["erasure"]),
    ("uk", "Хочу, щоб мою заявку переглянула жива людина.", ["automated_decision"]),
    ("bg", "Моля, оправете адреса ми в системата.", ["rectification"]),
    ("bg", "Спрете да ми изпращате реклами.", ["objection"]),
    ("sk", "Chcem vedieť, čo všetko o mne evidujete.", ["access"]),
    ("sl", "Prosim, nehate mi pošiljati ponudbe.", ["objection"]),
    ("sl", "Soglasje za fotografije prekličem.", ["withdraw_consent"]),
    ("hr", "Povlačim svoju privolu za slanje obavijesti.", ["withdraw_consent"]),
    ("hr", "Molim vas da me maknete iz vaše baze kupaca.", ["erasure"]),
    ("lv", "Pārtrauciet sūtīt man reklāmas.", ["objection"]),
    ("lt", "Kol ginčas nebus išspręstas, prašau mano duomenų nenaudoti.", ["restriction"]),
    ("et", "Mis andmeid te minu kohta hoiate?", ["access"]),
    ("he", "תפסיקו לשלוח לי הודעות פרסום.", ["objection"]),
    ("he", "אני רוצה שאדם אמיתי יעבור על הבקשה שלי.", ["automated_decision"]),
    ("ar", "من فضلكم أوقفوا الرسائل الدعائية.", ["objection"]),
    ("ar", "لا أريد أن تبيعوا رقم هاتفي لأحد.", ["opt_out_sale"]),
    ("tr", "Lütfen beni aramayın, ilgilenmiyorum.", ["objection"]),
    ("tr", "Hakkımda tutulan kayıtları görmek istiyorum.", ["access"]),
    ("hi", "Bhai mera phone number kisi ko mat becho.", ["opt_out_sale"]),
    ("hi", "Maine signup ke time jo permission di thi, wo main ab wapas le rahi hoon.", ["withdraw_consent"]),
    ("ja", "私について保存されている情報をすべて教えてください。", ["access"]),
    ("ja", "採用の判断は、人の目でもう一度確認してください。", ["automated_decision"]),
    ("zh", "请勿出售我的电话号码。", ["opt_out_sale"]),
    ("zh", "我现在收回这个同意，不要再用我的照片。", ["withdraw_consent"]),
    ("ko", "제 개인정보를 다른 회사에 판매하지 마세요.", ["opt_out_sale"]),
    ("en", "I just don't want the newsletters any more, the account can stay.", ["objection"]),
    ("ca", "Al vostre programa tinc l'adreça mal escrita, hi falta el número del pis.", ["rectification"]),
    ("ca", "El correu que teniu ja no és el meu; ho podeu canviar per aquest?", ["rectification"]),
    ("ca", "Quan em mori, el meu germà Joan decidirà si les meves dades s'esborren.", ["nomination"]),
    # Serbian in Latin letters, read with the Croatian table (ekavian: "šta", "nalog", "ispravka", "saglasnost").
    ("hr", "Zanima me šta sve imate o meni u vašoj bazi.", ["access"]),
    ("hr", "Molim ispravku mog prezimena, pogrešno je upisano.", ["rectification"]),
    ("hr", "Ugasite mi nalog, više ne koristim vašu aplikaciju.", ["erasure"]),
    ("hr", "Ovim putem opozivam pristanak za slanje obaveštenja.", ["withdraw_consent"]),
]


@pytest.mark.parametrize(("language", "text", "expected"), EVERYDAY)
def test_everyday_words_ask_for_their_right(language: str, text: str, expected: list[str]) -> None:
    got = extract(parse(mail(text)))
    assert sorted(got.rights) == expected, (text, got.rights)
    assert got.kind == "request"


def test_the_powers_of_a_nominee_are_not_requests() -> None:
    text = "When I die my daughter shall decide whether my data is deleted or kept."
    assert sorted(find(text, ["en"]).rights) == ["nomination"]


def test_the_source_and_recipients_items_keep_an_automated_decision_an_item_of_access() -> None:
    text = (
        "Please send me:\n- a copy of my data;\n- where you got it from;\n- who you shared it with;\n"
        "- whether automated decision-making is used.\n"
    )
    assert sorted(find(text, ["en"]).rights) == ["access"]


def test_a_file_format_in_a_support_question_is_no_portability() -> None:
    assert find("Since the last release the CSV export stops after 5,000 contacts.", ["en"]).rights == {}


def test_a_hebrew_lettered_list_of_access_items_keeps_them_items() -> None:
    text = (
        "אבקש לקבל:\nא. העתק של המידע עליי;\nב. למי הוא הועבר;\nג. כמה זמן הוא יישמר;\n"
        "ד. האם מתקבלות החלטות אוטומטיות;\n"
    )
    assert sorted(find(text, ["he"]).rights) == ["access"]


def test_a_gb2312_label_on_gbk_text_and_outlooks_iso_8859_8_i_are_read() -> None:
    samples = (("gb2312", "我想知道你们存了我哪些信息，啰嗦一下。"), ("iso-8859-8-i", "שלום, מחקו את הפרטים שלי."))
    for charset, text in samples:
        raw = (
            f"From: a@example.com\r\nTo: dpo@massistcrm.com\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset={charset}\r\n\r\n"
        ).encode() + text.encode("gb18030" if charset == "gb2312" else "iso-8859-8")
        assert parse(raw).text.strip() == text


def test_hr_naming_the_employee_in_a_declined_form_relays_his_request() -> None:
    body = (
        "Poštovani,\n\nprosljeđujem zahtjev našeg djelatnika Ivana Horvatovića. On traži uvid u podatke o sebi.\n\n"
        "Marko Babić\n\n---------- Forwarded message ---------\nFrom: Ivan Horvatović <ivan@example.com>\n"
        "Subject: Uvid\n\nMolim uvid u podatke koje vodite o meni.\n\nIvan Horvatović\n"
    )
    raw = mail(body).replace(b"Jane Doe <jane.doe@example.com>", "Marko Babić <hr@example.com>".encode())
    got = extract(parse(raw))
    assert got.name == "Ivan Horvatović" and got.rights == ["access"]
