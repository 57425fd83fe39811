"""Loader and validator for English note templates (`data/notes.yaml`)."""

from __future__ import annotations

import functools
from importlib import resources

import yaml

from marsad.errors import KnowledgeError


def validate_notes(data: object) -> None:
    if not isinstance(data, dict) or not isinstance(data.get("templates"), dict):
        raise KnowledgeError("notes.yaml: expected a mapping with 'templates'")
    for sub_type, template in data["templates"].items():
        if not isinstance(template, str) or "{" not in template:
            raise KnowledgeError(f"notes.yaml: template for {sub_type!r} must be a format string")


@functools.cache
def load_note_templates() -> dict[str, str]:
    """Sub-event type → English template."""
    text = resources.files("marsad.data").joinpath("notes.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    validate_notes(data)
    return dict(data["templates"])
