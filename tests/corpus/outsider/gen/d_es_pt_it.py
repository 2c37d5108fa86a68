from core import M

# ------------------------------------------------------------------ Spanish
L = "es"
M(L, "request", "access", "Montserrat Puig Ferrer", None, None, "legal_anchor", "RGPD art. 15 + LOPDGDD art. 13, iso-8859-1 QP",
  frm=("Montserrat Puig Ferrer", "mpuigferrer@telefonica.example"), subj="Ejercicio del derecho de acceso (art. 15 RGPD)",
  cs="iso-8859-1", cte="quoted-printable", henc="Q",
  body="""Estimados señores:

Por medio del presente escrito ejerzo el derecho de acceso previsto en el artículo 15 del Reglamento (UE) 2016/679 y en el artículo 13 de la Ley Orgánica 3/2018 (LOPDGDD), y solicito que me faciliten copia de mis datos personales objeto de tratamiento.

Adjunto copia de mi DNI.

Atentamente,
Montserrat Puig Ferrer
C/ Provença 210, 08036 Barcelona
""")

M(L, "request", "erasure", "Álvaro Gutiérrez Soto", None, None, "legal_anchor", "derecho de supresión art. 17 RGPD",
  frm=("Álvaro Gutiérrez", "alvaro.gutierrez@yahoo.example"), subj="Derecho de supresión",
  body="""Buenos días:

Conforme al artículo 17 del RGPD, solicito la supresión de todos mis datos personales de sus sistemas y que me confirmen por escrito cuando se haya realizado.

Un saludo,
Álvaro Gutiérrez Soto
""")

M(L, "request", "erasure", None, None, None, "plain_words", "short, no name, no legal words",
  frm=("", "pili_sevilla_85@hotmail.example"), subj="borrar mis datos",
  body="""hola no se como tienen mi correo pero quiero que borren mis datos ya. no me escriban mas
""")

M(L, "request", "limit_sensitive opt_out_sale", "Rosa Elena Castillo", None, None, "us_wording", "US Spanish: no vendan ni compartan + limiten información sensible",
  frm=("Rosa Elena Castillo", "rosa.castillo.la@gmail.example"), subj="No vendan ni compartan mi información personal",
  body="""Hola,

Vivo en Los Ángeles, California. Les pido que no vendan ni compartan mi información personal y que limiten el uso de mi información personal sensible (mi ubicación y mis datos de salud).

Gracias,
Rosa Elena Castillo
""")

M(L, "request", "access erasure", "Héctor Ramírez", None, None, "us_wording", "'derecho a saber' + 'derecho a eliminar', TX not employer",
  frm=("Hector Ramirez", "hramirez.tx@outlook.example"), subj="Solicitud: derecho a saber y derecho a eliminar",
  body="""Buenas tardes,

Quiero ejercer mi derecho a saber qué información personal han recopilado sobre mí y después mi derecho a eliminar esa información.

Héctor Ramírez
San Antonio, TX
""")

M(L, "request", "access erasure", "Luis Alberto Treviño Garza", "Distribuidora del Bajío, S.A. de C.V.", None, "employer", "Mexican: derechos ARCO (acceso, cancelación), LFPDPPP, S.A. de C.V.",
  frm=("Luis Alberto Treviño", "ltrevino@distbajio.example"), subj="Solicitud de derechos ARCO",
  cs="windows-1252", cte="quoted-printable", henc="Q",
  body="""Estimados:

Con fundamento en la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, solicito el acceso a mis datos personales y, posteriormente, su cancelación.

Quedo atento.

Lic. Luis Alberto Treviño Garza
Gerente de Compras
Distribuidora del Bajío, S.A. de C.V.
León, Guanajuato
""")

M(L, "request", "objection", "Guadalupe Hernández", None, None, "plain_words", "Mexican colloquial 'ya no me manden publicidad', Huawei footer",
  frm=("Lupita Hernández", "lupita.hdz@prodigy.example"), subj="ya no quiero publicidad",
  body="""buenas tardes, ya no me manden publicidad ni me marquen por favor, ya les dije por teléfono y siguen. 
Guadalupe Hernández

Enviado desde mi Huawei
""")

M(L, "request", "rectification", "María Fernanda de la Garza Villarreal", None, None, "names", "Mexican compound name with 'de la'",
  frm=("Ma. Fernanda de la Garza", "mafer.delagarza@gmail.example"), subj="Corrección de mis datos",
  body="""Hola, buen día.

Mi nombre es María Fernanda de la Garza Villarreal. Les pido que corrijan mi nombre en su sistema porque aparece como "Maria Garza" y mi correo anterior ya no existe.

Saludos cordiales.
""")

