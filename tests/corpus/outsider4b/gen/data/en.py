from . import M, AR, BULK, BOUNCE_PRE, DPO

MAILS = [
M("us_wording", "request", ["opt_out_sale", "limit_sensitive"], "Tamika Holloway", None, None,
  "CCPA/CPRA wording: do not sell or share + limit sensitive PI, no section numbers",
  ("Tamika Holloway", "tamika.holloway88@mailbox.example"),
  "Do Not Sell or Share My Personal Information",
  """
Hello,

I'm a California resident. A recruiter told me your CRM has my profile because a staffing company I applied through uses it.

Please do not sell or share my personal information with anyone, and that includes using it for cross-context behavioral advertising. Also limit the use of my sensitive personal information (my SSN was on the application form and I think my health info too, since I asked for an accommodation) to what is strictly needed.

I'm not asking you to delete anything right now, I might need that application later.

Thanks,
Tamika Holloway
Fresno, CA
""", cte="7bit"),

M("access_items", "request", ["access"], "Siobhan O'Rourke-Patel", "Brackenfield Logistics Ltd", None,
  "UK GDPR Art. 15 letter listing purposes/recipients/retention/source/ADM/ICO complaint; employer under job title",
  ("O'Rourke-Patel, Siobhan", "s.orourkepatel@brackenfield-logistics.example"),
  "Subject Access Request - UK GDPR Article 15",
  """
Dear Data Protection Officer,

I am making a subject access request under Article 15 of the UK GDPR and the Data Protection Act 2018.

Please provide:

1. a copy of all personal data you hold about me, including call notes, activity logs and any "lead score" or rating attached to my contact record;
2. the purposes for which each category of data is processed;
3. the recipients or categories of recipients to whom it has been or will be disclosed, in particular any recipients outside the UK;
4. the envisaged period for which the data will be stored, or the criteria used to determine that period;
5. where the data was not collected from me, any available information as to its source;
6. whether any automated decision-making, including profiling, is carried out, with meaningful information about the logic involved;
7. confirmation of my right to lodge a complaint with the Information Commissioner's Office.

I understand you have one calendar month to respond. An electronic copy is fine.

Kind regards,

Siobhan O'Rourke-Patel
Senior Account Coordinator
Brackenfield Logistics Ltd
Unit 4, Tanners Yard, Leeds LS9 0QX
""", shape="html", style="outlook", cs="windows-1252", cte="quoted-printable"),

M("agent", "request", ["erasure", "access"], "Marisol Vance", None, "Jordan Pike",
  "Request service acting under signed authorization; CCPA right to delete + right to know",
  ("ClearSlate Privacy Requests", "requests@clearslate-privacy.example"),
  "Consumer privacy request on behalf of Marisol Vance [Ref CS-2291-0457]",
  """
To whom it may concern,

ClearSlate is an authorized agent under Cal. Civ. Code 1798.135 and 11 CCR 7063. We are submitting this request on behalf of our member, whose signed authorization is on file and available on request.

Consumer: Marisol Vance
Email on file: marisol.vance@homemail.example
Phone: (619) 555-0148
State of residence: California

Requests:
- Right to know: the specific pieces of personal information you have collected about the consumer, and the categories of sources.
- Right to delete: delete the consumer's personal information once the above has been provided.

Please reply to this address and reference CS-2291-0457.

Jordan Pike
Member Requests Team
ClearSlate Privacy Requests

This message and any attachments are confidential. ClearSlate does not sell personal information.
""", flowed=True),

M("plain_words", "request", ["access", "objection"], "Gareth", None, None,
  "No legal terms; what do you have on me + stop marketing; only first name signed",
  ("gareth", "gaz.w1977@inbox.example"),
  "who gave you my email??",
  """
Hi

Keep getting emails from you lot about "boosting pipeline velocity". Never signed up for anything. What have you actually got on me and where did you get it? And take me off whatever list this is, I don't want any more of these.

cheers
Gareth

Sent from my iPhone
""", cte="7bit"),

M("employer", "request", ["automated_decision", "grievance"], "Declan Forsyth", "Harlow & Finch Insurance Brokers Ltd", None,
  "Contesting CRM auto-score used by employer, asks human review, explicit formal complaint",
  ("Declan Forsyth", "declan.forsyth@harlowfinch.example"),
  "Formal complaint - automated performance score",
  """
Hello,

My employer, Harlow & Finch Insurance Brokers Ltd, uses Massist CRM to manage our sales team. Last month I was put on a performance improvement plan and my manager told me it was because the "Massist activity score" flagged me as low-engagement. Nobody looked at the fact I was on paternity leave for three of those weeks.

I want this decision reviewed by an actual person, and I want to be able to give my side before anything else happens. Please treat this email as a formal complaint to Innthink about how this scoring works and how it was applied to me.

I have raised it internally too but was told the score "comes from the system".

Declan Forsyth
Account Executive, Commercial Lines
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("not_request", "bounce", [], None, None, None,
  "Postfix DSN multipart/report, original DPO reply attached as message/rfc822",
  ("Mail Delivery System", "MAILER-DAEMON@mx2.hostingbox.example"),
  "Undelivered Mail Returned to Sender",
  """
This is the mail system at host mx2.hostingbox.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<r.bellamy@oldisp.example>: host mail.oldisp.example[198.51.100.23] said: 550
    5.1.1 <r.bellamy@oldisp.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", cte="7bit", shape="dsn", pre_headers=BOUNCE_PRE, headers=[("Auto-Submitted", "auto-replied")],
  dsn=dict(mta="mx2.hostingbox.example", rcpt="r.bellamy@oldisp.example", status="5.1.1",
           remote="mail.oldisp.example", diag="550 5.1.1 <r.bellamy@oldisp.example>: Recipient address rejected: User unknown in virtual mailbox table",
           arrival="Tue, 14 Jan 2025 09:12:40 +0000"),
  inner=dict(frm=("Innthink Data Protection", DPO), to="r.bellamy@oldisp.example",
             subj="Re: Your data access request [DSR-1184]", date="Tue, 14 Jan 2025 09:12:38 +0000",
             body="""
Dear Mr Bellamy,

Thank you for your request. To verify your identity, please reply from the
email address registered with your employer's Massist CRM account.

Kind regards,
Data Protection Office
Innthink Technologies
""")),

M("not_request", "bulk", [], None, None, None,
  "Newsletter that explains GDPR rights (access, erasure...) but asks nothing",
  ("The Compliance Brief", "news@compliancebrief.example"),
  "This week: DSAR volumes up 40% - are you ready?",
  """
THE COMPLIANCE BRIEF - Issue 212

In this issue
- DSAR volumes up 40% year on year
- Five things regulators expect from your erasure workflow
- Webinar: portability requests in B2B SaaS

DSAR VOLUMES UP 40%
Our annual survey of 380 privacy teams shows subject access requests keep climbing. Under the GDPR individuals can ask for access, rectification, erasure, restriction, portability and can object to processing; in California they can opt out of the sale or sharing of their data. Most teams told us erasure is the hardest to get right across backups.

WEBINAR
Thursday 3pm GMT - "Portability in practice". Register at https://compliancebrief.example/webinars

You are receiving this email because you subscribed at compliancebrief.example.
Unsubscribe: https://compliancebrief.example/u/8f2c1a
The Compliance Brief, 12 Mercer Street, London WC2H 9QA
""", shape="alt", style="gmail", cte="7bit",
  headers=BULK("<brief.compliancebrief.example>", "https://compliancebrief.example/u/8f2c1a")),
M("us_wording", "request", ["access", "rectification"], "Brianna Oyelaran-Whitfield", "Pacific Crest Realty Group, Inc.", None,
  "CCPA 'right to know' + 'right to correct' wording; 'San Diego, CA' must not be read as employer",
  ("Brianna Oyelaran-Whitfield", "brianna.ow@pacificcrest-realty.example"),
  "Right to know / right to correct request",
  """
Hi there,

I'm a Realtor with Pacific Crest Realty Group, Inc. and our brokerage runs on Massist CRM. I'd like to exercise my right to know the personal information your company has collected about me, and the categories of third parties you've disclosed it to.

I'm also exercising my right to correct: your system lists my license number and my cell incorrectly. Correct values are DRE #02155501 and (858) 555-0193.

Thank you!

Brianna Oyelaran-Whitfield
REALTOR(R) | Pacific Crest Realty Group, Inc.
San Diego, CA 92109
""", shape="alt", style="gmail", cs="utf-8", cte="7bit"),
]
