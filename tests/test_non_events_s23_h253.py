"""Non-events: tolls over two days and executions of the convicted are not one act (EVENTS.md §2)."""

import datetime as dt

import pytest

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 6)  # a Wednesday


def events_of(text: str):
    return extract_text(text, published=PUBLISHED).events


@pytest.mark.parametrize("sentence", [
    # two days named by the dual, as a period of the whole sentence
    "قتل 43 شخصا في تفجيرات ضربت مدينة كركوك خلال يومين.",
    "وقتل 30 شخصا في هجمات على قرى في ولاية ميناكا في اليومين الماضيين.",
    # ... and as the span of the deaths' count, after it
    "وقتل 12 مسلحا خلال يومين من الاشتباكات في ريف درعا.",
])
def test_a_toll_over_two_days_is_a_period_total(sentence: str) -> None:
    assert events_of(sentence) == []


def test_a_toll_of_the_last_hours_keeps_its_event() -> None:
    events = events_of("قتل 20 شخصا في تفجيرات ضربت مدينة كركوك خلال الساعات الماضية.")
    assert [e.fatalities for e in events] == [20]


@pytest.mark.parametrize("sentence", [
    "وأعدمت إيران أمس رجلا أدين بالتجسس في سجن إيفين بطهران.",
    "وأعدم رجلان شنقا في سجن بالرياض أمس بعد إدانتهما بتهريب المخدرات.",
])
def test_the_execution_of_the_convicted_is_a_sentence_carried_out(sentence: str) -> None:
    assert events_of(sentence) == []


def test_an_armed_group_executing_civilians_stays_an_event() -> None:
    events = events_of("وأعدم تنظيم داعش 20 مدنيا رميا بالرصاص في مدينة الموصل أمس.")
    assert [(e.event_type, e.fatalities) for e in events] == [("Violence against civilians", 20)]
