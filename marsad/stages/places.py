"""Places stage: find place names in the article body, with their cue words.

Matching runs an Aho-Corasick automaton over the normalized body sentences
(with ث folded to ت, as in the gazetteer keys), so one pass finds every
gazetteer name of any length.  A match counts only on whole words: it may be
preceded by proclitics (و ف ب ل ك, and ل+ال contracted: "للشجرة") and must end
at a word end.  Overlapping matches keep the longest ("مخيم اليرموك" beats
"اليرموك"), and a name whose next word completes a foreign two-word name
spelled by ear ("سلطان بايلي" for the listed "سلطان بيلي") is read as
that name, not as the village of its first word.

The word(s) before a name set its cue and precision (place_cues.yaml):
"محافظة X" admin (3), "مدينة/بلدة/قرية/مخيم/حي X" locality (1), "ريف/محيط/
أطراف/قرب X" near (2), "شمال X" direction.  A cue carries over a list
("بلدات الشجرة وعابدين ومعرية": three mentions, one `list_id`).

A name is dropped when it is part of an organization or title ("جامعة دمشق",
"هيئة تحرير الشام"), a nisba adjective after a definite noun ("القوات
السعودية"), or an ordinary word (the build-time common list: السلام، النصر)
with no cue, no list and no support (a locative preposition before a
country, governorate or city; a city of millions the corpus mostly writes as
a club, "في مدريد", needs "في" or "داخل" right before it).  A bare village or neighbourhood name (no cue,
preposition or list) must lie in a governorate another name of the article
lies in, or near one of its places: the country alone does not make a word
("الشريعة السمحة") a village.  A word written with tanween ("مصلياً") or
holding a particle spelled with alef maqsura ("على خاله") is no name.  A quoted outlet or network name ('لـ"الرياض"',
'شبكة "حمص 24"') is no place, nor a name after a proclitic that makes a
fixed expression ("بحجة أن") or a common noun with its adjective ("منطقة
المجمع الحكومي"); where a speaker is ("قال من الرياض", "قال أمام
الصحافيين في أنقرة إن"), a capital that speaks or decides ("رفضت تل أبيب")
or backs a side ("الموالية لأنقرة") and a place in a title are kept but
flagged `in_title`.  The name opening the article before a comma or dash
is its dateline, a place however ordinary the word ("دبي، الإمارات").  Class nouns that point
back to a place ("في المحافظة") become mentions without candidates and an
`anaphor` attribute (their classes); geocode resolves them.  The raw
spelling, which normalization folds, settles a few readings: "إب" with its
hamza is Ibb however frequent "أب" is, "في منزله" (ه, not the ة of a
village's name) is a noun with its pronoun, "بدأ" a verb, "إحياء" (reviving)
no cue "أحياء" (quarters) for the word after it.  A place measured
from far away ("على مسافة 700 كيلومتر جنوبي طرابلس") is flagged `in_title`:
a reference point, not a scene.  The two places of a road phrase ("على طريق
بغداد كركوك", "الطريق الدولي بين X وY") share a `route` id: geocode places
the road, not the town at one of its ends.  A number of two or more digits
glued to a name ("غربي كركوك250/كم") ends it (`_unglued_numbers`); a name
and a number after an outlet noun ("لموقع عدن24") is an outlet (`_outlet_name`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from marsad.document import Document, Mention
from marsad.knowledge.actors import country_adjective_forms, load_catalogue
from marsad.knowledge.gazetteer import (
    LONG_COMPOUND_MAX_WORDS,
    LONG_COMPOUND_MIN_WORDS,
    Gazetteer,
    Place,
    PlaceCues,
    boundary_view,
    country_adjectives,
    distance_km,
    load_gazetteer,
    load_geocode_weights,
    load_place_cues,
    loose_key,
    raw_letters,
    spelling_skeleton,
)
from marsad.knowledge.lexicons import date_lexicon
from marsad.ner import load_gazetteer as load_ner_gazetteer

_LOOSE = str.maketrans({"ث": "ت"})
_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
_LAM_PREFIXES = frozenset({"ل", "ول", "فل"})
_CLITIC_LETTERS = frozenset("وفبلك")
_WORD = re.compile(r"\w+")
_NEXT_WORD = re.compile(r"\s+(\w+)")
# The next word of a hyphenated or spaced foreign compound ("سانت-إتيان-دو-روفريه").
_NEXT_COMPOUND_WORD = re.compile(r"(?:\s+|\s*-\s*)(\w+)")
_WORD_AT = re.compile(r"\w*")
_LIST_GAP = re.compile(r"^\s*[،,]?\s*$")
_QUOTE_GAP = r"[\s\"'«»“”()]+"
# The word before an opening quote or bracket that ends right before a name.
_OPEN_QUOTE = re.compile(r"(\w+)\s*[\"«“(]\s*$")
_CLOSE_QUOTE = re.compile(r"\s*[\"»”)]")
_OPENING = frozenset("\"«“(")
_OPEN_QUOTES = "\"«“"
# Quote marks that open a reported statement, as the complementizers do.
_QUOTES = frozenset("\"«“:")
_OPENERS = frozenset("«:")  # a plain quote mark may just wrap a name ('موقع "واللا"')
# Characters and words around a place searched for a speech frame (`_press_place`).
_FRAME_CHARS, _FRAME_AFTER = 90, 2
_FRAME_TOKEN = re.compile(r"\w+|[\"«“:]")
_SENTENCE_END = re.compile(r"[.!?؟\n]")
# Characters before a place searched for a distance ("على مسافة 700 كيلومتر جنوبي X").
_DISTANCE_CHARS = 60
_DISTANCE_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+")
# A mark that ends the stretch searched for a distance ("60 كم جنوبا، وبالتحديد إلى قرى X"):
# a full stop only where it parts no digits ("على بعد 45.5 كم" is one number).
_DISTANCE_BREAK = re.compile(r"[،؛;:!?()\n]|(?<!\d)\.|\.(?!\d)")
# What follows a dateline's place name: a comma, a dash or an agency in brackets.
_DATELINE_NAME = re.compile(r"\s*[،,\-–—(]")
# Characters before a place searched for a road word, and what ends that search.
_ROAD_CHARS = 60
_CLAUSE_BREAK = re.compile(r"[.!?؟،,؛;:()\n]")
# "X بشمال شرق نيجيريا": the words after a name that place it in a country.
_BESIDE = re.compile(r"\s+ب(\w+)((?:\s+\w+){1,2})")
_IN_UNIT = re.compile(r"\s+(?:في\s+|ب)(\w+)")  # "بتشاتانوجا في تنيسي", "X بكاليفورنيا"
# The words after a cued name that may place it by direction or unit word
# ("مدينة مروة أقصى شمال الكاميرون", "منطقة دامبوا في جنوب ولاية بورنو"): `_placing_words`.
_PLACING = re.compile(r"\s*[،,]?((?:\s+\w+){1,5})")
_DEMAND_WORDS = 5  # "دعا الحلف والاتحاد الأوروبي موسكو إلى": the verb, its subject, a time word
_DEMAND_CHARS = 60
# What may part two names of a road phrase: spaces, dashes, quotes, words (checked apart).
_ROUTE_GAP = re.compile(r"[\s\-–—/\w\"«»“”]*")
# Possessive pronoun suffixes a noun takes ("منزله", "منزلها", "منزلهم", "منزلهما"), longest first.
_POSSESSIVES = ("هما", "ها", "هم", "ه")
# Classes of a unit named right after a village it places (`_spelled_in_unit`).
_UNIT_PLACES = frozenset({"admin1", "admin2", "region", "city"})
# Classes whose name tells the country a story touches (a village abroad does not).
_COUNTRY_TELLING_CLASSES = frozenset({"country", "admin1", "region", "city"})
# Classes whose population says whether a place abroad is known (a site, camp or unit keeps its name).
_POPULATED_CLASSES = frozenset({"town", "admin2", "city"})
_OUTLET_NUMBER = re.compile(r" ?[0-9\u0660-\u0669]{2,}(?![0-9\u0660-\u0669])")  # "عدن24", "عدن 24" after an outlet noun
_GLUED_NUMBER = re.compile(r"(?<=[\u0621-\u064a])[0-9]{2,}")  # "كركوك250": a name glued to a number (`_unglued_numbers`)
_UNIT_LINK_WORDS = 3  # "قرية X في ريف Y": a preposition and cue words
_CLASS_RANK = {
    "country": 9, "admin1": 8, "city": 7, "region": 6, "town": 5, "admin2": 4, "camp": 4,
    "admin3": 3, "village": 2, "neighbourhood": 2, "facility": 1, "marine": 1,
}


@dataclass(slots=True)
class _Match:
    """One accepted-or-not automaton hit inside a sentence (norm offsets)."""

    start: int
    end: int
    key: str
    lam: bool
    prefix: str
    ids: list[int]
    cue: str | None = None
    cue_type: str | None = None
    noun_type: str | None = None  # the cue type of the noun right before the name ("شمال مدينة X": locality)
    precision: int | None = None
    governed: bool = False
    list_id: int | None = None
    needs_country: bool = False
    bare: bool = False
    in_title: bool = False
    anaphor: tuple[str, ...] | None = None
    clause_subject: bool = False
    spelled: bool = False
    route: int | None = None
    dateline: bool = False  # the name opening the article before a comma or dash
    city_word: bool = False  # an ordinary word read as a city after "مدينة" (`_city_after_city_cue`)
    shared: tuple[int, int] | None = None  # the name a paired direction shares (`_paired_direction`)


# The raw letters (`raw_letters`) of a span of a sentence's normalized text,
# with its tanween marks kept (`_nunated`).
Spelling = Callable[[int, int], str]
_TANWEEN = frozenset("\u064b\u064c\u064d")


def process(doc: Document) -> None:
    """Add `place` mentions for every place name in the body sentences."""
    gazetteer = load_gazetteer()
    cues = load_place_cues()
    loose = doc.norm.translate(_LOOSE)
    view = boundary_view(doc.norm)  # once per article: sentences take slices
    list_counter = [0]
    found: list[tuple[int, _Match]] = []
    texts: list[tuple[int, str, list[_Match]]] = []
    first = True
    for sentence in doc.sentences:
        if sentence.is_title:
            continue
        start, end = doc.norm_index(sentence.start), doc.norm_index(sentence.end)
        text = loose[start:end]
        matches = sentence_matches(
            text, gazetteer, cues, list_counter, view[start:end] + " ", dateline=first, spelling=_spelling(doc, start),
        )
        first = False
        matches += _spelled_in_unit(text, matches, gazetteer, cues)
        found.extend((start, m) for m in matches)
        texts.append((start, text, matches))
        for anaphor in _anaphors(text, matches, cues) + _country_nouns(text, cues):
            doc.add(_mention(doc, start, anaphor, gazetteer))
    every_named = _named_countries([m for _, m in found], gazetteer)
    named = every_named - cues.native_countries
    for _, match in found:
        _heard_too(match, every_named, named, gazetteer)
    for start, text, matches in texts:
        # a country named in the article, or by its adjective in the sentence ("مدينة كويتا الباكستانية")
        if named or not _adjective_countries().keys().isdisjoint(_WORD.findall(text)):
            found.extend((start, m) for m in _spelled_by_ear(text, matches, named, gazetteer, cues, _spelling(doc, start)))
    countries = _article_countries([m for _, m in found if not m.needs_country and not m.bare], gazetteer)
    # the countries any other name may stand in, for a bare name (`_supported`)
    named = [gazetteer.place(i) for _, m in found if not m.bare for i in m.ids]
    present = {p.country_code for p in named}
    units = {_unit_of(p) for p in named}
    points = [(p.lat, p.lon) for p in named if p.feature_class != "country"]
    families = _family_names(loose)
    every = [m for _, m in found]
    anchors = _anchor_counts(every, loose, gazetteer)
    for start, match in found:
        if match.city_word and not _country_named_beside(match, every, gazetteer):
            continue  # "مدينة صور" with no Lebanese place in the story: pictures of a city
        if _abroad_unnamed(match, anchors, gazetteer, cues):
            continue  # "مديرية الأمن العام" in a Jordan story: no Saudi quarter named الأمن
        if match.needs_country and not any(gazetteer.place(i).country_code in countries | {""} for i in match.ids):
            continue  # (a sea lies in no country: "في البحر المتوسط" needs none)
        if match.bare and present and not any(gazetteer.place(i).country_code in present | {""} for i in match.ids):
            continue  # "إن دركيا تعرض للطعن" in a Jordan story: a word, not a small town in Moldova
        if match.bare and present and not any(_near_named(gazetteer.place(i), units, points, cues) for i in match.ids):
            continue  # "الشريعة السمحة" in a story naming only Yemen: a word, not a Yemeni village
        if match.key in families and match.cue_type is None and not match.prefix and not match.governed:
            continue  # "ناصر الوحيشي ... مقتل الوحيشي": the person again (not "في الزبداني")
        doc.add(_mention(doc, start, match, gazetteer))


def _country_named_beside(match: _Match, matches: list[_Match], gazetteer: Gazetteer) -> bool:
    """True when another accepted name of the article (bare or not) most
    likely lies in a country one of the match's cities lies in."""
    cities = {gazetteer.place(i).country_code for i in match.ids if gazetteer.place(i).feature_class in ("city", "town")}
    return any(
        max((gazetteer.place(i) for i in other.ids), key=_prior).country_code in cities
        for other in matches if other is not match and other.ids
    )


