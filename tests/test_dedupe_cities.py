"""A lead report at a whole city and the body's report at a village or quarter it names are one act;
so are an act and its copy at the point a direction in its sentence refers to."""

import datetime as dt

import pytest

from marsad.document import Document, Event, Mention, Sentence
from marsad.errors import KnowledgeError
from marsad.knowledge import clauses
from marsad.knowledge.gazetteer import Place
from marsad.pipeline import extract_text
from marsad.stages import dedupe
from marsad.text import normalize

PUBLISHED = dt.date(2019, 3, 5)


def _strikes(text: str) -> list[tuple[str | None, str | None]]:
    events = extract_text(text, published=PUBLISHED).events
    return [(e.location, e.event_date) for e in events if e.sub_event_type == "Air/drone strike"]


def test_city_lead_folds_into_the_quarter_placed_by_that_city() -> None:
    strikes = _strikes(
        "قصفت المقاتلات الإسرائيلية مدينة غزة فجر الثلاثاء.\n"
        "وأصابت الغارات موقعا لحركة حماس في حي الشجاعية شرق مدينة غزة."
    )
    assert strikes == [("Shuja'iyya", "2019-03-05")]


def test_undated_village_detail_takes_the_city_leads_day() -> None:
    strikes = _strikes(
        "شنت طائرات التحالف الأحد سلسلة غارات على مواقع للحوثيين في صنعاء.\n"
        "واستهدفت إحدى الغارات معسكرا في قرية بيت بوس جنوب صنعاء."
    )
    assert strikes == [("Bayt Baws", "2019-03-03")]


def test_a_strike_told_as_a_further_one_stays_apart_from_the_city_lead() -> None:
    strikes = _strikes(
        "قصفت المقاتلات الإسرائيلية مدينة غزة فجر الثلاثاء.\n"
        "كما أصابت غارة موقعا لحركة حماس في حي الشجاعية شرق مدينة غزة."
    )
    assert [place for place, _ in strikes] == ["Gaza City", "Shuja'iyya"]


def test_a_village_not_placed_by_the_city_is_another_strike() -> None:
    strikes = _strikes(
        "قصفت المقاتلات الإسرائيلية مدينة غزة فجر الثلاثاء.\n"
        "وأصابت الغارات موقعا لحركة حماس في حي الشجاعية."
    )
    assert [place for place, _ in strikes] == ["Gaza City", "Shuja'iyya"]


def test_city_rules_name_gazetteer_classes_and_normalized_openers() -> None:
    rules = clauses.load_dedupe_rules()
    assert "city" in rules.city_classes and "neighbourhood" in rules.detail_classes
    assert not rules.city_classes & rules.detail_classes
    assert all(w == normalize(w) for w in rules.city_detail_apart)
    with pytest.raises(KnowledgeError):
        clauses._feature_classes({"city_classes": ["metropolis"]}, "city_classes")


def test_village_placed_by_the_word_for_the_capital_takes_the_capital_lead() -> None:
    strikes = _strikes(
        "شنت طائرات التحالف الأحد غارات على مواقع للحوثيين في صنعاء.\n"
        "وقالت مصادر محلية إن الغارات استهدفت معسكرا في قرية بيت بوس غرب العاصمة."
    )
    assert strikes == [("Bayt Baws", "2019-03-03")]


def _locator_story(between: str) -> tuple[Document, Event, Event]:
    """One abduction told "في محافظة X{between}Y", split into a copy at each place."""
    text = f"خطف مسلحون مسؤولا في محافظة حجة{between}صنعاء الثلاثاء"
    doc = Document(text=text, id="d")
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    hajjah = Place("h", "Hajjah", "حجة", "admin1", "YE", "Yemen", "Hajjah", "", 15.7, 43.6)
    sanaa = Place("s", "Sanaa", "صنعاء", "city", "YE", "Yemen", "Amanat Al Asimah", "", 15.35, 44.2)
    for place, cue in ((hajjah, "admin"), (sanaa, "direction" if "غربي" in between else None)):
        at = text.index(place.name_ar)
        doc.add(Mention(at, at + len(place.name_ar), "place", place.name_ar,
                        attrs={"place": place, "cue_type": cue}))
    copies = [
        Event(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance",
              event_date="2019-03-05", actor1="Unidentified Armed Group (Yemen)", inter1=3, country="Yemen",
              admin1=p.admin1, location=p.name, latitude=p.lat, longitude=p.lon, geo_precision=precision,
              evidence_spans=[(0, len(text))])
        for p, precision in ((hajjah, 3), (sanaa, 2))
    ]
    return doc, copies[0], copies[1]


def test_copy_at_the_point_a_direction_refers_to_is_the_act_at_the_place_it_locates() -> None:
    doc, act, copy = _locator_story("، شمال غربي ")
    assert dedupe.fold_locators(dedupe.Layout.of(doc), [act, copy]) == [act]
    assert act.location == "Hajjah"


def test_two_places_told_side_by_side_stay_two_events() -> None:
    doc, act, copy = _locator_story(" و")
    assert len(dedupe.fold_locators(dedupe.Layout.of(doc), [act, copy])) == 2


def test_a_direction_joined_by_and_is_another_place_of_the_list() -> None:
    # "شرق X وشمال Y": both places were struck, Y does not locate X
    doc, act, copy = _locator_story(" وشمال غربي ")
    assert len(dedupe.fold_locators(dedupe.Layout.of(doc), [act, copy])) == 2


def test_a_strike_told_with_also_at_another_district_is_a_further_strike() -> None:
    # the lead's town and the district of the "كما" report lie in one province:
    # still two places, two strikes
    text = (
        "شنت مقاتلات التحالف الأحد غارات على مدينة صعدة.\n"
        "كما قصفت مقاتلات التحالف مخزنا للسلاح في مديرية حيدان."
    )
    events = extract_text(text, published=dt.date(2019, 3, 3)).events
    assert [e.location for e in events if e.sub_event_type == "Air/drone strike"] == ["Sa'dah", "Haydan"]


def _blasts(text: str) -> list[tuple[str | None, str | None]]:
    events = extract_text(text, published=dt.date(2015, 8, 10)).events
    return [(e.location, e.event_date) for e in events if e.event_type == "Explosions/Remote violence"]


def test_the_blast_retold_by_a_definite_noun_at_its_city_is_the_quarters_blast() -> None:
    """"وأضاف المصدر أن الانفجار ... بالقاهرة" after a blast in a quarter placed by Cairo points
    back at that blast: one event at the quarter, though the retelling comes second."""
    assert _blasts(
        "قال مصدر أمني إن عبوة ناسفة انفجرت صباح اليوم أمام محكمة بحي مصر الجديدة شرق القاهرة، "
        "وإن الانفجار أسفر عن إصابة شرطيين.\n"
        "وأضاف المصدر في بيان أن الانفجار أسفر عن إصابة النقيب سامي علي والمجند كريم حسن من قوة المرور بالقاهرة."
    ) == [("Heliopolis", "2015-08-10")]


def test_a_second_blast_at_another_quarter_of_the_city_stays_apart() -> None:
    """An indefinite further blast elsewhere in the city is a second act."""
    assert [place for place, _ in _blasts(
        "قال مصدر أمني إن عبوة ناسفة انفجرت صباح اليوم أمام محكمة بحي مصر الجديدة شرق القاهرة.\n"
        "وفي سياق آخر، انفجرت عبوة ناسفة ثانية في حي شبرا بالقاهرة."
    )] == ["Heliopolis", "Shubrå"]
