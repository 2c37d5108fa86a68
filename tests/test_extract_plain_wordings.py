"""Everyday wordings in the smaller languages' tables (Nordic, Irish, Maltese, Turkish, Arabic, Hebrew, Hindi, CJK,
Croatian, Catalan, Indonesian, Vietnamese), in our own sentences: what the tables read, and what they must refuse."""

from __future__ import annotations

import pytest

from intake.understand.extract import extract
from intake.understand.extraction import Extraction
from intake.understand.lexicon import unaccented
from intake.understand.parse import parse


def run(body: str, subject: str = "Hei") -> Extraction:
    head = f"From: Kim Berg <kim.berg@example.com>\r\nTo: dpo@massistcrm.com\r\nSubject: {subject}\r\n"
    raw = head + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
    return extract(parse(raw.encode()))


# (subject, body, rights the tables read): one family of wording per line; the statistical reader must not be needed.
ASKED = [
    (
        "Spørsmål",
        "Hei,\n\nhva har dere egentlig lagret om meg i kundesystemet? Send meg en oversikt.\n\nMvh Kari",
        ["access"],
    ),
    (
        "Kontoen min",
        "Hei,\n\nkan dere fryse dataene mine til klagen er ferdigbehandlet? Ikke slett noe.\n\nMvh Ola",
        ["restriction"],
    ),
    (
        "Dotter mi",
        "Hei,\n\nEg ber om at de slettar opplysningane om sonen min og at de sluttar å ringje han.\n\nHelsing Eli",
        ["erasure", "objection"],
    ),
    (
        "Feil tittel",
        "Hei,\n\nJeg står registrert med feil stillingstittel hos dere. Riktig er innkjøpssjef.\n\nHilsen Per",
        ["rectification"],
    ),
    (
        "Samtykke",
        "Hei,\n\nJeg trekker med dette tilbake samtykket jeg ga til nyhetsbrevet.\n\nMvh Siri",
        ["withdraw_consent"],
    ),
    (
        "Fråga",
        "Hej,\n\nvad har ni egentligen sparat om mig i ert system? Jag vill gärna veta.\n\nHälsningar Eva",
        ["access"],
    ),
    (
        "Min profil",
        "Hej,\n\nmin titel är fel i profilen. Kan ni ändra den till ekonomichef?\n\nHälsningar Lars",
        ["rectification"],
    ),
    (
        "Reklame",
        "Hej,\n\nJeg vil ikke længere modtage jeres tilbud. Stop venligst al reklame til min mail.\n\nHilsen Bo",
        ["objection"],
    ),
    ("Spørgsmål", "Hej,\n\nHvad har I gemt om mig? Jeg har aldrig været kunde hos jer.\n\nMvh Ida", ["access"]),
    (
        "Glaonna",
        "Dia daoibh,\n\nNá glaoigh orm arís, le bhur dtoil, agus ná seol fógraí chugam.\n\nLe meas, Áine",
        ["objection"],
    ),
    (
        "M'ainm",
        "Dia daoibh,\n\nTá mo shloinne litrithe go mícheart agaibh. Ceartaígí é, le bhur dtoil.\n\nLe meas, Seán",
        ["rectification"],
    ),
    ("Data", "Bongu,\n\njekk joghgbok hassru d-data kollha tieghi mis-sistema taghkom.\n\nGrazzi, Joe", ["erasure"]),
    ("Data", "Bonġu,\n\nxi dettalji għandkom fuqi? Nixtieq kopja tagħhom.\n\nGrazzi, Rita", ["access"]),
    (
        "Veriler",
        "Merhaba,\n\nverilerimi CSV dosyası olarak gönderin, yeni programa aktarmak istiyorum.\n\nSelamlar, Can",
        ["portability"],
    ),
    (
        "Veriler",
        "Merhaba,\n\nlutfen tum bilgilerimi sistemden silin, artik kullanmiyorum.\n\nSelamlar, Ece",
        ["erasure"],
    ),
    (
        "بياناتي",
        "مرحبا،\n\nأرجو إرسال نسخة من كل المعلومات المسجلة عني، كما أرفض استعمال رقمي في الإعلانات.\n\nشكرا، سامي",
        ["access", "objection"],
    ),
    (
        "رقمي",
        "السلام عليكم\n\nعايزكم تمسحوا رقمي من عندكم وما حدش يتصل بيا تاني.\n\nشكرا، منى",
        ["erasure", "objection"],
    ),
    ("הסרה", "שלום,\n\nתורידו אותי בבקשה מרשימת הדיוור שלכם ואל תתקשרו אליי יותר.\n\nתודה, דנה", ["objection"]),
    (
        "data",
        "Namaste,\n\nmera data delete kar dijiye aur aage se call mat kijiye please.\n\nThanks, Amit",
        ["erasure", "objection"],
    ),
    (
        "依頼",
        "お世話になっております。\n\n会員登録は続けますので退会するつもりはありません。ただ、メール配信を停止してください。\n\n山本",
        ["objection"],
    ),
    (
        "投訴",
        "您好，\n\n请不要再给我打电话了。另外，我要对贵公司销售员工的态度提出正式投诉。\n\n王明",
        ["grievance", "objection"],
    ),
    ("資料", "您好：\n\n本人依法申請查詢本人的個人資料，並請提供複製本。\n\n黃小姐", ["access"]),
    ("資料", "您好：\n\n在你们查清楚之前，请先别使用我的资料，但也不要删除。\n\n刘", ["restriction"]),
    (
        "번호",
        "안녕하세요.\n\n제 전화번호가 바뀌었으니 수정 부탁드립니다. 새 번호는 010-0000-1111입니다.\n\n이민호",
        ["rectification"],
    ),
    (
        "파일",
        "안녕하세요.\n\n다른 프로그램으로 옮기려고 하니 제 데이터를 엑셀 파일로 보내주세요.\n\n한지민",
        ["portability"],
    ),
    (
        "Pozivi",
        "Poštovani,\n\nprestanite me zvati i maknite moj broj s vaših popisa za oglašavanje.\n\nAna",
        ["objection"],
    ),
    (
        "Podaci",
        "Poštovani,\n\ndok se spor ne riješi, zamrznite moje podatke, ali ih nemojte brisati.\n\nMarko",
        ["restriction"],
    ),
    (
        "Dades",
        "Hola,\n\nfins que no ho reviseu, no feu servir les meves dades per a cap enviament.\n\nJordi",
        ["restriction"],
    ),
    ("Data", "Halo,\n\ntolong kasih tau data apa aja yang kalian simpen tentang saya.\n\nMakasih, Dewi", ["access"]),
    (
        "Dữ liệu",
        "Chào anh chị,\n\nTôi đề nghị:\n1. Cung cấp cho tôi toàn bộ dữ liệu cá nhân của tôi.\n\nCảm ơn, Lan",
        ["access"],
    ),
]


