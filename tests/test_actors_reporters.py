"""Roles when a party reports, when the hit side is named by a verb of loss, and lone attackers."""

from __future__ import annotations

import datetime as dt

from support import actor_doc, trigger_roles

DAY = dt.date(2019, 3, 14)


def _roles(text: str, trigger: str, country: str, **attrs) -> tuple[str | None, ...]:
    return trigger_roles(text, trigger, country, DAY, **attrs)


def test_armed_side_announcing_enemy_losses_is_the_agent():
    text = "أعلن الجيش الباكستاني مقتل 14 من مسلحي طالبان في عملية بإقليم وزيرستان"
    assert _roles(text, "مقتل", "PK", generic_killing=True) == (
        "Military Forces of Pakistan (2018-2022)", None, "Taliban")


def test_foreign_force_confirming_a_toll_of_fighters_is_the_agent():
    text = "أكدت القوات الأمريكية مقتل 60 من المسلحين في ولاية قندهار"
    assert _roles(text, "مقتل", "AF", generic_killing=True)[0] == "Military Forces of the United States (2017-2021)"


def test_announcer_of_a_passive_loss_of_enemy_fighters_is_the_agent():
    text = "قال الجيش الصومالي إن 9 من مسلحي حركة الشباب قتلوا قرب بلدة جوهر"
    assert _roles(text, "قتلوا", "SO", generic_killing=True, voice="passive")[::2] == (
        "Military Forces of Somalia (2017-2022)", "Al Shabaab")


def test_announcer_of_its_own_losses_stays_the_side_that_suffered():
    text = "أعلنت وزارة الدفاع التركية مقتل 3 من جنودها في شمال العراق"
    assert _roles(text, "مقتل", "IQ", generic_killing=True)[0] != "Military Forces of Turkey (2016-)"


def test_announcer_of_a_civilian_toll_did_not_kill():
    text = "أعلن الجيش النيجيري مقتل 11 مدنيا في قرية بولاية زمفرة"
    assert _roles(text, "مقتل", "NG", generic_killing=True)[0] is None


def test_source_opening_with_an_actor_ends_with_the_actor():
    doc = actor_doc("أعلن الجيش الباكستاني مقتل 14 من المسلحين", "PK", DAY)
    assert [m.text for m in doc.of_kind("source")] == ["الجيش الباكستاني"]


def test_source_opening_with_a_person_noun_keeps_the_name_after_it():
    doc = actor_doc("أبلغ الناشط الحقوقي سامر الحلبي العالم باختطافه من قبل مسلحين", "SY", DAY)
    assert doc.of_kind("source")[0].text.startswith("الناشط الحقوقي")


def test_wounded_named_by_a_loss_verb_is_the_target_of_the_stabbing():
    text = "أصيب مستوطن بجروح متوسطة في عملية طعن قرب بلدة حوارة"
    assert _roles(text, "عملية طعن", "PS") == (None, None, "Settlers (Israel)")


def test_soldier_killed_in_a_stabbing_is_its_target_and_the_stabber_its_agent():
    text = "قتل جندي إسرائيلي في عملية طعن نفذها شاب فلسطيني عند مفرق غوش عتصيون"
    assert _roles(text, "عملية طعن", "PS") == (
        "Unidentified Armed Group (Palestine)", None, "Military Forces of Israel (2009-2021)")


def test_definite_subject_after_an_ambiguous_killing_verb_stays_the_agent():
    text = "قتل الجيش الإسرائيلي في غارة ثلاثة مسلحين قرب مخيم الفوار"
    assert _roles(text, "قتل", "PS", voice="active")[0] == "Military Forces of Israel (2009-2021)"


def test_person_marked_as_the_attacker_is_an_unidentified_armed_group():
    text = "أصيب شرطيان في هجوم بسكين نفذه رجل في مدينة نيس"
    assert _roles(text, "هجوم بسكين", "FR") == (
        "Unidentified Armed Group (France)", None, "Police Forces of France (2017-)")


def test_side_that_suffered_is_not_the_agent_even_when_marked_later():
    text = "أصيب جندي إسرائيلي في عملية دهس عند مدخل بلدة بيت أمر، واستشهد المنفذ برصاص الجنود"
    assert _roles(text, "عملية دهس", "PS")[::2] == (None, "Military Forces of Israel (2009-2021)")


def test_speaker_after_the_act_is_not_its_agent():
    text = "أصيب مستوطن في عملية طعن قرب مستوطنة يتسهار، وقال الجيش الإسرائيلي إن المنفذ فر"
    assert _roles(text, "عملية طعن", "PS")[0] is None


def test_government_asserting_in_the_present_tense_who_was_behind_attacks_is_a_reporter():
    doc = actor_doc("وتؤكد الحكومة الجزائرية أن الرجل وراء عدة هجمات على دوريات الجيش في ولاية تبسة.", "DZ", DAY)
    assert [s.text for s in doc.of_kind("source")] == ["الحكومة الجزائرية"]
    government = next(m for m in doc.of_kind("actor") if m.text == "الحكومة الجزائرية")
    assert government.attrs["in_source"]
