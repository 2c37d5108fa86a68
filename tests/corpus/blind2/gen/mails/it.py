from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Giulia Ferraro", note="colloquial 'cosa avete su di me'", ua="gmail", cs="utf-8",
 frm=("Giulia Ferraro", "giuly.ferraro@postaweb.example"), subj="ma voi cosa sapete di me?",
 body="""Buongiorno,

da qualche settimana mi arrivano telefonate da un'agenzia immobiliare che dice di avere il mio numero "dal gestionale". Ho scoperto che il gestionale è il vostro.

Vorrei sapere che cosa avete su di me, da dove l'avete preso e a chi l'avete dato. Me lo potete mandare per mail?

Grazie
Giulia Ferraro
"""),

dict(cls="legal_anchor", rights=["erasure"], name="Francesca Colombo", emp="Officine Meccaniche Brianza S.p.A.", note="art. 17 GDPR + Codice privacy; Dott.ssa dropped; S.p.A. in signature",
 frm=("Colombo Francesca", "f.colombo@omb-spa.example"), subj="Richiesta di cancellazione dei dati personali ex art. 17 Reg. UE 2016/679", ua="outlook", shape="alt", cs="iso-8859-15", clang="it-IT",
 body="""Spett.le Innthink Technologies,

la sottoscritta, ai sensi dell'art. 17 del Regolamento (UE) 2016/679 e del D.Lgs. 196/2003 come modificato dal D.Lgs. 101/2018, chiede la cancellazione dei propri dati personali raccolti in occasione del programma "Massist Champions" (foto, biografia, registrazioni degli interventi ai vostri eventi).

Resta inteso che i dati trattati per conto della mia azienda nell'ambito del contratto di fornitura non sono oggetto della presente richiesta.

Resto in attesa di riscontro entro i termini di legge.

Distinti saluti

Dott.ssa Francesca Colombo
Responsabile Ufficio Acquisti
Officine Meccaniche Brianza S.p.A.
Via dell'Industria 0 - 20900 Monza (MB)
"""),

dict(cls="names", rights=["rectification"], name="Gianmarco Dell'Acqua", emp="Idrotecnica Veneta S.r.l.", note="apostrophe surname, display in capitals surname first, Ing. dropped",
 frm=("DELL'ACQUA GIANMARCO", "g.dellacqua@idrotecnica-veneta.example"), subj="Cognome sbagliato nel vostro sistema", ua="thunderbird", cs="utf-8", cte="8bit",
 body="""Salve,

nel vostro sistema il mio cognome compare come "Dellacqua" o, peggio, "Dell Acqua", e le e-mail automatiche mi arrivano indirizzate all'"Ing. Gianmarco Dell Acqua". Il cognome corretto è Dell'Acqua, con l'apostrofo.

Vi chiedo gentilmente di correggerlo su tutti i record che mi riguardano.

Cordiali saluti

Ing. Gianmarco Dell'Acqua
Idrotecnica Veneta S.r.l. – Ufficio Tecnico
"""),

dict(cls="agent", rights=["access", "objection"], name="Salvatore Esposito", emp="Pastificio Vesuviano S.r.l.", agent="Chiara Lombardi", note="Avv. writing for client; law firm not employer",
 frm=("Avv. Chiara Lombardi", "studio@lombardi-legale.example"), subj="Sig. Salvatore Esposito – istanza di accesso e opposizione", ua="outlook", shape="attach", cs="windows-1252",
 att=[("delega_Esposito.pdf", "application/pdf", FAKE_PDF)],
 body="""Egregi Signori,

scrivo in nome e per conto del sig. Salvatore Esposito, dipendente della Pastificio Vesuviano S.r.l. con mansioni di agente di commercio, giusta delega che si allega.

Il mio assistito:

- esercita il diritto di accesso ai dati personali che lo riguardano (art. 15 GDPR), ivi compresi i report di "produttività" generati dalla piattaforma Massist;
- si oppone, ai sensi dell'art. 21 GDPR, al trattamento dei dati di geolocalizzazione del suo telefono aziendale per finalità di profilazione.

Si prega di indirizzare ogni comunicazione alla scrivente.

Distinti saluti

Avv. Chiara Lombardi
Studio Legale Lombardi – Napoli
"""),

