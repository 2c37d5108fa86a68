from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Nguyễn Văn An", note="Vietnamese plain wording", ua="gmail", cs="utf-8",
 frm=("Nguyễn Văn An", "an.nguyen@thu-vn.example"), subj="Các anh chị có thông tin gì về tôi?",
 body="""Chào anh chị,

Dạo này có một công ty bảo hiểm gọi điện cho tôi liên tục, họ nói lấy số của tôi từ "Massist". Cho tôi hỏi bên anh chị đang lưu những thông tin gì về tôi và lấy từ đâu?

Cảm ơn,
Nguyễn Văn An
"""),

dict(cls="legal_anchor", rights=["erasure"], name="Trần Thị Mai", emp="Công ty TNHH Thương mại Sao Mai", note="Nghị định 13/2023/NĐ-CP Điều 9 (xóa dữ liệu); TNHH employer", ua="outlook", cs="utf-8", shape="alt",
 frm=("Trần Thị Mai", "mai.tran@saomai-trading.example"), subj="Yêu cầu xóa dữ liệu cá nhân",
 body="""Kính gửi Bộ phận Bảo vệ dữ liệu cá nhân,

Căn cứ Điều 9 Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, tôi đề nghị Quý Công ty xóa toàn bộ dữ liệu cá nhân của tôi được thu thập khi đăng ký hội thảo trực tuyến.

Trân trọng,

Trần Thị Mai
Trưởng phòng Mua hàng
Công ty TNHH Thương mại Sao Mai
TP. Hồ Chí Minh
"""),

dict(cls="not_request", kind="bulk", rights=[], note="Vietnamese newsletter on data protection; bulk", ua="none", shape="alt", cs="utf-8",
 frm=("Bản tin Dữ liệu", "bantin@dulieu-news.example"), subj="Bản tin tuần: Hướng dẫn mới về quyền của chủ thể dữ liệu",
 hdrs=bulk_hdrs("<bantin.dulieu-news.example>", "https://dulieu-news.example/huy-dang-ky?id=312"),
 body="""BẢN TIN DỮ LIỆU – Số 21

• Hướng dẫn mới về quyền truy cập và quyền xóa dữ liệu theo Nghị định 13.
• Hội thảo trực tuyến miễn phí vào thứ Năm.

Bạn nhận được email này vì đã đăng ký tại dulieu-news.example. Hủy đăng ký: https://dulieu-news.example/huy-dang-ky?id=312
"""),
]
