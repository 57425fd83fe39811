"""Place recognition: clitics, spelling variants, cue precision, lists, exclusions."""

from __future__ import annotations

from support import place_doc as _doc
from support import place_names as _names

from marsad.document import Document, Sentence
from marsad.knowledge.gazetteer import load_gazetteer, load_place_cues, validate_gazetteer, validate_regions
from marsad.pipeline import extract_text
from marsad.stages import places


def test_gazetteer_and_cues_validate():
    assert validate_gazetteer(load_gazetteer(), load_place_cues()) == []


def test_lookup_folds_spelling_variants():
    gazetteer = load_gazetteer()
    assert any(p.name == "Ufana" for p in gazetteer.lookup("اوفانيا"))
    assert any(p.name == "Jubbata al Khashab" for p in gazetteer.lookup("جباثا الخشب"))
    assert gazetteer.country_by_code("SY").name == "Syria"


def test_proclitics_are_outside_the_mention_span():
    doc = _doc("وصلت التعزيزات أمس وبمحافظة درعا انتشرت الحواجز.")
    mention = doc.of_kind("place")[0]
    assert doc.text[mention.start:mention.end] == "درعا"
    assert mention.attrs["cue_type"] == "admin" and mention.attrs["precision"] == 3


def test_quarter_cue_after_the_preposition_ba_is_read():
    doc = _doc("انفجرت سيارة مفخخة قرب مركز للشرطة بحي سلطان بيلي في اسطنبول.")
    assert doc.of_kind("place")[0].attrs["cue_type"] == "locality"
    event = extract_text("وبعيد منتصف الليل استهدف هجوم انتحاري مركز شرطة بحي سلطان بيلي في اسطنبول.").events[0]
    assert event.location == "Sultanbeyli"


def test_revelation_is_not_a_quarter_cue():
    assert places._cue_of("وحي", load_place_cues()) is None


def test_preposition_clitic_and_contracted_article_are_matched():
    doc = _doc("توجهت القافلة لدرعا ثم عادت للقنيطرة مساء.")
    assert _names(doc) == ["درعا", "القنيطرة"]


def test_hamza_and_ending_variants_match_the_village():
    doc = _doc("وصلت الحافلات إلى قرية أوفانيا في الجولان.")
    ufana = doc.of_kind("place")[0]
    assert any(p.name == "Ufana" for p in ufana.value)
    assert ufana.attrs["precision"] == 1


def test_near_cue_sets_precision_two():
    doc = _doc("دارت اشتباكات عنيفة في ريف حلب الغربي.")
    mention = doc.of_kind("place")[0]
    assert mention.attrs["surface_ar"] == "حلب"
    assert mention.attrs["cue_type"] == "near" and mention.attrs["precision"] == 2


def test_list_after_plural_cue_gives_one_mention_per_place():
    doc = _doc("سيطرت القوات على بلدات الشجرة وعابدين ومعرية.")
    mentions = doc.of_kind("place")
    assert [m.attrs["surface_ar"] for m in mentions] == ["الشجرة", "عابدين", "معرية"]
    assert len({m.attrs["list_id"] for m in mentions}) == 1 and mentions[0].attrs["list_id"] is not None
    assert all(m.attrs["cue_type"] == "locality" for m in mentions)


def test_common_word_names_need_a_cue():
    doc = _doc("دعا الوزير إلى السلام والحرية وتحدث عن النصر.")
    assert _names(doc) == []


def test_organization_and_nisba_contexts_are_not_places():
    doc = _doc("نقلت وكالة الأنباء السعودية عن جامعة دمشق بيانا من هيئة تحرير الشام.")
    assert _names(doc) == []


def test_curated_region_beats_its_parts():
    doc = _doc("تحصن المقاتلون في أقصى حوض اليرموك قرب مخيم اليرموك.")
    names = [(m.attrs["surface_ar"], m.value[0].feature_class) for m in doc.of_kind("place")]
    assert names == [("حوض اليرموك", "region"), ("مخيم اليرموك", "camp")]


def test_title_sentences_are_skipped():
    doc = Document(text="قصف على حلب\nخبر عن الاقتصاد.")
    doc.sentences = [Sentence(0, 11, 0, -1, is_title=True), Sentence(12, 27, 1, 0)]
    places.process(doc)
    assert doc.of_kind("place") == []


def test_two_word_near_phrase_and_locality_cue():
    doc = _doc("انفجرت عبوة بالقرب من مدينة حمص.")
    mention = doc.of_kind("place")[0]
    assert mention.attrs["surface_ar"] == "حمص"
    assert mention.attrs["cue_type"] == "locality" and mention.attrs["precision"] == 1


