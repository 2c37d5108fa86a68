from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Gary Mottram", note="casual lower-case 'what have you got on me' incl. where they got it",
 frm=("gary", "gazza.mottram@mailbox.example"), subj="what info do you lot have on me", ua="none",
 body="""hi,

got an email last week from some recruitment agency and at the bottom it said "powered by Massist CRM". never heard of them or you. how did they get my details and what have you actually got stored about me?? phone, address, whatever it is

just send it all over to this email

cheers
Gary Mottram
"""),

dict(cls="plain_words", rights=["objection"], name="Priya", note="take me off your lists = objection to marketing; first name only",
 frm=("Priya", "priya.k88@postbox.example"), subj="Stop emailing me", ua="apple",
 body="""Hello

I have clicked unsubscribe on your webinar emails twice now and they keep turning up. Please just take me off whatever list I'm on, I don't want any more of them.

Thanks,
Priya
"""),

dict(cls="plain_words", rights=["rectification"], name="Dan Whitcombe", note="wrong address, fix it; 'Sent from my iPhone' is no employer",
 frm=("Dan Whitcombe", "d.whitcombe@fastmail.example"), subj="Wrong address", ua="none",
 hdrs=[("X-Mailer", "iPhone Mail (22B91)")],
 body="""Hi the address you've got for me is wrong - I moved in March. It's 14 Corrow Lane not 41 Corrow Lane, and the postcode ends 7QT. Your system keeps sending letters to the old place and the new people there are getting annoyed. Can you fix it please

Dan Whitcombe

Sent from my iPhone
"""),

dict(cls="legal_anchor", rights=["access"], name="Helen Ashdown", emp="Brindle & Vane Ltd", note="UK GDPR Art. 15 SAR, employer in Outlook signature under job title",
 frm=("Ashdown, Helen", "helen.ashdown@brindlevane.example"), subj="Subject Access Request - Article 15 UK GDPR", ua="outlook", shape="alt",
 cs="windows-1252",
 body="""Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the UK General Data Protection Regulation, as it applies in the United Kingdom by virtue of the Data Protection Act 2018.

My employer licenses Massist CRM and I understand that Innthink Technologies holds records about me both as a user of the platform and as a contact entered by colleagues. I would be grateful to receive a copy of all personal data you hold about me, in whatever capacity you hold it (controller or processor). If you consider that you hold some of it only as processor, please tell me which customer account it sits in so that I can direct that part of the request correctly.

To help you locate the information: I have used the email address above since February 2021, and before that h.ashdown@brindle-vane.example.

I look forward to your response within one calendar month, as the legislation requires.

Yours faithfully,

Helen Ashdown
Procurement Lead
Brindle & Vane Ltd
Unit 4, Sawmill Yard, Kendal LA9 6BX
T: +44 1539 000 417
"""),

dict(cls="legal_anchor", rights=["erasure"], name="Marcus Delgado-Whitfield", emp="Sorrento Valley Biologics, Inc.", note="CCPA §1798.105 deletion; 'San Diego, CA' must not become employer",
 frm=("Marcus Delgado-Whitfield", "mdw@sdmail.example"), subj="Request to Delete - Cal. Civ. Code 1798.105", ua="gmail", shape="alt",
 body="""To whom it may concern:

Pursuant to California Civil Code section 1798.105, I request that Innthink Technologies delete any personal information about me that it has collected, and that it direct any service providers or contractors to do the same.

For context, I am employed by Sorrento Valley Biologics, Inc., which licenses Massist CRM. My understanding is that some of my information may also have been collected by you directly through your events and product-feedback program, and it is that information in particular that I want deleted. I recognize that data my employer controls may need to be handled through them.

Please confirm receipt within 10 business days and complete the deletion within 45 days per 11 CCR 7021.

Marcus Delgado-Whitfield
San Diego, CA
"""),

dict(cls="legal_anchor", rights=["access", "rectification"], name="Thandiwe Mokoena", emp="Kloofnek Freight (Pty) Ltd", note="POPIA s.23 access + s.24 correction, (Pty) Ltd employer",
 frm=("Thandiwe Mokoena", "thandiwe.mokoena@kloofnek.example"), subj="POPIA s23 / s24 request", ua="outlook",
 body="""Good day

I hereby request, in terms of section 23 of the Protection of Personal Information Act 4 of 2013, confirmation of whether you hold personal information about me and a record or description of that information, including the identity of all third parties who have had access to it.

In terms of section 24, I further request that you correct my identity number, which I believe was captured incorrectly by our sales administrator when my profile was created (the last four digits were swapped). The correct number can be verified against the certified copy I will send on request.

I am the Regional Operations Manager at Kloofnek Freight (Pty) Ltd in Durban; our company uses Massist CRM for client and staff contact management.

Kind regards
Thandiwe Mokoena
Regional Operations Manager
Kloofnek Freight (Pty) Ltd
"""),

