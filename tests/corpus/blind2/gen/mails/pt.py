from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Thiago Nascimento", note="Brazilian Portuguese, informal 'o que vocês têm sobre mim'", ua="gmail", cs="utf-8",
 frm=("Thiago Nascimento", "thiago.nasc@correiobr.example"), subj="oque vcs tem sobre mim?", date="Mon, 28 Apr 2025 21:14:02 -0300",
 body="""Oi, boa noite

Recebi uma ligação de uma empresa de energia solar dizendo que meu contato veio "do CRM". Fui ver e é o de vocês. Eu quero saber quais dados meus vocês tem ai, de onde vieram e pra quem passaram.

Valeu
Thiago Nascimento
"""),

dict(cls="legal_anchor", rights=["access", "erasure", "withdraw_consent"], name="Fernanda Oliveira dos Santos", emp="Agropecuária Serra Verde Ltda.", note="LGPD Art. 18 incisos II, VI, IX; particle 'dos'; Ltda. employer",
 frm=("Fernanda Oliveira dos Santos", "fernanda.santos@serraverde-agro.example"), subj="Requerimento com base no Art. 18 da LGPD", ua="outlook", shape="alt", cs="iso-8859-1", date="Tue, 10 Jun 2025 09:31:45 -0300",
 body="""Prezados,

Com fundamento no art. 18 da Lei nº 13.709/2018 (Lei Geral de Proteção de Dados Pessoais - LGPD), venho requerer:

I - o acesso aos dados pessoais que a Innthink trata a meu respeito (inciso II);
II - a revogação do consentimento que dei para o uso da minha imagem e depoimento nos materiais de marketing do produto Massist (inciso IX);
III - a eliminação dos dados tratados com base nesse consentimento (inciso VI).

Sou coordenadora comercial da Agropecuária Serra Verde Ltda., cliente de vocês em Goiânia.

Aguardo resposta no prazo de 15 dias previsto no art. 19, II.

Atenciosamente,
Fernanda Oliveira dos Santos
"""),

dict(cls="employer", rights=["rectification"], name="Inês Carvalho", emp="Cortiças do Minho, Lda.", note="European Portuguese; employer in signature; Lda.",
 frm=("Inês Carvalho", "ines.carvalho@corticas-minho.example"), subj="Correção de dados", ua="apple", cs="utf-8", date="Thu, 5 Dec 2024 15:02:18 +0000",
 body="""Bom dia,

Reparei que no vosso sistema o meu número de contribuinte e a morada de faturação estão trocados com os de uma colega. Agradecia que corrigissem: a morada correta é Rua da Boavista, 000, 4700-000 Braga.

Com os melhores cumprimentos,

Inês Carvalho
Diretora Financeira
Cortiças do Minho, Lda.
"""),

dict(cls="agent", rights=["erasure"], name="Gabriel Souza", emp="Supermercados Bom Preço Ltda.", agent="Patrícia Souza", note="Brazilian mother for 16-year-old 'jovem aprendiz'",
 frm=("Patricia Souza", "patriciasouza.mae@correiobr.example"), subj="Dados do meu filho menor de idade", ua="gmail", cs="utf-8", date="Sat, 15 Mar 2025 11:40:09 -0300",
 body="""Olá,

Meu filho Gabriel Souza tem 16 anos e trabalhou como jovem aprendiz no Supermercados Bom Preço Ltda. até fevereiro. O cadastro dele continua no sistema de vocês, com CPF, endereço e até foto.

Como ele é menor, eu, Patrícia Souza, mãe e responsável legal, peço que todos os dados dele sejam apagados. Posso mandar a certidão de nascimento se precisarem.

Obrigada,
Patrícia
"""),

dict(cls="names", rights=["objection"], name="Maria João de Sousa e Menezes", note="Portuguese compound name with 'de' and 'e'; display 'Menezes, Maria João'",
 frm=("Menezes, Maria João", "mjmenezes@sapo-like.example"), subj="Oposição ao envio de publicidade", ua="web", cs="iso-8859-15", cte="quoted-printable",
 body="""Exmos. Senhores,

Venho por este meio opor-me ao tratamento dos meus dados para efeitos de marketing direto. Não autorizo o envio de campanhas, convites ou inquéritos.

Sem outro assunto,
Maria João de Sousa e Menezes
Lisboa
"""),

