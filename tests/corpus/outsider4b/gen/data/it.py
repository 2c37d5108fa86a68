from . import M, AR, DPO

MAILS = [
M("plain_words", "request", ["objection"], "Alessandra Ferri", None, None,
  "Italian colloquial, no legal terms: stop sending me emails and calling",
  ("Ale Ferri", "ale.ferri@libero-posta.example"),
  "basta mail per favore",
  """
Buongiorno,

è da settimane che mi arrivano le vostre mail pubblicitarie e ieri mi ha chiamato pure un vostro commerciale. Non vi ho mai dato il mio numero! Smettetela di scrivermi e di chiamarmi, grazie.

Alessandra Ferri
""", cs="iso-8859-1", cte="8bit"),

M("access_items", "request", ["access"], "Chiara Esposito", None, None,
  "Art. 15 GDPR + Codice privacy (d.lgs. 196/2003) listing finalità, destinatari, conservazione, origine, logica",
  ("Chiara Esposito", "chiara.esposito@pec-mail.example"),
  "Istanza di accesso ai dati personali ex art. 15 GDPR",
  """
Spett.le Innthink Technologies,
alla c.a. del Responsabile della protezione dei dati

la sottoscritta Chiara Esposito, nata a Napoli il 12/09/1987, ai sensi dell'art. 15 del Regolamento (UE) 2016/679 e del d.lgs. 196/2003 come modificato dal d.lgs. 101/2018, chiede di conoscere:

- se sono in corso trattamenti di dati personali che la riguardano e di ottenerne copia;
- le finalità del trattamento;
- i destinatari o le categorie di destinatari a cui i dati sono stati comunicati;
- il periodo di conservazione previsto;
- l'origine dei dati, qualora non siano stati raccolti presso l'interessata;
- l'esistenza di un processo decisionale automatizzato, compresa la profilazione, e la logica utilizzata;
- il diritto di proporre reclamo al Garante per la protezione dei dati personali.

Distinti saluti
Chiara Esposito
""", shape="html", style="outlook", cs="windows-1252", cte="quoted-printable"),

M("agent", "request", ["erasure", "grievance"], "Giuseppe Lo Bianco", None, "Francesca De Santis",
  "Avvocata for client (Avv./Dott. dropped); erasure + formal complaint to the company",
  ("Avv. Francesca De Santis", "studio@desantis-legale.example"),
  "Sig. Lo Bianco - richiesta di cancellazione e reclamo formale",
  """
Egregi Signori,

scrivo in nome e per conto del mio assistito, Dott. Giuseppe Lo Bianco, giusta procura che si allega.

Il mio assistito ha già chiesto in data 3 febbraio la cancellazione dei propri dati, senza ricevere alcun riscontro. Con la presente si reitera la richiesta di cancellazione ai sensi dell'art. 17 GDPR e si presenta formale reclamo a codesta società per il mancato riscontro nei termini.

In difetto di risposta entro 15 giorni, il mio assistito si riserva di adire il Garante.

Cordiali saluti,
Avv. Francesca De Santis
Studio Legale De Santis
Via dei Mille 24, 90139 Palermo
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("employer", "request", ["rectification"], "Matteo Colombo", "Ferramenta Bellini S.r.l.", None,
  "Employer in running text ('sono dipendente della ...'), correct wrong email/phone",
  ("Matteo Colombo", "m.colombo@ferramenta-bellini.example"),
  "Correzione dati anagrafici",
  """
Salve,

sono dipendente della Ferramenta Bellini S.r.l., che usa il vostro CRM. Nella mia scheda c'è ancora il cellulare vecchio e un indirizzo email sbagliato (colombo.m@... invece di m.colombo@...). Potete correggere per favore?

Cell. nuovo: 347 555 0921

Grazie mille,
Matteo Colombo
""", cs="iso-8859-15", cte="quoted-printable"),

M("legal_anchor", "request", ["automated_decision"], "Francesco Russo", None, None,
  "Art. 22 GDPR: contests automated rejection, asks human intervention and to express his view",
  ("Francesco Russo", "f.russo@tiscali-posta.example"),
  "Opposizione a decisione automatizzata - art. 22 GDPR",
  """
Gentili Signori,

mi chiamo Francesco Russo. La mia candidatura presso un vostro cliente (agenzia per il lavoro) è stata scartata pochi minuti dopo l'invio con una mail che citava un "punteggio di compatibilità" calcolato dal vostro sistema.

Ai sensi dell'art. 22, par. 3, del GDPR chiedo di ottenere l'intervento umano, di poter esprimere la mia opinione e di contestare la decisione.

Resto in attesa.

Francesco Russo
""", cs="utf-8", cte="8bit"),

M("not_request", "other", [], "Giulia Marchetti", None, None,
  "Job application with consent formula (autorizzo il trattamento ai sensi del GDPR), not a request",
  ("Giulia Marchetti", "giulia.marchetti.cv@posta-it.example"),
  "Candidatura - Privacy Specialist",
  """
Gentile Responsabile,

invio la mia candidatura per la posizione di Privacy Specialist pubblicata sul vostro sito. Allego il mio curriculum vitae.

Autorizzo il trattamento dei miei dati personali presenti nel CV ai sensi del D.Lgs. 196/2003 e del GDPR (Regolamento UE 2016/679).

Cordiali saluti,
Giulia Marchetti
""", cs="utf-8", cte="quoted-printable"),

M("not_request", "auto_reply", [], "Roberto Gallo", None, None,
  "Italian out-of-office",
  ("Roberto Gallo", "r.gallo@comune-lecco.example"),
  "Risposta automatica: Re: Vostra richiesta",
  """
Grazie per il messaggio. Sarò fuori ufficio fino al 29 agosto con accesso limitato alla posta. Per urgenze contattare la segreteria al numero 0341 555 000.

Roberto Gallo
""", cs="iso-8859-1", cte="quoted-printable", headers=AR()),
]
