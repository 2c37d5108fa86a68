from common import m

# ---------------- Portuguese (PT and BR)
m('pt', 'plain_words', 'request', 'access', 'Joaquim Simões', None, None,
  'PT europeu, linguagem corrente',
  ('Joaquim Simões', 'joaquim.simoes@sapo-mail.example'), 'Que dados têm sobre mim?',
  """Boa tarde,

Recebi uma mensagem de uma empresa que usa o vosso programa e aparecia lá o meu nome e telemóvel. Gostava de saber que dados têm sobre mim e onde os foram buscar.

Cumprimentos,
Joaquim Simões
""", cs='iso-8859-1', cte='8bit', shape='plain')

m('pt', 'legal_anchor', 'request', 'access erasure', 'Thaís Albuquerque', None, None,
  'Brasil, LGPD art. 18 incisos II e VI',
  ('Thaís Albuquerque', 'thais.albuquerque@correio-br.example'), 'Requisição com base no art. 18 da LGPD',
  """Prezados,

Com fundamento no art. 18, incisos II e VI, da Lei nº 13.709/2018 (LGPD), solicito:

- acesso aos meus dados pessoais tratados por vocês;
- eliminação dos dados tratados com base no meu consentimento.

Aguardo retorno no prazo legal.

Atenciosamente,
Thaís Albuquerque
São Paulo/SP
""", shape='alt', style='gmail')

m('pt', 'employer', 'request', 'rectification', 'Rodrigo Figueiredo', 'Metalúrgica Paranaense Ltda.', None,
  'BR, empregador na assinatura, Ltda.',
  ('Rodrigo Figueiredo', 'rodrigo.figueiredo@metparanaense.example'), 'Correção de cadastro',
  """Olá, tudo bem?

Meu cargo e telefone estão desatualizados no CRM de vocês. Podem corrigir para "Gerente de Compras" e (41) 90000-1122?

Valeu!

Rodrigo Figueiredo
Gerente de Compras
Metalúrgica Paranaense Ltda.
Curitiba – PR
""")

m('pt', 'names', 'request', 'erasure', 'Maria da Conceição dos Santos Pereira', None, None,
  'nome com partículas da / dos',
  ('Maria da Conceição dos Santos Pereira', 'mcsantospereira@correio-br.example'), 'Excluir meus dados',
  """Bom dia.

Peço, por gentileza, que excluam todos os meus dados pessoais do sistema de vocês. Não autorizo mais o uso.

Grata,
Maria da Conceição dos Santos Pereira
""")

m('pt', 'agent', 'request', 'access', 'Lucas Tavares Moreira', None, 'Fernanda Castilho',
  'advogada BR em nome do cliente',
  ('Fernanda Castilho', 'fernanda@castilho-adv.example'), 'Titular Lucas Tavares Moreira – pedido de acesso (LGPD)',
  """Prezados Senhores,

Na qualidade de advogada de Lucas Tavares Moreira, conforme procuração anexa, requeiro, nos termos do art. 18, II, e do art. 19 da LGPD, a confirmação da existência de tratamento e o acesso completo aos dados pessoais de meu cliente, em formato simplificado e em declaração completa.

Respeitosamente,
Fernanda Castilho
OAB/RJ 000.123
Castilho Advogados Associados
""")

m('pt', 'multi_right', 'request', 'access portability objection', 'Inês Marques', None, None,
  'PT, três direitos enumerados',
  ('Inês Marques', 'ines.marques@sapo-mail.example'), 'Exercício de direitos RGPD',
  """Exmos. Senhores,

Venho por este meio solicitar:
1. o acesso aos dados pessoais que me dizem respeito;
2. a portabilidade desses dados num formato estruturado e de leitura automática;
3. e manifestar a minha oposição ao tratamento para fins de marketing direto.

Com os melhores cumprimentos,
Inês Marques
""", cs='iso-8859-1')

m('pt', 'negation', 'request', 'objection', 'Gustavo Lins', None, None,
  'BR, não quer exclusão, só parar propaganda',
  ('gustavo lins', 'gustavolins@correio-br.example'), 'parar de receber propaganda',
  """Oi pessoal, não quero que apaguem minha conta não, uso ela todo dia no trabalho. Só quero parar de receber e-mail de propaganda de vocês. Obrigado!

Gustavo Lins
""")

