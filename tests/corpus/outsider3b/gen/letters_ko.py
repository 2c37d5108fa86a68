# Korean letters (13).

LETTERS = [
# 001
dict(cls="plain_words", rights=["access"], name="이수진", emp=None, agent=None,
     note="'제 정보 뭐가 있나요' friendly, euc-kr",
     frm=("이수진", "sujin.lee@hanmail-kr.example"), subj="제 정보 확인 부탁드려요",
     cs="euc-kr", cte="base64",
     body="""
안녕하세요.

회사에서 쓰는 고객관리 프로그램이 이쪽 거라고 들었어요. 거기에 제 정보가 뭐뭐 들어가 있는지 알고 싶은데, 전부 보내 주실 수 있을까요?

감사합니다.
이수진 드림
"""),
# 002
dict(cls="plain_words", rights=["erasure"], name="정우성", emp=None, agent=None,
     note="short and irritated 'just wipe everything'",
     frm=("정우성", "woosung.j@naver-mail.example"), subj="개인정보 삭제 요청",
     cs="utf-8", cte="8bit",
     body="""
제 이름이랑 전화번호, 이메일 다 지워 주세요. 가입한 적도 없는데 자꾸 연락 옵니다.

정우성

iPhone에서 보냄
"""),
# 003
dict(cls="plain_words", rights=["portability"], name="최민호", emp="민호디자인", agent=None,
     note="file I can take to another company; sole proprietor",
     frm=("최민호", "minho@minho-design.example"), subj="데이터를 파일로 받고 싶습니다",
     cs="euc-kr", cte="quoted-printable",
     body="""
안녕하세요, 1인 사업자(민호디자인)로 Massist를 쓰고 있는 최민호입니다.

다음 달에 다른 업체 서비스로 옮기려고 합니다. 제 계정 정보와 이용 기록을 다른 프로그램에 그대로 올릴 수 있는 파일(CSV나 엑셀)로 보내 주실 수 있을까요? PDF는 옮길 수가 없어서요.

감사합니다.
"""),
# 004
dict(cls="plain_words", rights=["limit_sensitive"], name="한지은", emp="Pacific Dental Group", agent=None,
     note="Korean-American in California: use my health info only for payroll, plain words",
     frm=("Jieun Han", "jieun.han@pacificdental.example"), subj="건강 정보 사용 제한",
     cs="utf-8", cte="quoted-printable",
     body="""
안녕하세요,

저는 캘리포니아 LA에 있는 Pacific Dental Group에서 일하고 있고, 회사가 이 시스템을 씁니다. 제 프로필에 작년 출산휴가와 진료 기록이 들어가 있더라고요.

급여 처리에 필요한 건 이해하지만, 그 외에는 제 건강 관련 정보를 어디에도 쓰지 말아 주세요. 분석이나 평가 같은 데에도요.

한지은
"""),
# 005
dict(cls="multi_right", rights=["rectification", "objection"], name="박성훈", emp=None, agent=None,
     note="typo in the name + stop the ad texts",
     frm=("박성훈", "sunghoon.park@daum-mail.example"), subj="이름 오타랑 광고 문자",
     cs="euc-kr", cte="8bit",
     body="""
안녕하세요.

1. 문자 올 때마다 제 이름이 "박성운"으로 나옵니다. 박성훈이 맞습니다. 고쳐 주세요.
2. 그리고 광고 문자는 이제 그만 보내 주세요.

박성훈
"""),
# 006
dict(cls="multi_right", rights=["withdraw_consent", "objection", "erasure"], name="윤하늘", emp=None, agent=None,
     note="take back consent, stop calls, then delete",
     frm=("윤하늘", "haneul.yoon@kakao-mail.example"), subj="동의 철회합니다",
     cs="utf-8", cte="quoted-printable", shape="alt",
     body="""
안녕하세요.

이벤트 응모할 때 마케팅 정보 수신에 동의했는데, 이제 그 동의를 철회합니다.
영업 전화도 더 이상 하지 말아 주시고,
마지막으로 제 정보는 전부 삭제해 주세요.

윤하늘 드림
"""),
# 007
dict(cls="negation", rights=["access"], name="강동원", emp=None, agent=None,
     note="earlier correction reported as done; now only wants to see the record",
     frm=("강동원", "dongwon.kang@hanmail-kr.example"), subj="Re: 주소 변경 완료 안내",
     cs="euc-kr", cte="quoted-printable",
     body="""
주소 고쳐 주셔서 감사합니다. 그건 잘 됐습니다.

이번엔 다른 부탁인데요, 삭제나 수정은 필요 없고 제 정보가 지금 어떻게 저장돼 있는지 한번 보고 싶습니다. 보내 주실 수 있나요?

강동원

-----Original Message-----
보낸 사람: Massist 고객지원
제목: 주소 변경 완료 안내
요청하신 주소 변경이 완료되었습니다.
"""),
# 008
dict(cls="agent", rights=["erasure"], name="박서연", emp=None, agent="박지훈",
     note="father for a 13-year-old daughter",
     frm=("박지훈", "jihoon.park@naver-mail.example"), subj="딸아이 정보 삭제 요청",
     cs="utf-8", cte="quoted-printable",
     body="""
안녕하세요.

제 딸 박서연(만 13세)이 학교 과제 때문에 귀사 무료 체험에 가입하면서 휴대폰 번호와 집 주소를 입력했습니다.

아이가 미성년자이고 부모 동의도 없었으니, 딸의 정보를 모두 삭제해 주시고 처리 결과를 알려 주세요.

아버지 박지훈 드림
"""),
# 009
dict(cls="names", rights=["access"], name="김민준", emp=None, agent=None,
     note="display 'Kim, Min-jun' romanised family-first with comma; hangul in the body",
     frm=("Kim, Min-jun", "minjun.kim@kaist-mail.example"), subj="개인정보 열람",
     cs="euc-kr", cte="base64",
     body="""
안녕하세요, 김민준입니다. 귀사에 저장된 제 개인정보를 보여 주시기 바랍니다.
"""),
# 010
dict(cls="names", rights=["objection"], name="남궁민수", emp=None, agent=None,
     note="two-syllable family name 남궁 with 님 honorific elsewhere",
     frm=("남궁민수", "namgung.ms@daum-mail.example"), subj="홍보 메일 수신 거부",
     cs="utf-8", cte="quoted-printable",
     body="""
담당자님께,

저는 남궁민수입니다. 앞으로 홍보 메일이나 뉴스레터를 보내지 말아 주세요. 제 정보를 마케팅에 쓰는 것도 원하지 않습니다.
"""),
# 011
dict(cls="form", rights=["rectification"], name="오세영", emp="(주)대한물류", agent=None,
     note="Korean web form with fields; company with (주)",
     frm=("개인정보 문의 폼", "noreply@privacy-form-kr.example"), subj="[문의 접수] 개인정보 정정",
     cs="utf-8", cte="quoted-printable",
     xh=[("Reply-To", ("오세영", "seyoung.oh@daehan-logis.example")), ("Auto-Submitted", "auto-generated")],
     body="""
새 문의가 접수되었습니다.

이름: 오세영
이메일: seyoung.oh@daehan-logis.example
회사명: (주)대한물류
요청 유형: 개인정보 정정
내용: 부서가 영업팀에서 물류기획팀으로 바뀌었는데 아직 예전 부서로 나옵니다. 수정 부탁드립니다.

접수 일시: 2026-05-19 11:07
"""),
# 012
dict(cls="us_wording", rights=["opt_out_sale", "access"], name="조은비", emp=None, agent=None,
     note="CCPA wording in Korean: right to know + do not sell or share",
     frm=("Eunbi Cho", "eunbi.cho@socal-mail.example"), subj="개인정보 판매 및 공유 거부 / 알 권리 행사",
     cs="utf-8", cte="quoted-printable",
     body="""
안녕하세요.

저는 캘리포니아 주민입니다. CCPA에 따라 다음을 요청합니다.

- 알 권리: 귀사가 수집한 제 개인정보의 항목, 출처, 이용 목적을 알려 주십시오.
- 제 개인정보를 판매하거나 공유하지 마십시오.

조은비
"""),
# 013
dict(cls="not_request", kind="auto_reply", rights=[], name="임재현", emp="(주)한빛소프트웨어", agent=None,
     note="Korean out-of-office auto reply",
     frm=("임재현", "jh.lim@hanbit-sw.example"), subj="[자동회신] 부재중입니다",
     cs="euc-kr", cte="base64",
     xh=[("Auto-Submitted", "auto-replied")],
     body="""
안녕하세요.

8월 14일까지 휴가로 부재중입니다. 급한 용무는 support@hanbit-sw.example 로 연락 주시기 바랍니다.

임재현 드림
(주)한빛소프트웨어
"""),
]
