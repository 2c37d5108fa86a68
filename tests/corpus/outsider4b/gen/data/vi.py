from . import M, BULK, DPO

MAILS = [
M("plain_words", "request", ["objection"], "Nguyễn Thị Thu Hằng", None, None,
  "Vietnamese, stop marketing calls/mails; family name first",
  ("Thu Hang Nguyen", "thuhang.nguyen@hopthu.example"),
  "Đề nghị ngừng gọi điện quảng cáo",
  """
Chào anh/chị,

Tuần này em nhận được 4 cuộc gọi và mấy email giới thiệu phần mềm từ bên mình, nói là lấy thông tin của em từ hệ thống Massist. Em không có nhu cầu. Mong bên mình ngừng gọi điện và gửi email quảng cáo cho em.

Cảm ơn anh/chị.
Nguyễn Thị Thu Hằng
""", cs="utf-8", cte="base64"),

M("legal_anchor", "request", ["access", "erasure"], "Trần Quốc Bảo", "Công ty TNHH Thương mại Sao Việt", None,
  "Decree 13/2023/NĐ-CP art. 9; access then delete; employer Công ty TNHH",
  ("Tran Quoc Bao", "bao.tq@saoviet-trading.example"),
  "Yêu cầu cung cấp và xóa dữ liệu cá nhân",
  """
Kính gửi Bộ phận Bảo vệ dữ liệu cá nhân,

Căn cứ Điều 9 Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, tôi đề nghị Quý công ty:

1. Cung cấp cho tôi toàn bộ dữ liệu cá nhân của tôi mà Quý công ty đang xử lý;
2. Sau đó xóa các dữ liệu này khỏi hệ thống.

Tôi hiện là nhân viên kinh doanh tại Công ty TNHH Thương mại Sao Việt, đơn vị đang sử dụng Massist CRM. Tôi sắp nghỉ việc nên không muốn thông tin của mình tiếp tục được lưu.

Trân trọng,
Trần Quốc Bảo
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("not_request", "bulk", [], None, None, None,
  "Vietnamese marketing newsletter mentioning data protection decree",
  ("Bản tin CRM Việt", "bantin@crmviet.example"),
  "Bản tin tháng 5: 5 điều doanh nghiệp cần biết về Nghị định 13",
  """
BẢN TIN CRM VIỆT - THÁNG 5

1. Nghị định 13/2023/NĐ-CP: doanh nghiệp cần chuẩn bị gì?
2. Quyền của chủ thể dữ liệu: quyền được biết, quyền đồng ý, quyền xóa dữ liệu
3. Hội thảo trực tuyến ngày 20/6

Bạn nhận được email này vì đã đăng ký nhận bản tin.
Hủy đăng ký: https://crmviet.example/huy?u=3381
""", shape="alt", cs="utf-8", cte="base64",
  headers=BULK("<bantin.crmviet.example>", "https://crmviet.example/huy?u=3381")),
]
