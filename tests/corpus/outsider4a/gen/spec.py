"""Spec helper used by the letter modules in gen/letters/.

M(...) keeps everything needed to write one mail and its gold line.

Gold:   kind, rights, name, employer, agent, cls, note, (lang override)
Mail:   frm=(display, addr), to, subj, body, cs (declared charset), real (actual
        codec when the label is wrong), cte (7bit/8bit/qp/b64), shape
        (plain/html/alt/fwd/att/dsn), style (html flavour), client, hq (B/Q for
        RFC 2047), hdr (extra header lines), inner (dict for message/rfc822),
        dsn (dict), att (list of attachments), date (override), ctel (html part
        cte in alt), qd (quote display name always)
"""


def M(**kw):
    kw.setdefault("kind", "request")
    kw.setdefault("rights", [])
    kw.setdefault("name", None)
    kw.setdefault("employer", None)
    kw.setdefault("agent", None)
    kw.setdefault("shape", "plain")
    kw.setdefault("cs", "utf-8")
    kw.setdefault("hdr", [])
    return kw
