"""Country-bound aliases (`local` rows of a catalogue entry): a name that means one
actor in one country's stories and another actor, or none, elsewhere."""

from __future__ import annotations

import dataclasses
import datetime as dt

from support import actor_doc

from marsad.knowledge.actors import (
    _local_readings,
    catalogue_summary,
    choose_key,
    load_catalogue,
    local_elsewhere,
    resolve_actor,
    validate_catalogue,
)
from marsad.stages.actors import finalize_actors
from marsad.text import normalize

DAY = dt.date(2019, 3, 14)


def _names(text: str, country: str) -> list[str]:
    doc = actor_doc(text, country, DAY)
    finalize_actors(doc, country)
    return [m.value.name for m in doc.in_span("actor", 0, len(text))]


def test_local_row_becomes_a_reading_bound_to_its_countries():
    parent = load_catalogue().actors["jaish_nasr"]
    row = {"local": [{"countries": ["SY", "TR"], "aliases": ["جيش النصر", "مقاتلو جيش النصر"]}]}
    (reading,) = _local_readings(row, parent)
    assert (reading.id, reading.family, reading.reading_of) == ("jaish_nasr@SY+TR", "jaish_nasr@SY+TR", "jaish_nasr")
    assert reading.context == ("SY", "TR")
    assert reading.aliases == (normalize("جيش النصر"), normalize("مقاتلو جيش النصر"))
    assert (reading.name, reading.inter) == (parent.name, parent.inter)


def test_bound_alias_names_the_faction_in_its_country_only():
    assert "Jaish al Nasr" in _names("هاجم مقاتلو جيش النصر حاجزا قرب بلدة كفرنبودة", "SY")
    assert "Jaish al Nasr" not in _names("رفع جيش النصر أعلامه في ذكرى الحرب في القاهرة", "EG")


def test_reading_resolves_to_its_entry_with_the_same_id():
    ref = resolve_actor("hezbollah@LB", "LB", DAY, normalize("المقاومة"))
    plain = resolve_actor("hezbollah", "LB", DAY)
    assert (ref.name, ref.inter, ref.actor_id) == (plain.name, plain.inter, "hezbollah")


def test_shared_alias_picks_the_reading_of_the_story_country():
    keys = tuple(load_catalogue().aliases[normalize("المقاومة")])
    assert choose_key(keys, "LB") == "hezbollah@LB"
    assert choose_key(keys, "PS") == "pal_factions"
    coalition = tuple(load_catalogue().aliases[normalize("قوات التحالف")])
    nato = resolve_actor(choose_key(coalition, "AF"), "AF", DAY)
    assert (nato.name, nato.actor_id) == ("NATO - North Atlantic Treaty Organization", "nato")


def test_alias_of_one_bound_reading_is_no_actor_elsewhere():
    alias = normalize("الفيلق الخامس")
    assert local_elsewhere("syria_5th_corps@SY", alias, frozenset({"LY"}))
    assert not local_elsewhere("syria_5th_corps@SY", alias, frozenset({"SY"}))
    assert _names("اقتحم الفيلق الخامس بلدة في ريف اللاذقية الشمالي", "SY") == ["Military Forces of Syria (2000-)"]
    assert _names("أنهى الفيلق الخامس مناورته السنوية قرب مدينة بنغازي", "LY") == []


def test_reading_is_counted_once_in_the_summary():
    entries = [a for a in load_catalogue().actors.values() if not a.reading_of]
    assert sum(n for *_, n in catalogue_summary()) == len(entries)
    assert any(a.reading_of for a in load_catalogue().actors.values())


def test_validator_reports_broken_local_rows():
    cat = load_catalogue()
    parent = cat.actors["jaish_nasr"]
    clash = dataclasses.replace(parent, id="jaish_nasr@SY", family="jaish_nasr@SY", reading_of="jaish_nasr",
                                context=("SY",), aliases=(normalize("جيش النصر"),))
    plain = dataclasses.replace(parent, aliases=(normalize("جيش النصر"),))
    empty = dataclasses.replace(clash, id="jaish_nasr@", context=(), aliases=())
    orphan = dataclasses.replace(clash, id="ghost@SY", reading_of="ghost")
    bad = dataclasses.replace(cat, actors={**cat.actors, "jaish_nasr": plain, clash.id: clash,
                                           empty.id: empty, orphan.id: orphan})
    problems = validate_catalogue(bad)
    assert any("also a plain alias of jaish_nasr" in p for p in problems)
    assert any("needs countries and aliases" in p for p in problems)
    assert any("reading of unknown actor ghost" in p for p in problems)
    assert validate_catalogue() == []


def test_ansar_al_sharia_is_the_group_of_the_story_country():
    text = "تبنى تنظيم أنصار الشريعة هجوما على ثكنة في المدينة"
    assert _names(text, "TN") == ["Ansar al Sharia (Tunisia)"]
    assert _names(text, "LY") == ["Ansar al Sharia (Libya)"]
    assert _names(text, "YE") == ["AQAP - Al Qaeda in the Arabian Peninsula"]
    assert _names(text, "EG") == []
