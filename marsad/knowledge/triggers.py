"""Loader and validator for the trigger patterns and the modality cues.

`EVENT_TYPES` is the single source of truth for the six event types and their
25 sub-types (EVENTS.md section 2); every other module imports it from here.

`marsad/data/triggers.yaml` holds the patterns as data so that a missed
verb form is a one-line addition.  Forms use a tiny syntax (alternatives
`a|b`, optional words `[w]`) that is expanded here, once, into plain word
sequences; every form and context word is run through `marsad.text.normalize`
on load, because the trigger stage matches normalized text.

`marsad/data/modality.yaml` holds the cue words that make a trigger a threat,
plan, expectation, condition, denial, question, demand, habitual statement, a
subject of negotiation, a foiled act or a failed one rather than a reported
happening (a failed assault still happened: see `attempted_types`).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from marsad.errors import KnowledgeError
from marsad.text import normalize, strip_clitics

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
TRIGGERS_FILE = DATA_DIR / "triggers.yaml"
MODALITY_FILE = DATA_DIR / "modality.yaml"

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Grenade",
        "Chemical weapon",
    ),
    "Violence against civilians": ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
# Sub-type names are unique across types, so a sub-type names its type.
SUB_TO_TYPE: dict[str, str] = {sub: etype for etype, subs in EVENT_TYPES.items() for sub in subs}
# The types of violent acts (a toll, a scene and a cause belong to one of them).
VIOLENT_TYPES: frozenset[str] = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# Ground taken by force, and every sub-type that tells ground changing hands.
TERRITORY: tuple[str, ...] = ("Government regains territory", "Non-state actor overtakes territory")
GROUND_CHANGES: frozenset[str] = frozenset({*TERRITORY, "Non-violent transfer of territory"})

FORM_CLASSES = ("past", "present", "passive", "noun")
SLOTS = ("agent", "target", "place", "count")
MODALITIES = (
    "asserted",
    "threat",
    "plan",
    "expected",
    "conditional",
    "denied",
    "question",
    "demand",
    "habitual",
    "negotiation",
    "foiled",
    "failed",
    "accused",
    "recalled",
    "hope",
    "conceded",
    "topic",
)
MAX_EXPANSIONS = 2048


@dataclass(frozen=True)
class WordSet:
    """Context words: exact normalized words plus prefixes (entries ending in *)."""

    exact: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()

    def matches(self, word: str) -> bool:
        """True when `word` or one of its clitic-stripped stems is in the set."""
        for stem in strip_clitics(word):
            if stem in self.exact or (self.prefixes and stem.startswith(self.prefixes)):
                return True
        return False


@dataclass(frozen=True)
class NearRule:
    """A context condition: one of `words` within `window` words of the trigger
    (`after`: only in the words that follow it, for what a report tells next;
    `before`: only in the words before it, for what frames the act)."""

    words: WordSet
    window: int
    after: bool = False
    before: bool = False
    clause: bool = False  # the window stops at a clause break (a comma, فيما، a new predication)
    # the rule does not hold for a finite past verb ("بعد أن اقتحموا") with one of these words,
    # its own doer, between it and the word the rule found, or right after it
    unless_doer: WordSet | None = None
    # the word found must follow one of `prev` and precede one of `next` right by it
    # ("تفجيرها بالذخيرة الحية"، not "شاحنة محملة بالذخيرة"), or end its clause (`last`:
    # "تفجير عبوات ناسفة تحت السيطرة،" not "الواقعة تحت السيطرة التركية")
    prev: WordSet | None = None
    next: WordSet | None = None
    last: bool = False
    # the rule does not hold when one of these rules does ("أثناء رفع عبوة ناسفة انفجرت به":
    # the device lifted went off)
    unless: tuple[NearRule, ...] = ()


@dataclass(frozen=True)
class StanceRule:
    """A noun form owned by someone (a pronoun suffix in `suffixes`) and followed
    by one of `next_words` names that party's stance, not an act ("احتجاجه على
    القرار": his objection to the decision)."""

    suffixes: frozenset[str]
    next_words: frozenset[str]


@dataclass(frozen=True)
class NamedObjectRule:
    """A person named as the verb's object, right after its doer, meets the
    pattern's last `requires_near` rule ("أوقفت السلطات الأمنية الثلاثاء فلان
    الذي ..."): a personal name is no word a list can hold.

    After the verb come one or more `subject` words, then adjectives with the
    article or `skip` words (time adverbs); the next word is a `titles` word,
    or a bare word that is a known given name or that a relative pronoun
    follows (an indefinite-looking noun taking "الذي" is a proper name).
    """

    subject: WordSet
    skip: WordSet
    titles: WordSet
    relative: frozenset[str]
    reach: int


@dataclass(frozen=True, eq=False)
class TriggerPattern:
    """One event cue: its ACLED type, its surface forms and its context rules.

    `forms` maps each expanded, normalized word sequence to its grammatical
    classes (past, present, passive, noun; unvocalized Arabic often writes a
    verb and its verbal noun alike).  `overrides` hold variant patterns
    (same forms, another sub-type) chosen when their context word is near,
    e.g. قصف next to طائرات is an air strike, not shelling.
    """

    id: str
    event_type: str
    sub_event_type: str
    forms: dict[str, tuple[str, ...]]
    priority: int = 50
    slots: tuple[str, ...] = SLOTS
    attrs: dict[str, Any] = field(default_factory=dict)
    requires_near: tuple[NearRule, ...] = ()
    exclude_near: tuple[NearRule, ...] = ()
    # Words one of which must be near for the trigger to report a happening
    # rather than name a standing deal in passing (`happening_near` in triggers.yaml).
    happening_near: tuple[NearRule, ...] = ()
    overrides: tuple[tuple[NearRule, TriggerPattern], ...] = ()
    stance: StanceRule | None = None
    named_object: NamedObjectRule | None = None

    @property
    def base_id(self) -> str:
        """The id of the pattern an override variant comes from ("shelling_generic>..." → "shelling_generic")."""
        return self.id.split(">", 1)[0]

    @property
    def is_override(self) -> bool:
        """A variant chosen by context ("استهداف" near aircraft is an air strike)."""
        return self.id != self.base_id

    @property
    def generic_killing(self) -> bool:
        """Deaths reported with no other act: the events stage types them by actors."""
        return bool(self.attrs.get("generic_killing"))


@dataclass(frozen=True)
class Morphology:
    """Clitic sets the matcher accepts around a form (from triggers.yaml)."""

    noun_proclitics: frozenset[str]
    verb_proclitics: frozenset[str]
    present_proclitics: frozenset[str]
    future_proclitics: frozenset[str]
    purpose_lam: frozenset[str]
    noun_markers: tuple[str, ...]
    noun_suffixes: frozenset[str]
    tmarbuta_suffixes: frozenset[str]
    verb_suffixes: frozenset[str]


