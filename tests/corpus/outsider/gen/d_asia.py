from core import M

# ------------------------------------------------------------------ Japanese
L = "ja"
M(L, "request", "access", "高橋 美咲", None, None, "legal_anchor", "個人情報保護法 第33条 開示請求, iso-2022-jp",
  frm=("高橋 美咲", "misaki.takahashi@docomo.example"), subj="保有個人データの開示請求（個人情報保護法第33条）",
  cs="iso-2022-jp", cte="7bit", henc="B",
  body="""ご担当者様

個人情報の保護に関する法律第33条に基づき、貴社が保有する私の保有個人データの開示を請求いたします。
開示方法は電磁的記録の提供を希望します。

よろしくお願いいたします。

高橋 美咲
東京都世田谷区
""")

M(L, "request", "rectification", "中村 健太", None, None, "legal_anchor", "APPI 第34条 訂正, Shift_JIS base64",
  frm=("中村 健太", "k.nakamura@ybb.example"), subj="保有個人データの訂正のお願い",
  cs="shift_jis", cte="base64", hcs="iso-2022-jp", henc="B",
  body="""お世話になっております。

個人情報保護法第34条に基づき、登録されている私の住所の訂正を請求します。
正しい住所：大阪府大阪市北区梅田2-4-9

中村 健太
""")

M(L, "request", "erasure", None, None, None, "plain_words", "casual, no name, Shift_JIS 8bit",
  frm=("", "pikachu_fan88@ezweb.example"), subj="情報を消してください",
  cs="shift_jis", cte="8bit", hcs="iso-2022-jp", henc="B",
  body="""登録した覚えがないのにメールが来ます。私の情報を全部消してください。
""")

M(L, "request", "access", "伊藤 誠", "株式会社さくら物産", None, "employer", "株式会社 employer under 部署/役職, iso-2022-jp",
  frm=("伊藤 誠", "m.ito@sakura-bussan.example"), subj="登録情報について",
  cs="iso-2022-jp", cte="7bit", henc="B",
  body="""massistCRM 個人情報保護担当者様

弊社で貴社のCRMを利用しておりますが、私個人についてどのような情報が登録されているか確認したく、開示をお願いできますでしょうか。

――――――――――――――
株式会社さくら物産
営業部 課長
伊藤 誠
TEL 03-5555-0182
――――――――――――――
""")

M(L, "request", "withdraw_consent", "佐々木由美子", None, None, "names", "'X です。' sentence end, iso-2022-jp",
  frm=("", "yumiko.s@nifty.example"), subj="同意の撤回について",
  cs="iso-2022-jp", cte="7bit", henc="B",
  body="""はじめまして。佐々木由美子です。以前メールマガジン配信に同意しましたが、その同意を撤回します。今後の配信を停止してください。
""")

M(L, "request", "access", "小林 大輔", "有限会社こばやし工務店", None, "form", "Japanese form robot, 会社名 field, Shift_JIS base64",
  frm=("お問い合わせフォーム", "form@massistcrm.example"), reply_to=("小林 大輔", "kobayashi@kobayashi-koumuten.example"),
  subj="【お問い合わせ】個人情報の開示請求", cs="shift_jis", cte="base64", hcs="iso-2022-jp", henc="B",
  body="""以下の内容でお問い合わせを受け付けました。

お名前：小林 大輔
会社名：有限会社こばやし工務店
メールアドレス：kobayashi@kobayashi-koumuten.example
お問い合わせ種別：個人情報の開示請求
お問い合わせ内容：
私に関する登録情報の開示をお願いします。

※このメールは送信専用アドレスから自動送信されています。
""")

M(L, "auto_reply", "", "山本 直樹", None, None, "not_request", "Japanese out-of-office with Auto-Submitted, iso-2022-jp",
  frm=("山本 直樹", "n.yamamoto@tokai-denki.example"), subj="【自動返信】不在のお知らせ",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  cs="iso-2022-jp", cte="7bit", henc="B",
  body="""誠に恐れ入りますが、8月10日から8月18日まで夏季休暇のため不在にしております。
休暇明けに順次ご返信いたします。

山本 直樹
""")

M(L, "request", "erasure", "田中 蓮", None, "田中 優子", "agent", "mother as 法定代理人 for child, iso-2022-jp",
  frm=("田中 優子", "yuko.tanaka@softbank.example"), subj="子どものアカウント削除のお願い",
  cs="iso-2022-jp", cte="7bit", henc="B",
  body="""ご担当者様

息子の田中 蓮（12歳）が、私の同意なくアカウントを作成していました。法定代理人として、息子のアカウントおよび個人情報の削除を請求します。

田中 優子
""")

