from common import m

m('en', 'us_wording', 'request', 'opt_out_sale', 'Brandon Whitfield', None, None,
  'opt out of targeted advertising (Virginia/Colorado wording), GPC mention',
  ('Brandon Whitfield', 'bwhitfield@riverbend.example'), 'Opt out of targeted advertising',
  """Hi,

I live in Richmond, VA. Under the Virginia Consumer Data Protection Act I want to opt out of the processing of my personal data for targeted advertising and the sale of my data. My browser also sends a Global Privacy Control signal, which I expect you to honor.

Brandon Whitfield
""", cs='us-ascii')

m('en', 'us_wording', 'request', 'access rectification', 'Denise Okafor', 'Lakeshore Medical Billing LLC', None,
  'right to know + right to correct, employer LLC in signature',
  ('Denise Okafor', 'dokafor@lakeshore-billing.example'), 'Right to know / right to correct',
  """Hello Privacy Team,

I am submitting a request under the CCPA as amended by the CPRA:

- Right to know: the specific pieces of personal information you have collected about me, the categories of sources, and the third parties you disclosed it to.
- Right to correct: my job title is listed as "Billing Clerk"; it should be "Billing Operations Manager".

Thank you,

Denise Okafor
Billing Operations Manager
Lakeshore Medical Billing LLC
Oakland, CA 94607
""", shape='alt', style='outlook')

m('en', 'us_wording', 'request', 'opt_out_sale limit_sensitive erasure', 'Tyler Nguyen', None, None,
  'three US rights from a web form checkbox list',
  ('Massist Privacy Portal', 'privacy-portal@forms.massistcrm.example'), '[Privacy Portal] New consumer request #CR-20771',
  """Consumer Privacy Request

Full name: Tyler Nguyen
Email: tyler.nguyen@sunmail.example
State of residence: California
Company: (left blank)
Requests selected:
 [x] Do Not Sell or Share My Personal Information
 [x] Limit the Use of My Sensitive Personal Information
 [x] Delete My Personal Information
 [ ] Right to Know
 [ ] Correct My Personal Information
Verification: email confirmed
""", hdr=[('Auto-Submitted', 'auto-generated'), ('Reply-To', 'tyler.nguyen@sunmail.example')], shape='plain', cs='us-ascii')

m('en', 'agent', 'request', 'erasure opt_out_sale', 'Megan Caldwell', None, 'Jordan Pike',
  'privacy request service acting as authorized agent with named person',
  ('Jordan Pike via ClearTrace', 'requests@cleartrace-agent.example'), 'Authorized agent request on behalf of Megan Caldwell',
  """To the Privacy Officer of Innthink Technologies,

ClearTrace Inc. is the authorized agent of the consumer named below and submits this request under Cal. Civ. Code 1798.105, 1798.120 and 1798.135. A signed authorization is attached.

Consumer: Megan Caldwell
Email: megcaldwell@inboxly.example
Requests: (1) delete all personal information; (2) do not sell or share personal information.

Please respond to this address within 45 days.

Jordan Pike
Privacy Request Specialist, ClearTrace Inc.
""", shape='mixed', att=[('authorization_caldwell.pdf', 'application/pdf', b'%PDF-1.4\n%auth\n%%EOF\n')])

m('en', 'multi_right', 'request', 'automated_decision access', 'Ruth Abernethy', 'Kestrel Recruitment Partners Ltd', None,
  'contests automated lead-scoring decision, asks for human review and logic',
  ('Ruth Abernethy', 'ruth.abernethy@kestrel-recruit.example'), 'Automated scoring decision - request for human review',
  """Dear DPO,

My manager at Kestrel Recruitment Partners Ltd tells me that Massist's "performance insights" module automatically flagged me as a "low engagement" consultant, which was then used to cut my commission tier. I contest that decision under Article 22 UK GDPR and ask that a human being reviews it.

Please also tell me what data about me was used and the logic behind the score.

Ruth Abernethy
Senior Consultant
""")