def test_cue_noun_does_not_govern_a_prefixed_common_word():
    doc = _doc("دخلت القوات قرى عدة بموجب الاتفاق.")
    assert _names(doc) == []


def test_head_noun_name_matches_with_or_without_the_article():
    gazetteer = load_gazetteer()
    with_article = {p.gid for p in gazetteer.lookup("خور المكسر")}
    without = {p.gid for p in gazetteer.lookup("خور مكسر")}
    assert with_article and with_article == without


def test_regions_validator_reports_a_name_listed_twice_for_one_country():
    rows = [
        {"rid": "a", "names_ar": "وادي الغزلان|وادي الغزلان", "country_code": "SY"},
        {"rid": "b", "names_ar": "سهل الريحان", "country_code": "SY"},
        {"rid": "c", "names_ar": "سهل الريحان", "country_code": "LB"},
    ]
    assert len(validate_regions(rows)) == 1 and "وادي الغزلان" in validate_regions(rows)[0]


def test_known_cities_in_a_list_need_no_cue():
    doc = _doc("وصلت التعزيزات إلى حمص وحماة واللاذقية.")
    assert _names(doc) == ["حمص", "حماة", "اللاذقية"]
    assert len({m.attrs["list_id"] for m in doc.of_kind("place")}) == 1


def test_quoted_outlet_and_network_names_are_not_places():
    assert _names(_doc('وقال مسؤول محلي لـ"الرياض" إن القصف طال مدينة تعز.')) == ["تعز"]
    assert _names(_doc('أفادت شبكة "حمص 24" بأن الطائرات قصفت مدينة تدمر.')) == ["تدمر"]
    assert _names(_doc('وصف الوزير الحكومة بأنها حليف لـ«إيران» في المنطقة.')) == ["إيران"]


def test_blocked_group_name_is_blocked_inside_quotes():
    assert _names(_doc('انسحبت قوات "سوريا الديمقراطية" من منبج.')) == ["منبج"]


def test_governorate_after_a_proclitic_beats_a_village_read_whole():
    doc = _doc("قتل جنديان في مديرية زنجبار بأبين.")
    assert _names(doc) == ["زنجبار", "أبين"]
    assert any(p.feature_class == "admin1" and p.name == "Abyan" for p in doc.of_kind("place")[1].value)


def test_front_is_a_weak_near_cue():
    doc = _doc("قصفت المدفعية مواقع في جبهة ميدي غرب حجة.")
    assert _names(doc)[0] == "ميدي" and doc.of_kind("place")[0].attrs["cue_type"] == "near"
    assert _names(_doc("تستمر الاشتباكات في جبهات القتال جنوب اليمن.")) == ["جنوب اليمن"]


def test_ordinal_before_a_plural_cue_is_no_place():
    assert _names(_doc("سيطرت القوات على حلب كبرى مدن شمال سوريا وثاني مدن البلاد.")) == ["حلب", "شمال سوريا"]


def test_governed_name_before_a_plural_cue_stays_a_place():
    assert _names(_doc("هاجمت جماعة قادمة من حلب مناطق عدة.")) == ["حلب"]


def test_cue_word_lists_the_loader_requires_must_be_non_empty_lists() -> None:
    import pytest

    from marsad.errors import KnowledgeError
    from marsad.knowledge.gazetteer import _cue_words

    assert _cue_words({"grievances": {"verbs": ["احتجوا"]}}, "grievances", "verbs") == ["احتجوا"]
    with pytest.raises(KnowledgeError):
        _cue_words({"grievances": {"words": ["احتجاجا"]}}, "grievances", "objects")
    with pytest.raises(KnowledgeError):
        _cue_words({"maqsura_particles": []}, "maqsura_particles")


def test_bare_name_distance_the_loader_requires_must_be_a_positive_number() -> None:
    import pytest

    from marsad.errors import KnowledgeError
    from marsad.knowledge.gazetteer import _positive_km

    assert _positive_km({"bare_names": {"near_km": 25}}, "bare_names", "near_km") == 25.0
    for bad in ({}, {"bare_names": {"near_km": 0}}, {"bare_names": {"near_km": "25"}}):
        with pytest.raises(KnowledgeError):
            _positive_km(bad, "bare_names", "near_km")


def test_towns_the_sources_spell_only_in_persian_are_curated():
    gazetteer = load_gazetteer()
    assert [p.name for p in gazetteer.lookup("بيكانبارو")] == ["Pekanbaru"]
    assert [p.admin1 for p in gazetteer.lookup("كماه")] == ["Erzincan"]
