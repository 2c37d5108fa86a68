from common import m

# ---------------- Japanese
m('ja', 'plain_words', 'request', 'access', '佐藤 健一', None, None,
  '日常の言葉：私の情報は何を持っていますか',
  ('佐藤 健一', 'k.sato@ocn-mail.example'), '私の情報について',
  """担当者様

知らない会社から御社のシステム経由でメールが届きます。私についてどんな情報を持っているのか、どこから入手したのか教えてください。

佐藤 健一
""", cs='iso-2022-jp', shape='plain')

m('ja', 'legal_anchor', 'request', 'access', '山本 真由美', None, None,
  '個人情報保護法（APPI）第33条 開示請求',
  ('山本 真由美', 'mayumi.yamamoto@nifty-mail.example'), '個人情報保護法第33条に基づく開示請求',
  """個人情報保護管理者 御中

個人情報の保護に関する法律第33条に基づき、貴社が保有する私の保有個人データの開示を請求いたします。電磁的記録の提供による方法を希望します。

よろしくお願い申し上げます。

山本 真由美
""", cs='shift_jis', cte='base64', shape='alt', style='outlook')

m('ja', 'employer', 'request', 'rectification', '田中 大輔', '株式会社北斗エンジニアリング', None,
  '署名に勤務先（株式会社）',
  ('田中 大輔', 'd.tanaka@hokuto-eng.example'), '登録情報の訂正のお願い',
  """ご担当者様

お世話になっております。
貴社システムに登録されている私の役職が古いままになっております。「営業部長」への訂正をお願いいたします。

--
株式会社北斗エンジニアリング
営業部 部長
田中 大輔
TEL: 03-0000-0000
""", cs='iso-2022-jp')

m('ja', 'names', 'request', 'erasure', '渡邊 さくら', None, None,
  '旧字体の姓、ローマ字表示名 Family, Given',
  ('WATANABE, Sakura', 'sakura.w@biglobe-mail.example'), '削除のお願い',
  """お世話になります。渡邊 さくらと申します。
私の個人データをすべて削除してください。
よろしくお願いいたします。
""")

m('ja', 'multi_right', 'request', 'access erasure', '中村 翔太', None, None,
  '開示と利用停止・消去',
  ('中村 翔太', 'shota.nakamura@so-net-mail.example'), '開示および消去の請求',
  """ご担当者様

以下を請求します。
1. 私の保有個人データの開示
2. 開示後、当該データの消去

中村 翔太
""", cs='shift_jis', cte='8bit')

m('ja', 'not_request', 'auto_reply', '', '小林 陽子', None, None,
  '不在通知',
  ('小林 陽子', 'y.kobayashi@shiyakusho-example.example'), '自動応答: ご依頼の件',
  """誠に恐れ入りますが、4月15日まで不在にしております。お急ぎの方は 03-0000-1111 までご連絡ください。

小林 陽子
""", hdr=[('Auto-Submitted', 'auto-replied')], cs='iso-2022-jp')

m('ja', 'agent', 'request', 'access', '鈴木 陸', None, '鈴木 恵子',
  '親が未成年の子のために開示請求',
  ('鈴木 恵子', 'keiko.suzuki@dion-mail.example'), '子どもの個人情報について',
  """ご担当者様

中学生の息子 鈴木 陸 の個人情報が、職場体験先の企業経由で貴社システムに登録されているようです。法定代理人として、登録内容の開示をお願いします。

鈴木 恵子
""")

# ---------------- Chinese (simplified)
m('zh', 'plain_words', 'request', 'access', '王建国', None, None,
  '日常用语：你们有我什么信息（简体）',
  ('王建国', 'wangjianguo@163-mail.example'), '你们有我的什么信息？',
  """你好，

我最近收到一家不认识的公司通过你们系统发来的邮件。请告诉我你们存了我哪些信息，从哪里来的。

王建国
""", cs='gb2312', cte='base64', shape='plain')

m('zh', 'legal_anchor', 'request', 'access', '李晓燕', None, None,
  '《个人信息保护法》第四十五条（简体）',
  ('李晓燕', 'lixiaoyan@qq-mail.example'), '依据《个人信息保护法》第四十五条查阅个人信息',
  """尊敬的个人信息保护负责人：

根据《中华人民共和国个人信息保护法》第四十五条，本人请求查阅、复制贵公司处理的本人个人信息。

此致
敬礼

李晓燕
""", cs='gbk', cte='8bit', shape='alt', style='outlook')

