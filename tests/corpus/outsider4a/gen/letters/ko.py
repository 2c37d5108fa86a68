from spec import M

MAILS = [
M(rights=["erasure"], name="김민준", cls="plain_words",
  note="everyday Korean, euc-kr: please erase all my information",
  frm=("김민준", "minjun.kim@naver-mail.example"), subj="제 정보 다 지워주세요",
  cs="euc-kr", cte="b64", client="none", hq="B",
  body="""안녕하세요.

가입한 적도 없는데 계속 메일이 옵니다. 제 정보 가지고 계신 거 전부 지워주시고, 앞으로 연락하지 말아 주세요.

김민준
"""),

M(rights=["rectification"], name="이서연", employer="(주)한빛물산", cls="legal_anchor",
  note="Korean PIPA art. 36 correction; (주) company form in signature",
  frm=("이서연", "seoyeon.lee@hanbit-corp.example"), subj="개인정보 정정 요구 (개인정보 보호법 제36조)",
  cs="euc-kr", cte="qp", client="outlook", shape="alt", style="outlook", hq="B",
  body="""담당자님께,

개인정보 보호법 제36조에 따라 귀사 Massist CRM에 등록된 제 개인정보의 정정을 요구합니다.

- 직위: "대리" → "과장"
- 휴대전화: 010-5555-2741

처리 결과를 회신해 주시기 바랍니다.

이서연
영업팀 과장
(주)한빛물산
"""),

M(rights=["withdraw_consent", "rectification"], name="박지훈", cls="multi_right",
  note="everyday Korean: withdraw marketing consent and update the phone number in one short mail",
  frm=("박지훈", "jihoon.park@daum-mail.example"), subj="마케팅 수신 동의 철회합니다",
  cte="8bit", client="android",
  body="""안녕하세요,

웨비나 신청할 때 광고성 정보 수신에 동의했었는데요, 이제 동의 안 하겠습니다. 철회해 주세요.

그리고 제 휴대폰 번호가 010-5555-8812로 바뀌었으니 그것도 수정 부탁드립니다.

박지훈
"""),

M(rights=["portability"], name="최유나", cls="plain_words",
  note="everyday Korean: send my data as an Excel file to move to another program = portability",
  frm=("최유나", "yuna.choi@mail-kr.example"), subj="데이터를 파일로 받을 수 있을까요?",
  cte="b64", client="gmail",
  body="""안녕하세요.

이번 달 말에 해지하고 다른 프로그램으로 옮기려고 합니다. 제 프로필이랑 고객 목록, 메모와 업무 기록을 엑셀이나 CSV 파일로 보내주실 수 있을까요? 새 프로그램에 바로 올리고 싶어서요.

감사합니다.
최유나
"""),

M(kind="bulk", cls="not_request", note="Korean privacy newsletter, no request",
  frm=("개인정보 뉴스레터", "news@privacy-letter.example"), subj="[개인정보 뉴스레터] 정보주체 권리 행사 대응 가이드",
  cs="euc-kr", cte="qp", client="none", shape="alt", style="web", hq="B",
  hdr=["List-Unsubscribe: <https://privacy-letter.example/unsubscribe/2291>", "Precedence: bulk"],
  body="""개인정보 뉴스레터 제54호

열람, 정정·삭제, 처리정지 요구에 어떻게 대응해야 할까요? 최신 가이드를 정리했습니다.

수신 거부: https://privacy-letter.example/unsubscribe/2291
"""),
]
