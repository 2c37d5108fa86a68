from core import M

# ------------------------------------------------------------------ German
L = "de"
M(L, "request", "access", "Annegret Pfeiffer", None, None, "legal_anchor", "DSGVO Art. 15 formal letter, iso-8859-15 QP",
  frm=("Annegret Pfeiffer", "a.pfeiffer@web.example"), subj="Auskunftsersuchen gemäß Art. 15 DSGVO",
  cs="iso-8859-15", cte="quoted-printable", henc="Q",
  body="""Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft gemäß Art. 15 DSGVO geltend. Bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten, und stellen Sie mir eine Kopie dieser Daten zur Verfügung (Art. 15 Abs. 3 DSGVO).

Zur Identifikation: Kundennummer 44-10923, geboren am 12.04.1971.

Ich erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Annegret Pfeiffer
Lindenstraße 8
04109 Leipzig
""")

M(L, "request", "erasure objection", "Kai-Uwe Brandt", None, None, "legal_anchor", "Art. 17 + Art. 21 Abs. 2 DSGVO Werbewiderspruch",
  frm=("Kai-Uwe Brandt", "kaiuwe.brandt@gmx.example"), subj="Löschung meiner Daten (Art. 17 DSGVO) und Widerspruch Werbung",
  cs="utf-8", cte="base64",
  body="""Guten Tag,

ich widerspreche gemäß Art. 21 Abs. 2 DSGVO der Verwendung meiner Daten für Werbezwecke und fordere Sie auf, sämtliche zu meiner Person gespeicherten Daten nach Art. 17 DSGVO unverzüglich zu löschen.

Bitte bestätigen Sie mir die Löschung schriftlich.

Kai-Uwe Brandt
""")

M(L, "request", "access erasure", "Sabine Krüger", None, None, "plain_words", "colloquial, typos, 'Von meinem iPhone gesendet'",
  frm=("Sabine Krüger", "sabine.krueger72@t-online.example"), subj="was haben sie über mich??",
  body="""Hallo,

ich bekomme ständig anrufe von einer Firma die angeblich ihre Software benutzt. Was haben Sie alles über mich gespeichert und woher? Und dann bitte alles weg damit, ich will das nicht.

Gruß S. Krüger

Von meinem iPhone gesendet
""")

M(L, "request", "access", "Matthias Obermaier", None, None, "access_items", "Art. 15 Abs. 1 lit. a-h enumerated; multipart/alternative",
  frm=("Matthias Obermaier", "m.obermaier@posteo.example"), subj="Auskunft nach Art. 15 DSGVO",
  fmt="alt", cte="quoted-printable",
  body="""Sehr geehrte Damen und Herren,

ich bitte um Auskunft nach Art. 15 DSGVO, und zwar über:

a) die Verarbeitungszwecke,
b) die Kategorien personenbezogener Daten,
c) die Empfänger oder Kategorien von Empfängern, insbesondere in Drittländern,
d) die geplante Speicherdauer bzw. die Kriterien für deren Festlegung,
e) das Bestehen eines Rechts auf Berichtigung, Löschung, Einschränkung oder Widerspruch,
f) das Bestehen eines Beschwerderechts bei einer Aufsichtsbehörde,
g) die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden,
h) das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling.

Außerdem bitte ich um eine Kopie der Daten.

Mit freundlichen Grüßen
Matthias Obermaier
""")

M(L, "request", "access erasure", "Selin Aydın", None, "Friedrich Wallner", "agent", "Rechtsanwalt für Mandantin; Kanzlei ist nicht Arbeitgeber",
  frm=("RA Dr. Friedrich Wallner", "wallner@kanzlei-wallner.example"), subj="Unsere Mandantin Frau Selin Aydın – Auskunft und Löschung",
  cs="iso-8859-9", cte="quoted-printable", henc="Q",
  body="""Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Frau Selin Aydın, Bahnhofstraße 21, 68159 Mannheim, mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht ist beigefügt.

Namens und im Auftrag unserer Mandantin verlangen wir Auskunft gemäß Art. 15 DSGVO sowie im Anschluss die Löschung sämtlicher Daten gemäß Art. 17 DSGVO.

Wir haben uns eine Frist bis zum 30. des Monats notiert.

Mit freundlichen kollegialen Grüßen

Dr. jur. Friedrich Wallner
Rechtsanwalt
Wallner & Partner Rechtsanwälte mbB
""")

