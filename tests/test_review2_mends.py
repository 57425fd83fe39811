"""Mends for the second code review of session 17's rule changes.

A building or body named by an area word ("مقر الولاية") is no whole-area tally; a week's
round-up of clashes with different tolls is two acts; a fear does not reach into a relative
clause telling a past act; a family demanding retribution is no execution notice; a toll told
for a town "and other towns, among them" is not split among them; two current readings of one
sentence with one victim are no twins; a feminine noun in ة is no possessive."""

from __future__ import annotations

import datetime as dt

from marsad.document import Document, Event, Mention
from marsad.knowledge.actors import REQUIRED_WORD_LISTS
from marsad.pipeline import extract_text
from marsad.stages import actors, dedupe
from marsad.stages.events import names_fighters
from marsad.text import normalize

MONDAY = dt.date(2018, 5, 14)


def _events(text: str) -> list[Event]:
    return extract_text(text, published=MONDAY).events


def test_a_toll_update_naming_a_building_of_the_province_is_the_scene_s_new_toll() -> None:
    events = _events("قتل 4 أشخاص في انفجار سيارة مفخخة قرب مقر الولاية في مدينة الموصل يوم الجمعة، "
                     "ثم ارتفعت حصيلة قتلى انفجار مقر الولاية إلى 9.")
    assert [e.fatalities for e in events] == [9]


def test_a_week_s_round_up_of_clashes_with_their_own_tolls_keeps_both() -> None:
    events = _events("ذكر بيان للجيش، الاثنين، أن قواته قتلت 6 مسلحين في اشتباكات قرب بلدة عرسال. "
                     "وأضاف البيان أن الجيش قتل الأربعاء 4 مسلحين في اشتباكات قرب بلدة عرسال.")
    assert sorted((e.event_date, e.fatalities) for e in events) == [("2018-05-09", 4), ("2018-05-14", 6)]


def test_a_fear_of_a_repeat_does_not_reach_the_past_act_of_its_relative_clause() -> None:
    events = _events("وتخشى العائلات تكرار الغارة التي قتل فيها 7 مدنيين في قصف على بلدة كفرنبل أمس.")
    assert [(e.event_date, e.fatalities) for e in events] == [("2018-05-13", 7)]


def test_a_family_demanding_retribution_is_no_execution_notice() -> None:
    events = _events("قتل شاب بإطلاق نار في حي الجمهورية بمدينة البصرة أمس، وطالبت عائلته بالقصاص من الجناة.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 1)]


def test_a_toll_for_a_town_and_other_towns_among_them_stays_at_the_first() -> None:
    events = _events("قتل 12 شخصا في قصف مدفعي على مدينة حلب ومدن أخرى، منها حماة وإدلب، اليوم الأحد.")
    assert len(events) == 3
    assert [e.fatalities for e in events] == [12, 0, 0]


def _strike(**fields) -> Event:
    base = dict(
        event_type="Violence against civilians", sub_event_type="Attack",
        event_date="2018-05-13", time_precision=1, actor1="Unidentified Armed Group (Lebanon)", inter1=3,
        actor2="Civilians (Lebanon)", inter2=7, country="Lebanon", admin1="Baalbek-Hermel", location="Aarsal",
        latitude=34.18, longitude=36.42, geo_precision=1, evidence_spans=[(0, 60)],
    )
    base.update(fields)
    return Event(**base)


def test_two_current_readings_of_one_sentence_with_one_victim_are_no_twins() -> None:
    on_market = _strike(fatalities=3, trigger="هجوم")
    on_mosque = _strike(fatalities=2, trigger="هجوم")
    assert len(dedupe.join_sentence_twins([on_market, on_mosque])) == 2


def test_a_feminine_noun_in_ta_marbuta_is_no_speaker_s_own_man() -> None:
    # normalized, "قائدة" is "قائده": "his commander" only when written with ه
    assert actors._own_men(normalize("قائده"), nouns="own_man", written="قائده")
    assert not actors._own_men(normalize("قائدة"), nouns="own_man", written="قائدة")
    assert not names_fighters("مقاتلة")  # a fighter jet, no "his fighter"
    assert names_fighters("قادتها")


def test_the_air_strike_lists_are_required_lexicon_lists() -> None:
    assert {"role_cues.air_strikes", "role_cues.air_strike_links"} <= set(REQUIRED_WORD_LISTS)


def _air_author(text: str, name: str) -> bool:
    doc = Document(text=text, id="d")
    at = text.index(name)
    return actors._strikes_from_air(doc, Mention(at, at + len(name), "actor", name))


def test_an_air_strike_author_is_read_within_its_clause_only() -> None:
    assert _air_author("تقدمت القوات بمساندة غارات جوية من التحالف نحو المدينة", "التحالف")
    assert not _air_author("تقدمت القوات بعد غارات جوية، من التحالف ومن الجيش", "التحالف")
