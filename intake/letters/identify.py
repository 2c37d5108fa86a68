"""Which language a letter's text is in, by lingua: the check's judge of whole letters and of each paragraph."""

from __future__ import annotations

import functools

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

# Every language a letter may be written in or slip into. lingua has no Maltese model; Norwegian is Bokmål to it.
KNOWN = (
    "en", "de", "fr", "es", "it", "nl", "pt", "pl", "hi",
    "bg", "hr", "cs", "da", "et", "fi", "el", "hu", "ga", "lv", "lt", "ro", "sk", "sl", "sv",
    "no", "tr", "ru", "uk", "ar", "he", "ja", "zh", "ko",
)  # fmt: skip
_LINGUA = {"no": "nb"}
_OURS = {"nb": "no"}


def base(language: str) -> str:
    """The language lingua judges a letter folder by: a regional variant's language ("pt-BR" is Portuguese)."""
    return language.split("-")[0]


def supported(language: str) -> bool:
    """Whether lingua can tell this language (or variant's language) from the others (Maltese, for one, it cannot)."""
    return base(language) in KNOWN


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
