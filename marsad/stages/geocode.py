"""Geocode stage: choose one gazetteer place per place mention.

Each candidate of a mention is scored from evidence a human coder would use:
its class (a governorate or city before a same-named village), the cue word
("محافظة X" wants an admin1, "قرية X" a locality), the article's dominant
country, the governorates the article names ("بلدة الشجرة بريف درعا" puts
الشجرة in Daraa), the unit named right after it as its container ("بلدة
كلس بجنوب تركيا" is in Turkey, whatever the story's country), and
population.  A country's name is the country (or a capital), never a
namesake village.  The article's country (`doc.country_hint`) is a vote over
all mentions; a country that only villages or towns point to (no country,
governorate, region or capital of it is named) counts for less.  After the
choice: a bare governorate name is its city ("الحديدة"), a name keeps one
place through the article, a village far from its sentence's places yields
to a spelling variant beside them, a place located by a city ("عند
المدخل الشمالي لعدن") is a namesake near it or the city, a compound name
before "بـ/في + governorate" is read inside that governorate, a village
known only far from the district a report just named lies in that district
(`_far_from_recent_units`), a village
takes the namesake near its paragraph's places, and a sea takes its coast's country
(or that of the unit named as its container: "باب المندب بمحافظة تعز").  A
dateline's place lies in the country named after it ("دبي، الإمارات").  A
bare "غزة" is the Strip (`unit_names`), not its city, and a village the
gazetteer knows only far from every place of its story is an unlisted
village of the story's province (`_stray_villages`), unless the name is a
known town next door told beside the story's places ("في البحرين والقطيف":
`_known_towns_next_door`); a quarter ("أحياء X") known only far from the
story's places lies in the story's city (`_quarters_of_the_story_city`).
A name known only as a district of another governorate, told inside a town
("في همدان بمدينة الحزم"), is a quarter of that town (`_inside_units`,
`_inside_town_named`).
A foreign national capital after a preposition beats a small namesake unit
at home ("محادثات في القاهرة" in a Yemen story), and a place named inside a unit ("أولى قرى
مديرية X") lies in that unit's governorate.  A road phrase ("طريق بغداد
كركوك") is one scene: the end in the story's province, else the middle of
the route (`_routes`).  A bare list of governorate names ("أهدافا متفرقة في
صعدة وحجة وعمران") is the governorates, not their seat cities (`_province_lists`).

The module also answers the events stage: which place mentions locate an
event clause (`event_places`; a clause placed only by its country or
governorate takes the town its sentence names for the same act, and what
talks are about places no act told before them: `_talk_topic`; the acting
side's post or launch site is no scene: `_posted`; a region or country
yields to the village its sentence names for the act's toll: `_toll_noun`; a town
owning a site after a preposition of place, "في سجن X بجنوب العراق", is
governed like a named scene: `_site_owner`, and beats the province or city
named just before the site, "في البصرة عند منفذ صفوان": `_site_in_place`;
a town the sentence places in the frame's own unit again, "التفجير في عسير
... بمدينة أبها بمنطقة عسير", narrows that frame: `_narrows_frame`; an act left
at a country or province takes the town a next sentence says it took place
at, "الحادث الذي وقع في X": `continued_scene`), what to
use when the clause names none (`fallback_place`), and the Event location
fields (`location_fields`).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from functools import cache

from marsad.document import Document, Mention, Sentence
from marsad.knowledge.actors import country_adjective_forms, load_catalogue, same_camp
from marsad.knowledge.clauses import load_dedupe_rules, load_event_rules
from marsad.knowledge.gazetteer import (
    FEATURE_CLASSES,
    STRONG_CLASSES,
    Place,
    PlaceCues,
    country_adjectives,
    distance_km,
    key_variants,
    load_gazetteer,
    load_geocode_weights,
    load_place_cues,
    loose_key,
)
from marsad.knowledge.triggers import VIOLENT_TYPES
from marsad.text import normalize, strip_clitics, strip_conjunction

# Scores, distances and shares: `geocode` in place_cues.yaml says what each is for.
_WEIGHTS = load_geocode_weights()
_CUES = load_place_cues()
_CLASS_SCORE, _CUE_FIT = _WEIGHTS.class_score, _WEIGHTS.cue_fit
_LOCALITY_CUE_PENALTY = _WEIGHTS.locality_cue_penalty
_ANAPHOR_PARAGRAPHS, _UNANCHORED_WEIGHT = _WEIGHTS.anaphor_paragraphs, _WEIGHTS.unanchored_weight
_PARENT_COUNTRY_BONUS, _PARENT_ADMIN1_BONUS = _WEIGHTS.parent_country_bonus, _WEIGHTS.parent_admin1_bonus
_MAX_LINK_WORDS = _WEIGHTS.max_link_words
_NEAR_PARENT_BONUS, _NEAR_PARENT_KM_PER_POINT = _WEIGHTS.near_parent_bonus, _WEIGHTS.near_parent_km_per_point
_VARIANT_ONLY_PENALTY = _WEIGHTS.variant_only_penalty
_CAPITAL_VOTE_SHARE, _NAMED_CAPITAL_BONUS = _WEIGHTS.capital_vote_share, _WEIGHTS.named_capital_bonus
_KNOWN_TOWN_POPULATION, _HAMLET_POPULATION = _WEIGHTS.known_town_population, _WEIGHTS.hamlet_population
_NEIGHBOUR_FAR_KM, _NEIGHBOUR_NEAR_KM = _WEIGHTS.neighbour_far_km, _WEIGHTS.neighbour_near_km
_TARGET_WORDS, _COAST_KM, _BETWEEN_WORDS = _WEIGHTS.target_window_words, _WEIGHTS.coast_km, _WEIGHTS.between_words
_NATIONWIDE_ACTS = _WEIGHTS.nationwide_acts
_CENTRE_WORDS, _UNDERGOING_VERBS = _WEIGHTS.centre_words, _WEIGHTS.undergoing_verbs
_QUARTER_WORDS, _BORDER_WITH_WORDS = _WEIGHTS.quarter_words, _WEIGHTS.border_with_words
_BORDER_OF_WORDS, _BORDER_SIDES = _WEIGHTS.border_of_words, _WEIGHTS.border_sides
_SETTING_WORDS, _SETTING_BACK_REFERENCES = _WEIGHTS.setting_words, _WEIGHTS.setting_back_references
_NEAR_CITY_KM, _FAR_FROM_CITY_KM = _WEIGHTS.near_city_km, _WEIGHTS.far_from_city_km
_COHERENCE_GAIN_KM, _NAME_TAIL_WORDS = _WEIGHTS.coherence_gain_km, _WEIGHTS.name_tail_words
_FINER_SCENE_WORDS, _STRAY_VILLAGE_KM = _WEIGHTS.finer_scene_words, _WEIGHTS.stray_village_km
_QUARTER_KM = _WEIGHTS.quarter_km
_QUARTER_CITY_NOT_AFTER, _QUARTER_CITY_SPEECH = _WEIGHTS.quarter_city_not_after, _WEIGHTS.quarter_city_speech
_QUARTER_CITY_SPEAKERS = _WEIGHTS.quarter_city_speakers
_LEAD_ACT_WORDS = _WEIGHTS.lead_act_words
_BORDER_SIDE_KM = _WEIGHTS.border_side_km
# Event types of the acts whose own places a place told past them is (`_other_act_between`).
_NAME_GAP_CHARS = 40  # "أبها بمنطقة عسير": a town, a unit word, the unit's name (`_narrows_frame`)
_TRIP_WORDS = 5  # "إجلاء آخر دفعة من المقاتلين إلى X": the trip word, its object, the preposition
# An evacuation's people are often described at length before their destination ("إجلاء
# غير الراغبين بالتسوية من مقاتلين ومعارضين إلى X"): a destination word is sought this
# far back, within the clause and short of an act between (`_destination_before`), where
# other trip words are not.
_DESTINATION_WORDS = 10
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year written out in a date
_TOPIC_CHARS = 160  # "المفاوضات ... حول نقل مقاتلي التنظيم إلى البادية السورية من جنوب غرب X"
_TOPIC_BREAK = re.compile(r"[.!?؟؛;:()\n]")  # a comma may part the items of a topic
_ROAD_POINT_WORDS = 3  # "طريق X Y قرب بلدة Z": the cue words and the name's own
_RELATIVE_WORDS = 3  # "قرى X التي احتلتها": the pronoun, maybe a particle, the verb
_CLAUSE_BREAK = re.compile(r"[،,.؛;:\n]")  # a comma or sentence mark between a name and what it names
_UNDERGOING_GAP_WORDS = 6  # "تعرض محيط مخيم X للاجئين بريف Y لقصف": the name's description and unit
_OPENING_SENTENCES = 3  # the lead and the sentences retelling it (`opening_town`)
_OCCURRENCE_CHARS = 80  # "الهجوم الإرهابي الذي وقع الأربعاء الماضي، في مدينة": the act noun to the place
_UNIT_SENTENCES = 2  # "في مديرية X. وأوضحت أن من المواقع: قرية Y.. مضيفة أن ... بلدة Z"
# Classes that name a country on their own (a village abroad does not).
_ANCHOR_CLASSES = frozenset({"country", "admin1", "region"})
# Units that frame a story rather than locate one act in it (see `_named_inside`).
_FRAME_CLASSES = frozenset({"country", "admin1"})
_TOWN_CLASSES = frozenset({"city", "town", "admin2"})
_COUNTRY_RIVALS = frozenset({"country", "admin1", "admin2", "city"})
_CONTAINER_CLASSES = frozenset({"country", "admin1", "admin2", "region", "city"})
# Classes of a place its named container does not bound: all containers but a district,
# which lies in one governorate ("منطقة X شرق محافظة Y" is no district X of another one).
_UNBOUNDED_CLASSES = _CONTAINER_CLASSES - {"admin2"}
# Small places whose names recur across borders (a quarter, a village, a small town).
_NAMESAKE_CLASSES = frozenset({"village", "town", "neighbourhood"})
_UNIT_CLASSES = frozenset({"admin1", "admin2", "admin3"})
# Units and places smaller than a city (a namesake a foreign capital outranks: `_capital_abroad`).
_SMALL_UNITS = frozenset({"admin2", "admin3", "town", "village", "neighbourhood"})
_WORD = re.compile(r"\w+")
# acts of fire from afar, whose shooters' positions are no scene (`_fired_from_position`)
_FIRE_SUBS = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
# The word right after a name, parted by spaces only (no comma or bracket).
_NEXT_NAME_WORD = re.compile(r"[ \t]+(\w+)")
_NAME_QUOTES = "«»\"“”"  # marks around a place name in a list ("«شقرة» بمحافظة «أبين»")
_UNKNOWN_NAME_WORDS = 2  # "ومنطقة «X» بمديرية Y": a list item the gazetteer lacks, placed by its unit
# Places too wide for their point to say where a village beside them lies.
_WIDE_CLASSES = frozenset({"country", "admin1", "region", "marine"})
_SEAT_CHARS = 60  # "المرصد السوري لحقوق الإنسان في": the longest source name and its seat word
_DATELINE = re.compile(r"^\s*([^\n\-–—:()«»]{2,40}?)\s*(?:\([^)\n]{0,30}\)\s*)?[-–—:]")


def process(doc: Document) -> None:
    """Set `attrs["place"]` and the final `attrs["precision"]` on every place mention."""
    mentions = doc.of_kind("place")
    _mark_dateline(doc, mentions)
    _near_side_of_borders(doc, mentions)
    countries = _country_votes(doc, mentions)
    doc.country_hint = countries.most_common(1)[0][0] if countries else None
    admin_votes = _admin1_votes(mentions)
    parents = _parents(doc, mentions, load_place_cues())
    parents.update(_dateline_parents(mentions))
    parents.update(_name_tails(doc, mentions, parents))
    _mark_relative_containers(doc, parents)
    # A container must lie where the story is ("قرب حقل مجنون" is no town in Saudi Arabia).
    allowed = _anchored_countries(mentions) | {doc.country_hint}
    city_cued = [m for m in mentions if "locality" in (m.attrs.get("cue_type"), m.attrs.get("noun_type"))]
    for mention in mentions:
        cued_keys = _city_cued_keys_before(doc, mention, city_cued)
        parent = parents.get(id(mention))
        if parent is not None and _strong_in(mention, parent):
            parent = None  # "وسط بغداد من مناطق العلاوي": a city is not placed by its quarters
        if parent is not None:
            mention.attrs["container"] = parent  # read by event_places: the unit is no scene of its own
        if parent is not None:
            containers = [p for p in _containers(parent) if p.country_code in allowed]
        else:  # "بلدة سروج الحدودية التركية": the adjective names the container
            containers = _adjective_country(doc, mention)
        if mention.attrs.get("cue_type") == "district" and (home := _home_namesakes(mention, mentions, doc.country_hint)):
            mention.value = home  # "منطقة الرباط" in a Yemen story: a Yemeni area, not Morocco's capital
        nearby = _sentence_admin1s(doc, mention, mentions)
        place = choose(mention, doc.country_hint, countries, admin_votes, nearby, containers, cued_keys)
        if place is not None and id(mention) not in parents:  # "في الرباط عند مدخل المدينة": Aden's quarter
            place = _capital_abroad(mention, place, nearby) or place
        if place is not None and containers and place.feature_class == "marine" and not place.country_code:
            # "باب المندب بمحافظة تعز": a strait or sea named with a unit lies off that unit's coast
            place = _off_the_coast_of(place, containers)
        elif place is not None and containers and (_abroad_of_containers(place, containers) or (
                place.feature_class not in _UNBOUNDED_CLASSES
                and not _capital_of_containers(place, containers) and not _inside_units(place, containers, parent))):
            # "بلدة X قرب مدينة درعا" where the gazetteer knows X only in Lebanon, "قرية X،
            # أولى قرى مديرية Y" where it knows X only in another governorate:
            # the text says where it is; a spelling variant there, else nothing.
            place = _variant_inside(mention, containers)
        elif place is not None and containers and not _near_its_container(place, containers) and (
                closer := _variant_inside(mention, containers) or _namesake_within_reach(mention, containers, parent)):
            # "قرية قصيبة في ريف القنيطرة" where the gazetteer spells the village there
            # "القصيبة" and knows a bare namesake at the other end of the country
            place = closer
        elif place is not None and not containers and _foreign_to_units(place, mention, mentions, doc):
            # "قرية X، أولى قرى مديرية Y" where the gazetteer knows X only in
            # another governorate the article never names: the unit is the scene
            # (a parent without a place, "حي X في المدينة" before the noun is read, bounds nothing).
            place = _variant_inside(mention, _sentence_units(doc, mention, mentions))
        elif place is not None and not containers and _abroad_of_sentence_units(place, mention, mentions, doc):
            # "قصفت منطقة الضباب ... لمحافظة تعز" in a Yemen story: no Saudi quarter of that name
            place = _variant_inside(mention, _sentence_units(doc, mention, mentions))
        elif place is not None and parent is None and (units := _far_from_recent_units(doc, mention, place, mentions)):
            # "في مديرية لودر ... من بين المواقع: قرية السلامية" where the gazetteer knows
            # السلامية only in Sa'dah: a village of the district just named, not the namesake.
            place = _variant_inside(mention, units)
            if place is None:
                mention.attrs["place"], mention.attrs["precision"] = units[0], 2  # somewhere in the unit
                continue
        if place is not None and place.feature_class == "country":
            place = _capital_named_so(doc, mention) or place
        if place is not None:
            mention.attrs["place"] = place
            mention.attrs["precision"] = final_precision(place, mention.attrs)
    _spelled_like_a_neighbour(doc, mentions)
    _one_place_per_name(mentions, parents, doc.country_hint)
    _resolve_anaphors(doc, mentions, parents)
    _near_the_city_named(mentions, parents)
    _inside_the_unit_named(mentions, parents)
    _compound_name_in_unit(doc, mentions)
    _definite_compound_names(doc, mentions)
    _coherent_namesakes(doc, mentions, parents)
    _known_towns_next_door(doc, mentions, parents)
    _stray_villages(doc, mentions, parents)
    _quarters_of_the_story_city(doc, mentions, parents)
    _seas_in_a_country(doc, mentions)
    _routes(doc, mentions)
    _landmarks_near(doc, mentions, parents)
    _province_lists(doc, mentions, parents)


def _province_lists(doc: Document, mentions: list[Mention], parents: dict[int, Mention]) -> None:
    """Read a bare list of governorate names as the governorates (EVENTS.md
    geo_precision 3), not their seat cities: "قصفت أهدافا متفرقة في صعدة
    والجوف وحجة وعمران", "غارات على مواقع التنظيم في دير الزور والحسكة
    والرقة".  Many Yemeni, Syrian and Iraqi governorates share their seat's
    name, and a bare name alone reads as the city (`_seat_city`); yet a list
    that runs over several of them names areas of a campaign, and a list in
    which one member names only a governorate (الجوف, أبين: no town of that
    name) is a list of governorates.  So when every member of a list without
    a cue word is the name of a governorate of one country, and the list has
    `province_lists.min_members` members or one member was read as the
    governorate itself, each seat city is read as its governorate.  Only a list
    after a word of a campaign's areas (`province_lists.area_words`, at most
    `area_window` words before it: "أهدافا متفرقة في"، "مواقع التنظيم في"،
    "أربع محافظات (عدن"): acts and sites in the towns ("وتظاهر المئات في
    حمص وحماة ودرعا"، "سيارات مفخخة في إدلب وحلب وحماة"، "أحياء سكنية في تعز
    ولحج والضالع"، "مطارات حلب وحماة"، "ضابطين في عدن وأبين") stay the cities.

    Left alone: a list after a cue ("مدينتي X وY" stays cities; "محافظتي X
    وY" is read so already by its cue), after a word of `province_lists.
    skip_words` ("على الحدود بين مأرب والبيضاء": a border or a road), a list
    naming a national capital ("فوق الرياض ونجران وجازان": the capital is
    the city, and so its list), a member placed by a container named after it
    or containing a quarter or site named with it (a city then), and a
    dateline."""
    groups: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.attrs.get("list_id") is not None:
            groups.setdefault(mention.attrs["list_id"], []).append(mention)
    containers = {id(parent) for parent in parents.values()}
    for members in groups.values():
        members.sort(key=lambda m: m.start)
        places = [m.attrs.get("place") for m in members]
        if len(members) < 2 or any(p is None for p in places) or any(
                m.attrs.get("cue_type") is not None or m.attrs.get("noun_type") is not None
                or m.attrs.get("dateline") or m.attrs.get("route") is not None
                or id(m) in parents or id(m) in containers for m in members):
            continue
        if len({p.country_code for p in places}) != 1 or any(p.is_capital for p in places):
            continue
        units = [_own_governorate(m, p) for m, p in zip(members, places, strict=True)]
        if any(u is None for u in units) or _word_before(doc, members[0]) in _CUES.province_list_skip:
            continue
        if not any(stem in _CUES.province_list_areas for word in _words_before(doc, members[0], _CUES.province_list_window)
                   for stem in strip_clitics(word)):
            continue  # "وتظاهر المئات في حمص وحماة ودرعا", "مطارات حلب وحماة": acts and sites in the towns
        if len(members) < _CUES.province_list_members and not any(p.feature_class == "admin1" for p in places):
            continue
        for mention, place, unit in zip(members, places, units, strict=True):
            if place.feature_class != "admin1" and admin1_of(place) == unit.name:
                mention.attrs["place"], mention.attrs["precision"] = unit, final_precision(unit, mention.attrs)


def _own_governorate(mention: Mention, place: Place) -> Place | None:
    """The governorate among a mention's candidates that bears the mention's
    own name, in the country of its chosen place (صعدة: Sa`dah governorate;
    not Ninawa for الموصل, which only lists Mosul as a variant)."""
    keys = set(key_variants(mention.attrs.get("key") or ""))
    return next((p for p in mention.value or [] if p.feature_class == "admin1" and p.country_code == place.country_code
                 and loose_key(normalize(p.name_ar)) in keys), None)


def _capital_named_so(doc: Document, mention: Mention) -> Place | None:
    """The national capital a country's name stands for when "العاصمة"
    follows it ("في مسجد بالكويت العاصمة", "جيبوتي العاصمة"): a state and its
    capital share the name, and the noun says the city is meant, as
    "مدينة الكويت" would.  Only the capital among the name's own candidates,
    and not when the noun opens a phrase of its own ("وصل أمير الكويت
    العاصمة الأردنية عمان": an adjective or a name follows it)."""
    following = _WORD.match(doc.norm, doc.norm_index(mention.end) + 1)
    if following is None or following.group() not in _CUES.capital_nouns:
        return None
    after = _WORD.match(doc.norm, following.end() + 1)
    if after is not None and (after.group().startswith("ال") or doc.in_span(
            "place", doc.raw_span(after.start(), after.end())[0], doc.raw_span(after.start(), after.end())[1])):
        return None
    return next((p for p in mention.value or [] if p.is_capital and p.feature_class == "city"), None)


def _routes(doc: Document, mentions: list[Mention]) -> None:
    """Place a road phrase ("على طريق بغداد كركوك", "الطريق الدولي بين X
    وY": mentions sharing a `route` id) as one scene on its first mention;
    the others become `route_tail`s, which locate nothing.  A road is not the
    town at its end: of two ends in one country, the one in the province the
    article is about (`focus_province`) is the story's (near it, precision
    2), else the scene is the middle of the route (`_route_place`).  A road named by
    one place ("على طريق X") is near that place (2), not in it."""
    routes: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.attrs.get("route") is not None and mention.attrs.get("place") is not None:
            routes.setdefault(mention.attrs["route"], []).append(mention)
    focus = focus_province(doc) if routes else None
    for members in routes.values():
        head, *tail = members
        for other in tail:
            other.attrs["route_tail"] = True
        ends = [m.attrs["place"] for m in members]
        if not tail or len({p.country_code for p in ends}) > 1 or len({p.gid for p in ends}) == 1:
            head.attrs["precision"] = max(2, int(head.attrs.get("precision") or 1))
            continue
        story_end = next((m for m in members if focus is not None and admin1_of(m.attrs["place"]) == focus.name
                          and m.attrs["place"].country_code == focus.country_code), None)
        if story_end is not None:
            head.attrs["place"] = story_end.attrs["place"]
            head.attrs["precision"] = max(2, int(story_end.attrs.get("precision") or 1))
            head.attrs["surface_ar"] = story_end.attrs.get("surface_ar") or story_end.text
            continue
        head.attrs["place"], head.attrs["precision"] = _route_place(ends[0], ends[-1]), 3
        head.attrs["surface_ar"] = " - ".join(m.attrs.get("surface_ar") or m.text for m in members)


def _route_place(start: Place, end: Place) -> Place:
    """The middle of a route between two places, in the governorate and
    district of the gazetteer place nearest to that middle."""
    lat, lon = (start.lat + end.lat) / 2, (start.lon + end.lon) / 2
    squeeze = math.cos(math.radians(lat)) ** 2  # a degree of longitude is shorter away from the equator
    nearest_point = min(
        _local_points(start.country_code),
        key=lambda point: (point[0] - lat) ** 2 + squeeze * (point[1] - lon) ** 2,  # flat distance: nearest is all we need
        default=None,
    )
    nearest = start if nearest_point is None else load_gazetteer().place(nearest_point[2])
    return dataclasses.replace(
        nearest, gid=f"route:{start.gid}:{end.gid}", name=f"{start.name}-{end.name} road",
        name_ar=f"{start.name_ar} - {end.name_ar}", feature_class="region", lat=lat, lon=lon, population=0,
        is_capital=False, precision=3, admin1=admin1_of(nearest),
        admin2=nearest.name if nearest.feature_class == "admin2" else nearest.admin2,
        radius_km=distance_km(start.lat, start.lon, end.lat, end.lon) / 2,
    )


@cache
def _local_points(country_code: str) -> tuple[tuple[float, float, int], ...]:
    """Where a country's places below governorate level lie (a route's middle is named by the nearest)."""
    return tuple(load_gazetteer().row_points(country_code, _WIDE_CLASSES))


def _inside_units(place: Place, containers: list[Place], parent: Mention | None) -> bool:
    """True when a place may lie in its named container: in its country,
    and in its governorate when the container is named as an administrative
    unit ("أولى قرى مديرية عبس", "منطقة X شرق محافظة Y": the unit word may
    follow a direction; a place "قرب العاصمة دمشق" may lie across a
    border).  A place the sources give no governorate (a US town) is
    judged by distance: it may lie in a unit it is near (`_near_any`).
    A district (admin2/admin3) named inside a town ("في همدان بمدينة الحزم")
    lies in that town's governorate or nowhere: the name is then a quarter of
    the town the gazetteer lacks, not a district at the other end of the
    country."""
    named_unit = parent is not None and bool({parent.attrs.get("cue_type"), parent.attrs.get("noun_type")}
                                              & {"admin", "district"})
    units = [p for p in containers if p.feature_class in _UNIT_CLASSES and p.country_code == place.country_code]
    own = [p for p in containers if p.country_code == place.country_code]
    if place.feature_class in ("admin2", "admin3") and admin1_of(place) \
            and parent is not None and _town_glued(parent) and own and all(admin1_of(p) for p in own):
        # "في همدان بمدينة الحزم": a district of another governorate is no part of the town
        return admin1_of(place) in {admin1_of(p) for p in own}
    if units and named_unit:
        if not admin1_of(place):
            return _near_any(place, units)
        return admin1_of(place) in {admin1_of(p) for p in units}
    return place.country_code in {p.country_code for p in containers}


def _namesake_within_reach(mention: Mention, containers: list[Place], parent: Mention | None) -> Place | None:
    """The mention's village or town nearest its named container among those that
    lie in it or near it (`_inside_units`, `_near_its_container`), when the one
    chosen does not: "بلدة X في ريف Y" is the X near Y, not the namesake the
    scores preferred elsewhere."""
    fits = [p for p in mention.value or [] if p.feature_class in _NAMESAKE_CLASSES
            and _inside_units(p, containers, parent) and _near_its_container(p, containers)]
    return min(fits, key=lambda p: _distance_to(p, containers), default=None)


def _near_its_container(place: Place, containers: list[Place]) -> bool:
    """True when a village or town named inside a governorate or town with no
    unit word ("قرية X في ريف القنيطرة"، "بلدة X بدرعا") lies in that
    governorate or near it (`_near_any`): a namesake at the other end of the
    country is not the village meant.  A container of its country too wide
    to judge by (the country itself, a region) bounds nothing."""
    if place.feature_class not in _NAMESAKE_CLASSES:
        return True
    own = [p for p in containers if p.country_code == place.country_code]
    if any(p.feature_class not in _UNIT_CLASSES | _TOWN_CLASSES for p in own):
        return True
    return bool(admin1_of(place)) and admin1_of(place) in {admin1_of(p) for p in own} or _near_any(place, own)


def _capital_abroad(mention: Mention, place: Place, nearby: set[tuple[str, str]]) -> Place | None:
    """The national capital abroad a bare name means rather than the small
    unit of the story's country chosen for it: "محادثات في القاهرة" in a
    Yemen story are held in Cairo, not in Taiz's Al-Qahirah district.  Only
    a name after a preposition: a bare word ("أن تظل العيون مفتوحة") is too
    often an ordinary one.  A cue word ("مديرية القاهرة"), a container named
    after it or its own governorate named in its sentence keeps the unit; so
    does a capital within `near_city_km` (the same city under two states'
    names)."""
    if mention.attrs.get("cue_type") or not mention.attrs.get("governed") or place.is_capital \
            or place.feature_class not in _SMALL_UNITS \
            or (place.country_code, admin1_of(place)) in nearby:
        return None
    return next(
        (p for p in mention.value or [] if p.is_capital and p.feature_class == "city"
         and p.country_code != place.country_code and _distance_to(p, [place]) > _NEAR_CITY_KM),
        None,
    )


def _strong_in(mention: Mention, parent: Mention) -> bool:
    """True when a candidate of the mention is a city, governorate or capital,
    which its parent does not place.  After a district or locality cue one
    abroad does not count: in "منطقة الرباط بمحافظة عدن" the governorate
    places a quarter of Aden, not Morocco's capital; nor after a parent named
    as a town ("في همدان بمدينة الحزم": a quarter of al-Hazm, not Iran's
    Hamadan), since a city abroad is never told inside a town of the story."""
    strong = [p for p in mention.value or [] if p.feature_class in STRONG_CLASSES or p.is_capital]
    if mention.attrs.get("cue_type") not in ("district", "locality") and not _inside_town_named(mention, parent):
        return bool(strong)
    countries = {p.country_code for p in parent.value or []}
    return any(p.country_code in countries for p in strong)


def _inside_town_named(mention: Mention, parent: Mention) -> bool:
    """True for a bare name told inside a town by a town noun glued to "ب"
    ("في همدان بمدينة الحزم"), when no candidate of the name is a country.

    Why: the town noun says the parent is a town and the name a part of it,
    so a namesake city abroad (Iran's Hamadan) does not make the name too
    strong to be placed by it (`_strong_in`).  Without the "ب" the town noun
    opens another phrase ("هاجمت تركيا بلدة عفرين", "من صنعاء إلى العاصمة
    مسقط"), and a country is never part of a town."""
    return _town_glued(parent) and not any(p.feature_class == "country" for p in mention.value or [])


def _town_glued(parent: Mention) -> bool:
    """True for a place told by a town noun glued to "ب" ("بمدينة الحزم")."""
    return parent.attrs.get("cue_type") == "locality" and (parent.attrs.get("cue") or "").startswith("ب")


def _spelled_like_a_neighbour(doc: Document, mentions: list[Mention]) -> None:
    """Move a village far from every place its sentence names to a
    namesake, or a spelling variant differing by one long vowel, lying next
    to one of them: in "قرى ماملي وX في ناحية راجو" the village is مامالي a
    kilometre from Raju, not a hamlet listing ماملي 80 km away.  Villages
    named together lie together; news spells Kurdish and Turkmen village
    names by ear."""
    gazetteer = load_gazetteer()
    for mention in mentions:
        place = mention.attrs.get("place")
        if place is None or not _small(place):
            continue
        sentence = doc.sentence_at(mention.start)
        if sentence is None:
            continue
        near = [
            p for other in mentions
            if other is not mention and sentence.start <= other.start < sentence.end
            and other.attrs.get("key") != mention.attrs.get("key")
            and (p := other.attrs.get("place")) is not None and p.feature_class not in _WIDE_CLASSES
        ]
        if not near or _distance_to(place, near) <= _NEIGHBOUR_FAR_KM:
            continue
        pool = [p for p in mention.value or [] if _small(p)] + [
            p for p in gazetteer.vowel_variants(mention.attrs.get("key") or "") if _small(p)
        ]
        close = [p for p in pool if _distance_to(p, near) <= _NEIGHBOUR_NEAR_KM]
        if close:
            best = min(close, key=lambda p: _distance_to(p, near))
            mention.attrs["place"], mention.attrs["precision"] = best, final_precision(best, mention.attrs)


def _near_the_city_named(mentions: list[Mention], parents: dict[int, Mention]) -> None:
    """Move a village or town placed by a city named after it ("الرباط عند
    المدخل الشمالي للمدينة", "X شمال Y", "X (غرب Y)") to its namesake (or a
    place spelled like it, see `_with_spelling_variants`) near that city; when
    none is near and the chosen one lies far away, the city itself is the
    best-known point (precision 2); for a quarter ("حي X جنوب مدينة Y",
    `_quarter`) already beyond near_city_km.  The city's own reading (an
    anaphor such as "للمدينة" included) is settled by now.  A capital named
    like its country ("تونس", "الكويت", "جيبوتي") is the country when the
    town lies in it ("مدينة بن قردان الواقعة جنوب شرقي تونس"): the frame is
    the country, and the capital 500 km away is another place."""
    for mention in mentions:
        parent, place = parents.get(id(mention)), mention.attrs.get("place")
        city = parent.attrs.get("place") if parent is not None else None
        if place is None or city is None or city.feature_class not in ("city", "town") \
                or place.feature_class not in ("village", "town") or place.is_capital:
            continue
        if city.is_capital and city.country_code == place.country_code and any(
                p.feature_class == "country" and p.country_code == place.country_code for p in parent.value or []):
            continue
        if _distance_to(place, [city]) <= _NEAR_CITY_KM:
            continue
        close = [p for p in _with_spelling_variants(mention) if p.feature_class in ("village", "town")
                 and _distance_to(p, [city]) <= _NEAR_CITY_KM]
        if close:
            best = min(close, key=lambda p: _distance_to(p, [city]))
            mention.attrs["place"], mention.attrs["precision"] = best, final_precision(best, mention.attrs)
        elif _distance_to(place, [city]) > (_NEAR_CITY_KM if _quarter(mention) else _FAR_FROM_CITY_KM):
            mention.attrs["place"], mention.attrs["precision"] = city, 2


def _quarter(mention: Mention) -> bool:
    """True for a name after a quarter's cue word ("حي X", "بحي X",
    `quarter_words`): it lies inside the city that places it, never 50 km off."""
    cue = mention.attrs.get("cue") or ""
    return cue in _QUARTER_WORDS or (cue[:1] in ("و", "ب", "ل") and cue[1:] in _QUARTER_WORDS)


def _inside_the_unit_named(mentions: list[Mention], parents: dict[int, Mention]) -> None:
    """Move a village placed by a governorate or district named after it
    without a unit cue ("مناطق X وY جنوبي الحديدة", "جبال X في نهم"), or by
    a district the gazetteer knows only as a village ("منطقة X بمديرية Y"),
    to its namesake (or a place spelled like it) in that unit's governorate;
    when none lies there and the chosen one lies in another governorate
    more than `near_city_km` away, the unit itself is the best-known point
    (precision 2): the text says where X is, and a hamlet of that name
    elsewhere is another place.  A unit named with its cue is settled when
    candidates are chosen (`_inside_units`); "ريف X" may reach across a
    governorate line and is left alone."""
    for mention in mentions:
        parent, place = parents.get(id(mention)), mention.attrs.get("place")
        unit = parent.attrs.get("place") if parent is not None else None
        if place is None or unit is None or not _small(place) or parent.attrs.get("cue_type") == "near" \
                or unit.country_code != place.country_code or not admin1_of(unit) \
                or admin1_of(place) == admin1_of(unit):
            continue
        named_unit = unit.feature_class in _UNIT_CLASSES or unit.feature_class == "region"
        if not (named_unit or parent.attrs.get("cue_type") in ("admin", "district") and _small(unit)):
            continue
        inside = [p for p in _with_spelling_variants(mention) if p.feature_class in ("village", "town")
                  and p.country_code == unit.country_code and admin1_of(p) == admin1_of(unit)]
        if inside:
            best = min(inside, key=lambda p: _distance_to(p, [unit]))
            mention.attrs["place"], mention.attrs["precision"] = best, final_precision(best, mention.attrs)
        elif _distance_to(place, [unit]) > _NEAR_CITY_KM:
            mention.attrs["place"], mention.attrs["precision"] = unit, 2


def _with_spelling_variants(mention: Mention) -> list[Place]:
    """A mention's candidates, then the places spelled like it but for the
    article: on another word of a two-word name ("الشيخ حديد" / "شيخ الحديد"),
    or taken or added on a one-word name ("قصيبة" / "القصيبة")."""
    return [*(mention.value or []), *load_gazetteer().article_variants(mention.attrs.get("key") or "")]


def _compound_name_in_unit(doc: Document, mentions: list[Mention]) -> None:
    """Read a village named with more words than the gazetteer matched, just
    before "ب"/"في" and a governorate ("تل كروم جبا بالقنيطرة"), inside that
    governorate: the namesake there, else the whole name or one of its
    words as a place of it.  Nothing changes unless such a place exists,
    so an ordinary word before "في" ("X أمس في درعا") moves nothing."""
    gazetteer = load_gazetteer()
    ordered = sorted(mentions, key=lambda m: m.start)
    for mention, unit in zip(ordered, ordered[1:], strict=False):
        place, frame = mention.attrs.get("place"), unit.attrs.get("place")
        if place is None or frame is None or frame.feature_class != "admin1" or place.is_admin \
                or place.feature_class in _CONTAINER_CLASSES or admin1_of(place) == frame.name:
            continue
        if doc.sentence_at(mention.start) is not doc.sentence_at(unit.start):
            continue
        words = _WORD.findall(doc.norm[doc.norm_index(mention.end):doc.norm_index(unit.start)])
        if not words or words[-1] not in ("ب", "في") or not 1 <= len(words) - 1 <= _NAME_TAIL_WORDS:
            continue
        tail = words[:-1]
        key = mention.attrs.get("key") or ""
        names = [" ".join([key, *tail]), *tail, key]
        found = [p for p in mention.value or [] if p.country_code == frame.country_code and p.admin1 == frame.name]
        for name in names:
            found = found or [p for p in gazetteer.lookup(name) if p.country_code == frame.country_code
                              and p.admin1 == frame.name and p.feature_class not in _WIDE_CLASSES]
        if found:
            mention.attrs["place"], mention.attrs["precision"] = found[0], final_precision(found[0], mention.attrs)


def _definite_compound_names(doc: Document, mentions: list[Mention]) -> None:
    """Read a definite name followed by a definite adjective ("الغارية
    الغربية") as the two-word village the gazetteer writes with the article
    on one word only ("غارية الغربية"), not as the short namesake the
    automaton matched (Al Ghariyah in another province).  Nothing changes
    unless the gazetteer knows such a compound; in the story's country first."""
    gazetteer = load_gazetteer()
    for mention in mentions:
        key = mention.attrs.get("key") or ""
        if mention.attrs.get("place") is None or " " in key or not key.startswith("ال"):
            continue
        following = _NEXT_NAME_WORD.match(doc.norm, doc.norm_index(mention.end))
        if following is None or not following.group(1).startswith("ال"):
            continue
        found = [p for p in gazetteer.article_variants(f"{key} {following.group(1)}")
                 if p.feature_class not in _WIDE_CLASSES]
        if found:
            best = min(found, key=lambda p: p.country_code != doc.country_hint)
            mention.attrs["place"], mention.attrs["precision"] = best, final_precision(best, mention.attrs)


def _coherent_namesakes(doc: Document, mentions: list[Mention], parents: dict[int, Mention]) -> None:
    """Give a village the namesake lying near the other places of its
    paragraph ("قصف تسيل وحيط ... غرب بلدة المعلقة"): places told together
    lie together.  Only a namesake in the same country, within
    `_COHERENCE_GAIN_KM` of one of them and that much nearer than the chosen
    one (a village beside a namesake of a town abroad proves nothing), and
    never for a village placed by its container.  A chosen namesake farther
    than `_STRAY_VILLAGE_KM` from them, in a province the story never names
    (two towns of one name and no population to tell them apart), yields to
    one within `_STRAY_VILLAGE_KM`: "سردشت ومريوان" is the border town, not
    its namesake on the Gulf.  The name keeps that place through the article
    (a later paragraph naming nothing near it tells no other namesake)."""
    moved: dict[tuple[str, str], Place] = {}
    for mention in mentions:
        place = mention.attrs.get("place")
        if place is None or id(mention) in parents or mention.attrs.get("container") is not None or not _small(place):
            continue
        rivals = [p for p in mention.value or [] if p != place and _small(p) and p.country_code == place.country_code]
        paragraph = _paragraph(doc, mention.start)
        near = [
            p for other in mentions
            if other is not mention and other.attrs.get("key") != mention.attrs.get("key")
            and _paragraph(doc, other.start) == paragraph
            and (p := other.attrs.get("place")) is not None and p.feature_class not in _WIDE_CLASSES
        ]
        if not rivals or not near:
            continue
        best = min(rivals, key=lambda p: _distance_to(p, near))
        gain = _distance_to(place, near) - _distance_to(best, near)
        stray = _distance_to(place, near) > _STRAY_VILLAGE_KM and (place.country_code, admin1_of(place)) not in {
            (p.country_code, admin1_of(p)) for other in mentions
            if other.attrs.get("key") != mention.attrs.get("key") and (p := other.attrs.get("place")) is not None}
        if gain > _COHERENCE_GAIN_KM and _distance_to(best, near) <= (_STRAY_VILLAGE_KM if stray else _COHERENCE_GAIN_KM):
            mention.attrs["place"], mention.attrs["precision"] = best, final_precision(best, mention.attrs)
            moved[(mention.attrs.get("key") or "", place.gid)] = best
    for mention in mentions:
        place = mention.attrs.get("place")
        if place is not None and (best := moved.get((mention.attrs.get("key") or "", place.gid))) is not None:
            mention.attrs["place"], mention.attrs["precision"] = best, final_precision(best, mention.attrs)


def _stray_villages(doc: Document, mentions: list[Mention], parents: dict[int, Mention]) -> None:
    """Read a village the gazetteer knows only as a far namesake as an
    unlisted village of the story's province (precision 2: somewhere in it,
    not province-wide).  Far means in a province the story never names and
    more than `stray_village_km` from every place it names, or, after a
    locality cue, in a country no country, governorate or capital of the
    story names: in a Deir ez-Zor story "4 قرى هي X" is not a hamlet of
    Latakia, in a Nineveh story "قرية تل X" is not in Syria.  A name that
    country also knows as a district or town stays.  A village listed with
    others ("قريتي X وY") is measured against its list alone: places told
    together lie together, so a namesake far from the rest of its list is
    not the one meant, whatever else the story names near it.  The
    province is the one its paragraph names most, else `focus_province`."""
    story = [m for m in mentions if (p := m.attrs.get("place")) is not None and p.feature_class != "country"]
    anchored = _anchored_countries(mentions)
    cities = [m for m in story if not _quarter(m) and _story_city(m.attrs["place"], doc.country_hint or "")]
    for mention in mentions:
        place = mention.attrs.get("place")
        if place is None or not _small(place) or id(mention) in parents or mention.attrs.get("container") is not None \
                or _known_beyond_villages(mention, place.country_code):
            continue
        if _quarter(mention) and _sentence_city(doc, mention, cities) is not None:
            continue  # "مدينة عفرين ... حيي X وY": the city's quarters (`_quarters_of_the_story_city`), not the province
        others = [o for o in story if o.attrs.get("key") != mention.attrs.get("key")]
        others = _list_mates(mention, others) or others
        home = [o.attrs["place"] for o in others if o.attrs["place"].country_code == doc.country_hint]
        if not home:
            continue
        if place.country_code == doc.country_hint:
            if admin1_of(place) in {admin1_of(p) for p in home} or _near_any(place, [o.attrs["place"] for o in others]):
                continue
        elif place.country_code in anchored or mention.attrs.get("cue_type") != "locality":
            continue  # a bare word read as a village abroad is left to `plausible_scene`
        province = _story_province(doc, mention, others)
        if province is not None:
            mention.attrs["place"], mention.attrs["precision"] = province, 2  # a locality of it, not the whole unit


def _known_towns_next_door(doc: Document, mentions: list[Mention], parents: dict[int, Mention]) -> None:
    """Move a name read as a hamlet of the story's country that the story's
    places do not pin (no other place lies in its governorate or within
    `stray_village_km` of it) to the known town of that name in a
    neighbouring country (`_known_town_next_door`) when that town lies
    within `stray_village_km` of a place the story names (a small country's
    point counts: "في البحرين والقطيف"); the name keeps it through the
    article.  A namesake town far from every place named proves nothing ("4
    قرى هي شقرا" in a Deir ez-Zor story is no town near Riyadh).  Runs
    before `_stray_villages`, which would otherwise file the hamlet under the
    story's province."""
    moved: dict[tuple[str, str], Place] = {}
    placed = [(m.attrs.get("key"), p) for m in mentions if (p := m.attrs.get("place")) is not None]
    for mention in mentions:
        place = mention.attrs.get("place")
        if place is None or place.country_code != doc.country_hint or place.feature_class != "village" \
                or id(mention) in parents or mention.attrs.get("container") is not None:
            continue
        key = mention.attrs.get("key") or ""
        if (key, place.gid) in moved:
            continue
        others = [p for other_key, p in placed if other_key != key]
        if (place.country_code, admin1_of(place)) in {(p.country_code, admin1_of(p)) for p in others
                                                      if p.feature_class != "country"}:
            continue
        if _near_any(place, [p for p in others if p.feature_class not in _WIDE_CLASSES]):
            continue
        town = _known_town_next_door(mention, doc.country_hint)
        if town is not None and _near_any(town, others):  # places told together lie together
            moved[(key, place.gid)] = town
    for mention in mentions:
        place = mention.attrs.get("place")
        if place is not None and (town := moved.get((mention.attrs.get("key") or "", place.gid))) is not None:
            mention.attrs["place"], mention.attrs["precision"] = town, final_precision(town, mention.attrs)


def _known_town_next_door(mention: Mention, country_code: str | None) -> Place | None:
    """The known town (a city, town or district of at least
    `known_town_population`) a name means in a country next to the story's,
    when the story's country knows the name only as hamlets (villages of
    fewer than `hamlet_population`) and no cue word calls it a village
    (`_known_towns_next_door`).

    Why: the story's country scores a namesake 40 points, more than a town of
    a hundred thousand earns over a hamlet; "في البحرين والقطيف" in a Saudi
    column about Yemen is Qatif in the Eastern Province, not a nameless
    Hodeidah hamlet, which the story's places do not pin.  A village the
    text calls one ("قرية X"), or any cue word places, stays the story's own."""
    if mention.attrs.get("cue_type") is not None or country_code is None:
        return None
    home = [p for p in mention.value or [] if p.country_code == country_code]
    if not home or any(p.population >= _HAMLET_POPULATION or p.feature_class != "village" for p in home):
        return None
    towns = [
        p for p in mention.value or []
        if p.country_code and p.country_code != country_code and p.feature_class in ("city", "town", "admin2")
        and p.population >= _KNOWN_TOWN_POPULATION and _borders(p.country_code, country_code)
    ]
    # the town itself before the district of its name ("Al Qatif" before "Al-Qatif" governorate)
    return max(towns, key=lambda p: (p.feature_class != "admin2", p.population), default=None)


def _quarters_of_the_story_city(doc: Document, mentions: list[Mention], parents: dict[int, Mention]) -> None:
    """Place a quarter ("أحياء X وY", "حي X", `_quarter`) the gazetteer knows
    only as a far namesake at the story's city, near it (precision 2).

    Far means in a governorate (or country) no other place of the story lies
    in and more than `near_city_km` from every town or village it names:
    "قصف أحياء التحرير والمسبح ووادي القاضي بالمدينة" in a Taiz story names
    Taiz's quarters, not a district of Sanaa and hamlets of Amran and Hajjah,
    and "في حي X الهادئ في ضواحي إسطنبول" no town in Texas.  A quarter lies
    inside a city; the city is the town or city of the story's country its
    sentence names, else the nearest one named before it (an anaphor such as
    "المدينة" read by now counts), else the nearest named after it.  A
    quarter placed by a city named with it is `_near_the_city_named`'s; a
    name the story's places pin (its governorate named, or near them) stays;
    no city of the story's country named, nothing moves.

    A quarter whose own sentence names a story city lies in that city
    (`_sentence_city`) unless its namesake is within `quarter_km` of it (within
    `near_city_km` in the city's own governorate): "داخل
    مدينة عفرين ... حيي الأشرفية" is Afrin's, though the story names Aleppo
    governorate.  And a hamlet (village or quarter) pins neither a governorate
    nor a point for a quarter: a village read from an ordinary word ("في محيط
    المواقع") kept Taiz's "أحياء كلابة" in Amran."""
    quarters = [m for m in mentions if _quarter(m)]
    if not quarters or doc.country_hint is None:
        return
    story = [m for m in mentions if not _quarter(m) and m.attrs.get("place") is not None]
    cities = [m for m in story if _story_city(m.attrs["place"], doc.country_hint)]
    for mention in quarters:
        place = mention.attrs.get("place")
        parent = parents.get(id(mention))
        if place is None or place.feature_class in _WIDE_CLASSES or place.feature_class == "city" or place.is_capital \
                or (parent is not None and parent.attrs.get("place") is not None):
            continue
        same = _sentence_city(doc, mention, cities)
        own_unit = (place.country_code, admin1_of(place)) == (same.country_code, admin1_of(same)) \
            if same is not None else False
        if same is not None and place != same \
                and _distance_to(place, [same]) > (_NEAR_CITY_KM if own_unit else _QUARTER_KM):
            # "توغلت في مدينة عفرين وسيطرت على حيي الأشرفية والجميلية": the city its
            # sentence names holds the quarter, whatever namesakes its governorate or the
            # story's other places have (Afrin lies in Aleppo governorate, which has
            # Ashrafiyahs far off).  A namesake in another governorate within
            # `quarter_km` of it is the quarter itself ("جنوب دمشق بينها حي الحجر
            # الأسود": a suburb filed under Rif Dimashq); one in the city's own
            # governorate within `near_city_km` too ("حي سلطان بيلي ... في اسطنبول": a
            # district of the metropolis 25 km from its point).
            mention.attrs["place"], mention.attrs["precision"] = same, 2
            continue
        others = [m for m in story if m.attrs.get("key") != mention.attrs.get("key")]
        # A hamlet pins no governorate for a quarter: a quarter lies in a city, and a
        # village read from an ordinary word ("في محيط المواقع") or a namesake is
        # no city there.
        if (place.country_code, admin1_of(place)) in {(p.country_code, admin1_of(p)) for m in others
                                                      if (p := m.attrs["place"]).feature_class
                                                      not in ("country", "village", "neighbourhood")}:
            continue
        points = [p for m in others if (p := m.attrs["place"]).feature_class not in _WIDE_CLASSES]
        towns = [p for p in points if p.feature_class not in ("village", "neighbourhood")]
        if not points or _distance_to(place, towns or points) <= _NEAR_CITY_KM:
            continue
        city = _quarter_city(doc, mention, cities)
        if city is not None:
            mention.attrs["place"], mention.attrs["precision"] = city, 2


def _story_city(place: Place, country_code: str) -> bool:
    """A city or a known town (not a hamlet) of the story's country."""
    return place.country_code == country_code and not place.is_admin and (
        place.feature_class == "city" or place.is_capital
        or (place.feature_class == "town" and place.population >= _KNOWN_TOWN_POPULATION))


def _sentence_city(doc: Document, mention: Mention, cities: list[Mention]) -> Place | None:
    """The story city (`_story_city`) the quarter's own sentence names, the
    nearest to it when several, else None."""
    sentence = doc.sentence_at(mention.start)
    if sentence is None:
        return None
    same = [m for m in cities if sentence.start <= m.start < sentence.end and _may_hold(doc, sentence, m, mention)]
    return min(same, key=lambda m: abs(m.start - mention.start)).attrs["place"] if same else None


def _may_hold(doc: Document, sentence: Sentence, city: Mention, quarter: Mention) -> bool:
    """The sentence's city may hold the quarter (`_sentence_city`): it is not named as
    where something came from ("بعد وصول تعزيزات من مدينة إعزاز", `quarter_city_not_after`
    in the two words before it) nor as where the speaker is, after a speaker
    (`quarter_city_speakers`) and before a complementizer that opens the told act
    ("قال مصدر في مدينة إعزاز إن قذائف سقطت على حيي ...")."""
    before = [strip_conjunction(w) for w in normalize(doc.text[sentence.start:city.start]).split()]
    if not _QUARTER_CITY_NOT_AFTER.isdisjoint(before[-2:]):
        return False
    if city.start < quarter.start and not _QUARTER_CITY_SPEAKERS.isdisjoint(before):
        between = [strip_conjunction(w) for w in normalize(doc.text[city.end:quarter.start]).split()]
        return _QUARTER_CITY_SPEECH.isdisjoint(between)
    return True


def _quarter_city(doc: Document, mention: Mention, cities: list[Mention]) -> Place | None:
    """The city a quarter lies in (`_quarters_of_the_story_city`): one its
    sentence names, else the nearest named before it, else the nearest after."""
    sentence = doc.sentence_at(mention.start)
    same = [m for m in cities if sentence is not None and sentence.start <= m.start < sentence.end]
    before = [m for m in cities if m.start < mention.start]
    after = [m for m in cities if m.start > mention.start]
    if same:
        return min(same, key=lambda m: abs(m.start - mention.start)).attrs["place"]
    if before:
        return max(before, key=lambda m: m.start).attrs["place"]
    return min(after, key=lambda m: m.start).attrs["place"] if after else None


def _list_mates(mention: Mention, others: list[Mention]) -> list[Mention]:
    """The other members of the mention's list ("قريتي X وY") among `others`."""
    list_id = mention.attrs.get("list_id")
    return [] if list_id is None else [o for o in others if o.attrs.get("list_id") == list_id]


def _known_beyond_villages(mention: Mention, country_code: str) -> bool:
    """True when the name is also a district, town or city of that country
    ("صرواح" is a district of Marib): a known name, not a hamlet's namesake."""
    return any(p.country_code == country_code and p.feature_class != "village" for p in mention.value or [])


def _story_province(doc: Document, mention: Mention, others: list[Mention]) -> Place | None:
    """The province of the article's country that the mention's paragraph
    names most (by its places' governorates), else the article's focus."""
    paragraph = _paragraph(doc, mention.start)
    votes = Counter(
        admin1_of(p) for o in others
        if _paragraph(doc, o.start) == paragraph and (p := o.attrs["place"]).country_code == doc.country_hint
        and admin1_of(p)
    )
    if votes:
        return load_gazetteer().admin1_place(doc.country_hint or "", votes.most_common(1)[0][0])
    return focus_province(doc)


def _small(place: Place) -> bool:
    """A village or small town: a place news may spell several ways."""
    return place.feature_class in ("village", "town") and not place.is_capital \
        and place.population < _KNOWN_TOWN_POPULATION


def _near_any(place: Place, others: list[Place]) -> bool:
    """True when `place` lies within `stray_village_km` of one of `others`, or
    within the extent (radius_km) of a curated unit among them: a curated
    state's point is its seat, and a town of Missouri 160 km from Jefferson
    City lies in it though the sources give the town no admin1."""
    return any(
        distance_km(place.lat, place.lon, p.lat, p.lon) <= max(_STRAY_VILLAGE_KM, p.radius_km if p.is_admin else 0.0)
        for p in others
    )


def _distance_to(place: Place, others: list[Place]) -> float:
    """Distance in km from a place to the nearest of others."""
    return min(distance_km(place.lat, place.lon, p.lat, p.lon) for p in others)


def _seas_in_a_country(doc: Document, mentions: list[Mention]) -> None:
    """Give a chosen sea the country of the coast its sentence names beside
    it (a ship hit "في البحر الأحمر قبالة الحديدة" is coded in Yemen, even
    in a story that names Jeddah elsewhere), else the article's country:
    every event needs a country."""
    gazetteer = load_gazetteer()
    for mention in mentions:
        sea = mention.attrs.get("place")
        if sea is None or sea.feature_class != "marine" or sea.country_code:
            continue
        sentence = doc.sentence_at(mention.start)
        coast = [
            other for other in mentions
            if sentence is not None and sentence.start <= other.start < sentence.end
            and (p := other.attrs.get("place")) is not None and p.country_code
            and distance_km(sea.lat, sea.lon, p.lat, p.lon) <= _COAST_KM
        ]
        nearest = min(coast, key=lambda m: abs(m.start - mention.start), default=None)
        code = nearest.attrs["place"].country_code if nearest is not None else doc.country_hint
        country = gazetteer.country_by_code(code or "")
        if country is not None:
            mention.attrs["place"] = dataclasses.replace(sea, country_code=country.country_code, country=country.name)


def _one_place_per_name(mentions: list[Mention], parents: dict[int, Mention], country_hint: str | None) -> None:
    """Give every mention of a town or village one place per name: an
    article means one رداع throughout, and a later sentence that also names
    تعز must not move it to a namesake there; "بلدة سروج" in a Turkey story
    stays Turkish when Kobani is named beside it.  A reading in the
    article's country wins, then one placed by its container ("قرية X بريف
    Y", never moved itself), then the first.  Governorates and names after
    "محافظة"/"مديرية" are left alone ("محافظة حلب" and "حلب" may differ on
    purpose)."""
    settled: dict[str, Place] = {}
    # The article's country first, then mentions with a container, then text order.
    ranked = sorted(
        (m for m in mentions if m.attrs.get("place") is not None and m.attrs.get("key") and _may_share(m)),
        key=lambda m: (m.attrs["place"].country_code != country_hint, id(m) not in parents, m.start),
    )
    for mention in ranked:
        settled.setdefault(mention.attrs["key"], mention.attrs["place"])
    for mention in mentions:
        place, key = mention.attrs.get("place"), mention.attrs.get("key")
        if place is None or id(mention) in parents or not _may_share(mention):
            continue
        first = settled.get(key or "")
        if first is not None and first != place and first in (mention.value or []):
            mention.attrs["place"], mention.attrs["precision"] = first, final_precision(first, mention.attrs)


def _may_share(mention: Mention) -> bool:
    """A mention whose place may be shared by name (see `_one_place_per_name`):
    not a country or governorate, not named after an admin or district cue."""
    place = mention.attrs["place"]
    return place.feature_class not in _FRAME_CLASSES and mention.attrs.get("cue_type") not in ("admin", "district")


def _capital_of_containers(place: Place, containers: list[Place]) -> bool:
    """True for a capital of the containers' country: "صنعاء بمحافظة صنعاء"
    lies outside the governorate it is named with, yet is no homonym."""
    return place.is_capital and place.country_code in {p.country_code for p in containers}


def _abroad_of_containers(place: Place, containers: list[Place]) -> bool:
    """True for a city, town or village in another country than every
    reading of its named container ("بلدة الجزيرة بولاية شرناق" is no
    Algerian city): a homonym, however large."""
    return place.feature_class not in _WIDE_CLASSES and place.country_code not in {p.country_code for p in containers}


def _name_tails(doc: Document, mentions: list[Mention], parents: dict[int, Mention]) -> dict[int, Mention]:
    """id(mention) -> the container named after one more word of a cue'd
    name ("حي سلطان غازي في إسطنبول": the gazetteer knows only "سلطان"),
    when every reading of the name lies in another country than the
    container: the name is a homonym, and the container says where the
    place lies (`process` then looks for it inside the container only)."""
    cues = load_place_cues()
    ordered = sorted(mentions, key=lambda m: m.start)
    out: dict[int, Mention] = {}
    for mention, following in zip(ordered, ordered[1:], strict=False):
        if id(mention) in parents or not mention.attrs.get("cue_type") \
                or doc.sentence_at(mention.start) is not doc.sentence_at(following.start):
            continue
        gap = doc.norm[doc.norm_index(mention.end):doc.norm_index(following.start)]
        words = _WORD.findall(gap)
        if len(words) != 2 or words[1] != "في" or any(ch in gap for ch in ".،,؛;:()«»\"\n") \
                or _is_link(words[0], cues) or _conjunction(words[0], cues):
            continue
        countries = {p.country_code for p in _containers(following) if p.feature_class in _CONTAINER_CLASSES}
        if countries and not countries & {p.country_code for p in mention.value or []}:
            out[id(mention)] = following
    return out


def _off_the_coast_of(sea: Place, containers: list[Place]) -> Place:
    """A sea or strait given the country and governorate of the unit named
    as its container (its own point is kept: the strait, not the unit's seat)."""
    unit = next((p for p in containers if p.feature_class == "admin1"), containers[0])
    return dataclasses.replace(
        sea, country_code=unit.country_code, country=unit.country, admin1=admin1_of(unit),
        admin1_ar=unit.name_ar if unit.feature_class == "admin1" else unit.admin1_ar,
    )


def _variant_inside(mention: Mention, containers: list[Place]) -> Place | None:
    """A place inside the named container spelled like the mention but for
    its long vowels ("عبدين" for عابدين in "بلدة عبدين قرب درعا") or the
    word its article sits on ("الشيخ حديد" for شيخ الحديد in "قرية الشيخ
    حديد غرب عفرين"), when exactly one exists."""
    admin1s = {(p.country_code, admin1_of(p)) for p in containers if admin1_of(p)}
    gazetteer = load_gazetteer()
    key = mention.attrs.get("key") or ""
    found = [
        p for p in [*gazetteer.vowel_variants(key), *gazetteer.article_variants(key)]
        if p.feature_class not in _CONTAINER_CLASSES and (p.country_code, p.admin1) in admin1s
    ]
    found.sort(key=lambda p: p.is_admin)  # the village itself before the subdistrict named after it
    return found[0] if len({(round(p.lat, 1), round(p.lon, 1)) for p in found}) == 1 else None


def _sentence_units(doc: Document, mention: Mention, mentions: list[Mention]) -> list[Place]:
    """Administrative units named with a cue word ("مديرية عبس", "محافظة
    حجة") by the other mentions of the mention's sentence.  A bare
    governorate name does not count: "على قطاع غزة ... وسط مدينة رام الله"
    names two scenes, not a unit and a place inside it.  A curated unit
    whose name holds its cue word ("مديرية نهم" in regions.tsv) counts too.
    A unit people fled or were sent to ("نزوح جماعي إلى محافظة X",
    `_trip_end`) is where they went, no container of the sentence's town."""
    sentence = doc.sentence_at(mention.start)
    if sentence is None:
        return []
    cues = load_place_cues()
    return [
        p for other in mentions
        if other is not mention and sentence.start <= other.start < sentence.end and not _trip_end(doc, other)
        for p in other.value or [] if _named_unit(other, p, cues)
    ]


def _across_border(doc: Document, mention: Mention) -> bool:
    """True for a place told as the far side of a border ("على الحدود مع قطاع غزة",
    `border_with_words`, also with the border's side between: "الحدود الجنوبية
    الشرقية مع باكستان"): the sentence's places lie next to it, not inside it, so its
    governorate must not pull a namesake across ("قطاع رفح" to Gaza's Rafah in an
    Egyptian army statement)."""
    words = tuple(_words_before(doc, mention, 5))
    if any(words[-len(phrase):] == phrase for phrase in _BORDER_WITH_WORDS if len(words) >= len(phrase)):
        return True
    heads = {phrase[0] for phrase in _BORDER_WITH_WORDS if len(phrase) > 1}
    return len(words) > 1 and words[-1] == "مع" and bool(heads.intersection(words[:-1]))


def _near_side_of_borders(doc: Document, mentions: list[Mention]) -> None:
    """Read a country told as the far side of a border ("قتل جنود الحرس الثوري
    الإيراني 10 مسلحين قرب الحدود مع العراق") as the country on the near side.

    Why: the border is a reference point; the act happened next to it, in the
    country whose sides the sentence names by their adjective (Iran), so the
    named country must neither place the event nor win the article's country
    vote.  The near side is the one country of the sentence's adjectives
    that borders the named one (`_borders`); with none, the name is left as it is."""
    for mention in mentions:
        far = next((p for p in mention.value or [] if p.feature_class == "country"), None)
        near = _near_side(doc, mention, far) if far is not None and _across_border(doc, mention) else None
        if near is not None:
            mention.value = [near]
            mention.attrs["surface_ar"] = near.name_ar


def _near_side(doc: Document, mention: Mention, far: Place) -> Place | None:
    """The country bordering `far` whose adjective the mention's sentence
    carries ("جنود إيرانيين", "قوات الأمن الإيرانية"); None when there is no
    such country or more than one."""
    sentence = doc.sentence_at(mention.start)
    if sentence is None:
        return None
    adjectives = load_catalogue().adjectives
    text = doc.norm[doc.norm_index(sentence.start):doc.norm_index(sentence.end)]
    codes = {adjectives.get(loose_key(word)) for word in _WORD.findall(text)} - {None, far.country_code}
    near = [code for code in codes if code and _borders(code, far.country_code)]
    return load_gazetteer().country_by_code(near[0]) if len(near) == 1 else None


def _borders(first: str, second: str) -> bool:
    """True when two countries lie next to each other: some point of one (the
    country's or a governorate's) is within `border_side_km` of one of the other."""
    return any(
        distance_km(a[0], a[1], b[0], b[1]) <= _BORDER_SIDE_KM
        for a in _frame_points(first) for b in _frame_points(second)
    )


@cache
def _frame_points(country_code: str) -> tuple[tuple[float, float], ...]:
    """(lat, lon) of a country's representative point and of its governorates."""
    gazetteer = load_gazetteer()
    country = gazetteer.country_by_code(country_code)
    units = gazetteer.row_points(country_code, frozenset(FEATURE_CLASSES) - {"admin1"})
    return tuple([(lat, lon) for lat, lon, _ in units] + ([(country.lat, country.lon)] if country else []))


def _named_unit(mention: Mention, place: Place, cues: PlaceCues) -> bool:
    """True when `place`, a candidate of `mention`, is an administrative
    unit named with its cue word, before the name or inside it."""
    if mention.attrs.get("cue_type") in ("admin", "district"):
        return place.feature_class in _UNIT_CLASSES
    head = (mention.attrs.get("key") or "").split(" ")[0]
    return place.feature_class == "region" and cues.cue_type.get(head) in ("admin", "district")


def _foreign_to_units(place: Place, mention: Mention, mentions: list[Mention], doc: Document) -> bool:
    """True for a small place outside every unit its sentence names, in a
    governorate the article names nowhere else: the village meant is
    missing from the gazetteer and this is a namesake (often hundreds of km
    away); the named unit says more about where it is."""
    if place.feature_class in _CONTAINER_CLASSES or place.is_capital or place.is_admin \
            or place.population >= _KNOWN_TOWN_POPULATION:
        return False
    units = [p for p in _sentence_units(doc, mention, mentions) if p.country_code == place.country_code]
    key = (place.country_code, place.admin1)
    if not units or not place.admin1 or key in {(p.country_code, admin1_of(p)) for p in units}:
        return False
    return not any(
        (p.country_code, admin1_of(p)) == key
        for other in mentions if other is not mention
        for p in other.value or [] if p.feature_class in _CONTAINER_CLASSES
    )


def _abroad_of_sentence_units(place: Place, mention: Mention, mentions: list[Mention], doc: Document) -> bool:
    """True for a village, quarter or small town abroad whose sentence names
    units (with their cue words) of the article's country and none of its
    own, nor its country: the place meant is one of the story's country the
    gazetteer lacks, and this a namesake across a border.  The other side of
    the story's war (`shared_theatres`) is no abroad."""
    if place.country_code in (doc.country_hint, None, "") or place.feature_class not in _NAMESAKE_CLASSES \
            or place.is_capital or place.population >= _KNOWN_TOWN_POPULATION \
            or _theatre_town(mention, place, doc.country_hint):
        return False
    countries = {p.country_code for p in _sentence_units(doc, mention, mentions)}
    if doc.country_hint not in countries or place.country_code in countries:
        return False
    country = load_gazetteer().country_by_code(place.country_code)
    sentence = doc.sentence_at(mention.start)
    if country is None or sentence is None:
        return False
    # "قرية X اللبنانية", "في لبنان", "حي X السعودي": the sentence itself crosses the border
    last = loose_key(normalize(country.name_ar)).split()[-1]
    return not _sentence_names(doc, sentence, _adjective_keys(country.country_code) | {last, last.removeprefix("ال")})


def _far_from_recent_units(doc: Document, mention: Mention, place: Place, mentions: list[Mention]) -> list[Place]:
    """The units (named with a cue word, `_named_unit`) of the mention's
    sentence and the `_UNIT_SENTENCES` before it in its paragraph, nearest
    first, when the village or small town chosen lies in none of their
    governorates and farther than `stray_village_km` from all of them: a
    roundup names many governorates, so `_foreign_to_units` cannot judge
    by the article, but the unit a report just named places its villages.
    A unit across a border counts only before the village in its own
    sentence ("قذائف على أحياء وقرى محافظة ظهران الجنوب ... وأحياء سارة"
    in a Yemen story: Saudi quarters, not a namesake hamlet in Ibb).
    Empty when the place fits a recent unit or is known beyond villages."""
    sentence = doc.sentence_at(mention.start)
    if sentence is None or not _small(place) or _known_beyond_villages(mention, place.country_code):
        return []
    cues = load_place_cues()
    first = sentence.index - _UNIT_SENTENCES
    units = [
        p for other in reversed(mentions)
        if other is not mention and other.start < sentence.end and (at := doc.sentence_at(other.start)) is not None
        and at.paragraph == sentence.paragraph and at.index >= first and not _trip_end(doc, other)
        for p in other.value or []
        if (p.country_code == place.country_code or (at is sentence and other.start < mention.start))
        and _named_unit(other, p, cues)
    ]
    if not units or place.admin1 in {admin1_of(u) for u in units} or _near_any(place, units):
        return []
    return units


def _within_reach(earlier: int | None, paragraph: int, classes: tuple[str, ...]) -> bool:
    """True when a place in paragraph `earlier` may be the antecedent of a
    class noun of `classes` in `paragraph` (see `_resolve_anaphors`)."""
    if earlier is None:
        return False
    reach = _ANAPHOR_PARAGRAPHS if "admin1" in classes else 0
    return 0 <= paragraph - earlier <= reach


def _resolve_anaphors(doc: Document, mentions: list[Mention], parents: dict[int, Mention]) -> None:
    """Place class nouns ("في المحافظة") at an earlier place of their class in
    the article's country, named earlier in the same paragraph; for a
    governorate, a city or village named before gives its own governorate
    ("مدينة درعا ... في المحافظة").  A governorate noun also reaches back
    over the paragraphs before (`_ANAPHOR_PARAGRAPHS`): news paragraphs are
    a sentence or two, and "المناطق الأخرى من المحافظة" opening one still
    means the governorate of the story.  Only a governed noun is read so
    ("مبنى المحافظة" is a building, "في المحافظة" a place).

    The nearest antecedent wins, except that a town noun ("المدينة") takes
    a town its own sentence names before it ("وفي تعز ... في المدينة"), else
    the town the article names most often among those in reach (the town
    the story is about, not one passed on the way: "مبعوث وصل إلى صنعاء ...
    السيطرة على المدينة" in a Hodeidah story), and never a place named in a
    "بين X وY" phrase, which is a route or a border, not the scene, nor a
    landmark named by direction ("X جنوبي العاصمة بغداد"; for a governorate
    noun, unless the landmark is itself a unit: "مديرية X جنوبي محافظة Y").  A town the
    sentence just before introduced with the noun ("مدينة X") beats the
    most named one.  A noun for the story's own country after a direction
    ("جنوبي البلاد") needs no antecedent (`_place_in_story_country`)."""
    gazetteer = load_gazetteer()
    named = Counter(m.attrs.get("key") for m in mentions if m.attrs.get("place") is not None and not m.attrs.get("anaphor"))
    # "مطار النجف جنوبي العاصمة بغداد": Baghdad only says where Najaf lies
    references = {id(p) for p in parents.values() if p.attrs.get("cue_type") == "direction"}
    for index, mention in enumerate(mentions):
        classes = mention.attrs.get("anaphor")
        paragraph = _paragraph(doc, mention.start)
        if not classes or paragraph is None or not mention.attrs.get("governed"):
            continue
        if "country" in classes:
            _place_in_story_country(doc, mention)
            continue
        found: list[tuple[Mention, Place]] = []
        for earlier in reversed(mentions[:index]):
            place = earlier.attrs.get("place")
            if not _within_reach(_paragraph(doc, earlier.start), paragraph, classes):
                break
            if place is None or earlier.attrs.get("anaphor") or place.country_code != doc.country_hint:
                continue
            if parents.get(id(earlier)) is mention:
                continue  # "الرباط عند مدخل المدينة": the place the noun locates is not its antecedent
            if id(earlier) in references and (
                    "admin1" not in classes or earlier.attrs.get("noun_type") not in ("admin", "district")):
                # a landmark another place is placed by is no town the story is in, nor, unless
                # named as a unit ("مديرية X جنوبي محافظة Y ... في المحافظة"), the governorate:
                # "وفي إب (جنوب صنعاء) سيطرت القوات على رابع مديرية في المحافظة" is Ibb's
                continue
            if place.feature_class in classes:
                unit: Place | None = place
            elif "admin1" in classes and place.admin1:
                unit = gazetteer.admin1_place(place.country_code, place.admin1)
            else:
                continue
            if unit is not None and ("admin1" in classes or not _between(doc, earlier, mentions)):
                found.append((earlier, unit))
        seat = _sentence_seat(doc, mention, mentions[:index], found) if "admin1" not in classes else None
        if not found and seat is None:
            continue
        if "admin1" not in classes:
            # "وفي تعز ... في المدينة": a town its own sentence names first, then the most named
            sentence = doc.sentence_at(mention.start)
            found.sort(key=lambda pair: (
                sentence is None or pair[0].start < sentence.start,
                sentence is None or not _echoed_just_before(doc, pair[0], mention, sentence),
                -named[pair[0].attrs.get("key")],
            ))  # stable: nearest first among equals
        chosen = seat or found[0][1]
        mention.attrs["place"], mention.attrs["precision"] = chosen, final_precision(chosen, mention.attrs)


def _place_in_story_country(doc: Document, mention: Mention) -> None:
    """Place a noun for the story's own country ("جنوبي البلاد") in the
    story's country (`doc.country_hint`), or in the region
    of it the gazetteer names by the noun's direction words ("جنوب البلاد"
    in a Lebanon story: جنوب لبنان); only the region or country is known
    (EVENTS.md geo_precision 3).  The one country its sentence named before
    it after a preposition ("في الهند ... شمال شرقي البلاد") is the one
    meant, whatever the story's main country (a roundup of several).  Its
    Arabic form is the whole phrase."""
    country = load_gazetteer().country_by_code(doc.country_hint or "")
    if country is None:
        return
    country = _country_named_before(doc, mention) or country
    directions, start = _direction_words_before(doc, mention)
    place = country if _coordinated_after(doc, mention) else _direction_region(directions, country) or country
    mention.attrs["place"], mention.attrs["precision"] = place, place.precision
    mention.attrs["surface_ar"] = doc.text[start:mention.end]


def _country_named_before(doc: Document, mention: Mention) -> Place | None:
    """The one country its sentence names before the mention, when a
    preposition governs it ("في الهند ... شمال شرقي البلاد"); None when the
    sentence names none or two ("قررت الجزائر ... النشطة في ليبيا ... جنوب
    البلاد": the noun may be either)."""
    sentence = doc.sentence_at(mention.start)
    if sentence is None:
        return None
    named = [
        m for m in doc.in_span("place", sentence.start, mention.start)
        if getattr(m.attrs.get("place"), "feature_class", None) == "country" and not m.attrs.get("anaphor")
    ]
    if len({m.attrs["place"].country_code for m in named}) != 1 or not any(m.attrs.get("governed") for m in named):
        return None
    return named[0].attrs["place"]


def _direction_words_before(doc: Document, mention: Mention) -> tuple[list[str], int]:
    """The direction words right before a mention, in text order and without
    their proclitics ("بشمال شرق البلاد": شمال, شرق), and the raw offset
    where the first begins (the mention's start when there is none).  Two
    directions joined by و ("وسط وشمال البلاد", "شمال وشمال شرق البلاد")
    are two regions, so none is returned: the phrase names the country."""
    end = doc.norm_index(mention.start)
    window = max(0, end - 30)
    words: list[str] = []
    conjoined: list[bool] = []  # each word taken carries و
    start = mention.start
    for found in reversed(list(_WORD.finditer(doc.norm, window, end))):
        if doc.norm[found.end():end].strip() or len(words) == 3:
            break
        form = next((f for f in strip_clitics(found.group()) if _CUES.cue_type.get(f) == "direction"), None)
        if form is None:
            break
        words.insert(0, form)
        conjoined.insert(0, found.group().startswith("و" + form))
        end = found.start()
        start = doc.raw_span(found.start() + len(found.group()) - len(form), found.end())[0]
    return ([] if any(conjoined[1:]) else words[-2:]), start


def _coordinated_after(doc: Document, mention: Mention) -> bool:
    """True when another direction of the same country follows the noun
    ("في جنوب البلاد وشمالها"): the phrase names two regions, so the country."""
    after = _NEXT_NAME_WORD.match(doc.norm, doc.norm_index(mention.end))
    word = after.group(1) if after else ""
    return word.startswith("و") and _CUES.cue_type.get(word[1:].removesuffix("ها")) == "direction"


def _direction_region(directions: list[str], country: Place) -> Place | None:
    """The curated region of `country` named by its direction words and its
    name ("شمال شرق" + سوريا: شمال شرق سوريا), written with or without the
    adjective's ي ("جنوبي"/"جنوب"); else the region of the first word alone
    (north-west Iraq lies in northern Iraq).  None when there is none."""
    gazetteer = load_gazetteer()
    name = normalize(country.name_ar)
    for words in (directions, directions[:1]) if len(directions) > 1 else (directions,):
        for form in dict.fromkeys((" ".join(words), " ".join(w.removesuffix("ي") for w in words))):
            for place in gazetteer.lookup(f"{form} {name}"):
                if place.feature_class == "region" and place.country_code == country.country_code:
                    return place
    return None


def _echoed_just_before(doc: Document, earlier: Mention, mention: Mention, sentence: Sentence) -> bool:
    """True for a town the sentence right before introduced with the class
    noun the anaphor repeats ("للسيطرة على مدينة لودر. ... اشتباكات في أطراف
    المدينة"): the town just named as a city, not the city the story names
    most (the capital an Abyan front is placed by, "شرق عدن")."""
    cue = earlier.attrs.get("cue") or ""
    noun = (mention.attrs.get("key") or "").removeprefix("ال")  # "المدينة" echoes "مدينة", "بمدينة"
    before = doc.sentence_at(earlier.start)
    return bool(noun) and noun in (cue, cue[1:]) and before is not None and before.index == sentence.index - 1


def _sentence_seat(
    doc: Document, noun: Mention, earlier: list[Mention], found: list[tuple[Mention, Place]]
) -> Place | None:
    """The seat city of the governorate that the town noun's own sentence
    names with its cue word before it ("وفي محافظة تعز، قصف ... في المدينة"):
    that city, not a town of another governorate named in an earlier
    sentence of the paragraph, is the one meant.  None when a town of that
    governorate is in reach or the sentence names a place inside it
    ("مدينة X في محافظة Y ... المدينة": X)."""
    sentence = doc.sentence_at(noun.start)
    if sentence is None:
        return None
    unit = next((
        m for m in reversed(earlier)
        if m.start >= sentence.start and m.attrs.get("cue_type") == "admin" and not m.attrs.get("anaphor")
        and (p := m.attrs.get("place")) is not None and p.feature_class == "admin1"
    ), None)
    if unit is None:
        return None
    place = unit.attrs["place"]
    inside = [p for _, p in found] + [
        p for m in earlier if m.start >= sentence.start and (p := m.attrs.get("place")) is not None
    ]
    if any(p.country_code == place.country_code and p.admin1 == place.name for p in inside):
        return None
    return _seat_city(place, unit.value or [], set())


def _between(doc: Document, mention: Mention, mentions: list[Mention]) -> bool:
    """True for a member of a "بين X وY" list (the word before its first member)."""
    list_id = mention.attrs.get("list_id")
    first = mention if list_id is None else next(m for m in mentions if m.attrs.get("list_id") == list_id)
    return _word_before(doc, first) in _BETWEEN_WORDS


def choose(
    mention: Mention,
    country_hint: str | None,
    countries: Counter,
    admin_votes: Counter,
    nearby_admin1s: set[tuple[str, str]] | frozenset = frozenset(),
    containers: list[Place] | None = None,
    cued_keys: set[str] | frozenset = frozenset(),
) -> Place | None:
    """The best candidate of one mention given the article context.

    `containers` are the candidates of the place named right after the
    mention as the unit that contains it ("بلدة كلس بجنوب تركيا"):
    their countries and governorates outweigh the article's dominant country.
    `cued_keys` are the names read with a city cue just before the mention
    ("وسط مدينة تونس"): a bare repeat of one is that same place.
    """
    candidates: list[Place] = mention.value or []
    if not candidates:
        return None
    if any(p.feature_class == "country" for p in candidates):
        # "تركيا", "مدن اليمن": a country's name is never a namesake village
        # (it may still be a capital: عمان is Amman in a Jordan story).
        candidates = [p for p in candidates if p.feature_class in _COUNTRY_RIVALS]
    if mention.attrs.get("cue_type") is None and mention.attrs.get("key") in _CUES.unit_names:
        # "في غزة": the strip, not its city (unit_names)
        return max((p for p in candidates if p.feature_class == "admin1"), key=lambda p: p.population, default=None) \
            or max(candidates, key=lambda p: p.population)
    sea = _sea(candidates, country_hint, mention.attrs.get("cue_type"))
    if sea is not None:
        return sea
    own = _mention_admin1s(mention)
    containers = containers or []
    keys = set(key_variants(mention.attrs.get("key") or ""))
    named = {p.gid for p in candidates if loose_key(normalize(p.name_ar)) in keys}
    named_countries = {p.country_code for p in candidates if p.gid in named}
    # A unit that only lists the name as a variant yields to the place of that
    # name in the same country (الموصل: the city Mosul, not Ninawa governorate).
    listed_only = {p.gid for p in candidates if p.is_admin and p.gid not in named and p.country_code in named_countries}
    parent_countries = {p.country_code for p in containers}
    parent_admin1s = {(p.country_code, admin1_of(p)) for p in containers if admin1_of(p)}
    cue_type = mention.attrs.get("cue_type")
    cue = mention.attrs.get("cue") or ""
    fit_type = _fit_type(mention)

    def score(place: Place) -> float:
        value = float(_CLASS_SCORE.get(place.feature_class, 0)) + (10 if place.is_capital else 0)
        value += _CUE_FIT.get(fit_type or "", {}).get(place.feature_class, 0)
        if fit_type == "locality":
            value += _LOCALITY_CUE_PENALTY.get(place.feature_class, 0)
            value += 10 if ("مخيم" in cue and place.feature_class == "camp") else 0
        if place.country_code == country_hint:
            value += 40
        elif countries.get(place.country_code, 0) >= 1:
            value += 15
            if place.is_capital and countries[place.country_code] >= _CAPITAL_VOTE_SHARE * countries.get(country_hint, 0):
                value += _NAMED_CAPITAL_BONUS  # "موسكو" in a story about the US and Russia: not Mesquite, Texas
        key = (place.country_code, admin1_of(place))
        value += min(30.0, 15.0 * (admin_votes.get(key, 0) - (1 / len(own) if key in own else 0)))
        value += 20 if key in nearby_admin1s else 0
        value += _PARENT_COUNTRY_BONUS if place.country_code in parent_countries else 0
        value += _PARENT_ADMIN1_BONUS if key in parent_admin1s else 0
        value += min(12.0, 2.0 * math.log10(place.population + 1))
        value -= _VARIANT_ONLY_PENALTY if place.gid in listed_only else 0
        if containers and place.feature_class not in _CONTAINER_CLASSES:
            # "الجفينة جنوب غرب مأرب": of two namesakes in the unit, the one near its seat
            nearest = min(distance_km(place.lat, place.lon, p.lat, p.lon) for p in containers)
            value += max(0.0, _NEAR_PARENT_BONUS - nearest / _NEAR_PARENT_KM_PER_POINT)
        return value

    best = max(candidates, key=score)
    if (cue_type is None and not mention.attrs.get("dateline") and mention.attrs.get("key") not in cued_keys
            and (country := _namesake_country(best, candidates, named))):
        return country
    if best.feature_class == "admin1" and (cue_type is None or _centre_of_seat(mention)):
        return _seat_city(best, candidates, named) or best
    return best


def _namesake_country(best: Place, candidates: list[Place], named: set[str]) -> Place | None:
    """The country a bare name means when it shares the name of its capital
    or a province of it ("في تونس", "الجزائر", "الكويت"): the country, not
    the city that the article's repeated mentions of the name vote for.  A
    cue word ("مدينة تونس", "العاصمة تونس"), on this mention or on another
    of the same name (`choose`), or a dateline names the city."""
    if best.feature_class == "country":
        return None
    return next((p for p in candidates if p.feature_class == "country" and p.country_code == best.country_code
                 and p.gid in named), None)


def _centre_of_seat(mention: Mention) -> bool:
    """True for a name after a centre word ("وسط بنغازي", "بوسط حلب",
    "قرب صنعاء", `centre_words`): the middle or the edge of a governorate
    named after its seat is the city or its outskirts, while "شمال حلب" may
    be the governorate's north.
    A strip or territory read as a unit (`unit_names`, "وسط غزة") keeps it."""
    cue = mention.attrs.get("cue") or ""
    bare = cue[1:] if cue[:1] in ("و", "ب", "ل") else cue
    return (cue in _CENTRE_WORDS or bare in _CENTRE_WORDS) and mention.attrs.get("key") not in _CUES.unit_names


def _fit_type(mention: Mention) -> str | None:
    """The cue type whose classes a mention's candidates should fit.

    A near or direction word before a locality noun ("شمال مدينة عدن",
    "قرب مدينة تعز") says where around the town the act was, yet the noun
    still names the town: its candidates are scored as after "مدينة X",
    not as a bare name whose governorate would win (precision stays that of
    the near or direction cue: `final_precision`)."""
    cue_type = mention.attrs.get("cue_type")
    if cue_type in ("near", "direction") and mention.attrs.get("noun_type") == "locality":
        return "locality"
    return cue_type


def _seat_city(unit: Place, candidates: list[Place], named: set[str]) -> Place | None:
    """The city of a governorate's own name among the candidates ("الحديدة",
    "حلب" without "محافظة"): a bare name reads as the city itself
    (EVENTS.md geo_precision 1), "محافظة X" as the governorate."""
    seats = [
        p for p in candidates
        if p.feature_class in ("city", "town") and p.country_code == unit.country_code
        and (p.admin1 == unit.name or p.is_capital)  # Sanaa lies in its own unit, not in Sanaa governorate
    ]
    return max(seats, key=lambda p: (p.gid in named, p.feature_class == "city", p.population), default=None)


def _sea(candidates: list[Place], country_hint: str | None, cue_type: str | None) -> Place | None:
    """The sea or gulf a name means when no namesake unit lies in the story's
    country: "سفن في البحر الأحمر" in a Yemen story is the Red Sea, not
    Sudan's Red Sea state ("ولاية البحر الأحمر" keeps the state)."""
    seas = [p for p in candidates if p.feature_class == "marine"]
    if not seas or cue_type in ("admin", "district", "locality"):
        return None
    if any(p.country_code == country_hint for p in candidates if p.feature_class != "marine"):
        return None
    return seas[0]


def final_precision(place: Place, attrs: dict) -> int:
    """geo_precision of a chosen place given its cue (EVENTS.md section 1)."""
    cue_type = attrs.get("cue_type")
    if cue_type in ("near", "direction"):
        return 3 if place.feature_class == "country" or (cue_type == "direction" and place.is_admin) else 2
    if cue_type == "locality" and not place.is_admin and place.feature_class != "region":
        return 1  # "أكبر مدن الجنوب الليبي" names a region, which keeps its own precision
    if cue_type == "locality" and place.feature_class in ("admin2", "admin3"):
        return 1  # "بحي سلطان بيلي": a town or quarter the sources list only as its district
    if cue_type in ("admin", "district") and place.is_admin:
        return max(place.precision, 2)
    return place.precision


def admin1_of(place: Place) -> str:
    """The governorate a place lies in (its own name for an admin1)."""
    return place.name if place.feature_class == "admin1" else place.admin1


def _mention_admin1s(mention: Mention) -> set[tuple[str, str]]:
    """Distinct (country, admin1) pairs among a mention's candidates."""
    return {(p.country_code, admin1_of(p)) for p in mention.value or [] if admin1_of(p)}


def _country_votes(doc: Document, mentions: list[Mention]) -> Counter:
    """Country weights over the article's mentions.

    Each mention splits one vote between its candidates' countries in
    proportion to the best class score there (a governorate named حماة
    outweighs a village namesake abroad).  Sub-national places weigh 1.5,
    since a country is often named only as a party ("روسيا"), and a
    country named without a preposition or cue weighs least.  The dateline
    counts like any place when the text names its country again: it often
    says where the desk is, not the story.  Neither a dateline nor a bare
    capital (no preposition, no cue) votes for a country the text names no
    other way when it names another (`_named_countries`; a story naming no
    country at all keeps its dateline's): "دبي، الإمارات العربية المتحدة (CNN)"
    over a knife attack "في فيينا" is the desk of a wire service, and
    "تيرانا حسن" in a story about Burma is a spokeswoman, not Albania's
    capital; a name or an adjective of the country would have told of it.
    A dateline loses its vote only to a country the body names as a place
    (`_placed_countries`, "في فيينا"), never to one named only as a party
    ("ونددت الولايات المتحدة", "مدعومة من تركيا"): "بغداد -" is then the
    scene.  A capital an act verb governs ("هز انفجار قوي كابول") is a scene
    too (`_act_before`).
    """
    named = _named_countries(doc, mentions)
    placed = _placed_countries(doc, mentions)
    votes: Counter = Counter()
    for previous, mention in zip([None, *mentions], mentions, strict=False):
        if _own_country_after(doc, previous, mention):
            continue  # "في بروكسل ببلجيكا": one place, counted once
        own = {p.country_code for p in mention.value or []}
        if named and not own & named and (
                (mention.attrs.get("dateline") and placed - own)
                or (not mention.attrs.get("dateline") and _bare_capital(mention) and not _act_before(doc, mention))):
            continue  # a wire desk abroad, a person named like a capital
        best: dict[str, float] = {}
        for place in mention.value or []:
            if place.country_code:
                value = _CLASS_SCORE.get(place.feature_class, 1) + (10 if place.is_capital else 0)
                best[place.country_code] = max(best.get(place.country_code, 0), value)
        if not best:
            continue
        if any(p.feature_class == "country" for p in mention.value):
            # "في سوريا" places the story; a bare "الولايات المتحدة" is usually a party to it.
            as_place = (mention.attrs.get("governed") or mention.attrs.get("cue_type")) and not _after_min(doc, mention)
            weight = 1.0 if as_place else 0.3  # "القوات المدعومة من الولايات المتحدة": a party too
        else:
            weight = 1.5
        if mention.attrs.get("cue_type"):
            weight *= 2.0  # "مدينة حماة" is surely a place; a bare word may be a namesake
        total = sum(best.values())
        for code, value in best.items():
            votes[code] += weight * value / total
    anchored = _anchored_countries(mentions)
    for code in votes:
        if code not in anchored:
            votes[code] *= _UNANCHORED_WEIGHT
    for code in _local_group_countries(doc) & set(votes):
        votes[code] += _WEIGHTS.local_group_vote
    return votes


def _bare_capital(mention: Mention) -> bool:
    """True for a name with neither a preposition nor a cue word that may read as
    a national capital and as no country, governorate or region ("وافقت
    موسكو", "تيرانا حسن")."""
    if mention.attrs.get("governed") or mention.attrs.get("cue_type") or not mention.value:
        return False
    return any(p.is_capital for p in mention.value) and not any(
        p.feature_class in _ANCHOR_CLASSES for p in mention.value)


def _placed_countries(doc: Document, mentions: list[Mention]) -> set[str]:
    """Countries the body names as a place: a mention after a preposition or a
    cue word ("في فيينا", "بالنمسا", "مدينة ليون"), not after "من" (a backer,
    "مدعومة من تركيا") and not the dateline."""
    return {
        p.country_code for m in mentions
        if not m.attrs.get("dateline") and (m.attrs.get("governed") or m.attrs.get("cue_type"))
        and not _after_min(doc, m) for p in m.value or [] if p.country_code
    }


def _act_before(doc: Document, mention: Mention) -> bool:
    """True for a mention an act word before it governs within its clause ("هز
    انفجار قوي كابول", "هاجم مسلحون من حركة الشباب مقديشو"): a scene, not a
    speaker or a person's name."""
    sentence = doc.sentence_at(mention.start)
    if sentence is None:
        return False
    for trigger in doc.in_span("trigger", sentence.start, mention.start):
        between = doc.text[trigger.end:mention.start]
        if trigger.end <= mention.start and not _CLAUSE_BREAK.search(between) and len(_WORD.findall(between)) <= 6:
            return True
    return False


def _named_countries(doc: Document, mentions: list[Mention]) -> set[str]:
    """Countries the text names outside its dateline: by a country, governorate
    or region among a mention's readings, by a capital after a preposition or
    cue word, or by the country's adjective ("السلطات البورمية", "الشرطة
    الأردنية").  A bare capital or the dateline alone names none (`_country_votes`)."""
    named = {
        p.country_code for m in mentions if not m.attrs.get("dateline") for p in m.value or []
        if p.country_code and (p.feature_class in _ANCHOR_CLASSES or (p.is_capital and not _bare_capital(m)))
    }
    codes = {p.country_code for m in mentions for p in m.value or [] if p.country_code} - named
    if codes:
        span = _dateline_span(doc)
        body = doc.norm[doc.norm_index(span[1]):] if span is not None else doc.norm
        words = {loose_key(word) for word in _WORD.findall(body)}
        named |= {code for code in codes if words & _adjective_keys(code)}
    return named


def _local_group_countries(doc: Document) -> set[str]:
    """Home countries of the local armed groups the article names: rebel
    groups and militias (inter 2 and 3) of the catalogue, not the ones it
    names per country (`by_country`: the Islamic State fights in many) nor
    state forces, which also act abroad.  A Houthi or Popular Resistance
    fighter is in Yemen, so the story's "زنجبار" is Zinjibar, not Zanzibar,
    when no place of the article names Yemen (`local_group_vote`)."""
    actors = load_catalogue().actors
    out: set[str] = set()
    for mention in doc.mentions.get("actor", []):
        actor = actors.get(mention.attrs.get("key") or "")
        if actor is not None and actor.inter in (2, 3) and not actor.by_country and actor.country:
            out.add(actor.country)
    return out


def _own_country_after(doc: Document, previous: Mention | None, mention: Mention) -> bool:
    """True for a country named right after a place of its own ("بروكسل
    ببلجيكا", "حلب، سوريا"): it only says where that place lies."""
    if previous is None or not any(p.feature_class == "country" for p in mention.value or []):
        return False
    gap = doc.norm[doc.norm_index(previous.end):doc.norm_index(mention.start)].strip(" ،,(")
    codes = {p.country_code for p in mention.value or [] if p.feature_class == "country"}
    return gap in ("", "ب", "في") and any(
        p.country_code in codes and p.feature_class != "country" for p in previous.value or [])


def _admin1_votes(mentions: list[Mention]) -> Counter:
    """Governorate weights: each mention splits one vote over its candidates' admin1s."""
    votes: Counter = Counter()
    for mention in mentions:
        pairs = _mention_admin1s(mention)
        for pair in pairs:
            votes[pair] += 1 / len(pairs)
    return votes


def _home_namesakes(mention: Mention, mentions: list[Mention], hint: str | None) -> list[Place]:
    """The candidates of a name after a district word ("منطقة X", "مديرية X")
    in the story's country or in one its other names anchor
    (`_anchored_countries`), when some candidates lie elsewhere; else empty.

    Why: a district word names a local area; a city abroad whose country the
    story names nowhere else (Morocco's الرباط in a Yemen story) is only a
    namesake, however large, and the class and capital scores would let it
    win over the village or quarter at home."""
    others = _anchored_countries([m for m in mentions if m is not mention]) | {hint}
    home = [p for p in mention.value or [] if p.country_code in others]
    return home if home and len(home) < len(mention.value) else []


def _anchored_countries(mentions: list[Mention]) -> set[str]:
    """Countries named in the article by a country, governorate, region or capital candidate."""
    return {
        p.country_code for m in mentions for p in m.value or []
        if p.feature_class in _ANCHOR_CLASSES or p.is_capital
    }


def _parents(doc: Document, mentions: list[Mention], cues: PlaceCues) -> dict[int, Mention]:
    """id(mention) -> the mention of the unit named right after it as its container.

    The words between the two may only be cue words ("بريف", "محافظة",
    "جنوب"), prepositions and the link words of place_cues.yaml ("التابعة"),
    at most `_MAX_LINK_WORDS` of them, in one sentence.  Members of a list
    ("بلدات الشجرة وعابدين بريف درعا") share the parent of the last member.
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    out: dict[int, Mention] = {}
    for mention, following in zip(ordered, ordered[1:], strict=False):
        same_list = mention.attrs.get("list_id") is not None and mention.attrs.get("list_id") == following.attrs.get("list_id")
        if same_list or doc.sentence_at(mention.start) is not doc.sentence_at(following.start):
            continue
        # quotes around the two names are no break ("مديرية «شقرة» بمحافظة «أبين»")
        gap = doc.norm[doc.norm_index(mention.end):doc.norm_index(following.start)].strip(_NAME_QUOTES + " ")
        # "قرية X (غرب Y)": a bracket may open the container's phrase
        inner = gap[1:] if gap.startswith("(") else gap
        if "\n" in gap or any(ch in inner for ch in ".؛;:()«»\""):
            continue
        # "مدينة X الساحلية في أبين": an adjective of the name parts it from no unit
        words = [w for w in _without_cue_adjectives(_WORD.findall(gap), cues) if w not in cues.name_adjectives]
        if words and _conjunction(words[0], cues):
            continue  # "زنجبار بأبين ومديرية حرض": a second place, not the first one's container
        linked = len(words) <= _MAX_LINK_WORDS and all(_is_link(w, cues) for w in words)
        # A bare preposition other than في is a route or a party ("من تركيا إلى سوريا").
        containing = any(_is_link(w, cues, prepositions=False) for w in words) or words in (["في"], ["ب"])
        if linked and containing:
            out[id(mention)] = following
    for mention in ordered:
        list_id = mention.attrs.get("list_id")
        if list_id is not None and id(mention) not in out:
            last = [m for m in ordered if m.attrs.get("list_id") == list_id][-1]
            if id(last) in out:
                out[id(mention)] = out[id(last)]
    return out


def _without_cue_adjectives(words: list[str], cues: PlaceCues) -> list[str]:
    """Gap words without the nisba adjective of a definite cue noun ("حي
    X الواقع جنوبي العاصمة السورية دمشق": the capital is still Damascus)."""
    return [
        w for i, w in enumerate(words)
        if not (i and w.startswith("ال") and w.endswith(("يه", "ي")) and words[i - 1].startswith("ال")
                and words[i - 1] in cues.cue_type)
    ]


def _mark_relative_containers(doc: Document, parents: dict[int, Mention]) -> None:
    """Mark a container named in a relative clause after its place ("مدينة
    الناصرية الواقعة جنوب العراق", `relative_links`) with that place
    (`locates`): the clause says where the place lies, so an event the
    container would locate is at the place, even across a comma.  A
    container in brackets right after its place ("مدينة نانت (غرب فرنسا)")
    says the same, and so does one named by direction ("مطار النجف جنوبي
    العاصمة بغداد": a landmark, not the scene); a city named as what the
    place lies near is marked once places are chosen (`_landmarks_near`)."""
    cues = load_place_cues()
    by_id = {id(m): m for m in doc.of_kind("place")}
    for key, parent in parents.items():
        mention = by_id.get(key)
        if mention is None or parent.attrs.get("locates") is not None:
            continue
        gap = doc.norm[doc.norm_index(mention.end):doc.norm_index(parent.start)]
        words = _WORD.findall(gap)
        if any(_bare_link(w) in cues.relative_links for w in words) or _bracketed(gap, words, cues) \
                or parent.attrs.get("cue_type") == "direction":
            parent.attrs["locates"] = mention


def _landmarks_near(doc: Document, mentions: list[Mention], parents: dict[int, Mention]) -> None:
    """Mark a place named after a near word as the landmark (`locates`) of
    the place its phrase follows (`_landmark_near`), once both are placed."""
    cues = load_place_cues()
    for mention in mentions:
        parent = parents.get(id(mention))
        if parent is None or parent.attrs.get("locates") is not None:
            continue
        words = _WORD.findall(doc.norm[doc.norm_index(mention.end):doc.norm_index(parent.start)])
        if _landmark_near(mention, parent, words, cues):
            parent.attrs["locates"] = mention


def _landmark_near(mention: Mention, parent: Mention, words: list[str], cues: PlaceCues) -> bool:
    """True when the place after a near word (`landmark_near_words`: "قرب",
    "بالقرب من", "على مشارف") tells where the place named right before it
    lies: "زار جنودا في الغوطة الشرقية قرب دمشق", "قصف معسكرا في بلدة X
    بالقرب من مدينة Y".  The big city is the reader's landmark; the named
    place is the scene, and reading the city instead moves the event to
    another place (the capital, not the countryside east of it).  Only a
    place below a governorate before it: a country or a province named
    before "قرب" is the wider frame ("في سوريا قرب الحدود")."""
    if parent.attrs.get("cue_type") != "near" or not any(
            w in cues.landmark_near_words or w[1:] in cues.landmark_near_words for w in words):
        return False
    place, landmark = mention.attrs.get("place"), parent.attrs.get("place")
    return place is not None and landmark is not None and place.gid != landmark.gid \
        and place.feature_class not in _FRAME_CLASSES and place.country_code == landmark.country_code


def _bracketed(gap: str, words: list[str], cues: PlaceCues) -> bool:
    """True for a gap that opens a bracket before a container, at most a
    cue word ("غرب", "شمالي") inside it."""
    return gap.strip().startswith("(") and all(w in cues.cue_type for w in words)


def _bare_link(word: str) -> str:
    """A link word without the conjunction و ("والواقعة")."""
    return word[1:] if word.startswith("وال") else word


def _conjunction(word: str, cues: PlaceCues) -> bool:
    """A gap word that starts with the conjunction و ("ومديرية", "وفي"), not
    a cue word that begins with و ("وسط")."""
    return word.startswith("و") and word not in cues.cue_type and word not in cues.hierarchy_links and len(word) > 1


def _containers(parent: Mention | None) -> list[Place]:
    """Candidates of a parent mention that can contain another place (its
    countries, governorates, districts, regions and cities; "تركيا" is not
    the village Turkiyah), else all of them."""
    if parent is None:
        return []
    candidates: list[Place] = parent.value or []
    large = [p for p in candidates if p.feature_class in _CONTAINER_CLASSES]
    return large or candidates


def _is_link(word: str, cues: PlaceCues, prepositions: bool = True) -> bool:
    """A word that may stand between a place and its container (see `_parents`):
    a cue word, a link word, a proclitic letter, or (if asked) a preposition
    or the adjective that ends a facility's name ("مطار النجف الدولي")."""
    forms = [word, word[1:] if len(word) > 1 and word[0] in "وفبل" else word]
    return (prepositions and len(word) == 1) or any(
        f in cues.cue_type or f in cues.hierarchy_links
        or (prepositions and (f in cues.prepositions or f in cues.name_adjectives)) for f in forms
    )


def _city_cued_keys_before(doc: Document, mention: Mention, city_cued: list[Mention]) -> set[str]:
    """Names read with a locality cue noun ("وسط مدينة تونس") earlier in the mention's sentence or in
    the one before it: a bare repeat there refers back to that city.

    Why only nearby: a bare name elsewhere in the article is often the country that shares the
    capital's name ("هجوم في تونس ... تظاهر مئات في مدينة تونس")."""
    if not city_cued or (sentence := doc.sentence_at(mention.start)) is None:
        return set()
    at = doc.sentences.index(sentence)
    since = doc.sentences[at - 1].start if at else sentence.start
    return {m.attrs.get("key") for m in city_cued if since <= m.start < mention.start}


def _sentence_admin1s(doc: Document, mention: Mention, mentions: list[Mention]) -> set[tuple[str, str]]:
    """Admin1s named by *admin-level* candidates of other mentions in the same sentence."""
    sentence = doc.sentence_at(mention.start)
    if sentence is None:
        return set()
    out: set[tuple[str, str]] = set()
    for other in mentions:
        if other is not mention and sentence.start <= other.start < sentence.end and not _across_border(doc, other):
            out.update((p.country_code, p.name) for p in other.value or [] if p.feature_class == "admin1")
    return out


def _dateline_parents(mentions: list[Mention]) -> dict[int, Mention]:
    """The country named after a place in the dateline is its container
    ("دبي، الإمارات العربية المتحدة (CNN)": Dubai, never a namesake village
    elsewhere, even when the agency misspells it)."""
    dateline = [m for m in mentions if m.attrs.get("dateline")]
    countries = [m for m in dateline if any(p.feature_class == "country" for p in m.value or [])]
    return {id(m): countries[-1] for m in dateline if countries and m.start < countries[-1].start}


def _mark_dateline(doc: Document, mentions: list[Mention]) -> None:
    """Flag the mentions inside an opening dateline ("دمشق - ", "دبي، الإمارات
    العربية المتحدة (CNN) -"): where the desk is, not a scene (`plausible_scene`)."""
    span = _dateline_span(doc)
    if span is None:
        return
    for mention in mentions:
        if span[0] <= mention.start < span[1]:
            mention.attrs["dateline"] = True


def _dateline_span(doc: Document) -> tuple[int, int] | None:
    """Raw span of the dateline place text at the start of the body, if any."""
    start = doc.body[0].start if doc.body else (doc.sentences[0].start if doc.sentences else 0)
    found = _DATELINE.match(doc.text, start)
    return (found.start(1), found.end(1)) if found else None


def _dateline_place(doc: Document) -> tuple[Place, str] | None:
    """The place named by the dateline, looked up directly when no mention covers it."""
    for mention in doc.of_kind("place"):
        if mention.attrs.get("dateline") and mention.attrs.get("place"):
            return mention.attrs["place"], mention.attrs.get("surface_ar") or mention.text
    span = _dateline_span(doc)
    if span is None:
        return None
    surface = doc.text[span[0]:span[1]].strip()
    candidates = load_gazetteer().lookup(doc.norm[doc.norm_index(span[0]):doc.norm_index(span[1])].strip())
    if not candidates:
        return None
    hint = doc.country_hint
    best = max(candidates, key=lambda p: (p.country_code == hint, p.is_capital, p.feature_class == "city", p.population))
    return best, surface


def event_places(doc: Document, start: int, end: int, anchor: int | None = None) -> list[Mention]:
    """Place mentions locating the event whose clause is raw span [start, end).

    The place governed by a preposition or cue after the trigger wins over
    the first place of the sentence; a list ("بلدات الشجرة وعابدين ومعرية")
    returns all its members, and places conjoined after it each with their
    own container ("X بأبين وY بحجة") are returned too: one event per place.
    A list after "بين" is one place between its members.  Empty when the
    clause names no place.
    """
    located = [
        m for m in doc.in_span("place", start, end)
        if plausible_scene(doc, m) and not m.attrs.get("route_tail") and not _talk_topic(doc, m, anchor)
        and not _grievance_place(doc, m, anchor)
    ]
    located = _without_posts(doc, located, anchor)
    # "وفي عدن، أكدت الوزارة أن القوات استعادت قاعدة X": the speaker's city yields to the places reported
    frames = [m for m in located if _speaker_frame(doc, m)]
    if frames and any(m not in frames and m.attrs["place"].feature_class != "country" for m in located):
        located = [m for m in located if m not in frames]
    # A trip's end and the unit placing it ("ينتمي إلى مدينة X في غرب ليبيا") are no scene.
    trips = [m for m in located if _trip_end(doc, m)]
    located = [m for m in located if m not in trips and not any(t.attrs.get("container") is m for t in trips)]
    # "قتل ثلاثة جنود من أبناء محافظة X في هجوم على Y": where the dead come from yields to
    # another place below country level ("حملات اعتقال طالت أبناء مدينة X" with "اليمن" or
    # "المدينة" beside: X stays)
    natives = [m for m in located if _native_place(doc, m)]
    homes = [m.attrs["place"] for m in natives]
    if any(m.attrs["place"].feature_class != "country" and m.attrs["place"] not in homes for m in located):
        located = [m for m in located if m not in natives]
    if not located:
        return []
    governed = [m for m in located if m.attrs.get("governed") or m.attrs.get("cue_type") or _site_owner(doc, m)]
    # "تعرضت إلى قصف من تركيا", "القوات المدعومة من الولايات المتحدة": a
    # country after من is where the fire or the backing came from, never the scene.
    governed = [m for m in governed if not _from_country(doc, m)]
    governed = _without_origin(doc, located, governed, (start, end), anchor)
    governed = _off_the_road(doc, governed)
    pick = None
    if anchor is not None:
        after = _finer_first([m for m in governed if m.start >= anchor])
        before = [m for m in governed if m.start < anchor]
        pick = after[0] if after else (_last_before(doc, before) if before else None)
    elif governed:
        pick = _finer_first(governed)[0]
    if pick is None:
        # An ungoverned country name is usually a party ("بين حماس وإسرائيل"), not the scene.
        scenes = [m for m in located if m.attrs["place"].feature_class != "country" and not _from_country(doc, m)]
        if not scenes:
            return []
        pick = scenes[0]
    pick = _named_inside(doc, pick, located)
    # a city keeps no parent (`_strong_in`), yet "مدينة الرمادي بمحافظة الأنبار" is held by its unit
    inner = [m for m in located if m is not pick and _holds(doc, pick, m)]
    described = pick.attrs.get("locates")
    at_site = _site_in_place(doc, pick, located)
    if at_site is not None:
        pick = at_site  # "تجددت المظاهرات في البصرة عند منفذ صفوان": the crossing's town, not the province
    elif described is not None and plausible_scene(doc, described):
        pick = described  # "مدينة الناصرية الواقعة جنوب العراق": the city, not the region that places it
    elif inner:
        pick = inner[0]  # "بلدة الزبداني في ريف دمشق ... لقصف": the town, not the unit containing it
    members = scenes = _members(pick, located)
    if len(scenes) == 1 and _wide(pick.attrs["place"]):
        scenes = [_finer_in_sentence(doc, pick, anchor)]
    if _word_before(doc, members[0]) in _BETWEEN_WORDS:
        # "الجسر الرابط بين عدن ولحج", "على حدود إسرائيل وغزة", "قرب الحدود
        # بين إسرائيل وقطاع غزة" (whichever member was picked): one place
        # between two names, not two scenes; after a road's far end the list
        # may go on ("..وY، وفي منطقة Z").
        between = _between_side(scenes, doc.country_hint)
        return _coordinated(doc, [between], located) if between.attrs.get("route") is not None else [between]
    return _coordinated(doc, scenes, located)


def _between_side(members: list[Mention], country_hint: str | None) -> Mention:
    """The one side a "بين X وY" place stands for: the member below country
    level if any ("الحدود بين إسرائيل وقطاع غزة": the Gaza side), else the
    country the story is about ("الحدود بين لبنان وإسرائيل" in a Lebanese
    story), else the first named."""
    def rank(mention: Mention) -> tuple[bool, bool]:
        place = mention.attrs["place"]
        return place.feature_class == "country", place.country_code != country_hint
    return min(members, key=rank)  # stable: the first named among equals


def _talk_topic(doc: Document, mention: Mention, anchor: int | None) -> bool:
    """True for a place inside what talks are about ("المفاوضات مع النظام
    حول نقل المقاتلين من X", `talk_topics` in place_cues.yaml) for an act
    told before the talks ("قصفت الطائرات X بينما تتواصل المحادثات بشأن
    معبر Y"): the subject of a negotiation is not where a strike reported
    beside it took place.  The talks themselves may be placed by what they
    are about, and an act told after the place may refer back to it ("حول
    طرابلس، حيث أعلنت هدنة")."""
    cues = load_place_cues()
    at = doc.norm_index(mention.start)
    window = max(0, at - _TOPIC_CHARS)
    clause = _TOPIC_BREAK.split(doc.norm[window:at])[-1]
    offset = at - len(clause)
    found = list(_WORD.finditer(clause))[-(cues.topic_reach + 1):]
    for index in range(len(found) - 1, -1, -1):
        if not _one_of(found[index].group(), cues.topic_words):
            continue
        # the talk noun before the topic word ("المفاوضات حول") or, after a verb, right after it ("تتناول المحادثات")
        near = found[max(0, index - cues.topic_noun_words - 1):index + cues.topic_noun_words + 1]
        nouns = [w for w in near if w is not found[index] and _one_of(w.group(), cues.topic_nouns)]
        if nouns:
            nouns.append(found[index])
            nouns.sort(key=lambda w: w.start())
            # the talks ("توسط الأردن في محادثات"), an act in their topic or one told
            # after it ("حول طرابلس، حيث أعلنت هدنة") may be placed by it
            talks, at_act = offset + nouns[0].start(), doc.norm_index(anchor) if anchor is not None else 0
            act = _WORD.match(doc.norm, at_act)
            if anchor is not None and act is not None and _one_of(act.group(), cues.topic_nouns):
                return False  # "وتوسط الأردن في محادثات بين ... بشأن X": the talks themselves
            return anchor is None or at_act < talks and len(_WORD.findall(doc.norm[at_act:talks])) > cues.topic_noun_words
    return False


def _grievance_place(doc: Document, mention: Mention, anchor: int | None) -> bool:
    """True for a place inside what a crowd protests over ("تظاهر المئات
    احتجاجا على العملية العسكرية في عفرين", `grievances` in place_cues.yaml)
    for an act told before the grievance word, or read from that word itself
    ("احتجاجا" is also a protest's trigger): the crowd gathered elsewhere,
    and the place it names is only the subject of its anger."""
    if anchor is None:
        return False
    cue_at = _grievance_cue(doc, mention)
    return cue_at is not None and doc.norm_index(anchor) <= cue_at and not _gathered_after_grievance(doc, mention)


def _grievance_cue(doc: Document, mention: Mention) -> int | None:
    """Normalized offset of the last grievance word (`grievances` in
    place_cues.yaml) within reach before a place, in its clause; None when
    there is none.  A verb of protest counts only right before its object
    ("احتجوا على"): without it the place after the verb is where they stood."""
    cues = load_place_cues()
    if not cues.grievance_words:
        return None
    at = doc.norm_index(mention.start)
    clause = _TOPIC_BREAK.split(doc.norm[max(0, at - _TOPIC_CHARS):at])[-1].split("،")[-1]
    offset = at - len(clause)
    words = list(_WORD.finditer(clause))[-(cues.grievance_reach + 1):]
    found = [
        offset + w.start() for i, w in enumerate(words)
        if _one_of(w.group(), cues.grievance_words) or (
            _one_of(w.group(), cues.grievance_verbs)
            and i + 1 < len(words) and words[i + 1].group() in cues.grievance_objects)
    ]
    return found[-1] if found else None


def _gathered_after_grievance(doc: Document, mention: Mention) -> bool:
    """True for a place after في that follows another place already named
    after a grievance word ("المظاهرات المنددة بالحرب على غزة في كندا"):
    the grievance has its place, and the one after it is where the crowd
    gathered, a scene even for a country named nowhere else.  A container
    of the earlier place ("في عفرين شمالي سوريا") is still the grievance's,
    and so is a place after a party named without a preposition ("لحرب
    إسرائيل في قطاع غزة"): the party is no place of the grievance."""
    cue_at = _grievance_cue(doc, mention)
    if cue_at is None or _word_before(doc, mention) != "في":
        return False
    at = doc.norm_index(mention.start)
    for other in doc.of_kind("place"):
        if other is mention or not cue_at < doc.norm_index(other.start) < at:
            continue
        if mention.attrs.get("container") is other or other.attrs.get("container") is mention:
            continue
        if not (other.attrs.get("governed") or other.attrs.get("cue_type")):
            continue
        return True
    return False


def _one_of(word: str, words: frozenset[str]) -> bool:
    """True when a word, or it without و/ف and then ب/ل ("وبشأن"), is in `words`."""
    forms = [word]
    if len(word) > 3 and word[0] in "وف":
        forms.append(word[1:])
    forms += [f[1:] for f in list(forms) if len(f) > 3 and f[0] in "بل"]
    return any(f in words for f in forms)


def _off_the_road(doc: Document, governed: list[Mention]) -> list[Mention]:
    """Governed places without a road phrase's end when a place named right
    after the road says where on it the act was ("على الطريق بين X وY قرب
    بلدة Z": Z, not the route)."""
    points = [m for m in governed if m.attrs.get("route") is None]
    kept = []
    for mention in governed:
        if mention.attrs.get("route") is not None:
            last = _road_end(doc, mention)
            if any(_right_after(doc, last, point) for point in points):
                continue
        kept.append(mention)
    return kept


def _road_end(doc: Document, mention: Mention) -> Mention:
    """The last place of the road phrase `mention` opens, or `mention` itself."""
    route = mention.attrs.get("route")
    if route is None:
        return mention
    return max((m for m in doc.of_kind("place") if m.attrs.get("route") == route), key=lambda m: m.end)


def _right_after(doc: Document, mention: Mention, following: Mention) -> bool:
    """True when `following` comes at most `_ROAD_POINT_WORDS` words after
    `mention`, with no comma or stop between."""
    if following.start <= mention.end:
        return False
    gap = doc.norm[doc.norm_index(mention.end):doc.norm_index(following.start)]
    return len(_WORD.findall(gap)) <= _ROAD_POINT_WORDS and not _CLAUSE_BREAK.search(gap)


def _finer_in_sentence(doc: Document, frame: Mention, anchor: int | None) -> Mention:
    """The place inside the clause's country (or governorate) that its
    sentence names with a preposition or cue and that belongs to the
    trigger (`_near_trigger`): in "قتل في ضربة جوية في سوريا بينما كان
    يتنقل قرب بلدة X" the country frames the story and X is where the strike
    hit.  An origin or a trip's end is no scene; the frame stays when no
    such place is left.  A place the frame narrows to ("في مناطق من إقليم
    X، خاصة في منطقة Y", `_specified`) is the scene wherever the gazetteer
    puts it in the same country: the writer places it in the frame."""
    sentence = doc.sentence_at(frame.start)
    if sentence is None:
        return frame
    at = frame.start if anchor is None else anchor
    area = frame.attrs["place"]
    finer = [m for m in doc.in_span("place", sentence.start, sentence.end)
             if _finer_scene(doc, m, frame, area, at, sentence)]
    return min(finer, key=lambda m: abs(m.start - at)) if finer else frame


def _finer_scene(doc: Document, m: Mention, frame: Mention, area: Place, at: int, sentence: Sentence) -> bool:
    """Whether the place `m` of the frame's sentence narrows the frame `area` to the act's
    scene (see `_finer_in_sentence`); each test runs once per candidate."""
    p = m.attrs.get("place")
    if p is None or p.country_code != area.country_code or p.feature_class in _ANCHOR_CLASSES:
        return False
    after_frame = m.start > frame.start
    member = after_frame and _member_named(doc, m)
    specified = after_frame and (_specified(doc, m) or member or _narrows_frame(doc, m, frame, area))
    if not (specified or _inside_area(p, area)):
        return False
    return bool(
        (_site_struck(doc, m, at) or _undergoing_subject(doc, m, at) or member
         or (m.attrs.get("governed") or m.attrs.get("cue_type")) and (specified or _near_trigger(doc, m, at, sentence)))
        and plausible_scene(doc, m) and not _trip_end(doc, m)
        and not _from_country(doc, m) and not _posted(doc, m))


def _narrows_frame(doc: Document, mention: Mention, frame: Mention, area: Place) -> bool:
    """True for a town or village the sentence places in the frame's own unit
    after naming the act there ("حادثة التفجير في عسير ... في مسجد قوة
    الطوارئ بمدينة أبها بمنطقة عسير", "الهجوم في محافظة X، الذي وقع في
    بلدة Y بمحافظة X"): the writer names the unit again right after the
    town, as its container, so the town is the act's scene within it.  Only
    a second naming of a governorate or district: a country repeated after a
    town frames a whole story, and the frame's own container ("مدينة Y
    بمحافظة X" told once) is read by `_holds`."""
    if area.feature_class not in _UNIT_CLASSES or mention.attrs["place"].feature_class not in _TOWN_CLASSES | _NAMESAKE_CLASSES:
        return False
    after = [m for m in doc.in_span("place", mention.end, mention.end + _NAME_GAP_CHARS) if m.start >= mention.end]
    if not after or after[0] is frame or after[0].start <= frame.end:
        return False
    unit = after[0].attrs.get("place")
    gap = doc.norm[doc.norm_index(mention.end):doc.norm_index(after[0].start)]
    words = _WORD.findall(gap)
    return unit is not None and unit.gid == area.gid and not _CLAUSE_BREAK.search(gap) and 0 < len(words) <= 2 \
        and (words[0][:1] == "ب" or words[0] == "في")


def _specified(doc: Document, mention: Mention) -> bool:
    """True when a specifier word (`specifier_words`: "خاصة", "لا سيما",
    "تحديدا") opens the stretch of the clause before a place, after a comma
    and within eight words ("، خاصة في منطقة Y", "، خاصة في منطقة Y التابعة
    لمدينة Z" where the gazetteer lacks Y: Z is the unit named around it):
    the writer narrows the wide unit just named to that place.  Only at the
    stretch's head: "قوات خاصة" is no specifier."""
    start = doc.norm_index(mention.start)
    pieces = re.split(r"[،,؛:]", doc.norm[max(0, start - 80):start])
    words = _WORD.findall(pieces[-1]) if len(pieces) > 1 else []
    if words[:1] in (["لا"], ["ولا"]):
        words = words[1:]
    return 0 < len(words) <= 8 and words[0] in load_place_cues().specifier_words


def _member_named(doc: Document, mention: Mention) -> bool:
    """True for a place right after "من بينها" (`member_words`), maybe
    with its cue word between ("عددا من بلدات الضفة الغربية من بينها مخيم
    X"، "من بينها بلدة X"): the writer names one of the places the act
    reached in the wide unit just named, so it is the scene."""
    words = _WORD.findall(doc.norm[max(0, doc.norm_index(mention.start) - 40):doc.norm_index(mention.start)])
    cue = mention.attrs.get("cue")
    if cue and words and words[-1] == cue:
        words = words[:-1]
    return len(words) >= 2 and words[-1] in load_place_cues().member_words and strip_conjunction(words[-2]) == "من"


def _site_struck(doc: Document, mention: Mention, at: int) -> bool:
    """True for a named facility (an air base, an airport) next to the act
    with no preposition before it: the subject or object of the act itself
    ("تعرض مطار X في وسط سوريا إلى غارات", "قصفت الطائرات مطار X في وسط
    سوريا"), so the site struck rather than the region placing it."""
    if mention.attrs["place"].feature_class != "facility" or mention.attrs.get("governed"):
        return False
    low, high = sorted((doc.norm_index(at), doc.norm_index(mention.start)))
    gap = doc.norm[low:high]
    return len(_WORD.findall(gap)) <= _FINER_SCENE_WORDS and not _CLAUSE_BREAK.search(gap)


def _undergoing_subject(doc: Document, mention: Mention, at: int) -> bool:
    """True for the subject of a verb of undergoing a few words before the
    act noun ("تعرضت بلدة X لقصف مدفعي خلال الحرب على غزة", "شهد مخيم X
    اشتباكات", "تعرض محيط مخيم X بريف Y لقصف", `undergoing_verbs`): the
    place the act hit, finer than the strip, governorate or country the
    sentence names around it."""
    if mention.start >= at:
        return False
    verb = _word_before(doc, mention)
    if verb not in _UNDERGOING_VERBS and strip_conjunction(verb) not in _UNDERGOING_VERBS:
        return False
    gap = doc.norm[doc.norm_index(mention.end):doc.norm_index(at)]
    return len(_WORD.findall(gap)) <= _UNDERGOING_GAP_WORDS and not _CLAUSE_BREAK.search(gap)


def _site_in_place(doc: Document, pick: Mention, located: list[Mention]) -> Mention | None:
    """The town owning a site named right after the place picked for a clause,
    within its governorate ("في البصرة عند منفذ صفوان الحدودي", "في صعدة
    بسوق ضحيان"; `_site_owner`): the writer names the province or city,
    then the very site the act was at, so the site's town is the scene.
    Only a preposition and the site noun stand between the two names, with
    no comma, and the town is smaller than the place it narrows."""
    pick_place = pick.attrs["place"]
    if pick_place.feature_class not in _FRAME_CLASSES | _TOWN_CLASSES:
        return None
    following = _next(located, pick)
    if following is None or not _site_owner(doc, following):
        return None
    place = following.attrs["place"]
    gap = doc.norm[doc.norm_index(pick.end):doc.norm_index(following.start)]
    if _CLAUSE_BREAK.search(gap) or len(_WORD.findall(gap)) > 2 or place.feature_class not in _NAMESAKE_CLASSES:
        return None
    same_unit = place.country_code == pick_place.country_code and (
        pick_place.feature_class == "country" or admin1_of(place) == admin1_of(pick_place))
    return following if same_unit else None


def _site_owner(doc: Document, mention: Mention) -> bool:
    """True for a town named as the owner of a site after a preposition of
    place ("في سجن X بجنوب العراق", "بسوق X"): the phrase puts the act in
    that town, though no preposition or cue stands right before its name
    (`site_nouns` in place_cues.yaml).  After a preposition of a trip ("الهروب
    من سجن X", "نقل إلى مستشفى X") the site is an origin or an end, no scene."""
    words = _words_before(doc, mention, 2)
    if not words or mention.attrs.get("cue_type"):
        return False
    preposition = _CUES.site_preposition(words[-1], words[0] if len(words) == 2 else "")
    # a glued ل is "to" ("لسجن X"), a trip's end like the trip prepositions
    return preposition is not None and preposition != "ل" and preposition not in _CUES.trip_prepositions


def _wide(place: Place) -> bool:
    """True for a unit that frames a story (a country, a governorate) or a
    curated region coded at precision 3 ("شمال العراق"): a town the same
    sentence names for the act is a better scene (`_finer_in_sentence`)."""
    return place.feature_class in _FRAME_CLASSES or place.feature_class == "region" and place.precision >= 3


def _inside_area(place: Place, area: Place) -> bool:
    """True when `place` lies in `area`: its country, its governorate, or
    within a curated region's radius (its governorate when it names one, or
    the unit's reach when the place has none)."""
    if area.feature_class == "country":
        return True
    if area.feature_class == "region" and not area.admin1:
        return distance_km(place.lat, place.lon, area.lat, area.lon) <= area.radius_km
    if area.feature_class == "admin1" and not place.admin1:
        return _near_any(place, [area])  # a US town in a curated state: the sources give it no admin1
    return admin1_of(place) == admin1_of(area)


def _near_trigger(doc: Document, mention: Mention, at: int, sentence: Sentence) -> bool:
    """True when a place belongs to the trigger at `at`: after it, at most
    `finer_scene_words` words away with no other trigger nearer before it
    ("قصفت مواقع في سوريا ... وأصابت القذائف بلدة X": X is the second
    act's), or before it with a relative pronoun between ("في قرى X التي
    احتلتها"); a place further before belongs to an earlier clause ("قصفت
    مواقع في حمص وأصابت الصواريخ مناطق من سوريا") or is the speaker's seat
    ("مسؤولة في محافظة X، إن الانسحاب").  A place fronted before the
    sentence's first act, "وفي جبهة X، دكت المدفعية ..." (`_fronted`), is that act's."""
    if mention.start < at:
        between = _WORD.findall(doc.norm[doc.norm_index(mention.end):doc.norm_index(at)])
        if _fronted(doc, mention, at, sentence):
            return True
        return 0 < len(between) <= _RELATIVE_WORDS and between[0] in load_place_cues().relative_pronouns
    if len(_WORD.findall(doc.norm[doc.norm_index(at):doc.norm_index(mention.start)])) > _FINER_SCENE_WORDS:
        return False
    # a toll noun ("ما أدى إلى مقتل 3 في قرية X") tells the act's outcome, not a new act
    triggers = [t for t in doc.in_span("trigger", sentence.start, mention.start)
                if t.end <= mention.start and not (t.start > at and _toll_noun(t))]
    owner = max(triggers, key=lambda t: t.start, default=None)
    return owner is None or owner.start <= at < owner.end or _joined_act(doc, at, owner, triggers)


def _joined_act(doc: Document, at: int, owner: Mention, triggers: list[Mention]) -> bool:
    """True when the trigger nearest before a place is an act noun joined by
    و right after the act at `at` ("سلسلة غارات وقصف مدفعي على مناطق ...
    تركزت شرقي مدينة X"): the two nouns name one series of strikes, so the
    place the second is told at is the first's too."""
    first = next((t for t in triggers if t.start <= at < t.end), None)
    if first is None or owner.start <= first.end:
        return False
    gap = doc.text[first.end:owner.start].strip()
    return gap == "و" or (gap == "" and owner.text.startswith("و"))


def _fronted(doc: Document, mention: Mention, at: int, sentence: Sentence) -> bool:
    """True for a place in a phrase opening its sentence and parted by a comma
    from the act right after it: "وفي جبهة X، دكت مدفعية الجيش تجمعا ... غربي
    محافظة Y", "وفي مديرية X، قتل ...".  News fronts the scene so; the
    governorate named later only frames it.  At most `_RELATIVE_WORDS` words
    (a preposition, cue words) open the sentence before the name, and a comma
    then at most `finer_scene_words` words with no other break part it from the act."""
    opening = _WORD.findall(doc.norm[doc.norm_index(sentence.start):doc.norm_index(mention.start)])
    prepositions = load_place_cues().prepositions
    if not opening or len(opening) > _RELATIVE_WORDS or not (
            opening[0] in prepositions or opening[0][:1] in ("و", "ف") and opening[0][1:] in prepositions):
        return False
    gap = doc.norm[doc.norm_index(mention.end):doc.norm_index(at)].strip()
    return gap[:1] in ("،", ",") and not _CLAUSE_BREAK.search(gap[1:]) \
        and len(_WORD.findall(gap)) <= _FINER_SCENE_WORDS and not doc.in_span("trigger", sentence.start, mention.start)


def _toll_noun(trigger: Mention) -> bool:
    """True for a generic killing noun ("مقتل", "سقوط قتلى"): the toll of another act."""
    return bool(trigger.attrs.get("generic_killing")) and trigger.attrs.get("voice") == "noun"


def _without_origin(
    doc: Document, located: list[Mention], governed: list[Mention], span: tuple[int, int], anchor: int | None,
) -> list[Mention]:
    """The governed places of a clause, or, when it speaks of firing
    (`projectiles` in place_cues.yaml) and names a target ("على", "صوب"
    or "استهدف" among the few words before a place), the targets and what
    follows them: in "صواريخ أطلقت من صعدة على نجران", "إطلاق الحوثيين في
    اليمن صواريخ صوب السعودية" or "واستهدف ثلاثة منها الرياض" the scene is
    where they land (ACLED codes shelling and missile attacks there), not
    the launch site or the launching group's country.  An act with its own
    place between its trigger and the firing words keeps it."""
    start, end = span
    cues = load_place_cues()
    first = next(
        (found.start() for found in _WORD.finditer(doc.norm, doc.norm_index(start), doc.norm_index(end))
         if any(stem in found.group() for stem in cues.launch_words)),
        None,
    )
    if first is None or anchor is not None and any(anchor <= m.start < doc.raw_span(first, first + 1)[0] for m in governed):
        return governed  # "شن غارات على مواقع في غزة ردا على إطلاق صواريخ صوب إسرائيل": the raids' own place
    targets = [m for m in located if cues.target_words.intersection(_words_before(doc, m, _TARGET_WORDS))]
    if not targets:
        return governed
    return targets + [m for m in governed if m.start > targets[0].start and m not in targets]


def _from_country(doc: Document, mention: Mention) -> bool:
    """A country name or a foreign capital right after "من" (the origin of an
    act, not its scene: "بعيد وصوله من العاصمة البريطانية لندن"), unless
    "من" is partitive ("مناطق عدة من سوريا", `partitive_words`)."""
    place = mention.attrs["place"]
    if place.feature_class != "country" and not (place.is_capital and place.country_code != doc.country_hint):
        return False
    cues = load_place_cues()
    words = _without_cue_adjectives(_words_before(doc, mention, 4), cues)
    if words and words[-1] == mention.attrs.get("cue"):
        words.pop()
    if not words or words[-1] not in ("من", "ومن"):
        return False
    # "أنحاء متفرقة من اليمن": a partitive noun may stand one adjective away
    previous = words[-3:-1]
    return not any(w in cues.partitive_words for w in previous) and (not previous or previous[-1] not in cues.cue_type)


def _trip_end(doc: Document, mention: Mention) -> bool:
    """True for a place where a trip or a dispatch started or ended
    ("تعزيزات تم الدفع بها من X", "بحجة ذهابهم إلى X", `trip` in
    place_cues.yaml), or where the dead were taken ("إلى مستشفى مدينة X"):
    people moving there says nothing of where the act
    took place, and the clause's other places (or the fallback) locate it.
    A list ("من صنعاء وذمار") is judged by its first member."""
    cues = load_place_cues()
    list_id = mention.attrs.get("list_id")
    if list_id is not None:
        mention = next(m for m in doc.of_kind("place") if m.attrs.get("list_id") == list_id)
    words = _words_before(doc, mention, _TRIP_WORDS)
    if not words:
        return False
    if _conjoined_trip_end(doc, mention):
        return True  # "متجهة إلى مدينة X ومحافظة Y": Y is the trip's end too
    if words[-1] in cues.destination_prepositions and _destination_before(doc, mention):
        return True  # "إجلاء آخر دفعة من المقاتلين إلى X", "إجلاء غير الراغبين بالتسوية من مقاتلين ومعارضين إلى X"
    if any(word in cues.care_words and before in cues.trip_prepositions
           for before, word in zip(words, words[1:], strict=False)):
        return True  # "وصلت جثثهم إلى مستشفى مدينة X": where the dead were taken
    return words[-1] in cues.trip_prepositions and any(word in cues.trip_words for word in words[:-1])


def _conjoined_trip_end(doc: Document, mention: Mention) -> bool:
    """True for a place joined by "و" (with its own cue word or none) to the
    place right before it when that one is a trip's end ("قافلة متجهة إلى
    مدينة X ومحافظة Y"): the second end of one trip, no more a scene than the
    first.  A list under a plural cue is judged as a whole (`_trip_end`)."""
    sentence = doc.sentence_at(mention.start)
    if sentence is None:
        return False
    before = [m for m in doc.in_span("place", sentence.start, mention.start) if m.attrs.get("place") is not None]
    if not before:
        return False
    previous = max(before, key=lambda m: m.end)
    gap = _WORD.findall(doc.norm[doc.norm_index(previous.end):doc.norm_index(mention.start)])
    if len(gap) != 1 or strip_conjunction(gap[0]) == gap[0]:
        return False
    rest = strip_conjunction(gap[0])
    return (not rest or rest in load_place_cues().cue_type) and _trip_end(doc, previous)


def _native_place(doc: Document, mention: Mention) -> bool:
    """True for a place right after a noun of origin ("من أبناء محافظة X"،
    "من مواليد بلدة X", `native_nouns` in place_cues.yaml) or after a word of
    a way home and its preposition ("زوارا عائدين من X", `return_words`): it
    tells where people come from, not where the act told of them happened.
    A list is judged by its first member."""
    list_id = mention.attrs.get("list_id")
    if list_id is not None:
        mention = next(m for m in doc.of_kind("place") if m.attrs.get("list_id") == list_id)
    cues = load_place_cues()
    words = _words_before(doc, mention, 2)
    if not words:
        return False
    if words[-1] in cues.trip_prepositions:
        return len(words) > 1 and strip_conjunction(words[-2]) in cues.return_words
    return strip_conjunction(words[-1]) in cues.native_nouns


def _without_posts(doc: Document, located: list[Mention], anchor: int | None) -> list[Mention]:
    """Located places without the acting side's post or the origin of its
    fire (`_posted`), and without the units placing them: ACLED codes a
    shelling where it lands.  When nothing else is left, a post stays unless
    the fallback has a place (the target named earlier in the story); the
    origin of fire always stays then (an act is not dropped for want of its
    landing place)."""
    posts = [m for m in located if _posted(doc, m)]
    if not posts:
        return located
    cues = load_place_cues()
    # "المتمركزة في حي X بمدينة Y": Y places the post; "المتمركزة في X على بلدة Y": Y is the target
    posts += [c for p in posts if (c := p.attrs.get("container")) is not None
              and not cues.target_words.intersection(_words_before(doc, c, 2))]
    # "أقلعت من قاعدة في X بجنوب شرق تركيا": the region placing the origin right after it
    posts += [m for m in located if m not in posts and any(_places_right_after(doc, p, m) for p in posts)]
    kept = [m for m in located if not any(m is p for p in posts)]
    if kept:
        return kept
    if any(_fired_from(doc, p) for p in posts):
        # "سقط صاروخ أطلق من غزة": with no landing place named, the launch site is the one told
        return located
    return kept if anchor is not None and fallback_place(doc, anchor) is not None else located


def _places_right_after(doc: Document, post: Mention, mention: Mention) -> bool:
    """True for a place told right after an origin of fire with only cue words
    and prepositions between ("من قاعدة في X بجنوب شرق تركيا"): it places
    the origin, as a container does, and is no more the scene than it."""
    if mention.start < post.end or not _fired_from_position(doc, post):
        return False
    gap = _WORD.findall(doc.norm[doc.norm_index(post.end):doc.norm_index(mention.start)])
    return 0 < len(gap) <= 3 and all(
        any(stem in _CUES.cue_type or stem in _CUES.prepositions for stem in strip_clitics(word)) for word in gap)


def _posted(doc: Document, mention: Mention) -> bool:
    """True for a place saying where the acting side is posted ("قصفت
    الميليشيات المتمركزة في منطقة X", "بقصف من قوات النظام المتمركزة في
    جبل X") or where its fire or attack came from ("انطلاقا من X", "صواريخ
    أطلقت من X", "هجوم شنته القوات من X"); not when a target
    word stands between the act and the post, or is the act itself ("غارات على
    المسلحين المتحصنين في X", "استهداف الجنود المتمركزين في X": the targets'
    position is the scene).  `actor_position` in place_cues.yaml."""
    cues = load_place_cues()
    words = _words_before(doc, mention, 3)
    if len(words) < 2:
        return False
    if _fired_from(doc, mention) or _fired_from_position(doc, mention):
        return True
    if words[-2] not in cues.post_words or words[-1] not in cues.post_prepositions:
        return False
    sentence = doc.sentence_at(mention.start)
    if sentence is None:
        return False
    at = doc.norm_index(mention.start)
    acts = [t for t in doc.in_span("trigger", sentence.start, mention.start) if t.end <= mention.start]
    since = doc.norm_index(max(acts, key=lambda t: t.start).start) if acts else doc.norm_index(sentence.start)
    between = set(_WORD.findall(doc.norm[since:at])[:-2])
    return not (between & cues.post_target_words or between & cues.target_words)


def _fired_from(doc: Document, mention: Mention) -> bool:
    """True for where fire or an attack came from ("انطلاقا من X", "صواريخ أطلقت من X",
    "هجوم شنته القوات من X"): one word (the side, the arms) may stand between."""
    cues = load_place_cues()
    words = _words_before(doc, mention, 3)
    return len(words) >= 2 and words[-1] in cues.origin_prepositions and bool(
        cues.origin_words.intersection(words[-3:-1]))


def _fired_from_position(doc: Document, mention: Mention) -> bool:
    """True for the shooters' own positions or a base named after "من" ("قصف
    الحوثيون المدينة من مواقعهم في X وY", "أقلعت المقاتلات من قاعدة في X",
    "انطلاقا من نقاط وجوده في X"; `origin_nouns` in place_cues.yaml): where
    the fire or the aircraft came from, not where it landed, so neither the
    act's scene nor, for each position of a list, an act of its own (ACLED
    codes a shelling where it lands).  It needs an origin word right before
    "من" or, as the act told last before "من", a fire act (shelling,
    missiles, an air strike): "انسحبوا من مواقعهم في X" and "طردوهم من
    مواقعهم في X" happened at X.  A partitive word or a count before "من"
    ("عدد من مواقع الحوثيين في X") makes the positions the targets.  A list
    is judged by its first member, and a place joined by its own cue word to
    an item the gazetteer lacks ("في معسكر X ومدينة Y") by that item."""
    cues = load_place_cues()
    list_id = mention.attrs.get("list_id")
    if list_id is not None:
        mention = next(m for m in doc.of_kind("place") if m.attrs.get("list_id") == list_id)
    sentence = doc.sentence_at(mention.start)
    if sentence is None or not cues.origin_nouns:
        return False
    at = doc.norm_index(mention.start)
    words = list(_WORD.finditer(doc.norm, doc.norm_index(sentence.start), at))
    cue = mention.attrs.get("cue")
    if words and words[-1].group() == cue:
        words.pop()
        if strip_conjunction(cue) != cue:
            # "من مواقعها في معسكر X ومدينة Y": Y's cue joins it to an item the gazetteer lacks
            skipped = next((n for n in range(1, cues.origin_noun_gap + 2) if len(words) > n
                            and words[-n - 1].group() in cues.post_prepositions), None)
            if skipped is None:
                return False
            del words[-skipped:]
    if words and words[-1].group() in cues.post_prepositions:
        words.pop()  # "من مواقعهم في X"; "من مطار X" has none
    for gap in range(cues.origin_noun_gap + 1):
        if len(words) < gap + 2:
            return False
        noun, before = words[-gap - 1], words[-gap - 2]
        if strip_conjunction(before.group()) in cues.origin_prepositions and noun.group() in cues.origin_nouns:
            break
    else:
        return False
    start = len(words) - gap - 2  # the index of "من"
    if _near_or_counted(cues, [w.group() for w in words[max(0, start - cues.origin_distance_gap - 2):start]]):
        return False  # "قريبا من معسكر للجيش في X"، "على بعد كيلومترين من قاعدة في X": X is the scene
    previous = [w.group() for w in words[max(0, start - 2):start]]
    if cues.origin_words.intersection(previous):
        return True  # "انطلاقا من نقاط وجوده في X", "أقلعت من قاعدة في X"
    if previous and (previous[-1] in cues.partitive_words or previous[-1].isdigit()
                     or doc.in_span("number", *doc.raw_span(*words[start - 1].span()))):
        return False  # "قصفت الطائرات عددا من مواقع الحوثيين في X": the targets
    since = doc.raw_span(*words[start].span())[0]
    acts = [t for t in doc.in_span("trigger", sentence.start, since) if t.end <= since]
    if not acts:
        return False
    last = max(acts, key=lambda t: t.start)
    return getattr(last.value, "sub_event_type", None) in _FIRE_SUBS


def _near_or_counted(cues: PlaceCues, before: list[str]) -> bool:
    """True when the words right before an "من" make it no origin (`near_words`,
    `distance_words`, `size_words` of `actor_position` in place_cues.yaml): a
    word of nearness or a count right before it ("بالقرب من"، "قريبا من"،
    "أكثر من"), a distance phrase at most `distance_gap` words before it
    ("على بعد 10 كيلومترات من"), or a partitive word one size word away
    ("أجزاء واسعة من"، "عددا كبيرا من"): the place after is the scene or near
    it, or the positions are the targets."""
    if not before:
        return False
    last = before[-1]
    if last in cues.origin_near_words or strip_conjunction(last) in cues.origin_near_words:
        return True
    if len(before) > 1 and last in cues.origin_size_words and (
            before[-2] in cues.partitive_words or strip_conjunction(before[-2]) in cues.partitive_words):
        return True
    pairs = [" ".join(pair) for pair in zip(before, before[1:], strict=False)]
    return any(pair in cues.origin_distance_words and len(pairs) - n <= cues.origin_distance_gap + 1
               for n, pair in enumerate(pairs))


def _after_min(doc: Document, mention: Mention) -> bool:
    """True for a mention right after "من" (an origin or a backer, see `_from_country`)."""
    return _words_before(doc, mention, 1) in (["من"], ["ومن"])


def _destination_before(doc: Document, mention: Mention) -> bool:
    """True when a destination word (`destination_words`) stands before the
    mention's preposition within its clause: within `_TRIP_WORDS` words, or up
    to `_DESTINATION_WORDS` back when no act told by a verb or a violent act
    stands between ("إجلاء الرافضين للاتفاق من مسلحين ومدنيين إلى X").  Past
    such an act the place is that act's scene, not the trip's end: "تهجير
    عشرات العائلات من منازلها وامتدت الاشتباكات بين الطرفين إلى بلدة X"،
    "وفور خروج الحافلات من الحي تقدمت قوات النظام نحو بلدة X"."""
    destinations = load_place_cues().destination_words
    at = doc.norm_index(mention.start)
    span = doc.norm[max(0, at - 12 * (_DESTINATION_WORDS + 1)):at]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(span)), default=0)
    found = list(_WORD.finditer(span, cut))
    if found and found[-1].group() == mention.attrs.get("cue"):
        found.pop()
    found = found[-_DESTINATION_WORDS:][:-1]  # the preposition is not sought
    last = max((i for i, w in enumerate(found) if w.group() in destinations), default=None)
    if last is None:
        return False
    if len(found) - last < _TRIP_WORDS:
        return True  # "إجلاء آخر دفعة من المقاتلين إلى X"
    begin = at - len(span) + found[last].end()
    return not any(
        t.value.event_type in VIOLENT_TYPES or t.attrs.get("voice") in ("active", "passive")
        for t in doc.of_kind("trigger") if begin <= doc.norm_index(t.start) < at)


def _words_before(doc: Document, mention: Mention, count: int) -> list[str]:
    """The normalized words right before a mention and its cue word (at most `count`)."""
    at = doc.norm_index(mention.start)
    words = _WORD.findall(doc.norm[max(0, at - 12 * (count + 1)):at])
    if words and words[-1] == mention.attrs.get("cue"):
        words.pop()
    return words[-count:]


def _named_inside(doc: Document, frame: Mention, located: list[Mention]) -> Mention:
    """The first town of the frame named after it without a preposition, when
    the frame is a country or governorate: in "العدوان على قطاع غزة، كثف
    الاحتلال قصفه رفح وخان يونس" the strip is the frame of the story, the
    towns the verb governs are the scenes.  Only towns, cities, districts,
    capitals and list members count, as a bare village name is too often an
    ordinary word.  A locality the frame's clause names in apposition ("ثاني
    أكبر مدن محافظة X وهي مدينة Y", `apposition_words`) is the scene too."""
    area = frame.attrs["place"]
    if area.feature_class not in _FRAME_CLASSES:
        return frame
    appositions = load_place_cues().apposition_words
    for mention in located:
        place = mention.attrs["place"]
        if area.feature_class == "admin1" and mention.start > frame.start and mention.attrs.get("list_id") is not None \
                and place == area:
            # "إقليم عدن الذي يضم أربع محافظات (عدن ولحج والضالع وأبين)": a list of
            # governorates (`_province_lists`) that restates the frame names its parts
            return mention
        if (
            mention.start <= frame.start
            or place.feature_class in _ANCHOR_CLASSES
            or place.country_code != area.country_code
            or (area.feature_class == "admin1" and admin1_of(place) != admin1_of(area))
        ):
            continue
        if mention.attrs.get("cue_type") == "locality" and _word_before(doc, mention) in appositions:
            return mention
        if mention.attrs.get("governed") or mention.attrs.get("cue_type"):
            continue
        if place.feature_class in _TOWN_CLASSES or place.is_capital or mention.attrs.get("list_id") is not None:
            return mention
    return frame


def _last_before(doc: Document, before: list[Mention]) -> Mention:
    """The last place told before the act, but not a place that only says where the one
    before it lies: a reference ("قرب مدينة الرملة شمال غربي القدس": Jerusalem) or the
    unit holding it ("استهداف مدرسة في خان يونس في غزة، وخلف القصف": Gaza is the strip)."""
    cues = load_place_cues()
    while len(before) >= 2:
        last, previous = before[-1], before[-2]
        gap = _WORD.findall(doc.norm[doc.norm_index(previous.end):doc.norm_index(last.start)])
        if last.attrs.get("cue_type") == "direction":
            # "مدينة مروة أقصى شمال الكاميرون": a far-end word may lead the direction
            if not (gap and all(cues.cue_type.get(w) == "direction" or w in cues.direction_extremes for w in gap)):
                break
        elif not _unit_after(last, previous, gap):
            break
        before = before[:-1]
    return before[-1]


def _unit_after(unit: Mention, place: Mention, gap: list[str]) -> bool:
    """True when `unit` is a country or governorate named right after a place
    inside it with only "في" (or ب) between ("في خان يونس في غزة", "بمدينة X بسوريا"):
    it says where that place lies, it is no scene of its own."""
    area = unit.attrs["place"]
    return (area.feature_class in _FRAME_CLASSES and not unit.attrs.get("cue_type")
            and all(w in ("في", "ب") for w in gap) and place.attrs["place"].feature_class not in _FRAME_CLASSES
            and area.country_code == place.attrs["place"].country_code and _inside_area(place.attrs["place"], area))


def _finer_first(governed: list[Mention]) -> list[Mention]:
    """Governed mentions with a country name moved behind a later place
    named with a cue word: in "اعتقلته قوات الأمن في مصر في عملية في مدينة
    X" the country is the frame, the city the scene."""
    if not governed or governed[0].attrs["place"].feature_class != "country":
        return governed
    finer = [m for m in governed if m.attrs.get("cue_type") and m.attrs["place"].feature_class != "country"]
    return finer + [m for m in governed if m not in finer]


def _members(mention: Mention, located: list[Mention]) -> list[Mention]:
    """A mention and the other members of its list, in text order.  A country
    named after places of its own ("على تل أبيب، إسرائيل"، "في حمص وحماة،
    سوريا") is their container given in apposition, not one more scene."""
    list_id = mention.attrs.get("list_id")
    if list_id is None:
        return [mention]
    members = [m for m in located if m.attrs.get("list_id") == list_id]
    return [m for m in members if not _apposed_country(m, members)] or members


def _apposed_country(mention: Mention, members: list[Mention]) -> bool:
    """True for a country that follows list members lying in it."""
    place = mention.attrs["place"]
    return place.feature_class == "country" and any(
        other.start < mention.start and other.attrs["place"].feature_class != "country"
        and other.attrs["place"].country_code == place.country_code for other in members)


def _coordinated(doc: Document, scenes: list[Mention], located: list[Mention]) -> list[Mention]:
    """Scenes plus the places conjoined after them, each with its own container:
    "قصفت زنجبار بأبين وحرض بحجة" names two scenes, not Zinjibar and Abyan.

    After the last scene (and the units named right after it as its
    containers) a place of the same country joined by و or a comma, with at
    most a preposition and cue words between ("وبلدة", "وفي"), starts
    another scene.
    """
    scenes = list(scenes)
    units: list[Mention] = []
    cues = load_place_cues()
    while True:
        end = _road_end(doc, scenes[-1])  # "على الطريق بين X وY، وفي منطقة Z": the list goes on after Y
        following = _next(located, end)
        while following is not None and (_holds(doc, following, end) or _wider_after(doc, end, following, cues)
                                         or _seat_apposition(doc, end, following, cues)) \
                and following not in units:
            units.append(following)
            end, following = following, _next(located, following)
        if following is None or following in scenes or not _joined(doc, end, following, cues):
            return scenes
        place = following.attrs["place"]
        if place.feature_class == "country" or place.country_code != scenes[0].attrs["place"].country_code:
            return scenes
        scenes.extend(m for m in _members(following, located) if m not in scenes and m not in units)


def _wider_after(doc: Document, mention: Mention, unit: Mention, cues: PlaceCues) -> bool:
    """True when `unit` is a wider area named right after `mention` to place it,
    with at most link words between ("في بيت حانون شمال قطاع غزة وخان يونس
    جنوبه"، "على بلدتي X وY غربي المحافظة وقرية Z"): it is where that scene
    lies, not a scene of its own, so a place joined after it goes on the list."""
    if int(unit.attrs.get("precision") or 1) <= int(mention.attrs.get("precision") or 1):
        return False
    gap = doc.norm[doc.norm_index(mention.end):doc.norm_index(unit.start)]
    if any(ch in gap for ch in "،,.؛;:()\n"):
        return False
    words = _WORD.findall(gap)
    return all(_is_link(w, cues) and w != "و" and not _conjunction(w, cues) for w in words)


def _seat_apposition(doc: Document, mention: Mention, unit: Mention, cues: PlaceCues) -> bool:
    """True when `unit` follows `mention` after a comma and a seat noun only
    ("في شرق أربيل، عاصمة إقليم كردستان العراق", `seat_of: heads`): the writer
    says what the place is the seat of, the unit is no scene of its own."""
    gap = doc.norm[doc.norm_index(mention.end):doc.norm_index(unit.start)].strip()
    words = _WORD.findall(gap)
    return gap[:1] in ("،", ",") and len(words) == 1 and words[0] in cues.seat_heads


def _contains(unit: Mention, mention: Mention) -> bool:
    """True when `unit` is named as the container of `mention` ("بلدة X بريف
    درعا", "مدينة X الواقعة جنوب العراق")."""
    return unit is mention.attrs.get("container") or unit.attrs.get("locates") is mention


def _holds(doc: Document, unit: Mention, mention: Mention) -> bool:
    """True when `unit` is named right after `mention` as its container, or
    is the governorate it lies in, named with a cue ("مدينة زنجبار بمحافظة
    أبين": a city keeps no parent, see `_strong_in`, yet Abyan is its unit)."""
    if _contains(unit, mention):
        return True
    area, place = unit.attrs["place"], mention.attrs["place"]
    return (area.feature_class == "admin1" and unit.attrs.get("cue_type") == "admin" and place.feature_class != "admin1"
            and area.country_code == place.country_code and admin1_of(place) == area.name
            and _joined_unit(doc, mention, unit))


def _joined_unit(doc: Document, mention: Mention, unit: Mention) -> bool:
    """True when only the unit's cue, maybe after "في", separates a place
    from its unit ("«X» بمحافظة «Y»", "X في محافظة Y")."""
    words = _WORD.findall(doc.norm[doc.norm_index(mention.end):doc.norm_index(unit.start)])
    return bool(words) and words[-1] == unit.attrs.get("cue") and all(w == "في" for w in words[:-1])


def _next(located: list[Mention], mention: Mention) -> Mention | None:
    """The first located mention after `mention`."""
    return next((m for m in located if m.start >= mention.end), None)


def _joined(doc: Document, previous: Mention, following: Mention, cues: PlaceCues) -> bool:
    """True when only "و" or a comma, a preposition and cue words
    ("وبلدة", "وفي مدينة") separate two mentions, or when the item between
    them is a name the gazetteer lacks that `following` contains
    (`_unit_of_unknown`).  Quotes around names ("«أبين» و«حرض»") are no
    break; a quote mark inside a word run is.  A short description of the
    place before the comma ("في قندهار مهد حركة التمرد، وفي ولاية لوغار")
    does not end the list (`_apposition_skipped`), nor does an added opener
    ("، بالإضافة إلى Y": `_added_item`)."""
    gap = _apposition_skipped(doc, previous, following, _past_direction(
        doc.norm[doc.norm_index(previous.end):doc.norm_index(following.start)].strip(_NAME_QUOTES + " "), cues))
    if any(ch in gap for ch in ".؛;:()\n"):
        return False
    added = _added_item(_WORD.findall(gap))
    if added is not None:
        return len(added) <= 2 and all(len(w) == 1 or w in cues.prepositions or _is_link(w, cues, prepositions=False)
                                       for w in added)
    if not gap.startswith(("و", "،", ",")):
        return False
    words = _WORD.findall(gap)
    if words and words[0].startswith("و"):
        words[0] = words[0][1:]
    if _others_among(words, cues):
        return True
    links = [not w or len(w) == 1 or w in cues.prepositions or _is_link(w, cues, prepositions=False) for w in words]
    if len(words) <= 2 and all(links):
        return True
    return (_unit_of_unknown(words, links, following, cues) or _target_item(doc, previous, following, words, cues)) \
        and not any(m.attrs.get("place") for m in doc.in_span("place", previous.end, following.start))


def _past_direction(gap: str, cues: PlaceCues) -> str:
    """The gap after a place, past a direction adverb that opens it (`direction_adverbs`:
    "في مدينة غزة شمالا وخان يونس جنوبا"): the adverb says where the place lies, so
    what follows it joins the list as it would right after the name."""
    words = gap.split(maxsplit=1)
    return words[1] if len(words) == 2 and words[0] in cues.direction_adverbs else gap


def others_among_listed(doc: Document, places: list[Mention]) -> bool:
    """Two places of an act's list are joined by "and other towns, among them"
    (`_others_among`: "في مدينة حلب ومدن أخرى، منها حماة وإدلب"): the text gives a
    toll for the first place and others together, not one a town, so the events
    stage keeps it whole at the first scene rather than splitting it evenly."""
    cues = load_place_cues()
    for previous, following in zip(places, places[1:], strict=False):
        gap = doc.norm[doc.norm_index(previous.end):doc.norm_index(following.start)].strip(_NAME_QUOTES + " ")
        words = _WORD.findall(gap)
        if words and words[0].startswith("و"):
            words[0] = words[0][1:]
        if _others_among(words, cues):
            return True
    return False


def _others_among(words: list[str], cues: PlaceCues) -> bool:
    """True for the gap "(و)مدن أخرى، منها" / "ومناطق عدة من بينها" between two
    places (the leading و already cut): a plural cue word (`list_cues`), a
    word of "other" or "several" (`others_words`), then "among them"
    (`among_phrases`).  The act reached the first place and others, and the
    places named after it are those others, so each is a scene of its own ("تظاهرات في بغداد ومدن أخرى، منها البصرة").
    The cue word may be an object ("قصفت X ومدنا عدة": its ending ا cut)."""
    if len(words) < 3 or not {words[0], words[0].removesuffix("ا")} & cues.list_cues:
        return False
    return words[1] in cues.others_words and " ".join(words[2:]) in cues.among_phrases


def _added_item(words: list[str]) -> list[str] | None:
    """The words after an `added_acts` opener (clauses.yaml: "بالإضافة إلى"، "فضلا
    عن") that opens a gap between two places, or None.  A place told right after
    one, with at most cue words between, is one more scene of the act's list
    ("واصلت المقاومة تقدمها إلى X، بالإضافة إلى Y"، "غارات على X إضافة إلى منطقة
    Y"), as one joined by و is."""
    for opener in sorted(load_event_rules().added_act_openers, key=len, reverse=True):
        if tuple(words[:len(opener)]) == opener:
            return words[len(opener):]
    return None


# At most this many words in a list item that names what was hit before its place.
_TARGET_ITEM_WORDS = 9
# At most this many words describing a place between it and the comma that goes on with its list.
_APPOSITION_WORDS = 3


def _apposition_skipped(doc: Document, previous: Mention, following: Mention, gap: str) -> str:
    """The gap from the comma on when a few words describe `previous` before
    it ("قندهار مهد حركة التمرد، وفي ولاية لوغار"): at most `_APPOSITION_WORDS`
    words naming no place and telling no act, and و right after the comma.
    Otherwise the gap as it is."""
    head, mark, tail = gap.partition("،") if "،" in gap else gap.partition(",")
    if not mark or gap.startswith(("و", "،", ",")) or not tail.strip().startswith("و"):
        return gap
    if not 0 < len(_WORD.findall(head)) <= _APPOSITION_WORDS or any(ch.isdigit() for ch in head):
        return gap
    end = max(doc.text.rfind("،", previous.end, following.start), doc.text.rfind(",", previous.end, following.start))
    if end < 0 or doc.in_span("place", previous.end, end) or doc.in_span("trigger", previous.end, end) \
            or doc.in_span("actor", previous.end, end):
        return gap
    return mark + tail


def _target_item(doc: Document, previous: Mention, following: Mention, words: list[str], cues: PlaceCues) -> bool:
    """True when the gap after a comma is the next item of a list of targets,
    each with its own place ("غارات على مواقع في صعدة، ومعسكر قوات الأمن وعدة
    مواقع عسكرية في محافظة إب"، "9 غارات على بلدة X، و12 على أطراف مدينة Y"):
    a comma and و open it with a count or a noun of what was struck
    (`list_targets` in place_cues.yaml; such a noun needs no comma: "غارتان على
    منزل في مخيم X وسيارة شرق مدينة Y"), a preposition or cue word governs the
    place at its end, and it tells no act of its own and no speech (no trigger
    or speech word: "، وقال مصدر في X" places a speaker)."""
    gap = doc.norm[doc.norm_index(previous.end):doc.norm_index(following.start)].lstrip(_NAME_QUOTES + " ")
    if not words or len(words) > _TARGET_ITEM_WORDS:
        return False
    # (a target noun right after و, maybe after its preposition, opens an item without a comma:
    # "على منزل بمخيم X وسيارة في Y"، "على منزل في X وعلى سيارة في Y")
    noun = words[1] if words[0] in cues.prepositions and len(words) > 1 else words[0]
    if not gap.startswith(("،", ",")) and noun not in cues.list_targets:
        return False
    if not (following.attrs.get("governed") or following.attrs.get("cue_type")) or not _is_link(words[-1], cues):
        return False
    if any(w in cues.speaker_words or w[1:] in cues.speaker_words for w in words):
        return False
    # (words[0] lost its و in `_joined`; a verb there opens a clause: "، وفر آخرون نحو X")
    if not (words[0].isdigit() or noun in cues.list_targets):
        return False
    return not doc.in_span("trigger", previous.end, following.start)


def _unit_of_unknown(words: list[str], links: list[bool], following: Mention, cues: PlaceCues) -> bool:
    """True when the gap words name a place the gazetteer lacks, with its cue
    word, and then the unit `following` that contains it ("ومنطقة «X» بمديرية
    Y التابعة لمحافظة Z"): that list item happened in Y, which stands in for
    it.  The name is at most `_UNKNOWN_NAME_WORDS` words right after a cue
    word; only link words (no "قرب", "نحو") lead from it to the unit."""
    if following.attrs["place"].feature_class not in _UNIT_CLASSES or not following.attrs.get("cue_type"):
        return False
    cue = next((i for i, w in enumerate(words) if w in cues.cue_type), None)
    if cue is None or not all(links[:cue]):
        return False
    rest = range(cue + 1, len(words))
    name = next((i for i in rest if links[i] and words[i] not in cues.prepositions), len(words))
    tail = words[name:]
    return (0 < name - cue - 1 <= _UNKNOWN_NAME_WORDS and bool(tail)
            and all(w == "في" or _is_link(w, cues, prepositions=False) for w in tail))


def _word_before(doc: Document, mention: Mention) -> str:
    """The normalized word right before a mention (its proclitics included),
    skipping its cue word ("حدود محافظتي X وY" gives "حدود")."""
    start = doc.norm_index(mention.start)
    words = _WORD.findall(doc.norm[max(0, start - 40):start])
    if len(words) > 1 and words[-1] == mention.attrs.get("cue"):
        return words[-2]
    return words[-1] if words else ""


def _theatre_town(mention: Mention, place: Place, hint: str | None) -> bool:
    """A town named with a town or nearness cue ("قرب مدينة الرملة") in the other country of
    the story's war (`shared_theatres`): a scene, not a place abroad.  A unit there
    ("وفق محافظة القدس") is more often a source or a frame, so it is left out.  A place
    right after a preposition with no cue ("وقصفت الطائرات أهدافا في خان يونس" after
    rockets on an Israeli town) is a scene too, unit or town: the war's news moves
    between its two sides within one sentence."""
    if not any(place.country_code in group and hint in group for group in load_place_cues().shared_theatres):
        return False
    if mention.attrs.get("cue_type") is None and mention.attrs.get("governed"):
        return place.feature_class != "country"
    return mention.attrs.get("cue_type") in ("locality", "near") and not place.is_admin and place.feature_class != "region"


def _source_seat_abroad(doc: Document, mention: Mention, place: Place) -> bool:
    """True for a place outside the article's country right after a
    reporting organization (`source_orgs`) and "في"/"ومقره" ("نقلا عن مدير
    المرصد السوري لحقوق الإنسان في لندن", "المرصد ومقره لندن"): the seat of
    whoever reports, not the scene.  A seat at home ("مصادر محلية في حلب",
    "وزارة الصحة في غزة") is usually the scene too, so it stays; so does a
    roundup's dateline before its source ("تايبيه - «الشرق الأوسط»")."""
    if place.country_code == doc.country_hint:
        return False
    start = doc.norm_index(mention.start)
    words = doc.norm[max(0, start - _SEAT_CHARS):start].split()
    if not words or words[-1] not in load_place_cues().source_seat_words:
        return False
    return (" " + " ".join(words[:-1])).endswith(_source_org_names())  # whole words: "وفا", not "السوفا"


@cache
def _source_org_names() -> tuple[str, ...]:
    """Normalized names of the organizations the news cites as sources
    (`source_orgs`), each after a space so that only whole words match."""
    return tuple(sorted({" " + normalize(a) for org in load_catalogue().lexicon["source_orgs"] for a in org["aliases"]}))


def _state_possessor(doc: Document, mention: Mention) -> bool:
    """True for a bare capital between a noun and that noun's adjective of
    state affairs ("تواجد موسكو العسكري", "موقف أنقرة الرسمي", "دعم طهران
    العسكري"; `state_adjectives`): the capital names the state that owns
    the presence, stance or support, at home or abroad, not a scene."""
    if mention.attrs.get("governed") or mention.attrs.get("cue_type"):
        return False
    following = _NEXT_NAME_WORD.match(doc.norm, doc.norm_index(mention.end))
    return following is not None and following.group(1) in load_place_cues().state_adjectives


def plausible_scene(doc: Document, mention: Mention) -> bool:
    """A geocoded place that can locate an event.

    A place without a cue word in a country the article names nowhere else
    ("طراز" read as Taraz, Kazakhstan) is far more often an ordinary word
    than the scene of the story, so it is not used; with a cue word, a place
    outside the article's country needs that country (or a governorate or
    region of it) named in the article.  A place inside a title ("رئيس مجلس
    محافظة كركوك") locates no event, nor does a foreign dateline or a
    foreign capital opening a reported clause ("إن أنقرة تعنى") or named
    without a preposition or cue at all ("وافقت موسكو"): news names a
    foreign government by its capital far more often than a scene there.
    """
    place = mention.attrs.get("place")
    if place is None or mention.attrs.get("in_title"):
        return False
    if place.country_code != doc.country_hint and (
        mention.attrs.get("dateline") or (mention.attrs.get("clause_subject") and place.is_capital)
    ):
        # "دبي، الإمارات (CNN) - أعلنت السلطات البحرينية": the desk, not the scene;
        # "قال المصدر إن أنقرة تعنى بسلامة المدنيين" in a Syria story: the government
        return False
    if _source_seat_abroad(doc, mention, place):
        return False  # "مدير المرصد السوري لحقوق الإنسان في لندن": where the source sits
    if place.is_capital and _state_possessor(doc, mention):
        return False  # "تواجد موسكو العسكري": the state's presence, not a scene in its capital
    bare = not mention.attrs.get("governed") and not mention.attrs.get("cue_type")
    if bare and place.is_capital and _capitals_of_states(doc, mention):
        return False  # "وتنحي موسكو ودمشق باللائمة": two governments, not two scenes
    if place.country_code in (doc.country_hint, None, "") or _theatre_town(mention, place, doc.country_hint):
        return True
    if bare and place.is_capital and not load_place_cues().target_words.intersection(_words_before(doc, mention, 1)):
        return False  # "دعا الاتحاد موسكو إلى", "تواجد موسكو العسكري": a bare foreign capital is its government
    if place.feature_class in ("country", "admin1") and mention.attrs.get("cue_type") in ("direction", "near"):
        # "في شرق أفغانستان", "غرب قطاع غزة" in a roundup led by another country: a scene
        return True
    if place.feature_class in ("country", "admin1") and _border_owner(doc, mention):
        # "خلال مواجهات على الحدود الشرقية لقطاع غزة" in a roundup led by another country: a scene
        return True
    if _great_city_after_preposition(doc, mention, place) or _gathered_after_grievance(doc, mention):
        return True  # "انفجار سيارة مفخخة في بغداد" in a roundup led by Syria: a scene
    if _names_its_country(mention) or _named_region_after_preposition(mention, place) \
            or _own_country_adjective_after(doc, mention, place) or _country_adjective_in_sentence(doc, mention, place):
        return True  # "على قواعد المتمردين في شمال العراق" in a story about Turkey: a scene
    if place.feature_class == "country" and (_fronted_scene(doc, mention) or _listed_with_a_scene(doc, mention)):
        # "وفي العراق، قتل خمسة بتفجير" in a Syria roundup: the sentence turns there;
        # "غارات على ريف حلب والعراق": the country is one more scene of the list
        return True
    others = [other for other in doc.of_kind("place")
              if other is not mention and (p := other.attrs.get("place")) is not None
              and p.country_code == place.country_code]
    anchored = _anchors_a_country(others)
    if mention.attrs.get("cue_type"):
        # "منطقة الحوض" in a Hebron story: a cue makes it a place, but a village
        # abroad needs its country, governorate or a region there named too.  A
        # city after a cue is vouched by another city of its country, as a bare
        # place is below ("بمدينة أبها" in a story naming الطائف but read as led
        # by a namesake governorate abroad): two cities are no ordinary words.
        return anchored or (place.feature_class == "city" and (_names_a_city(others) or _known_city(mention, place)))
    # Bare words of a Khartoum story read as a Syrian village and town
    # ("الجريف", "الميادين") do not vouch for each other, nor do its quarters
    # after a cue ("أحياء الصحافة والسلمة"): a bare place abroad needs a city
    # of that country (or its country, a governorate or region of it).  A
    # bare village needs it in its own paragraph: "الجماعات اليوم تقاد وتسلح"
    # in an Iraq story is a verb, not a Syrian hamlet, whatever paragraph
    # names Syria.
    if place.feature_class in ("village", "neighbourhood"):
        paragraph = _paragraph(doc, mention.start)
        others = [other for other in others if _paragraph(doc, other.start) == paragraph]
        anchored = _anchors_a_country(others)
    return anchored or _names_a_city(others)


def _border_owner(doc: Document, mention: Mention) -> bool:
    """True for a unit named as the owner of a border by its side ("على الحدود الشرقية
    لقطاع غزة"، "قرب الحدود الشمالية لإسرائيل"; `border_of_words`, `border_sides`).

    Why: the act happened on that unit's own edge, so the unit is its scene as "شرق قطاع
    غزة" is, however foreign it is to the story's country; a bare unit abroad is otherwise
    read as an ordinary word.  "الحدود مع X" (the far side, `_across_border`) and a bare
    "حدود X" (a state's frontiers at large) are left out."""
    words = [word for word in _words_before(doc, mention, 3) if len(word) > 1][-2:]  # (the proclitic ل of "لقطاع")
    return (len(words) == 2 and words[-1] in _BORDER_SIDES
            and any(form in _BORDER_OF_WORDS for form in strip_clitics(words[0])))


def _known_city(mention: Mention, place: Place) -> bool:
    """True for a large city right after the noun "مدينة" (`city_after_city_cue`:
    "بالقرب من مدينة أبها" in a story otherwise about Yemen): the noun says a
    city is meant, and one that large is the scene, though nothing else of its
    country is named.  A name that only inherits the cue from a list before it
    ("في بلدتي نبل والزهراء، عقبه قصف") is not vouched so."""
    cue = mention.attrs.get("cue") or ""
    return (mention.attrs.get("list_id") is None and place.population >= _CUES.city_cue_population
            and any(form in _CUES.city_cue_words for form in strip_clitics(cue)))


def _names_a_city(others: list[Mention]) -> bool:
    """True when one of the place mentions is a city (gazetteer class): enough to
    vouch for a bare place, or a city after a cue word, in that city's country."""
    return any(other.attrs["place"].feature_class == "city" for other in others)


def _anchors_a_country(others: list[Mention]) -> bool:
    """True when one of the place mentions names a country, a governorate, a region
    or a capital (`_ANCHOR_CLASSES`), or a district of two words or more after
    a governorate cue word ("محافظة ظهران الجنوب": no ordinary phrase): enough
    to vouch for a place abroad in it."""
    return any(other.attrs["place"].feature_class in _ANCHOR_CLASSES or other.attrs["place"].is_capital
               or _named_district(other) for other in others)


def _named_district(mention: Mention) -> bool:
    """A district named in two words or more after an admin cue ("محافظة ظهران
    الجنوب", "ولاية أوتار براديش"): a name that long after such a cue is no
    ordinary word, so it names the country it lies in."""
    return (mention.attrs["place"].feature_class == "admin2" and mention.attrs.get("cue_type") == "admin"
            and len(str(mention.attrs.get("surface_ar") or mention.text).split()) > 1)


def _fronted_scene(doc: Document, mention: Mention) -> bool:
    """True for a place set with "في" before the rest of its sentence and cut off
    by a comma ("وفي الصومال، قتل ..."، "في العراق، فجر انتحاري ..."): a
    roundup turning to another country names it so as the scene of what it
    tells next, never as a party or a government."""
    sentence = doc.sentence_at(mention.start)
    if sentence is None:
        return False
    before = _WORD.findall(doc.norm[doc.norm_index(sentence.start):doc.norm_index(mention.start)])
    after = doc.norm[doc.norm_index(mention.end):].lstrip()
    return before in (["في"], ["وفي"]) and after.startswith(("،", ","))


def _speaker_frame(doc: Document, mention: Mention) -> bool:
    """True for a place fronted with "في" and a comma (an adjective may follow
    it: "وفي عدن المحررة،") when a speech word opens the rest of the sentence
    ("وفي عدن، أكدت وزارة الدفاع أن ..."): the place of the statement,
    which the places of the report it introduces outrank."""
    sentence = doc.sentence_at(mention.start)
    if sentence is None:
        return False
    before = _WORD.findall(doc.norm[doc.norm_index(sentence.start):doc.norm_index(mention.start)])
    if before not in (["في"], ["وفي"]):
        return False
    rest = doc.norm[doc.norm_index(mention.end):doc.norm_index(sentence.end)]
    head, comma, tail = rest.replace(",", "،").partition("،")
    words = _WORD.findall(tail)[:1]
    speakers = load_place_cues().speaker_words
    return bool(comma) and len(_WORD.findall(head)) <= 1 and bool(words) and (
        words[0] in speakers or words[0][1:] in speakers)


def _listed_with_a_scene(doc: Document, mention: Mention) -> bool:
    """True for a country named after a preposition in one list with a place
    below country level that is a scene ("قصفت الطائرات مدينة X ودولة Y"):
    the list names where the act happened, each member one scene."""
    list_id = mention.attrs.get("list_id")
    if list_id is None or not mention.attrs.get("governed"):
        return False
    return any(
        other is not mention and other.attrs.get("list_id") == list_id
        and (p := other.attrs.get("place")) is not None and p.feature_class != "country"
        and plausible_scene(doc, other)
        for other in doc.of_kind("place")
    )


def _great_city_after_preposition(doc: Document, mention: Mention, place: Place) -> bool:
    """True for a national capital or a city of millions (`great_city_abroad`
    in place_cues.yaml) right after "في"/"داخل": such a name is too well known
    to be an ordinary word there, so it needs no other place of its country in
    the article to vouch for it.  The proclitic ب does not count: "بلوم"
    (by blaming) is no Lomé."""
    cues = load_place_cues()
    if place.feature_class != "city" or not (place.is_capital or place.population >= cues.great_city_population):
        return False
    return bool(cues.great_city_prepositions.intersection(_words_before(doc, mention, 1)))


def _names_its_country(mention: Mention) -> bool:
    """A region whose name holds its country's ("شمال العراق", "جنوب لبنان"): the
    mention names that country too, as "في شرق أفغانستان" does."""
    place = mention.attrs["place"]
    if place.feature_class != "region":
        return False
    country = load_gazetteer().country_by_code(place.country_code or "")
    return country is not None and bool(country.name_ar) and normalize(country.name_ar) in normalize(mention.text)


def _own_country_adjective_after(doc: Document, mention: Mention, place: Place) -> bool:
    """True for a place followed by the adjective of its own country
    ("بمدينة شيكاغو الأميركية", "في مدينة ليون الفرنسية").

    Why: the adjective names the country right beside the town, as surely as
    "في شيكاغو بأمريكا", so a protest or attack abroad told in a story about
    another war is placed there, not at the war the story is about."""
    following = _WORD.search(doc.norm, doc.norm_index(mention.end))
    if following is None or doc.norm[doc.norm_index(mention.end):following.start()].strip():
        return False
    country = load_gazetteer().country_by_code(place.country_code)
    if country is None:
        return False
    return loose_key(following.group()) in _adjective_keys(place.country_code)


def _adjective_country(doc: Document, mention: Mention) -> list[Place]:
    """The country whose adjective follows a town named after a town noun
    ("بلدة سروج الحدودية التركية", "مدينة لييج البلجيكية"), as a one-item
    container list; else empty.

    Why: the adjective places the town as surely as "بتركيا" would, so a
    namesake hamlet elsewhere (in the story's own country) is the wrong
    reading.  After a town noun (`noun_type` locality), or after a preposition
    when a candidate lies in that country ("مسجد القديح بالقطيف السعودية" in
    a Yemen story: Qatif, not a Yemeni hamlet): "قاعدة حميميم الروسية" is a
    base in Syria that Russia holds."""
    town_noun = mention.attrs.get("noun_type") == "locality"
    if not town_noun and not mention.attrs.get("governed"):
        return []
    after = doc.norm_index(mention.end)
    words = _WORD.findall(_CLAUSE_BREAK.split(doc.norm[after:after + 40])[0])
    cues = load_place_cues()
    words = [w for w in words[:3] if w not in cues.name_adjectives]
    if not words or not words[0].startswith("ال"):
        return []
    code = load_catalogue().adjectives.get(loose_key(words[0]))
    country = load_gazetteer().country_by_code(code) if code else None
    if country is None or not (town_noun or any(p.country_code == code for p in mention.value or [])):
        return []
    return [country]


def _country_adjective_in_sentence(doc: Document, mention: Mention, place: Place) -> bool:
    """True for a town or unit named after a preposition or cue word whose own
    sentence carries its country's adjective ("أعلنت القوات الليبية القبض
    عليه في مدينة درنة", "مقتل فلسطيني في غارات على قطاع غزة") in a roundup
    led by another country.

    Why: a news digest tells one story per paragraph; the adjective names the
    country of that paragraph's act as surely as its name would, so the town
    is the scene, not the place the digest's first story is about.  A village
    or quarter is left out: a bare word read as a hamlet abroad is more often
    an ordinary word than a scene, adjective or not; so is a town after "من",
    where a speaker or a shot came from.  A unit after a border word ("على
    طول السياج الحدودي بين قطاع غزة وإسرائيل" beside "وزارة الصحة
    الفلسطينية") is placed as surely as one after "في"."""
    if place.feature_class not in _TOWN_CLASSES | {"admin1"}:
        return False
    placed = mention.attrs.get("governed") or mention.attrs.get("cue_type") or _word_before(doc, mention) in _BETWEEN_WORDS
    if not placed or _words_before(doc, mention, 1) == ["من"]:
        return False  # "وهو من القامشلي المدينة السورية": where a speaker is from, no scene
    sentence = doc.sentence_at(mention.start)
    country = load_gazetteer().country_by_code(place.country_code or "")
    if sentence is None or country is None:
        return False
    return _sentence_names(doc, sentence, _adjective_keys(place.country_code))


@cache
def _adjective_keys(country_code: str) -> frozenset[str]:
    """Matching keys of a country's adjectives: those derived from its name
    (`country_adjectives`) and the actor catalogue's curated forms."""
    country = load_gazetteer().country_by_code(country_code)
    derived = country_adjectives(country) if country is not None else frozenset()
    return derived | country_adjective_forms(country_code)


def _sentence_names(doc: Document, sentence: Sentence, keys: frozenset[str]) -> bool:
    """True when a word of the sentence, as a matching key (`loose_key`), is one of `keys`."""
    text = doc.norm[doc.norm_index(sentence.start):doc.norm_index(sentence.end)]
    return any(loose_key(word) in keys for word in _WORD.findall(text))


def _named_region_after_preposition(mention: Mention, place: Place) -> bool:
    """A curated region (regions.tsv) named in two words or more after a
    preposition ("قصف الحزب قاعدة في الجليل الأعلى" in a story led by Lebanon).

    Why: such a name is no ordinary word, unlike a one-word village name, so
    it needs no other place of its country in the story to be the scene; the
    strikes across a border are told from the striking side's country."""
    return (place.gid.startswith("region:") and bool(mention.attrs.get("governed"))
            and len(str(mention.attrs.get("surface_ar") or mention.text).split()) > 1)


def _capitals_of_states(doc: Document, mention: Mention) -> bool:
    """True when a mention's list is made of national capitals of two or
    more states ("موسكو ودمشق", "واشنطن وأنقرة")."""
    list_id = mention.attrs.get("list_id")
    if list_id is None:
        return False
    members = [m.attrs.get("place") for m in doc.of_kind("place") if m.attrs.get("list_id") == list_id]
    return all(p is not None and p.is_capital for p in members) and len({p.country_code for p in members}) > 1


def fallback_place(doc: Document, raw_offset: int, scattered: bool = False) -> tuple[Place, int, str] | None:
    """Place, geo_precision and location_ar for an event whose clause names no place.

    Order: the paragraph's place below country level (the nearest one before
    the event, else the first after it), then a country other than the
    article's that the paragraph names after a preposition ("أعلنت السلطات
    ... بغرض الدخول إلى مملكة البحرين" in a roundup otherwise about Syria),
    then the one place the lead paragraph names (`_lead_place`), then the
    dateline when it lies in the
    article's country (a "موسكو -" dateline on a Syria story says where the
    desk is, not the event), then the province the article is mostly about
    (3; or, at best "near" (2), the one town of it named in the opening that
    carries most of its names, `_focus_town`), then the place a metadata headline names (`_headline_place`: a
    story whose text names no province), then the article's country (3; the
    headline's when the text names none); past the paragraph, a sentence
    whose only state side is one country's police lies in that country
    (`_police_country`).  A nationwide act (a truce,
    `_nationwide`) skips the lead, the dateline and the province.  An act its
    clause spreads over unnamed areas (`scattered`: "غارات على مناطق متفرقة")
    took place in no one town named beside it (for another act, or as a
    dateline): a town found stands for its province (`_widened`).
    """
    sentence = doc.sentence_at(raw_offset)
    if sentence is not None:
        paragraph = [
            m for m in doc.of_kind("place")
            if _paragraph(doc, m.start) == sentence.paragraph  # first: it rules out most of the article's places
            and plausible_scene(doc, m) and not m.attrs.get("route_tail") and not _talk_topic(doc, m, raw_offset)
            and not _grievance_place(doc, m, raw_offset)  # "احتجاجا على الحرب في X": what they protest
            and m.attrs["place"].feature_class != "country"
            and _stands_as_place(doc, m)
            and not _from_country(doc, m)  # "بعيد وصوله من لندن": where he came from
            and not _trip_end(doc, m)  # "تزامنت مع نقل السفارة إلى القدس": where it moved to
            and not _posted(doc, m)  # "قصف من المليشيات المتمركزة في X": where the fire came from
        ]
        before = [m for m in paragraph if m.start < raw_offset]
        # with none before, the first place after that no other act stands before
        chosen = before[-1] if before else next(
            (m for m in paragraph if not _other_act_between(doc, raw_offset, m.start)), None)
        if chosen is not None and (described := chosen.attrs.get("locates")) in paragraph:
            chosen = described  # "مطار النجف جنوبي العاصمة بغداد": Najaf, not the landmark placing it
        if chosen is None:
            chosen = _foreign_country(doc, sentence)
        if chosen is not None:
            return _widened(chosen, scattered)
    found = _story_fallback(doc, raw_offset, scattered)
    home = _police_country(doc, sentence) if sentence is not None else None
    if home is not None and (found is None or (
            _desk_or_country(doc, found[0]) and not _same_theatre(found[0].country_code, home))) \
            and (country := load_gazetteer().country_by_code(home)) is not None:
        return country, 3, country.name_ar
    return found


def _desk_or_country(doc: Document, place: Place) -> bool:
    """True for a story fallback a police's country may replace: a country, or
    the dateline's place (a wire desk), never a town or province the text names."""
    dateline = _dateline_place(doc)
    return place.feature_class == "country" or (dateline is not None and place == dateline[0])


def _police_country(doc: Document, sentence: Sentence) -> str | None:
    """The country whose police the sentence names as its only state side
    ("كشفت السلطات الأردنية ... مقتل ضابط من قوات الدرك الأردنية في انفجار").

    Why: police and gendarmes act at home, so an act they report or suffer
    with no place named is in their country, whatever the article's lead,
    dateline or main country: a wire roundup ("دبي، الإمارات (CNN)" over a
    Saudi item and a Jordanian one) tells each item in one sentence.  Armies
    and governments act abroad too, so a sentence naming another state's
    side says nothing; nor does a bare "الأمن" the actors stage gave the
    story's country (`generic`), or a police named by its role ("شرطة
    الاحتلال" guards settlers in occupied land): only a police named with
    its country's adjective.  It replaces only a story fallback that is a
    country or the dateline (`_desk_or_country`): a town or province the story
    names ("تعيش مدينة عفرين ..." over "وقتل عنصر في الشرطة التركية") is
    where police serving abroad were hit."""
    actors = doc.in_span("actor", sentence.start, sentence.end)
    countries = {
        key.split(":")[1] for m in actors
        if (key := m.attrs.get("key") or "").startswith("state:") and key.count(":") == 2
    }
    if len(countries) != 1:
        return None
    code = countries.pop()
    police = any(
        m.attrs.get("key") == f"state:{code}:police" and not m.attrs.get("generic")
        and {loose_key(word) for word in _WORD.findall(normalize(m.text))} & _adjective_keys(code)
        for m in actors)
    return code if police else None


def _same_theatre(first: str, second: str) -> bool:
    """True for one country, or two whose wars are told as one (`shared_theatres`:
    Israeli police act in the West Bank)."""
    return first == second or any(
        first in group and second in group for group in load_place_cues().shared_theatres)


def _story_fallback(doc: Document, raw_offset: int, scattered: bool) -> tuple[Place, int, str] | None:
    """`fallback_place` past the event's paragraph: the lead, the dateline,
    the story's province, the headline's place, the story's country."""
    if not _nationwide(doc, raw_offset):
        lead = _lead_place(doc, raw_offset)
        if lead is not None:  # inferred from the lead, not named for the event: at best "near" (2)
            place, precision, location_ar = _widened(lead, scattered)
            return place, max(2, precision), location_ar
        dateline = _dateline_place(doc)
        if dateline is not None and dateline[0].country_code in (doc.country_hint, None, "") and not scattered:
            return dateline[0], dateline[0].precision, dateline[1]
        focus = focus_province(doc)
        if focus is not None:
            town = _focus_town(doc, focus) if not _told_elsewhere(doc, raw_offset) else None
            if town is not None:  # inferred from the story, not named for the event: at best "near" (2)
                place, precision, location_ar = _widened(town, scattered)
                return place, max(2, precision), location_ar
            return focus, 3, focus.name_ar
        headline = _headline_place(doc)
        if headline is not None:  # the headline's scene, never named in the text: at best "near" (2)
            place, precision, location_ar = _widened(headline, scattered)
            return place, max(2, precision), location_ar
    headline_country = doc.headline.country_hint if doc.headline is not None else None
    country = load_gazetteer().country_by_code(_scene_country(doc) or doc.country_hint or headline_country or "")
    if country is not None:
        return country, 3, country.name_ar
    return None


def opening_town(doc: Document, unit: Place, raw_offset: int, frame: Mention | None = None) -> Mention | None:
    """The one finer place the article's opening names inside the wide `unit`
    an event was placed at, or None.

    Wire stories tell the scene once, in the opening, and later sentences
    frame the same act by its country: "تفجير انتحاري عند قاعدة عسكرية في
    الصومال" then "الهجوم وقع عند قاعدة تقع خارج بلدة كيسمايو"; a reaction
    to "الهجوم الذي استهدف مسجدا بمنطقة أبها" that says "في المملكة".  Such
    an event, left at gp3, belongs to that town.  The unit is a country or a
    direction region of one ("شمال اليمن"; the events stage asks only for a
    unit the clause names as a frame, or a country `fallback_place` gave).  A
    province is left alone: in a story of protests along a front ("حدود قطاع
    غزة") or of strikes over a governorate, the lead's town is one scene of
    many.

    The opening is the body's first `_OPENING_SENTENCES` sentences.  It must
    name exactly one place below the unit inside it as the scene of an act of
    the event's kind (`_lead_act_scene`: "الهجوم وقع عند قاعدة تقع خارج بلدة
    X"; a court or a prison named in a case, "قضية سجن X", is none); its
    containers ("بالكويت العاصمة" after a quarter, the province holding the
    town) do not count, and a second place makes it a roundup's.  Nothing
    moves when the event's paragraph names another place below the unit (the
    story moved there), when its sentence dates the act to an earlier year
    or to another day than the town's sentence (`_another_day`), or for a
    nationwide act, nor when the clause's `frame` mention is where people
    went or came from ("إجلاء المقاتلين منه إلى شمال البلاد": after إلى).  The town never
    lies outside the unit: same country, a region's towns within its extent."""
    if unit.feature_class not in ("country", "region"):
        return None
    if frame is not None and unit.feature_class == "country" and (directions := _direction_words_before(doc, frame)[0]):
        # "في شمال الصومال": the town must lie in that region, not anywhere in the country
        region = _direction_region(directions, unit)
        if region is None:
            return None
        unit = region
    if frame is not None and (_trip_end(doc, frame) or _from_country(doc, frame)
                              or load_place_cues().destination_prepositions.intersection(_words_before(doc, frame, 1))):
        return None
    if _nationwide(doc, raw_offset) or _recalled_date(doc, raw_offset):
        return None
    body = [s for s in doc.sentences if not s.is_title][:_OPENING_SENTENCES]
    if not body:
        return None
    found = [
        m for m in doc.in_span("place", body[0].start, body[-1].end)
        if (p := m.attrs.get("place")) is not None and _finer_inside(p, unit)
        and plausible_scene(doc, m) and not _trip_end(doc, m) and not _from_country(doc, m)
        and not m.attrs.get("route_tail") and _lead_act_scene(doc, m, raw_offset)
    ]
    containers = {id(c) for m in found if (c := m.attrs.get("container")) is not None}
    found = [m for m in found if id(m) not in containers and not _holds_another(m.attrs["place"], found)]
    if len({m.attrs["place"].gid for m in found}) != 1:
        return None
    town = found[0]
    sentence = doc.sentence_at(raw_offset)
    if _another_day(doc, town, sentence):
        return None
    if sentence is not None and any(
        (p := m.attrs.get("place")) is not None and p.gid != town.attrs["place"].gid and _finer_inside(p, unit)
        and not _holds_another(p, [town]) and plausible_scene(doc, m)
        for m in doc.of_kind("place") if _paragraph(doc, m.start) == sentence.paragraph
    ):
        return None
    return town


def continued_scene(doc: Document, unit: Place, raw_offset: int, frame: Mention | None = None) -> Mention | None:
    """The town where one of the next sentences says the act placed at the wide
    `unit` (a country, a province, a region) took place, or None.

    Why: a report often gives the toll with a coarse place and the scene in
    the next sentence, referring back to the act: "قتل خمسة جنود في هجوم
    شمال البلاد. ... ويرى مراقبون أن الاشتباكات التي وقعت في إقليم X ..."، "
    ويمثل أمام المحكمة متهمون في التفجير الذي تعرض له المسجد في منطقة X".
    What makes the next sentence the same act, not another one of a roundup,
    a speaker's city or the hospital the wounded went to, is the way it names
    the act: by a definite noun of the event's own kind (`_same_kind`: an
    unqualified "الهجوم" may tell any violent act) or an incident noun
    (`incident_nouns`: "الحادث"، "العمل الإرهابي"), then a verb of occurring
    (`occurrence_verbs`: "الذي وقع"، "التي جرت"، "الذي استهدف مسجدا"; or verb
    first, "ووقع الهجوم") and, within `continued_scene_words` words, the place
    (after a preposition or cue word).  The place must lie inside the unit and
    below a province ("العملية التي جرت في ولاية X" after "في أفغانستان" is left
    to dedupe, which reads the country's act as the lead of the province's), be the one such place of its sentence (its containers aside), and the
    sentence must not date the act to another day; a place followed by "and
    other places" is one scene of many (`_and_others_after`).  The sentence
    right after the act's may also retell it by a word of its very sub-type
    with the place after it (`_retold`).  The first of the next
    `continued_sentences` sentences that names such a place settles it.  A
    nationwide act, a recalled one, or a frame the people went to or came
    from is left alone, as in `opening_town`."""
    if unit.feature_class not in ("country", "admin1", "region"):
        return None
    if frame is not None and (_trip_end(doc, frame) or _from_country(doc, frame)
                              or load_place_cues().destination_prepositions.intersection(_words_before(doc, frame, 1))):
        return None
    act = next((t for t in doc.of_kind("trigger") if t.start == raw_offset), None)
    sentence = doc.sentence_at(raw_offset)
    if act is None or sentence is None or _nationwide(doc, raw_offset) or _recalled_date(doc, raw_offset):
        return None
    following = [s for s in doc.sentences if s.index > sentence.index and not s.is_title]
    for later in following[:_WEIGHTS.continued_sentences]:
        if _turns_away(doc, later):
            return None  # a recall ("وكانت ... قد"), another item ("إلى ذلك"، "كما"): not this act's scene
        kind = {
            stem for t in doc.in_span("trigger", later.start, later.end) if _same_kind(act, t)
            for word in _WORD.findall(normalize(t.text)) for stem in strip_clitics(strip_conjunction(word))
        }
        found = [
            m for m in doc.in_span("place", later.start, later.end)
            if (p := m.attrs.get("place")) is not None and _finer_inside(p, unit)
            and p.feature_class not in _WIDE_CLASSES  # a province in its country is no finer scene to move to
            and (m.attrs.get("governed") or m.attrs.get("cue_type")) and not m.attrs.get("route_tail")
            and plausible_scene(doc, m) and not _trip_end(doc, m) and not _from_country(doc, m)
            and not _and_others_after(doc, m)
            and (_told_as_occurring(doc, later, m, kind, act) or (later is following[0] and _retold(doc, later, m, act)))
        ]
        containers = {id(c) for m in found if (c := m.attrs.get("container")) is not None}
        found = [m for m in found if id(m) not in containers and not _holds_another(m.attrs["place"], found)]
        if not found:
            continue
        if len({m.attrs["place"].gid for m in found}) != 1 or _dated_otherwise(doc, found[0], sentence):
            return None
        return found[0]
    return None


def _dated_otherwise(doc: Document, town: Mention, sentence: Sentence) -> bool:
    """True when the words right before or after a continued scene (`continued_scene`)
    date its act ("الهجوم الذي وقع الشهر الماضي في X") and share no date with
    the event's sentence: another act of the same kind.  Dates elsewhere in
    that sentence (a trial's or a charge's day) say nothing of the act."""
    home = doc.sentence_at(town.start)
    start = max(home.start if home is not None else 0, town.start - _OCCURRENCE_CHARS)
    end = min(home.end if home is not None else town.end + _OCCURRENCE_CHARS, town.end + _OCCURRENCE_CHARS)
    near = {m.value for m in doc.in_span("date", start, end) if m.value is not None}  # "في X الشهر الماضي" too
    own = {m.value for m in doc.in_span("date", sentence.start, sentence.end) if m.value is not None}
    return bool(near and own and not near & own)


def _told_as_occurring(doc: Document, sentence: Sentence, mention: Mention, kind: set[str], act: Mention) -> bool:
    """True when `mention` follows, within `continued_scene_words` words, a verb
    of occurring told of a definite act noun whose stem is in `kind` (the act's
    own kind) or an incident noun: "الهجوم الإرهابي الذي وقع في X" (the noun,
    up to three adjectives, the relative pronoun, the verb) or "ووقع الانفجار
    قرب X" (the verb, then the noun).  Not a noun a comparison or sequence word
    governs ("بعد الهجوم الذي وقع في X"، "على غرار"، "الثاني": an earlier act),
    nor a bare incident noun ("الحادث") after the sentence told an act of
    another kind ("أصيب ثلاثة في الحادث الذي وقع في X عندما انقلبت سيارتهم")."""
    words = _WORD.findall(doc.norm[doc.norm_index(sentence.start):doc.norm_index(mention.start)])
    verbs = _WEIGHTS.occurrence_verbs
    stems = kind | _WEIGHTS.incident_nouns
    other_act = any(
        not _same_kind(act, t) and t.attrs.get("modality", "asserted") == "asserted"
        for t in doc.in_span("trigger", sentence.start, mention.start))
    for i in range(len(words) - 1, max(-1, len(words) - 2 - _WEIGHTS.continued_scene_words), -1):
        if words[i] not in verbs and strip_conjunction(words[i]) not in verbs:  # "وقعت" is no "و" + "قعت"
            continue
        at = [i + 1] if i + 1 < len(words) else []
        at += [j for j in range(i - 1, max(-1, i - 6), -1) if words[j] not in ("الذي", "التي")]
        for j in at:
            word = strip_conjunction(words[j])
            if not _definite_act(word, stems):
                continue
            if {strip_conjunction(w) for w in words[max(0, j - 2):j]} & _WEIGHTS.comparison_words:
                continue  # "بعد الهجوم الذي وقع في X": the act compared with, not this one
            if other_act and not _definite_act(word, kind):
                continue  # a bare "الحادث" after another kind of act is that act's incident
            return True
    return False


def _turns_away(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence opens as a recall ("وكانت الطائرات قد شنت")، a
    roundup's next item ("كما"، "فيما") or a turn to another item ("إلى ذلك"،
    "من جهة أخرى"، "وفي سياق آخر"), or recalls an earlier act ("سبق أن"، "في
    وقت سابق"): a town it names is no scene of the act told before it."""
    words = _WORD.findall(doc.norm[doc.norm_index(sentence.start):doc.norm_index(sentence.end)])
    if not words:
        return False
    if words[0] in load_event_rules().recall_openers or words[0] in _WEIGHTS.item_openers:
        return True
    opening = [strip_conjunction(words[0])] + words[1:]
    if any(tuple(opening[:len(p)]) == p for p in _WEIGHTS.scene_shift_openers):
        return True
    return any(tuple(words[k:k + len(p)]) == p for p in _WEIGHTS.scene_recall_phrases for k in range(len(words)))


def _and_others_after(doc: Document, mention: Mention) -> bool:
    """True for a place followed by "and other places" ("في تعز ومناطق حضرية
    أخرى"): one scene of many, which no act told at a wide unit moves to."""
    sentence = doc.sentence_at(mention.start)
    end = sentence.end if sentence is not None else mention.end
    words = _WORD.findall(doc.norm[doc.norm_index(mention.end):doc.norm_index(end)])[:3]
    return bool(words) and words[0].startswith("و") and bool(load_place_cues().others_words.intersection(words))


def _retold(doc: Document, sentence: Sentence, mention: Mention, act: Mention) -> bool:
    """True when the sentence right after the act's tells an act of the very
    same sub-type again and places it at `mention`, at most `lead_act_words`
    words after its act word: "الغارة التي استهدفت موقعا في جنوب ليبيا ...
    وقالت القيادة إن طائرة نفذت غارة جوية قرب مدينة X".  Not when the act is
    told by an unqualified word (which may tell any act) or a plural one (a
    summary), when either sentence tells an act of another violent kind too,
    or when the next calls the act another one ("غارة أخرى"، "هجوم مماثل":
    `new_act_words`); a next sentence opening as a roundup's next item ("كما"،
    "فيما") never reaches here (`_turns_away`)."""
    if act.attrs.get("generic_attack") or act.attrs.get("generic_killing") or normalize(act.text).endswith("ات"):
        return False  # a plural act at a wide unit ("غارات") is a summary of many, not one retold
    own = doc.sentence_at(act.start)
    if own is not None and _mixed_acts(doc, own, act):
        return False  # "في مواجهات وغارات في جبهات متفرقة": a summary of several kinds of act
    if _mixed_acts(doc, sentence, act):
        return False
    if _other_agent(doc, sentence, mention, own):
        return False
    for t in doc.in_span("trigger", sentence.start, sentence.end):
        if t.end > mention.start or t.value.sub_event_type != act.value.sub_event_type \
                or t.attrs.get("modality", "asserted") != "asserted":
            continue
        gap = _WORD.findall(doc.norm[doc.norm_index(t.end):doc.norm_index(mention.start)])
        if len(gap) <= _LEAD_ACT_WORDS and not load_dedupe_rules().any_new_act_word.intersection(gap):
            return True
    return False


def _other_agent(doc: Document, sentence: Sentence, mention: Mention, own: Sentence | None) -> bool:
    """The sentence names, before `mention`, an actor the act's own sentence does
    not name nor fights beside ("غارة روسية على محافظة إدلب. وشنت طائرات التحالف
    الدولي غارة على مدينة سرمدا"): another attacker's act, not the same one retold."""
    named = {m.value.name for m in doc.in_span("actor", own.start, own.end)
             if m.value is not None} if own is not None else set()
    return any(
        m.value is not None and not m.attrs.get("in_source") and m.value.name not in named
        and not any(same_camp(m.value.name, name, None) for name in named)
        for m in doc.in_span("actor", sentence.start, mention.start))


def _mixed_acts(doc: Document, sentence: Sentence, act: Mention) -> bool:
    """The sentence tells an asserted violent act of a sub-type other than `act`'s
    by a qualified word (an unqualified "قتل" or "هجوم" may tell the act itself)."""
    return any(
        t.value.event_type in VIOLENT_TYPES and t.value.sub_event_type != act.value.sub_event_type
        and not (t.attrs.get("generic_attack") or t.attrs.get("generic_killing"))
        and t.attrs.get("modality", "asserted") == "asserted"
        for t in doc.in_span("trigger", sentence.start, sentence.end))


def _definite_act(word: str, stems: set[str] | frozenset[str]) -> bool:
    """A noun with the article whose stem names the act ("الهجوم"، "بالتفجير"، "للاعتداء")."""
    for prefix in ("ال", "بال", "لل", "كال"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix):] in stems
    return False


def _another_day(doc: Document, town: Mention, sentence: Sentence | None) -> bool:
    """True when the event's sentence and the opening town's each name a date
    (a day, a month) and none is shared: "قتل ثلاثة في انفجار في مدينة X
    الأحد" then "وقتل خمسة جنود في هجوم في سوريا الاثنين" is another act,
    anywhere in the country; so is a group that left "في يونيو الماضي"
    after the lead's bomber left "في مارس"."""
    home = doc.sentence_at(town.start)
    if sentence is None or home is None or home.index == sentence.index:
        return False

    def days(span: Sentence) -> set:
        return {m.value for m in doc.in_span("date", span.start, span.end) if m.value is not None}

    own, lead = days(sentence), days(home)
    return bool(own and lead and not own & lead)


def _finer_inside(place: Place, unit: Place) -> bool:
    """True for a place below `unit` that lies inside it: a country's
    provinces, regions and towns; a province's or a region's towns (a region
    by its extent, `radius_km`, around its point)."""
    if place.feature_class == "country" or place.country_code != unit.country_code or place.gid == unit.gid:
        return False
    if unit.feature_class == "country":
        return True
    if place.feature_class in ("admin1", "region"):
        return False
    if unit.feature_class == "admin1":
        return admin1_of(place) == unit.name
    return unit.radius_km > 0 and distance_km(place.lat, place.lon, unit.lat, unit.lon) <= unit.radius_km


def _holds_another(place: Place, mentions: list[Mention]) -> bool:
    """True when `place` is a province or region holding another place of
    `mentions` ("مدينة الأهواز بمحافظة خوزستان": the town, not the province)."""
    return place.feature_class in ("admin1", "region") and any(
        _finer_inside(m.attrs["place"], place) for m in mentions if m.attrs["place"].gid != place.gid)


def _widened(mention: Mention, scattered: bool) -> tuple[Place, int, str]:
    """Place, geo_precision and location_ar a fallback `mention` gives an event;
    for an act spread over unnamed areas (`scattered`), the province of a place
    below it: the town was named for another act, the areas lie around it."""
    place: Place = mention.attrs["place"]
    if scattered and not place.is_admin and admin1_of(place):
        province = load_gazetteer().admin1_place(place.country_code, admin1_of(place))
        if province is not None:
            return province, 3, province.name_ar
    return place, int(mention.attrs["precision"]), mention.attrs.get("surface_ar") or mention.text


def _headline_place(doc: Document) -> Mention | None:
    """The first place below country level that a metadata headline
    (`doc.headline`, stages/headline.py) names as a possible scene, when it
    lies in the article's country or the text names no country at all: a
    lead "خلال اقتحام المخيم" under "اقتحام مخيم جنين.. استشهاد 3" happened in
    Jenin camp.  A headline place abroad (a capital reacting) is left alone."""
    if doc.headline is None:
        return None
    home = _scene_country(doc) or doc.country_hint
    return next((
        m for m in doc.headline.of_kind("place")
        if (p := m.attrs.get("place")) is not None and p.feature_class != "country"
        and (home is None or p.country_code in (home, None, ""))
        and plausible_scene(doc.headline, m) and not _from_country(doc.headline, m)
        and not _trip_end(doc.headline, m)
    ), None)


def _other_act_between(doc: Document, raw_offset: int, place_start: int) -> bool:
    """A place told after the act belongs to another act when a violent act of
    another kind stands between them ("هاجموا قرية ... كما قتل ستة عندما فجرت
    انتحارية نفسها في سوق في مايدوغوري": the market town is the bombing's, not
    the raid's).  Unqualified attack and death words may tell the act itself
    again, and arrests or a dispersal may be part of a protest told before.  An
    act told as the setting of the first ("مقتل 6 برصاص الجيش ... خلال مواجهات على
    الحدود الشرقية لقطاع غزة", `setting_words` right before it) is where the first
    happened, not another act: its place is the first act's too."""
    act = next((t for t in doc.of_kind("trigger") if t.start == raw_offset), None)
    if act is None:
        return False
    return any(
        t.value.sub_event_type != act.value.sub_event_type and t.value.event_type in VIOLENT_TYPES
        and not (t.attrs.get("generic_attack") or t.attrs.get("generic_killing"))
        and not _told_as_setting(doc, raw_offset, t)
        for t in doc.in_span("trigger", raw_offset + 1, place_start)
        if t.attrs.get("modality", "asserted") == "asserted"
    )


def _nationwide(doc: Document, raw_offset: int) -> bool:
    """True for an act that holds for a whole country when nothing near it
    names a place (`nationwide_acts`: "طالب الرئيس باحترام الهدنة" in a
    story mostly about Aden is Yemen's truce, not Aden's)."""
    return any(m.start == raw_offset and getattr(m.value, "id", None) in _NATIONWIDE_ACTS for m in doc.of_kind("trigger"))


def _scene_country(doc: Document) -> str | None:
    """The country to fall back on when the article's country (by votes) is
    named only as a party: "الولايات المتحدة" as a speaker or a backer ("من
    الولايات المتحدة") and "واشنطن" as its government, while the story
    happens "في سوريا".  None when the article's country is named as a place
    somewhere (a town or governorate of it not after إلى or من, or the
    country after في or a cue word), or no other country is."""
    scenes: Counter = Counter()
    for mention in doc.of_kind("place"):
        place = mention.attrs.get("place")
        if place is None or not place.country_code or mention.attrs.get("in_title") or mention.attrs.get("dateline"):
            continue
        before = _words_before(doc, mention, 1)
        if place.feature_class == "country" or place.is_capital:
            placed = bool(mention.attrs.get("cue_type")) or before in (["في"], ["وفي"])
        else:  # "العائدين إلى واشنطن": a destination or an origin is no scene
            placed = plausible_scene(doc, mention) and not {"الي", "من", "والي", "ومن"}.intersection(before)
        if placed:
            scenes[place.country_code] += 1
    if not scenes or scenes.get(doc.country_hint or "", 0):
        return None
    return scenes.most_common(1)[0][0]


def _foreign_country(doc: Document, sentence: Sentence) -> Mention | None:
    """A country other than the article's that the sentence's paragraph (or
    the next one, which news often uses to go on with the same item) names
    after a preposition or cue, when the sentence calls its sides by that
    country's adjective: "أعلنت السلطات البحرينية ... اعتقال" then "الدخول
    إلى مملكة البحرين" is a roundup's other story, not the article's country."""
    text = doc.norm[doc.norm_index(sentence.start):doc.norm_index(sentence.end)]
    words = set(_WORD.findall(text))
    for mention in doc.of_kind("place"):
        place = mention.attrs.get("place")
        if (
            place is not None and place.feature_class == "country" and place.country_code != doc.country_hint
            and (mention.attrs.get("governed") or mention.attrs.get("cue_type")) and not mention.attrs.get("in_title")
            and _paragraph(doc, mention.start) in (sentence.paragraph, sentence.paragraph + 1)
            and words.intersection(_nisbas(place))
        ):
            return mention
    return None


def _told_as_setting(doc: Document, raw_offset: int, trigger: Mention) -> bool:
    """The act `trigger` is the setting of the act at `raw_offset`: a setting word right
    before it ("مقتل 6 برصاص الجيش خلال مواجهات"), in the same clause or after a comma and
    only a word that refers back ("، وذلك خلال مواجهات", `setting_back_references`).
    Why: after a comma any other word opens a second act's clause ("قتل جندي في انفجار
    عبوة، كما قتل 10 مسلحين خلال اشتباكات في اللطامنة"), and that setting is its own."""
    before = _words_before(doc, trigger, 1)
    if not _SETTING_WORDS.intersection(before):
        return False
    tail = _CLAUSE_BREAK.split(doc.text[raw_offset:trigger.start])
    if len(tail) == 1:
        return True
    opening = [normalize(word) for word in tail[-1].split()][:-1]  # the words before the setting word
    return all(word in _SETTING_BACK_REFERENCES for word in opening)


def _nisbas(country: Place) -> set[str]:
    """The adjective forms of a country's Arabic name ("البحرين" → البحريني، البحرينيه)."""
    base = normalize(country.name_ar).removeprefix("ال")
    return {article + base + ending for article in ("", "ال") for ending in ("ي", "يه")}


def _stands_as_place(doc: Document, mention: Mention) -> bool:
    """A mention that reads as a place on its own: governed by a preposition,
    after a cue word, named as the owner of a border by its side ("على الحدود
    الشرقية لقطاع غزة", `_border_owner`), or a city, governorate or capital of the
    article's country.  A bare village name in a construct ("تخفيف الأعباء"), even
    conjoined to another, is too often an ordinary noun to place an event its
    clause does not place; so is a bare name abroad ("تقدير وإعزاز", the
    person "صلاح الدين ..." in a Turkey story), however large the place."""
    place, country_hint = mention.attrs["place"], doc.country_hint
    if mention.attrs.get("governed") or mention.attrs.get("cue_type") or _border_owner(doc, mention):
        return True
    at_home = not country_hint or place.country_code in (country_hint, "")
    return at_home and (place.feature_class in STRONG_CLASSES or place.is_capital)


def _lead_place(doc: Document, raw_offset: int) -> Mention | None:
    """The place below country level that the article's lead paragraph
    names, when it names exactly one in the story's country: "منفذ هجوم
    الطعن في العاصمة الفرنسية، باريس" leads a story whose later details
    ("واستهدف المهاجم خمسة أشخاص") name no place again.  A lead naming
    two places (in any country) is a roundup's, and says nothing of a later
    detail.  Nor does it place a detail read after the story has named
    another place (`_scene_moved`), nor an act its sentence dates to an
    earlier time ("وكان قد استهدف بضربة جوية في سبتمبر 2014")."""
    body = [s for s in doc.sentences if not s.is_title]
    if not body:
        return None
    found = [
        m for m in doc.of_kind("place")
        if _paragraph(doc, m.start) == body[0].paragraph and (p := m.attrs.get("place")) is not None
        and p.feature_class != "country" and not m.attrs.get("anaphor")
        and (m.attrs.get("governed") or m.attrs.get("cue_type")) and not m.attrs.get("in_title")
        and not _trip_end(doc, m) and not _from_country(doc, m)
    ]
    if len({m.attrs["place"].gid for m in found}) != 1:
        return None  # none, or a roundup's (or a meeting's and its subject's: "في القاهرة لبحث ... في غزة")
    lead = found[0]
    if _scene_moved(doc, lead, body[0].paragraph, raw_offset) or _recalled_date(doc, raw_offset):
        return None
    at_home = lead.attrs["place"].country_code == (_scene_country(doc) or doc.country_hint)
    return lead if (at_home or _lead_act_scene(doc, lead, raw_offset)) and plausible_scene(doc, lead) else None


def _lead_act_scene(doc: Document, lead: Mention, raw_offset: int) -> bool:
    """The lead names its place abroad as the scene of its own act ("الغارات
    التركية على قواعد للمتمردين في شمال العراق" in a story otherwise about
    Turkey): after a preposition or cue word, a few words after an act word of its
    sentence.  Such a place, not the article's country, is where a later
    detail of that act ("قتلوا في الغارات") happened; an act of another kind
    ("مواجهات بين قوات الأمن ومقاتلين") is the story's other news, at home."""
    sentence = doc.sentence_at(lead.start)
    # a cue word carries the preposition too ("تفجير مسجد ... بالعاصمة الكويت")
    if not (lead.attrs.get("governed") or lead.attrs.get("cue_type")) or sentence is None:
        return False
    act = next((t for t in doc.of_kind("trigger") if t.start == raw_offset), None)
    for trigger in doc.in_span("trigger", sentence.start, lead.start):
        gap = doc.norm[doc.norm_index(trigger.end): doc.norm_index(lead.start)].split()
        if len(gap) <= _LEAD_ACT_WORDS and (act is None or _same_kind(act, trigger)):
            return True
    return False


def _same_kind(act: Mention, other: Mention) -> bool:
    """Two triggers name one kind of act: the same sub-type, or an unqualified
    death or attack word ("قتلوا") that may tell either."""
    generic = ("generic_attack", "generic_killing")
    return act.value.sub_event_type == other.value.sub_event_type or any(
        t.attrs.get(g) for t in (act, other) for g in generic)


def _scene_moved(doc: Document, lead: Mention, lead_paragraph: int, raw_offset: int) -> bool:
    """True when a paragraph between the lead and the act names a place
    below country level other than the lead's: after "مخيم جباليا" the
    story widens to "قطاع غزة" or moves to "دمشق", and a later detail
    without a place of its own ("وأوقع ذلك عشرين قتيلا") may lie anywhere
    there.  Countries frame the story and places abroad are its parties
    ("وكانت أنقرة أطلقت عملية"): they do not move it; nor do the lead's own
    name and anaphors ("المدينة").  Only a locality's lead can move."""
    if lead.attrs["place"].is_admin or lead.attrs["place"].feature_class == "region":
        return False  # a district or region lead ("عفرين", "جنوب سوريا") holds the towns named in it later
    gid, key = lead.attrs["place"].gid, lead.attrs.get("key")
    for mention in doc.of_kind("place"):
        if mention.start >= raw_offset:
            break
        place = mention.attrs.get("place")
        paragraph = _paragraph(doc, mention.start)
        if (
            place is None or paragraph is None or paragraph <= lead_paragraph or place.feature_class == "country"
            or place.country_code != lead.attrs["place"].country_code
            or mention.attrs.get("anaphor") or place.gid == gid or (key is not None and mention.attrs.get("key") == key)
        ):
            continue
        return True
    return False


def _recalled_date(doc: Document, raw_offset: int) -> bool:
    """True when the act's sentence writes out a year before the year of
    publication ("في سبتمبر 2014" in a 2015 story): a recalled act, not the
    lead's.  A day or month without its year may be the lead's own act."""
    sentence = doc.sentence_at(raw_offset)
    if sentence is None or doc.published is None:
        return False
    return any(
        int(year) < doc.published.year
        for m in doc.in_span("date", sentence.start, sentence.end) for year in _YEAR.findall(m.text)
    )


def focus_province(doc: Document) -> Place | None:
    """The province of the article's country named most often (headline counts twice).

    Only a clear focus counts: it must be named at least twice and more often
    than any other province, so a story spread over a country stays at
    country level.  The capital named bare, without a preposition, cue or
    road word ("بحسب أنقرة", "حثوا أنقرة"), is the government and votes for
    no province.  A region wider than `_NEAR_CITY_KM` ("جنوب سوريا", filed
    under Daraa) spans provinces: it votes only when the provinces and towns
    named give no clear focus ("هجمات في مدينة السويداء جنوب سوريا" is
    about As-Suwayda however often the south is named).
    """
    votes: Counter = Counter()
    wide: Counter = Counter()
    for mention in doc.of_kind("place"):
        place = mention.attrs.get("place")
        if place is None or place.country_code != doc.country_hint or not admin1_of(place) or mention.attrs.get("anaphor"):
            continue  # "المحافظة" repeats a province already counted
        if place.is_capital and not mention.attrs.get("governed") and not mention.attrs.get("cue_type") \
                and mention.attrs.get("route") is None:  # "طريق بغداد كركوك": a road's end is a place
            continue
        sentence = doc.sentence_at(mention.start)
        counter = wide if place.feature_class == "region" and place.radius_km > _NEAR_CITY_KM else votes
        counter[admin1_of(place)] += 2 if sentence is not None and sentence.is_title else 1
    focus = _clear_focus(votes) or _clear_focus(votes + wide)
    return load_gazetteer().admin1_place(doc.country_hint or "", focus) if focus else None


def _told_elsewhere(doc: Document, raw_offset: int) -> bool:
    """True when the event's sentence says its act happened elsewhere than the
    story's scene (`elsewhere_phrases`: "وفي جبهات أخرى", "في مناطق أخرى",
    "وفي سياق آخر"): the story's town is no place for it."""
    sentence = doc.sentence_at(raw_offset)
    if sentence is None:
        return False
    text = f" {' '.join(_WORD.findall(normalize(doc.text[sentence.start:sentence.end])))} "
    return any(f" {phrase} " in text or f" و{phrase} " in text or f" ب{phrase} " in text
               for phrase in load_place_cues().elsewhere_phrases)


def _focus_town(doc: Document, focus: Place) -> Mention | None:
    """The town that makes `focus` the article's province, when one does: a
    place below the province, named at least twice, whose mentions are more
    than half of all the names the province gets (`focus_province` counts a
    town for its province).

    Why: a story on an attack "بمدينة الأهواز" names the town again and
    again and its province once ("المتركزة في محافظة خوزستان"); a later
    detail with no place of its own ("وقتلت القوات الأمنية ثلاثة من
    المهاجمين") happened where the story is, the town, not somewhere in the
    province its name votes for.  The town must be named in the opening
    (the body's first `_OPENING_SENTENCES` sentences), where the story tells
    its scene: a name first met deep in a report (a month's toll by town, a
    word read as a place) is no story's scene.  A province named for itself,
    or several towns of it, leave the province."""
    votes: Counter = Counter()
    towns: dict[str, Mention] = {}
    for mention in doc.of_kind("place"):
        place = mention.attrs.get("place")
        if place is None or place.country_code != focus.country_code or admin1_of(place) != focus.name \
                or mention.attrs.get("anaphor") or mention.attrs.get("route_tail"):
            continue
        votes[place.gid] += 1
        if not place.is_admin and place.feature_class != "region" and plausible_scene(doc, mention):
            towns.setdefault(place.gid, mention)
    ranked = [(gid, count) for gid, count in votes.most_common() if gid in towns]
    if not ranked or ranked[0][1] < 2 or 2 * ranked[0][1] <= sum(votes.values()):
        return None
    body = [s for s in doc.sentences if not s.is_title][:_OPENING_SENTENCES]
    opening = {m.attrs["place"].gid for m in doc.in_span("place", body[0].start, body[-1].end)
               if m.attrs.get("place") is not None} if body else set()
    return towns[ranked[0][0]] if ranked[0][0] in opening else None


def _clear_focus(votes: Counter) -> str | None:
    """The province voted most, named at least twice and more often than any other."""
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _paragraph(doc: Document, raw_offset: int) -> int | None:
    """Paragraph index of the sentence containing a raw offset."""
    sentence = doc.sentence_at(raw_offset)
    return sentence.paragraph if sentence is not None else None


def location_fields(place: Place, precision: int, location_ar: str) -> dict:
    """The Event location fields for a chosen place."""
    admin1 = admin1_of(place) or None
    if place.feature_class == "country":
        admin1 = None
    admin2 = place.name if place.feature_class == "admin2" else (place.admin2 or None)
    return {
        "country": place.country or None,
        "iso": place.country_code or None,
        "admin1": admin1,
        "admin2": admin2,
        "location": place.name,
        "location_ar": location_ar,
        "latitude": place.lat,
        "longitude": place.lon,
        "geo_precision": int(precision),
    }
