"""ParsedEmail -> Extraction: kind of mail, language, requester, employer, rights and identifiers, with evidence."""

from __future__ import annotations

import re

from intake.sections import ExtractConfig
from intake.understand import body, classifier, datapoints, employers, form, language, lexicon, machine, people, rights
from intake.understand import transliteration as cyrillic
from intake.understand.extraction import Evidence, Extraction
from intake.understand.lexicon import Lexicon
from intake.understand.parse import ParsedEmail

# Phone region for numbers without a country code, by the language they were written in.
_REFERENCE = re.compile(r"\[DPO-\d{4}-\d{1,6}\]")


def _letters(text: str, enough: int = 60) -> int:
    """Letters in the text, counted only as far as the callers' thresholds need."""
    return sum(map(str.isalpha, text[: enough * 4]))


def _compiled_identifiers(config: ExtractConfig) -> list[re.Pattern[str]]:
    out = []
    for pattern in config.identifier_patterns:
        try:
            out.append(re.compile(pattern))
        except re.error:
            continue  # settings validation names bad patterns; extraction must not fail on one
    return out


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
        if people.same_person(display, signature.value):
            # The fuller spelling, and at equal length the one signed: "Guadalupe" over "Lupita", "Małgorzata
            # Szczepańska-Gołąb" over the family-name-first "Szczepańska-Gołąb Małgorzata" of an address book.
            words, written = len(signature.value.split()), len(display.split())
            if words > written or words == written and len(signature.value) >= len(display):
                return signature
            return people.Found(display, "header:From", f"From: {display}", 0.9)
        return people.Found(display, "header:From", f"From: {display}", 0.75)
    if display:
        return people.Found(display, "header:From", f"From: {display}", 0.75 if len(display.split()) >= 2 else 0.5)
    return signature


