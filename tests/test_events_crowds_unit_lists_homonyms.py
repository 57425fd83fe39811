"""Held-out review classes: crowds clashing with forces, a further act after
"كما", lists of units, family names read as places, homonyms abroad of a
named container."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 6)


def events_of(text: str):
    return extract_text(text, published=PUBLISHED).events


def places_of(text: str) -> list[str]:
    return [m.text for m in extract_text(text, published=PUBLISHED).of_kind("place")]


def test_young_men_clashing_with_soldiers_and_settlers_riot() -> None:
    events = events_of("واشتبك شبان فلسطينيون مع جنود الاحتلال ومستوطنين في قرية بيتا جنوب نابلس اليوم.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Violent demonstration", "Rioters (Palestine)")]


def test_a_nationality_crowd_clashing_in_listed_towns_riots_in_each() -> None:
    events = events_of("واشتبك فلسطينيون مع الجيش ومستوطنين في نابلس ورام الله والخليل.")
    assert {e.location_ar for e in events} == {"نابلس", "رام الله", "الخليل"}
    assert all((e.event_type, e.actor1) == ("Riots", "Rioters (Palestine)") for e in events)


def test_residents_clashing_with_police_riot() -> None:
    events = events_of("واشتبك عشرات الأهالي مع قوات الشرطة في مدينة البصرة أمس.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Violent demonstration", "Rioters (Iraq)")]


def test_forces_clashing_with_young_men_face_a_riot() -> None:
    events = events_of("واشتبكت قوات الاحتلال مع شبان في مخيم الدهيشة اليوم.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Violent demonstration", "Rioters (Palestine)")]


def test_a_clash_that_killed_people_of_a_nation_keeps_its_type() -> None:
    events = events_of("واشتبك الجيش مع مسلحين في مدينة درعا قتل فيها ثلاثة سوريين.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_armed_men_of_a_nationality_still_fight() -> None:
    events = events_of("واشتبك مسلحون فلسطينيون مع قوات الاحتلال في مخيم جنين اليوم.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_further_attack_after_kama_in_the_same_province_is_its_own_event() -> None:
    events = events_of("وقتل جنديان في هجوم شنه مسلحون في بلدة نصيبين أمس، "
                       "كما قتل ثلاثة جنود في هجوم شنه مسلحون في قرية قرقوزلو التابعة لولاية ماردين أمس.")
    assert sorted((e.location_ar, e.fatalities) for e in events) == [("ماردين", 3), ("نصيبين", 2)]


def test_a_soldier_killed_before_a_further_attack_with_a_number_keeps_his_death() -> None:
    events = events_of("وقتل جندي في هجوم شنه مسلحون في بلدة نصيبين أمس، كما قتل ثلاثة جنود في ولاية ماردين أمس.")
    assert sorted((e.location_ar, e.fatalities) for e in events) == [("ماردين", 3), ("نصيبين", 1)]


def test_a_person_among_the_dead_counted_adds_no_death() -> None:
    events = events_of("وأسفر الهجوم عن مقتل خمسة أشخاص، بينهم شرطي، في مدينة ماردين.")
    assert [e.fatalities for e in events] == [5]


def test_each_unit_of_a_list_after_a_strike_gets_its_event() -> None:
    events = events_of("وشنت مقاتلات التحالف غارات على مناطق في إب والحزم وصرواح اليوم.")
    assert {e.location_ar for e in events} == {"إب", "الحزم", "صرواح"}


def test_firmness_beside_wisdom_is_no_place() -> None:
    assert places_of("وتعاملت الحكومة بالحكمة والحزم مع الأزمة.") == []


def test_a_nisba_family_name_after_a_given_name_is_no_village_nor_later() -> None:
    text = "وقتل القيادي في التنظيم ناصر الوحيشي بغارة جوية. ووصف البيان مقتل الوحيشي بأنه ضربة قوية."
    assert places_of(text) == []


def test_a_place_after_a_preposition_named_like_a_family_stays() -> None:
    assert places_of("وقال أحمد الزبداني إن شخصين قتلا في الزبداني أمس.") == ["الزبداني"]


def test_a_news_agency_name_is_no_place() -> None:
    assert places_of("وقتل ثلاثة مدنيين في غارة، حسب وكالة الأنباء فرانية، في مدينة كابول.") == ["كابول"]


def test_a_town_named_with_a_foreign_province_is_no_capital_of_another_country() -> None:
    events = events_of("وقتل جنديان تركيان في اشتباكات مع مسلحي حزب العمال الكردستاني في بلدة الجزيرة بولاية شرناق.")
    assert [e.country for e in events] == ["Türkiye"]


def test_a_quarter_whose_name_runs_on_lies_in_the_city_named_after_it() -> None:
    text = ("وفي العراق قتل ثلاثة في الموصل. "
            "وفي حادث آخر أطلق مسلحون النار على مركز للشرطة في حي سلطان غازي في إسطنبول أمس.")
    shooting = [e for e in events_of(text) if e.location_ar != "الموصل"]
    assert [(e.country, e.location_ar) for e in shooting] == [("Türkiye", "إسطنبول")]
