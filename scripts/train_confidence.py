"""Train the event confidence model (`marsad/data/confidence.json`) from reviewers' verdicts.

Why this script exists: the shipped weights must be reproducible.  The labels
are `bench/reviews/labels.tsv` — every event reviewers judged on the held-out
pools (OK and WF: a real event; NE: not an event; DUP: a copy), keyed by
article, evidence start and event type (`bench/review_pools.py labels`).  The
pools are rebuilt from ../shared and extracted with THIS checkout, so the
model learns from the output it will score; a judged event the current rules
no longer output (or now type differently) is left out.  Features come from
`marsad.stages.confidence.event_features`, the code that scores at run time.

The model is a logistic regression, trained with python-crfsuite (already
the NER's trainer) on one-item sequences, where its L-BFGS with an L2
penalty is plain maximum entropy.  Before the final fit, each pool is held
out in turn and scored by a model trained on the others; the ranking quality
(AUC) and what a --min-confidence cut would remove are printed and stored in
the model file.

Usage (from the repo root):
    python scripts/train_confidence.py --shared ../shared [--out marsad/data/confidence.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from review_pools import build  # noqa: E402

from marsad.errors import InputError  # noqa: E402
from marsad.knowledge.confidence import ConfidenceModel  # noqa: E402
from marsad.pipeline import STAGES, Pipeline  # noqa: E402
from marsad.stages.confidence import event_features  # noqa: E402
from marsad.stages.ingest import iter_documents  # noqa: E402

REAL, COPY_OR_NONE = "real", "not_real"
LABEL_OF_VERDICT = {"OK": REAL, "WF": REAL, "NE": COPY_OR_NONE, "DUP": COPY_OR_NONE}
L2_PENALTY = 1.0  # chosen with leave-one-pool-out AUC among 0.3, 1 and 3 (all within 0.02)
ITERATIONS = 200
MIN_FEATURE_COUNT = 2  # a word seen once cannot generalise; dropping them shrinks the file 2.5x for about the same AUC
CUTS = (0.1, 0.2, 0.3)  # --min-confidence values whose effect is reported
# SaudiNewsNet (CC BY-NC-SA 4.0) articles teach only the structural features: no weight of the
# shipped Apache-2.0 model is learnt from their words (ANT is Apache-2.0, Al Jazeera leads
# carry no licence terms).
WORDLESS_SOURCES = ("snn_",)


def read_labels(path: Path) -> dict[tuple[str, str, int, str], str]:
    """(pool, article id, evidence start, event type) -> verdict."""
    with path.open(encoding="utf-8") as rows:
        return {
            (row["pool"], row["article_id"], int(row["evidence_start"]), row["event_type"]): row["verdict"]
            for row in csv.DictReader(rows, delimiter="\t")
        }


def labelled_examples(pools_dir: Path, labels: dict[tuple[str, str, int, str], str]) -> list[dict]:
    """Extract every labelled pool with this checkout; one example per current event that a verdict
    still names (same article, evidence start and type)."""
    pipeline = Pipeline(stage for stage in STAGES if stage.name != "confidence")  # the model being trained
    examples = []
    for pool in sorted({key[0] for key in labels}):
        for doc in iter_documents([pools_dir / f"{pool}.jsonl"]):
            if isinstance(doc, InputError):
                raise SystemExit(f"{pool}: {doc}")
            pipeline(doc)
            for index, event in enumerate(doc.events):
                start = event.evidence_spans[0][0] if event.evidence_spans else -1
                verdict = labels.get((pool, doc.id, start, event.event_type))
                if verdict:
                    features = event_features(event, index, doc.events, doc)
                    if pool.startswith(WORDLESS_SOURCES):
                        features = {name: value for name, value in features.items() if not name.startswith("word=")}
                    examples.append({"pool": pool, "verdict": verdict, "features": features})
    return examples


def fit(examples: list[dict]) -> ConfidenceModel:
    """A logistic model of REAL vs COPY_OR_NONE: the difference of crfsuite's two label weights."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for example in examples:
        trainer.append([example["features"]], [LABEL_OF_VERDICT[example["verdict"]]])
    trainer.set_params({"c1": 0.0, "c2": L2_PENALTY, "max_iterations": ITERATIONS, "feature.minfreq": MIN_FEATURE_COUNT})
    with tempfile.TemporaryDirectory() as tmp:
        model_path = str(Path(tmp) / "confidence.crfsuite")
        trainer.train(model_path)
        tagger = pycrfsuite.Tagger()
        tagger.open(model_path)
        state = tagger.info().state_features
        tagger.close()
    weights: Counter[str] = Counter()
    for (name, label), weight in state.items():
        weights[name] += weight if label == REAL else -weight
    return ConfidenceModel(weights={name: round(w, 4) for name, w in sorted(weights.items()) if abs(w) >= 1e-4})


def auc(scored: list[tuple[float, bool]]) -> float:
    """Chance that a real event scores above a non-event or copy (ties count half)."""
    real = [score for score, is_real in scored if is_real]
    other = [score for score, is_real in scored if not is_real]
    wins = sum((r > o) + 0.5 * (r == o) for r in real for o in other)
    return wins / (len(real) * len(other))


def held_out_report(examples: list[dict]) -> dict:
    """Leave-one-pool-out scores: AUC, and the verdicts each --min-confidence cut would remove."""
    scored = []
    for pool in sorted({example["pool"] for example in examples}):
        model = fit([example for example in examples if example["pool"] != pool])
        for example in examples:
            if example["pool"] == pool:
                scored.append((model.probability(example["features"]), example["verdict"]))
    cuts = {
        str(cut): dict(sorted(Counter(verdict for score, verdict in scored if score < cut).items()))
        for cut in CUTS
    }
    return {
        "auc": round(auc([(score, LABEL_OF_VERDICT[verdict] == REAL) for score, verdict in scored]), 3),
        "events": len(scored),
        "removed_below": cuts,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT / "../shared")
    parser.add_argument("--labels", type=Path, default=ROOT / "bench/reviews/labels.tsv")
    parser.add_argument("--out", type=Path, default=ROOT / "marsad/data/confidence.json")
    args = parser.parse_args(argv)
    labels = read_labels(args.labels)
    with tempfile.TemporaryDirectory() as pools_dir:
        build(args.shared, Path(pools_dir))
        examples = labelled_examples(Path(pools_dir), labels)
    print(f"{len(examples)} of {len(labels)} judged events found in this checkout's output", file=sys.stderr)
    report = held_out_report(examples)
    print(f"leave-one-pool-out AUC {report['auc']} on {report['events']} events", file=sys.stderr)
    for cut, removed in report["removed_below"].items():
        print(f"  confidence < {cut}: removes {removed}", file=sys.stderr)
    model = fit(examples)
    document = {
        "trained_on": {
            "labels": args.labels.name,
            "events": len(examples),
            "verdicts": dict(sorted(Counter(example["verdict"] for example in examples).items())),
            "pools": sorted({example["pool"] for example in examples}),
        },
        "held_out": report,
        "weights": dict(model.weights),
    }
    args.out.write_text(json.dumps(document, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(model.weights)} weights)", file=sys.stderr)


if __name__ == "__main__":
    main()
