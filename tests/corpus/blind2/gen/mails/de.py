from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Jens Albrecht", note="casual 'was haben Sie über mich', incl. source",
 frm=("jens.albrecht", "jens.albrecht@tpost.example"), subj="Frage zu meinen Daten", ua="web", cs="iso-8859-1", cte="quoted-printable",
 body="""Hallo,

ich bekomme seit ein paar Wochen Anrufe von einer Firma, die meine Nummer angeblich aus "dem Massist-System" hat. Ich habe mit Ihnen nie was zu tun gehabt.

Was genau haben Sie alles über mich gespeichert und woher stammt das? Schicken Sie mir das bitte einfach mal zu.

Gruß
Jens Albrecht
"""),

dict(cls="legal_anchor", rights=["access"], name="Sabine Köhler-Wendt", emp="Müller & Söhne Haustechnik GmbH & Co. KG", note="Art. 15 DSGVO incl. Abs. 3 copy; Dr. dropped; GmbH & Co. KG in signature",
 frm=("Köhler-Wendt, Sabine Dr.", "s.koehler-wendt@mueller-soehne.example"), subj="Auskunftsersuchen nach Art. 15 DSGVO", ua="outlook", shape="alt",
 cs="iso-8859-1", clang="de-DE",
 body="""Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Auskunftsrecht nach Art. 15 DSGVO Gebrauch und bitte um Bestätigung, ob Sie mich betreffende personenbezogene Daten verarbeiten. Sollte das der Fall sein, bitte ich um eine Kopie dieser Daten gemäß Art. 15 Abs. 3 DSGVO.

Ich nutze Massist CRM über den Zugang meines Arbeitgebers. Ich gehe davon aus, dass darüber hinaus Daten aus Support-Tickets, Schulungsteilnahmen und Ihrem Community-Forum bei Ihnen vorliegen; diese bitte ich ausdrücklich einzubeziehen.

Die Monatsfrist des Art. 12 Abs. 3 DSGVO ist mir bekannt.

Mit freundlichen Grüßen

Dr. Sabine Köhler-Wendt
Leiterin Vertriebsinnendienst
Müller & Söhne Haustechnik GmbH & Co. KG
Industriestraße 12 · 74321 Bietigheim-Bissingen
Tel. +49 7142 000-218
"""),

dict(cls="employer", rights=["erasure"], name="Hauke Jessen", emp="Lindauer Feinmechanik AG", note="employer in running text after 'bei der'; informal du-form",
 frm=("Hauke Jessen", "hauke.jessen@lindauer-fm.example"), subj="private Handynummer raus", ua="thunderbird",
 body="""Moin,

ich arbeite bei der Lindauer Feinmechanik AG im Einkauf, wir haben Massist seit gut zwei Jahren. Beim Einrichten hat unsere IT damals mein komplettes Handy-Adressbuch synchronisiert und seitdem hängt meine private Handynummer an meinem Nutzerprofil. Die taucht inzwischen sogar in automatisch erzeugten Angeboten auf.

Bitte löscht die Nummer komplett raus, auch aus euren Backups und Logs, soweit das technisch geht. Die Firmennummer darf natürlich bleiben.

Danke & Gruß
Hauke
--
Hauke Jessen
Strategischer Einkauf
"""),

dict(cls="names", rights=["rectification"], name="Konstantin von der Heydt", emp="Alpenblick Touristik GmbH", note="Austrian, 'Family, Given' display, Mag. dropped, particle 'von der' kept; wrong title to be corrected",
 frm=("von der Heydt, Konstantin", "k.vonderheydt@alpenblick-touristik.example"), subj="Berichtigung Anrede / Titel", ua="outlook", cs="windows-1252", clang="de-AT",
 body="""Sehr geehrte Damen und Herren!

In sämtlichen automatisch erstellten Schreiben aus Ihrem System werde ich als „Herr Dr. Konstantin von der Heydt" geführt. Ich habe keinen Doktortitel, sondern bin Magister; korrekt wäre „Mag. Konstantin von der Heydt".

Ich ersuche höflich um Richtigstellung, da die falsche Anrede gegenüber unseren Geschäftspartnern ausgesprochen unangenehm ist.

Mit freundlichen Grüßen

Mag. Konstantin von der Heydt
Prokurist | Alpenblick Touristik GmbH
Getreidegasse 0 | 5020 Salzburg
"""),

