from . import M, AR, BULK, FORM, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "佐藤 健", None, None,
  "Casual Japanese: please delete my info; name family-first with space",
  ("佐藤 健", "ken.sato@docomo-mail.example"),
  "私の情報を消してください",
  """
お世話になっております。

最近そちらの営業の方から何度も電話やメールが来ますが、登録した覚えがありません。
私の名前や電話番号など、そちらにある情報は全部消してください。

よろしくお願いします。
佐藤 健
""", cs="shift_jis", cte="base64"),

M("legal_anchor", "request", ["access"], "高橋 美咲", None, None,
  "個人情報保護法第33条 開示請求, iso-2022-jp 7bit, formal",
  ("高橋 美咲", "misaki.takahashi@ocn-mail.example"),
  "保有個人データの開示請求について",
  """
Innthink Technologies
個人情報保護管理者 御中

拝啓 時下ますますご清栄のこととお慶び申し上げます。

個人情報の保護に関する法律第33条に基づき、貴社が保有する私の保有個人データの開示を請求いたします。
あわせて、利用目的および第三者提供の有無についてもご教示ください。

回答は本メールアドレス宛に電子メールでお送りいただけますと幸いです。

敬具

高橋 美咲
東京都世田谷区
""", cs="iso-2022-jp", cte="7bit"),

M("names", "request", ["rectification"], "山田 花子", "株式会社北斗精機", None,
  "Family-name-first kanji with Latin display 'Hanako Yamada'; name reading wrong (ふりがな); employer 株式会社",
  ("Hanako Yamada", "h.yamada@hokuto-seiki.example"),
  "登録内容の訂正のお願い",
  """
ご担当者様

株式会社北斗精機の山田です。
弊社で利用しているMassist CRMに登録されている私の氏名の読みが「ヤマダ ハナ」となっていますが、正しくは「ヤマダ ハナコ」です。
また、部署名も旧部署のままですので、以下の通り訂正をお願いいたします。

氏名：山田 花子（ヤマダ ハナコ）
部署：営業企画部

何卒よろしくお願い申し上げます。

山田 花子
株式会社北斗精機 営業企画部
""", shape="alt", cs="shift_jis", cte="quoted-printable"),

M("employer", "request", ["objection"], "中村 大輔", "株式会社みなと商事", None,
  "Employer 株式会社 in text; stop marketing mail (配信停止) = objection",
  ("中村 大輔", "d.nakamura@minato-shoji.example"),
  "営業メールの配信停止について",
  """
Innthink Technologies 御中

株式会社みなと商事の中村と申します。
弊社でMassist CRMを利用しておりますが、最近、貴社から私の社用アドレス宛に新機能のご案内等の営業メールが届くようになりました。
今後、私の個人情報をマーケティング目的で利用することはやめていただき、配信を停止してください。

中村 大輔
株式会社みなと商事 総務部
""", shape="html", style="outlook", cs="iso-2022-jp", cte="7bit"),

M("form", "request", ["withdraw_consent"], "鈴木 一郎", "有限会社すずき工務店", None,
  "Japanese web form robot mail, fields お名前/会社名/ご依頼内容; withdraw consent (同意の撤回)",
  ("Massistお問い合わせフォーム", "no-reply@form.massist-jp.example"),
  "【お問い合わせ】個人情報に関するご依頼",
  """
以下の内容でお問い合わせを受け付けました。

■お名前：鈴木 一郎
■会社名：有限会社すずき工務店
■メールアドレス：ichiro.suzuki@suzuki-koumuten.example
■ご依頼の種類：同意の撤回
■内容：
セミナー申込時に同意したメールマガジン配信等への同意を撤回します。

※本メールは送信専用アドレスから自動送信されています。
""", cs="utf-8", cte="base64", headers=FORM,
  reply_to=("鈴木 一郎", "ichiro.suzuki@suzuki-koumuten.example")),

M("not_request", "auto_reply", [], "伊藤 さくら", None, None,
  "Japanese out-of-office (不在通知)",
  ("伊藤 さくら", "sakura.ito@kyoto-denki.example"),
  "不在通知: Re: ご依頼の件",
  """
誠に恐れ入りますが、8月10日から8月18日まで夏季休暇のため不在にしております。
8月19日以降に順次対応させていただきます。

伊藤 さくら
""", cs="iso-2022-jp", cte="7bit", headers=AR()),

M("not_request", "bulk", [], None, None, None,
  "Japanese mail magazine mentioning 個人情報保護法",
  ("プライバシー実務ニュース", "news@privacy-jitsumu.example"),
  "【メルマガ】改正個人情報保護法の実務ポイント",
  """
プライバシー実務ニュース 第102号

■今週のトピック
・開示請求への対応期限と実務
・第三者提供記録の作成義務
・オンラインセミナーのご案内（6月12日）

配信停止はこちら：https://privacy-jitsumu.example/stop
""", shape="alt", cs="utf-8", cte="base64",
  headers=BULK("<news.privacy-jitsumu.example>", "https://privacy-jitsumu.example/stop")),
]
