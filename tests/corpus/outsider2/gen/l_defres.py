from mime import M

DE = [
M("de", "plain_words", "request", ["access"], "Jürgen Wessels", None, None, "Alltagssprache: was wissen Sie über mich",
  ("Jürgen Wessels", "j.wessels@t-post.example"), "Anfrage",
  """Guten Tag,

ich bekomme seit Wochen Anrufe von einer Firma, die angeblich Ihr Programm benutzt. Was haben Sie eigentlich alles über mich gespeichert und wer hat das bei Ihnen eingetragen?

Mit freundlichen Grüßen
Jürgen Wessels""", cs="iso-8859-1", cte="quoted-printable"),

M("de", "legal_anchor", "request", ["access", "portability"], "Katharina Brüggemann", None, None, "DSGVO Art. 15 und 20",
  ("Katharina Brüggemann", "k.brueggemann@freepost.example"), "Auskunftsersuchen gem. Art. 15 DSGVO",
  """Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Recht auf Auskunft nach Art. 15 DSGVO Gebrauch. Bitte stellen Sie mir zusätzlich die mich betreffenden Daten, die ich bereitgestellt habe, gemäß Art. 20 DSGVO in einem strukturierten, gängigen und maschinenlesbaren Format zur Verfügung.

Ich erwarte Ihre Antwort innerhalb der Frist des Art. 12 Abs. 3 DSGVO.

Mit freundlichen Grüßen
Katharina Brüggemann
Lindenstraße 7
04109 Leipzig""", cs="iso-8859-15", cte="8bit"),

M("de", "employer", "request", ["erasure"], "Tobias Reinhardt", "Kälte- und Klimatechnik Nord GmbH & Co. KG", None,
  "Arbeitgeber in Signatur mit GmbH & Co. KG",
  ("Reinhardt, Tobias", "t.reinhardt@kkt-nord.example"), "Löschung meiner Daten",
  """Hallo,

ich wechsle zum Monatsende das Unternehmen. Bitte löschen Sie meine persönlichen Daten (Handynummer, Foto, Notizen) aus Ihrem System, sobald mein Konto deaktiviert wurde.

Danke und Gruß

Tobias Reinhardt
Vertriebsleiter Nord
Kälte- und Klimatechnik Nord GmbH & Co. KG
Am Hafen 12 | 24103 Kiel
Tel. +49 431 555 2210
Sitz der Gesellschaft: Kiel, Amtsgericht Kiel HRA 5512""", shape="html", cs="windows-1252", cte="quoted-printable"),

M("de", "names", "request", ["rectification"], "Friederike von der Heydt", None, None,
  "Adelspartikel und Dr. med. im Namen",
  ("Dr. med. Friederike von der Heydt", "praxis.vdheydt@arztpost.example"), "Berichtigung Name",
  """Sehr geehrte Damen und Herren,

in Ihrem System bin ich als "Friederike Heydt" geführt. Korrekt ist: Dr. med. Friederike von der Heydt. Ich bitte um Berichtigung.

Freundliche Grüße
Dr. med. Friederike von der Heydt"""),

M("de", "agent", "request", ["access", "erasure"], "Lena Hoffmeister", None, "Matthias Brandl",
  "Rechtsanwalt für Mandantin",
  ("RA Matthias Brandl", "kanzlei@brandl-recht.example"), "Unsere Mandantin Frau Lena Hoffmeister – Art. 15, 17 DSGVO",
  """Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Frau Lena Hoffmeister mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat. Eine Vollmacht ist beigefügt.

Namens und im Auftrag unserer Mandantin machen wir den Auskunftsanspruch nach Art. 15 DSGVO geltend und verlangen im Anschluss die Löschung sämtlicher Daten nach Art. 17 DSGVO.

Wir haben uns hierfür eine Frist bis zum 30.10.2026 notiert.

Mit freundlichen Grüßen

Matthias Brandl
Rechtsanwalt
Kanzlei Brandl & Seidl Rechtsanwälte PartGmbB""", cs="iso-8859-1", cte="quoted-printable"),

M("de", "agent", "request", ["access"], "Sabine Krüger", "Elektro Lindner GmbH", "Petra Voß",
  "Personalabteilung leitet Anfrage inline weiter",
  ("Petra Voß", "personal@elektro-lindner.example"), "WG: Auskunft über meine Daten",
  """Sehr geehrte Damen und Herren,

anbei die Anfrage unserer Mitarbeiterin Frau Krüger, die ich zuständigkeitshalber an Sie weiterleite, da die Daten in Massist CRM liegen.

Viele Grüße
Petra Voß
Personalabteilung
Elektro Lindner GmbH

-----Ursprüngliche Nachricht-----
Von: Sabine Krüger <s.krueger@elektro-lindner.example>
Gesendet: Montag, 7. September 2026 08:14
An: Personal <personal@elektro-lindner.example>
Betreff: Auskunft über meine Daten

Hallo Petra,

ich hätte gern eine Kopie von allem, was im CRM über mich steht – Gesprächsnotizen, Bewertungen, alles.

Danke!
Sabine Krüger
Innendienst"""),

M("de", "form", "request", ["objection"], "Mehmet Yılmaz", "Yılmaz Logistik UG (haftungsbeschränkt)", None,
  "Kontaktformular-Robot mit Feldern",
  ("Kontaktformular", "formular@massistcrm-web.example"), "Neue Anfrage über das Datenschutzformular",
  """Folgende Anfrage wurde über das Formular gesendet:

Vorname: Mehmet
Nachname: Yılmaz
E-Mail: m.yilmaz@yilmaz-logistik.example
Firma: Yılmaz Logistik UG (haftungsbeschränkt)
Art der Anfrage: Widerspruch gegen Werbung
Nachricht: Bitte keine Newsletter und Werbeanrufe mehr.
Eingereicht von: Mehmet Yılmaz

--
Diese E-Mail wurde automatisch erzeugt.""", reply_to="m.yilmaz@yilmaz-logistik.example",
  hdrs={"Auto-Submitted": "auto-generated"}, cte="base64"),

M("de", "negation", "request", ["rectification"], "Ute Samstag", None, None,
  "kein Löschwunsch, nur Berichtigung",
  ("ute samstag", "ute.samstag@netzpost.example"), "Kein Löschantrag!",
  """Hallo,

bitte nicht falsch verstehen: ich möchte NICHT, dass mein Konto gelöscht wird. Es geht nur darum, dass meine E-Mail-Adresse falsch hinterlegt ist (samstag statt samstag.ute). Bitte korrigieren.

Ute Samstag"""),

M("de", "footer_rights", "request", ["erasure"], "Klaus Petersen", "Petersen Immobilien AG", None,
  "Löschung über Pflicht-Footer mit Betroffenenrechten",
  ("Klaus Petersen", "k.petersen@petersen-immo.example"), "Bitte Daten löschen",
  """Guten Tag,

bitte löschen Sie meinen Kontakt aus Ihrer Datenbank.

Gruß
Klaus Petersen
Vorstand
Petersen Immobilien AG

Datenschutzhinweis: Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie unter petersen-immo.example/datenschutz. Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Widerspruch und Datenübertragbarkeit sowie das Recht auf Beschwerde bei einer Aufsichtsbehörde.""",
  shape="alt", cs="iso-8859-1", cte="quoted-printable"),

M("de", "access_items", "request", ["access"], "Andreas Ebner", None, None, "Auskunft mit Einzelpunkten, österreichisch",
  ("Andreas Ebner", "a.ebner@postbox-at.example"), "Auskunft",
  """Sehr geehrte Damen und Herren!

Ich ersuche um Auskunft, ob Sie personenbezogene Daten von mir verarbeiten, und gegebenenfalls um:
a) die Verarbeitungszwecke,
b) die Empfänger, gegenüber denen die Daten offengelegt wurden,
c) die geplante Speicherdauer,
d) die Herkunft der Daten,
e) das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling,
f) eine Kopie der Daten.

Mit freundlichen Grüßen
Mag. Andreas Ebner
Graz"""),

M("de", "multi_right", "request", ["withdraw_consent", "erasure"], "Heike Brosowski", None, None,
  "Einwilligung widerrufen und löschen, schweizerisch ss",
  ("Heike Brosowski", "heike.b@bluewin-mail.example"), "Widerruf",
  """Grüezi

Ich widerrufe hiermit meine Einwilligung zur Verarbeitung meiner Daten und verlange die Löschung aller Angaben gemäss revDSG. Bitte bestätigen Sie mir das schriftlich.

Freundliche Grüsse
Heike Brosowski"""),

M("de", "not_request", "auto_reply", [], "Frank Albers", None, None, "Abwesenheitsnotiz",
  ("Frank Albers", "f.albers@albers-steuer.example"), "Abwesenheitsnotiz: Ihre Anfrage",
  """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 16.10. nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an sekretariat@albers-steuer.example.

Frank Albers""", hdrs={"Auto-Submitted": "auto-replied"}, cs="iso-8859-1", cte="quoted-printable"),

M("de", "not_request", "bounce", [], None, None, None, "Exchange-Unzustellbarkeit auf Deutsch",
  ("Microsoft Outlook", "postmaster@mail.hausverwaltung-ost.example"), "Unzustellbar: AW: Ihre Auskunft nach Art. 15",
  """Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:

r.lange@hausverwaltung-ost.example
Das Postfach des Empfängers ist voll, und es können derzeit keine Nachrichten angenommen werden. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.""",
  shape="report", received=False, report=dict(mta="mail.hausverwaltung-ost.example", rcpt="r.lange@hausverwaltung-ost.example",
  status="5.2.2", remote="mail.hausverwaltung-ost.example", diag="552 5.2.2 Mailbox full", osubj="AW: Ihre Auskunft nach Art. 15")),
]

