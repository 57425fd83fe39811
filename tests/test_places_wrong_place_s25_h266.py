"""Events at the right place, not another one (session 25, H266).

- A place named with a near word after it ("في الغوطة الشرقية قرب دمشق",
  "بالقرب من مدينة X") is the scene; the city after the near word is only the
  reader's landmark (`landmark_near_words`, geocode._landmarks_near).  A
  country or a province before the near word is the frame and stays as it was.
- A town framed by a capital that bears its country's name ("جنوب شرقي تونس")
  is framed by the country: it stays where it is, not moved to the capital.
- A Maghreb town written as two words whose first is a name head ("مدينة بن
  قردان") is the one town the gazetteer spells joined (بنقردان), never Bonn;
  after a given name the two words are a man's descent ("محمد بن سليمان").
- "مدينا" (condemning) after a statement is no Medina in the United States.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 3, 19)


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(e.location, e.country) for e in marsad.extract(text, published=DAY).events]


def _mentions(text: str) -> list[str]:
    doc = marsad.extract(text, published=DAY)
    return [m.attrs["place"].name for m in doc.of_kind("place") if m.attrs.get("place") is not None]


def test_the_place_before_a_near_word_is_the_scene_not_the_landmark_city():
    places = _places("قصفت القوات الحكومية مواقع المعارضة في الغوطة الشرقية قرب دمشق صباح الأحد.")
    assert places == [("Eastern Ghouta", "Syria")]


def test_a_country_before_a_near_word_stays_the_frame():
    # "في سوريا قرب الحدود مع تركيا": the country is the frame, no landmark rule applies
    places = _places("قتل جنديان في هجوم على حاجز عسكري في سوريا قرب الحدود مع تركيا صباح الأحد.")
    assert places == [("Syria", "Syria")]


def test_a_town_south_of_a_capital_named_like_its_country_stays_in_place():
    # "جنوب شرقي تونس" frames the town by the country, not by the capital 500 km away
    places = _places("تظاهر مئات من سكان مدينة بن قردان، الواقعة جنوب شرقي تونس، احتجاجا على إغلاق المعبر.")
    assert places == [("Ben Gardane", "Tunisia")]


def test_a_name_split_after_its_head_is_the_joined_town_not_bonn():
    places = _places("تظاهر مئات من سكان مدينة بن قردان جنوب شرقي تونس احتجاجا على إغلاق المعبر الحدودي مع ليبيا.")
    assert places == [("Ben Gardane", "Tunisia")]


def test_a_descent_after_a_given_name_is_no_town():
    names = _mentions("وقال الشيخ محمد بن سليمان إن الشرطة اعتقلت ثلاثة مطلوبين في الرباط.")
    assert "Ben Slimane" not in names and "Bonn" not in names


def test_condemning_is_no_medina():
    names = _mentions("قتل 11 شخصا في تفجير استهدف سوقا في مروة، وقال مكتب الرئيس إن الحصيلة ثقيلة، "
                      "مدينا الهجمات على المدنيين.")
    assert "Medina" not in names


def test_ali_bin_is_a_man_not_a_preposition_before_a_town():
    # "علي" normalizes like the preposition "على": "علي بن سليمان" is still a man
    names = _mentions("وأعلن العقيد علي بن سليمان أن الشرطة اعتقلت ثلاثة مطلوبين في الرباط.")
    assert "Ben Slimane" not in names
