"""Actor1 is the side that acted, never the side struck or driven out: ground gained at a side's
expense was lost by it; a force telling of its own dead reports the shelling, it did not fire;
men told as killed ("جنديين قتلا", "الجنود قتلوا عندما") suffered the act; a side driven out
with an ally ("وطرد مسلحي X وY من") or from a place told by a pronoun ("التي طرد منها X") lost
the ground; the object of an earlier verb, a side counted dead in the sentence before, and a
side named again after the one hit are not the agent of the act told next."""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.document import Mention
from marsad.stages import actors as stage

DAY = dt.date(2015, 8, 4)


def _sides(text: str, day: dt.date = DAY) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in marsad.extract(text, published=day).events]


def _roles(text: str, trigger: str, clause: str, day: dt.date = DAY) -> tuple[str | None, str | None]:
    """actor1 and actor2 the stage gives a noun `trigger` in the clause opening at `clause`, in a
    story run through the whole pipeline (dates and places read as they are for real)."""
    doc = marsad.extract(text, published=day)
    at, clause_start = text.index(trigger), text.index(clause)
    mention = Mention(at, at + len(trigger), "trigger", trigger, None, {"voice": "noun"})
    roles = stage.assign_roles(doc, clause_start, doc.sentence_at(at).end, mention)
    return tuple(r.name if r else None for r in (roles.actor1, roles.actor2))


def test_a_side_advanced_on_at_its_expense_is_not_the_agent():
    sides = _sides("وفي محافظة تعز، واصل الثوار تقدمهم على حساب الانقلابيين، وقالت مصادر ميدانية إن الثوار "
                   "قتلوا أمس 9 مسلحين.")
    assert sides and sides[0][1] == "Popular Resistance (Yemen)"
    assert sides[0][2] == "Ansar Allah (Houthis)"


def test_an_army_telling_of_its_own_dead_did_not_fire_the_shell():
    sides = _sides("وأعلن المتحدث العسكري للجيش المصري أن ثلاثة من أفراد الجيش قتلوا وأصيب أربعة آخرون إثر سقوط "
                   "قذيفة عشوائية قرب كمين أمني في مدينة الشيخ زويد بشمال سيناء.")
    assert sides and sides[0][1] != "Military Forces of Egypt (2014-)"
    assert sides[0][2] == "Military Forces of Egypt (2014-)"


def test_two_soldiers_who_were_killed_are_the_side_hit():
    sides = _sides("وقال الجيش المصري في بيان إن جنديين قتلا إثر سقوط قذيفة هاون على كمين أمني في مدينة رفح "
                   "بشمال سيناء.")
    assert sides and sides[0][1] != "Military Forces of Egypt (2014-)"
    assert sides[0][2] == "Military Forces of Egypt (2014-)"


def test_soldiers_killed_when_shells_fell_did_not_fire_them():
    sides = _sides("وأضافت المصادر أن الجنود قتلوا عندما سقطت قذائف هاون على نقطة تفتيش في مدينة الشيخ زويد "
                   "بشمال سيناء.")
    assert sides and sides[0][1] != "Military Forces of Egypt (2014-)"


def test_a_side_driven_out_with_its_ally_lost_the_ground():
    sides = _sides("وأكد مسؤول حكومي أمس أن محافظة الجوف تحررت بعد سيطرة المقاومة الشعبية عليها، وطرد مسلحي "
                   "الحوثي وصالح من مدينة الحزم.", dt.date(2015, 8, 6))
    assert sides and all(s[1] != "Ansar Allah (Houthis)" for s in sides)
    assert ("Government regains territory", "Popular Resistance (Yemen)", "Ansar Allah (Houthis)") in sides


def test_a_side_a_place_was_taken_from_by_a_passive_verb_lost_it():
    sides = _sides("وقال المسؤول إن مقاتلي المقاومة الشعبية والجيش الوطني تمكنوا من استكمال السيطرة على مختلف "
                   "المناطق بمحافظة الجوف خلال الساعات الماضية، ومن بينها مدينة الحزم التي طرد منها المتمردون "
                   "الحوثيون بعد حصار دام أياما.", dt.date(2015, 8, 6))
    assert sides and all(s[1] != "Ansar Allah (Houthis)" for s in sides)


def test_the_object_of_an_earlier_verb_is_not_the_agent_of_the_act_told_next():
    assert _roles("فاجأت المقاومة الشعبية أمس مسلحي الحوثي المتحصنين داخل معسكر خالد، حيث قامت فجرا باقتحام "
                  "المعسكر والسيطرة عليه بعد اشتباكات عنيفة.", "السيطرة عليه", "فاجأت") == (
        "Popular Resistance (Yemen)", "Ansar Allah (Houthis)")


def test_a_side_counted_dead_in_the_sentence_before_is_no_dropped_subject():
    text = ("وذكرت مصادر أمنية أن 6 من عناصر مليشيا الحوثي قتلوا في كمين للمقاومة الشعبية في منطقة الضباب. "
            "وقالت مصادر محلية إن الكمين استهدف تعزيزات عسكرية لمليشيا الحوثي مكونة من 4 عربات.")
    actor1, _ = _roles(text, "الكمين استهدف", "وقالت مصادر محلية")
    assert actor1 != "Ansar Allah (Houthis)"


def test_the_side_hit_named_again_after_and_is_not_the_agent():
    sides = _sides("وقالت المقاومة الشعبية إن مقاتليها سيطروا على تلة في مديرية صبر.\n"
                   "وكان كمين آخر في منطقة الحوبان أوقع 4 قتلى وعددا من الجرحى في صفوف مليشيات صالح والحوثي.",
                   dt.date(2015, 8, 2))
    ambush = [s for s in sides if s[0] == "Armed clash"]
    assert ambush and ambush[0][1] != "Ansar Allah (Houthis)"
