"""The side that acted: an interceptor or a force that foiled a weapon, not the weapon's launcher;
a state named by its missiles or shells; a state another state blames for a strike; a side the
responsibility is laid on; a coalition's joint task force reporting its own strikes."""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 3, 20)


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in marsad.extract(text, published=DAY).events]


def test_an_interceptor_is_actor1_and_the_launcher_named_after_the_weapon_actor2():
    sides = _sides("أسقط الجيش الإسرائيلي طائرة مسيرة أطلقها حزب الله من جنوب لبنان مساء الاثنين.")
    assert sides == [("Disrupted weapons use", "Military Forces of Israel (2009-2021)", "Hezbollah")]


def test_an_interception_announced_by_a_coalition_is_its_act_and_the_launch_is_folded_into_it():
    sides = _sides("أعلن التحالف اعتراض صاروخ باليستي أطلقته الميليشيات الحوثية على نجران.")
    assert sides == [("Disrupted weapons use", "Military Forces of Saudi Arabia (2015-)", "Ansar Allah (Houthis)")]


def test_a_state_named_by_its_missiles_fired_them_at_the_group_whose_posts_were_hit():
    sides = _sides("استهدفت صواريخ إسرائيلية مواقع لحزب الله قرب مطار دمشق الدولي فجر الثلاثاء.")
    assert sides == [("Shelling/artillery/missile attack", "Military Forces of Israel (2009-2021)", "Hezbollah")]


def test_a_state_named_by_its_missiles_after_the_act_noun_is_no_target():
    sides = _sides("وطالب الوزير بوقف إطلاق الصواريخ الإيرانية من سوريا على مواقع في الجولان أمس.")
    assert [s[1] for s in sides] == ["Military Forces of Iran (1989-)"]


def test_a_weapon_only_made_in_a_country_names_no_force_of_it():
    sides = _sides("أطلق الحوثيون صاروخا إيراني الصنع على مدينة مأرب أمس.")
    assert sides and sides[0][1] == "Ansar Allah (Houthis)"
    assert all("Iran" not in (s[2] or "") for s in sides)


def test_rockets_named_by_a_stateless_people_name_no_state_army():
    sides = _sides("قالت الشرطة إن قذائف فلسطينية سقطت على بلدة سديروت أمس دون إصابات.")
    assert all("Military Forces of Palestine" not in (s[1] or "") for s in sides)


def test_a_state_another_state_accuses_of_a_strike_carried_it_out():
    sides = _sides("قتل 4 عناصر من الحرس الثوري في ضربة جوية قرب دمشق اتهمت إيران إسرائيل بتنفيذها.")
    assert sides == [("Air/drone strike", "Military Forces of Israel (2009-2021)", "Military Forces of Iran (1989-)")]


def test_a_state_another_state_says_launched_a_strike_carried_it_out():
    sides = _sides("قتل 6 مقاتلين في غارة على قاعدة عسكرية شرق حمص قالت سوريا إن إسرائيل شنتها فجر اليوم.")
    assert sides and sides[0][1] == "Military Forces of Israel (2009-2021)"


def test_without_the_accused_state_the_strike_is_not_given_to_a_blamed_one():
    sides = _sides("قتل 6 مقاتلين في غارة على قاعدة عسكرية شرق حمص قالت سوريا إن الطائرات المغيرة "
                   "جاءت من الأجواء اللبنانية.")
    assert all("Israel" not in (s[1] or "") and "Lebanon" not in (s[1] or "") for s in sides)


def test_the_side_the_responsibility_is_laid_on_set_off_the_blast():
    sides = _sides("أعلنت السلطات التركية أن تفجيرا انتحاريا أوقع 20 قتيلا في بلدة أقجة قلعة أمس "
                   "وألقيت المسؤولية فيه على تنظيم داعش.")
    assert sides and sides[0][:2] == ("Suicide bomb", "Islamic State (Turkey)")


def test_a_coalitions_joint_task_force_reports_its_own_strikes():
    sides = _sides("وقالت قوة المهام المشتركة في بيان إن ثماني غارات جرت في سوريا قرب الحسكة "
                   "وأصابت وحدات من مقاتلي تنظيم داعش.")
    assert sides and sides[0][1] == "Global Coalition Against Daesh"
