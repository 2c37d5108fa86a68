#!/usr/bin/env python3
"""Rebuild mail/ and gold.jsonl from the letter modules in gen/mails/.

Every letter is written by hand in gen/mails/<lang>.py as a dict; this file only
serialises them into RFC 5322 messages (CRLF, hand-made MIME) and writes the labels.
"""
import os, sys, json, hashlib, importlib, datetime, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import mime
from mime import CRLF

ORDER = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "hu", "ro", "bg", "hr", "sl",
         "el", "et", "lv", "lt", "mt", "ga", "da", "sv", "fi", "no", "tr", "ru", "uk", "ar", "he",
         "hi", "ja", "zh", "ko", "ca", "id", "vi"]

TZ = {"en": ["+0000", "+0100", "-0500", "-0800", "+0530", "+0200", "+1000"], "de": ["+0200", "+0100"],
      "fr": ["+0200", "+0100"], "es": ["+0200", "-0600", "-0500", "-0300"], "it": ["+0200", "+0100"],
      "pt": ["+0100", "+0000", "-0300"], "nl": ["+0200", "+0100"], "pl": ["+0200", "+0100"],
      "cs": ["+0200", "+0100"], "sk": ["+0200", "+0100"], "hu": ["+0200", "+0100"], "ro": ["+0300", "+0200"],
      "bg": ["+0300", "+0200"], "hr": ["+0200", "+0100"], "sl": ["+0200", "+0100"], "el": ["+0300", "+0200"],
      "et": ["+0300", "+0200"], "lv": ["+0300", "+0200"], "lt": ["+0300", "+0200"], "mt": ["+0200", "+0100"],
      "ga": ["+0100", "+0000"], "da": ["+0200", "+0100"], "sv": ["+0200", "+0100"], "fi": ["+0300", "+0200"],
      "no": ["+0200", "+0100"], "tr": ["+0300"], "ru": ["+0300"], "uk": ["+0300", "+0200"], "ar": ["+0300", "+0400", "+0200"],
      "he": ["+0300", "+0200"], "hi": ["+0530"], "ja": ["+0900"], "zh": ["+0800"], "ko": ["+0900"],
      "ca": ["+0200", "+0100"], "id": ["+0700"], "vi": ["+0700"]}

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def hnum(seed, mod):
    return int(hashlib.sha256(seed.encode("utf-8")).hexdigest()[:12], 16) % mod

def make_date(seed, lang):
    base = datetime.datetime(2024, 9, 2, 6, 0, 0)
    dt = base + datetime.timedelta(minutes=hnum(seed + "d", 400 * 24 * 60))
    tzs = TZ.get(lang, ["+0000"])
    tz = tzs[hnum(seed + "z", len(tzs))]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (DAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1], dt.year,
                                               dt.hour, dt.minute, hnum(seed + "s", 60), tz)

PROFILES = ["gmail", "outlook", "thunderbird", "apple", "web", None]

def codec_of(label):
    return label

def text_ctype(sub, cs, profile, flowed=False):
    if profile == "outlook":
        s = 'text/%s; charset="%s"' % (sub, cs)
    elif profile == "gmail":
        s = 'text/%s; charset="%s"' % (sub, cs.upper() if cs.lower() == "utf-8" else cs)
    else:
        s = "text/%s; charset=%s" % (sub, cs)
    if flowed:
        s += "; format=flowed"
    return s

def profile_cte(t, cs, profile, sub):
    """Pick the transfer encoding the given client would typically use."""
    base = mime.default_cte(t, cs)
    if base == "7bit" or cs.lower() == "iso-2022-jp":
        return base
    raw = t.encode(cs)
    ascii_only = all(b < 128 for b in raw)
    if ascii_only:
        return base  # long ascii lines -> quoted-printable
    nonlatin = sum(1 for c in t if ord(c) > 0x2FF) * 4 > len(t)
    if profile == "thunderbird":
        return "8bit"
    if profile == "gmail":
        return "base64" if nonlatin else "quoted-printable"
    if profile == "web":
        return "8bit" if sub == "plain" else "quoted-printable"
    if profile in (None, "none"):
        return "8bit" if not nonlatin else "base64"
    if profile == "apple":
        return "quoted-printable"
    return "quoted-printable"

def wrap_lines(text, width=72, flowed=False):
    """Wrap long lines at spaces; with flowed=True keep a trailing space on soft breaks (RFC 3676)."""
    out = []
    for line in text.split("\n"):
        if flowed and (line.startswith(" ") or line.startswith("From ")):
            line = " " + line  # space-stuffing
        if len(line) <= width or line.startswith(">") or " " not in line.strip():
            out.append(line)
            continue
        cur = ""
        for word in line.split(" "):
            if cur and len(cur) + 1 + len(word) > width:
                out.append(cur + (" " if flowed else ""))
                cur = word
            else:
                cur = word if not cur else cur + " " + word
        out.append(cur)
    return "\n".join(out)

