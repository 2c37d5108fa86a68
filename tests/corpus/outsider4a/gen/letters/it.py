from spec import M

MAILS = [
M(rights=["restriction"], name="Alessandro De Luca", cls="plain_words",
  note="'freeze my data until you clarify', don't delete = restriction; particle 'De'",
  frm=("Alessandro De Luca", "ale.deluca@libero-posta.example"), subj="Bloccate i miei dati per ora",
  cs="iso-8859-15", cte="qp", client="thunderbird", hq="Q",
  body="""Buongiorno,

nel vostro gestionale risulto ancora come referente di un'azienda da cui mi sono dimesso a febbraio, e continuano ad arrivarmi preventivi e solleciti a nome loro. Ho già segnalato la cosa all'assistenza.

Finché non avete chiarito, vi chiedo di congelare i miei dati: non usateli, non mandatemi niente, non passateli a nessuno. Non cancellateli però, perché mi servono come prova.

Grazie,
Alessandro De Luca
"""),

M(rights=["rectification"], name="Francesca Russo", employer="Lombarda Trasporti S.p.A.", cls="legal_anchor",
  note="art. 16 GDPR (Reg. 2016/679) and Italian privacy code; title 'Dott.ssa' dropped; S.p.A. in signature",
  frm=("Dott.ssa Francesca Russo", "f.russo@lombardatrasporti.example"),
  subj="Richiesta di rettifica ai sensi dell'art. 16 GDPR", cte="qp", client="outlook", shape="alt",
  style="outlook",
  body="""Spett.le Innthink Technologies,

la sottoscritta Francesca Russo, ai sensi dell'art. 16 del Regolamento (UE) 2016/679 e del D.Lgs. 196/2003 come modificato dal D.Lgs. 101/2018, chiede la rettifica dei seguenti dati personali che la riguardano, presenti nel Vostro sistema Massist CRM:

- qualifica: "Responsabile Amministrativo" anziché "Impiegata amministrativa";
- indirizzo e-mail: f.russo@lombardatrasporti.example al posto del vecchio indirizzo, non più attivo.

Resto in attesa di riscontro nei termini di legge.

Distinti saluti

Dott.ssa Francesca Russo
Responsabile Amministrativo
Lombarda Trasporti S.p.A.
Via dell'Industria 22 – 24126 Bergamo
"""),

M(rights=["objection", "erasure"], name="Chiara Conti", agent="Marco Bellini", cls="agent",
  note="lawyer ('Avv.' dropped) for a client: objection to marketing and erasure",
  frm=("Avv. Marco Bellini", "studio@bellini-legale.example"), subj="Sig.ra Chiara Conti - opposizione e cancellazione",
  cs="windows-1252", cte="qp", client="outlook", hq="Q",
  body="""Egregi Signori,

scrivo in nome e per conto della mia assistita, Sig.ra Chiara Conti, nata a Torino il 12.05.1988, come da delega che allego.

La mia assistita continua a ricevere comunicazioni promozionali e telefonate commerciali da parte Vostra, nonostante non abbia mai avuto rapporti contrattuali con la Vostra società.

Con la presente, per suo conto:
1) si oppone a qualsiasi ulteriore trattamento dei suoi dati per finalità di marketing;
2) chiede la cancellazione di tutti i dati personali che la riguardano.

Distinti saluti

Avv. Marco Bellini
Studio Legale Bellini – Torino
"""),

M(kind="other", name="Elisa Ferraro", employer="Ferraro Impianti S.r.l.", cls="not_request",
  note="customer asks for an art. 28 processor appointment/DPA; contractual question, not a right",
  frm=("Elisa Ferraro", "acquisti@ferraroimpianti.example"), subj="Nomina a responsabile del trattamento",
  cte="8bit", client="outlook",
  body="""Buongiorno,

siamo clienti Massist CRM dal 2023. Il nostro consulente privacy ci chiede di farvi sottoscrivere l'atto di nomina a responsabile del trattamento ex art. 28 GDPR, oppure di ricevere il vostro DPA standard.

Potete indicarmi a chi rivolgermi?

Cordiali saluti
Elisa Ferraro
Ufficio Acquisti
Ferraro Impianti S.r.l.
"""),

M(kind="bounce", cls="not_request", note="Italian Exchange non-delivery report with returned headers",
  frm=("Microsoft Outlook", "postmaster@edilmarino.example"), subj="Non recapitabile: R: Richiesta di accesso ai dati",
  cte="qp", client="none", shape="dsn",
  hdr=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "],
  body="""Recapito non riuscito per i seguenti destinatari o gruppi:

g.marino@edilmarino.example
L'indirizzo di posta elettronica immesso non è stato trovato. Verificare l'indirizzo di posta elettronica del destinatario e riprovare a inviare il messaggio. Se il problema persiste, contattare il supporto tecnico.

Informazioni di diagnostica per gli amministratori:

Server di generazione: VI1PR08MB3120.edilmarino.example

g.marino@edilmarino.example
Il server remoto ha restituito '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""",
  dsn=dict(mta="VI1PR08MB3120.edilmarino.example", rcpts=["g.marino@edilmarino.example"], status="5.1.1",
           diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
           orig=dict(frm=("Massist Privacy", "dpo@massistcrm.com"), to=("Giulia Marino", "g.marino@edilmarino.example"),
                     subj="R: Richiesta di accesso ai dati", cte="qp",
                     body="Gentile Sig.ra Marino,\n\nin allegato i dati richiesti.\n"))),

M(rights=["access"], name="Giovanna Ricci", cls="access_items",
  note="art. 15 GDPR letter listing purposes, categories, recipients, retention, source, automated decisions, complaint to the Garante = access only",
  frm=("Giovanna Ricci", "giovanna.ricci@pec-mail.example"), subj="Istanza di accesso ai dati personali ex art. 15 GDPR",
  cs="iso-8859-15", cte="qp", client="thunderbird", hq="Q",
  body="""Spett.le Titolare del trattamento,

la sottoscritta Giovanna Ricci, ai sensi dell'art. 15 del Regolamento (UE) 2016/679, chiede di ottenere la conferma che sia o meno in corso un trattamento di dati personali che la riguardano e, in tal caso, l'accesso ai dati e alle seguenti informazioni:

a) le finalità del trattamento;
b) le categorie di dati personali;
c) i destinatari o le categorie di destinatari, in particolare se in paesi terzi;
d) il periodo di conservazione previsto;
e) l'origine dei dati, se non raccolti presso l'interessata;
f) l'esistenza di un processo decisionale automatizzato, compresa la profilazione;
g) il diritto di proporre reclamo al Garante per la protezione dei dati personali.

Distinti saluti
Giovanna Ricci
"""),
]
