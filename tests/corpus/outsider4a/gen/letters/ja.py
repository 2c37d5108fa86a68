from spec import M

MAILS = [
M(rights=["rectification"], name="佐藤 美咲", cls="plain_words",
  note="everyday Japanese, iso-2022-jp: registered address is old, please fix; family name first",
  frm=("佐藤 美咲", "misaki.sato@ocn-mail.example"), subj="登録住所の訂正のお願い",
  cs="iso-2022-jp", cte="7bit", client="thunderbird", hq="B",
  body="""お世話になっております。

御社のシステムに登録されている私の住所が、引っ越し前の古いままになっています。
郵送物が旧住所に届いてしまうので、下記に直していただけますでしょうか。

新住所：〒150-0001 東京都渋谷区神宮前3-14-7 メゾン青山202

よろしくお願いいたします。

佐藤 美咲
"""),

M(rights=["access", "rectification"], name="高橋 健一", employer="株式会社ミドリ精機", cls="legal_anchor",
  note="APPI arts. 33 (disclosure) and 34 (correction); kabushiki kaisha in signature; shift_jis",
  frm=("高橋 健一", "k.takahashi@midori-seiki.example"), subj="個人情報保護法に基づく開示・訂正請求",
  cs="shift_jis", cte="b64", client="outlook", shape="alt", style="outlook", hq="B",
  body="""Innthink Technologies 個人情報保護管理者 御中

個人情報の保護に関する法律第33条に基づき、貴社が保有する私の保有個人データの開示を請求いたします。

また、同法第34条に基づき、貴社システム上の私の役職名（「課長代理」となっておりますが、正しくは「営業課長」です）の訂正を請求いたします。

以上、よろしくお願い申し上げます。

株式会社ミドリ精機
営業部 営業課長
高橋 健一
"""),

M(rights=["portability"], name="田中 陽菜", cls="plain_words",
  note="everyday Japanese: send my data as CSV so I can move to another service = portability",
  frm=("田中 陽菜", "hina.tanaka@mail-jp.example"), subj="データをCSVでもらえますか",
  cte="b64", client="apple",
  body="""こんにちは。

今月末で解約して、別のサービスに乗り換える予定です。
私のプロフィールや顧客リスト、メモ・タスクの履歴を、CSVかExcelのファイルでいただけないでしょうか。新しいサービスにそのまま取り込みたいです。

よろしくお願いします。
田中 陽菜

iPhoneから送信
"""),

M(kind="bounce", cls="not_request", note="Japanese Exchange NDR, utf-8 base64 human part",
  frm=("Microsoft Outlook", "postmaster@suzuki-shoji.example"), subj="配信不能: RE: 開示請求について",
  cte="b64", client="none", shape="dsn", hq="B",
  hdr=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "],
  body="""次の受信者またはグループへの配信に失敗しました:

ichiro.suzuki@suzuki-shoji.example
入力したメール アドレスが見つかりませんでした。受信者のメール アドレスを確認して、メッセージを再送信してください。問題が解決しない場合は、ヘルプ デスクにお問い合わせください。

管理者向けの診断情報:

生成元サーバー: TYCPR01MB8800.suzuki-shoji.example
リモート サーバーから '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' が返されました
""",
  dsn=dict(mta="TYCPR01MB8800.suzuki-shoji.example", rcpts=["ichiro.suzuki@suzuki-shoji.example"], status="5.1.10",
           diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
           orig=dict(frm=("Massist Privacy", "dpo@massistcrm.com"), to=("", "ichiro.suzuki@suzuki-shoji.example"),
                     subj="RE: 開示請求について", cte="b64",
                     body="鈴木様\n\n開示請求について、本人確認書類をお送りください。\n"))),

M(kind="bulk", cls="not_request", note="Japanese privacy seminar newsletter, shift_jis",
  frm=("個人情報保護ニュース", "news@kojin-joho-news.example"), subj="【個人情報保護ニュース】開示請求への対応実務セミナーのご案内",
  cs="shift_jis", cte="qp", client="none", shape="alt", style="web", hq="B",
  hdr=["List-Unsubscribe: <https://kojin-joho-news.example/unsubscribe?id=3307>", "Precedence: bulk"],
  body="""個人情報保護ニュース 第128号

■ 開示・訂正・利用停止等の請求への対応実務
改正個人情報保護法のポイントと、実務での対応方法を解説します。

オンラインセミナー：9月12日（木）14:00〜

配信停止はこちら：https://kojin-joho-news.example/unsubscribe?id=3307
"""),
]
