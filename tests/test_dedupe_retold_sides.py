"""One act retold with its sides read otherwise (an ally, swapped roles) or on another of its sentence's days."""

import datetime as dt

from marsad.document import Document, Event, Mention, Sentence
from marsad.knowledge.actors import same_camp
from marsad.pipeline import extract_text
from marsad.stages import dedupe

YEMEN_ARMY = "Military Forces of Yemen (2012-2022)"
SAUDI_ARMY = "Military Forces of Saudi Arabia (2015-)"
HOUTHIS = "Ansar Allah (Houthis)"


def _doc(sentences: int) -> Document:
    """A document of ten-character sentences, one paragraph each."""
    doc = Document(text="x" * (11 * sentences), id="d")
    doc.sentences = [Sentence(11 * i, 11 * i + 10, i, i) for i in range(sentences)]
    return doc


def _event(sentence: int, **fields) -> Event:
    base = dict(
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        event_date="2016-05-04", time_precision=1, actor1=SAUDI_ARMY, inter1=8, actor2=HOUTHIS, inter2=2,
        country="Yemen", admin1="Sanaa", admin2="Arhab", location="Arhab", latitude=15.6, longitude=44.2,
        geo_precision=1, evidence_spans=[(11 * sentence, 11 * sentence + 10)],
    )
    base.update(fields)
    return Event(**base)


def _allied(*events: Event) -> list[Event]:
    return dedupe.join_allied_acts(dedupe.Layout.of(_doc(4)), list(events))


def test_camp_mates_are_read_from_the_lexicon_for_the_day() -> None:
    assert same_camp(YEMEN_ARMY, SAUDI_ARMY, dt.date(2016, 5, 4))
    assert not same_camp(YEMEN_ARMY, SAUDI_ARMY, dt.date(2014, 5, 4))  # before the coalition's war
    assert not same_camp(SAUDI_ARMY, HOUTHIS, dt.date(2016, 5, 4))


def test_one_strike_credited_to_the_coalition_and_to_the_army_it_backs_is_one_strike() -> None:
    joined = _allied(_event(0, fatalities=3, fatalities_text="3"), _event(2, actor1=YEMEN_ARMY, inter1=1))
    assert len(joined) == 1
    assert joined[0].actor1 == SAUDI_ARMY and joined[0].fatalities == 3
    assert joined[0].evidence_spans == [(0, 10), (22, 32)]


def test_strikes_on_two_allied_targets_stay_apart() -> None:
    first = _event(0, actor2=YEMEN_ARMY, inter2=1)
    later = _event(1, actor2=SAUDI_ARMY, inter2=8)
    assert len(_allied(first, later)) == 2


def test_allies_acting_at_two_towns_or_on_two_days_are_two_acts() -> None:
    other_town = _event(1, actor1=YEMEN_ARMY, inter1=1, location="Nihm", admin2="Nihm", latitude=15.7, longitude=44.6)
    other_day = _event(2, actor1=YEMEN_ARMY, inter1=1, event_date="2016-05-05")
    assert len(_allied(_event(0), other_town, other_day)) == 3


def test_strikes_by_sides_of_no_common_camp_stay_apart() -> None:
    assert len(_allied(_event(0), _event(1, actor1="Military Forces of Israel (2009-2021)", inter1=8))) == 2


def _takeover(sentence: int, gainer: str, loser: str, sub_type: str, **fields) -> Event:
    return _event(sentence, event_type="Battles", sub_event_type=sub_type, actor1=gainer, actor2=loser, **fields)


def test_takeover_retold_with_gainer_and_loser_swapped_is_the_change_of_hands_first_told() -> None:
    first = _takeover(0, YEMEN_ARMY, HOUTHIS, "Government regains territory")
    swapped = _takeover(3, HOUTHIS, YEMEN_ARMY, "Non-state actor overtakes territory")
    joined = dedupe.join_handovers(dedupe.Layout.of(_doc(4)), [first, swapped])
    assert len(joined) == 1
    assert (joined[0].sub_event_type, joined[0].actor1, joined[0].actor2) == (
        "Government regains territory", YEMEN_ARMY, HOUTHIS)


def test_takeovers_with_swapped_sides_on_two_days_or_at_two_places_stay_apart() -> None:
    first = _takeover(0, YEMEN_ARMY, HOUTHIS, "Government regains territory")
    retaken = _takeover(1, HOUTHIS, YEMEN_ARMY, "Non-state actor overtakes territory", event_date="2016-05-06")
    elsewhere = _takeover(2, HOUTHIS, YEMEN_ARMY, "Non-state actor overtakes territory", location="Nihm")
    assert len(dedupe.join_handovers(dedupe.Layout.of(_doc(4)), [first, retaken, elsewhere])) == 3


def test_one_sentences_strike_read_on_the_report_day_and_on_its_own_day_is_on_the_earlier_day() -> None:
    reported = _event(1, event_date="2016-05-05")
    told = _event(1, event_date="2016-05-04", fatalities=7, fatalities_text="7")
    joined = dedupe.join_sentence_days([reported, told])
    assert len(joined) == 1
    assert joined[0].event_date == "2016-05-04" and joined[0].fatalities == 7


def test_strikes_on_two_days_in_two_sentences_or_far_apart_stay_apart() -> None:
    assert len(dedupe.join_sentence_days([_event(0, event_date="2016-05-05"), _event(1)])) == 2
    assert len(dedupe.join_sentence_days([_event(0, event_date="2016-05-09"), _event(0)])) == 2


