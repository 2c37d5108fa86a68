"""Indonesian and Vietnamese are read (id.toml, vi.toml), in our own sentences: every right, negation, footers."""

from __future__ import annotations

import unicodedata

import pytest

from intake.understand.extract import extract
from intake.understand.extraction import Extraction
from intake.understand.lexicon import unaccented
from intake.understand.parse import parse


def mail(body: str, subject: str = "Permintaan", sender: str = "Jane Doe <jane.doe@example.com>") -> bytes:
    head = f"From: {sender}\r\nTo: dpo@massistcrm.com\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
    return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()


def run(body: str, subject: str = "Permintaan", sender: str = "Jane Doe <jane.doe@example.com>") -> Extraction:
    return extract(parse(mail(body, subject, sender)))


# (sentence, rights it asks for): one family of wording per line, formal and everyday.
INDONESIAN = [
    (
        "Halo, saya mau tahu data apa saja tentang saya yang disimpan di sistem kalian. Tolong kirimkan salinannya.",
        ["access"],
    ),
    ("Selamat sore. Dari mana kalian mendapatkan nomor HP saya? Saya merasa tidak pernah mendaftar.", ["access"]),
    (
        "Alamat saya di data pelanggan sudah lama. Mohon diperbarui menjadi Jl. Kenanga No. 12, Bandung.",
        ["rectification"],
    ),
    ("Nama saya di sistem salah ketik, yang benar Rahmat Hidayat dengan satu t di akhir.", ["rectification"]),
    ("min tolong apusin akun sama semua data gw ya, udah ga pake aplikasinya lagi", ["erasure"]),
    (
        "Dengan hormat, berdasarkan Pasal 8 UU PDP saya mengajukan permohonan atas seluruh data pribadi saya.",
        ["erasure"],
    ),
    ("Selama keluhan saya diproses, mohon data saya dibekukan dan jangan dipakai untuk apa pun dulu.", ["restriction"]),
    (
        "Saya mau pindah ke penyedia lain. Tolong kirim kontak saya dalam CSV atau Excel supaya bisa saya impor.",
        ["portability"],
    ),
    ("Tolong berhenti menelepon saya untuk menawarkan kartu kredit, saya keberatan.", ["objection"]),
    ("Mohon jangan kirim SMS promo lagi ke nomor ini.", ["objection"]),
    (
        "Dulu saya setuju foto saya dipakai di brosur kalian. Sekarang saya menarik kembali persetujuan itu.",
        ["withdraw_consent"],
    ),
    (
        "Pengajuan kredit saya ditolak otomatis. Saya minta keputusan itu ditinjau ulang oleh manusia.",
        ["automated_decision"],
    ),
    ("Jangan jual data pribadi saya kepada perusahaan lain mana pun.", ["opt_out_sale"]),
    (
        "Data kesehatan saya hanya boleh dipakai untuk klaim asuransi, jangan digunakan untuk hal lain.",
        ["limit_sensitive"],
    ),
    ("Mohon anggap email ini sebagai pengaduan resmi atas pelayanan tim dukungan kalian.", ["grievance"]),
    ("Jika saya meninggal, anak saya yang mengurus data saya di akun ini.", ["nomination"]),
    # Negation: the erasure is refused, only the correction asked.
    ("Saya tidak ingin akun saya dihapus. Cukup perbaiki nomor telepon saya yang keliru.", ["rectification"]),
    ("Saya sudah tidak pakai aplikasinya, jadi tolong hapus akun saya.", ["erasure"]),
]

