"""The second side (actor2) of an act: the people a report tells were killed are no part of
its source; the force a coalition backs is never the side its strikes hit; a warship of a
nationality is that state's navy, hit where it is targeted, and its marines are its forces, not
the army of the country they are in; a ground clash with no foe named was not fought by the
aircraft that strike in the story's other sentences."""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.pipeline import extract_text


def _sides(text: str, day: dt.date) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in marsad.extract(text, published=day).events]


_REPORTED_KILLING = ("وقالت مصادر ميدانية إن فصائل المعارضة تتصدى لهجوم قوات النظام في ريف إدلب. "
                     "وأفادت تقارير بقتل 12 مدنيا بسبب غارات شنتها قوات النظام على بلدة كفرنبل.")


def test_the_killing_a_report_tells_of_ends_the_reporters_phrase():
    doc = extract_text(_REPORTED_KILLING, published=dt.date(2018, 3, 5))
    assert "تقارير" in [doc.text[m.start:m.end] for m in doc.of_kind("source")]


def test_civilians_killed_in_reported_strikes_are_the_side_hit():
    strikes = [s for s in _sides(_REPORTED_KILLING, dt.date(2018, 3, 5)) if s[0] == "Air/drone strike"]
    assert strikes and strikes[0][2] == "Civilians (Syria)"


def test_coalition_strikes_do_not_hit_the_force_they_back():
    text = ("تواصل قوات سوريا الديمقراطية هجومها على آخر جيب لتنظيم داعش في ريف دير الزور. وقتل 20 عنصرا "
            "من قوات سوريا الديمقراطية في المعارك، كما قتل 30 متشددا في غارات للتحالف الدولي.")
    strikes = [s for s in _sides(text, dt.date(2018, 10, 13)) if s[0] == "Air/drone strike"]
    assert strikes and strikes[0][2] != "Syrian Democratic Forces"


def test_a_targeted_warship_of_a_nationality_is_that_states_forces():
    sides = _sides("أعلن الحوثيون استهداف بارجة سعودية بصاروخ قبالة سواحل الحديدة.", dt.date(2018, 7, 26))
    assert sides and sides[0][1] == "Ansar Allah (Houthis)"
    assert sides[0][2] == "Military Forces of Saudi Arabia (2015-)"


def test_a_firing_frigate_is_its_states_forces():
    sides = _sides("قصفت فرقاطة فرنسية مواقع لتنظيم داعش قرب مدينة سرت الليبية.", dt.date(2018, 7, 26))
    assert sides and sides[0][1].startswith("Military Forces of France")


def test_a_ground_clash_with_no_foe_named_is_not_the_air_powers():
    text = ("هاجم الحوثيون مواقع في مديرية صرواح غربي محافظة مأرب ليلا. وشن طيران التحالف غارات على "
            "مواقع للحوثيين في الجوف، كما شن طيران التحالف غارات على صعدة. وتقدمت المقاومة الشعبية في جبهة صرواح.")
    clash = [s for s in _sides(text, dt.date(2015, 8, 3)) if s[0] == "Armed clash"]
    assert clash and clash[0][1] == "Ansar Allah (Houthis)"
    assert clash[0][2] == "Popular Resistance (Yemen)"


def test_the_marines_of_a_nationality_are_that_states_forces_not_the_local_army():
    sides = _sides("قصف مسلحون ثكنة قوات مشاة البحرية الأميركية في بيروت ما أدى إلى مقتل 241 جنديا.",
                   dt.date(2012, 10, 24))
    assert sides and sides[0][2].startswith("Military Forces of the United States")
