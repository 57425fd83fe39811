"""The place gazetteer and the place cue lexicon, loaded once per process.

`marsad/data/gazetteer.tsv.gz` (built by `scripts/build_gazetteer.py` from
Who's On First, GeoNames, OpenSyria, CLDR and Natural Earth) holds ~82k
places with Arabic names; `marsad/data/regions.tsv` adds curated regions the
sources lack (basins, deserts, camps, crossings ...).  Names are indexed by a
*loose key*: the normalized name with ث folded to ت, plus ending variants
(ية/يا, final ء), because Arabic news spells the same village several ways
(أوفانيا / اوفانية, جباثا / جباتا).

`marsad/data/place_cues.yaml` holds the cue words, organization heads,
blocked phrases and generic nouns; every entry is normalized on load.
"""

from __future__ import annotations

import csv
import gc
import gzip
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import ahocorasick
import yaml

from marsad.errors import KnowledgeError
from marsad.text import normalize

FEATURE_CLASSES = (
    "country", "admin1", "admin2", "admin3", "city", "town", "village", "camp",
    "neighbourhood", "region", "facility", "marine",
)
# Default geo precision of a place found without a cue word (EVENTS.md).
CLASS_PRECISION = {
    "country": 3, "admin1": 3, "admin2": 2, "admin3": 2, "region": 3, "marine": 3,
}
# Proclitics a whole-word entry of the automaton may carry (see `_build_automaton`).
_WHOLE_WORD_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
# Curated region kinds that keep a gazetteer class (any other kind is a "region");
# an admin1 row names a first-level unit the sources carry no Arabic name for.
REGION_CLASSES = {
    "camp": "camp", "neighbourhood": "neighbourhood", "facility": "facility", "town": "town", "admin1": "admin1",
}
_LOOSE = str.maketrans({"ث": "ت"})
# Classes whose names a reader knows (support an ambiguous name after a preposition).
STRONG_CLASSES = frozenset({"country", "admin1", "city"})
CUE_TYPES = ("admin", "district", "locality", "near", "direction")
# The matching columns come first: loading splits only those (`_HEAD` fields)
# and keeps the rest of each line unsplit until a place is used.
GAZETTEER_COLUMNS = [
    "gid", "feature_class", "country_code", "flags", "names", "common", "frequent", "cue_only",
    "name", "name_ar", "admin1", "admin1_ar", "admin2", "admin2_ar", "lat", "lon", "population", "wikidata", "pcode",
]
_HEAD = GAZETTEER_COLUMNS.index("name")


