from common import m

m('de', 'plain_words', 'request', 'access', 'Jürgen Pfannkuch', None, None,
  'Alltagssprache: was wissen Sie über mich',
  ('Jürgen Pfannkuch', 'j.pfannkuch@t-netz.example'), 'Was haben Sie über mich gespeichert?',
  """Guten Tag,

ich habe gestern eine Mail bekommen, in der mein Name und meine alte Handynummer standen, angeblich aus Ihrem "Massist". Ich möchte jetzt bitte wissen, was Sie alles über mich gespeichert haben und woher Sie das haben.

Mit freundlichen Grüßen
Jürgen Pfannkuch
""", cs='iso-8859-1', cte='8bit', shape='plain')

m('de', 'legal_anchor', 'request', 'erasure', 'Sabine Wertheimer', None, None,
  'Art. 17 DSGVO Löschung, förmlich',
  ('Sabine Wertheimer', 'sabine.wertheimer@posteo-mail.example'), 'Antrag auf Löschung gemäß Art. 17 DSGVO',
  """Sehr geehrte Damen und Herren,

hiermit verlange ich gemäß Art. 17 Abs. 1 DSGVO die unverzügliche Löschung sämtlicher mich betreffenden personenbezogenen Daten, die bei Ihnen gespeichert sind.

Bitte bestätigen Sie mir die Löschung schriftlich innerhalb der Frist des Art. 12 Abs. 3 DSGVO.

Mit freundlichen Grüßen

Sabine Wertheimer
Lindenallee 7
04109 Leipzig
""", shape='alt', style='outlook')

m('de', 'employer', 'request', 'rectification', 'Kerstin Ahlers', 'Nordlicht Gebäudetechnik GmbH & Co. KG', None,
  'Arbeitgeber in Signatur unter Funktion, GmbH & Co. KG',
  ('Ahlers, Kerstin', 'k.ahlers@nordlicht-gt.example'), 'Falsche Durchwahl und Titel im CRM',
  """Hallo zusammen,

in Ihrem System steht bei mir noch "Auszubildende" und die alte Durchwahl -114. Bitte korrigieren Sie das auf "Teamleitung Disposition" und -231.

Danke und Gruß

Kerstin Ahlers
Teamleitung Disposition
Nordlicht Gebäudetechnik GmbH & Co. KG
Am Hafen 12 | 26382 Wilhelmshaven
Tel. +49 4421 000-231
Sitz: Wilhelmshaven, Amtsgericht Oldenburg HRA 000123
""", cs='iso-8859-15')

m('de', 'names', 'request', 'access', 'Friederike von der Heyde', None, None,
  'Adelspartikel von der, Titel Dr. med. weglassen',
  ('Dr. med. Friederike von der Heyde', 'praxis.vdheyde@aerztenetz.example'), 'Auskunftsersuchen',
  """Sehr geehrte Damen und Herren,

ich bitte um Auskunft nach Art. 15 DSGVO über die zu meiner Person gespeicherten Daten. Eine Kopie genügt mir in elektronischer Form.

Mit freundlichen Grüßen
Dr. med. Friederike von der Heyde
Fachärztin für Allgemeinmedizin
""")

m('de', 'agent', 'request', 'access erasure', 'Levent Aydın', None, 'Markus Brandstetter',
  'Rechtsanwalt für Mandanten, Kanzlei ist nicht Arbeitgeber',
  ('RA Markus Brandstetter', 'kanzlei@brandstetter-recht.example'), 'Unser Mandant Levent Aydın – Auskunft und Löschung',
  """Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir an, dass wir die Interessen von Herrn Levent Aydın vertreten. Eine auf uns lautende Vollmacht liegt bei.

Namens und in Vollmacht unseres Mandanten machen wir folgende Ansprüche geltend:

1. Auskunft gemäß Art. 15 DSGVO über sämtliche zu unserem Mandanten gespeicherten Daten;
2. im Anschluss daran Löschung dieser Daten gemäß Art. 17 DSGVO.

Wir haben uns eine Frist bis zum 15.04.2026 notiert.

Mit freundlichen Grüßen

Markus Brandstetter
Rechtsanwalt
Brandstetter Rechtsanwälte PartGmbB
""", shape='alt')

