from common import m

m('de', 'form', 'request', 'access erasure', 'Oliver Schwarzkopf', 'Schwarzkopf Elektrotechnik GmbH', None,
  'Ticket-System (Freshdesk-ähnlich) mit Feldern, Auto-Submitted, Reply-To',
  ('Massist Service-Desk', 'helpdesk@massistcrm.example'), '[#DE-5531] Neue Anfrage: Datenauskunft und Löschung',
  """Neues Ticket #DE-5531 über das Webformular erstellt

Anfragender: Oliver Schwarzkopf <o.schwarzkopf@schwarzkopf-et.example>
Unternehmen: Schwarzkopf Elektrotechnik GmbH
Kategorie: Datenschutz
Anliegen: Auskunft + Löschung

Beschreibung:
Ich bitte um Auskunft über meine gespeicherten Daten und anschließend um deren Löschung. Ich bin nicht mehr Ansprechpartner unseres Unternehmens für Sie.
""", hdr=[('Auto-Submitted', 'auto-generated'), ('Reply-To', ('Oliver Schwarzkopf', 'o.schwarzkopf@schwarzkopf-et.example'))], shape='alt', style='web')

m('de', 'multi_right', 'request', 'automated_decision access', 'Jelena Marković', 'Hanse Vertriebspartner GmbH', None,
  'Widerspruch gegen automatisierte Bewertung (Art. 22), menschliche Überprüfung',
  ('Jelena Marković', 'j.markovic@hanse-vp.example'), 'Automatisierte Bewertung – Art. 22 DSGVO',
  """Sehr geehrte Damen und Herren,

bei meinem Arbeitgeber, der Hanse Vertriebspartner GmbH, wurde mir mitgeteilt, dass das "Lead-Scoring" in Massist mich automatisch als "inaktiv" eingestuft hat und mir deshalb Kundengebiete entzogen wurden. Ich fechte diese Entscheidung an und verlange nach Art. 22 Abs. 3 DSGVO das Eingreifen einer Person sowie eine Erklärung der involvierten Logik.

Außerdem bitte ich um Auskunft, welche Daten in diese Bewertung eingeflossen sind.

Mit freundlichen Grüßen
Jelena Marković
Außendienst Region Nord
""")

m('fr', 'form', 'request', 'access', 'Amandine Roux', 'Cabinet Roux Expertise', None,
  'formulaire de contact WordPress, champs, Reply-To',
  ('WordPress', 'wordpress@massistcrm.example'), '[Massist] Nouveau message de Amandine Roux',
  """De : Amandine Roux <amandine@roux-expertise.example>
Objet : Mes données

Nom : Amandine Roux
Entreprise : Cabinet Roux Expertise
Demande : Accès à mes données personnelles
Message :
Bonjour, je voudrais savoir quelles données vous avez sur moi. Merci.

--
Cet e-mail a été envoyé via le formulaire de contact de Massist CRM
""", hdr=[('Reply-To', 'amandine@roux-expertise.example')], shape='plain', cs='iso-8859-15', cte='quoted-printable')

m('fr', 'agent', 'request', 'rectification', 'Camille Bertrand', 'Laboratoires Vauclair SA', 'Sophie Garnier',
  'RH transfère la demande d\'une salariée en message/rfc822',
  ('Sophie Garnier', 's.garnier@vauclair-labo.example'), 'TR: Correction de mes données',
  """Bonjour,

Je vous transmets en pièce jointe la demande de notre collaboratrice Camille Bertrand (Laboratoires Vauclair SA), dont le nom de naissance apparaît encore dans votre outil.

Merci de votre aide,
Sophie Garnier
Responsable RH
Laboratoires Vauclair SA
""", shape='rfc822', inner=dict(frm=('Camille Bertrand', 'c.bertrand@vauclair-labo.example'), to='rh@vauclair-labo.example',
  subj='Correction de mes données', body="""Bonjour Sophie,

Depuis mon mariage je m'appelle Camille Bertrand, mais le CRM affiche toujours Camille Lefèvre. Peux-tu demander la correction ?

Merci !
Camille
""", cs='iso-8859-1', cte='8bit'))

