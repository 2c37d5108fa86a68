from mime import M

JA = [
M("ja", "plain_words", "request", ["erasure"], "佐藤 健一", None, None, "日常語: 消してください",
  ("佐藤 健一", "k.sato@mail-jp.example"), "私の情報を消してください",
  """突然のメール失礼します。

ある会社から毎日のように営業電話がかかってきて、御社のシステムで私の番号を知ったと言われました。登録した覚えはありません。私の情報を全部消してください。

佐藤 健一""", cs="iso-2022-jp"),
M("ja", "legal_anchor", "request", ["access"], "鈴木 美咲", None, None, "個人情報保護法第33条 開示請求",
  ("鈴木 美咲", "misaki.suzuki@mail-jp.example"), "保有個人データの開示請求（個人情報保護法第33条）",
  """ご担当者様

個人情報の保護に関する法律第33条に基づき、貴社が保有する私の保有個人データの開示を請求いたします。

よろしくお願いいたします。

鈴木 美咲
東京都世田谷区""", cs="shift_jis", cte="base64"),
M("ja", "employer", "request", ["rectification"], "高橋 誠", "株式会社ミナト精工", None, "勤務先を署名に記載（株式会社）",
  ("高橋 誠", "m.takahashi@minato-seiko.example"), "登録情報の訂正のお願い",
  """お世話になっております。

御社CRMに登録されている私の役職が古いままです。「営業部長」に訂正をお願いします。

――――――――――――
株式会社ミナト精工
営業部 部長
高橋 誠
〒220-0012 横浜市西区みなとみらい1-1
――――――――――――""", shape="html", cs="shift_jis", cte="quoted-printable"),
M("ja", "names", "request", ["access"], "渡辺 彩", None, None, "表示名はローマ字・姓名順の問題",
  ("Aya Watanabe", "aya.w@mail-jp.example"), "データのコピー",
  """こんにちは。

私について保存されているデータのコピーを送ってください。

渡辺 彩（わたなべ あや）""", cs="iso-2022-jp"),
M("ja", "agent", "request", ["access", "erasure"], "中村 大輔", "東和物産株式会社", "小林 由美",
  "人事部が社員の依頼を転送（本文引用）",
  ("小林 由美", "y.kobayashi@towa-bussan.example"), "Fw: 個人データについて",
  """Innthink Technologies 個人情報保護担当者様

当社社員 中村の依頼を転送いたします。当社で利用している御社CRMのデータに関するものですので、ご対応をお願いいたします。

東和物産株式会社 人事部
小林 由美

---------- 転送メッセージ ----------
From: 中村 大輔 <d.nakamura@towa-bussan.example>
Date: 2026年9月14日(月) 9:02
Subject: 個人データについて
To: 人事部 <jinji@towa-bussan.example>

人事部 小林様

CRMに残っている私の個人データを確認したうえで、不要なものは削除してほしいです。

中村 大輔""", cs="iso-2022-jp"),
M("ja", "not_request", "auto_reply", [], "山本 浩二", None, None, "不在通知",
  ("山本 浩二", "k.yamamoto@yamamoto-law.example"), "不在のお知らせ",
  """誠に勝手ながら、10月20日まで出張のため不在にしております。返信が遅れますことをご了承ください。

山本 浩二""", hdrs={"Auto-Submitted": "auto-replied"}, cs="iso-2022-jp"),
]

