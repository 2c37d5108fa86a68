# Indonesian letters (4).

LETTERS = [
# 001
dict(cls="plain_words", rights=["erasure"], name="Dimas Prasetyo", emp=None, agent=None,
     note="casual 'tolong hapus data saya', phone-written",
     frm=("Dimas Prasetyo", "dimas.prasetyo@surel-id.example"), subj="hapus data saya",
     cs="us-ascii", cte="7bit",
     body="""
halo min,

tolong hapus semua data saya ya, nama, no hp, email. saya gak pernah daftar apa2 tapi kok dapet sms promo terus dari kalian.

makasih
Dimas Prasetyo

Dikirim dari ponsel Samsung saya
"""),
# 002
dict(cls="plain_words", rights=["rectification"], name="Siti Rahmawati", emp="PT Mitra Niaga Nusantara", agent=None,
     note="name mistyped + new phone number; employer in running text",
     frm=("Siti Rahmawati", "siti.rahmawati@mitraniaga.example"), subj="Perbaikan data",
     cs="utf-8", cte="quoted-printable",
     body="""
Selamat siang,

Saya bekerja di PT Mitra Niaga Nusantara yang memakai sistem Massist. Di sistem, nama saya tertulis "Siti Rahmawaty" (pakai y), yang benar Siti Rahmawati. Nomor HP saya juga sudah ganti, yang baru 0812-0000-4567.

Mohon dibantu perbaiki. Terima kasih.

Salam,
Siti Rahmawati
"""),
# 003
dict(cls="multi_right", rights=["access", "objection"], name="Agus Setiawan", emp=None, agent=None,
     note="what data do you keep + stop marketing calls",
     frm=("Agus Setiawan", "agus.setiawan@surel-id.example"), subj="Data saya dan telepon marketing",
     cs="utf-8", cte="8bit",
     body="""
Selamat pagi,

1. Data apa saja tentang saya yang Bapak/Ibu simpan? Mohon dikirimkan.
2. Tolong hentikan telepon dan WA promosi ke nomor saya. Saya tidak tertarik.

Hormat saya,
Agus Setiawan
"""),
# 004
dict(cls="agent", rights=["erasure"], name="Budi Santoso", emp="PT Sinar Jaya Abadi", agent="Rina Wulandari",
     note="HR forwards a resigned employee's deletion request",
     frm=("Rina Wulandari", "rina.wulandari@sinarjaya.example"), subj="Fwd: Permohonan penghapusan data",
     cs="utf-8", cte="quoted-printable",
     body="""
Dengan hormat,

Kami teruskan permohonan dari mantan karyawan kami, Bapak Budi Santoso, yang sudah resign per 30 April. Beliau meminta seluruh data pribadinya di Massist dihapus.

Terima kasih,
Rina Wulandari
HRD PT Sinar Jaya Abadi

---------- Pesan terusan ---------
Dari: Budi Santoso <budi.santoso@surel-id.example>
Tanggal: Sen, 4 Mei 2026 09.12
Subjek: Permohonan penghapusan data

Bu Rina, saya minta tolong data saya di sistem CRM kantor dihapus semua, karena saya sudah tidak bekerja di sana. Terima kasih.
Budi Santoso
"""),
]