dict(cls="agent", rights=["access", "erasure"], name="Yusuf Demir", emp="Rheinkraft Logistik GmbH", agent="Friederike Salm", note="Rechtsanwältin for client; law firm (mbB) not employer; Dr. dropped from agent",
 frm=("RAin Dr. Friederike Salm", "salm@salm-partner.example"), subj="Unser Mandant Yusuf Demir – Auskunft und Löschung (Art. 15, 17 DSGVO)", ua="outlook", shape="attach", alt_inside=True,
 cs="iso-8859-15", clang="de-DE",
 att=[("Vollmacht_Demir.pdf", "application/pdf", FAKE_PDF)],
 body="""Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die rechtlichen Interessen von Herrn Yusuf Demir, wohnhaft in Duisburg, vertreten. Eine auf uns lautende Vollmacht fügen wir bei.

Unser Mandant war bis zum 30.06.2025 bei der Rheinkraft Logistik GmbH als Disponent beschäftigt. Nach unserer Kenntnis werden im Rahmen des dort eingesetzten Produkts Massist CRM auch bei Ihnen personenbezogene Daten unseres Mandanten verarbeitet, u. a. Telefonprotokolle und Bewertungen durch Vorgesetzte.

Namens und in Vollmacht unseres Mandanten machen wir geltend:

1. Auskunft über sämtliche ihn betreffenden personenbezogenen Daten einschließlich der Informationen nach Art. 15 Abs. 1 lit. a bis h DSGVO sowie Überlassung einer Datenkopie (Art. 15 Abs. 3 DSGVO);

2. Löschung sämtlicher ihn betreffenden Daten, soweit dem keine gesetzlichen Aufbewahrungspflichten entgegenstehen (Art. 17 Abs. 1 DSGVO).

Für die Erledigung haben wir uns eine Frist bis zum 15.09.2025 notiert. Wir bitten, die Korrespondenz ausschließlich über unsere Kanzlei zu führen.

Mit freundlichen Grüßen

Dr. Friederike Salm
Rechtsanwältin

Salm & Partner Rechtsanwälte mbB
Königsallee 0 · 40212 Düsseldorf
"""),

dict(cls="agent", rights=["withdraw_consent"], name="Michael Brandl", emp="Kessler Bau GmbH", agent="Tanja Weißhaupt", note="HR inline-forwards employee's consent withdrawal (Outlook 'Ursprüngliche Nachricht')",
 frm=("Weißhaupt, Tanja", "t.weisshaupt@kessler-bau.example"), subj="WG: Widerruf Einwilligung Foto", ua="outlook", cs="windows-1252", shape="alt",
 body="""Guten Tag,

anbei leite ich Ihnen die Nachricht unseres Mitarbeiters Herrn Brandl weiter. Wir haben das Foto in unserer Instanz bereits entfernt. Er möchte aber sichergehen, dass es auch in Ihren Systemen (Vorschaubilder, Caches) nicht mehr verwendet wird. Könnten Sie das bitte kurz bestätigen?

Viele Grüße
Tanja Weißhaupt
Personalabteilung
Kessler Bau GmbH

-----Ursprüngliche Nachricht-----
Von: Brandl, Michael <michael.brandl@kessler-bau.example>
Gesendet: Dienstag, 4. März 2025 08:12
An: Weißhaupt, Tanja <t.weisshaupt@kessler-bau.example>
Betreff: Widerruf Einwilligung Foto

Hallo Frau Weißhaupt,

bei der Einführung von Massist habe ich damals eingewilligt, dass mein Foto im CRM-Profil angezeigt wird. Diese Einwilligung widerrufe ich hiermit. Bitte das Bild überall rausnehmen, auch bei dem Anbieter.

Danke und Gruß
Michael Brandl
Bauleitung
"""),

dict(cls="form", rights=["objection"], name="Heike Sommerfeld", emp="Sommerfeld Druck e.K.", note="TYPO3 form, Vorname/Nachname in separate fields, full name only in Reply-To; objection to advertising",
 frm=("Massist Website", "noreply@massistcrm-web.example"), subj="Kontaktformular: Datenschutzanfrage", ua="robot", cs="utf-8", cte="base64",
 hdrs=form_hdrs("Heike Sommerfeld <info@sommerfeld-druck.example>"),
 body="""Folgende Angaben wurden über das Kontaktformular übermittelt:

Anrede: Frau
Vorname: Heike
Nachname: Sommerfeld
Firma: Sommerfeld Druck e.K.
E-Mail: info@sommerfeld-druck.example
Telefon: 0921 000 77 12
Anliegen: Widerspruch Werbung
Nachricht:
Ich bekomme seit Monaten Ihre Newsletter und Webinar-Einladungen, obwohl ich mich nie angemeldet habe. Bitte nehmen Sie mich aus allen Verteilern und schicken Sie mir keine Werbung mehr, weder per Mail noch per Post.

Datenschutzerklärung gelesen: ja
Gesendet am: 12.05.2025, 21:47 Uhr
"""),

