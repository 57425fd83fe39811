"""Clause-level modality: a demand, plan, threat, condition, "لن" or future
verb heads the acts of its whole clause, and a new predication ends its reach."""

from __future__ import annotations

import pytest
from support import modality_of


@pytest.mark.parametrize(
    ("sentence", "surface", "modality"),
    [
        # far beyond each cue's word window, still inside its clause
        ("وطالب وزير الخارجية النرويجي بتحويل المناطق الحدودية الواقعة شمال البلاد من مناطق توتر "
         "إلى مناطق وقف إطلاق نار دائم.", "وقف إطلاق نار", "demand"),
        ("وتعتزم الحكومة مع انتهاء موسم الأمطار في الأقاليم الجنوبية الثلاثة شن هجوم على المتمردين.",
         "هجوم", "plan"),
        ("وقال القائد إنه لن يسمح تحت أي ظرف من الظروف في المدينة وضواحيها بخروج المظاهرات.",
         "المظاهرات", "denied"),
        ("وفي حال وصلت التعزيزات سيتقدم اللواء الرابع مدعوما بالمدفعية الثقيلة نحو الجبل وفرض حصار "
         "عليه واقتحامه.", "واقتحامه", "conditional"),
        ("وقال الضابط إن الكتيبة ستتولى مع وحدات الهندسة وفرق الاستطلاع الجوي في الأسابيع المقبلة "
         "اقتحام قرية الحمرا.", "اقتحام", "expected"),
        ("وتعهد المحافظ بعدم السماح لأنصار الحزب المنحل في الإقليم الشمالي بالتظاهر.", "بالتظاهر", "denied"),
    ],
)
def test_a_clause_cue_heads_far_acts_of_its_clause(sentence, surface, modality):
    assert modality_of(sentence, surface) == modality


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a past verb with و opens a new predication that reports what happened
        ("ودعا المجلس الأطراف إلى التهدئة في الإقليم الشمالي والعودة إلى الحوار وأعلن الجيش أمس "
         "اعتقال خمسة مسلحين.", "اعتقال"),
        # a relative pronoun and a past verb tell a past act
        ("وطالبت المنظمة بحماية سكان البلدة الجبلية الصغيرة التي شهدت الأسبوع الماضي قصفا عنيفا.",
         "قصفا"),
        # a past-verb trigger is told as done, whatever heads its clause
        ("ودعت النقابة السلطات في العاصمة والمدن الكبرى إلى محاسبة الضباط الذين اعتقلوا الصحفيين.",
         "اعتقلوا"),
        # a word that presupposes the act keeps it reported
        ("وطالب النائب الحكومة بفتح تحقيق مستقل وشفاف في ملابسات قصف مستشفى المدينة.", "قصف"),
        ("وتطالب فرنسا الحكومة بضبط النفس أمام احتجاجات العمال.", "احتجاجات"),
        # "لن يوقف ... طالما": the reason clause tells a running act
        ("وقال الوزير إن الجيش لن يوقف عملياته طالما أن المسلحين يواصلون إطلاق القذائف على البلدات.",
         "القذائف"),
    ],
)
def test_a_new_predication_or_presupposition_ends_the_reach(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"


def test_whether_is_not_a_condition():
    sentence = "ولم يؤكد المصدر ما إذا كانت غازات سامة قد استخدمت في القصف."
    assert modality_of(sentence, "القصف") == "asserted"


def test_qad_before_a_past_verb_in_nun_is_not_may():
    sentence = "وقد نتج عن القصف المدفعي تضرر ثلاث سيارات مدنية."
    assert modality_of(sentence, "القصف المدفعي") == "asserted"


def test_a_name_spelled_like_a_future_verb_heads_nothing():
    sentence = "وقال ستيفان المبعوث الأممي الخاص إلى البلاد في مؤتمر صحفي إن الهدنة صامدة."
    assert modality_of(sentence, "الهدنة") == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [("وقتل طالب برصاص قناص خلال الاشتباكات أمس.", "الاشتباكات"), ("وأصيب طالب بجروح في القصف.", "القصف")],
)
def test_a_student_hurt_is_not_a_demand(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"


@pytest.mark.parametrize(
    "sentence",
    ["كما طالب بإعلان هدنة في الإقليم.", "طالب المجلس المحلي الأطراف بإعلان هدنة في الإقليم.",
     "وطالب الوزير بإعلان هدنة في الإقليم."],
)
def test_a_demand_verb_opening_its_clause_still_demands(sentence):
    assert modality_of(sentence, "هدنة") == "demand"


def test_a_quoted_object_stays_in_the_cues_clause():
    sentence = 'وطالب الوزير بتحويل الإقليم من "منطقة توتر دائم إلى منطقة وقف إطلاق نار شامل".'
    assert modality_of(sentence, "وقف إطلاق نار") == "demand"


def test_a_comma_before_the_quote_still_ends_the_reach():
    sentence = 'ودعا الوزير إلى الحوار، "فالهجوم على المدينة أوقع عشرات القتلى".'
    assert modality_of(sentence, "فالهجوم") == "asserted"


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("ويطلب القرار هدنة فورية في الإقليم.", "demand"),
        # a request reaches only a close object: what was asked for may follow as done
        ("وطلبت الوحدات المحاصرة في الوادي الشمالي ضربات جوية نفذتها طائرات التحالف.", "asserted"),
    ],
)
def test_a_request_governs_only_a_close_object(sentence, modality):
    surface = "هدنة" if "هدنة" in sentence else "ضربات جوية"
    assert modality_of(sentence, surface) == modality
