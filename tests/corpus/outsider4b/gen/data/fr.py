from . import M, BULK, DPO, fake_pdf

MAILS = [
M("legal_anchor", "request", ["nomination"], "Geneviève Lemaire-Duval", None, None,
  "Post-mortem directives under art. 85 loi Informatique et Libertés naming her daughter (nomination)",
  ("Geneviève Lemaire-Duval", "g.lemaireduval@orange-mail.example"),
  "Directives relatives à mes données après mon décès",
  """
Madame, Monsieur,

Conformément à l'article 85 de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, je souhaite vous communiquer mes directives particulières concernant la conservation, l'effacement et la communication de mes données à caractère personnel après mon décès.

Je désigne ma fille, Mme Claire Lemaire, demeurant 14 rue des Tanneurs, 69002 Lyon (claire.lemaire@exemple-mail.example), pour exécuter ces directives et demander en mon nom la suppression de l'ensemble de mes données vous concernant.

Je vous remercie de bien vouloir accuser réception de ces directives et de les enregistrer.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Geneviève Lemaire-Duval
8, allée des Tilleuls
69130 Écully
""", cs="iso-8859-15", cte="quoted-printable"),

M("plain_words", "request", ["access"], "Mathieu Tremblay", None, None,
  "Québécois colloquial, no legal terms, wants to know what they have",
  ("Mathieu Tremblay", "mat.tremblay@videotron-mail.example"),
  "c quoi que vous avez sur moi",
  """
Bonjour,

J'ai reçu un appel d'un vendeur qui avait mon nom, mon numéro de cell pis même le nom de ma blonde. Il m'a dit que ça venait de « votre système ». J'veux savoir c'que vous avez exactement sur moi pis d'où ça vient.

Merci d'avance
Mathieu Tremblay
Trois-Rivières
""", cs="utf-8", cte="8bit"),

M("multi_right", "request", ["erasure", "objection", "withdraw_consent"], "Nadia Benali", None, None,
  "Numbered list: withdraw consent, object to prospecting, erase",
  ("Nadia Benali", "nadia.benali@free-boite.example"),
  "Retrait de consentement + opposition + effacement",
  """
Bonjour,

Je vous écris au sujet des données me concernant que vous traitez depuis un salon professionnel de 2023.

1) Je retire mon consentement à recevoir vos communications, quel que soit le canal.
2) Je m'oppose à toute utilisation de mes coordonnées à des fins de prospection commerciale.
3) Une fois ces points pris en compte, merci d'effacer l'ensemble de mes données de vos fichiers (art. 17 du RGPD).

Merci de me confirmer la prise en compte par retour de mail.

Cordialement,
Nadia Benali
""", shape="alt", cs="utf-8", cte="base64"),

M("agent", "request", ["access", "rectification"], "Jean-Baptiste N'Diaye", "Société Brestoise de Manutention SARL",
  "Hélène Cazaux-Mirande",
  "Avocate writes for client (Maître dropped); access + rectification; client's employer stated; PDF mandate attached",
  ("Cabinet Cazaux-Mirande Avocats", "contact@cazaux-avocats.example"),
  "V/Réf. néant - N/Réf. 2025-0142 - M. N'Diaye / Innthink Technologies",
  """
Madame, Monsieur,

J'interviens en qualité de conseil de Monsieur Jean-Baptiste N'Diaye, salarié de la Société Brestoise de Manutention SARL, laquelle utilise votre logiciel Massist CRM.

Mon client a constaté que des informations inexactes le concernant (notamment une mention d'« avertissement disciplinaire » qui n'a jamais été notifiée) figurent dans la fiche contact accessible à plusieurs équipes.

Au nom de mon client, je vous demande :
- la communication de l'intégralité des données le concernant, en application de l'article 15 du RGPD ;
- la rectification sans délai de la mention inexacte précitée (article 16 du RGPD).

Vous trouverez ci-joint le pouvoir signé par mon client.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Maître Hélène Cazaux-Mirande
Avocate au Barreau de Rennes
Cabinet Cazaux-Mirande Avocats
12, quai Duguay-Trouin, 35000 Rennes
""", shape="att", cs="windows-1252", cte="quoted-printable",
  att=("pouvoir_NDiaye.pdf", "application/pdf", fake_pdf("Pouvoir"))),

M("negation", "request", ["objection"], "Sébastien Morel", "Transports Gaillard SAS", None,
  "Explicitly does NOT want account deleted; objects to use of his photo; employer in text; cp1252 quotes labelled iso-8859-1",
  ("Sebastien Morel", "s.morel@transports-gaillard.example"),
  "Ma photo dans votre CRM",
  """
Bonjour,

Je travaille chez Transports Gaillard SAS, qui utilise Massist CRM. Je ne veux surtout pas que mon compte soit supprimé, j’en ai besoin pour bosser.

Par contre je m’oppose à ce que ma photo soit affichée sur ma fiche et envoyée automatiquement aux clients dans les signatures de mails. Personne ne m'a demandé mon avis.

Merci de faire le nécessaire.

Sébastien Morel
Affréteur
""", shape="html", style="gmail", cs="windows-1252", label="iso-8859-1", cte="8bit"),

M("not_request", "other", [], "Inès Fournier", None, None,
  "Unsolicited job application mentioning consent to keep her CV",
  ("Inès Fournier", "ines.fournier.pro@boitemail.example"),
  "Candidature spontanée - Juriste protection des données",
  """
Madame, Monsieur,

Titulaire d'un Master 2 en droit du numérique et forte d'une première expérience de deux ans en cabinet, je me permets de vous adresser ma candidature spontanée pour un poste de juriste protection des données au sein d'Innthink Technologies.

Vous trouverez mon CV ci-dessous. J'autorise votre service RH à conserver ma candidature pendant deux ans en vue d'opportunités futures.

Je reste à votre disposition pour un entretien.

Bien cordialement,
Inès Fournier
06 55 50 12 34
""", cs="utf-8", cte="quoted-printable"),

M("not_request", "bulk", [], None, None, None,
  "French legal newsletter mentioning RGPD and rights; no request",
  ("La Lettre Données & Droit", "lettre@donnees-droit.example"),
  "La Lettre n°87 : sanctions RGPD, droit d'accès et cookies",
  """
La Lettre Données & Droit - n°87

À LA UNE
La CNIL rappelle que le droit d'accès (article 15 du RGPD) permet d'obtenir copie des données, y compris les échanges internes. Trois décisions récentes détaillent le délai d'un mois.

EN BREF
- Cookies : nouvelles recommandations sur les bannières
- Droit à l'effacement : la Cour de cassation précise la notion de motif légitime
- Agenda : matinée « Sous-traitants et article 28 » le 12 juin à Paris

Vous recevez cette lettre car vous êtes abonné(e). Pour vous désabonner : https://donnees-droit.example/desabo?u=55102
Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'opposition : dpo@donnees-droit.example
""", shape="alt", style="outlook", cs="utf-8", cte="quoted-printable",
  headers=BULK("<lettre.donnees-droit.example>", "https://donnees-droit.example/desabo?u=55102")),
]
