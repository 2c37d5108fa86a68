from . import M, AR, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "Thiago Nascimento", None, None,
  "Brazilian Portuguese, very informal (vcs, pq, tb): delete my data",
  ("thiago nascimento", "thiagonasc@bol-correio.example"),
  "apaguem meus dados",
  """
oi, bom dia

vcs tão me mandando email toda semana e eu nunca me cadastrei em nada de vcs. nao sei nem como vcs tem meu email. quero q apaguem tudo meu, nome, telefone, email, tudo.

vlw
Thiago Nascimento

Enviado do meu iPhone
""", cs="utf-8", cte="8bit"),

M("legal_anchor", "request", ["access", "rectification"], "Ana Paula Carvalho Ribeiro", None, None,
  "LGPD Art. 18 incisos II and III (acesso + correção), Brazilian formal",
  ("Ana Paula Carvalho", "anapaula.cribeiro@uol-correio.example"),
  "Requisição de titular - Art. 18 da LGPD",
  """
Prezados,

Na qualidade de titular de dados pessoais, e com fundamento no art. 18, incisos II e III, da Lei nº 13.709/2018 (Lei Geral de Proteção de Dados Pessoais – LGPD), solicito:

a) acesso aos dados pessoais que a Innthink Technologies mantém a meu respeito;
b) a correção do meu endereço e do meu telefone, que estão desatualizados.

Endereço correto: Rua Padre Anchieta, 455, apto. 32 – Curitiba/PR
Telefone: (41) 95555-0187

Atenciosamente,
Ana Paula Carvalho Ribeiro
CPF informado mediante solicitação
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("legal_anchor", "request", ["objection"], "Rui Miguel Pacheco", None, None,
  "European Portuguese, RGPD art. 21 opposition to direct marketing",
  ("Rui Miguel Pacheco", "rmpacheco@sapo-correio.example"),
  "Oposição ao tratamento para marketing (art. 21.º RGPD)",
  """
Exmos. Senhores,

Ao abrigo do artigo 21.º do Regulamento Geral sobre a Proteção de Dados, venho opor-me ao tratamento dos meus dados pessoais para efeitos de comercialização directa, incluindo o envio de newsletters e contactos telefónicos.

Agradeço que me confirmem por escrito que deixarão de o fazer.

Com os melhores cumprimentos,
Rui Miguel Pacheco
Braga
""", cs="iso-8859-1", cte="quoted-printable"),

M("names", "request", ["portability"], "Maria da Conceição dos Santos Figueiredo", None, None,
  "Long Portuguese name with particles da/dos; display name shortened; portability",
  ("Conceição Figueiredo", "conceicao.figueiredo@netcabo-mail.example"),
  "Pedido de portabilidade dos meus dados",
  """
Bom dia,

Sou utilizadora da vossa plataforma através de uma conta pessoal de teste. Gostaria de receber os dados que lá introduzi (contactos, notas e calendário) num ficheiro CSV ou outro formato que possa importar noutro programa.

Os meus dados de identificação:
Nome completo: Maria da Conceição dos Santos Figueiredo
NIF: a indicar se necessário

Obrigada,
Conceição Figueiredo
""", shape="html", style="outlook", cs="windows-1252", cte="quoted-printable"),

M("employer", "request", ["automated_decision"], "Rodrigo Alves de Souza", "Construtora Horizonte Ltda.", None,
  "BR employee: automated score led to being cut from commission, asks human review (LGPD art. 20)",
  ("Rodrigo Alves de Souza", "rodrigo.souza@horizonte-construtora.example"),
  "Revisão de decisão automatizada",
  """
Boa tarde,

Trabalho na Construtora Horizonte Ltda. como corretor, e a empresa usa o Massist CRM. Fui retirado da escala de plantões de vendas por causa de uma "nota de desempenho" calculada automaticamente pelo sistema.

Com base no art. 20 da LGPD, solicito a revisão dessa decisão por uma pessoa e informações sobre os critérios usados.

Obrigado,
Rodrigo Alves de Souza
Corretor de Imóveis
""", cs="iso-8859-1", cte="8bit"),

M("footer_rights", "request", ["withdraw_consent"], "Inês Sofia Marques", "Ourivesaria Marques & Filhos, Lda.", None,
  "PT withdraw consent above a long email footer listing RGPD rights",
  ("Inês Marques", "ines.marques@ourivesariamarques.example"),
  "Retirar consentimento",
  """
Olá,

Quero retirar o consentimento que dei no vosso webinar para receber comunicações comerciais. Obrigada.

Inês Sofia Marques
Gerente
Ourivesaria Marques & Filhos, Lda.
Rua das Flores, 112 - Porto

AVISO DE CONFIDENCIALIDADE E PROTEÇÃO DE DADOS: Esta mensagem é confidencial. Nos termos do RGPD, o titular dos dados tem direito de acesso, retificação, apagamento, limitação, portabilidade e oposição, podendo apresentar reclamação à CNPD.
""", shape="alt", cs="utf-8", cte="base64"),

M("not_request", "auto_reply", [], "Fernanda Lima", None, None,
  "Brazilian out-of-office",
  ("Fernanda Lima", "fernanda.lima@grupo-aurora.example"),
  "Resposta automática: Re: Sua solicitação",
  """
Olá! Estou de férias até 10/02 com acesso restrito ao e-mail. Para assuntos urgentes, fale com o Marcos pelo marcos.teixeira@grupo-aurora.example.

Abraços,
Fernanda Lima
""", cs="utf-8", cte="quoted-printable", headers=AR()),

M("not_request", "other", [], None, None, None,
  "Brazilian phishing: fake LGPD notice with link",
  ("Central LGPD", "atendimento@lgpd-regularizacao.example"),
  "Aviso LGPD: seus dados serão excluídos",
  """
Prezado(a) cliente,

Identificamos uma solicitação de exclusão de dados em seu nome, conforme a LGPD. Caso não reconheça esta solicitação, acesse o link abaixo em até 24h para cancelar e manter seu acesso:

https://massist-lgpd-cancelamento.example/acesso

Atenciosamente,
Central de Privacidade
""", shape="html", style="gmail", cs="utf-8", cte="base64"),
]