ZH = [
M("zh", "plain_words", "request", ["erasure"], "王磊", None, None, "简体日常用语: 把我删了",
  ("王磊", "wanglei@mail-cn.example"), "请删除我的信息",
  """你好，

有家公司天天给我打电话，说是从你们系统里拿到我的号码的。我从来没同意过，麻烦把我的信息全部删掉。

王磊""", cs="gb2312", cte="base64"),
M("zh", "legal_anchor", "request", ["access", "portability"], "李静", None, None, "个人信息保护法第45条",
  ("李静", "lijing@mail-cn.example"), "依据《个人信息保护法》第四十五条提出的请求",
  """尊敬的个人信息保护负责人：

根据《中华人民共和国个人信息保护法》第四十五条，本人请求查阅、复制贵公司处理的本人个人信息，并请求将其转移至本人指定的个人信息处理者。

此致
李静
上海""", cs="gbk", cte="quoted-printable"),
M("zh", "employer", "request", ["rectification"], "张伟", "深圳市华科信息技术有限公司", None, "签名中的工作单位（有限公司）",
  ("张伟", "zhangwei@huake-tech.example"), "更正信息",
  """您好：

我在贵司系统中的职务信息有误，请更正为"销售总监"。

谢谢！
张伟
销售总监
深圳市华科信息技术有限公司""", shape="html", cs="gbk", cte="base64"),
M("zh", "plain_words", "request", ["access"], "陳美玲", None, None, "繁體日常用語 big5",
  ("陳美玲", "meiling.chen@mail-tw.example"), "我的資料",
  """您好，

請問你們系統裡有我的哪些資料？是從哪裡來的？

陳美玲""", cs="big5", cte="base64"),
M("zh", "employer", "request", ["erasure"], "林志豪", "台灣精密機械股份有限公司", None, "繁體: 我在某公司工作",
  ("林志豪", "chihao.lin@twprecision.example"), "刪除個人資料",
  """您好：

我在台灣精密機械股份有限公司任職，公司使用貴公司的CRM。本人已於九月離職，請刪除我的個人資料。

林志豪 敬上""", cs="big5", cte="quoted-printable"),
M("zh", "agent", "request", ["access"], "黄子轩", None, "黄建国", "父亲代未成年儿子",
  ("黄建国", "huangjg@mail-cn.example"), "关于我儿子的信息",
  """您好，

我是黄子轩的父亲，他今年15岁。他的信息不知怎么进了你们的系统。作为监护人，请告诉我你们保存了他哪些信息。

黄建国""", cs="gb2312", cte="8bit"),
M("zh", "not_request", "other", [], "刘洋", "北京数安合规咨询有限公司", None, "供应商推销合规服务",
  ("刘洋", "liuyang@shuan-consult.example"), "数据合规服务合作",
  """您好，

我们为SaaS企业提供个人信息保护合规咨询，包括个人信息主体权利响应流程设计。期待与贵司合作。

刘洋
北京数安合规咨询有限公司"""),
]

KO = [
M("ko", "plain_words", "request", ["erasure"], "김민수", None, None, "일상어: 지워주세요",
  ("김민수", "minsu.kim@mail-kr.example"), "제 정보 지워주세요",
  """안녕하세요.

어떤 회사에서 매일 전화가 오는데, 귀사 시스템에서 제 번호를 알았다고 합니다. 제 정보 다 지워주세요.

김민수""", cs="euc-kr", cte="base64"),
M("ko", "legal_anchor", "request", ["access"], "이지은", None, None, "개인정보 보호법 제35조 열람",
  ("이지은", "jieun.lee@mail-kr.example"), "개인정보 열람 요구 (개인정보 보호법 제35조)",
  """담당자님께,

개인정보 보호법 제35조에 따라 귀사가 처리하고 있는 저의 개인정보 열람을 요구합니다.

이지은 드림""", cs="euc-kr", cte="quoted-printable"),
M("ko", "employer", "request", ["rectification"], "박준호", "주식회사 한빛테크", None, "서명의 직장 (주식회사)",
  ("박준호", "junho.park@hanbit-tech.example"), "정보 정정 요청",
  """안녕하세요,

CRM에 등록된 제 직함을 "영업팀장"으로 정정해 주세요.

감사합니다.
박준호 | 영업팀장
주식회사 한빛테크""", shape="alt", cs="euc-kr", cte="base64"),
M("ko", "negation", "request", ["objection"], "최서연", None, None, "탈퇴 아님, 광고만 중단",
  ("최서연", "seoyeon.choi@mail-kr.example"), "광고 메일 중단",
  """계정은 삭제하지 마세요. 광고성 메일만 더 이상 보내지 말아 주세요.

최서연"""),
]

