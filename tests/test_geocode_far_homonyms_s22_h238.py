"""Far homonyms: a quarter of the story's city, a known town next door, and
ordinary words the gazetteer knows as hamlets (session 22, H238)."""

from __future__ import annotations

from support import chosen_place as _chosen
from support import geocoded_doc as _doc
from support import place_mention as _mention
from support import place_names as _names


def test_quarters_known_only_in_other_governorates_lie_in_the_storys_city():
    # The gazetteer knows التحرير as a district of Sanaa and المسبح as a hamlet
    # of Amran: quarters shelled in a Taiz story are Taiz's.
    doc = _doc(
        "وصل آلاف المقاتلين إلى مدينة تعز أمس.\n"
        "وقصف الحوثيون أحياء التحرير والمسبح بالمدينة."
    )
    for name in ("التحرير", "المسبح"):
        place = _chosen(doc, name)
        assert (place.name, place.feature_class) == ("Ta'izz", "city"), name
        assert _mention(doc, name).attrs["precision"] == 2


def test_quarter_read_as_a_town_abroad_lies_in_the_city_its_sentence_names():
    # An American consulate and the US named: the by-ear reading finds a Texas town.
    doc = _doc(
        "قتلت الشرطة التركية مسلحين في إسطنبول، ودانت الولايات المتحدة الهجوم.\n"
        "وفتح مسلحان النار على القنصلية الأميركية في حي ايستينيه الهادئ في ضواحي إسطنبول."
    )
    place = _chosen(doc, "ايستينيه")
    assert (place.country_code, place.name) == ("TR", "Istanbul")


def test_quarter_stays_where_the_story_names_its_governorate():
    doc = _doc("دخلت القوات العاصمة صنعاء أمس.\nوقصف المسلحون أحياء التحرير بالقذائف.")
    assert _chosen(doc, "التحرير").admin1 == "Amanat Al Asimah"


def test_hamlet_at_home_yields_to_the_known_town_next_door_told_beside_it():
    # Yemen knows القطيف only as hamlets; the story names Bahrain beside it.
    doc = _doc(
        "فمن ينشر الفوضى في اليمن لا يستحق المصالحة، ومن يغذي الطائفية في البحرين والقطيف جدير بالمحاسبة.\n"
        "والتحركات المريبة في القطيف تحتاج إلى وقفة."
    )
    for mention in (m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "القطيف"):
        place = mention.attrs["place"]
        assert (place.country_code, place.name) == ("SA", "Al Qatif")


def test_namesake_town_far_from_every_place_named_stays_abroad_of_the_story():
    # Saudi Shaqra lies nowhere near the places the story names.
    doc = _doc("تقدمت قوات النظام في محافظة دير الزور وسيطرت على 4 قرى هي شقرا والحصان.")
    place = _mention(doc, "شقرا").attrs.get("place")
    assert place is None or place.country_code == "SY"


def test_ordinary_words_are_no_hamlets_without_a_cue():
    doc = _doc(
        "قصفت الطائرات مواقع في مدينة الحديدة، ولا صلح على رأي المرحوم أمل دنقل، فهي من المستحيلات كالعنقاء والغول.\n"
        "وهددت الجماعة حرية الملاحة في البحر الأحمر."
    )
    names = _names(doc)
    assert "المرحوم" not in names and "الغول" not in names and "الملاحة" not in names
    assert "الحديدة" in names
