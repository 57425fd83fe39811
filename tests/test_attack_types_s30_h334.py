"""Who was attacked decides a killing's, a fire bomb's and an arson's type (session 30, H334).

- A shot activist or journalist named beside the government she stood against
  ("وهي من مؤيدي المظاهرات ضد الحكومة") was attacked as a civilian: a government
  fields no men to be shot, so the act is no clash with the state's army.
- Fire bombs or stones an armed group (settlers, a militia) threw at people's
  homes are that group's attack on civilians, not a riot by the victims' people.
- A house set on fire with its people killed in it is an attack on them, not
  looting or property destruction, and its doer is not the local police.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2019, 3, 14)


def _types(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(e.event_type, e.sub_event_type, e.actor1, e.actor2)
            for e in marsad.extract(text, published=DAY).events]


def test_an_activist_shot_beside_the_government_she_opposed_is_an_attack_on_a_civilian():
    text = ("قتلت أمس الناشطة العراقية هدى الكاظمي بإطلاق نار في مدينة الناصرية، "
            "وهي من منظمي الاحتجاجات ضد الحكومة المحلية.")
    events = _types(text)
    assert events and all(t[:2] == ("Violence against civilians", "Attack") for t in events)
    assert all(not (t[3] or "").startswith(("Military Forces", "Government")) for t in events)


def test_settlers_fire_bombs_at_a_home_are_an_attack_not_a_riot():
    text = ("ألقت مجموعة من المستوطنين زجاجات حارقة على منزل المواطن أحمد سليمان "
            "في قرية عوريف جنوب نابلس فجر أمس.")
    events = _types(text)
    assert events
    assert all(t[0] == "Violence against civilians" and t[2] == "Settlers (Israel)" for t in events)


def test_a_house_burnt_with_a_child_killed_is_an_attack_not_property_destruction():
    text = ("أعلنت مصادر أمنية أن جريمة حرق البيت الفلسطيني في قرية عقربا بنابلس، والتي راح ضحيتها "
            "طفل رضيع، نفذتها مجموعة متطرفة.")
    events = _types(text)
    assert events
    assert all(t[:2] == ("Violence against civilians", "Attack") for t in events)
    assert all(not (t[2] or "").startswith("Police Forces") for t in events)


def test_a_house_burnt_with_no_one_killed_stays_property_destruction():
    text = "أحرق مجهولون منزلا في قرية عقربا جنوب نابلس فجر أمس."
    assert [t[1] for t in _types(text)] == ["Looting/property destruction"]


def test_masked_rioters_stay_a_riot():
    text = ("وقالت الشرطة إن مثيري شغب ملثمين هيمنوا على مسيرة عيد العمال في باريس أمس، "
            "وحطموا نوافذ متاجر وأضرموا النار في سيارات.")
    assert all(t[0] != "Violence against civilians" for t in _types(text))


def test_stones_thrown_amid_a_clash_between_clans_are_no_attack_on_civilians():
    # "مواجهات بين عشيرتين ... رشق خلالها المسلحون المنازل": the other clan is armed opposition.
    text = ("اندلعت مواجهات بين أبناء عشيرتين في ناحية الفهود رشق خلالها المسلحون منازل المواطنين "
            "بالحجارة وأطلقوا النار.")
    events = marsad.extract(text, published=dt.date(2019, 3, 12)).events
    assert "Violence against civilians" not in [e.event_type for e in events]