def _anchors(match: _Match, gazetteer: Gazetteer) -> set[str]:
    """Countries one name says the story touches: those of its country,
    governorate, region, city or national capital candidates."""
    return {
        p.country_code for i in match.ids
        if (p := gazetteer.place(i)).feature_class in _COUNTRY_TELLING_CLASSES or p.is_capital
    }


def _anchor_counts(matches: list[_Match], text: str, gazetteer: Gazetteer) -> tuple[Counter[str], set[str]]:
    """How many names anchor each country (`_anchors`), and the countries
    whose adjective the article writes ("السعودية", "التركي")."""
    counts: Counter[str] = Counter()
    for match in matches:
        counts.update(_anchors(match, gazetteer))
    adjectives = load_catalogue().adjectives
    return counts, {code for word in set(_WORD.findall(text)) if (code := adjectives.get(word))}


def _abroad_unnamed(
    match: _Match, anchors: tuple[Counter[str], set[str]], gazetteer: Gazetteer, cues: PlaceCues,
) -> bool:
    """True for a name whose every candidate lies in a country the article
    names nowhere else (no other name anchors it, no adjective of it), when
    each candidate is small (`bare_names.abroad_classes`, or a town, district
    or city of fewer people than `abroad_max_population`), or when the name
    has no cue word nor preposition word before it and is no capital, great
    city, country, governorate or region.

    Why: the gazetteer holds millions of small places abroad whose names are
    Arabic words ("مديرية الأمن", "قضاء الله", "منطقة مرجانية"), verbs ("رشت
    عليه", "بوشر التحقيق") or parts of names ("ثانوية ستونمان دوغلاس"); a
    story that never names their country does not mean them.  Articles that
    name no country, governorate or capital at all are left alone, and so is
    the dateline, and so is every name of an article whose other names anchor
    no country.  A name after a town noun or in a list is a place whatever
    the gazetteer knows of it: geocode places it in the story's province."""
    if match.dateline or match.spelled or match.list_id is not None or match.noun_type == "locality":
        return False  # "قرية X", "بلدات X وY": a village the gazetteer lacks (geocode._stray_villages)
    counts, adjectives = anchors
    own = _anchors(match, gazetteer)
    named = {code for code, count in counts.items() if count > (code in own)}
    if not named:
        return False
    named |= adjectives | {c for group in cues.shared_theatres if group & named for c in group}
    places = [gazetteer.place(i) for i in match.ids]
    if any(not p.country_code or p.country_code in named for p in places):
        return False
    if all(p.feature_class in cues.abroad_classes
           or (p.feature_class in _POPULATED_CLASSES and p.population < cues.abroad_max_population) for p in places):
        return True
    by_word = match.governed and "ب" not in match.prefix  # "في X", not "بX"
    return match.cue_type is None and not by_word and not any(
        p.is_capital or p.population >= cues.great_city_population or p.feature_class in _COUNTRY_TELLING_CLASSES - {"city"}
        for p in places)


def _unit_of(place: Place) -> tuple[str, str]:
    """The country and first-level unit a place lies in (an admin1 row is its own unit)."""
    return place.country_code, place.name if place.feature_class == "admin1" else place.admin1


def _near_named(place: Place, units: set[tuple[str, str]], points: list[tuple[float, float]], cues: PlaceCues) -> bool:
    """Whether a bare name's candidate may be the place meant: a village or
    neighbourhood must lie in a governorate the article's other names lie
    in, or within `bare_names.near_km` (place_cues.yaml) of one of them (the next governorate's
    village by the named city: "جعولة" by Aden).  Villages carry many
    ordinary words and person names ("السمحة", "مفرح", "جليك"); the
    country alone, which any story on a war names, does not make one a
    scene.  Other classes keep the country test."""
    if place.feature_class not in cues.bare_name_classes or _unit_of(place) in units:
        return True
    return any(distance_km(place.lat, place.lon, lat, lon) <= cues.bare_name_near_km for lat, lon in points)


def _named_countries(matches: list[_Match], gazetteer: Gazetteer) -> set[str]:
    """Countries the article names as countries ("اليابان", "نيجيريا")."""
    return {
        place.country_code for match in matches for i in match.ids
        if (place := gazetteer.place(i)).feature_class == "country"
    }


def _spelled_by_ear(
    text: str, matches: list[_Match], named: set[str], gazetteer: Gazetteer, cues: PlaceCues,
    spelling: Spelling | None = None,
) -> list[_Match]:
    """Foreign names the gazetteer spells another way ("مدينة ناغازاكي" for
    ناجازاكي, "غومبيه بشمال شرق نيجيريا" for جومبي), as matches whose
    candidates are the cities, towns and units of the same skeleton
    (`Gazetteer.skeleton_ids`) in a country the article names, never an
    Arab one (`native_countries`).  Only a
    word no place match covers, that is no gazetteer name nor ordinary word,
    and that either follows an admin, district or locality cue word or is
    followed by "ب" + a direction and one of those countries (after a cue
    word or "في", also without ب, after "في" or "أقصى": `_placing_words`), or by "عاصمة/
    مركز" + a province cue ("داماتورو مركز ولاية يوبي"), or by "في/ب" + a
    state or province abroad that bounds it (`_unit_beside`); a skeleton of
    two letters ("مروة" / "ماروا") only in the latter, where the country
    stands beside the name.  A cue word itself ("مناطق بريف درعا": ب + ريف,
    not Provo) is none.  A country's adjective ("مدن إيرانية") is none,
    nor a word after an organization's head ("جامعة هارفارد"), nor one
    ending in ة (`spelling`) with no country beside it: after a cue noun it
    is mostly the noun's adjective ("منطقة آمنة"), while "مروة بشمال
    الكاميرون" is Maroua.  A town the gazetteer knows only by a spelling
    made up at build time (rule 17, `Gazetteer.by_ear`) is a candidate only
    after a town noun (`_town_noun`) or with its country, state or seat
    phrase beside it."""
    taken = [(m.start - len(m.prefix), m.end) for m in matches]
    out: list[_Match] = []
    adjectives = _adjective_countries()
    for word in _WORD.finditer(text):
        start, end = word.span()
        if any(s < end and start < e for s, e in taken) or word.group().startswith(("ال", "وال")):
            continue
        if not named and not ((after := _NEXT_WORD.match(text, end)) and loose_key(after.group(1)) in adjectives):
            continue  # with no country named, only a country's adjective right after places the name
        words = _words_before(text, start)
        if _after_org_head(words, cues):
            continue  # "جامعة هارفارد": an institution, not a town
        if _cue_of(word.group(), cues):
            continue  # "مناطق بريف درعا": a cue word with its preposition ("بريف") is no town spelled by ear
        cue = _cue_of(words[0], cues) if words else None
        # after a cue word or "في" ("في غومبيه شمال شرق نيجيريا") a country or state
        # may follow the name in more ways than "بشمال X" (`_placing_words`)
        cued = cue in ("admin", "district", "locality") or bool(words) and words[0] == "في"
        beside = _country_beside(text, end, gazetteer, cues, cued) - cues.native_countries
        if not beside and spelling is not None and spelling(start, end).endswith("ة"):
            continue  # "لمنطقة آمنة مقترحة": a noun and its adjective ("مروة بشمال الكاميرون" has its country)
        unit = None if beside else _unit_beside(text, end, gazetteer, cues, cued)
        seat = bool(_seat_of(cues.seat_heads, cues.seat_units).match(text, end))
        if cue not in ("admin", "district", "locality") and not beside and unit is None and not seat:
            continue
        # a town known only by a made-up spelling (build rule 17) is told as a town
        heard = bool(beside) or unit is not None or seat or _town_noun(words, cues)
        for form in _forms(word.group()):
            if form in gazetteer.index or form in _ordinary_words() or len(spelling_skeleton(form)) < (2 if beside else 3) \
                    or loose_key(form) in _country_adjectives():  # "في عدة مدن إيرانية": an adjective
                continue
            ids = [
                i for i in gazetteer.skeleton_ids(form)
                if gazetteer.place(i).country_code in (beside or named)
                and (unit is None or _may_lie_in(gazetteer.place(i), unit))
                and (heard or not gazetteer.by_ear(i))
            ]
            if ids:
                match = _Match(end - len(form), end, form, False, word.group()[:-len(form)], ids)
                _set_cue(match, words, cues)
                match.in_title = _far_reference(text, match, cues)  # "600 كيلومتر شرق العاصمة بماكو": measured from
                out.append(match)
                break
    return out


def _town_noun(words: list[str], cues: PlaceCues) -> bool:
    """Whether the word before a name is a town noun: a locality cue word
    ("مدينة", "بلدة", "ضاحية") other than a city quarter's (`quarter_words`).

    Why: a town the gazetteer knows only by a spelling by ear (build rule
    17) must be told as a town.  After a unit or area noun the word is a
    unit's name or an adjective: "ولاية أوتار براديش" is Uttar Pradesh, not
    Atarra; "إقليم كشمير" is Kashmir, not Kashmor; "حي سكني" is a
    residential quarter, not Suqian; "منطقة منجي" a county."""
    return bool(words) and _cue_of(words[0], cues) == "locality" and not _quarter_noun(words[0])


def _quarter_noun(word: str) -> bool:
    """Whether a cue word names a city quarter (`quarter_words`: "حي"، "أحياء"), not a town."""
    return any(form in load_geocode_weights().quarter_words for form in _forms(word))


def _heard_too(match: _Match, every_named: set[str], named: set[str], gazetteer: Gazetteer) -> None:
    """Give a name whose every candidate lies in a country the article does
    not name the foreign towns of a named country whose spelling by ear is
    that very name (`Gazetteer.heard_ids`, build rule 17): "في مدينة موبي"
    in a story on Nigeria is Mubi, Adamawa, which the sources give only in
    Latin letters, not the Sudanese village موبي they spell in Arabic.

    Why: the spelled-by-ear reader (`_spelled_by_ear`) skips every word the
    gazetteer knows, so such a town would stay unfound and the event would
    fall back to its state.  Only a one-word name after a town noun
    (`_town_noun`), and only towns of a country the article names (never an
    Arab one, `native_spelling_countries`)."""
    if match.bare or " " in match.key or not named or match.noun_type != "locality" or _quarter_noun(match.cue or ""):
        return  # told as a town ("مدينة موبي"), as `_town_noun` asks
    if any(gazetteer.place(i).country_code in every_named for i in match.ids):
        return  # "موبي" in a story on Sudan is the Sudanese village
    heard = [i for i in gazetteer.heard_ids(match.key) if gazetteer.place(i).country_code in named]
    if heard:
        match.ids = [*match.ids, *heard]


