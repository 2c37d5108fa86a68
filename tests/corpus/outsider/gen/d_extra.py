from core import M

# ------------------------------------------------------------------ US wording
M("en", "request", "opt_out_sale", "Brandon Ellis", None, None, "us_wording", "Virginia: opt out of sale and targeted advertising; VA is a state",
  frm=("Brandon Ellis", "brandon.ellis@comcast.example"), subj="Opt-out request",
  body="""Hello,

I live in Richmond, VA. Please opt me out of the sale of my personal data and of targeted advertising. Do not share my info with ad partners.

Brandon Ellis
""")

M("en", "request", "limit_sensitive", "Naomi Feldstein", None, None, "us_wording", "only 'limit the use of my sensitive personal information'",
  frm=("Naomi Feldstein", "naomi.feldstein@icloud.example"), subj="Limit the Use of My Sensitive Personal Information",
  fmt="alt", body="""Hi,

I'm using my right to limit the use of my sensitive personal information. Specifically, don't use my health-related notes or my precise location for anything beyond providing the service I signed up for.

Naomi Feldstein
San Diego, CA
""")

M("en", "request", "access rectification", "DeShawn Carter", None, None, "us_wording", "CPRA 'right to know' + 'right to correct'",
  frm=("DeShawn Carter", "deshawn.carter@gmail.example"), subj="Right to know + right to correct",
  body="""To the privacy team,

I'm a California consumer and I'm submitting (1) a right to know request for the specific pieces of personal information you have collected about me, and (2) a right to correct request - my phone number on file is wrong, it should be (510) 555-0147.

Thanks,
DeShawn Carter
""")

M("en", "request", "limit_sensitive opt_out_sale", "Cheryl Nakamura", "Bayview Pediatrics Inc.", None, "us_wording", "'Your Privacy Choices' form fields; Inc. in Company field",
  frm=("Your Privacy Choices", "privacy-choices@forms.massistcrm.example"), reply_to=("Cheryl Nakamura", "cnakamura@bayviewpeds.example"),
  subj="Your Privacy Choices - submission received",
  fmt="html", html="""<html><body style="font-family:Arial">
<p>A consumer has submitted the <b>Your Privacy Choices</b> form.</p>
<table cellpadding="4" style="border-collapse:collapse" border="1">
<tr><td>First name</td><td>Cheryl</td></tr>
<tr><td>Last name</td><td>Nakamura</td></tr>
<tr><td>Email</td><td>cnakamura@bayviewpeds.example</td></tr>
<tr><td>Company</td><td>Bayview Pediatrics Inc.</td></tr>
<tr><td>State</td><td>CA</td></tr>
<tr><td>Do Not Sell or Share My Personal Information</td><td>&#9745; Yes</td></tr>
<tr><td>Limit the Use of My Sensitive Personal Information</td><td>&#9745; Yes</td></tr>
<tr><td>Delete my personal information</td><td>&#9744; No</td></tr>
</table>
<p style="font-size:10px;color:#999">Powered by FormFlow</p>
</body></html>
""", cte="quoted-printable")

M("en", "request", "opt_out_sale", "Gloria Sandoval", None, None, "us_wording", "explicitly not asking for deletion; only do not sell",
  frm=("Gloria Sandoval", "gsandoval@sbcglobal.example"), subj="Do not sell my data (NOT a deletion request)",
  body="""Hello,

To be clear, I am not asking you to delete my account or any of my information. I just want you to stop selling or sharing my personal information with third parties.

Gloria Sandoval
Fresno, CA
""")

M("es", "request", "opt_out_sale rectification", "Yesenia Morales", None, None, "us_wording", "US Spanish: derecho a corregir + no vendan",
  frm=("Yesenia Morales", "yesenia.morales@yahoo.example"), subj="Derecho a corregir y no vender mis datos",
  body="""Hola,

Soy residente de California. Quiero ejercer mi derecho a corregir: mi dirección está mal, la correcta es 1420 Maple St, Apt 3, Oakland, CA 94601. También les pido que no vendan ni compartan mi información personal.

Gracias,
Yesenia Morales
""")

