from spec import M

MAILS = [
M(rights=["objection"], name="Nguyễn Thị Lan", cls="plain_words",
  note="everyday Vietnamese: stop calling me and sending ads = objection",
  frm=("Nguyễn Thị Lan", "lan.nguyen@mail-vn.example"), subj="Đừng gọi điện cho tôi nữa",
  cte="b64", client="android", tz=7,
  body="""Chào anh chị,

Gần một tháng nay nhân viên bên anh chị gọi cho tôi gần như mỗi ngày để giới thiệu phần mềm. Tôi không có nhu cầu. Xin đừng gọi điện cho tôi nữa và cũng đừng gửi email quảng cáo.

Cảm ơn,
Nguyễn Thị Lan
"""),

M(rights=["rectification"], name="Trần Văn Hùng", cls="plain_words",
  note="everyday Vietnamese: please correct my phone number and address",
  frm=("Trần Văn Hùng", "hung.tran@mail-vn.example"), subj="Sửa lại thông tin giúp tôi",
  cte="qp", client="gmail", tz=7,
  body="""Chào bạn,

Số điện thoại và địa chỉ của tôi trong hệ thống bên bạn bị sai. Nhờ bạn sửa lại giúp:

Số điện thoại: 0912 555 347
Địa chỉ: 25 Lê Lợi, Quận 1, TP. Hồ Chí Minh

Cảm ơn nhiều!
Trần Văn Hùng
"""),
]
