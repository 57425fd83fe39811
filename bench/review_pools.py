"""Held-out review pools for by-eye checks of extraction (not a test).

The dev set is small and mostly drawn from the conflict sample, so rule
changes are also judged by eye on articles no rule was written from.  This
script makes those pools reproducible from ../shared (the article texts
belong to their outlets and are never committed), shows an article beside
its events, and lists the events that changed between two runs:

    python bench/review_pools.py build OUT_DIR            # pools as JSONL
    marsad extract OUT_DIR/snn_work.jsonl -o base.jsonl   # any run
    python bench/review_pools.py render OUT_DIR/snn_work.jsonl base.jsonl --start 0 --count 5
    python bench/review_pools.py diff base.jsonl new.jsonl

Pools (seeded, so the same articles every time): SaudiNewsNet articles of
July-August 2015 and ANT articles of 2018 (past the first 2,000, which the
throughput bench reads) with at least four conflict keywords, and Al
Jazeera leads of 2023-2025 with at least two; each shuffled source is cut
into "work" slices, for finding error classes, and "blind" slices, kept for
before/after reviews of the same rules.  Dev and conflict-sample articles
are left out.  FIGNEWS-2024 posts in Arabic (several outlets' social
posts on the Gaza war, with no publication date) are a fourth source, and
the Arabic machine translations of its English, French, Hebrew and Hindi
outlets' posts a fifth.
"""

from __future__ import annotations

import argparse
import csv
import json
import lzma
import random
import re
import sys
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / "../shared"
SEED = 20261127
# Words whose count picks likely conflict reports out of general news.
CONFLICT_KEYWORDS = ("قتل", "قتلى", "مقتل", "جرحى", "إصابة", "غارة", "غارات", "قصف", "اشتباك", "هجوم", "انفجار",
                     "تفجير", "مسلح", "اعتقال", "اختطاف", "تظاهر", "احتجاج", "معارك", "استهداف", "صاروخ", "عبوة",
                     "استشهاد", "شهداء")
