from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Rahul Verma", note="Hinglish (Hindi in Latin script) counts as hi", ua="gmail", cs="utf-8",
 frm=("Rahul Verma", "rahul.verma1992@mailbox-in.example"), subj="mera data kya hai aapke paas?",
 body="""Hello sir,

Pichhle 2 hafte se ek loan company wale baar baar call kar rahe hain, bol rahe hain ki number "Massist CRM" se mila. Aapke paas mera kya kya data hai aur kahan se aaya, please bata dijiye. Email pe bhej dena.

Dhanyavaad
Rahul Verma
"""),

dict(cls="legal_anchor", rights=["erasure"], name="सुनीता शर्मा", emp="शर्मा टेक्सटाइल्स प्राइवेट लिमिटेड", note="DPDP Act 2023 s.12 erasure in Devanagari; Pvt Ltd employer", ua="outlook", cs="utf-8",
 frm=("Sunita Sharma", "sunita.sharma@sharmatextiles.example"), subj="डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 12 के अंतर्गत अनुरोध",
 body="""महोदय/महोदया,

डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 12 के अंतर्गत मैं अनुरोध करती हूँ कि आपके वेबिनार पंजीकरण के दौरान एकत्र किया गया मेरा व्यक्तिगत डेटा मिटा दिया जाए।

मेरे नियोक्ता की ओर से संसाधित डेटा इस अनुरोध में शामिल नहीं है।

भवदीया,
सुनीता शर्मा
वरिष्ठ लेखाकार
शर्मा टेक्सटाइल्स प्राइवेट लिमिटेड, जयपुर
"""),

dict(cls="legal_anchor", rights=["nomination"], name="रमेश कुमार गुप्ता", note="DPDP s.14 nomination of son in Devanagari; 'श्री' honorific", ua="thunderbird", cs="utf-8",
 frm=("रमेश कुमार गुप्ता", "rk.gupta@mailbox-in.example"), subj="धारा 14 के अंतर्गत नामांकन",
 body="""सेवा में,
डेटा संरक्षण अधिकारी,
इनथिंक टेक्नोलॉजीज़

विषय: डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 14 के अंतर्गत नामांकन

महोदय,

मैं, रमेश कुमार गुप्ता, अपनी मृत्यु या अक्षमता की स्थिति में अपने अधिकारों का प्रयोग करने के लिए अपने पुत्र श्री अमित गुप्ता को नामांकित करता हूँ। कृपया इस नामांकन को दर्ज करें और पुष्टि भेजें।

धन्यवाद सहित,
रमेश कुमार गुप्ता
लखनऊ
"""),

dict(cls="multi_right", rights=["grievance", "erasure"], name="Vikas Yadav", note="Hinglish formal complaint to grievance officer + renewed erasure; earlier request reported", ua="none", cs="utf-8",
 frm=("vikas yadav", "vikas.yadav@mailbox-in.example"), subj="Complaint - data delete nahi hua",
 body="""Hello,

Maine 2 mahine pehle apna data delete karne ke liye mail kiya tha, koi reply nahi aaya aur aapke sales wale abhi bhi call kar rahe hain.

Ye meri official complaint hai, please isko apne Grievance Officer tak pahunchao. Aur mera saara data turant delete karo.

Vikas Yadav
"""),

dict(cls="not_request", kind="other", rights=[], name="प्रिया सिंह", emp="इन्फोटेक सॉल्यूशंस प्रा. लि.", note="Hindi job application with consent to keep CV", ua="gmail", cs="utf-8", shape="attach",
 att=[("Priya_Singh_Resume.pdf", "application/pdf", FAKE_PDF)],
 frm=("Priya Singh", "priya.singh.hr@mailbox-in.example"), subj="नौकरी के लिए आवेदन – कस्टमर सपोर्ट एग्जीक्यूटिव",
 body="""नमस्ते,

मैं आपकी कस्टमर सपोर्ट एग्जीक्यूटिव की रिक्ति के लिए आवेदन करना चाहती हूँ। मेरा बायोडाटा संलग्न है।

वर्तमान में मैं इन्फोटेक सॉल्यूशंस प्रा. लि., नोएडा में कार्यरत हूँ।

मैं सहमति देती हूँ कि आप मेरा बायोडाटा भविष्य की भर्तियों के लिए एक वर्ष तक रख सकते हैं।

सादर,
प्रिया सिंह
"""),
]
