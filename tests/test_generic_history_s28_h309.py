"""Generic, historical and figurative statements are no events (EVENTS.md §2): an act told
after "بعدما"/"بعد أن" behind an old date of the main clause came before that date by an
unknown span and has no day of its own; ground gained over unnamed areas in a sentence that
names no place is a summary of gains; "several times" and "at various times" make a habit;
"تفجير الثورة"، "انفجار الوضع" name an outbreak, not a bombing.  The same acts told with a
day, a place or a real target stay events."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2018, 7, 2)


def _types(text: str, published: dt.date = DAY) -> list[str]:
    return [e.sub_event_type for e in extract_text(text, published=published).events]


def test_an_act_after_the_opener_behind_an_old_month_is_not_dated_by_it() -> None:
    text = ("وتصاعد النزاع في البلاد مع تدخل التحالف العسكري في آذار/مارس 2015 دعما للحكومة بعدما "
            "تمكن المتمردون الحوثيون من السيطرة على مناطق واسعة من البلاد بينها العاصمة صنعاء.")
    assert _types(text) == []


def test_an_act_after_the_opener_on_a_news_day_stays() -> None:
    text = ("وفرت قيادات الحوثيين صباح أمس من مدينة عدن بعد أن تمكنت قوات المقاومة الشعبية من "
            "السيطرة على قصر المعاشيق.")
    assert "Government regains territory" in _types(text, published=dt.date(2015, 7, 15))


def test_an_act_after_the_opener_with_its_own_date_stays() -> None:
    text = "وتدخل التحالف في آذار/مارس 2015 بعدما سيطر الحوثيون على مدينة عدن في 25 آذار 2015."
    assert _types(text, published=dt.date(2015, 4, 20)) == ["Non-state actor overtakes territory"]


def test_ground_regained_over_unnamed_areas_with_no_place_is_no_event() -> None:
    text = ("وتقود واشنطن تحالفا دوليا ضد التنظيم في العراق. وتمكنت القوات العراقية، بدعم من "
            "مسلحين موالين، من استعادة السيطرة على بعض المناطق التي سقطت في يد المتطرفين.")
    assert not any("territory" in t for t in _types(text, published=dt.date(2015, 7, 24)))


def test_ground_over_unnamed_areas_of_a_named_district_stays() -> None:
    text = ("وحررت قوات الجيش اليمني، الأربعاء، مناطق واسعة في مديرية الدريهمي جنوب مدينة الحديدة "
            "بعد معارك مع الحوثيين.")
    assert "Government regains territory" in _types(text, published=dt.date(2018, 6, 14))


def test_setting_off_a_revolution_or_the_situation_is_no_bombing() -> None:
    text = ("ويقول أبناء المنطقة إن التهميش كان سبب تفجير ثورة التغيير في الحادي عشر من فبراير 2011 "
            "في مدينة تعز. وقال المبعوث إن جهودنا منعت انفجار الوضع في قطاع غزة حتى الآن.")
    assert _types(text) == []


def test_a_car_bomb_set_off_stays_a_bombing() -> None:
    text = "وقتل ثلاثة أشخاص في تفجير سيارة مفخخة وسط مدينة بغداد أمس."
    assert _types(text) == ["Remote explosive/landmine/IED"]


def test_protests_at_various_times_are_a_habit() -> None:
    text = "وشهدت مدينة الحديدة وبعض مديرياتها في أوقات متفرقة احتجاجات حاشدة تطالب بطرد المسلحين."
    assert _types(text, published=dt.date(2015, 7, 26)) == []


def test_strikes_several_times_are_a_habit() -> None:
    text = "واستهدفت الطائرات الإسرائيلية لمرات عدة مواقع عسكرية في ريف دمشق."
    assert _types(text, published=dt.date(2018, 8, 5)) == []


def test_a_protest_on_a_day_stays() -> None:
    text = "وشهدت مدينة الحديدة أمس احتجاجات حاشدة تطالب بطرد المسلحين الحوثيين من المدينة."
    assert _types(text, published=dt.date(2015, 7, 26)) == ["Peaceful protest"]


def test_positions_taken_in_a_sentence_naming_its_place_stay() -> None:
    text = ("وزار محافظ محافظة مأرب الوحدات العسكرية بمأرب، وذلك بعد هدوء نسبي شهدته المحافظة يوم أمس، "
            "وسيطرة المقاومة على مواقع عدة كان الحوثيون وأنصار صالح يسيطرون عليها.")
    assert "Government regains territory" in _types(text, published=dt.date(2015, 8, 9))
