"""NUMBERS stage: tolls misread from a glued cue, a span of time, a funeral crowd, or a
death with no number before a "while" clause that has its own count."""

from __future__ import annotations

from marsad.document import Document, Sentence
from marsad.stages import numbers


def killed(text: str) -> list[int]:
    """Values of the killed counts of one sentence."""
    doc = Document(text=text)
    doc.sentences.append(Sentence(0, len(text), 0, 0))
    numbers.process(doc)
    return [m.value for m in doc.of_kind("number") if m.attrs["role"] == "killed"]


def test_a_count_glued_to_its_death_cue_is_read() -> None:
    # a typo joins the cue and the digits: the count is still the toll
    assert killed("أكدت مصادر طبية مقتل12 مدنيا في قصف على البلدة.") == [12]
    assert killed("ارتفع عدد الضحايا بعد استشهاد9 أشخاص في الغارة.") == [9]
    # or the digits and the noun of the dead after them
    assert killed("أسفرت المعارك عن مقتل 25مقاتلا من الطرفين.") == [25]
    assert killed("وأدى الانفجار إلى سقوط 6قتلى في السوق.") == [6]


def test_digits_glued_to_other_words_stay_ids() -> None:
    # a word glued to digits that is no casualty cue names a model or an id
    assert killed("أطلقت الطائرة صاروخا من طراز كورنيت12 على الموقع.") == []


def test_a_number_after_a_plural_unit_of_time_is_a_span_not_a_toll() -> None:
    # neither part of a compound number after "الساعات" counts the dead
    assert killed("وخلال الساعات الست والثلاثين الأخيرة قتل 4 جنود في المنطقة.") == [4]
    assert killed("قتل في الأيام الـ10 الأخيرة 7 مسلحين في الاشتباكات.") == [7]


def test_the_crowd_at_a_funeral_is_not_the_toll() -> None:
    assert killed("شيع آلاف السكان في البلدة جثامين أربعة شبان قتلوا في الغارة.") == [4]
    assert 2000 not in killed("وشيعت حشود قدرت بنحو 2000 شخص جثمان الطفل.")
    assert killed("شارك المئات في تشييع جثمان الشاب في القرية.") == []


def test_dead_counted_after_a_funeral_verb_still_count() -> None:
    # the count's own noun is a death word: these are the dead buried
    assert killed("شيعت القرية 3 شهداء سقطوا في القصف.") == [3]


def test_a_death_with_no_number_keeps_its_toll_before_a_while_clause_with_a_count() -> None:
    # "فيما"/"في حين" open a further act: its count is not the first act's toll
    assert killed("أعلن الجيش مقتل ضابط وإصابة 4 في الهجوم، فيما قتلت القوات مسلحين اثنين.") == [1, 2]
    assert killed("استشهد 6 فلسطينيين في الغارة، في حين قتل جندي في اشتباك قرب الحدود.") == [6, 1]
    assert killed("أفادت المصادر باستشهاد شاب برصاص الجنود فيما استشهد 12 في غارات على المدينة.") == [1, 12]


def test_a_definite_death_noun_with_people_for_predicate_is_no_new_toll() -> None:
    # "the dead were civilians" tells who the dead already counted were
    assert killed("قتل 9 أشخاص في الانفجار، بينما قالت الشرطة إن القتلى مدنيون.") == [9]


def test_one_person_killed_past_a_pronoun_back_to_the_act() -> None:
    assert killed("تعرضت الدورية لكمين قتل فيه رقيب وأصيب ثلاثة جنود.") == [1]
    assert killed("نفذت الطائرات غارة استشهد خلالها مزارع في أرضه.") == [1]


def test_one_person_with_an_adjective_before_a_death_verb() -> None:
    assert killed("وذكرت الوزارة أن شرطيا مصريا قتل وأصيب اثنان في الهجوم.") == [1]


def test_a_foreign_resident_killed_counts_as_one() -> None:
    assert killed("سقطت شظايا الصاروخ على حي سكني وأدت إلى مقتل وافد هندي.") == [1]


def test_a_wounding_cue_after_while_is_not_the_role_of_the_count_before() -> None:
    doc = Document(text="أسرت القوات 12 مسلحا في حين جرح نحو 40 آخرين في المعارك.")
    doc.sentences.append(Sentence(0, len(doc.text), 0, 0))
    numbers.process(doc)
    roles = {m.value: m.attrs["role"] for m in doc.of_kind("number")}
    assert roles[12] != "wounded" and roles[40] == "wounded"