M(L, "request", "access objection rectification", "Ricardo Salinas Peña", None, None, "multi_right", "Mexican ARCO: acceso, rectificación, oposición enumerated",
  frm=("Ricardo Salinas", "rsalinas@correo.example"), subj="Ejercicio de derechos ARCO",
  fmt="alt",
  body="""A quien corresponda:

Por este medio ejerzo los siguientes derechos ARCO:

1. Acceso: conocer qué datos personales tienen de mí.
2. Rectificación: mi domicilio es incorrecto; el correcto es Av. Constitución 455, Col. Centro, Monterrey, N.L.
3. Oposición: me opongo al uso de mis datos para fines de mercadotecnia.

Atentamente,
Ricardo Salinas Peña
""")

M(L, "request", "withdraw_consent", "Inmaculada Ortega", None, None, "negation", "'no me opongo' to billing processing; withdraws consent for surveys",
  frm=("Inmaculada Ortega", "inma.ortega@movistar.example"), subj="Retirada de consentimiento",
  body="""Hola,

No me opongo a que traten mis datos para la facturación del servicio, eso lo entiendo. Pero retiro mi consentimiento para recibir encuestas y comunicaciones comerciales.

Gracias,
Inmaculada Ortega
""")

M(L, "bounce", "", None, None, None, "not_request", "plain-text Spanish bounce without multipart/report or Auto-Submitted",
  frm=("Administrador del sistema de correo", "mailer-daemon@correo-empresa.example"), subj="Notificación de estado de entrega (error)",
  body="""Este es un mensaje generado automáticamente.

No se ha podido entregar su mensaje a los siguientes destinatarios:

    j.navarro@correo-empresa.example
    Motivo: 552 5.2.2 Buzón lleno (mailbox full)

---------- Mensaje original ----------
De: dpo@massistcrm.com
Para: j.navarro@correo-empresa.example
Asunto: RE: Solicitud de acceso a datos personales
""")

# ------------------------------------------------------------------ Portuguese (pt-PT and pt-BR)
L = "pt"
M(L, "request", "access", "Inês Carvalho Sousa", None, None, "legal_anchor", "pt-PT, RGPD artigo 15 + Lei 58/2019",
  frm=("Inês Carvalho Sousa", "ines.csousa@sapo.example"), subj="Pedido de acesso a dados pessoais – artigo 15.º do RGPD",
  cs="iso-8859-1", cte="quoted-printable", henc="Q",
  body="""Exmos. Senhores,

Ao abrigo do artigo 15.º do Regulamento Geral sobre a Proteção de Dados e da Lei n.º 58/2019, venho solicitar o acesso aos meus dados pessoais e a respetiva cópia.

Com os melhores cumprimentos,
Inês Carvalho Sousa
Porto
""")

M(L, "request", "access", "Rui Miguel Antunes", None, None, "access_items", "pt-PT access listing finalidades, destinatários, prazo, origem, decisões automatizadas",
  frm=("Rui Antunes", "rui.antunes@netcabo.example"), subj="Direito de acesso",
  body="""Bom dia,

Solicito, nos termos do RGPD, informação sobre:
- as finalidades do tratamento dos meus dados;
- os destinatários a quem foram comunicados;
- o prazo de conservação;
- a origem dos dados, caso não tenham sido recolhidos junto de mim;
- a existência de decisões automatizadas, incluindo a definição de perfis;
- o direito de apresentar reclamação à CNPD.

E uma cópia dos dados.

Obrigado,
Rui Miguel Antunes
""")

M(L, "request", "erasure", "Beatriz Mendonça", None, "Duarte Figueiredo", "agent", "pt-PT lawyer for client",
  frm=("Duarte Figueiredo", "dfigueiredo@figueiredo-advogados.example"), subj="Cliente Beatriz Mendonça – apagamento de dados",
  body="""Exmos. Senhores,

Na qualidade de mandatário da Sra. D. Beatriz Mendonça, conforme procuração que se junta, venho requerer o apagamento de todos os dados pessoais da minha constituinte, nos termos do artigo 17.º do RGPD.

Com os melhores cumprimentos,
Duarte Figueiredo
Advogado – Figueiredo & Associados, Sociedade de Advogados, SP, RL
""")

M(L, "other", "", "Mariana Teixeira", None, None, "not_request", "pt-PT spontaneous job application with consent clause",
  frm=("Mariana Teixeira", "mariana.teixeira.cv@gmail.example"), subj="Candidatura espontânea – Departamento Jurídico",
  body="""Boa tarde,

Envio em anexo o meu CV para eventuais oportunidades no departamento jurídico / proteção de dados. Autorizo o tratamento dos meus dados pessoais para efeitos de recrutamento, nos termos do RGPD.

Com os melhores cumprimentos,
Mariana Teixeira
""")

