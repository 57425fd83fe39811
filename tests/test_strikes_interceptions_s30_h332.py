"""Missed strikes and interceptions (session 30, H332).

- Air defences meeting an unnamed aerial target keep the interception when the time of day
  and the source's own wording stand between the verb and the target ("تصدت الدفاعات
  الجوية، صباح السبت، لما وصفته بـ"هدف معاد"").
- Sides that "agree on the need" to act share a view; no Agreement is coded for it, while a
  deal the sides reached still is.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 4, 9)


def _types(text: str, **kwargs: object) -> list[str]:
    return [e.sub_event_type for e in marsad.extract(text, published=DAY, **kwargs).events]


def test_air_defences_meet_a_hostile_target_told_past_the_time_and_the_source():
    text = ('تصدت الدفاعات الجوية السورية، مساء الجمعة، لما وصفته بـ"هدف معاد" قالت إنه اخترق '
            "الأجواء فوق بلدة في ريف دمشق.")
    assert _types(text) == ["Disrupted weapons use"]


def test_a_keeper_meeting_a_shot_is_no_interception():
    assert _types("تصدى حارس المرمى، في الدقيقة الأخيرة، لما وصفه المعلق بهدف مؤكد في المباراة.") == []


def test_agreeing_on_the_need_to_act_is_no_agreement():
    text = "وقال بيان إن الرئيسين أدانا الهجوم في سوريا واتفقا على وجوب محاسبة النظام على انتهاكاته."
    assert "Agreement" not in _types(text)


def test_a_deal_the_sides_reached_is_still_an_agreement():
    text = "اتفقت الحكومة والفصائل المسلحة على وقف إطلاق النار في مدينة درعا الأحد."
    assert "Agreement" in _types(text)


def test_a_target_only_detected_is_no_interception_by_another_clauses_verb():
    # (code review s30: "اعترضت ... على" is an objection, "تدمير" a depot's destruction)
    assert _types("اعترضت موسكو على ذلك فيما رصدت الدفاعات الجوية السورية هدفا معاديا فوق حماة اليوم.") == []
    assert _types("أعلن الجيش تدمير مخزن أسلحة للمسلحين بعد أن رصدت الدفاعات الجوية جسما مشبوها "
                  "يقترب من قاعدة حميميم.") == []


def test_agreeing_on_the_need_with_the_subject_between_is_no_agreement():
    assert "Agreement" not in _types("اتفق الرئيسان على وجوب محاسبة النظام على قصف المدنيين في إدلب.")
    assert "Agreement" not in _types("اتفق وزيرا خارجية البلدين على وجوب وقف القتال في غزة فورا.")
    assert "Agreement" in _types("اتفق الطرفان على وقف القتال في غزة فورا.")
