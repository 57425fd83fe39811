"""Phrases and words of sermons and statements that spell a town's name: "حماة
الأمن" (the guardians of security) is no Hama, "بدين" (with a religion) no Badin,
"ربك" (your Lord) no Rabak and "أولم" (have they not) no Ulm.  Read as towns
abroad, they also made the story's real town look like a word (a country the
article "names" leaves a lone town of another unnamed); a cue word still
makes the town."""

from __future__ import annotations

from support import place_doc as _doc
from support import place_names as _names


def test_guardians_of_security_are_no_hama():
    doc = _doc("وندد الخطيب بتفجير المسجد في أبها واستهداف حماة الأمن وهم يصلون.")
    assert _names(doc) == ["أبها"]
    assert "حماة" in _names(_doc("قتل خمسة مدنيين في قصف على مدينة حماة أمس."))


def test_words_of_a_sermon_leave_the_scene_alone():
    doc = _doc("وحذر الخطيب العابثين بدين الشباب والمتلاعبين بدين الله، وندد بتفجير المسجد بأبها.")
    assert _names(doc) == ["أبها"]
    doc = _doc("وقال الخطيب: فادع ربك، فادع ربك أولم يروا، ثم ندد بتفجير المسجد بأبها.")
    assert _names(doc) == ["أبها"]
    assert "ربك" in _names(_doc("قتل ثلاثة في اشتباك قبلي في مدينة ربك أمس."))
