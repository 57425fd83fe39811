"""DATES stage: relative and explicit Arabic dates resolved against publication."""

from __future__ import annotations

import datetime as dt

import pytest
from support import every_line_doc

from marsad.knowledge.lexicons import date_lexicon
from marsad.pipeline import extract_text
from marsad.stages import dates
from marsad.text import normalize

PUBLISHED = dt.date(2018, 8, 1)  # a Wednesday, the reference article's date


def run(text: str, published: dt.date | None = PUBLISHED) -> list:
    """Date mentions of a text whose lines are its sentences."""
    doc = every_line_doc(text, published)
    dates.process(doc)
    return doc.of_kind("date")


@pytest.mark.parametrize(
    ("expr", "day", "precision"),
    [
        ("الأربعاء الماضي", "2018-07-25", 1),
        ("أمس الثلاثاء", "2018-07-31", 1),
        ("(أمس) الثلاثاء", "2018-07-31", 1),
        ("الاثنين", "2018-07-30", 1),
        ("قبل أسبوعين", "2018-07-18", 2),
        ("مايو (أيار) الماضي", "2018-05-01", 3),
        ("أول من أمس", "2018-07-30", 1),
        ("منتصف الليلة الماضية", "2018-08-01", 1),  # midnight last night opens the publication day
        ("الليلة الماضية", "2018-07-31", 1),
        ("منذ الاثنين", "2018-07-30", 2),
        ("اليوم", "2018-08-01", 1),
        ("البارحة", "2018-07-31", 1),
        ("فجر الأربعاء", "2018-08-01", 1),
        ("قبل ثلاثة أيام", "2018-07-29", 1),
        ("قبل أسبوع", "2018-07-25", 2),
        ("الأسبوع الماضي", "2018-07-25", 2),
        ("الشهر الماضي", "2018-07-01", 3),
        ("تموز/يوليو", "2018-07-01", 3),
        ("سبتمبر الماضي", "2017-09-01", 3),
        ("25 يوليو 2018", "2018-07-25", 1),
        ("25 تموز/يوليو 2018", "2018-07-25", 1),
        ("2018/7/25", "2018-07-25", 1),
        ("25-7-2018", "2018-07-25", 1),
        ("الثامن من فبراير/شباط", "2018-02-08", 1),
        ("منذ 19 حزيران/يونيو", "2018-06-19", 2),
        ("تشرين الأول/أكتوبر 2011", "2011-10-01", 3),
        ("15 ذو الحجة 1439", "2018-08-26", 1),
        ("13 ذي القعدة", "2018-07-26", 1),
        ("10 حزيران من العام الماضي", "2017-06-10", 1),
    ],
)
def test_resolve_expression_against_publication(expr: str, day: str, precision: int) -> None:
    value, got_precision, _ = dates.resolve_expression(expr, PUBLISHED)
    assert (str(value), got_precision) == (day, precision)


def test_without_publication_date_value_is_none_but_precision_kept() -> None:
    assert dates.resolve_expression("قبل أسبوعين", None)[:2] == (None, 2)
    assert dates.resolve_expression("25 يوليو 2018", None)[0] == dt.date(2018, 7, 25)


def test_text_without_a_date_gives_none() -> None:
    assert dates.resolve_expression("قال مصدر أمني إن الحافلات وصلت", PUBLISHED) is None


def test_ambiguous_month_word_needs_date_context() -> None:
    assert run("التقى الأب بابنه في آب") == []
    assert str(run("وصلت القافلة في 3 آب/أغسطس")[0].value) == "2018-08-03"


def test_reference_article_sentences() -> None:
    text = (
        "وشنّ التنظيم الأربعاء الماضي، هجوماً واسعاً على محافظة السويداء.\n"
        "شنّت الطائرات الحربية الروسية (أمس) الثلاثاء غارات ضد مقاتلي التنظيم.\n"
        "ففي مايو (أيار) الماضي، طردت قوات النظام التنظيم من أحياء في جنوب دمشق."
    )
    found = [(m.text, str(m.value), m.attrs["precision"], m.attrs["background"]) for m in run(text)]
    assert found == [
        ("الأربعاء الماضي", "2018-07-25", 1, False),
        ("(أمس) الثلاثاء", "2018-07-31", 1, False),
        ("مايو (أيار) الماضي", "2018-05-01", 3, True),
    ]


