from common import m

m('en', 'plain_words', 'request', 'access', 'Gary Whitlock', None, None,
  'everyday wording asking what data is held',
  ('Gary Whitlock', 'gwhitlock77@postbox.example'), 'what do you have on me??',
  """Hi,

Got a weird email from your system last week with my name in it. I never signed up for anything called Massist. What have you got on me and where did you get it from?

Cheers
Gary Whitlock
""", shape='plain')

m('en', 'plain_words', 'request', 'erasure', 'Tamsin Ley', None, None,
  'sloppy short delete request, no legal words, typos',
  ('tamsin ley', 'tamsin.ley@quickmail.example'), 'remove me',
  """pls take me off whatever lists ur using and delete my stuff, i left that job in march and still getting crm emails addressed to me. thx

tamsin ley
""", cte='7bit')

m('en', 'legal_anchor', 'request', 'access', 'Oluwaseun Adebayo-Price', None, None,
  'UK GDPR Art. 15 and DPA 2018 citation, formal SAR',
  ('Oluwaseun Adebayo-Price', 'o.adebayoprice@northmail.example'), 'Subject Access Request under Article 15 UK GDPR',
  """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the UK General Data Protection Regulation and section 45 of the Data Protection Act 2018.

Please provide me with a copy of all personal data you hold about me, including any held within the Massist CRM platform on behalf of your customers where Innthink Technologies acts as controller.

To help you locate my data: I have used the email addresses o.adebayoprice@northmail.example and seun.ap@oldisp.example. My date of birth is 14/02/1988.

I look forward to your response within one calendar month, as the law requires.

Yours faithfully,

Oluwaseun Adebayo-Price
Flat 3, 22 Kessington Road
Leeds LS6 9ZZ
""", cs='us-ascii')

m('en', 'employer', 'request', 'rectification', 'Priya Raman', 'Halberd Logistics Ltd', None,
  'employer in signature under job title; correction request',
  ('Priya Raman', 'priya.raman@halberd-logistics.example'), 'Wrong surname in your system',
  """Hello,

Your platform keeps showing my surname as "Ramen" on every invoice reminder that goes out under my name. It's Raman. Could you please get this corrected wherever it is stored? It's a bit embarrassing with clients.

Many thanks,

Priya Raman
Senior Accounts Coordinator
Halberd Logistics Ltd
Unit 4, Marsh Lane Trading Estate
T: +44 1632 960 118
""")

m('en', 'names', 'request', 'erasure', "Siobhan O'Donoghue-Reyes", None, None,
  'display name in Family, Given form with apostrophe and hyphen',
  ("O'Donoghue-Reyes, Siobhan", 'sodr@fastpost.example'), 'Deletion please',
  """To whom it may concern,

Please delete all of the personal data you hold on me. I have no relationship with your company and have never consented to anything.

Regards,
Siobhan O'Donoghue-Reyes
""")

m('en', 'agent', 'request', 'access erasure', 'Marcus Feld', None, 'Helen Achterberg',
  'solicitor writing for a client, firm is agent not employer',
  ('Helen Achterberg', 'h.achterberg@achterberg-law.example'), 'Our client: Mr Marcus Feld - data subject request',
  """Dear Sir or Madam,

We act for Mr Marcus Feld in connection with his former employment with a customer of yours. A signed form of authority is available on request.

On our client's behalf we request, pursuant to Articles 15 and 17 UK GDPR:

(a) a copy of all personal data relating to Mr Feld which Innthink Technologies processes as controller; and
(b) once that copy has been provided, the erasure of that data.

Please direct all correspondence to this office quoting our reference HA/FEL/0042.

Yours faithfully

Helen Achterberg
Partner
Achterberg & Lowe Solicitors LLP
""", shape='alt', style='outlook')

m('en', 'form', 'request', 'access', 'Dwayne Kessler', 'Brightwater Dental Group', None,
  'web form robot mail with Reply-To and Auto-Submitted',
  ('Massist Website', 'noreply@forms.massistcrm.example'), 'New privacy request submission #48213',
  """A new submission was received from the Privacy Request form.

Name: Dwayne Kessler
Email: dkessler@brightwater-dental.example
Company: Brightwater Dental Group
Country: United States
Request type: Access my data
Message: I'd like to see everything your system stores about me as a user of our office CRM.

--
This e-mail was sent from a contact form on Massist CRM (https://www.massistcrm.example)
""", cs='us-ascii', hdr=[('Auto-Submitted', 'auto-generated'), ('Reply-To', ('Dwayne Kessler', 'dkessler@brightwater-dental.example'))])

