"""A sentence that tells no act but counts the dead of an act it names gives its
count to the one act of that kind told beside it with no toll (EVENTS.md §4).

A tally ("حصيلة ضحايا القصف بلغت 10 قتلى") is no report of its own (clauses.yaml
`not_reports`), so its count was lost while the shelling it counts was coded with
0 deaths.  The carry is made only when it is unambiguous: one act of the named
kind within two sentences, with no toll of its own; not from a pluperfect
recollection, a period total, or a bare killing word.
"""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 7, 21)


def _events(text: str) -> list[tuple[str, int]]:
    return [(e.sub_event_type, e.fatalities) for e in extract_text(text, published=PUBLISHED).events]


def test_a_tally_of_the_shelling_told_beside_it_is_its_toll() -> None:
    events = _events(
        "قصفت ميليشيات الحوثي اليوم الأحياء السكنية في مدينة التحيتا بقذائف الهاون. "
        "وأكدت مصادر طبية أن حصيلة ضحايا قصف الميليشيات للأحياء السكنية في التحيتا بلغت 7 قتلى و20 جريحا."
    )
    assert events == [("Shelling/artillery/missile attack", 7)]


def test_a_tally_beside_two_acts_of_its_kind_is_not_carried() -> None:
    events = _events(
        "قصفت ميليشيات الحوثي اليوم الأحياء السكنية في مدينة التحيتا بقذائف الهاون. "
        "وقصفت الميليشيات أيضا قرية في مديرية حيس بقذائف المدفعية. "
        "وأكدت مصادر طبية أن حصيلة ضحايا قصف الميليشيات بلغت 7 قتلى."
    )
    assert all(f == 0 for _, f in events)


def test_a_recalled_toll_is_not_carried() -> None:
    events = _events(
        "قصفت ميليشيات الحوثي اليوم الأحياء السكنية في مدينة التحيتا بقذائف الهاون. "
        "وكانت الميليشيات قد قصفت الأحياء ذاتها بالصواريخ الشهر الماضي، ما أدى إلى مقتل 12 مدنيا."
    )
    assert events[0] == ("Shelling/artillery/missile attack", 0)


def test_a_tally_since_the_war_began_is_not_carried() -> None:
    events = _events(
        "قصفت ميليشيات الحوثي اليوم الأحياء السكنية في مدينة التحيتا بقذائف الهاون. "
        "وبلغت حصيلة ضحايا القصف منذ بدء الحرب 300 قتيل."
    )
    assert events == [("Shelling/artillery/missile attack", 0)]


def test_a_tally_of_another_kind_of_act_is_not_carried() -> None:
    events = _events(
        "قصفت ميليشيات الحوثي اليوم الأحياء السكنية في مدينة التحيتا بقذائف الهاون. "
        "وأكدت مصادر طبية أن حصيلة ضحايا الاشتباكات بين الميليشيات والقبائل في حيس بلغت 7 قتلى."
    )
    assert ("Shelling/artillery/missile attack", 0) in events


def test_a_vague_count_of_strikes_and_fights_is_not_carried() -> None:
    events = _events(
        "اشتبكت القوات التركية مع وحدات حماية الشعب الكردية اليوم في محيط مدينة عفرين. "
        "وتثير العملية العسكرية اتهامات بمقتل العشرات من المدنيين في القصف والاشتباكات."
    )
    assert all(f == 0 for _, f in events)


# Code review 2 (pub 2018-07-20): a tally for another place, or a projection, is not carried.
def _events_0720(text: str) -> list[tuple[str, int]]:
    return [(e.sub_event_type, e.fatalities) for e in extract_text(text, published=dt.date(2018, 7, 20)).events]


def test_a_tally_naming_another_town_is_not_carried() -> None:
    events = _events_0720("قصفت قوات النظام مدينة دوما بالمدفعية اليوم. "
                          "وقال مصدر طبي إن حصيلة القصف على حرستا بلغت 15 قتيلا.")
    assert events and all(f == 0 for _, f in events)


def test_a_tally_naming_another_front_is_not_carried() -> None:
    events = _events_0720("اندلعت اشتباكات بين القوات الحكومية والحوثيين في مديرية نهم اليوم. "
                          "وقالت مصادر إن حصيلة المعارك في جبهة صرواح بلغت 20 قتيلا من الطرفين.")
    assert events and all(f == 0 for _, f in events)


def test_a_hedged_projection_is_not_carried() -> None:
    events = _events_0720("قصفت قوات النظام مدينة دوما اليوم. "
                          "وتحدث ناشطون عن أن حصيلة ضحايا القصف قد تصل إلى 30 قتيلا.")
    assert events and all(f == 0 for _, f in events)


def test_a_tally_naming_the_acts_own_town_is_carried() -> None:
    events = _events_0720("قصفت قوات النظام مدينة دوما اليوم. "
                          "وتحدث ناشطون عن أن حصيلة ضحايا القصف في دوما بلغت 30 قتيلا.")
    assert events == [("Shelling/artillery/missile attack", 30)]