dict(cls="negation", rights=["portability"], name="Rafael Lima", note="BR: does not want account deleted, only an export (portabilidade)",
 frm=("Rafael Lima", "rafael.lima@correiobr.example"), subj="Portabilidade - NÃO é exclusão", ua="thunderbird", cs="utf-8", date="Wed, 2 Jul 2025 14:20:00 -0300",
 body="""Olá, time da Innthink

Não quero excluir minha conta, por favor não apaguem nada. Só preciso de uma exportação dos meus dados (perfil, contatos que eu importei e histórico de atividades) em formato estruturado, tipo CSV ou JSON, pra levar para outra ferramenta que a empresa vai testar em paralelo.

Abraço,
Rafael Lima
"""),

dict(cls="access_items", rights=["access"], name="António Pereira Gomes", note="European Portuguese Art. 15 list: finalidades, destinatários, prazo, origem, decisões automatizadas, reclamação CNPD",
 frm=("António Gomes", "antonio.p.gomes@netcabo-like.example"), subj="Pedido de acesso aos meus dados pessoais", ua="outlook", cs="windows-1252",
 body="""Exmos. Senhores,

Ao abrigo do artigo 15.º do RGPD, solicito que me informem se tratam dados pessoais que me digam respeito e, em caso afirmativo, que me facultem:

a) uma cópia desses dados;
b) as finalidades do tratamento;
c) os destinatários ou categorias de destinatários, em especial em países terceiros;
d) o prazo de conservação previsto;
e) a origem dos dados, caso não tenham sido recolhidos junto de mim;
f) a existência de decisões automatizadas, incluindo definição de perfis;
g) informação sobre o direito de apresentar reclamação à CNPD.

Com os melhores cumprimentos,
António Pereira Gomes
"""),

dict(cls="not_request", kind="other", rights=[], name="Ricardo Almeida", note="Brazilian phishing posing as LGPD extrajudicial notice with link",
 frm=("Depto Juridico - Notificacao LGPD", "notificacao@lgpd-intimacao.example"), subj="NOTIFICAÇÃO EXTRAJUDICIAL - LGPD - Prazo 48h", ua="none", shape="html", cs="utf-8", cte="base64",
 html="""<html><body><p><b>NOTIFICAÇÃO EXTRAJUDICIAL</b></p>
<p>Prezado(a) Encarregado(a) de Dados,</p>
<p>Identificamos o descumprimento da Lei Geral de Proteção de Dados em relação a um titular. O documento completo da notificação está disponível no link abaixo.</p>
<p><a href="http://lgpd-intimacao.example/doc/visualizar.php?id=8812">Clique aqui para visualizar a notificação (PDF)</a></p>
<p>O não atendimento em 48 horas acarretará multa de até 2% do faturamento.</p>
<p>Att,<br>Ricardo Almeida<br>Departamento Jurídico</p></body></html>
""", body=""),
dict(cls="footer_rights", rights=["objection"], name="Larissa Mendes", emp="Clínica Vida Plena Ltda.", note="BR: stop WhatsApp marketing above an LGPD footer listing titular rights", ua="gmail", shape="alt", cs="utf-8", date="Thu, 18 Sep 2025 10:05:44 -0300",
 frm=("Larissa Mendes", "larissa.mendes@vidaplena.example"), subj="Parem de me mandar mensagem no WhatsApp",
 body="""Bom dia,

Estou recebendo quase todo dia mensagens de WhatsApp com promoções do Massist no meu celular pessoal. Não quero mais receber propaganda de vocês, nem por WhatsApp nem por e-mail.

Obrigada,
Larissa Mendes
Gerente Administrativa | Clínica Vida Plena Ltda.

--
Em conformidade com a Lei nº 13.709/2018 (LGPD), você pode solicitar a qualquer momento a confirmação, o acesso, a correção, a anonimização, a portabilidade ou a eliminação dos seus dados, bem como revogar seu consentimento, pelo e-mail privacidade@vidaplena.example.
"""),
]
