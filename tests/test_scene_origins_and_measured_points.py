"""Places that are not the scene of the act: where the people hit come from
(`native_nouns`, returning travellers in `trip.words` of place_cues.yaml), and
a town the act is only measured from ("على بعد 10 كيلومترات من X"), which must
not make a second event once the body names the spot (`dedupe._measured_point`)."""

from __future__ import annotations

import datetime as dt

import marsad

_DAY = dt.date(2018, 5, 20)


def _places(text: str) -> list[str | None]:
    return [e.location for e in marsad.extract(text, published=_DAY).events]


def test_the_province_the_dead_come_from_yields_to_the_scene() -> None:
    assert _places("قتل ثلاثة جنود من أبناء محافظة إب في هجوم شنه مسلحون على نقطة عسكرية في مديرية المخا.") == [
        "Al Mukha"]


def test_a_birthplace_or_home_town_yields_to_where_the_people_were_seized() -> None:
    assert _places("اعتقلت قوات الأمن شابا من مواليد مدينة حمص على حاجز قرب مدينة حماة.") == ["Hama"]
    assert _places("اختطفت الميليشيا عشرة من أبناء مدينة رداع في نقطة تفتيش بمدينة ذمار.") == ["Dhamar"]


def test_a_home_town_beside_only_its_country_stays_the_scene() -> None:
    assert _places("وتشن الميليشيا حملة اعتقالات طالت العشرات من أبناء مدينة رداع في اليمن.") == ["Rada`"]


def test_where_travellers_were_returning_from_is_no_scene() -> None:
    assert _places("هاجم مسلحون حافلة تقل زوارا عائدين من كربلاء في منطقة الطارمية.") == ["Tarmia"]


def test_a_town_measured_from_makes_no_second_event_beside_the_spot_named() -> None:
    events = marsad.extract(
        "قتل ثلاثة جنود أتراك في هجوم بعبوة ناسفة على دورية على بعد 10 كيلومترات من مدينة عفرين. "
        "وأضاف المصدر أن الهجوم وقع في قرية جنديرس حيث انفجرت العبوة بالدورية.",
        published=_DAY,
    ).events
    assert [(e.location, e.fatalities) for e in events] == [("Jindayris", 3)]


def test_a_town_measured_from_still_places_the_act_when_nothing_else_does() -> None:
    assert _places("قتل ثلاثة جنود أتراك في هجوم بعبوة ناسفة على دورية على بعد 10 كيلومترات من مدينة عفرين.") == [
        "Afrin"]


def test_a_second_end_of_a_trip_with_its_own_cue_is_no_scene() -> None:
    assert _places("استهدفت غارة جوية قافلة للحوثيين متجهة إلى مدينة تعز ومحافظة لحج في منطقة كرش.") == ["Kirsh"]
