# Serbian letters (4), Cyrillic.

LETTERS = [
# 001
dict(cls="plain_words", rights=["access"], name="Драган Николић", emp=None, agent=None,
     note="'шта имате о мени' short, windows-1251",
     frm=("Драган Николић", "dragan.nikolic@eunet-mail.example"), subj="Шта имате о мени?",
     cs="windows-1251", cte="8bit",
     body="""
Поздрав,

фирма у којој радим каже да су сви подаци о запосленима у вашем систему. Занима ме шта све имате о мени. Пошаљите ми, молим вас, све што постоји.

Драган Николић
"""),
# 002
dict(cls="plain_words", rights=["withdraw_consent"], name="Јелена Стојановић", emp=None, agent=None,
     note="'повлачим сагласност' / 'више се не слажем'",
     frm=("Јелена Стојановић", "jelena.stojanovic@mts-mail.example"), subj="Повлачим сагласност",
     cs="utf-8", cte="quoted-printable",
     body="""
Добар дан,

приликом пријаве на ваш вебинар дала сам сагласност да ми шаљете обавештења и да користите моју фотографију. Са тим се више не слажем – повлачим сагласност.

Срдачан поздрав,
Јелена Стојановић
"""),
# 003
dict(cls="negation", rights=["rectification"], name="Милош Ђорђевић", emp=None, agent=None,
     note="do not close the account; only fix the address",
     frm=("Милош Ђорђевић", "milos.djordjevic@sbb-mail.example"), subj="Исправка адресе",
     cs="windows-1251", cte="quoted-printable",
     body="""
Поштовани,

немојте ми гасити налог и не тражим брисање ничега. Само исправите моју адресу: више не живим у Нишу, нова адреса је Булевар ослобођења 44, Нови Сад.

Милош Ђорђевић
"""),
# 004
dict(cls="agent", rights=["access"], name="Милица Јовановић", emp=None, agent="Ненад Петровић",
     note="attorney for a client; client name inflected and nominative",
     frm=("адв. Ненад Петровић", "nenad.petrovic@advokat-petrovic.example"), subj="Захтев у име клијенткиње",
     cs="utf-8", cte="quoted-printable",
     body="""
Поштовани,

као пуномоћник госпође Милице Јовановић из Београда, у њено име тражим да нам доставите копију свих њених података о личности које обрађујете.

Лице на које се подаци односе: Милица Јовановић.

Пуномоћје достављам у прилогу.

С поштовањем,
адв. Ненад Петровић
"""),
]
