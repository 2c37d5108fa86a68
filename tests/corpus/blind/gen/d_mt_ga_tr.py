from common import m

# ---------------- Maltese
m('mt', 'plain_words', 'request', 'access', 'Ġużeppi Camilleri', None, None,
  'kliem ta\' kuljum: x\'għandkom fuqi',
  ('Ġużeppi Camilleri', 'guzeppi.camilleri@melita-mail.example'), 'X\'għandkom fuqi?',
  """Bonġu,

Qed jaslu emails mingħand kumpanija li ma nafhiex, permezz tas-sistema tagħkom. Nixtieq inkun naf x'informazzjoni għandkom fuqi u minn fejn ġibtuha.

Grazzi,
Ġużeppi Camilleri
""", cs='iso-8859-3', cte='8bit', shape='plain')

m('mt', 'legal_anchor', 'request', 'erasure', 'Marija Borg', None, None,
  'Artikolu 17 tal-GDPR u l-Att dwar il-Protezzjoni tad-Data (Kap. 586)',
  ('Marija Borg', 'marija.borg@go-mail.example'), 'Talba għat-tħassir skont l-Artikolu 17 tal-GDPR',
  """Għażiż Uffiċjal tal-Protezzjoni tad-Data,

Skont l-Artikolu 17 tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data u l-Att dwar il-Protezzjoni tad-Data (Kap. 586), qed nitlob li tħassru d-data personali kollha tiegħi.

Dejjem tagħkom,
Marija Borg
""", shape='alt', style='outlook')

m('mt', 'employer', 'request', 'rectification', 'Kevin Farrugia', 'Grand Harbour Logistics Ltd', None,
  'Maltese mail with employer in signature, Ltd',
  ('Kevin Farrugia', 'kevin.farrugia@gh-logistics.example'), 'Korrezzjoni tad-dettalji',
  """Hi,

In-numru tal-mowbajl tiegħi huwa żbaljat fis-sistema. Dak korrett huwa 7900 0000. Tistgħu tikkoreġuh jekk jogħġobkom?

Grazzi,
Kevin Farrugia
Operations Supervisor
Grand Harbour Logistics Ltd
Marsa
""")

m('mt', 'negation', 'request', 'objection', 'Rita Zammit', None, None,
  'ma tridx tħassar il-kont, biss tieqaf ir-reklami',
  ('Rita Zammit', 'rita.zammit@onvol-mail.example'), 'Reklami',
  """Bonġu, ma rridx li tħassru l-kont tiegħi, imma ma rridx nirċievi aktar reklami u newsletters. Grazzi ħafna.

Rita Zammit
""")

m('mt', 'not_request', 'auto_reply', '', 'Charles Vella', None, None,
  'tweġiba awtomatika',
  ('Charles Vella', 'charles.vella@kunsill-lokali.example'), 'Tweġiba awtomatika: It-talba tiegħek',
  """Grazzi tal-email tiegħek. Jien barra mill-uffiċċju sal-15 ta' April. Għal kwistjonijiet urġenti ċempel 2100 0000.

Charles Vella
""", hdr=[('Auto-Submitted', 'auto-replied')])

# ---------------- Irish
m('ga', 'plain_words', 'request', 'access', 'Seán Ó Briain', None, None,
  'gnáthchaint: cad atá agaibh fúm; particle Ó',
  ('Seán Ó Briain', 'sean.obriain@eircom-mail.example'), 'Cad atá agaibh fúm?',
  """A chara,

Tá ríomhphoist ag teacht chugam ó chomhlacht nach bhfuil aithne agam air, trí bhur gcóras. Ba mhaith liom a fháil amach cén t-eolas atá agaibh fúm agus cá bhfuair sibh é.

Le meas,
Seán Ó Briain
""", cs='iso-8859-1', cte='8bit', shape='plain')

m('ga', 'legal_anchor', 'request', 'erasure', 'Aoife Ní Mhurchú', None, None,
  'Airteagal 17 RGCS, particle Ní',
  ('Aoife Ní Mhurchú', 'aoife.nimhurchu@indigo-mail.example'), 'Iarratas ar léirscriosadh faoi Airteagal 17 RGCS',
  """A Oifigigh Cosanta Sonraí, a chara,

Faoi Airteagal 17 den Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS) agus an tAcht um Chosaint Sonraí 2018, iarraim oraibh mo shonraí pearsanta go léir a scriosadh.

Is mise le meas,
Aoife Ní Mhurchú
""", shape='alt', style='outlook')

m('ga', 'names', 'request', 'rectification', 'Pádraig Mac Giolla Phádraig', None, None,
  'ainm le Mac, litriú mícheart sa chóras',
  ('Mac Giolla Phádraig, Pádraig', 'pmgp@gaelmail.example'), 'Ceartú ar m\'ainm',
  """Dia daoibh,

Tá m'ainm litrithe mícheart in bhur gcóras ("Patrick Fitzpatrick"). Is é Pádraig Mac Giolla Phádraig m'ainm. Ceartaígí é, le bhur dtoil.

Go raibh maith agaibh,
Pádraig Mac Giolla Phádraig
""")

