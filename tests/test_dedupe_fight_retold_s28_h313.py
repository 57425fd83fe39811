"""One fight retold with its one exact toll is one battle (EVENTS.md: one event per incident).

A battle has no victim, so a lead and its body may name its two sides in either
order; the body may date it by the statement ("أمس") beside the lead's act day,
and a statement's retelling may place it at the city the lead only measured the
place from ("في محافظة القليوبية شمال القاهرة").  The same exact toll for the same
two sides in such a retelling is one fight (dedupe `_fight_retold`).  A fight a
writer tells right after in another province, a separate incident and a
different toll stay apart.
"""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2015, 7, 22)


def _battles(text: str) -> list[tuple[str, str | None, int]]:
    return [
        (e.sub_event_type, e.admin1, e.fatalities)
        for e in extract_text(text, published=PUBLISHED).events if e.event_type == "Battles"
    ]


def test_a_lead_and_its_body_with_sides_swapped_a_day_apart_are_one_fight() -> None:
    assert _battles(
        "أعلن الجيش الأفغاني الثلاثاء أن سبعة من جنوده قتلوا الاثنين في اشتباكات مع مسلحي طالبان "
        "في منطقة باراكي باراك بإقليم لوجار. "
        "وقال المتحدث باسم حاكم الإقليم إن مسلحي طالبان هاجموا نقطة تفتيش للجيش في المنطقة فجرا. "
        "وأشار الجيش إلى أن مسلحي طالبان قتلوا سبعة جنود في منطقة باراكي باراك أمس."
    ) == [("Armed clash", "Logar", 7)]


def test_a_statement_retelling_at_the_lead_locator_city_is_the_fight_at_the_lead_place() -> None:
    assert _battles(
        "أعلنت وزارة الداخلية المصرية الثلاثاء أن ستة عناصر من حركة حسم قتلوا في تبادل لإطلاق النار "
        "مع قوات الأمن في محافظة القليوبية شمال القاهرة. "
        "وأضاف البيان أن عناصر حركة حسم بادرت بإطلاق النار على قوات الأمن في القاهرة "
        "وأسفر التعامل معها عن مصرع ستة عناصر."
    ) == [("Armed clash", "Qalubia", 6)]


def test_a_fight_the_writer_tells_next_in_another_province_stays_apart() -> None:
    assert len(_battles(
        "قتل ستة جنود في اشتباكات مع مسلحي طالبان في منطقة باراكي باراك بإقليم لوجار الاثنين. "
        "وقتل ستة جنود في اشتباكات مع مسلحي طالبان في مدينة غزني الاثنين."
    )) == 2


def test_a_separate_incident_with_the_same_toll_stays_apart() -> None:
    assert len(_battles(
        "قتل ستة جنود في اشتباكات مع مسلحي طالبان في منطقة باراكي باراك بإقليم لوجار الاثنين. "
        "وفي حادث منفصل، قتل ستة جنود في اشتباكات مع مسلحي طالبان في إقليم غزني الاثنين."
    )) == 2


def test_another_toll_on_another_day_stays_apart() -> None:
    assert len(_battles(
        "قتل ستة جنود في اشتباكات مع مسلحي طالبان في منطقة باراكي باراك بإقليم لوجار الاثنين. "
        "وقتل أربعة جنود في اشتباكات مع مسلحي طالبان في إقليم لوجار الثلاثاء."
    )) == 2


def _codings(text: str) -> list[tuple[str, int]]:
    return [(e.sub_event_type, e.fatalities) for e in extract_text(text, published=dt.date(2015, 8, 2)).events]


def test_a_house_burnt_in_the_attack_that_killed_is_that_attack() -> None:
    # one arson that killed a child: the attack on the family, not also property destruction
    assert _codings(
        "ويوم الجمعة أحرق مستوطنون متطرفون منزلا فلسطينيا في قرية دوما مما أدى إلى استشهاد رضيع "
        "فلسطيني وإصابة والديه بحروق خطيرة."
    ) == [("Attack", 1)]


def test_looting_beside_a_deathless_attack_stays_its_own_event() -> None:
    assert sorted(_codings(
        "وأكدت الوزارة وجود تقارير عن إعدامات ميدانية وعمليات نهب يقوم بها مسلحون في مدينة عفرين."
    )) == [("Attack", 0), ("Looting/property destruction", 0)]


def _acts(text: str) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.admin1, e.fatalities) for e in extract_text(text, published=dt.date(2015, 7, 24)).events]


def test_a_bare_toll_placed_only_by_directions_is_the_strike_its_source_details() -> None:
    # "غربي كركوك 250 كم شمال بغداد" places nothing at Baghdad: the next sentence's strike is the act
    assert _acts(
        "أفاد مصدر أمني عراقي أمس الخميس بمقتل تسعة من عناصر تنظيم داعش غربي كركوك 250 كم شمال بغداد. "
        "وقال المصدر إن طيران التحالف قصف مواقع لعناصر داعش في قرية النصر غربي قضاء مخمور "
        "ما أسفر عن مقتل تسعة من عناصر داعش."
    ) == [("Air/drone strike", "Arbil", 9)]


def test_a_bare_toll_at_a_named_district_of_another_province_stays_apart() -> None:
    assert len(_acts(
        "أفاد مصدر أمني بمقتل تسعة من عناصر تنظيم داعش في قضاء الحويجة بمحافظة كركوك أمس الخميس. "
        "وقال المصدر إن طيران التحالف قصف مواقع لعناصر داعش في قضاء سنجار بمحافظة نينوى "
        "ما أسفر عن مقتل تسعة من عناصر داعش."
    )) == 2