m('zh', 'employer', 'request', 'rectification', '陈志强', '深圳市海川科技有限公司', None,
  '签名中的工作单位，有限公司（简体）',
  ('陈志强', 'chenzq@haichuan-tech.example'), '信息更正',
  """您好：

贵系统中我的手机号码有误，正确号码为 138 0000 0000，请帮忙更正。

谢谢！
陈志强
销售总监
深圳市海川科技有限公司
""")

m('zh', 'multi_right', 'request', 'erasure withdraw_consent', '刘洋', None, None,
  '撤回同意并删除（简体，PIPL 第47条）',
  ('刘洋', 'liuyang@sina-mail.example'), '撤回同意并删除个人信息',
  """你好，

本人撤回此前对营销用途的同意，并根据《个人信息保护法》第四十七条请求删除本人的全部个人信息。

刘洋
""", cs='gb2312', cte='quoted-printable')

m('zh', 'not_request', 'bulk', '', None, None, None,
  '关于个人信息保护的简报（简体）',
  ('合规简报', 'news@hegui-jianbao.example'), '合规简报第36期：个人信息出境新规解读',
  """合规简报 第36期

本期内容：
一、个人信息出境认证办法解读
二、数据主体查阅复制请求的实务要点

退订请点击：https://hegui-jianbao.example/unsub
""", hdr=[('List-Unsubscribe', '<https://hegui-jianbao.example/unsub>'), ('Precedence', 'bulk')], shape='html', style='web')

# ---------------- Chinese (traditional)
m('zh', 'plain_words', 'request', 'erasure', '林怡君', None, None,
  '日常用語：刪除我的資料（繁體）',
  ('林怡君', 'yijun.lin@hinet-mail.example'), '請刪除我的資料',
  """您好：

我一直收到你們系統寄來的信，我從來沒有註冊過。請把我的資料全部刪掉，謝謝。

林怡君
""", cs='big5', cte='8bit', shape='plain')

m('zh', 'legal_anchor', 'request', 'access', '黃家豪', None, None,
  '香港《個人資料（私隱）條例》第18條（繁體）',
  ('黃家豪', 'kaho.wong@netvigator-mail.example'), '依據《個人資料（私隱）條例》第18條提出查閱資料要求',
  """敬啟者：

本人根據《個人資料（私隱）條例》第18條，要求查閱　貴公司所持有關於本人的個人資料，並索取副本。

黃家豪 謹啟
""", cs='big5', cte='base64', shape='alt', style='outlook')

m('zh', 'employer', 'request', 'objection', '張美玲', '台灣精密工業股份有限公司', None,
  '簽名中的任職公司，股份有限公司（繁體）',
  ('張美玲', 'meiling.chang@twprecision.example'), '停止寄送行銷郵件',
  """您好，

請停止寄送任何行銷或廣告郵件給我，謝謝。

張美玲
採購課 課長
台灣精密工業股份有限公司
""")

# ---------------- Korean
m('ko', 'plain_words', 'request', 'access', '김민수', None, None,
  '일상어: 제 정보 뭐 갖고 있어요',
  ('김민수', 'minsu.kim@naver-mail.example'), '제 정보 뭐가 있나요?',
  """안녕하세요.

모르는 회사에서 귀사 시스템을 통해 메일이 계속 옵니다. 제 정보를 어떤 것들을 가지고 계신지, 어디서 받으셨는지 알려주세요.

김민수
""", cs='euc-kr', cte='8bit', shape='plain')

m('ko', 'legal_anchor', 'request', 'erasure', '이서연', None, None,
  '개인정보 보호법 제36조 삭제 요구',
  ('이서연', 'seoyeon.lee@daum-mail.example'), '개인정보 보호법 제36조에 따른 삭제 요구',
  """개인정보 보호책임자 귀하

개인정보 보호법 제36조에 따라 귀사가 보유한 본인의 개인정보 전부의 삭제를 요구합니다.

이서연 드림
""", cs='euc-kr', cte='base64', shape='alt', style='outlook')

m('ko', 'employer', 'request', 'rectification', '박준호', '(주)한빛소프트웨어', None,
  '서명에 직장, (주)',
  ('박준호', 'junho.park@hanbit-sw.example'), '정보 정정 요청',
  """안녕하세요,

시스템에 제 직함이 예전 것으로 되어 있습니다. "개발팀장"으로 정정 부탁드립니다.

감사합니다.
박준호 | 개발팀장
(주)한빛소프트웨어
""")

