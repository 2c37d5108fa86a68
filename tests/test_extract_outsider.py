"""Rights and kind on letters shaped like the outsider sets': the classes their misses showed, in our own sentences."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from intake.understand import Extraction
from intake.understand.extract import extract
from intake.understand.parse import parse
from intake.understand.rights import find, references

OUTSIDER = Path(__file__).resolve().parent / "corpus" / "outsider"


def mail(body: str, subject: str = "Request", sender: str = "Jane Doe <jane.doe@example.com>", **headers: str) -> bytes:
    lines = [f"From: {sender}", "To: dpo@massistcrm.com", f"Subject: {subject}", "MIME-Version: 1.0"]
    lines += [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
    lines.append("Content-Type: text/plain; charset=utf-8")
    return ("\r\n".join(lines) + "\r\n\r\n" + body).encode()


def run(body: str, **kw: str) -> Extraction:
    return extract(parse(mail(body, **kw)))


# ------------------------------------------------------------------ everyday words, one family per table

EVERYDAY = [
    ("ja", "登録していないのに案内が届きます。私のデータを全部消してください。", ["erasure"]),
    ("zh", "我从来没注册过，把我的手机号码全部删了。", ["erasure"]),
    ("zh", "我不是要注銷帳號，只是請停止使用我的資料做推廣廣告。", ["objection"]),
    (
        "fr",
        "Je voudrais récupérer mes données dans un fichier exportable pour changer de prestataire.",
        ["portability"],
    ),
    ("fr", "Merci de ne plus m'envoyer vos catalogues, ils ne m'intéressent pas.", ["objection"]),
    ("fr", "Je vous prie de cesser toute prospection à mon égard.", ["objection"]),
    ("fr", "Je ne sais pas d'où vous tenez mon numéro, je veux que vous m'enleviez de partout.", ["erasure"]),
    ("nl", "Ik wil graag dat jullie mij volledig uit jullie klantenbestand halen.", ["erasure"]),
    ("nl", "Hallo, wat hebben jullie eigenlijk allemaal van mij opgeslagen?", ["access"]),
    ("es", "Ya no me manden publicidad por favor, estoy harta.", ["objection"]),
    ("es", "Solicito el acceso a mis datos y después su cancelación.", ["access", "erasure"]),
    ("es", "Me rechazaron en un minuto: quiero que una persona revise mi solicitud.", ["automated_decision"]),
    ("pt", "oi, queria saber o q vcs tem de dados meus, nunca me cadastrei", ["access"]),
    ("pt", "Venho por este meio revogar o consentimento que dei para as newsletters.", ["withdraw_consent"]),
    ("pt", "Nunca vos dei autorização. Retirem-me do vosso sistema, por favor.", ["erasure"]),
    ("it", "eliminatemi da tutto, grazie", ["erasure"]),
    ("el", "Θα ήθελα να μάθω ποια δεδομένα μου κρατάτε στο σύστημά σας.", ["access"]),
    ("ga", "Ní theastaíonn uaim go n-úsáidfí m'ainm le haghaidh margaíocht ar bith.", ["objection"]),
    ("tr", "Hakkımda tuttuğunuz verilerin bir kopyasını talep ediyorum.", ["access"]),
    ("cs", "Dokud to nevyřešíme, údaje nepoužívejte, jen je mějte uložené.", ["restriction"]),
    ("sk", "Prosím vás o opravu môjho priezviska v systéme.", ["rectification"]),
    ("sv", "Vad har ni om mig? Ta därefter bort mig helt ur systemet.", ["access", "erasure"]),
    ("no", "Inntil saken er avklart ber jeg om at behandlingen av opplysningene begrenses.", ["restriction"]),
    ("no", "Hei, send meg det dere har lagret om meg.", ["access"]),
    ("et", "Palun saatke mulle koopia kõigist minu isikuandmetest.", ["access"]),
    ("et", "Olen vastu, et minu telefoninumbrit kasutatakse reklaamiks.", ["objection"]),
    ("pl", "Co wy macie na mój temat? Usuncie to wszystko.", ["access", "erasure"]),
    ("pl", "Wnoszę o przeniesienie danych do innego dostawcy.", ["portability"]),
    ("uk", "Прошу передати мої дані у форматі JSON іншому постачальнику.", ["portability"]),
    ("uk", "Скажіть, що ви про мене зберігаєте?", ["access"]),
    ("bg", "Какво пазите за мен във вашата система?", ["access"]),
    ("ru", "Уберите меня из вашей базы, пожалуйста.", ["erasure"]),
    ("hu", "Mit tárolnak rólam a rendszerükben?", ["access"]),
    ("hu", "Kérem, javítsák a lakcímemet az adatbázisban.", ["rectification"]),
    ("lv", "Ko jūs par mani glabājat savā datubāzē?", ["access"]),
    ("fi", "Sähköpostiosoitteeni on väärin teidän rekisterissänne.", ["rectification"]),
    ("mt", "Ħassruni mil-lista tagħkom.", ["erasure"]),
    ("ar", "أرجو تزويدي بنسخة من بياناتي الشخصية المحفوظة لديكم.", ["access"]),
    ("en", "Could you delete that old demo account and the data in it?", ["erasure"]),
    ("en", "I want you to delete whatever you hold and never market to me again.", ["erasure", "objection"]),
    ("en", "Your records have my surname down as Smyth. My surname is wrong, it is Smith.", ["rectification"]),
]


@pytest.mark.parametrize(
    ("language", "text", "expected"), EVERYDAY, ids=[f"{c}-{i}" for i, (c, *_) in enumerate(EVERYDAY)]
)
def test_everyday_words_ask_for_their_right(language: str, text: str, expected: list[str]) -> None:
    assert sorted(find(text, [language]).rights) == sorted(expected)


# ------------------------------------------------------------------ negation shapes


def test_attached_and_trailing_negations_refuse_the_right() -> None:
    latvian = find("Es nelūdzu dzēst manu profilu. Es atsaucu savu piekrišanu jaunumiem.", ["lv"])
    assert set(latvian.rights) == {"withdraw_consent"}
    assert any(h.right == "erasure" for h in latvian.refused)
    assert "erasure" not in find("Nežádám o výmaz účtu, jen opravte adresu.", ["cs"]).rights
    assert "erasure" not in find("Az adataim törlését nem kérem, csak a címem javítását.", ["hu"]).rights


def test_a_suggestion_reported_by_the_writer_is_not_their_request() -> None:
    found = find("The agent suggested I close my account. I only want you to correct my phone number.", ["en"])
    assert set(found.rights) == {"rectification"}


def test_what_i_only_asked_for_is_still_asked() -> None:
    found = find("Kontot ska inte raderas. Jag bad bara om att få mitt förnamn rättat.", ["sv"])
    assert set(found.rights) == {"rectification"}


def test_a_reply_subject_about_our_handling_of_a_request_is_not_a_new_request() -> None:
    got = run("Thanks. Now please stop sending me your brochures.", subject="Re: Your deletion request #5521")
    assert got.rights == ["objection"]


def test_the_writer_who_is_the_nominee_asks_for_access_not_a_nomination() -> None:
    found = find("I am her nominee under the DPDP Act. Please send me a copy of her personal data.", ["en"])
    assert set(found.rights) == {"access"}


def test_post_mortem_directives_are_a_nomination() -> None:
    text = "Voici mes directives sur mes données après mon décès ; je désigne mon fils pour les exercer."
    assert set(find(text, ["fr"]).rights) == {"nomination"}


# ------------------------------------------------------------------ access requests and their items


def test_listed_items_of_an_access_request_are_part_of_it() -> None:
    text = (
        "Ich ersuche um Auskunft, insbesondere über:\n- die Zwecke,\n- die Empfänger,\n- die Speicherdauer,\n"
        "- das Vorliegen einer automatisierten Entscheidung,\n- die Herkunft der Daten."
    )
    found = find(text, ["de"])
    assert set(found.rights) == {"access"}
    assert any(h.right == "automated_decision" and h.informational for h in found.refused)


def test_a_list_of_rights_keeps_each_right() -> None:
    text = "I request:\n- a copy of my data\n- human review of the automated decision\n- erasure of my old address"
    assert {"access", "automated_decision", "erasure"} <= set(find(text, ["en"]).rights)


def test_everything_an_erasure_covers_is_its_object_not_an_access_request() -> None:
    assert set(find("Merci d'effacer mon profil et tout ce que vous avez sur moi.", ["fr"]).rights) == {"erasure"}
    assert set(find("Vymažte prosím všetko, čo o mne máte.", ["sk"]).rights) == {"erasure"}
    both = find("Delete my account and send me everything you have on me first.", ["en"])
    assert set(both.rights) == {"access", "erasure"}


def test_arabic_article_references_name_their_right() -> None:
    text = "بموجب المادة 17 من اللائحة العامة لحماية البيانات"
    assert [r[2] for r in references(text, text.lower())] == ["erasure"]


# ------------------------------------------------------------------ footers and notices


def test_third_person_and_labelled_notices_invoke_nothing() -> None:
    croatian = run(
        "Poštovani,\n\npovlačim privolu za newsletter.\n\nIvana Horvat\nHorvat d.o.o.\n\n"
        "Napomena o privatnosti: ispitanik ima pravo na pristup, ispravak, brisanje i prigovor."
    )
    assert croatian.rights == ["withdraw_consent"]
    korean = run("견적을 받고 싶습니다.\n\n김민수\n\n※ 개인정보 안내: 정보주체는 열람, 삭제를 요구할 권리가 있습니다.")
    assert korean.kind == "other" and korean.rights == []
    swedish = run(
        "Hej,\n\nkan ni skicka mina uppgifter i maskinläsbart format?\n\nAnna Ek\nEk AB\n\n"
        "Du har rätt till tillgång, rättelse och radering. Läs mer på vår webbplats."
    )
    assert swedish.rights == ["portability"]


# ------------------------------------------------------------------ forms


def test_unticked_boxes_ask_for_nothing() -> None:
    body = (
        "A consumer submitted the privacy choices form.\n\nFirst name Jo\nLast name Park\n"
        "Do Not Sell or Share My Personal Information ☑ Yes\nLimit the Use of My Sensitive Personal Information ☑ Yes\n"
        "Delete my personal information ☐ No\n"
    )
    got = run(body)
    assert sorted(got.rights) == ["limit_sensitive", "opt_out_sale"]


def test_form_labels_of_more_languages_and_a_form_we_cannot_read() -> None:
    bulgarian = run(
        "Име: Петя Колева\nИмейл: p.koleva@example.bg\nВид искане: Достъп до данни\nСъобщение: Моля за копие.\n",
        sender="Web Form <forms@example.com>",
        Auto_Submitted="auto-generated",
    )
    assert bulgarian.kind == "request" and "access" in bulgarian.rights
    indonesian = run(
        "Nama: Dewi Lestari\nEmail: dewi@example.id\nJenis permintaan: Penghapusan data\n"
        "Pesan: Tolong hapus semua data saya dari sistem Anda secepatnya.\n",
        sender="Formulir <no-reply@example.com>",
    )
    assert indonesian.kind == "request" and indonesian.rights == ["erasure"] and indonesian.name == "Dewi Lestari"
    assert "language_unsupported" not in indonesian.flags  # Indonesian has a table now
    icelandic = run(
        "Name: Jón Jónsson\nEmail: jon@example.is\n"
        "Skilaboð: Vinsamlegast eyðið öllum persónuupplýsingum mínum úr kerfinu ykkar sem fyrst.\n",
        sender="Web Form <no-reply@example.com>",
    )
    assert icelandic.kind == "request" and icelandic.name == "Jón Jónsson"
    assert "language_unsupported" in icelandic.flags and icelandic.confidence["kind"] <= 0.4


# ------------------------------------------------------------------ not requests


def test_lures_and_pitches_that_name_rights_are_other() -> None:
    lure = run(
        "My Art. 15 request is in the encrypted archive at https://portal.example/req_1.zip, "
        "please log in with your company credentials to open it."
    )
    assert lure.kind == "other" and "suspicious_link" in lure.flags
    russian = run("Поступило требование об удалении данных. Перейдите по ссылке и введите пароль: http://x.example/a")
    assert russian.kind == "other"
    pitch = run(
        "Bonjour, le droit d'accès, le droit à l'effacement : vos équipes sont prêtes ? Nous accompagnons la mise en "
        "conformité des éditeurs. Seriez-vous disponible 20 minutes mardi ?"
    )
    assert pitch.kind == "other"


# ------------------------------------------------------------------ the outsider set stays where issue 18 left it

FLOORS = {"rights_f1": 0.98, "kind": 0.99}  # 0.993 and 1.000 when issue 18's rights slice ended


def test_outsider_set_holds_its_figures() -> None:
    rows = [json.loads(line) for line in (OUTSIDER / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    tp = fp = fn = kinds = 0
    started = time.perf_counter()
    for row in rows:
        got = extract(parse((OUTSIDER / row["file"]).read_bytes()))
        gold, found = set(row["rights"]), set(got.rights)
        tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
        kinds += got.kind == row["kind"]
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert len(rows) == 315
    assert f1 >= FLOORS["rights_f1"], f"rights micro-F1 {f1:.3f}"
    assert kinds / len(rows) >= FLOORS["kind"], f"kind accuracy {kinds / len(rows):.3f}"
    assert time.perf_counter() - started < 20


# Issue 18's everyday sets: rights micro-F1 0.981 / 0.944 and kind 0.985 / 0.972 when tuned (0.727 / 0.681 and
# 0.731 / 0.708 before); floors a little below.
EVERYDAY_FLOORS = {"outsider3a": (0.97, 0.975, 260), "outsider3b": (0.93, 0.96, 250)}


@pytest.mark.parametrize("name", sorted(EVERYDAY_FLOORS))
def test_everyday_outsider_sets_hold_their_figures(name: str) -> None:
    base = OUTSIDER.parent / name
    rows = [json.loads(line) for line in (base / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    tp = fp = fn = kinds = 0
    for row in rows:
        got = extract(parse((base / row["file"]).read_bytes()))
        gold, found = set(row["rights"]), set(got.rights)
        tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
        kinds += got.kind == row["kind"]
    f1_floor, kind_floor, count = EVERYDAY_FLOORS[name]
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert len(rows) == count
    assert f1 >= f1_floor, f"{name}: rights micro-F1 {f1:.3f}"
    assert kinds / len(rows) >= kind_floor, f"{name}: kind accuracy {kinds / len(rows):.3f}"


# ------------------------------------------------------------------ Greeklish, Catalan, the GDPR's full names


def test_greeklish_is_greek_with_a_flag_and_is_read() -> None:
    got = run("Kalimera sas, thelo na diagrapsete to profil mou kai ola ta dedomena mou. Efxaristo poli")
    assert got.language == "el" and "greeklish" in got.flags
    assert got.rights == ["erasure"]
    assert run("Den har jag inte fått något svar på, kan ni hjälpa mig med kontot?").language == "sv"


def test_catalan_has_a_table() -> None:
    got = run("Bon dia, vull saber quines dades teniu sobre mi i després us demano que les esborreu. Gràcies")
    assert got.language == "ca" and "language_unsupported" not in got.flags
    assert sorted(got.rights) == ["access", "erasure"]


def test_the_gdpr_named_in_full_decides_an_article_number() -> None:
    text = "Segons l'article 15 del Reglament general de protecció de dades i la LOPDGDD, demano una còpia."
    assert [r[2] for r in references(text, text.lower())] == ["access"]


def test_a_chaser_above_the_senders_own_request_is_that_request() -> None:
    body = (
        "Hello? Still nothing from you after a month.\n\nTom\n\n"
        "On Mon, 2 Nov 2026 at 09:10, Tom Reyes <tom.reyes@example.com> wrote:\n"
        "> Please take all my contact details off your system.\n> Tom Reyes\n"
    )
    got = run(body, subject="Re: my details", sender="Tom Reyes <tom.reyes@example.com>")
    assert got.kind == "request" and got.rights == ["erasure"] and "own_quote_read" in got.flags
    assert any(e.field == "rights.erasure" and e.source == "quoted" for e in got.evidence)
    # Someone else's words quoted below are never read.
    other = body.replace("Tom Reyes <tom.reyes@example.com> wrote", "Privacy Team <dpo@massistcrm.com> wrote")
    assert run(other, subject="Re: my details", sender="Tom Reyes <tom.reyes@example.com>").rights == []


# Every table's everyday forms of the commonest asks: what do you have on me, where did you get my number, send me
# a copy, take me out of your database, stop sending me ads, my address is wrong, I withdraw my consent, move my
# data to another provider, I don't want you to use my data; the same asked for someone else (her data); and "don't
# delete my account, just correct my surname" (the negated imperative beside the right asked); a formal complaint
# to us; keep my data but do not use it.
FAMILIES = [
    ("de", "Was haben Sie alles über mich gespeichert?", "access"),
    ("de", "Bitte nehmen Sie mich aus Ihrer Datenbank raus.", "erasure"),
    ("de", "Schicken Sie mir bitte keine Werbung mehr.", "objection"),
    ("de", "Meine Telefonnummer ist falsch, bitte korrigieren.", "rectification"),
    ("fr", "Qu'est-ce que vous avez sur moi exactement ?", "access"),
    ("fr", "Effacez-moi de votre fichier clients s'il vous plaît.", "erasure"),
    ("fr", "Arrêtez de m'envoyer vos pubs.", "objection"),
    ("es", "¿Qué datos tienen sobre mí?", "access"),
    ("es", "Bórrenme de su base de datos, por favor.", "erasure"),
    ("es", "Dejen de enviarme publicidad.", "objection"),
    ("it", "Che dati avete su di me?", "access"),
    ("it", "Toglietemi dal vostro database, per favore.", "erasure"),
    ("it", "Smettete di mandarmi pubblicità.", "objection"),
    ("nl", "Welke gegevens hebben jullie van mij?", "access"),
    ("nl", "Haal mij uit jullie systeem alsjeblieft.", "erasure"),
    ("nl", "Stop met het sturen van reclame naar mij.", "objection"),
    ("pt", "Que dados têm sobre mim?", "access"),
    ("pt", "Apaguem-me da vossa base de dados, por favor.", "erasure"),
    ("pt", "Parem de me enviar publicidade.", "objection"),
    ("pl", "Jakie dane o mnie przechowujecie?", "access"),
    ("pl", "Usuńcie mnie z waszej bazy.", "erasure"),
    ("pl", "Przestańcie wysyłać mi reklamy.", "objection"),
    ("cs", "Jaké údaje o mně máte?", "access"),
    ("cs", "Vymažte mě z vaší databáze.", "erasure"),
    ("cs", "Přestaňte mi posílat reklamu.", "objection"),
    ("sk", "Aké údaje o mne máte?", "access"),
    ("sk", "Vymažte ma z vašej databázy.", "erasure"),
    ("sk", "Prestaňte mi posielať reklamu.", "objection"),
    ("hr", "Koje podatke imate o meni?", "access"),
    ("hr", "Izbrišite me iz svoje baze.", "erasure"),
    ("hr", "Prestanite mi slati reklame.", "objection"),
    ("sl", "Katere podatke imate o meni?", "access"),
    ("sl", "Izbrišite me iz vaše baze.", "erasure"),
    ("sl", "Nehajte mi pošiljati oglase.", "objection"),
    ("bg", "Какви данни имате за мен?", "access"),
    ("bg", "Изтрийте ме от вашата база данни.", "erasure"),
    ("bg", "Спрете да ми пращате реклами.", "objection"),
    ("ru", "Какие данные обо мне у вас есть?", "access"),
    ("ru", "Удалите меня из вашей базы.", "erasure"),
    ("ru", "Перестаньте присылать мне рекламу.", "objection"),
    ("uk", "Які дані про мене у вас є?", "access"),
    ("uk", "Видаліть мене з вашої бази.", "erasure"),
    ("uk", "Перестаньте надсилати мені рекламу.", "objection"),
    ("ro", "Ce date aveți despre mine?", "access"),
    ("ro", "Ștergeți-mă din baza voastră de date.", "erasure"),
    ("ro", "Nu-mi mai trimiteți reclame.", "objection"),
    ("hu", "Milyen adataim vannak önöknél?", "access"),
    ("hu", "Töröljenek az adatbázisukból.", "erasure"),
    ("hu", "Ne küldjenek több reklámot.", "objection"),
    ("el", "Τι στοιχεία έχετε για μένα;", "access"),
    ("el", "Σβήστε με από τη βάση σας.", "erasure"),
    ("el", "Σταματήστε να μου στέλνετε διαφημίσεις.", "objection"),
    ("fi", "Mitä tietoja teillä on minusta?", "access"),
    ("fi", "Poistakaa minut rekisteristänne.", "erasure"),
    ("fi", "Lopettakaa mainosten lähettäminen minulle.", "objection"),
    ("et", "Milliseid andmeid te minu kohta hoiate?", "access"),
    ("et", "Kustutage mind oma andmebaasist.", "erasure"),
    ("et", "Lõpetage mulle reklaami saatmine.", "objection"),
    ("lv", "Kādi dati par mani jums ir?", "access"),
    ("lv", "Izdzēsiet mani no savas datubāzes.", "erasure"),
    ("lv", "Pārtrauciet sūtīt man reklāmas.", "objection"),
    ("lt", "Kokius duomenis apie mane turite?", "access"),
    ("lt", "Ištrinkite mane iš savo duomenų bazės.", "erasure"),
    ("lt", "Nustokite siųsti man reklamas.", "objection"),
    ("sv", "Vilka uppgifter har ni om mig?", "access"),
    ("sv", "Ta bort mig från ert register.", "erasure"),
    ("sv", "Sluta skicka reklam till mig.", "objection"),
    ("da", "Hvilke oplysninger har I om mig?", "access"),
    ("da", "Slet mig fra jeres database.", "erasure"),
    ("da", "Stop med at sende mig reklamer.", "objection"),
    ("no", "Hvilke opplysninger har dere om meg?", "access"),
    ("no", "Slett meg fra databasen deres.", "erasure"),
    ("no", "Slutt å sende meg reklame.", "objection"),
    ("ga", "Cad iad na sonraí atá agaibh fúm?", "access"),
    ("ga", "Scriosaigí mé as bhur mbunachar sonraí.", "erasure"),
    ("mt", "X'informazzjoni għandkom dwari?", "access"),
    ("mt", "Neħħuni mid-database tagħkom.", "erasure"),
    ("tr", "Hakkımda hangi bilgileri tutuyorsunuz?", "access"),
    ("tr", "Beni veri tabanınızdan silin.", "erasure"),
    ("tr", "Bana reklam göndermeyi bırakın.", "objection"),
    ("ar", "ما هي البيانات التي لديكم عني؟", "access"),
    ("ar", "احذفوني من قاعدة بياناتكم.", "erasure"),
    ("ar", "توقفوا عن إرسال الإعلانات لي.", "objection"),
    ("he", "איזה מידע יש לכם עליי?", "access"),
    ("he", "תמחקו אותי מהמאגר שלכם.", "erasure"),
    ("he", "תפסיקו לשלוח לי פרסומות.", "objection"),
    ("ja", "私についてどんな情報を持っていますか？", "access"),
    ("ja", "私の情報をデータベースから消してください。", "erasure"),
    ("ja", "広告メールを送らないでください。", "objection"),
    ("zh", "你们有我的哪些个人信息？", "access"),
    ("zh", "请把我从你们的数据库里删掉。", "erasure"),
    ("zh", "别再给我发广告了。", "objection"),
    ("ko", "저에 대해 어떤 정보를 가지고 있나요?", "access"),
    ("ko", "제 정보를 데이터베이스에서 지워 주세요.", "erasure"),
    ("ko", "광고 문자 그만 보내세요.", "objection"),
    ("hi", "आपके पास मेरे बारे में क्या जानकारी है?", "access"),
    ("hi", "मेरा डेटा अपने सिस्टम से हटा दीजिए।", "erasure"),
    ("hi", "मुझे विज्ञापन भेजना बंद करें।", "objection"),
    ("ca", "Quines dades teniu de mi?", "access"),
    ("ca", "Esborreu-me de la vostra base de dades.", "erasure"),
    ("ca", "Deixeu d'enviar-me publicitat.", "objection"),
    ("en", "What info have you got on me?", "access"),
    ("en", "Wipe me from your database please.", "erasure"),
    ("en", "Quit sending me ads.", "objection"),
    ("de", "Bitte schicken Sie mir eine Kopie meiner Daten.", "access"),
    ("de", "Ich ziehe meine Einwilligung zurück.", "withdraw_consent"),
    ("de", "Woher haben Sie meine Telefonnummer?", "access"),
    ("fr", "Envoyez-moi une copie de mes données.", "access"),
    ("fr", "Je retire mon consentement.", "withdraw_consent"),
    ("fr", "Mon adresse est fausse, merci de la changer.", "rectification"),
    ("es", "Envíenme una copia de mis datos.", "access"),
    ("es", "Mi dirección está mal, cámbienla por favor.", "rectification"),
    ("es", "¿De dónde sacaron mi número?", "access"),
    ("it", "Mandatemi una copia dei miei dati.", "access"),
    ("it", "Il mio indirizzo è sbagliato, correggetelo.", "rectification"),
    ("it", "Ritiro il mio consenso.", "withdraw_consent"),
    ("it", "Da dove avete preso il mio numero?", "access"),
    ("nl", "Stuur me een kopie van mijn gegevens.", "access"),
    ("nl", "Ik trek mijn toestemming in.", "withdraw_consent"),
    ("nl", "Mijn adres klopt niet, pas het aan.", "rectification"),
    ("pt", "Enviem-me uma cópia dos meus dados.", "access"),
    ("pt", "O meu endereço está errado, corrijam por favor.", "rectification"),
    ("pt", "Onde conseguiram o meu número?", "access"),
    ("pl", "Proszę o kopię moich danych.", "access"),
    ("pl", "Mój adres jest błędny, proszę go poprawić.", "rectification"),
    ("pl", "Skąd macie mój numer?", "access"),
    ("cs", "Pošlete mi kopii mých údajů.", "access"),
    ("cs", "Moje adresa je špatně, opravte ji.", "rectification"),
    ("cs", "Odkud máte moje číslo?", "access"),
    ("sk", "Pošlite mi kópiu mojich údajov.", "access"),
    ("sk", "Odkiaľ máte moje číslo?", "access"),
    ("hr", "Pošaljite mi kopiju mojih podataka.", "access"),
    ("hr", "Odakle vam moj broj?", "access"),
    ("sl", "Pošljite mi kopijo mojih podatkov.", "access"),
    ("sl", "Od kod imate mojo številko?", "access"),
    ("bg", "Изпратете ми копие на данните ми.", "access"),
    ("bg", "Откъде имате номера ми?", "access"),
    ("ru", "Пришлите мне копию моих данных.", "access"),
    ("ru", "Откуда у вас мой номер?", "access"),
    ("ru", "Мой адрес указан неверно, исправьте его.", "rectification"),
    ("uk", "Надішліть мені копію моїх даних.", "access"),
    ("uk", "Звідки у вас мій номер?", "access"),
    ("ro", "Trimiteți-mi o copie a datelor mele.", "access"),
    ("ro", "De unde aveți numărul meu?", "access"),
    ("ro", "Îmi retrag consimțământul.", "withdraw_consent"),
    ("hu", "Küldjenek másolatot az adataimról.", "access"),
    ("hu", "Honnan van meg a számom?", "access"),
    ("el", "Στείλτε μου αντίγραφο των δεδομένων μου.", "access"),
    ("el", "Πού βρήκατε τον αριθμό μου;", "access"),
    ("fi", "Lähettäkää minulle kopio tiedoistani.", "access"),
    ("fi", "Mistä saitte numeroni?", "access"),
    ("fi", "Peruutan suostumukseni.", "withdraw_consent"),
    ("et", "Saatke mulle koopia minu andmetest.", "access"),
    ("et", "Kust te minu numbri saite?", "access"),
    ("lv", "Atsūtiet man manu datu kopiju.", "access"),
    ("lv", "No kurienes jums ir mans numurs?", "access"),
    ("lt", "Atsiųskite man mano duomenų kopiją.", "access"),
    ("lt", "Iš kur gavote mano numerį?", "access"),
    ("sv", "Skicka mig en kopia av mina uppgifter.", "access"),
    ("sv", "Var har ni fått mitt nummer ifrån?", "access"),
    ("da", "Send mig en kopi af mine oplysninger.", "access"),
    ("da", "Hvor har I mit nummer fra?", "access"),
    ("da", "Jeg trækker mit samtykke tilbage.", "withdraw_consent"),
    ("no", "Send meg en kopi av opplysningene mine.", "access"),
    ("no", "Hvor har dere fått nummeret mitt fra?", "access"),
    ("tr", "Verilerimin bir kopyasını gönderin.", "access"),
    ("tr", "Numaramı nereden aldınız?", "access"),
    ("ar", "أرسلوا لي نسخة من بياناتي.", "access"),
    ("ar", "من أين حصلتم على رقمي؟", "access"),
    ("he", "שלחו לי העתק של המידע שלי.", "access"),
    ("he", "מאיפה השגתם את המספר שלי?", "access"),
    ("ja", "私の個人データのコピーを送ってください。", "access"),
    ("ja", "どこで私の電話番号を知ったのですか？", "access"),
    ("zh", "请把我的个人数据副本发给我。", "access"),
    ("zh", "你们从哪里得到我的电话号码的？", "access"),
    ("ko", "제 개인정보 사본을 보내 주세요.", "access"),
    ("ko", "제 번호를 어디서 얻으셨나요?", "access"),
    ("hi", "मेरे डेटा की एक कॉपी भेजिए।", "access"),
    ("ca", "Envieu-me una còpia de les meves dades.", "access"),
    ("ca", "D'on heu tret el meu número?", "access"),
    ("en", "Where did you get my number from?", "access"),
    ("en", "Send me a copy of my data.", "access"),
    ("de", "Ich widerrufe meine Einwilligung zum Newsletter.", "withdraw_consent"),
    ("de", "Bitte geben Sie mir meine Daten als CSV, ich wechsle zu einem anderen Anbieter.", "portability"),
    ("fr", "Je souhaite transférer mes données vers un autre fournisseur.", "portability"),
    ("es", "Quiero llevarme mis datos a otro proveedor.", "portability"),
    ("it", "Vorrei trasferire i miei dati a un altro fornitore.", "portability"),
    ("nl", "Ik wil mijn gegevens meenemen naar een andere aanbieder.", "portability"),
    ("pt", "Quero levar os meus dados para outro fornecedor.", "portability"),
    ("pl", "Chcę przenieść moje dane do innego dostawcy.", "portability"),
    ("cs", "Chci přenést svoje data k jinému poskytovateli.", "portability"),
    ("sv", "Jag vill flytta mina uppgifter till en annan leverantör.", "portability"),
    ("da", "Jeg vil gerne have mine data overført til en anden udbyder.", "portability"),
    ("fi", "Haluan siirtää tietoni toiselle palveluntarjoajalle.", "portability"),
    ("ro", "Vreau să transfer datele mele la alt furnizor.", "portability"),
    ("hu", "Szeretném átvinni az adataimat egy másik szolgáltatóhoz.", "portability"),
    ("ru", "Хочу перенести свои данные к другому провайдеру.", "portability"),
    ("tr", "Verilerimi başka bir sağlayıcıya aktarmak istiyorum.", "portability"),
    ("es", "Ya no doy mi consentimiento para el uso de mis datos.", "withdraw_consent"),
    ("it", "Non acconsento più al trattamento dei miei dati.", "withdraw_consent"),
    ("pl", "Nie wyrażam już zgody na przetwarzanie moich danych.", "withdraw_consent"),
    ("cs", "Už nesouhlasím se zpracováním svých údajů.", "objection"),
    ("ro", "Nu mai sunt de acord cu prelucrarea datelor mele.", "objection"),
    ("pt", "Não quero que usem os meus dados para marketing.", "objection"),
    ("fr", "Je ne veux plus que vous utilisiez mes données pour de la publicité.", "objection"),
    ("de", "Ich möchte nicht mehr, dass Sie meine Daten für Werbung nutzen.", "objection"),
    ("es", "No quiero que usen mis datos para publicidad.", "objection"),
    ("it", "Non voglio che usiate i miei dati per pubblicità.", "objection"),
    ("nl", "Ik wil niet dat jullie mijn gegevens voor reclame gebruiken.", "objection"),
    ("en", "I don't want you using my data for marketing any more.", "objection"),
    ("en", "My client asks you to delete all of her personal data.", "erasure"),
    ("en", "Please send me a copy of his personal data.", "access"),
    ("en", "She wants to know what data you hold about her.", "access"),
    ("de", "Meine Mandantin verlangt Auskunft über ihre Daten.", "access"),
    ("de", "Bitte löschen Sie seine Daten vollständig.", "erasure"),
    ("fr", "Ma cliente demande la suppression de ses données.", "erasure"),
    ("fr", "Merci de me transmettre une copie de ses données.", "access"),
    ("es", "Mi cliente solicita el acceso a sus datos personales.", "access"),
    ("es", "Les pido que borren los datos de mi hijo.", "erasure"),
    ("it", "Il mio assistito chiede la cancellazione dei suoi dati.", "erasure"),
    ("it", "Chiedo una copia dei dati di mia madre.", "access"),
    ("nl", "Mijn cliënt verzoekt om inzage in zijn gegevens.", "access"),
    ("nl", "Verwijder alstublieft de gegevens van mijn dochter.", "erasure"),
    ("pt", "A minha cliente pede o apagamento dos dados dela.", "erasure"),
    ("pt", "Solicito uma cópia dos dados do meu filho.", "access"),
    ("pl", "Mój klient żąda usunięcia jego danych.", "erasure"),
    ("pl", "Proszę o kopię danych mojej córki.", "access"),
    ("cs", "Můj klient žádá o výmaz jeho údajů.", "erasure"),
    ("sv", "Min klient begär ett registerutdrag.", "access"),
    ("sv", "Radera min sons uppgifter.", "erasure"),
    ("da", "Min klient anmoder om indsigt i sine oplysninger.", "access"),
    ("no", "Slett opplysningene om min datter.", "erasure"),
    ("fi", "Päämieheni pyytää poistamaan hänen tietonsa.", "erasure"),
    ("ru", "Мой клиент просит удалить его персональные данные.", "erasure"),
    ("uk", "Прошу надати копію даних мого сина.", "access"),
    ("tr", "Müvekkilim kişisel verilerinin silinmesini talep etmektedir.", "erasure"),
    ("hu", "Ügyfelem kéri az adatai törlését.", "erasure"),
    ("ro", "Clientul meu solicită ștergerea datelor sale.", "erasure"),
    ("el", "Ο πελάτης μου ζητά τη διαγραφή των δεδομένων του.", "erasure"),
    ("ja", "依頼人の個人データの開示を請求します。", "access"),
    ("zh", "我代表我的母亲要求删除她的个人信息。", "erasure"),
    ("ko", "제 아들의 개인정보를 삭제해 주세요.", "erasure"),
    ("en", "Please don't delete my account. Just fix my surname.", "rectification"),
    ("de", "Bitte löschen Sie mein Konto nicht, korrigieren Sie nur meinen Nachnamen.", "rectification"),
    ("fr", "Ne supprimez pas mon compte, corrigez seulement mon nom.", "rectification"),
    ("es", "No borren mi cuenta, solo corrijan mi apellido.", "rectification"),
    ("it", "Non cancellate il mio account, correggete solo il cognome.", "rectification"),
    ("nl", "Verwijder mijn account niet, pas alleen mijn achternaam aan.", "rectification"),
    ("pt", "Não apaguem a minha conta, só corrijam o meu apelido.", "rectification"),
    ("pl", "Nie usuwajcie mojego konta, poprawcie tylko nazwisko.", "rectification"),
    ("cs", "Nemažte můj účet, jen opravte příjmení.", "rectification"),
    ("sk", "Nemažte môj účet, len opravte priezvisko.", "rectification"),
    ("hr", "Nemojte brisati moj račun, samo ispravite prezime.", "rectification"),
    ("sl", "Ne brišite mojega računa, samo popravite priimek.", "rectification"),
    ("bg", "Не изтривайте профила ми, само коригирайте фамилията.", "rectification"),
    ("ru", "Не удаляйте мой аккаунт, только исправьте фамилию.", "rectification"),
    ("uk", "Не видаляйте мій акаунт, лише виправте прізвище.", "rectification"),
    ("ro", "Nu ștergeți contul meu, doar corectați numele.", "rectification"),
    ("hu", "Ne töröljék a fiókomat, csak javítsák a vezetéknevemet.", "rectification"),
    ("el", "Μη διαγράψετε τον λογαριασμό μου, διορθώστε μόνο το επώνυμο.", "rectification"),
    ("fi", "Älkää poistako tiliäni, korjatkaa vain sukunimeni.", "rectification"),
    ("et", "Ärge kustutage minu kontot, parandage ainult perekonnanimi.", "rectification"),
    ("lv", "Nedzēsiet manu kontu, tikai izlabojiet uzvārdu.", "rectification"),
    ("lt", "Netrinkite mano paskyros, tik ištaisykite pavardę.", "rectification"),
    ("sv", "Radera inte mitt konto, rätta bara mitt efternamn.", "rectification"),
    ("da", "Slet ikke min konto, ret blot mit efternavn.", "rectification"),
    ("no", "Ikke slett kontoen min, bare rett etternavnet mitt.", "rectification"),
    ("tr", "Hesabımı silmeyin, sadece soyadımı düzeltin.", "rectification"),
    ("ja", "アカウントは削除しないでください。名字だけ訂正してください。", "rectification"),
    ("zh", "请不要删除我的账户，只需更正我的姓氏。", "rectification"),
    ("ko", "계정은 삭제하지 마시고 성만 정정해 주세요.", "rectification"),
    ("ar", "لا تحذفوا حسابي، فقط صححوا اسم العائلة.", "rectification"),
    ("he", "אל תמחקו את החשבון שלי, רק תתקנו את שם המשפחה.", "rectification"),
    ("mt", "Tħassrux il-kont tiegħi, ikkoreġu biss il-kunjom.", "rectification"),
    ("ga", "Ná scriosaigí mo chuntas, ceartaigh m'ainm amháin.", "rectification"),
    ("ca", "No esborreu el meu compte, només corregiu el cognom.", "rectification"),
    ("hi", "मेरा अकाउंट डिलीट मत कीजिए, बस मेरा उपनाम सही कर दीजिए।", "rectification"),
    ("en", "I am making a formal complaint about how you handled my data.", "grievance"),
    ("de", "Ich reiche hiermit eine förmliche Beschwerde über Ihren Umgang mit meinen Daten ein.", "grievance"),
    ("fr", "Je dépose une réclamation formelle auprès de votre société.", "grievance"),
    ("es", "Presento una queja formal ante su empresa por el trato de mis datos.", "grievance"),
    ("it", "Presento un reclamo formale nei confronti della vostra azienda.", "grievance"),
    ("nl", "Ik dien hierbij een formele klacht in bij uw organisatie.", "grievance"),
    ("pt", "Apresento uma reclamação formal contra a vossa empresa.", "grievance"),
    ("pl", "Składam formalną skargę na sposób przetwarzania moich danych.", "grievance"),
    ("en", "Until this is sorted, please don't use my data for anything, just keep it stored.", "restriction"),
    ("de", "Bis zur Klärung dürfen Sie meine Daten nur noch speichern, aber nicht mehr nutzen.", "restriction"),
    ("fr", "En attendant, merci de geler l'utilisation de mes données.", "restriction"),
    ("es", "Mientras tanto, dejen de tratar mis datos y solo consérvenlos.", "restriction"),
    ("it", "Nel frattempo limitate il trattamento dei miei dati.", "restriction"),
    ("nl", "Beperk in de tussentijd het gebruik van mijn gegevens.", "restriction"),
    ("pt", "Entretanto, limitem o uso dos meus dados.", "restriction"),
    ("pl", "Do czasu wyjaśnienia proszę ograniczyć przetwarzanie moich danych.", "restriction"),
    ("sv", "Tills vidare vill jag att ni begränsar användningen av mina uppgifter.", "restriction"),
]


@pytest.mark.parametrize(("language", "text", "want"), FAMILIES, ids=[f"{c}-{i}" for i, (c, *_) in enumerate(FAMILIES)])
def test_every_table_reads_the_everyday_families(language: str, text: str, want: str) -> None:
    assert sorted(find(text, [language]).rights) == [want]


NOT_REQUESTS = [
    "Dear team, I am applying for the Data Analyst role. I consent to the processing of my data for this application "
    "and know I can withdraw my consent at any time.\n\nAnn Lee",
    "Sehr geehrte Damen und Herren, anbei meine Bewerbung als Entwicklerin. Ich willige in die Verarbeitung meiner "
    "Daten für das Bewerbungsverfahren ein; diese Einwilligung kann ich jederzeit widerrufen.\n\nAnna Lehmann",
    "Bonjour, je vous adresse ma candidature au poste de comptable. J'accepte le traitement de mes données pour ce "
    "recrutement et je sais que je peux retirer mon consentement.\n\nAnne Leroy",
    "Hello, before we sign: could you send us your data processing agreement and the list of sub-processors?\n\nAnn",
    "Hola, ¿nos pueden enviar el contrato de encargado del tratamiento antes de firmar?\n\nAna López",
    "Hallo, kunnen jullie ons de verwerkersovereenkomst sturen? Wij willen jullie CRM gebruiken.\n\nAnne de Boer",
    "Hi, quick question: how long do you usually take to answer an access request? I'm not making a request, just "
    "curious.\n\nAnn",
]


@pytest.mark.parametrize("body", NOT_REQUESTS, ids=range(len(NOT_REQUESTS)))
def test_applications_vendors_and_questions_ask_for_nothing(body: str) -> None:
    got = run(body, subject="Hello", sender="Ann Lee <ann@example.org>")
    assert got.kind == "other" and got.rights == []


def test_a_complaint_to_a_regulator_is_no_grievance() -> None:
    assert "grievance" not in find("Je dépose une plainte formelle auprès de la CNIL.", ["fr"]).rights
    assert "grievance" in find("Je dépose une plainte formelle auprès de votre direction.", ["fr"]).rights
