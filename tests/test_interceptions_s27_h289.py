"""Interceptions of missiles and drones (EVENTS.md §2, Strategic developments / Disrupted
weapons use): actor1 is the interceptor, actor2 the launcher, one event per place a
spokesman lists; a launcher named for another weapon of the clause never becomes the
interceptor, and a strike that destroys craft or defences on the ground is no interception."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 6)  # a Wednesday
DISRUPTED = "Disrupted weapons use"
SAUDI = "Military Forces of Saudi Arabia (2015-)"
HOUTHIS = "Ansar Allah (Houthis)"


def stops(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.actor1, e.actor2, e.location) for e in extract_text(text, published=PUBLISHED).events
            if e.sub_event_type == DISRUPTED]


def test_a_launcher_named_for_the_first_weapon_is_not_the_interceptor_of_the_second() -> None:
    text = ("أعلن التحالف أمس تدمير طائرة مسيرة أطلقها الحوثيون باتجاه مدينة خميس مشيط، "
            "واعتراض صاروخين بالستيين فوق مدينة نجران.")
    found = stops(text)
    assert found and all(a1 == SAUDI and a2 == HOUTHIS for a1, a2, _ in found)


def test_a_capital_telling_of_its_interception_gives_its_state_as_interceptor() -> None:
    text = "وكانت الرياض قد أعلنت أمس أنها اعترضت صاروخا بالستيا أطلقه الحوثيون في أجواء مدينة أبها."
    assert [(a1, a2) for a1, a2, _ in stops(text)] == [(SAUDI, HOUTHIS)]


def test_a_spokesmans_list_of_missiles_stopped_is_one_interception_per_place() -> None:
    text = ("اعترضت الدفاعات الجوية السعودية أمس صاروخا أطلقه الحوثيون من اليمن باتجاه مدينة أبها. "
            "وأكد المتحدث باسم التحالف في بيان اعتراض صاروخين بالستيين فوق نجران وجازان.")
    found = stops(text)
    assert {place for _, _, place in found} >= {"Najran", "Jizan"}
    assert all(a1 == SAUDI and a2 == HOUTHIS for a1, a2, _ in found)


def test_a_drone_destroyed_in_flight_is_an_interception() -> None:
    text = "اعترضت الدفاعات الجوية السعودية أمس صاروخا أطلقه الحوثيون. وذكر أن طائرة مسيرة جرى تدميرها في أجواء جازان."
    assert any(place == "Jizan" and a1 == SAUDI for a1, _, place in stops(text))


def test_drones_destroyed_on_the_ground_by_a_strike_are_no_interception() -> None:
    text = "دمرت غارات التحالف أمس طائرات مسيرة في مخزن بمحافظة صعدة."
    assert stops(text) == []


def test_air_defences_that_destroyed_missiles_intercepted_them() -> None:
    text = "ودمرت الدفاعات الجوية السورية أمس صاروخين أطلقتهما طائرات إسرائيلية على مطار المزة."
    assert [(a1, a2) for a1, a2, _ in stops(text)] == [
        ("Military Forces of Syria (2000-)", "Military Forces of Israel (2009-2021)")]


def test_air_defences_destroyed_by_a_strike_are_no_interception() -> None:
    assert stops("ودمرت الطائرات الإسرائيلية أمس بطاريات الدفاع الجوي السورية قرب دمشق.") == []


def test_defences_named_by_what_they_stop_fire_no_missiles() -> None:
    text = "وقال التلفزيون الرسمي أمس إن دفاعات مضادة للصواريخ أسقطت صواريخ أطلقت على قاعدة جوية في منطقة حمص."
    events = extract_text(text, published=PUBLISHED).events
    assert [(e.sub_event_type, e.actor1) for e in events] == [(DISRUPTED, "Military Forces of Syria (2000-)")]


def test_a_ballistic_missile_intercepted_needs_no_force_word() -> None:
    text = "وأكد المتحدث أمس اعتراض صاروخ بالستي فوق مدينة جازان."
    assert [place for _, _, place in stops(text)] == ["Jizan"]


def test_a_country_telling_of_its_own_shooting_down_is_the_interceptor() -> None:
    text = ("وأعلنت قناة المسيرة التابعة للحوثيين أمس إطلاق صواريخ باتجاه جيزان غداة إعلان السعودية "
            "إنها أسقطت صاروخا أطلق على المنطقة نفسها.")
    assert any(a1 == SAUDI for a1, _, _ in stops(text))


# Review C (session 27): ordinary phrasing the rule misread.

def events_of(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in extract_text(text, published=published).events]


def test_a_drone_that_destroyed_something_struck_it() -> None:
    for text in ("دمرت طائرة مسيرة تركية أمس سيارة تقل عناصر من حزب العمال الكردستاني قرب مدينة القامشلي.",
                 "دمرت مسيرة أمريكية أمس سيارة تقل قياديين في حركة الشباب جنوب الصومال.",
                 "دمرت مسيرات أوكرانية أمس مصفاة نفط في مدينة فولغوغراد الروسية.",
                 "دمرت طائرات مسيرة تابعة لقوات الدعم السريع أمس محطة كهرباء في مدينة مروي."):
        assert stops(text) == [], text
    found = events_of("قتل ثلاثة مدنيين أمس بعد أن دمرت طائرة مسيرة روسية منزلهم في مدينة خيرسون.")
    assert [(sub, a1) for sub, a1, _ in found] == [("Air/drone strike", "Military Forces of Russia (2000-)")]


def test_a_drone_the_means_or_destroyed_at_an_airport_is_no_interception() -> None:
    assert stops("أعلن الجيش الأوكراني أمس تدمير دبابة روسية بطائرة مسيرة قرب مدينة باخموت.") == []
    assert stops("أعلن الجيش السوداني أمس تدمير مسيرات تابعة لقوات الدعم السريع في مطار نيالا.") == []


def test_an_interceptor_firing_its_own_missiles_is_no_launcher() -> None:
    text = "أطلق الجيش الإسرائيلي أمس صاروخ باتريوت واعترض طائرة مسيرة قادمة من سوريا فوق الجولان."
    assert [a1 for a1, _, _ in stops(text)] == ["Military Forces of Israel (2009-2021)"]
    text = "أطلق الجيش الأمريكي أمس صواريخ من مدمرة في البحر الأحمر وأسقط ثلاث طائرات مسيرة للحوثيين."
    assert [(a1, a2) for a1, a2, _ in stops(text)] == [("Military Forces of the United States (2017-2021)", HOUTHIS)]


def test_a_side_that_launched_what_another_intercepted_is_the_launcher() -> None:
    text = "أطلق الحوثيون أمس صاروخا باليستيا على إيلات، وأعلنت إسرائيل أنها اعترضته."
    assert [(a1, a2) for a1, a2, _ in stops(text)] == [("Military Forces of Israel (2009-2021)", HOUTHIS)]


def test_a_force_that_opened_fire_and_defused_a_bomb_defused_it() -> None:
    text = ("أطلقت قوات الأمن العراقية أمس النار على مسلح حاول زرع عبوة ناسفة على طريق المطار "
            "وفككت العبوة.")
    found = stops(text)
    assert len(found) == 1 and (found[0][0] or "").startswith("Police Forces of Iraq")


def test_no_land_military_where_another_side_claims_the_downing_or_the_land_is_not_told() -> None:
    text = ("أسقطت أمس طائرة مسيرة تركية في قضاء العمادية بمحافظة دهوك، وأعلن حزب العمال الكردستاني "
            "مسؤوليته عن ذلك.")
    assert [(a1, a2) for a1, a2, _ in stops(text)] == [(None, "Military Forces of Turkey (2016-)")]
    for text in ("أسقطت أمس ست طائرات مسيرة فوق مدينة سيفاستوبول في شبه جزيرة القرم.",
                 "أسقطت أمس طائرة مسيرة فوق مدينة دونيتسك.",
                 "تم اعتراض صاروخ أطلق من جنوب لبنان فوق بلدة مجدل شمس في الجولان."):
        assert [a1 for a1, _, _ in stops(text)] == [None], text


def test_a_country_announcing_something_else_is_not_the_interceptor() -> None:
    text = "أسقطت أمس طائرة مسيرة أمريكية فوق محافظة مأرب، بعد إعلان الولايات المتحدة أنها ستواصل ضرباتها."
    assert [(a1, a2) for a1, a2, _ in stops(text)] == [(None, "Military Forces of the United States (2017-2021)")]


def test_defences_striking_a_depot_or_struck_by_a_country_are_no_interception() -> None:
    assert stops("دمرت الدفاعات الجوية الأوكرانية أمس مستودعا روسيا للصواريخ والطائرات المسيرة.") == []
    text = "دمرت إسرائيل أمس الدفاعات الجوية السورية ومخزونات الصواريخ والطائرات الحربية في عدة مطارات."
    found = events_of(text, dt.date(2024, 12, 12))
    assert found and all(sub != DISRUPTED for sub, _, _ in found)
    assert found[0][1] == "Military Forces of Israel (2022-)"
