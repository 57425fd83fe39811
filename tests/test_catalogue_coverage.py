"""Catalogue coverage for names other outlets and years use: unit names bound to one
country, spelling variants, adjective forms and units named after their state."""

from __future__ import annotations

import datetime as dt

from support import actor_doc

from marsad.knowledge.actors import choose_key, find_alias, load_catalogue, resolve_actor, validate_catalogue
from marsad.stages.actors import finalize_actors
from marsad.text import normalize

DAY = dt.date(2016, 5, 10)


def _names(text: str, country: str, day: dt.date = DAY) -> list[str]:
    """Actor names once the story's country is known (as the events stage re-resolves them)."""
    doc = actor_doc(text, country, day)
    finalize_actors(doc, country)
    return [m.value.name for m in doc.in_span("actor", 0, len(text))]


def _ids(text: str) -> list[str]:
    return [a.id for a in find_alias(text)]


def test_catalogue_stays_valid():
    assert validate_catalogue() == []


def test_fourth_division_is_the_syrian_army_only_in_syria():
    syria = _names("قصفت الفرقة الرابعة أحياء في بلدة مضايا بريف دمشق", "SY")
    assert syria == ["Military Forces of Syria (2000-)"]
    lebanon = _names("انتشرت الفرقة الرابعة قرب بلدة في جنوب لبنان", "LB")
    assert "Military Forces of Syria (2000-)" not in lebanon


def test_fourth_division_reading_follows_the_story_country():
    keys = tuple(load_catalogue().aliases[normalize("الفرقة الرابعة")])
    iraq = resolve_actor(choose_key(keys, "IQ", frozenset({"IQ"})), "IQ", DAY)
    assert (iraq.name, iraq.inter) == ("Military Forces of Iraq (2014-2018)", 1)
    sudan = resolve_actor(choose_key(keys, "SD", frozenset({"SD"})), "SD", DAY)
    assert (sudan.name, sudan.inter) == ("Military Forces of Sudan (1989-2019)", 1)
    assert choose_key(keys, "YE", frozenset({"YE"})) == "none"


def test_spelling_variants_of_kurdish_forces_are_known():
    assert _ids("تقدمت قوات سوريا الديموقراطية نحو البلدة") == ["sdf"]
    assert _ids("هاجمت قوات البشمركة مواقع للمسلحين") == ["peshmerga"]


def test_pakistani_taliban_is_not_the_afghan_movement():
    assert _ids("تبنت طالبان الباكستانية الهجوم على نقطة تفتيش") == ["ttp"]
    assert _ids("أعلنت حركة طالبان مسؤوليتها عن الهجوم") == ["taliban"]


def test_houthi_adjective_names_the_houthis():
    assert _ids("قتل راع بانفجار لغم حوثي في مديرية نائية") == ["houthis"]
    assert _ids("صدت القوات هجوما لعناصر حوثية على موقع جبلي") == ["houthis"]


def test_saudi_special_emergency_forces_are_saudi_police():
    names = _names("استهدف انتحاري مقرا لقوات الطوارئ الخاصة في مدينة سعودية", "SA")
    assert "Police Forces of Saudi Arabia (2015-)" in names


def test_air_defence_of_a_state_abroad_is_external():
    ref = resolve_actor("state:SA:military", "YE", DAY)
    assert _ids("اعترضت قوات الدفاع الجوي الملكي السعودي صاروخا") == ["state:SA:military:2015-"]
    assert ref.inter == 8


def test_named_groups_carry_their_category():
    cat = load_catalogue()
    expected = {"libya_dawn": 3, "sudan_shield": 3, "imam_bukhari": 2, "peninsula_shield": 8, "saraya_ashtar": 2}
    assert {key: cat.actors[key].inter for key in expected} == expected
    assert _ids("اشتبكت عناصر من سرايا الأشتر مع دورية") == ["saraya_ashtar"]


