from mime import M

NL = [
M("nl", "plain_words", "request", ["access"], "Henk Brouwer", None, None, "gewone taal: wat weten jullie van mij",
  ("Henk Brouwer", "henkbrouwer@ziggo-mail.example"), "vraagje",
  """Goedemiddag,

Ik word steeds gebeld door een bedrijf dat zegt dat ze mijn gegevens uit jullie systeem hebben. Wat hebben jullie allemaal van mij en van wie komt dat?

Groet,
Henk Brouwer"""),
M("nl", "legal_anchor", "request", ["erasure"], "Sanne van den Berg", None, None, "AVG artikel 17, particule van den",
  ("Berg, Sanne van den", "s.vandenberg@kpnpost.example"), "Verzoek tot verwijdering op grond van artikel 17 AVG",
  """Geachte heer/mevrouw,

Op grond van artikel 17 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u alle persoonsgegevens die u over mij verwerkt te wissen. Ik verzoek u binnen de wettelijke termijn van een maand te reageren.

Met vriendelijke groet,
Sanne van den Berg
Utrecht""", cs="iso-8859-1", cte="quoted-printable"),
M("nl", "employer", "request", ["rectification"], "Pieter Dijkstra", "Dijkstra Installatietechniek B.V.", None,
  "werkgever in handtekening B.V.",
  ("Pieter Dijkstra", "p.dijkstra@dijkstra-installatie.example"), "Verkeerde functietitel",
  """Hoi,

In jullie CRM sta ik nog als werkvoorbereider. Dat klopt al twee jaar niet meer. Willen jullie dat aanpassen naar projectleider?

Met vriendelijke groet,

Pieter Dijkstra
Projectleider
Dijkstra Installatietechniek B.V.
Industrieweg 8, 8912 AB Leeuwarden""", shape="html", cs="windows-1252", cte="quoted-printable"),
M("nl", "agent", "request", ["access"], "Wouter Claes", "Vandenbroucke Bouw NV", "Griet Maes",
  "Vlaamse HR doorstuur met origineel als bijlage",
  ("Griet Maes", "hr@vandenbroucke-bouw.example"), "TR: Inzageverzoek medewerker",
  """Beste,

In bijlage het inzageverzoek van onze medewerker Wouter Claes. De gegevens zitten in jullie platform, vandaar dat ik het doorstuur.

Met vriendelijke groeten,
Griet Maes
HR-verantwoordelijke
Vandenbroucke Bouw NV""", shape="rfc822",
  inner=M("nl", "", "", [], None, None, None, "", ("Wouter Claes", "wouter.claes@vandenbroucke-bouw.example"),
          "inzage", """Dag Griet,

Kan ik een kopie krijgen van alles wat er in het CRM over mij genoteerd staat? Ook de beoordelingen van mijn klantgesprekken graag.

Bedankt,
Wouter""", to="hr@vandenbroucke-bouw.example")),
M("nl", "negation", "request", ["objection"], "Marloes Kuipers", None, None, "niet verwijderen, alleen geen reclame",
  ("marloes kuipers", "marloes.k@hotpost.example"), "Geen reclame meer",
  """Hallo,

Mijn account hoeft niet verwijderd te worden hoor, ik gebruik het nog. Ik wil alleen geen reclamemails meer ontvangen.

Marloes Kuipers"""),
M("nl", "not_request", "auto_reply", [], "Bas Verhoeven", None, None, "afwezigheidsmelding",
  ("Bas Verhoeven", "b.verhoeven@verhoeven-advies.example"), "Automatisch antwoord: Uw verzoek",
  """Dank voor je bericht. Ik ben tot en met 23 oktober met vakantie en lees mijn mail niet. Voor dringende zaken kun je terecht bij mijn collega Ingrid (ingrid@verhoeven-advies.example).

Bas Verhoeven""", hdrs={"Auto-Submitted": "auto-replied"}),
]

