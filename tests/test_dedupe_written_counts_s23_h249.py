"""One shooting told at a province with its toll and later at its town with the same figure
is one act, even when the later count reads as one more ("17 تلميذا ومعلما": 17 pupils and
teachers, read 17 + 1).  The figure both sentences print is the same dead (dedupe
`_shared_count`); reports printing two figures at two places stay two acts."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 2, 22)

LEAD = (
    "فتح مسلح النار في مدرسة ثانوية بولاية فلوريدا الأسبوع الماضي مما أسفر عن مقتل 17 شخصا. "
    "وقال الرئيس إن الحكومة ستدرس مقترحات عدة خلال الأيام المقبلة. "
    "وأضاف أن الكونغرس سيناقش المسألة في جلسة خاصة. "
)


def _places(text: str) -> list[str]:
    return [e.location or "" for e in extract_text(text, published=PUBLISHED).events]


def test_the_same_printed_toll_at_the_town_retells_the_provinces_shooting() -> None:
    assert _places(
        LEAD + "وقتل مسلح يحمل بندقية 17 تلميذا ومعلما في مدرسة ثانوية في باركلاند بولاية فلوريدا يوم 14 فبراير."
    ) == ["Parkland"]


def test_another_printed_toll_at_another_town_stays_its_own_act() -> None:
    assert len(_places(
        LEAD + "وقتل مسلح يحمل بندقية 5 تلاميذ في مدرسة إعدادية في أورلاندو بولاية فلوريدا يوم 20 فبراير."
    )) == 2
