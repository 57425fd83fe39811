"""Scoring extracted events against gold events, by the rules of EVENTS.md §6.

An event pairs with a gold event of the same article when they are
compatible in place (same admin1, or within 50 km) and in time (within 1 day
at precision 1, 7 days at precision 2, the same month or 31 days at
precision 3; always when a date is missing).  Pairs are chosen greedily from
the closest (same type, same sub-type, nearer, closer in time) down, each
event used once.  The main table leaves out background events and
Strategic developments / Other; the secondary table holds exactly those.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

EventDict = Mapping[str, Any]
OTHER_SUBTYPE = ("Strategic developments", "Other")
EARTH_RADIUS_KM = 6371.0


def in_main_table(event: EventDict) -> bool:
    """Non-background events whose type is not Strategic developments / Other."""
    if event.get("background"):
        return False
    return (event.get("event_type"), event.get("sub_event_type")) != OTHER_SUBTYPE


def _date(event: EventDict) -> dt.date | None:
    value = event.get("event_date")
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def distance_km(a: EventDict, b: EventDict) -> float | None:
    """Great-circle distance between two events' coordinates, None if either lacks them."""
    try:
        lat1, lon1 = math.radians(float(a["latitude"])), math.radians(float(a["longitude"]))
        lat2, lon2 = math.radians(float(b["latitude"])), math.radians(float(b["longitude"]))
    except (KeyError, TypeError, ValueError):
        return None
    hav = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(hav)))


def _plain(text: Any) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(text or "").lower()).strip()


def same_place(pred: EventDict, gold: EventDict) -> bool:
    admin = _plain(pred.get("admin1"))
    if admin and admin == _plain(gold.get("admin1")):
        return True
    return _within_km(pred, gold, 50.0)


def same_time(pred: EventDict, gold: EventDict) -> bool:
    d_pred, d_gold = _date(pred), _date(gold)
    if d_pred is None or d_gold is None:
        return True
    precision = max(int(pred.get("time_precision") or 1), int(gold.get("time_precision") or 1))
    gap = abs((d_pred - d_gold).days)
    if precision >= 3:
        return (d_pred.year, d_pred.month) == (d_gold.year, d_gold.month) or gap <= 31
    return gap <= (7 if precision == 2 else 1)


def pairing_score(pred: EventDict, gold: EventDict) -> float:
    score = 0.0
    if pred.get("event_type") == gold.get("event_type"):
        score += 4
    if pred.get("sub_event_type") == gold.get("sub_event_type"):
        score += 2
    km = distance_km(pred, gold)
    score += 1.0 / (1.0 + (100.0 if km is None else km))
    d_pred, d_gold = _date(pred), _date(gold)
    if d_pred and d_gold:
        score += 1.0 / (1.0 + abs((d_pred - d_gold).days))
    return score