IT = [
M("it", "plain_words", "request", ["erasure"], "Gino Ferraro", None, None, "linguaggio comune: cancellatemi",
  ("Gino Ferraro", "gino.ferraro@liberomail.example"), "cancellatemi",
  """Buongiorno, non so come avete avuto il mio numero ma mi chiamano tutti i giorni. Cancellatemi da tutto, grazie.

Gino Ferraro""", cs="iso-8859-15", cte="8bit"),
M("it", "legal_anchor", "request", ["access", "restriction"], "Francesca Esposito", None, None, "art. 15 e 18 GDPR + Codice privacy",
  ("Avv. Francesca Esposito", "f.esposito@pec-mail.example"), "Istanza ex artt. 15 e 18 del Regolamento (UE) 2016/679",
  """Spett.le Innthink Technologies,

la sottoscritta Avv. Francesca Esposito, in proprio, chiede ai sensi dell'art. 15 del Regolamento (UE) 2016/679 e del D.Lgs. 196/2003 l'accesso ai propri dati personali e, ai sensi dell'art. 18, la limitazione del trattamento in attesa della verifica dell'esattezza dei dati.

Distinti saluti
Avv. Francesca Esposito
Napoli"""),
M("it", "employer", "request", ["erasure"], "Marco Bellandi", "Bellandi Arredamenti S.r.l.", None,
  "datore di lavoro in firma S.r.l.",
  ("Marco Bellandi", "m.bellandi@bellandiarredamenti.example"), "Richiesta cancellazione dati",
  """Buongiorno,

vi chiedo cortesemente di cancellare i miei dati personali dal vostro CRM, visto che non lavoro più nel reparto commerciale.

Cordiali saluti

Marco Bellandi
Ufficio Acquisti
Bellandi Arredamenti S.r.l.
Via Roma 45 – 50100 Firenze
P.IVA 01234567890

Ai sensi del Regolamento UE 2016/679 le informazioni contenute in questa e-mail sono riservate.""", shape="alt", cs="windows-1252", cte="quoted-printable"),
M("it", "names", "request", ["access"], "Maria Grazia Dell'Acqua", None, None, "titolo Dott.ssa e apostrofo",
  ("Dott.ssa Maria Grazia Dell'Acqua", "mg.dellacqua@mailit.example"), "accesso dati",
  """Gentili signori,

desidero sapere quali dati personali trattate su di me. Mi firmo Dott.ssa Maria Grazia Dell'Acqua. Resto in attesa di un vostro riscontro.

Saluti"""),
M("it", "agent", "request", ["erasure"], "Giulia Rinaldi", None, "Stefano Rinaldi", "padre per figlia minorenne",
  ("Stefano Rinaldi", "stefano.rinaldi@mailit.example"), "Dati di mia figlia",
  """Salve,

sono il padre di Giulia Rinaldi, 13 anni. Il suo nome e la sua email sono finiti nel sistema di un'azienda che usa il vostro gestionale (non so nemmeno come). Vi chiedo di cancellare subito tutti i suoi dati.

Stefano Rinaldi"""),
M("it", "multi_right", "request", ["withdraw_consent", "objection", "portability"], "Alessio Conte", None, None, "tre diritti elencati",
  ("Alessio Conte", "alessio.conte@mailit.example"), "Richieste privacy",
  """Buonasera,

con la presente:
1. revoco il consenso al trattamento per finalità di marketing;
2. mi oppongo alla profilazione;
3. chiedo di ricevere i miei dati in formato strutturato.

Grazie,
Alessio Conte"""),
M("it", "not_request", "other", [], None, None, None, "phishing in italiano con link",
  ("Garante Notifiche", "avvisi@garante-notifiche.example"), "Avviso: reclamo privacy a vostro carico",
  """Gentile Titolare del trattamento,

è stato presentato un reclamo per mancato riscontro a una richiesta di accesso. Per evitare sanzioni scarichi il fascicolo entro 48 ore: http://fascicolo-reclamo.example/download

Ufficio Notifiche""", shape="html"),
]

