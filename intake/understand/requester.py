"""Who asks: the data subject's name, the agent writing for them and the subject's employer, with evidence."""

from __future__ import annotations

import re

from intake.understand import body, employers, form, lexicon, people, signatures, spelling
from intake.understand.extraction import Evidence, Extraction
from intake.understand.lexicon import Lexicon
from intake.understand.parse import ParsedEmail


def _sender_name(display: str | None, signature: people.Found | None) -> people.Found | None:
    """The sender's name from the From header and the signature: the fuller spelling of the same person."""
    if display and signature:
        first, *rest = display.split()
        initial = first.strip(".")
        if rest and len(initial) == 1 and len(signature.value.split()) == 1 and signature.value.startswith(initial):
            # "L Cartwright" in the address book, "Liam" under the letter: one person, "Liam Cartwright".
            return people.Found(" ".join([signature.value, *rest]), "header:From", f"From: {display}", 0.85)
        if display.isascii() and not signature.value.isascii() and not people.same_person(display, signature.value):
            return signature  # "Aya Watanabe" in the header, "渡辺 彩" signed: the name in its own script
        if people.same_person(display, signature.value) and spelling.family_first(display, signature.value):
            return signature  # "Фёдоров Пётр Алексеевич" in the address book, "Пётр Фёдоров" signed: as signed
        if people.same_person(display, signature.value):
            # The fuller spelling, and at equal length the one signed: "Guadalupe" over "Lupita", "Małgorzata
            # Szczepańska-Gołąb" over the family-name-first "Szczepańska-Gołąb Małgorzata" of an address book.
            words, written = len(signature.value.split()), len(display.split())
            longer = len(signature.value) >= len(display) or display.isascii() and not signature.value.isascii()
            if words > written or words == written and longer:
                return signature  # also "Mette Kjærgaard" signed under the "Mette Kjaergaard" of an address book
            return people.Found(display, "header:From", f"From: {display}", 0.9)
        return people.Found(display, "header:From", f"From: {display}", 0.75)
    if display:
        return people.Found(display, "header:From", f"From: {display}", 0.75 if len(display.split()) >= 2 else 0.5)
    return signature


def _named(family: str, text: str) -> bool:
    """The family name is in the text, also declined: "Kovačevića", "Stankevičiūtės" name Kovačević, Stankevičiūtė."""
    stem = family[: max(4, len(family) - 2)].casefold()
    return any(word.casefold().startswith(stem) for word in re.findall(r"[^\W\d_]+", text))


