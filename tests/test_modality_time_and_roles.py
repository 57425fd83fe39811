"""An act said to be "a matter of time" ("القبض على القاتل مسألة وقت") is
awaited, not done; a post named by the acts it covers ("مسؤول عمليات
الاختطاف") describes a person's role, not one act.  The act itself, told
beside such words, stays reported."""

from __future__ import annotations

import pytest
from support import modality_of


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وقال الوزير إن القبض على القاتل مسألة وقت.", "القبض على"),
        ("وأكد قائد الجيش أن اعتقال قادة العصابة في مدينة الموصل بات مسألة وقت.", "اعتقال"),
    ],
)
def test_an_act_that_is_a_matter_of_time_is_expected(sentence, surface):
    assert modality_of(sentence, surface) == "expected"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وكان القيادي مسؤول عمليات الاختطاف والتعذيب في سجون الجماعة بالعاصمة.", "والتعذيب"),
        ("وهو المسؤول عن عمليات الاغتيال في المدينة منذ سنوات.", "الاغتيال"),
    ],
)
def test_a_post_named_by_its_acts_is_a_role(sentence, surface):
    assert modality_of(sentence, surface) == "topic"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وألقت الشرطة القبض على القاتل أمس في مدينة حلب.", "القبض على"),
        ("وقال مسؤول في الشرطة إن عناصر مسلحة اختطفت ثلاثة مدنيين أمس.", "اختطفت"),
    ],
)
def test_the_act_itself_stays_reported(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"
