"""What a site is used for, a side's chosen way of fighting, a plot, a denied
happening and a rumour tell no act; a part credited in an act recalls it (a
background event when dated, nothing when not).  The same acts told plainly
stay reported."""

from __future__ import annotations

import datetime as dt

import pytest
from support import modality_of

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 5, 14)


@pytest.mark.parametrize(
    ("sentence", "surface", "modality"),
    [
        # a use named with في past a long subject
        ("وكانت تستخدمه وحدات الحرس الخاصة والفرقة المدرعة في قصف مواقع المعارضة.", "قصف", "habitual"),
        ("وكانت الميليشيا تستخدمها خلال السنوات الماضية في الهجوم على القرى المجاورة.", "الهجوم", "habitual"),
        # a side's policy or method of fighting
        ("وتقاتل القوات التنظيم الذي يتخذ سياسة زرع العبوات الناسفة على الطرق.", "العبوات الناسفة", "habitual"),
        ("وقال الضابط إن الجماعة تنتهج أسلوب الاغتيالات في المدينة.", "الاغتيالات", "habitual"),
        # a plot of the arrested
        ("واعتقلت الشرطة خمسة أشخاص خططوا لإشعال الفوضى وتفجير سيارة في السوق.", "وتفجير", "plan"),
        ("وقال المصدر إن المسلحين كانوا يخططون لاقتحام السجن المركزي.", "لاقتحام", "plan"),
        # a denied happening past a time set off by commas, or past a long subject
        ("نفى مصدر عسكري، صباح الأحد، تعرض القاعدة الجوية إلى قصف صاروخي.", "قصف صاروخي", "denied"),
        ("وأكد المتحدث باسم الشرطة عدم تعرض أي مركز آخر من مراكز الأمن في المحافظة لهجوم.", "لهجوم", "denied"),
        # news said to have spread as rumour
        ("وكانت أنباء راجت عن اقتحام مسلحين مبنى البلدية في المدينة.", "اقتحام", "expected"),
        ("وتداول ناشطون شائعات عن اغتيال ضابط كبير في العاصمة.", "اغتيال", "expected"),
    ],
)
def test_a_use_a_method_a_plot_a_denial_or_a_rumour_is_no_act(sentence, surface, modality):
    assert modality_of(sentence, surface) == modality


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وقصفت الطائرات مواقع المعارضة في المدينة أمس.", "وقصفت"),
        ("واستخدم المسلحون القذائف في الهجوم على القرية أمس.", "الهجوم"),
        ("وأعلنت الشرطة انفجار عبوة ناسفة زرعها مسلحون على الطريق أمس.", "عبوة ناسفة"),
        ("وأكد المتحدث تعرض مركز الشرطة لهجوم مسلح فجر اليوم.", "لهجوم مسلح"),
    ],
)
def test_the_same_acts_told_plainly_stay_reported(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"


def test_an_undated_part_credited_in_an_act_is_no_event() -> None:
    text = "ولعبت الكتيبة دورا كبيرا في استعادة مدينة الرمادي من تنظيم داعش."
    assert extract_text(text, published=PUBLISHED).events == []


def test_a_dated_part_credited_in_an_act_is_background() -> None:
    text = "وقالت مصادر إن القائد لعب دورا مهما في اقتحام المسلحين مدينة الرمادي في سبتمبر الماضي."
    assert [e.background for e in extract_text(text, published=PUBLISHED).events] == [True]


def test_the_act_itself_told_plainly_is_news() -> None:
    text = "واستعادت القوات العراقية أمس مدينة الرمادي من تنظيم داعش."
    assert [e.background for e in extract_text(text, published=PUBLISHED).events] == [False]
