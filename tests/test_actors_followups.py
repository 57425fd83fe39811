"""Follow-ups on actor roles and names: state guards, targets named by their unit, interceptors, issuers."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2019, 5, 4)


def _sides(text: str) -> list[tuple[str | None, int | None, str | None, int | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.actor1, e.inter1, e.actor2, e.inter2) for e in doc.events]


def test_gendarmerie_is_the_story_countrys_police():
    sides = _sides("عمان - قتل عنصر من قوات الدرك وأصيب اثنان آخران في انفجار عبوة ناسفة استهدف دوريتهم "
                   "في مدينة السلط الأردنية يوم الخميس.")
    assert sides and sides[0][2:] == ("Police Forces of Jordan (1999-)", 1)


def test_coast_guard_is_a_state_force():
    sides = _sides("طرابلس - اشتبك خفر السواحل مع زورق لمهربين مسلحين قبالة زوارة الليبية الأحد ما أسفر عن مقتل مهرب.")
    assert sides and sides[0][1] == 1 and "Libya" in (sides[0][0] or "")


def test_foreign_coast_guard_keeps_its_own_flag():
    sides = _sides("طرابلس - أطلق خفر السواحل الإيطالي النار على زورق لمهربين مسلحين قبالة زوارة الليبية الأحد فقتل مهربا.")
    names = " ".join(name or "" for name in (sides[0][0], sides[0][2])) if sides else ""
    assert "Italy" in names and "Forces of Libya" not in names


def test_a_units_post_named_after_the_cue_is_the_target():
    sides = _sides("عدن - شن مسلحون مجهولون هجوما على مقر لقوات الحزام الأمني في عدن مما أدى إلى مقتل جنديين.")
    assert sides and sides[0][0] == "Unidentified Armed Group (Yemen)"
    assert "Southern Transitional Council" in (sides[0][2] or "")


def test_a_base_belonging_to_a_force_makes_it_the_target():
    sides = _sides("الحسكة - استهدف هجوم بطائرة مسيرة مقرا تابعا لقوات سوريا الديمقراطية في ريف المدينة.")
    assert sides and sides[0][2] == "Syrian Democratic Forces"
    assert sides[0][0] != "Syrian Democratic Forces"


def test_the_interceptor_of_a_missile_is_actor1_and_its_launcher_actor2():
    # the disruption is the interceptor's act (the side that acted); the launcher is the side disrupted
    sides = _sides("الرياض - اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقته ميليشيا الحوثي "
                   "باتجاه مدينة نجران مساء الخميس.")
    assert sides == [("Military Forces of Saudi Arabia (2015-)", 1, "Ansar Allah (Houthis)", 2)]


def test_the_subject_of_a_reported_clause_is_no_statement_author():
    sides = _sides("بغداد - قالت قيادة عمليات سامراء في بيان إن مسلحين مجهولين هاجموا نقطة تفتيش "
                   "في قضاء الدجيل وقتلوا جنديين.")
    assert sides and sides[0][0] == "Unidentified Armed Group (Iraq)"
    assert (sides[0][2] or "").startswith("Military Forces of Iraq")


def test_members_named_before_their_verb_are_its_subject():
    sides = _sides("الرمادي - قال بيان لقيادة عمليات الجزيرة إن عناصر من داعش هاجموا قرية البوعلي "
                   "وقتلوا أربعة مدنيين.")
    assert sides and sides[0][0] == "Islamic State (Iraq)"
    assert sides[0][2] == "Civilians (Iraq)"


def test_tebu_and_tuareg_fighters_are_libyas_communal_militias():
    sides = _sides("سبها - قتل سبعة أشخاص في اشتباكات بين مسلحين من التبو ومقاتلين من الطوارق "
                   "في بلدة أوباري جنوب ليبيا مساء السبت.")
    assert sides
    assert {sides[0][0], sides[0][2]} == {"Tebu Ethnic Militia (Libya)", "Tuareg Ethnic Militia (Libya)"}
    assert (sides[0][1], sides[0][3]) == (4, 4)


def test_tuareg_outside_libya_name_no_libyan_militia():
    sides = _sides("باماكو - هاجم مسلحون من الطوارق موقعا للجيش المالي في شمال مالي أمس وقتلوا ثلاثة جنود.")
    assert sides and all("Libya" not in (name or "") for side in sides for name in (side[0], side[2]))