FR = [
M("fr", "plain_words", "request", ["erasure"], "Josiane Marchal", None, None, "langage courant: enlevez-moi",
  ("Josiane Marchal", "josiane.marchal@orangemail.example"), "plus de mails svp",
  """Bonjour,

Je ne sais pas comment vous avez eu mon adresse mais je veux que vous m'enleviez de partout, je ne veux plus entendre parler de vous.

Josiane Marchal""", cs="iso-8859-15", cte="quoted-printable"),

M("fr", "legal_anchor", "request", ["access", "erasure"], "Benoît Lemaire", None, None, "RGPD art. 15 et 17, loi Informatique et Libertés",
  ("Benoît Lemaire", "b.lemaire@laposte-mail.example"), "Demande d'accès et d'effacement – articles 15 et 17 du RGPD",
  """Madame, Monsieur,

En application des articles 15 et 17 du Règlement général sur la protection des données (RGPD) et de la loi n° 78-17 du 6 janvier 1978 modifiée, je vous prie de bien vouloir me communiquer l'ensemble des données me concernant, puis de procéder à leur effacement.

Je vous rappelle que vous disposez d'un délai d'un mois pour répondre.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Benoît Lemaire
12, rue des Tanneurs
67000 Strasbourg""", cs="iso-8859-1", cte="quoted-printable"),

M("fr", "employer", "request", ["rectification"], "Nadia Haddouche", "Groupe Verlaine Assurances SAS", None,
  "employeur dans signature SAS",
  ("Nadia Haddouche", "n.haddouche@verlaine-assur.example"), "Correction de mes coordonnées",
  """Bonjour,

Mon numéro de poste et mon intitulé de fonction sont erronés dans votre outil. Merci de corriger : Responsable grands comptes, poste 4412.

Cordialement,

Nadia Haddouche
Responsable grands comptes
Groupe Verlaine Assurances SAS
92400 Courbevoie""", shape="html", cs="windows-1252", cte="quoted-printable"),

M("fr", "names", "request", ["access"], "Marie-Hélène de La Tour d'Auvergne", None, None, "particule longue, Maître non",
  ("DE LA TOUR D'AUVERGNE Marie-Hélène", "mh.delatour@webmail-fr.example"), "Mes données",
  """Bonjour,

Je souhaiterais obtenir une copie des informations vous concernant... pardon, me concernant, que votre société détient.

Bien à vous,
Marie-Hélène de La Tour d'Auvergne"""),

M("fr", "agent", "request", ["erasure"], "Théo Garnier", None, "Caroline Garnier", "mère pour son fils mineur",
  ("Caroline Garnier", "caro.garnier@freemail-fr.example"), "Données de mon fils",
  """Bonjour,

Mon fils Théo Garnier, 15 ans, a été inscrit dans votre logiciel par l'entreprise où il a fait son stage de 3e. Il reçoit maintenant des mails commerciaux. En tant que sa mère et représentante légale, je vous demande de supprimer toutes ses données.

Caroline Garnier"""),

M("fr", "legal_anchor", "request", ["nomination"], "Gérard Vasseur", None, None,
  "directives post mortem (art. 85 loi I&L): désignation d'une personne",
  ("Gérard Vasseur", "g.vasseur@wanadoo-mail.example"), "Directives relatives à mes données après mon décès",
  """Madame, Monsieur,

Conformément à l'article 85 de la loi Informatique et Libertés, je vous fais part de mes directives particulières relatives au sort de mes données après mon décès. Je désigne ma fille, Mme Claire Vasseur, pour exercer ces directives et mes droits auprès de vous.

Gérard Vasseur"""),

M("fr", "form", "request", ["access", "objection"], "Yannick Le Goff", "Breizh Marée SARL", None,
  "formulaire robot Typeform",
  ("Typeform", "notifications@typeform-mail.example"), "Nouvelle réponse : Exercer mes droits RGPD",
  """Nouvelle réponse reçue

Nom complet : Yannick Le Goff
Adresse e-mail : yannick@breizhmaree.example
Société : Breizh Marée SARL
Votre demande : Accès à mes données ; Opposition à la prospection
Précisions : je ne veux plus recevoir de relances commerciales.""",
  reply_to="yannick@breizhmaree.example", hdrs={"Auto-Submitted": "auto-generated"}, shape="alt", cte="base64"),

M("fr", "multi_right", "request", ["restriction", "objection"], "Aurélie Fontaine", None, None, "limitation et opposition",
  ("Aurélie Fontaine", "aurelie.fontaine@mailfr.example"), "Limitation du traitement",
  """Bonjour,

Je conteste l'exactitude des notes saisies à mon sujet. Pendant la vérification, je demande la limitation du traitement de mes données. Par ailleurs je m'oppose à leur utilisation à des fins de profilage commercial.

Aurélie Fontaine"""),

M("fr", "negation", "request", ["portability"], "Luc Beaulieu", "Solutions Beaulieu inc.", None,
  "Québec: pas de suppression, juste une copie portable",
  ("Luc Beaulieu", "luc@solutionsbeaulieu.example"), "Export de mes données",
  """Allô,

Je ne veux surtout pas que vous supprimiez mon compte, on s'en sert tous les jours chez Solutions Beaulieu inc. Je veux seulement recevoir mes données dans un format exportable (CSV) pour les transférer.

Merci!
Luc Beaulieu
Président, Solutions Beaulieu inc.
Sherbrooke (Québec)"""),

M("fr", "footer_rights", "request", ["objection"], "Sylvie Rongier", "Rongier Transports SA", None,
  "opposition au-dessus d'une mention RGPD",
  ("Sylvie Rongier", "s.rongier@rongier-transports.example"), "Démarchage",
  """Bonjour, merci de cesser tout démarchage commercial à mon égard. Cordialement.

Sylvie Rongier | Directrice administrative | Rongier Transports SA

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité de vos données. Pour l'exercer : rgpd@rongier-transports.example. Propulsé par MailSign."""),

M("fr", "access_items", "request", ["access"], "Karim Benali", None, None, "article 15 avec items (finalités, destinataires...)",
  ("Karim Benali", "karim.benali@courriel.example"), "Demande de droit d'accès",
  """Madame, Monsieur,

Je souhaite savoir :
- quelles données vous détenez sur moi,
- dans quel but,
- à qui elles ont été transmises,
- combien de temps vous les conservez,
- d'où vous les tenez,
- si une décision automatisée me concernant a été prise.

Merci d'avance,
Karim Benali"""),

M("fr", "not_request", "other", [], "Julien Aubry", "DataConform Conseil SARL", None, "prestataire proposant un audit RGPD",
  ("Julien Aubry", "j.aubry@dataconform.example"), "Votre conformité RGPD",
  """Bonjour,

Le droit d'accès, le droit à l'effacement, la portabilité... vos équipes sont-elles prêtes ? DataConform Conseil SARL accompagne les éditeurs SaaS dans leur mise en conformité. Seriez-vous disponible 20 minutes la semaine prochaine ?

Julien Aubry
DataConform Conseil SARL"""),

M("fr", "not_request", "auto_reply", [], "Isabelle Caron", None, None, "réponse automatique d'absence",
  ("Isabelle Caron", "i.caron@cabinet-caron.example"), "Réponse automatique : Votre demande RGPD",
  """Bonjour,

Je suis absente jusqu'au 2 novembre inclus. Pour toute urgence, merci de contacter le standard au 01 55 55 12 12.

Isabelle Caron""", hdrs={"Auto-Submitted": "auto-replied"}),
]

