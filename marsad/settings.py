"""Defaults in one place, carried through calls by one options object."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_DB = "marsad.db"


@dataclass(frozen=True, slots=True)
class Settings:
    """Options that change what the pipeline produces.

    keep_background: also output events recalled as context (flagged
        `background`), as EVENTS.md asks; turn off to keep only news events.
    """

    keep_background: bool = True


DEFAULT_SETTINGS = Settings()
