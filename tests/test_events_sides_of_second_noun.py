"""An act told by two nouns takes its sides from the one that names them: "اندلعت المعارك
بعد هجوم لميليشيات X على مواقع Y" is a fight of X against Y, not of an unidentified group."""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 5, 1)


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in marsad.extract(text, published=DAY).events]


def test_the_attack_noun_after_the_fighting_names_both_sides():
    assert _sides("اندلعت المعارك بعد هجوم لميليشيات الحوثي على مواقع قوات المقاومة الوطنية غرب تعز.") == [
        ("Ansar Allah (Houthis)", "Popular Resistance (Yemen)")]


def test_sides_named_at_the_first_noun_are_kept():
    assert _sides("اندلعت المعارك بين ميليشيات الحوثي وقوات المقاومة الوطنية غرب تعز.") == [
        ("Ansar Allah (Houthis)", "Popular Resistance (Yemen)")]
