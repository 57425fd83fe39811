"""Acts named inside a frame that does not report them: a concession ("رغم
تحرير المدينة")، the topic of a statement ("فيما يتعلق باستعادة السيطرة")، a
ruling-out put first with an aside after it ("من غير الوارد، في الوقت
الحاضر، شن هجوم")، a truce that broke down, a warning, a wish.  Acts told
beside such frames stay reported."""

from __future__ import annotations

import pytest
from support import modality_of


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("ما زال الأهالي يخشون العودة رغم تحرير القرية من المسلحين قبل عامين.", "تحرير"),
        ("وعلى الرغم من استعادة البلدة، لم يرجع إليها سوى قلة من سكانها.", "استعادة"),
        ("فبرغم طرد عناصر التنظيم من الوادي، عادوا إلى شن هجمات متفرقة.", "طرد"),
    ],
)
def test_an_act_granted_in_a_concession_is_not_reported(sentence, surface):
    assert modality_of(sentence, surface) == "conceded"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # "رغم أن" opens a clause of its own, whose acts may be news
        ("ورغم أن الغارات على الميناء لم توقع ضحايا، فقد دمرت مخزنا.", "الغارات"),
        # the act the concession is set against is the news
        ("وقصفت المدفعية أطراف البلدة مساء الجمعة رغم الهدنة المعلنة.", "وقصفت"),
    ],
)
def test_acts_beside_a_concession_stay_reported(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"


def test_an_act_named_as_the_topic_of_a_statement_is_not_reported():
    sentence = 'وقال السفير "فيما يتعلق باستعادة الجيش السيطرة على مدينة الساحل فلا تراجع".'
    assert modality_of(sentence, "السيطرة على") == "topic"


@pytest.mark.parametrize(
    "sentence",
    [
        'وقال المبعوث "من غير الوارد، ولن يكون واردا في الوقت الحالي، شن هجوم على الواحة".',
        "وأضاف أن من المستبعد، بحسب تقديرات الأركان، شن هجوم على الواحة هذا الشهر.",
    ],
)
def test_an_act_ruled_out_before_an_aside_is_denied(sentence):
    assert modality_of(sentence, "هجوم") == "denied"


def test_a_ruling_out_does_not_reach_into_the_next_statement():
    sentence = "من غير الوارد شن هجوم على الواحة، وقصفت الطائرات قرية مجاورة."
    assert modality_of(sentence, "وقصفت") == "asserted"


def test_a_time_adverb_does_not_end_the_reach_of_a_negation():
    sentence = "وأكد القائد أن الكتائب لن تنفذ في الوقت الراهن هجوما على المعبر."
    assert modality_of(sentence, "هجوما") == "denied"


def test_a_new_statement_after_at_the_same_time_is_still_its_own_clause():
    sentence = "لن تنسحب القوات من التلال، وفي الوقت نفسه اشتبكت القوات مع المسلحين في البلدة."
    assert modality_of(sentence, "اشتبكت") == "asserted"


def test_a_truce_that_broke_down_was_not_made():
    sentence = "وحمل الطرفان بعضهما مسؤولية انهيار الهدنة في الإقليم الجنوبي."
    assert modality_of(sentence, "الهدنة") == "failed"


def test_an_act_warned_of_is_not_reported():
    sentence = "وكثف الجيش غاراته على الساحل رغم التحذيرات الأممية من اقتحام الميناء."
    assert modality_of(sentence, "اقتحام") == "threat"
    assert modality_of(sentence, "غاراته") == "asserted"


def test_a_wished_truce_is_not_reported():
    assert modality_of('وقالت المندوبة "نرغب في رؤية وقف لإطلاق النار في الإقليم".', "وقف لإطلاق النار") == "plan"


def test_an_advance_under_way_as_a_circumstance_is_not_reported():
    sentence = "ورفعت الشرطة حالة التأهب مع تقدم قوات المعارضة صوب المعبر الحدودي."
    assert modality_of(sentence, "تقدم") == "habitual"


def test_acts_told_as_a_string_are_a_pattern():
    sentence = "وواجه السكان انقطاع الكهرباء باحتجاجات متلاحقة في أحياء المدينة."
    assert modality_of(sentence, "باحتجاجات") == "habitual"


def test_an_act_someone_is_accused_of_inciting_is_not_reported():
    sentence = "ووجهت النيابة إلى المدون تهمة التحريض على قتل رجال الأمن."
    assert modality_of(sentence, "قتل") == "plan"


def test_a_new_act_asked_for_after_a_halt_is_demanded():
    sentence = "ودعا الوسيط أمس الجيش والمتمردين إلى وقف القتال وبدء مفاوضات مباشرة."
    assert modality_of(sentence, "مفاوضات") == "demand"


def test_the_act_a_demand_to_halt_names_still_goes_on():
    assert modality_of("وطالب المحافظ بوقف القصف على الأحياء الشرقية.", "القصف") == "asserted"


def test_an_act_named_as_what_someone_set_out_to_launch_is_an_aim():
    sentence = "وقال الجيش إن المسلح كان يحاول التسلل مع رفاقه لشن هجمات على المستوطنة."
    assert modality_of(sentence, "هجمات") == "plan"


def test_new_modality_lists_are_normalized_on_load():
    from marsad.knowledge.triggers import load_modality
    from marsad.text import normalize

    rules = load_modality()
    for seqs in rules.boundary_not.values():
        assert all(normalize(word) == word for seq in seqs for word in seq)
    assert rules.fresh_starts.matches(normalize("استئناف"))
    assert any(cue.across_commas for cues in rules.before.values() for cue in cues)
