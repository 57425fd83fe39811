"""Wishes, efforts, proposals, habits and negated results are not reported acts,
while the act a negated result verb names still happened."""

from __future__ import annotations

import pytest
from support import modality_of


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وقالت الوزيرة إنها تأمل أن يتوصل الطرفان في الأيام القادمة إلى اتفاق لوقف القتال.", "اتفاق"),
        ("وأعرب الأمين العام عن أمله في التوصل إلى هدنة بين الطرفين.", "التوصل إلى هدنة"),
        ("وأكد الوسطاء أهمية الجهود الدولية لتطبيق الهدنة التي أعلنت في ليبيا.", "الهدنة"),
        ("في إطار المساعي الرامية إلى وقف إطلاق النار في ولاية النيل الأزرق.", "وقف إطلاق النار"),
        ("واقترح الوسيط الإثيوبي، في لقاء مع الصحفيين في أديس أبابا، أن يفرج الطرفان عن الأسرى مقابل "
         "وقف الاحتجاجات في العاصمة.", "الاحتجاجات"),
        ("وقال القائد إن بإمكانه السيطرة على مدينة كيدال خلال يومين.", "السيطرة على"),
        ("وأكد الوسطاء أهمية احترام الهدنة التي دعت إليها الأمم المتحدة في ليبيا.", "الهدنة"),
        ("وقال إن أيام القصف على الأحياء الشمالية صارت معدودة.", "القصف"),
        ("وتسعى القوات الحكومية بدعم من فصائل محلية موالية لها إلى تحرير مطار الجفرة.", "تحرير"),
        ("وقال إن المتمردين لم يكن في نيتهم تنفيذ وقف إطلاق النار.", "وقف إطلاق النار"),
    ],
)
def test_a_wished_proposed_or_possible_act_is_not_asserted(sentence, surface):
    assert modality_of(sentence, surface) != "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وكانت المقاتلات تقصف بانتظام مخابئ المسلحين في جبال قنديل.", "تقصف"),
        ("ويحتج عشرات المعلمين كل يوم أمام مقر الوزارة في نواكشوط.", "ويحتج"),
        ("وتقصف المدفعية بشكل يومي قرى الريف الجنوبي.", "وتقصف"),
        ("وتتعرض القرى الحدودية باستمرار لقصف مدفعي من الجانب الآخر.", "لقصف مدفعي"),
        ("وقال المتحدث إن قواته قصفت وستقصف معاقل المتمردين أينما وجدت.", "قصفت"),
        ("بسبب ما ارتكبت وترتكب العصابات المسلحة من نهب وقتل بحق المزارعين.", "وقتل"),
        ("وقتل المئات في قصف مدفعي تشنه القوات منذ تسعة أيام على الأحياء الشرقية.", "وقتل"),
        # a campaign going on since a month or a year named
        ("ويشن الطيران الحربي غارات على مدينتي الرقة ودير الزور منذ أغسطس 2014.", "غارات"),
        ("وتشن القوات الحكومية هجوما على بلدة داريا منذ 26 مارس الماضي.", "هجوما"),
    ],
)
def test_a_regular_or_ongoing_act_is_habitual(sentence, surface):
    assert modality_of(sentence, surface) == "habitual"


@pytest.mark.parametrize(
    ("sentence", "surface", "modality"),
    [
        # the act before a negated result verb happened; only its result is denied
        ("وقصف الطيران بلدة التمانعة ولم يسفر القصف عن سقوط قتلى.", "القصف", "asserted"),
        ("وقصف الطيران بلدة التمانعة ولم يسفر القصف عن سقوط قتلى.", "سقوط قتلى", "denied"),
        ("وانفجرت عبوة قرب دورية في ماسينا دون أن تسفر عن سقوط ضحايا.", "سقوط ضحايا", "denied"),
        ("ولم يسفر الهجوم على الثكنة عن مقتل أي جندي.", "الهجوم", "asserted"),
        ("وسيطر المتمردون على البلدة دون قتال.", "قتال", "denied"),
        # a plainly negated act is still denied
        ("وقال الجيش إن طائراته لم تقصف أي مبنى سكني في المدينة.", "تقصف", "denied"),
    ],
)
def test_a_negated_result_denies_only_the_result(sentence, surface, modality):
    assert modality_of(sentence, surface) == modality


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وقتلت القوات ثلاثة مسلحين وأصابت آخرين في كمين قرب غاو.", "وقتلت"),
        ("وقتل خمسة مدنيين في قصف جديد على البلدة التي تتعرض لحصار منذ أشهر.", "وقتل"),
        ("وقصفت المدفعية مواقع المتمردين وتابعت قصف الطرق المؤدية إليها.", "وقصفت"),
        # a day's attack that has gone on since the morning is still one act
        ("ويشن الطيران الحربي منذ صباح أمس غارات على مدينة الرقة.", "غارات"),
    ],
)
def test_one_act_near_similar_words_stays_asserted(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"
