"""An effort still going on ("يحاولون شن هجمات") names an aim, not an act;
a past attempt at an assault ("حاول المسلحون اقتحام البلدة") was fought and
stays reported."""

from __future__ import annotations

import pytest
from support import modality_of


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وقال الجيش إن القتلى كانوا عناصر مسلحة يحاولون شن هجمات على المواقع الحدودية.", "هجمات"),
        ("وتحاول الفصائل المسلحة اقتحام الحي الشرقي منذ أسابيع.", "اقتحام"),
        ("وقتل جنديان شابا قالا إنه كان يحاول زرع عبوة ناسفة قرب السياج.", "عبوة ناسفة"),
    ],
)
def test_an_act_someone_is_trying_to_do_is_an_aim(sentence, surface):
    assert modality_of(sentence, surface) == "plan"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وحاول المسلحون اقتحام القرية فجر الثلاثاء قبل أن يتراجعوا.", "اقتحام"),
        # an act told beyond the effort's reach in the same clause stays reported
        ("وتحاول القوات منذ أيام التقدم نحو المدينة وسط غارات جوية مكثفة على أطرافها.", "غارات جوية"),
    ],
)
def test_a_past_attempt_or_an_act_beyond_the_effort_stays_reported(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"
