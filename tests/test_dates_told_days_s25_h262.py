"""Days the text tells that were read as no day, or as the wrong one (session 25, H262).

- "خلال الساعات القليلة الماضية" is the publication day at day precision, like
  "الساعات الماضية": the number adjective between the noun and its mark hid it.
- A numeric Hijri date ("الخميس الموافق 1436/9/29هـ") is that day; the weekday and a
  "اليوم"/"أمس" before it belong to it, so "اليوم" is not read as the publication day.
- "منذ منتصف ليل الجمعة" told on a Friday began at an hour of the publication day and
  runs up to the report: that day at day precision.  "منذ الجمعة" alone, or a time of
  an earlier day, still spans several days (week precision).
- A day and month right after a building or ground named after it ("قصر 22 مايو",
  "مستشفى 6 أكتوبر") is the name, not a date.
- "أن مقتل المسلحين كان في 12 يونيو" after a statement announcing the deaths dates the
  killing: the announcement's day is not the act's.
- A later paragraph's undated act waiting for the lead's day is not folded into an act
  told after it on another day ("والخميس الماضي قتل 49 ..."); one whose next sentence
  gives its own day takes that day.
"""

from __future__ import annotations

import datetime as dt

import pytest

import marsad
from marsad.stages import dates

FRIDAY = dt.date(2018, 3, 16)


def _events(text: str, published: dt.date) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.event_date, e.time_precision)
            for e in marsad.extract(text, published=published).events]


def _date_texts(text: str, published: dt.date) -> list[str]:
    return [m.text for m in marsad.extract(text, published=published).of_kind("date")]


@pytest.mark.parametrize(
    ("expr", "day", "precision"),
    [
        ("خلال الساعات القليلة الماضية", "2018-03-16", 1),
        ("في الساعات القليلة الأخيرة", "2018-03-16", 1),
        ("الخميس الموافق 1436/9/29هـ", "2015-07-16", 1),
        ("اليوم الخميس الموافق 1436/9/29هـ", "2015-07-16", 1),
        ("يوم الجمعة الموافق 9/9/1436هـ", "2015-06-26", 1),
        ("منذ منتصف ليل الجمعة", "2018-03-16", 1),
        ("منذ فجر الجمعة", "2018-03-16", 1),
        ("منذ الجمعة", "2018-03-16", 2),
        ("منذ يوم الجمعة", "2018-03-16", 2),
        ("منذ فجر الخميس", "2018-03-15", 2),
        ("منذ صباح الجمعة الماضي", "2018-03-09", 2),
    ],
)
def test_told_day_resolves(expr: str, day: str, precision: int) -> None:
    value, got, _ = dates.resolve_expression(expr, FRIDAY)
    assert (value.isoformat(), got) == (day, precision)


def test_a_numeric_hijri_date_needs_a_hijri_year() -> None:
    assert dates.resolve_expression("1436/13/40", FRIDAY) is None  # no such day
    value, _, _ = dates.resolve_expression("2015/7/16", FRIDAY)
    assert value == dt.date(2015, 7, 16)  # a Gregorian year stays Gregorian


def test_few_hours_past_date_the_strikes_today() -> None:
    text = ("قال مرصد حقوقي إن القصف التركي لا يزال يستهدف مدينة عفرين."
            "\nوأسفر القصف الجوي على مدينة عفرين، خلال الساعات القليلة الماضية، عن مقتل 12 مدنيا.")
    assert {(day, precision) for _, day, precision in _events(text, FRIDAY)} == {("2018-03-16", 1)}


def test_hijri_date_after_today_weekday_dates_the_blast() -> None:
    text = ("صرح المتحدث الأمني بأنه عند مغرب اليوم الخميس الموافق 1436/9/29هـ فجر انتحاري سيارته"
            " عند نقطة تفتيش أمنية في مدينة الرياض ما أدى إلى مقتله.")
    days = {(day, precision) for _, day, precision in _events(text, dt.date(2015, 7, 22))}
    assert days == {("2015-07-16", 1)}


@pytest.mark.parametrize("head", ["قصر", "مستشفى", "ملعب", "مدينة"])
def test_a_place_named_after_a_day_dates_nothing(head: str) -> None:
    text = f"وقال المتحدث إن المقاتلين سيطروا على {head} 22 مايو بعد معارك عنيفة."
    assert _date_texts(text, dt.date(2015, 7, 22)) == []


def test_a_day_after_the_article_is_still_a_date() -> None:
    assert _date_texts("قتل ثلاثة في المستشفى 6 أكتوبر الماضي.", dt.date(2015, 7, 22)) == ["6 أكتوبر الماضي"]


def test_the_death_day_told_after_the_announcement() -> None:
    text = ("وأعلن الجيش، الجمعة، عن مقتل 26 مسلحا في ضربات جوية في منطقة جبال قنديل شمالي العراق."
            "\nونقلت وسائل إعلام حكومية أن مقتل المسلحين كان في 12 يونيو الجاري.")
    assert _events(text, dt.date(2018, 6, 19)) == [("Air/drone strike", "2018-06-12", 1)]


def test_a_detail_the_lead_dates_is_not_last_weeks_act() -> None:
    """A later paragraph's undated blast waits for the lead's day ("يوم أمس"); a blast told
    on another day ("والخميس الماضي") at the same town is another act, not its dated copy."""
    text = ("قتل أكثر من 50 شخصا يوم أمس في هجمات لجماعة بوكو حرام في الكاميرون ونيجيريا.\n\n"
            "والهجوم في مدينة مروة أسفر عن مقتل 11 شخصا فيما لقي نحو 40 مصرعهم في تفجيرين استهدفا"
            " محطة للحافلات في مدينة غومبي.\n\n"
            "والخميس الماضي قتل 49 شخصا في هجوم بقنبلة في سوق بمدينة غومبي.")
    blasts = [(e.event_date, e.time_precision, e.fatalities)
              for e in marsad.extract(text, published=dt.date(2015, 7, 23)).events
              if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert blasts == [("2015-07-22", 1, 40), ("2015-07-16", 1, 49)]


def test_a_detail_whose_next_sentence_gives_its_day_keeps_that_day() -> None:
    """The next sentence of the detail's paragraph tells its day ("وسقطت القذائف صباح أول من
    أمس الجمعة"): that day, not the lead's "أمس", and one event, not two."""
    text = ("سقطت أمس مقذوفات أطلقها الحوثيون على قرى في محافظة الحرث جنوب جازان وأصيب مواطن بجروح.\n\n"
            "إلى ذلك، أصيب مقيم بشظايا قذائف هاون أطلقها الحوثيون على حي سكني في مدينة نجران."
            " وسقطت القذائف صباح أول من أمس الجمعة وأحدثت أضرارا مادية.")
    days = [(e.location, e.event_date, e.time_precision)
            for e in marsad.extract(text, published=dt.date(2015, 7, 26)).events]
    assert ("Najran", "2015-07-24", 1) in days
    assert [place for place, _, _ in days].count("Najran") == 1
