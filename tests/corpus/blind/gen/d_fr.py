from common import m

m('fr', 'plain_words', 'request', 'access', 'Mireille Fauchon', None, None,
  'langage courant : qu\'avez-vous sur moi',
  ('Mireille Fauchon', 'mireille.fauchon@orange-mail.example'), 'Mes infos',
  """Bonjour,

Je reçois des mails de relance d'une société que je ne connais pas et qui utilise votre logiciel. J'aimerais savoir ce que vous avez comme informations sur moi, et d'où elles viennent.

Merci d'avance
Mireille Fauchon
""", cs='iso-8859-15', cte='8bit', shape='plain')

m('fr', 'legal_anchor', 'request', 'erasure', 'Grégoire Lamotte', None, None,
  'RGPD art. 17 et loi Informatique et Libertés',
  ('Grégoire Lamotte', 'g.lamotte@free-mail.example'), 'Demande d\'effacement – article 17 du RGPD',
  """Madame, Monsieur,

En application de l'article 17 du Règlement général sur la protection des données (RGPD) et de la loi n° 78-17 du 6 janvier 1978 modifiée, je vous demande de procéder à l'effacement de l'ensemble des données personnelles me concernant.

Je vous remercie de me confirmer cet effacement dans le délai d'un mois prévu à l'article 12 du RGPD.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Grégoire Lamotte
14 rue des Tanneurs
67000 Strasbourg
""", shape='alt', style='outlook')

m('fr', 'employer', 'request', 'rectification', 'Nadia Belkacem', 'Transports Rivollier SAS', None,
  'employeur en signature sous la fonction, SAS',
  ('Nadia BELKACEM', 'n.belkacem@rivollier-transports.example'), 'Correction de mes coordonnées',
  """Bonjour,

Mon numéro de portable est erroné dans votre CRM (il manque un chiffre). Le bon numéro est le 06 00 00 41 27. Pouvez-vous faire la correction ?

Bien cordialement,

Nadia Belkacem
Responsable exploitation
Transports Rivollier SAS
ZI des Gravières – 42000 Saint-Étienne
""")

m('fr', 'names', 'request', 'access', 'Anne-Sophie de La Tour d\'Auvergne', None, None,
  'particule de La, nom composé, « Maître » absent',
  ('anne-sophie de la tour d\'auvergne', 'asdltda@laposte-mail.example'), 'demande d\'accès',
  """Madame, Monsieur,

Je souhaite obtenir une copie des données personnelles que vous détenez à mon sujet (article 15 du RGPD).

Cordialement,
Anne-Sophie de La Tour d'Auvergne
""")

m('fr', 'agent', 'request', 'access erasure', 'Jean-Baptiste Oyono', None, 'Claire Desmarais',
  'avocate pour son client, Maître à retirer',
  ('Maître Claire Desmarais', 'c.desmarais@desmarais-avocats.example'), 'M. Jean-Baptiste Oyono – droits RGPD',
  """Madame, Monsieur,

Je suis le conseil de M. Jean-Baptiste Oyono, qui m'a mandatée pour exercer en son nom les droits que lui confère le RGPD.

Je vous prie en conséquence :
– de me communiquer une copie de l'ensemble des données le concernant (article 15) ;
– puis de procéder à leur effacement (article 17).

Vous trouverez ci-joint le pouvoir signé par mon client.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Maître Claire Desmarais
Avocate au Barreau de Lyon
""")

m('fr', 'form', 'request', 'erasure', 'Olivier Chanteloup', 'Boulangeries Chanteloup SARL', None,
  'formulaire web avec champs, adresse noreply',
  ('Formulaire Massist', 'no-reply@forms.massistcrm.example'), 'Nouvelle demande RGPD (formulaire)',
  """Nouvelle demande reçue depuis le formulaire « Vos droits »

Nom : Chanteloup
Prénom : Olivier
Nom complet : Olivier Chanteloup
Société : Boulangeries Chanteloup SARL
E-mail : olivier@chanteloup-boulangeries.example
Type de demande : Suppression de mes données
Message : Merci de supprimer mon compte et toutes les données associées.

Propulsé par FormFlow
""", hdr=[('Reply-To', 'olivier@chanteloup-boulangeries.example'), ('Auto-Submitted', 'auto-generated')], shape='plain', cs='utf-8', cte='quoted-printable')

