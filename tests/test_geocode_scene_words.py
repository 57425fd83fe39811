"""An act placed by the words that name its scene, not by a wider unit or a
place told for another reason (the crowd's cause, a city read as a word)."""

from __future__ import annotations

import datetime as dt

from support import place_doc as _places
from support import place_names as _names
from support import scene_names as _scenes

from marsad.pipeline import extract_text


def test_place_named_among_the_towns_raided_is_the_scene():
    text = "داهمت القوات عدة مدن في الضفة الغربية من بينها مخيم جنين."
    assert _scenes(text, "داهمت") == ["مخيم جنين"]


def test_among_them_before_people_leaves_the_unit_as_scene():
    text = "داهمت القوات عددا من قرى محافظة إدلب واعتقلت عشرين شخصا من بينهم نساء."
    assert _scenes(text, "واعتقلت") == ["إدلب"]


def test_second_act_noun_joined_by_and_shares_the_finer_place():
    text = "نفذ الاحتلال الإسرائيلي سلسلة غارات وقصف مدفعي على مناطق عدة في قطاع غزة، تركزت شرقي مدينة رفح."
    doc = extract_text(text, published=dt.date(2024, 8, 10))
    assert {e.trigger: e.location_ar for e in doc.events} == {"غارات": "رفح", "وقصف مدفعي": "رفح"}


def test_crowd_described_as_against_a_war_gathers_where_its_city_is():
    text = "اندلعت مواجهات بين متظاهرين مناهضين للحرب على قطاع غزة والشرطة في مدينة ملبورن الأسترالية."
    assert _scenes(text, "مواجهات") == ["ملبورن"]


def test_frequent_word_after_the_city_noun_is_a_city_of_a_named_country():
    assert "صور" in _names(_places("قتل ثلاثة في غارة على مدينة صور جنوبي لبنان."))


def test_frequent_word_after_the_city_noun_stays_a_word_in_a_story_elsewhere():
    assert "صور" not in _names(_places("وصف الكاتب في روايته مدينة صور ضبابية ورمادية."))