dict(cls="legal_anchor", rights=["access", "nomination"], name="Lakshmi Raghavan", emp="Veltrix Software Pvt. Ltd.", note="DPDP Act s.11 summary + s.14 nominee; honorific Smt. and nominee's Shri dropped",
 frm=("Lakshmi Raghavan", "lakshmi.raghavan@veltrix.example"), subj="Request under Sections 11 and 14 of the DPDP Act, 2023", ua="gmail",
 body="""Respected Sir/Madam,

I, Smt. Lakshmi Raghavan, am working as Senior QA Engineer with Veltrix Software Pvt. Ltd., Chennai, which is using your Massist CRM application for its client management.

Kindly note the following requests under the Digital Personal Data Protection Act, 2023:

(a) Under Section 11, please provide me a summary of the personal data of mine which is being processed by you and the processing activities undertaken, along with the identities of the other Data Fiduciaries and Data Processors with whom it has been shared.

(b) Under Section 14, I hereby nominate my elder brother Shri Venkatesh Raghavan (mobile +91 98400 00000) to exercise my rights in the event of my death or incapacity. Please record this nomination and confirm the same.

Awaiting your kind reply at the earliest.

Thanks and regards,
Lakshmi Raghavan
"""),

dict(cls="employer", rights=["erasure"], name="Owen Pritchard", emp="Hallbeck Logistics Ltd", note="employer only in signature under title; erasure of specific fields",
 frm=("Owen Pritchard", "opritchard@hallbeck.example"), subj="Removing my personal mobile", ua="thunderbird",
 body="""Hello,

Our CRM admin tells me that my personal mobile number and home address ended up in Massist when the address book was synced from my phone last year, and that copies also sit in your enrichment and backup logs which she can't reach from the admin panel.

Please delete those two items wherever you hold them. The work number and office address can stay, obviously.

Thanks

--
Owen Pritchard
Senior Account Manager
Hallbeck Logistics Ltd
Dock Road, Immingham
"""),

dict(cls="employer", rights=["access"], name="Kristen Albers", emp="Vantreo Inc.", note="employer in a parenthetical mid-sentence",
 frm=("kristen albers", "kalbers@inbox.example"), subj="copy of my data?", ua="apple",
 body="""Hi there,

We use Massist at work (I'm at Vantreo Inc., Denver office, inside sales) and I've got a feeling more is tracked about me than I realised - call logs, email opens, maybe notes from my manager. Could you send me a copy of everything that's stored about me? Happy to verify who I am however you need.

Thanks!
Kristen Albers
"""),

dict(cls="names", rights=["portability"], name="Joost van den Berg", emp="Schelde Maritiem B.V.", note="display name 'van den Berg, Joost' (Family, Given); Dutch particle kept",
 frm=("van den Berg, Joost", "j.vandenberg@schelde-maritiem.example"), subj="Export of my contact record", ua="outlook", shape="html",
 body="""Dear sir or madam,

My name is Joost van den Berg and I work for Schelde Maritiem B.V. in Vlissingen. We are moving away from Massist CRM at the end of the quarter.

Separately from the company migration, I would like to receive the personal data I provided to your platform myself (my user profile, my settings, my uploaded signature and my own notes) in a structured, machine-readable format such as CSV or JSON, so I can take it along to the new tool.

Kind regards,
J. van den Berg
"""),

dict(cls="names", rights=["restriction"], name="Amara Okonkwo-Bassey", emp="St Aldric's Clinical Research Ltd", note="title Dr. and post-nominals PhD FRCP must be dropped; restriction while dispute runs",
 frm=("Dr Amara Okonkwo-Bassey PhD FRCP", "a.okonkwo-bassey@staldrics.example"), subj="Restriction of processing - pending dispute", ua="outlook", shape="alt",
 body="""Dear Sir or Madam

I am currently in a formal dispute with my employer, St Aldric's Clinical Research Ltd, about entries that were made in their Massist CRM instance regarding my conduct in sponsor meetings. Until that dispute is resolved, I ask that you restrict the processing of my personal data held on their behalf: please do not delete it, but do not use it for anything other than storage.

I appreciate you may need to involve the customer. Please let me know what you need from me.

Yours sincerely

Dr Amara Okonkwo-Bassey PhD FRCP
Principal Investigator
"""),

