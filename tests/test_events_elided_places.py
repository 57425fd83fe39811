"""Events: "وآخر في/ب" after a place repeats the noun for another place: one event per place."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2023, 11, 2)


def places_of(text: str) -> list[str | None]:
    return [e.location for e in extract_text(text, published=PUBLISHED).events]


def test_an_other_house_in_another_town_is_an_event_of_its_own() -> None:
    text = "وقصفت الطائرات الإسرائيلية منزلا بحي التفاح وآخر ببلدة بيت لاهيا فجر اليوم."
    assert len(places_of(text)) == 2


def test_a_chain_of_elided_nouns_gives_each_place_an_event() -> None:
    text = "وقصفت المدفعية الإسرائيلية منزلا في حي التفاح وآخر في مدينة رفح وأخرى في مدينة دير البلح."
    assert len(places_of(text)) == 3


def test_an_other_side_named_after_a_place_is_no_second_scene() -> None:
    text = "وقتل جنديان في اشتباك مع مسلحين في مدينة رفح وآخرون من الفصائل."
    assert len(places_of(text)) == 1