CA = [
M("ca", "plain_words", "request", ["erasure"], "Jordi Puigdomènech", None, None, "català col·loquial",
  ("Jordi Puigdomènech", "jordi.puig@correu-cat.example"), "esborreu-me",
  """Bon dia,

No sé d'on heu tret el meu telèfon. Esborreu-me del vostre sistema, si us plau.

Jordi Puigdomènech""", cs="iso-8859-15", cte="quoted-printable"),
M("ca", "employer", "request", ["access"], "Núria Soler i Vila", "Cooperativa Agrícola de l'Empordà, SCCL", None, "català, empresa SCCL",
  ("Núria Soler", "nuria.soler@coopemporda.example"), "Accés a les meves dades",
  """Hola,

Sol·licito una còpia de les dades personals que teniu sobre mi.

Salutacions,
Núria Soler i Vila
Cap d'administració
Cooperativa Agrícola de l'Empordà, SCCL"""),
M("ca", "legal_anchor", "request", ["rectification"], "Marc Ribas", None, None, "article 16 RGPD en català",
  ("Marc Ribas", "marc.ribas@correu-cat.example"), "Dret de rectificació",
  """Benvolguts,

D'acord amb l'article 16 del RGPD, demano la rectificació de la meva adreça postal.

Atentament,
Marc Ribas"""),
]

ID = [
M("id", "plain_words", "request", ["erasure"], "Budi Santoso", None, None, "bahasa sehari-hari",
  ("Budi Santoso", "budi.santoso@mail-id.example"), "hapus data saya",
  """Halo,

Ada perusahaan yang terus menelepon saya dan bilang nomor saya dari sistem kalian. Tolong hapus data saya.

Budi Santoso"""),
M("id", "legal_anchor", "request", ["access"], "Siti Rahmawati", None, None, "UU PDP No. 27 Tahun 2022 Pasal 7",
  ("Siti Rahmawati", "siti.rahma@mail-id.example"), "Permintaan akses data pribadi",
  """Yth. Petugas Pelindungan Data Pribadi,

Berdasarkan Pasal 7 Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, saya meminta akses dan salinan data pribadi saya.

Hormat saya,
Siti Rahmawati
Jakarta"""),
M("id", "employer", "request", ["rectification"], "Agus Wijaya", "PT Nusantara Logistik Jaya", None, "pemberi kerja di tanda tangan PT",
  ("Agus Wijaya", "agus.wijaya@nusantaralogistik.example"), "Perbaikan data",
  """Selamat pagi,

Mohon perbaiki nomor HP saya di sistem menjadi 0812-5555-0123.

Terima kasih,
Agus Wijaya
Manajer Penjualan
PT Nusantara Logistik Jaya""", shape="html"),
]

SR = [
M("sr", "plain_words", "request", ["erasure"], "Милош Јовановић", None, None, "српски ћирилица, свакодневно",
  ("Милош Јовановић", "milos.jovanovic@mail-rs.example"), "обришите ме",
  """Поштовани,

нека фирма ме стално зове и каже да има мој број из вашег система. Молим вас да ме обришете.

Милош Јовановић""", cs="windows-1251", cte="quoted-printable"),
M("sr", "legal_anchor", "request", ["access"], "Јелена Петровић", None, None, "члан 26 ЗЗПЛ",
  ("Јелена Петровић", "jelena.petrovic@mail-rs.example"), "Захтев за приступ подацима",
  """Поштовани,

на основу члана 26. Закона о заштити података о личности тражим приступ мојим подацима о личности.

С поштовањем,
Јелена Петровић
Београд"""),
M("sr", "employer", "request", ["objection"], "Ненад Илић", "Илић Градња д.о.о.", None, "послодавац у потпису д.о.о.",
  ("Ненад Илић", "nenad@ilic-gradnja.example"), "Приговор",
  """Поштовани,

противим се коришћењу мојих података у маркетиншке сврхе.

Ненад Илић
Илић Градња д.о.о.
Нови Сад""", shape="alt"),
]

MAILS = JA + ZH + KO + CA + ID + SR
