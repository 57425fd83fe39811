"""Raw spellings that normalization folds away: a hamza that tells a name from a word."""

from __future__ import annotations

from support import chosen_place, geocoded_doc
from support import place_doc as _doc
from support import place_names as _names

from marsad.knowledge.gazetteer import load_gazetteer, load_place_cues, validate_gazetteer
from marsad.text import normalize


def test_hamza_name_is_a_place_after_a_preposition_without_a_cue():
    doc = geocoded_doc("وشنت الطائرات غارات على مواقع في إب صباح اليوم.")
    assert _names(doc) == ["إب"]
    assert chosen_place(doc, "إب").country_code == "YE"


def test_hamza_name_is_a_place_in_a_list_and_with_a_proclitic():
    assert _names(_doc("وصلت تعزيزات من ذمار وإب إلى الجبهة.")) == ["ذمار", "إب"]
    assert "إب" in _names(_doc("قطعت الطرق بين إب والضالع منذ أيام."))


def test_hamza_name_after_a_cue_is_the_governorate():
    doc = geocoded_doc("اعتقل المسلحون خمسة طلاب في محافظة إب.")
    assert chosen_place(doc, "إب").feature_class == "admin1"


def test_the_word_spelled_with_another_hamza_is_no_place():
    assert _names(_doc("وقال أب لثلاثة أطفال إن منزله دمر في القصف.")) == []
    assert _names(_doc("ووقف الأب أمام ابنه ينتظر.")) == []


def test_hamza_names_keep_a_spelling_their_normal_form_loses():
    cues = load_place_cues()
    assert cues.hamza_names
    assert not [p for p in validate_gazetteer(load_gazetteer(), cues) if "hamza" in p]



def test_noun_with_a_possessive_pronoun_is_no_village():
    assert _names(_doc("قتل مسلحون رجلا في منزله بقرية خربة غزالة في درعا.")) == ["خربة غزالة", "درعا"]
    assert _names(_doc("غرق قارب كان على متنه أربعون مهاجرا قبالة سواحل عدن.")) == ["عدن"]
    assert _names(_doc("وقالت إن المسلحين يحاولون من خلاله فرض حصار على قرى اللاذقية.")) == ["اللاذقية"]


def test_village_written_with_its_ta_marbuta_or_after_a_cue_stays_a_place():
    assert _names(_doc("قصفت الطائرات قرية منزلة في ريف إدلب.")) == ["منزلة", "إدلب"]
    assert "منزله" in _names(_doc("قصفت الطائرات قرية منزله في ريف إدلب."))


def test_possessed_nouns_are_stored_as_matching_keys():
    cues = load_place_cues()
    assert cues.possessed_nouns
    assert all(key == normalize(key).replace("ث", "ت") for key in cues.possessed_nouns)


def test_a_word_with_tanween_is_no_place():
    # "مصلياً" (worshippers) and "كينيًا" (a Kenyan) normalize to a village's and a country's name
    assert _names(_doc("وأصيب عشرون مصلياً بجروح في الانفجار.")) == []
    assert _names(_doc("اعتقلت الشرطة مواطنًا كينيًا في نيروبي.")) == ["نيروبي"]
    assert _names(_doc("ووصل الوفد إلى كينيا أمس.")) == ["كينيا"]


def test_a_particle_with_alef_maqsura_is_no_name_word():
    # "على" and "لدى" normalize to the ي of a village's "علي خاله", "دي حلف"
    assert _names(_doc("وأفاد المصدر أن المسلح أطلق النار على خاله، وسلب سيارته.\nوتشهد محافظة ديالى هجمات متكررة.")) \
        == ["ديالى"]
    assert _names(_doc("وقال الوزير إن الخبراء لدى حلف شمال الأطلسي يدرسون الأمر.\nوتقاتل القوات في محافظة إب.")) \
        == ["إب"]
    assert "علي خاله" in _names(_doc("وقتل مسلحون رجلا في قرية علي خاله بمحافظة ديالى."))