dict(cls="multi_right", rights=["access", "rectification", "erasure"], name="Carola Engelhardt", note="three requests as bullet list, no legal terms",
 frm=("Carola Engelhardt", "carola.engelhardt@webpost.example"), subj="Meine Daten – Auskunft, Korrektur, Löschung", ua="apple", cs="utf-8", cte="8bit",
 body="""Guten Tag,

ich habe drei Anliegen und bitte, sie gemeinsam zu bearbeiten:

– Schicken Sie mir bitte eine Aufstellung, welche Daten Sie über mich gespeichert haben.
– Meine Anschrift ist veraltet. Statt Am Kirchberg 3 bitte Lerchenweg 17, 35037 Marburg eintragen.
– Die Gesprächsnotizen aus dem Jahr 2022, als ich mich als Interessentin bei Ihrem Vertrieb gemeldet hatte, möchte ich gelöscht haben.

Besten Dank im Voraus
Carola Engelhardt
"""),

dict(cls="legal_anchor", rights=["access", "portability"], name="Reto Brunner", emp="Seeblick Treuhand AG", note="Swiss revDSG Art. 25 access + Art. 28 data handover, Swiss spelling without ß",
 frm=("Reto Brunner", "reto.brunner@seeblick-treuhand.example"), subj="Auskunftsbegehren gemäss Art. 25 DSG", ua="apple", shape="attach",
 att=[("ID_Brunner.jpg", "image/jpeg", FAKE_JPG)], date="Thu, 6 Feb 2025 07:41:09 +0100",
 body="""Sehr geehrte Damen und Herren

Gestützt auf Art. 25 des Bundesgesetzes über den Datenschutz (DSG) ersuche ich Sie um Auskunft darüber, ob Personendaten über mich bearbeitet werden, und gegebenenfalls um Mitteilung dieser Daten samt den Angaben nach Art. 25 Abs. 2 DSG.

Zudem verlange ich gestützt auf Art. 28 DSG die Herausgabe der Personendaten, die ich Ihnen selbst bekanntgegeben habe, in einem gängigen elektronischen Format.

Zu meiner Identifikation: Ich bin Leiter Finanzen bei der Seeblick Treuhand AG in Luzern, welche Massist CRM seit 2021 einsetzt. Eine Kopie meiner Identitätskarte liegt bei.

Freundliche Grüsse

Reto Brunner
"""),

dict(cls="negation", rights=["objection"], name="Birgit Haas", note="account must stay (negated erasure); objection to partner advertising",
 frm=("Birgit Haas", "birgit.haas@mailfux.example"), subj="Keine Löschung – aber Widerspruch", ua="gmail", shape="alt",
 body="""Hallo,

bitte nicht falsch verstehen: Mein Konto soll bestehen bleiben, ich nutze Massist beruflich jeden Tag und möchte auf keinen Fall, dass da etwas gelöscht wird.

Ich widerspreche aber der Nutzung meiner Daten für die „Ausgewählten Angebote unserer Partner", die mir seit dem letzten Update im Dashboard angezeigt werden. Dafür habe ich meine Daten nicht hergegeben.

Viele Grüße
Birgit Haas
"""),

dict(cls="footer_rights", rights=["erasure"], name="Lukas Fröhlich", emp="Stadtwerke Ebersfeld GmbH", note="erasure above a Pflichtangaben/Datenschutzhinweis footer that lists all rights; i.A. before name",
 frm=("Fröhlich, Lukas", "lukas.froehlich@stadtwerke-ebersfeld.example"), subj="Löschung meiner Kontaktdaten", ua="outlook", shape="html", cs="utf-8",
 body="""Sehr geehrte Damen und Herren,

ich bin seit 1. April nicht mehr Ansprechpartner für die Beschaffung bei uns. Bitte löschen Sie meine Kontaktdaten (Name, Durchwahl, Mobilnummer) aus Ihrem Vertriebssystem.

Mit freundlichen Grüßen
i.A. Lukas Fröhlich

Stadtwerke Ebersfeld GmbH
Technischer Einkauf
Am Wasserwerk 4, 99999 Ebersfeld

Sitz der Gesellschaft: Ebersfeld | Amtsgericht Ebersfeld HRB 0000 | Geschäftsführer: Dipl.-Ing. Rainer Voss
Datenschutzhinweis: Informationen zur Verarbeitung Ihrer personenbezogenen Daten nach Art. 13 DSGVO finden Sie unter stadtwerke-ebersfeld.example/datenschutz. Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Widerspruch sowie auf Datenübertragbarkeit.
"""),