dict(cls="names", rights=["erasure"], name="Lee Seo-yeon", note="name (family first) at sentence end followed by another sentence; lower-case display name",
 frm=("seo-yeon lee", "sylee.design@kmail.example"), subj="delete my account", ua="gmail",
 body="""Hello,

This request is made by Lee Seo-yeon. I used a Massist trial account in 2023 for a freelance project and never continued with it.

Please delete the account and everything attached to it, including the contacts I imported. I no longer have the password, but the email above is the login.

Thank you
"""),

dict(cls="agent", rights=["access", "objection"], name="Desmond O'Keeffe", emp="Ferriby Wheel Media Ltd", agent="Rebecca Thornbury", note="solicitor acting for a client; law firm is not the employer",
 frm=("Rebecca Thornbury", "r.thornbury@harcourtlyle.example"), subj="Our client: Mr Desmond O'Keeffe - subject access request and objection", ua="outlook", shape="attach", alt_inside=True,
 cs="windows-1252",
 att=[("Form of Authority - O'Keeffe.pdf", "application/pdf", FAKE_PDF)],
 body="""Dear Sirs

Our client: Mr Desmond O'Keeffe
Your ref: none

We act for Mr Desmond O'Keeffe, who until 31 March was employed by Ferriby Wheel Media Ltd as a senior producer. We enclose our client's signed form of authority.

Our client understands that your company hosts and, in part, controls data about him in connection with the Massist CRM platform used by his former employer. On his behalf we:

1. request a copy of all personal data relating to him that you process, together with the information required by Article 15(1) UK GDPR; and
2. object, under Article 21 UK GDPR, to any further processing of his data for the purposes of your "relationship insights" feature, which we understand scores contacts on their responsiveness.

Please direct all correspondence to the writer rather than to our client.

Yours faithfully

Rebecca Thornbury
Associate
Harcourt Lyle LLP
This email is confidential and may be legally privileged. Harcourt Lyle LLP is authorised and regulated by the Solicitors Regulation Authority.
"""),

dict(cls="agent", rights=["erasure"], name="Oliver Pratt", emp="Glenmore Outdoor Centre Ltd", agent="Sandra Pratt", note="parent writing for a 17-year-old on placement; child's placement host as employer",
 frm=("Sandra Pratt", "sandra.pratt@homemail.example"), subj="My son's details - please remove", ua="web",
 body="""Hello,

My son Oliver Pratt is 17. Over the summer he did a six week placement at Glenmore Outdoor Centre Ltd, who use your CRM to manage staff and bookings. The placement has finished and he won't be going back.

I have been told his mobile number, date of birth and a photo are still in the system. As his parent I'm asking for all of it to be deleted. He is happy for me to write (he's copied in).

Thank you,
Sandra Pratt
""", cc="Oliver Pratt <ollie.pratt07@homemail.example>"),

dict(cls="agent", rights=["access"], name="Rajesh Iyer", emp="Quillfeather Analytics Ltd", agent="Megan Castellano", note="HR forwards employee's request attached as message/rfc822",
 frm=("Megan Castellano", "megan.castellano@quillfeather.example"), subj="FW: Data request - Rajesh Iyer", ua="outlook", shape="rfc822",
 body="""Hi,

Please see the attached request from one of our employees, Rajesh Iyer. He has asked for a copy of the personal data held about him in Massist. We've exported what we can from the admin console on our side, but he specifically wants anything held at platform level (audit logs, login history, support tickets) which we can't see.

Can you let me know how you'd like to handle this and whether you need anything further from us?

Many thanks,
Megan

Megan Castellano
People Operations Partner
Quillfeather Analytics Ltd
""",
 inner=dict(frm=("Rajesh Iyer", "rajesh.iyer@quillfeather.example"), to=("Megan Castellano", "megan.castellano@quillfeather.example"),
  subj="Data request", fname="Data request.eml",
  body="""Hi Megan,

Could you pass this on to whoever runs our CRM platform please. I'd like a copy of all the personal data they have about me, including login history and anything in support tickets I've raised.

Thanks,
Rajesh
""")),

dict(cls="agent", rights=["erasure", "opt_out_sale"], name="Brianna Holcomb", agent="Jordan Kessler", note="US request service as authorized agent, named person signs; PDF authorization",
 frm=("OptOutly Privacy Requests", "requests@optoutly.example"), subj="Authorized Agent Request - Delete + Opt-Out - Ref OO-7731942", ua="robot", shape="attach",
 att=[("authorization_OO-7731942.pdf", "application/pdf", FAKE_PDF)],
 body="""Hello,

OptOutly Inc. is an authorized agent acting on behalf of the consumer identified below. A signed authorization is attached.

Consumer: Brianna Holcomb
Email: bholcomb.88@webmail.example
Phone: (512) 000-0193
State of residence: Texas

On the consumer's behalf we request that you:
 - delete all personal data you have collected about the consumer; and
 - stop selling or sharing the consumer's personal data, including for targeted advertising.

Please reply to this address with confirmation once the request has been completed. Do not contact the consumer directly unless required to verify identity.

Jordan Kessler
Authorized Agent Operations
OptOutly Inc.
"""),

