"""Registry for mail specifications.

Every letter module calls M(...) once per mail.  The order of calls decides the
per-language numbering (de-001, de-002, ...).
"""

MAILS = []

RIGHTS = {"access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "automated_decision", "opt_out_sale",
          "limit_sensitive", "grievance", "nomination"}
KINDS = {"request", "auto_reply", "bounce", "bulk", "other"}
CLASSES = {"plain_words", "legal_anchor", "employer", "names", "agent", "form",
           "multi_right", "negation", "footer_rights", "access_items",
           "us_wording", "not_request"}


def M(lang, kind, cls, rights, name, employer, agent, note, frm, subj, body="", **kw):
    """Register one mail.

    lang      file prefix and (unless gold_lang given) the gold language
    frm       (display name or None, address)
    body      the text the sender wrote (\n line ends)
    kw        charset, cte, shape, html, html_style, headers, reply_to, to, cc,
              hcs (header charset), hmode ('B'/'Q'), codec (mislabelled
              charset: encode with this codec, declare `charset`), inner,
              dsn, gold_lang, date, flowed, wrap, ...
    """
    assert kind in KINDS, kind
    assert cls in CLASSES, cls
    for r in rights:
        assert r in RIGHTS, r
    d = dict(lang=lang, kind=kind, cls=cls, rights=list(rights), name=name,
             employer=employer, agent=agent, note=note, frm=frm, subj=subj,
             body=body)
    d.update(kw)
    MAILS.append(d)
    return d
