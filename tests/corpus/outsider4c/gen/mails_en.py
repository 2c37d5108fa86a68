from spec import M

L = "en"

# 1
M(L, "request", "plain_words", ["access"], "Kevin Doyle", None, None,
  "plain 'what info do you have on me', employer only vaguely mentioned (unnamed) -> employer null",
  ("Kevin Doyle", "kdoyle84@mailbox.example"), "question about my info",
  """hi there

I think the company I work for uses your CRM thing (Massist?) because I keep
getting emails that say "sent via Massist". what info do you actually have
about me? can you send me whatever you've got, I'd like to see it

thanks
Kevin Doyle
""", charset="us-ascii", cte="7bit", cs_quoted=False)

# 2
M(L, "request", "legal_anchor", ["access"], "Priya Raman-Ellis", "Halberd Logistics Ltd", None,
  "UK GDPR Art. 15 + DPA 2018 SAR, 'Dr' dropped, employer in signature under job title, Outlook alternative",
  ("Dr Priya Raman-Ellis", "p.raman-ellis@halberd-logistics.example"),
  "Subject Access Request - Article 15 UK GDPR",
  """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the UK GDPR and the Data Protection Act 2018.

Please provide me with a copy of all personal data about me that Innthink Technologies holds or processes in Massist CRM, whether as controller or on behalf of your customers, together with the supplementary information I am entitled to under Article 15(1).

To help you locate my data: I have used Massist CRM since 2021 with the login above, and my mobile number ends in 4471.

I look forward to your response within one calendar month.

Kind regards,

Dr Priya Raman-Ellis
Head of Procurement
Halberd Logistics Ltd
Unit 4, Ferrybridge Trade Park, Knottingley WF11 8XX
T: +44 1977 000 418
""", shape="alt", html_style="outlook", order="outlook", charset="utf-8", cte="quoted-printable",
  headers=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("x-ms-exchange-organization-authas", "Internal")])

# 3
M(L, "request", "us_wording", ["opt_out_sale", "limit_sensitive"], "Marisol Vega", None, None,
  "CPRA do-not-sell/share + limit sensitive PI; 'CA' is a state, not employer",
  ("Marisol Vega", "marisol.vega@sunmail.example"), "Do Not Sell or Share My Personal Information",
  """To whom it may concern,

I am a California resident. Please treat this email as my request to opt out of the sale and sharing of my personal information, including any sharing for cross-context behavioral advertising.

I also want you to limit the use and disclosure of my sensitive personal information (my precise geolocation and the health notes a sales rep apparently typed into a CRM record) to what is strictly necessary to provide the service.

Name: Marisol Vega
Address: 2210 Alcatraz Ave, Oakland, CA 94607
Email: marisol.vega@sunmail.example

Please confirm once this is done.

Marisol
""", charset="utf-8", cte="7bit")

# 4
M(L, "request", "us_wording", ["access", "rectification"], "Dwayne Hollis", None, None,
  "CCPA/CPRA right to know (1798.110) + right to correct (1798.106), US wording",
  ("Dwayne Hollis", "dhollis@pinecrest-mail.example"), "CCPA request - right to know / right to correct",
  """Hello,

Under the California Consumer Privacy Act as amended by the CPRA, I'm exercising:

- my right to know (Cal. Civ. Code 1798.110): the categories and specific pieces of personal information you have collected about me, the sources, the business purpose, and the categories of third parties you disclosed it to;
- my right to correct (1798.106): your records list my date of birth as 03/14/1979. It is 03/14/1987.

I can verify my identity by replying from this address or with a code to my phone, whichever you prefer.

Dwayne Hollis
Sacramento, CA
""", charset="us-ascii", cte="7bit")

# 5
M(L, "request", "agent", ["erasure", "opt_out_sale"], "Robert Lin", None, "Dana Whitfield",
  "request service / authorized agent for a consumer, named agent; service's company is not the subject's employer",
  ("ClearTrace Privacy Requests", "requests@cleartrace-privacy.example"),
  "Authorized agent request on behalf of Robert Lin [CT-77120]",
  """Hello Innthink Technologies privacy team,

ClearTrace Privacy, Inc. is an authorized agent acting on behalf of the consumer below. A signed authorization is on file and available on request.

Consumer: Robert Lin
Email: robert.lin.sf@fastpost.example
Phone: (415) 555-0143
State of residence: California

On the consumer's behalf we request that you:
1. delete all personal information you have collected about the consumer (Cal. Civ. Code 1798.105), and
2. stop selling or sharing the consumer's personal information (1798.120).

Please direct your response to this address and quote our reference CT-77120.

Regards,
Dana Whitfield
Consumer Rights Specialist, ClearTrace Privacy, Inc.
""", shape="alt", html_style="web", charset="utf-8", cte="quoted-printable",
  headers=[("X-Mailer", "ClearTrace Outbound 3.2")])

