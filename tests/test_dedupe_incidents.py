"""One incident coded under two sub-types in one article is one event of the more specific sub-type."""

import datetime as dt

import pytest

from marsad.document import Document, Event, Mention, Sentence
from marsad.errors import KnowledgeError
from marsad.knowledge import clauses
from marsad.pipeline import extract_text
from marsad.stages import dedupe
from marsad.text import normalize


def _doc(*paragraphs: int) -> Document:
    """A document of ten-character sentences, the i-th in paragraph `paragraphs[i]`."""
    doc = Document(text="x" * (11 * len(paragraphs)), id="d")
    doc.sentences = [Sentence(11 * i, 11 * i + 10, i, paragraph) for i, paragraph in enumerate(paragraphs)]
    return doc


def _event(sentence: int, **fields) -> Event:
    base = dict(
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
        event_date="2021-05-04", time_precision=1, actor1="Military Forces of Syria (2000-)", inter1=1,
        country="Syria", admin1="Idlib", admin2="Ariha", location="Ariha", latitude=35.81, longitude=36.61,
        geo_precision=1, evidence_spans=[(11 * sentence, 11 * sentence + 10)],
    )
    base.update(fields)
    return Event(**base)


def _attack(sentence: int, **fields) -> Event:
    fields = {"event_type": "Violence against civilians", "sub_event_type": "Attack",
              "actor2": "Civilians (Syria)", "inter2": 7, **fields}
    return _event(sentence, **fields)


def _join(doc: Document, *events: Event) -> list[Event]:
    return dedupe.join_incidents(dedupe.Layout.of(doc), list(events))


def test_attack_on_civilians_told_with_the_shelling_that_killed_them_is_the_shelling() -> None:
    doc = _doc(0, 0)
    joined = _join(doc, _event(0), _attack(0, fatalities=4, fatalities_text="4"))
    assert len(joined) == 1
    event = joined[0]
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.event_type == "Explosions/Remote violence"
    assert event.fatalities == 4 and event.actor2 == "Civilians (Syria)"


def test_ied_and_suicide_bomb_in_adjacent_sentences_are_one_suicide_bomb_at_the_first_report() -> None:
    doc = _doc(0, 1, 2)
    first = _event(0, sub_event_type="Remote explosive/landmine/IED", fatalities=3)
    other = _event(1, sub_event_type="Suicide bomb", fatalities=5, actor1="Unidentified Armed Group (Syria)")
    later = _event(2, sub_event_type="Air/drone strike", location="Saraqib", latitude=35.86, longitude=36.8)
    joined = _join(doc, first, later, other)
    assert [e.sub_event_type for e in joined] == ["Suicide bomb", "Air/drone strike"]
    assert joined[0].fatalities == 5  # two codings of one blast: the larger toll, not the lowest or the sum
    assert joined[0].evidence_spans == [(0, 10), (11, 21)]
    assert joined[0].actor1 == "Military Forces of Syria (2000-)"  # the unknown attacker gives way


def test_strike_and_attack_on_two_named_villages_nearby_stay_two_events() -> None:
    doc = _doc(0, 0)
    elsewhere = _attack(1, location="Maarzaf", admin2="Ariha", latitude=35.84, longitude=36.63)
    assert len(_join(doc, _event(0, sub_event_type="Air/drone strike"), elsewhere)) == 2


def test_report_known_only_roughly_near_the_town_is_the_same_spot() -> None:
    doc = _doc(0, 0)
    rough = _attack(1, location="Jabal al-Zawiya", geo_precision=2, latitude=35.75, longitude=36.58)
    assert len(_join(doc, _event(0), rough)) == 1


def test_two_attackers_make_two_incidents() -> None:
    doc = _doc(0, 0)
    other_side = _attack(1, actor1="Hayat Tahrir al-Sham", inter1=2)
    assert len(_join(doc, _event(0), other_side)) == 2


def test_reports_on_different_days_or_far_apart_stay_separate() -> None:
    doc = _doc(0, 0)
    for sentence in doc.sentences:  # each report tells its own day
        doc.add(Mention(sentence.start, sentence.start + 2, "date", "xx", "2021-05-04"))
    assert len(_join(doc, _event(0), _attack(1, event_date="2021-05-05"))) == 2
    assert len(_join(_doc(0, 1, 2, 3, 4), _event(0), _attack(4))) == 2


def _dated_first(doc: Document) -> Document:
    """`doc` with a date word in its first sentence only."""
    first = doc.sentences[0]
    doc.add(Mention(first.start, first.start + 2, "date", "xx", "2021-05-04"))
    return doc


def test_an_undated_report_is_the_incident_its_neighbour_dates_to_the_day() -> None:
    events = _join(_dated_first(_doc(0, 0)), _event(0), _attack(1, event_date="2021-05-05", time_precision=2))
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [
        ("Shelling/artillery/missile attack", "2021-05-04", 1)]


