"""A relative adjective after a site noun describes the site, not its town.

"في سوق مركزي" is a central market: the word must not be read as the
province of that name (Markazi, Iran), which would also pull the story's
other foreign names towards that country.  A village name there still
names the market's town (tests/test_geocode_finer_scenes_s23_h243.py)."""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2015, 7, 26)


def _places(text: str) -> dict[str, str | None]:
    doc = marsad.extract(text, published=DAY)
    return {m.text: getattr(m.attrs.get("place"), "name", None) for m in doc.of_kind("place")}


def test_central_market_is_no_place_name():
    text = "وكانت انتحاريتان نفذتا تفجيرين أسفرا عن مقتل 13 شخصا في سوق مركزي في مروة شمال الكاميرون."
    assert "مركزي" not in _places(text)
    assert all(e.country != "Iran" for e in marsad.extract(text, published=DAY).events)


def test_field_hospital_and_border_crossing_are_no_place_names():
    assert "ميداني" not in _places("ونقل الجرحى إلى مستشفى ميداني في ريف إدلب.")
    assert "حدودي" not in _places("وقتل جندي في هجوم على نقطة بمعبر حدودي قرب الرمادي.")
