"""Web-form and ticket relays: the person, company and request type in "Label: value" fields of a robot's mail."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from intake.understand import lexicon

# "Label: value" on one line; the label is short and starts with a letter ("Nom :", "氏名：", "E-mail:"), perhaps
# after a bullet (Japanese form robots write "■お名前：").
# Both parts are bounded, so a 10 MB line costs one pass.
_FIELD = re.compile(r"^[ \t*■□●◆◇・▪]{0,4}([^\W\d_][^:\n：]{0,40}?)[ \t]{0,3}[:：][ \t]{0,3}(\S[^\n]{0,200})$", re.M)
_LABEL_ALONE = re.compile(r"^[ \t*■□●◆◇・▪]{0,4}([^\W\d_][^:\n：]{0,40}?)[ \t]{0,3}[:：][ \t]{0,3}$", re.M)
MAX_FIELDS = 40
_MESSAGE_HEADER = re.compile(r"^[ \t]{0,4}(?:To|An|À|Para|A|Aan|Do|Date|Datum|Sent|Gesendet|Envoyé|Cc)[ \t]?:", re.M)
FORM_CHARS = 8000  # a form's fields are at its top
_NOT_ORG = re.compile(r"@|https?://|www\.|^\d[\d\s./-]*$|^[-–—n/a.]{1,4}$", re.I)


@dataclass
class Form:
    """What the fields of a form say; `lines` are the field lines read, for evidence."""

    name: str | None = None
    employer: str | None = None
    request_type: str = ""
    rights: list[str] = field(default_factory=list)
    lines: dict[str, str] = field(default_factory=dict)
    # The person is named by a label such as "Employee:" or "Data subject:": a person sending it writes for them.
    named_by_other: bool = False


@cache
def _labels() -> dict[str, str]:
    """Every label of `[form.labels]` in common.toml (any language, lower case) -> the field it names."""
    return {label.lower(): key for key, labels in lexicon.common().form_labels.items() for label in labels}


def _label_key(label: str) -> str | None:
    words = label.lower().strip(" *").replace("your ", "").replace("votre ", "").replace("ihr ", "")
    return _labels().get(" ".join(words.split()))


_ROBOT = re.compile(r"^(?:no-?reply|do-?not-?reply|wordpress|forms?|web-?forms?|contact-?form|formular|mailer)\b", re.I)


def robot_sender(address: str, automatic: object) -> bool:
    """Whether a robot sends the mail: automatic headers, or an address such as wordpress@, noreply@, …@forms.…"""
    local, _, domain = address.partition("@")
    return automatic is not None or bool(_ROBOT.match(local)) or domain.lower().startswith("forms.")


def read(text: str, robot: bool = False) -> Form | None:
    """The fields of a form mail, when at least two known fields (one naming or reaching the person) are there.

    A robot's form may name its person on a "Von:" / "From:" line (`sender` labels) or write its fields without a
    colon ("First name Cheryl", "Company Bayview Pediatrics Inc."): read so only from a robot, whose mail holds no
    forwarded header."""
    quote = text.find("\n>")
    text = text[: quote if quote != -1 else FORM_CHARS][:FORM_CHARS]  # fields come first; never in a quote
    if not robot and text.count(":") + text.count("：") < 2:
        return None
    found: dict[str, tuple[str, str]] = {}
    for count, match in enumerate(_FIELD.finditer(text)):
        if count >= MAX_FIELDS:
            break
        key = _label_key(match.group(1))
        if key == "sender":
            # a form's "Von:" line, not the header block of a message a bounce or a notice quotes ("To:", "Date:")
            key = "name" if robot and "name" not in found and not _MESSAGE_HEADER.search(text) else None
        if key is not None and key not in found:
            found[key] = (match.group(2).strip(), match.group(0).strip())
    if robot and len(found) < 2:
        found = _without_colons(text) or found
    if "message" not in found:
        # "Description:" with the person's words on the lines below it, as ticket tools write it
        label = next((m for m in _LABEL_ALONE.finditer(text) if _label_key(m.group(1)) == "message"), None)
        if label is not None:
            found["message"] = ("", label.group(0).strip())
    if len(found) < 2 or not {"name", "subject", "first_name", "last_name", "email"} & found.keys():
        return None
    named_by_other = "name" not in found and "subject" in found
    if named_by_other:
        found["name"] = found["subject"]  # in a form, "Data subject:" is its person
    form = Form(lines={k: line for k, (_, line) in found.items()}, named_by_other=named_by_other)
    if "name" in found:
        form.name = _name_part(found["name"][0])
        surname = found.get("last_name", ("", ""))[0].strip()
        if surname and " " not in form.name and surname not in form.name:
            form.name = f"{form.name} {surname}"  # "Nome: Stefano" / "Cognome: Pagano": "Nome" is the given name
    elif "last_name" in found:
        first = found.get("first_name", ("", ""))[0]
        form.name = f"{first} {found['last_name'][0]}".strip()
    company = found.get("company", ("", ""))[0].strip(" .")
    if company and not _NOT_ORG.search(company) and len(company) <= 80:
        form.employer = found["company"][0].strip()
    if "request_type" in found:
        form.request_type = found["request_type"][0]
        form.rights = request_type_rights(form.request_type)
    return form


def _without_colons(text: str) -> dict[str, tuple[str, str]]:
    """ "First name Cheryl", "Company Bayview Pediatrics Inc.": a robot's fields as label, space, value."""
    labels = sorted(_labels(), key=len, reverse=True)
    found: dict[str, tuple[str, str]] = {}
    for line in text.split("\n")[:60]:
        low = " ".join(line.lower().split())
        label = next((lb for lb in labels if low.startswith(f"{lb} ") and len(low) > len(lb) + 1), None)
        key = _labels()[label] if label else None
        if key is not None and key not in {"sender", "message"} and key not in found:
            found[key] = (" ".join(line.split())[len(label or "") :].strip(), line.strip())
    return found if len(found) >= 3 else {}


