"""Train the Marsad NER CRF on ANERcorp (CAMeL Lab split) and evaluate it.

Why this script exists: the shipped model (`marsad/data/ner.crfsuite`) and
word lists (`marsad/data/ner_gazetteer.txt`) must be reproducible from the
shared data.  Features come from `marsad.ner.sentence_features`, the same
code that tags at run time.

The LEX names in the gazetteer file come from outside ANERcorp and are
rebuilt here too: place names from the shared gazetteer and CLDR (towns of
20k+ people; one-word names that news mostly uses as ordinary words are
dropped), aliases of the catalogue's named actors, first names mined from
title cues in the unlabelled ANT corpus ("الرئيس الفرنسي X"), and the
UniversalPetrarch actor entries (MIT) that start with such a first name.

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
import csv
import gzip
import pickle
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite
from tabulate import tabulate

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from build_word_clusters import ANT_ARCHIVE, ant_lines  # noqa: E402  (same folder)

from marsad.knowledge.actors import load_catalogue
from marsad.ner import (
    ENTITY_TYPES,
    LEX_MAX_WORDS,
    TOKEN_RE,
    Gazetteer,
    document_hints,
    iob_spans,
    parse_gazetteer,
    sentence_features,
)
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

PLACES_FILE = Path("data/gazetteer/gazetteer.tsv.gz")
CLDR_FILE = Path("data/gazetteer/raw/cldr/cldr47_territory_names.tsv")
PETRARCH_ACTORS = Path("data/lexicons/universalpetrarch-arabic/actor_dict_ar_v4.txt")
# Place rows kept as LOC names: these classes always, other towns from this population.
PLACE_CLASSES = {"country", "admin1", "marine", "city"}
PLACE_MIN_POPULATION = 20_000
# A one-word place name that is frequent in the ANT corpus is kept only if at
# least this share of its uses follows a place cue: drops towns whose name is
# also a common word (أن, كان, العالم).
PLACE_CUES = "في الى إلى من مدينة بلدة قرية محافظة عاصمة شمال جنوب شرق غرب وسط"
PLACE_MIN_CUE_RATIO, PLACE_RARE_COUNT = 0.1, 5
# Generic place nouns some gazetteer rows carry as names (المدينة is Medina).
PLACE_NOUNS = "مدينة المدينة دولة الدولة عاصمة العاصمة بلاد البلاد بلد الجنوب الشمال الشرق الغرب العالم"
# Words that introduce a person's name in news ("الرئيس الفرنسي X"); the
# word after them (and after up to two ال-adjectives) is a first-name candidate.
TITLES = (
    "السيد السيدة الرئيس الرئيسة الشيخ الوزير الوزيرة الدكتور الدكتورة اللواء العميد العقيد الجنرال "
    "الفريق المشير الأمير الأميرة الملك النائب المستشار الأستاذ المهندس الحاج الفنان الفنانة اللاعب "
    "المدرب الكاتب الصحفي السفير الزعيم المبعوث النجم النجمة المطرب المطربة الممثل الممثلة الإمام "
    "القاضي المحامي"
)
FUNCTION_WORDS = (
    "في من على عن أن إن إلى الى قد لا ما لم لن هو هي كان كانت بين مع كل بعد قبل عند حول خلال ضد أو ثم"
)
NAME_MIN_COUNT, NAME_MIN_RATIO = 3, 0.05

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


def _name(text: str) -> str:
    """A name as normalized space-joined tokens ("" when too long to list)."""
    words = TOKEN_RE.findall(normalize(text))
    return " ".join(words) if 0 < len(words) <= LEX_MAX_WORDS else ""


def place_names(shared: Path) -> set[str]:
    """Arabic names of countries, regions, seas, cities and larger towns
    from the shared gazetteer and CLDR territory names."""
    names: set[str] = set()
    with gzip.open(shared / PLACES_FILE, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            population = float(row["population"] or 0)
            if row["feature_class"] in PLACE_CLASSES or population >= PLACE_MIN_POPULATION:
                names.update(_name(n) for n in [row["name_ar"], *row["names_ar"].split("|")])
    with (shared / CLDR_FILE).open(encoding="utf-8") as handle:
        names.update(_name(row["name_ar"]) for row in csv.DictReader(handle, delimiter="\t"))
    return {name for name in names if name and _arabic_letters(name)}


def common_word_places(names: set[str], lines: Sequence[str]) -> set[str]:
    """One-word place names used mostly as ordinary words in news: frequent
    in the ANT corpus and rarely after a place cue (في، مدينة ...)."""
    single = {name for name in names if " " not in name}
    cues = set(normalize(PLACE_CUES).split())
    total: Counter[str] = Counter()
    cued: Counter[str] = Counter()
    for line in lines:
        words = TOKEN_RE.findall(line)
        for i, word in enumerate(words):
            if word in single:
                total[word] += 1
                if i > 0 and words[i - 1] in cues:
                    cued[word] += 1
    return {
        word
        for word, count in total.items()
        if count >= PLACE_RARE_COUNT and cued[word] < PLACE_MIN_CUE_RATIO * count
    }


def actor_names() -> set[str]:
    """Aliases of the named actors of the catalogue (parties, armed groups,
    agencies): organisation names.  State forces and generic nouns
    ("القوات الحكومية") are left out: ANERcorp does not tag them as names."""
    catalogue = load_catalogue()
    names = {
        _name(alias)
        for alias, keys in catalogue.aliases.items()
        if any(key in catalogue.actors and ":" not in key for key in keys)
    }
    names.discard("")
    return names


def first_names(lines: Sequence[str]) -> set[str]:
    """Words that follow a title in the unlabelled ANT corpus (دونالد in
    "الرئيس الأمريكي دونالد ترامب") often enough, relative to their own
    frequency, to be first names."""
    titles = set(normalize(TITLES).split())
    stop = set(normalize(FUNCTION_WORDS).split())
    total: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for line in lines:
        words = TOKEN_RE.findall(line)
        total.update(words)
        for i, word in enumerate(words):
            if word not in titles:
                continue
            j = i + 1
            while j < len(words) and j <= i + 2 and words[j].startswith("ال"):
                j += 1
            if j < len(words) and _name_like(words[j]) and words[j] not in stop:
                after[words[j]] += 1
    return {
        word
        for word, count in after.items()
        if count >= NAME_MIN_COUNT
        and count >= NAME_MIN_RATIO * total[word]
        and not (word[0] in "وبفك" and total[word[1:]] > total[word])  # ولاعب, بواشنطن: a clitic + word
    }


def _name_like(word: str) -> bool:
    """An Arabic word that could start a name: no article, no ل/لل
    preposition (لشركة), no و+article (والمخرج), at least two letters."""
    return len(word) > 1 and not word.startswith(("ال", "ل", "وال")) and _arabic_letters(word)


def _arabic_letters(text: str) -> bool:
    """True when `text` is only basic Arabic letters and spaces (names in
    Urdu/Persian letters or with separators never match normalized news)."""
    return all("\u0621" <= c <= "\u064a" or c == " " for c in text)


def _cached_ant_lines(shared: Path, cache: Path | None) -> list[str]:
    """The normalized ANT corpus lines, pickled to `cache` for reruns."""
    if cache is not None and cache.exists():
        with cache.open("rb") as handle:
            return pickle.load(handle)
    lines = list(ant_lines(shared / ANT_ARCHIVE))
    if cache is not None:
        with cache.open("wb") as handle:
            pickle.dump(lines, handle)
    return lines


def petrarch_people(shared: Path, firsts: set[str]) -> set[str]:
    """Multi-word UniversalPetrarch actor entries whose first word is a
    known first name (جاك_شيراك_): full person names."""
    names: set[str] = set()
    for line in (shared / PETRARCH_ACTORS).read_text(encoding="utf-8").splitlines():
        if not line or line[0] in " \t[#":
            continue
        entry = line.split("[", 1)[0].strip().strip("_")
        name = _name(entry.replace("_", " "))
        if " " in name and name.split(" ", 1)[0] in firsts:
            names.add(name)
    return names


def lexicon_lines(shared: Path, cache: Path | None = None) -> list[str]:
    """LEX lines: names from outside ANERcorp, one type each (a name listed
    under two types keeps both)."""
    lines = _cached_ant_lines(shared, cache)
    firsts = first_names(lines)
    places = place_names(shared)
    by_type = {
        "LOC": places - common_word_places(places, lines) - set(normalize(PLACE_NOUNS).split()),
        "ORG": actor_names(),
        "PERS": firsts | petrarch_people(shared, firsts),
    }
    return [f"LEX\t{kind}\t{name}" for kind, names in by_type.items() for name in sorted(names)]


def featurize_out_of_fold(
    sentences: Sequence[Sentence], lexicon: Sequence[str] = ()
) -> list[list[list[str]]]:
    """Features for training sentences with gazetteers built on other folds
    (the LEX lines come from outside ANERcorp and are the same for all)."""
    size = -(-len(sentences) // FOLDS)
    features: list[list[list[str]]] = []
    for k in range(FOLDS):
        held = sentences[k * size : (k + 1) * size]
        rest = [*sentences[: k * size], *sentences[(k + 1) * size :]]
        gazetteer = parse_gazetteer([*gazetteer_lines(rest), *lexicon])
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


def train(
    sentences: Sequence[Sentence],
    lexicon: Sequence[str],
    model_path: Path,
    c1: float,
    c2: float,
    max_iter: int,
) -> None:
    """Fit an L-BFGS CRF with elastic-net regularization and save it."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, (_, tags) in zip(featurize_out_of_fold(sentences, lexicon), sentences, strict=True):
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
    model_path: Path, train_sents: Sequence[Sentence], lexicon: Sequence[str], test_sents: Sequence[Sentence]
) -> tuple[dict, float]:
    """Score a model on `test_sents` with the gazetteer from all of train."""
    gazetteer = parse_gazetteer([*gazetteer_lines(train_sents), *lexicon])
    predicted, speed = tag_all(model_path, test_sents, gazetteer)
    return score([tags for _, tags in test_sents], predicted), speed


