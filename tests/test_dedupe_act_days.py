"""A merged event kept at the day of the statement telling it takes the act's own day that
another copy gives (`dedupe._take_act_day`, EVENTS.md §5), and a lead dated by its
statement is the act the body dates up to `statement_days` (a week) earlier."""

import datetime as dt

from marsad.document import Document, Event, Mention, Sentence
from marsad.pipeline import extract_text
from marsad.stages import dedupe

ARMY = "Military Forces of Yemen (2012-2022)"
HOUTHIS = "Ansar Allah (Houthis)"
TRIGGERS = {"سيطرت", "المعارك"}
DATES = {"الخميس،", "الأربعاء", "الخميس"}


def _story(*sentences: str) -> Document:
    """One sentence a line, with its triggers (`TRIGGERS`) and dates (`DATES`) marked."""
    text = "\n".join(sentences)
    doc = Document(text=text, id="d")
    start = 0
    for index, sentence in enumerate(sentences):
        doc.sentences.append(Sentence(start, start + len(sentence), index, index))
        for word in sentence.split():
            at = text.index(word, start)
            if word in TRIGGERS:
                doc.add(Mention(at, at + len(word), "trigger", word, attrs={"voice": "verb"}))
            elif word in DATES:
                doc.add(Mention(at, at + len(word), "date", word))
        start += len(sentence) + 1
    return doc


def _copy(doc: Document, index: int, trigger: str, day: str, **fields) -> Event:
    sentence = doc.sentences[index]
    base = dict(
        event_type="Battles", sub_event_type="Government regains territory", event_date=day,
        time_precision=1, actor1=ARMY, inter1=1, actor2=HOUTHIS, inter2=2, country="Yemen",
        admin1="Hajjah", location="Harad", geo_precision=1, evidence=doc.slice(sentence.start, sentence.end),
        evidence_spans=[(sentence.start, sentence.end)], trigger=trigger,
    )
    base.update(fields)
    return Event(**base)


def _merged(lead: str, body: str, body_day: str) -> Event:
    """The lead (dated Thursday) with the body's copy, a clash, merged into it."""
    doc = _story(lead, body)
    kept = _copy(doc, 0, "سيطرت", "2022-05-05")
    other = _copy(doc, 1, "المعارك", body_day, sub_event_type="Armed clash")
    copies: dedupe.Copies = {id(kept): [dedupe._snapshot(kept), dedupe._snapshot(other)]}
    [merged] = dedupe.reread(doc, [kept], copies)
    return merged


def test_a_lead_dated_by_its_statement_takes_the_day_a_copy_gives_the_act() -> None:
    merged = _merged("أعلن الجيش، الخميس، أن قواته سيطرت على مدينة حرض",
                     "ودارت المعارك الأربعاء في أحياء المدينة", "2022-05-04")
    assert (merged.event_date, merged.time_precision) == ("2022-05-04", 1)


def test_a_lead_dated_by_its_own_act_keeps_its_day() -> None:
    merged = _merged("سيطرت قوات الجيش الخميس على مدينة حرض",
                     "ودارت المعارك الأربعاء في أحياء المدينة", "2022-05-04")
    assert merged.event_date == "2022-05-05"


def test_a_copy_dated_by_a_statement_of_its_own_gives_no_act_day() -> None:
    merged = _merged("أعلن الجيش، الخميس، أن قواته سيطرت على مدينة حرض",
                     "وأعلن الجيش الأربعاء أن المعارك متواصلة", "2022-05-04")
    assert merged.event_date == "2022-05-05"


def test_a_death_announced_four_days_on_is_the_act_of_the_day_told() -> None:
    events = extract_text(
        "قتل مقاتل بريطاني في قصف تركي على جبهات مدينة عفرين، وفق ما أعلنت وحدات حماية الشعب الاثنين.\n"
        "وقالت متحدثة باسم الوحدات إن المقاتل قتل في 14 آذار/مارس في قصف تركي على جبهات مدينة عفرين.",
        published=dt.date(2018, 3, 19),
    ).events
    assert [(e.event_date, e.time_precision, e.fatalities) for e in events] == [("2018-03-14", 1, 1)]