# 6
M(L, "request", "plain_words", ["objection", "erasure"], "Gary Pritchard", None, None,
  "angry complaint that ends in a demand (stop calls + delete number); name only in lower-case display name",
  ("gary pritchard", "gazp1970@webpost.example"), "STOP CALLING ME",
  """This is the fourth time this week somebody from one of your "partners" has rung me at 8am about software I never asked for. I don't know how you got my mobile number and frankly I don't care anymore.

Take my number off whatever list it's on, stop ringing me and delete it. If I get one more call I'm going to the papers.

Gary
""", charset="us-ascii", cte="7bit")

# 7
M(L, "request", "multi_right", ["grievance", "access"], "Olusegun Adeyemi", "Northgate Care Group Ltd", None,
  "formal complaint to the company about a botched SAR + renewed access demand; regulator only mentioned as possible later step",
  ("Olusegun Adeyemi", "o.adeyemi@northgatecare.example"), "Formal complaint - handling of my data request",
  """Dear Data Protection Officer,

Please treat this email as a formal complaint under your internal complaints procedure.

On 12 February I asked for a copy of my personal data. Your support desk closed the ticket two days later with the message "resolved" and nothing was ever sent to me. When I phoned, I was told the data "belongs to my employer" and I should ask them. My employer, Northgate Care Group Ltd, told me to ask you.

I would like:
- this complaint to be escalated to someone senior who is not part of the support team, with a written response; and
- a full copy of my personal data, which I am still waiting for.

If this is not resolved I will consider contacting the Information Commissioner's Office.

Yours sincerely,
Olusegun Adeyemi
Registered Manager
Northgate Care Group Ltd
""", charset="utf-8", cte="quoted-printable", wrap=72)

# 8
M(L, "request", "plain_words", ["access"], "Fiona McAllister", None, None,
  "chaser on an earlier access request, own original quoted below",
  ("Fiona McAllister", "fiona.mcallister@glenmail.example"), "Re: Subject access request - ref DPO-24-0418",
  """Hello again,

I'm chasing this up as it's now been five weeks since my request below and I haven't had anything other than the automatic acknowledgement. Please can you send me my data or at least tell me when I can expect it.

Thanks,
Fiona

On Tue, 2 Apr 2024 at 09:14, Fiona McAllister <fiona.mcallister@glenmail.example> wrote:
> Hi,
>
> Could you please send me a copy of all the personal information you hold
> about me? My old employer used Massist and I believe my details are still
> on there.
>
> Fiona McAllister
> 14 Braeside Crescent, Perth PH1 1XX
""", charset="utf-8", cte="7bit", in_reply_to="<CAF7x2Lm0q9@mail.glenmail.example>")

