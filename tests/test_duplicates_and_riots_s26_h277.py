"""One incident coded twice, and crowds coded as fighters (session 26, H277).

- A storming told as the way of a detention before it ("اعتقلت القوات ثلاثة شبان خلال
  اقتحام منازلهم") is that arrest, not also a clash; a storming on its own is still one.
- A storming told with the demolition it came for ("اقتحمت الجرافات القرية وهدمتها"،
  "هدمت الجرافات المنشآت بعد اقتحام الجنود لها") is one demolition (property destruction).
- Tear-gas grenades, alone or beside stun grenades ("القنابل الصوتية والغازية"), are a
  force's means of dispersing a crowd, never a bombing; a stun grenade thrown by a
  stranger is still a grenade.
- Clashes whose only sides are a force and people read as civilians ("مواجهات بين الشبان
  وقوات الاحتلال") are a violent demonstration by rioters, not a battle.
- A suicide bombing is one blast: two sentences that tell it on one day in an area known
  only to its province, once with the police as its target and once with civilians, are
  one event (at a named town the sides must still agree: `test_dedupe_one_blast`).
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2016, 5, 12)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in marsad.extract(text, published=DAY).events]


def test_storming_during_a_detention_is_the_arrest():
    events = _events("واعتقلت قوات الاحتلال فجر أمس أربعة شبان خلال اقتحام منازلهم في بلدة عزون شرق قلقيلية.")
    assert [sub for sub, _, _ in events] == ["Arrests"]


def test_storming_alone_is_still_an_act():
    events = _events("اقتحم مسلحون مركز الشرطة في مدينة العريش أمس.")
    assert [sub for sub, _, _ in events] == ["Armed clash"]


def test_storming_that_demolishes_is_one_demolition():
    told_first = _events("اقتحمت جرافات الاحتلال أمس قرية الفارسية في الأغوار الشمالية، وهدمتها بالكامل.")
    assert [sub for sub, _, _ in told_first] == ["Looting/property destruction"]
    told_after = _events("هدمت الجرافات الإسرائيلية أمس 12 منشأة زراعية في الأغوار بعد اقتحام الجنود لها.")
    assert [sub for sub, _, _ in told_after] == ["Looting/property destruction"]


def test_tear_gas_and_stun_grenades_are_no_bombing_and_the_crowd_riots():
    events = _events(
        "واندلعت مساء الثلاثاء مواجهات عنيفة بين الشبان الفلسطينيين وقوات الاحتلال في بلدة العيسوية، "
        "أطلقت خلالها القنابل الصوتية والغازية تجاه المنازل.")
    assert events == [("Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel (2009-2021)")]


def test_stun_grenade_thrown_by_a_stranger_is_still_a_grenade():
    events = _events("ألقى مجهول قنبلة صوتية على مقر الحزب في مدينة البصرة فجر اليوم.")
    assert [sub for sub, _, _ in events] == ["Grenade"]


def test_one_suicide_bombing_read_with_two_victims_is_one_event():
    doc = marsad.extract(
        "أقدم انتحاري على تفجير نفسه في مسجد قوات الأمن الخاصة بمحافظة الأنبار، مساء اليوم الخميس.\n"
        "وقال متحدث أمني إنه أثناء أداء مجموعة من الجنود صلاة الظهر في مسجد مقر القوات بمحافظة الأنبار، "
        "حدث تفجير في جموع المصلين نتج عنه مقتل ثمانية من الجنود إضافة إلى اثنين من العاملين في الموقع.",
        published=DAY)
    bombings = [e for e in doc.events if e.sub_event_type == "Suicide bomb"]
    assert len(bombings) == 1 and bombings[0].fatalities == 10


def test_two_suicide_bombings_on_different_days_stay_two():
    doc = marsad.extract(
        "فجر انتحاري نفسه في سوق شعبي بمحافظة الأنبار يوم الاثنين، ما أسفر عن مقتل ستة مدنيين.\n"
        "وفي 20 نيسان الماضي، فجر انتحاري نفسه عند حاجز للشرطة بمحافظة الأنبار، ما أدى إلى مقتل ثلاثة من عناصرها.",
        published=DAY)
    assert len([e for e in doc.events if e.sub_event_type == "Suicide bomb"]) == 2


def test_a_clash_with_weapons_between_a_force_and_residents_is_no_riot():
    """Review cr1 #5: a clash told with arms, or an armed civilian side, stays a battle."""
    for text in ("دارت اشتباكات بالأسلحة الخفيفة والمتوسطة بين الجيش والسكان في حي الشيخ مقصود اليوم وقتل فيها شخصان.",
                 "اندلعت اشتباكات بالرصاص الحي بين قوات الأمن وأهالي بلدة الصنمين اليوم، ما أدى إلى مقتل 3 من الأهالي."):
        events = [(e.event_type, e.sub_event_type) for e in marsad.extract(text, published=dt.date(2018, 7, 20)).events]
        assert events == [("Battles", "Armed clash")], text


def test_a_force_firing_on_youths_in_confrontations_is_still_a_riot():
    events = _events("اندلعت مواجهات بين الشبان وقوات الاحتلال في بلدة بيتا أمس أطلق خلالها الجنود الرصاص الحي والمعدني.")
    assert [sub for sub, _, _ in events] == ["Violent demonstration"]


def test_a_second_suicide_bombing_told_with_kama_stays_a_second_event():
    """Review cr1 #2: "كما فجر انتحاري نفسه" (or "انتحاري آخر"، two different tolls) tells another bombing."""
    for text in ("فجر انتحاري نفسه في سوق في محافظة ديالى اليوم وقتل 8 مدنيين.\n"
                 "كما فجر انتحاري نفسه وسط تجمع لقوات الحشد الشعبي في محافظة ديالى ما أدى إلى مقتل 5 من عناصره.",
                 "فجر انتحاري نفسه في سوق في محافظة ديالى اليوم.\n"
                 "وفجر انتحاري آخر نفسه وسط تجمع لقوات الحشد الشعبي في محافظة ديالى."):
        doc = marsad.extract(text, published=dt.date(2018, 7, 20))
        assert len([e for e in doc.events if e.sub_event_type == "Suicide bomb"]) == 2, text
    doc = marsad.extract("فجر انتحاري نفسه في سوق في محافظة ديالى اليوم وقتل 8 مدنيين.\n"
                         "كما فجر انتحاري نفسه وسط تجمع لقوات الحشد الشعبي في محافظة ديالى ما أدى إلى مقتل 5 من عناصره.",
                         published=dt.date(2018, 7, 20))
    assert sorted(e.fatalities for e in doc.events) == [5, 8]