@pytest.mark.parametrize(("subject", "body", "rights"), ASKED, ids=[b[:30] for _, b, _ in ASKED])
def test_everyday_wording_is_read_by_the_tables(subject: str, body: str, rights: list[str]) -> None:
    got = run(body, subject)
    assert got.kind == "request"
    assert sorted(got.rights) == rights
    assert "rights_model" not in got.flags


# Told about, negated, or someone else's wording: the tables must not read a right into these.
REFUSED = [
    # A Maltese negated verb ends in -x after the elided "ma": "I am not asking you to delete".
    (
        "Kont",
        "Bonġu,\n\nM'iniex nitlob li tħassru l-kont. Irrid biss kopja tad-data tiegħi.\n\nGrazzi, Paul",
        "erasure",
    ),
    # A Turkish past request, already done, is no new request.
    (
        "Adres",
        "Merhaba,\n\nadresimin düzeltilmesini talep etmiştim, yapıldı. Şimdi rızamı geri alıyorum.\n\nAli",
        "rectification",
    ),
    # A Korean footer stating the rights a person has.
    (
        "동의",
        "안녕하세요.\n\n마케팅 동의를 철회합니다.\n\n정보주체는 개인정보의 열람, 삭제를 요구할 권리가 있습니다.",
        "erasure",
    ),
    # A Croatian dunning reminder is no marketing.
    (
        "Račun",
        "Poštovani,\n\ndok ne provjerite račun, zamrznite moje podatke i nemojte mi slati opomene.\n\nIva",
        "objection",
    ),
    # "Do not delete" in Norwegian stays refused beside a freeze.
    ("Frys", "Hei,\n\nfrys opplysningene mine til saken er avklart, men ikke slett dem.\n\nMvh Tor", "erasure"),
    # A nominee acting after a death (the English gloss in parentheses included) is no nomination.
    (
        "डेटा",
        "नमस्ते,\n\nनामिती (nominee) के रूप में मैं अनुरोध करता हूँ कि मेरे स्वर्गीय पिता का डेटा मिटा दिया जाए।\n\nअजय",
        "nomination",
    ),
]


@pytest.mark.parametrize(("subject", "body", "right"), REFUSED, ids=[b[:30] for _, b, _ in REFUSED])
def test_refused_wording_stays_refused(subject: str, body: str, right: str) -> None:
    assert right not in run(body, subject).rights


def test_everything_you_have_on_me_after_a_hebrew_erasure_is_its_object() -> None:
    got = run("שלום,\n\nתמחקו בבקשה את כל מה שיש לכם עליי במערכת.\n\nתודה, רון", "מחיקה")
    assert got.rights == ["erasure"]


def test_hong_kong_section_18_is_a_data_access_request_not_a_restriction() -> None:
    body = "敬啟者：\n\n根據《個人資料（私隱）條例》第18條，本人要求貴公司提供本人個人資料的副本。\n\n陳先生"
    assert run(body, "查閱資料要求").rights == ["access"]


def test_a_japanese_form_robot_with_bulleted_fields_relays_the_request() -> None:
    body = (
        "以下の内容で受け付けました。\n\n■お名前：田中 太郎\n■会社名：株式会社テスト\n■ご依頼の種類：同意の撤回\n\n"
        "※本メールは送信専用アドレスから自動送信されています。\n"
    )
    got = run(body, "【お問い合わせ】")
    assert got.kind == "request"
    assert got.rights == ["withdraw_consent"]
    assert got.name == "田中 太郎"


def test_norwegian_lure_with_a_24_hour_link_is_no_request() -> None:
    body = "Hei,\n\nInnsynsbegjæring vedlagt. Åpne dokumentet innen 24 timer: https://deling.example/d?x=1\n\nMvh Jon"
    assert run(body, "Innsynsbegjæring").kind == "other"


def test_maltese_and_turkish_letters_without_a_keyboard_fold_to_their_base() -> None:
    assert unaccented("ħassru, għandkom, ılık") == "hassru, ghandkom, ilik"
