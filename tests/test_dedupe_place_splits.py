"""One act told at several named places is one event per place (EVENTS.md section 1): its
sides, type and day, shared by every place, do not fold a place's event into another report."""

import datetime as dt

from marsad.document import Event
from marsad.pipeline import extract_text
from marsad.stages import dedupe

PUBLISHED = dt.date(2019, 3, 5)
LEAD = "اندلعت اشتباكات عنيفة صباح اليوم بين قوات الجيش اليمني والحوثيين في حي المعلا بعدن.\n"
SPLIT = (
    "وقال شهود إن طائرات التحالف قصفت مواقع الحوثيين في المدينة بينما تستمر المعارك بين "
    "قوات الجيش اليمني والحوثيين في مديرية الشيخ عثمان وحي المنصورة.\n"
)


def _clashes(text: str) -> list[tuple[str | None, int]]:
    events = extract_text(text, published=PUBLISHED).events
    return [(e.location, e.fatalities) for e in events if e.sub_event_type == "Armed clash"]


def test_each_place_of_a_split_clash_stays_apart_from_the_clash_told_before() -> None:
    places = [place for place, _ in _clashes(LEAD + SPLIT)]
    assert places == ["Al Ma`alla'", "Ash Shaikh Outhman", "Al Mansura"]


def test_a_later_toll_at_one_of_the_split_places_goes_to_that_place() -> None:
    toll = "وأسفرت المعارك في حي المنصورة عن مقتل ثلاثة من الحوثيين."
    assert _clashes(LEAD + SPLIT + toll) == [("Al Ma`alla'", 0), ("Ash Shaikh Outhman", 0), ("Al Mansura", 3)]


def _clash(location: str, span: tuple[int, int], precision: int = 1, admin2: str = "") -> Event:
    return Event("Battles", "Armed clash", event_date="2019-03-05", actor1="A", inter1=1, actor2="B", inter2=2,
                 country="Yemen", admin1="Aden", admin2=admin2 or location, location=location,
                 geo_precision=precision, evidence_spans=[span], trigger="المعارك")


def test_place_splits_are_the_events_sharing_a_sentence_and_trigger_at_other_places() -> None:
    one, two, other = _clash("X", (10, 20)), _clash("Y", (10, 20)), _clash("Z", (30, 40))
    assert dedupe.place_splits([one, two, other]) == frozenset({id(one), id(two)})


def test_a_split_place_inside_the_district_of_the_other_report_is_not_kept_apart() -> None:
    district = _clash("Dist", (0, 5), precision=2)
    town = _clash("Town", (10, 20), admin2="Dist")
    assert not dedupe._split_apart({id(town)}, district, town)
    assert dedupe._split_apart({id(town)}, _clash("Other", (0, 5)), town)
