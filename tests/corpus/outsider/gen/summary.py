import json, sys, os, email, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stats import C, gold
OUT = "/work/heldout-18"
KEYS = ["file", "kind", "language", "rights", "name", "employer", "agent_name", "class", "note"]
for g in gold:
    assert list(g.keys()) == KEYS, g
    assert os.path.exists(os.path.join(OUT, g["file"]))
    raw = open(os.path.join(OUT, g["file"]), "rb").read()
    m = email.message_from_bytes(raw)
    assert "dpo@massistcrm.com" in m["To"], g["file"]
    for h in ("From", "Subject", "Date", "Message-ID"):
        assert m[h] is not None, (g["file"], h)
enc = C["charset"]
groups = {
    "UTF-8": enc["utf-8"],
    "iso-8859-2": enc["iso-8859-2"],
    "windows-1251": enc["windows-1251"],
    "koi8-r": enc["koi8-r"],
    "shift_jis / iso-2022-jp": enc["shift_jis"] + enc["iso-2022-jp"],
    "gb2312 / gbk": enc["gb2312"] + enc["gbk"],
    "big5": enc["big5"], "euc-kr": enc["euc-kr"], "iso-8859-7": enc["iso-8859-7"],
    "windows-1256": enc["windows-1256"], "iso-8859-8 / windows-1255": enc["iso-8859-8"] + enc["windows-1255"],
}
L = ["# Held-out set 18 - summary", "", "Total mails: **%d** (gold lines: %d)" % (len(gold), len(gold)), ""]
def table(title, c, head):
    L.append("## " + title); L.append(""); L.append("| %s | mails |" % head); L.append("|---|---|")
    for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])):
        L.append("| %s | %d |" % (k, v))
    L.append("")
table("Per language (%d languages)" % len(C["language"]), C["language"], "language")
table("Per class", C["class"], "class")
table("Per kind", C["kind"], "kind")
table("Rights in gold (mails containing the right)", C["rights"], "right")
table("Encoding groups (mails with a text part in that charset, incl. forwarded/attached parts)", groups, "charset group")
table("All charsets", C["charset"], "charset")
table("Content-Transfer-Encoding (mails using it in some leaf part)", C["cte"], "CTE")
table("MIME structure", C["structure"], "structure")
table("Header features", C["headers"], "feature")
L.append("Language variants: pt includes pt-PT and pt-BR letters; es includes Spain, Mexico (ARCO / LFPDPPP) and US-Spanish letters; zh includes Simplified (GB2312/GBK) and Traditional (Big5) letters.")
txt = "\n".join(L) + "\n"
open(OUT + "/SUMMARY.md", "w", encoding="utf-8").write(txt)
print(txt)
