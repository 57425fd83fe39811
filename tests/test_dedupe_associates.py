"""Dedupe: when two reports of one act merge, an associate stays on the side it fights for."""

from marsad.document import Event
from marsad.stages import dedupe


def _clash(actor1: str, actor2: str, **fields) -> Event:
    base = dict(
        event_type="Battles", sub_event_type="Armed clash", event_date="2019-10-12", time_precision=1,
        actor1=actor1, inter1=2, actor2=actor2, inter2=8, country="Syria", admin1="Al-Hasakah",
        location="Ras al-Ain", geo_precision=1, latitude=36.85, longitude=40.07, evidence_spans=[(0, 10)],
    )
    base.update(fields)
    return Event(**base)


def test_an_associate_of_the_same_agent_is_carried_as_assoc_actor_1() -> None:
    kept = _clash("Army of Lanta", "Kora Front")
    other = _clash("Army of Lanta", "Kora Front", assoc_actor_1="Lanta Volunteers", evidence_spans=[(20, 30)])
    dedupe.absorb(kept, other)
    assert (kept.assoc_actor_1, kept.assoc_actor_2) == ("Lanta Volunteers", None)


def test_an_associate_of_the_kept_reports_target_is_carried_as_assoc_actor_2() -> None:
    kept = _clash("Kora Front", "Army of Lanta")
    other = _clash("Army of Lanta", "Kora Front", assoc_actor_1="Lanta Volunteers", evidence_spans=[(20, 30)])
    dedupe.absorb(kept, other)
    assert (kept.assoc_actor_1, kept.assoc_actor_2) == (None, "Lanta Volunteers")
