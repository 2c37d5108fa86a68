"""A mail body's layout: the sender's new text, its signature, the quoted reply and any forwarded message."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.utils import parseaddr
from functools import cache

from intake.understand import lexicon
from intake.understand.people import has_legal_form

FORWARD_SUBJECT = re.compile(
    r"^\s*(?:fwd?|fw|wg|tr|rv|i|doorst|enc|pd|przekaż|ilet|vl|vb|vs|pārs\.?|pers\.?|továbbítás)\s*:", re.I
)
_QUOTED_LINE = re.compile(r"^[ \t]{0,3}>", re.M)
_HEADER_LINE = re.compile(
    r"^(?:From|Von|De|Da|Van|Od|Date|Datum|Fecha|Data|Subject|Betreff|Objet|Sujet|Pour|Asunto|Oggetto|Onderwerp|Assunto|"
    r"Temat|To|An|À|Para|A|Aan|Do|Cc|Sent|Gesendet|Envoyé|Enviado|Inviato|Verzonden|Wysłano|Dari|Kepada|Tanggal|Subjek|"
    r"Perihal|Dikirim|Từ|Đến|Ngày|Chủ đề|Tiêu đề|Đã gửi|"
    # The same header words in the other tables' mail clients (Outlook and Gmail write them in the user's language).
    r"Fra|Från|Emne|Ämne|Til|Till|Sendt|Skickat|Dato|Lähettäjä|Vastaanottaja|Aihe|Lähetetty|Päivämäärä|Saatja|Saaja|"
    r"Teema|Kuupäev|Nuo|Kam|Tema|Išsiųsta|Temats|Datums|Nosūtīts|Komu|Předmět|Odesláno|Predmet|Poslano|Odoslané|"
    r"Feladó|Címzett|Tárgy|Dátum|Elküldve|De la|Către|Subiect|Trimis|Kimden|Kime|Konu|Tarih|Gönderildi|Από|Προς|"
    r"Θέμα|Ημερομηνία|Στάλθηκε|От|Кому|Тема|Дата|Отправлено|Від|Надіслано|Изпратено|Ó|Chuig|Ábhar|Minn|Lil|Suġġett)"
    r"[ \t]?:[ \t]?(.{0,300})$",
    re.I,
)
_SIG_DELIMITER = re.compile(r"^(?:--|__+|-{3,})\s*$")
_SENTENCE_END = re.compile(r"[.!?।]\s*$")
MAX_SIGNATURE_LINES = 8


@dataclass
class Layout:
    """The parts of one body. `content` + `signature` is what the sender wrote now."""

    content: str = ""
    signature: list[str] = field(default_factory=list)
    quoted: str = ""
    disclaimer: str = ""  # confidentiality footers taken out of the new text
    forwarded: Layout | None = None
    forwarded_from: tuple[str, str] = ("", "")  # display name and address of the forwarded message's author
    forwarded_subject: str = ""


@dataclass(frozen=True)
class _Marker:
    """A quote header found by the words that end its line: it starts where that line starts."""

    text: str
    line_start: int
    found: re.Match[str]

    def start(self) -> int:
        return self.line_start

    def end(self) -> int:
        return self.found.end()

    def group(self, index: int = 0) -> str:
        return self.text[self.line_start : self.found.end()]


@cache
def _markers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(forward markers, quote headers at a line start, quote headers by the words ending the line, closings).

    A header such as "16.11.2026 10:02, Иван Петров пишет:" is told by its last words; searching for them is
    cheap, while a pattern that scans every line for them ("^.{1,200}пишет:") costs a scan per line and language.
    """
    lexicons = lexicon.all_loaded()
    forward = "|".join(f"(?:{lx.forward_markers.pattern})" for lx in lexicons if lx.forward_markers)
    heads = [p for lx in lexicons for p in lx.quote_header_patterns]
    closings = "|".join(f"(?:{lx.closings.pattern})" for lx in lexicons if lx.closings)
    flags = re.I | re.M
    anchored = "|".join(f"(?:{p})" for p in heads if p.startswith("^"))
    tails = "|".join(f"(?:{p})" for p in heads if not p.startswith("^"))
    return (
        re.compile(forward, flags),
        re.compile(anchored, flags),
        re.compile(tails, flags),
        re.compile(closings, flags),
    )


def is_closing(line: str) -> bool:
    return bool(_markers()[3].match(line))


def _quote_header(text: str) -> re.Match[str] | _Marker | None:
    """The first quote header line of the text, whichever form found it."""
    _, anchored, tails, _ = _markers()
    first = anchored.search(text)
    tail = lexicon.search(tails, text) if tails.pattern else None
    if tail is not None and (first is None or tail.start() < first.start()):
        return _Marker(text, text.rfind("\n", 0, tail.start()) + 1, tail)
    return first


