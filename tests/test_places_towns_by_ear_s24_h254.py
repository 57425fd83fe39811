"""Build rule 17: foreign towns the sources name only in Latin letters are
spelled by ear at build time, and found only through the spelled-by-ear
reader (a country named in the story, a cue word or the country beside the
name), never as exact names."""

from __future__ import annotations

import pytest
from support import geocoded_doc, script_module

from marsad.knowledge.gazetteer import load_gazetteer, spelling_skeleton


@pytest.fixture(scope="module")
def build():
    return script_module("build_gazetteer")


@pytest.mark.parametrize(("latin", "country", "arabic"), [
    ("Bakoru", "NG", "باكورو"),        # every vowel written long
    ("Tassorra", "KE", "تاسورا"),      # a doubled letter once
    ("Lucina", "KE", "لوسينا"),        # c before i is soft
    ("Paxton", "US", "باكستون"),       # x is كس
    ("Schachwitz", "DE", "شاخفيتس"),   # German sch, ch, w, tz
    ("Charnelle", "FR", "شارنيل"),     # French ch, silent final e
    ("Cemlikaya", "TR", "جيمليكايا"),  # Turkish c
    ("Jumilco", "ES", "خوميلكو"),      # Spanish j
    ("Tandé", "SN", "تاندي"),          # an accent the table lacks is read without it
])
def test_latin_town_names_are_spelled_as_the_news_spells_them(build, latin, country, arabic):
    assert build.ear_spelling(latin, country) == arabic


def test_names_of_several_words_or_another_script_get_no_spelling(build):
    assert build.ear_spelling("Nova Sela", "HR") is None
    assert build.ear_spelling("Москва", "RU") is None


def test_spelling_by_ear_shares_the_skeleton_of_the_news_spelling(build):
    # the news writes Okhtyrka أختيركا; the build writes a long vowel more
    assert spelling_skeleton(build.ear_spelling("Okhtyrka", "UA")) == spelling_skeleton("اختيركا")


def test_towns_by_ear_are_not_exact_names():
    gazetteer = load_gazetteer()
    assert gazetteer.heard_ids("اوختيركا")
    assert "اوختيركا" not in gazetteer.index and "اختيركا" not in gazetteer.index


def _places(text: str) -> list[tuple[str, str]]:
    doc = geocoded_doc(text)
    return [(p.name, p.country_code) for m in doc.of_kind("place") if (p := m.attrs.get("place"))]


def test_town_known_only_in_latin_is_found_after_a_cue_in_its_country():
    assert ("Okhtyrka", "UA") in _places("قصفت القوات الروسية مدينة أختيركا في شمال شرق أوكرانيا فجر اليوم.")


def test_town_by_ear_needs_its_country_named():
    assert _places("قصفت القوات مدينة أختيركا فجر اليوم.") == []


def test_source_name_of_a_village_abroad_also_reads_as_the_town_by_ear_of_the_named_country():
    # موبي is a Sudanese village in the sources; spelled by ear it is Mubi, Nigeria
    assert ("Mubi", "NG") in _places("قتل عشرة أشخاص في تفجير استهدف سوقا في مدينة موبي بشمال شرق نيجيريا.")


def test_source_name_keeps_its_own_place_in_its_own_country():
    assert ("Mubi", "SD") in _places("قتل عشرة أشخاص في تفجير استهدف سوقا في قرية موبي بولاية الجزيرة في السودان.")


def test_town_by_ear_is_told_by_a_town_noun_not_a_unit_or_quarter_noun():
    # "ولاية أوتار براديش" is Uttar Pradesh, not the town Atarra; "حي سكني" is
    # a residential quarter, not Suqian
    assert [n for n, _ in _places("خرجت مظاهرات غاضبة في ولاية أوتار براديش شمالي الهند.")] == ["India"]
    assert ("Suqian", "CN") not in _places("ودانت الصين التفجير الانتحاري الذي وقع في حي سكني.")


def test_town_by_ear_rows_are_flagged_and_validated():
    gazetteer = load_gazetteer()
    mubi = [i for i in gazetteer.heard_ids("موبي") if gazetteer.place(i).country_code == "NG"]
    assert mubi and all(gazetteer.by_ear(i) for i in mubi)
    assert not any(gazetteer.by_ear(i) for i in gazetteer.ids("موبي"))
