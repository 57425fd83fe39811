"""Dedupe keeps distinct acts apart: far-apart named places on different days, two persons named by title."""

import datetime as dt

from marsad.document import Event
from marsad.pipeline import extract_text
from marsad.stages import dedupe


def _arrest(location: str, latitude: float, longitude: float, **fields) -> Event:
    base = dict(
        event_type="Violence against civilians", sub_event_type="Arrests", event_date="2019-03-10",
        time_precision=1, actor1="Ansar Allah (Houthis)", inter1=2, actor2="Civilians (Yemen)", inter2=7,
        country="Yemen", admin1="Ibb", location=location, geo_precision=1, latitude=latitude,
        longitude=longitude, evidence_spans=[(0, 10)],
    )
    base.update(fields)
    return Event(**base)


def _news_day(event: Event) -> Event:
    """The same report dated only by the article's day (two days later)."""
    event.event_date, event.time_precision, event.evidence_spans = "2019-03-12", 2, [(50, 60)]
    return event


def test_arrests_dated_differently_at_towns_far_apart_are_two_acts() -> None:
    dated = _arrest("Town A", 13.97, 44.18)
    undated = _news_day(_arrest("Town B", 14.50, 44.40))
    assert not dedupe.same_event(dated, undated)
    assert not dedupe.same_event(undated, dated, strict=True)


def test_a_town_and_a_far_district_of_its_province_stay_apart() -> None:
    town = _arrest("Town A", 13.97, 44.18)
    district = _news_day(_arrest("District C", 13.60, 43.90, admin2="District C", geo_precision=2))
    assert not dedupe.same_event(town, district)


def test_a_town_and_a_nearby_district_dated_differently_still_merge() -> None:
    dated = _arrest("Town A", 13.97, 44.18, admin2="District F")
    undated = _news_day(_arrest("District G", 14.02, 44.20, admin2="District G", geo_precision=2))
    assert dedupe.same_event(dated, undated)


def test_a_district_report_still_contains_its_town() -> None:
    town = _arrest("Town A", 13.97, 44.18, admin2="District E")
    district = _news_day(_arrest("District E", 14.40, 44.50, admin2="District E", geo_precision=2))
    assert dedupe.same_event(town, district)


def test_a_roughly_known_area_still_matches_a_town_of_its_province() -> None:
    town = _arrest("Town A", 13.97, 44.18)
    area = _news_day(_arrest("Ibb countryside", 14.60, 44.60, geo_precision=2))
    assert dedupe.same_event(town, area)


def test_same_day_reports_are_not_split_by_distance() -> None:
    first = _arrest("Town A", 13.97, 44.18, geo_precision=2, admin2="Town A")
    second = _arrest("Town B", 14.50, 44.40, evidence_spans=[(50, 60)])
    assert dedupe.same_event(first, second)


def _reports(text: str) -> list[list[tuple[int, int]]]:
    return [e.evidence_spans for e in extract_text(text, published=dt.date(2021, 5, 4)).events]


def test_killings_of_two_officers_named_by_title_stay_two_events() -> None:
    text = ("اغتال مسلحون مجهولون اللواء سامر الخطيب مدير أمن محافظة حمص في مدينة حمص قبل أيام.\n"
            "وقبل اللواء الخطيب اغتيل العقيد وليد النجار المسؤول في جهاز الشرطة في مدينة حمص.")
    assert len(_reports(text)) == 2


def test_an_arrest_of_one_activist_told_twice_is_still_one_event() -> None:
    text = ("اعتقلت قوات الأمن الناشط كريم الزعبي في مدينة درعا يوم الأحد.\n"
            "وجرى اعتقال الناشط كريم الزعبي في مدينة درعا بعد مداهمة.")
    assert len(_reports(text)) == 1


def test_shelling_of_a_named_district_beside_strikes_on_a_town_elsewhere_stays_its_own_act() -> None:
    text = ("شنت طائرات التحالف غارات على مواقع الحوثيين في مدينة صعدة.\n"
            "وتزامنت الغارات مع قصف مدفعي للتحالف على مواقع أخرى لهم في مديرية رازح.")
    found = extract_text(text, published=dt.date(2018, 5, 18)).events
    assert {(e.sub_event_type, e.location) for e in found} == {
        ("Air/drone strike", "Sa'dah"), ("Shelling/artillery/missile attack", "Razih")}


def test_a_district_still_summarises_a_town_inside_it_but_not_one_elsewhere() -> None:
    strikes = dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    shelling = dict(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack")
    district = _news_day(_arrest("District E", 14.40, 44.50, admin2="District E", geo_precision=2, **shelling))
    assert dedupe.summarises(district, _arrest("Town A", 13.97, 44.18, admin2="District E", **strikes))
    assert not dedupe.summarises(district, _arrest("Town B", 13.70, 43.90, admin2="District H", **strikes))
    assert not dedupe.summarises(district, _arrest("Town C", 13.70, 43.90, **strikes))
