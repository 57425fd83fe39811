"""A state or body that condemns, condoles or stands with the victims of an act is no side of it.

Reaction articles ("أدانت الحكومة ...", "أعربت روسيا عن تعازيها ...") name the reacting state
beside the act; it was coded as the bomber (as the agent of the act its sentence reacts to, or
as the story's armed side set against the forces the act hit).  The act's author is who its own
clause names, else an unidentified armed group.
"""
import datetime as dt

from marsad.knowledge.actors import REQUIRED_WORD_LISTS, validate_catalogue
from marsad.pipeline import extract_text
from marsad.stages import actors as actor_stage

PUBLISHED = dt.date(2015, 8, 8)


def _actor1s(text: str) -> list[str]:
    return [event.actor1 or "" for event in extract_text(text, published=PUBLISHED).events]


def test_reaction_words_are_required_and_valid():
    assert "attribution.reactions" in REQUIRED_WORD_LISTS
    assert "attribution.reaction_cancel" in REQUIRED_WORD_LISTS
    assert validate_catalogue() == []


def test_state_standing_beside_the_victims_is_not_the_attacker():
    # the speaker's country stands beside the kingdom "against every terrorist act": it did not act
    actor1s = _actor1s("وأكد المتحدث باسم الحكومة الأردنية في بيان اليوم وقوف بلاده بجانب المملكة "
                       "العربية السعودية ضد كل عمل إرهابي جبان يستهدف أمنها.")
    assert actor1s and not any("Jordan" in a for a in actor1s)
    assert all(a.startswith("Unidentified Armed Group") for a in actor1s)


def test_condoling_state_is_not_the_story_side_against_the_forces_hit():
    actor1s = _actor1s("أعربت روسيا عن تعازيها لأسر ضحايا الهجوم الذي وقع في مدينة أبها. وأكدت الخارجية "
                       "الروسية استعداد موسكو لتقديم الدعم اللازم للرياض في مكافحة الإرهاب.\n"
                       "وأدانت الدول العربية الهجوم الذي استهدف مسجدا لقوات الطوارئ في منطقة أبها.")
    assert actor1s and not any("Russia" in a for a in actor1s)
    assert all(a.startswith("Unidentified Armed Group") for a in actor1s)


def test_condemning_government_is_not_the_bomber():
    actor1s = _actor1s("أدانت الحكومة البحرينية بشدة التفجير الإرهابي الذي استهدف مسجدا في منطقة عسير "
                       "وأدى إلى مقتل عدد من رجال الأمن.")
    assert actor1s and not any("Bahrain" in a for a in actor1s)


def test_standing_behind_an_act_is_no_reaction():
    # "وقوفه وراء الهجوم" tells who did it: the reaction reading is cancelled
    doc = extract_text("أعلن التنظيم في بيان وقوفه وراء الهجوم على الحافلة.", published=PUBLISHED)
    assert actor_stage._reaction_end(doc, 0, len(doc.text)) is None
    doc = extract_text("قدمت البحرين تعازيها لأسر ضحايا الهجوم على الحافلة.", published=PUBLISHED)
    assert actor_stage._reaction_end(doc, 0, len(doc.text)) is not None