@dataclass(frozen=True)
class Cue:
    """A modality cue: a normalized word sequence and the class it signals.

    `via` holds the preposition a cue written as "امر ب" asks for: the act
    carries it or follows a word that does ("أمر الرئيس باعتقال").  A
    `clause` cue (a demand, plan, threat, condition or future verb) governs
    the act it heads however far it stands in the clause ("طالب ... بتحويل
    المنطقة ... إلى منطقة وقف إطلاق نار").
    """

    words: tuple[str, ...]
    modality: str
    window: int
    next_prefix: tuple[str, ...]
    next_not: frozenset[str]
    object_prefix: frozenset[str]
    object_window: int
    alternative: frozenset[str]
    via: tuple[str, ...] = ()
    clause: bool = False  # governs a verbal noun or present verb anywhere after it in its clause
    prev_not: frozenset[str] = frozenset()  # words right before the cue that undo it ("ما إذا": whether)
    prev_in: frozenset[str] = frozenset()  # if given, the cue opens its clause or follows one of these
    # if given, one of these words stands between the cue and the act: the cue
    # governs only its result ("لم يسفر القصف عن سقوط قتلى": the shelling happened)
    via_words: frozenset[str] = frozenset()
    # if given, the act stands right after one of these words, its preposition,
    # and may be reached past a subject set off by commas ("مع اقتراب القوات،
    # بإسناد من الطيران، من تحرير المدينة": nearing the act is not doing it)
    object_after: frozenset[str] = frozenset()
    # the act may stand past commas within the window: a predicate put first
    # ("من غير الوارد، في الوقت الحاضر، شن هجوم") has its subject after an aside
    across_commas: bool = False
    # if given, none of these words stands between the cue and the act or opens the
    # act: one that does gives the cue another sense ("عرضت القناة مشاهد من القصف": shown,
    # not offered; "تحاول فيه القوات صد هجوم": the attack repelled is real)
    not_via_words: frozenset[str] = frozenset()
    # the cue does not reach an act named after a `clause_reach.presupposing` word
    # between them, within its window too: the intended act is that word's
    # ("أكدت عزمها محاسبة المسؤولين عن قصف السوق": the shelling happened)
    stops_at_presupposing: bool = False
    # a `clause` cue whose reach past its window holds only for an act joined by و
    # ("بدء العد التنازلي لمعركة تحرير ما تبقى من مديريات الساحل ودحر المتمردين
    # واستعادة المناطق"), not an act told later in the clause ("ومع بدء العد التنازلي
    # لانسحاب القوات قتل 3 جنود في هجوم": the attack happened)
    reach_joined_only: bool = False
    # if given, none of these words stands within `not_after_window` words after the act
    # in its sentence: one that does picks a told instance out of what the cue sums up
    # ("وخلال الأسابيع الماضية، استهدفت إسرائيل مرات عدة مواقع في سوريا أبرزها ليلة
    # التاسع من أيار": the span's acts are a running total, the strike of that night is news)
    not_after_words: frozenset[str] = frozenset()
    not_after_window: int = 8
    # the cue does not govern a finite past verb (one not read as a noun after a preposition):
    # "للاستعداد لمعركة اشتبكت فيها قواته" tells the battle was fought
    not_past: bool = False
    # if given, none of these words stands within `not_before_window` words before the cue
    # in its clause: one that does singles one act out of the span the cue names ("في أول
    # هجوم من نوعه خلال الأشهر الأخيرة"، "وللمرة الأولى خلال الأسابيع الماضية")
    not_before_words: frozenset[str] = frozenset()
    not_before_window: int = 6
    # the cue holds only where the act's clause names no news day (a day-precise date within
    # `NEWS_DAYS` of publication) after the cue, or anywhere in it for a cue after the act:
    # a dated act is news ("بعد هدوء استمر خلال الأشهر الماضية، قصفت القوات صباح اليوم"،
    # "حملة اعتقالات تعسفية في بلدة بيتا فجر اليوم")
    undated: bool = False
    # words between a news day and the act that tie the day to a report or a statement, not to
    # the act ("أصدرت المنظمة اليوم تقريرا ينتقد الاعتقال التعسفي"); a complementizer does too
    undated_not_via: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ModalityRules:
    """Everything the trigger stage needs to decide a trigger's modality.

    `before` and `after` map a cue's first word to the cues starting with it,
    so a sentence costs one dictionary look-up per word and stem.
    """

    before: dict[str, tuple[Cue, ...]]
    after: dict[str, tuple[Cue, ...]]
    after_window: int
    boundary_punctuation: frozenset[str]
    boundary_words: dict[str, tuple[tuple[str, ...], ...]]
    boundary_not: dict[str, tuple[tuple[str, ...], ...]]  # time adverbs that open no clause ("في الوقت الحالي")
    presupposing: WordSet
    fresh_starts: WordSet  # after a presupposing word, a new act asked for ("وقف العنف وبدء مفاوضات")
    habitual_since: WordSet
    habitual_verbs: WordSet
    habitual_window: int
    habitual_light_words: frozenset[str]
    object_pronouns: tuple[str, ...]
    did_and_does_window: int
    habitual_since_window: int
    durations: WordSet  # "منذ أيام" after a present light verb's act: it has gone on for days
    since_spans: WordSet  # "منذ أسبوعين" between a light verb and its act: a campaign going on
    duration_window: int
    continuation: frozenset[str]  # "استمرار" right before an act a condemnation names ("أدان استمرار القتال")
    condemnations: WordSet
    condemn_window: int
    # "الدائرة" after a fight with a place below a country after it: going on there, no habit
    ongoing_placed: frozenset[str]
    ongoing_place_window: int
    purpose_exempt: WordSet
    purpose_skip: frozenset[str]
    purpose_exempt_within: WordSet
    purpose_window: int
    aim_heads: WordSet
    passive_markers: WordSet
    complementizers: frozenset[str]  # إنّ/أنّ: the past-verb form after them is a verbal noun
    complement_suffixes: frozenset[str]
    complement_not_after: frozenset[str]  # "بعد أن": the أن before a verb
    noun_governors: frozenset[str]  # "في قصف": the past-verb form after them is a verbal noun
    conjunct_window: int
    clause_conjunct_window: int  # a clause-opening "و + verbal noun" shares an earlier trigger's modality
    adverbial_acts: frozenset[str]  # "احتجاجا على": the purpose of the act before it, sharing its modality
    agent_forms: frozenset[str]  # "سلاح الجو": a trigger form naming a force, whose act is the next trigger's
    agent_window: int
    addressed_suffixes: frozenset[str]  # "ذبحكم": an act told to "you" is a quoted threat
    describing_gap: int  # "هجمات إرهابية تستهدف": a present verb this close after an indefinite act noun describes it
    conjunct_light_nouns: frozenset[str]  # "وتوجيه ضربات": the و of a conjunct act on the masdar before it
    light_verbs: WordSet  # a cue before one of these reaches its far object ("من المتوقع أن يشن ... معارك")
    light_verb_window: int
    future_heads: frozenset[str]  # "أن" before an act whose predicate is a future verb
    future_window: int
    future_before_window: int  # a future verb this close before the act in its clause governs it
    future_not: WordSet  # nouns spelled like a future verb (سيطرة، سيارة)
    speech_nouns: frozenset[str]  # a speech at a forum whose quoted acts are rhetoric ("كلمتها أمام مجلس الأمن")
    speech_venues: frozenset[str]
    speech_forums: WordSet
    speech_forum_window: int
    speech_openers: frozenset[str]  # a colon or an opening quote starts the speech's words
    predicate_verbs: frozenset[str]  # future copulas and consequence verbs of a forecast act ("سيكون")
    predicate_prefixes: frozenset[str]  # the act's article: bare or definite only
    predicate_window: int
    predicate_stops: frozenset[str]  # "مما": what follows is the consequence of a real act
    present_predicate_verbs: frozenset[str]  # "يمثل": a forecast only with a future verb after it in its clause
    imminent_copulas: frozenset[str]  # "بات" before an imminence phrase: "تحرير المدينة بات قريبا"
    imminent_words: tuple[tuple[str, ...], ...]  # "قريبا"، "مسألة وقت": the act told as near or settled
    imminent_next_not: frozenset[str]  # "قريبة من الأحياء": nearness in space, not in time
    imminent_next_window: int  # how many words after the phrase may hold such a word ("قريبة بشكل خطير من")
    soft_punctuation: frozenset[str]
    parenthetical_words: int
    relative_pronouns: frozenset[str]
    descriptive_verbs: WordSet
    descriptive_heads: frozenset[str]  # the relative pronouns and the time nouns ("وقت") of the yaml
    resumptive: frozenset[str]
    descriptive_window: int
    place_adverbs: frozenset[str]  # "حيث": a present verb after it describes the place
    standing_words: frozenset[str]  # "مستمرة": an act told as lasting, right after it
    standing_today: frozenset[str]  # "اليوم": lasting fighting tied to the news days is news
    standing_today_reach: int
    attempted_types: frozenset[str]
    objects_only: frozenset[str]
    noun_after: frozenset[str]  # prepositions: a past-verb form right after one is a verbal noun ("في طرد")
    past_verbs: frozenset[str]  # with و/ف or after a relative pronoun: a new predication that ends a cue's reach
    reach_presupposing: WordSet  # words between a clause cue and a far act that presuppose the act
    future_clause_reach: bool  # a future verb governs the verbal nouns after it in its whole clause


# ---------------------------------------------------------------- helpers
@functools.cache
def _shipped_yaml(path: Path) -> dict[str, Any]:
    """A shipped data file parsed once per process: several loaders read
    sections of triggers.yaml and modality.yaml (loaders must not mutate it)."""
    return _read_yaml(path)


