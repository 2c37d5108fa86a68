from . import M, AR, DPO

MAILS = [
M("plain_words", "request", ["erasure", "objection"], "Stoyan Dimitrov", None, None,
  "Bulgarian written in Latin transliteration (shlyokavitsa), delete everything + stop calling (objection)",
  ("Stoyan Dimitrov", "stoyan.dimitrov81@abv-mail.example"),
  "iztriite mi dannite",
  """
Zdraveite,

Ot nqkolko meseca mi zvunqt ot vashta firma i mi pishat na maila. Ne sum se registriral nikude pri vas. Iskam da mi iztriete vsichko koeto imate za men - ime, telefon, mail. I da ne mi se obazhdate poveche.

Blagodarq
Stoyan Dimitrov
""", cs="utf-8", cte="7bit"),

M("legal_anchor", "request", ["access"], "Десислава Георгиева", None, None,
  "ОРЗД чл. 15 + ЗЗЛД, formal Bulgarian, windows-1251",
  ("Десислава Георгиева", "d.georgieva@mail-bg.example"),
  "Искане за достъп до лични данни по чл. 15 от ОРЗД",
  """
Уважаеми господин/госпожо,

На основание чл. 15 от Регламент (ЕС) 2016/679 (Общ регламент относно защитата на данните, ОРЗД) и Закона за защита на личните данни, моля да ми предоставите:

- потвърждение дали обработвате мои лични данни;
- копие от тези данни;
- информация за целите на обработването и получателите, на които са разкрити.

Предпочитам отговорът да бъде изпратен по електронна поща на този адрес.

С уважение,
Десислава Георгиева
гр. Пловдив
""", cs="windows-1251", cte="8bit"),

M("employer", "request", ["rectification"], "Николай Петков", "Тракия Агро ЕООД", None,
  "Employer with ЕООД in signature under job title; wrong position and phone",
  ("Nikolay Petkov", "n.petkov@trakia-agro.example"),
  "Грешни данни в профила ми",
  """
Здравейте,

Работодателят ми използва вашата CRM система. В профила ми пише, че съм „стажант“, а съм търговски представител от две години, и телефонът е стар. Моля да го поправите:

Длъжност: търговски представител
Телефон: 0888 555 214

Благодаря предварително!

Поздрави,
Николай Петков
Търговски представител
Тракия Агро ЕООД
Стара Загора
""", shape="alt", cs="utf-8", cte="base64"),

M("multi_right", "request", ["restriction", "portability"], "Радостина Василева-Йорданова", None, None,
  "Two rights in one letter: restrict processing during dispute + export data in machine-readable format",
  ("Радостина Василева-Йорданова", "radi.vasileva@posta-bg.example"),
  "Ограничаване на обработването и преносимост",
  """
Добър ден,

Пиша ви по два въпроса:

Първо, оспорвам точността на бележките, които бивш колега е въвел за мен в системата. Докато това не бъде изяснено, искам обработването им да бъде ограничено – да не се използват и да не се показват на други потребители.

Второ, искам да получа данните, които съм предоставила сама (контакти, календар, бележки), в структуриран, машинночетим формат, например CSV.

Благодаря,
Радостина Василева-Йорданова
""", shape="html", style="outlook", cs="windows-1251", cte="quoted-printable"),

M("not_request", "auto_reply", [], "Ивелина Христова", None, None,
  "Bulgarian out-of-office with deputy contact",
  ("Ивелина Христова", "i.hristova@sofia-logistika.example"),
  "Автоматичен отговор: Re: Вашето искане",
  """
Здравейте,

В отпуск съм до 18.08. включително. За спешни въпроси, моля, свържете се с колегата ми Петър Иванов на p.ivanov@sofia-logistika.example.

Поздрави,
Ивелина Христова
""", cs="windows-1251", cte="base64", headers=AR()),

M("not_request", "other", [], None, None, None,
  "Phishing in Bulgarian: fake GDPR deletion confirmation with link",
  ("Отдел Защита на данните", "gdpr-team@sigurnost-profil.example"),
  "Потвърдете искането си за изтриване на данни",
  """
Уважаеми клиенте,

Получихме искане за изтриване на Вашия профил съгласно GDPR. Ако не потвърдите самоличността си в рамките на 12 часа, всички Ваши данни и фактури ще бъдат безвъзвратно изтрити.

Потвърдете тук: http://massist-gdpr-potvarzhdenie.example/bg/verify

Екипът по сигурност
""", shape="html", style="gmail", cs="utf-8", cte="quoted-printable"),
]
