"""Events stage: a toll summed over a whole month is a period total, not an act
(EVENTS.md §2: running totals).  A toll dated only by a month ("خلال شهر يوليو
الماضي"، "في يوليو"، "الشهر الماضي") is a total when a report counts it
("وفقا لإحصاءات ...") or when the month is spanned ("خلال") and the count is
large (killed or wounded: "مقتل وإصابة 3440") or the acts are plural ("في
هجمات").  The report's later undated breakdown of that total is no act either.
An act told at a month with its own scene and no such sign, and an act dated
to a day inside the month, stay events."""

import datetime as dt

import pytest

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2015, 8, 4)  # a Tuesday
LEAD = ("أعلن الجيش الأوكراني أمس أن 3 جنود قتلوا وأصيب 12 في قتال مع متمردين موالين لروسيا في شرق "
        "البلاد خلال الأربع والعشرين ساعة الماضية. ")


def events_of(text: str):
    return extract_text(text, title="عنوان", published=PUBLISHED).events


@pytest.mark.parametrize("sentence", [
    # a count of statistics, the month told with في
    "ووفقا لإحصاءات وكالة الأنباء، قتل 31 جنديا أوكرانيا وأصيب 140 في المناطق الانفصالية في شرق البلاد "
    "في يوليو رغم اتفاق وقف إطلاق النار.",
    # plural attacks over the last month, the statement dated yesterday ("أمس قولهم إن")
    "ونقلت خدمة إخبارية تابعة للانفصاليين عن مسؤولين في الحركة الانفصالية أمس قولهم إن «19 من المدنيين "
    "والمقاتلين لقوا مصرعهم وأصيب 25 خلال الشهر الماضي في هجمات من الجانب الأوكراني».",
])
def test_a_toll_over_a_month_is_a_period_total(sentence: str) -> None:
    events = events_of(LEAD + sentence)
    assert [e.fatalities for e in events] == [3]


def test_a_months_casualties_and_the_reports_undated_breakdown_are_no_acts() -> None:
    text = (
        "أعلنت بعثة الأمم المتحدة في العراق مقتل وإصابة 2750 عراقيا خلال شهر يوليو الماضي جراء أعمال "
        "العنف التي شهدتها البلاد.\n"
        "وأشار البيان إلى مقتل 410 من منتسبي قوات الأمن العراقية، ولا تشمل هذه الحصيلة ضحايا العمليات "
        "العسكرية في محافظة الأنبار.\n"
        "وبحسب إحصائية البعثة فإن محافظة بغداد كانت الأكثر تضررا، إذ بلغ مجموع الضحايا المدنيين 900 شخص "
        "(300 قتيل و600 جريح).\n"
    )
    assert events_of(text) == []


@pytest.mark.parametrize("sentence", [
    # one ambush told last month with its own place: a background event at month precision
    "وقتل خمسة جنود في كمين نصبه المتمردون قرب بلدة أفدييفكا الشهر الماضي.",
    # a day inside the month dates one attack
    "وفي 12 يوليو الماضي قتل خمسة جنود في كمين نصبه المتمردون قرب بلدة أفدييفكا.",
])
def test_an_act_at_a_month_or_a_day_of_it_stays(sentence: str) -> None:
    events = events_of(LEAD + sentence)
    assert sorted(e.fatalities for e in events) == [3, 5]


def test_a_reported_act_at_a_town_of_its_own_stays() -> None:
    # a report about one bombing at a named town, told at its month
    sentence = ("وخلص التقرير إلى أن التفجير الانتحاري الذي استهدف مطار بروكسل في آذار/مارس الماضي "
                "أسفر عن مقتل 16 شخصا.")
    assert [e.fatalities for e in events_of(sentence)] == [16]
