"""A country told as the far side of a border ("قرب الحدود مع العراق") is a
reference point: the act happened on the near side, in the bordering country
whose forces or people the sentence names by their adjective."""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2019, 6, 8)


def _countries(text: str) -> list[str]:
    return [event.country for event in marsad.extract(text, published=DAY).events]


def test_the_near_side_of_a_border_is_the_country_of_the_sentences_sides():
    text = "قتلت قوات حرس الحدود الإيرانية خمسة مسلحين في اشتباك قرب الحدود مع العراق يوم الجمعة."
    assert _countries(text) == ["Iran"]


def test_a_side_of_the_border_may_stand_between_border_and_country():
    text = "قتل ثلاثة جنود أتراك في هجوم لمسلحين على مخفر في منطقة الحدود الجنوبية الشرقية مع سوريا أمس."
    assert _countries(text) == ["Türkiye"]


def test_a_far_away_country_of_the_sentence_is_no_near_side():
    # American forces act abroad: the United States borders no Iraq, so the name is left as it is
    text = "قتلت قوات أمريكية خمسة مسلحين في اشتباك قرب الحدود مع العراق يوم الجمعة."
    assert "United States" not in _countries(text)
