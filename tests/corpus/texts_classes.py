"""Development letters for issue 18's second slice: agents, web forms, employers, everyday words, non-requests.

Written before the extraction was changed for them, as such mail arrives: lawyers, parents, HR forwarding an
employee's mail, request services, form robots with the person in the fields, employers said in a sentence or
under a job title, in many languages; job applications, vendor questions, newsletters and phishing that mention
data protection and ask for nothing; requests whose footer lists every right.
"""

from __future__ import annotations

from make_corpus import Mail
from texts_dev import K, R


def _form(reply: str, auto: bool = False) -> dict[str, str]:
    headers = {"Reply-To": reply}
    if auto:
        headers["Auto-Submitted"] = "auto-generated"
    return headers


# fmt: off
MAILS: list[Mail] = [
    # ================================================================ agents
    R("ag-201", "en", ["access", "erasure"], "Daniel O'Connor", None,
      "Fiona Gallagher <f.gallagher@gallagher-solicitors.ie>", "Data subject request - Daniel O'Connor",
      """Dear Data Protection Officer,

We act for Mr Daniel O'Connor of 14 Harbour View, Cork, in connection with his former membership of your
loyalty programme. A signed authority from our client is attached.

Our client asks you to provide a copy of all personal data you hold about him and, once that copy has been
provided, to erase his data from your marketing systems.

Please reply to this office within the statutory period.

Yours faithfully,

Fiona Gallagher
Solicitor
Gallagher & Co Solicitors
""", agent=True, agent_name="Fiona Gallagher"),
    R("ag-202", "de", ["erasure"], "Lena Hoffmann", None,
      "Markus Hoffmann <markus.hoffmann@web.de>", "Konto meiner Tochter",
      """Guten Tag,

meine Tochter Lena Hoffmann (14 Jahre) hat sich ohne unser Wissen bei Ihnen registriert. Als
Erziehungsberechtigter bitte ich Sie, ihr Konto und alle dazu gespeicherten Daten zu löschen.

Mit freundlichen Grüßen
Markus Hoffmann
""", fmt="qp-latin1", agent=True, agent_name="Markus Hoffmann"),
    R("ag-203", "fr", ["access"], "Sophie Marchand", None,
      "Maître Antoine Roussel <a.roussel@roussel-avocats.fr>", "Demande de communication de données",
      """Madame, Monsieur,

Je vous écris en qualité de conseil de Madame Sophie Marchand, qui m'a mandaté à cet effet.

Ma cliente souhaite obtenir la communication de l'ensemble des données personnelles la concernant que
votre société détient, conformément à l'article 15 du RGPD.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Antoine Roussel
Avocat au Barreau de Lyon
""", agent=True, agent_name="Antoine Roussel"),
    R("ag-204", "es", ["erasure"], "Lucía Romero García", None,
      "Pilar García <pilar.garcia.m@hotmail.es>", "Datos de mi hija menor",
      """Buenos días:

Soy la madre de Lucía Romero García, que tiene 13 años. He visto que tiene una cuenta con ustedes y no
dimos nuestro consentimiento. Les pido que supriman su cuenta y todos sus datos personales.

Adjunto copia del libro de familia.

Un saludo,
Pilar García
""", fmt="qp-latin1", agent=True, agent_name="Pilar García"),
    R("ag-205", "it", ["access", "erasure"], "Marco Bellini", None,
      "Avv. Chiara Fontana <c.fontana@studiofontana.it>", "Istanza ex artt. 15 e 17 GDPR - sig. Marco Bellini",
      """Spett.le Società,

scrivo in nome e per conto del mio assistito, sig. Marco Bellini, come da procura allegata.

Il mio assistito chiede di accedere ai dati personali che lo riguardano e, successivamente, la loro
cancellazione.

Distinti saluti
Avv. Chiara Fontana
""", agent=True, agent_name="Chiara Fontana"),
    R("ag-206", "nl", ["access"], "Sanne de Vries", "Van Dijk Installatietechniek B.V.",
      "Peter Bakker <p.bakker@vandijk-installatie.nl>", "Fwd: inzageverzoek",
      """Goedemiddag,

Hieronder een verzoek dat onze medewerker bij HR heeft ingediend. Kunnen jullie dit oppakken?

Groet,
Peter Bakker
HR-adviseur
Van Dijk Installatietechniek B.V.

---------- Doorgestuurd bericht ---------
Van: Sanne de Vries <sanne.devries@vandijk-installatie.nl>
Datum: ma 16 nov 2026 om 08:41
Onderwerp: inzageverzoek
Aan: HR <hr@vandijk-installatie.nl>

Hallo,

Ik wil graag inzage in alle persoonsgegevens die jullie leverancier Massist CRM over mij verwerkt.

Groeten,
Sanne de Vries
""", agent=True, agent_name="Peter Bakker"),
    R("ag-207", "en", ["opt_out_sale", "erasure"], "Jennifer Alvarez", None,
      "Permission Slip by Consumer Reports <requests@permissionslip.example>", "Data request on behalf of a consumer",
      """To whom it may concern,

Consumer Reports is submitting this request as an authorized agent for the consumer below, under the
California Consumer Privacy Act.

Consumer name: Jennifer Alvarez
Consumer email: jen.alvarez@example.com
State of residence: California

The consumer requests that you delete the personal information you have collected about her and that you
do not sell or share her personal information.

Permission Slip by Consumer Reports
""", agent=True, agent_name="Consumer Reports Permission Slip"),
    R("ag-208", "en", ["erasure"], "Owen Price", "Cardiff Print Works Ltd",
      "Rachel Hughes <rachel.hughes@cardiffprint.co.uk>", "FW: please delete my details",
      """Hi,

Please see below, one of our employees would like his details removed from your system. He used it through
our account.

Thanks
Rachel

Rachel Hughes
People & Culture Manager
Cardiff Print Works Ltd
""", fmt="fwd-rfc822", agent=True, agent_name="Rachel Hughes",
      inner=Mail("ag-208-inner", "request", "en", ["erasure"], "Owen Price", "Cardiff Print Works Ltd",
                 "Owen Price <owen.price@cardiffprint.co.uk>", "please delete my details",
                 """Hi Rachel,

Could you ask the CRM company to delete my details? I left the sales team and don't want my contact data
kept there.

Cheers,
Owen
""")),
    R("ag-209", "ja", ["erasure"], "佐藤美咲", None,
      "佐藤 健一 <kenichi.sato@example.jp>", "娘のアカウントについて",
      """ご担当者様

私は佐藤美咲（15歳）の父です。娘が御社のサービスに登録しておりますが、親として同意しておりません。
娘のアカウントと個人情報をすべて削除してください。

よろしくお願いいたします。
佐藤 健一
""", fmt="b64:shift_jis", agent=True, agent_name="佐藤 健一"),
    R("ag-210", "pt", ["access"], "Ana Paula Ferreira", None,
      "Dr. Ricardo Menezes <ricardo@menezesadvogados.com.br>", "Requerimento LGPD - Ana Paula Ferreira",
      """Prezados,

Na qualidade de advogado de Ana Paula Ferreira, conforme procuração anexa, venho requerer, com base no
art. 18, II, da LGPD, o acesso aos dados pessoais da minha cliente tratados por essa empresa.

Atenciosamente,
Ricardo Menezes
OAB/SP 123.456
""", agent=True, agent_name="Ricardo Menezes"),
    R("ag-211", "ru", ["erasure"], "Иван Соколов", None,
      "Елена Соколова <e.sokolova@mail.ru>", "Удаление данных ребёнка",
      """Здравствуйте.

Я мама Ивана Соколова, ему 15 лет. Сын зарегистрировался у вас без моего согласия. Прошу удалить его
аккаунт и все его персональные данные.

Ребёнок: Иван Соколов

С уважением,
Елена Соколова
""", fmt="8bit:koi8-r", agent=True, agent_name="Елена Соколова"),
    R("ag-212", "de", ["access"], "Jonas Weber", None,
      "Incogni <support@incogni.example>", "Auskunftsersuchen im Auftrag von Jonas Weber",
      """Sehr geehrte Damen und Herren,

wir schreiben Ihnen im Auftrag unseres Nutzers Herrn Jonas Weber, der uns dazu bevollmächtigt hat.

Herr Weber verlangt gemäß Art. 15 DSGVO Auskunft über die zu seiner Person gespeicherten Daten.

Name: Jonas Weber
E-Mail: jonas.weber@posteo.de

Mit freundlichen Grüßen
Das Incogni-Team
""", agent=True, agent_name="Incogni"),
    R("ag-213", "tr", ["access"], "Emre Yıldız", "Anadolu Tekstil A.Ş.",
      "Zeynep Kaya <zeynep.kaya@anadolutekstil.com.tr>", "İlt: KVKK başvurusu",
      """Merhaba,

Çalışanımızın aşağıdaki başvurusunu size iletiyorum.

Saygılarımla,
Zeynep Kaya
İnsan Kaynakları Uzmanı
Anadolu Tekstil A.Ş.

---------- Forwarded message ---------
From: Emre Yıldız <emre.yildiz@anadolutekstil.com.tr>
Subject: KVKK başvurusu

Merhaba,

KVKK md. 11 kapsamında hakkımda hangi kişisel verilerin işlendiğini öğrenmek istiyorum.

Emre Yıldız
""", fmt="8bit:iso-8859-9", agent=True, agent_name="Zeynep Kaya"),
    R("ag-214", "pl", ["erasure"], "Jakub Kowalczyk", None,
      "Anna Kowalczyk <anna.kowalczyk@wp.pl>", "Usunięcie konta syna",
      """Dzień dobry,

piszę jako matka niepełnoletniego syna. Dane dziecka: Jakub Kowalczyk, lat 12. Proszę o usunięcie jego
konta oraz wszystkich jego danych osobowych.

Z poważaniem,
Anna Kowalczyk
""", fmt="qp:iso-8859-2", agent=True, agent_name="Anna Kowalczyk"),

    # ================================================================ web forms and ticket relays
    R("fm-201", "en", ["opt_out_sale"], "Kevin Marsh", "Harlow Freight Ltd",
      "WordPress <wordpress@massistcrm.com>", "[Massist] New privacy request",
      """New submission from the Privacy Request form

Name: Kevin Marsh
Email: kevin.marsh@harlowfreight.com
Company: Harlow Freight Ltd
Request type: Do not sell or share my personal information
Message: Please process this for my work address too.

--
This e-mail was sent from a contact form on Massist CRM (https://massistcrm.com)
""", headers=_form("kevin.marsh@harlowfreight.com", auto=True)),
    R("fm-202", "es", ["access"], "Carmen Ruiz Ortega", "Distribuciones Ruiz S.L.",
      "Formulario web <noreply@massistcrm.com>", "Nueva solicitud de privacidad",
      """Has recibido una nueva solicitud desde el formulario de privacidad.

Nombre: Carmen Ruiz Ortega
Correo electrónico: carmen@distruiz.es
Empresa: Distribuciones Ruiz S.L.
Tipo de solicitud: Acceso a mis datos personales
Comentarios: Quiero saber qué datos tienen de mí.
""", headers=_form("carmen@distruiz.es")),
    R("fm-203", "fr", ["erasure"], "Claire Dubois", "Atelier Lumière SARL",
      "Formulaire <forms@massistcrm.com>", "Demande RGPD via le site",
      """Une nouvelle demande a été envoyée via le formulaire « Protection des données ».

Nom : Dubois
Prénom : Claire
E-mail : claire.dubois@atelier-lumiere.fr
Entreprise : Atelier Lumière SARL
Type de demande : Suppression de mes données
Message : Merci de supprimer mon compte d'essai.
""", fmt="qp-latin1", headers=_form("claire.dubois@atelier-lumiere.fr", auto=True)),
    R("fm-204", "de", ["access"], "Jan Krüger", "Krüger Haustechnik GmbH",
      "Massist Support <noreply@tickets.massistcrm.com>", "Neues Ticket #48213: Datenschutzanfrage",
      """Ein neues Ticket wurde über das Kontaktformular erstellt.

Vorname: Jan
Nachname: Krüger
Firma: Krüger Haustechnik GmbH
E-Mail: j.krueger@krueger-haustechnik.de
Anliegen: Auskunft nach Art. 15 DSGVO
Nachricht: Bitte senden Sie mir eine Übersicht der gespeicherten Daten.

Bereitgestellt von Zendesk
""", headers=_form("j.krueger@krueger-haustechnik.de", auto=True)),
    R("fm-205", "it", ["erasure"], "Giulia Conti", "Conti Arredamenti S.r.l.",
      "noreply@massistcrm.com", "Nuovo messaggio dal modulo privacy",
      """Nome e cognome: Giulia Conti
Email: giulia@contiarredamenti.it
Azienda: Conti Arredamenti S.r.l.
Tipo di richiesta: Cancellazione dei dati
Messaggio: non uso più il servizio, cancellate tutto per favore
""", headers=_form("giulia@contiarredamenti.it")),
    R("fm-206", "nl", ["access"], "Thijs Jansen", "Jansen Bouw B.V.",
      "Website <no-reply@massistcrm.com>", "Nieuw formulier: privacyverzoek",
      """Naam: Thijs Jansen
E-mailadres: thijs@jansenbouw.nl
Bedrijf: Jansen Bouw B.V.
Soort verzoek: Inzage
Toelichting: graag een overzicht van mijn gegevens
""", headers=_form("thijs@jansenbouw.nl", auto=True)),
    R("fm-207", "pt", ["portability"], "Beatriz Almeida", "Almeida & Filhos Lda.",
      "Formulário <formularios@massistcrm.com>", "Novo pedido de titular de dados",
      """Nome completo: Beatriz Almeida
Email: beatriz.almeida@almeidafilhos.pt
Empresa: Almeida & Filhos Lda.
Tipo de pedido: Portabilidade dos dados
Mensagem: Preciso dos meus dados para os levar para outro fornecedor.
""", headers=_form("beatriz.almeida@almeidafilhos.pt")),
    R("fm-208", "pl", ["erasure"], "Michał Zieliński", "Zieliński Transport Sp. z o.o.",
      "Formularz kontaktowy <noreply@massistcrm.com>", "Nowe zgłoszenie RODO",
      """Imię i nazwisko: Michał Zieliński
E-mail: m.zielinski@zt-transport.pl
Firma: Zieliński Transport Sp. z o.o.
Rodzaj żądania: Usunięcie danych
Treść: Proszę o usunięcie mojego konta.
""", headers=_form("m.zielinski@zt-transport.pl", auto=True)),
    R("fm-209", "sv", ["access"], "Erik Lindqvist", "Lindqvist Måleri AB",
      "Kontaktformulär <noreply@massistcrm.com>", "Ny förfrågan från webbplatsen",
      """Namn: Erik Lindqvist
E-post: erik@lindqvistmaleri.se
Företag: Lindqvist Måleri AB
Ärende: Registerutdrag
Meddelande: Vill se vilka uppgifter ni har om mig.
""", fmt="qp:iso-8859-15", headers=_form("erik@lindqvistmaleri.se")),
    R("fm-210", "ja", ["access"], "高橋 直樹", "株式会社ミナトシステム",
      "お問い合わせフォーム <noreply@massistcrm.com>", "【お問い合わせ】個人情報について",
      """お問い合わせフォームから送信されました。

氏名：高橋 直樹
会社名：株式会社ミナトシステム
メールアドレス：n.takahashi@minato-sys.co.jp
お問い合わせ種別：保有個人データの開示請求
内容：私の個人情報の開示をお願いします。
""", headers=_form("n.takahashi@minato-sys.co.jp", auto=True)),
    R("fm-211", "en", ["erasure"], "Priya Raman", None,
      "Support <support@massistcrm.zendesk.example>", "[Ticket #90412] Delete my account",
      """##- Please type your reply above this line -##

Priya Raman submitted a request.

Requester: Priya Raman
Subject: Delete my account

Hey, can you get rid of my account and everything attached to it? I made it for a trial and never used it.

Powered by Zendesk
""", headers={"Reply-To": "priya.raman@gmail.com", "Auto-Submitted": "auto-generated"}),

    # ================================================================ employers
    R("em-201", "sv", ["erasure"], "Karin Holm", "Nordbygg AB",
      "Karin Holm <karin.holm@gmail.com>", "Radera mina uppgifter",
      """Hej,

jag arbetar på Nordbygg AB som använder ert CRM. Jag har slutat där i oktober och vill att ni raderar mina
personuppgifter.

Mvh
Karin Holm
"""),
    R("em-202", "cs", ["access"], "Jana Dvořáková", "Stavby Morava s.r.o.",
      "Jana Dvořáková <jana.dvorakova@seznam.cz>", "Žádost o přístup k osobním údajům",
      """Dobrý den,

žádám o kopii osobních údajů, které o mně zpracováváte.

S pozdravem
Jana Dvořáková
vedoucí účtárny
Stavby Morava s.r.o.
""", fmt="qp:iso-8859-2"),
    R("em-203", "hu", ["erasure"], "Tóth Eszter", "Kovács és Társa Kft.",
      "Tóth Eszter <toth.eszter@freemail.hu>", "Adataim törlése",
      """Tisztelt Cím!

A Kovács és Társa Kft.-nél dolgozom, amely az Önök rendszerét használja. Kérem a személyes adataim
törlését.

Üdvözlettel:
Tóth Eszter
""", fmt="qp:iso-8859-2"),
    R("em-204", "fi", ["access"], "Mikko Virtanen", "Lappeenrannan Puu Oy",
      "Mikko Virtanen <mikko.virtanen@luukku.fi>", "Tietopyyntö",
      """Hei,

työskentelen Lappeenrannan Puu Oy:ssä. Pyydän saada nähdä kaikki minusta tallennetut henkilötiedot.

Ystävällisin terveisin
Mikko Virtanen
"""),
    R("em-205", "no", ["objection"], "Ingrid Solberg", "Fjordkraft Bygg AS",
      "Ingrid Solberg <ingrid.solberg@online.no>", "Reklame",
      """Hei,

jeg jobber i Fjordkraft Bygg AS og får stadig reklame fra dere på jobbadressen. Vennligst slutt å sende meg
markedsføring.

Hilsen
Ingrid Solberg
"""),
    R("em-206", "en", ["rectification"], "Martin Cole", "Redfern Analytics Ltd",
      "Martin Cole <martin.cole@outlook.com>", "Wrong job title in your records",
      """Hello,

My company, Redfern Analytics Ltd, uses your CRM and my colleagues see me listed as "Junior Analyst". I was
promoted last year; please update my job title to "Senior Analyst".

Thanks,
Martin Cole
"""),
    R("em-207", "ro", ["access"], "Andrei Popescu", "Carpați Distribuție SRL",
      "Andrei Popescu <andrei.popescu@yahoo.ro>", "Cerere acces date",
      """Bună ziua,

Lucrez la Carpați Distribuție SRL și aș dori o copie a datelor mele personale pe care le prelucrați.

Mulțumesc,
Andrei Popescu
"""),
    R("em-208", "el", ["erasure"], "Νίκος Παπαδόπουλος", "Αιγαίο Τεχνική Α.Ε.",
      "Νίκος Παπαδόπουλος <nikos.pap@gmail.com>", "Διαγραφή δεδομένων",
      """Καλησπέρα σας,

Εργάζομαι στην Αιγαίο Τεχνική Α.Ε. και σας παρακαλώ να διαγράψετε τα προσωπικά μου δεδομένα από το
σύστημά σας.

Ευχαριστώ,
Νίκος Παπαδόπουλος
""", fmt="8bit:iso-8859-7"),
    R("em-209", "ko", ["access"], "김지훈", "한빛소프트 주식회사",
      "김지훈 <jihoon.kim@naver.com>", "개인정보 열람 요청",
      """안녕하세요.

저는 한빛소프트 주식회사에서 근무하고 있습니다. 귀사가 보유한 제 개인정보의 열람을 요청합니다.

감사합니다.
김지훈
""", fmt="b64:euc-kr"),
    R("em-210", "zh", ["erasure"], "王丽", "上海明辉贸易有限公司",
      "王丽 <wangli88@163.com>", "删除个人信息",
      """您好：

我在上海明辉贸易有限公司工作，我们公司使用贵司的系统。我已离职，请删除我的个人信息。

谢谢！
王丽
""", fmt="b64:gb2312"),
    R("em-211", "sl", ["access"], "Maja Novak", "Alpina Trade d.o.o.",
      "Maja Novak <maja.novak@siol.net>", "Dostop do osebnih podatkov",
      """Pozdravljeni,

delam v podjetju Alpina Trade d.o.o. in prosim za kopijo osebnih podatkov, ki jih obdelujete o meni.

Lep pozdrav,
Maja Novak
""", fmt="qp:iso-8859-2"),
    R("em-212", "tr", ["erasure"], "Burak Demir", "Ege Lojistik A.Ş.",
      "Burak Demir <burak.demir@gmail.com>", "Verilerimin silinmesi",
      """Merhaba,

Ege Lojistik A.Ş.'de çalışıyorum. Sistemlerinizdeki kişisel verilerimin silinmesini talep ediyorum.

Saygılarımla,
Burak Demir
"""),
    R("em-213", "uk", ["access"], "Тарас Мельник", "ТОВ «Карпати Логістик»",
      "Тарас Мельник <taras.melnyk@ukr.net>", "Доступ до даних",
      """Добрий день!

Працюю в ТОВ «Карпати Логістик». Прошу надати копію моїх персональних даних, які у вас зберігаються.

З повагою,
Тарас Мельник
"""),
    R("em-214", "et", ["erasure"], "Kadri Tamm", "Tallinna Puit OÜ",
      "Kadri Tamm <kadri.tamm@mail.ee>", "Andmete kustutamine",
      """Tere,

töötan ettevõttes Tallinna Puit OÜ. Palun kustutage minu isikuandmed.

Lugupidamisega
Kadri Tamm
"""),
    R("em-215", "da", ["access"], "Søren Madsen", "Jensen & Søn ApS",
      "Søren Madsen <soren.madsen@mail.dk>", "Indsigt",
      """Hej,

jeg er ansat hos Jensen & Søn ApS. Jeg vil gerne have indsigt i de oplysninger, I har om mig.

Venlig hilsen
Søren Madsen
Lagerchef
Jensen & Søn ApS
"""),
    R("em-216", "hr", ["erasure"], "Ivana Horvat", "Jadran Promet d.o.o.",
      "Ivana Horvat <ivana.horvat@gmail.com>", "Brisanje podataka",
      """Poštovani,

radim u tvrtki Jadran Promet d.o.o. i molim vas da izbrišete moje osobne podatke.

Lijep pozdrav,
Ivana Horvat
"""),
    R("em-217", "en", ["access"], "Laura Bennett", "Meridian Dental Group",
      "Laura Bennett <laura.bennett@meridiandental.co.uk>", "Subject access request",
      """Dear DPO,

Please send me a copy of all personal data you hold about me.

Kind regards,

Laura Bennett
Practice Manager
Meridian Dental Group
Tel: 020 7946 0321
"""),

    # ================================================================ everyday words and kind
    R("pw-201", "en", ["access", "erasure"], "Jamie Fletcher", None,
      "jamie fletcher <jfletch92@gmail.com>", "hello??",
      """hi, what have you got on me? i never signed up for anything with you and somehow you have my number.
tell me where you got it and then get rid of it

jamie
"""),
    R("pw-202", "en", ["objection"], "Sandra Okafor", None,
      "Sandra Okafor <sandra.okafor@yahoo.com>", "enough",
      """Please stop sending me stuff. Every week another email. I have clicked the link at the bottom three
times.

Sandra
"""),
    R("pw-203", "de", ["access", "erasure"], "Tobias Brandt", None,
      "Tobias Brandt <tobi.brandt@gmx.net>", "was habt ihr über mich?",
      """Hallo,

woher habt ihr meine Handynummer und was habt ihr sonst noch alles über mich? Danach bitte alles weg damit,
ich will nichts mehr mit euch zu tun haben.

Tobias
"""),
    R("pw-204", "fr", ["objection", "erasure"], "Julien Petit", None,
      "Julien Petit <julien.petit@free.fr>", "ras le bol",
      """Bonjour,

je ne veux plus recevoir vos mails, merci d'arrêter. Et virez mon compte aussi, je ne m'en sers plus.

Julien
"""),
    R("pw-205", "es", ["access"], "Marta Jiménez", None,
      "Marta Jiménez <marta.jimenez@gmail.com>", "¿qué datos tenéis?",
      """Hola, ¿qué datos tenéis míos? Me habéis llamado para venderme algo y no sé de dónde habéis sacado mi
teléfono.

Marta Jiménez
"""),
    R("pw-206", "it", ["objection"], "Paolo Ricci", None,
      "Paolo Ricci <paolo.ricci@libero.it>", "basta",
      """Buongiorno, smettetela di mandarmi pubblicità, grazie.

Paolo Ricci
"""),
    R("pw-207", "nl", ["erasure"], "Kees Visser", None,
      "Kees Visser <kees.visser@ziggo.nl>", "account weg",
      """Hallo,

Ik gebruik jullie dienst niet meer. Kunnen jullie mijn account weghalen en alles wat erbij hoort?

Groetjes,
Kees Visser
"""),
    R("pw-208", "pt", ["access"], "João Carvalho", None,
      "João Carvalho <joao.carvalho@sapo.pt>", "dados",
      """Olá, gostava de saber que dados vocês têm sobre mim.

Obrigado
João Carvalho
"""),

    # ================================================================ not requests
    K("other", "nr-201", "en", "Hannah Lee <hannah.lee.cv@gmail.com>", "Application: Junior Data Analyst",
      """Dear Hiring Team,

Please find attached my CV and cover letter for the Junior Data Analyst position advertised on LinkedIn.

I consent to the processing of my personal data for the purposes of this recruitment process, in accordance
with the GDPR. You may also keep my CV for future vacancies.

Kind regards,
Hannah Lee
"""),
    K("other", "nr-202", "pl", "Katarzyna Lewandowska <k.lewandowska@o2.pl>", "CV - specjalista ds. sprzedaży",
      """Dzień dobry,

w załączeniu przesyłam CV w odpowiedzi na ogłoszenie na stanowisko specjalisty ds. sprzedaży.

Wyrażam zgodę na przetwarzanie moich danych osobowych zawartych w dokumentach aplikacyjnych dla potrzeb
niezbędnych do realizacji procesu rekrutacji, zgodnie z RODO.

Z poważaniem
Katarzyna Lewandowska
""", fmt="qp:iso-8859-2"),
    K("other", "nr-203", "en", "Tom Becker <tom.becker@northwind-hosting.example>", "DPA and sub-processor list",
      """Hi,

We are onboarding Massist CRM as a vendor. Could you send us a copy of your Data Processing Agreement and
the current list of sub-processors? Our procurement team also needs to know how you handle data subject
access requests and deletion requests on our behalf.

Best,
Tom Becker
Vendor Risk Manager
Northwind Hosting
"""),
    K("other", "nr-204", "de", "Sabine Kraus <s.kraus@kraus-it.de>", "AV-Vertrag",
      """Guten Tag,

für unsere Dokumentation benötigen wir den Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO sowie Ihre
technischen und organisatorischen Maßnahmen. Wie gehen Sie mit Löschanfragen unserer Kunden um?

Viele Grüße
Sabine Kraus
"""),
    K("bulk", "nr-205", "fr", "L'équipe Datanews <newsletter@datanews.example>", "RGPD : ce qui change en 2027",
      """Bonjour,

Dans ce numéro : le droit d'accès et le droit à l'effacement expliqués simplement, les sanctions de la CNIL
et nos conseils pour répondre à une demande de suppression.

Lire la suite sur notre site.

Vous recevez cette newsletter car vous êtes inscrit sur datanews.example. Se désinscrire
"""),
    K("other", "nr-206", "en", "Data Protection Team <security-notice@massist-verify.example>",
      "Action required: confirm your data access request",
      """Dear customer,

We received a request to access and delete the personal data linked to your account. If you did not make
this request, your account will be suspended within 24 hours.

To cancel the deletion, verify your identity here: http://massist-verify.example/login

Data Protection Team
"""),
    K("other", "nr-207", "it", "Federica Greco <federica.greco@gmail.com>", "Candidatura spontanea",
      """Gentili Signori,

vi invio la mia candidatura spontanea per una posizione nel vostro ufficio commerciale. Autorizzo il
trattamento dei miei dati personali ai sensi del GDPR (Reg. UE 2016/679) ai fini della selezione.

Cordiali saluti
Federica Greco
"""),
    K("other", "nr-208", "en", "Oliver Grant <oliver.grant@grantconsulting.example>", "Question about your product",
      """Hi,

Does your CRM let us export a customer's data in a machine-readable format when they ask for it? We are
evaluating tools for our sales team.

Thanks,
Oliver Grant

--
Grant Consulting Ltd | 12 King Street, Leeds
Privacy notice: we process your personal data to answer your enquiry. You have the right to access,
rectify or erase your data and to object to processing. To exercise your rights, contact
privacy@grantconsulting.example.
"""),

    # ================================================================ footers listing rights
    R("ft-201", "de", ["erasure"], "Claudia Neumann", "Neumann Steuerberatung",
      "Claudia Neumann <c.neumann@neumann-stb.de>", "Löschung",
      """Guten Tag,

bitte löschen Sie meinen Zugang und die dazugehörigen Daten, wir nutzen Ihr Produkt nicht mehr.

Mit freundlichen Grüßen
Claudia Neumann
Neumann Steuerberatung

Datenschutzhinweis: Wir verarbeiten Ihre Daten gemäß DSGVO. Ihnen stehen die Rechte auf Auskunft,
Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch zu.
"""),
    R("ft-202", "es", ["rectification"], "Alberto Navarro", None,
      "Alberto Navarro <anavarro@telefonica.net>", "Cambio de dirección",
      """Hola,

por favor corrijan mi dirección postal: ahora vivo en Calle Mayor 8, 28013 Madrid.

Saludos,
Alberto Navarro

Protección de datos: sus datos se tratan para gestionar esta comunicación. Puede ejercitar los derechos de
acceso, rectificación, supresión, oposición y portabilidad escribiendo a lopd@telefonica.net.
"""),
    R("ft-203", "sv", ["objection"], "Anders Berg", None,
      "Anders Berg <anders.berg@telia.se>", "Utskick",
      """Hej,

sluta skicka nyhetsbrev till mig, tack.

Anders Berg

Information om personuppgifter: Du har rätt att begära tillgång, rättelse eller radering av dina
personuppgifter samt att invända mot behandlingen.
"""),
    R("ft-204", "nl", ["access"], "Femke Mulder", "Mulder Advies",
      "Femke Mulder <femke@mulderadvies.nl>", "Inzageverzoek",
      """Beste,

Graag ontvang ik een kopie van de persoonsgegevens die u van mij verwerkt.

Met vriendelijke groet,
Femke Mulder
Mulder Advies

Privacy: u heeft recht op inzage, correctie en verwijdering van uw gegevens. Zie ons privacybeleid.
"""),

    # ================================================================ rights in people's words
    R("rt-201", "fr", ["portability"], "Nathalie Girard", None,
      "Nathalie Girard <n.girard@orange.fr>", "Récupérer mes données",
      """Bonjour,

Je change de prestataire. Pouvez-vous me transmettre mes données dans un format structuré et lisible par
machine, afin que je puisse les transférer à mon nouveau fournisseur ?

Cordialement,
Nathalie Girard
"""),
    R("rt-202", "en", ["automated_decision"], "Reza Ahmadi", None,
      "Reza Ahmadi <reza.ahmadi@gmail.com>", "Your decision on my application",
      """Hello,

My application for your premium plan was turned down within seconds, so I assume no person looked at it.
I want a human to review this decision, and I would like to know the main reasons for it.

Regards,
Reza Ahmadi
"""),
    R("rt-203", "es", ["automated_decision"], "Diego Herrera", None,
      "Diego Herrera <diego.herrera@gmail.com>", "Decisión automatizada",
      """Buenas tardes:

Me opongo a la decisión automatizada que bloqueó mi cuenta y solicito que una persona revise mi caso.

Atentamente,
Diego Herrera
"""),
    R("rt-204", "de", ["restriction"], "Heike Lorenz", None,
      "Heike Lorenz <heike.lorenz@t-online.de>", "Bitte Daten sperren",
      """Guten Tag,

ich bestreite die Richtigkeit meiner gespeicherten Adresse. Bis das geklärt ist, sperren Sie bitte meine
Daten und nutzen sie nicht weiter.

Gruß
Heike Lorenz
"""),
    R("rt-205", "en", ["nomination"], "Arjun Mehta", None,
      "Arjun Mehta <arjun.mehta@rediffmail.com>", "Nominee for my data",
      """Dear Grievance Officer,

Under the DPDP Act I wish to name my wife, Kavya Mehta, as the person who will exercise my rights if I die
or become unable to do so.

Regards,
Arjun Mehta
"""),
    R("rt-206", "hi", ["nomination"], "सुरेश यादव", None,
      "सुरेश यादव <suresh.yadav@gmail.com>", "नामांकन",
      """नमस्ते,

मैं अपने बेटे राहुल यादव को नॉमिनी बनाना चाहता हूँ, ताकि मेरी मृत्यु के बाद वह मेरे डेटा से जुड़े अधिकारों का उपयोग कर सके।

धन्यवाद
सुरेश यादव
"""),
    R("rt-207", "it", ["restriction"], "Elena Marino", None,
      "Elena Marino <elena.marino@tiscali.it>", "limitazione",
      """Buongiorno,

chiedo la limitazione del trattamento dei miei dati finché non verificate l'errore nel mio indirizzo.

Elena Marino
"""),
    R("rt-208", "en", ["access"], "Grace Whitfield", None,
      "Grace Whitfield <grace.whitfield@btinternet.com>", "Subject access request",
      """Dear Sir or Madam,

Under Article 15 UK GDPR please send me a copy of my personal data together with the purposes of the
processing, the recipients, how long you keep it, and whether you use automated decision-making or
profiling about me.

Yours faithfully,
Grace Whitfield
"""),
    # ================================================================ second batch: more languages per class
    R("em-218", "sv", ["access"], "Johanna Ek", "Bergström Bygg",
      "Johanna Ek <johanna.ek@bergstrombygg.se>", "Begäran om registerutdrag",
      """Hej,

jag vill begära ett registerutdrag över de personuppgifter ni behandlar om mig.

Vänliga hälsningar
Johanna Ek
Ekonomichef
Bergström Bygg
"""),
    R("em-219", "fi", ["erasure"], "Sari Korhonen", "Korhonen Logistiikka",
      "Sari Korhonen <sari.korhonen@korhonenlog.fi>", "Tietojen poisto",
      """Hei,

pyydän poistamaan henkilötietoni järjestelmästänne.

Terveisin
Sari Korhonen
Myyntipäällikkö
Korhonen Logistiikka
"""),
    R("em-220", "hu", ["access"], "Nagy Péter", "Duna Informatika",
      "Nagy Péter <nagy.peter@dunainfo.hu>", "Hozzáférési kérelem",
      """Tisztelt Adatvédelmi Tisztviselő!

Kérem, küldjék meg a rólam kezelt személyes adatok másolatát.

Üdvözlettel:
Nagy Péter
ügyvezető igazgató
Duna Informatika
""", fmt="qp:iso-8859-2"),
    R("em-221", "ko", ["erasure"], "박서연", "누리테크",
      "박서연 <seoyeon.park@nuritech.kr>", "개인정보 삭제 요청",
      """안녕하세요.

퇴사하였으므로 귀사 시스템에 남아 있는 제 개인정보를 삭제해 주시기 바랍니다.

감사합니다.
박서연
영업팀 과장
누리테크
"""),
    R("em-222", "zh", ["access"], "陈明", "深圳华信科技",
      "陈明 <chenming@huaxin-tech.cn>", "查阅个人信息",
      """您好：

请提供贵公司处理的关于我的个人信息副本。

此致
陈明
销售经理
深圳华信科技
"""),
    R("ag-215", "sv", ["erasure"], "Elsa Nilsson", None,
      "Advokat Per Lund <per.lund@lundadvokat.se>", "Begäran om radering",
      """Hej,

Jag skriver på uppdrag av Elsa Nilsson, som har gett mig fullmakt. Min klient begär att ni raderar alla
personuppgifter om henne.

Med vänliga hälsningar
Per Lund
Advokat
""", agent=True, agent_name="Per Lund"),
    R("ag-216", "da", ["access"], "Mads Poulsen", None,
      "Lene Poulsen <lene.poulsen@mail.dk>", "Indsigt på vegne af min søn",
      """Hej,

Jeg skriver på vegne af Mads Poulsen, min søn på 14 år. Jeg vil gerne have indsigt i de oplysninger, I har
registreret om ham.

Venlig hilsen
Lene Poulsen
""", agent=True, agent_name="Lene Poulsen"),
    R("ag-217", "no", ["erasure"], "Ola Hansen", None,
      "Kari Berg <kari.berg@advokatberg.no>", "Krav om sletting",
      """Hei,

jeg skriver på vegne av Ola Hansen. Fullmakt er vedlagt. Han ber om at alle personopplysninger om ham blir
slettet.

Med vennlig hilsen
Kari Berg
advokat
""", agent=True, agent_name="Kari Berg"),
    R("ag-218", "ar", ["access"], "خالد العتيبي", None,
      "سارة الحربي <sara.alharbi@lawfirm.sa>", "طلب الوصول إلى البيانات",
      """السلام عليكم،

أكتب إليكم نيابة عن موكلي خالد العتيبي، وأرفق التوكيل. يطلب موكلي الحصول على نسخة من بياناته الشخصية
التي تحتفظون بها.

مع التحية،
سارة الحربي
""", fmt="8bit:windows-1256", agent=True, agent_name="سارة الحربي"),
    R("ag-219", "he", ["erasure"], "דנה לוי", None,
      "עו\"ד אבי כהן <avi.cohen@cohenlaw.co.il>", "בקשה למחיקת מידע",
      """שלום רב,

אני פונה אליכם בשם מרשתי דנה לוי, בהתאם לייפוי כוח המצורף. מרשתי מבקשת למחוק את כל המידע האישי
שלה מהמאגרים שלכם.

בברכה,
אבי כהן
""", fmt="8bit:windows-1255", agent=True, agent_name="אבי כהן"),
    R("ft-205", "fr", ["objection"], "Luc Moreau", "Moreau Immobilier",
      "Luc Moreau <luc.moreau@moreau-immo.fr>", "Désinscription",
      """Bonjour,

merci de me désinscrire de votre lettre d'information.

Cordialement,
Luc Moreau
Moreau Immobilier

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement des données vous
concernant, que vous pouvez exercer auprès de contact@moreau-immo.fr.
"""),
    R("ft-206", "pl", ["access"], "Tomasz Wiśniewski", "Wiśniewski Serwis",
      "Tomasz Wiśniewski <t.wisniewski@wserwis.pl>", "Wniosek o dostęp do danych",
      """Dzień dobry,

proszę o przesłanie kopii moich danych osobowych.

Pozdrawiam
Tomasz Wiśniewski
Wiśniewski Serwis

Administratorem danych jest Wiśniewski Serwis. Przysługuje Pani/Panu prawo dostępu do danych, ich
sprostowania, usunięcia oraz wniesienia sprzeciwu.
""", fmt="qp:iso-8859-2"),
    R("ft-207", "cs", ["erasure"], "Petr Svoboda", None,
      "Petr Svoboda <petr.svoboda@email.cz>", "Výmaz údajů",
      """Dobrý den,

prosím o výmaz mých osobních údajů.

S pozdravem
Petr Svoboda

Informace o zpracování osobních údajů: máte právo na přístup, opravu, výmaz a omezení zpracování svých
údajů.
"""),
    R("rt-209", "de", ["access"], "Ulrike Sommer", None,
      "Ulrike Sommer <ulrike.sommer@gmx.de>", "Auskunftsersuchen",
      """Sehr geehrte Damen und Herren,

bitte erteilen Sie mir Auskunft über meine Daten, die Empfänger und ob eine automatisierte
Entscheidungsfindung stattfindet.

Mit freundlichen Grüßen
Ulrike Sommer
"""),
    R("fm-212", "da", ["erasure"], "Mette Larsen", "Larsen Rengøring ApS",
      "Hjemmeside <noreply@massistcrm.com>", "Ny henvendelse fra kontaktformular",
      """Navn: Mette Larsen
E-mail: mette@larsenrengoring.dk
Virksomhed: Larsen Rengøring ApS
Type henvendelse: Sletning af data
Besked: Slet venligst min konto.
""", headers=_form("mette@larsenrengoring.dk", auto=True)),
    R("fm-213", "tr", ["access"], "Elif Şahin", "Şahin Gıda Ltd. Şti.",
      "Web Formu <noreply@massistcrm.com>", "Yeni KVKK başvurusu",
      """Ad Soyad: Elif Şahin
E-posta: elif@sahingida.com.tr
Şirket: Şahin Gıda Ltd. Şti.
Talep türü: Kişisel verilerime erişim
Açıklama: Hakkımda hangi verilerin tutulduğunu öğrenmek istiyorum.
""", headers=_form("elif@sahingida.com.tr")),
    R("fm-214", "ro", ["rectification"], "Ioana Stan", "Stan Consult SRL",
      "Formular site <noreply@massistcrm.com>", "Cerere nouă GDPR",
      """Nume și prenume: Ioana Stan
Email: ioana.stan@stanconsult.ro
Companie: Stan Consult SRL
Tip cerere: Rectificarea datelor
Mesaj: Numele meu de familie este scris greșit.
""", headers=_form("ioana.stan@stanconsult.ro", auto=True)),
]
# fmt: on
