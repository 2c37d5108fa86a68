from spec import M

MAILS = [
M(rights=["rectification"], name="נועה כהן", cls="plain_words",
  note="everyday Hebrew, windows-1255: my name is written wrong, fix it",
  frm=("נועה כהן", "noa.cohen@walla-mail.example"), subj="השם שלי כתוב לא נכון",
  cs="windows-1255", cte="qp", client="outlook", hq="B",
  body="""שלום,

בכל המיילים שמגיעים מכם השם שלי כתוב "נעה כהן" בלי ו'. השם הנכון הוא נועה כהן. אפשר בבקשה לתקן את זה במערכת?

תודה,
נועה כהן
"""),

M(rights=["access", "rectification"], name="יוסי לוי", cls="legal_anchor",
  note="Israeli Privacy Protection Law 1981 ss. 13-14 (inspection and correction)",
  frm=("יוסי לוי", "yossi.levi@netvision-mail.example"), subj="בקשה לעיון ולתיקון מידע",
  cte="qp", client="thunderbird",
  body="""לכבוד הממונה על הגנת הפרטיות,

בהתאם לסעיף 13 לחוק הגנת הפרטיות, התשמ"א-1981, אבקש לעיין במידע עליי המוחזק במאגרי המידע שלכם.

כמו כן, בהתאם לסעיף 14 לחוק, אבקש לתקן את כתובת המגורים הרשומה אצלכם, שאינה נכונה עוד. הכתובת הנכונה: רחוב הרצל 45, חיפה.

בכבוד רב,
יוסי לוי
"""),

M(rights=["objection"], name="מיכל אברהם", employer='טכנו-גליל בע"מ', cls="employer",
  note="employer stated in prose with Ltd abbreviation containing a quote mark; stop ads = objection",
  frm=("מיכל אברהם", "michal.avraham@techno-galil.example"), subj="תפסיקו לשלוח לי פרסומות",
  cs="windows-1255", cte="8bit", client="outlook", hq="B",
  body="""היי,

אני עובדת בחברת טכנו-גליל בע"מ, ואנחנו משתמשים במערכת שלכם. מאז שנרשמתי אני מקבלת כמעט כל יום מיילים של מבצעים והצעות.

תפסיקו בבקשה לשלוח לי פרסומות ואל תתקשרו אליי עם הצעות.

תודה,
מיכל אברהם
"""),

M(kind="auto_reply", name="אבי מזרחי", cls="not_request", note="Hebrew out-of-office auto-reply",
  frm=("אבי מזרחי", "avi.mizrahi@mizrahi-law.example"), subj="מענה אוטומטי: בקשת עיון במידע",
  cs="windows-1255", cte="qp", client="outlook", hq="B",
  hdr=["Auto-Submitted: auto-replied"],
  body="""שלום,

אני מחוץ למשרד עד 5 בספטמבר. בעניינים דחופים ניתן לפנות ל-office@mizrahi-law.example.

אבי מזרחי
"""),
]
