"""Fighters loyal to the government, with no militia named, are the government side of a battle."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2018, 4, 6)


def _clash_sides(text: str) -> list[tuple[str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Armed clash"]


def test_loyal_fighters_killed_in_a_battle_are_the_army_facing_the_group_told_before():
    text = ("ظهر مسلحو داعش من جيب في أطراف حماة لانتزاع قرية. "
            "فقد قتل حوالي 45 من المقاتلين الموالين للحكومة في معركة قرية الشيخ هلال، وفقا للمرصد.")
    sides = [frozenset(pair) for pair in _clash_sides(text)]
    assert frozenset({"Islamic State (Syria)", "Military Forces of Syria (2000-)"}) in sides


def test_loyal_fighters_as_subject_are_the_army():
    sides = _clash_sides("اشتبك مقاتلون موالون للحكومة مع عناصر من تنظيم داعش قرب بلدة السخنة بريف حمص.")
    assert sides and "Military Forces of Syria (2000-)" in sides[0]


def test_gunmen_loyal_to_the_government_stay_a_pro_government_militia():
    sides = _clash_sides("اشتبك المسلحين الموالين للحكومة مع عناصر من تنظيم داعش قرب بلدة السخنة بريف حمص.")
    assert sides and "Pro-Government Militia (Syria)" in sides[0]
