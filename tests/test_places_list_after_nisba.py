"""A list of places goes on past the first member's country adjective ("في
مدينة X الألمانية وY"): each member is a scene of its own, one event per
place; an ordinary adjective there ("الساحلية") ends the list as before."""

from __future__ import annotations

import datetime as dt

from support import place_doc

from marsad.pipeline import extract_text

DAY = dt.date(2018, 7, 1)


def _locations(text: str) -> list[str]:
    return [e.location_ar for e in extract_text(text, published=DAY).events]


def test_a_protest_list_goes_on_after_a_nisba() -> None:
    text = "وتظاهر مئات اللاجئين أمس في مدينة هامبورغ الألمانية وباريس تنديدا بالحرب."
    assert set(_locations(text)) == {"هامبورغ", "باريس"}


def test_a_strike_list_goes_on_after_a_nisba() -> None:
    text = "وشنت الطائرات الحربية أمس غارات على مدينة حماة السورية وحمص."
    assert set(_locations(text)) == {"حماة", "حمص"}


def test_an_ordinary_adjective_still_ends_the_list() -> None:
    doc = place_doc("ودخلت القوات مدينة شقرة الساحلية ونوى قريبا.")
    assert "نوى" not in [m.attrs["surface_ar"] for m in doc.of_kind("place")]
