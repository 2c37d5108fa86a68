"""Parse every mail and check gold consistency. python3 gen/check.py"""
import os, sys, json, email, html, re, glob
from email import policy
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"request", "auto_reply", "bounce", "bulk", "other"}
RIGHTS = {"access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent",
          "automated_decision", "opt_out_sale", "limit_sensitive", "grievance", "nomination"}
CLASSES = {"plain_words", "legal_anchor", "employer", "names", "agent", "form", "multi_right", "negation",
           "footer_rights", "access_items", "us_wording", "not_request"}
KEYS = ["file", "kind", "language", "rights", "name", "employer", "agent_name", "class", "note"]


def texts(msg):
    out = []
    for k, v in msg.items():
        try:
            out.append(str(v))
        except Exception as e:
            out.append("")
    if msg.is_multipart():
        for p in msg.iter_parts() if hasattr(msg, "iter_parts") else msg.get_payload():
            out.extend(texts(p))
    elif msg.get_content_type() == "message/rfc822":
        out.extend(texts(msg.get_payload(0)))
    else:
        ct = msg.get_content_type()
        if ct.startswith("text/") or ct == "message/delivery-status":
            try:
                t = msg.get_content() if ct.startswith("text/") else msg.as_string()
            except Exception as e:
                raise RuntimeError("decode failed: %s" % e)
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
    return out


def norm(s):
    return re.sub(r"\s+", " ", s)


def main():
    fails = 0
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
    files = sorted("mail/" + os.path.basename(f) for f in glob.glob(os.path.join(ROOT, "mail", "*.eml")))
    if sorted(g["file"] for g in gold) != files:
        print("FAIL: gold/mail mismatch"); fails += 1
    for g in gold:
        f = g["file"]
        def bad(m):
            nonlocal fails
            fails += 1
            print("FAIL", f, m)
        if list(g.keys()) != KEYS: bad("keys")
        if g["kind"] not in KINDS: bad("kind")
        if g["class"] not in CLASSES: bad("class")
        if not set(g["rights"]) <= RIGHTS: bad("rights %s" % g["rights"])
        if g["language"] is not None and not re.fullmatch(r"[a-z]{2}", g["language"]): bad("lang")
        if g["kind"] != "request" and g["rights"]: bad("rights on non-request")
        if g["kind"] == "request" and not g["rights"]: bad("request without rights")
        raw = open(os.path.join(ROOT, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw): bad("bare LF/CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")): bad("line too long")
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            blob = norm("\n".join(texts(msg)))
        except Exception as e:
            bad("parse: %s" % e); continue
        if msg.defects: bad("defects %s" % msg.defects)
        for k in ("name", "employer", "agent_name"):
            v = g[k]
            if v is not None and norm(v) not in blob:
                bad("%s %r not found" % (k, v))
    print("checked", len(gold), "mails,", fails, "failures")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
