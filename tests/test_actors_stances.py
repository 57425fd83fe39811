"""Actors that are no side of the act: what a critic criticizes ("المنتقد لـ X"), a participle read as a
group ("المرابطين", keeping vigil), and those who hold a suspect ("اعتقلت الشرطة مشتبها به في إطلاق نار")."""

from __future__ import annotations

import datetime as dt

from support import actor_doc, trigger_roles

DAY = dt.date(2018, 5, 2)


def test_what_a_critic_criticizes_is_not_the_target():
    text = "أطلق مسلحون مجهولون النار على الصحفي المنتقد للكرملين أمام منزله في كييف."
    assert trigger_roles(text, "أطلق", "UA", DAY)[::2] == ("Unidentified Armed Group (Ukraine)", None)


def test_what_residents_reject_is_not_the_target():
    text = "قصفت قوات النظام الأحياء الرافضة للمعارضة في مدينة درعا."
    assert trigger_roles(text, "قصفت", "SY", DAY)[::2] == ("Military Forces of Syria (2000-)", None)


def test_protesters_keeping_vigil_are_not_a_libyan_group():
    doc = actor_doc("فرقت الشرطة بالغاز المسيل للدموع مئات المحتجين المرابطين أمام مبنى البرلمان في أنقرة.", "TR", DAY)
    assert "Al Mourabitoun" not in {m.value.name for m in doc.of_kind("actor") if m.value}


def test_the_group_named_as_an_organisation_is_still_known():
    text = "أعلن تنظيم المرابطين مسؤوليته عن الهجوم على الحاجز العسكري في درنة."
    assert trigger_roles(text, "الهجوم", "LY", DAY)[0] == "Al Mourabitoun"


def test_police_holding_a_suspect_did_not_commit_the_shooting():
    text = "اعتقلت الشرطة مساء الأحد مشتبها به في إطلاق نار أسفر عن مقتل ثلاثة أشخاص في مدينة ليون."
    assert trigger_roles(text, "إطلاق نار", "FR", DAY) == (None, None, "Civilians (France)")
    assert trigger_roles(text, "مقتل", "FR", DAY)[0] is None


def test_forces_arresting_a_suspect_after_a_bombing_did_not_set_it_off():
    text = "ألقت قوات الأمن القبض على رجل مشتبه به بعد تفجير استهدف سوقا شعبيا في بغداد."
    assert trigger_roles(text, "تفجير", "IQ", DAY)[0] is None


def test_police_still_fire_on_a_gunman_they_face():
    text = "أطلقت الشرطة النار على مسلح في مدينة ليون."
    assert trigger_roles(text, "أطلقت", "FR", DAY)[0] == "Police Forces of France (2017-)"


def test_what_a_victim_is_known_for_criticizing_is_not_the_attacker():
    text = "قتل الناشط المعروف بانتقاده للكرملين بانفجار سيارة مفخخة في كييف."
    assert not any(name and "Russia" in name for name in trigger_roles(text, "انفجار", "UA", DAY))
