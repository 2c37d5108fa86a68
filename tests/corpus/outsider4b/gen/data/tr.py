from . import M, AR, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "Emre Yıldız", None, None,
  "Turkish typed without Turkish letters (phone): delete my info",
  ("Emre Yildiz", "emre.yildiz34@mynet-posta.example"),
  "bilgilerimi silin",
  """
Merhaba,

Surekli sizden mail geliyor, hic uye olmadim. Bende ne bilginiz varsa silin lutfen, telefon numarami da.

Tesekkurler
Emre Yıldız
""", cs="utf-8", cte="8bit"),

M("access_items", "request", ["access"], "Ayşe Nur Çelik", None, None,
  "KVKK md. 11 başvurusu listing items (işlenip işlenmediği, amacı, aktarılan üçüncü kişiler); iso-8859-9",
  ("Ayşe Nur Çelik", "aysenur.celik@ttnet-posta.example"),
  "KVKK Madde 11 Kapsamında Başvuru",
  """
Sayın Yetkili,

6698 sayılı Kişisel Verilerin Korunması Kanunu'nun 11. maddesi uyarınca;

- kişisel verilerimin işlenip işlenmediğini öğrenmek,
- işlenmişse buna ilişkin bilgi talep etmek,
- işlenme amacını ve amacına uygun kullanılıp kullanılmadığını öğrenmek,
- yurt içinde veya yurt dışında aktarıldığı üçüncü kişileri bilmek

istiyorum. Başvurumun 30 gün içinde yanıtlanmasını rica ederim.

Saygılarımla,
Ayşe Nur Çelik
Kadıköy / İstanbul
""", cs="iso-8859-9", cte="quoted-printable"),

M("employer", "request", ["rectification"], "Mehmet Kaya", "Anadolu Lojistik A.Ş.", None,
  "Employer A.Ş. in signature; correct wrong title/phone",
  ("Mehmet Kaya", "mehmet.kaya@anadolulojistik.example"),
  "Hatalı bilgilerin düzeltilmesi",
  """
Merhaba,

Şirketimiz Massist CRM kullanıyor. Sistemde unvanım "stajyer" olarak görünüyor, telefonum da eski. Düzeltilmesini rica ediyorum:

Unvan: Operasyon Sorumlusu
Telefon: 0532 555 41 18

İyi çalışmalar,
Mehmet Kaya
Operasyon Sorumlusu
Anadolu Lojistik A.Ş.
""", shape="html", style="outlook", cs="windows-1254", cte="quoted-printable"),

M("multi_right", "request", ["objection", "withdraw_consent"], "Zeynep Arslan", None, None,
  "Earlier rectification reported as done (not counted); withdraw consent + object to marketing",
  ("Zeynep Arslan", "zeynep.arslan@posta-tr.example"),
  "Açık rızamı geri alıyorum",
  """
Merhaba,

Geçen ay adresimin düzeltilmesini istemiştim, yapılmış, teşekkür ederim. Şimdi başka bir talebim var: etkinlik kaydı sırasında verdiğim açık rızayı geri alıyorum. Ayrıca bana ticari elektronik ileti gönderilmesine ve verilerimin pazarlama amacıyla kullanılmasına itiraz ediyorum.

Bilginize,
Zeynep Arslan
""", shape="alt", cs="utf-8", cte="base64"),

M("not_request", "auto_reply", [], "Burak Öztürk", None, None,
  "Turkish out-of-office",
  ("Burak Öztürk", "burak.ozturk@izmir-enerji.example"),
  "Otomatik yanıt: Re: Başvurunuz hakkında",
  """
Merhaba,

12 Eylül'e kadar yıllık izindeyim. Acil konular için lütfen 0232 555 00 00 numaralı santrali arayınız.

Burak Öztürk
""", cs="iso-8859-9", cte="8bit", headers=AR()),

M("not_request", "other", [], None, None, None,
  "Turkish phishing: fake KVKK verification link",
  ("KVKK Bilgilendirme", "bilgi@kvkk-dogrulama.example"),
  "KVKK kapsamında hesabınız askıya alınacak",
  """
Değerli kullanıcımız,

KVKK kapsamında kimlik doğrulamanız tamamlanmamıştır. 24 saat içinde aşağıdaki bağlantıdan doğrulama yapmazsanız hesabınız askıya alınacak ve verileriniz silinecektir.

http://massist-kvkk-onay.example/dogrula

Müşteri Hizmetleri
""", shape="html", style="gmail", cs="utf-8", cte="quoted-printable"),

M("agent", "request", ["erasure"], "Elif Şahin", "Ege Tekstil San. ve Tic. A.Ş.", "Serkan Doğan",
  "HR forwards former employee's deletion request attached as message/rfc822 (iso-8859-9 inside)",
  ("Serkan Doğan | İnsan Kaynakları", "serkan.dogan@egetekstil.example"),
  "İlet: Kişisel verilerimin silinmesi talebi",
  """
Merhaba,

Eski çalışanımız Elif Şahin Hanım'ın ekteki talebini bilginize iletiyorum. Kendisi ayrıldıktan sonra Massist CRM'de kalan kişisel verilerinin silinmesini istiyor. Bizim tarafımızda kullanıcı hesabı kapatıldı; sizin sistemlerinizde kalan kayıtlar için doğrudan kendisine dönüş yapabilir misiniz?

İyi çalışmalar,
Serkan Doğan
İnsan Kaynakları Uzmanı
""", shape="fwd822", cs="utf-8", cte="8bit",
  inner=dict(frm=("Elif Şahin", "elif.sahin.1991@posta-tr.example"), to="ik@egetekstil.example",
             subj="Kişisel verilerimin silinmesi", date="Thu, 6 Mar 2025 21:14:03 +0300",
             cs="iso-8859-9", cte="quoted-printable", fname="Elif_Sahin_talep",
             body="""
Merhaba Serkan Bey,

Ocak ayında Ege Tekstil San. ve Tic. A.Ş.'deki görevimden ayrıldım. KVKK madde 11 kapsamında, şirketin kullandığı CRM programında ve sağlayıcı firmada kalan tüm kişisel verilerimin (özel telefonum, fotoğrafım, ev adresim) silinmesini talep ediyorum. Bu talebi ilgili firmaya iletebilir misiniz?

Saygılarımla,
Elif Şahin
""")),
]
