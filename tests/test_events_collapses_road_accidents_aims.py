"""Accidents, collapses and figurative acts told in the news, checked on invented sentences.

A bridge or a building that collapsed ("انهار الجسر ... مما أدى إلى مقتل")
and wildfires ("أدت حرائق الغابات ... إلى قتل") kill by accident:
their deaths are no attack, however far the death word stands.  Real acts stay:
a building bombed to rubble, a truce that broke down before a shelling, and
fighting in a forest.  A road accident ("انقلبت حافلة"، "صدمت شاحنة"، "حادث مروع")
is no attack either, nor a gas cylinder that blew up ("انفجار أسطوانة غاز"), while an
attack called horrific, gas cylinders fired as shells and a bomb hidden in one keep their dead.  A decision
"targeting" a province politically ("يستهدف المحافظة سياسيا") hits nothing, and
sending troops "to involve them" in battles ("لإشراك جنوده في معارك") names an aim.
The toll of a campaign going on for weeks ("في حملة أسفرت عن مقتل 400") is a
running total, while a raid's dead on a day stay its own.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 8, 14)


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in marsad.extract(text, published=DAY).events]


def test_deaths_from_a_collapsed_bridge_are_an_accident() -> None:
    text = ("تواصل فرق الدفاع المدني البحث تحت أنقاض جسر قديم انهار فجر اليوم فوق نهر في مدينة البصرة، "
            "مما أدى إلى مقتل 12 شخصا.")
    assert _subs(text) == []


def test_deaths_from_a_collapsed_building_are_an_accident() -> None:
    text = "انهارت عمارة سكنية من خمسة طوابق في حي شعبي بمدينة الإسكندرية مساء الأحد، ما أسفر عن مصرع سبعة من سكانها."
    assert _subs(text) == []


def test_deaths_from_sweeping_fires_are_an_accident() -> None:
    text = "وأدت حرائق الغابات التي اندلعت في ولاية كاليفورنيا في نوفمبر الماضي إلى قتل 85 شخصا وإصابة العشرات."
    assert _subs(text) == []


def test_a_building_bombed_until_it_collapsed_stays_an_attack() -> None:
    text = ("قصفت طائرات حربية مبنى سكنيا في مدينة إدلب أمس، فانهار المبنى على ساكنيه "
            "ما أسفر عن مقتل تسعة مدنيين.")
    assert "Air/drone strike" in _subs(text)


def test_a_shelling_after_a_truce_collapsed_stays_an_event() -> None:
    text = "بعد أن انهارت الهدنة صباح اليوم، قصفت قوات النظام بلدة كفرنبل بالمدفعية الثقيلة مما أدى إلى مقتل أربعة مدنيين."
    assert "Shelling/artillery/missile attack" in _subs(text)


def test_fighting_in_a_forest_stays_a_clash() -> None:
    text = "اشتبك الجيش مع مسلحين يتحصنون في غابات ولاية بورنو أمس، ما أدى إلى مقتل ثلاثة جنود."
    assert _subs(text) == ["Armed clash"]


def test_a_bus_that_overturned_is_a_road_accident() -> None:
    text = "انقلبت حافلة تقل عمالا زراعيين على الطريق الصحراوي قرب مدينة أسيوط فجر الخميس، مما أسفر عن مقتل 14 منهم."
    assert _subs(text) == []


def test_a_truck_that_hit_a_car_is_a_road_accident() -> None:
    text = "صدمت شاحنة محملة بالرمل سيارة أجرة على الطريق الدولي شمال مدينة حمص مساء أمس، ما أدى إلى مقتل خمسة ركاب."
    assert _subs(text) == []


def test_a_horrific_accident_is_a_road_accident() -> None:
    text = "تسبب سائق صهريج في حادث مروع على مدخل مدينة الزرقاء أمس أسفر عن مقتل ستة أشخاص وإصابة تسعة."
    assert _subs(text) == []


def test_a_horrific_attack_stays_an_attack_with_its_dead() -> None:
    text = "نفذ مسلحون هجوما مروعا على سوق شعبي في مدينة كابل أمس أسفر عن مقتل 11 مدنيا."
    events = marsad.extract(text, published=DAY).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 11)]


def test_a_decision_targeting_a_province_politically_is_no_attack() -> None:
    text = "وقال رئيس المجلس إن قرار نقل معسكر الشرطة إلى مدينة بغداد يستهدف محافظة نينوى سياسيا."
    assert _subs(text) == []


def test_gunmen_targeting_a_police_post_stay_an_attack() -> None:
    text = "استهدف مسلحون مقر الشرطة في مدينة كركوك أمس بقذائف الهاون."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_troops_moved_to_involve_them_in_battles_is_an_aim() -> None:
    for verb in ("لإشراك", "لزج"):
        text = f"وقال النائب إن وزارة الدفاع نقلت اللواء الخامس إلى مدينة الرمادي {verb} جنوده في معارك الأنبار."
        assert _subs(text) == [], verb


def test_troops_taking_part_in_battles_stay_a_clash() -> None:
    text = "شارك جنود اللواء الخامس أمس في معارك عنيفة مع مسلحي داعش في مدينة الرمادي."
    assert _subs(text) == ["Armed clash"]


def test_the_toll_of_a_campaign_going_on_is_a_running_total() -> None:
    text = ("وتشن القوات الحكومية هجوما على آخر معاقل المسلحين قرب مدينة درعا منذ ثلاثة أسابيع، "
            "في حملة أسفرت عن مقتل 400 مدني.")
    assert _subs(text) == []


def test_a_dated_raid_of_a_campaign_keeps_its_dead() -> None:
    text = "نفذت الشرطة أمس حملة مداهمات في مدينة العريش أسفرت عن مقتل خمسة مسلحين."
    events = marsad.extract(text, published=DAY).events
    assert [e.fatalities for e in events if e.sub_event_type == "Armed clash"] == [5]


def test_a_gas_cylinder_that_blew_up_is_an_accident() -> None:
    text = "قتل أربعة أشخاص أمس في انفجار أسطوانة غاز داخل مطعم بمدينة صنعاء."
    assert _subs(text) == []


def test_gas_cylinders_fired_as_shells_and_a_bomb_hidden_in_one_keep_their_dead() -> None:
    shelled = "قصفت الفصائل المسلحة أمس حي الميدان في مدينة حلب بأسطوانات الغاز ما أدى إلى مقتل ثلاثة مدنيين."
    hidden = "انفجرت عبوة ناسفة مخبأة في أسطوانة غاز قرب سوق مدينة بعقوبة أمس ما أسفر عن مقتل خمسة أشخاص."
    assert [(e.sub_event_type, e.fatalities) for e in marsad.extract(shelled, published=DAY).events] == [
        ("Shelling/artillery/missile attack", 3)]
    assert [(e.sub_event_type, e.fatalities) for e in marsad.extract(hidden, published=DAY).events] == [
        ("Remote explosive/landmine/IED", 5)]
