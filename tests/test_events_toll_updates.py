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


def test_a_tally_that_reached_a_number_sizes_the_dozens_told_before_it() -> None:
    """"بلغت الحصيلة" states the toll like "وصلت": the vague count before it is part of it, not added."""
    text = "قتل عشرات المدنيين في قصف جوي على مدينة إدلب أمس، وقالت مصادر طبية إن حصيلة القتلى بلغت 24 قتيلا."
    assert tolls_of(text) == [24]


def test_a_risen_war_total_since_a_start_is_no_acts_toll() -> None:
    text = "قتل أربعة مدنيين في قصف مدفعي على قرية البارة في ريف إدلب أمس. وارتفعت حصيلة القتلى منذ بدء الحرب إلى 4500 قتيل."
    assert tolls_of(text) == [4]


def events_of(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.sub_event_type, e.location, e.fatalities) for e in extract_text(text, published=PUBLISHED).events]


def test_a_risen_toll_of_one_named_blast_told_first_is_that_blasts_report() -> None:
    text = "ارتفعت حصيلة قتلى التفجير الذي استهدف سوقا شعبيا في مدينة الرمادي أمس إلى 23 قتيلا."
    assert events_of(text) == [("Remote explosive/landmine/IED", "Ramadi", 23)]


def test_a_risen_toll_of_one_strike_with_its_target_is_that_strikes_report() -> None:
    text = "وارتفعت حصيلة ضحايا الغارة الإسرائيلية على مدرسة في مخيم جباليا أمس إلى 15 شهيدا."
    assert events_of(text) == [("Air/drone strike", "Jabalia Camp", 15)]


def test_a_risen_toll_of_many_strikes_stays_a_running_total() -> None:
    assert events_of("ارتفعت حصيلة الغارات على مدن المحافظة إلى 300 قتيل.") == []
