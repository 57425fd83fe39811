"""The side hit (actor2) across classes of phrasing: never the acting side's own camp (its
parent movement, the settlers the army guards), never the author of another act of the
sentence, a military vehicle of a nationality is that state's force, a car of a people
carries its civilians, and a policeman or security man hit is the police, not civilians."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2024, 9, 4)


def _sides(text: str, published: dt.date = DAY) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text, published=published)
    return [(event.sub_event_type, event.actor1, event.actor2) for event in doc.events]


def test_an_armed_wing_glossed_by_its_movement_does_not_fight_that_movement():
    sides = _sides("نشرت كتائب القسام، الجناح العسكري لحركة المقاومة الإسلامية (حماس)، صورا لقنص مقاتليها "
                   "جنديا قرب بيت حانون.")
    assert sides and all(actor1 == "Al Qassam Brigades" for _, actor1, _ in sides)
    assert all(actor2 == "Military Forces of Israel (2022-)" for _, _, actor2 in sides)


def test_a_military_vehicle_named_by_nationality_is_that_states_force():
    carrier = _sides("قالت كتائب القسام إن مقاتليها استهدفوا ناقلة جند إسرائيلية بقذيفة مضادة للدروع في حي الزيتون.")
    bulldozer = _sides("فجر مقاومون عبوة ناسفة بجرافة عسكرية إسرائيلية عند مدخل مخيم الفارعة.")
    assert carrier and all(actor2 == "Military Forces of Israel (2022-)" for _, _, actor2 in carrier)
    assert bulldozer and all(actor2 == "Military Forces of Israel (2022-)" for _, _, actor2 in bulldozer)


def test_a_personnel_carrier_is_a_force_only_with_its_nationality():
    alone = _sides("أفاد مصدر عسكري بأن مسلحين استهدفوا ناقلة جنود قرب مدينة إنخل.", dt.date(2016, 3, 2))
    russian = _sides("أفاد مصدر عسكري بأن مسلحين استهدفوا ناقلة جنود روسية قرب مدينة إنخل.", dt.date(2016, 3, 2))
    assert alone and alone[0][2] is None
    assert russian and russian[0][2] == "Military Forces of Russia (2000-)"


def test_the_author_of_another_clause_is_not_the_side_a_strike_hit():
    sides = _sides("قصفت طائرة مسيرة إسرائيلية سيارة فلسطينية في بلدة قباطية، في حين اقتحم مستوطنون "
                   "أراضي زراعية قرب نابلس.")
    strikes = [actor2 for sub, actor1, actor2 in sides if actor1 == "Military Forces of Israel (2022-)"]
    assert strikes == ["Civilians (Palestine)"]


def test_settlers_are_never_the_side_the_israeli_army_shells():
    sides = _sides("قصفت المدفعية الإسرائيلية أطراف بلدة عيتا الشعب، بينما أحرق مستوطنون محاصيل في قرية المغير.")
    shelling = [actor2 for sub, actor1, actor2 in sides if actor1 == "Military Forces of Israel (2022-)"]
    assert shelling and "Settlers (Israel)" not in shelling


def test_a_car_of_a_people_carries_its_civilians():
    sides = _sides("أطلق مسلحون فلسطينيون النار على سيارة إسرائيلية عند مفترق مستوطنة أريئيل.")
    assert sides and sides[0][2] == "Civilians (Israel)"


def test_a_policeman_or_security_man_hit_is_the_police():
    policeman = _sides("فتح مجهولون النار على الشرطي قرب مركز التسوق في مدينة ديار بكر.", dt.date(2015, 8, 1))
    security_man = _sides("استشهد رجل أمن إثر إطلاق نار من مسلحين على نقطة تفتيش في محافظة القطيف.", dt.date(2015, 8, 1))
    assert policeman and policeman[0][2] == "Police Forces of Turkey (2002-2016)"
    assert security_man and security_man[0][2] == "Police Forces of Saudi Arabia (2015-)"


def test_the_fallen_on_duty_are_security_men():
    sides = _sides("زار الأمير أسر شهداء الواجب الذين سقطوا في التفجير الإرهابي بمدينة نجران.", dt.date(2015, 8, 8))
    assert sides and all(actor2 == "Police Forces of Saudi Arabia (2015-)" for _, _, actor2 in sides)


def test_the_dead_of_a_blast_told_among_armed_men_are_no_civilians():
    sides = _sides("وقال المصدر إن عشرين قتيلا وجريحا سقطوا في صفوف المتمردين جراء انفجار مخزن ذخيرة في مدينة صعدة.",
                   dt.date(2015, 8, 1))
    assert sides and all(actor2 is None or not actor2.startswith("Civilians") for _, _, actor2 in sides)


def test_people_counted_at_an_armed_sides_post_are_its_men():
    post = _sides("لقي أربعة أشخاص حتفهم في تفجير استهدف حاجزا للجيش جنوب مدينة الشيخ زويد في شمال سيناء.",
                  dt.date(2015, 8, 1))
    civilians = _sides("لقي أربعة مدنيين حتفهم في تفجير استهدف حاجزا للجيش جنوب مدينة الشيخ زويد في شمال سيناء.",
                       dt.date(2015, 8, 1))
    assert post and post[0][2] == "Military Forces of Egypt (2014-)"
    assert civilians and civilians[0][2] == "Civilians (Egypt)"
