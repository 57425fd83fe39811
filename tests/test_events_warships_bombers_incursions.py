"""Events: a warship targeted is no air strike, a bomber who set off himself is a
suicide bomb, a foreign army's incursion is a raid, an intercepted missile's aim is
the interception, a missile that targeted a town is a missile attack."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 5, 20)


def typed(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUBLISHED).events]


def test_armed_group_targeting_a_warship_is_no_air_strike() -> None:
    # "حربية" names the warship, not a warplane.
    text = "استهدف مقاتلو الحوثي أمس بارجة حربية سعودية قبالة السواحل الغربية لليمن."
    assert typed(text) == [("Battles", "Armed clash")]


def test_warship_named_right_after_the_verb_is_no_air_strike() -> None:
    text = "قالت مصادر إن مقاتلي الحوثي استهدفوا أمس فرقاطة حربية قبالة ميناء المخا."
    assert ("Explosions/Remote violence", "Air/drone strike") not in typed(text)


def test_warplanes_that_targeted_boats_stay_an_air_strike() -> None:
    text = "استهدفت مقاتلات التحالف أمس زوارق حربية للحوثيين قبالة ميناء الحديدة."
    assert typed(text) == [("Explosions/Remote violence", "Air/drone strike")]


def test_man_who_set_off_himself_is_a_suicide_bomb() -> None:
    text = "قام رجل بتفجير نفسه داخل مسجد في مدينة الحلة أمس ما أدى إلى مقتل 12 شخصا."
    assert typed(text) == [("Explosions/Remote violence", "Suicide bomb")]


def test_bomber_told_at_length_before_the_reflexive_is_a_suicide_bomb() -> None:
    text = "فجر شاب يرتدي سترة ناسفة نفسه قرب حاجز للشرطة في مدينة الرمادي أمس."
    assert ("Explosions/Remote violence", "Suicide bomb") in typed(text)


def test_dawn_followed_by_a_reflexive_is_no_bombing() -> None:
    text = "وصل الوفد فجر الخميس نفسه إلى مدينة عدن بعد رحلة طويلة."
    assert typed(text) == []


def test_foreign_army_sweep_into_a_camp_is_a_raid_not_an_overtaking() -> None:
    text = "اجتاحت قوات الاحتلال الإسرائيلي مخيم جنين أمس."
    assert typed(text) == [("Battles", "Armed clash")]


def test_armed_group_sweeping_a_town_still_overtakes_it() -> None:
    text = "اجتاح مسلحو التنظيم أمس بلدة القريتين في ريف حمص."
    assert typed(text) == [("Battles", "Non-state actor overtakes territory")]


def test_missile_that_targeted_a_town_is_a_missile_attack() -> None:
    text = "سقط صاروخ أطلقه الحوثيون على مدينة جازان أمس، وكان يستهدف الأحياء السكنية."
    assert typed(text) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_aim_of_an_intercepted_missile_is_the_interception() -> None:
    text = ("أعلن التحالف أن دفاعاته الجوية تمكنت أمس من اعتراض صاروخ باليستي أطلقه الحوثيون "
            "وكان يستهدف الأحياء السكنية في مدينة نجران.")
    assert ("Violence against civilians", "Attack") not in typed(text)
    assert ("Strategic developments", "Disrupted weapons use") in typed(text)


def sides(text: str) -> list[tuple[str, str | None]]:
    return [(e.actor1, e.actor2) for e in extract_text(text, published=PUBLISHED).events]


def test_nominative_plural_after_a_target_verb_is_its_subject() -> None:
    # "الحوثيون" (not "الحوثيين") is who targeted, not who was hit.
    text = "استهدف الحوثيون أمس مدينة نجران بصاروخ باليستي."
    assert typed(text) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]
    assert sides(text)[0][0] == "Ansar Allah (Houthis)"


def test_accusative_plural_after_a_target_verb_stays_the_side_hit() -> None:
    text = "استهدفت غارة جوية المسلحين الحوثيين أمس في مدينة صعدة."
    assert sides(text)[0][1] == "Ansar Allah (Houthis)"


def test_assassination_of_an_official_of_no_named_side_is_an_attack() -> None:
    text = "اغتيل مسؤول محلي أمس برصاص مسلحين مجهولين في مدينة عدن."
    assert typed(text) == [("Violence against civilians", "Attack")]


def test_force_told_before_a_dispersed_protest_keeps_the_intervention() -> None:
    text = "فرقت قوات الأمن بالقوة أمس تظاهرة في مدينة البصرة دون أن يصاب أحد."
    assert typed(text) == [("Protests", "Protest with intervention")]


def test_protesters_who_went_home_were_not_dispersed() -> None:
    text = "تفرق المتظاهرون بعد ساعات أمام مبنى المحافظة في مدينة البصرة أمس."
    assert ("Protests", "Protest with intervention") not in typed(text)


def test_gunmen_attacking_a_bus_of_workers_attack_civilians() -> None:
    text = "هاجم مسلحون أمس حافلة تقل عمالا في مدينة المنيا وقتلوا خمسة منهم."
    assert typed(text) == [("Violence against civilians", "Attack")]


def test_gunmen_attacking_army_posts_still_fight() -> None:
    text = "هاجم مسلحون أمس مواقع الجيش في مدينة العريش وقتلوا ثلاثة جنود."
    assert typed(text) == [("Battles", "Armed clash")]
