from . import M, DPO

MAILS = [
M("plain_words", "request", ["access", "erasure"], "Rizky Pratama", None, None,
  "Informal Indonesian (gue/lo-ish, abbreviations): what do you have + delete",
  ("Rizky Pratama", "rizky.pratama97@surel.example"),
  "data sy kok ada di sistem kalian?",
  """
Halo min,

Sy dpt telpon dr sales yg bilang data sy ada di sistem Massist. Sy gak pernah daftar apa2. Tolong kasih tau data apa aja yg kalian simpen ttg sy, abis itu hapus semuanya ya.

Makasih
Rizky Pratama
""", cs="utf-8", cte="7bit"),

M("legal_anchor", "request", ["withdraw_consent"], "Ni Luh Putu Ayu Wulandari", "PT Segara Bali Wisata", None,
  "UU PDP No. 27/2022 withdrawal of consent; Balinese name with birth-order prefix; PT employer",
  ("Ni Luh Putu Ayu Wulandari", "ayu.wulandari@segarabali.example"),
  "Penarikan Persetujuan Pemrosesan Data Pribadi",
  """
Kepada Yth.
Petugas Pelindungan Data Pribadi
Innthink Technologies

Dengan hormat,

Berdasarkan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, saya dengan ini menarik kembali persetujuan yang pernah saya berikan untuk pemrosesan data pribadi saya, khususnya untuk keperluan survei dan materi promosi.

Saya bekerja di PT Segara Bali Wisata yang menggunakan aplikasi Massist CRM.

Mohon konfirmasi tertulis atas penarikan persetujuan ini.

Hormat saya,
Ni Luh Putu Ayu Wulandari
Staf Reservasi
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("not_request", "other", [], "Hendra Gunawan", "CV Maju Jaya Komputer", None,
  "General question from a reseller about data centre location; not a rights request",
  ("Hendra Gunawan", "hendra@majujaya-komp.example"),
  "Pertanyaan lokasi server",
  """
Selamat siang Bapak/Ibu,

Kami reseller dari Surabaya. Ada calon klien yang menanyakan apakah data Massist CRM disimpan di server dalam negeri atau di luar negeri, karena terkait UU PDP. Apakah ada dokumen yang bisa kami bagikan ke klien?

Terima kasih atas bantuannya.

Salam,
Hendra Gunawan
CV Maju Jaya Komputer
""", cs="utf-8", cte="8bit"),
]
