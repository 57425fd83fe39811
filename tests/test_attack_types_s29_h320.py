"""Who an unqualified attack was aimed at, and how the story says it was done, type it.

- An attack word whose own object is an unarmed crowd ("استهدفوا المصلين"، "أطلقوا النار على
  سياح") is violence against civilians, though the clause also names an armed side (the
  force whose base the mosque stands in, a policeman among the dead): `aimed_at_unarmed`.
- The story's attack told with no weapon ("الاعتداء الذي قتل فيه 17 شخصا") is a suicide
  bombing when the story tells a bomber only in a detail that made no event of its own
  ("ويذكر أن المهاجم فجر نفسه"): `_attack_of_the_told_method` (EVENTS.md §2).
- Real fights stay Battles, and a bombing dated years before the attack types nothing.
"""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2017, 5, 23)


def _events(text: str) -> list[tuple[str, str, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.event_type, e.sub_event_type, e.actor2) for e in doc.events]


def test_worshippers_targeted_in_a_police_camp_mosque_are_civilians():
    events = _events("وقال المتحدث إن ما قام به المجرمون من عملية آثمة استهدفت المصلين في مسجد معسكر "
                     "قوات الأمن بمدينة أبها هو جريمة يرفضها الجميع.")
    assert [(t, s) for t, s, _ in events] == [("Violence against civilians", "Attack")]
    assert events[0][2] is not None and events[0][2].startswith("Civilians")


def test_gunmen_firing_on_tourists_with_a_policeman_among_the_dead_attack_civilians():
    events = _events("وفي مارس قتل 15 أجنبيا وشرطي في هجوم نفذه مسلحان على متحف في العاصمة تونس "
                     "وأطلقا النار على سياح كانوا ينزلون من حافلة.")
    assert [(t, s) for t, s, _ in events] == [("Violence against civilians", "Attack")]


def test_an_attack_on_an_army_checkpoint_stays_a_battle():
    events = _events("هاجم مسلحون حاجزا للجيش في مدينة العريش أمس، ما أسفر عن مقتل ثلاثة جنود.")
    assert [(t, s) for t, s, _ in events] == [("Battles", "Armed clash")]


def test_the_story_attack_is_the_bombing_its_detail_tells():
    events = _events("شارك المئات الثلاثاء في تشييع ضحايا الاعتداء الذي وقع الأحد في مدينة إسطنبول "
                     "وقتل فيه 17 شخصا.\n"
                     "ويذكر أن المهاجم، وهو شاب في العشرين من عمره، فجر نفسه عند مدخل القاعة في نهاية الحفل.")
    assert [(t, s) for t, s, _ in events] == [("Explosions/Remote violence", "Suicide bomb")]


def test_a_bombing_dated_years_before_types_no_attack():
    events = _events("قتل مسلحون ثلاثة سياح في هجوم على فندق في مدينة سوسة الأحد.\n"
                     "وكانت المدينة قد شهدت هجوما انتحاريا في عام 2002.")
    assert ("Explosions/Remote violence", "Suicide bomb") not in [(t, s) for t, s, _ in events]
    assert ("Violence against civilians", "Attack") in [(t, s) for t, s, _ in events]