def print_table(table: dict[str, tuple[float, float, float, int]], speed: float) -> None:
    """The per-type table as Markdown, plus tagging speed."""
    rows = [(kind, f"{p:.1f}", f"{r:.1f}", f"{f:.1f}", n) for kind, (p, r, f, n) in table.items()]
    print(tabulate(rows, headers=["type", "P", "R", "F1", "gold"], tablefmt="github"))
    print(f"tagging speed: {speed:.0f} sentences/s of CPU time (features + Viterbi, one core, cold caches)")


def held_out(
    train_sents: Sequence[Sentence],
    lexicon: Sequence[str],
    c1: float,
    c2: float,
    max_iter: int,
    tenth: int = 9,
) -> None:
    """Train on nine tenths of train and print the per-type table on the
    remaining tenth (`tenth`, 0-9; the last by default, as the test split
    follows train): the check used while developing features."""
    size = len(train_sents) // 10
    start, end = tenth * size, (len(train_sents) if tenth == 9 else (tenth + 1) * size)
    fit, held = [*train_sents[:start], *train_sents[end:]], train_sents[start:end]
    with tempfile.TemporaryDirectory() as workdir:
        path = Path(workdir) / "heldout.crfsuite"
        train(fit, lexicon, path, c1, c2, max_iter)
        table, speed = evaluate(path, fit, lexicon, held)
        print(f"held-out tenth {tenth} of train, c1={c1} c2={c2} max_iter={max_iter}:")
        print_table(table, speed)
        print(f"model size: {path.stat().st_size / 1e6:.1f} MB")


