"""Protests met with force, and protests that are no demonstration (session 30, H327).

- A killing by a force's fire told "during clashes" with a crowd ("مقتل 4 فلسطينيين برصاص
  الجيش ... خلال مواجهات على الحدود") is Excessive force against protesters, the crowd as
  actor1 and the force as actor2: the riot read only from the clash word
  (`dedupe.protest_clash_patterns`) yields to it; a riot told by the crowd's own act keeps
  its rank.
- A unit named as the owner of a border by its side ("على الحدود الشرقية لقطاع غزة") is the
  scene, in a story led by another country too (`border_of_words`, `border_sides`), and a
  killing told before the clash it happened in ("خلال مواجهات", `setting_words`) takes it.
- A state that "lodges" a protest ("تتقدم باحتجاج") hands over a diplomatic note: no
  demonstration.
"""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.document import Document, Mention
from marsad.stages import geocode

DAY = dt.date(2018, 10, 12)
ISRAEL = "Military Forces of Israel (2009-2021)"
US_LEAD = ("قال الرئيس الأمريكي دونالد ترامب في تجمع انتخابي بولاية ميسيسبي إن على الدول التي تحميها "
           "الولايات المتحدة أن تدفع مقابل ذلك.\n")
BORDER_DEATHS = ("أعلنت وزارة الصحة الفلسطينية، الجمعة، مقتل 4 فلسطينيين وإصابة 90 آخرين برصاص الجيش "
                 "الإسرائيلي، مشيرة إلى أن \"بينهم طفلا بحالة خطرة\"، وذلك خلال مواجهات على الحدود الشرقية "
                 "لقطاع غزة.")


def _events(text: str) -> list[tuple[str, str, str | None, str | None, str | None, int]]:
    return [(e.event_type, e.sub_event_type, e.actor1, e.actor2, e.location, e.fatalities)
            for e in marsad.extract(text, published=DAY).events]


def test_deaths_by_fire_during_border_clashes_are_excessive_force_on_protesters():
    events = _events(BORDER_DEATHS)
    assert ("Protests", "Excessive force against protesters", "Protesters (Palestine)", ISRAEL,
            "Gaza Strip", 4) in events
    assert not [e for e in events if e[0] == "Riots"]


def test_the_border_owner_places_the_deaths_in_a_story_led_by_another_country():
    events = _events(US_LEAD + BORDER_DEATHS)
    assert events == [("Protests", "Excessive force against protesters", "Protesters (Palestine)", ISRAEL,
                       "Gaza Strip", 4)]


def test_a_riot_told_by_the_crowds_own_act_keeps_its_rank():
    events = _events("أحرق محتجون غاضبون مركزا للشرطة في مدينة البصرة مساء الجمعة، وقتل متظاهر برصاص "
                     "قوات الأمن خلال المواجهات.")
    assert [e[:2] for e in events] == [("Riots", "Violent demonstration")]


def _place(doc: Document, name: str) -> Mention:
    return next(m for m in doc.of_kind("place") if m.text == name)


def test_border_owner_needs_the_side_and_not_the_far_side():
    doc = marsad.extract("وقعت مواجهات على الحدود الشرقية لقطاع غزة.", published=DAY)
    assert geocode._border_owner(doc, _place(doc, "قطاع غزة"))
    doc = marsad.extract("وقعت مواجهات على الحدود مع قطاع غزة.", published=DAY)
    assert not geocode._border_owner(doc, _place(doc, "قطاع غزة"))


def test_a_state_lodging_a_protest_is_no_demonstration():
    assert _events("وقال البيان إن \"باكستان تتقدم باحتجاج على هذا الخرق لوقف إطلاق النار في كشمير\".") == []
    assert _events("وقدمت الحكومة احتجاجا على القصف الذي طال قرى حدودية.") == []
    # a crowd that protested is still a demonstration
    assert [e[:2] for e in _events("وتظاهر مئات الطلاب في عمان، الخميس، احتجاجا على رفع الأسعار.")] == [
        ("Protests", "Peaceful protest")]


def test_a_setting_after_a_comma_and_a_second_act_is_that_acts_own():
    # "، كما قتل ... خلال اشتباكات في اللطامنة": the clash's town is not the bombing's.
    events = _events("قتل جندي سوري في انفجار عبوة ناسفة بدورية للجيش، كما قتل 10 مسلحين خلال اشتباكات "
                     "في مدينة اللطامنة بريف حماة.")
    blasts = [e for e in events if e[1] == "Remote explosive/landmine/IED"]
    assert blasts and blasts[0][4] != "Al Lataminah" and blasts[0][5] == 1
    assert any(e[1] == "Armed clash" and e[4] == "Al Lataminah" and e[5] == 10 for e in events)


def test_a_crowd_that_lodges_its_protest_still_protests():
    # (code review s30: the plural "تقدموا باحتجاج" is the crowd's own)
    text = ("نظم عشرات الصحفيين وقفة أمام نقابتهم في مدينة صنعاء، وتقدموا باحتجاج إلى الأمم المتحدة "
            "على اعتقال زملائهم.")
    assert any(e[0] == "Protests" for e in _events(text))