def extract(
    parsed: ParsedEmail, config: ExtractConfig | None = None, known: language.LanguageGuess | None = None
) -> Extraction:
    """Understand one parsed message: what kind it is, who asks, for which rights, with the evidence (`known`:
    the language already told, for Serbian read again in Latin letters)."""
    config = config or ExtractConfig()
    result = Extraction()
    subject = parsed.subject
    layout = body.split(parsed.text[: config.max_chars], subject)
    forwarded = layout.forwarded
    own = "\n".join([layout.content, *layout.signature]).strip()
    fwd = "\n".join([forwarded.content, *forwarded.signature]).strip() if forwarded else ""
    if forwarded:
        result.flags.append("forwarded")
    if layout.quoted.strip():
        result.flags.append("quoted_reply")
    if layout.disclaimer:
        result.flags.append("disclaimer_removed")
    if any("truncated" in d for d in parsed.defects):
        result.flags.append("truncated")

    # Language: the requester's own prose; with too little of it, their short lines and the forwarded words.
    sample = layout.content
    if _letters(sample) < 25:
        sample = "\n".join([layout.content, *layout.signature, forwarded.content if forwarded else ""])
    if _letters(sample) < 3:
        sample = f"{subject}\n{sample}"
        if own == "" and not fwd:
            result.flags.append("subject_only")
    guess = known or language.identify(sample)
    if guess.code == language.SERBIAN and known is None:
        # Serbian in Cyrillic: the Croatian table reads its Latin spelling; names stay as the mail writes them.
        return cyrillic.restore(extract(cyrillic.parsed(parsed), config, guess), parsed)
    result.language = guess.code
    result.confidence["language"] = guess.confidence
    result.flags.extend(guess.flags)
    result.flags.extend(language.variant(f"{subject}\n{own}", guess.code))  # "brazilian": letters in pt-BR
    result.evidence.append(Evidence("language", guess.code or "", "body", f"{guess.method} {guess.confidence:.2f}"))
    reader = language.READ_WITH.get(guess.code or "", guess.code)
    codes = [reader] if reader in language.SUPPORTED else []
    lexicons = [lexicon.load(c) for c in dict.fromkeys([*codes, "en"])]

    # Rights, read in the subject, the sender's text and the forwarded message (never in someone else's quote).
    analysis = f"{subject}\n{own}\n{fwd}"
    own_start = len(subject) + 1
    own_end = own_start + len(own)
    found = rights.find(analysis, codes)
    quote_start = len(analysis) + 1
    if not found.rights and _own_quote(parsed.from_addr, layout.quoted):
        # "Any update on this?" above the sender's own earlier request: the request is the quoted one.
        analysis = f"{analysis}\n{_QUOTE_MARK.sub('', layout.quoted[: config.max_chars])}"
        found = rights.find(analysis, codes)
        if found.rights:
            result.flags.append("own_quote_read")

    def source(offset: int) -> str:
        if offset < 0:
            return "form"
        if offset < len(subject):
            return "subject"
        if offset >= quote_start:
            return "quoted"
        return "body" if offset <= own_end else "forwarded"

    common = lexicon.common()
    generator = next((g for g in common.generators if lexicon.search(g.pattern, analysis)), None)
    # Naming a law is a jurisdiction cue; so are the words of the jurisdiction table ("California resident").
    named = {common.laws[key].jurisdiction for _, _, key in lexicon.law_mentions(analysis)}
    result.jurisdiction_cues = sorted(named | {key for key, _ in common.jurisdiction.finditer(analysis, 1)})

    # A web form or ticket tool relays a person's words in "Label: value" fields: the person asks, not the robot.
    fields = form.read(parsed.text[: config.max_chars])
    if fields is not None:
        result.flags.append("web_form")
        for right in fields.rights:
            if right not in found.rights:
                line = fields.lines.get("request_type", "")
                found.rights[right] = rights.Hit(right, -1, -1, line, "form")

    # Kind: headers first; a known request service outranks its automatic headers.
    kind, reason = machine.classify(parsed)
    confidence, kind_source = 0.98, "headers"
    if kind == "auto_reply" and fields is not None and found.rights:
        kind, reason = "request", f"{reason}, but a form relays the person's request"
        result.flags.append("automatic_header_overridden")
        confidence = 0.85
    elif kind == "auto_reply" and fields is not None and fields.name and "language_unsupported" in result.flags:
        # A form relaying a person in a language we cannot read: a person must look, as at any such mail.
        kind, reason = "request", f"{reason}, but a form relays a person writing in {guess.code}, which we cannot read"
        result.flags.append("automatic_header_overridden")
        confidence = 0.4
    elif kind != "request" and generator is not None and found.rights:
        kind, reason = "request", f"{reason}, but written by the request service {generator.name}"
        result.flags.append("automatic_header_overridden")
        confidence = 0.8
    elif kind == "request":
        kind_source = "body"
        content = machine.content_kind(subject, f"{own}\n{fwd}", tuple(lx.language for lx in lexicons))
        if content is not None and content[0] == "auto_reply" and fields is not None:
            content = None  # "ticket created", "do not reply": the relay's words around the person's request
        # A link may stand only in the HTML ("Review and verify request" over a href): the text keeps no URL.
        linked = "http://" in analysis or "https://" in analysis or bool(parsed.html and "http" in parsed.html)
        names_request = bool(found.rights) or any(
            lx.request is not None and lexicon.search(lx.request, analysis) for lx in lexicons
        )
        lure = _not_a_request(analysis, linked) if names_request and generator is None else None
        if content is not None:
            kind, reason = content[0], f"content: {content[1]}"
            confidence = 0.85
        elif lure is not None:
            kind, reason = "other", lure
            confidence = 0.7
            if "link" in lure:
                result.flags.append("suspicious_link")
        elif found.rights:
            reason = "asks for: " + ", ".join(sorted(found.rights))
            # Rights read from legal references alone in a language we cannot read: likely, not certain.
            confidence = 0.7 if "language_unsupported" in result.flags else 0.95
        elif names_request:
            reason = "a data protection request that names no right"
            confidence = 0.8
        elif "language_unsupported" not in result.flags and (read := _second_reading(analysis, found)):
            # No phrase matched, not even "I exercise my rights" (that one asks the requester which), yet the mail
            # reads like requests the model was trained on: say so and let a person confirm (confidence below the
            # tables', flag rights_model, the weightiest sentence as evidence). A vendor's question or a lure reads
            # like a request to the model too.
            if (lure := _not_a_request(analysis, linked) if generator is None else None) is not None:
                kind, reason, confidence = "other", lure, 0.7
            else:
                for reading in read:
                    found.rights[reading.right] = rights.Hit(
                        reading.right, own_start, own_start, reading.sentence, "model"
                    )
                reason = "read by the statistical reader: " + ", ".join(r.right for r in read)
                confidence = 0.6
                result.flags.append("rights_model")
        elif "language_unsupported" in result.flags and _letters(analysis) > 0:
            reason = f"written in {guess.code}, which we cannot read: a person must look"
            confidence = 0.4
        else:
            kind, reason = "other", "human mail that asks for no right"
            confidence = 0.75
    result.kind = kind
    result.confidence["kind"] = confidence
    result.evidence.insert(0, Evidence("kind", kind, kind_source, reason))

    if kind == "request":
        for right, hit in sorted(found.rights.items()):
            result.rights.append(right)
            where = source(hit.start)
            result.evidence.append(Evidence(f"rights.{right}", right, where, hit.sentence))
            # A law's own numbering (LGPD, KVKK, PIPL...) is as precise as a CCPA section; GDPR numbers are
            # sometimes cited loosely ("Art. 15-22", "Art. 15 ff.").
            score = 0.85 if hit.how == "article" else 0.9
            if hit.how.startswith("typo"):
                score = 0.7
            if hit.how == "model":
                score = 0.6
            if "language_unsupported" in result.flags:
                score = min(score, 0.6)
            result.confidence[f"rights.{right}"] = score
        for hit in found.refused:
            if hit.right in found.rights:
                continue
            label = "reported_right" if hit.reported else "information_item" if hit.informational else "negated_right"
            if label not in result.flags:
                result.flags.append(label)
            result.evidence.append(Evidence(f"not.{hit.right}", hit.right, source(hit.start), hit.sentence))
        if found.typo_corrected:
            result.flags.append("typo_corrected")
        scores = [v for k, v in result.confidence.items() if k.startswith("rights.")]
        result.confidence["rights"] = min(scores) if scores else 0.3
    if generator is not None:
        result.generator = generator.name
        result.flags.append("generator")

    # Whether the sender asks for something in their own words (else a forward's author is the subject).
    content_start = len(subject) + 1
    own_asks = any(content_start <= h.start < content_start + len(layout.content) for h in found.asked)
    fwd_asks = any(h.start > own_end for h in found.asked)
    _people(result, parsed, layout, (own, own_asks, fwd_asks), lexicons, generator, fields)
    datapoints.find(result, parsed, f"{own}\n{fwd}", lexicons, config, _compiled_identifiers(config))
    if forwarded is not None and layout.forwarded_from[1] and len(result.emails) < 10:
        author = layout.forwarded_from[1].lower()
        result.emails = list(dict.fromkeys([*result.emails, author]))
    if result.kind == "request":
        result.missing = [
            k for k, v in (("name", result.name), ("employer", result.employer), ("rights", result.rights)) if not v
        ]
    return result