def tune(train_sents: Sequence[Sentence], lexicon: Sequence[str], max_iter: int) -> dict[str, float]:
    """Pick c1/c2 on the last tenth of train (never on the test split)."""
    cut = len(train_sents) * 9 // 10
    fit, held = train_sents[:cut], train_sents[cut:]
    best: tuple[float, dict[str, float]] = (-1.0, GRID[0])
    with tempfile.TemporaryDirectory() as workdir:
        for params in GRID:
            path = Path(workdir) / "tune.crfsuite"
            train(fit, lexicon, path, params["c1"], params["c2"], max_iter)
            table, _ = evaluate(path, fit, lexicon, held)
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
    parser.add_argument("--tenth", type=int, default=9, help="which tenth of train --held-out scores (0-9)")
    parser.add_argument("--no-lexicon", action="store_true", help="leave out the LEX names (to measure them)")
    parser.add_argument(
        "--ant-cache", type=Path, help="pickle of the normalized ANT lines, reused if present"
    )
    args = parser.parse_args()

    corpus = args.shared / CORPUS_DIR
    train_sents = read_conll(corpus / TRAIN_FILE)
    test_sents = read_conll(corpus / TEST_FILE)
    print(f"train: {len(train_sents)} sentences, test: {len(test_sents)} sentences")

    lexicon = [] if args.no_lexicon else lexicon_lines(args.shared, args.ant_cache)
    print(f"LEX names: {len(lexicon)}")
    c1, c2 = args.c1, args.c2
    if args.held_out:
        held_out(train_sents, lexicon, c1, c2, args.max_iter, args.tenth)
        return
    if args.tune:
        best = tune(train_sents, lexicon, args.max_iter)
        c1, c2 = best["c1"], best["c2"]
        print(f"chosen: c1={c1} c2={c2}")

    train(train_sents, lexicon, args.out, c1, c2, args.max_iter)
    header = (
        "# NER word lists built by scripts/train_ner.py: ENT/PREV/NEXT/COMMON from ANERcorp train\n"
        "# (CAMeL split); LEX names from the shared gazetteer (GeoNames/WOF/CLDR), the actor\n"
        "# catalogue, UniversalPetrarch (MIT, (c) 2016 Open Event Data Alliance) and title cues\n"
        "# in the ANT corpus (see marsad/data/README.md)\n"
    )
    lines = [*gazetteer_lines(train_sents), *lexicon]
    args.gazetteer.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    table, speed = evaluate(args.out, train_sents, lexicon, test_sents)
    print(f"CAMeL test split, c1={c1} c2={c2} max_iter={args.max_iter}:")
    print_table(table, speed)
    print(f"model: {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
