from common import m

# ---------------- Swedish
m('sv', 'plain_words', 'request', 'access', 'Lennart Öberg', None, None,
  'vardagligt: vad har ni om mig',
  ('Lennart Öberg', 'lennart.oberg@telia-mail.example'), 'Vad har ni om mig?',
  """Hej!

Jag har fått mejl från ett företag som använder ert system. Vad har ni sparat om mig och var har ni fått det ifrån?

Mvh
Lennart Öberg
""", cs='iso-8859-1', cte='8bit', shape='plain')

m('sv', 'legal_anchor', 'request', 'erasure objection', 'Maja Lindqvist', None, None,
  'GDPR art. 17 och 21 på svenska (dataskyddsförordningen)',
  ('Maja Lindqvist', 'maja.lindqvist@bredband-mail.example'), 'Begäran om radering enligt artikel 17 dataskyddsförordningen',
  """Hej,

Med stöd av artikel 21 i dataskyddsförordningen (GDPR) invänder jag mot behandlingen av mina personuppgifter för direktmarknadsföring, och med stöd av artikel 17 begär jag att samtliga mina uppgifter raderas.

Vänliga hälsningar
Maja Lindqvist
""", shape='alt', style='outlook')

m('sv', 'employer', 'request', 'rectification', 'Johan Bergström', 'Norrlands Trävaru AB', None,
  'arbetsgivare i signatur, AB',
  ('Johan Bergström', 'johan.bergstrom@norrlandstra.example'), 'Fel titel i CRM',
  """Hej!

Min titel står fortfarande som "Säljare" men jag är sedan januari Försäljningschef. Kan ni rätta det?

Tack på förhand!

Johan Bergström
Försäljningschef
Norrlands Trävaru AB
Sundsvall
""")

m('sv', 'agent', 'request', 'erasure', 'Elsa Nyström', None, 'Karin Nyström',
  'förälder för minderårigt barn',
  ('Karin Nyström', 'karin.nystrom@spray-mail.example'), 'Min dotters uppgifter',
  """Hej,

Min dotter Elsa Nyström (13 år) har av misstag hamnat i ert kundsystem via sin fotbollsklubb. Jag som vårdnadshavare begär att hennes uppgifter raderas.

Hälsningar
Karin Nyström
""")

m('sv', 'not_request', 'auto_reply', '', 'Anders Holm', None, None,
  'frånvaromeddelande',
  ('Anders Holm', 'anders.holm@kommun-exempel.example'), 'Autosvar: Er begäran om registerutdrag',
  """Tack för ditt mejl. Jag är på semester till och med den 14 april och läser inte e-post. Vid brådskande ärenden kontakta registrator@kommun-exempel.example.

Anders Holm
""", hdr=[('Auto-Submitted', 'auto-replied')])

m('sv', 'multi_right', 'request', 'access portability', 'Sofia Ekström', None, None,
  'registerutdrag + dataportabilitet',
  ('Sofia Ekström', 'sofia.ekstrom@mejl-exempel.example'), 'Registerutdrag och export',
  """Hej,

Jag vill ha ett registerutdrag över alla personuppgifter ni har om mig, och dessutom få ut de kontakter jag själv lagt in i en maskinläsbar fil (CSV eller JSON).

Tack!
Sofia Ekström
""")

# ---------------- Danish
m('da', 'plain_words', 'request', 'erasure', 'Bjarne Kjærgaard', None, None,
  'hverdagssprog: slet mig',
  ('Bjarne Kjærgaard', 'bjarne.k@jubii-mail.example'), 'Slet mig',
  """Hej

Jeg får hele tiden mails fra en af jeres kunder. Jeg har aldrig bedt om det. Slet alt hvad I har om mig, tak.

Bjarne Kjærgaard
""", cs='iso-8859-1', cte='8bit', shape='plain')

m('da', 'legal_anchor', 'request', 'access', 'Mette Frederiksen-Holm', None, None,
  'databeskyttelsesforordningen art. 15 og databeskyttelsesloven',
  ('Mette Frederiksen-Holm', 'mfh@tdc-mail.example'), 'Anmodning om indsigt efter artikel 15',
  """Til den databeskyttelsesansvarlige

Jeg anmoder hermed om indsigt i de personoplysninger, I behandler om mig, jf. databeskyttelsesforordningens artikel 15 og databeskyttelseslovens § 22.

Med venlig hilsen
Mette Frederiksen-Holm
""", shape='alt', style='outlook')

