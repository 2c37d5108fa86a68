"""Development letters for issue 18's fourth slice: employers, agents' subjects and footers placed as people place them.

Written before the extraction was changed for them, for the three classes the blind set still found weak after the
third slice: formal letters citing the law whose writer's employer stands where real people put it (a signature
with title and company on separate lines, "Company: …", the company above its address, a letterhead at the top,
"…, employee of X"); agents naming the data subject as lawyers, parents, HR and request services do ("our client
Ms X", "my son, X (born …)", "Re: X – request under Art. 15", "Employee: X", "Data subject: X"); and footers or
signature disclaimers listing every right below a request for one, or below a mail that asks for nothing.
"""

from __future__ import annotations

from make_corpus import Mail
from texts_dev import K, R


def _c(cls: str, mail: Mail) -> Mail:
    mail.cls = cls
    return mail


# fmt: off
MAILS: list[Mail] = [
    # ================================================================ legal_anchor: the employer where people put it
    _c("legal_anchor", R("sh-401", "en", ["access"], "Oliver Bennett", "Harcourt Logistics Ltd",
      "Oliver Bennett <oliver.bennett@gmail.com>", "Request under Article 15 UK GDPR",
      """Dear Sir or Madam,

I am writing to make a subject access request under Article 15 of the UK GDPR. Please provide a copy of all
personal data you hold about me in connection with my employer's use of your CRM.

Yours faithfully,

Oliver Bennett
Company: Harcourt Logistics Ltd
Tel: +44 20 7946 0321
""")),
    _c("legal_anchor", R("sh-402", "de", ["erasure"], "Thomas Brandt", "Weber & Söhne Maschinenbau GmbH",
      "Thomas Brandt <thomas.brandt@gmx.de>", "Löschung gemäß Art. 17 DSGVO",
      """Sehr geehrte Damen und Herren,

hiermit verlange ich gemäß Art. 17 DSGVO die unverzügliche Löschung aller zu meiner Person gespeicherten Daten.

Mit freundlichen Grüßen

Thomas Brandt
Leiter Vertrieb
Weber & Söhne Maschinenbau GmbH
Industriestraße 12
70565 Stuttgart
""")),
    _c("legal_anchor", R("sh-403", "fr", ["access"], "Camille Lefèvre", "Atelier Durand SARL",
      "Camille Lefèvre <camille.lefevre@orange.fr>", "Demande d'accès – article 15 du RGPD",
      """Atelier Durand SARL
12 rue des Tanneurs
69002 Lyon

Madame, Monsieur,

En application de l'article 15 du RGPD, je vous demande la communication de l'ensemble des données
personnelles me concernant.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Camille Lefèvre
Responsable administrative
""")),
    _c("legal_anchor", R("sh-404", "es", ["erasure"], "Javier Morales", "Construcciones Ebro S.L.",
      "Javier Morales <javier.morales@gmail.com>", "Derecho de supresión (art. 17 RGPD)",
      """Estimados señores:

Al amparo del artículo 17 del RGPD, solicito la supresión de mis datos personales. Les escribo como Javier
Morales, empleado de Construcciones Ebro S.L., empresa cliente de ustedes.

Atentamente,
Javier Morales
""")),
    _c("legal_anchor", R("sh-405", "it", ["rectification"], "Giulia Ferri", "Ferri Arredamenti S.r.l.",
      "Giulia Ferri <giulia.ferri@libero.it>", "Rettifica ai sensi dell'art. 16 GDPR",
      """Spett.le Responsabile della protezione dei dati,

ai sensi dell'art. 16 del GDPR chiedo la rettifica del mio indirizzo, che nei vostri sistemi è errato.

Cordiali saluti

Giulia Ferri
Responsabile amministrativa
Ferri Arredamenti S.r.l.
Via Roma 45
20121 Milano
""")),
    _c("legal_anchor", R("sh-406", "pl", ["access"], "Katarzyna Wiśniewska", "Baltyk Trans Sp. z o.o.",
      "Katarzyna Wiśniewska <k.wisniewska@wp.pl>", "Wniosek z art. 15 RODO",
      """Szanowni Państwo,

na podstawie art. 15 RODO proszę o udostępnienie kopii moich danych osobowych.

Z poważaniem
Katarzyna Wiśniewska
Firma: Baltyk Trans Sp. z o.o.
""")),
    _c("legal_anchor", R("sh-407", "nl", ["objection"], "Pieter de Vries", "Van Dijk Bouw B.V.",
      "Pieter de Vries <pieter.devries@ziggo.nl>", "Bezwaar op grond van artikel 21 AVG",
      """Geachte heer/mevrouw,

Op grond van artikel 21 AVG maak ik bezwaar tegen de verwerking van mijn persoonsgegevens voor direct
marketing.

Met vriendelijke groet,

Pieter de Vries
Projectleider
Van Dijk Bouw B.V.
""")),
    _c("legal_anchor", R("sh-408", "pt", ["access"], "Rui Carvalho", "Atlântico Seguros, S.A.",
      "Rui Carvalho <rui.carvalho@sapo.pt>", "Pedido de acesso – artigo 15.º do RGPD",
      """Exmos. Senhores,

Nos termos do artigo 15.º do RGPD, venho solicitar o acesso aos meus dados pessoais. Sou Rui Carvalho,
colaborador da Atlântico Seguros, S.A.

Com os melhores cumprimentos,
Rui Carvalho
""")),
    # ================================================================ agent: the data subject as agents name them
    _c("agent", R("sh-420", "en", ["access"], "Hannah Whitfield", None,
      "Robert Lane <r.lane@lane-partners.co.uk>", "Re: Hannah Whitfield – request under Art. 15 UK GDPR",
      """Dear Sirs,

We are instructed by our client Ms Whitfield in the above matter. Please treat this letter as her subject
access request and provide copies of all personal data you hold about her. Her signed authority is enclosed.

Yours faithfully,

Robert Lane
Partner
Lane & Partners LLP
""", agent=True, agent_name="Robert Lane")),
    _c("agent", R("sh-421", "en", ["erasure"], "Noah Fletcher", None,
      "Sarah Fletcher <sarah.fletcher@btinternet.com>", "Please delete my son's account",
      """Hello,

I am writing on behalf of my son, Noah Fletcher (born 3 May 2012), who signed up to your app without our
permission. Please delete his account and all data you hold about him.

Thank you,
Sarah Fletcher
""", agent=True, agent_name="Sarah Fletcher")),
    _c("agent", R("sh-422", "en", ["access"], "Marcus Reid", "Pennine Foods Ltd",
      "Claire Dunn <claire.dunn@penninefoods.co.uk>", "Data subject access request",
      """Hello,

Please find below a subject access request which we are submitting on behalf of one of our staff.

Employee: Marcus Reid
Request: copy of all personal data held (Art. 15 GDPR)

Kind regards,
Claire Dunn
HR Manager
Pennine Foods Ltd
""", agent=True, agent_name="Claire Dunn")),
    _c("agent", R("sh-423", "de", ["erasure"], "Jonas Becker", None,
      "Kanzlei Hartmann <info@kanzlei-hartmann.de>", "Löschungsersuchen gemäß Art. 17 DSGVO",
      """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die rechtlichen Interessen unseres Mandanten vertreten.

Betroffene Person: Jonas Becker
Geburtsdatum: 14.02.1988

Namens und im Auftrag unseres Mandanten fordern wir Sie auf, sämtliche zu seiner Person gespeicherten Daten
gemäß Art. 17 DSGVO zu löschen.

Mit freundlichen Grüßen
Dr. Eva Hartmann
Rechtsanwältin
""", agent=True, agent_name="Eva Hartmann")),
    _c("agent", R("sh-424", "fr", ["access"], "Lucas Girard", None,
      "Nathalie Girard <nathalie.girard@free.fr>", "Données de mon fils",
      """Bonjour,

Je suis la mère de Lucas Girard, né le 12 juin 2011. Je souhaite savoir quelles données personnelles vous
détenez sur mon fils et en obtenir une copie.

Cordialement,
Nathalie Girard
""", agent=True, agent_name="Nathalie Girard")),
    _c("agent", R("sh-425", "en", ["erasure"], "Laura Jenkins", None,
      "DeleteMe Requests <requests@privacyagent.example>", "Deletion request on behalf of a consumer",
      """Hello,

Privacy Agent is an authorised agent acting for the consumer named below under the CCPA.

Data subject: Laura Jenkins
Email: laura.jenkins@yahoo.com

Please delete all personal information you hold about this consumer and confirm once done.

Privacy Agent Team
""", agent=True, agent_name="Privacy Agent")),
    _c("agent", R("sh-426", "es", ["access"], "Marta Ruiz", None,
      "Despacho Ortega Abogados <ortega@ortega-abogados.es>", "Solicitud de acceso – art. 15 RGPD",
      """Muy señores míos:

En nombre y representación de nuestra clienta, cuyos datos figuran a continuación, ejercitamos el derecho de
acceso del artículo 15 del RGPD.

Nombre de la persona interesada: Marta Ruiz
DNI: 12345678Z

Atentamente,
Luis Ortega
Abogado
""", agent=True, agent_name="Luis Ortega")),
    _c("agent", R("sh-427", "nl", ["erasure"], "Sanne Bakker", None,
      "Mr. Jeroen Visser <j.visser@vissseradvocaten.nl>", "Verzoek tot verwijdering namens cliënte",
      """Geachte heer/mevrouw,

Namens mijn cliënte, mevrouw Bakker, verzoek ik u op grond van artikel 17 AVG al haar persoonsgegevens te
verwijderen.

Naam betrokkene: Sanne Bakker

Met vriendelijke groet,
mr. Jeroen Visser
Advocaat
""", agent=True, agent_name="Jeroen Visser")),
    # ================================================================ footer_rights: footers and disclaimers
    _c("footer_rights", R("sh-440", "en", ["erasure"], "Megan Price", None,
      "Megan Price <megan.price@hollowayprint.co.uk>", "Close my account",
      """Hi,

Please delete my account with you and everything attached to it.

Thanks,
Megan Price

--
This email and any attachments are confidential. Holloway Print Ltd processes personal data in accordance
with the UK GDPR. Data subjects have the right of access, rectification, erasure, restriction, portability and
objection; requests may be sent to privacy@hollowayprint.co.uk.
""")),
    _c("footer_rights", K("other", "sh-441", "en",
      "Daniel Moss <daniel.moss@mossconsulting.com>", "Meeting next Tuesday",
      """Hi,

Are we still on for Tuesday at 10? I will bring the updated proposal.

Best,
Daniel

Daniel Moss | Director | Moss Consulting Ltd
DATA PROTECTION: We process your personal data to manage our business relationship. You may request access
to, correction or deletion of your data, object to its processing or withdraw your consent at any time by
writing to privacy@mossconsulting.com.
""")),
    _c("footer_rights", R("sh-442", "de", ["access"], "Katrin Vogel", None,
      "Katrin Vogel <katrin.vogel@vogel-partner.de>", "Auskunft",
      """Hallo,

bitte schicken Sie mir eine Kopie meiner bei Ihnen gespeicherten Daten.

Danke und Gruß
Katrin Vogel

________________________________
Vogel & Partner Steuerberatung | Datenschutzhinweis: Informationen zur Verarbeitung Ihrer Daten und zu Ihren
Rechten auf Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit und Widerspruch finden Sie
unter www.vogel-partner.de/datenschutz.
""")),
    _c("footer_rights", K("other", "sh-443", "es",
      "Lucía Navarro <lucia.navarro@navarrotextil.es>", "Pedido 4471",
      """Hola,

Os confirmo que el pedido 4471 sale mañana por la mañana.

Un saludo,
Lucía Navarro
Navarro Textil S.L.

AVISO LEGAL: En cumplimiento del RGPD le informamos de que puede ejercer sus derechos de acceso,
rectificación, supresión, oposición, limitación y portabilidad dirigiéndose a lopd@navarrotextil.es.
""")),
    _c("footer_rights", R("sh-444", "fr", ["objection"], "Julien Masson", None,
      "Julien Masson <julien.masson@masson-immo.fr>", "Prospection",
      """Bonjour,

Je m'oppose à l'utilisation de mes données pour vos envois commerciaux. Merci de ne plus m'écrire.

Julien Masson
Masson Immobilier
Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement et de portabilité de vos
données, ainsi que d'un droit d'opposition, en écrivant à dpo@masson-immo.fr.
""")),
    _c("footer_rights", K("other", "sh-445", "it",
      "Marco Galli <marco.galli@gallisrl.it>", "Fattura marzo",
      """Buongiorno,

in allegato la fattura di marzo. Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti
Marco Galli
Galli S.r.l.

Informativa privacy: ai sensi degli artt. 15-22 del GDPR l'interessato può esercitare i diritti di accesso,
rettifica, cancellazione, limitazione, portabilità e opposizione scrivendo a privacy@gallisrl.it.
""")),
    _c("footer_rights", R("sh-446", "nl", ["erasure"], "Eva Jansen", None,
      "Eva Jansen <eva.jansen@kpnmail.nl>", "Account opzeggen",
      """Goedemiddag,

Wilt u mijn account en mijn gegevens verwijderen? Ik gebruik de dienst niet meer.

Groet,
Eva Jansen
--
Disclaimer: Jansen Advies verwerkt persoonsgegevens volgens de AVG. U heeft recht op inzage, correctie,
verwijdering en overdraagbaarheid van uw gegevens en u kunt bezwaar maken tegen de verwerking.
""")),
]
# fmt: on
