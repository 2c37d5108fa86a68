# Hindi letters (13): 7 in Hinglish (Latin script), 6 in Devanagari.

LETTERS = [
# 001
dict(cls="plain_words", rights=["opt_out_sale"], name="Rohit Verma", emp=None, agent=None,
     note="Hinglish, US resident: 'mera data kisi advertiser ko mat becho', phone-written",
     frm=("Rohit Verma", "rohit.verma91@dakmail.example"), subj="mera data mat becho",
     cs="us-ascii", cte="7bit",
     body="""
hello sir/mam

main New Jersey me rehta hoon aur meri company aapka CRM use karti hai. suna hai aap log data "partners" ke saath share karte ho ads ke liye. please mera data kisi advertiser ya kisi aur company ko mat becho aur mat do

thanks
Rohit Verma

Sent from my Redmi
"""),
# 002
dict(cls="plain_words", rights=["erasure"], name="सुनीता यादव", emp=None, agent=None,
     note="Devanagari 'मेरा सारा डेटा हटा दीजिए'",
     frm=("सुनीता यादव", "sunita.yadav@dakghar.example"), subj="मेरा डेटा हटाइए",
     cs="utf-8", cte="base64",
     body="""
नमस्ते,

मैं आपकी किसी सेवा का इस्तेमाल नहीं करती, फिर भी मुझे आपकी तरफ़ से मैसेज आते हैं। कृपया मेरा नाम, फ़ोन नंबर और ईमेल – सब कुछ अपने सिस्टम से हटा दीजिए।

धन्यवाद,
सुनीता यादव
"""),
# 003
dict(cls="plain_words", rights=["rectification"], name="Ankita Deshpande", emp="Kalyani Auto Parts Pvt. Ltd.", agent=None,
     note="Hinglish: name spelled wrong and old address; employer in running text",
     frm=("Ankita Deshpande", "ankita.d@kalyaniautoparts.example"), subj="naam aur address galat hai",
     cs="utf-8", cte="quoted-printable",
     body="""
Hi,

Main Kalyani Auto Parts Pvt. Ltd. me kaam karti hoon, hamari company aapka Massist use karti hai. System me mera naam "Ankita Despande" likha hai - 'h' missing hai, sahi spelling Deshpande hai. Aur address bhi purana hai, ab main Kothrud, Pune me rehti hoon (Flat 402, Sai Residency).

Please dono theek kar dijiye.

Thanks,
Ankita Deshpande
"""),
# 004
dict(cls="plain_words", rights=["nomination"], name="विनोद कुमार मिश्रा", emp=None, agent=None,
     note="plain words nomination: after my death my daughter should handle my data",
     frm=("विनोद कुमार मिश्रा", "vinod.mishra@dakghar.example"), subj="मेरे बाद मेरा डेटा",
     cs="utf-8", cte="quoted-printable",
     body="""
आदरणीय महोदय/महोदया,

मेरी उम्र 68 वर्ष है और मैं एक बीमा एजेंसी के ज़रिए आपके सिस्टम में दर्ज हूँ। मैं चाहता हूँ कि अगर मुझे कुछ हो जाए या मैं न रहूँ, तो मेरी बेटी श्रीमती अनीता मिश्रा (मोबाइल 98390 45612) मेरी ओर से मेरे डेटा के बारे में आपसे बात कर सकें और फ़ैसले ले सकें। कृपया इसे अपने रिकॉर्ड में दर्ज कर लें।

धन्यवाद सहित,
विनोद कुमार मिश्रा
लखनऊ
"""),
# 005
dict(cls="multi_right", rights=["objection", "withdraw_consent"], name="Harpreet Singh", emp=None, agent=None,
     note="Hinglish: stop marketing calls and 'permission wapas le raha hoon'",
     frm=("Harpreet Singh", "harpreet.singh@punjmail.example"), subj="calls band karo",
     cs="us-ascii", cte="7bit",
     body="""
Hello,

Aapke log roz call karke demo ke liye bolte hain. Please marketing calls aur SMS band karo, mujhe interest nahi hai.

Aur signup ke time maine WhatsApp updates ke liye jo permission di thi, wo main wapas le raha hoon. Ab mujhe WhatsApp pe kuch nahi chahiye.

Harpreet Singh
Ludhiana
"""),
# 006
dict(cls="multi_right", rights=["access", "grievance"], name="राजेश पांडे", emp=None, agent=None,
     note="Devanagari: copy of my data + formal complaint about no reply",
     frm=("राजेश पांडे", "rajesh.pandey@bharatmail.example"), subj="शिकायत और जानकारी की माँग",
     cs="utf-8", cte="8bit",
     body="""
महोदय,

मैंने दो महीने पहले आपकी सपोर्ट टीम को ईमेल करके पूछा था कि मेरे बारे में आपके पास क्या जानकारी है। आज तक कोई जवाब नहीं आया।

1. कृपया मेरे बारे में आपके पास जो भी जानकारी है, उसकी पूरी कॉपी भेजिए।
2. जवाब न मिलने के बारे में मैं अपनी औपचारिक शिकायत दर्ज करना चाहता हूँ। कृपया इसे आपके शिकायत अधिकारी तक पहुँचाइए और शिकायत नंबर दीजिए।

राजेश पांडे
भोपाल
"""),
# 007
dict(cls="negation", rights=["rectification"], name="Sneha Kulkarni", emp=None, agent=None,
     note="Hinglish: 'account delete mat karna', only update phone number",
     frm=("Sneha Kulkarni", "sneha.kulkarni@dakmail.example"), subj="phone number update",
     cs="us-ascii", cte="7bit", shape="alt",
     body="""
Hi team,

Mera account delete mat karna please, main use kar rahi hoon. Bas mera phone number update kar do - purana 98201 11111 band ho gaya hai, naya 98201 22222 hai.

Thank you!
Sneha Kulkarni
"""),
# 008
dict(cls="agent", rights=["erasure"], name="रमेश चंद्र गुप्ता", emp=None, agent="अंकित गुप्ता",
     note="nominee son after the father's death; 'श्री' title dropped",
     frm=("अंकित गुप्ता", "ankit.gupta@bharatmail.example"), subj="स्वर्गीय श्री रमेश चंद्र गुप्ता का डेटा",
     cs="utf-8", cte="quoted-printable",
     body="""
नमस्कार,

मेरे पिता श्री रमेश चंद्र गुप्ता का पिछले महीने निधन हो गया। उन्होंने अपने जीवनकाल में मुझे अपने डेटा से जुड़े मामलों के लिए नामित (nominee) किया था।

उनकी ओर से मेरा अनुरोध है कि आपके सिस्टम में उनका जो भी व्यक्तिगत डेटा है, उसे मिटा दिया जाए। मृत्यु प्रमाणपत्र और नामांकन की प्रति संलग्न कर सकता हूँ।

अंकित गुप्ता
कानपुर
"""),
# 009
dict(cls="agent", rights=["automated_decision"], name="Pooja Nair", emp="Trivandrum Spices Exports Pvt. Ltd.", agent="Arjun Menon",
     note="Hinglish HR mail forwarding an employee who wants a human to review an automatic score",
     frm=("Arjun Menon", "arjun.menon@tvmspices.example"), subj="Fwd: performance score review",
     cs="utf-8", cte="quoted-printable",
     body="""
Hi Massist team,

Ye request hamari employee Pooja Nair ki hai. Unka quarterly score aapke system ne automatically "below target" calculate kiya hai aur uske basis pe unka incentive ruk gaya. Wo chahti hain ki koi insaan ise manually dekhe, sirf system ka decision final na ho. Neeche unka mail hai.

Regards,
Arjun Menon
HR Manager, Trivandrum Spices Exports Pvt. Ltd.

---------- Forwarded message ---------
From: Pooja Nair <pooja.nair@tvmspices.example>
Date: Mon, 16 Mar 2026 at 10:05
Subject: performance score review

Arjun sir, mera score system ne galat nikala hai kyunki March me main 2 hafte leave pe thi. Please kisi se manually review karwa dijiye, machine ka score final mat maniye.
Pooja
"""),
# 010
dict(cls="names", rights=["objection"], name="K. Venkataramana Rao", emp=None, agent=None,
     note="Hinglish; South Indian initial-first name with 'Shri' title",
     frm=("K Venkataramana Rao", "kvrao.retd@dakmail.example"), subj="SMS band kijiye",
     cs="us-ascii", cte="7bit",
     body="""
Namaskar,

Main Shri K. Venkataramana Rao. Mujhe aapke promotional SMS aur emails bilkul nahi chahiye, kripya mera number marketing ke liye use mat kijiye.

Dhanyavaad
"""),
# 011
dict(cls="legal_anchor", rights=["rectification", "erasure"], name="प्रिया चौधरी", emp=None, agent=None,
     note="DPDP Act 2023 section 12 cited in Hindi",
     frm=("प्रिया चौधरी", "priya.chaudhary@bharatmail.example"), subj="डीपीडीपी अधिनियम की धारा 12 के अंतर्गत अनुरोध",
     cs="utf-8", cte="quoted-printable", shape="html", hstyle="outlook", hlang="hi",
     body="""
सेवा में,
डेटा संरक्षण अधिकारी,

डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 (DPDP Act) की धारा 12 के अंतर्गत मैं अनुरोध करती हूँ कि:

(क) मेरी जन्मतिथि को 12/04/1990 से सही करके 21/04/1990 किया जाए; तथा
(ख) मेरा पुराना पता और पुराना मोबाइल नंबर, जो अब आवश्यक नहीं हैं, मिटा दिए जाएँ।

भवदीया,
प्रिया चौधरी
जयपुर
"""),
# 012
dict(cls="employer", rights=["access"], name="संजय अग्रवाल", emp="अग्रवाल टेक्सटाइल्स प्राइवेट लिमिटेड", agent=None,
     note="employer in a Devanagari signature under the job title",
     frm=("संजय अग्रवाल", "sanjay@agarwaltextiles.example"), subj="मेरी जानकारी",
     cs="utf-8", cte="8bit",
     body="""
नमस्ते,

कृपया बताइए कि आपके सिस्टम में मेरी कौन-कौन सी निजी जानकारी रखी हुई है। हो सके तो उसकी कॉपी भेज दीजिए।

धन्यवाद,
संजय अग्रवाल
बिक्री प्रबंधक
अग्रवाल टेक्सटाइल्स प्राइवेट लिमिटेड, सूरत
"""),
# 013
dict(cls="not_request", kind="other", rights=[], name="Vikram Malhotra", emp="Malhotra Logistics Pvt. Ltd.", agent=None,
     note="Hinglish general question about DPDP compliance, not a request",
     frm=("Vikram Malhotra", "vikram@malhotralogistics.example"), subj="DPDP compliance ke baare me",
     cs="us-ascii", cte="7bit",
     body="""
Hi,

Hum Malhotra Logistics Pvt. Ltd. se hain aur Massist CRM lene ka soch rahe hain. Kya aapka software DPDP Act ke hisaab se compliant hai? Data India me store hota hai ya bahar? Koi document ho to bhej dijiye.

Regards,
Vikram Malhotra
"""),
]
