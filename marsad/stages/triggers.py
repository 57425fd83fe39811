"""Triggers: find the words that report an event, its sub-type and modality.

Every body sentence is matched against all trigger forms at once with one
Aho-Corasick automaton (pyahocorasick) over the sentence's words joined by
single spaces.  A hit counts only on whole words: the letters before it in
its first word must be a proclitic sequence (و ف ب ل ك ال ..., س on present
verbs) and the letters after it in its last word a pronoun or number suffix.
Overlapping hits are settled longest first, then by pattern priority, so
"عبوة ناسفة" beats "عبوة" and a blocker such as "يخطف الأضواء" beats "يخطف".

Each kept hit becomes a `trigger` mention whose value is the `TriggerPattern`
(an override variant when a context word changes the sub-type) and whose
attrs say the voice, the modality (asserted, or why not), the pattern id,
whether it is a generic killing that the events stage types by its actors and
whether it is a failed attempt (`failed_attempt`: "فشل الجيش في اقتحام") and
whether it only names a standing deal in passing (`in_passing`: no word of
its pattern's `happening_near` is near, as in "بنود الهدنة").

Modality cues govern the acts after them in their clause within a word
window; a clause cue (a demand, plan, threat, condition, "لن" or a future
verb) reaches a verbal noun or present verb anywhere in its clause, and a new
past predication ("وقال"، "التي شهدت") ends every cue's reach.  Acts quoted
from a speech at a forum ("في كلمتها أمام مجلس الأمن: \"...\"") that their
sentence neither dates nor places below a country are recalled, not reported.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

import ahocorasick

from marsad.document import Document, Mention
from marsad.knowledge.triggers import (
    GROUND_CHANGES,
    Cue,
    ModalityRules,
    NamedObjectRule,
    NearRule,
    TriggerPattern,
    WordSet,
    load_blockers,
    load_given_names,
    load_ground_relatives,
    load_modality,
    load_morphology,
    load_triggers,
)
from marsad.text import WORD_RE, strip_clitics, strip_conjunction

QUESTION_MARKS = frozenset("؟?")
BLOCKER_PRIORITY = 10_000
# Words after a trigger searched for the second half of an either-or cue.
ALTERNATIVE_REACH = 3
NEWS_DAYS = 7  # a day-precise date this many days before publication or fewer is a news day


@dataclass(frozen=True, slots=True)
class _Entry:
    """One automaton payload item: a pattern (None for a blocker) and its form class."""

    pattern: TriggerPattern | None
    klass: str
    form: str
    tmarbuta: bool = False


@dataclass(slots=True)
class _Hit:
    """A whole-word match of one key in a sentence."""

    first: int
    last: int
    length: int
    entry: _Entry
    prefix: str
    suffix: str
    # patterns sharing the hit's form, next in priority: tried in turn when the chosen
    # pattern's context rules reject the hit (`_contextual_hit`)
    fallbacks: tuple[_Entry, ...] = ()

    @property
    def priority(self) -> int:
        """Pattern priority; blockers outrank every pattern at equal length."""
        return BLOCKER_PRIORITY if self.entry.pattern is None else self.entry.pattern.priority


@dataclass(slots=True)
class _Words:
    """A sentence as words, with their offsets in the joined string.

    Offsets in `norm`, the gaps between words and clause starts are filled
    by `_locate` only for sentences that have a hit.
    """

    text: str
    offset: int
    texts: list[str]
    joined_starts: list[int]
    norm_spans: list[tuple[int, int]] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)  # gaps[i]: text before word i; gaps[n]: trailing
    clause_start: list[int] = field(default_factory=list)
    predications: list[int] = field(default_factory=list)  # words opening a new past predication, ascending
    news_days: frozenset[int] = frozenset()  # words inside a date of the news days (`_news_day_words`)


# ---------------------------------------------------------------- automaton
@functools.cache
def _automaton() -> ahocorasick.Automaton:
    """All trigger forms and blockers in one automaton (built once per process)."""
    table: dict[str, list[_Entry]] = {}
    for pattern in load_triggers():
        for form, classes in pattern.forms.items():
            for klass in classes:
                table.setdefault(form, []).append(_Entry(pattern, klass, form))
                if form.endswith("ه"):
                    variant = form[:-1] + "ت"
                    table.setdefault(variant, []).append(_Entry(pattern, klass, form, tmarbuta=True))
    for form in load_blockers():
        table.setdefault(form, []).append(_Entry(None, "noun", form))
        if form.endswith("ه"):
            table.setdefault(form[:-1] + "ت", []).append(_Entry(None, "noun", form, tmarbuta=True))
    automaton = ahocorasick.Automaton()
    for key, entries in table.items():
        automaton.add_word(key, (len(key), tuple(entries)))
    automaton.make_automaton()
    return automaton


# ---------------------------------------------------------------- words
def _words(doc: Document, norm_start: int, norm_end: int) -> _Words:
    """Split a normalized sentence span into words."""
    text = doc.norm[norm_start:norm_end]
    texts = WORD_RE.findall(text)
    joined_starts = [0, *itertools.accumulate(len(w) + 1 for w in texts)][: len(texts)]
    return _Words(text, norm_start, texts, joined_starts)


def _locate(words: _Words, rules: ModalityRules) -> None:
    """Fill norm offsets and gaps of the words, then mark clause starts."""
    previous_end = 0
    for match in WORD_RE.finditer(words.text):
        words.gaps.append(words.text[previous_end : match.start()])
        previous_end = match.end()
        words.norm_spans.append((words.offset + match.start(), words.offset + match.end()))
    words.gaps.append(words.text[previous_end:])
    _mark_clauses(words, rules)


def _punctuation_breaks(words: _Words, rules: ModalityRules) -> set[int]:
    """Word indices after clause-ending punctuation, except around short parentheticals.

    A name or title set off by a pair of commas or by an opening and its
    closing quote ("عرض الرئيس، فلان الفلاني، هدنة"، "نداء عبر \"الإذاعة\" إلى")
    stays inside its clause.  So do a speaker's few words quoted where the
    clause ends with them ("ستبدأ قريبا في إطار «معركة واسعة»،" or "... «معركة
    واسعة»."): the quote opens no new clause, though the comma or stop after
    its closing mark still ends this one.
    """
    punctuation = rules.boundary_punctuation
    breaks = [i for i, gap in enumerate(words.gaps[: len(words.texts)])
              if i and gap != " " and not punctuation.isdisjoint(gap)]
    kinds = _mark_kinds(words, breaks, rules)
    kept = set(breaks)
    for k in range(len(breaks) - 1):
        pair = (kinds[k], kinds[k + 1])
        if pair in (("comma", "comma"), ("open", "close")) and breaks[k + 1] - breaks[k] <= rules.parenthetical_words:
            kept -= {breaks[k], breaks[k + 1]}
        elif pair == ("open", "close_then_stop") and breaks[k + 1] - breaks[k] <= rules.parenthetical_words:
            kept.discard(breaks[k])
    straight = sum(gap.count('"') for gap in words.gaps[: len(words.texts)])
    if kinds and kinds[-1] == "open" and len(words.texts) - breaks[-1] <= rules.parenthetical_words and (
            _closes_quote(words.gaps[len(words.texts)], straight)):
        kept.discard(breaks[-1])
    return kept


def _closes_quote(gap: str, straight: int) -> bool:
    """The gap opens with a closing quote mark (after spaces): "»", "”", or a
    straight quote when an odd number of them (`straight`) came before."""
    first = gap.lstrip()[:1]
    return first in ("»", "”") or (first == '"' and straight % 2 == 1)


def _mark_kinds(words: _Words, breaks: list[int], rules: ModalityRules) -> list[str]:
    """For each break: "comma", "open" or "close" (a lone quote mark),
    "close_then_stop" (a closing quote with a comma or stop after it), or "hard"."""
    kinds = []
    straight = words.gaps[0].count('"')  # straight quotes so far: an even count opens, an odd one closes
    for index in breaks:
        marks = set(words.gaps[index]) - {" "}
        if _closes_quote(words.gaps[index], straight) and len(marks) > 1 and (
                marks <= rules.boundary_punctuation - set("«“")):
            kinds.append("close_then_stop")  # "»،" or "».": the quote closes, then the clause ends
        elif not marks <= rules.soft_punctuation:
            kinds.append("hard")
        elif marks <= set("،,"):
            kinds.append("comma")
        elif marks <= set("«“") or (marks == {'"'} and straight % 2 == 0):
            kinds.append("open")
        elif marks <= set("»”") or marks == {'"'}:
            kinds.append("close")
        else:
            kinds.append("hard")
        straight += words.gaps[index].count('"')
    return kinds


def _mark_clauses(words: _Words, rules: ModalityRules) -> None:
    """Fill `clause_start`: the first word of each word's clause."""
    texts = words.texts
    current = 0
    breaks = _punctuation_breaks(words, rules)
    for index in range(len(texts)):
        if index in breaks or _opens_clause(texts, index, rules):
            current = index
        words.clause_start.append(current)


def _opens_clause(texts: list[str], index: int, rules: ModalityRules) -> bool:
    """A boundary word sequence starts at `index` ("بينما"، "في وقت") and is
    not a time adverb spelled alike ("في الوقت الحالي": at present)."""
    if not any(_seq_at_stems(texts, index, seq) for seq in _starting(rules.boundary_words, texts[index])):
        return False
    following = tuple(texts[index + 1 :])
    return not any(following[: len(seq) - 1] == seq[1:] for seq in _starting(rules.boundary_not, texts[index]))


def _starting(index: dict[str, tuple[tuple[str, ...], ...]], word: str) -> tuple[tuple[str, ...], ...]:
    """Sequences of `index` whose first word is `word`, or `word` without و/ف."""
    return index.get(word) or (index.get(word[1:], ()) if word[:1] in "وف" else ())


# ---------------------------------------------------------------- matching
def _valid_hit(entry: _Entry, prefix: str, suffix: str, multiword: bool) -> bool:
    """Whole-word check: clitics allowed for this form class on both sides."""
    morph = load_morphology()
    if entry.klass == "noun" or entry.pattern is None:
        if prefix not in morph.noun_proclitics:
            return False
    elif prefix not in morph.verb_proclitics and not (
        entry.klass == "present" and (prefix in morph.future_proclitics or prefix in morph.present_proclitics)
    ):
        return False
    if entry.tmarbuta:
        return suffix in morph.tmarbuta_suffixes
    if multiword or entry.klass == "noun" or entry.pattern is None:
        return suffix in morph.noun_suffixes
    return suffix in morph.verb_suffixes


def _pick_entries(entries: tuple[_Entry, ...], prefix: str, suffix: str, multiword: bool) -> list[_Entry]:
    """Choose among patterns/classes sharing a key: nouns after ال/ب/ك, else verbs; the
    chosen entry first, then the other patterns of its class by priority (a blocker alone)."""
    valid = [e for e in entries if _valid_hit(e, prefix, suffix, multiword)]
    if not valid:
        return []
    blockers = [e for e in valid if e.pattern is None]
    if blockers:
        return blockers[:1]
    nounish = prefix.endswith(load_morphology().noun_markers)
    preferred = [e for e in valid if (e.klass == "noun") == nounish] or valid
    return sorted(preferred, key=lambda e: -(e.pattern.priority if e.pattern else 0))


def _hits(words: _Words) -> list[_Hit]:
    """All whole-word matches in a sentence, overlaps not yet resolved."""
    joined = " ".join(words.texts)
    out: list[_Hit] = []
    if not joined:
        return out
    starts = words.joined_starts
    for end, (length, entries) in _automaton().iter(joined):
        begin = end - length + 1
        first = bisect_right(starts, begin) - 1
        last = bisect_right(starts, end) - 1
        prefix = words.texts[first][: begin - starts[first]]
        suffix = words.texts[last][end + 1 - starts[last] :]
        picked = _pick_entries(entries, prefix, suffix, first != last)
        if picked:
            out.append(_Hit(first, last, length, picked[0], prefix, suffix, tuple(picked[1:])))
    return out


def _contiguous(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """False when a multi-word hit runs across punctuation ("النار، على")."""
    return all(
        words.gaps[i] == " " or rules.boundary_punctuation.isdisjoint(words.gaps[i])
        for i in range(hit.first + 1, hit.last + 1)
    )


def _resolve(hits: list[_Hit]) -> list[_Hit]:
    """Longest match wins, then priority; blockers are dropped after winning."""
    taken: list[_Hit] = []
    used: set[int] = set()
    for hit in sorted(hits, key=lambda h: (-h.length, -h.priority, h.first)):
        span = set(range(hit.first, hit.last + 1))
        if span & used:
            continue
        used |= span
        taken.append(hit)
    return sorted((h for h in taken if h.entry.pattern is not None), key=lambda h: h.first)


# ---------------------------------------------------------------- context
def _near(words: _Words, hit: _Hit, wordset: WordSet, window: int, after: bool = False, before: bool = False,
          clause: bool = False) -> bool:
    """True when a word of `wordset` lies within `window` words of the hit (`after`: only
    after it; `before`: only before it; `clause`: only in the hit's own clause, the window
    stopping at a comma, a clause opener such as فيما or a new predication)."""
    return any(wordset.matches(words.texts[i]) for i in _window(words, hit, window, after, before, clause))


def _window(words: _Words, hit: _Hit, window: int, after: bool, before: bool, clause: bool) -> list[int]:
    """The word indices `_near` looks at, the hit's own words left out."""
    low = hit.first if after else max(0, hit.first - window)
    high = hit.first if before else min(len(words.texts), hit.last + 1 + window)
    if clause and words.clause_start:
        low, high = _clause_bounds(words, hit, low, high)
    return [i for i in range(low, high) if not hit.first <= i <= hit.last]


_CLAUSE_END = re.compile(r"[،,؛;:.!?؟]")


def _rule_near(words: _Words, hit: _Hit, rule: NearRule) -> bool:
    """`_near` for a whole rule: its word placed by `prev`, `next` and `last`, and none of
    its `unless` rules holding (an `unless` word in the hit itself counts: "رفع عبوة ناسفة
    انفجرت" is a blast told by its own verb)."""
    def placed(i: int) -> bool:
        n = len(words.texts)
        return ((rule.prev is None or (i > 0 and rule.prev.matches(words.texts[i - 1])))
                and (rule.next is None or (i + 1 < n and rule.next.matches(words.texts[i + 1])))
                and (not rule.last or i + 1 == n
                     or (len(words.gaps) > i + 1 and bool(_CLAUSE_END.search(words.gaps[i + 1])))))

    if not any(rule.words.matches(words.texts[i]) and placed(i)
               for i in _window(words, hit, rule.window, rule.after, rule.before, rule.clause)):
        return False
    return not any(_rule_near(words, hit, other)
                   or any(other.words.matches(words.texts[i]) for i in range(hit.first, hit.last + 1))
                   for other in rule.unless)


_DOER_AFTER = 3  # words after a past verb its own doer may stand ("اقتحم المتظاهرون")


def _own_doer(words: _Words, hit: _Hit, rule: NearRule) -> bool:
    """The hit is a finite past verb whose own doer (`rule.unless_doer`) stands between it and
    the rule's word before it, or right after it ("اعتقلت الشرطة 40 متظاهرا بعد أن اقتحموا
    البرلمان": the crowd stormed, then was detained; not "خلال اقتحام منازلهم")."""
    if rule.unless_doer is None or hit.entry.klass != "past":
        return False
    low = max(0, hit.first - rule.window)
    found = [i for i in range(low, hit.first) if rule.words.matches(words.texts[i])]
    between = range(found[-1] + 1, hit.first) if found else range(0)
    after = range(hit.last + 1, min(len(words.texts), hit.last + 1 + _DOER_AFTER))
    return any(rule.unless_doer.matches(words.texts[i]) for i in (*between, *after))


def _clause_bounds(words: _Words, hit: _Hit, low: int, high: int) -> tuple[int, int]:
    """[low, high) narrowed to the hit's clause ("أعلنت واشنطن انسحابها من المعاهدة، فيما
    انسحبت القوات ...": the treaty stays out of the second withdrawal's window)."""
    def opens(j: int) -> bool:
        return words.clause_start[j] == j or j in words.predications

    first = hit.first
    while first > low and not opens(first):
        first -= 1
    last = hit.last + 1
    while last < high and not opens(last):
        last += 1
    return max(low, first), min(high, last)


def _contextual_hit(words: _Words, hit: _Hit) -> tuple[_Hit, TriggerPattern | None]:
    """The hit and its pattern after context rules, falling back to the next pattern that
    shares the hit's form when the chosen one's context rejects it.

    Why: a narrow pattern on a common word ("تفجير" of security forces making bombs safe)
    outranks the general one on that word; where its context fails, the word is still the
    general pattern's trigger, not nothing."""
    for entry in (hit.entry, *hit.fallbacks):
        candidate = hit if entry is hit.entry else replace(hit, entry=entry, fallbacks=())
        pattern = _contextual_pattern(words, candidate)
        if pattern is not None:
            return candidate, pattern
    return hit, None


def _contextual_pattern(words: _Words, hit: _Hit) -> TriggerPattern | None:
    """The pattern after context rules: None when excluded, else base or override."""
    pattern = hit.entry.pattern
    assert pattern is not None
    if not _required_words_near(words, hit, pattern):
        return None
    if any(_rule_near(words, hit, rule) and not _own_doer(words, hit, rule) for rule in pattern.exclude_near):
        return None
    if _states_a_stance(words, hit):
        return None
    if pattern.sub_event_type in GROUND_CHANGES and _describes_ground(words, hit):
        return None
    for rule, variant in pattern.overrides:
        # (an override may keep to the hit's clause: "تفجير عبوات تحت السيطرة" is a controlled
        # detonation, not a blast told before "، منذ سيطرة المتمردين على المدينة")
        if _rule_near(words, hit, rule):
            return variant
    return pattern


def _required_words_near(words: _Words, hit: _Hit, pattern: TriggerPattern) -> bool:
    """Every `requires_near` rule holds, or all but the last do and a person is
    named as the verb's object (`named_object`), which no word list can hold."""
    rules = pattern.requires_near
    if all(_near(words, hit, rule.words, rule.window, rule.after, rule.before) for rule in rules):
        return True
    return (
        pattern.named_object is not None
        and all(_near(words, hit, rule.words, rule.window, rule.after, rule.before) for rule in rules[:-1])
        and _names_a_person(words, hit, pattern.named_object)
    )


def _names_a_person(words: _Words, hit: _Hit, rule: NamedObjectRule) -> bool:
    """After the verb, its doer ("السلطات الأمنية") and maybe a time word, the
    object is a title, a known given name, or a bare word a relative pronoun
    follows ("أوقفت الشرطة الثلاثاء فلان الذي ..."): a person held, not a thing."""
    texts = words.texts
    doer = False
    for index in range(hit.last + 1, min(len(texts), hit.last + 1 + rule.reach)):
        word = texts[index]
        if rule.titles.matches(word):
            return doer
        if rule.subject.matches(word):
            doer = True
        elif not doer or not (word.startswith("ال") or rule.skip.matches(word)):
            following = texts[index + 1] if index + 1 < len(texts) else ""
            return doer and (word in load_given_names() or following in rule.relative)
    return False


def _describes_ground(words: _Words, hit: _Hit) -> bool:
    """A takeover verb in an unmarked relative clause on indefinite ground
    ("أحياء طردوا منها"، "مناطق انسحب منها المسلحون"; `ground_relatives`): the
    place's past, which the report names the place by, not a change of hands
    it tells.  After a relative pronoun the clause may well tell the news or a
    dated recollection ("حي القدم، الذي سيطر عليه داعش في 13 مارس"), so only
    the unmarked clause is read so."""
    texts = words.texts
    if hit.entry.klass != "past" or hit.first == 0 or hit.last + 1 >= len(texts):
        return False
    rules = load_ground_relatives()
    conjoined = texts[hit.first][:1] in "وف" and not hit.entry.form.startswith(("و", "ف"))
    return not conjoined and texts[hit.last + 1] in rules.resumptive and rules.heads.matches(texts[hit.first - 1])


def _states_a_stance(words: _Words, hit: _Hit) -> bool:
    """A possessed noun before a word of the pattern's stance rule ("احتجاجه على")."""
    rule = hit.entry.pattern.stance if hit.entry.pattern else None
    return (
        rule is not None
        and hit.entry.klass == "noun"
        and hit.suffix in rule.suffixes
        and hit.last + 1 < len(words.texts)
        and words.texts[hit.last + 1] in rule.next_words
    )


# ---------------------------------------------------------------- modality
def _predications(words: _Words, hits: list[_Hit], rules: ModalityRules) -> list[int]:
    """Words that open a new past predication: a past verb written with و/ف
    ("وقال"، "واشتبكت") or right after a relative pronoun ("التي شهدت").

    The verb is one of `past_verbs` or a trigger hit that can only be read
    as a past verb ("وقتل" is also "and the killing of", so it does not count).
    """
    texts = words.texts
    found = {
        index for index, word in enumerate(texts)
        if (word[:1] in "وف" and word[1:] in rules.past_verbs)
        or (index and word in rules.past_verbs and texts[index - 1] in rules.relative_pronouns)
    }
    found.update(
        hit.first for hit in hits
        if hit.entry.klass == "past" and not _has_noun_reading(hit)
        and (hit.prefix.startswith(("و", "ف")) or (hit.first and texts[hit.first - 1] in rules.relative_pronouns))
    )
    return sorted(found)


def _has_noun_reading(hit: _Hit) -> bool:
    """True when the hit's form is also a verbal noun of its pattern."""
    pattern = hit.entry.pattern
    return pattern is not None and "noun" in pattern.forms.get(hit.entry.form, ())


def _new_predication_between(words: _Words, low: int, high: int) -> bool:
    """True when a new past predication opens in words[low..high] (inclusive)."""
    return any(low <= index <= high for index in words.predications)


def _cue_stems(word: str) -> tuple[str, ...]:
    """Readings of a word as a cue: itself and without the conjunction و/ف.

    Prepositions and the article are not stripped: "للتوصل" (in order to
    reach) is not the agreement cue "توصل", "الحذر" (caution) is not "حذر"
    (warned).  Cues that take them are written with them.
    """
    if word[:1] in "وف" and len(word) > 2:
        return (word, word[1:])
    return (word,)


@functools.lru_cache(maxsize=1 << 16)
def _cues_starting(word: str, after: bool) -> tuple[Cue, ...]:
    """Cues whose first word is `word` or one of its cue readings (memoized)."""
    rules = load_modality()
    index = rules.after if after else rules.before
    return tuple(cue for stem in _cue_stems(word) for cue in index.get(stem, ()))


def _cue_positions(words: _Words, after: bool, low: int, high: int) -> list[tuple[int, int, Cue]]:
    """(first, last, cue) for every cue occurrence starting in words[low:high]."""
    found = []
    texts = words.texts
    for index in range(low, high):
        for cue in _cues_starting(texts[index], after):
            if not _seq_at_stems(texts, index, cue.words) or not _cue_follows_right_word(words, index, cue):
                continue
            last = index + len(cue.words) - 1
            following = texts[last + 1] if last + 1 < len(texts) else ""
            if following == "في" and last + 2 < len(texts) and texts[last + 2] in cue.next_not:
                following = texts[last + 2]  # "قادمة في اتجاه البلدة": the direction word after في
            if (cue.next_prefix and not following.startswith(cue.next_prefix)) or following in cue.next_not:
                continue
            found.append((index, last, cue))
    return found


def _cue_follows_right_word(words: _Words, index: int, cue: Cue) -> bool:
    """The word before a cue at `index` is not one of its `prev_not` ("ما إذا"),
    and, when it has `prev_in`, the cue opens its clause or follows one of them."""
    previous = words.texts[index - 1] if index else ""
    if previous in cue.prev_not:
        return False
    return not cue.prev_in or words.clause_start[index] == index or previous in cue.prev_in


def _seq_at_stems(texts: list[str], index: int, seq: tuple[str, ...]) -> bool:
    """True when the words from `index` match `seq` up to proclitics."""
    if index + len(seq) > len(texts):
        return False
    return all(seq[k] in strip_clitics(texts[index + k]) for k in range(1, len(seq)))


def _cue_modality(
    words: _Words, hit: _Hit, before: list[tuple[int, int, Cue]], rules: ModalityRules
) -> str | None:
    """Class of the nearest cue governing the hit from before it in its clause."""
    clause = words.clause_start[hit.first]
    best: tuple[int, Cue] | None = None
    for first, last, cue in before:
        window = cue.object_window if hit.prefix in cue.object_prefix else cue.window
        if last >= hit.first or _new_predication_between(words, last + 1, hit.first):
            continue
        if cue.object_after and words.texts[hit.first - 1] not in cue.object_after:
            continue
        commas = bool(cue.object_after) or cue.across_commas
        if first < clause and not (
            (cue.clause or commas) and _only_quotes_between(words, last, hit.first, rules, commas)
        ):
            continue
        if hit.first - last > window and not _through_light_verb(words, last, window, hit, rules) and not (
            cue.clause and _reaches_in_clause(words, last, hit, rules)
            and (not cue.reach_joined_only or _joined_at(words, hit, rules) is not None)
        ):
            continue
        if cue.alternative and cue.alternative.isdisjoint(words.texts[hit.last + 1: hit.last + 1 + ALTERNATIVE_REACH]):
            continue
        if cue.via and not any(words.texts[i].startswith(cue.via) for i in range(last + 1, hit.first + 1)):
            continue
        if cue.via_words and cue.via_words.isdisjoint(words.texts[last + 1: hit.first]):
            continue
        if not cue.not_via_words.isdisjoint(words.texts[last + 1: hit.first + 1]):
            continue  # (the act's own first word too: "تحاول فيه القوات صد هجوم" repels a real attack)
        if not cue.not_after_words.isdisjoint(words.texts[hit.last + 1: hit.last + 1 + cue.not_after_window]):
            continue  # "استهدفت مرات عدة مواقع أبرزها ليلة التاسع": an instance of the span picked out
        if cue.not_before_words and not cue.not_before_words.isdisjoint(
                words.texts[max(words.clause_start[first], first - cue.not_before_window): first]):
            continue  # "في أول هجوم من نوعه خلال الأشهر الأخيرة": one act singled out of the span
        if cue.undated and _dated_in_clause(words, hit, cue, rules, last):
            continue  # "خلال الأشهر الماضية، قصفت القوات صباح اليوم": the act has its own day
        if cue.modality == "demand" and _presupposed(words, last, hit, rules.presupposing, rules):
            continue
        if cue.stops_at_presupposing and _presupposed(words, last, hit, rules.reach_presupposing, rules):
            continue  # "عزمها محاسبة المسؤولين عن قصف السوق": the intended act is the prosecution
        if (cue.not_past or cue.modality in rules.objects_only) and hit.entry.klass == "past" \
                and not _after_preposition(words, hit, rules):
            # a past verb after "أحبط" is the foilers' own next act; one after a `not_past` cue
            # was done ("للاستعداد لمعركة اشتبكت فيها قواته": the clash was fought)
            continue
        if best is None or last > best[0]:
            best = (last, cue)
    return best[1].modality if best else None


def _after_preposition(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """The hit, read as a past verb, stands right after a preposition (`noun_after`),
    or joined by و to a word that does ("تدعو إلى قتل وطرد العرب"): a form shared by
    a verb and its verbal noun is the noun there ("دعت الأهالي إلى مشاركة الجيش في
    طرد المسلحين"), the object a cue governs."""
    back = 2 if hit.prefix.startswith("و") else 1
    return hit.first >= back and words.texts[hit.first - back] in rules.noun_after


def _presupposed(words: _Words, last: int, hit: _Hit, presupposing: WordSet, rules: ModalityRules) -> bool:
    """A `presupposing` word stands between the cue ending at `last` and the act
    ("طالب بوقف القصف": the shelling goes on), and no `fresh_starts` word after
    it asks for a new act ("دعا إلى وقف العنف وبدء مفاوضات")."""
    texts = words.texts
    for i in range(hit.first - 1, last, -1):
        if rules.fresh_starts.matches(texts[i]):
            return False
        if presupposing.matches(texts[i]):
            return True
    return False


def _only_quotes_between(
    words: _Words, last: int, high: int, rules: ModalityRules, commas: bool = False
) -> bool:
    """Every clause break in words (last, high] is a quote mark alone: a clause
    cue's object may be quoted ("طالب بتحويل المنطقة من \"منطقة توتر إلى منطقة
    وقف إطلاق نار\"").  With `commas` (a cue with `object_after` or
    `across_commas`) a comma may break too: the act, marked by its preposition,
    follows a subject set off by commas, or a fronted predicate's subject
    follows an aside."""
    quotes = rules.soft_punctuation if commas else rules.soft_punctuation - {"،", ","}
    for index in range(last + 1, high + 1):
        if words.clause_start[index] != index:
            continue
        marks = set(words.gaps[index]) - {" "}
        if not marks or not marks <= quotes:
            return False
    return True


def _reaches_in_clause(words: _Words, last: int, hit: _Hit, rules: ModalityRules) -> bool:
    """A clause cue ending at `last` heads a far verbal noun or present verb:
    no new predication and no word presupposing the act stands between."""
    return (
        hit.entry.klass in ("noun", "present")
        and not _new_predication_between(words, last + 1, hit.first)
        and not _presupposed(words, last, hit, rules.reach_presupposing, rules)
    )


def _through_light_verb(words: _Words, last: int, window: int, hit: _Hit, rules: ModalityRules) -> bool:
    """A present light verb within the cue's window whose object is the act
    ("من المتوقع أن يشن النظام، مدعوما بغطاء جوي روسي، معارك"): the subject
    and its adjuncts stand between, so the reach counts on from the verb."""
    return any(
        rules.light_verbs.matches(words.texts[j]) and hit.first - j <= rules.light_verb_window
        for j in range(last + 1, min(last + window, hit.first - 1) + 1)
    )


def _is_future_verb(word: str, rules: ModalityRules) -> bool:
    """س + a present verb ("سيبدأ"، "ستمنح"), or سوف; not a noun spelled alike (سيطرة)."""
    return word == "سوف" or (
        len(word) >= 5 and word[0] == "س" and word[1] in "يتن" and not rules.future_not.matches(word)
    )


def _future_predicate(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """An act named as the subject of "أن" whose predicate is a future verb
    ("أكد أن هجوما واسعا سيبدأ قريبا"), or an act a future verb shortly before
    it in its clause governs ("مما سيمنح الحكومة ورقة للتفاوض"): expected."""
    texts = words.texts
    low = max(words.clause_start[hit.first], hit.first - rules.future_before_window)
    if any(_is_future_verb(_without_conjunction(texts[j]), rules) for j in range(low, hit.first)):
        return True
    if hit.entry.klass != "noun" or hit.prefix or hit.first == 0 or texts[hit.first - 1] not in rules.future_heads:
        return False
    for j in range(hit.last + 1, min(len(texts), hit.last + 1 + rules.future_window)):
        if any(ch in ".!?؟;؛:" for ch in words.gaps[j]) or _ends_subject(texts[j], rules):
            return False
        if _is_future_verb(texts[j], rules):
            return True
    return False


def _forecast_subject(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """A bare or definite act that opens its clause or follows "أن" is the
    subject of a future copula or consequence verb ("قصف المدن بحجة وجود
    مسلحين سيكون مجزرة"، "إن الانسحاب الفرنسي سيفتح الباب"، "إن السيطرة عليها
    سيسمح للمقاومة بالتحرك"), or of an imminence predicate ("أكد أن تحرير
    زنجبار \"بات قريبا\""): a forecast.  A relative pronoun, a time word, a new
    predication or "مما" between ends the subject.

    Why the imminence predicate crosses commas and quotes: the subject is
    often set off ("أن تحرير مدينة الحديدة ومينائها الاستراتيجي، بات محسوما")
    and the predicate quoted from a statement; the copula and its phrase are
    specific enough that a comma does not make them another clause's.  Past
    a comma the copula must open the words after it: a new subject there
    ("معارك ضارية على أطراف المدينة، والنصر بات قريبا") or a new clause
    ("القصف بات يوميا، وقد أصبح مسألة وقت قبل سقوط ضحايا") is what is
    foretold, not the act."""
    texts = words.texts
    if hit.prefix not in rules.predicate_prefixes or not (hit.entry.klass == "noun" or _has_noun_reading(hit)):
        return False
    clause = words.clause_start[hit.first]
    # (the head may carry و: "وأن السيطرة عليها سيسمح للمقاومة بالتحرك")
    if clause != hit.first and not (hit.first and _without_conjunction(texts[hit.first - 1]) in rules.future_heads):
        return False
    crossed = False  # a comma or a quote passed: only an imminence predicate may follow
    for j in range(hit.last + 1, min(len(texts), hit.last + 1 + rules.predicate_window)):
        word = texts[j]
        if words.clause_start[j] != clause:
            if not _soft_break(words, j, rules):
                return False
            clause, crossed = words.clause_start[j], True
        if j in words.predications or _ends_subject(word, rules):
            return False
        if word in rules.predicate_verbs and not crossed:
            return True
        if word in rules.present_predicate_verbs and not crossed:
            return _future_follows(words, j, rules)
        if word in rules.imminent_copulas and _imminence_at(words, j + 1, rules):
            return True
        if crossed and j == clause:
            return False  # a new subject after the comma: the copula is its, not the act's
    return False


def _future_follows(words: _Words, index: int, rules: ModalityRules) -> bool:
    """A future verb follows words[index] in its clause within `predicate_window`
    words: a present judgement of the act goes on to foretell ("تحرير الميناء يمثل
    بداية السقوط للحوثيين وسيؤمن الملاحة"), so the act is foretold too."""
    texts, clause = words.texts, words.clause_start[index]
    return any(
        words.clause_start[k] == clause and _is_future_verb(_without_conjunction(texts[k]), rules)
        for k in range(index + 1, min(len(texts), index + 1 + rules.predicate_window))
    )


def _soft_break(words: _Words, index: int, rules: ModalityRules) -> bool:
    """The clause break before words[index] is only a comma or a quote mark."""
    marks = set(words.gaps[index]) - {" "}
    return bool(marks) and marks <= rules.soft_punctuation


def _imminence_at(words: _Words, index: int, rules: ModalityRules) -> bool:
    """An `imminent_words` phrase starts at `index` ("قريبا"، "مسألة وقت"), not
    followed in its clause within `imminent_next_window` words by a word of
    nearness in space ("قريبة جدا من الأحياء"، "قريبا منهم"، "قريبة بشكل خطير
    من منازلهم")."""
    texts = words.texts
    for phrase in rules.imminent_words:
        end = index + len(phrase)
        if tuple(texts[index:end]) == phrase:
            clause = words.clause_start[end - 1]
            reach = min(len(texts), end + rules.imminent_next_window)
            after = [texts[k] for k in range(end, reach) if words.clause_start[k] == clause]
            return rules.imminent_next_not.isdisjoint(after)
    return False


def _ends_subject(word: str, rules: ModalityRules) -> bool:
    """A relative pronoun, a time word or "مما" after an act: what follows tells
    of an act that happened ("الهجوم الذي وقع أمس"، "القصف ... أمس سيؤدي إلى"),
    so a future verb after it foretells a result, not the act."""
    return word in rules.relative_pronouns or _without_conjunction(word) in rules.predicate_stops


def _without_conjunction(word: str) -> str:
    """The word without a leading و or ف."""
    return word[1:] if word[:1] in "وف" else word


def _far_future(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """A future verb anywhere before the act in its clause heads it, when
    nothing between ends its reach ("سيتحرك الجيش ... نحو العاصمة وفرض حصار
    عليها وتحريرها").  Checked after the nearer cues, which say more."""
    return rules.future_clause_reach and any(
        _is_future_verb(_without_conjunction(words.texts[j]), rules) and _reaches_in_clause(words, j, hit, rules)
        for j in range(words.clause_start[hit.first], hit.first)
    )


def _after_modality(
    words: _Words, hit: _Hit, after: list[tuple[int, int, Cue]], rules: ModalityRules
) -> str | None:
    """Class of a cue right after the hit in its clause ("الهجوم المتوقع")."""
    clause = words.clause_start[hit.first]
    for first, _last, cue in after:
        if hit.last < first <= hit.last + cue.window and words.clause_start[first] == clause:
            if cue.undated and _dated_in_clause(words, hit, cue, rules):
                continue  # "حملة اعتقالات تعسفية في بلدة بيتا فجر اليوم": one dated raid
            return cue.modality
    return None


def _is_question(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """True when the hit's clause ends with a question mark."""
    for index in range(hit.last + 1, len(words.gaps)):
        gap = words.gaps[index]
        if any(ch in QUESTION_MARKS for ch in gap):
            return True
        if any(ch in rules.boundary_punctuation for ch in gap):
            return False
    return False


def _purpose_exempt(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """True when ل before a verbal noun is not purpose (تعرضت لقصف، أدى لمقتل)."""
    if hit.first > 0 and rules.purpose_exempt.matches(words.texts[hit.first - 1]):
        return True
    low = max(words.clause_start[hit.first], hit.first - rules.purpose_window)
    return any(rules.purpose_exempt_within.matches(words.texts[i]) for i in range(low, hit.first))


def _joins_an_aim(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """A verbal noun joined by و to a purpose phrase of movement earlier in its
    clause ("للتحرك نحو العاصمة وتحريرها"): the second act is an aim as well."""
    if hit.entry.klass != "noun" or not hit.prefix.startswith("و"):
        return False
    low = max(words.clause_start[hit.first], hit.first - rules.purpose_window)
    return any(
        words.texts[i].startswith(("ل", "ول")) and rules.aim_heads.matches(words.texts[i])
        for i in range(low, hit.first)
    )


def _is_habitual(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """An act after a present light verb that is plural and follows a "since"
    phrase, or that has gone on "since days" ("تتعرض البلدة لقصف منذ أيام"),
    or one a campaign's verb takes back as its object ("قصف تشنه القوات منذ
    أيام"), or one named after the past and present of a verb ("قتلت وستقتل")."""
    if _campaign_object(words, hit, rules) or _did_and_does(words, hit, rules):
        return True
    if _since_span_before(words, hit, rules):
        return True
    low = max(words.clause_start[hit.first], hit.first - rules.habitual_window)
    if not any(rules.habitual_verbs.matches(words.texts[i]) for i in range(low, hit.first)):
        return False
    if _lasts_for_days(words, hit, rules):
        return True
    if not words.texts[hit.last].endswith("ات"):
        return False
    since_low = max(0, hit.first - rules.habitual_since_window)
    return any(rules.habitual_since.matches(words.texts[i]) for i in range(since_low, hit.first))


def _condemned_continuation(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """"استمرار" right before the act and a condemnation shortly before that in
    the sentence ("أدان المجلس \"بشدة استمرار القتال\""): a state that goes on."""
    if hit.first == 0 or words.texts[hit.first - 1] not in rules.continuation:
        return False
    low = max(0, hit.first - 1 - rules.condemn_window)
    return any(rules.condemnations.matches(words.texts[i]) for i in range(low, hit.first - 1))


def _lasts_for_days(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """"since" and a span of days or more (`durations`, maybe after a number or a
    qualifier: "منذ أكثر من عام") follow the act in its clause."""
    texts = words.texts
    clause = words.clause_start[hit.first]
    high = min(len(texts) - 1, hit.last + 1 + rules.duration_window)
    for i in range(hit.last + 1, high):
        if words.clause_start[i] != clause:
            return False
        if rules.habitual_since.matches(texts[i]):
            # the span may follow a number, in digits or in words ("منذ عشرة أيام"), or a
            # qualifier ("منذ أكثر من عام"، "منذ نحو عشرة أيام")
            return any(rules.durations.matches(span) for span in texts[i + 1 : i + 4])
    return False


def _since_span_before(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """"since" and a span of days or more (`since_spans`) stand between a light verb
    and the act in its clause ("وتتعرض منذ نحو أسبوعين لحملة قصف"، "بدأ منذ أشهر
    في شن هجمات"): a campaign going on, with no day to date it.  The light verb
    must stand within `window` words before "since", which lies within
    `duration_window` words before the act."""
    texts = words.texts
    clause = words.clause_start[hit.first]
    for i in range(hit.first - 1, max(clause, hit.first - rules.duration_window) - 1, -1):
        if rules.habitual_since.matches(texts[i]) and any(rules.since_spans.matches(span) for span in texts[i + 1: i + 4]):
            low = max(clause, i - rules.habitual_window)
            return any(rules.habitual_verbs.matches(texts[j]) for j in range(low, i))
    return False


def _campaign_object(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """A light verb right after the act takes it back as its object pronoun and
    "since" a span of days follows ("وقتل المئات في قصف جوي تنفذه القوات منذ
    عشرة أيام"): a campaign going on, and deaths in it a running total."""
    texts = words.texts
    clause = words.clause_start[hit.first]
    for i in range(hit.last + 1, min(len(texts), hit.last + 1 + rules.duration_window)):
        if words.clause_start[i] != clause:
            return False
        word = texts[i]
        if any(word.endswith(p) and word[: -len(p)] in rules.habitual_light_words for p in rules.object_pronouns):
            return _lasts_for_days(words, hit, rules)
    return False


def _did_and_does(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """The act is a past verb joined by و to its own present or future, or
    follows such a pair in its clause ("قتلت وستقتل الإرهابيين"، "ما قامت وتقوم
    به الميليشيات من تدمير وقتل"): a standing practice, not one event."""
    texts = words.texts
    low = max(words.clause_start[hit.first], hit.first - rules.did_and_does_window)
    return any(_same_verb_pair(texts[j], texts[j + 1]) for j in range(low, min(hit.first + 1, len(texts) - 1)))


def _same_verb_pair(past: str, joined: str) -> bool:
    """"قامت" + "وتقوم", "قتلت" + "وستقتل": a past verb and و + the present of the same verb."""
    if not joined.startswith("و") or len(joined) < 4:
        return False
    present = joined[1:]
    if present[:1] == "س" and present[1:2] in "يتن":
        present = present[1:]
    if present[:1] not in "يتن":
        return False
    stem = past[:-2] if past.endswith(("وا", "نا")) else past[:-1] if past.endswith("ت") else past
    skeleton = stem.lstrip("ا").translate(_VOWEL_LETTERS)
    return len(skeleton) >= 2 and skeleton == present[1:].translate(_VOWEL_LETTERS)


_VOWEL_LETTERS = str.maketrans("", "", "اوي")


def _describes_subject(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """A present verb right after a relative pronoun describes who someone is
    ("الجماعات التي تقاتل الجيش"), it does not report an act.  Unvocalized, a
    form such as تقاتل is both a past and a present verb; bare (no suffix)
    after the pronoun it is read as present, while "الذين تظاهروا" is past."""
    return (
        (hit.entry.klass == "present" or _bare_t_form(words, hit))
        and not hit.prefix
        and hit.first > 0
        and words.texts[hit.first - 1] in rules.relative_pronouns
    )


def _describes_setting(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """The act follows "<relative> <present light verb> <resumptive>" in its clause
    ("الإقليم الذي يشن فيه الجيش عملية"، "في وقت تدور فيه معارك"): it describes
    a place or a time by what goes on there, it is not the news itself."""
    texts = words.texts
    low = max(words.clause_start[hit.first] + 1, hit.first - rules.descriptive_window)
    return any(
        texts[j - 1] in rules.descriptive_heads and texts[j + 1] in rules.resumptive and rules.descriptive_verbs.matches(texts[j])
        for j in range(low, hit.first - 1)
    )


def _describes_place_by_standing_fight(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """The act follows "حيث" and a present light verb (`place_adverbs`,
    `descriptive_verbs`) and is told as lasting right after it (`standing_words`:
    "قرب العريش حيث تجري مواجهات مستمرة بين الأمن والمتطرفين"): the clause names
    the place by the fighting that goes on there, a standing state; the act of the
    sentence (the bombing there) is the news, and must not be folded into a clash.
    Fighting tied to the news days (`standing_today`: "منذ صباح اليوم") is news itself."""
    texts = words.texts
    after = texts[hit.last + 1: hit.last + 3]
    if not any(w in rules.standing_words for w in after):
        return False
    if any(w in rules.standing_today for w in texts[hit.last + 1: hit.last + 1 + rules.standing_today_reach]):
        return False  # "حيث تدور اشتباكات متواصلة منذ صباح اليوم": today's fighting is news
    low = max(0, hit.first - rules.descriptive_window)
    for i in range(hit.first - 1, low - 1, -1):
        if texts[i] in rules.place_adverbs:
            return any(rules.descriptive_verbs.matches(texts[j]) for j in range(i + 1, hit.first))
    return False


def _bare_t_form(words: _Words, hit: _Hit) -> bool:
    """A past form that reads as a present verb too: ت/ي-initial, no plural ending, no suffix."""
    form = hit.entry.form
    return hit.entry.klass == "past" and form[:1] in "يت" and not form.endswith("وا") and words.texts[hit.first] == form


def _modality(
    words: _Words, hit: _Hit, pattern: TriggerPattern, cues: tuple[list, list], rules: ModalityRules
) -> str:
    """Why a trigger is not an asserted happening, or "asserted"."""
    cued = _cue_modality(words, hit, cues[0], rules)
    if cued == "asserted":
        # A reached-agreement word ("أعلن"، "توصل إلى") only cancels a negotiation cue
        # farther off; the act may still be a priority named after it or a forecast
        # ("وأعلن القائد أن تحرير المدينة من أولويات الجيش").
        cued = None
    cued = cued or _after_modality(words, hit, cues[1], rules)
    if cued == "negotiation" and pattern.attrs.get("agreed"):
        cued = None  # "talks ended in an agreement": the agreement itself is reported
    if cued is not None:
        return cued
    if hit.suffix in rules.addressed_suffixes:
        # "ونجد اللذة في ذبحكم": an act told to "you" is a quoted threat or reproach, not news
        return "threat"
    if _is_question(words, hit, rules):
        return "question"
    entry = hit.entry
    morph = load_morphology()
    if (
        (entry.klass == "present" and hit.prefix in morph.future_proclitics)
        or _future_predicate(words, hit, rules) or _forecast_subject(words, hit, rules)
    ):
        return "expected"
    if entry.klass == "present" and hit.prefix in morph.present_proclitics:
        return "plan"
    if (
        entry.klass == "noun"
        and hit.prefix in morph.purpose_lam
        and pattern.base_id not in rules.purpose_skip
        # a plural after ل is a dative ("تعرضت لغارات"), not an aim; a form whose first word is
        # singular is one ("لدخول قوات الجيش" is an aim although its last word is plural)
        and not (words.texts[hit.first].endswith("ات") and words.texts[hit.last].endswith("ات"))
        and not _purpose_exempt(words, hit, rules)
    ) or _joins_an_aim(words, hit, rules):
        return "plan"
    if _far_future(words, hit, rules):
        return "expected"
    if (
        _is_habitual(words, hit, rules) or _describes_subject(words, hit, rules)
        or _describes_setting(words, hit, rules) or _condemned_continuation(words, hit, rules)
        or _describes_place_by_standing_fight(words, hit, rules)
    ):
        return "habitual"
    return "asserted"


def _voice(words: _Words, hit: _Hit, rules: ModalityRules) -> str:
    """active / passive / noun; a verbal noun after تم/جرى/تعرض is passive."""
    if (
        hit.entry.klass == "noun"
        and hit.first > 0
        and rules.passive_markers.matches(words.texts[hit.first - 1])
    ):
        return "passive"
    if hit.entry.klass == "past" and (_complement_noun(words, hit, rules) or _governed_noun(words, hit, rules)):
        return "noun"
    return {"past": "active", "present": "active", "passive": "passive"}.get(hit.entry.klass, "noun")


def _governed_noun(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """"استشهد فلسطينيان في قصف قوات الاحتلال لسيارة": a past-verb form right after a
    preposition or a noun-taking word (`noun_governors`) is the verbal noun it is spelled like.

    Why: read as a verb, the side in its genitive was taken for the verb's object, the
    one hit, and the act's author came out as an unidentified armed group.  The governor may
    carry و or ف ("وفي قصف ..."): `strip_conjunction` keeps short words whole."""
    if hit.first == 0 or hit.prefix:
        return False
    governor = words.texts[hit.first - 1]
    forms = {governor, strip_conjunction(governor), governor[1:] if governor.startswith(("و", "ف")) else governor}
    return not rules.noun_governors.isdisjoint(forms)


def _complement_noun(words: _Words, hit: _Hit, rules: ModalityRules) -> bool:
    """"أعلن الحزب أن قصفه لإسرائيل ...": a past-verb form with a pronoun suffix right after
    the complementizer إنّ/أنّ is the verbal noun it is spelled like (أنّ takes a noun);
    not after "بعد أن"، "قبل أن" and the like, where أن comes before a verb."""
    if hit.first == 0 or hit.first != hit.last or hit.suffix not in rules.complement_suffixes:
        return False
    if strip_conjunction(words.texts[hit.first - 1]) not in rules.complementizers:
        return False
    return hit.first < 2 or strip_conjunction(words.texts[hit.first - 2]) not in rules.complement_not_after


# ---------------------------------------------------------------- stage
def sentence_triggers(doc: Document, start: int, end: int) -> list[Mention]:
    """Trigger mentions for the raw span [start, end) (one sentence)."""
    rules = load_modality()
    words = _words(doc, doc.norm_index(start), doc.norm_index(end))
    hits = _hits(words)
    if not hits:
        return []
    _locate(words, rules)
    hits = _resolve([h for h in hits if _contiguous(words, h, rules)])
    if not hits:
        return []
    words.predications = _predications(words, hits, rules)
    words.news_days = _news_day_words(doc, words)
    # from the sentence start: a clause cue may stand before a quote that opens the act's clause
    cues = (
        _cue_positions(words, False, 0, hits[-1].first),
        _cue_positions(
            words, True, hits[0].last + 1, min(len(words.texts), hits[-1].last + 1 + rules.after_window)
        ),
    )
    cues = (cues[0], [cue for cue in cues[1] if not _placed_ongoing(doc, words, cue[0], rules)])
    out = []
    previous: tuple[_Hit, str] | None = None
    told: list[tuple[_Hit, str, str]] = []  # (hit, event type, modality) of the sentence so far
    speech = _speech_opening(words, rules)
    if speech is not None and _anchored(doc, words, speech):
        speech = None
    for hit in hits:
        hit, pattern = _contextual_hit(words, hit)
        if pattern is None:
            continue
        modality = _modality(words, hit, pattern, cues, rules)
        if modality == "asserted" and speech is not None and hit.first >= speech:
            modality = "recalled"  # "قالت في كلمتها أمام مجلس الأمن: \"اتفقنا على الهدنة ...\""
        if previous and modality == "asserted" and (
            _is_complement(words, previous[0], hit) or _is_conjunct(words, previous[0], hit, rules)
        ):
            # "اتفاق إجلاء": the evacuation is what the agreement is about;
            # "لاقتحام المدينة وتحريرها": the second aim shares the first one's modality.
            modality = previous[1]
        if previous and modality == "asserted" and previous[1] != "asserted" and _describes_act(words, previous[0], hit, rules):
            # "حذرت في بيان من هجمات إرهابية تستهدف الزوار": the verb describes the warned-of attacks.
            modality = previous[1]
        if modality == "asserted" and strip_conjunction(words.texts[hit.first]) in rules.adverbial_acts:
            modality = _adverbial_modality(hit, pattern, told, rules) or modality
        previous = (hit, modality)
        told.append((hit, pattern.event_type, modality))
        raw_start, raw_end = doc.raw_span(words.norm_spans[hit.first][0], words.norm_spans[hit.last][1])
        attrs = dict(pattern.attrs)
        if modality == "failed" and pattern.event_type in rules.attempted_types:
            # A failed assault was still fought ("فشل الجيش في اقتحام البلدة").
            modality, attrs["failed_attempt"] = "asserted", True
        if not all(_near(words, hit, rule.words, rule.window, rule.after, rule.before) for rule in pattern.happening_near):
            attrs["in_passing"] = True  # "بنود الهدنة"، "اتفاق الطائف": a standing deal, named
        attrs.update(
            voice=_voice(words, hit, rules),
            modality=modality,
            pattern_id=pattern.id,
            generic_killing=pattern.generic_killing,
            form=hit.entry.form,
        )
        out.append(Mention(raw_start, raw_end, "trigger", doc.text[raw_start:raw_end], pattern, attrs))
    _agent_modality(words, told, out, rules)
    return out


def _agent_modality(words: _Words, told: list[tuple[_Hit, str, str]], out: list[Mention], rules: ModalityRules) -> None:
    """A trigger form that names an air force (`agent_forms`: "سلاح الجو"، "المقاتلات"), first of its
    sub-type in its clause, takes the modality of the next trigger of that sub-type within
    `agent_window` words in the clause.

    Why: the force is the subject of the verb that governs its act, and the cue stands
    between them ("قال إن سلاح الجو سيشن المزيد من الغارات"، "المقاتلات لم تقصف البلدة"): the
    cue reaches the act after it, never the force before it, which then read as a strike of
    its own.  When the act is reported, the force stays asserted with it."""
    for index, (hit, _, _) in enumerate(told):
        if out[index].attrs["modality"] != "asserted" or hit.entry.form not in rules.agent_forms:
            continue
        clause = words.clause_start[hit.first]
        kind = out[index].value.sub_event_type
        same = [k for k in range(len(told)) if k != index and out[k].value.sub_event_type == kind
                and words.clause_start[told[k][0].first] == clause]
        if any(k < index for k in same):
            continue  # the force after its act ("الغارات التي شنتها طائرات التحالف") is that act's doer
        later = next((k for k in same if k > index), None)
        if later is None or out[later].attrs["modality"] == "asserted":
            continue
        if told[later][0].first - hit.last <= rules.agent_window:
            out[index].attrs["modality"] = out[later].attrs["modality"]


def _speech_opening(words: _Words, rules: ModalityRules) -> int | None:
    """The first quoted word of a speech at a forum ("في كلمتها أمام مجلس
    الأمن ...: \"..."): a speech noun, a venue word right after it, a forum
    within a few words, then a colon or an opening quote."""
    texts = words.texts
    for i in range(len(texts) - 2):
        if texts[i] not in rules.speech_nouns or texts[i + 1] not in rules.speech_venues:
            continue
        if not any(rules.speech_forums.matches(w) for w in texts[i + 2 : i + 2 + rules.speech_forum_window]):
            continue
        return next((k for k in range(i + 2, len(texts)) if not rules.speech_openers.isdisjoint(words.gaps[k])), None)
    return None


def _dated_in_clause(words: _Words, hit: _Hit, cue: Cue, rules: ModalityRules, past: int = -1) -> bool:
    """The hit's clause names a news day after word `past` that dates the act, not a saying
    (`_said_on`): an `undated` cue does not hold for it (a cue before the act passes its own
    last word; one after it looks at the whole clause)."""
    clause = words.clause_start[hit.first]
    return any(i > past and words.clause_start[i] == clause and not _said_on(words, i, hit, cue, rules)
               for i in words.news_days)


def _said_on(words: _Words, day: int, hit: _Hit, cue: Cue, rules: ModalityRules) -> bool:
    """The news day at word `day` stands before the hit in a clause whose words before the hit
    hold a complementizer or an `undated_not_via` word of the cue ("وقالت المنظمة أمس إن الاعتقال
    التعسفي منتشر"، "أصدرت المنظمة اليوم تقريرا ينتقد الاعتقال التعسفي"، "ندد ناشطون اليوم
    بالاعتقالات التعسفية"): it dates the saying, not the act."""
    return day < hit.first and any(
        strip_conjunction(words.texts[k]) in rules.complementizers or words.texts[k] in cue.undated_not_via
        or strip_conjunction(words.texts[k]) in cue.undated_not_via
        for k in range(words.clause_start[hit.first], hit.first))


def _news_day_words(doc: Document, words: _Words) -> frozenset[int]:
    """Indices of the words inside a day-precise date (`precision` 1) of the news days: within
    `NEWS_DAYS` days before publication or on it ("صباح اليوم"، "أمس"، "يوم الخميس"), or any
    day-precise date where the publication date is unknown.  A date long past ("منذ اندلاع
    الحرب في 7 أكتوبر") names no act of the news."""
    if not words.norm_spans:
        return frozenset()
    low = doc.raw_span(*words.norm_spans[0])[0]
    high = doc.raw_span(*words.norm_spans[-1])[1]
    spans = []
    for m in doc.of_kind("date"):
        if not (low <= m.start < high) or (m.attrs or {}).get("precision") != 1:
            continue
        if doc.published is not None:
            try:
                day = dt.date.fromisoformat(str(m.value)[:10])
            except ValueError:
                continue
            if not 0 <= (doc.published - day).days <= NEWS_DAYS:
                continue
        spans.append((m.start, m.end))
    if not spans:
        return frozenset()
    found = set()
    for i, span in enumerate(words.norm_spans):
        start, end = doc.raw_span(*span)
        if any(start < e and s < end for s, e in spans):
            found.add(i)
    return frozenset(found)


def _placed_ongoing(doc: Document, words: _Words, index: int, rules: ModalityRules) -> bool:
    """Word `index` is an `ongoing_placed` word ("الدائرة") with a place below a country
    named within `ongoing_place_window` words after it in its clause and no "since" word
    in the rest of the clause ("المعارك الدائرة بين المقاتلين والجيش في مخيم النصيرات"):
    fighting going on at a place now, which EVENTS.md §2 codes at the publication date,
    not the standing state of a war it names elsewhere ("القتال الدائر في البلاد")."""
    texts = words.texts
    if strip_conjunction(texts[index]) not in rules.ongoing_placed:
        return False
    clause = words.clause_start[index]
    rest = [i for i in range(index + 1, len(texts)) if words.clause_start[i] == clause]
    if any(rules.habitual_since.matches(texts[i]) for i in rest):
        return False
    near = rest[: rules.ongoing_place_window]
    if not near:
        return False
    low = doc.raw_span(*words.norm_spans[near[0]])[0]
    high = doc.raw_span(*words.norm_spans[near[-1]])[1]
    return any(
        low <= m.start < high and not any(getattr(p, "feature_class", "") == "country" for p in _places(m.value))
        for m in doc.of_kind("place")
    )


def _anchored(doc: Document, words: _Words, first: int) -> bool:
    """A date or a place below a country is named from word `first` to the
    sentence's end: the quoted act is a dated or placed happening.  A name
    that may be a country ("اليمن", also a hamlet's name) counts as one."""
    low = doc.raw_span(*words.norm_spans[first])[0]
    high = doc.raw_span(*words.norm_spans[-1])[1]
    if any(low <= m.start < high for m in doc.of_kind("date")):
        return True
    return any(
        low <= m.start < high and not any(getattr(p, "feature_class", "") == "country" for p in _places(m.value))
        for m in doc.of_kind("place")
    )


def _places(value: object) -> list[object]:
    """The candidate places of a place mention's value (one place or a list)."""
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _adverbial_modality(
    hit: _Hit, pattern: TriggerPattern, told: list[tuple[_Hit, str, str]], rules: ModalityRules
) -> str | None:
    """The modality of the nearest trigger of the same event type before an
    accusative purpose noun (`adverbial_acts`: "دعت إلى اعتصام احتجاجا على"),
    within `clause_conjunct_window` words: the noun tells that act's purpose."""
    for head, event_type, modality in reversed(told):
        if hit.first - head.last > rules.clause_conjunct_window:
            return None
        if event_type == pattern.event_type:
            return modality
    return None


def _is_complement(words: _Words, head: _Hit, hit: _Hit) -> bool:
    """True when `hit` directly follows a noun trigger as its complement
    ("اتفاق إجلاء"، "مفاوضات التوصل إلى تسوية") or as its doer after لل
    ("القصف الجوي للطيران السوري")."""
    return (
        head.entry.klass == "noun"
        and hit.entry.klass == "noun"
        and hit.first == head.last + 1
        and words.gaps[hit.first] == " "
        and hit.prefix in ("", "ال", "لل")
    )


def _describes_act(words: _Words, head: _Hit, hit: _Hit, rules: ModalityRules) -> bool:
    """True when `hit` is a present verb in an unmarked relative clause on the indefinite
    act noun `head` ("من هجمات إرهابية تستهدف الزوار"، "نفت وقوع هجوم جديد يستهدف حاجزا"): at
    most `describing_gap` words (an adjective) between them in one clause.  Arabic marks no
    relative pronoun after an indefinite noun, so the verb tells that act, not one of its own."""
    return (
        head.entry.klass == "noun"
        and "ال" not in head.prefix
        and hit.entry.klass == "present"
        and 0 < hit.first - head.last <= rules.describing_gap + 1
        and words.clause_start[hit.first] == words.clause_start[head.first]
    )


def _is_conjunct(words: _Words, head: _Hit, hit: _Hit, rules: ModalityRules) -> bool:
    """True when `hit` is a verbal noun joined by و to the trigger just before it
    in its clause, or opening a clause of its own with no verb ("، والسيطرة على").
    The و may stand on a light verbal noun right before it (`_joined_at`: "وتوجيه ضربات")."""
    if hit.entry.klass != "noun":
        return False
    first = _joined_at(words, hit, rules)
    if first is None:
        return False
    gap = first - head.last
    if words.clause_start[first] == words.clause_start[head.first]:
        return 0 < gap <= rules.conjunct_window
    return words.clause_start[first] == first and 0 < gap <= rules.clause_conjunct_window


def _joined_at(words: _Words, hit: _Hit, rules: ModalityRules) -> int | None:
    """The word that carries the joining و of a conjunct act noun: the noun itself
    ("وتحريرها"), or a light verbal noun right before it (`conjunct_light_nouns`:
    "، وتوجيه ضربات إلى تجمعاته" after "تتطلب مزيدا من طلعات الطيران" is asked for
    as well).  None when no و joins it."""
    if hit.prefix[:1] == "و":
        return hit.first
    before = hit.first - 1
    if before < 0 or words.gaps[hit.first].strip():
        return None
    text = words.texts[before]
    return before if text[:1] == "و" and text[1:] in rules.conjunct_light_nouns else None


def _spans(doc: Document) -> list[tuple[int, int]]:
    """Body sentences; without a sentence stage, the body spans or the whole text."""
    if doc.sentences:
        return [(s.start, s.end) for s in doc.sentences if not s.is_title]
    if doc.body:
        return [(s.start, s.end) for s in doc.body]
    return [(0, len(doc.text))]


def process(doc: Document) -> None:
    """Add `trigger` mentions for every body sentence of `doc`."""
    for start, end in _spans(doc):
        for mention in sentence_triggers(doc, start, end):
            doc.add(mention)
