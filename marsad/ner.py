"""Named-entity recognition (PERS / LOC / ORG / MISC) with a CRF.

Why a CRF: it runs offline in well under a millisecond per sentence, needs
only python-crfsuite, and gives a statistical fallback for names that no
catalogue or gazetteer lists.  The model is trained by
`scripts/train_ner.py` on ANERcorp (CAMeL Lab train split) and shipped as
`marsad/data/ner.crfsuite`; `marsad/data/ner_gazetteer.txt` holds word lists
derived from the same training split (entity words and cue words), and
`marsad/data/ner_clusters.tsv.gz` holds distributional word clusters learnt
from unlabelled news (`scripts/build_word_clusters.py`), which let the CRF
generalize to names it never saw in training.  The gazetteer file also holds
whole names from outside ANERcorp (LEX lines: places, catalogue actors,
person names), matched as token spans.

Feature extraction lives here, not in the training script, so training and
tagging can never drift apart.  Tokens are the raw text split into words and
single punctuation marks; every feature is computed on the normalized word.
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable

import pycrfsuite

from marsad.text import normalize, strip_clitics

ENTITY_TYPES = ("PERS", "LOC", "ORG", "MISC")
# Gazetteer line kinds and the types each may carry.
GAZETTEER_KINDS = {
    "ENT": ENTITY_TYPES,
    "PREV": ENTITY_TYPES,
    "NEXT": ENTITY_TYPES,
    "COMMON": ("O",),
    "LEX": ENTITY_TYPES,
}
# Longest name (in words) a LEX line may hold.
LEX_MAX_WORDS = 4
OFFSETS = (-2, -1, 1, 2)
# Granularities of the distributional word clusters (coarse to fine).
CLUSTER_LEVELS = (64, 256, 1024)
_MEMO_LIMIT = 200_000

# A word is a run of Arabic letters/marks, Latin letters and digits; a number
# keeps its inner decimal/thousands separators; anything else that is not
# whitespace (punctuation, «», brackets) is a token of one character.
_MARKS = "\u064b-\u065f\u0670\u0640\u06d6-\u06ed"
TOKEN_RE = re.compile(
    rf"\d+(?:[.,\u066b\u066c]\d+)+"
    rf"|[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff{_MARKS}A-Za-z0-9\u0660-\u0669\u06f0-\u06f9]+"
    r"|\S"
)
_DIGIT_RE = re.compile(r"\d")
_LATIN_RE = re.compile(r"[a-z]")
_ARABIC_RE = re.compile(r"[\u0621-\u064a]")


@dataclass(slots=True)
class Gazetteer:
    """Word lists from the training split: which words are (parts of) names
    of a type (ENT), which words tend to precede (PREV) or follow (NEXT) a
    name of a type, and which words are common non-names (COMMON); plus
    whole names of one to `LEX_MAX_WORDS` words from outside ANERcorp
    (LEX: places, catalogue actors, person names) keyed by their
    space-joined normalized words."""

    entity: dict[str, frozenset[str]] = field(default_factory=dict)
    prev_cue: dict[str, frozenset[str]] = field(default_factory=dict)
    next_cue: dict[str, frozenset[str]] = field(default_factory=dict)
    common: frozenset[str] = frozenset()
    lexicon: dict[str, frozenset[str]] = field(default_factory=dict)
    lexicon_heads: frozenset[str] = frozenset()
    _memo: dict[str, _GazetteerHit] = field(default_factory=dict, repr=False)

    def lookup(self, token: str) -> _GazetteerHit:
        """Every context-free feature of one token under these lists,
        memoized per token (bounded, so a long-running process stays small)."""
        hit = self._memo.get(token)
        if hit is None:
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            readings = word_forms(token)[2]
            ent = sorted(_union(self.entity, readings))
            common = any(r in self.common for r in readings)
            own = _own_features(token) + tuple("g=" + t for t in ent) + (("cm",) if common else ())
            window = tuple(
                lent + tuple(f"{off}g={t}" for t in ent) + ((f"{off}cm",) if common else ())
                for off, lent in zip(OFFSETS, _window_features(token), strict=True)
            )
            hit = _GazetteerHit(own, window, _union(self.prev_cue, readings), _union(self.next_cue, readings))
            self._memo[token] = hit
        return hit


@dataclass(slots=True, frozen=True)
class _GazetteerHit:
    """Features of one token: its own, those it lends to the word at each
    offset in `OFFSETS`, and the types it cues before/after itself."""

    own: tuple[str, ...]
    window: tuple[tuple[str, ...], ...]
    prev_cue: frozenset[str]
    next_cue: frozenset[str]


def _union(table: Mapping[str, frozenset[str]], readings: Sequence[str]) -> frozenset[str]:
    """Types listed for the word or any of its clitic readings."""
    found: frozenset[str] = frozenset()
    for reading in readings:
        found |= table.get(reading, frozenset())
    return found


def parse_gazetteer(lines: Sequence[str]) -> Gazetteer:
    """Build a `Gazetteer` from `KIND<TAB>TYPE<TAB>word` lines.

    Every word is normalized on load, and unknown kinds or types are rejected
    so that a typo in the data file fails loudly instead of silently
    never matching.  COMMON lines carry the type `O`.
    """
    tables: dict[str, dict[str, set[str]]] = {kind: {} for kind in GAZETTEER_KINDS}
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in GAZETTEER_KINDS or parts[1] not in GAZETTEER_KINDS[parts[0]]:
            raise ValueError(f"ner gazetteer line {number}: expected KIND\\tTYPE\\tword, got {line!r}")
        word = normalize(parts[2].strip())
        if parts[0] == "LEX":
            word = " ".join(word.split())
            if word.count(" ") >= LEX_MAX_WORDS:
                raise ValueError(f"ner gazetteer line {number}: LEX name longer than {LEX_MAX_WORDS} words")
        if not word:
            raise ValueError(f"ner gazetteer line {number}: empty word")
        tables[parts[0]].setdefault(word, set()).add(parts[1])
    frozen = {kind: {w: frozenset(t) for w, t in table.items()} for kind, table in tables.items()}
    return Gazetteer(
        entity=frozen["ENT"],
        prev_cue=frozen["PREV"],
        next_cue=frozen["NEXT"],
        common=frozenset(frozen["COMMON"]),
        lexicon=frozen["LEX"],
        lexicon_heads=frozenset(name.split(" ", 1)[0] for name in frozen["LEX"] if " " in name),
    )


def _data_file(name: str) -> Traversable:
    """A traversable for a file shipped in `marsad/data/`."""
    return importlib.resources.files("marsad").joinpath("data", name)


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The shipped NER gazetteer, parsed once per process."""
    text = _data_file("ner_gazetteer.txt").read_text(encoding="utf-8")
    return parse_gazetteer(text.splitlines())


