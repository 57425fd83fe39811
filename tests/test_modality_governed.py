"""Nearing an act ("مع اقتراب القوات ... من تحرير المدينة") is not doing it:
the act the nearing heads with من stays expected past a long subject, even one
set off by commas, while acts told around it stay reported."""

from __future__ import annotations

import pytest
from support import modality_of


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a long subject between the nearing and its act
        ("وتصاعدت المداهمات في الحي مع اقتراب وحدات الحرس الجمهوري المدعومة بالمدفعية الثقيلة "
         "من تحرير البلدة الساحلية.", "تحرير"),
        # a backer set off by commas between the nearing and its act
        ("وتضاعفت الاعتقالات في المدينة مع اقتراب القوات الحكومية، بإسناد من طيران الحلفاء في الشمال، "
         "من اقتحام الميناء.", "اقتحام"),
        # the past verb of nearing with its subject between
        ("وقال القائد إن الكتائب المدعومة بالدبابات اقتربت كثيرا من تحرير القرية.", "تحرير"),
    ],
)
def test_the_act_a_nearing_heads_is_expected(sentence, surface):
    assert modality_of(sentence, surface) == "expected"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # the act told before the nearing happened
        ("وتصاعدت المداهمات في الحي مع اقتراب وحدات الحرس الجمهوري المدعومة بالمدفعية الثقيلة "
         "من تحرير البلدة الساحلية.", "المداهمات"),
        # an act after the nearing that is not its من-object is told as done
        ("وقتل ثلاثة جنود في اشتباكات مع اقتراب القوات من البلدة.", "اشتباكات"),
    ],
)
def test_acts_beside_a_nearing_stay_reported(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وقال الوزير إن من حق القوات المسلحة شن عمليات عسكرية على المعابر.", "عمليات عسكرية"),
        ("وقال المتحدث إن للجيش الحق الكامل في اقتحام الجزيرة.", "اقتحام"),
        ("وأكدت النقابة أن من حق العمال التظاهر أمام الوزارة.", "التظاهر"),
    ],
)
def test_an_act_claimed_as_a_right_is_not_reported(sentence, surface):
    assert modality_of(sentence, surface) == "expected"
