"""The side hit (actor2) of a bombardment is not the wrong camp: militants named by their creed
("متشددا", "متطرفين اثنين") are no civilians, nor are a group's fighters named by its bare name
("مقاتلي الشباب"); villagers are civilians, not the armed group the story is about; civilians
told as spared ("دون وقوع إصابات في صفوف المواطنين") are no side; and a strike told twice takes
the civilians its other report counts as killed over the group that only holds the town."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text
from marsad.stages import actors as actor_stage

DAY = dt.date(2018, 3, 11)


def _sides(text: str, published: dt.date = DAY) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text, published=published)
    return [(event.sub_event_type, event.actor1, event.actor2) for event in doc.events]


def test_militants_named_by_their_creed_are_not_civilians():
    sides = _sides("قصف الجيش مواقع في بلدة حزم في سوريا أمس، ما أدى إلى مقتل ما لا يقل عن 20 متشددا.")
    assert sides and all(actor2 is None or not actor2.startswith("Civilians") for _, _, actor2 in sides)


def test_a_count_of_two_after_its_noun_is_read_by_that_noun():
    armed = "قال الجيش الأمريكي إنه قتل متطرفين اثنين في غارة جوية قرب بلدة جلب في الصومال أمس."
    unarmed = "قال مسؤول محلي إن مدنيين اثنين قتلا في غارة جوية قرب بلدة جلب في الصومال أمس."
    assert not actor_stage.unarmed_casualties(extract_text(armed, published=DAY), 0, len(armed))
    assert actor_stage.unarmed_casualties(extract_text(unarmed, published=DAY), 0, len(unarmed))


def test_fighters_named_by_the_bare_group_name_are_that_group():
    sides = _sides("قتل ثلاثة في ضربة جوية أمريكية ضد مقاتلي الشباب جنوب الصومال أمس.", dt.date(2018, 2, 27))
    assert sides == [("Air/drone strike", "Military Forces of the United States (2017-2021)", "Al Shabaab")]


def test_villagers_hit_by_a_strike_are_civilians_not_the_story_enemy():
    sides = _sides("وتقاتل القوات العراقية تنظيم داعش في محافظة نينوى منذ أشهر. وأسفرت غارات للطيران التركي فجر أمس "
                   "على قرية شمال دهوك عن مقتل وإصابة نحو 20 قرويا.", dt.date(2018, 2, 27))
    assert ("Air/drone strike", "Military Forces of Turkey (2016-)", "Civilians (Iraq)") in sides


def test_civilians_the_strike_spared_are_no_side_of_it():
    spared = _sides("قصفت الطائرات الإسرائيلية موقعين في شمال قطاع غزة فجر اليوم، دون وقوع إصابات في صفوف المواطنين.",
                    dt.date(2018, 5, 27))
    hurt = _sides("قصفت الطائرات الإسرائيلية موقعين في شمال قطاع غزة فجر اليوم، ما أدى إلى إصابة ثلاثة من المواطنين.",
                  dt.date(2018, 5, 27))
    assert spared == [("Air/drone strike", "Military Forces of Israel (2009-2021)", None)]
    assert hurt == [("Air/drone strike", "Military Forces of Israel (2009-2021)", "Civilians (Palestine)")]


def test_a_qualified_toll_is_not_read_as_spared():
    sides = _sides("قتل ما لا يقل عن عشرة من المدنيين في غارة جوية على مدينة سراقب أمس.")
    assert sides and all(actor2 == "Civilians (Syria)" for _, _, actor2 in sides)


def test_a_strike_told_twice_takes_the_civilian_dead_over_the_town_holder():
    sides = _sides("قصفت طائرات النظام السوري أمس حيا في مدينة سراقب التي تسيطر عليها فصائل المعارضة. وقتل 12 شخصا "
                   "من سكان المدينة في الغارة، بحسب المرصد.", dt.date(2018, 5, 27))
    assert sides == [("Air/drone strike", "Military Forces of Syria (2000-)", "Civilians (Syria)")]