PT = [
M("pt", "plain_words", "request", ["erasure"], "Rui Figueiredo", None, None, "linguagem corrente PT-PT",
  ("Rui Figueiredo", "rui.figueiredo@sapomail.example"), "retirem-me daí",
  """Boa tarde,

Recebo chamadas de uma empresa que diz ter os meus dados no vosso programa. Não autorizei nada disso. Tirem-me daí, por favor.

Rui Figueiredo""", cs="iso-8859-1", cte="quoted-printable"),
M("pt", "legal_anchor", "request", ["access", "portability"], "Ana Beatriz Gonçalves", None, None, "LGPD art. 18 (Brasil)",
  ("Ana Beatriz Gonçalves", "anabia.goncalves@correio-br.example"), "Solicitação – art. 18 da LGPD",
  """Prezados,

Com base no art. 18, incisos II e V, da Lei nº 13.709/2018 (LGPD), solicito o acesso aos meus dados pessoais e a portabilidade dos mesmos.

Atenciosamente,
Ana Beatriz Gonçalves
São Paulo/SP"""),
M("pt", "employer", "request", ["rectification"], "Thiago Nascimento", "Nascimento & Filhos Comércio de Alimentos Ltda.", None,
  "empregador em assinatura Ltda. (Brasil)",
  ("Thiago Nascimento", "thiago@nascimentofilhos.example"), "Correção de cadastro",
  """Olá, tudo bem?

Meu telefone está errado no sistema de vocês. O certo é (31) 95555-0133. Podem corrigir?

Abs,
Thiago Nascimento
Gerente Comercial
Nascimento & Filhos Comércio de Alimentos Ltda.
Belo Horizonte – MG""", shape="html", hstyle="gmail"),
M("pt", "names", "request", ["access"], "João Pedro dos Santos Brandão", None, None, "partícula dos",
  ("joão pedro", "jp.brandao@correio-pt.example"), "Pedido de acesso",
  """Exmos. Senhores,

Venho por este meio solicitar o acesso aos dados pessoais que tratam a meu respeito, nos termos do RGPD.

Com os melhores cumprimentos,
João Pedro dos Santos Brandão
Lisboa"""),
M("pt", "agent", "request", ["erasure", "objection"], "Carla Mendes", None, "Rodrigo Albuquerque",
  "advogado em nome de cliente (Brasil)",
  ("Rodrigo Albuquerque", "rodrigo@albuquerqueadv.example"), "Notificação – titular Carla Mendes",
  """Prezados Senhores,

Na qualidade de advogado da Sra. Carla Mendes, conforme procuração anexa, requeiro a eliminação dos dados pessoais de minha cliente e manifesto sua oposição ao tratamento para fins de marketing, nos termos do art. 18 da LGPD.

Atenciosamente,
Rodrigo Albuquerque
OAB/RJ 123.456"""),
M("pt", "footer_rights", "request", ["access"], "Mariana Lopes", "Lopes Contabilidade EIRELI", None,
  "pedido acima de rodapé LGPD",
  ("Mariana Lopes", "mariana@lopescontabil.example"), "meus dados",
  """Bom dia! Queria saber quais dados meus vocês têm. Obrigada!

Mariana Lopes
Lopes Contabilidade EIRELI

Esta mensagem pode conter dados pessoais protegidos pela LGPD. O titular pode solicitar a confirmação, acesso, correção, anonimização, portabilidade ou eliminação de seus dados pelo e-mail privacidade@lopescontabil.example."""),
M("pt", "not_request", "bounce", [], None, None, None, "DSN em português",
  ("Sistema de Entrega de Correio", "mailer-daemon@mx.provedor-br.example"), "Mensagem não entregue",
  """Esta é uma mensagem automática do sistema de correio.

A sua mensagem não pôde ser entregue a:
  carla.mendes@provedor-br.example
Motivo: caixa postal inexistente.""", shape="report", received=False,
  report=dict(mta="mx.provedor-br.example", rcpt="carla.mendes@provedor-br.example", status="5.1.1",
              remote="mx.provedor-br.example", diag="550 5.1.1 <carla.mendes@provedor-br.example>: Recipient address rejected")),
]

