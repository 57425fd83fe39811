"""Classes of error found reviewing 2018 news from five outlets.

Each test uses sentences written for it and checks one general rule.
"""

import datetime as dt

from marsad.document import Event
from marsad.pipeline import extract_text

DAY = dt.date(2018, 6, 10)


def _events(text: str) -> list[Event]:
    return extract_text(text, published=DAY).events


def test_places_of_one_split_bombardment_share_the_attacker_told_before() -> None:
    events = _events("قصفت قوات النظام السوري ريف إدلب الجنوبي صباح اليوم بعشرات القذائف.\n"
                     "وتركز القصف على بلدات خان شيخون ومعرة النعمان وسراقب.")
    assert len(events) == 3
    assert {e.actor1 for e in events} == {"Military Forces of Syria (2000-)"}


def test_deaths_in_a_crash_are_an_accident() -> None:
    assert _events("تحطمت مقاتلة روسية، صباح الخميس، في البحر قبالة السواحل السورية، بعد دقائق من "
                   "إقلاعها من قاعدة جوية، مما أدى إلى مقتل طياريها.") == []


def test_a_dual_of_warplanes_with_a_nationality_names_that_air_force() -> None:
    events = _events("شنت مقاتلتان فرنسيتان غارات على مواقع للتنظيم في بلدة الباغوز شرق سوريا أمس.")
    assert [e.actor1 for e in events] == ["Military Forces of France (2017-)"]


def test_a_sniper_with_a_nationality_is_that_army_and_the_unarmed_are_civilians() -> None:
    events = _events("قتل شاب فلسطيني أعزل برصاص قناص إسرائيلي قرب السياج الحدودي شرق خان يونس أمس.")
    assert [(e.sub_event_type, e.actor1, e.inter2) for e in events] == [
        ("Attack", "Military Forces of Israel (2009-2021)", 7)]


def test_protests_that_exploded_are_no_bombing() -> None:
    events = _events("انفجرت الاحتجاجات في مدن الجنوب العراقي أمس بعد انقطاع الكهرباء لساعات طويلة في البصرة.")
    assert all(e.event_type != "Explosions/Remote violence" for e in events)


def test_a_north_caucasus_republic_is_placed_in_russia() -> None:
    events = _events("قتل ثلاثة أشخاص في هجوم مسلح على مركز للشرطة في الشيشان يوم الأحد.")
    assert [(e.location, e.country) for e in events] == [("Chechnya", "Russia")]


def test_a_claim_by_pronoun_names_the_author_of_the_act_told_before() -> None:
    events = _events("انفجرت سيارة مفخخة في سوق شعبي بمدينة كركوك أمس، ما أدى إلى مقتل ستة مدنيين.\n"
                     "وأعلن تنظيم داعش المسؤولية عنها.")
    assert [e.actor1 for e in events] == ["Islamic State (Iraq)"]


def test_leaders_counted_among_the_dead_after_a_toll_do_not_replace_it() -> None:
    events = _events("أعلن التحالف مقتل 30 من مسلحي الحوثي في عمليات بمديرية حيس أمس.\n"
                     "وأوضح التحالف أنه تم استهداف تجمعاتهم وتدمير آلياتهم، وأن من بين القتلى 4 قادة ميدانيين.")
    assert [e.fatalities for e in events] == [30]


def test_tyres_set_alight_and_skirmishes_with_police_are_one_riot() -> None:
    events = _events("وفي مدينة الكرك، أضرم المحتجون النار في إطارات على الطرقات أمس ووقعت مناوشات مع قوات الأمن.")
    assert [(e.sub_event_type, e.inter1, e.inter2) for e in events] == [("Violent demonstration", 5, 1)]


def test_a_nigerian_state_is_a_place_of_its_own() -> None:
    events = _events("اقتحم مسلحون قرية في ولاية زامفارا شمال غرب نيجيريا أمس وقتلوا 12 شخصا.")
    assert [(e.admin1, e.fatalities) for e in events] == [("Zamfara", 12)]


def test_a_verb_with_a_feminine_plural_object_is_read() -> None:
    events = _events("قال مسؤولون محليون إن مسلحين اختطفوهن من مدرستهن في ولاية زامفارا أمس.")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_girls_described_by_their_abduction_are_no_new_abduction() -> None:
    events = _events("أفرجت السلطات النيجيرية أمس عن الطالبات اللائي اختطفهن مسلحون من مدرستهن في ولاية زامفارا.")
    assert all(e.sub_event_type != "Abduction/forced disappearance" for e in events)


def test_a_dual_noun_counts_two_dead() -> None:
    events = _events("قتل مراهقان فلسطينيان برصاص الجيش الإسرائيلي شرق مدينة غزة يوم الجمعة.")
    assert [e.fatalities for e in events] == [2]


def test_people_who_were_killed_make_a_toll_not_the_speaker_an_attacker() -> None:
    events = _events("قالت السلطات إن ما لا يقل عن أربعة أشخاص قتلوا وأصيب عدد آخر عندما أطلق مسلح النار "
                     "داخل مكتب في مدينة دالاس الأمريكية أمس.")
    assert [(e.actor1, e.fatalities) for e in events] == [("Unidentified Armed Group (United States)", 4)]
    events = _events("قالت السلطات إن ثلاثة أشخاص على الأقل قتلوا وأصيب آخرون عندما أطلق مسلح النار في مطعم "
                     "بمدينة دالاس الأمريكية أمس.")
    assert [(e.actor1, e.fatalities) for e in events] == [("Unidentified Armed Group (United States)", 3)]


def test_the_side_that_suffers_attacks_is_their_target() -> None:
    events = _events("وامتدت المعارك أمس إلى مديرية حيس، حيث تتعرض ميليشيات الحوثي في المديرية لهجمات "
                     "من كل الاتجاهات.")
    assert [e.actor2 for e in events] == ["Ansar Allah (Houthis)"]
