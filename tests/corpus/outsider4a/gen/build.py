#!/usr/bin/env python3
"""Rebuild mail/ and gold.jsonl (and SUMMARY.md) from gen/letters/*.py.

stdlib only.  Run:  python3 gen/build.py
"""
import collections
import datetime
import hashlib
import importlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "letters"))

import mime  # noqa: E402

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv", "da", "fi", "cs", "sk", "hu", "ro", "bg",
         "hr", "sl", "el", "et", "lv", "lt", "ga", "mt", "no", "tr", "ru", "uk", "ar", "he", "hi", "ja",
         "zh", "ko", "ca", "id", "vi"]

TZ = {"en": [0, 1], "de": [1, 2], "fr": [1, 2], "es": [1, 2, -6, -5, -7], "pt": [0, 1, -3],
      "it": [1, 2], "nl": [1, 2], "pl": [1, 2], "sv": [1, 2], "da": [1, 2], "fi": [2, 3], "cs": [1, 2],
      "sk": [1, 2], "hu": [1, 2], "ro": [2, 3], "bg": [2, 3], "hr": [1, 2], "sl": [1, 2], "el": [2, 3],
      "et": [2, 3], "lv": [2, 3], "lt": [2, 3], "ga": [0, 1], "mt": [1, 2], "no": [1, 2], "tr": [3],
      "ru": [3], "uk": [2, 3], "ar": [3, 4, 2], "he": [2, 3], "hi": [5.5], "ja": [9], "zh": [8],
      "ko": [9], "ca": [1, 2], "id": [7], "vi": [7]}

CTE = {"7bit": "7bit", "8bit": "8bit", "qp": "quoted-printable", "b64": "base64", None: None}

CLIENTS = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdqX{h}=="],
    "outlook_web": ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "],
    "gmail": [],
    "apple": ["X-Mailer: iPhone Mail (21G93)"],
    "applemac": ["X-Mailer: Apple Mail (2.3774.600.62)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "roundcube": ["User-Agent: Roundcube Webmail/1.6.6"],
    "android": ["X-Mailer: Android Mail"],
    "yahoo": ["X-Mailer: WebService/1.1.22645 YMailNorrin"],
    "form": [],
    "none": [],
}


BSTYLE = {"outlook": 2, "outlook_web": 2, "gmail": 1, "apple": 3, "applemac": 3, "thunderbird": 4,
          "roundcube": 5, "android": 0, "yahoo": 0, "form": 5, "none": 0}


