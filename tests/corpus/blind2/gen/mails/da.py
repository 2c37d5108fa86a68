from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Mette Sørensen", note="plain Danish 'hvad har I af oplysninger om mig'", ua="apple", cs="utf-8",
 frm=("Mette Sørensen", "mette.s@jubii-like.example"), subj="Hvad har I om mig?",
 body="""Hej

Jeg bliver ringet op af et solcellefirma, som siger, de har mit nummer fra "Massist". Hvad har I af oplysninger om mig, og hvor har I dem fra?

Mvh
Mette Sørensen
"""),

dict(cls="legal_anchor", rights=["erasure"], name="Rasmus Kjær", emp="Fynsk Emballage A/S", note="databeskyttelsesforordningens art. 17 + databeskyttelsesloven; A/S employer", ua="outlook", shape="alt", cs="iso-8859-1",
 frm=("Rasmus Kjær", "rk@fynsk-emballage.example"), subj="Anmodning om sletning efter artikel 17",
 body="""Til den databeskyttelsesansvarlige

Jeg anmoder hermed om sletning af alle personoplysninger om mig, som I har indsamlet via jeres webinarer og brugerforum, jf. databeskyttelsesforordningens artikel 17 og databeskyttelsesloven.

Oplysninger, som I behandler på vegne af min arbejdsgiver, er ikke omfattet af denne anmodning.

Med venlig hilsen

Rasmus Kjær
Indkøbschef
Fynsk Emballage A/S
Odense
"""),

dict(cls="agent", rights=["access"], name="Kasper Holm", emp="Nordjysk Tømrer ApS", agent="Line Bech", note="Danish advokat for client; law firm not employer", ua="outlook", shape="attach", cs="utf-8",
 att=[("Fuldmagt_Kasper_Holm.pdf", "application/pdf", FAKE_PDF)],
 frm=("Line Bech", "lb@bech-advokater.example"), subj="Indsigtsanmodning på vegne af Kasper Holm",
 body="""Kære modtager

Jeg repræsenterer Kasper Holm, der er ansat som tømrersvend hos Nordjysk Tømrer ApS. Fuldmagt vedlægges.

På vegne af min klient anmoder jeg om indsigt i samtlige personoplysninger, I behandler om ham, herunder registreringer af arbejdstid og kørsel foretaget via Massist-appen.

Med venlig hilsen
Line Bech
Advokat
Bech Advokatpartnerselskab, Aalborg
"""),

dict(cls="form", rights=["rectification"], name="Anne-Sofie Lund", emp="Lund & Co. ApS", note="Danish form: Navn/Virksomhed/Type anmodning: berigtigelse", ua="robot", cs="utf-8", cte="quoted-printable",
 frm=("Massist CRM", "formular@massistcrm-web.example"), subj="Ny henvendelse fra privatlivsformularen",
 hdrs=form_hdrs("Anne-Sofie Lund <asl@lundco.example>"),
 body="""Navn: Anne-Sofie Lund
Virksomhed: Lund & Co. ApS
E-mail: asl@lundco.example
Type anmodning: Berigtigelse
Besked: Min titel står som "Bogholder", men jeg er medindehaver og direktør. Vil I rette det, tak.
"""),

dict(cls="not_request", kind="bulk", rights=[], note="Danish newsletter on GDPR; bulk", ua="none", shape="alt", cs="utf-8",
 frm=("Persondata-Nyt", "nyhedsbrev@persondata-nyt.example"), subj="Persondata-Nyt: Datatilsynet om indsigtsret og frister",
 hdrs=bulk_hdrs("<nyhedsbrev.persondata-nyt.example>", "https://persondata-nyt.example/afmeld?id=99"),
 body="""Persondata-Nyt – uge 37

• Datatilsynet kritiserer virksomhed for sen besvarelse af indsigtsanmodning.
• Sådan håndterer I anmodninger om sletning fra tidligere ansatte.

Du modtager dette nyhedsbrev, fordi du har tilmeldt dig på persondata-nyt.example. Afmeld: https://persondata-nyt.example/afmeld?id=99
"""),
dict(cls="access_items", rights=["access"], name="Sofie Thomsen", note="Danish access request listing formål, modtagere, opbevaringsperiode, kilde, automatiske afgørelser, klage til Datatilsynet", ua="apple", cs="utf-8",
 frm=("Sofie Thomsen", "sofie.thomsen@mail-dk.example"), subj="Indsigt i mine oplysninger",
 body="""Hej

Jeg vil gerne vide, om I behandler oplysninger om mig. Hvis I gør, vil jeg bede om:

- en kopi af oplysningerne
- formålet med behandlingen
- hvem I har videregivet dem til
- hvor længe I gemmer dem
- hvor I har oplysningerne fra
- om der træffes automatiske afgørelser om mig
- oplysning om min ret til at klage til Datatilsynet

Venlig hilsen
Sofie Thomsen
"""),
]
