from . import M, AR, BULK, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "Jussi Korhonen", None, None,
  "Colloquial spoken Finnish (mun, teiän), delete my info",
  ("Jussi Korhonen", "jussi.korhonen@luukku-posti.example"),
  "poistakaa mun tiedot",
  """
Moi

Teiän myyjä soitti mulle jo kolmannen kerran. En oo ikinä antanu teille mun numeroa. Poistakaa kaikki mun tiedot teiän järjestelmästä, kiitos.

t. Jussi Korhonen
""", cs="iso-8859-1", cte="8bit"),

M("legal_anchor", "request", ["access"], "Riikka Heikkinen", None, None,
  "Tietosuoja-asetuksen 15 artikla + tietosuojalaki; formal",
  ("Riikka Heikkinen", "riikka.heikkinen@posti-fi.example"),
  "Tietopyyntö (tietosuoja-asetuksen 15 artikla)",
  """
Hyvä vastaanottaja,

Pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan ja tietosuojalain (1050/2018) nojalla saada tiedot siitä, käsitteleekö Innthink Technologies minua koskevia henkilötietoja, sekä jäljennöksen näistä tiedoista.

Toivon vastausta sähköisesti tähän osoitteeseen.

Ystävällisin terveisin
Riikka Heikkinen
Tampere
""", shape="alt", cs="iso-8859-15", cte="quoted-printable"),

M("names", "request", ["rectification"], "Aino Virtanen", None, None,
  "Name appears inflected (Aino Virtasen, Virtaselle); nominative only in signature",
  ("Aino", "aino.v@kotiposti.example"),
  "Virheellinen sukunimi",
  """
Hei,

Järjestelmässänne on Aino Virtasen yhteystiedoissa vanha sukunimeni Laaksonen. Menin naimisiin viime keväänä. Voisitteko korjata tiedot niin, että kaikki viestit Virtaselle menevät oikealla nimellä?

Kiitos jo etukäteen!

Aino Virtanen
""", cs="utf-8", cte="quoted-printable"),

M("employer", "request", ["automated_decision", "access"], "Mikko Lehtonen", "Kuljetus Mäkelä Oy", None,
  "Employer uses CRM scoring; contests automated rating and asks what data/logic; employer 'Oy' in text and signature",
  ("Mikko Lehtonen", "mikko.lehtonen@kuljetusmakela.example"),
  "Automaattinen arviointi",
  """
Hyvä tietosuojavastaava,

Työnantajani Kuljetus Mäkelä Oy käyttää Massist CRM:ää, ja siinä oleva automaattinen "asiakaspalvelupisteytys" on laskenut minut alimpaan luokkaan. Tämän perusteella minulta evättiin kuukausibonus ilman, että kukaan katsoi tilannetta.

Vastustan tätä pelkästään automaattiseen käsittelyyn perustuvaa päätöstä ja pyydän, että ihminen käsittelee asian uudelleen. Lisäksi haluan nähdä kaikki minusta tallennetut tiedot, joiden perusteella pisteet on laskettu.

Terveisin
Mikko Lehtonen
ajojärjestelijä, Kuljetus Mäkelä Oy
""", shape="html", style="outlook", cs="windows-1252", cte="quoted-printable"),

M("not_request", "auto_reply", [], "Satu Nieminen", None, None,
  "Finnish holiday auto-reply (lomalla) with Swedish line",
  ("Satu Nieminen", "satu.nieminen@oulun-energia.example"),
  "Automaattinen vastaus: Vs: Tietopyyntönne",
  """
Olen lomalla 7.7.-1.8. enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä asiakaspalveluun, puh. 08 555 0100.

Jag är på semester 7.7-1.8.

Satu Nieminen
""", cs="iso-8859-1", cte="8bit", headers=AR()),

M("not_request", "bulk", [], None, None, None,
  "Finnish newsletter mentioning GDPR, no request",
  ("Tietosuojauutiset", "uutiskirje@tietosuojauutiset.example"),
  "Uutiskirje 3/2025: Tietosuojavaltuutetun uudet linjaukset",
  """
TIETOSUOJAUUTISET 3/2025

- Tietosuojavaltuutettu linjasi rekisteröidyn oikeuksista työsuhteessa
- Näin vastaat tietopyyntöön kuukauden määräajassa
- Koulutus: tietoturvaloukkaukset käytännössä 15.5.

Et halua enää uutiskirjettä? Peru tilaus: https://tietosuojauutiset.example/peru
""", shape="alt", cs="utf-8", cte="quoted-printable",
  headers=BULK("<uutiskirje.tietosuojauutiset.example>", "https://tietosuojauutiset.example/peru")),
]
