"""How wide a place an act or a bare name gets: a truce holds for the country, a bare foreign capital is the capital."""

from __future__ import annotations

from support import line_sentences

from marsad.knowledge.gazetteer import load_geocode_weights
from marsad.knowledge.triggers import load_triggers
from marsad.stages import geocode, places, triggers

_STORY = (
    "طالب الرئيس المسلحين باحترام الهدنة التي بدأت منتصف الليلة الماضية.\n"
    "وقال إن محافظة لحج شهدت معارك عنيفة قبل أن تستعيدها القوات، وإن مدينة الحوطة في محافظة لحج آمنة."
)


def _doc(text: str):
    doc = line_sentences(text)
    places.process(doc)
    triggers.process(doc)
    geocode.process(doc)
    return doc


def test_truce_without_a_place_near_it_is_the_country_not_the_story_province():
    doc = _doc(_STORY)
    place, precision, _ = geocode.fallback_place(doc, _STORY.index("الهدنة"))
    assert (place.feature_class, place.country_code, precision) == ("country", "YE", 3)


def test_other_acts_without_a_place_still_take_the_story_province():
    doc = _doc(_STORY)
    assert geocode.focus_province(doc) is not None
    place, _, _ = geocode.fallback_place(doc, _STORY.index("طالب"))
    assert place.feature_class == "admin1" and place.name == "Lahij"


def test_nationwide_acts_name_trigger_patterns():
    ids = {pattern.id for pattern in load_triggers()}
    assert load_geocode_weights().nationwide_acts <= ids


def test_bare_foreign_capital_beats_a_small_namesake_of_the_story_country():
    from support import chosen_place, geocoded_doc

    doc = geocoded_doc("قصفت الطائرات مواقع في تعز وصنعاء.\nوتجري محادثات في القاهرة بين وفدين يمنيين.")
    assert chosen_place(doc, "القاهرة").country_code == "EG"
    doc = geocoded_doc("اشتدت المعارك في مديرية القاهرة بمحافظة تعز.")
    assert chosen_place(doc, "القاهرة").country_code == "YE"


def test_region_after_a_plural_locality_cue_keeps_its_own_precision():
    from support import geocoded_doc

    doc = geocoded_doc("اندلعت اشتباكات قبلية في أكبر مدن الجنوب السوري.")
    mention = next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "الجنوب السوري")
    assert mention.attrs["place"].feature_class == "region" and mention.attrs["precision"] == 3


def test_village_named_in_a_district_is_not_a_namesake_in_another_governorate():
    from support import chosen_place, geocoded_doc

    doc = geocoded_doc("وتمكنت القوات من تحرير قرية حبل، أولى قرى مديرية عبس في محافظة حجة.")
    assert chosen_place(doc, "حبل").admin1 != "Ta`izz"