_QUOTE_MARK = re.compile(r"^[ \t]{0,3}>[ \t>]{0,8}", re.M)


def _named(family: str, text: str) -> bool:
    """The family name is in the text, also declined: "Kovačevića", "Stankevičiūtės" name Kovačević, Stankevičiūtė."""
    stem = family[: max(4, len(family) - 2)].casefold()
    return any(word.casefold().startswith(stem) for word in re.findall(r"[^\W\d_]+", text))


def _own_quote(sender: str, quoted: str) -> bool:
    """The quote is the sender's own earlier mail: its header line ("On …, Ann <ann@x.example> wrote:") names them."""
    head = quoted.lstrip()[:400].lower()
    return bool(sender) and "@" in sender and sender.lower() in head


def _second_reading(text: str, found: rights.RightsFound) -> list[classifier.Reading]:
    """The model's rights for a person's mail in which the tables read none, never one they read as refused."""
    refused = {hit.right for hit in found.refused}
    return [reading for reading in classifier.read(text) if reading.right not in refused]


def _not_a_request(text: str, linked: bool) -> str | None:
    """Why a mail that names rights asks for none: a vendor's compliance questions, or phishing with a link."""
    common = lexicon.common()
    vendor = lexicon.search(common.vendor, text) if common.vendor is not None else None
    if vendor is not None:
        return f"a vendor's compliance question: {machine.around(text, vendor.start(), vendor.end())}"
    question = lexicon.search(common.question, text) if common.question is not None else None
    if question is not None:
        return f"a question that makes no request: {machine.around(text, question.start(), question.end())}"
    if common.phishing is not None and linked:
        lure = lexicon.search(common.phishing, text)
        if lure is not None:
            return f"a lure with a link, not a request: {machine.around(text, lure.start(), lure.end())}"
    return None


