from spec import M

MAILS = [
M(rights=["restriction"], name="刘芳", cls="plain_words",
  note="simplified Chinese, gb2312: 'don't use my data until you've checked, but don't delete' = restriction",
  frm=("刘芳", "liufang@mail-cn.example"), subj="核实之前请先别用我的资料",
  cs="gb2312", cte="b64", client="none", hq="B",
  body="""您好：

上周我反映过，你们系统里显示我欠了一笔服务费，但那个套餐我三月份就已经退订了。

在你们核实清楚之前，请先不要使用我的个人资料，不要给我发催款短信，也不要把资料转给任何人。但也请先不要删除，我还需要这些记录作为证据。

谢谢！
刘芳
"""),

M(rights=["portability"], name="李静", employer="上海华信科技有限公司", cls="legal_anchor",
  note="PIPL art. 45 para. 3 portability; company with 有限公司 in signature; gbk",
  frm=("李静", "lijing@huaxin-tech.example"), subj="关于个人信息转移的请求（《个人信息保护法》第四十五条）",
  cs="gbk", cte="qp", client="outlook", shape="alt", style="outlook", hq="B",
  body="""尊敬的个人信息保护负责人：

根据《中华人民共和国个人信息保护法》第四十五条第三款的规定，我请求将我在Massist CRM中提供的个人信息转移至我指定的其他个人信息处理者。请以常用的、机器可读的格式提供。

此致
敬礼

李静
销售经理
上海华信科技有限公司
"""),

M(rights=["objection", "grievance"], name="陳怡君", cls="multi_right",
  note="traditional Chinese (Taiwan), big5: stop calling me + formal complaint about a rude sales rep",
  frm=("陳怡君", "yijun.chen@hinet-mail.example"), subj="請不要再打電話給我",
  cs="big5", cte="b64", client="android", hq="B",
  body="""您好，

這個月你們的業務已經打了好幾次電話給我，推銷軟體升級方案。我沒有興趣。

請不要再打電話給我，也不要再寄促銷郵件了。

另外，上週二那位業務在我拒絕之後態度非常差，還直接掛我電話，我要對此提出正式投訴，請貴公司主管處理並回覆我。

陳怡君
"""),

M(rights=["rectification"], name="黃志明", employer="永興貿易有限公司", cls="employer",
  note="traditional Chinese (Hong Kong); employer in prose; wrong email and job title",
  frm=("黃志明", "cm.wong@wingheng-trading.example"), subj="更正個人資料",
  cte="qp", client="outlook",
  body="""你好，

我任職於永興貿易有限公司，公司一直使用你們的CRM系統。系統內我的職位及電郵地址都是舊的，麻煩更正如下：

職位：採購經理
電郵：cm.wong@wingheng-trading.example

謝謝！
黃志明
"""),

M(kind="other", name="周磊", employer="深圳云帆数据有限公司", cls="not_request",
  note="simplified Chinese vendor question about a data processing agreement; not a request",
  frm=("周磊", "zhoulei@yunfan-data.example"), subj="关于数据处理协议的咨询",
  cs="gb2312", cte="qp", client="outlook", hq="B",
  body="""您好，

我们公司正在评估贵司的Massist CRM。请问贵司能否提供数据处理协议（DPA）以及子处理方清单？另外，数据存储在哪个国家或地区？

谢谢！
周磊
法务主管
深圳云帆数据有限公司
"""),

M(kind="auto_reply", name="林佳慧", cls="not_request", note="traditional Chinese out-of-office, big5",
  frm=("林佳慧", "jiahui.lin@lin-design.example"), subj="自動回覆：休假中",
  cs="big5", cte="qp", client="outlook", hq="B",
  hdr=["Auto-Submitted: auto-replied"],
  body="""您好，

本人於8月12日至8月16日休假，期間無法回覆郵件。如有急事，請聯絡 service@lin-design.example。

林佳慧
"""),
]