def split(text: str, subject: str = "", depth: int = 0) -> Layout:
    """Cut a body into new text, quote and forwarded message; find the signature of the new text."""
    forward_re = _markers()[0]
    layout = Layout()
    forward: re.Match[str] | _Marker | None = forward_re.search(text)
    quote = _quote_header(text)
    quoted_line = _QUOTED_LINE.search(text)
    # An "Original Message" block in a mail whose subject says Fwd: is a forward, not a reply.
    if forward is None and quote is not None and FORWARD_SUBJECT.match(subject):
        forward, quote = quote, None
    cut = min((m.start() for m in (forward, quote, quoted_line) if m is not None), default=len(text))
    new = text[:cut]
    if forward is not None and forward.start() == cut and depth < 3:
        rest = (
            text[forward.end() :] if forward.group(0).startswith(("-", "Begin", "Début")) else text[forward.start() :]
        )
        headers, body = _forwarded_headers(rest)
        layout.forwarded = split(body, depth=depth + 1)
        sender = headers.get("from", "")
        # "From: דנה מזרחי" without an address (Outlook leaves it out for a colleague in the same directory)
        layout.forwarded_from = parseaddr(sender) if "@" in sender else (sender.strip(), "")
        layout.forwarded_subject = headers.get("subject", "")
    else:
        layout.quoted = text[cut:]
    new, layout.disclaimer = strip_disclaimers(new)
    new, notice = strip_notice(new)
    if notice:
        layout.disclaimer = f"{layout.disclaimer}\n\n{notice}".strip()
    content, layout.signature = signature(new)
    layout.content = unwrap(content)
    return layout


def strip_disclaimers(text: str) -> tuple[str, str]:
    """(text without confidentiality footers, the footers): paragraphs holding a disclaimer phrase go."""
    footers = lexicon.common().disclaimer
    if footers.search(text) is None:
        return text, ""
    kept: list[str] = []
    removed: list[str] = []
    for paragraph in re.split(r"\n[ \t]*\n", text):
        (removed if footers.search(paragraph) is not None else kept).append(paragraph)
    return "\n\n".join(kept), "\n\n".join(removed)


_PS = re.compile(r"^\s{0,3}p\.?\s?s\b", re.I)
NOTICE_REACH = 40  # lines from the bottom searched for the closing a notice follows


def strip_notice(text: str) -> tuple[str, str]:
    """(text, notice): prose below the closing and the name block ("Kind regards / Anna / Acme Ltd / Privacy
    notice: we process your data… you have the right to…") is a company's notice in any language, not the
    sender's words; a P.S. is the sender's."""
    lines = text.rstrip().split("\n")
    closings = _markers()[3]
    bottom = max(0, len(lines) - NOTICE_REACH)
    closing = next((i for i in range(len(lines) - 1, bottom - 1, -1) if closings.match(lines[i].strip())), None)
    if closing is None:
        return text, ""
    block = 0  # short lines (the name, title, company) seen after the closing
    for i in range(closing + 1, len(lines)):
        stripped = lines[i].strip()
        if not stripped or _SIG_DELIMITER.match(stripped):
            continue
        if _PS.match(stripped):
            return text, ""
        words = stripped.split()
        # "Dep. Comercial | Vinhos Quinta da Ribeira, Lda.": a title and a company, however many abbreviations.
        prose = len(stripped) > 70 or len(words) >= 8 and ". " in stripped and " | " not in stripped
        if not prose:
            block += 1
            continue
        if block == 0:
            return text, ""  # the sender wrote on after the closing: their words, not a notice
        return "\n".join(lines[:i]), "\n".join(lines[i:])
    return text, ""


_LIST_ITEM = re.compile(r"^\s{0,4}(?:[-*•]|\d{1,2}[.)]|[a-z][.)])\s")
_BOX = re.compile(r"[☐☑☒□■✓✔✅]|\[[ xX]\]")  # a form's tick-box line stands alone


