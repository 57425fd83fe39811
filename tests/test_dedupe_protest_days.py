"""A protest introduced with its own crowd on another day is not the protest told before it."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 7, 12)
EARLIER = "أغلق عمال الموانئ يوم الاثنين الماضي الطريق الرئيسي في مدينة البصرة احتجاجا على تأخر صرف رواتبهم."
LATER = "وأغلقت قوات الأمن الطرق المؤدية إلى موقع المظاهرة في وسط البصرة."


def _protests(middle: str) -> list:
    doc = extract_text(f"{EARLIER}\n\n{middle}\n\n{LATER}", published=PUBLISHED)
    return [e for e in doc.events if e.event_type == "Protests"]


def test_sized_protest_in_the_week_is_a_protest_of_its_own():
    middle = "وامتدت الاحتجاجات على نقص المياه هذا الأسبوع إلى البصرة التي شهدت مظاهرة حاشدة حضرها المئات من الأهالي."
    protests = _protests(middle)
    assert [e.event_date for e in protests] == ["2019-07-08", "2019-07-12"]


def test_definite_follow_up_joins_the_latest_protest_told():
    middle = "وشهدت البصرة هذا الأسبوع مظاهرة كبرى شارك فيها آلاف الطلاب للمطالبة بإقالة المحافظ."
    protests = _protests(middle)
    assert len(protests) == 2
    assert len(protests[1].evidence_spans) == 2  # "موقع المظاهرة" is the big protest's site


def test_unsized_protest_in_the_week_still_retells_the_earlier_one():
    middle = "وامتدت الاحتجاجات على نقص المياه هذا الأسبوع إلى البصرة التي شهدت مظاهرة للمطالبة بإقالة المحافظ."
    protests = _protests(middle)
    assert len(protests) == 1
    assert len(protests[0].evidence_spans) == 3
