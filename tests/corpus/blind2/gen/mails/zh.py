from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="王伟", note="simplified Chinese, colloquial", ua="gmail", cs="utf-8",
 frm=("王伟", "wangwei88@mail-cn.example"), subj="你们有我的哪些信息？",
 body="""你好，

最近老有一家装修公司给我打电话，说我的号码是从"Massist"系统里来的。我想知道你们那里存了我哪些信息，是从哪儿来的？麻烦发我邮箱。

谢谢
王伟
"""),

dict(cls="legal_anchor", rights=["access", "erasure"], name="李娜", emp="深圳市华科电子有限公司", note="PIPL 第45条 查阅复制 + 第47条 删除; gb2312 base64", ua="outlook", cs="gb2312", cte="base64",
 frm=("李娜", "lina@huake-elec.example"), subj="关于个人信息查阅及删除的申请",
 body="""尊敬的个人信息保护负责人：

您好！我是深圳市华科电子有限公司采购部的李娜。

根据《中华人民共和国个人信息保护法》第四十五条和第四十七条的规定，特提出以下申请：

一、查阅、复制贵公司处理的本人个人信息；
二、删除本人在参加贵公司线上培训时被收集的个人信息。

本公司作为贵公司客户所委托处理的数据不在本次申请范围内。

此致
敬礼

李娜
深圳市华科电子有限公司 采购部
"""),

dict(cls="legal_anchor", rights=["access", "rectification"], name="陳怡君", emp="台灣精密機械股份有限公司", note="Taiwan PDPA 第3條 (查詢閱覽 + 更正); traditional Chinese; big5", ua="outlook", cs="big5", cte="base64", shape="alt",
 frm=("陳怡君", "yijun.chen@tw-precision.example"), subj="依個人資料保護法第3條提出之請求",
 body="""您好：

本人為台灣精密機械股份有限公司業務部員工陳怡君。依《個人資料保護法》第3條規定，謹提出下列請求：

一、查詢及請求閱覽貴公司所保存之本人個人資料，並請提供複製本；
二、更正本人登記之行動電話號碼（正確號碼為 0912-000-000）。

敬請於法定期間內回覆，謝謝。

陳怡君 敬上
"""),

dict(cls="names", rights=["rectification"], name="黃志明", note="Hong Kong: display 'WONG Chi Ming, Alan' (Family Given, English name); Chinese name in text; PDPO 第22條", ua="apple", cs="utf-8",
 frm=("WONG Chi Ming, Alan", "alan.wong@hkmail-like.example"), subj="更正個人資料要求",
 body="""您好，

本人黃志明（英文名 Alan Wong），根據《個人資料（私隱）條例》第22條提出改正資料要求：貴公司系統內本人的住址仍為舊址（九龍旺角），現已搬遷至新界沙田。請予以更正。

多謝！
黃志明
"""),

dict(cls="form", rights=["withdraw_consent"], name="刘洋", emp="杭州云帆网络科技有限公司", note="simplified Chinese web form: 请求类型 撤回同意", ua="robot", cs="utf-8", cte="base64",
 frm=("Massist CRM 官网", "noreply@massistcrm-web.example"), subj="【隐私请求】新的表单提交",
 hdrs=form_hdrs("刘洋 <liuyang@yunfan-tech.example>"),
 body="""收到新的表单提交：

姓名：刘洋
公司：杭州云帆网络科技有限公司
邮箱：liuyang@yunfan-tech.example
请求类型：撤回同意
留言：本人撤回此前同意贵公司在客户案例中使用本人照片和姓名的授权，请尽快下架相关内容。
"""),

dict(cls="negation", rights=["objection"], name="张敏", note="not cancelling the account, only stop marketing SMS; labelled gb2312 but uses a GBK-only character", ua="none", cs="gbk", cs_label="gb2312", cte="8bit",
 frm=("张敏", "zhangmin@mail-cn.example"), subj="不要再发营销短信",
 body="""您好：

我不是要注销账号，账号我还在用。我只是不想再收到你们的营销短信和推广邮件了，请不要再拿我的手机号做推广。

我同事王堃也说收到过好几次。

张敏
"""),

dict(cls="not_request", kind="bounce", rights=[], note="Chinese-language bounce from a provider (multipart/report)", ua="none", shape="dsn", cs="utf-8", cte="base64",
 frm=("系统退信", "postmaster@mx.mail-cn.example"), subj="系统退信：您发送的邮件未能送达", date="Mon, 14 Apr 2025 10:40:07 +0800",
 return_path="",
 body="""您好，这是系统退信通知。

很抱歉，您发送的邮件未能成功送达以下收件人：

zhao.lei.old@mail-cn.example

原因：收件人邮箱不存在（550 User not found）

请核对收件人地址后重新发送。
""",
 dsn=dict(status=dsn_status("mx.mail-cn.example", "zhao.lei.old@mail-cn.example", "5.1.1", diag="550 User not found"),
    original=orig_headers("zhao.lei.old@mail-cn.example", "Re: Data request DSR-2025-0417", "Mon, 14 Apr 2025 02:40:00 +0000", "<dsr-2025-0417.3@massistcrm.com>"))),
]
