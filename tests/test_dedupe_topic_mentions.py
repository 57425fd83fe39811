"""A violent act named as the topic of a dated statement is the act told with its own day."""

from marsad.document import Document, Event, Mention, Sentence
from marsad.stages import dedupe

TOPIC = "أوقفت الخميس اللجنة الدولية عمل فريقها حول الهجوم الكيميائي على بلدة كفرزيتا."
ACT = "وكانت كفرزيتا قد تعرضت في الرابع من الشهر لهجوم كيميائي قتل 19 شخصا."
OTHER = "وكانت كفرزيتا قد تعرضت في الرابع من الشهر لهجوم آخر قتل 19 شخصا."


def _story(topic: str = TOPIC, day: str = "الخميس") -> tuple[dedupe.Layout, Event, Event]:
    """A statement about an attack dated by its own day, then the attack with its day and toll."""
    text = f"{topic}\n{ACT}"
    doc = Document(text=text, id="d")
    start = len(topic) + 1
    doc.sentences = [Sentence(0, len(topic), 0, 0), Sentence(start, len(text), 1, 1)]
    for at, word, form in ((0, "الهجوم", "هجوم"), (start, "لهجوم", "هجوم")):
        trigger = text.index(word, at)
        doc.add(Mention(trigger, trigger + len(word), "trigger", word, attrs={"voice": "noun", "form": form}))
    at = text.index(day)
    doc.add(Mention(at, at + len(day), "date", day, "2021-06-17"))
    fields = dict(time_precision=1, actor1="Military Forces of Syria (2000-)", inter1=1, actor2="Civilians (Syria)",
                  inter2=7, country="Syria", admin1="Hama", location="Kafr Zita", geo_precision=1)
    told = Event("Explosions/Remote violence", "Chemical weapon", evidence=topic, evidence_spans=[(0, len(topic))],
                 event_date="2021-06-17", trigger="الهجوم", **fields)
    act = Event("Explosions/Remote violence", "Chemical weapon", evidence=ACT, evidence_spans=[(start, len(text))],
                event_date="2021-06-04", trigger="لهجوم", fatalities=19, background=True, **fields)
    return dedupe.Layout.of(doc), told, act


def test_an_attack_named_as_a_statements_topic_folds_into_the_attack_dated_earlier() -> None:
    layout, told, act = _story()
    events = dedupe.fold_statement_days(layout, [told, act], {})
    assert len(events) == 1
    assert (events[0].event_date, events[0].fatalities, events[0].background) == ("2021-06-04", 19, True)


def test_a_topic_dated_after_its_noun_is_the_acts_own_day_and_stays_apart() -> None:
    topic = "أوقفت اللجنة الدولية عمل فريقها حول الهجوم الكيميائي على بلدة كفرزيتا يوم الخميس."
    layout, told, act = _story(topic)
    assert len(dedupe.fold_statement_days(layout, [told, act], {})) == 2


def test_a_topic_more_than_a_month_after_the_attack_stays_apart() -> None:
    layout, told, act = _story()
    act.event_date = "2021-04-04"
    assert len(dedupe.fold_statement_days(layout, [told, act], {})) == 2
