"""Duplicates of one act: a report dated only by its statement's day and placed only roughly in a
province ("ريف حلب") is the act the body dates earlier at a town of it; a bombardment retold with
its dead read once as civilians and once as the armed side holding the place (an equal toll, or an
undated retelling) is one act; one written place name resolved to two homonyms is one place."""

import datetime as dt

from marsad.document import Event
from marsad.pipeline import extract_text
from marsad.stages import dedupe

FRIDAY = dt.date(2019, 3, 8)


def _events(text: str, published: dt.date = FRIDAY) -> list[Event]:
    return [e for e in extract_text(text, published=published).events if e.event_type != "Battles"]


def test_statement_day_report_in_a_province_area_is_the_act_dated_before() -> None:
    events = _events(
        "خطفت جبهة النصرة خمسة عناصر من فصيل معارض في ريف حلب الشمالي، "
        "بحسب ما ذكر المرصد السوري لحقوق الإنسان، الخميس.\n"
        "وقال المرصد إن عناصر من جبهة النصرة خطفوا مساء الثلاثاء قائد الفصيل وأربعة من مرافقيه "
        "أثناء عودتهم من مدينة اعزاز."
    )
    assert [(e.location, e.event_date) for e in events] == [("Azaz", "2019-03-05")]


def test_statement_day_report_by_another_group_in_the_area_stays_apart() -> None:
    events = _events(
        "خطف تنظيم داعش خمسة عناصر من فصيل معارض في ريف حلب الشمالي، "
        "بحسب ما ذكر المرصد السوري لحقوق الإنسان، الخميس.\n"
        "وقال المرصد إن عناصر من جبهة النصرة خطفوا مساء الثلاثاء قائد فصيل آخر وأربعة من مرافقيه "
        "أثناء عودتهم من مدينة اعزاز."
    )
    assert len(events) == 2


ROCKET = (
    "قتل 12 شخصا وأصيب 40 آخرون جراء سقوط صاروخ على حي الوعر في مدينة حمص، "
    "في حين تواصلت المعارك في ريف اللاذقية.\n"
    "وقال ناشطون إن الاشتباكات في جبل الأكراد استمرت طوال الليل.\n"
    "وأضافوا أن الطيران الحربي شن غارات على بلدة سلمى.\n"
    "وفي حمص، قال المرصد السوري إن {count} شخصا قتلوا وأصيب 30 آخرون جراء سقوط صاروخ "
    "على حي الخالدية الخاضع لسيطرة المعارضة جنوب المدينة."
)


def _shellings(text: str) -> list[Event]:
    return [e for e in _events(text) if e.sub_event_type == "Shelling/artillery/missile attack"]


def test_equal_toll_of_a_rocket_read_once_on_civilians_once_on_rebels_is_one_act() -> None:
    assert [e.fatalities for e in _shellings(ROCKET.format(count=12))] == [12]


def test_another_toll_of_a_rocket_on_a_rebel_held_quarter_is_another_act() -> None:
    assert sorted(e.fatalities for e in _shellings(ROCKET.format(count=9))) == [9, 12]


ACADEMY = (
    "ووقع تفجير انتحاري مساء الأحد أمام مدخل كلية الشرطة في مدينة قندهار "
    "بينما كان أفراد الشرطة عائدين من إجازتهم.\n"
    "وأعلنت وزارة الداخلية أن الحكومة ستفتح تحقيقا في الحادث.\n"
)


def test_undated_retelling_of_a_blast_among_police_students_is_the_dated_blast() -> None:
    events = _events(ACADEMY + "وصرح قائد شرطة قندهار أن انتحاريا فجر نفسه «في وسط مجموعة من طلاب» كلية الشرطة.",
                     dt.date(2019, 3, 5))
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Suicide bomb", "2019-03-03")]


def test_another_undated_blast_among_shoppers_stays_apart() -> None:
    events = _events(ACADEMY + "وفي هجوم آخر، فجر انتحاري نفسه وسط مجموعة من المتسوقين في سوق مدينة قندهار.",
                     dt.date(2019, 3, 5))
    assert len(events) == 2


def _shelling(location: str, admin1: str, written: str, start: int) -> Event:
    return Event(
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
        event_date="2019-03-04", actor1="Ansar Allah (Houthis)", inter1=2, country="Yemen",
        admin1=admin1, location=location, location_ar=written, geo_precision=1,
        evidence_spans=[(start, start + 40)],
    )


def test_one_written_place_resolved_to_two_homonyms_is_one_place() -> None:
    first, second = _shelling("Town A", "Ibb", "سد الوادي", 0), _shelling("Town B", "Ta`izz", "سد الوادي", 60)
    assert dedupe.same_event(first, second)


def test_a_place_word_pointing_back_is_no_shared_name() -> None:
    first, second = _shelling("Town A", "Ibb", "المدينة", 0), _shelling("Town B", "Ta`izz", "المدينة", 60)
    assert not dedupe.same_event(first, second)
