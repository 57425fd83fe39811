"""Fatalities told loosely: a list of counts before one death verb, the last count of a list
before the next clause's cue, a date set off by commas between a killing verb and its count,
a death word with no number said twice, a toll over a long campaign told through a pronoun,
a war's toll told through a relative clause, and "also" after a later sentence's count."""

from __future__ import annotations

import datetime as dt

import pytest
from support import count_roles

from marsad.pipeline import extract_text

DAY = dt.date(2019, 3, 12)


def killed(text: str) -> int:
    """Sum of the killed counts of a one-sentence text."""
    return sum(value for value, role in count_roles(text) if role == "killed")


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        # counts joined by "و" are one subject of the death verb after them
        ("قال الضابط إن ثلاثة مزارعين و7 من المهاجمين وجنديين قتلوا في القتال بالوادي.", 12),
        ("أفاد شهود بأن أربعة رعاة و 6 من الحراس قتلوا قرب البئر.", 10),
        # the last count of a list keeps the list's fate before a joined cue of the next phrase
        ("أدى الانفجار إلى مقتل ستة من الزوار وخمسة من الباعة وإصابة آخرين.", 11),
        ("أدى الانفجار إلى إصابة ستة من الزوار وخمسة من الباعة ومقتل حارس.", 1),
        # a date between commas does not cut a killing verb from its count
        ("حاصرت الكتيبة المهاجمين في الغابة، وقتلت، الخميس، العشرات منهم.", 10),
        ("اقتحم مسلحون السوق وقتلوا، صباح السبت، 9 من الباعة.", 9),
    ],
)
def test_lists_and_asides_keep_the_death_role(sentence: str, dead: int) -> None:
    assert killed(sentence) == dead


def test_a_comma_without_a_date_still_cuts_the_clause() -> None:
    assert killed("وقتلت القوات، وفق مصادر محلية، العشرات منهم.") == 0


def test_a_campaign_told_through_a_pronoun_makes_its_toll_a_total() -> None:
    roles = count_roles("تتقاتل العشيرتان في البلدة الجبلية منذ أكثر من عام، قتل فيها العشرات.")
    assert (10, "total") in roles
    assert killed("اندلعت اشتباكات بين العشيرتين في البلدة الجبلية أمس، قتل فيها سبعة أشخاص.") == 7


def _events(text: str) -> list:
    return extract_text(text, published=DAY).events


def test_a_death_word_said_twice_is_one_unknown_toll() -> None:
    events = _events("قصف المتمردون تجمعا للجنود في بلدة دمت بمحافظة الضالع مساء أمس ما أدى إلى سقوط قتلى"
                     " وجرحى في صفوفهم، وأنباء عن سقوط قتلى آخرين في القرية المجاورة.")
    assert [e.fatalities for e in events if e.fatalities] == [3]


def test_two_persons_with_no_number_still_add_up() -> None:
    events = _events("قتلت امرأة وطفل في قصف على قرية في محافظة الضالع أمس.")
    assert [e.fatalities for e in events] == [2]


@pytest.mark.parametrize("war", ["لإنهاء الحرب التي تقول الهيئة إنها أسفرت", "لإنهاء الحرب التي أسفرت",
                                 "للحرب التي أسفرت"])
def test_a_wars_toll_told_through_a_relative_clause_is_no_event(war: str) -> None:
    events = _events(f"وجاءت المبادرة بعد تعثر المفاوضات بين الحكومة والمتمردين في مايو الماضي، سعيا {war}"
                     " عن مقتل ألف مدني في تعز.")
    assert not [e for e in events if e.fatalities]


def test_also_after_a_later_count_adds_its_dead_to_the_act() -> None:
    events = _events("قتل أربعة جنود أمس في هجوم لمسلحين على قاعدة عسكرية في ولاية بورنو."
                     " وقال مسؤول محلي إن ستة مدنيين قتلوا أيضا في الهجوم.")
    assert [e.fatalities for e in events] == [10]


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        # a killing threatened is no death, its subject between the threat and the killing
        ("هدد التنظيم بقتل رئيس البرلمان إذا لم يستقل.", 0),
        ("توعدت الجماعة باغتيال الوزير في رسالة نشرتها أمس.", 0),
        # ... but an accusation of a killing done, or a killing done after the threat, counts
        ("اتهم الادعاء الرجل بقتل شرطي في الحي.", 1),
        ("هدد المسلحون بقتل الرهائن، ثم قاموا بقتل رهينة أمس.", 1),
    ],
)
def test_a_threatened_killing_is_no_death(sentence: str, dead: int) -> None:
    assert killed(sentence) == dead


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        # a crowd angered or gathered after deaths is no toll
        ("أثار مقتل شابين في القرية غضب الآلاف من السكان.", 2),
        ("خرجت مسيرة بمشاركة المئات بعد مقتل ثلاثة شبان في القرية.", 3),
        ("قتل في القصف العشرات.", 10),
    ],
)
def test_a_crowd_after_deaths_is_no_toll(sentence: str, dead: int) -> None:
    assert killed(sentence) == dead
