from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="김민준", note="plain Korean", ua="gmail", cs="utf-8",
 frm=("김민준", "minjun.kim@mail-kr.example"), subj="제 정보 뭐 가지고 계세요?",
 body="""안녕하세요.

요즘 모르는 보험회사에서 계속 전화가 오는데, 제 번호를 "Massist"에서 받았다고 하네요. 저에 대해 어떤 정보를 가지고 계신지, 어디서 받으신 건지 알려주세요.

김민준 드림
"""),

dict(cls="legal_anchor", rights=["access", "erasure"], name="이서연", emp="주식회사 한빛테크", note="개인정보 보호법 제35조 열람 + 제36조 삭제; euc-kr labelled ks_c_5601-1987 (Outlook)", ua="outlook", cs="euc-kr", cs_label="ks_c_5601-1987", cte="base64", shape="alt",
 frm=("이서연", "seoyeon.lee@hanbit-tech.example"), subj="개인정보 열람 및 삭제 요구",
 body="""안녕하십니까.

주식회사 한빛테크 구매팀 이서연입니다.

「개인정보 보호법」 제35조에 따라 귀사가 처리하고 있는 본인의 개인정보에 대한 열람을 요구하며, 같은 법 제36조에 따라 귀사 온라인 교육 참가 시 수집된 본인의 개인정보 삭제를 요구합니다.

회신 부탁드립니다.

이서연 드림
주식회사 한빛테크 구매팀
"""),

dict(cls="names", rights=["withdraw_consent"], name="박지훈", note="romanised display 'Park Ji-hoon', Hangul name in signature; consent withdrawal", ua="apple", cs="utf-8",
 frm=("Park Ji-hoon", "jihoon.park@mail-kr.example"), subj="동의 철회합니다",
 body="""안녕하세요,

작년에 웨비나 녹화 영상을 홍보에 써도 된다고 동의했었는데, 그 동의를 철회합니다. 제 얼굴과 이름이 나오는 영상은 내려주세요.

박지훈
"""),

dict(cls="employer", rights=["rectification"], name="최유진", emp="대한물산 주식회사", note="employer in running text '...에서 근무하고 있습니다'", ua="outlook", cs="euc-kr", cte="8bit",
 frm=("최유진", "yujin.choi@daehan-trading.example"), subj="직함 정정 요청",
 body="""안녕하세요.

저는 대한물산 주식회사 영업팀에서 근무하고 있는 최유진입니다. 시스템에 제 직함이 "사원"으로 되어 있는데, 올해 "대리"로 승진했습니다. 정정 부탁드립니다.

감사합니다.
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="정다은", note="Korean out-of-office", ua="outlook", cs="utf-8",
 frm=("정다은", "daeun.jung@busan-logis.example"), subj="자동 회신: 문의 주신 건", hdrs=ooo_hdrs("exchange"),
 body="""안녕하세요.

8월 14일까지 휴가로 부재중입니다. 급한 용무는 051-000-0000으로 연락 주시기 바랍니다.

정다은 드림
"""),
dict(cls="multi_right", rights=["access", "rectification", "withdraw_consent"], name="한지수", note="Korean: 열람, 정정, 동의 철회 (location consent) in one numbered list", ua="outlook", cs="utf-8",
 frm=("한지수", "jisoo.han@mail-kr.example"), subj="개인정보 관련 요청 드립니다",
 body="""안녕하세요.

다음과 같이 요청드립니다.

1. 저에 대해 보관 중인 개인정보 열람
2. 휴대전화 번호 정정 (010-0000-1234 → 010-0000-4321)
3. 모바일 앱의 위치정보 수집 동의 철회

확인 후 회신 부탁드립니다.

한지수 드림
"""),
]