M(L, "request", "erasure", "Joaquim Martins", "Vinhos do Douro Martins, Lda.", None, "footer_rights", "footer lists every RGPD right; asks only deletion of old contact",
  frm=("Joaquim Martins", "joaquim@vinhosmartins.example"), subj="Remover contacto antigo",
  body="""Olá,

Peço que apaguem os dados do meu antigo contacto pessoal (joaquim.m@clix.example) da vossa base de dados. O email profissional pode ficar.

Cumprimentos,
Joaquim Martins
Sócio-gerente | Vinhos do Douro Martins, Lda.

Aviso: Nos termos do RGPD, o titular dos dados tem direito de acesso, retificação, apagamento, limitação, oposição e portabilidade, podendo ainda apresentar reclamação junto da CNPD.
""")

M(L, "request", "access erasure", "Thiago Albuquerque", None, None, "legal_anchor", "pt-BR, LGPD Art. 18 incisos II e VI",
  frm=("Thiago Albuquerque", "thiago.albuquerque@uol.example"), subj="Solicitação com base no Art. 18 da LGPD",
  body="""Prezados,

Com base no Art. 18, incisos II e VI, da Lei nº 13.709/2018 (LGPD), solicito acesso aos meus dados pessoais tratados por vocês e, em seguida, a eliminação desses dados.

Atenciosamente,
Thiago Albuquerque
São Paulo - SP
""")

M(L, "request", "access", None, None, None, "plain_words", "pt-BR internet slang, no name",
  frm=("", "gabizinha.rj@bol.example"), subj="oi",
  body="""oi, queria saber o q vcs tem de dados meus, pq to recebendo msg de vcs no whats sem nunca ter cadastrado nada

Enviado do meu Galaxy
""")

M(L, "request", "withdraw_consent", "Camila Rodrigues Nogueira", "Construtora Horizonte Ltda.", None, "employer", "pt-BR, revogação do consentimento; Ltda. employer under title; SP state not employer",
  frm=("Camila Rodrigues Nogueira", "camila.nogueira@horizonte-const.example"), subj="Revogação de consentimento",
  cte="base64",
  body="""Boa tarde,

Venho revogar o consentimento dado para o envio de comunicações e pesquisas de satisfação, conforme o Art. 8º, §5º da LGPD.

Att.,
Camila Rodrigues Nogueira
Analista de RH
Construtora Horizonte Ltda.
Campinas - SP
""")

M(L, "request", "portability", "Felipe Moreira Lima", "Agropecuária Santa Luzia Ltda.", None, "form", "pt-BR form fields, Tipo de solicitação: Portabilidade",
  frm=("Formulário LGPD", "lgpd-form@massistcrm.example"), reply_to=("Felipe Moreira Lima", "felipe.lima@agrosantaluzia.example"),
  subj="Nova solicitação de titular - Portabilidade",
  body="""Nova solicitação recebida pelo portal do titular:

Nome completo: Felipe Moreira Lima
E-mail: felipe.lima@agrosantaluzia.example
Empresa: Agropecuária Santa Luzia Ltda.
CPF: ***.482.***-10
Tipo de solicitação: Portabilidade dos dados
Mensagem: Preciso dos meus dados para migrar para outro fornecedor.

Mensagem automática - não responda.
""")

M(L, "request", "objection", "Larissa Fontes", None, None, "negation", "pt-BR: 'não quero excluir minha conta', only stop sharing with third parties",
  frm=("Larissa Fontes", "larissa.fontes@terra.example"), subj="compartilhamento dos meus dados",
  body="""Olá,

Não quero que excluam minha conta, eu uso o sistema todo dia no trabalho. Só quero que parem de compartilhar meus dados com parceiros para publicidade. Me oponho a esse tratamento.

Obrigada
Larissa Fontes
""")

M(L, "request", "rectification", "João Pedro dos Santos Oliveira", None, None, "names", "pt-BR 'Meu nome é X.' particle dos",
  frm=("", "jp.oliveira1994@gmail.example"), subj="nome errado no cadastro",
  body="""Bom dia! Meu nome é João Pedro dos Santos Oliveira. Gostaria de corrigir meu nome no cadastro de vocês, está "Joao P Oliveira".

Valeu!
""")

# ------------------------------------------------------------------ Italian
L = "it"
M(L, "request", "access", "Giovanna Bellini", None, None, "legal_anchor", "art. 15 GDPR + D.Lgs. 196/2003",
  frm=("Giovanna Bellini", "giovanna.bellini@libero.example"), subj="Richiesta di accesso ai dati personali ai sensi dell'art. 15 GDPR",
  cs="iso-8859-15", cte="quoted-printable", henc="Q",
  body="""Spett.le Società,

la sottoscritta Giovanna Bellini, ai sensi dell'art. 15 del Regolamento (UE) 2016/679 e del D.Lgs. 196/2003 come modificato dal D.Lgs. 101/2018, chiede di ottenere conferma dell'esistenza di dati personali che la riguardano e copia degli stessi.

Distinti saluti
Giovanna Bellini
Bologna
""")

