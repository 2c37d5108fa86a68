import json, email, re, html, collections, sys
from email import policy
OUT = "/work/heldout-18"
gold = [json.loads(l) for l in open(OUT + "/gold.jsonl", encoding="utf-8")]

def texts(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            try:
                t = part.get_content()
            except Exception as e:
                print("DECODE FAIL", e); t = ""
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct == "message/rfc822":
            pass  # walk() descends
    return "\n".join(out)

def norm(s):
    return re.sub(r"\s+", " ", s)

feat = collections.Counter()
bad = 0
for g in gold:
    raw = open(OUT + "/" + g["file"], "rb").read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            print("MISSING", h, g["file"]); bad += 1
    allt = norm(texts(msg) + " " + str(msg["From"]) + " " + str(msg.get("Reply-To", "")) + " " + str(msg["Subject"]))
    for k in ("name", "employer", "agent_name"):
        v = g[k]
        if v and norm(v) not in allt:
            print("NOT FOUND", g["file"], k, v); bad += 1
print("problems:", bad)