m('da', 'employer', 'request', 'rectification', 'Rasmus Østergaard', 'Fynsk Vindenergi A/S', None,
  'arbejdsgiver i signatur, A/S',
  ('Rasmus Østergaard', 'ros@fynskvind.example'), 'Forkert telefonnummer',
  """Hej,

Mit mobilnummer er forkert i jeres system. Det rigtige er 20 00 41 18. Vil I rette det?

Venlig hilsen
Rasmus Østergaard
Projektleder
Fynsk Vindenergi A/S
""")

m('da', 'negation', 'request', 'access', 'Louise Damgaard', None, None,
  'vil ikke slettes, kun indsigt',
  ('Louise Damgaard', 'louise.damgaard@webspeed-mail.example'), 'Indsigt – ikke sletning',
  """Hej,

For en god ordens skyld: Jeg ønsker IKKE at min konto bliver slettet. Jeg vil bare gerne have en kopi af de oplysninger I har om mig.

Mvh Louise Damgaard
""")

m('da', 'form', 'request', 'objection', 'Søren Mikkelsen', 'Mikkelsen VVS ApS', None,
  'webformular med felter, ApS',
  ('Massist Kontaktformular', 'noreply@forms.massistcrm.example'), 'Ny henvendelse: Persondata',
  """Ny henvendelse fra kontaktformularen

Navn: Søren Mikkelsen
Firma: Mikkelsen VVS ApS
E-mail: soren@mikkelsen-vvs.example
Type: Indsigelse mod markedsføring
Besked: Jeg vil ikke modtage nyhedsbreve eller tilbud.
""", hdr=[('Reply-To', 'soren@mikkelsen-vvs.example'), ('Auto-Submitted', 'auto-generated')], shape='plain')

m('da', 'not_request', 'bulk', '', None, None, None,
  'nyhedsbrev om GDPR',
  ('Persondata Nyt', 'nyhedsbrev@persondatanyt.example'), 'Persondata Nyt: Datatilsynets nye vejledning om indsigt',
  """Persondata Nyt – uge 12

Datatilsynet har udgivet en ny vejledning om de registreredes rettigheder, herunder retten til indsigt og sletning. Læs vores gennemgang.

Afmeld nyhedsbrevet: https://persondatanyt.example/afmeld
""", hdr=[('List-Unsubscribe', '<https://persondatanyt.example/afmeld>'), ('Precedence', 'bulk')], shape='html', style='web')

# ---------------- Norwegian
m('no', 'plain_words', 'request', 'access', 'Ola Brekke', None, None,
  'hverdagsspråk: hva har dere om meg',
  ('Ola Brekke', 'ola.brekke@online-mail.example'), 'Hva har dere lagret om meg?',
  """Hei

Fikk en e-post fra et firma jeg ikke kjenner, via systemet deres. Hva har dere lagret om meg, og hvor har dere det fra?

Hilsen Ola Brekke
""", cs='iso-8859-1', cte='8bit', shape='plain')

m('no', 'legal_anchor', 'request', 'erasure', 'Ingrid Solheim', None, None,
  'personopplysningsloven / personvernforordningen art. 17',
  ('Ingrid Solheim', 'ingrid.solheim@altibox-mail.example'), 'Krav om sletting etter personvernforordningen artikkel 17',
  """Hei,

Jeg krever med dette at alle personopplysninger om meg slettes, jf. personopplysningsloven § 1 og personvernforordningen artikkel 17.

Vennlig hilsen
Ingrid Solheim
""", shape='alt', style='outlook')

m('no', 'employer', 'request', 'access', 'Kjetil Haugland', 'Vestlandsk Havbruk AS', None,
  'arbeidsgiver i løpende tekst, AS',
  ('Kjetil Haugland', 'kjetil.haugland@vestlandskhavbruk.example'), 'Innsyn',
  """Hei!

Jeg jobber i Vestlandsk Havbruk AS, som bruker CRM-systemet deres. Kan jeg få innsyn i hvilke opplysninger som er registrert om meg?

Mvh
Kjetil Haugland
""")

m('no', 'multi_right', 'request', 'access rectification objection', 'Silje Nordahl', None, None,
  'tre rettigheter i liste',
  ('Silje Nordahl', 'silje.nordahl@epost-mail.example'), 'Flere henvendelser',
  """Hei,

1) Jeg vil ha innsyn i opplysningene dere har om meg.
2) Adressen min er feil – riktig er Storgata 14, 7011 Trondheim.
3) Jeg vil ikke ha markedsføring fra dere.

Takk,
Silje Nordahl
""")

