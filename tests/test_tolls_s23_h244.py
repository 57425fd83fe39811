"""Tolls lost or mistaken in held-out news (session 23): a vague count behind a
preposition, a subject set off by a bracket before "لقوا مصرعهم", "the other
seven" of a toll told already, an anniversary's ordinal, a "similar" attack
told beside the news, and a quoted toll of "this attack" with no act of its own."""

from __future__ import annotations

import datetime as dt

import pytest
from support import count_roles

from marsad.pipeline import extract_text

DAY = dt.date(2018, 4, 28)


def killed(text: str) -> list[tuple[int, bool]]:
    """(value, subset) of the killed counts of a one-sentence text."""
    from marsad.document import Document, Sentence
    from marsad.stages import numbers

    doc = Document(text=text)
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    numbers.process(doc)
    return [(int(m.value), bool(m.attrs["subset"])) for m in doc.of_kind("number") if m.attrs["role"] == "killed"]


def tolls(text: str) -> list[int]:
    return [e.fatalities for e in extract_text(text, published=DAY).events]


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        # "أودى بالعشرات": the vague word behind ب counts as the bare word (EVENTS.md §4: 10)
        ("قصفت الطائرات البلدة بغاز سام ما أودى بالعشرات من سكانها.", 10),
        ("استهدف القصف السوق الشعبي وأودى بعشرات المدنيين.", 10),
        ("وقال المصدر إن قتلى المسلحين بالعشرات في تلك الجبهة.", 10),
        # a bare vague word keeps its reading
        ("قصفت الطائرات القرية ما أسفر عن مقتل بعض المدنيين.", 3),
    ],
)
def test_vague_word_behind_a_preposition(sentence: str, dead: int) -> None:
    assert sum(value for value, _ in killed(sentence)) == dead


def test_vague_word_behind_a_preposition_still_counts_things_as_things() -> None:
    # "بعشرات القذائف" counts shells, never the dead
    assert all(role != "killed" for _, role in count_roles("قصفت قوات النظام البلدة بعشرات القذائف."))


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال الجيش إن أكثر من 30 عنصرا من المسلحين في جبهة الميمنة (شمال المديرية)، لقوا مصرعهم.",
        "وأكد المصدر أن 30 مسلحا من الجماعة (بينهم قادة ميدانيون) لقوا مصرعهم في المعارك.",
    ],
)
def test_bracketed_aside_before_the_fate_verb(sentence: str) -> None:
    # the aside places or breaks down the subject; "لقوا مصرعهم" still tells the 30 killed
    assert (30, False) in killed(sentence)
    assert sum(value for value, subset in killed(sentence) if not subset) == 30


def test_two_fronts_of_one_battle_add_up() -> None:
    text = ("تواصلت المعارك العنيفة الاثنين بين الجيش والمسلحين في مديرية نهم.\n"
            "وقال الجيش إن أكثر من 30 عنصرا من المسلحين في جبهة الميمنة (شمال المديرية)، لقوا مصرعهم، "
            "إضافة إلى مقتل 17 عنصرا في جبهة الميسرة.")
    assert 47 in tolls(text)


def test_the_other_seven_are_part_of_the_toll_told() -> None:
    # "القتلى السبعة الآخرين": the rest of the nine, not a second toll nor a lower report
    assert killed("وأفاد المتحدث أن شرطيين قتلا في الهجوم، وأن القتلى السبعة الآخرين هم من المدنيين.") == [(7, True)]
    text = ("فجر انتحاري نفسه في حي شيعي في كابول الجمعة موقعا تسعة قتلى على الأقل بينهم شرطيان.\n"
            "وأفاد المتحدث أن شرطيين قتلا في الهجوم، وأن القتلى السبعة الآخرين هم من المدنيين.")
    assert tolls(text) == [9]


def test_seven_others_after_a_count_still_add() -> None:
    # an indefinite "others" after a killed count is more dead, not a part (`additive_others`)
    assert sum(v for v, subset in killed("قتل شرطيان و7 مدنيين آخرين في الانفجار.") if not subset) == 9


def test_anniversary_ordinal_is_no_toll() -> None:
    # (the leader's own killing, told with no number, is one dead: not 23)
    assert 23 not in [v for v, _ in killed("ووقع التفجير قرب تجمع في الذكرى السنوية الـ23 لمقتل الزعيم.")]


def test_a_similar_attack_is_another_act() -> None:
    # "هجوم مماثل شنه الخميس": an earlier act of its own, whose toll is not the news's
    text = ("قتل أكثر من ثلاثين مدنيا الجمعة بأيدي مسلحين في منطقة ميناكا شمال شرق مالي.\n"
            "وقالت مجموعة مسلحة إن الهجوم الجديد يأتي بعد هجوم مماثل شنه الخميس مسلحون على دراجات نارية "
            "ما أدى إلى مقتل 12 شخصا في المنطقة نفسها.")
    assert sorted(tolls(text)) == [12, 30]


def test_quoted_toll_of_this_attack_goes_to_the_act_before() -> None:
    text = ("قصفت الميليشيات مخيما للنازحين بعدد من القذائف في مديرية الخوخة.\n"
            "وقال المتحدث باسم التحالف: \"نتج عن هذا الاستهداف وفاة امرأة وإصابة عدد من النازحين.\"")
    assert tolls(text) == [1]
    # with no toll in the quote, the act keeps none
    quiet = ("قصفت الميليشيات مخيما للنازحين بعدد من القذائف في مديرية الخوخة.\n"
             "وقال المتحدث باسم التحالف: \"نتج عن هذا الاستهداف إصابة عدد من النازحين.\"")
    assert tolls(quiet) == [0]


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        # feminine duals of people count two
        ("قام المهاجم بقتل شابتين على رصيف المحطة قبل أن تقتله الشرطة.", 2),
        ("قتل مسلحون طالبتين في هجوم على مدرسة في المدينة.", 2),
    ],
)
def test_feminine_duals_of_people(sentence: str, dead: int) -> None:
    assert (dead, False) in killed(sentence)
