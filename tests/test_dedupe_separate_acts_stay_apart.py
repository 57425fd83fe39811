"""Two acts told side by side stay two events (EVENTS.md §1), however alike their tolls or
kinds: the retelling rules of dedupe must not swallow a second act.

Equal tolls a day apart merge only at one place below the country, and a month-dated toll
only at one town; the side hit read as two state forces is one act only on one day in
reports told together; a grenade absorbs only the blast whose object it is; a foiling that
names no side is only the fight it led to, never one told beside it with "فيما"; and a
foiled smuggling or infiltration is no foiled attack.
"""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 5, 14)


def _events(text: str) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.event_date, e.fatalities) for e in extract_text(text, published=PUBLISHED).events]


def test_equal_tolls_a_day_apart_placed_only_by_the_country_are_two_acts() -> None:
    assert len(_events(
        "قتل مسلحون ستة جنود في هجوم على معسكر في الصومال يوم الأحد. "
        "وقتل مسلحون ستة جنود في هجوم على مركز للشرطة في الصومال يوم السبت."
    )) == 2


def test_a_month_dated_toll_in_a_province_is_not_every_equal_toll_that_month() -> None:
    assert len(_events(
        "قتل مسلحون خمسة جنود في هجوم على حاجز في محافظة إدلب في أبريل الماضي. "
        "وقتل مسلحون خمسة جنود في هجوم على قاعدة في محافظة إدلب يوم 10 أبريل."
    )) == 2


def test_police_and_army_hit_in_one_town_on_two_days_are_two_acts() -> None:
    assert [date for _, date, _ in _events(
        "قتل 8 من عناصر الشرطة في هجوم لمسلحين على حاجز في مدينة العريش يوم الأحد. "
        "وقتل 8 جنود في هجوم لمسلحين على حاجز في مدينة العريش يوم السبت."
    )] == ["2018-05-13", "2018-05-12"]


def test_police_and_army_hit_in_one_country_on_two_days_are_two_acts() -> None:
    assert len(_events(
        "قتل 8 من عناصر الشرطة في اشتباكات مع محتجين في اليمن يوم الأحد. "
        "وقتل 8 جنود في اشتباكات مع محتجين في اليمن يوم السبت."
    )) == 2


def test_a_bombing_told_beside_a_grenade_attack_is_kept() -> None:
    assert sorted(sub for sub, _, _ in _events(
        "رمى مجهولون قنبلة يدوية على دورية للشرطة في مدينة العريش أمس، كما انفجرت عبوة ناسفة "
        "بعربة مدرعة للجيش في المدينة."
    )) == ["Grenade", "Remote explosive/landmine/IED"]


def test_a_fight_told_beside_a_foiling_with_no_side_is_its_own_act() -> None:
    assert sorted(sub for sub, _, _ in _events(
        "تم إحباط هجوم على حاجز أمني في مدينة العريش أمس، فيما دارت اشتباكات بين الجيش "
        "ومسلحي ولاية سيناء في المدينة."
    )) == ["Armed clash", "Disrupted weapons use"]


def test_a_foiling_with_no_side_that_led_to_a_fight_is_that_fight() -> None:
    assert _events(
        "تم إحباط هجوم على حاجز أمني في مدينة العريش أمس، مما أسفر عن مقتل 3 مسلحين في اشتباكات."
    ) == [("Armed clash", "2018-05-13", 3)]


def test_a_foiled_smuggling_is_no_retelling_of_the_attack_before_it() -> None:
    assert sorted(sub for sub, _, _ in _events(
        "قتل جنديان في هجوم لمسلحين على دورية للجيش في مدينة رفح أمس. "
        "وقال المتحدث العسكري إن قوات الجيش أحبطت عملية تهريب أسلحة في رفح."
    )) == ["Armed clash", "Disrupted weapons use"]


def test_two_reports_with_borrowed_days_keep_the_lead_day() -> None:
    """Neither report tells a day of its own: each takes one from the sentence before it.
    The earlier of the two is no truer than the lead's (only a retelling a day off, one
    report dated by its statement, takes the earlier day)."""
    assert [date for _, date, _ in _events(
        "أعلن الجيش يوم الجمعة حظر التجول في مدينة العريش. وقتل سبعة مدنيين في قصف على سوق المدينة.\n"
        "وكانت الشرطة قد أغلقت الطرق يوم الخميس. وأسفر القصف عن مقتل سبعة مدنيين في العريش."
    )] == ["2018-05-11"]
