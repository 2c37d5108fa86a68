from ._c import *

MAILS = [
dict(cls="plain_words", rights=["erasure"], name="Mikko Virtanen", note="plain Finnish 'poistakaa tietoni'; English subject, Finnish body", ua="gmail", cs="utf-8",
 frm=("Mikko Virtanen", "mikko.virtanen@luukku-like.example"), subj="Delete my data",
 body="""Hei,

poistakaa kaikki minua koskevat tiedot järjestelmästänne. En ole koskaan antanut niitä teille, mutta saan jatkuvasti mainospostia.

Mikko Virtanen
"""),

dict(cls="legal_anchor", rights=["access"], name="Anna Korhonen", emp="Pohjolan Sähkö Oy", note="tietosuoja-asetuksen 15 artikla + tietosuojalaki; Oy employer", ua="outlook", shape="alt", cs="iso-8859-15",
 frm=("Korhonen Anna", "anna.korhonen@pohjolansahko.example"), subj="Tietopyyntö EU:n tietosuoja-asetuksen 15 artiklan nojalla",
 body="""Hyvä vastaanottaja,

pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan ja tietosuojalain (1050/2018) nojalla vahvistusta siitä, käsittelettekö minua koskevia henkilötietoja, sekä jäljennöstä näistä tiedoista.

Ystävällisin terveisin

Anna Korhonen
talouspäällikkö
Pohjolan Sähkö Oy
Oulu
"""),

dict(cls="names", rights=["rectification"], name="Jukka Heinonen", note="Finnish name in genitive in text, nominative in signature", ua="thunderbird", cs="utf-8",
 frm=("Jukka Heinonen", "jukka.heinonen@elisa-like.example"), subj="Virheellinen syntymäaika",
 body="""Hei,

tämä pyyntö koskee Jukka Heinosen tietoja eli minun omiani. Järjestelmässänne syntymäaikani on 12.3.1976, vaikka oikea on 21.3.1976. Korjatkaa se, kiitos.

Jukka Heinonen
"""),

dict(cls="form", rights=["restriction"], name="Satu Laine", emp="Laine & Niemi Oy", note="Finnish form: Pyynnön tyyppi = käsittelyn rajoittaminen", ua="robot", cs="utf-8", cte="base64",
 frm=("Massist CRM", "noreply@massistcrm-web.example"), subj="Uusi tietosuojapyyntö verkkolomakkeelta",
 hdrs=form_hdrs("Satu Laine <satu.laine@laineniemi.example>"),
 body="""Nimi: Satu Laine
Yritys: Laine & Niemi Oy
Sähköposti: satu.laine@laineniemi.example
Pyynnön tyyppi: Käsittelyn rajoittaminen
Viesti: Kiistän asiakasarvioinnin tiedot, jotka on tallennettu profiiliini. Pyydän, ettei niitä käytetä mihinkään ennen kuin asia on selvitetty.
"""),

dict(cls="not_request", kind="other", rights=[], name="Petri Salo", emp="Pilvipalvelu Nordic Oy", note="vendor asking about DPA", ua="gmail", cs="utf-8",
 frm=("Petri Salo", "petri.salo@pilvipalvelu-nordic.example"), subj="Henkilötietojen käsittelysopimus",
 body="""Hei,

hankintanne pyysi meiltä tarjousta varmuuskopiopalvelusta. Toimitamme mielellämme henkilötietojen käsittelysopimuksen (DPA) luonnoksen – kenelle voin lähettää sen tarkastettavaksi?

Terveisin
Petri Salo
myyntijohtaja, Pilvipalvelu Nordic Oy
"""),
]