SV = [
M("sv", "plain_words", "request", ["objection"], "Lars-Erik Holm", None, None, "vardagligt: sluta ringa",
  ("Lars-Erik Holm", "larserik.holm@telia-post.example"), "sluta ringa mig",
  """Hej

Jag blir uppringd av säljare som säger att de har mitt nummer från ert system. Sluta med det. Jag vill inte ha någon reklam från er eller era kunder.

/Lars-Erik Holm""", cs="iso-8859-1", cte="8bit"),
M("sv", "legal_anchor", "request", ["access"], "Elin Sjöberg", None, None, "artikel 15 dataskyddsförordningen",
  ("Elin Sjöberg", "elin.sjoberg@postlada.example"), "Begäran om registerutdrag enligt artikel 15 GDPR",
  """Hej,

Med stöd av artikel 15 i dataskyddsförordningen (GDPR) begär jag ett registerutdrag över de personuppgifter ni behandlar om mig.

Med vänliga hälsningar
Elin Sjöberg"""),
M("sv", "employer", "request", ["erasure"], "Johan Lindqvist", "Norrlandsbygg AB", None, "arbetsgivare i signatur AB",
  ("Johan Lindqvist", "johan.lindqvist@norrlandsbygg.example"), "Radera mina uppgifter",
  """Hej!

Jag slutar på fredag. Kan ni radera mina personliga uppgifter i CRM:et (mobilnummer och bild)?

Mvh
Johan Lindqvist
Projektchef | Norrlandsbygg AB
Storgatan 4, 903 26 Umeå""", shape="alt", cte="quoted-printable"),
M("sv", "negation", "request", ["rectification"], "Agnes Berglund", None, None, "ingen radering, bara rättelse",
  ("Agnes Berglund", "agnes.b@postlada.example"), "Sv: Bekräftelse",
  """Nej, jag vill inte att kontot raderas! Jag bad bara om att få mitt efternamn rättat – det ska vara Berglund, inte Berlund.

Agnes Berglund

> Vi har mottagit din begäran om radering.""", irt="aa01b2@massistcrm.com"),
M("sv", "not_request", "other", [], "Oskar Nyman", "Nyman Rekrytering AB", None, "rekryterare erbjuder DPO-kandidater",
  ("Oskar Nyman", "oskar@nymanrekrytering.example"), "Kandidater till dataskyddsroll",
  """Hej,

Vi har flera kandidater med erfarenhet av GDPR, registerutdrag och rätten att bli glömd. Intresserad av att se profiler?

Hälsningar
Oskar Nyman
Nyman Rekrytering AB"""),
]

DA = [
M("da", "plain_words", "request", ["erasure"], "Bente Kjærgaard", None, None, "hverdagssprog: slet mig",
  ("Bente Kjærgaard", "bente.k@jubii-post.example"), "slet mig",
  """Hej

Jeg har aldrig bedt om at stå i jeres system. Slet alt hvad I har om mig, tak.

Venlig hilsen
Bente Kjærgaard""", cs="iso-8859-1", cte="quoted-printable"),
M("da", "legal_anchor", "request", ["access", "rectification"], "Mads Østergaard", None, None, "databeskyttelsesforordningen art. 15 og 16",
  ("Mads Østergaard", "mads.ostergaard@postkasse.example"), "Indsigtsanmodning",
  """Til den databeskyttelsesansvarlige

Jeg anmoder hermed om indsigt i mine personoplysninger, jf. databeskyttelsesforordningens artikel 15, og om berigtigelse af urigtige oplysninger efter artikel 16 – min adresse er forkert.

Med venlig hilsen
Mads Østergaard
Aarhus"""),
M("da", "employer", "request", ["objection"], "Louise Dam", "Fynske Tømrere ApS", None, "arbejdsgiver i sætning ApS",
  ("Louise Dam", "louise@fynsketomrere.example"), "Indsigelse",
  """Hej,

Jeg arbejder hos Fynske Tømrere ApS, som bruger jeres CRM. Jeg gør indsigelse mod, at mine oplysninger bruges til automatiske "lead scores".

Mvh Louise"""),
M("da", "not_request", "auto_reply", [], "Henrik Bach", None, None, "fraværsbesked",
  ("Henrik Bach", "hb@bach-revision.example"), "Fraværende: Jeres henvendelse",
  """Tak for din mail. Jeg er på ferie til og med 19. oktober og har ikke adgang til mail.

Henrik Bach""", hdrs={"Auto-Submitted": "auto-replied"}),
]

