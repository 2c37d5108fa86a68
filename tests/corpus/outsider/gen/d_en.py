from core import M

L = "en"

M(L, "request", "access", "Gareth Llewellyn", None, None, "legal_anchor", "UK GDPR Art. 15 + DPA 2018, one-month deadline",
  frm=("Gareth Llewellyn", "g.llewellyn@btinternet.example"), subj="Subject Access Request - UK GDPR Article 15",
  body="""Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the UK GDPR and the Data Protection Act 2018.

Please supply a copy of all personal data you hold about me, including any call recordings and notes made by your support team. I have been a customer since 2019 under the e-mail address above.

I look forward to your response within one calendar month.

Yours faithfully,
Gareth Llewellyn
14 Heol y Coed, Cardiff CF14 6AB
""")

M(L, "request", "access erasure", "Dana K. Whitfield", None, None, "legal_anchor", "CCPA sections 1798.100 and 1798.105 cited; Sacramento, CA is address not employer",
  frm=("Dana Whitfield", "dana.whitfield@gmail.example"), subj="CCPA request (Cal. Civ. Code 1798.100 / 1798.105)",
  body="""To whom it may concern:

Pursuant to the California Consumer Privacy Act as amended by the CPRA, Cal. Civ. Code § 1798.100 and § 1798.110, I request that you disclose the categories and specific pieces of personal information you have collected about me.

Additionally, under § 1798.105, once you have provided that disclosure, please delete my personal information and direct your service providers to do the same.

Dana K. Whitfield
Sacramento, CA 95816
""", cte="quoted-printable")

M(L, "request", "erasure grievance", "Siddharth Venkatraman", None, None, "legal_anchor", "DPDP Act 2023 s.12 erasure and s.13 grievance redressal",
  frm=("Siddharth Venkatraman", "sid.venkat@rediffmail.example"), subj="Grievance under Section 13 DPDP Act 2023 - erasure not done",
  body="""Respected Sir/Madam,

This is to bring to your kind notice that I had closed my account with your platform in January but I am still receiving SMS and emails. As per Section 12(3) of the Digital Personal Data Protection Act, 2023 I am requesting erasure of my personal data.

Also please treat this mail as a formal grievance under Section 13 of the Act to your Grievance Officer, since my earlier mails to support were not replied.

Kindly do the needful at the earliest.

Regards,
Siddharth Venkatraman
Chennai - 600041
""")

M(L, "request", "rectification", "Thandiwe Mokoena", "Karoo Freight (Pty) Ltd", None, "legal_anchor", "POPIA s.24 correction; (Pty) Ltd employer under job title",
  frm=("Thandiwe Mokoena", "thandiwe.m@karoofreight.example"), subj="POPIA Section 24 - correction of personal information",
  body="""Good day,

In terms of section 24 of the Protection of Personal Information Act, 4 of 2013 (POPIA), I request that you correct the personal information you hold about me. Your system lists my surname as "Mokwena" and my cellphone number is out of date. The correct details are:

Surname: Mokoena
Cell: 082 555 0193

Kind regards

Thandiwe Mokoena
Senior Logistics Coordinator
Karoo Freight (Pty) Ltd
Tel: +27 21 555 0110 | Cape Town
""")

M(L, "request", "access", "Lukas Brunner", None, None, "legal_anchor", "Swiss revFADP Art. 25 in English",
  frm=("Lukas Brunner", "lukas.brunner@bluewin.example"), subj="Information request under Art. 25 FADP",
  body="""Hello,

Based on Article 25 of the Swiss Federal Act on Data Protection (FADP / nDSG) I would like to receive information on whether you process personal data about me and, if so, a copy of that data.

Best regards
Lukas Brunner
Zurich
""")

