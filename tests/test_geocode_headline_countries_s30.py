"""A headline naming two countries before a colon must not crash the country vote.

The vote loop once reused the name of its set of placed countries for a
per-mention flag, so a dateline-like mention after a country turned the set
into None and the article was lost with a TypeError.
"""

import datetime as dt

from marsad.pipeline import extract_text


def test_two_countries_before_a_headline_colon_keep_the_article():
    doc = extract_text(
        "قتل 14 مسلحا في غارة جوية على مطار التيفور العسكري في ريف حمص ليل الأحد.",
        published=dt.date(2018, 4, 9),
        title='سوريا وروسيا: إسرائيل نفذت "ضربة التيفور"',
    )
    strikes = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].fatalities == 14
    assert strikes[0].country == "Syria"
