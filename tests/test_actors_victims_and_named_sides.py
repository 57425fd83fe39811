"""Which side did it and which suffered it: security men told as the dead, an ambush laid for a
force, footage a group shows of its own act, blame laid on a side, the police or soldiers named
back to the state that was named or that announced them, and words that only look like actors."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2019, 5, 4)


def _sides(text: str, published: dt.date = DAY) -> list[tuple[str | None, str | None]]:
    doc = extract_text(text, published=published)
    return [(event.actor1, event.actor2) for event in doc.events]


def test_a_policeman_who_met_his_death_is_the_side_hit_not_the_shooter():
    sides = _sides("لقي شرطي مصرعه وأصيب اثنان آخران إثر قيام مسلحين بإطلاق النار على سيارتهم قرب مدينة المنيا.")
    assert sides == [("Unidentified Armed Group (Egypt)", "Police Forces of Egypt (2014-)")]


def test_soldiers_killed_in_an_act_told_by_its_pronoun_are_its_target():
    sides = _sides("نفذ مسلح عملية طعن قتل فيها جنديان إسرائيليان مساء أمس قرب مدينة الخليل.")
    assert sides and all(actor2 == "Military Forces of Israel (2009-2021)" for _, actor2 in sides)
    assert all(actor1 != "Military Forces of Israel (2009-2021)" for actor1, _ in sides)


def test_the_force_an_ambush_was_laid_for_is_its_target():
    sides = _sides("نصبت سرايا القدس كمينا لقوة إسرائيلية راجلة في مخيم طولكرم وأوقعت أفرادها بين قتيل وجريح.")
    assert sides == [("Al Quds Brigades", "Military Forces of Israel (2009-2021)")]


def test_footage_a_group_shows_of_a_sniping_is_of_its_own_act():
    sides = _sides("بثت كتائب القسام مساء اليوم مشاهد من قنص أحد جنود الاحتلال في حي الشجاعية شرق مدينة غزة.")
    assert sides == [("Al Qassam Brigades", "Military Forces of Israel (2009-2021)")]


def test_the_side_the_blame_is_laid_on_did_the_shelling():
    sides = _sides("وألقت وزارة الصحة باللوم على القوات الإسرائيلية في قصف مدرسة أدى إلى مقتل تسعة أشخاص في دير البلح.")
    assert sides and sides[0][0] == "Military Forces of Israel (2009-2021)"


def test_a_bare_police_after_another_states_police_was_named_is_that_police():
    text = ("اقتحمت شرطة الاحتلال باحات المسجد الأقصى صباح اليوم.\n"
            "واعتقلت الشرطة خمسة شبان من البلدة القديمة في القدس.")
    sides = _sides(text)
    assert ("Police Forces of Israel (2009-2021)", "Civilians (Palestine)") in sides


def test_a_bare_police_in_another_countrys_place_is_not_the_police_named_before():
    text = ("اعتقلت الشرطة الإسرائيلية ثلاثة شبان في القدس.\n"
            "كما قتل رجلا أمن في انفجار عبوة ناسفة في مدينة العريش شمال سيناء.")
    sides = _sides(text)
    assert ("Unidentified Armed Group (Egypt)", "Police Forces of Egypt (2014-)") in sides
    assert ("Police Forces of Israel (2009-2021)", "Civilians (Israel)") in sides


def test_a_place_in_a_relative_clause_does_not_take_a_bare_police_elsewhere():
    text = ("أوقفت قوات الأمن التركية ستة أشخاص في مدينة إسطنبول.\n"
            "وضبطت قوات الأمن مسدسا خلال تفتيش المشتبهين الذين كانوا يرتدون ملابس المسلحين في جبال قنديل.")
    doc = extract_text(text, published=DAY)
    assert [m.attrs["key"] for m in doc.mentions["actor"] if m.text == "قوات الأمن"] == ["state:TR:police"]


def test_soldiers_an_army_counts_among_its_dead_are_its_own():
    sides = _sides("أعلنت وزارة الدفاع التركية مقتل ثلاثة جنود في اشتباك مع مسلحين شمالي العراق.")
    assert sides and all(actor != "Military Forces of Iraq (2018-2020)" for side in sides for actor in side)
    assert any("Military Forces of Turkey (2016-)" in side for side in sides)


def test_an_armoured_personnel_carrier_is_no_soldiers():
    doc = extract_text("دمرت غارة للتحالف الدولي ناقلة جنود قرب مدينة الفلوجة.", published=DAY)
    assert [m.attrs["key"] for m in doc.mentions.get("actor", [])] == ["coalition_global"]


def test_kurdish_rebels_in_turkey_are_the_pkk():
    sides = _sides("قتل أربعة متمردين أكراد في اشتباكات مع قوات الأمن التركية في ولاية هكاري.", dt.date(2016, 5, 9))
    assert sides and sides[0][1] == "PKK - Kurdistan Workers' Party"


def test_the_men_of_a_named_group_are_its_fighters_not_civilians():
    sides = _sides("اندلعت اشتباكات عنيفة بين رجال المقاومة الشعبية ومسلحي جماعة الحوثي في مديرية كرش.", dt.date(2016, 3, 1))
    assert sides == [("Popular Resistance (Yemen)", "Ansar Allah (Houthis)")]


def test_an_armed_attack_of_a_named_group_is_that_groups():
    sides = _sides("قتل حوثيان في هجوم مسلح للمقاومة على نقطة تفتيش بمديرية الخوخة.", dt.date(2016, 3, 1))
    assert sides == [("Popular Resistance (Yemen)", "Ansar Allah (Houthis)")]


def test_a_group_after_a_denied_act_is_no_side_of_the_act_told_before_it():
    sides = _sides("قصفت المدفعية مواقع لحزب العمال الكردستاني في جبال قنديل ولم تقصف تنظيم داعش.", dt.date(2015, 8, 9))
    assert sides and all("Islamic State (Iraq)" not in side for side in sides)
    assert sides[0][1] == "PKK - Kurdistan Workers' Party"


def test_a_police_officer_who_tells_the_dead_of_a_bombing_did_not_bomb():
    text = ("قتل تسعة أشخاص في تفجيرين قرب سوق مدينة مايدوغوري صباح اليوم.\n"
            "وقال مسؤول في الشرطة إن 9 أشخاص قتلوا في هجومين انتحاريين قرب السوق.")
    sides = _sides(text, dt.date(2015, 7, 10))
    assert sides and all(not (actor1 or "").startswith("Police Forces") for actor1, _ in sides)


def test_the_actor_between_a_target_verb_and_the_site_it_struck_is_the_subject():
    sides = _sides("مع دخول اليوم العاشر للقصف، استهدف الاحتلال مستشفى العودة شمال القطاع بالقذائف المدفعية.", dt.date(2024, 2, 1))
    assert sides and sides[0][0] == "Military Forces of Israel (2022-)"


def test_the_group_an_air_strike_was_marked_as_hitting_stays_the_side_struck():
    text = ("وشنت تركيا حملة ضد تنظيم داعش والمسلحين الأكراد. "
            "لكن الغارات التي تلتها استهدفت المتمردين الأكراد في جبال قنديل شمالي العراق.")
    sides = _sides(text, dt.date(2015, 8, 9))
    assert sides and sides[0][1] == "PKK - Kurdistan Workers' Party"


def test_arrests_with_no_arrester_marked_are_the_police_the_sentence_names():
    text = ("انتشرت شرطة الاحتلال بكثافة في محيط المسجد الأقصى فجر اليوم. "
            "وطوقت الشرطة أبواب البلدة القديمة، وتم اعتقال خمسة عشر فلسطينيا في القدس.")
    sides = _sides(text)
    assert ("Police Forces of Israel (2009-2021)", "Civilians (Palestine)") in sides
    assert all(actor1 != "Police Forces of Palestine (2007-)" for actor1, _ in sides)
