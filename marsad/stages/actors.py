"""Actors and sources stage: who is named in each sentence, and who reports it.

Adds `actor` mentions (catalogue aliases, "<force noun> <nationality
adjective>", generic nouns such as مدنيين, references back such as التنظيم)
and `source` mentions (the reporter an attribution cue introduces, with the
span it governs).  Country-dependent names (Civilians (X), Islamic State (X),
"القوات الحكومية", inter 8 for foreign forces) use `doc.country_hint` or a
guess from the text; `finalize_actors` re-resolves them once geocoding has
set the country.  `assign_roles` picks actor1/assoc/actor2 for a trigger.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import NamedTuple

import ahocorasick

from marsad.document import Document, Mention, Sentence
from marsad.knowledge.actors import (
    NOT_ACTOR,
    STATE_KINDS,
    ActorRef,
    Match,
    boundary_view,
    build_automaton,
    camp_mates,
    choose_key,
    force_kind,
    generic_actor,
    load_catalogue,
    local_elsewhere,
    longest_first,
    relocate,
    resolve_actor,
    scan,
    strike_words,
    unattributed_shelling_state,
    unattributed_strike_state,
    weapon_launcher,
)
from marsad.knowledge.clauses import load_clause_boundaries, load_dedupe_rules, load_event_rules
from marsad.knowledge.lexicons import number_lexicon
from marsad.stages import triggers
from marsad.text import (
    POSSESSIVE_SUFFIXES,
    WORD_RE,
    normalize,
    possessed_stems,
    strip_clitics,
    strip_conjunction,
)

_GAP_OK = re.compile(r"^[\s\w]*$")
ARMED = frozenset({1, 2, 3, 4, 8})
# a word of letters in raw text, with its offsets (`_carried_speakers`)
_WORD_SPAN_RE = re.compile(r"[^\W\d_]+")
NON_STATE_ARMED = frozenset({2, 3, 4})
_HARD_BREAK = set(':«"“”.؛!?؟()[]')
# The cue of a headline speaker's source ("حماس: ..."), see `_speaker_colons`.
SPEAKER_COLON = ":"
_OPENING_QUOTES = '«"“'
_QUOTE_MARKS = str.maketrans("", "", '«»"“”„\'‘’')
_BREAK_RE = re.compile(r"[:«»\"“”.؛!?؟()\[\]]")  # ends what a cue before it may govern
_COMMA_OR_BREAK_RE = re.compile(r"[،,:«»\"“”.؛!?؟()\[\]]")
_APPOSITION_RE = re.compile(r"[،,]\s*و(?:هي|هو|هم|هما)\s[^،,]*[،,]")  # "، وهي جماعة ...،"


@dataclass(slots=True)
class Roles:
    """The sides of one event as the clause states them."""

    actor1: ActorRef | None = None
    assoc_actor_1: ActorRef | None = None
    actor2: ActorRef | None = None


# -- lexicon-derived tables ------------------------------------------------------

@functools.cache
def _cue_automaton() -> ahocorasick.Automaton:
    """Force heads, nationality adjectives, coreference words and assoc cues."""
    cat = load_catalogue()
    lex = cat.lexicon
    table: dict[str, list[tuple[str, str]]] = {}
    for kind, words in lex["force_heads"].items():
        for word in words:
            table.setdefault(normalize(word), []).append((f"head:{kind}", "plain"))
    for form, iso2 in cat.adjectives.items():
        table.setdefault(form, []).append((f"adj:{iso2}", "plain"))
    for word in lex["coref"]:
        norm = normalize(word)
        if norm not in cat.aliases:
            table.setdefault(norm, []).append((f"coref:{norm}", "plain"))
    for word in lex["assoc_cues"]:
        table.setdefault(normalize(word), []).append(("assoc", "plain"))
    return build_automaton(table)


@functools.cache
def _country_automaton() -> ahocorasick.Automaton:
    """Country names and key place cues, for guessing the article's country."""
    table: dict[str, list[tuple[str, str]]] = {}
    for iso2, row in load_catalogue().countries.items():
        for word in list(row.get("ar") or []) + list(row.get("cues") or []):
            table.setdefault(normalize(word), []).append((f"country:{iso2}", "plain"))
    return build_automaton(table)


def _by_first_word(phrases) -> dict[str, list[list[str]]]:
    """Multi-word cues indexed by their first word, longest first."""
    index: dict[str, list[list[str]]] = {}
    for words in sorted(phrases, key=len, reverse=True):
        index.setdefault(words[0], []).append(words)
    return index


@functools.cache
def _attribution() -> dict:
    """Normalized attribution word sets (verbs, prepositions, stops, channels, orgs)."""
    lex = load_catalogue().lexicon["attribution"]
    stops = [normalize(w).split() for w in lex["stops"]]
    orgs = load_catalogue().lexicon["source_orgs"]
    org_index = {}
    for org in orgs:
        for alias in org["aliases"]:
            org_index[normalize(alias)] = org["canonical"]
    people = {normalize(p): org["canonical"] for org in orgs for p in org.get("people") or []}
    table = {
        "verbs": {normalize(w) for w in lex["verbs"] + lex["commenters"] if " " not in w},
        "commenters": {normalize(w) for w in lex["commenters"]},
        "condemners": {normalize(w) for w in lex["condemners"]},
        "reactions": {normalize(w) for w in lex["reactions"] + lex["commenters"]},
        "reaction_cancel": {normalize(w) for w in lex["reaction_cancel"]},
        "reaction_beside": {normalize(w) for w in lex["reaction_beside"]},
        "witnesses": {normalize(w) for w in lex["witnesses"]},
        "preps": _by_first_word(normalize(w).split() for w in lex["preps"]),
        "stops1": {s[0] for s in stops if len(s) == 1},
        "stops2": {tuple(s) for s in stops if len(s) == 2},
        "fi_stops": {normalize(w) for w in lex["fi_stops"]},
        "complementizers": {normalize(w) for w in lex["complementizers"]},
        "relatives": {normalize(w) for w in lex["relatives"]},
        "kana": {normalize(w) for w in lex["kana"]},
        "apposition": {normalize(w) for w in lex["apposition"]},
        "channels": {normalize(w).split()[0] for w in lex["channels"]},
        "outlets": {normalize(w).split()[-1] for w in lex["outlets"]},
        "titles": {_strip_article(normalize(w)) for w in lex["apposition"] + lex["ranks"]},
        "anaphors": {normalize(w) for w in lex["anaphors"]},
        "heads": {normalize(w) for w in lex["heads"]},
        "cue_words": set(),
        "max_words": int(lex["max_words"]),
        "max_open_words": int(lex["max_open_words"]),
        "speaker_colon_words": int(lex["speaker_colon_words"]),
        "orgs": sorted(org_index.items(), key=lambda kv: -len(kv[0])),
        "org_names": set(org_index),
        "people": people,
    }
    firsts = table["verbs"] | set(table["preps"])
    table["cue_words"] = firsts | {c + w for w in firsts for c in "وف"}
    return table


# -- recognition -----------------------------------------------------------------

def _norm_spans(doc: Document) -> list[tuple[int, int]]:
    """Sentence spans in `doc.norm` coordinates (whole text when unsplit)."""
    if not doc.sentences:
        return [(0, len(doc.norm))]
    return [(doc.norm_index(s.start), doc.norm_index(s.end)) for s in doc.sentences]


def _only_words_between(norm: str, end: int, start: int, max_words: int) -> bool:
    gap = norm[end:start]
    return start >= end and bool(_GAP_OK.match(gap)) and len(gap.split()) <= max_words


def _combos(cues: list[Match], norm: str, date: dt.date | None) -> list[tuple[Match, bool]]:
    """Force head (or assoc cue) + nationality adjective, at most one word apart → state force.

    Each adjective takes the nearest head before it (the longest one when two
    end together): "قصف الجيش الإسرائيلي" is the army, not the shelling.  Only the
    first adjective after a head qualifies it: in "قتل جنود إسرائيليون فلسطينيا"
    the second names the victim.  A weapon's nationality names the side that fires that
    country's weapons on `date` (`weapon_launcher`).

    A preposition between them (`country_launch.prepositions`) makes the word after it a
    country named as a place or target, not an adjective: "الضربات على سوريا" are strikes
    on Syria (the country name reads like the accusative adjective "سوريًا"), not Syria's.
    Only "من" still gives the country's force: "قصف من تركيا" is fire from Turkey.
    """
    states = load_catalogue().families
    heads = [m for m in cues if any(k.startswith("head:") or k == "assoc" for k in m.keys)]
    adjectives = [m for m in cues if any(k.startswith("adj:") for k in m.keys)]
    prepositions = _subject_prepositions() - {"من"}
    out = []
    for adj in adjectives:
        near = [h for h in heads if h.end <= adj.start and _only_words_between(norm, h.end, adj.start, 1)
                and not _counts_people(norm[h.end:adj.start].split())
                and prepositions.isdisjoint(map(strip_conjunction, norm[h.end:adj.start].split()))]
        if not near:
            continue
        head = max(near, key=lambda h: (h.end, h.end - h.start))
        if any(head.end <= other.start and other.end <= adj.start for other in adjectives):
            continue
        if _next_word(norm, adj.end) in _maker_words():
            continue  # "صاروخ إيراني الصنع": made there, not fired by that state
        iso2 = next(k for k in adj.keys if k.startswith("adj:"))[4:]
        stateless_weapons, stateless_countries = _stateless_fire()
        if iso2 in stateless_countries and strip_conjunction(head.alias) in stateless_weapons:
            continue  # "الصواريخ الفلسطينية": fired by armed groups, no state army
        is_assoc = "assoc" in head.keys
        if is_assoc and not set(norm[head.end:adj.start].split()) <= _assoc_state_gap():
            continue  # "بمساندة الميليشيات الإيرانية": the adjective names the militias
        kind = "military" if is_assoc else next(k for k in head.keys if k.startswith("head:"))[5:]
        if f"state:{iso2}:{kind}" in states:
            key = weapon_launcher(iso2, date) if strip_conjunction(head.alias) in stateless_weapons \
                else f"state:{iso2}:{kind}"
            out.append((Match(head.start, adj.end, (key,), norm[head.start:adj.end]), is_assoc))
    return out


@functools.cache
def _maker_words() -> frozenset[str]:
    """`maker_words` of the lexicon, normalized: after a nationality they name a weapon's maker."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["maker_words"])


@functools.cache
def _stateless_fire() -> tuple[frozenset[str], frozenset[str]]:
    """(weapon nouns, ISO2 codes) of `stateless_fire`: the missiles and shells of these
    peoples are fired by armed groups, so their nationality names no state force."""
    rules = load_catalogue().lexicon["stateless_fire"]
    return frozenset(normalize(w) for w in rules["weapons"]), frozenset(rules["countries"])


def _counts_people(words: list[str]) -> bool:
    """"اعتقلت الشرطة ثلاثة سوريين": a number or counter between a head and an adjective
    counts the people the adjective names; it qualifies no force.  So does a civilian
    noun ("قتلت قوات الاحتلال مدنيين فلسطينيين": Palestinian civilians, no Palestinian force)."""
    return any(_counter(w, _national_rules()[0]) or strip_conjunction(w) in _civilian_nouns() for w in words)


@functools.cache
def _civilian_nouns() -> frozenset[str]:
    """The civilian nouns of `generic_nouns.civilians`, normalized."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["generic_nouns"]["civilians"])


def _candidates(doc: Document, view: str, spans: list[tuple[int, int]]
                ) -> tuple[list[Match], set[tuple[int, int]], list[Match]]:
    """Chosen actor-like matches, the spans of "بدعم X" combos, and the assoc cues."""
    norm = doc.norm
    chosen: list[Match] = []
    assoc_spans: set[tuple[int, int]] = set()
    assoc_cues: list[Match] = []
    for start, end in spans:
        found = scan(norm, start, end, view=view)
        cues = scan(norm, start, end, _cue_automaton(), view)
        # "الوحدات الكردية السورية" names the Kurdish units, not a state's: a combo never swallows a named group;
        # a phrase of no actor that is itself a force head ("ناقلة جند" of "ناقلة جند إسرائيلية") is no group
        heads = {(m.start, m.end) for m in cues if any(k.startswith("head:") for k in m.keys)}
        named = [f for f in found if not f.keys[0].startswith(("state:", "statenoun:", "generic:"))
                 and not (f.keys[0] == NOT_ACTOR and (f.start, f.end) in heads)]
        combos = [(c, a) for c, a in _combos(cues, norm, doc.published)
                  if not any(c.start <= f.start and f.end < c.end for f in named)]
        assoc_spans.update((m.start, m.end) for m, is_assoc in combos if is_assoc)
        corefs = [m for m in cues if m.keys[0].startswith("coref:")]
        assoc_cues.extend(m for m in cues if "assoc" in m.keys)
        nationals = _nationals(cues, norm, found) + _reported_owners(cues, norm)
        nationals += _conjoined_nationals(cues, norm, found + [c for c, _ in combos])
        # "مجلس الأمن بطلب أمريكي": a combo that starts inside a name of no actor is no force
        blocked = [f for f in found if f.keys[0] == NOT_ACTOR]
        built = [m for m in [c for c, _ in combos] + nationals
                 if not any(b.start < m.start < b.end for b in blocked)]
        chosen.extend(m for m in longest_first(found + built + corefs) if m.keys[0] != NOT_ACTOR)
    return chosen, assoc_spans, assoc_cues


@functools.cache
def _national_rules() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(counter words, person nouns) before which a nationality adjective names people,
    and the joining verbs after which those people are recruits, not victims."""
    rules = load_catalogue().lexicon["nationals"]
    return tuple(frozenset(normalize(w) for w in rules[k]) for k in ("counters", "nouns", "joiners"))


_LAST_WORDS = re.compile(r"(?:(\w+) )?(\w+) $")


def _nationals(cues: list[Match], norm: str, found: list[Match]) -> list[Match]:
    """People named by nationality: "14 إيرانيا", "عشرات من الفلسطينيين", "مدنيين سوريين",
    "مقيم مصري" → civilians of that country (key generic:civilians:ISO2), whatever
    country the event is in."""
    counters, nouns, joiners = _national_rules()
    civilian_ends = {f.end: f.start for f in found if f.keys[0] == "generic:civilians"}
    out = []
    for adj in cues:
        iso2 = next((k[4:] for k in adj.keys if k.startswith("adj:")), None)
        if iso2 is None:
            continue
        left = _LAST_WORDS.search(norm, max(0, adj.start - 40), adj.start)
        if left is None or _next_word(norm, adj.end) in joiners:
            continue
        before, last = left.group(1), strip_conjunction(left.group(2))
        key = (f"generic:civilians:{iso2}",)
        if left.end(2) in civilian_ends or last in nouns:
            start = civilian_ends.get(left.end(2), left.start(2))
            out.append(Match(start, adj.end, key, norm[start:adj.end]))
        elif (_counter(last, counters) and not _model_number(norm, left.start(2))) or (
                last == "من" and before and _counter(strip_conjunction(before), counters)):
            out.append(Match(adj.start, adj.end, key, norm[adj.start:adj.end]))
    return out


def _model_number(norm: str, start: int) -> bool:
    """True when the word at `start` is the number of a hyphenated model name ("مقاتلات إف-16
    تركية", "طائرات سو-24 روسية"): it counts no people, the adjective names the aircraft's state."""
    return start > 0 and norm[start - 1] == "-" and norm[start:start + 1].isdigit()


@functools.cache
def _plural_nationals() -> frozenset[str]:
    """Definite plural nationality nouns ("الروس", "الأتراك", "الإيرانيين"), normalized."""
    forms = set()
    for row in load_catalogue().countries.values():
        forms.update(normalize(w) for w in row.get("plural") or [] if normalize(w).startswith("ال"))
        forms.update("ال" + normalize(stem) + end for stem in row.get("adj") or [] for end in ("ين", "ون"))
    return frozenset(forms)


def _conjoined_nationals(cues: list[Match], norm: str, found: list[Match]) -> list[Match]:
    """"الجيش السوري والروس", "بين الجيش الحر، الذي ...، والروس": a people named by a
    plural nationality and joined by "و" right after a force or armed group (a comma may
    stand between) is that country's military, the other conjunct, not a lost word."""
    states = load_catalogue().families
    sides = [m for m in found if not m.keys[0].startswith(("generic:civilians", "generic:protesters", NOT_ACTOR))]
    out = []
    for adj in cues:
        iso2 = next((k[4:] for k in adj.keys if k.startswith("adj:")), None)
        if iso2 is None or adj.alias not in _plural_nationals() or norm[adj.start - 1:adj.start] != "و":
            continue
        previous = max((m for m in sides if m.end < adj.start and _conjunct_gap(norm[m.end:adj.start - 1])),
                       key=lambda m: m.end, default=None)
        key = f"state:{iso2}:military"
        if previous is None or key not in states or previous.keys[0].startswith(f"state:{iso2}:"):
            continue
        out.append(Match(adj.start, adj.end, (key,), adj.alias))
    return out


def _conjunct_gap(gap: str) -> bool:
    """True for what may part two conjuncts: nothing, a comma, or a relative clause between
    commas that describes the first ("الجيش الحر، الذي يضم فصائل،")."""
    if not gap.strip(" ،,"):
        return True
    words = WORD_RE.findall(gap)
    relative = bool(words) and (words[0],) in _role_cues()["relative_pronouns"]
    return relative and gap.lstrip()[:1] in "،," and gap.rstrip()[-1:] in "،," and not _BREAK_RE.search(gap)


@functools.cache
def _owner_rules() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(weapon words, saying verbs, complementizers) of "صواريخ قال إنها إيرانية"."""
    rules = load_catalogue().lexicon["reported_owner"]
    return tuple(frozenset(normalize(w) for w in rules[k]) for k in ("weapons", "says", "that"))


_OWNER_WORDS = re.compile(r"(\w+) (\w+) (\w+) $")


def _reported_owners(cues: list[Match], norm: str) -> list[Match]:
    """"تصديه لصواريخ قال إنها إيرانية": a nationality the speaker attributes to a weapon
    names its launcher, that state's military (the span runs from the weapon word)."""
    weapons, says, that = _owner_rules()
    states = load_catalogue().families
    out = []
    for adj in cues:
        iso2 = next((k[4:] for k in adj.keys if k.startswith("adj:")), None)
        if iso2 is None or f"state:{iso2}:military" not in states:
            continue
        left = _OWNER_WORDS.search(norm, max(0, adj.start - 60), adj.start)
        if left is None:
            continue
        weapon, verb, comp = left.groups()
        if strip_conjunction(verb) in says and comp in that and weapons.intersection(strip_clitics(weapon)):
            out.append(Match(left.start(1), adj.end, (f"state:{iso2}:military",), norm[left.start(1):adj.end]))
    return out


def reported_owner(mention: Mention) -> bool:
    """True for a mention read from "<weapon> قال إنها <nationality>"."""
    _, says, that = _owner_rules()
    words = [strip_conjunction(w) for w in mention.attrs.get("alias", "").split()]
    return len(words) >= 4 and words[-3] in says and words[-2] in that


def _next_word(norm: str, end: int) -> str:
    """The word after `end` ("" at the end of the text)."""
    words = norm[end:end + 30].split(maxsplit=1)
    return strip_conjunction(words[0]) if words else ""


def _counter(word: str, counters: frozenset[str]) -> bool:
    """A number or a counter word, also with the proclitic ب or ل of a verbal noun ("باستشهاد فلسطيني")."""
    return word.isdigit() or word in counters or (word[:1] in ("ب", "ل") and word[1:] in counters)


def guess_country(doc: Document, view: str | None = None) -> str | None:
    """The country an article is most about, from country names and place cues."""
    counts: Counter[str] = Counter()
    for match in longest_first(scan(doc.norm, automaton=_country_automaton(), view=view)):
        counts[match.keys[0].split(":")[1]] += 1
    return counts.most_common(1)[0][0] if counts else None


def _is_assoc(match: Match, assoc_cues: list[Match], norm: str) -> bool:
    return any(_only_words_between(norm, cue.end, match.start, 1) or _backing_gap(norm[cue.end:match.start])
               for cue in assoc_cues if cue.end <= match.start)


@functools.cache
def _assoc_gap_words() -> frozenset[str]:
    """`assoc_gap_words` of the lexicon, normalized."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["assoc_gap_words"])


@functools.cache
def _assoc_cue_words() -> frozenset[str]:
    """`assoc_cues` of the lexicon, normalized."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["assoc_cues"])


@functools.cache
def _assoc_backed_heads() -> frozenset[str]:
    """`assoc_backed_heads` of the lexicon, normalized."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["assoc_backed_heads"])


@functools.cache
def _assoc_gap_arms() -> frozenset[str]:
    """`assoc_gap_arms` of the lexicon, normalized."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["assoc_gap_arms"])


def _backing_gap(gap: str) -> bool:
    """"بغطاء جوي مكثف من X": besides one word of its own, the gap between a backing cue and
    the backer holds only words that weigh the backing or name its giver (`assoc_gap_words`).

    Arms of the backer joined by و ("مدعومة من طيران وسلاح التحالف", `assoc_gap_arms`) count
    as that one word: why, the backer named after its coordinated arms was read as no backer,
    and then as the opponent of the very force it backs."""
    words = gap.split()
    arms = [w for w in words if w in _assoc_gap_arms() or (w[:1] == "و" and strip_conjunction(w) in _assoc_gap_arms())]
    joined = len(arms) > 1 and all(w[:1] == "و" for w in arms[1:])
    others = [w for w in words if w not in _assoc_gap_words() and not (joined and w in arms)]
    extra = len(arms) - 1 if joined else 0
    return (bool(_GAP_OK.match(gap)) and len(words) <= 3 + extra
            and len(others) + (1 if joined else 0) <= 1)


@functools.cache
def _coref_specs() -> dict[str, dict]:
    """Coreference words (normalized) → {"inters": set, "fallback": generic key or None}."""
    specs = {}
    for word, spec in load_catalogue().lexicon["coref"].items():
        fallback = spec.get("fallback")
        specs[normalize(word)] = {"inters": set(spec.get("inters") or []),
                                  "fallback": f"generic:{fallback}" if fallback else None}
    return specs


@functools.cache
def _victim_keys() -> frozenset[str]:
    return frozenset(f"generic:{k}" for k in load_catalogue().lexicon["victim_kinds"])


def _family(key: str) -> str:
    """"generic:civilians" for "generic:civilians:IR" (a nationality fixed by the text)."""
    return ":".join(key.split(":")[:2]) if key.startswith("generic:") else key


def _antecedent(word: str, previous: list[Mention]) -> Mention | None:
    """Nearest earlier named actor mention that `word` may refer back to."""
    cat = load_catalogue()
    inters = _coref_specs()[word]["inters"]
    candidates = [m for m in reversed(previous) if not m.attrs["victim"]]
    for mention in candidates:  # an actor that lists the word itself wins ("الميليشيات" → Houthis)
        actor = cat.actors.get(mention.attrs["key"])
        if actor and word in actor.coref:
            return mention
    return next((m for m in candidates if m.value and m.value.inter in inters), None)


def _coref_keys(word: str, antecedent: Mention | None) -> tuple[str, ...]:
    """The readings a coreference word takes: its antecedent's readings (all of them, so that
    an ambiguous antecedent read as a foreign group once the places are known, "المقاومة" in
    a Syrian story, is not kept through the word that refers back to it), else the word's
    generic fallback; () when it has neither."""
    if antecedent is not None:
        return tuple(antecedent.attrs["keys"])
    fallback = _coref_specs()[word]["fallback"]
    return (fallback,) if fallback else ()


def _make_mention(doc: Document, match: Match, keys: tuple[str, ...], country: str | None,
                  *, coref: bool, assoc: bool) -> Mention:
    iso2 = load_catalogue().adjectives.get(match.alias)
    if keys == ("generic:civilians",) and iso2:  # "الفلسطينيين": civilians of that nationality
        keys = (f"generic:civilians:{iso2}",)
    key = choose_key(keys, country)
    ref = resolve_actor(key, country, doc.published, match.alias) or generic_actor(key.split(":")[1], None)
    start, end = doc.raw_span(match.start, match.end)
    attrs = {"generic": key.startswith(("generic:", "statenoun:")), "coref": coref, "victim": _family(key) in _victim_keys(),
             "assoc": assoc, "key": key, "keys": keys, "alias": match.alias, "in_source": False,
             "norm_span": (match.start, match.end),
             "diplomatic": key.startswith("state:") and not _diplomatic_words().isdisjoint(match.alias.split())}
    return Mention(start, end, "actor", doc.text[start:end], ref, attrs)


@functools.cache
def _assoc_state_gap() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_catalogue().lexicon["assoc_state_gap"])


@functools.cache
def _diplomatic_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_catalogue().lexicon["diplomatic_words"])


@functools.cache
def _opposing() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_catalogue().lexicon["opposing"])


@functools.cache
def _never_agents() -> frozenset[str]:
    return frozenset(load_catalogue().lexicon["never_agents"])


def never_agent(ref: ActorRef | None) -> bool:
    """A body that reports, calls and mediates (the UN) but is never the side that acts."""
    return ref is not None and ref.actor_id in _never_agents()


@functools.cache
def _partners_with() -> frozenset[str]:
    """Words whose "مع" names a partner, not a side: an ally (`allied_with`) or a party to talks (`talks_with`)."""
    lexicon = load_catalogue().lexicon
    return frozenset(normalize(w) for w in (*lexicon["allied_with"], *lexicon["talks_with"]))


@functools.cache
def _group_head_gap() -> re.Pattern[str]:
    """A group's head noun and an opening quote between a state's man and the group's name
    ("جنود تنظيم «الدولة الإسلامية»"; `group_head_nouns`)."""
    heads = "|".join(re.escape(normalize(w)) for w in load_catalogue().lexicon["group_head_nouns"])
    return re.compile(rf' (?:{heads}) ["«]?')


@functools.cache
def _group_heads() -> frozenset[str]:
    """The group head nouns (`group_head_nouns`: "تنظيم"، "جماعة"), normalized once."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["group_head_nouns"])


@functools.cache
def _belonging() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_catalogue().lexicon["belonging"])


def _drop_opposed(chosen: list[Match], norm: str) -> list[Match]:
    """"الفصائل المعارضة للنظام السوري", "الحر الموالي لأنقرة": the actor named after an
    opposing/serving word + ل describes another actor's stance and is no side here
    (so does one after an alliance word + مع, "فصائل متحالفة مع النظام": the ally the
    factions stand with, not the side an attack on them hit; nor one after a noun of talks + مع,
    "تعثر المفاوضات مع النظام": the party to talks a violent act is told beside);
    after "تابعة ل" it names the generic force before it, which is dropped."""
    kept: list[Match] = []
    for match in chosen:
        before = norm[max(0, match.start - 30):match.start]
        words = before.split()
        glued = before.endswith(("ل", "لل")) and len(words) >= 2 and words[-1] in {"ل", "لل"}
        if glued and words[-2] in _opposing():
            continue
        if len(words) >= 2 and words[-1] == "مع" and before.endswith(" ") and words[-2] in _partners_with():
            continue  # "فصائل متحالفة مع النظام", "بعد تعثر المفاوضات مع النظام": a partner, not a side
        if (glued and words[-2] in _belonging() and kept and kept[-1].keys[0].startswith(("generic:", "statenoun:"))
                and len(norm[kept[-1].end:match.start].split()) <= 4):
            kept.pop()  # "قوة أمنية تابعة لـ X": X names the force (not one named clauses before)
        kept.append(match)
    return kept


@functools.cache
def _place_plurals() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_catalogue().lexicon["place_plurals"])


def _names_a_place(doc: Document, match: Match, places: dict[int, tuple[int, bool]]) -> bool:
    """"مزارع شبعا": a generic actor noun that opens a longer place name is part of it, and
    one a place cue makes a place ("حي الشرطة") is that place; "مزارع الوهط": a plural place
    noun with a place or a definite word right after it names a place (`place_plurals`)."""
    end, cued = places.get(match.start, (0, False))
    if end > match.end or (cued and end == match.end):
        return True
    if match.alias not in _place_plurals():
        return False
    following = doc.norm[match.end:match.end + 30].split()[:1]
    return bool(following) and (following[0].startswith("ال") or match.end + 1 in places)


def _drop_place_names(doc: Document, chosen: list[Match]) -> list[Match]:
    """"مخيم اليرموك للاجئين الفلسطينيين", "مدرسة الوكالة للاجئين": people glued by ل to a
    place name are part of that name, not victims there (nor their nationality the victims');
    a generic noun inside a place name is no actor (`_names_a_place`)."""
    mentions = doc.of_kind("place")
    place_ends = {doc.norm_index(p.end) for p in mentions}
    places = {doc.norm_index(p.start): (doc.norm_index(p.end), bool(p.attrs.get("cue"))) for p in mentions}
    kept = []
    for match in chosen:
        if match.keys[0].startswith(("generic:", "statenoun:")) and _names_a_place(doc, match, places):
            continue
        if _capital_as_place(doc.norm, match, places):
            continue
        if _family(match.keys[0]) == "generic:civilians" and place_ends:
            gap = doc.norm[max(0, match.start - 4):match.start]
            cut = gap.rfind(" ")
            if cut != -1 and gap[cut + 1:] in {"ل", "لل"} and match.start - len(gap) + cut in place_ends:
                continue
        kept.append(match)
    return kept


@functools.cache
def _capital_place_words() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(normalize(w).split()) for w in load_catalogue().lexicon["capital_place_words"])


def _capital_as_place(norm: str, match: Match, places: dict[int, tuple[int, bool]]) -> bool:
    """True for a government named by its capital ("طهران") that a place word introduces as
    the city ("في طهران"): where the act happened, no side of it."""
    if not all(key.endswith(":government") for key in match.keys) or match.start not in places:
        return False
    words = WORD_RE.findall(norm[max(0, match.start - 25):match.start])
    return any(tuple(words[-n:]) in _capital_place_words() for n in (1, 2) if len(words) >= n)


@functools.cache
def _resident_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_catalogue().lexicon["resident_words"])


def _drop_residents(norm: str, chosen: list[Match]) -> list[Match]:
    """"المدينة المكتظة بالنازحين", "مدرسة تؤوي نازحين": civilians that describe who lives
    in a place are no side of an act on it (who it killed is told by the toll)."""
    words = _resident_words()
    kept = []
    for match in chosen:
        left = norm[max(0, match.start - 20):match.start].split()
        glued = left[-1] if left and not norm[match.start - 1].isspace() else None  # "ب" of "بالنازحين"
        before = left[-2] if glued is not None and len(left) > 1 else (left[-1] if left and glued is None else "")
        if _family(match.keys[0]) == "generic:civilians" and glued in {None, "ب"} and before in words:
            continue
        kept.append(match)
    return kept


@functools.cache
def _spared_rules() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """(negations, harms, links, reach) of the lexicon's `spared_people`, normalized."""
    rules = load_catalogue().lexicon["spared_people"]
    return (frozenset(normalize(w) for w in rules["negations"]), frozenset(normalize(w) for w in rules["harms"]),
            frozenset(normalize(w) for w in rules["links"]), int(rules["reach"]))


def _harm_after(words: list[str], harms: frozenset[str], links: frozenset[str]) -> bool:
    """The first word that is no linking word (`spared_people.links`) is a harm word, with or
    without the article: "وقوع أي إصابات"، "الضحايا"; "توقف موقعة ضحايا" is another idiom."""
    word = next((w for w in words if w not in links), "")
    return not harms.isdisjoint(strip_clitics(word))


def _drop_spared(norm: str, chosen: list[Match]) -> list[Match]:
    """"قصفت مواقع دون وقوع إصابات في صفوف المدنيين": civilians told as those the act did not harm are
    no side of it.  Why: read as its victims, a strike on armed posts that hurt nobody came
    out as one on civilians."""
    negations, harms, links, reach = _spared_rules()
    kept = []
    for match in chosen:
        if _family(match.keys[0]) == "generic:civilians":
            left = _COMMA_OR_BREAK_RE.split(norm[max(0, match.start - 80):match.start])[-1]
            words = WORD_RE.findall(left)[-reach:]
            negated = next((i for i, w in enumerate(words) if w in negations or w.removeprefix("و") in negations), None)
            if negated is not None and _harm_after(words[negated + 1:negated + 4], harms, links):
                continue
        kept.append(match)
    return kept


@functools.cache
def _owned_adjective_rules() -> tuple[frozenset[str], int]:
    """`owned_adjectives` of the lexicon: the adjectives, normalized, and the word reach."""
    rules = load_catalogue().lexicon["owned_adjectives"]
    return frozenset(normalize(w) for w in rules["words"]), int(rules["reach"])


@functools.cache
def _adjective_vehicles() -> frozenset[str]:
    """`owned_adjectives.vehicles`: nouns a military adjective right after only qualifies."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["owned_adjectives"]["vehicles"])


def _vehicle_adjective(doc: Document, mention: Mention) -> bool:
    """True for a military adjective right after a vehicle noun ("طقما عسكريا"): the vehicle
    a strike hit, never the air force that flew it."""
    return (normalize(mention.text) in _owned_adjective_rules()[0]
            and _word_before(doc.norm, doc.norm_index(mention.start)) in _adjective_vehicles())


def _word_before(norm: str, start: int) -> str:
    """The normalized word right before `start` (within 20 characters), its conjunction
    stripped (or ""): the noun an adjective at `start` may qualify."""
    left = WORD_RE.findall(norm[max(0, start - 20):start])
    return strip_conjunction(left[-1]) if left else ""


def _drop_owned_adjectives(norm: str, chosen: list[Match]) -> list[Match]:
    """"رتلا عسكريا ... للحوثيين": a military adjective qualifying a thing that another
    actor owns is no army of its own; the owner, named right after, is the side."""
    adjectives, reach = _owned_adjective_rules()
    owners = [m for m in chosen if norm[m.start:m.end] not in adjectives]
    kept = []
    for match in chosen:
        if norm[match.start:match.end] in adjectives and any(
                _owns(norm, match.end, owner.start, reach) for owner in owners if owner.start > match.end):
            continue
        kept.append(match)
    return kept


@functools.cache
def _clash_adjective_rules() -> tuple[frozenset[str], frozenset[str]]:
    """`clash_adjectives` of the lexicon: (fight nouns, armed adjectives), normalized."""
    rules = load_catalogue().lexicon["clash_adjectives"]
    return tuple(frozenset(normalize(w) for w in rules[k]) for k in ("nouns", "adjectives"))


def _drop_clash_adjectives(norm: str, chosen: list[Match]) -> list[Match]:
    """"قتل جندي في صدام مسلح مع عناصر X": the armed word qualifying a fight is no side.

    Why: read as unnamed gunmen, it stood beside X as a party of the clash and took
    the side X should have (the soldier's enemy came out as an unidentified group)."""
    nouns, adjectives = _clash_adjective_rules()
    kept = []
    for match in chosen:
        if (match.keys[0] == "generic:unidentified" and norm[match.start:match.end] in adjectives
                and _word_before(norm, match.start) in nouns):
            continue
        kept.append(match)
    return kept


@functools.cache
def _adjective_munitions() -> frozenset[str]:
    """`owned_adjectives.munitions`: weapons a military adjective right after only qualifies."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["owned_adjectives"]["munitions"])


def _drop_weapon_adjectives(norm: str, chosen: list[Match]) -> list[Match]:
    """"تعرضت دورية لمقذوف عسكري من داخل الأراضي اليمنية": a military adjective right after a
    munition tells the kind of weapon, not the force that fired it.

    Why: read as the army of the country, it became the author of the fire that hit that
    army's own patrol (the side hit made actor1)."""
    adjectives = _owned_adjective_rules()[0]
    kept = []
    for match in chosen:
        if (norm[match.start:match.end] in adjectives
                and not _adjective_munitions().isdisjoint(strip_clitics(_word_before(norm, match.start)))):
            continue
        kept.append(match)
    return kept


@functools.cache
def _armed_nouns() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_catalogue().lexicon["armed_nouns"])


def aims_at_fighters(doc: Document, start: int, end: int) -> bool:
    """The stretch aims its act at fighters: a verb of aim (`role_cues.aimed_at`) right
    before a fighters' noun (`armed_nouns`: "أطلقت المروحيات النار مستهدفة قناصة ومقاتلين").
    Why: such a target names no group the catalogue knows, so the act read as aimed at
    nobody and came out as an attack on civilians; the side hit was armed."""
    aims, armed = _aim_words(), _armed_nouns()
    words = [strip_conjunction(w) for w in WORD_RE.findall(doc.norm[start:end])]
    return any(word in aims and after in armed for word, after in zip(words, words[1:], strict=False))


@functools.cache
def _aim_words() -> frozenset[str]:
    """The one-word verbs of aim of `role_cues.aimed_at`."""
    return frozenset(cue[0] for cue in _role_cues()["aimed_at"] if len(cue) == 1)


def _drop_armed_nationals(norm: str, chosen: list[Match]) -> list[Match]:
    """"اشتباكات بين مقاومين فلسطينيين وقوات الاحتلال": a nationality read as civilians right
    after a fighters' noun (`armed_nouns`) only says whose the fighters are; it is no
    second side, and no victim of the fighting."""
    armed = _armed_nouns()
    kept = []
    for match in chosen:
        if match.keys[0].startswith("generic:civilians"):
            before = norm[max(0, match.start - 30):match.start]
            words = WORD_RE.findall(before)
            # the noun as written first: "فصيلين" starts with a letter that is also the conjunction ف
            if before.endswith(" ") and words and (words[-1] in armed or strip_conjunction(words[-1]) in armed):
                continue
        kept.append(match)
    return kept


@functools.cache
def _construct_members() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_catalogue().lexicon["construct_members"])


@functools.cache
def _construct_member_links() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_catalogue().lexicon["construct_member_links"])


def _linked_owner(norm: str, match: Match, starts: dict[int, Match]) -> Match | None:
    """The force a state's man is told as one of through a preposition (`construct_member_links`):
    "ثلاثة جنود من القوة الإماراتية"، "عنصران في الشرطة"، "جنود من قوات الجيش اليمني".

    Why: read alone, "جنود" is the army of the story's country, so the dead of a foreign
    force (the UAE's in Yemen) came out as that country's army, and the named force, left
    as the only other side, as the one that killed them.  Only a state force or a named
    group counts as the owner: a generic people noun or an unnamed gunman after "من" is no
    unit the men belong to."""
    gap = re.match(r" (\w+) ", norm[match.end:match.end + 12])
    if gap is None or gap.group(1) not in _construct_member_links():
        return None
    owner = starts.get(match.end + gap.end())
    if owner is None or owner.keys[0].startswith("generic:") or owner.keys[0] == NOT_ACTOR:
        return None
    # "في" before an act ("جنديان في غارة إسرائيلية") is the event, not the men's unit
    if gap.group(1) == normalize("في") and norm[owner.start:owner.end].split(" ")[0] not in _construct_member_in_heads():
        return None
    return owner


@functools.cache
def _construct_member_in_heads() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_catalogue().lexicon["construct_member_in_heads"])


def _drop_construct_members(norm: str, chosen: list[Match]) -> list[Match]:
    """"ضباط وجنود الشرطة": a man's noun read alone as one state force ("جنود": the army) in
    construct with another force named right after it is that force's man, told by the next match.
    So is one read alone as a civilian ("رجال الجيش": the army's men, not civilians), also
    before a named unit ("رجال قوات الطوارئ الخاصة") or a named armed group ("رجال المقاومة
    الشعبية": its fighters); a state's man before a named group ("جنود تنظيم الدولة", "عناصر
    حركة الشباب") is that group's fighter, not the state's soldier."""
    members = _construct_members()
    starts = {m.start: m for m in chosen}
    kept = []
    for match in chosen:
        head = match.keys[0]
        owner = starts.get(match.end + 1)
        if owner is None and head.startswith("statenoun:"):
            # a group named with its head noun and quotes ("جنود تنظيم \"الدولة الاسلاميه\"")
            gap = _group_head_gap().match(norm[match.end:match.end + 12])
            named = starts.get(match.end + gap.end()) if gap else None
            owner = named if named and not named.keys[0].startswith(("generic:", "statenoun:", "state:")) else None
        if owner is None and head.startswith("statenoun:"):
            owner = _linked_owner(norm, match, starts)
        if owner is None or norm[match.end] != " " or norm[match.start:match.end] not in members:
            kept.append(match)
            continue
        owner_key = owner.keys[0]
        if ((head.startswith("statenoun:") or head == "generic:civilians")
                and owner_key.startswith(("statenoun:", "state:")) and owner_key != head):
            continue
        if head == "generic:civilians" and not owner_key.startswith("generic:"):
            continue
        if head.startswith("statenoun:") and not owner_key.startswith(("generic:", "statenoun:", "state:", "coref:")):
            continue  # "أحد جنود تنظيم الدولة": the group's fighters, no state's soldiers
        kept.append(match)
    return kept


def _owns(norm: str, end: int, owner_start: int, reach: int) -> bool:
    """True when the actor at `owner_start` is a possessor (glued ل, or after a `belonging`
    word) within `reach` words of `end`."""
    word_start = norm.rfind(" ", end, owner_start) + 1 or owner_start
    between = WORD_RE.findall(norm[end:word_start])
    if len(between) > reach or _BREAK_RE.search(norm[end:owner_start]):
        return False
    return norm[word_start:owner_start].startswith("ل") or bool(between and between[-1] in _belonging())


@functools.cache
def _former_member_words() -> dict[str, frozenset[str]]:
    """The word lists of `former_members` (persons, marks, wanted, wanted_links), normalized."""
    return {name: frozenset(normalize(w) for w in words) for name, words in load_catalogue().lexicon["former_members"].items()}


def _drop_former_members(norm: str, chosen: list[Match]) -> list[Match]:
    """A force that only describes a man is no side of the act told of him: whom he once
    served, between a rank noun and a word of leaving it ("ضابط الجيش المصري المفصول"), or
    whom he is wanted by ("أبرز المطلوبين لدى سلطات الأمن", "المطلوب للشرطة")."""
    rules = _former_member_words()
    kept = []
    for match in chosen:
        left = WORD_RE.findall(norm[max(0, match.start - 30):match.start])
        right = WORD_RE.findall(norm[match.end:match.end + 20])
        if left:
            glued = not norm[match.start - 1].isspace()
            former = not glued and right and left[-1] in rules["persons"] and right[0] in rules["marks"]
            if former or _wanted_by(left, glued, rules):
                continue
        kept.append(match)
    return kept


def _wanted_by(left: list[str], glued: bool, rules: dict[str, frozenset[str]]) -> bool:
    """True when the words before a force say a man is wanted by it: "المطلوب للشرطة",
    "المطلوبين لدى الأمن", or with the force's head noun between ("لدى سلطات الأمن")."""
    if glued:
        return len(left) > 1 and left[-1] in {"ل", "لل"} and left[-2] in rules["wanted"]
    return any(left[-i] in rules["wanted_links"] and left[-i - 1] in rules["wanted"]
               for i in (1, 2) if len(left) > i)


def _recognize(doc: Document, country: str | None, view: str, spans: list[tuple[int, int]]) -> list[Mention]:
    chosen, assoc_spans, assoc_cues = _candidates(doc, view, spans)
    chosen = _drop_residents(doc.norm, _drop_place_names(doc, _drop_opposed(chosen, doc.norm)))
    chosen = _drop_spared(doc.norm, chosen)
    chosen = _drop_owned_adjectives(doc.norm, _drop_former_members(doc.norm, chosen))
    chosen = _drop_armed_nationals(doc.norm, _drop_construct_members(doc.norm, chosen))
    chosen = _drop_weapon_adjectives(doc.norm, _drop_clash_adjectives(doc.norm, chosen))
    assoc_cues = _force_backing_cues(doc.norm, assoc_cues, chosen)
    out: list[Mention] = []
    for match in chosen:
        assoc = (match.start, match.end) in assoc_spans or _is_assoc(match, assoc_cues, doc.norm)
        if match.keys[0].startswith("coref:"):
            word = match.keys[0][6:]
            antecedent = None if _names_an_ally(doc.norm, match.end) else _antecedent(word, out)
            antecedent = None if _foreign_to(doc.norm, match.end, antecedent) else antecedent
            keys = _coref_keys(word, antecedent)
            if not keys:
                continue
            out.append(_make_mention(doc, match, keys, country, coref=True, assoc=assoc))
            out[-1].attrs["antecedent_alias"] = antecedent.attrs["alias"] if antecedent else None
        else:
            out.append(_make_mention(doc, match, match.keys, country, coref=False, assoc=assoc))
    _described_backers(doc.norm, out)
    out = _backed_bare_forces(doc, out, country)
    out = _corefs_in_story(doc, out, country)
    out = [*out, *_ranked_dead(doc, out, country, spans)]
    return out + _struck_sites(doc, out, country, spans)


@functools.cache
def _ranked_dead_rules() -> dict:
    """`ranked_dead`, normalized: the loss word + grade pattern, the loss words, police words
    and reach, the words of a grade no serving man holds, the speaker's own men pattern and
    the links to an owner."""
    rules = load_catalogue().lexicon["ranked_dead"]

    def alternation(name: str) -> str:
        return "|".join(sorted((re.escape(normalize(w)) for w in rules[name]), key=len, reverse=True))

    return {"pattern": re.compile(rf"(?<!\w)(?:{alternation('loss_words')}) ((?:{alternation('ranks')}))(?!\w)"),
            "loss_words": frozenset(normalize(w) for w in rules["loss_words"]),
            "police": frozenset(normalize(w) for w in rules["police_words"]), "reach": int(rules["police_reach"]),
            "not_serving": frozenset(normalize(w) for w in rules["not_serving"]),
            "own_ranks": re.compile(rf" (?:{alternation('own_ranks')})(?!\w)"),
            "links": frozenset(normalize(w) for w in rules["links"])}


def _acts_doer(doc: Document, force: Mention, sentence: Sentence) -> bool:
    """True when a state force is the doer of an act told right before or after it ("قصفت قوات
    النظام"، "أطلقت قوات الاحتلال النار"، "بقصف لقوات النظام"): the side that acted, never the grade's."""
    for trigger in triggers.sentence_triggers(doc, sentence.start, sentence.end):
        if trigger.start < force.start and trigger.end >= force.start - 3 \
                and doc.text[trigger.end:force.start].strip() in ("", "ل", "ب", "لل"):
            return True
        if trigger.start < force.start < trigger.end:
            return True
        # the force as the subject of an act whose verb went before it ("أطلقت قوات الاحتلال النار")
        # (not a death told of it: "أعلن الجيش مقتل الرقيب")
        if trigger.start >= force.end and not doc.text[force.end:trigger.start].strip() \
                and normalize(trigger.text).split(" ")[0] not in _ranked_dead_rules()["loss_words"]:
            return True
    return False


def _ranked_dead(doc: Document, found: list[Mention], country: str | None,
                 spans: list[tuple[int, int]]) -> list[Mention]:
    """A state force for a grade named right after a word of death or wounding (`ranked_dead`):
    "استشهاد العريف أحمد ..."، "مقتل الرقيب X"، "استشهاد رقيب أول شرطة" (a police grade when a
    police word follows it closely).

    Why: a soldier or policeman named by his grade and name is no actor the catalogue knows, so
    the dead came out as civilians (an attack on soldiers typed Violence against civilians),
    or, with a plain "والجندي أول Y" after him read as the army, with the army as the killer.
    The mention is the side hit: the loss word before it marks it as the casualties."""
    rules = _ranked_dead_rules()
    pattern, police, reach = rules["pattern"], rules["police"], rules["reach"]
    not_serving, own_ranks, links = rules["not_serving"], rules["own_ranks"], rules["links"]
    taken = [m.attrs["norm_span"] for m in found]
    named_at = {m.attrs["norm_span"][0] for m in found}
    out = []
    for start, end in spans:
        for hit in pattern.finditer(doc.norm, start, end):
            at, stop = hit.start(1), hit.end(1)
            if _overlaps(at, stop, taken):
                continue
            after = WORD_RE.findall(doc.norm, stop, min(end, stop + 40))[:reach]
            # "العقيد المتقاعد"، "الملازم المنشق": no serving man of a state force
            if after and after[0] in not_serving:
                continue
            # "العقيد في طالبان"، "الرقيب من الجيش العراقي": the actor named after the link owns him
            link = re.match(r" (\w+) ", doc.norm[stop:stop + 8])
            if link and link.group(1) in links and stop + link.end() in named_at:
                continue
            raw_at = doc.raw_span(at, stop)[0]
            sentence = doc.sentence_at(raw_at)
            beside = [m for m in found if sentence is not None and sentence.start <= m.start < sentence.end]
            keys: tuple[str, ...] = ("statenoun:police",) if police.intersection(after) else ("statenoun:military",)
            if own_ranks.match(doc.norm, stop):
                # "أعلنت قوات سوريا الديمقراطية مقتل الرقيب في صفوفها": the speaker's own man
                speakers = [m for m in beside if not m.attrs["victim"] and m.attrs["norm_span"][0] < at]
                if not speakers:
                    continue
                keys = tuple(max(speakers, key=lambda m: m.attrs["norm_span"][0]).attrs["keys"])
            # a grade in a sentence that names the state force hit ("انفجار حافلة الدرك ... مقتل رقيب")
            # is that force's man; a grade gives no side at all when a state force is the act's doer
            # ("قصفت قوات النظام ... ما أدى إلى مقتل العقيد"): he may be its enemy, never its man
            near = [m for m in beside if not m.attrs["victim"] and not m.attrs.get("in_source")
                    and str(m.attrs["key"]).startswith(("state:", "statenoun:"))]
            if sentence is not None and any(_acts_doer(doc, m, sentence) for m in near):
                continue
            if near and keys == ("statenoun:military",):
                keys = tuple(min(near, key=lambda m: abs(m.attrs["norm_span"][0] - at)).attrs["keys"])
            match = Match(at, stop, keys, doc.norm[at:stop])
            out.append(_make_mention(doc, match, match.keys, country, coref=False, assoc=False))
            taken.append((at, stop))
    return out


def _backed_bare_forces(doc: Document, out: list[Mention], country: str | None) -> list[Mention]:
    """A bare force noun no actor names, right before a backing cue ("بدأت قوات يدعمها التحالف
    هجوما"، "القوات المدعومة من التحالف"، "لقوات مدعومة من الإمارات"), whose backer fights in one
    camp with the army of the story's country (`camps`), is that army.

    Why: with the force unnamed, the backer was the only armed side left in the clause and
    was read as the agent of its ground ally's act (or the act went to an unidentified group,
    its target to civilians); ACLED codes the backed ground force as actor1 and the backer as
    its associate.  Not when the sentence names that army itself: the backed force is then
    another one (a militia the backer arms against it)."""
    heads = _assoc_backed_heads()
    added: list[Mention] = []
    for backer in out:
        if not backer.attrs.get("assoc"):
            continue
        start = backer.attrs["norm_span"][0]
        head = _bare_backed_head(doc.norm, start)
        if head is None or not _GAP_OK.match(doc.norm[head.end():start]):
            continue
        sentence = next((s for s in doc.sentences if s.start <= backer.start < s.end), None)
        # the one country the places of the force's clause lie in ("لقوات يدعمها التحالف في مديرية
        # قعطبة": Yemen), else of its sentence, else the article's: a country named as another
        # side's backer ("الحوثيون المدعومون من إيران") is not where the force fights
        places = doc.of_kind("place")
        here = ((_sole(_paragraph_sides(places, backer.start, sentence.end, [])[0])
                 or _sole(_paragraph_sides(places, sentence.start, sentence.end, [])[0])
                 if sentence is not None else None) or country)
        value = resolve_mention(backer, here, doc.published, frozenset({here})) if here else None
        army = f"state:{here}:military"
        if value is None or not value.actor_id or army not in camp_mates(value.actor_id, doc.published):
            continue
        h_start = head.end() - len(_bare_head(head.group(), heads))
        if any(m.attrs.get("norm_span", (0, 0))[0] <= h_start < m.attrs.get("norm_span", (0, 0))[1] for m in out):
            continue
        if sentence is not None and any(m.value is not None and m.value.actor_id == army
                                        and sentence.start <= m.start < sentence.end for m in out):
            continue
        match = Match(h_start, head.end(), (army,), doc.norm[h_start:head.end()])
        added.append(_make_mention(doc, match, (army,), here, coref=False, assoc=False))
    return sorted(out + added, key=lambda m: m.start) if added else out


def _sole(codes: set[str]) -> str | None:
    return next(iter(codes)) if len(codes) == 1 else None


@functools.cache
def _force_cue_words() -> tuple[frozenset[str], frozenset[str]]:
    """(`assoc_force_cues`, `assoc_relatives`) of the lexicon, normalized."""
    lexicon = load_catalogue().lexicon
    return (frozenset(normalize(w) for w in lexicon["assoc_force_cues"]),
            frozenset(normalize(w) for w in lexicon["assoc_relatives"]))


_UNARMED_KEYS = ("generic:protesters", "generic:rioters", "generic:civilians")


def _force_backing_cues(norm: str, cues: list[Match], chosen: list[Match]) -> list[Match]:
    """The assoc cues without those of `assoc_force_cues` that follow no force: such a cue
    ("يدعمها"، "بمساعدة") backs only a force named right before it (an actor or a bare force
    noun; one relative pronoun or a comma between), never protesters or civilians.

    Why: after any other word ("مظاهرة تدعمها أحزاب المعارضة"، "نقل الجرحى إلى المستشفى بمساعدة
    مسلحين"، "فرّ السجناء ... بمساعدة مسلحين"، "طردوهم منها بمساعدة قوات الجيش") the helper
    is of another clause or no armed backer at all, and was read as the act's agent's associate."""
    force_cues, relatives = _force_cue_words()
    heads = _assoc_backed_heads()
    kept = []
    for cue in cues:
        if norm[cue.start:cue.end] not in force_cues:
            kept.append(cue)
            continue
        words = list(WORD_RE.finditer(norm, max(0, cue.start - 80), cue.start))
        if words and words[-1].group() in relatives:
            words = words[:-1]
        if not words:
            continue
        # the help told of a force's act may follow its verb ("القوات الموالية للشرعية تسعى بمساعدة
        # طيران التحالف إلى تأمينها"): then the force is the one word before
        helped = strip_conjunction(norm[cue.start:cue.end].split()[0]).startswith("بمساعد")
        for back in ((1, 2) if helped and len(words) > 1 else (1,)):
            end = words[-back].end()
            gap = norm[end:cue.start]
            if len(WORD_RE.findall(gap)) > back or not set(WORD_RE.sub("", gap)) <= set(" \t،,"):
                continue
            named = [m for m in chosen if m.start < end <= m.end and m.keys[0] != NOT_ACTOR]
            if any(m.keys[0].startswith(_UNARMED_KEYS) for m in named):
                break
            if named or _bare_head(words[-back].group(), heads):
                kept.append(cue)
                break
    return kept


def _cue_and_gap(words: list[str]) -> bool:
    """True when `words`, between a force and its backer, are a backing cue (after one relative
    pronoun: "التي يدعمها") and a backing gap (`_backing_gap`: "مدعومة من طيران وسلاح")."""
    if words[:1] and words[0] in _force_cue_words()[1]:
        words = words[1:]
    cues = _assoc_cue_words()
    for j in range(len(words), 0, -1):
        if " ".join(words[:j]) in cues:
            rest = " ".join(words[j:])
            return not rest or _backing_gap(rest)
    return False


def _bare_backed_head(norm: str, start: int) -> re.Match[str] | None:
    """The word of a bare force noun ("قوات"، "لقوات"، "والقوات") a backing cue, told of the
    backer at norm offset `start`, follows ("لقوات مدعومة من طيران وسلاح التحالف"، "القوات التي
    يدعمها التحالف"), or None."""
    heads = _assoc_backed_heads()
    words = list(WORD_RE.finditer(norm, max(0, start - 80), start))
    for k in range(2, min(len(words), 7) + 1):
        if _bare_head(words[-k].group(), heads) and _cue_and_gap([w.group() for w in words[-k + 1:]]):
            return words[-k]
    return None


def _bare_head(word: str, heads: frozenset[str]) -> str:
    """The force noun of `word` ("قوات", "وقوات", "لقوات" → "قوات"), or "" when it is none."""
    for form in (word, strip_conjunction(word), word[1:] if word[:1] == "ل" else "",
                 word[2:] if word[:2] in ("ول", "فل") else ""):
        if form and form in heads:
            return form
    return ""


@functools.cache
def _backer_description_rules() -> tuple[frozenset[str], int]:
    """`backer_described_by` of the lexicon: its normalized link words and its reach in words."""
    rules = load_catalogue().lexicon["backer_described_by"]
    return frozenset(normalize(w) for w in rules["links"]), int(rules["reach"])


def _described_backers(norm: str, out: list[Mention]) -> None:
    """Mark as backers the actors that describe a backer right after it (`backer_described_by`):
    "بإسناد من القوات الإماراتية العاملة ضمن التحالف العربي"، "المشاركة ضمن تحالف دعم الشرعية".

    Why: the coalition a backing force serves in, named with no cue of its own, was read as a
    side of the act: the gaining force's opponent, or even the agent with the force it backs
    as the opponent.  A description may follow a description ("ضمن تحالف X بقيادة Y")."""
    links, reach = _backer_description_rules()
    for before, after in zip(out, out[1:], strict=False):
        if not before.attrs.get("assoc") or after.attrs.get("assoc"):
            continue
        gap = norm[before.attrs["norm_span"][1]:after.attrs["norm_span"][0]]
        words = gap.split()
        if (not words or len(words) > reach or not _GAP_OK.match(gap)
                or not any(w in links or (w.startswith("ل") and w[1:] in links) for w in words)):
            continue
        after.attrs["assoc"] = True


@functools.cache
def _site_words() -> dict[str, frozenset[tuple[str, ...]]]:
    """The word lists of `struck_sites`, plus the person titles an owner is named by, as word tuples."""
    rules = load_catalogue().lexicon["struck_sites"]
    table = {name: frozenset(tuple(normalize(w).split()) for w in words)
             for name, words in rules.items() if isinstance(words, list)}
    table["owners"] = frozenset(_role_cues()["person_titles"])
    return table


@functools.cache
def _site_heads() -> frozenset[str]:
    """First words of the `struck_sites` site names: most sentences and words hold
    none, so `_struck_sites` and `_site_hits` skip them before building any phrase."""
    return frozenset(site[0] for site in _site_words()["sites"])


def _struck_sites(doc: Document, found: list[Mention], country: str | None,
                  spans: list[tuple[int, int]]) -> list[Mention]:
    """Civilians for the civilian sites a strike hits ("قصفت قوات X مستشفى", "غارة على سوق").

    Why: ACLED codes shelling or an air strike on a hospital, school, market,
    mosque or homes, with no armed side named as hit, against the civilians
    of the place; without a mention the strike would have no second side
    (see `struck_sites` in the lexicon for the limits).
    """
    actors = [m.attrs["norm_span"] for m in found if not m.attrs["victim"]]
    places = [(doc.norm_index(m.start), doc.norm_index(m.end)) for m in doc.of_kind("place")]
    taken = [m.attrs["norm_span"] for m in found] + places
    heads = _site_heads()
    out = []
    for start, end in spans:
        if heads.isdisjoint(map(strip_conjunction, WORD_RE.findall(doc.norm, start, end))):
            continue  # most sentences name no site: skip them before splitting and tokenizing
        for seg_start, seg_end in _segments(doc.norm, start, end):
            tokens = _tokens(doc.norm, seg_start, seg_end)
            for i, j in _site_hits(tokens, taken, actors):
                match = Match(tokens[i][0], tokens[j - 1][1], ("generic:civilians",), doc.norm[tokens[i][0]:tokens[j - 1][1]])
                mention = _make_mention(doc, match, match.keys, country, coref=False, assoc=False)
                mention.attrs["site"] = True
                out.append(mention)
    return out


def _segments(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of norm[start:end] between commas and hard breaks."""
    cuts = [start, *(m.start() for m in _COMMA_OR_BREAK_RE.finditer(norm, start, end)), end]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def _site_hits(tokens: list[tuple[int, int, str]], taken: list[tuple[int, int]],
               actors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges [i, j) naming a struck civilian site in one comma-free stretch: a strike
    word up to `reach` words before it or a verb of suffering it next to it; not right after
    a word of nearness or of armed men holding it, nor followed by its owner (a person title
    or an actor)."""
    words = _site_words()
    reach = int(load_catalogue().lexicon["struck_sites"]["reach"])
    plain = [strip_conjunction(t[2]) for t in tokens]
    heads = _site_heads()
    hits = []
    for i in range(len(tokens)):
        if plain[i] not in heads:
            continue
        size = next((n for n in (3, 2, 1) if i + n <= len(tokens) and tuple(plain[i:i + n]) in words["sites"]), 0)
        if not size or _overlaps(tokens[i][0], tokens[i + size - 1][1], taken):
            continue
        after = tokens[i + size:i + size + 2]
        struck = not words["acts"].isdisjoint((w,) for w in plain[max(0, i - reach):i]) or not words[
            "suffered"].isdisjoint((w,) for w in plain[max(0, i - 3):i + size + 3])
        near = i > 0 and (plain[i - 1],) in words["near"] or not words["held"].isdisjoint(
            (w,) for w in plain[max(0, i - 2):i])
        owned = bool(after) and ((plain[i + size],) in words["owners"]
                                 or any(_overlaps(a, b, actors) for a, b, _ in after))
        if struck and not near and not owned:
            hits.append((i, i + size))
    return hits


@functools.cache
def _coref_allies() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_catalogue().lexicon["coref_allies"])


def _names_an_ally(norm: str, end: int) -> bool:
    """"والفصائل السورية الموالية لها": the reference word ending at `end` names the ally of
    the actor before it, not that actor (`coref_allies`)."""
    return not _coref_allies().isdisjoint(norm[end:end + 40].split()[:2])


def _foreign_to(norm: str, end: int, antecedent: Mention | None) -> bool:
    """True when the reference word ending at `end` is followed by the nationality adjective of
    a country other than its antecedent's ("مواليا للنظام ... غالبيتهم من المقاتلين الإيرانيين"
    after Hezbollah): the word names fighters of that nationality, not the actor before it."""
    if antecedent is None or antecedent.value is None or not antecedent.value.country:
        return False
    following = WORD_RE.findall(norm[end:end + 30])[:1]
    iso2 = load_catalogue().adjectives.get(following[0]) if following else None
    return iso2 is not None and iso2 != antecedent.value.country


def _corefs_in_story(doc: Document, out: list[Mention], country: str | None) -> list[Mention]:
    """On a page of several items, "الجماعة" refers back only inside its own story:
    without an antecedent there it takes its fallback kind, or is dropped."""
    if not any(m.attrs["coref"] for m in out):
        return out
    stories = _stories(doc, out)
    if len(stories) == 1:
        return out
    kept: list[Mention] = []
    for mention in out:
        word = mention.attrs["alias"]
        if mention.attrs["coref"] and word in _coref_specs():
            story_start = _story_at(stories, mention.start)[0]
            antecedent = None if _names_an_ally(doc.norm, mention.attrs["norm_span"][1]) else _antecedent(
                word, [m for m in kept if m.start >= story_start])
            antecedent = None if _foreign_to(doc.norm, mention.attrs["norm_span"][1], antecedent) else antecedent
            keys = _coref_keys(word, antecedent)
            if not keys:
                continue
            if keys != mention.attrs["keys"]:
                start, end = mention.attrs["norm_span"]
                mention = _make_mention(doc, Match(start, end, (f"coref:{word}",), word), keys, country,
                                        coref=True, assoc=mention.attrs["assoc"])
                mention.attrs["antecedent_alias"] = antecedent.attrs["alias"] if antecedent else None
        kept.append(mention)
    return kept


# -- sources ---------------------------------------------------------------------

@functools.cache
def _attribution_automaton() -> ahocorasick.Automaton:
    """First words of attribution cues, to skip sentences that report nothing."""
    att = _attribution()
    table = {word: [("cue", "plain")] for word in att["verbs"] | set(att["preps"])}
    return build_automaton(table)


def _tokens(norm: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(norm, start, end)]


def _cue_at(tokens: list[tuple[int, int, str]], i: int, att: dict) -> tuple[int, bool] | None:
    """(first source-phrase token, cue is a verb) when an attribution cue starts at i."""
    raw = tokens[i][2]
    word = strip_conjunction(raw)
    for first in {raw, word}:
        for prep in att["preps"].get(first, ()):
            following = [t[2] for t in tokens[i + 1:i + len(prep)]]
            if following == prep[1:]:
                return i + len(prep), False
    if word in att["verbs"] or raw in att["verbs"]:
        return i + 1, True
    return None


def _phrase(norm: str, tokens: list[tuple[int, int, str]], j: int, att: dict,
            adopting: bool = False) -> tuple[int, int]:
    """Token range [j, k) of the source phrase that starts at j (`adopting`: its cue is a verb
    of adopting an act, "تبنى", after which a group's quoted name stays in the phrase)."""
    # "وفقا لما ذكره X": skip the relative and its verb.
    if j + 1 < len(tokens) and tokens[j][2] in att["relatives"]:
        j += 2
    k = j
    while k < len(tokens) and k - j < att["max_words"]:
        word = tokens[k][2]
        gap = norm[tokens[k - 1][1]:tokens[k][0]] if k else ""
        if any(ch in _HARD_BREAK for ch in gap) and not _quoted_org(norm, tokens[k][0], att) \
                and not (adopting and k > j and _quoted_group_name(tokens[k - 1][2], gap)):
            break
        if k > j and ("،" in gap or "," in gap) and _strip_article(word) not in att["apposition"] \
                and word not in att["apposition"]:
            k = _named_apposition(norm, tokens, j, k, att)
            break
        if _is_stop(tokens, k, att) or (k > j and (strip_conjunction(word) in att["verbs"])):
            break
        if _is_channel(word, att):
            break
        k += 1
    return j, k


def _named_apposition(norm: str, tokens: list[tuple[int, int, str]], j: int, k: int, att: dict) -> int:
    """"قال العميد بالجيش الليبي، سالم الواعر، إن": the name of a speaker introduced by
    a title or rank, set off by commas before the complementizer, belongs to the source
    phrase; the token where it ends (the complementizer), else `k` unchanged.

    Why: without it the phrase stops at the first comma, stays open, and is cut
    or dropped, so the force in the speaker's title is read as a side of the act.
    A phrase with no title ("قال سكان، رفضوا ذكر أسمائهم، إن") is left as it was.
    """
    if _strip_article(tokens[j][2]) not in att["titles"]:
        return k
    for n in range(k + 1, min(k + 5, len(tokens))):
        gap = norm[tokens[n - 1][1]:tokens[n][0]]
        if any(ch in _HARD_BREAK for ch in gap):
            return k
        if "،" in gap or "," in gap:
            return n if tokens[n][2] in att["complementizers"] else k
    return k


def _verb_follows(tokens: list[tuple[int, int, str]], j: int, att: dict) -> bool:
    """True when an attribution verb (maybe after ما) comes right after a preposition cue."""
    if j < len(tokens) and tokens[j][2] in att["relatives"]:
        j += 1
    return j < len(tokens) and strip_conjunction(tokens[j][2]) in att["verbs"]


def _is_channel(word: str, att: dict) -> bool:
    """"لوكالة", "لـ«الشرق الأوسط»": the outlet a source spoke to."""
    return word.startswith("ل") and not word.startswith("لل") and (word == "ل" or word[1:] in att["channels"])


def _subject_before(tokens: list[tuple[int, int, str]], i: int, att: dict, actor_ends: dict[int, int]) -> int | None:
    """"وكانت حركة الجهاد أعلنت": index after كان(ت) when an actor or source noun stands
    between it and the verb at i."""
    for p in range(i - 1, max(-1, i - 7), -1):
        if strip_conjunction(tokens[p][2]) in att["kana"]:
            if p + 1 >= i:
                return None
            subject = tokens[p + 1]
            return p + 1 if subject[0] in actor_ends or subject[2] in att["heads"] else None
    return None


def _quoted_org(norm: str, start: int, att: dict) -> bool:
    """True when a quote opening before `start` holds a known organisation («المرصد»)."""
    if norm[start - 1:start] not in {"«", '"', "“"}:
        return False
    close = min((i for i in (norm.find(q, start) for q in '»"”') if i != -1), default=-1)
    return close != -1 and norm[start:close] in att["org_names"]


_QUOTE_PAIRS = {"»": "«", "”": "“", '"': '"'}


def _opens_quote(norm: str, start: int, end: int) -> bool:
    """True when a closing quote follows `end` and the text from `start` to `end` leaves
    its quote open ("تنظيم «داعش", 'تنظيم "الدولة الإسلامية'), with any of the three
    quote styles news uses: the source then reads the whole quoted name."""
    close = norm[end:end + 1]
    opening = _QUOTE_PAIRS.get(close)
    if opening is None:
        return False
    if opening == close:
        return norm.count(close, start, end) % 2 == 1
    return norm.count(opening, start, end) > norm.count(close, start, end)


def _quoted_group_name(head: str, gap: str) -> bool:
    """True when only an opening quote follows a group's head noun (`group_head_nouns`):
    "تبنى تنظيم «داعش» العملية".

    Why: the quoted name is the group's, part of the claimant's phrase; cut at the quote,
    the source held only "تنظيم", the named group was no speaker, and its claim of the
    car bomb it set off was lost (the bombing went to an unidentified group).  Read after
    an adopting verb only (`later_claims.adopting`): a group that announces ("أعلن تنظيم
    «X» مقتل ...") may tell its own loss, which the quoted name read as a side keeps apart."""
    return strip_conjunction(head) in _group_heads() and gap.strip() in _QUOTE_PAIRS.values()


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") else word


def _is_stop(tokens: list[tuple[int, int, str]], k: int, att: dict) -> bool:
    word = tokens[k][2]
    if word in att["stops1"] or word in att["complementizers"]:
        return True
    nxt = tokens[k + 1][2] if k + 1 < len(tokens) else ""
    return (word, nxt) in att["stops2"] or (word == "في" and nxt in att["fi_stops"])


def _parenthesized_org(norm: str, end: int, att: dict) -> str | None:
    """"وكالة الأنباء الرسمية (سانا)": the organisation named in brackets after a phrase."""
    inner = re.match(r"\s*\(([^()]{2,40})\)", norm[end:end + 45])
    if not inner:
        return None
    name = " ".join(WORD_RE.findall(inner.group(1)))
    return dict(att["orgs"]).get(name)


def _governs(doc: Document, sentence_span: tuple[int, int], phrase_end: int) -> tuple[int, int]:
    """The raw span a source governs: its sentence, extended to the end of a quote it opens."""
    start, end = sentence_span
    text = doc.text
    opening = text.find("«", phrase_end, end)
    if opening != -1:
        closing = text.find("»", opening)
        if closing >= end:
            end = closing + 1
    return start, end


def _source_value(phrase_norm: str, raw: str, memory: dict, history: list[Mention], att: dict) -> str:
    """The source string for a phrase: a known org's name, an earlier full source, or the phrase."""
    phrase_norm = " ".join(WORD_RE.findall(phrase_norm))
    for alias, canonical in att["orgs"]:
        pos = f" {phrase_norm} ".find(f" {alias} ")
        if pos != -1:
            rest = phrase_norm[pos + len(alias):].split()
            if rest:
                memory[" ".join(rest)] = canonical
                memory[rest[-1]] = canonical
            return canonical
    if phrase_norm in att["people"]:
        return att["people"][phrase_norm]
    if phrase_norm in memory:
        return memory[phrase_norm]
    if phrase_norm in att["anaphors"] and history:
        head = phrase_norm.split()[0][2:4]
        same = [m for m in history if head and head in normalize(m.value)]
        return (same or history)[-1].value
    words = phrase_norm.split()
    if len(words) >= 3:
        memory.setdefault(" ".join(words[-2:]), raw)
    if len(words) >= 2:  # a person's surname alone ("الحمدان") later stands for the full name
        for word in words:
            if len(word) > 3 and not word.startswith("ال") and word not in att["heads"] and word not in att["stops1"]:
                memory.setdefault(word, raw)
    return raw


def _clean_raw(raw: str, after_prep: bool) -> str:
    """Drop a glued ل after "وفقا" ("لوزارة" → "وزارة", "للمرصد" → "المرصد")."""
    if after_prep and raw.startswith("لل"):
        return "ال" + raw[2:]
    if after_prep and raw.startswith("ل") and len(raw.split()[0]) > 3:
        return raw[1:]
    return raw


def _accept_phrase(phrase_norm: str, norm: str, tokens: list[tuple[int, int, str]], j: int, k: int, att: dict,
                   memory: dict, actor_ends: dict[int, int]) -> int | None:
    """Where a verb's subject ends (in norm), or None when it does not look like a source.

    A phrase counts when a complementizer / colon / quote closes it ("قال فلان إن"),
    when it starts with an actor ("أعلنت كتائب القسام ...", "أعلن الجيش مقتل ..." are
    cut after the actor), or with a source noun, or names a known organisation or person.
    """
    closed = k < len(tokens) and (tokens[k][2] in att["complementizers"] or _is_channel(tokens[k][2], att)
                                  or any(ch in norm[tokens[k - 1][1]:tokens[k][0]] for ch in ":«"))
    first = phrase_norm.split()[0] if phrase_norm.split() else ""
    if closed:
        return tokens[k - 1][1]
    if tokens[j][0] in actor_ends:  # "أعلن الجيش مقتل ...": the actor, not the words after it
        return actor_ends[tokens[j][0]]
    # "تبنى مسلحو X قتل شرطيين": the members of an actor speak for it, the phrase ends with the actor
    if j + 1 < k and tokens[j + 1][0] in actor_ends and first in _member_words():
        return actor_ends[tokens[j + 1][0]]
    if first in att["heads"] or _strip_article(first) in att["heads"] or "ال" + first in att["heads"]:
        return tokens[min(k, j + att["max_open_words"]) - 1][1]
    if phrase_norm in memory or phrase_norm in att["people"] or any(a in phrase_norm for a in att["org_names"]):
        return tokens[k - 1][1]
    return None


@functools.cache
def _member_words() -> frozenset[str]:
    """`role_cues.member_nouns` of the lexicon, normalized: "مسلحو"، "عناصر"."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["role_cues"]["member_nouns"])


def _sources(doc: Document, view: str, spans: list[tuple[int, int]],
             actor_ends: dict[int, int] | None = None) -> list[Mention]:
    att = _attribution()
    norm = doc.norm
    memory: dict[str, str] = {}
    actor_ends = actor_ends or {}
    out: list[Mention] = []
    raw_sentences = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.text))]
    for (ns, ne), span in zip(spans, raw_sentences, strict=False):
        if not scan(norm, ns, ne, _attribution_automaton(), view):
            continue
        tokens = _tokens(norm, ns, ne)
        for i in range(len(tokens)):
            if tokens[i][2] not in att["cue_words"]:
                continue
            cue = _cue_at(tokens, i, att)
            if cue is None:
                continue
            if not cue[1] and _verb_follows(tokens, cue[0], att):
                continue  # "وفق ما أفاد X": the verb's own cue reports X
            j, k = _phrase(norm, tokens, cue[0], att,
                           adopting=strip_conjunction(tokens[i][2]) in _later_claim_rules()["adopting"])
            before = _subject_before(tokens, i, att, actor_ends) if cue[1] else None
            if before is not None:
                j, k = before, i
            cue_start, cue_end = doc.raw_span(tokens[i][0], tokens[i][1])
            if k == j:
                if out and cue[1] and i <= 1:
                    out.append(Mention(cue_start, cue_end, "source", doc.text[cue_start:cue_end], out[-1].value,
                                       {"governs": _governs(doc, span, cue_end), "inherited": True}))
                continue
            phrase_end = tokens[k - 1][1]
            if cue[1]:
                phrase_end = _accept_phrase(norm[tokens[j][0]:phrase_end], norm, tokens, j, k, att, memory, actor_ends)
                if phrase_end is None:
                    continue
            if _opens_quote(norm, tokens[j][0], phrase_end):
                phrase_end += 1  # close the quoted name the phrase opened ("تنظيم «داعش»")
            start, end = doc.raw_span(tokens[j][0], phrase_end)
            raw = _clean_raw(doc.text[start:end], not cue[1])
            phrase_norm = normalize(raw)
            org = _parenthesized_org(norm, phrase_end, att)
            value = org or _source_value(phrase_norm, raw, memory, out, att)
            out.append(Mention(start, end, "source", doc.text[start:end], value,
                               {"governs": _governs(doc, span, end), "inherited": False, "cue": tokens[i][2]}))
    return out


# -- public API ------------------------------------------------------------------

def process(doc: Document) -> None:
    """Add actor and source mentions to `doc`."""
    view = boundary_view(doc.norm)
    spans = _norm_spans(doc)
    country = doc.country_hint or guess_country(doc, view)
    actors = _recognize(doc, country, view, spans)
    # where a source that opens with an actor ends ("أعلن الجيش مقتل ..."); not a person noun
    # such as الناشط, which a name or a title follows
    ends = dict(a.attrs["norm_span"] for a in actors if not a.attrs["victim"])
    sources = _sources(doc, view, spans, ends)
    sources += _speaker_colons(doc, actors, sources)
    for actor in actors:
        holder = next((s for s in sources if not s.attrs["inherited"] and s.start <= actor.start
                       and actor.end <= s.end), None)
        actor.attrs["in_source"] = holder is not None
        actor.attrs["source_cue"] = holder.attrs.get("cue") if holder else None
        actor.attrs["source_end"] = holder.end if holder else None
    _speakers_own_forces(doc, actors, sources, country)
    _police_named_before(doc, actors, country)
    _announced_own_losses(doc, actors, sources, country)
    actors = sorted(actors + _carried_speakers(doc, actors, sources), key=lambda m: (m.start, m.end))
    _protest_victims(doc, actors, country)
    _armed_bearers(doc, actors, country)
    _loyalist_readings(doc, actors, country)
    for actor in actors:
        doc.add(actor)
    for source in sources:
        doc.add(source)


def _speaker_colons(doc: Document, actors: list[Mention], sources: list[Mention]) -> list[Mention]:
    """Headline speakers ("حماس: استهداف 5 دبابات"): a short phrase naming an actor
    before a colon that opens the sentence, where no verb of saying names a source.

    The phrase runs from its first actor to the colon; it has the cue
    `SPEAKER_COLON`, which `_claimant` reads like a claim verb.  A phrase that
    tells an act itself ("قصف الجيش البلدة: ...") or a clock time ("12:30")
    is no speaker.
    """
    limit = _attribution()["speaker_colon_words"]
    out: list[Mention] = []
    for sentence in doc.sentences:
        colon = doc.text.find(":", sentence.start, sentence.end)
        if colon == -1 or any(s.start < colon and s.end > sentence.start for s in sources):
            continue
        if doc.text[colon - 1 : colon].isdigit() or doc.text[colon + 1 : colon + 2].isdigit():
            continue
        if len(WORD_RE.findall(normalize(doc.text[sentence.start:colon]))) > limit:
            continue
        if triggers.sentence_triggers(doc, sentence.start, colon):
            continue
        named = [a for a in actors if sentence.start <= a.start and a.end <= colon and not a.attrs["victim"]]
        if not named:
            continue
        start = named[0].start
        out.append(Mention(start, colon, "source", doc.text[start:colon], doc.text[start:colon].strip("#"),
                           {"governs": (sentence.start, sentence.end), "inherited": False, "cue": SPEAKER_COLON}))
    return out


def _carried_speakers(doc: Document, actors: list[Mention], sources: list[Mention]) -> list[Mention]:
    """A speaker standing alone before a colon ("المتحدث باسم الجيش: - «قتل اثنان من جنودنا» - «قصفنا ...»")
    speaks every item after it in its paragraph, up to the next item with a source of its own.
    Its first-person words there name its side: "جنودنا", "قواتنا" (`own_men`, `speaker_forces`)
    and an act's verb in the first person plural ("قصفنا", `speaker_acts`) become mentions of
    the speaker; a state's "مواطنينا" (`speaker_civilians`) names its civilians.

    Why: the items stand as sentences of their own, so the speaker's name is out of their reach;
    without it "our soldiers" fell to the other side and "we shelled" to the side shelled."""
    out: list[Mention] = []
    for source in sources:
        sentence = doc.sentence_at(source.start)
        if (source.attrs.get("cue") != SPEAKER_COLON or sentence is None
                or WORD_RE.search(doc.text[source.end + 1:sentence.end])):
            continue
        speaker = next((a for a in actors if source.start <= a.start and a.end <= source.end
                        and not a.attrs["victim"] and a.value is not None and a.value.inter in ARMED), None)
        if speaker is None:
            continue
        for item in doc.sentences[sentence.index + 1:]:
            if item.paragraph != sentence.paragraph or any(item.start <= s.start < item.end for s in sources):
                break
            for match in _WORD_SPAN_RE.finditer(doc.text, item.start, item.end):
                word = strip_conjunction(normalize(match.group()))
                attrs = {**speaker.attrs, "in_source": False, "source_cue": None, "source_end": None,
                         "speaker_act": (word,) in _role_cues()["speaker_acts"]}
                if _speakers_word(word):
                    out.append(Mention(match.start(), match.end(), "actor", match.group(), speaker.value, attrs))
                elif _own_men(word, ("نا",), "speaker_civilians") and speaker.attrs["key"].startswith("state:"):
                    # "أحد مواطنينا": a state's speaker tells of its own civilians
                    key = f"generic:civilians:{speaker.attrs['key'].split(':')[1]}"
                    attrs.update(key=key, keys=(key,), victim=True, generic=True)
                    out.append(Mention(match.start(), match.end(), "actor", match.group(),
                                       resolve_actor(key, None, doc.published, attrs["alias"])
                                       or generic_actor("civilians", None), attrs))
    return out


def _speakers_word(word: str) -> bool:
    """True for a word by which a speaker names its own side: "جنودنا", "قواتنا", "قصفنا" (see `_carried_speakers`)."""
    cues = _role_cues()
    forces = {w[0] for w in cues["speaker_forces"]}
    return ((word,) in cues["speaker_acts"] or _own_men(word, ("نا",))
            or (word.endswith("نا") and word[:-2] in forces))


def _speakers_own_forces(doc: Document, actors: list[Mention], sources: list[Mention], country: str | None) -> None:
    """"قال المتحدث باسم الجيش الإسرائيلي: «اعتقلت قوات الأمن ...»": in a state force's
    own quoted words, "the security forces" / "the army" are its own state's forces,
    whatever country the event is in (not the Palestinian police of the West Bank);
    the security forces an army speaks of are its own men.

    Where another state's forces hold the ground (`state_military_of`: Israel's in the
    West Bank and Gaza), that state's government or forces announcing "أن وحدة في الشرطة
    اعتقلت" speak of their own police even outside quotes: who the forces are, not where
    they act, names them."""
    occupier = (load_catalogue().lexicon.get("state_military_of") or {}).get(country or "")
    for source in sources:
        if source.attrs["inherited"]:
            continue
        speaker = next((a for a in actors if source.start <= a.start and a.end <= source.end
                        and a.attrs["key"].startswith("state:")
                        and (a.attrs["key"].split(":")[2] != "government" or a.attrs["key"].split(":")[1] == occupier)),
                       None)
        if speaker is None:
            continue
        iso2, kind = speaker.attrs["key"].split(":")[1:]
        for actor in actors:
            if (actor.attrs["key"].startswith("statenoun:") and not actor.attrs["coref"]
                    and source.end <= actor.start and actor.end <= source.attrs["governs"][1]
                    and (iso2 == occupier or _quoted_after(doc.text, source.end, actor.start))):
                own = actor.attrs["key"].split(":")[1]
                # "قوات الأمن" of an army spokesman: the army; of a government: its police
                key = f"state:{iso2}:{kind if own == 'police' and kind != 'government' else own}"
                actor.attrs.update(key=key, keys=(key,))
                actor.value = resolve_actor(key, country, doc.published, actor.attrs["alias"]) or actor.value


def _announced_own_losses(doc: Document, actors: list[Mention], sources: list[Mention], country: str | None) -> None:
    """"أعلن الجيش التركي مقتل جنديين في اشتباكات"، "أقر الجيش الإسرائيلي بمقتل جندي": the
    men a state's forces or government count among the dead or wounded (a bare soldier or
    policeman right after a loss noun) are its own, not the forces of the country the act is in.

    A government that condemns or deplores the act (`attribution.condemners`: "أدانت الحكومة
    الألمانية التفجير الذي أسفر عن سقوط شهداء من قوات الأمن") tells another state's grief: the
    forces it counts are those of the country the act is in, not its own.  A force that warns
    after its loss ("حذر الجيش الأمريكي من تصاعد الهجمات بعد مقتل جنديين") counts its own."""
    loss = _role_cues()["loss_nouns"]
    condemners = _attribution()["condemners"]
    for source in sources:
        if source.attrs["inherited"]:
            continue
        speaker = next((a for a in actors if source.start <= a.start and a.end <= source.end
                        and a.attrs["key"].startswith("state:")), None)
        if speaker is None:
            continue
        iso2, speaker_kind = speaker.attrs["key"].split(":")[1:3]
        if speaker_kind == "government" and strip_conjunction(source.attrs.get("cue") or "") in condemners:
            continue
        for actor in actors:
            kind = actor.attrs["key"].removeprefix("statenoun:")
            if (kind in ("military", "police") and not actor.attrs["coref"]
                    and source.end <= actor.start and actor.end <= source.attrs["governs"][1]
                    and _preceded_by(doc, actor, source.end, loss, 2, _loss_skip())):
                key = f"state:{iso2}:{kind}"
                actor.attrs.update(key=key, keys=(key,))
                actor.value = resolve_actor(key, country, doc.published, actor.attrs["alias"]) or actor.value


def _police_named_before(doc: Document, actors: list[Mention], country: str | None) -> None:
    """"حولت شرطة الاحتلال باحات المسجد ... وأغلقت الشرطة الطرقات": a bare "the police" after
    a state's police was named in its story refers back to it, not to the police of the country
    the article is finally filed under (a Jerusalem story filed under Palestine tells of Israel's
    police).  `country` only names the force for now; the finalize step re-reads it."""
    named: Mention | None = None
    stories = _stories(doc, actors)
    for actor in sorted(actors, key=lambda m: m.start):
        key = actor.attrs["key"]
        if key.startswith("state:") and key.endswith(":police"):
            named = actor
        elif (key == "statenoun:police" and not actor.attrs["coref"] and named is not None
              and named.start >= _story_at(stories, actor.start)[0]
              and not _placed_elsewhere(doc, actor, named.attrs["key"].split(":")[1])):
            named_key = named.attrs["key"]
            actor.attrs.update(key=named_key, keys=(named_key,))
            actor.value = resolve_actor(named_key, country, doc.published, actor.attrs["alias"]) or actor.value


def _placed_elsewhere(doc: Document, actor: Mention, iso2: str) -> bool:
    """True when the sentence of `actor` names places, none of them in `iso2` or in a land
    whose ground its forces hold (`state_military_of`).

    Why: a bare "the police" takes the country of its own clause's place; a state's police
    named in an earlier item of a roundup ("اعتقلت الشرطة الإسرائيلية ..." then "مقتل رجلي
    أمن في العريش") is not the force of an act told in another country."""
    sentence = doc.sentence_at(actor.start)
    if sentence is None:
        return False
    here, _ = _paragraph_sides(doc.of_kind("place"), sentence.start, _before_relative(doc, actor.end, sentence.end), [])
    held = {land for land, holder in (load_catalogue().lexicon.get("state_military_of") or {}).items()
            if holder == iso2}
    return bool(here) and here.isdisjoint({iso2} | held)


def _before_relative(doc: Document, start: int, end: int) -> int:
    """Where the first relative clause (`role_cues.relative_pronouns`) after raw `start` opens, else `end`.

    Why: a place told in a clause describing someone ("المشتبهين الذين ... في جبال قنديل") is
    no scene of the act the sentence tells."""
    pronouns = _role_word_set("relative_pronouns")
    found = next((m.start() for m in WORD_RE.finditer(doc.norm, doc.norm_index(start), doc.norm_index(end))
                  if strip_conjunction(m.group()) in pronouns), None)
    return end if found is None else doc.raw_span(found, found)[0]


@functools.cache
def _loyalist_rules() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(reading, named id, loyalist phrases) of `loyalist_readings`, phrases normalized."""
    return tuple((row["reading"], row["named"], frozenset(normalize(a) for a in row["aliases"]))
                 for row in load_catalogue().lexicon["loyalist_readings"])


def _loyalist_readings(doc: Document, actors: list[Mention], country: str | None) -> None:
    """"القوات الموالية لحكومة هادي" is the Popular Resistance in a story that names it.

    Why: in Yemen's 2015 war the fighting on the government side that ACLED
    codes was the pro-government militia's, and an article that names it
    calls it by the government it is loyal to as well (`loyalist_readings`).
    """
    keys = {a.attrs["key"] for a in actors}
    for reading, named, phrases in _loyalist_rules():
        if named not in keys:
            continue
        for actor in actors:
            if actor.attrs["alias"] in phrases:
                actor.attrs.update(key=reading, keys=(reading,))
                actor.value = resolve_actor(reading, country, doc.published, actor.attrs["alias"]) or actor.value


@functools.cache
def _protest_words() -> dict[str, frozenset[str]]:
    """The word lists of `protest_victims`, normalized."""
    rules = load_catalogue().lexicon["protest_victims"]
    return {name: frozenset(normalize(w) for w in words) for name, words in rules.items() if isinstance(words, list)}


def _protest_victims(doc: Document, actors: list[Mention], country: str | None) -> None:
    """Civilians named in a sentence about a protest are its protesters (`protest_victims`).

    Why: ACLED codes people shot or seized at a demonstration, or in
    confrontations with a force, as protesters met with force, not as
    civilians attacked; confrontations in a sentence that also names an
    armed group or fighters ("مواجهات بين قوات الأمن ومقاتلين") are fighting,
    where the civilians caught in it stay civilians.
    """
    rules = _protest_words()
    for sentence in doc.sentences:
        inside = [a for a in actors if sentence.start <= a.start and a.end <= sentence.end]
        victims = [a for a in inside if _family(a.attrs["key"]) == "generic:civilians"
                   and not a.attrs.get("site") and not a.attrs["in_source"]]
        if not victims:
            continue
        words = [strip_conjunction(w) for w in WORD_RE.findall(
            doc.norm[doc.norm_index(sentence.start):doc.norm_index(sentence.end)])]
        fighting = not rules["fighters"].isdisjoint(words) or any(
            a.value is not None and a.value.inter in NON_STATE_ARMED for a in inside)
        crowd = any(a.attrs["key"] == "generic:protesters" for a in inside)
        if not (crowd or _follows_prep(words, rules["gatherings"]) or (
                not fighting and _follows_prep(words, rules["clashes"]))):
            continue
        for victim in victims:
            key = ":".join(["generic:protesters", *victim.attrs["key"].split(":")[2:]])
            victim.attrs.update(key=key, keys=(key,))
            victim.value = resolve_actor(key, country, doc.published, victim.attrs["alias"]) or victim.value


@functools.cache
def _bearer_words() -> tuple[frozenset[str], frozenset[str]]:
    """(bearing verbs, weapon words) of `armed_bearers`, normalized."""
    rules = load_catalogue().lexicon["armed_bearers"]
    return frozenset(normalize(w) for w in rules["verbs"]), frozenset(normalize(w) for w in rules["weapons"])


def _armed_bearers(doc: Document, actors: list[Mention], country: str | None) -> None:
    """Civilians told as bearing arms right after their noun ("قتلت القوات 3 أشخاص يرتدون
    أحزمة ناسفة") are armed men of an unnamed group (`armed_bearers`).

    Why: the noun alone reads as civilians, so a force that killed bombers came out
    attacking civilians, and a bomber's blast hit the men who carried it."""
    verbs, weapons = _bearer_words()
    for actor in actors:
        if _family(actor.attrs["key"]) != "generic:civilians" or actor.attrs["in_source"]:
            continue
        after = WORD_RE.findall(doc.norm[doc.norm_index(actor.end):doc.norm_index(actor.end) + 40])[:2]
        if len(after) < 2 or strip_conjunction(after[0]) not in verbs or weapons.isdisjoint(strip_clitics(after[1])):
            continue
        actor.attrs.update(key="generic:unidentified", keys=("generic:unidentified",), victim=False)
        actor.value = resolve_actor("generic:unidentified", country, doc.published, actor.attrs["alias"]) \
            or actor.value


def _bears_the_weapon(doc: Document, mention: Mention, trigger: Mention) -> bool:
    """True when the act's own weapon is what the men were told bearing, with only the bearing
    verb between them (`armed_bearers`: "قتل 8 أشخاص يحملون أحزمة ناسفة").

    Why: counted among the dead, the bombers were read as the side their own belts hit."""
    if mention.attrs.get("key") != "generic:unidentified" or not mention.end <= trigger.start:
        return False
    gap = WORD_RE.findall(doc.norm[doc.norm_index(mention.end):doc.norm_index(trigger.start)])
    return len(gap) == 1 and strip_conjunction(gap[0]) in _bearer_words()[0]


def _follows_prep(words: list[str], nouns: frozenset[str]) -> bool:
    """True when one of `nouns` follows a preposition of `protest_victims` ("خلال مواجهات", "في مسيرة")."""
    rules = _protest_words()
    gap = int(load_catalogue().lexicon["protest_victims"]["gap"])
    return any(word in rules["preps"] and not nouns.isdisjoint(words[i + 1:i + 2 + gap]) for i, word in enumerate(words))


def _quoted_after(text: str, start: int, position: int) -> bool:
    """True when a quote opens in text[start:position] and does not close before `position`."""
    gap = text[start:position]
    opening = max(gap.rfind(q) for q in '«"“')
    if opening == -1:
        return False
    if gap[opening] == '"':
        return gap.count('"') % 2 == 1
    return not any(q in gap[opening:] for q in "»”")


def resolve_mention(mention: Mention, country_code: str | None, date: dt.date | None = None,
                    places: frozenset[str] | None = None, story_first: bool = False) -> ActorRef | None:
    """Re-resolve one actor mention for an event in `country_code` (on `date`); an
    ambiguous alias is read for `places` (its story's countries), and for them alone
    when `story_first` (a story on a roundup page).  None: no actor (see `choose_key`)."""
    keys = tuple(mention.attrs.get("keys") or (mention.attrs["key"],))
    lead = None if story_first and places else country_code
    coref = bool(mention.attrs.get("coref"))
    key = mention.attrs["key"] if coref and len(keys) == 1 else choose_key(keys, lead, places)
    # the article's country decides (the places around a mention count the group's own country)
    story = frozenset((country_code,)) if country_code and not story_first else frozenset(places or ())
    # a word referring back is read as its antecedent's name was ("المقاومة" names Hezbollah only in
    # Lebanon); when that reading is foreign, the word keeps only its own generic fallback
    alias = mention.attrs.get("antecedent_alias") or mention.attrs.get("alias")
    if coref and (key == NOT_ACTOR or local_elsewhere(key, alias, story)):
        key = _coref_specs().get(mention.attrs["alias"], {}).get("fallback") or NOT_ACTOR
    if key == NOT_ACTOR or local_elsewhere(key, alias, story):
        return None
    ref = resolve_actor(key, country_code, date, mention.attrs.get("alias"))
    return ref or generic_actor(key.split(":")[1], None)


def finalize_actors(doc: Document, country_code: str | None = None) -> None:
    """Re-resolve country-dependent actor names once the article's country and places
    are known; on a page of several stories an ambiguous alias is read for its own
    story's places, and dropped when every reading is foreign to them."""
    country = country_code or doc.country_hint or guess_country(doc)
    stories = _stories(doc)
    mentions = doc.mentions.get("actor", [])
    for mention in list(mentions):
        ref = resolve_mention(mention, country, doc.published, _places_around(doc, stories, mention),
                              story_first=len(stories) > 1)
        if ref is None:
            mentions.remove(mention)
        else:
            mention.value = ref
            if mention.attrs.get("coref") and ref.actor_id:  # the reading it now takes (see `resolve_mention`)
                mention.attrs["key"] = ref.actor_id


def _places_around(doc: Document, stories: list[tuple[int, int, frozenset[str]]], mention: Mention) -> frozenset[str]:
    """Countries around a mention: of the places in its sentence and of the other sides
    named there by an unambiguous alias ("الحوثيين" puts a town in Yemen), else of its
    story's places."""
    sentence = doc.sentence_at(mention.start)
    if sentence is not None:
        here, _ = _paragraph_sides(doc.of_kind("place"), sentence.start, sentence.end, [])
        here |= _sides_countries(doc.in_span("actor", sentence.start, sentence.end))
        if here:
            return frozenset(here)
    return _story_at(stories, mention.start)[2]


def _sides_countries(actors: list[Mention]) -> set[str]:
    """The countries where named non-state groups with a single reading act."""
    cat = load_catalogue()
    out: set[str] = set()
    for mention in actors:
        keys = mention.attrs.get("keys") or ()
        actor = cat.actors.get(keys[0]) if len(keys) == 1 and not mention.attrs.get("coref") else None
        if actor is not None and actor.inter in (2, 3, 4):
            out.update(actor.context or (actor.country,))
    return out


# -- roles ------------------------------------------------------------------------

@functools.cache
def _role_cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    cues = load_catalogue().lexicon["role_cues"]
    return {name: tuple(tuple(normalize(w).split()) for w in words) for name, words in cues.items()
            if isinstance(words, list)}


def one_of_words() -> frozenset[str]:
    """The words "one of" that govern a noun with no من ("أحد جنودها": `role_cues.own_men_one`),
    shared with the events stage, which reads one of a side's men killed as a fighter."""
    return frozenset(words[0] for words in _role_cues()["own_men_one"])


def one_of_ranks() -> frozenset[str]:
    """Rank words that may stand between "one of" and the noun ("أحد كبار قادتها":
    `role_cues.own_men_ranks`)."""
    return frozenset(words[0] for words in _role_cues()["own_men_ranks"])


@functools.cache
def _claim_rules() -> dict:
    """Claim verbs and nouns, self-reference pronouns and the word distances they allow."""
    cues = load_catalogue().lexicon["role_cues"]
    words = {name: frozenset(normalize(w) for w in cues[name])
             for name in ("claim_verbs", "claim_nouns", "claim_objects", "claim_footage", "claim_enablers",
                          "self_pronouns", "claim_owned_suffixes", "admission_verbs", "admitted_acts")}
    return words | {name: int(cues[name]) for name in ("claim_gap", "claim_reach", "self_gap", "self_lead")}


def _claimant(doc: Document, inside: list[Mention], trigger: Mention) -> Mention | None:
    """A source that reports its own act: "أعلنت X تنفيذ عملية", "قال X إنه قصف".

    The act must follow the source closely: a claim verb's object within a few
    words, or a report that opens with a pronoun for the speaker ("إنها")
    followed by the act.  A bare death toll ("أعلن الجيش مقتل ...") claims nothing, but
    footage shown of a killing ("بثت X مشاهد من قنص جندي") is of the side's own act.
    """
    if _inquiry_topic(doc, trigger):  # "أعلنت الشرطة أنها فتحت تحقيقا في التفجير": not its act
        return None
    toll = bool(trigger.attrs.get("generic_killing") and trigger.attrs.get("voice") == "noun")
    rules = _claim_rules()
    for mention in inside:
        end = mention.attrs.get("source_end")
        if not mention.attrs.get("in_source") or end is None or end > trigger.start or mention.attrs.get("victim"):
            continue
        gap = doc.text[end:trigger.start]
        if any(ch in _HARD_BREAK for ch in gap.replace("«", "").replace(":", "")):
            continue
        words = WORD_RE.findall(normalize(_past_apposition(gap)))
        cue = strip_conjunction(mention.attrs.get("source_cue") or "")
        if _admitted(words, cue, trigger, rules):
            return mention
        if toll and rules["claim_footage"].isdisjoint(words) and rules["claim_enablers"].isdisjoint(words):
            continue
        if (cue in rules["claim_verbs"] or cue == SPEAKER_COLON) and (len(words) <= rules["claim_gap"] or (
                len(words) <= rules["claim_reach"] and any(w in rules["claim_nouns"] for w in words))
                or any(w in rules["claim_objects"] for w in words[:2])):
            return mention
        if _self_report(words, rules):
            return mention
        if cue in rules["claim_verbs"] and _owned_act(doc, inside, mention, trigger, rules):
            return mention
        if len(words) > 1 and words[0] in {"ان", "بان"} and _own_men(words[1]):
            return mention  # "أعلنت X أن مقاتليها فجروا ..."
    return None


def _admitted(words: list[str], cue: str, trigger: Mention, rules: dict) -> bool:
    """True when a side admits the act (`role_cues.admission_verbs`): the act, or an act
    coordinated before it, is the verb's object with ب (`admitted_acts`) within `claim_gap`
    words of the side.

    Why: "أقر جيش الاحتلال بقتل 26 فلسطينيا واعتقال نحو 30" names the army as the author of
    both acts; read as a source only, the killing went to an unidentified group and the
    arrests to the local police."""
    if cue not in rules["admission_verbs"]:
        return False
    act = strip_conjunction(normalize(trigger.text).split()[0]) if trigger.text.strip() else ""
    if act in rules["admitted_acts"]:
        return len(words) <= rules["claim_gap"]
    first = next((i for i, word in enumerate(words) if word in rules["admitted_acts"]), None)
    return first is not None and first <= rules["claim_gap"] and len(words) <= rules["claim_reach"]


def _owned_act(doc: Document, inside: list[Mention], claimant: Mention, trigger: Mention, rules: dict) -> bool:
    """True when the act noun carries a pronoun for its author (`role_cues.claim_owned_suffixes` on
    a `claim_objects` noun: "قصفها") and no other speaker stands between the claimant and it.

    Why: "أعلنت X استهدافها جنود الاحتلال ...، إضافة إلى قصفها أمس مدينة Y": the pronoun goes back
    to the side that announced the act; read by nearness, the soldiers it had hit before came out
    as the shelling side."""
    written = strip_conjunction(normalize(trigger.text).split()[0])
    if not any(written.endswith(suffix) and written[:-len(suffix)] in rules["claim_objects"]
               for suffix in rules["claim_owned_suffixes"]):
        return False
    return not any(m.attrs.get("in_source") and claimant.end <= m.start < trigger.start for m in inside)


def _past_apposition(gap: str) -> str:
    """The words after a claimant's name with the apposition that describes it left out
    ("أعلنت X، الجناح العسكري لـY، عن تدمير ...": "عن تدمير ...").

    Why: the claim's object is read right after the claimant; a title between two commas
    is not part of what it announced, and its words pushed the act out of reach."""
    head = gap.lstrip()
    if not head.startswith(("،", ",")):
        return gap
    close = min((i for i in (head.find("،", 1), head.find(",", 1)) if i != -1), default=-1)
    return head[close + 1:] if close != -1 else gap


def _self_report(words: list[str], rules: dict) -> bool:
    """True when the words between a speaker and an act open the report with a pronoun for the
    speaker ("إنها"), at most `self_lead` words (a statement or time: "في بيان أمس") after the
    speaker and `self_gap` words before the act: "أفادت X في بيان أمس أنها نفذت كمائن"."""
    lead = next((i for i, word in enumerate(words) if word in rules["self_pronouns"]), None)
    return lead is not None and lead <= rules["self_lead"] and len(words) - lead <= rules["self_gap"]


def _preceded_by(doc: Document, mention: Mention, clause_start: int, cues: tuple[tuple[str, ...], ...],
                 window: int = 2, skip: frozenset[str] = frozenset()) -> bool:
    """True when one of the cue phrases ends within `window` words before the mention.

    A proclitic glued to the mention ("دورية للجيش", "بنيران لقوات") is no word
    of its own: cues match with or without it.  Up to two words of `skip` may
    stand between the cue and the mention ("زرعها مسلحو X", "على تلك القيادات X").
    """
    end = doc.norm_index(mention.start)
    context, clitic, glued = _left_context(doc.norm, doc.norm_index(clause_start), end, doc.norm_index(mention.end))
    words = list(context[-(window + 3):])
    variants = [words, [*words, glued]] if clitic and glued else [words]
    for _ in range(2):
        if len(words) > 1 and words[-1] in skip:
            words = words[:-1]
            variants.append(words)
    phrases, long_words, lengths = _cue_index(cues)
    if glued and (glued,) in phrases:
        return True
    for seq in variants:
        for n in lengths:
            for pos in range(max(0, len(seq) - window - n + 1), len(seq) - n + 1):
                if tuple(seq[pos:pos + n]) in phrases:
                    return True
                # a one-word cue of three letters or more may carry proclitics ("وبنيران"), but only
                # real ones: "شابين" is no "بين" and "شابين فلسطينيين" is no pair of sides
                if n == 1 and not long_words.isdisjoint(_cue_stems(seq[pos])):
                    return True
    return False


@functools.lru_cache(maxsize=512)  # one article's working set; keys hold its text alive
def _left_context(norm: str, start: int, end: int, mention_end: int) -> tuple[tuple[str, ...], str, str]:
    """The last words before norm[end] within the clause from `start` (conjunctions
    stripped), the proclitic glued to the mention, and its ب/ل if any.

    Role cues ask the same question of one mention many times; the answer is
    cached (the key's string hash is computed once per document).
    """
    left = norm[max(start, end - 120):end]
    tokens = WORD_RE.findall(left)
    clitic = tokens.pop() if tokens and left[-1:].isalpha() else ""
    first = norm[end:mention_end][:1]
    glued = next((c for c in (clitic[-1:], first) if c in {"ب", "ل"}), "")
    return tuple(_without_conjunction(w) for w in tokens[-8:]), clitic, glued


def _without_conjunction(word: str) -> str:
    """`strip_conjunction`, but the preposition في with a suffix ("فيها", "فيهم") keeps its
    ف: "التي تتمركز فيها X" must still read as a cue."""
    return word if word.startswith("في") else strip_conjunction(word)


@functools.lru_cache(maxsize=4096)
def _cue_stems(word: str) -> frozenset[str]:
    """A word's shorter readings a one-word cue may match: without real proclitics
    ("وبنيران" -> "بنيران", "نيران"), and a verb without its tense prefix ي/ت/ن
    ("يشنها" -> "شنها"; only for stems of four letters or more, so "تبين" is no "بين")."""
    stems = strip_clitics(word)[1:]
    verbs = [stem[1:] for stem in [word, *stems] if stem[:1] in "يتن" and len(stem) > 4]
    return frozenset((*stems, *verbs))


@functools.cache
def _cue_index(cues: tuple[tuple[str, ...], ...]) -> tuple[frozenset[tuple[str, ...]], frozenset[str], tuple[int, ...]]:
    """Cue phrases as a set, their one-word cues of three letters or more, and the phrase lengths."""
    return (frozenset(cues), frozenset(c[0] for c in cues if len(c) == 1 and len(c[0]) > 2),
            tuple(sorted({len(c) for c in cues})))


def assign_roles(doc: Document, clause_start: int, clause_end: int, trigger: Mention) -> Roles:
    """Actor1 / assoc_actor_1 / actor2 for a trigger from the actors of its clause.

    Cues, in order: "بين X و Y"; a weapon's reported owner ("صواريخ قال إنها
    إيرانية"); marked agents (passive "بنيران X", "على يد X", "انتصار X على", "نسبته ... إلى X", "حملت ... X المسؤولية", claims; a named one before an
    unnamed one); marked targets ("ضد X", "استهدف X", victims,
    counted losses); then the agent by clause structure (`_structural_agent`).
    Accusers, statement authors, diplomacy, persons named by office and sides
    reacting to the act are never the agent.  "بدعم X" and an actor coordinated with the agent ("X وY
    هاجموا") give assoc_actor_1; "انتحاري من X" makes X the agent; a foreign army
    joining a group's operation ("بالتعاون مع الجيش التركي") leads it.
    """
    reply = _response_at(doc, trigger.end, clause_end)
    frame = war_day_frame(doc, clause_start, clause_end)
    inside = [m for m in doc.in_span("actor", clause_start, clause_end) if frame <= m.start < reply]
    # a state or body that condemns, deplores or grieves over the act is no side of it (`_reacting_side`)
    inside = [m for m in inside if not _reacting_side(doc, m, trigger)]
    # every backer ("مدعومة بعناصر X وبغطاء جوي من Y") backs the side it is told of, the first
    # named is its assoc_actor_1: none is the agent or the target of the act
    backers = [m for m in inside if m.attrs.get("assoc") and not m.attrs.get("in_source")]
    assoc = backers[0] if backers else None
    mentions = [m for m in inside if not m.attrs.get("in_source") and m not in backers
                and not no_side(doc, m, clause_start)]
    cue = _suspicion_start(doc, trigger, clause_start)
    if cue is not None:
        inside = [m for m in inside if doc.norm_index(m.start) >= cue]
        mentions = [m for m in mentions if doc.norm_index(m.start) >= cue]
        assoc = None
    between = _between(doc, mentions, clause_start, trigger)
    if between is not None:
        backed = _backed_side_of_pair(doc, assoc, between[0], trigger)
        if backed is not None:
            return Roles(backed, assoc.value if assoc else None, between[1])
        if assoc is not None and _backs_second_of_pair(doc, assoc, between[1]):
            assoc = None
        return Roles(between[0], assoc.value if assoc else between[2], between[1])
    pair = _pair_anaphor(doc, trigger)
    if pair is not None:
        return Roles(pair[0], assoc.value if assoc else None, pair[1])
    launch = _reported_launch(inside, trigger)
    if launch is not None:
        return launch
    downed = _downed_weapon(doc, mentions, trigger)
    if downed is not None:
        inside = [m for m in inside if m is not downed]
        mentions = [m for m in mentions if m is not downed]
    agents, targets = _marked(doc, inside, mentions, trigger, (clause_start, clause_end))
    detained = _detained_antecedents(doc, trigger)
    agents = [m for m in agents if m not in detained]
    targets = [*targets, *(m for m in mentions if m in detained and m not in targets)]
    if downed is not None:
        targets = [downed, *targets]
    authors = _weapon_authors(doc, agents, mentions, trigger, clause_start)
    agents = [m for m in agents if m not in authors]
    targets = [*authors, *targets]
    bearers = [m for m in targets if _bears_the_weapon(doc, m, trigger)]
    if bearers:
        agents, targets = [*bearers, *agents], [m for m in targets if m not in bearers]
    # "أصيب جندي في عملية طعن، واستشهد المنفذ برصاص الجنود": the side that suffered the act,
    # even where a cue marks it as the author of another, did not commit this one
    suffered = {m.value.name for m in targets if m.value is not None and _casualties(doc, m, clause_start)}
    agents = [m for m in agents if m.value is None or m.value.name not in suffered
              or _wages_operation(doc, m, clause_start)]
    # The UN that reports or calls is no side; a UN team fired on is a marked target.
    agents = [m for m in agents if not never_agent(m.value)]
    mentions = [m for m in mentions if m in targets or not never_agent(m.value)]
    # "موكب رئيس X", "بيت أحد قادة X": a person named by office is never the agent.
    able = [m for m in mentions if not _preceded_by(doc, m, clause_start, _role_cues()["person_titles"], 2)]
    # "قصفت دبابات تركية ... بعد نيران أدت إلى مقتل جندي تركي": the side that suffered the loss is not its agent
    able = [m for m in able if m.value is None or m.value.name not in suffered or _names_its_act(m, trigger)]
    # "هجوم شنه مسلحون ... إن X هو المسؤول عنه": the named author wins over the unnamed one
    # of two marked authors, the one nearest the act ("قذائف أطلقتها X، عقبه قصف من قبل Y")
    owner = (_act_owner(doc, inside, trigger) or _own_forces_subject(doc, inside, trigger)
             or _enabled_gainer(doc, mentions, trigger, clause_start) or _control_owner(doc, able, targets, trigger))
    if owner is not None:
        agents = [owner]
    agents.sort(key=lambda m: (m.attrs.get("key") == "generic:unidentified", _distance(m, trigger)))
    if agents:
        agent = agents[0]
    elif _found_bodies(trigger):  # "عثرت القوات الأمنية على جثث ... في فيديو لتنظيم X": the finders did not kill
        agent = next((m for m in able if m.start >= trigger.end and m not in targets and not m.attrs.get("victim")), None)
    else:
        agent = _structural_agent(doc, inside, able, targets, trigger, (clause_start, clause_end))
    if _freed_of_agent(doc, agent, trigger):
        agent = None
    group = _group_of(doc, agent, mentions) if agent and agent.attrs.get("key") == "generic:unidentified" else None
    if group is not None:
        mentions = [m for m in mentions if m is not agent]
        targets = [m for m in targets if m is not agent]
        agent = group
    if agent is not None and agent.value is not None and any(m.value.name == agent.value.name for m in detained):
        agent = None  # the group its sentence tells was detained, named again or left out, made no arrest
    if assoc is not None and not _backs(doc, assoc, agent, clause_start):
        assoc = None
    pool = [m for m in inside if m.attrs.get("in_source")] if agent and agent.attrs.get("in_source") else mentions
    # the two parties called to a deal ("دعا الحكومة والحزب إلى مفاوضات") face each other: no allies
    two_party = getattr(trigger.value, "sub_event_type", None) in _TWO_PARTY
    partner = _coordinated(doc, agent, pool) if agent and not two_party else None
    paired = _paired_sides(doc, agent, partner, trigger, clause_start)
    if paired is not None:
        return Roles(paired[0], assoc.value if assoc else None, _victims_after(mentions, trigger, paired[0]) or paired[1])
    # "بعد تعثر المفاوضات بين التنظيم وقوات النظام": the two named after "بين" face each other
    facing = partner is not None and _faces(doc, agent, (clause_start, clause_end))
    # "بإسناد من X": X backs the agent, it is not hit; "قوات الجيش والمقاومة تواصل تقدمها ... وحققت قوات
    # المقاومة تقدما": the ally named again later in the clause is still on the agent's side
    friends = {ref.name for ref in (assoc.value if assoc else None, partner.value if partner else None) if ref}
    # ground changes hands between enemies: a side of the gainer's camp ("استعادت المقاومة الشعبية، والجيش
    # الوطني، المدينة") took it with the gainer, it never lost it
    mates = (camp_mates(agent.value.actor_id or "", doc.published)
             if trigger.attrs.get("territory") and agent is not None and agent.value is not None else frozenset())
    remaining = [m for m in targets + mentions
                 if m is not agent and m is not partner and m not in agents and not _same_side(m.value, agent)
                 and (m.value is None or (m.value.name not in friends and m.value.actor_id not in mates))
                 and not names_the_attacker(m, trigger)
                 and not (_fought(trigger) and m.value is not None and m.value.inter in UNARMED)]
    # "وشاركت في الغارات التي شنها التحالف مقاتلات فرنسية": those taking part in it are no target
    joined = [m for m in remaining if m not in targets] if _taken_part_in(doc, trigger, clause_start) else []
    remaining = [m for m in remaining if m not in joined]
    if agent is not None and _genitive_agent(doc, agent, trigger):
        # "دعت حماس إلى التصدي ... بعد هجوم مستوطنين مسلحين على قرية": the act's noun and its
        # author open a phrase of their own; an unmarked side named before them belongs to another
        # verb, and one right after the author ("مسلحين") is only its adjective
        remaining = [m for m in remaining if m in targets or (m.start > agent.end and doc.text[agent.end:m.start].strip())]
    marked = _victims_over_holders(doc, [m for m in remaining if m in targets], clause_start)
    # "وقاموا بمداهمة منزله ... وتم تعذيبه": who a passive act befell follows it or is marked;
    # an unmarked actor told before it is the subject of an earlier clause, not its target
    passive = trigger.attrs.get("voice") == "passive"
    blast = is_blast(trigger)
    unmarked = (m for m in remaining if not (passive and m.end <= trigger.start)
                and not (blast and _blamed_group(doc, m, clause_start)))
    target = min(marked, key=lambda m: _distance(m, trigger), default=None)
    if target is not None and target.attrs.get("victim"):  # "استهدف مسجدا في مقر قوات X": X was hit
        target = _base_holding(doc, target, remaining) or _armed_side_counted(doc, target, marked, trigger,
                                                                              clause_start) or target
    target = target or next(unmarked, None)
    if target is not None and target.attrs.get("key") == "generic:unidentified":
        target = _group_of(doc, target, mentions) or target  # "قتل 9 مسلحين من X": X suffered
    elif target is not None and _family(target.attrs.get("key") or "") == "generic:civilians":
        # "قتل 6 أشخاص من عناصر X": people counted among an armed group's members are that group
        group = _group_of(doc, target, mentions)
        target = group if group is not None and group.value is not None and group.value.inter in ARMED else target
    if _joins_as_lead(doc, agent, assoc, clause_start):
        return Roles(assoc.value, agent.value, target.value if target else None)
    if assoc is None and agent is not None and partner is None and agent.start < clause_start:
        # a subject the clause leaves out keeps the ground force named with it ("طيران التحالف والجيش
        # ساهما ...، فيما تدور معارك"): checked for an air arm only
        partner = _coordinated(doc, agent, [m for m in doc.in_span("actor", agent.start, clause_start)
                                            if not m.attrs.get("in_source")])
        partner = partner if _air_backs_ground(doc, agent, partner, trigger) else None
    if assoc is None and not facing and _air_backs_ground(doc, agent, partner, trigger):
        return Roles(partner.value, agent.value, target.value if target else None)
    actor1 = _attacker(agent, agents)
    if getattr(trigger.value, "sub_event_type", None) == "Disrupted weapons use" and (
            agent is None or agent.start < clause_start):
        # "إطلاق ثمانية صواريخ ... غداة إعلان السعودية إنها أسقطت صاروخا": a country telling of its
        # own interception in the clause stopped the weapon; the subject of an earlier clause (the
        # launcher's channel) did not (`speaking_state`)
        actor1 = speaking_state(doc, clause_start, clause_end) or actor1
    # "ووجهت الولايات المتحدة وبريطانيا ضربات": the first country leads, the second backs it; an
    # unmarked actor after the act ("... بتمرد مسلح") is no subject to set against the launcher
    unmarked_after = agent is not None and agent not in agents and agent.start >= trigger.end
    launchers = (_launching_countries(doc, trigger, clause_start)
                 if actor1 is None or unmarked_after else []) + [None, None]
    actor1, launch_ally = launchers[0] or actor1, launchers[1]
    if actor1 is None:
        actor1 = _country_subject(doc, trigger, clause_start) or _reported_launcher(doc, trigger, clause_start) \
            or _carried_country(doc, trigger, clause_start)
    elif unmarked_after and launchers[0] is None:
        # "قالت فرنسا إنها قصفت مخازن للمسلحين": the country telling of its deed, not the men after the act
        actor1 = _self_telling_country(doc, trigger, clause_start) or actor1
    if actor1 is None or actor1.actor_id == "generic:unidentified":
        actor1 = later_claim(doc, trigger) or actor1
    if actor1 is None and target is not None and target.value is not None and (
            _driven_out(doc, target, clause_start) or (trigger.attrs.get("territory") and target in targets)):
        # "زيارة عدن بعد تحريرها من X": a place freed of X was won by the side the story sets against X;
        # so was ground a cue tells X held or lost ("التي كانت في أيدي X") when the gainer goes unnamed
        actor1 = article_opponent(doc, clause_start, clause_end, target.value, None)
    if actor1 is None and target is not None and _faced_force(doc, target, trigger, (clause_start, mentions), suffered):
        actor1, target = target.value, None
    ally = partner.value if partner and not facing else launch_ally
    if ally is None and joined and actor1 is not None and joined[0].value != actor1:
        ally = joined[0].value
    # a subject carried from an earlier sentence ("قصف الجيش حي جوبر. وقتل مدنيون بقذائف أطلقت من
    # حي جوبر") did not fire what the clause tells came from a place, even one of its own country
    carried = agent is not None and agent.start < clause_start and not agent.attrs.get("in_source")
    origin = _launch_origin(doc, trigger, clause_end) if agent is None or carried or agent.attrs.get("in_source") \
        else None
    if origin is not None and (actor1 is None or carried or actor1.country != origin):
        return Roles(_origin_launcher(doc, origin), None, None)
    lost = own_losses_country(doc, trigger, clause_start, clause_end) if target is None else None
    if lost is not None:
        return Roles(None if actor1 is not None and actor1.country == lost.country else actor1, None, lost)
    partner = _deal_partner_country(doc, trigger) if target is None and two_party else None
    if partner is not None and (actor1 is None or actor1.country != partner.country):
        return Roles(actor1, assoc.value if assoc else ally, partner)
    return Roles(actor1, assoc.value if assoc else ally, _office_holder(doc, target, clause_start))


def _names_its_act(mention: Mention, trigger: Mention) -> bool:
    """True when the side's mention holds the act's own words, a relation adjective on its noun
    ("تجدد القصف الإسرائيلي على غزة"، "الغارات الروسية").

    Why: the adjective names the act's author; a loss of that side told in the same clause
    ("بذريعة الرد على مقتل جندي، تجدد القصف الإسرائيلي") had it dropped as a side that
    suffered, and the act came out by an unidentified group against its own author."""
    return mention.start <= trigger.start and trigger.end < mention.end


def _victims_over_holders(doc: Document, marked: list[Mention], clause_start: int) -> list[Mention]:
    """The marked targets an act can hit, the nearest of them being chosen: "غارات على دوما،
    آخر جيب للمعارضة، أسفرت عن مقتل 8 مدنيين": the side told only as the holder of the place
    struck (`role_cues.control`) gives way to the civilians the clause counts as its victims.
    Why: nearer the act, the holder took actor2 and the civilians killed were lost (ACLED
    codes the people hit); with no civilians counted the holder stays the target."""
    cues = _role_cues()
    skip = frozenset(words[0] for words in (*cues["member_nouns"], *cues["target_skip"]))
    held = [m for m in marked if _preceded_by(doc, m, clause_start, cues["control"], 1, skip)]
    struck = [m for m in marked if m not in held and _family(m.attrs.get("key") or "") == "generic:civilians"
              and _casualties(doc, m, clause_start)]
    return [m for m in marked if m not in held] if held and struck else marked


def _faced_force(doc: Document, target: Mention, trigger: Mention, clause: tuple[int, list[Mention]],
                 suffered: set[str]) -> bool:
    """"مقتل 13 مسلحا في اشتباكات مع قوات الأمن": a state force a clash is told to be with
    (`role_cues.faced`) that the clause gives no losses is, with no other side named, the one
    that fought the unnamed side (a raid, a security operation): actor1, not the target.  Not
    a clash with a crowd ("مواجهات", `_fought`) or where civilians are named, nor one "with the
    government" (a political row).  `clause` is the clause's start and its actor mentions."""
    clause_start, mentions = clause
    ref = target.value
    return (getattr(trigger.value, "sub_event_type", None) == "Armed clash" and _fought(trigger) and ref is not None
            and ref.inter in load_dedupe_rules().force_inters and not ref.key.endswith(":government") and ref.name not in suffered
            and not target.attrs.get("victim") and not target.attrs.get("in_source")
            and not _casualties(doc, target, clause_start)
            and not any(m.value is not None and m.value.inter in UNARMED for m in mentions)
            and _preceded_by(doc, target, clause_start, _role_cues()["faced"], 1, _loss_skip()))


def war_day_frame(doc: Document, clause_start: int, clause_end: int) -> int:
    """Raw end of a war's day count opening the clause's sentence ("في اليوم الـ383
    من العدوان الإسرائيلي على غزة،"; `war_day_frames` in clauses.yaml) when the
    rest of the clause names another armed side, else `clause_start`: actors before
    it are then no sides of the clause's act.

    Why: the frame dates the news by the war; the side it names waged the war,
    not the act told after the comma, and read as that act's agent it turned an
    attack on the war's side into that side's own.  An act of the frame's own
    side keeps it.  Its place still locates the act (the events stage reads
    places over the whole clause)."""
    sentence = doc.sentence_at(clause_start)
    if sentence is None or sentence.start != clause_start:
        return clause_start
    rules = load_clause_boundaries()
    text = doc.text[sentence.start:sentence.end]
    comma = min((i for i in (text.find("،"), text.find(",")) if i > 0), default=-1)
    if comma < 0:
        return clause_start
    words = [strip_conjunction(w) for w in WORD_RE.findall(normalize(text[:comma]))]
    if len(words) > rules.frame_reach or not any(tuple(words[:len(o)]) == o for o in rules.frame_openers):
        return clause_start
    if all(rules.frame_nouns.isdisjoint(strip_clitics(w)) for w in words):
        return clause_start
    end = sentence.start + comma + 1
    sides = {m.value.name for m in doc.in_span("actor", clause_start, end) if m.value is not None}
    others = [m for m in doc.in_span("actor", end, clause_end)
              if m.value is not None and m.value.inter in ARMED and m.value.name not in sides]
    return end if others else clause_start


@functools.cache
def _suspicion_rules() -> tuple[frozenset[tuple[str, ...]], int]:
    """(suspicion phrases as word tuples, reach in words) of `role_cues.suspected`."""
    rules = load_catalogue().lexicon["role_cues"]
    return frozenset(_role_cues()["suspected"]), int(rules["suspected_reach"])


def _suspicion_start(doc: Document, trigger: Mention, clause_start: int) -> int | None:
    """Where a suspect is named ("اعتقلت الشرطة مشتبها به في إطلاق نار أدى لمصرع ...")
    within reach before the act, as a norm offset: the act is what a suspect is held
    for, so those who hold him, named before the cue, did not commit it."""
    phrases, reach = _suspicion_rules()
    words = list(WORD_RE.finditer(doc.norm, doc.norm_index(clause_start), doc.norm_index(trigger.start)))
    words = words[-(reach + 4):]  # the act within reach of the cue's last word (cues run up to three words)
    texts = [strip_conjunction(w.group()) for w in words]
    for i in range(len(words) - 1, -1, -1):
        if any(tuple(texts[i:i + len(p)]) == p for p in phrases):
            return words[i].start()
    return None


def _taken_part_in(doc: Document, trigger: Mention, clause_start: int) -> bool:
    """"شاركت في الغارات", "مشاركة طائراتها في القصف": the act is what a side took part in
    (a `participation` word up to four words before its في).

    Why: the members named with it ("... مقاتلات فرنسية وبريطانية") were read as the
    side the act hit, the acting coalition striking its own members."""
    words, clitic, _ = _left_context(doc.norm, doc.norm_index(clause_start), doc.norm_index(trigger.start),
                                     doc.norm_index(trigger.end))
    if clitic or not words or words[-1] != "في":
        return False
    cues = {w[0] for w in _role_cues()["participation"]}
    return any(w in cues for w in words[-5:-1])


class LaunchOriginRules(NamedTuple):
    """`launch_origin` of the lexicon, normalized: the from words; the verbs, weapon words and
    their adjectives allowed between the act and them; the gap; the "inside" words and the land
    nouns that may follow a from word."""

    froms: frozenset[str]
    between: frozenset[str]
    gap: int
    inside: frozenset[str]
    lands: frozenset[str]


@functools.cache
def _launch_origin_rules() -> LaunchOriginRules:
    """`launch_origin` of the lexicon, read once.  The weapons allowed before the from word are
    those of `rockets_at` and the drones of `unattributed_strikes` ("انفجار مسيرة أطلقت من
    اليمن": the drone, not the side reporting the blast, came from there); the adjectives are
    `modifiers` ("مقذوف عسكري من ...")."""
    lex = load_catalogue().lexicon
    rules = lex["launch_origin"]
    between = [*rules["verbs"], *lex["rockets_at"]["weapons"], *strike_words("drones"), *rules["modifiers"]]

    def words(items: list[str]) -> frozenset[str]:
        return frozenset(normalize(w) for w in items)

    return LaunchOriginRules(words(rules["from"]), words(between), int(rules["gap"]),
                             words(rules["inside"]), words(rules["lands"]))


def _launch_origin(doc: Document, trigger: Mention, clause_end: int) -> str | None:
    """ISO2 of the place a missile or drone act was launched from ("إطلاق صاروخ من شمال قطاع
    غزة"، "صاروخ أطلق من لبنان"، "مقذوف عسكري من داخل الأراضي اليمنية"), told right after the
    act; None when no origin is told."""
    if getattr(trigger.value, "sub_event_type", None) not in _LAUNCHED:
        return None
    rules = _launch_origin_rules()
    froms, between, gap = rules.froms, rules.between, rules.gap
    start = doc.norm_index(trigger.end)
    words = list(WORD_RE.finditer(doc.norm, start, doc.norm_index(clause_end)))
    for i, match in enumerate(words[:gap + 1]):
        word = strip_conjunction(match.group())
        if word in froms:
            return _origin_after(doc, words[i + 1:i + 4], match, clause_end)
        if word not in between or i == gap:
            return None
    return None


def _origin_after(doc: Document, following: list[re.Match[str]], from_word: re.Match[str],
                  clause_end: int) -> str | None:
    """ISO2 of the place told right after `from` (past "داخل"): a place mention, or a land noun
    with a country's adjective ("من الأراضي اليمنية"، a country no place mention holds)."""
    rules = _launch_origin_rules()
    last = from_word
    if following and following[0].group() in rules.inside:
        last, following = following[0], following[1:]
    if len(following) >= 2 and following[0].group() in rules.lands:
        iso2 = load_catalogue().adjectives.get(following[1].group())
        if iso2:
            return iso2
    raw_end = doc.raw_span(last.start(), last.end())[1]
    place = next((m for m in doc.in_span("place", raw_end, clause_end)
                  if not doc.text[raw_end:m.start].strip()), None)
    code = getattr(place.attrs.get("place"), "country_code", None) if place else None
    return code or None


def _origin_launcher(doc: Document, origin: str) -> ActorRef | None:
    """Who fired what the text tells came from country `origin`: the side catalogued as firing
    that country's missiles and drones at the article's date (`weapon_launcher`: "صاروخ أطلق
    من اليمن" in 2018 is the Houthis'), else an unidentified armed group of that country."""
    key = weapon_launcher(origin, doc.published)
    if key.startswith("state:"):
        return _launch_side_group(origin, doc.published)
    return resolve_actor(key, doc.country_hint, doc.published)


def _launch_side_group(origin: str, date: dt.date | None) -> ActorRef:
    """An unidentified armed group of the country a launch came from, keeping that country
    wherever the weapon fell (`generic:unidentified:ISO2`, as `relocate` reads it).

    Why: "إطلاق صاروخ من شمال القطاع باتجاه مستوطنات غلاف غزة" fell in Israel; named for
    the event's country, the launchers came out as an unidentified group of Israel."""
    return replace(generic_actor("unidentified", origin, date), key=f"generic:unidentified:{origin}")


_LAUNCHED = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})


@functools.cache
def _group_member_cues() -> tuple[tuple[str, ...], ...]:
    """`blasts.group_members` of the lexicon: words that tie the people or things hit to a group."""
    return tuple((normalize(w),) for w in load_catalogue().lexicon["blasts"]["group_members"])


def _blamed_group(doc: Document, mention: Mention, clause_start: int) -> bool:
    """True for a named non-state armed group that a blast's clause names without
    tying anyone hit to it (no "مقاتلين من X", "سيارات تابعة لقياديين في X" before it).

    Why: a bombing rarely hits a group the text names without marking it as the
    target ("استهدف", a counted loss, its members or site); such a group is the one
    blamed or the one whose "attacks included" the blast ("وشن تنظيم داعش هجمات من
    بينها تفجير مسجد"), so read as the side hit it turned the bombers into the victims.
    """
    ref = mention.value
    if ref is None or ref.inter not in NON_STATE_ARMED or mention.attrs.get("key") == "generic:unidentified":
        return False
    # "الذي فجر نفسه ... كان أحد عناصر X" stays: `bomber_group` makes X the bomber's sender later
    return not (_preceded_by(doc, mention, clause_start, _group_member_cues(), 3, _member_links())
                or _preceded_by(doc, mention, clause_start, _role_cues()["member_of"], 1))


@functools.cache
def _member_links() -> frozenset[str]:
    """`blasts.member_links`: the prepositions between a member word and its group."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["blasts"]["member_links"])


def _found_bodies(trigger: Mention) -> bool:
    """True for an act told by the finding of bodies ("العثور على جثث", `found_bodies`)."""
    words = normalize(trigger.attrs.get("form") or trigger.text).split()
    return not _role_word_set("found_bodies").isdisjoint(words)


@functools.cache
@functools.cache
def _role_word_set(name: str) -> frozenset[str]:
    """One word list of `role_cues`, normalized."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["role_cues"][name])


def _office_holder(doc: Document, target: Mention | None, clause_start: int) -> ActorRef | None:
    """The target's ref; a government reached through one of its civilian offices
    ("اختطفوا وزير الأوقاف التابع للحكومة") was hit in its official, so it stays the
    government: its catalogue key is dropped, as `as_forces` would make it an army."""
    ref = target.value if target else None
    if ref is None or not ref.key.endswith(":government"):
        return ref
    start = max(doc.norm_index(clause_start), doc.norm_index(target.start) - 60)
    words = WORD_RE.findall(doc.norm[start:doc.norm_index(target.start)])
    if words and doc.norm[doc.norm_index(target.start) - 1:doc.norm_index(target.start)].isalpha():
        words.pop()  # the proclitic of "للحكومة"
    titles, links = _office_words()
    while words and words[-1] in links:
        words.pop()
    if not any(w in titles or strip_conjunction(w) in titles for w in words[-2:]):
        return ref
    return replace(ref, key="")


@functools.cache
def _office_words() -> tuple[frozenset[str], frozenset[str]]:
    """One-word civilian offices and the belonging words that may follow them
    (`office_titles`, `office_links` in actor_lexicon.yaml), normalized."""
    cues = load_catalogue().lexicon["role_cues"]
    return tuple(frozenset(normalize(w) for w in cues[name]) for name in ("office_titles", "office_links"))


@functools.cache
def _country_names() -> dict[str, str]:
    """Normalized Arabic country names → ISO2 (`countries` of the catalogue)."""
    return {normalize(name): iso2 for iso2, row in load_catalogue().countries.items() for name in row.get("ar") or []}


def _deal_partner_country(doc: Document, trigger: Mention) -> ActorRef | None:
    """"توصلت المعارضة إلى اتفاق مع روسيا": the country named right after "مع" that follows a
    deal's words is its other party (that state's forces; a bare country name is no actor mention).

    Why: with no second party found, the deal went to whatever state the story set against
    the first (Turkey, whose troops held the town the convoys reached)."""
    start = doc.norm_index(trigger.end)
    text = " ".join(WORD_RE.findall(doc.norm[start:start + 80])) + " "
    if not text.startswith("مع "):
        return None
    countries, _ = _countries_at(text[len("مع "):])
    return resolve_actor(f"state:{countries[0]}:military", None, doc.published) if countries else None


def _country_subject(doc: Document, trigger: Mention, clause_start: int) -> ActorRef | None:
    """"قصفت إسرائيل مواقع", "وكانت تركيا قد هاجمت": a country named as the subject of an
    active verb of violence acted through its armed forces.  A country before the verb
    after a preposition ("في غزة قصف ...") is a place, not its subject.  So does a country
    that says the act right after was its own ("تقول الولايات المتحدة إنها قتلت ...",
    `_self_telling_country`)."""
    if trigger.attrs.get("voice") != "active":
        return _genitive_country(doc, trigger) or _self_telling_country(doc, trigger, clause_start)
    start, end = doc.norm_index(trigger.start), doc.norm_index(trigger.end)
    after = " ".join(WORD_RE.findall(doc.norm[end:end + 40])) + " "
    before = " " + " ".join(w for w in WORD_RE.findall(doc.norm[max(doc.norm_index(clause_start), start - 40):start])
                            if w != "قد")
    for name, iso2 in _country_names().items():
        if after.startswith(name + " ") or before.endswith(" " + name) and not _after_preposition(before, name):
            return resolve_actor(f"state:{iso2}:military", doc.country_hint, doc.published)
    return _self_telling_country(doc, trigger, clause_start)


def _genitive_country(doc: Document, trigger: Mention) -> ActorRef | None:
    """"هجوم إيران على إسرائيل"، "الهجوم الصاروخي الأخير لإيران على إسرائيل"، "قصف تركيا لعفرين":
    a country in the genitive of an act's verbal noun (`role_cues.genitive_agent`), or owning an
    attack noun by ل after its adjectives, with the act's object told after it, acted through
    its armed forces.

    Why: countries are places, not actor mentions; the author so named was lost and the act
    left to an unidentified group of the country it hit."""
    if trigger.attrs.get("voice") != "noun":
        return None
    head = WORD_RE.findall(doc.norm[doc.norm_index(trigger.start):doc.norm_index(trigger.end)])[:1]
    attack, transitive = _act_noun_kind(head[0]) if head else (False, False)
    if not (attack or transitive):
        return None
    end = doc.norm_index(trigger.end)
    words = WORD_RE.findall(_COMMA_OR_BREAK_RE.split(doc.norm[end:end + 80])[0])
    definite = head[0].startswith(("ال", "وال"))
    adjectives = 0
    while definite and adjectives < 2 and adjectives < len(words) and words[adjectives].startswith("ال"):
        adjectives += 1  # "الهجوم الصاروخي الأخير لإيران": a definite noun takes its owner by ل only
    rest = " ".join(words[adjectives:]) + " "
    # (text, whether a ل-object may follow): an owner by ل only for an attack noun, whose object
    # is told by على/ضد; a bare genitive only after an indefinite noun
    # "لليبيا" is ل + ليبيا but "للولايات المتحدة" is ل + الولايات: try both readings of لل
    owners = [rest[1:]] + (["ال" + rest[2:]] if rest.startswith("لل") else [])
    readings = ([(owner, False) for owner in owners] if attack and rest.startswith("ل") else []) + (
        [] if definite else [(rest, transitive)])
    for text, object_by_l in readings:
        isos, tail = _countries_at(text)
        if not isos:
            isos, tail = _nationals_at(text)
        if isos and _object_link_follows(tail, attack, object_by_l):
            return resolve_actor(f"state:{isos[0]}:military", doc.country_hint, doc.published)
    return None


def _nationals_at(text: str) -> tuple[list[str], str]:
    """The country of a definite plural nationality noun a text starts with ("الروس على ...",
    from "بضربة جوية للروس على مغارة"), and the rest.  Why: a people owning an attack noun
    by ل names the state that struck, as its country name would; read as no one, the strike
    fell to the theatre's own air force and the one incident came out twice."""
    word, _, tail = text.partition(" ")
    if word not in _plural_nationals():
        return [], text
    iso2 = load_catalogue().adjectives.get(word)
    return ([iso2] if iso2 else []), tail


def _self_telling_country(doc: Document, trigger: Mention, clause_start: int) -> ActorRef | None:
    """"تقول الولايات المتحدة إنها قتلت"، "وكانت إسرائيل قد قالت إنها ضربت": a country named
    right after a saying verb (or right before it) whose "إنها" (`reported_owner` says/that)
    stands just before the act's verb tells of its own deed; an act noun ("... إنها قتلت 100
    مقاتل في ضربات") is read at the active verb told before it in the clause.

    Why: a bare country is a place, no actor mention, so the speaker cue that makes an
    announcing army the agent never sees it; the act then fell to the theatre's air power,
    an unnamed group or the men named after the verb."""
    if trigger.attrs.get("voice") == "noun":
        verbs = [t for t in doc.in_span("trigger", clause_start, trigger.start) if t.attrs.get("voice") == "active"]
        trigger = verbs[-1] if verbs else trigger
    if trigger.attrs.get("voice") != "active":
        return None
    start = doc.norm_index(trigger.start)
    _, says, that = _owner_rules()
    words = [w for w in WORD_RE.findall(doc.norm[max(0, start - 60):start]) if w != "قد"]
    if not words or words[-1] not in that or not words[-1].endswith("ها"):
        return None  # "قالت تركيا إنه قتل ...": a masculine pronoun tells a passive toll, not the country's deed
    said = len(words) > 1 and strip_conjunction(words[-2]) in says
    text = " " + " ".join(words[:-2] if said else words[:-1])
    for name, iso2 in _country_names().items():
        if text.endswith(" " + name):
            left = text[: -len(name)].split()
            if said or (left and strip_conjunction(left[-1]) in says):
                return resolve_actor(f"state:{iso2}:military", doc.country_hint, doc.published)
    return None


def _reported_country(doc: Document, start: int, end: int) -> tuple[str, list[str]] | None:
    """ISO2 of a country that opens a reported clause in doc.text[start:end] ("أعلنت وزارة
    الدفاع الروسية أن إسرائيل ..."), with the words after it up to `end`."""
    words = WORD_RE.findall(doc.norm[doc.norm_index(start):doc.norm_index(end)])
    for i, word in enumerate(words):
        if strip_conjunction(word) in _blame_rules().that:  # أن/إن/بأن (normalized alike)
            isos, rest = _countries_at(" ".join(words[i + 1:]) + " ")
            if isos:
                return isos[0], rest.split()
    return None


def _reported_launcher(doc: Document, trigger: Mention, clause_start: int) -> ActorRef | None:
    """"أعلنت وزارة الدفاع الروسية أن إسرائيل استخدمت 28 طائرة وأطلقت 70 صاروخا في الضربات":
    a country opening the statement, then a launching verb (`country_launch.verbs`) before
    the act, launched it through its armed forces.

    Why: a bare country is no actor mention; the speaker, no side of this act, was taken
    for its author.  A country that suffered ("إن سوريا تعرضت لقصف") has no launching verb,
    and a launching word after a preposition is a noun ("تعمل على رد مشترك": a response)."""
    found = _reported_country(doc, clause_start, trigger.end)  # the act's own verb may launch it ("وأطلقت صواريخ")
    verbs, _ = _launch_rules()
    if found is None:
        return None
    words = found[1]
    if not any(strip_conjunction(w) in verbs and (i == 0 or words[i - 1] not in _subject_prepositions())
               for i, w in enumerate(words)):
        return None
    return resolve_actor(f"state:{found[0]}:military", doc.country_hint, doc.published)


@functools.cache
def _subject_prepositions() -> frozenset[str]:
    """`country_launch.prepositions` of the lexicon, normalized."""
    return frozenset(normalize(p) for p in load_catalogue().lexicon["country_launch"].get("prepositions") or ())


def _after_preposition(before: str, name: str) -> bool:
    """True when the words `before` end with `name` right after a preposition."""
    words = before[: -len(name)].split()
    return bool(words) and words[-1] in _subject_prepositions()


@functools.cache
def _launch_rules() -> tuple[frozenset[str], int]:
    """`country_launch` of the lexicon: the launching verbs, normalized, and the word gap."""
    rules = load_catalogue().lexicon["country_launch"]
    return frozenset(normalize(w) for w in rules["verbs"]), int(rules["gap"])


def _countries_at(text: str) -> tuple[list[str], str]:
    """The countries a text starts with, joined by و ("الولايات المتحدة وبريطانيا"), and the rest."""
    found: list[str] = []
    names = sorted(_country_names().items(), key=lambda item: -len(item[0]))
    while True:
        lead = "و" if found else ""
        hit = next(((name, iso2) for name, iso2 in names if text.startswith(lead + name + " ")), None)
        if hit is None:
            return found, text
        found.append(hit[1])
        text = text[len(lead + hit[0]) + 1:]


def _launching_countries(doc: Document, trigger: Mention, clause_start: int) -> list[ActorRef]:
    """"وبدأت تركيا الشهر الماضي هجوما", "ووجهت الولايات المتحدة وبريطانيا ضربات": countries
    named right after a launching verb that governs the act's noun acted through their armed
    forces; the first leads, the next is its associate.  Countries are places, not actor
    mentions, so no other cue finds them."""
    if trigger.attrs.get("voice") != "noun":
        return []
    verbs, gap = _launch_rules()
    start = doc.norm_index(trigger.start)
    words = WORD_RE.findall(doc.norm[max(doc.norm_index(clause_start), start - 80):start])
    for i, word in enumerate(words):
        if word not in verbs and strip_conjunction(word) not in verbs:
            continue
        isos, rest = _countries_at(" ".join(words[i + 1:]) + " ")
        if isos and len(rest.split()) <= gap:
            return [resolve_actor(f"state:{iso2}:military", doc.country_hint, doc.published)
                    for iso2 in dict.fromkeys(isos)][:2]
        before = _country_before(words[:i])
        if before is not None and len(words) - i - 1 <= gap:
            return [resolve_actor(f"state:{before}:military", doc.country_hint, doc.published)]
    blamed = _blamed_country(doc, trigger)
    if blamed is not None:
        return [resolve_actor(f"state:{blamed}:military", doc.country_hint, doc.published)]
    return _countries_launching_it(doc, trigger, verbs, gap)


@dataclass(frozen=True, slots=True)
class BlameRules:
    """`country_launch.blame` of the lexicon, normalized: who accuses or says
    (words), the "that" after a sayer, the phrases tying the accused to the act
    after an accuser (links) or after "that" (deeds), and how many words after
    the trigger the accuser may stand."""

    accusers: frozenset[str]
    sayers: frozenset[str]
    that: frozenset[str]
    links: tuple[tuple[str, ...], ...]
    deeds: tuple[tuple[str, ...], ...]
    reach: int


@functools.cache
def _blame_rules() -> BlameRules:
    """The lexicon's blame rules, normalized once."""
    rules = load_catalogue().lexicon["country_launch"]["blame"]

    def words(name: str) -> frozenset[str]:
        return frozenset(normalize(w) for w in rules[name])

    def phrases(name: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(normalize(w).split()) for w in rules[name])

    return BlameRules(accusers=words("accusers"), sayers=words("sayers"), that=words("that"),
                      links=phrases("links"), deeds=phrases("deeds"), reach=int(rules["reach"]))


def _blamed_country(doc: Document, trigger: Mention) -> str | None:
    """ISO2 of the state another state blames for the act just told: "ضربة جوية قرب دمشق
    اتهمت إيران إسرائيل بتنفيذها", "غارة قالت سوريا إن إسرائيل شنتها".

    Why: countries are places, not actor mentions; with none read the strike fell to the
    state that alone flies strikes there, often the accuser or the struck state itself."""
    rules = _blame_rules()
    start = doc.norm_index(trigger.end)
    stop = _COMMA_OR_BREAK_RE.search(doc.norm, start, start + 200)
    words = [strip_conjunction(w) for w in WORD_RE.findall(doc.norm[start: stop.start() if stop else start + 200])]
    for i, word in enumerate(words[:rules.reach]):
        if word not in rules.accusers and word not in rules.sayers:
            continue
        accuser, rest = _countries_at(" ".join(words[i + 1:]) + " ")
        rest_words = rest.split()
        if not accuser:
            continue
        phrases = rules.links
        if word in rules.sayers:
            if not rest_words or rest_words[0] not in rules.that:
                continue
            rest_words, phrases = rest_words[1:], rules.deeds
        accused, tail = _countries_at(" ".join(rest_words) + " ")
        tail_words = tuple(tail.split())
        if accused and accused[0] not in accuser and any(tail_words[:len(p)] == p for p in phrases):
            return accused[0]
    return None


def _countries_launching_it(doc: Document, trigger: Mention, verbs: frozenset[str], gap: int) -> list[ActorRef]:
    """"ضربات عسكرية شنتها الولايات المتحدة وفرنسا وبريطانيا": countries named right after
    a launching verb that takes the act back as its object pronoun, within `gap` words
    after the act, launched it (the first leads, the next is its associate).

    Why: with no actor mention the strikes fell to the state that alone flies strikes in
    the country (`unattributed_strikes`): the struck state became its own attacker."""
    start = doc.norm_index(trigger.end)
    stop = _COMMA_OR_BREAK_RE.search(doc.norm, start, start + 160)
    words = WORD_RE.findall(doc.norm[start: stop.start() if stop else start + 160])
    for i, word in enumerate(words[:gap + 1]):
        if not any(word.endswith(p) and word[:-len(p)] in verbs for p in POSSESSIVE_SUFFIXES):
            continue
        isos, _ = _countries_at(" ".join(words[i + 1:]) + " ")
        return [resolve_actor(f"state:{iso2}:military", doc.country_hint, doc.published)
                for iso2 in dict.fromkeys(isos)][:2]
    return []


def _country_before(words: list[str]) -> str | None:
    """ISO2 of a country that ends `words`, the subject of the launching verb after them:
    "إن إسرائيل شنت الهجوم", "إن إسرائيل هي التي شنت الهجوم".

    Why: the verb-first order alone was read, so a country named as the subject
    before the verb (the usual order after إن) left the act without its author.
    """
    partners = _launch_partners()
    copulas = _launch_copulas()
    while words and (words[-1] in copulas or words[-1] in partners):
        words = words[:-1]
    text = " " + " ".join(words)
    return next((iso2 for name, iso2 in sorted(_country_names().items(), key=lambda item: -len(item[0]))
                 if text.endswith(" " + name)), None)


@functools.cache
def _launch_copulas() -> frozenset[str]:
    """`country_launch.copulas`: "هي التي" between the country and its launching verb."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["country_launch"]["copulas"])


@functools.cache
def _launch_partners() -> frozenset[str]:
    """`country_launch.partners`: "وحلفاؤها" after the country ("الولايات المتحدة وحلفاؤها نفذوا
    17 ضربة"); the country still leads the act its unnamed allies share."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["country_launch"]["partners"])


@functools.cache
def _later_claim_rules() -> dict:
    """`later_claims` of the lexicon as normalized word sets, phrases and integers."""
    rules = load_catalogue().lexicon["later_claims"]
    words = {name: frozenset(normalize(w) for w in rules[name])
             for name in ("verbs", "adopting", "responsibility", "acts", "negations", "pronoun_objects",
                          "pronoun_acts", "demonstratives", "pronoun_verbs", "adoption_nouns", "claim_nouns",
                          "unnamed_skip", "unnamed_heads", "devices", "device_nouns", "device_others",
                          "device_doubts")}
    accusations = rules["accusations"]
    return words | {"types": frozenset(rules["sub_event_types"]), "reach": int(rules["reach"]),
                    "subject_gap": int(rules["subject_gap"]), "object_reach": int(rules["object_reach"]),
                    "earlier_reach": int(rules["earlier_reach"]), "unnamed_subject": int(rules["unnamed_subject"]),
                    "device_reach": int(rules["device_reach"]),
                    "accusers": frozenset(normalize(w) for w in accusations["verbs"]),
                    "accuser_gap": int(accusations["accuser_gap"]),
                    "links": tuple(tuple(normalize(w) for w in link.split()) for link in accusations["links"]),
                    "attributors": frozenset(normalize(w) for w in rules["attributions"]["verbs"]),
                    "attribution_gap": int(rules["attributions"]["gap"]),
                    "attribution_links": frozenset(normalize(w) for w in rules["attributions"]["links"]),
                    "attribution_refusals": frozenset(normalize(w) for w in rules["attributions"]["refusals"]),
                    "refusal_reach": int(rules["attributions"]["refusal_reach"])}


def later_claim(doc: Document, trigger: Mention) -> ActorRef | None:
    """The group that claims the act after it in its own sentence ("قتل 5 في تفجير أعلنت X
    مسؤوليتها عنه"), or claims it or is accused of it in another sentence of its story
    ("وأعلن تنظيم X مسؤوليته عن الهجوم", "X تبنى التفجير", "اتهمت السلطات X بتنفيذ الهجوم"):
    the author the act's own words left unnamed."""
    rules = _later_claim_rules()
    sentence = doc.sentence_at(trigger.start)
    if sentence is None or getattr(trigger.value, "sub_event_type", None) not in rules["types"]:
        return None
    for mention in doc.in_span("actor", trigger.end, sentence.end):  # "... تفجير أعلنت X مسؤوليتها عنه"
        if _claims_named_act(doc, mention, trigger.end, rules):
            return mention.value
    story_start, story_end = story_span(doc, trigger.start)
    later = [s for s in doc.sentences if sentence.end <= s.start < story_end][:rules["reach"]]
    blast = is_blast_type(getattr(trigger.value, "sub_event_type", None))
    told = frozenset(stem for word in WORD_RE.findall(doc.norm[doc.norm_index(sentence.start):doc.norm_index(sentence.end)])
                     for stem in strip_clitics(word)) if blast else frozenset()
    for following in later:
        for mention in doc.in_span("actor", following.start, following.end):
            if _claims_named_act(doc, mention, following.start, rules) or _accused_of_act(
                    doc, mention, following.start, rules) or _attributed_act(doc, mention, following.start, rules) or (
                    blast and _planted_device(doc, mention, following.start, told, rules)):
                return mention.value
        if _unknown_claimant(doc, following, rules):
            return None
    earlier = [s for s in doc.sentences if story_start <= s.start and s.end <= sentence.start]
    for back, preceding in enumerate(reversed(earlier)):
        # beyond `earlier_reach` sentences, only the act named with its object again ("تفجير مسجد X")
        words = 1 if back < rules["earlier_reach"] else 2
        for mention in doc.in_span("actor", preceding.start, preceding.end):
            if _claims_same_act_before(doc, mention, preceding.start, trigger, words, rules):
                return mention.value
    return None


def _unknown_claimant(doc: Document, sentence: Sentence, rules: dict) -> bool:
    """True when the sentence tells a claim of the act by a subject that is no known actor:
    a claim verb, a definite or group noun after it ("أعلنت المقاومة الوطنية الأهوازية، وهي
    جماعة ...، مسؤوليتها عن الهجوم"), then the responsibility noun naming the act, and no actor
    mention between the verb and that noun.

    Why: the group the story names first as claiming the act is its author; when the
    catalogue does not know it, the search went on to a rival claim told after it ("كما أعلن
    تنظيم Y مسؤوليته ... بيد أنه لم يقدم دليلا") and gave the act to that one instead of
    leaving it to an unidentified group.  A verb with no subject of its own ("وأعلنت في بيان
    مسؤوليتها") or a negated claim ("لم تعلن أي جهة") is no such claim."""
    start, end = doc.norm_index(sentence.start), doc.norm_index(sentence.end)
    tokens = _tokens(doc.norm, start, end)
    words = [strip_conjunction(t[2]) for t in tokens]
    members = {cue[0] for cue in _role_cues()["member_nouns"]} | rules["unnamed_heads"]
    verbs = rules["verbs"] - rules["adoption_nouns"]
    spans = [m.attrs["norm_span"] for m in doc.in_span("actor", sentence.start, sentence.end)]
    for i, word in enumerate(words[:-1]):
        subject = words[i + 1]
        if word not in verbs or _negated(words[i - 1:i], rules) or subject in rules["unnamed_skip"] or not (
                subject.startswith("ال") or subject in members):
            continue
        noun = next((j for j in range(i + 2, min(i + 2 + rules["unnamed_subject"], len(words)))
                     if words[j] in rules["responsibility"]), None)
        if noun is None or not _names_act(words[noun:noun + 4], False, rules):
            continue
        told = (tokens[i + 1][0], tokens[noun - 1][1])
        # an apposition describing the claimant ("، وهي جماعة مضادة للحكومة،") names no subject
        asides = [(m.start(), m.end()) for m in _APPOSITION_RE.finditer(doc.norm, told[0], tokens[noun][0])]
        return not any(_overlaps(a, b, [told]) and not _overlaps(a, b, asides) for a, b in spans)
    return False


def _claiming_group(mention: Mention) -> bool:
    """True for a named armed group that may claim an act (not a generic or victim mention)."""
    ref = mention.value
    return not (ref is None or ref.inter not in NON_STATE_ARMED or mention.attrs.get("generic")
                or mention.attrs.get("victim"))


def _words_around(doc: Document, mention: Mention, start: int) -> tuple[list[str], list[str]]:
    """The words before a mention within its sentence from `start` (a member noun glued to the
    name left out: "أعلنت جماعة X") and the words after it, conjunctions stripped."""
    end = doc.norm_index(mention.end)
    context, _, _ = _left_context(doc.norm, doc.norm_index(start), doc.norm_index(mention.start), end)
    left = list(context)
    members = {words[0] for words in _role_cues()["member_nouns"]}
    while left and left[-1] in members:
        left.pop()  # "أعلنت جماعة X", "تبنى تنظيم X"
    return left, [strip_conjunction(w) for w in WORD_RE.findall(doc.norm[end:end + 160])]


def _claims_named_act(doc: Document, mention: Mention, start: int, rules: dict) -> bool:
    """True when a named armed group is the subject of a claim whose object names an act
    again: "أعلن تنظيم X مسؤوليته عن الهجوم" (VSO), "X أعلن مسؤوليته عن التفجير" (SVO), or
    of the claim's verbal noun before it ("إعلان تنظيم X مسؤوليته عن الهجوم", `claim_nouns`)."""
    if not _claiming_group(mention):
        return False
    left, after = _words_around(doc, mention, start)
    gap, reach = rules["subject_gap"], rules["object_reach"]  # the responsibility noun, then its act
    if left and (left[-1] in rules["verbs"] or left[-1] in rules["claim_nouns"]):
        return not _negated(left[-2:-1], rules) and _names_act(after[:reach + 4], left[-1] in rules["adopting"], rules)
    verb = next((i for i, w in enumerate(after[:gap]) if w in rules["verbs"]), None)
    return verb is not None and not _negated(after[max(verb - 1, 0):verb], rules) and _names_act(
        after[verb + 1:verb + 5 + reach], after[verb] in rules["adopting"], rules)


def _planted_device(doc: Document, mention: Mention, start: int, told: frozenset[str], rules: dict) -> bool:
    """True when a named armed group follows a planting verb (`blasts.planted_by`, a member noun
    between) whose device is named again by a definite singular noun before it in the sentence
    (`later_claims.devices`, within `device_reach` words): "وأوضح أن اللغم الذي انفجر
    بالقيادي، كانت قد زرعته الميليشيات".  The noun is the blast's own (its stem among `told`,
    the stems of the blast's sentence), the nearest device noun before the verb (no plural or
    other device between: "آلاف الألغام التي زرعها X") and not "another" one; a denial or
    question before the verb in the sentence ("ونفى ... أن تكون العبوة قد زرعتها X", "عما إذا
    كانت العبوة قد زرعتها X") names no one.

    Why: a mine or bomb blast told with no author and its planter told in the next sentence
    kept an unidentified author, though the same words in the blast's own sentence ("لغم
    زرعه X") name X; ACLED codes the side the text says laid the device."""
    if not _claiming_group(mention):
        return False
    left, _ = _words_around(doc, mention, start)
    if not left or (left[-1],) not in _blast_rules()[3] or _negated(left[-2:-1], rules):
        return False
    sentence = [strip_conjunction(w) for w in WORD_RE.findall(doc.norm[doc.norm_index(start):doc.norm_index(mention.start)])]
    if any(word in rules["device_doubts"] for word in sentence):
        return False
    before = left[max(0, len(left) - 1 - rules["device_reach"]):-1]
    for i in range(len(before) - 1, -1, -1):
        if rules["device_nouns"].isdisjoint(strip_clitics(before[i])):
            continue
        other = i + 1 < len(before) and before[i + 1] in rules["device_others"]
        stem = before[i][2:]
        return before[i] in rules["devices"] and not other and (stem in told or stem + "ا" in told)
    return False


def _accused_of_act(doc: Document, mention: Mention, start: int, rules: dict) -> bool:
    """True when a named armed group is accused of an act named again, the accuser between
    the verb and it: "اتهمت السلطات جماعة X بتنفيذ الهجوم", "حملت الحكومة X مسؤولية التفجير".

    Why: the article adopts the accusation it reports as the act's author, as ACLED does;
    the accused must follow the verb, so an accusing group ("اتهمت X الجيش بـ") is not it."""
    if not _claiming_group(mention):
        return False
    left, after = _words_around(doc, mention, start)
    verb = next((i for i in range(len(left) - 1, max(len(left) - 2 - rules["accuser_gap"], -1), -1)
                 if left[i] in rules["accusers"]), None)
    if verb is None or _negated(left[verb - 1:verb], rules):
        return False
    for link in rules["links"]:
        if tuple(after[:len(link)]) == link:
            return _act_word(after[len(link):len(link) + 2], rules)
    return _names_act(after[:4], False, rules)


def _attributed_act(doc: Document, mention: Mention, start: int, rules: dict) -> bool:
    """True when a named armed group follows إلى after an act named again as the object of an
    attributing verb: "ونسب الهجوم إلى متمردي X", "وعزت السلطات التفجير إلى جماعة X"
    (`later_claims.attributions`; an attributor of up to `gap` words may stand between),
    unless a refusal stands before the verbal noun ("ورفض الجيش نسب الهجوم إلى X").

    Why: a roadside bomb told with no author ("قتل أربعة شرطيين في انفجار قنبلة") and pinned
    on a group in the next sentence by a passive attribution kept an unidentified author (or
    the state of the victims); ACLED codes the side the report attributes the act to, as it
    does for a claim or an accusation."""
    if not _claiming_group(mention):
        return False
    left, _ = _words_around(doc, mention, start)
    if len(left) < 3 or left[-1] not in rules["attribution_links"]:
        return False
    act = len(left) - 2
    if left[act] in rules["demonstratives"]:
        return False  # "نسب هذا الهجوم": read only with the act word right before إلى
    if not _act_word(left[act:act + 1], rules):
        return False
    verb = next((i for i in range(act - 1, max(act - 2 - rules["attribution_gap"], -1), -1)
                 if left[i] in rules["attributors"]), None)
    if verb is None or _negated(left[verb - 1:verb], rules):
        return False
    before = left[max(0, verb - rules["refusal_reach"]):verb]
    return not any(strip_conjunction(word) in rules["attribution_refusals"] for word in before)


def _claims_same_act_before(doc: Document, mention: Mention, start: int, trigger: Mention, words: int,
                            rules: dict) -> bool:
    """True when an earlier sentence tells the act with its claim as the verb's pronoun
    ("تفجير المسجد الذي أودى بحياة 27 شخصا وتبناه التنظيم") and the act's own sentence
    repeats its first `words` words, its head noun or the noun and its object
    ("ووقع تفجير المسجد أثناء الصلاة"): the same act, told again."""
    if not _claiming_group(mention):
        return False
    left, _ = _words_around(doc, mention, start)
    if not left or strip_conjunction(left[-1]) not in rules["pronoun_verbs"] or _negated(left[-2:-1], rules):
        return False
    act = WORD_RE.findall(doc.norm[doc.norm_index(trigger.start):doc.norm_index(trigger.start) + 60])[:words]
    told = WORD_RE.findall(doc.norm[doc.norm_index(start):doc.norm_index(mention.start)])[:-1]
    if len(act) < words:
        return False
    stems = {act[0], *strip_clitics(act[0])}
    return any(stems & {word, *strip_clitics(word)} and told[i + 1:i + words] == act[1:]
               for i, word in enumerate(told))


def _negated(before: list[str], rules: dict) -> bool:
    """True when the word before a claim verb negates it ("لم", "ولم")."""
    return bool(before) and (before[0] in rules["negations"]
                             or (before[0][:1] in {"و", "ف"} and before[0][1:] in rules["negations"]))


def _act_word(words: list[str], rules: dict) -> bool:
    """True when the words name an act, a demonstrative allowed before it ("هذا التفجير"), or
    the act as the object of a verbal noun, its ل glued on ("تبنيه للهجوم")."""
    words = words[1:] if words[:1] and words[0] in rules["demonstratives"] else words
    return bool(words) and (words[0] in rules["acts"] or (words[0].startswith("لل") and "ا" + words[0][1:] in rules["acts"]))


def _names_act(words: list[str], adopting: bool, rules: dict) -> bool:
    """True when the claim's object names the act: "مسؤوليته (الكاملة) عن الهجوم",
    "مسؤولية التفجير", right after an adopting verb ("تبنى (هذا) الهجوم"), or by a pronoun
    for the act just told ("المسؤولية عنها", `pronoun_objects`; "عن إطلاقها", `pronoun_acts`);
    a statement may stand between the verb and the responsibility noun ("في بيان على موقعه
    المسؤولية عن التفجير"), or by the adoption as a verbal noun after the verb ("أعلن X لاحقا
    تبنيه الهجوم": `adoption_nouns`, read like a responsibility noun).

    Why: "أعلن X تبنيه الهجوم" is as common as "أعلن X مسؤوليته عن الهجوم"; without it the
    claimed bombing kept an unidentified author."""
    if adopting and _act_word(words[:2], rules):
        return True
    # "أعلنت X (باليمن) عن إطلاقها" (not "إطلاقها سراح"): the claimant's place may stand before عن
    spoken = words[words.index("عن") + 1:] if "عن" in words[:2] else words
    if spoken[:1] and spoken[0] in rules["pronoun_acts"] and spoken[1:2] != ["سراح"]:
        return True
    for i, word in enumerate(words[:rules["object_reach"]]):
        if word in rules["adoption_nouns"]:
            return _act_word(words[i + 1:i + 3], rules)
        if word in rules["responsibility"]:
            tail = words[i + 1:i + 4]
            if tail[:1] and tail[0] in rules["pronoun_objects"]:
                return True
            if _act_word(tail[:2], rules):
                return True
            return "عن" in tail[:2] and _act_word(tail[tail.index("عن") + 1:], rules)
    return False


def _backs(doc: Document, assoc: Mention, agent: Mention | None, clause_start: int) -> bool:
    """True when the backer ("بإسناد من X") is told of the agent: no actor of another side
    stands between them ("تنفذ ميليشيات الحوثي حملات ... مع اقتراب القوات اليمنية، بإسناد من
    التحالف": the coalition backs the Yemeni forces, not the Houthis).  An agent the clause
    leaves out ("وشنت هجوما بدعم روسي") is the one backed."""
    if _backs_unnamed_force(doc, assoc):
        return False
    if agent is None or agent.value is None or agent.start < clause_start:
        return True
    backed = _backed_before(doc, assoc)
    if backed is not None and backed is not agent and backed.value is not None and not _same_side(backed.value, agent):
        return False
    if agent.start > assoc.end and _backs_camp_before(doc, assoc, agent, clause_start):
        return False
    start, end = (agent.end, assoc.start) if agent.end <= assoc.start else (assoc.end, agent.start)
    mates = camp_mates(agent.value.actor_id or "", doc.published)
    return not any(m.value is not None and not _same_side(m.value, agent) and m.value.actor_id not in mates
                   and m.value != assoc.value for m in doc.in_span("actor", start, end))


@functools.cache
def _inside_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_catalogue().lexicon["role_cues"]["owned_sites"]["inside"])


def _base_holding(doc: Document, site: Mention, mentions: list[Mention]) -> Mention | None:
    """The armed side whose base a struck building stands in ("استهدف مسجدا في مقر قوات
    الطوارئ": the emergency forces), or None: the side named right after "في/داخل"
    (`owned_sites.inside`) and one base noun (`owned_sites.sites`) following the building.

    Why: the building is where that side was hit, as its base would be; read as a civilian
    site it made the forces' losses civilians'.
    """
    sites, _ = _site_rules()
    for mention in mentions:
        if mention.start < site.end or mention.value is None or mention.value.inter not in ARMED:
            continue
        words = [strip_conjunction(w) for w in WORD_RE.findall(normalize(doc.text[site.end:mention.start]))]
        if len(words) == 2 and words[0] in _inside_words() and not sites.isdisjoint(strip_clitics(words[1])):
            return mention
    return None


@functools.cache
def _unspecific_people() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_catalogue().lexicon["unspecific_people"])


def _armed_side_counted(doc: Document, victims: Mention, marked: list[Mention], trigger: Mention,
                        clause_start: int) -> Mention | None:
    """The armed side whose post the act hit, told after it (`_owned_site`: "تفجير استهدف حاجزا
    للجيش", "التفجير في مسجد مقر قوات الطوارئ"), or that a verb of aim after the act names
    (`role_cues.aimed_at`: "هجوم انتحاري استهدف الشرطة"), when the victims are counted by a noun
    that names no side ("خمسة أشخاص", "الشهداء": `unspecific_people`); None otherwise.  A side
    only counted among the dead ("تسعة أشخاص بينهم ستة جنود"), blamed, or fought before the
    act is no aim of it.

    Why: the people counted at an armed side's post are that side's men; taken for
    civilians, a bombing of soldiers or police came out as violence against civilians'
    side.  Civilians named as such ("مدنيين") stay the side hit."""
    if _strip_article(strip_conjunction(normalize(victims.text))) not in {
            _strip_article(w) for w in _unspecific_people()}:
        return None
    cues = _role_cues()
    skip = frozenset(words[0] for words in cues["member_nouns"] + cues["target_skip"])
    return next((m for m in marked if m is not victims and m.start >= trigger.end and m.value is not None
                 and m.value.inter in ARMED and not m.attrs.get("victim")
                 and (_owned_site(doc, m, clause_start) or _preceded_by(doc, m, trigger.end, cues["aimed_at"], 1, skip))),
                None)


def _backs_camp_before(doc: Document, assoc: Mention, agent: Mention, clause_start: int) -> bool:
    """True when the side named last before the backer in the clause is of the backer's camp
    (`camps`; or an armed side of no camp) and the agent, named after the backer, is of neither:
    "تمكنت قوات الشرعية في اليمن، بإسناد من التحالف العربي، من صد محاولة تسلل حوثي".

    Why: the backer told after a side backs that side; with a place or a comma between them
    it was not read as its participle's, and went to the enemy the act names after it."""
    before = [m for m in doc.in_span("actor", clause_start, assoc.start)
              if m.value is not None and not m.attrs.get("in_source") and not m.attrs.get("assoc")]
    if not before or assoc.value is None or assoc.value.actor_id is None:
        return False
    backed = max(before, key=lambda m: m.end)
    if _same_side(backed.value, agent):
        return False
    mates = camp_mates(backed.value.actor_id or "", doc.published)
    # an armed side of no camp ("ألوية العمالقة، بدعم التحالف") may be backed by anyone
    ally = assoc.value.actor_id in mates or (not mates and backed.value.inter in ARMED)
    return ally and assoc.value.actor_id not in camp_mates(agent.value.actor_id or "", doc.published)


def _backed_side_of_pair(doc: Document, assoc: Mention | None, first: ActorRef | None,
                         trigger: Mention) -> ActorRef | None:
    """The force the clause's backer backs ("بدأت قوات يدعمها التحالف هجوما ... في أكبر معركة
    في الحرب بين التحالف والحوثيين"), when "بين X وY" names that backer itself as X; None otherwise.

    Why: the pair tells the sides of the war, where the backer stands for its camp; the act's
    own side is the ground force the backer was told backing, which leads it (ACLED: the backed
    force is actor1, the backer its associate), never the backer alone."""
    if assoc is None or first is None or assoc.value is None or assoc.value.name != first.name:
        return None
    backed = _backed_before(doc, assoc)
    if (backed is None or backed.value is None or backed.end > trigger.start
            or backed.value.name == first.name or backed.attrs.get("in_source")):
        return None
    return backed.value


def _backs_second_of_pair(doc: Document, assoc: Mention, second: ActorRef | None) -> bool:
    """True when the backer is told of the second side of "بين X وY" ("بين الحوثيين والقوات التي
    يدعمها التحالف"), or of a bare force noun no actor names: it backs that side, never X."""
    if _backs_unnamed_force(doc, assoc):
        return True
    backed = _backed_before(doc, assoc)
    return backed is not None and backed.value is not None and second is not None and backed.value.name == second.name


def _backed_before(doc: Document, assoc: Mention) -> Mention | None:
    """The actor the backing participle right before `assoc` agrees with ("قوات X المدعومة
    من Y": X), when only the cue words part them; None otherwise.

    Why: Y backs that actor; when it is the target ("قتل عناصر من X المدعومة من الحكومة
    في كمين نصبه Z"), reading Y as the attacker's backer made the victim's ally Z's.
    """
    cues = _assoc_cue_words()
    before = [m for m in doc.of_kind("actor") if m.end <= assoc.start and m is not assoc]
    if not before:
        return None
    previous = max(before, key=lambda m: m.end)
    words = WORD_RE.findall(normalize(doc.text[previous.end:assoc.start]))
    gap = " ".join(_strip_article(w) for w in words)
    return previous if gap and (gap in cues or _cue_and_gap(words)) else None


def _backs_unnamed_force(doc: Document, assoc: Mention) -> bool:
    """True when the backing participle follows a bare force noun no actor names
    ("هاجم X مواقع القوات المدعومة من Y"): Y backs those forces, not the agent.

    Why: the participle agrees with the noun right before it; with no actor there,
    reading Y as the agent's backer made the attacker's enemy its ally.
    """
    start = doc.norm_index(assoc.start)
    words = WORD_RE.findall(doc.norm[max(0, start - 40):start])
    cues = _assoc_cue_words()
    heads = _assoc_backed_heads()
    for n in (2, 1):
        if len(words) > n and " ".join(words[-n:]) in cues and strip_conjunction(words[-n - 1]) in heads:
            before = doc.norm.rfind(words[-n - 1], 0, start - len(" ".join(words[-n:])))
            return not any(doc.norm_index(m.start) <= before < doc.norm_index(m.end) for m in doc.of_kind("actor"))
    # the same after a relative pronoun, a glued ل or the backer's coordinated arms
    # ("مواقع لقوات يدعمها التحالف"، "القوات التي يدعمها التحالف")
    head = _bare_backed_head(doc.norm, start)
    return head is not None and not any(doc.norm_index(m.start) <= head.start() < doc.norm_index(m.end)
                                        for m in doc.of_kind("actor"))


UNARMED = frozenset({5, 6, 7})


@functools.cache
def _crowd_clashes() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_catalogue().lexicon["crowd_clashes"])


def _fought(trigger: Mention) -> bool:
    """A battle or a change of territory named as such ("معارك", "سيطرة"), not a generic attack
    or killing nor a clash with a crowd ("مواجهات"): its other side is armed, never the
    civilians or protesters the clause names.  A crowd word qualified as armed ("مواجهة
    مسلحة", `clash_adjectives`) is a fight: its state side met gunmen, not a crowd."""
    attrs = trigger.attrs
    form = (attrs.get("form") or "").split()[:2]
    armed = len(form) > 1 and form[1] in _clash_adjective_rules()[1]
    return (getattr(trigger.value, "sub_event_type", None) in _ON_THE_GROUND
            and not attrs.get("generic_attack") and not attrs.get("generic_killing")
            and not (form and form[0] in _crowd_clashes() and not armed))


_FROM_AFAR = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
_ON_THE_GROUND = frozenset({"Armed clash", "Government regains territory", "Non-state actor overtakes territory"})


def _air_backs_ground(doc: Document, agent: Mention | None, partner: Mention | None, trigger: Mention) -> bool:
    """"طيران التحالف والجيش ساهما في ...": in a ground battle an air arm named with a ground
    force backs it, so the ground force leads (ACLED codes the air arm as its associate)."""
    if (agent is None or partner is None or agent.value is None or partner.value is None
            or getattr(trigger.value, "sub_event_type", None) not in _ON_THE_GROUND):
        return False
    return _flies(doc, agent) and not _flies(doc, partner)


def _flies(doc: Document, mention: Mention) -> bool:
    """True when the mention names an air arm (`role_cues.air_arm`: "طيران التحالف", "طائرات X")."""
    words = tuple(strip_conjunction(w) for w in WORD_RE.findall(doc.norm[doc.norm_index(mention.start):
                                                                      doc.norm_index(mention.end)]))
    return any(words[:len(cue)] == cue for cue in _role_cues()["air_arm"])


_AIR_STRIKE_BREAK = re.compile(r"[،,.؛;:]")


def _strikes_from_air(doc: Document, mention: Mention) -> bool:
    """True when the mention is named only as the author of air strikes told right before it
    ("بمساندة ضربات جوية يشنها التحالف العربي", `role_cues.air_strikes` + `air_strike_links`).

    Why: like an air arm (`_flies`), the side that backs a ground force from the air fought no
    ground battle; counted as the story's foe, the Saudi-led coalition became the Houthis' side
    in clashes and seizures the text tells between Yemenis."""
    cues = _role_cues()
    links = {link[0] for link in cues["air_strike_links"]}
    before = doc.norm[max(0, doc.norm_index(mention.start) - 60):doc.norm_index(mention.start)]
    # (no farther back than a comma or a stop: "بعد غارات جوية، من الجيش" names the army anew)
    words = [strip_conjunction(w) for w in WORD_RE.findall(_AIR_STRIKE_BREAK.split(before)[-1])]
    for size in (2, 1):
        for start in range(max(0, len(words) - size - 3), len(words) - size + 1):
            if (tuple(words[start:start + size]) in cues["air_strikes"]
                    and all(w in links for w in words[start + size:])):
                return True
    return False


def _paired_sides(doc: Document, agent: Mention | None, partner: Mention | None, trigger: Mention,
                  clause_start: int) -> tuple[ActorRef, ActorRef] | None:
    """"تواصلت الاشتباكات بين X وY، في ظل قصف مكثف على ...": the two sides of "بين" before
    the act face each other, they are no allies; of the pair, a state's forces shell and
    strike from afar, so they lead a bombardment."""
    if (agent is None or partner is None or agent.value is None or partner.value is None
            or partner.end > trigger.start or not _preceded_by(doc, agent, clause_start, _role_cues()["between"], 1)):
        return None
    first, second = agent.value, partner.value
    if (getattr(trigger.value, "sub_event_type", None) in _FROM_AFAR and second.inter in (1, 8)
            and first.inter not in (1, 8)):
        first, second = second, first
    return first, second


def _victims_after(mentions: list[Mention], trigger: Mention, striker: ActorRef) -> ActorRef | None:
    """"تتواصل المعارك بين X وY، مع قصف جوي خلف عشرات الشهداء من المدنيين": the people
    an air strike by a foreign or outside air power is told to have killed after it are the
    side it hit, not the second side of the battle "بين" pairs before it.  (Other fire from
    afar there is folded into the battle it backs, `events.supports_a_clash`, which
    civilians never fight.)"""
    if getattr(trigger.value, "sub_event_type", None) not in _FROM_AFAR or not (
            striker.inter == 8 or striker.name.startswith(load_event_rules().air_powers)):
        return None
    return next((m.value for m in mentions if m.start >= trigger.end and m.attrs.get("victim")
                 and m.value is not None), None)


def _faces(doc: Document, agent: Mention, clause: tuple[int, int]) -> bool:
    """True when the agent opens a "بين X وY" pair that no "من جهة" marker splits: Y is X's
    counterpart, never its ally ("بين X وW من جهة، وY": W is, as `_between` reads it)."""
    return (_preceded_by(doc, agent, clause[0], _role_cues()["between"], 1)
            and _side_marker(doc, agent.end, clause[1]) is None)


def _joins_as_lead(doc: Document, agent: Mention | None, assoc: Mention | None, clause_start: int) -> bool:
    """"شرع الجيش الحر، بالتعاون مع الجيش التركي، في اقتحام ...": a foreign army taking part
    in a non-state group's operation is actor1 and the group its assoc (ACLED); an army
    that only backs it ("بدعم من") stays assoc."""
    if agent is None or assoc is None or agent.value is None or assoc.value is None:
        return False
    return (agent.value.inter in NON_STATE_ARMED and assoc.value.inter == 8 and not assoc.attrs.get("in_source")
            and _preceded_by(doc, assoc, clause_start, _role_cues()["joint_action"], 1))


def _same_side(ref: ActorRef | None, agent: Mention | None) -> bool:
    """True when `ref` names the agent's actor, under the same or another alias
    ("ميليشيات الحوثي ... تطارده الميليشيات"), or another force of the agent's state."""
    return agent is not None and ref is not None and agent.value is not None and (
        ref.name == agent.value.name or _one_state(ref, agent.value))


# Sub-types whose two named parties face each other even when joined by و.
_TWO_PARTY = frozenset({"Agreement", "Other", "Non-violent transfer of territory"})


def _act_owner(doc: Document, inside: list[Mention], trigger: Mention) -> Mention | None:
    """"أعلن حزب الله أن قصفه لإسرائيل ...": a verbal noun with a possessive pronoun is the
    act of the pronoun's owner, the armed side whose statement the clause opens with (an
    enemy named later in the clause, "المجزرة التي ارتكبها العدو", is no author of it)."""
    if trigger.attrs.get("voice") != "noun":
        return None
    word = normalize(doc.text[trigger.start:trigger.end])
    form = trigger.attrs.get("form") or ""
    if " " in word or not form or not any(word.endswith(form + suffix) for suffix in POSSESSIVE_SUFFIXES):
        return None
    return next((m for m in reversed(inside) if m.attrs.get("in_source") and m.end <= trigger.start
                 and m.value is not None and m.value.inter in ARMED), None)


def _own_forces_subject(doc: Document, inside: list[Mention], trigger: Mention) -> Mention | None:
    """"قال جيش الاحتلال إن قواته قصفت خلية مسلحة": a side's own men named by a pronoun
    (`role_cues.possessed_men`) right after the report opener, as the subject of the act's verb,
    are the speaking armed side's.

    Why: the pronoun is no actor mention, so the side after the verb, its object, was read
    as the one who fired."""
    if trigger.attrs.get("voice") != "active":
        return None
    start = doc.norm_index(trigger.start)
    before = [strip_conjunction(w) for w in WORD_RE.findall(doc.norm[max(0, start - 30):start])[-2:]]
    cues = _role_cues()
    if len(before) < 2 or (before[1],) not in cues["possessed_men"] or (before[0],) not in cues["report_openers"]:
        return None
    return next((m for m in reversed(inside) if m.attrs.get("in_source") and m.end <= trigger.start
                 and m.value is not None and m.value.inter in ARMED), None)


def _owned_control_noun(doc: Document, trigger: Mention) -> bool:
    """The trigger opens with a control noun a pronoun owns ("سيطرتها على", `owned_control`)."""
    first = normalize(doc.text[trigger.start:trigger.end]).split()[:1]
    return bool(first) and first[0] in _owned_control_rules()[0]


def _control_owner(doc: Document, mentions: list[Mention], targets: list[Mention], trigger: Mention) -> Mention | None:
    """"قطعت المقاومة طرق إمداد الحوثيين بعد سيطرتها على الطريق": ground whose control a
    pronoun owns (`owned_control`) was taken by the side the pronoun agrees with, the nearest
    armed side before it that no cue marks as a target and whose first word agrees
    (`_agrees`); the side named nearest is often a genitive of the words between (the supply
    lines cut), which the pronoun's gender or number rules out."""
    if not trigger.attrs.get("territory") or trigger.attrs.get("voice") != "noun":
        return None
    first = normalize(doc.text[trigger.start:trigger.end]).split()[:1]
    nouns, agreement = _owned_control_rules()
    if not first or first[0] not in nouns:
        return None
    pronoun = next((suffix for suffix in sorted(agreement, key=len, reverse=True) if first[0].endswith(suffix)), None)
    if pronoun is None:
        return None
    return next((m for m in reversed(mentions) if m.end <= trigger.start and m not in targets
                 and m.value is not None and m.value.inter in ARMED and _agrees(doc, m, agreement[pronoun])), None)


def _enabled_gainer(doc: Document, mentions: list[Mention], trigger: Mention, clause_start: int) -> Mention | None:
    """"وتمكنت المقاومة من دحر ما تبقى منهم"، "نجح الجيش في السيطرة على المدينة": the side
    named right after a verb of managing (`role_cues.enabled_gainer.verbs`) whose complement,
    after من or في (`links`), is the change of territory, is the side that gained it.

    Why: the gainer may stand far from the act's noun ("تمكنت الفصائل بعد هجمات نفذتها وهجمات
    مضادة من قوات النظام من السيطرة على مواقع"), and the sides nearer the act (the enemy's
    counter-attack; the enemy counted dead just before: "مقتل العشرات منهم وتمكنت المقاومة")
    were taken for the gainer, or the gainer for a side that lost men: the ground went to the
    side that lost it.  The side must follow the verb within `gap` words ("تمكنت خلالها
    المقاومة"); a pronoun subject ("تمكنوا من") names none here.  No hard break between.  After
    the link the act is a verbal noun, even one spelled as a verb ("من دحر")."""
    if not trigger.attrs.get("territory") or trigger.attrs.get("voice") not in {"noun", "active"}:
        return None
    rules = _enabled_gainer_rules()
    start = doc.norm_index(trigger.start)
    origin = max(doc.norm_index(clause_start), start - 300)
    left = doc.norm[origin:start]
    breaks = [i for i, ch in enumerate(left) if ch in _HARD_BREAK]
    if breaks:
        origin, left = origin + breaks[-1] + 1, left[breaks[-1] + 1:]
    tokens = list(WORD_RE.finditer(left))
    if not tokens or tokens[-1].group() not in rules["links"]:
        return None
    verbs = [i for i, t in enumerate(tokens) if strip_conjunction(t.group()) in rules["verbs"]]
    if not verbs or len(tokens) - verbs[-1] > rules["reach"]:
        return None
    verb = tokens[verbs[-1]]
    verb_end = origin + verb.end()
    for mention in sorted(mentions, key=lambda m: m.start):
        at = doc.norm_index(mention.start)
        if at < verb_end or mention.end > trigger.start:
            continue
        if (mention.attrs.get("in_source") or mention.value is None or mention.value.inter not in ARMED
                or len(WORD_RE.findall(doc.norm[verb_end:at])) > rules["gap"]):
            return None
        return mention
    return None


@functools.cache
def _enabled_gainer_rules() -> dict:
    """`role_cues.enabled_gainer` of the lexicon: verbs of managing, the links before the act, the gaps."""
    rules = load_catalogue().lexicon["role_cues"]["enabled_gainer"]
    return {"verbs": frozenset(normalize(w) for w in rules["verbs"]),
            "links": frozenset(normalize(w) for w in rules["links"]),
            "gap": int(rules["gap"]), "reach": int(rules["reach"])}


@functools.cache
def _owned_control_rules() -> tuple[frozenset[str], dict[str, dict[str, frozenset[str]]]]:
    """`owned_control` of the lexicon: its control nouns and, per pronoun, the word lists its owner agrees with."""
    rules = load_catalogue().lexicon["owned_control"]
    agreement = {normalize(pronoun): {name: frozenset(normalize(w) for w in words) for name, words in spec.items()}
                 for pronoun, spec in rules["agreement"].items()}
    return frozenset(normalize(w) for w in rules["nouns"]), agreement


def _agrees(doc: Document, mention: Mention, rule: dict[str, frozenset[str]]) -> bool:
    """The mention's first word agrees with a pronoun's `rule` (endings, words, or endings it may not have)."""
    words = normalize(doc.text[mention.start:mention.end]).split()
    if not words:
        return False
    head = words[0].removeprefix("و")
    bare = head.removeprefix("ال")
    if bare in rule.get("words", frozenset()) or any(head.endswith(e) for e in rule.get("endings", frozenset())):
        return True
    if "not_endings" in rule:
        return not any(head.endswith(e) for e in rule["not_endings"])
    return not rule


def _reported_launch(inside: list[Mention], trigger: Mention) -> Roles | None:
    """"أعلن الجيش الإسرائيلي تصديه لصواريخ قال إنها إيرانية": the state the speaker names
    as the weapon's owner fired it; the other state's armed side in the clause (usually the
    speaker) was fired at, and it is the actor of the interception itself."""
    owner = next((m for m in inside if m.value is not None and reported_owner(m)), None)
    if owner is None:
        return None
    other = next((m.value for m in inside if m.value is not None and m.value.inter in ARMED and not m.attrs.get("victim")
                  and m.value.country != owner.value.country), None)
    if getattr(trigger.value, "sub_event_type", None) == "Disrupted weapons use":
        return Roles(other, None, owner.value) if other is not None else None
    return Roles(owner.value, None, other)


def _downed_weapon(doc: Document, mentions: list[Mention], trigger: Mention) -> Mention | None:
    """"أسقطت الدفاعات الجوية طائرة مسيرة سورية", "قالت إنها اعترضت صاروخا إيرانيا": the
    state forces named by the craft or missile a disruption brought down (its first word a
    `reported_owner` weapon, within `downed_reach` words after the act) lost the weapon; they
    are the side disrupted (actor2), never the interceptor."""
    if getattr(trigger.value, "sub_event_type", None) != "Disrupted weapons use":
        return None
    weapons = _owner_rules()[0]
    reach = int(load_catalogue().lexicon["reported_owner"]["downed_reach"])
    for mention in mentions:
        if mention.start < trigger.start or mention.value is None or mention.value.inter not in ARMED:
            continue
        words = normalize(doc.text[mention.start:mention.end]).split()
        gap = normalize(doc.text[trigger.end:mention.start]).split() if mention.start > trigger.end else []
        if words and weapons.intersection(strip_clitics(words[0])) and len(gap) <= reach:
            return mention
    return None


def _weapon_authors(doc: Document, agents: list[Mention], mentions: list[Mention], trigger: Mention,
                    clause_start: int) -> list[Mention]:
    """"اعترضت الدفاعات الجوية صاروخا أطلقه الحوثيون", "فككت الشرطة عبوة زرعها X": in a
    disruption, an author marked after the act ("أطلقه X", "نفذه X") launched or planted the
    weapon brought down.  So does a side named right after a launching verb (`role_cues.launch`)
    anywhere in the clause, before the act too: "أعلن التحالف تدمير طائرتين أطلقهما الحوثيون
    ...، واعتراض ثلاثة صواريخ" (the interception told second shares the launch told first).
    Why: it is the side disrupted (actor2); the interceptor or the force that foiled it, the
    act's subject or the side announcing it, is actor1 (ACLED).  Read before the act, the
    launcher was the nearest side and came out as the interceptor of its own missiles."""
    if getattr(trigger.value, "sub_event_type", None) != "Disrupted weapons use":
        return []
    cues = _role_cues()
    skip = frozenset(words[0] for words in cues["member_nouns"] + cues["agent_skip"])
    # only a launching verb whose pronoun is the weapon ("أطلقه"، "أطلقتها"), or a bare one where
    # the act's own pronoun points back to what was launched ("أطلق الحوثيون صاروخا، وأعلنت
    # إسرائيل أنها اعترضته"): else the bare verb may be the interceptor firing its own missiles
    # ("أطلق الجيش صاروخ باتريوت واعترض طائرة") or opening fire ("أطلقت قوات الأمن النار")
    launch = tuple(words for words in cues["launch"] if words[-1].endswith(_OBJECT_PRONOUNS))
    act = doc.text[trigger.start:trigger.end].split()  # (raw: a ة is no pronoun)
    if act and act[0].endswith(_OBJECT_PRONOUNS) and len(act[0]) > 5:
        launch = cues["launch"]
    return [m for m in mentions if (m in agents and m.start >= trigger.end)
            or (m.value is not None and m.value.inter in ARMED and _preceded_by(doc, m, clause_start, launch, 1, skip))]


_OBJECT_PRONOUNS = ("ه", "ها", "هما")


def speaking_state(doc: Document, sentence_start: int, clause_end: int) -> ActorRef | None:
    """"قالت إسرائيل إنها أسقطت طائرة سورية": a country named right after a saying verb and
    right before "إنها/إنه" (`reported_owner` says/that), up to the end of the act's clause, speaks of its own
    deed; its military disrupted the weapon (a bare country name is no actor mention)."""
    _, says, that = _owner_rules()
    start, end = doc.norm_index(sentence_start), doc.norm_index(clause_end)
    for match in longest_first(scan(doc.norm, start, end, automaton=_country_automaton())):
        left = doc.norm[max(start, match.start - 20):match.start].split()
        right = doc.norm[match.end:end].split()
        if left and right and strip_conjunction(left[-1]) in says and right[0] in that \
                and any(strip_conjunction(word).startswith(_own_deeds()) for word in right[1:4]):
            return resolve_actor(f"state:{match.keys[0].split(':')[1]}:military", None, doc.published)
    return None


@functools.cache
def _own_deeds() -> tuple[str, ...]:
    """`reported_owner.own_deeds` of the lexicon, normalized: what a country tells it did for it
    to be the interceptor (`speaking_state`)."""
    return tuple(normalize(w) for w in load_catalogue().lexicon["reported_owner"]["own_deeds"])


def _attacker(agent: Mention | None, marked: list[Mention]) -> ActorRef | None:
    """The agent's ref; a person the text marks as the author of the act ("عملية طعن نفذها
    شاب", "هجوم بسكين نفذه رجل") is an unidentified armed attacker, never civilians (ACLED)."""
    if agent is None:
        return None
    if agent in marked and _family(agent.attrs.get("key") or "") == "generic:civilians":
        return generic_actor("unidentified", agent.value.country if agent.value else None)
    return agent.value


def _between(doc: Document, mentions: list[Mention], clause_start: int, trigger: Mention
             ) -> tuple[ActorRef, ActorRef | None, ActorRef | None] | None:
    """"اشتباكات بين X وY" right after the trigger: (X, Y, ally of X), in the order of mention.

    "بين X وW من جهة، وY من جهة أخرى": the first side ends at "من جهة" and W is X's ally;
    without the marker there is no ally.  A member noun may stand before X ("بين رجال X").
    """
    members = frozenset(words[0] for words in _role_cues()["member_nouns"])
    first = next((m for m in mentions if _preceded_by(doc, m, clause_start, _role_cues()["between"], 1, members)
                  and m.start >= trigger.end and _between_reaches(doc, trigger, m)), None)
    if first is None:
        return None
    described = _described_until(doc, first.end)
    rest = [m for m in mentions if m.start > first.start and not _same_side(m.value, first) and m.start >= described]
    marker = _side_marker(doc, first.end, rest[-1].start if rest else first.end)
    if marker is None:
        second = rest[0].value if rest else None
        lead = _lead_agent(doc, trigger.start)
        if second is not None and lead is not None and second.name == lead.name:
            return second, first.value, None
        return first.value, second, None
    allies = [m for m in rest if m.end <= marker]
    others = [m for m in rest if m.start >= marker]
    return first.value, others[0].value if others else None, allies[0].value if allies else None


def _described_until(doc: Document, end: int) -> int:
    """Raw offset where a relative clause describing the side that ends at `end` closes
    ("بين X، الذي يضم فصائل من المعارضة، وY": at the second comma); `end` when none opens there."""
    match = re.match(r"\s*[،,]\s*(\w+)", doc.text[end:end + 40])
    if match is None or normalize(match.group(1)) not in _role_word_set("relative_pronouns"):
        return end
    close = min((i for i in (doc.text.find(c, end + match.end()) for c in "،,") if i != -1), default=-1)
    return close if close != -1 else end


def _pair_anaphor(doc: Document, trigger: Mention) -> tuple[ActorRef, ActorRef] | None:
    """"اشتباكات بين الطرفين", "القتال بين الجماعتين": the two sides the story named before.

    The latest "بين X وY" of the story wins; else the latest armed side named (by name
    rather than a bare noun) and the latest one before it on the other side (no ally,
    no force of the same state), the one the story told attacking the other first
    ("هاجم X مواقع Y ... المعارك بينهما"), else in that order.  Only up to `pair_reach` sentences
    back, within the trigger's story.
    """
    if not _names_pair(doc, trigger):
        return None
    sentence = doc.sentence_at(trigger.start)
    if sentence is None:
        return None
    story_start = story_span(doc, trigger.start)[0]
    earlier = [s for s in doc.sentences if s.end <= sentence.start and s.start >= story_start and not s.is_title]
    spans = [(sentence.start, trigger.start)] + [(s.start, s.end) for s in reversed(earlier[-_pair_rules()["pair_reach"]:])]
    seen: list[Mention] = []
    attackers: list[ActorRef] = []
    for start, end in spans:
        attackers.extend(_active_subjects(doc, start, end))
        sides = [m for m in doc.in_span("actor", start, end) if _story_side(m)]
        stated = _stated_pair(doc, sides, start)
        if stated is not None:  # "بين X وY" tells no attacker: the order of mention stands
            return stated
        seen.extend(reversed(sides))
    # a name outranks a bare noun ("الجنود" may stand for either side's men)
    pool = [m for m in seen if not m.attrs.get("generic")] or seen
    if not pool:
        return None
    other = next((m for m in pool[1:] if _opposed(pool[0].value, m.value, doc.published)), None)
    return _attacker_first((pool[0].value, other.value), attackers) if other is not None else None


def _attacker_first(pair: tuple[ActorRef, ActorRef], attackers: list[ActorRef]) -> tuple[ActorRef, ActorRef]:
    """"هاجم الجيش مواقع المتمردين، واندلعت اشتباكات بينهما": the side the story told
    attacking the other (the nearest such telling) leads the clashes between them."""
    for ref in attackers:
        if _same_ref(ref, pair[1]) != _same_ref(ref, pair[0]):
            return pair if _same_ref(ref, pair[0]) else (pair[1], pair[0])
    return pair


def _same_ref(ref: ActorRef, other: ActorRef) -> bool:
    """True when two refs name one actor or two forces of one state."""
    return ref.name == other.name or _one_state(ref, other)


def _active_subjects(doc: Document, start: int, end: int) -> list[ActorRef]:
    """Actors named right after an active verb of violence in doc.text[start:end], last first:
    the sides the span tells attacking ("قصف الجيش", "هاجم مسلحو الحركة")."""
    actors = doc.in_span("actor", start, end)
    members = frozenset(words[0] for words in _role_cues()["member_nouns"])
    found = []
    for verb in doc.in_span("trigger", start, end):
        if verb.attrs.get("voice") != "active":
            continue
        subject = next((m for m in actors if m.start >= verb.end), None)
        gap = WORD_RE.findall(normalize(doc.text[verb.end:subject.start])) if subject is not None else []
        if (subject is not None and subject.value is not None and all(word in members for word in gap)
                and not subject.attrs.get("victim")):
            found.append(subject.value)
    return found[::-1]


def _names_pair(doc: Document, trigger: Mention) -> bool:
    """True when "بين" and a word for two sides (`pair_anaphors`) follow the trigger closely,
    or a pronoun for the two sides ("المعارك بينهما") follows a clash right away."""
    start = doc.norm_index(trigger.end)
    words = [strip_conjunction(w) for w in WORD_RE.findall(doc.norm[start:start + 60])[:5]]
    anaphors = _pair_rules()["anaphors"]
    pronouns = _pair_rules()["pronouns"]
    if (getattr(trigger.value, "sub_event_type", None) in pronouns["sub_event_types"]
            and any(word in pronouns["words"] for word in words[:pronouns["reach"]])):
        return True
    return any((word,) in _role_cues()["between"] and nxt in anaphors
               for word, nxt in zip(words[:4], words[1:], strict=False))


@functools.cache
def _pair_rules() -> dict:
    """Pair anaphors ("الطرفين") as a word set, and the reaches of "بين" and of the story's sides."""
    cues = load_catalogue().lexicon["role_cues"]
    reaches = {name: int(cues[name]) for name in ("pair_reach", "between_near", "between_far")}
    pronouns = cues["pair_pronouns"]
    return reaches | {"anaphors": frozenset(cue[0] for cue in _role_cues()["pair_anaphors"]),
                      "pronouns": {"words": frozenset(normalize(w) for w in pronouns["words"]),
                                   "reach": int(pronouns["reach"]),
                                   "sub_event_types": frozenset(pronouns["sub_event_types"])}}


def _story_side(mention: Mention) -> bool:
    """An armed side the narration names (no reporter, no diplomacy, no UN)."""
    ref = mention.value
    return (ref is not None and ref.inter in ARMED and not mention.attrs.get("in_source")
            and not mention.attrs.get("diplomatic") and not never_agent(ref))


def _opposed(first: ActorRef, second: ActorRef, date: dt.date | None) -> bool:
    """True when two refs can be the two sides of a fight: not one actor, one state or one camp."""
    return (first.name != second.name and not _one_state(first, second)
            and (second.actor_id or "") not in camp_mates(first.actor_id or "", date))


def _stated_pair(doc: Document, sides: list[Mention], start: int) -> tuple[ActorRef, ActorRef] | None:
    """"بين X وY" among the sides of one span: (X, Y)."""
    for first, second in zip(sides, sides[1:], strict=False):
        if (_preceded_by(doc, first, start, _role_cues()["between"], 1)
                and normalize(doc.text[first.end:second.start]).strip().startswith("و")
                and len(doc.text[first.end:second.start].split()) <= 2
                and _opposed(first.value, second.value, doc.published)):
            return first.value, second.value
    return None


def _between_reaches(doc: Document, trigger: Mention, mention: Mention) -> bool:
    """"اشتباكات بين X", "اشتباكات على أطراف حي ... قرب مطار ... بين X": "بين" governs the act
    when it follows within a few words, or further on across place phrases only (no
    comma or break, no other act, no actor in between)."""
    gap = doc.text[trigger.end:mention.start]
    words = len(gap.split())
    if words <= _pair_rules()["between_near"]:
        return True
    return (words <= _pair_rules()["between_far"] and not any(ch in _HARD_BREAK or ch in "،," for ch in gap)
            and not doc.in_span("trigger", trigger.end, mention.start)
            and not doc.in_span("actor", trigger.end, mention.start))


def _lead_agent(doc: Document, before: int) -> ActorRef | None:
    """The actor named right after an active verb of violence earlier in the sentence
    ("قصف الجيش الإسرائيلي مستشفى ..., بينما تدور معارك بين المقاومة والاحتلال"): the side
    the sentence tells of, which leads the clashes it goes on to report."""
    sentence = doc.sentence_at(before)
    if sentence is None:
        return None
    actors = doc.in_span("actor", sentence.start, before)
    for verb in doc.in_span("trigger", sentence.start, before):
        if verb.attrs.get("voice") != "active":
            continue
        subject = next((m for m in actors if m.start >= verb.end), None)
        if subject is not None and not doc.text[verb.end:subject.start].strip() and not subject.attrs.get("victim"):
            return subject.value
    return None


def _side_marker(doc: Document, start: int, end: int) -> int | None:
    """Raw offset just after "من جهة" (or a like marker) in doc.text[start:end], if any."""
    ns, ne = doc.norm_index(start), doc.norm_index(end)
    for cue in _role_cues()["side_marker"]:
        pos = doc.norm.find(" " + " ".join(cue), ns, ne)
        if pos != -1:
            return doc.raw_span(pos, pos + len(" ".join(cue)) + 1)[1]
    return None


def _marked(doc: Document, inside: list[Mention], mentions: list[Mention], trigger: Mention,
            clause: tuple[int, int]) -> tuple[list[Mention], list[Mention]]:
    """Agents and targets that a cue marks: passive agents, attribution and claims;
    target cues, victims, counted losses and a speaker's own losses."""
    clause_start, clause_end = clause
    cues = _role_cues()
    members = frozenset(words[0] for words in cues["member_nouns"])
    agent_skip = members | {words[0] for words in cues["agent_skip"]}
    # a civilian site a strike hits ("مجزرة بقصف منزل") is never its author, whatever cue stands before it
    agents = [m for m in mentions if not m.attrs.get("site") and (
              _preceded_by(doc, m, clause_start, cues["agent_passive"], 1, agent_skip)
              or _attributed_to(doc, m, clause_start) or _attributed_past_act(doc, m, trigger)
              or blamed(doc, m, clause_start) or _named_by_act(m)
              or m.attrs.get("speaker_act") or _wages_operation(doc, m, clause_start)
              or _genitive_agent(doc, m, trigger) or _ceded_to(doc, m, trigger, clause_start, agent_skip))]
    agents = [m for m in agents if not _author_of_later_act(doc, m, trigger) and not _blamed_for_act_after(doc, m, trigger)]
    skip = members | {words[0] for words in cues["target_skip"]}
    # "عقب استهداف طيران التحالف اجتماعا": an actor inside the act's own words is its author, not its target
    targets = [m for m in mentions if m not in agents and not _members_as_subject(doc, m, trigger, members)
               and not (m.start < trigger.end and trigger.start < m.end and not m.attrs.get("victim")) and (
        m.attrs.get("victim") or _preceded_by(doc, m, clause_start, cues["target"], 1, skip)
        or _campaign_reached(doc, m, clause_start, skip)
        or _preceded_by(doc, m, clause_start, cues["control"], 1, skip) or _casualties(doc, m, clause_start)
        or _driven_out(doc, m, clause_start) or _owned_site(doc, m, clause_start) or _expelled_after(doc, m, trigger)
        or (trigger.attrs.get("territory") and _fled(doc, m, clause_start)))]
    subject = _vso_subject(doc, targets, clause_start, mentions)
    if subject is not None and not agents:
        agents = [subject]
        targets = [m for m in targets if m is not subject]
    speaker = _speaker_losses(doc, inside, trigger, clause)
    if speaker is not None:
        targets.append(speaker)
    # a speaker telling of its own losses claims nothing ("إن مقاتلينا تعرضوا لهجوم قتل فيه خمسة من عناصرنا")
    claimant = None if agents or speaker is not None else _claimant(doc, inside, trigger)
    if claimant is not None:
        agents = [claimant]
        targets = [m for m in targets if m.value != claimant.value]
    return agents, targets


def _ceded_to(doc: Document, mention: Mention, trigger: Mention, clause_start: int, skip: frozenset[str]) -> bool:
    """True when a change of territory or a withdrawal tells the ground as lost to the side or
    left before its advance (`role_cues.ceded_to` right before it): "فقد الحوثيون السيطرة على
    المدينة لصالح المقاومة"، "انسحب المسلحون من البلدة أمام تقدم القوات".

    Why: the side after the cue gained the ground (EVENTS.md: the gainer is actor1); with no cue
    of its own it was read as the one that left it, and the side that lost it, the subject of
    the clause, came out as the gainer.  Territory acts only: "لصالح" elsewhere names a side
    served ("حرب بالوكالة لصالح دول"), no author."""
    changed = trigger.attrs.get("territory") or getattr(trigger.value, "sub_event_type", None) == _HANDOVER
    return bool(changed) and _preceded_by(doc, mention, clause_start, _role_cues()["ceded_to"], 1, skip) \
        and not _serving_before(doc, mention, clause_start)


def _serving_before(doc: Document, mention: Mention, clause_start: int) -> bool:
    """A verb or participle of fighting for or serving a side stands right before the ground
    cue (`role_cues.ceded_to_serving`): "بعد معارك مع مسلحين يقاتلون لصالح الهيئة" names the
    side the men fight for, not the side that gained the ground (code review, session 22)."""
    words, _, _ = _left_context(doc.norm, doc.norm_index(clause_start), doc.norm_index(mention.start),
                                doc.norm_index(mention.end))
    return not _serving_words().isdisjoint(words[-4:])


@functools.cache
def _serving_words() -> frozenset[str]:
    """`role_cues.ceded_to_serving`, normalized one-word cues."""
    return frozenset(cue[0] for cue in _role_cues()["ceded_to_serving"])


_HANDOVER = "Non-violent transfer of territory"


_NON_VIOLENT = "Strategic developments"


def _author_of_later_act(doc: Document, mention: Mention, trigger: Mention) -> bool:
    """True when the side follows a violent act's verb and is named as the author, by a relative
    verb right after it (one or two words: "ينفذها"), of a non-violent act's noun told after the
    verb ("فجرت كتيبة جنين عبوة في قوة إسرائيلية، وسط اعتقالات ينفذها الاحتلال").

    Why: the relative clause tells who made the arrests; read as a cue for every act of the
    clause, it made the occupying army the author of the bomb its enemy set off.  (A violent
    noun so described, "هجمات تبناها X", may be the verb's own act told again: left alone.)"""
    kind = getattr(trigger.value, "event_type", None)
    if trigger.attrs.get("voice") != "active" or mention.start < trigger.end or kind == _NON_VIOLENT:
        return False
    for other in doc.in_span("trigger", trigger.end, mention.start):
        gap = doc.text[other.end:mention.start]
        words = WORD_RE.findall(normalize(gap))
        # the relative verb carries the pronoun of the noun it describes; a preposition
        # ("بنيران"، "على يد") marks the author of the whole clause's act
        resumptive = any(word.endswith(("ه", "ها", "هم", "هما")) for word in words)
        if (getattr(other.value, "event_type", None) == _NON_VIOLENT and other.attrs.get("voice") == "noun"
                and 1 <= len(words) <= 2 and resumptive and not words[0].startswith("ب")
                and not _COMMA_OR_BREAK_RE.search(gap)):
            return True
    return False


@functools.cache
def _genitive_agent_rules() -> dict:
    """`role_cues.genitive_agent` of the lexicon as normalized word sets and the word gap."""
    rules = load_catalogue().lexicon["role_cues"]["genitive_agent"]
    words = {name: frozenset(normalize(w) for w in rules[name])
             for name in ("attack_nouns", "object_nouns", "attack_links", "counts", "not_objects", "equipment")}
    return words | {"gap": int(rules["gap"])}


def _genitive_agent(doc: Document, mention: Mention, trigger: Mention) -> bool:
    """"سقط شهيد في هجوم نحو 100 مستوطن على قرية"، "جراء تفجير 3 عناصر من X لعربات مفخخة":
    the side in the genitive right after an act's verbal noun (`role_cues.genitive_agent`),
    with the act's object told after it (على/ضد after an attack noun, a glued ل after a
    transitive one), is the act's author.

    Why: named after the act and with no cue of its own, that side was read as the one hit
    (or left the act to the country's default force), while the village or vehicles it hit
    named no side at all."""
    if trigger.attrs.get("voice") != "noun" or mention.start <= trigger.start or mention.attrs.get("victim"):
        return False
    rules = _genitive_agent_rules()
    gap = doc.norm[doc.norm_index(trigger.start):doc.norm_index(mention.start)]
    words = WORD_RE.findall(gap)  # the act's noun, then what stands before the side
    attack, transitive = _act_noun_kind(words[0]) if words else (False, False)
    if not (attack or transitive):
        return False
    between = words[1:]
    if (_COMMA_OR_BREAK_RE.search(gap) or gap[-1:].isalpha() or len(between) > rules["gap"]
            or not all(w.isdigit() or w in rules["counts"] for w in between)):
        return False
    named = WORD_RE.findall(doc.norm[doc.norm_index(mention.start):doc.norm_index(mention.end)])[:1]
    transitive = transitive and not (named and set(strip_clitics(named[0])) & rules["equipment"])
    return _object_link_follows(doc.norm[doc.norm_index(mention.end):], attack, transitive)


def _act_noun_kind(word: str) -> tuple[bool, bool]:
    """Whether a normalized word (clitics aside) is an attack noun, and whether it is a transitive
    act noun, of `role_cues.genitive_agent`."""
    rules = _genitive_agent_rules()
    readings = set(strip_clitics(strip_conjunction(word)))
    return not readings.isdisjoint(rules["attack_nouns"]), not readings.isdisjoint(rules["object_nouns"])


def _object_link_follows(text: str, attack: bool, transitive: bool) -> bool:
    """True when the object of an act's verbal noun is told within `genitive_agent.gap` words at
    the start of `text` (no comma or break): على/ضد after an attack noun, a glued ل after a
    transitive one (a ل-word of `not_objects` tells a time, no object)."""
    rules = _genitive_agent_rules()
    after = WORD_RE.findall(_COMMA_OR_BREAK_RE.split(text[:60])[0])[:rules["gap"] + 1]
    return any((attack and word in rules["attack_links"])
               or (transitive and word.startswith("ل") and word not in rules["not_objects"]) for word in after)


@functools.cache
def _driven_out_rules() -> dict:
    """`role_cues.driven_out` of the lexicon as normalized word sets and the reach."""
    rules = load_catalogue().lexicon["role_cues"]["driven_out"]
    words = {name: frozenset(normalize(w) for w in rules[name])
             for name in ("words", "holds", "remnants", "members", "from", "own_subject", "passive_forms",
                          "control_nouns", "control_prepositions", "fled", "relatives")}
    return words | {"reach": int(rules["reach"])}


def _driven_out(doc: Document, mention: Mention, clause_start: int) -> bool:
    """"بعد تحريرها من X", "طرد آخر جيوب X", "بهدف طرد مسلحي X منها": X is the side freed
    of a place or driven out of it, the loser of the act, whatever its place in the clause."""
    rules = _driven_out_rules()
    start = doc.norm_index(mention.start)
    left = doc.norm[max(doc.norm_index(clause_start), start - 80):start]
    if left[-1:].isalpha():
        return False  # a proclitic glued to the name ("للحوثيين") ties it to another word
    segments = _COMMA_OR_BREAK_RE.split(left)
    words = [strip_conjunction(w) for w in WORD_RE.findall(segments[-1])]
    if [w for w in words if w not in rules["holds"]] == ["من"] and len(segments) > 2:
        # "بعد تحرير البلدة، مركز الناحية، من قبضة X": the place's apposition set off by commas
        words = [strip_conjunction(w) for w in WORD_RE.findall(segments[-3])] + words
    frees = [i for i, w in enumerate(words) if not rules["words"].isdisjoint(strip_clitics(w))]
    if not frees:
        return False
    if words[-1:] and (words[-1] in rules["holds"] or words[-1] in rules["members"]):
        words = words[:-1]  # "من قبضة X", "من ميليشيات X"
    if words[-1:] == ["من"]:
        return len(words) - 2 - _ground_named_from(words, frees[-1], rules) <= rules["reach"]
    between = words[frees[-1] + 1:]
    # "طردوا منها المقاتلين": the place named back by a pronoun before the side driven out
    passive = words[frees[-1]] in rules["passive_forms"] and not _object_side_follows(doc, mention)
    place_back = rules["from"] if words[frees[-1]] in rules["own_subject"] or passive else frozenset()
    if len(between) > 2 or not set(between) <= rules["remnants"] | rules["members"] | place_back:
        return False
    after = _words_after_conjuncts(doc, mention)
    return not (rules["remnants"] | place_back).isdisjoint(between) or (bool(after) and after[0] in rules["from"])


def _expelled_after(doc: Document, mention: Mention, trigger: Mention) -> bool:
    """"تحرير مواقع في المديرية، بعد اختراق صفوف مسلحي X"، "تحرير المواقع يخفف الحصار الذي
    تفرضه X"، "عمدوا إلى طرد X": a side told after the verbal noun of freeing ground or driving
    a side out (`role_cues.expelled_after`), with no cue of its own, is the side driven out: the
    act's target, never its author by position.

    Why: such a noun names its gainer before it ("تمكنت القوات من تحرير") or not at all; the only
    side after it was the one expelled (or, further on, the holder of a siege the freeing eases),
    and read as the author the ground went to the side that lost it.  A side right after a noun
    whose object is the place ("تحرير الجيش للمدينة") is its genitive author and stays one; so
    is a side a cue marks ("بعد تحريرها من قبل المقاومة", taken as an agent before this).  Read
    up to `reach` words on, not past a hard break or a contrast ("فيما قصفت طائرات X"); a side
    after «من» ("تطهير المديرية من جيوب X") is left to `_driven_out`, which reads the words of
    holding and membership between."""
    if not trigger.attrs.get("territory") or mention.start < trigger.end or mention.attrs.get("in_source"):
        return False
    rules = _expelled_after_rules()
    form = str(trigger.attrs.get("form", ""))
    if form not in rules["nouns"] | rules["place_nouns"] or not _read_as_noun(doc, trigger, rules):
        return False
    gap = doc.text[trigger.end:mention.start]
    if any(ch in _HARD_BREAK for ch in gap) or _contrast_between(doc, trigger.end, mention.start):
        return False
    words = WORD_RE.findall(normalize(gap))
    if len(words) > rules["reach"] or any(strip_conjunction(w) in rules["from"] for w in words):
        return False  # "تطهير المديرية من جيوب X": the side freed of ground is `_driven_out`'s to read
    written = normalize(trigger.text).split()[-1]
    suffixed = written != form and written.endswith(("ه", "ها", "هم", "هما"))
    # "تحرير الجيش للمدينة": the place noun's genitive right after it is its author
    return bool(words) or suffixed or form not in rules["place_nouns"]


def _read_as_noun(doc: Document, trigger: Mention, rules: dict) -> bool:
    """The act's word is a verbal noun: so tagged, or spelled as a past verb ("طرد"، "دحر") but
    standing after a preposition or with one glued on ("إلى طرد"، "لطرد")."""
    if trigger.attrs.get("voice") == "noun":
        return True
    written = strip_conjunction(normalize(trigger.text).split()[0])
    before = WORD_RE.findall(doc.norm[max(0, doc.norm_index(trigger.start) - 20):doc.norm_index(trigger.start)])
    return written.startswith(("ل", "ب")) or (bool(before) and strip_conjunction(before[-1]) in rules["before"])


@functools.cache
def _expelled_after_rules() -> dict:
    """`role_cues.expelled_after` of the lexicon, normalized."""
    rules = load_catalogue().lexicon["role_cues"]["expelled_after"]
    return {name: frozenset(normalize(w) for w in rules[name]) for name in ("nouns", "place_nouns", "before", "from")} | {
        "reach": int(rules["reach"])}


def _fled(doc: Document, mention: Mention, clause_start: int) -> bool:
    """True when the clause tells the side's flight: a flight noun (`driven_out.fled`) right
    before it, a member noun at most between ("على أثر فرار مسلحي X"، "مع هروب عناصر X"), or a
    relative clause of flight right after it ("مسلحي X الذين فروا من البلدة مع دخول القوات").

    Why: the side whose flight a change of territory is told with left that ground; with no
    other cue it was taken, by position, for the side that gained it.  (Read for changes of
    territory only: the men who fled may still be the authors of another act.)  The word before
    the side is compared as written, or with only "و" before it (`_flight_word`)."""
    rules = _driven_out_rules()
    start = doc.norm_index(mention.start)
    left = doc.norm[max(doc.norm_index(clause_start), start - 40):start]
    before = WORD_RE.findall(_COMMA_OR_BREAK_RE.split(left)[-1])
    if before[-1:] and before[-1] in rules["members"]:
        before = before[:-1]
    if before and _flight_word(before[-1], rules["fled"]):
        return True
    end = doc.norm_index(mention.end)
    after = WORD_RE.findall(doc.norm[end:end + 30])[:2]
    return len(after) == 2 and after[0] in rules["relatives"] and after[1] in rules["fled"]


def _flight_word(word: str, fled: frozenset[str]) -> bool:
    """One of `driven_out.fled` as written, or after a conjunction "و" ("وفرار"); no other
    proclitic is cut.

    Why: the ف of "فرار" is a root letter, and cutting proclitics made "وفرت" (provided) "فرت"
    (fled): a force that gave air cover read as one that left the ground."""
    return word in fled or (word.startswith("و") and word[1:] in fled)


def _ground_named_from(words: list[str], verb: int, rules: dict) -> int:
    """Index after which the ground of the verb at `verb` is named: the verb itself, or the
    preposition of a control noun told after it ("استعادوا السيطرة على"، "استعاد المقاتلون
    السيطرة على"; `control_nouns`, `control_prepositions` of `role_cues.driven_out`).

    Why: "استعادوا السيطرة على عشر قرى في جنوب اليمن من قوات X" names as much ground as
    "حرروا عشر قرى ... من X"; counted as ground, the control noun (and a subject told before it)
    pushed the loser past the reach and the loser, the only side the clause names, was read as
    the gainer."""
    pairs = [i for i in range(verb + 2, len(words))
             if words[i] in rules["control_prepositions"] and words[i - 1] in rules["control_nouns"]]
    return pairs[-1] if pairs else verb


def _freed_of_agent(doc: Document, agent: Mention | None, trigger: Mention) -> bool:
    """True when the agent found for a change of territory (by position, or as the author
    of a claim) is a side its sentence tells was driven out of ground ("قال ضابط موال
    للجماعة إن الجماعة تدرس خياراتها بعد تحرير المدينة من مسلحي الجماعة"، "بعد تحرير عدن
    من الحوثيين، وغداة تحرير القاعدة").

    Why: a side never gains the ground it is freed of, nor the ground freed next to it
    in the same breath; such a subject belongs to another verb (or is the genitive of
    another noun), so the gainer is left to the side the story sets against the loser."""
    if agent is None or agent.value is None or not trigger.attrs.get("territory"):
        return False
    sentence = doc.sentence_at(trigger.start)
    if sentence is None:
        return False
    return any(m.value is not None and m.value.name == agent.value.name
               and m.start >= agent.start and _driven_out(doc, m, sentence.start)
               for m in doc.in_span("actor", sentence.start, sentence.end))


def _object_side_follows(doc: Document, mention: Mention) -> bool:
    """True when another side follows the mention in the same stretch (no comma or stop between)
    and is not joined to it by و: "طرد منها الجيش مقاتلي X" names X as the object, the army as subject."""
    for other in doc.in_span("actor", mention.end, mention.end + 60):
        gap = doc.text[mention.end:other.start]
        if any(ch in _HARD_BREAK or ch in "،," for ch in gap):
            return False
        if not _joined_by_and(gap):
            return True
    return False


def _words_after_conjuncts(doc: Document, mention: Mention) -> list[str]:
    """The normalized words after a side and those joined to it by و ("مسلحي الحوثي وقوات صالح",
    "مسلحي الحوثي وصالح", "عناصر التنظيم وحلفائه"): a named ally or a single و-word.

    Why: "وطرد مسلحي X وY من المدينة" drives both out; read with "وY" as the word after X, the
    "من" of the expulsion was missed and the side driven out became the one that took the town."""
    end = mention.end
    for other in doc.in_span("actor", mention.end, mention.end + 60):
        if other.start >= end and _joined_by_and(doc.text[end:other.start]):
            end = other.end
    words = WORD_RE.findall(doc.norm[doc.norm_index(end):doc.norm_index(end) + 40])
    if len(words) > 1 and words[0].startswith("و") and len(words[0]) > 1 and words[1] in _driven_out_rules()["from"]:
        words = words[1:]
    return words[:1]


@functools.cache
def _site_rules() -> tuple[frozenset[str], int]:
    """(site nouns, reach) of `role_cues.owned_sites`, normalized."""
    rules = load_catalogue().lexicon["role_cues"]["owned_sites"]
    return frozenset(normalize(w) for w in rules["sites"]), int(rules["reach"])


@functools.cache
def _not_after_site() -> frozenset[str]:
    """`role_cues.owned_sites.not_after`, normalized: words before a site that make its glued owner no target."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["role_cues"]["owned_sites"]["not_after"])


def _owned_site(doc: Document, mention: Mention, clause_start: int) -> bool:
    """"استهدفت مطار التيفور العسكري التابع للنظام": the owner of a site named just before
    "التابع ل" was hit in it, whatever the distance from the act's target verb.  So was
    the owner glued to the site by ل alone ("هجوم على مركز للشرطة", "هاجموا مقرا للجيش"):
    a post, checkpoint or base named by its force is the force attacked, not the attacker
    (unless the fire came from it or someone was held in it: `not_after`, "قصف من موقع للجيش").
    So is the owner a site's noun governs in construct ("هجوم على مسجد قوات الطوارئ"،
    "استهدف مقر الشرطة"): the site is that force's."""
    sites, reach = _site_rules()
    start = doc.norm_index(mention.start)
    left = _BREAK_RE.split(doc.norm[max(doc.norm_index(clause_start), start - 80):start])[-1]
    words = WORD_RE.findall(left)
    if (len(words) > 1 and left[-1:].isspace() and left.rstrip()[-1:].isalpha() and not words[-1].startswith("ال")
            and _ends_with_site(words, _not_after_site())):
        return True
    glued = bool(words) and left[-1:].isalpha() and words[-1] in {"ل", "لل"}
    if glued:
        words.pop()  # the proclitic of "للنظام"
        site = words[:-1] if words and words[-1] in _owned_adjective_rules()[0] else words  # "موقع عسكري للجيش"
        if (site and not _not_after_site().intersection(site[-2:-1])
                and any(not sites.isdisjoint(strip_clitics(w)) for w in (site[-1], site[-1].removesuffix("ا")))):
            return True
    if not words or words[-1] not in _belonging():
        return False
    return any(not sites.isdisjoint(strip_clitics(w)) for w in words[-1 - reach:-1])


@functools.cache
def _campaign_reach_rules() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], int]:
    """(verbs as cue phrases, campaign nouns, reach) of `role_cues.campaign_reach`, normalized."""
    rules = load_catalogue().lexicon["role_cues"]["campaign_reach"]
    return (tuple((normalize(w),) for w in rules["verbs"]), frozenset(normalize(w) for w in rules["nouns"]),
            int(rules["reach"]))


def _campaign_reached(doc: Document, mention: Mention, clause_start: int, skip: frozenset[str]) -> bool:
    """"شنت الشرطة حملة اعتقالات شملت عناصر X": a side right after a verb of reach (`role_cues.
    campaign_reach.verbs`) was hit when an arrest or raid noun stands a few words before that verb.

    Why: "شمل" and "طال" only say "included" and "reached"; with no such campaign before them an
    operation "شملت قوات X" names its own forces, and read as its target they fought their allies."""
    verbs, nouns, reach = _campaign_reach_rules()
    if not _preceded_by(doc, mention, clause_start, verbs, 1, skip):
        return False
    start = doc.norm_index(mention.start)
    words = WORD_RE.findall(_BREAK_RE.split(doc.norm[max(doc.norm_index(clause_start), start - 160):start])[-1])
    verb = max((i for i, word in enumerate(words) if (strip_conjunction(word),) in verbs), default=None)
    return verb is not None and any(not nouns.isdisjoint(strip_clitics(word)) for word in words[max(0, verb - reach):verb])


def _wages_operation(doc: Document, mention: Mention, clause_start: int) -> bool:
    """"قتل جندي خلال عمليات للجيش ضد مسلحي X": a side an operation noun is told of by ل
    (`role_cues.operation_owner`) wages the operation, so it is the agent of what happens in
    it even where one of its own men fell: its loss does not make the enemy the attacker."""
    return _preceded_by(doc, mention, clause_start, _role_cues()["operation_owner"], 1)


def _named_by_act(mention: Mention) -> bool:
    """"بضربة جوية أمريكية", "لقصف إسرائيلي": a state force named by its act is its author."""
    alias = (mention.attrs.get("alias") or "").split()
    return bool(alias) and (mention.attrs.get("key") or "").startswith("state:") and (alias[0],) in _role_cues()["act_heads"]


def _members_as_subject(doc: Document, mention: Mention, trigger: Mention, members: frozenset[str]) -> bool:
    """"اعتقلت عناصر من X ناشطا", "هاجم مسلحو X القرية": members of a group right after an
    active verb are its subject, not a target (a killing verb is left out: "قتل عناصر من X"
    is most often passive); so are members named right before it ("إن عناصر من X هاجموا"),
    or right before the control they hold ("أحكمت عناصر X سيطرتها على المثلث": the owned
    control noun stands for the verb)."""
    owned = trigger.attrs.get("voice") == "noun" and _owned_control_noun(doc, trigger)
    if (trigger.attrs.get("voice") != "active" and not owned) or trigger.attrs.get("generic_killing"):
        return False
    if mention.end <= trigger.start:
        gap = WORD_RE.findall(doc.norm[doc.norm_index(mention.end):doc.norm_index(trigger.start)])
        before = WORD_RE.findall(doc.norm[max(0, doc.norm_index(mention.start) - 30):doc.norm_index(mention.start)])
        before = [strip_conjunction(w) for w in before[-2:]]
        last = before[-1] if before else ""
        return not gap and (last in members or (len(before) == 2 and last == "من" and before[0] in members))
    if mention.start < trigger.end or owned:
        return False
    words = WORD_RE.findall(doc.norm[doc.norm_index(trigger.end):doc.norm_index(mention.start)])
    return 1 <= len(words) <= 2 and words[0] in members and words[1:] in ([], ["من"])


def _vso_subject(doc: Document, targets: list[Mention], clause_start: int,
                 mentions: list[Mention]) -> Mention | None:
    """"استهدفت قوات النظام بالقذائف مناطق سيطرة X": the actor right after a target verb
    is its subject when another target follows it, another side right after it
    ("استهدفت القسام قوات الاحتلال بقذائف الهاون": the verb, its subject, its object),
    or when it is an air arm ("استهدفت طائرات التحالف مواقع قتالية": aircraft after the
    verb strike, they are not struck); alone ("استهدفت دورية للجيش بعبوة", passive) it
    stays the target.  After the verbal noun ("باستهداف الجماعة مدينة إيلات") it is the
    subject when the place or civilian site it struck follows at once ("إثر استهداف قوات X
    منزلا": a noun's genitive followed by its object is its author).  People or buildings hit
    are never it."""
    verbs = {words[0] for words in _role_cues()["vso_target_verbs"]}
    nouns = {words[0] for words in _role_cues()["vso_target_nouns"]}
    members = {words[0] for words in _role_cues()["member_nouns"]}
    for mention in targets:
        if mention.attrs.get("victim"):  # "قصف استهدف منازل وخياما للنازحين": homes are what it hit
            continue
        start = doc.norm_index(mention.start)
        words, clitic, _ = _left_context(doc.norm, doc.norm_index(clause_start), start, doc.norm_index(mention.end))
        if clitic or not words:
            continue
        # "استهدف مقاتلو X قوات Y", "استهدف مقاتلو حركة X بارجة Y": the men of X are the subject
        bare = words[:-2] if len(words) > 2 and words[-1] in members and words[-2] in members else words[:-1]
        if words[-1] in members and bare and bare[-1] in verbs:
            words = bare
        if words[-1] in verbs and (any(other.start >= mention.end and other.value != mention.value for other in targets)
                                   or _site_follows(doc, mention) or _side_follows(doc, mention, mentions)
                                   or _place_follows(doc, mention) or _flies(doc, mention)
                                   or _nominative_plural(doc, mention)):
            return mention
        if words[-1] in nouns and (_place_follows(doc, mention) or _site_follows(doc, mention)
                                   or _noun_object_follows(doc, mention, targets)):
            return mention
    return None


def _nominative_plural(doc: Document, mention: Mention) -> bool:
    """The actor opens with a nominative plural ("استهدف الحوثيون أمس مدينة نجران"،
    "استهدف مسلحون بارجة"): after a verb that case is its subject's; its object would
    read "الحوثيين"."""
    words = WORD_RE.findall(doc.norm[doc.norm_index(mention.start): doc.norm_index(mention.end)])[:1]
    return bool(words) and len(words[0]) > 4 and words[0].endswith("ون")


def _noun_object_follows(doc: Document, mention: Mention, targets: list[Mention]) -> bool:
    """True when the object of the verbal noun follows `mention` at once: another side's post
    ("قصف القسام مواقع الاحتلال": a target of another side within two words, no break) or
    an indefinite accusative target word ("قصف القسام موقعا عسكريا", a `role_cues.target`
    word ending in the accusative alif), or a member noun without the article ("إثر استهداف
    قوات X عناصر تأمين": a definite genitive takes no indefinite noun after it, so that
    noun is the object and the genitive its author).  A side joined by "و" ("استهداف جنود
    وآليات X") is struck with it, no object of it."""
    end = doc.norm_index(mention.end)
    after = WORD_RE.findall(doc.norm[end:end + 40])[:1]
    cues = {words[0] for words in _role_cues()["target"] if len(words) == 1}
    members = {words[0] for words in _role_cues()["member_nouns"]}
    if after and ((after[0] in cues and after[0].endswith("ا")) or after[0] in members):
        return True
    return any(other.start >= mention.end and other.value != mention.value and not other.attrs.get("victim")
               and _short_unbroken_gap(doc.text[mention.end:other.start]) for other in targets)


def _short_unbroken_gap(gap: str) -> bool:
    """At most two words, no comma or break, and no "و" opening them: the side after
    an act noun's genitive is its object, not a second side joined to the first."""
    return not _COMMA_OR_BREAK_RE.search(gap) and len(gap.split()) <= 2 and not gap.strip().startswith("و")


def _side_follows(doc: Document, mention: Mention, mentions: list[Mention]) -> bool:
    """True when another side's mention follows `mention` with only a space between: after a
    target verb, the first of two sides side by side is its subject, the second its object.
    A side named by an act's own word ("استهدف الجيش انتحاريا") is no such object: the
    verb's target is the act's author, who must stay unread."""
    return any(other.start >= mention.end and other.value != mention.value and not other.attrs.get("victim")
               and not doc.text[mention.end:other.start].strip()
               and not doc.in_span("trigger", other.start, other.end) for other in mentions)


def _site_follows(doc: Document, mention: Mention) -> bool:
    """"استهدف الاحتلال مستشفى العودة": a civilian site (`struck_sites.sites`) right after the
    actor is the target verb's object, so the actor between them is its subject."""
    start = doc.norm_index(mention.end)
    after = tuple(WORD_RE.findall(doc.norm[start:start + 40])[:3])
    sites = _site_words()["sites"]
    return any(after[:n] in sites for n in (1, 2, 3))


@functools.cache
def _place_links() -> frozenset[str]:
    """`role_cues.place_links`, normalized: prepositions that make a place where an act was, not its object."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["role_cues"]["place_links"])


def _place_follows(doc: Document, mention: Mention) -> bool:
    """True when a place mention follows `mention` as a direct object (at most one word, such
    as "مدينة", and no preposition between): the place is what the act noun before it hit;
    "استهداف رجال الأمن في بيت ..." tells where they were hit, not who hit."""
    for place in doc.in_span("place", mention.end, mention.end + 25):
        gap = doc.text[mention.end:place.start]
        words = normalize(gap).split()
        if len(words) <= 1 and not any(ch in _HARD_BREAK for ch in gap) and _place_links().isdisjoint(words):
            return True
    return False


def _structural_agent(doc: Document, inside: list[Mention], able: list[Mention], targets: list[Mention],
                      trigger: Mention, clause: tuple[int, int]) -> Mention | None:
    """The agent no cue marks: a blast noun's stated author (else nobody), the subject
    of the verb a device is the instrument of, or the agent by position."""
    noun = trigger.attrs.get("voice", "noun") == "noun"
    if noun and _inquiry_topic(doc, trigger):
        return None
    if noun and is_blast(trigger):
        return _blast_agent(doc, able, targets, trigger, clause[0])
    if noun and _fired_instrument(trigger):  # "هاجم مقاتلو X قوات Y بقذائف الهاون"
        subject = _verb_subject(doc, [m for m in able if m not in targets and not m.attrs.get("victim")],
                                trigger, clause[0])
        if subject is not None:
            return subject
    if noun and is_blast_type(getattr(trigger.value, "sub_event_type", None)):  # "هاجموا الدورية بعبوة"
        free = [m for m in able if m not in targets and not m.attrs.get("victim")]
        subject = _verb_subject(doc, free, trigger, clause[0])
        if subject is not None:
            return subject
        if _definite_after_preposition(doc, trigger):
            return None
    return _unmarked_agent(doc, inside, able, targets, trigger, clause)


def _fired_instrument(trigger: Mention) -> bool:
    """True for shells, missiles or strikes named as the instrument of a verb, with the
    preposition ب glued on ("هاجم مقاتلو X قوات Y بقذائف الهاون"، "قصفت القوات البلدة
    بالصواريخ"); a weapon word whose own first letter is ب ("براميل") is no instrument.

    Why: the verb's subject fired them; by position alone the side named
    right before the weapon, the verb's object, would be taken as its author."""
    if getattr(trigger.value, "event_type", None) != "Explosions/Remote violence":
        return False
    written = normalize(trigger.text).split()[0]
    form = str(trigger.attrs.get("form", "")).split()[:1]
    return written.startswith("ب") and not (form and form[0].startswith("ب"))


def _inquiry_topic(doc: Document, trigger: Mention) -> bool:
    """A definite act noun that is the topic of an inquiry ("فتحت الشرطة تحقيقا في التفجير"،
    "التحقيقات حول الهجوم"): an `inquiry_words` word right before its topic preposition.

    Why: the act was told before; the police or court investigating it came out as its
    author when the re-mention was merged into the act."""
    if not normalize(trigger.text).startswith("ال"):
        return False
    before = WORD_RE.findall(doc.norm[max(0, doc.norm_index(trigger.start) - 30):doc.norm_index(trigger.start)])
    cues = _role_cues()
    return len(before) >= 2 and (strip_conjunction(before[-1]),) in cues["topic_prepositions"] \
        and (strip_conjunction(before[-2]),) in cues["inquiry_words"]


def _definite_after_preposition(doc: Document, trigger: Mention) -> bool:
    """A definite bombing noun after a preposition (`role_cues.topic_prepositions`, or
    `topic_prefixes` written on it;
    "مشتبه به مرتبط بالهجوم الانتحاري"، "تحقيق في التفجير"): the act told
    before, named as the topic of another verb.

    Why: the subject before it ("عناصر من الشرطة قاموا بتحديد هوية ...")
    did that other thing; with no planting verb or stated author the bomber
    is unidentified (ACLED)."""
    word = normalize(trigger.text).split()[0]
    if word.startswith(tuple(prefix for (prefix,) in _role_cues()["topic_prefixes"])):
        return True
    before = WORD_RE.findall(doc.norm[max(0, doc.norm_index(trigger.start) - 12):doc.norm_index(trigger.start)])
    return word.startswith("ال") and bool(before) and (strip_conjunction(before[-1]),) in _role_cues()["topic_prepositions"]


def _unmarked_agent(doc: Document, inside: list[Mention], mentions: list[Mention], targets: list[Mention],
                    trigger: Mention, clause: tuple[int, int]) -> Mention | None:
    """The agent when no cue marks one: by position, the other side of a counted
    loss, a source, the subject of an earlier clause, or an actor after the act."""
    clause_start = clause[0]
    passive = trigger.attrs.get("voice", "noun") == "passive"
    agent = None if passive else _agent(mentions, targets, trigger, doc)
    if agent is None:
        agent = _other_party(doc, targets, clause)
    toll = trigger.attrs.get("generic_killing") and (
        trigger.attrs.get("voice") == "noun" or _counted_dead_before(doc, targets, trigger, clause_start)
        or _counted_dead_after(doc, trigger))
    if agent is None and (passive or toll):
        agent = _reporting_side(doc, inside, targets, trigger, clause_start)
    # "قال مسؤول الشرطة إن 13 شخصا قتلوا في هجومين": people told dead before the act name its toll, not the speaker's deed
    dead_first = any(m.end <= trigger.start and m.attrs.get("victim") for m in targets) and any(
        n.attrs.get("role") in ("killed", "wounded") for n in doc.in_span("number", clause_start, trigger.start))
    dead_first = dead_first or _fell_in_the_act(doc, trigger, clause_start)
    if agent is None and not passive and not toll and not dead_first:  # who announces a bare toll did not kill
        # a speaker only after the act ("..., وقال الجيش إن المنفذ فر") reports on it; so does one whose own
        # side a one-sided act hit ("أعلن الجيش أن ثلاثة من أفراد الجيش قتلوا إثر سقوط قذيفة"): it did not
        # fire (a side that lost men in a clash still fought in it)
        one_sided = getattr(trigger.value, "sub_event_type", None) != "Armed clash"
        agent = next((m for m in inside if m.attrs.get("in_source") and not m.attrs.get("victim") and m not in targets
                      and not (one_sided and _own_side_hit(m, targets)) and not m.attrs.get("diplomatic")
                      and m.end <= trigger.start and not _commenter(m) and not _beside_witnesses(doc, m)
                      and not _capital_speaker(doc, m) and not _outlet_owner(doc, m)
                      and not _incoming_weapon(doc, trigger) and not _tells_of_another_state(doc, m, trigger)
                      and not _tells_another_subject(doc, m, trigger)), None)
        if agent is None and any(m.attrs.get("in_source") and m.end <= trigger.start
                                 and _tells_another_subject(doc, m, trigger) for m in inside):
            return None  # the report names its own doer, one no catalogue knows: the act's author is unknown
        launched = [ref for ref in _launching_countries(doc, trigger, clause_start) if ref is not None] \
            if agent is not None and agent.value is not None else []
        if launched and all(ref.country != agent.value.country for ref in launched):
            # "أكد الجيش الروسي أن الضربات التي شنتها الولايات المتحدة ...": the countries the report
            # names as launching the act launched it (found later, `_launching_countries`), not the speaker
            agent = None
    if agent is None and not passive and not any(m.end <= trigger.start and not m.attrs.get("victim")
                                                 for m in mentions):
        agent = _dropped_subject(doc, clause_start, {m.value.name for m in targets if m.value}, trigger.start)
    if agent is None and not passive:
        # an actor after the act, unless a denied act stands between ("استهدفت X ولم تقصف Y"): Y is its object;
        # nor one joined by و to a side hit, of another actor or the same one under another name ("إصابة
        # ثلاثة جنود X وجندي Y", "قتلى في صفوف مليشيات X والحوثي"): it was hit with it; nor the side
        # whose site the act struck, told again after it ("استهدف مسجدا بمقر قوات X أثناء صلاة منسوبي
        # قوات X"): it is still the target
        agent = next((m for m in mentions if m.start >= trigger.end and m not in targets
                      and not _named_again_after_hit(doc, m, targets, (trigger, clause_start))
                      and not m.attrs.get("victim") and not _denied_act_between(doc, trigger.end, m.start)
                      and not any(t.end <= m.start and _joined_by_and(doc.text[t.end:m.start]) for t in targets)), None)
    return agent


@functools.cache
def _own_force_words() -> frozenset[str]:
    """First words of the military and police `force_heads`, without ال: the nouns by which a
    speaking force names its own men, craft and fire ("الطيران", "قواته")."""
    lex = load_catalogue().lexicon["force_heads"]
    words = (normalize(w).split()[0] for kind in ("military", "police") for w in lex[kind])
    return frozenset(map(_strip_article, words))


def _tells_another_subject(doc: Document, speaker: Mention, trigger: Mention) -> bool:
    """True when the speaker's report opens with a subject of its own before the act: a bare
    "أن/إن" then a noun that is no force word, no word of the act and no named side ("أعلن
    الجيش الروسي أن تحالف الدول الغربية الثلاث أطلق 103 صواريخ").

    Why: a speaker is read as telling of its own act only where the report leaves the doer
    unsaid or names it by the speaker's own men ("أنه قصف"، "إن قواته قصفت"، "أن الطيران
    الحربي أغار"); a doer the report names, even one no catalogue knows, is not the speaker,
    which only reports (Russia announcing the Western strikes on Syria became their author)."""
    end = speaker.attrs.get("source_end")
    if not end or end > trigger.start:
        return False
    base = doc.norm_index(end)
    segment = doc.norm[base:doc.norm_index(trigger.start)]
    found = list(WORD_RE.finditer(segment))  # the words with their offsets: "ان" is no part of "بيان"
    words = [m.group() for m in found]
    that = next((i for i, w in enumerate(words[:4]) if strip_conjunction(w) in ("ان", "بان")), None)
    # the subject opens a short clause that runs on to the act (no comma, a few words)
    if that is None or that + 2 >= len(words) or len(words) - that > 9 or any(
            ch in "،," for ch in segment[found[that].end():]):
        return False
    forces = _own_force_words()
    for subject in {words[that + 1], strip_conjunction(words[that + 1])}:  # "وحدات" keeps its و
        stem = _strip_article(subject)
        if (subject.isdigit() or stem in forces or subject in forces
                or any(stem.endswith(suffix) and stem[:-len(suffix)] in forces for suffix in POSSESSIVE_SUFFIXES)):
            return False
    if any(_own_men(w) or _own_men(strip_conjunction(w)) for w in words[that + 1:that + 4]):
        return False  # the speaker's own men, craft or fire ("إن أحد عناصرها قتل جنديا")
    # the subject is no side, no act and no count, and no side or other act stands between it and
    # this one ("أكدت القوات الأمريكية أن قائد تنظيم داعش قتل في هجوم": the leader was killed)
    at = base + found[that + 1].start()
    return not any(doc.norm_index(m.start) <= at < doc.norm_index(m.end)
                   for kind in ("actor", "trigger", "number") for m in doc.in_span(kind, speaker.end, trigger.end)) \
        and not any(m is not trigger and doc.norm_index(m.start) > at
                    for kind in ("actor", "trigger") for m in doc.in_span(kind, speaker.end, trigger.start))


def _fell_in_the_act(doc: Document, trigger: Mention, clause_start: int) -> bool:
    """True when a verb of loss and its preposition stand right before the act ("إن قياديين في X
    قتلا في غارة جوية"، "إن ضابطا قتل جراء هجوم"): the clause tells who fell in it.

    Why: the speaker of such a toll ("وقالت الشرطة إن ...") reports the act, it did not carry
    it out; with the side hit named only through its members, the speaker became the attacker."""
    start = max(doc.norm_index(clause_start), doc.norm_index(trigger.start) - 40)
    words = [strip_conjunction(w) for w in WORD_RE.findall(doc.norm[start:doc.norm_index(trigger.start)])]
    if len(words) < 2 or (words[-1],) not in _role_cues()["fell_in"]:
        return False
    verb = words[-2]
    return any(form in _loss_verb_words() for form in (verb, verb.removesuffix("وا"), verb.removesuffix("ا")))


def _named_again_after_hit(doc: Document, mention: Mention, targets: list[Mention],
                           act: tuple[Mention, int]) -> bool:
    """True when the mention's side was named before it, after the act (`act`: its trigger and
    clause start), as the owner of the site the act struck (`_owned_site`, `_after_site_noun`).

    Why: "استهدف مسجدا بمقر قوات X أثناء أداء منسوبي قوات X الصلاة": the men of the struck
    site are told again later in the clause; read as the actor after the act, the force hit
    came out as the bomber of its own mosque."""
    trigger, clause_start = act
    name = mention.value.name if mention.value is not None else None
    return name is not None and any(
        t.value is not None and t.value.name == name and trigger.end <= t.start and t.end <= mention.start
        and (_owned_site(doc, t, clause_start) or _after_site_noun(doc, t)) for t in targets)


def _after_site_noun(doc: Document, mention: Mention) -> bool:
    """True when the word right before the mention is a site noun (`role_cues.owned_sites.sites`,
    proclitics allowed): "في مقر قوات X", "بمسجد الشرطة".  Unlike `_owned_site`, a preposition of
    place before the site is no bar: the question is only whose site it is; but a site fire came
    from (`owned_sites.fired_from`: "قصف من مقر قوات X") was no site struck."""
    start = doc.norm_index(mention.start)
    words = WORD_RE.findall(doc.norm[max(0, start - 40):start])
    return _ends_with_site(words, _fired_from_site())


def _ends_with_site(words: list[str], barred: frozenset[str]) -> bool:
    """The last of `words` is a site noun (`role_cues.owned_sites.sites`, proclitics allowed) with
    none of `barred` right before it: the side named next owns that site."""
    return bool(words) and not _site_rules()[0].isdisjoint(strip_clitics(words[-1])) \
        and not barred.intersection(words[-2:-1])


@functools.cache
def _fired_from_site() -> frozenset[str]:
    """`role_cues.owned_sites.fired_from`, normalized: words before a site that make it where fire came from."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["role_cues"]["owned_sites"]["fired_from"])


def _tells_of_another_state(doc: Document, speaker: Mention, trigger: Mention) -> bool:
    """True when the speaker's statement opens with another country as its subject ("أعلنت
    وزارة الدفاع الروسية أن إسرائيل ... في الضربات"): it tells of that state's act, not its own."""
    found = _reported_country(doc, speaker.end, trigger.start)
    return found is not None and (speaker.value is None or speaker.value.country != found[0])


def _own_side_hit(speaker: Mention, targets: list[Mention]) -> bool:
    """True when a target of the act is the speaker's own side: its actor, another force of its
    state, or a bare noun of its kind of force ("أعلن الجيش المصري أن ثلاثة من أفراد الجيش قتلوا").

    Why: a force telling of its own losses reports the act; read as the unmarked agent, the
    army shelled came out as the side that shelled.  A bare "الجيش" is the speaker's own army,
    whatever country the story's guess gave it.  Its state's own nationals count too
    ("وبحسب الجيش الإسرائيلي، سقط صاروخ على سديروت ما أدى إلى إصابة 3 إسرائيليين"): a
    state's force telling of its people hurt reports fire that came at it."""
    key = speaker.attrs.get("key") or ""
    nationals = f"generic:civilians:{key.split(':')[1]}" if key.startswith("state:") else None
    return any(_same_side(t.value, speaker) or (
        (t.attrs.get("key") or "").startswith("statenoun:") and key.startswith("state:")
        and force_kind(key) == force_kind(t.attrs["key"])) or t.attrs.get("key") == nationals for t in targets)


def _denied_act_between(doc: Document, start: int, end: int) -> bool:
    """True when an act told as not done ("ولم تقصف") stands in doc.text[start:end]."""
    return any(t.attrs.get("modality") == "denied" for t in doc.in_span("trigger", start, end))


def _counted_dead_before(doc: Document, targets: list[Mention], trigger: Mention, clause_start: int) -> bool:
    """A killing verb right after the people it counts ("قالت السلطات إن خمسة أشخاص قتلوا
    عندما أطلق مسلح النار"): "قتلوا" is then passive, a toll, so the speaker before it did
    not kill; the author is whoever the clause names after it."""
    qualifiers = set(number_lexicon().post_qualifiers.items)  # "ثلاثة أشخاص على الأقل قتلوا"
    return any(
        m.end <= trigger.start and _casualties(doc, m, clause_start)
        and (not (between := tuple(normalize(doc.text[m.end:trigger.start]).split())) or between in qualifiers)
        for m in targets
    )


def _counted_dead_after(doc: Document, trigger: Mention) -> bool:
    """A killing verb right before the count of its dead ("وقالت الشرطة: قتل ثلاثة من المارة"):
    "قتل" is then read in the passive, a toll, so the speaker before it did not kill.  Only
    dead of no armed side the numbers stage could name: a count of soldiers or fighters
    ("قتل خمسة جنود من الكتيبة") is left to the rules that weigh armed losses."""
    return any(number.attrs.get("role") == "killed" and number.start >= trigger.end
               and number.attrs.get("victim_inter") in (None, 7)
               and not doc.text[trigger.end:number.start].strip() for number in doc.mentions.get("number", []))


def _capital_speaker(doc: Document, mention: Mention) -> bool:
    """True for a government named by its capital or country ("وقالت موسكو إن الهجوم ...").

    Why: a state speaking through its capital comments on an act as a diplomat
    does; a government that announces its own act is named as one ("أعلنت
    الحكومة", "الشرعية اليمنية") and stays a possible author.
    """
    return (mention.attrs.get("key") or "").endswith(":government") and bool(
        doc.in_span("place", mention.start, mention.end))


def _incoming_weapon(doc: Document, trigger: Mention) -> bool:
    """True when the act is a weapon that the verb right after it (or after a relative pronoun)
    tells as fired or fallen ("إن 40 صاروخا أطلقت باتجاه ..."، "قذائف سقطت على ..."، "الصاروخ
    الذي أطلق من ...").

    Why: told so, the weapon is the subject of a passive or intransitive verb; the speaker
    reports fire that came at it (`reported_owner.incoming`), not its own.
    """
    weapons, _, _ = _owner_rules()
    words = WORD_RE.findall(normalize(trigger.text))
    after = WORD_RE.findall(doc.norm[doc.norm_index(trigger.end):doc.norm_index(trigger.end) + 30])[:2]
    if after and after[0] in _role_word_set("relative_pronouns"):
        after = after[1:]  # "الصاروخ الذي أطلق من اليمن": the relative clause tells it the same way
    return (bool(weapons.intersection(words)) and bool(after)
            and strip_conjunction(after[0]) in _incoming_verbs())


@functools.cache
def _incoming_verbs() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_catalogue().lexicon["reported_owner"]["incoming"])


def _commenter(mention: Mention) -> bool:
    """True for an actor that praises, welcomes or condemns what it speaks of ("أدانت X قصف ...").

    Why: unlike one announcing its own operation, a commenter is no side of the act
    (`attribution.commenters`); only a cue such as "استهدف X" makes it one.
    """
    cue = mention.attrs.get("source_cue")
    return bool(cue) and strip_conjunction(cue) in _attribution()["commenters"]


def _reaction_end(doc: Document, start: int, end: int) -> int | None:
    """Raw offset where the last reaction word between raw `start` and `end` ends, else None.

    A reaction word is a verb or noun of condemning, deploring, grieving or standing with
    the victims (`attribution.reactions` and `commenters`: "أدانت"، "أعربت ... عن"، "إدانة"،
    "تعازيها"، "وقوف"), unless a word of `reaction_cancel` follows it within three words
    ("وقوفه وراء الهجوم" names the doer).  Why: in "أدانت الحكومة الأردنية التفجير الذي
    استهدف مسجدا" the act is the object of the reaction; its sides are told in its own
    clause, never by the state or body that reacts to it."""
    att = _attribution()
    found = list(WORD_RE.finditer(doc.norm, doc.norm_index(start), doc.norm_index(end)))
    words = [m.group() for m in found]  # "وقوف" keeps its و: strip_clitics tries both readings
    for i in range(len(found) - 1, -1, -1):
        if set(strip_clitics(words[i])) & att["reactions"] \
                and not {*words[i + 1:i + 4], *map(strip_conjunction, words[i + 1:i + 4])} & att["reaction_cancel"]:
            return doc.raw_span(found[i].end(), found[i].end())[0]
    return None


def reacts(doc: Document, mention: Mention) -> bool:
    """True for a side named as the subject or owner of a reaction word (`_reaction_end`) right
    before or after it: "أعربت روسيا عن تعازيها"، "الأردن تدين التفجير"، "إدانة بلاده".

    Why: a state that condoles or condemns is named in the story of the act it grieves over;
    counted as the story's armed side, it became the foe of the forces the act hit."""
    sentence = doc.sentence_at(mention.start)
    if sentence is None:
        return False
    before = WORD_RE.findall(doc.norm[doc.norm_index(sentence.start):doc.norm_index(mention.start)])[-1:]
    after = WORD_RE.findall(doc.norm[doc.norm_index(mention.end):doc.norm_index(sentence.end)])[:4]
    reactions = _attribution()["reactions"]
    if any(set(strip_clitics(w)) & reactions for w in before + after[:1]):
        return not {*after[1:], *map(strip_conjunction, after[1:])} & _attribution()["reaction_cancel"]
    return False


def _reacting_side(doc: Document, mention: Mention, trigger: Mention) -> bool:
    """True for a side that reacts to the act rather than taking part in it: named before a
    reaction word that governs the act in its sentence ("استنكرت الكويت الهجوم"، "قدمت البحرين
    تعازيها لضحايا الهجوم"), right after it as its subject or owner ("أدانت الحكومة الأردنية
    التفجير"، "إدانة بلاده للهجوم"), or as the side it stands beside (`reaction_beside`:
    "وقوف بلاده بجانب المملكة ضد كل عمل إرهابي").

    Why: reaction articles are common in Gulf and pan-Arab outlets, and the condemning
    state was coded as the bomber; the act's author is who its own clause names, else
    an unidentified group (`_reaction_end`)."""
    sentence = doc.sentence_at(trigger.start)
    if sentence is None or mention.start >= trigger.start:
        return False
    cut = _reaction_end(doc, sentence.start, trigger.start)
    if cut is None:
        return False
    if mention.end <= cut or not doc.text[cut:mention.start].strip():
        return True
    before = WORD_RE.findall(doc.norm[doc.norm_index(cut):doc.norm_index(mention.start)])
    return bool(before) and any(strip_conjunction(w) in _attribution()["reaction_beside"] for w in before[-2:])


def _beside_witnesses(doc: Document, mention: Mention) -> bool:
    """True for a speaker named in one source with witnesses or residents (`attribution.witnesses`:
    "قالت الشرطة وشهود عيان إن سيارة الجنرال أصيبت في هجوم صاروخي").

    Why: a source is read as the side telling of its own act; a force quoted with eyewitnesses
    reports what was seen, and the police came out firing the rocket that killed the general."""
    end = mention.attrs.get("source_end")
    if not end:
        return False
    words = WORD_RE.findall(doc.norm[doc.norm_index(mention.end):doc.norm_index(end)])
    return any(strip_conjunction(w) in _attribution()["witnesses"] for w in words)


def _outlet_owner(doc: Document, mention: Mention) -> bool:
    """True for an actor named as the owner of a media outlet ("موقع الجيش", "إعلام الحوثيين").

    Why: the outlet reports the act; unlike the actor speaking for itself, its
    owner is no more its author than any other reporter (`attribution.outlets`).
    """
    start = doc.norm_index(mention.start)
    words = WORD_RE.findall(doc.norm[max(0, start - 20):start])
    return bool(words) and strip_conjunction(words[-1]) in _attribution()["outlets"]


def _reporting_side(doc: Document, inside: list[Mention], targets: list[Mention], trigger: Mention,
                    clause_start: int) -> Mention | None:
    """An armed side that reports its enemy's losses reports its own act: "أكدت القوات
    الأمريكية مقتل 100 من المسلحين", "أعلن الجيش أن 12 مسلحا قتلوا" → the announcer killed.

    Only a side that announces before the act, and only losses of another armed
    side (a counted target): a toll of civilians or of the speaker's own men (or of
    another force of its state: the police telling of soldiers hit) names no killer,
    and a neutral reporter (observatory, ministry of health) is no actor at all.
    """
    losses = [m for m in targets if not m.attrs.get("victim") and m.value is not None and m.value.inter in ARMED
              and _casualties(doc, m, clause_start)]
    if not losses:
        return None
    for mention in inside:
        ref = mention.value
        if (mention.attrs.get("in_source") and not mention.attrs.get("victim") and mention.end <= trigger.start
                and ref is not None and ref.inter in ARMED and not never_agent(ref) and not mention.attrs.get("diplomatic")
                and all(loss.value.name != ref.name and loss.value.actor_id not in camp_mates(ref.actor_id, doc.published)
                        and not _one_state(ref, loss.value) for loss in losses)):
            return mention
    return None


@functools.cache
def _blast_rules() -> tuple[frozenset[str], frozenset[str], int, tuple[tuple[str, ...], ...], frozenset[str]]:
    """Blast sub-types, the verbs whose subject sets a blast off, the subject gap,
    "planted by" cues and the nouns that name the blast itself."""
    rules = load_catalogue().lexicon["blasts"]
    return (frozenset(rules["sub_event_types"]), frozenset(normalize(w) for w in rules["agent_verbs"]),
            int(rules["subject_gap"]), tuple((normalize(w),) for w in rules["planted_by"]),
            frozenset(normalize(w) for w in rules["event_nouns"]))


@functools.cache
def _blast_objects() -> frozenset[str]:
    """Counted soldiers or policemen: right after a blast noun they are what it hit."""
    return frozenset(normalize(w) for w in load_catalogue().lexicon["blasts"]["object_nouns"])


def is_blast(trigger: Mention) -> bool:
    """True when the trigger names a bomb, mine or grenade blast (no air strike, no shelling)
    as an event of its own, not as the instrument of another verb ("هاجموا الحافلة بعبوة")."""
    if not is_blast_type(getattr(trigger.value, "sub_event_type", None)):
        return False
    words = normalize(trigger.text).split()
    first = words[0] if words else ""
    return not (first.startswith("ب") and first[1:] not in _blast_rules()[4])


def is_blast_type(sub_event_type: str | None) -> bool:
    """True for the sub-types of blasts (`blasts` in the lexicon)."""
    return sub_event_type in _blast_rules()[0]


@functools.cache
def _armed_words() -> frozenset[str]:
    """Nouns that make a casualty count armed: fighters (clauses.yaml) and military hardware."""
    hardware = load_catalogue().lexicon["blasts"]["military_targets"]
    return frozenset(load_event_rules().armed_nouns) | frozenset(normalize(w) for w in hardware)


@functools.cache
def _among_rules() -> tuple[frozenset[str], int]:
    """(words, reach) of `blasts.among`/`among_reach`: "في صفوف المسلحين" tells armed dead."""
    rules = load_catalogue().lexicon["blasts"]
    return frozenset(normalize(w) for w in rules["among"]), int(rules["among_reach"])


def unarmed_casualties(doc: Document, start: int, end: int) -> bool:
    """True when the span counts people killed or wounded and none of the counts (with
    the two words after it) names fighters or military hardware ("قتلت طاقم دبابة"), with
    or without the article or a possessive ("مقتل اثنين من الإرهابيين", "قتل 2 من طاقمه"),
    nor tells them as fallen among armed men ("في صفوف المسلحين", `blasts.among`).  Counts
    after "ردا على" are the toll of the earlier act this one answers, not its own."""
    armed = _armed_words()
    among, reach = _among_rules()
    end = _response_at(doc, start, end)
    counts = [m for m in doc.in_span("number", start, end) if m.attrs.get("role") in {"killed", "wounded"}]
    for count in counts:
        words = WORD_RE.findall(doc.norm[doc.norm_index(count.start):doc.norm_index(min(count.end + 80, end))])
        # (the two words after a count told with its qualifier, "ما لا يقل عن 20 متشددا", name its dead too)
        after = WORD_RE.findall(doc.norm[doc.norm_index(count.end):doc.norm_index(min(count.end + 40, end))])[:2]
        if any(_armed_noun(w, armed) for w in words[:3] + after) or _armed_noun(_noun_before_dual(doc, count), armed):
            return False
        plain = [strip_conjunction(w).removeprefix("ال") for w in words[:reach + 1]]
        if any(word in among and following in armed for word, following in zip(plain, plain[1:], strict=False)):
            return False
    return bool(counts)


def _noun_before_dual(doc: Document, count: Mention) -> str:
    """The word right before a count of one or two written as a word ("متطرفين اثنين",
    "جنديا واحدا"), else "".  Why: one and two follow the noun they count, so the
    words after such a count say nothing of who died."""
    if count.value not in (1, 2) or not normalize(count.text).isalpha():
        return ""
    before = doc.norm[max(0, doc.norm_index(count.start) - 30):doc.norm_index(count.start)]
    words = WORD_RE.findall(before)
    return words[-1] if words and before.endswith(" ") else ""


def _armed_noun(word: str, armed: frozenset[str]) -> bool:
    """True when a word is one of `armed`, also behind a conjunction, the article or a
    possessive suffix ("والجنود", "طاقمه", "عناصرها")."""
    bare = strip_conjunction(word).removeprefix("ال")
    return word in armed or bare in armed or any(
        bare.endswith(suffix) and bare[:-len(suffix)] in armed for suffix in POSSESSIVE_SUFFIXES)


def _blast_agent(doc: Document, mentions: list[Mention], targets: list[Mention], trigger: Mention,
                 clause_start: int) -> Mention | None:
    """Who set off a blast named by a noun, or None (ACLED: an unidentified armed group).

    Only the text's own statement counts: the noun's mention itself ("انتحاري"),
    an actor right after it ("تفجير داعش ...") or after a "planted by" relative
    ("عبوة زرعها مسلحو X"), or the subject of a planting or detonating verb
    before it ("فجر انتحاري نفسه", "مسلحو داعش زرعوا عبوة").
    The nearest actor is no agent: "انفجار استهدف دورية للجيش" names the victim,
    and actors the blast merely happened among are not its authors.
    """
    free = [m for m in mentions if m not in targets and not m.attrs.get("victim")]
    planted = _blast_rules()[3]
    members = frozenset(words[0] for words in _role_cues()["member_nouns"])
    for mention in free:
        if mention.start < trigger.end and mention.end > trigger.start:
            return _sending_group(doc, free, mention, trigger, clause_start) or mention
        if (mention.start >= trigger.end and _adjoins_act(doc, trigger, mention)
                and (mention.attrs.get("alias") or " ").split()[0] not in _blast_objects()):
            return mention
        if mention.start >= trigger.end and _preceded_by(doc, mention, trigger.end, planted, 1, members):
            return mention
    # "لغم زرعته عناصر تنظيم X": the member noun that marks a target ("استهدفت عناصر X") stands
    # between the planting verb and the group, which laid the mine and was not hit by it
    for mention in targets:
        if (mention in mentions and not mention.attrs.get("victim") and mention.start >= trigger.end
                and _preceded_by(doc, mention, trigger.end, planted, 1, members)):
            return mention
    return _verb_subject(doc, free, trigger, clause_start)


def _sending_group(doc: Document, free: list[Mention], bomber: Mention, trigger: Mention,
                   clause_start: int) -> Mention | None:
    """The named armed group that launched an act whose own words name an unnamed bomber:
    "شن تنظيم X هجوما انتحاريا", "نفذت حركة X عملية انتحارية" (X is the verb's subject).

    Why: the bomber inside the act's words ("انتحاريا") was read as its author and the
    group named as the subject of the act came out as an unidentified armed group."""
    if bomber.attrs.get("key") != "generic:unidentified":
        return None
    named = [m for m in free if m is not bomber and m.value is not None and m.value.inter in NON_STATE_ARMED
             and not m.attrs.get("generic")]
    act = trigger  # "هجوما انتحاريا": the act's words start at the noun the bomber qualifies
    for other in sorted(doc.in_span("trigger", clause_start, trigger.start), key=lambda t: -t.start):
        if other.end <= act.start and not doc.text[other.end:act.start].strip():
            act = other
    return _verb_subject(doc, named, act, clause_start)


def _adjoins_act(doc: Document, trigger: Mention, mention: Mention) -> bool:
    """True when nothing but the act's own words stand between the trigger and the mention:
    "تفجير داعش", and "انفجار العبوة الحوثية" where the device noun follows the blast noun.

    Why: an adjective or owner after the device ("العبوة الحوثية") names who laid it
    just as one right after the blast noun does; read as the side hit, the group came
    out as both sides of its own bomb.
    """
    gap = doc.text[trigger.end:mention.start]
    for other in doc.in_span("trigger", trigger.end, mention.start):
        if is_blast_type(getattr(other.value, "sub_event_type", None)):
            gap = gap.replace(other.text, " ")
    return not gap.strip()


def _verb_subject(doc: Document, free: list[Mention], trigger: Mention, clause_start: int) -> Mention | None:
    """The subject of an attacking verb (`blasts.agent_verbs`) whose object or instrument
    is the act: "فجر انتحاري نفسه بحزام", "هاجم مسلحو X الدورية بعبوة", "مسلحون زرعوا لغما"."""
    _, verbs, gap, _, _ = _blast_rules()
    before = [m for m in free if m.end <= trigger.start]
    for verb in reversed(list(WORD_RE.finditer(doc.text, clause_start, trigger.start))):
        word = normalize(verb.group())
        if word not in verbs and strip_conjunction(word) not in verbs:
            continue
        if any(t.start >= verb.end() and t.end <= trigger.start for t in doc.in_span("trigger", verb.end(), trigger.start)):
            break  # "شنت عملية ... وأشاروا إلى انفجار": the verb's object is another act
        for mention in before:
            subject_after = verb.end() <= mention.start and len(doc.text[verb.end():mention.start].split()) <= gap
            subject_before = mention.end <= verb.start() and len(doc.text[mention.end:verb.start()].split()) <= gap
            if subject_after or subject_before:
                return mention
    return None


def _things_owner(doc: Document, number: Mention, between: str, mention: Mention) -> bool:
    """The side owns the things a count right before it counts, joined by the possessive
    "ل" ("تدمير 3 أوكار للمتطرفين"، "قصف 4 مواقع للحوثيين"): the side whose hideouts,
    posts or vehicles an act wrecked is the side hit, as the side a death count names is.
    (Such counts take no casualty role: numbers' `not_people`.)"""
    if number.attrs.get("role") is not None:
        return False
    words = normalize(between).split()
    if words and words[-1] in ("ل", "لل"):  # the possessive written onto the side's name, outside its mention
        words = words[:-1]
    elif not normalize(mention.text).startswith("ل"):
        return False
    if len(words) != 1:
        return False
    things = number_lexicon().not_people
    return any(stem in things or (stem.endswith("ا") and stem[:-1] in things) for stem in strip_clitics(words[0]))


@functools.cache
def _casualty_rule() -> tuple[frozenset[str], int, frozenset[str], frozenset[str]]:
    lex = load_catalogue().lexicon
    return (frozenset(lex["casualty_roles"]), int(lex["casualty_gap"]),
            frozenset(normalize(w) for w in lex["casualty_nouns"]),
            frozenset(normalize(w) for w in lex["casualty_breaks"]))


def _casualties(doc: Document, mention: Mention, clause_start: int) -> bool:
    """True when the mention counts people killed, wounded or captured ("15 جنديا تركيا",
    "9 مسلحين من X": an unnamed noun of armed men may stand between).  A singular or
    dual noun of people counts itself ("إن شخصا قتل"، "إن شخصين قتلا"): the numbers
    stage reads a count that starts with the mention's own words; so does a noun of a state's
    men right before a verb of loss ("أن جنديا قتل حين انفجر لغم": the soldier fell, he set off
    nothing).  (Soldiers counted otherwise are left to the group named after them: "جنديين للتحالف".)"""
    roles, gap, nouns, breaks = _casualty_rule()
    key = mention.attrs.get("key") or ""
    counts_itself = key == "generic:civilians" or (key.startswith("statenoun:") and _loss_verb_follows(doc, mention))
    if counts_itself and (_fell_then_tail(doc, mention) or any(
            number.start == mention.start and number.attrs.get("role") in roles
            for number in doc.mentions.get("number", []))):
        return True
    for number in doc.in_span("number", clause_start, mention.start):
        # a quote opening the side's name ('71 شخصا من "التكفيريين"') breaks nothing
        between = doc.text[number.end:mention.start].rstrip().rstrip(_OPENING_QUOTES)
        if _things_owner(doc, number, between, mention):
            return True
        # "71 شخصا من المسلحين": a noun of people naming no side counts the side after it
        others = [m for m in doc.in_span("actor", number.end, mention.start) if m.attrs.get("key") != "generic:unidentified"
                  and normalize(m.text) not in _unspecific_people()]
        words = [w for w in normalize(between).split() if w not in nouns]  # "عشرة قتلى في صفوف X"
        if number.attrs.get("role") in roles and len(words) <= gap and not breaks.intersection(words) and not any(
                ch in _HARD_BREAK or ch in "،," for ch in between) and not others:
            return True
    return (_preceded_by(doc, mention, clause_start, _role_cues()["loss_nouns"], 1, _loss_skip())
            or _passive_loss_subject(doc, mention, clause_start) or _yielded(doc, mention, clause_start))


def _yielded(doc: Document, mention: Mention, clause_start: int) -> bool:
    """"استسلم العشرات من مسلحي X", "فرار عناصر X", "إن مسلحي X فروا", "قائد X لقي مصرعه": a
    side told as surrendering, fleeing or meeting death (`role_cues.yield_before`, `yield_after`)
    lost the clash.

    Why: a round-up often names only the beaten side; read as the subject of the clash it
    became actor1, though it is the side the fight befell, like a side counted dead.  The
    words after the mention are taken as written: "X وفرت" is "X provided", no flight; the side
    given up to ("الاستسلام للثوار") won."""
    cues = _role_cues()
    adjectives = load_catalogue().adjectives
    after = WORD_RE.findall(doc.norm[doc.norm_index(mention.end):doc.norm_index(mention.end) + 60])
    while after and after[0] in adjectives:  # "عناصر X الإيرانية مصرعهم"
        after = after[1:]
    if any(tuple(after[:n]) in cues["yield_after"] for n in (1, 2)):
        return True
    end = doc.norm_index(mention.start)
    words, _, glued = _left_context(doc.norm, doc.norm_index(clause_start), end, doc.norm_index(mention.end))
    given_to = glued == "ل" or (bool(words) and (words[-1],) in cues["yield_to"])
    return not given_to and _preceded_by(doc, mention, clause_start, cues["yield_before"], 2, _loss_skip())


def _loss_verb_follows(doc: Document, mention: Mention) -> bool:
    """True when a verb of loss (`role_cues.loss_verbs`, `ambiguous_loss_verbs`) is the next word: "جنديا قتل"."""
    return _next_word(doc.norm, doc.norm_index(mention.end)) in _loss_verb_words()


def _fell_then_tail(doc: Document, mention: Mention) -> bool:
    """True when a verb of loss follows the mention and a `role_cues.passive_tail` word follows
    the verb ("أن الجنود قتلوا عندما سقطت قذائف", "إن المدنيين قتلوا في القصف"): no object
    stands after the verb, so the men named before it were killed, counted or not."""
    start = doc.norm_index(mention.end)
    words = WORD_RE.findall(doc.norm[start:start + 40])[:2]
    return len(words) == 2 and words[0] in _loss_verb_words() and (words[1],) in _role_cues()["passive_tail"]


@functools.cache
def _loss_verb_words() -> frozenset[str]:
    """First words of `role_cues.loss_verbs`, `ambiguous_loss_verbs` and `counted_loss_verbs`."""
    cues = _role_cues()
    return frozenset(words[0] for words in cues["loss_verbs"] + cues["ambiguous_loss_verbs"] + cues["counted_loss_verbs"])


def _passive_loss_subject(doc: Document, mention: Mention, clause_start: int) -> bool:
    """"أصيب جندي إسرائيلي في عملية طعن", "قتل مستوطن وأصيب آخر": the actor a verb of loss
    names right after it was hit, so it is not the author of the act reported with it."""
    cues = _role_cues()
    if _preceded_by(doc, mention, clause_start, cues["loss_verbs"], 1):
        return True
    alias = mention.attrs.get("alias") or ""
    if alias.startswith("ال") or not _preceded_by(doc, mention, clause_start, cues["ambiguous_loss_verbs"], 1):
        return False
    if (normalize(alias).split()[:1] or [""])[0] in _collective_forces():
        return False
    adjectives = load_catalogue().adjectives
    following = [w for w in WORD_RE.findall(doc.norm[doc.norm_index(mention.end):doc.norm_index(mention.end) + 40])[:2]
                 if w not in adjectives]  # "قتل مستوطن إسرائيلي في": the nationality is no object
    return bool(following) and (following[0],) in cues["passive_tail"]


@functools.cache
def _collective_forces() -> frozenset[str]:
    """Heads of `role_cues.collective_forces`: a whole force, never the one a loss verb befell."""
    return frozenset(words[0] for words in _role_cues()["collective_forces"])


@functools.cache
def _loss_skip() -> frozenset[str]:
    """Words that may stand between a loss noun and who suffered it ("مقتل 3 من عناصر X")."""
    cues = _role_cues()
    return frozenset(words[0] for words in cues["member_nouns"] + cues["target_skip"])


def no_side(doc: Document, mention: Mention, clause_start: int) -> bool:
    """An accused or accusing party, a statement's author, who attributes the act
    ("حملت الحكومة X المسؤولية", "بيان لـX", "نسبته الحكومة إلى ...") or a state's
    diplomacy ("الخارجية الأمريكية"): no side of it."""
    cues = _role_cues()
    if blamed(doc, mention, clause_start):
        return False
    opens_report = _preceded_by(doc, mention, clause_start, cues["report_openers"], 1)
    return (bool(mention.attrs.get("diplomatic")) or _accused(doc, mention, clause_start)
            or (not opens_report and _preceded_by(doc, mention, clause_start, cues["no_side"], 2))
            or _preceded_by(doc, mention, clause_start, cues["attributed"], 1))


@functools.cache
def _accusation_rules() -> tuple[frozenset[str], frozenset[str], int]:
    """(accusation nouns, their objects, reach) of `role_cues.accusation`, normalized."""
    rules = load_catalogue().lexicon["role_cues"]["accusation"]
    return (frozenset(normalize(w) for w in rules["nouns"]), frozenset(normalize(w) for w in rules["objects"]),
            int(rules["reach"]))


def _accused(doc: Document, mention: Mention, clause_start: int) -> bool:
    """"اتهام نظام الأسد وأنصاره، وخاصة حزب الله، بالقيام بالاغتيالات": an actor between an
    accusation noun and its object is only accused, as are those named with it."""
    nouns, objects, reach = _accusation_rules()
    start, end = doc.norm_index(mention.start), doc.norm_index(mention.end)
    left = _BREAK_RE.split(doc.norm[max(doc.norm_index(clause_start), start - 120):start])[-1]
    before = [strip_conjunction(w) for w in WORD_RE.findall(left)][-reach:]
    if not any(not nouns.isdisjoint(strip_clitics(w)) for w in before):
        return False
    after = WORD_RE.findall(_BREAK_RE.split(doc.norm[end:end + 120])[0])[:reach]
    return not objects.isdisjoint(after)


def blamed(doc: Document, mention: Mention, clause_start: int) -> bool:
    """"حملت الحكومة X المسؤولية", "اتهم الجيش X بتنفيذ الهجوم", "قالت الحكومة إن X هو
    المسؤول عنه": X is who the report says did it."""
    cues = _role_cues()
    after = tuple(WORD_RE.findall(doc.norm[doc.norm_index(mention.end):doc.norm_index(mention.end) + 30])[:2])
    if after[:2] in cues["responsible"]:  # "إن X هو المسؤول عن الهجوم"
        return True
    return (bool(after) and after[:1] in cues["blame_objects"]
            and _preceded_by(doc, mention, clause_start, cues["blame_verbs"], 4))


def _blamed_for_act_after(doc: Document, mention: Mention, trigger: Mention) -> bool:
    """True when the side is blamed (`role_cues.responsible`: "تقف وراء") for an act told right
    after the cue, and the trigger is an act told before the side.

    Why: "اعتقال خلية لحماس تقف وراء قتل المستوطن": the cell did the killing the cue names; of the
    arrest told before it, it is the side detained, and read as its author it came out as the
    arrester."""
    if trigger.end > mention.start:
        return False
    start = doc.norm_index(mention.end)
    if tuple(WORD_RE.findall(doc.norm[start:start + 30])[:2]) not in _role_cues()["responsible"]:
        return False
    act = next(iter(doc.in_span("trigger", mention.end, mention.end + 40)), None)
    return act is not None and len(WORD_RE.findall(doc.text[mention.end:act.start])) <= 2


def names_the_attacker(mention: Mention, trigger: Mention) -> bool:
    """An unnamed attacker inside the trigger itself ("هجوما انتحاريا", "انتحاري") is the
    act's author, never the side it hit."""
    return mention.attrs.get("key") == "generic:unidentified" and mention.start < trigger.end and mention.end > trigger.start


def _own_men(word: str, suffixes: tuple[str, ...] = POSSESSIVE_SUFFIXES, nouns: str = "own_men", written: str = "") -> bool:
    """"جنودها", "مقاتليه": a noun of armed men with a possessive suffix (the speaker's own);
    `nouns` names another list of the role cues ("مواطنينا": `speaker_civilians`).  Given
    the word as `written`, a feminine noun in ة ("قائدة") is no possessive (`possessed_stems`)."""
    men = {w[0] for w in _role_cues()[nouns]}
    return any(stem in men for stem in possessed_stems(word, suffixes, written))


def _speaker_losses(doc: Document, inside: list[Mention], trigger: Mention, clause: tuple[int, int]) -> Mention | None:
    """The source that announces a toll of its own men ("أعلنت أنقرة مقتل 8 من جنودها"):
    it is the side that suffered, not the killer (`_tells_own_losses`).  A side named as the
    owner of an announcement ("إعلان كتائب القسام عن استشهاد قائدها") speaks so too."""
    speaker = next((m for m in inside if m.end <= trigger.start and not m.attrs.get("victim") and m.value.inter in ARMED
                    and (m.attrs.get("in_source") or _preceded_by(doc, m, clause[0], _role_cues()["announcements"], 1))),
                   None)
    if speaker is None or not _tells_own_losses(doc, speaker.end, trigger, clause[1]):
        return None
    return speaker


def _tells_own_losses(doc: Document, start: int, trigger: Mention, clause_end: int) -> bool:
    """True when the words a speaker says from `start` count its own men among the dead.

    In its own words its men are "ours" ("إن خمسة من جنودنا قتلوا", "سقوط قتيلين في
    صفوفنا"), whatever the act's voice.  Told of, they carry a possessive pronoun: after a
    loss noun, counted, one of them or one by a singular noun ("مقتل 8 من جنودها"،
    "مقتل أحد كبار قادتها"، "مقتل قائدها"), or as the subject of a verb of loss with no
    object after it ("إن أحد جنودها قتل في الاشتباكات").

    Why: the speaker, a group or a bare country, was read as the killer or left out, and
    its men, named by no side, came out as civilians attacked."""
    clause = WORD_RE.findall(normalize(doc.text[start:clause_end]))
    # counted among "ours" ("من جنودنا", "في صفوفنا"), not "ours" as the subject ("إن مقاتلينا صدوا")
    if any(_own_men(word, ("نا",)) and before in {"من", "في"} for before, word in zip(clause, clause[1:], strict=False)):
        return True
    if _own_men_fell(doc, start, trigger):
        return True
    if not (trigger.attrs.get("generic_killing") and trigger.attrs.get("voice") == "noun"):
        return False
    after = WORD_RE.findall(normalize(doc.text[trigger.end:clause_end]))[:4]
    written = WORD_RE.findall(doc.text[trigger.end:clause_end])[:1]
    if after and _own_men(after[0], nouns="own_man", written=written[0] if written else ""):
        return True
    own = any(_own_men(word) for word in after[1:])
    one = bool(after) and (after[0],) in _role_cues()["own_men_one"]
    return own and (after[0].isdigit() or "من" in after or one)


def _own_men_fell(doc: Document, start: int, trigger: Mention) -> bool:
    """"إن أحد جنودها قتل في"، "أن ثلاثة من عناصره قتلوا خلال": a side's own men (`own_men`
    with a possessive pronoun) right before a verb of loss with a `passive_tail` word after
    it (no object) were killed; they did not kill."""
    before = WORD_RE.findall(doc.norm[doc.norm_index(start):doc.norm_index(trigger.start)])
    written = "".join(WORD_RE.findall(doc.text[start:trigger.start])[-1:])
    if not before or not (_own_men(before[-1], written=written) or _own_men(before[-1], nouns="own_man", written=written)):
        return False
    verb = WORD_RE.findall(doc.norm[doc.norm_index(trigger.start):doc.norm_index(trigger.end)])[:1]
    after = WORD_RE.findall(doc.norm[doc.norm_index(trigger.end):doc.norm_index(trigger.end) + 40])[:1]
    return (bool(verb) and strip_conjunction(verb[0]) in _loss_verb_words()
            and bool(after) and (after[0],) in _role_cues()["passive_tail"])


def own_losses_country(doc: Document, trigger: Mention, clause_start: int, clause_end: int) -> ActorRef | None:
    """The military of a bare country that tells of its own men's deaths ("وتقول إسرائيل إن
    أحد جنودها قتل"، "أعلنت تركيا مقتل 8 من جنودها", `_tells_own_losses`): the side hit.

    Why: a bare country is no actor mention, so `_speaker_losses` never saw it; its
    soldiers, named by no side, came out as civilians attacked."""
    announcers = {words[0] for words in _role_cues()["loss_announcers"]}
    start = doc.norm_index(clause_start)
    for verb in WORD_RE.finditer(doc.norm, start, doc.norm_index(trigger.start)):
        if strip_conjunction(verb.group()) not in announcers:
            continue
        isos, rest = _countries_at(doc.norm[verb.end() + 1:doc.norm_index(trigger.start)] + " ")
        if len(isos) != 1:
            continue
        said = doc.raw_span(doc.norm_index(trigger.start) + 1 - len(rest), doc.norm_index(trigger.start))[0]
        if _tells_own_losses(doc, said, trigger, clause_end):
            return resolve_actor(f"state:{isos[0]}:military", doc.country_hint, doc.published)
    return None


def _attributed_to(doc: Document, mention: Mention, clause_start: int) -> bool:
    """"هجوم نسبته الحكومة إلى X": X follows إلى with an attribution verb shortly before."""
    context, _, _ = _left_context(doc.norm, doc.norm_index(clause_start), doc.norm_index(mention.start),
                                  doc.norm_index(mention.end))
    left = list(context)
    cues = _role_cues()
    if left and (left[-1],) in cues["member_nouns"]:
        left.pop()  # "إلى عناصر X", "إلى تنظيم «X»"
    if not left or left[-1] != "الي":
        return False
    return any((word,) in cues["attributed"] for word in left[-7:-1])  # "نسبته الحكومة التركية المحافظة إلى"


_ATTRIBUTION_SUBJECT_WORDS = 4
_ATTRIBUTED_ACT_WORDS = 16


def _attributed_past_act(doc: Document, mention: Mention, trigger: Mention) -> bool:
    """"نسبت السلطات التركية الهجوم الانتحاري الذي وقع في سوروتش أمس إلى X": X follows the
    إلى of an attribution verb (`role_cues.attributed`) that has the act noun as its object:
    the verb at most `_ATTRIBUTION_SUBJECT_WORDS` words (its subject) before the act, and X
    at most `_ATTRIBUTED_ACT_WORDS` words after it, no sentence break between.

    Why: the act's own description (a relative clause, its place, day and toll) stands between
    the act and إلى; `_attributed_to` looks a few words back from إلى only, so X was read as
    the side the act befell and the act went to an unidentified group."""
    if trigger.attrs.get("voice") != "noun" or mention.start < trigger.end:
        return False
    norm = doc.norm
    start, end = doc.norm_index(trigger.start), doc.norm_index(trigger.end)
    between = norm[end:doc.norm_index(mention.start)]
    if any(ch in _HARD_BREAK for ch in between):
        return False
    after = [strip_conjunction(w) for w in WORD_RE.findall(between)]
    cues = _role_cues()
    if after and (after[-1],) in cues["member_nouns"]:
        after.pop()  # "إلى عناصر X"
    if not after or after[-1] != "الي" or len(after) > _ATTRIBUTED_ACT_WORDS or "الي" in after[:-1]:
        return False
    sentence = doc.sentence_at(trigger.start)
    opening = doc.norm_index(sentence.start) if sentence is not None else 0
    lead = [strip_conjunction(w) for w in WORD_RE.findall(norm[max(opening, start - 80):start])]
    lead = lead[-(_ATTRIBUTION_SUBJECT_WORDS + 1):]
    return any((word,) in cues["attributed"] for word in lead)


def _group_of(doc: Document, attacker: Mention, mentions: list[Mention]) -> Mention | None:
    """The group an unnamed attacker belongs to: "انتحاري من X", "مسلحون ينتمون إلى X", "مسلحون في X"
    (this last one only for a non-state armed X: "في" before a state or an act marks the scene).
    An attacker inside the words of an act ("هجوم مسلح للمقاومة") belongs to the group
    glued to it by ل, the owner of the attack (elsewhere ل may mark who was faced)."""
    following = next((m for m in mentions if m.start >= attacker.end), None)
    if following is None:
        return None
    gap = tuple(strip_conjunction(w) for w in WORD_RE.findall(normalize(doc.text[attacker.end:following.start])))
    if gap in {("ل",), ("لل",)}:
        return following if any(t.start <= attacker.start and attacker.end <= t.end
                                for t in doc.in_span("trigger", attacker.start - 40, attacker.end)) else None
    if gap in _role_cues()["member_link"]:
        return following
    armed = following.value is not None and following.value.inter in NON_STATE_ARMED
    return following if armed and gap in _role_cues()["armed_member_link"] else None


def _distance(mention: Mention, trigger: Mention) -> int:
    return max(mention.start - trigger.end, trigger.start - mention.end, 0)


def _other_party(doc: Document, targets: list[Mention], clause: tuple[int, int]) -> Mention | None:
    """With no agent but an armed side that suffered ("15 جنديا تركيا قتلوا خلال الاشتباكات")
    and another armed side in the clause, that other side is the one that acted.  A speaker
    telling of its own losses (the only source among the targets, `_speaker_losses`) suffered.

    A loss suffered in the sufferers' own failed attack ("قتل 20 مسلحا من X خلال
    محاولة هجوم قاموا بها على ...", `own_attack`) leaves them the attacker.
    """
    suffered = [m for m in targets if not m.attrs.get("victim") and m.value.inter in ARMED
                and (m.attrs.get("in_source") or _casualties(doc, m, clause[0]))]
    if not suffered:
        return None
    after = " " + " ".join(WORD_RE.findall(normalize(doc.text[suffered[0].end:clause[1]]))) + " "
    if any(f" {' '.join(cue)} " in after for cue in _role_cues()["own_attack"]):
        return suffered[0]
    # the army's men killed at a police post: the police are their own state's side, not the attacker
    return next((m for m in targets if m not in suffered and not m.attrs.get("victim")
                 and m.value.inter in ARMED and m.value.name != suffered[0].value.name
                 and not _one_state(m.value, suffered[0].value)), None)


def answered(doc: Document, mention: Mention, start: int) -> bool:
    """True when "ردا على" (or a like cue) introduces `mention`: a side of an earlier act."""
    return _preceded_by(doc, mention, start, _role_cues()["response"], 3)


def allies(doc: Document, start: int, end: int, ref: ActorRef) -> set[str]:
    """Names joined by و to a mention of `ref` in the span ("طيران التحالف والجيش"): its side;
    the article's actors of `ref`'s camp (a government and its militias, `camps`) and the
    other forces of `ref`'s state (its army for its police)."""
    mentions = doc.in_span("actor", start, end)
    mates = camp_mates(ref.actor_id, doc.published)
    names = {m.value.name for m in doc.of_kind("actor")
             if m.value is not None and (m.value.actor_id in mates or _one_state(m.value, ref))}
    for left, right in zip(mentions, mentions[1:], strict=False):
        if _joined_by_and(doc.text[left.end:right.start]) and ref.name in (left.value.name, right.value.name):
            names.update({left.value.name, right.value.name})
    names.discard(ref.name)
    return names


def _response_at(doc: Document, start: int, end: int) -> int:
    """Raw offset where "ردا على ..." (an earlier act this one answers) begins after
    `start` in the clause; `end` when there is none."""
    ns, ne = doc.norm_index(start), doc.norm_index(end)
    padded = " " + " ".join(WORD_RE.findall(doc.norm[ns:ne])) + " "
    hits = [padded.find(f" {' '.join(cue)} ") for cue in _role_cues()["response"]]
    hits = [h for h in hits if h != -1]
    if not hits:
        return end
    words_before = len(padded[:min(hits)].split())
    token = list(WORD_RE.finditer(doc.norm, ns, ne))[words_before]
    return doc.raw_span(token.start(), token.end())[0]


def as_forces(ref: ActorRef | None, country: str | None, date: dt.date | None) -> ActorRef | None:
    """A government named as a side of fighting acts through its military
    ("الشرعية اليمنية تحرر عدن" → Military Forces of Yemen); other refs unchanged."""
    if ref is None or not ref.key.endswith(":government"):
        return ref
    iso2 = ref.key.split(":")[1] if ref.key.startswith("state:") else ref.country
    return resolve_actor(f"state:{iso2}:military", country, date) or ref if iso2 else ref


def unattributed_strike(doc: Document, sentence_start: int, sentence_end: int,
                        country: str | None) -> ActorRef | None:
    """The state behind strikes the sentence attributes to no one.

    Only applies when the sentence reports an air strike or names a state-only
    weapon (barrel bombs, warplanes, helicopters) and, in the article's country
    and period, one state alone flies such strikes (`unattributed_strikes` in
    the lexicon).  A strike on a site of that very state ("مطار التيفور التابع
    للنظام") was not its own: then nobody known.
    """
    air = any(t.value is not None and getattr(t.value, "sub_event_type", "") == "Air/drone strike"
              for t in doc.in_span("trigger", sentence_start, sentence_end))
    state = theatre_air_power(doc, sentence_start, sentence_end, country, None) \
        if air or _names_state_weapon(doc, sentence_start, sentence_end) else None
    hit = (m.value for m in doc.in_span("actor", sentence_start, sentence_end)
           if m.value is not None and _owned_site(doc, m, sentence_start))
    if state is not None and _struck_own_camp(doc, sentence_start, sentence_end, state):
        return None
    return None if state is not None and any(_one_state(ref, state) for ref in hit) else state


def _struck_own_camp(doc: Document, start: int, end: int, state: ActorRef) -> bool:
    """True when the only sides named are a non-state militia of the state's own camp
    ("مقتل 38 من المقاتلين الموالين للنظام في ضربة جوية"): that state flew no such strike."""
    sides = [m.value for m in doc.in_span("actor", start, end) if m.value is not None and not m.attrs.get("in_source")]
    return bool(sides) and all(ref.inter in NON_STATE_ARMED and camp_mate(state, ref, doc.published) for ref in sides)


def aircraft_operator(doc: Document, sentence_start: int, sentence_end: int, country: str | None) -> ActorRef | None:
    """The state whose warplanes or helicopters the sentence names as the agent of an act
    of any type ("مروحيات أطلقت النار على مسلحين"): where one state alone flies there,
    its forces acted, not an unidentified group."""
    return _air_power(doc, country) if _names_state_weapon(doc, sentence_start, sentence_end) else None


def unattributed_shelling(doc: Document, sentence_start: int, sentence_end: int, act: Mention,
                          place: tuple[str, str | None], date: dt.date | None,
                          struck: ActorRef | None) -> ActorRef | None:
    """The state behind shelling the sentence attributes to no one, when it landed at
    `place` (ISO2, admin1) in a war period where one side alone shells there (Israel's
    artillery and tanks on the Gaza Strip and south Lebanon, `unattributed_strikes.shelling`).

    Rockets, mortars and launches (`shelling_not`) both sides fire; fire told from a
    place ("قصف من ...", `shelling_origin`) landed elsewhere; a side named unknown
    ("مسلحون مجهولون") was named; and a state never shells its own forces or camp
    (`struck`): none of these takes the default.
    """
    iso2 = unattributed_shelling_state(*place, date)
    if iso2 is None:
        return None
    words = WORD_RE.findall(doc.norm[doc.norm_index(sentence_start):doc.norm_index(sentence_end)])
    if set(words) & set(strike_words("shelling_not")) or _fired_from_a_place(doc, act, sentence_end):
        return None
    if any(m.value is not None and m.value.actor_id == "generic:unidentified"
           for m in doc.in_span("actor", sentence_start, sentence_end)):
        return None
    state = resolve_actor(f"state:{iso2}:military", place[0], date)
    if state is None or (struck is not None and (_one_state(struck, state) or camp_mate(state, struck, date))):
        return None
    return state


def _fired_from_a_place(doc: Document, act: Mention, end: int) -> bool:
    """True when the act is told by the place it came from ("قصف من لبنان", "انطلاقا من غزة"):
    an origin word (`shelling_origin`) right after it and a place within two words more.
    A platform after "من" ("قصف من الدبابات") is no origin."""
    words = list(WORD_RE.finditer(doc.norm, doc.norm_index(act.end), doc.norm_index(end)))
    if len(words) < 2 or words[0].group() not in strike_words("shelling_origin"):
        return False
    origin_end = doc.raw_span(words[0].start(), words[0].end())[1]
    reach = doc.raw_span(*words[min(2, len(words) - 1)].span())[0]
    return any(m.start <= reach for m in doc.in_span("place", origin_end, end))


def _air_power(doc: Document, country: str | None) -> ActorRef | None:
    iso2 = unattributed_strike_state(country, doc.published)
    return resolve_actor(f"state:{iso2}:military", country, doc.published) if iso2 else None


def _place_country(doc: Document, start: int, end: int) -> str | None:
    """The one country all the places of the span from its first bombardment on lie in, None
    when they name none or several.  Places before the act are a speaker's seat or a frame
    ("المرصد من مقره في بريطانيا إن ... قتلوا جراء الضربات"), not where it fell."""
    start = next((t.start for t in doc.in_span("trigger", start, end)
                  if getattr(t.value, "sub_event_type", None) in _LAUNCHED), start)
    codes = {getattr(m.attrs.get("place"), "country_code", None) for m in doc.in_span("place", start, end)}
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None


def theatre_air_power(doc: Document, start: int, end: int, country: str | None,
                      struck: ActorRef | None) -> ActorRef | None:
    """The state that alone flies the strikes where an unattributed one fell (`unattributed_strikes`):
    the one decision both `unattributed_strike` and `air_strike_sides` take.

    The theatre is the country the sentence's places lie in when one state alone flies there,
    else the struck side's, else the article's (`country`).  Why: an article mostly about Israel
    tells of a strike on Gaza, and its own country there (Israel flies no strikes on itself) left
    the strike with nobody, while the same strike told with Hamas as the side hit went to Israel.
    A place where no one state flies all strikes (Turkish jets over northern Iraq) leaves the
    decision to the side and the article.  A state never strikes a militia of its own camp: then
    the struck side's own country decides ("غارة على مواقع لحزب الله في سوريا": not Syria's,
    Lebanon's air power)."""
    place = _place_country(doc, start, end)
    theatre = place if _air_power(doc, place) is not None else (struck.country if struck else None) or country
    state = _air_power(doc, theatre)
    if state is not None and struck is not None and camp_mate(state, struck, doc.published):
        state = _air_power(doc, struck.country) if struck.country != theatre else None
        return None if camp_mate(state, struck, doc.published) else state
    return state


def _names_state_weapon(doc: Document, start: int, end: int) -> bool:
    """True when the span names a weapon or aircraft only a state uses."""
    words = " " + " ".join(WORD_RE.findall(doc.norm[doc.norm_index(start):doc.norm_index(end)])) + " "
    return any(f" {weapon} " in words for weapon in strike_words("weapons") + strike_words("aircraft"))


def air_strike_sides(doc: Document, sentence_start: int, sentence_end: int,
                     actor1: ActorRef | None, actor2: ActorRef | None) -> tuple[ActorRef | None, ActorRef | None]:
    """(actor1, actor2) of an air strike whose agent came out as an armed group.

    Armed groups fly no aircraft, only drones: an air strike "by" one of them
    with no drone named is a strike on it ("غارة استهدفت مواقع التنظيم",
    "قتل قيادي في القاعدة في غارة"), struck by the state force of the
    sentence, else the one the article opposes to it, else the state that alone
    flies strikes where the group fights, else nobody known yet.  A state force
    named as the group's backer ("بدعم طيران التحالف") strikes the group's enemy.
    """
    allied = _allied_air_power(doc, sentence_start, sentence_end, actor1, actor2)
    if allied is not None:
        return allied, actor2
    if actor1 is None or actor1.inter not in NON_STATE_ARMED or _launched_by(doc, sentence_start, sentence_end, actor1) \
            or _names_drone(doc, sentence_start, sentence_end) and not _drone_struck(doc, sentence_start, sentence_end,
                                                                                     actor1):
        return actor1, actor2
    if actor2 is not None and actor2.inter in (1, 8):
        return actor2, actor1
    # a force that only reports the strike ("وقال موقع الجيش إن غارات استهدفت ...") did not fly it
    states = [m for m in doc.in_span("actor", sentence_start, sentence_end)
              if m.value is not None and m.value.inter in (1, 8) and not m.attrs.get("in_source")
              and not _vehicle_adjective(doc, m)]
    if states and states[0].attrs.get("assoc") and actor2 is not None:
        # "صد تعزيزات حوثية ... بدعم طيران التحالف": the air power backs one group (its camp
        # mate, else the agent) and strikes the other
        backer = states[0].value
        mates = camp_mates(backer.actor_id or "", doc.published)
        return backer, (actor1 if actor2.actor_id in mates and actor1.actor_id not in mates else actor2)
    # where the strike fell, one state may fly all the strikes (Israel over Gaza); it never strikes
    # a militia of its own camp ("مقتل 38 من المقاتلين الموالين للنظام في ضربة جوية")
    air_power = theatre_air_power(doc, sentence_start, sentence_end, actor1.country, actor1)
    striker = (states[0].value if states else None) or _striking_enemy(doc, sentence_start, sentence_end, actor1,
                                                                         air_power) or air_power
    # a group the act was marked as hitting ("استهدفت الغارات المتمردين الأكراد") stays the side struck
    # over a group only taken for the agent
    struck = actor2 if actor2 is not None and actor2.inter in NON_STATE_ARMED else actor1
    return striker, struck


def _allied_air_power(doc: Document, start: int, end: int, actor1: ActorRef | None,
                      actor2: ActorRef | None) -> ActorRef | None:
    """The theatre's air power when the strike's agent is a local army the sentence does not
    name (a subject carried from an earlier sentence: "أعلن الجيش الوطني ... . وأوضحت المصادر
    أن إحدى الغارات استهدفت ...", or only a vehicle's adjective: "دمرت غارة طقما عسكريا")
    and that air power is another state of the army's camp.

    Why: where one state flies all the strikes (the coalition over Yemen), the army it backs
    fights on the ground; the strikes told beside its advance are its ally's."""
    if actor1 is None or actor1.inter != 1 or any(
            m.value is not None and m.value.name == actor1.name and not _vehicle_adjective(doc, m)
            for m in doc.in_span("actor", start, end)):
        return None
    air_power = theatre_air_power(doc, start, end, actor1.country, actor2)
    if air_power is None or _one_state(actor1, air_power) or not camp_mate(air_power, actor1, doc.published):
        return None
    return air_power


def _launched_by(doc: Document, start: int, end: int, group: ActorRef) -> bool:
    """True when the sentence says `group` launched the weapon ("صاروخا أطلقته X").

    A missile an armed group fires from the ground reads as a strike, yet the
    group is its author, not the side struck (an interception names the
    launcher so).
    """
    cues = _role_cues()
    skip = frozenset(words[0] for words in cues["member_nouns"] + cues["agent_skip"])
    return any(m.value is not None and m.value.name == group.name
               and _preceded_by(doc, m, start, cues["launch"], 1, skip)
               for m in doc.in_span("actor", start, end))


def _striking_enemy(doc: Document, start: int, end: int, group: ActorRef,
                    air_power: ActorRef | None) -> ActorRef | None:
    """The state force the article sets against `group`, if it can be the one striking it.

    Where one state flies all strikes (`air_power`), a foreign state that is no air
    power (a mediator's intelligence service) loses to that state, and so does a
    local army of that state's camp: its allies' air force flies for it (Yemen's
    army beside the coalition's aircraft).
    """
    enemy = article_opponent(doc, start, end, group, None)
    if enemy is None or enemy.inter not in (1, 8):
        return None
    if air_power is None or enemy.name.startswith(load_event_rules().air_powers) or _one_state(enemy, air_power):
        return enemy
    return enemy if enemy.country == group.country and not camp_mate(air_power, enemy, doc.published) else None


def _drone_struck(doc: Document, start: int, end: int, group: ActorRef) -> bool:
    """True when every mention of `group` follows a drone word as its object ("استهدفت طائرة
    مسيرة مجموعة من مقاتلي X"): only target cues, members or counters (`role_cues.target`,
    `target_skip`, `member_nouns`) stand between, at least one, and no owner's mark ("مسيرة للجماعة",
    "مسيرة تابعة لـX", "مسيرة حوثية"); the drone hit the group, it was not the group's.  A group named
    before the drone ("أطلقت X مسيرة") or in another clause ("... بمسيرة، وأعلنت X") flew it."""
    cues = _role_cues()
    between_ok = {words[0] for name in ("target", "target_skip", "member_nouns") for words in cues[name]
                  if len(words) == 1}
    drones = [w for w in WORD_RE.finditer(doc.norm, doc.norm_index(start), doc.norm_index(end))
              if w.group() in strike_words("drones")]
    own = [m for m in doc.in_span("actor", start, end) if m.value is not None and m.value.name == group.name]

    def struck(mention: Mention) -> bool:
        at = doc.norm_index(mention.start)
        before = [w for w in drones if w.end() <= at]
        if not before:
            return False
        gap = doc.norm[before[-1].end():at]
        words = WORD_RE.findall(gap)
        # nothing between ("طائرة مسيرة حوثية", "مسيرة الحوثيين"): the adjective or genitive names the owner
        return (1 <= len(words) <= 4 and set(words) <= between_ok and not _COMMA_OR_BREAK_RE.search(gap)
                and not _owns(doc.norm, before[-1].end(), at, 2))

    return bool(drones and own) and all(struck(m) for m in own)


def _names_drone(doc: Document, start: int, end: int) -> bool:
    words = set(WORD_RE.findall(doc.norm[doc.norm_index(start):doc.norm_index(end)]))
    return any(word in words for word in strike_words("drones"))


def _dropped_subject(doc: Document, clause_start: int, exclude: set[str], until: int) -> Mention | None:
    """Agent of a clause with no subject of its own ("وشنّت ... هجوماً"): the first actor
    earlier in the sentence, else the first actor of the previous sentence; none
    when the clause (up to the act at `until`) opens with a contrast ("في حين")."""
    sentence = doc.sentence_at(clause_start)
    if sentence is None or _contrast_between(doc, clause_start, until):
        return None
    if _reaction_end(doc, sentence.start, until) is not None:
        return None  # "وأدانت الدول العربية الهجوم": the clause's own subject reacts to the act (`_reacting_side`)
    spans = [(sentence.start, clause_start)]
    previous = max((s for s in doc.sentences if s.end <= sentence.start), key=lambda s: s.end, default=None)
    if previous is not None and previous.paragraph == sentence.paragraph:
        spans.append((previous.start, previous.end))
    cues = _role_cues()
    for start, end in spans:
        if _opening_country(doc, start, end) is not None:
            return None  # "قصفت تركيا مخابئ لحزب X. كما قصفت ...": the country is the subject (`_carried_country`)
        if (start, end) != spans[0] and _reaction_end(doc, start, end) is not None:
            continue  # "... تضامن حكومة وشعب مصر مع حكومة السعودية. وذكر المتحدث أن الهجوم ...": reactors, not its subject
        for mention in doc.in_span("actor", start, end):
            attrs = mention.attrs
            # a side counted dead or hurt there ("أن 5 من عناصر X قتلوا في كمين") suffered, it acted in nothing
            if (attrs.get("victim") or attrs.get("in_source") or attrs.get("assoc")
                    or (mention.value is not None and mention.value.name in exclude) or _casualties(doc, mention, start)):
                continue
            if not (no_side(doc, mention, start) or _preceded_by(doc, mention, start, cues["person_titles"], 2)):
                return mention
    return None


def _carried_country(doc: Document, trigger: Mention, clause_start: int) -> ActorRef | None:
    """The country an active verb with no subject of its own carries over: the subject right
    after the verb opening its sentence before the act, else the previous sentence of the
    paragraph ("قصفت تركيا مواقع ... . كما قصفت مواقع أخرى", "صعدت إسرائيل عدوانها، إذ قتلت ..."),
    through its armed forces; so does an act noun with the feminine possessive ("هجماتها"); none after a contrast ("في حين") or where a preposition opens it.

    Why: a country name is a place, not an actor mention, so the subject left out was not found
    and the act went to an unidentified group or to the side the first sentence hit."""
    sentence = doc.sentence_at(clause_start)
    # an act noun owned by a feminine pronoun ("كثفت إسرائيل هجماتها") points back to the country too
    written = normalize(trigger.text).split()
    owned = bool(written) and written[-1].endswith("ها")
    if (trigger.attrs.get("voice") != "active" and not owned) or sentence is None \
            or _contrast_between(doc, clause_start, trigger.start):
        return None
    spans = [(sentence.start, trigger.start)]
    previous = max((s for s in doc.sentences if s.end <= sentence.start), key=lambda s: s.end, default=None)
    if previous is not None and previous.paragraph == sentence.paragraph:
        spans.append((previous.start, previous.end))
    for start, end in spans:
        iso2 = _opening_country(doc, start, end)
        if iso2 is not None:
            return resolve_actor(f"state:{iso2}:military", doc.country_hint, doc.published)
    return None


def _opening_country(doc: Document, start: int, end: int) -> str | None:
    """ISO2 of the country named right after the first word of the text span, unless that
    word is a preposition ("قصفت تركيا ..." → TR; "في تركيا ..." → None), a saying verb (the
    country speaks of the act, `country_launch.blame.sayers`: "قالت تركيا إنه قتل ...") or the
    two words name one place ("كردستان العراق: ...")."""
    norm_start = doc.norm_index(start)
    words = [strip_conjunction(w) for w in WORD_RE.findall(doc.norm[norm_start:doc.norm_index(end)])]
    if len(words) < 2 or words[0] in _subject_prepositions() or words[0] in _blame_rules().sayers:
        return None
    rest = " ".join(words[1:]) + " "
    name, iso2 = next(((n, c) for n, c in _country_names().items() if rest.startswith(n + " ")), (None, None))
    if name is None:
        return None
    at = doc.norm.find(name, norm_start)
    raw_start, raw_end = doc.raw_span(at, at + len(name))
    return None if any(p.start < raw_start and p.end >= raw_end for p in doc.in_span("place", start, end)) else iso2


def _contrast_between(doc: Document, start: int, end: int) -> bool:
    """True when a contrast connective ("في حين", "بينما") stands in doc.text[start:end]."""
    span = doc.norm[doc.norm_index(start):doc.norm_index(end)]
    words = " " + " ".join(strip_conjunction(w) for w in WORD_RE.findall(span)) + " "
    return any(f" {' '.join(cue)} " in words for cue in _role_cues()["contrast"])


def _joined_by_and(gap: str) -> bool:
    """Gap text "و" or "و<noun>" (وميليشيا، وقوات) between two coordinated actors.

    Quote marks around the names ("«النصرة» و«الفصائل»") are no words: read as one, two
    named allies came out as enemies, the second the target of their joint act.  A verb of
    aim ("نفذتها X واستهدفت Y", `role_cues.aimed_at`) joins no ally: Y is what X hit."""
    words = normalize(gap.translate(_QUOTE_MARKS)).split()
    return (len(words) == 1 and words[0].startswith("و") and len(words[0]) <= 8 and words[0].isalpha()
            and (words[0][1:],) not in _role_cues()["aimed_at"])


def _coordinated(doc: Document, agent: Mention, mentions: list[Mention]) -> Mention | None:
    """An actor joined to the agent by و alone ("جيش النظام وميليشيا حزب الله")."""
    for other in mentions:
        if other.start > agent.end and _joined_by_and(doc.text[agent.end:other.start]):
            same = other.value is None or agent.value is None or other.value.name == agent.value.name
            return other if not same and not other.attrs.get("victim") else None
    return None


def _ends_with_target_cue(trigger: Mention) -> bool:
    """True when the trigger's own words end with a target preposition ("أطلقوا النار على").

    Why: an actor right after such a trigger is what was fired on, not the
    genitive author that follows a bare act noun ("قصف النظام"); read as the
    author, a military parade fired on became the army attacking civilians.
    """
    words = WORD_RE.findall(normalize(trigger.text))
    return bool(words) and (words[-1],) in _role_cues()["target"] and len(words) > 1


def _agent(mentions: list[Mention], targets: list[Mention], trigger: Mention, doc: Document) -> Mention | None:
    """The acting side: in the trigger's own mention, right after it (VSO / genitive),
    or the first of the subject group nearest before it."""
    free = [m for m in mentions if m not in targets and not m.attrs.get("victim")]
    # "غارات روسية": the trigger noun and its agent in one mention; a verb's trigger that takes in its
    # object ("أنصار الله استهدفوا بارجة حربية سعودية", its subject right before it) holds the side it hit
    subject_before = trigger.attrs.get("voice") in ("active", "passive") and any(
        m.end <= trigger.start and not doc.text[m.end:trigger.start].strip() for m in free)
    overlapping = [m for m in free if m.start < trigger.end and m.end > trigger.start
                   and not (subject_before and m.start > trigger.start)]
    if overlapping:
        return overlapping[0]
    after = [m for m in free if m.start >= trigger.end]
    before = [m for m in free if m.end <= trigger.start and not _contrast_between(doc, m.end, trigger.start)]
    antecedent = _act_antecedent(doc, trigger)
    if antecedent is not None:  # "مرتبط بالهجوم الذي استهدف سروج": the verb's subject is the act noun
        before = [m for m in before if m.start >= antecedent.end]
    fronted = _fronted_subject(doc, before, trigger)
    if fronted is not None:
        return fronted
    if after and not _ends_with_target_cue(trigger) and not _possessed_men_after(doc, trigger) \
            and not _laid_for_side_after(doc, trigger) and not _pronoun_possessed_act(trigger):
        # a name in quotes ("قوات “المقاومة الشعبية”", "تنظيم "داعش"") opens with no break
        gap = doc.text[trigger.end:after[0].start].rstrip().rstrip(_OPENING_QUOTES)
        if len(gap.split()) <= 2 and not any(ch in _HARD_BREAK for ch in gap) and not _at_site(gap):
            return after[0]
    before = [m for m in before if not _gloss(doc, m, before)]
    if len(before) > 1 and _object_after_subject(doc, before[-2], before[-1]):
        before = before[:-1]
    if before:
        subject = before[-1]
        if _relative_doer(doc, subject, trigger):
            return subject
        for earlier in reversed(before[:-1]):
            if not _joined_by_and(doc.text[earlier.end:subject.start]):
                break
            subject = earlier
        return subject
    return None


def _relative_doer(doc: Document, side: Mention, trigger: Mention) -> bool:
    """The act noun is the object of a relative clause on `side`: a relative pronoun and a
    launching verb (`country_launch.verbs`) open the words between them, six at most, no
    break ("بين مقاومين وقوات X التي نفذت حملة اعتقالات").

    Why: the clause tells what that side did; walked back through "و" to the first side of
    the pair, the arrests came out made by the men the force was fighting."""
    gap = doc.text[side.end:trigger.start]
    words = [strip_conjunction(w) for w in WORD_RE.findall(normalize(gap))]
    return (2 <= len(words) <= 6 and not any(ch in _HARD_BREAK or ch in "،," for ch in gap)
            and words[0] in _role_word_set("relative_pronouns") and words[1] in _launch_rules()[0])


def _object_after_subject(doc: Document, first: Mention, second: Mention) -> bool:
    """True when two sides stand side by side, only spaces or a date between them ("فاجأت
    المقاومة أمس مسلحي الحوثي ... حيث قامت باقتحام المعسكر"): after a verb, the first is its
    subject and the second its object, so the act told later in the clause is the first's.

    Why: read by nearness, the side surprised or attacked, named last before a later act
    noun, became that act's author and the gains of its attacker were credited to it."""
    if first.value is None or second.value is None or first.value.name == second.value.name:
        return False
    if first.attrs.get("victim") or first.attrs.get("in_source"):
        return False
    gap = doc.text[first.end:second.start]
    for date in doc.in_span("date", first.end, second.start):
        gap = gap.replace(doc.text[date.start:date.end], "")
    return bool(gap) and not gap.strip()


def _fronted_subject(doc: Document, before: list[Mention], trigger: Mention) -> Mention | None:
    """The side written right before an active verb ("حماس تقصف قوات الاحتلال", "الجيش
    يقصف مواقع التنظيم"), with nothing between them: the verb's subject (SVO).

    Why: read as VSO, the side right after the verb ("تقصف قوات الاحتلال") was taken for
    the author, so a post's own side shelling its enemy came out shelled by it."""
    if trigger.attrs.get("voice") != "active" or not before:
        return None
    last = before[-1]
    return last if not doc.text[last.end:trigger.start].strip() else None


def _at_site(gap: str) -> bool:
    """True when the words between an act noun and the side after it open with a preposition of
    place (`role_cues.at_site`: "عملية طعن عند حاجز عسكري").

    Why: the side is where the act befell; read as the genitive author, a soldier stabbed at
    a checkpoint came out stabbing his attacker."""
    words = [strip_conjunction(w) for w in WORD_RE.findall(normalize(gap))]
    return bool(words) and (words[0],) in _role_cues()["at_site"]


def _laid_for_side_after(doc: Document, trigger: Mention) -> bool:
    """An ambush noun that a laying verb (`role_cues.laying_verbs`) governs from at most six
    words before it, inside the sentence ("نصبت X عدة كمائن لقوات Y").

    Why: the side after the noun is the one the ambush was laid for; read as the noun's
    genitive author, the force ambushed came out ambushing its attacker."""
    start = doc.norm_index(trigger.start)
    left = doc.norm[max(0, start - 80):start]
    left = left[max(left.rfind(ch) for ch in ".،,؛;:\n") + 1:]
    words = [strip_conjunction(w) for w in WORD_RE.findall(left)[-6:]]
    return any((w,) in _role_cues()["laying_verbs"] for w in words)


def _possessed_men_after(doc: Document, trigger: Mention) -> bool:
    """An act noun whose genitive is a side's own men by pronoun (`role_cues.possessed_men`:
    "مشاهد من قصف مقاتليها جنود الاحتلال").

    Why: the pronoun goes back to the side named before the act, so an actor
    after it is the object hit; read as the genitive author, the soldiers
    shelled became the shelling side."""
    words = WORD_RE.findall(doc.norm[doc.norm_index(trigger.end):doc.norm_index(trigger.end) + 30])
    return bool(words) and (words[0],) in _role_cues()["possessed_men"]


def _pronoun_possessed_act(trigger: Mention) -> bool:
    """An act noun written with a possessive pronoun after its form (`role_cues.act_pronouns`:
    "واصلت الفصائل استهدافها قوات X"، "هجومهم").

    Why: the pronoun is the act's author (the side named before it), so the actor right
    after the noun is its object; read as the genitive author, the forces the factions
    targeted became the side that struck them."""
    form = normalize(str(trigger.attrs.get("form") or ""))
    if trigger.attrs.get("voice") != "noun" or not form or " " in form:
        return False
    word = strip_conjunction(normalize(trigger.text).split()[-1])
    suffix = word[word.find(form) + len(form):] if form in word else ""
    return (suffix,) in _role_cues()["act_pronouns"]


def _gloss(doc: Document, mention: Mention, others: list[Mention]) -> bool:
    """A name in brackets right after another side's name ("الجناح العسكري لحركة
    المقاومة الإسلامية (حماس)"): a gloss of the words before it, not the subject."""
    if doc.text[mention.end:mention.end + 1] != ")":
        return False
    return any(o.end <= mention.start and doc.text[o.end:mention.start].strip() == "(" for o in others)


def _act_antecedent(doc: Document, trigger: Mention) -> Mention | None:
    """The act noun a verb's relative pronoun goes back to ("الهجوم الانتحاري الذي
    استهدف مدينة سروج"), or None.

    Why: the relative verb's subject is that noun; an actor before it is the
    subject of another verb ("عناصر من الشرطة قاموا بتحديد هوية مشتبه به مرتبط
    بالهجوم الذي استهدف ...": the investigators), never the act's author."""
    if trigger.attrs.get("voice") not in ("active", "passive"):
        return None
    words = WORD_RE.findall(doc.norm[max(0, doc.norm_index(trigger.start) - 12):doc.norm_index(trigger.start)])
    if not words or (words[-1],) not in _role_cues()["relative_pronouns"]:
        return None
    pronoun_at = doc.text.rfind(" ", 0, trigger.start - 1)
    return next((t for t in doc.in_span("trigger", max(0, pronoun_at - 40), pronoun_at + 1)
                 if t is not trigger and t.attrs.get("voice") == "noun"
                 and not doc.text[t.end:pronoun_at].strip()), None)


@functools.cache
def _detainee_rules() -> tuple[frozenset[str], int]:
    """(resumptive pronoun suffixes, reach in words) of `role_cues.detainees`."""
    rules = load_catalogue().lexicon["role_cues"]["detainees"]
    return frozenset(normalize(w) for w in rules["resumptive_suffixes"]), int(rules["reach"])


def _resumes(doc: Document, arrest: Mention) -> bool:
    """True when a pronoun points back from the arrest to a side before it: on the arrest
    word past its trigger form ("اعتقالهم" of "اعتقال"; "الدهم" is the bare noun) or on the
    "على" after it ("القبض عليهم"; "على" reads "علي" once normalized)."""
    suffixes, _ = _detainee_rules()
    words = WORD_RE.findall(normalize(doc.text[arrest.start:arrest.end]))
    stem = WORD_RE.findall(normalize(str(arrest.attrs.get("form") or "")))
    after = WORD_RE.findall(normalize(doc.text[arrest.end:arrest.end + 12]))
    on_word = bool(words and stem) and stem[-1] in words[-1] and words[-1].rsplit(stem[-1], 1)[1] in suffixes
    return on_word or (bool(after) and after[0].startswith("علي") and after[0][3:] in suffixes)


def _detained_antecedents(doc: Document, trigger: Mention) -> list[Mention]:
    """Sides a relative clause of the trigger's sentence tells were detained ("عناصر X الذين
    تم القبض عليهم"، "خلايا X التي أعلنت الداخلية اعتقالها"), for a detention: the antecedent
    is what the pronoun on the arrest points back to, the detainee, of that arrest and of
    the others the sentence tells ("... بعد أن أعلن اعتقال أربعة").

    Why: before an arrest told by a passive or a verbal noun, the nearest actor reads as its
    subject, so the detained group came out as the arrester (and the arrest as an abduction).
    An active verb ("القوات التي اعتقلتهم") has the relative pronoun as its subject: its
    antecedent stays the agent."""
    sentence = doc.sentence_at(trigger.start)
    if not trigger.attrs.get("detention") or sentence is None:
        return []
    pronouns = _role_word_set("relative_pronouns")
    mentions = [m for m in doc.in_span("actor", sentence.start, sentence.end)
                if m.value is not None and not m.attrs.get("in_source")]
    found: list[Mention] = []
    for arrest in doc.in_span("trigger", sentence.start, sentence.end):
        if (not arrest.attrs.get("detention") or arrest.attrs.get("voice") not in ("passive", "noun")
                or not _resumes(doc, arrest)):
            continue
        for mention in mentions:
            if mention.end > arrest.start or mention in found:
                continue
            gap = doc.text[mention.end:arrest.start]
            words = [strip_conjunction(w) for w in WORD_RE.findall(normalize(gap))]
            if (len(words) > _detainee_rules()[1] or not any(w in pronouns for w in words[:2])
                    or any(ch in ".؛:!?؟\n" for ch in gap)):  # a sentence break, not a quote
                continue
            last = max(i for i, w in enumerate(words) if w in pronouns)
            # "X التي أعلنت القبض عليهم": a lone verb after the pronoun has it as its subject (X arrested)
            if arrest.attrs.get("voice") == "passive" or len(words) - last - 1 >= 2:
                found.append(mention)
    return found


# -- sides of an event -------------------------------------------------------------

def for_event(ref: ActorRef, country_code: str, date: dt.date | None) -> ActorRef:
    """`ref` named for the event's own country, with inter 1 at home / 8 abroad for state forces."""
    here = relocate(ref, country_code, date)
    if here.inter in (1, 8) and here.country:
        return replace(here, inter=1 if here.country == country_code else 8)
    return here


_GOVERNMENT = STATE_KINDS["government"].split(" {c}")[0]  # "Government of": a state, not a force


def riot_sides(doc: Document, sentence_start: int, sentence_end: int, sub_event_type: str | None,
               actor1: ActorRef | None, actor2: ActorRef | None) -> tuple[ActorRef, ActorRef | None]:
    """Rioters act; in a violent demonstration the other side is only the state
    force that met them (ACLED), never the protesters or bystanders themselves.

    Mob violence keeps its victims as actor2.
    """
    rioters = actor1 if actor1 and actor1.inter == 5 else generic_actor("rioters", doc.country_hint)
    if sub_event_type != "Violent demonstration":
        return rioters, actor2
    return rioters, _state_force(doc, sentence_start, sentence_end, actor1, actor2)


def deal_order(actor1: ActorRef | None, actor2: ActorRef | None) -> tuple[ActorRef | None, ActorRef | None]:
    """The two parties of a deal or a handover in ACLED's order: the country's own state
    (inter 1) first ("هدنة بين الفصائل والنظام" → the regime, then the rebels); a foreign
    state (inter 8) after the group it deals with."""
    if actor1 is not None and actor2 is not None and actor2.inter == 1 and actor1.inter != 1:
        return actor2, actor1
    return actor1, actor2


def _state_force(doc: Document, start: int, end: int, *refs: ActorRef | None) -> ActorRef | None:
    """The state force among `refs`, else the first the sentence names."""
    named = (m.value for m in doc.in_span("actor", start, end)
             if not m.attrs.get("in_source") and not m.attrs.get("assoc"))
    return next((ref for ref in (*refs, *named) if _is_force(ref)), None)


def is_government(ref: ActorRef | None) -> bool:
    """A state's government ("الحكومة المركزية"), which fields no men: named beside a
    shooting it is what the victims stood against or what is blamed, never the side shot
    (events.settle_type)."""
    return ref is not None and ref.inter in (1, 8) and ref.name.startswith(_GOVERNMENT)


def _is_force(ref: ActorRef | None) -> bool:
    """State or foreign forces (inter 1 or 8), not a government, which fields no men."""
    return ref is not None and ref.inter in (1, 8) and not is_government(ref)


def protest_sides(doc: Document, sub_event_type: str, actor1: ActorRef | None, actor2: ActorRef | None,
                  span: tuple[int, int] | None = None) -> tuple[ActorRef, ActorRef | None]:
    """Protesters act; only the state forces that intervene are the other side.

    A peaceful protest has no actor2 (the doctors or workers who protest are
    the protesters themselves); a protest met with intervention or force has
    the intervening state forces as actor2: those of the roles or the sentence
    (`span`), else the state force the article names most (Israeli forces at
    the Gaza fence, whoever reports the toll), else the country's police.
    """
    protesters = actor1 if actor1 and actor1.inter == 6 else generic_actor("protesters", doc.country_hint)
    if sub_event_type == "Peaceful protest":
        return protesters, None
    if span is None:
        state = next((ref for ref in (actor1, actor2) if ref is not None and ref.inter in (1, 8)), None)
    else:
        state = _state_force(doc, span[0], span[1], actor1, actor2)
        if state is None:
            state = article_opponent(doc, span[0], span[1], protesters, None)
            state = state if _is_force(state) else None
    return protesters, state or generic_actor("police", doc.country_hint, doc.published)


def article_opponent(doc: Document, sentence_start: int, sentence_end: int, actor1: ActorRef,
                     assoc: ActorRef | None, speakers_of: str | None = None, ground: bool = False,
                     battle: bool = False) -> ActorRef | None:
    """The side a one-sided report leaves implicit: the armed actor the story names
    most often (not actor1 or its allies), the latest before the sentence on ties.
    On a roundup page only the sentence's own story counts (`story_span`).

    With `speakers_of` (a country code), the story's armed groups of that country that
    only speak in it ("وبثت المقاومة مشاهد ...", not of actor1's camp) are counted instead:
    the caller's last resort before a side nobody named.

    With `ground` (a battle fought on the ground), a mention naming an air arm ("طيران
    التحالف", `_flies`, or the author of air strikes, `_strikes_from_air`) does not count: the aircraft that strike in the story's other
    sentences did not fight the clash ("قتل 13 مسلحا في مواجهات" beside "غارات طيران
    التحالف" names the ground force the story tells of, not the coalition).

    A foreign force named as a backer ("قوات الشرعية، بإسناد من التحالف") does not count
    there (`_foreign_backer`).  Nor, for a battle (`ground` or `battle`: the side that inflicted
    a loss in one), does the government of a state none of the story's places lies in ("مواساة
    الحكومة الألمانية للمملكة" in a story of an attack in Asir): it condoles, supports or
    comments, and its name, made an army by `as_forces`, fought nothing there (a deal or talks
    may still have it as a party).  Nor does a side the story shows reacting (`reacts`: "أعربت
    روسيا عن تعازيها"), wherever it is named again.  Nor does any side, for a loss told in a sentence of reaction
    (`_reaction_end`: "وأدانت الدول العربية الهجوم الذي استهدف مسجدا لقوات الطوارئ"): the
    story is one of states condoling, none of which fought, and the attacker stays unknown."""
    if battle and _reaction_end(doc, sentence_start, sentence_end) is not None:
        return None
    friends = allies(doc, sentence_start, sentence_end, actor1) | {actor1.name}
    if assoc is not None:
        friends.add(assoc.name)
    counts: dict[str, tuple[int, int, ActorRef]] = {}
    mates = camp_mates(actor1.actor_id or "", doc.published)
    story_start, story_end, countries = _story_at(_stories(doc), sentence_start)
    # a side the story shows condemning or condoling (`reacts`) is a reactor in all of it
    reactors = {m.value.name for m in doc.in_span("actor", story_start, story_end)
                if m.value is not None and reacts(doc, m)}
    for mention in doc.in_span("actor", story_start, story_end):
        ref = mention.value
        if (ref is None or ref.name in friends or ref.inter not in ARMED or _foreign_backer(mention)
                or never_agent(ref) or mention.attrs.get("diplomatic") or _foreign_reading(ref, countries)
                or ((ground or battle) and ref.key.endswith(":government") and countries
                    and ref.country not in countries)):
            continue
        sentence = doc.sentence_at(mention.start)
        if no_side(doc, mention, sentence.start if sentence else story_start):  # "اجتماع التحالف الدولي"
            continue
        if ref.name in reactors:  # "أعربت روسيا عن تعازيها لضحايا الهجوم": it grieves, it fought nothing
            continue
        if ground and (_flies(doc, mention) or _strikes_from_air(doc, mention)):
            continue
        if bool(mention.attrs.get("in_source")) != (speakers_of is not None) or (speakers_of is not None and (
                ref.inter not in NON_STATE_ARMED or ref.country != speakers_of or (ref.actor_id or "") in mates)):
            continue
        seen = counts.get(ref.name, (0, 0, ref))
        counts[ref.name] = (seen[0] + 1, mention.start if mention.start < sentence_end else seen[1], ref)
    best = max(counts.values(), key=lambda c: (c[0], c[1]), default=None)
    return best[2] if best else None


def _foreign_backer(mention: Mention) -> bool:
    """True for an external force named as backing a side ("قوات الشرعية، بإسناد من تحالف
    دعم الشرعية").

    Why: it fought through the side it backs, which the story names too; counted as a side
    of its own, the coalition backing Yemen's government forces outnumbered them and became
    the Houthis' foe in ground battles the text tells of no coalition in."""
    return bool(mention.attrs.get("assoc")) and mention.value is not None and mention.value.inter == 8


def captor(doc: Document, sentence_start: int, sentence_end: int, arrested: ActorRef | None) -> ActorRef | None:
    """Who arrests members of an armed group when the sentence names no arrester.

    The non-state armed side that the story names elsewhere as arresting that
    group (a resistance holding the city: "أعلنت المقاومة اعتقال قيادات حوثية"
    ... "تم القبض على تلك القيادات في حي ...") made these arrests too;
    otherwise the state's police do (None here).
    """
    if arrested is None or arrested.inter not in NON_STATE_ARMED:
        return None
    story_start, story_end, _ = _story_at(_stories(doc), sentence_start)
    for trigger in doc.in_span("trigger", story_start, story_end):
        if sentence_start <= trigger.start < sentence_end or getattr(trigger.value, "sub_event_type", None) != "Arrests":
            continue
        sentence = doc.sentence_at(trigger.start)
        if sentence is None:
            continue
        roles = assign_roles(doc, sentence.start, sentence.end, trigger)
        side, held = roles.actor1, roles.actor2
        if (side is not None and side.inter in NON_STATE_ARMED and side.name != arrested.name
                and (held is None or held.name == arrested.name)):
            return side
    return None


class HeldRules(NamedTuple):
    """`held_by_arrest` of the lexicon, normalized: the cues and agents as word tuples, the
    background words, and the gap from a cue to the group."""

    cues: frozenset[tuple[str, ...]]
    agents: tuple[tuple[str, ...], ...]
    background: frozenset[str]
    gap: int


@functools.cache
def _held_rules() -> HeldRules:
    """`held_by_arrest` of the lexicon, read once."""
    rules = load_catalogue().lexicon["held_by_arrest"]

    def tuples(items: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(normalize(w) for w in item.split()) for item in items)

    return HeldRules(frozenset(tuples(rules["cues"])), tuples(rules["agents"]),
                     frozenset(normalize(w) for w in rules["background"]), int(rules["gap"]))


def _held_exception(words: list[str], cue_start: int, cue_end: int) -> bool:
    """The cue at words[cue_start:cue_end] does not hold the group named after it: a passive's
    agent stands between them ("تم اعتقال صحفي من قبل الحوثيين"), or the arrest is a background
    one ("بعد القبض على أحد عناصر الحوثي")."""
    rules = _held_rules()
    agents, background = rules.agents, rules.background
    between = words[cue_end:]
    if any(tuple(between[i:i + len(a)]) == a for a in agents for i in range(len(between) - len(a) + 1)):
        return True
    return any(w in background for w in words[max(cue_start - 3, 0):cue_start])


def held_by_arrest(doc: Document, sentence_start: int, sentence_end: int, group: ActorRef) -> bool:
    """True when the sentence names `group` as the object of an arrest: at most `gap` words after
    a `held_by_arrest` cue, with no comma between ("إلقاء القبض على ستة من مليشيات الانقلاب").

    Why: the clause's one named side was taken for its subject, so the men held came out as the
    arresters (a group with arrests of its own, as the Houthis, kept them even with the state's
    army telling of the arrest)."""
    rules = _held_rules()
    cues, gap = rules.cues, rules.gap
    longest = max((len(cue) for cue in cues), default=0)
    for mention in doc.in_span("actor", sentence_start, sentence_end):
        if mention.value is None or mention.value.name != group.name or mention.attrs.get("in_source"):
            continue
        start = doc.norm_index(mention.start)
        left = doc.norm[max(doc.norm_index(sentence_start), start - 120):start]
        words = [strip_conjunction(w) for w in WORD_RE.findall(_COMMA_OR_BREAK_RE.split(left)[-1])]
        for end in range(len(words), max(len(words) - gap, 0) - 1, -1):
            size = next((n for n in range(1, longest + 1) if end - n >= 0 and tuple(words[end - n:end]) in cues), 0)
            if size and not _held_exception(words, end - size, end):
                return True
    return False


def source_force(doc: Document, sentence_start: int, sentence_end: int, group: ActorRef) -> ActorRef | None:
    """The state force that the sentence's source belongs to ("مصادر ميدانية في الجيش الوطني"),
    other than `group`: who tells of the arrest of its enemy's men made it."""
    return next((m.value for m in doc.in_span("actor", sentence_start, sentence_end)
                 if m.attrs.get("in_source") and m.value is not None and m.value.inter == 1
                 and m.value.name != group.name), None)


def sentence_police(doc: Document, sentence_start: int, sentence_end: int) -> ActorRef | None:
    """The police the sentence names acting, for arrests no cue gives an arrester: "وأغلقت
    الشرطة الطرقات، وانتهى اليوم باعتقال عشرين" are that police's (another state's police named
    there, not the police of the country by default).  A police speaker or police counted among
    the dead or held is no arrester."""
    for mention in doc.in_span("actor", sentence_start, sentence_end):
        if (mention.value is not None and (mention.attrs.get("key") or "").endswith(":police")
                and not mention.attrs.get("in_source") and not _casualties(doc, mention, sentence_start)):
            return mention.value
    return _announcing_state_police(doc, sentence_start, sentence_end)


def occupying_force(doc: Document, sentence_start: int, sentence_end: int) -> ActorRef | None:
    """The foreign state's army or police the sentence names acting in the article's country,
    for arrests no cue gives an arrester, when it names none of that country's own forces:
    "استشهد شاب برصاص قوات الاحتلال ... بينما شهدت بلدات أخرى اقتحامات واعتقالات" are that
    force's arrests.

    Why: the arrests otherwise went to the local police by default, the very side the text
    sets apart from the raiding force (Israeli raids in the West Bank given to the Palestinian
    police).  A force counted among the dead or held, or quoted as a source, is no arrester."""
    found = None
    for mention in doc.in_span("actor", sentence_start, sentence_end):
        ref, key = mention.value, mention.attrs.get("key") or ""
        if ref is None or not (key.startswith(("state:", "statenoun:")) and key.endswith((":military", ":police"))):
            continue
        if ref.inter != 8:
            return None  # the country's own forces are named: the default police stands
        if found is None and not mention.attrs.get("in_source") and not _casualties(doc, mention, sentence_start):
            found = ref
    return found


def _announcing_state_police(doc: Document, sentence_start: int, sentence_end: int) -> ActorRef | None:
    """The police of the state whose interior ministry the sentence names with its nationality
    (`role_cues.arrest_announcers` + adjective: "والتي أعلنت وزارة الداخلية السعودية القبض عليها").

    Why: the ministry that announces an arrest speaks for the police that made it; without
    it the arrest went to the police of wherever the detainees had been (a cell "active in
    Syria" arrested in Saudi Arabia)."""
    adjectives = load_catalogue().adjectives
    words = WORD_RE.findall(doc.norm[doc.norm_index(sentence_start):doc.norm_index(sentence_end)])
    for announcer in _role_cues()["arrest_announcers"]:
        size = len(announcer)
        for i in range(len(words) - size):
            if tuple(words[i:i + size]) == announcer and words[i + size] in adjectives:
                return resolve_actor(f"state:{adjectives[words[i + size]]}:police", doc.country_hint, doc.published)
    return None


def bomber_group(doc: Document, sentence_start: int, sentence_end: int, group: ActorRef | None) -> bool:
    """True when the sentence describes a suicide bomber as a member of `group` ("الذي فجر
    نفسه ... كان أحد عناصر X"): the bomber acted for X, X was not what he struck."""
    if group is None or group.inter not in NON_STATE_ARMED:
        return False
    cues = _role_cues()["member_of"]
    return any(m.value is not None and m.value.name == group.name and _preceded_by(doc, m, sentence_start, cues, 1)
               for m in doc.in_span("actor", sentence_start, sentence_end))


def camp_mate(first: ActorRef | None, second: ActorRef | None, date: dt.date | None) -> bool:
    """True when two actors fight on one side on `date` (`camps` in the lexicon):
    "أطلقت الفصائل قذائف ... مهددة باغتيال قادة حماس" names Hamas, not the target."""
    return (first is not None and second is not None and bool(first.actor_id)
            and second.actor_id in camp_mates(first.actor_id, date))


def _one_state(first: ActorRef, second: ActorRef) -> bool:
    """True for two forces of one state (its army and its police): never each other's opponent."""
    a, b = (first.actor_id or "").split(":"), (second.actor_id or "").split(":")
    return len(a) > 2 and len(b) > 2 and a[0] == b[0] == "state" and a[1] == b[1]


class RocketRules(NamedTuple):
    """`rockets_at` in the actor lexicon, normalized."""

    weapons: frozenset[str]
    toward: frozenset[str]
    gap: int
    # country names, town cues and lands named by the country's adjective ("الأراضي الإسرائيلية",
    # `rockets_at.lands`) as word tuples -> ISO2
    targets: dict[tuple[str, ...], str]
    # words that tell a place as near a country ("قرب الحدود التركية", `rockets_at.near`)
    near: frozenset[str]


@functools.cache
def _rocket_rules() -> RocketRules:
    """The `rockets_at` section, read once."""
    cat = load_catalogue()
    rules = cat.lexicon["rockets_at"]
    targets: dict[tuple[str, ...], str] = {}
    lands = [normalize(w) for w in rules.get("lands") or []]
    for iso2, row in cat.countries.items():
        for name in list(row.get("ar") or []) + list(row.get("cues") or []):
            targets.setdefault(tuple(normalize(name).split()), iso2)
        for adj in row.get("adj") or []:
            for form in (normalize("ال" + adj), normalize("ال" + adj + "ة")):
                for land in lands:
                    targets.setdefault((land, form), iso2)
    return RocketRules(frozenset(normalize(w).strip() for w in rules["weapons"]),
                       frozenset(normalize(w).strip() for w in rules["toward"]), int(rules["gap"]), targets,
                       frozenset(normalize(w).strip() for w in rules.get("near") or []))


def rocket_target_country(doc: Document, start: int, end: int) -> str | None:
    """The country whose land rockets are fired at in the span ("إطلاق صواريخ باتجاه إسرائيل").

    Why: ACLED codes rocket fire into a country or at its towns, with no
    military target named, against that country's civilians; the article
    names the target country or one of its towns right after "على/باتجاه".
    """
    words = [strip_conjunction(w) for w in WORD_RE.findall(doc.norm[doc.norm_index(start):doc.norm_index(end)])]
    return _aimed_country(words, len(words))


def launch_target_country(doc: Document, act: Mention, end: int) -> str | None:
    """The country the act's own fire is told as aimed at: a `rockets_at` weapon that is the act's
    word or stands within `gap` words after it, then a `toward` word and the country or one of its
    towns (`rocket_target_country` read from the act on, not anywhere in the sentence).

    Why: "شن الطيران الإسرائيلي غارات على غزة بعد إطلاق صواريخ على الأراضي الإسرائيلية": the
    rockets answered were fired at Israel, so Israel, the subject of the sentence's other act, did
    not fire them; read over the whole sentence, the strike's own target would decide too.  A
    place near a country or its border ("على قرى قرب الحدود التركية") is where the fire fell, not
    the country it was aimed at: the reach stops at `rockets_at.near`."""
    rules = _rocket_rules()
    words = [strip_conjunction(w) for w in WORD_RE.findall(doc.norm[doc.norm_index(act.start):doc.norm_index(end)])]
    own = len(WORD_RE.findall(doc.norm[doc.norm_index(act.start):doc.norm_index(act.end)]))
    return _aimed_country(words, own + rules.gap, rules.near)


def _aimed_country(words: list[str], weapons_within: int, stop: frozenset[str] = frozenset()) -> str | None:
    """The first country a weapon among `words[:weapons_within]` is aimed at: a `toward` word within
    `gap` words after the weapon, then the country within `gap` words (none past a `stop` word)."""
    rules = _rocket_rules()
    for i, word in enumerate(words[:weapons_within]):
        if word not in rules.weapons:
            continue
        for j in range(i + 1, min(i + 1 + rules.gap, len(words))):
            found = _country_after(words, j + 1, rules.gap, rules.targets, stop) if words[j] in rules.toward else None
            if found is not None:
                return found
    return None


def _country_after(words: list[str], first: int, gap: int, targets: dict[tuple[str, ...], str],
                   stop: frozenset[str] = frozenset()) -> str | None:
    for k in range(first, min(first + gap, len(words))):
        if words[k] in stop:
            return None
        for size in (2, 1):
            iso2 = targets.get(tuple(words[k:k + size]))
            if iso2 is not None:
                return iso2
    return None


def _foreign_reading(ref: ActorRef, countries: frozenset[str]) -> bool:
    """An alias read as a group known only in other countries than the story's
    ("المقاومة" as Yemen's Popular Resistance in a story about Idlib): no implicit side."""
    actor = load_catalogue().actors.get(ref.actor_id)
    return bool(actor and actor.context and countries and countries.isdisjoint(actor.context))


@functools.cache
def _continuations() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """(prefixes, words, new-place openers) of `story_continuations`, normalized."""
    rules = load_catalogue().lexicon["story_continuations"]
    return (tuple(normalize(w) for w in rules["prefixes"]), frozenset(normalize(w) for w in rules["words"]),
            frozenset(normalize(w) for w in rules["new_place"]))


def _continues(doc: Document, start: int) -> bool | None:
    """True when the paragraph at `start` opens as a continuation ("وقال", "كما"), None
    when it opens on another place ("وفي العراق"), False otherwise."""
    prefixes, words, new_place = _continuations()
    first = WORD_RE.findall(doc.norm[doc.norm_index(start):doc.norm_index(start) + 30])[:1]
    if not first or first[0] in new_place:
        return None if first else False
    return first[0] in words or first[0].startswith(prefixes)


def _paragraphs(doc: Document) -> list[tuple[int, int]]:
    """Body paragraphs as raw spans, in order (the title left out)."""
    spans: dict[int, list[int]] = {}
    for sentence in doc.sentences:
        if not sentence.is_title:
            span = spans.setdefault(sentence.paragraph, [sentence.start, sentence.end])
            span[1] = sentence.end
    return [(a, b) for a, b in spans.values()]


def _paragraph_sides(places: list[Mention], start: int, end: int, actors: list[Mention]) -> tuple[set[str], set[str]]:
    """(countries of the places, named armed actors) of one paragraph; a place not yet
    geocoded counts with its first candidate."""
    countries = set()
    for mention in (m for m in places if start <= m.start < end):
        place = mention.attrs.get("place") or (mention.value[0] if mention.value else None)
        if place is not None and place.country_code:
            countries.add(place.country_code)
    named = {m.value.name for m in actors if start <= m.start < end
             and m.value is not None and m.value.inter in ARMED and not m.attrs.get("generic") and not m.attrs.get("coref")}
    return countries, named


def story_span(doc: Document, position: int) -> tuple[int, int]:
    """The raw span of the story that holds `position` (see `_stories`)."""
    start, end, _ = _story_at(_stories(doc), position)
    return start, end


def _story_at(stories: list[tuple[int, int, frozenset[str]]], position: int) -> tuple[int, int, frozenset[str]]:
    """The story that holds `position` (the last one past the end)."""
    return next((s for s in stories if position < s[1]), stories[-1])


def _stories(doc: Document, actors: list[Mention] | None = None) -> list[tuple[int, int, frozenset[str]]]:
    """The stories of a text as (start, end, countries of their places): one for the
    whole text, except on a page of several items, where a paragraph that does not carry
    on the one before it (no "و…", "كما" at its start), set in other countries than the
    story so far and naming none of its armed sides, opens a new story."""
    stories: list[tuple[int, int, frozenset[str]]] = []
    start, countries, named = 0, set(), set()
    actors = doc.of_kind("actor") if actors is None else actors
    places = doc.of_kind("place")
    for para_start, para_end in _paragraphs(doc):
        here, sides = _paragraph_sides(places, para_start, para_end, actors)
        if (here and countries and here.isdisjoint(countries) and sides.isdisjoint(named)
                and not _continues(doc, para_start)):
            stories.append((start, para_start, frozenset(countries)))
            start, countries, named = para_start, set(), set()
        countries |= here
        named |= sides
    stories.append((start, len(doc.text), frozenset(countries)))
    return stories
