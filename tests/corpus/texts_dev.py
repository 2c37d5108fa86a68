"""Hand-written development mails: the texts the extraction was tuned against (the gold is what a DPO reads)."""

from __future__ import annotations

from make_corpus import Mail


def R(id: str, lang: str, rights: list[str], name: str | None, employer: str | None, frm: str, subject: str,
      body: str, fmt: str = "plain", **kw) -> Mail:  # fmt: skip
    return Mail(id, "request", lang, rights, name, employer, frm, subject, body, fmt, **kw)


def K(kind: str, id: str, lang: str | None, frm: str, subject: str, body: str, fmt: str = "plain",
      name: str | None = None, employer: str | None = None, **kw) -> Mail:  # fmt: skip
    return Mail(id, kind, lang, [], name, employer, frm, subject, body, fmt, **kw)


ACK_QUOTE = """
On Mon, 16 Nov 2026 at 10:02, Data Protection Officer <dpo@massistcrm.com> wrote:
> Dear Sir or Madam,
>
> Thank you for your message to the data protection officer of Innthink Technologies. We have
> registered it under the reference DPO-2026-0412; please keep this reference in the
> subject line of any reply.
>
> - Before we act on a request about personal data, we verify your identity to a reasonable
>   degree of certainty by matching two or more data points you give us.
> - To help us, make sure your request states your full name, your employer and the right(s)
>   you wish to exercise. We will delete nothing before we hear from you.
>
> Data Protection Officer
"""

