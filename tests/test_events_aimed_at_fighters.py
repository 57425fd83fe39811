"""Fire aimed at fighters no catalogue names ("مستهدفة مقاتلين") hit an armed side: it is
no attack on civilians."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2018, 6, 18)


def _events(text: str) -> list[tuple[str, int]]:
    doc = extract_text(text, published=DAY)
    return [(e.event_type, e.inter2) for e in doc.events]


def test_fire_aimed_at_snipers_and_fighters_is_no_attack_on_civilians():
    events = _events("أطلقت طائرات هليكوبتر النار الاثنين مستهدفة قناصة ومقاتلين على أسطح المباني في الحديدة.")
    assert events and all(t != "Violence against civilians" and i != 7 for t, i in events)


def test_fire_aimed_at_snipers_is_no_attack_on_civilians():
    events = _events("أطلقت طائرات هليكوبتر النار الاثنين مستهدفة قناصة على أسطح المباني في الحديدة.")
    assert events and all(t != "Violence against civilians" and i != 7 for t, i in events)
