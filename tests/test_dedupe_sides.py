"""Sides that cannot be what a report read them as count as unknown when two reports are compared."""

from marsad.document import Event
from marsad.stages import dedupe

MILITIA = "Ansar Allah (Houthis)"


def _attack(**fields) -> Event:
    base = dict(
        event_type="Violence against civilians", sub_event_type="Attack", event_date="2019-06-05",
        time_precision=1, actor1=MILITIA, inter1=2, actor2="Civilians (Yemen)", inter2=7, country="Yemen",
        admin1="Al Hudaydah", location="Bayt al Faqih", geo_precision=1, evidence_spans=[(0, 10)],
    )
    base.update(fields)
    return Event(**base)


def test_an_act_on_civilians_whose_victim_came_out_as_its_agent_is_the_act_told_plainly() -> None:
    plain = _attack(event_date="2019-06-08", time_precision=2)  # "مارست الجماعة التعذيب بحق الفتى"
    misread = _attack(actor1="Unidentified Armed Group (Yemen)", inter1=3, actor2=MILITIA, inter2=2,
                      evidence_spans=[(50, 60)])  # "وقاموا بمداهمة منزله ... وتم تعذيبه"
    assert dedupe.same_event(plain, misread)
    dedupe.absorb(plain, misread)
    assert (plain.actor1, plain.actor2, plain.event_date) == (MILITIA, "Civilians (Yemen)", "2019-06-05")


def test_acts_on_civilians_by_two_named_agents_stay_apart() -> None:
    ours = _attack()
    theirs = _attack(actor1="Islamic State (Yemen)", actor2=MILITIA, inter2=2, evidence_spans=[(50, 60)])
    assert not dedupe.same_event(ours, theirs)


def test_a_battle_with_an_armed_second_side_keeps_it() -> None:
    clash = _attack(event_type="Battles", sub_event_type="Armed clash", actor2="Popular Resistance (Yemen)", inter2=3)
    other = _attack(event_type="Battles", sub_event_type="Armed clash", actor2="Islamic State (Yemen)", inter2=2,
                    evidence_spans=[(50, 60)])
    assert not dedupe.same_event(clash, other)


def test_a_merged_report_never_makes_a_side_face_itself() -> None:
    """A copy's agent fills an unknown agent only when it is not already the victim."""
    blast = _attack(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                    actor1="Unidentified Armed Group (Yemen)", inter1=3, actor2=MILITIA, inter2=2)
    statement = _attack(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                        actor2=None, inter2=None, evidence_spans=[(50, 60)])
    dedupe.absorb(blast, statement)
    assert blast.actor1 != blast.actor2
    assert (blast.actor1, blast.actor2) == ("Unidentified Armed Group (Yemen)", MILITIA)
