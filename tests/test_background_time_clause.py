"""The background flag on a day-dated act of about two weeks before: news when
someone in the article reports it, recalled when the outlet tells it itself or
as the time of what its sentence says ("بعد أن بلغت ذروتها في 14 مايو، حين قتل 61")."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2024, 3, 20)  # 13 days after 7 March


def flags(text: str) -> list[tuple[str | None, bool]]:
    """(date, background) of each event extracted from `text`."""
    return [(e.event_date, e.background) for e in extract_text(text, published=PUBLISHED).events]


def test_a_reported_act_of_two_weeks_before_in_a_time_clause_is_recalled() -> None:
    text = ("وقالت مصادر طبية إن المواجهات في مدينة الخليل هدأت بعد أن بلغت أشدها في 7 مارس، "
            "حين قتل الجيش خمسة متظاهرين في المدينة.")
    assert ("2024-03-07", True) in flags(text)
    assert ("2024-03-07", False) not in flags(text)


def test_an_act_of_two_weeks_before_told_by_the_outlet_itself_after_the_lead_is_recalled() -> None:
    text = "واصلت قوات الاحتلال اليوم حصار مدينة الخليل. وفجر 7 مارس، قصفت طائرات حربية مواقع للمسلحين في مدينة الخليل."
    assert ("2024-03-07", True) in flags(text)


def test_the_same_act_reported_by_a_source_stays_news() -> None:
    text = "وقال الجيش إنه قتل خمسة مسلحين في مدينة الخليل في 7 مارس."
    assert flags(text) == [("2024-03-07", False)]


def test_an_act_of_last_week_told_by_the_outlet_stays_news() -> None:
    text = "وفجر 12 مارس، قصفت طائرات حربية مواقع للمسلحين في مدينة الخليل."
    assert flags(text) == [("2024-03-12", False)]
