"""Build distributional word clusters for the NER CRF from unlabelled news.

Why: ANERcorp has only ~125k training tokens, so most names in new text were
never seen in training.  Words that occur in the same contexts in a large
news corpus (foreign surnames, club names, company names, cities) fall into
the same cluster; the CRF then learns from the cluster id instead of the
unseen word.  This is a cheap stand-in for Brown clustering:

1. count left/right context words (offsets -2, -1, +1, +2) for the most
   frequent normalized words of the ANT corpus (Apache-2.0, 2018 news from
   five outlets);
2. weight the counts by positive PMI and reduce them to a dense embedding
   with a randomized SVD (numpy only);
3. run spherical k-means with 1024 clusters, then group those centroids into
   256 and 64 clusters, so the three ids form a hierarchy (coarse ids are
   unions of fine ones, like Brown bit-string prefixes).

The output `marsad/data/ner_clusters.tsv.gz` holds `word<TAB>c64<TAB>c256<TAB>c1024`
lines; no article text is stored.  numpy is needed only here, never at run time.

Usage (from the repo root):
    python scripts/build_word_clusters.py --shared ../shared
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import re
import sys
import tarfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from marsad.ner import CLUSTER_LEVELS, TOKEN_RE
from marsad.text import normalize

ANT_ARCHIVE = Path("data/corpus/raw/ant_multisource/ant_multisource_v2.1.tar.xz")
_FIELD_RE = re.compile(r"<(TITLE|ABSTRACT|TEXT)>(.*?)</\1>", re.S)
BOUNDARY = "<s>"
OFFSETS = (-2, -1, 1, 2)


def ant_lines(archive: Path) -> Iterator[str]:
    """Title, abstract and body lines of every ANT article, normalized."""
    with tarfile.open(archive, "r:xz") as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            raw = handle.read().decode("utf-8", errors="replace")
            for _, body in _FIELD_RE.findall(raw):
                for line in normalize(body).splitlines():
                    if line.strip():
                        yield line


def corpus_ids(lines: Iterator[str], vocab_size: int) -> tuple[list[str], np.ndarray]:
    """The `vocab_size` most frequent words (by rank) and the whole corpus
    as word ranks, lines separated by -1; words outside the list get
    `vocab_size` (treated as 'other')."""
    sentences = [TOKEN_RE.findall(line) for line in lines]
    counts = Counter(word for tokens in sentences for word in tokens)
    stable = (word for word, _ in counts.most_common() if normalize(word) == word)  # drops "_"-like marks
    vocab = list(itertools.islice(stable, vocab_size))
    index = {word: rank for rank, word in enumerate(vocab)}
    ids: list[int] = []
    for tokens in sentences:
        ids.append(-1)
        ids.extend(index.get(word, vocab_size) for word in tokens)
    ids.append(-1)
    print(f"{sum(counts.values()):,} tokens, {len(counts):,} types, vocabulary {len(vocab):,}")
    return vocab, np.asarray(ids, dtype=np.int64)


def context_counts(ids: np.ndarray, vocab_size: int, n_context: int) -> np.ndarray:
    """Dense (vocab_size, offsets x (n_context + 2)) co-occurrence counts.
    Context columns are the n_context most frequent words, 'line boundary'
    and 'other word'."""
    width = n_context + 2
    context = np.where(ids < 0, n_context, np.where(ids < n_context, ids, n_context + 1))
    matrix = np.zeros((vocab_size, len(OFFSETS), width), dtype=np.float32)
    for k, off in enumerate(OFFSETS):
        if off > 0:
            words, ctx = ids[:-off], context[off:]
        else:
            words, ctx = ids[-off:], context[:off]
        keep = (words >= 0) & (words < vocab_size)
        counts = np.bincount(words[keep] * width + ctx[keep], minlength=vocab_size * width)
        matrix[:, k, :] = counts.reshape(vocab_size, width)
    return matrix.reshape(vocab_size, len(OFFSETS) * width)


def ppmi(counts: np.ndarray, chunk: int = 5_000) -> np.ndarray:
    """Positive PMI with context-distribution smoothing (alpha 0.75),
    computed in place, a block of rows at a time to bound memory."""
    col = counts.sum(axis=0) ** 0.75
    col = (col / col.sum()).astype(np.float32) + np.float32(1e-12)
    for start in range(0, len(counts), chunk):
        block = counts[start : start + chunk]
        row = block.sum(axis=1, keepdims=True) + np.float32(1e-9)
        block /= row
        block /= col
        block += np.float32(1e-30)
        np.log(block, out=block)
        np.maximum(block, 0, out=block)
    return counts


def randomized_svd(matrix: np.ndarray, dim: int, seed: int, power: int = 3) -> np.ndarray:
    """Left singular vectors scaled by sqrt(singular values), dims `dim`."""
    rng = np.random.default_rng(seed)
    q = matrix @ rng.standard_normal((matrix.shape[1], dim + 20), dtype=np.float32)
    q, _ = np.linalg.qr(q)
    for _ in range(power):
        q, _ = np.linalg.qr(matrix.T @ q)
        q, _ = np.linalg.qr(matrix @ q)
    u, s, _ = np.linalg.svd(q.T @ matrix, full_matrices=False)
    return (q @ u[:, :dim]) * np.sqrt(s[:dim])


def spherical_kmeans(
    points: np.ndarray, k: int, seed: int, weights: np.ndarray | None = None, iterations: int = 25
) -> tuple[np.ndarray, np.ndarray]:
    """Assignments and unit centroids of cosine k-means, seeded with random
    points drawn in proportion to `weights` (cluster sizes when grouping
    centroids, so big clusters get their own coarse group)."""
    rng = np.random.default_rng(seed)
    points = points / np.linalg.norm(points, axis=1, keepdims=True).clip(1e-9)
    weights = np.ones(len(points), dtype=np.float32) if weights is None else weights
    start = rng.choice(len(points), size=k, replace=False, p=weights / weights.sum())
    centroids = points[start].copy()
    assign = np.zeros(len(points), dtype=np.int64)
    for _ in range(iterations):
        assign = np.argmax(points @ centroids.T, axis=1)
        sums = np.zeros_like(centroids)
        np.add.at(sums, assign, points * weights[:, None])
        empty = np.linalg.norm(sums, axis=1) < 1e-9
        sums[empty] = points[rng.choice(len(points), size=int(empty.sum()))]
        centroids = sums / np.linalg.norm(sums, axis=1, keepdims=True)
    return assign, centroids


def write_clusters(path: Path, vocab: list[str], levels: dict[int, np.ndarray]) -> None:
    """One line per finest cluster: its ids at every level, then its words
    by corpus frequency (the compact form `marsad.ner.parse_clusters` reads)."""
    finest = max(CLUSTER_LEVELS)
    members: dict[int, list[str]] = {}
    first_rank: dict[int, int] = {}
    for rank, word in enumerate(vocab):
        fine = int(levels[finest][rank])
        members.setdefault(fine, []).append(word)
        first_rank.setdefault(fine, rank)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# word clusters from the ANT corpus v2.1, built by scripts/build_word_clusters.py\n")
        out.write("# " + "\t".join(f"c{k}" for k in CLUSTER_LEVELS) + "\twords\n")
        for fine in sorted(members):
            ids = "\t".join(str(int(levels[k][first_rank[fine]])) for k in CLUSTER_LEVELS)
            out.write(f"{ids}\t{' '.join(members[fine])}\n")


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    parser.add_argument("--out", type=Path, default=Path("marsad/data/ner_clusters.tsv.gz"))
    parser.add_argument("--vocab", type=int, default=80_000, help="words that get a cluster")
    parser.add_argument("--context", type=int, default=2_000, help="context words counted")
    parser.add_argument("--dim", type=int, default=100, help="SVD dimensions")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    started = time.time()
    vocab, ids = corpus_ids(ant_lines(args.shared / ANT_ARCHIVE), args.vocab)
    print(f"read corpus in {time.time() - started:.0f} s")
    vectors = randomized_svd(ppmi(context_counts(ids, len(vocab), args.context)), args.dim, args.seed)
    print(f"embedding done in {time.time() - started:.0f} s")
    finest, *coarser = sorted(CLUSTER_LEVELS, reverse=True)
    assign, centroids = spherical_kmeans(vectors, finest, args.seed)
    sizes = np.bincount(assign, minlength=finest).astype(np.float32) + 1.0
    levels = {finest: assign}
    for k in coarser:
        group, _ = spherical_kmeans(centroids, k, args.seed, weights=sizes)
        levels[k] = group[assign]
    print(f"clustering done in {time.time() - started:.0f} s")
    write_clusters(args.out, vocab, levels)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
