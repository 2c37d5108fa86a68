from spec import M

L = "de"

# 1
M(L, "request", "plain_words", ["access"], "Jürgen Stahlmann", None, None,
  "Alltagssprache ohne Rechtsbegriffe; Name nur in der Begrüßungszeile, Signatur nur Initialen, kein Anzeigename",
  (None, "j.stahlmann@t-netz.example"), "Was haben Sie über mich?",
  """Hallo, hier schreibt Jürgen Stahlmann aus Bochum.

Ich bekomme seit ein paar Wochen Mails von Firmen, die angeblich über Ihr "Massist" meine Daten haben. Ich hab da nie was angemeldet. Was haben Sie denn alles über mich gespeichert und von wem haben Sie das? Schicken Sie mir das bitte mal zu.

Gruß
J.S.
""", charset="iso-8859-1", cte="quoted-printable")

# 2
M(L, "request", "legal_anchor", ["access", "portability"], "Friederike von der Heydt", None, None,
  "DSGVO Art. 15 + Art. 20; 'Dr. med.' weg, Partikel 'von der' bleibt",
  ("Dr. med. Friederike von der Heydt", "fvdheydt@praxismail.example"),
  "Auskunftsersuchen gem. Art. 15 DSGVO und Datenübertragung gem. Art. 20 DSGVO",
  """Sehr geehrte Damen und Herren,

hiermit mache ich folgende Rechte geltend:

1. Auskunft über die zu meiner Person bei Ihnen gespeicherten personenbezogenen Daten gemäß Art. 15 Abs. 1 DSGVO sowie eine Kopie dieser Daten gemäß Art. 15 Abs. 3 DSGVO;
2. Herausgabe der von mir bereitgestellten Daten in einem strukturierten, gängigen und maschinenlesbaren Format gemäß Art. 20 Abs. 1 DSGVO.

Ich bitte um Erledigung innerhalb der Frist des Art. 12 Abs. 3 DSGVO, also binnen eines Monats nach Eingang dieses Schreibens.

Mit freundlichen Grüßen

Dr. med. Friederike von der Heydt
Lindenallee 17
50968 Köln
""", shape="alt", html_style="outlook", order="outlook", accept_lang="de-DE, en-US", content_lang="de-DE",
  charset="iso-8859-15", cte="quoted-printable")

# 3
M(L, "request", "employer", ["erasure"], "Markus Oberhuber", "Brandauer Maschinenbau GmbH & Co. KG", None,
  "Arbeitgeber im Signaturblock unter Funktion, Rechtsform GmbH & Co. KG; Löschung alter Notizen",
  ("Oberhuber, Markus", "markus.oberhuber@brandauer-mb.example"), "Löschung von Einträgen in Massist",
  """Guten Tag,

in unserem Massist-System stehen in meinem Kontakt noch private Notizen eines ehemaligen Kollegen (Familienstand, Name meiner Kinder, "Schalke-Fan" usw.). Das hat dort nichts verloren. Bitte löschen Sie diese Einträge vollständig, auch aus den Sicherungen, soweit möglich.

Vielen Dank und freundliche Grüße

i. A. Markus Oberhuber
Leiter Vertrieb Süd

Brandauer Maschinenbau GmbH & Co. KG
Industriestraße 12 | 87600 Kaufbeuren
Tel. +49 8341 000-210
Sitz der Gesellschaft: Kaufbeuren, Registergericht Kempten HRA 1234
Komplementärin: Brandauer Verwaltungs-GmbH, HRB 5678
""", charset="utf-8", cte="quoted-printable")

