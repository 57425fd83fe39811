"""How wide a place an act or a bare name gets: a truce holds for the country, a bare foreign capital is the capital."""

from __future__ import annotations

from support import geocoded_doc, line_sentences

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


def test_great_city_abroad_after_fi_is_the_scene_of_a_roundup_item():
    import datetime as dt

    from marsad.pipeline import extract_text

    text = ("دارت معارك بين الجيش والفصائل في مدينة حمص أمس.\n"
            "وفي خبر آخر، قتل ثلاثة أشخاص في انفجار عبوة ناسفة في بغداد.")
    doc = extract_text(text, published=dt.date(2019, 3, 4))
    blast = next(e for e in doc.events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert (blast.location, blast.country) == ("Baghdad", "Iraq")


def test_a_proclitic_ba_does_not_make_a_capital_abroad_the_scene():
    # "بلوم" (by blaming) must not be read as Lomé just because Lomé is a capital.
    doc = geocoded_doc("خرج المتظاهرون في مدينة حلب بلوم الحكومة على الغلاء.")
    assert all(m.attrs["place"].country_code == "SY" for m in _scenes_at(doc, "خرج"))


def _scenes_at(doc, trigger: str) -> list:
    """The scenes `event_places` gives the act at `trigger` in an already geocoded doc."""
    return geocode.event_places(doc, 0, len(doc.text), doc.text.index(trigger))