M(L, "request", "access erasure rectification", "松本 彩", None, None, "multi_right", "開示・訂正・消去, UTF-8 multipart/alternative",
  frm=("松本 彩", "aya.matsumoto@gmail.example"), subj="開示・訂正・消去の請求", fmt="alt", cte="base64",
  body="""ご担当者様

次の3点をお願いします。
1. 私に関する保有個人データの開示
2. 電話番号の訂正（090-5555-3141）
3. 上記対応後、マーケティング用に保存されているデータの消去

松本 彩
""")

# ------------------------------------------------------------------ Chinese
L = "zh"
M(L, "request", "access", "王丽华", None, None, "legal_anchor", "个人信息保护法 第四十五条 查阅复制, gb2312 base64",
  frm=("王丽华", "wanglihua@163.example"), subj="依据《个人信息保护法》第四十五条申请查阅个人信息",
  cs="gb2312", cte="base64", henc="B",
  body="""您好：

根据《中华人民共和国个人信息保护法》第四十五条，本人申请查阅、复制贵公司处理的本人个人信息。

此致
王丽华
北京市朝阳区
""")

M(L, "request", "erasure", "陈志强", None, None, "legal_anchor", "PIPL 第四十七条 删除, gbk 8bit",
  frm=("陈志强", "chenzq@qq.example"), subj="要求删除个人信息",
  cs="gbk", cte="8bit", henc="B",
  body="""你好，

我已注销账号。根据《个人信息保护法》第四十七条，请删除我的全部个人信息，并书面告知处理结果。

陈志强
""")

M(L, "request", "erasure", None, None, None, "plain_words", "colloquial, no name, gb2312",
  frm=("", "xiaoyu1995@126.example"), subj="删掉我的信息",
  cs="gb2312", cte="8bit", henc="B",
  body="""你们怎么有我的手机号？天天发短信，把我的信息全删了！
""")

M(L, "request", "objection", "刘建国", "上海云帆科技有限公司", None, "employer", "有限公司 employer under title, gbk QP",
  frm=("刘建国", "liujianguo@yunfan-tech.example"), subj="拒绝营销信息",
  cs="gbk", cte="quoted-printable", henc="B",
  body="""您好，

本人拒绝贵公司将我的个人信息用于营销推广，请停止向我发送任何推广信息。

刘建国
销售总监
上海云帆科技有限公司
""")

M(L, "request", "rectification", "欧阳思远", None, None, "names", "'我叫X。' compound surname, gb2312",
  frm=("", "ouyang.sy@sina.example"), subj="更正姓名",
  cs="gb2312", cte="quoted-printable", henc="B",
  body="""您好。我叫欧阳思远。你们系统里把我的名字写成了"欧思远"，请更正。谢谢。
""")

M(L, "request", "portability", "赵敏", "深圳前海宏达贸易有限公司", None, "form", "web-form fields, 请求类型: 个人信息转移, gbk base64",
  frm=("隐私请求表单", "noreply@forms.massistcrm.example"), reply_to=("赵敏", "zhaomin@hongda-trade.example"),
  subj="新的个人信息权利请求", cs="gbk", cte="base64", henc="B",
  body="""姓名：赵敏
邮箱：zhaomin@hongda-trade.example
公司：深圳前海宏达贸易有限公司
请求类型：个人信息转移（可携带）
说明：请将我的个人信息转移至我指定的新服务商。

此邮件由系统自动发送，请勿直接回复。
""")

