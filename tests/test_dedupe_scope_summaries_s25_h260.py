"""Summaries of several scenes beside the acts the article itemises (session 25, H260).

- A report whose sentence spreads its act over scenes it does not tell apart ("في حوادث
  أمنية منفصلة في مناطق متفرقة من بغداد"، "على عدة مناطق بمحافظتي إدلب وحلب") is no
  event of its own when the article codes two or more acts of its kind inside its unit on
  its day: the itemised acts are the events (EVENTS.md §1, one thing at one place).
- Its toll is a total over those scenes: a strike at one district merged with a 24-hour
  toll "على جبهات متفرقة" keeps the toll its own report gives (none), not the total.
- A summary with fewer than two itemised acts beside it is the only report of its acts
  and stays; a series "in various areas of district X" is that district's act, not a
  summary of acts in other districts; and "separate attacks" told as what came before
  the reported act ("بعد أن شن ثلاث هجمات منفصلة") is no scope of its toll.
"""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.document import Event
from marsad.stages.dedupe import _sums_up

DAY = dt.date(2018, 8, 10)


def _events(text: str) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.location, e.fatalities) for e in marsad.extract(text, published=DAY).events]


def test_separate_incidents_lead_is_not_an_event_beside_the_incidents():
    events = _events(
        "قتل ثلاثة أشخاص الثلاثاء في حوادث أمنية منفصلة في مناطق متفرقة من بغداد. "
        "وقال مصدر أمني إن مسلحين مجهولين قتلوا رجلا في منطقة الدورة جنوبي بغداد. "
        "وأضاف أن مسلحين قتلوا شخصين في منطقة الشعلة شمال غربي بغداد.")
    assert [location for _, location, _ in events] == ["Dora", "Shuala"]
    assert sum(toll for _, _, toll in events) == 3


def test_two_province_summary_folds_into_the_towns_it_sums_up():
    events = _events(
        "قتل 30 مدنيا الجمعة في قصف على عدة مناطق بمحافظتي إدلب وحلب. "
        "وقال المرصد إن ثمانية مدنيين قتلوا في قصف لقوات النظام على مدينة خان شيخون، "
        "فيما قتل ثلاثة في قصف على بلدة التح. "
        "وفي محافظة حلب، قتل 18 مدنيا في غارات روسية على بلدة أورم الكبرى.")
    assert [location for _, location, _ in events] == ["Khan Shaykhun", "At Tahh", "Urum al Kubra"]
    assert [toll for _, _, toll in events] == [8, 3, 18]


def test_a_day_toll_over_several_fronts_is_no_one_strike_toll():
    events = _events(
        "قتل أكثر من 40 مسلحا حوثيا خلال الساعات الـ24 الماضية في مواجهات وغارات للتحالف "
        "في جبهات متفرقة من محافظة الحديدة. "
        "وقصفت مقاتلات التحالف مواقع للحوثيين في مديرية التحيتا. "
        "ودارت اشتباكات عنيفة في مديرية حيس.")
    assert ("Air/drone strike", "At Tuhayat", 0) in events
    assert all(toll == 0 for _, _, toll in events)


def test_a_summary_with_no_itemised_acts_stays_an_event():
    events = _events("قتل 20 مدنيا الخميس في غارات جوية على مناطق متفرقة من محافظة إدلب.")
    assert events == [("Air/drone strike", "Idlib", 20)]


def test_strikes_over_areas_of_one_district_are_not_a_summary_of_other_districts():
    events = _events(
        "شنت طائرات التحالف الثلاثاء سلسلة غارات على مناطق متفرقة من مديرية باقم بمحافظة صعدة. "
        "كما استهدفت الطائرات معسكرا في مديرية الصفراء. "
        "وقصفت مدفعية التحالف مواقع للحوثيين في مديرية رازح.")
    assert [location for _, location, _ in events] == ["Baqim", "As Safra", "Razih"]


def _report(text: str) -> tuple[marsad.Document, Event]:
    doc = marsad.extract(text, published=DAY)
    sentence = doc.sentences[0]
    return doc, Event("Battles", "Armed clash", evidence_spans=[(sentence.start, sentence.end)])


def test_separate_attacks_told_before_the_act_are_no_scope():
    assert not _sums_up(*_report("وأطلقت الشرطة النار على المهاجم فأردته قتيلا بعد شن ثلاث هجمات منفصلة."))
    assert _sums_up(*_report("وقتل خمسة أشخاص في هجمات منفصلة في أنحاء المدينة."))
