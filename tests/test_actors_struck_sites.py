"""Civilian sites hit by shelling or air strikes: the people in them are the side hit,
unless the strike names an armed side there, a site nearby, or a site armed men hold."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2019, 5, 6)
STRIKES = {"Shelling/artillery/missile attack", "Air/drone strike"}


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type in STRIKES]


def test_shelling_of_a_school_or_homes_with_no_armed_side_hits_civilians():
    school = _sides("سقطت قذيفة هاون على مدرسة ابتدائية في حي الشعار بمدينة حلب صباح الأحد.")
    homes = _sides("قصفت ميليشيات الحوثي بقذائف الكاتيوشا الأحياء السكنية في مدينة الضالع مساء الخميس.")
    assert school and school[0][1] == "Civilians (Syria)"
    assert homes == [("Ansar Allah (Houthis)", "Civilians (Yemen)")]


def test_air_strike_on_a_market_or_mosque_hits_civilians():
    market = _sides("شنت الطائرات الحربية غارات على سوق للخضار في مدينة معرة النعمان بريف إدلب.")
    mosque = _sides("قصفت مدفعية الجيش مسجدا في قرية كفرزيتا بريف حماة الشمالي.")
    assert market and market[0][1] == "Civilians (Syria)"
    assert mosque and mosque[0][1] == "Civilians (Syria)"


def test_strike_on_a_groups_positions_or_a_leaders_home_keeps_that_group():
    positions = _sides("قصفت قوات النظام مقرات جبهة النصرة في بلدة كفرزيتا بريف حماة.")
    leader = _sides("قصفت طائرات إسرائيلية منزل قيادي في حركة حماس في مدينة خان يونس.")
    assert positions and positions[0][1] == "Hayat Tahrir al-Sham"
    assert leader and leader[0][1] == "Hamas Movement"


def test_a_site_near_the_target_or_held_by_armed_men_is_no_civilian_side():
    near = _sides("قصفت قوات النظام مواقع لفصائل المعارضة قرب مستشفى في بلدة كفرزيتا.")
    held = _sides("أعلنت سرايا القدس استهداف جنود الاحتلال الذين تحصنوا في منزل شرق مدينة رفح بقذيفة.")
    assert near and near[0][1] == "Opposition Rebels (Syria)"
    assert held and all(a2 != "Civilians (Palestine)" for _, a2 in held)
