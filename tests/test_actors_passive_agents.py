"""Agents named in passive and relative forms, aircraft with no side named, and arrests of
an armed group by the armed side the story names as arresting it."""

from __future__ import annotations

import datetime as dt

from support import trigger_roles

from marsad.pipeline import extract_text

DAY = dt.date(2019, 5, 6)


def _sides(text: str, sub_type: str) -> list[tuple[str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == sub_type]


def test_agent_after_a_relative_verb_with_a_force_noun_beats_an_earlier_victim():
    sides = _sides("طلب الوزير معلومات عن المتعاقدين العسكريين الروس الذين قتلوا في الغارة التي نفذتها "
                   "قوات التحالف الدولي قرب مدينة الميادين السورية يوم الأحد.", "Air/drone strike")
    assert sides and sides[0] == ("Global Coalition Against Daesh", "Private Military Contractors (Russia)")


def test_helicopters_firing_at_gunmen_are_the_air_power_of_the_place_not_an_unknown_group():
    doc = extract_text("وقال شهود إن طائرات هليكوبتر أطلقت النار الأربعاء مستهدفة مسلحين على أسطح المنازل "
                       "في مدينة المخا اليمنية.", published=DAY)
    firing = [e for e in doc.events if e.event_type in {"Battles", "Violence against civilians"}]
    assert firing and all(e.actor1 == "Military Forces of Saudi Arabia (2015-)" for e in firing)


def test_unnamed_arrester_of_a_group_is_the_armed_side_the_story_names_arresting_it():
    text = ("أعلنت المقاومة الشعبية في اليمن اعتقال عشرين من مسلحي الحوثي في مدينة لحج يوم الجمعة.\n"
            "وقالت مصادر محلية إن القبض على خمسة من قيادات الحوثيين تم يوم السبت في حي الجحملية بمدينة تعز.")
    sides = _sides(text, "Arrests")
    assert len(sides) >= 2 and all(a1 == "Popular Resistance (Yemen)" for a1, _ in sides)


def test_unnamed_arrester_of_a_group_no_armed_side_arrests_is_the_police():
    sides = _sides("وقالت مصادر محلية إن القبض على ثلاثة من عناصر تنظيم داعش تم في حي الكرادة ببغداد "
                   "يوم الجمعة.", "Arrests")
    assert sides and sides[0][0].startswith("Police Forces of Iraq")


def test_rockets_never_target_a_group_of_the_firing_camp():
    sides = _sides("أطلقت الفصائل الفلسطينية قذائف صوب بلدات جنوب إسرائيل فجر الأحد، مهددة باغتيال "
                   "قادة حركة حماس.", "Shelling/artillery/missile attack")
    assert sides and sides[0] == ("Palestinian Resistance Factions", "Civilians (Israel)")


def test_sides_of_between_before_a_bombardment_face_each_other_with_the_state_shelling():
    sides = _sides("في اليوم العاشر من الحرب، تواصلت الاشتباكات بين المقاومة والاحتلال، في ظل قصف مكثف "
                   "على بيت لاهيا شمال قطاع غزة.", "Shelling/artillery/missile attack")
    assert sides and sides[0][0].startswith("Military Forces of Israel")
    assert sides[0][1] == "Palestinian Resistance Factions"


def test_suicide_bomber_described_as_a_member_of_a_group_acted_for_it():
    sides = _sides("وقال الباحث إن الطالب أحمد عمر الذي فجر نفسه في عملية انتحارية في مدينة دير الزور السورية "
                   "يوم الخميس، كان أحد عناصر «داعش» البارزين في الجامعة.", "Suicide bomb")
    assert sides and sides[0][0] == "Islamic State (Syria)" and sides[0][1] != "Islamic State (Syria)"


def test_a_merger_under_a_new_name_is_coded_to_the_group_named():
    sides = _sides("اندمجت عدة فصائل مسلحة في ريف حلب الغربي في تحالف جديد تحت اسم جبهة التحرير الوطنية "
                   "يوم الأربعاء.", "Change to group/activity")
    assert sides == [("National Front for Liberation", None)]


def test_fighters_described_as_opposition_are_the_rebels_not_an_unknown_group():
    doc = extract_text("تم الأحد إجلاء مقاتلين معارضين من بلدة نوى، بينما خرج مسلحون معارضون من مدينة جاسم.",
                       published=DAY)
    names = {m.value.name for m in doc.of_kind("actor") if m.value is not None}
    assert names == {"Opposition Rebels (Syria)"}


def test_an_air_arm_named_with_a_ground_force_backs_it_in_a_ground_battle():
    sides = _sides("وأشارت المصادر إلى أن طيران التحالف والجيش العراقي سيطرا على قرية البوعلي بعد معارك مع "
                   "تنظيم داعش يوم الأحد شمال الرمادي.", "Government regains territory")
    assert sides and sides[0][0].startswith("Military Forces of Iraq")


def test_a_force_named_by_its_strike_after_a_passive_target_verb_is_the_agent():
    sides = _sides("وكان القيادي في جماعة خراسان قد استهدف بضربة جوية أمريكية قرب بلدة الدانا في ريف إدلب "
                   "يوم الجمعة الماضي.", "Air/drone strike")
    assert sides and sides[0][0] == "Military Forces of the United States (2017-2021)"


def test_relative_launch_verb_names_the_shells_author_and_the_nearest_author_wins():
    text = ("سقطت عشرات القذائف التي أطلقتها الفصائل المقاتلة على بلدة الفوعة، أعقبها قصف من قبل "
            "قوات النظام على بلدة بنش")
    assert trigger_roles(text, "القذائف", "SY", DAY)[0] == "Opposition Rebels (Syria)"
    assert trigger_roles(text, "قصف", "SY", DAY)[0] == "Military Forces of Syria (2000-)"


def test_air_power_backing_a_group_strikes_the_groups_enemy():
    doc = extract_text("نجحت المقاومة الشعبية في صد هجوم لميليشيات الحوثي على مدينة الضالع وبدعم طيران التحالف "
                       "الذي شن غارات على مواقعهم يوم الأحد.", published=DAY)
    strikes = [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(side != "Popular Resistance (Yemen)" for pair in strikes for side in pair)


def test_helicopters_over_sinai_are_egypts():
    doc = extract_text("أطلقت مروحيات أباتشي صواريخ على مواقع للمسلحين جنوب مدينة العريش يوم الأحد.", published=DAY)
    strikes = [e.actor1 for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert strikes == ["Military Forces of Egypt (2014-)"]


def test_a_country_named_as_the_subject_of_an_attack_acts_through_its_army():
    assert trigger_roles("قصفت تركيا مواقع لحزب العمال الكردستاني في جبال قنديل", "قصفت", "IQ", DAY,
                         voice="active")[0] == "Military Forces of Turkey (2016-)"
    assert trigger_roles("وكانت إسرائيل قد قتلت ثلاثة من عناصر حركة الجهاد الإسلامي", "قتلت", "PS", DAY,
                         voice="active")[0] == "Military Forces of Israel (2009-2021)"


def test_a_country_that_is_only_the_place_is_no_agent():
    assert trigger_roles("قتل مسلحون مجهولون ثلاثة جنود في مصر", "قتل", "EG", DAY,
                         voice="active")[0] != "Military Forces of Egypt (2014-)"
