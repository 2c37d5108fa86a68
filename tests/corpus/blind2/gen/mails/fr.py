from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Kévin Morel", note="familiar 'vous avez quoi sur moi', no legal terms",
 frm=("Kevin Morel", "kevin.morel56@boitemail.example"), subj="vous avez quoi sur moi ?", ua="none", cs="utf-8", cte="8bit",
 hdrs=[("X-Mailer", "iPhone Mail (21G93)")],
 body="""Bonjour,

Je reçois depuis un mois des mails d'une boîte de formation qui utilise votre logiciel, alors que je leur ai jamais rien demandé. Du coup je voudrais savoir ce que vous avez exactement sur moi et d'où ça vient.

Merci de me l'envoyer par mail.

Kévin Morel

Envoyé de mon iPhone
"""),

dict(cls="legal_anchor", rights=["access"], name="Élodie Marchand", emp="Boulangeries Vautrin SAS", note="RGPD art. 15 formal letter, employer in signature under job title",
 frm=("Élodie Marchand", "e.marchand@boulangeries-vautrin.example"), subj="Demande d'accès – article 15 du RGPD", ua="outlook", shape="alt", cs="windows-1252", clang="fr-FR",
 body="""Madame, Monsieur,

En application de l'article 15 du Règlement (UE) 2016/679 (RGPD), je vous prie de bien vouloir me communiquer l'ensemble des données à caractère personnel me concernant que vous détenez, ainsi qu'une copie de celles-ci.

Mon employeur utilise la solution Massist CRM depuis 2022 ; je suis utilisatrice de la plateforme et j'ai par ailleurs participé à plusieurs de vos formations en ligne. Je vous remercie d'inclure les données issues de ces deux contextes.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente pour y répondre.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Élodie Marchand
Chargée de clientèle grands comptes
Boulangeries Vautrin SAS
12, rue des Tanneurs – 21000 Dijon
"""),

dict(cls="legal_anchor", rights=["nomination"], name="Jean-Pierre Lefèvre", note="French post-mortem directives (art. 85 loi Informatique et Libertés): designates daughter; future erasure not a current right",
 frm=("Jean-Pierre Lefèvre", "jp.lefevre@orangerie-mail.example"), subj="Directives relatives au sort de mes données après mon décès", ua="thunderbird", cs="iso-8859-15", cte="quoted-printable",
 body="""Madame, Monsieur,

Utilisateur de Massist CRM à titre professionnel depuis de nombreuses années, je souhaite, conformément à l'article 85 de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, définir des directives particulières relatives à la conservation, à l'effacement et à la communication de mes données après mon décès.

Je désigne à cet effet ma fille, Madame Camille Bertrand-Lefèvre, demeurant à Nantes, qui aura qualité pour prendre connaissance de ces directives et en demander la mise en œuvre. Mes souhaits sont simples : qu'après mon décès mon compte soit clôturé et mes données effacées, à l'exception des échanges professionnels que ma fille jugera utile de conserver.

Je vous remercie de bien vouloir enregistrer ces directives et de m'en accuser réception.

Veuillez agréer, Madame, Monsieur, mes salutations respectueuses.

Jean-Pierre Lefèvre
"""),

dict(cls="employer", rights=["rectification"], name="Nathalie Dubois", emp="Brasserie Artisanale du Hainaut SRL", note="Belgian French, employer as 'je travaille chez', SRL legal form",
 frm=("Nathalie Dubois", "nathalie.dubois@brasserie-hainaut.example"), subj="Adresse mail erronée", ua="gmail", shape="alt",
 body="""Bonjour,

Je travaille chez Brasserie Artisanale du Hainaut SRL, on utilise Massist pour les commandes des cafés. Depuis la fusion de nos domaines en septante... pardon, en 2023, mon adresse a changé mais votre système continue d'envoyer les notifications à l'ancienne (n.dubois@bah-mons.example), qui n'existe plus.

Pourriez-vous remplacer l'adresse par celle-ci : nathalie.dubois@brasserie-hainaut.example ?

D'avance merci, et bonne journée !
Nathalie Dubois
"""),

dict(cls="names", rights=["objection"], name="Marie-Hélène de La Fontaine", note="display name family first in capitals 'DE LA FONTAINE Marie-Hélène'; particle 'de La' kept",
 frm=("DE LA FONTAINE Marie-Hélène", "mh.delafontaine@courriel.example"), subj="Opposition à la prospection", ua="web", cs="utf-8", hmode="B",
 body="""Madame, Monsieur,

Je m'oppose à ce que mes coordonnées soient utilisées à des fins de prospection commerciale, par courrier électronique comme par téléphone. Je reçois vos invitations à des « petits-déjeuners clients » alors que je n'ai jamais été cliente.

Je vous saurais gré de bien vouloir en tenir compte sans délai.

Marie-Hélène de La Fontaine
"""),

