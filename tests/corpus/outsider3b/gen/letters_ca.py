# Catalan letters (4).

LETTERS = [
# 001
dict(cls="plain_words", rights=["nomination"], name="Montserrat Puig", emp=None, agent=None,
     note="Northern Catalan (France): after I die my daughter decides about my data, plain words",
     frm=("Montserrat Puig", "montse.puig@perpinya-mail.example"), subj="Qui s'ocuparà de les meves dades",
     cs="iso-8859-15", cte="quoted-printable",
     body="""
Bon dia,

visc a Perpinyà i tinc 74 anys. Estic donada d'alta al vostre sistema a través de la meva mútua.

Vull deixar escrit que, quan em mori, sigui la meva filla, la Núria Vidal Puig (nuria.vidal@perpinya-mail.example), qui pugui decidir què es fa amb les meves dades: si s'esborren, si es guarden o el que calgui. Us demano que ho anoteu.

Moltes gràcies,
Montserrat Puig
"""),
# 002
dict(cls="plain_words", rights=["rectification"], name="Jordi Puigdomènech i Soler", emp="Cooperativa Agrícola de Valls SCCL", agent=None,
     note="two surnames joined by 'i', misspelled; employer in signature",
     frm=("Jordi Puigdomènech", "jordi.puigdomenech@coopvalls.example"), subj="Teniu el meu cognom mal escrit",
     cs="utf-8", cte="quoted-printable",
     body="""
Hola,

al vostre sistema em teniu com a "Jordi Puigdomenec Soler". El nom bo és Jordi Puigdomènech i Soler, amb "ch" al final i accent obert a la è. I el telèfon que hi surt ja no és el meu: ara és el 977 00 12 34.

Ho podeu arreglar, si us plau?

Jordi Puigdomènech i Soler
Cap de magatzem
Cooperativa Agrícola de Valls SCCL
"""),
# 003
dict(cls="multi_right", rights=["access", "objection"], name="Laia Ferrer", emp=None, agent=None,
     note="what do you have on me + stop the advertising",
     frm=("Laia Ferrer", "laia.ferrer@xtec-mail.example"), subj="Les meves dades",
     cs="iso-8859-1", cte="8bit",
     body="""
Bona tarda,

voldria saber quines dades meves teniu i d'on les heu tret. Envieu-me-les, si us plau.

I, de passada, deixeu d'enviar-me publicitat per correu i per SMS, que no l'he demanada mai.

Gràcies,
Laia Ferrer
"""),
# 004
dict(cls="negation", rights=["objection"], name="Pere Casals", emp=None, agent=None,
     note="not withdrawing consent for e-invoices; only stop the calls",
     frm=("Pere Casals", "pere.casals@telefonica-mail.example"), subj="Trucades comercials",
     cs="utf-8", cte="8bit",
     body="""
Bon dia,

no vull retirar el consentiment per rebre les factures per correu electrònic; això, que continuï igual. Només us demano que deixeu de trucar-me per oferir-me ampliacions del servei. Tres trucades en una setmana és massa.

Pere Casals
"""),
]