def single_part(spec, seed, profile, lang, sub="plain", text=None):
    cs = spec.get("cs", "utf-8")
    label = spec.get("cs_label", cs)
    if sub == "plain":
        t = spec["body"] if text is None else text
        if spec.get("wrap", True) and profile == "thunderbird":
            t = wrap_lines(t, 72, flowed=True)
            spec = dict(spec, flowed=True)
        elif spec.get("wrap", True) and profile is None and spec.get("shape") != "dsn":
            t = wrap_lines(t, 72, flowed=False)
    else:
        t = spec.get("html") or mime.html_from_text(spec["body"], spec.get("hstyle") or {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "web": "web"}.get(profile, "simple"), label, lang)
    cte = spec.get("cte_html" if sub == "html" else "cte") or profile_cte(t, cs, profile, sub)
    body = mime.body_bytes(t, cs, cte)
    return text_ctype(sub, label, profile, spec.get("flowed") and sub == "plain"), cte, body

def attachment_part(att, seed):
    fname, ctype, data = att
    if isinstance(data, str):
        data = data.encode("utf-8")
    enc = mime.base64.encodebytes(data).replace(b"\n", b"\r\n")
    if mime.is_ascii(fname):
        disp = 'attachment; filename="%s"' % fname
        ct = '%s; name="%s"' % (ctype, fname)
    else:
        from urllib.parse import quote
        disp = "attachment; filename*=utf-8''%s" % quote(fname)
        ct = '%s; name="%s"' % (ctype, mime.enc_text(fname, "utf-8", "B"))
    return mime.part(ct, "base64", enc, ["Content-Disposition: " + disp])

