from . import M, AR, FORM, DPO

MAILS = [
M("legal_anchor", "request", ["erasure", "objection"], "Lukas Hinterberger", None, None,
  "Austrian writer, DSGVO Art. 17 + Art. 21, title Mag. dropped, DSG mentioned",
  ("Mag. Lukas Hinterberger", "l.hinterberger@aon-mail.example"),
  "Antrag auf Löschung gem. Art. 17 DSGVO und Widerspruch gem. Art. 21 DSGVO",
  """
Sehr geehrte Damen und Herren,

hiermit ersuche ich Sie gemäß Art. 17 Abs. 1 lit. d DSGVO um unverzügliche Löschung sämtlicher mich betreffender personenbezogener Daten, die Sie in Ihrem System »Massist CRM« verarbeiten.

Gleichzeitig lege ich gemäß Art. 21 Abs. 2 DSGVO Widerspruch gegen die Verarbeitung meiner Daten zu Zwecken der Direktwerbung ein.

Ich habe zu keinem Zeitpunkt eine Einwilligung erteilt; woher Sie meine Kontaktdaten haben, ist mir schleierhaft. Sollte ich binnen eines Monats keine Rückmeldung erhalten, behalte ich mir eine Beschwerde bei der Datenschutzbehörde (§ 24 DSG) vor.

Mit freundlichen Grüßen

Mag. Lukas Hinterberger
Schottenfeldgasse 41/7
1070 Wien
""", cs="iso-8859-15", cte="quoted-printable"),

M("plain_words", "request", ["access", "rectification"], "Kevin Schröter", None, None,
  "Colloquial, typos, du-form; what do you store + fix my mobile number",
  ("Kevin Schröter", "kevin.schroeter93@webpost.example"),
  "frage wegen meinen daten",
  """
hallo,

mal ne frage, was habt ihr eigentlich alles über mich gespeichert? hab gemerkt dass bei euch noch meine alte handynummer drin ist (0171 5550 382) die gibts seit nem jahr nicht mehr, die neue ist 0176 5550 9127. bitte ändern.

und schickt mir mal ne übersicht was ihr so von mir habt, danke

gruß kevin schröter
Kevin Schröter

Von meinem Samsung Galaxy Smartphone gesendet.
""", cs="utf-8", cte="8bit"),

M("agent", "request", ["access"], "Jürgen Weißmüller", "Kälte-Technik Brandes GmbH & Co. KG", "Sabine Ostermann",
  "HR forwards employee's access request inline (Fwd:), employer in employee's signature",
  ("Ostermann, Sabine", "s.ostermann@kaelte-brandes.example"),
  "WG: Auskunftsersuchen Herr Weißmüller",
  """
Guten Tag,

anbei leite ich Ihnen das Auskunftsersuchen unseres Mitarbeiters Herrn Weißmüller weiter. Wir nutzen Massist CRM im Vertrieb; da Herr Weißmüller auch wissen möchte, welche Daten bei Ihnen als Anbieter vorliegen, bitte ich um direkte Beantwortung an ihn mit mir in CC.

Freundliche Grüße
Sabine Ostermann
Personalabteilung

-----Ursprüngliche Nachricht-----
Von: Weißmüller, Jürgen <j.weissmueller@kaelte-brandes.example>
Gesendet: Montag, 3. März 2025 08:14
An: Ostermann, Sabine <s.ostermann@kaelte-brandes.example>
Betreff: Auskunftsersuchen

Hallo Frau Ostermann,

ich möchte eine Auskunft nach Art. 15 DSGVO über alle Daten, die über mich im CRM gespeichert sind, inklusive der Gesprächsnotizen und Aktivitätsprotokolle. Können Sie das bitte an den Anbieter weitergeben?

Danke und viele Grüße
Jürgen Weißmüller
Außendienst Region Süd
Kälte-Technik Brandes GmbH & Co. KG
Industriestraße 12, 74072 Heilbronn
""", shape="html", style="outlook", cs="windows-1252", cte="quoted-printable"),

M("names", "request", ["restriction"], "Friederike von der Heydt", None, None,
  "Display name 'Family, Given' with particle; Dr. med. dropped; restriction while accuracy disputed",
  ("von der Heydt, Dr. med. Friederike", "praxis.vonderheydt@arztpost.example"),
  "Einschränkung der Verarbeitung",
  """
Sehr geehrte Damen und Herren,

in Ihrem System ist vermerkt, ich hätte einem Vertriebspartner eine „Kaufabsicht“ für Praxissoftware signalisiert. Das ist unzutreffend. Bis die Richtigkeit geklärt ist, verlange ich, dass die Verarbeitung dieser Angaben eingeschränkt wird, also keine weitere Nutzung für Vertriebsaktionen, keine Weitergabe.

Bitte bestätigen Sie mir die Einschränkung schriftlich.

Mit freundlichen Grüßen
Dr. med. Friederike von der Heydt
Fachärztin für Allgemeinmedizin
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("form", "request", ["portability"], "Aylin Demirci", "Spedition Hagedorn GmbH", None,
  "Website form robot mail, Reply-To person, fields in German, request type portability",
  ("Massist Website", "noreply@forms.massistcrm-web.example"),
  "[Kontaktformular] Neue Datenschutzanfrage #48213",
  """
Neue Anfrage über das Datenschutzformular

Vorname: Aylin
Nachname: Demirci
E-Mail: aylin.demirci@hagedorn-spedition.example
Firma: Spedition Hagedorn GmbH
Land: Deutschland
Art des Anliegens: Datenübertragbarkeit (Art. 20 DSGVO)
Nachricht:
Ich wechsle den Arbeitgeber und möchte meine Kontakte und Notizen, die ich selbst angelegt habe, als CSV oder Excel bekommen. Geht das?

Datenschutzhinweis akzeptiert: ja
IP: 203.0.113.77
Gesendet: 12.02.2025 16:41
""", cte="8bit", headers=FORM, reply_to=("Aylin Demirci", "aylin.demirci@hagedorn-spedition.example")),

M("not_request", "auto_reply", [], "Henrike Albers", None, None,
  "German out-of-office naming a deputy and mentioning Datenschutz, no request",
  ("Henrike Albers", "h.albers@stadtwerke-lingen.example"),
  "Automatische Antwort: Ihre Anfrage zur Datenverarbeitung",
  """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Datenschutzangelegenheiten wenden Sie sich bitte an meinen Kollegen Herrn Tobias Rehm (t.rehm@stadtwerke-lingen.example).

Mit freundlichen Grüßen
Henrike Albers
""", cs="iso-8859-1", cte="quoted-printable", headers=AR()),

M("not_request", "other", [], "Maximilian Kessler", "DataVault Hosting GmbH", None,
  "Vendor asks about AVV/Auftragsverarbeitungsvertrag and TOMs; mentions Art. 28 DSGVO, not a rights request",
  ("Maximilian Kessler", "m.kessler@datavault-hosting.example"),
  "Rückfrage AVV / TOMs",
  """
Hallo zusammen,

wir sind gerade dabei, für unseren Kunden die Unterauftragsverarbeiter-Liste zu aktualisieren. Könnten Sie uns Ihren aktuellen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO sowie die Beschreibung Ihrer technischen und organisatorischen Maßnahmen zukommen lassen? Eine Bestätigung zum Serverstandort (EU/EWR) wäre ebenfalls hilfreich.

Besten Dank vorab!

Viele Grüße
Maximilian Kessler
Compliance Manager
DataVault Hosting GmbH
Am Sandtorkai 50 · 20457 Hamburg
Geschäftsführer: Dr. Ole Brandt · HRB 123456
""", shape="alt", cs="utf-8"),
]
