"""Development letters for issue 18's third slice: everyday words, footers, negation, agents and employers.

Written before the extraction was changed for them, for the classes and languages the blind set found weak
(plain words read as `other`, footers listing rights, negated or reported rights beside a real one, employers
under a job title in letters citing the law, the data subject named by an agent, automated decisions and
nominations; Croatian, Swedish, Korean, Hindi, French, Dutch, Czech, Greek, Irish, Lithuanian, Chinese and
Japanese). Each mail's `cls` names the class it was written for; the benchmark can break the figures down by it.
"""

from __future__ import annotations

from make_corpus import Mail
from texts_dev import K, R

FOOTER_SV = """
Integritetsmeddelande: Vi behandlar personuppgifter enligt dataskyddsförordningen. Du har rätt att begära
tillgång till, rättelse eller radering av dina uppgifter samt att invända mot behandlingen.
"""


def _c(cls: str, mail: Mail) -> Mail:
    mail.cls = cls
    return mail


# fmt: off
MAILS: list[Mail] = [
    # ================================================================ plain words: everyday requests
    _c("plain_words", R("ev-301", "en", ["access"], "Tom Baker", None,
      "Tom Baker <tombaker77@gmail.com>", "quick question",
      """Hi,

What do you have on me? I keep getting letters from you and I'd like to see what you store about me.

Thanks
Tom Baker
""")),
    _c("plain_words", R("ev-302", "en", ["erasure"], "Grace Holloway", None,
      "Grace Holloway <grace.holloway@outlook.com>", "my account",
      """Hello,

Please get rid of my account and everything attached to it. I haven't used it in years.

Grace
""")),
    _c("plain_words", R("ev-303", "en", ["objection"], "Martin Quigley", None,
      "Martin Quigley <mquigley@btinternet.com>", "Stop",
      """Take me off your lists please. I never signed up for any of this.

Martin Quigley
""")),
    _c("plain_words", R("ev-304", "en", ["access"], "Helen Ward", None,
      "Helen Ward <helen.ward@yahoo.co.uk>", "Where did you get my address?",
      """Hello,

Can you tell me where you got my home address from? I have never been a customer of yours.

Regards,
Helen Ward
""")),
    _c("plain_words", R("ev-305", "en", ["rectification"], "Oliver Grant", None,
      "Oliver Grant <ogrant@gmail.com>", "Address",
      """Hi, could you fix my address on your system? It should be 12 Mill Lane, Bath BA1 2AB, not 21.

Oliver Grant
""")),
    _c("plain_words", R("ev-306", "fr", ["access"], "Camille Lefèvre", None,
      "Camille Lefèvre <camille.lefevre@orange.fr>", "Question",
      """Bonjour,

Qu'est-ce que vous avez sur moi exactement ? J'aimerais voir ce que vous gardez comme informations.

Merci,
Camille Lefèvre
""")),
    _c("plain_words", R("ev-307", "fr", ["objection"], "Julien Moreau", None,
      "Julien Moreau <julien.moreau@free.fr>", "Vos mails",
      """Retirez-moi de vos listes, s'il vous plaît. Je n'ai jamais demandé à recevoir vos offres.

Julien Moreau
""")),
    _c("plain_words", R("ev-308", "nl", ["access"], "Sanne Visser", None,
      "Sanne Visser <sanne.visser@ziggo.nl>", "Vraag",
      """Hallo,

Wat hebben jullie allemaal over mij opgeslagen? En waar hebben jullie mijn adres vandaan?

Groetjes,
Sanne Visser
""")),
    _c("plain_words", R("ev-309", "nl", ["erasure"], "Bram de Jong", None,
      "Bram de Jong <bram.dejong@kpnmail.nl>", "Account",
      """Goedemiddag,

Gooi mijn account en alles wat erbij hoort maar weg, ik gebruik het niet meer.

Bram de Jong
""")),
    _c("plain_words", R("ev-310", "sv", ["access"], "Karin Lindqvist", None,
      "Karin Lindqvist <karin.lindqvist@telia.com>", "Fråga",
      """Hej,

Vad har ni sparat om mig? Och var fick ni min adress ifrån?

Hälsningar
Karin Lindqvist
""")),
    _c("plain_words", R("ev-311", "sv", ["erasure"], "Erik Nyström", None,
      "Erik Nyström <erik.nystrom@gmail.com>", "Ta bort mig",
      """Hej!

Ta bort mig ur era register, jag vill inte finnas hos er längre.

Mvh
Erik Nyström
""")),
    _c("plain_words", R("ev-312", "sv", ["rectification"], "Sofia Berg", None,
      "Sofia Berg <sofia.berg@hotmail.se>", "Fel adress",
      """Hej, ni har fel adress på mig. Ändra den till Storgatan 5, 411 38 Göteborg.

Tack!
Sofia Berg
""")),
    _c("plain_words", R("ev-313", "hr", ["access"], "Ivana Horvat", None,
      "Ivana Horvat <ivana.horvat@gmail.com>", "Upit",
      """Poštovani,

što sve imate o meni? Odakle vam moja adresa i broj telefona?

Lijep pozdrav,
Ivana Horvat
""")),
    _c("plain_words", R("ev-314", "hr", ["objection"], "Marko Babić", None,
      "Marko Babić <marko.babic@net.hr>", "Poruke",
      """Maknite me s vaših popisa, više ne želim dobivati nikakve ponude.

Marko Babić
""")),
    _c("plain_words", R("ev-315", "hr", ["erasure"], "Petra Kovačević", None,
      "Petra Kovačević <petra.kovacevic@gmail.com>", "Račun",
      """Pozdrav,

molim vas da mi zatvorite račun i maknete sve moje podatke iz sustava.

Hvala,
Petra Kovačević
""")),
    _c("plain_words", R("ev-316", "cs", ["access"], "Jana Dvořáková", None,
      "Jana Dvořáková <jana.dvorakova@seznam.cz>", "Dotaz",
      """Dobrý den,

co všechno o mně máte uložené? A odkud máte moji adresu?

Děkuji
Jana Dvořáková
""")),
    _c("plain_words", R("ev-317", "cs", ["rectification"], "Tomáš Procházka", None,
      "Tomáš Procházka <tomas.prochazka@email.cz>", "Adresa",
      """Dobrý den, opravte mi prosím adresu, správně je Husova 12, Brno.

Tomáš Procházka
""")),
    _c("plain_words", R("ev-318", "el", ["access"], "Ελένη Παπαδοπούλου", None,
      "Ελένη Παπαδοπούλου <eleni.papadopoulou@gmail.com>", "Ερώτηση",
      """Καλησπέρα,

τι στοιχεία έχετε για μένα; Από πού πήρατε τη διεύθυνσή μου;

Ευχαριστώ,
Ελένη Παπαδοπούλου
""")),
    _c("plain_words", R("ev-319", "el", ["objection"], "Νίκος Γεωργίου", None,
      "Νίκος Γεωργίου <nikos.georgiou@yahoo.gr>", "Μηνύματα",
      """Βγάλτε με από τις λίστες σας, δεν θέλω άλλα διαφημιστικά μηνύματα.

Νίκος Γεωργίου
""")),
    _c("plain_words", R("ev-320", "ga", ["access"], "Siobhán Ní Bhriain", None,
      "Siobhán Ní Bhriain <siobhan.nibhriain@eircom.net>", "Ceist",
      """A chara,

Cad iad na sonraí atá agaibh fúm? Ba mhaith liom a fheiceáil cad atá stóráilte agaibh.

Le meas,
Siobhán Ní Bhriain
""")),
    _c("plain_words", R("ev-321", "ga", ["erasure"], "Seán Ó Murchú", None,
      "Seán Ó Murchú <sean.omurchu@gmail.com>", "Mo chuntas",
      """Dia dhuit,

Scrios mo chuntas agus gach rud a bhaineann leis, le do thoil.

Go raibh maith agat,
Seán Ó Murchú
""")),
    _c("plain_words", R("ev-322", "lt", ["access"], "Rūta Kazlauskienė", None,
      "Rūta Kazlauskienė <ruta.kazlauskiene@gmail.com>", "Klausimas",
      """Laba diena,

kokius duomenis apie mane turite? Iš kur gavote mano adresą?

Ačiū,
Rūta Kazlauskienė
""")),
    _c("plain_words", R("ev-323", "lt", ["objection"], "Tomas Petrauskas", None,
      "Tomas Petrauskas <tomas.petrauskas@inbox.lt>", "Laiškai",
      """Išbraukite mane iš savo sąrašų, nebenoriu gauti jūsų laiškų.

Tomas Petrauskas
""")),
    _c("plain_words", R("ev-324", "zh", ["access"], "王芳", None,
      "王芳 <wangfang88@163.com>", "咨询",
      """你好，

你们有我哪些资料？我的地址是从哪里得到的？

王芳
""")),
    _c("plain_words", R("ev-325", "zh", ["erasure"], "李强", None,
      "李强 <liqiang@qq.com>", "账号",
      """您好，请帮我把账号注销掉，我的资料也都不要留了。谢谢！

李强
""")),
    _c("plain_words", R("ev-326", "ja", ["access"], "佐藤美咲", None,
      "佐藤美咲 <misaki.sato@docomo.ne.jp>", "問い合わせ",
      """お世話になります。

私についてどんな情報を持っているのか教えてください。住所をどこで知ったのかも知りたいです。

佐藤美咲
""")),
    _c("plain_words", R("ev-327", "ja", ["rectification"], "田中健", None,
      "田中健 <ken.tanaka@gmail.com>", "住所の件",
      """住所が間違っていますので直してください。正しくは東京都杉並区高円寺南3-1-2です。

田中健
""")),
    _c("plain_words", R("ev-328", "ko", ["access"], "김민지", None,
      "김민지 <minji.kim@naver.com>", "문의",
      """안녕하세요.

저에 대해 어떤 정보를 갖고 계신가요? 제 전화번호는 어디서 구하셨나요?

김민지 드림
""")),
    _c("plain_words", R("ev-329", "ko", ["erasure"], "이준호", None,
      "이준호 <junho.lee@daum.net>", "계정",
      """제 계정을 없애 주시고 저장된 정보도 다 지워 주세요.

이준호
""")),
    _c("plain_words", R("ev-330", "hi", ["access"], "सुनीता शर्मा", None,
      "सुनीता शर्मा <sunita.sharma@rediffmail.com>", "जानकारी",
      """नमस्ते,

आपके पास मेरे बारे में क्या जानकारी है? मेरा नंबर आपको कहाँ से मिला?

धन्यवाद
सुनीता शर्मा
""")),
    _c("plain_words", R("ev-331", "hi", ["objection"], "राजेश कुमार", None,
      "राजेश कुमार <rajesh.kumar@gmail.com>", "मैसेज",
      """मुझे अपनी सूची से हटा दीजिए, मुझे आपके मैसेज नहीं चाहिए।

राजेश कुमार
""")),
    # ================================================================ footers listing rights
    _c("footer_rights", R("ev-340", "sv", ["erasure"], "Anders Holm", None,
      "Anders Holm <anders.holm@gmail.com>", "Radera mitt konto",
      """Hej,

Radera mitt konto hos er, tack.

Anders Holm
""" + FOOTER_SV)),
    _c("footer_rights", K("other", "ev-341", "fr",
      "Claire Dubois <c.dubois@dubois-fils.fr>", "Facture n° 2026-114",
      """Bonjour,

Pourriez-vous m'envoyer un duplicata de la facture n° 2026-114 ?

Cordialement,
Claire Dubois
Dubois & Fils SARL

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement et de portabilité de
vos données, ainsi que d'un droit d'opposition. Pour exercer ces droits, écrivez à dpo@dubois-fils.fr.
""")),
    _c("footer_rights", R("ev-342", "nl", ["access"], "Lotte Smit", None,
      "Lotte Smit <lotte.smit@planet.nl>", "Inzageverzoek",
      """Beste,

Ik wil graag inzage in de gegevens die u over mij verwerkt.

Met vriendelijke groet,
Lotte Smit

Privacy: wij verwerken uw gegevens volgens de AVG. U kunt ons vragen uw gegevens in te zien, te corrigeren of
te verwijderen, en bezwaar maken tegen de verwerking.
""")),
    _c("footer_rights", K("other", "ev-343", "hr",
      "Ana Jurić <ana.juric@adriatrade.hr>", "Ponuda",
      """Poštovani,

šaljem vam ponudu za uredski materijal u privitku. Javite se ako imate pitanja.

Srdačan pozdrav,
Ana Jurić
Adria Trade d.o.o.

Obavijest o privatnosti: vaše osobne podatke obrađujemo u skladu s Općom uredbom o zaštiti podataka. Možete
zatražiti pristup, ispravak ili brisanje svojih podataka te uložiti prigovor na obradu.
""")),
    _c("footer_rights", K("other", "ev-344", "de",
      "Jörg Weber <j.weber@weber-bau.de>", "Terminanfrage",
      """Guten Tag,

können wir den Termin für die Besichtigung auf Donnerstag verschieben?

Viele Grüße
Jörg Weber
Weber Bau GmbH
--
Datenschutzhinweis: Wir verarbeiten Ihre Daten gemäß DSGVO. Ihnen steht ein Recht auf Auskunft, Berichtigung,
Löschung, Einschränkung der Verarbeitung und Datenübertragbarkeit sowie ein Widerspruchsrecht zu.
""")),
    _c("footer_rights", R("ev-345", "cs", ["erasure"], "Petr Černý", None,
      "Petr Černý <petr.cerny@centrum.cz>", "Zrušení účtu",
      """Dobrý den,

prosím o vymazání mého účtu.

S pozdravem
Petr Černý

Ochrana osobních údajů: Máte právo požadovat přístup ke svým údajům, jejich opravu, výmaz či omezení zpracování
a vznést námitku.
""")),
    _c("footer_rights", K("other", "ev-346", "en",
      "Dana Whitfield <dana@whitfieldcatering.co.uk>", "Order for Friday",
      """Hi,

Can you confirm the order for Friday is still 40 covers?

Dana Whitfield
Whitfield Catering Ltd

Privacy: we process personal data in line with the UK GDPR. You can ask us for a copy of your data, ask us to
correct or delete it, or object to our use of it, by writing to privacy@whitfieldcatering.co.uk.
""")),
    _c("footer_rights", R("ev-347", "zh", ["access"], "陈静", None,
      "陈静 <chenjing@126.com>", "查阅个人信息",
      """您好，

我想查阅你们保存的我的个人信息。

陈静

隐私声明：根据《个人信息保护法》，您可以查阅、复制、更正、删除您的个人信息，或撤回同意。
""")),
    _c("footer_rights", K("other", "ev-348", "ja",
      "山本 浩 <h.yamamoto@yamamoto-shoji.co.jp>", "お見積りの件",
      """お世話になっております。

先日のお見積りについて、納期をご確認いただけますでしょうか。

山本 浩
山本商事株式会社

個人情報の取扱いについて：当社は個人情報保護法に基づき、保有個人データの開示、訂正、利用停止、消去のご請求に対応いたします。
""")),
    _c("footer_rights", K("other", "ev-349", "ko",
      "박서준 <seojun.park@hanbit.co.kr>", "회의 일정",
      """안녕하세요,

다음 주 회의를 수요일로 옮길 수 있을까요?

박서준
한빛소프트 주식회사

개인정보 처리 안내: 정보주체는 개인정보의 열람, 정정·삭제, 처리정지를 요구할 수 있습니다.
""")),
    # ================================================================ not requests
    _c("not_request", K("other", "ev-350", "sv",
      "Linnea Ek <linnea.ek@gmail.com>", "Ansökan: ekonomiassistent",
      """Hej,

Härmed söker jag tjänsten som ekonomiassistent. Mitt CV och personliga brev finns bifogade. Jag samtycker till
att ni behandlar mina personuppgifter i rekryteringsprocessen och vet att jag kan återkalla mitt samtycke.

Vänliga hälsningar
Linnea Ek
""")),
    _c("not_request", K("other", "ev-351", "fr",
      "Service juridique <juridique@cloudnet-services.fr>", "Accord de sous-traitance",
      """Bonjour,

Dans le cadre de notre contrat, pourriez-vous nous transmettre votre accord de sous-traitance (DPA) signé et la
liste de vos sous-traitants ultérieurs ? Nous devons vérifier comment vous gérez les demandes d'effacement et
d'accès de vos clients.

Cordialement,
Service juridique CloudNet
""")),
    _c("not_request", K("other", "ev-352", "nl",
      "Ruben Mulder <ruben.mulder@gmail.com>", "Sollicitatie",
      """Beste,

Hierbij solliciteer ik naar de functie van klantenservicemedewerker. Ik geef toestemming om mijn gegevens
een jaar te bewaren voor toekomstige vacatures.

Met vriendelijke groet,
Ruben Mulder
""")),
    _c("not_request", K("auto_reply", "ev-353", "hr",
      "Luka Perić <luka.peric@adriatrade.hr>", "Automatski odgovor: Zahtjev",
      """Poštovani,

nalazim se na godišnjem odmoru do 15. prosinca. Za hitne upite obratite se kolegici na ana.juric@adriatrade.hr.

Luka Perić
""")),
    _c("not_request", K("other", "ev-354", "en",
      "Account Security <security@massist-verify.com>", "Action required: verify your identity",
      """Dear customer,

Under the GDPR we must verify your identity within 24 hours, or your account and all your data will be deleted.
Verify now: http://massist-verify.com/login

Account Security Team
""")),
    _c("not_request", K("other", "ev-355", "ko",
      "최유나 <yuna.choi@gmail.com>", "입사 지원",
      """안녕하세요.

마케팅 담당자 채용 공고를 보고 지원합니다. 이력서를 첨부합니다. 개인정보 수집 및 이용에 동의합니다.

최유나 드림
""")),
    # ================================================================ negated or reported rights
    _c("negation", R("ev-360", "sv", ["access"], "Johan Sandberg", None,
      "Johan Sandberg <johan.sandberg@gmail.com>", "Mina uppgifter",
      """Hej,

Jag vill inte att ni raderar mitt konto, men skicka mig en kopia av mina personuppgifter.

Johan Sandberg
""")),
    _c("negation", R("ev-361", "fr", ["access"], "Hélène Girard", None,
      "Hélène Girard <helene.girard@laposte.net>", "Mes données",
      """Bonjour,

Je ne demande pas la suppression de mon compte, seulement une copie de mes données personnelles.

Hélène Girard
""")),
    _c("negation", R("ev-362", "nl", ["access"], "Daan Bos", None,
      "Daan Bos <daan.bos@gmail.com>", "Inzage",
      """Hallo,

Mijn account hoeft niet verwijderd te worden. Ik wil alleen inzage in mijn persoonsgegevens.

Daan Bos
""")),
    _c("negation", R("ev-363", "hr", ["access"], "Tomislav Novak", None,
      "Tomislav Novak <tomislav.novak@gmail.com>", "Podaci",
      """Poštovani,

ne tražim brisanje podataka, samo želim kopiju osobnih podataka koje imate o meni.

Tomislav Novak
""")),
    _c("negation", R("ev-364", "cs", ["access"], "Lucie Veselá", None,
      "Lucie Veselá <lucie.vesela@seznam.cz>", "Kopie údajů",
      """Dobrý den,

nechci, abyste mazali můj účet. Pošlete mi prosím jen kopii mých osobních údajů.

Lucie Veselá
""")),
    _c("negation", R("ev-365", "ko", ["access"], "정하늘", None,
      "정하늘 <haneul.jung@naver.com>", "열람 요청",
      """안녕하세요.

계정 삭제를 원하는 것은 아닙니다. 제 개인정보 열람을 요청합니다.

정하늘
""")),
    _c("negation", R("ev-366", "ja", ["access"], "鈴木一郎", None,
      "鈴木一郎 <ichiro.suzuki@gmail.com>", "開示請求",
      """退会は希望しません。私の保有個人データの開示を請求します。

鈴木一郎
""")),
    _c("negation", R("ev-367", "zh", ["access"], "刘洋", None,
      "刘洋 <liuyang@163.com>", "查阅",
      """您好，我不是要注销账号，只是想查阅你们保存的我的个人信息。

刘洋
""")),
    _c("negation", R("ev-368", "el", ["access"], "Μαρία Κωνσταντίνου", None,
      "Μαρία Κωνσταντίνου <maria.konstantinou@gmail.com>", "Πρόσβαση",
      """Καλησπέρα,

δεν ζητώ διαγραφή του λογαριασμού μου. Ζητώ πρόσβαση στα προσωπικά μου δεδομένα.

Μαρία Κωνσταντίνου
""")),
    _c("negation", R("ev-369", "lt", ["access"], "Jonas Vaitkus", None,
      "Jonas Vaitkus <jonas.vaitkus@gmail.com>", "Duomenų kopija",
      """Laba diena,

neprašau ištrinti paskyros, tik noriu gauti savo asmens duomenų kopiją.

Jonas Vaitkus
""")),
    _c("negation", R("ev-370", "en", ["access"], "Rachel Green", None,
      "Rachel Green <rachel.green@gmail.com>", "Copy of my data",
      """Hello,

Last year I asked you to delete my old account, which you did. Now I'd like a copy of whatever you still hold
about me.

Rachel Green
""")),
    _c("negation", R("ev-371", "hi", ["access"], "अमित वर्मा", None,
      "अमित वर्मा <amit.verma@gmail.com>", "मेरी जानकारी",
      """नमस्ते,

मैं अपना खाता डिलीट नहीं करवाना चाहता, बस मेरी व्यक्तिगत जानकारी की कॉपी भेज दीजिए।

अमित वर्मा
""")),
    _c("negation", R("ev-372", "ga", ["access"], "Aoife Nic Giolla", None,
      "Aoife Nic Giolla <aoife.nicgiolla@gmail.com>", "Cóip de mo shonraí",
      """A chara,

Níl mé ag iarraidh go scriosfaí mo chuntas. Ba mhaith liom cóip de mo shonraí pearsanta, le do thoil.

Aoife Nic Giolla
""")),
    # ================================================================ letters citing the law, employer signed
    _c("legal_anchor", R("ev-380", "en", ["access"], "Jane Porter", "Northwind Traders Ltd",
      "Jane Porter <jane.porter@gmail.com>", "Subject access request",
      """Dear Data Protection Officer,

Under Article 15 UK GDPR I request a copy of the personal data you hold about me.

Yours sincerely,

Jane Porter
Senior Accountant
Northwind Traders Ltd
""")),
    _c("legal_anchor", R("ev-381", "sk", ["access"], "Martin Kováč", "Tatra Soft s.r.o.",
      "Martin Kováč <martin.kovac@gmail.com>", "Žiadosť o prístup",
      """Dobrý deň,

podľa čl. 15 GDPR žiadam o prístup k mojim osobným údajom. Pracujem v spoločnosti Tatra Soft s.r.o., ktorá
používa váš systém.

S pozdravom
Martin Kováč
""")),
    _c("legal_anchor", R("ev-382", "pt", ["erasure"], "Beatriz Lima", "Verde Engenharia Ltda.",
      "Beatriz Lima <beatriz.lima@gmail.com>", "Eliminação de dados",
      """Prezados,

Nos termos do art. 18, VI da LGPD, solicito a eliminação dos meus dados pessoais. Trabalho na Verde Engenharia
Ltda., cliente de vocês.

Atenciosamente,
Beatriz Lima
""")),
    _c("legal_anchor", R("ev-383", "de", ["access"], "Sabine Krause", "Müller Logistik GmbH",
      "Sabine Krause <sabine.krause@web.de>", "Auskunft nach Art. 15 DSGVO",
      """Sehr geehrte Damen und Herren,

gemäß Art. 15 DSGVO bitte ich um Auskunft über die zu meiner Person gespeicherten Daten.

Mit freundlichen Grüßen
Sabine Krause
Teamleiterin Einkauf
Müller Logistik GmbH
""")),
    _c("legal_anchor", R("ev-384", "hi", ["access"], "राहुल मेहता", "Sharma Traders Pvt. Ltd.",
      "राहुल मेहता <rahul.mehta@gmail.com>", "DPDP अधिनियम धारा 11",
      """महोदय,

डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 11 के तहत मैं अपने व्यक्तिगत डेटा का सारांश माँगता हूँ।

धन्यवाद
राहुल मेहता
वरिष्ठ अभियंता
Sharma Traders Pvt. Ltd.
""")),
    _c("legal_anchor", R("ev-385", "fr", ["rectification"], "Claire Martin", "Dubois & Fils SARL",
      "Claire Martin <claire.martin@gmail.com>", "Rectification",
      """Madame, Monsieur,

Conformément à l'article 16 du RGPD, je vous demande de rectifier mon adresse postale.

Cordialement,
Claire Martin
Responsable des achats
Dubois & Fils SARL
""")),
    _c("legal_anchor", R("ev-386", "nl", ["erasure"], "Jan de Vries", "Bouwbedrijf Van Dam B.V.",
      "Jan de Vries <jan.devries@gmail.com>", "Verwijderverzoek",
      """Geachte heer, mevrouw,

Op grond van artikel 17 AVG verzoek ik u mijn persoonsgegevens te verwijderen.

Met vriendelijke groet,
Jan de Vries
Projectleider
Bouwbedrijf Van Dam B.V.
""")),
    _c("legal_anchor", R("ev-387", "en", ["opt_out_sale"], "Kevin Brooks", "Pinecrest Dental Group",
      "Kevin Brooks <kbrooks@gmail.com>", "CCPA opt-out",
      """Hello,

Under the CCPA I opt out of the sale and sharing of my personal information. I work at Pinecrest Dental Group,
which uses your scheduling software.

Kevin Brooks
""")),
    # ================================================================ agents: the data subject's name
    _c("agent", R("ev-390", "pl", ["access"], "Anna Nowak", None,
      "Kancelaria Zieliński <biuro@zielinski-kancelaria.pl>", "Wniosek o dostęp do danych",
      """Szanowni Państwo,

działając w imieniu mojej klientki, Pani Anny Nowak, wnoszę o udostępnienie kopii jej danych osobowych.

Z poważaniem
Adam Zieliński
radca prawny
""", agent=True, agent_name="Adam Zieliński")),
    _c("agent", R("ev-391", "cs", ["erasure"], "Jana Nováková", None,
      "Mgr. Pavel Hruška <hruska@advokat-hruska.cz>", "Žádost o výmaz",
      """Dobrý den,

jménem mé klientky paní Jany Novákové žádám o výmaz jejích osobních údajů.

S pozdravem
Mgr. Pavel Hruška
advokát
""", agent=True, agent_name="Pavel Hruška")),
    _c("agent", R("ev-392", "sk", ["access"], "Mária Horváthová", None,
      "JUDr. Peter Baláž <balaz@akbalaz.sk>", "Žiadosť o prístup",
      """Dobrý deň,

v mene mojej klientky Márie Horváthovej žiadam o kópiu jej osobných údajov.

S pozdravom
JUDr. Peter Baláž
advokát
""", agent=True, agent_name="Peter Baláž")),
    _c("agent", R("ev-393", "en", ["erasure"], "Margaret Hill", None,
      "David Hill <david.hill@gmail.com>", "My mother's account",
      """Hello,

I am writing on behalf of my mother, Margaret Hill, who is 87 and no longer uses email. Please close her
account and delete her details.

David Hill
""", agent=True, agent_name="David Hill")),
    _c("agent", R("ev-394", "fr", ["erasure"], "Lucas Martin", None,
      "Nathalie Martin <nathalie.martin@orange.fr>", "Compte de mon fils",
      """Bonjour,

J'écris au nom de mon fils, Lucas Martin, 13 ans. Merci de supprimer son compte et ses données.

Nathalie Martin
""", agent=True, agent_name="Nathalie Martin")),
    _c("agent", R("ev-395", "nl", ["access"], "Pieter Bakker", None,
      "mr. L. Jansen <l.jansen@jansen-advocaten.nl>", "Inzageverzoek cliënt",
      """Geachte heer, mevrouw,

Namens mijn cliënt, de heer Pieter Bakker, verzoek ik u om inzage in zijn persoonsgegevens.

Met vriendelijke groet,
mr. L. Jansen
advocaat
""", agent=True, agent_name="L. Jansen")),
    _c("agent", R("ev-396", "pl", ["erasure"], "Katarzyna Kowalska", None,
      "Tomasz Kowalski <tomasz.kowalski@wp.pl>", "Konto córki",
      """Dzień dobry,

w imieniu mojej córki Katarzyny Kowalskiej proszę o usunięcie jej konta i danych.

Tomasz Kowalski
""", agent=True, agent_name="Tomasz Kowalski")),
    # ================================================================ automated decisions and nominations
    _c("automated", R("ev-400", "en", ["access"], "Laura Kim", None,
      "Laura Kim <laura.kim@gmail.com>", "Access request",
      """Hello,

Please send me a copy of my personal data. Please also tell me whether any automated decisions were made about
me and who you shared my data with.

Laura Kim
""")),
    _c("automated", R("ev-401", "en", ["automated_decision"], "Samuel Okafor", None,
      "Samuel Okafor <samuel.okafor@gmail.com>", "Declined application",
      """Hello,

Your system declined my loan application automatically within seconds. I want a person to review this decision
and I contest it.

Samuel Okafor
""")),
    _c("automated", R("ev-402", "fr", ["access"], "Manon Roux", None,
      "Manon Roux <manon.roux@gmail.com>", "Demande d'accès",
      """Bonjour,

Je souhaite obtenir une copie de mes données personnelles, y compris les informations sur toute prise de
décision automatisée me concernant.

Manon Roux
""")),
    _c("automated", R("ev-403", "nl", ["automated_decision"], "Emma Peeters", None,
      "Emma Peeters <emma.peeters@telenet.be>", "Automatische afwijzing",
      """Beste,

Mijn aanvraag werd automatisch afgewezen. Ik wil dat een medewerker dit besluit opnieuw bekijkt.

Emma Peeters
""")),
    _c("automated", R("ev-404", "en", ["nomination"], "Venkatesh Rao", None,
      "Venkatesh Rao <venkatesh.rao@gmail.com>", "Nominee under DPDP Act",
      """Dear Grievance Officer,

I wish to appoint my wife, Lakshmi Rao, to act for me with respect to my personal data if I die or become
unable to do so myself, as section 14 of the DPDP Act allows.

Regards,
Venkatesh Rao
""")),
    _c("automated", R("ev-405", "hi", ["nomination"], "सुरेश यादव", None,
      "सुरेश यादव <suresh.yadav@gmail.com>", "नामांकन",
      """महोदय,

मेरी मृत्यु या अक्षमता की स्थिति में मेरे अधिकारों का प्रयोग करने के लिए मैं अपने बेटे रवि यादव को नामित करना
चाहता हूँ।

सुरेश यादव
""")),
    _c("automated", R("ev-406", "hi", ["nomination"], "Pooja Singh", None,
      "Pooja Singh <pooja.singh@gmail.com>", "Nominee",
      """Namaste,

Main apni beti ko apne data ke liye nominee banana chahti hoon, taaki meri maut ke baad woh mere adhikar use
kar sake.

Pooja Singh
""")),
    # ================================================================ weak languages: formal and everyday
    _c("weak_language", R("ev-410", "hr", ["portability"], "Dario Matić", None,
      "Dario Matić <dario.matic@gmail.com>", "Prijenos podataka",
      """Poštovani,

molim da mi moje podatke pošaljete u strojno čitljivom obliku kako bih ih prenio drugom pružatelju.

Dario Matić
""")),
    _c("weak_language", R("ev-411", "hr", ["withdraw_consent"], "Maja Šimić", None,
      "Maja Šimić <maja.simic@gmail.com>", "Privola",
      """Poštovani,

povlačim privolu za obradu mojih podataka u marketinške svrhe.

Maja Šimić
""")),
    _c("weak_language", R("ev-412", "sv", ["objection"], "Lars Persson", None,
      "Lars Persson <lars.persson@gmail.com>", "Reklam",
      """Hej,

Sluta skicka reklam till mig, tack.

Lars Persson
""")),
    _c("weak_language", R("ev-413", "ko", ["objection"], "한지민", None,
      "한지민 <jimin.han@naver.com>", "문자",
      """광고 문자 그만 보내 주세요.

한지민
""")),
    _c("weak_language", R("ev-414", "ko", ["rectification"], "오세훈", None,
      "오세훈 <sehun.oh@gmail.com>", "주소 변경",
      """제 주소가 잘못 되어 있습니다. 주소를 고쳐 주세요.

오세훈
""")),
    _c("weak_language", R("ev-415", "ja", ["objection"], "高橋真由美", None,
      "高橋真由美 <mayumi.takahashi@gmail.com>", "メール配信",
      """今後、宣伝のメールは送らないでください。

高橋真由美
""")),
    _c("weak_language", R("ev-416", "zh", ["objection"], "赵磊", None,
      "赵磊 <zhaolei@sina.com>", "短信",
      """别再给我发推销短信了。

赵磊
""")),
    _c("weak_language", R("ev-417", "zh", ["rectification"], "孙丽", None,
      "孙丽 <sunli@163.com>", "地址",
      """你好，我的地址写错了，请帮我改一下，正确的是上海市浦东新区世纪大道100号。

孙丽
""")),
    _c("weak_language", R("ev-418", "el", ["erasure"], "Δημήτρης Ιωάννου", None,
      "Δημήτρης Ιωάννου <dimitris.ioannou@gmail.com>", "Λογαριασμός",
      """Σβήστε τον λογαριασμό μου και όλα τα στοιχεία μου, παρακαλώ.

Δημήτρης Ιωάννου
""")),
    _c("weak_language", R("ev-419", "lt", ["rectification"], "Eglė Jankauskaitė", None,
      "Eglė Jankauskaitė <egle.jankauskaite@gmail.com>", "Adresas",
      """Laba diena, pataisykite mano adresą: Gedimino pr. 10, Vilnius.

Eglė Jankauskaitė
""")),
    _c("weak_language", R("ev-420", "ga", ["objection"], "Ciarán Ó Briain", None,
      "Ciarán Ó Briain <ciaran.obriain@gmail.com>", "Ríomhphoist",
      """A chara,

Bainigí mé de bhur liostaí seoltaí, níl mé ag iarraidh a thuilleadh ríomhphost uaibh.

Ciarán Ó Briain
""")),
    _c("weak_language", R("ev-421", "cs", ["objection"], "Veronika Králová", None,
      "Veronika Králová <veronika.kralova@seznam.cz>", "Reklama",
      """Dobrý den, přestaňte mi posílat reklamní e-maily a vyřaďte mě ze svých seznamů.

Veronika Králová
""")),
    _c("weak_language", R("ev-422", "nl", ["objection"], "Femke de Boer", None,
      "Femke de Boer <femke.deboer@gmail.com>", "Nieuwsbrief",
      """Haal me van jullie mailinglijst alsjeblieft.

Femke de Boer
""")),
    _c("weak_language", R("ev-423", "fr", ["erasure"], "Antoine Bernard", None,
      "Antoine Bernard <antoine.bernard@sfr.fr>", "Mes données",
      """Bonjour,

Effacez tout ce que vous avez sur moi et fermez mon compte.

Antoine Bernard
""")),
]
# fmt: on