def test_an_undated_report_is_no_incident_dated_only_to_a_week() -> None:
    doc = _dated_first(_doc(0, 0))
    assert len(_join(doc, _event(0, time_precision=2), _attack(1, event_date="2021-05-05"))) == 2


def test_air_strike_and_shelling_told_side_by_side_are_two_weapons() -> None:
    doc = _doc(0, 0)
    assert len(_join(doc, _event(0, sub_event_type="Air/drone strike"), _event(1))) == 2


def test_blast_then_suicide_bomber_in_the_next_sentence_is_one_suicide_bomb() -> None:
    events = extract_text(
        "انفجرت عبوة ناسفة صباح الثلاثاء قرب حاجز للشرطة في مدينة الرمادي. وقال مسؤول أمني إن "
        "انتحاريا يرتدي حزاما ناسفا فجر نفسه عند الحاجز ما أسفر عن مقتل أربعة من عناصر الشرطة.",
        published=dt.date(2019, 3, 6),
    ).events
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]
    assert events[0].fatalities == 4 and len(events[0].evidence_spans) == 2


def test_a_series_of_blasts_is_not_the_single_bombing_told_next_to_it() -> None:
    extract = extract_text("قتل العشرات في سلسلة تفجيرات بالعاصمة بغداد أمس.", published=dt.date(2019, 3, 6))
    series = next(e for e in extract.events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert dedupe._series(extract, series)


def test_incident_folds_are_real_sub_types_and_never_both_ways() -> None:
    rules = clauses.load_dedupe_rules()
    assert ("Suicide bomb", "Remote explosive/landmine/IED") in rules.incident_folds
    assert all(w == normalize(w) for w in rules.incident_series_words)
    with pytest.raises(KnowledgeError):
        clauses._incident_folds([{"keep": "Attack", "fold": "Grenade", "link": "adjacent"},
                                 {"keep": "Grenade", "fold": "Attack", "link": "adjacent"}])
    with pytest.raises(KnowledgeError):
        clauses._incident_folds([{"keep": "Attack", "fold": "Bombing", "link": "adjacent"}])


def test_lead_and_body_far_apart_with_one_toll_are_one_incident() -> None:
    doc = _doc(*range(10))  # a paragraph per sentence: no adjacency links them
    blast = _event(0, sub_event_type="Remote explosive/landmine/IED", fatalities=27,
                   actor1="Unidentified Armed Group (Syria)")
    bomber = _event(9, sub_event_type="Suicide bomb", fatalities=27, actor1="Islamic State (Syria)")
    joined = _join(doc, blast, bomber)
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in joined] == [
        ("Suicide bomb", "Islamic State (Syria)", 27)]


def test_far_apart_reports_with_other_or_small_tolls_stay_two_incidents() -> None:
    doc = _doc(*range(10))
    for first, later in ((27, 12), (2, 2)):
        blast = _event(0, sub_event_type="Remote explosive/landmine/IED", fatalities=first)
        bomber = _event(9, sub_event_type="Suicide bomb", fatalities=later)
        assert len(_join(doc, blast, bomber)) == 2


def test_hostage_taking_and_the_fight_at_its_siege_are_one_hostage_taking() -> None:
    doc = _doc(0, 1)
    hostages = _attack(0, sub_event_type="Abduction/forced disappearance", actor1="Unidentified Armed Group (Syria)",
                       inter1=3)
    siege = _event(1, event_type="Battles", sub_event_type="Armed clash", fatalities=3,
                   actor2="Unidentified Armed Group (Syria)", inter2=3)
    joined = _join(doc, hostages, siege)
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in joined] == [
        ("Abduction/forced disappearance", "Civilians (Syria)", 3)]


def test_one_sentence_read_as_a_clash_and_an_abduction_keeps_both_readings_apart() -> None:
    """Only reports told in two sentences are a hostage-taking and its siege; one sentence
    read both ways is a clash whose captives were misread, and the abduction never swallows it."""
    doc = _doc(0)
    captives = _attack(0, sub_event_type="Abduction/forced disappearance", actor1="Unidentified Armed Group (Syria)",
                       inter1=3)
    fight = _event(0, event_type="Battles", sub_event_type="Armed clash", fatalities=3,
                   actor2="Unidentified Armed Group (Syria)", inter2=3)
    joined = _join(doc, captives, fight)
    assert "Armed clash" in [e.sub_event_type for e in joined]


def test_one_act_tolls_must_map_its_three_keys_to_word_lists() -> None:
    rules = clauses.load_event_rules()
    assert rules.one_act_tolls and rules.one_act_casualties and rules.one_act_acts
    with pytest.raises(KnowledgeError):
        clauses._one_act_tolls({"tolls": ["حصيلة"], "casualties": ["قتلى"]})
    with pytest.raises(KnowledgeError):
        clauses._one_act_tolls(["حصيلة"])
