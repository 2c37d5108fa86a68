from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Emre Yılmaz", note="plain Turkish; iso-8859-9; English subject", ua="none", cs="iso-8859-9", cte="8bit",
 frm=("Emre Yılmaz", "emre.yilmaz@posta-tr.example"), subj="Data request",
 body="""Merhaba,

Bir sigorta şirketi sürekli arıyor, numaramı "Massist'ten" aldıklarını söylüyorlar. Hakkımda hangi bilgileri tutuyorsunuz ve bunları nereden aldınız? Bana mail ile gönderir misiniz?

Teşekkürler
Emre Yılmaz
"""),

dict(cls="legal_anchor", rights=["access", "erasure"], name="Ayşe Demir", emp="Anadolu Tekstil San. ve Tic. A.Ş.", note="KVKK md. 11 (bilgi talep + silme); A.Ş. employer; windows-1254", ua="outlook", shape="alt", cs="windows-1254",
 frm=("Ayşe Demir", "ayse.demir@anadolu-tekstil.example"), subj="KVKK md. 11 kapsamında başvuru",
 body="""Sayın Yetkili,

6698 sayılı Kişisel Verilerin Korunması Kanunu'nun 11. maddesi uyarınca;

- kişisel verilerimin işlenip işlenmediğini öğrenmek ve işlenmişse buna ilişkin bilgi talep etmek,
- kişisel verilerimin KVKK md. 7 çerçevesinde silinmesini istemek

amacıyla başvuruda bulunuyorum. Silme talebim, şirketinizin etkinlik kayıtları sırasında topladığı verilerle ilgilidir.

Saygılarımla,

Ayşe Demir
Satış Müdürü
Anadolu Tekstil San. ve Tic. A.Ş.
Bursa
"""),

dict(cls="names", rights=["objection"], name="Zeynep Kaya-Arslan", emp="Ege Üniversitesi", note="academic titles Doç. Dr. dropped; double surname", ua="thunderbird", cs="utf-8",
 frm=("Doç. Dr. Zeynep Kaya-Arslan", "zeynep.kaya-arslan@ege-uni.example"), subj="Pazarlama e-postalarına itiraz",
 body="""Merhaba,

Adıma gönderilen pazarlama e-postalarına ve verilerimin profil oluşturma amacıyla kullanılmasına itiraz ediyorum. Bu tür iletilere hiçbir zaman onay vermedim.

İyi çalışmalar,
Doç. Dr. Zeynep Kaya-Arslan
Ege Üniversitesi, İşletme Fakültesi
"""),

dict(cls="agent", rights=["erasure"], name="Elif Çelik", emp="Ege Lojistik Ltd. Şti.", agent="Burak Şahin", note="Turkish lawyer (Av.) for client; client's name with apostrophe suffix plus nominative", ua="outlook", shape="attach", cs="utf-8",
 att=[("vekaletname.pdf", "application/pdf", FAKE_PDF)],
 frm=("Av. Burak Şahin", "burak.sahin@sahin-hukuk.example"), subj="Müvekkilim Elif Çelik hakkında silme talebi",
 body="""Sayın Veri Sorumlusu,

Müvekkilim Elif Çelik, Ege Lojistik Ltd. Şti. bünyesindeki görevinden ayrılmıştır. Elif Çelik'e ait olup platformunuzda tutulan tüm kişisel verilerin KVKK md. 11/1-e uyarınca silinmesini talep ederim.

Vekaletname ekte sunulmuştur.

Saygılarımla,
Av. Burak Şahin
İzmir Barosu
"""),

dict(cls="not_request", kind="other", rights=[], name="Serkan Aydın", note="Turkish phishing posing as KVKK application with a link", ua="none", shape="html", cs="utf-8", cte="base64",
 frm=("KVKK Basvuru Birimi", "basvuru@kvkk-bildirim.example"), subj="KVKK başvurunuz hakkında – belgeyi görüntüleyin",
 html="""<html><body><p>Sayın İlgili,</p>
<p>Adınıza bir KVKK başvurusu iletilmiştir. Başvuru belgesini görüntülemek için aşağıdaki bağlantıya tıklayınız. Belge 24 saat içinde görüntülenmezse başvuru Kurul'a iletilecektir.</p>
<p><a href="http://kvkk-bildirim.example/belge?id=55231">Belgeyi Görüntüle</a></p>
<p>Saygılarımızla,<br>Serkan Aydın<br>Başvuru Birimi</p></body></html>
""", body=""),
dict(cls="footer_rights", rights=["rectification"], name="Hakan Koç", emp="Marmara Gıda Sanayi A.Ş.", note="correction request above a KVKK footer listing md. 11 rights", ua="outlook", cs="iso-8859-9", cte="quoted-printable",
 frm=("Hakan Koç", "hakan.koc@marmaragida.example"), subj="Unvan düzeltme",
 body="""Merhaba,

Sisteminizde unvanım hâlâ "Satış Uzmanı" olarak görünüyor, geçen ay "Bölge Müdürü" oldum. Düzeltebilir misiniz?

İyi çalışmalar,
Hakan Koç
Bölge Müdürü
Marmara Gıda Sanayi A.Ş.

KVKK Aydınlatma: 6698 sayılı Kanun'un 11. maddesi kapsamında kişisel verilerinize ilişkin bilgi talep etme, düzeltilmesini veya silinmesini isteme ve işlemeye itiraz etme haklarına sahipsiniz. Başvurularınız için kvkk@marmaragida.example adresine yazabilirsiniz.
"""),
]
