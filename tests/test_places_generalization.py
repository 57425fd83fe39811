"""Place choice on phrasing seen in other outlets: seas, parties' names,
villages the gazetteer lacks, a country framing a finer scene.  All
sentences are invented."""

from __future__ import annotations

from marsad.document import Document
from marsad.stages import clean, geocode, places, sentences


def _doc(text: str) -> Document:
    """An article through clean, sentences, places and geocode."""
    doc = Document(text=text)
    for stage in (clean, sentences, places, geocode):
        stage.process(doc)
    return doc


def _chosen(doc: Document, surface: str):
    return next(m.attrs.get("place") for m in doc.of_kind("place") if m.attrs["surface_ar"] == surface)


def test_a_sea_named_in_a_story_elsewhere_is_the_sea_not_a_state_abroad():
    doc = _doc("عدن - قال مسؤولون في عدن إن زوارق مسلحة هاجمت سفينة شحن في البحر الأحمر فجر الأحد.")
    assert _chosen(doc, "البحر الأحمر").feature_class == "marine"


def test_a_state_cue_keeps_the_state_of_the_same_name():
    doc = _doc("الخرطوم - اندلعت اشتباكات قبلية في ولاية البحر الأحمر شرقي السودان.")
    place = _chosen(doc, "البحر الأحمر")
    assert (place.feature_class, place.country_code) == ("admin1", "SD")


def test_parties_after_an_area_cue_are_no_places():
    doc = _doc("دمشق - سقطت قذائف على مناطق المعارضة في ريف حماة وعلى مناطق الحكومة في حمص.")
    names = [m.attrs["surface_ar"] for m in doc.of_kind("place")]
    assert "المعارضة" not in names and "الحكومة" not in names
    assert "حماة" in names and "حمص" in names


def test_a_group_named_after_a_city_is_no_place():
    doc = _doc("أعلنت سرايا القدس أنها أطلقت قذائف على موقع عسكري قرب خان يونس.")
    names = [m.attrs["surface_ar"] for m in doc.of_kind("place")]
    assert "القدس" not in names and "خان يونس" in names


def test_a_village_unknown_in_the_named_district_is_not_a_namesake_elsewhere():
    text = (
        "صنعاء - سيطرت قوات الجيش على مديرية عبس في محافظة حجة.\n"
        "وقال قائد ميداني إن القوات حررت قرية الحوبان، أولى قرى مديرية عبس، صباح اليوم."
    )
    doc = _doc(text)
    village = _chosen(doc, "الحوبان")  # the gazetteer knows it in Amran only
    assert village is None or village.admin1 == "Hajjah"
    start = text.index("وقال")
    found = geocode.event_places(doc, start, len(text), text.index("حررت"))
    assert [m.attrs["place"].admin1 for m in found] == ["Hajjah"]


def test_a_bare_name_abroad_does_not_locate_a_placeless_sentence():
    text = (
        "أنقرة - قصفت الطائرات التركية مواقع في شمال العراق بعد هجوم في ولاية ماردين جنوب شرقي تركيا.\n"
        "قال زعيم المعارضة في تركيا صلاح الدين أوزتورك إن الحوار ممكن. "
        "وقتل ثلاثة جنود في اشتباك ليلي مع مسلحين في بلدة جبلية."
    )
    doc = _doc(text)
    place, precision, _ = geocode.fallback_place(doc, text.index("وقتل"))
    assert place.country_code == "TR"


def test_a_city_named_with_a_cue_wins_over_the_country_framing_it():
    text = "ألقت قوات ليبية القبض على ضابط مطلوب لدى السلطات في مصر خلال عملية أمنية في مدينة درنة، وسيسلم إلى القاهرة."
    doc = _doc(text)
    found = geocode.event_places(doc, 0, len(text), text.index("القبض"))
    assert [m.attrs["place"].name for m in found] == ["Darnah"]


def test_a_district_named_city_of_x_yields_to_the_article_country():
    doc = _doc("بنغازي - خطف مسلحون مسؤولا محليا من مكتبه في مدينة البيضاء شرق ليبيا.")
    assert _chosen(doc, "البيضاء").country_code == "LY"


def test_an_airport_names_the_city_not_the_governorate():
    doc = _doc("صنعاء - قصفت الطائرات تحصينات داخل مطار الحديدة فجر اليوم.")
    mention = next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "الحديدة")
    assert mention.attrs["place"].feature_class == "city" and mention.attrs["precision"] == 1


def test_a_name_after_a_rank_is_a_person_not_a_village():
    doc = _doc("عدن - قال العقيد الصبيحي إن قواته تقدمت نحو مدينة لحج.")
    names = [m.attrs["surface_ar"] for m in doc.of_kind("place")]
    assert "الصبيحي" not in names and "لحج" in names


def test_a_border_between_two_names_is_one_scene():
    text = "اندلعت اشتباكات عنيفة على حدود محافظتي درعا والقنيطرة مساء الجمعة."
    doc = _doc(text)
    found = geocode.event_places(doc, 0, len(text), text.index("اشتباكات"))
    assert [m.attrs["surface_ar"] for m in found] == ["درعا"]


def test_a_turkish_town_in_its_turkish_based_spelling_is_found():
    doc = _doc("أنقرة - قتل جنديان في هجوم على نقطة عسكرية في بلدة جيلان بينار الحدودية.")
    place = _chosen(doc, "جيلان بينار")
    assert (place.country_code, place.admin1) == ("TR", "Sanliurfa")


def test_a_sea_in_a_yemen_story_is_coded_in_yemen():
    doc = _doc("عدن - قال مسؤولون في عدن إن زوارق مسلحة هاجمت سفينة شحن في البحر الأحمر فجر الأحد.")
    sea = _chosen(doc, "البحر الأحمر")
    assert sea.feature_class == "marine" and sea.country == "Yemen"


def test_a_district_named_after_two_areas_is_found_by_the_first():
    doc = _doc("صنعاء - شنت طائرات التحالف غارات على معسكر في مديرية سنحان جنوب العاصمة.")
    district = _chosen(doc, "سنحان")
    assert (district.feature_class, district.admin1) == ("admin2", "San`ar")


def test_the_capital_named_bare_beside_its_governorate_districts_is_the_city():
    doc = _doc("وصلت تعزيزات من صنعاء إلى مديرية سنحان ومديرية بني مطر.")
    assert _chosen(doc, "صنعاء").is_capital
