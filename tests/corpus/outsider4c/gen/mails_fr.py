from spec import M

L = "fr"

# 1
M(L, "request", "plain_words", ["objection"], "Nadia Bensaïd", None, None,
  "langage courant, ras-le-bol : 'retirez-moi de vos listes' = opposition à la prospection",
  ("Nadia Bensaïd", "nadia.bensaid@courriel.example"), "arrêtez vos mails svp",
  """Bonjour,

Ça fait trois fois cette semaine que je reçois vos « offres » Massist alors que je ne vous ai jamais rien demandé. Retirez-moi de vos listes et arrêtez de m'écrire, merci.

Nadia Bensaïd

Envoyé de mon iPhone
""", charset="utf-8", cte="quoted-printable",
  headers=[("X-Mailer", "iPhone Mail (21F90)")])

# 2
M(L, "request", "legal_anchor", ["nomination"], "Bernard Lefèvre-Dumas", None, None,
  "directives post mortem (art. 85 loi Informatique et Libertés) désignant son fils = nomination",
  ("Bernard Lefèvre-Dumas", "b.lefevre-dumas@orange-like.example"),
  "Directives particulières relatives à mes données après mon décès",
  """Madame, Monsieur,

Conformément à l'article 85 de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, je vous adresse les directives particulières suivantes concernant le sort de mes données à caractère personnel après mon décès.

Je désigne mon fils, M. Olivier Lefèvre-Dumas, demeurant 12 rue des Tanneurs, 67000 Strasbourg, pour exercer en mon nom, après mon décès, les droits que je tiens du RGPD à l'égard des données traitées dans Massist CRM, et notamment pour en demander la suppression.

Je vous remercie de bien vouloir enregistrer ces directives et de m'en accuser réception.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernard Lefèvre-Dumas
""", charset="iso-8859-15", cte="quoted-printable")

# 3
M(L, "request", "employer", ["rectification"], "Amandine de la Roche", "Groupe Vauban Immobilier SAS", None,
  "particule 'de la' ; employeur dans la signature sous le titre ; rectification",
  ("Amandine DE LA ROCHE", "a.delaroche@vauban-immo.example"), "Correction de mes coordonnées dans Massist",
  """Bonjour,

Mon numéro de portable professionnel et mon intitulé de poste sont erronés dans Massist CRM : il s'agit du 06 00 00 41 27 (et non plus du 06 00 00 12 90) et je suis désormais « Responsable des partenariats ». Nos clients reçoivent des devis avec les anciennes informations.

Pourriez-vous faire la correction ?

Bien cordialement,

Amandine de la Roche
Responsable des partenariats
Groupe Vauban Immobilier SAS
8, quai de la Fosse – 44000 Nantes
""", shape="alt", html_style="outlook", order="outlook", accept_lang="fr-FR, en-US", content_lang="fr-FR",
  charset="windows-1252", cte="quoted-printable")

# 4
M(L, "request", "agent", ["access", "objection"], "Karim Haddad", "Menuiseries du Rhône SA", "Claire Aubertin",
  "avocate pour son client ; 'Maître' retiré ; cabinet n'est pas l'employeur",
  ("Maître Claire Aubertin", "c.aubertin@aubertin-avocats.example"),
  "V/Réf. : néant – N/Réf. : HADDAD c/ Innthink – Droits RGPD",
  """Madame, Monsieur,

J'ai l'honneur de vous informer que j'interviens dans l'intérêt de Monsieur Karim Haddad, salarié de la société Menuiseries du Rhône SA, laquelle utilise votre solution Massist CRM.

Agissant au nom et pour le compte de mon client, et sur le fondement des articles 15 et 21 du Règlement (UE) 2016/679, je vous prie de bien vouloir :

– communiquer à mon client l'ensemble des données à caractère personnel le concernant que vous traitez, ainsi qu'une copie de celles-ci ;
– prendre acte de son opposition au traitement de ses données aux fins d'évaluation de la « performance commerciale », traitement qu'il n'a jamais accepté.

Je vous remercie d'adresser votre réponse à mon cabinet. Vous trouverez ci-joint le pouvoir signé par mon client.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Aubertin
Avocate au Barreau de Lyon
Aubertin Avocats – SELARL
""", shape="html", html_style="outlook", order="outlook", accept_lang="fr-FR", content_lang="fr-FR",
  charset="utf-8", cte="quoted-printable")

