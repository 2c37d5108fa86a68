# Japanese letters (15).

LETTERS = [
# 001
dict(cls="plain_words", rights=["access"], name="中村 彩", emp=None, agent=None,
     note="'私の情報って何が登録されてますか' casual polite, iso-2022-jp",
     frm=("中村 彩", "aya.nakamura@kmail.example"), subj="私の情報について",
     cs="iso-2022-jp", cte="7bit",
     body="""
はじめまして。中村と申します。

勤め先がそちらのCRMを使っているそうなのですが、私についてどんな情報が登録されているのか気になっています。
登録されている内容を全部見せていただくことはできますか？

よろしくお願いします。

中村 彩
"""),
# 002
dict(cls="plain_words", rights=["erasure"], name="小林 健二", emp=None, agent=None,
     note="'私のデータを全部消してください', Shift_JIS base64",
     frm=("小林 健二", "kobayashi.k@mobile-jp.example"), subj="データの削除をお願いします",
     cs="shift_jis", cte="base64",
     body="""
お世話になります。

以前トライアルに登録しましたが、もう使っていません。
私の名前、電話番号、メールアドレスなど、そちらにあるデータを全部消してください。

小林 健二
"""),
# 003
dict(cls="plain_words", rights=["objection"], name="渡辺 誠", emp=None, agent=None,
     note="stop sales calls and don't use my data for analysis, irritated",
     frm=("渡辺 誠", "watanabe.makoto@plala-mail.example"), subj="営業電話をやめてください",
     cs="iso-2022-jp", cte="7bit",
     body="""
毎週のように営業の電話がかかってきます。
興味はありませんので、もう電話をかけてこないでください。

また、私の情報を「分析」や「スコアリング」などに使うのもやめてください。

渡辺 誠
"""),
# 004
dict(cls="plain_words", rights=["automated_decision"], name="松本 大輔", emp=None, agent=None,
     note="rejected by the system automatically; wants a person to look again",
     frm=("松本 大輔", "d.matsumoto@ocn-mail.example"), subj="自動で不採用にされた件",
     cs="utf-8", cte="quoted-printable",
     body="""
突然のご連絡失礼いたします。

御社のシステムを使っている人材会社に応募したところ、深夜に数分で不採用の通知が届きました。
問い合わせたところ「システムが自動で判定している」とのことで、誰も私の応募書類を見ていないようです。

機械だけで判断されるのは納得できません。
担当の方に、人の目で改めて確認していただきたいです。

松本 大輔
"""),
# 005
dict(cls="multi_right", rights=["access", "rectification"], name="高橋 由美", emp="株式会社ひまわり保育サービス", agent=None,
     note="what is registered + still under maiden name; employer in running text",
     frm=("高橋 由美", "y.takahashi@himawari-hoiku.example"), subj="登録内容の確認と修正",
     cs="iso-2022-jp", cte="7bit",
     body="""
ご担当者様

株式会社ひまわり保育サービスで働いている高橋と申します。

１．私について登録されている情報を一覧で送っていただけますか。
２．結婚して姓が変わったのですが、まだ旧姓の「森」のままになっています。「高橋」に直してください。

お手数ですが、よろしくお願いいたします。

高橋 由美
"""),
# 006
dict(cls="multi_right", rights=["portability", "erasure"], name="石川 翔太", emp=None, agent=None,
     note="file to take to another service, then delete everything",
     frm=("石川 翔太", "shota.ishikawa@freelance-jp.example"), subj="解約にあたってのお願い",
     cs="shift_jis", cte="quoted-printable",
     body="""
こんにちは。個人プランを使っている石川です。

他社のサービスに乗り換えるので、
・私のアカウント情報と履歴を、別のサービスに取り込めるファイル（CSVなど）でください
・受け取ったら、そちらにある私のデータは全部削除してください

よろしくお願いします。
石川 翔太
"""),
# 007
dict(cls="negation", rights=["withdraw_consent"], name="加藤 恵子", emp=None, agent=None,
     note="not cancelling the account; withdrawing consent to call recording only",
     frm=("加藤 恵子", "keiko.kato@nifty-mail.example"), subj="通話録音の同意について",
     cs="utf-8", cte="8bit",
     body="""
いつもお世話になっております。

退会するつもりはありませんし、データを消してほしいわけでもありません。
ただ、サポートへの電話を録音することに以前同意しましたが、その同意を取り消します。今後は録音しないでください。

加藤 恵子
"""),
# 008
dict(cls="negation", rights=["restriction"], name="吉田 浩", emp=None, agent=None,
     note="no deletion wanted; stop using the data until the check is done",
     frm=("吉田 浩", "hiroshi.yoshida@biglobe-mail.example"), subj="確認が終わるまで使わないでください",
     cs="iso-2022-jp", cte="7bit",
     body="""
ご担当者様

ある通販会社の顧客情報で、私が「支払い遅延」と登録されていると聞きました。事実と違うため、現在その会社と話し合っています。

削除は希望しません。ただ、確認が終わるまでは、私の情報を使ったり、他に渡したりしないでください。

吉田 浩
"""),
# 009
dict(cls="agent", rights=["access"], name="岡田 直樹", emp="株式会社さくら物流", agent="前田 千尋",
     note="HR forwards the employee's mail as an attached message/rfc822, iso-2022-jp",
     frm=("前田 千尋", "maeda.chihiro@sakura-butsuryu.example"), subj="転送: 個人情報の開示について",
     cs="iso-2022-jp", cte="7bit", shape="rfc822", inner_name="kaiji.eml",
     body="""
Massist ご担当者様

株式会社さくら物流 人事部の前田です。
弊社社員の岡田 直樹より、自分の登録情報を確認したいとの依頼がありましたので、本人のメールを添付して転送いたします。
ご対応のほどよろしくお願いいたします。

前田 千尋
株式会社さくら物流 人事部
""",
     inner=dict(frm=("岡田 直樹", "okada.naoki@sakura-butsuryu.example"),
                to=("前田 千尋", "maeda.chihiro@sakura-butsuryu.example"),
                subj="個人情報の開示について", cs="iso-2022-jp", cte="7bit",
                body="""
前田さん

お疲れさまです。岡田です。
Massistに自分のどんな情報が入っているのか知りたいので、先方に確認をお願いできますか。

岡田 直樹
""")),
# 010
dict(cls="names", rights=["access"], name="山田 太郎", emp=None, agent=None,
     note="romaji display name given-first, kanji family-first in signature",
     frm=("Taro Yamada", "taro.yamada@jp-mail.example"), subj="登録情報の開示",
     cs="utf-8", cte="base64",
     body="""
お世話になります。

私に関して保存されている情報を教えてください。

山田 太郎（やまだ たろう）
"""),
# 011
dict(cls="names", rights=["objection"], name="佐々木 美咲", emp=None, agent=None,
     note="name with the repetition mark 々 and a kana reading; 様 in salutation",
     frm=("佐々木 美咲", "misaki.sasaki@docomo-mail.example"), subj="メールマガジン停止のお願い",
     cs="shift_jis", cte="8bit",
     body="""
お世話になっております。佐々木 美咲（ササキ ミサキ）です。

宣伝のメールが毎日届いて困っています。今後、広告やキャンペーンのメールは送らないでください。

以上、よろしくお願いいたします。
"""),
# 012
dict(cls="legal_anchor", rights=["access", "rectification"], name="藤井 隆", emp=None, agent=None,
     note="APPI (個人情報保護法) art. 33 and 34",
     frm=("藤井 隆", "fujii.takashi@law-jp.example"), subj="個人情報保護法第33条及び第34条に基づく請求",
     cs="iso-2022-jp", cte="7bit",
     body="""
個人情報保護管理者 殿

個人情報の保護に関する法律（個人情報保護法）第33条に基づき、貴社が保有する私の保有個人データの開示を請求いたします。

あわせて、同法第34条に基づき、登録されている住所が誤っているため訂正を請求いたします。
正しい住所：東京都世田谷区桜新町二丁目5番8号

藤井 隆
"""),
# 013
dict(cls="employer", rights=["objection"], name="井上 直子", emp="株式会社ミナト精機", agent=None,
     note="employer in a signature block with department",
     frm=("井上 直子", "inoue.naoko@minato-seiki.example"), subj="セミナー案内の配信停止",
     cs="iso-2022-jp", cte="7bit",
     body="""
ご担当者様

セミナーや新機能のご案内メールの配信を停止してください。

――――――――――――――――
株式会社ミナト精機
総務部　井上 直子
〒231-0001 横浜市中区新港1-2-3
TEL 045-000-1234
――――――――――――――――
"""),
# 014
dict(cls="form", rights=["erasure"], name="清水 亮", emp="有限会社清水工務店", agent=None,
     note="Japanese web form mail with fields",
     frm=("お問い合わせフォーム", "noreply@toiawase-form.example"), subj="【お問い合わせ】個人データの削除",
     cs="utf-8", cte="quoted-printable",
     xh=[("Reply-To", ("清水 亮", "shimizu@shimizu-koumuten.example")), ("Auto-Submitted", "auto-generated")],
     body="""
以下の内容でお問い合わせを受け付けました。

お名前：清水 亮
メールアドレス：shimizu@shimizu-koumuten.example
会社名：有限会社清水工務店
ご依頼の種類：個人データの削除
内容：取引が終了したので、私の連絡先を削除してください。

送信日時：2026/07/08 17:32
"""),
# 015
dict(cls="not_request", kind="bounce", rights=[], name=None, emp=None, agent=None,
     note="Japanese bounce with multipart/report, ISO-2022-JP human part",
     frm=("Mail Delivery Subsystem", "MAILER-DAEMON@mx.kmail.example"), subj="配信エラー: Re: 私の情報について",
     cs="iso-2022-jp", cte="7bit", shape="report",
     xh=[("Auto-Submitted", "auto-replied")],
     body="""
このメールは自動的に送信されています。

次の宛先へのメール配信に失敗しました。

  aya.nakamura.old@kmail.example

宛先のメールボックスが存在しません。アドレスをご確認ください。
""",
     dsn="""
Reporting-MTA: dns; mx.kmail.example

Final-Recipient: rfc822; aya.nakamura.old@kmail.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""",
     inner=dict(frm=("Data Protection Officer", "dpo@massistcrm.com"), to="aya.nakamura.old@kmail.example",
                subj="Re: 私の情報について", cs="iso-2022-jp", cte="7bit",
                body="中村様\n\nお問い合わせありがとうございます。本人確認のため、ご登録のメールアドレスからご返信ください。\n\nInnthink Technologies 個人情報保護担当\n")),
]