m('en', 'multi_right', 'request', 'access rectification restriction portability', 'Elspeth Carrow', None, None,
  'numbered list of four rights',
  ('Elspeth Carrow', 'elspeth.carrow@fernhill.example'), 'Several requests regarding my personal data',
  """Dear DPO,

I would like to exercise the following rights regarding my data:

1. Access - please send me a copy of everything you hold.
2. Rectification - my postal address is out of date (it should be 9 Orchard Close, Bath BA2 0ZZ).
3. Restriction - while you check the above, please don't use my data for anything other than storing it.
4. Portability - the contact records I entered myself, in CSV or JSON please.

Thank you,
Elspeth Carrow
""")

m('en', 'negation', 'request', 'access', 'Ibrahim Saleh', None, None,
  'explicitly does NOT want deletion, only a copy',
  ('Ibrahim Saleh', 'ibrahim.saleh@cedarmail.example'), 'copy of my data (NOT deletion)',
  """Hello,

Just to be clear from the start: I do NOT want my account deleted or closed. I still use it every day.

What I want is a copy of the personal data you keep about me, including login history. That's all.

Thanks,
Ibrahim Saleh
""")

m('en', 'footer_rights', 'request', 'objection', 'Carla Menzies', 'Menzies & Finch Estate Agents', None,
  'marketing stop above a long footer listing GDPR rights',
  ('Carla Menzies', 'carla@menziesfinch.example'), 'Stop the sales emails',
  """Hi there,

Can you please stop sending me your marketing newsletters and sales offers? I never asked for them.

Thanks
Carla

Carla Menzies | Office Manager
Menzies & Finch Estate Agents
12 High Street, Totnes

PRIVACY NOTICE: Menzies & Finch processes personal data in accordance with the UK GDPR. You have the right to access, rectify or erase your data, to restrict or object to processing, to data portability and to withdraw consent at any time. To exercise these rights contact privacy@menziesfinch.example. This email and any attachments are confidential.
""", shape='html', style='outlook')

m('en', 'access_items', 'request', 'access', 'Nathaniel Brooks-Imai', None, None,
  'Art. 15 items enumerated: purposes, recipients, retention, source, ADM, complaint',
  ('Nathaniel Brooks-Imai', 'nbi@lanternpost.example'), 'Art. 15 GDPR request - full information',
  """Dear Sir/Madam,

Under Article 15 GDPR I request confirmation whether you process my personal data and, if so:

a) a copy of the data;
b) the purposes of the processing;
c) the categories of personal data concerned;
d) the recipients or categories of recipients, in particular in third countries;
e) the envisaged storage period or the criteria used to determine it;
f) the source of the data, where not collected from me;
g) the existence of automated decision-making, including profiling, with meaningful information about the logic involved;
h) information on my right to lodge a complaint with a supervisory authority.

Kind regards
Nathaniel Brooks-Imai
""")

m('en', 'us_wording', 'request', 'opt_out_sale', 'Kaylee Dunmore', None, None,
  'US "do not sell or share" wording',
  ('Kaylee Dunmore', 'kaylee.dunmore@sunmail.example'), 'Do Not Sell or Share My Personal Information',
  """Hello,

I am a California resident. Please do not sell or share my personal information with any third parties, including for cross-context behavioral advertising.

Kaylee Dunmore
Sacramento, CA
""", cs='us-ascii')

m('en', 'us_wording', 'request', 'access erasure limit_sensitive', 'Roberto Castellanos', None, None,
  'right to know + right to delete + limit sensitive PI; CA abbreviation not employer',
  ('Roberto Castellanos', 'rcastellanos@baymail.example'), 'CCPA requests',
  """To the Privacy Team,

Under the California Consumer Privacy Act (Cal. Civ. Code 1798.100 and 1798.105), I am exercising my right to know what personal information you have collected about me and my right to delete it.

In addition, under 1798.121, please limit the use of my sensitive personal information (including any precise geolocation you may have) to what is strictly necessary.

Roberto Castellanos
San Jose, CA 95110
""")