# 9
M(L, "request", "plain_words", ["erasure"], "Tom Reilly", None, None,
  "terse second reminder; the actual erasure request and the name are only in the quoted earlier mail",
  ("Tom", "treilly@postbox.example"), "Fwd: delete my account",
  """Any update on this?? It's been 6 weeks.

-------- Forwarded Message --------
Subject: delete my account
Date: Mon, 15 Jul 2024 18:02:11 +0100
From: Tom <treilly@postbox.example>
To: dpo@massistcrm.com

Hi, please delete my Massist account and all my details. I left the company that set it up and I don't want to be on there anymore.

Tom Reilly
""", charset="utf-8", cte="8bit", flowed=True,
  headers=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.2")])

# 10
M(L, "request", "employer", ["automated_decision"], "Natalie Brooks", "Calloway Brands Ltd", None,
  "question about an automated score that also asks for human review; employer in running text",
  ("Natalie Brooks", "natalie.brooks@callowaybrands.example"), "Engagement score - can a person look at this?",
  """Hi,

I work in the inside sales team at Calloway Brands Ltd, and we use Massist CRM. In my review yesterday my manager showed me a "rep engagement score" of 31/100 that Massist apparently works out automatically, and it's being used to decide who gets put on a performance plan.

I don't think it reflects my work at all (I was on leave for three weeks of the period). I'd like a human being to review that score rather than just the system, and I don't want a decision about me made on the number alone.

Who do I speak to?

Natalie Brooks
""", shape="html", html_style="gmail", charset="utf-8", cte="quoted-printable")

# 11
M(L, "other", "not_request", [], "Helen Strachan", "Dunmore Veterinary Group Ltd", None,
  "pure pre-sales question about hosting and DPA - asks nothing about own data",
  ("Helen Strachan", "helen.strachan@dunmorevets.example"), "Data hosting question before we sign",
  """Hello,

We're looking at moving our practices onto Massist CRM. Before we sign, could you tell me where customer data is hosted (UK, EU or US?), whether you use sub-processors outside the UK, and whether you have a standard data processing agreement we can review?

Many thanks,

Helen Strachan
IT & Operations Manager
Dunmore Veterinary Group Ltd
""", charset="windows-1252", cte="quoted-printable")

# 12
M(L, "other", "not_request", [], "Aisha Rahman", None, None,
  "thank-you note replying to the DPO's answer; the quoted thread holds the earlier (done) access request",
  ("Aisha Rahman", "aisha.rahman@quickmail.example"), "Re: Your personal data export [DPO-24-1102]",
  """Thanks so much, I've downloaded the file and it all looks fine. Really appreciate how quick that was.

Best,
Aisha

On 9 Oct 2024, at 15:40, Data Protection Officer <dpo@massistcrm.com> wrote:

> Dear Ms Rahman,
>
> Further to your request for a copy of your personal data, please find the
> secure download link below. It will expire in 14 days.
>
> Kind regards,
> Data Protection Office, Innthink Technologies
""", shape="alt", html_style="apple", charset="utf-8", cte="quoted-printable",
  in_reply_to="<dpo.24.1102.reply@massistcrm.com>")

# 13
M(L, "request", "form", ["erasure"], "Liam O'Sullivan", "Brennock Engineering Ltd", None,
  "WordPress form robot, Auto-Submitted, Reply-To the person, Company field",
  ("Massist Website", "wordpress@www.massist-site.example"), "[Massist] New privacy request submission",
  """New submission from "Privacy request" form

Name: Liam O'Sullivan
Email: liam.osullivan@brennock-eng.example
Company: Brennock Engineering Ltd
Country: Ireland
Request type: Delete my data
Message: I've moved to a different role and no longer use Massist. Please remove my user profile and contact record.

--
This e-mail was sent from a contact form on Massist CRM (https://www.massist-site.example)
""", charset="utf-8", cte="7bit", reply_to=("Liam O'Sullivan", "liam.osullivan@brennock-eng.example"),
  headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")])

# 14
M(L, "request", "form", ["rectification"], "Chloe Baptiste", "Marlow & Finch Ltd", None,
  "helpdesk ticket robot with Requester/Organization fields; correction request",
  ("Massist Support", "support-noreply@helpdesk.example"), "[Ticket #48213] Wrong surname on my profile",
  """##- Please type your reply above this line -##

A new ticket has been created.

Ticket #48213
Requester: Chloe Baptiste (chloe.b@marlowfinch.example)
Organization: Marlow & Finch Ltd
Category: Data correction
Priority: Normal

Description:
Hi, my surname is spelled "Baptist" everywhere in Massist (on quotes our customers receive too). It should be Baptiste with an e. Can this be fixed please?

You are receiving this because you are a member of the group "Privacy".
""", shape="alt", html_style="web", charset="utf-8", cte="quoted-printable",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  reply_to=("Chloe Baptiste", "chloe.b@marlowfinch.example"))

# 15
M(L, "request", "agent", ["access", "erasure"], "Tomasz Wiśniewski", "Brightwell Analytics Ltd", "Hannah Okafor",
  "solicitor for client; law firm LLP is not the employer; client's employer stated in running text",
  ("Hannah Okafor", "h.okafor@pembrokelyle.example"),
  "Our client: Mr Tomasz Wiśniewski - data subject request",
  """Dear Sirs,

Our client: Mr Tomasz Wiśniewski
Our ref: HO/WIS/2291

We act for Mr Tomasz Wiśniewski, who is employed by Brightwell Analytics Ltd as a data engineer. Brightwell Analytics Ltd uses Massist CRM and we understand that Innthink Technologies holds personal data about our client in connection with that service.

On behalf of our client, and with his written authority (enclosed), we request:

1. a copy of all personal data relating to our client pursuant to Article 15 UK GDPR; and
2. erasure of the notes entered on his contact record between 1 and 30 June 2024, which are inaccurate and no longer necessary, pursuant to Article 17 UK GDPR.

Please correspond with this office only and not with our client directly.

Yours faithfully,

Hannah Okafor
Associate Solicitor
Pembroke & Lyle LLP
22 Cathedral Walk, Leeds LS1 6XX

This email is confidential and may be legally privileged. Pembroke & Lyle LLP is authorised and regulated by the Solicitors Regulation Authority.
""", shape="html", html_style="outlook", order="outlook", charset="utf-8", cte="quoted-printable")

# 16
M(L, "request", "agent", ["erasure"], "Ethan Marsh", None, "Claire Marsh",
  "parent writing for a 15-year-old son",
  ("Claire Marsh", "claire.marsh@homefibre.example"), "My son's details - please remove",
  """Hello,

My son Ethan Marsh is 15. He signed up for a Massist CRM free trial for a school enterprise project using his own email address (ethan.marsh09@homefibre.example) and gave his date of birth, phone number and our home address.

He's a minor and I'm not comfortable with that being held. As his mother I'm asking you to delete his account and all the details he entered.

Thank you,
Claire Marsh
""", charset="iso-8859-1", cte="quoted-printable")

# 17
M(L, "request", "agent", ["access", "portability"], "Sunil Mehta", "Tillbrook Foods plc", "Gemma Castell",
  "HR forwards an employee's request as an attached message/rfc822",
  ("Gemma Castell", "gemma.castell@tillbrookfoods.example"), "FW: Data request - Sunil Mehta",
  """Hi,

Please see the attached request from one of our employees, Sunil Mehta (Regional Account Manager). He has asked for a copy of the data held about him in Massist and for it in a format he can take with him. As he is asking about data held on your platform I'm forwarding it to you to action directly. Happy to help with identity checks.

Thanks,
Gemma Castell
HR Business Partner
Tillbrook Foods plc
""", shape="rfc822", charset="utf-8", cte="7bit", order="outlook",
  inner=dict(frm=("Sunil Mehta", "sunil.mehta@tillbrookfoods.example"), subj="Data request",
             to="HR Team <hr@tillbrookfoods.example>", lang="en", charset="utf-8", cte="7bit",
             filename="Data request.eml",
             body="""Hi HR,

Can you help me get a copy of everything that's held on me in Massist (activity logs, call notes, my scores etc.)? I'd also like it exported as a file (CSV or similar) so I can keep it when I move roles.

Thanks
Sunil
"""))

# 18
M(L, "request", "agent", ["objection"], "Julian Ashcombe", "Ferncastle Holdings Ltd", "Rosie Tennant",
  "executive assistant writing for the boss: stop marketing (objection)",
  ("Rosie Tennant", "rosie.tennant@ferncastle.example"), "Marketing emails to Julian Ashcombe",
  """Good afternoon,

I'm the Executive Assistant to Julian Ashcombe, Chief Executive of Ferncastle Holdings Ltd. He has asked me to get in touch because he is receiving several marketing emails a week from Massist CRM and its event team.

Please stop sending him marketing of any kind and remove him from your event and newsletter lists. His address is julian.ashcombe@ferncastle.example.

Many thanks,
Rosie

Rosie Tennant
Executive Assistant to the CEO
""", shape="alt", html_style="outlook", order="outlook", charset="windows-1252", cte="quoted-printable")

# 19
M(L, "request", "agent", ["rectification"], "Declan Moriarty", "Carrow Marine Services Ltd", "Siobhan Moriarty",
  "spouse writing for her husband; his employer in running text",
  ("Siobhan Moriarty", "siobhanm@eirpost.example"), "Phone number for my husband",
  """Hi there,

I'm writing for my husband, Declan Moriarty, as he's in hospital at the moment and can't get to his emails. He works at Carrow Marine Services Ltd and they use your system. His mobile number on there is an old one that got cut off, so customers and the office can't reach him.

Could you please change it to 087 555 0192? He's asked me to sort it and he's copied on this.

Thanks a million,
Siobhan Moriarty
""", charset="utf-8", cte="quoted-printable", cc="Declan Moriarty <declan.moriarty@eirpost.example>")

# 20
M(L, "request", "negation", ["access"], "Jamie Okonkwo", None, None,
  "explicit 'do NOT delete' beside an access request; name at end of a sentence followed by another sentence",
  ("J Okonkwo", "jokonkwo@freemail.example"), "copy of my data (NOT deletion)",
  """Hello, my name is Jamie Okonkwo. I've used Massist through two different jobs.

Just to be clear up front: I do NOT want my account deleted or closed, I still need it. I only want a copy of the personal data you hold on me so I can check it.

Thanks
""", charset="us-ascii", cte="7bit")

# 21
M(L, "request", "names", ["erasure"], "Yuki Nakamura", None, None,
  "name only in a 'Family, Given' From display name; body signed with initials",
  ("Nakamura, Yuki", "y.nakamura@tokai-mail.example"), "Please delete my photo and profile",
  """Hello,

Could you please delete the profile photo and the personal profile (hobbies, birthday) that were added to my Massist user account? I never agreed to this being visible to clients.

Best regards,
Y.N.
""", charset="utf-8", cte="7bit")

# 22
M(L, "request", "multi_right", ["access", "rectification", "erasure", "objection", "portability"],
  "Ruth Ashdown", "Quillon Systems Ltd", None,
  "numbered list of five rights; employer in running text",
  ("Ruth Ashdown", "ruth.ashdown@quillon.example"), "Several requests about my data",
  """Dear DPO,

I'm a solutions consultant at Quillon Systems Ltd, where Massist is our CRM. I have several requests:

1. Please send me a copy of all the personal data you hold about me.
2. My job title is wrong - it says "Junior Consultant", it should be "Solutions Consultant".
3. Please delete the notes about my sickness absence in 2022 which someone pasted into my contact record.
4. I object to my activity data being used to build "productivity profiles" of me.
5. Please provide my contact and activity data in a machine-readable format (CSV or JSON).

Thank you,
Ruth Ashdown
""", charset="utf-8", cte="quoted-printable")

# 23
M(L, "request", "access_items", ["access"], "Maarten van den Heuvel", None, None,
  "Art. 15(1)(a)-(h) items listed one by one; Dutch particle name in English mail",
  ("Maarten van den Heuvel", "mvdheuvel@polder-mail.example"), "Request under Article 15 GDPR",
  """Dear Sir or Madam,

Pursuant to Article 15 GDPR I request confirmation as to whether you process personal data concerning me and, where that is the case, access to that data and the following information:

(a) the purposes of the processing;
(b) the categories of personal data concerned;
(c) the recipients or categories of recipients, in particular recipients in third countries, and the safeguards under Article 46;
(d) the period for which the data will be stored, or the criteria used to determine it;
(e) the existence of the rights to rectification, erasure, restriction and objection;
(f) the right to lodge a complaint with a supervisory authority;
(g) where the data were not collected from me, any available information as to their source;
(h) the existence of automated decision-making, including profiling, and meaningful information about the logic involved.

Please also provide a copy of the data under Article 15(3).

Yours faithfully,
Maarten van den Heuvel
Amstelveen, Netherlands
""", charset="us-ascii", cte="7bit")

# 24
M(L, "request", "footer_rights", ["withdraw_consent"], "Bethany Clarke", "Orrin Data Services Limited", None,
  "consent withdrawal above an employer footer that lists every GDPR right",
  ("Bethany Clarke", "bethany.clarke@orrindata.example"), "Withdrawing consent - product feedback calls",
  """Hi,

Last year I ticked the box in Massist to be contacted for product feedback calls and user research. I'd like to withdraw that consent please - no more research invitations.

Cheers,
Bethany

Bethany Clarke | Customer Success Lead
Orrin Data Services Limited
Registered in England and Wales No. 09912345. Registered office: 3 Lowther Yard, Carlisle CA3 8XX.

PRIVACY NOTICE: Orrin Data Services Limited processes personal data in accordance with the UK GDPR. You have the right to access, rectify or erase your personal data, to restrict or object to processing, to data portability and to withdraw consent at any time. To exercise these rights contact privacy@orrindata.example. This email and any attachments are confidential.
""", shape="alt", html_style="outlook", order="outlook", charset="utf-8", cte="quoted-printable")

# 25
M(L, "request", "legal_anchor", ["nomination"], "Rakesh Kumar Venkataraman", "Veltrix Software Pvt. Ltd.", None,
  "DPDP Act 2023 s.14 nomination in Indian English; 'Shri' dropped; nominee is not an agent",
  ("Shri Rakesh Kumar Venkataraman", "rk.venkataraman@veltrix.example"),
  "Nomination under Section 14 of the DPDP Act, 2023",
  """Respected Sir/Madam,

I, Shri Rakesh Kumar Venkataraman, am a user of Massist CRM through my employer, Veltrix Software Pvt. Ltd., Bengaluru.

In exercise of my right under Section 14 of the Digital Personal Data Protection Act, 2023, I hereby nominate my daughter, Ms. Kavya Venkataraman (email: kavya.v@indmail.example, mobile +91 98450 00000), to exercise my rights as a Data Principal in the event of my death or incapacity.

Kindly record this nomination against my account and acknowledge the same.

Thanking you,
Yours faithfully,
Rakesh Kumar Venkataraman
Senior Manager - Finance
Veltrix Software Pvt. Ltd.
""", charset="utf-8", cte="quoted-printable")

# 26
M(L, "request", "legal_anchor", ["rectification", "objection"], "Thandiwe Nkosi", "Umhlanga Freight (Pty) Ltd", None,
  "POPIA s.24 correction + s.11(3)(b) objection to direct marketing; (Pty) Ltd employer in signature",
  ("Thandiwe Nkosi", "thandiwe.nkosi@umhlangafreight.example"), "POPIA request: correction and objection",
  """Good day,

In terms of section 24 of the Protection of Personal Information Act, 2013 (POPIA), I request that you correct my personal information: my ID number has been captured with two digits swapped and my surname appears as "Nkozi".

Further, in terms of section 11(3)(b) of POPIA, I object to the processing of my personal information for purposes of direct marketing by you or your partners.

Please confirm in writing.

Regards
Thandiwe Nkosi
Operations Coordinator | Umhlanga Freight (Pty) Ltd
Durban, KwaZulu-Natal
""", charset="utf-8", cte="base64")

# 27
M(L, "other", "not_request", [], "Marcus Oyelaran", "Fenwick Retail Ltd", None,
  "job application that mentions consent to keep the CV; sender's current employer as signed",
  ("Marcus Oyelaran", "marcus.oyelaran@inboxly.example"), "Application - Privacy Analyst (ref INN-PA-14)",
  """Dear Hiring Team,

I'd like to apply for the Privacy Analyst role advertised on your careers page (ref INN-PA-14). My CV is attached.

I have three years' experience handling subject access requests and DPIAs in retail. I consent to Innthink Technologies keeping my CV on file for 12 months for future vacancies.

I'm sending this to the DPO address as the careers form kept timing out - apologies if this should go elsewhere.

Kind regards,
Marcus Oyelaran
Data Protection Analyst, Fenwick Retail Ltd
""", charset="utf-8", cte="quoted-printable")

# 28
M(L, "other", "not_request", [], "Brooke Halvorsen", "Vaultline Compliance Inc.", None,
  "vendor sales pitch mentioning DSARs and GDPR",
  ("Brooke Halvorsen", "brooke@vaultline.example"), "Automate your DSAR backlog (15 min?)",
  """Hi there,

Quick one - teams like yours at Innthink usually spend 20+ hours a month on DSARs. Vaultline plugs into your CRM and ticketing stack and cuts that by around 70%, with a full GDPR/CCPA audit trail.

Worth a 15-minute call next week? I can also send over our DPA and SOC 2 report if helpful.

Best,
Brooke Halvorsen
Account Executive | Vaultline Compliance Inc.
Book time: https://meet.vaultline.example/brooke

Don't want to hear from me again? Just reply "no thanks".
""", shape="alt", html_style="gmail", charset="utf-8", cte="quoted-printable",
  headers=[("X-Mailer", "Outreach Sequence v4"), ("List-Unsubscribe", "<https://vaultline.example/u/8812>")])

# 29
M(L, "other", "not_request", [], "Arjun Pillai", None, None,
  "security researcher reporting an exposed endpoint, asks about disclosure/bounty, no rights",
  ("Arjun Pillai", "arjun.sec@hackerbox.example"), "Security issue: customer export endpoint without auth",
  """Hi,

I'm an independent security researcher. While testing the public Massist CRM API I found that the endpoint /v2/exports/{id} returns CSV exports of contact records without checking the session if you know the export id, and the ids are sequential. I have not downloaded anything beyond confirming two records exist (names redacted in my notes).

I'd like to report this responsibly. Do you have a security contact or a vulnerability disclosure programme / bug bounty? I'm happy to share the full write-up under embargo. I'll hold off publishing for 90 days.

Regards,
Arjun Pillai
PGP: 7A3C 19F0 55E2 0B7D 1C44  9E12 0A6B 3F87 21D0 4C9A
""", charset="us-ascii", cte="7bit")

# 30
M(L, "other", "not_request", [], "Michael Turner", None, None,
  "phishing dressed as a data request, with a credential-harvesting link",
  ("GDPR Compliance Team", "compliance-notice@dpo-secure-portal.example"),
  "URGENT: Data Subject Request pending - response overdue",
  """Dear Data Protection Officer,

A data subject access request has been submitted against your organisation and is now OVERDUE. Failure to respond within 48 hours may result in a penalty of up to 4% of annual turnover.

To view the request and the requester's identification documents, sign in with your Microsoft 365 account:

https://dpo-secure-portal.example/login?case=DSAR-88213&org=massistcrm

Regards,
Michael Turner
Case Handler, Data Rights Enforcement Desk
""", shape="html", html_style="web", charset="utf-8", cte="base64")

# 31
M(L, "bulk", "not_request", [], None, None, None,
  "privacy newsletter mentioning GDPR, DSARs and deletion requests; List-Unsubscribe",
  ("The Privacy Digest", "news@privacydigest.example"), "Privacy Digest #112: record fines, DSAR deadlines, and AI training data",
  """THE PRIVACY DIGEST - Issue #112

This week:
* Regulators issued record GDPR fines for ignored access requests
* How to handle "delete my data" requests when data sits in backups
* The CPRA regulations on opt-out preference signals are now in force
* Webinar: Right of access under Article 15 - practical guidance (Thursday, 2pm)

You are receiving this because you subscribed at privacydigest.example.
Unsubscribe: https://privacydigest.example/unsubscribe?u=dpo%40massistcrm.com
Privacy Digest Media Ltd, 1 Example Street, London
""", shape="alt", html_style="web", charset="utf-8", cte="quoted-printable",
  headers=[("List-Unsubscribe", "<https://privacydigest.example/unsubscribe?u=dpo%40massistcrm.com>, <mailto:unsub@privacydigest.example>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
           ("List-Id", "Privacy Digest <digest.privacydigest.example>"), ("Feedback-ID", "112:digest:pd")])

# 32
M(L, "auto_reply", "not_request", [], "Rachel Donnelly", None, None,
  "Outlook automatic reply with standard headers, signed by the absent person",
  ("Rachel Donnelly", "rachel.donnelly@keswickpartners.example"),
  "Automatic reply: Your request to Innthink Technologies [DPO-24-0933]",
  """Thank you for your email. I am out of the office until Monday 19 August with no access to email.

For anything urgent please contact our office on 017687 000 000.

Rachel Donnelly
Senior Account Manager
""", shape="alt", html_style="outlook", order="outlook", charset="utf-8", cte="quoted-printable",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "rachel.donnelly@keswickpartners.example")])

# 33
M(L, "auto_reply", "not_request", [], "Paul Hendry", None, None,
  "out-of-office without Auto-Submitted or other standard headers; declared us-ascii but 8-bit UTF-8 dash (mislabelled)",
  ("Paul Hendry", "paulhendry@oldisp.example"), "Out of Office: Re: Confirmation of your identity",
  """I'm away walking the West Highland Way until the 28th — no signal most days — and won't be checking emails. I'll reply when I'm back.

Paul Hendry
""", charset="us-ascii", codec="utf-8", cte="8bit")

# 34
M(L, "bounce", "not_request", [], None, None, None,
  "Postfix multipart/report DSN, user unknown, headers of original only",
  ("Mail Delivery System", "MAILER-DAEMON@mx1.massistcrm-relay.example"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.massistcrm-relay.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<k.doyle@oldjob.example>: host mx.oldjob.example[192.0.2.44] said: 550 5.1.1
    <k.doyle@oldjob.example>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", shape="dsn", charset="us-ascii", cte="7bit",
  headers=[("Auto-Submitted", "auto-replied")],
  dsn=dict(mta="mx1.massistcrm-relay.example", queue_id="4WkX2Q1Zt0z9sVB", sender="dpo@massistcrm.com",
           rcpt="k.doyle@oldjob.example", orig_rcpt="k.doyle@oldjob.example", status="5.1.1",
           remote_mta="mx.oldjob.example",
           diag="smtp; 550 5.1.1 <k.doyle@oldjob.example>: Recipient address rejected: User unknown in virtual mailbox table",
           human_disp="inline", cs_quoted=False,
           orig=dict(frm=("Data Protection Officer", "dpo@massistcrm.com"), to="k.doyle@oldjob.example",
                     subj="Your request DPO-24-0877 - identity check", lang="en", charset="utf-8", cte="7bit",
                     body="Dear Mr Doyle,\n\nThank you for your request. Please confirm...\n")))

# 35
M(L, "bounce", "not_request", [], None, None, None,
  "Exchange-style NDR: multipart/report with HTML alternative and the full original attached",
  ("Microsoft Outlook", "postmaster@hollowayhomes.example"),
  "Undeliverable: Re: Data deletion confirmation",
  """Your message to m.ferris@hollowayhomes.example couldn't be delivered.

m.ferris wasn't found at hollowayhomes.example.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using Outlook, open this message and delete the recipient from the auto-complete list.

Diagnostic information for administrators:
Generating server: AM9PR04MB0001.eurprd04.prod.outlook.example
m.ferris@hollowayhomes.example
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", shape="dsn", charset="us-ascii", cte="quoted-printable",
  dsn=dict(mta="AM9PR04MB0001.eurprd04.prod.outlook.example", rcpt="m.ferris@hollowayhomes.example",
           status="5.1.10", human_html=True, orig_mode="full",
           diag="smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
           orig=dict(frm=("Data Protection Officer", "dpo@massistcrm.com"), to="m.ferris@hollowayhomes.example",
                     subj="Re: Data deletion confirmation", lang="en", charset="utf-8", cte="quoted-printable",
                     body="Dear Mr Ferris,\n\nWe confirm that your personal data has been erased from Massist CRM.\n\nData Protection Office\n")))

# 36
M(L, "bounce", "not_request", [], None, None, None,
  "qmail bounce: plain text only, no multipart/report, original inline",
  (None, "MAILER-DAEMON@mail.smallhost.example"), "failure notice",
  """Hi. This is the qmail-send program at mail.smallhost.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<jo.pearce@smallhost.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <dpo@massistcrm.com>
Received: (qmail 21458 invoked from network); 3 Sep 2024 10:12:44 -0000
From: Data Protection Officer <dpo@massistcrm.com>
To: jo.pearce@smallhost.example
Subject: Your data access request

Dear Jo,

Please find attached the information you requested.
""", charset="us-ascii", cte="7bit", cs_quoted=False)

# 37
M(L, "request", "us_wording", ["opt_out_sale"], "Brandon Kowalczyk", None, None,
  "Colorado: opt out of sale + targeted advertising; explicit 'not asking you to delete' (negated right)",
  ("brandon k", "bkowalczyk.co@peakmail.example"), "Opt-out of sale / targeted advertising",
  """Hi,

I live in Denver. Your site ignores my browser's Global Privacy Control signal, so I'm doing this by email: please opt me out of the sale of my personal data and of its use for targeted advertising, under the Colorado Privacy Act.

I'm NOT asking you to delete my account or anything else - I still use Massist at work. Just stop selling/sharing my info for ads.

Thanks,
Brandon Kowalczyk
""", charset="utf-8", cte="7bit", flowed=True,
  headers=[("User-Agent", "Mozilla Thunderbird")])