def _read_yaml(path: Path) -> dict[str, Any]:
    """Parse a data file, turning YAML errors into KnowledgeError."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(str(exc), path=path) from exc
    if not isinstance(data, dict):
        raise KnowledgeError("top level must be a mapping", path=path)
    return data


def expand_form(form: str, lists: dict[str, list[str]] | None = None) -> list[str]:
    """All plain normalized word sequences a form stands for.

    `a|b` gives alternatives for one word, `[w]` makes a word optional, and
    each word after the first may also carry the article ال.  A word `@name`
    stands for any word of the context list `name` (as is, without the
    article): a count between a verb and its noun ("التوصل إلى خمسة
    اتفاقات") is one list, not a copy of it in every form.
    """
    slots: list[list[str]] = []
    for position, token in enumerate(normalize(form).split()):
        optional = token.startswith("[") and token.endswith("]")
        choices = [c for c in token.strip("[]").split("|") if c]
        if any("[" in c or "]" in c for c in choices):
            raise KnowledgeError(f"form {form!r}: brackets must enclose a whole word", path=TRIGGERS_FILE)
        if choices and choices[0].startswith("@"):
            choices = _listed_words(form, choices, lists or {})
        elif position > 0:
            choices += ["ال" + c for c in choices if not c.startswith("ال") and len(c) > 2]
        slots.append(choices + ([""] if optional else []))
    out = []
    for combo in itertools.product(*slots):
        text = " ".join(w for w in combo if w)
        if text and text not in out:
            out.append(text)
    return out


def _listed_words(form: str, refs: list[str], lists: dict[str, list[str]]) -> list[str]:
    """The plain words a form's `@name` slot stands for (no wildcards: forms are literal)."""
    if len(refs) != 1 or refs[0][1:] not in lists:
        raise KnowledgeError(f"form {form!r}: {'|'.join(refs)!r} must name one context list", path=TRIGGERS_FILE)
    words = [normalize(w) for w in lists[refs[0][1:]]]
    if any("*" in w or "@" in w or " " in w for w in words):
        raise KnowledgeError(f"form {form!r}: list {refs[0]} must hold plain single words", path=TRIGGERS_FILE)
    return words


def _word_set(entries: list[str], context: dict[str, list[str]], where: str) -> WordSet:
    """Build a WordSet, resolving @name references to context lists."""
    normed = [normalize(w) for w in _resolve_refs(entries, context, where, ())]
    # Text words are compared after clitic stripping, so an entry written
    # with the article must also be known without it.
    normed += [w[2:] for w in normed if w.startswith("ال") and len(w) > 4]
    return WordSet(
        exact=frozenset(w for w in normed if not w.endswith("*")),
        prefixes=tuple(w[:-1] for w in normed if w.endswith("*")),
    )


def _resolve_refs(
    entries: list[str], context: dict[str, list[str]], where: str, seen: tuple[str, ...]
) -> list[str]:
    """Words of a list with @name references (to other context lists) expanded."""
    words: list[str] = []
    for entry in entries:
        if not entry.startswith("@"):
            words.append(entry)
            continue
        name = entry[1:]
        if name not in context or name in seen:
            raise KnowledgeError(f"{where}: unknown or circular context list {entry}", path=TRIGGERS_FILE)
        words.extend(_resolve_refs(context[name], context, where, (*seen, name)))
    return words


def _near(spec: dict[str, Any] | None, context: dict[str, list[str]], where: str) -> NearRule | None:
    """A NearRule from its YAML mapping (or None)."""
    return None if spec is None else _near_rule(spec, context, where)


def _near_rule(spec: dict[str, Any], context: dict[str, list[str]], where: str) -> NearRule:
    """A NearRule from a mapping of `words`, `window`, `after`, `before`, `clause`,
    `unless_doer`, `prev`, `next`, `last` and `unless` (a list of rules)."""
    if spec.get("after") and spec.get("before"):
        raise KnowledgeError(f"pattern {where}: a context rule looks after or before, not both", path=TRIGGERS_FILE)
    doer, prev, following = spec.get("unless_doer"), spec.get("prev"), spec.get("next")
    return NearRule(_word_set(spec["words"], context, where), int(spec.get("window", 5)), bool(spec.get("after", False)),
                    bool(spec.get("before", False)), bool(spec.get("clause", False)),
                    _word_set(doer, context, where) if doer else None,
                    _word_set(prev, context, where) if prev else None,
                    _word_set(following, context, where) if following else None,
                    bool(spec.get("last", False)), _rules(spec.get("unless"), context, where))


def _rules(spec: Any, context: dict[str, list[str]], where: str) -> tuple[NearRule, ...]:
    """Context rules: one mapping, or a list of them with their own windows."""
    specs = spec if isinstance(spec, list) else [spec] if spec else []
    return tuple(rule for item in specs if (rule := _near(item, context, where)) is not None)


def _stance(spec: Any, where: str) -> StanceRule | None:
    """A StanceRule from its YAML mapping {suffixes, next} (or None)."""
    if spec is None:
        return None
    if not isinstance(spec, dict) or not spec.get("suffixes") or not spec.get("next"):
        raise KnowledgeError(f"pattern {where}: stance needs 'suffixes' and 'next' lists", path=TRIGGERS_FILE)
    return StanceRule(
        frozenset(normalize(str(x)) for x in spec["suffixes"]), frozenset(normalize(str(x)) for x in spec["next"])
    )


def _named_object(spec: Any, context: dict[str, list[str]], where: str) -> NamedObjectRule | None:
    """A NamedObjectRule from its YAML mapping {subject, skip, titles, relative, reach} (or None)."""
    if spec is None:
        return None
    if not isinstance(spec, dict) or not spec.get("subject") or not spec.get("relative"):
        raise KnowledgeError(f"pattern {where}: named_object needs 'subject' and 'relative' lists", path=TRIGGERS_FILE)
    return NamedObjectRule(
        subject=_word_set(spec["subject"], context, where),
        skip=_word_set(spec.get("skip", []), context, where),
        titles=_word_set(spec.get("titles", []), context, where),
        relative=frozenset(normalize(str(w)) for w in spec["relative"]),
        reach=int(spec.get("reach", 5)),
    )


@functools.cache
def load_given_names() -> frozenset[str]:
    """Single-word given names of the NER lexicon ("هشام"، "سامي") that its
    word lists do not also count as common words (cached)."""
    from marsad.ner import load_gazetteer  # the NER lists load only when a pattern asks for a name

    lexicon = load_gazetteer()
    return frozenset(
        name for name, types in lexicon.lexicon.items()
        if "PERS" in types and " " not in name and not name.startswith("ال") and len(name) > 2
        and name not in lexicon.common
    )


# The flags a pattern's `attrs` may set, each read by the events or dedupe stage:
# a misspelt flag would silently switch its rule off.
PATTERN_FLAGS = frozenset({"agreed", "arrest_word", "detention", "follows_an_act", "generic_attack",
                           "generic_killing", "hostage", "incursion", "joined_weapon", "not_anaphoric", "one_sided",
                           "territory", "weapon_unnamed"})


def _pattern(spec: dict[str, Any], context: dict[str, list[str]]) -> TriggerPattern:
    """One TriggerPattern (with its override variants) from its YAML mapping."""
    pid = spec.get("id", "?")
    sub = spec.get("sub")
    if sub not in SUB_TO_TYPE:
        raise KnowledgeError(f"pattern {pid}: unknown sub-event type {sub!r}", path=TRIGGERS_FILE)
    forms: dict[str, tuple[str, ...]] = {}
    for klass in FORM_CLASSES:
        for form in spec.get(klass, []):
            expanded = expand_form(form, context)
            if len(expanded) > MAX_EXPANSIONS:
                raise KnowledgeError(f"pattern {pid}: form {form!r} expands too far", path=TRIGGERS_FILE)
            if klass == "present":
                expanded += [p + w[1:] for w in expanded if w.startswith("ي") for p in "تن"]
            for text in expanded:
                if klass not in forms.get(text, ()):
                    forms[text] = (*forms.get(text, ()), klass)
    base = TriggerPattern(
        id=pid,
        event_type=SUB_TO_TYPE[sub],
        sub_event_type=sub,
        forms=forms,
        priority=int(spec.get("priority", 50)),
        slots=tuple(spec.get("slots", SLOTS)),
        attrs=dict(spec.get("attrs", {})),
        requires_near=_rules(spec.get("requires_near"), context, pid),
        exclude_near=_rules(spec.get("exclude_near"), context, pid),
        happening_near=_rules(spec.get("happening_near"), context, pid),
        stance=_stance(spec.get("stance"), pid),
        named_object=_named_object(spec.get("named_object"), context, pid),
    )
    variants = []
    for rule in spec.get("overrides", []):
        alt = rule["sub"]
        if alt not in SUB_TO_TYPE:
            raise KnowledgeError(f"pattern {pid}: unknown override sub-type {alt!r}", path=TRIGGERS_FILE)
        near = _near_rule({**rule, "words": rule["near"], "window": rule.get("window", 4)}, context, pid)
        # An override to the pattern's own sub-type keeps the pattern itself: it only
        # stops the overrides after it ("اشتبك مسلحون فلسطينيون" is no crowd).
        variant = base if alt == base.sub_event_type else dataclasses.replace(
            base, id=f"{pid}>{alt}", event_type=SUB_TO_TYPE[alt], sub_event_type=alt
        )
        variants.append((near, variant))
    return dataclasses.replace(base, overrides=tuple(variants))


# ---------------------------------------------------------------- loaders
@functools.cache
def load_triggers() -> tuple[TriggerPattern, ...]:
    """All trigger patterns, validated (cached: loaded once per process)."""
    data = _shipped_yaml(TRIGGERS_FILE)
    context = {name: list(words) for name, words in (data.get("context") or {}).items()}
    patterns = tuple(_pattern(spec, context) for spec in data.get("patterns", []))
    validate_triggers(patterns)
    return patterns


@functools.cache
def load_morphology() -> Morphology:
    """The clitic sets of triggers.yaml, normalized (cached)."""
    data = _shipped_yaml(TRIGGERS_FILE).get("morphology") or {}
    names = [f.name for f in dataclasses.fields(Morphology)]
    if missing := [n for n in names if n not in data]:
        raise KnowledgeError(f"morphology: missing {missing}", path=TRIGGERS_FILE)
    sets = {n: frozenset(normalize(str(x)) for x in data[n]) for n in names if n != "noun_markers"}
    markers = tuple(normalize(str(x)) for x in data["noun_markers"])
    return Morphology(noun_markers=markers, **sets)


@functools.cache
def load_state_side_forces() -> tuple[str, ...]:
    """Actor names (or name beginnings) of forces formally fighting for the state (cached)."""
    names = _shipped_yaml(TRIGGERS_FILE).get("state_side_forces") or []
    if not all(isinstance(name, str) and name.strip() for name in names):
        raise KnowledgeError("state_side_forces: names must be non-empty strings", path=TRIGGERS_FILE)
    return tuple(names)


@dataclass(frozen=True)
class NearbyWords:
    """Words that tell something of an act when they stand within `window` words of it."""

    words: frozenset[str]
    window: int


def _required_words(spec: dict[str, Any], section: str, key: str) -> list[str]:
    """A required non-empty word list of a triggers.yaml section."""
    words = spec.get(key) or []
    if not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise KnowledgeError(f"{section}.{key}: a non-empty list of words", path=TRIGGERS_FILE)
    return words


def _nearby_words(section: str) -> NearbyWords:
    """A `words` + `window` section of triggers.yaml, validated and normalized."""
    data = _shipped_yaml(TRIGGERS_FILE).get(section) or {}
    words = _required_words(data, section, "words")
    window = data.get("window")
    if not isinstance(window, int) or window < 1:
        raise KnowledgeError(f"{section}.window: a positive integer", path=TRIGGERS_FILE)
    return NearbyWords(frozenset(normalize(w) for w in words), window)


@functools.cache
def load_backing_cues() -> NearbyWords:
    """Words telling a strike as the backing of a ground fight, and how far before it
    they stand (`backing_cues` of triggers.yaml; cached)."""
    return _nearby_words("backing_cues")


@functools.cache
def load_backing_fights() -> NearbyWords:
    """Words naming the other side right after a clash noun joined to a strike, and how
    far after the strike the clash stands (`backing_fights` of triggers.yaml; cached)."""
    return _nearby_words("backing_fights")


@functools.cache
def load_ground_fire_cues() -> NearbyWords:
    """Gunfire and hand-weapon words, and how far from an act they tell its weapon
    (`ground_fire` of triggers.yaml; cached)."""
    return _nearby_words("ground_fire")


@functools.cache
def load_armed_clash_cues() -> tuple[NearbyWords, NearbyWords]:
    """Weapon words right after a clash word and armed-side words in its reach
    (`armed_clash_weapons`, `armed_clash_sides` of triggers.yaml; cached)."""
    return _nearby_words("armed_clash_weapons"), _nearby_words("armed_clash_sides")


@functools.cache
def load_ground_gun_cues() -> NearbyWords:
    """Tank, artillery and naval-gun words, and how far before an act they tell its
    doer (`ground_guns` of triggers.yaml; cached)."""
    return _nearby_words("ground_guns")


@dataclass(frozen=True)
class BlastMethodRules:
    """`blast_method` of triggers.yaml: bare blast words, the sub-types that name a
    bombing's method, the modalities that tell no bombing, the lead's reach, and
    the hedges that make a method a guess (and how many words before it they stand)."""

    bare: frozenset[str]
    methods: frozenset[str]
    unreal: frozenset[str]
    lead_reach: int
    hedges: WordSet
    hedge_reach: int
    bombs: frozenset[str]  # a bomb of no kind ("بقنبلة")
    bomb_methods: frozenset[str]  # the methods such a bomb takes from the article
    similar: frozenset[str]  # "similar" after an attack word ("هجوم مماثل"): the told method's kind
    similar_reach: int  # words after the attack word the "similar" may stand
    similar_not: WordSet  # another method named in the similar attack's own stretch ("هجوم مسلح")
    story_methods: frozenset[str]  # methods told only in a detail that type the story's bare attack
    loose_methods: frozenset[str]  # a method word alone that may describe no bombing ("الانتحارية")
    story_bombers: frozenset[str] = frozenset()  # "المهاجم": the attacker a detail must tell of
    story_bomber_after: frozenset[str] = frozenset()  # "أن": the only words before that attacker
    story_not: frozenset[str] = frozenset()  # "قد"، "ثانيا": a past or second bomber's detail
    story_kin: frozenset[str] = frozenset()  # "شقيق": a relative told as the bomber, not the attacker


@functools.cache
def load_blast_method_rules() -> BlastMethodRules:
    """The `blast_method` section of triggers.yaml, validated and normalized (cached): a
    typo in a sub-type or modality name would silently switch the retyping off or on."""
    data = _shipped_yaml(TRIGGERS_FILE).get("blast_method") or {}
    keys = ("bare", "methods", "unreal", "bombs", "bomb_methods")
    bare, methods, unreal, bombs, bomb_methods = (data.get(key) or [] for key in keys)
    for key, values in zip(keys, (bare, methods, unreal, bombs, bomb_methods), strict=True):
        if not values or not all(isinstance(v, str) and v.strip() for v in values):
            raise KnowledgeError(f"blast_method.{key}: a non-empty list of strings", path=TRIGGERS_FILE)
    unknown = [m for m in methods if SUB_TO_TYPE.get(m) != "Explosions/Remote violence"]
    if unknown:
        raise KnowledgeError(f"blast_method.methods: not explosion sub-types: {unknown}", path=TRIGGERS_FILE)
    if unknown := [m for m in bomb_methods if m not in methods]:
        raise KnowledgeError(f"blast_method.bomb_methods: not among its methods: {unknown}", path=TRIGGERS_FILE)
    modality_classes = set(_shipped_yaml(MODALITY_FILE).get("classes") or {})
    if unknown := [name for name in unreal if name not in modality_classes]:
        raise KnowledgeError(f"blast_method.unreal: not modality classes: {unknown}", path=TRIGGERS_FILE)
    reach, hedge_reach = data.get("lead_reach"), data.get("hedge_reach")
    if not isinstance(reach, int) or reach < 0:
        raise KnowledgeError("blast_method.lead_reach: a non-negative integer", path=TRIGGERS_FILE)
    if not isinstance(hedge_reach, int) or hedge_reach < 1:
        raise KnowledgeError("blast_method.hedge_reach: a positive integer", path=TRIGGERS_FILE)
    hedges, similar = data.get("hedges") or [], data.get("similar") or []
    for key, words in (("hedges", hedges), ("similar", similar)):
        if not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise KnowledgeError(f"blast_method.{key}: a non-empty list of words", path=TRIGGERS_FILE)
    similar_reach = data.get("similar_reach")
    if not isinstance(similar_reach, int) or similar_reach < 1:
        raise KnowledgeError("blast_method.similar_reach: a positive integer", path=TRIGGERS_FILE)
    story_methods = data.get("story_methods") or []
    if not isinstance(story_methods, list) or [m for m in story_methods if m not in methods]:
        raise KnowledgeError("blast_method.story_methods: a list of its methods", path=TRIGGERS_FILE)
    story_keys = ("loose_methods", "story_bombers", "story_bomber_after", "story_not", "story_kin")
    loose, bombers, bomber_after, story_not, kin = (data.get(key) or [] for key in story_keys)
    for key, words in zip(story_keys, (loose, bombers, bomber_after, story_not, kin), strict=True):
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise KnowledgeError(f"blast_method.{key}: a list of words", path=TRIGGERS_FILE)
    return BlastMethodRules(
        frozenset(normalize(w) for w in bare), frozenset(methods), frozenset(unreal), reach,
        _word_set(hedges, {}, "blast_method.hedges"), hedge_reach,
        frozenset(normalize(w) for w in bombs), frozenset(bomb_methods),
        frozenset(normalize(w) for w in similar), similar_reach,
        _word_set(data.get("similar_not") or [], {}, "blast_method.similar_not"),
        frozenset(story_methods),
        *(frozenset(normalize(w) for w in words) for words in (loose, bombers, bomber_after, story_not, kin)),
    )


@dataclass(frozen=True)
class BombardmentMethodRules:
    """`bombardment_method` of triggers.yaml: the first words of a bombardment told
    with no weapon ("قصف"، "القصف"، "دكت"), the words that make it an exchange
    between two sides ("تبادل القصف"، "قصف متبادل") and the ground weapons whose
    mention anywhere leaves an article's bare bombardments as they are."""

    bare: frozenset[str]
    mutual: frozenset[str]
    ground_words: frozenset[str]


@functools.cache
def load_bombardment_method_rules() -> BombardmentMethodRules:
    """The `bombardment_method` section of triggers.yaml, validated and normalized (cached)."""
    data = _shipped_yaml(TRIGGERS_FILE).get("bombardment_method") or {}
    keys = ("bare", "mutual", "ground_words")
    lists = {key: _required_words(data, "bombardment_method", key) for key in keys}
    return BombardmentMethodRules(*(frozenset(normalize(w) for w in lists[key]) for key in keys))


@dataclass(frozen=True)
class AircraftLaunch:
    """`aircraft_launch` of triggers.yaml: aircraft named as the doer of a missile
    launch ("أطلقت مقاتلتان ... صواريخ"، "قامت مقاتلتان ... بشن الهجوم باستخدام
    صواريخ"): the launch words right before the missile, the aircraft and the
    sides that, standing between them, are the doer instead, and the adjectives
    that make such a side an air force ("القوات الجوية")."""

    aircraft: WordSet
    cues: WordSet
    stops: WordSet
    air_adjectives: frozenset[str]
    craft_adjectives: frozenset[str]  # a kind after the aircraft ("طائرات حربية") before its nationality
    cue_reach: int
    window: int
    # air strikes told before a bare bombardment verb by the same doer ("شنت 6 غارات ... وقصفت")
    strikes: WordSet
    # proclitics of a side that is the object or owner, not the doer ("تجمع للمتمردين")
    object_proclitics: tuple[str, ...]
    # ... or after one of these words ("أقلعت من قاعدة"، "على مواقع التنظيم")
    prepositions: frozenset[str]
    # phrases right after a bombardment that name its own doer ("قصف من قبل قوات النظام")
    agent_phrases: tuple[tuple[str, ...], ...]
    # words before an aircraft word that make it a weapon against aircraft ("مضادات الطيران")
    anti_words: frozenset[str]
    # verbs and verbal nouns whose object an aircraft after them is ("أسقط مسلحو طالبان طائرة"),
    # counts that may stand between a verb and the aircraft that is its subject ("أقلعت ثلاث مقاتلات")
    object_verbs: WordSet
    object_nouns: WordSet
    counts: WordSet
    # weapons of the ground told after a bombardment with "ب" ("وقصفوا المواقع بالهاون")
    weapons: WordSet
    weapon_reach: int


@functools.cache
def load_aircraft_launch() -> AircraftLaunch:
    """The `aircraft_launch` section of triggers.yaml, validated and normalized (cached);
    its word lists may name context lists ("@aircraft")."""
    data = _shipped_yaml(TRIGGERS_FILE)
    spec = data.get("aircraft_launch") or {}
    context = {name: list(words) for name, words in (data.get("context") or {}).items()}
    lists = {key: spec.get(key) or [] for key in ("aircraft", "cues", "stops", "air_adjectives", "craft_adjectives")}
    if not all(lists.values()) or not all(isinstance(w, str) and w.strip() for w in sum(lists.values(), [])):
        raise KnowledgeError("aircraft_launch: non-empty word lists aircraft, cues, stops, air_adjectives,"
                             " craft_adjectives", path=TRIGGERS_FILE)
    reach, window = spec.get("cue_reach"), spec.get("window")
    if not isinstance(reach, int) or reach < 1 or not isinstance(window, int) or window < 1:
        raise KnowledgeError("aircraft_launch: cue_reach and window are positive integers", path=TRIGGERS_FILE)
    strikes, proclitics = spec.get("strikes") or [], spec.get("object_proclitics") or []
    prepositions, agents = spec.get("prepositions") or [], spec.get("agent_phrases") or []
    anti = spec.get("anti_words") or []
    doers = {key: spec.get(key) or [] for key in ("object_verbs", "object_nouns", "counts", "weapons")}
    if not all(isinstance(w, str) and w.strip()
               for w in [*strikes, *proclitics, *prepositions, *agents, *anti, *sum(doers.values(), [])]):
        raise KnowledgeError("aircraft_launch: strikes, object_proclitics, prepositions, agent_phrases,"
                             " anti_words, object_verbs, object_nouns, counts and weapons are lists of words",
                             path=TRIGGERS_FILE)
    weapon_reach = spec.get("weapon_reach", 0)
    if not isinstance(weapon_reach, int) or weapon_reach < 0:
        raise KnowledgeError("aircraft_launch: weapon_reach is a non-negative integer", path=TRIGGERS_FILE)
    return AircraftLaunch(
        *(_word_set(lists[key], context, f"aircraft_launch.{key}") for key in ("aircraft", "cues", "stops")),
        frozenset(normalize(w) for w in lists["air_adjectives"]),
        frozenset(normalize(w) for w in lists["craft_adjectives"]), reach, window,
        _word_set(strikes, context, "aircraft_launch.strikes"),
        tuple(normalize(w) for w in proclitics), frozenset(normalize(w) for w in prepositions),
        tuple(tuple(normalize(p).split()) for p in agents), frozenset(normalize(w) for w in anti),
        *(_word_set(doers[key], context, f"aircraft_launch.{key}") for key in doers), weapon_reach,
    )


@dataclass(frozen=True)
class GroundRelatives:
    """`ground_relatives` of triggers.yaml: how an unmarked relative clause
    describing ground by its past is told ("مناطق طردوا منها"): a ground noun,
    the verb, a preposition with a pronoun pointing back to the ground."""

    heads: WordSet  # ground nouns an unmarked relative clause follows
    resumptive: frozenset[str]


@functools.cache
def load_ground_relatives() -> GroundRelatives:
    """The `ground_relatives` section of triggers.yaml, validated and normalized (cached):
    its ground nouns may name context lists ("@terrain"), resolved here once."""
    data = _shipped_yaml(TRIGGERS_FILE)
    spec = data.get("ground_relatives") or {}
    context = {name: list(words) for name, words in (data.get("context") or {}).items()}
    lists = {key: spec.get(key) or [] for key in ("heads", "resumptive")}
    if not all(lists.values()) or not all(isinstance(w, str) and w.strip() for w in sum(lists.values(), [])):
        raise KnowledgeError("ground_relatives: non-empty word lists heads, resumptive", path=TRIGGERS_FILE)
    return GroundRelatives(
        heads=_word_set(lists["heads"], context, "ground_relatives.heads"),
        resumptive=frozenset(normalize(w) for w in lists["resumptive"]),
    )


@dataclass(frozen=True)
class PoliceStoryCues:
    """`police_stories` of triggers.yaml: what tells an ordinary police story."""

    political: WordSet  # an armed side, a conflict, protest, activism or politics
    crime: WordSet  # an ordinary offence
    executions: WordSet  # an execution after a trial announced (words and word pairs)
    verdicts: WordSet  # a court's sentence for a crime announced (word pairs)
    motives: WordSet  # a killing's motive told as a family quarrel or a robbery (word pairs)
    lone_attacker: WordSet  # political words a lone killer's sentence may hold ("مسلحا"، "هجمات")
    denials: WordSet  # a motive ruled out ("نفت ... أن يكون الحادث بسبب خلافات عائلية")
    demands: WordSet  # a death sentence demanded, not passed ("طالبت عائلته بإنزال عقوبة الإعدام")
    denial_reach: int  # words from a denial to the motive it rules out


@functools.cache
def load_police_story_cues() -> PoliceStoryCues:
    """The `police_stories` cues, normalized (cached).

    ACLED codes an arrest only when it is politically significant: of
    armed-group members, protesters, activists, journalists, officials, or by
    forces at war.  A story that tells an offence and none of these tells an
    ordinary criminal arrest.  Nor does it code a killing told as a family
    quarrel's, domestic violence's or a robbery's (`motives`).
    """
    data = _shipped_yaml(TRIGGERS_FILE)
    context = {name: list(words) for name, words in (data.get("context") or {}).items()}
    spec = data.get("police_stories") or {}
    lists: dict[str, WordSet] = {}
    for key in ("political", "crime", "executions", "verdicts", "motives", "lone_attacker", "denials", "demands"):
        lists[key] = _word_set(_required_words(spec, "police_stories", key), context, f"police_stories.{key}")
    denial_reach = spec.get("denial_reach")
    if not isinstance(denial_reach, int) or denial_reach < 1:
        raise KnowledgeError("police_stories.denial_reach: a positive integer", path=TRIGGERS_FILE)
    return PoliceStoryCues(**lists, denial_reach=denial_reach)


@dataclass(frozen=True)
class AccidentalBlastCues:
    """`accidental_blasts` of triggers.yaml: a blast the article puts down to an accident."""

    blasts: WordSet  # the blast named again ("الانفجار")
    causes: WordSet  # "caused by" words ("جراء"، "بسبب")
    accidents: WordSet  # accidental causes (heat, a short circuit, a gas leak)
    devices: WordSet  # a bomb or an armed side named as the cause instead
    disasters: WordSet  # a natural disaster named in the lead makes the story a disaster's
    crashes: WordSet  # a crash named in the lead makes the story a crash's
    downings: WordSet  # a downing or an attack named with a crash or its deaths
    falls: WordSet  # a fall from a height named after a death word (word pairs: "السقوط من")
    amongs: WordSet  # "among" after a fall's "من" ("سقط من بينهم"): victims listed, no fall
    unknown_negations: WordSet  # "not" before a knowing word ("لم"، "غير")
    unknown_knowing: WordSet  # known, determined, made clear ("تعرف"، "تحدد"، "معروفة")
    unknown_causes: WordSet  # a blast's cause or nature ("أسبابها"، "طبيعته")
    bomb_words: WordSet  # a bomb, a strike or an armed side told with a blast: its cause is known
    bomb_story_words: WordSet  # a bomb, a bomber or terror named anywhere in the article
    unknown_not_of: WordSet  # wounds before the "not": their nature unknown, not the blast's
    other_killings: WordSet  # a shooting, a stabbing or a separate incident: deaths not the blast's
    window: int  # words from the blast to its cause, and from the cause to the accident
    crash_reach: int  # words either side of a death word searched for a downing in a crash story


@functools.cache
def load_accidental_blast_cues() -> AccidentalBlastCues:
    """The `accidental_blasts` cues, normalized (cached).

    A blast is often first told bare ("وقع انفجار في مخزن قرب المطار") and
    explained only in a later sentence ("وقال المتحدث إن الانفجار وقع جراء
    ارتفاع درجة الحرارة"): an accident, not a bombing (EVENTS.md §2).  Deaths
    in a story whose lead names a natural disaster ("عواصف رملية تقتل 77")
    are the disaster's, even where a later sentence tells them bare; so are
    those in a story whose lead names a crash ("تحطم مروحية عسكرية"), and a
    death told with a fall from a height ("إثر السقوط من شرفة").  A blast the
    article says is of no known cause or nature ("انفجار لم تحدد طبيعته في مصنع
    للذخيرة") is no bombing either, unless a bomb or a strike is told with a blast."""
    data = _shipped_yaml(TRIGGERS_FILE)
    context = {name: list(words) for name, words in (data.get("context") or {}).items()}
    spec = data.get("accidental_blasts") or {}
    lists: dict[str, WordSet] = {}
    for key in ("blasts", "causes", "accidents", "devices", "disasters", "crashes", "downings", "falls",
                "amongs", "unknown_negations", "unknown_knowing", "unknown_causes", "bomb_words",
                "bomb_story_words", "unknown_not_of", "other_killings"):
        lists[key] = _word_set(_required_words(spec, "accidental_blasts", key), context,
                               f"accidental_blasts.{key}")
    window = spec.get("window")
    if not isinstance(window, int) or window < 1:
        raise KnowledgeError("accidental_blasts.window: a positive integer", path=TRIGGERS_FILE)
    crash_reach = spec.get("crash_reach")
    if not isinstance(crash_reach, int) or crash_reach < 1:
        raise KnowledgeError("accidental_blasts.crash_reach: a positive integer", path=TRIGGERS_FILE)
    return AccidentalBlastCues(**lists, window=window, crash_reach=crash_reach)


@functools.cache
def load_unarmed_targets() -> frozenset[str]:
    """Actor names of armed identity groups that are civilians when attacked (cached)."""
    names = _shipped_yaml(TRIGGERS_FILE).get("unarmed_targets") or []
    if not all(isinstance(name, str) and name.strip() for name in names):
        raise KnowledgeError("unarmed_targets: names must be non-empty strings", path=TRIGGERS_FILE)
    return frozenset(names)


@functools.cache
def load_civilian_raiders() -> frozenset[str]:
    """Actor names of armed identity groups whose attacks on an unnamed target
    fall on civilians (cached)."""
    names = _shipped_yaml(TRIGGERS_FILE).get("civilian_raiders") or []
    if not all(isinstance(name, str) and name.strip() for name in names):
        raise KnowledgeError("civilian_raiders: names must be non-empty strings", path=TRIGGERS_FILE)
    return frozenset(names)


@dataclass(frozen=True)
class PeriodTotals:
    """Phrases that tell a toll over a period, and the "since" words that open one."""

    pattern: re.Pattern[str]
    since: frozenset[str]


# "~" in a period phrase stands for any one word: the name of a war ("حرب ~ الاخيره").
_ANY_WORD = r"\w+"


@functools.cache
def load_period_totals() -> PeriodTotals:
    """`period_totals` of modality.yaml: a whole-word pattern over normalized text (cached)."""
    spec = _shipped_yaml(MODALITY_FILE).get("period_totals") or {}
    phrases = [" ".join(normalize(str(p)).split()) for p in spec.get("phrases", [])]
    if not all(phrases):
        raise KnowledgeError("period_totals: empty phrase", path=MODALITY_FILE)
    alternatives = "|".join(
        " ".join(_ANY_WORD if word == "~" else re.escape(word) for word in p.split())
        for p in sorted(phrases, key=len, reverse=True)
    ) or "(?!)"
    return PeriodTotals(
        pattern=re.compile(rf"(?<!\w)[وف]?(?:{alternatives})(?!\w)"),
        since=frozenset(normalize(str(w)) for w in spec.get("since", [])),
    )


@functools.cache
def load_blockers() -> tuple[str, ...]:
    """Expanded, normalized phrases that neutralize the trigger words they cover."""
    data = _shipped_yaml(TRIGGERS_FILE)
    return tuple(dict.fromkeys(text for form in data.get("blockers", []) for text in expand_form(form)))


def validate_triggers(patterns: tuple[TriggerPattern, ...]) -> None:
    """Reject patterns the matcher would mishandle.

    Checks: every (sub-)type is in EVENT_TYPES; ids are unique; forms and
    context words are normalized; slots and `attrs` flags are known; a `named_object` has a
    `requires_near` rule to stand in for; and one form is not given
    two different sub-types at the same priority (the matcher could not
    choose between them).
    """
    seen_ids: set[str] = set()
    owners: dict[str, TriggerPattern] = {}
    for pattern in patterns:
        where = f"pattern {pattern.id}"
        if pattern.id in seen_ids:
            raise KnowledgeError(f"{where}: duplicate id", path=TRIGGERS_FILE)
        seen_ids.add(pattern.id)
        for variant in (pattern, *(v for _, v in pattern.overrides)):
            if variant.sub_event_type not in EVENT_TYPES.get(variant.event_type, ()):
                raise KnowledgeError(
                    f"{where}: bad type {variant.event_type}/{variant.sub_event_type}", path=TRIGGERS_FILE
                )
        if not pattern.forms:
            raise KnowledgeError(f"{where}: no forms", path=TRIGGERS_FILE)
        if set(pattern.attrs) - PATTERN_FLAGS:
            raise KnowledgeError(f"{where}: unknown attrs {sorted(set(pattern.attrs) - PATTERN_FLAGS)}",
                                 path=TRIGGERS_FILE)
        if pattern.named_object is not None and not pattern.requires_near:
            raise KnowledgeError(f"{where}: named_object stands in for a requires_near rule; none given",
                                 path=TRIGGERS_FILE)
        if unknown := set(pattern.slots) - set(SLOTS):
            raise KnowledgeError(f"{where}: unknown slots {sorted(unknown)}", path=TRIGGERS_FILE)
        for form in pattern.forms:
            if normalize(form) != form or "  " in form:
                raise KnowledgeError(f"{where}: form {form!r} is not normalized", path=TRIGGERS_FILE)
            other = owners.get(form)
            if (
                other is not None
                and other.sub_event_type != pattern.sub_event_type
                and other.priority == pattern.priority
            ):
                raise KnowledgeError(
                    f"{where}: form {form!r} also in {other.id} with the same priority", path=TRIGGERS_FILE
                )
            if other is None or pattern.priority > other.priority:
                owners[form] = pattern


def _cues(entries: list[Any], modality: str, window: int, klass: dict[str, Any] | None = None) -> list[Cue]:
    """Cue objects from YAML entries (strings or {cue, window, next_prefix, alternative}).

    `alternative` words must follow the trigger closely for the cue to hold
    ("إما قتلوا أو أصيبوا": إما counts only with أو after the act).

    `klass` (the class mapping) may give `object_prefix`/`object_window`: a
    trigger carrying one of those proclitics is the cue's marked object and
    is reached from further away.
    """
    klass = klass or {}
    objects = frozenset(normalize(p) for p in klass.get("object_prefix", []))
    object_window = int(klass.get("object_window", 0))
    reach = frozenset(_cue_key(w) for w in klass.get("clause_reach", []))
    stopped = frozenset(_cue_key(w) for w in klass.get("stops_at_presupposing", []))
    joined = frozenset(_cue_key(w) for w in klass.get("clause_reach_joined_only", []))
    out = []
    named: set[str] = set()
    for entry in entries:
        spec = entry if isinstance(entry, dict) else {"cue": entry}
        words = tuple(normalize(str(spec["cue"])).split())
        if not words:
            raise KnowledgeError(f"{modality}: empty cue", path=MODALITY_FILE)
        name = " ".join(words)
        named.add(name)
        prefixes = tuple(normalize(p) for p in spec.get("next_prefix", []))
        via: tuple[str, ...] = ()
        if len(words) > 1 and words[-1] in load_cue_proclitics():
            # "امر ب": the preposition is written on a later word ("أمر الرئيس باعتقال"),
            # never alone, so the cue is the words before it and the act must
            # carry it or follow a word that does.
            words, via = words[:-1], (words[-1],)
        excluded = frozenset(normalize(w) for w in spec.get("next_not", []))
        alternative = frozenset(normalize(w) for w in spec.get("alternative", []))
        out.append(
            Cue(words, modality, int(spec.get("window", window)), prefixes, excluded, objects, object_window,
                alternative, via, name in reach,
                frozenset(normalize(w) for w in spec.get("prev_not", [])),
                frozenset(normalize(w) for w in spec.get("prev_in", [])),
                frozenset(normalize(w) for w in spec.get("via_words", [])),
                frozenset(normalize(w) for w in spec.get("object_after", [])),
                bool(spec.get("across_commas", False)),
                frozenset(normalize(w) for w in spec.get("not_via_words", [])),
                name in stopped,
                name in joined,
                frozenset(normalize(w) for w in spec.get("not_after_words", [])),
                int(spec.get("not_after_window", 8)),
                bool(spec.get("not_past", False)),
                frozenset(normalize(w) for w in spec.get("not_before_words", [])),
                int(spec.get("not_before_window", 6)),
                bool(spec.get("undated", False)),
                frozenset(normalize(w) for w in spec.get("undated_not_via", [])))
        )
    if unknown := reach - named:
        raise KnowledgeError(f"{modality}: clause_reach names no cue of the class: {sorted(unknown)}", path=MODALITY_FILE)
    if unknown := joined - reach:
        raise KnowledgeError(
            f"{modality}: clause_reach_joined_only names no clause_reach cue: {sorted(unknown)}", path=MODALITY_FILE
        )
    if unknown := stopped - named:
        raise KnowledgeError(
            f"{modality}: stops_at_presupposing names no cue of the class: {sorted(unknown)}", path=MODALITY_FILE
        )
    return out


def _cue_key(cue: object) -> str:
    """A cue as `clause_reach` and its kin name it: normalized, its words single-spaced."""
    return " ".join(normalize(str(cue)).split())


@functools.cache
def load_cue_proclitics() -> frozenset[str]:
    """`cue_proclitics` of modality.yaml: prepositions written on a later word,
    so a cue ending in one ("امر ب") asks for it on the act or a word before it (cached)."""
    entries = _shipped_yaml(MODALITY_FILE).get("cue_proclitics")
    if not isinstance(entries, list) or not entries:
        raise KnowledgeError("cue_proclitics: a non-empty list is required", path=MODALITY_FILE)
    words = [normalize(str(w)).strip() for w in entries]
    if not all(words) or any(" " in w for w in words):
        raise KnowledgeError("cue_proclitics: entries must be single non-empty words", path=MODALITY_FILE)
    return frozenset(words)


def _plain_set(entries: list[str]) -> WordSet:
    """A WordSet from literal entries (no @references)."""
    return _word_set(list(entries), {}, "modality")


def _boundaries(entries: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Clause-boundary word sequences indexed by their first word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries:
        words = tuple(normalize(entry).split())
        if words:
            index.setdefault(words[0], []).append(words)
    return {word: tuple(group) for word, group in index.items()}


def _by_first_word(cues: list[Cue]) -> dict[str, tuple[Cue, ...]]:
    """Index cues by their first word."""
    index: dict[str, list[Cue]] = {}
    for cue in cues:
        index.setdefault(cue.words[0], []).append(cue)
    return {word: tuple(group) for word, group in index.items()}


@functools.cache
def load_modality() -> ModalityRules:
    """Modality cues and clause limits, validated (cached)."""
    data = _shipped_yaml(MODALITY_FILE)
    classes = data.get("classes") or {}
    before: list[Cue] = []
    after: list[Cue] = []
    after_window = 2
    presupposing = WordSet()
    fresh = WordSet()
    attempted: frozenset[str] = frozenset()
    objects_only = frozenset(name for name, spec in classes.items() if spec.get("objects_only"))
    for name, spec in classes.items():
        if name not in MODALITIES:
            raise KnowledgeError(f"unknown modality class {name!r}", path=MODALITY_FILE)
        window = int(spec.get("window", 5))
        before += _cues(spec.get("before", []), name, window, spec)
        # an after cue follows the act within the class's `after_window` (2 if not given) or its own window
        after += _cues(spec.get("after", []), name, int(spec.get("after_window", 2)), {})
        if "presupposing" in spec:
            presupposing = _plain_set(spec["presupposing"])
            fresh = _plain_set(spec.get("fresh_starts", []))
        if "attempted_types" in spec:
            attempted = _event_types(spec["attempted_types"])

        # Words that report a reached agreement cancel a negotiation cue.
        before += _cues(spec.get("agreed", []), "asserted", 4)
    habitual = data.get("habitual") or {}
    purpose = data.get("purpose_lam") or {}
    future = data.get("future_predicate") or {}
    speech = data.get("speech_frames") or {}
    complement = data.get("complement_nouns") or {}
    reach = data.get("clause_reach") or {}
    before += _cues(habitual.get("adverbs", []), "habitual", int(habitual.get("adverb_window", 6)))
    after_window = max([after_window, *(cue.window for cue in after)])
    return ModalityRules(
        before=_by_first_word(before),
        after=_by_first_word(after),
        after_window=after_window,
        boundary_punctuation=frozenset(normalize(str(data.get("boundary_punctuation", "")))),
        boundary_words=_boundaries(data.get("boundary_words", [])),
        boundary_not=_boundaries(data.get("boundary_not", [])),
        presupposing=presupposing,
        fresh_starts=fresh,
        habitual_since=_plain_set(habitual.get("since", [])),
        habitual_verbs=_plain_set(habitual.get("light_verbs", [])),
        habitual_window=int(habitual.get("window", 4)),
        habitual_light_words=frozenset(normalize(w) for w in habitual.get("light_verbs", [])),
        object_pronouns=tuple(normalize(w) for w in habitual.get("object_pronouns", [])),
        did_and_does_window=int(habitual.get("did_and_does_window", 0)),
        habitual_since_window=int(habitual.get("since_window", 10)),
        durations=_plain_set(habitual.get("durations", [])),
        since_spans=_plain_set(sorted(_modality_words(habitual, "since_spans"))),
        duration_window=int(habitual.get("duration_window", 0)),
        continuation=frozenset(normalize(w) for w in habitual.get("continuation", [])),
        condemnations=_plain_set(habitual.get("condemnations", [])),
        condemn_window=int(habitual.get("condemn_window", 0)),
        ongoing_placed=frozenset(normalize(w) for w in habitual.get("ongoing_placed", [])),
        ongoing_place_window=int(habitual.get("ongoing_place_window", 0)),
        purpose_exempt=_plain_set(purpose.get("exempt_before", [])),
        purpose_skip=frozenset(purpose.get("skip_patterns", [])),
        purpose_exempt_within=_plain_set(purpose.get("exempt_within", [])),
        purpose_window=int(purpose.get("window", 6)),
        aim_heads=_plain_set(purpose.get("aim_heads", [])),
        passive_markers=_plain_set(data.get("passive_markers", [])),
        complementizers=frozenset(normalize(w) for w in complement.get("complementizers", [])),
        complement_suffixes=frozenset(normalize(w) for w in complement.get("suffixes", [])),
        complement_not_after=frozenset(normalize(w) for w in complement.get("not_after", [])),
        noun_governors=frozenset(normalize(w) for w in data.get("noun_governors", [])),
        conjunct_window=int(data.get("conjunct_window", 3)),
        clause_conjunct_window=int(data.get("clause_conjunct_window", 0)),
        adverbial_acts=_modality_words(data, "adverbial_acts"),
        agent_forms=_modality_words(data, "agent_forms"),
        agent_window=int(data.get("agent_window", 0)),
        addressed_suffixes=_modality_words(data, "addressed_suffixes"),
        describing_gap=int(data.get("describing_gap", 0)),
        conjunct_light_nouns=_modality_words(data, "conjunct_light_nouns"),
        light_verbs=_plain_set(data.get("light_verbs", [])),
        light_verb_window=int(data.get("light_verb_window", 0)),
        future_heads=frozenset(normalize(w) for w in future.get("heads", [])),
        future_window=int(future.get("window", 0)),
        future_before_window=int(future.get("before_window", 0)),
        future_not=_plain_set(future.get("not_words", [])),
        speech_nouns=frozenset(normalize(w) for w in speech.get("nouns", [])),
        speech_venues=frozenset(normalize(w) for w in speech.get("venues", [])),
        speech_forums=_plain_set(speech.get("forums", [])),
        speech_forum_window=int(speech.get("forum_window", 0)),
        speech_openers=frozenset(normalize(str(speech.get("openers", "")))),
        predicate_verbs=frozenset(normalize(w) for w in future.get("predicate_verbs", [])),
        predicate_prefixes=frozenset(normalize(w) for w in future.get("predicate_prefixes", [])),
        predicate_window=int(future.get("predicate_window", 0)),
        predicate_stops=frozenset(normalize(w) for w in future.get("predicate_stops", [])),
        present_predicate_verbs=frozenset(normalize(w) for w in future.get("present_predicate_verbs", [])),
        imminent_copulas=_modality_words(future, "imminent_copulas"),
        imminent_words=tuple(sorted({tuple(normalize(w).split()) for w in _modality_list(future, "imminent_words")})),
        imminent_next_not=_modality_words(future, "imminent_next_not"),
        imminent_next_window=int(future.get("imminent_next_window", 2)),
        soft_punctuation=frozenset(normalize(str(data.get("soft_punctuation", "")))),
        parenthetical_words=int(data.get("parenthetical_words", 0)),
        relative_pronouns=frozenset(normalize(w) for w in habitual.get("relative_pronouns", [])),
        descriptive_verbs=_plain_set(habitual.get("descriptive_verbs", [])),
        descriptive_heads=frozenset(
            normalize(w) for w in [*habitual.get("relative_pronouns", []), *habitual.get("descriptive_heads", [])]
        ),
        resumptive=frozenset(normalize(w) for w in habitual.get("resumptive", [])),
        descriptive_window=int(habitual.get("descriptive_window", 0)),
        place_adverbs=frozenset(normalize(w) for w in habitual.get("place_adverbs", [])),
        standing_words=frozenset(normalize(w) for w in habitual.get("standing_words", [])),
        standing_today=frozenset(normalize(w) for w in habitual.get("standing_today", [])),
        standing_today_reach=int(habitual.get("standing_today_reach", 0)),
        attempted_types=attempted,
        objects_only=objects_only,
        noun_after=_modality_words(data, "noun_after"),
        past_verbs=_past_verbs(reach.get("past_verbs", [])),
        reach_presupposing=_plain_set([*(classes.get("demand") or {}).get("presupposing", []),
                                       *reach.get("presupposing", [])]),
        future_clause_reach=bool(future.get("clause_reach", False)),
    )


def _modality_words(data: dict[str, Any], key: str) -> frozenset[str]:
    """A required non-empty list of words of modality.yaml, normalized."""
    return frozenset(normalize(w) for w in _modality_list(data, key))


def _modality_list(data: dict[str, Any], key: str) -> list[str]:
    """A required non-empty list of non-empty strings of modality.yaml, as written."""
    words = data.get(key)
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise KnowledgeError(f"{key}: a non-empty list of words", path=MODALITY_FILE)
    return words


def _past_verbs(entries: list[str]) -> frozenset[str]:
    """Past-tense verbs of `clause_reach.past_verbs`, each also with the
    feminine ت and the plural وا endings ("قال" → قالت، قالوا)."""
    words = [normalize(str(w)) for w in entries]
    if not all(words) or any(" " in w for w in words):
        raise KnowledgeError("clause_reach.past_verbs: entries must be single words", path=MODALITY_FILE)
    return frozenset(w + ending for w in words for ending in ("", "ت", "وا"))


def _event_types(entries: list[str]) -> frozenset[str]:
    """Event types named in modality.yaml, checked against EVENT_TYPES."""
    if unknown := set(entries) - set(EVENT_TYPES):
        raise KnowledgeError(f"unknown event types {sorted(unknown)}", path=MODALITY_FILE)
    return frozenset(entries)