NO = [
M("no", "plain_words", "request", ["access"], "Trond Haugland", None, None, "hverdagsspråk bokmål",
  ("Trond Haugland", "trond.haugland@nettpost.example"), "Hva har dere om meg?",
  """Hei

Hvordan har dere fått tak i e-posten min? Send meg det dere har lagret om meg.

Trond Haugland"""),
M("no", "legal_anchor", "request", ["erasure"], "Ingrid Solberg", None, None, "personopplysningsloven / GDPR art. 17",
  ("Ingrid Solberg", "ingrid.solberg@nettpost.example"), "Krav om sletting",
  """Hei,

Jeg krever sletting av mine personopplysninger i medhold av personvernforordningen artikkel 17, jf. personopplysningsloven § 1.

Vennlig hilsen
Ingrid Solberg""", cs="iso-8859-1", cte="8bit"),
M("no", "employer", "request", ["access"], "Sindre Eriksen", "Vestlandske Rør AS", None, "arbeidsgiver i signatur AS",
  ("Sindre Eriksen", "sindre@vestlandskeror.example"), "Innsyn",
  """Hei,

Ber om innsyn i hvilke opplysninger om meg som ligger i Massist.

Mvh
Sindre Eriksen
Salgssjef
Vestlandske Rør AS
Bergen""", shape="html"),
M("no", "multi_right", "request", ["withdraw_consent", "erasure"], "Kari Nordmo", None, None, "trekke samtykke + slette, nynorsk",
  ("Kari Nordmo", "kari.nordmo@nettpost.example"), "Samtykke",
  """Hei.

Eg trekkjer attende samtykket mitt til at de brukar opplysningane mine, og ber om at alt vert sletta.

Helsing Kari Nordmo"""),
]

FI = [
M("fi", "plain_words", "request", ["erasure"], "Pekka Huttunen", None, None, "arkikieli: poistakaa minut",
  ("Pekka Huttunen", "pekka.huttunen@sonera-posti.example"), "poistakaa tietoni",
  """Moi

Joku firma soittelee ja sanoo että tietoni on teidän järjestelmässä. Poistakaa ne sieltä.

t. Pekka Huttunen""", cs="iso-8859-15", cte="quoted-printable"),
M("fi", "legal_anchor", "request", ["access"], "Aino Mäkelä", None, None, "tietosuoja-asetuksen 15 artikla",
  ("Aino Mäkelä", "aino.makela@posti-fi.example"), "Tarkastuspyyntö",
  """Hyvä vastaanottaja,

Pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla pääsyä minua koskeviin henkilötietoihin.

Ystävällisin terveisin
Aino Mäkelä"""),
M("fi", "employer", "request", ["rectification"], "Jukka Lehtonen", "Lehtosen Kuljetus Oy", None, "työnantaja allekirjoituksessa Oy",
  ("Jukka Lehtonen", "jukka@lehtosenkuljetus.example"), "Tietojen korjaus",
  """Hei,

Puhelinnumeroni on väärin järjestelmässänne. Oikea on 040 555 0190.

Terveisin
Jukka Lehtonen
Myyntipäällikkö
Lehtosen Kuljetus Oy"""),
M("fi", "footer_rights", "other", [], "Riikka Salo", "Salo Consulting Oy", None, "yleinen kysymys + tietosuojaseloste-alatunniste",
  ("Riikka Salo", "riikka@saloconsulting.example"), "Kysymys alihankkijoista",
  """Hei,

Käyttääkö Massist CRM alihankkijoita EU:n ulkopuolella? Tarvitsemme tiedon asiakkaallemme.

Riikka Salo
Salo Consulting Oy

Sinulla on oikeus tarkastaa, oikaista ja poistaa tietosi sekä vastustaa niiden käsittelyä. Lisätietoja tietosuojaselosteessamme."""),
]

MAILS = NL + IT + PT + SV + DA + NO + FI
