"""Actor1 on the wrong side: the side hit, held or driven out is not the author (session 30, H329).

- Fire told as coming "من داخل الأراضي اليمنية" (a land noun and a country's adjective, after
  "داخل") came from that country's launchers, as "من اليمن" does; a weapon's adjective
  ("مقذوف عسكري") may stand between the weapon and "من".  It is not an unidentified group of
  the country it fell in.
- A group named as the object of an arrest ("إلقاء القبض على ستة من مليشيات ...") was held:
  it is actor2, and the state force the sentence's source belongs to made the arrest, even
  where the group makes arrests of its own elsewhere.
"""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.knowledge.actors import load_catalogue, validate_catalogue

HOUTHIS = "Ansar Allah (Houthis)"


def _events(text: str, day: dt.date):
    return marsad.extract(text, published=day).events


def test_fire_from_inside_a_land_named_by_its_adjective_is_that_countrys_launchers():
    text = ("قال متحدث أمني إن دورية لحرس الحدود في قطاع الطوال بمنطقة جازان تعرضت أمس لمقذوف "
            "عسكري من داخل الأراضي اليمنية، مما أدى إلى مقتل أحد أفرادها.")
    fire = [e for e in _events(text, dt.date(2015, 8, 1)) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert fire and fire[0].actor1 == HOUTHIS


def test_a_missile_fired_from_a_country_named_plainly_keeps_that_reading():
    text = "أعلن الجيش السعودي اعتراض صاروخ باليستي أطلق من اليمن باتجاه مدينة نجران أمس."
    events = _events(text, dt.date(2018, 3, 31))
    assert all(e.actor1 != "Unidentified Armed Group (Saudi Arabia)" for e in events)


def test_a_group_held_by_the_arrest_is_not_the_arrester():
    text = ("أكدت مصادر ميدانية في الجيش الوطني بمحافظة الضالع إلقاء القبض على ستة من مليشيات "
            "الانقلاب أثناء محاولتهم التسلل إلى المدينة أمس.")
    arrests = [e for e in _events(text, dt.date(2015, 7, 31)) if e.sub_event_type == "Arrests"]
    assert arrests
    assert arrests[0].actor1 != HOUTHIS and arrests[0].actor2 == HOUTHIS


def test_a_group_that_arrests_keeps_its_arrest():
    text = "واختطف مسلحو الحوثي أمس صحفيا في مدينة الحديدة واقتادوه إلى جهة مجهولة."
    held = [e for e in _events(text, dt.date(2018, 6, 1)) if e.event_type == "Strategic developments"
            or e.sub_event_type == "Abduction/forced disappearance"]
    assert held and held[0].actor1 == HOUTHIS


def test_the_new_lexicon_lists_are_validated():
    lexicon = load_catalogue().lexicon
    assert lexicon["held_by_arrest"]["cues"]
    assert lexicon["launch_origin"]["lands"] and lexicon["launch_origin"]["inside"]
    assert not [p for p in validate_catalogue() if "launch_origin" in p or "held_by_arrest" in p]


def test_a_passive_arrest_naming_its_agent_keeps_the_agent_as_arrester():
    # (code review s30: "من قبل"/"على يد" + group names the arrester)
    for text in ("قال مصدر في نقابة الصحفيين إنه تم اعتقال صحفي من قبل الحوثيين في مدينة الحديدة أمس.",
                 "جرى اعتقال الناشط الحقوقي على يد مسلحي الحوثي في مدينة إب، وفق مصادر محلية."):
        arrests = [e for e in _events(text, dt.date(2018, 6, 1)) if e.sub_event_type == "Arrests"]
        assert arrests and arrests[0].actor1 == HOUTHIS and arrests[0].actor2 != HOUTHIS


def test_a_background_arrest_of_a_groups_man_leaves_the_groups_own_act():
    text = ("قال الجيش الوطني إن مليشيا الحوثي اختطفت مدنيين في مديرية صرواح، بعد القبض على أحد عناصر "
            "الحوثي هناك أمس.")
    events = [e for e in _events(text, dt.date(2019, 5, 20)) if e.event_type == "Strategic developments"]
    assert events and events[0].actor1 == HOUTHIS
