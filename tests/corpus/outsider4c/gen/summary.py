#!/usr/bin/env python3
"""Write SUMMARY.md: counts per language, class, kind, right, charset,
transfer encoding and MIME structure (read back from the built files)."""
import collections
import email
import email.policy
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def structure(part):
    ct = part.get_content_type()
    if ct == "message/delivery-status":
        return ct
    if part.is_multipart():
        return "%s(%s)" % (ct, ",".join(structure(p) for p in part.get_payload()))
    return ct


def table(title, counter, total=None, key_name="value"):
    lines = ["## " + title, "", "| %s | count |" % key_name, "|---|---:|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        lines.append("| %s | %d |" % (k, v))
    if total is not None:
        lines.append("| **total** | %d |" % total)
    lines.append("")
    return lines


def main():
    rows = [json.loads(x) for x in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
    C = collections.Counter
    lang, cls, kind, rights = C(), C(), C(), C()
    charset, cte, struct = C(), C(), C()
    lang_kind = collections.defaultdict(C)
    for r in rows:
        lang[r["language"]] += 1
        cls[r["class"]] += 1
        kind[r["kind"]] += 1
        lang_kind[r["language"]][r["kind"]] += 1
        for x in r["rights"]:
            rights[x] += 1
        msg = email.message_from_bytes(open(os.path.join(ROOT, r["file"]), "rb").read(),
                                       policy=email.policy.compat32)
        struct[structure(msg)] += 1
        seen_cs = set()
        for p in msg.walk():
            if p.get_content_maintype() == "text" and p.get_content_type() not in ("text/rfc822-headers",):
                cs = p.get_content_charset()
                if cs:
                    seen_cs.add(cs)
                cte[(p.get("Content-Transfer-Encoding") or "7bit (implicit)").lower()] += 1
        for cs in seen_cs:
            charset[cs] += 1
    n = len(rows)
    out = ["# SUMMARY", "",
           "%d mails; %d requests (%.1f %%)." % (n, kind["request"], 100.0 * kind["request"] / n), ""]
    out += ["## Per language (with kinds)", "", "| language | total | request | other | auto_reply | bounce | bulk |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for lg, v in sorted(lang.items(), key=lambda kv: (-kv[1], kv[0])):
        k = lang_kind[lg]
        out.append("| %s | %d | %d | %d | %d | %d | %d |" % (lg, v, k["request"], k["other"], k["auto_reply"],
                                                          k["bounce"], k["bulk"]))
    out.append("")
    out += table("Per class", cls, n, "class")
    out += table("Per kind", kind, n, "kind")
    out += table("Per right (a mail may carry several)", rights, None, "right")
    out += table("Charsets declared on text parts (mails containing at least one part in that charset)", charset,
                 None, "charset")
    out += table("Content-Transfer-Encoding of text parts", cte, None, "encoding")
    out += table("MIME structure", struct, n, "structure")
    with open(os.path.join(ROOT, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