M(L, "request", "nomination", "Meenakshi Iyer", None, None, "legal_anchor", "DPDP s.14 nomination of son; son's name is not the data subject",
  frm=("Meenakshi Iyer", "meenakshi.iyer52@yahoo.example"), subj="Nomination under Section 14 of DPDP Act",
  body="""Dear Sir / Madam,

I, Meenakshi Iyer, hold a customer account with you (registered mobile ending 4471). Under Section 14 of the Digital Personal Data Protection Act, 2023 I wish to nominate my son, Mr. Karthik Iyer, to exercise my rights in the event of my death or incapacity.

His email is karthik.iyer@outlook.example. Please confirm registration of the nomination.

Thanking you,
Meenakshi Iyer
Bengaluru
""")

M(L, "request", "automated_decision", "Callum Fraser", None, None, "legal_anchor", "Article 22 UK GDPR human review of automated refusal",
  frm=("Callum Fraser", "callum.fraser@proton.example"), subj="Art 22 - I want a human to look at this",
  body="""Hi,

Your system rejected my trial application within seconds last night ("risk score too high"). Under Article 22 of the UK GDPR I am exercising my right not to be subject to a decision based solely on automated processing. Please have a person review the decision and let me put my side of it.

Callum Fraser
""")

M(L, "request", "access", None, None, None, "plain_words", "one line, no name, iPhone footer",
  frm=("", "jb1987@icloud.example"), subj="what do you have on me",
  body="""what info do you have on me and where did you get it from??

Sent from my iPhone
""")

M(L, "request", "erasure objection", "Kerry-Ann Doyle", None, None, "plain_words", "get rid of my account + stop emailing me",
  frm=("Kerry-Ann Doyle", "kerryann.d@hotmail.example"), subj="please get rid of my account",
  body="""hi there

I signed up for a free trial ages ago and never used it. can you get rid of my account and everything you've got about me? and please stop sending me the promo emails, I've clicked unsubscribe three times now

thanks
Kerry-Ann Doyle
""")

M(L, "request", "access", "Olivia Hartmann-Reyes", None, None, "access_items", "Art. 15 items listed (purposes, recipients, retention, source, ADM, complaint) -> access only",
  frm=("Olivia Hartmann-Reyes", "ohr@fastmail.example"), subj="Data subject access request",
  fmt="alt", body="""Dear Sir or Madam,

I hereby request access to my personal data in accordance with Article 15 GDPR. Please provide:

1. a copy of all personal data concerning me that you process;
2. the purposes of the processing;
3. the categories of personal data concerned;
4. the recipients or categories of recipients to whom the data have been or will be disclosed, in particular recipients in third countries;
5. the envisaged period for which the data will be stored, or the criteria used to determine that period;
6. the existence of the right to request rectification or erasure, restriction or objection;
7. the right to lodge a complaint with a supervisory authority;
8. where the data were not collected from me, any available information as to their source;
9. the existence of automated decision-making, including profiling, and meaningful information about the logic involved.

Please respond within one month.

Kind regards,
Olivia Hartmann-Reyes
""")

M(L, "request", "rectification", "Niamh Gallagher", "Corrib Engineering Ltd", None, "footer_rights", "legal disclaimer lists all GDPR rights; asks only to fix e-mail address",
  frm=("Niamh Gallagher", "n.gallagher@corrib-eng.example"), subj="Please update my email address",
  body="""Hello,

Could you please update the email address on my profile? The old one (niamh.g@eircom.example) no longer works; please use this one instead.

Thanks,
Niamh Gallagher
Procurement Manager | Corrib Engineering Ltd
Galway, Ireland

--
CONFIDENTIALITY & PRIVACY NOTICE: This e-mail and any attachments are confidential. Corrib Engineering Ltd processes personal data in accordance with the GDPR. You have the right to request access to, rectification or erasure of your personal data, to restrict or object to processing, to data portability and to lodge a complaint with the Data Protection Commission. To exercise these rights contact privacy@corrib-eng.example.
""")

M(L, "other", "", "Marcus Bell", "Bellweather Retail Ltd", None, "footer_rights", "invoice question, rights only in footer -> not a request",
  frm=("Marcus Bell", "marcus.bell@bellweather.example"), subj="Invoice INV-20931 - VAT number missing",
  body="""Hi team,

The invoice you sent last week for our CRM seats is missing our VAT number, so finance can't process it. Could someone reissue it with GB 123 4567 89?

Cheers,
Marcus Bell
Head of Operations, Bellweather Retail Ltd

Privacy: We respect your rights under UK GDPR including the right of access, right to erasure, right to object and right to data portability. See bellweather.example/privacy.
""")

