from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Nikos Papadopoulos", note="Greeklish (Greek in Latin letters) counts as el", ua="none", cs="us-ascii",
 frm=("Nikos Papadopoulos", "nikos.pap@otenet-like.example"), subj="ti stoixeia exete gia mena?",
 body="""Kalispera sas,

mou tilefonei synexeia mia etaireia me fwtovoltaika kai mou eipan oti exoun to noumero mou apo to Massist. Ti stoixeia exete gia mena kai apo pou ta pirate? Steilte mou ta sto email.

Euxaristw
Nikos Papadopoulos
"""),

dict(cls="legal_anchor", rights=["access"], name="Ελένη Παπαδάκη", emp="Αιγαίον Ναυτιλιακή Α.Ε.", note="άρθρο 15 ΓΚΠΔ + ν. 4624/2019; Α.Ε. employer; iso-8859-7", ua="outlook", shape="alt", cs="iso-8859-7",
 frm=("Ελένη Παπαδάκη", "e.papadaki@aigaion-naftiliaki.example"), subj="Αίτημα πρόσβασης σύμφωνα με το άρθρο 15 ΓΚΠΔ",
 body="""Αξιότιμοι κύριοι/κυρίες,

Σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού Προστασίας Δεδομένων (ΕΕ) 2016/679 (ΓΚΠΔ) και τον ν. 4624/2019, παρακαλώ να μου επιβεβαιώσετε εάν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν και, εφόσον ναι, να μου χορηγήσετε αντίγραφο αυτών.

Με εκτίμηση,

Ελένη Παπαδάκη
Προϊσταμένη Λογιστηρίου
Αιγαίον Ναυτιλιακή Α.Ε.
Πειραιάς
"""),

dict(cls="names", rights=["erasure"], name="Γιώργος Κωνσταντίνου", note="passport-style Latin display 'KONSTANTINOU GEORGIOS', Greek name in signature; windows-1253", ua="web", cs="windows-1253", cte="quoted-printable",
 frm=("KONSTANTINOU GEORGIOS", "g.konstantinou@forthnet-like.example"), subj="Διαγραφή στοιχείων",
 body="""Καλημέρα σας,

Παρακαλώ να διαγράψετε όλα τα στοιχεία μου από το σύστημά σας. Είχα κάνει δοκιμαστικό λογαριασμό το 2022 και από τότε λαμβάνω συνέχεια διαφημιστικά μηνύματα.

Ευχαριστώ,
Γιώργος Κωνσταντίνου
"""),

dict(cls="form", rights=["rectification"], name="Κατερίνα Αλεξίου", emp="Κρητικά Ελαιόλαδα Ι.Κ.Ε.", note="Greek form with Όνομα/Εταιρεία/Είδος αιτήματος fields", ua="robot", cs="utf-8", cte="base64",
 frm=("Massist CRM", "noreply@massistcrm-web.example"), subj="Νέο αίτημα από τη φόρμα επικοινωνίας",
 hdrs=form_hdrs("Κατερίνα Αλεξίου <k.alexiou@kritika-elaiolada.example>"),
 body="""Νέο αίτημα από τη φόρμα "Προσωπικά δεδομένα"

Ονοματεπώνυμο: Κατερίνα Αλεξίου
Εταιρεία: Κρητικά Ελαιόλαδα Ι.Κ.Ε.
Email: k.alexiou@kritika-elaiolada.example
Είδος αιτήματος: Διόρθωση στοιχείων
Μήνυμα: Το κινητό μου στο προφίλ είναι λάθος, το σωστό είναι 69X XXX 0418. Ευχαριστώ.
"""),

dict(cls="not_request", kind="bulk", rights=[], note="Greek GDPR newsletter; bulk", ua="none", shape="alt", cs="utf-8",
 frm=("GDPR Ενημέρωση", "news@gdpr-enimerosi.example"), subj="Ενημερωτικό Δελτίο: Νέα πρόστιμα της Αρχής Προστασίας Δεδομένων",
 hdrs=bulk_hdrs("<news.gdpr-enimerosi.example>", "https://gdpr-enimerosi.example/unsubscribe?u=41a9"),
 body="""Ενημερωτικό Δελτίο – Τεύχος 58

• Η Αρχή Προστασίας Δεδομένων επέβαλε πρόστιμο για μη ικανοποίηση δικαιώματος πρόσβασης.
• Οδηγός: πώς απαντάτε σε αίτημα διαγραφής εντός μηνός.

Λαμβάνετε αυτό το μήνυμα επειδή εγγραφήκατε στο gdpr-enimerosi.example. Διαγραφή από τη λίστα: https://gdpr-enimerosi.example/unsubscribe?u=41a9
"""),
]
