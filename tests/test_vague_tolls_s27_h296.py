"""Numbers stage: deaths told without a number of dead (EVENTS.md §4).

- "Killed or wounded" with a vague count of the people hit ("أعداد كبيرة منهم بين
  قتلى وجرحى") is 3 dead, not one fewer than the convention's 3: a vague word's
  value is no count of the people hit.
- A killing word heading a chain of fates ("مقتل وجرح وأسر عدد من المقاتلين",
  "قتلت وأسرت العشرات") tells deaths with no number: 3, never the captured count.
- "Others" right after a killing word ("وقتل آخرين") is a death with no number: 3;
  after a wounding word they are the hurt, no deaths.
- A person joined by "و" to a count of his companions, both the subject of a death
  word after them ("لقي قيادي و12 من مرافقيه مصرعهم"), is counted too: 13.
- A killed-and-wounded pair in a stretch of its own keeps its deaths beside a
  death told in another stretch of the sentence."""

import datetime as dt

import pytest

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 5, 14)


def tolls(text: str) -> list[int]:
    return [event.fatalities for event in extract_text(text, published=PUBLISHED).events]


def deaths(text: str) -> list[int]:
    """The death counts the numbers stage reads in the text."""
    doc = extract_text(text, published=PUBLISHED)
    return [int(m.value) for m in doc.of_kind("number") if m.attrs.get("role") == "killed"]


@pytest.mark.parametrize("sentence", [
    "واندلعت مواجهات في مديرية كتاف، وسقط أعداد كبيرة من المسلحين بين قتلى وجرحى في تلك المواجهات.",
    "واندلعت اشتباكات عنيفة في مديرية كتاف سقط فيها عدد من المقاتلين بين قتيل وجريح.",
])
def test_a_vague_count_killed_or_wounded_leaves_three_dead(sentence: str) -> None:
    assert 3 in deaths(sentence) and 2 not in deaths(sentence)


def test_a_counted_pair_killed_or_wounded_still_leaves_fewer_dead_than_hit() -> None:
    assert deaths("سقط شخصان بين قتيل وجريح في قصف على بلدة المخا.") == [1]


@pytest.mark.parametrize("sentence", [
    "ودارت اشتباكات في مديرية التواهي أدت إلى مقتل وجرح وأسر عدد من المقاتلين من الطرفين.",
    "وتمكنت القوات من صد الهجوم على مدينة الضالع، حيث قتلت وأسرت العشرات من المهاجمين.",
    "ودارت معارك في مديرية التواهي أسفرت عن مقتل وإصابة وأسر 20 مسلحا.",
])
def test_a_killing_word_heading_a_chain_of_fates_tells_three_dead(sentence: str) -> None:
    assert 3 in tolls(sentence)


def test_a_chain_of_fates_without_a_killing_word_tells_no_deaths() -> None:
    assert deaths("ودارت معارك في مديرية التواهي أسفرت عن جرح وأسر عدد من المقاتلين.") == []


def test_others_killed_with_no_number_are_three() -> None:
    sentence = "وأعلن حاكم الإقليم أن الجيش اعتقل عشرات المسلحين وقتل آخرين في اشتباكات بمدينة سيبيتوكي."
    assert 3 in tolls(sentence)


@pytest.mark.parametrize("sentence", [
    "استشهد شاب وأصيب آخرون في قصف إسرائيلي على مدينة رفح.",
    "قتل مدني وجرح آخرون في قصف على مدينة حلب.",
])
def test_others_after_a_wounding_word_are_the_hurt(sentence: str) -> None:
    assert deaths(sentence) == [1]


@pytest.mark.parametrize("sentence", [
    "لقي قيادي حوثي بارز و12 من مرافقيه مصرعهم يوم الأحد في اشتباكات مع المقاومة في مديرية قعطبة.",
    "وقالت مصادر محلية إن القيادي في الجماعة قائد الكتيبة و 12 من رفاقه قتلوا في اشتباكات بمديرية قعطبة.",
])
def test_a_person_and_his_companions_killed_together_count_both(sentence: str) -> None:
    assert 13 in tolls(sentence)


@pytest.mark.parametrize(("sentence", "toll"), [
    # the killing word before the person: the rule that was there already
    ("قتل القائد مع 3 من مرافقيه في غارة جوية على مديرية قعطبة.", 4),
    # a wounded leader is not among the dead
    ("أصيب القائد و12 من مرافقيه قتلوا في اشتباكات بمديرية قعطبة.", 12),
])
def test_companions_without_a_dead_person_before_them(sentence: str, toll: int) -> None:
    assert toll in tolls(sentence)


def test_a_pair_in_its_own_stretch_keeps_its_deaths_beside_another_death() -> None:
    sentence = ("وأفادت تقارير إعلامية بمقتل وإصابة العشرات ليلة الجمعة في مدينة عفرين، "
                "بينما تحدثت منظمة حقوقية عن مقتل آخرين السبت.")
    assert deaths(sentence) == [3, 3]


# Review findings (session 27): misfires of the rules above on ordinary phrasing.

@pytest.mark.parametrize(("sentence", "toll"), [
    # M1: the person and his companions survived; "اغتيال" is the noun of an attempt, not their death
    ("نجا محافظ عدن و3 من مرافقيه من محاولة اغتيال بعبوة ناسفة استهدفت موكبه في مديرية المنصورة.", 4),
    ("نجا القائد و5 من مرافقيه من محاولة اغتيال في مدينة عدن.", 6),
    # M2: they are the speakers; the reported clause after "أن" has a subject of its own
    ("وأكد القائد و12 من رفاقه أن المسلحين قتلوا مدنيين في قرية الحصن بمديرية نهم.", 13),
])
def test_companions_who_survived_or_speak_do_not_add_the_person(sentence: str, toll: int) -> None:
    assert toll not in tolls(sentence)


def test_a_reported_person_and_his_companions_still_count_past_the_speaker() -> None:
    sentence = "وقال مسؤول محلي إن القائد و5 من مرافقيه استشهدوا في غارة جوية على مديرية قعطبة."
    assert 6 in tolls(sentence)


@pytest.mark.parametrize(("sentence", "toll"), [
    # M11: others threatened, sought or tried are no dead
    ("قتل مسلحون جنديا في هجوم على حاجز بمدينة العريش، وتوعدوا بقتل آخرين.", 1),
    ("قتل جندي في هجوم على حاجز بمدينة العريش، وحذر الجيش من أن المسلحين يسعون إلى قتل آخرين.", 1),
    ("أطلق مسلحون النار على حاجز في مدينة العريش فقتلوا جنديا وحاولوا قتل آخرين.", 1),
])
def test_others_a_killing_was_only_threatened_or_meant_for_are_not_dead(sentence: str, toll: int) -> None:
    assert tolls(sentence) == [toll]


def test_others_threatened_after_an_abduction_add_no_deaths() -> None:
    assert deaths("خطف مسلحون ثلاثة صيادين قرب مدينة سرت، وهددوا بقتل آخرين.") == []