# 4
M(L, "request", "agent", ["access", "erasure"], "Alexander Petrović", "Ostwind Logistik AG", "Sabine Kreuzer",
  "Rechtsanwältin für Mandanten; Kanzlei ist nicht Arbeitgeber; Arbeitgeber im Fließtext",
  ("RAin Dr. Sabine Kreuzer", "kreuzer@kreuzer-partner.example"),
  "Unser Mandant Alexander Petrović – Auskunft und Löschung (Az. 114/24)",
  """Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir an, dass uns Herr Alexander Petrović, Am Kanal 4, 14467 Potsdam, mit der Wahrnehmung seiner rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht liegt an.

Unser Mandant ist bei der Ostwind Logistik AG als Disponent beschäftigt; sein Arbeitgeber setzt Ihre Software Massist CRM ein.

Namens und in Vollmacht unseres Mandanten verlangen wir

1. Auskunft gemäß Art. 15 DSGVO über sämtliche ihn betreffenden personenbezogenen Daten einschließlich einer Datenkopie sowie
2. die unverzügliche Löschung gemäß Art. 17 Abs. 1 lit. d DSGVO der in seinem Kontaktdatensatz hinterlegten Vermerke zu einer angeblichen Abmahnung, die unrichtig und unrechtmäßig gespeichert sind.

Für die Erledigung haben wir uns eine Frist bis zum

30. September 2024

notiert. Wir bitten, Korrespondenz ausschließlich über unsere Kanzlei zu führen.

Mit freundlichen Grüßen

Dr. Sabine Kreuzer
Rechtsanwältin
Fachanwältin für Arbeitsrecht

Kreuzer & Partner Rechtsanwälte mbB
Friedrichstraße 88, 10117 Berlin
""", shape="html", html_style="outlook", order="outlook", accept_lang="de-DE, en-US", content_lang="de-DE",
  charset="windows-1252", cte="quoted-printable", entities=True, hcs="utf-8")

# 5
M(L, "request", "multi_right", ["grievance", "erasure", "objection"], "Heike Brüggemann", None, None,
  "wütende förmliche Beschwerde beim Unternehmen + Löschung + Werbewiderspruch; Drohung mit Aufsichtsbehörde zählt nicht",
  ("Heike Brüggemann", "heike.brueggemann@mailhaus.example"), "Beschwerde!!! Werbeanrufe",
  """Sehr geehrte Damen und Herren,

ich bin es wirklich leid. Seit Monaten werde ich von irgendwelchen "Vertriebspartnern" angerufen, die meine Nummer aus Ihrem System haben wollen. Ich habe NIE eingewilligt!

Hiermit lege ich bei Ihnen ausdrücklich Beschwerde ein und verlange, dass sich ein Verantwortlicher – nicht der Kundenservice – schriftlich dazu äußert.

Außerdem:
- löschen Sie meine Telefonnummer und alle weiteren Daten über mich,
- ich widerspreche jeder Nutzung meiner Daten für Werbung.

Wenn das nicht sofort aufhört, wende ich mich an die Landesdatenschutzbeauftragte.

Heike Brüggemann
""", charset="utf-8", cte="8bit")

# 6
M(L, "request", "plain_words", ["access"], "Sandra Weißgerber", None, None,
  "Erinnerung an eine frühere Auskunftsanfrage mit zitiertem Verlauf",
  ("Sandra Weißgerber", "s.weissgerber@netzpost.example"), "AW: Ihre Anfrage – Ticket #DPO-2024-0611",
  """Hallo,

ich warte immer noch auf die Auskunft. Ihre Eingangsbestätigung ist jetzt sechs Wochen her. Bitte schicken Sie mir die Daten endlich zu.

Viele Grüße
Sandra Weißgerber

-----Ursprüngliche Nachricht-----
Von: Datenschutz Innthink <dpo@massistcrm.com>
Gesendet: Montag, 3. Juni 2024 10:02
An: Sandra Weißgerber <s.weissgerber@netzpost.example>
Betreff: Ihre Anfrage – Ticket #DPO-2024-0611

Sehr geehrte Frau Weißgerber,

vielen Dank für Ihre Anfrage vom 31.05.2024. Wir haben diese erhalten und melden uns schnellstmöglich.

Ihr Datenschutzteam
""", charset="windows-1252", cte="quoted-printable", order="outlook",
  accept_lang="de-DE", content_lang="de-DE", in_reply_to="<dpo-2024-0611@massistcrm.com>")

