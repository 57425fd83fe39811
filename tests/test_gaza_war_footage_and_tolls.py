"""Gaza-war leads, second pass: a group's footage of its own attack, fighters named with
their nationality, and deaths told with no number of their own."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2024, 9, 10)
ISRAEL = "Military Forces of Israel (2022-)"


def _events(text: str) -> list[tuple]:
    doc = extract_text(text, published=DAY)
    return [(e.event_type, e.sub_event_type, e.actor1, e.actor2, e.fatalities, e.location) for e in doc.events]


def test_a_group_broadcasting_footage_of_its_fighters_blast_is_the_bomber():
    found = _events("بثت سرايا القدس اليوم مشاهد من تفجير مقاتليها آليات لجيش الاحتلال في بلدة عرابة جنوب جنين.")
    assert found and found[0][:4] == ("Explosions/Remote violence", "Remote explosive/landmine/IED",
                                      "Al Quds Brigades", ISRAEL)


def test_footage_of_a_groups_own_targeting_is_its_attack_not_the_armys():
    found = _events("بثت سرايا القدس مشاهد قالت إنها من استهداف مقاتليها جنودا للاحتلال في حي الجنينة شرق رفح.")
    assert found and found[0][2] == "Al Quds Brigades" and found[0][3] == ISRAEL


def test_footage_of_battles_is_no_film():
    found = _events("بثت كتائب القسام اليوم مشاهد لمعارك مع جيش الاحتلال في حي الشجاعية شرق مدينة غزة.")
    assert found and found[0][:2] == ("Battles", "Armed clash") and found[0][3] == ISRAEL


def test_soldiers_targeted_where_they_are_posted_are_hit_there():
    found = _events("أعلنت كتائب القسام استهداف جنود الاحتلال المتمركزين في حي تل السلطان غرب رفح.")
    assert found and found[0][2] == "Al Qassam Brigades" and found[0][5] == "Tall as-Sultan"


def test_fighters_with_a_nationality_are_one_armed_side_not_civilians():
    found = _events("اندلعت اشتباكات بين مسلحين فلسطينيين وقوات الاحتلال في مدينة طوباس شمال الضفة الغربية.")
    assert found and found[0][:2] == ("Battles", "Armed clash")
    assert {found[0][2], found[0][3]} == {"Unidentified Armed Group (Palestine)", ISRAEL}


def test_civilians_with_a_nationality_after_a_force_are_no_force_of_that_nation():
    found = _events("قتلت قوات الاحتلال مدنيين فلسطينيين في مدينة قلقيلية شمال الضفة الغربية.")
    assert found and found[0][2] == ISRAEL and found[0][3] == "Civilians (Palestine)"


def test_killed_and_wounded_counted_together_leave_deaths_with_no_number():
    found = _events("قصف الاحتلال حي الزيتون بمدينة غزة، مما أسفر عن استشهاد وجرح عدد من المواطنين.")
    assert found and found[0][4] == 3
    found = _events("شنت طائرات الاحتلال غارات على دير البلح، مما أدى إلى مقتل وإصابة العشرات.")
    assert found and found[0][4] == 3


def test_a_war_total_of_killed_and_wounded_is_no_toll():
    found = _events("قال قائد الجيش إن قواته قتلت وجرحت أكثر من 150 ألف شخص في قصف قطاع غزة.")
    assert all(e[4] == 0 for e in found)


def test_one_person_named_by_a_nationality_or_a_female_soldier_is_one_dead():
    found = _events("أفادت مصادر محلية باستشهاد فلسطيني وإصابة آخر برصاص الاحتلال في بلدة بيتا جنوب نابلس.")
    assert found and found[0][4] == 1
    found = _events("أطلق مسلح النار في محطة حافلات بمدينة بئر السبع مما أسفر عن مقتل مجندة وإصابة 8 أشخاص.")
    assert found and found[0][4] == 1


def test_a_sentence_opening_with_a_named_martyr_tells_one_dead():
    found = _events("استشهد سامي خليل عودة مدرب فريق الشاطئ لكرة القدم في غارة إسرائيلية على مخيم الشاطئ.")
    assert found and found[0][4] == 1


def test_cited_is_no_death():
    found = _events("استشهد بقول الشاعر في خطابه أمام أنصاره في مدينة غزة.")
    assert all(e[4] == 0 for e in found)


def test_a_person_told_dead_before_the_pair_is_the_toll():
    found = _events("قالت الوكالة إن طفلا قتل وأصيب 12 مدنيا في قصف للمسلحين على حي سكني في مدينة حلب.")
    assert found and found[0][4] == 1


def test_co_claimants_of_one_operation_back_it_and_are_not_its_target():
    doc = extract_text("أعلنت كتائب القسام مسؤوليتها المشتركة مع سرايا القدس عن عملية إطلاق نار قرب قرية "
                       "عزون شرق قلقيلية أسفرت عن مقتل إسرائيليين اثنين.", published=DAY)
    assert doc.events
    event = doc.events[0]
    assert (event.actor1, event.assoc_actor_1) == ("Al Qassam Brigades", "Al Quds Brigades")
    assert event.actor2 == "Civilians (Israel)"


def test_the_news_a_source_gives_after_bi_is_no_part_of_the_source():
    found = _events("أفادت مصادر محلية باستشهاد شاب برصاص قوات الاحتلال في مخيم الفارعة جنوب طوباس فجر اليوم.")
    assert found and found[0][:4] == ("Violence against civilians", "Attack", ISRAEL, "Civilians (Palestine)")
    assert found[0][4] == 1


def test_a_market_named_for_a_weekday_dates_nothing():
    doc = extract_text("أصيب مواطنون في قصف مدفعي إسرائيلي قرب سوق الخميس شرق دير البلح وسط قطاع غزة.", published=DAY)
    assert doc.events and doc.events[0].event_date == DAY.isoformat()


def test_a_civilian_named_by_a_definite_noun_is_the_side_hit():
    found = _events("استشهد الطفل يوسف حمدان في قصف إسرائيلي على مخيم المغازي وسط قطاع غزة.")
    assert found and found[0][3] == "Civilians (Palestine)" and found[0][4] == 1
