"""Actor catalogue: loads, validates, resolves periods, countries and inter codes."""

from __future__ import annotations

import datetime as dt

from marsad.knowledge.actors import (
    catalogue_summary,
    find_alias,
    generic_actor,
    load_catalogue,
    resolve_actor,
    validate_catalogue,
)
from marsad.text import normalize


def test_catalogue_is_valid_and_large_enough():
    cat = load_catalogue()
    assert validate_catalogue() == []
    assert len(cat.actors) >= 600


def test_every_alias_is_stored_normalized():
    cat = load_catalogue()
    for alias in list(cat.aliases) + list(cat.quoted) + list(cat.adjectives):
        assert alias == normalize(alias)


def test_state_forces_cover_arab_league_and_regional_powers():
    families = load_catalogue().families
    required = ["SY", "IQ", "YE", "LY", "SD", "PS", "LB", "EG", "SO", "JO", "SA", "AE", "KW", "QA", "BH", "OM", "DZ", "MA", "TN", "MR", "DJ", "KM", "IL", "TR", "IR", "RU", "US", "FR", "GB"]
    for iso2 in required:
        for kind in ("military", "police", "government"):
            assert f"state:{iso2}:{kind}" in families, (iso2, kind)


def test_article_date_picks_the_syrian_military_period():
    before = resolve_actor("state:SY:military", "SY", dt.date(2018, 8, 1))
    after = resolve_actor("state:SY:military", "SY", dt.date(2025, 3, 1))
    assert before.name == "Military Forces of Syria (2000-)"
    assert after.name == "Military Forces of Syria (2024-)"
    assert before.inter == after.inter == 1


def test_state_force_outside_its_country_is_external():
    russia = resolve_actor("state:RU:military", "SY", dt.date(2018, 8, 1))
    israel = resolve_actor("state:IL:military", "PS", dt.date(2024, 1, 10))
    assert (russia.name, russia.inter) == ("Military Forces of Russia (2000-)", 8)
    assert (israel.name, israel.inter) == ("Military Forces of Israel (2022-)", 8)
    assert resolve_actor("state:IL:military", "IL", dt.date(2015, 7, 1)).name == "Military Forces of Israel (2009-2021)"


def test_us_forces_are_named_with_the_article():
    ref = resolve_actor("state:US:military", "SY", dt.date(2018, 2, 8))
    assert ref.name == "Military Forces of the United States (2017-2021)"


def test_islamic_state_is_named_by_country_of_operation():
    assert resolve_actor("isis", "IQ", None).name == "Islamic State (Iraq)"
    assert resolve_actor("isis", "SY", None).name == "Islamic State (Syria)"


def test_generic_actors_take_the_country_name():
    assert generic_actor("civilians", "SY").name == "Civilians (Syria)"
    assert generic_actor("protesters", "IQ").inter == 6
    assert generic_actor("rioters", "LB").name == "Rioters (Lebanon)"
    assert generic_actor("unidentified", "SY").name == "Unidentified Armed Group (Syria)"
    assert generic_actor("police", "IQ").name.startswith("Police Forces of Iraq")


def test_find_alias_handles_clitics_quotes_and_article():
    names = {a.name for a in find_alias("قاتلوا بالحوثيين و«داعش» ولقوات سوريا الديمقراطية")}
    assert {"Ansar Allah (Houthis)", "Islamic State", "Syrian Democratic Forces"} <= names


def test_quoted_only_alias_needs_quotes():
    assert find_alias("مؤسسات الدولة") == []
    assert [a.id for a in find_alias("مقاتلو «الدولة»")] == ["isis"]


def test_coalition_alias_depends_on_country():
    from marsad.knowledge.actors import choose_key

    keys = tuple(load_catalogue().aliases[normalize("التحالف")])
    assert choose_key(keys, "YE") == "saudi_coalition"
    assert choose_key(keys, "IQ") == "coalition_global"
    assert resolve_actor("saudi_coalition", "YE", dt.date(2015, 7, 24)).name == "Military Forces of Saudi Arabia (2015-)"


