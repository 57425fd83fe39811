"""NUMBERS stage: unnamed single victims, persons killed together, and which side the counted dead belong to."""

from __future__ import annotations

import datetime as dt

import pytest
from support import actor_doc, count_roles


def killed(text: str) -> list[int]:
    """Values of the killed counts of a one-sentence text."""
    return [value for value, role in count_roles(text) if role == "killed"]


def sides(text: str, country: str) -> list[tuple[int, str | None, str | None]]:
    """(value, victims' words, victims' side) of each killed count, with the actors stage run."""
    doc = actor_doc(text, country, dt.date(2024, 3, 9))
    return [(int(m.value), m.attrs["victims"], m.attrs["victim_side"])
            for m in doc.of_kind("number") if m.attrs["role"] == "killed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعدم الخاطفون أحد الرهائن أمام عدسات الكاميرا.",
        "وقتل المتمردون أحد الجنود بعد أسره قرب المعبر.",
        "وأكد الجيش مقتل أحد عناصره في انفجار لغم.",
        "واستشهدت إحداهن متأثرة بجروحها.",
        "قتل رجل مسن برصاص مجهولين في السوق الشعبي.",
    ],
)
def test_one_unnamed_person_killed_is_one_death(sentence: str) -> None:
    assert killed(sentence) == [1]


def test_a_plural_killing_verb_followed_by_one_of_them_kills_only_that_one() -> None:
    assert count_roles("وهاجم المسلحون أربعة رعاة في المرعى فقتلوا أحدهم.") == [(4, None), (1, "killed")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("وقتلت امرأة وطفل في قصف مدفعي على الحي الغربي.", 2),
        ("وأعلنت العائلة مقتل شاب عراقي وشقيقه في الكمين.", 2),
        ("وقتل ضابط وجندي ومدني في التفجير.", 3),
    ],
)
def test_persons_joined_by_and_after_a_killing_word_are_counted_together(sentence: str, value: int) -> None:
    assert killed(sentence) == [value]


def test_a_person_joined_to_another_casualty_word_is_not_added() -> None:
    assert count_roles("وأسفر الانفجار عن مقتل جندي وإصابة آخر.")[0] == (1, "killed")


def test_vague_plural_of_new_dead_is_three() -> None:
    assert killed("وأعلنت مصادر طبية سقوط شهداء جدد في القصف.") == [3]


def test_a_dual_noun_joined_to_a_death_count_shares_its_role() -> None:
    assert killed("وقتل 6 من المهاجمين و4 مدنيين وجنديين في المواجهات.") == [6, 4, 2]


def test_each_death_count_names_the_side_its_dead_belong_to() -> None:
    found = sides("وقتل 8 من عناصر داعش و5 مدنيين في الاشتباكات.", "SY")
    assert [(value, side) for value, _, side in found] == [(8, "Islamic State (Syria)"), (5, "Civilians (Syria)")]


def test_the_group_named_after_the_noun_is_the_side_not_the_noun() -> None:
    [(value, words, side)] = sides("قتل 9 أشخاص في صفوف قوات الأمن قرب الحدود.", "IQ")
    assert (value, words) == (9, "9 أشخاص في صفوف قوات الأمن")
    assert side is not None and side.startswith("Police Forces of Iraq")


def test_a_nationality_after_the_counted_noun_names_their_side() -> None:
    [(_, _, side)] = sides("وقال المرصد إن 11 جنديا تركيا قتلوا في الهجوم.", "SY")
    assert side is not None and side.startswith("Military Forces of Turkey")


def test_a_count_with_no_group_named_has_no_side() -> None:
    [(_, words, side)] = sides("قتل 14 في الهجوم.", "SY")
    assert (words, side) == ("14", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "ولم يتحدث المتحدث باسم الشرطة حتى الآن عن وقوع ضحايا.",
        "ولم تعلن السلطات المحلية عن سقوط قتلى في الانفجار.",
    ],
)
def test_a_report_that_says_nothing_of_deaths_gives_no_toll(sentence: str) -> None:
    assert killed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "لم يتمكن الحراس من صد الهجوم الذي أسفر عن سقوط قتلى.",
        "لم يصمد الحاجز طويلا وأسفر القصف عن سقوط قتلى.",
    ],
)
def test_a_negation_does_not_reach_a_later_clause_of_its_own(sentence: str) -> None:
    assert killed(sentence) == [3]


def test_a_death_word_that_is_a_personal_name_is_no_toll() -> None:
    assert killed("وأصيب في الغارة ناشط يدعى شهيد الله شهيد.") == []



def updates(text: str) -> list[tuple[int, bool, bool]]:
    """(value, update, subset) of each killed count of a one-sentence text."""
    doc = actor_doc(text, "IQ", dt.date(2024, 3, 9))
    return [(int(m.value), m.attrs["update"], m.attrs["subset"])
            for m in doc.of_kind("number") if m.attrs["role"] == "killed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وارتفعت حصيلة ضحايا التفجير إلى 31 قتيلا.",
        "وقال المستشفى إن عدد القتلى وصل إلى 31.",
        "وقالت مصادر طبية إن حصيلة القتلى بلغت 31 قتيلا.",
    ],
)
def test_a_risen_toll_is_marked_as_an_update(sentence: str) -> None:
    assert updates(sentence) == [(31, True, False)]


def test_a_toll_before_its_update_in_one_sentence_is_part_of_it() -> None:
    assert updates("وقتل 18 شخصا في الهجوم، قبل أن يرتفع عدد القتلى إلى 25.") == [(18, False, True), (25, True, False)]


def test_a_first_toll_is_no_update() -> None:
    assert updates("وقتل 18 شخصا في الهجوم على السوق.") == [(18, False, False)]


@pytest.mark.parametrize(
    "sentence",
    ["ونبشوا المقابر بحثا عن ضحايا المجزرة.", "وجرى دفن جميع شهداء التفجير في مقبرة البلدة."],
)
def test_the_dead_of_a_known_event_are_no_new_toll(sentence: str) -> None:
    assert killed(sentence) == []


@pytest.mark.parametrize("sentence", ["وسقط قتلى الليلة الماضية في القصف.", "وأسفر القصف عن سقوط ضحايا المدنيين."])
def test_dead_before_a_date_or_the_people_they_are_remain_a_toll(sentence: str) -> None:
    assert killed(sentence) == [3]


def test_a_side_that_lost_people_counted_lost_them_dead() -> None:
    assert count_roles("ليقتلوا 9 جنود في الاشتباكات ويخسروا أربعة من مقاتليهم.") == [(9, "killed"), (4, "killed")]


@pytest.mark.parametrize("sentence", ["وخسر الحزب 12 مقعدا في الانتخابات.", "وخسرت القوات 3 دبابات."])
def test_things_a_side_lost_are_no_toll(sentence: str) -> None:
    assert [role for _, role in count_roles(sentence)] == [None]