dict(cls="form", rights=["access"], name="Keith Ambrose", emp="Northgate Fasteners Ltd", note="WordPress form mail from robot address, Reply-To the person",
 frm=("Massist CRM", "wordpress@massistcrm-web.example"), subj="[Massist CRM] New privacy request", ua="robot",
 hdrs=form_hdrs("Keith Ambrose <k.ambrose@northgate-fasteners.example>"),
 body="""From: Keith Ambrose <k.ambrose@northgate-fasteners.example>
Subject: Privacy request

Name: Keith Ambrose
Company: Northgate Fasteners Ltd
Country: United Kingdom
Request type: Access to my personal data
Message:
Please send me whatever you hold on me as a user of our company account. My user ID is on our admin's side, I don't know it.

--
This e-mail was sent from a contact form on Massist CRM (https://massistcrm-web.example)
"""),

dict(cls="form", rights=["rectification"], name="Fiona Gallagher", emp="Corrib Dental Group Ltd", note="helpdesk ticket notification with requester fields; correct job title and surname spelling",
 frm=("Massist Support", "support-noreply@massist-helpdesk.example"), subj="[Ticket #48213] Incorrect details on my profile", ua="robot", shape="alt",
 hdrs=form_hdrs("Fiona Gallagher <fiona.g@corribdental.example>", extra=[("X-Ticket-ID", "48213")]),
 body="""A new ticket has been created.

Ticket #48213
Status: Open
Channel: Web widget
Requester: Fiona Gallagher (fiona.g@corribdental.example)
Organisation: Corrib Dental Group Ltd
Category: Privacy / Personal data
Priority: Normal

---

My surname is spelled Gallager on my user profile and in the contact record your platform created from my email signature. It's Gallagher, with an h. Also my title is Practice Manager now, not Receptionist. Please correct both, the wrong spelling is showing up on invoices.

---

You are receiving this because you are subscribed to the Privacy queue.
"""),

dict(cls="multi_right", rights=["access", "rectification", "portability"], name="Callum Reid", note="numbered list of three rights",
 frm=("Callum Reid", "callum.reid@mailhub.example"), subj="Three things re my data", ua="thunderbird",
 body="""Hi,

I'd like to do three things with the data you have about me:

1) get a copy of all of it;
2) have my date of birth corrected - it says 1987-11-03, it should be 1978-11-03;
3) get my own uploads (documents and notes from my user account) as a file I can import elsewhere, CSV or JSON, whatever is easiest.

I'm a former user - the account was under the email above.

Regards,
Callum Reid
"""),

dict(cls="multi_right", rights=["withdraw_consent", "objection", "erasure"], name="Noor Haddad", note="three rights in running prose, sequenced",
 frm=("Noor Haddad", "noor.haddad@fastpost.example"), subj="Consent withdrawal and deletion", ua="gmail", shape="alt",
 body="""Hello,

I took part in two of your customer webinars last year and agreed at the time that the recordings could be used. I'm withdrawing that consent now. I also object to you using my usage data for what your privacy notice calls "product analytics and improvement" - I don't see why my clicks should be studied.

Once that's sorted, please delete everything you have about me. I'm not a customer any more.

Noor Haddad
"""),

dict(cls="negation", rights=["access"], name="Elaine Fitzpatrick", note="explicitly does NOT want deletion, only a copy",
 frm=("Elaine Fitzpatrick", "elaine.fitz@postmail.example"), subj="Just a copy please - NOT a deletion", ua="web",
 body="""Hello,

To be clear from the start: I do not want my account deleted or closed. I still use it every day.

What I'd like is simply a copy of the personal data you hold about me, so I can check what's in there after a colleague mentioned that notes from calls get stored.

Thanks very much,
Elaine Fitzpatrick
"""),

