"""Triggers: names, rights, fears and rulings-out that look like acts but report none."""

from __future__ import annotations

import pytest
from support import modality_of

from marsad.document import Document
from marsad.stages import triggers


def subs(text: str) -> set[str]:
    """Sub-types of the asserted triggers in a one-sentence text."""
    doc = Document(text=text)
    triggers.process(doc)
    return {m.value.sub_event_type for m in doc.of_kind("trigger") if m.attrs["modality"] == "asserted"}


def test_riot_police_are_a_unit_not_a_riot():
    assert "Violent demonstration" not in subs("وانتشرت قوات مكافحة الشغب حول ساحة الاعتصام في مدينة الناصرية مساء أمس.")


def test_a_riot_is_still_a_riot():
    assert "Violent demonstration" in subs("واندلعت أعمال شغب في حي الأمل بعد منتصف الليل.")


def test_attacks_named_by_their_date_are_history():
    assert not subs("وكان القيادي بين من علموا مسبقا بهجمات 11 سبتمبر على نيويورك.")


def test_recovering_a_captive_or_a_body_is_not_territory():
    assert "Government regains territory" not in subs("قال الجيش إنه استعاد جثث ثلاثة من الجنود من نفق شمال المدينة.")
    assert "Government regains territory" not in subs("تمكنت الشرطة من تحرير أحد الأسرى من مخبأ قرب الحدود.")


def test_retaking_a_town_is_still_territory():
    assert "Government regains territory" in subs("استعادت القوات الحكومية بلدة الصفا من المسلحين أمس.")


@pytest.mark.parametrize(
    ("sentence", "surface", "modality"),
    [
        ("وقال الوزير إن من غير الوارد شن هجوم على مدينة الباب في هذه المرحلة.", "هجوم", "denied"),
        ("وقال المتحدث إن للجيش الحق باستعادة المعبر بالقوة.", "باستعادة", "expected"),
        ("ويغادر السكان منازلهم خشية اعتقالهم عند الحواجز.", "اعتقالهم", "expected"),
        ("والتقى القائد المقاتلين وحثهم على مواصلة القتال في الجبهة الشرقية.", "القتال", "demand"),
        ("وأوقفت الشرطة شقيق القيادي الذي قتل قبل ثلاثة أعوام في الموصل.", "قتل", "recalled"),
        ("ودخلت القوافل العسكرية إلى ريف حماة لإنشاء نقاط مراقبة.", "لإنشاء نقاط مراقبة", "plan"),
    ],
)
def test_rulings_out_rights_fears_and_urgings_are_not_acts(sentence, surface, modality):
    assert modality_of(sentence, surface) == modality


def in_passing(text: str) -> dict[str, bool]:
    """Surface → whether the trigger only names a standing deal in passing."""
    doc = Document(text=text)
    triggers.process(doc)
    return {m.text: bool(m.attrs.get("in_passing")) for m in doc.of_kind("trigger")}


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وتنص بنود الهدنة على فتح الطرق أمام قوافل المساعدات إلى المخيمات.", "الهدنة"),
        ("وانتقد النائب تمسك خصومه باتفاق الطائف الذي أنهى الحرب الأهلية.", "باتفاق"),
    ],
)
def test_a_truce_or_deal_named_in_passing_reports_no_agreement(sentence, surface):
    assert in_passing(sentence)[surface]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("بدأت الهدنة الإنسانية في المدينة منتصف ليل أمس.", "الهدنة الإنسانية"),
        ("وأعلن الجيش وقف إطلاق النار في الإقليم لمدة ثلاثة أيام.", "وقف إطلاق النار"),
        ("خرج المقاتلون من البلدة بموجب اتفاق مع الحكومة.", "اتفاق"),
    ],
)
def test_a_truce_or_deal_made_or_in_force_is_reported(sentence, surface):
    assert not in_passing(sentence)[surface]


def test_warplanes_flying_over_strike_nothing():
    assert "Air/drone strike" not in subs("ثم حلق الطيران الحربي في أجواء مدينة سراقب طوال الليل.")


def test_warplanes_raiding_still_strike():
    assert "Air/drone strike" in subs("وشن الطيران الحربي غارات على مدينة سراقب ليلة أمس.")


def test_fates_listed_side_by_side_are_no_killing():
    assert "Attack" not in subs("وتفرق رفاقه في الحركة بين قتيل ومشرد وسجين خلال عقدين من الحرب.")


def test_killed_and_wounded_still_count_as_a_killing():
    assert "Attack" in subs("سقط عشرة بين قتيل وجريح في انفجار سوق مدينة الحلة أمس.")


def test_means_of_torture_name_a_practice():
    assert "Attack" not in subs("وقالت إن السجن واحد وإن وسائل التعذيب تختلف من فرع إلى آخر.")