@dataclass
class Labelled:
    """A person's own mail with "Label: value" lines: the data subject an agent names, the writer's company."""

    subject: tuple[str, str] | None = None  # (value, line)
    company: tuple[str, str] | None = None


LABEL_CHARS = 4000  # such lines stand in a letter's body or signature, never deep in a thread


def labelled(text: str) -> Labelled:
    """ "Employee: Marcus Reid", "Betroffene Person: Jonas Becker", "Company: Harcourt Ltd" in a person's mail."""
    text = text[:LABEL_CHARS]
    out = Labelled()
    if ":" not in text and "：" not in text:
        return out
    for count, match in enumerate(_FIELD.finditer(text)):
        if count >= MAX_FIELDS:
            break
        key = _label_key(match.group(1))
        value = match.group(2).strip()
        if ":" in value:
            # Short lines joined back: "Marta Ruiz DNI: 12345678Z" is the value and the next field's label.
            value = value.split(":", 1)[0].rsplit(None, 1)[0] if " " in value.split(":", 1)[0] else ""
        if key == "subject" and out.subject is None:
            # "Dotknutá osoba: Veronika Szabóová, nar. 1984": the name ends at the comma; "Ana <ana@…>" at the address.
            out.subject = (_name_part(value), match.group(0).strip())
        elif key == "company" and out.company is None and not _NOT_ORG.search(value.strip(" .")) and len(value) <= 80:
            out.company = (value, match.group(0).strip())
    return out


def _name_part(value: str) -> str:
    """A name field's value without what follows it on the line: a mail address, a comma and more details."""
    return value.split("<", 1)[0].split(",", 1)[0].split(" (", 1)[0].strip()


def request_type_rights(value: str) -> list[str]:
    """Rights named by a request-type field's value in a word or two ("Inzage", "Deletion", "Opt-out")."""
    low = value.lower()
    return [right for right, words in lexicon.common().form_rights.items() if words.search(low)]