def test_rapid_support_forces_were_a_state_force_until_their_war():
    before = resolve_actor("rsf", "SD", dt.date(2019, 6, 3))
    assert (before.name, before.inter) == ("Military Forces of Sudan (2019-)", 1)
    during = resolve_actor("rsf", "SD", dt.date(2023, 6, 1))
    assert (during.name, during.inter) == ("Rapid Support Forces", 2)
    assert _ids("اشتبكت قوات الدعم السريع مع دورية في نيالا") == ["rsf"]


def test_ansar_bayt_al_maqdis_is_the_islamic_state_after_its_pledge():
    assert resolve_actor("ansar_bayt", "EG", dt.date(2014, 10, 24)).name == "Ansar Bayt al-Maqdis"
    assert resolve_actor("ansar_bayt", "EG", dt.date(2016, 3, 19)).name == "Islamic State (Egypt)"


def test_yarmouk_basin_affiliate_is_the_islamic_state():
    assert _ids("هاجم جيش خالد بن الوليد حاجزا في بلدة قرب الحدود") == ["isis"]


def test_spellings_and_factions_other_outlets_use_are_known():
    assert _ids("وضعت واشنطن جبهة تحرير الشام على قائمة الإرهاب") == ["hts"]
    assert _ids("قصفت طائرة مسيرة مقرا لحزب الله العراقي") == ["kataib_hezbollah"]
    assert _ids("انسحب مقاتلو مجلس منبج العسكري من القرية") == ["manbij_mc"]
    assert _ids("داهم عناصر جهاز دعم الاستقرار منزلا في الحي") == ["ssa_ly"]
    assert _ids("اتهم الأهالي فصيل العمشات بمصادرة أراضيهم") == ["sulaiman_shah"]
    assert "Pro-Government Militia (Syria)" in _names("طردت ميليشيات موالية لدمشق المهاجمين من الحي", "SY")


def test_new_factions_carry_their_category():
    cat = load_catalogue()
    expected = {"jaish_nasr": 2, "free_idlib_army": 2, "ahrar_sharqiya": 2, "jrtn": 2, "islamic_army_iq": 2,
                "ssa_ly": 3, "nawasi": 3, "derna_shura": 2, "asmla": 2, "kdpi": 2, "blf": 2, "maghawir": 2}
    assert {key: cat.actors[key].inter for key in expected} == expected


def test_ansar_al_islam_is_bound_to_iraq_and_syria():
    assert _names("تبنت جماعة أنصار الإسلام هجوما على نقطة تفتيش", "IQ") == ["Ansar al Islam"]
    assert "Ansar al Islam" not in _names("تبنت جماعة أنصار الإسلام هجوما على نقطة تفتيش", "BF")


def test_national_guard_is_the_force_of_the_story_country():
    assert "Police Forces of Tunisia (2014-2019)" in _names("قتل عنصران من الحرس الوطني في كمين قرب جبل الشعانبي", "TN")
    assert _names("انتشر الحرس الوطني في شوارع المدينة", "KW") == ["Military Forces of Kuwait (2006-2020)"]
    assert _names("انتشر الحرس الوطني في شوارع مدينة أمريكية", "US") == []


def test_validator_rejects_a_unit_of_no_state_force_and_an_undated_predecessor():
    import dataclasses

    cat = load_catalogue()
    guard = dataclasses.replace(cat.actors["tn_national_guard"], as_kind="navy")
    rebels = dataclasses.replace(cat.actors["rsf"], start=None)
    problems = validate_catalogue(dataclasses.replace(cat, actors={**cat.actors, guard.id: guard, rebels.id: rebels}))
    assert any("is no state force" in p for p in problems)
    assert any("before_start 'rsf_state' needs a start date" in p for p in problems)



def test_validator_requires_the_word_lists_the_actors_stage_reads():
    import dataclasses

    cat = load_catalogue()
    role_cues = {k: v for k, v in cat.lexicon["role_cues"].items() if k != "aimed_at"}
    owned = {**cat.lexicon["owned_adjectives"], "vehicles": "طقم"}
    problems = validate_catalogue(dataclasses.replace(
        cat, lexicon={**cat.lexicon, "role_cues": role_cues, "owned_adjectives": owned}))
    assert "role_cues.aimed_at: a non-empty list of words" in problems
    assert "owned_adjectives.vehicles: a non-empty list of words" in problems
