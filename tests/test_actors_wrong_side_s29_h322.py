"""Actor1 on the wrong side: a state named in the sentence is not the author (session 29, H322).

- Rockets or shells the act's own words aim at a country ("إطلاق صواريخ على الأراضي الإسرائيلية")
  were not fired by that country's forces, even where they are the subject of the sentence's
  other act (the strike that answered the fire) or the side that reported it: the fire is read
  as unclaimed fire at that country.  A land named by the country's adjective ("الأراضي
  الإسرائيلية"، "المدن السعودية") is that country, as its name is.
- A state's own fire at another country's land keeps its author, and so does an army of the
  story's own country shelling its own towns (a civil war: "قصفت قوات النظام بالصواريخ على الغوطة").
"""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.document import Document, Mention, Sentence
from marsad.stages import actors as stage

DAY = dt.date(2018, 2, 20)
ISRAEL = "Military Forces of Israel (2009-2021)"


def _sides(text: str, day: dt.date = DAY) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in marsad.extract(text, published=day).events]


def _doc(text: str, country: str) -> Document:
    doc = Document(text=text, published=DAY)
    doc.country_hint = country
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    stage.process(doc)
    return doc


def test_a_land_named_by_its_adjective_is_the_rockets_target_country():
    doc = _doc("وأطلقت صواريخ على الأراضي الإسرائيلية مساء الأحد", "PS")
    assert stage.rocket_target_country(doc, 0, len(doc.text)) == "IL"
    doc = _doc("وسقطت قذائف باتجاه المدن السعودية الحدودية", "YE")
    assert stage.rocket_target_country(doc, 0, len(doc.text)) == "SA"


def test_rockets_answered_by_a_strike_are_not_the_strikers_fire():
    events = _sides("وشنت الطائرات الإسرائيلية غارات على مواقع في شمال قطاع غزة فجر الثلاثاء بعد إطلاق "
                    "صواريخ على الأراضي الإسرائيلية.")
    rockets = [e for e in events if e[0] == "Shelling/artillery/missile attack"]
    strikes = [e for e in events if e[0] == "Air/drone strike"]
    assert rockets and all(e[1] != ISRAEL for e in rockets)
    assert strikes and all(e[1] == ISRAEL for e in strikes)


def test_a_states_own_shelling_of_another_country_keeps_its_author():
    events = _sides("وقصفت المدفعية الإسرائيلية بقذائف على جنوب لبنان مساء الثلاثاء.")
    shelling = [e for e in events if e[0] == "Shelling/artillery/missile attack"]
    assert shelling and all(e[1] == ISRAEL for e in shelling)


def test_an_army_shelling_its_own_countrys_towns_keeps_its_author():
    events = _sides("وقصفت قوات النظام السوري بالصواريخ على الغوطة الشرقية قرب دمشق مساء الثلاثاء.")
    shelling = [e for e in events if e[0] == "Shelling/artillery/missile attack"]
    assert shelling and all(e[1] == "Military Forces of Syria (2000-)" for e in shelling)


def test_the_launch_target_is_read_from_the_act_not_the_whole_sentence():
    doc = _doc("قصف الجيش مواقع في غزة ردا على إطلاق صواريخ على إسرائيل", "PS")
    text = doc.text
    strike = Mention(text.index("قصف"), text.index("قصف") + 3, "trigger", "قصف", None, {})
    rockets = Mention(text.index("إطلاق"), text.index("صواريخ") + 6, "trigger", "إطلاق صواريخ", None, {})
    assert stage.launch_target_country(doc, strike, len(text)) is None
    assert stage.launch_target_country(doc, rockets, len(text)) == "IL"


def test_a_place_near_the_shooters_border_is_no_fire_at_its_own_land():
    # (review 2, findings 1 and 7: "قرب الحدود X" locates the target, the named shooter keeps actor1)
    day = dt.date(2024, 5, 10)
    cases = [
        ("دمشق - أطلق الجيش التركي أمس قذائف على قرى قرب الحدود التركية في ريف الحسكة، ما أدى إلى مقتل "
         "مدنيين اثنين.", "Military Forces of Turkey (2016-)"),
        ("بيروت - أطلق الجيش الإسرائيلي قذائف على رعاة قرب الحدود الإسرائيلية في مزارع شبعا أمس، ما أدى "
         "إلى إصابة راع.", "Military Forces of Israel (2022-)"),
        ("غزة - أطلقت القوات المصرية قذائف على مهربين قرب الحدود المصرية في رفح أمس.",
         "Military Forces of Egypt (2014-)"),
    ]
    for text, shooter in cases:
        shelling = [e for e in _sides(text, day) if e[0] == "Shelling/artillery/missile attack"]
        assert shelling and all(e[1] == shooter for e in shelling), (text, shelling)
    doc = _doc("أطلق الجيش التركي قذائف على قرى قرب الحدود التركية", "SY")
    rockets = Mention(doc.text.index("أطلق"), doc.text.index("أطلق") + 4, "trigger", "أطلق", None, {})
    assert stage.launch_target_country(doc, rockets, len(doc.text)) is None
