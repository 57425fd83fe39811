"""Event types read from the act's own words (session 26, helper h279).

- A suicide bomber named right after the blast verb ("فجر انتحاري نفسه"، "فجر إرهابي
  نفسه") is a suicide bombing even where no scene word stands near: the doer forms of
  `blast_verb`, which ask for one, no longer hide the suicide patterns.
- Deaths told as the result of a bombing ("ما أسفر عن مقتل 12") in a clause of their own
  are that bombing's toll, not an armed clash of their own; beside a bombardment they stay
  apart (the deaths may be the fire it answered).
- A storming told with bulldozers or a demolition is property destruction; a storming told as
  the setting of detentions named before it is the arrests, not a clash.
- A projectile told as military ("لمقذوف عسكري") is a shelling.
- An attack the writer calls "similar" to the article's one told bombing method is a
  bombing of that method.
"""

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2018, 7, 15)


def _types(text: str, published: dt.date = DAY) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=published).events]


def _events(text: str, published: dt.date = DAY) -> list:
    return extract_text(text, published=published).events


def test_a_suicide_bomber_right_after_the_verb_is_a_suicide_bombing_without_a_scene_word() -> None:
    assert _types("فجر انتحاري نفسه قرب مبنى الوزارة في كابول.") == [("Explosions/Remote violence", "Suicide bomb")]
    assert _types("فجرت انتحارية نفسها قرب بوابة الجامعة في كابول.") == [
        ("Explosions/Remote violence", "Suicide bomb")]


def test_a_named_doer_who_blew_himself_up_is_a_suicide_bombing() -> None:
    assert _types("فجر إرهابي نفسه قرب مبنى الوزارة في كابول.") == [("Explosions/Remote violence", "Suicide bomb")]
    assert _types("فجرت امرأة نفسها قرب بوابة الجامعة في كابول.") == [("Explosions/Remote violence", "Suicide bomb")]


def test_a_bomber_setting_off_a_car_bomb_is_still_a_suicide_bombing() -> None:
    assert _types("فجر انتحاري سيارة مفخخة عند حاجز للجيش في قندهار.") == [
        ("Explosions/Remote violence", "Suicide bomb")]


def test_the_deaths_a_bombing_caused_in_a_clause_of_their_own_are_its_toll() -> None:
    events = _events("وفي 11 حزيران، فجر انتحاري نفسه فيما كان موظفون في الوزارة ينتظرون حافلة في قندهار، "
                     "ما أسفر عن مقتل 12 على الأقل وإصابة 31.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Suicide bomb", 12)]


def test_deaths_beside_a_bombardment_are_not_given_to_it() -> None:
    events = _events("قصفت دبابات تركية الخميس مواقع لتنظيم داعش في سوريا بعد إطلاق نيران منها في وقت سابق "
                     "أدى إلى مقتل جندي تركي في كيليس.", dt.date(2015, 7, 23))
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and all(e.fatalities == 0 for e in shelling)
    assert sum(e.fatalities for e in events) == 1


def test_bulldozers_storming_a_village_destroy_property() -> None:
    events = _events("واقتحمت جرافات الاحتلال صباح اليوم قرية أم الخير جنوب الخليل، وهدمت عددا من المساكن.",
                     dt.date(2015, 8, 5))
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Looting/property destruction")]


def test_a_storming_that_goes_on_to_demolish_destroys_property() -> None:
    events = _events("وقامت قوات الاحتلال باقتحام منطقة المالح في الأغوار عند ساعات الفجر وشرعت بعمليات الهدم "
                     "لخيام المواطنين.", dt.date(2015, 8, 5))
    assert {(e.event_type, e.sub_event_type) for e in events} == {
        ("Strategic developments", "Looting/property destruction")}


def test_a_storming_told_as_the_setting_of_arrests_is_no_clash() -> None:
    events = _events("واعتقلت قوات الاحتلال فجر اليوم أربعة شبان خلال اقتحام منازلهم في بلدة سلوان.",
                     dt.date(2015, 8, 5))
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Strategic developments", "Arrests")]


def test_a_storming_by_forces_with_no_arrest_or_demolition_keeps_its_type() -> None:
    events = _events("اقتحمت قوات الجيش مقرا لمسلحين في بلدة الشيخ زويد.", dt.date(2015, 8, 5))
    assert [e.event_type for e in events] == ["Battles"]


def test_an_attack_called_similar_takes_the_article_s_bombing_method() -> None:
    text = ("أصيب 18 شرطيا الأحد في انفجار عبوة ناسفة استهدف حافلة كانوا يستقلونها قرب مدينة العريش.\n"
            "وأصيب عشرون شرطيا في هجوم مماثل استهدف حافلتهم في العريش في 9 يوليو الجاري.")
    events = _events(text, dt.date(2015, 7, 26))
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"] * 2


def test_an_attack_not_called_similar_keeps_its_type() -> None:
    text = ("أصيب 18 شرطيا الأحد في انفجار عبوة ناسفة استهدف حافلة كانوا يستقلونها قرب مدينة العريش.\n"
            "وأصيب عشرون شرطيا في هجوم آخر استهدف حافلتهم في العريش في 9 يوليو الجاري.")
    events = _events(text, dt.date(2015, 7, 26))
    assert events[-1].event_type == "Battles"


def test_a_military_projectile_is_a_shelling() -> None:
    events = _events("تعرضت دورية لحرس الحدود في قطاع الطوال بمنطقة جازان لمقذوف عسكري من داخل الأراضي "
                     "اليمنية، مما نتج عنه مقتل أحد أفرادها.", dt.date(2015, 7, 31))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Shelling/artillery/missile attack", 1)]


def test_projectiles_a_crowd_threw_are_no_shelling() -> None:
    events = _events("وأصيب عشرة من رجال الشرطة بعد أن تعرضوا للرشق بالمقذوفات والزجاجات الحارقة من المحتجين "
                     "في مدينة نانت.", dt.date(2018, 7, 5))
    assert "Shelling/artillery/missile attack" not in {e.sub_event_type for e in events}


def test_a_similar_attack_told_with_its_own_method_keeps_it() -> None:
    """Review cr1 #6: "وفي هجوم مماثل" before "هجوم مسلح" is a loose "another attack", not a bombing."""
    text = ("فجر انتحاري نفسه في سوق مزدحم بمدينة الرمادي اليوم، ما أسفر عن مقتل 12 شخصا.\n"
            "وفي هجوم مماثل، قتل 3 جنود في هجوم مسلح على حاجز في الفلوجة.")
    assert _types(text, dt.date(2018, 7, 20)) == [("Explosions/Remote violence", "Suicide bomb"),
                                                  ("Battles", "Armed clash")]


def test_a_crowd_that_stormed_and_was_then_detained_rioted() -> None:
    """Review cr1 #8: "بعد أن اقتحموا" has the protesters as its own doer: the storming stays a riot."""
    events = _events("اعتقلت الشرطة العراقية 40 متظاهرا بعد أن اقتحموا البرلمان في المنطقة الخضراء ببغداد اليوم.",
                     dt.date(2018, 7, 20))
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Riots", "Violent demonstration")]