class GazetteerError(KnowledgeError):
    """A gazetteer, regions or cue file is malformed; the message names the entry."""


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer place (a country, admin unit, town, camp or curated region)."""

    gid: str
    name: str
    name_ar: str
    feature_class: str
    country_code: str
    country: str
    admin1: str
    admin2: str
    lat: float
    lon: float
    population: int = 0
    admin1_ar: str = ""
    admin2_ar: str = ""
    is_capital: bool = False
    radius_km: float = 0.0
    precision: int = 1

    @property
    def is_admin(self) -> bool:
        """True for countries and administrative units."""
        return self.feature_class in ("country", "admin1", "admin2", "admin3")


_PUNCTUATION = "،؛؟.,;:!?«»\"'()[]{}<>/\\|-–—_…*#@%&+=\n\r\t“”‘’٪"
_BOUNDARY = str.maketrans({**{ch: " " for ch in _PUNCTUATION}, "ث": "ت"})


def boundary_view(norm_text: str) -> str:
    """The text the automaton searches: ث→ت, punctuation → space, a final space.

    Same length as the input plus one, so offsets carry over unchanged.
    """
    return norm_text.translate(_BOUNDARY) + " "


def loose_key(name: str) -> str:
    """Matching key of a normalized name: ث→ت (other folds are in normalize)."""
    return " ".join(name.translate(_LOOSE).split())


def country_adjectives(country: Place) -> frozenset[str]:
    """Matching keys of a country's adjective, with and without the article
    ("سوري", "السورية", "لبناني"), derived from a one-word Arabic name without
    the article and a final ية، يا or ا, plus ي or ية.

    A name of several words derives none: its last word is often another
    country's adjective or an ordinary word ("ساموا الأمريكية", "الصحراء
    الغربية", "الولايات المتحدة"); the actor catalogue's curated adjectives
    (`marsad.knowledge.actors.country_adjective_forms`) name those countries."""
    words = loose_key(normalize(country.name_ar)).split()
    if len(words) != 1:
        return frozenset()
    last = words[0].removeprefix("ال")
    stem = next((last.removesuffix(end) for end in ("يه", "يا", "ا") if last.endswith(end)), last)
    return frozenset(article + stem + ending for article in ("", "ال") for ending in ("ي", "يه"))


def _vowel_edits(key: str) -> set[str]:
    """`key` with one ا or ي inserted, deleted or swapped for the other."""
    edits: set[str] = set()
    for i in range(len(key) + 1):
        edits.update(key[:i] + vowel + key[i:] for vowel in "اي")
        if i < len(key) and key[i] in "اي":
            edits.add(key[:i] + key[i + 1:])
            edits.add(key[:i] + ("ي" if key[i] == "ا" else "ا") + key[i + 1:])
    edits.discard(key)
    return edits


def _moved_vowels(key: str) -> set[str]:
    """`key` with one long vowel ا or ي moved one letter on either side, never
    to the front ("زراكلي" / "زاركلي", "ميكراس" / "مكيراس")."""
    moved: set[str] = set()
    for i, letter in enumerate(key):
        if letter not in "اي":
            continue
        rest = key[:i] + key[i + 1:]
        moved.update(rest[:j] + letter + rest[j:] for j in (i - 1, i + 1) if 1 <= j <= len(rest))
    moved.discard(key)
    return moved


# Letters Arabic news writes the foreign g with (ناغازاكي / ناجازاكي).
_G_FOLD = str.maketrans({"غ": "ج"})
# Classes a foreign name spelled by ear may be read as (`spelling_skeleton`):
# places the news names, not villages that share a skeleton by chance.
SKELETON_CLASSES = frozenset({"admin1", "admin2", "region", "city", "town"})
# How many letters a spelling by ear may be longer or shorter than the name it
# spells, and per how many letters of the name it may differ by one more.
SKELETON_LENGTH_SLACK = 1
SKELETON_LETTERS_PER_SLACK = 6


def spelling_skeleton(key: str) -> str:
    """What stays of a one-word loose key when the letters spellings of a
    foreign name disagree on are dropped: g written غ or ج, one final ا/ه/ي
    (ة is ه by now), the long vowels ا/و/ي after the first letter
    ("فيرغسن" / "فيرغسون", "مروة" / "ماروا", "غومبيه" / "جومبي")."""
    word = key.translate(_G_FOLD)
    if len(word) > 2 and word[-1] in "اهي":
        word = word[:-1]
    return word[:1] + "".join(ch for ch in word[1:] if ch not in "اوي")


# Letters the foreign v is written with: ف or ڤ in the news, و in the
# Persian-sourced names of the gazetteer ("روفريه" / "رووره", Rouvray).  Folded
# to و, which `spelling_skeleton` then drops, in long compound names only
# (`long_compound_skeleton`), where every other word must agree as well.
_V_FOLD = str.maketrans({"ف": "و", "ڤ": "و"})
# Word counts of the long foreign compound names matched by skeleton
# ("سانت إتيان دو روفريه", Saint-Étienne-du-Rouvray).
LONG_COMPOUND_MIN_WORDS, LONG_COMPOUND_MAX_WORDS = 3, 5


def long_compound_skeleton(words: Iterable[str]) -> tuple[str, ...]:
    """The skeletons (`spelling_skeleton`, with v folded) of the words of a
    long compound name: two spellings by ear of one hyphenated foreign name
    ("سانت إتيان دو روفريه" / "سنت اتين دو رووره") agree word by word."""
    return tuple(_long_word_skeleton(word) for word in words)


@lru_cache(maxsize=1 << 16)
def _long_word_skeleton(word: str) -> str:
    """One word's skeleton for `long_compound_skeleton`, cached: every place
    match asks for the words after it."""
    return spelling_skeleton(word.translate(_V_FOLD))


def key_variants(key: str) -> list[str]:
    """A loose key and its spelling variants (ية↔يا, final ء dropped)."""
    out = [key]
    if key.endswith("يه"):
        out.append(key[:-1] + "ا")
    elif key.endswith("يا"):
        out.append(key[:-1] + "ه")
    if key.endswith("اء"):
        out.append(key[:-1])
    return out


@dataclass(frozen=True, eq=False)
class PlaceCues:
    """Normalized cue lexicon (see place_cues.yaml for what each list means).

    Compared and hashed by identity (one per process), so per-word lookups
    that take it can be cached.
    """

    cue_type: dict[str, str]
    precision: dict[str, int]
    prefer: dict[str, tuple[str, ...]]
    near_phrases: frozenset[tuple[str, ...]]
    prepositions: frozenset[str]
    hierarchy_links: frozenset[str]
    list_cues: frozenset[str]
    list_skip: int
    weak_cues: frozenset[str]
    speaker_words: frozenset[str]
    org_heads: frozenset[str]
    seat_fronts: frozenset[str]
    # near cue words that make the place after them a landmark for the place
    # named right before ("الغوطة الشرقية قرب دمشق"): geocode._mark_relative_containers
    landmark_near_words: frozenset[str]
    source_seat_words: frozenset[str]
    state_adjectives: frozenset[str]
    outlet_words: frozenset[str]
    blocked_phrases: tuple[str, ...]
    generic_names: frozenset[str]
    nisba_rule: bool
    anaphors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    anaphor_acts: frozenset[str] = frozenset()
    name_adjectives: frozenset[str] = frozenset()
    person_titles: frozenset[str] = frozenset()
    launch_words: tuple[str, ...] = ()
    target_words: frozenset[str] = frozenset()
    proclitic_words: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    press_words: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    site_adjective_endings: tuple[str, ...] = ()
    capital_nouns: frozenset[str] = frozenset()
    allegiance_words: frozenset[str] = frozenset()
    demand_verbs: frozenset[str] = frozenset()
    demand_prepositions: frozenset[str] = frozenset()
    partitive_words: frozenset[str] = frozenset()
    trip_words: frozenset[str] = frozenset()
    trip_prepositions: frozenset[str] = frozenset()
    name_prepositions: frozenset[str] = frozenset()  # given names spelled as a preposition once normalized
    name_heads: frozenset[str] = frozenset()  # first words of two-word given names ("عبد الرزاق")
    attribution_words: frozenset[str] = frozenset()  # "وفق X": X reported, it is no scene
    street_nouns: frozenset[str] = frozenset()  # "شارع أسيوط": a street named after a city
    outlet_nouns: frozenset[str] = frozenset()  # "لموقع عدن24": a name and number after one is an outlet
    patronymic_words: frozenset[str] = frozenset()  # "X بن Y": X is a given name
    force_nouns: frozenset[str] = frozenset()  # forces and strikes a country adjective may follow ("قوة تركية")
    relative_links: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()
    verb_particles: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    predicate_pronouns: frozenset[str] = frozenset()
    predicate_openers: frozenset[str] = frozenset()
    predicate_followers: frozenset[str] = frozenset()
    cue_needed: frozenset[str] = frozenset()
    common_names: frozenset[str] = frozenset()  # curated ordinary words that need a cue, list or preposition
    apposition_words: frozenset[str] = frozenset()
    specifier_words: frozenset[str] = frozenset()
    member_words: frozenset[str] = frozenset()
    others_words: frozenset[str] = frozenset()
    among_phrases: frozenset[str] = frozenset()
    unit_names: frozenset[str] = frozenset()
    destination_words: frozenset[str] = frozenset()
    destination_prepositions: frozenset[str] = frozenset()
    care_words: frozenset[str] = frozenset()
    native_nouns: frozenset[str] = frozenset()  # `trip`: "من أبناء محافظة X" is where people come from
    return_words: frozenset[str] = frozenset()  # `trip`: "عائدين من X" too
    hamza_names: dict[str, str] = field(default_factory=dict)
    hamza_cues: frozenset[str] = frozenset()  # raw spellings: "أحياء" (quarters) is no "إحياء" (reviving)
    maqsura_particles: frozenset[str] = frozenset()  # raw spellings: "على" is no "علي" of a village's name
    bare_name_classes: frozenset[str] = frozenset()  # `bare_names`: classes a bare name must be placed near
    bare_name_near_km: float = 0.0
    abroad_classes: frozenset[str] = frozenset()  # `bare_names`: small places that need their country named
    abroad_max_population: int = 0
    possessed_nouns: frozenset[str] = frozenset()
    distance_units: frozenset[str] = frozenset()
    far_reference_km: float = 0.0
    distance_gap_words: int = 0
    distance_stops: frozenset[str] = frozenset()
    road_words: frozenset[str] = frozenset()
    road_links: frozenset[str] = frozenset()
    list_targets: frozenset[str] = frozenset()
    road_means: frozenset[str] = frozenset()
    road_gap_words: int = 0
    topic_nouns: frozenset[str] = frozenset()
    topic_words: frozenset[str] = frozenset()
    topic_noun_words: int = 0
    topic_reach: int = 0
    grievance_words: frozenset[str] = frozenset()
    grievance_reach: int = 0
    grievance_verbs: frozenset[str] = frozenset()
    grievance_objects: frozenset[str] = frozenset()
    post_words: frozenset[str] = frozenset()
    post_prepositions: frozenset[str] = frozenset()
    origin_words: frozenset[str] = frozenset()
    origin_prepositions: frozenset[str] = frozenset()
    origin_nouns: frozenset[str] = frozenset()  # "من مواقعهم في X": the shooters' positions, see `actor_position`
    origin_noun_gap: int = 0
    origin_near_words: frozenset[str] = frozenset()  # "قريبا من مواقع الجيش في X": no origin, see `actor_position`
    origin_distance_words: frozenset[str] = frozenset()  # "على بعد كيلومترين من قاعدة في X"
    origin_distance_gap: int = 0
    origin_size_words: frozenset[str] = frozenset()  # "أجزاء واسعة من مواقع الفصائل في X"
    post_target_words: frozenset[str] = frozenset()
    native_countries: frozenset[str] = frozenset()
    seat_heads: frozenset[str] = frozenset()
    seat_units: frozenset[str] = frozenset()
    direction_extremes: frozenset[str] = frozenset()  # "أقصى شمال X": the far end, before a direction word
    direction_adverbs: frozenset[str] = frozenset()  # "مدينة غزة شمالا وخان يونس": a list goes on past them
    great_city_prepositions: frozenset[str] = frozenset()
    great_city_population: int = 0
    city_cue_words: frozenset[str] = frozenset()
    city_cue_population: int = 0
    shared_theatres: frozenset[frozenset[str]] = frozenset()  # countries one war runs across (IL, PS)
    country_nouns: frozenset[str] = frozenset()  # "جنوبي البلاد": the story's country
    elsewhere_phrases: tuple[str, ...] = ()  # "وفي جبهات أخرى": not the story's town
    province_list_members: int = 0  # `province_lists`: members that make a bare list governorates
    province_list_skip: frozenset[str] = frozenset()  # `province_lists`: "بين X وY" is a border, not the units
    province_list_areas: frozenset[str] = frozenset()  # `province_lists`: "أهدافا متفرقة في X وY وZ": a campaign's areas
    province_list_window: int = 0  # `province_lists`: words before a list searched for an area word

    def site_preposition(self, site: str, before: str) -> str | None:
        """The preposition that governs a site noun standing right before a name
        (`site_nouns`): the word `before` it ("في سجن X") or the ب/ل glued to it
        ("بسوق X"); None when `site` is no site noun or nothing governs it.  The
        places stage reads an ordinary word there as the site's town, the
        geocoder reads whether the phrase is a scene or a trip's end."""
        if site in self.site_nouns:
            return before if before in self.prepositions else None
        if site[:1] in ("ب", "ل") and site[1:] in self.site_nouns:
            return site[:1]
        return None


