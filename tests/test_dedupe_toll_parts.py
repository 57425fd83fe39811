"""A smaller toll that is a part of the larger one (one group among the dead, a later
death of one wounded) leaves the larger toll; conflicting reports keep the lowest."""

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2018, 4, 7)


def _tolls(text: str) -> list[int]:
    return [event.fatalities for event in extract_text(text, published=DAY).events]


def test_a_group_counted_among_the_dead_leaves_the_whole_toll() -> None:
    text = (
        "قتل 7 إيرانيين في قصف استهدف مطار التيفور في حمص يوم الاثنين. "
        "وقال مسؤول إن القصف على مطار التيفور أسفر عن مقتل 14 شخصا بينهم سبعة إيرانيين."
    )
    assert _tolls(text) == [14]


def test_a_later_death_of_the_wounded_leaves_the_day_toll() -> None:
    text = (
        "قتل سبعة متظاهرين فلسطينيين برصاص القوات الاسرائيلية خلال صدامات اندلعت الجمعة قرب الحدود "
        "بين اسرائيل وقطاع غزة. وأعلنت وزارة الصحة الفلسطينية وفاة فلسطينيين السبت أحدهما صحفي "
        "إثر إصابتهما بجروح الجمعة خلال مواجهات بين الفلسطينيين والإسرائيليين."
    )
    assert _tolls(text) == [7]


def test_conflicting_reports_of_one_toll_keep_the_lowest() -> None:
    text = (
        "قتل 12 شخصا في تفجير سيارة مفخخة في سوق شعبي بمدينة كركوك يوم الجمعة. "
        "وقالت مصادر طبية إن تفجير السيارة المفخخة في السوق أسفر عن مقتل 9 أشخاص."
    )
    assert _tolls(text) == [9]
