"""Death counts told as a result, as "fell dead", beside a span of years, or in a further report."""

from __future__ import annotations

import datetime as dt

import pytest
from support import number_mentions as run

from marsad.pipeline import extract_text


def _killed(sentence: str) -> list[int]:
    return [int(m.value) for m in run(sentence) if m.attrs.get("role") == "killed"]


# -- a pronoun's death noun after a verb of result ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("وقالت الكتائب إن عملية القنص أسفرت عن مقتله في الحال", [1]),
        ("أطلق المسلحون النار على الحارس مما أدى إلى وفاته", [1]),
        ("استهدفت مسيرة سيارة المسؤول ما أدى لمقتله", [1]),
        ("قصفت الطائرة الدراجة النارية ما تسبب بمقتلهما", [2]),
        ("أسفر القصف على منزلها عن استشهادها", [1]),
    ],
)
def test_a_pronouns_death_told_as_the_acts_result_counts_its_dead(sentence: str, dead: list[int]) -> None:
    assert _killed(sentence) == dead


@pytest.mark.parametrize(
    "sentence",
    [
        "أحيا أنصاره ذكرى مقتله في المدينة",
        "وما زالت السلطات تتحقق من مقتله",
        "أدى مقتله إلى احتجاجات في الشوارع",
        "أعلن الجيش مقتله مرات عدة من قبل",
    ],
)
def test_a_pronouns_death_noun_recalled_or_doubted_counts_no_one(sentence: str) -> None:
    assert _killed(sentence) == []


# -- "fell dead" after the count -----------------------------------------------------------


def test_counts_that_fell_dead_are_death_counts() -> None:
    assert _killed("وقال شهود إن 14 مسلحا وستة من الجنود سقطوا قتلى في المعركة") == [14, 6]
    assert _killed("وذكر مسعفون أن 8 مدنيين سقطوا شهداء في القصف") == [8]


# -- a span of years after the count ---------------------------------------------------------


def test_a_count_since_a_bare_year_is_a_running_total() -> None:
    found = run("وتقول منظمات إن 140 جنديا قتلوا منذ 2013 في هجمات على الحدود")
    assert [(m.value, m.attrs["role"]) for m in found] == [(140, "total")]


def test_a_superlatives_span_leaves_the_acts_toll() -> None:
    for sentence in ("قتل 9 جنود في أعنف هجوم منذ 2016", "قتل 9 جنود في أعنف هجوم منذ عام 2016"):
        assert [(m.value, m.attrs["role"]) for m in run(sentence)] == [(9, "killed")]


# -- the killed and the wounded together, in a further report ------------------------------


def test_killed_and_wounded_together_in_a_further_report_keep_their_deaths() -> None:
    sentence = ("أقر الجيش بمقتل جنديين في المعارك، بينما أعلنت سرايا المقاومة (الجناح العسكري) "
                "أنها قتلت وجرحت عددا من الجنود في كمين")
    assert _killed(sentence) == [2, 3]


def test_killed_and_wounded_together_in_the_same_stretch_as_a_toll_add_nothing() -> None:
    assert _killed("قتل 4 جنود وقتل وجرح عدد من المسلحين في الهجوم") == [4]


# -- a reaction opened by "also" restates the act's toll -----------------------------------


def test_a_reaction_opened_by_also_does_not_add_its_deaths() -> None:
    text = (
        "أدانت الحكومة التفجير الذي استهدف مركزا للشرطة في مدينة الرمادي اليوم وأسفر عن مقتل عدد من أفراد الشرطة.\n"
        "كما أعربت الجامعة العربية عن إدانتها للتفجير الذي استهدف مركز الشرطة في الرمادي وأدى إلى سقوط عدد من الشهداء."
    )
    events = extract_text(text, published=dt.date(2019, 3, 14)).events
    assert [e.fatalities for e in events] == [3]
