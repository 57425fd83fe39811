"""An interception retold with its interceptor as the target is one interception (session 30, H326).

- "تم اعتراض الصاروخ وتدميره من قبل قوات الدفاع الجوي": the passive's agent comes out as
  the interception's target and no interceptor is read.  An interception is made by a force
  by its very kind, so that report tells the interception the lead credits to that force,
  not a second one (`dedupe._lone_force_swapped`, clauses.yaml `force_act_sub_types`).
- A bombardment keeps its two readings apart: a force may be shelled by its foe the day it
  shells, so a report with the force as target is not its own act retold.
"""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.document import Event
from marsad.stages.dedupe import _sides_compatible

DAY = dt.date(2018, 3, 31)
INTERCEPTION = "Disrupted weapons use"
SAUDI = "Military Forces of Saudi Arabia (2015-)"
HOUTHIS = "Ansar Allah (Houthis)"


def _interceptions(text: str) -> list[Event]:
    return [e for e in marsad.extract(text, published=DAY).events if e.sub_event_type == INTERCEPTION]


def test_interception_retold_with_its_interceptor_as_target_is_one_interception():
    events = _interceptions(
        "أعلن التحالف الذي تقوده السعودية، السبت، اعتراض صاروخ باليستي أطلقته جماعة الحوثي على مدينة جازان.\n"
        "وقال المتحدث باسم التحالف إن الدفاعات رصدت عملية الإطلاق من داخل الأراضي اليمنية صباح السبت.\n"
        "وأوضح المتحدث أن \"الصاروخ أطلق باتجاه جازان بشكل عشوائي، حيث تم اعتراض الصاروخ وتدميره من قبل "
        "قوات الدفاع الجوي الملكي السعودي\"."
    )
    assert len(events) == 1
    assert (events[0].actor1, events[0].location) == (SAUDI, "Jizan")


def _event(sub: str, actor1: str | None, inter1: int, actor2: str | None, inter2: int) -> Event:
    event_type = "Strategic developments" if sub == INTERCEPTION else "Explosions/Remote violence"
    return Event(event_type=event_type, sub_event_type=sub, event_date="2018-03-31", time_precision=1,
                 actor1=actor1, inter1=inter1, actor2=actor2, inter2=inter2)


def test_only_an_interception_with_no_interceptor_read_is_swapped_back():
    told = _event(INTERCEPTION, SAUDI, 1, HOUTHIS, 2)
    assert _sides_compatible(told, _event(INTERCEPTION, None, 0, SAUDI, 1))
    assert _sides_compatible(_event(INTERCEPTION, None, 0, SAUDI, 1), told)
    # an interceptor read: two sides named, kept as read
    assert not _sides_compatible(told, _event(INTERCEPTION, HOUTHIS, 2, SAUDI, 1))


def test_a_shelled_force_is_not_its_own_shelling_retold():
    shelling = "Shelling/artillery/missile attack"
    army = "Military Forces of Syria (2000-)"
    assert not _sides_compatible(
        _event(shelling, army, 1, "Opposition Rebels (Syria)", 2), _event(shelling, None, 0, army, 1))


def test_a_forces_own_aircraft_downed_is_not_its_interception_retold():
    # (code review s30: the army is the target of the morning's downing, the actor of the evening's)
    text = ("تم إسقاط طائرة استطلاع تابعة للجيش السوداني فوق مدينة الأبيض صباح اليوم. وأسقط الجيش السوداني "
            "طائرة مسيرة لقوات الدعم السريع فوق مدينة الأبيض مساء اليوم.")
    events = [e for e in marsad.extract(text, published=dt.date(2024, 3, 10)).events
              if e.sub_event_type == INTERCEPTION]
    assert len(events) == 2