ES = [
M("es", "plain_words", "request", ["erasure"], "Paqui Romero", None, None, "lenguaje coloquial: bórrenme",
  ("Paqui Romero", "paquiromero63@correo.example"), "que me borren ya",
  """Hola buenas, no se quien les ha dado mi telefono pero me llaman a todas horas de una empresa que dice que usa su programa. Quiero que me borren de ahi y que no me llamen mas.

Paqui Romero""", cs="iso-8859-1", cte="8bit"),

M("es", "legal_anchor", "request", ["access"], "Ignacio Beltrán Ruiz", None, None, "RGPD art. 15 y LOPDGDD art. 13",
  ("Ignacio Beltrán Ruiz", "ibeltran@correo-es.example"), "Ejercicio del derecho de acceso",
  """Muy señores míos:

Por medio del presente escrito ejerzo el derecho de acceso previsto en el artículo 15 del Reglamento (UE) 2016/679 (RGPD) y en el artículo 13 de la Ley Orgánica 3/2018 (LOPDGDD), y solicito copia de todos mis datos personales objeto de tratamiento.

Adjunto copia de mi DNI.

Atentamente,
Ignacio Beltrán Ruiz
Valladolid"""),

M("es", "employer", "request", ["erasure"], "Montserrat Vidal", "Construcciones Vidal Hermanos, S.L.", None,
  "empleador en firma con S.L.",
  ("Montserrat Vidal", "m.vidal@vidalhermanos.example"), "Solicitud de supresión",
  """Buenos días:

Dejo la empresa el día 30. Les ruego supriman mis datos personales (móvil personal y foto) de su CRM.

Un saludo,

Montserrat Vidal
Jefa de Administración
Construcciones Vidal Hermanos, S.L.
C/ Mayor 15, 46001 Valencia""", shape="html", cs="windows-1252", cte="quoted-printable"),

M("es", "legal_anchor", "request", ["erasure", "objection"], "Guadalupe Treviño Salinas", None, None,
  "México: derechos ARCO, cancelación y oposición, LFPDPPP",
  ("Lupita Treviño", "lupita.trevino@correo-mx.example"), "Solicitud de derechos ARCO",
  """A quien corresponda:

Con fundamento en los artículos 22 y 28 de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, solicito la CANCELACIÓN de mis datos personales y ejerzo mi derecho de OPOSICIÓN a su tratamiento con fines publicitarios.

Titular: Guadalupe Treviño Salinas
Correo: lupita.trevino@correo-mx.example

Quedo en espera de su respuesta en el plazo de 20 días.

Saludos cordiales."""),

M("es", "us_wording", "request", ["opt_out_sale", "access"], "Rosa Elena Gutiérrez", None, None,
  "español EE.UU.: no vendan ni compartan; derecho a saber",
  ("Rosa Gutierrez", "rosaelena.g@usamail.example"), "No vendan mi información personal",
  """Hola,

Vivo en Los Ángeles, California. No vendan ni compartan mi información personal. También quiero ejercer mi derecho a saber qué información personal tienen sobre mí.

Gracias,
Rosa Elena Gutiérrez"""),

M("es", "us_wording", "request", ["limit_sensitive", "erasure"], "Héctor Alvarado", "Alvarado Landscaping LLC", None,
  "español EE.UU.: limitar información sensible + eliminar",
  ("Hector Alvarado", "hector@alvaradolandscaping.example"), "limitar uso de mi informacion sensible",
  """Buenas tardes. Les pido que limiten el uso de mi información personal confidencial (número de seguro social que alguien escribió en una nota) y que eliminen esa nota.

Héctor Alvarado
Alvarado Landscaping LLC
San Antonio, TX"""),

M("es", "names", "request", ["rectification"], "María José de los Santos Ybarra", None, None,
  "dos apellidos con partícula",
  ("SANTOS YBARRA, MARIA JOSE DE LOS", "mjsantos@correo.example"), "Rectificación de apellidos",
  """Hola:

Mis apellidos aparecen mal. Mi nombre completo es María José de los Santos Ybarra, no "María Santos". Por favor rectifíquenlo.

Gracias"""),

M("es", "agent", "request", ["access", "erasure"], "Andrés Pineda Ospina", None, "Valentina Cárdenas",
  "abogada colombiana en nombre de cliente (Ley 1581)",
  ("Valentina Cárdenas", "vcardenas@cardenasabogados.example"), "Reclamo en nombre de mi poderdante",
  """Señores Innthink Technologies:

Actuando como apoderada del señor Andrés Pineda Ospina, conforme al poder adjunto, y con base en la Ley 1581 de 2012, solicito conocer los datos personales de mi poderdante que reposan en sus bases de datos y su posterior supresión.

Cordialmente,

Valentina Cárdenas
Abogada – Cárdenas & Asociados"""),

M("es", "form", "request", ["access"], "Joaquín Sepúlveda", "Frutícola del Maule SpA", None,
  "formulario robot, Chile",
  ("Formulario web", "no-responder@massistcrm-web.example"), "Nueva solicitud de privacidad",
  """Se ha recibido una nueva solicitud:

Nombre: Joaquín Sepúlveda
Empresa: Frutícola del Maule SpA
Correo: jsepulveda@fruticolamaule.example
Tipo de solicitud: Acceso a mis datos
Comentario: Quiero ver qué información tiene el CRM de mí.""",
  reply_to="jsepulveda@fruticolamaule.example", hdrs={"Auto-Submitted": "auto-generated"}, cte="quoted-printable"),

M("es", "multi_right", "request", ["rectification", "portability", "withdraw_consent"], "Laia Ferrer", None, None,
  "varios derechos en lista con viñetas",
  ("Laia Ferrer", "laia.ferrer@correu.example"), "Varias peticiones",
  """Buenas,

Os escribo para:
• corregir mi dirección postal (ahora vivo en Girona);
• recibir una copia exportable de mis datos;
• retirar el consentimiento que di para recibir comunicaciones.

Gracias!
Laia Ferrer"""),

M("es", "negation", "request", ["access"], "Ramón Quintana", None, None, "no quiere darse de baja, solo ver",
  ("Ramón Quintana", "rquintana@correo.example"), "RE: Confirmación de baja",
  """No, no he pedido darme de baja, creo que hay un error. Lo que pedí es saber qué datos tienen de mí. Por favor, envíenme esa información.

Ramón Quintana

-----Mensaje original-----
De: Privacidad Massist <dpo@massistcrm.com>
Enviado el: martes, 8 de septiembre de 2026 10:02
Asunto: Confirmación de baja

Estimado Sr. Quintana: confirmamos que hemos procesado su solicitud de baja.""", cs="windows-1252", cte="quoted-printable"),

M("es", "footer_rights", "request", ["erasure"], "Elena Castaño", "Castaño Asesores, S.L.P.", None,
  "supresión encima de cláusula LOPD",
  ("Elena Castaño", "elena@castanoasesores.example"), "Baja",
  """Buenos días, por favor eliminen mis datos de su sistema. Gracias.

Elena Castaño
Castaño Asesores, S.L.P.

AVISO LEGAL: De conformidad con el RGPD y la LOPDGDD, le informamos de que puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación y portabilidad dirigiéndose a lopd@castanoasesores.example."""),

M("es", "not_request", "bulk", [], None, None, None, "boletín comercial que menciona el RGPD",
  ("Boletín LegalTech", "boletin@legaltech-news.example"), "Novedades: sanciones RGPD del trimestre",
  """BOLETÍN LEGALTECH – Octubre

Repasamos las sanciones más relevantes de la AEPD por no atender el derecho de acceso y el derecho de supresión.

Para darse de baja de este boletín pulse aquí: https://legaltech-news.example/baja""",
  shape="alt", hdrs={"List-Unsubscribe": "<mailto:baja@legaltech-news.example>", "Precedence": "bulk"}),

M("es", "not_request", "other", [], "Fernanda Ríos", None, None, "candidatura con consentimiento, México",
  ("Fernanda Ríos", "fer.rios@correo-mx.example"), "Postulación analista de privacidad",
  """Hola, equipo de reclutamiento:

Les comparto mi CV para la vacante de analista de privacidad. Doy mi consentimiento para que conserven mis datos durante el proceso de selección.

Saludos,
Fernanda Ríos"""),
]

MAILS = DE + FR + ES