dict(cls="negation", rights=["objection"], name="Tobias Greenhalgh", note="earlier rectification reported as done; new objection to profiling only",
 frm=("Tobias Greenhalgh", "tgreenhalgh@inboxly.example"), subj="Re: Your correction request [DSR-10442]", ua="apple",
 hdrs=reply_hdrs("<dsr-10442.reply@massistcrm.com>"),
 body="""Thanks for fixing my surname last month, it all looks right now.

While I have you: I've since read that Massist builds an "engagement profile" on every contact from email opens and link clicks. I object to that being done with my data. Please stop profiling me in that way.

Tobias Greenhalgh

> On 3 Feb, Massist CRM Data Protection <dpo@massistcrm.com> wrote:
>
> Dear Mr Greenhalgh,
>
> We have corrected the spelling of your surname in all systems as requested.
> Your request DSR-10442 is now closed.
>
> Kind regards,
> Data Protection Team
"""),

dict(cls="footer_rights", rights=["portability"], name="Anjali Mehta", emp="Harlow Medical Supplies plc", note="corporate footer lists all GDPR rights; only portability asked",
 frm=("Anjali Mehta", "anjali.mehta@harlowmedical.example"), subj="Data export", ua="outlook", shape="alt",
 body="""Hi,

I'm leaving Harlow at the end of the month and would like an export of my own data from Massist - my profile, my templates and the notes I wrote - in a machine-readable format I can reuse. Our admin says she can only export company records, not my personal profile.

Thanks,
Anjali

Anjali Mehta | Key Account Executive
Harlow Medical Supplies plc | Harlow, Essex

_______________________________________________
PRIVACY NOTICE: Harlow Medical Supplies plc processes personal data in accordance with the UK GDPR. You have the right to request access to, rectification or erasure of your personal data, to restrict or object to processing, to data portability and to withdraw consent at any time. You also have the right to lodge a complaint with the Information Commissioner's Office. To exercise these rights contact privacy@harlowmedical.example. This email and any attachments are confidential.
"""),

dict(cls="footer_rights", kind="other", rights=[], name="Sven Lindqvist", emp="Alderwood Housing Association", note="general hosting question above a footer listing rights; no request",
 frm=("Sven Lindqvist", "sven.lindqvist@alderwood-ha.example"), subj="Data residency question", ua="outlook",
 body="""Good afternoon,

We are evaluating Massist CRM for our tenancy team. Could you confirm in which countries customer data is hosted, and whether you can commit to UK or EU hosting only? A copy of your sub-processor list would also help.

Best regards,

Sven Lindqvist
IT & Information Governance Manager
Alderwood Housing Association

Alderwood Housing Association is committed to protecting your personal information. You may request a copy of the information we hold about you, ask us to correct or delete it, or object to our use of it by writing to our Data Protection Lead. For more information see our privacy notice at alderwood-ha.example/privacy.
"""),

dict(cls="access_items", rights=["access"], name="Margaret Oyelaran", note="Art. 15 items listed (purposes, recipients, retention, source, ADM, complaint) = access only",
 frm=("Margaret Oyelaran", "m.oyelaran@netpost.example"), subj="Request for information", ua="thunderbird",
 body="""Dear Data Protection Officer,

Please provide me with the following:

- confirmation as to whether or not you process personal data concerning me;
- a copy of that data;
- the purposes for which it is processed;
- the recipients or categories of recipients to whom it has been or will be disclosed, in particular any outside the UK;
- how long you intend to keep it, or the criteria used to decide that;
- where you got it from, if not from me;
- whether any automated decision-making, including profiling, is carried out using it, and if so meaningful information about the logic involved;
- confirmation of my right to lodge a complaint with the Information Commissioner's Office.

I have been a contact in at least two of your customers' systems (a letting agent and a gym chain), so I expect you to hold data from both.

Yours sincerely,
Margaret Oyelaran
"""),

dict(cls="us_wording", rights=["opt_out_sale"], name="Tyler Brooks", note="bare 'Do Not Sell or Share' with state abbreviation",
 frm=("Tyler Brooks", "tbrooks@mailcentral.example"), subj="Do Not Sell or Share My Personal Information", ua="none",
 body="""Do Not Sell or Share My Personal Information.

Name: Tyler Brooks
Email: tbrooks@mailcentral.example
Location: Sacramento, CA
"""),

dict(cls="us_wording", rights=["limit_sensitive"], name="Dana Whitlock", emp="Redwood Hollow Dental Partners", note="limit use of sensitive PI (geolocation, health notes)",
 frm=("Dana Whitlock", "dana.whitlock@rhdp.example"), subj="Limit the use of my sensitive personal information", ua="gmail", shape="alt",
 body="""Hello,

I'm a hygienist at Redwood Hollow Dental Partners and we use the Massist mobile app for scheduling. I'd like to limit the use of my sensitive personal information. In particular:

- precise geolocation collected through the mobile app when I check in to patient visits; and
- the notes about my medical leave that were entered on my contact record.

Please use these only as strictly necessary to provide the service and for nothing else.

Thanks,
Dana Whitlock
"""),

