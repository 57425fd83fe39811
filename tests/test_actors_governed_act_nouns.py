"""The author of an act noun its own words govern: a definite genitive followed by an
indefinite member noun is the author ("استهداف قوات X عناصر ..."); an ambush a laying verb
governs was laid by that verb's subject for the side after the noun; a relative clause
with a launching verb ("X التي نفذت حملة اعتقالات") tells the act of its antecedent."""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2024, 6, 12)


def _sides(text: str, day: dt.date = DAY) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in marsad.extract(text, published=day).events]


def test_the_genitive_of_a_targeting_noun_before_its_member_object_is_the_author():
    sides = _sides("استشهد أربعة فلسطينيين أمس إثر استهداف قوات الاحتلال عناصر شرطة تحرس قافلة "
                   "طحين في مدينة دير البلح.")
    assert sides and sides[0][1] == "Military Forces of Israel (2022-)"


def test_the_genitive_of_a_targeting_noun_with_nothing_after_it_stays_the_target():
    sides = _sides("أصيب جندي أمس في استهداف قوات الاحتلال عند حاجز قلنديا شمال القدس.")
    assert sides and sides[0][1] != "Military Forces of Israel (2022-)"


def test_the_subject_of_a_laying_verb_set_the_ambush_for_the_side_after_it():
    sides = _sides("نصبت سرايا القدس أمس عدة كمائن لقوات الاحتلال شرق مدينة خان يونس.")
    assert sides and sides[0][1:] == ("Al Quds Brigades", "Military Forces of Israel (2022-)")


def test_an_ambush_of_a_group_with_no_laying_verb_is_that_group_s():
    sides = _sides("قتل جنديان إسرائيليان أمس في كمين للمقاومة شرق مدينة خان يونس.")
    assert sides and sides[0][1] == "Palestinian Resistance Factions"


def test_a_relative_clause_tells_the_arrests_of_its_antecedent_not_of_the_side_before():
    sides = _sides("وقعت مواجهات فجر اليوم في طوباس بين مقاومين وقوات الاحتلال التي شنت حملة "
                   "اعتقالات واسعة في البلدة.")
    arrests = [s for s in sides if s[0] == "Arrests"]
    assert arrests and arrests[0][1] == "Military Forces of Israel (2022-)"


def test_a_verb_with_its_subject_left_out_carries_the_country_of_the_sentence_before():
    sides = _sides("قصفت تركيا مخابئ لحزب العمال الكردستاني في جبال قنديل ليلة أمس. كما قصفت مواقع "
                   "أخرى في قضاء سنجار.", dt.date(2018, 9, 9))
    assert len(sides) == 2 and sides[1][1] == "Military Forces of Turkey (2016-)"


def test_a_verb_with_its_subject_left_out_carries_the_country_opening_its_own_sentence():
    sides = _sides("كثفت إسرائيل هجماتها على جنوب لبنان، إذ قتلت ثلاثة مدنيين في بلدة عيتا الشعب أمس.")
    assert sides and sides[0][1] == "Military Forces of Israel (2022-)"


def test_no_country_is_carried_from_a_place_after_a_preposition():
    sides = _sides("في تركيا قتل شرطي أمس. كما قتلت امرأة في أنقرة.", dt.date(2018, 9, 9))
    assert all(not (s[1] or "").startswith("Military Forces of Turkey") for s in sides)


def test_a_country_that_ends_a_place_name_opening_the_text_is_no_carried_subject():
    sides = _sides("كردستان العراق: مسلحون يقتحمون مقرا حكوميا في أربيل ويحتجزون موظفين رهائن.", dt.date(2018, 9, 9))
    assert sides and all(not (s[1] or "").startswith("Military Forces of Iraq") for s in sides)
