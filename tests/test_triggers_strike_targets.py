"""Strikes "on targets" (أهداف) are strikes: the word is not a football term
that excludes them, and it is a scene for a bare "ضربات".  So an act answered
("ردا على الهجوم الكيماوي") no longer gives the answering strikes its type."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 4, 14)


def types_of(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUBLISHED).events]


def test_air_strikes_on_targets_are_found() -> None:
    text = "وشن سلاح الجو التركي ضربات جوية على أهداف للمتمردين في شمال العراق."
    assert ("Explosions/Remote violence", "Air/drone strike") in types_of(text)


def test_strikes_answering_an_earlier_act_take_their_own_type() -> None:
    text = "ونفذت الدول الثلاث، فجر السبت، ضربات منسقة على أهداف تابعة للجيش السوري، ردا على الهجوم الكيماوي في دوما."
    assert types_of(text) == [("Explosions/Remote violence", "Air/drone strike")]


def test_goals_from_set_pieces_are_no_strikes() -> None:
    assert types_of("وسجل الفريق ثلاثة أهداف من ضربات ثابتة في المباراة الأخيرة أمس.") == []
