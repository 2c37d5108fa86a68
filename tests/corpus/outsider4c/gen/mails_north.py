from spec import M

# ------------------------------------------------------------------ Danish
L = "da"

M(L, "request", "plain_words", ["access"], "Mette Kjærgaard", None, None,
  "hverdagssprog: 'hvad har I liggende om mig'",
  ("Mette Kjærgaard", "mette.kjaergaard@postkassen.example"), "Hvad har I om mig?",
  """Hej

Jeg er blevet ringet op af en sælger, der sagde at de havde mine oplysninger fra jeres system. Hvad har I egentlig liggende om mig? Vil I sende mig det?

Mvh
Mette Kjærgaard
""", charset="iso-8859-1", cte="quoted-printable")

M(L, "request", "legal_anchor", ["portability"], "Søren Østergaard Holm", "Nordlys Energi A/S", None,
  "databeskyttelsesforordningens art. 20 (dataportabilitet); A/S i signaturen",
  ("Søren Østergaard Holm", "soeren.holm@nordlysenergi.example"), "Anmodning om dataportabilitet, jf. databeskyttelsesforordningens artikel 20",
  """Kære databeskyttelsesrådgiver

Jeg anmoder hermed om at modtage de personoplysninger om mig, som jeg selv har givet til Massist CRM, i et struktureret, almindeligt anvendt og maskinlæsbart format, jf. databeskyttelsesforordningens artikel 20, stk. 1.

Oplysningerne bedes sendt til denne e-mailadresse.

Med venlig hilsen

Søren Østergaard Holm
Salgschef
Nordlys Energi A/S
Vestergade 41, 8000 Aarhus C
""", shape="alt", html_style="outlook", order="outlook", accept_lang="da-DK, en-US", content_lang="da-DK",
  charset="utf-8", cte="quoted-printable")

M(L, "request", "agent", ["erasure"], "Birgitte Skov", "Fynsk Rengøring ApS", "Henrik Skov",
  "ægtefælle skriver på vegne af sin kone; arbejdsgiver i løbende tekst",
  ("Henrik Skov", "henrikskov@postkassen.example"), "Sletning af min kones oplysninger",
  """Hej

Jeg skriver på vegne af min kone, Birgitte Skov, som ikke selv bruger e-mail ret meget. Hun arbejder hos Fynsk Rengøring ApS, og der ligger åbenbart et billede af hende og hendes private mobilnummer i jeres system fra et gammelt kundeprojekt.

Hun vil gerne have det slettet. Hun står her ved siden af og er helt enig :)

Venlig hilsen
Henrik Skov
""", charset="iso-8859-1", cte="8bit")

M(L, "other", "not_request", [], "Lars Dahl", None, None,
  "rent spørgsmål om cookies på hjemmesiden – beder ikke om noget vedr. egne data",
  ("Lars Dahl", "lars.dahl@mail-dk.example"), "Spørgsmål om cookies",
  """Hej

Jeg kan se, at jeres hjemmeside sætter en del cookies fra tredjeparter, allerede inden man har trykket på noget i cookiebanneret. Er det meningen? Jeg spørger bare af nysgerrighed, jeg arbejder selv med web.

Mvh Lars Dahl
""", charset="utf-8", cte="quoted-printable")

