"""Confidence stage: how likely each coded event is a real, distinct event.

The rules upstream decide what is an event; on unseen news about a third of
what they output, reviewers judge not an event (an expectation, a running
total, commentary) or a copy of another event of the article.  This stage
does not drop anything: it scores each event with a small logistic model
trained on those reviewers' verdicts (`bench/reviews/labels.tsv`, rebuilt by
`bench/train_confidence.py`), so users can rank events or keep only the
likelier ones (`--min-confidence`).

The model sees only what the pipeline already decided — type, precisions,
sides, toll, how far the day lies from publication, where the evidence sits in
the article, whether an earlier event shares its sentence, place or day,
whether its own sentence names a day or a place below the country (`anchored`,
the genre stage's test), the trigger and the evidence words — because those
are the signals reviewers' "not an event" and "duplicate" verdicts follow.  It runs last, on the final
event list, because copies and their order are only known after dedupe.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from marsad.document import Document, Event
from marsad.knowledge.confidence import load_confidence_model
from marsad.stages.genre import anchored
from marsad.text import WORD_RE, normalize

# Bucket edges of the numeric features: a value falls in the first bucket whose edge it does not exceed.
FATALITY_EDGES = (0, 1, 5, 20)
LAG_DAYS_EDGES = (-1, 0, 1, 3, 7, 31, 365)
RANK_EDGES = (0, 1, 2, 4)
COUNT_EDGES = (1, 2, 3, 5, 8)
POSITION_EDGES = (0.05, 0.2, 0.5, 0.8)
EVIDENCE_LENGTH_EDGES = (80, 160, 300)


def process(doc: Document) -> None:
    """Give every event its confidence (0-1, three decimals)."""
    model = load_confidence_model()
    for index, event in enumerate(doc.events):
        event.confidence = round(model.probability(event_features(event, index, doc.events, doc)), 3)


def bucket(value: float, edges: Sequence[float]) -> str:
    """The index (as text) of the first edge `value` does not exceed; len(edges) past the last."""
    for index, edge in enumerate(edges):
        if value <= edge:
            return str(index)
    return str(len(edges))


def event_features(event: Event, index: int, events: Sequence[Event], doc: Document) -> dict[str, float]:
    """The model's binary features of `event`, the `index`-th of the article's `events`."""
    features = {
        "bias": 1.0,
        f"type={event.event_type}": 1.0,
        f"sub={event.sub_event_type}": 1.0,
        f"time_precision={event.time_precision}": 1.0,
        f"geo_precision={event.geo_precision}": 1.0,
        f"inter1={event.inter1}": 1.0,
        f"inter2={event.inter2}": 1.0,
        f"background={event.background}": 1.0,
        f"sourced={bool(event.source)}": 1.0,
        f"fatalities={bucket(event.fatalities, FATALITY_EDGES)}": 1.0,
        f"lag={_lag_bucket(event, doc.published)}": 1.0,
        f"rank={bucket(index, RANK_EDGES)}": 1.0,
        f"events={bucket(len(events), COUNT_EDGES)}": 1.0,
        f"evidence_length={bucket(len(event.evidence), EVIDENCE_LENGTH_EDGES)}": 1.0,
    }
    start = event.evidence_spans[0][0] if event.evidence_spans else 0
    features[f"position={bucket(start / max(1, len(doc.text)), POSITION_EDGES)}"] = 1.0
    for name in _shared_with_earlier(event, start, events[:index]):
        features[name] = 1.0
    if event.actor1 and event.actor1.startswith("Unidentified"):
        features["actor1_unidentified"] = 1.0
    if anchored(doc, event):
        # Non-events (a state of war, a habit, a running total) seldom name their own day or town:
        # leave-one-pool-out AUC 0.739 -> 0.751 on 1,422 judged events.
        features["anchored"] = 1.0
    trigger_words = normalize(event.trigger).split()
    if trigger_words:
        features[f"trigger={trigger_words[0]}"] = 1.0
    for word in set(WORD_RE.findall(normalize(event.evidence))):
        features[f"word={word}"] = 1.0
    return features


def _lag_bucket(event: Event, published: dt.date | None) -> str:
    """Days from the event to publication, bucketed; "none" when either is unknown."""
    if published is None or not event.event_date:
        return "none"
    return bucket((published - dt.date.fromisoformat(event.event_date)).days, LAG_DAYS_EDGES)


def _shared_with_earlier(event: Event, start: int, earlier: Sequence[Event]) -> list[str]:
    """Which of its sentence, place, day, type and actor `event` shares with an earlier event:
    the marks of a copy the dedupe rules did not join."""
    names = []
    if any(other.evidence_spans == event.evidence_spans for other in earlier):
        names.append("same_spans")
    if any(other.evidence_spans and other.evidence_spans[0][0] == start for other in earlier):
        names.append("same_sentence")
    if any(other.event_type == event.event_type and other.location == event.location for other in earlier):
        names.append("same_type_place")
    if any(other.location == event.location and other.event_date == event.event_date for other in earlier):
        names.append("same_place_day")
    if any(
        other.sub_event_type == event.sub_event_type
        and other.location == event.location
        and other.event_date == event.event_date
        for other in earlier
    ):
        names.append("same_sub_type_place_day")
    if any(other.actor1 == event.actor1 and other.event_type == event.event_type for other in earlier):
        names.append("same_actor_type")
    return names

