from spec import M

# ------------------------------------------------------------------ Arabic
L = "ar"

M(L, "request", "names", ["access"], "خالد بن سعيد العتيبي", None, None,
  "اسم عربي بـ'بن' و'الـ'؛ طلب بسيط بلغة يومية",
  ("خالد بن سعيد العتيبي", "khalid.alotaibi@barid-like.example"), "ما هي المعلومات التي لديكم عني؟",
  """السلام عليكم،

اتصلت بي شركة وقالت إن رقمي عندهم من نظامكم Massist. أريد أن أعرف ما هي المعلومات التي لديكم عني ومن أين حصلتم عليها، وأرجو إرسال نسخة منها.

شكراً لكم،
خالد بن سعيد العتيبي
""", charset="windows-1256", cte="quoted-printable")

M(L, "request", "legal_anchor", ["rectification", "erasure"], "نورة عبدالعزيز القحطاني", "شركة النخبة للتجارة ذ.م.م", None,
  "نظام حماية البيانات الشخصية السعودي (المادة 4): تصحيح وإتلاف؛ جهة العمل في التوقيع",
  ("نورة القحطاني", "noura.alqahtani@alnukhba-trading.example"), "طلب تصحيح وإتلاف بيانات شخصية",
  """السادة/ مسؤول حماية البيانات المحترمين،

استناداً إلى المادة الرابعة من نظام حماية البيانات الشخصية، أطلب ما يلي:
١- تصحيح المسمى الوظيفي المسجل لي في نظام Massist CRM ليكون "مديرة المشتريات".
٢- إتلاف رقم هويتي الوطنية المسجل دون حاجة.

وتفضلوا بقبول فائق الاحترام،
نورة عبدالعزيز القحطاني
مديرة المشتريات
شركة النخبة للتجارة ذ.م.م – الرياض
""", charset="utf-8", cte="base64")

M(L, "request", "employer", ["access", "objection"], "أحمد مصطفى حسن", "شركة النيل للأدوية ش.م.م", None,
  "HTML من Outlook باتجاه RTL؛ جهة العمل في النص (مصر)",
  ("Ahmed Moustafa Hassan", "ahmed.hassan@nile-pharma.example"), "بياناتي في نظام Massist",
  """تحية طيبة وبعد،

أعمل مندوب مبيعات في شركة النيل للأدوية ش.م.م، والشركة تستخدم نظام Massist. أرجو إرسال نسخة من كل البيانات الشخصية الخاصة بي، كما أرفض استخدام بياناتي في أي رسائل تسويقية.

مع خالص الشكر،
أحمد مصطفى حسن
""", shape="html", html_style="outlook", order="outlook", accept_lang="ar-EG, en-US", content_lang="ar-EG",
  charset="windows-1256", cte="quoted-printable", rtl=True)

