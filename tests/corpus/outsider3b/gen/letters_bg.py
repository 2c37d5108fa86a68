# Bulgarian letters (11).

LETTERS = [
# 001
dict(cls="plain_words", rights=["erasure"], name="Стоян Петров", emp=None, agent=None,
     note="blunt 'delete me', windows-1251",
     frm=("Стоян Петров", "stoyan.petrov@abv-post.example"), subj="Изтрийте ме",
     cs="windows-1251", cte="8bit",
     body="""
Здравейте,

не знам откъде имате телефона и имейла ми, но искам да ги изтриете. Всичко за мен да се махне от системата ви.

Стоян Петров
"""),
# 002
dict(cls="plain_words", rights=["rectification"], name="Десислава Иванова", emp="Родопа Мед ООД", agent=None,
     note="maiden name still on file and old address; employer in running text",
     frm=("Десислава Иванова", "d.ivanova@rodopamed.example"), subj="Смяна на фамилия и адрес",
     cs="utf-8", cte="quoted-printable",
     body="""
Добър ден,

работя в „Родопа Мед“ ООД и фирмата ни ползва вашата CRM система. След сватбата ми фамилията ми се смени, но при вас още пише Колева. Сега съм Десислава Иванова. Освен това адресът, който имате, е старият – вече живея на ул. „Шипка“ 18, Пловдив.

Ще ви помоля да оправите двете неща.

Благодаря,
Десислава Иванова
счетоводител, Родопа Мед ООД
"""),
# 003
dict(cls="plain_words", rights=["restriction"], name="Николай Тодоров", emp=None, agent=None,
     note="'freeze my data while you check' about a disputed debt note",
     frm=("Николай Тодоров", "n.todorov@mail-bg.example"), subj="Спрете да ползвате данните ми, докато не се изясни",
     cs="windows-1251", cte="quoted-printable",
     body="""
Здравейте,

в профила ми при една ваша клиентка (кредитна посредническа фирма) пише, че имам неплатен заем. Това не е вярно и в момента го оспорвам.

Докато не проверите и не се изясни, моля не използвайте данните ми за нищо и не ги пращайте на никого. Просто ги замразете, докато трае проверката.

Николай Тодоров
"""),
# 004
dict(cls="multi_right", rights=["access", "objection"], name="Радослава Минчева", emp=None, agent=None,
     note="what do you have + stop the ads",
     frm=("Радослава Минчева", "radi.mincheva@dir-post.example"), subj="Въпрос за данните ми",
     cs="utf-8", cte="8bit", shape="alt",
     body="""
Здравейте,

искам да знам какви данни пазите за мен – изпратете ми всичко, което имате.

И още нещо – спрете да ми пращате рекламни имейли и SMS-и. Не съм се записвала за тях.

Поздрави,
Радослава Минчева
"""),
# 005
dict(cls="multi_right", rights=["portability", "erasure"], name="Калоян Стефанов", emp="Стефанов Дизайн ЕТ", agent=None,
     note="file to take to another provider, then wipe",
     frm=("Калоян Стефанов", "kaloyan@stefanov-design.example"), subj="Прекратяване на абонамента",
     cs="koi8-r", cte="8bit",
     body="""
Здравейте,

прекратявам абонамента си за Massist (фирмата ми е Стефанов Дизайн ЕТ). Моля да ми изпратите моите данни и историята на профила във файл, който мога да кача при друг доставчик - CSV или Excel.

След като го получа, изтрийте всичко за мен от системата си.

Калоян Стефанов
"""),
# 006
dict(cls="negation", rights=["objection"], name="Емилия Костадинова", emp=None, agent=None,
     note="do not close my account; just stop profiling me",
     frm=("Емилия Костадинова", "emilia.k@vestnik-mail.example"), subj="Профилиране",
     cs="windows-1251", cte="quoted-printable",
     body="""
Здравейте,

не искам да ми закривате профила и не искам нищо да се трие. Искам само да спрете да анализирате поведението ми и да ми правите „профил“ за какво бих купила. Не съм съгласна с това.

Емилия Костадинова
"""),
# 007
dict(cls="agent", rights=["access", "erasure"], name="Иван Димитров", emp="Балкан Транс АД", agent="Мария Георгиева",
     note="lawyer for a client, formal; client's employer named",
     frm=("адв. Мария Георгиева", "georgieva@advokat-georgieva.example"), subj="Искане от името на Иван Димитров",
     cs="utf-8", cte="quoted-printable", shape="html", hstyle="outlook", hlang="bg",
     body="""
Уважаеми господа,

Действам като пълномощник на моя клиент Иван Димитров, служител на Балкан Транс АД до м. юни 2026 г.

От негово име ви моля:
1. да предоставите копие на личните му данни, които обработвате;
2. след това да ги изтриете.

Прилагам пълномощно.

С уважение,
адв. Мария Георгиева
Адвокатска кантора Георгиева, София
"""),
# 008
dict(cls="names", rights=["access"], name="Цветелина Красимирова Стоянова", emp=None, agent=None,
     note="three-part Bulgarian name, Latin display name differs",
     frm=("Tsvetelina Stoyanova", "tsveti.stoyanova@inbox-bg.example"), subj="Копие на данните",
     cs="windows-1251", cte="8bit",
     body="""
Здравейте,

казвам се Цветелина Красимирова Стоянова. Моля, изпратете ми копие от данните, които имате за мен.

Благодаря предварително.
"""),
# 009
dict(cls="legal_anchor", rights=["erasure"], name="Пламен Атанасов", emp=None, agent=None,
     note="ОРЗД чл. 17 and ЗЗЛД",
     frm=("Пламен Атанасов", "plamen.atanasov@lex-mail.example"), subj="Искане по чл. 17 от ОРЗД",
     cs="utf-8", cte="quoted-printable",
     body="""
До длъжностното лице по защита на данните,

На основание чл. 17, пар. 1, буква „а“ от Регламент (ЕС) 2016/679 (ОРЗД) и Закона за защита на личните данни (ЗЗЛД) искам незабавно изтриване на всички мои лични данни, тъй като те вече не са необходими за целите, за които са събрани.

Моля за писмено потвърждение в срок от един месец.

Пламен Атанасов
гр. Варна
"""),
# 010
dict(cls="negation", rights=["access"], name="Владимир Цонев", emp="Булмаркет Логистик ЕООД", agent=None,
     note="not a deletion and no account closure, only what is kept; employer under job title",
     frm=("Владимир Цонев", "v.tsonev@bulmarket-logistik.example"), subj="Какво се пази за мен",
     cs="windows-1251", cte="quoted-printable",
     body="""
Здравейте,

бих искал да ми кажете какви мои лични данни се съхраняват в Massist и ако може да ми ги изпратите.

Уточнявам, за да няма недоразумение: не искам нищо да се изтрива и не искам профилът ми да се закрива. Просто искам да видя какво има.

Поздрави,
Владимир Цонев
Ръководител склад
Булмаркет Логистик ЕООД
тел. 082 555 120
"""),
# 011
dict(cls="not_request", kind="bulk", rights=[], name=None, emp=None, agent=None,
     note="Bulgarian newsletter mentioning GDPR and unsubscribe rights",
     frm=("Бюлетин ДигиталБизнес", "news@digitalbiznes-bg.example"), subj="ДигиталБизнес: 5 грешки с GDPR, които малките фирми правят",
     cs="utf-8", cte="quoted-printable", shape="alt", hstyle="simple",
     xh=[("List-Unsubscribe", "<https://digitalbiznes-bg.example/unsub?u=7781>"), ("Precedence", "bulk")],
     body="""
Здравейте,

В този брой:

• 5 грешки с GDPR, които малките фирми правят – и как да ги избегнете
• Какво трябва да съдържа политиката ви за поверителност
• Уебинар: CRM системи и защита на личните данни (12 ноември, 11:00 ч.)

Получавате този бюлетин, защото сте се абонирали на digitalbiznes-bg.example. Имате право по всяко време да се отпишете, да поискате достъп до данните си или тяхното изтриване.

Отписване: https://digitalbiznes-bg.example/unsub
"""),
]