# 7
M(L, "request", "form", ["withdraw_consent"], "Tobias Hoffmann", "Hoffmann Elektrotechnik e.K.", None,
  "Kontaktformular-Robot mit Feldern Vorname/Nachname/Firma/Anliegen; Reply-To Person",
  ("Kontaktformular Massist", "formular@www.massist-site.example"), "Neue Anfrage über das Datenschutzformular",
  """Folgende Anfrage wurde über das Datenschutzformular auf massist-site.example gesendet:

Anrede: Herr
Vorname: Tobias
Nachname: Hoffmann
Firma: Hoffmann Elektrotechnik e.K.
E-Mail: info@hoffmann-elektro.example
Anliegen: Widerruf einer Einwilligung
Nachricht: Ich widerrufe meine Einwilligung zum Erhalt des Massist-Newsletters und zur Auswertung meines Klickverhaltens.

Datenschutzhinweis akzeptiert: ja
Gesendet am: 14.03.2024 um 21:47 Uhr
IP: 203.0.113.77
""", charset="utf-8", cte="quoted-printable",
  reply_to=("Tobias Hoffmann", "info@hoffmann-elektro.example"),
  headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Contact Form 7 / WordPress 6.4")])

# 8
M(L, "request", "negation", ["restriction"], "Wolfgang Pichler", "Alpenblick Immobilien GmbH", None,
  "österreichisch, 'Mag.' weg; Löschung ausdrücklich NICHT gewollt, stattdessen Einschränkung",
  ("Mag. Wolfgang Pichler", "w.pichler@alpenblick-immo.example"), "Einschränkung der Verarbeitung - bitte keine Löschung",
  """Sehr geehrte Damen und Herren,

in Massist ist bei meinem Kontakt eine Umsatzzahl hinterlegt, die meiner Meinung nach falsch ist und derzeit zwischen mir und meinem Dienstgeber geklärt wird.

Ich ersuche Sie ausdrücklich NICHT um Löschung - die Daten werden für die Klärung noch benötigt. Ich ersuche Sie aber, die Verarbeitung dieser Daten bis zur Klärung einzuschränken (Art. 18 DSGVO), sodass sie nicht mehr für Auswertungen oder Provisionsberechnungen herangezogen werden.

Mit freundlichen Grüßen

Mag. Wolfgang Pichler
Prokurist
Alpenblick Immobilien GmbH
Maria-Theresien-Straße 9, 6020 Innsbruck
FN 123456a, Landesgericht Innsbruck
""", charset="iso-8859-1", cte="8bit")

# 9
M(L, "request", "legal_anchor", ["access"], "Reto Brunner", "Gebrüder Keller AG", None,
  "Schweizer Hochdeutsch ohne ß; Auskunftsbegehren nach Art. 25 DSG (revDSG)",
  ("Reto Brunner", "reto.brunner@keller-ag.example"), "Auskunftsbegehren gemäss Art. 25 DSG",
  """Grüezi

Gestützt auf Art. 25 des Bundesgesetzes über den Datenschutz (DSG) ersuche ich Sie um Auskunft darüber, ob und welche Personendaten über mich bearbeitet werden, zu welchem Zweck, wie lange sie aufbewahrt werden und an wen sie bekanntgegeben werden.

Ich arbeite als Projektleiter bei der Gebrüder Keller AG in Winterthur, welche Massist CRM einsetzt.

Eine Kopie meiner Identitätskarte kann ich bei Bedarf nachreichen.

Freundliche Grüsse
Reto Brunner
""", charset="utf-8", cte="quoted-printable", flowed=True)

# 10
M(L, "auto_reply", "not_request", [], "Katrin Vogelsang", None, None,
  "Abwesenheitsnotiz mit Auto-Submitted, Name signiert",
  ("Katrin Vogelsang", "k.vogelsang@stadtwerke-nord.example"),
  "Abwesenheitsnotiz: Ihre Datenanfrage bei Innthink",
  """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 16.08. nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere Zentrale.

Mit freundlichen Grüßen
Katrin Vogelsang
""", charset="iso-8859-1", cte="quoted-printable",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")])

# 11
M(L, "bounce", "not_request", [], None, None, None,
  "deutschsprachiger Bounce eines Freemailers als multipart/report",
  ("Mail Delivery System", "mailer-daemon@mx-ha.freemail-de.example"),
  "Mail delivery failed: returning message to sender",
  """Diese Nachricht wurde automatisch vom Mailsystem erstellt.

Eine Nachricht, die Sie gesendet haben, konnte nicht an einen oder mehrere
Empfänger zugestellt werden. Dies ist ein permanenter Fehler.

Folgende Adresse(n) sind fehlgeschlagen:

  dirk.sasse@freemail-de.example
    Postfach voll / mailbox full (quota exceeded)

--- Der Header der ursprünglichen Nachricht ist unten angehängt.
""", shape="dsn", charset="iso-8859-1", cte="quoted-printable",
  dsn=dict(mta="mx-ha.freemail-de.example", rcpt="dirk.sasse@freemail-de.example", status="5.2.2",
           diag="smtp; 552 5.2.2 Mailbox full", cs_quoted=False,
           orig=dict(frm=("Datenschutzbeauftragter Innthink", "dpo@massistcrm.com"),
                     to="dirk.sasse@freemail-de.example", subj="Ihre Auskunft nach Art. 15 DSGVO",
                     lang="de", charset="utf-8", cte="quoted-printable", body="Sehr geehrter Herr Sasse,\n\nanbei ...\n")))

# 12
M(L, "other", "not_request", [], "Lena Marquardt", None, None,
  "Initiativbewerbung mit Einwilligung zur Speicherung – keine Betroffenenanfrage",
  ("Lena Marquardt", "lena.marquardt@studmail.example"), "Initiativbewerbung Werkstudentin Datenschutz",
  """Sehr geehrte Damen und Herren,

ich studiere Wirtschaftsrecht im 5. Semester an der Hochschule Osnabrück und möchte mich initiativ als Werkstudentin im Bereich Datenschutz bei Innthink bewerben. Meinen Lebenslauf und mein Notenblatt finden Sie im Anhang.

Ich bin damit einverstanden, dass meine Bewerbungsunterlagen bis zu sechs Monate für weitere passende Stellen gespeichert werden.

Über eine Rückmeldung würde ich mich sehr freuen.

Mit freundlichen Grüßen
Lena Marquardt
""", charset="utf-8", cte="base64")

# 13
M(L, "other", "not_request", [], "Thomas Brenninkmeyer", "Holzbau Reiter GmbH", None,
  "Kunde fragt nach AV-Vertrag (Art. 28) und Serverstandort – keine eigene Betroffenenanfrage",
  ("Thomas Brenninkmeyer", "t.brenninkmeyer@holzbau-reiter.example"), "AV-Vertrag für Massist CRM",
  """Hallo zusammen,

wir nutzen seit Januar Massist CRM. Unser externer Datenschutzbeauftragter fragt nach dem Auftragsverarbeitungsvertrag nach Art. 28 DSGVO und einer Liste der Unterauftragsverarbeiter. Wo finde ich das? Und stehen Ihre Server in Deutschland?

Danke und Gruß
Thomas Brenninkmeyer
Kaufmännische Leitung
Holzbau Reiter GmbH
""", shape="alt", html_style="gmail", charset="utf-8", cte="quoted-printable")

# 14
M(L, "request", "agent", ["erasure"], "Felix Brandt", None, None,
  "Anfragedienst im Namen eines Nutzers, aber ohne namentlich genannte Person beim Dienst -> agent_name null",
  ("Datenfreund Anfragedienst", "noreply@datenfreund-dienst.example"),
  "Löschersuchen nach Art. 17 DSGVO im Namen von Felix Brandt (Vorgang DF-88314)",
  """Sehr geehrte Damen und Herren,

wir übermitteln Ihnen im Auftrag und mit Vollmacht unseres Nutzers das folgende Ersuchen. Die Vollmacht liegt als PDF bei.

Betroffene Person: Felix Brandt
E-Mail-Adresse: felix.brandt@posteo-like.example
Anschrift: Hafenstraße 3, 24103 Kiel

Unser Nutzer verlangt gemäß Art. 17 Abs. 1 DSGVO die unverzügliche Löschung aller ihn betreffenden personenbezogenen Daten und eine Bestätigung der Löschung.

Bitte antworten Sie unter Angabe der Vorgangsnummer DF-88314 an diese Adresse oder direkt an die betroffene Person.

Mit freundlichen Grüßen
Ihr Datenfreund-Team
Datenfreund UG (haftungsbeschränkt), Leipzig

Diese Nachricht wurde automatisch erstellt.
""", charset="utf-8", cte="quoted-printable",
  reply_to="anfragen+DF-88314@datenfreund-dienst.example",
  headers=[("Auto-Submitted", "auto-generated")], shape="attach",
  attachment=dict(filename="Vollmacht_DF-88314.pdf", ctype="application/pdf", charset="latin-1",
                  text="%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"))
