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

Review 3 mends: only a calendar day beside the prayer in its clause (no "احتجاجا على"،
"بعد"، comma between), and never a planned one, is the prayer's; the frame's own day is one
told right before the gap with no "قبل/ذكرى/الذي" before it; stretch nouns match without the
article ("من حصار خانق"); the gap never dates an act told before it; a planned day does not
beat the gap; a day tied to something else ("بسبب مقال نشره في"، "منذ") does not narrow a month.
"""

from __future__ import annotations

import datetime as dt

from support import date_values, dated_events

import marsad

THURSDAY = dt.date(2015, 8, 6)


def test_prayer_weekday_gives_way_to_the_calendar_date() -> None:
    text = ("وتعرض المسجد الكبير في مدينة الدمام لتفجير انتحاري خلال صلاة الجمعة في 19 يونيو الماضي، "
            "ما أدى إلى مقتل 12 شخصا.")
    assert [(sub, day) for sub, day, _, _ in dated_events(text, THURSDAY)] == [("Suicide bomb", "2015-06-19")]


def test_prayer_weekday_alone_still_dates_the_news() -> None:
    text = "وتظاهر مئات من سكان مدينة الرمادي عقب صلاة الجمعة احتجاجا على انقطاع الكهرباء."
    assert [(sub, day) for sub, day, _, _ in dated_events(text, THURSDAY)] == [("Peaceful protest", "2015-07-31")]


def test_prayer_weekday_beside_another_weekdays_date_still_dates_the_news() -> None:
    # 21 August 2013 was a Wednesday: the anniversary's day, not the prayer's.
    text = ("وتظاهر المئات عقب صلاة الجمعة في مدينة دوما إحياء لذكرى الهجوم الكيماوي في 21 أغسطس 2013.")
    days = {m.text.strip(): m.value.isoformat() for m in marsad.extract(text, published=THURSDAY).of_kind("date")}
    assert days.get("الجمعة") == "2015-07-31"


def test_day_inside_a_named_month_dates_the_act() -> None:
    text = ("وتعرض المسجد الكبير في مدينة الدمام لتفجير انتحاري خلال صلاة الجمعة في شهر رمضان "
            "في 19 يونيو الماضي، ما أدى إلى مقتل 12 شخصا.")
    assert [(sub, day, precision) for sub, day, precision, _ in dated_events(text, THURSDAY)] == [
        ("Suicide bomb", "2015-06-19", 1)]


def test_framed_gap_linked_with_min_dates_the_earlier_attack() -> None:
    text = ("قصفت مدفعية الجيش مواقع التنظيم قرب الحدود اليوم الخميس. "
            "ويأتي القصف بعد ثلاثة أيام من هجوم انتحاري في بلدة كيليس أسفر عن مقتل 9 أشخاص.")
    assert date_values(text, THURSDAY)["بعد ثلاثة أيام"] == "2015-08-03"
    suicide = [(day, background) for sub, day, _, background in dated_events(text, THURSDAY) if sub == "Suicide bomb"]
    assert suicide == [("2015-08-03", True)]


def test_gap_of_a_lasting_stretch_dates_nothing() -> None:
    text = "ويأتي الإعلان بعد أسبوعين من الغارات الجوية على بلدات الغوطة الشرقية."
    assert "بعد أسبوعين" not in date_values(text, THURSDAY)


def test_unframed_gap_with_min_dates_nothing() -> None:
    text = "وانسحب المسلحون من البلدة بعد يومين من المداهمات التي نفذتها قوات الأمن."
    assert "بعد يومين" not in date_values(text, THURSDAY)


def test_gap_counts_from_the_frames_own_day() -> None:
    text = ("ويأتي إعلان الجيش الاثنين بعد ساعات من غارة جوية استهدفت موكبا لحركة طالبان "
            "في ولاية غزني.")
    assert date_values(text, THURSDAY)["بعد ساعات"] == "2015-08-03"


def test_gap_linked_with_ala_counts_from_the_frames_own_day_too() -> None:
    text = ("وجاء تصريح الوزير الثلاثاء بعد يومين على تفجير سيارة مفخخة في سوق شعبي "
            "بمدينة بعقوبة.")
    assert date_values(text, THURSDAY)["بعد يومين"] == "2015-08-02"


# -- review 3 misfires (made-up sentences; published on Saturday 28 November 2026) --------
SATURDAY = dt.date(2026, 11, 28)


def _rows(text: str, published: dt.date = SATURDAY) -> list[tuple[str, str | None, int]]:
    return [(sub, day, precision) for sub, day, precision, _ in dated_events(text, published)]


def test_another_acts_friday_date_leaves_the_prayer_dating_the_news() -> None:
    text = ("خرج آلاف المتظاهرين عقب صلاة الجمعة في مدينة الخليل احتجاجا على مقتل شاب برصاص "
            "الجيش الإسرائيلي في 13 نوفمبر الجاري.")
    assert _rows(text) == [("Peaceful protest", "2026-11-27", 1)]
    text = "تظاهر المئات في مدينة الخليل عقب صلاة الجمعة احتجاجا على هدم منازل فلسطينية في 20/11/2026."
    assert _rows(text) == [("Peaceful protest", "2026-11-27", 1)]


def test_a_friday_date_across_a_comma_belongs_to_the_other_act() -> None:
    text = ("تظاهر المئات عقب صلاة الجمعة في مدينة إدلب، للمطالبة بالإفراج عن ناشطين اعتقلتهم "
            "هيئة تحرير الشام في 13 نوفمبر.")
    assert sorted(_rows(text)) == [("Arrests", "2026-11-13", 1), ("Peaceful protest", "2026-11-27", 1)]


def test_an_earlier_bombings_friday_date_is_not_the_prayers() -> None:
    text = ("قتل أربعة أشخاص في تفجير انتحاري استهدف مسجدا خلال صلاة الجمعة في مدينة الدمام، "
            "وهو الهجوم الثاني بعد تفجير مسجد في القديح في 22 مايو الجاري.")
    assert _rows(text, dt.date(2015, 5, 30)) == [("Suicide bomb", "2015-05-29", 1)]


def test_a_planned_day_does_not_cancel_the_prayer() -> None:
    text = "تظاهر الآلاف عقب صلاة الجمعة في العاصمة الأردنية عمان رفضا لزيارة نتنياهو المقررة في 5 ديسمبر."
    assert _rows(text) == [("Peaceful protest", "2026-11-27", 1)]


def test_a_planned_or_remembered_day_is_not_the_frames_own() -> None:
    text = ("أدانت الحكومة العراقية الهجوم. ويأتي ذلك قبل الانتخابات المقررة في 20 ديسمبر المقبل "
            "وبعد يومين على مقتل ثلاثة جنود في هجوم مسلح على حاجز في مدينة الرمادي.")
    assert _rows(text) == [("Armed clash", "2026-11-26", 1)]
    text = ("أدانت الحكومة العراقية الهجوم. ويأتي ذلك في ذكرى مجزرة الغوطة في 21 أغسطس 2013 "
            "وبعد يومين على مقتل ثلاثة جنود في هجوم مسلح على حاجز في مدينة الرمادي.")
    assert date_values(text, SATURDAY)["وبعد يومين"] == "2026-11-26"


def test_another_recalled_acts_day_is_not_the_frames_own() -> None:
    text = ("ويأتي ذلك بعد الهجوم الذي استهدف قاعدة عين الأسد في 20 نوفمبر، وبعد ثلاثة أيام من "
            "مقتل جنديين أمريكيين في هجوم بطائرة مسيرة على قاعدة التنف.")
    assert ("Air/drone strike", "2026-11-25", 1) in _rows(text)


def test_indefinite_nouns_of_a_lasting_stretch_date_nothing() -> None:
    for text in (
        "وجاء دخول القوات إلى بلدة مضايا بعد أشهر من حصار خانق فرضته قوات النظام على البلدة.",
        "وجاء اقتحام المخيم بعد يومين من حصار مشدد فرضته القوات الإسرائيلية على مخيم جنين.",
        "وجاء انسحاب المسلحين بعد أسبوعين من معارك ضارية مع الجيش العراقي في البلدة.",
        "وجاء ذلك بعد ثلاثة أيام من قصف مدفعي متواصل على ريف المدينة.",
        "وجاء ذلك بعد 20 يوما من إضراب مفتوح عن الطعام يخوضه الأسرى في السجن.",
        "وجاءت الاعتقالات بعد ساعات من مظاهرات حاشدة شهدتها العاصمة السودانية.",
    ):
        assert not any(expr.startswith(("بعد", "وبعد")) for expr in date_values(text, SATURDAY)), text


def test_the_gap_never_dates_the_act_told_before_it() -> None:
    text = "وجاء دخول القوات إلى بلدة مضايا بعد أشهر من حصار خانق فرضته قوات النظام على البلدة."
    assert [(day, background) for _, day, _, background in dated_events(text, SATURDAY)] == [("2026-11-28", False)]
    text = "انسحب مسلحو داعش من بلدة البغدادي. وجاء انسحاب المسلحين بعد أسبوعين من معارك ضارية مع الجيش العراقي في البلدة."
    assert [day for _, day, _ in _rows(text)] == ["2026-11-28"]
    text = "قصفت الطائرات الحربية مدينة إدلب اليوم. وجاء ذلك بعد ثلاثة أيام من قصف مدفعي متواصل على ريف المدينة."
    assert _rows(text) == [("Air/drone strike", "2026-11-28", 1)]


def test_a_planned_day_after_the_act_does_not_beat_the_gap() -> None:
    text = ("ويأتي ذلك بعد أسبوع على اعتقال الناشط علاء عبد الفتاح في القاهرة قبيل جلسة محاكمته "
            "المقررة في 3 ديسمبر.")
    assert _rows(text) == [("Arrests", "2026-11-21", 2)]


def test_a_day_tied_to_something_else_does_not_narrow_the_month() -> None:
    text = "اعتقلت قوات الأمن المصرية الناشط أحمد علي في يونيو الماضي بسبب مقال نشره في 2 يونيو."
    assert _rows(text) == [("Arrests", "2026-06-01", 3)]
    text = "قصفت قوات النظام بلدة كفرنبل في أغسطس الماضي للمرة الأولى منذ الاتفاق الموقع في 3 أغسطس."
    assert _rows(text) == [("Shelling/artillery/missile attack", "2026-08-01", 3)]


def test_a_bare_noun_heading_a_construct_is_one_act_not_a_stretch() -> None:
    text = "وتأتي هذه التطورات بعد ساعات من قصف طائرات التحالف معاقل للمتمردين الحوثيين على الحدود مع السعودية."
    assert date_values(text, SATURDAY)["بعد ساعات"] == "2026-11-28"


def test_a_gap_linked_with_ala_still_dates_the_noun_before_it() -> None:
    # "هذه الهجمات" stands for the recalled ambush: the gap with "على" dates it, as before.
    text = ("وتأتي هذه الهجمات بعد مرور أقل من شهر على مقتل 27 عنصرا من قوات الحشد الشعبي في كمين "
            "لتنظيم داعش في منطقة الحويجة.")
    assert [(sub, day) for sub, day, _ in _rows(text, dt.date(2018, 3, 12))] == [("Armed clash", "2018-02-01")]