def _spelled_in_unit(text: str, matches: list[_Match], gazetteer: Gazetteer, cues: PlaceCues) -> list[_Match]:
    """Villages and towns the gazetteer spells with one long vowel more, less
    or moved ("قرية زردانا في ريف إدلب" for زردنا, "منطقة ميكراس بمحافظة
    البيضاء" for مكيراس), as matches whose candidates are the places so
    spelled inside the governorate of the unit named right after the word.
    Only a word no match covers and that is no cue word itself ("بريف"),
    after a district or locality cue word, with
    at most `_UNIT_LINK_WORDS` cue words or prepositions before that unit (a
    governorate, district, region or city), and one place (one point) found:
    news spells village names by ear, and the unit says which one is meant;
    without a unit a vowel edit finds too many.  A blocked phrase ("حي شعبي":
    a popular quarter) is no name either."""
    if {_cue_of(word, cues) for word in _WORD.findall(text)}.isdisjoint(("district", "locality")):
        return []  # most sentences: no cue word for a village to follow
    taken = [(m.start - len(m.prefix), m.end) for m in matches] + _blocked_spans(text, cues)
    out: list[_Match] = []
    tokens = list(_WORD.finditer(text))
    for previous, word in zip(tokens, tokens[1:], strict=False):
        start, end = word.span()
        key = word.group()
        if _cue_of(previous.group(), cues) not in ("district", "locality") or len(key) < 4 \
                or any(s < end and start < e for s, e in taken) or key in gazetteer.index or key in _ordinary_words() \
                or _cue_of(key, cues):
            continue  # "ومناطق بريف الحسكة": a cue word ("بريف") is no village spelled by ear
        words = _words_before(text, start)
        unit = next((m for m in matches if m.start >= end), None)
        if not words or unit is None:
            continue  # a mark between the cue and the word: the cue governs something else
        gap = text[end:unit.start - len(unit.prefix)]
        links = _WORD.findall(gap)
        if len(links) > _UNIT_LINK_WORDS or _CLAUSE_BREAK.search(gap) \
                or not all(_cue_of(w, cues) or _bare(w) in cues.prepositions for w in links):
            continue
        units = {
            (p.country_code, p.name if p.feature_class == "admin1" else p.admin1) for i in unit.ids
            if (p := gazetteer.place(i)).feature_class in _UNIT_PLACES
        }
        ids = [
            i for i in gazetteer.spelling_variant_ids(key)
            if (p := gazetteer.place(i)).feature_class in ("village", "town") and (p.country_code, p.admin1) in units
        ]
        if ids and len({(round(gazetteer.place(i).lat, 1), round(gazetteer.place(i).lon, 1)) for i in ids}) == 1:
            match = _Match(start, end, key, False, "", ids)
            _set_cue(match, words, cues)
            out.append(match)
    return out


def _country_beside(text: str, end: int, gazetteer: Gazetteer, cues: PlaceCues, cued: bool = False) -> set[str]:
    """The country of "ب" + direction word(s) + a country name right after
    `end` ("بشمال شرق نيجيريا"), or of a country's adjective right after it
    ("مدينة كويتا الباكستانية"; with the article, as a name's adjective
    agrees), else an empty set.  After a cue word (`cued`: "مدينة X") the
    direction may come without ب, after "في" or a far-end word
    (`_placing_words`: "مدينة مروة أقصى شمال الكاميرون")."""
    adjective = _NEXT_WORD.match(text, end)
    if adjective is not None and adjective.group(1).startswith("ال") \
            and (code := _adjective_countries().get(loose_key(adjective.group(1)))):
        return {code}  # a name is definite: "مسئول أمريكي" is a noun and its adjective, no town
    following = _BESIDE.match(text, end)
    if following is not None and _cue_of(following.group(1), cues) == "direction":
        rest = following.group(2).split()
        if rest and _cue_of(rest[0], cues) == "direction":
            rest = rest[1:]
        ids = gazetteer.index.get(rest[0], ()) if rest else ()
        return {p.country_code for i in ids if (p := gazetteer.place(i)).feature_class == "country"}
    if not cued:
        return set()
    placing = _placing_words(text, end, cues)
    if placing is None or not placing[0]:
        return set()
    ids = gazetteer.index.get(placing[2], ())
    return {p.country_code for i in ids if (p := gazetteer.place(i)).feature_class == "country"}


def _placing_words(text: str, end: int, cues: PlaceCues) -> tuple[bool, bool, str] | None:
    """What places a name after a cue word by its country or unit, read off
    the words right after `end`: a preposition ("في"، a glued ب), a word of
    the far end (`direction_extremes`: "أقصى"), direction words and a unit
    word (`seat_of: units`: "ولاية") in that order, each optional, then the
    name they lead to.  Returns (whether a direction word came, whether a
    preposition or unit word came, that name), or None when no name follows
    such words.

    Why: news writes a town abroad with its country or state after it in many
    ways, not only "بشمال X": "في مدينة مروة شمالي الكاميرون", "مدينة مروة
    أقصى شمال الكاميرون", "في منطقة دامبوا في جنوب ولاية بورنو".  Only the
    words that say where a place lies may stand between the name and its
    country or state, so an ordinary word after the name ("مدينة مروة التي")
    places nothing.  These words only read a name beside them: a name spelled
    by ear (`_spelled_by_ear`, which "دامبوا" is) is looked for only when the
    article names a country ("... في نيجيريا") or writes a country's
    adjective right after it, so "في منطقة دامبوا في جنوب ولاية بورنو" in a
    story naming no country stays at Borno."""
    following = _PLACING.match(text, end)
    if following is None:
        return None
    words = following.group(1).split()
    direction = linked = False
    index = 0
    if index < len(words) and words[index] == "في":
        linked, index = True, index + 1
    while index < len(words) - 1:
        word = words[index]
        bare = word[1:] if word[:1] == "ب" and len(word) > 3 else word
        if bare in cues.direction_extremes and not direction:
            pass
        elif _cue_of(word, cues) == "direction":
            direction = True
        elif bare in cues.seat_units:
            linked = True
        else:
            break
        linked = linked or bare != word
        index += 1
    if index == 0 or index >= len(words) or not (direction or linked):
        return None
    return direction, linked, words[index]


def _unit_beside(text: str, end: int, gazetteer: Gazetteer, cues: PlaceCues, cued: bool = False) -> Place | None:
    """The first-level unit abroad named right after `end` with "في" or "ب"
    ("بتشاتانوجا في تنيسي", "X بكاليفورنيا"), else None.  After a cue word
    (`cued`) a unit word and direction words may come between
    (`_placing_words`: "منطقة دامبوا في جنوب ولاية بورنو" in a story naming
    Nigeria, "بولاية فرجينيا").

    Why: a town is told by the state or province it lies in as surely as by
    its country, and the unit bounds the reading: a name spelled by ear
    there (ج for the g of تشاتانوغا) is one of that unit's towns."""
    following = _IN_UNIT.match(text, end)
    name = following.group(1) if following is not None else None
    if cued and (placing := _placing_words(text, end, cues)) is not None and placing[1]:
        name = placing[2] if name is None or name in cues.seat_units or _cue_of(name, cues) else name
    if name is None:
        return None
    units = [
        p for i in gazetteer.index.get(name, ())
        if (p := gazetteer.place(i)).feature_class == "admin1" and p.country_code not in cues.native_countries
    ]
    return units[0] if len(units) == 1 else None


def _may_lie_in(place: Place, unit: Place) -> bool:
    """True for a place in `unit`, or in its country when the gazetteer gives the place no unit."""
    return _unit_of(place) == _unit_of(unit) or (not place.admin1 and place.country_code == unit.country_code)


def _spelling(doc: Document, offset: int) -> Spelling:
    """The raw letters of a span of the sentence starting at norm `offset`
    (cached: several tests of one match ask for its span)."""

    @cache
    def letters(start: int, end: int) -> str:
        raw_start, raw_end = doc.raw_span(offset + start, offset + end)
        raw = doc.text[raw_start:raw_end]
        return raw_letters(raw, keep=_TANWEEN)

    return letters


@cache
def _seat_of(heads: frozenset[str], units: frozenset[str]) -> re.Pattern[str]:
    """The words after a name that make it a province's seat ("X، عاصمة ولاية Y",
    "X مركز محافظة Y"), from `seat_of` in place_cues.yaml."""
    return re.compile(
        rf"\s*[،,]?\s*(?:{'|'.join(map(re.escape, sorted(heads)))})\s+(?:{'|'.join(map(re.escape, sorted(units)))})\b"
    )


def _anaphors(text: str, matches: list[_Match], cues: PlaceCues) -> list[_Match]:
    """Class nouns that point back to an earlier place ("في المحافظة"), as
    matches without candidates; not inside a name or after an organization
    noun ("مجلس المحافظة")."""
    out: list[_Match] = []
    for stem in _anaphor_pattern(tuple(cues.anaphors)).finditer(text):
        first, last = stem.start(), stem.end()
        if last < len(text) and text[last].isalnum():
            continue
        while first > 0 and text[first - 1].isalnum():
            first -= 1
        word = text[first:last]
        key = next((f for f in _anaphor_forms(word) if f in cues.anaphors), None)
        if key is None or any(m.start - len(m.prefix) < last and first < m.end for m in matches):
            continue
        lam = not word.endswith(key)  # "للمحافظة": ل + ال contracted
        start = last - len(key) + lam
        prefix = word[:start - first]
        words = _words_before(text, first)
        if words and any(form in cues.org_heads for form in _forms(words[0])):
            continue
        match = _Match(start, last, key, lam, prefix, [], anaphor=cues.anaphors[key])
        _set_cue(match, words, cues)
        # "لاقتحام المخيم": the object of an act noun is a place as surely as "في المخيم"
        match.governed = match.governed or "ل" in prefix or bool(words) and any(
            form in cues.anaphor_acts for form in _forms(words[0]))
        out.append(match)
    return out


def _country_nouns(text: str, cues: PlaceCues) -> list[_Match]:
    """Nouns for the story's own country after a direction word ("جنوبي
    البلاد", "شمال شرق البلاد"), as matches without candidates, with the
    `country` anaphor class that geocode resolves to the story's country or
    its region.

    Why: the phrase says the act was elsewhere in the country; with no place
    of its own the event would take the town an earlier sentence named."""
    out: list[_Match] = []
    for found in _country_noun_pattern(tuple(sorted(cues.country_nouns))).finditer(text):
        words = _words_before(text, found.start())
        if not words or _cue_of(words[0], cues) != "direction":
            continue
        match = _Match(found.start(), found.end(), found.group(), False, "", [], anaphor=("country",))
        _set_cue(match, words, cues)  # a direction word governs its noun as a preposition does
        out.append(match)
    return out


@cache
def _country_noun_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """The country nouns as whole words."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in nouns) + r")(?!\w)")


@cache
def _anaphor_pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    """The anaphor nouns without their article ("محافظه" in "وبالمحافظه")."""
    return re.compile("|".join(re.escape(k[2:]) for k in keys if k.startswith("ال")))


def _anaphor_forms(word: str) -> list[str]:
    """A word without و/ف and ب/ك, and with لل read as ل + ال ("للمحافظة")."""
    forms = _forms(word)
    return forms + ["ا" + f[1:] for f in forms if f.startswith("لل")]


def _article_countries(matches: list[_Match], gazetteer: Gazetteer) -> set[str]:
    """Countries the article's unambiguous names point to (most likely candidate each)."""
    votes: dict[str, int] = {}
    for match in matches:
        best = max((gazetteer.place(i) for i in match.ids), key=_prior)
        votes[best.country_code] = votes.get(best.country_code, 0) + 1
    if not votes:
        return set()
    top = max(votes.values())
    return {code for code, count in votes.items() if count >= 2 or count == top}


