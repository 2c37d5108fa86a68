"""Train the second reader (intake/understand/classifier.py) on the labelled sets, choose its thresholds by
leave-one-set-out cross-validation, score it on sets it never saw, and write the model the package ships.

    python scripts/train_classifier.py                       # cross-validate, print figures, write the model
    python scripts/train_classifier.py --fresh /work/new     # also score tables alone / with the model on sets
                                                             # no one tuned on (mail/ + gold.jsonl each)
    python scripts/train_classifier.py --no-write            # figures only

Training needs scikit-learn (`pip install scikit-learn`); the service reads the exported weights with the
standard library alone. The blind set is never read.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from intake import reference  # noqa: E402
from intake.understand import RIGHTS, body, classifier  # noqa: E402
from intake.understand import extract as extraction  # noqa: E402
from intake.understand.parse import parse  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
SETS = ["dev", "heldout", "outsider", "outsider2", "outsider3a", "outsider3b", "outsider4a", "outsider4b", "outsider4c"]
# Reasons the tables give a person's mail in which they read no right: where the second reader may speak.
OPEN = ("human mail that asks for no right",)
# THRESHOLD_NOTE: cross-validation over sets the tables were tuned on cannot choose the threshold: the tables read
# every request of those sets, so the model meets only the mails that ask for nothing and any threshold costs. It was
# chosen (0.65) by leave-one-set-out over the six sets of 2026-12-06 morning and confirmed on three fresh sets
# before anyone tuned on them (docs/extraction.md); retraining after tuning keeps it: --threshold 0.65.
MIN_POSITIVES = 12  # a right seen fewer times is left to the tables: too few examples to generalise from


@dataclass
class Mail:
    """One labelled mail: the text the tables read, their answer, and the gold."""

    where: str
    text: str
    open: bool
    table_kind: str
    table_rights: set[str]
    kind: str
    rights: set[str]
    refused: set[str]


def rows(name: str) -> tuple[Path, list[dict]]:
    if name in ("dev", "heldout"):
        lines = (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        return CORPUS, [r for r in map(json.loads, filter(None, lines)) if r["split"] == name]
    base = Path(name) if "/" in name else CORPUS / name
    lines = (base / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return base, [json.loads(line) for line in lines if line]


def load(name: str) -> list[Mail]:
    """The set's mails read by the tables alone (the model switched off)."""
    base, gold = rows(name)
    out = []
    for row in gold:
        parsed = parse((base / row["file"]).read_bytes())
        got = extraction.extract(parsed)
        layout = body.split(parsed.text[:100_000], parsed.subject)
        own = "\n".join([layout.content, *layout.signature]).strip()
        fwd = layout.forwarded
        fwd_text = "\n".join([fwd.content, *fwd.signature]).strip() if fwd else ""
        reason = got.evidence[0].text if got.evidence else ""
        out.append(
            Mail(
                f"{name}:{row['file']}",
                f"{parsed.subject}\n{own}\n{fwd_text}",
                reason.startswith(OPEN) and reference.find(parsed.subject) is None,
                got.kind,
                set(got.rights),
                row["kind"],
                set(row["rights"]),
                {e.value for e in got.evidence if e.field.startswith("not.")},
            )
        )
    return out


def fit(train: list[Mail]):  # noqa: ANN201 - scikit-learn objects, imported only to train
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=classifier.ngrams, sublinear_tf=True, min_df=2)
    x = vectorizer.fit_transform([m.text for m in train])
    models = {}
    for right in RIGHTS:
        y = [right in m.rights for m in train]
        if sum(y) < MIN_POSITIVES:
            continue
        models[right] = LogisticRegression(C=8.0, max_iter=2000, class_weight="balanced").fit(x, y)
    return vectorizer, models


def predict(trained, mails: list[Mail]) -> list[dict[str, float]]:  # noqa: ANN001
    vectorizer, models = trained
    x = vectorizer.transform([m.text for m in mails])
    chances = [dict() for _ in mails]
    for right, model in models.items():
        for i, p in enumerate(model.predict_proba(x)[:, 1]):
            chances[i][right] = float(p)
    return chances


def combine(mail: Mail, chance: dict[str, float], threshold: float) -> tuple[str, set[str]]:
    """What extraction answers with the model: it speaks only where the tables read no right in a person's mail."""
    if not mail.open:
        return mail.table_kind, mail.table_rights
    added = {r for r, p in chance.items() if p >= threshold and r not in mail.refused}
    return ("request", added) if added else (mail.table_kind, mail.table_rights)


def figures(pairs: list[tuple[Mail, tuple[str, set[str]]]]) -> tuple[float, float, float, float]:
    """Rights micro-F1 with its precision and recall, and kind accuracy."""
    tp = fp = fn = kinds = 0
    for mail, (kind, got) in pairs:
        tp += len(got & mail.rights)
        fp += len(got - mail.rights)
        fn += len(mail.rights - got)
        kinds += kind == mail.kind
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f, p, r, kinds / max(1, len(pairs))


