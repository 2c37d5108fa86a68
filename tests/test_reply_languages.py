"""A request in every language intake writes letters in, over SMTP to a real `intake run`, acknowledged in kind."""

from __future__ import annotations

import dataclasses
import smtplib
import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import select

from intake import db, store
from intake import settings as settings_module
from intake.errors import SettingsError
from intake.models import Case, Outbox
from intake.run import worker
from intake.settings import Settings
from intake.understand.language import identify
from tests.conftest import Service, Sink, service_env

# language: (subject, body), each a short request for a copy of one's data, with a name and an employer, written
# as someone at home in the language would write it.
REQUESTS: dict[str, tuple[str, str]] = {
    "en": (
        "Copy of my personal data",
        "Hello, my name is Sarah Collins and I work at Brightwater Logistics Ltd. Under the GDPR I would like a copy "
        "of all the personal data you hold about me. Kind regards, Sarah Collins",
    ),
    "de": (
        "Auskunft über meine Daten",
        "Sehr geehrte Damen und Herren, mein Name ist Jonas Becker und ich arbeite bei der Müller Logistik GmbH. "
        "Bitte senden Sie mir eine Kopie aller personenbezogenen Daten, die Sie über mich gespeichert haben. "
        "Mit freundlichen Grüßen, Jonas Becker",
    ),
    "fr": (
        "Demande d'accès à mes données",
        "Bonjour, je m'appelle Camille Dubois et je travaille chez Transports Lefèvre SA. Je vous prie de bien "
        "vouloir me communiquer une copie de toutes les données personnelles que vous détenez à mon sujet. "
        "Cordialement, Camille Dubois",
    ),
    "es": (
        "Solicitud de acceso a mis datos",
        "Buenos días: me llamo Lucía Fernández y trabajo en Construcciones Ibéricas S.L. Les solicito una copia de "
        "todos los datos personales que tienen sobre mí. Un saludo, Lucía Fernández",
    ),
    "it": (
        "Richiesta di accesso ai miei dati",
        "Buongiorno, mi chiamo Marco Rossi e lavoro presso Ferretti Trasporti S.r.l. Vorrei ricevere una copia di "
        "tutti i dati personali che avete su di me. Cordiali saluti, Marco Rossi",
    ),
    "nl": (
        "Inzageverzoek",
        "Geachte heer, mevrouw, mijn naam is Sanne de Vries en ik werk bij Van Dijk Transport B.V. Graag ontvang ik "
        "een kopie van alle persoonsgegevens die u over mij bewaart. Met vriendelijke groet, Sanne de Vries",
    ),
    "pt": (
        "Pedido de acesso aos meus dados",
        "Bom dia, chamo-me João Silva e trabalho na Transportes Almeida, Lda. Venho solicitar uma cópia de todos os "
        "dados pessoais que têm sobre mim. Com os melhores cumprimentos, João Silva",
    ),
    # Brazilian Portuguese, told from European by its wording (me chamo, vocês, Atenciosamente; no LGPD named):
    # read as `pt` flagged `brazilian`, and answered from the pt-BR folder (intake/letters/variants.py).
    "pt-BR": (
        "Solicitação de acesso aos meus dados",
        "Olá, me chamo Ana Paula Souza e trabalho na Construtora Horizonte Ltda. Gostaria de receber uma cópia de "
        "todos os dados pessoais que vocês têm sobre mim. Atenciosamente, Ana Paula Souza",
    ),
    "pl": (
        "Wniosek o dostęp do danych",
        "Dzień dobry, nazywam się Anna Kowalska i pracuję w firmie Transbud Sp. z o.o. Proszę o przesłanie kopii "
        "wszystkich danych osobowych, które Państwo o mnie przechowują. Z poważaniem, Anna Kowalska",
    ),
    "hi": (
        "मेरे व्यक्तिगत डेटा की प्रति",
        "नमस्ते, मेरा नाम राहुल शर्मा है और मैं सूर्या टेक्सटाइल्स लिमिटेड में काम करता हूँ। कृपया मेरे बारे में आपके "
        "पास जो भी व्यक्तिगत डेटा है, उसकी एक प्रति मुझे भेजें। धन्यवाद, राहुल शर्मा",
    ),
    "sv": (
        "Begäran om registerutdrag",
        "Hej, jag heter Erik Lindberg och arbetar på Nordfrakt AB. Jag vill få en kopia av alla personuppgifter som "
        "ni har om mig. Med vänliga hälsningar, Erik Lindberg",
    ),
    "da": (
        "Anmodning om indsigt",
        "Hej, jeg hedder Mette Nielsen og arbejder hos Jensen Transport ApS. Jeg vil gerne have en kopi af alle de "
        "personoplysninger, I har om mig. Med venlig hilsen, Mette Nielsen",
    ),
    "no": (
        "Innsyn i personopplysninger",
        "Hei, jeg heter Ingrid Hansen og jobber i Fjordfrakt AS. Jeg ber om en kopi av alle personopplysningene dere "
        "har lagret om meg. Med vennlig hilsen, Ingrid Hansen",
    ),
    "fi": (
        "Tietopyyntö",
        "Hei, nimeni on Mikko Virtanen ja työskentelen Pohjolan Kuljetus Oy:ssä. Pyydän kopion kaikista "
        "henkilötiedoista, joita teillä on minusta. Ystävällisin terveisin, Mikko Virtanen",
    ),
    "cs": (
        "Žádost o přístup k osobním údajům",
        "Dobrý den, jmenuji se Petr Novák a pracuji ve společnosti Stavby Morava s.r.o. Žádám o kopii všech "
        "osobních údajů, které o mně zpracováváte. S pozdravem, Petr Novák",
    ),
    "el": (
        "Αίτημα πρόσβασης στα δεδομένα μου",
        "Καλησπέρα σας, ονομάζομαι Γιώργος Παπαδόπουλος και εργάζομαι στην Αιγαίον Μεταφορές Α.Ε. Παρακαλώ να μου "
        "στείλετε αντίγραφο όλων των προσωπικών δεδομένων που τηρείτε για μένα. Με εκτίμηση, Γιώργος Παπαδόπουλος",
    ),
    "hu": (
        "Hozzáférési kérelem",
        "Tisztelt Hölgyem, Uram! Nagy Péter vagyok, a Dunai Szállítmányozási Kft.-nél dolgozom. Kérem, küldjék meg "
        "nekem a rólam kezelt összes személyes adat másolatát. Üdvözlettel: Nagy Péter",
    ),
    "ro": (
        "Cerere de acces la date",
        "Bună ziua, mă numesc Andrei Popescu și lucrez la Transcarpatia S.R.L. Vă rog să îmi trimiteți o copie a "
        "tuturor datelor cu caracter personal pe care le dețineți despre mine. Cu stimă, Andrei Popescu",
    ),
    "sk": (
        "Žiadosť o prístup k osobným údajom",
        "Dobrý deň, volám sa Martin Horváth a pracujem v spoločnosti Tatra Logistika s.r.o. Žiadam vás o kópiu "
        "všetkých osobných údajov, ktoré o mne spracúvate. S pozdravom, Martin Horváth",
    ),
    "sl": (
        "Zahteva za dostop do osebnih podatkov",
        "Pozdravljeni, sem Maja Novak in sem zaposlena v podjetju Alpski prevozi d.o.o. Prosim, da mi pošljete "
        "kopijo vseh osebnih podatkov, ki jih hranite o meni. Lep pozdrav, Maja Novak",
    ),
    "hr": (
        "Zahtjev za pristup osobnim podacima",
        "Poštovani, zovem se Ivana Horvat i radim u tvrtki Jadran Prijevoz d.o.o. Molim vas da mi dostavite kopiju "
        "svih osobnih podataka koje imate o meni. S poštovanjem, Ivana Horvat",
    ),
    "bg": (
        "Искане за достъп до лични данни",
        "Здравейте, казвам се Иван Петров и работя в „Балкан Транс“ ЕООД. Моля, изпратете ми копие на всички лични "
        "данни, които съхранявате за мен. С уважение, Иван Петров",
    ),
    "et": (
        "Isikuandmete koopia taotlus",
        "Tere, minu nimi on Kadri Tamm ja ma töötan ettevõttes Balti Veod OÜ. Palun saatke mulle koopia kõigist "
        "isikuandmetest, mida te minu kohta säilitate. Lugupidamisega, Kadri Tamm",
    ),
    "lv": (
        "Pieprasījums piekļūt maniem datiem",
        "Labdien, mani sauc Jānis Bērziņš, un es strādāju uzņēmumā SIA Daugavas Loģistika. Lūdzu, nosūtiet man "
        "kopiju no visiem personas datiem, kurus jūs par mani glabājat. Ar cieņu, Jānis Bērziņš",
    ),
    "lt": (
        "Prašymas susipažinti su asmens duomenimis",
        "Laba diena, esu Tomas Kazlauskas, dirbu UAB „Nemuno logistika“. Prašau atsiųsti visų apie mane saugomų "
        "asmens duomenų kopiją. Pagarbiai, Tomas Kazlauskas",
    ),
    "tr": (
        "Kişisel verilerime erişim talebi",
        "Merhaba, adım Ayşe Yılmaz, Anadolu Lojistik A.Ş.'de çalışıyorum. Hakkımda tuttuğunuz tüm kişisel "
        "verilerin bir kopyasını bana göndermenizi rica ediyorum. Saygılarımla, Ayşe Yılmaz",
    ),
    "ru": (
        "Запрос на доступ к персональным данным",
        "Здравствуйте, меня зовут Алексей Смирнов, я работаю в ООО «Северный транспорт». Прошу предоставить мне "
        "копию всех персональных данных, которые вы обо мне храните. С уважением, Алексей Смирнов",
    ),
    "uk": (
        "Запит на доступ до персональних даних",
        "Добрий день, мене звати Олена Коваленко, я працюю в ТОВ «Дніпро Логістик». Прошу надати мені копію всіх "
        "персональних даних, які ви про мене зберігаєте. З повагою, Олена Коваленко",
    ),
    "ja": (
        "個人データの開示請求",
        "お世話になっております。株式会社山田運輸に勤務しております佐藤花子と申します。貴社が保有している私の"
        "個人データの写しを送付していただけますでしょうか。よろしくお願いいたします。佐藤花子",
    ),
    "zh": (
        "个人数据查阅申请",
        "您好，我叫王伟，在上海华东物流有限公司工作。请将贵公司保存的关于我的全部个人数据的副本发送给我。谢谢！王伟",
    ),
    "ko": (
        "개인정보 열람 요청",
        "안녕하세요, 저는 한빛물류 주식회사에 근무하는 김민준입니다. 귀사가 보유하고 있는 저의 모든 개인정보 사본을 "
        "보내 주시기 바랍니다. 감사합니다. 김민준",
    ),
    "ar": (
        "طلب الاطلاع على بياناتي الشخصية",
        "السلام عليكم، اسمي أحمد حسن وأعمل في شركة النيل للنقل. أرجو تزويدي بنسخة من جميع البيانات الشخصية التي "
        "تحتفظون بها عني. مع التحية، أحمد حسن",
    ),
    "he": (
        "בקשה לעיון במידע אישי",
        'שלום רב, שמי דנה לוי ואני עובדת בחברת אקמה בע"מ. אבקש לקבל עותק של כל המידע האישי שאתם מחזיקים עליי. '
        "בברכה, דנה לוי",
    ),
    "ga": (
        "Iarratas ar rochtain ar mo shonraí",
        "A chara, is mise Seán Ó Briain agus oibrím le Iompar na Mara Teo. Ba mhaith liom cóip de na sonraí "
        "pearsanta go léir atá agaibh fúm a fháil. Le meas, Seán Ó Briain",
    ),
    "mt": (
        "Talba għal aċċess għad-data tiegħi",
        "Għażiż Sinjur/Sinjura, isimni Maria Borg u naħdem għal Melita Logistics Ltd. Nixtieq nirċievi kopja "
        "tad-data personali kollha li għandkom dwari. Grazzi, Maria Borg",
    ),
}
# What a request's case, letter and the letter's reading say, where they are not simply the folder's name: a
# Brazilian case is Portuguese (`pt`) and its letter, from the pt-BR folder, is Portuguese to the extraction.
EXPECTED = {"pt-BR": ("pt", "pt-BR", "pt", False)}
# lingua, which `intake templates check` judges letters by, has no Maltese model, so the check cannot tell that a
# Maltese letter is Maltese. The extraction's reader of long texts (py3langid) does know Maltese; beside it, the
# Maltese acknowledgement must carry the template's own Maltese words, which no fallback letter has.
MALTESE = ("Irċevejna t-talba tiegħek", "żewġ biċċiet ta’ informazzjoni jew aktar", "Dejjem tiegħek")
# Hindi in Latin script: read as `hi` with the flag `hinglish`, and answered in English by default
# (INTAKE_HINGLISH_REPLY), since a Hinglish writer may not read Devanagari.
HINGLISH = (
    "Mera data chahiye",
    "Namaste, mera naam Amit Verma hai aur main Kaveri Textiles Pvt. Ltd. mein kaam karta hoon. Aapke paas mera jo "
    "bhi personal data hai uski ek copy mujhe bhej dijiye. Dhanyavaad, Amit Verma",
)
TEMPLATES = Path(__file__).resolve().parent.parent / "intake" / "letters" / "templates"


