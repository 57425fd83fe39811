"""Places too coarse when the text names the town of the act (session 23, H243).

- A market, prison or crossing after a preposition names its town ("بسوق X",
  "عند منفذ X"): an ordinary-word village name there is a place, and the
  site's town beats the governorate or city named just before it.
- A town the sentence places in the frame's own unit again ("التفجير في عسير
  ... في مدينة أبها بمنطقة عسير") is the scene within that unit.
- "وفي X (جنوب Y) ... في المحافظة": a city named only to say where X lies is
  not what "المحافظة" refers back to.
- "بالكويت العاصمة": a country's name before "العاصمة" is its same-named capital city.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 8, 10)


def _located(text: str) -> list[tuple[str, str | None, int]]:
    return [(e.location, e.admin1, e.geo_precision) for e in marsad.extract(text, published=DAY).events]


def _places(text: str) -> dict[str, str | None]:
    doc = marsad.extract(text, published=DAY)
    return {m.text: getattr(m.attrs.get("place"), "name", None) for m in doc.of_kind("place")}


def test_market_town_after_preposition_is_a_place():
    # ضحيان is also an ordinary adjective: the market noun after ب makes it the town
    text = "قتل 12 مدنيا في غارة جوية استهدفت سيارة بسوق ضحيان في محافظة صعدة أمس."
    assert _places(text).get("ضحيان") == "Dahyan"
    assert _located(text) == [("Dahyan", "Sa`dah", 1)]


def test_market_noun_without_preposition_supports_nothing():
    # no preposition before the site noun: an ordinary word stays a word
    assert "ضحيان" not in _places("وقال إن سوق ضحيان كان مزدحما بالمتسوقين.")


def test_crossing_town_beats_the_province_named_before_it():
    text = "وتظاهر المئات في البصرة عند منفذ صفوان الحدودي، مطالبين بفرص عمل."
    assert _located(text) == [("Safwan", "Al-Basrah", 1)]


def test_site_town_in_another_province_does_not_replace_the_scene():
    # the crossing's town must lie in the province the act is told in
    text = "وتظاهر المئات في ميسان عند منفذ صفوان، مطالبين بفرص عمل."
    assert [loc[1] for loc in _located(text)] == ["Maysan"]


def test_town_placed_again_in_the_frame_unit_is_the_scene():
    text = ("قدم الأهالي التعازي في ضحايا حادثة التفجير في عسير، بعد أن أبرق وجهاء المنطقة "
            "للأمير استنكارا لجريمة المسجد في مدينة أبها بمنطقة عسير.")
    assert [loc[0] for loc in _located(text)] == ["Abha"]


def test_governorate_noun_skips_a_city_named_by_direction():
    text = "وفي إب (جنوب صنعاء) سيطرت قوات الجيش على ثالث مديرية في المحافظة."
    assert _places(text).get("المحافظة") == "Ibb"
    assert [loc[1] for loc in _located(text)] == ["Ibb"]


def test_governorate_noun_still_takes_a_unit_named_by_direction():
    text = "وفي مديرية ماوية شرقي محافظة تعز سيطرت قوات الجيش على مواقع في المحافظة."
    assert _places(text).get("المحافظة") == "Ta`izz"


def test_country_name_before_the_capital_noun_is_the_capital_city():
    # a state sharing its capital's name: "العاصمة" after it says the city is meant
    text = "وقع التفجير في مسجد بالكويت العاصمة خلال صلاة الجمعة وأسفر عن مقتل 20 شخصا."
    assert _located(text) == [("Kuwait City", "Al Asimah", 1)]


def test_capital_noun_opening_its_own_phrase_leaves_the_country():
    text = "وقع التفجير في الكويت العاصمة الاقتصادية للخليج وأسفر عن مقتل 20 شخصا."
    assert _places(text).get("الكويت") == "Kuwait"
