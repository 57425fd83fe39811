"""One sentence's act read twice on one day and place, once flagged background or with its victims' country."""

import datetime as dt

from marsad.document import Event
from marsad.pipeline import extract_text
from marsad.stages import dedupe


def _attack(**fields) -> Event:
    base = dict(
        event_type="Violence against civilians", sub_event_type="Attack",
        event_date="2015-07-19", time_precision=1, actor1="Unidentified Armed Group (Iraq)", inter1=3,
        actor2="Civilians (Iraq)", inter2=7, country="Iraq", admin1="Al-Anbar", location="Fallujah",
        latitude=33.35, longitude=43.78, geo_precision=1, evidence_spans=[(0, 40)],
    )
    base.update(fields)
    return Event(**base)


def test_a_liberation_and_the_relative_clause_recalling_the_occupation_are_one_current_takeover() -> None:
    text = ("تمكن الجيش العراقي، السبت، من تحرير مستشفى الفلوجة من قبضة تنظيم داعش في اطار خطة "
            "لتحرير المدينة من سيطرة المسلحين الذين احتلوا معظم أحيائها.")
    events = extract_text(text, published=dt.date(2015, 7, 27)).events
    assert len(events) == 1
    assert events[0].sub_event_type == "Government regains territory" and not events[0].background


def test_one_sentences_attack_on_civilians_named_by_two_countries_is_one_attack() -> None:
    first = _attack(fatalities=4, fatalities_text="أربعة")
    again = _attack(actor2="Civilians (Jordan)", background=True)
    joined = dedupe.join_sentence_twins([first, again])
    assert len(joined) == 1
    assert joined[0].fatalities == 4 and not joined[0].background


def test_one_sentences_acts_at_two_places_on_two_days_or_by_two_attackers_stay_apart() -> None:
    elsewhere = _attack(location="Ramadi", latitude=33.42, longitude=43.3)
    other_day = _attack(event_date="2015-07-18")
    other_attacker = _attack(actor1="Islamic State (Iraq)", inter1=2)
    other_sentence = _attack(evidence_spans=[(41, 80)])
    events = [_attack(), elsewhere, other_day, other_attacker, other_sentence]
    assert len(dedupe.join_sentence_twins(events)) == 5
