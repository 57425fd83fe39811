"""Sides read from reporters, tribes, device owners, backers and countries named before the verb.

Each sentence is invented in the style of the news the classes of phrasing were
seen in: a reporter (a capital, a force's own outlet, a force that only tells
of a strike) is no side; a tribe's fighting men are an identity militia; an
adjective on the device names who laid it; "المدعومة من X" after a force gives
X as its backer; "إن إسرائيل هي التي شنت الهجوم" names the author.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 6, 12)


def _events(text: str):
    return marsad.extract(text, published=DAY).events


def test_capital_speaking_of_an_attack_is_not_its_author():
    events = _events("وقالت أنقرة إن الهجوم الذي وقع فجر الأحد أسفر عن مقتل خمسة أشخاص في بلدة عفرين.")
    assert events and all("Turkey" not in (e.actor1 or "") for e in events)


def test_force_owning_the_outlet_that_reports_strikes_did_not_fly_them():
    text = "وقال موقع الجيش اليمني إن غارات استهدفت مواقع للحوثيين في مديرية صرواح بمحافظة مأرب."
    events = _events(text)
    assert [(e.actor1, e.actor2) for e in events] == [("Military Forces of Saudi Arabia (2015-)", "Ansar Allah (Houthis)")]


def test_state_force_that_only_reports_an_air_strike_does_not_fly_it():
    events = _events("وقالت الشرطة العراقية إن قياديا في تنظيم داعش قتل في غارة جوية قرب الموصل.")
    assert events and all(not (e.actor1 or "").startswith("Police Forces of Iraq") for e in events)


def test_a_named_tribes_men_are_an_identity_militia():
    events = _events("اندلعت اشتباكات عنيفة بين مسلحين حوثيين ورجال قبيلة في مديرية رداع بمحافظة البيضاء.")
    assert events and {e.inter1 for e in events} | {e.inter2 for e in events} == {2, 4}


def test_adjective_on_the_device_names_who_laid_it():
    events = _events("قتل مدنيان في انفجار العبوة الحوثية على طريق في مديرية حيس بمحافظة الحديدة.")
    assert [(e.actor1, e.inter2) for e in events] == [("Ansar Allah (Houthis)", 7)]


def test_speaker_named_after_rank_and_commas_is_one_source():
    doc = marsad.extract("وقال العقيد في الجيش العراقي، أحمد الجبوري، إن مسلحين هاجموا نقطة تفتيش قرب كركوك.",
                         published=DAY)
    assert [s.text for s in doc.of_kind("source")] == ["العقيد في الجيش العراقي، أحمد الجبوري"]
    assert all(m.attrs["in_source"] for m in doc.of_kind("actor") if "الجيش" in m.text)


def test_definite_backing_participle_gives_the_backer():
    events = _events("سيطرت القوات اليمنية المدعومة من التحالف على مديرية حيس جنوبي الحديدة.")
    assert [(e.actor1, e.assoc_actor_1) for e in events] == [
        ("Military Forces of Yemen (2012-2022)", "Military Forces of Saudi Arabia (2015-)")]


def test_backer_of_an_unnamed_force_does_not_back_the_attacker():
    events = _events("هاجم مسلحو داعش مواقع القوات المدعومة من التحالف الدولي في ريف دير الزور.")
    assert events and all(e.assoc_actor_1 is None for e in events)


def test_country_named_before_the_launching_verb_is_the_author():
    events = _events("وقالت دمشق إن إسرائيل هي التي شنت الهجوم الذي أسفر عن مقتل 14 شخصا في مطار عسكري بريف حمص.")
    assert events and events[0].actor1 == "Military Forces of Israel (2009-2021)"


def test_actor_after_a_trigger_ending_in_a_target_preposition_is_not_its_author():
    events = _events("أطلق مسلحون النار على استعراض عسكري في مدينة الأهواز، ما أسفر عن مقتل 20 شخصا.")
    assert events and events[0].inter1 == 3


def test_catalogue_names_seen_in_review():
    """AFRICOM, Yemen's "legitimate forces", an ISIS member's nisba, and Iran's militias in Yemen."""
    cases = [
        ("كما شن \"الأفريكوم\" غارات على مواقع لتنظيم داعش قرب مدينة أوباري جنوب ليبيا.",
         "Military Forces of the United States (2017-2021)"),
        ("حققت القوات الشرعية تقدما على الحوثيين في مديرية حيس بمحافظة الحديدة بعد مواجهات عنيفة.",
         "Military Forces of Yemen (2012-2022)"),
        ("وشنت الميليشيات الموالية لإيران حملة خطف تستهدف أبناء قبيلة في مديرية بيت الفقيه بالحديدة.",
         "Ansar Allah (Houthis)"),
        ("هاجم داعشي بسكين مارة في سوق بمدينة ليون الفرنسية ما أسفر عن مقتل شخص.", "Islamic State (France)"),
    ]
    for text, actor1 in cases:
        assert [e.actor1 for e in _events(text)][:1] == [actor1], text


def test_group_the_detained_are_charged_with_siding_with_is_no_side():
    text = "وخطفت الميليشيات الحوثية العشرات من أبناء قبيلة في مديرية بيت الفقيه، وزجت بهم في سجونها بتهمة موالاة المقاومة."
    events = _events(text)
    assert events and all(e.inter2 == 7 for e in events)


def test_counter_terrorism_unit_whose_headquarters_were_hit_is_the_target():
    events = _events("أعلن تنظيم داعش مسؤوليته عن هجوم استهدف مقار وحدة لمكافحة الإرهاب في مدينة عدن.")
    assert [(e.actor1, e.inter2) for e in events] == [("Islamic State (Yemen)", 1)]


def test_brigade_named_by_border_duty_is_a_state_force():
    events = _events("وتمكنت قوات من اللواء التاسع حرس حدود من تحرير عدة مواقع قرب مديرية الحشوة شرق صعدة.")
    assert events and events[0].inter1 == 1


def test_state_flying_the_unattributed_strikes_does_not_strike_its_own_militia():
    events = _events("أفاد ناشطون بمقتل 30 من المقاتلين الموالين للنظام في ضربة جوية قرب مدينة البوكمال شرق سوريا.")
    assert events and all(e.actor1 != "Military Forces of Syria (2000-)" for e in events)
    civilians = _events("قتل 5 مدنيين في غارات جوية على بلدة كفرنبل في ريف إدلب.")
    assert [e.actor1 for e in civilians] == ["Military Forces of Syria (2000-)"]