# (pool name, source, first index, last index) of each shuffled source.
SLICES = (("snn_work", "snn", 0, 40), ("snn_blind", "snn", 40, 70), ("snn_work2", "snn", 70, 110),
          ("snn_work3", "snn", 110, 150), ("ant_work", "ant", 0, 40), ("ant_blind", "ant", 40, 70),
          ("ant_work2", "ant", 70, 110), ("aj_work", "aj", 0, 80), ("aj_blind", "aj", 80, 140),
          ("aj_work3", "aj", 140, 220),
          # Session 10: fresh slices, and FIGNEWS posts (other outlets, no publication date).
          ("snn_work4", "snn", 150, 190), ("snn_blind2", "snn", 190, 220), ("ant_work3", "ant", 110, 150),
          ("ant_blind2", "ant", 150, 180), ("aj_work4", "aj", 220, 280), ("aj_blind2", "aj", 280, 330),
          ("fig_work", "fig", 0, 60), ("fig_blind", "fig", 60, 110),
          ("figmt_work", "figmt", 0, 60), ("figmt_blind", "figmt", 60, 110),
          ("snn_work5", "snn", 220, 260), ("ant_work4", "ant", 180, 220),
          # Session 11: fresh work and blind slices.
          ("snn_work6", "snn", 260, 300), ("snn_blind3", "snn", 300, 330), ("ant_work5", "ant", 220, 260),
          ("ant_blind3", "ant", 260, 290), ("aj_work5", "aj", 330, 390), ("aj_blind3", "aj", 390, 440),
          ("figmt_work2", "figmt", 110, 170), ("snn_work7", "snn", 330, 370), ("ant_work6", "ant", 290, 330),
          ("aj_work6", "aj", 440, 500), ("snn_work8", "snn", 370, 410), ("ant_work7", "ant", 330, 370),
          ("aj_work7", "aj", 500, 560), ("snn_work9", "snn", 410, 450), ("ant_work8", "ant", 370, 410),
          ("aj_work8", "aj", 560, 620),
          # Session 12: fresh blind and work slices.
          ("snn_blind4", "snn", 450, 480), ("ant_blind4", "ant", 410, 440), ("aj_blind4", "aj", 620, 670),
          ("snn_work10", "snn", 480, 520), ("ant_work9", "ant", 440, 480), ("aj_work9", "aj", 670, 730),
          ("snn_work11", "snn", 520, 560), ("ant_work10", "ant", 480, 520), ("aj_work10", "aj", 730, 790),
          # Session 13: fresh blind and work slices.
          ("snn_blind5", "snn", 560, 590), ("ant_blind5", "ant", 520, 550), ("aj_blind5", "aj", 790, 840),
          ("snn_work12", "snn", 590, 630), ("ant_work11", "ant", 550, 590), ("aj_work11", "aj", 840, 900),
          ("snn_work13", "snn", 630, 670), ("ant_work12", "ant", 590, 630), ("aj_work12", "aj", 900, 960),
          # Session 14: fresh blind and work slices.
          ("snn_blind6", "snn", 670, 700), ("ant_blind6", "ant", 630, 660), ("aj_blind6", "aj", 960, 1010),
          ("snn_work14", "snn", 700, 740), ("ant_work13", "ant", 660, 700), ("aj_work13", "aj", 1010, 1070),
          ("snn_work15", "snn", 740, 780), ("ant_work14", "ant", 700, 740), ("aj_work14", "aj", 1070, 1130),
          # Session 15: fresh blind and work slices.
          ("snn_blind7", "snn", 780, 810), ("ant_blind7", "ant", 740, 770), ("aj_blind7", "aj", 1130, 1180),
          ("snn_work16", "snn", 810, 850), ("ant_work15", "ant", 770, 810), ("aj_work15", "aj", 1180, 1240),
          ("snn_work17", "snn", 850, 890), ("ant_work16", "ant", 810, 850), ("aj_work16", "aj", 1240, 1300),
          # Session 16: fresh blind and work slices.
          ("snn_blind8", "snn", 890, 920), ("ant_blind8", "ant", 850, 880), ("aj_blind8", "aj", 1300, 1350),
          ("snn_work18", "snn", 920, 960), ("ant_work17", "ant", 880, 920), ("aj_work17", "aj", 1350, 1410),
          ("snn_work19", "snn", 960, 1000), ("ant_work18", "ant", 920, 960), ("aj_work18", "aj", 1410, 1470),
          # Session 16, a second blind set judged at the start and end revisions side by side.
          ("snn_blind9", "snn", 1000, 1030), ("ant_blind9", "ant", 960, 990), ("aj_blind9", "aj", 1470, 1520),
          # Session 17: a third blind set kept for the end, and fresh work slices.
          ("snn_blind10", "snn", 1030, 1060), ("ant_blind10", "ant", 990, 1020), ("aj_blind10", "aj", 1520, 1570),
          ("snn_work20", "snn", 1060, 1100), ("ant_work19", "ant", 1020, 1060), ("aj_work19", "aj", 1570, 1630),
          ("snn_work21", "snn", 1100, 1140), ("ant_work20", "ant", 1060, 1100), ("aj_work20", "aj", 1630, 1690),
          # Session 18: a fourth blind set kept for the end, and fresh work slices.
          ("snn_blind11", "snn", 1140, 1170), ("ant_blind11", "ant", 1100, 1130), ("aj_blind11", "aj", 1690, 1740),
          ("snn_work22", "snn", 1170, 1210), ("ant_work21", "ant", 1130, 1170), ("aj_work21", "aj", 1740, 1800),
          # Session 20: a fifth blind set judged at the start and end revisions, and fresh work slices.
          ("snn_blind12", "snn", 1210, 1240), ("ant_blind12", "ant", 1170, 1200), ("aj_blind12", "aj", 1800, 1850),
          ("snn_work23", "snn", 1240, 1280), ("ant_work22", "ant", 1200, 1240), ("aj_work22", "aj", 1850, 1910),
          # Session 21: a sixth blind set judged at the start and end revisions (the last 15 Al Jazeera
          # leads), and fresh work slices.
          ("snn_blind13", "snn", 1280, 1310), ("ant_blind13", "ant", 1240, 1270), ("aj_blind13", "aj", 1910, 1925),
          ("snn_work24", "snn", 1310, 1350), ("ant_work23", "ant", 1270, 1310),
          # Session 23: a seventh blind set judged at the start revision and again where the end changes it.
          ("snn_blind14", "snn", 1350, 1380), ("ant_blind14", "ant", 1310, 1340),
          ("snn_work25", "snn", 1380, 1420), ("ant_work24", "ant", 1340, 1380),
          # Session 24: an eighth blind set judged at the start revision, and fresh work slices.
          ("snn_blind15", "snn", 1420, 1450), ("ant_blind15", "ant", 1380, 1410),
          ("snn_work26", "snn", 1450, 1490), ("ant_work25", "ant", 1410, 1450),
          # Session 25: a ninth blind set judged at the start revision, and fresh work slices.
          ("snn_blind16", "snn", 1490, 1520), ("ant_blind16", "ant", 1450, 1480),
          ("snn_work27", "snn", 1520, 1560), ("ant_work26", "ant", 1480, 1520),
          # Session 26: a tenth blind set judged at the start revision, and fresh work slices.
          ("snn_blind17", "snn", 1560, 1590), ("ant_blind17", "ant", 1520, 1550),
          ("snn_work28", "snn", 1590, 1630), ("ant_work27", "ant", 1550, 1590),
          # Session 27: an eleventh blind set judged at the start revision, and fresh work slices.
          ("snn_blind18", "snn", 1630, 1660), ("ant_blind18", "ant", 1590, 1620),
          ("snn_work29", "snn", 1660, 1700), ("ant_work28", "ant", 1620, 1660),
          # Session 27: a twelfth blind set, judged at the start and again where the end changes it.
          ("snn_blind19", "snn", 1700, 1730), ("ant_blind19", "ant", 1660, 1690),
          # Session 28: a thirteenth blind set judged at the start revision, fresh work slices, and a
          # fourteenth blind set judged at the start and again where the end changes it.
          ("snn_blind20", "snn", 1730, 1760), ("ant_blind20", "ant", 1690, 1720),
          ("snn_work30", "snn", 1760, 1800), ("ant_work29", "ant", 1720, 1760),
          ("snn_blind21", "snn", 1800, 1830), ("ant_blind21", "ant", 1760, 1790),
          # Session 29: a fifteenth blind set judged at the start revision, fresh work slices, and a
          # sixteenth blind set judged at the start and again where the end changes it.
          ("snn_blind22", "snn", 1830, 1860), ("ant_blind22", "ant", 1790, 1820),
          ("snn_work31", "snn", 1860, 1900), ("ant_work30", "ant", 1820, 1860),
          ("snn_blind23", "snn", 1900, 1930), ("ant_blind23", "ant", 1860, 1890),
          # Session 30: a seventeenth blind set judged at the start revision, fresh work slices, and an
          # eighteenth blind set judged at the start and again where the end changes it.
          ("snn_blind24", "snn", 1930, 1960), ("ant_blind24", "ant", 1890, 1920),
          ("snn_work32", "snn", 1960, 2000), ("ant_work31", "ant", 1920, 1960),
          ("snn_blind25", "snn", 2000, 2030), ("ant_blind25", "ant", 1960, 1990))
