from spec import M

MAILS = [
M(rights=["rectification"], name="Hélène Lefèvre", cls="plain_words",
  note="everyday French: name misspelt, correct it",
  frm=("Hélène Lefèvre", "helene.lefevre@laposte-mail.example"), subj="Erreur sur mon nom",
  cs="iso-8859-15", cte="qp", client="thunderbird", hq="Q",
  body="""Bonjour,

Sur tous vos courriers et sur mon espace client, mon nom est écrit « Lefebvre ». Ce n'est pas moi : je m'appelle Lefèvre, sans b, avec un accent grave.

Pourriez-vous corriger ça une bonne fois pour toutes ? Merci d'avance.

Hélène Lefèvre
"""),

M(rights=["restriction"], name="Yannick Le Goff", cls="plain_words",
  note="'freeze my data' pending verification, don't delete = restriction",
  frm=("Yannick Le Goff", "yannick.legoff@breizhnet.example"), subj="Geler mes données en attendant",
  cte="8bit", client="gmail",
  body="""Bonjour,

Je vous ai signalé il y a dix jours que plusieurs fiches d'activité à mon nom dans votre logiciel (appels, rendez-vous) ne me concernent pas, il y a manifestement une confusion avec un homonyme.

En attendant que vous ayez vérifié, je vous demande de geler ces informations : ne les utilisez pas, ne les transmettez à personne, ne les faites pas remonter dans les rapports. Par contre ne les effacez pas tout de suite, j'en ai besoin pour prouver l'erreur.

Cordialement,
Yannick Le Goff
"""),

M(rights=["portability"], name="Nadia Benali", cls="plain_words",
  note="portability in simple words: a file to change provider",
  frm=("Nadia Benali", "nadia.benali@orange-net.example"), subj="Récupérer mes données avant de partir",
  cs="iso-8859-1", cte="qp", client="applemac", hq="Q",
  body="""Bonjour,

Je résilie mon abonnement Massist à la fin du mois et je passe chez un autre prestataire.

Est-ce que vous pouvez m'envoyer toutes mes infos (mon profil, mes contacts, l'historique de mes échanges et mes tâches) dans un fichier que je pourrai importer directement chez le nouveau ? Un fichier Excel ou CSV m'irait très bien.

Merci beaucoup,
Nadia Benali
"""),

M(rights=["objection"], name="Sylvie Tremblay", cls="plain_words",
  note="Quebec French: 'stop calling my cell' = objection to direct marketing",
  frm=("Sylvie Tremblay", "sylvie.tremblay@videotron-mail.example"), subj="Arrêtez de m'appeler SVP",
  cte="qp", client="apple", tz=-4,
  body="""Bonjour,

Ça fait trois fois cette semaine que quelqu'un de chez vous m'appelle sur mon cell pour me vendre une mise à niveau. Je ne suis pas intéressée pis je trouve ça vraiment dérangeant, surtout en plein souper.

SVP enlevez mon numéro de vos listes et arrêtez de me solliciter, par téléphone comme par courriel.

Merci
Sylvie Tremblay

Envoyé de mon iPhone
"""),

M(rights=["nomination"], name="Bernard Rousseau", cls="legal_anchor",
  note="post-mortem directives (art. 85 French data protection act): designating a person = nomination",
  frm=("Bernard Rousseau", "b.rousseau@wanadoo-mail.example"),
  subj="Directives relatives à mes données après mon décès", cs="iso-8859-1", cte="8bit", client="outlook",
  body="""Madame, Monsieur,

Conformément à l'article 85 de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, je vous adresse mes directives particulières concernant le sort de mes données personnelles après mon décès.

Je désigne ma fille, Mme Camille Rousseau, demeurant 8 rue des Tanneurs, 37000 Tours, pour exécuter ces directives et exercer en mon nom les droits prévus par la loi auprès de votre société.

Je vous remercie de bien vouloir enregistrer cette désignation et de m'en accuser réception.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernard Rousseau
"""),

M(rights=["rectification", "restriction"], name="Thomas Girard", employer="Logistique Armor SAS",
  agent="Anne-Sophie Delacroix", cls="agent",
  note="lawyer ('Maître' dropped) for an employee client; law firm is not the employer",
  frm=("Maître Anne-Sophie Delacroix", "as.delacroix@delacroix-avocats.example"),
  subj="M. Thomas Girard – demande de rectification et de limitation", cs="windows-1252", cte="qp",
  client="outlook", shape="alt", style="outlook",
  body="""Madame, Monsieur,

Je vous informe intervenir dans les intérêts de M. Thomas Girard, salarié de la société Logistique Armor SAS, laquelle utilise votre solution Massist CRM.

Mon client conteste l'exactitude de plusieurs données le concernant figurant dans votre outil, notamment des objectifs commerciaux et des résultats qui lui sont attribués à tort pour le premier trimestre 2024.

En conséquence, je vous demande, au nom de mon client :
– de procéder à la rectification de ces données (article 16 du RGPD) ;
– d'en limiter le traitement pendant la durée de la vérification (article 18, 1, a) du RGPD).

Je vous prie de bien vouloir adresser toute correspondance relative à ce dossier à mon cabinet.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Anne-Sophie Delacroix
Avocat au Barreau de Rennes
Cabinet Delacroix Avocats
"""),

M(rights=["access"], name="Marie-Claire Van den Broeck", cls="names",
  note="display name in 'FAMILY Given' upper-case style, Flemish particle 'Van den'; Belgian French",
  frm=("VAN DEN BROECK Marie-Claire", "mc.vandenbroeck@skynet-mail.example"),
  subj="Quelles informations avez-vous sur moi ?", cte="qp", client="outlook_web",
  body="""Bonjour,

Je reçois depuis septante jours environ des mails de votre part alors que je n'ai jamais été cliente chez vous. Je voudrais savoir ce que vous avez comme informations sur moi, d'où vous les tenez et à qui vous les avez données.

Pouvez-vous m'envoyer tout ça ?

Bien à vous,
Marie-Claire Van den Broeck
Namur
"""),

M(rights=["withdraw_consent"], name="Laëtitia Moreau", employer="Vins & Terroirs du Sud SARL", cls="employer",
  note="employer under job title in signature; withdraws agreement to call recording",
  frm=("Laëtitia Moreau", "l.moreau@vins-terroirs-sud.example"), subj="Enregistrement de mes appels",
  cte="b64", client="outlook", shape="html", style="outlook",
  body="""Bonjour,

Lors de la mise en place de Massist chez nous, j'avais donné mon accord pour que mes appels clients soient enregistrés « pour la formation ». Je ne suis plus d'accord et je retire cet accord à compter d'aujourd'hui.

Merci de me confirmer que ce sera pris en compte.

Bien cordialement,

Laëtitia Moreau
Responsable commerciale
Vins & Terroirs du Sud SARL
12 avenue de la Gare – 34500 Béziers
"""),

M(rights=["access", "erasure", "objection"], name="Olivier Chevalier", cls="multi_right",
  note="three plain-words asks: copy first, then delete, stop profiling meanwhile",
  frm=("Olivier Chevalier", "olivier.chevalier@free-post.example"), subj="plusieurs demandes",
  cs="windows-1252", cte="qp", client="thunderbird", hq="Q",
  body="""Bonjour,

Voilà ce que je voudrais, dans l'ordre :

- d'abord une copie de tout ce que vous avez sur moi ;
- ensuite que vous effaciez tout ;
- et d'ici là, que vous arrêtiez de me « scorer » et de me classer dans vos segments marketing.

Merci de me tenir au courant.

O. Chevalier
Olivier Chevalier
"""),

M(rights=["rectification"], name="Aurélie Masson", cls="negation",
  note="deletion explicitly not wanted, only fix the phone number",
  frm=("Aurélie Masson", "aurelie.masson@bluewin-mail.example"), subj="Correction numéro de téléphone",
  cte="qp", client="gmail", shape="alt", style="gmail",
  body="""Bonjour,

Je précise tout de suite : je ne veux pas que mon compte soit supprimé, je l'utilise tous les jours.

Je souhaite simplement que mon numéro de portable soit corrigé dans mon profil : c'est le 079 555 12 48 et non le 078 555 12 48.

Meilleures salutations,
Aurélie Masson
Lausanne
"""),

M(rights=["objection"], name="Franck Dubois", employer="Hôtel Les Mimosas SARL", cls="footer_rights",
  note="stop event invitations, above a RGPD footer listing every right",
  frm=("Franck Dubois", "direction@hotel-lesmimosas.example"), subj="Invitations à vos événements",
  cs="windows-1252", cte="qp", client="outlook",
  body="""Bonjour,

Merci de ne plus m'envoyer vos invitations aux salons et petits-déjeuners « Massist Connect ». Je ne souhaite plus recevoir ce type de sollicitations, ni par mail ni par courrier.

Cordialement,

Franck Dubois
Directeur
Hôtel Les Mimosas SARL
Boulevard de la Croisette – 06400 Cannes

Conformément au Règlement général sur la protection des données (RGPD), vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition concernant vos données. Pour exercer ces droits : rgpd@hotel-lesmimosas.example. Ce message et ses pièces jointes sont confidentiels.
"""),

M(kind="auto_reply", name="Isabelle Garnier", cls="footer_rights",
  note="out-of-office auto-reply with a RGPD footer listing every right; nothing requested",
  frm=("Isabelle Garnier", "i.garnier@atelier-garnier.example"), subj="Réponse automatique : Votre demande d'accès",
  cs="iso-8859-1", cte="qp", client="outlook", hq="Q",
  hdr=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body="""Bonjour,

Je suis absente du bureau jusqu'au lundi 4 novembre inclus. Pour toute demande urgente, merci de contacter l'accueil au 02 40 55 01 23.

Cordialement,
Isabelle Garnier

Les informations recueillies font l'objet d'un traitement conformément au RGPD. Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité, ainsi que du droit de définir des directives post mortem, en écrivant à dpo@atelier-garnier.example.
"""),

M(kind="bulk", cls="not_request", note="compliance newsletter mentioning GDPR rights; no request",
  frm=("La Lettre Conformité", "lettre@conformite-hebdo.example"),
  subj="RGPD : droit d'accès, les nouvelles lignes directrices décryptées", cte="qp", client="none",
  shape="alt", style="web",
  hdr=["List-Unsubscribe: <https://conformite-hebdo.example/desinscription?u=77aa>", "Precedence: bulk",
       "List-Id: <lettre.conformite-hebdo.example>"],
  body="""LA LETTRE CONFORMITÉ – n° 212

À la une : le droit d'accès décrypté
Les nouvelles lignes directrices précisent le délai de réponse, le format de la copie et la façon de traiter les demandes répétées. Droit de rectification, d'effacement, d'opposition : on fait le point.

Agenda : matinale « DPO et IA », jeudi 9 h 30.

Vous recevez cette lettre car vous êtes abonné(e). Se désinscrire : https://conformite-hebdo.example/desinscription?u=77aa
"""),

M(kind="other", name="Maxime Petit", cls="not_request",
  note="unsolicited job application consenting to CV retention; no right exercised",
  frm=("Maxime Petit", "maxime.petit.pro@mail-fr.example"), subj="Candidature spontanée – juriste données personnelles",
  cte="qp", client="gmail",
  body="""Madame, Monsieur,

Titulaire d'un master 2 en droit du numérique, je me permets de vous adresser ma candidature spontanée pour un poste de juriste en protection des données au sein de votre équipe.

J'accepte que mes données soient conservées dans votre vivier de candidats pendant deux ans.

Je reste à votre disposition pour un entretien.

Bien cordialement,
Maxime Petit
06 55 12 34 89
"""),

M(rights=["objection"], name="Céline Faure", employer="Groupe Hôtelier Azur SAS", cls="form",
  note="web form from a robot address; dropdown 'Opposition' plus free text asking to stop lead scoring/profiling",
  frm=("Formulaire Massist", "ne-pas-repondre@formulaires.massistcrm.example"), subj="Nouvelle demande RGPD : Opposition",
  cte="qp", client="form",
  hdr=["Auto-Submitted: auto-generated", ("Reply-To", ("Céline Faure", "celine.faure@azur-hotels.example"))],
  body="""Nouvelle demande reçue via le formulaire « Vos droits ».

Prénom : Céline
Nom : Faure
E-mail : celine.faure@azur-hotels.example
Société : Groupe Hôtelier Azur SAS
Type de demande : Opposition

Votre message :
Je ne veux plus que mes clics dans vos newsletters et mes connexions servent à me noter (« lead scoring »). Arrêtez de me profiler, s'il vous plaît.

J'accepte la politique de confidentialité : oui
"""),
]
