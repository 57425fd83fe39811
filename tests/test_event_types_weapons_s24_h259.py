"""The weapon decides the sub-type of a real act (session 24, H259).

- A tank or a gun that opened fire ("فتحت دبابة النار على موقع") fired shells: a shelling,
  not a gunfight; soldiers who open fire stay an attack or a clash.
- Targeting done by "the missile attacks" right before it ("نفذ الحزب الهجمات الصاروخية
  استهدفت ...") is a missile attack, though the definite plural alone names no new act; a
  missile adjective of another act further back types nothing.
- Missiles listed among spoils or weapons blown up ("وتم اغتنام دبابتين وقاعدتي صواريخ"،
  "وتفجير عبوات ناسفة وسيارات مفخخة وصواريخ") are no launch: the gain of ground told in the
  sentence keeps its type.
- Stores of mines a side found ("كشفت المقاومة عن عثورها على مخازن للألغام") are a
  disrupted weapons use, not a blast; nor are "quantities of mines" in such stores, or
  mines "that were seized" ("الألغام التي تم ضبطها").
- Deaths told right before the breaking up of a sit-in ("قتل العشرات عندما فضت قوات الأمن
  اعتصاما") are excessive force against protesters, not a battle with "the opposition"
  beside a protest met with intervention; a killing charged against a crowd after the words
  of its dispersal ("المكلفة بفض التجمهر، والشروع في القتل العمد") is no such event.
- An offensive launched "to impose its control" ("شنت القوات هجوما لبسط سيطرتها على ...") is
  an armed clash: the control is its aim, not ground taken that day; control imposed
  ("بسطت القوات سيطرتها على البلدة") is still regained territory.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 5, 23)


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.event_type, e.sub_event_type, e.actor1)
            for e in marsad.extract(text, published=DAY).events]


SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_a_tank_that_opened_fire_shelled():
    events = _events("وكانت دبابة إسرائيلية أطلقت النار صباح الثلاثاء على نقطة رصد لحماس شرق مدينة رفح.")
    assert [e[:2] for e in events] == [SHELLING]


def test_soldiers_who_opened_fire_did_not_shell():
    events = _events("أطلق جنود الاحتلال النار على شاب قرب الحاجز في نابلس أمس.")
    assert events and all(e[:2] != SHELLING for e in events)


def test_targeting_by_the_missile_attacks_before_it_is_a_missile_attack():
    events = _events("ونفذ حزب الله أمس سلسلة من الهجمات الصاروخية استهدفت مستوطنات في الجليل الأعلى.")
    assert [e[:3] for e in events] == [(*SHELLING, "Hezbollah")]


def test_a_missile_adjective_of_another_act_does_not_type_a_targeting():
    events = _events("وقصفت قوات النظام أحياء مدينة درعا أمس بقصف مدفعي وصاروخي عنيف، بينما ردت فصائل "
                     "المعارضة باستهداف مواقع قوات النظام في المدينة.")
    rebels = [e for e in events if e[2] == "Opposition Rebels (Syria)"]
    assert rebels and all(e[:2] != SHELLING for e in rebels)


def test_missiles_among_spoils_are_no_launch():
    events = _events("وهاجم تنظيم داعش أمس حواجز لقوات النظام قرب تدمر وتمكن من السيطرة على قرية المزرعة، "
                     "وتم اغتنام دبابة وعربة مصفحة وقاعدتي صواريخ موجهة.")
    assert [e[:2] for e in events] == [("Battles", "Non-state actor overtakes territory")]


def test_missiles_blown_up_in_a_list_are_no_launch():
    events = _events("وأعلن الجيش العراقي أمس مقتل عشرة من عناصر داعش في الأنبار وتفجير عبوات ناسفة وسيارات "
                     "مفخخة وصواريخ تركها التنظيم.")
    assert all(e[:2] != SHELLING for e in events)


def test_missiles_fired_are_still_a_launch():
    events = _events("وأطلق مسلحون مجهولون أمس ثلاثة صواريخ على قاعدة عسكرية قرب مدينة الرمادي.")
    assert [e[:2] for e in events] == [SHELLING]


def test_stores_of_mines_found_are_disrupted_weapons_use():
    events = _events("وكشفت المقاومة الشعبية أمس عن عثورها على مخازن للألغام في جبل صبر تضم كميات كبيرة من "
                     "الألغام الأرضية، وأوضحت أن الألغام التي تم ضبطها كانت معدة لتفخيخ الطرق.")
    assert [e[:2] for e in events] == [("Strategic developments", "Disrupted weapons use")]


def test_a_mine_that_went_off_is_still_a_blast():
    events = _events("وقتل ثلاثة مدنيين أمس بانفجار لغم أرضي زرعه الحوثيون في طريق قرب مدينة تعز.")
    assert [e[:2] for e in events] == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_deaths_when_a_sit_in_was_broken_up_are_excessive_force():
    events = _events("وقتل العشرات عندما فضت قوات الأمن اعتصاما للمعارضة في ميدان التحرير بالقاهرة أمس.")
    assert [e[:2] for e in events] == [("Protests", "Excessive force against protesters")]


def test_a_killing_charged_after_a_dispersal_is_no_excessive_force():
    events = _events("وأسندت النيابة إلى المتهمين تدبير تجمهر في الميدان والاعتداء على قوات الشرطة المكلفة "
                     "بفض التجمهر، والشروع في القتل العمد.")
    assert all(e[1] != "Excessive force against protesters" for e in events)


def test_an_offensive_to_impose_control_is_a_clash():
    events = _events("وشنت القوات السورية أمس هجوما واسعا على ريف درعا الشرقي لبسط سيطرتها على مناطق الفصائل.")
    assert [e[:2] for e in events] == [("Battles", "Armed clash")]


def test_control_imposed_is_still_territory_regained():
    events = _events("وبسطت القوات السورية أمس سيطرتها على بلدة بصرى الشام في ريف درعا الشرقي.")
    assert [e[:2] for e in events] == [("Battles", "Government regains territory")]
