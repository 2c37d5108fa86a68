# English letters (38). Each letter was written for this set; none is a translation.

LETTERS = [
# 001
dict(cls="plain_words", rights=["access"], name="Dave", emp=None, agent=None,
     note="phone-written lowercase 'what have you got on me', first name only",
     frm="dave.p1977@fastpost.example", subj="my info",
     cs="us-ascii", cte="7bit",
     body="""
hi there

got an email from someone at work saying our crm is your system. what info do you actualy have on me?? can you just send it all over. never signed up for anything myself

cheers
Dave

Sent from my iPhone
"""),
# 002
dict(cls="plain_words", rights=["rectification"], name="Helen Whitmore", emp="Castleford Plumbing Supplies Ltd", agent=None,
     note="surname misspelled and old address, plain words; employer in running text",
     frm=("Helen Whitmore", "h.whitmore@castlefordplumbing.example"), subj="Wrong name and address on your records",
     cs="windows-1252", cte="quoted-printable",
     body="""
Good afternoon,

I work on the trade counter at Castleford Plumbing Supplies Ltd and we use your Massist system for our accounts. I noticed that everything that comes out of it spells my surname "Whitmoore" with two o's. It's Whitmore – one o after the m. It's gone out like that on at least three quotes to customers now, which is a bit embarrassing.

While you're at it, the home address you've got for me is the one I left two years ago (Flat 3, 22 Denby Road). I'm now at 9 Ashgrove Court, Castleford WF10 4QT.

Could somebody put both of those right please? I've asked our office manager but she says the details come from your side.

Many thanks,
Helen Whitmore
"""),
# 003
dict(cls="plain_words", rights=["objection"], name="Gary Holbrook", emp=None, agent=None,
     note="angry 'stop calling me', capitals, objection to marketing calls",
     frm=("Gary Holbrook", "gholbrook@tenmail.example"), subj="STOP RINGING ME",
     cs="us-ascii", cte="7bit",
     body="""
This is the FOURTH call this week from one of your sales people wanting to "book a quick demo" of your CRM. I run a one man window cleaning round. I do not need a CRM. I never asked you to ring me.

Stop calling me. Stop texting me. Take my number off whatever list you got it from and don't use it for selling me anything ever again.

If my phone goes one more time with your number on it I will be reporting you.

Gary Holbrook
07700 900 418
"""),
# 004
dict(cls="plain_words", rights=["erasure"], name="Priya Ramanathan", emp="Brennan & Hale Logistics", agent=None,
     note="former employee wants to be wiped; HTML-only Outlook mail; employer named as former workplace",
     frm=("Priya Ramanathan", "priya.ramanathan@kestrelmail.example"), subj="Removing my details after leaving my job",
     cs="utf-8", cte="quoted-printable", shape="html", hstyle="outlook",
     body="""
Hello,

I left Brennan & Hale Logistics at the end of March. While I was there I was set up as a user on your CRM and, as far as I know, my mobile number, my personal email and a photo are all still sitting in there.

I don't work there any more and I'd like all of that gone – please wipe my details from your system rather than just switching the account off.

If you need me to confirm who I am, just let me know what you need.

Kind regards,
Priya Ramanathan
"""),
# 005
dict(cls="plain_words", rights=["portability"], name="Rhiannon Pryce", emp=None, agent=None,
     note="portability in plain words: a file I can take to another provider",
     frm=("Rhiannon Pryce", "rhiannon@pryce-illustration.example"), subj="Moving to a different CRM - can I take my stuff?",
     cs="utf-8", cte="quoted-printable", shape="alt",
     body="""
Hi,

I've been on the one-person Massist plan for about three years (I'm a freelance illustrator, it's just me). I'm moving over to a different provider next month because the price has gone up.

Is there a way you can give me everything you hold about me and my account in a normal file – CSV or a spreadsheet is fine – that I can actually load into the new system? The export button in the app only gives me a PDF which is no good to anyone.

Thanks a lot,
Rhiannon Pryce
"""),
# 006
dict(cls="plain_words", rights=["withdraw_consent"], name="Marcus Oyelaran", emp="Fernleigh Dental Group", agent=None,
     note="'I take that back' about a customer-story permission; employer under job title",
     frm=("Marcus Oyelaran", "m.oyelaran@fernleighdental.example"), subj="Customer story - changing my mind",
     cs="utf-8", cte="quoted-printable",
     body="""
Hi,

Last spring I filled in a form for your marketing team saying you could use my photo, my name and a quote from me in your "customer stories" page and in adverts.

I've thought about it and I'd rather not be part of that any more. I take that permission back, so please don't use my photo or my quote from now on.

No hard feelings, the software is fine!

Marcus Oyelaran
Practice Manager
Fernleigh Dental Group
"""),
# 007
dict(cls="plain_words", rights=["restriction"], name="Joanne Stirling", emp=None, agent=None,
     note="'freeze it while you check' restriction, explicitly no deletion asked",
     frm=("Joanne Stirling", "jo.stirling@postbox.example"), subj="Mix-up on my record - please hold off",
     cs="us-ascii", cte="7bit",
     body="""
Dear Sir or Madam,

Somebody else's complaint notes have ended up on my customer record (my energy supplier uses your CRM and read one of them out to me on the phone - it was about a Mr J. Sterling in Leeds, not me).

The supplier says they are looking into it. Until that's sorted out I'd like my record left alone - please don't use it, pass it on or make any decisions from it while it's being checked. Just put it on ice.

I'm not asking for anything to be deleted at this stage.

Yours faithfully,
Joanne Stirling
"""),
# 008
dict(cls="plain_words", rights=["automated_decision"], name="Tobias Greenhalgh", emp=None, agent=None,
     note="rejected automatically at 2am, wants a real person to look again",
     frm=("Tobias Greenhalgh", "tobias.greenhalgh@inboxly.example"), subj="Application rejected by a computer",
     cs="utf-8", cte="quoted-printable",
     body="""
Hello,

I applied for a warehouse supervisor job through Northgate Recruitment last Tuesday. I got a rejection at 2:14 in the morning, about ten minutes after I pressed send. When I rang them they said "the CRM screens applications" and nobody had actually read mine. They told me to contact you because it's your software.

I've done this exact job for six years. I'm not happy being binned by a program. I want an actual human being to look at my application again and make the call, please.

Tobias Greenhalgh
"""),
# 009
dict(cls="plain_words", rights=["grievance"], name="Maureen Castellano", emp=None, agent=None,
     note="formal complaint about a late, wrong reply; earlier access reported only; cp1252 quotes labelled iso-8859-1",
     frm=("Maureen Castellano", "maureen.castellano@homenet.example"), subj="Formal complaint",
     cs="iso-8859-1", enc_as="windows-1252", cte="8bit",
     body="""
To whoever is in charge,

Back in June I asked you for a copy of the information you keep about me. I got an answer in October - four months later - and about half of the pages were about a different woman with a similar name. I’ve had to shred them myself.

I’m not writing to ask for the copy again. I want this treated as a formal complaint about how my request was handled, and I want it looked at by someone senior, not the same team. Please tell me in writing what went wrong and what you're doing about the other woman’s details being sent to me.

Mrs Maureen Castellano
"""),
# 010
dict(cls="multi_right", rights=["access", "rectification", "objection"], name="Owen Bradshaw", emp="Tamworth Timber Merchants Ltd", agent=None,
     note="numbered list of three plain-words requests",
     frm=("Bradshaw, Owen", "owen.bradshaw@tamworthtimber.example"), subj="three things",
     cs="us-ascii", cte="7bit",
     body="""
Hi,

Three things please:

1) Can you tell me what you've got stored about me? A copy would be good.
2) My job title is wrong everywhere - I'm Yard Manager now, not Assistant.
3) Stop sending me the "tips and offers" emails. Ive clicked unsubscribe twice and they keep comming.

Thanks
Owen Bradshaw
Yard Manager, Tamworth Timber Merchants Ltd
"""),
# 011
dict(cls="multi_right", rights=["withdraw_consent", "erasure", "objection"], name="Bernard Ashworth", emp=None, agent=None,
     note="long rambling letter from an older man: no more recordings, delete them, no more newsletters",
     frm=("Bernard Ashworth", "b.ashworth1948@oldmail.example"), subj="Recordings of my telephone calls and other matters",
     cs="windows-1252", cte="quoted-printable",
     body="""
Dear Sir/Madam,

I hope you will forgive the length of this letter but I want to set everything down properly as my son tells me this is the right address.

For some years I have been a volunteer treasurer for our bowls club and the club's booking system, I am told, is run on your "CRM". Every time I telephone the booking line a voice says the call "may be recorded for training purposes" and I have always said yes when asked, because I didn't think much about it at the time. Having read in the paper about these recordings being kept for years, I am no longer happy about it. I no longer agree to my calls being recorded, full stop.

Secondly, I should like the recordings you already have of me got rid of. I cannot imagine what use a recording of me arguing about the green fees in 2022 could be to anybody.

Thirdly – and I have asked for this before – I would be grateful if you would stop sending me the monthly "newsletter" by email. I do not read it and my granddaughter says it is "marketing", which I don't want.

I am 78 and do not use the computer a great deal, so a reply by post would be appreciated, although email is acceptable if necessary.

Thanking you in advance,

Yours faithfully,

Bernard Ashworth
12 Rookery Lane
Much Hadley
"""),
# 012
dict(cls="multi_right", rights=["portability", "erasure"], name="Chloe Ferreira-Lamb", emp="Ferreira-Lamb Wedding Florals", agent=None,
     note="take my data to a new provider, then wipe everything; multipart/alternative",
     frm=("Chloe Ferreira-Lamb", "chloe@flwflorals.example"), subj="Leaving Massist",
     cs="utf-8", cte="quoted-printable", shape="alt", hstyle="webmail",
     body="""
Hello privacy team,

I'm closing my Massist account at the end of the month (I run Ferreira-Lamb Wedding Florals, just me and a part-timer).

Before I go:
- please send me my own details and my account history in a format another CRM can read (CSV, JSON, whatever's standard) so I can bring it with me;
- once I've confirmed I've got it, please delete everything you hold on me. Not "deactivate", actually delete.

Let me know if you need anything from me.

Chloe Ferreira-Lamb
"""),
# 013
dict(cls="multi_right", rights=["access", "nomination"], name="Raghavendra Iyer", emp=None, agent=None,
     note="Indian English: copy of my data, and my son to handle it after my death (nomination) in plain words",
     frm=("Raghavendra Iyer", "r.iyer.retd@samvadmail.example"), subj="Regarding my personal data and my son",
     cs="utf-8", cte="8bit",
     body="""
Respected Sir/Madam,

I am a retired bank officer, aged 71, and I was a customer of Vardhan Insurance Brokers whose CRM is your Massist product, as per their reply to me.

Kindly do the needful on two points:

1. Please send me one copy of all personal details of mine which are available with you, including phone numbers and notes.

2. My health is not good since last year. In case anything happens to me, I want my son Mr. Srinivas Iyer (mobile 98450 11872, email srinivas.iyer@samvadmail.example) to be the person who can deal with my data with you, take decisions on it, and get it removed if he wishes. Please record him for this purpose.

Thanking you,
Yours faithfully,
Raghavendra Iyer
Bengaluru
"""),
# 014
dict(cls="multi_right", rights=["opt_out_sale", "limit_sensitive"], name="Alyssa Moreno", emp="Sunvale Property Management", agent=None,
     note="US plain words: don't hand my info to advertisers; medical leave note only for payroll",
     frm=("Alyssa Moreno", "amoreno@sunvalepm.example"), subj="my info",
     cs="us-ascii", cte="7bit",
     body="""
Hi - I'm a leasing agent at Sunvale Property Management in Fresno, CA. Our company uses your CRM.

Two things. First, I don't want my info handed over or passed along to any advertisers or "partners" for ads. Just don't.

Second, there's a note in my profile about my medical leave last year. I get that payroll needs it. I don't want it used for anything else at all - not reports, not scoring, nothing.

Thanks,
Alyssa Moreno
"""),
# 015
dict(cls="negation", rights=["access"], name="Nathaniel Oduya", emp=None, agent=None,
     note="explicitly NOT deletion, only a copy",
     frm=("Nathaniel Oduya", "nat.oduya@brightinbox.example"), subj="Copy of my data (NOT a deletion request)",
     cs="us-ascii", cte="7bit",
     body="""
Hello,

To be clear before anything else: I do NOT want my account closed or anything deleted. Last time I asked a company a question like this they wiped my account and I lost years of history.

All I want is a copy of what's on file about me - contact details, notes, call logs, whatever there is.

Thanks,
Nathaniel Oduya
"""),
# 016
dict(cls="negation", rights=["objection"], name="Fiona Lattimer", emp="Harbourside Veterinary Clinic", agent=None,
     note="earlier correction reported as done; now only stop the marketing",
     frm=("Fiona Lattimer", "fiona@harboursidevets.example"), subj="Re: Your details have been updated",
     cs="utf-8", cte="quoted-printable",
     body="""
Thanks for fixing my address last month, that's all fine now.

Different thing: I'm now getting two or three promotional emails a week from you about webinars and upgrades. Please stop sending me those. I only need the invoices and service messages.

Fiona Lattimer
Harbourside Veterinary Clinic

> On 3 Sept, Massist Support wrote:
> Dear Fiona, your postal address has been corrected as requested.
> Kind regards, Massist Support
"""),
# 017
dict(cls="negation", rights=["rectification"], name="Imogen Sackville", emp=None, agent=None,
     note="don't unsubscribe me; just update my phone number",
     frm=("Imogen Sackville", "imogen.sackville@letterbox.example"), subj="New phone number",
     cs="utf-8", cte="quoted-printable", shape="alt",
     body="""
Hi,

Please don't take me off anything or stop any of the emails – I actually like the product updates. I just changed my mobile number and the old one is still on your records.

Old: 07700 900 221
New: 07700 900 786

Can you swap it over?

Thanks!
Imogen Sackville
"""),
# 018
dict(cls="agent", rights=["access", "erasure"], name="Eleanor Baptiste-Croft", emp="Harrowgate Freight Ltd", agent="Jonathan Mercer",
     note="solicitor for a former employee; law firm is not the employer",
     frm=("Jonathan Mercer", "j.mercer@mercerwhitlow.example"), subj="Our client: Ms Eleanor Baptiste-Croft - request for personal data and deletion",
     cs="utf-8", cte="quoted-printable", shape="html", hstyle="outlook",
     body="""
Dear Data Protection Officer,

We act for Ms Eleanor Baptiste-Croft, who was employed by Harrowgate Freight Ltd until November 2025. We understand that Harrowgate Freight Ltd uses your Massist CRM and that our client's personal data is held on your platform.

On our client's instructions, and with her signed authority enclosed, we ask you to:

(a) provide a copy of all personal data relating to our client held by you; and
(b) once provided, delete that data.

Please correspond with this office. Our reference is JM/BAP/0412.

Yours faithfully,

Jonathan Mercer
Partner
Mercer Whitlow LLP
14 Cathedral Yard, Exeter

This email is confidential and may be legally privileged. If you have received it in error please notify the sender and delete it.
"""),
# 019
dict(cls="agent", rights=["erasure"], name="Lily Adeyemi", emp=None, agent="Funmi Adeyemi",
     note="parent for a 14-year-old who signed up with a school email",
     frm=("Funmi Adeyemi", "funmi.adeyemi@familymail.example"), subj="My daughter signed up for your trial",
     cs="us-ascii", cte="7bit",
     body="""
Hello,

My daughter Lily Adeyemi is 14. She signed up for a free trial of your CRM for a school "business project" using her school email (lily.a@stmarks-school.example) and put in her mobile number and our home address.

She is a child and I'm not comfortable with this. Please remove all of her information from your system and confirm when it's done.

I'm her mother, happy to prove it if needed.

Funmi Adeyemi
"""),
# 020
dict(cls="agent", rights=["rectification"], name="Colin Fairweather", emp="Bexley Marsh Housing Association", agent="Sandra Okoye",
     note="HR forwards the employee's own mail as an attached message/rfc822",
     frm=("Sandra Okoye", "s.okoye@bexleymarsh-ha.example"), subj="FW: my name on the system",
     cs="utf-8", cte="quoted-printable", shape="rfc822", inner_name="my name on the system.eml",
     body="""
Hi,

Forwarding the attached from one of our maintenance staff, Colin Fairweather. His record in Massist has his name and date of birth wrong and our admin users can't edit those fields - apparently it has to come from your side.

Could you correct them as he asks? Happy to confirm he's one of ours.

Thanks,
Sandra Okoye
HR Advisor
Bexley Marsh Housing Association
""",
     inner=dict(frm=("Colin Fairweather", "colin.fairweather@bexleymarsh-ha.example"),
                to=("Sandra Okoye", "s.okoye@bexleymarsh-ha.example"),
                subj="my name on the system", cs="us-ascii", cte="7bit",
                body="""
Hi Sandra

The CRM has me as "Colin Fairwether" and my birthday as 12/03/1979. It should be Fairweather with an a, and 03/12/1979 (3rd December). Can you get it sorted, it keeps printing wrong on the job sheets.

Ta
Colin
""")),
# 021
dict(cls="agent", rights=["erasure", "opt_out_sale"], name="Kevin O'Donoghue", emp=None, agent="Ashley Tran",
     note="request service's named agent, deletion and do-not-sell",
     frm=("Ashley Tran via ClearTrail", "requests@cleartrail-privacy.example"), subj="Privacy request for Kevin O'Donoghue (ref CT-88213)",
     cs="utf-8", cte="quoted-printable", shape="alt", hstyle="simple",
     xh=[("Reply-To", ("Ashley Tran", "ashley.tran@cleartrail-privacy.example"))],
     body="""
Hello,

ClearTrail is an authorized agent acting on behalf of our member:

Name: Kevin O'Donoghue
Email: kodonoghue@mailcove.example
State: California

Our member asks that you delete the personal information you have collected about him, and that you do not sell or share his personal information with anyone.

A signed authorization is on file and can be provided on request.

Ashley Tran
Privacy Agent, ClearTrail
"""),
# 022
dict(cls="names", rights=["access"], name="Pieter van der Berg", emp=None, agent=None,
     note="display name 'Family, Given' with particle in lower case; PhD dropped",
     frm=("van der Berg, Pieter", "pvdberg@uni-mail.example"), subj="Request for my data",
     cs="us-ascii", cte="7bit",
     body="""
Dear DPO,

I am a visiting researcher and appear to be in the CRM of a conference organiser that uses Massist. Could you send me the information that you hold about me?

Regards,
Pieter van der Berg, PhD
"""),
# 023
dict(cls="names", rights=["erasure"], name="Siobhán Ní Bhriain", emp="Galway Harbour Tours Ltd", agent=None,
     note="Irish name with Ní at a sentence end, followed by another sentence",
     frm=("Siobhan", "siobhan.nibhriain@westmail.example"), subj="Delete me please",
     cs="iso-8859-1", cte="quoted-printable",
     body="""
Hello,

My name is Siobhán Ní Bhriain. I work for Galway Harbour Tours Ltd and I was added to your system by a supplier I dealt with once in 2023.

I have never used your product and I'd like my details taken out of it entirely.

Go raibh maith agat,
Siobhán
"""),
# 024
dict(cls="names", rights=["objection"], name="Kwame Mensah-Bonsu", emp=None, agent=None,
     note="titles before and after a hyphenated name",
     frm=("Dr. K. Mensah-Bonsu MD", "kmb@clinicmail.example"), subj="Unsubscribe",
     cs="us-ascii", cte="7bit",
     body="""
This is Dr. Kwame Mensah-Bonsu MD writing. Please stop sending me sales emails - I don't want my details used for marketing. Thank you.
"""),
# 025
dict(cls="legal_anchor", rights=["access", "objection"], name="Harriet Lomax", emp=None, agent=None,
     note="UK GDPR Art. 15 and Art. 21(2) with DPA 2018",
     frm=("Harriet Lomax", "harriet.lomax@quillpost.example"), subj="Subject access request and objection - UK GDPR",
     cs="utf-8", cte="quoted-printable",
     body="""
Dear Data Protection Officer,

I make this request under Article 15 of the UK GDPR and the Data Protection Act 2018. Please provide a copy of my personal data and the supplementary information to which I am entitled.

Further, under Article 21(2) UK GDPR I object to the processing of my personal data for direct marketing purposes, with immediate effect.

I expect a response within one month of receipt.

Harriet Lomax
27 Fennel Street, Manchester M4 3DU
"""),
# 026
dict(cls="employer", rights=["access"], name="Devendra Shah", emp="Pemberton & Shaw Facilities Management Ltd", agent=None,
     note="employer in a signature block with '|' under job title",
     frm=("Devendra Shah", "devendra.shah@pembertonshaw.example"), subj="What's held about me in Massist",
     cs="utf-8", cte="quoted-printable", shape="html", hstyle="outlook",
     body="""
Hi,

Could you let me know what personal information about me is stored in Massist? Our company uses it for all site rotas and I'd like to see what's in there.

Thanks,

Devendra Shah
Regional Operations Lead | Pemberton & Shaw Facilities Management Ltd
Unit 4, Riverside Park, Reading RG1 8EQ
T: 0118 496 0732
"""),
# 027
dict(cls="form", kind="request", rights=["erasure"], name="Ruth Hallworth", emp="Linwood Care Homes Ltd", agent=None,
     note="web form robot mail with Auto-Submitted and Reply-To the person",
     frm=("Privacy Portal", "noreply@privacy-portal.example"), subj="New privacy request submitted",
     cs="us-ascii", cte="7bit",
     xh=[("Reply-To", ("Ruth Hallworth", "ruth.hallworth@linwoodcare.example")), ("Auto-Submitted", "auto-generated")],
     body="""
A new request has been submitted through the privacy form.

Name: Ruth Hallworth
Email: ruth.hallworth@linwoodcare.example
Company: Linwood Care Homes Ltd
Country: United Kingdom
Request type: Delete my data
Message: I left the company in the summer and would like my details removed from the CRM. Thanks.

Submitted: 2026-09-14 10:42 UTC
IP: 203.0.113.41
"""),
# 028
dict(cls="form", rights=["rectification"], name="Aisha Karimova", emp=None, agent=None,
     note="ticket tool notification, married name change",
     frm=("Massist Help Desk", "support@massist-help.example"), subj="[Ticket #48213] Update my surname",
     cs="utf-8", cte="quoted-printable",
     xh=[("Reply-To", ("Aisha Karimova", "aisha.k@mailhaven.example")), ("Auto-Submitted", "auto-generated")],
     body="""
##- Please type your reply above this line -##

A new ticket has been created and assigned to the group "Privacy".

Ticket #48213
Requester: Aisha Karimova <aisha.k@mailhaven.example>
Channel: Web widget
Priority: Normal

Description:
Hi, I got married in August and my surname has changed from Karimova to Whitfield. Please update it on my profile - the old name still shows on everything. Thank you, Aisha

--
Massist Help Desk
"""),
# 029
dict(cls="footer_rights", rights=["objection"], name="Graham Pettifer", emp="Oakridge Joinery Ltd", agent=None,
     note="short opt-out above the sender's own GDPR footer listing all rights",
     frm=("Graham Pettifer", "graham@oakridgejoinery.example"), subj="Please take me off your mailing list",
     cs="windows-1252", cte="quoted-printable",
     body="""
Please take me off your sales mailing list, I'm not interested.

Graham Pettifer
Director
Oakridge Joinery Ltd

------------------------------------------------------------
Oakridge Joinery Ltd, registered in England and Wales no. 08812345.
Privacy notice: we process personal data in line with the UK GDPR. You have the right to access, rectify or erase your data, to restrict or object to processing, to data portability, and to withdraw consent at any time. To exercise these rights contact privacy@oakridgejoinery.example.
------------------------------------------------------------
"""),
# 030
dict(cls="access_items", rights=["access"], name="Samuel Achterberg", emp=None, agent=None,
     note="lists purposes, recipients, retention, source, automated decisions, complaint right",
     frm=("Samuel Achterberg", "s.achterberg@postmark-home.example"), subj="Request: my personal data and how it is used",
     cs="us-ascii", cte="7bit",
     body="""
Dear Data Protection Officer,

Please send me:

- a copy of the personal data you hold about me;
- the purposes for which you use it;
- who you have shared it with or will share it with, including anyone outside the UK/EU;
- how long you plan to keep it, or how you decide that;
- where you got it from, if not from me;
- whether any automated decision-making or profiling is done using it, and if so how it works and what it means for me;
- confirmation of my right to complain to the ICO.

My email address with you is the one I am writing from.

Samuel Achterberg
"""),
# 031
dict(cls="us_wording", rights=["opt_out_sale"], name="Dana Whitaker", emp=None, agent=None,
     note="one-line Do Not Sell or Share",
     frm=("Dana Whitaker", "danaw@sunmail.example"), subj="Do Not Sell or Share My Personal Information",
     cs="us-ascii", cte="7bit",
     body="""
Do not sell or share my personal information. I'm a California resident.

Dana Whitaker
San Diego
"""),
# 032
dict(cls="us_wording", rights=["access", "erasure"], name="Marisol Treviño", emp=None, agent=None,
     note="right to know and right to delete in US wording",
     frm=("Marisol Treviño", "marisol.trevino@valleymail.example"), subj="Right to know / Right to delete request",
     cs="utf-8", cte="quoted-printable", shape="alt",
     body="""
To Massist / Innthink privacy team,

I'm exercising my right to know what personal information you've collected about me, the categories of sources, and the business purpose, and after you send it, my right to delete.

Name: Marisol Treviño
Email on file: marisol.trevino@valleymail.example
Resident of: Sacramento, California

Thank you.
"""),
# 033
dict(cls="us_wording", rights=["limit_sensitive"], name="Jerome Whitfield-Banks", emp="Coastline Home Health LLC", agent=None,
     note="'limit the use of my sensitive personal information' only",
     frm=("Jerome Whitfield-Banks", "jerome.wb@coastlinehh.example"), subj="Limit the Use of My Sensitive Personal Information",
     cs="us-ascii", cte="7bit",
     body="""
Hello,

My employer, Coastline Home Health LLC, uses Massist CRM. I am asking you to limit the use of my sensitive personal information (this includes my Social Security number, my health information and my union membership) to what is necessary to provide the services.

Jerome Whitfield-Banks
Oakland, CA
"""),
# 034
dict(cls="us_wording", rights=["opt_out_sale", "rectification"], name="Kaylee Brandt", emp=None, agent=None,
     note="Colorado-style: opt out of targeted advertising and right to correct",
     frm=("Kaylee Brandt", "kbrandt@frontrange.example"), subj="opt out of targeted ads + correct my info",
     cs="us-ascii", cte="7bit",
     body="""
Hi,

I live in Colorado. I'd like to opt out of targeted advertising and the sale of my personal data.

Also using my right to correct: my date of birth on file is 1996-07-14 but it should be 1994-07-14.

Kaylee Brandt
"""),
# 035
dict(cls="us_wording", rights=["opt_out_sale", "limit_sensitive"], name="Trevor Nakamura-Hill", emp="Bayline Credit Union", agent=None,
     note="CPRA wording, do-not-share plus limit sensitive, HTML mail",
     frm=("Trevor Nakamura-Hill", "tnakamurahill@baylinecu.example"), subj="CPRA requests",
     cs="utf-8", cte="quoted-printable", shape="html", hstyle="simple",
     body="""
Hello,

Please accept this as my request to opt out of the sale and sharing of my personal information, and to limit the use and disclosure of my sensitive personal information.

I'm a loan officer at Bayline Credit Union and I understand my data is in your system through my employer.

Trevor Nakamura-Hill
"""),
# 036
dict(cls="not_request", kind="bounce", rights=[], name=None, emp=None, agent=None,
     note="Postfix multipart/report bounce of the DPO's reply",
     frm=("Mail Delivery System", "MAILER-DAEMON@mx2.homenet.example"), subj="Undelivered Mail Returned to Sender",
     cs="us-ascii", cte="7bit", shape="report",
     xh=[("Auto-Submitted", "auto-replied")],
     body="""
This is the mail system at host mx2.homenet.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.castellano@homenet.example>: host mx2.homenet.example[198.51.100.12] said:
    550 5.1.1 <m.castellano@homenet.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""",
     dsn="""
Reporting-MTA: dns; mx2.homenet.example
X-Postfix-Queue-ID: 4Q8ZKp3xLmz9vBQ
Arrival-Date: Mon, 19 Oct 2026 09:12:44 +0100 (BST)

Final-Recipient: rfc822; m.castellano@homenet.example
Original-Recipient: rfc822;m.castellano@homenet.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx2.homenet.example
Diagnostic-Code: smtp; 550 5.1.1 <m.castellano@homenet.example>: Recipient
    address rejected: User unknown in virtual mailbox table
""",
     inner=dict(frm=("Data Protection Officer", "dpo@massistcrm.com"), to="m.castellano@homenet.example",
                subj="Your request - reference DPO-2026-0611", cs="us-ascii", cte="7bit",
                body="""
Dear Mrs Castellano,

Thank you for your message. We have opened reference DPO-2026-0611 and will reply within one month.

Kind regards,
Data Protection Office, Innthink Technologies
""")),
# 037
dict(cls="not_request", kind="auto_reply", rights=[], name="Rachel Donnelly", emp="Kingsbridge Analytics Ltd", agent=None,
     note="out-of-office reply with a signature",
     frm=("Rachel Donnelly", "rachel.donnelly@kingsbridge-analytics.example"), subj="Automatic reply: Your Massist data processing agreement",
     cs="us-ascii", cte="7bit",
     xh=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body="""
Thank you for your email. I'm out of the office until Monday 12 January with no access to email.

For anything urgent please contact my colleague Tom Ellery on tom.ellery@kingsbridge-analytics.example.

Rachel Donnelly
Head of Legal
Kingsbridge Analytics Ltd
"""),
# 038
dict(cls="not_request", kind="other", rights=[], name="Jordan Fletcher", emp="Larkspur Veterinary Partners Ltd", agent=None,
     note="prospective customer asks for DPA and sub-processor list",
     frm=("Jordan Fletcher", "jordan.fletcher@larkspurvets.example"), subj="DPA and sub-processors",
     cs="utf-8", cte="quoted-printable", shape="alt", hstyle="outlook",
     body="""
Hi there,

We're evaluating Massist CRM for our group of 11 practices. Before we go further our compliance lead has asked for:

• your standard Data Processing Agreement
• the current list of sub-processors and where they host data
• whether you can keep everything in the UK/EU

Could you point me in the right direction?

Best,
Jordan Fletcher
Operations Director
Larkspur Veterinary Partners Ltd
"""),
]
