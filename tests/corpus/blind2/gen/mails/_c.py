"""Small shared helpers for the letter modules (headers only, never letter text)."""

def form_hdrs(reply_to, auto=True, extra=()):
    h = [("Reply-To", reply_to)]
    if auto:
        h.append(("Auto-Submitted", "auto-generated"))
    h.extend(extra)
    return h

def ooo_hdrs(kind="exchange"):
    if kind == "exchange":
        return [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "dpo@massistcrm.com")]
    if kind == "gmail":
        return [("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]
    return [("Auto-Submitted", "auto-replied")]

def bulk_hdrs(listid, unsub):
    return [("List-Id", listid), ("List-Unsubscribe", "<%s>" % unsub),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]

def reply_hdrs(ref):
    return [("In-Reply-To", ref), ("References", ref)]

FAKE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
FAKE_JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + bytes(range(64)) + b"\xff\xd9"

def dsn_status(reporting, recipient, status, action="failed", diag=None, arrival=None):
    s = "Reporting-MTA: dns; %s\n" % reporting
    if arrival:
        s += "Arrival-Date: %s\n" % arrival
    s += "\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" % (recipient, recipient, action, status)
    if diag:
        s += "Diagnostic-Code: smtp; %s\n" % diag
    return s

def orig_headers(to, subject, date, msgid):
    return ("Return-Path: <dpo@massistcrm.com>\nFrom: Massist CRM Data Protection <dpo@massistcrm.com>\n"
            "To: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n" % (to, subject, date, msgid))