M(L, "auto_reply", "not_request", [], "ليلى حداد", None, None,
  "رد تلقائي - خارج المكتب",
  ("ليلى حداد", "layla.haddad@bank-like.example"), "رد تلقائي: طلبكم",
  """شكراً لرسالتك. أنا خارج المكتب حتى ٢٥ أغسطس، وسأرد عليك عند عودتي.

ليلى حداد
""", charset="utf-8", cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")])

M(L, "other", "not_request", [], "سامر الخطيب", "حلول السحابة ش.م.ل", None,
  "شريك/مورد يسأل عن اتفاقية معالجة البيانات – ليس طلب حقوق",
  ("سامر الخطيب", "samer@cloud-solutions-lb.example"), "استفسار عن شراكة واتفاقية معالجة البيانات",
  """مرحباً،

نحن شركة حلول السحابة ش.م.ل في بيروت، ونرغب في أن نصبح موزعاً معتمداً لنظام Massist في المنطقة. هل يمكنكم إرسال نموذج اتفاقية معالجة البيانات وشروط برنامج الشركاء؟

مع التحية،
سامر الخطيب
مدير تطوير الأعمال
""", charset="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ Hebrew
L = "he"

M(L, "request", "plain_words", ["objection"], "יעל כהן", None, None,
  "שפה יומיומית: 'תורידו אותי מרשימת התפוצה'",
  ("יעל כהן", "yael.cohen@doar-like.example"), "תורידו אותי מהרשימה",
  """היי,

אני מקבלת מכם כל יום מיילים של מבצעים ועדכונים ולא נרשמתי לשום דבר. תורידו אותי מרשימת התפוצה בבקשה, ושלא יתקשרו אליי יותר.

יעל כהן
""", charset="windows-1255", cte="quoted-printable")

M(L, "request", "legal_anchor", ["access"], "אבי לוי", 'גלבוע מערכות בע"מ', None,
  'חוק הגנת הפרטיות סעיף 13 (זכות עיון); בע"מ בחתימה',
  ("אבי לוי", "avi.levi@gilboa-systems.example"), "בקשת עיון במידע לפי סעיף 13 לחוק הגנת הפרטיות",
  """לכבוד
הממונה על הגנת המידע
Innthink Technologies

הנדון: בקשת עיון במידע

בהתאם לסעיף 13 לחוק הגנת הפרטיות, התשמ"א-1981, הנני מבקש לעיין במידע עליי המוחזק במאגרי המידע שלכם במערכת Massist CRM.

בכבוד רב,
אבי לוי
מנהל רכש
גלבוע מערכות בע"מ
""", charset="windows-1255", cte="quoted-printable")

M(L, "request", "names", ["rectification", "objection"], "דוד בן-חיים", None, None,
  "שם עם 'בן-'; תיקון מידע (סעיף 14) והסרה מדיוור ישיר (סעיף 17ו)",
  ("David Ben-Haim", "david.benhaim@doar-like.example"), "תיקון פרטים והסרה מדיוור",
  """שלום רב,

1. שם המשפחה שלי רשום אצלכם "בנחיים". הכתיב הנכון הוא בן-חיים. אבקש לתקן לפי סעיף 14 לחוק הגנת הפרטיות.
2. כמו כן אבקש להסיר אותי מכל דיוור ישיר, לפי סעיף 17ו לחוק.

תודה,
דוד בן-חיים
""", charset="utf-8", cte="base64")

M(L, "auto_reply", "not_request", [], "מיכל אברהם", None, None,
  "מענה אוטומטי - מחוץ למשרד",
  ("מיכל אברהם", "michal.avraham@iriya-like.example"), "מענה אוטומטי: הבקשה שלך",
  """שלום,

אני מחוץ למשרד עד 25 באוגוסט. אחזור אליך עם שובי.

מיכל אברהם
""", charset="windows-1255", cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")])

M(L, "other", "not_request", [], "רון שפירא", None, None,
  "חוקר אבטחה מדווח על חולשה – לא בקשה",
  ("רון שפירא", "ron.shapira@sec-research.example"), "דיווח על חולשת אבטחה",
  """שלום,

אני חוקר אבטחה עצמאי. מצאתי ב-API של Massist נקודת קצה שמחזירה פרטי אנשי קשר בלי לבדוק הרשאות. אשמח לשלוח פרטים מלאים. האם יש לכם תוכנית לגילוי אחראי?

רון שפירא
""", charset="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ Hindi
L = "hi"

M(L, "request", "plain_words", ["erasure", "objection"], "Rahul Sharma", None, None,
  "Hinglish (Latin script Hindi) -> hi: data delete + no promo calls",
  ("Rahul Sharma", "rahul.sharma90@mail-in.example"), "mera data delete karo",
  """Hello sir,

Aapke system se mujhe roz promotional calls aur messages aa rahe hain. Maine kabhi register nahi kiya. Please mera number aur saara data delete kar do, aur aage se koi call ya message mat bhejna.

Thanks
Rahul Sharma
""", charset="us-ascii", cte="7bit")

M(L, "request", "legal_anchor", ["access"], "सुनीता वर्मा", "भारत एग्रो इंडस्ट्रीज़ प्राइवेट लिमिटेड", None,
  "डीपीडीपी अधिनियम 2023 धारा 11 (सूचना का अधिकार); नियोक्ता हस्ताक्षर में",
  ("सुनीता वर्मा", "sunita.verma@bharatagro.example"), "डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 11 के अंतर्गत अनुरोध",
  """महोदय/महोदया,

डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 11 के अंतर्गत मैं अनुरोध करती हूँ कि Massist CRM में मेरे जिन व्यक्तिगत डेटा का प्रसंस्करण किया जा रहा है, उसका सारांश तथा जिन संस्थाओं के साथ वह साझा किया गया है, उनकी जानकारी मुझे उपलब्ध कराई जाए।

धन्यवाद,
सुनीता वर्मा
वरिष्ठ लेखा अधिकारी
भारत एग्रो इंडस्ट्रीज़ प्राइवेट लिमिटेड, इंदौर
""", charset="utf-8", cte="base64")

M(L, "request", "multi_right", ["grievance", "erasure"], "अमित कुमार सिंह", None, None,
  "डीपीडीपी धारा 13 के तहत कंपनी से शिकायत + धारा 12 के तहत डेटा मिटाना",
  ("Amit Kumar Singh", "amit.k.singh@mail-in.example"), "शिकायत एवं डेटा हटाने का अनुरोध",
  """नमस्ते,

मैंने पिछले महीने अपना डेटा हटाने का अनुरोध किया था, लेकिन अब तक कोई जवाब नहीं मिला। मैं डीपीडीपी अधिनियम की धारा 13 के तहत आपकी शिकायत निवारण व्यवस्था में औपचारिक शिकायत दर्ज कर रहा हूँ।

साथ ही धारा 12 के तहत मेरा सारा व्यक्तिगत डेटा मिटाया जाए।

अमित कुमार सिंह
लखनऊ
""", charset="utf-8", cte="quoted-printable")

M(L, "auto_reply", "not_request", [], "प्रिया नायर", None, None,
  "स्वचालित उत्तर (छुट्टी)",
  ("Priya Nair", "priya.nair@office-in.example"), "स्वचालित उत्तर: आपका अनुरोध",
  """नमस्ते,

मैं 26 अगस्त तक छुट्टी पर हूँ। लौटने पर आपको उत्तर दूँगी।

प्रिया नायर
""", charset="utf-8", cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")])

M(L, "other", "not_request", [], "Vikas Yadav", None, None,
  "Hinglish job application with consent mention - not a request",
  ("Vikas Yadav", "vikas.yadav@mail-in.example"), "Job ke liye resume",
  """Namaste sir/ma'am,

Main aapki company mein support engineer ki job ke liye apply kar raha hoon. Resume attach kar diya hai. Aap mera data recruitment ke liye rakh sakte hain, mujhe koi problem nahi hai.

Dhanyavaad
Vikas Yadav
""", charset="us-ascii", cte="7bit")

# ------------------------------------------------------------------ Japanese
L = "ja"

M(L, "request", "plain_words", ["erasure"], "佐藤 花子", None, None,
  "日常的な表現「私の情報を消してください」、ISO-2022-JP",
  ("佐藤 花子", "hanako.sato@mail-jp.example"), "私の情報を消してください",
  """お世話になっております。

以前の勤務先でMassistに登録されていたようですが、退職したので私の情報をすべて消してください。

よろしくお願いいたします。
佐藤 花子
""", charset="iso-2022-jp", cte="7bit")

M(L, "request", "legal_anchor", ["access"], "田中 一郎", "株式会社北斗システム", None,
  "個人情報保護法第33条に基づく開示請求、株式会社は前置",
  ("田中 一郎", "ichiro.tanaka@hokuto-sys.example"), "保有個人データの開示請求について",
  """Innthink Technologies
個人情報保護管理者 御中

個人情報の保護に関する法律第33条に基づき、貴社が保有する私の保有個人データの開示を請求いたします。
電子メールでの開示を希望します。

株式会社北斗システム
営業部 部長
田中 一郎
""", charset="shift_jis", cte="base64")

M(L, "request", "employer", ["rectification"], "鈴木 健太", "山本商事株式会社", None,
  "ローマ字の姓名逆順表示名、署名に会社名（後置の株式会社）、第34条 訂正",
  ("SUZUKI Kenta", "k.suzuki@yamamoto-shoji.example"), "登録情報の訂正のお願い",
  """ご担当者様

いつもお世話になっております。山本商事株式会社の鈴木です。

Massist上の私の役職と電話番号が古いままになっております。個人情報保護法第34条に基づき、以下の通り訂正をお願いいたします。

役職：営業課長
電話：03-0000-1234

何卒よろしくお願い申し上げます。

――――――――――――
山本商事株式会社
営業課長　鈴木 健太
――――――――――――
""", charset="iso-2022-jp", cte="7bit")

M(L, "auto_reply", "not_request", [], "高橋 美咲", None, None,
  "自動返信（不在）",
  ("高橋 美咲", "misaki.takahashi@office-jp.example"), "自動返信: 不在のお知らせ",
  """誠に恐れ入りますが、8月19日まで休暇を取得しております。
戻り次第、順次ご返信いたします。

高橋 美咲
""", charset="iso-2022-jp", cte="7bit", headers=[("Auto-Submitted", "auto-replied")])

M(L, "bounce", "not_request", [], None, None, None,
  "日本語の配信エラー通知、multipart/report",
  ("Mail Delivery System", "MAILER-DAEMON@mx.isp-jp.example"), "配信エラー: メールを配信できませんでした",
  """このメールはシステムから自動送信されています。

以下の宛先へメールを配信できませんでした。

  y.kobayashi@isp-jp.example
  理由: 宛先のメールアドレスが存在しません (550 5.1.1)
""", shape="dsn", charset="iso-2022-jp", cte="7bit",
  dsn=dict(mta="mx.isp-jp.example", rcpt="y.kobayashi@isp-jp.example", status="5.1.1",
           diag="smtp; 550 5.1.1 <y.kobayashi@isp-jp.example>... User unknown",
           orig=dict(frm=("Innthink DPO", "dpo@massistcrm.com"), to="y.kobayashi@isp-jp.example",
                     subj="開示請求へのご回答", lang="ja", charset="iso-2022-jp", cte="7bit",
                     body="小林様\n\nご請求いただいた件について回答いたします。\n")))

# ------------------------------------------------------------------ Chinese
L = "zh"

M(L, "request", "plain_words", ["erasure"], "王小明", None, None,
  "简体口语：'你们有我什么资料？删掉'，GB2312",
  ("王小明", "wangxm@mail-cn.example"), "请删除我的资料",
  """你好，

最近老有公司给我打电话，说是从你们的系统里拿到我的号码。我从来没注册过，请把我的资料全部删掉。

谢谢
王小明
""", charset="gb2312", cte="base64")

M(L, "request", "legal_anchor", ["access", "erasure"], "李静", "深圳市华创科技有限公司", None,
  "《个人信息保护法》第四十五条（查阅、复制）和第四十七条（删除），GBK",
  ("李静", "lijing@huachuang-tech.example"), "关于查阅、复制及删除个人信息的申请",
  """尊敬的个人信息保护负责人：

根据《中华人民共和国个人信息保护法》第四十五条和第四十七条的规定，本人申请：
一、查阅、复制贵司在Massist CRM中处理的本人个人信息；
二、删除本人已离职后仍保留的私人手机号码。

此致
敬礼！

李静
深圳市华创科技有限公司 市场部
""", charset="gbk", cte="base64")

M(L, "request", "legal_anchor", ["access", "rectification"], "陳志明", "台灣精密機械股份有限公司", None,
  "繁體（台灣）個人資料保護法第3條：查詢閱覽及更正，Big5",
  ("陳志明", "chen.zm@twprecision.example"), "申請查詢及更正個人資料",
  """您好：

依據個人資料保護法第3條及第10條、第11條規定，本人申請查詢、閱覽貴公司於Massist CRM中所保有之本人個人資料，並請更正本人之職稱為「業務經理」。

敬祝 商祺

陳志明
台灣精密機械股份有限公司 業務部
""", charset="big5", cte="quoted-printable")

M(L, "request", "agent", ["access"], "黃嘉欣", "香港環球物流有限公司", "梁志豪",
  "繁體（香港）律師代客戶提出《個人資料（私隱）條例》第18條查閱資料要求",
  ("梁志豪律師", "leung@leung-law.example"), "代表客戶黃嘉欣女士提出查閱資料要求",
  """敬啟者：

本行代表客戶黃嘉欣女士（香港環球物流有限公司職員），根據《個人資料（私隱）條例》第18條，要求　貴公司提供其持有關於本行客戶的個人資料副本。

客戶之授權書已隨函附上。

梁志豪律師
梁志豪律師行
""", charset="utf-8", cte="quoted-printable")

M(L, "auto_reply", "not_request", [], "张伟", None, None,
  "自动回复（休假）",
  ("张伟", "zhangwei@company-cn.example"), "自动回复：您的来信",
  """您好，我正在休假，8月26日返回，届时会尽快回复您的邮件。

张伟
""", charset="gb2312", cte="base64", headers=[("Auto-Submitted", "auto-replied")])

M(L, "other", "not_request", [], "刘洋", "上海数安信息技术有限公司", None,
  "供应商推销数据合规服务，不是权利请求",
  ("刘洋", "liuyang@shuan-info.example"), "数据合规解决方案合作洽谈",
  """您好！

我是上海数安信息技术有限公司的刘洋。我们为SaaS企业提供个人信息出境评估和用户权利请求自动化处理方案，想和贵司约个时间简单介绍一下，不知是否方便？

祝好
刘洋
商务经理
""", charset="utf-8", cte="base64")

# ------------------------------------------------------------------ Korean
L = "ko"

M(L, "request", "plain_words", ["erasure"], "김민준", None, None,
  "일상어: '제 정보 다 지워주세요', EUC-KR",
  ("김민준", "minjun.kim@mail-kr.example"), "제 정보 삭제해 주세요",
  """안녕하세요.

자꾸 모르는 회사에서 전화가 와서 물어보니 Massist에서 제 번호를 받았다고 하네요. 제 정보 전부 지워주세요.

김민준 드림
""", charset="euc-kr", cte="base64")

M(L, "request", "legal_anchor", ["access"], "이서연", "(주)누리데이터", None,
  "개인정보 보호법 제35조 열람 요구의 재요청(독촉), 법정 기한 10일 경과; (주) 표기 회사",
  ("이서연", "seoyeon.lee@nuridata.example"), "[재요청] 개인정보 열람 요구",
  """담당자님께,

지난 7월 2일에 개인정보 보호법 제35조에 따라 열람을 요구하였으나, 법정 기한인 10일이 지나도록 아무런 회신을 받지 못했습니다.

다시 한번 귀사가 Massist CRM에서 처리하고 있는 저의 개인정보에 대한 열람을 요구합니다. 빠른 회신 부탁드립니다.

이서연
(주)누리데이터 영업팀 과장
""", charset="euc-kr", cte="quoted-printable")

M(L, "request", "employer", ["automated_decision"], "박지훈", "주식회사 세움물산", None,
  "개인정보 보호법 제37조의2 자동화된 결정에 대한 거부·설명 요구 -> 사람의 재검토",
  ("박지훈", "jihoon.park@seum.example"), "자동화된 결정에 대한 이의",
  """안녕하세요.

저는 주식회사 세움물산 영업부에서 근무하고 있습니다. Massist의 자동 평가 점수 때문에 제 담당 거래처가 재배정되었다고 들었습니다. 개인정보 보호법 제37조의2에 따라 이 자동화된 결정을 거부하며, 사람이 직접 다시 검토해 주실 것을 요청합니다.

박지훈
""", charset="utf-8", cte="quoted-printable")

M(L, "auto_reply", "not_request", [], "최유진", None, None,
  "자동 응답 (부재중)",
  ("최유진", "yujin.choi@office-kr.example"), "자동 응답: 부재 중입니다",
  """안녕하세요. 8월 23일까지 휴가 중입니다. 복귀 후 회신드리겠습니다.

최유진
""", charset="euc-kr", cte="base64", headers=[("Auto-Submitted", "auto-replied")])

M(L, "bulk", "not_request", [], None, None, None,
  "개인정보 보호 뉴스레터 (정보주체 권리 언급)",
  ("프라이버시 뉴스레터", "news@privacy-letter-kr.example"), "[프라이버시 뉴스레터] 9월호: 열람·삭제 요구 처리 실무",
  """프라이버시 뉴스레터 9월호

- 개인정보보호위원회, 열람 요구 미처리 기업에 과태료 부과
- 실무 가이드: 삭제 요구와 백업 데이터
- 세미나 안내: 자동화된 결정과 정보주체의 권리

수신을 원하지 않으시면 여기를 눌러 수신 거부하세요: https://privacy-letter-kr.example/unsubscribe
""", shape="alt", html_style="web", charset="utf-8", cte="base64",
  headers=[("List-Unsubscribe", "<https://privacy-letter-kr.example/unsubscribe?id=9>"), ("Precedence", "bulk")])

# ------------------------------------------------------------------ Indonesian
L = "id"

M(L, "request", "legal_anchor", ["erasure"], "Dewi Kartika Sari", "PT Nusantara Logistik Abadi", None,
  "UU PDP No. 27 Tahun 2022 Pasal 8 (penghapusan); PT di tanda tangan",
  ("Dewi Kartika Sari", "dewi.sari@nusantaralogistik.example"), "Permohonan penghapusan data pribadi",
  """Yth. Pejabat Pelindungan Data Pribadi,

Berdasarkan Pasal 8 Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, saya mengajukan permohonan agar seluruh data pribadi saya di Massist CRM dihapus.

Hormat saya,
Dewi Kartika Sari
Manajer Pengadaan
PT Nusantara Logistik Abadi, Surabaya
""", charset="utf-8", cte="quoted-printable")

M(L, "request", "plain_words", ["erasure", "objection"], "Budi Santoso", None, None,
  "bahasa sehari-hari: hapus data + jangan kirim promosi lagi",
  ("budi santoso", "budi.santoso88@surel.example"), "tolong hapus data saya",
  """Halo,

Tolong hapus data saya dari sistem kalian dan jangan kirim promosi lagi ke nomor WA saya. Saya tidak pernah daftar.

Makasih
Budi Santoso
""", charset="us-ascii", cte="7bit")

M(L, "auto_reply", "not_request", [], "Rina Wulandari", None, None,
  "balasan otomatis (cuti)",
  ("Rina Wulandari", "rina.wulandari@kantor-id.example"), "Balasan otomatis: Permintaan Anda",
  """Terima kasih atas email Anda. Saya sedang cuti sampai 26 Agustus dan akan membalas setelah kembali.

Salam,
Rina Wulandari
""", charset="utf-8", cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")])

# ------------------------------------------------------------------ additions
L = "hi"

M(L, "request", "agent", ["erasure"], "रमेश चंद्र गुप्ता", None, "अनुराग गुप्ता",
  "डीपीडीपी धारा 14 के तहत पंजीकृत नामिती (बेटा) मृत पिता की ओर से डेटा मिटाने का अनुरोध करता है",
  ("Anurag Gupta", "anurag.gupta@mail-in.example"), "स्वर्गीय पिता के व्यक्तिगत डेटा को मिटाने हेतु नामिती का अनुरोध",
  """महोदय,

मेरे पिता श्री रमेश चंद्र गुप्ता का 3 मार्च 2025 को निधन हो गया। उन्होंने अपने जीवनकाल में डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 14 के अंतर्गत मुझे अपना नामिती नियुक्त किया था।

नामिती के रूप में मैं अनुरोध करता हूँ कि Massist CRM में मेरे पिता से संबंधित सभी व्यक्तिगत डेटा मिटा दिया जाए। मृत्यु प्रमाण पत्र और नामांकन की प्रति संलग्न है।

डेटा प्रधान: रमेश चंद्र गुप्ता
नामिती: अनुराग गुप्ता

भवदीय,
अनुराग गुप्ता
जयपुर
""", charset="utf-8", cte="quoted-printable")
