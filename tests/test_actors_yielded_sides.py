"""A side told as surrendering, fleeing or meeting death lost the clash: it is the side the
fight befell (actor2), never its actor1, whether the cue comes before it ("استسلم العشرات من
مسلحي X", "لاذت عناصر X بالفرار") or right after it ("إن مسلحي X فروا", "قائد X لقي مصرعه");
"X وفرت" (provided) is no flight."""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2015, 8, 10)
HOUTHIS = "Ansar Allah (Houthis)"


def _clashes(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in marsad.extract(text, published=DAY).events
            if e.sub_event_type == "Armed clash"]


def test_a_side_that_surrendered_after_a_clash_is_not_its_actor1():
    clashes = _clashes("وفي مديرية نهم استسلم العشرات من مسلحي الحوثي بعد مواجهات عنيفة أمس.")
    assert clashes and clashes[0][0] != HOUTHIS and clashes[0][1] == HOUTHIS


def test_a_side_said_to_have_fled_is_hit_by_the_side_it_clashed_with():
    clashes = _clashes("وفي مديرية نهم قال مصدر إن مسلحي الحوثي فروا بعد مواجهات عنيفة أمس مع المقاومة الشعبية.")
    assert clashes == [("Popular Resistance (Yemen)", HOUTHIS)]


def test_a_side_that_took_flight_is_the_target():
    clashes = _clashes("وفي مديرية نهم لاذت عناصر الحوثي بالفرار بعد مواجهات عنيفة أمس.")
    assert clashes and clashes[0][0] != HOUTHIS and clashes[0][1] == HOUTHIS


def test_a_side_that_provided_cover_did_not_flee():
    clashes = _clashes("وفي مديرية نهم اندلعت مواجهات عنيفة أمس بين المقاومة الشعبية ومسلحي الحوثي "
                       "وفرت قوات التحالف غطاء جويا.")
    assert clashes and clashes[0] == ("Popular Resistance (Yemen)", HOUTHIS)


def test_a_side_whose_commander_met_death_in_a_clash_is_the_target():
    clashes = _clashes("وفي مديرية نهم لقي قائد ميداني حوثي مصرعه في مواجهات عنيفة أمس مع المقاومة الشعبية.")
    assert clashes == [("Popular Resistance (Yemen)", HOUTHIS)]


def test_the_side_surrendered_to_is_the_winner():
    clashes = _clashes("وفي مديرية نهم اشتبكت المقاومة الشعبية مع مسلحي الحوثي أمس وبادر العشرات منهم بالاستسلام "
                       "للمقاومة الشعبية.")
    assert clashes and clashes[0] == ("Popular Resistance (Yemen)", HOUTHIS)
