"""Sides read from lone gunmen, air cover, the coalition's other name, a state's own
police, a country that answers with fire or strikes with its allies, and groups named
near a bombing.

Each sentence is invented in the style of the 2015 Saudi news the classes of
phrasing were seen in: the police that report a gunman are not the gunman; air
cover backs the ground force and is not hit; "الائتلاف الدولي" is the coalition;
Israel's government speaking of "وحدة في الشرطة" means its own police; "وردت
إسرائيل بإطلاق النار" names Israel's forces; a group that launched attacks
"including" a bombing, or is blamed for it, is not the bombing's victim.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2015, 8, 10)


def _events(text: str):
    return marsad.extract(text, published=DAY).events


def test_police_that_report_a_lone_gunman_are_not_the_gunman():
    text = "قالت الشرطة الأمريكية إن مسلحا أطلق النار على رواد مطعم في مدينة دالاس أمس فقتل ثلاثة أشخاص قبل أن ينتحر."
    events = _events(text)
    assert events and all(e.inter1 == 3 and "Police" not in (e.actor1 or "") for e in events)


def test_a_bare_gunman_count_still_belongs_to_its_group():
    events = _events("قتلت قوات الجيش العراقي 11 مسلحا من تنظيم داعش في اشتباكات قرب مدينة بعقوبة أمس.")
    assert events and events[0].actor2 == "Islamic State (Iraq)"


def test_air_cover_backs_the_ground_force_and_is_not_its_target():
    text = "سيطرت المقاومة الشعبية على مدينة الحوطة في محافظة لحج أمس تحت غطاء جوي من طيران التحالف العربي."
    takeover = [e for e in _events(text) if e.event_type == "Battles"]
    assert takeover and takeover[0].assoc_actor_1 == "Military Forces of Saudi Arabia (2015-)"
    assert takeover[0].actor2 != "Military Forces of Saudi Arabia (2015-)"


def test_al_itilaf_al_dawli_is_the_global_coalition():
    text = "نفذ الائتلاف الدولي بقيادة أميركية أمس 17 غارة جوية استهدفت مواقع لتنظيم داعش في محافظة دير الزور."
    events = _events(text)
    assert [(e.actor1, e.inter1) for e in events] == [("Global Coalition Against Daesh", 8)]


def test_the_syrian_national_coalition_is_no_coalition_of_states():
    text = "قال الائتلاف الوطني السوري إن قوات النظام قصفت بلدة كفرنبل أمس فقتلت ثلاثة مدنيين."
    assert all(e.actor1 == "Military Forces of Syria (2000-)" for e in _events(text))


def test_occupying_states_government_speaks_of_its_own_police():
    text = "أعلنت الحكومة الإسرائيلية أن وحدة خاصة في الشرطة اعتقلت أمس ثلاثة شبان في مدينة الخليل."
    events = _events(text)
    assert events and events[0].actor1 == "Police Forces of Israel (2009-2021)"


def test_gaza_interior_ministry_still_speaks_of_palestinian_police():
    text = "قالت وزارة الداخلية في غزة إن الشرطة اعتقلت أمس خمسة مشتبهين في مدينة خان يونس."
    events = _events(text)
    assert events and events[0].actor1.startswith("Police Forces of Palestine")


def test_a_country_that_answers_with_fire_acted_through_its_forces():
    text = ("شاركت آلاف الفلسطينيات الثلاثاء في مسيرة شرق غزة. "
            "وردت إسرائيل بإطلاق النار والغاز المسيل للدموع على المتظاهرات ما أسفر عن إصابة العشرات منهن.")
    force = [e for e in _events(text) if e.sub_event_type != "Peaceful protest"]
    assert force and force[0].actor2 == "Military Forces of Israel (2009-2021)"


def test_group_whose_attacks_included_a_bombing_is_not_its_victim():
    text = "وشن تنظيم داعش هجمات في منطقة الخليج من بينها تفجير مسجد في الكويت الشهر الماضي أدى إلى مقتل 27 مصليا."
    events = _events(text)
    assert events and all(e.actor2 != "Islamic State (Kuwait)" and (e.inter2 != 2) for e in events)


def test_group_whose_fighters_met_at_the_blast_is_still_hit():
    text = "قال مسؤولون إن انفجارا وقع خلال لقاء بين مقاتلين من حركة طالبان ومسؤولي أمن أفغان في إقليم ننكرهار السبت."
    events = _events(text)
    assert events and events[0].actor2 == "Taliban"


def test_a_country_and_its_allies_that_carried_out_strikes_lead_them():
    text = "وأعلنت القيادة المشتركة أمس أن الولايات المتحدة وحلفاءها نفذوا 17 ضربة جوية ضد تنظيم داعش في مدينة دير الزور."
    events = _events(text)
    assert [e.actor1 for e in events] == ["Military Forces of the United States (2009-2017)"]