dict(cls="access_items", rights=["access"], name="Annegret Vollmer", note="Art. 15 Abs. 1 lit. a-h items listed one by one = access only", ua="none",
 frm=("Annegret Vollmer", "a.vollmer@posteo-like.example"), subj="Bitte um vollständige Auskunft", cs="iso-8859-15", cte="8bit",
 body="""Sehr geehrte Damen und Herren,

ich bitte um Auskunft, ob Sie personenbezogene Daten über mich verarbeiten, und falls ja, um folgende Angaben:

a) die Verarbeitungszwecke,
b) die Kategorien der verarbeiteten Daten,
c) die Empfänger, denen die Daten offengelegt wurden oder werden, insbesondere Empfänger in Drittländern,
d) die geplante Speicherdauer bzw. die Kriterien für deren Festlegung,
e) die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden,
f) das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling und aussagekräftige Informationen über die involvierte Logik,
g) den Hinweis auf mein Beschwerderecht bei einer Aufsichtsbehörde.

Bitte fügen Sie außerdem eine Kopie der Daten bei.

Hochachtungsvoll
Annegret Vollmer
Fliederweg 9
04109 Leipzig
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="Katrin Mayer", note="German out-of-office, absent person signed", ua="outlook",
 frm=("Katrin Mayer", "katrin.mayer@bergland-moebel.example"), subj="Automatische Antwort: AW: Ihre Datenschutzanfrage DSR-2025-0981",
 hdrs=ooo_hdrs("exchange"), cs="utf-8",
 body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14. März nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 08031 000 500.

Mit freundlichen Grüßen
Katrin Mayer
"""),

dict(cls="not_request", kind="bounce", rights=[], note="German-language DSN from a provider MTA, multipart/report",
 frm=("Mail Delivery System", "MAILER-DAEMON@mx01.webpost.example"), subj="Unzustellbar: Ihre Anfrage DSR-2025-1102", date="Wed, 21 May 2025 14:03:13 +0200", ua="none", shape="dsn",
 return_path="", cs="utf-8", cte="quoted-printable",
 body="""Dies ist eine automatisch erstellte Nachricht des Mailsystems von webpost.example.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.
Das Postfach des Empfängers ist voll und kann derzeit keine weiteren Nachrichten annehmen.

Empfänger: h.lorenz@webpost.example
Grund: 552 5.2.2 Mailbox voll / mailbox full

Die Kopfzeilen Ihrer ursprünglichen Nachricht finden Sie im Anhang.
""",
 dsn=dict(status=dsn_status("mx01.webpost.example", "h.lorenz@webpost.example", "5.2.2", diag="552 5.2.2 Mailbox full", arrival="Wed, 21 May 2025 14:03:12 +0200"),
    original=orig_headers("h.lorenz@webpost.example", "Ihre Anfrage DSR-2025-1102", "Wed, 21 May 2025 12:03:10 +0000", "<dsr-2025-1102.2@massistcrm.com>"))),

dict(cls="plain_words", rights=["grievance", "objection"], name="Dieter Schwarzkopf", note="angry formal complaint to the company + renewed objection; threat to go to the regulator not counted",
 frm=("Dieter Schwarzkopf", "d.schwarzkopf@tonline-like.example"), subj="Beschwerde!!!", ua="none", cs="iso-8859-1", cte="8bit",
 body="""Guten Tag,

ich habe Ihnen im Januar geschrieben, dass ich keine Anrufe mehr will. Trotzdem ruft Ihr Vertrieb weiter an, zuletzt gestern ZWEIMAL.

Ich beschwere mich hiermit offiziell und möchte, dass das an Ihre Geschäftsleitung geht und nicht wieder irgendwo liegen bleibt. Und nochmal zum Mitschreiben: keine Anrufe, keine Mails, keine Werbung mehr an mich.

Wenn das so weitergeht, gehe ich zum Landesdatenschutzbeauftragten.

Dieter Schwarzkopf
"""),

dict(cls="legal_anchor", rights=["automated_decision"], name="Erika Pohl", note="Art. 22 Abs. 3 DSGVO against automatic rejection of an application; prospective employer is not her employer",
 frm=("Erika Pohl", "erika.pohl@kabelpost.example"), subj="Anfechtung einer automatisierten Entscheidung (Art. 22 DSGVO)", ua="thunderbird", cs="utf-8",
 body="""Sehr geehrte Damen und Herren,

meine Bewerbung als Handelsvertreterin bei der Ostwind Solartechnik GmbH wurde mir gegenüber mit dem Hinweis abgelehnt, die Entscheidung sei „automatisch auf Grundlage des Massist-Bewerberscorings" erfolgt. Ein Mensch hat meine Unterlagen offenbar nie gesehen.

Gemäß Art. 22 Abs. 3 DSGVO verlange ich das Eingreifen einer Person, möchte meinen Standpunkt darlegen und fechte die Entscheidung hiermit an. Bitte leiten Sie dies, falls Sie nur Auftragsverarbeiter sind, an den Verantwortlichen weiter und teilen Sie mir mit, an wen Sie es geleitet haben.

Mit freundlichen Grüßen
Erika Pohl
"""),
]