def line(label: str, values: tuple[float, float, float, float]) -> str:
    f, p, r, k = values
    return f"{label:<34} rights F1 {f:.3f} (P {p:.3f} / R {r:.3f})  kind {k:.3f}"


def export(trained, threshold: float, path: Path, prune: float = 0.02) -> None:  # noqa: ANN001
    """The weights the service reads: n-grams any right weighs at least `prune`, and their idf."""
    vectorizer, models = trained
    vocabulary = vectorizer.vocabulary_
    idf = vectorizer.idf_
    weights: dict[str, dict[str, float]] = {}
    kept: set[str] = set()
    for right, model in models.items():
        coef = model.coef_[0]
        weights[right] = {g: round(float(coef[i]), 4) for g, i in vocabulary.items() if abs(coef[i]) >= prune}
        kept |= weights[right].keys()
    data = {
        "idf": {g: round(float(idf[vocabulary[g]]), 4) for g in sorted(kept)},
        "bias": {right: float(model.intercept_[0]) for right, model in models.items()},
        "threshold": dict.fromkeys(models, threshold),
        "weights": weights,
    }
    path.write_bytes(gzip.compress(json.dumps(data, ensure_ascii=False, sort_keys=True).encode(), mtime=0))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fresh", nargs="*", default=[], help="labelled sets never tuned on, scored before and after")
    ap.add_argument("--train", nargs="*", default=[], help="more labelled sets to train on (mail/ + gold.jsonl)")
    ap.add_argument("--no-write", action="store_true", help="print figures, do not write the model")
    ap.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="use this threshold and skip the cross-validation (0.65: see THRESHOLD_NOTE)",
    )
    args = ap.parse_args()
    classifier.model.cache_clear()
    real_read = classifier.read
    classifier.read = lambda text: []  # the tables alone while loading
    names = SETS + args.train
    sets = {name: load(name) for name in names}
    fresh = {name: load(name) for name in args.fresh}
    classifier.read = real_read

    if args.threshold is not None:
        trained = fit([m for mails in sets.values() for m in mails])
        report_fresh(trained, fresh, args.threshold)
        if not args.no_write:
            write(trained, args.threshold)
        return
    # Leave one set out: each set's probabilities come from a model that never saw it.
    held: dict[str, list[dict[str, float]]] = {}
    for name in names:
        train = [m for other, mails in sets.items() if other != name for m in mails]
        held[name] = predict(fit(train), sets[name])
    pooled = [(m, c) for name in names for m, c in zip(sets[name], held[name], strict=True)]
    print("the model alone on every held-out mail (what it adds where the tables miss is drawn from these):")
    for t in (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9):
        alone = [
            (m, ("request" if any(p >= t for p in c.values()) else "other", {r for r, p in c.items() if p >= t}))
            for m, c in pooled
        ]
        print(line(f"  threshold {t:.2f}", figures(alone)))
    best = max(
        (t / 100 for t in range(30, 96, 5)),
        key=lambda t: sum(figures([(m, combine(m, c, t)) for m, c in pooled])[::3]),
    )
    print(f"threshold chosen by leave-one-set-out: {best:.2f}\n")
    for name in names:
        mails = sets[name]
        print(f"{name} ({len(mails)} mails, {sum(m.open for m in mails)} where the tables read no right)")
        print(line("  tables alone", figures([(m, (m.table_kind, m.table_rights)) for m in mails])))
        both = [(m, combine(m, c, best)) for m, c in zip(mails, held[name], strict=True)]
        print(line("  tables + model (held out)", figures(both)))
    trained = fit([m for mails in sets.values() for m in mails])
    report_fresh(trained, fresh, best)
    if not args.no_write:
        write(trained, best)


def report_fresh(trained, fresh: dict[str, list[Mail]], best: float) -> None:  # noqa: ANN001
    """Tables alone and with the model on sets no one tuned on: the only honest measure of what the model adds."""
    for name, mails in fresh.items():
        chances = predict(trained, mails)
        print(f"\nfresh {name} ({len(mails)} mails, {sum(m.open for m in mails)} where the tables read no right)")
        print(line("  tables alone", figures([(m, (m.table_kind, m.table_rights)) for m in mails])))
        both = [(m, combine(m, c, best)) for m, c in zip(mails, chances, strict=True)]
        print(line("  tables + model", figures(both)))


def write(trained, threshold: float) -> None:  # noqa: ANN001
    export(trained, threshold, classifier.MODEL)
    print(f"\nwrote {classifier.MODEL.relative_to(ROOT)} ({classifier.MODEL.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