def unwrap(text: str) -> str:
    """Join hard-wrapped lines back into sentences ("My employer is" / "Thames Water Works."), keeping lists."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if (
            out
            and line.strip()
            and len(out[-1]) >= 40
            and not out[-1].rstrip().endswith((".", "!", "?", ":", ";", "।"))
            and not _LIST_ITEM.match(line)
            and not _BOX.search(out[-1])
        ):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _forwarded_headers(rest: str) -> tuple[dict[str, str], str]:
    """The header lines at the top of a forwarded block (From:, Subject:...) and the body after them."""
    headers: dict[str, str] = {}
    lines = rest.lstrip("\n").split("\n")
    index = 0  # the first line after the header block
    for at, line in enumerate(lines[:20]):
        if not line.strip():
            # Outlook's HTML turned to text puts a blank line between its header lines: "From: …", "", "Sent: …"
            following = next((later for later in lines[at + 1 : 20] if later.strip()), "")
            if headers and ("subject" in headers or not _HEADER_LINE.match(following.strip())):
                break
            index += 1
            continue
        found = _HEADER_LINE.match(line.strip())
        if not found:
            break
        key = line.split(":", 1)[0].strip().lower()
        canonical = {"von": "from", "de": "from", "da": "from", "van": "from", "od": "from", "betreff": "subject",
                     "objet": "subject", "sujet": "subject", "asunto": "subject", "oggetto": "subject",
                     "onderwerp": "subject", "assunto": "subject", "temat": "subject", "dari": "from", "từ": "from",
                     "subjek": "subject", "perihal": "subject", "chủ đề": "subject",
                     "tiêu đề": "subject", "fra": "from", "från": "from", "lähettäjä": "from", "saatja": "from",
                     "nuo": "from", "feladó": "from", "de la": "from", "kimden": "from", "από": "from", "от": "from",
                     "від": "from", "ó": "from", "minn": "from", "emne": "subject", "ämne": "subject",
                     "aihe": "subject", "teema": "subject", "tema": "subject", "temats": "subject",
                     "předmět": "subject", "predmet": "subject", "tárgy": "subject", "subiect": "subject",
                     "konu": "subject", "θέμα": "subject", "тема": "subject", "ábhar": "subject",
                     "suġġett": "subject"}.get(key, key)  # fmt: skip
        headers.setdefault(canonical, found.group(1).strip())
        index += 1
    return headers, "\n".join(lines[index:])


def _signature_like(line: str) -> bool:
    """A line that could belong to a signature block: short, not a sentence."""
    stripped = line.strip()
    if len(stripped) > 70:
        return False
    if stripped.endswith(("?", "!")):
        return False
    if " | " in stripped or _address_line(stripped):
        return True  # "Name | Title | Company", "Unit 4, Kingsway Estate | Tel 0161 …", "1097 Budapest, Fő krt. 12."
    words = stripped.split()
    if len(words) > 9:
        return False
    # A full stop ends a sentence, unless the line is a short name or company ("Kestrel Health Inc.", "Distribuidora
    # del Bajío, S.A. de C.V.").
    return not (_SENTENCE_END.search(stripped) and len(words) > 5 and not has_legal_form(stripped))


_POSTCODE = re.compile(r"(?:^|\s)\d{4,5}\s(\w)")


def _address_line(line: str) -> bool:
    """An address under a signature: a comma and a postcode before a capitalised town ("1097 Budapest, Fő krt. 12.",
    "Polígono El Raval, nave 7 - 46800 Xàtiva (Valencia)")."""
    if "," not in line or len(line.split()) > 12:
        return False
    return any(found.group(1).isupper() for found in _POSTCODE.finditer(line))


def signature(text: str) -> tuple[str, list[str]]:
    """(content, signature lines): the short lines at the bottom, up to a closing or a sentence.

    A paragraph of prose below the name block ("Ebba Lund / Lund Konsult AB", a blank line, "You have the right
    to…") is a company's notice: the block above it is the signature, and the notice stays in the content.
    """
    content, sig = _signature(text)
    if sig:
        return content, sig
    head, _, tail = text.rstrip().rpartition("\n\n")
    notice = [line.strip() for line in tail.split("\n") if line.strip() and not _SIG_DELIMITER.match(line.strip())]
    if not head.strip() or not notice or len(notice[0]) <= 70:
        return content, sig
    above, block = _signature(head.rstrip().removesuffix("\n\n").rstrip())
    if 2 <= len(block) <= 6 and _is_name_line(block[0]):
        return f"{above}\n\n{tail.strip()}", block
    return content, sig


def _after_closing(line: str) -> str | None:
    """The name after a closing on the same line ("Helsing Kari Nordmo" -> "Kari Nordmo"), else None."""
    words = line.split()
    if len(words) > 7:
        return None
    for cut in (1, 2, 3):
        rest = words[cut:]
        if 1 <= len(rest) <= 4 and is_closing(" ".join(words[:cut])) and rest[0][:1].isupper():
            return " ".join(rest)
    return None


def _is_name_line(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 5 and all(w[0].isalpha() and not w[0].islower() for w in words)


def _block_line(line: str) -> bool:
    """A signature line however long: "Title | Company", a company's legal name, an address in capitals."""
    words = line.split()
    if " | " in line or has_legal_form(line):
        return True
    return any(ch.isupper() for ch in line) and all(not w[0].islower() for w in words)


def _signature(text: str) -> tuple[str, list[str]]:
    lines = text.rstrip().split("\n")
    sig: list[str] = []
    index = len(lines)
    while index > 0 and len(sig) < MAX_SIGNATURE_LINES:
        line = lines[index - 1]
        stripped = line.strip()
        if not stripped:
            index -= 1
            continue
        if _SIG_DELIMITER.match(stripped):
            index -= 1
            if sig:
                break
            continue  # a rule left under the signature once the footer below it was taken out
        if is_closing(stripped):
            index -= 1
            break
        signed = _after_closing(stripped)
        if signed:
            sig.append(signed)  # "Gruß S. Krüger", "groetjes Sanne de Vries": the closing and the name on one line
            index -= 1
            break
        if not _signature_like(stripped):
            break
        above = lines[index - 2].rstrip() if index >= 2 else ""
        if len(above) >= 40 and not above.endswith((".", "!", "?", ":", ";", ",", "।")) and not _block_line(above):
            break  # the end of a hard-wrapped sentence, not a signature line
        sig.append(stripped)
        index -= 1
    sig.reverse()
    content = "\n".join(lines[:index])
    # A closing line found above the block stays out of the content but is not a signature line.
    return content, sig
