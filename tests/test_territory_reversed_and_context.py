"""Changes of territory told with the loser alone, and words that look like one: ground
told as freed or cleared of a side, or taken as that side fled, was lost by it; a
withdrawal that only times another act, an aim, a place named for liberation and a thing
seized are no change of hands."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2015, 8, 9)
HOUTHIS = "Ansar Allah (Houthis)"
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory")


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


def _gains(text: str) -> list[tuple[str, str | None, str | None]]:
    return [event for event in _events(text) if event[0] in TERRITORY]


def test_ground_that_freed_itself_of_a_side_was_lost_by_that_side():
    gains = _gains("وتحررت مدينة الحوطة أمس من قبضة الحوثيين بعد معارك عنيفة.")
    assert gains and all(actor1 != HOUTHIS and actor2 == HOUTHIS for _, actor1, actor2 in gains)


def test_ground_cleared_in_the_passive_of_a_side_was_lost_by_that_side():
    gains = _gains("وقال القائد إن المناطق التي طُهّرت أمس من ميليشيات الحوثي في لحج باتت آمنة.")
    assert gains and all(actor1 != HOUTHIS and actor2 == HOUTHIS for _, actor1, actor2 in gains)


def test_the_side_whose_flight_ground_was_taken_after_lost_it():
    gains = _gains("وجاء تقدم القوات بعدما سيطرت أمس على وادي الحار، وذلك على أثر فرار مسلحي الحوثي الذين "
                   "كانوا يتمركزون فيه.")
    assert gains and all(actor1 != HOUTHIS and actor2 == HOUTHIS for _, actor1, actor2 in gains)


def test_a_withdrawal_that_times_the_laying_of_mines_is_no_transfer():
    events = _events("وقتل خمسة مدنيين أمس بانفجار ألغام زرعها الحوثيون قبل انسحابهم من مدينة الحوطة.")
    assert events and all(sub != "Non-violent transfer of territory" for sub, _, _ in events)


def test_a_liberation_an_attack_was_an_attempt_at_is_no_gain():
    events = _events("وشنت المقاومة أمس هجوما على مواقع الحوثيين قرب زنجبار في محاولة منهم لفك الحصار عن "
                     "المدينة وتحريرها.")
    assert events and all(sub not in TERRITORY for sub, _, _ in events)


def test_a_square_named_for_liberation_is_no_gain():
    events = _events("وقتل ستة من الحوثيين أمس في هجوم نفذته المقاومة الشعبية على تجمع لهم في منطقة التحرير "
                     "وسط صنعاء.")
    assert events and all(sub not in TERRITORY for sub, _, _ in events)


def test_vehicles_or_missiles_seized_are_no_ground():
    assert not _gains("كما سيطرت المقاومة على عربتين للحوثيين.")
    events = _events("وأحبطت قوة من الشرطة محاولة تسلل لعناصر داعش شرق الرمادي والاستيلاء على 17 صاروخا مضادا "
                     "للدروع.")
    assert all(sub not in TERRITORY and sub != "Shelling/artillery/missile attack" for sub, _, _ in events)


def test_ground_whose_liberation_is_a_blow_to_a_side_was_lost_by_that_side():
    gains = _gains("ويمثل تحرير مدينة الحوطة أمس ضربة جديدة لميليشيات الحوثي.")
    assert gains and all(actor1 != HOUTHIS and actor2 == HOUTHIS for _, actor1, actor2 in gains)


def test_the_side_told_fleeing_as_forces_entered_lost_the_ground():
    doc = extract_text("وقال مصدر أمني إن مسلحي القاعدة الذين فروا من مديرية الصعيد بمحافظة شبوة مع دخول القوات "
                       "إليها أمس توجهوا نحو الجبال.", published=dt.date(2018, 2, 27))
    gains = [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type in TERRITORY]
    assert gains and all(actor1 != "Al Qaeda" and actor2 == "Al Qaeda" for actor1, actor2 in gains)