def test_background_from_markers_and_from_distance() -> None:
    (marked,) = run("وكان التنظيم قد هاجم البلدة الاثنين")
    assert marked.attrs["background"] is True
    (old,) = run("وشنّت قبل أسبوعين هجوماً عنيفاً")
    assert old.attrs["background"] is True
    (recent,) = run("اختطفهم التنظيم الأسبوع الماضي")
    assert recent.attrs["background"] is False
    assert dates.background_markers(normalize("سبق أن هاجم المسلحون القرية"))
    assert not dates.background_markers(normalize("هاجم المسلحون القرية أمس"))


def test_mentions_carry_expression_and_raw_offsets() -> None:
    text = "قال مصدرٌ أمنيّ أمسِ إن 12 حافلة وصلت"
    (mention,) = run(text)
    assert text[mention.start:mention.end] == "أمسِ"
    assert mention.attrs["expr"] == "امس"
    assert mention.value == dt.date(2018, 7, 31)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2018-07-02T08:22:27+00:00", dt.date(2018, 7, 2)),
        ("2015-08-11T18:38:55", dt.date(2015, 8, 11)),
        ("2024-06-20", dt.date(2024, 6, 20)),
        ("2018-07-20T20:14:34+04:00", dt.date(2018, 7, 20)),
        ("20/06/2024", dt.date(2024, 6, 20)),
        # RSS and mail headers (RFC 2822): the day as written, late evening at +04:00 included
        ("Sun, 18 Feb 2018 21:35:43 +0400", dt.date(2018, 2, 18)),
        ("Mon, 02 Jul 2018 23:10:00 GMT", dt.date(2018, 7, 2)),
        ("Sat, 31 Feb 2018 10:00:00 +0000", None),
        (None, None),
        ("", None),
        ("not a date", None),
        ("2018-02-30", None),
    ],
)
def test_parse_published(value: str | None, day: dt.date | None) -> None:
    assert dates.parse_published(value) == day


def test_lexicon_entries_are_stored_normalized() -> None:
    lex = date_lexicon()
    for form in [*lex.weekdays, *lex.months, *lex.relative, *lex.background_markers]:
        assert form == normalize(form)
    assert lex.weekdays["الاربعاء"] == 2


def test_since_a_duration_means_ongoing_at_publication() -> None:
    value, precision, attrs = dates.resolve_expression("منذ أكثر من أسبوع", PUBLISHED)
    assert (value, precision, attrs["ongoing"]) == (PUBLISHED, 2, True)


@pytest.mark.parametrize(
    ("expr", "day", "precision"),
    [
        ("قبل أيام", "2018-07-29", 2),
        ("قبل بضعة أيام", "2018-07-29", 2),
        ("قبل عدة أسابيع", "2018-07-11", 2),
        ("قبل أشهر", "2018-05-01", 3),
        ("قبل ساعات", "2018-08-01", 1),
        ("قبل 48 ساعة", "2018-07-30", 1),
    ],
)
def test_a_few_units_ago_counts_three_back_at_the_coarser_precision(expr: str, day: str, precision: int) -> None:
    value, got, _ = dates.resolve_expression(f"أصيب {expr}", PUBLISHED)
    assert (value.isoformat(), got) == (day, precision)


def test_since_some_hours_is_ongoing_on_the_publication_day() -> None:
    assert dates.resolve_expression("يستمر القصف منذ ثلاث ساعات", PUBLISHED)[:2] == (PUBLISHED, 1)


def test_since_after_a_one_off_act_counts_back_like_ago() -> None:
    assert dates.resolve_expression("اختطف منذ ثلاثة أيام", PUBLISHED)[:2] == (dt.date(2018, 7, 29), 1)
    assert dates.resolve_expression("اعتقل منذ أيام", PUBLISHED)[:2] == (dt.date(2018, 7, 29), 2)
    assert dates.resolve_expression("تحاصر القوات البلدة منذ ثلاثة أيام", PUBLISHED)[:2] == (PUBLISHED, 2)


