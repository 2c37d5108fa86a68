from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Jordi Puig", note="Catalan plain wording", ua="gmail", cs="utf-8",
 frm=("Jordi Puig", "jordi.puig@correu-cat.example"), subj="Quines dades teniu de mi?",
 body="""Bon dia,

Fa setmanes que em truca una empresa de plaques solars i diuen que tenen el meu número "del Massist". Quines dades meves teniu i d'on les heu tret?

Gràcies,
Jordi Puig
"""),

dict(cls="legal_anchor", rights=["erasure"], name="Montserrat Ferrer i Vidal", emp="Cooperativa Agrícola de Valls SCCL", note="Catalan, RGPD art. 17; name with conjunction 'i'; SCCL legal form", ua="outlook", shape="alt", cs="iso-8859-1",
 frm=("Montserrat Ferrer i Vidal", "mferrer@coopvalls.example"), subj="Sol·licitud de supressió de dades (art. 17 RGPD)",
 body="""Benvolguts,

D'acord amb l'article 17 del Reglament (UE) 2016/679, us sol·licito la supressió de les dades personals que em vau recollir en les jornades de formació de l'any passat.

Cordialment,

Montserrat Ferrer i Vidal
Cap d'administració
Cooperativa Agrícola de Valls SCCL
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="Núria Soler", note="Catalan out-of-office", ua="outlook", cs="utf-8",
 frm=("Núria Soler", "nuria.soler@gironina-serveis.example"), subj="Resposta automàtica: La vostra sol·licitud", hdrs=ooo_hdrs("exchange"),
 body="""Bon dia,

Sóc fora de l'oficina fins al 2 de setembre. Per a qualsevol urgència, truqueu al 972 00 00 00.

Salutacions,
Núria Soler
"""),
]