M(L, "request", "access erasure", "Priya Raman", None, "Jonathan Ashcroft", "agent", "solicitor for client; law firm is not the subject's employer",
  frm=("Jonathan Ashcroft", "j.ashcroft@ashcroft-lane.example"), subj="Our client: Ms Priya Raman - subject access and erasure",
  body="""Dear Sirs,

We act for Ms Priya Raman of 22 Larch Avenue, Leeds LS6 2PQ, and enclose her signed letter of authority.

On our client's behalf we request (i) a copy of all personal data you hold concerning her, pursuant to Article 15 UK GDPR, and (ii) upon provision of that copy, the erasure of her data pursuant to Article 17.

Please direct all correspondence to this office quoting reference JA/RAM/0412.

Yours faithfully,

Jonathan Ashcroft
Partner
Ashcroft Lane LLP, Solicitors
""")

M(L, "request", "erasure", "Ella Thompson", None, "Sarah Thompson", "agent", "parent for 13-year-old; parent's employer in signature is not the subject's",
  frm=("Sarah Thompson", "sarah.thompson@northgatehealth.example"), subj="My daughter's account",
  body="""Hello,

My daughter Ella Thompson (she's 13) created an account on one of your customers' booking portals using her school email ella.t2011@schoolmail.example. She is too young and I did not agree to it. Please delete her account and all her data.

I am her mother and can provide proof if needed.

Sarah Thompson
Clinical Nurse Manager
Northgate Health Partners
""")

M(L, "request", "access", "Tomasz Wiśniewski", "Hollybrook Foods Ltd", "Rachel Okonkwo", "agent", "HR forwards employee's request attached as message/rfc822",
  frm=("Rachel Okonkwo", "rachel.okonkwo@hollybrookfoods.example"), subj="Fwd: data request - Tomasz Wisniewski",
  fmt="fwd", body="""Hi,

Please see the attached email from one of our employees, Tomasz Wiśniewski (warehouse, Leicester site). As you host our CRM, can you help us answer his request for a copy of the data held about him in the system? I've attached his original message.

Many thanks,
Rachel Okonkwo
HR Business Partner
Hollybrook Foods Ltd
""", inner=dict(frm=("Tomasz Wiśniewski", "tomasz.w@hollybrookfoods.example"), to=("HR Team", "hr@hollybrookfoods.example"),
                subj="data request", fname="data request.eml", body="""Hello HR,

I would like a copy of all my personal data that the company holds, including what is in the customer system (I was entered as a contact there when I did deliveries). Article 15 GDPR.

Regards
Tomasz Wiśniewski
"""))

M(L, "request", "erasure opt_out_sale", "Jordan Blake Matthews", None, "Alicia Moreno", "agent", "request service (authorized agent) acting for consumer",
  frm=("Alicia Moreno | PrivyShield", "requests@privyshield.example"), subj="Authorized agent request on behalf of Jordan Blake Matthews",
  fmt="html", html="""<html><body style="font-family:Helvetica,Arial">
<p>Hello,</p>
<p>PrivyShield is an authorized agent acting on behalf of the consumer identified below, pursuant to Cal. Civ. Code &sect; 1798.135 and 11 CCR &sect; 7063. A signed authorization is attached.</p>
<table border="0" cellpadding="3">
<tr><td><b>Consumer:</b></td><td>Jordan Blake Matthews</td></tr>
<tr><td><b>Email:</b></td><td>jbmatthews@gmail.example</td></tr>
<tr><td><b>State:</b></td><td>CA</td></tr>
<tr><td><b>Requests:</b></td><td>Delete my personal information; Do not sell or share my personal information</td></tr>
</table>
<p>Please confirm receipt within 10 business days.</p>
<p>Alicia Moreno<br>Privacy Operations Specialist, PrivyShield Inc.</p>
<p style="font-size:10px;color:#888">Powered by PrivyShield Request Engine</p>
</body></html>
""", cs="utf-8", cte="quoted-printable")

