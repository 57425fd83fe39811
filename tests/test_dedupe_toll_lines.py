"""A follow-up naming the act just told by a definite noun, or the control an act left, is that act."""

import datetime as dt

from marsad.document import Document, Event, Mention, Sentence
from marsad.pipeline import extract_text
from marsad.stages import dedupe

LEAD = "أدان رئيس الوزراء تفجيرا انتحاريا استهدف سوقا شعبيا في مدينة كركوك الثلاثاء."


def _events(follow_up: str) -> list:
    return extract_text(f"{LEAD}\n{follow_up}", published=dt.date(2021, 4, 14)).events


def _toll_line(follow_up: str, **fields) -> tuple[dedupe.Layout, Event, Event]:
    """A bombing told in one sentence and `follow_up` in the next, dated and placed as `fields` say."""
    text = f"{LEAD}\n{follow_up}"
    doc = Document(text=text, id="d")
    second = len(LEAD) + 1
    doc.sentences = [Sentence(0, len(LEAD), 0, 0), Sentence(second, len(text), 1, 1)]
    for word, kind in (("تفجيرا", "trigger"), ("التفجير", "trigger"), ("تشرين", "date"), ("آذار", "date")):
        if (at := text.find(word, 0 if word == "تفجيرا" else second)) >= 0:
            doc.add(Mention(at, at + len(word), kind, word, attrs={"voice": "noun"}))
    base = dict(event_type="Explosions/Remote violence", sub_event_type="Suicide bomb", event_date="2021-04-13",
                time_precision=1, actor1="Unidentified Armed Group (Iraq)", inter1=3, country="Iraq",
                admin1="Kirkuk", location="Kirkuk", geo_precision=1)
    act = Event(**base, evidence_spans=[(0, len(LEAD))], trigger="تفجيرا")
    toll = Event(**{**base, "sub_event_type": "Remote explosive/landmine/IED", **fields},
                 evidence_spans=[(second, len(text))], trigger="التفجير", fatalities=9)
    return dedupe.Layout.of(doc), act, toll


def test_a_toll_line_dated_by_a_later_clause_is_the_act_told_just_before() -> None:
    layout, act, toll = _toll_line("وأسفر التفجير عن مقتل 9 أشخاص، وهو الأحدث ضمن سلسلة هجمات تسبق الانتخابات "
                                   "المحلية المقررة في 12 تشرين الأول", event_date="2020-10-12", background=True)
    assert dedupe.told_just_before(layout, [act], toll, generic=False) is act


def test_a_toll_line_dated_right_after_its_noun_names_another_act() -> None:
    layout, act, toll = _toll_line("وأسفر التفجير الذي وقع في 3 آذار عن مقتل 9 أشخاص", event_date="2021-03-03")
    assert dedupe.told_just_before(layout, [act], toll, generic=False) is None


def test_a_noun_dated_right_after_it_names_another_act() -> None:
    events = _events("وكان التفجير الذي وقع في 3 آذار/مارس الماضي قد أسفر عن مقتل 9 أشخاص.")
    assert len(events) == 2


def test_control_that_an_evacuation_left_is_that_evacuation() -> None:
    text = ("تم الأربعاء إجلاء مئات المسلحين المعارضين من بلدة تلبيسة، حيث باتت قوات النظام السوري تبسط "
            "سيطرتها على كامل ريف حمص الشمالي.")
    [event] = extract_text(text, published=dt.date(2021, 4, 15)).events
    assert (event.sub_event_type, event.location) == ("Non-violent transfer of territory", "Talbiseh")


def test_a_town_taken_outright_stays_a_takeover() -> None:
    text = "سيطرت قوات النظام السوري الأربعاء على بلدة تلبيسة بعد معارك مع فصائل المعارضة."
    [event] = extract_text(text, published=dt.date(2021, 4, 15)).events
    assert event.sub_event_type == "Government regains territory"


def test_a_toll_line_never_makes_a_suicide_bombing_a_plain_bombing() -> None:
    follow_up = "وأسفر التفجير عن مقتل 9 أشخاص، بينهم ثلاثة أطفال."
    [event] = _events(follow_up)
    # (the bare "التفجير" is typed by the article's one method already: `events.blast_method`)
    assert (event.sub_event_type, event.fatalities, event.trigger) == ("Suicide bomb", 9, "التفجير")
    start, end = event.evidence_spans[0]
    assert f"{LEAD}\n{follow_up}"[start:end] == event.evidence  # the quoted sentence's span comes first
