"""Train the Marsad NER CRF on ANERcorp (CAMeL Lab split) and evaluate it.

Why this script exists: the shipped model (`marsad/data/ner.crfsuite`) and
word lists (`marsad/data/ner_gazetteer.txt`) must be reproducible from the
shared data.  Features come from `marsad.ner.sentence_features`, the same
code that tags at run time.

The gazetteer features are built out-of-fold on the training data (each
fifth of train sees lists derived from the other four fifths); otherwise the
CRF would learn that the lists are always right and lean on them too hard.

Usage (from the repo root):
    python scripts/train_ner.py --shared ../shared [--out marsad/data/ner.crfsuite]
    python scripts/train_ner.py --shared ../shared --tune   # pick c1/c2 on a held-out slice of train
    python scripts/train_ner.py --shared ../shared --held-out   # score one setting on that slice only

The word clusters (`marsad/data/ner_clusters.tsv.gz`) are features too:
rebuild them first with `scripts/build_word_clusters.py` if they change.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite
from tabulate import tabulate

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from marsad.ner import ENTITY_TYPES, Gazetteer, document_hints, iob_spans, parse_gazetteer, sentence_features
from marsad.text import normalize

Sentence = tuple[list[str], list[str]]
CORPUS_DIR = Path("data/labelled/anercorp_camel")
TRAIN_FILE = "ANERCorp_CamelLab_train.txt"
TEST_FILE = "ANERCorp_CamelLab_test.txt"

# Out-of-fold folds for gazetteer features; thresholds for the word lists.
FOLDS = 5
DOC_SIZE = 15  # ANERcorp has no article boundaries: hints use runs of sentences
ENT_MIN_COUNT, ENT_MIN_RATIO = 1, 0.5
CUE_MIN_COUNT, CUE_MIN_RATIO = 3, 0.1
COMMON_MIN_COUNT, COMMON_MIN_RATIO = 3, 0.95

GRID = [
    {"c1": 0.05, "c2": 0.01},
    {"c1": 0.1, "c2": 0.05},
    {"c1": 0.2, "c2": 0.01},
    {"c1": 0.05, "c2": 0.1},
    {"c1": 0.3, "c2": 0.05},
]


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of `token TAG` lines separated by blank lines."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2:
            tokens.append(parts[0])
            tags.append(parts[1])
        elif tokens:
            sentences.append((tokens, tags))
            tokens, tags = [], []
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def gazetteer_lines(sentences: Sequence[Sentence]) -> list[str]:
    """`KIND\\tTYPE\\tword` lines: words that are mostly inside names of a
    type (ENT), words that often precede (PREV) or follow (NEXT) one, and
    frequent words that are almost never part of a name (COMMON)."""
    total: Counter[str] = Counter()
    inside: dict[str, Counter[str]] = defaultdict(Counter)
    before: dict[str, Counter[str]] = defaultdict(Counter)
    after: dict[str, Counter[str]] = defaultdict(Counter)
    for tokens, tags in sentences:
        words = [normalize(t) for t in tokens]
        total.update(words)
        for first, end, kind in iob_spans(tags):
            for word in words[first:end]:
                inside[word][kind] += 1
            if first > 0:
                before[words[first - 1]][kind] += 1
            if end < len(words):
                after[words[end]][kind] += 1
    lines = [
        f"COMMON\tO\t{word}"
        for word, count in sorted(total.items())
        if count >= COMMON_MIN_COUNT
        and count - sum(inside[word].values()) >= COMMON_MIN_RATIO * count
        and word.strip()
        and "\t" not in word
    ]
    for kind_name, table, min_count, min_ratio in (
        ("ENT", inside, ENT_MIN_COUNT, ENT_MIN_RATIO),
        ("PREV", before, CUE_MIN_COUNT, CUE_MIN_RATIO),
        ("NEXT", after, CUE_MIN_COUNT, CUE_MIN_RATIO),
    ):
        for word in sorted(table):
            for kind, count in sorted(table[word].items()):
                if (
                    count >= min_count
                    and count / total[word] >= min_ratio
                    and word.strip()
                    and "\t" not in word
                ):
                    lines.append(f"{kind_name}\t{kind}\t{word}")
    return lines


def featurize_out_of_fold(sentences: Sequence[Sentence]) -> list[list[list[str]]]:
    """Features for training sentences with gazetteers built on other folds."""
    size = -(-len(sentences) // FOLDS)
    features: list[list[list[str]]] = []
    for k in range(FOLDS):
        held = sentences[k * size : (k + 1) * size]
        rest = [*sentences[: k * size], *sentences[(k + 1) * size :]]
        gazetteer = parse_gazetteer(gazetteer_lines(rest))
        features.extend(featurize(held, gazetteer))
    return features


def featurize(sentences: Sequence[Sentence], gazetteer: Gazetteer) -> list[list[list[str]]]:
    """Features for sentences, with document hints over runs of DOC_SIZE."""
    features: list[list[list[str]]] = []
    for start in range(0, len(sentences), DOC_SIZE):
        doc = [tokens for tokens, _ in sentences[start : start + DOC_SIZE]]
        hints = document_hints(doc, gazetteer)
        features.extend(sentence_features(tokens, gazetteer, hints) for tokens in doc)
    return features


def train(sentences: Sequence[Sentence], model_path: Path, c1: float, c2: float, max_iter: int) -> None:
    """Fit an L-BFGS CRF with elastic-net regularization and save it."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, (_, tags) in zip(featurize_out_of_fold(sentences), sentences, strict=True):
        trainer.append(feats, tags)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iter,
            "feature.possible_transitions": True,
            "feature.minfreq": 1,
        }
    )
    trainer.train(str(model_path))