M(L, "request", "objection", "Jana Lindemann", "Nordwind Logistik GmbH", None, "employer", "employer under job title with GmbH; 'Gesendet mit der WEB.DE Mail App' not employer",
  frm=("Jana Lindemann", "jana.lindemann@nordwind-logistik.example"), subj="Widerspruch gegen Nutzung meiner Kontaktdaten",
  body="""Hallo,

ich widerspreche der Nutzung meiner geschäftlichen Kontaktdaten für Ihre Marketing-Kampagnen. Bitte nehmen Sie mich aus allen Verteilern.

Viele Grüße
Jana Lindemann
Teamleiterin Vertrieb
Nordwind Logistik GmbH
Am Hafen 12, 28217 Bremen

Gesendet mit der WEB.DE Mail App
""")

M(L, "request", "rectification", "Hans-Jürgen von der Heydt", None, None, "names", "Dr. med. dropped, 'von der' particle kept",
  frm=("Dr. med. Hans-Jürgen von der Heydt", "praxis.vdheydt@arcor.example"), subj="Berichtigung meines Namens",
  body="""Sehr geehrte Damen und Herren,

in Ihren Schreiben wird mein Name stets als "Hans-Jürgen Heydt" geführt. Bitte berichtigen Sie ihn nach Art. 16 DSGVO. Der Nachname lautet "von der Heydt".

Mit freundlichen Grüßen
Dr. med. Hans-Jürgen von der Heydt
""")

M(L, "request", "access", "Yvonne Schäfer", "Schäfer & Söhne Bau KG", None, "form", "WordPress contact-form robot, Firma field, Reply-To",
  frm=("Kontaktformular", "wordpress@massistcrm.example"), reply_to=("Yvonne Schäfer", "y.schaefer@schaefer-bau.example"),
  subj="[massistCRM] Neue Anfrage über das Datenschutzformular",
  body="""Von: Yvonne Schäfer <y.schaefer@schaefer-bau.example>
Firma: Schäfer & Söhne Bau KG
Telefon: 0711 5550 2290
Anliegen: Datenauskunft (Art. 15 DSGVO)

Nachricht:
Bitte senden Sie mir eine Übersicht, welche Daten zu meiner Person in Ihrem System gespeichert sind.

--
Diese E-Mail wurde von einem Kontaktformular auf massistCRM (https://massistcrm.example) gesendet
""")

M(L, "auto_reply", "", "Thomas Reinholz", None, None, "not_request", "Abwesenheitsnotiz with Auto-Submitted",
  frm=("Thomas Reinholz", "t.reinholz@stadtwerke-beispiel.example"), subj="Abwesenheitsnotiz: Ihre Anfrage zur Auftragsverarbeitung",
  hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}, cs="iso-8859-1", cte="quoted-printable", henc="Q",
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.08. nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an datenschutz@stadtwerke-beispiel.example.

Mit freundlichen Grüßen
Thomas Reinholz
""")

M(L, "bounce", "", None, None, None, "not_request", "Exchange-style German NDR, multipart/report with headers only",
  frm=("Microsoft Outlook", "postmaster@kundenmail.example"), subj="Unzustellbar: Ihre Auskunft nach Art. 15 DSGVO",
  hdrs={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Message-Is-Ndr": ""}, fmt="report",
  body="""Die Nachricht konnte nicht an die folgenden Empfänger zugestellt werden:

b.hoffmann@kundenmail.example
Die E-Mail-Adresse, an die Sie Ihre Nachricht gesendet haben, wurde nicht gefunden. Überprüfen Sie die Adresse und versuchen Sie es erneut.

Diagnoseinformationen für Administratoren:
Generierender Server: EX02.kundenmail.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", report=dict(headers_only=True, status="""Reporting-MTA: dns;EX02.kundenmail.example
Received-From-MTA: dns;mx1.massistcrm.example
Arrival-Date: Wed, 5 Feb 2025 09:31:12 +0000

