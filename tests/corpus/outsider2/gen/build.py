"""Rebuild mail/ and gold.jsonl from the letter modules. python3 gen/build.py"""
import os, sys, json, importlib, glob, hashlib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import mime

MODULES = ["l_en", "l_defres", "l_west", "l_central", "l_baltic_south", "l_east", "l_asia", "l_extra", "l_extra2"]


UAS = [None, ("User-Agent", "Mozilla Thunderbird 128.3.1"), ("X-Mailer", "iPhone Mail (22A3354)"), None,
       ("X-Mailer", "Apple Mail (2.3826.200.121)"), ("User-Agent", "Roundcube Webmail/1.6.9"), None]


def vary(s, fn):
    """Deterministic variation of shape, transfer encoding, header encoding and mailer headers
    for letters that did not fix these themselves."""
    h = int(hashlib.md5(fn.encode()).hexdigest(), 16)
    s = dict(s)
    cs = s.get("cs", "utf-8")
    robot = s.get("hdrs", {}).get("Auto-Submitted") is not None or s["kind"] in ("bounce",)
    if "shape" not in s and not robot and h % 10 < 3:
        s["shape"] = "alt"
        s["hstyle"] = "outlook" if h % 20 < 3 else "gmail"
    if "cte" not in s and cs == "utf-8":
        s["cte"] = ["8bit", "quoted-printable", "base64", "8bit", "quoted-printable"][(h >> 8) % 5]
    if "qph" not in s and (h >> 16) % 4 == 0:
        s["qph"] = True
    hd = dict(s.get("hdrs", {}))
    if not robot and s["kind"] not in ("bulk", "auto_reply") and not any(k in hd for k in ("X-Mailer", "User-Agent")):
        if s.get("shape") == "html" and s.get("hstyle", "outlook") == "outlook":
            hd["X-Mailer"] = "Microsoft Outlook 16.0"
            hd["Thread-Index"] = "Ad" + hashlib.sha1(fn.encode()).hexdigest()[:22]
        else:
            ua = UAS[(h >> 24) % len(UAS)]
            if ua:
                hd[ua[0]] = ua[1]
    s["hdrs"] = hd
    return s


def main():
    specs = []
    for m in MODULES:
        if os.path.exists(os.path.join(HERE, m + ".py")):
            specs.extend(importlib.import_module(m).MAILS)
    maildir = os.path.join(ROOT, "mail")
    os.makedirs(maildir, exist_ok=True)
    counters, gold, out = {}, [], {}
    for i, s in enumerate(specs):
        fl = s.get("file_lang", s["lang"])
        counters[fl] = counters.get(fl, 0) + 1
        fn = "mail/%s-%03d.eml" % (fl, counters[fl])
        try:
            out[fn] = mime.build(vary(s, fn), i, fn)
        except Exception as e:
            sys.exit("build failed for %s (%s): %s" % (fn, s["note"], e))
        gold.append({"file": fn, "kind": s["kind"], "language": s.get("glang", s["lang"]),
                     "rights": s["rights"], "name": s["name"], "employer": s["emp"],
                     "agent_name": s["agent"], "class": s["cls"], "note": s["note"]})
    for f in glob.glob(os.path.join(maildir, "*.eml")):
        os.remove(f)
    for fn, data in out.items():
        with open(os.path.join(ROOT, fn), "wb") as fh:
            fh.write(data)
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for g in gold:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("built", len(gold), "mails")


if __name__ == "__main__":
    main()