dict(cls="agent", rights=["access", "restriction"], name="Karim Benali", emp="Transports Rhodaniens SARL", agent="Antoine Roussel", note="avocat writing for client; 'Maître' dropped; law firm (SELARL) not employer",
 frm=("Maître Antoine Roussel", "a.roussel@roussel-avocats.example"), subj="M. Karim Benali / Transports Rhodaniens SARL – demande d'accès et de limitation", ua="outlook", shape="attach", alt_inside=True,
 cs="windows-1252", clang="fr-FR", att=[("Mandat_Benali.pdf", "application/pdf", FAKE_PDF)],
 body="""Madame, Monsieur,

Je suis le conseil de Monsieur Karim Benali, chauffeur-livreur salarié de la société Transports Rhodaniens SARL, laquelle a recours à votre solution Massist CRM. Vous trouverez ci-joint le mandat qu'il m'a confié.

Un contentieux prud'homal est actuellement en cours entre mon client et son employeur. Dans ce cadre, et au nom de mon client :

– je vous demande la communication de l'intégralité des données le concernant traitées sur votre plateforme, y compris les journaux de géolocalisation et les annotations de ses supérieurs (article 15 du RGPD) ;
– je vous demande la limitation du traitement de ces mêmes données (article 18 du RGPD) jusqu'à l'issue de la procédure, afin qu'elles ne soient ni modifiées ni supprimées.

Je vous remercie de m'adresser toute réponse directement.

Je vous prie de croire, Madame, Monsieur, à l'assurance de mes sentiments distingués.

Antoine Roussel
Avocat au Barreau de Lyon
SELARL Roussel Avocats
"""),

dict(cls="agent", rights=["erasure"], name="Léa Tremblay", emp="Dépanneur Bouchard inc.", agent="Sophie Gagnon", note="Québec mother for 15-year-old daughter; summer job employer 'inc.'",
 frm=("Sophie Gagnon", "sophie.gagnon@videotron-like.example"), subj="Données de ma fille (mineure)", ua="apple", cs="utf-8",
 body="""Bonjour,

Ma fille Léa Tremblay, 15 ans, a travaillé cet été au Dépanneur Bouchard inc. à Saint-Jérôme. Le patron a entré ses infos dans votre système (cellulaire, date de naissance, adresse, même une photo de sa carte d'assurance maladie!).

Son emploi d'été est terminé et elle ne retournera pas là-bas. Comme elle est mineure, je vous demande, en tant que mère, d'effacer toutes ses données. Je peux vous fournir une preuve que je suis bien sa mère si nécessaire.

Merci de me revenir rapidement.

Sophie Gagnon
"""),

dict(cls="form", rights=["erasure"], name="Thierry Garnier", emp="Garnier Immobilier SAS", note="WordPress CF7 form with Nom/Société/Type de demande fields",
 frm=("Massist CRM", "wordpress@massistcrm-web.example"), subj="Nouvelle demande RGPD depuis le site", ua="robot", cs="utf-8", cte="quoted-printable",
 hdrs=form_hdrs("thierry@garnier-immo.example"),
 body="""De : Thierry Garnier <thierry@garnier-immo.example>
Objet : Demande RGPD

Nom : Thierry Garnier
Société : Garnier Immobilier SAS
Pays : France
Type de demande : Droit à l'effacement
Message :
Nous avons résilié notre abonnement en janvier. Je souhaite que mon compte utilisateur et toutes les données qui me concernent soient supprimés définitivement.

--
Cet e-mail a été envoyé via le formulaire de contact de Massist CRM (https://massistcrm-web.example/fr)
"""),

dict(cls="multi_right", rights=["access", "portability", "objection"], name="Yasmine Haddou", note="three rights introduced by Premièrement/Ensuite/Enfin",
 frm=("Yasmine Haddou", "y.haddou@laposte-like.example"), subj="Plusieurs demandes concernant mes données", ua="gmail", cs="utf-8",
 body="""Bonjour,

Je vous écris pour plusieurs choses.

Premièrement, j'aimerais savoir quelles données vous avez sur moi et en recevoir une copie.

Ensuite, je voudrais récupérer les fichiers et contacts que j'ai moi-même importés dans mon compte, dans un format que je puisse réutiliser ailleurs (CSV ou Excel).

Enfin, je m'oppose au « scoring d'engagement » que vous calculez sur moi à partir de l'ouverture de vos mails. Merci d'arrêter ce traitement.

Cordialement,
Yasmine Haddou
"""),

dict(cls="negation", rights=["rectification"], name="Gilles Perrot", note="explicitly not asking for deletion, only correction of birth date",
 frm=("Gilles Perrot", "gilles.perrot@free-like.example"), subj="Correction – pas de suppression SVP", ua="thunderbird", cs="iso-8859-1", cte="8bit",
 body="""Bonjour,

Je précise d'emblée que je ne demande pas la suppression de mon compte : j'en ai besoin pour mon travail.

En revanche ma date de naissance est fausse dans votre base (01/07/1969 au lieu de 07/01/1969, on a manifestement inversé jour et mois). Merci de la corriger.

Bien à vous,
Gilles Perrot
"""),