def parse_clusters(lines: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """Word → cluster ids (one per `CLUSTER_LEVELS`, coarse to fine) from
    lines of `id<TAB>id<TAB>id<TAB>word word ...`, one line per finest
    cluster (the compact form: ids are written once per cluster).

    Words are normalized on load; a wrong column count or an id outside its
    level's range raises, so a stale or truncated file fails loudly."""
    clusters: dict[str, tuple[int, ...]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        *ids, words = line.rstrip("\n").split("\t")
        if len(ids) != len(CLUSTER_LEVELS) or not all(i.isdigit() for i in ids):
            raise ValueError(f"ner clusters line {number}: expected {len(CLUSTER_LEVELS)} ids and words")
        values = tuple(int(i) for i in ids)
        if any(v >= k for v, k in zip(values, CLUSTER_LEVELS, strict=True)):
            raise ValueError(f"ner clusters line {number}: id out of range")
        for word in normalize(words).split():
            clusters.setdefault(word, values)
    return clusters


@functools.cache
def load_clusters() -> dict[str, tuple[int, ...]]:
    """The shipped distributional word clusters (built from unlabelled news
    by `scripts/build_word_clusters.py`), parsed once per process."""
    data = gzip.decompress(_data_file("ner_clusters.tsv.gz").read_bytes())
    return parse_clusters(data.decode("utf-8").splitlines())


@functools.cache
def _tagger() -> pycrfsuite.Tagger:
    """The shipped CRF model, opened once per process."""
    tagger = pycrfsuite.Tagger()
    with importlib.resources.as_file(_data_file("ner.crfsuite")) as path:
        tagger.open(str(path))
    return tagger


# --------------------------------------------------------------------------
# Features


@functools.lru_cache(maxsize=200_000)
def word_forms(token: str) -> tuple[str, str, tuple[str, ...]]:
    """(normalized word, stem, all clitic readings).  The stem is the
    shortest reading without proclitics or article, so وبالعراق, العراق and
    عراق share one stem; the readings let a gazetteer match بغداد in وبغداد."""
    word = normalize(token)
    readings = strip_clitics(word)
    bare = [r for r in readings[1:] if not r.startswith("ال")]
    stem = min(bare, key=len) if bare else word
    return word, stem, readings


@functools.lru_cache(maxsize=200_000)
def word_clusters(token: str) -> tuple[str, ...]:
    """Cluster-id labels (`64:5`, `256:17`, `1024:300`) of the word, or of
    its first clitic reading that has clusters (فبغداد → بغداد), or none.

    Why: names never seen in ANERcorp usually share a cluster with seen ones
    (other surnames, cities, clubs), which the CRF can generalize from."""
    clusters = load_clusters()
    for reading in word_forms(token)[2]:
        ids = clusters.get(reading)
        if ids is not None:
            return tuple(f"{k}:{i}" for k, i in zip(CLUSTER_LEVELS, ids, strict=True))
    return ()


def _shape(word: str) -> str:
    """A coarse class of the word: digits, Latin, Arabic, punctuation."""
    if _DIGIT_RE.search(word):
        return "num" if word.replace(".", "").replace(",", "").isdigit() else "hasdigit"
    if _LATIN_RE.search(word):
        return "latin"
    if _ARABIC_RE.search(word):
        return "arabic"
    return "punct"


@functools.lru_cache(maxsize=200_000)
def _own_features(token: str) -> tuple[str, ...]:
    """Context-free features of one token (cached: news repeats words)."""
    word, stem, _ = word_forms(token)
    feats = ["b", "w=" + word, "s=" + stem, "sh=" + _shape(word), f"len={min(len(stem), 8)}"]
    for n in range(1, 5):
        if len(word) > n:
            feats.append(f"p{n}={word[:n]}")
            feats.append(f"x{n}={word[-n:]}")
        if len(stem) > n:
            feats.append(f"sp{n}={stem[:n]}")
            feats.append(f"sx{n}={stem[-n:]}")
    if word.startswith("ال") or (word != stem and "ال" + stem in word):
        feats.append("al")
    if word != stem:
        feats.append("cl=" + word[: len(word) - len(stem)])
    feats.extend("c" + c for c in word_clusters(token) or ("none",))
    return tuple(feats)


@functools.lru_cache(maxsize=200_000)
def _window_features(token: str) -> tuple[tuple[str, ...], ...]:
    """Features a token lends to the word at each offset in `OFFSETS`."""
    word, stem, _ = word_forms(token)
    shape = _shape(word)
    clusters = word_clusters(token)
    return tuple(
        (f"{off}w={word}", f"{off}s={stem}")
        + ((f"{off}sh={shape}", *(f"{off}c{c}" for c in clusters)) if abs(off) == 1 else ())
        for off in OFFSETS
    )


def _is_word(token: str) -> bool:
    """True for tokens with letters (names), not numbers or punctuation."""
    word = word_forms(token)[0]
    return bool(_ARABIC_RE.search(word) or _LATIN_RE.search(word))


def document_hints(sentences: Sequence[Sequence[str]], gazetteer: Gazetteer) -> dict[str, frozenset[str]]:
    """Stem → types for stems that somewhere in the document stand right
    after a PREV cue or right before a NEXT cue of that type.

    Why: a name is introduced once with a title (الوزير فلان) and then
    repeated bare; the hint carries the title's evidence to every mention.
    """
    hints: dict[str, set[str]] = {}
    for tokens in sentences:
        hits = [gazetteer.lookup(t) for t in tokens]
        for i, token in enumerate(tokens):
            types = set()
            if i > 0:
                types |= hits[i - 1].prev_cue
            if i + 1 < len(tokens):
                types |= hits[i + 1].next_cue
            if types and _is_word(token):
                hints.setdefault(word_forms(token)[1], set()).update(types)
    return {stem: frozenset(types) for stem, types in hints.items() if types}


_OPEN_QUOTES = {"«": "»", '"': '"', "“": "”"}


def _inside_quotes(tokens: Sequence[str]) -> list[bool]:
    """Which tokens sit inside a short «...» quote: newspapers, products and
    party names are often quoted in Arabic news."""
    inside = [False] * len(tokens)
    i = 0
    while i < len(tokens):
        close = _OPEN_QUOTES.get(tokens[i])
        if close is not None:
            for j in range(i + 1, min(i + 8, len(tokens))):
                if tokens[j] == close:
                    inside[i + 1 : j] = [True] * (j - i - 1)
                    i = j
                    break
        i += 1
    return inside


def lexicon_spans(tokens: Sequence[str], gazetteer: Gazetteer) -> list[tuple[int, int, frozenset[str]]]:
    """(first token, end token, types) of LEX names in the sentence, leftmost
    longest first.  The first word may carry clitics (وبالولايات المتحدة
    matches الولايات المتحدة); the following words must match as written.

    Why spans and not word membership: a place or party name of several
    words is only evidence as a whole (المتحدة alone is no name)."""
    words = [word_forms(t)[0] for t in tokens]
    spans: list[tuple[int, int, frozenset[str]]] = []
    i, n = 0, len(tokens)
    while i < n:
        found: tuple[int, frozenset[str]] | None = None
        for reading in _name_readings(tokens[i]):
            if reading in gazetteer.lexicon_heads:
                for end in range(min(n, i + LEX_MAX_WORDS), i + 1, -1):
                    types = gazetteer.lexicon.get(" ".join((reading, *words[i + 1 : end])))
                    if types and (found is None or end > found[0]):
                        found = (end, types)
                        break
            types = gazetteer.lexicon.get(reading)
            if types and found is None:
                found = (i + 1, types)
        if found is None:
            i += 1
            continue
        spans.append((i, found[0], found[1]))
        i = found[0]
    return spans


@functools.lru_cache(maxsize=200_000)
def _name_readings(token: str) -> tuple[str, ...]:
    """Clitic readings of a word that keep its article: وبالعراق → العراق,
    but الشمس never reads as the name شمس."""
    word, _, readings = word_forms(token)
    return tuple(
        r
        for r in readings
        if r == word
        or r.startswith("ال")
        or (word.endswith(r) and not word[: -len(r)].endswith(("ال", "لل")))
    )


def _lexicon_features(tokens: Sequence[str], gazetteer: Gazetteer) -> list[list[str]]:
    """Per token: B-/I- position and type of the LEX name covering it, and the
    types of LEX names right before and after it."""
    feats: list[list[str]] = [[] for _ in tokens]
    for first, end, types in lexicon_spans(tokens, gazetteer):
        for kind in sorted(types):
            feats[first].append("lx=B-" + kind)
            for j in range(first + 1, end):
                feats[j].append("lx=I-" + kind)
            if first > 0:
                feats[first - 1].append("lx+1=" + kind)
            if end < len(tokens):
                feats[end].append("lx-1=" + kind)
    return feats


def sentence_features(
    tokens: Sequence[str], gazetteer: Gazetteer, hints: Mapping[str, frozenset[str]] | None = None
) -> list[list[str]]:
    """CRF feature lists for every token of one sentence; `hints` are the
    `document_hints` of the surrounding document."""
    hits = [gazetteer.lookup(t) for t in tokens]
    stems = [word_forms(t)[1] for t in tokens]
    n = len(tokens)
    quoted = _inside_quotes(tokens)
    lexicon = _lexicon_features(tokens, gazetteer) if gazetteer.lexicon else [[] for _ in tokens]
    out: list[list[str]] = []
    for i in range(n):
        feats = list(hits[i].own)
        feats.extend(lexicon[i])
        if quoted[i]:
            feats.append("q")
        if hints:
            feats.extend("dh=" + t for t in sorted(hints.get(stems[i], ())))
        for k, off in enumerate(OFFSETS):
            j = i + off
            if 0 <= j < n:
                feats.extend(hits[j].window[k])
            else:
                feats.append(f"{off}:edge")
        if i > 0:
            feats.append(f"-1|0={stems[i - 1]}|{stems[i]}")
            feats.extend("pc=" + t for t in hits[i - 1].prev_cue)
        if i > 1:
            feats.extend("pc2=" + t for t in hits[i - 2].prev_cue)
        if i + 1 < n:
            feats.append(f"0|1={stems[i]}|{stems[i + 1]}")
            feats.extend("nc=" + t for t in hits[i + 1].next_cue)
        out.append(feats)
    return out


# --------------------------------------------------------------------------
# Public API


def tokenize(text: str) -> list[tuple[int, int]]:
    """Half-open character spans of the tokens of `text` (words, numbers
    and single punctuation marks such as « » ، . ( ))."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


def tag_tokens(tokens: list[str]) -> list[str]:
    """IOB2 tags (B-PERS, I-LOC, O ...) for one sentence of tokens."""
    return tag_sentences([tokens])[0]


def tag_sentences(sentences: list[list[str]]) -> list[list[str]]:
    """IOB2 tags for every sentence of one document; a name introduced with
    a title in one sentence helps its bare mentions in the others (see
    `document_hints`), so tag a whole article in one call."""
    gazetteer = load_gazetteer()
    hints = document_hints(sentences, gazetteer)
    tagger = _tagger()
    return [tagger.tag(sentence_features(tokens, gazetteer, hints)) if tokens else [] for tokens in sentences]


def iob_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity (first token, end token exclusive, TYPE) runs in IOB2 tags,
    CoNLL style: an I- tag that does not continue its type starts a new
    entity."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind
        if kind and not continues:
            spans.append((start, i, kind))
            kind = ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, label
    return spans


# Tokens that end a sentence for tagging purposes: the model was trained on
# sentences split after periods, so long texts are tagged piecewise.
_SENTENCE_END = {".", "!", "?", "؟"}


def _sentence_chunks(text: str, spans: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Token spans grouped into sentences (after . ! ? ؟ or a line break)."""
    chunks: list[list[tuple[int, int]]] = [[]]
    for i, (start, end) in enumerate(spans):
        chunks[-1].append((start, end))
        next_start = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        if text[start:end] in _SENTENCE_END or "\n" in text[end:next_start]:
            chunks.append([])
    return [chunk for chunk in chunks if chunk]


def find_entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, TYPE) character spans of the named entities in `text`;
    the whole text is treated as one document (see `document_hints`)."""
    chunks = _sentence_chunks(text, tokenize(text))
    all_tags = tag_sentences([[text[s:e] for s, e in chunk] for chunk in chunks])
    entities: list[tuple[int, int, str]] = []
    for chunk, tags in zip(chunks, all_tags, strict=True):
        for first, last, kind in iob_spans(tags):
            entities.append((chunk[first][0], chunk[last - 1][1], kind))
    return entities
