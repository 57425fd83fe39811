"""Places the gazetteer sources lack or leave without an Arabic name: a
national capital that borrows its Arabic name (build rule 12) and curated
districts and villages in `regions.tsv`."""

from __future__ import annotations

from support import geocoded_doc as _geocoded
from support import script_module


def _resolved(text: str) -> dict[str, tuple[str, str, float]]:
    """surface -> (English name, country code, latitude) of each place mention."""
    doc = _geocoded(text)
    return {
        m.attrs["surface_ar"]: (m.attrs["place"].name, m.attrs["place"].country_code, m.attrs["place"].lat)
        for m in doc.of_kind("place")
    }


def test_capital_without_a_source_arabic_name_is_the_capital_not_a_namesake_town():
    name, country, lat = _resolved("تظاهر مئات أمام البيت الأبيض في واشنطن احتجاجا على الحرب.")["واشنطن"]
    assert (name, country) == ("Washington", "US")
    assert abs(lat - 38.9) < 0.1


def test_borrowed_capital_name_standing_for_a_government_is_not_a_place():
    places = _resolved("وقالت فصائل تدعمها واشنطن إنها سيطرت على قرية في ريف الحسكة.")
    assert "واشنطن" not in places
    assert places["الحسكة"][1] == "SY"


def test_afghan_district_missing_from_the_sources_is_found_in_its_province():
    places = _resolved("اندلعت اشتباكات عنيفة في مديرية دارزاب بولاية جوزجان شمالي أفغانستان.")
    assert places["دارزاب"][:2] == ("Darzab", "AF")


def test_afrin_village_in_its_kurdish_based_spelling_is_found():
    places = _resolved("سيطرت القوات التركية على قرية موساكو في ناحية راجو بمنطقة عفرين.")
    assert places["موساكو"][1] == "SY"



def _row(gid: str, fclass: str, cc: str, name: str, capital: str = "") -> dict[str, str]:
    return {"gid": gid, "feature_class": fclass, "country_code": cc, "name": name, "is_capital": capital}


def test_build_lends_a_nameless_capital_its_namesakes_or_its_countrys_arabic_name():
    module = script_module("build_gazetteer")
    rows = [
        _row("t1", "town", "XX", "Portville"), _row("t2", "town", "YY", "Portville"),
        _row("c1", "city", "XX", "Portville", "1"),
        _row("k", "country", "ZZ", "Rockland"), _row("c2", "city", "ZZ", "Rockland", "1"),
        _row("c3", "city", "QQ", "Nowhere", "1"),
    ]
    names = {"t1": ["بورتفيل"], "t2": ["بورتفيل"], "c1": [], "k": ["روكلاند"], "c2": [], "c3": []}
    lent = module.borrow_capital_names(rows, names)
    assert names["c1"] == ["بورتفيل"] and names["c2"] == ["روكلاند"] and names["c3"] == []
    assert lent == {"c1", "c2"}


def test_build_reads_a_bgn_romanization_back_into_arabic_only_with_diacritics():
    module = script_module("build_gazetteer")
    assert module.arabic_from_latin("Aş Şāfiyah") == "الصافية"
    assert module.arabic_from_latin("Bayt al Ḩaddād") == "بيت الحداد"
    assert module.arabic_from_latin("Wādī Ţūr") == "وادي طور"
    assert module.arabic_from_latin("Bayt Nasr") is None  # no diacritic: h, t, s are ambiguous
    assert module.arabic_from_latin("Kéfraya") is None  # not a BGN letter
