from . import M, AR, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "Jordi Puigdomènech i Serra", None, None,
  "Catalan colloquial, 'i' between surnames kept; remove me from everything",
  ("Jordi Puigdomènech", "jpuigdomenech@correu-cat.example"),
  "Esborreu les meves dades",
  """
Bon dia,

Fa mesos que rebo correus vostres i trucades d'un comercial que diu que tinc una fitxa al vostre sistema. No recordo haver-vos donat mai res. Us demano que ho esborreu tot: nom, telèfon, correu, notes, tot.

Moltes gràcies,
Jordi Puigdomènech i Serra
Vic
""", cs="iso-8859-1", cte="8bit"),

M("legal_anchor", "request", ["rectification"], "Núria Ferrer Vidal", "Cooperativa Agrícola de Valls SCCL", None,
  "RGPD art. 16 in Catalan; employer cooperative SCCL under job title",
  ("Núria Ferrer Vidal", "nferrer@coopvalls.example"),
  "Sol·licitud de rectificació (art. 16 RGPD)",
  """
Benvolguts,

D'acord amb l'article 16 del Reglament general de protecció de dades (RGPD), sol·licito la rectificació de les meves dades a la vostra plataforma: el meu segon cognom hi consta com a "Vidaller", i és "Vidal". També hi consta un telèfon fix que ja no és meu.

Resto a l'espera de la vostra confirmació.

Cordialment,

Núria Ferrer Vidal
Responsable d'administració
Cooperativa Agrícola de Valls SCCL
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("not_request", "auto_reply", [], "Marc Roca", None, None,
  "Catalan out-of-office reply",
  ("Marc Roca", "mroca@ajuntament-olot.example"),
  "Resposta automàtica: Re: La vostra sol·licitud",
  """
Bon dia,

Estic fora de l'oficina fins al dilluns 8 de setembre sense accés al correu. Per a qualsevol qüestió urgent, adreceu-vos a administracio@ajuntament-olot.example.

Gràcies,
Marc Roca
""", cs="utf-8", cte="8bit", headers=AR()),
]
