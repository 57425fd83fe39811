"""Ground taken by a foreign state's forces (EVENTS.md §3 territory convention).

"Government regains territory" belongs to the state or forces formally
fighting for it; a foreign army acting on its own overtakes territory, while
one fighting in the host government's camp regains it for that government.
"""

import datetime as dt

from marsad.pipeline import extract_text


def _territory(text: str, published: dt.date) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.country) for e in extract_text(text, published=published).events
            if e.event_type == "Battles"]


def test_a_foreign_army_taking_a_town_abroad_overtakes_it() -> None:
    text = "سيطر الجيش التركي اليوم على مدينة عفرين بعد معارك مع وحدات حماية الشعب الكردية."
    assert _territory(text, dt.date(2018, 3, 18)) == [("Non-state actor overtakes territory", "Syria")]


def test_an_allied_army_in_the_host_governments_camp_regains_for_it() -> None:
    text = "استعادت القوات الإماراتية اليوم السيطرة على مطار عدن من الحوثيين."
    assert _territory(text, dt.date(2015, 7, 17)) == [("Government regains territory", "Yemen")]


def test_the_host_states_own_army_regains() -> None:
    text = "سيطرت قوات الجيش السوري اليوم على بلدة حمورية بعد معارك مع فيلق الرحمن."
    assert _territory(text, dt.date(2018, 3, 14)) == [("Government regains territory", "Syria")]
