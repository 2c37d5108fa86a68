"""A statistical second reader: which rights a person's mail asks for when no phrase of the tables matched."""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL = Path(__file__).with_name("classifier.json.gz")
# The first characters of the text are what the model was trained on; a long mail says its request early.
MAX_CHARS = 3000
_WORD = re.compile(r"\w+")
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")


def ngrams(text: str) -> list[str]:
    """Character 2-5-grams inside each word, the word padded with spaces: "data" -> " d", "da", ... "ta ".

    Inside words so a phrase's inflections and compounds share features across languages with rich morphology
    ("löschen", "Löschung", "Datenlöschung"); the model is trained and read with this one function.
    """
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS]).lower()
    out: list[str] = []
    for word in _WORD.findall(text):
        padded = f" {word[:40]} "
        size = len(padded)
        for n in range(2, 6):
            if size < n:
                break
            out.extend(padded[i : i + n] for i in range(size - n + 1))
    return out


@dataclass(frozen=True)
class Model:
    """Per n-gram inverse document frequency, and per right a bias, a threshold and the n-grams' weights."""

    idf: dict[str, float]
    bias: dict[str, float]
    threshold: dict[str, float]
    weights: dict[str, dict[str, float]]


@dataclass(frozen=True)
class Reading:
    """A right the model reads, its probability and the sentence that weighs most for it."""

    right: str
    probability: float
    sentence: str


@cache
def model() -> Model | None:
    """The shipped model, or None when the package was built without it (the tables still read)."""
    if not MODEL.exists():
        return None
    data = json.loads(gzip.decompress(MODEL.read_bytes()))
    return Model(data["idf"], data["bias"], data["threshold"], data["weights"])


def vector(grams: list[str], idf: dict[str, float]) -> dict[str, float]:
    """Sublinear TF-IDF, L2-normalised, over the n-grams the model knows."""
    counts: dict[str, int] = {}
    for gram in grams:
        if gram in idf:
            counts[gram] = counts.get(gram, 0) + 1
    values = {g: (1.0 + math.log(c)) * idf[g] for g, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
    return {g: v / norm for g, v in values.items()}


def probabilities(text: str, found: Model | None = None) -> dict[str, float]:
    """Each right's probability for this text."""
    found = found or model()
    if found is None:
        return {}
    x = vector(ngrams(text), found.idf)
    out = {}
    for right, weights in found.weights.items():
        score = found.bias[right] + sum(v * weights.get(g, 0.0) for g, v in x.items())
        out[right] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
    return out


def read(text: str) -> list[Reading]:
    """The rights whose probability passes their threshold, each with its weightiest sentence as evidence."""
    found = model()
    if found is None:
        return []
    chances = probabilities(text, found)
    passed = sorted(right for right, chance in chances.items() if chance >= found.threshold[right])
    if not passed:
        return []
    # Each sentence's n-grams once, whatever the number of rights read: the evidence is the weightiest for each.
    sentences = [(m.group(), ngrams(m.group())) for m in _SENTENCE.finditer(text[:MAX_CHARS])]
    readings = []
    for right in passed:
        weights = found.weights[right]
        best, best_score = "", -math.inf
        for sentence, grams in sentences:
            score = sum(weights.get(g, 0.0) * found.idf.get(g, 0.0) for g in grams) / math.sqrt(len(grams) or 1)
            if score > best_score:
                best, best_score = " ".join(sentence.split())[:240], score
        readings.append(Reading(right, chances[right], best))
    return readings
