from spec import M

MAILS = [
M(rights=["rectification"], name="Jürgen Hölzl", cls="plain_words",
  note="everyday German: address wrong, please change it; iso-8859-1 QP",
  frm=("Jürgen Hölzl", "j.hoelzl@gmx-post.example"), subj="Adresse falsch", cs="iso-8859-1", cte="qp",
  client="thunderbird", hq="Q",
  body="""Servus,

bei Ihnen steht bei mir immer noch die alte Adresse in der Lindengasse drin, die Post kommt seit Monaten zurück bzw. landet beim Nachmieter. Ich wohne jetzt in der Schubertstraße 14/3, 8010 Graz.

Bitte ändern Sie das einfach, danke.

Jürgen Hölzl
"""),

M(rights=["restriction"], name="Sabine Krämer", cls="plain_words",
  note="'put my data on ice' until clarified = restriction; explicitly not delete",
  frm=("Sabine Krämer", "sabine.kraemer@t-netz.example"), subj="Bitte meine Daten erstmal auf Eis legen",
  cs="windows-1252", cte="8bit", client="outlook", hq="Q",
  body="""Sehr geehrte Damen und Herren,

ich habe Ihnen letzte Woche geschrieben, dass in meinem Profil ein falsches Geburtsdatum und eine falsche Bankverbindung hinterlegt sind. Bis Sie das geprüft haben, möchte ich nicht, dass mit diesen Angaben irgendetwas gemacht wird – keine Abbuchung, keine Weitergabe, keine Auswertung.

Bitte legen Sie meine Daten so lange auf Eis. Löschen sollen Sie bitte nichts, ich brauche die Unterlagen eventuell noch.

Mit freundlichen Grüßen
Sabine Krämer
"""),

M(rights=["portability"], name="Timo Brandstätter", cls="plain_words",
  note="portability in colloquial words: a file to upload at the new provider",
  frm=("Timo Brandstätter", "timo@brandstaetter-web.example"), subj="Wechsel zu anderem Anbieter – Export?",
  cte="qp", client="applemac",
  body="""Hallo zusammen,

ich kündige zum Monatsende mein Massist-Konto (Einzelplatz) und steige auf ein anderes Programm um.

Könnt ihr mir meine Daten – also mein Profil, meine Kontakte und den ganzen Verlauf mit Notizen und Aufgaben – als Datei schicken, die ich beim neuen Anbieter einfach importieren kann? Am liebsten CSV oder Excel, ein PDF bringt mir nichts.

Danke und Gruß
Timo Brandstätter
"""),

M(rights=["objection", "withdraw_consent"], name="Ulrike Sommerfeld", cls="legal_anchor",
  note="DSGVO Art. 21(2) objection and Art. 7(3) withdrawal cited; title 'Dr. med.' not part of the name",
  frm=("Dr. med. Ulrike Sommerfeld", "praxis@sommerfeld-aerzte.example"),
  subj="Widerspruch gem. Art. 21 Abs. 2 DSGVO und Widerruf der Einwilligung", cs="iso-8859-15", cte="qp",
  client="outlook", shape="alt", style="outlook", hq="Q",
  body="""Sehr geehrte Damen und Herren,

hiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner personenbezogenen Daten zum Zwecke der Direktwerbung.

Zugleich widerrufe ich gemäß Art. 7 Abs. 3 DSGVO sämtliche Einwilligungen, die ich Ihnen im Zusammenhang mit der Testversion von Massist CRM (Registrierung im Februar 2024) erteilt habe, insbesondere die Einwilligung in telefonische Kontaktaufnahme.

Bitte bestätigen Sie mir die Umsetzung schriftlich.

Mit freundlichen Grüßen

Dr. med. Ulrike Sommerfeld
Fachärztin für Allgemeinmedizin
Marktplatz 3, 34117 Kassel
"""),

M(rights=["access"], name="Reto Caflisch", employer="Bergbahnen Oberengadin AG", cls="legal_anchor",
  note="Swiss FADP (revDSG) Art. 25 access, Swiss spelling without ß; AG in signature",
  frm=("Reto Caflisch", "reto.caflisch@bergbahnen-oe.example"), subj="Auskunftsbegehren nach Art. 25 DSG",
  cs="iso-8859-1", cte="8bit", client="outlook",
  body="""Grüezi

Gestützt auf Art. 25 des Bundesgesetzes über den Datenschutz (DSG) ersuche ich Sie um Auskunft darüber, ob und welche Personendaten über mich bearbeitet werden.

Unser Unternehmen setzt Massist CRM seit 2023 ein; ich bin dort als Benutzer erfasst. Bitte teilen Sie mir insbesondere die bearbeiteten Daten, den Bearbeitungszweck, die Aufbewahrungsdauer sowie allfällige Empfänger im Ausland mit.

Freundliche Grüsse

Reto Caflisch
Leiter Verkauf
Bergbahnen Oberengadin AG
Via Maistra 12, 7500 St. Moritz
"""),

M(rights=["erasure"], name="Karl-Heinz von der Heide", cls="names",
  note="display name 'Family, Given' with particle 'von der'; plain erasure",
  frm=("von der Heide, Karl-Heinz", "kh.vdheide@online-mail.example"), qd=True, subj="Löschen",
  cs="iso-8859-1", cte="qp", client="outlook_web",
  body="""Guten Tag,

ich möchte, dass Sie alles, was Sie über mich gespeichert haben, löschen. Ich habe nie ein Konto bei Ihnen angelegt und weiß nicht, woher Sie meine Adresse überhaupt haben.

Weg damit, bitte, und eine kurze Bestätigung an mich.

Karl-Heinz von der Heide
"""),

M(rights=["objection"], name="Mehmet Yıldırım", employer="Kühne & Sohn Maschinenbau GmbH", cls="employer",
  note="employer in prose ('ich arbeite bei ...'); objection to usage analytics in plain words",
  frm=("Mehmet Yıldırım", "m.yildirim@kuehne-sohn.example"), subj="Meine Nutzungsdaten",
  cte="b64", client="outlook",
  body="""Hallo,

ich arbeite bei der Kühne & Sohn Maschinenbau GmbH, wir nutzen Ihr CRM im Vertrieb. In Ihren neuen Nutzungsbedingungen steht, dass Sie die Klicks und Nutzungszeiten der einzelnen Anwender für "Produktverbesserung und Benchmarking" auswerten.

Das möchte ich für meine Person nicht. Bitte hören Sie auf, mein Nutzungsverhalten für solche Auswertungen zu verwenden.

Gruß
Mehmet Yıldırım
"""),

M(rights=["access", "erasure"], name="Stefan Albrecht", agent="Katharina Weißenborn", cls="agent",
  note="lawyer for a client; law firm is not the employer; client named in dative ('Herrn Stefan Albrecht')",
  frm=("RAin Dr. Katharina Weißenborn", "k.weissenborn@weissenborn-partner.example"),
  subj="Mandant Stefan Albrecht - Auskunft und Löschung", cs="iso-8859-15", cte="qp", client="outlook",
  shape="alt", style="outlook",
  body="""Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir an, dass wir Herrn Stefan Albrecht, Am Sonnenhang 7, 70597 Stuttgart, anwaltlich vertreten. Eine auf uns lautende Vollmacht liegt bei bzw. wird auf Anforderung nachgereicht.

Namens und in Vollmacht unseres Mandanten verlangen wir

1. Auskunft gemäß Art. 15 DSGVO über sämtliche zu seiner Person gespeicherten Daten sowie
2. im Anschluss die Löschung dieser Daten gemäß Art. 17 DSGVO, soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen.

Wir haben uns hierfür eine Frist bis zum

                                   30. des Folgemonats

notiert.

Mit freundlichen Grüßen

Dr. Katharina Weißenborn
Rechtsanwältin
Weißenborn & Partner Rechtsanwälte mbB
"""),

M(rights=["access", "rectification"], name="Anja Wolters", employer="Stadtwerke Neuenstein GmbH", cls="form",
  note="contact form: dropdown 'Datenauskunft', free text also asks for a correction",
  frm=("Massist Kontaktformular", "no-reply@formulare.massistcrm.example"), subj="Neue Anfrage: Datenauskunft",
  cte="qp", client="form",
  hdr=["Auto-Submitted: auto-generated", ("Reply-To", ("Anja Wolters", "a.wolters@sw-neuenstein.example"))],
  body="""Neue Formulareingabe (Datenschutzanfrage)

Vorname: Anja
Nachname: Wolters
Firma: Stadtwerke Neuenstein GmbH
E-Mail: a.wolters@sw-neuenstein.example
Anliegen: Datenauskunft

Ihre Nachricht:
Ich hätte gerne eine Übersicht, was zu meiner Person bei Ihnen gespeichert ist. Außerdem ist meine Durchwahl falsch hinterlegt (-214 statt -241), bitte gleich mit korrigieren.

Datenschutzhinweis akzeptiert: ja
Gesendet am: 14.10.2024 09:41
"""),

M(rights=["access", "rectification", "objection"], name="Petra Lindemann", cls="multi_right",
  note="three numbered plain-words asks: what is stored, fix the number, no more advertising",
  frm=("Petra Lindemann", "petra.lindemann@web-post.example"), subj="Drei Sachen",
  cs="iso-8859-1", cte="8bit", client="roundcube",
  body="""Guten Tag,

ich hätte drei Bitten:

1. Sagen Sie mir bitte, was Sie alles über mich gespeichert haben.
2. Die Handynummer, die bei Ihnen steht, ist falsch (richtig: 0171 5550193). Bitte korrigieren.
3. Danach möchte ich keine Werbung mehr von Ihnen bekommen, weder per Mail noch per Post.

Vielen Dank
Petra Lindemann
"""),

M(rights=["withdraw_consent"], name="Jonas Weber", cls="negation",
  note="explicitly NO account deletion, only withdraw newsletter consent",
  frm=("jonas weber", "jonas.weber88@freemail.example"), subj="Newsletter – Einwilligung zurück",
  cte="qp", client="gmail",
  body="""Hallo,

kurz zur Klarstellung, bevor jemand was falsch versteht: Mein Konto soll NICHT gelöscht werden, das brauche ich noch.

Ich ziehe nur mein Okay für den Newsletter und die "Tipps & Angebote"-Mails zurück, das ich bei der Anmeldung gegeben habe.

Danke!
Jonas Weber
"""),

M(kind="auto_reply", name="Birgit Hoffmann", cls="not_request", note="German out-of-office reply with a name",
  frm=("Hoffmann, Birgit", "b.hoffmann@hoffmann-logistik.example"), qd=True,
  subj="Abwesenheitsnotiz: Ihre Anfrage vom 02.09.", cs="iso-8859-1", cte="qp", client="outlook",
  hdr=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.09. nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an vertrieb@hoffmann-logistik.example.

Mit freundlichen Grüßen
Birgit Hoffmann
"""),

M(kind="bounce", cls="not_request", note="German Exchange non-delivery report (mailbox full)",
  frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@firmenpost.example"),
  subj="Unzustellbar: AW: Ihre Anfrage nach Art. 15 DSGVO", cte="qp", client="none", shape="dsn",
  hdr=["Auto-Submitted: auto-replied"],
  body="""Ihre Nachricht an m.seidel@firmenpost.example konnte nicht übermittelt werden.

Das Postfach von m.seidel ist voll.

Erforderliche Maßnahme: Empfänger
Empfängerpostfach voll

Vorgehensweise zur Behebung
Versuchen Sie später, die Nachricht erneut zu senden, oder kontaktieren Sie den Empfänger auf anderem Wege.

Diagnoseinformationen für Administratoren:
Generierender Server: FR2P281MB0017.firmenpost.example
m.seidel@firmenpost.example
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException' zurückgegeben
""",
  dsn=dict(mta="FR2P281MB0017.firmenpost.example", rcpts=["m.seidel@firmenpost.example"], status="5.2.2",
           diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
           orig=dict(frm=("Massist Datenschutz", "dpo@massistcrm.com"), to=("Seidel, Markus", "m.seidel@firmenpost.example"),
                     subj="AW: Ihre Anfrage nach Art. 15 DSGVO", cte="qp",
                     body="Sehr geehrter Herr Seidel,\n\nanbei erhalten Sie die Auskunft.\n"))),

M(kind="other", name="Florian Bauer", employer="PrivaFlow Software GmbH", cls="footer_rights",
  note="vendor pitch (mentions Auskunft/Löschung and an AVV) above a DSGVO footer listing rights; no request",
  frm=("Florian Bauer", "florian.bauer@privaflow.example"), subj="Betroffenenanfragen automatisieren – kurzer Austausch?",
  cte="qp", client="outlook", shape="alt", style="outlook",
  body="""Sehr geehrte Damen und Herren,

Auskunfts- und Löschersuchen nach DSGVO binden in vielen Datenschutzteams Tage an Arbeit. Mit PrivaFlow lassen sich Anfragen von der Identitätsprüfung bis zur fristgerechten Antwort automatisieren.

Gerne stelle ich Ihnen die Lösung in 20 Minuten vor. Einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO stellen wir selbstverständlich bereit – oder arbeiten Sie lieber mit Ihrer eigenen Vorlage?

Beste Grüße

Florian Bauer
Account Executive DACH
PrivaFlow Software GmbH | Leopoldstraße 88 | 80802 München

_______________________________________________
Datenschutzhinweis: Wir verarbeiten Ihre Kontaktdaten nach Art. 6 Abs. 1 lit. f DSGVO. Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit sowie Widerspruch. Wenden Sie sich dazu an datenschutz@privaflow.example. Geschäftsführer: Dr. Lena Kurz, HRB 245117, AG München.
"""),

M(rights=["automated_decision"], name="Lukas Brenner", employer="Alpenland Versicherungsmakler GmbH",
  agent="Nicole Haas", cls="agent",
  note="HR forwards an employee's mail as attached message/rfc822: wants a human to review an automatic commission/lead decision",
  frm=("Haas, Nicole", "n.haas@alpenland-makler.example"), qd=True, subj="WG: Automatische Kürzung meiner Leads",
  cs="iso-8859-1", cte="qp", client="outlook", shape="fwd", hq="Q",
  body="""Guten Tag,

anbei die E-Mail unseres Mitarbeiters Lukas Brenner. Die beanstandete Zuteilung wird vollständig von der Funktion "Lead Scoring Auto-Assign" in Massist berechnet, wir haben darauf keinen Einfluss. Können Sie das bitte von Ihrer Seite prüfen lassen?

Freundliche Grüße
Nicole Haas
Personalabteilung
""",
  inner=dict(frm=("Lukas Brenner", "l.brenner@alpenland-makler.example"), to=("Haas, Nicole", "n.haas@alpenland-makler.example"),
             subj="Automatische Kürzung meiner Leads", cs="iso-8859-1", cte="qp", client="outlook", hq="Q",
             fname="Automatische Kürzung meiner Leads.eml",
             body="""Hallo Nicole,

seit dem 1. Oktober bekomme ich deutlich weniger Leads, weil das System mich automatisch in die Stufe "C" eingestuft hat. Das hat niemand entschieden, das hat Massist über Nacht gemacht, vermutlich wegen meiner Elternzeit im Sommer.

Ich möchte, dass sich ein Mensch diese Entscheidung noch einmal ansieht und sie überprüft. Gerne erkläre ich die Hintergründe.

Danke
Lukas Brenner
Versicherungsberater
Alpenland Versicherungsmakler GmbH
""")),
]
