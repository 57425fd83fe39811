"""Forces named by the government they are loyal to: the pro-government militia where the story
names it, the army elsewhere."""

from __future__ import annotations

import datetime as dt

from marsad.knowledge.actors import load_catalogue
from marsad.pipeline import extract_text
from marsad.text import normalize

DAY = dt.date(2015, 7, 30)


def _clash_sides(text: str) -> list[tuple[str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Armed clash"]


def test_loyalist_forces_in_a_story_naming_the_popular_resistance_are_that_militia():
    text = ("تقدمت المقاومة الشعبية في حي المنصورة بمدينة عدن أمس. "
            "وتدور معارك عنيفة بين القوات الموالية للرئيس هادي والحوثيين في مديرية الشيخ عثمان.")
    sides = _clash_sides(text)
    assert sides and all(a1 == "Popular Resistance (Yemen)" for a1, _ in sides)


def test_loyalist_forces_without_the_militia_named_stay_the_army():
    sides = _clash_sides("وتدور معارك عنيفة بين القوات الموالية للرئيس هادي والحوثيين في مديرية الشيخ عثمان بعدن.")
    assert sides and sides[0][0] == "Military Forces of Yemen (2012-2022)"


def test_forces_loyal_to_the_deposed_president_are_no_loyalist_reading():
    text = ("تقدمت المقاومة الشعبية في حي المنصورة بمدينة عدن أمس. وقصفت القوات الموالية للرئيس اليمني "
            "المخلوع علي عبد الله صالح أحياء مدينة تعز.")
    doc = extract_text(text, published=DAY)
    start = text.index("القوات الموالية")
    assert [m.value.name for m in doc.in_span("actor", start, len(text))] == []


def test_every_loyalist_phrase_is_a_catalogue_alias():
    cat = load_catalogue()
    for row in cat.lexicon["loyalist_readings"]:
        assert row["reading"] in cat.actors and row["named"] in cat.actors
        assert all(normalize(alias) in cat.aliases for alias in row["aliases"])