dict(cls="form", rights=["portability"], name="Marco Gentile", emp="Gentile Arredamenti S.n.c.", note="contact form fields Nome/Azienda/Tipo richiesta: portabilità",
 frm=("Massist CRM - Sito web", "noreply@massistcrm-web.example"), subj="Nuovo messaggio dal modulo Privacy", ua="robot", cs="utf-8", cte="quoted-printable",
 hdrs=form_hdrs("Marco Gentile <marco@gentilearredamenti.example>"),
 body="""Hai ricevuto un nuovo messaggio dal modulo "Richieste privacy".

Nome e cognome: Marco Gentile
Azienda: Gentile Arredamenti S.n.c.
Email: marco@gentilearredamenti.example
Tipo richiesta: Portabilità dei dati
Messaggio: Chiudiamo l'account a fine mese. Vorrei ricevere i dati del mio profilo e le note che ho inserito io in un formato leggibile (CSV va benissimo) per importarli nel nuovo gestionale.

Consenso privacy: Sì
"""),

dict(cls="footer_rights", rights=["objection"], name="Roberta Sala", emp="Studio Sala Commercialisti Associati", note="stop newsletters (objection) above a long Italian privacy footer listing artt. 15-22",
 frm=("Roberta Sala", "r.sala@studiosala.example"), subj="basta newsletter per favore", ua="outlook", shape="html", cs="iso-8859-1",
 body="""Buongiorno,

ricevo tre o quattro newsletter a settimana da Massist. Non ne ho mai chiesta nessuna. Per favore toglietemi da tutte le liste.

Grazie,
Roberta Sala
Studio Sala Commercialisti Associati
Bergamo

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Ai sensi degli artt. 15-22 del Regolamento UE 2016/679, l'interessato può esercitare in qualsiasi momento i diritti di accesso, rettifica, cancellazione, limitazione, portabilità e opposizione scrivendo a privacy@studiosala.example. Informativa completa su studiosala.example/privacy.
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="Matteo Rinaldi", note="Italian out-of-office reply", ua="none",
 frm=("Matteo Rinaldi", "m.rinaldi@vetreriarinaldi.example"), subj="Risposta automatica: Richiesta dati DSR-2025-0688",
 hdrs=ooo_hdrs("other"), cs="utf-8",
 body="""Gentile mittente,

sarò fuori ufficio fino al 25 agosto con accesso limitato alla posta. Per questioni urgenti contattare l'ufficio commerciale allo 0541 000 200.

Cordiali saluti,
Matteo Rinaldi
"""),
dict(cls="access_items", rights=["access"], name="Alessandro Marchetti", note="Italian access request listing finalità, destinatari, conservazione, origine, processo decisionale automatizzato, reclamo al Garante", ua="thunderbird", cs="utf-8",
 frm=("Alessandro Marchetti", "ale.marchetti@libero-like.example"), subj="Richiesta di accesso ai miei dati",
 body="""Gentili signori,

vi chiedo di confermarmi se trattate dati personali che mi riguardano e, in caso affermativo, di comunicarmi:

- quali dati trattate e una copia degli stessi;
- per quali finalità;
- a quali destinatari sono stati o saranno comunicati, anche fuori dall'UE;
- per quanto tempo saranno conservati;
- da quale fonte li avete ottenuti, se non da me;
- se sono oggetto di un processo decisionale automatizzato o di profilazione;
- come posso proporre reclamo al Garante per la protezione dei dati personali.

Grazie,
Alessandro Marchetti
"""),
]
