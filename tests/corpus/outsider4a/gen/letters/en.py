from spec import M

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

MAILS = [
M(rights=["rectification"], name="Harriet Whitcombe", cls="plain_words",
  note="plain words: surname misspelt, fix it; no legal terms",
  frm=("Harriet Whitcombe", "hattie.whitcombe@postbox.example"), subj="you've spelt my name wrong",
  client="gmail", cte="7bit",
  body="""Hi there,

Every email I get from you lot starts "Dear Harriet Witcombe". It's Whitcombe, with an h after the W. It's been wrong for about a year now and it's starting to annoy me, especially as my manager forwards some of these to clients.

Can someone just go into my profile and fix the spelling please? Same login email as this one.

Thanks,
Harriet Whitcombe
"""),

M(rights=["restriction"], name="Desmond Okafor", employer="Larkspur Logistics Ltd", cls="negation",
  note="keep-but-don't-use wording (restriction) beside an explicit 'do not delete'; employer in prose",
  frm=("Okafor, Desmond", "d.okafor@larkspur-logistics.example"), subj="Notes about me in your system",
  shape="html", style="outlook", cte="qp", client="outlook",
  body="""Hello,

I work at Larkspur Logistics Ltd and we use Massist CRM for all our customer accounts. There are some activity notes in there attached to my user that say I missed three client calls in June. That is not true – two of those calls were reassigned to a colleague and the system never updated.

My line manager has started quoting these notes at me. I've raised it internally but that will take weeks.

What I'm asking you: please don't delete these entries, I need them to show what happened. But until this is sorted out, I don't want them used for anything – no reports, no dashboards, no performance summaries pulling from them. Just leave them sitting there untouched.

Can you confirm you can do that?

Kind regards
Desmond Okafor
"""),

M(rights=["portability"], name="Aisha Rahman", cls="plain_words",
  note="portability in everyday words: file to upload into another tool",
  frm=("Aisha Rahman", "aisha@rahmandesign.example"), subj="Leaving - need my stuff in a file",
  cte="8bit", client="applemac",
  body="""Hello,

I've been on your Solo plan for about two years for my freelance design work. I'm switching to a different tool at the end of the month because it's cheaper for one person.

Before I go, could you send me my own details and my activity history (the calls, notes and tasks I logged) as a spreadsheet or CSV – something I can actually upload into the new system without retyping it all? A PDF won't be any use to me.

My account login is this email address.

Many thanks
Aisha Rahman
"""),

M(rights=["objection"], name="Gary Pennington", cls="plain_words",
  note="angry 'stop calling me' = objection to direct marketing, no legal words",
  frm=("Gary Pennington", "gpennington61@fastmail.example"), subj="STOP phoning me",
  cte="7bit", client="apple",
  body="""This is the fourth time this month somebody from your sales team has rung my mobile to "book a quick demo". I am not interested, I was never interested, I filled in one form at a trade show in 2022.

Take my number off whatever list it is on and stop calling me. No more emails either.

Gary Pennington

Sent from my iPhone
"""),

M(rights=["withdraw_consent"], name="Fiona McAllister", cls="plain_words",
  note="taking back a tick-box permission, described in plain terms",
  frm=("Fiona McAllister", "fiona.mcallister@inbox.example"), subj="Changed my mind about the offers box",
  cte="qp", client="thunderbird",
  body="""Dear Massist team,

When I registered for your "Pipeline Basics" webinar last spring I ticked the little box that said you could send me news and special offers. I've changed my mind about that – please treat the tick as undone from today.

I'm happy for you to keep my webinar registration itself, I just no longer agree to the offers part.

Best wishes,
Fiona McAllister
"""),

M(rights=["erasure"], name="Siobhan O'Sullivan-Hart", cls="names",
  note="display name 'Family, Given' with apostrophe and hyphen; plain erasure",
  frm=("O'Sullivan-Hart, Siobhan", "s.osh@eiremail.example"), qd=True, subj="close my account",
  cte="7bit", client="outlook_web",
  body="""Hi,

Please close my Massist account and get rid of everything you have about me - profile, contact details, the lot. I don't need any of it kept.

If you need me to confirm it's really me just reply to this address.

Siobhan O'Sullivan-Hart
"""),

M(rights=["access"], name="Dwayne", cls="plain_words",
  note="only a first name is given; access phrased as 'what have you got on me'",
  frm=("D", "dwayne77@quickmail.example"), subj="what info do you have",
  cte="7bit", client="android",
  body="""hey

keep getting emails from you that mention stuff like my job title and the city i live in. i never gave you any of that as far as i know. what have you actually got on me and where did you get it from?

cheers
Dwayne
"""),

M(rights=["rectification", "restriction"], name="Alistair Fraser", cls="legal_anchor",
  note="UK GDPR Art. 16 and Art. 18(1)(a) cited; contest accuracy and restrict meanwhile",
  frm=("Alistair Fraser", "alistair.fraser@thistlemail.example"),
  subj="Request under Articles 16 and 18 UK GDPR", cte="qp", client="outlook", shape="alt", style="outlook",
  body="""Dear Data Protection Officer,

I am writing to exercise my rights under the UK GDPR and the Data Protection Act 2018.

1. Rectification (Article 16 UK GDPR): the record held about me lists my date of birth as 14/03/1971. The correct date is 14/08/1971. Please correct it.

2. Restriction (Article 18(1)(a) UK GDPR): as I am contesting the accuracy of that data, please restrict processing of my personal data for the period needed to verify and correct it.

Please confirm both actions in writing within one month as required by Article 12(3).

Yours faithfully,

Alistair Fraser
12 Kirkgate Row, Perth
"""),

M(rights=["objection"], name="Thandiwe Mokoena", employer="Ubuntu Freight (Pty) Ltd", cls="legal_anchor",
  note="POPIA s.11(3)(a) objection to direct marketing; South African (Pty) Ltd in signature",
  frm=("Thandiwe Mokoena", "thandiwe.mokoena@ubuntufreight.example"),
  subj="Objection in terms of section 11(3)(a) of POPIA", tz=2, cte="8bit", client="outlook",
  body="""Good day

In terms of section 11(3)(a) of the Protection of Personal Information Act 4 of 2013 (POPIA) I object to the processing of my personal information for purposes of direct marketing by Innthink Technologies.

I have been receiving marketing emails and SMSes about Massist CRM add-ons since our company's trial ended. Kindly cease all such processing and confirm.

Regards

Thandiwe Mokoena
Operations Coordinator
Ubuntu Freight (Pty) Ltd
14 Electron Avenue, Isando
"""),

M(rights=["opt_out_sale", "limit_sensitive"], name="Brandon Keller", cls="us_wording",
  note="CPRA wording: do not sell or share + limit use of sensitive PI",
  frm=("Brandon Keller", "bkeller@pacificnet.example"),
  subj="Do Not Sell or Share My Personal Information", tz=-7, cte="7bit", client="gmail", shape="alt", style="gmail",
  body="""To whom it may concern,

I am a California resident. Please do not sell or share my personal information with any third party, including for cross-context behavioral advertising.

I also request that you limit the use of my sensitive personal information to what is necessary to provide the service I signed up for. That includes my precise geolocation from your mobile app.

Brandon Keller
Sacramento, CA
"""),

M(rights=["rectification", "opt_out_sale"], name="Tamika Johnson", cls="us_wording",
  note="US plain wording: fix my info + stop targeted ads/selling",
  frm=("Tamika Johnson", "tamika.j@lonestar.example"), subj="Wrong info + targeted ads", tz=-5,
  cte="qp", client="yahoo", shape="html", style="yahoo",
  body="""Hi,

Two things.

First, you have my last name as Johnston. It's Johnson, no t. Please correct that.

Second, I keep seeing ads for your product on every website I visit since I signed up for the trial. I don't want my information used for targeted advertising and I don't want it sold or shared with ad companies. Opt me out of all of that.

Thank you,
Tamika Johnson
Austin, TX
"""),

M(rights=["objection"], name="Priya Raghunathan", cls="names",
  note="title dropped; name at end of a sentence followed by another sentence; 'stop profiling me'",
  frm=("Dr Priya Raghunathan", "priya.r@medmail.example"), subj="Please stop profiling me",
  cte="7bit", client="applemac",
  body="""Hello,

This is Dr. Priya Raghunathan. I signed up for a Massist trial for my practice last year and never bought it.

Since then the emails I get from you are clearly based on some kind of scoring of what I click on and when I log in. I don't want that. Please stop building a profile of me and stop using my clicks and visits to decide what to send me.

Regards,
Priya
"""),

M(rights=["access"], name="Marcus de la Cruz", cls="names",
  note="lower-case display name; particle 'de la' kept in gold",
  frm=("marcus de la cruz", "mdlc@homebase.example"), subj="copy of my info please",
  cte="7bit", client="gmail",
  body="""Hi,

Could you please send me a copy of everything you've got stored with my name on it? Emails, notes, whatever. I'd just like to see it.

Thanks a lot
Marcus de la Cruz
"""),

M(rights=["automated_decision"], name="Leah Goldberg", employer="Bramblewood Analytics Inc.", cls="employer",
  note="human review of an automated lead-score decision; employer under job title in signature",
  frm=("Leah Goldberg", "lgoldberg@bramblewood.example"), subj="Lead score decision - need a person to look at it", tz=-6,
  cte="qp", client="outlook", shape="alt", style="outlook",
  body="""Hi,

Our sales org uses Massist's "Smart Territory" feature. Last week it automatically moved all my enterprise accounts to another rep because my "engagement score" dropped below the threshold. Nobody at my company decided this – the system did it overnight and my manager says he can't override it.

My numbers dropped because I was on medical leave for three weeks, which the score obviously doesn't know about.

I'd like an actual human being to look at this decision again and reconsider it. I'm happy to explain the circumstances to whoever reviews it.

Thanks,

Leah Goldberg
Senior Account Executive
Bramblewood Analytics Inc.
Denver, CO
"""),

M(rights=["rectification"], name="Ruth Adeyemi", employer="Harbourside Dental Group Ltd", cls="employer",
  note="'my company X uses your CRM' in prose; address and mobile wrong",
  frm=("Ruth Adeyemi", "ruth.adeyemi@harbourside-dental.example"), subj="Out of date details",
  cte="7bit", client="outlook",
  body="""Good morning,

My company, Harbourside Dental Group Ltd, uses your CRM and I'm set up in it as a user and also as a contact for supplier orders. My mobile number and home address in my profile are both out of date, I moved in January.

New details:
Mobile: 07700 900184
Address: Flat 3, 27 Quayside Walk, Bristol BS1 4QT

Our admin says she can't edit my profile from her side, so could you update it please?

Ruth Adeyemi
Practice Manager
"""),

M(rights=["erasure", "objection"], name="Eleri Watkins", agent="Gareth Pryce", cls="agent",
  note="solicitor writes for client; law firm is not the employer",
  frm=("Gareth Pryce", "g.pryce@prycelloyd.example"), subj="Our client: Mrs Eleri Watkins - erasure and objection",
  cte="b64", client="outlook", shape="att", att=[("Form_of_Authority_Watkins.pdf", "application/pdf", PDF)],
  body="""Dear Sir or Madam

We act for Mrs Eleri Watkins of 4 Heol y Castell, Caerphilly, and enclose her signed form of authority.

Our client instructs us that she continues to receive marketing communications from Innthink Technologies despite repeated requests to stop. On her behalf we:

(a) object to any further processing of her personal data for direct marketing purposes; and
(b) request the erasure of all personal data you hold concerning her, save to the extent you are legally obliged to retain it.

Please direct all correspondence on this matter to the writer.

Yours faithfully

Gareth Pryce
Solicitor
Pryce & Lloyd Solicitors
Cardiff
"""),

M(rights=["erasure"], name="Oliver Bennett", agent="Claire Bennett", cls="agent",
  note="parent for a 14-year-old, plain words; child's name appears mid-sentence",
  frm=("Claire Bennett", "claire.bennett@familymail.example"), subj="my son's details",
  cte="qp", client="apple",
  body="""Hello

My son Oliver Bennett is 14 and plays for Ashby Colts FC. The club uses your system to manage players and I've just found out his date of birth, school and my phone number are all in there, and that he's been getting emails from you directly about "upgrading".

He's a child. I want his details deleted from your systems please, whatever you hold on him.

Claire Bennett (his mum)
"""),

M(rights=["access", "portability"], name="Tom Ashdown", employer="Northgate Retail plc", agent="Priyanka Shah",
  cls="agent", note="HR forwards an employee's request attached as message/rfc822",
  frm=("Priyanka Shah", "priyanka.shah@northgate-retail.example"), subj="FW: my data from the CRM",
  cte="qp", client="outlook", shape="fwd",
  body="""Hi,

Please see the attached email from one of our employees, Tom Ashdown. He has asked us for his data held in Massist CRM and, as you are the provider, we're passing this to you so you can deal with the parts that sit on your side.

Let me know if you need anything from us.

Kind regards,
Priyanka Shah
People Team
Northgate Retail plc
""",
  inner=dict(frm=("Tom Ashdown", "tom.ashdown@northgate-retail.example"),
             to=("HR Northgate", "hr@northgate-retail.example"), subj="my data from the CRM", cte="7bit",
             client="outlook", fname="my data from the CRM.eml",
             body="""Hi HR,

I'm leaving at the end of next month. Could I get a copy of all the information about me that's stored in Massist CRM (my profile, activity logs, the call recordings attached to my user)?

Also, my new employer uses a different CRM - if my own activity history could be exported in a format I can load into another system that would be really helpful.

Thanks
Tom Ashdown
Store Operations Analyst
Northgate Retail plc
""")),

M(rights=["erasure", "withdraw_consent"], name="Jennifer Alvarez", agent="Kyle Morrow", cls="agent",
  note="request service acting for a consumer with named case handler; authority attached",
  frm=("ClearSlate Privacy", "requests@clearslate.example"),
  subj="Data request on behalf of Jennifer Alvarez [Ref CS-40917]", cte="qp", client="none", shape="att",
  att=[("CS-40917_authorisation.pdf", "application/pdf", PDF)],
  body="""Dear Privacy Team,

ClearSlate Privacy Ltd acts on behalf of the individual named below, who has authorised us to submit this request (signed authorisation attached).

Individual: Jennifer Alvarez
Email addresses: jen.alvarez@mailbox.example, jalvarez@work.example

On her behalf we:
- withdraw any consent she has given you to process her personal data, and
- ask you to delete all personal data relating to her.

Please reply to this address quoting reference CS-40917.

Kyle Morrow
Case Handler, ClearSlate Privacy Ltd
"""),

M(rights=["rectification"], name="Owen Gallagher", employer="Pinecrest Veterinary Ltd", cls="form",
  note="web form robot sender, Reply-To person, Company field",
  frm=("Massist Website", "noreply@forms.massistcrm.example"), subj="New privacy request: Update/correct my information",
  cte="7bit", client="form",
  hdr=["Auto-Submitted: auto-generated", ("Reply-To", ("Owen Gallagher", "owen.g@pinecrestvets.example")),
       "X-Form-ID: privacy-request-v3"],
  body="""A new submission was received via the Privacy Request form.

Name: Owen Gallagher
Email: owen.g@pinecrestvets.example
Company: Pinecrest Veterinary Ltd
Country: United Kingdom
Request type: Update/correct my information

Message:
The mobile number on my user profile is an old one I no longer have (07700 900321). The current one is 07700 900877. Thanks.

--
Submitted from https://www.massistcrm.example/privacy/request
"""),

M(rights=["objection"], name="Sunita Patel", cls="form",
  note="form with Request type 'Other' while the message asks to stop surveys (objection); empty Company",
  frm=("WordPress", "wordpress@massistcrm.example"), subj="[Massist] Contact form: Other",
  cte="qp", client="form",
  hdr=["Auto-Submitted: auto-generated", ("Reply-To", ("Sunita Patel", "sunita.patel@homemail.example"))],
  body="""From: Sunita Patel <sunita.patel@homemail.example>
Company:
Subject: Other

Message Body:
Hi, please stop using my details for your customer research. I get a "quick 2-minute survey" from you almost every week and product feedback emails on top. I don't want to be part of that any more.

--
This e-mail was sent from a contact form on Massist CRM (https://www.massistcrm.example)
"""),

M(rights=["objection"], name="Callum Reid", cls="negation",
  note="negated erasure ('do NOT close my account') next to an objection to sharing usage stats",
  frm=("Callum Reid", "callum.reid@northmail.example"), subj="Usage data - don't close my account!",
  cte="7bit", client="gmail",
  body="""Hello,

Before anyone jumps to conclusions: I do NOT want my account closed or anything deleted. I use Massist every day for work and I'm happy with it.

What I'm not happy with is reading in your updated privacy notice that usage statistics are shared with "advertising and analytics partners". I don't want my usage data going to advertising partners. Please stop doing that with my data.

Callum Reid
"""),

M(rights=["objection"], name="Beatrice Holloway", cls="negation",
  note="erasure reported as already done is not counted; new ask is to stop surveys",
  frm=("Beatrice Holloway", "bea.holloway@cottagemail.example"), subj="Re: Your deletion request has been completed",
  cte="qp", client="thunderbird",
  body="""Hello again,

Thank you for deleting my old account back in March (your ref DSR-2291), that all went fine.

However I am still getting your customer satisfaction surveys to this address, the last one on Tuesday. Could you please take me off that list as well? I do not want any more surveys or mailings.

With thanks,
Beatrice Holloway

On 18/03/2025 10:02, Massist Privacy wrote:
> Dear Ms Holloway,
>
> We confirm that your account and associated personal data have been
> deleted from Massist CRM. Reference: DSR-2291.
>
> Kind regards,
> Massist Privacy Team
"""),

M(rights=["withdraw_consent"], name="Jonas Whitaker", employer="Greystone Property Management Ltd",
  cls="footer_rights",
  note="consent to a testimonial taken back; sender's own footer lists every GDPR right",
  frm=("Jonas Whitaker", "j.whitaker@greystone-pm.example"), subj="Customer story on your website",
  cte="qp", client="outlook", shape="html", style="outlook",
  body="""Hi,

Last year I agreed to be quoted (with my photo) in the Greystone customer story on your website. I've since left the team that used Massist and I'm no longer comfortable with it, so I'm taking back my agreement to use my name, quote and photo.

Thanks for sorting this.

Jonas Whitaker
Head of Lettings
Greystone Property Management Ltd
T: 0161 496 0732

-----
PRIVACY NOTICE: Greystone Property Management Ltd processes personal data in accordance with the UK GDPR. You have the right to access, rectify, erase, restrict or object to the processing of your personal data and the right to data portability. To exercise these rights contact privacy@greystone-pm.example. This email and any attachments are confidential.
"""),

M(rights=["access"], name="Eleanor Marsh-Davies", cls="access_items",
  note="Art. 15 items listed (purposes, recipients, retention, source, ADM, complaint) = access only; ICO mention is not a grievance",
  frm=("Eleanor Marsh-Davies", "e.marshdavies@quillmail.example"), subj="Subject access request",
  cte="qp", client="gmail", shape="alt", style="gmail",
  body="""Dear Data Protection Officer,

Please treat this email as a subject access request under Article 15 of the UK GDPR.

Please provide:
1. confirmation whether you process my personal data and a copy of it;
2. the purposes of the processing;
3. the categories of personal data concerned;
4. the recipients or categories of recipients, in particular any outside the UK;
5. how long the data will be stored, or the criteria used;
6. where you obtained my data if not from me;
7. whether you use automated decision-making or profiling, with meaningful information about the logic involved;
8. confirmation of my right to lodge a complaint with the Information Commissioner's Office.

If I have not heard from you within one month I will consider raising the matter with the ICO.

Yours sincerely,
Eleanor Marsh-Davies
"""),

M(rights=["grievance", "rectification"], name="Samuel Ortiz", cls="plain_words",
  note="formal complaint to the company/escalation plus still-pending correction, quoted thread",
  frm=("Samuel Ortiz", "sam.ortiz@citymail.example"), subj="Re: Re: wrong job title - FORMAL COMPLAINT",
  cte="qp", client="outlook",
  body="""This is now my third email about this and nobody has done anything.

I want to make a formal complaint about how this has been handled. Please pass this to whoever is in charge of your data protection or to a manager - I'd like someone senior to look at why a simple correction has taken six weeks.

And for the record, I still want the correction made: my job title is "Regional Buyer", not "Regional Buyer (Trainee)". The trainee part was removed two years ago.

Samuel Ortiz

-----Original Message-----
From: Samuel Ortiz <sam.ortiz@citymail.example>
Sent: 02 April 2025 09:14
To: dpo@massistcrm.com
Subject: Re: wrong job title

Hi, any update on this?

-----Original Message-----
From: Samuel Ortiz <sam.ortiz@citymail.example>
Sent: 11 March 2025 16:40
To: dpo@massistcrm.com
Subject: wrong job title

Hello, my job title in your system is wrong, please fix it to Regional Buyer.
"""),

M(rights=["restriction"], name="Kwame Mensah", cls="plain_words",
  note="'pause everything until you've answered' = restriction pending a dispute; HTML-only Gmail",
  frm=("Kwame Mensah", "kwame.mensah@sunmail.example"), subj="Please put my details on hold",
  cte="qp", client="gmail", shape="html", style="gmail",
  body="""Hello,

Two weeks ago I wrote to say your records of where I live are wrong and that I don't think you should be using my details for your "local events" mailings at all. I haven't had an answer yet.

Until someone has actually looked into it and replied, please put my details on hold. Don't use them, don't send anything based on them, don't pass them on. You can keep them where they are for now - I just want everything paused.

Kwame Mensah
"""),

# ------------------------------------------------------------ non-requests
M(kind="bounce", cls="not_request", note="Postfix DSN, multipart/report with text/rfc822-headers",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx2.massistcrm.example"),
  subj="Undelivered Mail Returned to Sender", cte="7bit", client="none", shape="dsn",
  hdr=["Auto-Submitted: auto-replied"],
  body="""This is the mail system at host mx2.massistcrm.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<r.holm@oldfirm.example>: host mx.oldfirm.example[192.0.2.44] said: 550 5.1.1
    <r.holm@oldfirm.example>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""",
  dsn=dict(mta="mx2.massistcrm.example", rcpts=["r.holm@oldfirm.example"], status="5.1.1",
           rmta="mx.oldfirm.example",
           diag="550 5.1.1 <r.holm@oldfirm.example>: Recipient address rejected: User unknown in virtual mailbox table",
           orig=dict(frm=("Massist Privacy Team", "dpo@massistcrm.com"), to=("", "r.holm@oldfirm.example"),
                     subj="Your privacy request - identity check", cte="7bit",
                     body="Dear requester,\n\nPlease confirm your identity.\n"))),

M(kind="bounce", cls="not_request", note="Exchange-style NDR with full original attached (message/rfc822)",
  frm=("Microsoft Outlook", "postmaster@corp-mail.example"),
  subj="Undeliverable: RE: Data access request - ref DSR-3310", cte="qp", client="none", shape="dsn",
  hdr=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "],
  body="""Your message to n.farrow@corp-mail.example couldn't be delivered.

n.farrow wasn't found at corp-mail.example.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the recipient's address is correct, contact the recipient by some other means and ask them to let their email admin know about this problem.

Diagnostic information for administrators:
Generating server: AM7PR02MB5000.corp-mail.example
n.farrow@corp-mail.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
  dsn=dict(mta="AM7PR02MB5000.corp-mail.example", rcpts=["n.farrow@corp-mail.example"], status="5.1.10",
           diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
           ret="full",
           orig=dict(frm=("Massist Privacy Team", "dpo@massistcrm.com"), to=("Farrow, Nicola", "n.farrow@corp-mail.example"),
                     subj="RE: Data access request - ref DSR-3310", cte="qp",
                     body="Dear Ms Farrow,\n\nThank you for your request. We will send the copy of your data within one month.\n\nKind regards\nMassist Privacy Team\n"))),

M(kind="auto_reply", name="Rachel Ng", cls="not_request", note="out-of-office reply signed with a name",
  frm=("Rachel Ng", "rachel.ng@tidewater.example"), subj="Automatic reply: Your data request",
  cte="7bit", client="outlook",
  hdr=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: rachel.ng@tidewater.example"],
  body="""Thank you for your email. I am out of the office until Monday 9 September with limited access to email.

For anything urgent please contact my colleague on ops@tidewater.example.

Best regards,
Rachel Ng
"""),

M(kind="auto_reply", cls="not_request", note="helpdesk ticket acknowledgement from a customer's support desk, no person",
  frm=("Fernhill Support", "support@fernhill.example"), subj="[Ticket #58812] Re: Sub-processor notification",
  cte="qp", client="none", shape="alt", style="web",
  hdr=["Auto-Submitted: auto-replied", "X-Helpdesk-Ticket: 58812", "Precedence: bulk"],
  body="""##- Please type your reply above this line -##

Your request (58812) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from Fernhill Support.
"""),

M(kind="bulk", cls="not_request", note="newsletter about GDPR/DSARs, mentions rights but asks nothing",
  frm=("The Privacy Brief", "newsletter@privacybrief.example"), subj="This week: DSAR deadlines, cookie fines and a new adequacy decision",
  cte="qp", client="none", shape="alt", style="web",
  hdr=["List-Unsubscribe: <https://privacybrief.example/u/8f3a2>, <mailto:unsub-8f3a2@privacybrief.example>",
       "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk", "List-Id: The Privacy Brief <weekly.privacybrief.example>"],
  body="""THE PRIVACY BRIEF - weekly

1. DSAR deadlines: when does the one-month clock really start?
Regulators keep reminding controllers that the right of access, the right to erasure and the right to rectification all run on the same timetable. We look at three recent decisions.

2. Cookie banners: another EUR 2m fine
...

3. Webinar: "Handling data subject requests at scale" - Thursday 2pm BST

You are receiving this because you subscribed at privacybrief.example. Unsubscribe: https://privacybrief.example/u/8f3a2
"""),

M(kind="other", name="Martin Cole", employer="Stellar Freight Ltd", cls="not_request",
  note="customer procurement asking for the DPA and sub-processor list; not a rights request",
  frm=("Martin Cole", "martin.cole@stellarfreight.example"), subj="DPA and sub-processors for Massist CRM",
  cte="7bit", client="outlook",
  body="""Hello,

We're in the final stages of procurement for Massist CRM (around 80 seats). Before we can sign, our legal team needs:

- your standard Data Processing Agreement
- the current list of sub-processors and where they are located
- confirmation of which transfer mechanism you use for any transfers outside the UK/EEA

Could you send these over or point me at where they're published?

Thanks,
Martin Cole
Procurement Lead
Stellar Freight Ltd
"""),

M(kind="other", cls="not_request", note="phishing dressed up as a data request, with a link",
  frm=("Data Compliance Center", "compliance@massist-verify.example"), subj="ACTION REQUIRED: Data Subject Request pending verification",
  cte="qp", client="none", shape="html", style="web",
  html="""<html><body style="font-family:Arial">
<p>Dear Data Protection Officer,</p>
<p>A Data Subject Access Request was submitted for your organisation under Article 15 GDPR and is <b>pending your verification</b>. Failure to respond within 24 hours may result in regulatory penalties.</p>
<p><a href="http://massist-verify.example/dsr/login?id=883190">Review and verify request</a></p>
<p>You will be asked to sign in with your Microsoft 365 credentials.</p>
<p>Regards,<br>Data Compliance Center</p>
</body></html>
""",
  body="(html)"),

M(kind="other", name="Ama Boateng", employer="Riverside Housing Trust", cls="not_request",
  note="job application with a consent clause; consent given, no right exercised",
  frm=("Ama Boateng", "ama.boateng@mailpost.example"), subj="Application - Privacy Analyst (ref PA-24)",
  cte="b64", client="gmail", shape="att",
  att=[("Ama_Boateng_CV.pdf", "application/pdf", PDF)],
  body="""Dear Hiring Team,

Please find attached my CV for the Privacy Analyst role advertised on your careers page.

I currently work as a data protection assistant at Riverside Housing Trust, where I handle most of our subject access requests and help maintain the records of processing.

I consent to Innthink Technologies keeping my CV and application details for 12 months for this and future vacancies.

Kind regards,
Ama Boateng
"""),

M(kind="other", name="Hannah Schofield", employer="Moorland Credit Union Ltd", cls="not_request",
  note="general pre-sales privacy question (hosting, UK representative)",
  frm=("Hannah Schofield", "h.schofield@moorlandcu.example"), subj="Quick question on data location",
  cte="7bit", client="outlook",
  body="""Hi,

We are evaluating Massist CRM. Two quick questions before our board meeting:

1. Where is customer data physically hosted - UK, EU or US?
2. Do you have a UK representative / UK entity for data protection purposes?

Thanks in advance,

Hannah Schofield
IT Lead
Moorland Credit Union Ltd
"""),

M(rights=["access", "erasure", "opt_out_sale"], name="Marisol Vega", agent="Derek Huang", cls="us_wording",
  note="CCPA authorized agent: right to know (categories and specific pieces), right to delete, opt out of sale/sharing",
  frm=("Derek Huang | OptOut Partners", "agent@optoutpartners.example"),
  subj="CCPA Authorized Agent Request - Marisol Vega", tz=-8, cte="qp", client="none", shape="att",
  att=[("Vega_signed_permission.pdf", "application/pdf", PDF)],
  body="""Hello,

I am an authorized agent submitting requests under the California Consumer Privacy Act on behalf of the consumer below. Her signed permission is attached.

Consumer: Marisol Vega
Email: marisol.vega@sunmail.example
Phone: (619) 555-0148
State of residence: California

The consumer requests that Innthink Technologies:

1. Right to Know - disclose the categories and specific pieces of personal information collected about her in the last 12 months;
2. Right to Delete - delete the personal information collected from her;
3. Do Not Sell or Share - stop selling or sharing her personal information.

Please respond within the statutory timeframe.

Derek Huang
Authorized Agent, OptOut Partners LLC
"""),

M(kind="other", lang=None, cls="not_request",
  note="network scanner mail: PDF attachment only, empty body, no human text at all (language null)",
  frm=("", "scanner@office-mfp.example"), subj="Scanned from MFP-3F", cte="7bit", client="none", shape="att",
  hdr=["X-Mailer: MFP Scan-to-Email 4.2"],
  att=[("SCAN_0001.pdf", "application/pdf", PDF)],
  body="""
"""),
]