M(L, "request", "access", "Brianna Cole", "Pinecrest Dental Group LLC", None, "employer", "'I work at X, we use your CRM'; Austin, TX is not employer",
  frm=("Brianna Cole", "bcole@pinecrestdental.example"), subj="question about my data",
  body="""Hi,

I work at Pinecrest Dental Group LLC and our office uses your CRM for patient reminders. I was also a patient, so I assume my info is in there twice. Can you send me a copy of what your system stores about me personally?

Brianna Cole
Austin, TX
""")

M(L, "request", "withdraw_consent", "Harold Jenkins", None, None, "employer", "US state abbreviation 'OR' and 'Sent from Yahoo Mail' are not employers",
  frm=("Harold Jenkins", "hjenkins44@yahoo.example"), subj="consent",
  body="""I no longer consent to you using my data for the customer satisfaction surveys. Please withdraw my consent effective today.

Harold Jenkins
Portland, OR

Sent from Yahoo Mail on Android
""")

M(L, "request", "erasure", "Rhys Pemberton", None, None, "names", "'My name is X. Please...' sentence end after the name",
  frm=("", "rp.1990@outlook.example"), subj="Delete",
  body="""Hello. My name is Rhys Pemberton. Please delete all of my personal data from your systems, I don't use the service anymore.
""")

M(L, "request", "access", "Amelia J. Okafor", "Lakeside University Hospital", None, "names", "title Dr. and PhD to be dropped; employer under job title",
  frm=("Dr. Amelia J. Okafor, PhD", "a.okafor@lakeside-uh.example"), subj="Request for a copy of my personal data",
  body="""Dear DPO,

Please provide a copy of the personal data you hold about me (Article 15 GDPR).

With best wishes,

Dr. Amelia J. Okafor, PhD
Consultant Epidemiologist
Lakeside University Hospital
""")

M(L, "request", "opt_out_sale", "Kevin O'Donnell", "Summit Ridge Realty", None, "form", "web-form robot, Reply-To person, Request type Do not sell or share",
  frm=("MassistCRM Privacy Form", "no-reply@forms.massistcrm.example"), reply_to=("Kevin O'Donnell", "kodonnell@summitridge.example"),
  subj="New privacy request submitted [form #8812]",
  body="""A new submission was received from the Privacy Request form.

Name: Kevin O'Donnell
Email: kodonnell@summitridge.example
Company: Summit Ridge Realty
State of residence: Colorado
Request type: Do not sell or share my personal information
Details: I don't want my contact details shared with your marketing partners.

--
This message was sent automatically by FormFlow. Do not reply to this address.
""")

M(L, "request", "access", "Grace Liu", "Evergreen Wealth Partners", None, "form", "helpdesk ticket, Request type: Right to know",
  frm=("Privacy Desk", "support@massistcrm.example"), reply_to=("Grace Liu", "grace.liu@evergreenwp.example"),
  subj="[Ticket #204417] Privacy request - Right to know",
  body="""##- Please type your reply above this line -##

Grace Liu submitted a new request.

Requester: Grace Liu <grace.liu@evergreenwp.example>
Company: Evergreen Wealth Partners
Country/State: California, US
Request type: Right to know (categories and specific pieces)
Description:
Please send me the specific pieces of personal information you have about me.

Ticket #204417 | Status: New | Priority: Normal
""")

M(L, "other", "", "Hannah Okoro", None, None, "not_request", "job application mentioning consent to keep CV",
  frm=("Hannah Okoro", "hannah.okoro.cv@gmail.example"), subj="Application - Junior Privacy Analyst",
  body="""Dear Hiring Team,

Please find attached my CV for the Junior Privacy Analyst role advertised on your careers page. I recently completed my LLM in Information Law and have experience handling data subject requests at a university.

I consent to you retaining my CV for 12 months for future vacancies.

Kind regards,
Hannah Okoro
""")