# The texts are laid out as written, one mail per block; the formatter would scatter them.
# fmt: off
MAILS: list[Mail] = [
    # ---------------------------------------------------------------- English
    R("en-001", "en", ["access"], "John Smith", "Brightwave Solutions Ltd",
      "John Smith <john.smith@brightwave.co.uk>", "Subject access request",
      """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the GDPR. Please send me a copy of
all personal data you hold about me.

My employer is Brightwave Solutions Ltd, which uses your MAssist CRM.

Kind regards,
John Smith
"""),
    R("en-002", "en", ["erasure"], "Emily Clarke", None,
      "Emily Clarke <emily.clarke84@gmail.com>", "Delete my data",
      """Hi,

Please delete all my personal data and close my account. I no longer use your service.

Thanks,
Emily
Sent from my iPhone
"""),
    R("en-003", "en", ["access", "objection", "rectification"], "Priya Patel", "Kestrel Health Inc.",
      "Priya Patel <ppatel@kestrelhealth.com>", "Data protection request",
      """Hello,

I work for Kestrel Health Inc. and my details are in your CRM. I would like you to:

1. send me a copy of the information you hold on me;
2. correct my job title, which is wrong (it should be Senior Nurse Manager);
3. stop sending me marketing emails.

Best regards,
Priya Patel
""", fmt="alt"),
    R("en-004", "en", ["rectification"], "Michael O'Brien", "Harbour Freight Services",
      "\"O'Brien, Michael\" <m.obrien@harbourfreight.ie>", "Wrong address on file",
      """Hello DPO team,

I do NOT want my account deleted. I only want you to correct my postal address, which is out of date.
The new address is 14 Quay Street, Galway H91 X2Y4, Ireland.

Regards,
Michael O'Brien | Logistics Coordinator | Harbour Freight Services
"""),
    R("en-005", "en", ["access"], "Laura Bennett", None,
      "Laura Bennett <laura.b@outlook.com>", "what do you have on me",
      """hi there, can you send me everything you have on me? just curious what you store.
thanks
Laura Bennett
"""),
    R("en-006", "en", ["erasure"], "Daniel Harris", "Northgate Plumbing",
      "Daniel Harris <dan.harris1990@yahoo.com>", "acount",
      """pls delte my acount and all my info asap. i work at Northgate Plumbing, they set me up on your system
dan harris
"""),
    R("en-007", "en", ["opt_out_sale"], "Jessica Nguyen", "Sunset Dental Group",
      "Jessica Nguyen <jnguyen@sunsetdental.com>", "Do Not Sell My Personal Information",
      """To whom it may concern,

I am a California resident. Pursuant to Cal. Civ. Code § 1798.120, I direct you not to sell or share my
personal information.

Jessica Nguyen
Office Manager, Sunset Dental Group
"""),
    R("en-008", "en", ["access", "erasure"], "Robert Kim", "Pacific Crest Realty",
      "Robert Kim <rkim@pacificcrest.com>", "CCPA request",
      """Hello,

Under the CCPA I request to know what personal information you have collected about me, and I then
request that you delete it (§ 1798.105).

I am employed by Pacific Crest Realty.

Robert Kim
"""),
    R("en-009", "en", ["limit_sensitive"], "Maria Gonzales", "Valley Orthopedics",
      "Maria Gonzales <maria.gonzales@valleyortho.com>", "Limit the use of my sensitive personal information",
      """Hi,

As a California consumer I ask you to limit the use and disclosure of my sensitive personal information
to what is necessary to provide the service.

Maria Gonzales
Valley Orthopedics
"""),
    R("en-010", "en", ["withdraw_consent"], "Oliver Wright", "Greenleaf Architects",
      "Oliver Wright <oliver@greenleaf-architects.co.uk>", "Consent",
      """Dear DPO,

I hereby withdraw my consent to the processing of my personal data for the user profile.

Yours faithfully,
Oliver Wright
Greenleaf Architects
"""),
    R("en-011", "en", ["automated_decision"], "Samuel Okafor", "Lagos Fintech Ltd",
      "Samuel Okafor <samuel.okafor@lagosfintech.com>", "Automated decision",
      """Dear Sir or Madam,

My access to the platform was suspended by what appears to be an automated decision. Under Article 22 GDPR
I ask for human intervention and a review of that decision, and to contest it.

Samuel Okafor
Lagos Fintech Ltd
"""),
    R("en-012", "en", ["portability"], "Hannah Lee", "Clearwater Analytics Ltd",
      "Hannah Lee <hannah.lee@clearwater-analytics.com>", "Data portability",
      """Hello,

Please export my data in a machine-readable format (CSV or JSON) so I can move it to another provider.

Thank you,
Hannah Lee
Clearwater Analytics Ltd
"""),
    R("en-013", "en", ["restriction"], "George Adams", "Adams & Co Accountants",
      "George Adams <george@adamsco.co.uk>", "Restriction of processing",
      """Dear DPO,

I contest the accuracy of the data you hold about me. Please restrict the processing of my personal data
until this has been checked (Art. 18 GDPR).

George Adams
Adams & Co Accountants
"""),
    R("en-014", "en", ["objection"], "Chloe Martin", None,
      "Chloe Martin <chloe.martin@hotmail.co.uk>", "unsubscribe",
      """Please unsubscribe me from all your mailing lists. I never asked for these emails.

Chloe
"""),
    R("en-015", "en", ["erasure"], "Thomas Wilson", "Redwood Consulting",
      "Thomas Wilson <twilson@redwood-consulting.com>", "Re: [DPO-2026-0412] We have received your request",
      """Hi, sorry I forgot. My name is Thomas Wilson and I work at Redwood Consulting. I want my personal data erased.

Thomas
""" + ACK_QUOTE),
    R("en-016", "en", ["erasure"], "Sarah Johnson", "Meridian Travel Ltd",
      "Mark Davies <mark.davies@meridiantravel.com>", "Fwd: please remove my details",
      """Hi DPO,

Forwarding this from one of our employees - can you please handle it?

Mark Davies
HR Manager, Meridian Travel Ltd

---------- Forwarded message ---------
From: Sarah Johnson <sarah.johnson77@gmail.com>
Date: Fri, 20 Nov 2026 at 18:40
Subject: please remove my details
To: Mark Davies <mark.davies@meridiantravel.com>

Hi Mark, could you ask the CRM people to remove my details from their system? I have left the company
at the end of October.

Thanks
Sarah Johnson
""", note="HR forwards a former employee's request; the employee is the data subject"),
    R("en-017", "en", ["access", "erasure"], "Anna Kowalski", "Brightwave Solutions Ltd",
      "Peter Grant <p.grant@grantlaw.co.uk>", "Data subject request on behalf of Ms Anna Kowalski",
      """Dear Sirs,

We act on behalf of our client, Ms Anna Kowalski, an employee of Brightwave Solutions Ltd. Our client
requests a copy of all personal data you process about her (Article 15 UK GDPR) and, once provided, the
erasure of that data (Article 17).

A signed letter of authority is attached.

Yours faithfully,
Peter Grant
Solicitor, Grant & Partners LLP
"""),
    R("en-018", "en", ["erasure"], "Kevin Brown", None,
      "Kevin Brown <kevinb@gmail.com>", "Delete my account", "", note="subject-line-only request"),
    R("en-019", "en", ["access"], "Rachel Green", "Central Perk Coffee",
      "Rachel Green <rachel.green@centralperk.com>", "Question",
      """Hello,

Can you tell me whether you process any personal data about me, and if so what data, where it came from
and who you shared it with?

Rachel Green
Central Perk Coffee
""", fmt="html"),
    R("en-020", "en", ["grievance"], "Arjun Mehta", "Sharma Textiles Pvt. Ltd.",
      "Arjun Mehta <arjun.mehta@sharmatextiles.in>", "Complaint - no response to my request",
      """Dear Grievance Officer,

I wrote to you on 2 October asking for my data to be corrected and I have had no reply. I wish to file a
grievance under section 13 of the Digital Personal Data Protection Act about how my request was handled.

Regards,
Arjun Mehta
Sharma Textiles Pvt. Ltd.
"""),
    R("en-021", "en", ["nomination"], "Lakshmi Narayanan", "Chennai Motors Ltd",
      "Lakshmi Narayanan <lakshmi.n@chennaimotors.in>", "Nomination under DPDP Act",
      """Dear Sir/Madam,

Under section 14 of the DPDP Act I would like to nominate my son, Karthik Narayanan, to exercise my rights
as a Data Principal in the event of my death or incapacity.

Lakshmi Narayanan
Chennai Motors Ltd
"""),
    R("en-022", "en", ["erasure"], "David Miller", "Oakridge Bank",
      "David Miller <d.miller@oakridgebank.com>", "Right to be forgotten",
      """Dear DPO,

I exercise my right to be forgotten. Please erase my personal data without undue delay.
My employee ID is EMP-448120.

David Miller
Oakridge Bank
"""),
    R("en-023", "en", ["access"], "Fatima Al-Sayed", "Gulf Horizon Trading",
      "Fatima Al-Sayed <fatima.alsayed@gulfhorizon.ae>", "Personal data",
      """Good morning,

I would like to know what information about me is stored in your system. My customer number is
CUST-00291734 and I was born on 12 March 1985.

Best wishes,
Fatima Al-Sayed
Procurement Lead | Gulf Horizon Trading
""", fmt="b64"),
    R("en-024", "en", [], "Nina Petrova", "Volga Shipping Ltd",
      "Nina Petrova <nina.petrova@volgashipping.com>", "My data",
      """Hello,

I would like to exercise my rights under the GDPR regarding my personal data.

Nina Petrova
Volga Shipping Ltd
""", note="a request with no right named: rights missing"),
    R("en-025", "en", ["objection"], "Ben Carter", "Carter Joinery",
      "Ben Carter <ben@carterjoinery.co.uk>", "Stop the marketing",
      """I keep getting your newsletters and sales calls. I object to the use of my data for direct marketing.
Don't email or call me again about your products.

Ben Carter, Carter Joinery
"""),
    R("en-026", "en", ["access"], "Grace Thompson", None,
      "Grace Thompson <grace.t@protonmail.com>", "SAR",
      """Dear DPO,

This is a subject access request. Please confirm whether you hold my personal data and provide a copy.
Please do not delete anything while this request is pending.

Grace Thompson
"""),
    R("en-027", "en", ["erasure", "objection"], "Liam Walsh", "Dublin Software House",
      "Liam Walsh <liam.walsh@dublinsoftware.ie>", "Re: Your MAssist product update - November",
      """Please take me off this list and delete my contact details from your database. I never signed up.

Liam Walsh
Dublin Software House

On Tue, 17 Nov 2026, MAssist News <news@massistcrm.com> wrote:
> MAssist product update - November
> New: export your data to CSV in one click. Access your account to try it.
> You are receiving this email because you are a MAssist user. Unsubscribe here.
"""),
    R("en-028", "en", ["access", "erasure", "objection", "portability", "rectification", "restriction"],
      "Sophie Turner", "Winterfell Media Ltd",
      "Sophie Turner <sophie.turner@winterfellmedia.com>", "GDPR rights",
      """Dear Data Protection Officer,

Regarding your processing of my personal data I request:
a) access to my personal data (Art. 15 GDPR);
b) rectification of inaccurate data (Art. 16 GDPR);
c) erasure of data you no longer need (Art. 17 GDPR);
d) restriction of processing while the above is checked (Art. 18 GDPR);
e) a copy of the data I provided in a portable format (Art. 20 GDPR);
f) I object to processing based on legitimate interests (Art. 21 GDPR).

I work at Winterfell Media Ltd.

Sophie Turner
"""),
    R("en-029", "en", ["erasure"], "Paul Young", "Stonebridge Logistics",
      "Paul Young <paul.young@stonebridge-logistics.com>", "Request",
      """Hi,

Please delete my data. Paul Young, Stonebridge Logistics.

--
Paul Young
Driver Coordinator
Stonebridge Logistics
Tel: +44 20 7946 0958
"""),
    R("en-030", "en", ["access"], "Isabella Rossi", "Ferretti Costruzioni S.p.A.",
      "Isabella Rossi <isabella.rossi@ferretti-costruzioni.it>", "Data request",
      """Hello,

Sorry for writing in English. Please send me all the data you have about me.
My employer is Ferretti Costruzioni S.p.A.

Isabella Rossi
""", note="Italian name writing English"),
    R("en-031", "en", ["rectification"], "Ahmed Hassan", "Nile Engineering",
      "Ahmed Hassan <ahmed.hassan@nileeng.com>", "Update my details",
      """Hello,

My surname is spelled wrongly in your records (Hasan instead of Hassan). Please fix it and update my phone
number to +20 10 1234 5678.

Ahmed Hassan
Nile Engineering
"""),
    R("en-032", "en", ["erasure"], "Julia Roberts", "Silverline Events",
      "HR Silverline <hr@silverline-events.com>", "Deletion request for former employee",
      """Dear DPO,

On behalf of our former employee Julia Roberts, who left Silverline Events in September, we ask you to delete
her user profile and personal data from MAssist.

Kind regards,
Tom Baker
HR, Silverline Events
"""),
    R("en-033", "en", ["erasure"], "Chris Evans", None,
      "Chris Evans <chris.evans.82@gmail.com>", "Delete",
      """Please erase my data. Do not send me a copy, I just want it gone.

Chris Evans
"""),
    R("en-034", "en", ["access", "opt_out_sale"], "Megan Fox", "Golden Gate Fitness",
      "Megan Fox <megan@goldengatefitness.com>", "CCPA",
      """Hi,

I'm a California resident. Please tell me what personal information you have collected about me and
opt me out of any sale or sharing of my personal information.

Megan Fox
Golden Gate Fitness
"""),
    R("en-035", "en", ["erasure"], "William Turner", "Blackpearl Shipping",
      "William Turner <w.turner@blackpearl-shipping.com>", "GDPR",
      """Dear DPO,

please remove my personal information from your CRM.

Best,
William Turner
Fleet Manager at Blackpearl Shipping
"""),
    R("en-036", "en", ["access"], "Ethan Hunt", None,
      "Ethan Hunt <ehunt@icloud.com>", "Request for my data",
      """To the DPO,

I'd like a copy of my personal data please. My account id is ACC-7781234.

Ethan Hunt
Sent from my iPhone
""", fmt="html"),
    R("en-037", "en", ["erasure"], "Olivia Brown", "Maple Leaf Insurance",
      "Olivia Brown <olivia.brown@mapleleaf-ins.ca>", "Account closure",
      """Hello,

I am leaving Maple Leaf Insurance and I don't want you to keep my data. Please erase it.

Olivia Brown
"""),
    R("en-038", "en", ["access"], "Noah Davis", "Summit Outdoor Gear",
      "Noah Davis <noah.davis@summitoutdoor.com>", "Copy of my data",
      """Hi,

I'm not asking you to delete anything - I just need a copy of my data for my records.

Noah Davis
Summit Outdoor Gear
"""),
    R("en-039", "en", ["erasure"], "Amelia Clarke", "Riverside Veterinary Clinic",
      "Mine Requests <requests@saymine.com>", "Data deletion request - Amelia Clarke",
      """Hi,

I am writing to you via Mine (saymine.com). My name is Amelia Clarke and I would like you to delete all my
personal data from your systems according to Article 17 GDPR.

I work for Riverside Veterinary Clinic.

This email was sent on behalf of Amelia Clarke by Mine, a personal data management service.
""", headers={"Auto-Submitted": "auto-generated"}, note="request service with automatic header"),
    R("en-040", "en", ["access"], "Harry Wilson", "Thames Water Works",
      "Harry Wilson <harry.wilson@thameswaterworks.co.uk>", "Re: [DPO-2026-0412] We have received your request",
      """Hello,

I'd like a copy of everything you hold about me - that's the right I want to exercise. My employer is
Thames Water Works.

Harry Wilson
""" + ACK_QUOTE, fmt="qp-latin1"),
    # ---------------------------------------------------------------- German
    R("de-001", "de", ["erasure"], "Jürgen Weiß", "Nordlicht Versicherung AG",
      "Jürgen Weiß <juergen.weiss@nordlicht-versicherung.de>", "Löschung meiner Daten",
      """Sehr geehrte Damen und Herren,

hiermit fordere ich Sie auf, alle meine personenbezogenen Daten gemäß Art. 17 DSGVO unverzüglich zu löschen.

Ich arbeite bei der Nordlicht Versicherung AG.

Mit freundlichen Grüßen
Jürgen Weiß
""", fmt="qp-latin1"),
    R("de-002", "de", ["access"], "Sabine Müller", "Bäckerei Schmidt GmbH",
      "\"Müller, Sabine\" <s.mueller@baeckerei-schmidt.de>", "Auskunftsersuchen nach Art. 15 DSGVO",
      """Sehr geehrte Damen und Herren,

ich bitte um Auskunft darüber, ob Sie personenbezogene Daten über mich verarbeiten, und gegebenenfalls um
eine Kopie dieser Daten.

Mein Arbeitgeber ist die Bäckerei Schmidt GmbH.

Freundliche Grüße
Sabine Müller
"""),
    R("de-003", "de", ["objection"], "Klaus Becker", None,
      "Klaus Becker <klaus.becker@web.de>", "Werbung",
      """Hallo,

ich widerspreche der Nutzung meiner Daten für Werbezwecke. Bitte schicken Sie mir keine Newsletter mehr.

Gruß
Klaus Becker
"""),
    R("de-004", "de", ["rectification"], "Anna Schneider", "Schneider & Partner Steuerberatung",
      "Anna Schneider <a.schneider@schneider-partner.de>", "Berichtigung",
      """Guten Tag,

meine Adresse in Ihrem System ist falsch. Bitte berichtigen Sie sie: Lindenstraße 5, 10115 Berlin.
Löschen möchte ich mein Konto ausdrücklich nicht.

Viele Grüße
Anna Schneider
Steuerberaterin | Schneider & Partner Steuerberatung
""", fmt="b64"),
    R("de-005", "de", ["access", "erasure"], "Stefan Hoffmann", "Hoffmann Elektrotechnik GmbH",
      "Stefan Hoffmann <stefan@hoffmann-elektro.de>", "DSGVO",
      """Sehr geehrte Damen und Herren,

ich bitte Sie:
1. mir mitzuteilen, welche Daten Sie über mich gespeichert haben,
2. diese Daten anschließend zu löschen.

Mit freundlichen Grüßen
Stefan Hoffmann
Geschäftsführer
Hoffmann Elektrotechnik GmbH
"""),
    R("de-006", "de", ["withdraw_consent"], "Lena Fischer", "Fischer Design",
      "Lena Fischer <lena@fischer-design.de>", "Widerruf meiner Einwilligung",
      """Hallo,

hiermit widerrufe ich meine Einwilligung in die Verarbeitung meiner Daten für das Nutzerprofil.

Lena Fischer, Fischer Design
""", fmt="html"),
    R("de-007", "de", ["portability"], "Tobias Wagner", "Wagner Logistik KG",
      "Tobias Wagner <t.wagner@wagner-logistik.de>", "Datenübertragbarkeit",
      """Guten Tag,

gemäß Art. 20 DSGVO bitte ich um Herausgabe meiner Daten in einem maschinenlesbaren Format.

Beste Grüße
Tobias Wagner
Wagner Logistik KG
"""),
    R("de-008", "de", ["erasure"], "Monika Braun", "Stadtwerke Ulm",
      "Monika Braun <monika.braun@gmx.de>", "Konto löschen",
      """Hallo,
bitte lösche mein Konto, ich arbeite nicht mehr bei den Stadtwerke Ulm.
Danke
Monika Braun
""", note="employer named as former employer"),
    R("de-009", "de", ["access"], "Max Mustermann", "Mustermann Bau GmbH",
      "Dr. Max Mustermann <max@mustermann-bau.de>", "Anfrage",
      """Sehr geehrte Damen und Herren,

ich möchte wissen, welche Informationen Sie über mich haben.

Mit freundlichen Grüßen
Dr. Max Mustermann
Mustermann Bau GmbH
"""),
    R("de-010", "de", ["erasure"], "Petra Zimmermann", "Autohaus Keller GmbH",
      "Rechtsanwalt Frank Lorenz <kanzlei@lorenz-recht.de>", "Löschungsverlangen Petra Zimmermann",
      """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die Interessen von Frau Petra Zimmermann, Mitarbeiterin der Autohaus Keller GmbH,
vertreten. Namens und im Auftrag unserer Mandantin verlangen wir die Löschung sämtlicher personenbezogener
Daten nach Art. 17 DSGVO.

Mit freundlichen Grüßen
Frank Lorenz
Rechtsanwalt
"""),
    R("de-011", "de", ["restriction"], "Uwe Krause", "Krause Maschinenbau",
      "Uwe Krause <uwe.krause@krause-maschinenbau.de>", "Einschränkung der Verarbeitung",
      """Sehr geehrte Damen und Herren,

ich bestreite die Richtigkeit der gespeicherten Daten und verlange die Einschränkung der Verarbeitung
nach Art. 18 DSGVO.

Uwe Krause
Krause Maschinenbau
"""),
    R("de-012", "de", ["access"], "Katrin Vogel", None,
      "Katrin Vogel <katrin.vogel@t-online.de>", "Meine Daten",
      """Hallo, was habt ihr alles über mich gespeichert? Schickt mir bitte eine Kopie.
Katrin
"""),
    # ---------------------------------------------------------------- French
    R("fr-001", "fr", ["erasure"], "Camille Dubois", "Lumen Retail SAS",
      "Camille Dubois <camille.dubois@lumen-retail.fr>", "Suppression de mes données",
      """Bonjour,

Je vous demande de supprimer l'ensemble de mes données personnelles conformément à l'article 17 du RGPD.

Je travaille chez Lumen Retail SAS.

Cordialement,
Camille Dubois
""", fmt="qp-latin1"),
    R("fr-002", "fr", ["access"], "Élodie Lefèvre", "Boulangerie Martin",
      "Élodie Lefèvre <elodie.lefevre@orange.fr>", "Droit d'accès",
      """Madame, Monsieur,

En application de l'article 15 du RGPD, je souhaite obtenir une copie de toutes les données personnelles
que vous détenez à mon sujet.

Mon employeur est la Boulangerie Martin.

Veuillez agréer mes salutations distinguées.
Élodie Lefèvre
"""),
    R("fr-003", "fr", ["objection"], "Pierre Moreau", None,
      "Pierre Moreau <pierre.moreau@free.fr>", "Désabonnement",
      """Bonjour,

Je ne veux plus recevoir vos emails publicitaires. Je m'oppose au traitement de mes données à des fins de
prospection.

Pierre Moreau
"""),
    R("fr-004", "fr", ["rectification"], "Sophie Laurent", "Atelier Laurent",
      "Sophie Laurent <sophie@atelier-laurent.fr>", "Rectification",
      """Bonjour,

Mon nom est mal orthographié dans votre base (Lorent au lieu de Laurent). Merci de le corriger.

Sophie Laurent | Gérante | Atelier Laurent
""", fmt="html"),
    R("fr-005", "fr", ["access", "erasure"], "Nicolas Bernard", "Transports Bernard SARL",
      "Nicolas Bernard <n.bernard@transports-bernard.fr>", "RGPD",
      """Bonjour,

Je souhaite savoir quelles données vous avez sur moi, puis que vous les effaciez.

Bien à vous,
Nicolas Bernard
Transports Bernard SARL
"""),
    R("fr-006", "fr", ["withdraw_consent"], "Julie Petit", "Cabinet Petit Avocats",
      "Julie Petit <julie.petit@cabinet-petit.fr>", "Retrait du consentement",
      """Madame, Monsieur,

Je retire mon consentement au traitement de mes données personnelles pour mon profil utilisateur.

Julie Petit
Cabinet Petit Avocats
"""),
    R("fr-007", "fr", ["erasure"], "Marc Lambert", "Groupe Horizon",
      "Marc Lambert <marc.lambert@groupe-horizon.fr>", "Demande",
      """Bonjour,

Je ne souhaite pas que mes données soient conservées. Effacez mon compte s'il vous plaît.

Marc Lambert
Responsable commercial, Groupe Horizon
"""),
    R("fr-008", "fr", ["portability"], "Amélie Girard", "Girard Conseil",
      "Amélie Girard <amelie.girard@girard-conseil.fr>", "Portabilité",
      """Bonjour,

J'exerce mon droit à la portabilité : merci de me transmettre mes données dans un format structuré et
lisible par machine.

Amélie Girard
Girard Conseil
"""),
    R("fr-009", "fr", ["access"], "Thomas Roux", None,
      "Thomas Roux <thomas.roux@laposte.net>", "Mes données",
      """Bonjour, pouvez-vous m'envoyer tout ce que vous avez sur moi ? Merci. Thomas Roux
"""),
    R("fr-010", "fr", ["erasure"], "Claire Fontaine", "Fontaine Immobilier",
      "Maître Henri Blanc <h.blanc@avocats-blanc.fr>", "Demande d'effacement pour ma cliente",
      """Madame, Monsieur,

Je vous écris au nom de ma cliente, Mme Claire Fontaine, salariée de Fontaine Immobilier, afin de
solliciter l'effacement de ses données personnelles (article 17 du RGPD).

Maître Henri Blanc
Avocat au Barreau de Lyon
"""),
    R("fr-011", "fr", ["automated_decision"], "Karim Benali", "Benali Services",
      "Karim Benali <karim.benali@benali-services.fr>", "Décision automatisée",
      """Bonjour,

Mon compte a été bloqué par une décision automatisée. Je demande une intervention humaine et le réexamen de
cette décision (article 22 du RGPD).

Karim Benali
Benali Services
"""),
    # ---------------------------------------------------------------- Spanish
    R("es-001", "es", ["erasure"], "Lucía Fernández", "Talleres Iberia S.L.",
      "Lucía Fernández <lucia.fernandez@talleresiberia.es>", "Supresión de datos",
      """Estimados señores:

Por la presente solicito la supresión de todos mis datos personales de acuerdo con el artículo 17 del RGPD.

Trabajo en Talleres Iberia S.L.

Atentamente,
Lucía Fernández
""", fmt="qp-latin1"),
    R("es-002", "es", ["access"], "Javier Martín", "Hostelería del Sur",
      "Javier Martín <javier.martin@gmail.com>", "Derecho de acceso",
      """Hola,

Quiero saber qué datos personales tienen sobre mí y solicito una copia de los mismos.

Mi empresa es Hostelería del Sur.

Saludos,
Javier Martín
"""),
    R("es-003", "es", ["objection"], "Carmen López", None,
      "Carmen López <carmen.lopez@hotmail.es>", "Publicidad",
      """Buenas tardes,

Me opongo al tratamiento de mis datos con fines de marketing. No quiero recibir más correos comerciales.

Carmen López
"""),
    R("es-004", "es", ["rectification"], "Diego Sánchez", "Construcciones Sánchez S.A.",
      "Diego Sánchez <diego@construcciones-sanchez.es>", "Rectificación",
      """Hola,

Mi número de teléfono está mal en su sistema. Por favor, corríjanlo: +34 612 345 678.

Diego Sánchez
Jefe de obra | Construcciones Sánchez S.A.
"""),
    R("es-005", "es", ["access", "erasure"], "Ana Ruiz", "Clínica Dental Ruiz",
      "Ana Ruiz <ana.ruiz@clinicaruiz.es>", "RGPD",
      """Estimados:

1. Quiero saber qué datos tienen sobre mí.
2. Después, borren mi cuenta y todos mis datos.

Un saludo,
Ana Ruiz
Clínica Dental Ruiz
""", fmt="html"),
    R("es-006", "es", ["erasure"], "Pablo Gómez", None,
      "Pablo Gómez <pablo.gomez@yahoo.es>", "borrar",
      """Hola, quiero que borren mis datos. No quiero que me borren la cuenta de trabajo, solo mis datos
personales del perfil... bueno, en realidad bórrenlo todo.
Pablo
""", note="self-correcting negation ends in deletion"),
    R("es-007", "es", ["withdraw_consent"], "Marta Jiménez", "Agencia Viajes Sol",
      "Marta Jiménez <marta@viajessol.es>", "Retirada del consentimiento",
      """Buenos días,

Retiro mi consentimiento para el tratamiento de mis datos personales.

Marta Jiménez
Agencia Viajes Sol
"""),
    R("es-008", "es", ["portability"], "Sergio Navarro", "Navarro Abogados",
      "Sergio Navarro <sergio@navarroabogados.es>", "Portabilidad",
      """Hola,

Ejerzo mi derecho a la portabilidad de los datos: envíenme mis datos en un formato estructurado y de uso
común.

Sergio Navarro
Navarro Abogados
"""),
    R("es-009", "es", ["access"], "Valentina Torres", "Café Central México",
      "Valentina Torres <valentina.torres@cafecentral.mx>", "Mis datos",
      """Hola, ¿me pueden mandar toda la información que tienen de mí? Gracias.
Valentina Torres
Café Central México
"""),
    R("es-010", "es", ["erasure"], "Alejandro Castro", "Grupo Andino",
      "Alejandro Castro <a.castro@grupoandino.co>", "Eliminar cuenta",
      """Buen día,

Les pido eliminar mi cuenta y mis datos personales. Soy empleado de Grupo Andino.

Saludos cordiales,
Alejandro Castro
"""),
    # ---------------------------------------------------------------- Italian
    R("it-001", "it", ["erasure"], "Giulia Bianchi", "Ferretti Costruzioni S.p.A.",
      "Giulia Bianchi <giulia.bianchi@ferretti-costruzioni.it>", "Cancellazione dati",
      """Gentili Signori,

chiedo la cancellazione di tutti i miei dati personali ai sensi dell'art. 17 del GDPR.

Lavoro presso Ferretti Costruzioni S.p.A.

Cordiali saluti,
Giulia Bianchi
""", fmt="qp-latin1"),
    R("it-002", "it", ["access"], "Marco Russo", "Pasticceria Russo",
      "Marco Russo <marco.russo@libero.it>", "Accesso ai dati",
      """Buongiorno,

vorrei sapere quali dati personali avete su di me e ricevere una copia.

Il mio datore di lavoro è la Pasticceria Russo.

Grazie,
Marco Russo
"""),
    R("it-003", "it", ["objection"], "Francesca Romano", None,
      "Francesca Romano <francesca.romano@gmail.com>", "Marketing",
      """Buongiorno,

mi oppongo al trattamento dei miei dati per finalità di marketing. Non voglio più ricevere newsletter.

Francesca Romano
"""),
    R("it-004", "it", ["rectification"], "Luca Colombo", "Colombo Trasporti S.r.l.",
      "Luca Colombo <luca@colombotrasporti.it>", "Rettifica",
      """Salve,

il mio indirizzo email nei vostri archivi è sbagliato. Vi chiedo di correggerlo.

Luca Colombo | Responsabile logistica | Colombo Trasporti S.r.l.
"""),
    R("it-005", "it", ["access", "erasure"], "Chiara Ricci", "Studio Ricci",
      "Chiara Ricci <chiara.ricci@studioricci.it>", "Richiesta GDPR",
      """Buongiorno,

vi chiedo:
1) una copia dei miei dati personali;
2) la loro cancellazione.

Chiara Ricci
Studio Ricci
""", fmt="b64"),
    R("it-006", "it", ["withdraw_consent"], "Alessandro Greco", "Greco Assicurazioni",
      "Alessandro Greco <a.greco@grecoassicurazioni.it>", "Revoca del consenso",
      """Spettabile azienda,

revoco il consenso al trattamento dei miei dati personali.

Alessandro Greco
Greco Assicurazioni
"""),
    R("it-007", "it", ["erasure"], "Sara Conti", None,
      "Sara Conti <sara.conti@virgilio.it>", "cancellate il mio account",
      """ciao, cancellate il mio account per favore. non uso più il servizio
Sara Conti
"""),
    R("it-008", "it", ["portability"], "Davide Marino", "Marino Software",
      "Davide Marino <davide@marinosoftware.it>", "Portabilità dei dati",
      """Buongiorno,

esercito il diritto alla portabilità: inviatemi i miei dati in un formato strutturato e leggibile da
dispositivo automatico.

Davide Marino
Marino Software
"""),
    R("it-009", "it", ["access"], "Elena Gallo", "Gallo Alimentari",
      "Elena Gallo <elena.gallo@galloalimentari.it>", "Informazioni",
      """Buongiorno,

non voglio cancellare nulla, vorrei solo sapere quali informazioni conservate su di me.

Elena Gallo
Gallo Alimentari
"""),
    # ---------------------------------------------------------------- Dutch
    R("nl-001", "nl", ["erasure"], "Jan de Vries", "Van Dijk Bouw B.V.",
      "Jan de Vries <jan.devries@vandijkbouw.nl>", "Verwijderen van mijn gegevens",
      """Geachte heer/mevrouw,

Hierbij verzoek ik u al mijn persoonsgegevens te verwijderen op grond van artikel 17 AVG.

Ik werk bij Van Dijk Bouw B.V.

Met vriendelijke groet,
Jan de Vries
""", fmt="qp-latin1"),
    R("nl-002", "nl", ["access"], "Sanne Bakker", "Bakker Installatietechniek",
      "Sanne Bakker <sanne.bakker@ziggo.nl>", "Inzageverzoek",
      """Beste,

Ik wil graag inzage in de persoonsgegevens die u van mij verwerkt (artikel 15 AVG).

Mijn werkgever is Bakker Installatietechniek.

Groeten,
Sanne Bakker
"""),
    R("nl-003", "nl", ["objection"], "Pieter Jansen", None,
      "Pieter Jansen <pieter.jansen@kpnmail.nl>", "Geen reclame meer",
      """Hallo,

Ik maak bezwaar tegen het gebruik van mijn gegevens voor direct marketing. Stuur mij geen nieuwsbrieven meer.

Pieter Jansen
"""),
    R("nl-004", "nl", ["rectification"], "Emma Visser", "Visser Tuinen",
      "Emma Visser <emma@vissertuinen.nl>", "Correctie",
      """Hallo,

Mijn adres klopt niet in jullie systeem. Kunnen jullie dat aanpassen? Verwijder mijn account niet.

Emma Visser | Eigenaar | Visser Tuinen
""", fmt="html"),
    R("nl-005", "nl", ["access", "erasure"], "Daan Smit", "Smit Transport",
      "Daan Smit <daan.smit@smittransport.nl>", "AVG verzoek",
      """Goedemiddag,

Ik wil weten welke gegevens jullie over mij hebben en daarna wil ik dat jullie alles wissen.

Daan Smit
Smit Transport
"""),
    R("nl-006", "nl", ["withdraw_consent"], "Lotte Mulder", "Mulder Reclame",
      "Lotte Mulder <lotte@mulderreclame.nl>", "Intrekken toestemming",
      """Beste,

Ik trek mijn toestemming voor de verwerking van mijn persoonsgegevens in.

Lotte Mulder
Mulder Reclame
"""),
    R("nl-007", "nl", ["erasure"], "Bram de Jong", None,
      "Bram de Jong <bramdejong@gmail.com>", "account",
      """verwijder mijn account aub, ik gebruik het niet meer. groet bram de jong
"""),
    R("nl-008", "nl", ["portability"], "Fleur van den Berg", "Berg Advies",
      "Fleur van den Berg <fleur@bergadvies.nl>", "Dataportabiliteit",
      """Geachte DPO,

Graag ontvang ik mijn gegevens in een gestructureerd, machineleesbaar formaat, zodat ik ze kan overdragen
aan een andere dienst.

Fleur van den Berg
Berg Advies
"""),
    R("nl-009", "nl", ["access"], "Ruben Peters", "Peters Accountancy",
      "Ruben Peters <ruben.peters@petersaccountancy.nl>", "Vraag",
      """Hallo,

Kunt u mij een kopie sturen van alles wat u over mij heeft opgeslagen?

Met vriendelijke groet,
Ruben Peters
Peters Accountancy
"""),
    # ---------------------------------------------------------------- Portuguese
    R("pt-001", "pt", ["erasure"], "João Silva", "Construtora Atlântico Lda",
      "João Silva <joao.silva@construtora-atlantico.pt>", "Apagamento de dados",
      """Exmos. Senhores,

Venho por este meio solicitar o apagamento de todos os meus dados pessoais, nos termos do artigo 17.º do RGPD.

Trabalho na Construtora Atlântico Lda.

Com os melhores cumprimentos,
João Silva
""", fmt="qp-latin1"),
    R("pt-002", "pt", ["access"], "Mariana Costa", "Farmácia Central",
      "Mariana Costa <mariana.costa@sapo.pt>", "Acesso aos meus dados",
      """Bom dia,

Gostaria de saber que dados pessoais têm sobre mim e de receber uma cópia.

A minha entidade empregadora é a Farmácia Central.

Obrigada,
Mariana Costa
"""),
    R("pt-003", "pt", ["objection"], "Rafael Oliveira", None,
      "Rafael Oliveira <rafael.oliveira@gmail.com>", "Marketing",
      """Olá,

Oponho-me ao uso dos meus dados para marketing direto. Não quero receber mais emails promocionais.

Rafael Oliveira
"""),
    R("pt-004", "pt", ["rectification"], "Beatriz Santos", "Santos & Filhos",
      "Beatriz Santos <beatriz@santosefilhos.com.br>", "Correção de dados",
      """Olá,

Meu sobrenome está errado no cadastro. Por favor, corrijam para Santos.

Beatriz Santos | Gerente | Santos & Filhos
""", fmt="b64"),
    R("pt-005", "pt", ["access", "erasure"], "Pedro Almeida", "Almeida Engenharia",
      "Pedro Almeida <pedro@almeidaengenharia.com.br>", "LGPD",
      """Prezados,

1. Quero saber quais dados vocês têm sobre mim.
2. Depois, excluam minha conta e meus dados.

Att.,
Pedro Almeida
Almeida Engenharia
"""),
    R("pt-006", "pt", ["withdraw_consent"], "Inês Ferreira", "Ferreira Design",
      "Inês Ferreira <ines@ferreiradesign.pt>", "Retirada de consentimento",
      """Bom dia,

Retiro o meu consentimento para o tratamento dos meus dados pessoais.

Inês Ferreira
Ferreira Design
"""),
    R("pt-007", "pt", ["erasure"], "Lucas Rodrigues", None,
      "Lucas Rodrigues <lucas.rodrigues@hotmail.com>", "apagar conta",
      """oi, por favor apaguem minha conta e todos os meus dados. valeu
Lucas Rodrigues
"""),
    R("pt-008", "pt", ["portability"], "Catarina Sousa", "Sousa Consultoria",
      "Catarina Sousa <catarina@sousaconsultoria.pt>", "Portabilidade",
      """Bom dia,

Exerço o meu direito à portabilidade: enviem-me os meus dados num formato estruturado e de leitura
automática.

Catarina Sousa
Sousa Consultoria
"""),
    R("pt-009", "pt", ["access"], "Gabriel Lima", "Lima Transportes",
      "Gabriel Lima <gabriel.lima@limatransportes.com.br>", "Pedido",
      """Olá, não quero apagar nada, só quero uma cópia dos meus dados.
Gabriel Lima
Lima Transportes
"""),
    # ---------------------------------------------------------------- Polish
    R("pl-001", "pl", ["erasure"], "Łukasz Wójcik", "Polmex Sp. z o.o.",
      "Łukasz Wójcik <lukasz.wojcik@polmex.pl>", "Usunięcie danych",
      """Szanowni Państwo,

na podstawie art. 17 RODO proszę o usunięcie wszystkich moich danych osobowych.

Pracuję w Polmex Sp. z o.o.

Z poważaniem,
Łukasz Wójcik
""", fmt="b64"),
    R("pl-002", "pl", ["access"], "Agnieszka Nowak", "Biuro Rachunkowe Nowak",
      "Agnieszka Nowak <agnieszka.nowak@wp.pl>", "Dostęp do danych",
      """Dzień dobry,

proszę o informację, jakie dane osobowe Państwo o mnie przetwarzają, oraz o ich kopię (art. 15 RODO).

Mój pracodawca to Biuro Rachunkowe Nowak.

Pozdrawiam,
Agnieszka Nowak
"""),
    R("pl-003", "pl", ["objection"], "Tomasz Kamiński", None,
      "Tomasz Kamiński <tomasz.kaminski@onet.pl>", "Marketing",
      """Dzień dobry,

wnoszę sprzeciw wobec przetwarzania moich danych w celach marketingowych. Nie chcę dostawać newslettera.

Tomasz Kamiński
"""),
    R("pl-004", "pl", ["rectification"], "Katarzyna Lewandowska", "Lewandowski i Wspólnicy",
      "Katarzyna Lewandowska <k.lewandowska@lewandowski.pl>", "Sprostowanie danych",
      """Dzień dobry,

moje nazwisko jest błędnie zapisane w Państwa systemie. Proszę o sprostowanie danych.

Katarzyna Lewandowska | Radca prawny | Lewandowski i Wspólnicy
""", fmt="html"),
    R("pl-005", "pl", ["access", "erasure"], "Piotr Zieliński", "Transbud S.A.",
      "Piotr Zieliński <piotr.zielinski@transbud.pl>", "RODO",
      """Dzień dobry,

1. Proszę o informację, jakie dane o mnie posiadacie.
2. Następnie proszę o usunięcie mojego konta i danych.

Piotr Zieliński
Transbud S.A.
"""),
    R("pl-006", "pl", ["withdraw_consent"], "Magdalena Szymańska", "Szymańska Design",
      "Magdalena Szymańska <magda@szymanska-design.pl>", "Cofnięcie zgody",
      """Dzień dobry,

cofam zgodę na przetwarzanie moich danych osobowych.

Magdalena Szymańska
Szymańska Design
"""),
    R("pl-007", "pl", ["erasure"], "Michał Dąbrowski", None,
      "Michał Dąbrowski <michal.dabrowski@gmail.com>", "usuń konto",
      """prosze usunac moje konto i dane. dzieki
Michał Dąbrowski
""", note="Polish without diacritics"),
    R("pl-008", "pl", ["portability"], "Joanna Wiśniewska", "Wiśniewski Logistyka",
      "Joanna Wiśniewska <joanna@wisniewski-logistyka.pl>", "Przenoszenie danych",
      """Dzień dobry,

na podstawie art. 20 RODO proszę o przesłanie moich danych w ustrukturyzowanym formacie nadającym się do
odczytu maszynowego.

Joanna Wiśniewska
Wiśniewski Logistyka
"""),
    R("pl-009", "pl", ["access"], "Krzysztof Mazur", "Mazur Budownictwo",
      "Krzysztof Mazur <k.mazur@mazurbud.pl>", "Pytanie",
      """Dzień dobry,

nie chcę niczego usuwać, proszę tylko o kopię moich danych.

Krzysztof Mazur
Mazur Budownictwo
"""),
    # ---------------------------------------------------------------- Hindi (Devanagari)
    R("hi-001", "hi", ["erasure"], "राहुल शर्मा", "शर्मा टेक्सटाइल्स",
      "राहुल शर्मा <rahul.sharma@sharmatextiles.in>", "मेरा डेटा हटाएं",
      """नमस्ते,

कृपया मेरा सारा व्यक्तिगत डेटा हटा दें। मैं शर्मा टेक्सटाइल्स में काम करता हूँ।

धन्यवाद,
राहुल शर्मा
""", fmt="b64"),
    R("hi-002", "hi", ["access"], "प्रिया वर्मा", None,
      "प्रिया वर्मा <priya.verma@gmail.com>", "मेरी जानकारी",
      """नमस्ते,

मेरे बारे में आपके पास कौन सी व्यक्तिगत जानकारी है? कृपया उसकी एक प्रति भेजें।

प्रिया वर्मा
"""),
    R("hi-003", "hi", ["rectification"], "अमित कुमार", "कुमार इंजीनियरिंग",
      "अमित कुमार <amit.kumar@kumareng.in>", "सुधार",
      """महोदय,

मेरा पता आपके रिकॉर्ड में गलत है। कृपया इसे सुधार दें।

अमित कुमार
कुमार इंजीनियरिंग
"""),
    R("hi-004", "hi", ["grievance"], "सुनीता देवी", None,
      "सुनीता देवी <sunita.devi@rediffmail.com>", "शिकायत",
      """महोदय,

मैंने एक महीने पहले अपना डेटा हटाने का अनुरोध किया था, लेकिन कोई जवाब नहीं मिला। मैं इस बारे में शिकायत दर्ज
करना चाहती हूँ।

सुनीता देवी
"""),
    R("hi-005", "hi", ["objection"], "विकास गुप्ता", "गुप्ता ट्रेडर्स",
      "विकास गुप्ता <vikas@guptatraders.in>", "मार्केटिंग ईमेल",
      """नमस्ते,

कृपया मुझे मार्केटिंग ईमेल भेजना बंद करें।

विकास गुप्ता
गुप्ता ट्रेडर्स
""", fmt="html"),
    # ---------------------------------------------------------------- Hinglish
    R("hx-001", "hi", ["erasure"], "Rahul Verma", "Infobridge Solutions",
      "Rahul Verma <rahul.verma@infobridge.in>", "data delete karna hai",
      """Hi team,

Mera saara personal data aapke system se delete kar do please. Main Infobridge Solutions mein kaam karta hoon.

Thanks,
Rahul Verma
"""),
    R("hx-002", "hi", ["access"], "Neha Singh", None,
      "Neha Singh <nehasingh1995@gmail.com>", "mera data",
      """hello, mujhe jaanna hai ki aapke paas mere baare mein kya kya data hai. uski copy bhej dijiye.
Neha Singh
"""),
    R("hx-003", "hi", ["objection"], "Rohit Yadav", "Yadav Motors",
      "Rohit Yadav <rohit@yadavmotors.in>", "promotional mails band karo",
      """Bhai yeh promotional emails bhejna band karo, mujhe nahi chahiye.
Rohit Yadav
Yadav Motors
"""),
    R("hx-004", "hi", ["rectification"], "Anjali Mishra", "Pune Software Labs",
      "Anjali Mishra <anjali.mishra@punesoftlabs.com>", "details galat hain",
      """Hello,

Aapke record mein meri details galat hain, mera phone number update kar dijiye: +91 98765 43210.
Account delete mat karna.

Anjali Mishra | QA Engineer | Pune Software Labs
"""),
    R("hx-005", "hi", ["grievance"], "Manoj Tiwari", "Tiwari Enterprises",
      "Manoj Tiwari <manoj.tiwari@tiwarient.in>", "complaint",
      """Sir,

Maine 1 mahina pehle data delete karne ki request bheji thi, abhi tak koi reply nahi aaya. Mujhe is baat ki
complaint karni hai.

Manoj Tiwari
Tiwari Enterprises
"""),
    R("hx-006", "hi", ["access", "erasure"], "Kavya Reddy", "Hyderabad Pharma Ltd",
      "Kavya Reddy <kavya.reddy@hydpharma.in>", "data request",
      """Hi,

Pehle mujhe batao mera kya data hai aapke paas, phir sab delete kar dena. Main Hyderabad Pharma Ltd mein
kaam karti hoon.

Kavya Reddy
"""),
    # ---------------------------------------------------------------- languages we do not read well
    R("xx-sv-001", "sv", ["erasure"], "Erik Lindqvist", None,
      "Erik Lindqvist <erik.lindqvist@telia.se>", "Radera mina uppgifter",
      """Hej,

Jag vill att ni raderar alla mina personuppgifter enligt artikel 17 i GDPR.

Med vänliga hälsningar
Erik Lindqvist
"""),
    R("xx-cs-001", "cs", ["access"], "Petr Novák", None,
      "Petr Novák <petr.novak@seznam.cz>", "Žádost o přístup k osobním údajům",
      """Dobrý den,

žádám o informaci, jaké osobní údaje o mně zpracováváte, a o jejich kopii podle článku 15 GDPR.

S pozdravem
Petr Novák
""", fmt="b64"),
    R("xx-tr-001", "tr", ["erasure"], "Ayşe Yılmaz", None,
      "Ayşe Yılmaz <ayse.yilmaz@gmail.com>", "Verilerimin silinmesi",
      """Merhaba,

Kişisel verilerimin sistemlerinizden silinmesini talep ediyorum.

Saygılarımla,
Ayşe Yılmaz
"""),
    # ---------------------------------------------------------------- auto-replies
    K("auto_reply", "ar-001", "en", "Helen Park <helen.park@contoso.com>", "Automatic reply: Your data request",
      """I am out of the office until 30 November with limited access to email. For urgent matters please contact
my colleague at support@contoso.com.
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    K("auto_reply", "ar-002", "de", "Markus Lang <markus.lang@lang-ag.de>", "Abwesenheitsnotiz: Ihre Anfrage",
      """Vielen Dank für Ihre Nachricht. Ich bin bis zum 2. Dezember nicht im Büro und habe keinen Zugriff auf
meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.
""", headers={"X-Autoreply": "yes"}),
    K("auto_reply", "ar-003", "en", "Support <support@helpdesk.example.com>",
      "[Ticket #48213] We received your request",
      """Hello,

Thank you for contacting us. Your request has been received and a ticket (#48213) has been created. One of
our agents will reply within 2 business days. To delete or update your request, reply to this email.

This is an automated message.
""", headers={"Auto-Submitted": "auto-generated", "Precedence": "auto_reply"}),
    K("auto_reply", "ar-004", "fr", "Claire Morel <claire.morel@entreprise.fr>", "Réponse automatique : Demande",
      """Bonjour,

Je suis absente du bureau jusqu'au 1er décembre. Pour toute demande urgente, contactez l'accueil.

Claire Morel
""", note="headers silent: only the subject and text say automatic"),
    K("auto_reply", "ar-005", "en", "Raj Malhotra <raj.malhotra@contoso.in>", "Out of Office: Re: Data deletion",
      """Hi,

I'm currently on leave and will return on 4 December. Please delete this email if you received it by mistake.
""", headers={"Auto-Submitted": "auto-replied"}),
    K("auto_reply", "ar-006", "es", "Luis Herrera <luis.herrera@empresa.es>", "Respuesta automática: Solicitud",
      """Estoy fuera de la oficina hasta el lunes. Responderé a su correo a mi regreso.
""", headers={"X-Autoreply": "yes"}, fmt="html"),
    K("auto_reply", "ar-007", "en", "noreply@service.example.com", "Your request has been received",
      """Thank you for your message. This mailbox is not monitored. If you want to unsubscribe or delete your
account, please log in to your account settings.
"""),
    K("auto_reply", "ar-008", "nl", "Eva de Boer <eva.deboer@bedrijf.nl>", "Automatisch antwoord: Verzoek",
      """Ik ben afwezig tot en met 30 november. Uw e-mail wordt niet doorgestuurd.
""", headers={"Auto-Submitted": "auto-replied"}),
    # ---------------------------------------------------------------- bounces
    K("bounce", "bo-001", "en", "Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>",
      "Delivery Status Notification (Failure)",
      """This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<someone@example.org>: host mx.example.org said: 550 5.1.1 user unknown
""", fmt="report", inner=Mail("bo-001-inner", "other", "en", [], None, None,
                              "Data Protection Officer <someone@example.org>", "We have received your request",
                              """Dear Sir or Madam,

Thank you for your request to delete your personal data. We will answer by 16 December 2026.
""")),
    K("bounce", "bo-002", "en", "MAILER-DAEMON@mail.example.com", "Undelivered Mail Returned to Sender",
      """This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.
The mail system: <j.doe@example.com>: mailbox full
"""),
    K("bounce", "bo-003", "de", "Mail Delivery System <postmaster@mail.firma.de>", "Unzustellbar: Ihre Anfrage",
      """Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: Ihre Anfrage zur Löschung Ihrer Daten
Die Nachricht konnte nicht zugestellt werden: Das Postfach des Empfängers ist voll.
""", fmt="report", inner=Mail("bo-003-inner", "other", "de", [], None, None, "DPO <dpo@massistcrm.com>",
                              "Ihre Anfrage", "Sehr geehrte Damen und Herren, wir haben Ihre Anfrage erhalten.\n")),
    K("bounce", "bo-004", "en", "Microsoft Outlook <postmaster@contoso.onmicrosoft.com>",
      "Undeliverable: Your access request",
      """Your message to anna@contoso.com couldn't be delivered.
anna wasn't found at contoso.com.
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", fmt="html"),
    # ---------------------------------------------------------------- bulk
    K("bulk", "bu-001", "en", "MAssist News <news@massistcrm.com>", "November product update",
      """MAssist product update - November

New: export your data to CSV in one click. Access your account to try it.
Delete old contacts faster with bulk actions.

You are receiving this email because you signed up for MAssist news. Unsubscribe | View in browser
""", headers={"List-Unsubscribe": "<mailto:unsub@massistcrm.com>", "Precedence": "bulk"}, fmt="html"),
    K("bulk", "bu-002", "de", "Shop Newsletter <newsletter@shop.example.de>", "Nur heute: 20 % auf alles",
      """Hallo,

nur heute 20 % Rabatt auf das gesamte Sortiment! Jetzt zugreifen.

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Newsletter abbestellen
""", headers={"List-Id": "<newsletter.shop.example.de>"}),
    K("bulk", "bu-003", "en", "Privacy Weekly <digest@privacyweekly.example>", "This week: erasure requests explained",
      """This week in privacy:
- How to handle a request to delete personal data
- What a subject access request must contain
- Opt-out of sale under the CCPA

You received this email because you subscribed to Privacy Weekly. Click here to unsubscribe.
""", note="headers silent: content shows a newsletter that talks about rights"),
    K("bulk", "bu-004", "fr", "Promo Voyages <promo@voyages.example.fr>", "Vos vacances à -30 %",
      """Partez en vacances à prix réduit ! Offre valable jusqu'au 30 novembre.

Vous recevez cet email car vous êtes inscrit à notre newsletter. Se désinscrire
""", headers={"List-Unsubscribe": "<https://voyages.example.fr/unsub>"}),
    K("bulk", "bu-005", "en", "dpo-forum@lists.example.org", "[dpo-forum] Handling deletion requests",
      """Hi all, how do you handle requests to delete data when the employer is the controller?

--
dpo-forum mailing list
""", headers={"List-Id": "DPO forum <dpo-forum.lists.example.org>", "Precedence": "list"}),
    # ---------------------------------------------------------------- other human mail
    K("other", "ot-001", "en", "Alex Morgan <alex.morgan@gmail.com>", "Application for the Data Analyst position",
      """Dear Hiring Manager,

I am writing to apply for the Data Analyst position advertised on your website. Please find my CV attached.

Kind regards,
Alex Morgan
""", name="Alex Morgan"),
    K("other", "ot-002", "pl", "Anna Kowalczyk <anna.kowalczyk@gmail.com>", "Aplikacja na stanowisko księgowej",
      """Dzień dobry,

w załączeniu przesyłam CV w odpowiedzi na ogłoszenie.

Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu
rekrutacji zgodnie z RODO.

Z poważaniem,
Anna Kowalczyk
""", name="Anna Kowalczyk", note="consent clause in a CV is not a request"),
    K("other", "ot-003", "en", "Sales Team <sales@dsarsoft.example>", "Automate your DSAR handling",
      """Hi there,

Are your teams drowning in data subject access requests and erasure requests? Our platform handles DSARs
end to end. Can we book a 15-minute call next week?

Best,
Jordan
DSARsoft
""", name="Jordan", note="vendor pitch that talks about rights"),
    K("other", "ot-004", "de", "Thomas Richter <t.richter@richter-gmbh.de>", "Rechnung 2026-114",
      """Guten Tag,

anbei die Rechnung 2026-114. Bitte um Zahlung innerhalb von 14 Tagen.

Mit freundlichen Grüßen
Thomas Richter
""", name="Thomas Richter"),
    K("other", "ot-005", "en", "Megan Lewis <megan.lewis@acme-corp.com>", "Re: Thanks",
      """Thanks, that's all sorted now. Have a nice weekend!

Megan
""" + ACK_QUOTE, name="Megan Lewis"),
    K("other", "ot-006", "fr", "Julien Martin <julien.martin@gmail.com>", "Candidature spontanée",
      """Bonjour,

Je me permets de vous adresser ma candidature spontanée pour un poste de développeur. Vous trouverez mon CV
en pièce jointe.

Cordialement,
Julien Martin
""", name="Julien Martin"),
    K("other", "ot-007", "en", "Sam Taylor <sam.taylor@outlook.com>", "Pricing",
      """Hi, how much does MAssist cost for a team of 20 people? Do you offer a trial?

Sam
""", name="Sam Taylor"),
    K("other", "ot-008", "es", "Lucas Pérez <lucas.perez@gmail.com>", "Candidatura",
      """Hola,

Les envío mi currículum para el puesto de comercial. Autorizo el tratamiento de mis datos personales para
el proceso de selección.

Un saludo,
Lucas Pérez
""", name="Lucas Pérez"),
]
# fmt: on

# The same texts in other envelopes: the extraction must not depend on how the bytes were packed.
_VARIANTS = [
    ("en-002", "html-b64"),
    ("en-005", "qp-latin1"),
    ("en-014", "html"),
    ("de-003", "alt"),
    ("de-012", "html"),
    ("fr-003", "b64"),
    ("fr-009", "alt"),
    ("es-003", "html-b64"),
    ("it-003", "alt"),
    ("nl-003", "b64"),
    ("pt-003", "alt"),
    ("pl-003", "html"),
    ("hx-002", "html"),
    ("en-026", "wrong-charset"),
    ("de-001", "wrong-charset"),
    ("en-033", "alt"),
    ("es-009", "qp-latin1"),
    ("it-007", "html"),
]
_BY_ID = {m.id: m for m in MAILS}
for _id, _fmt in _VARIANTS:
    _m = _BY_ID[_id]
    if _fmt in {"qp-latin1", "wrong-charset"} and not (_m.body + _m.frm).encode("utf-8", "ignore").isascii():
        try:
            _m.body.encode("latin-1")
        except UnicodeEncodeError:
            continue
    MAILS.append(Mail(**{**_m.__dict__, "id": f"{_id}-{_fmt}", "fmt": _fmt, "note": f"variant of {_id}"}))

# Forwarded as an attachment (message/rfc822): the requester sends the original from a work account.
MAILS.append(
    R(
        "en-041",
        "en",
        ["erasure"],
        "Sarah Johnson",
        "Meridian Travel Ltd",
        "Mark Davies <mark.davies@meridiantravel.com>",
        "Fwd: please remove my details",
        "Hi DPO, see the attached request from our former employee.\n\nMark Davies\nHR Manager, Meridian Travel Ltd\n",
        fmt="fwd-rfc822",
        inner=_BY_ID["en-016"].__class__(
            **{
                **_BY_ID["en-016"].__dict__,
                "id": "en-041-inner",
                "frm": "Sarah Johnson <sarah.johnson77@gmail.com>",
                "body": "Hi Mark, could you ask the CRM people to remove my details from their system? "
                "I have left the company at the end of October.\n\nThanks\nSarah Johnson\n",
            }
        ),
        note="forward as message/rfc822",
    )
)

# Corporate mail with confidentiality footers, whose "delete this e-mail" is no erasure request.
# fmt: off
MAILS.extend([
    R("en-042", "en", ["access"], "Catherine Lowe", "Harwood & Finch LLP",
      "Catherine Lowe <c.lowe@harwoodfinch.co.uk>", "Personal data held about me",
      """Dear Data Protection Officer,

Please provide me with a copy of the personal data you hold about me.

Kind regards,
Catherine Lowe
Office Administrator
Harwood & Finch LLP

This e-mail and any attachments are confidential and may be legally privileged. If you have received this
e-mail in error, please notify the sender immediately and delete it from your system. Any unauthorised use
is prohibited.
"""),
    R("de-013", "de", ["objection"], "Ralf Hoffmann", "Stadtwerke Bergheim GmbH",
      "Ralf Hoffmann <r.hoffmann@stadtwerke-bergheim.de>", "Werbung",
      """Guten Tag,

ich widerspreche der Verwendung meiner Daten für Werbung.

Mit freundlichen Grüßen
Ralf Hoffmann
Stadtwerke Bergheim GmbH

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie diese E-Mail irrtümlich erhalten haben,
informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
""", fmt="qp-latin1"),
])
# fmt: on