VIETNAMESE = [
    ("Chào anh chị, cho tôi hỏi công ty đang lưu những dữ liệu gì về tôi? Tôi muốn xem toàn bộ.", ["access"]),
    ("Các bạn lấy số điện thoại của tôi từ đâu vậy? Tôi chưa đăng ký dịch vụ nào của các bạn.", ["access"]),
    ("Chao anh chi, toi muon biet ben ban dang luu thong tin gi ve toi. Cam on.", ["access"]),
    ("Địa chỉ của tôi trong hệ thống bị sai, nhờ anh chị sửa lại thành 25 Lý Thường Kiệt, Hà Nội.", ["rectification"]),
    ("Xin xoa tai khoan va toan bo du lieu cua toi khoi he thong. Cam on.", ["erasure"]),
    ("Trong khi chờ giải quyết, đề nghị tạm ngừng xử lý dữ liệu của tôi.", ["restriction"]),
    (
        "Tôi sắp chuyển sang nhà cung cấp khác, vui lòng xuất danh bạ dạng CSV hoặc Excel để nhập vào hệ thống mới.",
        ["portability"],
    ),
    ("Làm ơn ngừng gọi điện quảng cáo cho tôi vào buổi tối.", ["objection"]),
    ("Đừng gửi tin nhắn khuyến mãi cho tôi nữa.", ["objection"]),
    ("Tôi rút lại sự đồng ý cho công ty dùng ảnh của tôi trên trang web.", ["withdraw_consent"]),
    ("Hồ sơ vay của tôi bị hệ thống tự động từ chối. Tôi muốn có người thật xem xét lại.", ["automated_decision"]),
    ("Không bán hoặc chia sẻ thông tin cá nhân của tôi cho bên thứ ba.", ["opt_out_sale"]),
    ("Vui lòng giới hạn việc sử dụng dữ liệu sức khỏe nhạy cảm của tôi.", ["limit_sensitive"]),
    ("Xin coi email này là đơn khiếu nại chính thức về bộ phận chăm sóc khách hàng.", ["grievance"]),
    ("Sau khi tôi qua đời, con gái tôi sẽ quyết định số phận dữ liệu của tôi.", ["nomination"]),
    ("Căn cứ khoản 5 Điều 9 Nghị định 13/2023/NĐ-CP, tôi gửi yêu cầu này cho quý công ty.", ["erasure"]),
    # Negation: "không muốn xóa" refuses the erasure; "…nữa nên muốn xóa" asks for it after a negated clause.
    ("Tôi không muốn xóa tài khoản, chỉ cần cập nhật số điện thoại mới.", ["rectification"]),
    ("Tôi không còn dùng dịch vụ nữa nên muốn xóa tài khoản.", ["erasure"]),
]


@pytest.mark.parametrize(("text", "want"), INDONESIAN, ids=[t[:40] for t, _ in INDONESIAN])
def test_indonesian_wordings_ask_their_rights(text: str, want: list[str]) -> None:
    got = run(f"Selamat siang,\n\n{text}\n\nTerima kasih,\nJane Doe\n")
    assert got.language == "id" and "language_unsupported" not in got.flags
    assert got.kind == "request"
    assert got.rights == want


@pytest.mark.parametrize(("text", "want"), VIETNAMESE, ids=[t[:40] for t, _ in VIETNAMESE])
def test_vietnamese_wordings_ask_their_rights(text: str, want: list[str]) -> None:
    got = run(f"Chào anh chị,\n\n{text}\n\nTrân trọng,\nJane Doe\n", subject="Yêu cầu")
    assert got.language == "vi" and "language_unsupported" not in got.flags
    assert got.kind == "request"
    assert got.rights == want


def test_vietnamese_is_read_as_typed_without_diacritics() -> None:
    assert unaccented("Xóa dữ liệu của tôi, Đà Nẵng") == "Xoa du lieu cua toi, Da Nang"
    got = run("Chao chi,\n\nLam on dung gui tin nhan quang cao cho toi nua.\n\nCam on,\nJane\n", subject="Quang cao")
    assert got.language == "vi" and got.rights == ["objection"]


def test_vietnamese_sent_with_combining_marks_is_read() -> None:
    body = unicodedata.normalize("NFD", "Chào anh chị,\n\nXin xóa toàn bộ dữ liệu của tôi.\n\nTrân trọng,\nJane\n")
    got = run(body, subject="Yêu cầu")
    assert got.language == "vi" and got.rights == ["erasure"]


def test_a_phone_footer_is_no_employer() -> None:
    body = (
        "halo min,\n\ntolong hapus semua data saya ya.\n\nmakasih\nDewi Lestari\n\nDikirim dari ponsel Samsung saya\n"
    )
    got = run(body, sender="Dewi Lestari <dewi@example.com>")
    assert got.rights == ["erasure"] and got.name == "Dewi Lestari" and got.employer is None
    got = run("Chào anh chị,\n\nXin xóa email của tôi khỏi hệ thống.\n\nCảm ơn,\nHà My\n\nGửi từ iPhone của tôi\n",
              sender="Ha My <hamy@example.com>")  # fmt: skip
    assert got.rights == ["erasure"] and got.employer is None


