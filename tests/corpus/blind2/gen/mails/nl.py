from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Sanne de Vries", note="informal Dutch 'wat hebben jullie van mij'; particle 'de' lower-case", ua="apple", cs="utf-8",
 frm=("Sanne de Vries", "sannedevries@kpnmail-like.example"), subj="Wat hebben jullie allemaal van mij?",
 body="""Hoi,

Ik krijg steeds mailtjes van een sportschoolketen die jullie CRM gebruikt, terwijl ik daar al drie jaar geen lid meer ben. Wat hebben jullie eigenlijk allemaal van mij opgeslagen? Stuur me dat maar even toe.

Groetjes,
Sanne de Vries
"""),

dict(cls="legal_anchor", rights=["automated_decision", "access"], name="Ruud Kok", emp="Bakkerij Van Dam B.V.", note="AVG art. 22 contest + request for logic (access); B.V. employer",
 frm=("Ruud Kok", "r.kok@bakkerijvandam.example"), subj="Bezwaar tegen geautomatiseerd besluit (art. 22 AVG)", ua="outlook", shape="alt", cs="utf-8",
 body="""Geachte heer, mevrouw,

Ik ben accountmanager bij Bakkerij Van Dam B.V. Sinds februari worden mijn klantgebieden automatisch toegewezen op basis van de "Territory Score" in Massist CRM. Daardoor ben ik mijn drie grootste klanten kwijtgeraakt, zonder dat iemand daar naar heeft gekeken.

Op grond van artikel 22, derde lid, AVG verzoek ik om menselijke tussenkomst en wil ik mijn standpunt kenbaar maken; ik betwist het besluit. Daarnaast verzoek ik op grond van artikel 15, eerste lid, onder h, AVG om nuttige informatie over de onderliggende logica van deze score.

Met vriendelijke groet,

Ruud Kok
"""),

dict(cls="agent", rights=["rectification"], name="Lotte Peeters", emp="Vandersteen Logistics NV", agent="Jan Claes", note="Flemish HR inline-forwards employee's correction request",
 frm=("Claes Jan", "jan.claes@vandersteen-logistics.example"), subj="FW: verkeerde gegevens in Massist", ua="outlook", cs="windows-1252",
 body="""Beste,

Hieronder het verzoek van onze medewerkster Lotte Peeters. Wij kunnen het veld "geboorteplaats" niet aanpassen vanuit onze beheeromgeving, want het wordt blijkbaar gesynchroniseerd vanuit jullie onboardingmodule. Kunnen jullie dat rechtzetten?

Met vriendelijke groeten,
Jan Claes
HR Business Partner
Vandersteen Logistics NV – Antwerpen

From: Peeters Lotte <lotte.peeters@vandersteen-logistics.example>
Sent: maandag 13 januari 2025 09:02
To: Claes Jan <jan.claes@vandersteen-logistics.example>
Subject: verkeerde gegevens in Massist

Dag Jan,

In mijn profiel in Massist staat als geboorteplaats "Leuven", maar ik ben geboren in Lier. Kan dat aangepast worden? Het komt ook zo op mijn badge.

Merci!
Lotte
"""),

dict(cls="names", rights=["erasure"], name="Wouter van 't Hek", note="Dutch tussenvoegsel with apostrophe, display 'Hek, Wouter van 't'",
 frm=("Hek, Wouter van 't", "w.vanthek@ziggo-like.example"), subj="Verwijderen account", ua="thunderbird", cs="iso-8859-1",
 body="""Goedemiddag,

Graag zie ik mijn proefaccount uit 2022 en alle daaraan gekoppelde gegevens verwijderd. Ik heb de software nooit echt gebruikt en wil niet dat mijn gegevens nog ergens rondslingeren.

Wouter van 't Hek
"""),

dict(cls="form", rights=["access"], name="Femke Jansen", emp="Zorggroep Noorderlicht B.V.", note="form mail with Naam/Organisatie/Soort verzoek: inzage",
 frm=("Massist Privacyformulier", "formulieren@massistcrm-web.example"), subj="Nieuw privacyverzoek via website", ua="robot", cs="utf-8", cte="quoted-printable", shape="alt",
 hdrs=form_hdrs("femke.jansen@noorderlicht-zorg.example"),
 body="""Er is een nieuw formulier ingevuld.

Naam: Femke Jansen
Organisatie: Zorggroep Noorderlicht B.V.
E-mailadres: femke.jansen@noorderlicht-zorg.example
Soort verzoek: Inzage in mijn persoonsgegevens
Toelichting: Ik ben teamleider planning en wil weten welke gegevens over mij als gebruiker worden vastgelegd (inloggegevens, activiteitenlog e.d.).

Dit bericht is automatisch verzonden.
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="Mark Visser", note="Dutch out-of-office", ua="outlook",
 frm=("Mark Visser", "mark.visser@hollandse-glas.example"), subj="Automatisch antwoord: Uw privacyverzoek", hdrs=ooo_hdrs("exchange"), cs="utf-8",
 body="""Dank voor je bericht. Ik ben met vakantie tot en met 18 augustus en lees mijn mail niet. Voor dringende zaken kun je terecht bij onze binnendienst via 020 000 1234.

Met vriendelijke groet,
Mark Visser
"""),
dict(cls="footer_rights", kind="other", rights=[], name="Pieter Bakker", emp="Gemeente Westerveld-Noord", note="general question about subprocessors above a Dutch AVG footer; no request", ua="outlook", cs="utf-8",
 frm=("Bakker, Pieter", "p.bakker@westerveld-noord.example"), subj="Vraag over subverwerkers",
 body="""Goedemiddag,

Wij overwegen Massist CRM in te zetten voor ons klantcontactcentrum. Kunt u ons de actuele lijst van subverwerkers sturen en aangeven of er gegevens buiten de EER worden opgeslagen?

Met vriendelijke groet,

Pieter Bakker
Functionaris gegevensbescherming
Gemeente Westerveld-Noord

Op deze e-mail is de privacyverklaring van Gemeente Westerveld-Noord van toepassing. U heeft het recht op inzage, correctie en verwijdering van uw persoonsgegevens en u kunt bezwaar maken tegen de verwerking. Meer informatie vindt u op westerveld-noord.example/privacy.
"""),
dict(cls="multi_right", rights=["grievance", "erasure"], name="Henk Mulder", note="formal complaint to the company (escalation to management) about an ignored deletion request, quoted earlier mail; Autoriteit Persoonsgegevens threat not counted", ua="apple", cs="utf-8",
 hdrs=reply_hdrs("<A1B2C3D4-0001@mac-like.example>"),
 frm=("Henk Mulder", "henk.mulder@planet-like.example"), subj="Re: Verwijderen gegevens – FORMELE KLACHT",
 body="""Geachte heer, mevrouw,

Op 4 februari heb ik u gevraagd al mijn gegevens te verwijderen (zie hieronder). Ik heb nooit iets gehoord en ik krijg nog steeds uw nieuwsbrieven.

Hierbij dien ik een formele klacht in. Ik wil dat deze klacht wordt doorgezet naar uw directie en dat ik binnen twee weken een schriftelijke reactie krijg. Mijn verzoek om verwijdering blijft uiteraard staan.

Gebeurt er niets, dan stap ik naar de Autoriteit Persoonsgegevens.

Henk Mulder

> Op 4 feb. 2025 om 19:02 heeft Henk Mulder <henk.mulder@planet-like.example> het volgende geschreven:
>
> Goedenavond, wilt u al mijn gegevens uit uw systemen verwijderen? Ik ben geen klant meer. Met vriendelijke groet, Henk Mulder
"""),
]
