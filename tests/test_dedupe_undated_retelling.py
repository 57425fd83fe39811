"""A later paragraph's undated, uncounted copy of a blast the text dates is that blast (EVENTS.md §1).

A statement naming the bomber gives no day (so the publication day's week)
and no toll; the body's dated blast with its dead at that place, or inside
its area, is the same act even when the target is read otherwise; a blast
at another town is another act.
"""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2015, 8, 9)


def _events(text: str) -> list[tuple[str, str, int, int]]:
    return [
        (e.sub_event_type, e.event_date, e.time_precision, e.fatalities)
        for e in extract_text(text, published=PUBLISHED).events
    ]


def test_the_bombers_name_told_undated_is_the_dated_blast() -> None:
    assert _events(
        "كشفت وزارة الداخلية هوية الانتحاري الذي فجر نفسه داخل مسجد لقوات الشرطة في مدينة أبها. "
        "وقال المتحدث إن انتحاريا فجر نفسه يوم الخميس أثناء أداء المصلين صلاة الظهر في مسجد "
        "بمنطقة عسير، مما نتج عنه مقتل 12 مدنيا."
    ) == [("Suicide bomb", "2015-08-06", 1, 12)]


def test_a_blast_at_another_town_stays_apart() -> None:
    assert len(_events(
        "كشفت وزارة الداخلية هوية الانتحاري الذي فجر نفسه داخل مسجد لقوات الشرطة في مدينة أبها. "
        "وقال المتحدث إن انتحاريا فجر نفسه يوم الخميس في مسجد بمدينة الدمام، مما نتج عنه مقتل 12 مدنيا."
    )) == 2