m('es', 'us_wording', 'request', 'opt_out_sale', 'Yesenia Márquez', None, None,
  'Texas (TDPSA) en español: exclusión de publicidad dirigida y venta',
  ('Yesenia Márquez', 'yesenia.marquez@correo-us.example'), 'Exclusión de la venta de mis datos',
  """Buenas tardes,

Soy residente de Texas. Les pido que excluyan mis datos personales de cualquier venta y de la publicidad dirigida. No quiero que compartan mi información con anunciantes.

Gracias,
Yesenia Márquez
Houston, TX
""")

m('es', 'access_items', 'request', 'access', 'Ernesto Villalobos', None, None,
  'México, derecho de acceso ARCO con finalidades, transferencias y aviso de privacidad',
  ('Ernesto Villalobos', 'evillalobos@correo-mx.example'), 'Derecho de acceso – datos, finalidades y transferencias',
  """A quien corresponda:

Ejerzo mi derecho de ACCESO conforme a la LFPDPPP. Solicito que me informen:
1. qué datos personales míos tratan;
2. para qué finalidades;
3. a quién se los han transferido;
4. de dónde los obtuvieron;
5. por cuánto tiempo los conservarán.

Adjunto copia de mi INE.

Ernesto Villalobos
Guadalajara, Jal.
""")

m('it', 'form', 'request', 'objection', 'Roberta Sanna', 'Ceramiche Sarde S.r.l.', None,
  'modulo web con campi, Reply-To',
  ('Modulo Privacy', 'noreply@forms.massistcrm.example'), 'Nuova richiesta privacy dal sito',
  """Nome e cognome: Roberta Sanna
Azienda: Ceramiche Sarde S.r.l.
Email: r.sanna@ceramichesarde.example
Tipo di richiesta: Opposizione al marketing
Messaggio: Non voglio più ricevere comunicazioni promozionali.
""", hdr=[('Reply-To', 'r.sanna@ceramichesarde.example'), ('Auto-Submitted', 'auto-generated')], shape='plain')

m('it', 'access_items', 'request', 'access', 'Gianluca Morandi', None, None,
  'art. 15: finalità, destinatari, conservazione, origine, processo decisionale automatizzato',
  ('Gianluca Morandi', 'g.morandi@fastweb-mail.example'), 'Diritto di accesso ex art. 15 GDPR',
  """Spettabile Società,

ai sensi dell'art. 15 GDPR chiedo di conoscere: le finalità del trattamento; le categorie di dati; i destinatari; il periodo di conservazione; l'origine dei dati; l'esistenza di un processo decisionale automatizzato. Chiedo inoltre copia dei dati.

Gianluca Morandi
""", shape='html', style='outlook')

m('nl', 'access_items', 'request', 'access', 'Willemijn Koster', None, None,
  'art. 15 AVG: doelen, ontvangers, bewaartermijn, bron',
  ('Willemijn Koster', 'w.koster@hetnet-mail.example'), 'Inzageverzoek art. 15 AVG',
  """Geachte functionaris gegevensbescherming,

Op grond van artikel 15 AVG verzoek ik u mij te informeren over:
- de verwerkingsdoeleinden;
- de ontvangers aan wie mijn gegevens zijn verstrekt;
- de bewaartermijn;
- de bron van de gegevens;
- of er sprake is van geautomatiseerde besluitvorming;
en mij een kopie van de gegevens te verstrekken.

Hoogachtend,
Willemijn Koster
""")

m('nl', 'form', 'request', 'erasure', 'Kevin de Wit', 'De Wit Installatietechniek B.V.', None,
  'webformulier met velden',
  ('Massist Webformulier', 'noreply@forms.massistcrm.example'), 'Nieuw privacyverzoek ontvangen',
  """Naam: Kevin de Wit
Bedrijf: De Wit Installatietechniek B.V.
E-mail: kevin@dewit-installatie.example
Soort verzoek: Verwijderen van mijn gegevens
Toelichting: Ik werk daar niet meer.
""", hdr=[('Reply-To', 'kevin@dewit-installatie.example'), ('Auto-Submitted', 'auto-generated')], shape='plain')

