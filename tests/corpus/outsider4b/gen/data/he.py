from . import M, BULK, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "אורי כהן", None, None,
  "Everyday Hebrew: take me off, delete what you have",
  ("אורי כהן", "uri.cohen@walla-mail.example"),
  "תמחקו אותי",
  """
היי,

אני מקבל מכם מיילים כל שבוע ולא נרשמתי לשום דבר. תמחקו בבקשה את כל מה שיש לכם עליי.

תודה,
אורי כהן
""", cs="utf-8", cte="8bit"),

M("legal_anchor", "request", ["access"], "מיכל לוי", None, None,
  "חוק הגנת הפרטיות סעיף 13 (עיון במידע), windows-1255",
  ("מיכל לוי", "michal.levi@bezeq-mail.example"),
  "בקשה לעיון במידע לפי סעיף 13 לחוק הגנת הפרטיות",
  """
לכבוד
הממונה על הגנת הפרטיות
Innthink Technologies

שלום רב,

בהתאם לסעיף 13 לחוק הגנת הפרטיות, התשמ"א-1981, אבקש לעיין במידע עליי המוחזק במאגרי המידע שלכם ולקבל העתק ממנו.

אבקש לקבל את התשובה לכתובת דוא"ל זו.

בכבוד רב,
מיכל לוי
חיפה
""", cs="windows-1255", cte="quoted-printable"),

M("employer", "request", ["rectification"], "יוסי אברהם", "גלבוע מערכות בע\"מ", None,
  "Employer בע\"מ in signature; wrong phone and title; Latin display name absent",
  ("יוסי אברהם", "yossi.a@gilboa-systems.example"),
  "תיקון פרטים במערכת",
  """
שלום,

החברה שלנו עובדת עם Massist CRM. בכרטיס שלי רשום תפקיד לא נכון ומספר טלפון ישן. אשמח אם תתקנו:

תפקיד: מנהל תיק לקוחות
טלפון: 052-5550193

תודה רבה,
יוסי אברהם
מנהל תיק לקוחות
גלבוע מערכות בע"מ
""", shape="html", style="outlook", cs="windows-1255", cte="quoted-printable"),

M("multi_right", "request", ["objection", "withdraw_consent"], "נועה פרידמן", None, None,
  "Withdraw consent + remove from direct-mail list (סעיף 17ו); object to marketing",
  ("Noa Friedman", "noa.friedman@mail-il.example"),
  "הסרה מרשימת דיוור וביטול הסכמה",
  """
שלום,

אני מבטלת את ההסכמה שנתתי לקבלת עדכונים ופרסומות, ומבקשת להסיר אותי מכל רשימת דיוור ישיר שלכם בהתאם לסעיף 17ו לחוק הגנת הפרטיות. אני מתנגדת לשימוש בפרטים שלי לשיווק.

נועה פרידמן
""", shape="alt", cs="utf-8", cte="base64"),

M("agent", "request", ["erasure", "grievance"], "דוד בן-חיים", None, "שרית גולדברג",
  "Lawyer (עו\"ד dropped) for client: deletion + formal complaint to the company",
  ("שרית גולדברג, עו\"ד", "sarit@goldberg-law.example"),
  "מרשי מר דוד בן-חיים - דרישה למחיקה ותלונה",
  """
לכבוד
Innthink Technologies
הממונה על הגנת הפרטיות

הנדון: מרשי, מר דוד בן-חיים

1. הריני לפנות אליכם בשם מרשי, מר דוד בן-חיים, אשר פנה אליכם פעמיים בבקשה למחוק את פרטיו ולא נענה.
2. מרשי דורש את מחיקת כל המידע אודותיו ממאגרי המידע שלכם.
3. מכתב זה מהווה תלונה רשמית לחברה על אי-הטיפול בפניותיו הקודמות.

בכבוד רב,
שרית גולדברג, עו"ד
""", cs="utf-8", cte="quoted-printable"),

M("not_request", "bulk", [], None, None, None,
  "Hebrew newsletter mentioning privacy law amendment",
  ("ניוזלטר פרטיות", "news@pratiut-news.example"),
  "עדכון: תיקון 13 לחוק הגנת הפרטיות נכנס לתוקף",
  """
ניוזלטר פרטיות - גיליון 58

- תיקון 13 לחוק הגנת הפרטיות: מה משתנה לחברות תוכנה?
- זכות העיון במידע: טיפים לטיפול בבקשות
- כנס שנתי בתל אביב

להסרה מרשימת התפוצה: https://pratiut-news.example/remove
""", shape="alt", cs="windows-1255", cte="base64",
  headers=BULK("<news.pratiut-news.example>", "https://pratiut-news.example/remove")),
]