M("es", "request", "access", "Óscar Villalobos", None, None, "us_wording", "US Spanish 'derecho a saber', HTML-only",
  frm=("Óscar Villalobos", "oscar.villalobos@hotmail.example"), subj="Derecho a saber",
  fmt="html", cte="quoted-printable", body="""Buenas,

Quiero ejercer mi derecho a saber qué información personal han recolectado sobre mí, de dónde la obtuvieron y con quién la han compartido en los últimos 12 meses.

Óscar Villalobos
Phoenix, AZ
""")

M("es", "request", "opt_out_sale", "Araceli Domínguez", None, None, "us_wording", "Mexican-American in CA; short 'no vendan mis datos'",
  frm=("Araceli Domínguez", "araceli.dominguez@gmail.example"), subj="no vendan mis datos",
  body="""Por favor no vendan ni compartan mis datos personales con nadie. Vivo en California.
Araceli Domínguez

Enviado desde mi iPhone
""")

M("en", "request", "erasure", "Travis McAllister", None, None, "us_wording", "'right to delete' under CCPA, plain, WA is a state",
  frm=("Travis McAllister", "travis.mcallister@outlook.example"), subj="Right to delete",
  body="""Hey, I'd like to use my right to delete. Please remove all my personal info from your systems and tell your service providers to do the same.

Travis McAllister
Spokane, WA
""")

# ------------------------------------------------------------------ access items
M("en", "request", "access", "Imogen Ashworth", None, None, "access_items", "items in prose, HTML-only; complaint right and ADM as items only",
  frm=("Imogen Ashworth", "imogen.ashworth@btinternet.example"), subj="Subject access request", fmt="html", cte="quoted-printable",
  body="""Dear Data Protection Officer,

Please treat this as a subject access request. Besides a copy of my data, I'd like to know why you process it, who you have shared it with (including anyone outside the UK), how long you intend to keep it, where you got it from if not from me, whether any decisions about me are made by automated means and the logic behind them, and confirmation of my right to complain to the ICO.

Regards,
Imogen Ashworth
""")

M("de", "request", "access", "Corinne Bachmann", None, None, "access_items", "Swiss nDSG Art. 25 Abs. 2 items listed",
  frm=("Corinne Bachmann", "corinne.bachmann@sunrise.example"), subj="Auskunftsbegehren nach Art. 25 nDSG",
  body="""Sehr geehrte Damen und Herren

Gestützt auf Art. 25 nDSG ersuche ich um Auskunft, insbesondere über:
- die bearbeiteten Personendaten als solche,
- den Bearbeitungszweck,
- die Aufbewahrungsdauer,
- die verfügbaren Angaben über die Herkunft der Daten,
- das Vorliegen einer automatisierten Einzelentscheidung,
- die Empfängerinnen und Empfänger, inkl. Staaten im Ausland.

Freundliche Grüsse
Corinne Bachmann
Basel
""")

M("fr", "request", "access", "Aurélie Pichon", None, None, "access_items", "French Art. 15 list incl. droit d'introduire une réclamation auprès de la CNIL",
  frm=("Aurélie Pichon", "aurelie.pichon@laposte.example"), subj="Demande d'informations sur mes données",
  cs="iso-8859-15", cte="quoted-printable", henc="Q",
  body="""Madame, Monsieur,

Je vous remercie de m'indiquer :
- les finalités du traitement de mes données ;
- les destinataires auxquels elles ont été communiquées ;
- leur durée de conservation ;
- leur source ;
- l'existence éventuelle d'une prise de décision automatisée ;
- mon droit d'introduire une réclamation auprès de la CNIL ;
et de me transmettre une copie de ces données.

Cordialement,
Aurélie Pichon
""")

M("es", "request", "access", "Begoña Etxeberria", None, None, "access_items", "Spanish list: finalidades, destinatarios, plazo, origen, decisiones automatizadas",
  frm=("Begoña Etxeberria", "begona.etxeberria@euskaltel.example"), subj="Solicitud de información sobre mis datos",
  fmt="alt", body="""Hola,

Solicito que me informen de:
1. Los fines del tratamiento.
2. Los destinatarios de mis datos.
3. El plazo de conservación.
4. El origen de los datos.
5. La existencia de decisiones automatizadas o elaboración de perfiles.
6. Mi derecho a presentar una reclamación ante la AEPD.

Y que me envíen una copia de mis datos.

Begoña Etxeberria
Bilbao
""")

