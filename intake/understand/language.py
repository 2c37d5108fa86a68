"""Which language a requester wrote in: py3langid's bundled model, lingua for short texts, and a Hinglish check."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from intake.understand import langid_model, lexicon

# Languages we have phrase tables and templates for; anything else is named but flagged for the DPO.
SUPPORTED = frozenset(lexicon.LANGUAGES)
# The candidates the model chooses among. Restricting the set keeps short texts from being read as a rare
# cousin (Luxembourgish for German, Afrikaans for Dutch) while still naming the languages a European or
# Indian company's DPO is likely to receive and cannot read. Serbian is left out: in Latin script it is
# Croatian to the model and to the reader, and the Croatian table reads it. In Cyrillic its letters tell it
# (_serbian), and the Croatian table reads its Latin spelling (intake/understand/transliteration.py).
CANDIDATES = (
    *lexicon.LANGUAGES,
    "gl", "eu", "fa", "ur", "bn", "ta", "te", "mr", "id", "vi", "th", "is", "lb", "sq", "mk",
)  # fmt: skip
# lingua names Norwegian Bokmål "nb" and has no Maltese model; py3langid says "no" and knows Maltese.
_LINGUA_CODE = {"no": "nb"}
_FROM_LINGUA = {"nb": "no"}
_NO_LINGUA = frozenset({"mt"})
RIVALS = 3  # py3langid's best guesses that lingua chooses among for a short text
SHORT = 40  # letters below which the n-gram model is unreliable and lingua decides instead
MAX_CHARS = 300  # the opening of a request says as much as the whole, at a fraction of the cost
_LATIN_WORD = re.compile(r"[a-z]{2,20}")
_LETTER = re.compile(r"[^\W\d_]")
# Cyrillic letters of Serbian and Macedonian alone: ђ ћ are Serbian's, ѓ ќ ѕ Macedonian's, ј љ њ џ both's (never
# Russian, Ukrainian or Bulgarian, which the model otherwise names for a short Serbian text).
_SERBIAN_ONLY = frozenset("ђћ")
_MACEDONIAN_ONLY = frozenset("ѓќѕ")
_SHARED = frozenset("јљњџ")
SERBIAN = "sr"  # named when written in Cyrillic, read by READ_WITH's table, answered in the default language
READ_WITH = {SERBIAN: "hr"}

_lock = threading.Lock()
_langid: Any = None
_model_folder: Path | None = None  # where the worker keeps py3langid's model unpacked (keep_models_in)
_lingua: dict[frozenset[str], Any] = {}
_loading = threading.Event()  # set while a model loads: the worker's time limit does not count that time


_warming = threading.Event()  # set while warm() runs beside the first messages, which it slows (the GIL)


def loading() -> bool:
    """True while this process loads a language model or warms up (the worker does both beside its first messages)."""
    return _loading.is_set() or _warming.is_set()


@dataclass
class LanguageGuess:
    """A language code (ISO 639-1), how sure we are, and why (library, flags)."""

    code: str | None
    confidence: float
    method: str
    flags: list[str] = field(default_factory=list)


def keep_models_in(folder: Path) -> None:
    """Keep py3langid's model unpacked in `folder` (a worker's var/cache): later starts skip the unpacking."""
    global _model_folder
    _model_folder = folder


def _identifier() -> Any:
    """py3langid's model, loaded once per process (about one second) and restricted to CANDIDATES."""
    global _langid
    if _langid is None:
        with _lock:
            if _langid is None:
                _loading.set()
                try:
                    ident = langid_model.identifier(_model_folder)
                    ident.set_languages(list(CANDIDATES))
                    _langid = ident
                finally:
                    _loading.clear()
    return _langid


def _short_detector(codes: frozenset[str]) -> Any:
    """lingua restricted to a few languages, for texts too short for n-gram statistics.

    Built once per set of languages. lingua keeps each language's model once per process whichever detector
    loaded it, so a detector for py3langid's few best guesses costs only the models not yet loaded, and a
    process loads the models of the languages it actually meets instead of all thirty-odd (700 MB).
    """
    detector = _lingua.get(codes)
    if detector is None:
        with _lock:
            detector = _lingua.get(codes)
            if detector is None:
                _loading.set()
                try:
                    detector = _build(codes)
                finally:
                    _loading.clear()
                if len(_lingua) < 256:  # a bound: the sets seen in practice are few
                    _lingua[codes] = detector
    return detector


def _build(codes: frozenset[str]) -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, _LINGUA_CODE.get(c, c).upper())) for c in codes]
    return LanguageDetectorBuilder.from_languages(*languages).build()


# Languages also written in Latin letters, which no bundled model reads: Hinglish and Greeklish.
ROMANISED = {"hi": "hinglish", "el": "greeklish"}