def test_summary_counts_by_country_and_category():
    rows = catalogue_summary()
    syria = {category: n for country, category, n in rows if country == "Syria"}
    entries = [a for a in load_catalogue().actors.values() if not a.reading_of]  # a country-bound reading is its entry
    units = [a for a in entries if a.country == "SY" and a.inter == 1 and not a.family.startswith("state:")]
    assert syria["State forces"] == 6 + len(units)  # military, police, government x two periods, and named units
    assert syria["Rebel groups"] >= 10
    assert sum(n for _, _, n in rows) == len(entries)


def test_group_that_became_government_is_coded_as_state_after_its_end():
    assert resolve_actor("taliban", "AF", dt.date(2019, 5, 1)).name == "Taliban"
    assert resolve_actor("taliban", "AF", dt.date(2023, 5, 1)).name == "Military Forces of Afghanistan (2021-)"
    assert resolve_actor("hts", "SY", dt.date(2025, 2, 1)).name == "Military Forces of Syria (2024-)"


def test_validator_reports_broken_entries():
    import dataclasses

    cat = load_catalogue()
    good = cat.actors["houthis"]
    broken = dataclasses.replace(good, id="broken", inter=9, country="XX", aliases=("الحوثيّون",),
                                 start=dt.date(2020, 1, 1), end=dt.date(2019, 1, 1))
    bad = dataclasses.replace(cat, actors={**cat.actors, "broken": broken})
    problems = validate_catalogue(bad)
    assert any("inter 9" in p for p in problems)
    assert any("unknown country" in p for p in problems)
    assert any("starts after it ends" in p for p in problems)
    assert any("not normalized" in p for p in problems)


def test_find_alias_resolves_default_state_nouns_and_skips_generics():
    assert [a.name for a in find_alias("قوات النظام")] == ["Military Forces of Syria (2024-)"]
    assert find_alias("القوات الحكومية والمدنيين") == []


def test_a_security_perimeter_is_no_security_belt_force():
    assert find_alias("نجحنا في توسيع الحزام الأمني حول المدينة") == []
    assert [a.id for a in find_alias("انتشرت قوات الحزام الأمني في مديرية المنصورة")] == ["stc"]


def test_every_state_has_one_period_for_each_day_since_2010():
    from marsad.knowledge.actors import PERIODS_COVER_FROM

    cat = load_catalogue()
    for family, members in cat.families.items():
        if not family.startswith("state:"):
            continue
        day, end = PERIODS_COVER_FROM, dt.date(2026, 12, 31)
        while day <= end:  # one actor per day, sampled monthly
            assert sum(a.valid_on(day) for a in members) == 1, (family, day)
            day += dt.timedelta(days=30)


def test_older_article_gets_the_government_of_its_own_date():
    # a story from before a junta names the forces of the government then in office
    assert resolve_actor("state:ML:military", "ML", dt.date(2015, 6, 1)).name == "Military Forces of Mali (2013-2020)"
    assert resolve_actor("state:ML:military", "ML", dt.date(2022, 6, 1)).name == "Military Forces of Mali (2021-)"
    assert resolve_actor("state:NG:military", "NG", dt.date(2014, 4, 1)).name == "Military Forces of Nigeria (2010-2015)"


def test_validator_reports_gaps_and_late_first_periods():
    from dataclasses import replace

    cat = load_catalogue()
    mali = cat.families["state:ML:military"]
    late = [a for a in mali if a.start and a.start.year >= 2013]  # the first periods removed
    holed = [replace(a, end=a.end - dt.timedelta(days=10)) if a.end and a.start.year == 2013 else a for a in mali]
    for members in (late, holed):
        broken = replace(cat, families={**cat.families, "state:ML:military": members})
        problems = validate_catalogue(broken)
        assert any(p.startswith("state:ML:military") for p in problems)
