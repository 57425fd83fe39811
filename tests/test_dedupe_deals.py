"""One deal announced by each of its parties (or on two days) is one Agreement event."""

import datetime as dt

from marsad.document import Event
from marsad.pipeline import extract_text
from marsad.stages import dedupe

ARMY = "Military Forces of Sudan (2019-)"
RSF = "Rapid Support Forces"
SLA = "Sudan Liberation Army"


def _deal(**fields) -> Event:
    base = dict(
        event_type="Strategic developments", sub_event_type="Agreement", event_date="2023-06-11",
        time_precision=1, actor1=ARMY, inter1=1, actor2=RSF, inter2=2, country="Sudan",
        admin1="North Darfur", location="El Fasher", geo_precision=1, evidence_spans=[(0, 10)],
    )
    base.update(fields)
    return Event(**base)


def test_a_truce_announced_by_each_party_on_consecutive_days_is_one_deal_of_the_first_day() -> None:
    announced = _deal()
    accepted = _deal(actor1=RSF, inter1=2, actor2=ARMY, inter2=1, event_date="2023-06-10",
                     evidence_spans=[(50, 60)])  # "وكانت قوات الدعم السريع أعلنت مساء السبت قبولها هدنة"
    assert dedupe.same_event(announced, accepted)
    dedupe.absorb(announced, accepted)
    assert (announced.actor1, announced.actor2, announced.event_date) == (ARMY, RSF, "2023-06-10")


def test_a_deal_told_by_one_member_of_a_coalition_is_the_coalitions_deal_at_one_place() -> None:
    by_member = _deal(actor1=SLA, inter1=2, actor2=ARMY, inter2=1, evidence_spans=[(50, 60)])
    assert dedupe.same_event(_deal(actor1=RSF, inter1=2, actor2=ARMY, inter2=1), by_member)


def test_a_report_naming_one_party_takes_both_parties_from_the_fuller_report() -> None:
    partial = _deal(actor1=None, inter1=0, actor2=ARMY, inter2=1)  # "أعلن الأكراد التوصل إلى اتفاق مع الحكومة"
    full = _deal(evidence_spans=[(50, 60)])
    assert dedupe.same_event(partial, full)
    dedupe.absorb(partial, full)
    assert (partial.actor1, partial.actor2) == (ARMY, RSF)


def test_deals_of_one_party_with_two_groups_at_two_towns_stay_apart() -> None:
    text = (
        "أعلن الجيش السوري الأحد التوصل إلى اتفاق مع فصائل المعارضة في بلدة بصرى الشام.\n"
        "كما توصل الجيش السوري الأحد إلى اتفاق مع هيئة تحرير الشام في بلدة جسر الشغور."
    )
    events = extract_text(text, published=dt.date(2021, 4, 12)).events
    assert sorted(e.location for e in events if e.sub_event_type == "Agreement") == ["Bosra", "Jisr al-Shughur"]


def test_deals_two_days_apart_stay_apart() -> None:
    truce = _deal(event_date="2023-06-08")
    ceasefire = _deal(evidence_spans=[(50, 60)])  # "أعلنت هدنة الثلاثاء، ثم وقف لإطلاق النار الخميس"
    assert not dedupe.same_event(truce, ceasefire)


def test_reports_sharing_no_party_are_not_one_deal() -> None:
    ours = _deal(actor2=None, inter2=0)
    theirs = _deal(actor1=SLA, inter1=2, actor2=RSF, inter2=2, evidence_spans=[(50, 60)])
    assert not dedupe.same_event(ours, theirs)