Final-Recipient: rfc822;b.hoffmann@kundenmail.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", orig=dict(lang="de", frm=("Datenschutz massistCRM", "dpo@massistcrm.com"), to="b.hoffmann@kundenmail.example",
               subj="Ihre Auskunft nach Art. 15 DSGVO", body="Sehr geehrter Herr Hoffmann,\n\nanbei die Auskunft.\n")))

M(L, "request", "withdraw_consent", "Renate Vogelsang", None, None, "negation", "Konto NICHT löschen; only withdraws marketing consent",
  frm=("Renate Vogelsang", "renate.vogelsang@freenet.example"), subj="Einwilligung Newsletter",
  body="""Guten Tag,

bitte löschen Sie mein Kundenkonto ausdrücklich NICHT, ich nutze es weiterhin. Ich widerrufe lediglich meine Einwilligung in den Erhalt Ihres Newsletters und in telefonische Werbung.

Freundliche Grüße
Renate Vogelsang
""")

M(L, "request", "access portability rectification", "Reto Gschwind", None, None, "multi_right", "Swiss German, nDSG Art. 25/28 plus Berichtigung",
  frm=("Reto Gschwind", "reto.gschwind@bluewin.example"), subj="Auskunft, Datenherausgabe und Berichtigung",
  body="""Grüezi

Gestützt auf Art. 25 nDSG verlange ich Auskunft über die zu meiner Person bearbeiteten Daten. Weiter verlange ich gemäss Art. 28 nDSG die Herausgabe meiner Daten in einem gängigen elektronischen Format und die Berichtigung meiner Wohnadresse (neu: Seestrasse 40, 8800 Thalwil).

Freundliche Grüsse
Reto Gschwind
""")

M(L, "request", "erasure", "Birgit Huber", "Alpenblick Versicherungsmakler GmbH", None, "footer_rights", "Austrian Mag. title; disclaimer lists all rights; asks only deletion",
  frm=("Mag. Birgit Huber", "b.huber@alpenblick-vm.example"), subj="Löschung Testzugang",
  body="""Sehr geehrte Damen und Herren,

bitte löschen Sie meinen Testzugang samt der dazu gespeicherten Daten.

Mit freundlichen Grüßen
Mag. Birgit Huber
Geschäftsführerin
Alpenblick Versicherungsmakler GmbH
Maria-Theresien-Straße 3, 6020 Innsbruck
FN 412233x, LG Innsbruck

Datenschutzhinweis: Sie haben jederzeit das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Widerspruch und Datenübertragbarkeit sowie das Recht auf Beschwerde bei der Datenschutzbehörde.
""")

M(L, "request", "automated_decision", "Oliver Demir", None, None, "legal_anchor", "Art. 22 DSGVO: Eingreifen einer Person verlangt",
  frm=("Oliver Demir", "oliver.demir@mailbox.example"), subj="Automatisierte Ablehnung – Art. 22 DSGVO",
  body="""Sehr geehrte Damen und Herren,

meine Registrierung wurde offenbar vollautomatisch aufgrund eines "Risiko-Scores" abgelehnt. Ich berufe mich auf Art. 22 Abs. 3 DSGVO und verlange das Eingreifen einer Person seitens des Verantwortlichen, die Darlegung meines Standpunkts und die Überprüfung der Entscheidung.

Oliver Demir
""")

# ------------------------------------------------------------------ French
L = "fr"
M(L, "request", "access", "Gisèle Marchand", None, None, "legal_anchor", "RGPD art. 15 and loi Informatique et Libertés, iso-8859-15 QP",
  frm=("Gisèle Marchand", "gisele.marchand@orange.example"), subj="Demande de droit d'accès – article 15 du RGPD",
  cs="iso-8859-15", cte="quoted-printable", henc="Q",
  body="""Madame, Monsieur,

En application de l'article 15 du Règlement général sur la protection des données (RGPD) et de la loi Informatique et Libertés, je vous prie de bien vouloir m'adresser une copie de l'ensemble des données me concernant que vous détenez.

Je vous rappelle que vous disposez d'un délai d'un mois pour répondre.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Gisèle Marchand
12, rue des Tilleuls
69003 Lyon
""")