def _people(result: Extraction, parsed: ParsedEmail, layout: body.Layout, asks: tuple[str, bool, bool],
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
    sig = people.signature_name(layout.signature, display)
    sender = _sender_name(display, sig)
    form_name = people.clean_name(fields.name) if fields is not None and fields.name else None
    if form_name is not None and parsed.automatic is not None:
        sender = None  # the form robot signs nothing of the person's
    is_agent, agent_subject, employer_side = people.agent_in_text(own, lexicons)
    # A person's letter with "Label: value" lines ("Employee: …", "Data subject: …", "Company: …"); a form's
    # fields were read already.
    labels = form.labelled(own) if fields is None else form.Labelled()
    if labels.subject is not None:
        labelled_name = people.clean_name(labels.subject[0])
        # A labelled line gives the name in the nominative: "Stranka: Matej Horvat", not "stranke Mateja Horvata".
        declined = agent_subject is not None and employers.names_the_person(agent_subject.value, labelled_name or "")
        writer = sender is not None and people.same_person(sender.value, labelled_name or "")
        if (agent_subject is None or declined) and people.person_like(labelled_name) and not writer:
            agent_subject = people.Found(labelled_name or "", "body", labels.subject[1], 0.85)
    explicit = people.names_in_text(own, lexicons)
    if is_agent and agent_subject is None and explicit is None and generator is None:
        # "Re: Hannah Whitfield – request under Art. 15" and "our client Ms Whitfield": the subject line names them.
        agent_subject = people.name_in_subject(parsed.subject, own, sender.value if sender else None)
    if form_name is not None and explicit is None:
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
    if name is not None:
        result.name = name.value
        result.confidence["name"] = name.confidence
        result.evidence.append(Evidence("name", name.value, name.source, name.text))
    else:
        result.confidence["name"] = 0.0

    fwd = "\n".join([forwarded.content, *forwarded.signature]) if forwarded is not None else ""
    employer = employers.employer_in_text(own, lexicons) or (employers.employer_in_text(fwd, lexicons) if fwd else None)
    if employer is not None and name is not None and employers.names_the_person(employer.value, name.value):
        employer = None  # "the request of our employee Віктора Гончаренка": a person, not a company
    if fields is not None and fields.employer and not (is_agent and not employer_side and generator is None):
        employer = people.Found(fields.employer, "form", fields.lines.get("company", ""), 0.9)
    if employer is None and labels.company is not None and not is_agent:
        org = employers.clean_org(labels.company[0])
        employer = people.Found(org, "body", labels.company[1], 0.85) if org else None
    if employer is None:
        if subject_is_forwarded and forwarded is not None and name is not None:
            employer = employers.employer_in_signature(forwarded.signature, name.value)
        if employer is None and is_agent:
            # A lawyer's signature names the law firm; HR's names the employer.
            if employer_side and sender is not None:
                employer = employers.employer_in_signature(layout.signature, sender.value)
        elif employer is None and not subject_is_forwarded:
            anchor = sig.value if sig is not None else (name.value if name is not None else None)
            employer = employers.employer_in_signature(layout.signature, anchor)
            # A formal letter's letterhead: the company and its address above the salutation.
            employer = employer or employers.letterhead(layout.content)
    if employer is not None:
        result.employer = employer.value
        result.confidence["employer"] = employer.confidence
        result.evidence.append(Evidence("employer", employer.value, employer.source, employer.text))
    else:
        result.confidence["employer"] = 0.0