m('fr', 'multi_right', 'request', 'access objection portability', 'Étienne Vauquelin', None, None,
  'plusieurs droits en prose',
  ('Étienne Vauquelin', 'etienne.vauquelin@numericable-mail.example'), 'Exercice de mes droits',
  """Bonjour,

Je souhaiterais d'une part recevoir une copie de mes données, et d'autre part récupérer sous un format réutilisable les fiches contacts que j'ai saisies moi-même. Enfin, je m'oppose à toute utilisation de mes données à des fins de prospection commerciale.

Bien à vous,
Étienne Vauquelin
""", cs='iso-8859-1')

m('fr', 'negation', 'request', 'objection', 'Sandrine Poulain', None, None,
  'ne veut pas la suppression du compte, seulement arrêter la prospection; cp1252 étiqueté iso-8859-1',
  ('Sandrine Poulain', 'sandrine.poulain@sfr-mail.example'), 'Arrêt de la pub',
  """Bonjour,

Je ne demande pas la suppression de mon compte, j’en ai besoin pour le travail. Par contre je ne veux plus recevoir vos offres commerciales ni vos “webinaires”… Merci de me retirer de vos listes de prospection.

Sandrine Poulain
""", cs='mis:iso-8859-1:windows-1252', cte='8bit')

m('fr', 'footer_rights', 'request', 'access', 'Benoît Lacroix', 'Mutuelle Atlantique', None,
  'demande d\'accès au-dessus d\'un pied de page listant les droits',
  ('Benoît Lacroix', 'benoit.lacroix@mutuelle-atlantique.example'), 'Accès à mes données',
  """Bonjour,

Pourriez-vous m'envoyer une copie des données me concernant stockées dans votre outil ?

Cordialement,
Benoît Lacroix
Chargé de clientèle – Mutuelle Atlantique

Ce message et ses pièces jointes sont confidentiels. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, que vous pouvez exercer auprès de dpo@mutuelle-atlantique.example. Vous pouvez également introduire une réclamation auprès de la CNIL.
""", shape='html', style='outlook')

m('fr', 'access_items', 'request', 'access', 'Hélène Marchetti', None, None,
  'article 15 : finalités, destinataires, durée, source, décision automatisée',
  ('Hélène Marchetti', 'h.marchetti@wanadoo-mail.example'), 'Droit d\'accès – art. 15 RGPD',
  """Madame, Monsieur,

Sur le fondement de l'article 15 du RGPD, je vous demande de m'indiquer :
1) si des données me concernant sont traitées ;
2) les finalités de ces traitements ;
3) les destinataires auxquels elles ont été communiquées, y compris hors Union européenne ;
4) leur durée de conservation ;
5) leur origine ;
6) l'existence éventuelle d'une prise de décision automatisée et la logique sous-jacente.

Je vous remercie de joindre une copie de ces données.

Hélène Marchetti
""")

m('fr', 'names', 'request', 'nomination', 'Yves Le Goff', None, None,
  'directives post mortem (art. 85 loi I&L), désigne une personne',
  ('LE GOFF Yves', 'yves.legoff29@bretagne-mail.example'), 'Directives relatives à mes données après mon décès',
  """Madame, Monsieur,

Conformément à l'article 85 de la loi Informatique et Libertés, je souhaite vous faire part de mes directives particulières concernant le sort de mes données après mon décès.

Je désigne ma fille, Gaëlle Le Goff, domiciliée à Quimper, pour exercer mes droits et veiller à l'effacement de mes données le moment venu.

Je vous prie de bien vouloir enregistrer ces directives.

Yves Le Goff
""")

m('fr', 'employer', 'request', 'access', 'Luc Favre', 'Horlogerie Jurassienne SA', None,
  'Suisse, LPD art. 25, employeur SA dans le texte',
  ('Luc Favre', 'luc.favre@bluewin-mail.example'), 'Demande de renseignements (LPD)',
  """Bonjour,

Je travaille chez Horlogerie Jurassienne SA, qui utilise votre CRM. Je vous prie, en vertu de l'art. 25 de la nouvelle loi fédérale sur la protection des données (LPD), de m'indiquer quelles données me concernant vous traitez.

Meilleures salutations
Luc Favre
""")