M(L, "request", "erasure objection", "Yannick Le Goff", None, None, "legal_anchor", "art. 17 effacement + art. 21 opposition prospection",
  frm=("Yannick Le Goff", "y.legoff@free.example"), subj="Effacement de mes données (art. 17 RGPD)",
  body="""Bonjour,

Je m'oppose, sur le fondement de l'article 21 du RGPD, à toute prospection commerciale me concernant et je vous demande l'effacement de mes données personnelles conformément à l'article 17.

Merci de me confirmer la suppression.

Yannick Le Goff
""")

M(L, "request", "erasure", None, None, None, "plain_words", "one line, no name, 'Envoyé de mon iPhone'",
  frm=("", "coco.lapin33@laposte.example"), subj="suppression",
  body="""Bonjour je veux que vous supprimiez mon compte et tout ce que vous avez sur moi merci

Envoyé de mon iPhone
""")

M(L, "request", "objection", "Claire Fontanel", "Atelier Fontanel SARL", None, "footer_rights", "company footer cites droits; only wants to stop marketing; 'Propulsé par' not employer",
  frm=("Claire Fontanel", "claire@atelier-fontanel.example"), subj="Arrêtez vos mails commerciaux svp",
  body="""Bonjour,

Merci de ne plus m'envoyer vos offres commerciales, je ne suis pas intéressée.

Claire Fontanel
Gérante – Atelier Fontanel SARL
Nantes

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité de vos données en écrivant à contact@atelier-fontanel.example.
Propulsé par Zimbra Mail
""")

M(L, "request", "access restriction", "Mehdi Benali", None, "Anne-Sophie Rivière", "agent", "avocate for client; restriction pending dispute",
  frm=("Anne-Sophie Rivière", "as.riviere@riviere-avocats.example"), subj="M. Mehdi Benali – demande de limitation du traitement",
  cs="windows-1252", cte="quoted-printable", henc="Q",
  body="""Madame, Monsieur,

J'interviens en qualité de conseil de Monsieur Mehdi Benali, demeurant 4 avenue Jean-Jaurès, 13005 Marseille.

Mon client conteste l'exactitude des données le concernant figurant dans votre fichier. Dans l'attente de la vérification, il sollicite la limitation du traitement au titre de l'article 18 du RGPD, ainsi que la communication d'une copie de ces données (article 15).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Maître Anne-Sophie Rivière
Avocate au Barreau de Marseille
""")

M(L, "request", "withdraw_consent", "Geneviève Tremblay", "Boulangeries Laurentides inc.", None, "employer", "Québec; employer under title with 'inc.'",
  frm=("Geneviève Tremblay", "g.tremblay@boul-laurentides.example"), subj="Retrait de mon consentement",
  body="""Bonjour,

Je retire mon consentement à l'utilisation de mes renseignements personnels pour vos sondages et communications. Merci d'en prendre note.

Geneviève Tremblay
Directrice des finances
Boulangeries Laurentides inc.
Saint-Jérôme (Québec)
""")

M(L, "request", "portability", "Jean-Baptiste de La Fontaine-Morel", None, None, "names", "'Je m'appelle X.' sentence end; particle 'de La' kept",
  frm=("", "jbdlfm@sfr.example"), subj="Portabilité",
  body="""Bonjour, je m'appelle Jean-Baptiste de La Fontaine-Morel. Merci de m'envoyer mes données dans un format structuré et lisible par machine (article 20), je change de prestataire.

Cordialement
""")