def build(spec, seed, lang, nested=False):
    profile = spec.get("ua", PROFILES[hnum(seed + "p", len(PROFILES))])
    if profile == "none":
        profile = None
    cs = spec.get("cs", "utf-8")
    label = spec.get("cs_label", cs)
    hcs = spec.get("hcs", label)
    hmode = spec.get("hmode")
    shape = spec.get("shape", "plain")
    heads = []
    frm = spec["frm"]
    from_dom = frm[1].split("@")[-1]
    if not nested:
        ip = "203.0.113.%d" % (hnum(seed + "ip", 250) + 2)
        date = spec.get("date") or make_date(seed, lang)
        heads.append("Return-Path: <%s>" % (spec.get("return_path", frm[1])))
        host = from_dom if from_dom.split(".")[0] in ("mx", "mx1", "mx01", "mail", "smtp") else "mail." + from_dom
        if not from_dom.endswith("massistcrm.com"):
            heads.append("Received: from %s (%s [%s])\r\n\tby mx1.massistcrm.com (Postfix) with ESMTPS id %s\r\n\tfor <dpo@massistcrm.com>; %s"
                         % (host, host, ip, hashlib.sha1(seed.encode()).hexdigest()[:11].upper(), date))
    else:
        date = spec.get("date") or make_date(seed + "inner", lang)
    fromh = mime.addr(frm[0], frm[1], hcs, hmode)
    to = spec.get("to", ("", "dpo@massistcrm.com"))
    if isinstance(to, tuple):
        to = mime.addr(to[0], to[1], hcs, hmode)
    subj = mime.enc_text(spec.get("subj", ""), hcs, hmode)
    mid = spec.get("msgid") or "<%s.%s@%s>" % (hashlib.md5(seed.encode()).hexdigest()[:16], hnum(seed, 10**6), spec.get("mid_dom", from_dom))
    heads.append(mime.fold("From", fromh))
    heads.append(mime.fold("To", to))
    if spec.get("cc"):
        heads.append(mime.fold("Cc", spec["cc"]))
    if spec.get("subj") is not None:
        heads.append(mime.fold("Subject", subj))
    heads.append("Date: " + date)
    heads.append("Message-ID: " + mid)
    for k, v in spec.get("hdrs", []):
        heads.append(mime.fold(k, mime.enc_text(v, hcs, hmode)))
    if profile == "outlook":
        heads.append("X-Mailer: Microsoft Outlook 16.0")
        heads.append("Thread-Index: AQH" + hashlib.sha1((seed + "ti").encode()).hexdigest()[:22])
        heads.append("Content-Language: " + spec.get("clang", {"en": "en-gb"}.get(lang, lang)))
    elif profile == "thunderbird":
        heads.append("User-Agent: Mozilla Thunderbird")
        heads.append("Content-Language: " + spec.get("clang", lang))
    elif profile == "apple":
        heads.append("X-Mailer: Apple Mail (2.3826.400.131.1.6)")
    elif profile == "web":
        heads.append("User-Agent: Roundcube Webmail/1.6.9")
    elif profile == "robot":
        heads.append("X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")
    if profile == "apple":
        heads.append("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")
    else:
        heads.append("MIME-Version: 1.0")

    bnd = lambda tag: mime.boundary(profile, seed + tag)
    if shape == "plain":
        ct, cte, body = single_part(spec, seed, profile, lang, "plain")
    elif shape == "html":
        ct, cte, body = single_part(spec, seed, profile, lang, "html")
    elif shape == "alt":
        a = mime.part(*single_part(spec, seed, profile, lang, "plain"))
        b = mime.part(*single_part(spec, seed, profile, lang, "html"))
        ct, body = mime.multipart("alternative", bnd("alt"), [a, b])
        cte = None
    elif shape in ("attach", "rfc822"):
        if spec.get("alt_inside"):
            a = mime.part(*single_part(spec, seed, profile, lang, "plain"))
            b = mime.part(*single_part(spec, seed, profile, lang, "html"))
            ict, ibody = mime.multipart("alternative", bnd("alt"), [a, b])
            first = mime.part(ict, None, ibody)
        elif spec.get("html_only_inside"):
            first = mime.part(*single_part(spec, seed, profile, lang, "html"))
        else:
            first = mime.part(*single_part(spec, seed, profile, lang, "plain"))
        parts = [first]
        if shape == "rfc822":
            ispec = dict(spec["inner"])
            if not ispec.get("date"):
                from email.utils import parsedate_to_datetime, format_datetime
                od = parsedate_to_datetime(date)
                ispec["date"] = format_datetime(od - datetime.timedelta(minutes=90 + hnum(seed + "back", 4000)))
            inner = build(ispec, seed + "inner", lang, nested=True)
            ecte = "7bit" if all(b < 128 for b in inner) else "8bit"
            fname = spec["inner"].get("fname")
            extra = ['Content-Disposition: attachment; filename="%s"' % fname] if fname else ["Content-Disposition: inline"]
            parts.append(mime.part("message/rfc822" + ('; name="%s"' % fname if fname else ""), ecte, inner, extra))
        for att in spec.get("att", []):
            parts.append(attachment_part(att, seed))
        ct, body = mime.multipart("mixed", bnd("mix"), parts)
        cte = None
    elif shape == "dsn":
        d = spec["dsn"]
        human = mime.part(*single_part(spec, seed, "mta", lang, "plain"), ["Content-Description: Notification"])
        st = d["status"].encode("ascii").replace(b"\n", b"\r\n")
        status = mime.part("message/delivery-status", None, st, ["Content-Description: Delivery report"])
        orig = d["original"].encode("utf-8").replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if d.get("orig_type", "text/rfc822-headers") == "text/rfc822-headers":
            third = mime.part("text/rfc822-headers", None, orig, ["Content-Description: Undelivered Message Headers"])
        else:
            third = mime.part("message/rfc822", "7bit", orig, ["Content-Description: Undelivered Message"])
        ct, body = mime.multipart("report", mime.boundary("mta", seed), [human, status, third],
                                  "; report-type=delivery-status",
                                  preamble="This is a MIME-encapsulated message.")
        cte = None
    else:
        raise ValueError(shape)
    heads.append(mime.fold("Content-Type", ct))
    if cte:
        heads.append("Content-Transfer-Encoding: " + cte)
    return ("\r\n".join(heads)).encode("ascii") + CRLF + CRLF + body

def main():
    maildir = os.path.join(ROOT, "mail")
    if os.path.isdir(maildir):
        shutil.rmtree(maildir)
    os.makedirs(maildir)
    counters, gold = {}, []
    for mod in ORDER:
        try:
            m = importlib.import_module("mails." + mod)
        except ModuleNotFoundError:
            print("missing module", mod); continue
        for spec in m.MAILS:
            lang = spec.get("file_lang", mod)
            counters[lang] = counters.get(lang, 0) + 1
            fname = "mail/%s-%03d.eml" % (lang, counters[lang])
            seed = fname
            try:
                data = build(spec, seed, lang)
            except Exception as e:
                raise SystemExit("%s: %s: %s" % (fname, type(e).__name__, e))
            with open(os.path.join(ROOT, fname), "wb") as fh:
                fh.write(data)
            gold.append({
                "file": fname,
                "kind": spec.get("kind", "request"),
                "language": spec.get("language", lang),
                "rights": spec.get("rights", []),
                "name": spec.get("name"),
                "employer": spec.get("emp"),
                "agent_name": spec.get("agent"),
                "class": spec["cls"],
                "note": spec["note"],
            })
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for g in gold:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote %d mails" % len(gold))
    import summary
    summary.main()

if __name__ == "__main__":
    main()
