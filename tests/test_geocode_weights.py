"""The geocoder's weights live in place_cues.yaml: the loader keeps their
types and the validator names a missing, mistyped or misspelled entry."""

from __future__ import annotations

from importlib import resources

import yaml

from marsad.knowledge.gazetteer import load_geocode_weights, validate_geocode_weights
from marsad.stages import geocode


def _section() -> dict:
    """A fresh copy of the shipped `geocode` section."""
    text = resources.files("marsad.data").joinpath("place_cues.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)["geocode"]


def test_shipped_weights_are_valid_and_used_by_the_geocoder():
    assert validate_geocode_weights(_section()) == []
    weights = load_geocode_weights()
    assert geocode._CLASS_SCORE is weights.class_score
    assert weights.class_score["country"] > weights.class_score["village"]
    assert isinstance(weights.coast_km, float) and isinstance(weights.max_link_words, int)


def test_missing_or_mistyped_weight_is_reported_by_name():
    data = _section()
    del data["coast_km"]
    data["max_link_words"] = 4.5
    problems = validate_geocode_weights(data)
    assert any("coast_km" in p for p in problems)
    assert any("max_link_words" in p for p in problems)


def test_unknown_class_or_cue_type_in_a_score_table_is_reported():
    data = _section()
    data["class_score"]["vilage"] = 10
    data["cue_fit"]["adm"] = {"admin1": 45}
    problems = validate_geocode_weights(data)
    assert any("vilage" in p for p in problems)
    assert any("cue_fit" in p for p in problems)


def test_between_words_are_normalized_on_load():
    assert "بين" in load_geocode_weights().between_words
