"""Sides not reversed: a state force an unnamed armed side clashed with fought it (a raid, a
security sweep); a force waging an operation is its agent even where one of its men fell;
ground a side held before, or whose front lines were broken, was lost by that side; a soldier
who fell when a mine went off did not set it off."""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 3, 20)


def _sides(text: str, day: dt.date = DAY) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in marsad.extract(text, published=day).events]


def test_the_force_unnamed_dead_militants_clashed_with_is_actor1():
    sides = _sides("أعلنت وزارة الداخلية مقتل سبعة إرهابيين في اشتباكات مع قوات الأمن خلال مداهمة "
                   "مزرعة في محافظة الجيزة أمس.")
    clash = [s for s in sides if s[0] == "Armed clash"]
    assert clash and clash[0][1] == "Police Forces of Egypt (2014-)"
    assert clash[0][2] == "Unidentified Armed Group (Egypt)"


def test_a_force_that_lost_men_in_a_clash_with_gunmen_stays_the_target():
    sides = _sides("قتل شرطيان في تبادل لإطلاق النار مع مسلحين مجهولين في محافظة الجيزة أمس.")
    assert sides and sides[0][1] == "Unidentified Armed Group (Egypt)"
    assert sides[0][2] == "Police Forces of Egypt (2014-)"


def test_a_named_group_the_army_clashed_with_keeps_its_roles():
    sides = _sides("قتل أربعة جنود عراقيين في اشتباكات مع تنظيم داعش قرب مدينة الرمادي أمس.", dt.date(2016, 5, 2))
    assert sides and sides[0][1] == "Islamic State (Iraq)"


def test_an_army_waging_an_operation_is_its_agent_though_one_of_its_soldiers_fell():
    sides = _sides("قتل جندي تركي خلال عملية عسكرية للجيش التركي ضد مسلحي حزب العمال الكردستاني "
                   "في ولاية شرناق أمس.")
    assert sides and sides[0][1].startswith("Military Forces of Turkey")
    assert sides[0][2] == "PKK - Kurdistan Workers' Party"


def test_a_place_that_was_in_the_hands_of_a_group_was_not_taken_by_it():
    sides = _sides("سيطرت القوات الموالية للرئيس على بلدة الحوطة التي كانت في أيدي مسلحي الحوثي منذ شهرين.",
                   dt.date(2015, 8, 2))
    territory = [s for s in sides if "territory" in s[0]]
    assert territory and territory[0][1] != "Ansar Allah (Houthis)"
    assert territory[0][2] == "Ansar Allah (Houthis)"


def test_the_side_whose_front_lines_were_broken_lost_the_ground():
    sides = _sides("وتمكنت القوات من استعادة ثلاث قرى في مديرية حيس بعد اختراق الخطوط الأمامية لمسلحي الحوثي.",
                   dt.date(2018, 6, 2))
    territory = [s for s in sides if "territory" in s[0]]
    assert territory and territory[0][1] != "Ansar Allah (Houthis)"
    assert territory[0][2] == "Ansar Allah (Houthis)"


def test_a_group_driven_outside_its_stronghold_lost_it():
    sides = _sides("تمكن المقاتلون المحليون من طرد الحوثيين خارج آخر معاقلهم في مدينة الضالع أمس.",
                   dt.date(2015, 8, 2))
    territory = [s for s in sides if "territory" in s[0]]
    assert territory and territory[0][1] != "Ansar Allah (Houthis)"


def test_a_soldier_who_fell_when_a_mine_went_off_did_not_set_it_off():
    sides = _sides("ذكرت وسائل إعلام أن جنديا قتل في ولاية شرناق حين انفجر لغم أرضي بمركبة عسكرية.",
                   dt.date(2015, 8, 3))
    assert sides and sides[0][1] == "Unidentified Armed Group (Turkey)"
    assert sides[0][2] == "Military Forces of Turkey (2002-2016)"


def test_soldiers_counted_for_a_coalition_named_after_them_are_its_losses():
    sides = _sides("قتل انفجار عبوة ناسفة جنديين للتحالف قرب مدينة منبج أمس.")
    assert sides and sides[0][2] == "Global Coalition Against Daesh"


def test_an_air_arm_right_after_a_target_verb_is_its_subject():
    sides = _sides("واستهدفت طائرات التحالف الدولي مخازن أسلحة وعربات مدرعة قرب مدينة تلعفر أمس.", dt.date(2016, 5, 2))
    assert sides and sides[0][1] == "Global Coalition Against Daesh"


def test_a_side_whose_targets_were_struck_earlier_in_the_clause_did_not_strike():
    sides = _sides("وإلى جانب أهداف لحزب العمال الكردستاني ضربت المقاتلات التركية مواقع في شمال العراق أمس.",
                   dt.date(2015, 8, 2))
    assert sides and sides[0][1].startswith("Military Forces of Turkey")
