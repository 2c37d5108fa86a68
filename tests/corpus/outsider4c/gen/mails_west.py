from spec import M

# ------------------------------------------------------------------ Portuguese
L = "pt"

M(L, "request", "legal_anchor", ["access", "rectification", "erasure"], "Ana Beatriz dos Santos Oliveira", None, None,
  "Brasil, LGPD Art. 18 (confirmação/acesso, correção, eliminação); partícula 'dos'",
  ("Ana Beatriz dos Santos Oliveira", "anabeatriz.oliveira@emailbr.example"),
  "Requisição de titular – Art. 18 da LGPD",
  """Prezados,

Na qualidade de titular de dados pessoais, e com fundamento no art. 18 da Lei nº 13.709/2018 (LGPD), solicito:

I – a confirmação da existência de tratamento e o acesso aos meus dados pessoais mantidos no Massist CRM;
II – a correção do meu endereço, que consta como Rua das Acácias, 45, quando o correto é Rua das Acácias, 54, Belo Horizonte/MG;
III – a eliminação do número do meu CPF, que não deveria constar do cadastro.

Fico no aguardo da resposta no prazo de 15 dias previsto no art. 19, II.

Atenciosamente,
Ana Beatriz dos Santos Oliveira
""", charset="utf-8", cte="quoted-printable")

M(L, "request", "plain_words", ["objection", "erasure"], "Thiago", None, None,
  "Brasil, bem coloquial; só o primeiro nome no e-mail -> gold é o primeiro nome",
  ("Thiago", "thiago.m1992@emailbr.example"), "para de mandar email",
  """oi, vcs podem parar de me mandar email todo dia?? eu nem sei como vcs pegaram meu contato. quero que apaguem meu cadastro de vez

valeu
Thiago

Enviado do meu Galaxy
""", charset="utf-8", cte="8bit")

M(L, "request", "employer", ["access"], "Inês Carvalho Sampaio", "Cortiças do Norte, Lda.", None,
  "português europeu; empregador em texto corrido com 'Lda.'",
  ("Inês Sampaio", "ines.sampaio@corticasnorte.example"), "Pedido de acesso aos meus dados pessoais",
  """Bom dia,

Sou técnica comercial na Cortiças do Norte, Lda., que utiliza o Massist CRM. Gostaria de saber que dados pessoais meus constam da plataforma e de receber uma cópia dos mesmos, nos termos do RGPD.

Agradeço desde já a atenção.

Com os melhores cumprimentos,
Inês Carvalho Sampaio
Santa Maria da Feira
""", charset="iso-8859-1", cte="quoted-printable")

M(L, "request", "agent", ["access", "portability"], "Juliana Teixeira Lima", "Transportadora Rio Claro Ltda.", "Paulo Henrique Bastos",
  "Brasil, advogado (OAB) em nome de cliente; 'Dr.' removido; escritório não é empregador",
  ("Dr. Paulo Henrique Bastos", "paulo.bastos@bastosadv.example"),
  "Notificação – Direitos do titular – Juliana Teixeira Lima",
  """Prezados Senhores,

BASTOS ADVOGADOS ASSOCIADOS, na pessoa de seu sócio infra-assinado, vem, em nome de sua cliente, Sra. Juliana Teixeira Lima, empregada da Transportadora Rio Claro Ltda., que utiliza o sistema Massist CRM, requerer, com base no art. 18, incisos II e V, da LGPD:

a) o acesso integral aos dados pessoais da titular; e
b) a portabilidade desses dados, em formato estruturado e interoperável, para que possam ser transmitidos a outro fornecedor.

Segue anexa procuração com poderes específicos.

Atenciosamente,

Dr. Paulo Henrique Bastos
OAB/SP 123.456
Bastos Advogados Associados
São Paulo – SP
""", shape="alt", html_style="outlook", order="outlook", accept_lang="pt-BR, en-US", content_lang="pt-BR",
  charset="utf-8", cte="quoted-printable")

