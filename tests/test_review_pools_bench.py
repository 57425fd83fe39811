"""bench/review_pools.py: the by-eye review aid renders articles with their
events and lists exactly the events that changed between two runs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def pools():
    path = Path(__file__).resolve().parent.parent / "bench" / "review_pools.py"
    spec = importlib.util.spec_from_file_location("review_pools", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _event(sub: str, place: str, dead: int = 0) -> dict:
    return {"event_type": "Battles", "sub_event_type": sub, "event_date": "2018-05-02", "time_precision": 1,
            "actor1": "Military Forces of Syria (2000-)", "inter1": 1, "assoc_actor_1": None, "actor2": None,
            "inter2": 0, "location": place, "location_ar": place, "admin1": None, "country": "Syria",
            "geo_precision": 1, "fatalities": dead, "source": None, "background": False,
            "evidence": f"اشتباكات في {place}."}


def test_changes_lists_only_articles_whose_events_differ(pools) -> None:
    before = {"a": {"events": [_event("Armed clash", "Daraa")]}, "b": {"events": [_event("Armed clash", "Homs")]}}
    after = {"a": {"events": [_event("Armed clash", "Daraa")]}, "b": {"events": [_event("Armed clash", "Homs", 3)]}}
    (article_id, gone, added), = pools.changes(before, after)
    assert article_id == "b"
    assert [key[6] for key in gone] == [0] and [key[6] for key in added] == [3]


def test_an_article_missing_from_the_new_run_loses_all_its_events(pools) -> None:
    before = {"a": {"events": [_event("Armed clash", "Daraa")]}}
    assert pools.changes(before, {}) == [("a", [pools.event_key(before["a"]["events"][0])], [])]


def test_render_puts_each_event_under_its_article(pools) -> None:
    articles = [{"id": "a", "outlet": "X", "published": "2018-05-02", "title": "عنوان", "text": "نص الخبر"}]
    shown = pools.render(articles, {"a": {"events": [_event("Armed clash", "Daraa", 2)]}})
    assert shown.index("TEXT: نص الخبر") < shown.index(" E0: Battles / Armed clash") < shown.index("fat=2")


def test_keyword_count_counts_every_occurrence(pools) -> None:
    assert pools.keyword_count("قصف ثم قصف واشتباك") == 3


def test_tally_counts_each_event_once_and_splits_the_main_table(pools) -> None:
    background = dict(_event("Armed clash", "Homs"), background=True)
    articles = [{"id": "a"}, {"id": "b"}]
    outputs = {"a": {"events": [_event("Armed clash", "Daraa"), background]}, "b": {"events": [_event("Armed clash", "Idlib")]}}
    verdicts = [
        "[0] E0 OK",
        "[0] E0 WF place: restated in a note",  # only the first verdict of an event counts
        "[0] E1 NE history",
        "[0] MISSED shelling of Busra (Sunday)",
        "# [1] E0 OK in a comment line is no verdict",
        "[1] none",
    ]
    counts = pools.tally(articles, outputs, verdicts)
    assert counts["all"] == {"OK": 1, "WF": 0, "NE": 1, "DUP": 0, "MISSED": 1, "unjudged": 1}
    assert counts["main"] == {"OK": 1, "WF": 0, "NE": 0, "DUP": 0}
