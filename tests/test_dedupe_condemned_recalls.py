"""An act condemned in several statements is one act, whichever copy the genre stage flagged."""

import datetime as dt

from marsad.pipeline import extract_text


def test_a_later_statement_condemning_the_attack_is_the_bombing_condemned_before() -> None:
    """The first condemnation dates the bombing two days back (flagged background as
    the reaction's topic); the next statement's "أمس" is its own day, and its
    "الاعتداء" is that bombing, not a second, unflagged attack."""
    text = (
        "استنكرت وزارة الخارجية الفرنسية التفجير الإرهابي الذي استهدف مسجد الشرطة في أبها أول من أمس، "
        "وأسفر عن سقوط عدد من رجال الأمن.\n"
        "وقال المتحدث باسم الوزارة إن بلاده تستنكر هذا العمل.\n"
        "وقالت وزارة الخارجية الأردنية في بيان أمس إن الأردن يدين هذه الجريمة النكراء، "
        "كما يدين الاعتداء الذي استهدف المصلين في مسجد الشرطة بمدينة أبها."
    )
    events = extract_text(text, published=dt.date(2019, 3, 8)).events
    assert len(events) == 1
    assert events[0].sub_event_type == "Remote explosive/landmine/IED" and events[0].event_date == "2019-03-06"
