"""A country's missiles fired by the side the catalogue says fires them in a period
(actors.yaml `launchers`): "الصاروخ اليمني" since 2015 is the Houthis', not Yemen's army."""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.knowledge.actors import weapon_launcher


def _sides(text: str, day: dt.date) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in marsad.extract(text, published=day).events]


def test_a_country_adjective_on_a_missile_names_the_side_firing_that_countrys_missiles():
    sides = _sides("سقط الصاروخ اليمني على قاعدة عسكرية قرب مدينة جازان.", dt.date(2019, 5, 14))
    assert sides and sides[0][1] == "Ansar Allah (Houthis)"
    assert all("Military Forces of Yemen" not in (s[1] or "") + (s[2] or "") for s in sides)


def test_a_missile_launched_from_the_country_is_the_launching_sides():
    sides = _sides("أصيب ثلاثة مدنيين بشظايا صاروخ أطلق من اليمن على مدينة نجران.", dt.date(2019, 5, 14))
    assert sides and sides[0][1] == "Ansar Allah (Houthis)"


def test_before_the_launchers_period_the_states_military_fires_its_missiles():
    assert weapon_launcher("YE", dt.date(2012, 5, 14)) == "state:YE:military"
    assert weapon_launcher("YE", dt.date(2019, 5, 14)) == "houthis"
    assert weapon_launcher("IL", dt.date(2019, 5, 14)) == "state:IL:military"
