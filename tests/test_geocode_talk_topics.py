"""What talks are about is not where an act told beside them took place."""

from __future__ import annotations

from support import scene_names

_TALKS = "وقتل ثلاثة مدنيين بقصف مدفعي أمس، فيما تبحث المفاوضات مع الفصائل مسألة انسحابها من بلدة كفرنبل."


def test_place_in_the_topic_of_talks_does_not_locate_an_act_told_before_them():
    assert scene_names(_TALKS, "بقصف") == []


def test_talks_themselves_may_be_placed_by_their_topic():
    assert scene_names(_TALKS, "المفاوضات") == ["كفرنبل"]


def test_verb_first_topic_phrase_is_a_topic_too():
    text = "وأصيب جنديان بانفجار لغم صباحا بينما تتناول المحادثات نشر قوات على معبر نصيب."
    assert scene_names(text, "بانفجار") == []


def test_act_told_after_the_topic_place_may_refer_back_to_it():
    text = "وتعثرت المحادثات حول مدينة سرت، حيث أعلنت هدنة الأسبوع الماضي."
    assert scene_names(text, "هدنة") == ["سرت"]
