from spec import M

MAILS = [
M(rights=["objection"], name="Mehmet Kaya", cls="plain_words",
  note="everyday Turkish: stop calling me = objection to direct marketing",
  frm=("Mehmet Kaya", "mehmet.kaya@ttmail.example"), subj="Beni aramayı bırakın",
  cs="windows-1254", cte="qp", client="android", hq="B",
  body="""Merhaba,

Bir aydır neredeyse her gün satış ekibinizden biri arayıp programınızı tanıtmak istiyor. İlgilenmiyorum. Lütfen beni aramayı bırakın, numaramı listelerinizden çıkarın, kampanya maili de göndermeyin.

Mehmet Kaya
"""),

M(rights=["rectification", "erasure"], name="Ayşe Yılmaz Demir", employer="Anadolu Tekstil A.Ş.", cls="legal_anchor",
  note="KVKK art. 11(1)(d) correction and (e) erasure; A.Ş. in signature",
  frm=("Ayşe Yılmaz Demir", "ayse.demir@anadolutekstil.example"), subj="KVKK 11. madde kapsamında başvuru",
  cs="iso-8859-9", cte="qp", client="outlook", shape="alt", style="outlook", hq="Q",
  body="""Sayın Yetkili,

6698 sayılı Kişisel Verilerin Korunması Kanunu'nun (KVKK) 11. maddesinin birinci fıkrasının (d) bendi uyarınca, sisteminizde yanlış kayıtlı olan cep telefonu numaramın 0532 555 41 07 olarak düzeltilmesini; (e) bendi uyarınca ise eski ev adresime ilişkin kayıtların silinmesini talep ederim.

Saygılarımla,

Ayşe Yılmaz Demir
Satın Alma Müdürü
Anadolu Tekstil A.Ş.
Bursa
"""),

M(rights=["portability", "erasure"], name="Emre Şahin", cls="multi_right",
  note="plain Turkish: send my data as a file for the new program, then delete my account and data",
  frm=("Emre Şahin", "emre.sahin@mynet-mail.example"), subj="Verilerimi dosya olarak alabilir miyim?",
  cte="8bit", client="gmail",
  body="""Selam,

Ay sonunda aboneliğimi bitirip başka bir programa geçiyorum. Profilimi, kişilerimi ve tüm görüşme/not geçmişimi Excel ya da CSV dosyası olarak gönderebilir misiniz? Yeni programa direkt aktarmak istiyorum.

Dosyayı aldıktan sonra da hesabımı ve bende kalan tüm bilgileri sistemden silin lütfen.

Teşekkürler,
Emre Şahin
"""),

M(kind="other", name="Zeynep Arslan", cls="not_request",
  note="job application with KVKK explicit consent statement; no request",
  frm=("Zeynep Arslan", "zeynep.arslan.cv@mail-tr.example"), subj="Başvuru: Veri Koruma Uzmanı",
  cs="iso-8859-9", cte="b64", client="gmail", hq="B",
  body="""Merhaba,

İlanınızdaki Veri Koruma Uzmanı pozisyonu için başvurumu ve özgeçmişimi iletiyorum.

Kişisel verilerimin işe alım süreci kapsamında işlenmesine ve bir yıl süreyle saklanmasına açık rıza veriyorum.

Saygılarımla,
Zeynep Arslan
"""),

M(kind="bulk", cls="not_request", note="KVKK newsletter, no request",
  frm=("KVKK Gündem", "bulten@kvkkgundem.example"), subj="KVKK Gündem: İlgili kişi başvurularında 30 gün kuralı",
  cte="qp", client="none", shape="alt", style="web",
  hdr=["List-Unsubscribe: <https://kvkkgundem.example/abonelik-iptal/5519>", "Precedence: bulk"],
  body="""KVKK GÜNDEM

Bu sayıda: ilgili kişinin erişim, düzeltme ve silme talepleri; Kurul'un son kararları ve 30 günlük cevap süresi.

Abonelikten çıkmak için: https://kvkkgundem.example/abonelik-iptal/5519
"""),
]
