"""A combatant killed is a side of a fight, also when the text names him as
"one of" a force's soldiers or commanders in construct (no من), with the ta
marbuta kept as ت before a possessive.  Such a death is a battle, not an
attack on civilians."""

import datetime as dt

import pytest

from marsad.pipeline import extract_text
from marsad.stages.events import names_fighters

PUBLISHED = dt.date(2018, 6, 14)


def types_of(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    "sentence",
    [
        # one of its commanders, a rank word between, ta marbuta before the possessive
        "وأقرت الجماعة المسلحة أمس بمقتل أحد كبار قادتها الميدانيين في عملية عسكرية قرب مدينة الحديدة.",
        "واعترف التنظيم الخميس بمقتل أحد قادته في مدينة الحديدة.",
        # one of its soldiers, told right before the verb
        "وتقول تل أبيب إن أحد جنودها قتل في أحداث العنف قرب حدود قطاع غزة.",
    ],
)
def test_a_fighter_killed_is_a_battle(sentence: str) -> None:
    assert types_of(sentence) == [("Battles", "Armed clash")]


def test_one_of_the_civilians_killed_stays_an_attack() -> None:
    assert types_of("قتل مسلحون مجهولون أحد المدنيين في مدينة درعا أمس.") == [("Violence against civilians", "Attack")]


def test_a_soldier_who_shot_someone_is_no_victim() -> None:
    # "one of the soldiers" is the subject of the shooting, not the one the verb tells killed
    assert types_of("أطلق أحد الجنود النار أمس فقتل شابا في مدينة الخليل.") == [("Violence against civilians", "Attack")]


def test_ta_marbuta_before_a_possessive_still_names_the_noun() -> None:
    assert names_fighters("قادتها الميدانيين")
    assert not names_fighters("حياتها")
