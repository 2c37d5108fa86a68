from spec import M

MAILS = [
M(rights=["erasure"], name="राहुल शर्मा", cls="plain_words",
  note="everyday Hindi in Devanagari: delete all my data",
  frm=("राहुल शर्मा", "rahul.sharma@rediff-mail.example"), subj="मेरा डेटा हटा दीजिए",
  cte="b64", client="gmail",
  body="""नमस्ते,

मैंने कभी आपकी सेवा के लिए पंजीकरण नहीं किया, फिर भी मुझे आपकी तरफ़ से हर हफ़्ते ईमेल आते हैं। कृपया मेरे बारे में जो भी जानकारी आपके पास है, वह सब हटा दीजिए और आगे से मुझे ईमेल मत भेजिए।

धन्यवाद,
राहुल शर्मा
"""),

M(rights=["objection"], name="Priya Verma", cls="plain_words",
  note="Hinglish (Hindi in Latin script) = hi; 'stop calling me' = objection",
  frm=("Priya Verma", "priya.verma92@mail-in.example"), subj="please call karna band karo",
  cte="7bit", client="android", tz=5.5,
  body="""Hello,

Mujhe pichle ek mahine se aapki sales team se roz call aa raha hai, kabhi kabhi din mein do baar. Mujhe aapka software nahi chahiye. Please mujhe call karna band karo aur mera number apni list se hata do. Offers wale message bhi mat bhejna.

Thanks
Priya Verma
"""),

M(rights=["nomination"], name="रमेश कुमार गुप्ता", cls="legal_anchor",
  note="DPDP Act 2023 s.14 nomination; honorific 'Shri' dropped from the name",
  frm=("रमेश कुमार गुप्ता", "rk.gupta@sify-mail.example"), subj="डीपीडीपी अधिनियम की धारा 14 के अंतर्गत नामांकन",
  cte="qp", client="outlook", shape="alt", style="outlook",
  body="""सेवा में,
डेटा संरक्षण अधिकारी,
इनथिंक टेक्नोलॉजीज़

विषय: धारा 14 के अंतर्गत नामांकन

महोदय/महोदया,

डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 14 के अंतर्गत मैं अपने पुत्र श्री अमित गुप्ता को नामित करता हूँ, जो मेरी मृत्यु या अक्षमता की स्थिति में मेरे अधिकारों का प्रयोग करेंगे।

कृपया इस नामांकन को अपने रिकॉर्ड में दर्ज करें और पुष्टि भेजें।

भवदीय,
श्री रमेश कुमार गुप्ता
जयपुर
"""),

M(rights=["rectification", "grievance"], name="सुनीता यादव", employer="भारत ट्रेडर्स प्राइवेट लिमिटेड",
  cls="multi_right",
  note="DPDP s.12 correction plus a formal grievance to the company (s.13); Pvt Ltd in signature",
  frm=("सुनीता यादव", "sunita.yadav@bharat-traders.example"), subj="सुधार का अनुरोध और शिकायत",
  cte="qp", client="gmail",
  body="""नमस्ते,

मैंने एक महीने पहले अनुरोध किया था कि आपके सिस्टम में मेरा मोबाइल नंबर और पता ठीक किया जाए, पर अब तक कुछ नहीं हुआ।

1. डीपीडीपी अधिनियम की धारा 12 के तहत कृपया मेरा मोबाइल नंबर 98290 55512 और पता "12, गांधी नगर, लखनऊ" अपडेट करें।
2. इस देरी के बारे में मैं धारा 13 के तहत आपके शिकायत अधिकारी के पास औपचारिक शिकायत दर्ज करना चाहती हूँ।

धन्यवाद,
सुनीता यादव
लेखा प्रबंधक
भारत ट्रेडर्स प्राइवेट लिमिटेड
"""),

M(kind="other", name="Anil Mehta", employer="Mehta Talent Solutions Pvt. Ltd.", cls="not_request",
  note="Hinglish recruiter offering DPO candidates; not a request",
  frm=("Anil Mehta", "anil@mehta-talent.example"), subj="DPO ke liye candidates chahiye?",
  cte="7bit", client="gmail", tz=5.5,
  body="""Hi,

Humne dekha ki aapki company privacy team badha rahi hai. Hamare paas DPDP Act aur GDPR dono ka experience rakhne wale kaafi achhe candidates hain. Agar aapko interest ho to ek chhoti si call kar lete hain is hafte?

Regards,
Anil Mehta
Mehta Talent Solutions Pvt. Ltd.
"""),
]