dict(cls="footer_rights", rights=["withdraw_consent"], name="Céline Arnaud", emp="Groupe Hôtelier Lavande SA", note="consent withdrawal for testimonial above a French RGPD footer; 'Envoyé depuis Outlook' is no employer",
 frm=("Céline Arnaud", "celine.arnaud@groupe-lavande.example"), subj="Témoignage client – retrait de mon accord", ua="outlook", shape="html", cs="utf-8",
 body="""Bonjour,

L'an dernier, j'avais accepté que ma photo et une citation soient utilisées dans votre étude de cas « Comment le Groupe Lavande a doublé ses réservations directes ». Je retire mon consentement : merci de retirer ma photo et mon nom de la page et des plaquettes.

Bien cordialement,

Céline Arnaud
Directrice commerciale
Groupe Hôtelier Lavande SA
Avignon

Envoyé depuis Outlook pour Android

Conformément au Règlement général sur la protection des données, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, ainsi que du droit d'introduire une réclamation auprès de la CNIL. Pour exercer ces droits : dpo@groupe-lavande.example
"""),

dict(cls="access_items", rights=["access"], name="Laurent Favre", note="Swiss nLPD art. 25 with listed items (finalité, durée, destinataires, provenance, décision automatisée)",
 frm=("Laurent Favre", "laurent.favre@bluewin-like.example"), subj="Demande de renseignements selon l'art. 25 LPD", ua="apple", cs="utf-8", cte="base64",
 body="""Madame, Monsieur,

En vertu de l'art. 25 de la loi fédérale sur la protection des données (LPD), je vous prie de m'indiquer si des données personnelles me concernant sont traitées et, le cas échéant, de me communiquer :

1. les données personnelles traitées en tant que telles ;
2. la finalité du traitement ;
3. la durée de conservation ou, si cela n'est pas possible, les critères pour la fixer ;
4. les informations disponibles sur la provenance des données ;
5. l'existence d'une décision individuelle automatisée et la logique sur laquelle elle se fonde ;
6. les destinataires ou catégories de destinataires, y compris l'État de destination en cas de communication à l'étranger.

Une copie de ma pièce d'identité vous sera transmise sur demande.

Avec mes meilleures salutations,

Laurent Favre
Chemin des Vignes 0, 1009 Pully
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="Aurélie Masson", note="French out-of-office reply", ua="web",
 frm=("Aurélie Masson", "aurelie.masson@cabinet-masson.example"), subj="Réponse automatique : Votre demande RGPD – accusé de réception",
 hdrs=ooo_hdrs("other"), cs="utf-8", cte="quoted-printable",
 body="""Bonjour,

Je suis absente du bureau jusqu'au lundi 2 septembre inclus, avec un accès limité à mes e-mails.

Pour toute urgence, vous pouvez joindre le secrétariat au 04 00 00 00 00.

Cordialement,
Aurélie Masson
"""),

dict(cls="not_request", kind="other", rights=[], name="Bastien Léger", emp="Conformia Conseil SAS", note="cold sales pitch for a GDPR audit; mentions rights, no request",
 frm=("Bastien Léger", "b.leger@conformia-conseil.example"), subj="Votre registre RGPD est-il à jour ?", ua="gmail", shape="alt", cs="utf-8",
 body="""Bonjour,

Avec la hausse des demandes d'exercice de droits (accès, effacement, opposition…), beaucoup d'éditeurs SaaS découvrent que leur registre de traitements n'est plus à jour.

Chez Conformia, nous proposons un audit flash de 5 jours pour remettre votre registre et vos procédures d'exercice des droits d'aplomb, à tarif fixe.

Seriez-vous disponible 20 minutes la semaine prochaine pour en parler ?

Bien à vous,
Bastien Léger
Consultant senior – Conformia Conseil SAS
"""),
dict(cls="legal_anchor", rights=["automated_decision"], name="Sandrine Lambert", emp="Assurances Mutuelles du Centre", note="art. 22 RGPD contest of an automatic commission decision, asks for human review", ua="outlook", cs="utf-8", shape="alt",
 frm=("LAMBERT Sandrine", "s.lambert@amc-assurances.example"), subj="Contestation d'une décision automatisée – article 22 du RGPD",
 body="""Madame, Monsieur,

Je suis conseillère commerciale chez Assurances Mutuelles du Centre. Ma prime variable du deuxième trimestre a été supprimée sur la seule base du « score de performance » calculé par Massist CRM, sans qu'aucun responsable n'examine mon dossier.

Conformément à l'article 22, paragraphe 3, du RGPD, je conteste cette décision, je demande une intervention humaine et je souhaite pouvoir présenter mon point de vue. Si vous n'agissez qu'en qualité de sous-traitant, merci de transmettre ma demande au responsable de traitement et de m'en informer.

Cordialement,
Sandrine Lambert
"""),
]
