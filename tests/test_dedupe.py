"""Within-article deduplication: a report repeated in the lead and body is one event."""

from marsad.document import Document, Event
from marsad.stages import dedupe


def _event(**fields) -> Event:
    base = dict(
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", event_date="2020-01-02",
        time_precision=1, actor1="Military Forces of Russia (2000-)", inter1=8, country="Syria",
        admin1="Idlib", location="Idlib", geo_precision=1, evidence_spans=[(0, 10)],
    )
    base.update(fields)
    return Event(**base)


def _run(*events: Event) -> list[Event]:
    doc = Document(text="x" * 100, id="d")
    doc.events = list(events)
    dedupe.process(doc)
    return doc.events


def test_same_strike_reported_twice_merges_and_keeps_both_evidence_spans() -> None:
    merged = _run(_event(fatalities=0), _event(fatalities=12, evidence_spans=[(50, 60)]))
    assert len(merged) == 1
    assert merged[0].fatalities == 12 and merged[0].evidence_spans == [(0, 10), (50, 60)]


def test_conflicting_tolls_keep_the_lowest_and_the_range() -> None:
    merged = _run(_event(fatalities=20), _event(fatalities=15, evidence_spans=[(50, 60)]))
    assert merged[0].fatalities == 15
    assert (merged[0].fatalities_low, merged[0].fatalities_high) == (15, 20)


def test_different_places_stay_separate_events() -> None:
    assert len(_run(_event(location="Saraqib"), _event(location="Ariha"))) == 2


def test_vague_summary_folds_into_the_specific_report() -> None:
    coarse = _event(sub_event_type="Armed clash", event_type="Battles", geo_precision=3, time_precision=2,
                    location="Idlib", evidence_spans=[(0, 5)])
    specific = _event(sub_event_type="Government regains territory", event_type="Battles", geo_precision=1,
                      location="Saraqib", evidence_spans=[(40, 50)])
    merged = _run(coarse, specific)
    assert len(merged) == 1
    assert merged[0].sub_event_type == "Government regains territory" and merged[0].location == "Saraqib"


def test_country_level_report_folds_into_the_located_one() -> None:
    vague = _event(sub_event_type="Arrests", event_type="Strategic developments", admin1=None,
                   location="Libya", geo_precision=3)
    exact = _event(sub_event_type="Arrests", event_type="Strategic developments", admin1="Darnah",
                   location="Darnah", geo_precision=1, evidence_spans=[(40, 50)])
    merged = _run(vague, exact)
    assert len(merged) == 1 and merged[0].location == "Darnah"
