"""A day ending an attribution ("حسبما أفادت وسائل إعلام الأحد") dates the report, not the act."""

import datetime as dt

from marsad.pipeline import extract_text


def test_a_lead_dated_by_the_day_the_media_reported_it_is_the_strike_the_body_dates() -> None:
    """The lead's day ends an attribution ("حسبما أفادت وسائل إعلام اليوم الأحد"), so it is
    the report's day: the body's Saturday-night strike on the same city is that strike,
    with the body's exact toll rather than the lead's vague one."""
    text = (
        "قتل عشرات المسلحين في غارة جوية شنتها طائرات التحالف على مدينة صعدة، حسبما أفادت وسائل إعلام اليوم الأحد.\n"
        "وأشار محللون إلى أن الحرب دخلت عامها الرابع.\n"
        "ومساء السبت، قصفت طائرات التحالف مبنى حكوميا في مدينة صعدة، ما أدى إلى مقتل 27 شخصا."
    )
    events = extract_text(text, published=dt.date(2018, 5, 13)).events
    assert [(e.location, e.event_date, e.fatalities) for e in events] == [("Sa'dah", "2018-05-12", 27)]