def _romanised(words: list[str], code: str) -> float:
    """Share of the Latin-script words that are frequent function words of `code` written in Latin letters (0 when
    too few words to tell)."""
    markers = lexicon.load(code).latin_markers
    if len(words) < 4:
        return 0.0
    hits = [w for w in words if w in markers]
    if len(set(hits)) < 3:
        return 0.0
    return len(hits) / len(words)


def identify(text: str) -> LanguageGuess:
    """The language of `text` (the requester's own words, without quotes or signature)."""
    sample = text[:MAX_CHARS]
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return LanguageGuess(None, 0.0, "no text", ["language_unknown"])
    words = _LATIN_WORD.findall(sample.lower())
    for code, flag in ROMANISED.items():
        share = _romanised(words, code)
        if share >= 0.2:
            # No bundled model covers Hindi or Greek in Latin script; the phrase table's function words decide.
            return LanguageGuess(code, min(0.9, 0.5 + share), f"{flag} function words", [flag])
    serbian = _serbian(sample)
    if serbian is not None:
        return serbian
    identifier = _identifier()
    code, prob = identifier.classify(sample)
    # The supported languages among py3langid's best guesses: lingua chooses among them (never among all).
    rivals: frozenset[str] = frozenset()
    if letters < SHORT and prob < 0.9:
        rivals = frozenset([c for c, _ in identifier.rank(sample) if c in SUPPORTED and c not in _NO_LINGUA][:RIVALS])
    if len(rivals) >= 2:
        detector = _short_detector(rivals)
        values = detector.compute_language_confidence_values(sample)
        if values:
            best = values[0]
            code = best.language.iso_code_639_1.name.lower()
            code = _FROM_LINGUA.get(code, code)
            guess = LanguageGuess(code, round(float(best.value), 3), "lingua (short text)")
            if best.value < 0.5:
                guess.flags.append("language_uncertain")
            return guess
    guess = LanguageGuess(code, round(float(prob), 3), "py3langid")
    if code not in SUPPORTED:
        guess.flags.append("language_unsupported")
    elif prob < 0.6:
        guess.flags.append("language_uncertain")
    return guess


def _serbian(sample: str) -> LanguageGuess | None:
    """Serbian when a text mostly in Cyrillic has its letters ђ ћ and not Macedonian's ѓ ќ ѕ; lingua tells
    the two apart when only their shared letters ј љ њ џ show."""
    letters = [c.lower() for c in _LETTER.findall(sample)]
    if sum("\u0400" <= c <= "\u04ff" for c in letters) * 2 < len(letters):
        return None
    ours, theirs = sum(c in _SERBIAN_ONLY for c in letters), sum(c in _MACEDONIAN_ONLY for c in letters)
    if ours > theirs:
        return LanguageGuess(SERBIAN, 0.95, "Serbian Cyrillic letters")
    if theirs or not any(c in _SHARED for c in letters):
        return None
    values = _short_detector(frozenset((SERBIAN, "mk"))).compute_language_confidence_values(sample)
    if not values or values[0].language.iso_code_639_1.name.lower() != SERBIAN:
        return None
    return LanguageGuess(SERBIAN, round(float(values[0].value), 3), "lingua (Serbian or Macedonian)")


def variant(text: str, code: str | None) -> list[str]:
    """The flag of the regional variant `text` is written in ("brazilian" for Portuguese), when more of its words
    are that variant's than the other's (the language table's [variant]); none when the words do not tell."""
    if code not in SUPPORTED:
        return []
    table = lexicon.load(code)
    if table.variant is None:
        return []
    ours = len(table.variant.findall(text))
    theirs = len(table.variant_against.findall(text)) if table.variant_against is not None else 0
    return [table.variant_flag] if ours > theirs else []


def warm() -> None:
    """Load py3langid (about 1 s), lingua's commonest models and every phrase table now, so that few messages pay.

    For start-up, beside the worker's loop: before each step it waits while a message is being processed (up to
    WARM_PAUSE), so that the first messages have the interpreter to themselves and compile only the
    tables they need, and an acknowledgement after a cold start does not wait for 35 languages' tables."""

    def lingua() -> None:
        _short_detector(frozenset(("en", "de", "fr"))).compute_language_confidence_values("warm up")

    steps = [_identifier, lingua]
    steps += [lex.compile_all for lex in lexicon.all_loaded()]  # every language's tables (1.5-2 s in all)
    for n, step in enumerate(steps):
        if n:
            _quiet.wait(WARM_PAUSE)
        # The first messages' time limit does not count a step while it runs: it competes with them for the
        # interpreter. Only while it runs: a message that hangs while warm() waits is still cut at the limit.
        _warming.set()
        try:
            step()
        finally:
            _warming.clear()


_quiet = threading.Event()  # clear while a message is being processed (working()), which warm() gives way to
_quiet.set()
WARM_PAUSE = 2.0  # seconds warm() waits for a quiet moment before each step: under a burst it still goes on


@contextmanager
def working() -> Iterator[None]:
    """Mark a message in progress, for warm() to give way to."""
    _quiet.clear()
    try:
        yield
    finally:
        _quiet.set()
