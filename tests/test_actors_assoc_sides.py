"""assoc_actor_1 follows the coordination: a counterpart named after "بين" is no ally."""

from __future__ import annotations

import datetime as dt

from marsad.document import Document
from marsad.pipeline import extract_text
from marsad.stages import actors

DAY = dt.date(2018, 8, 5)


def _first_actor(doc: Document, words: str):
    start = doc.text.index(words)
    return next(m for m in doc.in_span("actor", start, len(doc.text)) if m.start == start)


def _faces(text: str, agent_words: str) -> bool:
    doc = extract_text(text, published=DAY)
    return actors._faces(doc, _first_actor(doc, agent_words), (0, len(doc.text)))


def _sides(text: str) -> list[tuple[str | None, str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.actor1, e.assoc_actor_1, e.actor2) for e in doc.events]


def test_the_second_of_an_unmarked_between_pair_faces_the_first():
    assert _faces("تعثرت المفاوضات بين قوات النظام وتنظيم الدولة الإسلامية حول نقل مقاتليه إلى البادية.",
                  "قوات النظام")


def test_a_side_marker_makes_the_second_of_the_pair_an_ally():
    assert not _faces("اندلعت اشتباكات بين قوات النظام وحزب الله من جهة، وفصائل المعارضة من جهة أخرى في حلب.",
                      "قوات النظام")


def test_a_subject_pair_without_between_is_no_counterpart():
    assert not _faces("هاجمت قوات النظام السوري وميليشيا حزب الله مواقع فصائل المعارضة في ريف حلب.", "قوات النظام")


def test_allies_of_a_marked_between_pair_stay_assoc():
    sides = _sides("اندلعت اشتباكات عنيفة بين قوات النظام السوري وميليشيا حزب الله من جهة، وفصائل المعارضة "
                   "من جهة أخرى في ريف حلب الجنوبي يوم الأحد.")
    assert sides and sides[0] == ("Military Forces of Syria (2000-)", "Hezbollah", "Opposition Rebels (Syria)")


def test_a_coordinated_subject_stays_assoc():
    sides = _sides("هاجمت قوات النظام السوري وميليشيا حزب الله مواقع فصائل المعارضة في ريف حلب الجنوبي يوم الأحد.")
    assert sides and sides[0][:2] == ("Military Forces of Syria (2000-)", "Hezbollah")


def test_a_plural_nationality_joined_to_a_force_is_that_states_military_and_its_ally():
    sides = _sides("استعاد الجيش السوري والروس السيطرة على بلدة الحراك في ريف درعا الشرقي أمس.")
    assert sides and sides[0][:2] == ("Military Forces of Syria (2000-)", "Military Forces of Russia (2000-)")


def test_a_plural_nationality_after_a_described_first_side_of_between_is_the_second_side():
    text = ("وتوسطت قطر في مفاوضات بين الفصائل المسلحة، التي تضم جماعات جهادية، والأتراك بشأن اتفاق لوقف "
            "إطلاق النار في منبج.")
    sides = _sides(text)
    assert any(a2 == "Military Forces of Turkey (2016-)" for _, _, a2 in sides)


def test_a_count_between_a_force_and_a_nationality_names_people_not_that_states_force():
    doc = extract_text("اعتقلت الشرطة ثلاثة سوريين في مدينة غازي عنتاب جنوب تركيا.", published=DAY)
    assert [(e.actor1, e.actor2) for e in doc.events] == [("Police Forces of Turkey (2016-)", "Civilians (Syria)")]
