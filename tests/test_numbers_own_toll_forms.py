"""NUMBERS stage: tolls told in the act's own sentence by less common forms.

A quoted death word before the count, a long subject between "لقي" and
"مصرعهم" or before a plural death verb, a side that "lost" its members, people
"eliminated" ("القضاء على"), and the dead of a relative clause ("الذين
استشهدوا") are all deaths of the act (EVENTS.md section 4).
"""

from __future__ import annotations

import pytest

from marsad.document import Document, Sentence
from marsad.stages import numbers


def counts(text: str) -> list[tuple[int, str | None]]:
    """(value, role) of the counts in a one-sentence text."""
    doc = Document(text=text)
    doc.sentences.append(Sentence(0, len(text), 0, 0))
    numbers.process(doc)
    return [(int(m.value), m.attrs["role"]) for m in doc.of_kind("number")]


def test_count_after_a_quoted_death_word_is_killed_not_the_wounded_after_it() -> None:
    assert counts("وأسفر الهجوم عن «استشهاد» 9 وإصابة 20 من الجنود.") == [(9, "killed"), (20, "wounded")]


def test_count_after_an_unquoted_death_word_keeps_its_role() -> None:
    assert counts("وأسفر الهجوم عن استشهاد 9 وإصابة 20 من الجنود.") == [(9, "killed"), (20, "wounded")]


def test_fate_verb_and_death_word_around_a_long_subject_tell_it_killed() -> None:
    sentence = "لقي 14 عنصرا من مسلحي الجماعة المتمردة وعناصر القائد العسكري السابق للواء الثالث مصرعهم في القصف."
    assert counts(sentence) == [(14, "killed")]


def test_death_word_after_while_is_the_next_acts_not_the_fate_verbs() -> None:
    sentence = "لقي 6 من الزوار، بينما سقط في الهجوم الثاني عدد من القتلى."
    assert (6, "killed") not in counts(sentence)


def test_plural_death_verb_after_a_subject_with_at_least_and_a_description_is_its_toll() -> None:
    sentence = "وقال مسؤولون إن 17 شخصا على الأقل أغلبهم من حراس السوق المحلي قتلوا في الانفجار."
    assert counts(sentence) == [(17, "killed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلن الجيش القضاء على 14 مسلحا في المنطقة الجبلية.",
        "وأسفرت المداهمة عن القضاء على (9) عناصر مسلحة.",
        "تم القضاء على ثمانية مسلحين قرب الحدود.",
    ],
)
def test_people_eliminated_are_killed(sentence: str) -> None:
    assert [role for _, role in counts(sentence)] == ["killed"]


def test_a_vague_number_eliminated_is_no_toll() -> None:
    assert counts("وأكد أن الضربة أدت إلى القضاء على أعداد كبيرة من المسلحين.") == [(3, None)]


def test_courts_are_not_elimination() -> None:
    assert counts("وأحالت النيابة 7 متهمين إلى القضاء على خلفية الأحداث.") == [(7, None)]


def test_a_side_that_lost_its_members_lost_them_dead() -> None:
    assert counts("وقال إن الشرطة فقدت 5 من عناصرها في المواجهات.") == [(5, "killed")]


def test_dead_told_by_a_relative_plural_martyr_verb_are_three() -> None:
    sentence = "واستقبل المحافظ ذوي الجنود الذين استشهدوا في الهجوم الإرهابي على الحاجز."
    assert counts(sentence) == [(3, "killed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "وندد البيان بعمليات القتل في الهجوم الإرهابي أمس على السوق.",
        "وتوالت الإدانات للاغتيال في الهجوم الانتحاري أمس.",
    ],
)
def test_definite_nisba_after_a_definite_noun_is_an_adjective_not_a_person(sentence: str) -> None:
    # "الهجوم الإرهابي": the attack's adjective, not one "terrorist" killed after a place
    assert counts(sentence) == []


def test_mounts_counted_before_a_comma_and_a_death_verb_are_not_the_dead() -> None:
    sentence = "وقال إن المسلحين هاجموا القرية مستقلين 20 دراجة نارية، وقتلوا سبعة أشخاص."
    assert counts(sentence) == [(20, None), (7, "killed")]


def test_people_described_by_a_dual_part_word_are_two_dead() -> None:
    # "أحدهما": one of two, so the plural-looking noun was the dual
    assert counts("وأعلنت مصادر طبية عن مقتل لبنانيين أحدهما مسعف في الغارة.") == [(2, "killed")]
