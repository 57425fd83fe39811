"""A direction word before "البلاد" names the story's country (or its region), a place of its own."""

from __future__ import annotations

import datetime as dt

from support import geocoded_doc, place_names

from marsad.pipeline import extract_text

DAY = dt.date(2019, 3, 12)


def _last_event(text: str):
    """The event read from the text's last paragraph."""
    last = text.rsplit("\n", 1)[-1]
    [event] = [e for e in extract_text(text, published=DAY).events if e.evidence in last]
    return event


def test_an_act_south_of_the_country_is_not_placed_in_the_town_named_before():
    event = _last_event(
        "قتل جنديان أفغانيان في هجوم على حاجز في مدينة قندهار أمس.\n\n"
        "وفي حادث منفصل، أصيب ثلاثة مدنيين بانفجار عبوة ناسفة شمالي البلاد اليوم."
    )
    assert event.location == "Afghanistan" and event.geo_precision == 3
    assert event.location_ar == "شمالي البلاد"


def test_the_direction_takes_the_countrys_region_the_gazetteer_names():
    event = _last_event(
        "أعلن الجيش اللبناني توقيف مطلوبين في بيروت أمس.\n\n"
        "وقتل مزارع بقصف مدفعي إسرائيلي على أطراف بلدة في جنوب البلاد اليوم."
    )
    assert event.location == "Southern Lebanon" and event.admin1 == "South Lebanon" and event.geo_precision == 3


def test_a_compound_direction_falls_back_to_its_first_word():
    doc = geocoded_doc("اندلعت اشتباكات في بغداد.\nوقتل جنديان بهجوم بشمال غرب البلاد.")
    mention = next(m for m in doc.of_kind("place") if m.attrs.get("anaphor") == ("country",))
    assert mention.attrs["place"].name == "Northern Iraq" and mention.attrs["surface_ar"] == "شمال غرب البلاد"


def test_the_country_noun_without_a_direction_or_spread_word_is_no_place():
    doc = geocoded_doc("قتل ثلاثة أشخاص في دمشق.\nوقال إن الأوضاع في البلاد صعبة.\nوتجول الزوار في وسط البلد.")
    assert place_names(doc) == ["دمشق"]


def test_two_directions_joined_name_the_country():
    doc = geocoded_doc(
        "قتل جندي في حمص.\nواستهدفت غارات مواقع في وسط وشمال البلاد.\nوتقدمت القوات في جنوب البلاد وشرقها."
    )
    found = [m for m in doc.of_kind("place") if m.attrs.get("anaphor") == ("country",)]
    assert [m.attrs["place"].name for m in found] == ["Syria", "Syria"]
    assert found[0].attrs["surface_ar"] == "وسط وشمال البلاد"


def test_a_roundup_places_the_noun_in_the_country_its_sentence_names():
    doc = geocoded_doc(
        "قتل جنديان في هجوم على حاجز في مدينة حلب.\nأصيب شرطي في مدينة إدلب.\n"
        "وفي الهند، قتل شرطيان في اشتباك مع مسلحين في ولاية شمال شرقي البلاد."
    )
    mention = next(m for m in doc.of_kind("place") if m.attrs.get("anaphor") == ("country",))
    assert doc.country_hint == "SY" and mention.attrs["place"].name == "India"


def test_a_sentence_naming_two_countries_keeps_the_storys_country():
    doc = geocoded_doc(
        "قتل جنديان جزائريان في هجوم على حاجز في ولاية تبسة.\n"
        "وأغلقت الجزائر حدودها خوفا من الجماعات النشطة في ليبيا بعد هجوم على منشأة نفطية جنوب البلاد."
    )
    mention = next(m for m in doc.of_kind("place") if m.attrs.get("anaphor") == ("country",))
    assert mention.attrs["place"].country_code == "DZ"
