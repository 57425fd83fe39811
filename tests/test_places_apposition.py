"""Appositions and relative clauses around a place name, and names read as
the predicate of a plural subject (a verb or a noun, not a place)."""

from __future__ import annotations

from support import geocoded_doc as _geocoded
from support import place_doc as _doc
from support import place_names as _names
from support import scene_names as _scenes

from marsad.document import Document, Mention


def _mention(doc: Document, surface: str) -> Mention:
    return next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == surface)


def test_near_the_capital_named_after_it_is_near_that_city_and_located():
    doc = _geocoded("انفجرت عبوة ناسفة قرب العاصمة عمان مساء الأحد.")
    amman = _mention(doc, "عمان")
    assert amman.attrs["place"].country_code == "JO"
    assert amman.attrs["precision"] == 2 and amman.attrs["governed"]


def test_capital_with_its_nisba_adjective_is_a_cue():
    doc = _geocoded("سقطت قذيفتان في العاصمة الليبية طرابلس فجر اليوم.")
    tripoli = _mention(doc, "طرابلس")
    assert tripoli.attrs["cue_type"] == "locality" and tripoli.attrs["governed"]
    assert tripoli.attrs["place"].country_code == "LY"


def test_indefinite_cue_noun_takes_no_adjective_before_its_name():
    doc = _doc("قتل ثلاثة في مدينة الرمادي الواقعة غرب العراق.")
    assert "الواقعة" not in _names(doc)


def test_region_in_a_relative_clause_does_not_replace_the_named_city():
    assert _scenes("قتل سبعة أشخاص في مدينة الكوت الواقعة في جنوب العراق إثر انفجار عبوة.", "انفجار") == ["الكوت"]


def test_region_in_a_relative_clause_between_commas_is_no_second_scene():
    assert _scenes("في الكوت، الواقعة جنوب العراق، قتل سبعة أشخاص بانفجار عبوة.", "قتل") == ["الكوت"]


def test_link_word_after_a_place_is_not_a_village():
    assert "التابعة" not in _names(_doc("قصفت المدفعية بلدة كفرنبل التابعة لمحافظة إدلب."))


def test_name_after_a_plural_pronoun_is_a_predicate():
    assert "عدن" not in _names(_doc("وقالت الشاهدة إنهن عدن إلى منازلهن قبل الغارة."))
    assert "حماة" not in _names(_doc("وأكد القائد أنهم حماة القرى الحدودية."))


def test_name_after_a_clause_opening_plural_subject_is_a_predicate():
    assert "عدن" not in _names(_doc("المعلمات عدن إلى المدارس بعد انتهاء الإضراب."))
    assert "حماة" not in _names(_doc("إن المقاتلين حماة هذه الأرض."))


def test_name_governed_or_after_a_verb_stays_a_place():
    assert "عدن" in _names(_doc("هاجم المسلحون عدن من ثلاث جهات."))
    assert "عدن" in _names(_doc("عاد المقاتلون إلى عدن من جبهة الضالع."))
    assert "حماة" in _names(_doc("الطائرات قصفت حماة وإدلب."))