m('ko', 'negation', 'request', 'access', '최지은', None, None,
  '탈퇴 원하지 않음, 열람만',
  ('최지은', 'jieun.choi@kakao-mail.example'), '열람 요청 (탈퇴 아님)',
  """안녕하세요, 계정 삭제나 탈퇴를 원하는 것이 아닙니다. 저에 대해 보관 중인 개인정보 사본만 받고 싶습니다.

최지은
""")

m('ko', 'not_request', 'auto_reply', '', '정우성', None, None,
  '부재중 자동응답',
  ('정우성', 'woosung.jung@gu-office.example'), '자동 회신: 요청하신 건',
  """4월 14일까지 휴가 중입니다. 급한 용무는 02-000-0000으로 연락 주십시오.

정우성
""", hdr=[('Auto-Submitted', 'auto-replied')])

m('ko', 'multi_right', 'request', 'access restriction', '윤하늘', None, None,
  '열람 및 처리정지',
  ('윤하늘', 'haneul.yoon@naver-mail.example'), '개인정보 열람 및 처리정지 요구',
  """담당자님께,

1. 제 개인정보 열람을 요구합니다.
2. 확인될 때까지 제 개인정보 처리를 정지해 주십시오.

윤하늘
""")

# ---------------- Catalan, Indonesian (extra languages)
m('ca', 'plain_words', 'request', 'erasure', 'Jordi Casals i Vidal', None, None,
  'català col·loquial, nom amb i',
  ('Jordi Casals i Vidal', 'jordi.casals@vilaweb-mail.example'), 'Esborreu les meves dades',
  """Bon dia,

Rebo correus d'una empresa que no conec a través del vostre sistema. Si us plau, esborreu totes les meves dades.

Gràcies,
Jordi Casals i Vidal
""", cs='iso-8859-1', cte='8bit', shape='plain')

m('ca', 'legal_anchor', 'request', 'access', 'Núria Puigdemont Serra', None, None,
  'article 15 RGPD en català',
  ('Núria Puigdemont Serra', 'nuria.puigdemont@xtec-mail.example'), 'Sol·licitud d\'accés (art. 15 RGPD)',
  """Benvolguts,

D'acord amb l'article 15 del Reglament general de protecció de dades, sol·licito l'accés a les meves dades personals i una còpia d'aquestes.

Atentament,
Núria Puigdemont Serra
""", shape='alt', style='outlook')

m('ca', 'employer', 'request', 'rectification', 'Marc Soler', 'Cellers del Penedès SL', None,
  'empresa a la signatura',
  ('Marc Soler', 'marc.soler@cellerspenedes.example'), 'Correcció de dades',
  """Hola,

El meu càrrec és incorrecte al vostre CRM. Ara sóc "Cap d'Exportació".

Salutacions,
Marc Soler
Cap d'Exportació
Cellers del Penedès SL
""")

m('id', 'plain_words', 'request', 'access', 'Budi Santoso', None, None,
  'bahasa sehari-hari: data saya apa saja',
  ('Budi Santoso', 'budi.santoso@telkom-mail.example'), 'Data saya apa saja?',
  """Halo,

Saya terus dapat email dari perusahaan yang tidak saya kenal lewat sistem Anda. Data apa saja tentang saya yang Anda simpan dan dari mana?

Terima kasih,
Budi Santoso
""", cs='us-ascii', cte='7bit', shape='plain')

m('id', 'legal_anchor', 'request', 'erasure', 'Siti Rahmawati', None, None,
  'UU PDP No. 27 Tahun 2022 Pasal 8',
  ('Siti Rahmawati', 'siti.rahmawati@mail-id.example'), 'Permintaan penghapusan data (UU PDP Pasal 8)',
  """Yth. Pejabat Pelindungan Data Pribadi,

Berdasarkan Pasal 8 Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, saya meminta agar seluruh data pribadi saya dihapus.

Hormat saya,
Siti Rahmawati
""", shape='alt', style='outlook')

m('id', 'employer', 'request', 'rectification', 'Agus Wibowo', 'PT Nusantara Logistik Abadi', None,
  'perusahaan di tanda tangan, PT',
  ('Agus Wibowo', 'agus.wibowo@nla.example'), 'Koreksi data',
  """Selamat siang,

Mohon perbaiki nomor HP saya di sistem: 0812 0000 0000.

Salam,
Agus Wibowo
Manajer Gudang
PT Nusantara Logistik Abadi
Surabaya
""")
