from spec import M

MAILS = [
M(rights=["rectification"], name="Thiago Albuquerque", cls="plain_words",
  note="Brazilian Portuguese, everyday words: name and CPF wrong, fix them",
  frm=("Thiago Albuquerque", "thiago.albuquerque@uol-mail.example"), subj="meu cadastro tá errado",
  cte="qp", client="android", tz=-3,
  body="""Oi, tudo bem?

Meu nome no cadastro de vocês tá como "Tiago Albuquerqe", faltando o h e com o sobrenome errado. E o CPF também tá com dois números trocados, o certo é 123.456.789-09.

Dá pra arrumar isso? Tá saindo errado até na nota fiscal.

Valeu,
Thiago Albuquerque
"""),

M(rights=["withdraw_consent", "objection"], name="Fernanda dos Santos Oliveira",
  employer="Construtora Horizonte Ltda.", cls="legal_anchor",
  note="LGPD art. 18 IX (revoking consent) and §2 (opposition); particle 'dos'; Ltda. in signature",
  frm=("Fernanda dos Santos Oliveira", "fernanda.oliveira@horizonte-constr.example"),
  subj="Revogação de consentimento e oposição - LGPD", cs="iso-8859-1", cte="qp", client="outlook",
  shape="alt", style="outlook", tz=-3, hq="Q",
  body="""Prezados,

Com fundamento no art. 18, inciso IX, e no art. 8º, § 5º, da Lei nº 13.709/2018 (LGPD), venho revogar o consentimento que forneci para o recebimento de comunicações e para o uso dos meus dados em pesquisas de satisfação.

Além disso, nos termos do art. 18, § 2º, da LGPD, manifesto oposição ao tratamento dos meus dados pessoais para fins de análise de comportamento de uso da plataforma.

Solicito confirmação por escrito.

Atenciosamente,

Fernanda dos Santos Oliveira
Coordenadora de Suprimentos
Construtora Horizonte Ltda.
Belo Horizonte - MG
"""),

M(rights=["restriction"], name="Carlos Eduardo Nogueira", cls="plain_words",
  note="asks to 'leave my data parked' and not use it until resolved, without deleting = restriction",
  frm=("Carlos Eduardo Nogueira", "cadu.nogueira@bol-mail.example"), subj="Não usem meus dados até resolverem",
  cte="8bit", client="gmail", tz=-3,
  body="""Boa tarde,

Abri uma reclamação com vocês semana passada porque apareceu no sistema uma cobrança de um plano que eu nunca contratei. Enquanto isso não for resolvido, peço que deixem meus dados parados: não usem pra cobrança, não mandem pra empresa de cobrança, não usem pra nada.

Não quero que apaguem ainda, porque vou precisar do histórico.

Obrigado,
Carlos Eduardo Nogueira
"""),

M(rights=["portability"], name="Inês Carvalho", cls="plain_words",
  note="European Portuguese: a 'ficheiro' to move to another provider = portability",
  frm=("Inês Carvalho", "ines.carvalho@sapo-mail.example"), subj="Pedido dos meus dados num ficheiro",
  cs="iso-8859-15", cte="qp", client="thunderbird", hq="Q",
  body="""Bom dia,

Vou deixar de usar o Massist no fim do mês e passar para outro fornecedor. Queria que me enviassem os meus dados (perfil, contactos e o histórico de chamadas e tarefas) num ficheiro que eu consiga importar no novo programa, de preferência em Excel ou CSV.

Obrigada desde já.

Cumprimentos,
Inês Carvalho
"""),

M(rights=["objection"], name="Rui Pedro Matos", employer="Pastelaria Aveirense, Lda.", cls="employer",
  note="European Portuguese; 'Lda.' in signature; stop calling my mobile = objection",
  frm=("Rui Pedro Matos", "ruipedro@pastelaria-aveirense.example"), subj="Chamadas comerciais",
  cte="qp", client="outlook", shape="html", style="outlook",
  body="""Boa tarde,

Desde que experimentámos o vosso programa no ano passado recebo chamadas quase todas as semanas a oferecer módulos novos. Não estamos interessados.

Peço que deixem de me ligar para o telemóvel e de me enviar publicidade por e-mail.

Com os melhores cumprimentos,

Rui Pedro Matos
Sócio-gerente
Pastelaria Aveirense, Lda.
Rua Direita, 41 – 3800-150 Aveiro
"""),

M(kind="bounce", cls="not_request", note="Brazilian Portuguese Exchange NDR with the full original attached",
  frm=("Microsoft Outlook", "postmaster@agro-cerrado.example"), subj="Não é possível entregar: RE: Solicitação de acesso aos dados",
  cte="qp", client="none", shape="dsn", tz=-3, hq="Q",
  hdr=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "],
  body="""Não foi possível entregar a mensagem para estes destinatários ou grupos:

rodrigo.lima@agro-cerrado.example
O endereço de email inserido não foi encontrado. Verifique o endereço de email do destinatário e tente reenviar a mensagem. Se o problema continuar, entre em contato com o suporte técnico.

Informações de diagnóstico para administradores:

Servidor de geração: CP2PR80MB4410.agro-cerrado.example
Servidor remoto retornou '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
  dsn=dict(mta="CP2PR80MB4410.agro-cerrado.example", rcpts=["rodrigo.lima@agro-cerrado.example"], status="5.1.10",
           diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", ret="full",
           orig=dict(frm=("Massist Privacidade", "dpo@massistcrm.com"), to=("Rodrigo Lima", "rodrigo.lima@agro-cerrado.example"),
                     subj="RE: Solicitação de acesso aos dados", cte="qp",
                     body="Prezado Rodrigo,\n\nsegue em anexo a cópia dos seus dados.\n\nAtenciosamente,\nEquipe de Privacidade\n"))),

M(kind="bulk", cls="not_request", note="Brazilian LGPD newsletter, no request",
  frm=("LGPD em Pauta", "boletim@lgpdempauta.example"), subj="LGPD em Pauta #58: ANPD publica guia sobre direitos dos titulares",
  cte="qp", client="none", shape="alt", style="web", tz=-3,
  hdr=["List-Unsubscribe: <https://lgpdempauta.example/sair?id=a91c>", "Precedence: bulk"],
  body="""LGPD EM PAUTA – Boletim semanal

Destaque: a ANPD publicou guia sobre o atendimento aos direitos dos titulares – acesso, correção, eliminação, portabilidade e revogação do consentimento.

Também nesta edição: prazos de resposta e o papel do encarregado (DPO).

Para não receber mais este boletim, clique aqui: https://lgpdempauta.example/sair?id=a91c
"""),

M(rights=["access"], name="Gabriel Moreira Costa", cls="access_items",
  note="LGPD arts. 18 II and 19 II: full statement with origin, criteria, purpose, sharing = access only; complaint to ANPD only mentioned",
  frm=("Gabriel Moreira Costa", "gabriel.mcosta@terra-mail.example"), subj="Requisição de acesso - art. 19, II, LGPD",
  cte="qp", client="gmail", shape="alt", style="gmail", tz=-3,
  body="""Prezados,

Com base no art. 18, II, e no art. 19, II, da Lei nº 13.709/2018 (LGPD), solicito declaração clara e completa contendo:

a) todos os meus dados pessoais tratados por vocês;
b) a origem desses dados;
c) a finalidade de cada tratamento;
d) os critérios utilizados e a existência de decisões automatizadas;
e) as entidades públicas e privadas com as quais os dados foram compartilhados;
f) o prazo de armazenamento.

