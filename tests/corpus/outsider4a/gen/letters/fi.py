from spec import M

MAILS = [
M(rights=["rectification"], name="Laura Virtanen", cls="names",
  note="everyday Finnish; surname inflected in text, base form in signature",
  frm=("Laura Virtanen", "laura.virtanen@elisa-posti.example"), subj="Nimi väärin",
  cs="iso-8859-15", cte="qp", client="thunderbird", hq="Q",
  body="""Hei,

huomasin, että sukunimeni on teidän järjestelmässänne väärin: siellä lukee "Virtannen", vaikka oikea muoto on Virtanen. Sama virhe toistuu kaikissa viesteissä, joita lähetätte Laura Virtaselle eli minulle.

Voisitteko korjata sen?

Kiitos!
Laura Virtanen
"""),

M(rights=["restriction"], name="Mikko Korhonen", cls="plain_words",
  note="'freeze my data until it is cleared up', no deletion = restriction",
  frm=("Mikko Korhonen", "mikko.korhonen@kolumbus-posti.example"), subj="Tiedot jäihin kunnes asia selviää",
  cte="8bit", client="gmail",
  body="""Moi,

laitoin viime viikolla viestiä, että järjestelmässänne on minun nimissäni tapaamisia ja puheluita, joita en ole koskaan tehnyt. Ilmeisesti joku toinen Mikko Korhonen on sekoittunut minuun.

Kunnes asia on selvitetty, jäädyttäkää minua koskevat tiedot: älkää käyttäkö niitä mihinkään älkääkä lähettäkö eteenpäin. Älkää kuitenkaan poistako mitään vielä.

Terveisin
Mikko Korhonen
"""),

M(rights=["portability"], name="Jukka Mäkelä", employer="Suomen Puutarhatuote Oy", cls="legal_anchor",
  note="GDPR art. 20 (Finnish); Oy in signature",
  frm=("Jukka Mäkelä", "jukka.makela@puutarhatuote.example"), subj="Siirto-oikeus, tietosuoja-asetus 20 art.",
  cs="iso-8859-15", cte="qp", client="outlook", shape="alt", style="outlook", hq="Q",
  body="""Hyvä vastaanottaja,

pyydän EU:n yleisen tietosuoja-asetuksen 20 artiklan mukaisesti saada Massist CRM -palveluun antamani henkilötiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa, jotta voin siirtää ne toiseen järjestelmään.

Ystävällisin terveisin

Jukka Mäkelä
Myyntipäällikkö
Suomen Puutarhatuote Oy
Tampere
"""),

M(rights=["erasure"], name="Sari Heikkinen", employer="Kuljetus Lahtinen Oy", cls="form",
  note="web form from noreply; Company field; request type erasure",
  frm=("Massist lomake", "noreply@lomakkeet.massistcrm.example"), subj="Uusi tietosuojapyyntö: Tietojen poistaminen",
  cte="qp", client="form",
  hdr=["Auto-Submitted: auto-generated", ("Reply-To", ("Sari Heikkinen", "sari.heikkinen@kuljetuslahtinen.example"))],
  body="""Uusi lomakevastaus

Nimi: Sari Heikkinen
Sähköposti: sari.heikkinen@kuljetuslahtinen.example
Yritys: Kuljetus Lahtinen Oy
Pyynnön tyyppi: Tietojen poistaminen

Viesti:
Vaihdan työpaikkaa kuun lopussa. Poistakaa sen jälkeen minun käyttäjätietoni ja puhelinnumeroni järjestelmästänne, kiitos.
"""),

M(kind="auto_reply", name="Tiina Salo", cls="not_request", note="Finnish holiday auto-reply",
  frm=("Tiina Salo", "tiina.salo@salo-konsultointi.example"), subj="Automaattinen vastaus: Tietopyyntö",
  cs="iso-8859-1", cte="qp", client="outlook", hq="Q",
  hdr=["Auto-Submitted: auto-replied"],
  body="""Olen lomalla 5.8. asti enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä toimisto@salo-konsultointi.example.

Ystävällisin terveisin
Tiina Salo
"""),
]
