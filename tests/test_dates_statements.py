"""DATES stage: phrases counted from an earlier statement's day, and Hijri months without a day."""

from __future__ import annotations

import datetime as dt

import pytest
from support import date_mentions, joined_sentences

from marsad.stages import dates

PUBLISHED = dt.date(2021, 3, 11)  # a Thursday, during Rajab 1442


def run(text: str, published: dt.date = PUBLISHED) -> list:
    """Date mentions of a one-sentence text."""
    return date_mentions(text, published)


def test_last_night_in_a_statement_made_yesterday_is_the_night_before_it() -> None:
    found = run("أعلن متحدث عسكري أمس الأربعاء أن مسيرة قصفت مستودعا قرب مدينة مأرب الليلة الماضية.")
    assert [(m.value, m.attrs.get("from_statement", False)) for m in found] == [
        (dt.date(2021, 3, 10), False), (dt.date(2021, 3, 9), True)]


def test_today_in_a_quote_said_yesterday_is_the_day_of_the_quote() -> None:
    found = run("وقال الضابط أمس: «دمرنا اليوم ثلاث آليات للمتمردين، وأسرنا الليلة الماضية اثنين».")
    assert [m.value for m in found] == [dt.date(2021, 3, 10), dt.date(2021, 3, 10), dt.date(2021, 3, 9)]


@pytest.mark.parametrize(
    "text",
    [
        # the statement is today's: its "last night" is the publication's
        "قال المتحدث اليوم إن الطيران قصف مواقع المسلحين في سرت الليلة الماضية.",
        # a new clause past the comma is the writer's own voice
        "أعلن الجيش الاثنين الماضي أن قواته صدت هجوما، وقصفت المدفعية بلدة الحويجة اليوم.",
    ],
)
def test_relative_phrase_outside_an_earlier_statement_counts_from_publication(text: str) -> None:
    last = run(text)[-1]
    assert "from_statement" not in last.attrs
    assert last.value in {PUBLISHED, PUBLISHED - dt.timedelta(days=1)}


@pytest.mark.parametrize(
    ("text", "published", "first_day"),
    [
        ("تصاعدت الهجمات على الطرق خلال شهر رمضان", dt.date(2019, 5, 20), dt.date(2019, 5, 6)),
        ("قتل في الهجوم الذي وقع في رمضان الماضي ستة جنود", dt.date(2019, 5, 20), dt.date(2018, 5, 16)),
        ("هاجم التنظيم القرية في شهر محرم 1440 هـ", dt.date(2019, 5, 20), dt.date(2018, 9, 11)),
    ],
)
def test_hijri_month_without_a_day_is_its_first_day_at_month_precision(
    text: str, published: dt.date, first_day: dt.date
) -> None:
    (found,) = run(text, published)
    assert (found.value, found.attrs["precision"]) == (first_day, 3)


def test_hijri_month_name_alone_is_not_a_date() -> None:
    # رمضان and صفر are also names and words: no lead, mark or year, no date.
    assert run("التقى الوزير رمضان عبد الله بوفد من صفر المدينة") == []


def test_hijri_month_running_at_publication_is_not_background() -> None:
    (found,) = run("اشتدت الغارات على البلدة منذ بداية شهر رجب")
    assert found.attrs["background"] is False


def test_date_after_eve_names_the_day_before_it() -> None:
    (found,) = run("فجر مسلحون جسرا في ريف كركوك عشية الاستفتاء الذي جرى الاثنين")
    assert (found.value, found.attrs["eve_shift"]) == (dt.date(2021, 3, 7), -1)


def test_date_of_the_event_after_ghadat_names_the_day_after_it() -> None:
    first, second = run("اعتقلت الشرطة أربعة مشتبهين الأحد غداة تفجير السبت في سوق المدينة")
    assert first.value == dt.date(2021, 3, 7)
    assert (second.value, second.attrs["eve_shift"]) == (dt.date(2021, 3, 7), 1)


def test_date_past_a_comma_after_ghadat_is_not_shifted() -> None:
    (found,) = run("اعتقلت الشرطة أربعة مشتبهين غداة التفجير، الأحد")
    assert found.value == dt.date(2021, 3, 7)
    assert "eve_shift" not in found.attrs


@pytest.mark.parametrize("verb", ["كتب", "غرد"])
def test_a_post_on_social_media_has_its_own_date(verb: str) -> None:
    (found,) = run(f"و{verb} القائد الميداني على حسابه الثلاثاء أن قواته أسقطت طائرة مسيرة")
    assert "verb_start" in found.attrs


def run_sentences(*sentences: str) -> list:
    """Date mentions of a text made of the given sentences."""
    doc = joined_sentences(*sentences, published=PUBLISHED)
    dates.process(doc)
    return doc.of_kind("date")


def test_last_night_in_a_sentence_going_on_with_yesterdays_statement_is_the_night_before_it() -> None:
    found = run_sentences(
        "قال محافظ الإقليم أمس الأربعاء إن الشرطة أحبطت هجوما على سجن المدينة.",
        "وأضاف أن مسلحين أطلقوا النار على دورية قرب الجسر، وأن اثنين منهم اعتقلوا الليلة الماضية.",
    )
    assert [m.value for m in found] == [dt.date(2021, 3, 10), dt.date(2021, 3, 9)]


def test_last_night_in_a_sentence_not_going_on_with_the_statement_counts_from_publication() -> None:
    found = run_sentences(
        "قال محافظ الإقليم أمس الأربعاء إن الشرطة أحبطت هجوما على سجن المدينة.",
        "وفي مدينة أخرى أطلق مسلحون النار على دورية الليلة الماضية.",
    )
    assert [m.value for m in found] == [dt.date(2021, 3, 10), dt.date(2021, 3, 10)]


def test_the_night_before_last_in_a_statement_made_yesterday_counts_from_its_day() -> None:
    found = run_sentences(
        "أفادت مصادر في الشرطة أمس الأربعاء بمقتل حارس في هجوم على مخفر الحدود.",
        "وأضافت أن عبوة ناسفة انفجرت قرب سوق المدينة الليلة قبل الماضية.",
    )
    assert [m.value for m in found] == [dt.date(2021, 3, 10), dt.date(2021, 3, 8)]


def test_through_the_night_in_a_statement_made_yesterday_is_the_night_before_it() -> None:
    found = run("قال ناطق باسم الشرطة أمس الأربعاء إن مسلحين هاجموا نقطة تفتيش طوال الليل.")
    assert [m.value for m in found] == [dt.date(2021, 3, 10), dt.date(2021, 3, 9)]
