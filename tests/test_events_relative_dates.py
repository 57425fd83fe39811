"""Events: an earlier date closing a relative clause on another act dates that act, not the one reported."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2021, 9, 16)


def dates_by_type(text: str) -> dict[str, str | None]:
    return {e.sub_event_type: e.event_date for e in extract_text(text, published=PUBLISHED).events}


def test_an_execution_is_not_dated_by_the_month_its_hostages_were_taken() -> None:
    dates = dates_by_type("أعدم مسلحو التنظيم أحد المدنيين الذين خطفوهم من قرية الصفا الشهر الماضي، وفق ما أفاد ناشطون.")
    assert dates.get("Attack") is not None and not dates["Attack"].startswith("2021-08")



def test_a_relative_clause_on_the_attacks_own_noun_dates_that_attack() -> None:
    events = extract_text(
        "وشددت الحكومة إجراءاتها الأمنية بعد الهجوم الانتحاري الذي استهدف كنيسة في مدينة الموصل "
        "في يونيو الماضي وأسفر عن مقتل 15 شخصا.",
        published=PUBLISHED,
    ).events
    attacks = [e for e in events if e.event_type != "Strategic developments"]
    assert attacks and all(e.event_date == "2021-06-01" and e.time_precision == 3 for e in attacks)


def test_a_date_recalled_in_a_relative_clause_does_not_date_the_next_sentence() -> None:
    events = extract_text(
        "وتفقد المحافظ مطار عدن، الذي استعادته القوات الحكومية الشهر الماضي بعد معارك مع الحوثيين. "
        "وشن طيران التحالف غارات على مواقع الحوثيين في محافظة لحج.",
        published=PUBLISHED,
    ).events
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(not e.event_date.startswith("2021-08") for e in strikes)


def test_a_relative_clause_on_the_acts_noun_still_dates_the_next_sentence() -> None:
    events = extract_text(
        "وأدان الوزير الهجوم الذي استهدف مسجدا في مدينة عدن الأسبوع الماضي. وقتل في الهجوم 12 مصليا في مدينة عدن.",
        published=PUBLISHED,
    ).events
    assert any(e.event_date == "2021-09-09" for e in events)