m('en', 'not_request', 'bounce', '', None, None, None,
  'Postfix multipart/report DSN for unknown user',
  ('Mail Delivery System', 'MAILER-DAEMON@mx2.massistcrm.com'), 'Undelivered Mail Returned to Sender',
  """This is the mail system at host mx2.massistcrm.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<a.petrov@oldcorp.example>: host mx.oldcorp.example[192.0.2.44] said: 550
    5.1.1 <a.petrov@oldcorp.example>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
""", shape='dsn', cs='us-ascii', cte='7bit', hdr=[('Auto-Submitted', 'auto-replied')],
  dsn=dict(mta='mx2.massistcrm.com', rcpt='a.petrov@oldcorp.example', diag='550 5.1.1 User unknown',
           osubj='Re: Your access request - reference DSR-2291'))

m('en', 'not_request', 'auto_reply', '', 'Fiona Hartigan', None, None,
  'out-of-office reply, signed',
  ('Fiona Hartigan', 'f.hartigan@greyline.example'), 'Automatic reply: Your data request DSR-3310',
  """Thank you for your email. I am out of the office until Monday 16 March with limited access to email.

For urgent matters please contact my colleague James on 020 7946 0321.

Kind regards,
Fiona Hartigan
""", hdr=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], shape='alt', style='outlook')

m('en', 'not_request', 'bulk', '', None, None, None,
  'newsletter that talks about GDPR rights, List-Unsubscribe',
  ('PrivacyPulse Weekly', 'newsletter@privacypulse.example'), 'PrivacyPulse #112: Five things DPOs get wrong about erasure requests',
  """PrivacyPulse Weekly - Issue 112

In this issue:
- Five things DPOs get wrong about the right to erasure
- The new EDPB guidance on access requests, summarised
- Webinar: handling data portability at scale

1. Erasure is not absolute. Article 17 lists exceptions that many teams forget...

You are receiving this because you subscribed at privacypulse.example. Unsubscribe: https://privacypulse.example/u/8d2f
""", hdr=[('List-Unsubscribe', '<https://privacypulse.example/u/8d2f>'), ('List-Id', 'PrivacyPulse <weekly.privacypulse.example>'), ('Precedence', 'bulk')], shape='alt', style='web')

m('en', 'not_request', 'other', '', 'Daniel Ochs', 'Verity Cloud Services Inc.', None,
  'vendor asking about a DPA, mentions rights, not a request',
  ('Daniel Ochs', 'daniel.ochs@veritycloud.example'), 'DPA and SCCs for our hosting agreement',
  """Hi,

We are renewing the hosting agreement with Innthink Technologies and our legal team asks whether you have an updated Data Processing Agreement including the 2021 Standard Contractual Clauses. Could you also confirm how you would pass on data subject requests (access, erasure etc.) that reach us as processor?

Best,
Daniel Ochs
Account Director, EMEA
Verity Cloud Services Inc.
""")

m('en', 'not_request', 'other', '', 'Hannah Leclair', None, None,
  'phishing dressed as an erasure request with a link',
  ('Data Request Centre', 'hannah.leclair@secure-docs.example'), 'URGENT: data deletion request pending - action required',
  """Dear Data Protection Officer,

A data subject has submitted an urgent erasure request regarding your organisation. The request and the identity documents are stored in our secure portal. Failure to respond within 24 hours may result in regulatory penalties.

View the request here: http://secure-docs.example/view?id=88123&login=dpo

Regards,
Hannah Leclair
Compliance Notifications
""", shape='html', style='web')

m('en', 'not_request', 'other', '', 'Jonah Petrakis', None, None,
  'job application mentioning consent to keep CV',
  ('Jonah Petrakis', 'jonah.petrakis@inboxly.example'), 'Application - Junior Privacy Analyst',
  """Dear Hiring Team,

Please find attached my CV for the Junior Privacy Analyst position. I hold a CIPP/E and have two years of experience handling subject access requests at a housing association.

I consent to you keeping my CV on file for 12 months for future vacancies.

Best wishes,
Jonah Petrakis
""", shape='mixed', att=[('Jonah_Petrakis_CV.pdf', 'application/pdf', b'%PDF-1.4\n% fake cv\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')])

