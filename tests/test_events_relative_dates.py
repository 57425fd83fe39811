"""Events: an earlier date closing a relative clause on another act dates that act, not the one reported."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2021, 9, 16)


def dates_by_type(text: str) -> dict[str, str | None]:
    return {e.sub_event_type: e.event_date for e in extract_text(text, published=PUBLISHED).events}


def test_an_execution_is_not_dated_by_the_month_its_hostages_were_taken() -> None:
    dates = dates_by_type("أعدم مسلحو التنظيم أحد المدنيين الذين خطفوهم من قرية الصفا الشهر الماضي، وفق ما أفاد ناشطون.")
    assert dates.get("Attack") is not None and not dates["Attack"].startswith("2021-08")

