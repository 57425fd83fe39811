"""The project's scorer follows EVENTS.md §6 and agrees with the referee."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.evaluation import score

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
GOLD = {"a": [
    {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2018-07-30", "time_precision": 1,
     "admin1": "Daraa", "latitude": 32.6, "longitude": 36.1, "inter1": 1, "inter2": 2, "fatalities": 3},
    {"event_type": "Strategic developments", "sub_event_type": "Other", "event_date": "2018-07-30",
     "admin1": "Daraa", "latitude": 32.6, "longitude": 36.1},
]}


def test_perfect_prediction_scores_one() -> None:
    tables = score(GOLD, GOLD)
    assert tables["main"].as_dict()["typed"]["f1"] == 1.0
    assert tables["secondary"].as_dict()["typed"]["f1"] == 1.0


def test_date_two_days_off_at_day_precision_does_not_match() -> None:
    pred = {"a": [dict(GOLD["a"][0], event_date="2018-08-01")]}
    assert score(GOLD, pred)["main"].typed == 0


def test_wrong_type_counts_for_detection_only() -> None:
    pred = {"a": [dict(GOLD["a"][0], event_type="Riots", sub_event_type="Mob violence")]}
    main = score(GOLD, pred)["main"]
    assert (main.detected, main.typed) == (1, 0)


def test_field_accuracy_is_among_typed_matches() -> None:
    pred = {"a": [dict(GOLD["a"][0], fatalities=5)]}
    fields = score(GOLD, pred)["main"].as_dict()["fields"]
    assert fields["fatalities"] == 0.0 and fields["inter1"] == 1.0


@pytest.mark.skipif(not (SHARED / "eval/score.py").exists(), reason="../shared is not present")
def test_agrees_with_reference_scorer_on_dev_set(tmp_path) -> None:
    """Run our extractor on the dev set and compare both scorers' numbers."""
    gold_path = SHARED / "gold/dev.jsonl"
    pred_path = tmp_path / "pred.jsonl"
    marsad = Path(sys.executable).parent / "marsad"
    subprocess.run([str(marsad), "extract", str(gold_path), "-o", str(pred_path), "-q"], check=True)
    referee = json.loads(subprocess.run(
        [sys.executable, str(SHARED / "eval/score.py"), str(gold_path), str(pred_path), "--json"],
        check=True, capture_output=True, text=True,
    ).stdout)
    ours = json.loads(subprocess.run(
        [str(marsad), "eval", str(gold_path), "--predictions", str(pred_path), "--json"],
        check=True, capture_output=True, text=True,
    ).stdout)
    for table in ("main", "secondary"):
        assert ours[table] == referee[table]