def sentence_matches(
    text: str, gazetteer: Gazetteer, cues: PlaceCues, list_counter: list[int], view: str | None = None,
    dateline: bool = False, spelling: Spelling | None = None,
) -> list[_Match]:
    """Accepted place matches of one normalized sentence, in text order
    (`view`: its `boundary_view`, when the caller has it already).  In the
    article's first sentence (`dateline`), a name opening it before a comma
    or dash is the dateline ("دبي، الإمارات ... -"): a place, however
    ordinary the word.  `spelling` gives the raw letters of a span, which
    tell "إب" (Ibb) from "أب" (father): see `_spelled`."""
    hits = _hits(text, gazetteer, view)
    matches = _longest(_without_cue_heads(hits + _split_head_names(text, hits, gazetteer, cues), gazetteer, cues), gazetteer)
    matches = _foreign_compounds(text, matches, gazetteer, cues)
    blocked = _blocked_spans(text, cues)
    previous: _Match | None = None
    org_list: _Match | None = None  # the last name read as part of an organization's name
    accepted: list[_Match] = []
    for match in matches:
        if any(s < match.end and match.start < e for s, e in blocked) or _clitic_on_bare_family_word(match, spelling):
            continue
        match.spelled = _spelled(match, cues, spelling)
        words = _words_before(text, match.start - len(match.prefix))
        if words and _verbal_noun_before(text, match, cues, spelling):
            words = []  # "إحياء دين": a verbal noun and its object, no cue "أحياء" and its quarter
        if not words and not match.prefix:
            words = _comma_apposition(text, match.start, cues)
        _set_cue(match, words, cues)
        if match.cue_type is None and (_after_org_head(words, cues) or (
                org_list is not None and _conjoined(text, org_list, match))):
            org_list = match  # "قبائل X وY", "سفير سوريا ولبنان": each member names the body, not a place
            continue
        in_list = previous is not None and (
            _conjoined(text, previous, match) or _list_goes_on(text, previous, match, cues)
            or _after_its_direction(text, previous, match, cues))
        if in_list and match.cue_type is None and previous is not None:
            match.cue, match.cue_type, match.precision = previous.cue, previous.cue_type, previous.precision
            match.governed = previous.governed
        opens = dateline and not accepted and _DATELINE_NAME.match(text[match.end:]) is not None \
            and not text[:match.start - len(match.prefix)].strip()
        # `_supported` first: it turns down most matches (ordinary words with no cue); the rest are pure tests.
        if not opens and (
            not (_supported(match, in_list, text, gazetteer, cues) or (in_list and _unit_after_unit(previous, match, gazetteer)))
            or _excluded(match, words, cues) or _title_before_name(text, match, cues) or _outlet(text, match, gazetteer, cues) or _proclitic_word(match, cues)
            or _possessed_noun(match, gazetteer, cues, spelling) or _final_hamza_word(match, gazetteer, spelling)
            or _nunated(match, spelling) or _maqsura_particle(match, cues, spelling)
            or _after_given_name(match, words, gazetteer) or _clan_name(match, words)
            or _adjective_after_noun(match, words, gazetteer, cues, spelling) or (not in_list and _predicate(text, match, words, cues))
            or (match.cue_type is None and match.key in cues.hierarchy_links)  # "X الواقعة في Y": a link word
            or _heads_plural_cue(text, match, gazetteer, cues) or _counted_noun(text, match)
            or _split_from_a_word(match, cues) or _street_name(match, words, gazetteer, cues)
            or _person_named(text, match, words, gazetteer, cues) or _outlet_name(text, match, words, cues)
        ):
            continue
        match.dateline = opens
        # Flags of an accepted place only: most matches are ordinary words `_supported` turns down.
        match.in_title = (
            _in_title(match, words, cues) or _speaker_place(match, words, cues)
            or _stands_for_state(text, match, words, cues) or _press_place(text, match, gazetteer, cues)
            or _far_reference(text, match, cues)
        )
        match.clause_subject = _clause_subject(text, match, words, cues)
        if in_list and previous is not None:
            if previous.list_id is None:
                list_counter[0] += 1
                previous.list_id = list_counter[0]
            match.list_id = previous.list_id
        paired = _paired_direction(text, match, gazetteer, cues)
        if paired is not None:
            if match.list_id is None:
                list_counter[0] += 1
                match.list_id = list_counter[0]
            paired.list_id = match.list_id
            accepted.insert(next((i for i, m in enumerate(accepted) if m.start > paired.start), len(accepted)), paired)
        accepted.append(match)
        previous = match
    _mark_routes(text, accepted, cues, list_counter)
    return accepted


def _paired_direction(text: str, match: _Match, gazetteer: Gazetteer, cues: PlaceCues) -> _Match | None:
    """The region named by a direction joined by و before a region's own
    direction word ("شمال وجنوب إسرائيل", "شرق وغرب X"): the first
    direction shares the name, so the phrase names two regions (two scenes
    of an act, EVENTS.md §1), not only the one the name is matched with.
    Only a region the gazetteer lists under that direction and name, in the
    matched region's country, is read; None otherwise."""
    words = match.key.split()
    if match.prefix[:1] != "و" or len(words) < 2 or cues.cue_type.get(words[0]) != "direction":
        return None
    before = list(_WORD.finditer(text, max(0, match.start - len(match.prefix) - 20), match.start - len(match.prefix)))
    if not before or text[before[-1].end():match.start - len(match.prefix)].strip():
        return None
    word = before[-1]
    direction = next((f for f in _forms(word.group()) if cues.cue_type.get(f) == "direction"), None)
    if direction is None or direction == words[0]:
        return None
    countries = {gazetteer.place(i).country_code for i in match.ids if gazetteer.place(i).feature_class == "region"}
    key = " ".join([direction, *words[1:]])
    ids = [i for i in gazetteer.index.get(key, [])
           if gazetteer.place(i).feature_class == "region" and gazetteer.place(i).country_code in countries]
    if not ids:
        return None
    start = word.end() - len(direction)
    paired = _Match(start, word.end(), key, False, text[word.start():start], ids, in_title=match.in_title)
    _set_cue(paired, _words_before(text, word.start()), cues)
    # the words before the pair are the cue of both: the first direction is no cue of the second
    match.cue, match.cue_type, match.noun_type = paired.cue, paired.cue_type, paired.noun_type
    match.precision, match.governed = paired.precision, paired.governed
    paired.shared = (match.start + len(words[0]) + 1, match.end)
    return paired


def _units(key: str, gazetteer: Gazetteer) -> set[str]:
    """Countries in which a name reads as a governorate, district or city."""
    return {p.country_code for p in gazetteer.lookup(key) if p.feature_class in ("admin1", "admin2", "city")}


def _unit_after_unit(previous: _Match | None, match: _Match, gazetteer: Gazetteer) -> bool:
    """True for an ordinary-word name conjoined to a governorate, district or
    city that is a unit of the same country by "و" ("غارات على إب والحزم
    وصرواح": al-Hazm is Jawf's seat, not "firmness"): a list of units goes
    on.  A comma is no such link ("مديرية عبس، صباح اليوم")."""
    if previous is None or match.prefix != "و" or match.key in gazetteer.frequent:
        return False
    return bool(_units(previous.key, gazetteer) & _units(match.key, gazetteer))


def _foreign_compounds(text: str, matches: list[_Match], gazetteer: Gazetteer, cues: PlaceCues) -> list[_Match]:
    """Matches widened to a foreign two-word name whose first word alone names
    a village at home: "سلطان بايلي" is Istanbul's Sultanbeyli (listed as
    "سلطان بيلي"), not the Iraqi village "سلطان".  The next word must be
    no city, governorate, country or ordinary word, and the two words must
    spell a city, town or unit outside the Arab countries
    (`native_spelling_countries`) up to the letters spellings by ear
    disagree on (`Gazetteer.compound_ids`).  A village that happens to share
    the second word loses its match to it.  A longer foreign name of three
    to five words is tried first (`_long_compound`)."""
    out: list[_Match] = []
    for match in matches:
        if out and out[-1].end > match.start - len(match.prefix):
            continue  # the second word of a widened name
        longer = _long_compound(text, match, gazetteer, cues)
        if longer is not None:
            out.append(longer)
            continue
        following = _NEXT_WORD.match(text, match.end)
        word = following.group(1) if following else ""
        if " " in match.key or not word or word in gazetteer.strong or word in _ordinary_words():
            out.append(match)
            continue
        ids = [i for i in gazetteer.compound_ids(match.key, word)
               if gazetteer.place(i).country_code not in cues.native_countries]
        if ids and following is not None:
            match = _Match(match.start, following.end(), f"{match.key} {word}", match.lam, match.prefix, ids)
        out.append(match)
    return out


def _long_compound(text: str, match: _Match, gazetteer: Gazetteer, cues: PlaceCues) -> _Match | None:
    """`match` widened over the next words to a long foreign name
    (`LONG_COMPOUND_MIN_WORDS`+ words, hyphens or spaces between) that the
    gazetteer spells another way word by word (`Gazetteer.long_compound_ids`),
    outside the Arab countries (`native_countries`): "سانت إتيان دو روفريه" is
    Saint-Étienne-du-Rouvray (listed as "سنت اتين دو رووره"), 500 km from the
    Saint-Étienne its first two words name.  The longest name wins."""
    words = match.key.split(" ")
    if not gazetteer.starts_long_compound(words[0]):
        return None
    own = len(words)
    ends = [match.end]  # ends[k]: the end of the name widened by k words
    while len(words) < LONG_COMPOUND_MAX_WORDS and (following := _NEXT_COMPOUND_WORD.match(text, ends[-1])):
        words.append(following.group(1))
        ends.append(following.end())
    for count in range(len(words), max(LONG_COMPOUND_MIN_WORDS, own + 1) - 1, -1):
        ids = [i for i in gazetteer.long_compound_ids(words[:count])
               if gazetteer.place(i).country_code not in cues.native_countries]
        if ids:
            return _Match(match.start, ends[count - own], " ".join(words[:count]), match.lam, match.prefix, ids,
                          in_title=match.in_title)
    return None


def _mark_routes(text: str, accepted: list[_Match], cues: PlaceCues, counter: list[int]) -> None:
    """Give the places of one road phrase ("على طريق بغداد كركوك", "الطريق
    الدولي بين X وY", `routes` in place_cues.yaml) a shared `route` id: the
    road is the scene, not the town at one end of it (geocode._routes)."""
    index = 0
    while index < len(accepted):
        first = accepted[index]
        index += 1
        if first.prefix.strip("و") or not _after_road_word(text, first, cues):
            continue
        counter[0] += 1
        first.route = counter[0]
        if index < len(accepted) and _route_gap(text, first, accepted[index], cues):
            accepted[index].route = counter[0]  # a road has two ends
            index += 1


def _after_road_word(text: str, match: _Match, cues: PlaceCues) -> bool:
    """True when a road word opens the phrase before a name, with at most
    `road_gap_words` link or cue words between ("الطريق الرابط بين العاصمة
    X"), and no means word before it ("عن طريق X": by way of X)."""
    start = match.start - len(match.prefix)
    clause = _CLAUSE_BREAK.split(text[max(0, start - _ROAD_CHARS):start])[-1]
    words = _WORD.findall(clause)[::-1]
    for index, word in enumerate(words[:cues.road_gap_words + 1]):
        if any(form in cues.road_words for form in _forms(word)):
            return index + 1 >= len(words) or _bare(words[index + 1]) not in cues.road_means
        if not any(form in cues.road_links or form in cues.cue_type for form in _forms(word)):
            return False
    return False


def _route_gap(text: str, previous: _Match, match: _Match, cues: PlaceCues) -> bool:
    """True when only a space, a dash or a quote ("بغداد كركوك", "X-Y"), or
    "و" with unit and locality cue words ("X والعاصمة Y"), part the two
    names of a road phrase.  A near or direction cue ("X قرب بلدة Y") places
    the act on the road instead (geocode.event_places)."""
    gap = text[previous.end:match.start - len(match.prefix)]
    if match.prefix.strip("و") or _ROUTE_GAP.fullmatch(gap) is None:
        return False
    words = _WORD.findall(gap)
    if not words:
        return True
    return words[0].startswith("و") and all(_cue_of(w, cues) in ("admin", "district", "locality") for w in words)


def _spelled(match: _Match, cues: PlaceCues, spelling: Spelling | None) -> bool:
    """True for a hamza name written with its hamza ("في إب"): a place
    however frequent the word it normalizes to ("أب")."""
    raw = cues.hamza_names.get(match.key)
    return raw is not None and spelling is not None and spelling(match.start, match.end) == raw


def _verbal_noun_before(text: str, match: _Match, cues: PlaceCues, spelling: Spelling | None) -> bool:
    """True when the word right before a name is a cue of `hamza_cues` written,
    in the raw text, with إ for its initial أ ("إحياء ذكرى", "وإحياء دين"):
    the verbal noun (reviving), which normalization makes the cue "أحياء"
    (quarters); what follows it is its object, not a quarter's name."""
    if spelling is None or not cues.hamza_cues:
        return False
    before = text[:match.start - len(match.prefix)].rstrip()
    word = before.rsplit(None, 1)[-1] if before else ""
    raw = spelling(len(before) - len(word), len(before))
    return any(cue.startswith("أ") and raw.endswith("إ" + cue[1:]) for cue in cues.hamza_cues)


def _clitic_on_bare_family_word(match: _Match, spelling: Spelling | None) -> bool:
    """True for a name headed by the family word آل (normalized "ال") that a
    proclitic joins while it is written without its madda: "وبال على" is the
    word وبال (a calamity) before على, not و + ب + "آل علي"; "بآل علي"
    keeps the madda that marks the family word."""
    return bool(match.prefix) and match.key.startswith("ال ") and spelling is not None \
        and not spelling(match.start, match.end).startswith("آ")