m('fr', 'agent', 'request', 'erasure', 'Inès Rahmani', None, 'Karim Rahmani',
  'parent pour sa fille mineure',
  ('Karim Rahmani', 'karim.rahmani@free-mail.example'), 'Données de ma fille mineure',
  """Bonjour,

Ma fille Inès Rahmani, 15 ans, a fait un stage de 3e dans une entreprise cliente chez vous, et ses coordonnées ont été enregistrées dans votre logiciel. En tant que père et représentant légal, je vous demande de supprimer ses données.

Cordialement,
Karim Rahmani
""")

m('fr', 'not_request', 'auto_reply', '', 'Agnès Perrault', None, None,
  'réponse automatique d\'absence',
  ('Agnès Perrault', 'agnes.perrault@groupe-lerouge.example'), 'Réponse automatique : Votre demande DSR-3019',
  """Bonjour,

Je suis absente du bureau jusqu'au 6 avril inclus. Pour toute urgence, merci de contacter le service juridique au 01 00 00 12 34.

Cordialement,
Agnès Perrault
""", hdr=[('Auto-Submitted', 'auto-replied')], shape='alt', style='outlook')

m('fr', 'not_request', 'bulk', '', None, None, None,
  'lettre d\'information qui parle du RGPD',
  ('La Lettre Conformité', 'info@lettre-conformite.example'), 'Newsletter n°48 – RGPD : les sanctions CNIL du trimestre',
  """La Lettre Conformité – n°48

Au sommaire :
• Les sanctions de la CNIL du trimestre
• Droit d'accès : ce que dit la CJUE
• Modèle de registre des traitements à télécharger

Vous recevez cet e-mail car vous êtes inscrit à notre lettre d'information. Pour vous désinscrire, cliquez ici : https://lettre-conformite.example/desinscription
""", hdr=[('List-Unsubscribe', '<mailto:unsubscribe@lettre-conformite.example>'), ('Precedence', 'bulk')], shape='html', style='web')

m('fr', 'not_request', 'other', '', 'Thibault Roussel', None, None,
  'question générale sur l\'hébergement des données',
  ('Thibault Roussel', 'thibault.roussel@proton-mail.example'), 'Où sont hébergées les données ?',
  """Bonjour,

Nous envisageons d'utiliser Massist CRM dans notre association. Pourriez-vous me dire où sont hébergées les données (UE ?) et si vous avez un DPA ?

Merci,
Thibault Roussel
""")

m('fr', 'legal_anchor', 'request', 'access rectification', 'Marie-Ève Tremblay', 'Groupe Boréal inc.', None,
  'Québec, Loi 25, art. 27 et 28 de la loi sur le privé',
  ('Marie-Ève Tremblay', 'me.tremblay@groupeboreal.example'), 'Demande d\'accès et de rectification – Loi 25',
  """Bonjour,

En vertu des articles 27 et 28 de la Loi sur la protection des renseignements personnels dans le secteur privé (telle que modifiée par la Loi 25), je demande l'accès aux renseignements personnels me concernant et la rectification de mon adresse courriel, qui est erronée.

Merci de votre collaboration.

Marie-Ève Tremblay
Conseillère principale, Ressources humaines
Groupe Boréal inc.
""")

m('fr', 'plain_words', 'request', 'erasure', 'Jojo', None, None,
  'très familier, prénom seulement, fautes',
  ('jojo', 'jojo.du.38@hotmail-mail.example'), 'arretez',
  """bonjour svp enlevez moi de vos fichier jai rien demander et je veux plus que vous ayez mes donnees. effacez tout

jojo
""", cs='us-ascii', cte='7bit')

m('fr', 'multi_right', 'request', 'withdraw_consent erasure grievance', 'Françoise Ndiaye', None, None,
  'réclamation interne, retrait du consentement, effacement',
  ('Françoise Ndiaye', 'f.ndiaye@mailsenegal.example'), 'RÉCLAMATION – retrait de mon consentement',
  """Madame, Monsieur,

Je vous adresse par la présente une réclamation formelle. Malgré ma demande du 2 février, je continue de recevoir des enquêtes de satisfaction.

Je retire mon consentement à tout traitement fondé sur celui-ci et je vous demande d'effacer mes données. Je me réserve le droit de saisir la CNIL.

Françoise Ndiaye
""", shape='alt')
