from mime import M

MAILS = [
M("en", "plain_words", "request", ["access"], "Gary Pitts", None, None, "everyday wording for access, no legal terms",
  ("Gary Pitts", "gpitts71@mailbox.example"), "what do you have on me",
  """hi,

got a call from someone last week who said they found my number "in massist". never signed up for anything called massist that I know of. what have you actually got on me and where did you get it?

gary pitts"""),

M("en", "plain_words", "request", ["objection"], "Sandra", None, None, "take me off your lists = objection to marketing",
  ("Sandra", "sandra.k.home@webpost.example"), "STOP emailing me",
  """This is the fourth time I'm asking. Take me off your lists. I don't want the webinars, the "product updates", none of it.

Sandra

Sent from my iPhone"""),

M("en", "plain_words", "request", ["rectification"], "Keith Ormerod", "Ormerod & Lyle Haulage Ltd", None,
  "address wrong fix it; employer in signature", ("Keith Ormerod", "keith@ormerodlyle.example"), "wrong address",
  """Morning,

Your system has my home address as 14 Fenwick Road. It's 41. Somebody's typo'd it and now letters go to my neighbour who is not best pleased. Please sort it.

Cheers
Keith Ormerod
Transport Manager
Ormerod & Lyle Haulage Ltd
Unit 3, Brookside Trading Estate"""),

M("en", "legal_anchor", "request", ["access"], "Imogen Fairweather", None, None, "UK GDPR Art 15 + DPA 2018",
  ("Imogen Fairweather", "i.fairweather@postbox.example"), "Subject Access Request - UK GDPR Article 15",
  """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the UK GDPR and section 45 of the Data Protection Act 2018 where applicable.

Please provide a copy of all personal data you hold about me, including any data held in the Massist CRM platform on behalf of your customers to the extent you act as controller.

My details for identification:
Full name: Imogen Fairweather
Email addresses used: i.fairweather@postbox.example, imogen.f@oldmail.example

I look forward to your response within one calendar month.

Yours faithfully,
Imogen Fairweather""", cte="quoted-printable"),

M("en", "legal_anchor", "request", ["access", "erasure", "opt_out_sale"], "Tyler Brandt", None, None,
  "CCPA sections 1798.100 .105 .120", ("Tyler Brandt", "tbrandt@sunmail.example"), "CCPA request - Cal. Civ. Code 1798.100, 1798.105, 1798.120",
  """To whom it may concern,

I am a California resident. Pursuant to the California Consumer Privacy Act as amended by the CPRA, I request that you:

1. disclose the categories and specific pieces of personal information you have collected about me (Cal. Civ. Code § 1798.100 and § 1798.110);
2. delete my personal information (§ 1798.105);
3. stop selling or sharing my personal information (§ 1798.120).

Name: Tyler Brandt
City: Fresno, CA

Tyler Brandt""", cte="quoted-printable"),

M("en", "employer", "request", ["erasure"], "Priya Raman", "Halcyon Biologics Ltd", None,
  "employer in sentence 'my employer X uses your CRM'", ("Priya Raman", "priya.raman@personalmail.example"),
  "Deleting my details",
  """Hello,

My employer, Halcyon Biologics Ltd, uses your CRM and I left them at the end of August. My profile, photo and mobile number are still visible to sales reps there according to a former colleague. Could you please delete my details from your system? I no longer want to be contactable through it.

Kind regards,
Priya"""),

M("en", "employer", "request", ["access", "portability"], "Martin Oduya", "Kestrel Facilities Management Limited", None,
  "employer in signature with long legal form; Outlook HTML only",
  ("Oduya, Martin", "m.oduya@kestrel-fm.example"), "Request for my data in machine-readable format",
  """Hi,

Please can you send me a copy of everything held about me in Massist CRM, and export my contact history in a machine-readable format (CSV is fine) so I can take it to my new role.

Thanks,

Martin Oduya
Senior Account Executive | Kestrel Facilities Management Limited
T: +44 161 555 0192
Registered in England and Wales No. 08812345. This email and any attachments are confidential and intended solely for the addressee.""",
  shape="html", cs="windows-1252", cte="quoted-printable"),

M("en", "names", "request", ["erasure"], "Siobhán Ní Bhriain", None, None, "Irish particle name in English mail",
  ("siobhan ni bhriain", "snibhriain@eiremail.example"), "please remove my account",
  """Hello there,

I'd like my account and everything attached to it removed please. I used it for a trial in 2024 and never continued.

Many thanks,
Siobhán Ní Bhriain
Galway"""),

M("en", "names", "request", ["access"], "Oluwaseun Adeyemi-Clarke", None, None,
  "name at sentence end followed by another sentence; lower-case display",
  ("oluwaseun", "seun.ac@inbox.example"), "copy of my data",
  """Dear Sir or Madam, my name is Oluwaseun Adeyemi-Clarke. I believe your company processes my personal data as I used to work for one of your customers. Please send me a copy of it.

Regards"""),

M("en", "names", "request", ["rectification"], "Hamish MacLeod", None, None, "title Dr and post-nominal PhD dropped",
  ("Dr Hamish MacLeod PhD", "hmacleod@uni-mail.example"), "Incorrect title on my record",
  """Dear DPO,

Your system records me as "Mr Hamish Macleod". Please correct the surname to MacLeod (capital L) and the title to Dr. It appears on every automated mail I receive.

Dr Hamish MacLeod PhD"""),

M("en", "agent", "request", ["access", "erasure"], "Daniel Whitcombe", None, "Eleanor Haddad",
  "solicitor acting for client", ("Eleanor Haddad", "e.haddad@haddadcroft-law.example"),
  "Our client: Mr Daniel Whitcombe - data subject access and erasure",
  """Dear Sirs,

We act for Mr Daniel Whitcombe. We enclose his signed form of authority.

On behalf of our client we request (a) a copy of all personal data relating to him that you process, pursuant to Article 15 UK GDPR, and (b) following provision of that copy, erasure of that data under Article 17.

Please direct all correspondence to this office quoting reference EH/WHI/0412.

Yours faithfully,

Eleanor Haddad
Partner
Haddad Croft LLP
Solicitors

Haddad Croft LLP is authorised and regulated by the Solicitors Regulation Authority."""),

M("en", "agent", "request", ["erasure"], "Maisie Thornton", None, "Rebecca Thornton", "parent for a child",
  ("Rebecca Thornton", "bex.thornton@familymail.example"), "my daughter's data",
  """Hi,

My daughter Maisie Thornton (she's 14) signed up for something through her school's work experience and now gets emails from a company that uses your system. She should never have been put in there. Please delete everything about her.

I'm her mum, happy to prove that if needed.

Rebecca Thornton"""),

M("en", "agent", "request", ["access"], "Liam Cartwright", "Bramwell Foods plc", "Joanne Pike",
  "HR forwarding employee request attached as message/rfc822",
  ("Joanne Pike", "joanne.pike@bramwellfoods.example"), "FW: Data request - L Cartwright",
  """Hello,

Please see the attached request from one of our employees, Liam Cartwright (Warehouse Supervisor, Bramwell Foods plc). As I understand it the data he is asking for sits in your platform rather than in our HR system, so I'm passing it to you directly.

Kind regards
Joanne Pike
HR Business Partner
Bramwell Foods plc""", shape="rfc822",
  inner=M("en", "", "", [], None, None, None, "", ("Liam Cartwright", "liam.cartwright@bramwellfoods.example"),
          "data request", """Hi Joanne,

Can you get me a copy of whatever notes and call logs the sales system keeps on me? I think it's Massist. I want to see what's been recorded about my calls.

Thanks
Liam""", to="joanne.pike@bramwellfoods.example")),

M("en", "agent", "request", ["erasure", "opt_out_sale"], "Brenda Kowalczyk", None, "Marcus Feld",
  "request service acting on behalf of consumer", ("PrivacyShield Agent", "requests@privshield-agent.example"),
  "Authorized Agent Request on behalf of Brenda Kowalczyk",
  """Hello,

PrivacyShield Inc. is an authorized agent acting on behalf of the consumer named below. Signed authorization is attached.

Consumer: Brenda Kowalczyk
Email: brenda.kow@homemail.example
State: Texas

Requests: Delete personal data; Opt out of sale and targeted advertising.

Please confirm completion within 45 days.

Marcus Feld
Agent Operations, PrivacyShield Inc.
Ref: PS-77120-BK""", hdrs={"X-Mailer": "PSAgent Dispatcher 3.2"}),

M("en", "form", "request", ["erasure"], "Connor Walsh", "Greyfield Analytics Ltd", None,
  "WordPress form robot with Reply-To person", ("Massist Website", "wordpress@massistcrm-web.example"),
  "[Massist] New submission: Privacy request",
  """New form submission

Name: Connor Walsh
Email: connor.walsh@greyfield.example
Company: Greyfield Analytics Ltd
Country: United Kingdom
Request type: Delete my data
Message: I unsubscribed months ago and still get reminders. Please remove me entirely.

--
This e-mail was sent from a contact form on Massist CRM (https://massistcrm-web.example)""",
  reply_to=("Connor Walsh", "connor.walsh@greyfield.example"), hdrs={"Auto-Submitted": "auto-generated", "X-Mailer": "WPMailSMTP/Mailer/smtp 4.1.0"}),

M("en", "form", "request", ["access", "rectification"], "Yvonne Castellano", "Northgate Dental Group LLC", None,
  "ticket tool robot with fields", ("Massist Support", "noreply@helpdesk.massist-support.example"),
  "[Ticket #48812] Privacy - access and correction",
  """A new ticket has been created via the web portal.

Requester: Yvonne Castellano <yvonne@northgatedental.example>
Company: Northgate Dental Group LLC
Category: Privacy / Data Request
Request type(s): Access, Correction

Description:
I'd like to see the data stored about me and correct my job title, which is wrong (I'm Practice Manager, not Receptionist).

---
Do not reply below this line. Powered by Helpbox.""",
  hdrs={"Auto-Submitted": "auto-generated"}, reply_to="yvonne@northgatedental.example"),

M("en", "multi_right", "request", ["access", "rectification", "restriction", "portability"], "Abigail Nwosu", None, None,
  "numbered list of several rights", ("Abigail Nwosu", "abi.nwosu@mailhub.example"), "Several requests",
  """Dear Data Protection Officer,

Please treat this email as the following requests:

1) A copy of my personal data.
2) Correction of my surname, which is recorded as "Nwoso".
3) Restriction of processing of my data while the correction is checked.
4) My data in a structured, commonly used, machine-readable format.

Many thanks,
Abigail Nwosu"""),

M("en", "multi_right", "request", ["withdraw_consent", "erasure", "objection"], "Rory Castle", None, None,
  "withdraw consent plus erasure plus marketing objection in prose", ("Rory Castle", "rory.castle@letterbox.example"),
  "consent",
  """I'm withdrawing my consent for you to use my details for anything at all. I also want you to delete what you've got, and never market to me again, by email, phone or post. Thank you.
Rory Castle"""),

M("en", "negation", "request", ["access"], "Fiona Drummond", None, None, "NOT delete, only copy",
  ("Fiona Drummond", "fdrummond@mailpost.example"), "Copy of my data (please do not delete anything)",
  """Hello,

I do NOT want my account deleted - I still use it every day. I just want a copy of the personal data you hold about me, for my own records.

Thanks,
Fiona Drummond"""),

M("en", "negation", "request", ["objection"], "Graham Lister", None, None,
  "earlier erasure reported done, now objection to marketing",
  ("Graham Lister", "glister@workmail.example"), "Re: Your erasure request #2231",
  """Thanks, I got your confirmation that my old trial account was deleted in June, so that part is done.

However I have now received a marketing postcard from you. Please stop sending me marketing of any kind.

Graham Lister

> On 14 Jun 2026, at 10:12, Data Protection Officer <dpo@massistcrm.com> wrote:
>
> Dear Mr Lister,
> we confirm that your account and associated data have been erased.
> Kind regards, Privacy Team""", irt="c3a1f0d2@massistcrm.com"),

M("en", "footer_rights", "request", ["rectification"], "Natalie Greaves", "Ashdown Property Partners LLP", None,
  "correction above corporate privacy footer listing all rights",
  ("Natalie Greaves", "n.greaves@ashdownpp.example"), "Phone number update",
  """Hi,

My mobile number in your system is out of date. The correct one is 07700 900 418. Could you update it please?

Best,
Natalie Greaves
Office Manager
Ashdown Property Partners LLP

______________________________________
PRIVACY NOTICE: Ashdown Property Partners LLP processes personal data in accordance with the UK GDPR. You have the right to access, rectify, erase, restrict or object to processing of your personal data, and the right to data portability. To exercise these rights or withdraw consent, contact privacy@ashdownpp.example. You may complain to the ICO."""),

M("en", "footer_rights", "other", [], "Owen Parry", "Tidewell Software Ltd", None,
  "general question above a rights-listing footer; no request",
  ("Owen Parry", "owen.parry@tidewell.example"), "Where is your data hosted?",
  """Hello,

Quick question before our renewal: which regions are Massist CRM customer databases hosted in, and is there an EU-only option?

Thanks
Owen Parry
IT Lead, Tidewell Software Ltd

This email may contain personal data. Under the GDPR you have the right to request access to, correction or deletion of your personal data, to object to processing and to data portability. See our privacy policy at tidewell.example/privacy.""", shape="alt"),

M("en", "access_items", "request", ["access"], "Harriet Okafor", None, None,
  "Art 15 item list: purposes recipients retention source ADM complaint",
  ("Harriet Okafor", "harriet.okafor@post.example"), "Article 15 request",
  """Dear Sir/Madam,

Under Article 15 GDPR I ask you to confirm whether you process my personal data and, if so, to provide:

- a copy of the data;
- the purposes of the processing;
- the recipients or categories of recipients, in particular recipients in third countries;
- the period for which the data will be stored, or the criteria used to determine it;
- the source of the data, if not collected from me;
- whether automated decision-making including profiling takes place, with meaningful information about the logic involved;
- information about my right to lodge a complaint with a supervisory authority.

Yours faithfully
Harriet Okafor"""),

M("en", "us_wording", "request", ["opt_out_sale"], "Dwayne Holcomb", None, None, "Do not sell or share",
  ("Dwayne Holcomb", "dholcomb@usmail.example"), "Do Not Sell or Share My Personal Information",
  """Do not sell or share my personal information. This applies to any email address or phone number linked to me.

Dwayne Holcomb
Sacramento, CA"""),

M("en", "us_wording", "request", ["limit_sensitive", "access"], "Kimberly Ashe", None, None,
  "limit sensitive PI + right to know", ("Kim Ashe", "kim.ashe@coastmail.example"), "right to know / limit sensitive info",
  """Hello,

I'm exercising my right to know what personal information you've collected about me in the last 12 months. Also, please limit the use of my sensitive personal information to what is strictly necessary - I noticed a health-related note in a sales record about me.

Kimberly Ashe"""),

M("en", "us_wording", "request", ["rectification", "opt_out_sale"], "Jorge Villalobos", "Desert Sun Roofing Inc.", None,
  "right to correct + opt-out targeted advertising; US state abbrev not employer",
  ("Jorge Villalobos", "jorge@desertsunroofing.example"), "Correct my info and opt out",
  """Hi there, I'm using my right to correct: my last name is spelled Villalobos, not Villalobas. And I opt out of targeted advertising and any sale of my info.

Jorge Villalobos
Owner, Desert Sun Roofing Inc.
Tucson, AZ"""),

M("en", "not_request", "other", [], "Chloe Bennington", None, None, "job application mentioning consent to keep CV",
  ("Chloe Bennington", "chloe.benn@careers-mail.example"), "Application - Data Protection Analyst",
  """Dear Hiring Team,

Please find my application for the Data Protection Analyst role. I consent to you keeping my CV on file for 12 months for future vacancies.

I have three years' experience handling subject access requests at a housing association.

Best wishes,
Chloe Bennington"""),

M("en", "not_request", "other", [], "Victor Stahl", "Clearwave Payroll Ltd", None, "vendor asking for a DPA",
  ("Victor Stahl", "v.stahl@clearwave-payroll.example"), "DPA and sub-processor list",
  """Hi,

We're onboarding Massist CRM for our sales team. Could you send us your standard Data Processing Agreement and current sub-processor list? Our procurement needs both before signature.

Regards,
Victor Stahl
Procurement, Clearwave Payroll Ltd"""),

M("en", "not_request", "other", [], None, None, None, "phishing dressed as a GDPR request with link",
  ("GDPR Compliance Center", "notice@gdpr-compliance-center.example"), "URGENT: Data subject request awaiting your action",
  """Dear Data Controller,

A data subject has filed an erasure request against your organisation. Failure to respond within 72 hours may result in fines of up to 4% of annual turnover.

View and respond to the request here: http://gdpr-request-portal.example/view?id=88120

Compliance Desk""", shape="html"),

M("en", "not_request", "bulk", [], None, None, None, "newsletter mentioning GDPR and rights",
  ("Privacy Weekly", "newsletter@privacyweekly.example"), "Privacy Weekly #212: DSAR volumes up 30%",
  """PRIVACY WEEKLY - Issue 212

This week: DSAR volumes rose 30% year on year; the right to erasure in backups; a new code of practice on employee monitoring.

Read online: https://privacyweekly.example/212

You are receiving this because you subscribed. Unsubscribe: https://privacyweekly.example/u""",
  shape="alt", hdrs={"List-Unsubscribe": "<https://privacyweekly.example/u>", "Precedence": "bulk", "List-Id": "Privacy Weekly <weekly.privacyweekly.example>"}),

M("en", "not_request", "auto_reply", [], "Patricia Moreno", None, None, "out-of-office reply",
  ("Patricia Moreno", "pmoreno@lakeshore-legal.example"), "Automatic reply: Re: Your data request",
  """Thank you for your email. I am out of the office until Monday 12 October with limited access to email. For urgent matters please contact reception on 0161 555 0100.

Patricia Moreno""", hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

M("en", "not_request", "bounce", [], None, None, None, "multipart/report DSN bounce",
  ("Mail Delivery System", "MAILER-DAEMON@mx1.massistcrm.com"), "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.massistcrm.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<t.brandt@oldmail.example>: host mx.oldmail.example[198.51.100.7] said:
    550 5.1.1 User unknown""", shape="report", received=False, hdrs={"Auto-Submitted": "auto-replied"},
  report=dict(mta="mx1.massistcrm.com", rcpt="t.brandt@oldmail.example", status="5.1.1", remote="mx.oldmail.example",
              diag="550 5.1.1 User unknown", osubj="Re: CCPA request")),

M("en", "plain_words", "request", ["erasure"], "Dave", None, None, "first-name only, angry, typos",
  ("dave", "davey.b.1988@fastmail.example"), "get rid of my stuff",
  """who gave you my details?? i never agreed to any of this. get rid of all my stuff off your system now or im reporting you

Dave"""),

M("en", "employer", "request", ["objection"], "Sunita Chaudhry", "Pennine Valley Credit Union Limited", None,
  "employer in 'from X' phrase, objection to profiling",
  ("Sunita Chaudhry", "sunita.c@pvcu.example"), "objection",
  """Hello, this is Sunita Chaudhry from Pennine Valley Credit Union Limited. Our sales team told me your system scores contacts for "engagement". I object to my personal data being used for that scoring. I'm fine with the basic record staying.

Sunita""", shape="alt"),

M("en", "agent", "request", ["access"], "Arthur Pemberton", None, "Gillian Pemberton",
  "attorney under power of attorney for elderly father",
  ("Gillian Pemberton", "gill.pemberton@homepost.example"), "Request on behalf of my father",
  """Dear Data Protection Officer,

I hold a Lasting Power of Attorney for my father, Arthur Pemberton, who has dementia. He has received a number of calls from sales people who seem to have his details from a CRM system your company provides. Please tell me what information you hold about him and where it came from. A copy of the LPA is attached.

Yours sincerely,
Gillian Pemberton"""),

M("en", "legal_anchor", "request", ["erasure"], "Thandiwe Mokoena", "Ubuntu Freight (Pty) Ltd", None,
  "POPIA s24 deletion, employer with (Pty) Ltd",
  ("Thandiwe Mokoena", "thandi.mokoena@ubuntufreight.example"), "POPIA section 24 - request for deletion",
  """Good day,

In terms of section 24 of the Protection of Personal Information Act, 2013 (POPIA), I request that you delete all personal information about me that is no longer necessary. My former employer Ubuntu Freight (Pty) Ltd used Massist CRM; I left in March.

Regards
Thandiwe Mokoena"""),

M("en", "legal_anchor", "request", ["erasure", "grievance", "nomination"], "Rohan Mehta", None, None,
  "India DPDP Act ss.12-14 in English: erasure, grievance, nomination",
  ("Rohan Mehta", "rohan.mehta@indmail.example"), "DPDP Act 2023 - erasure, grievance and nomination",
  """Dear Grievance Officer,

Under section 12 of the Digital Personal Data Protection Act, 2023, I request erasure of my personal data. I raised this with your support team on 2 September and received no reply, so please register this as a formal grievance under section 13.

Further, under section 14, I nominate my brother Vikram Mehta to exercise my rights in the event of my death or incapacity.

Rohan Mehta
Pune"""),
]