@dataclass(frozen=True)
class GeocodeWeights:
    """The geocoder's scores, distances and shares (`geocode` in place_cues.yaml,
    where each is explained): data, so they can be tuned without code edits."""

    class_score: dict[str, int]
    cue_fit: dict[str, dict[str, int]]
    locality_cue_penalty: dict[str, int]
    between_words: frozenset[str]
    border_with_words: frozenset[tuple[str, ...]]
    border_of_words: frozenset[str]
    border_sides: frozenset[str]
    setting_words: frozenset[str]
    setting_back_references: frozenset[str]  # "، وذلك خلال مواجهات": the setting is still the first act's
    centre_words: frozenset[str]
    quarter_words: frozenset[str]
    quarter_city_not_after: frozenset[str]  # "تعزيزات من مدينة إعزاز": a city named as an origin holds no quarter
    quarter_city_speech: frozenset[str]  # "قال مصدر في مدينة إعزاز إن ... حيي": the speaker's city holds no quarter
    quarter_city_speakers: frozenset[str]  # "قال"، "مصدر": a speaker named before that city
    undergoing_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    incident_nouns: frozenset[str]
    item_openers: frozenset[str]
    scene_shift_openers: frozenset[tuple[str, ...]]
    scene_recall_phrases: frozenset[tuple[str, ...]]
    comparison_words: frozenset[str]
    nationwide_acts: frozenset[str]
    anaphor_paragraphs: int
    unanchored_weight: float
    parent_country_bonus: float
    parent_admin1_bonus: float
    max_link_words: int
    near_parent_bonus: float
    near_parent_km_per_point: float
    variant_only_penalty: float
    capital_vote_share: float
    named_capital_bonus: float
    known_town_population: int
    hamlet_population: int
    neighbour_far_km: float
    neighbour_near_km: float
    target_window_words: int
    coast_km: float
    near_city_km: float
    quarter_km: float
    far_from_city_km: float
    coherence_gain_km: float
    name_tail_words: int
    finer_scene_words: int
    stray_village_km: float
    lead_act_words: int
    border_side_km: float
    local_group_vote: float
    continued_sentences: int
    continued_scene_words: int


# The number fields of GeocodeWeights and the type each must have in the file.
_WEIGHT_NUMBERS = {
    name: (int if kind == "int" else float)
    for name, kind in GeocodeWeights.__annotations__.items() if kind in ("int", "float")
}


