from core import M

M("en", "request", "access grievance", "Declan Murphy", None, None, "multi_right", "formal complaint to the company about ignored DSAR + renewed access",
  frm=("Declan Murphy", "declan.murphy@eircom.example"), subj="Formal complaint - ignored subject access request",
  body="""Dear Data Protection Officer,

On 2 June I sent a subject access request and have had no reply beyond an automatic acknowledgement. I now wish to make a formal complaint to your company about the handling of my request, and I ask that it be escalated to senior management.

I also repeat my request for a copy of all the personal data you hold about me.

If this is not resolved within 14 days I will consider contacting the Data Protection Commission.

Declan Murphy
Cork
""")

M("en", "request", "grievance", "Ananya Krishnan", "Vistara Textiles Pvt Ltd", None, "form", "DPDP grievance submitted via form robot",
  frm=("Grievance Portal", "grievance-noreply@massistcrm.example"), reply_to=("Ananya Krishnan", "ananya.k@vistaratextiles.example"),
  subj="New grievance registered - GRV-2025-00418",
  body="""A new grievance has been registered under the Digital Personal Data Protection Act, 2023.

Grievance ID: GRV-2025-00418
Name: Ananya Krishnan
Email: ananya.k@vistaratextiles.example
Organisation: Vistara Textiles Pvt Ltd
Category: Grievance redressal (Section 13)
Description: My correction request from last month is still pending and I keep receiving messages at my old number.

This is a system generated e-mail.
""")

M("en", "request", "objection", "Philippa Grant", None, None, "negation", "earlier access + rectification requests reported as answered; new objection only",
  frm=("Philippa Grant", "pgrant@virginmedia.example"), subj="Re: your reply of 12 May (ref DSR-5521)",
  body="""Dear DPO,

Thank you for your reply. In my letter of 3 May I asked for access to my data and for my address to be corrected; you have now done both, so nothing further is needed on those points.

Having seen the data, however, I object to you using my details for "engagement scoring". Please stop that processing.

Philippa Grant
""")

M("fr", "request", "automated_decision", "Karim Boudiaf", None, None, "legal_anchor", "article 22 RGPD: intervention humaine",
  frm=("Karim Boudiaf", "karim.boudiaf@free.example"), subj="Décision automatisée – article 22 RGPD",
  body="""Bonjour,

Mon inscription a été refusée automatiquement par votre outil de « scoring ». Conformément à l'article 22 du RGPD, je refuse de faire l'objet d'une décision fondée exclusivement sur un traitement automatisé et je demande une intervention humaine pour réexaminer mon dossier.

Karim Boudiaf
""")

M("es", "request", "automated_decision", "Nerea Aguirre", None, None, "plain_words", "no article cited: wants a person to review an automatic rejection",
  frm=("Nerea Aguirre", "nerea.aguirre@gmail.example"), subj="Rechazo automático",
  body="""Hola,

Me han rechazado la solicitud en dos segundos y sin explicación, está claro que lo ha decidido una máquina. No acepto esa decisión automática: quiero que una persona revise mi caso y poder explicar mi situación.

Nerea Aguirre
""")

M("hi", "request", "nomination", "Ramesh Chandra Joshi", None, None, "plain_words", "Hinglish nominee request without section numbers",
  frm=("Ramesh Joshi", "rc.joshi1958@gmail.example"), subj="nominee add karna hai",
  body="""Namaste,

Meri umar 66 saal hai. Main chahta hoon ki meri death ya bimari ki situation mein meri wife Kamla Joshi mere data ke rights use kar sakein. Please unko mera nominee register kar dijiye.

Ramesh Chandra Joshi
Dehradun
""")

M("de", "request", "grievance restriction", "Ute Kranz", None, None, "multi_right", "förmliche Beschwerde an Geschäftsführung + Einschränkung",
  frm=("Ute Kranz", "ute.kranz@online.example"), subj="Förmliche Beschwerde und Einschränkung der Verarbeitung",
  body="""Sehr geehrte Damen und Herren,

hiermit lege ich förmlich Beschwerde bei Ihrer Geschäftsführung ein, weil meine Berichtigungsanfrage seit acht Wochen unbeantwortet ist.

Bis zur Klärung verlange ich die Einschränkung der Verarbeitung meiner Daten nach Art. 18 DSGVO.

Ute Kranz
Kassel
""")

M("ja", "request", "access", "藤田 翔太", None, None, "plain_words", "raw UTF-8 headers (RFC 6532, no encoded-words)",
  frm=("藤田 翔太", "shota.fujita@gmail.example"), subj="私のデータについて", raw8=True,
  body="""こんにちは。御社のシステムに私のどんな情報が入っているのか知りたいです。教えてください。

藤田 翔太
""")

M("ru", "request", "erasure", "Павел Гришин", "АО «Уралтехснаб»", None, "employer", "raw UTF-8 headers; АО under title",
  frm=("Павел Гришин", "p.grishin@uralts.example"), subj="Удаление моих данных", raw8=True,
  body="""Добрый день,

прошу удалить мои персональные данные из вашей системы — я больше не работаю с вашим клиентом.

С уважением,
Павел Гришин
начальник отдела снабжения
АО «Уралтехснаб», г. Екатеринбург
""")

M("en", "request", "access", "Giulia Ferraro-Bianchi", "Studio Legale Ferraro", None, "names", "Italian subject but English body; Avv. title and LL.M. dropped",
  frm=("Avv. Giulia Ferraro-Bianchi", "g.ferraro@studioferraro.example"), subj="Richiesta dati personali",
  body="""Good morning,

I am Giulia Ferraro-Bianchi. I would like to receive a copy of the personal data you hold about me - I am writing in English as I understand your team is based in Dublin.

Kind regards,
Avv. Giulia Ferraro-Bianchi, LL.M.
Partner, Studio Legale Ferraro
Milano
""")

M("cs", "request", "restriction", "Hana Černá", None, None, "plain_words", "omezení zpracování in everyday words",
  frm=("Hana Černá", "hana.cerna@seznam.example"), subj="Prosím nepoužívejte moje údaje",
  cs="iso-8859-2", cte="quoted-printable", henc="Q",
  body="""Dobrý den,

dokud nevyřešíme reklamaci, nechci, abyste moje údaje k čemukoli používali – jen je mějte uložené, nic víc.

Hana Černá
""")

M("ko", "request", "erasure", "한지우", None, "한상철", "agent", "father as 법정대리인 for child under 14, euc-kr",
  frm=("한상철", "sc.han@kt.example"), subj="자녀 계정 삭제 요청",
  cs="euc-kr", cte="quoted-printable", henc="B",
  body="""안녕하세요.

제 딸 한지우(만 12세)가 부모 동의 없이 회원가입을 했습니다. 법정대리인으로서 딸의 계정과 개인정보 삭제를 요청합니다.

한상철 드림
""")
