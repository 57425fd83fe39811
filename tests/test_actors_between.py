"""Sides of "بين X وY" in the order of mention, and pro-government gunmen named by their loyalty."""

from __future__ import annotations

import datetime as dt

from support import actor_doc, trigger_roles

DAY = dt.date(2016, 10, 2)


def _roles(text: str, trigger: str, country: str = "SY") -> tuple[str | None, ...]:
    return trigger_roles(text, trigger, country, DAY)


def test_between_keeps_the_order_of_mention():
    assert _roles("تجددت المواجهات بين حركة الشباب والقوات الصومالية قرب مدينة كيسمايو", "المواجهات", "SO") == (
        "Al Shabaab", None, "Military Forces of Somalia (2012-2017)")


def test_side_marker_closes_the_first_side_and_its_ally_is_assoc():
    text = "دارت معارك بين قوات النظام والمسلحين الموالين لها من جهة، وتنظيم داعش من جهة أخرى قرب تدمر"
    assert _roles(text, "معارك") == (
        "Military Forces of Syria (2000-)", "Pro-Government Militia (Syria)", "Islamic State (Syria)")


def test_side_marker_right_after_the_first_side():
    text = "اشتباكات بين الفصائل المقاتلة من جهة وقوات النظام وحزب الله من جهة أخرى في بلدة مضايا"
    assert _roles(text, "اشتباكات")[::2] == ("Opposition Rebels (Syria)", "Military Forces of Syria (2000-)")


def test_gunmen_loyal_to_the_regime_forces_are_a_pro_government_militia():
    doc = actor_doc("قصفت قوات النظام والمسلحين الموالين لها مواقع في ريف حلب", "SY", DAY)
    assert [m.value.name for m in doc.of_kind("actor")] == [
        "Military Forces of Syria (2000-)", "Pro-Government Militia (Syria)"]


def test_backing_participle_makes_the_next_actor_assoc():
    text = "تمكنت قوات النظام مدعمة بالمسلحين الموالين لها من السيطرة على قرية في ريف حماة"
    assert _roles(text, "السيطرة")[:2] == ("Military Forces of Syria (2000-)", "Pro-Government Militia (Syria)")


def _active_roles(text: str, verb: str, country: str) -> tuple[str | None, ...]:
    return trigger_roles(text, verb, country, DAY, voice="active")


def test_members_of_a_group_right_after_an_active_verb_are_its_subject():
    assert _active_roles("اعتقلت عناصر من جبهة النصرة صحفيا في بلدة كفرنبل", "اعتقلت", "SY") == (
        "Jabhat al Nusra", None, "Civilians (Syria)")


def test_members_after_the_agent_stay_the_target():
    text = "اعتقلت قوات الأمن عناصر من حركة الشباب في بلدة أفجوي"
    assert _active_roles(text, "اعتقلت", "SO")[2] == "Al Shabaab"


def test_backer_of_the_agent_is_not_the_side_it_hits():
    text = "واصلت القوات الحكومية بإسناد من التحالف العربي هجومها على مديرية حيس بعد غارات لطيران التحالف"
    assert _roles(text, "هجومها", "YE") == (
        "Military Forces of Yemen (2012-2022)", "Military Forces of Saudi Arabia (2015-)", None)


def test_factions_on_the_other_side_are_not_the_regime_militia():
    text = "دارت اشتباكات بين قوات النظام والمسلحين الموالين لها من جهة، والفصائل من جهة أخرى في ريف حماة"
    assert _roles(text, "اشتباكات") == (
        "Military Forces of Syria (2000-)", "Pro-Government Militia (Syria)", "Opposition Rebels (Syria)")


def test_between_reaches_past_place_phrases_after_the_act():
    text = "دارت اشتباكات على أطراف حي الصاخور قرب قلعة حلب بين قوات النظام وكتائب الثوار"
    assert _roles(text, "اشتباكات")[::2] == ("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)")


def test_a_far_between_after_another_actor_names_no_sides():
    text = "دارت اشتباكات مع عناصر حزب الله على أطراف حي الصاخور بين الأهالي والنازحين"
    assert _roles(text, "اشتباكات")[0] != "Civilians (Syria)"


def test_a_force_belonging_to_a_group_is_dropped_only_right_before_the_group():
    doc = actor_doc("قصفت الكتائب المقاتلة مواقع في حلب، بينما نفذت طائرات يعتقد أنها تابعة للتحالف الدولي "
                    "ضربات على منطقة صرين", "SY", DAY)
    assert [m.value.name for m in doc.of_kind("actor")] == [
        "Opposition Rebels (Syria)", "Global Coalition Against Daesh"]



def test_actor_in_a_relative_clause_describing_the_first_side_is_not_the_second():
    text = "اندلعت اشتباكات عنيفة بين فيلق الرحمن، الذي يضم فصائل من المعارضة المسلحة، وقوات النظام في حي القابون."
    assert _roles(text, "اشتباكات")[::2] == ("Faylaq al Rahman", "Military Forces of Syria (2000-)")


def test_group_a_faction_pledged_allegiance_to_is_no_side():
    doc = actor_doc("أعدمت قوات النظام عشرات من مقاتلي لواء شهداء اليرموك المبايع لتنظيم داعش في ريف درعا.", "SY", DAY)
    assert "Islamic State (Syria)" not in {m.value.name for m in doc.of_kind("actor")}
