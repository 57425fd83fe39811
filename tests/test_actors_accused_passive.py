"""Sides that are no target or no agent of the act: the accused, actors told before a passive act,
and the owner of a site that was hit."""

from __future__ import annotations

import datetime as dt

from support import trigger_roles

from marsad.document import Document, Sentence
from marsad.stages import actors as stage
from marsad.stages import triggers

DAY = dt.date(2016, 5, 4)


def _doc(text: str, country: str) -> Document:
    doc = Document(text=text, published=DAY)
    doc.country_hint = country
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    stage.process(doc)
    triggers.process(doc)
    return doc


def test_everyone_named_between_an_accusation_and_its_object_is_only_accused():
    roles = trigger_roles("وتعود الأزمة إلى اتهام الحكومة وأنصارها في الشمال، وخاصة حركة طالبان، "
                          "بالوقوف وراء تفجير السوق في قندهار.", "تفجير", "AF", DAY)
    assert roles == (None, None, None)


def test_actor_before_a_passive_act_is_not_who_it_befell():
    roles = trigger_roles("وقال شهود إن مسلحي حركة الشباب اقتحموا القرية واقتادوا شيخها إلى الغابة وتم إعدامه هناك.",
                          "إعدامه", "SO", DAY, voice="passive")
    assert roles[2] is None


def test_owner_of_a_struck_site_is_the_target():
    roles = trigger_roles("قتل تسعة عناصر في الضربة التي استهدفت مطار الضمير العسكري التابع للنظام السوري شرق العاصمة.",
                          "الضربة", "SY", DAY)
    assert roles[0] is None and roles[2] == "Government of Syria (2000-)"


def test_owner_of_a_car_bomb_is_no_target():
    roles = trigger_roles("فجر انتحاري سيارة مفخخة تابعة لتنظيم داعش قرب حاجز في الرمادي.", "سيارة مفخخة", "IQ", DAY)
    assert roles[2] != "Islamic State (Iraq)"


def test_strike_on_a_states_own_site_is_not_its_own():
    text = "قتل تسعة عناصر في غارة جوية استهدفت مطار الضمير العسكري التابع للنظام السوري شرق العاصمة."
    doc = _doc(text, "SY")
    assert stage.unattributed_strike(doc, 0, len(text), "SY") is None
    other = "قتل تسعة مدنيين في غارة جوية استهدفت سوقا شعبيا في بلدة الضمير شرق العاصمة."
    assert stage.unattributed_strike(_doc(other, "SY"), 0, len(other), "SY").name == "Military Forces of Syria (2000-)"


def test_who_found_the_bodies_did_not_kill():
    roles = trigger_roles("وكانت الشرطة عثرت صباح الأحد على جثث خمسة رعاة قرب طريق كركوك، ظهروا قبل أيام في تسجيل لتنظيم داعش.",
                          "على جثث", "IQ", DAY, generic_killing=True, form="على جثث")
    assert roles[0] == "Islamic State (Iraq)"
    alone = trigger_roles("عثرت الشرطة صباح الأحد على جثث خمسة رعاة قرب طريق كركوك.", "على جثث", "IQ", DAY,
                          generic_killing=True, form="على جثث")
    assert alone[0] is None
