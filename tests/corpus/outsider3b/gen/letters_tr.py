# Turkish letters (13).

LETTERS = [
# 001
dict(cls="plain_words", rights=["access"], name="Elif Demir", emp=None, agent=None,
     note="'hakkımda ne var' short and polite",
     frm=("Elif Demir", "elif.demir@posta-tr.example"), subj="Hakkımdaki bilgiler",
     cs="iso-8859-9", cte="quoted-printable",
     body="""
Merhaba,

çalıştığım şirket sizin CRM programınızı kullanıyormuş. Sistemde hakkımda hangi bilgilerin kayıtlı olduğunu merak ediyorum. Bana bir kopyasını gönderebilir misiniz?

Teşekkürler,
Elif Demir
"""),
# 002
dict(cls="plain_words", rights=["erasure"], name="Burak Aslan", emp=None, agent=None,
     note="angry phone mail typed without Turkish letters: delete me",
     frm="burak.aslan34@hizlimail.example", subj="BENI SILIN",
     cs="us-ascii", cte="7bit",
     body="""
kac defa soyleyecegim beni sisteminizden silin. numaram da mailim de sizde olmasin. hic bir sekilde kaydimi tutmayin

Burak Aslan

iPhone'umdan gonderildi
"""),
# 003
dict(cls="plain_words", rights=["rectification"], name="Zeynep Korkmaz", emp="Ege Tekstil Sanayi A.Ş.", agent=None,
     note="misspelled surname and old address; employer in running text",
     frm=("Zeynep Korkmaz", "zeynep.korkmaz@egetekstil.example"), subj="Yanlış soyadı ve adres",
     cs="windows-1254", cte="8bit",
     body="""
İyi günler,

Ege Tekstil Sanayi A.Ş.'de muhasebede çalışıyorum, şirketimiz Massist'i kullanıyor. Sistemde soyadım "Korkmas" olarak yazılmış, doğrusu Korkmaz. Ayrıca adresim de eski kalmış; artık Bornova'da değil, Karşıyaka'da oturuyorum: Cemal Gürsel Cad. No: 212 D: 5, İzmir.

Rica etsem ikisini de düzeltebilir misiniz?

Saygılarımla,
Zeynep Korkmaz
"""),
# 004
dict(cls="plain_words", rights=["objection"], name="Hakan Yılmaz", emp=None, agent=None,
     note="stop calling + don't use my data to profile me",
     frm=("Hakan Yılmaz", "hakan.yilmaz@superposta.example"), subj="Aramayı bırakın",
     cs="utf-8", cte="quoted-printable",
     body="""
Merhaba,

satış ekibinizden haftada iki üç kere arıyorlar. Lütfen artık beni aramayın, SMS de atmayın.

Bir de şunu belirteyim: bilgilerimin "müşteri profili" çıkarmak, puanlamak ya da analiz yapmak için kullanılmasını istemiyorum.

Hakan Yılmaz
"""),
# 005
dict(cls="multi_right", rights=["withdraw_consent", "objection"], name="Selin Aydın", emp=None, agent=None,
     note="'artık onay vermiyorum, iznimi geri alıyorum' + no ads",
     frm=("Selin Aydın", "selin.aydin@kutu-posta.example"), subj="İznimi geri alıyorum",
     cs="iso-8859-9", cte="8bit",
     body="""
Merhabalar,

üye olurken telefonumun ve e-postamın kampanyalar için kullanılmasına izin vermiştim. Artık buna onay vermiyorum, iznimi geri alıyorum.

Ayrıca bülten ve reklam e-postalarını da göndermeyi lütfen bırakın.

İyi çalışmalar,
Selin Aydın
"""),
# 006
dict(cls="multi_right", rights=["access", "rectification", "restriction"], name="Murat Çelik", emp="Marmara Gıda Ltd. Şti.", agent=None,
     note="what do you hold, fix errors, don't use until fixed",
     frm=("Murat Çelik", "murat.celik@marmaragida.example"), subj="Kayıtlarım hakkında",
     cs="utf-8", cte="quoted-printable", shape="alt", hstyle="outlook", hlang="tr",
     body="""
Merhaba,

Marmara Gıda Ltd. Şti.'de bölge satış sorumlusu olarak çalışıyorum. Sistemde kayıtlı bilgilerimle ilgili üç ricam var:

1. Hakkımda tutulan bütün bilgileri bana gönderin.
2. Doğum tarihim ve telefon numaram yanlış, bunları düzeltin.
3. Düzeltilene kadar bu bilgilerle hiçbir işlem yapmayın, kimseye göndermeyin.

Saygılarımla
Murat Çelik
"""),
# 007
dict(cls="negation", rights=["erasure"], name="Gülşen Arslan", emp=None, agent=None,
     note="'şikayet etmek istemiyorum' (no complaint) – only delete",
     frm=("Gülşen Arslan", "gulsen.arslan@netposta.example"), subj="Silme talebi",
     cs="windows-1254", cte="quoted-printable",
     body="""
Merhaba,

kimseyi şikayet etmek ya da büyütmek istemiyorum, sadece bilgilerimin silinmesini istiyorum. Eski işyerimden kalma bir kayıt, artık kullanılmasına gerek yok.

Teşekkürler
Gülşen Arslan
"""),
# 008
dict(cls="agent", rights=["access", "erasure"], name="Ayşe Kaya", emp=None, agent="Mehmet Yıldız",
     note="lawyer for a client, with 'Av.' title",
     frm=("Av. Mehmet Yıldız", "av.mehmetyildiz@hukukburosu.example"), subj="Müvekkilim Ayşe Kaya hakkında",
     cs="utf-8", cte="quoted-printable",
     body="""
Sayın Yetkili,

Müvekkilim Ayşe Kaya adına yazıyorum. Vekaletnamem ektedir.

Müvekkilime ait sisteminizde bulunan tüm kişisel verilerin bir kopyasının tarafıma iletilmesini ve ardından bu verilerin silinmesini talep ederim.

Saygılarımla,
Av. Mehmet Yıldız
Yıldız Hukuk Bürosu, Ankara
"""),
# 009
dict(cls="names", rights=["access"], name="Şükrü Öztürk", emp=None, agent=None,
     note="display 'ÖZTÜRK, Şükrü' with Prof. Dr. in the signature",
     frm=("ÖZTÜRK, Şükrü", "sukru.ozturk@universite-tr.example"), subj="Bilgi talebi",
     cs="iso-8859-9", cte="quoted-printable",
     body="""
İyi günler,

bir konferans organizasyonu vesilesiyle bilgilerimin sisteminize girildiğini öğrendim. Hangi bilgilerimin bulunduğunu öğrenmek istiyorum.

Prof. Dr. Şükrü Öztürk
"""),
# 010
dict(cls="legal_anchor", rights=["access", "erasure"], name="Cem Kılıç", emp=None, agent=None,
     note="KVKK md. 11 and md. 7",
     frm=("Cem Kılıç", "cem.kilic@avukatmail.example"), subj="KVKK md. 11 kapsamında başvuru",
     cs="utf-8", cte="quoted-printable",
     body="""
Sayın Veri Sorumlusu,

6698 sayılı Kişisel Verilerin Korunması Kanunu'nun (KVKK) 11. maddesinin (a) ve (b) bentleri uyarınca kişisel verilerimin işlenip işlenmediğini ve işlenmişse buna ilişkin bilgi talep ediyorum.

Ayrıca aynı maddenin (e) bendi ve 7. madde uyarınca kişisel verilerimin silinmesini talep ederim.

Başvurumun 30 gün içinde yanıtlanmasını rica ederim.

Cem Kılıç
T.C. Kimlik No: 12*******46
"""),
# 011
dict(cls="employer", rights=["objection"], name="Deniz Şahin", emp="Anadolu Lojistik A.Ş.", agent=None,
     note="employer in signature; stop marketing mails",
     frm=("Deniz Şahin", "deniz.sahin@anadolulojistik.example"), subj="Pazarlama e-postaları",
     cs="windows-1254", cte="quoted-printable",
     body="""
Merhaba,

Lütfen bana pazarlama e-postası göndermeyi durdurun.

Deniz Şahin
Satın Alma Uzmanı
Anadolu Lojistik A.Ş.
Tel: +90 216 555 12 34
"""),
# 012
dict(cls="form", rights=["access"], name="Emre Doğan", emp="Karadeniz Enerji A.Ş.", agent=None,
     note="Turkish web form with fields and Reply-To",
     frm=("KVKK Başvuru Formu", "form@basvuru-portal.example"), subj="Yeni başvuru: Bilgi talebi",
     cs="utf-8", cte="quoted-printable",
     xh=[("Reply-To", ("Emre Doğan", "emre.dogan@karadenizenerji.example")), ("Auto-Submitted", "auto-generated")],
     body="""
Web sitesi üzerinden yeni bir başvuru alındı.

Ad Soyad: Emre Doğan
E-posta: emre.dogan@karadenizenerji.example
Şirket: Karadeniz Enerji A.Ş.
Talep türü: Bilgi talebi
Açıklama: Hakkımda hangi verilerin tutulduğunu öğrenmek istiyorum.

Gönderim tarihi: 21.04.2026 16:05
"""),
# 013
dict(cls="plain_words", rights=["nomination"], name="Nevin Karaca", emp=None, agent=None,
     note="plain words: after my death my son should decide about my data",
     frm=("Nevin Karaca", "nevin.karaca@posta-tr.example"), subj="Vefatımdan sonra bilgilerim",
     cs="windows-1254", cte="quoted-printable",
     body="""
Merhaba,

72 yaşındayım, sigorta acentem üzerinden sizin sisteminizde kaydım varmış. Bir isteğim var: ben vefat edersem, bilgilerimle ilgili her konuda oğlum Kerem Karaca karar versin. Silinmesini isterse silinsin, saklanmasını isterse saklansın. Lütfen bunu kayda geçin.

Oğlumun telefonu: 0532 000 11 22

Allah'a emanet olun,
Nevin Karaca
"""),
]
