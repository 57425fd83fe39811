"""Throughput benchmark: the full pipeline over the ANT corpus (not a test).

Reads N articles (default: all 31,525) of the ANT multi-source corpus from
../shared/data/corpus/raw/ant_multisource/, runs extraction with 1 and 2
worker processes, and prints a table: articles/s, MB/s, peak RSS, start-up
time and the share of time per stage.

    python bench/throughput.py                 # all articles, workers 1 and 2
    python bench/throughput.py -n 2000 --workers 2
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import resource
import subprocess
import sys
import tarfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from tabulate import tabulate

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "../shared/data/corpus/raw/ant_multisource/ant_multisource_v2.1.tar.xz"
_FIELD = re.compile(r"<(DOCNO|URL|SRC|TITLE|TIME|TEXT)>(.*?)</\1>", re.S)


def read_ant(path: Path, limit: int | None) -> Iterator[dict[str, str]]:
    """Articles of the ANT tarball as dicts (id, title, text, published, outlet, url)."""
    from marsad.stages.dates import parse_published

    with tarfile.open(path, "r:xz") as archive:
        count = 0
        for member in archive:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            raw = archive.extractfile(member).read().decode("utf-8", errors="replace")
            fields = {key: value.strip() for key, value in _FIELD.findall(raw)}
            if not fields.get("TEXT"):
                continue
            # "Sun, 18 Feb 2018 21:35:43 +0400" or "... GMT": the pipeline's own reader of dates
            published = parse_published(fields.get("TIME"))
            yield {
                "id": fields.get("DOCNO", member.name), "title": fields.get("TITLE"), "text": fields["TEXT"],
                "published": published, "outlet": fields.get("SRC"), "url": fields.get("URL"),
            }
            count += 1
            if limit and count >= limit:
                return


def run(articles: list[dict[str, str]], workers: int) -> dict[str, object]:
    """Process the articles in a fresh interpreter state and measure it."""
    from marsad.batch import run_batch, warm_up
    from marsad.document import Document

    started = time.perf_counter()
    warm_up()
    startup = time.perf_counter() - started
    docs = (Document(**article) for article in articles)
    stage_time: Counter[str] = Counter()
    events = 0
    started = time.perf_counter()
    for result in run_batch(docs, workers):
        if isinstance(result, Document):
            stage_time.update(result.timings)
            events += len(result.events)
    elapsed = time.perf_counter() - started
    megabytes = sum(len(a["text"].encode("utf-8")) for a in articles) / 1e6
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    total_stage = sum(stage_time.values()) or 1.0
    return {
        "workers": workers,
        "articles": len(articles),
        "events": events,
        "articles/s": round(len(articles) / elapsed, 1),
        "MB/s": round(megabytes / elapsed, 2),
        "peak RSS MB": round(max(peak_self, peak_children), 0),
        "start-up s": round(startup, 2),
        "stages": ", ".join(f"{name} {100 * t / total_stage:.0f}%" for name, t in stage_time.most_common()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("-n", "--articles", type=int, default=None, help="How many articles (default all).")
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one measurement per process
    args = parser.parse_args()
    if args.one is not None:
        articles = list(read_ant(args.corpus, args.articles))
        print(json.dumps(run(articles, args.one)))
        return
    rows = []
    for workers in args.workers:
        # A fresh process per setting so peak RSS and start-up are not shared.
        command = [sys.executable, __file__, "--corpus", str(args.corpus), "--one", str(workers)]
        if args.articles:
            command += ["-n", str(args.articles)]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(output.strip().splitlines()[-1]))
    print(f"Marsad throughput, {dt.date.today()}, corpus {args.corpus.name}")
    print(tabulate(rows, headers="keys", tablefmt="github"))


if __name__ == "__main__":
    main()
