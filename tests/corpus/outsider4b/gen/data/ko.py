from . import M, AR, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "박지훈", None, None,
  "Casual Korean (해요체): please delete my info",
  ("박지훈", "jihoon.park@naver-mail.example"),
  "제 정보 삭제해 주세요",
  """
안녕하세요.

요즘 그쪽 영업 담당자한테서 전화랑 메일이 계속 오는데, 저는 가입한 적이 없어요. 제 이름, 전화번호, 이메일 등 갖고 계신 정보 전부 삭제해 주세요.

감사합니다.
박지훈
""", cs="euc-kr", cte="base64"),

M("legal_anchor", "request", ["access"], "이서연", None, None,
  "개인정보 보호법 제35조 열람 요구, formal, ks_c_5601-1987 label (Outlook style)",
  ("이서연", "seoyeon.lee@daum-mail.example"),
  "개인정보 열람 요구서",
  """
Innthink Technologies 개인정보 보호책임자 귀하

안녕하십니까.

본인은 「개인정보 보호법」 제35조에 따라 귀사가 처리하고 있는 본인의 개인정보에 대한 열람을 요구합니다. 처리 목적, 보유 기간 및 제3자 제공 현황도 함께 알려 주시기 바랍니다.

회신은 본 이메일 주소로 부탁드립니다.

이서연 드림
""", shape="html", style="outlook", cs="cp949", label="ks_c_5601-1987", cte="base64"),

M("names", "request", ["rectification"], "김민준", "주식회사 대성물산", None,
  "Korean name with Latin display 'Kim Minjun' (family-first); romanisation in CRM wrong",
  ("Kim Minjun", "minjun.kim@daesung-corp.example"),
  "이름 표기 수정 요청",
  """
안녕하세요, 주식회사 대성물산 김민준입니다.

회사에서 쓰는 Massist CRM에 제 영문 이름이 "Min Jun Gim"으로 되어 있고, 한글 이름도 "김민중"으로 잘못 들어가 있습니다. 아래와 같이 수정 부탁드립니다.

한글: 김민준
영문: KIM MINJUN

감사합니다.
김민준 대리
주식회사 대성물산 해외영업팀
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("footer_rights", "request", ["objection", "withdraw_consent"], "최유진", "(주)한빛소프트웨어", None,
  "Company footer lists 열람/정정·삭제/처리정지 rights (not counted); employer '(주)' in signature; withdraw marketing consent + object",
  ("최유진", "yujin.choi@hanbitsw.example"),
  "마케팅 수신 동의 철회",
  """
안녕하세요.

작년에 세미나 신청하면서 마케팅 정보 수신에 동의했는데, 그 동의를 철회합니다. 앞으로 제 개인정보를 홍보나 마케팅에 이용하지 말아 주세요.

최유진
(주)한빛소프트웨어 | 경영지원팀

※ 본 메일은 (주)한빛소프트웨어의 업무용 메일입니다. 정보주체는 개인정보의 열람, 정정·삭제, 처리정지를 요구할 권리가 있으며, 관련 문의는 privacy@hanbitsw.example 으로 해 주시기 바랍니다.
""", cs="euc-kr", cte="8bit"),

M("legal_anchor", "request", ["opt_out_sale", "limit_sensitive"], "정하나", None, None,
  "Korean-American citing CCPA: do not sell/share + limit sensitive PI, in Korean",
  ("Hana Jung", "hana.jung@la-mail.example"),
  "개인정보 판매·공유 거부 (CCPA)",
  """
안녕하세요,

저는 캘리포니아 로스앤젤레스에 거주하고 있습니다. 캘리포니아 소비자 개인정보 보호법(CCPA/CPRA)에 따라 제 개인정보를 판매하거나 공유하지 말아 주시고, 민감한 개인정보(건강 정보 등)의 사용도 필요한 범위로 제한해 주세요.

감사합니다.
정하나
""", cs="utf-8", cte="8bit"),

M("not_request", "auto_reply", [], "윤서준", None, None,
  "Korean out-of-office (부재중 자동응답)",
  ("윤서준", "seojun.yoon@busan-port.example"),
  "[자동응답] 부재중입니다",
  """
안녕하세요, 윤서준입니다.

9월 20일까지 출장으로 메일 확인이 어렵습니다. 급한 용무는 051-555-0100으로 연락 주시기 바랍니다.

감사합니다.
""", cs="euc-kr", cte="base64", headers=AR()),
]