# 5
M(L, "request", "agent", ["erasure"], "Élodie Marchetti", "Clinique Saint-Jean SAS", "Sophie Garnier",
  "RH transfère en ligne (TR :) la demande d'une salariée",
  ("Garnier Sophie", "s.garnier@clinique-stjean.example"), "TR: Suppression de mes données – É. Marchetti",
  """Bonjour,

Je vous transfère ci-dessous la demande de notre salariée Élodie Marchetti (service accueil). Pouvez-vous la traiter directement et nous tenir informés ?

Cordialement,
Sophie Garnier
Chargée RH – Clinique Saint-Jean SAS

De : Élodie Marchetti <e.marchetti@clinique-stjean.example>
Envoyé : lundi 22 avril 2024 08:51
À : RH Clinique Saint-Jean <rh@clinique-stjean.example>
Objet : Suppression de mes données

Bonjour Sophie,

Mon ancien numéro personnel et mon adresse perso sont encore dans Massist alors que je ne suis plus au service commercial. Je souhaite qu'ils soient supprimés, je ne veux plus que des patients ou des fournisseurs puissent m'appeler chez moi.

Merci !
Élodie
""", charset="windows-1252", cte="quoted-printable", order="outlook", accept_lang="fr-FR", content_lang="fr-FR")

# 6
M(L, "request", "legal_anchor", ["access", "rectification"], "Jean-François Tremblay", "Pétroles Laurentides inc.", None,
  "français du Québec, Loi sur la protection des renseignements personnels dans le secteur privé art. 27 et 28",
  ("Jean-François Tremblay", "jf.tremblay@petroles-laurentides.example"),
  "Demande d'accès et de rectification – renseignements personnels",
  """Bonjour,

En vertu des articles 27 et 28 de la Loi sur la protection des renseignements personnels dans le secteur privé (RLRQ, c. P-39.1), je désire :

1) obtenir la communication des renseignements personnels que vous détenez à mon sujet dans Massist CRM;
2) faire rectifier mon adresse de courriel et mon numéro de cellulaire, qui ne sont plus à jour.

Mes coordonnées actuelles : jf.tremblay@petroles-laurentides.example, 418 555-0176.

Merci à l'avance,

Jean-François Tremblay
Directeur des ventes, région de Québec
Pétroles Laurentides inc.
""", charset="utf-8", cte="8bit")

# 7
M(L, "request", "negation", ["objection"], "Sébastien Van den Bossche", None, None,
  "belge ; pas de suppression demandée, copie déjà reçue (droit rapporté) ; seule l'opposition au profilage compte",
  ("Sébastien Van den Bossche", "seb.vdbossche@skynet-like.example"), "Profilage - opposition",
  """Bonjour,

Merci pour la copie de mes données reçue le mois passé. En la lisant, j'ai constaté que vous me classez dans un « segment » de prospects à partir de mon activité.

Je ne demande pas la suppression de mon compte, dont j'ai encore besoin. Par contre, je m'oppose à ce profilage et je vous demande d'arrêter de m'inclure dans ces segments.

Bien à vous,
Sébastien Van den Bossche
Namur
""", charset="iso-8859-1", cte="quoted-printable")

# 8
M(L, "request", "plain_words", ["automated_decision"], "Yasmine Ould-Ahmed", None, None,
  "décision automatisée (score) contestée avec demande de réexamen humain, sans jargon",
  ("yasmine ould-ahmed", "yasmine.oa@boitemail.example"), "refus automatique ??",
  """Bonjour,

J'ai voulu souscrire l'offre Pro chez un de vos clients et on m'a dit que « le système » avait refusé mon dossier à cause d'un score de risque calculé par Massist. Personne n'a regardé mon dossier !

Je veux qu'un être humain réexamine ma demande, et pas seulement votre logiciel.

Yasmine Ould-Ahmed
""", charset="utf-8", cte="quoted-printable")

