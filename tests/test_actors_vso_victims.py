"""A verb-first act whose object is a counted victim with a nationality: the words
inside the victim noun are no role cue ("شابين" holds no "بين")."""

from __future__ import annotations

import datetime as dt

from support import trigger_roles

DAY = dt.date(2021, 6, 3)


def _verb_roles(text: str, trigger: str, country: str) -> tuple[str | None, ...]:
    return trigger_roles(text, trigger, country, DAY, voice="active")


def test_two_young_men_of_a_nationality_are_the_victims_of_the_army_that_shot_them():
    text = "قتل الجيش الإسرائيلي شابين فلسطينيين بالرصاص مساء أمس قرب حاجز عسكري في قلقيلية."
    assert _verb_roles(text, "قتل", "PS") == ("Military Forces of Israel (2009-2021)", None, "Civilians (Palestine)")


def test_a_time_word_after_the_victims_does_not_turn_them_into_the_agent():
    text = "اعتقلت القوات الإسرائيلية شابين فلسطينيين فجر اليوم في بلدة يعبد."
    assert _verb_roles(text, "اعتقلت", "PS") == ("Military Forces of Israel (2009-2021)", None, "Civilians (Palestine)")


def test_two_people_of_another_nationality_are_civilians_of_their_country():
    text = "استهدف الجيش اللبناني شابين سوريين بالرصاص عند معبر غير شرعي في الهرمل."
    assert _verb_roles(text, "استهدف", "LB") == ("Military Forces of Lebanon (2016-2025)", None, "Civilians (Syria)")
    text = "أصاب الجيش الأردني طفلين عراقيين بالرصاص أمس قرب الرويشد."
    assert _verb_roles(text, "أصاب", "JO")[2] == "Civilians (Iraq)"


def test_two_women_arrested_are_the_target_not_the_agent():
    text = "اعتقلت الشرطة الإسرائيلية سيدتين فلسطينيتين صباح اليوم عند باب الأسباط."
    assert _verb_roles(text, "اعتقلت", "PS") == ("Police Forces of Israel (2009-2021)", None, "Civilians (Palestine)")


def test_a_bare_dual_victim_is_civilians_of_the_country():
    text = "قتلت قوات الأمن شخصين بالرصاص خلال مداهمة في الموصل."
    assert _verb_roles(text, "قتلت", "IQ")[2] == "Civilians (Iraq)"


def test_a_word_merely_ending_in_a_cue_is_no_cue_but_a_verb_with_its_tense_prefix_is():
    from marsad.stages.actors import _cue_stems

    assert "بين" not in _cue_stems("شابين")
    assert "بين" not in _cue_stems("تبين")
    assert "نيران" in _cue_stems("وبنيران")
    assert "شنها" in _cue_stems("يشنها")
