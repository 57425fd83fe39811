"""A second act told inside a sentence beside the main one: a charge defused after a blast,
people "seized" (Egyptian usage) in a security sweep, and fighting that followed a bombing."""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2016, 4, 12)


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.actor1) for e in marsad.extract(text, published=DAY).events]


def test_a_bare_charge_whose_effect_the_police_undid_is_a_disrupted_weapons_use():
    kinds = _kinds("انفجرت عبوة ناسفة قرب قسم الشرطة في مدينة الزقازيق أمس. "
                   "وأبطلت قوات الأمن مفعول عبوة ثانية عثر عليها قرب القسم.")
    assert ("Disrupted weapons use", "Police Forces of Egypt (2014-)") in kinds
    assert any(kind == "Remote explosive/landmine/IED" for kind, _ in kinds)


def test_the_undoing_told_by_its_noun_with_the_bomb_squad_as_doer():
    kinds = _kinds("انفجرت عبوة ناسفة قرب محطة القطار في مدينة طنطا أمس، "
                   "فيما تمكن خبراء المفرقعات من إبطال مفعول عبوة أخرى في المكان.")
    assert ("Disrupted weapons use", "Police Forces of Egypt (2014-)") in kinds


def test_an_undone_decision_is_no_disarming():
    kinds = _kinds("قررت المحكمة في مدينة طنطا أمس إبطال مفعول القرار الصادر عن المحافظ.")
    assert not any(kind == "Disrupted weapons use" for kind, _ in kinds)


def test_members_of_a_group_seized_by_the_police_are_arrests():
    kinds = _kinds("وتمكنت الأجهزة الأمنية في محافظة المنوفية أمس من ضبط ثلاثة من عناصر جماعة الإخوان.")
    assert kinds == [("Arrests", "Police Forces of Egypt (2014-)")]


def test_self_restraint_and_seized_drugs_are_no_arrests():
    for text in ("ودعا المحافظ في مدينة طنطا أمس إلى ضبط النفس بعد اشتباك عناصر من العائلتين.",
                 "وضبطت الشرطة في مدينة طنطا أمس ثلاثة أشخاص بحوزتهم كميات من المخدرات."):
        assert not any(kind == "Arrests" for kind, _ in _kinds(text))


def test_fighting_that_followed_a_suicide_bombing_is_a_clash_of_its_own():
    kinds = _kinds("قتل عشرة أشخاص الثلاثاء في هجوم انتحاري أعقبه تبادل لإطلاق النار استمر ساعات "
                   "بين المسلحين وقوات الأمن في مدينة قندهار.")
    assert [kind for kind, _ in kinds] == ["Suicide bomb", "Armed clash"]
