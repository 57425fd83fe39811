"""Acts reported without their doer (EVENTS.md §2, §3): air defences meeting an
aerial target they only call hostile or suspect are a disrupted weapon use, and
shells told only as having fallen on a place are a shelling by an unidentified
side; a goal, a test or a policy "target" is none."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 6)  # a Wednesday


def kinds(text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.actor1) for e in extract_text(text, published=PUBLISHED).events]


def test_defences_meeting_hostile_targets_are_a_disrupted_weapon_use() -> None:
    met = "تصدت الدفاعات الجوية مساء أمس لأهداف معادية في سماء مدينة حمص."
    assert [kind for kind, _ in kinds(met)] == ["Disrupted weapons use"]
    downed = "أسقطت الدفاعات الجوية أمس هدفا جويا معاديا فوق مدينة مصياف."
    assert [kind for kind, _ in kinds(downed)] == ["Disrupted weapons use"]
    objects = "اعترضت المضادات الأرضية أمس أجساما مشبوهة في سماء مدينة حلب."
    assert [kind for kind, _ in kinds(objects)] == ["Disrupted weapons use"]


def test_targets_only_spotted_scored_or_trained_on_are_no_interception() -> None:
    assert kinds("رصدت الدفاعات الجوية أمس هدفا جويا معاديا فوق مدينة حمص.") == []
    assert kinds("سجل المهاجم هدفا غريبا في المرمى بعد أن أسقط الدفاع الكرة في منطقة الجزاء.") == []
    assert kinds("قالت وزارة الدفاع إن المنظومات أسقطت أهدافا جوية خلال المناورات العسكرية أمس.") == []


def test_shells_that_fell_on_a_place_are_a_shelling_by_an_unnamed_side() -> None:
    text = "سقطت ثلاث قذائف صاروخية أمس في محيط السفارة الروسية بدمشق."
    assert kinds(text) == [("Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)")]
    landed = "ووقعت ثلاث قذائف صاروخية أمس قرب مطار معيتيقة في طرابلس."
    assert [kind for kind, _ in kinds(landed)] == ["Shelling/artillery/missile attack"]


def test_a_shot_that_fell_in_a_match_is_no_shelling() -> None:
    assert kinds("سقط حارس المرمى أرضا بعد قذيفة قوية من خارج منطقة الجزاء في مباراة أمس.") == []
