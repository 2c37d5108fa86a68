from ._c import *

MAILS = [
dict(cls="plain_words", rights=["erasure"], name="Budi Santoso", note="Indonesian plain 'hapus data saya'", ua="gmail", cs="utf-8",
 frm=("Budi Santoso", "budi.santoso@surel-id.example"), subj="tolong hapus data saya",
 body="""Halo,

Saya sering dapat telepon dari perusahaan pinjaman yang katanya dapat nomor saya dari "Massist". Tolong hapus semua data saya dari sistem kalian.

Terima kasih
Budi Santoso
"""),

dict(cls="legal_anchor", rights=["access"], name="Siti Rahmawati", emp="PT Nusantara Digital Solusi", note="UU PDP No. 27/2022 Pasal 7; PT employer in signature", ua="outlook", cs="utf-8",
 frm=("Siti Rahmawati", "siti.rahmawati@nusantara-digital.example"), subj="Permintaan akses data pribadi berdasarkan UU PDP",
 body="""Yth. Petugas Pelindungan Data Pribadi,

Berdasarkan Pasal 7 Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, saya mengajukan permintaan untuk mendapatkan akses dan salinan data pribadi saya yang diproses oleh perusahaan Bapak/Ibu.

Hormat saya,

Siti Rahmawati
Manajer Pengadaan
PT Nusantara Digital Solusi
Jakarta
"""),

dict(cls="form", rights=["withdraw_consent"], name="Dewi Lestari", emp="CV Maju Bersama", note="Indonesian form: Jenis permintaan = penarikan persetujuan; CV legal form", ua="robot", cs="utf-8", cte="quoted-printable",
 frm=("Massist CRM", "noreply@massistcrm-web.example"), subj="Permintaan privasi baru dari formulir situs",
 hdrs=form_hdrs("Dewi Lestari <dewi@majubersama.example>"),
 body="""Nama: Dewi Lestari
Perusahaan: CV Maju Bersama
Email: dewi@majubersama.example
Jenis permintaan: Penarikan persetujuan
Pesan: Saya menarik persetujuan penggunaan foto dan testimoni saya untuk materi promosi Massist.
"""),
]