m('pt', 'form', 'request', 'erasure', 'Patrícia Rezende', 'Farmácias Bem Viver S.A.', None,
  'BR, formulário com campos, S.A.',
  ('Central de Privacidade', 'nao-responda@forms.massistcrm.example'), 'Nova solicitação de titular – LGPD',
  """Nova solicitação recebida pelo Portal de Privacidade

Nome completo: Patrícia Rezende
E-mail: patricia.rezende@bemviver.example
Empresa: Farmácias Bem Viver S.A.
Tipo de solicitação: Eliminação de dados
Detalhes: Saí da empresa e quero que meus dados sejam eliminados.
""", hdr=[('Reply-To', 'patricia.rezende@bemviver.example'), ('Auto-Submitted', 'auto-generated')], shape='plain')

m('pt', 'not_request', 'auto_reply', '', 'Renata Vasconcelos', None, None,
  'BR, resposta automática de férias',
  ('Renata Vasconcelos', 'renata.v@grupo-atlantico.example'), 'Resposta automática: Sua solicitação LGPD',
  """Olá! Estou de férias até 24/04, com acesso restrito aos e-mails. Em caso de urgência, procure a equipe de Jurídico pelo jurídico@grupo-atlantico.example.

Abraços,
Renata Vasconcelos
""", hdr=[('Auto-Submitted', 'auto-replied')])

m('pt', 'access_items', 'request', 'access', 'Rui Carvalhais', None, None,
  'PT, art. 15: finalidades, destinatários, prazo, origem',
  ('Rui Carvalhais', 'rui.carvalhais@netcabo-mail.example'), 'Direito de acesso – art. 15.º RGPD',
  """Exmos. Senhores,

Ao abrigo do artigo 15.º do RGPD, solicito informação sobre as finalidades do tratamento, os destinatários a quem os meus dados foram ou serão divulgados, o prazo de conservação, a origem dos dados e a existência de decisões automatizadas, bem como uma cópia dos dados.

Com os meus cumprimentos,
Rui Carvalhais
""", shape='html', style='outlook')

# ---------------- Italian
m('it', 'plain_words', 'request', 'erasure', 'Salvatore Caruso', None, None,
  'linguaggio comune, cancellami',
  ('Salvatore Caruso', 'salvo.caruso@libero-mail.example'), 'cancellatemi',
  """Buongiorno,
mi arrivano continuamente email da un vostro cliente, non so nemmeno come hanno avuto il mio indirizzo. Per favore cancellate tutti i miei dati e non scrivetemi più.
Grazie
Salvatore Caruso
""", cs='iso-8859-1', cte='8bit', shape='plain')

m('it', 'legal_anchor', 'request', 'access', 'Giulia Ferraresi', None, None,
  'art. 15 GDPR e Codice privacy d.lgs. 196/2003',
  ('Giulia Ferraresi', 'giulia.ferraresi@pec-mail.example'), 'Istanza di accesso ai sensi dell\'art. 15 del Regolamento (UE) 2016/679',
  """Spett.le Innthink Technologies,

la sottoscritta Giulia Ferraresi, nata a Modena il 03/05/1984, ai sensi dell'art. 15 del Regolamento (UE) 2016/679 e del D.Lgs. 196/2003 come modificato dal D.Lgs. 101/2018, chiede di ottenere conferma dell'esistenza di dati personali che la riguardano e la loro comunicazione in forma intelligibile.

Distinti saluti
Giulia Ferraresi
""", shape='alt', style='outlook')

m('it', 'employer', 'request', 'rectification', 'Matteo Lombardi', 'Officine Meccaniche Brianza S.r.l.', None,
  'datore di lavoro in firma, S.r.l.',
  ('Lombardi Matteo', 'm.lombardi@omb-brianza.example'), 'Rettifica dati',
  """Buongiorno,

nel vostro gestionale risulto ancora con il vecchio indirizzo di Monza. Vi chiedo di aggiornarlo in via Carducci 8, 20851 Lissone.

Cordiali saluti

Matteo Lombardi
Responsabile Acquisti
Officine Meccaniche Brianza S.r.l.
""")

