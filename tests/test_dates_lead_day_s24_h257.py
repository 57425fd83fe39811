"""Which day an act told without one takes (session 24, H257).

- A report's lead gives the day's violent acts one day ("قتل ... أمس"); an incident a
  later paragraph details with no date of its own is that day's, at day precision, not
  the publication date at week precision.
- It is not when the later sentence opens as a recall ("وكان ..."), says "recently"
  ("مؤخرا"), or when the lead's day is only the day a statement was made.
- "Recently" in an act's clause keeps it off the day an earlier sentence of its
  paragraph names: it stays at the publication date, week precision.
- A bare month name right after a street or quarter word ("قرب حي واحد حزيران") is the
  place's name: it dates nothing, so the act is not read as June's.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2016, 5, 11)


def _days(text: str) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.event_date, e.time_precision)
            for e in marsad.extract(text, published=DAY).events]


def _day_at(text: str, location: str) -> list[tuple[str | None, int]]:
    return [(e.event_date, e.time_precision) for e in marsad.extract(text, published=DAY).events
            if e.location == location]


LEAD = "هاجم مسلحون أمس نقطة تفتيش للشرطة في مدينة الموصل وقتلوا ثلاثة من عناصرها."


def test_later_paragraph_takes_the_lead_day():
    text = LEAD + "\n\nوفي حادث منفصل، قتل جندي في انفجار عبوة ناسفة استهدفت دورية في مدينة كركوك."
    assert _day_at(text, "Kirkuk") == [("2016-05-10", 1)]


def test_recall_opener_keeps_the_later_act_off_the_lead_day():
    doc = marsad.extract(LEAD + "\n\nوكانت عبوة ناسفة انفجرت بدورية للجيش في مدينة كركوك وقتلت جنديا.",
                         published=DAY)
    later = [e for e in doc.events if e.evidence.startswith("وكانت")]
    assert [(e.event_date, e.time_precision) for e in later] == [("2016-05-11", 2)]


def test_recently_keeps_the_later_act_off_the_lead_day():
    days = _days(LEAD + "\n\nوشهدت مدينة كركوك مؤخرا انفجار عبوة ناسفة قتلت جنديا.")
    assert ("Remote explosive/landmine/IED", "2016-05-11", 2) in days


def test_statement_day_in_the_lead_is_not_the_acts_day():
    text = ("أعلنت وزارة الدفاع أمس أن قواتها قتلت عشرة مسلحين في اشتباكات قرب مدينة الرمادي."
            "\n\nوفي حادث منفصل، قتل جندي في انفجار عبوة ناسفة استهدفت دورية في مدينة كركوك.")
    assert _day_at(text, "Kirkuk") == [("2016-05-11", 2)]


def test_recently_takes_no_day_from_the_sentence_before():
    days = _days("قتل جنديان يوم الاثنين في هجوم على حاجز بمدينة العريش. "
                 "وشهدت مدينة رفح مؤخرا تفجيرا انتحاريا أودى بحياة خمسة أشخاص.")
    assert ("Suicide bomb", "2016-05-11", 2) in days
    assert any(day[1:] == ("2016-05-09", 1) for day in days)


def test_month_after_a_quarter_word_names_the_place():
    doc = marsad.extract("قتل شخص برصاص مسلحين مجهولين قرب حي واحد حزيران جنوبي مدينة كركوك.", published=DAY)
    assert not doc.of_kind("date")
    assert [(e.event_date, e.time_precision, e.background) for e in doc.events] == [("2016-05-11", 2, False)]


def test_month_with_its_mark_is_still_a_month():
    doc = marsad.extract("اعتقلت الشرطة ثلاثة مشتبه بهم في حزيران الماضي.", published=DAY)
    assert [m.value for m in doc.of_kind("date")] == [dt.date(2015, 6, 1)]


def test_statement_day_past_commas_is_not_the_acts_day():
    text = ("أعلنت الشرطة المحلية، الثلاثاء، أن مسلحين قتلوا شرطيا في هجوم على دورية قرب مدينة الموصل."
            "\n\nوفي حادث منفصل، قتل جندي في انفجار عبوة ناسفة استهدفت دورية في مدينة كركوك.")
    assert _day_at(text, "Kirkuk") == [("2016-05-11", 2)]


def test_fighting_told_as_still_going_keeps_week_precision():
    text = LEAD + "\n\nوأضاف المصدر أن الاشتباكات لا تزال مستمرة بين القوات والمسلحين في مدينة كركوك."
    assert _day_at(text, "Kirkuk") == [("2016-05-11", 2)]


def test_lead_paragraph_with_two_days_passes_on_neither():
    text = (LEAD + " وقتل جندي أول أمس في كمين قرب المدينة."
            "\n\nوفي حادث منفصل، قتل جندي في انفجار عبوة ناسفة استهدفت دورية في مدينة كركوك.")
    assert _day_at(text, "Kirkuk") == [("2016-05-11", 2)]
