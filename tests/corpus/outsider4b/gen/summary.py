#!/usr/bin/env python3
"""Write SUMMARY.md from gold.jsonl and gen/meta.json (called by build.py)."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def table(title, counter, total, key_name):
    out = ["## %s" % title, "", "| %s | mails | share |" % key_name, "|---|---:|---:|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        out.append("| %s | %d | %.1f %% |" % (k, v, 100.0 * v / total))
    out.append("")
    return out


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
    meta = {m["file"]: m for m in json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))}
    n = len(gold)
    lang = collections.Counter(g["language"] for g in gold)
    cls = collections.Counter(g["class"] for g in gold)
    kind = collections.Counter(g["kind"] for g in gold)
    rights = collections.Counter(r for g in gold for r in g["rights"])
    cs = collections.Counter(c for m in meta.values() for c in m["cs"])
    cte = collections.Counter(c for m in meta.values() for c in m["cte"])
    struct = collections.Counter(m["struct"] for m in meta.values())
    with_emp = sum(1 for g in gold if g["employer"])
    with_agent = sum(1 for g in gold if g["agent_name"])
    lines = ["# Summary", "",
             "%d mails. Requests: %d (%.1f %%). With employer: %d. With agent: %d." % (
                 n, kind["request"], 100.0 * kind["request"] / n, with_emp, with_agent), "",
             "Rights are counted per mail (a mail with two rights counts once for each). Charsets and transfer",
             "encodings are counted per mail in which they occur anywhere (any MIME part, including nested",
             "messages), so these columns add up to more than the number of mails.", ""]
    lines += table("Languages", lang, n, "language")
    # language x class
    lines += ["## Classes per language", "", "| language | classes |", "|---|---|"]
    per = collections.defaultdict(collections.Counter)
    for g in gold:
        per[g["language"]][g["class"]] += 1
    for l in sorted(per):
        lines.append("| %s | %s |" % (l, ", ".join("%s %d" % kv for kv in sorted(per[l].items()))))
    lines.append("")
    lines += table("Classes", cls, n, "class")
    lines += table("Kinds", kind, n, "kind")
    lines += table("Rights (mails asking for each)", rights, n, "right")
    lines += table("Charsets (as labelled)", cs, n, "charset")
    lines += table("Transfer encodings", cte, n, "Content-Transfer-Encoding")
    lines += table("MIME structures (top level)", struct, n, "structure")
    with open(os.path.join(ROOT, "SUMMARY.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