m('en', 'multi_right', 'request', 'grievance erasure', 'Colin McTavish', None, None,
  'escalation inside the company after ignored request, regulator only mentioned',
  ('Colin McTavish', 'colin.mctavish@glenmail.example'), 'FORMAL COMPLAINT - ignored deletion request',
  """To whoever is in charge of data protection,

I am making a formal complaint. I asked your support team to delete my details on 14 January and again on 2 February. Both times I got an automated "we're on it" and nothing happened. I'm still getting mail.

Please escalate this to a manager, delete my data, and confirm in writing. If this isn't sorted within two weeks I'll be going to the ICO.

Colin McTavish
Inverness
""", cs='iso-8859-1')

m('en', 'negation', 'request', 'portability', 'Amelia Stroud', None, None,
  'earlier erasure reported done, now asks portability; negated objection',
  ('Amelia Stroud', 'amelia.stroud@fernmail.example'), 'Export of my contacts',
  """Hello,

Last year you deleted my old account at my request, thank you, that was done properly. I now have a new account through my new job and I'm happy to receive your emails this time, so no need to remove me from anything.

What I need is an export of the contacts and notes I entered in my current account in a machine-readable format (CSV is fine), so I can take them with me.

Best,
Amelia Stroud
""")

m('en', 'names', 'request', 'access', 'Jean-Luc Abara', None, None,
  'name ends a sentence followed by another sentence; no signature',
  ('jlabara', 'jlabara@quickmail.example'), 'data request',
  """Hello, my name is Jean-Luc Abara. Please send me a copy of all data you hold on me. I used to work for one of your clients in Bristol and my work address was jl.abara@oldbristolco.example. Thanks.
""", cs='us-ascii', cte='7bit')

m('en', 'names', 'request', 'erasure', 'Eoin Mac Suibhne', None, None,
  'Irish particle name in an English mail, PhD post-nominal dropped',
  ('Eoin Mac Suibhne PhD', 'e.macsuibhne@uni-mail.example'), 'Please delete my data',
  """Dear Sir/Madam,

I would be grateful if you could erase any personal data you hold about me. I have no account with you and did not consent to being contacted.

With thanks,
Eoin Mac Suibhne, PhD
""")

m('en', 'employer', 'request', 'access', 'Kwame Asante', 'Goldcoast Agritech (Pty) Ltd', None,
  'employer given as "from X" in first line, (Pty) Ltd',
  ('Kwame Asante', 'kasante@goldcoast-agri.example'), 'Access to my personal information',
  """Good afternoon,

This is Kwame from Goldcoast Agritech (Pty) Ltd - we use Massist for our sales team. In terms of section 23 of POPIA I would like to know what personal information about me is held on your side, and who it has been shared with.

Regards
Kwame Asante
""")

m('en', 'employer', 'request', 'erasure', 'Lucy Tran', 'Harbourside Veterinary Group Pty Ltd', None,
  'Australian, letterhead-style company line above text',
  ('Lucy Tran', 'lucy.tran@harbourside-vets.example'), 'Removal of my details',
  """HARBOURSIDE VETERINARY GROUP PTY LTD
Practice Administration

Hi team,

I'm finishing up with Harbourside Veterinary Group Pty Ltd at the end of the month. Could you please remove my personal details (mobile, home address) from your systems once my user is deactivated?

Thanks heaps,
Lucy Tran
""")

m('en', 'footer_rights', 'request', 'rectification', 'Graham Poole', 'Poole & Daughters Ltd', None,
  'rectification above a long confidentiality + rights footer; cp1252 quotes labelled iso-8859-1',
  ('Graham Poole', 'graham@poole-daughters.example'), 'Wrong company name on my record',
  """Morning,

Your system has my company down as “Poole and Sons”. It’s been Poole & Daughters Ltd since 2019 – please correct.

Graham Poole
Managing Director
Poole & Daughters Ltd

________________________________
This email is confidential and intended solely for the addressee. If you have received it in error please notify the sender. Poole & Daughters Ltd is registered in England No. 00000000. Our privacy notice explains your rights of access, erasure, objection and portability: poole-daughters.example/privacy.
""", cs='mis:iso-8859-1:windows-1252')