M(L, "bulk", "", None, None, None, "not_request", "French newsletter mentions RGPD rights in footer",
  frm=("Le Mag du Marketing", "news@lemagmarketing.example"), subj="Le RGPD a 7 ans : ce qui change pour vos campagnes",
  hdrs={"List-Unsubscribe": "<https://lemagmarketing.example/desinscription?u=4f1a>", "Precedence": "bulk", "List-Id": "Le Mag <news.lemagmarketing.example>"},
  fmt="html", cte="quoted-printable", html="""<html><body><div style="max-width:600px;margin:auto;font-family:Verdana">
<h1>Le Mag du Marketing – n&deg;212</h1>
<p>Sept ans apr&egrave;s son entr&eacute;e en application, le RGPD continue de fa&ccedil;onner l'emailing. Consentement, droit d'opposition, preuve&nbsp;: notre dossier fait le point.</p>
<p><a href="https://lemagmarketing.example/dossier-rgpd">Lire le dossier</a></p>
<p style="font-size:10px">Vous recevez cet e-mail car vous &ecirc;tes inscrit &agrave; notre lettre. Conform&eacute;ment au RGPD, vous disposez d'un droit d'acc&egrave;s, de rectification et de suppression. <a href="https://lemagmarketing.example/desinscription?u=4f1a">Se d&eacute;sinscrire</a></p>
</div></body></html>
""")

M(L, "request", "objection", "Hélène Dubois-Ferrand", None, None, "negation", "'je ne demande pas la suppression' + opposition",
  frm=("Hélène Dubois-Ferrand", "helene.dubois.ferrand@wanadoo.example"), subj="Opposition à l'utilisation de mes données",
  body="""Bonjour,

Je précise d'emblée que je ne demande pas la suppression de mon compte, que j'utilise pour mon association. En revanche je m'oppose à ce que mes données soient utilisées pour du profilage publicitaire ou transmises à des partenaires.

Bien cordialement,
Hélène Dubois-Ferrand
""")

M(L, "request", "access portability rectification", "Laurent Vasseur", None, None, "multi_right", "three rights in prose, multipart/alternative",
  frm=("Laurent Vasseur", "laurent.vasseur@outlook.example"), subj="Mes données personnelles",
  fmt="alt", cte="base64",
  body="""Bonjour,

Je souhaiterais d'abord savoir quelles données vous conservez sur moi et en obtenir une copie. Ensuite, mon numéro de téléphone a changé : merci de le corriger (06 55 01 22 87). Enfin, j'aimerais récupérer mes données dans un fichier exportable pour les importer chez un autre fournisseur.

Merci d'avance,
Laurent Vasseur
""")

M(L, "auto_reply", "", "Sandrine Lefort", None, None, "not_request", "French out-of-office without Auto-Submitted header",
  frm=("Sandrine Lefort", "s.lefort@groupe-lefort.example"), subj="Réponse automatique : Absence du bureau",
  body="""Bonjour,

Je suis absente jusqu'au 2 septembre inclus. Pour toute demande urgente, merci de contacter Julien Morel (j.morel@groupe-lefort.example).

Cordialement,
Sandrine Lefort
""")

# ------------------------------------------------------------------ Dutch
L = "nl"
M(L, "request", "access", "Femke Jansen", None, None, "legal_anchor", "AVG artikel 15 inzageverzoek",
  frm=("Femke Jansen", "femke.jansen@ziggo.example"), subj="Inzageverzoek op grond van artikel 15 AVG",
  body="""Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u mij een kopie te verstrekken van alle persoonsgegevens die u van mij verwerkt.

Ik zie uw reactie graag binnen de wettelijke termijn van een maand tegemoet.

Met vriendelijke groet,
Femke Jansen
Utrecht
""")

M(L, "request", "erasure", "Wouter Peeters", None, None, "legal_anchor", "Flemish, art. 17 AVG/GDPR, 'recht op vergetelheid'",
  frm=("Wouter Peeters", "wouter.peeters@telenet.example"), subj="Verzoek tot gegevenswissing (art. 17 AVG)",
  cte="quoted-printable",
  body="""Beste,

Ik doe een beroep op mijn recht op vergetelheid (artikel 17 AVG) en vraag u alle gegevens over mij te wissen. Mijn account is al sinds vorig jaar niet meer actief.

Met vriendelijke groeten,
Wouter Peeters
Gent
""")

