"""Which day an undated front in a round-up takes (session 30, H325).

- A lead's one day ("قتل ... أمس") dates an act a later paragraph details undated
  (H257) only when the story tells that day's acts.  When another paragraph dates a
  violent act on another recent day ("وفي الفلوجة، قتل جنديان يوم الأحد"), the report is
  a round-up of several days' fighting: a front it leaves undated keeps the
  publication date at week precision (EVENTS.md §2), not the lead's day.
- A statement's day elsewhere ("وقال المتحدث اليوم إن ...") or a recalled old date is
  no act's day and does not make the story a round-up.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2016, 5, 11)

LEAD = "قتل خمسة مسلحين أمس في اشتباكات مع قوات الجيش قرب مدينة الرمادي."
FRONT = "وفي محافظة ديالى، قصفت القوات العراقية مواقع للتنظيم في مدينة بعقوبة."


def _day_at(text: str, location: str) -> list[tuple[str | None, int]]:
    return [(e.event_date, e.time_precision) for e in marsad.extract(text, published=DAY).events
            if e.location == location]


def test_an_undated_front_of_a_several_day_roundup_keeps_the_publication_week():
    text = "\n\n".join((LEAD, "وفي مدينة الفلوجة، قتل جنديان في هجوم على حاجز للجيش يوم الأحد.", FRONT))
    assert _day_at(text, "Baqubah") == [("2016-05-11", 2)]


def test_a_story_of_one_day_still_gives_its_lead_day():
    assert _day_at(LEAD + "\n\n" + FRONT, "Baqubah") == [("2016-05-10", 1)]


def test_a_statement_day_elsewhere_makes_no_roundup():
    text = "\n\n".join((LEAD, "وقال المتحدث باسم الجيش اليوم إن القوات تواصل عملياتها في المنطقة.", FRONT))
    assert _day_at(text, "Baqubah") == [("2016-05-10", 1)]


SATURDAY = dt.date(2015, 8, 8)


def _days(text: str, published: dt.date) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.event_date, e.time_precision)
            for e in marsad.extract(text, published=published).events]


def test_early_in_a_day_after_a_distance_clause_dates_the_act():
    """"في وقت مبكر من صباح أمس الجمعة" after "التي تبعد ..." on a place: "من" is "early in"
    the day, not "from" it as the start of the place's state, so the day is the act's."""
    text = ("هاجم مسلحون فندقا يرتاده موظفون أمميون في بلدة سيفاري التي تبعد 600 كيلومتر عن "
            "العاصمة باماكو في وقت مبكر من صباح أمس الجمعة.")
    assert [(day, p) for _, day, p in _days(text, SATURDAY)] == [("2015-08-07", 1)]


def test_a_state_from_a_day_still_bounds_the_state():
    text = "قتل ثلاثة مدنيين في قصف على بلدة أريحا التي تحاصرها قوات النظام اعتبارا من يوم الأحد الماضي."
    assert all(day != "2015-08-02" for _, day, _ in _days(text, SATURDAY))
