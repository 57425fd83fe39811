"""The background flag on current acts: a day named as news keeps an act in
the main table, with a recall marker beside it or no publication date at all."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text
from marsad.stages.dates import background_markers
from marsad.text import normalize

PUBLISHED = dt.date(2024, 3, 8)  # a Friday
# An op-ed of our own (no attribution, the author's voice) around one strike.
OP_ED = [
    "لا شك أن المشهد في المنطقة بات أكثر تعقيدا مما نتصور.",
    "نحن أمام مرحلة جديدة من الصراع، ولعل أهم ملامحها غياب الثقة بين الأطراف.",
    "في الماضي كانت الخلافات تحل بالحوار، أما السلاح فصار اللغة الوحيدة.",
    "وقد قصفت الطائرات الحربية مدينة حمص وقتلت عشرات المدنيين.",
    "ينبغي علينا أن نسأل: من المستفيد من هذا الخراب؟",
    "ربما يكون الجواب أبسط مما نعتقد.",
    "فالشعوب تدفع الثمن، والقادة يتفاوضون في الفنادق.",
    "ولا بد من صوت عاقل يوقف هذا النزيف.",
]


def flags(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str | None, bool]]:
    """(date, background) of each event extracted from `text`."""
    return [(e.event_date, e.background) for e in extract_text(text, published=published).events]


def test_a_pluperfect_act_of_yesterday_named_in_its_sentence_is_news() -> None:
    text = "وكانت قوات الأمن قد اعتقلت ناشطا معارضا في مدينة إربد مساء أمس."
    assert flags(text) == [("2024-03-07", False)]


def test_a_pluperfect_act_of_days_before_stays_recalled() -> None:
    text = "وكانت قوات الأمن قد اعتقلت ناشطا معارضا في مدينة إربد يوم الاثنين الماضي."
    assert flags(text) == [("2024-03-04", True)]


def test_last_nights_act_is_news_beside_a_recall_of_years_before() -> None:
    text = ("ليلة أمس اقتحم مسلحون مكتب إذاعة محلية في مدينة إربد واعتقلوا العاملين فيه "
            "بعد أن تعرض المكتب لمداهمة قبل عامين.")
    assert flags(text) == [("2024-03-07", False), ("2022-03-01", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a conjunction on the marker
        "وسبق أن اعتقلت الشرطة أربعة مسلحين في المدينة",
        "والعام الماضي قتل أربعة جنود في هجوم على حاجز",
        # quoted and hyphened words between "كان" and "قد"
        'وكان صاروخ "أرض – جو" قد أسقط الطائرة',
    ],
)
def test_recall_markers_with_a_conjunction_or_quoted_words_are_found(sentence: str) -> None:
    assert background_markers(normalize(sentence))


def test_the_pluperfect_pair_does_not_run_across_a_comma() -> None:
    assert not background_markers(normalize("وكان الجيش، في بيان له أمس، قد أعلن"))


def test_a_recalled_act_with_a_conjunction_on_the_marker_is_not_news() -> None:
    text = "وسبق أن اعتقلت الشرطة أربعة مسلحين في مدينة إربد الأسبوع الماضي."
    assert flags(text) == [("2024-03-01", True)]


def test_an_undated_article_that_dates_its_act_to_a_weekday_keeps_it_as_news() -> None:
    lines = [line.replace("وقد قصفت الطائرات", "وقد قصفت يوم الاثنين الطائرات") for line in OP_ED]
    events = [e for e in extract_text("\n".join(lines), published=None).events if "حمص" in e.evidence]
    assert events and not any(e.background for e in events)


def test_an_undated_article_with_an_undated_act_in_commentary_still_flags_it() -> None:
    events = [e for e in extract_text("\n".join(OP_ED), published=None).events if "حمص" in e.evidence]
    assert events and all(e.background for e in events)


def test_a_recall_marker_between_yesterday_and_the_act_keeps_the_act_recalled() -> None:
    text = ("قال شهود أمس إن قتالا عنيفا يدور في مديرية أرحب، التي تعد من أكثر المناطق التي استهدفها "
            "الحوثيون طوال العام الماضي حيث فجروا منازل قياداتها القبلية.")
    assert flags(text) == [("2024-03-07", False), ("2024-03-07", True)]
