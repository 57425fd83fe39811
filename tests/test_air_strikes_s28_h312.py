"""Air strikes told by their aircraft: a bare bombardment verb ("قصف") whose doer, named
earlier in its clause, is an aircraft or the raids it goes on from is an Air/drone strike
(EVENTS.md §2), and helicopters of a nationality are that state's forces, actor1 of the
strike they fly."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text
from marsad.stages.events import fired_from_aircraft

DAY = dt.date(2015, 7, 25)


def _events(text: str) -> list[tuple[str, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.actor1) for e in doc.events]


def test_jets_told_before_a_take_off_and_a_base_are_the_bombers():
    # the jets, past their base, did the bombing: not shelling of the side they hit
    events = _events("وقالت الرئاسة إن أربع مقاتلات تركية أقلعت من قاعدة في جنوب البلاد فجر اليوم "
                     "وقصفت مقرين لعناصر داعش في شمال سوريا.")
    assert events == [("Air/drone strike", "Military Forces of Turkey (2002-2016)")]


def test_raids_and_the_bombardment_the_same_verb_goes_on_to_are_one_air_force():
    events = _events("وشنت طائرات التحالف خمس غارات على تجمع للمتمردين في مديرية المتون بمحافظة الجوف، "
                     "وقصفت أهدافا أخرى في مدينة الحزم.")
    assert {sub for sub, _ in events} == {"Air/drone strike"}
    assert all(actor and actor.startswith("Military Forces of Saudi Arabia") for _, actor in events)


def _flown(text: str, verb: str) -> bool:
    doc = extract_text(text, published=DAY)
    trigger = next(t for t in doc.of_kind("trigger") if t.text == verb)
    sentence = next(s for s in doc.sentences if s.start <= trigger.start < s.end)
    return fired_from_aircraft(doc, sentence.start, sentence.end, [trigger])


def test_a_bombardment_verb_going_on_from_raids_is_flown():
    # (the subject a pronoun: the air force named a sentence before)
    assert _flown("وشن 6 غارات على تجمع للمسلحين في مديرية المتون، وقصف أهدافا أخرى في مدينة الحزم.", "وقصف")
    assert not _flown("وشن 6 غارات على تجمع للمسلحين في مديرية المتون، وقصف الجيش أهدافا أخرى في الحزم.",
                      "وقصف")


def test_a_ground_force_after_the_verb_keeps_its_own_shelling():
    # the aircraft are another clause's; the forces named after the verb bombarded
    events = _events("شنت الطائرات غارات على مواقع التنظيم في الرقة، فيما قصف الجيش مواقع في دير الزور.")
    assert ("Shelling/artillery/missile attack", "Military Forces of Syria (2000-)") in events


def test_a_bombardment_by_an_agent_phrase_is_not_the_aircraft_before_it():
    events = _events("ألقى الطيران المروحي براميل متفجرة على بلدة اللطامنة، عقبه قصف من قبل قوات النظام "
                     "على أماكن في بلدة كفرزيتا بريف حماة.")
    assert ("Air/drone strike", "Military Forces of Syria (2000-)") in events
    assert any(sub == "Shelling/artillery/missile attack" for sub, _ in events)


def test_missile_strikes_are_not_raids():
    # "ضربات" are also missile strikes: the targeting after them stays as typed before
    doc = extract_text("وأعلن التلفزيون الرسمي عن ضربات صاروخية استهدفت مطارا عسكريا قرب حمص.", published=DAY)
    assert all(e.sub_event_type != "Air/drone strike" for e in doc.events)


def test_helicopters_of_a_nationality_are_its_forces():
    events = _events("وقال متحدث باسم حاكم الولاية إن مروحيتين أمريكيتين هاجمتا نقطة تفتيش تابعة "
                     "للجيش الأفغاني في ولاية لوغار.")
    assert events == [("Air/drone strike", "Military Forces of the United States (2009-2017)")]


def test_plural_helicopters_with_a_nationality_strike_for_their_state():
    # (a foreign air force, not the state the strike is in)
    events = _events("وقتل أربعة مدنيين بعدما استهدفت مروحيات روسية بلدة كفرنبل في ريف إدلب.")
    assert events == [("Air/drone strike", "Military Forces of Russia (2000-)")]


def test_anti_aircraft_guns_and_a_brigade_are_no_aircraft_doer():
    # "مضادات الطيران" is a weapon against aircraft, and a brigade named before the verb is its doer
    assert not _flown("وردت الميليشيا بقصف الأحياء بقذائف الهاون ومضادات الطيران، وأن اللواء الثالث "
                      "قصف عددا من الأحياء في المدينة.", "قصف")


def test_an_attack_told_as_from_the_air_is_an_air_strike():
    doc = extract_text("أقرت القوات الأجنبية بمسؤوليتها عن الهجوم الجوي على نقطة تفتيش في ولاية لوجار.",
                       published=DAY)
    attack = next(t for t in doc.of_kind("trigger") if t.text == "الهجوم")
    assert attack.value.sub_event_type == "Air/drone strike"


def test_an_offensive_from_the_air_and_the_ground_is_no_air_strike():
    doc = extract_text("وبدأت القوات التركية هجوما جويا وبريا على مواقع المسلحين في عفرين.", published=DAY)
    attack = next(t for t in doc.of_kind("trigger") if t.text == "هجوما")
    assert attack.value.sub_event_type == "Armed clash"


def test_aircraft_an_earlier_verb_downed_are_no_doer():
    # the drone and the helicopter are what the fighters shot down; "قصفوا" agrees with the men
    events = _events("أسقط مسلحو حركة طالبان طائرة مسيرة أمريكية في ولاية قندهار وقصفوا بعدها قاعدة "
                     "للجيش الأفغاني في المنطقة.")
    assert ("Shelling/artillery/missile attack", "Taliban") in events
    assert all(sub != "Air/drone strike" for sub, _ in events)
    events = _events("أسقط مقاتلو المعارضة مروحية للنظام في ريف حماة وقصفوا بعدها مواقع لقوات النظام في المنطقة.")
    assert events and all(sub == "Shelling/artillery/missile attack" for sub, _ in events)
    # (the aircraft is the object of "أسقط" whatever the verb agrees with; right after such a
    # verb it is its subject)
    assert not _flown("أسقط مسلحو طالبان طائرة مسيرة في قندهار وقصفت بعدها قاعدة للجيش.", "وقصفت")
    assert _flown("استهدفت ثلاث مقاتلات تركية مقرا للتنظيم في الباب وقصفت بعدها مواقع أخرى.", "وقصفت")


def test_a_ground_weapon_after_the_bombardment_keeps_it_shelling():
    events = _events("استهدف مقاتلو داعش طائرة مروحية للجيش العراقي قرب بيجي وقصفوا بعد ذلك مواقع الجيش بالهاون.")
    assert ("Shelling/artillery/missile attack", "Islamic State (Iraq)") in events
    # (the same clause with no weapon named is the jets' air strike)
    text = "أقلعت أربع مقاتلات تركية من قاعدة في جنوب البلاد وقصفت بعد ذلك مقرين لعناصر داعش"
    assert _flown(text + ".", "وقصفت")
    assert not _flown(text + " بقذائف الهاون.", "وقصفت")


def test_a_bombardment_noun_after_aircraft_destroyed_on_the_ground_is_shelling():
    events = _events("دمر مسلحو تنظيم داعش ثلاث مروحيات في مطار كويرس العسكري بقصف مدرجات المطار.")
    assert events == [("Shelling/artillery/missile attack", "Islamic State (Syria)")]
