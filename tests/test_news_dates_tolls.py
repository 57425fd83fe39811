"""Dates and tolls of news reports: explicit days beside a weekday, days run into "في",
statement days, duals and running totals."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.document import Document, Sentence
from marsad.pipeline import extract_text
from marsad.stages import dates, numbers
from marsad.text import normalize

PUBLISHED = dt.date(2019, 3, 6)  # a Wednesday


def events(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str | None, int, int]]:
    """(sub-type, event_date, precision, fatalities) of the events of one article."""
    doc = extract_text(text, published=published)
    return [(e.sub_event_type, e.event_date, e.time_precision, e.fatalities) for e in doc.events]


def counts(text: str) -> list[tuple[int, str | None]]:
    """(value, role) of the number mentions of a one-sentence text."""
    doc = Document(text=text)
    doc.sentences.append(Sentence(0, len(text), 0, 0))
    numbers.process(doc)
    return [(m.value, m.attrs["role"]) for m in doc.of_kind("number")]


# -- dates -------------------------------------------------------------------------------
def test_an_explicit_day_after_a_weekday_and_yawm_wins_over_the_weekday() -> None:
    found = dates.find_expressions(normalize("وقع الانفجار أثناء صلاة الجمعة يوم 8 فبراير في المسجد"))
    assert [(c.rule, dates.resolve_expression(normalize("الجمعة يوم 8 فبراير"), PUBLISHED)[0]) for c in found] == [
        ("explicit", dt.date(2019, 2, 8))]


def test_a_day_run_into_fi_is_still_the_day_of_its_month() -> None:
    found = dates.find_expressions(normalize("قتل المتظاهرون منذ بدء الاحتجاجات في12  شباط/فبراير"))
    assert [c.rule for c in found] == ["explicit"]
    assert dates.resolve_expression(normalize("في12 شباط/فبراير"), PUBLISHED)[0] == dt.date(2019, 2, 12)


def test_a_confirmation_in_a_dated_statement_keeps_the_act_its_own_week() -> None:
    found = events(
        "قتل خمسة رعاة في منطقة موبتي وسط مالي الأسبوع الماضي بعد اعتقالهم من قبل الجيش.\n"
        "وأكد الجيش، في بيان الثلاثاء، مقتل الرعاة وأعلن فتح تحقيق."
    )
    attacks = [(day, precision) for sub_type, day, precision, _ in found if sub_type == "Attack"]
    assert attacks == [("2019-02-27", 2)]


# -- tolls -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    ["وفي محافظة إب، قتل حوثيان وأصيب ثلاثة آخرون في كمين.", "استشهد فلسطينيان برصاص الاحتلال قرب نابلس."],
)
def test_a_nominative_dual_of_a_side_or_nationality_counts_two(sentence: str) -> None:
    assert [value for value, role in counts(sentence) if role == "killed"] == [2]


def test_a_passenger_killed_counts_one() -> None:
    assert [value for value, role in counts("أطلق المسلح النار على الحافلة مما أدى إلى مقتل راكب.") if role == "killed"] == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقتل 52 شخصا منذ إعلان حالة الطوارئ في البلاد",
        "قتل أكثر من 300 شخص في الإقليم خلال شهر ونصف الشهر",
    ],
)
def test_a_toll_since_a_turning_point_or_over_weeks_is_a_running_total(sentence: str) -> None:
    assert [role for _, role in counts(sentence)] == ["total"]


def test_every_count_of_a_list_closed_by_a_running_total_phrase_is_part_of_it() -> None:
    found = counts("وقتل 61 متظاهرا على الأقل، و9 من رجال الأمن منذ إعلان القرار")
    assert [role for _, role in found] == ["total", "total"]


def test_a_list_of_tolls_with_no_running_total_keeps_its_role() -> None:
    found = counts("وقتل 61 متظاهرا على الأقل، و9 من رجال الأمن في المواجهات")
    assert [role for _, role in found] == ["killed", "killed"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("قتل ثلاثة جنود وضابط في هجوم على حاجز للجيش.", 4), ("أعلنت الشرطة مقتل أربعة من عناصر الأمن ومدني في الانفجار.", 5)],
)
def test_one_person_joined_to_the_dead_counted_is_counted_with_them(sentence: str, value: int) -> None:
    assert [v for v, role in counts(sentence) if role == "killed"] == [value]


def test_a_person_joined_to_a_vague_count_adds_nothing() -> None:
    assert [v for v, role in counts("قتل عشرات الجنود وضابط في المعارك.") if role == "killed"] == [10]


def test_a_count_shared_by_a_town_and_its_region_is_whole_again_when_they_are_one_place() -> None:
    found = events("قالت مصادر أمنية إن 12 مسلحا لقوا مصرعهم، الثلاثاء، خلال مواجهات مع الشرطة في مدينة العريش، شمالي سيناء.")
    assert [fatalities for *_, fatalities in found] == [12]


def test_the_toll_of_the_act_of_the_day_before_is_not_the_main_acts() -> None:
    found = events("وقصفت الطائرات الإسرائيلية مواقع لحركة حماس في غزة مساء الثلاثاء غداة مواجهات عنيفة على الحدود "
                   "قتل فيها فلسطينيان.")
    assert [(sub_type, day, fatalities) for sub_type, day, _, fatalities in found] == [
        ("Air/drone strike", "2019-03-05", 0), ("Armed clash", "2019-03-04", 2)]


def test_more_results_of_the_same_fighting_after_a_boundary_add_to_its_toll() -> None:
    found = events("وقالت مصادر محلية إن المعارك في مدينة تعز أدت إلى مقتل 14 مسلحا حوثيا، في حين أسفرت عن مقتل "
                   "5 من المقاومة الشعبية.")
    assert [(sub_type, fatalities) for sub_type, _, _, fatalities in found] == [("Armed clash", 19)]


def test_a_result_verb_with_a_subject_of_its_own_still_opens_another_act() -> None:
    found = events("قتل 5 جنود في هجوم على حاجز في مدينة تعز، فيما أسفرت غارة عن مقتل 3 مدنيين في مدينة عدن.")
    assert sorted(fatalities for *_, fatalities in found) == [3, 5]
