"""Build rule 15: the Arabic names shown to users are in the Arabic alphabet,
not the Persian, Kurdish or Urdu spelling some sources prefer."""

from __future__ import annotations

import re

from support import script_module

from marsad.knowledge.gazetteer import load_gazetteer

NOT_ARABIC = re.compile(r"[گکچپڤژیەہۀ]")


def test_persian_and_kurdish_letters_fold_to_arabic_ones():
    module = script_module("build_gazetteer")
    assert module.display_arabic("غیلان", []) == "غيلان"
    assert module.display_arabic("قضاء حلبچة", []) == "قضاء حلبجة"
    assert module.display_arabic("مهدی\u200cآباد", []) == "مهدي آباد"


def test_a_name_that_does_not_fold_gives_way_to_an_arabic_one():
    module = script_module("build_gazetteer")
    assert module.display_arabic("بنن ښار", ["بنين سيتي"]) == "بنين سيتي"
    assert module.display_arabic("بنن ښار", []) == "بنن ښار"  # nothing better to show


def test_arabic_names_are_kept_as_the_source_writes_them():
    module = script_module("build_gazetteer")
    assert module.display_arabic("المزهر 2", ["المزهر"]) == "المزهر 2"


def test_shipped_gazetteer_shows_no_persian_letters_in_arab_countries():
    gazetteer = load_gazetteer()
    shown = [p for p in gazetteer.all_places() if p.country_code in {"IQ", "SY", "YE", "EG"}]
    assert shown and not any(NOT_ARABIC.search(f"{p.name_ar} {p.admin1_ar} {p.admin2_ar}") for p in shown)
