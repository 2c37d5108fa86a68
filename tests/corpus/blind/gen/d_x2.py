from common import m

m('en', 'names', 'request', 'rectification', 'Johannes van der Merwe', 'Karoo Solar (Pty) Ltd', None,
  'Afrikaans particle van der, name at sentence end followed by another sentence',
  ('van der merwe johannes', 'jvdm@karoosolar.example'), 'Name spelling',
  """Hi,

Your system lists me as "John Vandermerwe" but my name is Johannes van der Merwe. Please fix it everywhere, including the email signature template you generate for our sales staff.

Thanks
Johannes
Karoo Solar (Pty) Ltd | Sales Engineer
""")

m('hu', 'agent', 'request', 'access erasure', 'Varga Dániel', None, 'Kiss Andrea',
  'ügyvéd ügyfél nevében, dr. elhagyva, családnév elöl',
  ('dr. Kiss Andrea ügyvéd', 'iroda@kiss-ugyvedi.example'), 'Varga Dániel ügyfelem adatai',
  """Tisztelt Adatvédelmi Tisztviselő!

Ügyfelem, Varga Dániel megbízásából (meghatalmazás csatolva) kérem, hogy a GDPR 15. cikke alapján küldjék meg részére a róla kezelt személyes adatok másolatát, majd a 17. cikk alapján töröljék azokat.

Tisztelettel:
dr. Kiss Andrea
ügyvéd
""")

m('cs', 'form', 'request', 'erasure', 'Ondřej Havlíček', 'Pivovar Pod Skalou a.s.', None,
  'webový formulář s poli, a.s.',
  ('Massist formulář', 'noreply@forms.massistcrm.example'), 'Nový požadavek subjektu údajů',
  """Jméno a příjmení: Ondřej Havlíček
Společnost: Pivovar Pod Skalou a.s.
E-mail: ondrej.havlicek@pivovarpodskalou.example
Typ požadavku: Výmaz osobních údajů
Zpráva: Už u vašeho zákazníka nepracuji, smažte prosím mé údaje.
""", hdr=[('Reply-To', 'ondrej.havlicek@pivovarpodskalou.example'), ('Auto-Submitted', 'auto-generated')], shape='plain', cs='iso-8859-2', cte='quoted-printable')

m('ro', 'footer_rights', 'request', 'access', 'Adrian Ionescu', 'Carpați Construct S.A.', None,
  'acces deasupra unui subsol cu drepturile GDPR',
  ('Adrian Ionescu', 'adrian.ionescu@carpaticonstruct.example'), 'Copie date personale',
  """Bună ziua,

Vă rog să-mi trimiteți o copie a datelor personale pe care le dețineți despre mine.

Cu stimă,
Adrian Ionescu
Inginer șef
Carpați Construct S.A.

Acest mesaj este confidențial. Conform GDPR, aveți dreptul de acces, rectificare, ștergere, restricționare, portabilitate și opoziție.
""", shape='html', style='outlook')

m('es', 'agent', 'request', 'access rectification', 'Itzel Hernández', 'Grupo Textil Yucateco S.A. de C.V.', 'Rodrigo Balam',
  'RR. HH. en México reenvía solicitud ARCO de empleada como message/rfc822',
  ('Rodrigo Balam', 'rbalam@gtyucateco.example'), 'RV: Solicitud ARCO',
  """Buen día,

Les reenvío adjunta la solicitud de nuestra colaboradora Itzel Hernández. Les pedimos apoyo con la información que está en Massist.

Saludos cordiales,
Rodrigo Balam
Capital Humano
Grupo Textil Yucateco S.A. de C.V.
""", shape='rfc822', inner=dict(frm=('Itzel Hernández', 'ihernandez@gtyucateco.example'), to='capitalhumano@gtyucateco.example',
  subj='Solicitud ARCO', body="""Hola Rodrigo,

Quiero ejercer mis derechos de acceso y rectificación: saber qué datos tienen de mí y corregir mi CURP, que está mal capturada.

Gracias,
Itzel Hernández
Analista de Compras, Grupo Textil Yucateco S.A. de C.V.
""", cs='iso-8859-1', cte='quoted-printable'))

m('ko', 'names', 'request', 'access', '이서준', None, None,
  '영문 표시 이름 Lee, Seo-jun; 한글 이름은 본문 서명',
  ('Lee, Seo-jun', 'seojun.lee@naver-mail.example'), '개인정보 열람 요청',
  """안녕하세요. 저는 이서준입니다. 귀사가 보유한 제 개인정보의 열람을 요청드립니다.

이서준 드림
""")

m('sv', 'not_request', 'bounce', '', None, None, None,
  'svensk studsrapport',
  ('Mail Delivery System', 'MAILER-DAEMON@mx.massistcrm.com'), 'Meddelandet kunde inte levereras',
  """Ditt meddelande kunde inte levereras till följande mottagare:

per.lund@gammalfirma.example
Mottagarens brevlåda finns inte.
""", shape='dsn', dsn=dict(mta='mx.massistcrm.com', rcpt='per.lund@gammalfirma.example', diag='550 5.1.1 Mailbox does not exist'))

m('pl', 'not_request', 'bulk', '', None, None, None,
  'newsletter o RODO',
  ('Biuletyn Ochrony Danych', 'biuletyn@ochrona-danych-info.example'), 'Biuletyn: UODO o prawie dostępu do danych',
  """Biuletyn Ochrony Danych – nr 21

- UODO wyjaśnia zasady realizacji prawa dostępu
- Kary za nieusunięcie danych – przegląd orzecznictwa

Rezygnacja z subskrypcji: https://ochrona-danych-info.example/wypisz
""", hdr=[('List-Unsubscribe', '<https://ochrona-danych-info.example/wypisz>'), ('Precedence', 'bulk')], shape='alt', style='web', cs='iso-8859-2')

m('de', 'plain_words', 'request', 'rectification erasure', 'Gülşen Yıldırım', None, None,
  'Alltagssprache, türkischer Name in deutscher Mail, Antwort mit Zitat',
  ('Gülşen Yıldırım', 'guelsen.y@web-post.example'), 'AW: Ihre Anfrage',
  """Hallo,

ja genau, die Handynummer 0170 … ist nicht mehr meine, die gehört jetzt jemand anderem. Bitte richtige Nummer eintragen: 0151 0000 4412. Und die alte Adresse in Köln-Kalk bitte ganz rausnehmen.

Gruß Gülşen Yıldırım

Am 04.03.2026 um 11:20 schrieb Datenschutz Innthink <dpo@massistcrm.com>:
> Sehr geehrte Frau Yıldırım,
> können Sie uns bitte mitteilen, welche Angaben nicht mehr stimmen?
> Freundliche Grüße
> Ihr Datenschutzteam
""", reply=True)

m('ja', 'form', 'request', 'objection', '高橋 美咲', '株式会社さくら物流', None,
  'フォーム通知メール、Reply-To',
  ('Massist お問い合わせフォーム', 'noreply@forms.massistcrm.example'), '【お問い合わせ】個人情報の取扱いについて',
  """お問い合わせフォームから送信がありました。

お名前：高橋 美咲
会社名：株式会社さくら物流
メール：misaki.takahashi@sakura-butsuryu.example
お問い合わせ種別：広告メールの停止
内容：営業・広告のメールを今後送らないでください。
""", hdr=[('Reply-To', 'misaki.takahashi@sakura-butsuryu.example'), ('Auto-Submitted', 'auto-generated')], cs='iso-2022-jp', shape='plain')
