"""A bare list of governorate names is the governorates, not their seat cities (session 27, H294).

- "قصفت الطائرات أهدافا متفرقة في صعدة وحجة وعمران": three or more names that are
  each a governorate of one country, with no cue word before them, name areas of a
  campaign: each is coded at its governorate (admin1, geo_precision 3), not at the
  seat city that shares its name (precision 1).
- A shorter list in which one member names only a governorate ("في مأرب والجوف":
  no town is called الجوف) is a list of governorates too.
- A list of governorates that restates a unit named before it ("إقليم عدن الذي يضم
  أربع محافظات (عدن ولحج والضالع وأبين)") gives one event per governorate.
- Left as cities: a list after a town cue ("في مدينتي حمص وحماة"), a list naming a
  national capital ("في صنعاء وذمار وإب"), a list after "بين" (a border or road
  between two units), and a lone bare name ("في صعدة").
"""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.knowledge.gazetteer import load_place_cues
from marsad.text import normalize

DAY = dt.date(2018, 7, 28)


def _places(text: str) -> list[tuple[str | None, int]]:
    return sorted((e.admin1, e.geo_precision) for e in marsad.extract(text, published=DAY).events)


def _precisions(text: str) -> set[int]:
    return {e.geo_precision for e in marsad.extract(text, published=DAY).events}


def test_province_list_settings_are_loaded():
    cues = load_place_cues()
    assert cues.province_list_members == 3
    assert normalize("بين") in cues.province_list_skip


def test_three_seat_names_in_a_campaign_are_governorates():
    text = "وشنت مقاتلات التحالف اليوم غارات على أهداف متفرقة في صعدة وحجة وعمران، ما أسفر عن قتلى في صفوف الحوثيين."
    assert _places(text) == [("Amran", 3), ("Hajjah", 3), ("Sa`dah", 3)]


def test_syrian_seat_names_listed_as_strike_areas_are_governorates():
    text = "قصفت طائرات التحالف الدولي أمس مواقع تنظيم داعش في دير الزور والحسكة والرقة، وفق المرصد السوري."
    assert _precisions(text) == {3}


def test_a_list_with_a_governorate_only_name_is_governorates():
    text = "شنت طائرات التحالف اليوم غارات على مواقع للحوثيين في حجة والجوف."
    assert _places(text) == [("Al Jawf", 3), ("Hajjah", 3)]


def test_a_list_restating_the_unit_before_it_gives_each_governorate_its_event():
    text = ("أعلنت الحكومة اليمنية أمس التحرير الكامل لـ «إقليم عدن» الذي يضم أربع محافظات "
            "(عدن ولحج والضالع وأبين) بعد معارك عنيفة مع الحوثيين.")
    admin1s = {admin1 for admin1, _ in _places(text)}
    assert {"Lahij", "Al Dali'", "Abyan"} <= admin1s
    assert _precisions(text) == {3}


def test_a_list_after_a_town_cue_stays_cities():
    text = "قصفت الطائرات الحربية اليوم أحياء سكنية في مدينتي حمص وحماة وأوقعت قتلى مدنيين."
    assert _precisions(text) == {1}


def test_a_lone_bare_name_stays_the_city():
    text = "شنت مقاتلات التحالف اليوم غارة على تجمع للحوثيين في صعدة."
    assert _precisions(text) == {1}


def test_a_list_naming_the_capital_stays_cities():
    text = "شنت مقاتلات التحالف اليوم غارات على معسكرات للحوثيين في صنعاء وذمار وإب."
    assert 3 not in _precisions(text)


def test_the_list_needs_a_word_of_a_campaigns_areas():
    cues = load_place_cues()
    assert {normalize("أهدافا"), normalize("مواقع"), normalize("محافظات")} <= cues.province_list_areas
    assert cues.province_list_window >= 4


def test_protests_in_a_list_of_seat_names_are_in_the_cities():
    # review S27 (H294 #14): protests gather in towns; the list does not make them governorate-wide
    assert _precisions("وتظاهر المئات اليوم في حمص وحماة ودرعا احتجاجا على غلاء الأسعار.") == {1}
    assert _precisions("وتظاهر المئات اليوم في الإسماعيلية والسويس وبورسعيد.") == {1}


def test_a_killing_in_aden_and_abyan_is_in_the_city_of_aden():
    # review S27 (H294 #15): a province-only partner (أبين) does not make Aden the governorate
    places = _places("واغتال مسلحون مجهولون اليوم ضابطين في عدن وأبين.")
    assert ("`Adan", 1) in places
    assert ("`Adan", 3) not in places


def test_car_bombs_in_a_list_of_seat_names_are_in_the_cities():
    # review S27 (H294 #16)
    assert _precisions("وانفجرت ثلاث سيارات مفخخة اليوم في إدلب وحلب وحماة موقعة عشرات القتلى.") == {1}
    assert _precisions("وانفجرت ثلاث سيارات مفخخة اليوم في كركوك والبصرة وكربلاء.") == {1}


def test_sites_of_the_listed_cities_are_in_the_cities():
    # review S27 (H294 #17): the airports / hospitals of the three cities are point sites
    assert _precisions("وقصفت الطائرات الإسرائيلية اليوم مطارات حلب وحماة ودير الزور العسكرية.") == {1}
    assert _precisions("وقصفت الطائرات اليوم مستشفيات في إدلب وحماة وحلب.") == {1}


def test_quarters_and_arrests_in_a_list_of_seat_names_are_in_the_cities():
    # review S27 (H294 #18): residential quarters are in the towns; so are arrests
    assert _precisions("وقصف الحوثيون اليوم أحياء سكنية في تعز ولحج والضالع بقذائف الهاون.") == {1}
    assert _precisions("واعتقلت قوات الأمن اليوم ناشطين في صعدة وحجة وعمران.") == {1}


def test_a_list_of_where_fighting_spread_does_not_spread_the_takeover():
    # review S27 (H294 #19): the villages taken are in rural Hama; the later list is where the fighting spread
    text = "وسيطرت فصائل المعارضة اليوم على قرى في ريف محافظة حماة بعد معارك امتدت إلى حماة وحمص وإدلب."
    events = marsad.extract(text, published=DAY).events
    takeovers = [e for e in events if "overtakes" in e.sub_event_type]
    assert [(e.admin1, e.geo_precision) for e in takeovers] == [("Hama", 2)]