M("pl", "request", "access", "Wojciech Kamiński", None, None, "access_items", "Polish: cele, odbiorcy, okres, źródło, profilowanie, skarga do PUODO",
  frm=("Wojciech Kamiński", "w.kaminski@interia.example"), subj="Informacja o przetwarzaniu danych",
  cs="iso-8859-2", cte="base64", henc="B",
  body="""Dzień dobry,

proszę o informację o:
- celach przetwarzania moich danych,
- odbiorcach danych,
- okresie przechowywania,
- źródle pozyskania danych,
- zautomatyzowanym podejmowaniu decyzji, w tym profilowaniu,
- prawie do wniesienia skargi do Prezesa UODO,
oraz o kopię danych.

Wojciech Kamiński
""")

M("ja", "request", "access", "井上 千尋", None, None, "access_items", "利用目的・第三者提供先・保存期間・取得元 listed, iso-2022-jp",
  frm=("井上 千尋", "chihiro.inoue@biglobe.example"), subj="保有個人データに関する照会",
  cs="iso-2022-jp", cte="7bit", henc="B",
  body="""ご担当者様

私の個人データについて、以下を教えてください。
・利用目的
・第三者への提供先
・保存期間
・取得元
・自動化された処理による判断の有無
あわせて保有個人データの開示をお願いします。

井上 千尋
""")

M("cs", "request", "access", "Marek Svoboda", None, None, "access_items", "Czech list of Art. 15 items",
  frm=("Marek Svoboda", "marek.svoboda@volny.example"), subj="Žádost o informace",
  body="""Dobrý den,

žádám o sdělení:
- účelů zpracování,
- příjemců mých údajů,
- doby uložení,
- zdroje údajů,
- informace, zda dochází k automatizovanému rozhodování,
- informace o právu podat stížnost u ÚOOÚ,
a o kopii mých osobních údajů.

Marek Svoboda
""")

# ------------------------------------------------------------------ footer rights
M("en", "request", "erasure", "Victoria Lang", "Lang & Rowe Architects Ltd", None, "footer_rights", "asks deletion of old test account; long footer lists every right",
  frm=("Victoria Lang", "v.lang@langrowe.example"), subj="Old trial account",
  fmt="alt", body="""Hi,

We trialled your CRM last year under my personal address vlang.arch@gmail.example. Could you delete that old trial account and the data in it? We'll keep our company account.

Thanks,
Victoria Lang
Director, Lang & Rowe Architects Ltd

______________________
Lang & Rowe Architects Ltd is registered in England No. 08812233. Under the UK GDPR you have the right of access, the right to rectification, the right to erasure, the right to restrict processing, the right to data portability, the right to object and rights in relation to automated decision making. Contact dataprotection@langrowe.example.
""")

M("it", "request", "erasure", "Sara Cattaneo", "Cattaneo Arredamenti S.n.c.", None, "footer_rights", "footer 'diritti artt. 15-22 GDPR'; only cancellazione",
  frm=("Sara Cattaneo", "sara@cattaneoarredamenti.example"), subj="Cancellazione vecchio contatto",
  body="""Buongiorno,

vi chiedo di cancellare il mio vecchio indirizzo personale dalla vostra anagrafica.

Grazie
Sara Cattaneo
Cattaneo Arredamenti S.n.c.

Informativa privacy: ai sensi degli artt. 15-22 del Reg. UE 2016/679 l'interessato può esercitare i diritti di accesso, rettifica, cancellazione, limitazione, portabilità e opposizione.
""")

M("es", "other", "", "Jordi Pons", "Pons Consultores S.L.", None, "footer_rights", "invoice question; LOPDGDD footer lists derechos -> not a request",
  frm=("Jordi Pons", "jordi.pons@ponsconsultores.example"), subj="Factura duplicada",
  body="""Hola,

Nos han cobrado dos veces la licencia de octubre. ¿Pueden revisarlo y emitir el abono?

Saludos,
Jordi Pons
Pons Consultores S.L.

De conformidad con el RGPD y la LOPDGDD, puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación y portabilidad escribiendo a lopd@ponsconsultores.example.
""")

