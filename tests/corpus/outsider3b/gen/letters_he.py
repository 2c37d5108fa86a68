# Hebrew letters (13).

LETTERS = [
# 001
dict(cls="plain_words", rights=["limit_sensitive"], name="אורי כהן", emp=None, agent=None,
     note="Israeli in California: use my medical info only for payroll, plain words, phone-written",
     frm=("אורי כהן", "ori.cohen@walla-post.example"), subj="המידע הרפואי שלי",
     cs="windows-1255", cte="8bit",
     body="""
היי,

אני גר בקליפורניה ועובד בחברה שמשתמשת במערכת שלכם. יש אצלכם בפרופיל שלי פרטים על הניתוח שעברתי ועל ימי המחלה.

בסדר שמחלקת השכר משתמשת בזה, אבל חוץ מזה – אל תשתמשו במידע הרפואי שלי לשום דבר אחר. לא לדוחות, לא לדירוגים, כלום.

תודה
אורי כהן

נשלח מה-iPhone שלי
"""),
# 002
dict(cls="plain_words", rights=["objection"], name="מיכל לוי", emp=None, agent=None,
     note="stop calling me + don't analyse my data, annoyed",
     frm=("מיכל לוי", "michal.levi@bezeq-post.example"), subj="תפסיקו להתקשר",
     cs="utf-8", cte="quoted-printable",
     body="""
שלום,

כבר שבועיים מתקשרים אליי נציגי מכירות שלכם כמעט כל יום. אני לא מעוניינת. תפסיקו להתקשר אליי ולשלוח לי הודעות.

וגם – אני לא רוצה שתשתמשו בפרטים שלי לשום ניתוח, דירוג או "פילוח לקוחות".

מיכל לוי
"""),
# 003
dict(cls="plain_words", rights=["automated_decision"], name="אבי פרץ", emp=None, agent=None,
     note="rejected automatically by a score, wants a human to check",
     frm=("אבי פרץ", "avi.peretz@netvision-post.example"), subj="נדחיתי על ידי מחשב",
     cs="windows-1255", cte="quoted-printable",
     body="""
שלום רב,

הגשתי בקשה להלוואה דרך סוכנות אשראי שעובדת עם המערכת שלכם. תוך דקה קיבלתי סירוב, והנציגה אמרה לי ש"המערכת נתנה ציון נמוך" ואין לה מה לעשות.

אני לא מוכן שמחשב יחליט עליי לבד. אני מבקש שבן אדם אמיתי יבדוק את הבקשה שלי מחדש ושאוכל להסביר את המצב שלי.

בברכה,
אבי פרץ
"""),
# 004
dict(cls="plain_words", rights=["grievance"], name="רונית שפירא", emp=None, agent=None,
     note="formal complaint about how support treated her request",
     frm=("רונית שפירא", "ronit.shapira@gmail-il.example"), subj="תלונה רשמית",
     cs="utf-8", cte="quoted-printable", shape="alt",
     body="""
לכבוד הממונה על הגנת הפרטיות,

בחודש שעבר ביקשתי מהתמיכה שלכם לתקן את הכתובת שלי. הנציג שענה לי היה גס רוח, ביקש ממני לשלוח צילום תעודת זהות בוואטסאפ (!) ובסוף סגר את הפנייה בלי לתקן כלום. בינתיים התיקון כבר בוצע דרך המעסיק שלי.

אני מגישה בזאת תלונה רשמית על הטיפול בפנייה, ומבקשת שמישהו בכיר יבדוק אותה ויחזור אליי בכתב.

רונית שפירא
"""),
# 005
dict(cls="multi_right", rights=["portability", "erasure"], name="עידו ברק", emp="ברק עיצובים בע\"מ", agent=None,
     note="file to move to another CRM, then delete; small business owner",
     frm=("עידו ברק", "ido@barak-design.example"), subj="עוזב את Massist",
     cs="windows-1255", cte="quoted-printable",
     body="""
שלום,

אני עובר לספק אחר (העסק שלי – ברק עיצובים בע"מ). אני צריך:

1. את כל הנתונים שלי ושל החשבון בקובץ שאפשר לטעון במערכת אחרת (CSV או אקסל).
2. אחרי שאאשר שקיבלתי – למחוק אצלכם הכל.

תודה,
עידו ברק
"""),
# 006
dict(cls="multi_right", rights=["restriction", "access"], name="נועה אזולאי", emp=None, agent=None,
     note="freeze my data while you check + send what you have",
     frm=("נועה אזולאי", "noa.azulay@walla-post.example"), subj="טעות בתיק שלי",
     cs="utf-8", cte="8bit",
     body="""
שלום,

בתיק הלקוח שלי אצל חברת הביטוח שמשתמשת במערכת שלכם נרשם שיש לי "חוב פתוח". זו טעות ואני בבירור מולם.

עד שזה יתברר, אל תשתמשו בנתונים שלי ואל תעבירו אותם לאף אחד – פשוט תקפיאו אותם. ובנוסף, שלחו לי בבקשה את כל מה שרשום עליי, כדי שאדע מה עוד כתוב שם.

נועה אזולאי
"""),
# 007
dict(cls="negation", rights=["erasure"], name="גיל רוזנברג", emp=None, agent=None,
     note="earlier copy received (reported); now delete",
     frm=("גיל רוזנברג", "gil.rosenberg@012-post.example"), subj="RE: העתק המידע שלך",
     cs="windows-1255", cte="quoted-printable",
     body="""
תודה, קיבלתי את הקובץ ששלחתם עם המידע שלי ועברתי עליו.

עכשיו אני מבקש למחוק את כל המידע הזה מהמערכת שלכם.

גיל רוזנברג

-----הודעה מקורית-----
מאת: Massist פרטיות
נושא: העתק המידע שלך
מצורף העתק המידע שנשמר עליך במערכת.
"""),
# 008
dict(cls="agent", rights=["rectification"], name="דנה מזרחי", emp="אלקטרו-טק בע\"מ", agent="שירן גולן",
     note="HR forwards an employee's correction request inline",
     frm=("שירן גולן", "shiran.golan@electrotech.example"), subj="FW: שם שגוי במערכת",
     cs="utf-8", cte="quoted-printable", shape="html", hstyle="outlook", hlang="he",
     body="""
שלום,

מעבירה אליכם בקשה של העובדת שלנו, דנה מזרחי. השם שלה מופיע במערכת עם שגיאת כתיב ואין לנו אפשרות לתקן את השדה בעצמנו.

תודה,
שירן גולן
משאבי אנוש, אלקטרו-טק בע"מ

From: דנה מזרחי
Sent: Sunday, March 8, 2026 09:15
To: שירן גולן
Subject: שם שגוי במערכת

היי שירן, במערכת כתוב "דנה מיזרחי" עם יוד. הנכון הוא מזרחי, בלי יוד. תוכלי לבקש שיתקנו? תודה!
"""),
# 009
dict(cls="names", rights=["access"], name="יעל בן-דוד", emp=None, agent=None,
     note="hyphenated surname, Latin display name 'Family, Given'",
     frm=("Ben-David, Yael", "yael.bendavid@tau-mail.example"), subj="בקשה לעיון במידע",
     cs="iso-8859-8-i", cte="quoted-printable", hcs="windows-1255",
     body="""
שלום,

שמי יעל בן-דוד. אבקש לקבל העתק של המידע שנשמר עליי במאגר שלכם.

בתודה
"""),
# 010
dict(cls="form", rights=["erasure"], name="אלון חדד", emp="חדד הובלות בע\"מ", agent=None,
     note="Hebrew web form mail with fields and Reply-To",
     frm=("טופס פניות פרטיות", "forms@privacy-forms.example"), subj="פנייה חדשה: מחיקת מידע",
     cs="utf-8", cte="quoted-printable",
     xh=[("Reply-To", ("אלון חדד", "alon@hadad-hovalot.example")), ("Auto-Submitted", "auto-generated")],
     body="""
התקבלה פנייה חדשה מטופס האתר.

שם מלא: אלון חדד
דוא"ל: alon@hadad-hovalot.example
חברה: חדד הובלות בע"מ
סוג הבקשה: מחיקת מידע
פירוט: אני כבר לא לקוח שלכם, נא למחוק את הפרטים שלי.

תאריך: 11/06/2026 08:47
"""),
# 011
dict(cls="access_items", rights=["access"], name="תמר אברהם", emp=None, agent=None,
     note="purposes, recipients, retention, source, automated decisions, complaint to the Privacy Protection Authority",
     frm=("תמר אברהם", "tamar.avraham@bezeq-post.example"), subj="בקשה לעיון במידע לפי חוק הגנת הפרטיות",
     cs="windows-1255", cte="quoted-printable",
     body="""
לכבוד הממונה על הגנת המידע,

אבקש לקבל:
א. העתק של המידע עליי השמור במאגרי המידע שלכם;
ב. לאילו מטרות המידע משמש;
ג. למי הוא הועבר או יועבר, כולל לחו"ל;
ד. כמה זמן הוא יישמר;
ה. מאיפה קיבלתם אותו, אם לא ממני;
ו. האם מתקבלות לגביי החלטות אוטומטיות או נעשה פרופיילינג;
ז. ופרטים על זכותי להגיש תלונה לרשות להגנת הפרטיות.

בברכה,
תמר אברהם
"""),
# 012
dict(cls="footer_rights", rights=["objection"], name="יוסי דהן", emp="דהן שיווק ישיר בע\"מ", agent=None,
     note="opt-out above a privacy footer listing rights",
     frm=("יוסי דהן", "yossi@dahan-marketing.example"), subj="הסרה מרשימת תפוצה",
     cs="windows-1255", cte="8bit",
     body="""
נא להסיר אותי מרשימת הדיוור השיווקי שלכם.

יוסי דהן
מנכ"ל, דהן שיווק ישיר בע"מ

הודעה זו עשויה להכיל מידע חסוי. בהתאם לחוק הגנת הפרטיות, עומדת לך הזכות לעיין במידע עליך, לבקש את תיקונו או מחיקתו ולהתנגד לשימוש בו לדיוור ישיר.
"""),
# 013
dict(cls="not_request", kind="bulk", rights=[], name=None, emp=None, agent=None,
     note="Hebrew event newsletter mentioning privacy; bulk headers",
     frm=("כנס SaaS ישראל", "news@saas-il-conf.example"), subj="נרשמתם? כנס SaaS ישראל 2026 – מסלול פרטיות ו-AI",
     cs="utf-8", cte="quoted-printable", shape="alt", hstyle="simple",
     xh=[("List-Unsubscribe", "<mailto:unsubscribe@saas-il-conf.example>"), ("Precedence", "bulk")],
     body="""
שלום,

נותרו 10 ימים לכנס SaaS ישראל 2026!

במסלול הפרטיות השנה: תיקון 13 לחוק הגנת הפרטיות, מה CRM צריך לדעת על GDPR, ופאנל מנהלי אבטחת מידע.

להרשמה: https://saas-il-conf.example/register

קיבלתם מייל זה כי נרשמתם לעדכונים. להסרה מרשימת התפוצה לחצו כאן.
"""),
]
