"""The side acted upon (actor2): the people a passive loss verb names by nationality, two
allies named in quotes, a force guarding the agent, and the sides of another act of the
sentence, which an unclaimed act does not borrow as its target."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2019, 5, 4)


def _sides(text: str, published: dt.date = DAY) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text, published=published)
    return [(event.sub_event_type, event.actor1, event.actor2) for event in doc.events]


def test_people_a_loss_verb_names_by_nationality_are_the_side_hit():
    sides = _sides("واستشهد فلسطينيان على الأقل في غارة جوية إسرائيلية على بلدة بيت لاهيا.")
    assert sides == [("Air/drone strike", "Military Forces of Israel (2009-2021)", "Civilians (Palestine)")]


def test_the_wounded_of_a_later_contrast_clause_are_not_the_strike_target():
    sides = _sides("وقتل فلسطينيان في غارة جوية إسرائيلية، في حين أصيب 5 إسرائيليين بجروح جراء إطلاق صواريخ من غزة.")
    strikes = [actor2 for sub, _, actor2 in sides if sub == "Air/drone strike"]
    assert strikes == ["Civilians (Palestine)"]


def test_allies_named_in_quotes_and_joined_by_and_are_one_side():
    sides = _sides("وقالت مصادر محلية إن «جبهة النصرة» و«الفصائل المقاتلة» تقدمت في بلدة كفريا بريف إدلب.",
                   dt.date(2015, 8, 4))
    assert sides and all(actor1 == "Jabhat al Nusra" for _, actor1, _ in sides)
    assert all(actor2 != "Opposition Rebels (Syria)" for _, _, actor2 in sides)


def test_a_force_guarding_the_agent_is_not_the_side_hit():
    sides = _sides("هاجم مستوطنون بحماية جنود الاحتلال منازل الفلسطينيين في قرية قصرة جنوب نابلس.")
    assert sides and all(actor1 == "Settlers (Israel)" for _, actor1, _ in sides)
    assert all(actor2 is None or actor2.startswith("Civilians") for _, _, actor2 in sides)


def test_an_unclaimed_bombing_does_not_take_the_sides_of_another_act_as_its_target():
    sides = _sides("وجاء ذلك بعد تفجير انتحاري نفذته حركة طالبان خارج مركز تدريب للشرطة في المدينة، كما قتل عشرة "
                   "أشخاص في وقت سابق يوم الأحد في هجوم بسيارة مفخخة في مدينة جلال آباد.")
    bombs = [actor2 for sub, _, actor2 in sides if sub == "Remote explosive/landmine/IED"]
    assert bombs == ["Civilians (Afghanistan)"]


def test_the_armed_adjective_of_a_clash_is_no_side_of_it():
    sides = _sides("قتل جندي تركي قرب بلدة أقجة قلعة في اشتباك مسلح مع متشددي داعش على الحدود.")
    assert sides == [("Armed clash", "Islamic State (Turkey)", "Military Forces of Turkey (2016-)")]
