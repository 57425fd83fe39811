"""NUMBERS stage: tolls told without a plain count — vague objects, named victims with
companions, an attacker killed with his victims — and the guards that keep the wounded
and the arrested out of the dead and share one toll across places."""

from __future__ import annotations

import datetime as dt

import pytest
from support import count_roles

from marsad.pipeline import extract_text


def killed(text: str) -> int:
    """Sum of the killed counts of a one-sentence text."""
    return sum(value for value, role in count_roles(text) if role == "killed")


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        # a vague count of people named before ("عددا منهم")
        ("اقتحم المسلحون مقر الشرطة في البلدة وقتلوا عددا منهم.", 3),
        ("قتل الجيش عددا منهم خلال المداهمة في الحي الشرقي.", 3),
        # a vague partitive after a noun of things still counts the people after it
        ("قتلت الغارات عددا من المدنيين في البلدة الجبلية.", 3),
        ("دمر القصف منازل عدة في القرية.", 0),
        # an indefinite plural object with the accusative ending
        ("نصبت الحركة كمينا للدورية وقتلت جنودا منها.", 3),
        # one person for object of a plural killing verb is one dead, not a group
        ("فتح مسلحون النار على الحافلة فقتلوا سائقها.", 1),
        ("هاجم المسلحون الحاجز وقتلوا أحد حراسه.", 1),
        ("هاجم المسلحون الحاجز وقتلوا جنديين.", 2),
    ],
)
def test_vague_and_object_tolls(sentence: str, dead: int) -> None:
    assert killed(sentence) == dead


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        # persons joined to one killed, past a name of up to three words
        ("استشهد المصور سامي الحلبي وزميله في قصف على الحي.", 2),
        ("استشهدت الطفلة ليلى وشقيقتها في قصف على الحي.", 2),
        ("قتل المهندس خالد سعيد الراوي وصديقه في انفجار بالسوق.", 2),
        # a vague count of a leader's retinue adds to the leader himself
        ("قتل قائد الكتيبة أبو حسن وعدد من مرافقيه في كمين.", 4),
        ("قتل القيادي عمر الناصر وأربعة من حراسه في غارة.", 5),
        # the suicide attacker killed with his victims is counted
        ("قتل الانتحاري وأربعة من المصلين في التفجير.", 5),
    ],
)
def test_named_victims_and_companions(sentence: str, dead: int) -> None:
    assert killed(sentence) == dead


def test_a_list_set_off_by_a_comma_adds_its_dead() -> None:
    roles = count_roles("وأسفر الانفجار عن مقتل ستة من الحراس، وأربعة من الزوار، وإصابة عشرة آخرين.")
    assert roles == [(6, "killed"), (4, "killed"), (10, "wounded")]


def test_a_count_after_a_comma_with_its_own_cue_keeps_it() -> None:
    roles = count_roles("قتل ستة جنود في الهجوم على الثكنة، و4 آخرون أصيبوا بجروح.")
    assert roles == [(6, "killed"), (4, "wounded")]


@pytest.mark.parametrize(
    "sentence",
    [
        "أصيب سبعة من العمال بجروح خطيرة في انفجار عبوة ناسفة قرب المصنع.",
        "اعتقلت الشرطة ثمانية مطلوبين وأصابت اثنين منهم خلال المداهمة.",
        "اختطف المسلحون عددا منهم واقتادوهم إلى جهة مجهولة.",
    ],
)
def test_wounded_arrested_and_abducted_are_never_dead(sentence: str) -> None:
    assert killed(sentence) == 0


