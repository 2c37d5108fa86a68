from . import M, BOUNCE_PRE, DPO

MAILS = [
M("plain_words", "request", ["erasure", "objection"], "刘洋", None, None,
  "Simplified Chinese colloquial: delete my info and stop calling",
  ("刘洋", "liuyang88@qq-mail.example"),
  "请删除我的信息",
  """
你好，

你们公司的销售最近老给我打电话发邮件，我根本没在你们那儿注册过。麻烦把我的手机号、邮箱这些信息都删了，以后别再打了。

谢谢
刘洋
""", cs="utf-8", cte="base64"),

M("legal_anchor", "request", ["access", "portability"], "王晓红", None, None,
  "PIPL 第四十五条 access + transfer (portability), gb2312",
  ("王晓红", "wang.xiaohong@163-mail.example"),
  "关于查阅、复制及转移个人信息的申请",
  """
尊敬的个人信息保护负责人：

根据《中华人民共和国个人信息保护法》第四十五条的规定，本人申请：

一、查阅、复制贵公司处理的本人全部个人信息；
二、将本人个人信息转移至本人指定的其他个人信息处理者，请提供可导出的通用格式文件。

请于法定期限内通过本邮箱回复。

此致
敬礼

申请人：王晓红
""", cs="gb2312", cte="base64"),

M("employer", "request", ["rectification"], "张伟", "上海恒远物流有限公司", None,
  "Employer 有限公司 under signature; correct phone and title",
  ("Zhang Wei", "zhangwei@hengyuan-logistics.example"),
  "更正个人信息",
  """
您好！

我司在使用Massist CRM。系统里我的职位还是"销售助理"，手机号也是旧的，麻烦帮忙更正：

职位：销售经理
手机：139 5550 1288

谢谢！

张伟
销售经理
上海恒远物流有限公司
""", shape="html", style="outlook", cs="gbk", cte="base64"),

M("legal_anchor", "request", ["access", "erasure"], "林怡君", None, None,
  "Traditional Chinese, Taiwan 個人資料保護法 第3條; big5; access then delete",
  ("林怡君", "yijun.lin@hinet-mail.example"),
  "依個資法第3條請求查詢及刪除個人資料",
  """
您好：

本人依據《個人資料保護法》第3條之規定，請求貴公司：

1. 提供本人個人資料之查詢及複製本；
2. 於提供後，刪除本人之個人資料。

本人從未同意貴公司蒐集本人資料，敬請於法定期間內回覆。

林怡君 敬上
台北市
""", cs="big5", cte="quoted-printable"),

M("names", "request", ["objection"], "陳大文", None, None,
  "Hong Kong: Chinese name with Cantonese romanisation in display (Chan Tai Man, family-first); PDPO direct marketing opt-out",
  ("CHAN Tai Man", "taiman.chan@netvigator-mail.example"),
  "拒絕直接促銷",
  """
你好，

我係陳大文（Chan Tai Man），最近成日收到你哋公司嘅推廣電郵同電話。根據《個人資料（私隱）條例》，我要求你哋停止將我嘅個人資料用於直接促銷。

唔該晒！
陳大文
""", shape="alt", cs="big5hkscs", label="big5-hkscs", cte="base64"),

M("negation", "request", ["automated_decision"], "赵磊", "杭州云帆科技有限公司", None,
  "Negated erasure + PIPL 第二十四条: refuse decision made solely by automated decision-making, asks explanation; GBK bytes labelled gb2312 (mislabel)",
  ("赵磊", "zhaolei@yunfan-tech.example"),
  "对自动化决策结果提出异议",
  """
您好，

我是杭州云帆科技有限公司的员工。先说明一下：我并不是要求删除我的数据，也不要求注销账号。公司使用贵司CRM系统对销售人员进行自动评分，我的季度奖金因"系统评分偏低"被取消。

根据《个人信息保护法》第二十四条，我要求贵司就该自动化决策作出说明，并拒绝仅通过自动化决策方式作出的决定，请安排人工复核。我的直属主管李喆也认为该评分与实际业绩不符。

赵磊
""", cs="gbk", label="gb2312", cte="8bit"),

M("not_request", "bounce", [], None, None, None,
  "Chinese-language NDR (multipart/report) from Chinese mail system",
  ("系统退信", "postmaster@mail.zhongguo-mail.example"),
  "系统退信：Re: 关于查阅、复制及转移个人信息的申请",
  """
很抱歉，您发送的邮件未能成功投递到以下收件人：

wang.xh@old-mailbox.example

失败原因：收件人邮箱不存在（550 User not found）。

此邮件为系统自动发送，请勿回复。
""", cs="utf-8", cte="base64", shape="dsn", pre_headers=BOUNCE_PRE,
  headers=[("Auto-Submitted", "auto-replied")],
  dsn=dict(mta="mail.zhongguo-mail.example", rcpt="wang.xh@old-mailbox.example", status="5.1.1",
           diag="550 User not found"),
  inner=dict(frm=("Innthink DPO", DPO), to="wang.xh@old-mailbox.example",
             subj="Re: 关于查阅、复制及转移个人信息的申请", body="王女士您好，\n\n已收到您的申请。\n",
             date="Tue, 20 May 2025 03:00:00 +0000")),

M("not_request", "other", [], "黃志明", "宏達數據服務股份有限公司", None,
  "Traditional Chinese vendor asking about 委外 data processing agreement; no rights",
  ("黃志明", "cm.huang@hongda-data.example"),
  "詢問資料處理協議事宜",
  """
您好：

敝公司為宏達數據服務股份有限公司，提供雲端備份服務。想請問貴公司對供應商是否要求簽署個人資料委託處理協議？若有範本，煩請提供參考。

順頌商祺

黃志明
業務經理
宏達數據服務股份有限公司
""", cs="big5", cte="8bit"),
]
