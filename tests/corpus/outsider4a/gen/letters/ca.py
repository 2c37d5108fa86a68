from spec import M

MAILS = [
M(rights=["rectification"], name="Jordi Puig i Soler", cls="plain_words",
  note="everyday Catalan: surname wrong, fix it; Catalan 'i' between surnames kept",
  frm=("Jordi Puig i Soler", "jordi.puig@vilaweb-correu.example"), subj="Teniu malament el meu cognom",
  cs="iso-8859-15", cte="qp", client="thunderbird", hq="Q",
  body="""Bon dia,

A la vostra aplicació consto com a "Jordi Puig Solé", però el meu segon cognom és Soler. M'arriben així les factures i els correus.

Ho podríeu corregir, si us plau?

Gràcies,
Jordi Puig i Soler
"""),

M(rights=["restriction"], name="Montserrat Vila", cls="plain_words",
  note="everyday Catalan: don't use my data until you clear it up, but don't delete = restriction",
  frm=("Montserrat Vila", "montse.vila@correu-cat.example"), subj="No feu servir les meves dades de moment",
  cte="8bit", client="gmail",
  body="""Hola,

Fa una setmana us vaig escriure perquè al sistema em surt un deute d'una quota que no és meva. Fins que no ho aclariu, us demano que no feu servir les meves dades per a res: ni avisos de cobrament, ni passar-les a ningú.

Això sí, no les esborreu, que les necessito per a la reclamació.

Moltes gràcies,
Montserrat Vila
"""),

M(kind="auto_reply", name="Núria Serra", cls="not_request", note="Catalan out-of-office auto-reply",
  frm=("Núria Serra", "nuria.serra@serra-assessors.example"), subj="Resposta automàtica: Sol·licitud d'accés",
  cs="iso-8859-1", cte="qp", client="outlook", hq="Q",
  hdr=["Auto-Submitted: auto-replied"],
  body="""Bon dia,

Soc fora de l'oficina fins al 2 de setembre. Per a qüestions urgents, escriviu a despatx@serra-assessors.example.

Núria Serra
"""),
]