m('en', 'agent', 'request', 'erasure', 'Lily Ashworth', None, 'Rebecca Ashworth',
  'parent writing for a 14-year-old child',
  ('Rebecca Ashworth', 'bex.ashworth@homemail.example'), 'my daughter\'s details',
  """Hello,

My daughter Lily Ashworth (she's 14) did a week of work experience at a local firm and they put her into their CRM, which apparently is your system. She's now getting emails from it. As her mum I'm asking you to delete her details completely please.

Thanks
Rebecca Ashworth
""")

m('en', 'agent', 'request', 'access', 'Thomas Greaves', 'Pellman Foods plc', 'Anita Shah',
  'HR forwards employee request as attached message/rfc822',
  ('Anita Shah', 'anita.shah@pellmanfoods.example'), 'FW: Request for my data',
  """Hello Innthink DPO team,

Please see the attached request from one of our employees, Thomas Greaves (Warehouse Supervisor, Pellman Foods plc). As you host our CRM, could you help us gather the data held about him in Massist? We are handling his request as controller and have 30 days.

Kind regards,
Anita Shah
HR Business Partner
Pellman Foods plc
""", shape='rfc822', inner=dict(frm=('Thomas Greaves', 'thomas.greaves@pellmanfoods.example'), to='hr@pellmanfoods.example',
  subj='Request for my data', body="""Hi Anita,

I'd like a copy of all the information the company holds about me, including whatever's in the CRM system. I think I'm entitled to this under GDPR.

Thanks,
Tom
Thomas Greaves
Warehouse Supervisor
""", fname='Request for my data.eml'))

m('en', 'legal_anchor', 'request', 'erasure objection', 'Thandiwe Mokoena', None, None,
  'POPIA s.11(3) objection and s.24 deletion (South Africa)',
  ('Thandiwe Mokoena', 't.mokoena@jozimail.example'), 'POPIA request - objection and deletion',
  """Good day,

In terms of section 11(3) of the Protection of Personal Information Act 4 of 2013 (POPIA) I object to the processing of my personal information for direct marketing. I further request, in terms of section 24, that you delete all personal information relating to me.

Please confirm in writing once done.

Thandiwe Mokoena
Randburg, Johannesburg
""")

m('en', 'legal_anchor', 'request', 'access rectification grievance', 'Aarav Kulkarni', 'Sahyadri Fintech Pvt. Ltd.', None,
  'India DPDP Act 2023 ss.11, 12, 13 with employer',
  ('Aarav Kulkarni', 'aarav.kulkarni@sahyadrifin.example'), 'Request under DPDP Act 2023 - Sections 11, 12 and 13',
  """Dear Grievance Officer / DPO,

My employer Sahyadri Fintech Pvt. Ltd. uses Massist CRM. I hereby request:

- under Section 11 of the Digital Personal Data Protection Act, 2023, a summary of my personal data being processed and the processing activities;
- under Section 12, correction of my mobile number, which is wrongly recorded as +91 98xxx 11200 (correct: +91 98xxx 11290).

I also register a grievance under Section 13: I raised this with your support desk on 3 February (ticket 55102) and got no answer.

Regards,
Aarav Kulkarni
Pune
""")

m('en', 'names', 'request', 'access', 'Xu Wenjing', None, None,
  'Chinese name written family-first in English mail, lowercase display name',
  ('xu wenjing', 'xwj1990@mailhub.example'), 'personal data copy',
  """Dear Sir or Madam,

I would like to receive a copy of my personal data which your company store. My name is XU Wenjing (family name Xu), I used your CRM at my former job in Manchester.

Thank you very much.
Xu Wenjing
""")

m('en', 'plain_words', 'request', 'rectification', 'Bernadette Kowal', None, None,
  'reply with quoted thread, fix wrong address',
  ('Bernadette Kowal', 'bernie.kowal@dalemail.example'), 'Re: Your request DSR-4120',
  """Hiya, still not fixed! The letters keep going to my old flat. New address is 41 Pennine Way, Hebden Bridge. Please just change it.

Bernadette Kowal

On Tue, 3 Mar 2026 at 10:12, Innthink DPO <dpo@massistcrm.com> wrote:
> Dear Ms Kowal,
>
> Thank you for contacting us. Could you please confirm the address you
> would like us to record?
>
> Kind regards,
> Data Protection Office
> Innthink Technologies
""", reply=True, cte='quoted-printable')
