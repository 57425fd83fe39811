"""Measure the places and geocode stages.

Usage: ``python bench/places_bench.py [--shared ../shared]``

Reports (1) gazetteer load time and RSS, (2) place-matching time per article
on the general and conflict samples and the number of place mentions on the
general sample, and (3) on the gold dev set, the share of gold events whose
`location_ar`, geocoded by Marsad with the article's context, lands within
10 km of the gold coordinates (the scorer's location test).
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from marsad.document import Document, Mention  # noqa: E402
from marsad.knowledge.gazetteer import load_gazetteer, load_place_cues  # noqa: E402
from marsad.stages import clean, geocode, places, sentences  # noqa: E402
from marsad.text import normalize  # noqa: E402


def prepare(text: str) -> Document:
    """A Document through the clean and sentences stages."""
    doc = Document(text=text)
    clean.process(doc)
    sentences.process(doc)
    return doc


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def geocode_location_ar(doc: Document, location_ar: str, evidence: str):
    """Place for a gold location_ar string, using the article's context.

    The string is run through the recognizer; its longest match is taken
    from the article's own mention with that name (chosen in context,
    preferring one inside the evidence), else chosen afresh with the
    article's context.  With no match the fallback order applies at the
    phrase's position.
    """
    target = normalize(location_ar)
    evidence_start = doc.text.find(evidence[:60]) if evidence else -1
    found = doc.text.find(location_ar, max(evidence_start, 0))
    offset = found if found >= 0 else max(evidence_start, 0)
    gazetteer, cues = load_gazetteer(), load_place_cues()
    loose = target.translate(str.maketrans({"ث": "ت"}))
    matches = places.sentence_matches(loose, gazetteer, cues, [0])
    if not matches:  # a bare name that needs context to be accepted: judge the geocoding anyway
        matches = [m for m in places._longest(places._hits(loose, gazetteer), gazetteer) if m.end - m.start >= 0.6 * len(loose)]
    if matches:
        match = max(matches, key=lambda m: m.end - m.start)
        located = [m for m in doc.of_kind("place") if m.attrs.get("key") == match.key and m.attrs.get("place")]
        if located:
            near = min(located, key=lambda m: abs(m.start - offset))
            return near.attrs["place"], "mention"
        mention = Mention(0, 0, "place", "", [gazetteer.place(i) for i in match.ids],
                          {"cue_type": match.cue_type, "cue": match.cue, "key": match.key})
        mentions = doc.of_kind("place")
        place = geocode.choose(mention, doc.country_hint, geocode._country_votes(doc, mentions), geocode._admin1_votes(mentions))
        if place is not None:
            return place, "string"
    fallback = geocode.fallback_place(doc, offset)
    return (fallback[0], "fallback") if fallback else (None, "none")


def gold_share(shared: Path, verbose: bool) -> None:
    """Share of gold events geocoded within 10 km."""
    hits = total = 0
    for line in (shared / "gold" / "dev.jsonl").open(encoding="utf-8"):
        article = json.loads(line)
        if not article["events"]:
            continue
        doc = prepare(article["text"])
        places.process(doc)
        geocode.process(doc)
        for event in article["events"]:
            total += 1
            place, how = geocode_location_ar(doc, event["location_ar"], event.get("evidence", ""))
            ok = place is not None and distance_km(place.lat, place.lon, event["latitude"], event["longitude"]) <= 10
            hits += ok
            if verbose and not ok:
                got = f"{place.name}/{place.admin1}/{place.country_code} ({place.lat:.3f},{place.lon:.3f})" if place else "-"
                print(f"  MISS {event['location_ar']!r} gold={event['location']} ({event['latitude']},{event['longitude']}) got={got} via {how}")
    print(f"gold dev: {hits}/{total} events within 10 km = {hits / max(total, 1):.3f}")


def corpus_stats(shared: Path) -> None:
    """Matching time per article and mention counts on the samples."""
    for name in ("general_sample.jsonl", "conflict_sample.jsonl"):
        docs = [prepare(json.loads(line)["text"]) for line in (shared / "data" / "corpus" / name).open(encoding="utf-8")]
        t0 = time.perf_counter()
        for doc in docs:
            places.process(doc)
        t1 = time.perf_counter()
        for doc in docs:
            geocode.process(doc)
        t2 = time.perf_counter()
        count = sum(len(doc.of_kind("place")) for doc in docs)
        print(f"{name}: {len(docs)} articles, {count} place mentions, places {1e6 * (t1 - t0) / len(docs):.0f} µs/article, "
              f"geocode {1e6 * (t2 - t1) / len(docs):.0f} µs/article")


def main() -> None:
    """Run all measurements."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--verbose", action="store_true", help="list gold misses")
    args = parser.parse_args()
    t0 = time.perf_counter()
    load_gazetteer()
    load_seconds = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"gazetteer load {load_seconds:.2f} s, RSS after load {rss:.0f} MB, {len(load_gazetteer())} places")
    shared = Path(args.shared)
    corpus_stats(shared)
    gold_share(shared, args.verbose)


if __name__ == "__main__":
    main()
