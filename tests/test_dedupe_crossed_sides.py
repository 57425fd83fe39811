"""A battle told from each side, one report naming only one of its sides, is one battle."""

from support import deduped

from marsad.document import Event


def _clash(actor1: str | None, actor2: str | None, start: int, **fields) -> Event:
    base = dict(
        event_type="Battles", sub_event_type="Armed clash", event_date="2020-01-02", time_precision=1,
        actor1=actor1, inter1=2 if actor1 else None, actor2=actor2, inter2=1 if actor2 else None,
        country="Egypt", admin1="North Sinai", location="Sinai", geo_precision=3, evidence_spans=[(start, start + 10)],
    )
    base.update(fields)
    return Event(**base)


ARMY = "Military Forces of Egypt (2014-)"
GROUP = "Islamic State (Egypt)"


def test_an_attack_on_the_army_and_the_army_fighting_unnamed_gunmen_are_one_battle() -> None:
    """"هاجم التنظيم معسكرا للجيش" and "أعلن الجيش أن مسلحين حاولوا اقتحام المعسكر":
    the army is the second side in one report and the first in the other."""
    attack = _clash(GROUP, ARMY, 0, fatalities=14)
    repelled = _clash(ARMY, "Unidentified Armed Group (Egypt)", 50, inter2=3, fatalities=5)
    merged = deduped(attack, repelled)
    assert len(merged) == 1
    assert (merged[0].actor1, merged[0].actor2) == (GROUP, ARMY)


def test_the_army_fighting_two_named_groups_stays_two_battles() -> None:
    """A named side against another named side in each report: two battles, not one told twice."""
    attack = _clash(GROUP, ARMY, 0)
    other = _clash(ARMY, "Hasm Movement", 50, inter2=2)
    assert len(deduped(attack, other)) == 2
