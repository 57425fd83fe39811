"""Event dates and the background flag: days told relative to another day,
reactions with a day of their own, and recalls of earlier weeks."""

from __future__ import annotations

import datetime as dt

import pytest
from support import date_mentions

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2024, 3, 8)  # a Friday


def dated(text: str, published: dt.date = PUBLISHED) -> list[tuple[str | None, int, bool]]:
    """(date, precision, background) of each event extracted from `text`."""
    return [(e.event_date, e.time_precision, e.background) for e in extract_text(text, published=published).events]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the pluperfect dates the announcement; the act it names is this week's news
        ("وكانت وزارة الداخلية قد أعلنت الخميس مقتل شرطي في انفجار عبوة ناسفة بمدينة الزرقاء الأربعاء.",
         "2024-03-06"),
        # a statement told in the present before it does not end the search for the recalled one
        ("وقالت الشرطة إن عدد الموقوفين بلغ سبعة، بعدما كانت قد أعلنت مساء الخميس اعتقال أربعة مسلحين "
         "في مدينة إربد.", "2024-03-07"),
    ],
)
def test_a_pluperfect_statement_with_the_act_as_its_object_is_not_a_recall(text: str, day: str) -> None:
    assert dated(text) == [(day, 1, False)]


def test_the_pluperfect_on_the_act_itself_still_recalls_it() -> None:
    assert dated("وكانت الشرطة قد اعتقلت أربعة مسلحين في مدينة إربد في يناير الماضي.")[0][2] is True


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("وفي فبراير الماضي، قتل أربعة جنود في هجوم على حاجز للجيش في مدينة درعا.", True),
        # the end of last month may be news of days ago
        ("وفي أواخر فبراير الماضي، قتل أربعة جنود في هجوم على حاجز للجيش في مدينة درعا.", False),
    ],
)
def test_a_month_named_as_past_a_few_days_into_the_next_is_recalled(text: str, background: bool) -> None:
    assert dated(text) == [("2024-02-01", 3, background)]


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("وفي وقت سابق من هذا الشهر، قتل أربعة جنود في هجوم على حاجز للجيش في مدينة درعا.", True),
        ("وقتل في وقت سابق من الشهر الجاري أربعة جنود في هجوم على حاجز للجيش في مدينة درعا.", True),
        # earlier the same day is the day's news
        ("وقتل في وقت سابق اليوم أربعة جنود في هجوم على حاجز للجيش في مدينة درعا.", False),
    ],
)
def test_earlier_this_month_recalls_an_act(text: str, background: bool) -> None:
    published = dt.date(2024, 3, 20)
    assert [bg for _, _, bg in dated(text, published)] == [background]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("هاجم مسلحون حاجزا للجيش قرب مدينة درعا يوم الاثنين. وفي اليوم التالي قتل أربعة جنود في كمين "
         "قرب مدينة درعا.", "2024-03-05"),
        ("هاجم مسلحون حاجزا للجيش قرب مدينة درعا يوم الاثنين. وقتل صباح اليوم التالي أربعة جنود في كمين "
         "قرب مدينة درعا.", "2024-03-05"),
        ("قتل أربعة جنود في هجوم على حاجز للجيش في مدينة درعا يوم الأربعاء. وفي اليوم السابق قتل مدنيان "
         "في قصف على مدينة إدلب.", "2024-03-05"),
    ],
)
def test_the_next_or_previous_day_counts_from_the_day_named_last(text: str, second: str) -> None:
    assert dated(text)[1][:2] == (second, 1)


def test_a_condemnation_has_a_day_of_its_own() -> None:
    found = date_mentions("أدانت وزارة الخارجية اليوم الجمعة الهجوم الذي استهدف حاجزا للجيش قرب درعا الأربعاء.",
                          PUBLISHED)
    assert ["verb_start" in m.attrs for m in found] == [True, False]
    events = dated("أدانت وزارة الخارجية اليوم الجمعة الهجوم الذي استهدف حاجزا للجيش قرب مدينة درعا الأربعاء.")
    assert [day for day, _, _ in events] == ["2024-03-06"]


def test_the_next_day_after_a_month_is_still_that_month() -> None:
    text = ("قتل أربعة جنود في هجوم على حاجز للجيش في مدينة درعا في يناير الماضي. وفي اليوم التالي اعتقلت "
            "الشرطة ثلاثة مسلحين في مدينة درعا.")
    assert [day for day, _, _ in dated(text)] == ["2024-01-01", "2024-01-01"]