def find(result: Extraction, parsed: ParsedEmail, layout: body.Layout, asks: tuple[str, bool, bool],
            lexicons: list[Lexicon], generator: lexicon.Generator | None,
            fields: form.Form | None) -> None:  # fmt: skip
    """Name, employer and agent: who the data subject is and who writes for them."""
    own, own_asks, fwd_asks = asks
    forwarded = layout.forwarded
    written = parsed.from_name
    if written and written.islower() and 1 <= len(written.split()) <= 4 and "@" not in written:
        titled = written.title()  # "jamie fletcher": a person who never capitalises, still a name
        # A single lower-case word ("dave") is a name only when the letter signs with it ("Dave").
        if len(written.split()) > 1 or re.search(rf"(?m)^{re.escape(titled)}\s*$", parsed.text[:5000]):
            written = titled
    display = people.clean_name(written) if people.person_like(written) else None
    display = display and spelling.given_first(display, result.language)  # "KNEŽEVIĆ Ante" -> "Ante Knežević"
    sig = people.signature_name(layout.signature, display)
    if display is None and sig is None:
        sig = people.first_name_signed(layout.signature, parsed.from_addr)  # "Dave" from dave.p1977@…
    sender = _sender_name(display, sig)
    if sender is not None and sender.source == "header:From":
        # "Hang Nguyen" in the header, "Tôi là Nguyễn Thị Thu Hằng" in the letter: the name as the writer spells it
        spelt = spelling.written_in(sender.value, own)
        if spelt is not None:
            sender = people.Found(spelt, "body", people.line_of(own, own.find(spelt)), 0.85)
    form_name = people.clean_name(fields.name) if fields is not None and fields.name else None
    if form_name is not None and parsed.automatic is not None:
        sender = None  # the form robot signs nothing of the person's
    is_agent, agent_subject, employer_side = people.agent_in_text(own, lexicons)
    if "nomination" in result.rights and agent_subject is not None and not people.acting_for_someone(own, lexicons):
        # "If anything happens to me, I want my son Mr. Srinivas Iyer to deal with my data": the relative named is
        # the nominee and the writer the data subject, unless the writer says they act for someone ("on his behalf").
        agent_subject, is_agent = None, False
    # A person's letter with "Label: value" lines ("Employee: …", "Data subject: …", "Company: …"); a form's
    # fields were read already.
    labels = form.labelled(own) if fields is None else form.Labelled()
    if labels.subject is not None:
        labelled_name = people.clean_name(labels.subject[0])
        # A labelled line gives the name in the nominative: "Stranka: Matej Horvat", not "stranke Mateja Horvata".
        declined = agent_subject is not None and employers.names_the_person(agent_subject.value, labelled_name or "")
        # the writer's own name on the line; a child sharing the parent's family name is someone else
        writer = sender is not None and spelling.fold(sender.value.split()[0]) == spelling.fold(
            (labelled_name or "-").split()[0]
        )
        if (agent_subject is None or declined) and people.person_like(labelled_name) and not writer:
            agent_subject = people.Found(labelled_name or "", "body", labels.subject[1], 0.85)
    explicit = people.names_in_text(own, lexicons)
    fuller = sender.value if sender is not None and " " in sender.value else None
    if explicit is not None and fuller and " " not in explicit.value and people.same_person(explicit.value, fuller):
        explicit = None  # "je m'appelle Lefèvre, sans b" from Hélène Lefèvre: a word of the sender's fuller name
    if agent_subject is None and explicit is None and generator is None:
        # "Unser Mandant Konstantin Weißgerber - Az. 231/26": the agent's own words in the subject line name them.
        agent_subject = people.agent_in_text(parsed.subject, lexicons)[1]
        is_agent = is_agent or agent_subject is not None
    if is_agent and agent_subject is None and explicit is None and generator is None:
        # "Re: Hannah Whitfield – request under Art. 15" and "our client Ms Whitfield": the subject line names them.
        agent_subject = people.name_in_subject(parsed.subject, own, sender.value if sender else None)
    form_lines = set(fields.lines.values()) if fields is not None else set()
    if form_name is not None and (explicit is None or explicit.text in form_lines):  # "Nome:" read as the form reads it
        explicit = people.Found(form_name, "form", fields.lines.get("name", "") if fields else "", 0.9)
    if generator is not None and generator.agent:
        is_agent = True
    if fields is not None and fields.named_by_other and parsed.automatic is None:
        is_agent = True  # HR's "Employee: …", a lawyer's "Data subject: …" in a mail a person sends
    fwd_author: people.Found | None = None
    if forwarded is not None:
        author = people.clean_name(layout.forwarded_from[0]) if people.person_like(layout.forwarded_from[0]) else None
        fwd_sig = people.signature_name(forwarded.signature, author)
        fwd_author = _sender_name(author, fwd_sig)
        if fwd_author is not None:
            fwd_author = people.Found(fwd_author.value, "forwarded", fwd_author.text, fwd_author.confidence)
    # The forwarded author is the data subject when the forwarder asks nothing themselves, or relays the
    # request of someone they act for (HR: "please see our employee's request below").
    # HR naming the employee whose mail it forwards ("the request of our employee Wouter Claes") relays it too.
    subject_is_forwarded = (
        fwd_author is not None
        and (
            not own_asks
            or (fwd_asks and (is_agent or employer_side))
            or (employer_side and _named(fwd_author.value.split()[-1], own))
        )
        and not (sender is not None and people.same_person(sender.value, fwd_author.value))
    )
    if (
        fwd_author is not None
        and sender is not None
        and not subject_is_forwarded
        and people.same_person(sender.value, fwd_author.value)
        and len(fwd_author.value.split()) > len(sender.value.split())
    ):
        sender = fwd_author  # "Tom" chasing the request he forwards again, signed "Tom Reilly" there
    name: people.Found | None
    if agent_subject is not None:
        name, is_agent = agent_subject, True
    elif explicit is not None:
        name = explicit
    elif subject_is_forwarded:
        name = fwd_author
        is_agent = is_agent or employer_side or sender is not None
    elif is_agent and generator is None:
        name = None  # someone writes for a person they do not name
    else:
        name = sender
    if is_agent:
        result.agent = True
        result.flags.append("agent")
        if generator is not None and generator.agent:
            result.agent_name = generator.name
        elif sender is not None and (name is None or not people.same_person(sender.value, name.value)):
            result.agent_name = sender.value
        elif (
            sender is not None
            and agent_subject is not None
            and name is not None
            and sender.value.lower() != name.value.lower()
        ):
            result.agent_name = sender.value  # a parent shares the child's family name
    _record(result, "name", name)

    fwd = "\n".join([forwarded.content, *forwarded.signature]) if forwarded is not None else ""
    employer = employers.employer_in_text(own, lexicons) or (employers.employer_in_text(fwd, lexicons) if fwd else None)
    if employer is not None and name is not None and employers.names_the_person(employer.value, name.value):
        employer = None  # "the request of our employee Віктора Гончаренка": a person, not a company
    if fields is not None and fields.employer and not (is_agent and not employer_side and generator is None):
        employer = people.Found(fields.employer, "form", fields.lines.get("company", ""), 0.9)
    # An agent's "Company:" line is the subject's when the letter lays the subject out in labelled lines too.
    if employer is None and labels.company is not None and (not is_agent or labels.subject is not None):
        org = employers.clean_org(labels.company[0])
        employer = people.Found(org, "body", labels.company[1], 0.85) if org else None
    if employer is None and labels.subject is not None and name is not None and name.text == labels.subject[1]:
        # "Сотрудник: Андрей Волков, АО «Уралтехснаб», г. Екатеринбург": the company after the name on its line
        employer = employers.org_after_name(labels.subject[1])
    if employer is None:
        if subject_is_forwarded and forwarded is not None and name is not None:
            employer = signatures.employer_in_signature(forwarded.signature, name.value)
        if employer is None and is_agent:
            # A lawyer's signature names the law firm; HR's names the employer.
            if employer_side and sender is not None:
                employer = signatures.employer_in_signature(layout.signature, sender.value)
        elif employer is None and not subject_is_forwarded and fields is None:  # a form names it in a field
            anchor = sig.value if sig is not None else (name.value if name is not None else None)
            employer = signatures.employer_in_signature(layout.signature, anchor, (display,) if display else ())
            # A formal letter's letterhead: the company and its address above the salutation.
            employer = employer or signatures.letterhead(layout.content)
    _record(result, "employer", employer)


def _record(result: Extraction, field: str, found: people.Found | None) -> None:
    """A name or employer on the extraction, with its confidence and evidence (confidence 0 when none was found)."""
    if found is None:
        result.confidence[field] = 0.0
        return
    setattr(result, field, found.value)
    result.confidence[field] = found.confidence
    result.evidence.append(Evidence(field, found.value, found.source, found.text))
