"""Ordinary words, person names and kunyas that the gazetteer also lists as places."""

from __future__ import annotations

from support import place_doc as _doc
from support import place_names as _names
from support import script_module

from marsad.knowledge.gazetteer import load_gazetteer
from marsad.text import normalize


def test_frequency_derived_cue_only_list_holds_nouns_and_person_names():
    cue_only = load_gazetteer().cue_only
    for word in ("المنزل", "المعارك", "جروح", "القتال", "المسن", "جلعاد", "هويه", "طراز"):
        assert word in cue_only, word
    for name in ("درعا", "حلب", "الفوعه", "داعل", "سوريا"):
        assert name not in cue_only, name


def test_ordinary_nouns_after_a_preposition_are_not_places():
    doc = _doc("بقي الرجل في المنزل بعد أن أصيب بجروح خلال المعارك في اليمن.")
    assert _names(doc) == ["اليمن"]


def test_person_name_after_a_title_is_not_a_place():
    doc = _doc("قال الوزير جلعاد إن الحكومة في إسرائيل ستناقش القانون.")
    assert "جلعاد" not in _names(doc)


def test_kunya_or_given_name_village_is_not_a_place_without_a_cue():
    assert "أبو صباح" not in _names(_doc("اعتقلت الشرطة التاجر أبو صباح في البصرة."))
    assert "محمد خضير" not in _names(_doc("أعلن مدير المستشفى في الموصل محمد خضير أن الجرحى بخير."))


def test_cue_only_word_is_a_place_with_a_cue_or_its_governorate():
    assert _names(_doc("سقطت قذائف على بلدة الشجرة غرب درعا.")) == ["الشجرة", "درعا"]
    assert _names(_doc("سقطت قذائف في الشجرة بريف درعا.")) == ["الشجرة", "درعا"]
    assert _names(_doc("جلس تحت الشجرة في درعا.")) == ["درعا"]


def test_singular_cue_does_not_carry_over_a_conjoined_noun():
    doc = _doc("دعت المنظمة إلى هدنة في مدينة الرقة وفتح طرق للإغاثة.")
    assert _names(doc) == ["الرقة"]


def test_short_name_split_off_a_word_needs_a_cue():
    doc = _doc("قصفت الطائرات مواقع في درعا ليلا.")
    assert _names(doc) == ["درعا"]


def test_place_in_a_title_is_flagged():
    doc = _doc("أكد عضو مجلس محافظة البصرة أن الطرق مغلقة.")
    mention = doc.of_kind("place")[0]
    assert mention.attrs["surface_ar"] == "البصرة" and mention.attrs["in_title"] is True



def test_build_word_lists_are_read_from_data_and_normalized():
    module = script_module("build_gazetteer")
    words = module.build_words()
    assert "محافظه" in words.admin_prefixes and "الي" in words.locative_words and "ابو" in words.kunya_words
    lists = [words.admin_prefixes, words.cue_words, words.locative_words, words.kunya_words, words.head_nouns]
    assert all(word == normalize(word) for group in lists for word in group)
    assert module.article_variants("تل الزيتون") == ["تل زيتون"]


def test_build_splits_a_two_area_district_but_not_a_one_name_town():
    module = script_module("build_gazetteer")
    assert module.district_parts("زمخ ومنوخ") == ["زمخ", "منوخ"]
    assert module.district_parts("حورة ووادي العين") == ["حورة", "وادي العين"]
    assert module.district_parts("بني وليد") == [] and module.district_parts("وادي بني خالد") == []


def test_build_reads_a_populous_place_filed_as_a_neighbourhood_as_a_town():
    module = script_module("build_gazetteer")
    row = {"feature_class": "neighbourhood", "feature_code": "neighbourhood/PPL", "population": "45000"}
    assert module.reclass(row)["feature_class"] == "town"
    assert module.reclass({**row, "population": "250000"})["feature_class"] == "city"
    assert module.reclass({**row, "feature_code": "neighbourhood/PPLX"})["feature_class"] == "neighbourhood"
