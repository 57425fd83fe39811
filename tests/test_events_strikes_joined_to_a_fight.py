"""An outside air power's strikes joined by و to a ground fight with a named side
("غارات لمقاتلات التحالف ومواجهات مع القوات الحكومية") are two events: the
strikes, and the clash they backed, which keeps the deaths; a clash noun with
no other side named after it stays within the strike."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2018, 3, 17)


def _events(text: str) -> list[tuple[str, str, int]]:
    doc = extract_text(text, published=DAY)
    return sorted((e.sub_event_type, e.actor1, e.fatalities) for e in doc.events)


def test_strikes_and_a_joined_clash_are_two_events() -> None:
    text = ("وأسفرت غارات لمقاتلات التحالف العربي والمواجهات مع قوات المقاومة عن مقتل 40 من "
            "ميليشيات الحوثي في مديرية حيس اليوم السبت.")
    events = _events(text)
    assert [e[0] for e in events] == ["Air/drone strike", "Armed clash"]
    clash = next(e for e in events if e[0] == "Armed clash")
    strike = next(e for e in events if e[0] == "Air/drone strike")
    assert clash[1] == "Popular Resistance (Yemen)" and clash[2] == 40
    assert strike[1] == "Military Forces of Saudi Arabia (2015-)" and strike[2] == 0


def test_a_clash_with_no_side_after_it_stays_in_the_strike() -> None:
    text = "وأسفرت غارات لمقاتلات التحالف العربي والمواجهات العنيفة عن مقتل 40 من ميليشيات الحوثي في مديرية حيس اليوم السبت."
    assert [e[0] for e in _events(text)] == ["Air/drone strike"]
