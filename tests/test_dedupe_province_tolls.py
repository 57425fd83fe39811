"""A blast and its dead told again, placed only by the blast's province, are one incident."""

from support import deduped

from marsad.document import Event


def _report(sub_event_type: str, start: int, **fields) -> Event:
    base = dict(
        event_type="Explosions/Remote violence", sub_event_type=sub_event_type, event_date="2020-01-02",
        time_precision=1, actor1="Unidentified Armed Group (Saudi Arabia)", inter1=3,
        actor2="Civilians (Saudi Arabia)", inter2=7, country="Saudi Arabia", admin1="Aseer", location="Abha",
        geo_precision=1, latitude=18.2, longitude=42.5, fatalities=15, evidence_spans=[(start, start + 10)],
    )
    base.update(fields)
    return Event(**base)


def _fight(start: int, **fields) -> Event:
    """The dead read as a fight between a guessed side and the police, placed by the province."""
    fields = dict(event_type="Battles", actor1="Military Forces of Iran (1989-)", inter1=8,
                  actor2="Police Forces of Saudi Arabia (2015-)", inter2=1, location="Aseer", geo_precision=3,
                  latitude=19.0, longitude=42.6) | fields
    return _report("Armed clash", start, **fields)


def test_a_fight_read_from_the_blasts_toll_in_its_province_is_the_blast() -> None:
    """"فجر انتحاري نفسه في مسجد بمدينة X ... مقتل 15" and, in a quote, "يقتلون 15 من رجال
    الأمن في منطقة Y": one suicide bombing at X with its own sides."""
    merged = deduped(_report("Suicide bomb", 0), _fight(50))
    assert len(merged) == 1
    assert (merged[0].sub_event_type, merged[0].location, merged[0].fatalities) == ("Suicide bomb", "Abha", 15)
    assert merged[0].actor1 == "Unidentified Armed Group (Saudi Arabia)"


def test_a_fight_in_the_province_with_another_toll_stays_apart() -> None:
    """Only the same count ties a province-wide report to the town's blast."""
    assert len(deduped(_report("Suicide bomb", 0), _fight(50, fatalities=4))) == 2