def _mail(language: str, subject: str, body: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = f"{language}@example.net"
    mail["To"] = "dpo@example.org"
    mail["Subject"] = subject
    mail["Message-ID"] = f"<{language}-1@example.net>"
    mail.set_content(body)
    return mail


def test_every_language_with_letters_is_acknowledged_in_its_own_language(
    tmp_path: Path, sink: tuple[Sink, int]
) -> None:
    handler, relay = sink
    with_letters = sorted(p.name for p in TEMPLATES.iterdir() if (p / "acknowledgement.txt.j2").exists())
    assert sorted(REQUESTS) == with_letters  # a language given letters gets a request here too
    # One service and one burst: about 6 s to start and 10 to 14 s for the 36 mails on the shared two cores.
    service = Service(tmp_path, service_env(tmp_path, relay))
    service.start()
    try:
        started = time.monotonic()
        with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=30) as client:
            for language, (subject, body) in [*REQUESTS.items(), ("hinglish", HINGLISH)]:
                client.send_message(_mail(language, subject, body))
        received = handler.wait(len(REQUESTS) + 1, timeout=60)
        elapsed = time.monotonic() - started
    finally:
        service.stop()
    # Keyed by the folder's name: the address's local part comes back lower-cased ("pt-br@...").
    folder = {language.lower(): language for language in [*REQUESTS, "hinglish"]}
    acks = {folder[to[0].partition("@")[0]]: mail for _, to, mail in received}
    assert sorted(acks) == sorted([*REQUESTS, "hinglish"]), f"acknowledged after {elapsed:.1f} s"
    with db.session(service.env["INTAKE_DATABASE_URL"]) as s:
        cases = {folder[c.requester.partition("@")[0]]: c for c in s.exec(select(Case)).all()}
    wrong = {}
    for language in REQUESTS:
        mail, case = acks[language], cases[language]
        text = mail.get_body(("plain",)).get_content()
        found = (case.language, mail["Content-Language"], identify(text).code, "reply_language_fallback" in case.flags)
        if found != EXPECTED.get(language, (language, language, language, False)):
            wrong[language] = found
    # (read as, letter written in, the extraction's reading of the letter, fell back to the default)
    assert wrong == {}
    maltese = f"{acks['mt']['Subject']}\n{' '.join(acks['mt'].get_body(('plain',)).get_content().split())}"
    assert [w for w in MALTESE if w not in maltese] == []
    assert "brazilian" in cases["pt-BR"].flags and "Atenciosamente" in acks["pt-BR"].get_body(("plain",)).get_content()
    english = acks["hinglish"]
    assert cases["hinglish"].language == "hi" and "hinglish" in cases["hinglish"].flags
    assert english["Content-Language"] == "en" and "reply_language_fallback" not in cases["hinglish"].flags
    assert identify(english.get_body(("plain",)).get_content()).code == "en"


@pytest.mark.parametrize(("choice", "expected"), [("en", "en"), ("hi", "hi")])
def test_hinglish_is_answered_in_english_unless_the_organisation_chooses_hindi(
    settings: Settings, choice: str, expected: str
) -> None:
    s = dataclasses.replace(settings, hinglish_reply=choice)
    with db.session(s.database_url) as session:
        raw = _mail("amit", *HINGLISH).as_bytes()
        store.put(session, raw, mailbox="smtp", source="smtp", envelope_from="amit@example.net")
    worker.drain(s)
    with db.session(s.database_url) as session:
        case = session.exec(select(Case)).one()
        assert case.language == "hi" and "hinglish" in case.flags and "reply_language_fallback" not in case.flags
        ack = next(o for o in session.exec(select(Outbox)).all() if o.purpose == "acknowledgement")
    assert f"Content-Language: {expected}" in ack.raw.decode()


def test_a_hinglish_reply_in_another_language_is_refused_at_start() -> None:
    with pytest.raises(SettingsError, match="INTAKE_HINGLISH_REPLY: expected en or hi, got 'de'"):
        settings_module.load(None, env={"INTAKE_HINGLISH_REPLY": "de", "INTAKE_CONFIG": "/nonexistent.toml"})