M(L, "other", "", "Derek Simmons", "CloudLedger Systems Ltd", None, "not_request", "vendor asking about DPA / SCCs",
  frm=("Derek Simmons", "derek.simmons@cloudledger.example"), subj="DPA and sub-processor list for renewal",
  body="""Hi,

Ahead of our contract renewal, our compliance team needs your current Data Processing Agreement, the list of sub-processors, and confirmation that transfers to the US rely on the EU-US Data Privacy Framework or SCCs.

Could you send these over by the end of the month?

Best,
Derek Simmons
Vendor Risk Manager
CloudLedger Systems Ltd
""")

M(L, "bulk", "", None, None, None, "not_request", "newsletter about GDPR, HTML-only, List-Unsubscribe",
  frm=("PrivacyPulse Weekly", "newsletter@privacypulse.example"), subj="This week: 5 things to know about GDPR access requests",
  hdrs={"List-Unsubscribe": "<https://privacypulse.example/u?id=88213>, <mailto:unsubscribe@privacypulse.example>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
  fmt="html", cte="quoted-printable", html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;font-family:Georgia"><tr><td style="padding:20px">
<h1>PrivacyPulse Weekly</h1>
<h2>Right of access: what regulators expect in 2025</h2>
<p>Data subjects can request a copy of their data, ask for erasure or object to processing. Our guide walks you through deadlines, identity checks and exemptions.</p>
<p><a href="https://privacypulse.example/r/access-guide">Read the full guide &rarr;</a></p>
<hr><p style="font-size:11px;color:#777">You receive this newsletter because you subscribed at privacypulse.example. <a href="https://privacypulse.example/u?id=88213">Unsubscribe</a> | Manage preferences</p>
</td></tr></table></body></html>
""")

M(L, "other", "", "Mark Olsen", None, None, "not_request", "phishing dressed as access request with credential link",
  frm=("Mark Olsen", "mark.olsen.privacy@securedocs-share.example"), subj="URGENT: GDPR data request - verify document",
  body="""Dear Data Protection Officer,

I have submitted a formal GDPR data access request which requires your immediate review. The signed request form has been shared via secure document portal:

https://securedocs-share.example/view?doc=GDPR-Request-55721&login=dpo@massistcrm.com

Please log in with your corporate Microsoft 365 credentials to view the document. Failure to respond within 24 hours may result in regulatory penalties.

Regards,
Mark Olsen
""")

M(L, "auto_reply", "", "Fiona McLeod", None, None, "not_request", "out-of-office with Auto-Submitted",
  frm=("Fiona McLeod", "fiona.mcleod@strathview.example"), subj="Automatic reply: Your privacy request reference DSR-3391",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "fiona.mcleod@strathview.example"},
  body="""Thank you for your email. I am out of the office until Monday 14 April with limited access to email.

For urgent matters please contact privacy@strathview.example.

Fiona McLeod
""")

M(L, "bounce", "", None, None, None, "not_request", "postfix multipart/report bounce of our reply",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.massistcrm.example"), subj="Undelivered Mail Returned to Sender",
  hdrs={"Auto-Submitted": "auto-replied"}, fmt="report",
  body="""This is the mail system at host mx1.massistcrm.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<m.hargreaves@oldmail.example>: host mx.oldmail.example[203.0.113.25] said: 550
    5.1.1 <m.hargreaves@oldmail.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", report=dict(status="""Reporting-MTA: dns; mx1.massistcrm.example
X-Postfix-Queue-ID: 4XyZ2k1Qb7z9tKp
Arrival-Date: Tue,  8 Oct 2024 10:12:03 +0000

Final-Recipient: rfc822; m.hargreaves@oldmail.example
Original-Recipient: rfc822;m.hargreaves@oldmail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.oldmail.example
Diagnostic-Code: smtp; 550 5.1.1 <m.hargreaves@oldmail.example>: Recipient
    address rejected: User unknown in virtual mailbox table
""", orig=dict(frm=("Data Protection Office", "dpo@massistcrm.com"), to="m.hargreaves@oldmail.example",
               subj="Re: Your access request DSR-2207", body="""Dear Mr Hargreaves,

Please find enclosed the copy of your personal data as requested under Article 15 GDPR.

Kind regards,
Data Protection Office
""")))

M(L, "request", "limit_sensitive opt_out_sale", "Marisol Greene", None, None, "us_wording", "do not sell or share + limit sensitive PI",
  frm=("Marisol Greene", "marisol.greene@gmail.example"), subj="Do Not Sell or Share My Personal Information",
  body="""Hello,

I am a California resident. Please do not sell or share my personal information, and limit the use of my sensitive personal information (including my precise geolocation and health information) to what is necessary to provide the service.

Thank you,
Marisol Greene
""")

M(L, "request", "access erasure", "Tyler Brooks", None, None, "us_wording", "'right to know' and 'right to delete'; NV is a state",
  frm=("Tyler Brooks", "tbrooks@aol.example"), subj="right to know / right to delete",
  body="""Exercising my right to know what personal information you collected about me in the last 12 months, and my right to delete it afterwards.

T. Brooks (Tyler Brooks)
Henderson NV
""")

M(L, "request", "rectification", "Eleanor Whitcombe", None, None, "negation", "explicit 'do NOT delete my account', only correction",
  frm=("Eleanor Whitcombe", "eleanor.whitcombe@btopenworld.example"), subj="Wrong address on file - please DON'T close my account",
  body="""Hello,

Your colleague on the phone suggested I close my account and reopen it to fix my address. I do NOT want my account deleted, I have years of history in it. I only want you to correct my postal address to:

7 Primrose Lane
Harrogate HG1 4TT

Thank you,
Eleanor Whitcombe
""")

M(L, "request", "access", "Samuel Adeyemi", None, None, "negation", "earlier erasure request reported (done); now asks for copy",
  frm=("Samuel Adeyemi", "samuel.adeyemi@mail.example"), subj="Follow-up to ref DSR-1187",
  body="""Dear DPO,

In March I asked you to erase my marketing profile (your ref DSR-1187) and you confirmed that was done - thank you. I am not asking for anything to be deleted now.

What I'd like now is a copy of the personal data you still hold on me for billing purposes.

Best regards,
Samuel Adeyemi
""")

M(L, "request", "access portability rectification withdraw_consent", "Isabelle Crawford", None, None, "multi_right", "four rights enumerated",
  frm=("Isabelle Crawford", "isabelle.crawford@zoho.example"), subj="Several requests regarding my data",
  body="""Dear Data Protection Officer,

I would like to make the following requests under the GDPR:

a) access - please send me a copy of all data you hold about me;
b) rectification - my date of birth is wrong (should be 03/11/1985);
c) portability - please provide the data I gave you in a machine-readable format (CSV or JSON);
d) I withdraw my consent to being contacted for product research.

Many thanks,
Isabelle Crawford
""")

M(L, "auto_reply", "", None, None, None, "not_request", "ticket autoresponder without Auto-Submitted header",
  frm=("Harbor Support", "support@harborsoft.example"), subj="[Harbor Support] Request received: Re: Data processing agreement (#88120)",
  body="""Hello,

We have received your message and a ticket has been created (#88120). One of our agents will get back to you within 2 business days.

You can view the status of your ticket at https://help.harborsoft.example/tickets/88120

This is an automated message - please do not reply.
Harbor Support Team
""")

M(L, "request", "objection restriction", "Arjun Mehta", "Sahyadri Oakridge Consulting Pvt. Ltd.", None, "multi_right", "objection and restriction in prose; Indian company form",
  frm=("Arjun Mehta", "arjun.mehta@oakridgeconsult.example"), subj="Objection to profiling and restriction pending review",
  body="""Dear Sir/Madam,

I am writing to object to your use of my data for lead-scoring and profiling, which I never expected when our team started using your tool. Until you have decided on my objection, please restrict the processing of my data so it is only stored and not used.

Regards,
Arjun Mehta
Associate Director - Sales
Sahyadri Oakridge Consulting Pvt. Ltd., Pune
""")