dict(cls="us_wording", rights=["access", "rectification"], name="Kenji Watanabe-Russo", note="CPRA 'right to know' + 'right to correct'",
 frm=("Kenji Watanabe-Russo", "kenji.wr@coastmail.example"), subj="Right to know / right to correct", ua="apple",
 body="""Hi,

As a California resident I'm exercising my right to know what personal information Innthink has collected about me - the categories, the sources, why you collected it, who you've disclosed it to, and the specific pieces of information.

I'm also using my right to correct: your records apparently list my phone as (408) 000-1177. That hasn't been my number since 2022. The current one is (408) 000-2290.

Kenji Watanabe-Russo
"""),

dict(cls="us_wording", rights=["erasure", "opt_out_sale"], name="Shawna Pettibone", note="Virginia resident: right to delete + opt out of targeted advertising",
 frm=("Shawna Pettibone", "shawna.p@bluemail.example"), subj="Delete my data and opt out", ua="web",
 body="""To Innthink Technologies,

I live in Virginia. I'd like to use my right to delete the personal data you have on me, and please opt me out of targeted advertising and of any sale of my data in the meantime, since I gather deletion can take a while.

I signed up for a Massist trial in 2022 and I've been getting retargeting ads ever since.

Shawna Pettibone
Richmond, VA
"""),

dict(cls="not_request", kind="other", rights=[], name="Olamide Adebayo", emp="Crestline Insurance Group", note="job application with consent to keep CV; not a rights request",
 frm=("Olamide Adebayo", "olamide.adebayo@careermail.example"), subj="Application - Privacy Analyst role", ua="gmail", shape="attach", alt_inside=True,
 att=[("Olamide_Adebayo_CV.pdf", "application/pdf", FAKE_PDF)],
 body="""Dear Hiring Team,

I'm applying for the Privacy Analyst vacancy advertised on your careers page and have attached my CV. I've spent the last three years handling subject access requests and DPIAs, so the role looks like a very natural next step.

I'm happy for you to keep my CV on file for 12 months in case other roles come up - I consent to that.

Kind regards,
Olamide Adebayo
Data Protection Analyst
Crestline Insurance Group
"""),

dict(cls="not_request", kind="other", rights=[], name="Lucas Merriweather", emp="Stackhollow Cloud Ltd", note="vendor asking about DPA / sub-processor terms",
 frm=("Lucas Merriweather", "lucas@stackhollow.example"), subj="DPA for Stackhollow onboarding", ua="gmail",
 body="""Hi there,

Your procurement team has started onboarding Stackhollow as a log-storage provider. Before we can activate the account we need a signed Data Processing Agreement. I've attached a link to our standard DPA template, which includes the 2021 SCCs and the UK addendum: https://stackhollow.example/legal/dpa

If you'd rather use your own DPA, no problem - just send it across and our legal team will review.

Best,
Lucas Merriweather
Partnerships Manager | Stackhollow Cloud Ltd
"""),

dict(cls="not_request", kind="bulk", rights=[], note="privacy newsletter mentioning GDPR rights; bulk mail",
 frm=("Privacy Brief Weekly", "newsletter@privacybrief.example"), subj="Privacy Brief #212: record GDPR fines, DSAR volumes up 30%", ua="none", shape="alt",
 hdrs=bulk_hdrs("Privacy Brief Weekly <weekly.privacybrief.example>", "https://privacybrief.example/u/8f3a2c"),
 body="""PRIVACY BRIEF WEEKLY - Issue 212

This week:

* Regulators issued three eight-figure GDPR fines, two of them for ignoring the right of access.
* A survey of 400 DPOs shows data subject access requests up 30% year on year. Erasure requests now make up a quarter of all rights requests.
* Webinar: "Handling DSARs at scale" - Thursday 14:00 CET.

Reader question: "Does a request to 'stop emailing me' count as an objection under Article 21?" Short answer: usually yes. Full answer inside.

You are receiving this because you subscribed at privacybrief.example. Unsubscribe: https://privacybrief.example/u/8f3a2c
Privacy Brief, 12 Example Street, Dublin
"""),