Caso não receba resposta no prazo de 15 dias, avaliarei peticionar à ANPD.

Atenciosamente,
Gabriel Moreira Costa
São Paulo - SP
"""),

M(rights=["automated_decision"], name="Juliana Pereira", employer="Rede Farma Sul Ltda.", cls="form",
  note="BR web form: 'Revisão de decisão automatizada' (LGPD art. 20) with Empresa field; Reply-To the person",
  frm=("Portal de Privacidade", "naoresponda@privacidade.massistcrm.example"), subj="Nova solicitação do titular - Revisão de decisão automatizada",
  cte="qp", client="form", tz=-3,
  hdr=["Auto-Submitted: auto-generated", ("Reply-To", ("Juliana Pereira", "juliana.pereira@redefarmasul.example"))],
  body="""Nova solicitação recebida pelo Portal de Privacidade

Nome: Juliana Pereira
E-mail: juliana.pereira@redefarmasul.example
Empresa: Rede Farma Sul Ltda.
Tipo de solicitação: Revisão de decisão automatizada

Detalhes:
O sistema de metas calculou automaticamente meu bônus do trimestre com base na "pontuação de atividade" e cortou pela metade. Quero que uma pessoa revise essa decisão, porque fiquei afastada 20 dias por atestado médico e isso não foi considerado.
"""),
]
