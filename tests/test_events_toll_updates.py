"""Events: a toll's new total told in a later sentence replaces the act's toll."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2022, 9, 8)


def tolls_of(text: str) -> list[int | None]:
    return [e.fatalities for e in extract_text(text, published=PUBLISHED).events]


def test_a_risen_toll_in_the_next_sentence_replaces_the_acts_toll() -> None:
    text = "قتل أربعة مدنيين في قصف مدفعي على قرية البارة في ريف إدلب أمس. وارتفعت حصيلة القتلى إلى تسعة بعد وفاة جريحين."
    assert tolls_of(text) == [9]


def test_a_risen_toll_told_by_a_source_is_not_added_to_the_first() -> None:
    text = "قتل أربعة مدنيين في قصف مدفعي على قرية البارة في ريف إدلب أمس. وأعلن الدفاع المدني ارتفاع عدد القتلى إلى 11."
    assert tolls_of(text) == [11]


def test_a_risen_war_total_since_a_start_is_no_acts_toll() -> None:
    text = "قتل أربعة مدنيين في قصف مدفعي على قرية البارة في ريف إدلب أمس. وارتفعت حصيلة القتلى منذ بدء الحرب إلى 4500 قتيل."
    assert tolls_of(text) == [4]
