"""Helpers shared by the hand-written letter modules."""

DPO = "dpo@massistcrm.com"


def M(cls, kind, rights, name, employer, agent, note, frm, subj, body, **kw):
    d = dict(cls=cls, kind=kind, rights=list(rights), name=name, employer=employer, agent=agent, note=note,
             frm=frm, subj=subj, body=body.strip("\n") + "\n")
    d.update(kw)
    if "inner" in d and "body" in d["inner"]:
        d["inner"] = dict(d["inner"])
        d["inner"]["body"] = d["inner"]["body"].strip("\n") + "\n"
    return d


def AR(extra=None):
    """Headers of an out-of-office / auto-responder."""
    h = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    if extra:
        h += extra
    return h


def BULK(listid, unsub):
    return [("List-Id", listid), ("List-Unsubscribe", "<%s>" % unsub), ("List-Unsubscribe-Post",
            "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


FORM = [("Auto-Submitted", "auto-generated")]

BOUNCE_PRE = [("Return-Path", "<>")]


def fake_pdf(title):
    """A tiny, valid-looking PDF used as an attachment."""
    s = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
         "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n%% %s\ntrailer<</Root 1 0 R>>\n%%%%EOF\n"
         % title)
    return s.encode("latin-1")