@dataclass
class Gazetteer:
    """All places, indexed by loose name key, with an Aho-Corasick automaton.

    Rows are kept as parsed field lists and turned into `Place` objects on
    first use: an article touches a few dozen of the 82k places, and building
    them all would double the load time.
    """

    rows: list[str]  # raw TSV lines, split on first use (see `_place_from_row`)
    regions: list[Place]
    countries: dict[str, str]
    index: dict[str, list[int]]  # loose key -> internal ids (read-only)
    common: frozenset[str]
    # common keys so frequent that only a cue word makes them a place
    frequent: frozenset[str] = frozenset()
    # ordinary nouns and person names (build rule 8): a place only after a cue word
    cue_only: frozenset[str] = frozenset()
    # keys naming at least one country, admin1, city or capital
    strong: frozenset[str] = frozenset()
    # loose key -> ids of the towns named only by a spelling by ear (build rule 17,
    # flag `e`): read through `skeleton_ids` and `heard_ids`, never by `index`
    heard: dict[str, list[int]] = field(default_factory=dict, repr=False)
    automaton: Any = field(repr=False, default=None)
    _made: dict[int, Place] = field(default_factory=dict, repr=False)
    _countries: dict[str, int] = field(default_factory=dict, repr=False)
    _admin1: dict[tuple[str, str], int] = field(default_factory=dict, repr=False)
    _skeletons: dict[str, tuple[tuple[int, int], ...]] | None = field(default=None, repr=False)
    # the rows of `heard`, built on first use (`by_ear`)
    _heard_rows: frozenset[int] | None = field(default=None, repr=False)
    _compounds: dict[tuple[str, str], tuple[int, ...]] | None = field(default=None, repr=False)
    _long_compounds: dict[tuple[str, ...], tuple[int, ...]] | None = field(default=None, repr=False)
    _long_compound_heads: frozenset[str] | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.rows) + len(self.regions)

    def place(self, i: int) -> Place:
        """The place with internal id `i` (rows first, then curated regions)."""
        made = self._made.get(i)
        if made is None:
            if i < len(self.rows):
                row = self.rows[i].split("\t")
                made = _place_from_row(row, self.countries.get(row[2], ""))
            else:
                made = self.regions[i - len(self.rows)]
            self._made[i] = made
        return made

    def row_points(self, country_code: str, skip_classes: frozenset[str]) -> list[tuple[float, float, int]]:
        """(lat, lon, id) of a country's gazetteer rows outside `skip_classes`,
        read from the raw rows: building every Place (`all_places`) takes a
        second and holds them all in memory, for a nearest-point search."""
        points = []
        for i, line in enumerate(self.rows):
            row = line.split("\t", 16)
            if row[2] == country_code and row[1] not in skip_classes:
                points.append((float(row[14]), float(row[15]), i))
        return points

    def all_places(self) -> list[Place]:
        """Every place (slow: builds all objects; for validation and tools)."""
        return [self.place(i) for i in range(len(self))]

    def ids(self, norm_name: str) -> list[int]:
        """Internal ids of the places named `norm_name` (any spelling variant)."""
        ids: list[int] = []
        for variant in key_variants(loose_key(norm_name)):
            ids.extend(i for i in self.index.get(variant, ()) if i not in ids)
        return ids

    def lookup(self, norm_name: str) -> list[Place]:
        """Places whose name (normalized, any spelling variant) is `norm_name`."""
        return [self.place(i) for i in self.ids(norm_name)]

    def vowel_variants(self, key: str) -> list[Place]:
        """Places whose key differs from `key` by one long vowel ا or ي added,
        dropped or swapped ("عبدين" / "عابدين", "المزاريب" / "المزيريب"),
        the letters spellings of one village most often disagree on."""
        return [self.place(i) for i in self._ids_of_keys(_vowel_edits(key))]

    def spelling_variant_ids(self, key: str) -> list[int]:
        """Ids of the places whose key differs from `key` by one long vowel
        added, dropped, swapped or moved one letter (`_vowel_edits`,
        `_moved_vowels`): a village's name as news spells it by ear."""
        return self._ids_of_keys(sorted(_vowel_edits(key) | _moved_vowels(key)))

    def _ids_of_keys(self, keys: Iterable[str]) -> list[int]:
        """Ids of the places indexed under any of `keys`, each once, in key order."""
        ids: dict[int, None] = {}
        for variant in keys:
            ids.update(dict.fromkeys(self.index.get(variant, ())))
        return list(ids)

    def article_variants(self, key: str) -> list[Place]:
        """Places of a two-word key with its article on the other word or
        dropped ("الشيخ حديد" / "شيخ الحديد" / "شيخ حديد"): writers place
        the article of a compound village name on either word.  A one-word
        key's variant has the article added or dropped ("قصيبة" / "القصيبة")."""
        words = key.split(" ")
        if len(words) > 2 or not key:
            return []
        bare = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words]
        if len(words) == 1:
            forms = {f"ال{bare[0]}", bare[0]} - {key}
        else:
            forms = {f"{bare[0]} ال{bare[1]}", f"ال{bare[0]} {bare[1]}", f"{bare[0]} {bare[1]}"} - {key}
        ids: dict[int, None] = {}
        for form in sorted(forms):
            ids.update(dict.fromkeys(self.index.get(form, ())))
        return [self.place(i) for i in ids]

    def skeleton_ids(self, key: str) -> tuple[int, ...]:
        """Ids of the cities, towns and units (`SKELETON_CLASSES`) whose
        one-word name has the skeleton of `key` (`spelling_skeleton`): the
        candidates of a foreign name the gazetteer spells another way.  The
        name's length must be within `SKELETON_LENGTH_SLACK` letters of
        `key`'s, one more per `SKELETON_LETTERS_PER_SLACK` letters of the
        name: spellings by ear differ in a vowel or two ("غومبيه" / "جومبي",
        "باداخشان" / "بدخشان"), while a word with two more vowels than a
        short name ("أراكوي", Turkish Arakoy) only shares its consonants
        (أراك, Araç)."""
        if self._skeletons is None:
            self._skeletons = _skeleton_index(self)
        fits = (i for i, length in self._skeletons.get(spelling_skeleton(key), ())
                if abs(length - len(key)) <= SKELETON_LENGTH_SLACK + length // SKELETON_LETTERS_PER_SLACK)
        return tuple(dict.fromkeys(fits))

    def by_ear(self, i: int) -> bool:
        """Whether place `i` is a town named only by its spelling by ear (build rule 17)."""
        if self._heard_rows is None:
            self._heard_rows = frozenset(i for ids in self.heard.values() for i in ids)
        return i in self._heard_rows

    def heard_ids(self, key: str) -> tuple[int, ...]:
        """Ids of the foreign towns whose spelling by ear (build rule 17) is
        exactly `key`: "موبي" names a Sudanese village in the sources and,
        spelled by ear, Mubi in Nigeria, which they give only in Latin."""
        return tuple(self.heard.get(key, ()))

    def compound_ids(self, first: str, second: str) -> tuple[int, ...]:
        """Ids of the cities, towns and units (`SKELETON_CLASSES`) whose name
        is two words: `first` itself, then a word with the skeleton of
        `second` ("سلطان بيلي" for "سلطان بايلي"): a foreign compound name
        spelled by ear whose first word alone also names a village."""
        if self._compounds is None:
            self._compounds = _compound_index(self)
        return self._compounds.get((first, spelling_skeleton(second)), ())

    def long_compound_ids(self, words: list[str]) -> tuple[int, ...]:
        """Ids of the cities, towns and units (`SKELETON_CLASSES`) whose name
        of `LONG_COMPOUND_MIN_WORDS`-`LONG_COMPOUND_MAX_WORDS` words has, word
        by word, the skeletons of `words` (`long_compound_skeleton`): a long
        foreign name spelled by ear, whose first words alone name another
        place ("سانت إتيان دو روفريه" is Saint-Étienne-du-Rouvray, not
        Saint-Étienne)."""
        return self._long_compound_table().get(long_compound_skeleton(words), ())

    def starts_long_compound(self, word: str) -> bool:
        """Whether some long compound name (`long_compound_ids`) has `word`'s
        skeleton as its first word: most matches start none, and need not
        read the words after them."""
        if self._long_compound_heads is None:
            self._long_compound_heads = frozenset(key[0] for key in self._long_compound_table())
        return _long_word_skeleton(word) in self._long_compound_heads

    def _long_compound_table(self) -> dict[tuple[str, ...], tuple[int, ...]]:
        if self._long_compounds is None:
            self._long_compounds = _long_compound_index(self)
        return self._long_compounds

    def country_by_code(self, cc: str) -> Place | None:
        """The country row for an ISO 3166-1 alpha-2 code."""
        i = self._countries.get((cc or "").upper())
        return None if i is None else self.place(i)

    def admin1_place(self, cc: str, admin1: str) -> Place | None:
        """The admin1 row named `admin1` (English, gazetteer spelling) in country `cc`."""
        i = self._admin1.get((cc, admin1))
        return None if i is None else self.place(i)


def _skeleton_index(gazetteer: Gazetteer) -> dict[str, tuple[tuple[int, int], ...]]:
    """Skeleton -> (id, length of the name) of the one-word names of
    `SKELETON_CLASSES` places (curated provinces such as "لوغر" included),
    built on first use: most articles never ask for one."""
    rows = len(gazetteer.rows)
    index: dict[str, list[tuple[int, int]]] = {}
    for key, ids in [*gazetteer.index.items(), *gazetteer.heard.items()]:
        if " " in key or key.startswith("ال"):
            continue
        kept = [(i, len(key)) for i in ids if _feature_class(gazetteer, i, rows) in SKELETON_CLASSES]
        if kept:
            bucket = index.setdefault(spelling_skeleton(key), [])
            bucket.extend(pair for pair in kept if pair not in bucket)
    return {skeleton: tuple(pairs) for skeleton, pairs in index.items()}


def _compound_index(gazetteer: Gazetteer) -> dict[tuple[str, str], tuple[int, ...]]:
    """(first word, skeleton of the second) -> ids of the two-word names of
    `SKELETON_CLASSES` places, built on first use like `_skeleton_index`."""
    rows = len(gazetteer.rows)
    index: dict[tuple[str, str], list[int]] = {}
    for key, ids in gazetteer.index.items():
        words = key.split(" ")
        if len(words) != 2:
            continue
        kept = [i for i in ids if _feature_class(gazetteer, i, rows) in SKELETON_CLASSES]
        if kept:
            bucket = index.setdefault((words[0], spelling_skeleton(words[1])), [])
            bucket.extend(i for i in kept if i not in bucket)
    return {key: tuple(ids) for key, ids in index.items()}


def _long_compound_index(gazetteer: Gazetteer) -> dict[tuple[str, ...], tuple[int, ...]]:
    """Word skeletons -> ids of the long compound names of `SKELETON_CLASSES`
    places, built on first use like `_skeleton_index`."""
    rows = len(gazetteer.rows)
    index: dict[tuple[str, ...], list[int]] = {}
    for key, ids in gazetteer.index.items():
        words = key.split(" ")
        if not LONG_COMPOUND_MIN_WORDS <= len(words) <= LONG_COMPOUND_MAX_WORDS:
            continue
        kept = [i for i in ids if _feature_class(gazetteer, i, rows) in SKELETON_CLASSES]
        if kept:
            bucket = index.setdefault(long_compound_skeleton(words), [])
            bucket.extend(i for i in kept if i not in bucket)
    return {key: tuple(ids) for key, ids in index.items()}


def _feature_class(gazetteer: Gazetteer, i: int, rows: int) -> str:
    """The feature class of id `i` without building its `Place`."""
    return gazetteer.rows[i].split("\t", 2)[1] if i < rows else gazetteer.regions[i - rows].feature_class


def _text(name: str) -> str:
    """Contents of a data file shipped in marsad/data."""
    return resources.files("marsad.data").joinpath(name).read_text(encoding="utf-8")


def _read_rows() -> tuple[list[str], list[str]]:
    """Header and raw lines of the compact gazetteer (plain TSV: no quoting in the file)."""
    raw = resources.files("marsad.data").joinpath("gazetteer.tsv.gz").read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    return lines[0].split("\t"), lines[1:]


def _read_regions() -> list[dict[str, str]]:
    """Rows of the curated regions file (comment lines start with #)."""
    lines = [line for line in _text("regions.tsv").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _place_from_row(row: list[str], country: str) -> Place:
    """A Place from one gazetteer row (column order: GAZETTEER_COLUMNS)."""
    (gid, fclass, cc, flags, _names, _common, _frequent, _cue_only, name, name_ar, admin1, admin1_ar, admin2,
     admin2_ar, lat, lon, population, _wikidata, _pcode) = row
    return Place(
        gid=gid, name=name, name_ar=name_ar, feature_class=fclass, country_code=cc, country=country,
        admin1=admin1, admin2=admin2, lat=float(lat), lon=float(lon), population=int(population or 0),
        admin1_ar=admin1_ar, admin2_ar=admin2_ar, is_capital="c" in flags,
        precision=CLASS_PRECISION.get(fclass, 1),
    )


def _place_from_region(row: dict[str, str], country: str) -> Place:
    """A Place from one curated region row (feature class from its kind)."""
    first = row["names_ar"].split("|")[0]
    return Place(
        gid="region:" + row["rid"], name=row["name"], name_ar=first,
        feature_class=REGION_CLASSES.get(row["kind"], "region"), country_code=row["country_code"],
        country=country, admin1=row["admin1"], admin2=row["admin2"], lat=float(row["lat"]),
        lon=float(row["lon"]), radius_km=float(row["radius_km"]), precision=int(row["precision"]),
    )


def _build_automaton(index: dict[str, list[int]], cue_words: list[str], whole_words: tuple[str, ...] = ()) -> Any:
    """Aho-Corasick automaton over every key; ال-keys also get an ل-form.

    Every word ends with a space, and the text is searched in its
    `boundary_view` (punctuation turned into spaces, a space appended), so a
    hit always ends at a word end: names ending inside a longer word, by far
    the most frequent raw hits, are never reported.  The stored value is
    (key, needs_lam); the name starts len(key) - needs_lam characters before
    the terminating space.  The ل-form (الشجره → لشجره) matches
    "للشجرة", where ل+ال contracts.  Two-letter names (إب) are entered only
    after a cue word ("محافظة إب"): alone they end inside countless words;
    those whose written hamza tells them from a word (`whole_words`, the
    hamza_names of place_cues.yaml) are also entered as whole words after a
    space, with or without a proclitic ("في إب", "وإب").
    """
    automaton = ahocorasick.Automaton()
    for key in whole_words:
        for prefix in _WHOLE_WORD_PREFIXES:
            automaton.add_word(f" {prefix}{key} ", (key, 0))
    for key in index:
        if len(key) <= 2:
            for cue in cue_words:
                automaton.add_word(f"{cue} {key} ", (key, 0))
            continue
        automaton.add_word(key + " ", (key, 0))
        if key.startswith("ال") and len(key) > 3 and key[1:] not in index:
            automaton.add_word(key[1:] + " ", (key, 1))
    automaton.make_automaton()
    return automaton


@cache
def _cue_data() -> dict[str, Any]:
    """place_cues.yaml, parsed once for the cue lexicon and the geocoder weights."""
    return yaml.safe_load(_text("place_cues.yaml"))


@cache
def load_geocode_weights() -> GeocodeWeights:
    """The geocoder's weights from place_cues.yaml; raises GazetteerError when
    one is missing, of the wrong type or keyed by an unknown class or cue type."""
    data = _cue_data().get("geocode") or {}
    problems = validate_geocode_weights(data)
    if problems:
        raise GazetteerError("place_cues.yaml: geocode: " + "; ".join(problems))
    return GeocodeWeights(
        class_score=dict(data["class_score"]),
        cue_fit={ctype: dict(fits) for ctype, fits in data["cue_fit"].items()},
        locality_cue_penalty=dict(data["locality_cue_penalty"]),
        between_words=frozenset(normalize(w) for w in data["between_words"]),
        border_with_words=frozenset(tuple(normalize(w).split()) for w in data["border_with_words"]),
        border_of_words=frozenset(normalize(w) for w in data["border_of_words"]),
        border_sides=frozenset(normalize(w) for w in data["border_sides"]),
        setting_words=frozenset(normalize(w) for w in data["setting_words"]),
        setting_back_references=frozenset(normalize(w) for w in data["setting_back_references"]),
        centre_words=frozenset(normalize(w) for w in data["centre_words"]),
        quarter_words=frozenset(normalize(w) for w in data["quarter_words"]),
        quarter_city_not_after=frozenset(normalize(w) for w in data["quarter_city_not_after"]),
        quarter_city_speech=frozenset(normalize(w) for w in data["quarter_city_speech"]),
        quarter_city_speakers=frozenset(normalize(w) for w in data["quarter_city_speakers"]),
        undergoing_verbs=frozenset(normalize(w) for w in data["undergoing_verbs"]),
        occurrence_verbs=frozenset(normalize(w) for w in data["occurrence_verbs"]),
        incident_nouns=frozenset(normalize(w) for w in data["incident_nouns"]),
        item_openers=frozenset(normalize(w) for w in data["item_openers"]),
        scene_shift_openers=frozenset(tuple(normalize(w).split()) for w in data["scene_shift_openers"]),
        scene_recall_phrases=frozenset(tuple(normalize(w).split()) for w in data["scene_recall_phrases"]),
        comparison_words=frozenset(normalize(w) for w in data["comparison_words"]),
        nationwide_acts=frozenset(data["nationwide_acts"]),
        **{name: data[name] for name in _WEIGHT_NUMBERS},
    )


def validate_geocode_weights(data: dict[str, Any]) -> list[str]:
    """Problems in the `geocode` section (empty when valid)."""
    problems = [
        f"{name} must be a {kind.__name__}" for name, kind in _WEIGHT_NUMBERS.items()
        if type(data.get(name)) is not kind
    ]
    tables = {"class_score": data.get("class_score"), "locality_cue_penalty": data.get("locality_cue_penalty")}
    cue_fit = data.get("cue_fit")
    if not isinstance(cue_fit, dict) or set(cue_fit) - set(CUE_TYPES):
        problems.append(f"cue_fit must map cue types {CUE_TYPES} to class scores")
    else:
        tables.update({f"cue_fit.{ctype}": fits for ctype, fits in cue_fit.items()})
    for name, table in tables.items():
        if not isinstance(table, dict):
            problems.append(f"{name} must map feature classes to scores")
            continue
        problems.extend(f"{name}: unknown class {c!r}" for c in table if c not in FEATURE_CLASSES)
        problems.extend(f"{name}.{c} must be an int" for c, v in table.items() if type(v) is not int)
    problems.extend(
        f"{name} must be a list of words" for name in ("between_words", "border_with_words", "border_of_words", "border_sides", "setting_words",
                                                      "setting_back_references", "centre_words", "quarter_words",
                                                      "quarter_city_not_after", "quarter_city_speech",
                                                      "quarter_city_speakers",
                                                      "undergoing_verbs", "occurrence_verbs", "incident_nouns",
                                                      "item_openers", "scene_shift_openers", "scene_recall_phrases",
                                                      "comparison_words")
        if not isinstance(data.get(name), list) or not data[name]
    )
    acts = data.get("nationwide_acts")
    if not isinstance(acts, list) or not all(isinstance(a, str) for a in acts):
        problems.append("nationwide_acts must be a list of trigger pattern ids")
    return problems


@cache
def load_place_cues() -> PlaceCues:
    """The normalized cue lexicon from place_cues.yaml."""
    data = _cue_data()
    cue_type: dict[str, str] = {}
    precision: dict[str, int] = {}
    prefer: dict[str, tuple[str, ...]] = {}
    for ctype, spec in data["cues"].items():
        if ctype not in CUE_TYPES:
            raise GazetteerError(f"place_cues.yaml: unknown cue type {ctype!r}")
        precision[ctype] = int(spec["precision"])
        prefer[ctype] = tuple(spec.get("prefer") or ())
        for word in spec["words"]:
            cue_type.setdefault(normalize(word), ctype)
    predicate = data.get("predicate_reading") or {}
    return PlaceCues(
        cue_type=cue_type,
        precision=precision,
        prefer=prefer,
        near_phrases=frozenset(tuple(normalize(p).split()) for p in data["near_phrases"]),
        prepositions=frozenset(normalize(w) for w in data["prepositions"]),
        hierarchy_links=frozenset(normalize(w) for w in data["hierarchy_links"]),
        list_cues=frozenset(normalize(w) for w in data["list_cues"]),
        list_skip=int(data["list_skip"]),
        weak_cues=frozenset(normalize(w) for w in data["weak_cues"]),
        speaker_words=frozenset(normalize(w) for w in data["speaker_words"]),
        list_targets=frozenset(normalize(w) for w in data.get("list_targets") or ()),
        org_heads=frozenset(normalize(w) for w in data["org_heads"]),
        seat_fronts=frozenset(normalize(w) for w in data.get("seat_fronts") or ()),
        landmark_near_words=frozenset(normalize(w) for w in data.get("landmark_near_words") or ()),
        source_seat_words=frozenset(normalize(w) for w in data.get("source_seat_words") or ()),
        state_adjectives=frozenset(normalize(w) for w in data.get("state_adjectives") or ()),
        outlet_words=frozenset(normalize(w) for w in data["outlet_words"]),
        blocked_phrases=tuple(normalize(p) for p in data["blocked_phrases"]),
        generic_names=frozenset(loose_key(normalize(w)) for w in data["generic_names"]),
        nisba_rule=bool(data.get("nisba_after_definite_noun", True)),
        anaphors={loose_key(normalize(word)): tuple(classes) for word, classes in data["anaphors"].items()},
        person_titles=frozenset(normalize(w) for w in data["person_titles"]),
        launch_words=tuple(normalize(w) for w in data["projectiles"]["launch_stems"]),
        target_words=frozenset(normalize(w) for w in data["projectiles"]["target_words"]),
        proclitic_words=frozenset(loose_key(normalize(w)) for w in data.get("proclitic_words") or ()),
        stance_verbs=frozenset(normalize(w) for w in data.get("stance_verbs") or ()),
        press_words=frozenset(normalize(w) for w in data.get("press_words") or ()),
        site_nouns=frozenset(normalize(w) for w in data.get("site_nouns") or ()),
        site_adjective_endings=tuple(normalize(w) for w in data.get("site_adjective_endings") or ()),
        capital_nouns=frozenset(normalize(w) for w in data.get("capital_nouns") or ()),
        allegiance_words=frozenset(normalize(w) for w in data.get("allegiance_words") or ()),
        demand_verbs=frozenset(normalize(w) for w in (data.get("demand") or {}).get("verbs") or ()),
        demand_prepositions=frozenset(normalize(w) for w in (data.get("demand") or {}).get("prepositions") or ()),
        partitive_words=frozenset(normalize(w) for w in data.get("partitive_words") or ()),
        trip_words=frozenset(normalize(w) for w in (data.get("trip") or {}).get("words") or ()),
        trip_prepositions=frozenset(normalize(w) for w in (data.get("trip") or {}).get("prepositions") or ()),
        name_prepositions=frozenset(normalize(w) for w in data.get("name_prepositions") or ()),
        name_heads=frozenset(normalize(w) for w in data.get("name_heads") or ()),
        attribution_words=frozenset(normalize(w) for w in data.get("attribution_words") or ()),
        street_nouns=frozenset(normalize(w) for w in data.get("street_nouns") or ()),
        outlet_nouns=frozenset(normalize(w) for w in data.get("outlet_nouns") or ()),
        patronymic_words=frozenset(normalize(w) for w in data.get("patronymic_words") or ()),
        force_nouns=frozenset(normalize(w) for w in data.get("force_nouns") or ()),
        relative_links=frozenset(normalize(w) for w in data.get("relative_links") or ()),
        complementizers=frozenset(normalize(w) for w in data["complementizers"]),
        verb_particles=frozenset(normalize(w) for w in data["verb_particles"]),
        relative_pronouns=frozenset(normalize(w) for w in data["relative_pronouns"]),
        predicate_pronouns=frozenset(normalize(w) for w in predicate.get("pronouns") or ()),
        predicate_openers=frozenset(normalize(w) for w in predicate.get("openers") or ()),
        predicate_followers=frozenset(normalize(w) for w in predicate.get("followers") or ()),
        cue_needed=frozenset(loose_key(normalize(w)) for w in data.get("cue_needed_names") or ()),
        common_names=frozenset(loose_key(normalize(w)) for w in data.get("common_names") or ()),
        apposition_words=frozenset(normalize(w) for w in data.get("apposition_words") or ()),
        specifier_words=frozenset(normalize(w) for w in data.get("specifier_words") or ()),
        member_words=frozenset(normalize(w) for w in data.get("member_words") or ()),
        others_words=frozenset(normalize(w) for w in data.get("others_words") or ()),
        among_phrases=frozenset(normalize(w) for w in data.get("among_phrases") or ()),
        unit_names=frozenset(loose_key(normalize(w)) for w in data.get("unit_names") or ()),
        destination_words=frozenset(normalize(w) for w in (data.get("trip") or {}).get("destination_words") or ()),
        destination_prepositions=frozenset(
            normalize(w) for w in (data.get("trip") or {}).get("destination_prepositions") or ()
        ),
        care_words=frozenset(normalize(w) for w in (data.get("trip") or {}).get("care_words") or ()),
        native_nouns=frozenset(normalize(w) for w in (data.get("trip") or {}).get("native_nouns") or ()),
        return_words=frozenset(normalize(w) for w in (data.get("trip") or {}).get("return_words") or ()),
        hamza_names={loose_key(normalize(w)): raw_letters(w) for w in data.get("hamza_names") or ()},
        hamza_cues=frozenset(raw_letters(w) for w in data.get("hamza_cues") or ()),
        maqsura_particles=frozenset(raw_letters(w) for w in _cue_words(data, "maqsura_particles")),
        bare_name_classes=frozenset(_cue_words(data, "bare_names", "classes")),
        bare_name_near_km=_positive_km(data, "bare_names", "near_km"),
        abroad_classes=frozenset(_cue_words(data, "bare_names", "abroad_classes")),
        abroad_max_population=_positive_count(data, "bare_names", "abroad_max_population"),
        possessed_nouns=frozenset(loose_key(normalize(w)) for w in data.get("possessed_nouns") or ()),
        anaphor_acts=frozenset(normalize(w) for w in data.get("anaphor_acts") or ()),
        name_adjectives=frozenset(normalize(w) for w in data.get("name_adjectives") or ()),
        distance_units=frozenset(normalize(w) for w in (data.get("distance_reference") or {}).get("units") or ()),
        far_reference_km=float((data.get("distance_reference") or {}).get("far_km") or 0),
        distance_gap_words=int((data.get("distance_reference") or {}).get("gap_words") or 0),
        distance_stops=frozenset(normalize(w) for w in (data.get("distance_reference") or {}).get("stop_words") or ()),
        road_words=frozenset(normalize(w) for w in (data.get("routes") or {}).get("road_words") or ()),
        road_links=frozenset(normalize(w) for w in (data.get("routes") or {}).get("link_words") or ()),
        road_means=frozenset(normalize(w) for w in (data.get("routes") or {}).get("means_words") or ()),
        road_gap_words=int((data.get("routes") or {}).get("gap_words") or 0),
        topic_nouns=frozenset(normalize(w) for w in (data.get("talk_topics") or {}).get("nouns") or ()),
        topic_words=frozenset(normalize(w) for w in (data.get("talk_topics") or {}).get("words") or ()),
        topic_noun_words=int((data.get("talk_topics") or {}).get("noun_words") or 0),
        topic_reach=int((data.get("talk_topics") or {}).get("reach") or 0),
        grievance_words=frozenset(normalize(w) for w in (data.get("grievances") or {}).get("words") or ()),
        grievance_reach=int((data.get("grievances") or {}).get("reach") or 0),
        grievance_verbs=frozenset(normalize(w) for w in _cue_words(data, "grievances", "verbs")),
        grievance_objects=frozenset(normalize(w) for w in _cue_words(data, "grievances", "objects")),
        **_post_lists(data.get("actor_position") or {}),
        origin_noun_gap=_positive_count(data, "actor_position", "origin_noun_gap"),
        origin_distance_gap=_positive_count(data, "actor_position", "distance_gap"),
        native_countries=frozenset(data.get("native_spelling_countries") or ()),
        seat_heads=frozenset(normalize(w) for w in (data.get("seat_of") or {}).get("heads") or ()),
        seat_units=frozenset(normalize(w) for w in (data.get("seat_of") or {}).get("units") or ()),
        direction_extremes=frozenset(normalize(w) for w in _cue_words(data, "direction_extremes")),
        direction_adverbs=frozenset(normalize(w) for w in data.get("direction_adverbs") or ()),
        great_city_prepositions=frozenset(
            normalize(w) for w in (data.get("great_city_abroad") or {}).get("prepositions") or ()
        ),
        great_city_population=int((data.get("great_city_abroad") or {}).get("min_population") or 0),
        city_cue_words=frozenset(normalize(w) for w in (data.get("city_after_city_cue") or {}).get("words") or ()),
        city_cue_population=_positive_count(data, "city_after_city_cue", "min_population"),
        shared_theatres=frozenset(frozenset(group) for group in data.get("shared_theatres") or ()),
        country_nouns=frozenset(loose_key(normalize(w)) for w in _cue_words(data, "country_nouns")),
        elsewhere_phrases=tuple(normalize(w) for w in _cue_words(data, "elsewhere_phrases")),
        province_list_members=_positive_count(data, "province_lists", "min_members"),
        province_list_skip=frozenset(normalize(w) for w in _cue_words(data, "province_lists", "skip_words")),
        province_list_areas=frozenset(normalize(w) for w in _cue_words(data, "province_lists", "area_words")),
        province_list_window=_positive_count(data, "province_lists", "area_window"),
    )


def _cue_words(data: dict[str, Any], *path: str) -> list[str]:
    """A required non-empty list of words of place_cues.yaml at `path` (keys in turn)."""
    node: Any = data
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    if not isinstance(node, list) or not node or not all(isinstance(w, str) and w.strip() for w in node):
        raise GazetteerError(f"place_cues.yaml: {'.'.join(path)}: a non-empty list of words")
    return node


def _positive_km(data: dict[str, Any], section: str, key: str) -> float:
    """A required positive distance in km of place_cues.yaml (`section.key`)."""
    value = (data.get(section) or {}).get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise GazetteerError(f"place_cues.yaml: {section}.{key}: a positive number of km")
    return float(value)


def _positive_count(data: dict[str, Any], section: str, key: str) -> int:
    """A required positive whole number of place_cues.yaml (`section.key`)."""
    value = (data.get(section) or {}).get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise GazetteerError(f"place_cues.yaml: {section}.{key}: a positive whole number")
    return value


def _post_lists(section: dict[str, Any]) -> dict[str, frozenset[str]]:
    """The normalized `actor_position` lists of place_cues.yaml, by PlaceCues field."""
    fields = {"post_words": "words", "post_prepositions": "prepositions", "origin_words": "origin_words",
              "origin_prepositions": "origin_prepositions", "post_target_words": "target_words",
              "origin_nouns": "origin_nouns", "origin_near_words": "near_words",
              "origin_distance_words": "distance_words", "origin_size_words": "size_words"}
    return {name: frozenset(normalize(w) for w in section.get(key) or ()) for name, key in fields.items()}


def raw_letters(raw: str, keep: frozenset[str] = frozenset()) -> str:
    """A raw spelling without its diacritics and tatweel (the characters
    `normalize` drops) except those in `keep`, hamza seats and ة kept: "إِبّ" → "إب"."""
    return "".join(ch for ch in raw if ch in keep or _kept_letter(ch))


@cache
def _kept_letter(ch: str) -> bool:
    """Whether `normalize` keeps a character (cached: the places stage asks for
    every character of every candidate span)."""
    return bool(normalize(ch))


@cache
def load_gazetteer() -> Gazetteer:
    """Load the gazetteer and the curated regions (cached per process)."""
    header, rows = _read_rows()
    if header != GAZETTEER_COLUMNS:
        raise GazetteerError(f"gazetteer.tsv.gz: unexpected columns {header}")
    cues = load_place_cues()
    # Generic nouns and the cue words themselves ("مدينة", "شمال") are never names.
    generic = cues.generic_names | {loose_key(word) for word in cues.cue_type}
    index: dict[str, list[int]] = {}
    common: set[str] = set()
    frequent: set[str] = set()
    cue_only: set[str] = set()
    strong: set[str] = set()
    countries: dict[str, str] = {}
    countries_at: dict[str, int] = {}
    admin1_at: dict[tuple[str, str], int] = {}

    def add(i: int, keys: list[str], is_strong: bool = False) -> None:
        for key in keys:
            if key and key not in generic:
                bucket = index.setdefault(key, [])
                if not bucket or bucket[-1] != i:
                    bucket.append(i)
                if is_strong:
                    strong.add(key)

    # Gazetteer keys are stored as matching keys (normalized, ث→ت, ending
    # variants: the build script applies the same rules; validate_gazetteer
    # checks them), so they are indexed as they are.
    heard: dict[str, list[int]] = {}
    for i, line in enumerate(rows):
        _gid, fclass, cc, flags, names, row_common, row_frequent, row_cue_only, rest = line.split("\t", _HEAD)
        if "e" in flags:
            # A made-up spelling (build rule 17) never makes a word a place by
            # itself: only the spelled-by-ear reader looks these names up.
            for key in names.split("|"):
                heard.setdefault(key, []).append(i)
            continue
        add(i, names.split("|"), fclass in STRONG_CLASSES or "c" in flags)
        if row_common:
            common.update(row_common.split("|"))
        if row_frequent:
            frequent.update(row_frequent.split("|"))
        if row_cue_only:
            cue_only.update(row_cue_only.split("|"))
        if fclass == "country":
            countries[cc], countries_at[cc] = rest.split("\t", 1)[0], i
        elif fclass == "admin1":
            admin1_at.setdefault((cc, rest.split("\t", 1)[0]), i)
    # Everyday names the sources lack for a few countries (بريطانيا, أمريكا).
    for cc, aliases in (_cue_data().get("country_aliases") or {}).items():
        if cc not in countries_at:
            raise GazetteerError(f"place_cues.yaml: country_aliases: no country row for {cc!r}")
        add(countries_at[cc], [v for n in aliases for v in key_variants(loose_key(normalize(n)))], True)
    regions: list[Place] = []
    for region in _read_regions():
        place = _place_from_region(region, countries.get(region["country_code"], ""))
        regions.append(place)
        keys = [v for n in region["names_ar"].split("|") for v in key_variants(loose_key(normalize(n)))]
        add(len(rows) + len(regions) - 1, keys, place.feature_class in STRONG_CLASSES)
        if place.feature_class == "admin1":  # a curated state (Texas, Borno) is found by name like a source unit
            admin1_at.setdefault((place.country_code, place.name), len(rows) + len(regions) - 1)
    # Curated ordinary nouns ("معسكر": a camp, not Mascara) are cue-only words too;
    # curated common names ("العيون": the eyes) are common words only.  So are the
    # site nouns ("في ميدان بوشكينسكايا وسط موسكو" is a square, not Medan in
    # Indonesia; "ميناء الحديدة" a port, not Minna in Nigeria): a place only after a cue.
    ordinary = cues.cue_needed | {loose_key(noun) for noun in cues.site_nouns}
    gazetteer = Gazetteer(
        rows=rows, regions=regions, countries=countries, index=index,
        common=frozenset(common | ordinary | cues.common_names), frequent=frozenset(frequent),
        cue_only=frozenset(cue_only | ordinary),
        strong=frozenset(strong), heard=heard,
    )
    locality_cues = [w for w, t in cues.cue_type.items() if t in ("admin", "locality")]
    gazetteer.automaton = _build_automaton(index, locality_cues, tuple(k for k in cues.hamza_names if k in index))
    gazetteer._countries, gazetteer._admin1 = countries_at, admin1_at
    # The ~200k index lists live as long as the process: moved out of the
    # collector's generations, they are no longer rescanned by every full
    # collection (which cost the places stage about half its time).
    gc.freeze()
    return gazetteer


def validate_gazetteer(gazetteer: Gazetteer, cues: PlaceCues) -> list[str]:
    """Problems in the loaded data (empty when valid); run by the test suite."""
    problems: list[str] = []
    for place in gazetteer.all_places():
        if place.feature_class not in FEATURE_CLASSES:
            problems.append(f"{place.gid}: unknown feature class {place.feature_class!r}")
        if not (-90 <= place.lat <= 90 and -180 <= place.lon <= 180):
            problems.append(f"{place.gid}: coordinates out of range")
        if place.precision not in (1, 2, 3):
            problems.append(f"{place.gid}: precision {place.precision}")
        if place.country_code and gazetteer.country_by_code(place.country_code) is None:
            problems.append(f"{place.gid}: no country row for {place.country_code}")
        if place.gid.startswith("region:") and place.admin1 and place.country_code in ("SY", "IQ", "YE", "PS") \
                and gazetteer.admin1_place(place.country_code, place.admin1) is None:
            problems.append(f"{place.gid}: admin1 {place.admin1!r} is not a gazetteer admin1")
    problems.extend(validate_regions(_read_regions()))
    for key in [*gazetteer.index, *gazetteer.heard]:
        if key != loose_key(normalize(key)):
            problems.append(f"index key not normalized: {key!r}")
    # a town named by ear is only ever reached through the skeleton reader
    problems.extend(
        f"{gazetteer.place(i).gid}: a name by ear on a {gazetteer.place(i).feature_class}"
        for ids in gazetteer.heard.values() for i in ids if gazetteer.place(i).feature_class not in SKELETON_CLASSES
    )
    words = [*cues.cue_type, *cues.prepositions, *cues.hierarchy_links, *cues.list_cues, *cues.weak_cues, *cues.speaker_words,
             *cues.org_heads, *cues.seat_fronts, *cues.source_seat_words, *cues.state_adjectives, *cues.specifier_words, *cues.member_words, *cues.others_words,
             *cues.among_phrases, *cues.city_cue_words, *cues.direction_adverbs, *cues.outlet_words, *cues.blocked_phrases, *cues.person_titles,
             *cues.launch_words,
             *cues.target_words, *cues.relative_links, *cues.complementizers, *cues.verb_particles,
             *cues.relative_pronouns, *cues.predicate_pronouns, *cues.predicate_openers,
             *cues.predicate_followers, *cues.trip_words, *cues.trip_prepositions, *cues.care_words, *cues.native_nouns, *cues.return_words,
             *cues.distance_units, *cues.distance_stops,
             *cues.road_words, *cues.road_links, *cues.road_means, *cues.topic_nouns, *cues.topic_words, *cues.grievance_words,
             *cues.grievance_verbs, *cues.grievance_objects,
             *cues.post_words, *cues.post_prepositions, *cues.origin_words, *cues.origin_prepositions, *cues.origin_nouns,
             *cues.origin_near_words, *cues.origin_distance_words, *cues.origin_size_words,
             *cues.post_target_words, *cues.demand_verbs, *cues.demand_prepositions,
             *cues.attribution_words, *cues.street_nouns, *cues.outlet_nouns, *cues.patronymic_words, *cues.landmark_near_words]
    problems.extend(f"cue not normalized: {w!r}" for w in words if w != normalize(w))
    problems.extend(
        f"landmark_near_words: {w!r} is no near cue word" for w in sorted(cues.landmark_near_words)
        if cues.cue_type.get(w) != "near"
    )
    problems.extend(
        f"hamza name {raw!r} is spelled as its normalized form: it tells nothing apart" for raw in cues.hamza_names.values()
        if raw == normalize(raw)
    )
    problems.extend(
        f"anaphor {word!r}: unknown class {c!r}" for word, classes in cues.anaphors.items() for c in classes
        if c not in FEATURE_CLASSES
    )
    problems.extend(f"bare_names.abroad_classes: unknown class {c!r}" for c in cues.abroad_classes
                    if c not in FEATURE_CLASSES)
    return problems


def validate_regions(rows: list[dict[str, str]]) -> list[str]:
    """Problems in curated region rows: a name listed twice for one country.

    A repeated name (in one row or two) is an editing slip that either
    duplicates an entry or makes two regions compete for the same words.
    """
    problems: list[str] = []
    seen: dict[tuple[str, str], str] = {}
    for row in rows:
        for name in row["names_ar"].split("|"):
            key = (row["country_code"], loose_key(normalize(name)))
            if key in seen:
                problems.append(f"regions.tsv: {row['rid']}: name {name!r} already listed for {key[0]} by {seen[key]}")
            seen[key] = row["rid"]
    return problems


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
