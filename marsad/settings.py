"""Defaults in one place, carried through calls by one options object."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_DB = "marsad.db"


@dataclass(frozen=True, slots=True)
class Settings:
    """Options that change what the pipeline produces.

    keep_background: also output events recalled as context (flagged
        `background`), as EVENTS.md asks; turn off to keep only news events.
    keep_unasserted: output triggers whose modality is not an assertion
        (threats, plans, denials); off by default, for debugging only.
    use_title: read events from the headline when the body yields none.
    """

    keep_background: bool = True
    keep_unasserted: bool = False
    use_title: bool = True


DEFAULT_SETTINGS = Settings()
