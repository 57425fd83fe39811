"""An air force named without its country ("سلاح الجو", "القوات الجوية") is the state's own military."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2015, 7, 25)


def _strike_actor1(text: str) -> list[str | None]:
    doc = extract_text(text, published=DAY)
    return [e.actor1 for e in doc.events if e.sub_event_type == "Air/drone strike"]


def test_air_force_without_nationality_strikes_for_the_article_state():
    assert _strike_actor1("وقصفت القوات الجوية مواقع المسلحين في مدينة درنة الليبية.") \
        == ["Military Forces of Libya (2014-2016)"]


def test_air_force_doing_the_strike_is_not_an_unidentified_group():
    assert _strike_actor1("قام سلاح الجو بقصف مخازن سلاح للجماعات المتطرفة في مدينة درنة الليبية.") \
        == ["Military Forces of Libya (2014-2016)"]


def test_air_force_with_a_nationality_stays_that_state():
    assert _strike_actor1("قال سكان إن سلاح الجو الروسي قصف مواقع المعارضة في إدلب السورية.") \
        == ["Military Forces of Russia (2000-)"]