dict(cls="not_request", kind="other", rights=[], name="Natalie Crowe", note="phishing dressed as a SAR with credential-harvesting link",
 frm=("Natalie Crowe - Compliance", "n.crowe@secure-docs-share.example"), subj="URGENT: Data Subject Access Request - documents awaiting your review", ua="none", shape="html",
 html="""<html><body style="font-family:Arial"><p>Dear Data Protection Officer,</p>
<p>A Data Subject Access Request has been filed against your organisation and the supporting documents have been shared with you securely.</p>
<p>You must review them within <b>24 hours</b> to avoid regulatory penalties.</p>
<p><a href="https://secure-docs-share.example/login?ref=dpo">VIEW DOCUMENTS (2 files, PDF)</a></p>
<p>You will be asked to sign in with your Microsoft 365 account to verify your identity.</p>
<p>Regards,<br>Natalie Crowe<br>Compliance Office</p></body></html>
""", body=""),

dict(cls="not_request", kind="bounce", rights=[], note="Postfix DSN for our reply to a requester; multipart/report",
 frm=("Mail Delivery System", "MAILER-DAEMON@mx1.massistcrm.com"), subj="Undelivered Mail Returned to Sender", date="Tue, 8 Apr 2025 10:02:12 +0000", ua="none", shape="dsn",
 return_path="", cs="us-ascii",
 body="""This is the mail system at host mx1.massistcrm.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<c.reid.old@mailhub.example>: host mx.mailhub.example[198.51.100.20] said:
    550 5.1.1 <c.reid.old@mailhub.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""",
 dsn=dict(status=dsn_status("mx1.massistcrm.com", "c.reid.old@mailhub.example", "5.1.1",
    diag="550 5.1.1 <c.reid.old@mailhub.example>: Recipient address rejected: User unknown in virtual mailbox table",
    arrival="Tue, 8 Apr 2025 10:02:11 +0000"),
    original=orig_headers("c.reid.old@mailhub.example", "Your data request DSR-11873 - identity check", "Tue, 8 Apr 2025 10:02:09 +0000", "<dsr-11873.1@massistcrm.com>"))),

dict(cls="not_request", kind="auto_reply", rights=[], name="Hamish Doyle", note="out-of-office reply to our acknowledgement, absent person signed",
 frm=("Hamish Doyle", "hamish.doyle@pentlandtooling.example"), subj="Automatic reply: Your data request ref DSR-2025-0412", ua="outlook",
 hdrs=ooo_hdrs("exchange"),
 body="""Thank you for your email. I am out of the office until Monday 2 June with no access to email.

For anything urgent please contact the sales desk on 0131 000 4400.

Kind regards,
Hamish Doyle
"""),

dict(cls="legal_anchor", rights=["grievance", "access"], name="Imogen Sallis", note="formal complaint to the company about an unanswered SAR; ICO mention is not a right",
 frm=("Imogen Sallis", "imogen.sallis@postcentral.example"), subj="FORMAL COMPLAINT - unanswered subject access request", ua="gmail",
 hdrs=reply_hdrs("<CAF8x2Lq7Jd@mail.postcentral.example>"),
 body="""To the Data Protection Officer and whoever is above you,

On 6 January I made a subject access request (quoted below). Article 12(3) UK GDPR gives you one month. It is now the middle of March and I have had nothing beyond an automated acknowledgement.

Please treat this email as a formal complaint under your complaints procedure and escalate it to senior management. I still want the data I asked for, in full, and I want an explanation of why the deadline was missed.

If I do not hear back within 14 days I will be taking this to the ICO.

Imogen Sallis

---------- Original message ---------
From: Imogen Sallis <imogen.sallis@postcentral.example>
Date: Mon, 6 Jan 2025 at 09:14
Subject: Subject access request
To: <dpo@massistcrm.com>

Hello, please send me a copy of all personal data you hold about me under Article 15 UK GDPR. Thanks, Imogen Sallis
"""),

dict(cls="plain_words", rights=["automated_decision"], name="Gwen Pilkington", emp="Marlow Street Insurance Brokers Ltd", note="asks a human to look at an automatic score that cut her commission",
 frm=("Gwen Pilkington", "gwen.pilkington@marlowstreet.example"), subj="Your system marked me 'low performer' - I want a person to check", ua="outlook",
 body="""Hello,

I work at Marlow Street Insurance Brokers Ltd. This quarter my commission was cut because Massist's "rep health score" put me in the bottom band, and my manager says the payroll rule is applied automatically from that score. Nobody actually looked at my accounts.

Half my clients moved to phone renewals in March, which your system doesn't seem to count. I want a real person to review that score and the decision that came out of it.

Gwen Pilkington
"""),

