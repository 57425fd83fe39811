"""The normalizer: what folds, what is dropped, and that offsets stay exact."""

from marsad.text import normalize, normalize_with_offsets, strip_clitics


def test_hamza_forms_alef_maqsura_and_ta_marbuta_fold() -> None:
    assert normalize("أحمد إلى آخر مدرسة") == "احمد الي اخر مدرسه"


def test_old_maqsura_hamza_spelling_folds_like_hamza_on_yeh() -> None:
    # "الطوارىء" (alef maqsura + bare hamza) is the same word as "الطوارئ".
    assert normalize("قوات الطوارىء") == normalize("قوات الطوارئ") == "قوات الطواري"
    assert normalize("ماء") == "ماء"  # a bare hamza after other letters stays


def test_offsets_stay_exact_across_the_two_letter_fold() -> None:
    raw = "مبادىء الشاطىء"
    norm, offsets = normalize_with_offsets(raw)
    assert norm == "مبادي الشاطي" and len(offsets) == len(norm) + 1
    start = norm.index("الشاطي")
    assert raw[offsets[start]: offsets[start + len("الشاطي")]] == "الشاطىء"  # the raw span keeps the hamza
    assert offsets[-1] == len(raw)


def test_diacritics_and_tatweel_are_dropped() -> None:
    assert normalize("قُتِلَ الـــ30") == "قتل ال30"


def test_arabic_indic_digits_become_ascii() -> None:
    assert normalize("٢٥٠ و۱۲") == "250 و12"


def test_presentation_form_ligature_is_decomposed() -> None:
    assert normalize("\ufefb") == "لا"


def test_offsets_point_back_to_the_raw_character() -> None:
    raw = "شنّت الطائرات"
    norm, offsets = normalize_with_offsets(raw)
    assert norm == "شنت الطايرات"
    start = norm.index("الطايرات")
    assert raw[offsets[start]: offsets[start + len("الطايرات")]] == "الطائرات"
    assert offsets[-1] == len(raw)


def test_clitic_stems_include_the_bare_noun() -> None:
    assert "محافظه" in strip_clitics("وبمحافظه")
    assert "درعا" in strip_clitics("لدرعا")
    assert strip_clitics("للقوات")[:1] == ("للقوات",) and "القوات" in strip_clitics("للقوات")


def test_clitic_stems_are_shared_and_immutable() -> None:
    # Cached for every stage: each caller gets the same tuple, which none can alter.
    first = strip_clitics("وبالمدينه")
    assert isinstance(first, tuple) and strip_clitics("وبالمدينه") is first


def test_ornate_parentheses_do_not_crash_and_offsets_align() -> None:
    raw = "\ufd3eقال\ufd3f ﻻ"
    norm, offsets = normalize_with_offsets(raw)
    assert norm == "\ufd3eقال\ufd3f لا"
    assert len(offsets) == len(norm) + 1