# 9
M(L, "auto_reply", "not_request", [], "Laurence Petit", None, None,
  "réponse automatique Outlook, absente signée",
  ("Laurence Petit", "l.petit@assurances-loire.example"), "Réponse automatique : Votre demande DPO-24-1207",
  """Bonjour,

Je suis absente du bureau jusqu'au 2 septembre inclus. Je prendrai connaissance de votre message à mon retour.

Pour toute urgence, merci de contacter le standard au 02 00 00 00 00.

Cordialement,
Laurence Petit
""", shape="html", html_style="outlook", order="outlook", accept_lang="fr-FR", content_lang="fr-FR",
  charset="iso-8859-1", cte="quoted-printable",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 10
M(L, "bounce", "not_request", [], None, None, None,
  "NDR Exchange en français, multipart/report avec message d'origine",
  ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@groupe-armand.example"),
  "Non remis : Votre demande de suppression",
  """Impossible de remettre votre message à f.armand@groupe-armand.example.

f.armand est introuvable sur groupe-armand.example.

Action requise : destinataire
Adresse À inconnue

Comment résoudre ce problème
L'adresse est peut-être mal orthographiée ou n'existe pas. Essayez les solutions suivantes :
- Retapez l'adresse du destinataire, puis renvoyez le message.

Informations de diagnostic pour les administrateurs :
Serveur de génération : PR1P264MB0002.FRAP264.PROD.OUTLOOK.EXAMPLE
f.armand@groupe-armand.example
Le serveur distant a retourné '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", shape="dsn", charset="utf-8", cte="base64",
  dsn=dict(mta="PR1P264MB0002.FRAP264.PROD.OUTLOOK.EXAMPLE", rcpt="f.armand@groupe-armand.example",
           status="5.1.10", human_html=True, orig_mode="full",
           diag="smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
           orig=dict(frm=("Délégué à la protection des données", "dpo@massistcrm.com"),
                     to="f.armand@groupe-armand.example", subj="Votre demande de suppression", lang="fr",
                     charset="utf-8", cte="quoted-printable",
                     body="Bonjour Monsieur Armand,\n\nNous accusons réception de votre demande.\n")))

# 11
M(L, "bulk", "not_request", [], None, None, None,
  "lettre d'information parlant de RGPD et de droits, désinscription",
  ("La Lettre Conformité", "newsletter@lettre-conformite.example"),
  "La Lettre Conformité n°48 – Droit d'accès : ce que change la jurisprudence",
  """LA LETTRE CONFORMITÉ – n°48

À la une
• Droit d'accès (article 15 du RGPD) : la CJUE précise la notion de « copie »
• Sanctions : retour sur les amendes prononcées ce trimestre
• Fiche pratique : répondre à une demande d'effacement en moins de 30 jours

Agenda : matinale « DPO et IA générative », jeudi 14 novembre, Paris 8e.

Vous recevez cette lettre car vous êtes inscrit(e) à La Lettre Conformité.
Se désinscrire : https://lettre-conformite.example/desinscription
Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'opposition.
""", shape="alt", html_style="web", charset="utf-8", cte="quoted-printable",
  headers=[("List-Unsubscribe", "<https://lettre-conformite.example/desinscription?id=99812>"), ("Precedence", "bulk")])

# 12
M(L, "other", "not_request", [], "Mathilde Rousseau", "Armor Santé SA", None,
  "question générale d'une DPO cliente sur les transferts hors UE – ne demande rien sur ses propres données",
  ("Mathilde Rousseau", "dpo@armor-sante.example"), "Question – transferts hors UE et sous-traitants",
  """Bonjour,

Je suis DPO d'Armor Santé SA, cliente de Massist CRM. Dans le cadre de la mise à jour de notre registre, pourriez-vous me confirmer si des données sont transférées hors de l'Union européenne (support, hébergement, outils d'IA) et, le cas échéant, sur quelle base (clauses contractuelles types, DPF) ?

Je vous remercie par avance.

Mathilde Rousseau
Déléguée à la protection des données
Armor Santé SA
""", charset="utf-8", cte="quoted-printable")

# 13
M(L, "other", "not_request", [], "Gilles Moreau", None, None,
  "simple remerciement après une suppression confirmée (droit déjà exercé, rapporté)",
  ("Gilles Moreau", "gilles.moreau@laposte-like.example"), "Re: Confirmation de suppression de vos données",
  """Merci beaucoup pour la confirmation, c'est parfait.

Bonne journée,
Gilles Moreau

Le 5 mars 2024 à 11:20, Délégué à la protection des données <dpo@massistcrm.com> a écrit :
> Monsieur,
> Nous vous confirmons que vos données ont été supprimées de Massist CRM
> conformément à votre demande du 20 février.
> Cordialement,
> Le DPO d'Innthink Technologies
""", charset="utf-8", cte="8bit", in_reply_to="<fr-suppr-0305@massistcrm.com>")