def h8(s, n=8):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def mkdt(seed, lang, tz=None):
    h = int(h8(seed, 12), 16)
    base = datetime.datetime(2024, 5, 6, 7, 0, 0)
    d = base + datetime.timedelta(days=h % 420, minutes=(h >> 10) % 780, seconds=(h >> 20) % 60)
    tzs = TZ.get(lang, [0])
    off = tz if tz is not None else tzs[(h >> 30) % len(tzs)]
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def fmtdate(d):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = d.utcoffset().total_seconds() / 3600.0
    sign = "+" if off >= 0 else "-"
    a = abs(off)
    return "%s, %02d %s %d %02d:%02d:%02d %s%02d%02d" % (
        days[d.weekday()], d.day, mons[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, int(a), int(round((a - int(a)) * 60)))


def domain_of(addr):
    return addr.split("@", 1)[1] if "@" in addr else "mail.example"


def content(spec, seed, lang):
    """Return (header_lines, body_bytes, structure, [(charset, cte)...])."""
    cs = spec.get("cs", "utf-8")
    real = spec.get("real")
    cte = CTE[spec.get("cte")] or ("7bit" if _ascii(spec.get("body", "")) else "quoted-printable")
    shape = spec.get("shape", "plain")
    style = spec.get("style", "outlook")
    rtl = lang in ("ar", "he")
    leafs = []

    def tleaf(text, cs_, cte_, real_=None, flowed=False):
        raw = mime.to_crlf_bytes(text, real_ or cs_)
        params = "; format=flowed" if flowed else ""
        hs = ["Content-Type: text/plain; charset=%s%s" % (_q(cs_) if spec.get("qcs") else cs_, params),
              "Content-Transfer-Encoding: %s" % cte_]
        leafs.append((cs_, cte_))
        return hs, mime.encode_body(raw, cte_)

    def hleaf(html_text, cs_, cte_):
        raw = mime.to_crlf_bytes(html_text, cs_, "xmlcharrefreplace")
        hs = ["Content-Type: text/html; charset=%s" % (_q(cs_) if spec.get("qcs") else cs_),
              "Content-Transfer-Encoding: %s" % cte_]
        leafs.append((cs_, cte_))
        return hs, mime.encode_body(raw, cte_)

    def html_for(text):
        return spec.get("html") or mime.make_html(text, style, cs, lang, rtl)

    def body_part():
        if shape in ("plain", "fwd", "att", "dsn"):
            if spec.get("sub") == "alt":
                return alt()
            if spec.get("sub") == "html":
                return hleaf(html_for(spec["body"]), cs, cte)
            return tleaf(spec["body"], cs, cte, real, spec.get("flowed"))
        if shape == "html":
            return hleaf(html_for(spec["body"]), cs, cte)
        if shape == "alt":
            return alt()
        raise ValueError(shape)

    def alt():
        p1 = tleaf(spec["body"], cs, cte, real, spec.get("flowed"))
        p2 = hleaf(html_for(spec["body"]), cs, CTE[spec.get("ctel")] or cte)
        return mime.multipart("alternative", [mime.part(*p1), mime.part(*p2)],
                              mime.boundary(seed, 1, spec.get("bstyle", BSTYLE.get(spec.get("client", "none"), 0))))

    if shape in ("plain", "html", "alt"):
        hs, body = body_part()
        struct = {"plain": "text/plain", "html": "text/html", "alt": "multipart/alternative"}[shape]
        if spec.get("sub") == "alt":
            struct = "multipart/alternative"
        return hs, body, struct, leafs

    if shape == "fwd":
        inner = dict(spec["inner"])
        inner.setdefault("dt", spec["_dt"] - datetime.timedelta(hours=3 + len(seed) % 40, minutes=17))
        inner_bytes = message(inner, seed + "/inner", lang, top=False)
        inner_cte = "7bit" if _ascii_b(inner_bytes) else "8bit"
        p1 = body_part()
        fname = inner.get("fname", "message.eml")
        if _ascii(fname):
            nm, fn = 'name="%s"' % fname, 'filename="%s"' % fname
        else:
            import urllib.parse
            nm = 'name="%s"' % mime.encoded_words(fname, "utf-8", "Q", 75)[0] if len(mime.encoded_words(fname, "utf-8", "Q", 75)) == 1 \
                else 'name="%s"' % " ".join(mime.encoded_words(fname, "utf-8", "Q", 75))
            fn = "filename*=utf-8''%s" % urllib.parse.quote(fname.encode("utf-8"))
        p2 = (["Content-Type: message/rfc822;\r\n\t%s" % nm,
               "Content-Transfer-Encoding: %s" % inner_cte,
               "Content-Disposition: attachment;\r\n\t%s" % fn], inner_bytes)
        leafs.append(("rfc822", inner_cte))
        hs, body = mime.multipart("mixed", [mime.part(*p1), mime.part(*p2)],
                                  mime.boundary(seed, 2, spec.get("bstyle", BSTYLE.get(spec.get("client", "none"), 0))),
                                  preamble="This is a multi-part message in MIME format.")
        return hs, body, "multipart/mixed+message/rfc822", leafs

    if shape == "att":
        p1 = body_part()
        parts = [mime.part(*p1)]
        for (fname, ctype, data) in spec["att"]:
            if ctype.startswith("text/"):
                raw = mime.to_crlf_bytes(data, "utf-8")
                ph = ["Content-Type: %s; charset=utf-8; name=\"%s\"" % (ctype, fname),
                      "Content-Transfer-Encoding: base64",
                      "Content-Disposition: attachment; filename=\"%s\"" % fname]
            else:
                raw = data
                ph = ["Content-Type: %s; name=\"%s\"" % (ctype, fname),
                      "Content-Transfer-Encoding: base64",
                      "Content-Disposition: attachment; filename=\"%s\"" % fname]
            parts.append(mime.part(ph, mime.b64_encode(raw)))
            leafs.append(("attachment", "base64"))
        hs, body = mime.multipart("mixed", parts, mime.boundary(seed, 3, spec.get("bstyle", BSTYLE.get(spec.get("client", "none"), 0))))
        return hs, body, "multipart/mixed+attachment", leafs

    if shape == "dsn":
        d = spec["dsn"]
        p1 = body_part()
        rep = ["Reporting-MTA: dns; %s" % d.get("mta", "mx1.relay.example")]
        if d.get("arrival"):
            rep.append("Arrival-Date: %s" % d["arrival"])
        rep.append("")
        for r in d["rcpts"]:
            rep.append("Final-Recipient: rfc822; %s" % r)
            rep.append("Action: %s" % d.get("action", "failed"))
            rep.append("Status: %s" % d.get("status", "5.1.1"))
            if d.get("rmta"):
                rep.append("Remote-MTA: dns; %s" % d["rmta"])
            rep.append("Diagnostic-Code: smtp; %s" % d.get("diag", "550 5.1.1 User unknown"))
            rep.append("")
        ds = "\r\n".join(rep).encode("ascii")
        p2 = (["Content-Type: message/delivery-status"], ds)
        orig = dict(d["orig"])
        orig.setdefault("dt", spec["_dt"] - datetime.timedelta(seconds=4 + len(seed)))
        ob = message(orig, seed + "/orig", lang, top=False)
        if d.get("ret") == "full":
            p3 = (["Content-Type: message/rfc822"], ob)
        else:
            hdr_end = ob.index(b"\r\n\r\n")
            p3 = (["Content-Type: text/rfc822-headers"], ob[:hdr_end + 2])
        leafs.append(("delivery-status", "7bit"))
        hs, body = mime.multipart("report", [mime.part(*p1), mime.part(*p2), mime.part(*p3)],
                                  mime.boundary(seed, 4, 5), params=" report-type=delivery-status;")
        return hs, body, "multipart/report", leafs
    raise ValueError(shape)


def _q(s):
    return '"%s"' % s


def _ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _ascii_b(b):
    return all(x < 128 for x in b)


def message(spec, seed, lang, top=True, info=None):
    hq = spec.get("hq", "B")
    client = spec.get("client", "none")
    disp, addr = spec["frm"]
    to = spec.get("to", ("", "dpo@massistcrm.com"))
    if isinstance(to, str):
        to = ("", to)
    lines = []
    dt = spec.get("dt") or mkdt(seed, lang, spec.get("tz"))
    date = spec.get("date") or fmtdate(dt)
    spec["_dt"] = dt
    msgid = spec.get("msgid") or "<%s.%s@%s>" % (h8(seed, 16).upper(), h8(seed + "x", 6), domain_of(addr))
    hcs = spec.get("hcs") or spec.get("cs", "utf-8")
    pre = spec.get("pre", [])
    lines += pre
    if client == "gmail":
        lines.append("MIME-Version: 1.0")
        lines.append("Date: %s" % date)
        lines.append("Message-ID: %s" % msgid)
        lines.append(mime.header_text("Subject", spec.get("subj", ""), hcs, hq))
        lines.append(mime.header_addr("From", disp, addr, hcs, hq, spec.get("qd", False)))
        lines.append(mime.header_addr("To", to[0], to[1], hcs, hq))
    else:
        lines.append(mime.header_addr("From", disp, addr, hcs, hq, spec.get("qd", False)))
        lines.append(mime.header_addr("To", to[0], to[1], hcs, hq))
        lines.append(mime.header_text("Subject", spec.get("subj", ""), hcs, hq))
        lines.append("Date: %s" % date)
        lines.append("Message-ID: %s" % msgid)
    for extra in CLIENTS.get(client, []):
        lines.append(extra.replace("{h}", h8(seed, 10)))
    for x in spec.get("hdr", []):
        if isinstance(x, tuple):
            nm, val = x
            if nm in ("Reply-To", "Cc", "Sender"):
                d2, a2 = val
                lines.append(mime.header_addr(nm, d2, a2, hcs, hq))
            else:
                lines.append(mime.header_text(nm, val, hcs, hq))
        else:
            lines.append(x)
    if client not in ("gmail",):
        lines.append("MIME-Version: 1.0")
    hs, body, struct, leafs = content(spec, seed, lang)
    if info is not None:
        info["struct"] = struct
        info["leafs"] = leafs
    lines += hs
    head = "\r\n".join(lines).encode("ascii")
    return head + b"\r\n\r\n" + body


def load():
    out = []
    langs = os.environ.get("ONLY", "").split(",") if os.environ.get("ONLY") else LANGS
    for lang in langs:
        mod = importlib.import_module(lang)
        for i, spec in enumerate(mod.MAILS, 1):
            out.append((lang, i, spec))
    return out


def main():
    mails = load()
    mdir = os.path.join(ROOT, "mail")
    if os.path.isdir(mdir):
        shutil.rmtree(mdir)
    os.makedirs(mdir)
    gold = []
    stats = collections.defaultdict(collections.Counter)
    for lang, i, spec in mails:
        fn = "mail/%s-%03d.eml" % (lang, i)
        info = {}
        try:
            data = message(spec, fn, lang, True, info)
        except Exception as e:
            print("ERROR building %s: %r" % (fn, e))
            raise
        with open(os.path.join(ROOT, fn), "wb") as f:
            f.write(data)
        glang = spec["lang"] if "lang" in spec else lang
        g = collections.OrderedDict()
        g["file"] = fn
        g["kind"] = spec["kind"]
        g["language"] = glang
        g["rights"] = list(spec["rights"])
        g["name"] = spec["name"]
        g["employer"] = spec["employer"]
        g["agent_name"] = spec["agent"]
        g["class"] = spec["cls"]
        g["note"] = spec["note"]
        gold.append(g)
        stats["language"][str(glang)] += 1
        stats["class"][spec["cls"]] += 1
        stats["kind"][spec["kind"]] += 1
        for r in spec["rights"]:
            stats["right"][r] += 1
        if not spec["rights"]:
            stats["right"]["(none)"] += 1
        stats["structure"][info["struct"]] += 1
        for cs_, cte_ in info["leafs"]:
            if cs_ not in ("rfc822", "attachment", "delivery-status"):
                stats["charset (text parts)"][cs_.lower()] += 1
            stats["transfer encoding (all leaf parts)"][cte_] += 1
        if spec.get("real"):
            stats["mislabelled charset"]["%s declared, %s bytes" % (spec["cs"], spec["real"])] += 1
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    write_summary(stats, len(gold))
    print("wrote %d mails" % len(gold))


def write_summary(stats, total):
    order = ["language", "class", "kind", "right", "charset (text parts)",
             "transfer encoding (all leaf parts)", "structure", "mislabelled charset"]
    out = ["# SUMMARY", "", "Generated by `python3 gen/build.py`. Total mails: **%d**." % total, ""]
    for k in order:
        c = stats.get(k)
        if not c:
            continue
        out.append("## %s" % k)
        out.append("")
        out.append("| value | count |")
        out.append("|---|---|")
        keys = sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) if k != "language" else \
            sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
        for v, n in keys:
            out.append("| %s | %d |" % (v, n))
        out.append("")
    if "right" in stats:
        out.append("Rights are counted per mail (a mail with two rights counts twice); `(none)` = mails with an empty list.")
        out.append("")
    with open(os.path.join(ROOT, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