def test_since_an_unknown_number_of_days_gives_no_date() -> None:
    assert dates.resolve_expression("تتواصل المعارك منذ أيام", PUBLISHED) is None
    assert dates.resolve_expression("يتواصل الحصار منذ بضعة أسابيع", PUBLISHED) is None


def test_the_hour_of_a_clock_is_not_hours_ago() -> None:
    assert dates.resolve_expression("وصل قبل الساعة العاشرة صباحا", PUBLISHED) is None


def test_current_month_mark_keeps_the_publication_year() -> None:
    value, precision, _ = dates.resolve_expression("19 أبريل الجاري", dt.date(2017, 4, 5))
    assert (value, precision) == (dt.date(2017, 4, 19), 1)


def test_day_of_the_current_or_last_month() -> None:
    assert dates.resolve_expression("في 3 من الشهر الجاري", PUBLISHED)[:2] == (dt.date(2018, 8, 3), 1)
    assert dates.resolve_expression("في 20 من الشهر الماضي", PUBLISHED)[:2] == (dt.date(2018, 7, 20), 1)


def test_month_of_last_year_and_week_before_last() -> None:
    assert dates.resolve_expression("في يونيو من العام الماضي", PUBLISHED)[:2] == (dt.date(2017, 6, 1), 3)
    assert dates.resolve_expression("الأسبوع قبل الماضي", PUBLISHED)[:2] == (dt.date(2018, 7, 18), 2)


# -- the date of the act, not of another verb (events stage) -------------------------
def dated(text: str) -> list[tuple[str, str | None, int]]:
    """(sub-type, event_date, precision) of the events of one article published on a Wednesday."""
    doc = extract_text(text, published=dt.date(2019, 3, 6))
    return [(e.sub_event_type, e.event_date, e.time_precision) for e in doc.events]


def test_a_date_right_after_a_statement_verb_is_marked_as_that_verbs() -> None:
    sentence = normalize("وأعلن المتحدث باسم الجيش الثلاثاء أن غارة استهدفت المدينة ليلة الأحد")
    assert dates.own_date_verb(sentence, sentence.index("الثلاثاء")) == 0
    assert dates.own_date_verb(sentence, sentence.index("ليله")) is None


def test_the_statement_day_does_not_date_an_act_dated_otherwise() -> None:
    found = dated("وأعلن المتحدث باسم الجيش الثلاثاء أن غارة جوية استهدفت مدينة الرقة ليلة الأحد.")
    assert found == [("Air/drone strike", "2019-03-03", 1)]


def test_a_statement_day_still_dates_an_act_with_no_other_date() -> None:
    found = dated("وأعلن المتحدث باسم الجيش الثلاثاء أن غارة جوية استهدفت مدينة الرقة.")
    assert found == [("Air/drone strike", "2019-03-05", 1)]


def test_the_day_after_an_act_puts_the_act_a_day_earlier() -> None:
    found = dated("وعززت الشرطة انتشارها في مدينة الرقة الثلاثاء غداة انفجار سيارة مفخخة أودى بحياة 12 شخصا.")
    assert found == [("Remote explosive/landmine/IED", "2019-03-04", 1)]


def test_a_funeral_day_does_not_date_the_killing() -> None:
    found = dated("شيع أهالي بلدة الخضر الأحد جثمان شاب قتل برصاص قوات الاحتلال ليلة الجمعة في البلدة.")
    assert [(day, precision) for _, day, precision in found] == [("2019-03-01", 1)]


@pytest.mark.parametrize(
    ("expr", "day"),
    [("أمس الخميس", "2019-03-14"), ("اليوم الجمعة", "2019-03-15"), ("أمس الأربعاء", "2019-03-13"),
     ("اليوم الأحد", "2019-03-10"), ("مساء أمس الاثنين", "2019-03-11")],
)
def test_yesterday_or_today_with_a_weekday_a_day_off_publication(expr: str, day: str) -> None:
    """Published on a Thursday: a weekday one day after the anchor means the date is a day off, not a week."""
    assert dates.resolve_expression(expr, dt.date(2019, 3, 14))[0].isoformat() == day
