"""Events: a killing or shooting whose only other side is civilians is an attack, not a clash."""

import datetime as dt

from support import deduped

from marsad.document import Event
from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 10)


def types_of(text: str) -> set[tuple[str, str]]:
    return {(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUBLISHED).events}


def _killing(**fields) -> Event:
    base = dict(
        event_type="Battles", sub_event_type="Armed clash", event_date="2019-03-09", time_precision=1,
        actor1="Unidentified Armed Group (Iraq)", inter1=3, country="Iraq", admin1="Baghdad",
        location="Baghdad", geo_precision=1, fatalities=1, evidence_spans=[(0, 10)],
    )
    base.update(fields)
    return Event(**base)


def test_a_clash_with_civilians_alone_as_the_other_side_is_an_attack() -> None:
    [event] = deduped(_killing(actor2="Civilians (Iraq)", inter2=7))
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_clash_between_two_armed_sides_stays_a_clash() -> None:
    [event] = deduped(_killing(actor2="Islamic State (Iraq)", inter2=2))
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_an_activist_shot_dead_by_an_army_is_an_attack() -> None:
    found = types_of("أثار مقتل الناشطة الهولندية ماريا فان دام برصاص جيش الاحتلال الإسرائيلي في بلدة بيتا أمس "
                     "موجة من الغضب.")
    assert found == {("Violence against civilians", "Attack")}


def test_confrontations_whose_other_side_came_out_as_civilians_stay_a_clash() -> None:
    # a word of fighting between sides is two-sided: the civilian side is the misread one
    [event] = deduped(_killing(actor2="Civilians (Iraq)", inter2=7, trigger="مواجهات"))
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
