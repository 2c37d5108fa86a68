"""Third pass: fill thin classes (access items, US wording, names, multi-right, machine mail) across languages."""
from mime import M

MAILS = [
M("en", "us_wording", "request", ["access", "rectification", "limit_sensitive"], "Marisol Tanaka-Reyes", None, None,
  "CPRA right to know + correct + limit sensitive, bullet list",
  ("marisol tanaka-reyes", "mtreyes@bayarea-mail.example"), "CPRA requests",
  """Hi,

As a California resident I'd like to:
* know what personal information you have collected about me, the sources, and who you disclosed it to;
* correct my date of birth, which is wrong;
* limit the use of my sensitive personal information (you seem to have my ethnicity from some survey).

Marisol Tanaka-Reyes
Sent from my iPhone"""),
M("en", "names", "request", ["erasure"], "Nguyễn Thị Hương", "Saigon Spice Ltd", None,
  "Vietnamese name family-first in English mail, diacritics",
  ("Huong Nguyen", "huong.nguyen@saigonspice.example"), "delete my profile",
  """Hello, I am Nguyễn Thị Hương. Our restaurant group used your CRM for a year. I'd like my personal profile deleted now that we've cancelled. Thank you.

Huong
Saigon Spice Ltd"""),
M("en", "access_items", "request", ["access"], "Ifeoma Chukwu", "Lagos Lumber Nigeria Limited", None,
  "item list under a reply, employer in 'I work for'",
  ("Ifeoma Chukwu", "ifeoma.chukwu@lagoslumber.example"), "Re: Your enquiry",
  """Thanks for getting back to me. To be clear, I work for Lagos Lumber Nigeria Limited, which is your customer, but this request is about me personally. I need:

(a) a copy of my personal data;
(b) why you process it;
(c) who it has been shared with, including outside Nigeria;
(d) how long you will keep it.

Ifeoma Chukwu

> Could you confirm which company you are with?""", irt="55aa12@massistcrm.com"),
M("en", "not_request", "auto_reply", [], None, None, None, "ticket system auto-acknowledgement with no person",
  ("Bramwell Foods IT Service Desk", "servicedesk@bramwellfoods.example"), "[SD-99812] We have received your email",
  """This is an automated response. Your request has been logged with reference SD-99812. A member of the team will contact you within 2 business days.

Please do not reply to this message.""", hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

M("de", "plain_words", "request", ["objection", "erasure"], "Gisela", None, None, "nur Vorname, umgangssprachlich, iPhone-Footer",
  ("gisela", "gisela.h54@web-post.example"), "nerv nicht",
  """Hören Sie endlich auf mir Werbung zu schicken und schmeißen Sie meine Adresse raus!!

Gisela

Von meinem iPhone gesendet"""),
M("de", "employer", "request", ["access"], "Bernd Vogler", "Stadtwerke Halbach AöR", None, "Arbeitgeber in Satzmitte, Rechtsform AöR",
  ("Bernd Vogler", "b.vogler@mailbox-de.example"), "Anfrage zu meinen Daten",
  """Guten Tag,

ich bin bei der Stadtwerke Halbach AöR im Vertrieb beschäftigt und habe gehört, dass über mich in Ihrem CRM Gesprächsbewertungen gespeichert werden. Ich möchte gern sehen, was da steht.

Beste Grüße
B. Vogler"""),

M("fr", "names", "request", ["erasure"], "Thi Lan Nguyen", None, None, "nom en fin de phrase suivi d'une autre phrase",
  ("NGUYEN Thi Lan", "thilan.nguyen@mailfr.example"), "Suppression",
  """Bonjour, je m'appelle Thi Lan Nguyen. Je vous demande de supprimer mon compte et toutes mes données. Merci.

Propulsé par Messagerie Pro"""),

M("es", "us_wording", "request", ["opt_out_sale", "limit_sensitive"], "Yesenia Marroquín", None, None,
  "español EE.UU.: no vender, limitar información sensible",
  ("Yesenia Marroquin", "yesenia.m@lamail.example"), "Optar por no participar",
  """Hola, soy residente de California. Quiero optar por no participar en la venta o el intercambio de mi información personal, y limitar el uso de mi información personal sensible.

Yesenia Marroquín
Enviado desde mi Samsung Galaxy"""),
M("es", "access_items", "request", ["access"], "Aitor Etxeberria", None, None, "acceso con finalidades, destinatarios, plazo, origen",
  ("Aitor Etxeberria", "aitor.etxeberria@correo-eus.example"), "Derecho de acceso",
  """Hola:

Solicito que me indiquen:
- qué datos míos tratan;
- con qué finalidad;
- a quién se los han cedido;
- durante cuánto tiempo los van a conservar;
- de dónde los han obtenido.

Gracias,
Aitor Etxeberria
Bilbao"""),

M("it", "access_items", "request", ["access"], "Vincenzo Russo", None, None, "art. 15 con elenco: finalità, destinatari, periodo, origine, profilazione",
  ("Vincenzo Russo", "v.russo@mailit.example"), "Richiesta informazioni",
  """Egregi,

chiedo di conoscere: i dati personali che mi riguardano, le finalità del trattamento, i destinatari, il periodo di conservazione, l'origine dei dati e l'eventuale esistenza di una profilazione, nonché il diritto di proporre reclamo al Garante.

Vincenzo Russo""", cs="iso-8859-1", cte="quoted-printable"),

M("pt", "access_items", "request", ["access"], "Fernanda Oliveira Prado", None, None, "LGPD art. 9/18 itens (Brasil)",
  ("Fernanda Prado", "fe.prado@correio-br.example"), "Informações sobre tratamento",
  """Olá,

Gostaria de saber: quais dados meus vocês tratam, para qual finalidade, com quem compartilham, por quanto tempo guardam e de onde obtiveram.

Fernanda Oliveira Prado"""),

M("nl", "multi_right", "request", ["withdraw_consent", "restriction"], "Jeroen Mulder", None, None, "toestemming intrekken + beperking",
  ("Jeroen Mulder", "jeroen.mulder@kpnpost.example"), "toestemming",
  """Hallo,

Ik trek mijn toestemming in voor het gebruik van mijn gegevens voor nieuwsbrieven. Verder wil ik dat jullie de verwerking beperken zolang de klacht over de onjuiste notities loopt.

Jeroen"""),

M("pl", "multi_right", "request", ["restriction", "portability"], "Anna Kamińska", None, None,
  "temat po angielsku, treść po polsku",
  ("Anna Kamińska", "anna.kaminska@onet-poczta.example"), "Data request",
  """Dzień dobry,

proszę o ograniczenie przetwarzania moich danych do czasu wyjaśnienia sprawy oraz o przesłanie ich w formacie nadającym się do odczytu maszynowego.

Anna Kamińska"""),

M("cs", "not_request", "bulk", [], None, None, None, "newsletter o GDPR",
  ("Novinky GDPR", "info@gdpr-novinky.example"), "Novinky: právo na výmaz v praxi",
  """NOVINKY GDPR - říjen

Jak správně vyřídit žádost o přístup a právo na výmaz? Přečtěte si náš článek.

Odhlásit odběr: https://gdpr-novinky.example/odhlasit""", shape="alt", cs="iso-8859-2", cte="quoted-printable",
  hdrs={"List-Unsubscribe": "<https://gdpr-novinky.example/odhlasit>", "Precedence": "bulk"}),

M("sk", "names", "request", ["access"], "Ľubomíra Šťastná", None, None, "skloňované meno, nominatív v podpise",
  ("Šťastná Ľubomíra", "lubomira.stastna@posta-sk.example"), "Údaje",
  """Dobrý deň, prosím o zaslanie údajov, ktoré máte o Ľubomíre Šťastnej, teda o mne.

Ľubomíra Šťastná"""),

M("sl", "multi_right", "request", ["rectification", "objection"], "Urška Potočnik", None, None, "popravek + ugovor",
  ("Urška Potočnik", "urska.potocnik@posta-si.example"), "Dve zahtevi",
  """Pozdravljeni,

1. popravite moj naslov (Prešernova 5, Kranj),
2. ugovarjam neposrednemu trženju.

Urška Potočnik""", cs="windows-1250", cte="quoted-printable"),

M("hr", "names", "request", ["erasure"], "Ivana Kovač-Šimić", None, None, "prezime s crticom, ime na kraju rečenice",
  ("kovac-simic ivana", "ivana.ks@posta-hr.example"), "brisanje",
  """Poštovani, ja sam Ivana Kovač-Šimić. Molim vas da obrišete sve moje podatke.

Hvala"""),

M("hu", "multi_right", "request", ["withdraw_consent", "erasure"], "Farkas Zoltán", "Farkas Építő Bt.", None, "hozzájárulás visszavonása + törlés, Bt.",
  ("Farkas Zoltán", "farkas.zoltan@farkasepito.example"), "Visszavonás",
  """Tisztelt Cím!

Visszavonom a hozzájárulásomat, és kérem az adataim törlését.

Farkas Zoltán
ügyvezető, Farkas Építő Bt.""", cs="iso-8859-2", cte="8bit"),

M("ro", "agent", "request", ["access"], "Maria Popa", None, "Mihai Popa", "fiu pentru mama în vârstă",
  ("Mihai Popa", "mihai.popa@posta-ro.example"), "Pentru mama mea",
  """Bună ziua,

Scriu în numele mamei mele, Maria Popa (78 de ani), care nu folosește e-mailul. Vă rog să ne spuneți ce date aveți despre ea. Atașez împuternicirea.

Mihai Popa"""),

M("bg", "not_request", "auto_reply", [], "Георги Христов", None, None, "автоматичен отговор",
  ("Георги Христов", "g.hristov@hristov-consult.example"), "Автоматичен отговор: Вашето искане",
  """Благодаря за писмото. Отсъствам до 28 октомври.

Георги Христов""", hdrs={"Auto-Submitted": "auto-replied"}, cs="windows-1251", cte="8bit"),

M("el", "agent", "request", ["access"], "Σοφία Μαυρίδου", "Μαυρίδης Εμπορική Μ.Ι.Κ.Ε.", "Ευάγγελος Μαυρίδης",
  "ο διευθυντής προσωπικού προωθεί αίτημα υπαλλήλου (Μ.Ι.Κ.Ε.)",
  ("Ευάγγελος Μαυρίδης", "e.mavridis@mavridis-emporiki.example"), "Προώθηση: αίτημα πρόσβασης",
  """Καλημέρα,

Σας προωθώ το αίτημα της υπαλλήλου μας κ. Σοφίας Μαυρίδου για πρόσβαση στα δεδομένα της στο CRM σας.

Υπάλληλος: Σοφία Μαυρίδου
Ευάγγελος Μαυρίδης
Διευθυντής Προσωπικού
Μαυρίδης Εμπορική Μ.Ι.Κ.Ε."""),

M("et", "form", "request", ["access"], "Kristjan Mets", "Mets ja Pojad AS", None, "veebivorm robot",
  ("Veebivorm", "noreply@massistcrm-web.example"), "Uus andmekaitsepäring",
  """Nimi: Kristjan Mets
Ettevõte: Mets ja Pojad AS
E-post: kristjan@metsjapojad.example
Päringu liik: Andmetega tutvumine""", reply_to="kristjan@metsjapojad.example", hdrs={"Auto-Submitted": "auto-generated"}),

M("lv", "negation", "request", ["access"], "Laura Krūmiņa", None, None, "nedzēst, tikai kopija",
  ("Laura Krūmiņa", "laura.krumina@pasts-lv.example"), "Kopija",
  """Labdien, lūdzu nedzēsiet manu kontu! Vēlos tikai saņemt kopiju saviem datiem.

Laura Krūmiņa""", cs="iso-8859-13", cte="quoted-printable"),

M("lt", "not_request", "other", [], "Tomas Paulauskas", "DataSauga UAB", None, "tiekėjas klausia apie DPA",
  ("Tomas Paulauskas", "tomas@datasauga.example"), "Duomenų tvarkymo sutartis",
  """Laba diena,

gal galite atsiųsti duomenų tvarkymo sutarties šabloną ir subtvarkytojų sąrašą?

Tomas Paulauskas
DataSauga UAB"""),

M("mt", "multi_right", "request", ["withdraw_consent", "objection"], "Charlene Azzopardi", None, None, "irtirar ta' kunsens + oġġezzjoni",
  ("Charlene Azzopardi", "charlene.azz@melitamail.example"), "Kunsens",
  """Bongu,

qed nirtira l-kunsens tiegħi u noġġezzjona għall-użu tad-data tiegħi għal skopijiet ta' reklamar.

Charlene Azzopardi"""),

M("ga", "agent", "request", ["access"], "Oisín Ó Murchú", None, "Gráinne Uí Mhurchú", "máthair thar ceann a mic",
  ("Gráinne Uí Mhurchú", "grainne.uimhurchu@eirpost.example"), "Sonraí mo mhic",
  """A chara,

Is mise máthair Oisín Ó Murchú (14 bliana d'aois). Ba mhaith liom a fháil amach cad iad na sonraí atá agaibh faoi.

Gráinne Uí Mhurchú"""),

M("uk", "multi_right", "request", ["access", "rectification"], "Марія Литвиненко", None, None, "доступ + виправлення",
  ("Литвиненко Марія", "m.lytvynenko@ukr-post.example"), "Запит",
  """Добрий день!

Прошу надати копію моїх даних і виправити прізвище: Литвиненко, а не Литвинено.

Марія Литвиненко""", cs="koi8-u", cte="quoted-printable"),

M("tr", "not_request", "bounce", [], None, None, None, "Türkçe teslim edilemedi bildirimi",
  ("Posta Sistemi", "mailer-daemon@posta-tr.example"), "Teslim edilemedi: KVKK başvurunuz hakkında",
  """Bu ileti aşağıdaki alıcıya teslim edilemedi:

burak.yildiz@posta-tr.example
Sebep: Alıcı adresi bulunamadı.""", shape="report", received=False, cs="iso-8859-9", cte="quoted-printable",
  report=dict(mta="mx.posta-tr.example", rcpt="burak.yildiz@posta-tr.example", status="5.1.1", remote="mx.posta-tr.example",
              diag="550 5.1.1 User unknown", osubj="KVKK basvurunuz hakkinda")),

M("ar", "agent", "request", ["access", "erasure"], "ليلى منصور", None, "عمر الخطيب", "محامٍ نيابة عن موكلته",
  ("المحامي عمر الخطيب", "omar.khatib@khatiblaw.example"), "طلب نيابة عن موكلتي ليلى منصور",
  """السادة المحترمون،

بصفتي وكيلًا قانونيًا عن السيدة ليلى منصور (التوكيل مرفق)، أطلب تزويدنا بنسخة من بياناتها الشخصية ثم حذفها.

المحامي عمر الخطيب"""),

M("he", "not_request", "auto_reply", [], "דנה מזרחי", None, None, "מענה אוטומטי",
  ("דנה מזרחי", "dana.m@mizrahi-acc.example"), "מענה אוטומטי: פנייתך",
  """אני מחוץ למשרד עד 27.10. אחזור אלייך בהקדם.

דנה מזרחי""", hdrs={"Auto-Submitted": "auto-replied"}, cs="windows-1255", cte="8bit"),

M("hi", "not_request", "bulk", [], None, None, None, "DPDP न्यूज़लेटर",
  ("डेटा प्राइवेसी अपडेट", "news@dataprivacy-india.example"), "DPDP नियम: नया क्या है",
  """इस अंक में: DPDP अधिनियम के अंतर्गत मिटाने का अधिकार, शिकायत निवारण और नामांकन।

सदस्यता समाप्त करें: https://dataprivacy-india.example/unsubscribe""", shape="alt",
  hdrs={"List-Unsubscribe": "<https://dataprivacy-india.example/unsubscribe>", "Precedence": "bulk"}),

M("ja", "multi_right", "request", ["erasure", "objection"], "加藤 恵", None, None, "消去請求（第35条）+ 営業メール拒否",
  ("加藤 恵", "megumi.kato@mail-jp.example"), "個人データ消去のお願い",
  """御担当者様

個人情報保護法第35条に基づき、私の個人データの消去を請求します。また、今後の営業メールの送付もお断りします。

加藤 恵""", cs="shift_jis", cte="quoted-printable"),

M("zh", "names", "request", ["rectification"], "歐陽志明", None, None, "複姓歐陽，繁體",
  ("歐陽志明", "chiming.ouyang@mail-hk.example"), "更正姓名",
  """您好，

貴公司系統把我的姓名寫成「歐志明」，正確是「歐陽志明」（複姓歐陽），請更正。

歐陽志明""", cs="big5", cte="8bit"),

M("ko", "access_items", "request", ["access"], "윤성민", None, None, "처리 목적·제3자 제공·보유기간",
  ("윤성민", "sungmin.yoon@mail-kr.example"), "개인정보 처리 현황 문의",
  """안녕하세요.

다음 사항을 알려주시기 바랍니다.
1. 보유하고 있는 제 개인정보 항목
2. 처리 목적
3. 제3자 제공 현황
4. 보유 기간

윤성민""", cs="euc-kr", cte="base64"),

M("id", "agent", "request", ["erasure"], "Dewi Lestari", None, "Rina Lestari", "ibu untuk anak di bawah umur",
  ("Rina Lestari", "rina.lestari@mail-id.example"), "Data anak saya",
  """Selamat siang,

Saya ibu dari Dewi Lestari (15 tahun). Mohon hapus semua data anak saya dari sistem Anda.

Rina Lestari"""),

M("sr", "not_request", "other", [], "Драган Марковић", "Марковић Консалтинг д.о.о.", None, "питање о обради података",
  ("Драган Марковић", "dragan@markovic-konsalting.example"), "Питање",
  """Поштовани,

да ли ваш CRM чува податке у ЕУ? Питамо због клијента.

Драган Марковић
Марковић Консалтинг д.о.о."""),

M("ca", "not_request", "auto_reply", [], "Montse Vilaró", None, None, "resposta automàtica",
  ("Montse Vilaró", "montse.vilaro@vilaro-adv.example"), "Resposta automàtica: la vostra sol·licitud",
  """Sóc fora de l'oficina fins al 30 d'octubre.

Montse Vilaró""", hdrs={"Auto-Submitted": "auto-replied"}, cs="iso-8859-1", cte="quoted-printable"),

M("es", "legal_anchor", "request", ["automated_decision"], "Beatriz Navarro Gil", None, None, "art. 22 RGPD / decisión automatizada, intervención humana",
  ("Beatriz Navarro", "bea.navarro@correo.example"), "Decisión automatizada",
  """Buenas tardes:

Una empresa cliente suya me ha descartado como proveedora según un "scoring" automático generado por su CRM. Al amparo del artículo 22 del RGPD solicito obtener intervención humana, expresar mi punto de vista e impugnar la decisión.

Beatriz Navarro Gil"""),
M("it", "multi_right", "request", ["grievance", "erasure"], "Roberto Marini", None, None, "reclamo formale all'azienda + cancellazione (non al Garante)",
  ("Roberto Marini", "roberto.marini@mailit.example"), "Reclamo formale",
  """Spettabile DPO,

presento un reclamo formale nei confronti della vostra società: avevo chiesto la cancellazione a giugno e continuo a ricevere e-mail. Vi chiedo di nuovo di cancellare i miei dati e di rispondere per iscritto a questo reclamo.

Roberto Marini"""),
M("pt", "legal_anchor", "request", ["automated_decision", "access"], "Gustavo Ribeiro", "Ribeiro Peças Automotivas Ltda.", None, "LGPD art. 20: revisão de decisão automatizada",
  ("Gustavo Ribeiro", "gustavo@ribeiropecas.example"), "Revisão de decisão automatizada – art. 20 LGPD",
  """Prezados,

Com fundamento no art. 20 da LGPD, solicito a revisão da decisão tomada unicamente com base em tratamento automatizado que classificou minha empresa como "cliente de risco" no sistema de vocês, bem como informações sobre os critérios utilizados.

Gustavo Ribeiro
Diretor, Ribeiro Peças Automotivas Ltda."""),
M("nl", "legal_anchor", "request", ["automated_decision"], "Anouk Vermeulen", None, None, "art. 22 AVG geautomatiseerd besluit",
  ("Anouk Vermeulen", "anouk.vermeulen@kpnpost.example"), "Geautomatiseerd besluit",
  """Beste functionaris gegevensbescherming,

Volgens een klant van u is mijn offerte automatisch afgewezen op basis van een score uit uw systeem. Ik maak gebruik van mijn recht uit artikel 22 AVG om dit besluit te laten beoordelen door een mens.

Groet,
Anouk Vermeulen"""),
M("pl", "multi_right", "request", ["grievance", "access"], "Krzysztof Dąbrowski", None, None, "skarga do firmy (nie do UODO) + dostęp",
  ("Krzysztof Dąbrowski", "k.dabrowski@wp-poczta.example"), "Skarga",
  """Szanowni Państwo,

składam formalną skargę na sposób obsługi mojego wniosku z sierpnia - nikt nie odpowiedział. Ponawiam żądanie dostępu do danych. Jeśli nie otrzymam odpowiedzi, rozważę zgłoszenie do Prezesa UODO.

Krzysztof Dąbrowski""", cs="iso-8859-2", cte="quoted-printable"),
M("zh", "legal_anchor", "request", ["automated_decision", "access"], "孙丽华", None, None, "个人信息保护法第24条 自动化决策说明与拒绝",
  ("孙丽华", "sunlihua@mail-cn.example"), "关于自动化决策",
  """您好：

根据《个人信息保护法》第二十四条，贵司系统通过自动化决策对我作出了对个人权益有重大影响的评分，我要求贵司予以说明，并拒绝仅通过自动化决策的方式作出决定。

孙丽华""", cs="gbk", cte="base64"),
M("en", "plain_words", "request", ["erasure"], "Leanne Foley", None, None, "top-posted chaser; actual request in own quoted earlier mail",
  ("Leanne Foley", "leanne.foley@mailpost.example"), "Re: please remove me",
  """Any update on this?? It's been 5 weeks.

Leanne

On Tue, 1 Sep 2026 at 19:02, Leanne Foley <leanne.foley@mailpost.example> wrote:
> Hi, I keep getting emails from a company using your system. Can you just take all my details off it please.
> Leanne Foley"""),
]
