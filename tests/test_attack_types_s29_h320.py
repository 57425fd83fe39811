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

from marsad.knowledge.clauses import load_event_rules
from marsad.pipeline import extract_text
from marsad.stages.events import _owned_by_a_force
from marsad.text import normalize

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


# Review 3 (session 29): an unarmed head noun owned by a force, or soldiers and police counted
# among the dead, leave the attack a fight; and the story's bomber types its one bare attack
# only when the detail tells of that attacker.

def _events_on(text: str, day: dt.date) -> list[tuple[str, str, str | None, str | None]]:
    doc = extract_text(text, published=day)
    return [(e.event_type, e.sub_event_type, e.actor2, e.location) for e in doc.events]


def test_police_cadets_attacked_are_the_police():
    events = _events_on("استهدف هجوم مسلح طلاب أكاديمية الشرطة في كابول ما أسفر عن مقتل 10 منهم.", dt.date(2024, 5, 10))
    assert [(t, s) for t, s, _, _ in events] == [("Battles", "Armed clash")]
    assert events[0][2] is not None and events[0][2].startswith("Police Forces of Afghanistan")


def test_soldiers_counted_among_the_dead_worshippers_leave_a_fight():
    events = _events_on("استهدف الهجوم المصلين في مسجد معسكر للجيش في مدينة مأرب فقتل 30 منهم بينهم 25 جنديا.",
                        dt.date(2024, 5, 10))
    assert [(t, s) for t, s, _, _ in events] == [("Battles", "Armed clash")]
    assert events[0][2] is not None and events[0][2].startswith("Military Forces of Yemen")


def test_a_restaurant_the_police_frequent_with_policemen_dead_is_an_attack_on_the_police():
    events = _events_on("أطلق مسلحون النار على مطعم يرتاده عناصر الشرطة في مدينة كركوك فقتلوا شرطيين.",
                        dt.date(2024, 5, 10))
    assert [(t, s) for t, s, _, _ in events] == [("Battles", "Armed clash")]
    assert events[0][2] is not None and events[0][2].startswith("Police Forces of Iraq")


_FUNERAL = "شارك المئات الثلاثاء في تشييع ضحايا الاعتداء الذي وقع الأحد في مدينة إسطنبول وقتل فيه 17 شخصا"


def test_the_bomber_types_only_the_one_bare_attack_of_the_story():
    events = _events(_FUNERAL + "، فيما قتل شرطيان في هجوم على مركز للشرطة في مدينة ديار بكر في اليوم نفسه.\n"
                     "ويذكر أن المهاجم، وهو شاب في العشرين من عمره، فجر نفسه عند مدخل القاعة في نهاية الحفل.")
    assert ("Explosions/Remote violence", "Suicide bomb") not in [(t, s) for t, s, _ in events]


def test_the_plain_detail_of_the_attacker_blowing_himself_up_types_the_attack():
    for detail in ("ويذكر أن المهاجم فجر نفسه عند مدخل القاعة.",
                   "ويذكر أن المهاجم فجر نفسه عند مدخل القاعة في نهاية الحفل."):
        events = _events(_FUNERAL + ".\n" + detail)
        assert [(t, s) for t, s, _ in events] == [("Explosions/Remote violence", "Suicide bomb")]
    events = _events("قتل 6 أشخاص في الهجوم الذي استهدف مطعما في مدينة إسطنبول الأحد.\n"
                     "ويذكر أن المهاجم فجر نفسه عند مدخل المطعم.")
    assert [(t, s) for t, s, _ in events] == [("Explosions/Remote violence", "Suicide bomb")]


def test_another_mans_or_a_later_bombing_types_no_attack():
    for detail in ("ويذكر أن شقيق المهاجم، وهو شاب في الثلاثين من عمره، كان قد فجر نفسه في مدينة أنقرة.",
                   "وقالت الشرطة إن مهاجما ثانيا، وهو شاب في العشرين من عمره، فجر نفسه عند مدخل القاعة "
                   "بعد ساعات دون أن يصيب أحدا."):
        events = _events(_FUNERAL + ".\n" + detail)
        assert [(t, s) for t, s, _ in events] == [("Violence against civilians", "Attack")]


def test_the_attacker_named_after_an_aside_types_the_attack():
    events = _events(_FUNERAL + ".\nويذكر أن أحمد يلماز، وهو شاب في العشرين من عمره، فجر نفسه عند مدخل القاعة.")
    assert [(t, s) for t, s, _ in events] == [("Explosions/Remote violence", "Suicide bomb")]
    events = _events(_FUNERAL + ".\nويذكر أن شقيق أحمد يلماز فجر نفسه عند مدخل القاعة.")
    assert [(t, s) for t, s, _ in events] == [("Violence against civilians", "Attack")]


def test_a_preposition_after_the_unarmed_object_ends_its_phrase() -> None:
    """"على مدنيين على حاجز للجيش": the people were at an army checkpoint, not the army's own;
    the preposition (normalized "علي") ends the phrase before it reaches a force."""
    rules = load_event_rules()
    assert not _owned_by_a_force(normalize("مدنيين على حاجز للجيش").split(), rules)
    assert _owned_by_a_force(normalize("طلاب أكاديمية الشرطة").split(), rules)