M(L, "request", "erasure", None, None, None, "plain_words", "one word body, 'Inviato da Libero Mail'",
  frm=("", "pippo.ferrari77@libero.example"), subj="cancellatemi",
  body="""cancellatemi da tutto grazie

Inviato da Libero Mail per Android
""")

M(L, "request", "access", "Stefano Ferretti", "Ferretti Meccanica S.p.A.", None, "employer", "employer under job title with S.p.A.",
  frm=("Stefano Ferretti", "s.ferretti@ferrettimeccanica.example"), subj="Dati personali",
  body="""Buongiorno,

vorrei sapere quali dati personali vostri sistemi conservano su di me e riceverne una copia.

Cordiali saluti

Ing. Stefano Ferretti
Responsabile Acquisti
Ferretti Meccanica S.p.A.
Via dell'Industria 14 – 25030 Brescia
""")

M(L, "request", "erasure", "Luca Romano", "Tessiture Lombarde S.r.l.", "Chiara Galli", "agent", "HR forwards employee request inline ('Messaggio inoltrato')",
  frm=("Chiara Galli", "hr@tessiturelombarde.example"), subj="I: richiesta cancellazione dati - Luca Romano",
  body="""Buongiorno,

vi inoltro la richiesta del nostro dipendente Luca Romano, che vi chiede di cancellare i suoi dati dal CRM (era referente per un vostro cliente). Potete gestirla voi?

Grazie
Chiara Galli
Ufficio Risorse Umane – Tessiture Lombarde S.r.l.

---------- Messaggio inoltrato ----------
Da: Luca Romano <l.romano@tessiturelombarde.example>
Data: lun 3 mar 2025 alle ore 09:14
Oggetto: richiesta cancellazione dati
A: Ufficio HR <hr@tessiturelombarde.example>

Ciao, potete far cancellare i miei dati personali dal CRM di massistCRM? Non sono più referente per quel cliente.
Luca
""")

M(L, "request", "objection", "Maria Grazia Lo Russo", None, None, "names", "Dott.ssa dropped, 'Lo' particle kept",
  frm=("Dott.ssa Maria Grazia Lo Russo", "mg.lorusso@pec-avvocati.example"), subj="Opposizione al trattamento",
  body="""Gentili Signori,

mi oppongo al trattamento dei miei dati per finalità di marketing e profilazione.

Dott.ssa Maria Grazia Lo Russo
""")

M(L, "request", "objection rectification restriction", "Alessandro De Santis", None, None, "multi_right", "rettifica + limitazione + opposizione in prose",
  frm=("Alessandro De Santis", "ale.desantis@tiscali.example"), subj="Rettifica, limitazione e opposizione",
  fmt="alt", cte="quoted-printable",
  body="""Buonasera,

nel vostro archivio risulta un indirizzo di residenza errato: vi chiedo di rettificarlo (Via Gramsci 8, 80122 Napoli). Finché non lo avrete corretto, chiedo la limitazione del trattamento. Inoltre mi oppongo all'invio di comunicazioni promozionali.

Saluti,
Alessandro De Santis
""")

M(L, "auto_reply", "", "Paola Benedetti", None, None, "not_request", "Italian out-of-office with Auto-Submitted",
  frm=("Paola Benedetti", "p.benedetti@studiobenedetti.example"), subj="Risposta automatica: Richiesta di accesso ai dati",
  hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  body="""Sono fuori ufficio fino al 7 gennaio con accesso limitato alla posta. Per urgenze contattare la segreteria al numero 02 5550 1188.

Paola Benedetti
""")

M(L, "request", "access", "Francesca Marino", None, None, "access_items", "finalità, destinatari, periodo di conservazione, origine, processo decisionale automatizzato listed",
  frm=("Francesca Marino", "francesca.marino@fastwebnet.example"), subj="Richiesta ex art. 15",
  body="""Buongiorno,

con la presente chiedo di conoscere:
1) le finalità del trattamento;
2) le categorie di dati trattati;
3) i destinatari a cui i dati sono stati comunicati;
4) il periodo di conservazione;
5) l'origine dei dati;
6) l'esistenza di un processo decisionale automatizzato, compresa la profilazione;
7) il diritto di proporre reclamo al Garante.

Cordialmente,
Francesca Marino
""")

M(L, "request", "portability", "Davide Colombo", None, None, "negation", "'non intendo revocare il consenso' + portabilità",
  frm=("Davide Colombo", "davide.colombo@gmail.example"), subj="Portabilità dei dati",
  body="""Salve,

preciso che non intendo revocare il consenso né chiudere l'account. Chiedo solo di ricevere i miei dati in formato strutturato (CSV) ai sensi dell'art. 20 GDPR.

Grazie,
Davide Colombo
""")
