"""Clause boundaries: which words open a new clause, with which conjunctions in front."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.knowledge.clauses import load_clause_boundaries
from marsad.pipeline import extract_text
from marsad.text import normalize


def opens_clause(text: str) -> bool:
    return load_clause_boundaries().pattern.search(normalize(text)) is not None


@pytest.mark.parametrize("text", ["قصفوا القرية ردا على الهجوم", "وردا على ذلك قصفوا القرية", "ثم انسحبوا", "وثم انسحبوا"])
def test_a_boundary_word_alone_or_after_wa_opens_a_clause(text: str) -> None:
    assert opens_clause(text)


@pytest.mark.parametrize("text", ["قتل نحو 40 فردا من أبناء القبيلة", "أصيب 12 فردا من الحراس"])
def test_a_short_boundary_word_inside_a_longer_word_with_fa_does_not(text: str) -> None:
    assert not opens_clause(text)


def test_a_longer_boundary_word_still_takes_fa() -> None:
    assert opens_clause("فبينما كانت الدورية تمر انفجرت العبوة")


@pytest.mark.parametrize("text", ["قصفوا البلدة بعد يوم من المجزرة", "وذلك بعد ثلاثة أيام على الهجوم", "فبعد ساعات من الغارة"])
def test_a_lapse_of_time_after_an_act_opens_a_clause(text: str) -> None:
    assert opens_clause(text)


@pytest.mark.parametrize("text", ["قصفوا البلدة يوم الجمعة", "قتل بعد إصابته بجروح", "بعد أيام قليلة عاد الهدوء"])
def test_a_time_word_without_the_lapse_pattern_does_not(text: str) -> None:
    assert not opens_clause(text)


def test_a_lapse_before_a_stretch_of_fighting_tells_its_length_and_opens_no_clause() -> None:
    assert not opens_clause("قصفوا البلدة أمس بعد يومين من المعارك في أطرافها")


@pytest.mark.parametrize("text", ["لافتا إلى أن الأفواج تخرجت", "مشيرة إلى أن القوات انسحبت"])
def test_a_reporting_participle_opens_the_speakers_next_statement(text: str) -> None:
    assert opens_clause(text)


@pytest.mark.parametrize(("text", "places"), [
    ("وقال قائد الشرطة إن المتطوعين يشاركون في المعارك الحالية ضد تنظيم داعش، لافتا إلى أن ثلاثة أفواج منهم "
     "تخرجت في الخالدية والحبانية.", []),
    ("وقال قائد الشرطة إن المتطوعين يشاركون في المعارك الحالية ضد تنظيم داعش من جهة الكرمة، مشيرا إلى أن "
     "ثلاثة أفواج منهم تخرجت في الخالدية والحبانية.", ["Nahiyat al Karmah"]),
])
def test_places_of_the_next_statement_do_not_locate_the_act_told_before(text: str, places: list[str]) -> None:
    doc = extract_text(text, published=dt.date(2016, 5, 4))
    assert [e.location for e in doc.events] == places
