"""Fighters and officers told by a plain noun are no civilians, and the side that only reports
or is hit is no attacker: members named by belonging, takfiri leaders, men bearing arms, an
officer named by his rank in a force, a speaker quoted with witnesses, an act noun whose
pronoun already names its author."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2016, 3, 20)


def _events(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.actor1, e.actor2, e.event_type) for e in doc.events]


def test_people_told_as_members_of_a_group_are_that_group():
    events = _events("اعتقلت الشرطة التركية أمس في مدينة أنقرة 40 شخصا من المنتمين إلى تنظيم داعش.")
    assert [(e[1], e[2]) for e in events] == [("Police Forces of Turkey (2002-2016)", "Islamic State (Turkey)")]


def test_people_told_as_belonging_with_a_glued_preposition():
    events = _events("اعتقلت الشرطة التركية أمس في مدينة أضنة 12 شخصا ينتمون لحزب العمال الكردستاني.")
    assert [e[2] for e in events] == ["PKK - Kurdistan Workers' Party"]


def test_takfiri_leaders_arrested_are_no_civilians():
    events = _events("أعلن الجيش المصري أمس القبض على خمسة من القيادات التكفيرية في مدينة العريش.")
    assert [(e[0], e[2]) for e in events] == [("Arrests", "Unidentified Armed Group (Egypt)")]


def test_men_bearing_explosive_belts_killed_by_a_force_are_armed_men():
    events = _events("قتلت القوات الأمنية العراقية أمس أربعة أشخاص يرتدون أحزمة ناسفة قرب مدينة الفلوجة.")
    assert [(e[3], e[1], e[2]) for e in events] == [
        ("Battles", "Military Forces of Iraq (2014-2018)", "Unidentified Armed Group (Iraq)")]


def test_men_bearing_the_belts_are_the_bombers_not_the_side_hit():
    events = _events("قتل خمسة أشخاص يحملون أحزمة ناسفة أمس أثناء محاولتهم الهجوم على القوات الأمنية العراقية "
                     "قرب مدينة الفلوجة.")
    assert [(e[1], e[2]) for e in events] == [
        ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2014-2018)")]


def test_people_with_no_arms_told_stay_civilians():
    events = _events("قتلت القوات الأمنية العراقية أمس أربعة أشخاص يحملون الجنسية السورية قرب مدينة الفلوجة.")
    assert all(e[2] == "Civilians (Iraq)" for e in events)


def test_an_officer_named_by_rank_in_the_army_is_the_one_hit():
    events = _events("قال مسؤولون إن ضابطا كبيرا في الجيش العراقي قتل أمس في هجوم صاروخي على سيارته في بغداد.")
    assert [(e[1], e[2]) for e in events] == [("Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2014-2018)")]


def test_police_quoted_with_witnesses_did_not_fire():
    events = _events("وقالت الشرطة وشهود عيان إن سيارة النائب أصيبت في هجوم صاروخي في مدينة الموصل اليوم.")
    assert [e[1] for e in events] == ["Unidentified Armed Group (Iraq)"]


def test_an_act_noun_with_its_pronoun_has_the_side_after_it_as_object():
    events = _events("واصلت فصائل المقاومة الفلسطينية أمس استهدافها قوات الاحتلال المتوغلة في خان يونس.")
    assert [(e[3], e[1], e[2]) for e in events] == [
        ("Battles", "Palestinian Resistance Factions", "Military Forces of Israel (2009-2021)")]


def test_a_bare_act_noun_keeps_the_side_after_it_as_author():
    events = _events("أعلنت وزارة الصحة في غزة أمس استشهاد ثلاثة مدنيين جراء قصف قوات الاحتلال منزلا في خان يونس.")
    assert [e[1] for e in events] == ["Military Forces of Israel (2009-2021)"]


def test_the_turkish_marxist_front_by_its_long_name():
    events = _events("اشتبكت الشرطة التركية أمس في إسطنبول مع مسلحين من الجبهة الثورية لتحرير الشعب.")
    assert [e[2] for e in events] == ["DHKP-C - Revolutionary People's Liberation Party-Front"]


def test_a_country_a_deal_was_reached_with_is_its_other_party():
    events = _events("وصلت الحافلات إلى مدينة الباب التي تسيطر عليها القوات التركية. وكانت المعارضة السورية توصلت "
                     "إلى اتفاق مع روسيا أمس لإجلاء المقاتلين من مدينة الرستن.")
    deals = [e for e in events if e[0] == "Agreement"]
    assert deals and all("Russia" in (e[1] or "") + (e[2] or "") for e in deals)
    assert not any("Turkey" in (e[1] or "") + (e[2] or "") for e in deals)


def test_members_killed_in_a_group_are_not_its_attackers():
    events = _events("قتلت الشرطة التركية أمس في إسطنبول عضوين في حزب العمال الكردستاني خلال تبادل لإطلاق النار.")
    assert [(e[1], e[2]) for e in events] == [("Police Forces of Turkey (2002-2016)", "PKK - Kurdistan Workers' Party")]


def test_police_telling_who_fell_in_an_air_strike_did_not_fly_it():
    events = _events("وقالت الشرطة العراقية إن قياديين في تنظيم داعش قتلا في غارة جوية قرب الموصل.")
    assert events and all(not (e[1] or "").startswith("Police") for e in events)
