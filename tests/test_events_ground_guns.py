"""Events: an air power's bombardment told with tanks, artillery or naval guns is shelling, not an air strike."""

import datetime as dt

import pytest

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2024, 1, 10)
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
AIR_STRIKE = ("Explosions/Remote violence", "Air/drone strike")


def kinds(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text", [
    # the guns before a bare bombardment verb (SVO)
    "الدبابات الإسرائيلية تقصف مناطق شرق مدينة خان يونس.",
    # the guns as the subject right after the verb (VSO)
    "قصفت الزوارق الحربية الإسرائيلية ساحل مدينة غزة.",
    # the guns as the instrument of a targeting
    "استهدفت قوات الاحتلال منزلا بالمدفعية في حي الشجاعية.",
])
def test_guns_named_as_doer_or_instrument_make_shelling(text: str) -> None:
    assert kinds(text) == [SHELLING]


def test_an_air_powers_bare_bombardment_stays_an_air_strike() -> None:
    assert kinds("قصف الاحتلال منزلا في مدينة رفح.") == [AIR_STRIKE]


def test_tanks_as_the_target_do_not_make_the_strike_shelling() -> None:
    # (the tanks come after the doer: they are what the aircraft hit)
    assert kinds("قصفت الطائرات الإسرائيلية دبابات في مدينة رفح.") == [AIR_STRIKE]