m('de', 'form', 'request', 'objection', 'Heike Stoltenberg', 'Elbwerk Immobilien GmbH', None,
  'Kontaktformular (WordPress) mit Feldern, Reply-To',
  ('WordPress', 'wordpress@massistcrm.example'), '[Massist CRM] Datenschutzanfrage von Heike Stoltenberg',
  """Von: Heike Stoltenberg <h.stoltenberg@elbwerk-immo.example>
Betreff: Datenschutzanfrage

Name: Heike Stoltenberg
Firma: Elbwerk Immobilien GmbH
Art der Anfrage: Widerspruch
Nachricht:
Bitte keine Werbemails mehr an mich. Ich widerspreche der Nutzung meiner Adresse für Werbung.

--
Diese E-Mail wurde von einem Kontaktformular von Massist CRM (https://www.massistcrm.example) gesendet
""", hdr=[('Reply-To', ('Heike Stoltenberg', 'h.stoltenberg@elbwerk-immo.example')), ('Auto-Submitted', 'auto-generated')], shape='plain')

m('de', 'multi_right', 'request', 'access portability withdraw_consent', 'Till Oberender', None, None,
  'Aufzählung: Auskunft, Datenübertragbarkeit, Widerruf Einwilligung',
  ('Till Oberender', 'till.oberender@web-post.example'), 'Meine Daten',
  """Hallo,

ich hätte gern drei Dinge:
- eine Auskunft, was Sie zu mir gespeichert haben,
- meine Daten in einem maschinenlesbaren Format (CSV reicht),
- und ich widerrufe hiermit meine Einwilligung zum Newsletter-Tracking.

Vielen Dank
Till Oberender
""")

m('de', 'negation', 'request', 'rectification', 'Annegret Vöhringer', None, None,
  'keine Löschung gewünscht, nur Berichtigung',
  ('Annegret Vöhringer', 'a.voehringer@schwarzwald-net.example'), 'Bitte NICHT löschen, nur korrigieren',
  """Sehr geehrte Damen und Herren,

Ihre Kollegin am Telefon meinte, am einfachsten sei es, mein Konto zu löschen. Das möchte ich ausdrücklich nicht! Ich möchte nur, dass mein Nachname richtig geschrieben wird: Vöhringer mit ö, nicht "Vohringer".

Freundliche Grüße
Annegret Vöhringer
""", cs='windows-1252')

m('de', 'footer_rights', 'request', 'erasure', 'Ralf Gutknecht', 'Gutknecht Sanitär e.K.', None,
  'Löschbitte über Datenschutzhinweis-Fußzeile mit Betroffenenrechten',
  ('Ralf Gutknecht', 'info@gutknecht-sanitaer.example'), 'Kontakt löschen',
  """Moin,

bitte löschen Sie meine Kontaktdaten aus Ihrem System, wir arbeiten nicht mehr mit Ihrem Kunden zusammen.

Gruß
Ralf Gutknecht
Gutknecht Sanitär e.K.
Inhaber

-------------------------------
Datenschutzhinweis: Informationen zur Verarbeitung Ihrer Daten nach Art. 13 DSGVO finden Sie unter gutknecht-sanitaer.example/datenschutz. Sie haben das Recht auf Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch (Art. 21) sowie ein Beschwerderecht bei der Aufsichtsbehörde.
""")