M(L, "bulk", "", None, None, None, "not_request", "Chinese marketing newsletter mentioning 个人信息保护, gb2312 HTML",
  frm=("数字营销周刊", "news@szyxzk.example"), subj="本周热点：个人信息保护法合规指南",
  hdrs={"List-Unsubscribe": "<https://szyxzk.example/unsub?u=9921>", "Precedence": "bulk"},
  fmt="html", cs="gb2312", cte="base64", henc="B",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body>
<h2>数字营销周刊 第 88 期</h2>
<p>个人信息保护法实施以来，企业如何处理用户的查阅、删除请求？本期为您整理合规要点。</p>
<p><a href="https://szyxzk.example/a/88">阅读全文</a></p>
<p style="font-size:11px;color:#999">如不想再收到本邮件，请<a href="https://szyxzk.example/unsub?u=9921">退订</a>。</p>
</body></html>
""")

M(L, "request", "access rectification withdraw_consent", "孙晓梅", None, None, "multi_right", "查阅 + 更正 + 撤回同意, gbk",
  frm=("孙晓梅", "sunxiaomei@139.example"), subj="关于我的个人信息的几项请求",
  cs="gbk", cte="8bit", henc="B",
  body="""您好：

1. 请提供贵公司持有的我的个人信息副本；
2. 我的手机号已变更为 138 5555 2046，请更正；
3. 我撤回此前对接收营销短信的同意。

孙晓梅
""")

M(L, "request", "access", "林佳蓉", None, None, "legal_anchor", "Taiwan 個人資料保護法 第3條/第10條, Big5",
  frm=("林佳蓉", "chiajung.lin@hinet.example"), subj="依個資法第3條申請查詢個人資料",
  cs="big5", cte="base64", henc="B",
  body="""您好：

本人依據《個人資料保護法》第3條及第10條，申請查詢及閱覽 貴公司所保有之本人個人資料，並請製給複製本。

林佳蓉 敬上
台北市
""")

M(L, "request", "objection", "張家豪", None, None, "negation", "HK Traditional: 'not asking to delete account', only stop direct marketing, Big5",
  frm=("張家豪", "kahochan@netvigator.example"), subj="停止使用我的資料作直接促銷",
  cs="big5", cte="8bit", henc="B",
  body="""你好，

我並不是要求刪除帳戶，我仍會繼續使用。我只是要求你們停止使用我的個人資料作直接促銷用途。

張家豪
""")

# ------------------------------------------------------------------ Korean
L = "ko"
M(L, "request", "access", "김지현", None, None, "legal_anchor", "개인정보 보호법 제35조 열람, euc-kr base64",
  frm=("김지현", "jihyun.kim@naver.example"), subj="개인정보 열람 요구 (개인정보 보호법 제35조)",
  cs="euc-kr", cte="base64", henc="B",
  body="""안녕하세요.

개인정보 보호법 제35조에 따라 귀사가 처리하고 있는 저의 개인정보에 대한 열람을 요구합니다.

김지현 드림
""")

M(L, "request", "erasure", None, None, None, "plain_words", "casual, no name, euc-kr 8bit",
  frm=("", "sunny0707@daum.example"), subj="제 정보 지워주세요",
  cs="euc-kr", cte="8bit", henc="B",
  body="""가입한 적도 없는데 자꾸 문자가 와요. 제 정보 다 지워주세요.
""")

M(L, "request", "withdraw_consent", "박성민", "(주)한빛소프트웨어", None, "employer", "(주) employer in signature",
  frm=("박성민", "smpark@hanbitsw.example"), subj="마케팅 수신 동의 철회",
  body="""안녕하세요,

마케팅 정보 수신 동의를 철회합니다.

박성민
영업팀 과장
(주)한빛소프트웨어
""")

M(L, "request", "rectification", "남궁민수", None, None, "names", "'저는 X입니다.' compound surname, euc-kr QP",
  frm=("", "ngms@hanmail.example"), subj="이름 정정 요청",
  cs="euc-kr", cte="quoted-printable", henc="B",
  body="""안녕하세요. 저는 남궁민수입니다. 시스템에 제 성이 "남"으로 잘못 등록되어 있으니 정정해 주세요.
""")

M(L, "request", "access erasure rectification", "이수진", None, None, "multi_right", "열람 + 정정 + 삭제 enumerated",
  frm=("이수진", "soojin.lee@gmail.example"), subj="개인정보 관련 요청",
  body="""담당자님께,

다음을 요청드립니다.
1. 제 개인정보 열람
2. 주소 정정 (서울특별시 마포구 월드컵로 15)
3. 마케팅 목적으로 보관 중인 정보 삭제

이수진
""")

M(L, "other", "", "정우성", "대한물류(주)", None, "footer_rights", "sales inquiry; footer lists rights, not a request, euc-kr",
  frm=("정우성", "wsjung@daehanlogis.example"), subj="견적 문의",
  cs="euc-kr", cte="8bit", henc="B",
  body="""안녕하세요,

30명 규모 팀에서 사용할 CRM 견적을 받고 싶습니다.

정우성
대한물류(주) 구매팀

※ 개인정보 안내: 정보주체는 개인정보 열람, 정정·삭제, 처리정지를 요구할 권리가 있습니다.
""")

# ------------------------------------------------------------------ Hindi
L = "hi"
M(L, "request", "access", "राजेश कुमार शर्मा", None, None, "legal_anchor", "DPDP Act 2023 धारा 11 in Hindi",
  frm=("राजेश कुमार शर्मा", "rajesh.sharma@rediffmail.example"), subj="डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 11 के अंतर्गत अनुरोध",
  body="""महोदय/महोदया,

डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 11 के अंतर्गत मैं अपने व्यक्तिगत डेटा के प्रसंस्करण के बारे में जानकारी और उसका सारांश प्राप्त करना चाहता हूँ।

धन्यवाद,
राजेश कुमार शर्मा
जयपुर
""")

M(L, "request", "erasure", "Pooja", None, None, "plain_words", "Hinglish (Hindi in Latin script)",
  frm=("Pooja", "pooja.v.2000@gmail.example"), subj="mera data delete karo",
  body="""Namaste, maine kabhi aapki service use nahi ki phir bhi SMS aa rahe hain. Please mera saara data delete kar dijiye.
Pooja
""")

M(L, "request", "grievance nomination", "सुनीता देवी अग्रवाल", None, None, "multi_right", "शिकायत (धारा 13) + नामांकन (धारा 14)",
  frm=("सुनीता अग्रवाल", "sunita.agarwal@yahoo.example"), subj="शिकायत और नामांकन",
  body="""नमस्कार,

मैंने पिछले महीने अपना मोबाइल नंबर बदलने का अनुरोध किया था लेकिन कोई जवाब नहीं मिला। कृपया इसे अपने शिकायत अधिकारी के पास औपचारिक शिकायत के रूप में दर्ज करें।

साथ ही, मैं अपनी बेटी श्रीमती नेहा गुप्ता को नामित करना चाहती हूँ, ताकि मेरी मृत्यु या अक्षमता की स्थिति में वह मेरे अधिकारों का प्रयोग कर सके।

सुनीता देवी अग्रवाल
लखनऊ
""")

M(L, "request", "withdraw_consent", "अमित वर्मा", "सह्याद्रि इन्फोटेक प्राइवेट लिमिटेड", None, "employer", "Hindi company name with प्राइवेट लिमिटेड",
  frm=("अमित वर्मा", "amit.verma@sahyadriinfotech.example"), subj="सहमति वापस लेना",
  body="""नमस्ते,

मैं प्रचार संबंधी संदेशों के लिए दी गई अपनी सहमति वापस लेता हूँ।

अमित वर्मा
वरिष्ठ प्रबंधक (बिक्री)
सह्याद्रि इन्फोटेक प्राइवेट लिमिटेड, पुणे
""")

M(L, "request", "access", "हरिप्रसाद मिश्रा", None, "विवेक मिश्रा", "agent", "son as nominee writes for hospitalised father",
  frm=("विवेक मिश्रा", "vivek.mishra@outlook.example"), subj="पिताजी के डेटा के संबंध में",
  body="""महोदय,

मेरे पिताजी श्री हरिप्रसाद मिश्रा अस्पताल में भर्ती हैं और मैं उनका नामित व्यक्ति (नॉमिनी) हूँ। उनकी ओर से मैं अनुरोध करता हूँ कि आपके पास उनके जो भी व्यक्तिगत डेटा हैं, उनका सारांश हमें भेजें।

विवेक मिश्रा
""")

# ------------------------------------------------------------------ Arabic
L = "ar"
M(L, "request", "access", "فاطمة الزهراء بنعلي", None, None, "legal_anchor", "GDPR المادة 15 in Arabic, windows-1256 base64, RTL",
  frm=("فاطمة الزهراء بنعلي", "fz.benali@gmail.example"), subj="طلب الاطلاع على البيانات الشخصية - المادة 15",
  cs="windows-1256", cte="base64", henc="B",
  body="""السادة المحترمون،

أقيم في فرنسا، وبموجب المادة 15 من اللائحة العامة لحماية البيانات (GDPR) أطلب منكم تأكيد ما إذا كنتم تعالجون بياناتي الشخصية وتزويدي بنسخة منها.

مع الشكر،
فاطمة الزهراء بنعلي
""")

M(L, "request", "erasure", None, None, None, "plain_words", "short, no name, windows-1256 8bit",
  frm=("", "abu.omar77@hotmail.example"), subj="احذفوا بياناتي",
  cs="windows-1256", cte="8bit", henc="B",
  body="""السلام عليكم، أرجو حذف جميع بياناتي من عندكم وعدم مراسلتي مرة أخرى.
""")

M(L, "request", "objection", "خالد المنصوري", "شركة النخيل للتجارة ذ.م.م", None, "employer", "ذ.م.م (LLC) employer under title",
  frm=("خالد المنصوري", "k.almansouri@alnakheel-trading.example"), subj="اعتراض على التسويق",
  body="""مرحباً،

أعترض على استخدام بياناتي الشخصية لأغراض التسويق المباشر.

خالد المنصوري
مدير المشتريات
شركة النخيل للتجارة ذ.م.م
دبي
""")

M(L, "request", "rectification", "عبد الله بن خالد الزهراني", None, None, "names", "'اسمي X.' with bin/al- particles, windows-1256 QP",
  frm=("", "a.alzahrani@outlook.example"), subj="تصحيح الاسم",
  cs="windows-1256", cte="quoted-printable", henc="B",
  body="""مرحباً. اسمي عبد الله بن خالد الزهراني. أرجو تصحيح اسمي في نظامكم، فهو مسجل بشكل خاطئ "عبدالله خالد".

شكراً.
""")

M(L, "request", "access erasure", "ليلى حداد", None, None, "multi_right", "HTML-only RTL, access then erasure",
  frm=("ليلى حداد", "layla.haddad@yahoo.example"), subj="طلب نسخة من بياناتي ثم حذفها", fmt="html", cte="quoted-printable",
  body="""مرحباً،

أرجو إرسال نسخة من جميع البيانات الشخصية التي تحتفظون بها عني، وبعد ذلك حذفها بالكامل من أنظمتكم.

ليلى حداد
بيروت
""")

M(L, "auto_reply", "", "يوسف العلي", None, None, "not_request", "Arabic/English out-of-office with Auto-Submitted",
  frm=("يوسف العلي", "y.alali@gulfmed.example"), subj="رد تلقائي: خارج المكتب",
  hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  body="""شكراً لرسالتك. أنا خارج المكتب حتى 5 سبتمبر. للأمور العاجلة يرجى التواصل مع privacy@gulfmed.example

Thank you for your email. I am out of the office until 5 September.

يوسف العلي
""")

# ------------------------------------------------------------------ Hebrew
L = "he"
M(L, "request", "access", "נועה כהן", None, None, "legal_anchor", "חוק הגנת הפרטיות סעיף 13, iso-8859-8 QP",
  frm=("נועה כהן", "noa.cohen@walla.example"), subj="בקשה לעיון במידע לפי סעיף 13 לחוק הגנת הפרטיות",
  cs="iso-8859-8", cte="quoted-printable", henc="B",
  body="""שלום רב,

בהתאם לסעיף 13 לחוק הגנת הפרטיות, התשמ"א-1981, אבקש לעיין במידע עליי המוחזק במאגרי המידע שלכם.

בברכה,
נועה כהן
תל אביב
""")

M(L, "request", "erasure", "אבי", None, None, "plain_words", "short, first name, iso-8859-8 8bit",
  frm=("אבי", "avi.l@012.example"), subj="תמחקו אותי",
  cs="iso-8859-8", cte="8bit", henc="B",
  body="""היי, תמחקו בבקשה את כל המידע שלכם עליי. תודה
אבי
""")

M(L, "request", "objection", "יוסי לוי", "גליל טכנולוגיות בע\"מ", None, "employer", "בע\"מ employer under title",
  frm=("יוסי לוי", "yossi.levi@galil-tech.example"), subj="הסרה מדיוור",
  body="""שלום,

אני מתנגד לשימוש בפרטים שלי לצורכי דיוור ישיר ושיווק.

יוסי לוי
מנהל רכש
גליל טכנולוגיות בע"מ
חיפה
""")

M(L, "request", "erasure", "איתי מזרחי", None, "רחל מזרחי", "agent", "mother for minor son, iso-8859-8 base64",
  frm=("רחל מזרחי", "rachel.mizrahi@bezeqint.example"), subj="מחיקת החשבון של בני",
  cs="iso-8859-8", cte="base64", henc="B",
  body="""שלום,

בני, איתי מזרחי, בן 13, פתח חשבון ללא הסכמתי. כאמו, אני מבקשת למחוק את החשבון ואת כל המידע עליו.

רחל מזרחי
""")

M(L, "request", "rectification", "דנה אברהם", None, None, "negation", "'לא מבקשת למחוק', only correction, windows-1255",
  frm=("דנה אברהם", "dana.avraham@gmail.example"), subj="תיקון כתובת",
  cs="windows-1255", cte="quoted-printable", henc="B",
  body="""שלום,

אני לא מבקשת למחוק את החשבון שלי. אני רק מבקשת לתקן את הכתובת שלי: רחוב הרצל 10, ראשון לציון.

דנה אברהם
""")
