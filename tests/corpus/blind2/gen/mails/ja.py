from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="佐藤健太", note="plain Japanese, casual-polite", ua="gmail", cs="utf-8",
 frm=("佐藤健太", "kenta.sato@mail-jp.example"), subj="私の情報について",
 body="""突然のメールすみません。

最近、知らない不動産会社から何度も電話がかかってきて、「Massistに登録されていた番号」だと言われました。
そちらでは私のどんな情報を持っているんでしょうか。どこから手に入れたのかも教えてください。

佐藤健太
"""),

dict(cls="legal_anchor", rights=["access", "rectification"], name="田中美咲", emp="株式会社北斗システム", note="APPI 第33条 開示 + 第34条 訂正; 株式会社 employer; iso-2022-jp", ua="thunderbird", cs="iso-2022-jp", hmode="B",
 frm=("田中 美咲", "misaki.tanaka@hokuto-sys.example"), subj="保有個人データの開示及び訂正のご請求",
 body="""Innthink Technologies
個人情報保護ご担当者様

株式会社北斗システム 営業部の田中美咲と申します。

個人情報の保護に関する法律第33条に基づき、貴社が保有する私の保有個人データの開示を請求いたします。
あわせて、同法第34条に基づき、登録されている私の役職名（「主任」となっておりますが、正しくは「課長」です）の訂正をお願いいたします。

お手数をおかけしますが、よろしくお願い申し上げます。

田中美咲
株式会社北斗システム 営業部 課長
"""),

dict(cls="names", rights=["erasure"], name="山本 隆", note="family-name-first with space; romaji display 'Yamamoto Takashi'; shift_jis label with cp932-only circled digits", ua="outlook", cs="cp932", cs_label="shift_jis", cte="base64", hcs="iso-2022-jp",
 frm=("Yamamoto Takashi", "t.yamamoto@mail-jp.example"), subj="アカウント削除のお願い",
 body="""ご担当者様

以下の対応をお願いいたします。

①2022年に作成した試用アカウントの削除
②上記アカウントに紐づく私の個人情報すべての削除

現在はサービスを利用しておりません。

山本 隆
"""),

dict(cls="employer", rights=["objection"], name="中村由美", emp="株式会社みなと物産", note="employer in parentheses '弊社（株式会社みなと物産）'; stop marketing", ua="apple", cs="utf-8", cte="base64",
 frm=("中村由美", "y.nakamura@minato-bussan.example"), subj="営業メールの停止について",
 body="""お世話になっております。

弊社（株式会社みなと物産）ではMassistを利用しておりますが、私個人宛てに新機能のご案内やセミナーのお誘いが毎週届いております。
今後、私の情報を宣伝・営業目的で利用しないようお願いいたします。

中村由美
"""),

dict(cls="agent", rights=["erasure"], name="小林翔", emp="東洋精機株式会社", agent="伊藤さくら", note="Japanese HR inline-forward of retired employee's deletion request; iso-2022-jp", ua="outlook", cs="iso-2022-jp", hmode="B",
 frm=("伊藤 さくら", "s.ito@toyo-seiki.example"), subj="FW: 個人情報削除のお願い",
 body="""Innthink Technologies
個人情報保護ご担当者様

東洋精機株式会社 人事部の伊藤です。
先月退職した小林翔より、下記の依頼がございましたので転送いたします。
弊社の管理画面からはアカウントを無効化済みですが、貴社側に残っている情報の削除をお願いできますでしょうか。

伊藤さくら
東洋精機株式会社 人事部

-----Original Message-----
From: 小林 翔 <sho.kobayashi.private@mail-jp.example>
Sent: Monday, June 2, 2025 9:15 AM
To: 伊藤 さくら <s.ito@toyo-seiki.example>
Subject: 個人情報削除のお願い

伊藤さん

お世話になっております。小林翔です。
退職しましたので、Massist上の私の情報（写真、携帯番号、住所）をすべて削除していただけますか。
よろしくお願いします。

小林
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="高橋誠", note="Japanese out-of-office", ua="outlook", cs="iso-2022-jp", hmode="B",
 frm=("高橋 誠", "makoto.takahashi@sakura-denki.example"), subj="自動応答: 【ご連絡】個人情報に関するお問い合わせ", hdrs=ooo_hdrs("exchange"),
 body="""メールありがとうございます。
8月9日から8月18日まで夏季休暇のため不在にしております。
期間中はメールの確認ができませんので、ご了承ください。
お急ぎの場合は代表番号（03-0000-0000）までご連絡ください。

高橋誠
"""),
]
