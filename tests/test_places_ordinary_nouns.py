"""Ordinary news words that also name a city abroad, and quoted names after a preposition."""

from __future__ import annotations

from support import place_doc as _doc
from support import place_names as _names

from marsad.knowledge.gazetteer import load_gazetteer, load_place_cues
from marsad.text import normalize


def test_camp_noun_is_not_the_algerian_city_without_a_cue():
    doc = _doc("سقطت قذيفة على معسكر للتدريب في محافظة لحج.")
    assert _names(doc) == ["لحج"]


def test_scene_noun_is_not_mashhad_but_the_city_after_a_cue_is():
    assert _names(_doc("في مشهد مؤلم، غادر السكان منازلهم في حلب.")) == ["حلب"]
    assert "مشهد" in _names(_doc("وصل الوفد إلى مدينة مشهد."))
    assert "مشهد" in _names(_doc("تظاهر المئات في مشهد شرق إيران."))


def test_levantine_month_is_not_a_village():
    doc = _doc("وفي الخامس من شباط/فبراير قصفت الطائرات بلدة كفرنبل.")
    assert "شباط" not in _names(doc)


def test_name_that_only_looks_like_a_proclitic_and_a_city_is_no_place():
    doc = _doc("واتصل الرئيس باراك أوباما بنظيره في القاهرة.")
    assert _names(doc) == ["القاهرة"]


def test_preposition_governs_a_quoted_name():
    doc = _doc("قتل عنصر في هجوم انتحاري في «تلعفر العراقية» أمس.")
    mention = next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "تلعفر")
    assert mention.attrs["governed"]


def test_cue_needed_names_are_stored_as_cue_only_matching_keys():
    cues, gazetteer = load_place_cues(), load_gazetteer()
    assert cues.cue_needed
    for key in cues.cue_needed:
        assert key == normalize(key).replace("ث", "ت")
        assert key in gazetteer.cue_only and key in gazetteer.common


def test_kunya_word_alone_is_no_place_even_quoted_after_a_preposition():
    doc = _doc("وقتل شاب في «أبو آدم» قرب الحدود مع جنوب السودان.")
    assert _names(doc) == ["جنوب السودان"]


def test_ordinary_word_heading_a_plural_cue_is_no_place_even_after_a_preposition():
    doc = _doc("واشتد القتال في باقي محافظات الجنوب بعد معارك في لحج.")
    assert _names(doc) == ["لحج"]


def test_lake_and_conscience_are_no_places_without_a_cue():
    doc = _doc("هاجم الجيش جزرا في البحيرة التي يتحصن فيها المسلحون في تشاد.")
    assert "البحيرة" not in _names(doc)
    assert "الضمير" not in _names(_doc("لا يقبل أحد لديه شيء من الضمير قتل المدنيين في تعز."))
    assert "البحيرة" in _names(_doc("اعتقلت الشرطة ثلاثة أشخاص في محافظة البحيرة."))


def test_bare_jazeera_is_the_channel_not_algiers():
    doc = _doc("وقال مراسل الجزيرة إن غارة استهدفت منزلا في دير البلح.")
    assert "الجزيرة" not in _names(doc)


def test_frequent_word_naming_a_province_is_a_place_after_a_province_cue():
    # "وان" reads "and that" in prose, but "ولاية وان" is the Turkish province,
    # also in a dual list after "ولايتي".
    assert _names(_doc("قتل جنديان في ولاية وان أمس.")) == ["وان"]
    assert _names(_doc("قتل جنديان في ولايتي وان وأغري شرقي تركيا أمس."))[:2] == ["وان", "أغري"]
    assert _names(_doc("وقال إنه وان كان الأمر كذلك فلن يتغير شيء.")) == []
    assert _names(_doc("فاز الرئيس بولاية ثانية وان لم يعلن ذلك.")) == []


def test_bare_village_word_needs_a_named_governorate_or_a_place_nearby():
    # "السمحة" (tolerant) is a village of Yemen and Syria: a story naming only the country is no village's
    assert _names(_doc("وقال الخطيب إن الشريعة السمحة ترفض العنف الذي يشهده اليمن.")) == ["اليمن"]
    assert _names(_doc("وقصفت قوات النظام بيت سحم بالمدفعية في سوريا.")) == ["سوريا"]
    # a village of the governorate the story names, or by a city it names across the line, stays
    assert _names(_doc("وبعد استعادة جعولة تقدمت المقاومة نحو محافظة أبين.")) == ["جعولة", "أبين"]
    assert _names(_doc("وقصفت قوات النظام بيت سحم بالمدفعية، بعد يوم من قصفها حي جوبر في دمشق.")) \
        == ["بيت سحم", "حي جوبر", "دمشق"]
