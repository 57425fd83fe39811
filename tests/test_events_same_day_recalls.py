"""Events: the pluperfect "وكان ... قد" marks a recalled act, unless the text
dates the act to the publication day itself (the day's news behind the lead)."""

import datetime as dt

from marsad.pipeline import extract_text

FRIDAY = dt.date(2018, 7, 20)


def backgrounds(text: str) -> list[bool]:
    return [e.background for e in extract_text(text, published=FRIDAY).events]


def test_a_pluperfect_act_of_the_publication_day_is_news() -> None:
    assert backgrounds("وكانت مظاهرات حاشدة قد خرجت الجمعة في مدينة الناصرية بمشاركة المئات.") == [False]


def test_a_pluperfect_act_of_an_earlier_day_stays_background() -> None:
    assert backgrounds("وكانت مظاهرات حاشدة قد خرجت الثلاثاء في مدينة الناصرية بمشاركة المئات.") == [True]


def test_a_pluperfect_act_dated_only_by_the_sentence_before_stays_background() -> None:
    text = "أفرجت السلطات عن الناشط المعارض الجمعة بعد عام من سجنه. وكان اعتقاله قد أشعل مظاهرات حاشدة في مدينة الناصرية."
    assert backgrounds(text)[-1:] == [True]
