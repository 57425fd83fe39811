"""Non-events seen reading multi-outlet news: the text of a draft resolution, a
suspicion or doubt, an older act named to compare, a place told by the fighting
it does or does not see, a count of protests.  Sentences written for the test; each class is paired
with a sentence of the same shape that still reports an act."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 5, 16)


def sub_types(text: str) -> list[str]:
    """Sub-event types of the events extracted from `text`."""
    return [e.sub_event_type for e in extract_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    "text",
    [
        # what a draft resolution condemns
        "ويدين مشروع القرار بشدة الغارات الجوية على المستشفيات في محافظة إدلب.",
        # a doubt over who is behind a shelling
        "وتحوم الشكوك حول مسؤولية الجيش عن قصف سوق شعبي في مدينة معرة النعمان.",
        # a suspicion without a complementizer
        "ويشتبه بضلوع ميليشيات في اغتيال الناشط في مدينة البصرة.",
        # the act a released suspect was suspected of
        "وأطلق سراح الرجل المشتبه بتنفيذه تفجير الحافلة في مدينة الموصل.",
        # an older blast named to compare
        "وأعرب عن خشيته من عمليات انتقامية على غرار تفجير مسجد في مدينة القطيف.",
        "وقال مسؤول إن الوضع في مدينة كركوك قد يتدهور كما حدث في هجوم التنظيم على المدينة قبل عامين.",
        "وحذر الوزير من تكرار ما حدث في مدينة الرمادي حين سيطر المتشددون على المدينة.",
        # a place told by the air strikes it does not see
        "وقررت وزارة التربية استئناف الدراسة في المدن التي لا تشهد قصفا جويا في محافظة إدلب.",
        # a place told by the fighting in it
        "وأصدر الوزير قرارا بتعليق الدراسة في المدارس القريبة من مناطق الاشتباكات في ريف حماة.",
        # an exam decision naming fighting as its reason
        "وأعلنت الوزارة تأجيل امتحانات الشهادة الثانوية في محافظة درعا بسبب المعارك.",
        # claims under investigation
        "وقالت الوزارة إنها تحقق في مزاعم وقوع قتلى مدنيين في قرية قرب الحدود.",
        # a month's count of protests
        "وبلغ عدد الاحتجاجات خلال الشهر الماضي 45 احتجاجا في محافظة البصرة.",
    ],
)
def test_document_doubt_comparison_and_place_description_are_not_events(text: str) -> None:
    assert sub_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a council condemning a raid it names still reports it
        "أدان مجلس الأمن الغارة الجوية التي استهدفت مستشفى في مدينة إدلب أمس.",
        # schools shut after a shelling told with its day
        "أغلقت السلطات المدارس في مدينة درعا عقب قصف استهدف حي المحطة أمس وأسفر عن مقتل طفلين.",
        # an arrest of suspects is an act
        "اعتقلت الشرطة أمس خمسة أشخاص يشتبه في انتمائهم إلى تنظيم مسلح في مدينة الموصل.",
        # an attack compared to an older one is still reported
        "هاجم مسلحون حاجزا للجيش في مدينة العريش أمس، على غرار هجوم الشهر الماضي.",
    ],
)
def test_same_shapes_still_report_acts(text: str) -> None:
    assert sub_types(text)
