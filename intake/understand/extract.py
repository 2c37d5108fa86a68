"""ParsedEmail -> Extraction: kind of mail, language, requester, employer, rights and identifiers, with evidence."""

from __future__ import annotations

import re

from intake import reference
from intake.sections import ExtractConfig
from intake.understand import body, classifier, datapoints, form, language, lexicon, machine, requester, rights
from intake.understand import transliteration as cyrillic
from intake.understand.extraction import Evidence, Extraction
from intake.understand.parse import ParsedEmail


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
    fields = form.read(parsed.text[: config.max_chars], form.robot_sender(parsed.from_addr, parsed.automatic))
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
        elif "language_unsupported" not in result.flags and (read := _second_reading(analysis, subject, found)):
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
    own_asks = any(own_start <= h.start < own_start + len(layout.content) for h in found.asked)
    fwd_asks = any(h.start > own_end for h in found.asked)
    requester.find(result, parsed, layout, (own, own_asks, fwd_asks), lexicons, generator, fields)
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


def _own_quote(sender: str, quoted: str) -> bool:
    """The quote is the sender's own earlier mail: its header line ("On …, Ann <ann@x.example> wrote:") names them."""
    head = quoted.lstrip()[:400].lower()
    return bool(sender) and "@" in sender and sender.lower() in head


def _second_reading(text: str, subject: str, found: rights.RightsFound) -> list[classifier.Reading]:
    """The model's rights for a person's mail in which the tables read none, never one they read as refused.

    Never in a reply to one of our letters (its subject carries the case reference): an answer to "which employer?"
    ("I work at Acme, my phone is …") reads like a correction to the model, and the case has its rights already.
    """
    if reference.find(subject) is not None:
        return []
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