M("nl", "request", "objection", "Bram Claessens", "Claessens Bouw BV", None, "footer_rights", "just 'haal me van de mailinglijst'; footer lists AVG rights",
  frm=("Bram Claessens", "bram@claessensbouw.example"), subj="uitschrijven",
  body="""Hallo, graag mij niet meer mailen met aanbiedingen. Haal me van jullie mailinglijst.

Bram Claessens
Claessens Bouw BV

Privacy: u heeft het recht op inzage, correctie, verwijdering, beperking, overdraagbaarheid en bezwaar.
""")

M("sv", "request", "portability", "Ebba Lund", "Lund Konsult AB", None, "footer_rights", "wants data export; footer lists rights",
  frm=("Ebba Lund", "ebba@lundkonsult.example"), subj="Export av mina uppgifter",
  body="""Hej,

Vi byter system. Kan ni skicka mina personuppgifter i ett maskinläsbart format (CSV)?

Ebba Lund
Lund Konsult AB

Du har rätt till tillgång, rättelse, radering, begränsning, dataportabilitet och att invända. Läs mer på lundkonsult.example/integritet.
""")

M("de", "other", "", "Holger Strauch", "Strauch Elektrotechnik GmbH & Co. KG", None, "footer_rights", "support question; Pflichtangaben + Betroffenenrechte in footer -> not a request",
  frm=("Holger Strauch", "h.strauch@strauch-elektro.example"), subj="Export-Funktion funktioniert nicht",
  body="""Hallo Support,

seit dem Update bricht der CSV-Export bei mehr als 5.000 Kontakten ab. Können Sie sich das bitte ansehen?

Gruß
Holger Strauch
Strauch Elektrotechnik GmbH & Co. KG

Informationen nach Art. 13 DSGVO: Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit und Widerspruch. Geschäftsführer: Holger Strauch, AG Kassel HRA 5512
""")

# ------------------------------------------------------------------ forms
M("fi", "request", "erasure", "Ville Nieminen", "Nieminen Rakennus Oy", None, "form", "Finnish form robot, Yritys field",
  frm=("Tietosuojalomake", "lomake@massistcrm.example"), reply_to=("Ville Nieminen", "ville@nieminenrakennus.example"),
  subj="Uusi tietosuojapyyntö",
  body="""Nimi: Ville Nieminen
Sähköposti: ville@nieminenrakennus.example
Yritys: Nieminen Rakennus Oy
Pyynnön tyyppi: Tietojen poistaminen
Viesti: En ole enää yhteyshenkilö, poistakaa tietoni.
""")

M("ko", "request", "access", "최윤아", "(주)미래헬스케어", None, "form", "Korean form robot, 회사명 field, euc-kr",
  frm=("개인정보 요청 양식", "form@massistcrm.example"), reply_to=("최윤아", "yuna.choi@miraehc.example"),
  subj="새 개인정보 요청 접수", cs="euc-kr", cte="base64", henc="B",
  body="""이름: 최윤아
이메일: yuna.choi@miraehc.example
회사명: (주)미래헬스케어
요청 유형: 개인정보 열람
내용: 저에 관한 정보를 열람하고 싶습니다.
""")

# ------------------------------------------------------------------ more forwards (message/rfc822)
M("de", "request", "erasure", "Dennis Kowalski", "Rheinland Pflegedienste GmbH", "Claudia Brenner", "agent", "HR forwards employee mail as attachment; inner mail iso-8859-1",
  frm=("Claudia Brenner", "c.brenner@rheinland-pflege.example"), subj="WG: Löschung meiner Daten",
  fmt="fwd", body="""Sehr geehrte Damen und Herren,

anbei die Nachricht unseres Mitarbeiters Dennis Kowalski. Er bittet um Löschung seiner Daten in Ihrem CRM (er war dort als Ansprechpartner hinterlegt). Wir bitten um Erledigung und kurze Bestätigung.

Mit freundlichen Grüßen
Claudia Brenner
Personalabteilung
Rheinland Pflegedienste GmbH
""", inner=dict(frm=("Dennis Kowalski", "d.kowalski@rheinland-pflege.example"), to=("Personal", "personal@rheinland-pflege.example"),
                subj="Löschung meiner Daten", fname="Loeschung.eml", cs="iso-8859-1", cte="quoted-printable", henc="Q",
                body="""Hallo Frau Brenner,

ich möchte, dass meine Daten im CRM von massistCRM gelöscht werden. Können Sie das weitergeben?

Danke
Dennis Kowalski
"""))

