"""Tolls: one more voice counting the same side's dead, a pair killed with companions, and a
tally of a whole area beside one scene's toll."""

from __future__ import annotations

import datetime as dt

import pytest
from support import count_roles

from marsad.document import Document, Sentence
from marsad.pipeline import extract_text
from marsad.stages import numbers

_DAY = dt.date(2019, 3, 14)
_FIRST = "أفاد ناشطون بمقتل 40 عنصرا من قوات النظام في اشتباكات مع الفصائل في حي الصاخور بمدينة حلب أمس.\n"


def _tolls(text: str) -> list[int]:
    return [e.fatalities for e in extract_text(text, published=_DAY).events]


def test_also_reported_dead_of_the_same_side_are_the_same_dead_counted_again() -> None:
    """Another voice's count of the regime's dead is not more dead: the lowest stands."""
    assert _tolls(_FIRST + "كما أفاد مصدر عسكري بمقتل سبعة من قوات النظام في الاشتباكات.") == [7]
    assert _tolls(_FIRST + "كما ذكرت وكالة محلية أن سبعة جنود من قوات النظام قتلوا في الاشتباكات.") == [7]
    # the side named past a proclitic ("عنصرا لقوات النظام") is the same side
    lam = _FIRST.replace("عنصرا من قوات", "عنصرا لقوات")
    assert _tolls(lam + "كما أفاد مصدر عسكري بمقتل سبعة من قوات النظام في الاشتباكات.") == [7]


@pytest.mark.parametrize(
    "second",
    [
        # dead the count calls others
        "كما أفاد مصدر عسكري بمقتل سبعة آخرين من قوات النظام في الاشتباكات.",
        # the other side's dead
        "كما أفاد مصدر عسكري بمقتل سبعة من مقاتلي الفصائل في الاشتباكات.",
        # no voice: "also" tells more deaths
        "كما قتل سبعة من قوات النظام في الاشتباكات.",
    ],
)
def test_also_adds_others_another_sides_dead_and_deaths_told_without_a_voice(second: str) -> None:
    assert _tolls(_FIRST + second) == [47]


def _toll(text: str) -> int:
    doc = Document(text=text)
    doc.sentences.append(Sentence(0, len(text), 0, 0))
    numbers.process(doc)
    return sum(int(m.value) for m in doc.of_kind("number") if m.attrs["role"] == "killed" and not m.attrs["subset"])


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("لقي القائدان، أبو خالد وسامر العلي، مصرعهما مع عدد من المقاتلين بغارة على الطريق.", 5),
        ("أسفر القصف على المعسكر عن مقتلهما مع أربعة آخرين.", 6),
        # one person with companions stays one
        ("لقي القائد مصرعه مع أربعة من مرافقيه بغارة على الطريق.", 5),
    ],
)
def test_a_pair_told_by_a_dual_death_word_counts_two_beside_its_companions(sentence: str, deaths: int) -> None:
    assert _toll(sentence) == deaths


def test_a_tally_of_the_whole_area_is_no_update_of_one_scenes_toll() -> None:
    sentence = "استشهد 12 فلسطينيا في قصف على منزل في مخيم جباليا، في حين ارتفع عدد الشهداء في القطاع منذ الصباح إلى 40."
    assert count_roles(sentence) == [(12, "killed"), (40, "total")]
    events = extract_text(sentence, published=_DAY).events
    assert [e.fatalities for e in events] == [12]


def test_a_tally_of_the_scene_itself_still_updates_its_toll() -> None:
    sentence = "قتل 12 شخصا في انفجار سيارة مفخخة في سوق مدينة الرمادي أمس، ثم ارتفع عدد القتلى إلى 20."
    assert count_roles(sentence) == [(12, "killed"), (20, "killed")]
    assert [e.fatalities for e in extract_text(sentence, published=_DAY).events] == [20]