def pair_events(preds: list[EventDict], golds: list[EventDict], typed: bool) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of compatible events, closest first."""
    candidates = sorted(
        (
            (pairing_score(p, g), i, j)
            for i, p in enumerate(preds)
            for j, g in enumerate(golds)
            if (not typed or p.get("event_type") == g.get("event_type")) and same_place(p, g) and same_time(p, g)
        ),
        reverse=True,
    )
    taken_pred: set[int] = set()
    taken_gold: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in taken_pred or j in taken_gold:
            continue
        taken_pred.add(i)
        taken_gold.add(j)
        pairs.append((i, j))
    return pairs


def _actor_names_agree(pred: Any, gold: Any) -> bool:
    words_pred, words_gold = set(_plain(pred).split()), set(_plain(gold).split())
    if not words_pred and not words_gold:
        return True
    if not words_pred or not words_gold:
        return False
    return len(words_pred & words_gold) / len(words_pred | words_gold) >= 0.5


def _within_km(pred: EventDict, gold: EventDict, limit: float) -> bool:
    km = distance_km(pred, gold)
    return km is not None and km <= limit


def _same_date(pred: EventDict, gold: EventDict) -> bool:
    return _date(pred) == _date(gold)


FIELD_CHECKS: dict[str, Callable[[EventDict, EventDict], bool]] = {
    "sub_event_type": lambda p, g: p.get("sub_event_type") == g.get("sub_event_type"),
    "inter1": lambda p, g: int(p.get("inter1") or 0) == int(g.get("inter1") or 0),
    "inter2": lambda p, g: int(p.get("inter2") or 0) == int(g.get("inter2") or 0),
    "actor1_name": lambda p, g: _actor_names_agree(p.get("actor1"), g.get("actor1")),
    "fatalities": lambda p, g: int(p.get("fatalities") or 0) == int(g.get("fatalities") or 0),
    "location_10km": lambda p, g: _within_km(p, g, 10.0),
    "event_date": _same_date,
}


@dataclass
class Miss:
    """A gold event no prediction matched, or a prediction no gold event matched."""

    article_id: str
    kind: str  # "missed" or "false alarm"
    event: EventDict


@dataclass
class TableScore:
    """Detection and typed P/R/F1 plus field accuracies among typed matches."""

    predicted: int = 0
    gold: int = 0
    detected: int = 0
    typed: int = 0
    field_hits: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)  # (gold sub-type, predicted sub-type)
    misses: list[Miss] = field(default_factory=list)

    @staticmethod
    def _prf(hits: int, predicted: int, gold: int) -> dict[str, float | int]:
        precision = hits / predicted if predicted else (0.0 if gold else 1.0)
        recall = hits / gold if gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": hits, "pred": predicted, "gold": gold,
        }

    def as_dict(self) -> dict[str, Any]:
        fields = {
            name: (round(self.field_hits[name] / self.typed, 4) if self.typed else None) for name in FIELD_CHECKS
        }
        return {
            "detection": self._prf(self.detected, self.predicted, self.gold),
            "typed": self._prf(self.typed, self.predicted, self.gold),
            "fields": fields,
        }


def score_table(
    gold: Mapping[str, list[EventDict]],
    predicted: Mapping[str, list[EventDict]],
    keep: Callable[[EventDict], bool],
) -> TableScore:
    """Score one table (main or secondary) over all gold articles."""
    table = TableScore()
    for article_id, gold_events in gold.items():
        golds = [e for e in gold_events if keep(e)]
        preds = [e for e in predicted.get(article_id, []) if keep(e)]
        table.predicted += len(preds)
        table.gold += len(golds)
        table.detected += len(pair_events(preds, golds, typed=False))
        typed_pairs = pair_events(preds, golds, typed=True)
        table.typed += len(typed_pairs)
        for i, j in typed_pairs:
            for name, check in FIELD_CHECKS.items():
                table.field_hits[name] += bool(check(preds[i], golds[j]))
            table.confusion[(golds[j].get("sub_event_type"), preds[i].get("sub_event_type"))] += 1
        matched_pred = {i for i, _ in typed_pairs}
        matched_gold = {j for _, j in typed_pairs}
        table.misses.extend(Miss(article_id, "missed", g) for j, g in enumerate(golds) if j not in matched_gold)
        table.misses.extend(
            Miss(article_id, "false alarm", p) for i, p in enumerate(preds) if i not in matched_pred
        )
    return table


def score(
    gold: Mapping[str, list[EventDict]], predicted: Mapping[str, list[EventDict]]
) -> dict[str, TableScore]:
    """Both tables of EVENTS.md §6."""
    return {
        "main": score_table(gold, predicted, in_main_table),
        "secondary": score_table(gold, predicted, lambda e: not in_main_table(e)),
    }


def format_table(name: str, table: TableScore) -> str:
    """Plain-text rendering of one table, in the referee's layout."""
    result = table.as_dict()
    lines = [f"== {name}"]
    for key in ("detection", "typed"):
        r = result[key]
        lines.append(
            f"  {key:10s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}"
            f"  (tp={r['tp']} pred={r['pred']} gold={r['gold']})"
        )
    for key, value in result["fields"].items():
        lines.append(f"  {key:15s} {'-' if value is None else f'{value:.3f}'}")
    return "\n".join(lines)


def format_confusion(table: TableScore) -> str:
    """Gold sub-type vs predicted sub-type among typed matches."""
    if not table.confusion:
        return "(no typed matches)"
    rows = sorted(table.confusion.items(), key=lambda item: (-item[1], item[0]))
    width = max(len(str(g)) for (g, _), _ in rows)
    lines = [f"  {'gold sub-type':{width}s}  ->  predicted sub-type  (count)"]
    lines += [f"  {str(g):{width}s}  ->  {p}  ({n})" for (g, p), n in rows]
    return "\n".join(lines)


def format_misses(misses: Iterable[Miss]) -> str:
    lines = []
    for miss in misses:
        e = miss.event
        lines.append(
            f"  [{miss.article_id}] {miss.kind}: {e.get('event_type')} / {e.get('sub_event_type')}"
            f" @ {e.get('location')} {e.get('event_date')} :: {(e.get('evidence') or '')[:90]}"
        )
    return "\n".join(lines)
