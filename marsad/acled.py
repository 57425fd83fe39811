"""ACLED-derived fields computed from an event's core fields.

ACLED's export carries several columns that follow from others (disorder
type, interaction code, civilian targeting, region, ISO3).  Computing them in
one place keeps the store, the CSV export and the API consistent.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

_DEMONSTRATION_SUBTYPES_WITH_VIOLENCE = {"Excessive force against protesters", "Mob violence"}


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED disorder type: political violence, demonstrations or strategic developments."""
    if event_type in {"Protests", "Riots"}:
        if sub_event_type in _DEMONSTRATION_SUBTYPES_WITH_VIOLENCE:
            return "Political violence; Demonstrations"
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: the two inter codes, lower first.

    A one-sided event gets the actor's code followed by 0 (e.g. 60 for a
    peaceful protest).
    """
    a, b = int(inter1 or 0), int(inter2 or 0)
    if not a and not b:
        return None
    if not b:
        return a * 10
    if not a:
        return b * 10
    low, high = sorted((a, b))
    return low * 10 + high


def civilian_targeting(inter2: int | None) -> str | None:
    """ACLED marks events whose target is civilians."""
    return "Civilian targeting" if int(inter2 or 0) == 7 else None


@functools.cache
def _countries() -> dict[str, dict[str, str]]:
    raw = resources.files("marsad.data").joinpath("countries.json").read_text(encoding="utf-8")
    return json.loads(raw)


def iso3(iso2: str | None) -> str | None:
    """Three-letter code for an ISO2 country code."""
    return _countries().get(iso2 or "", {}).get("iso3")


def region(iso2: str | None) -> str | None:
    """ACLED region name of a country ("Middle East", "Northern Africa", ...)."""
    return _countries().get(iso2 or "", {}).get("region")


def country_name(iso2: str | None) -> str | None:
    """English country name for an ISO2 code."""
    return _countries().get(iso2 or "", {}).get("name")