M(L, "auto_reply", "not_request", [], "Camilla Friis", None, None,
  "autosvar: medarbejderen er fratrådt, postkassen læses ikke",
  ("Camilla Friis", "cf@arkitekt-friis.example"), "Autosvar: Vedr. din henvendelse",
  """Tak for din henvendelse.

Jeg er fratrådt min stilling pr. 31. maj, og denne postkasse bliver ikke længere læst. Kontakt venligst kontoret på info@arkitekt-friis.example.

Med venlig hilsen
Camilla Friis
""", charset="utf-8", cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")])

# ------------------------------------------------------------------ Swedish
L = "sv"

M(L, "request", "plain_words", ["erasure"], "Björn Lindqvist", None, None,
  "vardagligt: 'ta bort mig ur era register'",
  ("Björn Lindqvist", "bjorn.lindqvist@telia-like.example"), "ta bort mig",
  """Hej!

Jag har aldrig varit kund hos er men får ändå utskick och samtal. Ta bort mig ur era register, allt ni har om mig.

/Björn Lindqvist
""", charset="iso-8859-1", cte="quoted-printable")

M(L, "request", "footer_rights", ["access"], "Karin Åberg", "Skogsbacka Trä AB", None,
  "registerutdrag (art. 15) ovanför arbetsgivarens sidfot som räknar upp alla rättigheter; 'Åberg Karin' som visningsnamn",
  ("Åberg Karin", "karin.aberg@skogsbacka.example"), "Begäran om registerutdrag",
  """Hej,

Jag vill begära ett registerutdrag, det vill säga en kopia av de personuppgifter om mig som ni behandlar i Massist CRM, enligt artikel 15 i dataskyddsförordningen.

Tack på förhand!

Vänliga hälsningar
Karin Åberg
Inköpschef
Skogsbacka Trä AB
Box 114, 826 22 Söderhamn

--
Skogsbacka Trä AB behandlar personuppgifter i enlighet med dataskyddsförordningen (GDPR). Du har rätt att begära registerutdrag, rättelse, radering och begränsning av behandlingen, att invända mot behandlingen samt att få ut dina uppgifter (dataportabilitet). Du kan även lämna klagomål till Integritetsskyddsmyndigheten (IMY). Läs mer på skogsbacka.example/integritet.
""", charset="utf-8", cte="quoted-printable")

M(L, "request", "form", ["rectification"], "Elin Sjöberg", "Västkust Fastigheter AB", None,
  "ärendesystem-robot med fälten Namn/Företag/Ärendetyp",
  ("Massist Kundtjänst", "no-reply@arenden.example"), "Nytt ärende #SE-20931: Rättelse av personuppgifter",
  """Ett nytt ärende har skapats via webbformuläret.

Namn: Elin Sjöberg
E-post: elin.sjoberg@vastkustfast.example
Företag: Västkust Fastigheter AB
Ärendetyp: Rättelse av uppgifter
Beskrivning: Mitt efternamn är fel stavat (Sjöberg, inte Sjöborg) och mitt telefonnummer är gammalt. Nytt nummer: 070-000 12 34.

Svara inte på detta meddelande.
""", charset="utf-8", cte="quoted-printable",
  reply_to=("Elin Sjöberg", "elin.sjoberg@vastkustfast.example"), headers=[("Auto-Submitted", "auto-generated")])

M(L, "auto_reply", "not_request", [], "Anders Nyström", None, None,
  "frånvaromeddelande utan standardrubriker",
  ("Anders Nyström", "anders.nystrom@kommun-like.example"), "Frånvaro: Ert ärende",
  """Hej!

Jag är på semester till och med den 11 augusti och har begränsad tillgång till e-post. Vid brådskande ärenden, kontakta växeln.

Hälsningar
Anders Nyström
""", charset="iso-8859-1", cte="8bit")

M(L, "bulk", "not_request", [], None, None, None,
  "nyhetsbrev om dataskydd med avregistreringslänk",
  ("Dataskyddsbrevet", "nyhetsbrev@dataskyddsbrevet.example"), "Dataskyddsbrevet #21: IMY:s nya vägledning om registerutdrag",
  """DATASKYDDSBREVET #21

I detta nummer:
- IMY publicerar ny vägledning om rätten till tillgång
- Så hanterar du begäran om radering i säkerhetskopior
- Kurs: Dataskyddsombudets roll, 12 november, Stockholm

Du får det här brevet eftersom du prenumererar på Dataskyddsbrevet.
Avsluta prenumerationen: https://dataskyddsbrevet.example/avsluta
""", shape="alt", html_style="web", charset="utf-8", cte="quoted-printable",
  headers=[("List-Unsubscribe", "<https://dataskyddsbrevet.example/avsluta?u=31>"), ("Precedence", "bulk")])

# ------------------------------------------------------------------ Norwegian
L = "no"

M(L, "request", "negation", ["objection"], "Ingrid Haugland", None, None,
  "vil IKKE slette kontoen, bare stoppe reklame = innsigelse",
  ("Ingrid Haugland", "ingrid.haugland@nettpost.example"), "Reklame på e-post",
  """Hei,

Jeg vil IKKE at dere sletter brukeren min, jeg bruker den fortsatt. Men jeg vil at dere slutter å sende meg reklame og "tips og triks"-e-poster. Det kommer flere i uka.

Takk!
Ingrid Haugland
""", charset="utf-8", cte="quoted-printable")

M(L, "request", "access_items", ["access"], "Ole-Martin Bjørnstad", "Vestlandske Rør AS", None,
  "innsyn etter art. 15 med enkeltpunkter (kilde, mottakere) – alt er 'access'; AS i signatur",
  ("Ole-Martin Bjørnstad", "ole-martin@vestlandskeror.example"), "Innsynsbegjæring",
  """Hei.

Jeg ber om innsyn i hvilke personopplysninger dere behandler om meg, jf. personopplysningsloven § 1 og personvernforordningen artikkel 15. Jeg ønsker også å vite hvor opplysningene er hentet fra og hvem de er utlevert til.

Med vennlig hilsen
Ole-Martin Bjørnstad
Prosjektleder
Vestlandske Rør AS
""", charset="iso-8859-1", cte="quoted-printable")

M(L, "request", "agent", ["erasure"], "Eirik Aas", "Trøndelag Transport AS", "Hanne Solberg",
  "HR videresender en ansatts forespørsel inline (Videresendt melding)",
  ("Hanne Solberg", "hanne.solberg@trondelagtransport.example"), "VS: Sletting av opplysninger",
  """Hei,

Videresender forespørsel fra vår ansatte Eirik Aas. Kan dere ta dette direkte med ham og sette meg på kopi?

Hilsen
Hanne Solberg
HR-rådgiver, Trøndelag Transport AS

---------- Videresendt melding ----------
Fra: Eirik Aas <eirik.aas@trondelagtransport.example>
Dato: tir. 14. mai 2024 kl. 08:12
Emne: Sletting av opplysninger
Til: HR <hr@trondelagtransport.example>

Hei Hanne

Det ligger notater om sykefraværet mitt i fjor i Massist, som selgerne kan se. Jeg vil at det slettes.

Eirik
""", shape="alt", html_style="gmail", charset="utf-8", cte="quoted-printable")

M(L, "other", "not_request", [], "Jon Berg", None, None,
  "phishing forkledd som innsynsbegjæring med lenke",
  ("Advokat Jon Berg", "jon.berg@advokat-dokument.example"), "Innsynsbegjæring – dokument til signering",
  """Hei,

Vedlagt følger innsynsbegjæring på vegne av min klient. Dokumentet er delt via sikker lenke og må åpnes innen 24 timer:

https://dokumentdeling-sikker.example/view?d=88123&m=dpo

Logg inn med din e-postkonto for å åpne.

Mvh
Advokat Jon Berg
""", shape="html", html_style="web", charset="utf-8", cte="base64")

M(L, "bounce", "not_request", [], None, None, None,
  "norsk returmelding i ren tekst, uten multipart/report",
  ("Postmaster", "postmaster@nettpost-no.example"), "Returnert e-post: Kunne ikke leveres",
  """Dette er en automatisk melding fra e-postsystemet.

Meldingen din kunne ikke leveres til følgende mottaker:

    t.lunde@nettpost-no.example
    Årsak: Mottakerens postkasse er deaktivert (550 5.2.1)

Opprinnelig melding:
  Fra: dpo@massistcrm.com
  Emne: Svar på innsynsbegjæring
""", charset="iso-8859-1", cte="quoted-printable")

# ------------------------------------------------------------------ Finnish
L = "fi"

M(L, "request", "plain_words", ["erasure"], "Jukka Mäkinen", None, None,
  "arkikieli: 'poistakaa kaikki tietoni'; nimi taivutettuna myös perusmuodossa",
  ("Jukka Mäkinen", "jukka.makinen@sahkoposti.example"), "tietojen poisto",
  """Moi,

Entinen työnantajani käytti teidän järjestelmää ja sinne jäi Jukka Mäkisen nimellä vieläkin puhelinnumero ja sähköposti. Poistakaa kaikki tietoni, kiitos.

t. Jukka Mäkinen
""", charset="iso-8859-15", cte="quoted-printable")

M(L, "request", "legal_anchor", ["access"], "Leena Virtanen", "Kuljetusliike Heikkinen Oy", None,
  "tietosuoja-asetuksen 15 artikla; Oy allekirjoituksessa",
  ("Leena Virtanen", "leena.virtanen@heikkinen-kuljetus.example"), "Tietopyyntö tietosuoja-asetuksen 15 artiklan nojalla",
  """Hyvä vastaanottaja,

Pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla saada tiedon siitä, mitä henkilötietojani käsittelette Massist CRM -palvelussa, sekä jäljennöksen kyseisistä tiedoista.

Ystävällisin terveisin

Leena Virtanen
Asiakaspalvelupäällikkö
Kuljetusliike Heikkinen Oy
""", charset="utf-8", cte="quoted-printable")

M(L, "request", "employer", ["automated_decision"], "Aleksi Korhonen", "Pohjolan Vakuutusmeklarit Oy", None,
  "automaattisen pisteytyksen perusteella tehty päätös, pyytää ihmisen tarkistusta; työnantaja tekstissä",
  ("Aleksi Korhonen", "aleksi.korhonen@pohjolanmeklarit.example"), "Automaattinen pisteytys – pyydän ihmisen arviota",
  """Hei,

Työskentelen myyjänä Pohjolan Vakuutusmeklarit Oy:ssä. Esimieheni mukaan Massist-järjestelmän automaattinen "myyntipotentiaalipisteytys" on siirtänyt minut pois avainasiakkaista, eikä kukaan ole katsonut asiaa tarkemmin.

Haluan, että päätöksen tarkistaa ihminen eikä se perustu pelkkään järjestelmän laskemaan pisteeseen.

Terveisin,
Aleksi Korhonen
""", charset="utf-8", cte="8bit")

M(L, "auto_reply", "not_request", [], "Tiina Laaksonen", None, None,
  "automaattinen poissaoloviesti",
  ("Tiina Laaksonen", "tiina.laaksonen@kaupunki-like.example"), "Automaattinen vastaus: Tietopyyntönne",
  """Olen lomalla 4.8. asti enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä vaihteeseen.

Tiina Laaksonen
""", charset="iso-8859-15", cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")])

M(L, "other", "not_request", [], "Mikko Salonen", None, None,
  "kiitosviesti saadusta tietopaketista (oikeus jo käytetty)",
  ("Mikko Salonen", "mikko.salonen@sahkoposti.example"), "Vs: Henkilötietopyyntösi",
  """Kiitos, sain tiedostot ja kaikki näyttää olevan kunnossa.

Mikko Salonen

> Hei Mikko,
> ohessa pyytämäsi kopio henkilötiedoistasi. Linkki on voimassa 14 päivää.
> Ystävällisin terveisin, Innthink Technologies / tietosuojavastaava
""", charset="utf-8", cte="quoted-printable", in_reply_to="<fi-2024-331@massistcrm.com>")

# ------------------------------------------------------------------ Estonian
L = "et"

M(L, "request", "plain_words", ["access"], "Kadri Tamm", None, None,
  "lihtne keel: 'mis andmeid teil minu kohta on'",
  ("Kadri Tamm", "kadri.tamm@postkast.example"), "Mis andmeid teil minu kohta on?",
  """Tere!

Mulle helistas üks firma ja ütles, et nad said minu numbri Massisti süsteemist. Tahaksin teada, mis andmeid teil minu kohta on. Palun saatke need mulle.

Tänan
Kadri Tamm
""", charset="iso-8859-15", cte="quoted-printable")

M(L, "request", "legal_anchor", ["erasure"], "Margus Kask", "Saare Kalatööstus OÜ", None,
  "isikuandmete kaitse üldmääruse artikkel 17; OÜ allkirjas",
  ("Margus Kask", "margus.kask@saarekala.example"), "Taotlus isikuandmete kustutamiseks",
  """Lugupeetud andmekaitseametnik

Palun kustutada isikuandmete kaitse üldmääruse artikli 17 alusel kõik minu isikuandmed, mida töötlete Massist CRM-is, kuna ma ei tööta enam müügiosakonnas ja andmed ei ole enam vajalikud.

Lugupidamisega
Margus Kask
Tootmisjuht
Saare Kalatööstus OÜ
""", charset="windows-1257", cte="quoted-printable")

M(L, "request", "form", ["rectification"], "Liis Sepp", "Tartu Tarkvara AS", None,
  "veebivormi robot väljadega Nimi/Ettevõte/Taotluse liik",
  ("Massist veebivorm", "vorm@massist-site.example"), "Uus andmekaitsetaotlus veebivormist",
  """Veebivormi kaudu saabus uus taotlus.

Nimi: Liis Sepp
E-post: liis.sepp@tartutarkvara.example
Ettevõte: Tartu Tarkvara AS
Taotluse liik: Andmete parandamine
Sõnum: Minu ametinimetus ja telefoninumber on valesti. Õige ametinimetus on "arendusjuht", telefon +372 5000 1234.
""", charset="utf-8", cte="quoted-printable",
  reply_to="liis.sepp@tartutarkvara.example", headers=[("Auto-Submitted", "auto-generated")])

M(L, "other", "not_request", [], "Rasmus Kivi", "Baltic Data Partners OÜ", None,
  "koostööpakkumine (müük), ei ole taotlus",
  ("Rasmus Kivi", "rasmus@balticdatapartners.example"), "Koostööpakkumine: GDPR-päringute haldus",
  """Tere,

Oleme Baltic Data Partners OÜ ja aitame SaaS-ettevõtetel andmesubjektide päringuid automatiseerida. Kas teil oleks järgmisel nädalal 20 minutit, et tutvustada meie lahendust?

Parimat
Rasmus Kivi
Müügijuht
""", charset="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ Latvian
L = "lv"

M(L, "request", "plain_words", ["erasure"], "Ilze Bērziņa", None, None,
  "vienkārši: 'lūdzu, izdzēsiet manus datus'; vārds teikuma beigās, tam seko cits teikums",
  ("ilze.berzina", "ilze.berzina@inbox-lv.example"), "Lūdzu izdzēsiet manus datus",
  """Labdien!

Mani sauc Ilze Bērziņa. Es vairs nestrādāju uzņēmumā, kas mani reģistrēja jūsu sistēmā. Lūdzu, izdzēsiet visus manus datus.

Paldies
""", charset="iso-8859-13", cte="quoted-printable")

M(L, "request", "legal_anchor", ["access"], "Jānis Ozoliņš", "SIA Rīgas Koks", None,
  "VDAR 15. pants; SIA parakstā",
  ("Jānis Ozoliņš", "janis.ozolins@rigaskoks.example"), "Pieprasījums saskaņā ar VDAR 15. pantu",
  """Labdien!

Saskaņā ar Vispārīgās datu aizsardzības regulas (VDAR) 15. pantu lūdzu sniegt informāciju par to, kādus manus personas datus jūs apstrādājat Massist CRM, un izsniegt to kopiju.

Ar cieņu
Jānis Ozoliņš
Pārdošanas vadītājs
SIA Rīgas Koks
""", charset="windows-1257", cte="quoted-printable")

M(L, "request", "agent", ["erasure", "objection"], "Andris Kalniņš", None, "Līga Liepa",
  "zvērināta advokāte klienta vārdā; klienta vārds arī ģenitīvā",
  ("Līga Liepa", "liga.liepa@advokati-liepa.example"), "Par Andra Kalniņa personas datiem",
  """Labdien!

Pārstāvu savu klientu Andri Kalniņu (pilnvara pielikumā). Klients: Andris Kalniņš, dzīvo Jelgavā.

Klienta vārdā pieprasu dzēst visus Andra Kalniņa personas datus, kas glabājas jūsu sistēmā, un iebilstu pret viņa datu izmantošanu tiešajā mārketingā.

Ar cieņu
zvērināta advokāte Līga Liepa
""", charset="utf-8", cte="quoted-printable")

M(L, "auto_reply", "not_request", [], "Dace Krūmiņa", None, None,
  "automātiska atbilde (atvaļinājums)",
  ("Dace Krūmiņa", "dace.krumina@pasts-lv.example"), "Automātiska atbilde: Jūsu pieprasījums",
  """Labdien!

Esmu atvaļinājumā līdz 19. augustam. Steidzamos jautājumos lūdzu zvanīt uz biroju.

Dace Krūmiņa
""", charset="utf-8", cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")])

# ------------------------------------------------------------------ Lithuanian
L = "lt"

M(L, "request", "plain_words", ["access"], "Rūta Petraitienė", None, None,
  "paprasta kalba: 'ką jūs apie mane turite'",
  ("Rūta Petraitienė", "ruta.petraitiene@pastas-lt.example"), "Ką jūs apie mane turite?",
  """Laba diena,

man paskambino įmonė ir pasakė, kad mano duomenis gavo iš jūsų sistemos. Norėčiau sužinoti, ką jūs apie mane turite. Gal galite atsiųsti?

Ačiū
Rūta Petraitienė
""", charset="windows-1257", cte="quoted-printable")

M(L, "request", "legal_anchor", ["rectification"], "Tomas Kazlauskas", "UAB „Baltijos logistika“", None,
  "BDAR 16 straipsnis; UAB su lietuviškomis kabutėmis parašo bloke",
  ("Tomas Kazlauskas", "tomas.kazlauskas@baltlog.example"), "Prašymas ištaisyti asmens duomenis",
  """Laba diena,

vadovaudamasis Bendrojo duomenų apsaugos reglamento (BDAR) 16 straipsniu, prašau ištaisyti netikslius mano asmens duomenis Massist CRM sistemoje: nurodytos pareigos ir telefono numeris yra neteisingi. Teisingos pareigos – logistikos vadovas, tel. +370 600 00123.

Pagarbiai
Tomas Kazlauskas
Logistikos vadovas
UAB „Baltijos logistika“
Vilnius
""", charset="utf-8", cte="quoted-printable")

M(L, "request", "names", ["access", "erasure", "objection"], "Vytautas Jankauskas", None, None,
  "vardas kilmininku temoje ir tekste; vardininkas tik parašo eilutėje",
  ("V. Jankauskas", "v.jankauskas@pastas-lt.example"), "Dėl Vytauto Jankausko asmens duomenų",
  """Sveiki,

rašau dėl Vytauto Jankausko, t. y. savo, asmens duomenų. Prašau:
1) pateikti visų mano duomenų kopiją;
2) ištrinti mano asmeninį telefono numerį;
3) nebesiųsti man jokių reklaminių laiškų.

Duomenų subjektas: Vytautas Jankauskas
""", charset="iso-8859-13", cte="quoted-printable")

M(L, "other", "not_request", [], "Gintarė Žukauskaitė", None, None,
  "darbo paraiška su sutikimu saugoti CV – ne prašymas",
  ("Gintarė Žukauskaitė", "gintare.zukauskaite@pastas-lt.example"), "Gyvenimo aprašymas – duomenų apsaugos specialisto pozicija",
  """Laba diena,

siunčiu savo gyvenimo aprašymą dėl duomenų apsaugos specialisto pozicijos. Sutinku, kad mano duomenys būtų saugomi ir būsimose atrankose – 12 mėnesių.

Pagarbiai
Gintarė Žukauskaitė
""", charset="utf-8", cte="8bit")
