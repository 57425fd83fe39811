"""Copies of one act that the main comparison keeps apart: a background report of the
current act on its very day and place (`join_background_copies`), and a report naming
one side by another agency of the same state (`join_state_agencies`)."""

import datetime as dt

from marsad.document import Document, Event, Mention, Sentence
from marsad.pipeline import extract_text
from marsad.stages import dedupe

NEWS = "ندد نواب بالتفجير الذي استهدف مسجد قوات الأمن في مدينة أبها وأسفر عن مقتل ثلاثة."
RECALL = "وكان مغردون قد تداولوا وسم تفجير مسجد قوات الأمن في أبها."
ARMY = "تعرضت آلية عسكرية للجيش لتفجير عبوة ناسفة على الطريق قرب مدينة بدليس."
POLICE = "ووقع التفجير أثناء عبور مدرعتين لقوات الدرك على الطريق نفسه."
ANOTHER = "وأصيب جنديان في تفجير آخر استهدف دورية للشرطة في المدينة."


def _layout(*sentences: tuple[str, str]) -> tuple[dedupe.Layout, list[tuple[int, int]]]:
    """A document of `sentences` (text, trigger word), with their spans."""
    text = "\n".join(words for words, _ in sentences)
    doc = Document(text=text, id="d")
    spans, start = [], 0
    for at, (words, trigger) in enumerate(sentences):
        end = start + len(words)
        doc.sentences.append(Sentence(start, end, at, at))
        spot = text.index(trigger, start)
        doc.add(Mention(spot, spot + len(trigger), "trigger", trigger, attrs={"voice": "noun", "form": trigger}))
        spans.append((start, end))
        start = end + 1
    return dedupe.Layout.of(doc), spans


def _blast(span: tuple[int, int], trigger: str, **fields) -> Event:
    base = dict(
        event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
        event_date="2015-08-06", time_precision=1, actor1="Unidentified Armed Group (Turkey)", inter1=3,
        actor2="Military Forces of Turkey (2002-2016)", inter2=1, country="Turkey", admin1="Bitlis",
        location="Bitlis", geo_precision=1, evidence_spans=[span], trigger=trigger,
    )
    base.update(fields)
    return Event(**base)


def test_a_background_copy_of_the_bombing_on_its_day_and_place_is_that_current_bombing() -> None:
    layout, (news, recall) = _layout((NEWS, "بالتفجير"), (RECALL, "تفجير"))
    place = dict(country="Saudi Arabia", admin1="Aseer", location="Abha", actor1="Unidentified Armed Group (Saudi Arabia)")
    current = _blast(news, "بالتفجير", actor2="Police Forces of Saudi Arabia (2015-)", fatalities=3, **place)
    recalled = _blast(recall, "تفجير", actor2="Civilians (Saudi Arabia)", inter2=7, background=True, **place)
    joined = dedupe.join_background_copies(layout, [current, recalled])
    assert len(joined) == 1
    assert not joined[0].background and joined[0].fatalities == 3
    assert joined[0].actor2 == "Police Forces of Saudi Arabia (2015-)"


def test_a_background_act_on_another_day_or_place_or_counting_its_own_dead_stays_apart() -> None:
    layout, (news, recall) = _layout((NEWS, "بالتفجير"), (RECALL, "تفجير"))
    current = _blast(news, "بالتفجير", fatalities=3)
    for recalled in (
        _blast(recall, "تفجير", background=True, event_date="2015-05-22"),
        _blast(recall, "تفجير", background=True, location="Diyarbakir", admin1="Diyarbakir"),
        _blast(recall, "تفجير", background=True, fatalities=21),
    ):
        assert len(dedupe.join_background_copies(layout, [current, recalled])) == 2


def test_a_blast_on_a_vehicle_read_once_as_the_armys_and_once_as_the_gendarmeries_is_one_blast() -> None:
    layout, (army, police) = _layout((ARMY, "لتفجير"), (POLICE, "التفجير"))
    first = _blast(army, "لتفجير")
    again = _blast(police, "التفجير", actor2="Police Forces of Turkey (2002-2016)")
    joined = dedupe.join_state_agencies(layout, [first, again])
    assert len(joined) == 1 and joined[0].actor2 == "Military Forces of Turkey (2002-2016)"


def test_arrests_by_the_police_and_told_by_the_government_at_one_city_that_day_are_one_campaign() -> None:
    layout, spans = _layout(("أعلن مكتب رئيس الحكومة توقيف عشرات المشتبه بهم في إسطنبول.", "توقيف"),
                            ("ونفذت الشرطة مداهمات في أحياء المدينة فجر الجمعة.", "مداهمات"))
    sides = dict(event_type="Strategic developments", sub_event_type="Arrests", country="Turkey",
                 admin1="Istanbul", location="Istanbul")
    told = _blast(spans[0], "توقيف", actor1="Government of Turkey (2002-2016)", inter1=1,
                  actor2="Civilians (Turkey)", inter2=7, **sides)
    raids = _blast(spans[1], "مداهمات", actor1="Police Forces of Turkey (2002-2016)", inter1=1,
                   actor2="Civilians (Turkey)", inter2=7, **sides)
    joined = dedupe.join_state_agencies(layout, [told, raids])
    assert len(joined) == 1 and joined[0].actor1 == "Police Forces of Turkey (2002-2016)"


def test_another_blast_two_tolls_or_two_states_or_two_attackers_stay_apart() -> None:
    layout, (army, other) = _layout((ARMY, "لتفجير"), (ANOTHER, "تفجير"))
    first = _blast(army, "لتفجير")
    police = "Police Forces of Turkey (2002-2016)"
    assert len(dedupe.join_state_agencies(layout, [first, _blast(other, "تفجير", actor2=police)])) == 2
    layout, (army, police_span) = _layout((ARMY, "لتفجير"), (POLICE, "التفجير"))
    for again in (
        _blast(police_span, "التفجير", actor2=police, fatalities=5),
        _blast(police_span, "التفجير", actor2="Police Forces of Iraq (2014-2018)"),
    ):
        assert len(dedupe.join_state_agencies(layout, [_blast(army, "لتفجير", fatalities=2), again])) == 2
    first = _blast(army, "لتفجير", actor1="Islamic State (Turkey)", inter1=2)
    again = _blast(police_span, "التفجير", actor2=police, actor1="PKK - Kurdistan Workers' Party", inter1=2)
    assert len(dedupe.join_state_agencies(layout, [first, again])) == 2


# Code review 2: distinct acts by or against two forces of one state (pub 2018-07-20).
def _extracted(text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.actor1 if e.event_type == "Strategic developments" else e.actor2)
            for e in extract_text(text, published=dt.date(2018, 7, 20)).events]


def test_another_operation_by_another_force_with_its_own_count_stays_apart() -> None:
    events = _extracted("اعتقلت الشرطة التركية عشرة أشخاص في إسطنبول اليوم. "
                        "وفي عملية أخرى، اعتقل الجيش التركي خمسة مشتبهين في إسطنبول اليوم.")
    assert len(events) == 2


def test_an_attack_told_with_kama_on_another_force_stays_apart() -> None:
    events = _extracted("هاجم مسلحون دورية للجيش المصري في مدينة العريش اليوم. "
                        "كما هاجم مسلحون كمينا للشرطة المصرية في مدينة العريش اليوم.")
    assert len(events) == 2


def test_others_arrested_by_another_force_stay_apart() -> None:
    events = _extracted("اعتقلت الشرطة العراقية ثلاثة مطلوبين في البصرة اليوم. "
                        "واعتقل الجيش العراقي أربعة آخرين في البصرة اليوم.")
    assert len(events) == 2