HEAD_CHARS = 80  # an article is "known" when its first characters match a dev or sample article's


def keyword_count(text: str) -> int:
    """How many times the conflict keywords occur in a text."""
    return sum(text.count(word) for word in CONFLICT_KEYWORDS)


def known_heads(shared: Path) -> set[str]:
    """Text openings of the dev and conflict-sample articles, which pools leave out."""
    heads = set()
    for path in (shared / "gold/dev.jsonl", shared / "data/corpus/conflict_sample.jsonl"):
        with path.open(encoding="utf-8") as lines:
            heads.update(json.loads(line)["text"][:HEAD_CHARS] for line in lines)
    return heads


def saudi_articles(shared: Path, known: set[str]) -> Iterator[dict]:
    """SaudiNewsNet articles of 400-6,000 characters with at least four keywords."""
    for archive in sorted((shared / "data/corpus/raw/saudinewsnet/dataset").glob("*.zip")):
        with zipfile.ZipFile(archive) as opened:
            for name in opened.namelist():
                for index, row in enumerate(json.loads(opened.read(name))):
                    text = row.get("content") or ""
                    if 400 < len(text) < 6000 and keyword_count(text) >= 4 and text[:HEAD_CHARS] not in known:
                        yield {"id": f"snn:{archive.stem}:{index}", "outlet": row.get("source"), "url": row.get("url"),
                               "published": (row.get("date_extracted") or "")[:10], "title": row.get("title"),
                               "text": text}


