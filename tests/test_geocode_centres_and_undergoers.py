"""The middle of a governorate's seat is the city; the subject of a verb of
undergoing is the scene rather than a wider unit named later in its sentence;
"the city" takes the town the sentence before introduced as a city."""

from __future__ import annotations

import datetime as dt

from support import chosen_place as _chosen
from support import geocoded_doc as _doc
from support import joined_sentences
from support import scene_names as _scenes

from marsad.knowledge.gazetteer import load_geocode_weights
from marsad.stages import geocode, places


def test_centre_words_are_normalized_on_load():
    weights = load_geocode_weights()
    assert "وسط" in weights.centre_words and "تعرضت" in weights.undergoing_verbs


def test_centre_of_a_seat_named_governorate_is_the_city():
    place = _chosen(_doc("انفجرت عبوة ناسفة بوسط حلب فقتلت أربعة أشخاص."), "حلب")
    assert place.feature_class == "city"


def test_north_of_a_seat_named_governorate_keeps_the_governorate():
    place = _chosen(_doc("سقطت قذائف هاون شمال حلب دون إصابات."), "حلب")
    assert place.feature_class == "admin1"


def test_centre_of_a_country_stays_a_region_of_the_country():
    place = _chosen(_doc("اندلعت مواجهات مسلحة في وسط سوريا أمس."), "وسط سوريا")
    assert place.country_code == "SY" and place.feature_class != "city"


def test_subject_of_undergoing_beats_the_strip_named_after_the_act():
    text = "تعرض مخيم جباليا لقصف جوي من طائرات الاحتلال خلال عدوانها على قطاع غزة."
    assert _scenes(text, "لقصف") == ["مخيم جباليا"]


def test_witnessing_town_beats_its_governorate_named_later():
    text = "وشهدت بلدة معرة النعمان اشتباكات عنيفة استمرت ساعات في سوريا."
    assert _scenes(text, "اشتباكات") == ["معرة النعمان"]


def test_undergoing_subject_far_before_the_act_does_not_locate_it():
    text = "تعرضت مدينة حماة أمس لحملة اعتقالات، وبعد ساعات قصفت الطائرات مواقع في سوريا."
    assert _scenes(text, "قصفت") == ["سوريا"]


def _city_noun_place(*sentences: str):
    """The town the anaphor "المدينة" of a one-paragraph text is read as."""
    doc = joined_sentences(*sentences, published=dt.date(2024, 5, 1))
    places.process(doc)
    geocode.process(doc)
    return next(m.attrs["place"] for m in doc.of_kind("place") if m.attrs.get("anaphor"))


def test_city_noun_takes_the_town_just_introduced_as_a_city():
    town = _city_noun_place(
        "انطلقت التعزيزات من عدن إلى أبين أمس وعاد بعضها إلى عدن مساء.",
        "وأسر المقاتلون عشرين عنصرا في المعارك للسيطرة على مدينة لودر.",
        "وقتل العشرات أثناء اشتباكات عند مداخل المدينة.",
    )
    assert town.name == "Lawdar"


def test_city_noun_keeps_the_most_named_town_when_the_last_one_was_no_city():
    town = _city_noun_place(
        "وصل المبعوث إلى مدينة عدن أمس واجتمع بالمحافظ في عدن.",
        "ومر الموكب بلودر.",
        "وقال إن الهدوء عاد إلى المدينة.",
    )
    assert town.name == "Aden"


def test_surroundings_of_an_undergoing_camp_beat_its_governorate():
    text = "تعرض محيط مخيم خان الشيح للنازحين بريف دمشق لقصف بالبراميل أمس."
    assert _scenes(text, "لقصف") == ["مخيم خان الشيح"]