def _hits(text: str, gazetteer: Gazetteer, view: str | None = None) -> list[_Match]:
    """Every whole-word automaton hit, with its proclitic prefix.

    The automaton runs on the boundary view, so hits end at word ends.  A
    hit may start after at most two proclitic letters ([وف][بلك]), which
    must themselves begin the word.
    """
    hits: list[_Match] = []
    for end, (key, lam) in gazetteer.automaton.iter(_unglued_numbers(view or boundary_view(text))):
        start = end - len(key) + lam
        if start > 0 and text[start - 1] not in _CLITIC_LETTERS and text[start - 1].isalnum():
            continue  # ends a longer word: by far the most frequent raw hit
        cut = start
        while cut > 0 and cut > start - 3 and text[cut - 1] in _CLITIC_LETTERS:
            cut -= 1
            if cut == 0 or not text[cut - 1].isalnum():
                break
        if cut > 0 and text[cut - 1].isalnum():
            continue
        prefix = text[cut:start]
        if prefix not in (_LAM_PREFIXES if lam else _PREFIXES):
            continue
        hits.append(_Match(start, end, key, bool(lam), prefix, gazetteer.index[key]))
    return hits


def _unglued_numbers(view: str) -> str:
    """The boundary view with a number of two or more digits glued to the end
    of a word turned into spaces ("غربي كركوك250/كم شمال بغداد", "وأربد90 كلم
    شمال عمان"), so the name before it ends at a word end.

    Why: copy-pasted news often loses the space (or the bracket) between a
    place and the distance or toll that follows it; the automaton only finds
    a name followed by a space, so the town was lost and the event fell to
    the far city the distance is measured from.  One glued digit is left
    alone: it usually numbers a series ("جنيف1", "فرانس24" has two but names
    no place).  Same length as the view, so offsets carry over."""
    return _GLUED_NUMBER.sub(lambda m: " " * len(m.group()), view)


def _split_head_names(text: str, hits: list[_Match], gazetteer: Gazetteer, cues: PlaceCues) -> list[_Match]:
    """A place the gazetteer spells as one word that news writes as two, its
    name head apart (`name_heads`: "مدينة بن قردان" for بنقردان): the
    head word alone is a person's name ("بن", "son of") or another place
    altogether (Bonn), so the two words are read as the one town.  Only a
    town, city or admin unit (many hamlets are named for a family), and
    only after a preposition or a cue word ("في بن غازي", "مدينة بن
    قردان"): after a given name the two words are a man's descent ("محمد
    بن سليمان"), not Ben Slimane."""
    out: list[_Match] = []
    for hit in hits:
        if hit.key not in cues.name_heads:
            continue
        before = _words_before(text, hit.start - len(hit.prefix))
        if not hit.prefix and not (before and before[0] not in cues.name_prepositions
                                   and (_bare(before[0]) in cues.prepositions or _cue_of(before[0], cues))):
            continue  # "علي بن سليمان": the given name Ali reads as the preposition على once normalized
        following = _NEXT_WORD.match(text, hit.end)
        if following is None or following.start(1) != hit.end + 1:
            continue
        joined = hit.key + following.group(1)
        ids = [i for i in gazetteer.index.get(joined, ())
               if gazetteer.place(i).feature_class in ("city", "town", "admin1", "admin2")]
        if ids:
            out.append(_Match(hit.start, following.end(1), joined, hit.lam, hit.prefix, ids))
    return out


def _without_cue_heads(hits: list[_Match], gazetteer: Gazetteer, cues: PlaceCues) -> list[_Match]:
    """Hits without the district names that begin with a locality cue word
    when the rest is a name too: "مدينة البيضاء" (the official name of a
    Yemeni district) is read as the cue مدينة + البيضاء, so the article's
    context picks Libya's or Yemen's town.  Camps and quarters ("مخيم
    اليرموك", "حي الزيتون") keep their whole names."""
    ends = {h.end for h in hits if " " not in h.key}
    return [h for h in hits if h.end not in ends or not _cue_headed_unit(h, gazetteer, cues)]


def _cue_headed_unit(hit: _Match, gazetteer: Gazetteer, cues: PlaceCues) -> bool:
    """A two-word hit "<locality cue> X" whose places are all admin units."""
    words = hit.key.split()
    return (
        len(words) == 2 and cues.cue_type.get(words[0]) == "locality"
        and all(gazetteer.place(i).is_admin for i in hit.ids)
    )


