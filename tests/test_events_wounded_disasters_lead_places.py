"""Classes of error seen on Saudi outlets of 2015, each checked on invented sentences.

The wounded told after a boundary word belong to the killing before them, and
so does the cause told with them; deaths in a disaster are an accident's; a
lead's place abroad is where a later detail of its own act happened; the act
of an "after" clause behind a dated non-act is recalled; a definite act noun
told with a town places the act told just before; a bare word right
after a count is the noun counted, not a village; a place told past another
violent act is that act's; "المنطقة الوسطى" names no country's district; a
court's death sentence carried out, with the crime it punishes, is no event;
"مقتل ضابط وثلاثة جنود" counts the officer too; and a rigged truck or bus is a
vehicle bomb like a rigged car.
"""

from __future__ import annotations

import datetime as dt

import marsad
from tests.support import place_doc

DAY = dt.date(2015, 8, 10)


def _events(text: str):
    return marsad.extract(text, published=DAY).events


def test_the_wounded_and_cause_after_a_boundary_belong_to_the_killing():
    text = ("لقي خمسة من أفراد الشرطة مصرعهم فيما أصيب اثنان آخران صباح اليوم، جراء انفجار لغم أرضي "
            "بدوريتهم في مدينة العريش بمحافظة شمال سيناء.")
    events = _events(text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Remote explosive/landmine/IED", 5)]


def test_a_killing_placed_in_its_own_clause_keeps_apart_from_the_wounded_elsewhere():
    text = ("قتل ثلاثة مدنيين في قصف على مدينة دوما أمس، في حين أصيب عشرة آخرون خلال اقتحام قوات "
            "الأمن مدينة درعا.")
    places = {e.location for e in _events(text)}
    assert len(places) == 2


def test_deaths_in_a_disaster_far_from_the_death_word_are_an_accident():
    text = ("قتل 30 شخصا على الأقل الأحد في ولاية بيهار بالهند لدى خروج ثلاث عربات قطار عن السكة "
            "أثناء عبورها جسرا غمرته مياه الفيضانات.")
    assert _events(text) == []


def test_a_lead_place_abroad_locates_a_later_detail_of_its_own_act():
    text = ("أعلن الجيش التركي أمس أن غاراته الجوية على معاقل المتمردين في شمال العراق مستمرة منذ أسبوع.\n\n"
            "وقالت وكالة الأناضول إن 40 مسلحا قتلوا في الغارات الأخيرة.\n\n"
            "وفي محافظة هكاري هاجم مسلحون مركزا للشرطة.")
    strikes = [e for e in _events(text) if e.sub_event_type == "Air/drone strike" and e.fatalities == 40]
    assert strikes and strikes[0].location == "Northern Iraq"


def test_an_act_after_bada_an_behind_a_dated_visit_is_recalled():
    text = "وصل وزير الداخلية أمس إلى مدينة عدن في زيارة تفقدية بعد أن استعادت القوات الحكومية السيطرة عليها."
    events = _events(text)
    assert events and all(e.background for e in events)


def test_an_act_after_bada_an_behind_its_wounded_is_the_news():
    text = "أصيب خمسة جنود بعد أن فجر مسلحون عبوة ناسفة في دورية عسكرية قرب مدينة العريش."
    events = _events(text)
    assert events and not any(e.background for e in events)


def test_a_bare_word_right_after_a_count_is_the_noun_counted():
    doc = place_doc("أسفر الحادث عن استشهاد (12) مصليًا وإصابة آخرين")
    assert not any("مصلي" in m.text for m in doc.of_kind("place"))


def test_a_place_past_another_violent_act_is_that_acts():
    text = ("قتل عشرة قرويين على الأقل في هجوم شنه مسلحون على قرية في ولاية يوبي بشمال شرقي نيجيريا، "
            "بحسب ما أفاد مسؤول محلي أمس.\n\n"
            "وقال المسؤول إن «المسلحين هاجموا القرية على دراجات نارية وقتلوا عشرة أشخاص». كما قتل ستة أشخاص "
            "عندما فجر انتحاري نفسه أمس في سوق في مدينة مايدوغوري، وفق ما أفاد شهود.")
    events = _events(text)
    assert any(e.sub_event_type == "Suicide bomb" and e.location == "Maiduguri" for e in events)
    assert not any(e.fatalities == 10 and e.location == "Maiduguri" for e in events)


def test_the_middle_region_names_no_district_abroad():
    text = "قال قائد المقاومة في المنطقة الوسطى إن مقاتليه قتلوا أمس عشرة من الحوثيين في هجوم على مواقعهم."
    assert not any(e.country == "Israel" for e in _events(text))


def test_a_death_sentence_carried_out_and_its_crime_are_no_event():
    text = ("نفذت وزارة الداخلية اليوم حكم القتل قصاصا في أحد الجناة بمدينة الرياض لإقدامه على قتل مواطن، "
            "وذلك بإطلاق النار عليه إثر خلاف نشب بينهما.")
    assert _events(text) == []


def test_a_definite_act_noun_places_the_act_told_just_before():
    lead = "قال مسؤولون إن تسعة أشخاص قتلوا اليوم عندما فجر انتحاري نفسه في سوق شعبي مزدحم في شمال العراق.\n\n"
    placed = _events(lead + "وأسفر الهجوم الذي وقع في مدينة كركوك عن إصابة 30 آخرين.")
    assert [e.location for e in placed] == ["Kirkuk"]
    claimed = _events(lead + "وتبنى تنظيم داعش الهجوم على مدينة كركوك في بيان.")
    assert [e.location for e in claimed] == ["Northern Iraq"]


def test_one_person_and_a_count_joined_by_waw_are_all_dead():
    assert [e.fatalities for e in _events("قتل جندي وثلاثة مدنيين في قصف على بلدة كفرنبل أمس.")] == [4]
    wounded = _events("أصيب ضابط وثلاثة جنود في انفجار عبوة ناسفة قرب مدينة رفح أمس.")
    assert wounded and all(e.fatalities == 0 for e in wounded)


def test_a_rigged_truck_or_bus_is_a_vehicle_bomb():
    events = _events("قتل ثمانية أشخاص أمس في هجوم بحافلة مفخخة استهدف سوقا شعبيا في مدينة كركوك.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Remote explosive/landmine/IED", 8)]