m('de', 'access_items', 'request', 'access', 'Cornelia Straßburger', None, None,
  'Art. 15 mit Zwecken, Empfängern, Speicherdauer, Herkunft, Profiling',
  ('Cornelia Straßburger', 'c.strassburger@mailbox-de.example'), 'Auskunft nach Art. 15 DSGVO',
  """Sehr geehrte Damen und Herren,

ich ersuche Sie um Auskunft gemäß Art. 15 DSGVO. Bitte teilen Sie mir mit:

– ob Sie personenbezogene Daten über mich verarbeiten,
– die Verarbeitungszwecke,
– die Kategorien der Daten,
– die Empfänger, insbesondere in Drittländern, und die dabei bestehenden Garantien (Art. 46),
– die geplante Speicherdauer,
– die Herkunft der Daten,
– ob eine automatisierte Entscheidungsfindung einschließlich Profiling stattfindet.

Bitte stellen Sie mir außerdem eine Kopie der Daten (Art. 15 Abs. 3) zur Verfügung.

Mit freundlichen Grüßen
Cornelia Straßburger
""", shape='html', style='outlook')

m('de', 'legal_anchor', 'request', 'access', 'Reto Bänziger', 'Alpstein Treuhand AG', None,
  'Schweizer DSG Art. 25 Auskunft, Arbeitgeber AG',
  ('Reto Bänziger', 'reto.baenziger@alpstein-treuhand.example'), 'Auskunftsbegehren nach Art. 25 DSG',
  """Grüezi

Gestützt auf Art. 25 des Bundesgesetzes über den Datenschutz (revDSG) verlange ich Auskunft darüber, ob und welche Personendaten über mich bearbeitet werden. Unsere Firma, die Alpstein Treuhand AG, setzt Ihr CRM ein.

Besten Dank und freundliche Grüsse
Reto Bänziger
Alpstein Treuhand AG
Mandatsleiter
""")

m('de', 'names', 'request', 'erasure', 'Wolfgang Huber-Strasser', 'Tiroler Holzbau GmbH', None,
  'österreichisch, Mag. und Ing. weglassen, Doppelname',
  ('Mag. Ing. Wolfgang Huber-Strasser', 'w.huber-strasser@tiroler-holzbau.example'), 'Löschung meiner Daten',
  """Sehr geehrte Damen und Herren,

ich ersuche höflich um Löschung meiner personenbezogenen Daten aus Ihrer Datenbank. Ich bin seit Jänner nicht mehr bei der Tiroler Holzbau GmbH beschäftigt.

Mit freundlichen Grüßen
Mag. Ing. Wolfgang Huber-Strasser
""")

m('de', 'agent', 'request', 'access', 'Dilara Kaya', 'Rheinblick Pflege gGmbH', 'Susanne Merz',
  'Personalabteilung leitet Mitarbeiteranfrage inline weiter (Fwd)',
  ('Merz, Susanne', 's.merz@rheinblick-pflege.example'), 'WG: Auskunftsanfrage Frau Kaya',
  """Sehr geehrte Damen und Herren,

anbei die Anfrage unserer Mitarbeiterin Frau Kaya. Da die Daten in Ihrem CRM liegen, bitten wir um Unterstützung bei der Zusammenstellung.

Viele Grüße
Susanne Merz
Personalabteilung
Rheinblick Pflege gGmbH

-----Ursprüngliche Nachricht-----
Von: Dilara Kaya <d.kaya@rheinblick-pflege.example>
Gesendet: Montag, 9. März 2026 08:41
An: Personal <personal@rheinblick-pflege.example>
Betreff: Auskunftsanfrage

Hallo Frau Merz,

ich möchte bitte eine Kopie aller Daten, die über mich gespeichert sind, auch im CRM.

Danke
Dilara Kaya
Pflegefachkraft, Station 3
Rheinblick Pflege gGmbH
""", shape='html', style='outlook')

m('de', 'not_request', 'auto_reply', '', 'Bernd Kallweit', None, None,
  'Abwesenheitsnotiz',
  ('Kallweit, Bernd', 'bernd.kallweit@stadtwerke-ost.example'), 'Abwesenheitsnotiz: Ihre Anfrage DSR-2218',
  """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.03. nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an datenschutz@stadtwerke-ost.example.

Mit freundlichen Grüßen
Bernd Kallweit
""", hdr=[('Auto-Submitted', 'auto-replied')], cs='iso-8859-1', cte='quoted-printable', shape='plain')

