"""A place name read as the wrong place: a cue word with its preposition
("بريف") is no foreign town spelled by ear, a spelling by ear differs from
the name it spells by one letter at most, a source's seat abroad ("مدير
المرصد السوري لحقوق الإنسان في لندن") is no scene, a name a source lists for
a place by mistake (Moscow's for Mesquite, Texas) is dropped, a bare capital
owning a state affair ("تواجد موسكو العسكري") is no scene, and a Korean
adjective ("كورية جنوبية") is no "Southern" governorate."""

from __future__ import annotations

import datetime as dt

from support import chosen_place as _chosen
from support import geocoded_doc as _doc
from support import place_names as _names

from marsad import extract
from marsad.knowledge.gazetteer import load_gazetteer
from marsad.stages.geocode import plausible_scene


def test_cue_word_with_its_preposition_is_no_town_spelled_by_ear():
    doc = _doc("رحبت الولايات المتحدة بالاتفاق. وشمل الاتفاق مناطق بريف درعا الشرقي.")
    assert "بريف" not in _names(doc)
    assert _chosen(doc, "درعا").country_code == "SY"


def test_spelling_by_ear_is_at_most_one_letter_off():
    gazetteer = load_gazetteer()
    assert "Araç" not in {gazetteer.place(i).name for i in gazetteer.skeleton_ids("اراكوي")}
    assert "Gombe" in {gazetteer.place(i).name for i in gazetteer.skeleton_ids("غومبيه")}


def test_moscow_is_no_town_in_texas():
    assert "Mesquite" not in {p.name for p in load_gazetteer().lookup("موسكو")}
    doc = _doc("قال مسؤول في واشنطن إن الجرحى نقلوا إلى مستشفيات في موسكو.")
    assert _chosen(doc, "موسكو").country_code == "RU"


def test_source_seat_abroad_locates_no_event():
    text = (
        "قصفت طائرات حربية مواقع في ريف إدلب أمس الأربعاء.\n"
        "ونقلت وكالة الصحافة الفرنسية عن مدير المرصد السوري لحقوق الإنسان في لندن"
        " أن طائرات أميركية قتلت أمس سبعة من مقاتلي جبهة النصرة.\n"
    )
    events = extract(text, published=dt.date(2015, 8, 6)).events
    assert events and all(e.country == "Syria" for e in events)


def test_capital_owning_a_state_affair_is_no_scene():
    doc = _doc("قال مسؤولون روس في موسكو إن تواجد موسكو العسكري يقتصر على الضربات الجوية.")
    owner = [m for m in doc.of_kind("place") if m.text == "موسكو"][-1]
    assert not plausible_scene(doc, owner)


def test_korean_adjective_is_no_southern_governorate():
    assert "جنوبية" not in _names(_doc("انفجرت ألغام لدى مرور دورية كورية جنوبية قرب الحدود مع بيونغيانغ."))