m('pl', 'form', 'request', 'access', 'Magdalena Krawczyk', 'Hurtownia Farmaceutyczna Medix S.A.', None,
  'formularz www z polami',
  ('Formularz Massist', 'formularz@forms.massistcrm.example'), 'Nowe zgłoszenie RODO',
  """Imię i nazwisko: Magdalena Krawczyk
Firma: Hurtownia Farmaceutyczna Medix S.A.
E-mail: m.krawczyk@medix-hurt.example
Rodzaj żądania: Dostęp do danych (art. 15)
Treść: Proszę o kopię moich danych.
""", hdr=[('Reply-To', 'm.krawczyk@medix-hurt.example'), ('Auto-Submitted', 'auto-generated')], shape='plain', cs='iso-8859-2', cte='quoted-printable')

m('pt', 'footer_rights', 'request', 'rectification', 'Cláudia Antunes', 'Vinhos do Douro Lda.', None,
  'PT, retificação acima de rodapé com direitos RGPD',
  ('Cláudia Antunes', 'claudia.antunes@vinhosdouro.example'), 'Atualização de dados',
  """Bom dia,

O meu apelido está errado no vosso sistema (aparece "Antunez"). Agradeço a correção.

Cumprimentos,
Cláudia Antunes
Vinhos do Douro Lda.

Aviso: Esta mensagem é confidencial. Nos termos do RGPD, o titular tem direito de acesso, retificação, apagamento, limitação, portabilidade e oposição, contactando dpo@vinhosdouro.example.
""", shape='alt', style='outlook')

m('pt', 'us_wording', 'request', 'opt_out_sale', 'Larissa Monteiro', None, None,
  'BR vivendo nos EUA, mas escreve em português pedindo "do not sell"; classificado como us_wording',
  ('Larissa Monteiro', 'larissa.monteiro@correio-br.example'), 'Não vendam meus dados',
  """Olá,

Moro em Miami. Não autorizo a venda nem o compartilhamento das minhas informações pessoais com terceiros para publicidade ("Do Not Sell or Share My Personal Information").

Larissa Monteiro
""")

m('sv', 'footer_rights', 'request', 'erasure', 'Henrik Sjöberg', 'Sjöberg Fastigheter AB', None,
  'radering ovanför sidfot med rättigheter',
  ('Henrik Sjöberg', 'henrik@sjobergfastigheter.example'), 'Radera mina uppgifter',
  """Hej,

Vi har avslutat samarbetet med er kund. Radera mina kontaktuppgifter.

Med vänlig hälsning
Henrik Sjöberg
VD, Sjöberg Fastigheter AB

Personuppgifter: Du har rätt att begära tillgång, rättelse, radering, begränsning och dataportabilitet samt att invända mot behandling. Läs mer på sjobergfastigheter.example/gdpr.
""")

m('fi', 'form', 'request', 'access', 'Mikko Laine', 'Pohjolan Kuljetus Oy', None,
  'verkkolomake kenttineen',
  ('Massist lomake', 'noreply@forms.massistcrm.example'), 'Uusi tietosuojapyyntö',
  """Nimi: Mikko Laine
Yritys: Pohjolan Kuljetus Oy
Sähköposti: mikko.laine@pohjolankuljetus.example
Pyynnön tyyppi: Tietojen tarkastus
Viesti: Haluan nähdä tietoni.
""", hdr=[('Reply-To', 'mikko.laine@pohjolankuljetus.example'), ('Auto-Submitted', 'auto-generated')], shape='plain')

m('et', 'agent', 'request', 'access', 'Kristjan Pärn', 'Läänemere Ehitus AS', 'Merike Oja',
  'personaliosakond edastab töötaja päringu',
  ('Merike Oja', 'merike.oja@laanemere-ehitus.example'), 'Edasi: Andmepäring',
  """Tere,

Edastan meie töötaja Kristjan Pärna päringu. Palun aidake koguda tema andmed Massistist.

Merike Oja
personalijuht
Läänemere Ehitus AS

---------- Edastatud kiri ----------
Saatja: Kristjan Pärn <kristjan.parn@laanemere-ehitus.example>
Teema: Andmepäring

Soovin koopiat kõigist minu kohta säilitatavatest andmetest.
Kristjan Pärn
objektijuht, Läänemere Ehitus AS
""")

