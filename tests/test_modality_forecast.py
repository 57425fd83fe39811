"""An act named as the subject of a future copula or consequence verb ("قصف
المدن ... سيكون مجزرة"، "إن الانسحاب ... سيفتح الباب") is a forecast or a
judgement, not a report.  A dated act, one in a relative clause and the
consequence of a real act ("مما سيؤدي إلى") stay reported."""

from __future__ import annotations

import pytest
from support import modality_of


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a bare act opening a quoted clause, with its objects and an aside before the copula
        ('وأضاف: "قصف القرى والمزارع والأسواق لمجرد أن هناك مسلحين سيكون جريمة".', "قصف"),
        # a definite act after "إن" and a consequence verb
        ("وقال الوزير إن القصف المدفعي على الأحياء ستكون له عواقب وخيمة.", "القصف المدفعي"),
        ("ورأى المحلل أن اعتقال الشرطة للطلاب سيؤدي إلى موجة غضب.", "اعتقال"),
        # a bare act at the head of its sentence
        ("اعتقال قادة المعارضة سيعني نهاية الحوار الوطني.", "اعتقال"),
    ],
)
def test_an_act_as_the_subject_of_a_future_copula_is_a_forecast(sentence, surface):
    assert modality_of(sentence, surface) == "expected"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a dated act whose result is foretold happened
        ("وقالت مصادر إن القصف المدفعي على الأحياء أمس سيؤدي إلى نزوح الآلاف.", "القصف المدفعي"),
        ("وقال إن القصف المدفعي الأخير على الأحياء سيؤدي إلى نزوح الآلاف.", "القصف المدفعي"),
        # the consequence of a real act
        ("قصفت الطائرات أحياء المدينة مما سيؤدي إلى نزوح الآلاف.", "قصفت"),
        # an act told in a relative clause before the verb
        ("وقال إن الغارات التي شنها الطيران على القرية ستكون لها تبعات.", "الغارات"),
        # a future verb that is not a copula or consequence verb, after a past act
        ("تظاهر آلاف الطلاب السبت في ستراسبورغ للمطالبة بالإفراج عن زملائهم.", "تظاهر"),
    ],
)
def test_acts_that_happened_stay_reported_beside_a_future_verb(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("ويواجه النازحون في المخيم خطر الموت من القصف المتواصل على المنطقة.", "القصف"),
        ("وقالت امرأة من البلدة: نواجه خطر الموت إما من الغارات أو من البرد.", "الغارات"),
        ("وتبقى البلدات الحدودية عرضة للقصف المدفعي كل ليلة.", "للقصف المدفعي"),
    ],
)
def test_a_risk_of_an_act_faced_is_no_act_suffered(sentence, surface):
    assert modality_of(sentence, surface) == "expected"


def test_a_risk_told_after_a_real_strike_leaves_the_strike_reported():
    assert modality_of("وقتل 3 مدنيين في غارة على البلدة أمس، ويواجه السكان خطر النزوح.", "غارة") == "asserted"
