"""Events stage: fighting told as going on ("الدائرة") at a named place is news of the
publication days, a toll counted within the past hours is a day's toll, and a
direction adverb after a place does not end a list of scenes."""

import datetime as dt

import pytest

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2024, 3, 12)


def events_of(text: str):
    return extract_text(text, published=PUBLISHED).events


def test_ongoing_fighting_at_a_named_place_is_an_event() -> None:
    events = events_of("عرضت الكتائب مشاهد من المعارك الدائرة بين عناصرها وقوات الجيش في مخيم جنين.")
    assert [(e.event_type, e.location, e.event_date) for e in events] == [
        ("Battles", "Jenin camp", PUBLISHED.isoformat())]


@pytest.mark.parametrize("sentence", [
    # no place: the war's standing state, named as a cause
    "وتضررت محطات الكهرباء نتيجة المعارك الدائرة بين الطرفين.",
    # only a whole country
    "وتوقفت المدارس عن العمل بسبب القتال الدائر في سوريا.",
    # going on "since" a span: a war summed up
    "ووصلت تعزيزات للمشاركة في المعارك الدائرة في مدينة تعز منذ أربعة أشهر.",
])
def test_ongoing_fighting_with_no_place_or_since_a_span_is_no_event(sentence: str) -> None:
    assert [e for e in events_of(sentence) if e.event_type == "Battles"] == []


def test_a_toll_within_the_past_hours_is_the_days_toll() -> None:
    events = events_of("ارتفع عدد ضحايا الغارات الإسرائيلية على مدينة رفح إلى 12 خلال الـ24 ساعة الماضية.")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Air/drone strike", "Rafah", 12)]


def test_a_toll_since_the_war_began_stays_a_running_total() -> None:
    assert events_of("ارتفع عدد ضحايا الغارات الإسرائيلية على مدينة رفح إلى 1200 منذ بدء الحرب.") == []


def test_a_direction_adverb_after_a_place_does_not_end_its_list() -> None:
    events = events_of("قصفت الطائرات الإسرائيلية اليوم مدينة غزة شمالا ومدينة رفح جنوبا.")
    assert sorted(e.location for e in events) == ["Gaza City", "Rafah"]


def test_a_name_after_an_adverb_and_a_comma_keeps_its_own_cue() -> None:
    doc = extract_text("وتنتشر عناصر التنظيم في عدة محافظات كالعاصمة صنعاء شمالا، والبيضاء بوسط اليمن.",
                       published=PUBLISHED)
    cues = {m.text: m.attrs.get("cue") for m in doc.of_kind("place")}
    assert cues["البيضاء"] != cues["صنعاء"]


def test_fighting_told_as_going_on_takes_the_publication_day_not_the_paragraphs() -> None:
    events = extract_text("قتل ثلاثة مدنيين أمس في قصف جوي على مدينة إدلب. وتستمر المعارك العنيفة بين "
                          "الجيش والفصائل في مدينة حماة.", published=PUBLISHED).events
    assert [(e.location, e.event_date, e.time_precision) for e in events] == [
        ("Idlib", (PUBLISHED - dt.timedelta(days=1)).isoformat(), 1), ("Hama", PUBLISHED.isoformat(), 2)]