def test_deals_of_one_sentence_on_two_days_stay_apart() -> None:
    truce = dict(event_type="Strategic developments", sub_event_type="Agreement")
    assert len(dedupe.join_sentence_days([_event(0, **truce), _event(0, event_date="2016-05-06", **truce)])) == 2


def _dated_doc(sentences: int, *dated: int) -> Document:
    """`_doc` with a date word in each of the `dated` sentences."""
    doc = _doc(sentences)
    doc.mentions["date"] = [Mention(11 * i + 2, 11 * i + 5, "date", "أمس") for i in dated]
    return doc


def _undated(doc: Document, *events: Event) -> list[Event]:
    return dedupe.fold_undated_copies(dedupe.Layout.of(doc), list(events))


def test_a_report_naming_no_day_is_the_act_the_lead_dates_and_keeps_its_day() -> None:
    lead = _event(0, event_date="2016-05-03", fatalities=2, fatalities_text="2")
    body = _event(2, event_date="2016-05-04")  # the news' day, by default
    joined = _undated(_dated_doc(3, 0), lead, body)
    assert len(joined) == 1
    assert (joined[0].event_date, joined[0].fatalities) == ("2016-05-03", 2)
    assert joined[0].evidence_spans == [(0, 10), (22, 32)]


def test_an_undated_report_for_the_whole_province_is_the_act_at_its_town() -> None:
    body = _event(2, event_date="2016-05-04", location="Sanaa", admin2=None, geo_precision=3)
    assert len(_undated(_dated_doc(3, 0), _event(0, event_date="2016-05-03"), body)) == 1


def test_undated_reports_at_another_town_or_of_another_kind_or_far_in_time_stay_apart() -> None:
    lead = _event(0, event_date="2016-05-03")
    other_town = _event(1, event_date="2016-05-04", location="Nihm", admin2="Nihm")
    other_kind = _event(2, event_date="2016-05-04", sub_event_type="Shelling/artillery/missile attack")
    weeks_on = _event(3, event_date="2016-05-24")
    assert len(_undated(_dated_doc(4, 0), lead, other_town, other_kind, weeks_on)) == 4


def test_two_reports_each_telling_its_day_stay_apart() -> None:
    assert len(_undated(_dated_doc(3, 0, 2), _event(0, event_date="2016-05-03"), _event(2))) == 2


def test_two_gainers_of_one_place_from_one_loser_on_one_day_are_one_takeover_by_the_first() -> None:
    first = _takeover(0, "STC - Southern Transitional Council", HOUTHIS, "Non-state actor overtakes territory")
    later = _takeover(2, "Al Qaeda", HOUTHIS, "Non-state actor overtakes territory")
    joined = _allied(first, later)
    assert len(joined) == 1 and joined[0].actor1 == "STC - Southern Transitional Council"


def test_takeovers_of_one_place_from_two_losers_or_of_a_whole_province_stay_apart() -> None:
    first = _takeover(0, "STC - Southern Transitional Council", HOUTHIS, "Non-state actor overtakes territory")
    other_loser = _takeover(1, "Al Qaeda", YEMEN_ARMY, "Non-state actor overtakes territory")
    assert len(_allied(first, other_loser)) == 2
    province = dict(location="Sanaa", admin2=None, geo_precision=3)
    assert len(_allied(_takeover(0, "STC - Southern Transitional Council", HOUTHIS,
                                 "Non-state actor overtakes territory", **province),
                       _takeover(1, "Al Qaeda", HOUTHIS, "Non-state actor overtakes territory", **province))) == 2


def _extract(text: str) -> list[Event]:
    return extract_text(text, published=dt.date(2016, 5, 4)).events


def test_a_clash_credited_to_the_army_then_to_its_allied_militia_is_one_clash() -> None:
    events = _extract(
        "اندلعت اشتباكات عنيفة بين الجيش الوطني ومسلحي الحوثي في مديرية نهم أمس.\n"
        "وأفادت مصادر محلية بأن المقاومة الشعبية خاضت معارك ضارية مع الحوثيين في مديرية نهم أمس."
    )
    assert len(events) == 1
    assert (events[0].sub_event_type, events[0].actor1) == ("Armed clash", YEMEN_ARMY)


def test_a_recapture_retold_undated_with_the_loser_as_gainer_is_the_recapture() -> None:
    events = _extract(
        "أعلن الجيش السوري استعادة السيطرة على بلدة مورك في ريف حماة الشمالي أمس بعد طرد مسلحي جبهة النصرة منها.\n"
        "وأضاف البيان أن العمليات أسفرت عن القضاء على العشرات من مسلحي جبهة النصرة ما أدى إلى إحكام السيطرة على"
        " بلدة مورك."
    )
    assert [(e.sub_event_type, e.actor1, e.event_date) for e in events] == [
        ("Government regains territory", "Military Forces of Syria (2000-)", "2016-05-03")]


def test_allies_fighting_at_two_districts_or_a_week_apart_are_two_clashes() -> None:
    lead = "اندلعت اشتباكات عنيفة بين الجيش الوطني ومسلحي الحوثي في مديرية نهم أمس.\n"
    assert len(_extract(lead + "وأفادت مصادر محلية بأن المقاومة الشعبية خاضت معارك ضارية مع الحوثيين في مديرية"
                               " صرواح أمس.")) == 2
    assert len(_extract(lead + "وأفادت مصادر محلية بأن المقاومة الشعبية خاضت معارك ضارية مع الحوثيين في مديرية"
                               " نهم قبل أسبوع.")) == 2
