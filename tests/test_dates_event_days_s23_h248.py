"""Event days told through a reaction, a year heading or "بعد مرور" (session 23, H248).

- A reaction (a condemnation, condolences, a telegram, a funeral; `reaction_verbs`) comes
  after the act it answers: an act the text dates only by the reaction's day came on it or
  some days before, so it takes that day at week precision, not day precision.  A report's
  day ("أعلن الجيش أمس مقتل ...") stays the act's own day.
- A digest lists acts under lines naming their year ("هجمات العام 2016"): a day with no
  year of its own is in the heading's year, until the next such line; "في اليوم التالي"
  counts from that day.
- "بعد مرور <n> <unit> على <act>", or the gap right after "اليوم"/"الآن" ("حتى اليوم بعد
  عامين على اختطافه"), counts back from the news in any sentence; bare "بعد <n> <unit>
  على" only in a sentence opening with "يأتي"/"جاء".
"""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 5, 13)  # a Monday


def _days(text: str) -> set[tuple[str | None, int]]:
    doc = extract_text(text, published=PUBLISHED)
    assert doc.events
    return {(e.event_date, e.time_precision) for e in doc.events}


def test_an_act_dated_only_by_a_telegram_is_the_week_of_it() -> None:
    text = ("أبرق أمس أعيان المحافظة إلى أمير المنطقة استنكارا لتفجير مسجد قوة الأمن في مدينة أبها "
            "الذي أسفر عن مقتل خمسة من المصلين.")
    assert _days(text) == {("2019-05-12", 2)}


def test_an_act_dated_only_by_a_condemnation_is_the_week_of_it() -> None:
    text = "دانت وزارة الخارجية أمس الهجوم الإرهابي الذي استهدف كنيسة في مدينة المنيا وأدى إلى مقتل ثلاثة أشخاص."
    assert _days(text) == {("2019-05-12", 2)}


def test_a_reports_day_stays_the_acts_day() -> None:
    text = "أعلن الجيش أمس مقتل خمسة مسلحين في اشتباكات مع قواته في بلدة الشيخ زويد."
    assert _days(text) == {("2019-05-12", 1)}


def test_an_act_with_its_own_day_ignores_the_reaction_day() -> None:
    text = "دانت وزارة الخارجية أمس الهجوم الذي استهدف كنيسة في مدينة المنيا يوم السبت وأدى إلى مقتل ثلاثة أشخاص."
    assert _days(text) == {("2019-05-11", 1)}


DIGEST = """تعرضت البلاد لسلسلة من الهجمات في السنوات الأخيرة.
هجمات العام 2017
في العشرين من أبريل، قتل مسلح شرطيا بالرصاص في مدينة ليون.
هجمات العام 2015
في الثامن من يناير، قتل مسلح شرطية في مدينة مونروج.
في اليوم التالي، قتل المسلح أربعة رهائن في متجر بباريس."""


def test_days_under_a_year_heading_are_in_its_year() -> None:
    days = {day for day, _ in _days(DIGEST)}
    assert "2017-04-20" in days and "2015-01-08" in days and "2015-01-09" in days
    assert not days & {"2019-04-20", "2019-01-08", "2019-01-09"}


def test_a_long_line_naming_a_year_is_no_heading() -> None:
    text = ("وقالت الشرطة إن الهجمات التي شهدتها المدينة في العام 2015 كانت الأعنف منذ عقود طويلة "
            "بحسب تقديرات الخبراء الأمنيين.\nفي الثامن من مايو، قتل مسلح شرطيا بالرصاص في مدينة ليون.")
    assert ("2019-05-08", 1) in _days(text)


def _date_values(text: str) -> set[dt.date | None]:
    return {m.value for m in extract_text(text, published=PUBLISHED).of_kind("date")}


def test_after_the_passing_of_years_counts_back_in_any_sentence() -> None:
    text = ("طالبت منظمة حقوقية السلطات بمحاسبة المسؤولين بعد مرور خمس سنوات على قتل "
            "عشرات المتظاهرين في ميدان المدينة.")
    assert _date_values(text) == {dt.date(2014, 5, 1)}


def test_a_bare_gap_counts_back_only_in_a_framed_sentence() -> None:
    assert _date_values("ويأتي ذلك بعد ثلاثة أيام على هجوم استهدف مركزا للشرطة.") == {dt.date(2019, 5, 10)}
    assert not _date_values("وأفرج عن الرهائن بعد ثلاثة أيام على اختطافهم.")


def test_a_gap_after_now_counts_back_in_any_sentence() -> None:
    text = "وما زال مصيره مجهولا حتى اليوم بعد عامين على اختطافه من قبل جماعة مسلحة في الرقة."
    assert dt.date(2017, 5, 1) in _date_values(text)
    assert ("2017-05-01", 3) in _days(text)
