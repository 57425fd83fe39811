"""Loader and validator of the confidence model (`data/confidence.json`).

The model is a logistic regression over the binary features of
`marsad.stages.confidence.event_features`: one weight per feature, their sum
through the logistic function is the chance an event is real and distinct.
It is kept as readable JSON (the weights, what it was trained on, how it
scored on held-out pools) so a reviewer can see why an event scored low, and
is rebuilt by `bench/train_confidence.py` from the reviewers' verdicts.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from marsad.errors import KnowledgeError

CONFIDENCE_FILE = "confidence.json"
REQUIRED_KEYS = ("weights", "trained_on", "held_out")


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """Feature weights of a logistic model of "this event is real and distinct"."""

    weights: Mapping[str, float]

    def probability(self, features: Mapping[str, float]) -> float:
        """The model's chance (0-1) that the event with these features is real and distinct."""
        score = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        if score >= 0:
            return 1.0 / (1.0 + math.exp(-score))
        exp = math.exp(score)
        return exp / (1.0 + exp)


def validate_confidence_model(data: object) -> None:
    """Raise KnowledgeError unless `data` is a model mapping with finite numeric weights and a bias."""
    if not isinstance(data, dict) or any(key not in data for key in REQUIRED_KEYS):
        raise KnowledgeError(f"{CONFIDENCE_FILE}: expected a mapping with {', '.join(REQUIRED_KEYS)}")
    weights: Any = data["weights"]
    if not isinstance(weights, dict) or "bias" not in weights:
        raise KnowledgeError(f"{CONFIDENCE_FILE}: 'weights' must map feature names to numbers, with a 'bias'")
    for name, weight in weights.items():
        if not isinstance(weight, (int, float)) or isinstance(weight, bool) or not math.isfinite(weight):
            raise KnowledgeError(f"{CONFIDENCE_FILE}: weight of {name!r} is not a finite number")


@functools.cache
def load_confidence_model() -> ConfidenceModel:
    """The packaged confidence model (validated once per process)."""
    text = resources.files("marsad.data").joinpath(CONFIDENCE_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    validate_confidence_model(data)
    return ConfidenceModel(weights=dict(data["weights"]))