def _longest(hits: list[_Match], gazetteer: Gazetteer) -> list[_Match]:
    """Non-overlapping hits, longest first, returned in text order.

    One exception: a word read whole as a minor place yields to a known
    city or governorate after its proclitic ("بأبين" is ب + Abyan, not the
    village Babin).
    """
    strong_words = {(h.start - len(h.prefix), h.end) for h in hits if h.prefix and h.key in gazetteer.strong}
    hits = [h for h in hits if h.prefix or h.key in gazetteer.strong or (h.start, h.end) not in strong_words]
    kept: list[_Match] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(hit.end <= k.start - len(k.prefix) or hit.start - len(hit.prefix) >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


@cache
def _blocked_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation over all blocked phrases (ث folded like the text); the
    words of a phrase may be split by quotes ('قوات "سوريا الديمقراطية"')."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile("|".join(_QUOTE_GAP.join(map(re.escape, p.translate(_LOOSE).split())) for p in ordered))


@cache
def _blocked_heads(phrases: tuple[str, ...]) -> ahocorasick.Automaton:
    """The first words of the blocked phrases (ث folded like the text)."""
    automaton = ahocorasick.Automaton()
    for phrase in phrases:
        head = phrase.translate(_LOOSE).split()[0]
        automaton.add_word(head, len(head))
    automaton.make_automaton()
    return automaton


def _blocked_spans(text: str, cues: PlaceCues) -> list[tuple[int, int]]:
    """Spans of blocked phrases (organization names, fixed expressions).

    The same spans as `finditer` of `_blocked_pattern`, found faster: the
    alternation is tried only where one of its first words starts, which
    the automaton finds in one pass (most sentences hold none)."""
    starts = sorted({end + 1 - length for end, length in _blocked_heads(cues.blocked_phrases).iter(text)})
    if not starts:
        return []
    pattern = _blocked_pattern(cues.blocked_phrases)
    spans: list[tuple[int, int]] = []
    for start in starts:
        if (not spans or start >= spans[-1][1]) and (found := pattern.match(text, start)):
            spans.append(found.span())
    return spans


def _words_before(text: str, index: int) -> list[str]:
    """Up to three words right before `index`, nearest first; stops at
    punctuation, but not at an opening quote or bracket: in 'في «الرقة
    السورية»' the preposition still governs the quoted name, and in "قرى
    (X، Y)" the cue noun heads the bracketed list."""
    window = text[max(0, index - 40):index]
    words = _WORD.findall(window)[:-4:-1]
    if words and window.rstrip().rstrip(_OPEN_QUOTES + "(").rstrip().endswith(words[0]):
        return words
    return []


def _forms(word: str) -> list[str]:
    """A word and its forms without و/ف and ب/ل/ك (the article is kept).

    Cue nouns head a construct ("محافظة درعا") and so never carry the
    article: "القضاء على" is not the cue "قضاء".
    """
    out = [word]
    if len(word) > 3 and word[0] in "وف":
        out.append(word[1:])
    for form in list(out):
        if len(form) > 3 and form[0] in "بلك":
            out.append(form[1:])
    return out


@lru_cache(maxsize=65536)
def _cue_of(word: str, cues: PlaceCues) -> str | None:
    """The cue type of a word, after removing its proclitics (cached: asked
    of nearly every word of every sentence by `_spelled_in_unit`)."""
    for form in (*_forms(word), *_short_cue_forms(word)):
        ctype = cues.cue_type.get(form)
        if ctype:
            return ctype
    return None


def _short_cue_forms(word: str) -> list[str]:
    """A two-letter cue noun after the preposition ب, maybe after و/ف:
    "بحي سلطان بيلي" is "in the quarter of Sultanbeyli".  `_forms` keeps
    words of three letters whole ("وحي" is revelation, not "and quarter"),
    so the ب-form is read here, for cue lookup only."""
    bare = word[1:] if len(word) == 4 and word[0] in "وف" else word
    return [bare[1:]] if len(bare) == 3 and bare[0] == "ب" else []


def _bare(word: str) -> str:
    """A word without the conjunctions و/ف (keeps prepositions and article)."""
    return word[1:] if len(word) > 2 and word[0] in "وف" else word


def _appositive(words: list[str], cues: PlaceCues) -> list[str]:
    """Words before a name with the nisba adjective of a cue noun skipped:
    "في العاصمة اليمنية صنعاء" reads as "في العاصمة صنعاء".  Only a
    definite cue noun takes an adjective before the name: in "مدينة
    الناصرية الواقعة" the name is the noun's own genitive."""
    if len(words) >= 2 and _nisba(words[0], cues) and _cue_of(words[1], cues) and any(
        form.startswith("ال") for form in _forms(words[1])
    ):
        return words[1:]
    return words


def _nisba(word: str, cues: PlaceCues) -> bool:
    """A definite nisba adjective ("السورية", "البريطاني")."""
    return word.startswith("ال") and word.endswith(("يه", "ي")) and word not in cues.relative_pronouns


def _comma_apposition(text: str, index: int, cues: PlaceCues) -> list[str]:
    """The words before a cue noun that a comma separates from the name
    ("شرطة العاصمة البريطانية، لندن": London is the capital meant), else []."""
    gap = text[max(0, index - 3):index].rstrip()
    if not gap.endswith(("،", ",")):
        return []
    comma = index - (len(text[:index]) - len(text[:index].rstrip())) - 1
    words = _appositive(_words_before(text, comma), cues)
    return words if words and _cue_of(words[0], cues) == "locality" else []


def _set_cue(match: _Match, words: list[str], cues: PlaceCues) -> None:
    """Cue type, cue word, precision and preposition government of a match."""
    if match.prefix[:1] == "و" and words and words[0] in cues.direction_adverbs:
        # "في مدينة غزة شمالا وخان يونس جنوبا": the adverb tells where the place before
        # lies; the name joined after it by و is the next item of a list, not north of it
        words = []
    elif len(words) > 1 and words[0][:1] == "و" and words[1] in cues.direction_adverbs:
        words = words[:1]  # "مدينة غزة شمالا ومدينة رفح": the same, the name with a cue noun of its own
    words = _appositive(words, cues)
    if len(words) >= 2 and tuple(reversed(words[:2])) in cues.near_phrases or (
        len(words) >= 3 and tuple(reversed(words[:3])) in cues.near_phrases
    ):
        match.cue, match.cue_type, match.precision, match.governed = words[0], "near", 2, True
        return
    first = _cue_of(words[0], cues) if words else None
    if first:
        match.cue, match.cue_type, match.noun_type = words[0], first, first
        match.precision = cues.precision[first]
        second = _cue_of(words[1], cues) if len(words) > 1 else None
        if first in ("admin", "district", "locality") and second in ("near", "direction"):
            match.cue_type, match.precision = second, 2 if first == "locality" else cues.precision[first]
        outer = words[2] if second and len(words) > 2 else (words[1] if len(words) > 1 else "")
        match.governed = (
            first in ("near", "direction") or second in ("near", "direction")  # "قرب العاصمة دمشق"
            or _bare(outer) in cues.prepositions or outer[:1] == "ب"
        )
        return
    match.governed = "ب" in match.prefix or bool(words) and _bare(words[0]) in cues.prepositions


def _in_title(match: _Match, words: list[str], cues: PlaceCues) -> bool:
    """A cue'd place inside a title or an organization name ("نائب رئيس محافظة
    كركوك", "مجلس محافظة البصرة"): a real place, but not where anything happened,
    unless a word placing an act at the organization's seat comes before it
    ("أمام مجلس محافظة البصرة", `seat_fronts`): the crowd stood in that place."""
    return match.cue_type is not None and len(words) > 1 and any(f in cues.org_heads for f in _forms(words[1])) and not (
        len(words) > 2 and any(f in cues.seat_fronts for f in _forms(words[2])))


def _outlet(text: str, match: _Match, gazetteer: Gazetteer, cues: PlaceCues) -> bool:
    """True for a name opening a quoted outlet or group name: after an
    organization noun ('شبكة "حمص 24"', 'صحيفة «الرياض»'), or quoted whole
    after a source word ('قال لـ"عكاظ"', 'نداء عبر "الرياض"'), unless it
    names a country ('حليف لـ«إيران»').  Places are seldom quoted; outlets,
    channels and networks nearly always are."""
    start = match.start - len(match.prefix)
    quote = start - 1
    while quote >= 0 and text[quote] == " ":
        quote -= 1
    if quote < 0 or text[quote] not in _OPENING:
        return False  # the usual case, decided without a regex
    before = _OPEN_QUOTE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    if any(form in cues.org_heads for form in _forms(word)):
        return True
    if word not in cues.outlet_words or _CLOSE_QUOTE.match(text, match.end) is None:
        return False
    return all(gazetteer.place(i).feature_class != "country" for i in match.ids)


def _outlet_name(text: str, match: _Match, words: list[str], cues: PlaceCues) -> bool:
    """True for a name right after an outlet noun and followed by a number of two or
    more digits, glued or spaced (`outlet_nouns`: "وقال مصدر لموقع عدن24", "نقلا عن
    موقع الموصل 24"): the outlet's name, like "فرانس24", names no scene.  Without
    the number "موقع X" may be a position, and is left to the other rules."""
    return bool(words) and _OUTLET_NUMBER.match(text, match.end) is not None and any(
        form in cues.outlet_nouns for form in _forms(words[0]))


def _speaker_place(match: _Match, words: list[str], cues: PlaceCues) -> bool:
    """True for where a speaker is ("وقال من الرياض", "في اتصال هاتفي من
    عمان"): a real place, but not the scene of what is reported."""
    return match.cue_type is None and len(words) > 1 and words[0] == "من" and _bare(words[1]) in cues.speaker_words


def _stands_for_state(text: str, match: _Match, words: list[str], cues: PlaceCues) -> bool:
    """True for a bare place that is the subject of a speech or stance verb
    ("ورفضت تل أبيب نداءات", "التي تعتبرها أنقرة", "إلا أن أنقرة تصر"), or
    the government a side is loyal to ("الفصائل الموالية لأنقرة"): a
    capital standing for its government, not a scene.  Places do not speak."""
    if match.cue_type is None and any(_bare(w) in cues.allegiance_words for w in words[:2]):
        return True
    if match.cue_type is not None or match.governed or match.prefix.strip("وف"):
        return False
    if words and _bare(words[0]) in cues.stance_verbs:
        return True
    following = _NEXT_WORD.match(text, match.end)
    if following is not None and _addressed(text, match.start - len(match.prefix), following.group(1), cues):
        return True
    opens_clause = not words or _bare(words[0]) in cues.complementizers
    return opens_clause and following is not None and _bare(following.group(1)) in cues.stance_verbs


def _addressed(text: str, start: int, following: str, cues: PlaceCues) -> bool:
    """True for the government a demand is addressed to ("دعت الأمم المتحدة
    والاتحاد الأوروبي طهران إلى", `demand` in place_cues.yaml): a demand
    verb among the `_DEMAND_WORDS` words before the name in its clause, and
    "إلى" right after it."""
    if following not in cues.demand_prepositions:
        return False
    clause = _CLAUSE_BREAK.split(text[max(0, start - _DEMAND_CHARS):start])[-1]
    return any(_bare(w) in cues.demand_verbs for w in _WORD.findall(clause)[-_DEMAND_WORDS:])


def _clause_subject(text: str, match: _Match, words: list[str], cues: PlaceCues) -> bool:
    """True for a bare name opening a reported clause before its verb ("إن
    أنقرة تعنى بسلامة المدنيين", "أن واشنطن لن تسمح"): a foreign capital
    so placed stands for its government (geocode decides, as it knows the
    article's country; "أن دمشق تتعرض لقصف" is the scene in a Syria story)."""
    if match.cue_type is not None or match.governed or match.prefix or not words or words[0] not in cues.complementizers:
        return False
    following = _NEXT_WORD.match(text, match.end)
    word = following.group(1) if following else ""
    return word in cues.verb_particles or (len(word) > 3 and word[0] in "تي")


def _press_place(text: str, match: _Match, gazetteer: Gazetteer, cues: PlaceCues) -> bool:
    """True for a place between a speech verb and the statement it opens
    ("وقال أمام الصحافيين في أنقرة «إن»", "ذكر موقع واسع الانتشار في إسرائيل
    أن"): where the words were said, not where the act they report
    happened.  Only a press noun before it or a country name counts
    ("وقالت وزارة الصحة في غزة إن" or "مصادر في صنعاء أن" keep the city,
    the source's seat and usually the scene)."""
    start = match.start - len(match.prefix)
    window = _SENTENCE_END.split(text[max(0, start - _FRAME_CHARS):start])[-1]
    tokens = _FRAME_TOKEN.findall(window)
    verbs = [i for i, token in enumerate(tokens) if _bare(token) in cues.speaker_words]
    if not verbs or any(t in cues.complementizers or t in _OPENERS for t in tokens[verbs[-1] + 1:]):
        return False
    after = _FRAME_TOKEN.findall(text[match.end:match.end + _FRAME_CHARS])[:_FRAME_AFTER]
    if not any(t in cues.complementizers or t in _QUOTES for t in after):
        return False
    if any(t in cues.press_words for t in tokens[verbs[-1] + 1:]):
        return True
    return any(gazetteer.place(i).feature_class == "country" for i in match.ids)


def _far_reference(text: str, match: _Match, cues: PlaceCues) -> bool:
    """True for a place measured from ("على مسافة 700 كيلومتر جنوبي
    طرابلس"): farther than `far_reference_km`, it says where something else
    lies, not where anything happened (distance_reference)."""
    distance = distance_before(text, match.start, cues)
    return distance is not None and distance > cues.far_reference_km


def distance_before(text: str, end: int, cues: PlaceCues) -> int | None:
    """The distance a name starting at `end` is measured by ("على بعد 30
    كيلومترا من X"): a number right before a unit of `distance_reference`
    (place_cues.yaml), at most `gap_words` words between the unit and the
    name besides cue words and directions (`_measure_link`: "600 كيلومتر
    إلى الشرق من العاصمة X"), and no stop word ("في", "مربع") nor
    punctuation between; None when the place is told plainly.  Only the
    first name after the unit is measured from: a name joined to it by "و"
    ("100 كيلومتر جنوب بغداد ومدينة X"، "بغداد والفلوجة": `_joins_list`) is a
    further place of a list.  `end` may fall after the name's proclitics.
    Read by dedupe too, for a town measured from (`fold_locators`)."""
    clause = _DISTANCE_BREAK.split(text[max(0, end - _DISTANCE_CHARS):end])[-1]
    tokens = _DISTANCE_TOKEN.findall(clause)
    # the name's own proclitics ("والفلوجة"), not a word: with "و" the name joins a list
    if tokens and clause[-1:].isalpha() and tokens.pop().startswith("و"):
        return None
    counted = 0
    for index in range(len(tokens) - 1, 0, -1):
        token = tokens[index]
        if token in cues.distance_units:
            amount = tokens[index - 1].replace(",", "")
            return int(float(amount)) if re.fullmatch(r"\d+(?:\.\d+)?", amount) else None
        if token in cues.distance_stops or _joins_list(token, cues):
            return None
        if not _measure_link(token, cues):
            counted += 1
            if counted > cues.distance_gap_words:
                return None
    return None


def _joins_list(word: str, cues: PlaceCues) -> bool:
    """True for a word carrying the conjunction "و" that opens a further name of
    a list: a bare "و", or "و" on a cue noun, a direction or a word with the
    article ("ومدينة"، "وشمال"، "والفلوجة"; "والى" is no name)."""
    rest = word[1:]
    return word == "و" or word.startswith("و") and (
        (len(rest) > 2 and _measure_link(rest, cues)) or (rest.startswith("ال") and len(rest) > 3))


def _measure_link(word: str, cues: PlaceCues) -> bool:
    """True for a word that only links a distance to the name measured from:
    a cue noun ("العاصمة", "مدينة") or a direction, bare or with the article
    ("شمال شرقي", "إلى الجنوب الغربي من")."""
    bare = word[2:] if word.startswith("ال") else word
    return _cue_of(word, cues) is not None or cues.cue_type.get(bare) == "direction"


def _after_given_name(match: _Match, words: list[str], gazetteer: Gazetteer) -> bool:
    """True for a name right after a person's given name ("ونواف الأشول",
    "عبدالكريم X"): a family name that happens to name a village.  A name
    with a proclitic ("أحمد بحلب") or after a preposition is left alone, and
    a given name that is itself a city or an ordinary word ("منصور", "سيف")
    proves nothing, unless the name is an ال-nisba ("ناصر الوحيشي"): a
    family name.  A two-word given name (`name_heads`: "عبد الرزاق X") is
    one too."""
    if match.prefix or not words:
        return False
    if len(words) > 1 and words[0].startswith("ال") and _bare(words[1]) in load_place_cues().name_heads:
        return True
    given = _given_names()
    family = match.key.startswith("ال") and match.key.endswith("ي")  # "ناصر الوحيشي": a nisba family name
    return any(
        name in given and (family or (name not in gazetteer.strong and name not in gazetteer.common))
        for name in {words[0], _bare(words[0])}  # "وليد" is a name, not و + "ليد"
    )


def _adjective_after_noun(
    match: _Match, words: list[str], gazetteer: Gazetteer, cues: PlaceCues, spelling: Spelling | None,
) -> bool:
    """True for a country name written as its feminine adjective (ة) right
    after an indefinite noun of a force or strike (`force_nouns`: "قوة
    تركية", "طائرات روسية"): the adjective agrees with the noun, and the
    force may act anywhere (a Turkish unit in northern Iraq).  After any
    other word ("قاعدة جوية سورية", "مع سورية") the country stays a place."""
    if match.prefix or match.cue_type is not None or match.governed or not words or spelling is None \
            or _bare(words[0]) not in cues.force_nouns or not spelling(match.start, match.end).endswith("ة") \
            or match.key not in _country_adjectives():
        return False
    return any(gazetteer.place(i).feature_class == "country" for i in match.ids)


def _clan_name(match: _Match, words: list[str]) -> bool:
    """True for an "آل X" name (normalized to a separate "ال X") with no cue
    word and no preposition before it ("المتحدث آل جرمان", "عائلة آل
    سعود"): news names a person's clan so far more often than one of the
    many Gulf and Yemeni villages called after a clan, which the text places
    with "في" or "قرية".  A given name that normalizes like a preposition
    (`name_prepositions`: "علي" / "على") is read as the name ("العقيد علي آل X")."""
    if not match.key.startswith("ال ") or match.cue_type is not None or match.prefix:
        return False
    return not match.governed or (bool(words) and words[0] in load_place_cues().name_prepositions)


def _family_names(text: str) -> set[str]:
    """ال-nisba names the article gives right after a person's given name
    ("ناصر الوحيشي"): later bare uses of the name ("مقتل الوحيشي") are
    the person too (see `_after_given_name`)."""
    given = _given_names()
    words = _WORD.findall(text)
    return {
        word for before, word in zip(words, words[1:], strict=False)
        if word.startswith("ال") and word.endswith("ي") and len(word) > 4 and (before in given or _bare(before) in given)
    }


@cache
def _given_names() -> frozenset[str]:
    """Single-word person names of the NER lexicon (its LEX PERS entries:
    "نواف", "أحمد") that the NER word lists do not also count as common words."""
    lexicon = load_ner_gazetteer()
    return frozenset(
        name for name, types in lexicon.lexicon.items()
        if "PERS" in types and " " not in name and not name.startswith("ال") and len(name) > 2
        and name not in lexicon.common
    )


def _possessed_noun(match: _Match, gazetteer: Gazetteer, cues: PlaceCues, spelling: Spelling | None) -> bool:
    """True for an ordinary noun with a possessive pronoun ("في منزله", "من
    خلاله", "على متنها") read whole as a village's name: the name is written
    with ة, which normalization folds into the pronoun's ه, while the text
    has ه itself.  A cue word ("قرية منزله") or a known city or governorate
    keeps the place (ordinary nouns: `_ordinary_words`, the gazetteer's
    common words and place_cues.yaml's possessed_nouns)."""
    if match.cue_type is not None or spelling is None or match.key in gazetteer.strong:
        return False
    suffix = next((s for s in _POSSESSIVES if match.key.endswith(s)), None)
    if suffix is None or len(match.key) - len(suffix) < 3 or match.key.startswith("ال"):
        return False
    if suffix == "ه" and spelling(match.end - 1, match.end) != "ه":
        return False  # "جمعة", "رحبة": a name with its ة
    stem = match.key[:-len(suffix)]
    return stem in _ordinary_words() or stem in gazetteer.common or stem in cues.possessed_nouns


def _final_hamza_word(match: _Match, gazetteer: Gazetteer, spelling: Spelling | None) -> bool:
    """True for a word written with a final hamza seat ("بدأ", "لجأ") that
    normalization makes a village's name ("بدا"): no name the gazetteer
    gives that place ends so.  Verbs and nouns end in أ; villages seldom do.
    (A key not ending in ا, the normal form of أ, needs no look at the raw text.)
    Right after a cue noun of its own ("مدينة المخأ", the gazetteer's المخاء)
    the word is a name spelled with the hamza on its alef: no verb follows
    "مدينة" or "قرب".  A cue a list lends it does not count ("ضواحي دمشق، بدأ")."""
    if spelling is None or not match.key.endswith("ا") or spelling(match.end - 1, match.end) != "أ":
        return False
    if match.noun_type is not None:
        return False
    return not any(gazetteer.place(i).name_ar.endswith("أ") for i in match.ids)


def _nunated(match: _Match, spelling: Spelling | None) -> bool:
    """True for a word written with tanween ("مصلياً" worshippers, "بؤراً",
    "كينيًا" a Kenyan, "دومًا" always): nunation marks an indefinite noun,
    adjective or adverb, which normalization turns into a village's or even
    a country's name ("مصليا", "كينيا"); news never writes it on a place name."""
    return spelling is not None and any(ch in _TANWEEN for ch in spelling(match.start, match.end))


def _maqsura_particle(match: _Match, cues: PlaceCues, spelling: Spelling | None) -> bool:
    """True for a name whose raw words, its proclitic included, hold a particle
    written with alef maqsura ("على خاله", "لدى حلف"; `maqsura_particles`):
    normalization made its ى the ي of a name's word ("علي")."""
    if spelling is None:
        return False
    words = (match.prefix + spelling(match.start, match.end)).split()
    return any("".join(ch for ch in word if ch not in _TANWEEN) in cues.maqsura_particles for word in words)


@cache
def _ordinary_words() -> frozenset[str]:
    """The NER lexicon's common words ("منزل", "خلال"): nouns that take a
    pronoun; ث folded like the gazetteer keys."""
    return frozenset(word.translate(_LOOSE) for word in load_ner_gazetteer().common)


def _proclitic_word(match: _Match, cues: PlaceCues) -> bool:
    """True for a name read after a proclitic that makes a fixed expression
    ("بحجة أن": on the pretext that, not "in Hajjah"; proclitic_words)."""
    return bool(match.prefix.strip("وف")) and match.prefix.lstrip("وف") + match.key in cues.proclitic_words


def _predicate(text: str, match: _Match, words: list[str], cues: PlaceCues) -> bool:
    """True for a bare name read as the predicate of a plural subject, not a
    place: after a plural pronoun ("إنهن عدن إلى": they returned, "نحن
    حماة": protectors), or after a definite noun opening a clause when a
    preposition, a demonstrative or a definite noun follows ("النساء عدن
    إلى بيوتهن", "الجنود حماة الوطن"; `predicate_reading`).  Places take a
    preposition or a cue; a subject is not followed by its place."""
    if match.cue_type is not None or match.governed or match.prefix or not words:
        return False
    if words[0] in cues.predicate_pronouns:
        return True
    subject = _bare(words[0])
    opens = len(words) == 1 or _bare(words[1]) in cues.predicate_openers
    if not (subject.startswith("ال") and len(subject) > 3 and opens):
        return False
    following = _NEXT_WORD.match(text, match.end)
    word = following.group(1) if following else ""
    return word in cues.predicate_followers or (word.startswith("ال") and len(word) > 3)


def _conjoined(text: str, previous: _Match, match: _Match) -> bool:
    """True when `match` continues a list after `previous` ("X وY", "X، Y",
    and "X <nisba> وY": `_after_its_nisba`)."""
    gap = text[previous.end:match.start - len(match.prefix)]
    if _after_its_nisba(gap, match):
        return True
    return bool(_LIST_GAP.match(gap)) and (match.prefix.startswith("و") or "،" in gap or "," in gap)


def _after_its_nisba(gap: str, match: _Match) -> bool:
    """True when the first member of a list is followed by its country's
    definite adjective before و ("تظاهروا في مدينة كولونيا الألمانية
    وبروكسل", "غارات على مدينة إدلب السورية وحلب"): the adjective describes
    the first member, and the list goes on after it, each member a scene."""
    words = gap.split()
    return match.prefix.startswith("و") and len(words) == 1 and words[0].startswith("ال") \
        and loose_key(words[0]) in _adjective_countries()


def _after_its_direction(text: str, previous: _Match, match: _Match, cues: PlaceCues) -> bool:
    """True when a direction adverb alone, with no punctuation, stands between a place and
    a name joined by و ("في مدينة غزة شمالا وخان يونس جنوبا", `direction_adverbs`): the
    adverb says where the first lies, and the list goes on after it, each member a scene."""
    words = text[previous.end:match.start - len(match.prefix)].split()
    return match.prefix.startswith("و") and len(words) == 1 and words[0] in cues.direction_adverbs


def _list_goes_on(text: str, previous: _Match, match: _Match, cues: PlaceCues) -> bool:
    """True when `match` continues a list under a plural cue past members the
    gazetteer does not know ("بلدات نوى والمتاعية وأم المياذن ونصيب"): the gap
    holds at most `list_skip` members, each a word opening with و (or after a
    comma) and at most one definite word after it ("وأم المياذن", "الغارية
    الغربية"), so the cue still carries to the name after them and each named
    place gets its event.  After a singular cue the conjunct is another clause."""
    if not previous.cue or not any(form in cues.list_cues for form in _forms(previous.cue)):
        return False
    items: list[list[str]] = [[]]
    for word in text[previous.end:match.start - len(match.prefix)].replace("،", " ، ").replace(",", " , ").split():
        if word in ("،", ","):
            items.append([])
        elif word.startswith("و") and len(word) > 2 and items[-1] != []:
            items.append([word])
        elif not items[-1] or word.startswith("ال"):
            items[-1].append(word)
        else:
            return False
    if not (match.prefix.startswith("و") or (len(items) > 1 and items[-1] == [])):
        # the name's own first word opens its member ("وأم الخرائب", "وتل السمن")
        if len(items) < 2 or len(items[-1]) != 1 or not items[-1][0].startswith("و"):
            return False
        items.pop()
    head, *members = items
    members = [m for m in members if m]
    return len(head) <= 1 and len(members) <= cues.list_skip and all(len(m) <= 2 for m in members)


def _counted_noun(text: str, match: _Match) -> bool:
    """A bare word right after a count in digits ("استشهاد (15) مصليا", "نحو 300
    شخص") is the noun counted, not a village that happens to share its spelling:
    a place after a number always has a cue or preposition between."""
    if match.cue_type is not None or match.governed or match.prefix:
        return False
    before = text[:match.start].rstrip(" ()[]")
    return before[-1:].isdigit()


def _excluded(match: _Match, words: list[str], cues: PlaceCues) -> bool:
    """Organization/title context, a person's rank or a nisba adjective: not a place."""
    if match.cue_type is not None:
        return _adjective_of_cue(match, words, cues)
    if _after_org_head(words, cues):
        return True
    if words and _bare(words[0]) in cues.person_titles:
        return True  # "العميد الصبيحي": a person
    if _titled_full_name(match, words, cues):
        return True
    if not words or not cues.nisba_rule or match.prefix or _opens_with_cue(match, cues):
        return False
    return match.key.endswith("يه") and words[0].startswith("ال") and _cue_of(words[0], cues) is None


def _opens_with_cue(match: _Match, cues: PlaceCues) -> bool:
    """True for a name whose first word is a cue word ("شمال الضفة الغربية",
    one region in the gazetteer): a nisba adjective is one word, so such a
    name after a definite noun ("جيش الاحتلال الإسرائيلي شمال الضفة الغربية")
    is the place, not an adjective of that noun."""
    first, _, rest = match.key.partition(" ")
    return bool(rest) and _cue_of(first, cues) is not None


def _after_org_head(words: list[str], cues: PlaceCues) -> bool:
    """True when the word before a name heads an organization, a title or a
    tribe (`org_heads`: "جامعة دمشق", "سفير سوريا", "قبائل X"): the name is
    part of what it names, not a place."""
    return bool(words) and any(form in cues.org_heads for form in _forms(words[0]))


def _street_name(match: _Match, words: list[str], gazetteer: Gazetteer, cues: PlaceCues) -> bool:
    """True for a city, province or country right after a street noun
    (`street_nouns`: "بشارع أسيوط في العريش", "شارع بغداد" in Damascus):
    streets are named after far places, so the name tells where the street
    is not; the town the text puts it in is the place."""
    if not words or not any(form in cues.street_nouns for form in _forms(words[0])):
        return False
    return any(gazetteer.place(i).feature_class in ("country", "admin1", "city") for i in match.ids)


def _person_named(text: str, match: _Match, words: list[str], gazetteer: Gazetteer, cues: PlaceCues) -> bool:
    """True for a name a person bears.  With no cue word: before a word
    of descent ("الشيخ عثمان بن ناصر", `patronymic_words`) it is a given
    name, and after a word of attribution ("وفق شمسان", "بحسب X",
    `attribution_words`) it is whoever reported, not a scene.  A first word
    of a two-word name (`name_heads`: "أبو") right before another word is
    the head of a name, never a place by itself.  A descent word opening a
    place name of its own ("مرجعيون بنت جبيل") is that next place."""
    following = _NEXT_WORD.match(text, match.end)
    if match.key in cues.name_heads and following is not None and following.start(1) == match.end + 1 \
            and following.group(1) not in cues.prepositions:
        return True  # "أحياء الجريف، أبو آدم": a kunya opens a longer name the gazetteer lacks
    if match.cue_type is not None:
        return False
    if following is not None and following.group(1) in cues.patronymic_words:
        return not _place_named_from(text, following.start(1), gazetteer)
    return bool(words) and (words[0] in cues.attribution_words or _bare(words[0]) in cues.attribution_words)


# Classes of a place a descent word opens that a reader knows as a place ("بنت جبيل"، "بن عروس").
_DESCENT_PLACE_CLASSES = frozenset({"admin1", "admin2", "city"})


def _place_named_from(text: str, at: int, gazetteer: Gazetteer) -> bool:
    """Whether the two words from `at` are a known place name ("بنت جبيل"، "بن عروس"): an
    admin unit or a city, never a village, since many villages bear a patronymic ("بن علي")
    and "الشيخ عثمان بن علي" is a man.  (`Gazetteer.ids` matches by `loose_key`.)"""
    pair = _NEXT_WORD.match(text, at + len(_WORD_AT.match(text, at).group()))
    return pair is not None and any(gazetteer.place(i).feature_class in _DESCENT_PLACE_CLASSES
                                    for i in gazetteer.ids(text[at:pair.end()]))


def _title_before_name(text: str, match: _Match, cues: PlaceCues) -> bool:
    """True for a rank or honorific read as a place when a bare given name
    follows it ("مطار الملك خالد", "مستشفى الأمير سلطان"): the title opens a
    person's name, whatever quarter or village the gazetteer files under it."""
    if match.key not in cues.person_titles:
        return False
    following = _NEXT_WORD.match(text, match.end)
    word = following.group(1) if following else ""
    return bool(word) and not word.startswith("ال") and word not in cues.prepositions and _cue_of(word, cues) is None


@cache
def _adjective_countries() -> dict[str, str]:
    """Every form of a country's adjective, with and without the article, as a
    matching key -> the country's code ("الباكستانيه" -> PK)."""
    gazetteer = load_gazetteer()
    countries = [c for code in gazetteer.countries if (c := gazetteer.country_by_code(code)) is not None]
    return {form: c.country_code for c in countries
            for form in country_adjectives(c) | country_adjective_forms(c.country_code)}


@cache
def _country_adjectives() -> frozenset[str]:
    """The indefinite adjectives of all country names as matching keys
    ("ايرانيه", "سوري", "لبناني"; `country_adjectives` and the catalogue's curated ones)."""
    return frozenset(form for form in _adjective_countries() if not form.startswith("ال"))


def _titled_full_name(match: _Match, words: list[str], cues: PlaceCues) -> bool:
    """True for the second word of a name after a rank ("الرائد يوسف دادو",
    "النقيب سامر كفرنبل"): a family name, whatever its spelling in the
    gazetteer.  The word in between must be a bare name: a preposition or a
    cue noun there ("العقيد في دادو"، "النقيب قرية دادو") leaves the place."""
    if match.prefix or match.governed or len(words) < 2 or _bare(words[1]) not in cues.person_titles:
        return False
    given = _bare(words[0])
    return not given.startswith("ال") and given not in cues.prepositions and _cue_of(words[0], cues) is None


def _split_from_a_word(match: _Match, cues: PlaceCues) -> bool:
    """True for a name read by splitting a proclitic letter off a word that is
    itself a cue noun or a country's adjective ("عاصمة ولاية بورنو" is no و +
    a town لاية, "50 مدينة فرنسية" no ف + a village رنسية): the whole word is
    what the text says."""
    if not match.prefix or match.lam:
        return False
    word = match.prefix + match.key
    return word in cues.cue_type or word in _country_adjectives()


def _adjective_of_cue(match: _Match, words: list[str], cues: PlaceCues) -> bool:
    """True for a nisba adjective agreeing with a definite cue noun ("في
    العاصمة العراقية بغداد", "المدينة السورية"): the noun's adjective, not a
    place named العراقية.  Directions ("المنطقة الشرقية") name places."""
    if not words or not words[0].startswith("ال") or match.prefix or not _nisba(match.key, cues):
        return False
    return match.key.removesuffix("ه") not in cues.hierarchy_links


def _heads_plural_cue(text: str, match: _Match, gazetteer: Gazetteer, cues: PlaceCues) -> bool:
    """A word right before a plural cue noun is an ordinal or superlative
    ("وثاني مدن اليمن", "في باقي محافظات"), not a place: a name is not the
    head of "مدن".  A name that is no ordinary word is left alone after a
    preposition, as the next clause may start right after it ("من طرابلس
    مناطق جنوبية")."""
    if match.governed and match.key not in gazetteer.common:
        return False
    following = _WORD.match(text, match.end + 1) if match.end < len(text) else None
    return following is not None and following.group() in cues.list_cues


def _supported(match: _Match, in_list: bool, text: str, gazetteer: Gazetteer, cues: PlaceCues) -> bool:
    """Whether the context lets this name be a place.

    An ordinary-word name (build-time common list) needs a cue word, a list
    under a cue ("بلدات الشجرة وعابدين"), a list of known cities or
    governorates ("حمص وحماة"), or a preposition before it (or before the
    site noun it follows: "بسوق X", `_site_after_preposition`), and
    must not be followed by a definite adjective ("والقرى المحيطة"); after a preposition a name that is not a
    country, governorate or city must also lie in a country the article's
    other places point to (`needs_country`, checked by `process`).  Very
    frequent words (القدم، حالة) and cue-only words (ordinary nouns and person
    names: المنزل، المعارك، جلعاد) need a cue, or after a preposition the
    governorate they lie in ("في الشجرة بريف درعا").  A short name found only
    after splitting off a proclitic ("وكالة" → و + "كالة", "ليلا" → ل +
    "يلا") needs a cue unless it names a country, governorate or city, since
    the whole word is usually an ordinary one.  In a list, only a plural cue
    ("بلدات") carries over to a cue-only word ("مدينة الفلوجة وفتح ممرات").
    A bare name (no cue, preposition or list) of a place below city rank is
    marked `bare`: it must lie in a country one of the article's other names
    may stand in, when it has any (checked by `process`).
    """
    risky = match.key in gazetteer.common or (bool(match.prefix) and len(match.key) <= 4)
    if not risky or match.spelled:
        match.bare = not (in_list or match.cue_type or match.governed or match.prefix or match.key in gazetteer.strong)
        return True
    if match.cue_type is not None and not in_list:
        # "قرى عدة", "مدينة بموجب": a cue noun governs a bare noun, never a
        # preposition-prefixed word, and a very frequent bare word is not a name;
        # a weak cue ("جبهات القتال") governs no ordinary word at all.
        if _noun_with_adjective(text, match, gazetteer, cues):
            return False  # "منطقة المجمع الحكومي": a noun and its adjective, even after a cue
        if any(form in cues.weak_cues for form in _forms(match.cue or "")):
            return match.prefix.strip("وف") == "" and match.key not in gazetteer.common
        if match.noun_type in ("near", "direction") and match.key in gazetteer.cue_only \
                and not _hierarchy_follows(text, match, cues):
            return False  # "شمال شرق معسكر خالد": a camp, not Algeria's Mascara; "مدينة معسكر" still is
        if match.noun_type == "district" and match.key in cues.cue_needed \
                and (following := _NEXT_WORD.match(text, match.end)) and following.group(1).startswith("ال"):
            return False  # "لمنطقة معسكر الكرين": the camp noun heads the site's name
        return match.prefix.strip("وف") == "" and (match.key not in gazetteer.frequent or match.key.startswith("ال")
                                                   or _province_after_province_cue(match, gazetteer)
                                                   or _city_after_city_cue(match, text, gazetteer, cues))
    if not in_list and _great_city_after_preposition(text, match, gazetteer, cues):
        return True
    following = _WORD.match(text, match.end + 1) if match.end < len(text) else None
    if following and following.group().startswith("ال") and match.key in gazetteer.common \
            and following.group() not in date_lexicon().weekdays:
        # "والقرى المحيطة", "في المعارضة السورية": a noun and its adjective;
        # a weekday is no adjective ("بأبها الخميس الماضي": in Abha on Thursday)
        return False
    if in_list:
        if match.key in gazetteer.strong and match.key not in gazetteer.common:
            return True  # "حمص وحماة": a known city or governorate continues the list
        plural = any(form in cues.list_cues for form in _forms(match.cue or ""))
        return match.cue_type is not None and (plural or match.key not in gazetteer.cue_only)
    if match.key in gazetteer.frequent or not (
            match.governed or match.prefix[-1:] in ("ب", "ل") or _site_after_preposition(text, match, cues)):
        return False
    if match.prefix and len(match.key) <= 4 and match.key not in gazetteer.strong:
        return False  # "ليلا" is not ل + the village "يلا"
    if match.key in gazetteer.cue_only and not _hierarchy_follows(text, match, cues):
        return False
    match.needs_country = match.key not in gazetteer.strong
    return True


def _site_after_preposition(text: str, match: _Match, cues: PlaceCues) -> bool:
    """True for a name right after a site noun that a preposition governs
    ("بسوق X", "في سجن X", "على مستشفى X"; `site_nouns` in place_cues.yaml):
    the phrase names the town owning the market, prison or hospital, so an
    ordinary-word name there is supported like one after a preposition
    (it must still lie in a country the story's other places point to:
    `needs_country`).  Villages often bear ordinary words ("ضحيان" is also
    an adjective), and news names a market or prison after its town.  After
    a preposition of a trip ("نقل إلى مستشفى X") the site is no scene, but
    the name is still the town: geocode reads which (`_site_owner`).  A
    definite ordinary word there is the site's own name ("سوق الخضار",
    "ساحة التحرير", "مستشفى الأمل"), not a town, and one with a relative
    adjective's ending describes the site ("سوق مركزي", `site_adjective_endings`)."""
    if match.prefix or match.key.startswith("ال"):
        return False  # "بسوق وX": a clitic on the name opens another phrase; "سوق الخضار": the site's name
    if match.key.endswith(cues.site_adjective_endings):
        return False  # "بسوق مركزي": a relative adjective describes the site
    words = _words_before(text, match.start)
    if not words:
        return False
    return cues.site_preposition(_bare(words[0]), _bare(words[1]) if len(words) > 1 else "") is not None


def _province_after_province_cue(match: _Match, gazetteer: Gazetteer) -> bool:
    """True for a very frequent word that names a province right after a
    province cue ("ولاية وان", "ولايتي وان وأغري"): the word is an ordinary
    one elsewhere ("وان" = "and that"), but a province word names its
    province; no other frequent word follows "ولاية" or "محافظة" as a name."""
    if match.cue_type != "admin":
        return False
    return any(gazetteer.place(i).feature_class == "admin1" for i in match.ids)


def _city_after_city_cue(match: _Match, text: str, gazetteer: Gazetteer, cues: PlaceCues) -> bool:
    """True for a very frequent word that names a large city right after the
    noun "مدينة" ("قلب مدينة صور جنوبي لبنان", "قرب مدينة صور",
    `city_after_city_cue`): the noun tells a city is meant, as a province cue
    does for a province.  A smaller town qualifies when its unit follows
    ("قرب مدينة بلد بمحافظة صلاح الدين"): the writer places it.  The word is
    an ordinary one too ("صور", pictures), so the match is marked
    `city_word`: `process` keeps it only when another place the article
    names lies in the city's country."""
    if match.noun_type != "locality" or not any(form in cues.city_cue_words for form in _forms(match.cue or "")):
        return False
    placed = _hierarchy_follows(text, match, cues)
    match.city_word = any(
        (p := gazetteer.place(i)).feature_class == "city" and p.population >= cues.city_cue_population
        or placed and p.feature_class in ("city", "town")
        for i in match.ids
    )
    return match.city_word


def _great_city_after_preposition(text: str, match: _Match, gazetteer: Gazetteer, cues: PlaceCues) -> bool:
    """True for a very frequent word that names a city of millions right
    after a preposition of place ("في مدريد", "داخل جدة"): the corpus writes
    it mostly as a club or a newspaper, but after "في" it is the city
    (`great_city_abroad` in place_cues.yaml sets the prepositions and the
    population).  Ordinary words ("كيف") and cue-only words are left to the
    rules of `_supported`."""
    if match.prefix or match.key not in gazetteer.frequent or match.key in gazetteer.cue_only:
        return False
    if match.key in _ordinary_words():
        return False
    words = _words_before(text, match.start)
    if not words or words[0] not in cues.great_city_prepositions:
        return False
    places = (gazetteer.place(i) for i in match.ids)
    return any(p.feature_class == "city" and p.population >= cues.great_city_population for p in places)


def _noun_with_adjective(text: str, match: _Match, gazetteer: Gazetteer, cues: PlaceCues) -> bool:
    """True for an ordinary definite word followed by a definite nisba
    adjective ("المجمع الحكومي", "قرب السياج الأمني"): a common noun
    phrase, not a place, even after a cue word.  Direction adjectives ("الحي
    الشرقي") are left alone: they are part of many names; so is a feminine
    adjective after a feminine cue noun, which it may describe ("منطقة
    الكتف الاستراتيجية")."""
    if match.key not in gazetteer.common or not match.key.startswith("ال"):
        return False
    following = _NEXT_WORD.match(text, match.end)
    word = following.group(1) if following else ""
    direction = word in cues.hierarchy_links or word.removesuffix("ه") in cues.hierarchy_links  # الشرقية
    nisba = word.startswith("ال") and word.endswith(("ي", "يه")) and word not in cues.relative_pronouns
    # "منطقة الكتف الاستراتيجية": a feminine adjective may agree with a feminine cue noun
    agrees_with_cue = word.endswith("يه") and (match.cue or "").endswith("ه")
    return nisba and not direction and not agrees_with_cue


def _hierarchy_follows(text: str, match: _Match, cues: PlaceCues) -> bool:
    """True when the next word places the name inside a larger one ("بريف درعا", "شمال حلب")."""
    following = _NEXT_WORD.match(text, match.end)
    return following is not None and _cue_of(following.group(1), cues) in ("near", "admin", "district", "direction")


def _prior(place: Place) -> tuple[int, int]:
    """Order of candidates before context: class rank, then population."""
    return (_CLASS_RANK.get(place.feature_class, 0) + (3 if place.is_capital else 0), place.population)


def _mention(doc: Document, offset: int, match: _Match, gazetteer: Gazetteer) -> Mention:
    """The place Mention for one accepted match (raw offsets, no clitics).

    Its Arabic surface form reads a hashtag's joining underscores as the
    spaces they stand for ("#الضفة_الغربية" is written الضفة الغربية)."""
    start, end = doc.raw_span(offset + match.start, offset + match.end)
    surface = doc.text[start:end].replace("_", " ")
    if match.shared is not None:  # "شمال" of "شمال وجنوب إسرائيل" is written شمال إسرائيل
        surface += " " + doc.text[slice(*doc.raw_span(offset + match.shared[0], offset + match.shared[1]))]
    candidates = sorted((gazetteer.place(i) for i in match.ids), key=_prior, reverse=True)
    attrs = {
        "cue": match.cue,
        "cue_type": match.cue_type,
        "noun_type": match.noun_type,
        "precision": match.precision,
        "list_id": match.list_id,
        "surface_ar": ("ا" + surface) if match.lam else surface,
        "key": match.key,
        "governed": match.governed,
        "in_title": match.in_title,
        "anaphor": match.anaphor,
        "clause_subject": match.clause_subject,
        "route": match.route,
    }
    return Mention(start, end, "place", surface, candidates, attrs)