M("pl", "request", "access", "Łukasz Piotrowski", "Transbud S.A.", "Monika Szymańska", "agent", "HR forwards employee mail attached; inner iso-8859-2",
  frm=("Monika Szymańska", "m.szymanska@transbud.example"), subj="PD: Wniosek pracownika o dostęp do danych",
  fmt="fwd", body="""Dzień dobry,

w załączeniu przekazuję wniosek naszego pracownika, Łukasza Piotrowskiego, o dostęp do jego danych przechowywanych w Państwa systemie CRM.

Pozdrawiam
Monika Szymańska
Dział Kadr, Transbud S.A.
""", inner=dict(frm=("Łukasz Piotrowski", "l.piotrowski@transbud.example"), to=("Kadry", "kadry@transbud.example"),
                subj="Wniosek o dostęp do danych", fname="wniosek.eml", cs="iso-8859-2", cte="quoted-printable", henc="Q",
                body="""Dzień dobry,

na podstawie art. 15 RODO proszę o kopię moich danych osobowych, również tych w systemie CRM.

Łukasz Piotrowski
"""))

M("fr", "request", "erasure", "Julien Ferreira", None, "Nadia Haddad", "agent", "client's own mail forwarded as attachment by a request service",
  frm=("Nadia Haddad – DataLibre", "demandes@datalibre.example"), subj="Demande d'effacement pour le compte de M. Julien Ferreira",
  fmt="fwd", body="""Bonjour,

DataLibre agit pour le compte de M. Julien Ferreira, en vertu du mandat joint. Vous trouverez en pièce jointe son message original.

Nous vous demandons l'effacement de l'ensemble de ses données (article 17 RGPD).

Nadia Haddad
Chargée de demandes, DataLibre SAS
""", inner=dict(frm=("Julien Ferreira", "julien.ferreira@gmail.example"), to=("DataLibre", "demandes@datalibre.example"),
                subj="Mandat", fname="mandat.eml",
                body="""Bonjour,

Je vous mandate pour demander à massistCRM l'effacement de mes données.

Julien Ferreira
"""))

# ------------------------------------------------------------------ bounces / bulk / other
M("en", "bounce", "", None, None, None, "not_request", "Gmail-style DSN with original message attached",
  frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"), subj="Delivery Status Notification (Failure)",
  hdrs={"Auto-Submitted": "auto-replied"}, fmt="report",
  body="""** Address not found **

Your message wasn't delivered to kira.vance@gmail.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.example/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. 550 5.1.1
""", report=dict(status="""Reporting-MTA: dns; googlemail.example
Arrival-Date: Thu, 12 Dec 2024 15:02:11 -0800

Final-Recipient: rfc822; kira.vance@gmail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.example
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
""", orig=dict(frm=("Data Protection Office", "dpo@massistcrm.com"), to="kira.vance@gmail.example",
               subj="Your request to delete your data - identity check", body="""Dear Ms Vance,

To process your erasure request we need to verify your identity. Please reply from the e-mail address registered with your account.

Data Protection Office
""")))

