"""The author of an act told by its verbal noun: a past-verb spelling after a preposition
("في قصف قوات X لمنزل") is the noun with its author in the genitive; the subject of the
support verb "أقدم على" did the act named after it; a relation adjective on the act's noun
("القصف الإسرائيلي") names its author even when that side lost a man in the same clause."""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.document import Document
from marsad.stages import triggers as trigger_stage


def _sides(text: str, day: dt.date) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in marsad.extract(text, published=day).events]


def _voice(text: str, word: str) -> str:
    doc = Document(text=text)
    found = [m for m in trigger_stage.sentence_triggers(doc, 0, len(text)) if m.text == word]
    return found[0].attrs["voice"]


def test_a_past_verb_spelling_after_a_preposition_is_a_verbal_noun():
    assert _voice("قتل ثلاثة في قصف الجيش لقرية.", "قصف") == "noun"
    assert _voice("وقعت إصابات جراء قصف القوات للحي.", "قصف") == "noun"
    assert _voice("قصف الجيش القرية أمس.", "قصف") == "active"


def test_the_force_in_the_genitive_of_bombardment_after_a_preposition_fired():
    sides = _sides("استشهد مواطنان في قصف قوات الاحتلال الإسرائيلي لسيارة قرب طولكرم.", dt.date(2024, 8, 20))
    assert sides and sides[0][1].startswith("Military Forces of Israel")
    assert sides[0][2] == "Civilians (Palestine)"


def test_the_subject_of_aqdama_ala_set_off_the_blast():
    sides = _sides("أقدم جيش الاحتلال على تفجير محيط مدرسة في بيت لاهيا.", dt.date(2024, 11, 5))
    assert sides and sides[0][1].startswith("Military Forces of Israel")
    assert not (sides[0][2] or "").startswith("Military Forces of Israel")


def test_a_relation_adjective_names_the_author_despite_its_own_loss():
    sides = _sides("ردا على مقتل جندي، استؤنف القصف الإسرائيلي على خان يونس فقتل 20 فلسطينيا.",
                   dt.date(2024, 12, 3))
    assert sides and sides[0][1].startswith("Military Forces of Israel")
    assert sides[0][2] == "Civilians (Palestine)"


def test_a_claim_told_by_its_verbal_noun_names_the_bomber():
    sides = _sides("قتل أربعة مصلين في انفجار سيارة مفخخة قرب مسجد في صنعاء، ونقلت وكالة عن قيادي في "
                   "تنظيم داعش تبنيه للهجوم.", dt.date(2015, 9, 2))
    assert sides and sides[0][1] == "Islamic State (Yemen)"


def test_a_relative_verb_on_another_act_names_only_that_acts_author():
    sides = _sides("فجرت كتيبة جنين عبوة ناسفة في دورية إسرائيلية في مدينة جنين، وسط مداهمات ينفذها الاحتلال في الضفة الغربية.",
                   dt.date(2025, 1, 20))
    blast = [s for s in sides if s[0] == "Remote explosive/landmine/IED"]
    assert blast and blast[0][1] == "Jenin Brigade"