m('lv', 'negation', 'request', 'rectification', 'Edgars Liepiņš', None, None,
  'nevēlas dzēšanu, tikai labošanu',
  ('Edgars Liepiņš', 'edgars.liepins@inbox-lv.example'), 'Nedzēst, tikai izlabot',
  """Labdien,

Lūdzu, NEDZĒSIET manu kontu. Vēlos tikai, lai izlabo manu uzvārdu – Liepiņš, nevis Liepins.

Edgars Liepiņš
""")

m('lt', 'multi_right', 'request', 'access erasure objection', 'Jurgita Balčiūnienė', None, None,
  'trys teisės sąraše',
  ('Jurgita Balčiūnienė', 'jurgita.b@takas-mail.example'), 'Mano duomenys',
  """Sveiki,

1. Norėčiau gauti savo duomenų kopiją.
2. Nebesiųskite man reklamos.
3. Po to ištrinkite mano duomenis.

Jurgita Balčiūnienė
""", cs='iso-8859-13', cte='quoted-printable')

m('mt', 'agent', 'request', 'access', 'Luke Grech', None, 'Anthony Buttigieg',
  'lawyer for a client in Maltese, title Dr dropped from agent_name',
  ('Dr Anthony Buttigieg', 'abuttigieg@buttigieg-advocates.example'), 'Talba għal aċċess – is-Sur Luke Grech',
  """Sinjuri,

F'isem il-klijent tiegħi, is-Sur Luke Grech, u skont l-Artikolu 15 tal-GDPR, qed nitlob kopja tad-data personali kollha tiegħu. Il-prokura hija mehmuża.

Dr Anthony Buttigieg
Avukat
""")

m('ga', 'multi_right', 'request', 'access portability', 'Niamh Nic Dhonncha', None, None,
  'rochtain agus iniomparthacht',
  ('Niamh Nic Dhonncha', 'niamh.nicdhonncha@gaelmail.example'), 'Mo shonraí',
  """A chara,

Ba mhaith liom cóip de mo shonraí pearsanta, agus na teagmhálacha a chuir mé féin isteach a fháil i bhformáid CSV.

Go raibh maith agat,
Niamh Nic Dhonncha
""")

m('ru', 'not_request', 'bulk', '', None, None, None,
  'рассылка о 152-ФЗ',
  ('Дайджест ПДн', 'digest@pdn-digest.example'), 'Дайджест: изменения 152-ФЗ в 2026 году',
  """Дайджест по персональным данным - выпуск 14

* Новые требования к уведомлению Роскомнадзора
* Как отвечать на запросы субъектов по ст. 14

Отписаться: https://pdn-digest.example/unsubscribe
""", hdr=[('List-Unsubscribe', '<https://pdn-digest.example/unsubscribe>'), ('Precedence', 'bulk')], shape='html', style='web', cs='koi8-r')

m('ja', 'not_request', 'bounce', '', None, None, None,
  '日本語の配信不能通知',
  ('Mail Delivery System', 'MAILER-DAEMON@mx.massistcrm.com'), '配信不能: 開示請求へのご回答',
  """以下の宛先にメッセージを配信できませんでした。

h.ito@kyu-kaisha.example
宛先のメールボックスが存在しません。
""", shape='dsn', cs='iso-2022-jp', dsn=dict(mta='mx.massistcrm.com', rcpt='h.ito@kyu-kaisha.example', diag='550 5.1.1 User unknown'))

m('zh', 'agent', 'request', 'access', '周子涵', None, '周立伟',
  '父亲代未成年子女查询（简体）',
  ('周立伟', 'zhouliwei@126-mail.example'), '代未成年女儿查询个人信息',
  """您好，

我的女儿周子涵今年十四岁，在一家企业实习时信息被录入了贵公司的系统。根据《个人信息保护法》第三十一条，作为监护人，我请求查阅她的个人信息。

周立伟
""")

