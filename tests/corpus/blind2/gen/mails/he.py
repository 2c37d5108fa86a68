from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="יוסי כהן", note="plain Hebrew 'what do you have on me'", ua="gmail", cs="utf-8",
 frm=("יוסי כהן", "yossi.cohen@walla-like.example"), subj="מה יש לכם עליי?",
 body="""שלום,

כבר חודש מתקשרים אליי מחברת ביטוח ואומרים שלקחו את המספר שלי "מהמסיסט". מה יש לכם עליי ומאיפה זה הגיע?

תודה
יוסי כהן
"""),

dict(cls="legal_anchor", rights=["access", "rectification"], name="מיכל לוי", emp='אלון מערכות בע"מ', note="חוק הגנת הפרטיות ss. 13-14 (review + correction); windows-1255", ua="outlook", shape="alt", cs="windows-1255",
 frm=("מיכל לוי", "michal.levi@alon-systems.example"), subj="בקשה לעיון ולתיקון מידע",
 body="""לכבוד
הממונה על הגנת הפרטיות

בהתאם לסעיף 13 לחוק הגנת הפרטיות, התשמ"א-1981, אבקש לעיין במידע המוחזק עליי במאגרי החברה.
כמו כן, ובהתאם לסעיף 14 לחוק, אבקש לתקן את כתובת המגורים הרשומה אצלכם, שאינה נכונה.

בברכה,
מיכל לוי
מנהלת רכש
אלון מערכות בע"מ
"""),

dict(cls="employer", rights=["objection"], name="אבי מזרחי", emp='גליל פתרונות בע"מ', note="employer in running text 'אני עובד בחברת'", ua="web", cs="utf-8",
 frm=("Avi Mizrahi", "avi.m@galil-solutions.example"), subj="הפסקת דיוור",
 body="""היי,

אני עובד בחברת גליל פתרונות בע"מ ויש לנו מנוי אצלכם. אני מקבל מכם בכל שבוע מיילים שיווקיים על מוצרים חדשים. תפסיקו בבקשה להשתמש בפרטים שלי לשיווק.

אבי מזרחי
"""),

dict(cls="negation", rights=["access"], name="שירה פרידמן", note="does not want account deleted, only a copy", ua="apple", cs="utf-8",
 frm=("שירה פרידמן", "shira.friedman@bezeq-like.example"), subj="העתק של המידע שלי",
 body="""שלום,

אני לא רוצה למחוק את החשבון, אני משתמשת בו כל יום. אני רק רוצה לקבל העתק של כל המידע שנשמר עליי.

תודה,
שירה פרידמן
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="דנה אברהם", note="Hebrew out-of-office, HTML rtl", ua="outlook", cs="utf-8", shape="html",
 frm=("דנה אברהם", "dana.avraham@haifa-logistics.example"), subj="מענה אוטומטי: הבקשה שלך", hdrs=ooo_hdrs("exchange"),
 html="""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="rtl">
<div>שלום,</div><div>אני מחוץ למשרד עד 10 בספטמבר. בנושאים דחופים ניתן לפנות ל-04-0000000.</div><div><br></div><div>דנה אברהם</div>
</body></html>
""", body=""),
]
