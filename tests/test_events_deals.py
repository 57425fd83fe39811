"""Events: ground handed over under a deal is the deal, one event per place."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 5, 17)


def events_of(text: str) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.location) for e in extract_text(text, published=PUBLISHED).events)


def test_towns_taken_under_a_settlement_far_from_the_verb_are_one_agreement_each() -> None:
    found = events_of("سيطرت قوات النظام السوري الثلاثاء على مدينتي الرستن وتلبيسة وبلدة الغنطو في ريف حمص الشمالي "
                      "قرب الطريق الدولي، وفقا لاتفاق تسوية أبرم مع الفصائل المعارضة.")
    assert [sub for sub, _ in found] == ["Agreement"] * 3
    assert len({place for _, place in found}) == 3


def test_towns_taken_after_fighting_stay_regained_territory() -> None:
    found = events_of("سيطرت قوات النظام السوري الثلاثاء على مدينتي الرستن وتلبيسة في ريف حمص الشمالي بعد معارك "
                      "عنيفة مع الفصائل المعارضة.")
    assert {sub for sub, _ in found} == {"Government regains territory"}


def test_according_to_a_monitor_is_no_deal() -> None:
    found = events_of("سيطرت قوات النظام السوري الثلاثاء على مدينة الرستن في ريف حمص الشمالي، وفق المرصد السوري "
                      "لحقوق الإنسان.")
    assert {sub for sub, _ in found} == {"Government regains territory"}
