from . import M, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "Giorgos Antoniou", None, None,
  "Greeklish (Greek in Latin letters) from phone: delete my data",
  ("Giorgos Antoniou", "g.antoniou88@otenet-mail.example"),
  "diagrafi stoixeiwn",
  """
Kalispera sas,

mou stelnete synexeia emails kai me pairnei tilefwno enas pwlitis sas. Den exw kanei pote eggrafi. Thelw na diagrapsete ola ta stoixeia mou apo to systima sas, onoma, kinito, ola.

Euxaristw
Giorgos Antoniou
""", cs="us-ascii", cte="7bit"),

M("legal_anchor", "request", ["access"], "Αικατερίνη Μαυρίδου", None, None,
  "Άρθρο 15 ΓΚΠΔ + ν. 4624/2019, iso-8859-7, formal",
  ("Αικατερίνη Μαυρίδου", "k.mavridou@forthnet-mail.example"),
  "Αίτημα πρόσβασης - άρθρο 15 ΓΚΠΔ",
  """
Αξιότιμοι κύριοι,

Με την παρούσα ασκώ το δικαίωμα πρόσβασης που μου παρέχει το άρθρο 15 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΓΚΠΔ, Κανονισμός (ΕΕ) 2016/679) και ο ν. 4624/2019, και ζητώ να μου γνωστοποιήσετε αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν και, εφόσον ναι, να μου χορηγήσετε αντίγραφο αυτών.

Παρακαλώ για την απάντησή σας εντός της προθεσμίας του ενός μηνός.

Με εκτίμηση,
Αικατερίνη Μαυρίδου
Θεσσαλονίκη
""", cs="iso-8859-7", cte="quoted-printable"),

M("agent", "request", ["erasure", "objection"], "Γεώργιος Παπαδόπουλος", None, "Ευαγγελία Κωνσταντίνου",
  "Lawyer (Δικηγόρος) for client; client's name in genitive in text, nominative in 'Εντολέας' line",
  ("Ευαγγελία Κωνσταντίνου - Δικηγορικό Γραφείο", "ek.law@dikigoroi-ath.example"),
  "Εξώδικη δήλωση - Διαγραφή δεδομένων εντολέα μου",
  """
Κύριοι,

Ενεργώντας ως πληρεξούσια δικηγόρος του Γεωργίου Παπαδόπουλου του Νικολάου, σας δηλώνω τα εξής:

Ο εντολέας μου αντιτίθεται στην επεξεργασία των προσωπικών του δεδομένων για σκοπούς απευθείας εμπορικής προώθησης και ζητεί τη διαγραφή όλων των δεδομένων του από τα συστήματά σας (άρθρα 17 και 21 ΓΚΠΔ).

Εντολέας: Γεώργιος Παπαδόπουλος
Διεύθυνση: Σόλωνος 55, 106 72 Αθήνα

Η εξουσιοδότηση επισυνάπτεται.

Με τιμή,
Ευαγγελία Κωνσταντίνου
Δικηγόρος Αθηνών
""", shape="html", style="outlook", cs="windows-1253", cte="quoted-printable"),

M("multi_right", "request", ["withdraw_consent", "portability"], "Δημήτρης Νικολάου", None, None,
  "Withdraw consent + portability, informal Greek, windows-1253",
  ("Δημήτρης Νικολάου", "dimitris.nikolaou@ath-mail.example"),
  "Ανάκληση συγκατάθεσης & εξαγωγή δεδομένων",
  """
Γεια σας,

Δύο πράγματα:

1. Ανακαλώ τη συγκατάθεση που είχα δώσει για να λαμβάνω ενημερώσεις και προσφορές.
2. Θέλω να μου στείλετε τα δεδομένα που είχα ανεβάσει εγώ στον λογαριασμό μου (επαφές, σημειώσεις) σε αρχείο CSV ή Excel για να τα μεταφέρω αλλού.

Ευχαριστώ,
Δημήτρης Νικολάου
""", cs="windows-1253", cte="8bit"),

M("employer", "request", ["restriction"], "Σοφία Οικονόμου", "ΑΛΦΑ ΔΙΑΝΟΜΕΣ Α.Ε.", None,
  "Employer Α.Ε. in text; restriction while dispute about accuracy",
  ("Sofia Oikonomou", "s.oikonomou@alfa-dianomes.example"),
  "Περιορισμός επεξεργασίας",
  """
Καλημέρα σας,

Εργάζομαι στην ΑΛΦΑ ΔΙΑΝΟΜΕΣ Α.Ε., η οποία χρησιμοποιεί το Massist CRM. Στο προφίλ μου υπάρχουν σημειώσεις για «παράπονα πελατών» που δεν ισχύουν. Μέχρι να ελεγχθεί η ακρίβειά τους, ζητώ να περιοριστεί η επεξεργασία τους και να μην εμφανίζονται σε άλλους χρήστες.

Με εκτίμηση,
Σοφία Οικονόμου
Τμήμα Πωλήσεων
""", shape="alt", cs="utf-8", cte="base64"),

M("not_request", "other", [], "Νίκος Σταματόπουλος", "CloudGreece Μονοπρόσωπη Ι.Κ.Ε.", None,
  "Greek vendor offering hosting and asking about DPA; no rights",
  ("Νίκος Σταματόπουλος", "n.stamatopoulos@cloudgreece.example"),
  "Συνεργασία - σύμβαση εκτελούντος την επεξεργασία",
  """
Καλησπέρα σας,

Είμαστε πάροχος υπηρεσιών cloud με data center στην Αθήνα. Θα θέλαμε να σας παρουσιάσουμε τις υπηρεσίες μας και να μάθουμε αν απαιτείτε σύμβαση εκτελούντος την επεξεργασία (άρθρο 28 ΓΚΠΔ) από τους προμηθευτές σας.

Μπορούμε να κανονίσουμε ένα σύντομο τηλεφώνημα;

Φιλικά,
Νίκος Σταματόπουλος
Business Development
CloudGreece Μονοπρόσωπη Ι.Κ.Ε.
""", cs="iso-8859-7", cte="8bit"),
]
