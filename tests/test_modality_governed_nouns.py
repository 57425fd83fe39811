"""Acts named as what something would allow, needs, helps in, will bring or
asks for, or as a rate that was cut, are not reported as done."""

from __future__ import annotations

import pytest
from support import modality_of


@pytest.mark.parametrize(
    ("sentence", "surface", "modality"),
    [
        # what a deal or a step would allow
        ("وأعلن الطرفان اتفاقا يسمح لوحدات الجيش بدخول البلدة والسيطرة على مداخلها.", "والسيطرة على", "plan"),
        ("وتستعد الكتائب لعملية تتيح لها اقتحام المعبر الحدودي.", "اقتحام", "plan"),
        # helping in an act as the aim of a move
        ("وأرسلت الحكومة قوات إلى الإقليم للمساعدة في صد الهجوم على العاصمة.", "صد الهجوم", "plan"),
        # what peace needs
        ("وقال الوزير إن إنهاء الأزمة في البلاد يتطلب الحوار والتفاوض بين الأطراف المتحاربة.", "والتفاوض", "demand"),
        # what will be done
        ("وأضاف أن المسائل العالقة سيتم حلها لاحقا مع الحكومة عبر مفاوضات مباشرة بين الأطراف المتحاربة.",
         "مفاوضات", "expected"),
        # a possessed demand naming its addressee first
        ("وجددت الحكومة مطالبتها للمسلحين بالانسحاب من الأحياء الجنوبية.", "بالانسحاب", "demand"),
        # rallying for acts
        ("وتواصل جماعات متطرفة الحشد والتأييد لاقتحامات جماعية للمسجد خلال الأعياد.", "لاقتحامات", "plan"),
        # what someone did more than once, told to describe them
        ("وعرف عن الضابطين أنهما ظهرا أكثر من مرة معا خلال المعارك ضد المسلحين في الصحراء.", "المعارك", "habitual"),
        # a rate cut, past a long subject
        ("وقلص التحالف الذي تقوده القوات الدولية الغارات الجوية على مواقع التنظيم إلى الثلث.", "الغارات الجوية",
         "habitual"),
    ],
)
def test_an_act_governed_by_another_predicate_is_not_reported(sentence, surface, modality):
    assert modality_of(sentence, surface) == modality


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a deal told as signed, and the act it allowed told by its own verb
        ("ووقع الطرفان اتفاقا يسمح بخروج المقاتلين، ثم شنت الطائرات غارات على القرية.", "غارات"),
        # the same help told as done by a past verb
        ("وساعدت الطائرات في صد الهجوم على الحاجز فجر الأحد.", "صد الهجوم"),
    ],
)
def test_an_act_told_as_done_beside_such_a_predicate_stays_reported(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"
