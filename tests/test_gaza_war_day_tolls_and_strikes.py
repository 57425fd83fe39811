"""Gaza-war leads, third pass: a toll counted since a time of the day is that day's
strikes, massacres by an air power are its strikes, a force's own aircraft strike
from the air, talks that progress are no advance, and film of an act's first moments
shows the act."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2024, 9, 10)
ISRAEL = "Military Forces of Israel (2022-)"


def _events(text: str) -> list[tuple]:
    doc = extract_text(text, published=DAY)
    return [(e.event_type, e.sub_event_type, e.actor1, e.fatalities) for e in doc.events]


def test_a_toll_risen_since_dawn_is_the_days_strikes():
    found = _events("ارتفع عدد الشهداء في الغارات الإسرائيلية على قطاع غزة منذ فجر اليوم إلى 38 شهيدا.")
    assert found == [("Explosions/Remote violence", "Air/drone strike", ISRAEL, 38)]


def test_a_bare_count_after_a_tally_risen_since_the_morning_is_its_toll():
    found = _events("أفاد مراسلنا بارتفاع عدد شهداء القصف الإسرائيلي على مدينة خان يونس منذ صباح اليوم إلى 27.")
    assert [f[3] for f in found] == [27]


def test_a_toll_risen_since_the_war_began_is_still_no_event():
    assert _events("ارتفع عدد الشهداء في قطاع غزة منذ بدء الحرب إلى 41 ألفا.") == []


def test_massacres_counted_since_dawn_are_the_air_powers_strikes():
    found = _events("ارتفع عدد الشهداء في المجازر التي ارتكبها الاحتلال في قطاع غزة منذ فجر اليوم إلى 29 شهيدا.")
    assert found == [("Explosions/Remote violence", "Air/drone strike", ISRAEL, 29)]


def test_progress_in_talks_is_no_advance_joined_to_the_strike():
    found = _events("استشهد 20 فلسطينيا في قطاع غزة جراء القصف الإسرائيلي، بالتزامن مع التقدم في مفاوضات التهدئة.")
    assert ("Explosions/Remote violence", "Air/drone strike", ISRAEL, 20) in found
    assert not any(f[0] == "Battles" for f in found)


def test_a_forces_own_aircraft_named_with_a_pronoun_strike_from_the_air():
    found = _events("قصفت مقاتلاته مدرسة تؤوي نازحين في مدينة دير البلح بصاروخين.")
    assert [f[1] for f in found] == ["Air/drone strike"]


def test_film_of_the_first_moments_of_a_strike_shows_the_strike():
    found = _events("بثت القناة مشاهد تظهر اللحظات الأولى لاستهداف الجيش الإسرائيلي منزلا في مخيم المغازي وسط قطاع غزة.")
    assert [f[:3] for f in found] == [("Explosions/Remote violence", "Air/drone strike", ISRAEL)]


def test_footage_shown_of_a_strike_is_no_offer_of_it():
    found = _events("عرضت القناة مشاهد من آثار قصف إسرائيلي استهدف تجمعا لمواطنين في مخيم المغازي، وأسفر عن 7 شهداء.")
    assert found == [("Explosions/Remote violence", "Air/drone strike", ISRAEL, 7)]


def test_a_truce_offered_is_still_no_truce():
    assert _events("عرضت مصر على الطرفين هدنة في مدينة رفح مقابل الإفراج عن الأسرى.") == []
