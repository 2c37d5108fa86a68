#!/usr/bin/env python3
"""Write SUMMARY.md: counts per language, class, kind, right, charset, transfer encoding, MIME structure."""
import os, json, collections, email
from email import policy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def structure(msg):
    if msg.get_content_type() == "message/delivery-status":
        return "message/delivery-status"
    if msg.is_multipart():
        inner = ",".join(structure(p) for p in msg.get_payload())
        return "%s[%s]" % (msg.get_content_type(), inner)
    return msg.get_content_type()

def leaves(msg):
    if msg.get_content_type() == "message/delivery-status":
        yield msg
        return
    if msg.is_multipart():
        for p in msg.get_payload():
            yield from leaves(p)
    else:
        yield msg

def table(title, counter, total=None):
    out = ["## " + title, "", "| value | count |", "|---|---:|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        out.append("| %s | %d |" % (k, v))
    out.append("")
    return out

def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
    lang, cls, kind, rights, cs, cte, shape, nrights = (collections.Counter() for _ in range(8))
    lang_cls = collections.defaultdict(collections.Counter)
    for g in gold:
        lang[g["language"]] += 1
        cls[g["class"]] += 1
        kind[g["kind"]] += 1
        nrights[len(g["rights"])] += 1
        lang_cls[g["language"]][g["class"]] += 1
        for r in g["rights"]:
            rights[r] += 1
        msg = email.message_from_bytes(open(os.path.join(ROOT, g["file"]), "rb").read(), policy=policy.compat32)
        shape[structure(msg)] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                cs[(p.get_content_charset() or "(none)").lower()] += 1
            if not p.is_multipart():
                cte[(p.get("Content-Transfer-Encoding") or "(none, 7bit)").lower()] += 1
    n = len(gold)
    out = ["# Summary", "", "%d mails, %d languages." % (n, len(lang)), "",
           "English share: %.1f %%." % (100.0 * lang["en"] / n), ""]
    out += table("Languages (gold `language`)", lang)
    out += table("Classes", cls)
    out += table("Kinds", kind)
    out += table("Rights (mails carrying each right)", rights)
    out += table("Number of rights per mail", nrights)
    out += table("Charsets of text parts (as labelled)", cs)
    out += table("Content-Transfer-Encoding of leaf parts", cte)
    out += table("MIME structure", shape)
    out += ["## Classes per language", "", "| language | total | classes |", "|---|---:|---|"]
    for l in sorted(lang_cls, key=lambda x: (-lang[x], str(x))):
        out.append("| %s | %d | %s |" % (l, lang[l], ", ".join("%s %d" % kv for kv in sorted(lang_cls[l].items()))))
    out.append("")
    with open(os.path.join(ROOT, "SUMMARY.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("SUMMARY.md written")

if __name__ == "__main__":
    main()