m('no', 'not_request', 'auto_reply', '', 'Eirik Dahl', None, None,
  'fraværsmelding',
  ('Eirik Dahl', 'eirik.dahl@bergen-bygg.example'), 'Automatisk svar: Deres forespørsel',
  """Jeg er på ferie frem til 22. april. Henvendelser blir ikke videresendt. Ved hastesaker, ring sentralbordet på 55 00 00 00.

Eirik Dahl
""", hdr=[('Auto-Submitted', 'auto-replied')])

m('no', 'footer_rights', 'request', 'withdraw_consent', 'Hanne Vik', 'Vik Regnskap AS', None,
  'trekker samtykke over bunntekst med rettigheter',
  ('Hanne Vik', 'hanne@vikregnskap.example'), 'Trekker samtykke',
  """Hei,

Jeg trekker tilbake samtykket jeg ga til at dere kan bruke bildet mitt i kundereferansen på nettsiden.

Hilsen
Hanne Vik
Vik Regnskap AS

Personvern: Du har rett til innsyn, retting, sletting, begrensning, dataportabilitet og å protestere. Les mer på vikregnskap.example/personvern.
""")

# ---------------- Finnish
m('fi', 'plain_words', 'request', 'access', 'Pekka Räsänen', None, None,
  'arkikieli: mitä tietoja teillä on minusta',
  ('Pekka Räsänen', 'pekka.rasanen@elisa-mail.example'), 'Mitä tietoja minusta on?',
  """Moi,

Sain sähköpostia firmalta, jonka kanssa en ole ollut tekemisissä, ja viestissä oli teidän logo. Mitä tietoja teillä on minusta ja mistä olette ne saaneet?

Terveisin
Pekka Räsänen
""", cs='iso-8859-15', cte='8bit', shape='plain')

m('fi', 'legal_anchor', 'request', 'erasure', 'Aino Kettunen', None, None,
  'tietosuoja-asetus 17 artikla, tietosuojalaki',
  ('Aino Kettunen', 'aino.kettunen@dna-mail.example'), 'Pyyntö tietojen poistamisesta (tietosuoja-asetus 17 art.)',
  """Hyvä vastaanottaja,

Pyydän EU:n yleisen tietosuoja-asetuksen 17 artiklan nojalla, että poistatte kaikki minua koskevat henkilötiedot.

Ystävällisin terveisin
Aino Kettunen
""", shape='alt', style='outlook')

m('fi', 'employer', 'request', 'rectification', 'Juha Mäkinen', 'Savon Sähköasennus Oy', None,
  'työnantaja allekirjoituksessa, Oy',
  ('Mäkinen Juha', 'juha.makinen@savonsahko.example'), 'Tietojen korjaus',
  """Hei,

Puhelinnumeroni on väärin järjestelmässänne. Oikea numero on 040 000 1234. Voisitteko korjata?

Kiitos,
Juha Mäkinen
Työnjohtaja
Savon Sähköasennus Oy
Kuopio
""")

m('fi', 'names', 'request', 'access', 'Sanna-Mari Väisänen-Koskinen', None, None,
  'kaksoisnimi, taivutettu muoto tekstissä',
  ('sanna-mari väisänen-koskinen', 'smvk@luukku-mail.example'), 'tietopyyntö',
  """Hei!

Haluaisin saada kopion kaikista Sanna-Mari Väisänen-Koskisen tiedoista, eli minun tiedoistani, joita teillä on.

Sanna-Mari Väisänen-Koskinen
""")

m('fi', 'not_request', 'bounce', '', None, None, None,
  'palautusviesti, multipart/report',
  ('Postipalvelin', 'mailer-daemon@mx.massistcrm.com'), 'Viestiä ei voitu toimittaa',
  """Viestiäsi ei voitu toimittaa seuraavalle vastaanottajalle:

ville.koski@vanhafirma.example
Vastaanottajan postilaatikkoa ei löydy.
""", shape='dsn', dsn=dict(mta='mx.massistcrm.com', rcpt='ville.koski@vanhafirma.example', diag='550 5.1.1 No such user'))

m('fi', 'multi_right', 'request', 'access erasure', 'Tuomas Heikkilä', None, None,
  'ensin kopio, sitten poisto',
  ('Tuomas Heikkilä', 'tuomas.heikkila@kolumbus-mail.example'), 'Tietoni',
  """Hei,

Haluan ensin nähdä, mitä tietoja minusta on tallennettu, ja sen jälkeen pyydän poistamaan ne kaikki.

Tuomas Heikkilä
""")