M("en", "bounce", "", None, None, None, "not_request", "Exim plain-text bounce, X-Failed-Recipients, no multipart/report",
  frm=("Mail Delivery System", "Mailer-Daemon@smtp.hostco.example"), subj="Mail delivery failed: returning message to sender",
  hdrs={"X-Failed-Recipients": "p.oneill@closedco.example", "Auto-Submitted": "auto-replied"},
  body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  p.oneill@closedco.example
    host mx.closedco.example [198.51.100.7]
    SMTP error from remote mail server after RCPT TO:<p.oneill@closedco.example>:
    550 No such user here

------ This is a copy of the message, including all the headers. ------

From: dpo@massistcrm.com
To: p.oneill@closedco.example
Subject: Re: Right to erasure - confirmation

Dear Mr O'Neill, we confirm that your data has been erased.
""")

M("fr", "bounce", "", None, None, None, "not_request", "French DSN multipart/report, original headers only",
  frm=("Administrateur du système", "postmaster@orange-mail.example"), subj="Échec de la remise du message",
  fmt="report", cs="iso-8859-1", cte="quoted-printable", henc="Q",
  body="""Votre message n'a pas pu être remis aux destinataires suivants :

      claire.dumont@orange-mail.example
      Boîte aux lettres pleine (552 5.2.2)

Ceci est un message automatique, merci de ne pas y répondre.
""", report=dict(headers_only=True, status="""Reporting-MTA: dns; mx2.orange-mail.example

Final-Recipient: rfc822; claire.dumont@orange-mail.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""", orig=dict(frm=("DPO massistCRM", "dpo@massistcrm.com"), to="claire.dumont@orange-mail.example",
               subj="Votre demande d'accès", body="Madame,\n\nVeuillez trouver ci-joint vos données.\n")))

M("en", "bulk", "", None, None, None, "not_request", "marketing webinar invite mentioning DSARs and 'exercise your rights', HTML-only",
  frm=("Complyzen Events", "events@complyzen.example"), subj="Webinar: Automating data subject requests (erasure, access, opt-out)",
  hdrs={"List-Unsubscribe": "<mailto:unsub-7731@complyzen.example>", "Precedence": "bulk", "X-Mailer": "Campaigner 5.2"},
  fmt="html", cte="base64", html="""<html><body>
<div style="font-family:Segoe UI,Arial;max-width:620px">
<h2>Stop drowning in DSARs</h2>
<p>Requests to delete, access or opt out of sale are up 40% this year. Join our free webinar on 14 May to see how privacy teams automate the whole workflow.</p>
<p><a href="https://complyzen.example/webinar?utm_source=email">Reserve my seat</a></p>
<p style="font-size:10px;color:#888">You can exercise your rights to access, erase or object at any time at complyzen.example/privacy. <a href="mailto:unsub-7731@complyzen.example">Unsubscribe</a></p>
</div></body></html>
""")

M("de", "bulk", "", None, None, None, "not_request", "German newsletter with Datenschutz topic, multipart/alternative",
  frm=("Datenschutz-Praxis Newsletter", "newsletter@ds-praxis.example"), subj="Newsletter 11/2024: Neue Urteile zum Auskunftsanspruch",
  hdrs={"List-Unsubscribe": "<https://ds-praxis.example/abmelden?e=b81c>", "List-Id": "<newsletter.ds-praxis.example>"},
  fmt="alt", cte="quoted-printable",
  body="""Datenschutz-Praxis – Ausgabe 11/2024

1. BGH zum Auskunftsanspruch nach Art. 15 DSGVO: Was muss in die Kopie?
2. Löschkonzepte richtig dokumentieren
3. Termine: Online-Seminar "Betroffenenrechte" am 28.11.

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden: https://ds-praxis.example/abmelden?e=b81c
""")

M("ja", "bulk", "", None, None, None, "not_request", "Japanese メルマガ, iso-2022-jp, mentions 個人情報保護",
  frm=("クラウド業務ニュース", "mag@cloud-gyomu.example"), subj="【メルマガ】改正個人情報保護法のポイント",
  hdrs={"List-Unsubscribe": "<https://cloud-gyomu.example/stop?id=5521>", "Precedence": "bulk"},
  cs="iso-2022-jp", cte="7bit", henc="B",
  body="""クラウド業務ニュース 第120号

今月の特集：改正個人情報保護法のポイント
開示請求や利用停止への対応について解説します。
https://cloud-gyomu.example/news/120

配信停止はこちら：https://cloud-gyomu.example/stop?id=5521
""")

M("en", "other", "", "Priyanka Desai", None, None, "not_request", "general question about hosting location, not exercising a right",
  frm=("Priyanka Desai", "priyanka.desai@gmail.example"), subj="Quick question - where is data stored?",
  body="""Hi,

My employer is thinking about using your CRM. Before we do, could you tell me in which countries your servers are located and whether you use any US sub-processors? Just a general question.

Thanks,
Priyanka Desai
""")

M("de", "other", "", "Frank Ehlers", None, None, "not_request", "phishing-like 'Datenauskunft' with ZIP link and urgency",
  frm=("Frank Ehlers", "f.ehlers@datenauskunft-portal.example"), subj="Ihre Datenauskunft ist fällig – Frist läuft ab",
  body="""Sehr geehrte Damen und Herren,

meine Anfrage nach Art. 15 DSGVO finden Sie als verschlüsseltes Dokument hier:
https://datenauskunft-portal.example/download/Anfrage_2291.zip

Passwort: 2291. Bitte öffnen Sie die Datei heute noch und melden Sie sich mit Ihrem Firmen-Login an, sonst erfolgt eine Meldung an die Aufsichtsbehörde.

Frank Ehlers
""")

# ------------------------------------------------------------------ Catalan
L = "ca"
M(L, "request", "access", "Núria Vilaró i Casals", None, None, "legal_anchor", "Catalan, RGPD art. 15 + LOPDGDD",
  frm=("Núria Vilaró i Casals", "nuria.vilaro@xtec.example"), subj="Exercici del dret d'accés (art. 15 RGPD)",
  body="""Benvolguts,

D'acord amb l'article 15 del Reglament general de protecció de dades i la LOPDGDD, sol·licito una còpia de les meves dades personals que tracteu.

Atentament,
Núria Vilaró i Casals
Girona
""")

M(L, "request", "erasure", "Pau", None, None, "plain_words", "short Catalan, first name",
  frm=("Pau", "pau.rovira@gmail.example"), subj="esborrar dades",
  body="""Hola, si us plau esborreu totes les meves dades i el meu compte. Gràcies!
Pau
""")

M(L, "request", "objection", "Marc Soler Bosch", "Soler Bosch Enginyeria, S.L.", None, "employer", "S.L. under title in Catalan",
  frm=("Marc Soler Bosch", "marc.soler@solerbosch.example"), subj="Oposició a comunicacions comercials",
  cs="iso-8859-15", cte="quoted-printable", henc="Q",
  body="""Bon dia,

M'oposo a l'ús de les meves dades per a comunicacions comercials.

Salutacions,
Marc Soler Bosch
Director tècnic
Soler Bosch Enginyeria, S.L.
Terrassa
""")

M(L, "request", "rectification", "Laia Ferrer Puigdomènech", None, None, "negation", "'no vull que esborreu el compte', only rectification",
  frm=("Laia Ferrer", "laia.ferrer@yahoo.example"), subj="Correcció de dades",
  body="""Hola,

No vull que esborreu el meu compte. Només us demano que corregiu el meu segon cognom: és Puigdomènech, no Puigdomenec.

Laia Ferrer Puigdomènech
""")

# ------------------------------------------------------------------ Indonesian
L = "id"
M(L, "request", "access", "Dewi Kartika Sari", None, None, "legal_anchor", "UU PDP No. 27 Tahun 2022 Pasal 7",
  frm=("Dewi Kartika Sari", "dewi.kartika@yahoo.example"), subj="Permintaan akses data pribadi",
  body="""Dengan hormat,

Berdasarkan Pasal 7 Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, saya meminta akses dan salinan data pribadi saya yang Anda proses.

Hormat saya,
Dewi Kartika Sari
Bandung
""")

M(L, "request", "erasure", "Agus", None, None, "plain_words", "casual Indonesian",
  frm=("Agus", "agus.s88@gmail.example"), subj="hapus data saya",
  body="""halo min, tolong hapus semua data saya ya, saya gak pernah daftar. makasih
Agus
""")

M(L, "request", "withdraw_consent", "Budi Santoso", "PT Nusantara Jaya Abadi", None, "employer", "PT prefix company form",
  frm=("Budi Santoso", "budi.santoso@nusantarajaya.example"), subj="Penarikan persetujuan",
  body="""Selamat siang,

Saya menarik kembali persetujuan saya untuk menerima email promosi.

Terima kasih,
Budi Santoso
Manajer Pengadaan
PT Nusantara Jaya Abadi
Surabaya
""")

M(L, "request", "erasure", "Siti Rahmawati", "CV Berkah Mandiri", None, "form", "Indonesian form, Perusahaan field with CV prefix",
  frm=("Formulir Privasi", "no-reply@forms.massistcrm.example"), reply_to=("Siti Rahmawati", "siti@berkahmandiri.example"),
  subj="Permintaan subjek data baru",
  body="""Nama: Siti Rahmawati
Email: siti@berkahmandiri.example
Perusahaan: CV Berkah Mandiri
Jenis permintaan: Penghapusan data pribadi
Pesan: Mohon hapus data saya.
""")
