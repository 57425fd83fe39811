"""Marsad: Arabic news articles in, ACLED-style geocoded conflict events out.

    >>> import datetime, marsad
    >>> doc = marsad.extract(text, published=datetime.date(2018, 8, 1))
    >>> [e.sub_event_type for e in doc.events]

The public API is small: `extract` (one text), `Document`/`Event` (the data
model), `Pipeline` (stage order) and the store classes in `marsad.store`.
Names are resolved lazily so that importing one stage does not load every
knowledge file.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Document", "Event", "Mention", "Pipeline", "extract", "extract_text", "process_document"]
__version__ = "0.1.0"

_LAZY = {
    "Document": ("marsad.document", "Document"),
    "Event": ("marsad.document", "Event"),
    "Mention": ("marsad.document", "Mention"),
    "Pipeline": ("marsad.pipeline", "Pipeline"),
    "extract": ("marsad.pipeline", "extract_text"),
    "extract_text": ("marsad.pipeline", "extract_text"),
    "process_document": ("marsad.pipeline", "process_document"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'marsad' has no attribute {name!r}")
    import importlib

    module_name, attribute = _LAZY[name]
    return getattr(importlib.import_module(module_name), attribute)