dict(cls="legal_anchor", rights=["rectification", "restriction"], name="Siobhan Kearney", note="Art. 16 + Art. 18(1)(a) restriction while accuracy contested",
 frm=("Siobhan Kearney", "siobhan.kearney@eirmail.example"), subj="Articles 16 and 18 GDPR - inaccurate record", ua="thunderbird",
 body="""Dear DPO,

Your platform holds a record stating that I was "dismissed for misconduct" from a previous role. This is inaccurate: I resigned, and I can provide my resignation letter and the acceptance email.

Under Article 16 GDPR I request that the entry be corrected. Under Article 18(1)(a), while you verify the accuracy of the data, I request that its processing be restricted - in particular it should not be shown to other users or used in any reports.

Regards,
Siobhan Kearney
Galway
"""),

dict(cls="negation", rights=["withdraw_consent"], name="Ruth Abernethy", emp="Calderbank Veterinary Group", note="not deletion, not a copy; only withdraws consent to call recording; windows-1252 curly quotes labelled iso-8859-1",
 frm=("Ruth Abernethy", "ruth.abernethy@calderbankvets.example"), subj="Call recording consent", ua="outlook", shape="html", cs="windows-1252", cs_label="iso-8859-1",
 body="""Hi,

I’m not asking you to delete anything and I don’t need a copy of my data. When the practice switched on Massist’s call recording I ticked the box to agree to my calls being recorded and transcribed. I’ve changed my mind and I'm withdrawing that consent from today.

Thanks
Ruth Abernethy
Head Receptionist, Calderbank Veterinary Group
"""),

dict(cls="form", rights=["access", "opt_out_sale"], name="Alyssa Romero", note="privacy-portal form: right to know + do not sell/share checkboxes",
 frm=("Innthink Privacy Portal", "no-reply@privacy-portal.example"), subj="New consumer privacy request #CP-20931", ua="robot", shape="html",
 hdrs=form_hdrs("alyssa.romero@sunmail.example"),
 html="""<html><body>
<h3>New consumer privacy request</h3>
<table border="0" cellpadding="4">
<tr><td><b>Request ID</b></td><td>CP-20931</td></tr>
<tr><td><b>First name</b></td><td>Alyssa</td></tr>
<tr><td><b>Last name</b></td><td>Romero</td></tr>
<tr><td><b>Full name</b></td><td>Alyssa Romero</td></tr>
<tr><td><b>Email</b></td><td>alyssa.romero@sunmail.example</td></tr>
<tr><td><b>State</b></td><td>California</td></tr>
<tr><td><b>Relationship</b></td><td>Former trial user</td></tr>
<tr><td><b>Requests</b></td><td>[x] Right to know (specific pieces)<br>[ ] Right to delete<br>[ ] Right to correct<br>[x] Do not sell or share my personal information<br>[ ] Limit use of sensitive personal information</td></tr>
<tr><td><b>Comments</b></td><td>I'd like to see what you have and make sure it isn't shared with ad partners.</td></tr>
</table>
<p style="color:#888">Submitted via privacy-portal.example &middot; IP 198.51.100.77</p>
</body></html>
""", body=""),
dict(cls="us_wording", rights=["rectification", "opt_out_sale"], name="Brett Lindqvist-Ramos", emp="Front Range Solar Installers LLC", note="Colorado: right to correct + opt out of targeted advertising and sale; 'Boulder, CO' not employer", ua="outlook",
 frm=("Lindqvist-Ramos, Brett", "brett.lr@frontrangesolar.example"), subj="Correct my info + opt me out",
 body="""Hi,

Two things, I live in Colorado:

1. Please correct my information. Your records have my home address as 2210 Pearl St, which is my old apartment. I moved to 1850 Folsom Ave last year.
2. Opt me out of targeted advertising and of the sale of my personal data. I keep seeing Massist ads everywhere since I logged in on my personal laptop.

For what it's worth I'm a regular user through work (Front Range Solar Installers LLC), but this is about me personally.

Brett Lindqvist-Ramos
Boulder, CO
"""),
dict(cls="us_wording", rights=["limit_sensitive"], name="Marcus Oyelowo", emp="Bayview Community Credit Union", note="CPRA 'Limit the Use of My Sensitive Personal Information' covering union membership and ethnicity fields",
 frm=("Marcus Oyelowo", "marcus.oyelowo@bayviewccu.example"), subj="Limit the Use of My Sensitive Personal Information", ua="gmail",
 body="""Hello,

I work in member services at Bayview Community Credit Union in Oakland and I'm a user of your CRM through my job.

I found out that my profile includes my union membership and an "ethnicity" field that HR filled in for a diversity report. Please limit the use of my sensitive personal information to what's strictly needed to run the service. It shouldn't feed any analytics, benchmarking or "insights" features.

Thanks,
Marcus Oyelowo
"""),
]
