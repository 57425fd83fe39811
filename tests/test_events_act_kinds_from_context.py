"""An act's kind read from the right word: devices made safe are no bombing,
two suicide attacks ("هجومين انتحاريين") are no football, marches targeted are
no drones, a ground assault to take a town is no air strike, a killing by
aircraft is no clash, and a square named by the sit-ins once held there is
neither a protest nor a crowd."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text

DAY = dt.date(2018, 5, 14)
DISRUPTED = "Disrupted weapons use"


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in extract_text(text, published=DAY).events]


@pytest.mark.parametrize("text", [
    "ونزعت الفرق الهندسية التابعة للجيش مئات الألغام الأرضية في مديرية المخا أمس.",
    "وأعلن الجيش عن نزع وحداته الهندسية التابعة له نحو ألف لغم أرضي وعبوة ناسفة في مديرية حيس.",
    "وانتزعت الفرق الهندسية التابعة للقوات الحكومية عشرات الألغام الأرضية والعبوات في مديرية حرض.",
    "وأبطلت الشرطة مفعول عبوة ناسفة وضعت قرب مدرسة في مدينة كركوك أمس.",
])
def test_a_device_told_after_the_verb_that_made_it_safe_is_disrupted(text: str) -> None:
    assert _subs(text) == [DISRUPTED]


@pytest.mark.parametrize("text", [
    "وتمكن الوزير من نزع فتيل قنبلة موقوتة في العلاقات بين بغداد وأربيل أمس.",
    "وأزالت البلدية العبوات الفارغة من شوارع مدينة الموصل أمس.",
])
def test_a_crisis_or_a_container_removed_is_no_disarmed_device(text: str) -> None:
    assert _subs(text) == []


def test_a_device_that_went_off_while_being_disarmed_is_still_a_blast() -> None:
    assert "Remote explosive/landmine/IED" in _subs("وانفجرت عبوة ناسفة أثناء محاولة تفكيكها في مدينة كركوك أمس.")


def test_a_bomb_that_went_off_is_still_a_bombing() -> None:
    assert _subs("وانفجرت عبوة ناسفة بسيارة للشرطة في مدينة كركوك أمس.") == ["Remote explosive/landmine/IED"]


def test_two_suicide_attacks_are_suicide_bombings() -> None:
    assert _subs("وقتل 9 مدنيين في هجومين انتحاريين في بلدة كولوفاتا أمس.") == ["Suicide bomb"]


@pytest.mark.parametrize("text", [
    "وقتل خمسة فلسطينيين برصاص الجنود الذين استهدفوا مسيرات سلمية شرق مدينة رفح أمس.",
    "واستهدفت قوات الاحتلال مسيرات العودة شرق مدينة رفح أمس ما أدى إلى إصابة 30 شابا.",
])
def test_marches_targeted_are_force_against_protesters(text: str) -> None:
    assert _subs(text) == ["Excessive force against protesters"]


def test_drones_that_targeted_fighters_are_still_an_air_strike() -> None:
    text = "واستهدفت طائرات مسيرة إسرائيلية تجمعا للمسلحين شرق مدينة رفح أمس ما أدى إلى مقتل 3 منهم."
    assert _subs(text) == ["Air/drone strike"]


def test_an_air_power_s_assault_to_take_a_town_is_fought_on_the_ground() -> None:
    assert _subs("وبدأت قوات إماراتية الخميس هجوما على مدينة زبيد للسيطرة عليها.") == ["Armed clash"]


def test_a_square_named_by_its_past_sit_ins_is_no_protest_nor_crowd() -> None:
    text = "وتقدمت القوات العراقية باتجاه الساحات التي كانت تقام فيها الاعتصامات في مدينة الفلوجة أمس."
    assert _subs(text) == ["Armed clash"]


def test_an_assassination_by_aircraft_is_an_air_strike() -> None:
    text = "وقالت مصادر محلية إن اغتيال الطيران الإسرائيلي عناصر الشرطة وقع في مدينة خان يونس أمس."
    assert _subs(text) == ["Air/drone strike"]