m('de', 'not_request', 'bounce', '', None, None, None,
  'deutscher Unzustellbarkeitsbericht als multipart/report',
  ('Mail Delivery Subsystem', 'mailer-daemon@mx.massistcrm.com'), 'Unzustellbar: Ihre Auskunft nach Art. 15 DSGVO',
  """Ihre Nachricht konnte an folgende Empfänger nicht zugestellt werden:

k.lorenz@altfirma.example
Das Postfach des Empfängers existiert nicht. Bitte überprüfen Sie die Adresse.

Diagnoseinformationen für Administratoren:
Generierender Server: mx.massistcrm.com
550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
""", shape='dsn', cs='iso-8859-1', dsn=dict(mta='mx.massistcrm.com', rcpt='k.lorenz@altfirma.example',
  diag='550 5.1.1 RESOLVER.ADR.RecipNotFound; not found', osubj='Ihre Auskunft nach Art. 15 DSGVO'))

m('de', 'not_request', 'other', '', 'Jana Wiesinger', 'Cloudmeister GmbH', None,
  'Dienstleister fragt nach AVV, keine Betroffenenanfrage',
  ('Jana Wiesinger', 'j.wiesinger@cloudmeister.example'), 'AV-Vertrag nach Art. 28 DSGVO',
  """Hallo liebes Datenschutz-Team,

für unser gemeinsames Projekt benötigen wir noch einen unterschriebenen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO. Können Sie uns Ihre Vorlage schicken oder sollen wir unsere verwenden? Die TOMs liegen bei.

Beste Grüße
Jana Wiesinger
Legal Counsel
Cloudmeister GmbH
""")

m('de', 'plain_words', 'request', 'objection', 'Uwe', None, None,
  'kurz und genervt, nur Vorname',
  ('uwe', 'uwe1961@freenet-post.example'), 'SCHLUSS MIT DER WERBUNG',
  """Ich will von Ihnen keine Werbung mehr bekommen!!! Das ist jetzt die dritte Mail diese Woche. Nehmen Sie mich aus dem Verteiler.

Uwe
""", cs='iso-8859-1', cte='8bit')

m('de', 'multi_right', 'request', 'erasure restriction grievance', 'Petra Nowak-Lindemann', None, None,
  'Beschwerde beim Unternehmen, Löschung, bis dahin Einschränkung; Aufsichtsbehörde nur angedroht',
  ('Petra Nowak-Lindemann', 'p.nowak-lindemann@freimail.example'), 'Beschwerde – Löschung weiterhin nicht erfolgt',
  """Sehr geehrte Damen und Herren,

hiermit lege ich förmlich Beschwerde bei Ihrem Unternehmen ein. Meine Löschanfrage vom 12. Januar ist bis heute nicht bearbeitet worden.

Ich verlange erneut die Löschung meiner Daten und bis zur Umsetzung die Einschränkung der Verarbeitung nach Art. 18 DSGVO. Sollte ich binnen 14 Tagen nichts hören, behalte ich mir vor, mich an die Landesbeauftragte für Datenschutz zu wenden.

Petra Nowak-Lindemann
""", shape='alt')

m('de', 'employer', 'request', 'access', 'Matthias Reinholz', 'Brenner & Söhne Maschinenbau AG', None,
  'Arbeitgeber im Fließtext ("mein Arbeitgeber ... setzt ein")',
  ('Matthias Reinholz', 'matze.reinholz@gmx-post.example'), 'Frage wegen meiner Daten',
  """Hallo,

mein Arbeitgeber, die Brenner & Söhne Maschinenbau AG, setzt Ihr Massist CRM ein. Ich würde gern wissen, welche Daten über mich dort bei Ihnen auf den Servern liegen, und bitte um eine Kopie.

Gruß
Matthias Reinholz

Von meinem iPhone gesendet
""")
