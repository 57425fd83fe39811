"""One salvo told as its interception and as its launcher's claim is one disrupted weapons use."""

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2018, 5, 9)


def _kinds(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor2, e.location) for e in extract_text(text, published=DAY).events]


def test_the_launchers_claim_of_an_intercepted_missile_is_the_interception() -> None:
    """The defender's interception over the city and, two sentences on, the launcher's claim
    to have hit a site in that city with ballistic missiles: one interception, the launcher its second side."""
    text = (
        "اعترضت الدفاعات الجوية السعودية مساء الأربعاء صاروخا باليستيا فوق مدينة نجران.\n"
        "وقال المتحدث إن الشظايا تناثرت دون أن تسجل إصابات.\n"
        "من جهتهم، أعلن الحوثيون أنهم استهدفوا معسكرا في نجران بصاروخ باليستي."
    )
    assert _kinds(text) == [("Disrupted weapons use", "Ansar Allah (Houthis)", "Najran")]


def test_shelling_told_without_a_missile_beside_an_interception_stays_an_act() -> None:
    """Artillery shelling of the same city by the same side, with no missile or drone
    named, is an act of its own beside the interception."""
    text = (
        "اعترضت الدفاعات الجوية السعودية مساء الأربعاء صاروخا باليستيا فوق مدينة نجران.\n"
        "وفي سياق آخر، قصف الحوثيون بالمدفعية أحياء سكنية في نجران."
    )
    assert [kind for kind, _, _ in _kinds(text)] == ["Disrupted weapons use", "Shelling/artillery/missile attack"]


def test_a_missile_claimed_on_another_city_stays_an_act() -> None:
    """A claimed missile attack on a city far from the interception is another launch."""
    text = (
        "اعترضت الدفاعات الجوية السعودية مساء الأربعاء صاروخا باليستيا فوق مدينة نجران.\n"
        "من جهتهم، أعلن الحوثيون أنهم قصفوا مطار أبها بصاروخ باليستي."
    )
    assert len(_kinds(text)) == 2



def test_a_missile_named_as_a_strikes_instrument_is_no_second_act() -> None:
    """"بصاروخين" after the strike's verb is the weapon the aircraft fired: one air strike."""
    text = "قصفت طائرات حربية إسرائيلية موقعا للفصائل في مخيم جباليا بصاروخين فجر الأربعاء."
    assert [kind for kind, _, _ in _kinds(text)] == ["Air/drone strike"]


def test_missiles_fired_with_their_own_verb_after_a_strike_stay_an_act() -> None:
    """Missiles launched by the other side, told with their own verb, are a second act."""
    text = "قصفت طائرات حربية إسرائيلية فجر الأربعاء موقعا للفصائل في مخيم جباليا، فيما أطلقت الفصائل صواريخ على عسقلان."
    assert len(_kinds(text)) == 2


def test_a_spokesmans_retelling_of_an_interception_with_the_missiles_target_is_that_interception() -> None:
    """The lead's interception and the spokesman's version, saying the missile was aimed at
    homes, are one interception with the launcher as its second side, not a second one
    against civilians and no attack by the defender."""
    text = (
        "اعترضت الدفاعات الجوية السعودية مساء الأربعاء صاروخا باليستيا أطلقه الحوثيون باتجاه مدينة نجران.\n"
        "وأوضح المتحدث باسم التحالف أن الدفاعات الجوية اعترضت الصاروخ الذي كان يستهدف الأحياء السكنية في نجران."
    )
    assert _kinds(text) == [("Disrupted weapons use", "Ansar Allah (Houthis)", "Najran")]


def test_a_launch_placed_at_the_province_it_was_fired_from_is_the_interception() -> None:
    """"رصدت إطلاق صاروخ من محافظة صعدة": the launch's place is its origin, so the launch told
    by the spokesman is the interception over the Saudi city, not a second act in Yemen."""
    text = (
        "اعترضت الدفاعات الجوية السعودية مساء الأربعاء صاروخا باليستيا أطلقه الحوثيون باتجاه مدينة جازان.\n"
        "وقال المتحدث باسم التحالف إن الدفاعات رصدت إطلاق صاروخ باليستي من قبل الحوثيين من محافظة صعدة باتجاه المملكة."
    )
    assert [(kind, location) for kind, _, location in _kinds(text)] == [("Disrupted weapons use", "Jīzān")]