m('en', 'access_items', 'request', 'access', 'Samira Haddad', None, None,
  'asks specifically about recipients, retention, transfers and source, plus a copy',
  ('Samira Haddad', 'samira.haddad@lanternpost.example'), 'SAR - recipients, retention and source',
  """Dear Data Protection Officer,

Please treat this as a subject access request. In addition to a copy of my data, I would like to know:

* who you have disclosed my data to (names of recipients, not just categories);
* how long you will keep it;
* whether it has been transferred outside the UK/EEA and under what safeguards;
* where you obtained it, since I never gave it to you;
* whether any automated decisions or profiling are made about me.

I am aware of my right to complain to the ICO.

Samira Haddad
""", shape='html', style='gmail')

m('en', 'form', 'request', 'rectification', 'Patrick Doherty', 'Doherty Haulage Ltd', None,
  'helpdesk ticket notification from Zendesk-like tool',
  ('Massist Support', 'support@massistcrm.example'), '[Ticket #77310] Update my personal details',
  """##- Please type your reply above this line -##

New ticket #77310 created via web widget

Requester: Patrick Doherty (pdoherty@doherty-haulage.example)
Organization: Doherty Haulage Ltd
Category: Privacy / Personal data
Priority: Normal

Description:
my surname is spelt Docherty on all the emails you send out for us, it should be Doherty. please fix

--
Massist Support | Powered by HelpDeskly
""", hdr=[('Auto-Submitted', 'auto-generated'), ('Reply-To', ('Patrick Doherty', 'pdoherty@doherty-haulage.example'))], shape='alt', style='web')

m('en', 'agent', 'request', 'nomination erasure', 'Harold Jennings', None, 'Susan Jennings',
  'nominee registers the nomination and asks erasure of the deceased father\'s data',
  ('Susan Jennings', 'sue.jennings@homemail.example'), 'My late father Harold Jennings',
  """Dear Data Protection Officer,

My father, Harold Jennings, passed away on 3 January. Before his death he named me, in writing, as the person to exercise his data rights after his death; a copy of that document and of the death certificate are attached.

As his nominee, I ask that you record me as such and close and erase his records.

Yours sincerely,
Susan Jennings
""")

m('en', 'agent', 'request', 'access', 'Mohammed Iqbal', 'Northern Rail Services Ltd', 'Claire Whitmore',
  'HR forwards employee request inline with Outlook header block',
  ('Whitmore, Claire', 'claire.whitmore@nrs-ltd.example'), 'FW: SAR',
  """Hi,

Forwarding the request below from our employee. Grateful if you could let us know what Massist holds on him.

Claire Whitmore
People Team, Northern Rail Services Ltd

From: Mohammed Iqbal <m.iqbal@nrs-ltd.example>
Sent: 11 March 2026 14:02
To: People Team <people@nrs-ltd.example>
Subject: SAR

Hi, I'd like to make a subject access request for all data the company holds on me, including in the CRM and the call recording system. Mohammed Iqbal, Depot Controller, Northern Rail Services Ltd
""", shape='html', style='outlook')

