"""Event type and sub-type, from a by-eye review of Saudi 2015 and multi-outlet
2018 news: ground that fell into a side's hands, a bomber's own belt, a
protest dispersed by a pronoun, and arrests by a federal police."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 5, 20)  # a Sunday


def events(text: str) -> list[tuple[str, str, str | None]]:
    """(event type, sub-type, actor1) of the events of a one-sentence article."""
    return [(e.event_type, e.sub_event_type, e.actor1) for e in extract_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    ("sentence", "gainer"),
    [
        ("سقطت مدينة غزني أمس بيد حركة طالبان.", "Taliban"),
        ("وسقطت قاعدة العند الجوية في يد الحوثيين أمس بعد معارك مع القوات الحكومية.", "Ansar Allah (Houthis)"),
    ],
)
def test_ground_that_fell_into_a_groups_hands_is_overtaken_by_it(sentence: str, gainer: str) -> None:
    assert events(sentence) == [("Battles", "Non-state actor overtakes territory", gainer)]


def test_a_fall_with_the_holders_withdrawal_is_one_capture() -> None:
    found = events("سقطت مدينة الرمادي أمس في أيدي تنظيم داعش بعد انسحاب القوات العراقية.")
    assert [(sub, a1) for _, sub, a1 in found] == [("Non-state actor overtakes territory", "Islamic State (Iraq)")]


@pytest.mark.parametrize(
    "sentence",
    [
        "فجر رجل حزامه الناسف أمس داخل مسجد في مدينة كانو مما أدى إلى مقتل 7 مصلين.",
        "وفجر الانتحاريان أحزمتهما الناسفة صباح أمس في سوق مدينة مايدوغوري فقتلا 10 أشخاص.",
    ],
)
def test_a_bomber_setting_off_their_own_belt_is_a_suicide_bomb(sentence: str) -> None:
    assert [sub for _, sub, _ in events(sentence)] == ["Suicide bomb"]


@pytest.mark.parametrize(
    "sentence",
    [
        "تظاهر مئات أمس في مدينة البصرة للمطالبة بتحسين الخدمات قبل أن تفرقهم قوات الأمن.",
        "تظاهر مئات أمس في مدينة البصرة للمطالبة بتحسين الخدمات، وفرقتهم الشرطة بالغاز.",
    ],
)
def test_a_protest_dispersed_told_by_a_pronoun_met_intervention(sentence: str) -> None:
    assert [sub for _, sub, _ in events(sentence)] == ["Protest with intervention"]


def test_their_disunity_is_no_dispersal() -> None:
    found = events("تظاهر مئات أمس في مدينة البصرة رغم تفرقهم بين أحزاب متنافسة.")
    assert [sub for _, sub, _ in found] == ["Peaceful protest"]


def test_an_arrest_by_the_federal_police_is_no_abduction_by_the_suspects_group() -> None:
    found = events("أعلن مكتب التحقيقات الفدرالي أمس اعتقال رجل على صلة بتنظيم القاعدة في ولاية تكساس.")
    assert [(t, sub) for t, sub, _ in found] == [("Strategic developments", "Arrests")]
    assert found[0][2].startswith("Police Forces of the United States")


def test_gunmen_who_attacked_a_wedding_attacked_civilians() -> None:
    found = events("قال مسؤول في الشرطة إن مسلحين فتحوا النار أمس على حفل عرس في إقليم هلمند مما أسفر عن مقتل 11 شخصا.")
    assert [(t, sub) for t, sub, _ in found] == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize(
    "sentence",
    [
        "استهدف هجوم مسلح أمس المشيعين في جنازة بمدينة جلال آباد وقتل 8.",
        "هاجم مسلحون أمس مأتما في قرية قرب مدينة الموصل.",
    ],
)
def test_an_attack_on_mourners_is_on_civilians(sentence: str) -> None:
    assert [(t, sub) for t, sub, _ in events(sentence)] == [("Violence against civilians", "Attack")]
