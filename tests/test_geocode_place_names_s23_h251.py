"""Place name matching (session 23, H251): a long foreign compound name is
read whole, and a local armed group's home country tells two namesakes apart."""

from __future__ import annotations

import datetime as dt

from support import chosen_place as _chosen
from support import geocoded_doc as _doc
from support import line_sentences

from marsad.knowledge.gazetteer import long_compound_skeleton
from marsad.stages import actors, geocode, places


def _doc_with_actors(text: str):
    """Places, actors and geocode stages over one-line sentences."""
    doc = line_sentences(text)
    doc.published = dt.date(2015, 8, 6)
    places.process(doc)
    actors.process(doc)
    geocode.process(doc)
    return doc


def test_long_compound_spellings_agree_word_by_word():
    # ف for the v in the news, و in the source's spelling; vowels differ too.
    assert long_compound_skeleton(["سانت", "اتيان", "دو", "روفريه"]) == long_compound_skeleton(["سنت", "اتين", "دو", "رووره"])
    assert long_compound_skeleton(["سانت", "اتيان", "دو", "روفريه"]) != long_compound_skeleton(["سانت", "اتيان", "دو", "باريس"])


def test_long_foreign_name_is_not_read_as_its_first_words():
    doc = _doc("هاجم مسلحان كنيسة في بلدة سانت إتيان دو روفريه شمال فرنسا صباح اليوم.")
    place = _chosen(doc, "سانت إتيان دو روفريه")
    assert place.name == "Saint-Étienne-du-Rouvray"


def test_long_foreign_name_beside_its_city_keeps_its_own_point():
    # Rouen is the city beside it: the town is still the place, not Rouen nor Saint-Étienne.
    doc = _doc("قتل مسلحان كاهنا في كنيسة ببلدة سانت إتيان دو روفريه قرب روان صباح اليوم.")
    assert _chosen(doc, "سانت إتيان دو روفريه").name == "Saint-Étienne-du-Rouvray"


def test_long_foreign_name_written_with_hyphens():
    doc = _doc("وقع الهجوم في سانت-إتيان-دو-روفريه بفرنسا.")
    names = {m.attrs["place"].name for m in doc.of_kind("place") if m.attrs.get("place")}
    assert "Saint-Étienne-du-Rouvray" in names and "Saint-Étienne" not in names


def test_first_words_alone_still_name_their_city():
    doc = _doc("تظاهر مئات العمال في مدينة سانت إتيان أمس.")
    assert _chosen(doc, "سانت إتيان").name == "Saint-Étienne"


def test_local_armed_group_places_its_namesake_at_home():
    # No place names Yemen: the Houthis and the Popular Resistance do.
    doc = _doc_with_actors("قتل خمسة من مسلحي الحوثي في اشتباكات مع المقاومة الشعبية في زنجبار أمس.")
    assert _chosen(doc, "زنجبار").country_code == "YE"


def test_without_a_local_group_the_larger_namesake_stays():
    doc = _doc_with_actors("وصل السياح إلى جزيرة زنجبار أمس.")
    assert _chosen(doc, "زنجبار").country_code == "TZ"
