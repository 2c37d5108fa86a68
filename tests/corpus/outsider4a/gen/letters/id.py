from spec import M

MAILS = [
M(rights=["erasure"], name="Budi Santoso", cls="plain_words",
  note="everyday Indonesian: please delete all my data",
  frm=("Budi Santoso", "budi.santoso@mail-id.example"), subj="Tolong hapus data saya",
  cte="7bit", client="android", tz=7,
  body="""Selamat siang,

Saya tidak pernah daftar di layanan Anda, tapi tiap minggu dapat email promosi. Tolong hapus semua data saya dari sistem Anda dan jangan kirim email lagi.

Terima kasih,
Budi Santoso
"""),

M(rights=["portability"], name="Siti Rahmawati", cls="plain_words",
  note="everyday Indonesian: send my data as a file to move to another app = portability",
  frm=("Siti Rahmawati", "siti.rahmawati@surel-id.example"), subj="Minta data saya dalam bentuk file",
  cte="qp", client="gmail",
  body="""Halo,

Akhir bulan ini saya mau berhenti langganan dan pindah ke aplikasi lain. Bisa tolong kirimkan data saya (profil, daftar kontak, dan riwayat catatan serta tugas) dalam file Excel atau CSV supaya bisa langsung saya unggah ke aplikasi yang baru?

Terima kasih banyak,
Siti Rahmawati
"""),

M(kind="other", name="Dewi Lestari", cls="not_request",
  note="Indonesian job application with consent to keep the CV; no right exercised",
  frm=("Dewi Lestari", "dewi.lestari.cv@mail-id.example"), subj="Lamaran Kerja - Staf Perlindungan Data",
  cte="qp", client="gmail",
  body="""Dengan hormat,

Bersama email ini saya mengirimkan lamaran untuk posisi Staf Perlindungan Data di perusahaan Bapak/Ibu.

Saya bersedia data pribadi saya disimpan dan diproses untuk keperluan rekrutmen selama satu tahun.

Hormat saya,
Dewi Lestari
"""),
]
