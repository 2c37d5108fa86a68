import json, email, re, collections
from email import policy
OUT = "/work/heldout-18"
gold = [json.loads(l) for l in open(OUT + "/gold.jsonl", encoding="utf-8")]
C = {k: collections.Counter() for k in ("language", "class", "kind", "charset", "cte", "structure", "headers")}
rights = collections.Counter()
for g in gold:
    C["language"][g["language"]] += 1; C["class"][g["class"]] += 1; C["kind"][g["kind"]] += 1
    for r in g["rights"]: rights[r] += 1
    raw = open(OUT + "/" + g["file"], "rb").read()
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    cs, ctes, st = set(), set(), set()
    top = msg.get_content_type()
    if top == "text/plain": st.add("text/plain only")
    if top == "text/html": st.add("HTML-only")
    if top == "multipart/alternative": st.add("multipart/alternative")
    if top == "multipart/report": st.add("multipart/report (DSN)")
    for p in msg.walk():
        ct = p.get_content_type()
        if ct == "message/rfc822" and top != "multipart/report": st.add("message/rfc822 attached")
        if ct == "multipart/alternative": st.add("multipart/alternative")
        if ct.startswith("text/") and p.get_content_charset():
            cs.add(p.get_content_charset().lower())
        if p.get("Content-Transfer-Encoding") and not p.is_multipart():
            ctes.add(p["Content-Transfer-Encoding"].lower())
    for x in cs: C["charset"][x] += 1
    for x in ctes: C["cte"][x] += 1
    for x in st: C["structure"][x] += 1
    hb = raw.split(b"\r\n\r\n", 1)[0]
    if re.search(rb"^Subject:[^\r\n]*=\?", hb, re.M): C["headers"]["RFC 2047 Subject"] += 1
    if re.search(rb"^From:[^\r\n]*=\?", hb, re.M): C["headers"]["RFC 2047 From display name"] += 1
    if re.search(rb"^Reply-To:", hb, re.M): C["headers"]["Reply-To"] += 1
    if re.search(rb"^Auto-Submitted:", hb, re.M): C["headers"]["Auto-Submitted"] += 1
    if re.search(rb"^List-Unsubscribe:", hb, re.M): C["headers"]["List-Unsubscribe"] += 1
C["rights"] = rights
if __name__ == "__main__":
    print(len(gold))
    for k, c in C.items():
        print("==", k, len(c)); print(dict(sorted(c.items(), key=lambda x: -x[1])))
