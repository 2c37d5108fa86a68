from . import M, AR, DPO, fake_pdf

MAILS = [
M("plain_words", "request", ["erasure", "objection"], "Rohit Sharma", None, None,
  "Hinglish (Hindi in Latin script): delete my data, stop calls",
  ("Rohit Sharma", "rohit.sharma.1990@rediff-mail.example"),
  "mera data delete karo",
  """
Hello sir/madam,

Aapke yahan se roz call aata hai aur mails bhi aa rahe hain. Maine kabhi aapke yahan registration nahi kiya. Please mera pura data delete kar dijiye aur aage se call mat kijiye.

Thanks
Rohit Sharma
""", cs="us-ascii", cte="7bit"),

M("legal_anchor", "request", ["access"], "सुनीता वर्मा", None, None,
  "DPDP Act 2023 धारा 11 (access summary) in Devanagari, Shrimati dropped",
  ("Sunita Verma", "sunita.verma@bharat-mail.example"),
  "डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 11 के अंतर्गत अनुरोध",
  """
सेवा में,
डेटा संरक्षण अधिकारी,
Innthink Technologies

महोदय/महोदया,

डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 11 के अंतर्गत मैं अनुरोध करती हूँ कि आप मुझे मेरे उन व्यक्तिगत डेटा का सारांश उपलब्ध कराएँ जिसे आप संसाधित कर रहे हैं, तथा उन सभी डेटा फ़िड्युशियरी और डेटा प्रोसेसर की जानकारी दें जिनके साथ यह डेटा साझा किया गया है।

धन्यवाद।

भवदीया,
श्रीमती सुनीता वर्मा
जयपुर, राजस्थान
""", cs="utf-8", cte="base64"),

M("legal_anchor", "request", ["nomination"], "राजेश कुमार गुप्ता", None, None,
  "DPDP Act s.14 nomination of son to exercise rights after death/incapacity; Shri dropped",
  ("राजेश कुमार गुप्ता", "rk.gupta@indiapost-mail.example"),
  "धारा 14 के अंतर्गत नामांकन",
  """
नमस्ते,

डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 14 के अंतर्गत मैं अपने पुत्र श्री अमित गुप्ता (amit.gupta@indiapost-mail.example, मोबाइल 98555 01234) को नामित करता हूँ, जो मेरी मृत्यु या अक्षमता की स्थिति में मेरे अधिकारों का प्रयोग करेंगे।

कृपया इस नामांकन को अपने रिकॉर्ड में दर्ज करें और पुष्टि भेजें।

शुभकामनाओं सहित,
श्री राजेश कुमार गुप्ता
लखनऊ
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("multi_right", "request", ["grievance", "rectification"], "Priya Nair", "Kerala Spices Exports Pvt. Ltd.", None,
  "Hindi with English words: correction + grievance under DPDP s.13 for unanswered earlier request",
  ("Priya Nair", "priya.nair@keralaspices-exp.example"),
  "शिकायत - मेरा डेटा अभी तक सही नहीं हुआ",
  """
नमस्कार,

मैंने 2 महीने पहले अपना मोबाइल नंबर और पता सही करने के लिए लिखा था, पर अभी तक कुछ नहीं हुआ। मेरे employer Kerala Spices Exports Pvt. Ltd. के CRM में अब भी पुराना नंबर दिख रहा है।

1. कृपया मेरा नंबर 94555 02211 और पता (Panampilly Nagar, Kochi) सही करें।
2. इसे DPDP Act की धारा 13 के तहत मेरी औपचारिक शिकायत (grievance) माना जाए।

धन्यवाद,
Priya Nair
""", cs="utf-8", cte="8bit"),

M("employer", "request", ["withdraw_consent"], "विकास सहगल", "सहगल टेक्सटाइल्स प्राइवेट लिमिटेड", None,
  "Employer in Devanagari (प्राइवेट लिमिटेड) in text; withdraws consent (सहमति वापस)",
  ("Vikas Sehgal", "vikas@sehgal-textiles.example"),
  "सहमति वापस लेना",
  """
प्रिय महोदय,

मैं सहगल टेक्सटाइल्स प्राइवेट लिमिटेड में काम करता हूँ, जहाँ आपका CRM इस्तेमाल होता है। आपके webinar में registration के समय मैंने promotional messages के लिए सहमति दी थी। मैं अब वह सहमति वापस लेता हूँ।

धन्यवाद,
विकास सहगल
""", shape="html", style="gmail", cs="utf-8", cte="base64"),

M("not_request", "auto_reply", [], "Anjali Mehta", None, None,
  "Hindi/English out-of-office, body mostly Hindi",
  ("Anjali Mehta", "anjali.mehta@pune-infra.example"),
  "स्वचालित उत्तर: Re: आपका अनुरोध",
  """
नमस्ते,

मैं 15 नवंबर तक छुट्टी पर हूँ। अति आवश्यक मामलों के लिए कृपया office@pune-infra.example पर संपर्क करें।

Anjali Mehta
""", cs="utf-8", cte="quoted-printable", headers=AR()),

M("not_request", "other", [], "अरुण प्रकाश", None, None,
  "General question in Hindi about whether data is stored in India; not a request",
  ("अरुण प्रकाश", "arun.prakash@bharat-mail.example"),
  "डेटा कहाँ स्टोर होता है?",
  """
नमस्ते,

हमारी कंपनी Massist CRM लेने पर विचार कर रही है। क्या आप बता सकते हैं कि डेटा भारत में स्टोर होता है या विदेश में? और क्या आपके पास DPDP Act के अनुसार कोई दस्तावेज़ है?

धन्यवाद,
अरुण प्रकाश
""", cs="utf-8", cte="8bit"),

M("agent", "request", ["erasure"], "हरिप्रसाद मिश्रा", None, "अनुराधा मिश्रा",
  "Nominee (DPDP s.14) writes after the data principal's death asking erasure; death certificate PDF attached",
  ("Anuradha Mishra", "anuradha.mishra@bharat-mail.example"),
  "स्वर्गीय पिताजी के डेटा को मिटाने हेतु अनुरोध (नामिती के रूप में)",
  """
महोदय/महोदया,

मेरे पिताजी, स्वर्गीय श्री हरिप्रसाद मिश्रा, का 12 जनवरी को देहांत हो गया। उन्होंने पिछले वर्ष आपको लिखकर डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम की धारा 14 के तहत मुझे अपना नामिती (nominee) बनाया था।

नामिती के रूप में मैं अनुरोध करती हूँ कि उनका सारा व्यक्तिगत डेटा आपके सिस्टम से मिटा दिया जाए।

डेटा प्रिंसिपल: हरिप्रसाद मिश्रा
मृत्यु प्रमाण पत्र संलग्न है।

सादर,
अनुराधा मिश्रा
वाराणसी
""", shape="att", cs="utf-8", cte="base64",
  att=("mrityu_praman_patra.pdf", "application/pdf", fake_pdf("Death certificate"))),
]
