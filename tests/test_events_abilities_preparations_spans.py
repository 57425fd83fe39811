"""Non-events read as acts in held-out news, each class checked with sentences
written for the test and, where it matters, with a sentence of the same shape
that still reports an act:

- an ability trusted or told of a weapon ("أعرب عن ثقته بقدرة الشرطة على
  القبض على الجناة"، "صواريخ الحزب قادرة على ضرب أي مدينة"): a capability;
- a step taken "so that" a side can act ("حتى تتمكن القوات من تحرير"): an aim;
- a forecast quoted after its complementizer ("وتوقع أن «يشن التنظيم هجوما»");
- a span of weeks or more "of" fighting ("دمرتها أربعة أشهر من المعارك"),
  a war's years or weeks as the time the acts took ("طوال عامين من الحرب"،
  "على مدار الأسابيع الماضية"), a toll up to a month ("حتى مارس"), and
  violations told by kind ("ما ارتكبته من انتهاكات بين القتل والخطف"): running
  totals and generic statements.
"""

from __future__ import annotations

import datetime as dt

import pytest
from support import modality_of

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 4, 11)


def sub_types(text: str) -> list[str]:
    """Sub-event types of the events extracted from `text`."""
    return [e.sub_event_type for e in extract_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        ("وأعرب الوزير عن ثقته بقدرة أجهزة الشرطة على القبض على منفذي الهجوم في المدينة.", "القبض على", "expected"),
        ("وقال الخبير إن صواريخ الحزب الجديدة قادرة على ضرب أي مدينة في البلاد.", "صواريخ", "expected"),
        ("وأرسلت القيادة تعزيزات إلى الجبهة حتى تتمكن القوات من تحرير المديرية.", "تحرير", "plan"),
        ("وتوقع الضابط أن «يشن التنظيم هجوما على المدينة الساحلية».", "هجوما", "expected"),
        ("ووصل المراسل إلى البلدة التي دمرتها أربعة أشهر من المعارك.", "المعارك", "habitual"),
    ],
)
def test_abilities_preparations_forecasts_and_spans_are_not_reported(text, surface, modality):
    assert modality_of(text, surface) == modality


@pytest.mark.parametrize(
    "text",
    [
        "وأعرب المحافظ عن ثقته بقدرة قوات الأمن على القبض على المسلحين في مدينة الموصل.",
        "وقالت الدراسة إن صواريخ الجماعة الدقيقة قادرة على استهداف أي موقع في مدينة حيفا.",
        "وأرسلت القيادة تعزيزات إلى محافظة أبين حتى تتمكن القوات من تحرير مدينة زنجبار.",
        "وتوقع المسؤول أن «يشن تنظيم داعش هجوما على مدينة العقبة» خلال الصيف.",
        "وبدأ توزيع المساعدات على سكان مدينة تعز التي دمرتها ثلاثة أشهر من القتال.",
        "لم تسلم المدارس في مدينة حلب طوال عامين من الحرب، إذ قصفت واقتحمت مرات.",
        "وسجل المرصد في سوريا مقتل نحو 300 ألف شخص حتى مارس 2018.",
        "وخسر المسلحون في محافظة حضرموت خلال المعارك على مدار الأسابيع الماضية العشرات من عناصرهم، إذ قتل 40 منهم.",
        "وذكر البيان في صنعاء ما ارتكبته الجماعة من انتهاكات ضد الصحافيين بين القتل والاختطاف والتعذيب.",
    ],
)
def test_no_event_is_coded(text):
    assert sub_types(text) == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a past capture, then a capability: the capture is told
        ("وسيطرت قوات الجيش أمس على مدينة الرمادي بعد معارك عنيفة.", "Government regains territory"),
        # a dated clash in the same article style
        ("واندلعت اشتباكات عنيفة أمس بين قوات الجيش والمسلحين في مدينة زنجبار.", "Armed clash"),
        # one day's toll told with a month: no "up to"
        ("وقتل خمسة مدنيين أمس في قصف مدفعي على مدينة تعز.", "Shelling/artillery/missile attack"),
    ],
)
def test_plain_reports_are_still_coded(text, sub_type):
    assert sub_type in sub_types(text)
