from spec import M

MAILS = [
M(rights=["access"], name="Γιώργος Παπαδόπουλος", cls="names",
  note="everyday Greek: what do you have on me; name in genitive in text, nominative in signature",
  frm=("Γιώργος Παπαδόπουλος", "g.papadopoulos@otenet-mail.example"), subj="Τι στοιχεία μου έχετε;",
  cs="iso-8859-7", cte="qp", client="thunderbird", hq="B",
  body="""Καλησπέρα σας,

μου έρχονται email από εσάς με το όνομα του Γιώργου Παπαδόπουλου και τη διεύθυνση της δουλειάς μου, χωρίς να έχω γραφτεί ποτέ. Θα ήθελα να μου πείτε τι στοιχεία μου έχετε, από πού τα πήρατε και σε ποιον τα έχετε δώσει.

Ευχαριστώ,
Γιώργος Παπαδόπουλος
"""),

M(rights=["objection", "access"], name="Nikos Georgiou", cls="multi_right",
  note="Greeklish = el; stop calling me + tell me what data you have on me",
  frm=("Nikos Georgiou", "nikosgeo84@mail-gr.example"), subj="stamatiste na me pairnete",
  cte="7bit", client="android",
  body="""Kalimera,

edw kai ena mina me pairnete tilefwno sxedon kathe mera gia na mou poulisete to programma sas. Den endiaferomai. Stamatiste na me pairnete kai na mou stelnete mail me prosfores, sas parakalw.

Kai thelw na mou peite ti stoixeia mou exete kai apo pou ta vrikate.

Nikos Georgiou
"""),

M(rights=["restriction"], name="Ελένη Κωνσταντίνου", employer="Αιγαίο Τρόφιμα Α.Ε.", cls="legal_anchor",
  note="art. 18 GDPR (ΓΚΠΔ) and Greek law 4624/2019; Α.Ε. in signature",
  frm=("Ελένη Κωνσταντίνου", "e.konstantinou@aigaio-trofima.example"), subj="Αίτημα περιορισμού επεξεργασίας (άρθρο 18 ΓΚΠΔ)",
  cs="windows-1253", cte="qp", client="outlook", shape="alt", style="outlook", hq="B",
  body="""Αξιότιμοι κύριοι/κυρίες,

Με βάση το άρθρο 18 παρ. 1 στοιχ. α΄ του Γενικού Κανονισμού Προστασίας Δεδομένων (ΓΚΠΔ) και τον ν. 4624/2019, ζητώ τον περιορισμό της επεξεργασίας των προσωπικών μου δεδομένων στο Massist CRM, για όσο διάστημα ελέγχετε την ακρίβεια των στοιχείων πωλήσεων που μου αποδίδονται και αμφισβητώ.

Με εκτίμηση,

Ελένη Κωνσταντίνου
Διευθύντρια Πωλήσεων
Αιγαίο Τρόφιμα Α.Ε.
Πειραιάς
"""),

M(rights=["erasure"], name="Δημήτρης Αντωνίου", agent="Μαρία Αντωνίου", cls="agent",
  note="mother for a minor son; child's name in nominative on a 'child's name' line",
  frm=("Μαρία Αντωνίου", "maria.antoniou@mail-gr.example"), subj="Στοιχεία του γιου μου",
  cte="b64", client="apple",
  body="""Καλημέρα σας,

ο γιος μου είναι 13 χρονών και είναι γραμμένος στην ακαδημία μπάσκετ της γειτονιάς μας, που χρησιμοποιεί το πρόγραμμά σας. Τελευταία λαμβάνει διαφημιστικά email από εσάς στο δικό του mail.

Σας παρακαλώ να διαγράψετε όλα τα στοιχεία του.

Όνομα παιδιού: Δημήτρης Αντωνίου
Μαρία Αντωνίου (μητέρα)

Εστάλη από το iPhone μου
"""),

M(kind="auto_reply", name="Κατερίνα Βλάχου", cls="not_request", note="Greek out-of-office auto-reply",
  frm=("Κατερίνα Βλάχου", "k.vlachou@vlachou-law.example"), subj="Αυτόματη απάντηση: Αίτημα πρόσβασης",
  cs="windows-1253", cte="qp", client="outlook", hq="B",
  hdr=["Auto-Submitted: auto-replied"],
  body="""Σας ευχαριστώ για το μήνυμά σας. Θα απουσιάζω από το γραφείο έως τις 25 Αυγούστου. Για επείγοντα θέματα επικοινωνήστε στο info@vlachou-law.example.

Κατερίνα Βλάχου
"""),
]
