"""A named group that launches an act whose words name an unnamed bomber ("شن تنظيم X
هجوما انتحاريا") is its author; the bomber inside the act's words is not a separate,
unidentified author, and a state that hits a bomber did not send him."""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 6, 12)


def _actor1(text: str) -> list[str | None]:
    return [e.actor1 for e in marsad.extract(text, published=DAY).events if e.sub_event_type == "Suicide bomb"]


def test_the_group_launching_a_suicide_attack_is_its_author():
    assert _actor1("شن تنظيم داعش هجوما انتحاريا على مواقع الجيش السوري في البوكمال.") == ["Islamic State (Syria)"]
    assert _actor1("نفذت حركة الشباب هجوما انتحاريا على قاعدة للجيش الصومالي في مقديشو.") == ["Al Shabaab"]


def test_unnamed_launchers_and_a_state_hitting_a_bomber_stay_unidentified():
    assert _actor1("شن مسلحون هجوما انتحاريا على مواقع الجيش السوري في البوكمال.") == [
        "Unidentified Armed Group (Syria)"]
    assert all(a and "Military" not in a for a in _actor1("استهدف الجيش انتحاريا كان يستعد لتفجير نفسه في سوق ببغداد."))
