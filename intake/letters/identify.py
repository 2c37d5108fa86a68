"""Which language a letter's text is in, by lingua (py3langid for Maltese): the check's judge of letters."""

from __future__ import annotations

import functools
from typing import Any

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

# Every language a letter may be written in or slip into. lingua has no Maltese model; Norwegian is Bokmål to it.
KNOWN = (
    "en", "de", "fr", "es", "it", "nl", "pt", "pl", "hi",
    "bg", "hr", "cs", "da", "et", "fi", "el", "hu", "ga", "lv", "lt", "ro", "sk", "sl", "sv",
    "no", "tr", "ru", "uk", "ar", "he", "ja", "zh", "ko",
)  # fmt: skip
_LINGUA = {"no": "nb"}
_OURS = {"nb": "no"}


# Letter languages lingua has no model of, judged instead by py3langid's n-gram model (the extraction's own), which
# knows them; each paragraph is long enough for n-grams.
NGRAM_ONLY = ("mt",)


def base(language: str) -> str:
    """The language lingua judges a letter folder by: a regional variant's language ("pt-BR" is Portuguese)."""
    return language.split("-")[0]


def supported(language: str) -> bool:
    """Whether the check can tell this language (or a variant's language) from the others."""
    return base(language) in KNOWN or base(language) in NGRAM_ONLY


@functools.cache
def _ngram() -> Any:
    from intake.understand import langid_model

    model = langid_model.identifier(None)
    model.set_languages([*KNOWN, *NGRAM_ONLY])
    return model


def judge(text: str, language: str) -> str | None:
    """The language a letter meant to be in `language` is found in: lingua, with the two languages' full models
    settling close kin (Danish and Norwegian...); py3langid for a language lingua does not know."""
    language = base(language)
    if language in NGRAM_ONLY:
        return str(_ngram().classify(text)[0])
    found = detect(text)
    if found is not None and found != language and second_opinion(text, language, found) == language:
        return language  # trigrams blurred close kin; the two languages' full models settle it
    return found


def foreign(text: str, language: str, below: float) -> str | None:
    """The language a paragraph is written in when it is not `language` (and `language` is less likely than
    `below`), else None."""
    language = base(language)
    if language in NGRAM_ONLY:
        ranked = dict(_ngram().rank(text))
        found = max(ranked, key=ranked.__getitem__)
        return str(found) if found != language and ranked.get(language, 0.0) < below else None
    found = detect(text)
    if (
        found is not None
        and found != language
        and confidence(text, language) < below
        and second_opinion(text, language, found) != language
    ):
        return found
    return None


@functools.cache
def detector() -> LanguageDetector:
    """Built once: lingua's trigram models of every KNOWN language.

    Low accuracy mode keeps it at about 50 MB and half a second to build, where the full models take 600 MB and
    ten seconds on a machine several engineers share; a paragraph or a letter is long enough for trigrams.
    """
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, _LINGUA.get(c, c).upper())) for c in KNOWN]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language among KNOWN, or None when undecided."""
    found = detector().detect_language_of(text)
    if found is None:
        return None
    code = found.iso_code_639_1.name.lower()
    return _OURS.get(code, code)


def _lingua(code: str) -> Language:
    return Language.from_iso_code_639_1(getattr(IsoCode639_1, _LINGUA.get(code, code).upper()))


@functools.cache
def _pair(first: str, second: str) -> LanguageDetector:
    """Full models of just two languages: cheap to load, and sharp where trigrams blur close kin (Danish and
    Norwegian, Czech and Slovak)."""
    return LanguageDetectorBuilder.from_languages(_lingua(first), _lingua(second)).build()


def second_opinion(text: str, language: str, rival: str) -> str:
    """Of `language` and `rival`, the one the full models find `text` written in."""
    first, second = sorted((language, rival))
    found = _pair(first, second).detect_language_of(text)
    if found is None:
        return language
    code = found.iso_code_639_1.name.lower()
    return _OURS.get(code, code)


def confidence(text: str, language: str) -> float:
    """How likely lingua finds it that `text` is in `language` (0 to 1), for a language it knows."""
    code = _LINGUA.get(language, language)
    return detector().compute_language_confidence(
        text, Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
    )
