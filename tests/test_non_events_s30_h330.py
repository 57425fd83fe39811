"""Non-events (EVENTS.md §2; session 30, H330): what a deal provides for when the deal is named
between the verb and its "على", an act put off, the idiom "انسحب على" (held as well for), a blast
whose cause the article says is not known, and a toll over the past years.  Each sits beside a
real act told in the same words, which must still be read."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2018, 7, 8)


def _triggers(text: str) -> list[tuple[str, str, str]]:
    """(form, sub-event type, modality) of every trigger of the text."""
    doc = extract_text(text, published=DAY)
    return [(t.attrs["form"], t.value.sub_event_type, t.attrs["modality"]) for t in doc.of_kind("trigger")]


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in extract_text(text, published=DAY).events]


def _modalities(text: str, sub: str) -> list[str]:
    return [modality for _, s, modality in _triggers(text) if s == sub]


def test_what_a_deal_named_before_its_ala_provides_for_is_not_done():
    for text in ("ونص الاتفاق الأخير على وقف لإطلاق النار وإجلاء المقاتلين إلى الشمال.",
                 "وتنص الخطة الروسية على انسحاب المسلحين من البلدة."):
        told = _modalities(text, "Non-violent transfer of territory")
        assert told and all(m != "asserted" for m in told)


def test_an_evacuation_put_off_did_not_happen():
    told = _modalities("وتسبب القصف بتأجيل عملية إجلاء المقاتلين من البلدة إلى الشمال.",
                       "Non-violent transfer of territory")
    assert told and all(m != "asserted" for m in told)


def test_an_evacuation_carried_out_stays():
    told = _modalities("وبدأت أمس عملية إجلاء المقاتلين من البلدة إلى الشمال.", "Non-violent transfer of territory")
    assert "asserted" in told


def test_a_scene_that_holds_as_well_for_a_region_is_no_withdrawal():
    subs = _subs("وانسحب هذا المشهد على ريف حماة، حيث شن الطيران الحربي السوري غارات على بلدة اللطامنة أمس.")
    assert "Non-violent transfer of territory" not in subs
    assert "Air/drone strike" in subs


def test_forces_that_withdrew_still_withdrew():
    subs = _subs("وانسحبت قوات النظام السوري أمس من بلدة اللطامنة في ريف حماة بعد معارك عنيفة.")
    assert "Non-violent transfer of territory" in subs or "Armed clash" in subs


def test_a_blast_of_no_known_cause_at_a_plant_is_no_bombing():
    text = ("قتل خمسة عمال على الأقل الثلاثاء إثر انفجار لم تحدد طبيعته في مصنع للألعاب النارية بمدينة "
            "بورصة غرب تركيا. وقال مسؤول محلي إن الانفجار وقع ظهرا.")
    assert _subs(text) == []


def test_blasts_whose_causes_are_not_yet_known_are_no_bombing():
    text = ("هزت انفجارات عنيفة أمس مستودعات للوقود في مطار عسكري قرب مدينة حمص، ولم تعرف أسباب هذه "
            "الانفجارات بعد.")
    assert "Remote explosive/landmine/IED" not in _subs(text)


def test_a_bomb_of_unknown_authors_is_still_a_bombing():
    text = ("قتل ثلاثة مدنيين أمس في انفجار عبوة ناسفة في سوق شعبي ببغداد، ولم تعرف الجهة التي تقف وراءه، "
            "ولم تتضح أسباب اختيار السوق.")
    assert "Remote explosive/landmine/IED" in _subs(text)


def test_a_toll_over_the_past_years_is_a_running_total():
    text = "وأشارت إحصائيات إلى أن 45 صحفيا قتلوا في السنوات الخمس الماضية في إقليم بلوشستان جنوب غربي باكستان."
    assert _subs(text) == []


def test_a_toll_of_one_dated_attack_stays():
    text = "وقتل أربعة جنود أمس في هجوم مسلح على حاجز للجيش في إقليم بلوشستان جنوب غربي باكستان."
    assert _subs(text) != []


def test_a_cause_not_yet_told_after_bombers_were_named_is_still_a_bombing():
    text = ("قتل 12 شخصا أمس في انفجار في حديقة مركز ثقافي في بلدة حدودية جنوب تركيا. وأفاد مراسل بأن "
            "انتحاريا دخل إلى المركز وفجر نفسه. ولم يتضح بعد سبب الانفجار.")
    subs = _subs(text)
    assert subs and set(subs) & {"Suicide bomb", "Remote explosive/landmine/IED"}