m('it', 'names', 'request', 'access', 'Beatrice Dell\'Acqua', None, None,
  'titoli Dott.ssa da togliere, apostrofo nel cognome',
  ('Dott.ssa Beatrice Dell\'Acqua', 'b.dellacqua@studiomedico.example'), 'Richiesta copia dati personali',
  """Gentili Signori,

vorrei ricevere copia dei miei dati personali in vostro possesso.

Cordialmente,
Dott.ssa Beatrice Dell'Acqua
""")

m('it', 'agent', 'request', 'erasure objection', 'Francesca Bellomo', None, 'Lorenzo Guidi',
  'avvocato per la cliente, Avv. da togliere',
  ('Avv. Lorenzo Guidi', 'studio@guidi-legale.example'), 'Sig.ra Francesca Bellomo – richiesta ex artt. 17 e 21 GDPR',
  """Egregi Signori,

scrivo in nome e per conto della mia assistita, Sig.ra Francesca Bellomo, come da delega allegata.

La mia assistita si oppone al trattamento dei propri dati per finalità di marketing (art. 21 GDPR) e ne chiede la cancellazione (art. 17 GDPR).

Vi invito a darne riscontro entro i termini di legge.

Distinti saluti
Avv. Lorenzo Guidi
Studio Legale Guidi – Firenze
""")

m('it', 'multi_right', 'request', 'access rectification portability', 'Chiara Esposito', 'Caseificio Vesuviano S.p.A.', None,
  'elenco di diritti, S.p.A. nel testo',
  ('Chiara Esposito', 'chiara.esposito@caseificiovesuviano.example'), 'Richieste sui miei dati',
  """Salve,

lavoro presso Caseificio Vesuviano S.p.A. che usa il vostro CRM. Vorrei:
- sapere quali dati avete su di me;
- correggere il mio numero di cellulare;
- avere i miei dati in un file CSV.

Grazie mille
Chiara Esposito
""")

m('it', 'footer_rights', 'request', 'objection', 'Paolo Guarnieri', 'Guarnieri Assicurazioni S.a.s.', None,
  'stop marketing sopra informativa privacy con diritti',
  ('Paolo Guarnieri', 'paolo@guarnieri-assicurazioni.example'), 'Basta newsletter',
  """Buongiorno, non inviatemi più newsletter e proposte commerciali. Grazie.

Paolo Guarnieri
Guarnieri Assicurazioni S.a.s.

Informativa ai sensi del Reg. UE 2016/679: i dati sono trattati per finalità contrattuali. L'interessato può esercitare i diritti di accesso, rettifica, cancellazione, limitazione, portabilità e opposizione scrivendo a privacy@guarnieri-assicurazioni.example.
""", shape='html', style='outlook', cs='iso-8859-15')

m('it', 'not_request', 'bounce', '', None, None, None,
  'rapporto di mancato recapito in italiano',
  ('Postmaster', 'postmaster@mx.massistcrm.com'), 'Mancato recapito: Richiesta di accesso – riscontro',
  """Il messaggio non è stato recapitato ai seguenti destinatari:

a.rinaldi@vecchiaditta.example
La casella di posta del destinatario è piena (quota superata). Riprovare più tardi.
""", shape='dsn', dsn=dict(mta='mx.massistcrm.com', rcpt='a.rinaldi@vecchiaditta.example', status='5.2.2',
  diag='552 5.2.2 Mailbox full', osubj='Richiesta di accesso - riscontro'))

m('it', 'negation', 'request', 'access', 'Elisa Montanari', None, None,
  'non vuole la cancellazione, solo accesso',
  ('Elisa Montanari', 'elisa.montanari@tiscali-mail.example'), 'Solo una copia, per favore',
  """Ciao,

non voglio cancellare il mio account (mi serve per lavoro!), vorrei solo una copia dei dati che avete su di me.

Elisa Montanari
""")
