"""Events: an act of the past recalled with its own month and place is coded as background."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2016, 9, 12)
NEWS = "قالت مصادر عسكرية إن قوات الجيش سيطرت اليوم على بلدة الزبداني في ريف دمشق بعد معارك مع المسلحين."


def _recalled(text: str) -> list:
    return [e for e in extract_text(NEWS + "\n" + text, published=PUBLISHED).events if e.background]


def test_ground_that_fell_in_a_named_month_is_background_even_with_the_date_before_the_hands() -> None:
    events = _recalled("وكانت قاعدة الطبقة الجوية قد سقطت في يناير الماضي في أيدي المسلحين.")
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [
        ("Non-state actor overtakes territory", "2016-01-01", 3)]


def test_militants_named_by_their_creed_seizing_a_site_is_a_takeover() -> None:
    text = "وأعلن تنظيم داعش مسؤوليته عن هجوم في حمص.\nوسيطر المتشددون على جامعة الفرات في دير الزور في مارس 2015."
    events = _recalled(text)
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Non-state actor overtakes territory", "2015-03-01")]
    assert events[0].actor1.startswith("Islamic State") and events[0].location == "Deir ez-Zor"
