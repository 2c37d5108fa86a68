# Vietnamese letters (4).

LETTERS = [
# 001
dict(cls="plain_words", rights=["access"], name="Trần Minh Khoa", emp=None, agent=None,
     note="'bên bạn đang lưu những thông tin gì về tôi'",
     frm=("Trần Minh Khoa", "khoa.tran@thu-viet.example"), subj="Thông tin của tôi",
     cs="utf-8", cte="quoted-printable",
     body="""
Chào anh/chị,

Công ty tôi đang dùng phần mềm CRM của bên mình. Tôi muốn biết bên mình đang lưu những thông tin gì về tôi. Anh/chị gửi cho tôi một bản được không?

Cảm ơn nhiều.
Trần Minh Khoa
"""),
# 002
dict(cls="multi_right", rights=["rectification", "objection"], name="Phạm Thu Trang", emp="Công ty TNHH Sao Mai", agent=None,
     note="wrong name + no more ad messages; employer in signature",
     frm=("Phạm Thu Trang", "trang.pham@saomai-co.example"), subj="Sửa tên và ngừng gửi quảng cáo",
     cs="utf-8", cte="8bit",
     body="""
Chào bên hỗ trợ,

1. Tên tôi trên hệ thống bị ghi sai thành "Phạm Thu Trạng". Tên đúng là Phạm Thu Trang. Nhờ sửa giúp.
2. Đừng gửi tin nhắn và email quảng cáo cho tôi nữa.

Trân trọng,
Phạm Thu Trang
Kế toán trưởng – Công ty TNHH Sao Mai
"""),
# 003
dict(cls="us_wording", rights=["opt_out_sale", "limit_sensitive"], name="Lê Hoàng Nam", emp=None, agent=None,
     note="Vietnamese-American: do not sell or share + limit sensitive information",
     frm=("Nam Le", "nam.le@orangecounty-mail.example"), subj="Không bán hoặc chia sẻ thông tin cá nhân của tôi",
     cs="utf-8", cte="quoted-printable",
     body="""
Xin chào,

Tôi là cư dân California (Westminster). Theo luật CCPA/CPRA, tôi yêu cầu:

- Không bán hoặc chia sẻ thông tin cá nhân của tôi.
- Giới hạn việc sử dụng thông tin cá nhân nhạy cảm của tôi.

Lê Hoàng Nam
"""),
# 004
dict(cls="names", rights=["erasure"], name="Nguyễn Thị Thu Hằng", emp=None, agent=None,
     note="family-name-first Vietnamese name with tone marks; display without diacritics",
     frm=("Hang Nguyen", "hang.nguyen@viet-post.example"), subj="Xoa du lieu",
     cs="utf-8", cte="base64",
     body="""
Chào anh chị,

Tôi là Nguyễn Thị Thu Hằng. Xin xóa toàn bộ thông tin của tôi khỏi hệ thống. Cảm ơn.
"""),
]
