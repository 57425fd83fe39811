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
    assert [(kind, location) for kind, _, location in _kinds(text)] == [("Disrupted weapons use", "Jizan")]


def test_the_missile_named_again_after_its_interception_is_that_interception() -> None:
    """"وأضاف أن الصاروخ أطلق لاستهداف ...": the definite weapon noun points back at the
    missile stopped, so it is no second missile attack, even with the interceptor read as its launcher."""
    text = (
        "أعلنت قيادة القوات المشتركة، الثلاثاء، أن الدفاعات الجوية السعودية اعترضت صاروخا باليستيا أطلقه "
        "الحوثيون باتجاه مدينة جازان.\n"
        "وأضاف أن الصاروخ أطلق عمدا لاستهداف الأحياء السكنية في جازان، وقد تمكنت الدفاعات الجوية من اعتراضه "
        "وتدميره دون وقوع إصابات."
    )
    assert [(kind, location) for kind, _, location in _kinds(text)] == [("Disrupted weapons use", "Jizan")]


def test_the_missiles_of_another_month_after_an_interception_stay_an_act() -> None:
    """A definite missile noun dated months before the interception, at another city, is
    the earlier salvo recalled, not the missile stopped."""
    text = (
        "اعترضت الدفاعات الجوية السعودية مساء الأربعاء صاروخا باليستيا أطلقه الحوثيون باتجاه مدينة جازان.\n"
        "وكانت الصواريخ التي أطلقها الحوثيون على مطار أبها في مارس الماضي قد ألحقت أضرارا بصالة المسافرين."
    )
    assert [kind for kind, _, _ in _kinds(text)] == ["Disrupted weapons use", "Shelling/artillery/missile attack"]


def test_a_launch_read_at_the_interceptors_ally_is_the_interception() -> None:
    """A launch whose target came out as the interceptor's camp-mate (the Yemeni army beside the
    Saudi air defence) may still be the salvo stopped; one by the interceptor's own side may not."""
    from marsad.document import Event
    from marsad.stages import dedupe

    doc = extract_text("نص قصير.", published=DAY)
    common = {"event_date": "2018-05-09", "country": "Saudi Arabia", "admin1": "Jizan", "location": "Jizan",
              "geo_precision": 1, "evidence_spans": [(0, 8)]}
    interception = Event(event_type="Strategic developments", sub_event_type="Disrupted weapons use",
                         actor1="Military Forces of Saudi Arabia (2015-)", inter1=1,
                         actor2="Ansar Allah (Houthis)", inter2=2, **common)
    launch = Event(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                   actor1="Ansar Allah (Houthis)", inter1=2, actor2="Military Forces of Yemen (2012-2022)",
                   inter2=1, **common)
    assert dedupe._salvo_of(doc, interception, launch)
    own = Event(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                actor1="Military Forces of Saudi Arabia (2015-)", inter1=1, actor2="Ansar Allah (Houthis)",
                inter2=2, **common)
    assert not dedupe._salvo_of(doc, interception, own)