@pytest.mark.parametrize(
    ("text", "arrests_day"),
    [
        # the Monday closes a relative clause on the attack: the attack's day, not the arrests'
        ("أعلنت الشرطة الخميس اعتقال خمسة مسلحين شاركوا في الهجوم الذي استهدف حاجزا للجيش في مدينة درعا "
         "الاثنين.", ("2024-03-07", 1)),
        ("اعتقلت الشرطة خمسة مسلحين شاركوا في التفجير الذي وقع في مدينة درعا الاثنين.", ("2024-03-08", 2)),
    ],
)
def test_a_date_in_a_relative_clause_on_another_act_is_that_acts(text: str, arrests_day: tuple[str, int]) -> None:
    events = extract_text(text, published=PUBLISHED).events
    arrests = [(e.event_date, e.time_precision) for e in events if e.sub_event_type == "Arrests"]
    others = [e.event_date for e in events if e.sub_event_type != "Arrests"]
    assert arrests == [arrests_day]
    assert others == ["2024-03-04"]


def test_a_killing_in_the_attack_a_relative_clause_dates_keeps_its_day() -> None:
    assert dated("قتل أربعة جنود في الهجوم الذي استهدف حاجزا للجيش في مدينة درعا الاثنين.") == [
        ("2024-03-04", 1, False)]


def test_a_blast_a_suicide_attack_caused_keeps_the_day_of_its_relative_clause() -> None:
    text = "قال مسؤول إن هجوما انتحاريا هو سبب الانفجار الذي هز بلدة سروج الحدودية اليوم الاثنين وأسفر عن مقتل 20."
    assert {day for day, _, _ in dated(text, dt.date(2015, 7, 20))} == {"2015-07-20"}


def test_that_day_is_the_day_named_last() -> None:
    text = ("هاجم مسلحون حاجزا للجيش قرب مدينة درعا يوم الاثنين. وقتل في ذلك اليوم أربعة مدنيين في قصف على "
            "مدينة إدلب.")
    assert [day for day, _, _ in dated(text)] == ["2024-03-04", "2024-03-04"]


def test_an_act_told_with_a_season_of_an_earlier_year_is_no_news_of_the_day() -> None:
    found = dated("قصفت الطائرات الحربية سوق بلدة سراقب في صيف 2016 وقتلت عشرين مدنيا.")
    assert all(background or (day or "")[:4] == "2016" for day, _, background in found)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("سيطر المسلحون على البلدة في صيف 2014 بعد معارك طويلة", 2014),
        ("اعتقلت الشرطة العشرات في خريف عام 2016", 2016),
        ("قصفت الطائرات السوق خلال شتاء 2013", 2013),
    ],
)
def test_a_season_before_a_year_dates_by_that_year(text: str, year: int) -> None:
    [found] = date_mentions(text, PUBLISHED)
    assert found.attrs["year"] == year and found.attrs["background"]


def test_a_recalled_month_in_the_paragraph_does_not_beat_the_sentences_statement_day() -> None:
    found = dated("يقع الجبل فوق المدينة وسبق أن سيطرت عليه القوات في شهر يناير الماضي. "
                  "وذكرت مصادر محلية الخميس، أن أربعة مسلحين قتلوا في كمين نصبه الجيش قرب بلدة مأرب.")
    assert ("2024-03-07", 1, False) in found
    assert not any(day == "2024-01-01" and not background for day, _, background in found)


@pytest.mark.parametrize(
    "text",
    [
        # an earlier year named with its noun before the day
        "وفي عام 2023، قصفت طائرات حربية سوق مدينة سراقب في 12 أبريل فقتلت عشرة مدنيين.",
        # last year named by its mark before the day
        "وكانت طائرات حربية قد قصفت العام الماضي سوق مدينة سراقب في 12 أبريل فقتلت عشرة مدنيين.",
    ],
)
def test_a_day_after_an_earlier_year_named_in_its_sentence_is_of_that_year(text: str) -> None:
    assert [(day, background) for day, _, background in dated(text)] == [("2023-04-12", True)]


def test_last_year_named_after_the_day_does_not_move_it() -> None:
    # "the highest toll since last year" says nothing of the day's year
    found = dated("قتل عشرون شخصا في تفجير سوق بمدينة بغداد في 2 مارس، وهي أعلى حصيلة منذ العام الماضي.")
    assert [day for day, _, _ in found] == ["2024-03-02"]


@pytest.mark.parametrize(
    "text",
    [
        # a year that starts a span is no year of the days after it
        "ومنذ عام 2014 قتل تسعة أشخاص في غارة على مدينة إدلب في 2 مارس.",
        # a year or last year named in an earlier coordinated clause
        "وتشهد البلاد نزاعا منذ عام 2011، وفي 2 مارس قتل خمسة أشخاص في غارة على مدينة إدلب.",
        "وفي عام 2023 قتل ألف مدني، وفي 2 مارس قتل خمسة أشخاص في غارة على مدينة إدلب.",
        "قتل في العام الماضي أكثر من ألف مدني، وقتل عشرون شخصا في غارة على مدينة إدلب في 2 مارس.",
    ],
)
def test_a_year_outside_the_days_clause_or_opening_a_span_leaves_it_this_year(text: str) -> None:
    assert [day for day, _, _ in dated(text)][-1:] == ["2024-03-02"]