m('ga', 'employer', 'request', 'objection', 'Caoimhe de Búrca', 'Bia na Gaeltachta Teoranta', None,
  'fostóir sa síniú, Teoranta',
  ('Caoimhe de Búrca', 'caoimhe@bianagaeltachta.example'), 'Stop leis an bhfógraíocht',
  """Dia duit,

Ná seol aon ríomhphoist margaíochta chugam feasta, le do thoil.

Caoimhe de Búrca
Bainisteoir Díolacháin
Bia na Gaeltachta Teoranta
Gaillimh
""")

m('ga', 'not_request', 'auto_reply', '', 'Colm Mac Aodha', None, None,
  'freagra uathoibríoch',
  ('Colm Mac Aodha', 'colm.macaodha@comhairle-contae.example'), 'Freagra uathoibríoch: D\'iarratas',
  """Go raibh maith agat as do ríomhphost. Táim as an oifig go dtí an 20 Aibreán. I gcás práinne, glaoigh ar 091 000 000.

Colm Mac Aodha
""", hdr=[('Auto-Submitted', 'auto-replied')])

# ---------------- Turkish
m('tr', 'plain_words', 'request', 'access', 'Mehmet Yılmaz', None, None,
  'günlük dil: hakkımda ne var',
  ('Mehmet Yılmaz', 'mehmet.yilmaz@ttmail-tr.example'), 'Hakkımda ne bilgi var?',
  """Merhaba,

Tanımadığım bir firmadan sizin sisteminiz üzerinden mailler geliyor. Hakkımda hangi bilgileri tutuyorsunuz ve nereden aldınız, öğrenmek istiyorum.

Teşekkürler,
Mehmet Yılmaz
""", cs='iso-8859-9', cte='8bit', shape='plain')

m('tr', 'legal_anchor', 'request', 'access erasure', 'Ayşe Demirci', None, None,
  'KVKK md. 11 ve md. 7',
  ('Ayşe Demirci', 'ayse.demirci@superonline-mail.example'), 'KVKK md. 11 kapsamında başvuru',
  """Sayın Veri Sorumlusu,

6698 sayılı Kişisel Verilerin Korunması Kanunu'nun 11. maddesi uyarınca;
a) kişisel verilerimin işlenip işlenmediğini öğrenmeyi,
b) işlenmişse buna ilişkin bilgi talep etmeyi,
c) Kanun'un 7. maddesi çerçevesinde kişisel verilerimin silinmesini
talep ediyorum.

Saygılarımla,
Ayşe Demirci
""", shape='alt', style='outlook', cs='windows-1254')

m('tr', 'employer', 'request', 'rectification', 'Emre Şahin', 'Anadolu Tekstil Sanayi A.Ş.', None,
  'işveren imzada, A.Ş.',
  ('Emre Şahin', 'emre.sahin@anadolutekstil.example'), 'Bilgi düzeltme',
  """Merhaba,

Sisteminizde unvanım yanlış görünüyor. "Satın Alma Müdürü" olarak düzeltebilir misiniz?

İyi çalışmalar,
Emre Şahin
Satın Alma Müdürü
Anadolu Tekstil Sanayi A.Ş.
Bursa
""")

m('tr', 'agent', 'request', 'access', 'Burak Öztürk', None, 'Zeynep Arslan',
  'avukat müvekkil adına',
  ('Av. Zeynep Arslan', 'zeynep.arslan@arslan-hukuk.example'), 'Müvekkilim Burak Öztürk adına KVKK başvurusu',
  """Sayın İlgili,

Müvekkilim Burak Öztürk adına, ekte sunulan vekaletname uyarınca, KVKK md. 11 kapsamında müvekkilime ait kişisel verilerin bir kopyasını talep ediyorum.

Saygılarımla,
Av. Zeynep Arslan
Arslan Hukuk Bürosu, İstanbul
""")

m('tr', 'negation', 'request', 'objection', 'Elif Kaya', None, None,
  'hesabı silmeyin, sadece reklam olmasın',
  ('elif kaya', 'elifkaya@mynet-mail.example'), 'reklam mailleri',
  """Merhaba, hesabımı silmenizi istemiyorum ama reklam ve kampanya maillerini artık göndermeyin lütfen. Elif Kaya
""")

m('tr', 'not_request', 'auto_reply', '', 'Hakan Çelik', None, None,
  'otomatik yanıt',
  ('Hakan Çelik', 'hakan.celik@belediye-ornek.example'), 'Otomatik yanıt: Başvurunuz',
  """Merhaba, 14 Nisan'a kadar izindeyim. Acil durumlarda 0212 000 00 00 numaralı hattı arayabilirsiniz.

Hakan Çelik
""", hdr=[('Auto-Submitted', 'auto-replied')])