M(L, "auto_reply", "not_request", [], "Rui Pedrosa", None, None,
  "resposta automática (PT) de ausência, com Auto-Submitted",
  ("Rui Pedrosa", "rui.pedrosa@camara-vinhos.example"), "Resposta automática: Confirmação do seu pedido",
  """Obrigado pela sua mensagem.

Encontro-me ausente até dia 9 de setembro, com acesso limitado ao correio eletrónico. Responderei logo que possível.

Cumprimentos,
Rui Pedrosa
""", charset="iso-8859-1", cte="quoted-printable",
  headers=[("Auto-Submitted", "auto-replied")])

M(L, "other", "not_request", [], "Camila Nogueira", "Integra Nuvem Soluções Ltda.", None,
  "parceria/integrador (vendedor) – pergunta comercial, sem direito do titular",
  ("Camila Nogueira", "camila@integranuvem.example"), "Parceria de integração com o Massist",
  """Olá, tudo bem?

Sou da Integra Nuvem Soluções Ltda., integradora de CRM em Campinas. Temos vários clientes interessados no Massist e gostaríamos de entender como funciona o programa de parceiros, e se vocês já têm um modelo de contrato de operador de dados conforme a LGPD para revendas.

Podemos marcar uma conversa rápida?

Abraço,
Camila Nogueira
Gerente de Parcerias
""", shape="alt", html_style="gmail", charset="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ Italian
L = "it"

M(L, "request", "plain_words", ["erasure"], "Gianluca Ferraro", None, None,
  "tono arrabbiato, nessun termine giuridico; charset dichiarato iso-8859-1 ma virgolette curve windows-1252 (mislabelled)",
  ("Gianluca Ferraro", "gianluca.ferraro77@postaweb.example"), "cancellatemi!!",
  """Buongiorno,
non so come abbiate avuto il mio numero ma mi chiama gente a tutte le ore dicendo di avere i miei dati “dal CRM”. Cancellatemi da tutto, subito, e non fatemi più chiamare.

Gianluca Ferraro
""", charset="iso-8859-1", codec="cp1252", cte="8bit")

M(L, "request", "access_items", ["access"], "Maria Grazia D'Angelo", None, None,
  "art. 15 GDPR con elenco finalità/destinatari/conservazione/origine/decisioni automatizzate/reclamo al Garante; 'Dott.ssa' tolto",
  ("Dott.ssa Maria Grazia D'Angelo", "mg.dangelo@pec-like.example"), "Istanza di accesso ai sensi dell'art. 15 GDPR",
  """Spett.le Innthink Technologies,

la sottoscritta Dott.ssa Maria Grazia D'Angelo, nata a Lecce il 14/02/1981, ai sensi dell'art. 15 del Regolamento (UE) 2016/679 e del D.Lgs. 196/2003 come modificato dal D.Lgs. 101/2018, chiede di conoscere:

1. se sono in corso trattamenti di dati personali che la riguardano e di ottenerne copia;
2. le finalità del trattamento;
3. le categorie di dati e i destinatari, in particolare se situati in paesi terzi;
4. il periodo di conservazione o i criteri per determinarlo;
5. l'origine dei dati, qualora non raccolti presso di lei;
6. l'esistenza di processi decisionali automatizzati, compresa la profilazione;
7. il diritto di proporre reclamo al Garante per la protezione dei dati personali.

Distinti saluti.

Maria Grazia D'Angelo
""", charset="utf-8", cte="quoted-printable")

M(L, "request", "footer_rights", ["rectification", "restriction"], "Luca Colombo", "Officine Meccaniche Bergamasche S.p.A.", None,
  "rettifica + limitazione sopra un'informativa a piè di pagina che elenca tutti i diritti; 'Ing.' tolto; S.p.A. in carta intestata",
  ("Ing. Luca Colombo", "l.colombo@omb-spa.example"), "Rettifica dati – richiesta di limitazione nel frattempo",
  """Gentili Signori,

nel vostro sistema il mio ruolo risulta ancora "Responsabile acquisti", mentre da gennaio sono Direttore tecnico, e l'indirizzo email indicato è quello vecchio. Vi chiedo di correggere questi dati.

Nel frattempo, finché la correzione non è completata, vi chiedo di non utilizzare il mio profilo per le campagne automatiche verso i fornitori.

Cordiali saluti,

Ing. Luca Colombo
Direttore Tecnico

OFFICINE MECCANICHE BERGAMASCHE S.p.A.
Via dell'Industria 41 – 24040 Lallio (BG)
Cap. Soc. € 2.500.000 i.v. – P.IVA 00000000161

Informativa privacy: i dati personali contenuti in questa e-mail sono trattati ai sensi del Regolamento (UE) 2016/679. L'interessato può esercitare in ogni momento i diritti di accesso, rettifica, cancellazione, limitazione, portabilità e opposizione di cui agli artt. 15-22 GDPR scrivendo a privacy@omb-spa.example. Questo messaggio è riservato: se lo ha ricevuto per errore, La preghiamo di cancellarlo.
""", shape="alt", html_style="outlook", order="outlook", accept_lang="it-IT, en-US", content_lang="it-IT",
  charset="windows-1252", cte="quoted-printable")

M(L, "request", "agent", ["erasure", "objection"], "Salvatore Esposito", "Trasporti Vesuviani S.r.l.", "Francesca Lombardi",
  "avvocata per il cliente; 'Avv.' tolto; lo studio non è il datore di lavoro",
  ("Avv. Francesca Lombardi", "f.lombardi@studiolombardi.example"),
  "Sig. Salvatore Esposito – richiesta di cancellazione e opposizione",
  """Egregi Signori,

scrivo in nome e per conto del mio assistito, sig. Salvatore Esposito, dipendente della Trasporti Vesuviani S.r.l., giusta procura che si allega.

Il mio assistito ha appreso che nel Vostro sistema sono conservate annotazioni relative a procedimenti disciplinari ormai archiviati e che i suoi dati vengono utilizzati per l'invio di comunicazioni promozionali.

Pertanto, ai sensi degli artt. 17 e 21 del GDPR, Vi invito a:
- cancellare le suddette annotazioni;
- cessare qualsiasi trattamento dei dati del mio assistito per finalità di marketing.

Resto in attesa di riscontro entro i termini di legge.

Avv. Francesca Lombardi
Studio Legale Lombardi – Napoli
""", charset="utf-8", cte="quoted-printable")

M(L, "other", "not_request", [], "Marco Bellini", "Privacy Lab Consulting S.r.l.", None,
  "proposta commerciale di un consulente privacy – nessun diritto esercitato",
  ("Marco Bellini", "m.bellini@privacylab.example"), "Supporto DPO e gestione richieste degli interessati",
  """Buongiorno,

sono Marco Bellini di Privacy Lab Consulting S.r.l. Supportiamo aziende SaaS nella gestione delle richieste degli interessati (accesso, cancellazione, portabilità) e nella redazione dei registri dei trattamenti.

Sarebbe disponibile per una breve call conoscitiva la prossima settimana?

Cordiali saluti,
Marco Bellini
Senior Consultant
Privacy Lab Consulting S.r.l.
""", charset="utf-8", cte="8bit")

M(L, "bounce", "not_request", [], None, None, None,
  "avviso di mancata consegna in italiano, multipart/report",
  ("Sistema di posta", "mailer-daemon@smtp.postaitalia-mail.example"), "Avviso di mancata consegna",
  """Il messaggio inviato non è stato recapitato ai seguenti destinatari:

  r.conti@postaitalia-mail.example
  Motivo: indirizzo inesistente (550 5.1.1 User unknown)

Questo è un messaggio generato automaticamente, non rispondere.
""", shape="dsn", charset="iso-8859-1", cte="8bit",
  dsn=dict(mta="smtp.postaitalia-mail.example", rcpt="r.conti@postaitalia-mail.example", status="5.1.1",
           diag="smtp; 550 5.1.1 <r.conti@postaitalia-mail.example>: User unknown",
           orig=dict(frm=("DPO Innthink", "dpo@massistcrm.com"), to="r.conti@postaitalia-mail.example",
                     subj="Riscontro alla Sua richiesta di accesso", lang="it", charset="utf-8",
                     cte="quoted-printable", body="Gentile Sig. Conti,\n\nin riscontro...\n")))

# ------------------------------------------------------------------ Dutch
L = "nl"

M(L, "request", "plain_words", ["access"], "Sanne Bakker", None, None,
  "spreektaal: 'wat weten jullie allemaal van mij'",
  ("sanne bakker", "sannebakker@ziggo-like.example"), "wat hebben jullie van mij?",
  """Hoi,

Ik kreeg gisteren een belletje van een bedrijf dat zei dat ze mijn gegevens "uit Massist" hadden. Wat weten jullie allemaal van mij en waar komt het vandaan? Graag een overzicht.

Groetjes,
Sanne Bakker
""", charset="iso-8859-1", cte="quoted-printable")

M(L, "request", "legal_anchor", ["erasure", "objection"], "Pieter-Jan van 't Hof", None, None,
  "AVG art. 17 en 21; tussenvoegsel met apostrof",
  ("P.J. van 't Hof", "pj.vanthof@kpnmail-like.example"), "Verzoek tot verwijdering en bezwaar (AVG)",
  """Geachte heer/mevrouw,

Op grond van artikel 17 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u alle persoonsgegevens die u over mij verwerkt te wissen. Daarnaast maak ik op grond van artikel 21 AVG bezwaar tegen iedere verwerking van mijn gegevens voor direct marketing.

Ik verneem graag binnen de wettelijke termijn van één maand dat u aan mijn verzoek heeft voldaan.

Met vriendelijke groet,

Pieter-Jan van 't Hof
Utrecht
""", charset="utf-8", cte="quoted-printable")

M(L, "request", "agent", ["access"], "Koen Verbruggen", None, "Lotte Jansen",
  "Vlaamse aanvraagdienst namens gebruiker, genoemde medewerker; dienst is niet de werkgever",
  ("PrivacyPost namens Koen Verbruggen", "verzoeken@privacypost.example"), "Inzageverzoek namens Koen Verbruggen (ref. PP-2024-5581)",
  """Beste,

PrivacyPost BV treedt op namens de onderstaande persoon, die ons daartoe schriftelijk heeft gemachtigd. De machtiging en een kopie van het identiteitsbewijs (afgeschermd) zitten in bijlage.

Betrokkene: Koen Verbruggen
E-mailadres: koen.verbruggen@telenet-like.example
Woonplaats: Gent

Namens de betrokkene vragen wij inzage in alle persoonsgegevens die u over hem verwerkt, overeenkomstig artikel 15 AVG, met een kopie van die gegevens.

U mag uw antwoord naar dit adres sturen, met vermelding van ons referentienummer.

Met vriendelijke groeten,
Lotte Jansen
Dossierbeheerder, PrivacyPost BV
""", charset="utf-8", cte="quoted-printable", reply_to="verzoeken@privacypost.example")

M(L, "request", "multi_right", ["access", "rectification", "erasure"], "Mohammed el Amrani", "Bakkerij Van Dijk B.V.", None,
  "drie rechten in een opsomming; werkgever in lopende tekst; tussenvoegsel 'el'",
  ("Mohammed el Amrani", "m.elamrani@bakkerijvandijk.example"), "Mijn gegevens in Massist",
  """Goedemiddag,

Ik ben chauffeur bij Bakkerij Van Dijk B.V. en wij gebruiken Massist voor de routes en klanten. Ik heb drie vragen:

- Kan ik een kopie krijgen van wat er over mij in staat?
- Mijn achternaam staat er als "Elamrani" in, het moet "el Amrani" zijn.
- Er staat nog een oude verkeersboete van mij in de notities, die wil ik verwijderd hebben.

Bedankt alvast,
Mohammed el Amrani
""", charset="windows-1252", cte="quoted-printable")

M(L, "auto_reply", "not_request", [], "Joost Hendriks", None, None,
  "afwezigheidsmelding zonder Auto-Submitted, alleen X-Autorespond",
  ("Joost Hendriks", "j.hendriks@gemeente-like.example"), "Automatisch antwoord: Uw verzoek",
  """Bedankt voor je bericht. Ik ben tot en met 23 augustus met vakantie en lees mijn mail niet. Voor dringende zaken kun je terecht bij mijn collega's via het algemene nummer.

Groet,
Joost Hendriks
""", charset="utf-8", cte="quoted-printable", headers=[("X-Autorespond", "Automatisch antwoord")])

M(L, "bulk", "not_request", [], None, None, None,
  "nieuwsbrief over AVG en privacyrechten, met afmeldlink",
  ("Privacy Nieuws", "nieuwsbrief@privacynieuws.example"), "Privacy Nieuws – week 37: AP beboet bedrijf om inzageverzoeken",
  """PRIVACY NIEUWS – week 37

• Autoriteit Persoonsgegevens legt boete op voor te laat beantwoorde inzageverzoeken
• Stappenplan: zo handel je een verzoek tot verwijdering af
• Column: het recht op dataportabiliteit in de praktijk

Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld op privacynieuws.example.
Afmelden? https://privacynieuws.example/afmelden
""", shape="alt", html_style="web", charset="utf-8", cte="quoted-printable",
  headers=[("List-Unsubscribe", "<https://privacynieuws.example/afmelden?id=5512>"), ("Precedence", "list")])

# ------------------------------------------------------------------ Catalan
L = "ca"

M(L, "request", "names", ["access"], "Jordi Casals i Ferrer", "Cooperativa Agrícola de Valls, SCCL", None,
  "nom català amb 'i' entre cognoms; SCCL a la signatura; art. 15 RGPD",
  ("Jordi Casals i Ferrer", "jcasals@coopvalls.example"), "Sol·licitud d'accés a les meves dades",
  """Bon dia,

D'acord amb l'article 15 del Reglament general de protecció de dades, us demano que em faciliteu una còpia de totes les dades personals meves que tracteu a Massist CRM.

Moltes gràcies.

Jordi Casals i Ferrer
Cap de compres
Cooperativa Agrícola de Valls, SCCL
""", charset="iso-8859-1", cte="quoted-printable")

M(L, "request", "plain_words", ["erasure"], "Núria Vilaseca", None, None,
  "llenguatge planer: 'esborreu-ho tot'",
  ("Núria Vilaseca", "nuria.vilaseca@correu.example"), "esborreu les meves dades",
  """Hola,

Ja no treballo a l'empresa que em va donar d'alta al vostre programa. Si us plau, esborreu el meu nom, telèfon i tot el que tingueu de mi.

Gràcies,
Núria
Núria Vilaseca
""", charset="utf-8", cte="8bit")

M(L, "auto_reply", "not_request", [], "Marc Roig", None, None,
  "resposta automàtica de vacances en català",
  ("Marc Roig", "marc.roig@editorial-mar.example"), "Resposta automàtica: Re: Confirmació de la sol·licitud",
  """Hola,

Sóc fora de l'oficina fins al 2 de setembre. Respondré el vostre correu quan torni.

Salutacions,
Marc Roig
""", charset="utf-8", cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")])

# ------------------------------------------------------------------ Irish
L = "ga"

M(L, "request", "plain_words", ["access"], "Aoife Ní Bhriain", None, None,
  "Gaeilge shimplí: 'cad atá agaibh fúm'; sloinne le Ní",
  ("Aoife Ní Bhriain", "aoife.nibhriain@posta.example"), "Cad atá agaibh fúm?",
  """A chara,

Fuair mé glao ó chomhlacht a dúirt go raibh mo shonraí acu ó chóras Massist. Ba mhaith liom a fháil amach cad atá agaibh fúm. An bhféadfadh sibh cóip de a chur chugam, le bhur dtoil?

Go raibh maith agaibh,
Aoife Ní Bhriain
""", charset="utf-8", cte="quoted-printable")

M(L, "request", "legal_anchor", ["erasure"], "Seán Mac Giolla Phádraig", "Bia Chonamara Teo.", None,
  "Airteagal 17 den RGCS; sloinne le 'Mac'; Teo. mar fhoirm dhlíthiúil",
  ("Seán Mac Giolla Phádraig", "sean.macgiollaphadraig@biachonamara.example"), "Iarratas ar scriosadh sonraí - Airteagal 17 RGCS",
  """A chara,

Faoi Airteagal 17 den Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS), iarraim oraibh na sonraí pearsanta go léir atá agaibh fúm i Massist CRM a scriosadh gan mhoill mhíchuí.

Is mise bainisteoir díolacháin Bhia Chonamara Teo. ach níl mé ag obair leis an gcóras níos mó.

Le meas,
Seán Mac Giolla Phádraig
Bainisteoir Díolacháin
Bia Chonamara Teo.
""", charset="iso-8859-1", cte="quoted-printable")

M(L, "request", "employer", ["rectification"], "Máire Ní Cheallaigh", "Teanga Beo Teo.", None,
  "ainm i dtuiseal eile sa téacs ('A Mháire'); fostóir sa síniú",
  ("Máire Ní Cheallaigh", "maire@teangabeo.example"), "Ceartú ar mo sheoladh ríomhphoist",
  """Dia dhaoibh,

Tá seoladh ríomhphoist mícheart agaibh dom sa chóras – tá "mairenicheallaigh@" ann in áit "maire@". Chuir comhghleacaí teachtaireacht chugam inniu "A Mháire, níor tháinig do ríomhphost tríd". An bhféadfadh sibh é a cheartú?

Go raibh míle maith agaibh,
Máire Ní Cheallaigh
Oifigeach Cumarsáide, Teanga Beo Teo.
""", charset="utf-8", cte="8bit")

M(L, "auto_reply", "not_request", [], "Pádraig Ó Súilleabháin", None, None,
  "freagra uathoibríoch as Gaeilge",
  ("Pádraig Ó Súilleabháin", "padraig.osuilleabhain@comhairle-like.example"), "Freagra uathoibríoch: Do iarratas",
  """Go raibh maith agat as do ríomhphost. Táim as an oifig go dtí an 5 Lúnasa agus ní bheidh rochtain agam ar ríomhphost. Freagróidh mé thú nuair a fhillfidh mé.

Pádraig Ó Súilleabháin
""", charset="utf-8", cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")])

# ------------------------------------------------------------------ Maltese
L = "mt"

M(L, "request", "plain_words", ["access"], "Charlene Borg", None, None,
  "Malti sempliċi: 'x'għandkom fuqi?'",
  ("Charlene Borg", "charlene.borg@maltanet-like.example"), "X'informazzjoni għandkom fuqi?",
  """Bonġu,

Irċevejt telefonata minn kumpanija li qaltli li għandha d-dettalji tiegħi mis-sistema Massist. Nixtieq inkun naf x'informazzjoni għandkom fuqi u nixtieq kopja tagħha.

Grazzi,
Charlene Borg
""", charset="utf-8", cte="quoted-printable")

M(L, "request", "legal_anchor", ["erasure"], "Joseph Camilleri", "Farrugia Shipping Ltd", None,
  "Artikolu 17 tal-GDPR bil-Malti; Ltd fil-firma",
  ("Joseph Camilleri", "jcamilleri@farrugiashipping.example"), "Talba għat-tħassir tad-data personali",
  """Għażiż Uffiċjal tal-Protezzjoni tad-Data,

Skont l-Artikolu 17 tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data (GDPR), qed nitlob li tħassru d-data personali kollha tiegħi li għandkom fis-sistema Massist CRM, peress li m'għadhiex meħtieġa.

Niżżi ħajr,

Joseph Camilleri
Maniġer tal-Operazzjonijiet
Farrugia Shipping Ltd, il-Marsa
""", charset="utf-8", cte="base64")

M(L, "request", "agent", ["access", "erasure"], "Luke Vella", None, "Marthese Vella",
  "omm tikteb għal binha minorenni",
  ("Marthese Vella", "marthese.vella@maltanet-like.example"), "Dwar id-dettalji ta' ibni Luke",
  """Bonġu,

Jien omm Luke Vella, li għandu 14-il sena. Huwa daħħal id-dettalji tiegħu (isem, numru tal-mowbajl u l-indirizz tad-dar) f'formola ta' wieħed mill-klijenti tagħkom waqt attività fl-iskola.

Nixtieq naf x'għandkom fuqu u mbagħad nixtieq li tħassruh kollu.

Grazzi ħafna,
Marthese Vella
""", charset="utf-8", cte="quoted-printable")

M(L, "other", "not_request", [], "Daniel Zammit", None, None,
  "applikazzjoni għal xogħol li ssemmi kunsens – mhux talba",
  ("Daniel Zammit", "danielzammit@maltanet-like.example"), "Applikazzjoni – Customer Support Agent",
  """Għażiż Sinjur/Sinjura,

Qed nibgħat is-CV tiegħi għall-post ta' Customer Support Agent li rajt fuq il-websajt tagħkom. Nagħti l-kunsens tiegħi biex iżżommu d-dettalji tiegħi għal sitt xhur għal postijiet oħra.

Nistenna t-tweġiba tagħkom,
Daniel Zammit
""", charset="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ additions
L = "it"

M(L, "bulk", "not_request", [], None, None, None,
  "newsletter sulla protezione dei dati che cita GDPR e diritti degli interessati",
  ("Privacy Quotidiana", "newsletter@privacyquotidiana.example"),
  "Privacy Quotidiana – Le novità della settimana: diritto di accesso e cancellazione",
  """PRIVACY QUOTIDIANA – Newsletter settimanale

In questo numero:
• Garante privacy: nuove sanzioni per mancato riscontro alle richieste di accesso
• Diritto alla cancellazione e backup: cosa dice la giurisprudenza
• Webinar gratuito: il DPO e l'intelligenza artificiale – giovedì ore 11:00

Ricevi questa e-mail perché sei iscritto alla newsletter.
Per cancellarti clicca qui: https://privacyquotidiana.example/disiscrizione
""", shape="alt", html_style="web", charset="utf-8", cte="quoted-printable",
  headers=[("List-Unsubscribe", "<https://privacyquotidiana.example/disiscrizione?u=4471>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

L = "pt"

M(L, "auto_reply", "not_request", [], None, None, None,
  "confirmação automática de um sistema de chamados (Brasil), sem pessoa assinando",
  ("Central de Atendimento", "atendimento-noreply@lojasvitoria.example"),
  "[Chamado #772310] Recebemos sua mensagem",
  """Olá!

Recebemos sua mensagem e ela foi registrada com o número de chamado #772310. Nossa equipe responderá em até 2 dias úteis.

Por favor, não responda este e-mail. Para acompanhar seu chamado, acesse https://suporte.lojasvitoria.example

Atenciosamente,
Central de Atendimento
""", shape="alt", html_style="web", charset="utf-8", cte="quoted-printable",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk")])
