# Chinese letters (15): simplified and traditional.

LETTERS = [
# 001
dict(cls="plain_words", rights=["access"], name="李伟", emp=None, agent=None,
     note="simplified, labelled gb2312 but written as GBK (啰 is GBK-only): '你们这里存了我哪些信息'",
     frm=("李伟", "liwei1988@mail-cn.example"), subj="我的信息",
     cs="gb2312", enc_as="gbk", cte="base64",
     body="""
你好，

不好意思啰嗦一下。听同事说我们公司的客户和员工资料都放在你们的系统里。我想知道你们那里存了我哪些信息？能不能发一份给我看看？

谢谢！
李伟
"""),
# 002
dict(cls="plain_words", rights=["erasure"], name="林怡君", emp=None, agent=None,
     note="traditional (Taiwan), big5: '請把我的資料全部刪掉'",
     frm=("林怡君", "yichun.lin@hinet-mail.example"), subj="請刪除我的資料",
     cs="big5", cte="base64",
     body="""
您好：

我之前試用過你們的服務，現在已經沒有在用了。請把我的姓名、電話、Email 等資料全部刪掉，不要再留著。

謝謝
林怡君
"""),
# 003
dict(cls="plain_words", rights=["rectification"], name="张静", emp="杭州绿源茶业有限公司", agent=None,
     note="name written wrong + phone number changed; employer in running text",
     frm=("张静", "zhangjing@lvyuantea.example"), subj="更正个人信息",
     cs="utf-8", cte="quoted-printable",
     body="""
您好！

我在杭州绿源茶业有限公司工作，公司用的是你们的CRM。系统里我的名字被写成了"张晶"，正确的是"张静"。另外我的手机号也换了，旧号码已经停用，新号码是 139 0000 5678。

麻烦帮忙改一下，谢谢！

张静
"""),
# 004
dict(cls="plain_words", rights=["limit_sensitive"], name="陈美玲", emp=None, agent=None,
     note="Chinese-American in California: health note only for payroll, plain words",
     frm=("Meiling Chen", "meiling.chen@bayarea-mail.example"), subj="关于我的健康信息",
     cs="utf-8", cte="8bit",
     body="""
你好，

我住在加州旧金山，我们公司用你们的系统管理员工资料。系统里有我去年病假和看病的记录。

我理解工资部门需要用到这些，但除此之外，请不要把我的健康信息用在任何别的地方，比如分析、打分或者给别人看。

陈美玲
"""),
# 005
dict(cls="multi_right", rights=["withdraw_consent", "erasure"], name="黃嘉欣", emp=None, agent=None,
     note="traditional, Hong Kong Cantonese flavour: take back my agreement + delete",
     frm=("黃嘉欣", "kayan.wong@hk-mail.example"), subj="唔再同意，請刪除資料",
     cs="big5-hkscs", cte="quoted-printable",
     body="""
你好，

之前參加你哋嘅網上講座時，我同意咗你哋用我嘅相片同電話號碼做宣傳。而家我唔再同意，請當我收回呢個同意。

另外，麻煩將我所有資料由你哋系統刪除。

唔該晒！
黃嘉欣
"""),
# 006
dict(cls="multi_right", rights=["opt_out_sale", "objection"], name="赵磊", emp=None, agent=None,
     note="US resident: don't sell my info to advertisers + stop ads, simplified",
     frm=("Lei Zhao", "lei.zhao@socal-mail.example"), subj="不要卖我的资料",
     cs="gbk", cte="quoted-printable",
     body="""
你好，

我住在加州洛杉矶。两个要求：

一、不要把我的个人资料卖给或者分享给任何广告公司、"合作伙伴"。
二、以后别再给我发推销邮件和短信了。

赵磊
"""),
# 007
dict(cls="negation", rights=["access"], name="刘洋", emp=None, agent=None,
     note="not asking for a new review of the automatic decision; only what data was used",
     frm=("刘洋", "liuyang@qq-mail.example"), subj="想知道系统用了我的哪些信息",
     cs="gb2312", cte="8bit",
     body="""
您好，

上个月我申请一家公司的职位，被系统自动筛掉了。我不是要求你们重新审核，结果我也接受了。

我只是想知道：你们系统里保存了我的哪些资料？请发给我一份。

刘洋
"""),
# 008
dict(cls="agent", rights=["access", "erasure"], name="陳志明", emp="台灣精密機械股份有限公司", agent="許雅婷",
     note="Taiwanese lawyer for a client; traditional, big5, Outlook HTML",
     frm=("許雅婷律師", "hsu.lawyer@hsu-law.example"), subj="代當事人陳志明先生請求",
     cs="big5", cte="base64", shape="alt", hstyle="outlook", hlang="zh-TW",
     body="""
敬啟者：

本所受當事人陳志明先生（前任職於台灣精密機械股份有限公司）之委託，特函請求：

一、提供貴公司系統中所保存當事人全部個人資料之複本；
二、於提供後，刪除該等資料。

委任狀另附。

許雅婷 律師
許雅婷法律事務所
"""),
# 009
dict(cls="names", rights=["erasure"], name="王小明", emp=None, agent=None,
     note="English name in display, Chinese name family-first in the body",
     frm=("Kevin Wang", "kevin.wang@mail-cn.example"), subj="删除我的账号和资料",
     cs="utf-8", cte="base64",
     body="""
你好，我是王小明（英文名 Kevin）。请删除我在你们那里的所有资料，谢谢。
"""),
# 010
dict(cls="names", rights=["access"], name="欧阳思远", emp=None, agent=None,
     note="compound surname 欧阳, pinyin display name",
     frm=("Ouyang Siyuan", "ouyang.siyuan@edu-cn.example"), subj="查询个人资料",
     cs="gb2312", cte="quoted-printable",
     body="""
您好：

本人欧阳思远，想查询贵公司系统中有关我的个人资料，请提供一份副本。

此致
敬礼
"""),
# 011
dict(cls="legal_anchor", rights=["access", "erasure"], name="孙丽华", emp=None, agent=None,
     note="PIPL (个人信息保护法) arts. 45 and 47",
     frm=("孙丽华", "sun.lihua@law-cn.example"), subj="依据《个人信息保护法》第四十五条、第四十七条的申请",
     cs="utf-8", cte="quoted-printable",
     body="""
个人信息保护负责人：

根据《中华人民共和国个人信息保护法》第四十五条，本人请求查阅、复制贵公司处理的本人个人信息。

同时根据该法第四十七条，请在提供副本后删除本人的个人信息。

请在十五个工作日内书面答复。

申请人：孙丽华
"""),
# 012
dict(cls="employer", rights=["rectification"], name="黄志强", emp="深圳市华创科技有限公司", agent=None,
     note="employer in a signature block with title",
     frm=("黄志强", "huang.zq@huachuang-tech.example"), subj="职位信息有误",
     cs="gbk", cte="base64",
     body="""
您好，

系统中我的职位还是"销售代表"，我已经升任"华南区销售经理"，麻烦更新一下。

谢谢！

黄志强
华南区销售经理
深圳市华创科技有限公司
电话：0755-0000 8899
"""),
# 013
dict(cls="us_wording", rights=["opt_out_sale", "limit_sensitive"], name="周雅文", emp=None, agent=None,
     note="CCPA-style wording in Chinese: do not sell or share + limit sensitive PI",
     frm=("周雅文", "yawen.zhou@ca-mail.example"), subj="请勿出售或分享我的个人信息",
     cs="utf-8", cte="quoted-printable", shape="alt",
     body="""
您好：

本人为加州居民。根据加州消费者隐私法（CCPA/CPRA），我要求：

1. 请勿出售或分享我的个人信息；
2. 限制使用和披露我的敏感个人信息。

周雅文
"""),
# 014
dict(cls="access_items", rights=["access"], name="吳俊傑", emp=None, agent=None,
     note="traditional: purposes, recipients, retention, source, automated decisions, complaint",
     frm=("吳俊傑", "chunchieh.wu@hinet-mail.example"), subj="查詢個人資料之請求",
     cs="big5", cte="quoted-printable",
     body="""
您好：

請提供以下資訊：
一、貴公司保存之本人個人資料複本；
二、蒐集及利用之目的；
三、資料曾經或將提供給哪些對象（包括境外）；
四、保存期間；
五、資料來源（如非由本人提供）；
六、是否有以自動化方式作成決定或進行剖析；
七、本人可向哪個機關提出申訴。

吳俊傑
"""),
# 015
dict(cls="not_request", kind="other", rights=[], name="马俊", emp="上海数安合规咨询有限公司", agent=None,
     note="vendor sales pitch for compliance services, not a request",
     frm=("马俊", "ma.jun@shuan-compliance.example"), subj="数据合规咨询服务介绍",
     cs="gb2312", cte="base64", shape="alt", hstyle="simple",
     body="""
您好！

我是上海数安合规咨询有限公司的马俊。我们专注于个人信息保护法（PIPL）和GDPR合规咨询，可为贵公司提供数据出境评估、隐私政策审核等服务。

如有兴趣，欢迎回复本邮件预约免费咨询。

马俊
商务经理
上海数安合规咨询有限公司
"""),
]
