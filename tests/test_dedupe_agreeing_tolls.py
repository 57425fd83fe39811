"""Two reports of one act whose tolls agree keep the fuller one, not the lower (EVENTS.md §4).

The lowest toll is for reports that conflict.  A lower bound ("أكثر من 20",
"20 على الأقل") is met by an exact larger count of the same dead, unlike an
approximation ("نحو 20"); and an earlier toll the report says it has replaced
("وكانت الحصيلة السابقة أشارت إلى مقتل شخصين") yields to the new one.
"""

import datetime as dt

from support import number_mentions

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 5, 14)


def _tolls(text: str) -> list[int]:
    return [e.fatalities for e in extract_text(text, published=PUBLISHED).events]


def test_a_lower_bound_is_marked_and_an_approximation_is_not() -> None:
    marks = {m.text: m.attrs["lower_bound"] for m in number_mentions("قتل أكثر من 20 شخصا وأصيب نحو 30 آخرين")}
    assert marks == {"أكثر من 20": True, "نحو 30": False}


def test_an_exact_count_meeting_an_earlier_lower_bound_is_the_toll() -> None:
    assert _tolls(
        "قتل أكثر من 20 شخصا في هجوم انتحاري استهدف سوقا في مدينة الرمادي يوم الاثنين. "
        "وقالت الشرطة إن الهجوم الانتحاري على السوق في الرمادي أسفر عن مقتل 27 شخصا."
    ) == [27]


def test_an_earlier_toll_the_report_replaced_yields_to_the_new_one() -> None:
    assert _tolls(
        "قتل 14 شخصا في هجوم انتحاري استهدف سوقا في مدينة الرمادي يوم الاثنين. "
        "وكانت الحصيلة السابقة أشارت إلى مقتل شخصين في التفجير الانتحاري الذي استهدف السوق في الرمادي."
    ) == [14]


def test_an_approximate_toll_still_keeps_the_lowest() -> None:
    assert _tolls(
        "قتل نحو 20 شخصا في هجوم انتحاري استهدف سوقا في مدينة الرمادي يوم الاثنين. "
        "وقالت الشرطة إن الهجوم الانتحاري على السوق في الرمادي أسفر عن مقتل 27 شخصا."
    ) == [20]