m('ko', 'agent', 'request', 'erasure', '한지민', None, '한상철',
  '부모가 미성년 자녀 대신 삭제 요구',
  ('한상철', 'sangcheol.han@daum-mail.example'), '미성년 자녀 개인정보 삭제 요청',
  """안녕하십니까.

제 딸 한지민(15세)이 체험학습 중 귀사 고객사 시스템에 등록되었습니다. 법정대리인으로서 딸의 개인정보 삭제를 요청합니다.

한상철 드림
""", cs='euc-kr', cte='quoted-printable')

m('tr', 'multi_right', 'request', 'access rectification', 'Gökhan Aydemir', 'Ege Zeytin Tarım Ltd. Şti.', None,
  'erişim ve düzeltme, Ltd. Şti.',
  ('Gökhan Aydemir', 'gokhan.aydemir@egezeytin.example'), 'Bilgilerim hakkında',
  """Merhaba,

1) Hakkımda hangi verileri tuttuğunuzu öğrenmek istiyorum.
2) Telefon numaram yanlış, doğrusu 0532 000 00 00.

Saygılar,
Gökhan Aydemir
Ege Zeytin Tarım Ltd. Şti.
İzmir
""", cs='iso-8859-9', cte='quoted-printable')

m('ar', 'agent', 'request', 'access erasure', 'سارة الخطيب', None, 'محمود الشريف',
  'محامٍ نيابة عن موكلته',
  ('محمود الشريف', 'm.alsharif@law-ae.example'), 'طلب نيابة عن موكلتي سارة الخطيب',
  """السادة المحترمون،

بصفتي وكيلاً قانونياً عن موكلتي السيدة سارة الخطيب، وبموجب التوكيل المرفق، أطلب تزويدنا بنسخة من بياناتها الشخصية ثم حذفها بالكامل.

المحامي محمود الشريف
""")

m('he', 'footer_rights', 'request', 'erasure', 'גלעד פרידמן', 'פרידמן ייעוץ בע"מ', None,
  'בקשת מחיקה מעל כותרת תחתונה עם זכויות',
  ('גלעד פרידמן', 'gilad@friedman-consult.example'), 'הסרה',
  """שלום,
אנא הסירו את פרטי הקשר שלי מהמערכת שלכם.

גלעד פרידמן
פרידמן ייעוץ בע"מ

הודעה זו חסויה. בהתאם לחוק הגנת הפרטיות, עומדת לך הזכות לעיין במידע, לתקנו ולבקש את מחיקתו.
""")

m('hi', 'multi_right', 'request', 'access rectification', 'Neha Gupta', 'Kaveri Textiles Pvt. Ltd.', None,
  'Hinglish, access + correction, employer Pvt. Ltd.',
  ('Neha Gupta', 'neha.gupta@kaveritextiles.example'), 'data ki copy aur correction',
  """Hi,

Mujhe apne data ki ek copy chahiye jo aapke system mein hai. Aur mera designation galat hai, "Senior Merchandiser" kar dijiye please.

Thanks,
Neha Gupta
Kaveri Textiles Pvt. Ltd.
""", cs='us-ascii')

m('el', 'footer_rights', 'request', 'objection', 'Βασιλική Τζαννέτου', 'Κρητικά Ελαιόλαδα Ο.Ε.', None,
  'αντίρρηση στο marketing πάνω από υποσέλιδο με δικαιώματα',
  ('Βασιλική Τζαννέτου', 'v.tzannetou@kritika-elaiolada.example'), 'Διαγραφή από λίστα',
  """Καλημέρα,
Παρακαλώ σταματήστε να μου στέλνετε διαφημιστικά μηνύματα.

Βασιλική Τζαννέτου
Κρητικά Ελαιόλαδα Ο.Ε.

Το παρόν είναι εμπιστευτικό. Σύμφωνα με τον ΓΚΠΔ έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού, φορητότητας και εναντίωσης.
""", cs='iso-8859-7', cte='quoted-printable')
