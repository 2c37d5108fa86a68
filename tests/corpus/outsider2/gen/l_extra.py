"""Second pass: extra weight on the hardest shapes (agents, employers, footers, forms, non-requests)."""
from mime import M

MAILS = [
# ---------------- English ----------------
M("en", "legal_anchor", "request", ["automated_decision", "access"], "Callum Reid", "Strathmore Lettings Ltd", None,
  "Art 22 contest automated decision + human review",
  ("Callum Reid", "callum.reid@strathmorelettings.example"), "Automated 'low priority' flag - Article 22",
  """Dear DPO,

I've been told by our account manager that your platform automatically flagged my contact record as "low value / do not call back", which means customers of yours now ignore my enquiries. I contest that decision under Article 22 UK GDPR and ask for it to be reviewed by a human being. Please also explain the logic involved.

Callum Reid
Lettings Negotiator, Strathmore Lettings Ltd"""),
M("en", "agent", "request", ["erasure"], "Margaret Hollis", None, "Peter Hollis",
  "son acting for deceased mother as her nominee / executor",
  ("Peter Hollis", "peter.hollis@familypost.example"), "My late mother's details",
  """Hello,

My mother, Margaret Hollis, died in July. I'm the executor of her estate. She still gets sales emails forwarded from her old work address through a system that I'm told is yours. Please delete her details entirely. I can send the death certificate if you need it.

Thank you,
Peter Hollis"""),
M("en", "agent", "request", ["access", "erasure", "opt_out_sale"], "Jamal Whitaker", None, "Corinne Abbot",
  "request service with reference numbers, subject in a table-like list",
  ("Corinne Abbot via Erasio", "agent@erasio-requests.example"), "Privacy request on behalf of your data subject [ER-558103]",
  """To the Privacy Team,

Erasio Ltd has been appointed by the individual below to exercise their data protection rights. Proof of identity and a signed mandate are available on request.

  Data subject ..... Jamal Whitaker
  Email ............ jamal.w@fastpost.example
  Phone ............ +1 415 555 0142

The data subject asks you to (1) confirm what personal data you hold, (2) delete it, and (3) not sell or share it.

Kind regards,
Corinne Abbot
Case Handler, Erasio Ltd""", hdrs={"X-Mailer": "Erasio Case Engine"}),
M("en", "multi_right", "request", ["grievance", "access"], "Deborah Quinn", None, None,
  "formal internal complaint about handling + repeat access",
  ("Quinn, Deborah", "debquinn@mailpost.example"), "Formal complaint - SAR ignored",
  """To the Data Protection Officer,

I sent a subject access request on 3 August to support@ and heard nothing. I wish to make a formal complaint to your company about this, and please escalate it to whoever is responsible for data protection. I still want the copy of my data.

If I don't hear back within 14 days I may take this to the ICO.

Deborah Quinn"""),
M("en", "us_wording", "request", ["opt_out_sale"], "Kaylee Dunbar", None, None,
  "US web form robot for do-not-sell",
  ("Privacy Portal", "no-reply@privacy-portal.massist-support.example"), "New Do Not Sell/Share request",
  """PRIVACY REQUEST RECEIVED

First name: Kaylee
Last name: Dunbar
Full name: Kaylee Dunbar
State of residence: Colorado
Email: kaylee.dunbar@peakmail.example
Request: Opt out of sale / sharing / targeted advertising
Global Privacy Control signal: detected

This message was generated automatically.""", reply_to="kaylee.dunbar@peakmail.example",
  hdrs={"Auto-Submitted": "auto-generated", "Precedence": "auto_reply"}),
M("en", "not_request", "bounce", [], None, None, None, "bounce: policy rejection 5.7.1",
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"), "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to kaylee.dunbar@peakmail.example because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.7.1 Message rejected due to local policy""", shape="report", received=False,
  report=dict(mta="mail-sor-f41.googlemail.example", rcpt="kaylee.dunbar@peakmail.example", status="5.7.1",
              remote="mx.peakmail.example", diag="550 5.7.1 Message rejected due to local policy", osubj="Your Do Not Sell request")),
M("en", "not_request", "bulk", [], None, None, None, "conference promo mentioning erasure and access rights",
  ("DataPriv Summit", "events@datapriv-summit.example"), "Last chance: DSAR automation workshop",
  """Join 600 privacy professionals in Amsterdam.

Workshop: automating subject access requests, the right to erasure and objection handling at scale.

Early-bird ends Friday. Register: https://datapriv-summit.example/register

You received this email because you attended a previous event. Manage preferences or unsubscribe.""",
  shape="html", hstyle="gmail", hdrs={"List-Unsubscribe": "<https://datapriv-summit.example/unsub>", "Precedence": "bulk"}),
M("en", "negation", "request", ["portability"], "Ewan Gallagher", "Loch Fyne Outdoor Gear Ltd", None,
  "reply thread: earlier deletion was done; now portability only; mislabelled charset (cp1252 bytes labelled latin-1)",
  ("Ewan Gallagher", "ewan@lochfyne-outdoor.example"), "Re: Re: your request",
  """Hi again,

Thanks - the old duplicate profile was deleted last month as you said, that's all fine, nothing more to delete.

What I'd now like is an export of my own contact record and activity history in CSV or JSON, as we're moving to another tool. Don't close my account yet.

Ewan Gallagher
Operations \u2013 Loch Fyne Outdoor Gear Ltd

On 22/09/2026 11:40, Data Protection Officer wrote:
> Dear Mr Gallagher, we have deleted the duplicate profile \u201cE. Gallagher (old)\u201d.
> Kind regards""", cs="windows-1252", cs_label="iso-8859-1", cte="8bit", irt="9912ab@massistcrm.com"),

# ---------------- German ----------------
M("de", "agent", "request", ["erasure", "objection"], "Dennis Kaminski", "Müller Maschinenbau GmbH", "Claudia Schirmer",
  "HR leitet Anfrage als angehängte E-Mail weiter, Briefkopf mit Firma",
  ("Schirmer, Claudia", "c.schirmer@mueller-maschinenbau.example"), "WG: Widerspruch und Löschung",
  """MÜLLER MASCHINENBAU GMBH - Personalabteilung

Sehr geehrte Damen und Herren,

unser Mitarbeiter Herr Dennis Kaminski hat sich mit dem angehängten Schreiben an uns gewandt. Da die Daten in Ihrem System verarbeitet werden, bitten wir Sie, das Anliegen direkt zu bearbeiten.

Mit freundlichen Grüßen
i. A. Claudia Schirmer
Personalreferentin
Müller Maschinenbau GmbH
Industriestraße 4, 73430 Aalen""", shape="rfc822", cs="iso-8859-1", cte="quoted-printable",
  inner=M("de", "", "", [], None, None, None, "", ("Dennis Kaminski", "d.kaminski@mueller-maschinenbau.example"),
          "Widerspruch", """Hallo Frau Schirmer,

ich widerspreche der Nutzung meiner Daten für das "Lead-Scoring" im CRM und möchte, dass meine privaten Notizen dort gelöscht werden.

Gruß
Dennis Kaminski""", to="c.schirmer@mueller-maschinenbau.example")),
M("de", "legal_anchor", "request", ["automated_decision"], "Svenja Oltmanns", None, None, "Art. 22 DSGVO: Überprüfung durch Menschen",
  ("Svenja Oltmanns", "svenja.oltmanns@mailbox-de.example"), "Automatisierte Entscheidung – Art. 22 Abs. 3 DSGVO",
  """Sehr geehrte Damen und Herren,

meine Bewerbung bei einem Ihrer Kunden wurde nach dessen Auskunft durch ein automatisches Scoring in Massist CRM aussortiert. Ich fechte diese Entscheidung an und verlange nach Art. 22 Abs. 3 DSGVO das Eingreifen einer Person sowie die Darlegung meines Standpunkts.

Mit freundlichen Grüßen
Svenja Oltmanns"""),
M("de", "names", "request", ["access"], "Hans-Jürgen Müller-Lüdenscheidt", None, None, "Prof. Dr. und Doppelname, Anzeige 'Nachname, Vorname'",
  ("Müller-Lüdenscheidt, Hans-Jürgen Prof. Dr.", "hj.mueller-l@uni-post.example"), "Selbstauskunft",
  """Sehr geehrte Damen und Herren,

bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben.

Prof. Dr. Hans-Jürgen Müller-Lüdenscheidt""", qph=True, cs="iso-8859-1", cte="quoted-printable"),

# ---------------- French ----------------
M("fr", "agent", "request", ["access"], "Manon Giraud", "Boulangeries du Midi SAS", "Stéphane Roux",
  "RH transfère en ligne (TR:) la demande d'une salariée",
  ("Stéphane Roux", "rh@boulangeriesdumidi.example"), "TR: demande d'accès à mes données",
  """Bonjour,

Je vous transfère la demande de notre salariée Manon Giraud, les données concernées étant hébergées dans votre CRM.

Bien cordialement,
Stéphane Roux
Responsable RH – Boulangeries du Midi SAS

-------- Message transféré --------
Sujet : demande d'accès à mes données
Date : Mon, 7 Sep 2026 17:20:11 +0200
De : Manon Giraud <m.giraud@boulangeriesdumidi.example>
Pour : RH <rh@boulangeriesdumidi.example>

Bonjour Stéphane,
je voudrais récupérer tout ce qui est noté sur moi dans le CRM (commentaires clients, évaluations).
Merci
Manon"""),
M("fr", "legal_anchor", "request", ["automated_decision", "access"], "Pascal Lefebvre", None, None, "art. 22 RGPD décision automatisée",
  ("Pascal Lefebvre", "pascal.lefebvre@mailfr.example"), "Contestation d'une décision automatisée",
  """Madame, Monsieur,

Un de vos clients m'a indiqué que ma demande avait été rejetée automatiquement par un score calculé dans votre logiciel. Sur le fondement de l'article 22 du RGPD, je conteste cette décision et demande une intervention humaine, ainsi que des informations utiles sur la logique sous-jacente.

Pascal Lefebvre"""),

# ---------------- Spanish ----------------
M("es", "form", "request", ["erasure", "objection"], "Rocío Manzano Herrera", "Grupo Textil del Bajío, S.A. de C.V.", None,
  "formulario ARCO robot México con cancelación",
  ("Portal ARCO", "arco@massistcrm-web.example"), "Solicitud ARCO #MX-20931",
  """Solicitud recibida desde el portal de derechos ARCO.

Titular: Rocío Manzano Herrera
Empresa: Grupo Textil del Bajío, S.A. de C.V.
Correo: rocio.manzano@textilbajio.example
Derecho(s): Cancelación; Oposición
Descripción: Ya no trabajo en la empresa y sigo recibiendo invitaciones.

Mensaje generado automáticamente, no responda.""", reply_to="rocio.manzano@textilbajio.example",
  hdrs={"Auto-Submitted": "auto-generated"}, cte="quoted-printable"),
M("es", "agent", "request", ["access"], "Carmen Lozano Pérez", None, "Javier Ortega",
  "gestoría/servicio que actúa en nombre de la interesada",
  ("Javier Ortega | Privacidad Fácil", "solicitudes@privacidadfacil.example"), "Derecho de acceso en nombre de Dña. Carmen Lozano Pérez",
  """Estimados señores:

Privacidad Fácil, S.L., en representación de Dña. Carmen Lozano Pérez (se adjunta autorización firmada y copia del DNI), ejercita el derecho de acceso a sus datos personales.

Quedamos a la espera de su respuesta.

Javier Ortega
Departamento de Tramitación
Privacidad Fácil, S.L."""),

# ---------------- Italian ----------------
M("it", "agent", "request", ["access", "rectification"], "Luca Moretti", "Officine Meccaniche Padane S.p.A.", "Chiara Galli",
  "HR inoltra come allegato message/rfc822",
  ("Chiara Galli", "risorse.umane@omp-spa.example"), "I: Richiesta dati – L. Moretti",
  """Buongiorno,

inoltro in allegato la richiesta del nostro dipendente Luca Moretti, relativa ai dati registrati nel vostro CRM.

Cordiali saluti
Chiara Galli
Ufficio Risorse Umane
Officine Meccaniche Padane S.p.A.""", shape="rfc822", cs="iso-8859-15", cte="quoted-printable",
  inner=M("it", "", "", [], None, None, None, "", ("Luca Moretti", "luca.moretti@omp-spa.example"), "richiesta",
          """Ciao Chiara,

vorrei vedere i dati che il CRM conserva su di me e far correggere il numero di cellulare, che è sbagliato.

Grazie
Luca""", to="risorse.umane@omp-spa.example")),
M("it", "footer_rights", "request", ["objection"], "Sara Colombo", "Colombo Viaggi S.n.c.", None, "opposizione sopra informativa privacy",
  ("Sara Colombo", "sara@colomboviaggi.example"), "basta newsletter",
  """Buongiorno, per favore non mandatemi più newsletter né offerte. Grazie

Sara Colombo
Colombo Viaggi S.n.c.

INFORMATIVA PRIVACY – Ai sensi degli artt. 13 e 14 del Regolamento UE 2016/679, l'interessato può esercitare i diritti di accesso, rettifica, cancellazione, limitazione, portabilità e opposizione scrivendo a privacy@colomboviaggi.example."""),

# ---------------- Portuguese ----------------
M("pt", "form", "request", ["erasure"], "Larissa Cavalcanti", "Cavalcanti Imóveis Ltda.", None, "formulário robô do Encarregado (Brasil)",
  ("Formulário LGPD", "nao-responda@massistcrm-web.example"), "Nova solicitação do titular",
  """Nova solicitação registrada no canal do Encarregado.

Nome completo: Larissa Cavalcanti
Empresa: Cavalcanti Imóveis Ltda.
E-mail: larissa@cavalcantiimoveis.example
Tipo de solicitação: Eliminação dos dados
Observações: não autorizei o cadastro.""", reply_to="larissa@cavalcantiimoveis.example", hdrs={"Auto-Submitted": "auto-generated"}),
M("pt", "multi_right", "request", ["access", "rectification", "erasure"], "Tiago Marques", None, None, "PT-PT vários direitos",
  ("Tiago Marques", "tiago.marques@sapomail.example"), "Pedido",
  """Olá,

Queria três coisas: saber que dados meus têm, corrigir o meu apelido (é Marques, não Marquez) e depois apagar o contacto antigo do Porto.

Obrigado,
Tiago Marques"""),

# ---------------- Dutch ----------------
M("nl", "form", "request", ["access"], "Fleur Janssen", "Janssen Bloemen B.V.", None, "formulier-robot met velden",
  ("Massist formulier", "formulier@massistcrm-web.example"), "Nieuw privacyverzoek via website",
  """Naam: Fleur Janssen
Bedrijf: Janssen Bloemen B.V.
E-mailadres: fleur@janssenbloemen.example
Soort verzoek: Inzage
Toelichting: Ik wil weten wat er over mij is vastgelegd.""", reply_to="fleur@janssenbloemen.example",
  hdrs={"Auto-Submitted": "auto-generated"}),
M("nl", "footer_rights", "request", ["erasure"], "Ruud de Wit", "De Wit Accountants B.V.", None, "verwijderverzoek boven disclaimer met rechten",
  ("Ruud de Wit", "r.dewit@dewitaccountants.example"), "Verwijderen",
  """Goedemorgen, graag mijn gegevens uit jullie bestand verwijderen. Dank.

Met vriendelijke groet,
Ruud de Wit
De Wit Accountants B.V.

Disclaimer: De informatie in dit bericht is vertrouwelijk. Op grond van de AVG heeft u recht op inzage, correctie, verwijdering en overdraagbaarheid van uw gegevens en kunt u bezwaar maken; zie dewitaccountants.example/privacy.""", cs="iso-8859-1", cte="quoted-printable"),

# ---------------- Polish ----------------
M("pl", "agent", "request", ["access"], "Paweł Majewski", "Budimex-Pol S.A.", "Katarzyna Wójcik",
  "dział kadr przekazuje wniosek pracownika w załączniku",
  ("Katarzyna Wójcik", "kadry@budimexpol.example"), "PD: Wniosek o dostęp do danych",
  """Dzień dobry,

w załączeniu przekazuję wniosek naszego pracownika, Pawła Majewskiego, dotyczący danych w systemie Massist CRM.

Pozdrawiam
Katarzyna Wójcik
Dział Kadr
Budimex-Pol S.A.""", shape="rfc822", cs="iso-8859-2", cte="quoted-printable",
  inner=M("pl", "", "", [], None, None, None, "", ("Paweł Majewski", "p.majewski@budimexpol.example"), "dostęp do danych",
          """Pani Kasiu,

poproszę o kopię wszystkich moich danych z CRM.

Paweł Majewski""", to="kadry@budimexpol.example")),

# ---------------- Czech / Slovak / Slovenian / Croatian ----------------
M("cs", "agent", "request", ["erasure"], "Adéla Nováková", None, "Jana Nováková", "matka za nezletilou dceru",
  ("Jana Nováková", "jana.novakova@posta-cz.example"), "Údaje mé dcery",
  """Dobrý den,

moje dcera Adéla Nováková (15 let) je vedená ve vašem systému, aniž by k tomu kdokoli dal souhlas. Jako zákonný zástupce žádám o vymazání jejích údajů.

Jana Nováková""", cs="windows-1250", cte="8bit"),
M("sk", "footer_rights", "request", ["rectification"], "Katarína Vargová", "Vargo Trans, a.s.", None, "oprava nad pätičkou GDPR",
  ("Katarína Vargová", "k.vargova@vargotrans.example"), "Oprava adresy",
  """Dobrý deň, prosím opravte moju adresu na Hlavná 12, Košice. Ďakujem.

Katarína Vargová
Vargo Trans, a.s.

Informácie o spracúvaní osobných údajov a o vašich právach (prístup, oprava, vymazanie, obmedzenie, prenosnosť, námietka) nájdete na vargotrans.example/gdpr.""", cs="iso-8859-2", cte="quoted-printable"),
M("sl", "agent", "request", ["access"], "Matej Horvat", None, "Petra Kolar", "odvetnica za stranko",
  ("Petra Kolar", "kolar@odvetnica-kolar.example"), "Zahteva v imenu stranke",
  """Spoštovani,

v imenu stranke Mateja Horvata (pooblastilo v prilogi) zahtevam seznanitev z vsemi njegovimi osebnimi podatki.

Stranka: Matej Horvat
Petra Kolar, odvetnica"""),
M("hr", "form", "request", ["erasure"], "Luka Knežević", "Knežević Trgovina j.d.o.o.", None, "web obrazac robot",
  ("Web obrazac", "noreply@massistcrm-web.example"), "Novi zahtjev ispitanika",
  """Ime i prezime: Luka Knežević
Tvrtka: Knežević Trgovina j.d.o.o.
E-pošta: luka@knezevic-trgovina.example
Vrsta zahtjeva: Brisanje podataka
Poruka: Ne želim biti u bazi.""", reply_to="luka@knezevic-trgovina.example", hdrs={"Auto-Submitted": "auto-generated"}),

# ---------------- Hungarian / Romanian / Bulgarian ----------------
M("hu", "agent", "request", ["access", "erasure"], "Tóth Anna", None, "Kiss Gábor", "ügyvéd ügyfele nevében, dr. elhagyva",
  ("dr. Kiss Gábor ügyvéd", "kiss.gabor@kissugyvediiroda.example"), "Tóth Anna ügyfelem adatai",
  """Tisztelt Cím!

Tóth Anna ügyfelem megbízásából (meghatalmazás mellékelve) kérem a róla kezelt személyes adatok másolatát, majd azok törlését.

Tisztelettel:
dr. Kiss Gábor
ügyvéd"""),
M("ro", "footer_rights", "request", ["access"], "Cristina Ionescu", "Carpați Software S.A.", None, "cerere deasupra unei note GDPR",
  ("Cristina Ionescu", "cristina.ionescu@carpatisoft.example"), "datele mele",
  """Bună ziua, aș dori o copie a datelor mele personale. Mulțumesc!

Cristina Ionescu
Carpați Software S.A.

Notă: Conform GDPR, aveți dreptul de acces, rectificare, ștergere, restricționare, portabilitate și opoziție. Pentru exercitarea drepturilor scrieți la dpo@carpatisoft.example."""),
M("bg", "agent", "request", ["erasure"], "Петър Стоянов", None, "Десислава Маринова", "адвокат от името на клиент",
  ("адв. Десислава Маринова", "marinova@advokat-bg.example"), "Искане от името на Петър Стоянов",
  """Уважаеми госпожи и господа,

В качеството си на пълномощник на Петър Стоянов (пълномощно приложено) искам изтриване на всички лични данни на доверителя ми.

С уважение,
адв. Десислава Маринова""", cs="windows-1251", cte="quoted-printable"),

# ---------------- Nordic ----------------
M("sv", "agent", "request", ["access"], "Wilma Ek", None, "Fredrik Ek", "förälder för minderårig dotter",
  ("Fredrik Ek", "fredrik.ek@postlada.example"), "Min dotters uppgifter",
  """Hej,

Min dotter Wilma Ek (13 år) har fått reklam från ett företag som använder ert system. Jag är hennes vårdnadshavare och vill veta vilka uppgifter ni har om henne.

Fredrik Ek"""),
M("da", "form", "request", ["erasure"], "Søren Holm", "Holm & Søn A/S", None, "formular-robot",
  ("Kontaktformular", "noreply@massistcrm-web.example"), "Ny henvendelse: sletning",
  """Navn: Søren Holm
Virksomhed: Holm & Søn A/S
E-mail: soren@holmogson.example
Type: Sletning af data
Besked: Slet venligst min profil.""", reply_to="soren@holmogson.example", hdrs={"Auto-Submitted": "auto-generated"},
  cs="iso-8859-1", cte="quoted-printable"),
M("fi", "agent", "request", ["access"], "Mikko Virtanen", "Virtasen Rakennus Oy", "Satu Laine",
  "HR välittää työntekijän pyynnön (VL:) tekstissä",
  ("Satu Laine", "hr@virtasenrakennus.example"), "VL: Tietopyyntö",
  """Hei,

välitän alla työntekijämme Mikko Virtasen pyynnön.

Terveisin
Satu Laine
HR-päällikkö, Virtasen Rakennus Oy

-----Alkuperäinen viesti-----
Lähettäjä: Mikko Virtanen <mikko.virtanen@virtasenrakennus.example>
Aihe: Tietopyyntö

Haluaisin nähdä, mitä tietoja CRM:ssä on minusta.
Mikko Virtanen"""),
M("no", "agent", "request", ["erasure"], "Ola Bakke", None, "Hilde Strand", "advokat for klient",
  ("Advokat Hilde Strand", "hilde.strand@strandadvokat.example"), "Krav om sletting på vegne av klient",
  """Hei,

Jeg representerer Ola Bakke (fullmakt vedlagt) og krever på hans vegne sletting av alle personopplysninger dere behandler om ham.

Med vennlig hilsen
Hilde Strand
Advokat, Strand Advokatfirma AS"""),

# ---------------- Baltic / Greek / Maltese / Irish ----------------
M("et", "not_request", "bounce", [], None, None, None, "eestikeelne kohaletoimetamise teade",
  ("Postisüsteem", "postmaster@mx.neti-post.example"), "Kirja ei saanud kohale toimetada",
  """Teie kirja ei õnnestunud järgmisele aadressile toimetada:

tonu.kask@neti-post.example
Põhjus: postkast on täis.""", shape="report", received=False,
  report=dict(mta="mx.neti-post.example", rcpt="tonu.kask@neti-post.example", status="4.2.2", remote="mx.neti-post.example",
              diag="452 4.2.2 Mailbox full")),
M("lv", "agent", "request", ["access"], "Kristaps Liepa", "Rīgas Tirdzniecības Nams SIA", "Dace Ozoliņa",
  "HR pārsūta darbinieka pieprasījumu",
  ("Dace Ozoliņa", "personals@rtn.example"), "Pārs.: Datu pieprasījums",
  """Labdien,

pārsūtu mūsu darbinieka Kristapa Liepas pieprasījumu. Dati atrodas jūsu CRM.

Darbinieks: Kristaps Liepa
Dace Ozoliņa
Personāla daļa, Rīgas Tirdzniecības Nams SIA

---------- Pārsūtīta ziņa ----------
No: Kristaps Liepa
Lūdzu, iegūstiet kopiju visiem maniem datiem no CRM.""", cs="windows-1257", cte="quoted-printable"),
M("lt", "footer_rights", "request", ["erasure"], "Dovilė Žukauskaitė", "Baltic Amber UAB", None, "prašymas virš BDAR poraštės",
  ("Dovilė Žukauskaitė", "dovile@balticamber.example"), "Ištrinti",
  """Sveiki, prašau ištrinti mano duomenis. Ačiū.

Dovilė Žukauskaitė
Baltic Amber UAB

Pagal BDAR turite teisę susipažinti su savo duomenimis, juos ištaisyti, ištrinti, apriboti jų tvarkymą ir nesutikti su tvarkymu."""),
M("el", "footer_rights", "request", ["objection"], "Κατερίνα Γεωργίου", "Γεωργίου Τουριστική Ο.Ε.", None, "αντίρρηση πάνω από υποσέλιδο",
  ("Κατερίνα Γεωργίου", "katerina@georgiou-tour.example"), "Διαφημιστικά email",
  """Καλησπέρα, μη μου στέλνετε άλλα διαφημιστικά μηνύματα. Ευχαριστώ.

Κατερίνα Γεωργίου
Γεωργίου Τουριστική Ο.Ε.

Σύμφωνα με τον ΓΚΠΔ έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού, φορητότητας και εναντίωσης.""", cs="windows-1253", cte="quoted-printable"),
M("mt", "agent", "request", ["erasure"], "Rebecca Grech", None, "Mark Vella", "avukat għan-nom ta' klijenta",
  ("Dr Mark Vella", "mvella@vellaadvocates.example"), "Talba f'isem il-klijenta tiegħi",
  """Sinjuri,

F'isem il-klijenta tiegħi, Rebecca Grech, nitlob it-tħassir tad-data personali kollha tagħha. Il-prokura hija mehmuża.

Dr Mark Vella
Avukat"""),
M("ga", "not_request", "other", [], "Caoimhe de Búrca", None, None, "ceist ghinearálta a luann cearta",
  ("Caoimhe de Búrca", "caoimhe.deburca@eirpost.example"), "Ceist faoi Ghaeilge",
  """Dia dhaoibh,

An féidir le duine iarratas rochtana nó iarratas scriosta a chur chugaibh as Gaeilge? Níl iarratas á dhéanamh agam anois, ach ba mhaith liom a fháil amach.

Go raibh maith agaibh,
Caoimhe de Búrca"""),

# ---------------- East ----------------
M("uk", "agent", "request", ["access"], "Віктор Гончаренко", "ПрАТ «Дніпро Агро»", "Наталія Кравець",
  "відділ кадрів пересилає запит працівника",
  ("Наталія Кравець", "kadry@dnipro-agro.example"), "Fwd: Запит на доступ до даних",
  """Доброго дня,

пересилаю запит нашого працівника Віктора Гончаренка щодо даних у вашій CRM.

Працівник: Віктор Гончаренко
З повагою,
Наталія Кравець
відділ кадрів ПрАТ «Дніпро Агро»

---------- Forwarded message ---------
Від: Віктор Гончаренко
Прошу надати копію моїх даних із CRM.""", cs="windows-1251", cte="quoted-printable"),
M("tr", "agent", "request", ["access", "erasure"], "Burak Yıldız", None, "Selin Arslan", "avukat müvekkil adına KVKK",
  ("Av. Selin Arslan", "selin.arslan@arslanhukuk.example"), "Müvekkilim Burak Yıldız adına başvuru",
  """Sayın Yetkili,

Müvekkilim Burak Yıldız adına, ekte sunulan vekâletname ile, KVKK md. 11 kapsamında kişisel verilerinin bir kopyasını ve akabinde silinmesini talep ederim.

Saygılarımla,
Av. Selin Arslan""", cs="iso-8859-9", cte="quoted-printable"),
M("ar", "footer_rights", "request", ["erasure"], "سارة العتيبي", "مؤسسة الأفق للاستشارات", None, "طلب حذف فوق تذييل حقوق الخصوصية",
  ("سارة العتيبي", "sara@alofuq.example"), "حذف بياناتي",
  """مرحبًا، أرجو حذف بياناتي من نظامكم. شكرًا.

سارة العتيبي
مؤسسة الأفق للاستشارات

إشعار الخصوصية: يحق لك الوصول إلى بياناتك الشخصية وتصحيحها وحذفها والاعتراض على معالجتها.""", shape="html", cs="windows-1256", cte="quoted-printable"),
M("he", "form", "request", ["erasure"], "רונית אברהם", "אברהם שיווק בע\"מ", None, "טופס אתר אוטומטי",
  ("טופס פרטיות", "noreply@massistcrm-web.example"), "בקשה חדשה מהאתר",
  """שם מלא: רונית אברהם
חברה: אברהם שיווק בע"מ
דוא"ל: ronit@avraham-marketing.example
סוג בקשה: מחיקת מידע
הודעה: אנא מחקו את הפרטים שלי.""", reply_to="ronit@avraham-marketing.example", hdrs={"Auto-Submitted": "auto-generated"}),
M("hi", "agent", "request", ["erasure"], "Aarav Malhotra", None, "Neha Malhotra", "Hinglish: maa bete ke liye",
  ("Neha Malhotra", "neha.malhotra@mail-in.example"), "mere bete ka data",
  """Namaste,

Mera beta Aarav Malhotra 12 saal ka hai. Uska naam aur number aapke system mein kisi coaching company ne daal diya hai. Main uski mother hoon, please uska saara data delete kar dijiye.

Neha Malhotra"""),

# ---------------- Asia ----------------
M("ja", "access_items", "request", ["access"], "伊藤 直樹", None, None, "開示請求: 利用目的・第三者提供・保存期間",
  ("伊藤 直樹", "naoki.ito@mail-jp.example"), "開示請求について",
  """個人情報保護ご担当者様

以下について開示をお願いします。
一、貴社が保有する私の個人データの内容
二、利用目的
三、第三者提供の記録（提供先）
四、保存期間
五、取得元

伊藤 直樹""", cs="shift_jis", cte="8bit"),
M("zh", "access_items", "request", ["access"], "赵雪", None, None, "查阅: 处理目的、接收方、保存期限、来源",
  ("赵雪", "zhaoxue@mail-cn.example"), "个人信息查阅申请",
  """您好：

请告知以下事项：
1. 贵司处理的我的个人信息；
2. 处理目的和方式；
3. 向哪些第三方提供；
4. 保存期限；
5. 信息来源；
6. 是否存在自动化决策。

赵雪""", cte="base64"),
M("ko", "agent", "request", ["erasure"], "정하은", None, "정태호", "법정대리인(아버지)",
  ("정태호", "taeho.jung@mail-kr.example"), "자녀 개인정보 삭제 요청",
  """안녕하세요.

제 딸 정하은(만 13세)의 개인정보가 귀사 시스템에 등록되어 있습니다. 법정대리인으로서 삭제를 요청합니다.

정태호 드림""", cs="euc-kr", cte="quoted-printable"),
M("ru", "form", "request", ["access"], "Екатерина Волкова", "АО «Уралтехснаб»", None, "веб-форма робот",
  ("Форма обратной связи", "noreply@massistcrm-web.example"), "Новое обращение субъекта ПДн",
  """ФИО: Екатерина Волкова
Организация: АО «Уралтехснаб»
E-mail: volkova@uraltechsnab.example
Тип запроса: Доступ к данным
Комментарий: Хочу знать, какие мои данные хранятся.""", reply_to="volkova@uraltechsnab.example",
  hdrs={"Auto-Submitted": "auto-generated"}, cs="windows-1251", cte="base64"),
]