def test_a_question_asks_for_no_right() -> None:
    got = run("Halo,\n\napakah kantor kalian buka hari Sabtu? Saya ingin mengambil dokumen kontrak.\n\nTerima kasih\n")
    assert got.language == "id" and got.kind == "other" and got.rights == []
    got = run(
        "Chào chị,\n\nvăn phòng bên mình có làm việc vào thứ Bảy không ạ? Tôi muốn qua lấy hợp đồng.\n\nCảm ơn chị\n"
    )
    assert got.language == "vi" and got.kind == "other" and got.rights == []


def test_a_privacy_notice_in_the_footer_invokes_nothing() -> None:
    body = (
        "Selamat pagi,\n\nmohon perbaiki alamat email saya menjadi andi.baru@example.com.\n\nSalam,\nAndi Wijaya\n\n"
        "Pemberitahuan privasi: Anda berhak mengakses, memperbaiki atau menghapus data pribadi Anda kapan saja.\n"
    )
    assert run(body).rights == ["rectification"]
    body = (
        "Chào anh chị,\n\nxin sửa lại tên tôi thành Trần Văn Nam.\n\nTrân trọng,\nTrần Văn Nam\n\n"
        "Quý khách có quyền truy cập, chỉnh sửa hoặc xóa dữ liệu cá nhân của mình bất cứ lúc nào.\n"
    )
    assert run(body, subject="Sửa tên").rights == ["rectification"]


def test_names_and_employers_are_read_from_running_text() -> None:
    got = run("Selamat siang,\n\nNama saya Andi Wijaya dan saya bekerja di PT Cahaya Mandiri Sejahtera. "
              "Tolong hapus akun saya.\n\nTerima kasih\n")  # fmt: skip
    assert (got.name, got.employer) == ("Andi Wijaya", "PT Cahaya Mandiri Sejahtera")
    got = run("Chào anh chị,\n\nTôi tên là Phạm Văn Đức, làm việc tại Công ty TNHH Minh Phát. Xin xóa tài khoản."
              "\n\nTrân trọng\n", subject="Xóa tài khoản")  # fmt: skip
    assert (got.name, got.employer) == ("Phạm Văn Đức", "Công ty TNHH Minh Phát")
    got = run("Chào anh chị,\n\nTôi là Võ Thị Lan. Xin cho tôi bản sao dữ liệu cá nhân của tôi.\n\nCảm ơn\n",
              sender="Lan Vo <lan@example.com>")  # fmt: skip
    assert got.name == "Võ Thị Lan" and got.rights == ["access"]


def test_hr_relays_a_former_employees_request() -> None:
    body = (
        "Dengan hormat,\n\nKami teruskan permintaan mantan karyawan kami, Bapak Joko Susilo, agar seluruh data "
        "pribadinya dihapus.\n\nSalam,\nMaya Sari\nHRD PT Maju Bersama\n"
    )
    got = run(body, sender="Maya Sari <maya@example.com>")
    assert got.rights == ["erasure"] and got.name == "Joko Susilo" and got.agent_name == "Maya Sari"
    assert got.employer == "PT Maju Bersama"


def test_the_laws_are_named_and_their_articles_read() -> None:
    got = run(
        "Dengan hormat,\n\nsesuai Pasal 7 ayat (1) UU No. 27 Tahun 2022 saya meminta salinan data saya.\n\nHormat\n"
    )
    assert got.rights == ["access"] and "indonesia" in got.jurisdiction_cues
    got = run("Kính gửi quý công ty,\n\ntheo Điều 9 khoản 8 Nghị định 13, tôi phản đối việc dùng dữ liệu để quảng cáo."
              "\n\n"
              "Trân trọng\n", subject="Yêu cầu")  # fmt: skip
    assert got.rights == ["objection"] and "vietnam" in got.jurisdiction_cues


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        (
            "Balasan otomatis: Permintaan",
            "Terima kasih atas email Anda. Saya sedang cuti sampai 12 Juni.",
            "auto_reply",
        ),
        ("Trả lời tự động: Yêu cầu", "Tôi đang nghỉ phép đến ngày 12/6 và sẽ trả lời khi quay lại.", "auto_reply"),
    ],
)
def test_out_of_office_replies_are_machine_mail(subject: str, body: str, kind: str) -> None:
    assert run(body, subject=subject).kind == kind
