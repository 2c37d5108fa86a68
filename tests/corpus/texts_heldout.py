"""Hand-written held-out mails: written before the extraction and never used to tune it (report these figures)."""

from __future__ import annotations

from make_corpus import Mail
from texts_dev import ACK_QUOTE, K, R

# The texts are laid out as written, one mail per block; the formatter would scatter them.
# fmt: off
MAILS: list[Mail] = [
    # ---------------------------------------------------------------- English
    R("h-en-001", "en", ["access"], "Margaret Collins", "Highland Distillers Ltd",
      "Margaret Collins <margaret.collins@highland-distillers.co.uk>", "Request for personal information",
      """Dear Sir/Madam,

Please provide me with a copy of the personal information your organisation holds about me, as is my right
under the UK GDPR.

I am employed by Highland Distillers Ltd as a finance assistant.

Yours sincerely,
Margaret Collins
"""),
    R("h-en-002", "en", ["erasure"], "Tyler Brooks", None,
      "Tyler Brooks <tbrooks99@gmail.com>", "remove me",
      """hey can u remove all my stuff from ur database, dont want my info out there anymore
-tyler brooks
"""),
    R("h-en-003", "en", ["erasure", "objection"], "Rebecca Stone", "Granite Peak Mortgages",
      "Rebecca Stone <rstone@granitepeak.com>", "Privacy request",
      """Hello,

Two things:
1) Stop using my details for marketing.
2) Delete my profile once that's done.

Thanks,
Rebecca Stone | Loan Officer | Granite Peak Mortgages
"""),
    R("h-en-004", "en", ["rectification"], "Victor Huang", "Lotus Electronics",
      "Victor Huang <victor.huang@lotus-electronics.com>", "Incorrect date of birth",
      """Hi,

Your records show my date of birth as 03/04/1979 but it is 04/03/1979. Please update it. I don't want
anything deleted.

Victor Huang
Lotus Electronics
""", fmt="html"),
    R("h-en-005", "en", ["access", "opt_out_sale"], "Brianna Lopez", "Coastal Wellness Spa",
      "Brianna Lopez <brianna.lopez@coastalwellness.com>", "Consumer privacy request",
      """To whom it may concern,

As a California resident, I request that you disclose the categories and specific pieces of personal
information you have collected about me (Cal. Civ. Code § 1798.110), and I opt out of the sale or sharing
of my personal information.

Brianna Lopez
Coastal Wellness Spa
"""),
    R("h-en-006", "en", ["erasure"], "Connor Murphy", "Shamrock Telecom",
      "Shamrock HR <people@shamrocktelecom.ie>", "Removal of a leaver's data",
      """Hello,

Our colleague Connor Murphy left Shamrock Telecom last month. On his behalf we ask that you erase his user
account and personal data from MAssist.

Regards,
Aoife Byrne
People Team, Shamrock Telecom
"""),
    R("h-en-007", "en", ["access"], "Sophia Patel", "Riverbend Pharmacy",
      "Sophia Patel <sophia.patel@riverbendpharmacy.com>", "Re: [DPO-2026-0431] We have received your request",
      """Sorry, here are the details: I'm Sophia Patel, I work for Riverbend Pharmacy, and I want to see what
data you have about me.
""" + ACK_QUOTE),
    R("h-en-008", "en", ["withdraw_consent"], "Marcus Reid", "Ironclad Security",
      "Marcus Reid <marcus.reid@ironcladsecurity.com>", "Withdrawal of consent",
      """Dear DPO,

I no longer consent to you processing my profile photo and personal interests. Please treat this as the
withdrawal of my consent under Article 7(3) GDPR.

Marcus Reid
Ironclad Security
"""),
    R("h-en-009", "en", ["erasure"], "Natalie Wood", None,
      "Natalie Wood <natalie.wood@icloud.com>", "Erase my data", ""),
    R("h-en-010", "en", ["portability"], "Ibrahim Diallo", "Sahel Logistics",
      "Ibrahim Diallo <ibrahim.diallo@sahel-logistics.com>", "Data transfer",
      """Good afternoon,

We are moving to a different CRM. I would like to receive my personal data in a structured, commonly used
and machine-readable format so I can transmit it to the new provider (Art. 20 GDPR).

Ibrahim Diallo
Operations Director, Sahel Logistics
"""),
    R("h-en-011", "en", ["access", "erasure"], "Jennifer Walsh", "Beacon Hill Realty",
      "DataRights Agent <agent@datarightsagent.example>", "Authorized agent request for Jennifer Walsh",
      """To the Privacy Team,

I am an authorized agent acting on behalf of Jennifer Walsh, a California consumer employed by Beacon Hill
Realty. Under the CCPA she requests to know the personal information collected about her and that it then be
deleted. Proof of authorization is attached.

Regards,
Martin Cole
DataRights Agent
"""),
    R("h-en-012", "en", ["restriction"], "Aisha Bello", "Evergreen School Trust",
      "Aisha Bello <aisha.bello@evergreentrust.org.uk>", "Please pause processing",
      """Hello,

While my complaint about inaccurate records is looked at, please don't use my data for anything except
storing it. I'm asking you to restrict processing under Article 18.

Aisha Bello
Evergreen School Trust
"""),
    R("h-en-013", "en", ["grievance"], "Deepak Rao", "Bangalore Biotech Pvt Ltd",
      "Deepak Rao <deepak.rao@blrbiotech.in>", "Grievance regarding my erasure request",
      """Dear Sir,

I had requested erasure of my data in September. It has not been done. I am raising a grievance with your
Data Protection Officer as provided under the DPDP Act.

Deepak Rao
Bangalore Biotech Pvt Ltd
"""),
    R("h-en-014", "en", ["objection"], "Lucy Hughes", None,
      "Lucy Hughes <lucyhughes@btinternet.com>", "Re: MAssist webinar invite",
      """No thank you. Please unsubscribe me, I don't want these invitations.

Lucy Hughes

> From: MAssist Events <events@massistcrm.com>
> Join our webinar on exporting your data and managing access rights.
> Unsubscribe at any time.
"""),
    R("h-en-015", "en", ["automated_decision"], "Omar Farouk", "Crescent Finance",
      "Omar Farouk <omar.farouk@crescentfinance.com>", "Automated scoring",
      """Hello,

Your system automatically rated my account as high risk. I want a person to look at it again and I contest
this automated decision.

Omar Farouk
Crescent Finance
"""),
    # ---------------------------------------------------------------- German
    R("h-de-001", "de", ["access"], "Gisela Hartmann", "Hartmann Druckerei GmbH",
      "Gisela Hartmann <gisela.hartmann@hartmann-druck.de>", "Auskunft",
      """Sehr geehrte Damen und Herren,

bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich speichern, und senden Sie mir eine
Kopie.

Ich bin bei der Hartmann Druckerei GmbH beschäftigt.

Mit freundlichen Grüßen
Gisela Hartmann
""", fmt="qp-latin1"),
    R("h-de-002", "de", ["erasure", "objection"], "Dennis Schulz", "Schulz IT-Service",
      "Dennis Schulz <dennis@schulz-it.de>", "Werbung und Löschung",
      """Hallo,

1. Ich widerspreche jeglicher Werbung.
2. Bitte löschen Sie danach meine Daten.

Dennis Schulz
Inhaber | Schulz IT-Service
"""),
    R("h-de-003", "de", ["rectification"], "Heike Neumann", "Praxis Dr. Neumann",
      "Heike Neumann <heike.neumann@praxis-neumann.de>", "Falsche Telefonnummer",
      """Guten Tag,

Sie haben eine falsche Telefonnummer von mir gespeichert. Bitte ändern Sie sie auf 0171 2345678. Mein
Konto soll nicht gelöscht werden.

Heike Neumann
Praxis Dr. Neumann
""", fmt="html"),
    R("h-de-004", "de", ["erasure"], "Yusuf Demir", "Demir Gebäudereinigung",
      "Yusuf Demir <yusuf.demir@gmx.net>", "Datenlöschung",
      """hallo bitte meine daten löschen ich arbeite bei Demir Gebäudereinigung
yusuf demir
"""),
    # ---------------------------------------------------------------- French
    R("h-fr-001", "fr", ["access"], "Nathalie Garnier", "Garnier Assurances",
      "Nathalie Garnier <nathalie.garnier@garnier-assurances.fr>", "Accès à mes données",
      """Bonjour,

Je souhaiterais savoir quelles informations personnelles vous conservez à mon sujet.

Je suis employée chez Garnier Assurances.

Cordialement,
Nathalie Garnier
""", fmt="b64"),
    R("h-fr-002", "fr", ["erasure"], "Antoine Mercier", None,
      "Antoine Mercier <antoine.mercier@gmail.com>", "suppression compte",
      """Bonjour, merci de supprimer mon compte et mes données. Antoine Mercier
"""),
    R("h-fr-003", "fr", ["objection", "rectification"], "Isabelle Faure", "Faure Paysage",
      "Isabelle Faure <isabelle@faure-paysage.fr>", "Deux demandes",
      """Bonjour,

1. Merci de corriger mon adresse e-mail.
2. Je ne veux plus recevoir de publicité de votre part.

Je ne demande pas la suppression de mon compte.

Isabelle Faure
Faure Paysage
"""),
    # ---------------------------------------------------------------- Spanish
    R("h-es-001", "es", ["access"], "Rocío Vega", "Farmacia Vega",
      "Rocío Vega <rocio.vega@farmaciavega.es>", "Solicitud de acceso",
      """Hola:

Ejerzo mi derecho de acceso (artículo 15 del RGPD). Envíenme una copia de mis datos personales.

Trabajo para Farmacia Vega.

Gracias,
Rocío Vega
""", fmt="qp-latin1"),
    R("h-es-002", "es", ["erasure"], "Andrés Morales", "Morales Arquitectos",
      "Andrés Morales <andres@moralesarquitectos.es>", "Borrado",
      """Buenos días,

Solicito que eliminen todos mis datos personales. No necesito una copia.

Andrés Morales | Arquitecto | Morales Arquitectos
"""),
    R("h-es-003", "es", ["objection"], "Isabel Ramos", None,
      "Isabel Ramos <isabel.ramos@gmail.com>", "Baja",
      """Hola, por favor denme de baja de sus correos publicitarios. Gracias.
Isabel Ramos
""", fmt="html"),
    # ---------------------------------------------------------------- Italian
    R("h-it-001", "it", ["access"], "Paolo Moretti", "Moretti Impianti S.r.l.",
      "Paolo Moretti <paolo.moretti@morettiimpianti.it>", "Richiesta di accesso",
      """Buongiorno,

ai sensi dell'art. 15 del GDPR chiedo di ricevere copia dei dati personali che mi riguardano.

Sono dipendente di Moretti Impianti S.r.l.

Distinti saluti,
Paolo Moretti
"""),
    R("h-it-002", "it", ["erasure"], "Valeria Fontana", None,
      "Valeria Fontana <valeria.fontana@libero.it>", "Cancellazione",
      """Salve, vi chiedo di cancellare il mio profilo e i miei dati. Grazie
Valeria Fontana
""", fmt="qp-latin1"),
    R("h-it-003", "it", ["rectification"], "Roberto Esposito", "Esposito Ceramiche",
      "Roberto Esposito <roberto@espositoceramiche.it>", "Dati errati",
      """Buongiorno,

il mio numero di telefono è errato, vi prego di aggiornarlo. Non cancellate il mio account.

Roberto Esposito
Esposito Ceramiche
"""),
    # ---------------------------------------------------------------- Dutch
    R("h-nl-001", "nl", ["erasure"], "Thijs Hendriks", "Hendriks Installaties",
      "Thijs Hendriks <thijs@hendriksinstallaties.nl>", "Verzoek tot verwijdering",
      """Goedendag,

Ik verzoek u mijn persoonsgegevens te wissen (art. 17 AVG).

Met vriendelijke groet,
Thijs Hendriks
Hendriks Installaties
"""),
    R("h-nl-002", "nl", ["access"], "Anouk Dekker", None,
      "Anouk Dekker <anouk.dekker@hotmail.nl>", "Mijn gegevens",
      """Hoi, welke gegevens hebben jullie allemaal van mij? Stuur me graag een overzicht. Anouk Dekker
"""),
    R("h-nl-003", "nl", ["objection"], "Koen Willems", "Willems Bakkerij",
      "Koen Willems <koen@willemsbakkerij.be>", "Uitschrijven",
      """Beste,

Graag uitschrijven voor alle marketingmails.

Koen Willems
Willems Bakkerij
""", fmt="alt"),
    # ---------------------------------------------------------------- Portuguese
    R("h-pt-001", "pt", ["access"], "Fernanda Carvalho", "Carvalho Advogados",
      "Fernanda Carvalho <fernanda@carvalhoadvogados.com.br>", "Solicitação de acesso",
      """Prezados,

Solicito uma cópia de todos os dados pessoais que vocês têm sobre mim.

Trabalho na Carvalho Advogados.

Atenciosamente,
Fernanda Carvalho
"""),
    R("h-pt-002", "pt", ["erasure"], "Tiago Pereira", "Pereira & Irmãos Lda",
      "Tiago Pereira <tiago.pereira@pereirairmaos.pt>", "Eliminação de dados",
      """Bom dia,

Peço que eliminem os meus dados pessoais dos vossos sistemas, nos termos do art. 17.º do RGPD.

Tiago Pereira
Pereira & Irmãos Lda
""", fmt="qp-latin1"),
    R("h-pt-003", "pt", ["objection"], "Juliana Ribeiro", None,
      "Juliana Ribeiro <juliana.ribeiro@uol.com.br>", "Parar emails",
      """Oi, parem de me mandar emails de marketing por favor.
Juliana Ribeiro
"""),
    # ---------------------------------------------------------------- Polish
    R("h-pl-001", "pl", ["access"], "Ewa Jankowska", "Jankowski Transport Sp. z o.o.",
      "Ewa Jankowska <ewa.jankowska@jankowski-transport.pl>", "Wniosek o dostęp do danych",
      """Szanowni Państwo,

zwracam się z prośbą o udostępnienie kopii moich danych osobowych (art. 15 RODO).

Jestem zatrudniona w Jankowski Transport Sp. z o.o.

Z poważaniem
Ewa Jankowska
""", fmt="b64"),
    R("h-pl-002", "pl", ["erasure"], "Marcin Wróbel", None,
      "Marcin Wróbel <marcin.wrobel@interia.pl>", "Usunięcie konta",
      """Dzień dobry, proszę o usunięcie mojego konta oraz wszystkich danych.
Marcin Wróbel
"""),
    R("h-pl-003", "pl", ["rectification"], "Barbara Kozłowska", "Apteka Zdrowie",
      "Barbara Kozłowska <barbara.kozlowska@aptekazdrowie.pl>", "Błędny adres",
      """Dzień dobry,

mój adres jest nieaktualny, proszę go poprawić. Nie usuwajcie mojego konta.

Barbara Kozłowska
Apteka Zdrowie
"""),
    # ---------------------------------------------------------------- Hindi and Hinglish
    R("h-hi-001", "hi", ["erasure"], "सुरेश पटेल", None,
      "सुरेश पटेल <suresh.patel@gmail.com>", "डेटा हटाने का अनुरोध",
      """नमस्ते,

कृपया मेरा खाता और मेरा सारा डेटा हटा दीजिए।

सुरेश पटेल
"""),
    R("h-hi-002", "hi", ["access"], "अनीता जोशी", "जोशी फार्मा",
      "अनीता जोशी <anita.joshi@joshipharma.in>", "जानकारी का अनुरोध",
      """महोदय,

मेरे बारे में आपके पास जो भी व्यक्तिगत डेटा है, उसकी प्रति मुझे भेजें। मैं जोशी फार्मा में काम करती हूँ।

अनीता जोशी
""", fmt="html"),
    R("h-hx-001", "hi", ["erasure"], "Siddharth Jain", "Jain Exports",
      "Siddharth Jain <siddharth@jainexports.in>", "account delete",
      """Hi, mera account aur saara data delete kar dijiye. Main Jain Exports mein kaam karta hoon.
Siddharth Jain
"""),
    R("h-hx-002", "hi", ["access"], "Pooja Nair", None,
      "Pooja Nair <pooja.nair@yahoo.in>", "mera data",
      """Hello, aapke paas mera jo bhi data hai uski copy bhejo please.
Pooja Nair
"""),
    R("h-hx-003", "hi", ["objection"], "Arvind Kulkarni", "Kulkarni Builders",
      "Arvind Kulkarni <arvind@kulkarnibuilders.in>", "marketing calls",
      """Namaste, mujhe marketing calls aur emails mat bhejiye. Band kar dijiye please.
Arvind Kulkarni
Kulkarni Builders
"""),
    # ---------------------------------------------------------------- languages we do not read well
    R("h-xx-da-001", "da", ["access"], "Mette Jensen", None,
      "Mette Jensen <mette.jensen@mail.dk>", "Indsigt i mine oplysninger",
      """Hej,

Jeg vil gerne have indsigt i de personoplysninger, I behandler om mig, jf. artikel 15 i GDPR.

Venlig hilsen
Mette Jensen
"""),
    R("h-xx-fi-001", "fi", ["erasure"], "Juha Virtanen", None,
      "Juha Virtanen <juha.virtanen@gmail.com>", "Tietojen poistaminen",
      """Hei,

Pyydän, että poistatte kaikki henkilötietoni järjestelmistänne.

Ystävällisin terveisin
Juha Virtanen
"""),
    # ---------------------------------------------------------------- auto-replies, bounces, bulk
    K("auto_reply", "h-ar-001", "en", "Paula Grant <paula.grant@fabrikam.com>", "Automatic reply: Deletion request",
      """Thank you for your email. I am away until Monday 30 November and will respond when I return.
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    K("auto_reply", "h-ar-002", "it", "Mario Rossi <mario.rossi@azienda.it>", "Risposta automatica: Richiesta",
      """Sono fuori ufficio fino al 3 dicembre. Per urgenze scrivere a info@azienda.it.
""", headers={"X-Autoreply": "yes"}),
    K("auto_reply", "h-ar-003", "en", "Helpdesk <helpdesk@tickets.example.com>", "Request received [#90817]",
      """We have received your request and created ticket #90817. Please do not reply to this message.

This is an automated notification.
""", headers={"Auto-Submitted": "auto-generated"}),
    K("auto_reply", "h-ar-004", "pt", "Rita Gomes <rita.gomes@empresa.pt>", "Resposta automática: Pedido",
      """Estou ausente do escritório até 2 de dezembro, com acesso limitado ao email.
"""),
    K("bounce", "h-bo-001", "en", "Mail Delivery System <MAILER-DAEMON@smtp.example.com>",
      "Mail delivery failed: returning message to sender",
      """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.

  missing@example.com
    host mx.example.com: 550 No such user
""", fmt="report", inner=Mail("h-bo-001-inner", "other", "en", [], None, None, "DPO <missing@example.com>",
                              "Your request", "We have received your request to access your data.\n")),
    K("bounce", "h-bo-002", "fr", "Postmaster <postmaster@orange.fr>", "Non remis : Votre demande",
      """Votre message n'a pas pu être remis au destinataire. L'adresse est introuvable.
"""),
    K("bulk", "h-bu-001", "en", "DataCon 2027 <hello@datacon.example>", "Early bird tickets for DataCon 2027",
      """Join 2,000 privacy professionals at DataCon 2027! Sessions on erasure at scale, access requests and
opt-out signals.

You are receiving this email because you attended a previous event. Unsubscribe
""", headers={"List-Unsubscribe": "<mailto:unsubscribe@datacon.example>"}),
    K("bulk", "h-bu-002", "es", "Ofertas Hogar <ofertas@hogar.example.es>", "Rebajas de invierno",
      """Aprovecha nuestras rebajas de invierno: hasta un 50 % en toda la tienda.

Recibes este correo porque estás suscrito a nuestro boletín. Darse de baja
""", headers={"Precedence": "bulk"}, fmt="html"),
    # ---------------------------------------------------------------- other human mail
    K("other", "h-ot-001", "de", "Jonas Keller <jonas.keller@gmail.com>", "Bewerbung als Werkstudent",
      """Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die ausgeschriebene Stelle als Werkstudent. Meinen Lebenslauf finden Sie im
Anhang.

Mit freundlichen Grüßen
Jonas Keller
""", name="Jonas Keller"),
    K("other", "h-ot-002", "en", "Priyanka Das <priyanka.das@gmail.com>", "Internship enquiry",
      """Hello,

I am a final-year student and would love to intern with your data team. I consent to you keeping my CV on
file for future openings.

Regards,
Priyanka Das
""", name="Priyanka Das"),
    K("other", "h-ot-003", "it", "Giorgio Lombardi <g.lombardi@lombardi-srl.it>", "Preventivo",
      """Buongiorno,

potreste inviarmi un preventivo per 15 licenze del vostro CRM?

Cordiali saluti,
Giorgio Lombardi
""", name="Giorgio Lombardi"),
]
# fmt: on
