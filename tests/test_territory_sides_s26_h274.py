"""Who gained the ground: actor1 on the right side of a change of territory (session 26, H274).

- "تمكنت X من السيطرة على ..."، "نجح X في تحرير ...": the side named right after a verb of
  managing whose complement is the change of territory gained the ground, however far the
  act's noun stands and whatever sides are named in between (the enemy's counter-attacks,
  the enemy counted dead just before).
- "تمكنت القوات من تحرير مواقع، بعد اختراق صفوف مسلحي X": a side told after the verbal noun
  of freeing ground or driving a side out, with no cue of its own, is the side driven out (the
  target), never the gainer by position; a side right after a freeing noun whose object
  follows with ل ("تحرير الجيش للمدينة") is still its author.
- "شن X هجوما ضد مقاتلين من Y، وسيطر على ...": men counted indefinitely among a side
  ("مقاتلين من"، "مسلحين من") stand between a target cue and that side, which is the target,
  not the subject the next verb carries on with.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

import marsad
from marsad.knowledge.actors import load_catalogue, validate_catalogue

DAY = dt.date(2015, 8, 5)


def _territory(text: str) -> list[tuple[str | None, str | None]]:
    doc = marsad.extract(text, published=DAY)
    return [(e.actor1, e.actor2) for e in doc.events if "territory" in e.sub_event_type]


def test_subject_of_managing_verb_gains_the_ground_past_the_enemy_named_between():
    sides = _territory("وتمكنت الفصائل المقاتلة بعد هجمات متبادلة وهجمات مضادة من قوات النظام في ريف حماة "
                       "من السيطرة على مواقع عدة قرب بلدة جورين.")
    assert sides == [("Opposition Rebels (Syria)", "Military Forces of Syria (2000-)")]


def test_subject_of_managing_verb_gains_even_after_the_enemy_is_counted_dead():
    sides = _territory("وفي محافظة أبين شنت المقاومة هجوما على مواقع المليشيات الحوثية في منطقة لودر "
                       "أدى لمقتل العشرات منهم وتمكنت المقاومة من دحر ما تبقى منهم.")
    assert sides and all(side == ("Popular Resistance (Yemen)", "Ansar Allah (Houthis)") for side in sides)


def test_side_after_a_freeing_noun_and_a_comma_is_not_the_gainer():
    sides = _territory("وقالت مصادر عسكرية إن القوات تمكنت أمس من تحرير مواقع جديدة في مديرية الدريهمي بمحافظة "
                       "الحديدة، بعد اختراق الصفوف الأمامية لمسلحي ميليشيا الحوثي.")
    assert sides and all(a1 != "Ansar Allah (Houthis)" and a2 == "Ansar Allah (Houthis)" for a1, a2 in sides)


def test_genitive_author_right_after_a_freeing_noun_stays_the_gainer():
    sides = _territory("وعاد السكان إلى المدينة بعد تحرير الجيش العراقي لمدينة تكريت من تنظيم داعش الشهر الماضي.")
    assert sides == [("Military Forces of Iraq (2014-2018)", "Islamic State (Iraq)")]


def test_side_after_a_target_cue_and_indefinite_fighters_is_the_target():
    sides = _territory("وشن تنظيم داعش أمس هجوما جديدا ضد مقاتلين من المعارضة السورية المسلحة شمال مدينة حلب، "
                       "وسيطر على قرى قرب الحدود التركية.")
    assert sides == [("Islamic State (Syria)", "Opposition Rebels (Syria)")]


def test_territory_side_word_lists_are_validated():
    cat = load_catalogue()
    lexicon = copy.deepcopy(cat.lexicon)
    del lexicon["role_cues"]["enabled_gainer"]["verbs"]
    lexicon["role_cues"]["enabled_gainer"]["reach"] = 0
    lexicon["role_cues"]["expelled_after"]["place_nouns"] = []
    lexicon["role_cues"]["expelled_after"]["reach"] = "far"
    problems = validate_catalogue(dataclasses.replace(cat, lexicon=lexicon))
    assert "role_cues.enabled_gainer.verbs: a non-empty list of words" in problems
    assert "role_cues.enabled_gainer.gap, .reach: positive numbers of words" in problems
    assert "role_cues.expelled_after.place_nouns: a non-empty list of words" in problems
    assert "role_cues.expelled_after.reach: a positive number of words" in problems