def tag_all(
    model_path: Path, sentences: Sequence[Sentence], gazetteer: Gazetteer
) -> tuple[list[list[str]], float]:
    """Predicted tags for every sentence and the sentences/second rate
    (feature extraction included, as at run time).  CPU time of this
    process is used, so the rate does not depend on other load."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    start = time.process_time()
    predicted = [tagger.tag(feats) for feats in featurize(sentences, gazetteer)]
    elapsed = time.process_time() - start
    return predicted, len(sentences) / elapsed


def score(
    gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]
) -> dict[str, tuple[float, float, float, int]]:
    """CoNLL entity-level precision/recall/F1 (exact span and type) per type
    and overall ("ALL"), with the gold entity count."""
    hits: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for gold_tags, pred_tags in zip(gold, predicted, strict=True):
        gold_spans = set(iob_spans(gold_tags))
        pred_spans = set(iob_spans(pred_tags))
        for spans, counter in ((gold_spans, n_gold), (pred_spans, n_pred), (gold_spans & pred_spans, hits)):
            for span in spans:
                counter[span[2]] += 1
                counter["ALL"] += 1
    table: dict[str, tuple[float, float, float, int]] = {}
    for kind in (*ENTITY_TYPES, "ALL"):
        precision = hits[kind] / n_pred[kind] if n_pred[kind] else 0.0
        recall = hits[kind] / n_gold[kind] if n_gold[kind] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[kind] = (100 * precision, 100 * recall, 100 * f1, n_gold[kind])
    return table


def evaluate(
    model_path: Path, train_sents: Sequence[Sentence], test_sents: Sequence[Sentence]
) -> tuple[dict, float]:
    """Score a model on `test_sents` with the gazetteer from all of train."""
    gazetteer = parse_gazetteer(gazetteer_lines(train_sents))
    predicted, speed = tag_all(model_path, test_sents, gazetteer)
    return score([tags for _, tags in test_sents], predicted), speed


def print_table(table: dict[str, tuple[float, float, float, int]], speed: float) -> None:
    """The per-type table as Markdown, plus tagging speed."""
    rows = [(kind, f"{p:.1f}", f"{r:.1f}", f"{f:.1f}", n) for kind, (p, r, f, n) in table.items()]
    print(tabulate(rows, headers=["type", "P", "R", "F1", "gold"], tablefmt="github"))
    print(f"tagging speed: {speed:.0f} sentences/s of CPU time (features + Viterbi, one core, cold caches)")


def held_out(train_sents: Sequence[Sentence], c1: float, c2: float, max_iter: int) -> None:
    """Train on the first nine tenths of train and print the per-type table
    on the last tenth: the check used while developing features."""
    cut = len(train_sents) * 9 // 10
    with tempfile.TemporaryDirectory() as workdir:
        path = Path(workdir) / "heldout.crfsuite"
        train(train_sents[:cut], path, c1, c2, max_iter)
        table, speed = evaluate(path, train_sents[:cut], train_sents[cut:])
        print(f"held-out slice of train, c1={c1} c2={c2} max_iter={max_iter}:")
        print_table(table, speed)
        print(f"model size: {path.stat().st_size / 1e6:.1f} MB")


def tune(train_sents: Sequence[Sentence], max_iter: int) -> dict[str, float]:
    """Pick c1/c2 on the last tenth of train (never on the test split)."""
    cut = len(train_sents) * 9 // 10
    fit, held = train_sents[:cut], train_sents[cut:]
    best: tuple[float, dict[str, float]] = (-1.0, GRID[0])
    with tempfile.TemporaryDirectory() as workdir:
        for params in GRID:
            path = Path(workdir) / "tune.crfsuite"
            train(fit, path, params["c1"], params["c2"], max_iter)
            table, _ = evaluate(path, fit, held)
            print(
                f"c1={params['c1']} c2={params['c2']} max_iter={max_iter}: held-out F1 {table['ALL'][2]:.2f}"
            )
            if table["ALL"][2] > best[0]:
                best = (table["ALL"][2], params)
    return best[1]


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    parser.add_argument(
        "--out", type=Path, default=Path("marsad/data/ner.crfsuite"), help="model file to write"
    )
    parser.add_argument("--gazetteer", type=Path, default=Path("marsad/data/ner_gazetteer.txt"))
    parser.add_argument("--c1", type=float, default=0.1, help="L1 penalty (prunes features)")
    parser.add_argument("--c2", type=float, default=0.05, help="L2 penalty")
    parser.add_argument("--max-iter", type=int, default=300)
    parser.add_argument("--tune", action="store_true", help="choose c1/c2 on a held-out slice of train first")
    parser.add_argument(
        "--held-out", action="store_true", help="only score c1/c2 on a held-out slice of train; write nothing"
    )
    args = parser.parse_args()

    corpus = args.shared / CORPUS_DIR
    train_sents = read_conll(corpus / TRAIN_FILE)
    test_sents = read_conll(corpus / TEST_FILE)
    print(f"train: {len(train_sents)} sentences, test: {len(test_sents)} sentences")

    c1, c2 = args.c1, args.c2
    if args.held_out:
        held_out(train_sents, c1, c2, args.max_iter)
        return
    if args.tune:
        best = tune(train_sents, args.max_iter)
        c1, c2 = best["c1"], best["c2"]
        print(f"chosen: c1={c1} c2={c2}")

    train(train_sents, args.out, c1, c2, args.max_iter)
    header = "# NER word lists from ANERcorp train (CAMeL split), built by scripts/train_ner.py\n"
    args.gazetteer.write_text(header + "\n".join(gazetteer_lines(train_sents)) + "\n", encoding="utf-8")
    table, speed = evaluate(args.out, train_sents, test_sents)
    print(f"CAMeL test split, c1={c1} c2={c2} max_iter={args.max_iter}:")
    print_table(table, speed)
    print(f"model: {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
