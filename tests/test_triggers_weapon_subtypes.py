"""The sub-type follows the weapon the clause names, not the act word it hangs on:
aircraft that kill strike from the air, a war's leftover that goes off is an
explosive remnant (nothing was fired that day), car bombs told in the dual are
car bombs (with suicide drivers, a suicide bombing), and a device the forces
destroyed is no bombing."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2016, 3, 9)


def subs_of(text: str) -> list[str]:
    return [e.sub_event_type for e in extract_text(text, published=PUBLISHED).events]


def test_aircraft_that_kill_make_an_air_strike() -> None:
    assert subs_of("وقال ناشطون إن طائرات مجهولة قتلت أمس عشرة من مقاتلي التنظيم في ريف حماة.") == ["Air/drone strike"]


def test_aircraft_named_after_the_killing_verb_make_an_air_strike() -> None:
    assert subs_of("وقتلت طائرات مجهولة أمس أربعة من مقاتلي التنظيم في ريف حماة.") == ["Air/drone strike"]


def test_a_war_remnant_going_off_is_no_shelling() -> None:
    text = "وقتل طفلان أمس بانفجار قذيفة من مخلفات الحرب في أحد أحياء مدينة حلب."
    assert subs_of(text) == ["Remote explosive/landmine/IED"]


def test_an_unexploded_rocket_going_off_is_no_shelling() -> None:
    text = "وأصيب ثلاثة مزارعين أمس بانفجار صاروخ غير منفجر في أرض زراعية قرب مدينة خان يونس."
    assert subs_of(text) == ["Remote explosive/landmine/IED"]


def test_two_car_bombs_make_a_bombing() -> None:
    text = "واستهدف هجوم بسيارتين مفخختين أمس مقرا للشرطة في مدينة عدن، مما أسفر عن مقتل أربعة أشخاص."
    assert subs_of(text) == ["Remote explosive/landmine/IED"]


def test_two_car_bombs_with_suicide_drivers_make_a_suicide_bomb() -> None:
    text = "وهاجم التنظيم أمس حاجزا للجيش غرب مدينة الرمادي بسيارتين مفخختين يقودهما انتحاريان."
    assert subs_of(text) == ["Suicide bomb"]


def test_a_car_bomb_the_forces_destroyed_is_no_bombing() -> None:
    text = "وأعلنت قيادة العمليات مقتل عشرة مسلحين شمال مدينة الفلوجة وتدمير سيارة مفخخة في أطراف المدينة."
    assert "Remote explosive/landmine/IED" not in subs_of(text)