M(L, "request", "access erasure", "Sanne de Vries", None, None, "plain_words", "'wat weten jullie over mij' + 'haal me uit jullie bestand'",
  frm=("sanne", "sannedv@hotmail.example"), subj="wat weten jullie over mij",
  body="""hoi, wat weten jullie allemaal over mij? en daarna wil ik dat jullie me helemaal uit jullie bestand halen.
groetjes Sanne de Vries
""")

M(L, "request", "erasure", "Noah Bakker", None, "Marloes Bakker", "agent", "mother for 12-year-old son",
  frm=("Marloes Bakker", "marloes.bakker@kpnmail.example"), subj="Account van mijn zoon verwijderen",
  body="""Goedemiddag,

Mijn zoon Noah Bakker (12 jaar) heeft zonder mijn toestemming een account aangemaakt via een van uw klanten. Als ouder verzoek ik u zijn account en alle bijbehorende gegevens te verwijderen.

Met vriendelijke groet,
Marloes Bakker
(moeder van Noah)
""")

M(L, "request", "objection", "Rik Hendriks", "Van Dijk Installatietechniek B.V.", None, "employer", "'werkzaam bij ... B.V.' in body",
  frm=("Rik Hendriks", "r.hendriks@vandijk-installatie.example"), subj="Bezwaar tegen gebruik gegevens",
  body="""Goedendag,

Ik ben werkzaam bij Van Dijk Installatietechniek B.V. en sinds kort krijg ik op mijn zakelijke nummer telefoontjes van partijen die mijn gegevens uit uw CRM lijken te hebben. Ik maak bezwaar tegen het gebruik van mijn gegevens voor dit soort acquisitie.

Groet,
Rik Hendriks
""")

M(L, "request", "rectification", "Pieter van den Berg-de Wit", None, None, "names", "'Mijn naam is X.' particles van den / de kept",
  frm=("P. van den Berg", "pvdbergdewit@planet.example"), subj="Naam onjuist",
  body="""Goedemorgen. Mijn naam is Pieter van den Berg-de Wit. Graag wil ik dat u mijn achternaam in uw systeem corrigeert, want er staat nu alleen "Berg".

Dank u wel.
""")

M(L, "request", "access", "Eva Mulder", "Mulder Accountants B.V.", None, "form", "ticket system, Type verzoek: Inzage",
  frm=("Klantenservice", "noreply@desk.massistcrm.example"), reply_to=("Eva Mulder", "eva@mulderaccountants.example"),
  subj="Nieuw privacyverzoek #55102",
  body="""Er is een nieuw verzoek ingediend via het privacyformulier.

Naam: Eva Mulder
E-mail: eva@mulderaccountants.example
Bedrijf: Mulder Accountants B.V.
Type verzoek: Inzage in persoonsgegevens
Toelichting: Graag een overzicht van wat er over mij is opgeslagen.

-- Dit bericht is automatisch verzonden.
""")

M(L, "other", "", "Joost Verbeek", "Verbeek Hosting B.V.", None, "not_request", "vendor asks for verwerkersovereenkomst",
  frm=("Joost Verbeek", "joost@verbeekhosting.example"), subj="Verwerkersovereenkomst",
  body="""Hallo,

Voor onze audit hebben wij een getekende verwerkersovereenkomst nodig voor de koppeling tussen ons platform en uw CRM. Kunt u deze aanleveren, inclusief de lijst met subverwerkers?

Met vriendelijke groet,
Joost Verbeek
Verbeek Hosting B.V.
""")

M(L, "request", "access", "Lotte Smits", None, None, "access_items", "items enumerated in Dutch; bezwaar/klacht only as information items",
  frm=("Lotte Smits", "lotte.smits@xs4all.example"), subj="Verzoek om inzage",
  cte="quoted-printable",
  body="""Geachte functionaris gegevensbescherming,

Ik verzoek u om inzage in mijn persoonsgegevens. Graag ontvang ik:
- een kopie van de gegevens;
- de doeleinden van de verwerking;
- aan wie de gegevens zijn verstrekt;
- hoe lang de gegevens worden bewaard;
- waar u de gegevens vandaan heeft;
- of er sprake is van geautomatiseerde besluitvorming;
- informatie over mijn recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens.

Met vriendelijke groet,
Lotte Smits
""")
