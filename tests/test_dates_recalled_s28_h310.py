"""Days of recalled acts told beside the news (session 28, H310).

- "خلال صلاة الجمعة" names a prayer; in a sentence that also gives a calendar date
  falling on that weekday ("في 26 يونيو الماضي", a Friday) that date is the prayer's
  day, and the weekday must not pull the act to the latest Friday before publication.
  A date on another weekday (an anniversary's) leaves the prayer dating the news.
- A month and a day inside it in one stretch ("في شهر رمضان في 26 يونيو") name one
  day twice: the day, not the nearer month, dates the act.
- "ويأتي <news> بعد ثلاثة أيام من هجوم ..." in a framed sentence counts back from the
  news to the attack, like "على" does: the attack is three days before, recalled.  But
  "بعد أسبوعين من الغارات" is "after two weeks of strikes" (a stretch that lasts), and
  outside a frame "بعد يومين من" dates nothing.
- The gap counts from the day the frame gives its news ("ويأتي إعلان الجيش الاثنين بعد
  ساعات من ..."), not from publication.
"""

from __future__ import annotations

import datetime as dt

import marsad

THURSDAY = dt.date(2015, 8, 6)


def _events(text: str, published: dt.date) -> list[tuple[str, str | None, int, bool]]:
    return [(e.sub_event_type, e.event_date, e.time_precision, e.background)
            for e in marsad.extract(text, published=published).events]


def _dates(text: str, published: dt.date) -> dict[str, str | None]:
    return {m.text.strip(): m.value.isoformat() if m.value else None
            for m in marsad.extract(text, published=published).of_kind("date")}


def test_prayer_weekday_gives_way_to_the_calendar_date() -> None:
    text = ("وتعرض المسجد الكبير في مدينة الدمام لتفجير انتحاري خلال صلاة الجمعة في 19 يونيو الماضي، "
            "ما أدى إلى مقتل 12 شخصا.")
    assert [(sub, day) for sub, day, _, _ in _events(text, THURSDAY)] == [("Suicide bomb", "2015-06-19")]


def test_prayer_weekday_alone_still_dates_the_news() -> None:
    text = "وتظاهر مئات من سكان مدينة الرمادي عقب صلاة الجمعة احتجاجا على انقطاع الكهرباء."
    assert [(sub, day) for sub, day, _, _ in _events(text, THURSDAY)] == [("Peaceful protest", "2015-07-31")]


def test_prayer_weekday_beside_another_weekdays_date_still_dates_the_news() -> None:
    # 21 August 2013 was a Wednesday: the anniversary's day, not the prayer's.
    text = ("وتظاهر المئات عقب صلاة الجمعة في مدينة دوما إحياء لذكرى الهجوم الكيماوي في 21 أغسطس 2013.")
    days = {m.text.strip(): m.value.isoformat() for m in marsad.extract(text, published=THURSDAY).of_kind("date")}
    assert days.get("الجمعة") == "2015-07-31"


def test_day_inside_a_named_month_dates_the_act() -> None:
    text = ("وتعرض المسجد الكبير في مدينة الدمام لتفجير انتحاري خلال صلاة الجمعة في شهر رمضان "
            "في 19 يونيو الماضي، ما أدى إلى مقتل 12 شخصا.")
    assert [(sub, day, precision) for sub, day, precision, _ in _events(text, THURSDAY)] == [
        ("Suicide bomb", "2015-06-19", 1)]


def test_framed_gap_linked_with_min_dates_the_earlier_attack() -> None:
    text = ("قصفت مدفعية الجيش مواقع التنظيم قرب الحدود اليوم الخميس. "
            "ويأتي القصف بعد ثلاثة أيام من هجوم انتحاري في بلدة كيليس أسفر عن مقتل 9 أشخاص.")
    assert _dates(text, THURSDAY)["بعد ثلاثة أيام"] == "2015-08-03"
    suicide = [(day, background) for sub, day, _, background in _events(text, THURSDAY) if sub == "Suicide bomb"]
    assert suicide == [("2015-08-03", True)]


def test_gap_of_a_lasting_stretch_dates_nothing() -> None:
    text = "ويأتي الإعلان بعد أسبوعين من الغارات الجوية على بلدات الغوطة الشرقية."
    assert "بعد أسبوعين" not in _dates(text, THURSDAY)


def test_unframed_gap_with_min_dates_nothing() -> None:
    text = "وانسحب المسلحون من البلدة بعد يومين من المداهمات التي نفذتها قوات الأمن."
    assert "بعد يومين" not in _dates(text, THURSDAY)


def test_gap_counts_from_the_frames_own_day() -> None:
    text = ("ويأتي إعلان الجيش الاثنين بعد ساعات من غارة جوية استهدفت موكبا لحركة طالبان "
            "في ولاية غزني.")
    assert _dates(text, THURSDAY)["بعد ساعات"] == "2015-08-03"


def test_gap_linked_with_ala_counts_from_the_frames_own_day_too() -> None:
    text = ("وجاء تصريح الوزير الثلاثاء بعد يومين على تفجير سيارة مفخخة في سوق شعبي "
            "بمدينة بعقوبة.")
    assert _dates(text, THURSDAY)["بعد يومين"] == "2015-08-02"