def ant_articles(shared: Path, known: set[str]) -> Iterator[dict]:
    """ANT articles past the first 2,000, under 6,000 characters, with at least four keywords."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from throughput import read_ant

    corpus = shared / "data/corpus/raw/ant_multisource/ant_multisource_v2.1.tar.xz"
    for index, row in enumerate(read_ant(corpus, None)):
        text = row["text"]
        if index >= 2000 and len(text) < 6000 and keyword_count(text) >= 4 and text[:HEAD_CHARS] not in known:
            published = row["published"].isoformat() if row["published"] else None
            yield {"id": row["id"], "outlet": row["outlet"], "url": row["url"], "published": published,
                   "title": row["title"], "text": text}


def aljazeera_leads(shared: Path, known: set[str]) -> Iterator[dict]:
    """Al Jazeera Palestine-section leads whose title and lead hold at least two keywords."""
    for path in sorted((shared / "data/corpus/raw/aljazeera_palestine_leads").glob("articles_data_*.json.xz")):
        with lzma.open(path) as packed:
            rows = json.loads(packed.read())
        for row in rows:
            lead, title = row.get("excerpt") or "", row.get("title") or ""
            if lead and keyword_count(f"{title}\n{lead}") >= 2 and lead[:HEAD_CHARS] not in known \
                    and f"{title}\n{lead}"[:HEAD_CHARS] not in known:
                yield {"id": f"aj:{path.stem}:{row['id']}", "outlet": "Al Jazeera", "url": row.get("link"),
                       "published": row.get("date"), "title": title, "text": lead}


def fignews_posts(shared: Path, known: set[str]) -> Iterator[dict]:
    """FIGNEWS-2024 posts written in Arabic (Gaza war, 2023-2024) with at least one keyword; undated."""
    csv.field_size_limit(10**8)
    with (shared / "data/corpus/raw/fignews2024/FIGNEWS-2024-TEXT-IAA.tsv").open(encoding="utf-8") as table:
        for row in csv.DictReader(table, delimiter="\t"):
            text = row["Text"] or ""
            if row["Source Language"] == "Arabic" and keyword_count(text) >= 1 and text[:HEAD_CHARS] not in known:
                yield {"id": f"fig:{row['Batch']}:{row['ID']}", "outlet": None, "url": None, "published": None,
                       "title": None, "text": text}


def fignews_translated(shared: Path, known: set[str]) -> Iterator[dict]:
    """FIGNEWS-2024 posts of English, French, Hebrew and Hindi outlets in their Arabic
    machine translation (other outlets' news in another register) with at least one keyword."""
    with (shared / "data/corpus/raw/fignews2024/FIGNEWS-2024-TEXT-IAA.tsv").open(encoding="utf-8") as table:
        for row in csv.DictReader(table, delimiter="\t"):
            text = row["Arabic MT"] or ""
            if row["Source Language"] != "Arabic" and keyword_count(text) >= 1 and text[:HEAD_CHARS] not in known:
                yield {"id": f"figmt:{row['Source Language']}:{row['Batch']}:{row['ID']}", "outlet": None,
                       "url": None, "published": None, "title": None, "text": text}


def build(shared: Path, out_dir: Path) -> dict[str, int]:
    """Write every pool of SLICES to OUT_DIR/<name>.jsonl; returns the pool sizes."""
    known = known_heads(shared)
    rng = random.Random(SEED)
    sources = {}
    for name, articles in (("snn", saudi_articles), ("ant", ant_articles), ("aj", aljazeera_leads),
                           ("fig", fignews_posts), ("figmt", fignews_translated)):
        rows = list(articles(shared, known))
        rng.shuffle(rows)
        sources[name] = rows
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = {}
    for pool, source, first, last in SLICES:
        rows = sources[source][first:last]
        write_jsonl(out_dir / f"{pool}.jsonl", rows)
        sizes[pool] = len(rows)
    return sizes


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def render(articles: list[dict], outputs: dict[str, dict], start: int = 0, count: int | None = None) -> str:
    """Articles with their extracted events under them, one line of fields per event."""
    lines = []
    for number, article in enumerate(articles[start:start + count if count else None], start):
        lines += [f"=== [{number}] {article['id']} | {article.get('outlet')} | published {article.get('published')}",
                  f"TITLE: {article.get('title')}", f"TEXT: {article['text']}"]
        events = outputs.get(article["id"], {}).get("events", [])
        lines.append(f"--- {len(events)} events")
        for index, event in enumerate(events):
            lines.append(
                f" E{index}: {event['event_type']} / {event['sub_event_type']} | {event['event_date']} "
                f"p{event['time_precision']} | A1={event['actor1']} ({event['inter1']}) "
                f"assoc1={event['assoc_actor_1']} | A2={event['actor2']} ({event['inter2']}) | "
                f"loc={event['location']} [{event['location_ar']}] {event['admin1']}, {event['country']} "
                f"gp{event['geo_precision']} | fat={event['fatalities']} | src={event['source']} | "
                f"bg={event['background']}")
            lines.append(f"     evidence: {event['evidence']}")
        lines.append("")
    return "\n".join(lines)


def event_key(event: dict) -> tuple:
    """The fields a reviewer judges: an event with the same key is the same output."""
    return (event["event_type"], event["sub_event_type"], event["event_date"], event["actor1"], event["actor2"],
            event["location"], event["fatalities"], event["evidence"][:50])


def changes(before: dict[str, dict], after: dict[str, dict]) -> list[tuple[str, list[tuple], list[tuple]]]:
    """Per article id: the event keys only in `before` and only in `after` (articles with any change)."""
    changed = []
    for article_id, output in before.items():
        old = [event_key(e) for e in output["events"]]
        new = [event_key(e) for e in after.get(article_id, {"events": []})["events"]]
        gone, added = [k for k in old if k not in new], [k for k in new if k not in old]
        if gone or added:
            changed.append((article_id, gone, added))
    return changed


VERDICT_LINE = re.compile(r"\[(\d+)\]\s+(?:E(\d+)\s+(OK|WF|NE|DUP)\b|MISSED\b)")
VERDICTS = ("OK", "WF", "NE", "DUP")


def first_verdicts(verdict_lines: Iterable[str]) -> tuple[dict[tuple[int, int], str], int]:
    """Each judged event's verdict, keyed (article number, event number), and the number of
    MISSED lines.  The first verdict of an event counts (a reviewer may restate one in a note)."""
    verdicts: dict[tuple[int, int], str] = {}
    missed = 0
    for line in verdict_lines:
        match = VERDICT_LINE.match(line.strip())
        if not match:
            continue
        if match[2] is None:
            missed += 1
        else:
            verdicts.setdefault((int(match[1]), int(match[2])), match[3])
    return verdicts, missed


def tally(articles: list[dict], outputs: dict[str, dict], verdict_lines: Iterable[str]) -> dict[str, dict[str, int]]:
    """Count a reviewer's verdicts ("[K] E0 OK", "[K] E1 WF place: ...", "[K] MISSED ...";
    bench/reviews/README.md) over all events and over the main table (background false).

    Events with no verdict are counted apart, so a half-finished review is visible."""
    background = {
        (number, index): event["background"]
        for number, article in enumerate(articles)
        for index, event in enumerate(outputs.get(article["id"], {}).get("events", []))
    }
    verdicts, missed = first_verdicts(verdict_lines)
    counts = {"all": dict.fromkeys((*VERDICTS, "MISSED"), 0), "main": dict.fromkeys(VERDICTS, 0)}
    counts["all"]["MISSED"] = missed
    judged = [key for key in verdicts if key in background]
    for key in judged:
        counts["all"][verdicts[key]] += 1
        if not background[key]:
            counts["main"][verdicts[key]] += 1
    counts["all"]["unjudged"] = len(background) - len(judged)
    return counts


LABEL_COLUMNS = ("pool", "article_id", "evidence_start", "event_type", "verdict")


def labels(pool: str, articles: list[dict], outputs: dict[str, dict], verdict_lines: Iterable[str]) -> list[dict]:
    """One row per judged event, keyed so a later revision's output can find it again: the
    article, where the event's evidence starts and its type (event numbers shift between
    revisions, sentences do not).  bench/train_confidence.py learns from these rows."""
    verdicts, _ = first_verdicts(verdict_lines)
    rows = []
    for number, article in enumerate(articles):
        for index, event in enumerate(outputs.get(article["id"], {}).get("events", [])):
            if (number, index) in verdicts:
                start = event["evidence_spans"][0][0] if event["evidence_spans"] else -1
                rows.append({"pool": pool, "article_id": article["id"], "evidence_start": start,
                             "event_type": event["event_type"], "verdict": verdicts[(number, index)]})
    return rows


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="write the pools as JSONL files")
    build_cmd.add_argument("out_dir", type=Path)
    build_cmd.add_argument("--shared", type=Path, default=SHARED)
    render_cmd = commands.add_parser("render", help="print articles with their events")
    render_cmd.add_argument("articles", type=Path)
    render_cmd.add_argument("events", type=Path)
    render_cmd.add_argument("--start", type=int, default=0)
    render_cmd.add_argument("--count", type=int)
    diff_cmd = commands.add_parser("diff", help="events that changed between two runs")
    diff_cmd.add_argument("before", type=Path)
    diff_cmd.add_argument("after", type=Path)
    tally_cmd = commands.add_parser("tally", help="count a reviewer's verdicts on one run")
    tally_cmd.add_argument("articles", type=Path)
    tally_cmd.add_argument("events", type=Path)
    tally_cmd.add_argument("verdicts", type=Path)
    labels_cmd = commands.add_parser("labels", help="the judged events of one run as TSV rows (for training)")
    labels_cmd.add_argument("articles", type=Path)
    labels_cmd.add_argument("events", type=Path)
    labels_cmd.add_argument("verdicts", type=Path)
    labels_cmd.add_argument("--header", action="store_true", help="print the column names first")
    args = parser.parse_args(argv)
    if args.command == "build":
        for pool, size in build(args.shared, args.out_dir).items():
            print(f"{pool}: {size} articles")
    elif args.command == "render":
        outputs = {row["id"]: row for row in read_jsonl(args.events)}
        print(render(read_jsonl(args.articles), outputs, args.start, args.count))
    elif args.command == "labels":
        outputs = {row["id"]: row for row in read_jsonl(args.events)}
        lines = args.verdicts.read_text(encoding="utf-8").splitlines()
        writer = csv.DictWriter(sys.stdout, fieldnames=LABEL_COLUMNS, delimiter="\t", lineterminator="\n")
        if args.header:
            writer.writeheader()
        writer.writerows(labels(args.articles.stem, read_jsonl(args.articles), outputs, lines))
    elif args.command == "tally":
        outputs = {row["id"]: row for row in read_jsonl(args.events)}
        counts = tally(read_jsonl(args.articles), outputs, args.verdicts.read_text(encoding="utf-8").splitlines())
        every, main_table = counts["all"], counts["main"]
        events = sum(every[v] for v in VERDICTS)
        real = every["OK"] + every["WF"] + every["MISSED"]
        print(" ".join(f"{name} {every[name]}" for name in (*VERDICTS, "MISSED", "unjudged")))
        print(f"events {events}: fully right {_share(every['OK'], events)}, non-events {_share(every['NE'], events)}, "
              f"duplicates {_share(every['DUP'], events)}, real events right {_share(every['OK'], real)}")
        main_events = sum(main_table.values())
        print(f"main table {main_events}: fully right {_share(main_table['OK'], main_events)}")
    else:
        before = {row["id"]: row for row in read_jsonl(args.before)}
        after = {row["id"]: row for row in read_jsonl(args.after)}
        changed = changes(before, after)
        for article_id, gone, added in changed:
            print(f"== {article_id}")
            print("\n".join(f"  - {' | '.join(map(str, key))}" for key in gone))
            print("\n".join(f"  + {' | '.join(map(str, key))}" for key in added))
        total = sum(len(o["events"]) for o in before.values()), sum(len(o["events"]) for o in after.values())
        print(f"articles changed: {len(changed)}, events {total[0]} -> {total[1]}")


if __name__ == "__main__":
    main()