def test_one_toll_at_two_places_is_shared_not_multiplied() -> None:
    doc = extract_text("قصفت الطائرات الحربية بلدتي سراقب وأريحا في ريف إدلب أمس ما أدى إلى مقتل 9 مدنيين.",
                       published=dt.date(2019, 6, 4))
    tolls = [e.fatalities for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(tolls) == 2 and sum(tolls) == 9


def test_a_list_cut_by_the_acts_clause_is_one_toll() -> None:
    doc = extract_text("أعلن المتحدث العسكري مقتل 30 من المتمردين، و7 من الجنود، في معارك اندلعت في جبل صبر أمس.",
                       published=dt.date(2015, 8, 2))
    battles = [e for e in doc.events if e.event_type == "Battles"]
    assert [e.fatalities for e in battles] == [37]


def test_a_quoted_retelling_of_the_same_toll_is_not_added() -> None:
    doc = extract_text("قتل نحو 12 شخصا في قرية على أطراف مدينة مايدوغوري أمس، وقال شاهد: «دخل المسلحون القرية "
                       "وقتلوا أكثر من 12 شخصا».", published=dt.date(2016, 3, 2))
    assert [e.fatalities for e in doc.events] == [12]


def test_a_quoted_count_of_other_dead_still_adds() -> None:
    doc = extract_text("قتل 4 جنود في هجوم على قرية قرب مدينة مايدوغوري أمس، وقال شاهد: «وقتلوا 4 مزارعين أيضا».",
                       published=dt.date(2016, 3, 2))
    assert sum(e.fatalities for e in doc.events) == 8


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        # an ordinal age is no count: "في الخامسة عشرة" is not fifteen, nor ten, dead
        ("قتل فتى في الخامسة عشرة برصاص الشرطة في الحي.", 1),
        ("أسفر الهجوم عن مقتل طالبة في السابعة عشرة من عمرها.", 1),
        # an attempted killing kills no one
        ("نجا الوزير من محاولة اغتيال استهدفت موكبه قرب الوزارة.", 0),
        ("اعتقلت الشرطة مشتبها به في محاولة اغتيال رئيس البلدية.", 0),
        ("اعتقلت الشرطة مشتبها به في اغتيال رئيس البلدية.", 1),
    ],
)
def test_ordinal_ages_and_attempts(sentence: str, dead: int) -> None:
    assert killed(sentence) == dead


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        # a count of the killed and wounded together is people hit, its dead untold (3)
        ("سقط 15 قتيلا وجريحا في القصف على السوق.", [(15, "wounded"), (3, "killed")]),
        ("سقط 9 شهيدا وجريحا في الغارة على الحي.", [(9, "wounded"), (3, "killed")]),
        # ... but two counts, one for each, stay apart
        ("سقط 15 قتيلا و30 جريحا في القصف على السوق.", [(15, "killed"), (30, "wounded")]),
        # one killed told in the accusative
        ("وسقط الحارس قتيلا برصاص قناص عند المعبر.", [(1, "killed")]),
    ],
)
def test_killed_and_wounded_told_together(sentence: str, roles: list[tuple[int, str]]) -> None:
    assert count_roles(sentence) == roles


def test_a_named_leader_and_a_count_added_after_him_are_both_dead() -> None:
    assert killed("قتل القائد الميداني أبو سالم في المعارك قرب البلدة، إضافة إلى مقتل 25 مسلحا.") == 26
    assert killed("قتل القائد الميداني أبو سالم في المعارك قرب البلدة، كما قتل 25 مسلحا.") == 26


def test_each_sides_dead_in_two_reports_add_up_when_the_side_follows_a_verb() -> None:
    doc = extract_text("أفاد مصدر في المقاومة الشعبية بمقتل 12 حوثيا خلال الاشتباكات في مدينة الضالع اليوم. "
                       "ولفت إلى أن ثلاثة قتلى سقطوا في صفوف المقاومة.", published=dt.date(2015, 7, 31))
    assert [e.fatalities for e in doc.events] == [15]


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        # mourners listed after the families of the dead are not dead
        ("وحضر العزاء ذوو الضحايا وعدد من المسؤولين في المدينة.", [(3, None)]),
        ("شارك المئات من أهالي الشهداء في التشييع بالمقبرة.", [(100, None)]),
        # ... but the count right after the death word is its toll
        ("قدم الوزير التعازي لأسر الضحايا الستة في المدينة.", [(6, "killed")]),
    ],
)
def test_the_families_of_the_dead_are_no_toll(sentence: str, roles: list[tuple[int, str | None]]) -> None:
    assert count_roles(sentence) == roles
