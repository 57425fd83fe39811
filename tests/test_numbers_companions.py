"""NUMBERS stage: a person killed along with a count ("مع N"، "و N آخرون") is counted too."""

from __future__ import annotations

import pytest

from marsad.document import Document, Sentence
from marsad.stages import numbers


def toll(text: str) -> int:
    """Sum of the non-subset killed counts of a one-sentence text (what an act's toll adds up)."""
    doc = Document(text=text)
    doc.sentences.append(Sentence(0, len(text), 0, 0))
    numbers.process(doc)
    return sum(int(m.value) for m in doc.of_kind("number")
               if m.attrs["role"] == "killed" and not m.attrs["subset"])


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("قتل القائد الميداني أبو سليم مع ثلاثة من مرافقيه في غارة على ريف حماة.", 4),
        ("أكد الجيش أن ضابطا كبيرا في الحرس قتل مع جنديين اثنين آخرين في الكمين.", 3),
        ("لقي المهندس مصرعه ومعه أربعة عمال آخرون في انهيار النفق.", 5),
        ("قتل القيادي في الحركة إلى جانب 6 من عناصرها في القصف.", 7),
        ("قتل آمر الفوج و5 آخرون في هجوم على ثكنة قرب سرت.", 6),
    ],
)
def test_person_killed_with_a_count_is_added_to_it(sentence: str, deaths: int) -> None:
    assert toll(sentence) == deaths


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        # "مع" is the other side of the fight, not a companion.
        ("قتل شرطي في اشتباكات مع 4 مهربين على الحدود.", 4),
        # A plural killing word tells a group, counted elsewhere or not at all.
        ("قتلوا مع 3 آخرين في غارة على القرية.", 3),
        # Nobody stands between the killing word and "و ... آخرون".
        ("قتل و3 آخرون في غارة على القرية.", 3),
        # The others were abducted with the victim, not killed.
        ("أعدم التنظيم أحد المدرسين الذي خطفه مع 12 شخصا آخرين.", 1),
        # "آخرون" after a first toll: the others are the wounded, not an added death.
        ("قتل 9 أشخاص وأصيب 20 آخرون في التفجير.", 9),
    ],
)
def test_counts_that_are_not_companions_add_no_one(sentence: str, deaths: int) -> None:
    assert toll(sentence) == deaths


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("قال المتحدث إن 17 مقاتلا، من بينهم قائدان ميدانيان، قتلوا في غارة جوية.", 17),
        ("أفاد مسؤول محلي بأن 30 مسلحا، بينهم ثلاثة أجانب، قتلوا في الاشتباكات.", 30),
    ],
)
def test_breakdown_between_commas_keeps_the_death_verb_subject(sentence: str, deaths: int) -> None:
    """A death verb after a comma-set breakdown of the count still has the whole count as subject."""
    assert toll(sentence) == deaths


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("أعلن الجيش أن ثلاثة جنود قتلوا في الهجوم على الحاجز، كما قتل مسلح كان يقود الهجوم.", 4),
        ("قتل 6 مدنيين في القصف على البلدة، كما قتل مقاتل من الفصيل في الاشتباك.", 7),
        ("قتل 5 أشخاص في القصف، كما أصيب عشرة آخرون بجروح.", 5),
    ],
)
def test_further_act_death_with_no_number_adds_to_an_earlier_toll(sentence: str, deaths: int) -> None:
    """One more death told in a "كما" clause after a numbered toll is another death, not a restatement."""
    assert toll(sentence) == deaths


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("قتل قيادي بارز في الجماعة يدعى أبو خالد في غارة على بلدة قرب إدلب، فضلا عن نحو 15 مسلحا آخرين.", 16),
        ("لقي ضابط في حرس الحدود مصرعه في كمين قرب الحدود، علاوة على أربعة جنود آخرين.", 5),
        ("قتل مسؤول في البلدية بانفجار سيارة مفخخة، بالإضافة إلى 3 من حراسه.", 4),
        ("قتل زعيم القبيلة في هجوم على موكبه، إضافة إلى 6 آخرين من أبنائه.", 7),
    ],
)
def test_others_added_after_one_person_killed(sentence: str, deaths: int) -> None:
    """"فضلا عن / علاوة على / إضافة إلى N آخرين" after one person killed tells N more dead."""
    assert toll(sentence) == deaths


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        # The added count has its own cue: the others are wounded.
        ("قتل قيادي في الجماعة في غارة على البلدة، فضلا عن إصابة 5 آخرين.", 1),
        # The fate told before is a wound, so the others are wounded too.
        ("أصيب ضابط في الهجوم على الحاجز، علاوة على 4 جنود آخرين.", 0),
        # With no killing word before it the added count is no toll.
        ("يقيم في المخيم نحو ألف لاجئ، إضافة إلى 500 آخرين في القرى المجاورة.", 0),
    ],
)
def test_others_added_take_the_fate_told_before(sentence: str, deaths: int) -> None:
    assert toll(sentence) == deaths
