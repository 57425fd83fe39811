"""Actor catalogue: loader, validator, alias matcher and period/country resolution.

The catalogue (`marsad/data/actors.yaml`) names conflict actors the way ACLED
does.  An alias found in an article points to a *key*:

* a named actor id (``"houthis"``),
* a state family ``"state:SY:military"`` whose member actors are the periods
  of that state (the article date picks one),
* a state noun ``"statenoun:military"`` ("القوات الحكومية": the forces of the
  article's country),
* a generic kind ``"generic:civilians"`` (``Civilians (<country>)``).

`resolve_actor` turns a key (or an `Actor`) plus the country where the event
happens and its date into an `ActorRef`: the period name, and inter 8 when a
state force acts outside its own country.  Arabic entries are normalized with
`marsad.text.normalize` at load time so they match `Document.norm`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

import ahocorasick
import yaml

from marsad.acled import country_name as acled_country_name
from marsad.knowledge.gazetteer import load_gazetteer
from marsad.text import normalize

# The earliest date the state periods of every catalogued country must cover: the
# news the extractor reads reaches back to 2010 (`_validate_periods`).
PERIODS_COVER_FROM = dt.date(2010, 1, 1)
STATE_KINDS = {"military": "Military Forces of {c} ({p})", "police": "Police Forces of {c} ({p})",
               "government": "Government of {c} ({p})"}
QUOTES = set('«»"“”\'')


def force_kind(key: str) -> str | None:
    """The kind of state force (`STATE_KINDS`: military, police, ...) an actor key names:
    "state:EG:military" and the bare noun "statenoun:military" both name "military"."""
    if key.startswith("state:"):
        return key.rsplit(":", 1)[-1]
    if key.startswith("statenoun:"):
        return key.split(":", 1)[1]
    return None


# Key of phrases that contain an actor word but name no actor ("مجلس الأمن"): they win
# the longest-match choice over the word inside them and are then dropped.
NOT_ACTOR = "none"

# Proclitic strings allowed before an alias; an alias beginning with ال cannot
# take the bare preposition ل (ل + ال is written لل, handled by a variant).
_PREFIXES_ARTICLE = {"", "و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"}
_PREFIXES_BARE = _PREFIXES_ARTICLE | {"ل", "ول", "فل"}
_PREFIXES_LIL = {"لل", "ولل", "فلل"}


@dataclass(frozen=True, slots=True)
class Actor:
    """One catalogue actor (a named group, one period of a state force, or a generic)."""

    id: str
    name: str
    inter: int
    country: str
    start: dt.date | None = None
    end: dt.date | None = None
    aliases: tuple[str, ...] = ()
    quoted: tuple[str, ...] = ()
    coref: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    by_country: bool = False
    family: str = ""
    as_state: str | None = None
    as_kind: str = "military"
    after_end: str | None = None
    before_start: str | None = None
    reading_of: str | None = None

    def valid_on(self, date: dt.date | None) -> bool:
        """True when the actor existed on `date` (always true without a date)."""
        if date is None:
            return True
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True, slots=True)
class ActorRef:
    """The actor as an event field: name, inter code, home country (ISO2), catalogue id.

    `key` and `alias` record what the name was resolved from, so the event
    stage can name the actor again for the country where an event happened
    (`relocate`); they are empty for actors found outside the catalogue.
    """

    name: str
    inter: int
    country: str | None
    actor_id: str
    key: str = ""
    alias: str | None = None


@dataclass(slots=True)
class Catalogue:
    """Everything loaded from the two data files, indexed for lookup."""

    actors: dict[str, Actor]
    families: dict[str, list[Actor]]
    countries: dict[str, dict[str, Any]]
    generic: dict[str, dict[str, Any]]
    aliases: dict[str, list[str]]
    quoted: dict[str, list[str]]
    lexicon: dict[str, Any]
    adjectives: dict[str, str] = field(default_factory=dict)
    launchers: dict[str, list[tuple[str, dt.date | None, dt.date | None]]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Match:
    """An alias occurrence in a normalized string: span and what it may denote."""

    start: int
    end: int
    keys: tuple[str, ...]
    alias: str


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _norm_all(values: list[str] | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(normalize(str(v)).strip() for v in values or []))


def _read_yaml(name: str) -> dict[str, Any]:
    text = resources.files("marsad.data").joinpath(name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _adjective_forms(stem: str) -> list[str]:
    """Masculine/feminine/plural/dual forms of a nationality adjective, with and without ال."""
    forms = [stem, stem + "ا", stem + "ه", stem + "ين", stem + "ون", stem + "ان", stem + "تان", stem + "تين", stem + "ات"]
    return forms + ["ال" + f for f in forms]


def _state_actors(iso2: str, spec: dict[str, Any], cname: str) -> list[Actor]:
    out = []
    aliases = spec.get("aliases") or {}
    for kind, template in STATE_KINDS.items():
        family = f"state:{iso2}:{kind}"
        for label, start, end in spec["periods"]:
            out.append(Actor(
                id=f"{family}:{label}", name=template.format(c=cname, p=label), inter=1, country=iso2,
                start=_date(start), end=_date(end), aliases=_norm_all(aliases.get(kind)), family=family))
    return out


def _named_actor(row: dict[str, Any]) -> Actor:
    return Actor(
        id=row["id"], name=row["name"], inter=int(row["inter"]), country=row["country"],
        start=_date(row.get("start")), end=_date(row.get("end")), aliases=_norm_all(row.get("aliases")),
        quoted=_norm_all(row.get("quoted")), coref=_norm_all(row.get("coref")),
        context=tuple(row.get("context") or ()), by_country=bool(row.get("by_country")),
        family=row["id"], as_state=row.get("as_state"), as_kind=row.get("as_kind", "military"),
        after_end=row.get("after_end"), before_start=row.get("before_start"))


def _local_readings(row: dict[str, Any], parent: Actor) -> list[Actor]:
    """The entry's `local` rows as readings bound to countries.  An alias such as
    "المقاومة" names Hezbollah only in a Lebanese story, while the entry's other
    aliases name it anywhere: the reading "hezbollah@LB" holds those aliases with
    `context` [LB] and resolves to the entry itself (same name, code and id)."""
    out = []
    for spec in row.get("local") or ():
        key = f"{parent.id}@{'+'.join(spec['countries'])}"
        out.append(replace(parent, id=key, family=key, aliases=_norm_all(spec["aliases"]), quoted=(),
                           context=tuple(spec["countries"]), reading_of=parent.id))
    return out


def _generic_actors(generic: dict[str, Any], countries: dict[str, Any]) -> list[Actor]:
    return [Actor(id=f"generic:{kind}:{iso2}", name=f"{spec['name']} ({c['name']})", inter=int(spec["inter"]),
                  country=iso2, family=f"generic:{kind}")
            for kind, spec in generic.items() for iso2, c in countries.items()]


def _add(index: dict[str, list[str]], alias: str, key: str) -> None:
    keys = index.setdefault(alias, [])
    if key not in keys:
        keys.append(key)


def _build_alias_index(actors: list[Actor], lexicon: dict[str, Any]) -> tuple[dict, dict]:
    aliases: dict[str, list[str]] = {}
    quoted: dict[str, list[str]] = {}
    for actor in actors:
        for alias in actor.aliases:
            _add(aliases, alias, actor.family)
        for alias in actor.quoted:
            _add(quoted, alias, actor.family)
    for kind, words in lexicon["state_nouns"].items():
        for word in _norm_all(words):
            _add(aliases, word, f"statenoun:{kind}")
    for kind, words in lexicon["generic_nouns"].items():
        for word in _norm_all(words):
            _add(aliases, word, f"generic:{kind}")
    for word in _norm_all(lexicon.get("not_actors")):
        _add(aliases, word, NOT_ACTOR)
    return aliases, quoted


@functools.cache
def load_catalogue() -> Catalogue:
    """Load and index the actor catalogue and lexicon (once per process)."""
    data = _read_yaml("actors.yaml")
    lexicon = _read_yaml("actor_lexicon.yaml")
    lexicon["state_noun_default_country"] = {
        normalize(k): v for k, v in (lexicon.get("state_noun_default_country") or {}).items()}
    countries = data["countries"]
    actors: list[Actor] = []
    for iso2, spec in data["state"].items():
        row = countries[iso2]
        actors.extend(_state_actors(iso2, spec, row.get("of") or row["name"]))
    named = [_named_actor(row) for row in data["actors"]]
    actors.extend(named)
    # readings come after every entry, so an entry's unbound readings are listed first
    actors.extend(r for row, actor in zip(data["actors"], named, strict=True) for r in _local_readings(row, actor))
    actors.extend(_generic_actors(data["generic"], countries))
    families: dict[str, list[Actor]] = {}
    for actor in actors:
        families.setdefault(actor.family, []).append(actor)
    aliases, quoted = _build_alias_index(actors, lexicon)
    adjectives = {}
    for iso2, c in countries.items():
        for stem in _norm_all(c.get("adj")):
            for form in _adjective_forms(stem):
                adjectives.setdefault(form, iso2)
        for form in _norm_all(c.get("plural")):
            adjectives.setdefault(form, iso2)
    launchers = {iso2: [(key, _date(start), _date(end)) for key, start, end in spec.get("launchers") or ()]
                 for iso2, spec in data["state"].items()}
    return Catalogue({a.id: a for a in actors}, families, countries, data["generic"], aliases, quoted,
                     lexicon, adjectives, launchers)


def weapon_launcher(iso2: str, date: dt.date | None) -> str:
    """The key of the side that fires the missiles and drones of `iso2` on `date`: the state's
    `launchers` period covering the date (the Houthis fire Yemen's since 2015, so "الصاروخ
    اليمني" is theirs), else the state's military.  Why: where a non-state side holds the
    launch areas, the country's name on a weapon tells where it came from, not that the
    recognised government's army fired it.  Without a date, the state's military."""
    for key, start, end in load_catalogue().launchers.get(iso2, ()):
        if date is not None and (start is None or start <= date) and (end is None or date <= end):
            return key
    return f"state:{iso2}:military"


@functools.cache
def country_adjective_forms(iso2: str) -> frozenset[str]:
    """The curated nationality adjective forms of a country (actors.yaml `adj`, with and
    without the article: "الأمريكية", "فرنسي"), as matching keys; empty when none is listed."""
    return frozenset(form for form, code in load_catalogue().adjectives.items() if code == iso2)


def validate_catalogue(cat: Catalogue | None = None) -> list[str]:
    """Problems in the catalogue (empty when valid): codes, dates, countries, normalization."""
    cat = cat or load_catalogue()
    problems = []
    for actor in cat.actors.values():
        if not 1 <= actor.inter <= 8:
            problems.append(f"{actor.id}: inter {actor.inter} not in 1..8")
        if actor.country not in cat.countries:
            problems.append(f"{actor.id}: unknown country {actor.country}")
        if actor.start and actor.end and actor.start > actor.end:
            problems.append(f"{actor.id}: starts after it ends")
        for alias in actor.aliases + actor.quoted + actor.coref:
            if alias != normalize(alias) or not alias:
                problems.append(f"{actor.id}: alias {alias!r} not normalized")
        for iso2 in actor.context:
            if iso2 not in cat.countries:
                problems.append(f"{actor.id}: unknown context country {iso2}")
        if actor.as_state and (actor.as_state not in cat.countries or actor.as_kind not in STATE_KINDS):
            problems.append(f"{actor.id}: as_state {actor.as_state}/{actor.as_kind} is no state force")
        if actor.after_end and (actor.end is None or (actor.after_end not in cat.actors
                                                      and actor.after_end not in cat.families)):
            problems.append(f"{actor.id}: after_end {actor.after_end!r} needs an end date and a known key")
        if actor.before_start and (actor.start is None or (
                actor.before_start not in cat.actors
                and not (actor.before_start.startswith("generic:") and actor.before_start[8:] in cat.generic))):
            problems.append(f"{actor.id}: before_start {actor.before_start!r} needs a start date and a known key")
    problems.extend(_validate_periods(cat))
    problems.extend(f"state {iso2}: launcher {key!r} unknown or dated backwards" for iso2, rows in cat.launchers.items()
                    for key, start, end in rows if key not in cat.actors or (start and end and start > end))
    problems.extend(_validate_strikes(cat))
    problems.extend(f"never_agents: unknown actor {key}" for key in cat.lexicon["never_agents"] if key not in cat.actors)
    problems.extend(f"camps: unknown actor {key}" for camp in cat.lexicon["camps"] for key in camp["members"]
                    if not _known_key(cat, key))
    problems.extend(f"camps: 'credit_only' must be true or false in {camp['members']}" for camp in cat.lexicon["camps"]
                    if not isinstance(camp.get("credit_only", False), bool))
    problems.extend(_validate_generic(cat))
    problems.extend(_validate_local(cat))
    problems.extend(_validate_readings(cat))
    if cat.lexicon.get("foreign_reading_fallback") not in {*cat.generic, NOT_ACTOR}:
        problems.append("foreign_reading_fallback: neither a generic kind nor none")
    problems.extend(validate_word_lists(cat.lexicon))
    problems.extend(_validate_required_lists(cat.lexicon))
    downed = cat.lexicon.get("reported_owner", {}).get("downed_reach")
    if not isinstance(downed, int) or downed < 1:
        problems.append("reported_owner.downed_reach: a positive number of words")
    reach = cat.lexicon.get("role_cues", {}).get("campaign_reach", {}).get("reach")
    if not isinstance(reach, int) or reach < 1:
        problems.append("role_cues.campaign_reach.reach: a positive number of words")
    described = cat.lexicon.get("backer_described_by", {}).get("reach")
    if not isinstance(described, int) or described < 1:
        problems.append("backer_described_by.reach: a positive number of words")
    gap = cat.lexicon.get("role_cues", {}).get("genitive_agent", {}).get("gap")
    if not isinstance(gap, int) or gap < 1:
        problems.append("role_cues.genitive_agent.gap: a positive number of words")
    enabled = cat.lexicon.get("role_cues", {}).get("enabled_gainer", {})
    if not all(isinstance(enabled.get(k), int) and enabled[k] >= 1 for k in ("gap", "reach")):
        problems.append("role_cues.enabled_gainer.gap, .reach: positive numbers of words")
    expelled = cat.lexicon.get("role_cues", {}).get("expelled_after", {}).get("reach")
    if not isinstance(expelled, int) or expelled < 1:
        problems.append("role_cues.expelled_after.reach: a positive number of words")
    return problems


# Lexicon word lists the actors stage reads directly: each must be a non-empty list of words.
REQUIRED_WORD_LISTS = ("role_cues.own_men_one", "role_cues.own_man", "role_cues.loss_announcers",
                       "role_cues.announcements", "role_cues.aimed_at", "role_cues.counted_loss_verbs",
                       "role_cues.air_strikes", "role_cues.air_strike_links",
                       "role_cues.driven_out.passive_forms", "owned_adjectives.vehicles", "casualty_breaks",
                       "role_cues.inquiry_words", "role_cues.at_site", "role_cues.collective_forces",
                       "role_cues.claim_enablers", "role_cues.claim_owned_suffixes", "role_cues.driven_out.members",
                       "owned_adjectives.munitions", "role_cues.genitive_agent.attack_nouns",
                       "role_cues.genitive_agent.object_nouns", "role_cues.genitive_agent.attack_links",
                       "role_cues.genitive_agent.counts", "role_cues.genitive_agent.not_objects",
                       "role_cues.genitive_agent.equipment", "role_cues.driven_out.control_nouns",
                       "role_cues.driven_out.control_prepositions", "role_cues.driven_out.fled",
                       "role_cues.driven_out.relatives", "role_cues.own_men_ranks",
                       "spared_people.negations", "spared_people.harms", "spared_people.links",
                       "role_cues.campaign_reach.verbs", "role_cues.campaign_reach.nouns",
                       "role_cues.owned_sites.fired_from", "armed_bearers.verbs", "armed_bearers.weapons",
                       "attribution.witnesses", "attribution.condemners", "attribution.reactions",
                       "attribution.reaction_cancel", "attribution.reaction_beside", "role_cues.act_pronouns", "role_cues.fell_in",
                       "role_cues.ceded_to", "role_cues.ceded_to_serving", "backer_described_by.links",
                       "allied_with", "talks_with", "group_head_nouns", "construct_member_links", "ranked_dead.loss_words", "ranked_dead.ranks",
                       "ranked_dead.police_words", "ranked_dead.not_serving", "ranked_dead.own_ranks", "ranked_dead.links",
                       "construct_member_in_heads", "role_cues.enabled_gainer.verbs",
                       "role_cues.enabled_gainer.links", "role_cues.expelled_after.nouns",
                       "role_cues.expelled_after.place_nouns", "role_cues.expelled_after.before",
                       "role_cues.expelled_after.from", "assoc_gap_arms", "reported_owner.own_deeds",
                       "assoc_force_cues", "assoc_relatives", "launch_origin.modifiers",
                       "launch_origin.inside", "launch_origin.lands", "held_by_arrest.cues",
                       "held_by_arrest.agents", "held_by_arrest.background")


def _validate_required_lists(lexicon: dict[str, Any]) -> list[str]:
    """Each of `REQUIRED_WORD_LISTS` present in the lexicon as a non-empty list of words."""
    problems = []
    for path in REQUIRED_WORD_LISTS:
        node: Any = lexicon
        for key in path.split("."):
            node = node.get(key) if isinstance(node, dict) else None
        if not isinstance(node, list) or not node or not all(isinstance(w, str) and w.strip() for w in node):
            problems.append(f"{path}: a non-empty list of words")
    return problems


def _known_key(cat: Catalogue, key: str) -> bool:
    """A catalogue id, or state:ISO2:kind for a known country and state kind."""
    parts = key.split(":")
    if len(parts) == 3 and parts[0] == "state":
        return parts[1] in cat.countries and parts[2] in STATE_KINDS
    return key in cat.actors


def camp_mates(actor_id: str, date: dt.date | None, credit: bool = False) -> frozenset[str]:
    """Ids fighting on `actor_id`'s side on `date` (`camps` in the lexicon).  With `credit`,
    also the allies of a `credit_only` camp: one act may be credited to either of them,
    but each may still strike the other's militia, so they never hide each other's role."""
    return _camp_table(date, credit).get(actor_id, frozenset())


def same_camp(name: str, other: str, date: dt.date | None) -> bool:
    """Whether two coded actor names fight on one side on `date` (`camps` in the lexicon):
    an army and its allied militia or foreign backer reported as the author of one act."""
    keys = _keys_by_name()
    ours, theirs = keys.get(name), keys.get(other)
    return ours is not None and theirs is not None and theirs in camp_mates(ours, date, credit=True)


@functools.cache
def _keys_by_name() -> dict[str, str]:
    """The camp key (as `camp_mates` knows it) of each catalogued actor's coded name."""
    cat = load_catalogue()
    keys: dict[str, str] = {}
    for actor in cat.actors.values():
        key = actor.family if actor.family.startswith("state:") else actor.id
        keys.setdefault(actor.name, _catalogue_id(cat, key))
    return keys


@functools.cache
def _camp_table(date: dt.date | None, credit: bool) -> dict[str, frozenset[str]]:
    cat = load_catalogue()
    table: dict[str, set[str]] = {}
    for camp in cat.lexicon["camps"]:
        start, until = _date(camp.get("from")), _date(camp.get("until"))
        if date is not None and ((start and date < start) or (until and date > until)):
            continue
        if camp.get("credit_only") and not credit:
            continue
        members = [_catalogue_id(cat, key) for key in camp["members"]]
        for member in members:
            table.setdefault(member, set()).update(members)
    return {key: frozenset(mates - {key}) for key, mates in table.items()}


def _catalogue_id(cat: Catalogue, key: str) -> str:
    """The actor_id a resolved ref carries for a camp key (coalitions resolve to their state)."""
    actor = cat.actors.get(key)
    return f"state:{actor.as_state}:{actor.as_kind}" if actor and actor.as_state else key


def validate_word_lists(node: Any, path: str = "lexicon") -> list[str]:
    """No word list of the lexicon may hold two spellings that normalize alike
    ("ردا على"/"رداً على", "إنه"/"أنه"): normalization already folds them, so a
    second spelling is dead weight that hides which entries really differ."""
    if isinstance(node, dict):
        return [p for key, value in node.items() for p in validate_word_lists(value, f"{path}.{key}")]
    if not isinstance(node, list):
        return []
    if not all(isinstance(item, str) for item in node):
        return [p for i, item in enumerate(node) for p in validate_word_lists(item, f"{path}[{i}]")]
    counts = Counter(normalize(item).strip() for item in node)
    return [f"{path}: {word!r} listed {n} times after normalization" for word, n in counts.items() if n > 1]


def _validate_local(cat: Catalogue) -> list[str]:
    problems = []
    for key, row in (cat.lexicon.get("local_aliases") or {}).items():
        if key not in cat.actors:
            problems.append(f"local_aliases: unknown actor {key}")
        problems.extend(f"local_aliases.{key}: unknown country {c}" for c in row["countries"] if c not in cat.countries)
        problems.extend(f"local_aliases.{key}: {a!r} is no alias of it" for a in _norm_all(row["aliases"])
                        if key not in cat.aliases.get(a, ()))
    return problems


def _validate_readings(cat: Catalogue) -> list[str]:
    """A `local` row needs countries and aliases, and its aliases must not also be plain
    aliases of the entry: the unbound reading would then win in every other country."""
    problems = []
    for reading in (a for a in cat.actors.values() if a.reading_of):
        parent = cat.actors.get(reading.reading_of)
        if parent is None:
            problems.append(f"{reading.id}: reading of unknown actor {reading.reading_of}")
            continue
        if not reading.aliases or not reading.context:
            problems.append(f"{reading.id}: a local row needs countries and aliases")
        problems.extend(f"{reading.id}: {alias!r} is also a plain alias of {parent.id}"
                        for alias in reading.aliases if alias in parent.aliases)
    return problems


def _validate_generic(cat: Catalogue) -> list[str]:
    """Generic kinds' `named` overrides must point at catalogue actors of known countries."""
    return [f"generic {kind}: bad named override {iso2} -> {key}"
            for kind, spec in cat.generic.items() for iso2, key in (spec.get("named") or {}).items()
            if iso2 not in cat.countries or key not in cat.actors]


def _validate_strikes(cat: Catalogue) -> list[str]:
    """`unattributed_strikes` rows must name known countries and readable dates; shelling
    rows also regions that are admin1 names of their country in the gazetteer."""
    gazetteer = load_gazetteer()
    problems = []
    for row in cat.lexicon["unattributed_strikes"]["air_power"]:
        if row["country"] not in cat.countries or row["state"] not in cat.countries:
            problems.append(f"unattributed_strikes: unknown country in {row}")
        try:
            _date(row.get("from")), _date(row.get("until"))
        except ValueError:
            problems.append(f"unattributed_strikes: bad date in {row}")
    for row in cat.lexicon["unattributed_strikes"]["shelling"]:
        if row["country"] not in cat.countries or row["state"] not in cat.countries or not row.get("regions"):
            problems.append(f"unattributed_strikes: shelling row without known countries and regions: {row}")
        elif any(gazetteer.admin1_place(row["country"], region) is None for region in row["regions"]):
            problems.append(f"unattributed_strikes: shelling region is no admin1 of {row['country']}: {row}")
        try:
            _date(row.get("from")), _date(row.get("until"))
        except ValueError:
            problems.append(f"unattributed_strikes: bad date in {row}")
    return problems


def _in_period(row: dict[str, Any], date: dt.date | None) -> bool:
    """True when `date` falls in the row's from/until period (an unknown date falls in any)."""
    start, until = _date(row.get("from")), _date(row.get("until"))
    return date is None or ((start is None or start <= date) and (until is None or date <= until))


def unattributed_shelling_state(country_code: str | None, admin1: str | None, date: dt.date | None) -> str | None:
    """The state that alone shells the region `admin1` of `country_code` in the war period
    around `date` (`unattributed_strikes.shelling`), else None."""
    for row in load_catalogue().lexicon["unattributed_strikes"]["shelling"]:
        if row["country"] == country_code and admin1 in row["regions"] and _in_period(row, date):
            return row["state"]
    return None


@functools.cache
def strike_words(kind: str) -> tuple[str, ...]:
    """Normalized words of one `unattributed_strikes` list, which tell who fired an
    unattributed strike: "weapons" only a state uses (barrel bombs), "aircraft" only
    states fly, "drones" armed groups fly too, "shelling_not" fire both sides use (no
    theatre default), "shelling_origin" words that right after a shelling tell where
    it came from ("قصف من ...")."""
    return _norm_all(load_catalogue().lexicon["unattributed_strikes"][kind])


def unattributed_strike_state(country_code: str | None, date: dt.date | None) -> str | None:
    """The state whose aircraft fly the unattributed strikes in `country_code` on `date`."""
    for row in load_catalogue().lexicon["unattributed_strikes"]["air_power"]:
        if row["country"] == country_code and _in_period(row, date):
            return row["state"]
    return None


def _validate_periods(cat: Catalogue) -> list[str]:
    """State periods of one family must tile time from `PERIODS_COVER_FROM` on:
    no overlap (a date picks one actor), no gap (a date between two periods
    would fall back to the latest one), an open last period, and a first one
    that starts by `PERIODS_COVER_FROM` (an older article would otherwise get
    a government that did not exist yet: a 2015 story about Mali named after
    its 2021 junta)."""
    problems = []
    for family, members in cat.families.items():
        if not family.startswith("state:"):
            continue
        ordered = sorted(members, key=lambda a: a.start or dt.date.min)
        if ordered[0].start is not None and ordered[0].start > PERIODS_COVER_FROM:
            problems.append(f"{family}: {ordered[0].name} starts after {PERIODS_COVER_FROM}; add the earlier periods")
        if ordered[-1].end is not None:
            problems.append(f"{family}: {ordered[-1].name} ends; the last period must be open")
        for before, after in zip(ordered, ordered[1:], strict=False):
            if before.end is None or (after.start and before.end >= after.start):
                problems.append(f"{family}: {before.name} overlaps {after.name}")
            elif after.start is None or after.start - before.end > dt.timedelta(days=1):
                problems.append(f"{family}: gap between {before.name} and {after.name}")
    return problems


# -- matching ---------------------------------------------------------------

def _variants(alias: str, kind: str) -> list[tuple[str, str, frozenset[str]]]:
    """(form, kind, allowed proclitic strings) for one alias."""
    prefixes = _PREFIXES_ARTICLE if alias.startswith("ال") else _PREFIXES_BARE
    out = [(alias, kind, frozenset(prefixes))]
    if kind == "plain" and alias.startswith("ال") and len(alias) > 4:
        out.append((alias[2:], "lil", frozenset(_PREFIXES_LIL)))
    return out


def build_automaton(table: dict[str, list[tuple[str, str]]]) -> ahocorasick.Automaton:
    """Aho-Corasick over word-initial alias forms; `table` maps a normalized alias to (key, kind).

    Each stored word is " " + proclitics + alias and is matched against
    `boundary_view(norm)`, so a hit always starts at a word start and its
    clitics are known.  kind "plain" matches anywhere, "quoted" only between
    quote marks; an alias starting with ال also matches after ل as لل.
    """
    words: dict[str, list[tuple[str, str, int]]] = {}
    for alias, pairs in table.items():
        for key, kind in pairs:
            for form, vkind, prefixes in _variants(alias, kind):
                for prefix in prefixes:
                    words.setdefault(f" {prefix}{form}", []).append((key, vkind, alias, len(prefix)))
    automaton = ahocorasick.Automaton()
    for word, entries in words.items():
        automaton.add_word(word, (len(word), entries))
    automaton.make_automaton()
    return automaton


@functools.cache
def _automaton() -> ahocorasick.Automaton:
    cat = load_catalogue()
    table: dict[str, list[tuple[str, str]]] = {}
    for alias, keys in cat.aliases.items():
        table.setdefault(alias, []).extend((key, "plain") for key in keys)
    for alias, keys in cat.quoted.items():
        table.setdefault(alias, []).extend((key, "quoted") for key in keys)
    return build_automaton(table)


_NON_WORD = re.compile(r"[^\w ]+")


def boundary_view(norm: str) -> str:
    """" " + norm with every non-word character blanked: index i+1 is norm[i]."""
    return " " + _NON_WORD.sub(lambda m: " " * len(m.group()), norm)


def scan(norm: str, start: int = 0, end: int | None = None,
         automaton: ahocorasick.Automaton | None = None, view: str | None = None) -> list[Match]:
    """Every alias occurrence in norm[start:end] (overlaps kept); pass `view` to reuse it."""
    end = len(norm) if end is None else end
    view = boundary_view(norm) if view is None else view
    found = []
    for last, (length, entries) in (automaton or _automaton()).iter(view, start, end + 1):
        if last + 1 < len(view) and view[last + 1] != " ":
            continue
        space = last - length  # norm index of the boundary before the word
        quoted = space >= 0 and norm[space] in QUOTES and last < len(norm) and norm[last] in QUOTES
        ok = [e for e in entries if e[1] != "quoted" or quoted]
        if ok:
            clitics = min(e[3] for e in ok)  # prefer the reading with the longest alias
            best = [e for e in ok if e[3] == clitics]
            keys = tuple(dict.fromkeys(e[0] for e in best))
            found.append(Match(space + 1 + clitics, last, keys, best[0][2]))
    return found


def longest_first(matches: list[Match]) -> list[Match]:
    """Keep the longest non-overlapping matches, in text order."""
    chosen: list[Match] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def find_alias(text: str) -> list[Actor]:
    """Catalogue actors named in `text` (any form), the latest period for state forces.

    Generic nouns (مدنيين, المتظاهرين) and context-only state nouns
    (القوات الحكومية) name no catalogue actor by themselves and are skipped.
    """
    norm = normalize(text)
    out: list[Actor] = []
    for match in longest_first(scan(norm)):
        for key in match.keys:
            if key == NOT_ACTOR:
                continue
            actor = representative(key, match.alias)
            if actor and actor not in out:
                out.append(actor)
    return out


def representative(key: str, alias: str | None = None) -> Actor | None:
    """The Actor a key stands for without context: the named actor, a state's latest
    period, a state noun's default country ("قوات النظام" → Syria); None for generics."""
    cat = load_catalogue()
    if key.startswith("generic:"):
        return None
    if key.startswith("statenoun:"):
        iso2 = (cat.lexicon.get("state_noun_default_country") or {}).get(alias or "")
        if not iso2:
            return None
        key = f"state:{iso2}:{key.split(':')[1]}"
    members = cat.families.get(key)
    if not members:
        return cat.actors.get(key)
    actor = max(members, key=lambda a: a.start or dt.date.min)
    return cat.actors.get(actor.reading_of or "", actor)


# -- resolution -------------------------------------------------------------

def country_name(iso2: str | None) -> str | None:
    """English (ACLED) country name for an ISO2 code; a country the catalogue does not
    list (an arrest in Austria) still gets its name from the package's country table."""
    row = load_catalogue().countries.get(iso2 or "")
    return row["name"] if row else acled_country_name(iso2)


def _pick_period(members: list[Actor], date: dt.date | None) -> Actor:
    if date is not None:
        for actor in members:
            if actor.valid_on(date):
                return actor
        earliest = min(members, key=lambda a: a.start or dt.date.min)
        if earliest.start and date < earliest.start:
            return earliest
    return max(members, key=lambda a: a.start or dt.date.min)


def state_ref(iso2: str, kind: str, country_code: str | None, date: dt.date | None) -> ActorRef | None:
    """A state force of `iso2`: the period on `date`, inter 8 outside its country."""
    members = load_catalogue().families.get(f"state:{iso2}:{kind}")
    if not members:
        return None
    actor = _pick_period(members, date)
    inter = 8 if country_code and country_code != iso2 else 1
    return ActorRef(actor.name, inter, iso2, actor.family)


def generic_actor(kind: str, country_code: str | None, date: dt.date | None = None) -> ActorRef:
    """A generic actor of a country: Civilians/Protesters/Rioters/Unidentified Armed Group,
    or the state's Police/Military ("police"/"military") of that country on `date`."""
    cat = load_catalogue()
    if kind in STATE_KINDS:
        key = f"statenoun:{kind}"
        ref = state_ref(_state_country(kind, country_code), kind, country_code, date) if country_code else None
        ref = ref or ActorRef(_periodless(kind, country_code), 1, country_code, key)
        return replace(ref, key=key)
    spec = cat.generic[kind]
    named = (spec.get("named") or {}).get(country_code or "")
    if named:
        return replace(resolve_actor(named, country_code, date), key=f"generic:{kind}")
    cname = country_name(country_code)
    name = f"{spec['name']} ({cname})" if cname else spec["name"]
    return ActorRef(name, int(spec["inter"]), country_code, f"generic:{kind}", key=f"generic:{kind}")


def _periodless(kind: str, country_code: str | None) -> str:
    """"Police Forces of Mexico" for a state with no catalogued periods: the country
    still names the force (a bare "Police Forces" says nothing about whose)."""
    row = load_catalogue().countries.get(country_code or "")
    name = (row.get("of") or row["name"]) if row else country_name(country_code)
    if not name:
        return STATE_KINDS[kind].split(" of ")[0]
    return STATE_KINDS[kind].split(" (")[0].format(c=name)


def _state_country(kind: str, country_code: str | None) -> str | None:
    """Whose forces a bare state noun names in `country_code` (Gaza's "army" is Israel's)."""
    lex = load_catalogue().lexicon
    if kind == "military" and country_code in (lex.get("state_military_of") or {}):
        return lex["state_military_of"][country_code]
    return country_code


def resolve_actor(actor_or_id: Actor | str, country_code: str | None, date: dt.date | None,
                  alias: str | None = None) -> ActorRef | None:
    """Name and inter code of an actor for an event in `country_code` on `date`.

    `actor_or_id` is an `Actor` or a key (actor id, state family, statenoun or
    generic kind).  Returns None only for a state noun with no known country.
    """
    key = actor_or_id.family if isinstance(actor_or_id, Actor) else actor_or_id
    ref = _resolve_key(key, country_code, date, alias)
    return replace(ref, key=key, alias=alias) if ref else None


def relocate(ref: ActorRef, country_code: str | None, date: dt.date | None) -> ActorRef:
    """`ref` named for an event in `country_code` on `date` ("Islamic State (Turkey)" for a
    bombing in Turkey reported in a Syria article); unchanged without a catalogue key."""
    if not ref.key or not country_code:
        return ref
    return resolve_actor(ref.key, country_code, date, ref.alias) or ref


def _resolve_key(key: str, country_code: str | None, date: dt.date | None, alias: str | None) -> ActorRef | None:
    cat = load_catalogue()
    if key.startswith("generic:"):
        parts = key.split(":")
        # "generic:civilians:IR": people the text names by nationality ("14 إيرانيا") keep it
        # wherever the event happens; a bare generic takes the event's country
        return generic_actor(parts[1], parts[2] if len(parts) > 2 else country_code, date)
    if key.startswith("statenoun:"):
        kind = key.split(":")[1]
        default = (cat.lexicon.get("state_noun_default_country") or {}).get(alias or "")
        iso2 = _state_country(kind, country_code) or default
        if iso2 and f"state:{iso2}:{kind}" not in cat.families:  # no catalogued periods: "Police Forces of Mexico"
            return generic_actor(kind, iso2, date)
        return state_ref(iso2, kind, country_code, date) if iso2 else None
    if key.startswith("state:"):
        _, iso2, kind = key.split(":")
        return state_ref(iso2, kind, country_code, date)
    actor = cat.actors[key]
    actor = cat.actors.get(actor.reading_of or "", actor)  # a country-bound reading is its entry
    if actor.after_end and date and actor.end and date > actor.end:
        return resolve_actor(actor.after_end, country_code, date, alias)
    if actor.before_start and date and actor.start and date < actor.start:
        return resolve_actor(actor.before_start, country_code, date, alias)
    if actor.as_state:
        return state_ref(actor.as_state, actor.as_kind, country_code, date)
    if actor.by_country:
        where = country_code if country_name(country_code) else actor.country
        return ActorRef(f"{actor.name} ({country_name(where)})", actor.inter, where, actor.id)
    inter = 8 if actor.inter == 1 and country_code and country_code != actor.country else actor.inter
    return ActorRef(actor.name, inter, actor.country, actor.id)


def choose_key(keys: tuple[str, ...] | list[str], country_code: str | None,
               places: frozenset[str] | None = None) -> str:
    """Among keys an ambiguous alias may denote, the one whose context fits
    `country_code`, else a country of the places around it, else one bound to no
    country.  Once the
    places are known (`places` given) and every reading belongs to other countries
    ("المقاومة" in a story about Idlib is neither Yemen's nor Gaza's), the
    `foreign_reading_fallback` stands in (a generic kind, or "none": no actor) rather
    than a foreign group; before that, the first reading."""
    cat = load_catalogue()
    if len(keys) == 1:
        return keys[0]
    actors = [cat.actors.get(key) for key in keys]
    for where in (frozenset(c for c in (country_code,) if c), places or frozenset(), None):
        for key, actor in zip(keys, actors, strict=True):
            if where is None and (actor is None or not actor.context):  # a reading bound to no country
                return key
            if actor and where and not where.isdisjoint(actor.context):
                return key
    return foreign_fallback() if places is not None and (country_code or places) else keys[0]


@functools.cache
def _local_aliases() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Actor key → (normalized bare aliases, countries where they name it): the lexicon's
    `local_aliases` and the catalogue's country-bound readings (`local` rows)."""
    cat = load_catalogue()
    rows = cat.lexicon.get("local_aliases") or {}
    table = {key: (frozenset(_norm_all(row["aliases"])), frozenset(row["countries"])) for key, row in rows.items()}
    table.update({a.id: (frozenset(a.aliases), frozenset(a.context)) for a in cat.actors.values() if a.reading_of})
    return table


def local_elsewhere(key: str, alias: str | None, countries: frozenset[str]) -> bool:
    """True when `alias` is a bare word that names `key` only in other countries than
    `countries` (the story's): "الحشد" in a story about Jerusalem is no PMF."""
    words, where = _local_aliases().get(key, (frozenset(), frozenset()))
    return bool(alias in words and countries and countries.isdisjoint(where))


def foreign_fallback() -> str:
    """The key an alias takes when all its readings are foreign: a generic kind or NOT_ACTOR."""
    kind = load_catalogue().lexicon["foreign_reading_fallback"]
    return NOT_ACTOR if kind == NOT_ACTOR else f"generic:{kind}"


def catalogue_summary() -> list[tuple[str, str, int]]:
    """(country, category, count) rows over the catalogue, for `marsad actors`."""
    cat = load_catalogue()
    labels = {1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
              5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/other forces"}
    counts = Counter((country_name(a.country) or a.country, labels[a.inter]) for a in cat.actors.values()
                     if not a.reading_of)  # a country-bound reading is its entry, counted once
    return sorted((c, k, n) for (c, k), n in counts.items())
