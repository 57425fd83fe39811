"""Events: protesters shot while they stone or firebomb the troops are a violent demonstration."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 8)


def sub_types(text: str) -> set[str]:
    return {e.sub_event_type for e in extract_text(text, published=PUBLISHED).events}


def test_shot_protesters_who_pelted_the_troops_rioted() -> None:
    text = (
        "قالت وزارة الصحة إن ثلاثة شبان قتلوا برصاص الجيش خلال تظاهرة قرب السياج شرق مدينة رفح اليوم.\n"
        "وقال الجيش إن المتظاهرين كانوا يرشقون الجنود والسياج بالحجارة والزجاجات الحارقة."
    )
    assert sub_types(text) == {"Violent demonstration"}


def test_shot_peaceful_protesters_stay_excessive_force() -> None:
    text = (
        "قالت وزارة الصحة إن ثلاثة شبان قتلوا برصاص الجيش خلال تظاهرة قرب السياج شرق مدينة رفح اليوم.\n"
        "وقال منظمو التظاهرة إنها كانت سلمية وإن المشاركين رفعوا الأعلام فقط."
    )
    assert sub_types(text) == {"Excessive force against protesters"}