m('en', 'not_request', 'bounce', '', None, None, None,
  'Exchange-style NDR with message/rfc822 original',
  ('Microsoft Outlook', 'postmaster@outlook-relay.example'), 'Undeliverable: Your request reference DSR-4471',
  """Delivery has failed to these recipients or groups:

m.ferreira@closedco.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Generating server: outlook-relay.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", shape='dsn', dsn=dict(mta='outlook-relay.example', rcpt='m.ferreira@closedco.example', status='5.1.10',
  diag='550 5.1.10 RESOLVER.ADR.RecipientNotFound', osubj='Your request reference DSR-4471',
  full='Dear Mr Ferreira,\n\nWe have received your request and will respond within one month.\n\nData Protection Office\n'))

m('en', 'not_request', 'auto_reply', '', None, None, None,
  'ticket-system auto acknowledgment, unsigned',
  ('Acme Helpdesk', 'helpdesk@acme-widgets.example'), 'Re: [#88231] We received your message',
  """This is an automated response. Your message has been received and assigned ticket number #88231. A member of our team will respond within 2 business days. Please do not reply to this email.
""", hdr=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')], cs='us-ascii')

m('en', 'not_request', 'bulk', '', None, None, None,
  'vendor marketing webinar invite mentioning CCPA and DSAR automation',
  ('RightsFlow Events', 'events@rightsflow.example'), 'Webinar: Automate 90% of your DSARs before CPRA audits',
  """Hi there,

Join our live webinar on 24 April: "Automate 90% of your DSARs". We'll show how RightsFlow handles access, deletion and opt-out of sale requests end to end.

Register now: https://rightsflow.example/webinar

RightsFlow Inc., 100 Market St, San Francisco, CA
Unsubscribe | Manage preferences
""", hdr=[('List-Unsubscribe', '<https://rightsflow.example/unsub?u=2231>'), ('Precedence', 'bulk')], shape='alt', style='web')

m('en', 'not_request', 'other', '', 'Martina Kovacs', 'Bluepeak Analytics Ltd', None,
  'general question from a customer admin about retention settings',
  ('Martina Kovacs', 'martina.kovacs@bluepeak.example'), 'Retention settings question',
  """Hi,

Quick question - as the admin for our Massist account, can I configure how long deleted contacts stay in the recycle bin before being purged? Our own DPO wants to document it.

Thanks,
Martina Kovacs
IT Administrator, Bluepeak Analytics Ltd
""")

m('en', 'plain_words', 'request', 'objection', 'Dot', None, None,
  'elderly sender, all caps, first name only',
  ('dot', 'dot.h1944@oldmail.example'), 'PLEASE STOP',
  """PLEASE STOP SENDING ME THESE EMAILS I DONT KNOW WHO YOU ARE AND I DONT WANT ANY OFFERS. MY GRANDSON SAYS YOU HAVE TO STOP IF I ASK.

DOT
""", cs='us-ascii', cte='7bit')

m('en', 'plain_words', 'request', 'access erasure', 'Liam Fairbairn', None, None,
  'casual two-step: show me then bin it; reply with quote',
  ('Liam Fairbairn', 'liam.fairbairn@quickmail.example'), 'Re: Re: who are you',
  """ok thanks for explaining. so can you send me whatever you've got on me and then bin the lot? ta

Liam Fairbairn

> On 2 Mar 2026, at 09:40, Data Protection Office <dpo@massistcrm.com> wrote:
>
> Hi Liam, Innthink Technologies provides the Massist CRM used by one of
> your former employers. Let us know if you want to exercise any of your
> rights regarding this data.
""", reply=True)

m('en', 'legal_anchor', 'request', 'access', 'Wei Ling Tan', 'Straits Marine Engineering Pte. Ltd.', None,
  'Singapore PDPA s.21 access, Pte. Ltd.',
  ('Tan Wei Ling', 'weiling.tan@straitsmarine.example'), 'Access request under section 21 PDPA',
  """Dear Data Protection Officer,

Pursuant to section 21 of the Personal Data Protection Act 2012 (Singapore), I request access to my personal data in your possession and information about the ways it has been used or disclosed in the past year.

I work for Straits Marine Engineering Pte. Ltd., one of your customers.

Regards,
Wei Ling Tan
""")

m('en', 'multi_right', 'request', 'restriction objection withdraw_consent', 'Felix Obermann', None, None,
  'three rights phrased in prose, no list',
  ('Felix Obermann', 'felix.obermann@lanternpost.example'), 'Consent and marketing',
  """Hello,

I'm writing because I no longer agree to you using my photo and testimonial on your website, so please treat this as me withdrawing my consent. I also object to receiving any direct marketing. And while you're reviewing whether you need to keep my account data at all, I'd ask you to restrict its use to storage only.

Regards,
Felix Obermann
""")
