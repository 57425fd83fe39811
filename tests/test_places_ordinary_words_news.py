"""Ordinary words of news prose read as places: a plural noun or an accusative
given name that names a city abroad, a fixed expression of a village's name,
and a verbal noun whose hamza tells it from the cue word "أحياء"."""

from __future__ import annotations

from support import place_doc as _doc
from support import place_names as _names

from marsad.knowledge.gazetteer import load_gazetteer, load_place_cues


def test_eyes_are_no_city_without_a_cue_or_preposition():
    assert "العيون" not in _names(_doc("اغرورقت العيون بالدموع خلال تشييع ضحايا الهجوم في تعز."))
    assert "العيون" not in _names(_doc("قصفت الطائرات حلب، ووصف معارض الهدنة بأنها ذر للرماد في العيون."))
    assert "العيون" in _names(_doc("اعتقلت الشرطة عشرة محتجين في العيون."))
    assert "العيون" in _names(_doc("تظاهر مئات الطلاب في مدينة العيون أمس."))


def test_accusative_of_a_given_name_is_no_spanish_city():
    assert "مالكا" not in _names(_doc("وأنشد الخطيب: يا مالكا أمري، ثم قتل مسلحون شرطيا في هجوم."))


def test_common_names_are_common_words_but_not_cue_only():
    cues, gazetteer = load_place_cues(), load_gazetteer()
    assert cues.common_names
    for key in cues.common_names:
        assert key in gazetteer.common and key not in gazetteer.cue_only


def test_stop_doing_is_no_yemeni_village():
    doc = _doc("قصف الحوثيون مدينة الحديدة، وطالبتهم الحكومة مرة أخرى بالكف عن إطلاق القذائف.")
    assert _names(doc) == ["الحديدة"]
    doc = _doc("أصيب ستة في قصف على مدينة الحديدة، ودعا المبعوث إلى الكف عن التصعيد.")
    assert _names(doc) == ["الحديدة"]


def test_reviving_is_no_cue_for_quarters():
    assert "دين" not in _names(_doc("واتهم الخطيب الجماعة في حلب بالسعي إلى إحياء دين جديد."))
    assert "دين" in _names(_doc("قصفت الطائرات أحياء دين والقرى المجاورة في ريف إدلب."))


def test_hamza_cues_are_kept_in_their_raw_spelling():
    assert "أحياء" in load_place_cues().hamza_cues
