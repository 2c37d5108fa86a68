from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Petr Novotný", note="colloquial Czech 'co o mně máte'", ua="none", cs="iso-8859-2", cte="8bit",
 frm=("Petr Novotný", "petr.novotny77@seznam-like.example"), subj="Co o mně máte?",
 body="""Dobrý den,

už měsíc mi volá nějaká realitka a tvrdí, že moje číslo mají "ze systému Massist". Co o mně vlastně máte uloženo a odkud to máte? Pošlete mi to prosím mailem.

Díky
Petr Novotný
"""),

dict(cls="legal_anchor", rights=["erasure"], name="Jana Dvořáková", emp="Strojírny Vysočina s.r.o.", note="čl. 17 GDPR + zákon č. 110/2019 Sb.; Ing. dropped; s.r.o. in signature", ua="outlook", shape="alt", cs="windows-1250",
 frm=("Dvořáková Jana", "jana.dvorakova@strojirny-vysocina.example"), subj="Žádost o výmaz osobních údajů podle čl. 17 GDPR",
 body="""Vážení,

na základě čl. 17 nařízení Evropského parlamentu a Rady (EU) 2016/679 (obecné nařízení o ochraně osobních údajů) a zákona č. 110/2019 Sb., o zpracování osobních údajů, žádám o výmaz veškerých osobních údajů, které o mně zpracováváte v souvislosti s mým účtem v komunitním fóru Massist a s registracemi na Vaše webináře.

Údaje zpracovávané pro mého zaměstnavatele v rámci jeho licence se této žádosti netýkají.

Děkuji a jsem s pozdravem

Ing. Jana Dvořáková
vedoucí účtárny
Strojírny Vysočina s.r.o.
Jihlava
"""),

dict(cls="names", rights=["rectification"], name="Tomáš Černý", note="JUDr. and Ph.D. dropped; name shown inflected without diacritics in the complaint, nominative in signature", ua="thunderbird", cs="utf-8",
 frm=("Černý Tomáš JUDr.", "tomas.cerny@advokat-cerny.example"), subj="Oprava údajů",
 body="""Dobrý den,

ve Vašem systému je u mého kontaktu uvedena chybná adresa kanceláře (Vodičkova 12 místo Vodičkova 21) a v oslovení chybí diakritika, takže dopisy chodí na "Vazeny pane Tomasi Cerny". Prosím o opravu obojího.

S pozdravem

JUDr. Tomáš Černý, Ph.D.
"""),

dict(cls="form", rights=["portability"], name="Veronika Kučerová", emp="Pivovar Hradní a.s.", note="form with Jméno/Firma/Typ požadavku: přenositelnost", ua="robot", cs="utf-8", cte="base64",
 frm=("Massist CRM web", "noreply@massistcrm-web.example"), subj="Nový požadavek z formuláře Ochrana osobních údajů",
 hdrs=form_hdrs("Veronika Kučerová <v.kucerova@pivovar-hradni.example>"),
 body="""Nový požadavek z webového formuláře

Jméno a příjmení: Veronika Kučerová
Firma: Pivovar Hradní a.s.
E-mail: v.kucerova@pivovar-hradni.example
Typ požadavku: Přenositelnost údajů
Zpráva: Prosím o export mých údajů z uživatelského profilu (kontakty, poznámky, šablony) ve strojově čitelném formátu. Odcházím z firmy a chci si vzít své šablony s sebou.
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="Lenka Marešová", note="Czech out-of-office", ua="outlook", cs="iso-8859-2",
 frm=("Marešová Lenka", "lenka.maresova@ceskesklo.example"), subj="Automatická odpověď: Vaše žádost DSR-2025-0733", hdrs=ooo_hdrs("exchange"),
 body="""Dobrý den,

do 31. 7. čerpám dovolenou a nemám přístup k e-mailu. V naléhavých případech volejte prosím na +420 000 111 222.

Lenka Marešová
"""),
dict(cls="multi_right", rights=["access", "erasure", "objection"], name="Barbora Svobodová", note="Czech, three rights in one paragraph", ua="gmail", cs="utf-8",
 frm=("Barbora Svobodová", "bara.svobodova@email-cz.example"), subj="Moje údaje",
 body="""Dobrý den,

chtěla bych vědět, jaké údaje o mně máte, a zašlete mi prosím jejich kopii. Potom je všechny smažte. A než to uděláte, nepoužívejte je prosím k posílání reklamy – s tím nesouhlasím a vznáším námitku.

Děkuji,
Barbora Svobodová
"""),
]
