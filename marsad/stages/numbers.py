"""NUMBERS stage: counts of people, with the casualty role they fill.

Fatalities are scored exactly (EVENTS.md section 4), and Arabic writes them
as digits ("250", "الـ30", "٢٥٠"), as words in any case and gender ("مائتين
وخمسين", "ثلاث"), with approximations ("أكثر من", "نحو"), as vague words
("عشرات") or not at all ("سقوط قتلى").  This stage reads each body sentence
as tokens of the normalized text, parses those forms with the word lists in
`marsad/data/numbers.yaml`, skips numbers that are dates, years, ages,
times, money or ids, and tags each count with the casualty role of the
nearest cue word (killed, wounded, abducted ...).  The events stage picks
the counts it needs by role.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate, compress, pairwise, takewhile
from typing import Any

import yaml

from marsad.document import Document, Mention
from marsad.errors import KnowledgeError
from marsad.knowledge.clauses import load_dedupe_rules, load_event_rules
from marsad.knowledge.lexicons import NumberLexicon, NumberWord, Phrases, date_lexicon, number_lexicon
from marsad.knowledge.triggers import load_modality
from marsad.ner import load_gazetteer as load_ner_gazetteer
from marsad.stages import dates
from marsad.text import ARABIC_LETTER, normalize, possessed_stems, strip_clitics, strip_conjunction

# Digit groups may use the Arabic thousands (٬) and decimal (٫) separators.
_DIGIT_GROUPS = r"\d+(?:[.,٬٫]\d+)*"
_DIGIT_RE = re.compile(r"\d")
_ARABIC_WORD_RE = re.compile(rf"[{ARABIC_LETTER}]+")
_DIGITS_RE = re.compile(rf"([{ARABIC_LETTER}]*)({_DIGIT_GROUPS})")
_BOUNDARY = frozenset("،.؛؟!:;,?()«»\"")
_COMMAS = frozenset("،,")
_CLAUSE_ENDS = frozenset(".؛؟!:;?")
_QUOTES = frozenset("«\"“")
_QUOTE_CLOSES = frozenset("»\"”")
# Most words of a quoted phrase naming the dead right after a killing word (`_unquote_victims`).
_QUOTED_VICTIMS_REACH = 8
_WINDOW_BEFORE = 5
_WINDOW_AFTER = 5
_YEAR_RANGE = range(1900, 2101)
_NEGATION_REACH = 5
_TOTAL_REACH = 8
# Characters from "منذ" to the date it opens ("منذ الـ 30 مارس").
_SINCE_GAP = 8
_FATE_REACH = 8
# Tokens from a count to the death word of "لقي ... مصرعهم" around it (`_fate_follows`).
_FATE_PAIR_REACH = 12
# Most tokens inside a parenthesized aside passed over between a count and its death verb.
_BRACKET_ASIDE = 6
# Most tokens of a date set off by commas between a casualty cue and its count.
_DATE_ASIDE = 4
_PEOPLE_REACH = 3
_BODY_REACH = 4
# Tokens from a killing word to its person across a place and a date ("اغتيل في بيروت قبل يومين الوزير").
_GAP_REACH = 8
_SENTENCE_END = frozenset(".؟!?")
# Roles of people held, whom a death verb after their count tells killed.
_CAPTIVE_ROLES = frozenset({"arrested", "abducted"})


@dataclass(frozen=True, slots=True)
class Tokens:
    """A normalized sentence's tokens and their offsets in it, as parallel lists."""

    texts: list[str]
    starts: list[int]
    ends: list[int]


@dataclass(slots=True)
class Count:
    """A parsed number expression over tokens [first, last)."""

    first: int
    last: int
    value: int
    low: int
    high: int
    qualifier: str | None = None
    vague: bool = False
    implicit: bool = False
    subset: bool = False
    # An updated total of a toll told already ("ارتفع عدد القتلى إلى 30").
    update: bool = False
    # An earlier toll the report has since replaced ("الحصيلة السابقة أشارت إلى مقتل شخصين").
    superseded: bool = False
    # Joined to the count before it across a list's comma ("مقتل عشرة من الجنود، وثلاثة من العمال").
    listed: bool = False
    role: str | None = None
    text_last: int = 0
    # Offsets in the sentence of the expression and of the end of its fatalities_text.
    start: int = 0
    end: int = 0
    text_end: int = 0
    # End (token index, then offset) of the words naming who the counted are, group included.
    side_last: int = 0
    side_end: int = 0


# -- single words --------------------------------------------------------------
@lru_cache(maxsize=1)
def _weekday_forms() -> frozenset[str]:
    """Weekday names, which include number words (الاثنين "Monday" / "the two")."""
    return frozenset(date_lexicon().weekdays)


@lru_cache(maxsize=8192)
def _word(token: str) -> tuple[NumberWord, bool] | None:
    """The number word a token spells (after proclitics), and whether it had و."""
    lex = number_lexicon()
    stems = strip_clitics(token)
    if any(stem in _weekday_forms() for stem in stems):
        return None  # الاثنين / الأحد are weekdays, not "the two" / "one"
    for stem in stems:
        for form in (stem, stem[:-1] if stem.endswith("ا") else None):
            if form and form in lex.words:
                return lex.words[form], token.startswith("و") and stem != token
    return None


@lru_cache(maxsize=8192)
def _digits(token: str) -> int | None:
    """An integer written in digits (bare or with a proclitic of numbers.yaml), else None."""
    match = _DIGITS_RE.fullmatch(token)
    if not match or (match.group(1) and match.group(1) not in number_lexicon().digit_prefixes):
        return None
    body = match.group(2)
    if re.fullmatch(r"\d{1,3}(?:[,٬]\d{3})+", body):
        return int(re.sub(r"[,٬]", "", body))
    return int(body) if body.isdigit() else None


@lru_cache(maxsize=16384)
def _role(token: str) -> str | None:
    """The casualty role a token cues, looking through its proclitics."""
    lex = number_lexicon()
    by_head = _prefixes_by_head()
    for stem in strip_clitics(token):
        if stem in lex.role_words:
            return lex.role_words[stem]
        for prefix, role in by_head.get(stem[:2], ()):
            if stem.startswith(prefix):
                return role
    return None


@cache
def _prefixes_by_head() -> dict[str, tuple[tuple[str, str], ...]]:
    """The cue prefixes (longest first, as in the lexicon) grouped by their first two letters."""
    grouped: dict[str, list[tuple[str, str]]] = {}
    for prefix, role in number_lexicon().role_prefixes:
        grouped.setdefault(prefix[:2], []).append((prefix, role))
    return {head: tuple(group) for head, group in grouped.items()}


# -- phrases over tokens ---------------------------------------------------------
def _phrase_at(tokens: list[str], index: int, phrases: Phrases) -> int:
    """Length of the longest phrase starting at `index` (0 when none)."""
    if index >= len(tokens):
        return 0
    return _phrase_from(tokens[index], tokens, index + 1, phrases)


def _phrase_from(first: str, tokens: list[str], index: int, phrases: Phrases) -> int:
    """Length of the longest phrase made of `first` and then the tokens from `index` (0 when none)."""
    for phrase in phrases.by_first.get(first, ()):
        if tuple(tokens[index:index + len(phrase) - 1]) == phrase[1:]:
            return len(phrase)
    return 0


def _phrase_before(tokens: list[str], index: int, phrases: Phrases) -> bool:
    """True when a phrase ends right before token `index` (its first word may carry proclitics)."""
    if not index:
        return False
    single, by_last = _by_last_word(phrases.items)
    previous = tokens[index - 1]
    if any(stem in single for stem in strip_clitics(previous)):
        return True
    for phrase in by_last.get(previous, ()):
        start = index - len(phrase)
        if start < 0:
            continue
        if any(tokens[start + k] != word for k, word in enumerate(phrase) if k):
            continue
        if phrase[0] in strip_clitics(tokens[start]):
            return True
    return False


@lru_cache(maxsize=32)
def _by_last_word(items: tuple[tuple[str, ...], ...]) -> tuple[frozenset[str], dict[str, list[tuple[str, ...]]]]:
    """One-word phrases, and longer phrases indexed by their last word (which carries no clitic)."""
    single = frozenset(phrase[0] for phrase in items if len(phrase) == 1)
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for phrase in items:
        if len(phrase) > 1:
            by_last.setdefault(phrase[-1], []).append(phrase)
    return single, by_last


def _number_words(tokens: list[str], index: int) -> tuple[int, int] | None:
    """Parse a run of number words starting at `index`: (value, tokens used)."""
    total = current = used = 0
    previous: NumberWord | None = None
    while index + used < len(tokens):
        found = _word(tokens[index + used])
        if found is None:
            break
        word, has_waw = found
        if used and not _continues(previous, word, has_waw):
            break
        if word.kind == "teen_only" and not _teen_follows(tokens, index + used + 1):
            break
        if word.kind == "scale":
            total += (current or 1) * word.value
            current = 0
        elif word.kind == "fixed":
            total += word.value
        elif word.kind == "hundred" and word.value == 100 and previous and previous.value < 10:
            current *= 100
        else:
            current += word.value
        previous = word
        used += 1
    value = total + current
    return (value, used) if used and value else None


def _continues(previous: NumberWord | None, word: NumberWord, has_waw: bool) -> bool:
    """Whether `word` extends the number built so far (خمسة وعشرون، ثلاثة آلاف)."""
    if previous is None:
        return False
    if has_waw:
        return word.kind in ("unit", "ten", "hundred", "fixed") and previous.kind != "teen_only"
    if word.kind == "scale":
        return True
    if word.kind == "unit" and word.value == 10:
        return previous.kind in ("unit", "teen_only") and previous.value < 10  # أحد عشر
    return word.kind == "hundred" and word.value == 100 and previous.kind == "unit" and previous.value < 10


def _teen_follows(tokens: list[str], index: int) -> bool:
    """True when عشر/عشرة follows, completing أحد/اثنا into 11/12."""
    found = _word(tokens[index]) if index < len(tokens) else None
    return bool(found and found[0].kind == "unit" and found[0].value == 10 and not found[1])


def _scale_after(tokens: list[str], index: int) -> int:
    """The multiplier of a scale word at `index` (آلاف، مليون), else 1."""
    found = _word(tokens[index]) if index < len(tokens) else None
    return found[0].value if found and found[0].kind == "scale" and not found[1] else 1


def _with_remainder(tokens: list[str], index: int, value: int, used: int, scale: int) -> tuple[int, int]:
    """A scaled count goes on with "و" and digits below its scale ("40 ألفا و691" is
    40691, one count): without this the remainder reads as a toll of its own."""
    token = tokens[index] if index < len(tokens) else ""
    rest = _digits(token[1:]) if scale > 1 and token.startswith("و") else None
    if rest is not None and rest < scale:
        return value + rest, used + 1
    return value, used


def _core(tokens: list[str], index: int, lex: NumberLexicon) -> tuple[int, int, bool] | None:
    """A number at `index`: (value, tokens used, vague) from digits, words or vague words."""
    token = tokens[index]
    value = _digits(token)
    if value is not None:
        if "." in token or "٫" in token or re.search(r"[,٬]\d{1,2}$", token):
            return None  # decimals and clock times (19,00) are not head counts
        scale = _scale_after(tokens, index + 1)
        return *_with_remainder(tokens, index + 1 + (scale > 1), value * scale, 1 + (scale > 1), scale), False
    first = _vague_first(token)
    vague = _phrase_from(first, tokens, index + 1, lex.vague_phrases) if first is not None else 0
    if vague:
        base = lex.vague[(first, *tokens[index + 1:index + vague])]
        scale = _scale_after(tokens, index + vague)
        return base * scale, vague + (scale > 1), True
    parsed = _number_words(tokens, index)
    if parsed:
        return parsed[0], parsed[1], False
    if (strip_clitics(token)[-1] in lex.dual_nouns or token in lex.dual_nouns) and not _after_things_dual(tokens, index, lex):
        # a dual adjective agreeing with the dual noun is the same two people ("مراهقان فلسطينيان")
        used = 1 + (index + 1 < len(tokens) and tokens[index + 1] in lex.dual_nouns)
        two = _word(tokens[index + used]) if index + used < len(tokens) else None
        return 2, used + bool(two and two[0].value == 2 and two[0].kind == "unit"), False
    return None


@lru_cache(maxsize=8192)
def _vague_first(token: str) -> str | None:
    """The first word of a vague phrase the token spells, bare or behind a proclitic:
    "وعشرات الجرحى" carries the conjunction, "أودى بالعشرات" a preposition
    (`vague_prefixes`), and either counts as the bare word.  A word that is
    itself a vague word ("بعض") is read whole first."""
    lex = number_lexicon()
    firsts = lex.vague_phrases.by_first
    if token in firsts:
        return token
    if token.removeprefix("و") in firsts:
        return token.removeprefix("و")
    return next((token[len(p):] for p in lex.vague_prefixes
                 if token.startswith(p) and token[len(p):] in firsts), None)


def _after_things_dual(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """The dual at `index` is an adjective of the dual of a things noun before it
    ("والتفجيران الانتحاريان"، "الهجومان الانتحاريان"): two blasts, not two bombers."""
    if not index:
        return False
    return any(stem[:-2] in lex.not_people for stem in strip_clitics(tokens[index - 1])
               if stem.endswith(("ان", "ين")))


@lru_cache(maxsize=65536)
def _may_start(token: str) -> bool:
    """Cheap test: can a number expression (maybe after a qualifier) start at this token?"""
    return token in number_lexicon().qualifiers.by_first or _may_be_core(token)


@lru_cache(maxsize=65536)
def _may_be_core(token: str) -> bool:
    """Cheap test: can this token start the number itself (digits, a number word, a vague word, a dual)?"""
    lex = number_lexicon()
    if _DIGIT_RE.search(token):
        return True
    if _vague_first(token) is not None or token in lex.dual_nouns:
        return True
    if not dates.has_stem_ending(token, _start_endings()):
        return False  # the common case, decided without stripping clitics
    return _word(token) is not None or strip_clitics(token)[-1] in lex.dual_nouns


@cache
def _start_endings() -> dates.StemEndings:
    """Endings of words whose stems may be number words (also with a tanween alef) or dual nouns."""
    lex = number_lexicon()
    return dates.stem_endings([*lex.words, *(word + "ا" for word in lex.words), *lex.dual_nouns])


@cache
def _death_endings() -> dates.StemEndings:
    """Endings of words whose stems may be bare death words (`implicit_deaths`)."""
    lex = number_lexicon()
    return dates.stem_endings(lex.implicit_plural | lex.implicit_singular | lex.implicit_dual)


def _range_end(tokens: list[str], index: int, lex: NumberLexicon, between: bool) -> tuple[int, int] | None:
    """A range's upper end after a connector at `index`: (value, tokens used).

    "و" joins a range only after "بين" ("بين 10 و15"); elsewhere "10 و15"
    are two counts ("مقتل 10 و15 جريحا").
    """
    if index >= len(tokens):
        return None
    token = tokens[index]
    if between and token.startswith("و") and _digits(token) is not None:
        return _digits(token) or 0, 1
    if token in lex.range_connectors and (between or token != "و") and index + 1 < len(tokens):
        high = _digits(tokens[index + 1])
        if high is not None:
            return high, 2
        parsed = _number_words(tokens, index + 1)
        if parsed:
            return parsed[0], parsed[1] + 1
    return None


def _risen_from(tokens: list[str], index: int) -> bool:
    """The range at `index` follows "من" after a toll's rise ("ارتفعت حصيلة
    القتلى من 31 إلى 32"; `toll_updates` verbs in numbers.yaml, within their
    reach): the old toll and the new one, not a range of estimates."""
    if not index or tokens[index - 1] != "من":
        return False
    rules = _toll_updates()
    for back in range(index - 2, max(-1, index - 2 - rules.reach), -1):
        if tokens[back] in _BOUNDARY:
            return False
        if not rules.verbs.isdisjoint(strip_clitics(tokens[back])):
            return True
    return False


def _skipped(spans: Tokens, first: int, last: int, value: int, lex: NumberLexicon) -> bool:
    """Years, ages, times, money, ids and date parts are not head counts."""
    tokens = spans.texts
    # brackets around the number do not hide its unit ("مدفع هاون عيار (120)", "(23) ملم")
    before_at = first - 1 if first and tokens[first - 1] == "(" else first
    after_at = last + 1 if last < len(tokens) and tokens[last] == ")" else last
    if _phrase_before(tokens, before_at, lex.skip_before) or _phrase_at(tokens, after_at, lex.skip_after):
        return True
    if tokens[first] in lex.single_words and _phrase_before(tokens, first, lex.skip_after):
        return True  # "واحد" after a unit is one of that unit ("خلال يوم واحد", "مرة واحدة"), not one person
    if any((length := _phrase_at(tokens, index, lex.skip_after)) and index + length > first
           for index in range(max(0, first - 1), last)):
        return True  # the number is (in) the unit itself: "مئة بالمئة"، "مئة في المئة" are percentages
    if tokens[first].isdigit() and (_phrase_before(tokens, first, lex.military_units) or (
            first > 1 and tokens[first - 1].startswith("ال") and _phrase_before(tokens, first - 1, lex.military_units))):
        return True  # "قائد اللواء 401", "قائد كتيبة الاتصالات 481": the unit's name
    before = tokens[first - 1] if first else None
    after = tokens[last] if last < len(tokens) else None
    for neighbour, glued, typo in (
        # a count glued to its casualty cue or qualifier before is a typo ("مقتل20 شخصا", "نحو300")
        (before, first and spans.ends[first - 1] == spans.starts[first],
         bool(before and (_role(before) or _phrase_before(tokens, first, lex.qualifiers)))),
        # a count glued to the partitive, a casualty cue or a person after it is a typo
        # ("استشهاد 10من منسوبي القوات", "مقتل 30مسلحا", "سقوط 5قتلى")
        (after, after and spans.starts[last] == spans.ends[last - 1],
         bool(after and (after == "من" or _role(after) or _is_person(after)))),
    ):
        # Glued to a mark, letters or digits: a date part, an id or a model (F16).
        if glued and (neighbour in "/:-_#" or neighbour.isalnum()) and not typo:
            return True
    if value in _YEAR_RANGE and _digits(tokens[first]) is not None:
        # a year unless its casualty word follows; one joined by "و" opens the next
        # clause ("في 2013 وقتل 3 أشخاص"), it counts nothing of the year
        return not (after and not after.startswith("و") and _role(after))
    return False


# -- parsing one sentence ----------------------------------------------------------
@cache
def _token_re() -> re.Pattern[str]:
    """Words, digit strings and single marks.  Only a proclitic of `digit_prefixes` stays on
    the digits ("الـ30", "و619"); a whole word glued to them by a typo is a token of its own
    ("مقتل20" is "مقتل" and "20"), so the count is read after its cue."""
    prefixes = "|".join(sorted(map(re.escape, number_lexicon().digit_prefixes), key=len, reverse=True))
    return re.compile(rf"(?:{prefixes})?{_DIGIT_GROUPS}|[{ARABIC_LETTER}A-Za-z]+|\S")


@cache
def _split_re() -> re.Pattern[str]:
    """`_token_re` with a capture, for `re.split`."""
    return re.compile(f"({_token_re().pattern})")


def _tokens(sentence: str) -> Tokens:
    """Words, digit strings (with attached proclitics) and single punctuation marks.

    Split on the token pattern with a capture, the pieces alternate gap,
    token, gap ...; running sums of their lengths are the tokens' offsets.
    All of it runs in C, with no Python object built per token.  A sentence with a
    quote mark also loses the marks that open the dead a killing word names
    (`_unquote_victims`).
    """
    pieces = _split_re().split(sentence)
    bounds = list(accumulate(map(len, pieces)))
    spans = Tokens(pieces[1::2], bounds[0:-1:2], bounds[1::2])
    return _unquote_victims(spans) if _QUOTES.intersection(sentence) else spans


def _unquote_victims(spans: Tokens) -> Tokens:
    """Drop a quote mark right after a killing word, before the words it governs.

    Outlets put the victims a statement named in quotes ('وقتلت "إرهابيين اثنين"',
    'مقتل «أحد أفراد الطاقم»'): the verb still takes the quoted phrase for its dead, but
    as a punctuation token the mark would end the cue's clause, and the count or the
    people after it would be read with no role (EVENTS.md §4: the deaths the text gives).
    Only an opening mark (a straight '"' after an even number of them: one after an odd
    number closes a quote, 'جرائم قتل" ضباط') whose quote closes within
    `_QUOTED_VICTIMS_REACH` words with no punctuation inside: a short phrase naming the
    dead, not a cited passage ('وثق التقرير قتل «مدنيين من رجال ونساء ...، البعض ...»'
    quotes a report).  The closing mark stays and ends the phrase.
    """
    texts = spans.texts
    keep = [True] * len(texts)
    straight = 0
    for i, token in enumerate(texts):
        if token == '"':
            straight += 1
        if token not in _QUOTES or not 0 < i < len(texts) - 1 or _role(texts[i - 1]) != "killed":
            continue
        if token == '"' and straight % 2 == 0:
            continue  # this straight mark closes a quote
        close = next((j for j in range(i + 1, min(len(texts), i + 2 + _QUOTED_VICTIMS_REACH))
                      if texts[j] in _BOUNDARY), None)
        if close is not None and close > i + 1 and texts[close] in _QUOTE_CLOSES:
            keep[i] = False
    if all(keep):
        return spans
    return Tokens(*(list(compress(column, keep)) for column in (texts, spans.starts, spans.ends)))


def _date_tokens(spans: Tokens, sentence: str) -> set[int]:
    """Indices of tokens inside a date expression (25 يوليو، قبل ثلاثة أيام)."""
    inside: set[int] = set()
    for expression in dates.find_expressions(sentence):
        index = bisect_left(spans.starts, expression.start)
        while index < len(spans.ends) and spans.ends[index] <= expression.end:
            inside.add(index)
            index += 1
    return inside


def _count_at(spans: Tokens, index: int, lex: NumberLexicon) -> Count | _SkippedNumber | None:
    """The number expression starting at `index` (qualifier, number, range), if any."""
    tokens = spans.texts
    qualifier_len = _phrase_at(tokens, index, lex.qualifiers)
    core_at = index + qualifier_len
    if core_at >= len(tokens):
        return None
    core = _core(tokens, core_at, lex)
    if core is None:
        return None
    value, used, vague = core
    last = core_at + used
    high = value
    if not vague:
        between = index > 0 and "بين" in strip_clitics(tokens[index - 1])
        upper = _range_end(tokens, last, lex, between)
        if upper and upper[0] > value:
            high, last = upper[0], last + upper[1]
            if _risen_from(tokens, index):
                value = high  # "ارتفعت الحصيلة من 31 إلى 32": the toll is now 32
    qualifier = " ".join(tokens[index:core_at]) or None
    count = Count(index, last, value, value, high, qualifier, vague, text_last=last)
    return _SkippedNumber(last) if _skipped(spans, core_at, last, value, lex) else count


@dataclass(frozen=True, slots=True)
class _SkippedNumber:
    """A number that is not a head count (a year, an age, a span of time), ending before `last`:
    none of its words may start a count ("الساعات الثماني والأربعين" holds no "الأربعين")."""

    last: int


def _extend_text(count: Count, tokens: list[str], lex: NumberLexicon) -> None:
    """Stretch fatalities_text over the counted noun and a trailing "على الأقل".

    A cue joined by "و" opens the next clause, not the noun counted ("قتل
    متظاهر واحد وأصيب 25").
    """
    end = count.last
    if end < len(tokens) and tokens[end] not in _BOUNDARY and tokens[end] not in lex.not_counted \
            and _digits(tokens[end]) is None and _word(tokens[end]) is None \
            and not (tokens[end].startswith("و") and _role(tokens[end][1:])):
        end += 1
    post = _phrase_at(tokens, end, lex.post_qualifiers)
    if post:
        count.qualifier = count.qualifier or " ".join(tokens[end:end + post])
        end += post
    count.text_last = end


def _nearest_role(tokens: list[str], count: Count, taken: set[int], in_dates: set[int]) -> str | None:
    """The role of the closest casualty cue in the clause around a count.

    Looks up to five tokens each way, stopping at punctuation and at other
    counts; at equal distance the cue before the number wins ("مقتل 7").
    Looking ahead, an "at least" set off by commas is stepped over ("7 من
    المسلحين، على الأقل، قتلوا").  A cue claimed by another count yields to
    any cue of the count's own: a cue joined by "و" right before another count
    opens that count's clause ("قتل فيها متظاهر واحد وأصيب 25 آخرون": the one
    is killed, the 25 wounded), and a cue right after another count is its
    noun ("255 قتيلا و500 جريح": the 500 are wounded).  For the same reason a
    cue joined by "و" after the count yields to a cue before it: "قتلت القوات
    5 مدنيين واعتقلت ناشطا" kills the five.  A cue after the count that is
    followed by "أحدهم"/"منهم" tells what befell part of it (`part_after_cue`),
    and one followed by "آخرون"/"آخرين" what befell others (`implicit_others`):
    "سقط فيها 12 عنصرا وأصيب آخرون" wounds the others, not the twelve.
    A cue joined by "و" after a count opened by "و" opens the next phrase: the
    count is the last of a list and takes the list's role (`_joined`).
    A count opened by "و" starts a phrase of its own: a cue before it is the
    previous phrase's and yields to one after it ("معظم القتلى وآلاف المصابين").
    Looking back, a date set off by commas is stepped over ("وقتلت، الثلاثاء،
    العشرات منهم"): the verb still has the count for object; so is the closing
    mark of one quoted word ("«استشهاد» 15"): the outlet's distance from the
    word does not unsay it.
    """
    best: tuple[int, int, str] | None = None
    joined = _after_waw(tokens, count)
    for direction, start, window in ((-1, count.first - 1, _WINDOW_BEFORE), (1, count.last, _WINDOW_AFTER)):
        index = start
        for distance in range(1, window + 1):
            if direction > 0:
                index = _past_aside(tokens, index)
            elif distance == 1:
                index = _past_quote_close(tokens, _past_date_aside(tokens, index, in_dates))
            if not 0 <= index < len(tokens) or tokens[index] in _BOUNDARY or index in taken \
                    or (direction > 0 and _phrase_at(tokens, index, _contrast_openers())):
                break  # "16 فلسطينيا بينما جرح 1500": a cue after "while" is the next act's
            role = _role(tokens[index])
            if role and (direction > 0 or distance > 1 or joined) and index \
                    and tokens[index - 1].removeprefix("و") in number_lexicon().kin_of_dead:
                break  # "ذوي الشهداء": the families of the dead, a toll only of the count right after
            if role and direction > 0 and index + 1 < len(tokens) \
                    and tokens[index + 1] in number_lexicon().part_after_cue:
                break  # "خمسة أشخاص قتل أحدهم": the cue is the part's, not the count's
            if role and direction > 0 and index + 1 < len(tokens) \
                    and tokens[index + 1] in number_lexicon().implicit_others:
                break  # "سقط 12 عنصرا وأصيب آخرون": the cue is the others' fate, not the count's
            if role and direction > 0 and joined and _joined_cue(tokens[index], role):
                break  # "استشهاد 10 جنود و3 عمال وإصابة آخرين": the list's fate, not the next phrase's
            if role:
                claimed = (index - 1 in taken or joined) if direction < 0 else \
                    _joined_cue(tokens[index], role) and (index + 1 in taken or best is not None)
                rank = (distance + claimed * _WINDOW_BEFORE, 0 if direction < 0 else 1, role)
                best = rank if best is None or rank[:2] < best[:2] else best
                break
            index += direction
    return best[2] if best else None


def _past_date_aside(tokens: list[str], index: int, in_dates: set[int]) -> int:
    """The token before a date between two commas ending at `index` ("، الثلاثاء،"), else `index`."""
    if not 0 <= index < len(tokens) or tokens[index] not in _BOUNDARY:
        return index
    back = index - 1
    while back >= 0 and back in in_dates and index - back <= _DATE_ASIDE:
        back -= 1
    if back < index - 1 and back > 0 and tokens[back] in _BOUNDARY:
        return back - 1
    return index


def _past_quote_close(tokens: list[str], index: int) -> int:
    """The quoted word when `index` closes a quotation of that one word ("«استشهاد» 15"), else `index`."""
    if 2 <= index < len(tokens) and tokens[index] in _QUOTE_CLOSES and tokens[index - 2] in _QUOTES:
        return index - 1
    return index


def _joined_cue(token: str, role: str) -> bool:
    """Whether a cue carries the conjunction و ("واعتقلت"), not a و of its own ("وفاة")."""
    return token.startswith("و") and _role(token[1:]) == role


def _past_aside(tokens: list[str], index: int) -> int:
    """The token after a qualifier between two commas at `index` ("، على الأقل،"), else `index`."""
    if index >= len(tokens) or tokens[index] not in _BOUNDARY:
        return index
    length = _phrase_at(tokens, index + 1, number_lexicon().post_qualifiers)
    after = index + 1 + length
    if length and after < len(tokens) and tokens[after] in _BOUNDARY:
        return after + 1
    return index


def _running_total(tokens: list[str], count: Count, lex: NumberLexicon, news_days: set[int]) -> bool:
    """Whether a running-total phrase shares the count's clause, within eight tokens.  A
    since-phrase whose span opens on a day of the news (`news_days`: "منذ بدأت الاشتباكات فجر
    أمس"، "منذ بدء الهجوم يوم الثلاثاء") spans that day: its count is the day's toll."""
    looks = ((range(count.first - 1, max(-1, count.first - 1 - _TOTAL_REACH), -1), (lex.totals_around, lex.totals_before)),
             (range(count.text_last, min(len(tokens), count.text_last + _TOTAL_REACH)), (lex.totals_around,)))
    for span, phrase_sets in looks:
        for index in span:
            if tokens[index] in _BOUNDARY:
                break
            stems = strip_clitics(tokens[index])
            length = max(_phrase_from(stem, tokens, index + 1, phrases) for stem in stems for phrases in phrase_sets)
            if length and not _since_a_news_day(tokens, stems, index + length, news_days):
                return True
    return False


def _since_a_news_day(tokens: list[str], stems: Iterable[str], after: int, news_days: set[int]) -> bool:
    """Whether a phrase opened by "منذ" (one of `stems`) and ending before token `after` names,
    within `since_starts.gap` words (the campaign's name), a day of the news in its clause."""
    if not any(stem in date_lexicon().since_words for stem in stems):
        return False
    for at in range(after, min(len(tokens), after + load_event_rules().since_start_gap + 1)):
        if at in news_days:
            return True
        if tokens[at] in _BOUNDARY:
            return False
    return False


def _news_day_starts(spans: Tokens, sentence: str) -> set[int]:
    """Indices of the first tokens of the dates that name a day of the news (`dates.names_a_news_day`)."""
    return {bisect_left(spans.starts, found.start) for found in dates.find_expressions(sentence)
            if dates.names_a_news_day(found)}


@dataclass(frozen=True, slots=True)
class _Lasting:
    """`lasting_totals` of numbers.yaml, normalized: phrases of a campaign lasting weeks or more."""

    phrases: Phrases
    run: Phrases
    run_units: frozenset[str]
    run_gap: int
    links: frozenset[str]
    rises: frozenset[str]
    comparisons: frozenset[str]


@cache
def _raw_numbers() -> Any:
    """numbers.yaml as read, once, for the sections this stage validates itself."""
    return yaml.safe_load(resources.files("marsad.data").joinpath("numbers.yaml").read_text(encoding="utf-8"))


@cache
def _lasting() -> _Lasting:
    """Load and validate `lasting_totals` (kept out of `number_lexicon`, which this stage does not own)."""
    raw = _raw_numbers()
    section = raw.get("lasting_totals") if isinstance(raw, dict) else None
    if not isinstance(section, dict):
        raise KnowledgeError("numbers.yaml: lasting_totals must be a mapping")
    lists = {}
    for key in ("phrases", "month_leads", "run", "run_units", "links", "rises", "comparisons"):
        items = section.get(key)
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and normalize(i).split() for i in items):
            raise KnowledgeError(f"numbers.yaml: lasting_totals.{key} must be a non-empty list of phrases")
        lists[key] = [" ".join(normalize(i).split()) for i in items]
    gap = section.get("run_gap")
    if not isinstance(gap, int) or gap < 1:
        raise KnowledgeError("numbers.yaml: lasting_totals.run_gap must be a positive integer")
    dates = date_lexicon()
    since_months = [f"{lead} {month}" for lead in lists["month_leads"] for month in dates.months
                    if month not in dates.ambiguous_months]
    return _Lasting(_as_phrases(lists["phrases"] + since_months), _as_phrases(lists["run"]),
                    frozenset(lists["run_units"]), gap,
                    frozenset(lists["links"]), frozenset(lists["rises"]), frozenset(lists["comparisons"]))


def _as_phrases(items: list[str]) -> Phrases:
    """Normalized phrases as token tuples, longest first, indexed by their first word."""
    ordered = tuple(sorted({tuple(item.split()) for item in items}, key=len, reverse=True))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in ordered:
        by_first.setdefault(phrase[0], []).append(phrase)
    return Phrases(ordered, {word: tuple(group) for word, group in by_first.items()})


@dataclass(frozen=True, slots=True)
class _Victims:
    """`victims` of numbers.yaml, normalized: who the counted dead are."""

    kin: frozenset[str]
    adjective_gap: int
    group_markers: Phrases
    group_reach: int
    construct_nouns: frozenset[str]
    with_kin: frozenset[str]


@cache
def _victims() -> _Victims:
    """Load and validate `victims` (kept out of `number_lexicon`, which this stage does not own)."""
    raw = _raw_numbers()
    section = raw.get("victims") if isinstance(raw, dict) else None
    if not isinstance(section, dict):
        raise KnowledgeError("numbers.yaml: victims must be a mapping")
    lists = {}
    for key in ("kin", "group_markers", "construct_nouns", "with_kin"):
        items = section.get(key)
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and normalize(i).split() for i in items):
            raise KnowledgeError(f"numbers.yaml: victims.{key} must be a non-empty list of phrases")
        lists[key] = [" ".join(normalize(i).split()) for i in items]
    reaches = {key: section.get(key) for key in ("adjective_gap", "group_reach")}
    for key, value in reaches.items():
        if not isinstance(value, int) or value < 0:
            raise KnowledgeError(f"numbers.yaml: victims.{key} must be a non-negative integer")
    return _Victims(frozenset(lists["kin"]), reaches["adjective_gap"], _as_phrases(lists["group_markers"]),
                    reaches["group_reach"], frozenset(lists["construct_nouns"]), frozenset(lists["with_kin"]))


@dataclass(frozen=True, slots=True)
class _TollUpdates:
    """`toll_updates` of numbers.yaml, normalized: a toll told again with its new total."""

    verbs: frozenset[str]
    tallies: frozenset[str]
    periods: frozenset[str]
    day_parts: frozenset[str]
    reach: int
    wide_areas: frozenset[str]
    wide_area_heads: frozenset[str]
    exceeds: frozenset[str]


@cache
def _toll_updates() -> _TollUpdates:
    """Load and validate `toll_updates` (kept out of `number_lexicon`, which this stage does not own)."""
    words, numbers = _word_section("toll_updates", ("verbs", "tallies", "periods", "wide_areas", "wide_area_heads",
                                                    "exceeds"), ("reach",))
    reach = numbers["reach"]
    # a sum since a time of the day is that day's toll, as the events stage reads it (clauses.yaml)
    day_parts = frozenset(load_event_rules().since_day_parts)
    return _TollUpdates(words["verbs"], words["tallies"], words["periods"], day_parts, reach, words["wide_areas"],
                        words["wide_area_heads"], words["exceeds"])


@dataclass(frozen=True, slots=True)
class _NegatedReports:
    """`negated_reports` of numbers.yaml, normalized: a report negated before "عن <death word>"."""

    about: frozenset[str]
    gap: int
    reach: int
    scope_breaks: frozenset[str]


@cache
def _negated_reports() -> _NegatedReports:
    """Load and validate `negated_reports` (kept out of `number_lexicon`, which this stage does not own)."""
    words, reaches = _word_section("negated_reports", ("about", "scope_breaks"), ("gap", "reach"))
    return _NegatedReports(words["about"], reaches["gap"], reaches["reach"], words["scope_breaks"])


def _word_section(name: str, word_keys: tuple[str, ...],
                  int_keys: tuple[str, ...]) -> tuple[dict[str, frozenset[str]], dict[str, int]]:
    """The one-word lists (normalized) and positive integers of a numbers.yaml section,
    validated: a section this stage reads itself rather than through `number_lexicon`."""
    raw = _raw_numbers()
    section = raw.get(name) if isinstance(raw, dict) else None
    if not isinstance(section, dict):
        raise KnowledgeError(f"numbers.yaml: {name} must be a mapping")
    words = {}
    for key in word_keys:
        items = section.get(key)
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and len(normalize(i).split()) == 1
                                                               for i in items):
            raise KnowledgeError(f"numbers.yaml: {name}.{key} must be a non-empty list of words")
        words[key] = frozenset(normalize(i).strip() for i in items)
    numbers = {key: section.get(key) for key in int_keys}
    for key, value in numbers.items():
        if not isinstance(value, int) or value < 1:
            raise KnowledgeError(f"numbers.yaml: {name}.{key} must be a positive integer")
    return words, numbers


def _lasting_total(tokens: list[str], count: Count, in_dates: set[int]) -> bool:
    """Whether a campaign lasting weeks or more is told before the count, in its clause or
    in the clause before it (`lasting_totals` in numbers.yaml): the count sums that campaign.
    A pronoun back to it in the count's clause (`resumptive_gaps`: "قتل فيها") links the
    clauses as a relative pronoun does."""
    own = _clause_start(tokens, count.first)
    if _lasting_in(tokens, own, count.first, in_dates, opening_only=False):
        return True
    if own < 2 or tokens[own - 1] not in _BOUNDARY or not in_dates.isdisjoint(range(own, count.first)):
        return False  # "ومنذ بدء الهجوم، قتل أمس 5": the day dates one act
    previous = _clause_start(tokens, own - 1)
    lasting = _lasting()
    linked = (own < count.first and tokens[own] in lasting.links) or (own + 1 == count.first and tokens[own] in lasting.rises) \
        or not _resumptive_gaps().isdisjoint(tokens[own:count.first])  # "معارك منذ أكثر من عام، قتل فيها العشرات"
    # A date in the phrase's own clause is when the campaign began ("منذ اندلاع الموجة في 20 يوليو").
    return _lasting_in(tokens, previous, own - 1, set(), opening_only=not linked)


def _clause_start(tokens: list[str], index: int) -> int:
    """The first token of the clause holding token `index` (after the last boundary before it)."""
    while index > 0 and tokens[index - 1] not in _BOUNDARY:
        index -= 1
    return index


def _lasting_in(tokens: list[str], start: int, end: int, in_dates: set[int], opening_only: bool) -> bool:
    """Whether a lasting phrase starts in tokens [start, end) (at `start` only, with `opening_only`)
    with no comparison word before it in the clause and no date (of `in_dates`) after it.  A
    phrase ending in a month's name runs on with the rest of that date ("منذ مارس الماضي")."""
    lasting = _lasting()
    for index in range(start, start + 1 if opening_only else end):
        length = _lasting_at(tokens, index, lasting)
        after = index + length
        while length and after in in_dates and after - 1 in in_dates:
            after += 1
        if length and not any(token in lasting.comparisons for token in tokens[start:index]) \
                and in_dates.isdisjoint(range(after, end)):
            return True
    return False


def _lasting_at(tokens: list[str], index: int, lasting: _Lasting) -> int:
    """Length of the lasting phrase at `index`: a `phrases` entry (maybe with و) or a
    `run_units` word a few words before `run` ("للشهر الرابع على التوالي"), else 0."""
    if index >= len(tokens):
        return 0
    length = max((_phrase_from(stem, tokens, index + 1, lasting.phrases) for stem in strip_clitics(tokens[index])), default=0)
    if length or tokens[index] not in lasting.run_units:
        return length
    for ahead in range(index + 1, min(len(tokens), index + 1 + lasting.run_gap)):
        run = _phrase_at(tokens, ahead, lasting.run)
        if run:
            return ahead + run - index
    return 0


def _since_follows(spans: Tokens, count: Count, sentence: str) -> bool:
    """Whether a span start ("منذ 30 مارس", "منذ أسبوعين", "منذ 2011") follows the count in its
    clause: the deaths are summed over that span, not one act's ("قتل 136 منذ 30 مارس").  Not
    past a superlative's word (`lasting_totals.comparisons`: "في أعنف هجوم منذ 2015"), nor when
    "since" describes a place or a side told after the count (`since_describes_other`: "في غارة على
    بلدة كفرنبل الخارجة عن سيطرة النظام منذ 2012").

    Spans named relative to the day ("منذ فجر اليوم", "منذ أمس") are the
    day's toll, which is reported as one event; "منذ أربعة أيام مضت" says
    when the act was (`dates.counts_back`), not since when.
    """
    since = date_lexicon().since_words
    starts = [c.start for c in dates.find_expressions(sentence)
              if c.rule != "relative" and not (c.rule == "ago" and dates.counts_back(c.groups))]
    tokens = spans.texts
    for index in range(count.text_last, min(len(tokens), count.text_last + _TOTAL_REACH)):
        if tokens[index] in _BOUNDARY:
            return False
        if tokens[index] in _lasting().comparisons:
            return False  # "قتل 5 جنود في أعنف هجوم منذ 2015": the span measures the act, it sums nothing
        if tokens[index].removeprefix("و") in since and not since_describes_other(tokens[count.text_last:index], relatives=False) and (
                _bare_year_after(tokens, index)
                or any(0 <= start - spans.starts[index] <= _SINCE_GAP for start in starts)):
            return True
    return False


def since_describes_other(before: list[str], relatives: bool = True) -> bool:
    """Words between the act and "since" show that "since" tells how long a place or a
    side has been in a state, not how long the act went on: one of
    `totals_after.since_describers` ("القائم الخاضعة لسيطرة التنظيم منذ 2014"،
    "الحزب المحظور منذ 1984"، "بعد هدوء حذر منذ أشهر") or, with `relatives`, a
    singular relative pronoun (`since_starts.relatives`: "التي كانت في أيدي المسلحين
    منذ شهرين").  Without: a named period after "التفجيرات التي شهدتها المدينة" still
    sums up the acts the clause describes ("بين عامي 2005 و2009")."""
    rules = load_event_rules()
    return relatives and not rules.began_relatives.isdisjoint(before) or any(
        not rules.since_describers.isdisjoint(strip_clitics(word)) for word in before)


def _bare_year_after(tokens: list[str], index: int) -> bool:
    """Whether a year in digits, with no "عام" before it, follows token `index` ("قتل 118
    جنديا منذ 2011"): the dates stage reads a year only with its noun ("منذ عام 2011"), but the
    bare year after "منذ" starts a span of years all the same, so the count sums them."""
    following = _digits(tokens[index + 1]) if index + 1 < len(tokens) else None
    return following in _YEAR_RANGE


def _mixed_follows(tokens: list[str], count: Count, lex: NumberLexicon) -> bool:
    """Whether "بين قتيل وجريح" follows the count in its clause: the count is of
    people killed or wounded, not of the dead (`mixed_tolls`)."""
    for index in range(count.last, min(len(tokens), count.last + _WINDOW_AFTER)):
        if tokens[index] in _BOUNDARY:
            return False
        if _phrase_at(tokens, index, lex.mixed_tolls):
            return True
    return False


def _mixed_deaths(tokens: list[str], index: int, counts: list[Count]) -> int:
    """The dead of "بين قتيل وجريح" at `index`: a death with no number (3, EVENTS.md
    section 4), but fewer than the people hit when a count of them comes just before
    ("سقط شخصان بين قتيل وجريح" leaves one dead)."""
    hit = next((c for c in reversed(counts) if c.last <= index and index - c.last <= _WINDOW_AFTER), None)
    # (a vague count of the people hit, "أعداد كبيرة منهم بين قتلى وجرحى", is no number of them: its
    # value is only the convention of its words, so the deaths among them are still the 3 of no number)
    return 3 if hit is None or hit.vague else max(1, min(3, hit.value - 1))


def _fate_follows(tokens: list[str], count: Count, taken: set[int], lex: NumberLexicon) -> bool:
    """Whether the count is the subject of "لقي ... مصرعهم": a fate verb right
    before it and the death word within twelve tokens after the count's own
    words, commas and other counts allowed ("لقي 8 جنود و3 مدنيين مصرعهم");
    the verb and the death word close the subject like brackets, so it may be
    long ("لقي 24 عنصرا من الميليشيات وعناصر الرئيس المخلوع ... مصرعهم").  A
    parenthesized aside does not count towards the twelve ("لقي 115 مسلحا من
    الجبهة (فرع التنظيم في البلاد) حتفهم"), and a contrast opener ends the
    search: a death word after "بينما" is the next act's."""
    before = tokens[count.first - 1] if count.first else ""
    if not any(stem in lex.fate_verbs for stem in strip_clitics(before)):
        return False
    reach, depth = 0, 0
    for index in range(count.last, len(tokens)):
        token = tokens[index]
        if token in _SENTENCE_END or reach >= _FATE_PAIR_REACH or _phrase_at(tokens, index, _contrast_openers()):
            return False
        depth += (token == "(") - (token == ")" and depth > 0)
        reach += depth == 0 and token != ")" and index >= count.text_last
        if index not in taken and any(stem in lex.fate_words for stem in strip_clitics(token)):
            return True
    return False


def _death_verb_follows(tokens: list[str], count: Count, taken: set[int], lex: NumberLexicon) -> bool:
    """Whether the count is the subject of a plural death verb later in its clause
    ("40 مقاتلا من الحركة المسلحة قتلوا", "40 مسلحا من الجماعة قد لقوا مصرعهم"),
    past the five tokens a cue is looked for.  A verb set in quotes ("17 شخصا
    "استشهدوا"", the outlet's distance from the word martyr) is still the verb.
    A breakdown set between commas is passed over ("22 مسلحا، بينهم أربعة قادة،
    قتلوا"): the verb still has the whole count for subject, and so are further
    counts joined by "و" ("خمسة مدنيين و11 مسلحا قتلوا"): the verb's subject is the list.
    The reach counts from the end of the count's own words (its noun and "على الأقل"):
    "22 شخصا على الأقل معظمهم من الحراس قتلوا" has a subject as long as any other.
    A group's name set in quotes ("ثمانية من مقاتلي تنظيم «داعش»، قتلوا") is passed over like
    a bracketed aside: the marks quote a name, they do not close the clause."""
    index, end = count.last, min(len(tokens), max(count.last, count.text_last) + _FATE_REACH)
    while index < end:
        skipped = _past_subset_aside(tokens, index, lex)
        if skipped != index:
            index, end = skipped, min(len(tokens), skipped + _FATE_REACH)
            continue
        if _quoted_verb(tokens, index, lex):
            index += 1
            continue
        closed = _past_bracket_aside(tokens, index)
        if closed == index:
            closed = _past_quoted_name(tokens, index)
        if closed != index:
            # "30 عنصرا من الميليشيات في جبهة الميمنة (شمال المديرية)، لقوا مصرعهم": the aside
            # places the subject and is not counted towards the reach
            index, end = closed, min(len(tokens), end + closed - index)
            continue
        if index in taken and index - 1 not in taken and (tokens[index].startswith("و") or tokens[index - 1] == "و"):
            # "خمسة مدنيين و11 من المسلحين قتلوا": a further count of the verb's joined subject
            while index in taken:
                index += 1
            end = min(len(tokens), index + _FATE_REACH)
            continue
        if _comma_before_verb(tokens, index, lex):
            index += 1  # "وكان 15 من المسلحين وقوات صالح، قتلوا": a comma closing a long subject
            continue
        if tokens[index] in _BOUNDARY or index in taken:
            return False
        stems = strip_clitics(tokens[index])
        if not lex.subject_death_verbs.isdisjoint(stems):
            # "على ثلاثة شبان فقتلوا أحدهم": the verb kills a part of them, told by itself
            return index + 1 >= len(tokens) or tokens[index + 1] not in lex.part_after_cue
        if not lex.fate_verbs.isdisjoint(stems) and index + 1 < len(tokens) \
                and not lex.fate_words.isdisjoint(strip_clitics(tokens[index + 1])):
            return True
        index += 1
    return False


def _past_quoted_name(tokens: list[str], index: int) -> int:
    """The index after a quoted name of a few words opening at `index` ("«داعش»"، "«جيش الإسلام»"),
    else `index`: no number, vague count, comma or sentence end inside (a quoted statement, or a
    quoted part of the dead, "بينهم "عدد كبير من الأطفال"", whose own count the verb may have)."""
    if tokens[index] not in _QUOTES:
        return index
    for after in range(index + 1, min(len(tokens), index + _BRACKET_ASIDE + 2)):
        if tokens[after] in _QUOTE_CLOSES and after > index + 1:
            return after + 1
        if tokens[after] in _BOUNDARY or _digits(tokens[after]) is not None or _word(tokens[after]) \
                or _vague_first(tokens[after]):
            break
    return index


def _past_bracket_aside(tokens: list[str], index: int) -> int:
    """The index after a parenthesized aside opening at `index` and closing within
    `_BRACKET_ASIDE` tokens with no sentence end inside, else `index`."""
    if tokens[index] != "(":
        return index
    for after in range(index + 1, min(len(tokens), index + _BRACKET_ASIDE + 2)):
        if tokens[after] == ")":
            return after + 1
        if tokens[after] in _SENTENCE_END or tokens[after] == "(":
            break
    return index


def _comma_before_verb(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """A comma at `index` right before a plural death verb: the verb has no subject after it, so
    the comma only closes the long subject before it, whose count the verb tells killed.
    So does "لقوا مصرعهم" (a fate verb and its death word) after the comma."""
    if tokens[index] not in _COMMAS or index + 1 >= len(tokens):
        return False
    verb = strip_clitics(tokens[index + 1])
    return not lex.subject_death_verbs.isdisjoint(verb) or (
        not lex.fate_verbs.isdisjoint(verb) and index + 2 < len(tokens)
        and not lex.fate_words.isdisjoint(strip_clitics(tokens[index + 2])))


def _past_subset_aside(tokens: list[str], index: int, lex: NumberLexicon) -> int:
    """The token after a breakdown between commas opening at `index` ("، بينهم أربعة
    قادة،"), else `index`; the aside must close with a comma within the fate reach."""
    if index >= len(tokens) or tokens[index] not in _COMMAS \
            or not _phrase_at(tokens, index + 1, lex.subset_markers):
        return index
    for close in range(index + 2, min(len(tokens), index + 1 + _FATE_REACH)):
        if tokens[close] in _COMMAS:
            return close + 1
        if tokens[close] in _BOUNDARY:
            break
    return index


def _quoted_verb(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """The token is a quote mark opening a quoted death verb ("\"استشهدوا\"")."""
    return tokens[index] in _QUOTES and index + 1 < len(tokens) \
        and not lex.subject_death_verbs.isdisjoint(strip_clitics(tokens[index + 1]))


def _object_of_verb(tokens: list[str], count: Count, taken: set[int], lex: NumberLexicon) -> bool:
    """Whether an active killing verb opens the count's clause, past a long subject
    ("أعدمت قوات النظام في السجن المركزي 41 طفلا"), with no other cue or count between.
    Only an exact count: a vague word that far off ("لشراء بعض السلع") is rarely the victims."""
    if count.vague:
        return False
    for index in range(count.first - 1, max(-1, count.first - 1 - lex.object_reach), -1):
        token = tokens[index]
        if token in _BOUNDARY or index in taken:
            return False
        if _role(token):
            return not lex.object_verbs.isdisjoint(strip_clitics(token)) and _opens_clause(tokens, index, lex)
    return False


def _opens_clause(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """Whether the verb at `index` opens its clause: after punctuation, an opener
    ("حيث", "وقد") or carrying و/ف itself ("وقتل الجيش ...")."""
    token = tokens[index]
    if token[0] in "وف" and token[1:] in lex.object_verbs:
        return True
    return not index or tokens[index - 1] in _BOUNDARY or tokens[index - 1] in lex.object_openers


def _bracket_role(tokens: list[str], count: Count, taken: set[int]) -> str | None:
    """The role of a count that a bracket opens right before, which the bracket's edges
    hid from `_nearest_role`.

    A cue right after a closing bracket is the count's own noun ("(12) قتيلا
    و(122) جريحا").  Otherwise the bracket restates the people just named, and
    takes the role of the cues before it in the clause ("مقتل (3) أمريكيين",
    "قامت بإعدام أسرى (12 أسيرا)"): a killing cue wins over a nearer word that
    only describes them (أسرى، معتقلين).
    """
    first, last = count.first, count.last
    if first < 2 or tokens[first - 1] != "(":
        return None
    if last + 1 < len(tokens) and tokens[last] == ")":
        if _phrase_at(tokens, last + 1, number_lexicon().skip_after):
            return None  # "(24) في المئة"
        after = tokens[last + 1]
        if _role(after) and not (after.startswith("و") and _role(after[1:])):
            return _role(after)  # a cue joined by "و" opens the next clause ("استشهاد (15) وإصابة (33)")
    roles: list[str] = []
    for index in range(first - 2, max(-1, first - 2 - _WINDOW_BEFORE), -1):
        if tokens[index] in _BOUNDARY or index in taken:
            break
        role = _role(tokens[index])
        if role:
            roles.append(role)
    return "killed" if "killed" in roles else next(iter(roles), None)


def _joined(tokens: list[str], previous: Count, count: Count) -> bool:
    """Whether the count is joined by "و" to the previous count's noun phrase, in its clause
    and with no cue of its own: it shares that count's role ("مقتل 11 من عناصر التنظيم و10 مدنيين").
    A list may set the joined count off by a comma ("استشهاد عشرة من الجنود، وثلاثة من العمال")."""
    return bool(previous.role) and _coordinated(tokens, previous, count, list_comma=True)


def _coordinated(tokens: list[str], previous: Count, count: Count, list_comma: bool = False) -> bool:
    """Whether "و" joins the count (maybe with its qualifier: "ونحو 30") to the previous
    count's noun phrase, within `_WINDOW_AFTER` tokens past the words naming who the previous
    counted are (a long group name may stand between: "استشهد 8 من منسوبي قوات الأمن الخاصة
    و2 من العاملين") and with no cue or punctuation between (with `list_comma`, but for one
    comma right before that "و"); not past a breakdown of the previous count ("9 أشخاص بينهم
    رئيس المجلس المحلي في البلدة وخمسة أطفال": a part of it)."""
    named_end = previous.last if _breakdown_between(tokens, previous, count) \
        else max(previous.last, _group_end(tokens, previous))
    if count.first - named_end > _WINDOW_AFTER:
        return False
    comma = _list_comma(tokens, count) if list_comma else -1
    return _after_waw(tokens, count) and not any((tokens[index] in _BOUNDARY and index != comma) or _role(tokens[index])
                              for index in range(previous.last, count.first))


def _breakdown_between(tokens: list[str], previous: Count, count: Count) -> bool:
    """Whether a `subset_markers` phrase ("بينهم") stands between two counts: the later one,
    joined by "و" after a person or a count of the breakdown, is a part of the earlier."""
    markers = number_lexicon().subset_markers
    return any(_phrase_at(tokens, index, markers) for index in range(previous.last, count.first))


def _list_comma(tokens: list[str], count: Count) -> int:
    """The index of a comma right before the "و" that opens the count ("، وثلاثة", "، و 3"), else -1."""
    at = count.first - 1 if tokens[count.first].startswith("و") else count.first - 2
    return at if at >= 0 and tokens[at] in {"،", ","} and (at == count.first - 1 or tokens[at + 1] == "و") else -1


def _vague_after_things(tokens: list[str], count: Count, lex: NumberLexicon) -> bool:
    """A vague word after a noun of things qualifies those things ("قصف مناطق عدة"); one
    ending in the partitive "من" counts what follows it, whatever stands before
    ("قتلت الغارات عددا من المدنيين")."""
    if not count.vague or count.first == 0 or tokens[count.last - 1] in lex.partitive:
        return False
    return _counts_things(tokens, count.first - 1, lex)


def _counts_things(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """True when the noun after a count names things (houses, strikes), not people.

    A word behind a preposition clitic ("قتل جنديان باشتباكات") is no counted
    noun but the phrase telling how they died: the count still counts people.
    """
    if index >= len(tokens):
        return False
    token = tokens[index]
    return any(form in lex.not_people for form in _noun_forms(token)) and not _behind_preposition(token, lex)


def _behind_preposition(token: str, lex: NumberLexicon) -> bool:
    """True for a word whose things-noun comes only after a preposition clitic (ب، ل، ك)."""
    base = token[1:] if token[:1] in "وف" and len(token) > 3 else token
    if base[:1] not in _PREPOSITION_CLITICS or any(form in lex.not_people for form in _noun_forms(base)[:1]):
        return False
    return any(form in lex.not_people for form in _noun_forms(base[1:]))


@dataclass(frozen=True, slots=True)
class _CausedDeaths:
    """`caused_deaths` of numbers.yaml, normalized: a pronoun's death told as an act's result."""

    singular: frozenset[str]
    dual: frozenset[str]
    verbs: frozenset[str]
    prepositions: frozenset[str]
    denials: frozenset[str]
    reach: int
    nouns: frozenset[str]  # singular | dual, joined once: asked of every token


@cache
def _caused_deaths() -> _CausedDeaths:
    """Load and validate `caused_deaths` (kept out of `number_lexicon`, which this stage does not own)."""
    words, reaches = _word_section("caused_deaths", ("singular", "dual", "verbs", "prepositions", "denials"), ("reach",))
    return _CausedDeaths(words["singular"], words["dual"], words["verbs"], words["prepositions"], words["denials"],
                         reaches["reach"], words["singular"] | words["dual"])


def _caused_noun_value(token: str) -> int | None:
    """1 or 2 when the token is a death noun with the pronoun of its one or two dead
    ("مقتله", "لاستشهادهما"), with "و", "ل" or "ب" written onto it; else None."""
    caused = _caused_deaths()
    nouns = caused.nouns
    bare = token.removeprefix("و") if token not in nouns else token  # "وفاته" is the noun itself
    noun = next((form for form in (bare, bare[1:]) if form in nouns), None) if bare.startswith(("ل", "ب")) else bare
    return 1 if noun in caused.singular else 2 if noun in caused.dual else None


def _caused_death(tokens: list[str], index: int) -> int | None:
    """The dead of a pronoun's death noun told as what an act led to ("وقالت إن العملية
    أسفرت عن مقتله"، "ما أدى لمقتلها"): 1 (2 for the dual), when a verb of result stands at
    most `reach` words before the noun's preposition (one of `prepositions`, or "ل"/"ب"
    written onto the noun) in its clause, and no denial (`denials`: "نفت أن تكون الغارة قد أدت
    إلى مقتله") or negator stands before the verb in it.  The pronoun names a person the sentence has
    just told of, whose death is this act's toll; other uses of the noun recall a death or question it
    (a person already counted dead in the sentence is not counted again: `_same_person`)."""
    value = _caused_noun_value(tokens[index])
    if value is None or index == 0:
        return None
    glued = tokens[index] not in _caused_deaths().nouns and tokens[index].removeprefix("و").startswith(("ل", "ب"))
    return value if _result_before(tokens, index, glued) else None


def _result_before(tokens: list[str], index: int, glued: bool) -> bool:
    """Whether a verb of result (`caused_deaths.verbs`) governs the death noun at `index`
    ("أسفرت الغارة عن مقتل"، "أدى إلى استشهاد"، "تسبب بمقتل"): it stands at most `reach` words
    before the noun's preposition (one of `prepositions`, or "ل"/"ب" written onto the noun:
    `glued`) in its clause, and no denial or negator stands before it."""
    caused = _caused_deaths()
    if not glued and (index == 0 or tokens[index - 1] not in caused.prepositions):
        return False
    lead = index if glued else index - 1  # the preposition, or the noun that carries it
    for at in range(lead - 1, max(-1, lead - 1 - caused.reach), -1):
        if tokens[at] in _BOUNDARY:
            return False
        if tokens[at].removeprefix("و") in caused.verbs:
            return not _denied_before(tokens, at, caused.denials)
    return False


def _denied_before(tokens: list[str], index: int, denials: frozenset[str]) -> bool:
    """A denial verb before token `index` in its clause, or a negator right before it ("لم"):
    what follows is said not to have happened."""
    lex = number_lexicon()
    if not lex.negators.isdisjoint(tokens[max(0, index - _NEGATION_REACH):index]):
        return True
    for at in range(index - 1, -1, -1):
        if tokens[at] in _BOUNDARY:
            return False
        if tokens[at].removeprefix("و") in denials:
            return True
    return False


# One-letter prepositions written onto the next word.
_PREPOSITION_CLITICS = frozenset("بلك")


@lru_cache(maxsize=16384)
def _noun_forms(token: str) -> tuple[str, ...]:
    """A noun's stems, with and without an accusative tanween alef (منزلا → منزل)."""
    stems = strip_clitics(token)
    return stems + tuple(stem[:-1] for stem in stems if stem.endswith("ا"))


@lru_cache(maxsize=16384)
def _implicit_value(token: str) -> int | None:
    """3 for a plural death word, 2 for a dual, 1 for a singular one, else None."""
    lex = number_lexicon()
    if not dates.has_stem_ending(token, _death_endings()):
        return None
    stems = strip_clitics(token)
    if any(stem in lex.implicit_plural for stem in stems):
        return 3
    if any(stem in lex.implicit_dual for stem in stems):
        return 2
    return 1 if any(stem in lex.implicit_singular for stem in stems) else None


def _implicit_deaths(tokens: list[str], counts: list[Count], lex: NumberLexicon,
                     in_dates: Callable[[], set[int]]) -> list[Count]:
    """Death words with no number ("سقوط قتلى" → 3, "سقوط شهيد" → 1, "قتل جنود" → 3, "مقتل شرطي" → 1).

    One per stretch between punctuation marks: "قتل وجرح فيها جنود، كما قصف
    ... وسط أنباء عن سقوط شهيد" reports two tolls, "سقوط قتلى وشهداء" one.
    A body word yields to a larger toll later in its stretch: "تشييع جثمان
    فلسطينيين قتلا" buries two, not one.  `in_dates` gives the tokens inside
    date expressions, asked for only when a person stands apart from its
    killing word ("اغتيل في بيروت قبل يومين الوزير").  With none found, a killing
    word paired with a wounding word before a count tells deaths (`_mixed_pair_deaths`), in
    a further act's stretch (`_further_act_segments`) even beside a toll told before it.
    """
    tolls = [c for c in counts if c.role in ("killed", "total")]
    segments = _segments(tokens) if tolls else []
    tolled = {segments[c.first] for c in tolls}
    # a toll outside the further acts leaves an implicit death only to a further act with
    # none of its own ("قتل جنديان، كما قتل مسلح"): the one more is another death.  A running
    # total is no act's toll: a death told before it keeps its own ("قتل شاب، ما يرفع عدد
    # الشهداء إلى ثلاثة")
    acts = {segments[c.first] for c in tolls if c.role == "killed"}
    further = _further_act_segments(tokens, segments) if acts else set()
    only_further = bool(acts) and not acts.issubset(further)
    further -= tolled
    if only_further and not further:
        return []
    # a further act's killed and wounded together keep their deaths beside the toll told before
    # ("أقر الجيش بمقتل 3 جنود، بينما أعلنت الكتائب قتل وجرح عدد من الجنود")
    pairs = [pair for pair in _mixed_pair_deaths(tokens, counts)
             if not tolled or _stretch_past_asides(tokens, segments, pair.first) in further]
    if not any(map(_may_imply_death, tokens)):
        return pairs
    found: list[Count] = []
    segment, counted = 0, -1
    # the noun of a count of remains held or handed over ("جثامين 3 شهداء") tells no toll either
    numbered = {i for c in counts if c.role is None and c.first and _moved_bodies(tokens, c.first - 1, lex)
                for i in range(c.first, c.last + 1)}
    for index in compress(range(len(tokens)), map(_may_count_death, tokens)):
        token = tokens[index]
        if token in _BOUNDARY:
            segment += 1
            continue
        if index in numbered:
            continue
        if tolled and segments[index] in tolled:
            continue  # "قتل جندي ...، كما قتل ثلاثة جنود": the further act has its own number
        if only_further and segments[index] not in further:
            continue
        value = _victim_of_plural_verb(tokens, index, lex, in_dates) or _implicit_value(token) \
            or _people_after_death(tokens, index, lex) or _others_after_death(tokens, index, lex) \
            or _person_after_death(tokens, index) or _name_after_death(tokens, index, lex) \
            or _lives_lost_deaths(tokens, index, lex) \
            or _person_before_death(tokens, index, lex) \
            or _object_of_killers(tokens, index, lex) or _person_after_gap(tokens, index, lex, in_dates) \
            or _victim_after_subject(tokens, index, lex) or _passive_death(tokens, index, lex) \
            or _killed_participle(tokens, index, lex) or _opening_death(tokens, index, lex) \
            or _caused_death(tokens, index)
        if value in (2, 3) and _one_object(tokens, index, lex):
            value = 1
        if value is not None and index and (_phrase_at(tokens, index - 1, lex.mixed_tolls)
                                            or _phrase_at(tokens, index, lex.mixed_tolls)):
            value = _mixed_deaths(tokens, index, counts)
        if value is None or (counted == segment and not _outweighs(tokens, found[-1], value, lex)):
            continue
        if value > 1 and index + 1 < len(tokens) and tokens[index + 1] in lex.part_after_cue \
                and not (value == 2 and _indefinite_people(token, lex) and _pair_described(tokens, index, lex)):
            continue  # "فقتلوا أحدهم": the part named next is the toll
        if _implicit_blocked(tokens, index, lex) or _same_person(token, value, found, lex) \
                or _known_dead(tokens, index, in_dates):
            continue
        if counted == segment:
            found.pop()
        last = _joined_persons(tokens, _named_victim(tokens, index)) if value == 1 else index + 1
        value += _persons_between(tokens, index + 1, last)
        found.append(Count(index, index + 1, value, value, value, vague=True, implicit=True, role="killed",
                           text_last=last))
        counted = segment
    if not found or not pairs:
        return found or pairs
    # a person told dead before the pair in its stretch is the toll ("إن طفلا قتل وأصيب 15 مدنيا"); a
    # pair in a stretch of its own keeps its deaths beside a death told elsewhere ("بمقتل وإصابة العشرات
    # ليلة الجمعة، بينما تحدثت منظمة عن مقتل آخرين السبت")
    stretches = segments or _segments(tokens)  # computed above when a toll was told
    told = {stretches[c.first] for c in found}
    return sorted(found + [p for p in pairs if stretches[p.first] not in told], key=lambda c: c.first)


def _mixed_pair_deaths(tokens: list[str], counts: list[Count]) -> list[Count]:
    """Deaths with no number before a count of the killed and the wounded together
    ("استشهاد وجرح عدد من الفلسطينيين", "قتل وإصابة 20 شخصا"): a killing word joined
    by "و" to a wounding word right before the count, which the wounding word left
    role wounded (the people hit).  How many died is not told: 3 (EVENTS.md section 4),
    fewer than a counted number of people hit, as for `mixed_tolls`.  A war's
    casualties (more than `largest_act`) are a total, not one act's.

    The killing word may head a longer chain of fates joined by "و" ("أدت إلى مقتل وجرح
    وأسر عدد من المقاتلين", "قتل وأسر العشرات"): the count's role is then the last fate's
    (captured), but the first word still tells deaths with no number among the people hit.
    Why: only the two-word pair was read, so a third fate after the wounding word left the
    act with no deaths at all."""
    found: list[Count] = []
    largest = number_lexicon().largest_act
    for count in counts:
        if count.role not in _MIXED_FATES or count.first < 2 or count.value > largest:
            continue
        death = count.first - 1
        while death > 0 and tokens[death].startswith("و") and _role(tokens[death][1:]) in _MIXED_FATES:
            death -= 1
        if death < count.first - 1 and _role(tokens[death]) == "killed":
            value = 3 if count.vague else max(1, min(3, count.value - 1))
            found.append(Count(death, death + 1, value, value, value, vague=True, implicit=True,
                               role="killed", text_last=count.first - 1))
    return found


# Fates a count of the people hit may take in a chain after a killing word ("قتل وجرح وأسر عدد").
_MIXED_FATES = frozenset({"wounded", "arrested", "abducted", "missing"})


def _segments(tokens: list[str]) -> list[int]:
    """For each token, the index of its stretch between punctuation marks; a
    `contrast_openers` word ("فيما", "في حين") opens a stretch of its own too."""
    out, segment = [], 0
    contrasts = _contrast_openers()
    for index, token in enumerate(tokens):
        segment += token in _BOUNDARY or (index > 0 and tokens[index - 1] not in _BOUNDARY
                                          and _phrase_at(tokens, index, contrasts) > 0)
        out.append(segment)
    return out


def _stretch_past_asides(tokens: list[str], segments: list[int], index: int) -> int:
    """The stretch token `index` belongs to when bracketed asides do not cut stretches: "بينما
    أعلنت كتائب القسام (حماس) أنها تمكنت من قتل وجرح ..." is one report, the name in brackets
    only says who the brigades are."""
    at = index
    while True:
        while at > 0 and tokens[at - 1] not in _BOUNDARY:
            at -= 1
        if at < 2 or tokens[at - 1] != ")":
            return segments[at]
        opened = next((i for i in range(at - 2, -1, -1) if tokens[i] == "("), None)
        if opened is None or opened == 0 or tokens[opened - 1] in _BOUNDARY:
            return segments[at]
        at = opened - 1


def _further_act_segments(tokens: list[str], segments: list[int]) -> set[int]:
    """Stretches opening with "also" ("، كما قتل ثلاثة جنود"), "in addition to"
    ("، إضافة إلى مقتل 40 مسلحا"; `role_carriers`, "، فضلا عن 40 آخرين"; `companions.additions`)
    or "while" ("فيما اغتيل ثلاثة"; `contrast_openers`): further deaths whose explicit toll leaves the one told
    before it its own implicit one ("قتل القيادي ...", "مقتل جندي ... فيما قتل 3 مسلحين")."""
    openers = load_dedupe_rules().city_detail_apart
    lex = number_lexicon()
    carriers, additions, contrasts = lex.role_carriers, lex.companion_additions, _contrast_openers()
    return {
        segments[i] for i, token in enumerate(tokens)
        if (i == 0 or tokens[i - 1] in _BOUNDARY or segments[i - 1] != segments[i])
        and (token in openers or _phrase_at(tokens, i, carriers) or _phrase_at(tokens, i, additions)
             or _phrase_at(tokens, i, contrasts))
    }


@dataclass(frozen=True, slots=True)
class _Mourners:
    """`mourners` of numbers.yaml, normalized: the crowd at a funeral, or angered or gathered."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    crowds: frozenset[str]
    reach: int


@cache
def _mourners() -> _Mourners:
    """Load and validate `mourners` (kept out of `number_lexicon`, which this stage does not own)."""
    words, reaches = _word_section("mourners", ("verbs", "nouns", "crowds"), ("reach",))
    return _Mourners(words["verbs"], words["nouns"], words["crowds"], reaches["reach"])


def _mourning_crowd(tokens: list[str], count: Count) -> bool:
    """Whether the count is the crowd at a funeral, not its dead: the subject of a
    funeral verb right before it, or people with a funeral word a few words after
    them, where the count's own noun is no death word ("شيع آلاف ... جثامين ثلاثة").
    A count right after a word of a crowd's anger or gathering (`crowds`) is that
    crowd ("مقتل شابين أثار غضب الآلاف"), not the dead told before it."""
    mourners = _mourners()
    if count.last < len(tokens) and _role(tokens[count.last]) == "killed":
        return False
    if count.first and not (mourners.verbs | mourners.crowds).isdisjoint(strip_clitics(tokens[count.first - 1])):
        return True
    for token in tokens[count.last:count.last + mourners.reach]:
        if token in _BOUNDARY:
            return False
        if not mourners.nouns.isdisjoint(strip_clitics(token)):
            return True
    return False


@cache
def _top_list(key: str) -> tuple[str, ...]:
    """A top-level phrase list of numbers.yaml, normalized and validated (kept out of
    `number_lexicon`, which this stage does not own)."""
    raw = _raw_numbers()
    items = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(items, list) or not items or not all(isinstance(i, str) and normalize(i).split() for i in items):
        raise KnowledgeError(f"numbers.yaml: {key} must be a non-empty list of phrases")
    return tuple(" ".join(normalize(i).split()) for i in items)


@cache
def _contrast_openers() -> Phrases:
    """`contrast_openers` of numbers.yaml: "while" opening a further act."""
    return _as_phrases(list(_top_list("contrast_openers")))


@cache
def _resumptive_gaps() -> frozenset[str]:
    """`resumptive_gaps` of numbers.yaml: a pronoun back to the act between a killing verb and its victim."""
    return frozenset(_top_list("resumptive_gaps"))


def _one_object(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """Whether the plural or dual killing verb at `index` has one person for object right after it
    ("فقتلوا سائقها", "مسلحين قتلا قسا"; `implicit_deaths.one_object_verbs`): one killed, not
    a group or the two killers."""
    if index + 1 >= len(tokens) or lex.one_object_verbs.isdisjoint(strip_clitics(tokens[index])):
        return False
    person = tokens[index + 1]
    owned = next((person[:-len(suffix)] for suffix in ("ها", "ه") if person.endswith(suffix)), "")
    return _is_person(person) or person in _victims().kin or (len(owned) > 2 and _is_person(owned))


def _named_victim(tokens: list[str], index: int) -> int:
    """Where the one person killed at `index` is named: the person noun right after a
    verb of dying ("استشهدت الطفلة <name> وشقيقتها"), so that persons joined to that
    person (`_joined_persons`) are counted from it, else `index` itself."""
    if not _is_person(tokens[index]) and index + 1 < len(tokens) and _is_person(tokens[index + 1]):
        return index + 1
    return index


def _joined_persons(tokens: list[str], index: int) -> int:
    """The end of the persons joined by "و" to the one killed at `index` ("امرأة وطفل",
    "شاب فلسطيني وشقيقه"; `victims` in numbers.yaml), or by "with" to a relative of theirs
    ("شاب مع شقيقه"; `victims.with_kin`), a few describing words allowed between."""
    victims, lex = _victims(), number_lexicon()
    end, gap = index + 1, 0
    for ahead in range(index + 1, len(tokens)):
        token = tokens[ahead]
        if token.startswith("و") and _joined_person(token[1:], victims):
            end, gap = ahead + 1, 0
            continue
        if _with_kin(tokens, ahead, victims):
            end, gap = ahead + 2, 0
            continue
        gap += 1
        if gap > victims.adjective_gap or token in _BOUNDARY or token in lex.not_counted or token.startswith("و") \
                or _digits(token) is not None or _word(token) or (_may_be_cue(token) and _role(token)):
            break
    return end


def _joined_person(word: str, victims: _Victims) -> bool:
    """A person noun or a relative ("زوجته") after "و"; not "one of them", a part already counted."""
    return (word in victims.kin or _is_person(word)) and word not in number_lexicon().part_after_cue


def _with_kin(tokens: list[str], index: int, victims: _Victims) -> bool:
    """Whether tokens at `index` join a relative by "with" ("مع صديقته"; `victims.with_kin`)."""
    return tokens[index] in victims.with_kin and index + 1 < len(tokens) and tokens[index + 1] in victims.kin \
        and tokens[index + 1] not in number_lexicon().part_after_cue


def _persons_between(tokens: list[str], first: int, last: int) -> int:
    """How many persons are joined by "و", or by "with" to a relative, in tokens [first, last)."""
    victims = _victims()
    return sum(1 for at, token in enumerate(tokens[first:last], first)
               if (token.startswith("و") and _joined_person(token[1:], victims))
               or (at + 1 < last and _with_kin(tokens, at, victims)))


def _known_dead(tokens: list[str], index: int, in_dates: Callable[[], set[int]]) -> bool:
    """A plural of the dead in a construct with a definite noun that is no date ("شهداء
    الكيماوي", "ضحايا الهجوم"): the dead of a known event, not a new toll (`victims.construct_nouns`)."""
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    if not after.startswith("ال") or _role(after) or after[2:] in number_lexicon().implicit_people:
        return False  # "ضحايا المدنيين" are still the dead of the act told
    if _victims().construct_nouns.isdisjoint(strip_clitics(tokens[index])):
        return False
    return index + 1 not in in_dates()


@lru_cache(maxsize=65536)
def _may_count_death(token: str) -> bool:
    """Cheap necessary test for `_implicit_deaths`: a boundary, a death word, a plural of people, a person,
    a nationality or a person's name."""
    lex = number_lexicon()
    return token in _BOUNDARY or _implicit_value(token) is not None \
        or _indefinite_people(token, lex) or _is_person(token) or _is_national(token) \
        or token.removeprefix("و") in lex.implicit_others \
        or token in _named_deaths().names or _is_lives(token) \
        or _accusative_person(token) or token in lex.passive_verbs or token in lex.wound_death_verbs \
        or token.removeprefix("و") in lex.killed_participles or _caused_noun_value(token) is not None


def _same_person(token: str, value: int, found: list[Count], lex: NumberLexicon) -> bool:
    """A singular fate word, passive killing verb or caused-death noun ("لقي مصرعه", "قتل في",
    "ما أدى إلى مقتله") after one person already counted in the sentence is that person's fate told
    again ("اغتيال مرشح ...، وقد لقي <name> مصرعه", "تشريح جثمان <name>، أن الأخير قتل برصاصة"،
    "قتل الجندي برصاص قناص ... ما أدى إلى مقتله"): the pronoun refers back to that person."""
    if value != 1 or not any(c.value == 1 for c in found):
        return False
    return token in lex.passive_verbs or token in lex.wound_death_verbs \
        or not lex.fate_words.isdisjoint(strip_clitics(token)) or _caused_noun_value(token) == 1


def _outweighs(tokens: list[str], earlier: Count, value: int, lex: NumberLexicon) -> bool:
    """Whether a later death word replaces the stretch's toll: only a body word's, and only by more."""
    return value > earlier.value and _is_body(tokens[earlier.first], lex)


def _implicit_blocked(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """A death word that is negated, part of a name or a statistic, moved remains, or definite.

    With the article a death word points back to deaths already told or
    known ("ذوو القتلى", "الشهيد <name>"), except as the part counted
    after a quantity ("العديد من القتلى") or as dead nobody named or
    counted ("عن هوية القتلى", `unknown_dead`).
    """
    if not lex.negators.isdisjoint(tokens[max(0, index - _NEGATION_REACH):index]) or _negated_report(tokens, index, lex):
        return True
    if index and any(stem in lex.implicit_blockers for stem in strip_clitics(tokens[index - 1])):
        return True
    if _anniversary_of(tokens, index, lex):
        return True
    if _definite_death_word(tokens[index]) and not (
            index and (tokens[index - 1] in lex.partitive or not lex.unknown_dead.isdisjoint(strip_clitics(tokens[index - 1])))):
        return True
    if _named_massacre(tokens, index, lex):
        return True
    return _moved_bodies(tokens, index, lex)


def _anniversary_of(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """The death word at `index` (or the one right before the person there) is the death an
    anniversary marks: "ذكرى مقتل الشاب", or with the anniversary's ordinal and "ل" between
    ("الذكرى الأولى لمقتل الشاب"; "في ذكرى الثورة قتل شاب" is a killing on the day)."""
    death = index if _role(tokens[index]) == "killed" else index - 1
    if death < 1 or _role(tokens[death]) != "killed":
        return False
    if not lex.anniversaries.isdisjoint(strip_clitics(tokens[death - 1])):
        return True
    return death > 1 and tokens[death].startswith("ل") and tokens[death - 1].startswith("ال") \
        and not lex.anniversaries.isdisjoint(strip_clitics(tokens[death - 2]))


def _negated_report(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """A death word after "عن" that a negated report governs ("ولم يتحدث الجانب الفلسطيني
    عن وقوع ضحايا"; `negated_reports` in numbers.yaml)."""
    rules = _negated_reports()
    about = next((i for i in range(index - 1, max(-1, index - 1 - rules.gap), -1) if tokens[i] in rules.about), None)
    if about is None:
        return False
    for back in range(about - 1, max(-1, about - 1 - rules.reach), -1):
        token = tokens[back]
        if token in lex.negators:
            return True
        if token in _BOUNDARY or token in rules.scope_breaks or token.startswith("و"):
            return False
    return False


def _negated_single(tokens: list[str], count: Count, lex: NumberLexicon) -> bool:
    """A "not a single one" toll (لم تسقط ضحية واحدة، دون وقوع إصابة واحدة): one written
    as a word after a negator, with no exceptive between (لم يقتل سوى جندي واحد is one)."""
    if count.value != 1 or lex.single_words.isdisjoint(strip_clitics(tokens[count.first])):
        return False
    window = tokens[max(0, count.first - _NEGATION_REACH - 1):count.first]
    negated = [i for i, token in enumerate(window) if token in lex.negators]
    return bool(negated) and lex.exceptives.isdisjoint(window[negated[-1]:])


def _named_massacre(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """A massacre word followed by a name ("مجزرة سربرينيتشا"), not by a place, a time,
    its victims or an adjective (`massacre_next`): a past massacre named, not one reported."""
    if lex.massacre_words.isdisjoint(strip_clitics(tokens[index])) or index + 1 >= len(tokens):
        return False
    after = tokens[index + 1]
    return not (after in _BOUNDARY or after in lex.massacre_next or (after.startswith("ب") and len(after) > 3))


@lru_cache(maxsize=4096)
def _definite_death_word(token: str) -> bool:
    """A bare death word carrying the article ("القتلى", "والشهيد", "للضحايا")."""
    lex = number_lexicon()
    words = lex.implicit_plural | lex.implicit_singular | lex.implicit_dual
    return any(stem.startswith("ال") and stem[2:] in words for stem in strip_clitics(token))


def _person_after_death(tokens: list[str], index: int) -> int | None:
    """1 for one person named right after a killing word with no number ("مقتل شرطي", "اغتيال
    القيادي"), or by an indefinite nationality ("استشهاد فلسطيني", `implicit_deaths.nationals`),
    also as the object of the verb ("إن القوات قتلت فلسطينيا": `_object_person`)."""
    if not index or not (_is_person(tokens[index]) or _is_national(tokens[index])
                         or _object_person(tokens[index])):
        return None
    before = tokens[index - 1]
    if _definite_death_word(before):
        return None  # "الشهيد العريف <name>": a death already told, named again
    if index > 1 and tokens[index - 2] in number_lexicon().attempts:
        return None  # "محاولة اغتيال الوزير": tried, not done
    if _threatened(tokens, index - 1):
        return None  # "هدد التنظيم بقتل رئيس البرلمان": threatened, not done
    return 1 if _role(before) == "killed" and not _is_body(before, number_lexicon()) else None


@dataclass(frozen=True, slots=True)
class _NamedDeaths:
    """`named_deaths` of numbers.yaml, normalized, with the person names it reads: a name after a death noun."""

    nouns: frozenset[str]
    acts: frozenset[str]
    reach: int
    names: frozenset[str]


@cache
def _named_deaths() -> _NamedDeaths:
    """Load and validate `named_deaths`; the names are the NER word lists' person words that are
    no common word nor one of `not_names`, of at least `shortest` Arabic letters (loaded once per process)."""
    words, numbers = _word_section("named_deaths", ("nouns", "acts", "not_names"), ("shortest", "reach"))
    lists = load_ner_gazetteer()
    persons = [word for table in (lists.entity, lists.lexicon) for word, kinds in table.items() if "PERS" in kinds]
    names = frozenset(word for word in persons if " " not in word and word not in lists.common
                      and word not in words["not_names"]
                      and len(word) >= numbers["shortest"] and _ARABIC_WORD_RE.fullmatch(word))
    return _NamedDeaths(words["nouns"], words["acts"], numbers["reach"], names)


def _name_after_death(tokens: list[str], index: int, lex: NumberLexicon) -> int | None:
    """1 for a person's name right after a singular death noun told as an act's result or with
    the act after it ("أسفرت عن مقتل <name>", "مقتل <name> في غارة"; `named_deaths`): the name
    tells one person as a person noun does in `_person_after_death`, and the same attempts and
    threats leave it no death ("محاولة اغتيال <name>").  A named death with neither is recalled."""
    if not index or not _may_name_death(tokens[index - 1]):
        return None
    rules = _named_deaths()
    if tokens[index] not in rules.names or rules.nouns.isdisjoint(strip_clitics(tokens[index - 1])):
        return None
    if index > 1 and tokens[index - 2] in lex.attempts or _threatened(tokens, index - 1):
        return None
    death = index - 1
    glued = tokens[death].removeprefix("و").startswith(("ل", "ب"))
    return 1 if _result_before(tokens, death, glued) or _act_after(tokens, index, rules) else None


def _act_after(tokens: list[str], index: int, rules: _NamedDeaths) -> bool:
    """Whether the act that killed is told within `reach` words after the name at `index`, in its
    sentence ("مقتل <name>، القيادي في الحركة، في غارة"): one of `acts`, after proclitics."""
    for token in tokens[index + 1:index + 1 + rules.reach]:
        if token in _CLAUSE_ENDS:
            return False
        if not rules.acts.isdisjoint(strip_clitics(token)):
            return True
    return False


def _may_name_death(token: str) -> bool:
    """Cheap necessary test before `_name_after_death`: a killing cue that is no plural or body word."""
    return _role(token) == "killed" and _implicit_value(token) is None


@dataclass(frozen=True, slots=True)
class _LivesLost:
    """`lives_lost` of numbers.yaml, normalized: losses in lives with no number, told as a result."""

    lives: frozenset[str]
    losses: frozenset[str]
    reach: int
    results: frozenset[str]
    result_reach: int


@cache
def _lives_lost() -> _LivesLost:
    """Load and validate `lives_lost` (kept out of `number_lexicon`, which this stage does not own)."""
    words, numbers = _word_section("lives_lost", ("lives", "losses", "results"), ("reach", "result_reach"))
    return _LivesLost(words["lives"], words["losses"], numbers["reach"], words["results"], numbers["result_reach"])


def _is_lives(token: str) -> bool:
    """"الأرواح" / "أرواح", with "و" or "ب" written onto it (`lives_lost.lives`)."""
    lives = _lives_lost().lives
    return token in lives or (token[:1] in "وب" and token[1:] in lives)


def _lives_lost_deaths(tokens: list[str], index: int, lex: NumberLexicon) -> int | None:
    """3 for lives lost with no number ("خسائر فادحة في الأرواح"): deaths nobody counted
    (EVENTS.md section 4), when losses stand at most `reach` words before the lives word in
    its clause and an act's past result word brings them in (`_losses_result`)."""
    if not _is_lives(tokens[index]):
        return None
    rules = _lives_lost()
    for back in range(index - 1, max(-1, index - 1 - rules.reach), -1):
        if tokens[back] in _BOUNDARY:
            return None
        if tokens[back] in rules.losses:
            return 3 if _losses_result(tokens, back, lex) else None
    return None


def _losses_result(tokens: list[str], losses: int, lex: NumberLexicon) -> bool:
    """Whether a past result word (`lives_lost.results`: "تكبدت"، "أسفر عن"، "وكبدتهم") stands at
    most `result_reach` words before the losses word at `losses`, in its clause, with no negator
    between ("دون وقوع خسائر") and no negated report over it ("لم يعلن الجيش عن تكبد قواته خسائر").

    Why: losses a sentence warns of, fears, calls possible or says nobody reported ("حذرت من
    خسائر في الأرواح"، "ولم ترد أنباء عن خسائر في الأرواح") are no deaths of the act told beside
    them; only losses told as what an act brought about are."""
    rules = _lives_lost()
    for back in range(losses - 1, max(-1, losses - 1 - rules.result_reach), -1):
        token = tokens[back]
        if token in _BOUNDARY or not lex.negators.isdisjoint(strip_clitics(token)):
            return False
        if _is_result_word(token, rules.results):
            return not _negated_report(tokens, back, lex)
    return False


def _is_result_word(token: str, results: frozenset[str]) -> bool:
    """One of `results`, also with "و"/"ف" before it or an object pronoun after it ("وكبدتهم",
    "كبدوهم": the plural's alif is dropped before the pronoun)."""
    word = strip_conjunction(token)
    stems = [word, *possessed_stems(word)]
    return any(stem in results or (stem.endswith("و") and stem + "ا" in results) for stem in stems)


def _threatened(tokens: list[str], index: int) -> bool:
    """Whether the killing word at `index` carries "ب" after a threat (`implicit_deaths.threats`)
    a few words before it in its clause: the killing was threatened, not done."""
    lex = number_lexicon()
    if not tokens[index].startswith("ب"):
        return False
    for back in range(index - 1, max(-1, index - 1 - lex.threat_reach), -1):
        if tokens[back] in _BOUNDARY:
            return False
        if strip_conjunction(tokens[back]) in lex.threats:
            return True
    return False


def _is_national(token: str) -> bool:
    """An indefinite singular nationality standing for a person ("فلسطيني", "وإسرائيلية")."""
    return token.removeprefix("و") in number_lexicon().implicit_nationals


def _opening_death(tokens: list[str], index: int, lex: NumberLexicon) -> int | None:
    """1 for a singular verb of dying that opens the sentence with a name for subject
    ("استشهد <name> لاعب ... في قصف"; `implicit_deaths.opening_verbs`): not before a
    count, a plural of people, a death word, punctuation or "ب" ("استشهد بقول": cited),
    nor before a casualty verb joined by و ("استشهد وأصيب عدد من النازحين"): the two
    verbs share the subject after them, whose count tells the toll."""
    if index != 0 or tokens[0] not in lex.opening_death_verbs or len(tokens) < 2:
        return None
    after = tokens[1]
    if after.startswith("و") and _role(after) is not None:
        return None
    if after in _BOUNDARY or after.startswith("ب") or _digits(after) is not None or _word(after) \
            or after.removeprefix("و") in lex.implicit_people or _implicit_value(after) is not None \
            or _may_be_core(after):
        return None
    return 1


def _victim_of_plural_verb(tokens: list[str], index: int, lex: NumberLexicon,
                           in_dates: Callable[[], set[int]]) -> int | None:
    """1 for the one person a plural killing verb takes as object after its agent subject
    ("مسلحون مجهولون قتلوا بالرصاص في المدينة أمس عاملة إغاثة"; `agent_plurals`):
    the verb is active, so it tells one victim, not a group killed (3).  Only places, dates and
    the weapon ("بالرصاص") may stand between the verb and that person."""
    if tokens[index] not in lex.subject_death_verbs or index < 1:
        return None
    if not any(token.removeprefix("و") in lex.agent_plurals for token in tokens[max(0, index - 2):index]):
        return None
    for ahead in range(index + 1, min(len(tokens), index + 1 + lex.object_reach)):
        token = tokens[ahead]
        if token in _BOUNDARY or _digits(token) is not None or _role(token):
            return None
        if _is_person(token) and tokens[ahead - 1] not in lex.place_prepositions:
            weapons = {i for i in range(index + 1, ahead) if not lex.agent_markers.isdisjoint(strip_clitics(tokens[i]))}
            return 1 if _only_place_or_date(tokens, index + 1, ahead, lex, in_dates() | weapons) else None
    return None


def _killed_participle(tokens: list[str], index: int, lex: NumberLexicon) -> int | None:
    """1 for "القيادي الحوثي المقتول بغارة": a killing participle right after a person
    (one adjective between at most) names that person as killed."""
    if tokens[index].removeprefix("و") not in lex.killed_participles:
        return None
    return 1 if any(_is_person(token) for token in tokens[max(0, index - 2):index]) else None


def _passive_death(tokens: list[str], index: int, lex: NumberLexicon) -> int | None:
    """1 for a singular death verb followed by where, how or when it happened
    ("أن القيادي أبو عمر قتل في غارة", "اغتيل برصاص مسلحين"): the passive tells one
    person killed, however long the name before it (`passive_next` in numbers.yaml);
    3 when a plural of people comes after that, as its subject.  "توفي" counts
    only before a wound word ("وتوفيت متأثرة بجراحها"; `wound_death_verbs`):
    alone it may be a natural death."""
    if index + 1 >= len(tokens):
        return None
    if tokens[index] in lex.wound_death_verbs and tokens[index + 1] in lex.wound_death_next:
        return 3 if _people_later(tokens, index, lex) else 1
    if tokens[index] not in lex.passive_verbs or tokens[index + 1] not in lex.passive_next:
        return None
    if index and tokens[index - 1] in lex.passive_not_after:
        return None
    return 3 if _people_later(tokens, index, lex) else 1


def _people_later(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """Whether a plural of people comes later in the clause of the passive verb at `index`:
    its subject put after where it happened ("قتل في بعض الهجمات أيضا شرطيون وجنود")."""
    for ahead in range(index + 1, min(len(tokens), index + 1 + _GAP_REACH)):
        if tokens[ahead] in _BOUNDARY:
            return False
        if tokens[ahead].removeprefix("و") in lex.implicit_people:
            return tokens[ahead - 1] not in lex.agent_markers  # "اغتيل برصاص مسلحين": the killers
    return False


def _passive_subject(tokens: list[str], count: Count, lex: NumberLexicon) -> bool:
    """Whether a count of people with no role stands at the end of a clause that opens
    with a passive killing verb and where, how or when it happened ("وقتل في الغارات
    الجوية والقصف المدفعي الاثنين على المنطقة الواقعة خارج العاصمة أكثر من 100 شخص"):
    the count is that verb's subject, the killed, however long the phrase between
    (Arabic puts the subject after the verb and its adjuncts).  Read alone, the verb
    would tell one person killed (`_passive_death`) and the count, too far from its cue,
    no role.  Only with no other count or casualty cue between the verb and the count,
    whose counted noun is a person or a plural of people ("شخصا", "مدنيين"); a total
    told since a day or over a span is still a total (the checks after `_assign_role`)."""
    if count.last >= len(tokens) or not _counts_people(tokens[count.last], lex):
        return False
    for back in range(count.first - 1, -1, -1):
        token = tokens[back]
        if token in _BOUNDARY or _digits(token) is not None or _word(token):
            return False
        if _role(token):
            return token in lex.passive_verbs and back + 1 < count.first \
                and tokens[back + 1] in lex.passive_next and (back == 0 or tokens[back - 1] in _BOUNDARY)
    return False


def _counts_people(token: str, lex: NumberLexicon) -> bool:
    """Whether the noun after a count names people: a person ("شخصا"), a plural of
    people ("مدنيين") or a nationality ("فلسطينيا")."""
    return _is_person(token) or _indefinite_people(token, lex) or _accusative_person(token) \
        or token.removeprefix("و") in lex.implicit_nationals


def _person_before_death(tokens: list[str], index: int, lex: NumberLexicon) -> int | None:
    """1 for one person right before a singular death verb with no number ("إن طفلا قتل"),
    or with one accusative adjective between ("إن جنديا تركيا قتل")."""
    if index + 1 >= len(tokens) or not _is_person(tokens[index]):
        return None
    after = index + 1
    if _accusative_person(tokens[index]) and _accusative_adjective(tokens[after], lex):
        after += 1
    return 1 if after < len(tokens) and tokens[after] in lex.person_death_verbs else None


def _accusative_adjective(token: str, lex: NumberLexicon) -> bool:
    """A word with the tanween alef that may describe a person before it ("تركيا", "فلسطينيا"):
    no mark, number, casualty cue or function word."""
    return len(token) > 2 and token.endswith("ا") and token not in _BOUNDARY and token not in lex.not_counted \
        and _digits(token) is None and not _word(token) and not _role(token)


def additive_words() -> frozenset[str]:
    """Words opening a sentence that adds deaths to an act already told ("كما", numbers.yaml)."""
    return number_lexicon().additive_tolls


def additive_after_words() -> frozenset[str]:
    """`additive_after` of numbers.yaml: "also" after a death count, which adds its deaths to a toll told."""
    return number_lexicon().additive_after


def connective_words() -> frozenset[str]:
    """Words after an additive word that make it "moreover" ("كما أن"), which adds no deaths."""
    return number_lexicon().additive_not_before


def additive_report_words() -> frozenset[str]:
    """`additive_reports` of numbers.yaml: verbs of report after "كما", which open one more voice's count."""
    return number_lexicon().additive_reports


def additive_other_words() -> frozenset[str]:
    """`additive_others` of numbers.yaml: words after a count that call its dead others ("تسعة آخرين")."""
    return number_lexicon().additive_others


def vague_total_floor() -> int:
    """Vague tolls adding up to this, in a sentence with no date, are a running total (numbers.yaml)."""
    return number_lexicon().vague_floor


@lru_cache(maxsize=65536)
def _may_imply_death(word: str) -> bool:
    """Whether a sentence with this word may hold a toll with no number.

    That needs a bare death word, a killing cue for the people or the one
    person named after it ("قتل جنود", "مقتل شرطي"), or "توفي" that may die
    of a wound ("وتوفي متأثرا بجراحه").
    """
    if _implicit_value(word) is not None or word in number_lexicon().wound_death_verbs \
            or _caused_noun_value(word) is not None:
        return True
    return _may_be_cue(word) and _role(word) == "killed"


def _may_be_cue(word: str) -> bool:
    """Cheap necessary test before `_role`: does a cue prefix start after at most four proclitic letters,
    or a cue word end the word?"""
    heads, endings = _cue_heads()
    return any(word[cut:cut + 2] in heads for cut in range(dates.MAX_PROCLITIC + 1)) \
        or dates.has_stem_ending(word, endings)


@cache
def _cue_heads() -> tuple[frozenset[str], dates.StemEndings]:
    """First two letters of the casualty cue prefixes, and the endings of the cue words.

    A prefix is matched at the start of a stem, which follows the proclitics
    (the lexicon loader rejects prefixes that start with the article).
    """
    return frozenset(_prefixes_by_head()), dates.stem_endings(number_lexicon().role_words)


@lru_cache(maxsize=65536)
def _is_person(word: str) -> bool:
    """A singular person noun (`implicit_deaths.person`), with clitics or a tanween alef."""
    person = number_lexicon().implicit_person
    if not dates.has_stem_ending(word, _person_endings()):
        return False
    return any(stem in person for stem in _noun_forms(word))


@cache
def _person_endings() -> dates.StemEndings:
    """Endings of words whose stems (or stems less a tanween alef) may be person nouns."""
    person = number_lexicon().implicit_person
    return dates.stem_endings([*person, *(word + "ا" for word in person)])


def _people_after_death(tokens: list[str], index: int, lex: NumberLexicon) -> int | None:
    """3 for an indefinite plural of people a few tokens after a death cue ("قتل وجرح فيها جنود"),
    unless a person killed follows them: then they are the killers ("قتل جنود شابا").  A dual
    part word right after them describes one of two ("مقتل فلسطينيين أحدهما صحفي", the
    oblique plural's form is also the dual's): the two are the dead (`_pair_described`)."""
    if not _indefinite_people(tokens[index], lex) or not _killing_before(tokens, index, lex):
        return None
    if index and tokens[index - 1] in lex.agent_markers:
        return None  # "مصرعه برصاص مسلحين": the gunmen are the killers
    if _doer_of_killing_noun(tokens, index, lex):
        return None
    if _pair_described(tokens, index, lex):
        return 2
    if _unknown_killers(tokens, index, lex):
        # the victim's own noun counts it ("مسلحون مجهولون الصحفي ..."); a bare name only here
        return 1 if _victim_after_killers(tokens, index + 2, lex) == "name" else None
    return None if _object_after(tokens, index, lex) else 3


def _doer_of_killing_noun(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """Whether the plural at `index`, right after a killing word, is that word's doer because
    a person with "ل" follows it: "قتل إرهابيين لرجل دين"، "قتل متشددين لشرطي" (the verbal
    noun's genitive is who killed, the "ل" object who died), not a plural of dead."""
    if not index or _role(tokens[index - 1]) != "killed" or index + 1 >= len(tokens):
        return False
    after = tokens[index + 1]
    if not after.startswith("ل") or after.startswith("ال") or _indefinite_people(after, lex) \
            or _is_national(after):
        return False
    stem = after[2:] if after.startswith("لل") else after[1:]
    return _is_person(after) or _indefinite_people(stem, lex)


def _others_after_death(tokens: list[str], index: int, lex: NumberLexicon) -> int | None:
    """3 for "others" (`implicit_deaths.others`) right after a killing word ("اعتقل الجيش عشرات
    المسلحين وقتل آخرين", "ومقتل آخرين"): more dead with no number (EVENTS.md section 4).
    Why: "آخرين" is no plural of people the `people` list could hold, since after a wounding
    word or a count it names the hurt or the rest ("وإصابة آخرين"); right after the killing
    word it can only be the killed."""
    if not index or tokens[index].removeprefix("و") not in lex.implicit_others:
        return None
    before = tokens[index - 1]
    if _role(before) != "killed" or _is_body(before, lex) or _definite_death_word(before):
        return None
    return None if _intended(tokens, index - 1, lex) else 3


def _intended(tokens: list[str], death: int, lex: NumberLexicon) -> bool:
    """Whether the killing word at `death` was only threatened, meant or tried: a threat with
    "ب" on it (`_threatened`: "وتوعدوا بقتل آخرين"), or one of `implicit_deaths.intents` or
    `attempts` at most `threat_reach` words before it in its clause ("يسعون إلى قتل آخرين",
    "حاولوا قتل آخرين", "في محاولة لقتل آخرين").  Why: "others" after such a word are people
    the killers meant to kill, not more dead (EVENTS.md section 4 counts deaths that happened)."""
    if _threatened(tokens, death):
        return True
    for back in range(death - 1, max(-1, death - 1 - lex.threat_reach), -1):
        if tokens[back] in _BOUNDARY:
            return False
        word = strip_conjunction(tokens[back])
        if word in lex.intents or word in lex.attempts or tokens[back] in lex.attempts:
            return True
    return False


def _pair_described(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """Whether a dual part word ("أحدهما"، "إحداهما") follows the people word at `index`,
    right after it or past a short aside set off by commas, most often the day ("قتلت
    القوات فلسطينيين، الجمعة، أحدهما صبي"): the aside tells when, not whom, so the pair
    is still the one described.  An aside with a count or a casualty cue tells more."""
    after = index + 1
    if after < len(tokens) and tokens[after] in _COMMAS:
        close = next((i for i in range(after + 1, min(after + 2 + _DATE_ASIDE, len(tokens)))
                      if tokens[i] in _BOUNDARY), None)
        aside = tokens[after + 1: close] if close is not None else []
        if close is not None and tokens[close] in _COMMAS and aside and not any(
                _role(token) or _digits(token) is not None or _word(token) for token in aside):
            after = close + 1
    return after < len(tokens) and tokens[after] in lex.part_after_cue and _dual_pronoun(tokens[after])


def _unknown_killers(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """Whether the plural at `index` opens a phrase of two attacker words ("مسلحون مجهولون",
    "مسلحين ملثمين"; `agent_plurals`): the subject of an active killing verb, never its dead."""
    return index + 1 < len(tokens) and tokens[index].removeprefix("و") in lex.agent_plurals \
        and tokens[index + 1] in lex.agent_plurals


def _victim_after_killers(tokens: list[str], start: int, lex: NumberLexicon) -> str | None:
    """How the killers' clause names whom they killed: "person" for a person noun, which
    is counted by itself ("مسلحون مجهولون الصحفي ..."), "name" for a bare name after the
    killers or past a place phrase ("قتل مسلحون مجهولون في بغداد <name>"): a word that is
    no preposition, cue or function word; None when the clause names nobody."""
    clause = list(takewhile(lambda token: token not in _BOUNDARY, tokens[start:start + lex.object_reach]))
    if any(_is_person(token) or _accusative_person(token) for token in clause):
        return "person"
    for ahead, token in enumerate(clause, start):
        if _role(token) or _digits(token) is not None or _word(token):
            return None
        if token in lex.place_prepositions or token in lex.not_counted:
            continue
        if ahead == start or (ahead - start >= 2 and _only_place_or_date(tokens, start, ahead, lex, set())):
            return "name"
    return None


def _indefinite_people(token: str, lex: NumberLexicon) -> bool:
    """An indefinite plural of people (`implicit_deaths.people`), maybe after "و" and maybe
    with the accusative tanween alef of a killing verb's object ("وقتلت جنودا منها")."""
    word = token.removeprefix("و")
    return word in lex.implicit_people or (word.endswith("ا") and word[:-1] in lex.implicit_people)


def _killing_before(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """Whether a killing cue (not a body word, nor a definite death noun whose predicate the
    people are: "إن القتلى مدنيون" tells who the dead already told were) stands a few
    tokens before `index` in its clause."""
    for back in range(index - 1, max(-1, index - 1 - _PEOPLE_REACH), -1):
        if tokens[back] in _BOUNDARY:
            return False
        if _role(tokens[back]) == "killed":
            # "جثث عناصر" counts through the body word itself (`_moved_bodies`).
            return not (_is_body(tokens[back], lex) or _definite_death_word(tokens[back]))
    return False


def _object_after(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """Whether one accusative person follows the plural at `index` within its clause
    (a partitive may stand between: "قتل عناصر من التنظيم مدنيا")."""
    for ahead in range(index + 1, min(len(tokens), index + 1 + _PEOPLE_REACH)):
        token = tokens[ahead]
        if token in _BOUNDARY or (token in lex.not_counted and token not in lex.partitive):
            return False
        if _accusative_person(token) or (token.startswith("ال") and _is_person(token)):
            return True
    return False


def _object_of_killers(tokens: list[str], index: int, lex: NumberLexicon) -> int | None:
    """1 for the accusative person after a killing verb's plural subject ("قتل جنود إسرائيليون فلسطينيا")."""
    if not _accusative_person(tokens[index]):
        return None
    for back in range(index - 1, max(-1, index - 1 - _PEOPLE_REACH), -1):
        if tokens[back] in _BOUNDARY:
            return None
        if tokens[back].removeprefix("و") in lex.implicit_people:
            return 1 if _killing_before(tokens, back, lex) else None
    return None


def _victim_after_subject(tokens: list[str], index: int, lex: NumberLexicon) -> int | None:
    """1 for the person an active killing verb names after its subject
    ("قتلت قوات من الجيش المعلم ...", "أعدم التنظيم أحد الرهائن"): the verb opens
    its clause, its subject starts with a `killer_subjects` word, and no cue,
    count or other person stands between.  A nationality in the accusative is such a
    person too ("قتلت القوات الإسرائيلية فلسطينيا": `_object_person`), but not after a place
    preposition ("قتل الجيش داخل سوريا": the place)."""
    if not (_is_person(tokens[index]) or (_object_person(tokens[index])
                                          and tokens[index - 1] not in lex.place_prepositions)):
        return None
    for back in range(index - 1, max(-1, index - 1 - lex.object_reach), -1):
        token = tokens[back]
        if token in _BOUNDARY or _is_person(token) or _digits(token) is not None or _word(token):
            return None
        if _may_be_cue(token) and _role(token):
            verb = not lex.object_verbs.isdisjoint(strip_clitics(token)) and _opens_clause(tokens, back, lex)
            subject = back + 1 < index and tokens[back + 1] in lex.killer_subjects
            return 1 if verb and subject else None
    return None


def _object_person(word: str) -> bool:
    """An accusative person or nationality that is no country name of the same shape
    ("فلسطينيا", "شابا"; not "سوريا", `not_objects`): the one object a killing verb took."""
    return _accusative_person(word) and word not in number_lexicon().not_objects


@lru_cache(maxsize=16384)
def _accusative_person(word: str) -> bool:
    """An indefinite person in the accusative: a person noun or a nationality with the tanween alef
    ("شابا", "فلسطينيا"), not a country name or adverb of that shape (`not_objects`)."""
    if not word.endswith("ا") or word.startswith("ال"):
        return False
    if word.endswith("يا") and len(word) >= 5:
        lex = number_lexicon()
        if word[:-1] in lex.implicit_nationals:
            return True
        # a place after the preposition ب/ل is no object ("جنودا بجباليا", "لسوريا"); a person noun is
        return word not in lex.not_objects and (word[0] not in "بل" or _is_person(word))
    return _is_person(word)


def _person_after_gap(tokens: list[str], index: int, lex: NumberLexicon,
                      in_dates: Callable[[], set[int]]) -> int | None:
    """1 for a person after a killing word and a place or a date between them
    ("اغتيل في بيروت قبل يومين الوزير", "قتل بالقرب من الحدود أمس جندي")."""
    if index < 2 or not _is_person(tokens[index]) or _accusative_person(tokens[index]) \
            or tokens[index - 1] in lex.place_prepositions \
            or _definite_nisba_after_definite(tokens, index):
        return None  # "قتل في إحدى المعارك": the place itself; "التفجير الإرهابي": an adjective
    for back in range(index - 1, max(-1, index - 1 - _GAP_REACH), -1):
        token = tokens[back]
        if token in _BOUNDARY:
            return None
        if _role(token) == "killed":
            if back == index - 1 or _is_body(token, lex):
                return None
            return 1 if _only_place_or_date(tokens, back + 1, index, lex, in_dates()) else None
    return None


def _definite_nisba_after_definite(tokens: list[str], index: int) -> bool:
    """A definite nisba word ("الإرهابي"، "الانتحاري") right after a definite noun is that
    noun's adjective ("استشهدوا في التفجير الإرهابي"), not a person named after the gap."""
    word, before = tokens[index], tokens[index - 1]
    return word.startswith("ال") and word.endswith(("ي", "يه")) and strip_conjunction(before).startswith("ال")


def _only_place_or_date(tokens: list[str], first: int, last: int, lex: NumberLexicon, in_dates: set[int]) -> bool:
    """Whether tokens [first, last) are dates and place phrases (a preposition and a few name
    words), or a pronoun back to the act ("هجوم قتل فيه ضابط", `resumptive_gaps`)."""
    name_words = lex.place_name_reach + 1  # nothing may stand before the first preposition
    for index in range(first, last):
        token = tokens[index]
        if index in in_dates or token in lex.place_prepositions or token in _resumptive_gaps():
            name_words = 0
            continue
        name_words += 1
        if name_words > lex.place_name_reach or token in lex.not_counted or _role(token) \
                or _is_person(token) or token.removeprefix("و") in lex.implicit_people:
            return False
    return True


def _is_body(token: str, lex: NumberLexicon) -> bool:
    """A word for a dead body or remains (جثث، جثمان)."""
    return any(stem in lex.body_words for stem in strip_clitics(token))


def _moved_bodies(tokens: list[str], index: int, lex: NumberLexicon) -> bool:
    """A body word shortly after a word for moving or handing over remains ("إخلاء ... جثث")."""
    if not _is_body(tokens[index], lex):
        return False
    window = tokens[max(0, index - _BODY_REACH):index]
    return any(stem in lex.body_movers for token in window for stem in strip_clitics(token))


@lru_cache(maxsize=2048)
def _sentence_counts(sentence: str) -> tuple[Count, ...]:
    """All counts of one normalized sentence (cached: titles and quotes repeat)."""
    lex = number_lexicon()
    if not _DIGIT_RE.search(sentence):
        words = _token_re().findall(sentence)
        if not any(map(_may_be_core, words)):
            # Most sentences hold no number at all: only a bare death word can still count.
            if not any(map(_may_imply_death, words)):
                return ()
            spans = _tokens(sentence)
            return _located(_implicit_deaths(spans.texts, [], lex, lambda: _date_tokens(spans, sentence)), spans)
    spans = _tokens(sentence)
    tokens = spans.texts
    in_dates = _date_tokens(spans, sentence)
    news_days = _news_day_starts(spans, sentence)
    counts: list[Count] = []
    resume = 0
    for index in compress(range(len(tokens)), map(_may_start, tokens)):
        if index < resume or index in in_dates:
            continue
        count = _count_at(spans, index, lex)
        if isinstance(count, _SkippedNumber):
            resume = count.last
        elif count is not None and in_dates.isdisjoint(range(count.first, count.last)):
            counts.append(count)
            resume = count.last
    taken = {i for c in counts for i in range(c.first, c.last)}
    previous: Count | None = None
    for count in counts:
        _extend_text(count, tokens, lex)
        _assign_role(tokens, count, taken - set(range(count.first, count.last)), previous, lex, in_dates)
        if count.role is None and _passive_subject(tokens, count, lex):
            count.role = "killed"
        if count.role == "killed" and (
            count.value > lex.largest_act or _running_total(tokens, count, lex, news_days)
            or _since_follows(spans, count, sentence) or _lasting_total(tokens, count, in_dates)
        ):
            count.role = "total"
        if count.role == "killed" and _mixed_follows(tokens, count, lex):
            count.role = "wounded"
        if count.role in {"killed", "wounded"} and _negated_single(tokens, count, lex):
            count.role = None
        previous = count
    _share_back(tokens, counts, lex)
    _share_to_head(tokens, counts, lex)
    _share_total(tokens, counts)
    _count_joined_person(tokens, counts)
    _mark_updates(tokens, counts)
    _mark_superseded(tokens, counts, lex)
    counts.extend(_companion_death(tokens, counts, taken, lex))
    counts.extend(_person_before_count(tokens, counts, lex))
    counts.extend(_implicit_deaths(tokens, counts, lex, lambda: in_dates))
    return _located(sorted(counts, key=lambda c: c.first), spans)


def _lower_bound(qualifier: str | None) -> bool:
    """The count's qualifier bounds it from below only ("أكثر من 20", "20 على الأقل";
    `lower_bounds`): an exact larger count of the same dead agrees with it."""
    return qualifier is not None and tuple(qualifier.split()) in number_lexicon().lower_bounds.items


def _risen_tally_role(tokens: list[str], count: Count) -> str | None:
    """The role of a tally a bare count after "إلى" (`lasting_totals.rises`) is the new total of: a
    `toll_updates` tally word followed by a casualty noun, with a rise verb
    beside it, within `reach` words before "إلى" in the clause ("بارتفاع عدد
    شهداء القصف على المدينة إلى 24"، "ارتفعت حصيلة قتلى الهجوم الذي استهدف
    السوق إلى 9").  The nearest-cue window misses the noun once the tally's
    cause stands between it and the count.  A tally summed over a period
    (`periods`, "لترتفع حصيلة القتلى منذ 18 شباط إلى 1031") or told as a sum
    (`running_totals.before`, "ليرتفع") is a running total, no act's toll; one
    summed since a time of the day (`day_parts`, "بارتفاع عدد شهداء القصف منذ
    فجر اليوم إلى 100") is that day's toll.  A verb of passing a mark (`exceeds`) in place of
    "إلى" ends the rise the same way ("ارتفاع أعداد القتلى جراء الهجوم على المدينة لتتجاوز الـ150")."""
    rules, lex = _toll_updates(), number_lexicon()
    if not count.first or (tokens[count.first - 1] not in _lasting().rises
                           and rules.exceeds.isdisjoint(strip_clitics(tokens[count.first - 1]))):
        return None
    for back in range(count.first - 2, max(-1, count.first - 2 - rules.reach), -1):
        if tokens[back] in _BOUNDARY or (tokens[back] in rules.periods and tokens[back + 1] not in rules.day_parts):
            return None
        if rules.tallies.isdisjoint(strip_clitics(tokens[back])) or back + 1 >= count.first - 1:
            continue
        role = _role(tokens[back + 1])
        verbs = [t for t in range(max(0, back - 2), back) if not rules.verbs.isdisjoint(strip_clitics(tokens[t]))]
        if role and verbs and not any(_phrase_at(tokens, t, lex.totals_before) for t in verbs):
            return role
    return None


def _mark_updates(tokens: list[str], counts: list[Count]) -> None:
    """Mark death counts that update a toll ("ارتفع عدد القتلى إلى 30", "عدد القتلى وصل إلى 12";
    `toll_updates` in numbers.yaml); a death count before one in the sentence is part of it, so not added."""
    rules = _toll_updates()
    for index, count in enumerate(counts):
        if count.role != "killed" or count.subset:
            continue
        for back in range(count.first - 1, max(-1, count.first - 1 - rules.reach), -1):
            if tokens[back] in _BOUNDARY:
                break
            if not rules.verbs.isdisjoint(strip_clitics(tokens[back])) \
                    and any(not rules.tallies.isdisjoint(strip_clitics(t)) for t in tokens[max(0, back - 2):back + 3]):
                told = [c for c in counts[:index] if c.role == "killed" and c.last <= back]
                if told and (_wide_area_between(tokens, back, count.first, rules)
                             or _contrast_before(tokens, back) and "في" in tokens[back:count.first]):
                    count.role = "total"
                    break
                count.update = True
                for earlier in told:
                    earlier.subset = True
                break


def _contrast_before(tokens: list[str], verb: int) -> bool:
    """A "while" (`contrast_openers`) opens the tally's clause, up to two words before
    its verb: with a scope of its own ("في") between the tally and its number ("قتل 5 في
    غارات على إدلب، فيما بلغت حصيلة القتلى في حلب 24") it sets a wider or other count
    beside the act's own toll, which it does not update ("فيما ارتفعت حصيلة القتلى لاحقا
    إلى ثمانية" still does)."""
    return any(_phrase_at(tokens, at, _contrast_openers()) for at in range(max(0, verb - 2), verb))


def _wide_area_between(tokens: list[str], start: int, end: int, rules: _TollUpdates) -> bool:
    """A whole area (`toll_updates.wide_areas`: "في القطاع"، "شهداء الضفة") among tokens
    [start, end), the tally's own words: the tally sums the area's acts, not one scene's.
    Only an area word standing alone counts (`_stands_alone`): "قتلى تفجير مبنى المحافظة"
    is one scene's toll."""
    return any(
        not rules.wide_areas.isdisjoint(strip_clitics(tokens[at])) and _stands_alone(tokens, at, rules)
        for at in range(start, end)
    )


def _stands_alone(tokens: list[str], at: int, rules: _TollUpdates) -> bool:
    """The area word at `at` is no second noun of a genitive naming a building or a body
    ("مبنى المحافظة"، "مقر الولاية"): a preposition is glued to it ("بالقطاع"), or the word
    before it is a `wide_area_heads` word ("في"، "أنحاء") or a tally or casualty noun."""
    if tokens[at] not in rules.wide_areas:
        return True
    before = strip_clitics(tokens[at - 1]) if at else ()
    return not (rules.wide_area_heads.isdisjoint(before) and rules.tallies.isdisjoint(before)) or (
        at > 0 and _role(tokens[at - 1]) is not None)


def _mark_superseded(tokens: list[str], counts: list[Count], lex: NumberLexicon) -> None:
    """Mark death counts told after a `superseded_tolls` phrase in their sentence ("وكانت
    الحصيلة السابقة أشارت إلى مقتل شخصين"): an earlier toll, which the new one replaces."""
    cues = [at for at in range(len(tokens)) if _phrase_at(tokens, at, lex.superseded_tolls)]
    for count in counts:
        if count.role == "killed" and any(at < count.first for at in cues):
            count.superseded = True


def _after_waw(tokens: list[str], count: Count) -> bool:
    """Whether "و" opens the count: glued to it ("و10"، "وخمسة"), standing before it, or on its qualifier ("ونحو 30")."""
    first = tokens[count.first]
    word = _word(first)
    lex = number_lexicon()
    glued = first[1:2].isdigit() or bool(word and word[1]) or first[1:] in lex.vague_phrases.by_first \
        or first[1:] in lex.dual_nouns
    return (first.startswith("و") and glued) \
        or (count.first > 0 and tokens[count.first - 1] == "و") or _joined_qualifier(tokens, count.first)


def _joined_qualifier(tokens: list[str], index: int) -> bool:
    """Whether a qualifier carrying "و" ends right before token `index` ("ونحو 30", "وأكثر من 20")."""
    qualifiers = number_lexicon().qualifiers
    for start in range(index - 1, max(-1, index - 4), -1):
        token = tokens[start]
        if token.startswith("و") and _phrase_from(token[1:], tokens, start + 1, qualifiers) == index - start:
            return True
    return False


def _count_joined_person(tokens: list[str], counts: list[Count]) -> None:
    """One person joined by "و" to the dead counted ("قتل ثلاثة جنود وضابط"، "مقتل أربعة من
    عناصر الأمن ومدني") died with them: the count takes that person too.  Not a vague
    count, whose "and one more" tells no number."""
    victims = _victims()
    for count in counts:
        if count.role != "killed" or count.vague or count.implicit:
            continue
        # (right after the count's words too: a dual noun has no noun after it to take the
        # person for its adjective, "قتل رجلين وامرأة")
        if any(at < len(tokens) and tokens[at].startswith("و") and _joined_person(tokens[at][1:], victims)
               and not (at + 1 < len(tokens) and _role(tokens[at + 1]))
               for at in {count.last, _group_end(tokens, count)}):
            count.value, count.low, count.high = count.value + 1, count.low + 1, count.high + 1


def _person_before_count(tokens: list[str], counts: list[Count], lex: NumberLexicon) -> list[Count]:
    """1 for one person told dead right before a death count joined to them by "و" ("مقتل
    إيراني و4 سوريين": counts 1 + 4, "قتل خلاله جندي تركي وأحد متشددي التنظيم": 1 + 1, "سقوط
    ضابط وأربعة قتلى": 1 + 4): the mirror of `_count_joined_person` ("قتل ثلاثة جنود وضابط").
    These are the death counts this stage reads; the event's toll is the events stage's
    choice among them (a bare "عن سقوط ضابط وأربعة قتلى" there still keeps 4, and a
    "قتل خلاله" clause with no act word of its own makes no event).

    Why: a death word with no number yields to a count in its stretch
    (`_implicit_deaths`), which is right when the count retells the same dead but
    loses the first member of a list of the dead, a person named alone before the
    groups counted after it.  The person (a person noun or an indefinite nationality,
    `implicit_deaths`) stands within `victims.adjective_gap` describing words of the
    count's "و", and the killing is told right before the person (up to one word
    between: "قتل خلاله") or by a death word right after the count ("وأربعة قتلى").
    Not before "others" or "with" (`_companion_death` counts the one named with
    companions) nor before a vague count, whose size tells no list."""
    victims, found = _victims(), []
    for count in counts:
        if count.role != "killed" or count.vague or count.implicit or count.subset \
                or not (_waw_glued(tokens[count.first], lex) or _one_of_joined(tokens, count)):
            continue
        # the first word of the person's name ("جندي تركي": a person noun, then its nisba)
        person = None
        for at in range(count.first - 1, max(-1, count.first - 2 - victims.adjective_gap), -1):
            if not _group_word(tokens, at):
                break
            if _is_person(tokens[at]) or _is_national(tokens[at]):
                person = at
        if person is None:
            continue
        told_before = any(_role(tokens[at]) == "killed" and not _is_body(tokens[at], lex)
                          and all(_group_word(tokens, between) for between in range(at + 1, person))
                          for at in range(max(0, person - 2), person))
        told_after = count.last < len(tokens) and _implicit_value(tokens[count.last]) in (2, 3)
        if not (told_before or told_after) or any(c.first <= person < max(c.last, c.text_last) for c in counts):
            continue  # counted already: a companion's death ends where the count starts
        found.append(Count(person, person + 1, 1, 1, 1, vague=True, implicit=True, role="killed",
                           text_last=person + 1))
    return found


def _share_total(tokens: list[str], counts: list[Count]) -> None:
    """A death count joined by "و" to a later running total is part of that total: the span
    phrase closing the list sums every count of it ("قتل 39 فلسطينيا، و5 إسرائيليين منذ إعلان
    القرار"), though it stands past the first count's comma."""
    for earlier, later in reversed(list(pairwise(counts))):
        if earlier.role == "killed" and later.role == "total" and _coordinated(tokens, earlier, later, list_comma=True):
            earlier.role = "total"


def _share_back(tokens: list[str], counts: list[Count], lex: NumberLexicon) -> None:
    """A count with no role joined by "و" to a death count after it shares that role: both
    are the subject or the object of one killing ("أربعة من قادة الحزب ونحو 30 مقاتلا قتلوا")."""
    for earlier, later in pairwise(counts):
        if earlier.role is None and later.role == "killed" and not later.subset and earlier.value <= lex.largest_act \
                and not _counts_things(tokens, earlier.last, lex) and _coordinated(tokens, earlier, later):
            earlier.role = "killed"


def _share_to_head(tokens: list[str], counts: list[Count], lex: NumberLexicon) -> None:
    """A count with no role whose own breakdown follows it (`subset_markers`) shares the
    death role the breakdown takes from the verb after it: "13 مدنيا بينهم 4 أطفال
    وامرأتان لقوا مصرعهم" kills the 13, of whom the 4 and the 2 (joined by "و") are part."""
    for index, head in enumerate(counts[:-1]):
        part = counts[index + 1]
        marker = _phrase_at(tokens, head.text_last, lex.subset_markers)
        if head.role is not None or part.role != "killed" or not marker or head.text_last + marker != part.first \
                or head.value > lex.largest_act or head.value <= part.value:
            continue
        head.role = "killed"
        for later in counts[index + 1:]:
            if later is not part and not (later.role == "killed" and _coordinated(tokens, part, later)):
                break
            later.subset, part = True, later


def _companion_death(tokens: list[str], counts: list[Count], taken: set[int], lex: NumberLexicon) -> list[Count]:
    """1 for the person killed along with the sentence's first death count
    ("قتل القائد مع 3 من مرافقيه" = 4, "قتل قائد الكتيبة و5 آخرون" = 6;
    `companions` in numbers.yaml), 2 for a pair told by a dual death word ("لقي
    القياديان، فلان وفلان، مصرعهما مع عدد من العناصر" = 5): that count tells only
    the others, and the no-number death of the person named before it yields to it,
    so it is lost."""
    count = next((c for c in counts if c.role in ("killed", "total")), None)
    if count is None or count.role != "killed" or count.subset:
        return []
    joined = _companion_marker(tokens, count, lex)
    if joined is None:
        return []
    marker, person_between = joined
    for index in range(marker - 1, max(-1, marker - 1 - lex.companion_reach), -1):
        token = tokens[index]
        if token in _BOUNDARY or index in taken or token in lex.companion_not_between:
            return _person_before_companions(tokens, count, marker, index + 1, lex) if person_between else []
        role = _role(token)
        if role is None:
            continue
        pair = _dual_pronoun(token) and not _is_body(token, lex)
        single = not (_is_body(token, lex) or _implicit_value(token) in (2, 3)
                      or token.endswith(lex.companion_plural_endings))
        if role != "killed" or not (single or pair) or (person_between and index == marker - 1):
            return []
        value = 2 if pair else 1
        return [Count(index, index + 1, value, value, value, vague=True, implicit=True, role="killed",
                      text_last=marker)]
    if person_between:
        return _person_before_companions(tokens, count, marker, max(0, marker - lex.companion_reach), lex)
    return []


def _person_before_companions(tokens: list[str], count: Count, marker: int, start: int,
                              lex: NumberLexicon) -> list[Count]:
    """1 for the person a death count of "his companions" or "others" is joined to by "و" when
    the death is told after them both ("لقي قيادي بارز و12 من مرافقيه مصرعهم" = 13, "إن القائد
    و12 من رفاقه قتلوا" = 13): the plural death word has the person and the count for subject.
    The person is a person noun between `start` (the clause's start, at most `companions.reach`
    words back) and the "و", with no casualty word before the "و" (a wounded leader is told by
    his own word: "أصيب القائد و12 من مرافقيه قتلوا" is not this), and the first casualty word
    after the count in its clause is a plural killing word (`companions.subject_endings`) that has
    them for subject: not after a survival ("نجا المحافظ و3 من مرافقيه من محاولة اغتيال"), an
    attempt, a complementizer opening a clause of its own ("وأكد القائد و12 من رفاقه أن المسلحين
    قتلوا مدنيين") or with the person the speaker of a verb of report.  Why: `_companion_death`
    reads only a killing word before the person, so a toll whose verb closes the subject counted
    the companions alone."""
    # a reported clause's subject starts after its complementizer ("وقال مسؤول إن القائد و5 من
    # مرافقيه استشهدوا": the person is the leader, not the official)
    start = max([start] + [at + 1 for at in range(start, marker) if _clause_opener(tokens[at], lex)])
    person = next((at for at in range(start, marker) if _is_person(tokens[at])), None)
    if person is None or any(_role(tokens[at]) for at in range(start, marker)):
        return []
    if any(_not_their_death(token, lex) for token in tokens[person:marker]) or _speaker(tokens, start, person, lex) \
            or any(_survival(token, lex) for token in tokens[start:person]):
        return []
    for ahead in range(count.last, min(len(tokens), count.last + lex.companion_reach)):
        token = tokens[ahead]
        if token in _BOUNDARY or _not_their_death(token, lex):
            return []
        role = _role(token)
        if role is None:
            continue
        # the first casualty word after them is their own, and a plural one ("قتلوا"، "مصرعهم"):
        # a singular noun ("من محاولة اغتيال") has no subject in them
        if role != "killed" or not token.endswith(lex.companion_subject_endings):
            return []
        return [Count(person, person + 1, 1, 1, 1, vague=True, implicit=True, role="killed",
                      text_last=marker)]
    return []


def _not_their_death(token: str, lex: NumberLexicon) -> bool:
    """A word after the person that keeps the death word after it from being his and his
    companions': a survival (`companions.survivals`: "نجا المحافظ و3 من مرافقيه"), an attempt
    ("من محاولة اغتيال"), a verb of report ("و12 من رفاقه قالوا ...") or a complementizer
    (`companions.clause_openers`: "أكد القائد و12 من رفاقه أن المسلحين قتلوا مدنيين"), which
    opens a clause with a subject of its own."""
    word = strip_conjunction(token)
    return _survival(token, lex) or token in lex.attempts or word in lex.attempts or word in lex.additive_reports \
        or _clause_opener(token, lex)


def _survival(token: str, lex: NumberLexicon) -> bool:
    """A word of survival (`companions.survivals`: "نجا"، "ونجاة"، "بأعجوبة"), with or without "و"
    (whole words only: "السلم" of "قوات حفظ السلم" is no "سلم")."""
    return _in_either_form(token, lex.companion_survivals)


def _clause_opener(token: str, lex: NumberLexicon) -> bool:
    """A complementizer (`companions.clause_openers`: "أن"، "إن"، "بأن"), with or without "و"."""
    return _in_either_form(token, lex.companion_clause_openers)


def _in_either_form(token: str, words: frozenset[str]) -> bool:
    """Whether a whole token is one of `words`, as it stands or without its leading "و"/"ف"."""
    return token in words or strip_conjunction(token) in words


def _speaker(tokens: list[str], start: int, person: int, lex: NumberLexicon) -> bool:
    """Whether a verb of report (`additive_reports`) stands between `start` (past any
    complementizer) and the person: "وأكد القائد و12 من رفاقه" has him speak, not die."""
    return any(strip_conjunction(token) in lex.additive_reports for token in tokens[start:person])


def _dual_pronoun(token: str) -> bool:
    """A death word with the dual pronoun ("مصرعهما"، "مقتلهما"، "استشهادهما"): the two it tells
    of are named before it, so with companions after it the pair counts 2, not a group's 3."""
    return token.endswith("هما")


def _companion_marker(tokens: list[str], count: Count, lex: NumberLexicon) -> tuple[int, bool] | None:
    """Where the words joining a count to a person start ("مع"، "إلى جانب"، "و ... آخرون"،
    or "و" right after a person noun: "مقتل ضابط وثلاثة جنود"), and whether the person
    must stand between them and the killing word (the "و" forms)."""
    first = count.first
    # One and two follow their noun ("مع مسلحين اثنين"): the marker stands before the noun.
    after_noun = first > 0 and count.value <= 2 and _word(tokens[first]) is not None and not _role(tokens[first - 1])
    for end in (first, first - 1) if after_noun else (first,):
        for phrase in lex.companion_markers.items:  # longest first
            start = end - len(phrase)
            if start >= 0 and phrase[0] in strip_clitics(tokens[start]) and tuple(tokens[start + 1:end]) == phrase[1:]:
                return start, False
    glued = _waw_glued(tokens[first], lex)
    if not (glued or (first and tokens[first - 1] == "و")):
        return None
    person_at = first - 1 if glued else first - 2
    if person_at >= 0 and _is_person(tokens[person_at]):
        return (first if glued else first - 1), True  # "مقتل ضابط وثلاثة جنود": one person and a count
    for token in tokens[count.last:count.last + 3]:
        if token in _BOUNDARY:
            return None
        if token in lex.companion_others:
            return (first if glued else first - 1), True
    return None


def _one_of_joined(tokens: list[str], count: Count) -> bool:
    """Whether the count is "وأحد" + the group it is one of ("وأحد متشددي التنظيم"):
    normalized, it is spelled as the numeral "واحد", which stands after its noun instead
    ("جندي واحد على الأقل"), so only a noun of the counted after it tells them apart."""
    return tokens[count.first] == _ONE_OR_AND_ONE and count.last == count.first + 1 and _group_word(tokens, count.last)


# "واحد" (one) and "وأحد" (and one of) after normalization.
_ONE_OR_AND_ONE = "واحد"


def _waw_glued(token: str, lex: NumberLexicon) -> bool:
    """Whether a count's first token carries the conjunction "و" ("و4"، "وثلاثة"; a vague count
    joins too: "قتل القائد <name> وعدد من مرافقيه"; so does a dual noun, which is its own
    count: "قتل القائد <name> وجنديان آخران" = 3), not a number word spelled with و ("واحد")."""
    word = _word(token)
    return token.startswith("و") and (token[1:2].isdigit() or bool(word and word[1])
                                      or token[1:] in lex.vague_phrases.by_first or token[1:] in lex.dual_nouns)


def _assign_role(tokens: list[str], count: Count, others: set[int], previous: Count | None,
                 lex: NumberLexicon, in_dates: set[int]) -> None:
    """Set the count's casualty role (and subset mark) from the cues of its clause.

    The nearest cue decides; failing that, a subset or "مقابل" takes the role
    of the count before, a killing verb the count is subject or far object of
    makes it killed, a bracket looks past its edges, and a count joined by "و"
    shares the role of the count it is joined to.  A subset is part of a
    count of the same role only: the killed part of people hit is the toll.
    """
    things = _counts_things(tokens, count.last, lex) or _vague_after_things(tokens, count, lex)
    count.role = None if things else _nearest_role(tokens, count, others, in_dates)
    count.subset = _phrase_before(tokens, count.first, lex.subset_markers)
    # a bare count right after a carrier takes the role before it even where the next
    # clause's cue is nearer ("استشهاد 10 إضافة إلى 3 من العاملين وإصابة 9"); one with
    # its own cue word keeps it ("مقتل 10 مقابل 20 جريحا")
    carried = previous is not None and _phrase_before(tokens, count.first, lex.role_carriers) \
        and not (count.last < len(tokens) and _role(tokens[count.last]))
    if previous and (carried or (count.role is None and count.subset)):
        count.role = previous.role
    if count.role is None and not things:
        count.role = _added_others_role(tokens, count, lex)
    if count.role == "killed" and (_mourning_crowd(tokens, count)
                                   or count.first and _moved_bodies(tokens, count.first - 1, lex)):
        count.role = None  # "تحتجز جثامين 3 شهداء": remains held or handed over, no new dead
    if count.role is None and not things:
        count.role = _risen_tally_role(tokens, count)
    if count.role is None and not things and (
        _fate_follows(tokens, count, others, lex) or _death_verb_follows(tokens, count, others, lex)
        or _object_of_verb(tokens, count, others, lex) or _after_killing_phrase(tokens, count, lex)
        or _after_fallen_phrase(tokens, count, lex)
    ):
        count.role = "killed"
    if count.role in _CAPTIVE_ROLES and _captives_killed(tokens, count, others, lex):
        count.role = "killed"
    if count.role != "killed" and count.first and tokens[count.first - 1] == "(":
        bracket = _bracket_role(tokens, count, others)
        count.role = bracket if bracket == "killed" or count.role is None else count.role
    if count.role is None and previous is not None and _joined(tokens, previous, count):
        count.role = previous.role
        count.subset = count.subset or previous.subset or _breakdown_between(tokens, previous, count)
        count.listed = _list_comma(tokens, count) >= 0
    if count.subset and (previous is None or previous.role != count.role):
        count.subset = False  # "20 راكبا قتل منهم ثلاثة": a part of people hit, not of a toll told
    if count.role == "killed" and (previous is None or previous.role != "killed") and _definite_remainder(tokens, count):
        count.subset = True


def _definite_remainder(tokens: list[str], count: Count) -> bool:
    """A definite count called "the other ones" ("وأن القتلى السبعة الآخرين هم من
    المدنيين"، "الـ7 الآخرون"): the rest of a toll told already, whose named part
    the sentence gave in words the stage may not count ("شرطيين قتلا").  With no
    killed count before it in its sentence to add to (`additive_others`), it is
    a part of the earlier toll, not a toll of its own."""
    if not tokens[count.first].startswith("ال"):
        return False
    others = number_lexicon().additive_others
    after = tokens[count.last: count.last + 2]
    return any(word.startswith("ال") and word[2:] in others for word in after[:1]) or (
        len(after) == 2 and after[0].startswith("ال") and after[1].startswith("ال") and after[1][2:] in others)


def _after_killing_phrase(tokens: list[str], count: Count, lex: NumberLexicon) -> bool:
    """Whether a phrase of eliminating people stands right before the count, or before the
    bracket it opens ("القضاء على 30 مسلحا"، "القضاء على (26) فردا"; `killing_phrases`):
    the people eliminated were killed, though no casualty cue stands near.  Only an exact
    count, as for `_object_of_verb`: "القضاء على أعداد كبيرة" is a boast, not a toll."""
    at = count.first - 1 if count.first and tokens[count.first - 1] == "(" else count.first
    return not count.vague and _phrase_before(tokens, at, lex.killing_phrases)


def _after_fallen_phrase(tokens: list[str], count: Count, lex: NumberLexicon) -> bool:
    """Whether a verb or noun of falling stands right before an exact count of people
    with no cue of its own ("سقط خلالها 12 عنصرا"، "أدى إلى سقوط 11 عسكريا";
    `fallen_phrases`): people who fell in a fight fell dead.  The caller has ruled out
    things ("سقوط 16 صاروخا") and any casualty cue near the count ("سقوط 30 جريحا").
    Not after a relative pronoun, و or ف on it or not ("الحرب التي سقط خلالها 108"، "والتي
    سقط خلالها 90"): a fall told to describe a noun already named sums up that war or
    battle, often over months, not one act's toll.  Only people who fall in fighting
    (`fallen_people`: not "سقوط 3 وزراء من الحكومة") and not into hands, a siege or to the
    ground (`fallen_elsewhere`: "سقوط 7 عناصر ... في قبضة الأجهزة الأمنية"، "وسقط 4 نواب أرضا")."""
    if count.vague or not _phrase_before(tokens, count.first, lex.fallen_phrases):
        return False
    if not _fallen_people(tokens, count, lex) or _fallen_elsewhere(tokens, count, lex):
        return False
    verbs = {phrase[0] for phrase in lex.fallen_phrases.items}
    verb = next((at for at in range(count.first - 1, max(-1, count.first - 3), -1)
                 if not verbs.isdisjoint(strip_clitics(tokens[at]))), None)
    return verb is None or verb == 0 or strip_conjunction(tokens[verb - 1]) not in load_modality().relative_pronouns


def _fallen_people(tokens: list[str], count: Count, lex: NumberLexicon) -> bool:
    """The noun right after the count, or after "من" there, names people who fall in
    fighting (`fallen_people`: "12 عنصرا"، "9 مدنيين"، "150 من مقاتلي الفصائل")."""
    at = count.last + 1 if count.last < len(tokens) and tokens[count.last] == "من" else count.last
    return at < len(tokens) and any(form in lex.fallen_people for form in _noun_forms(tokens[at]))


# Punctuation that ends the clause a fall is told in (`_fallen_elsewhere` looks no further).
_FALLEN_STOPS = frozenset({"،", ",", ".", "؛", ";", ":"})


def _fallen_elsewhere(tokens: list[str], count: Count, lex: NumberLexicon) -> bool:
    """A phrase of falling into hands, a siege or to the ground (`fallen_elsewhere`) within
    `fallen_reach` words after the count, before its clause ends."""
    for at in range(count.last, min(len(tokens), count.last + lex.fallen_reach)):
        if tokens[at] in _FALLEN_STOPS:
            return False
        if _phrase_at(tokens, at, lex.fallen_elsewhere):
            return True
    return False


def _captives_killed(tokens: list[str], count: Count, taken: set[int], lex: NumberLexicon) -> bool:
    """Whether a count of captives is the subject of a plural death verb ("6 أسرى
    إسرائيليين قتلوا"، "5 معتقلين استشهدوا تحت التعذيب"): the captive noun right after
    the number only says who they were, the verb that they died.  Not when the verb
    has people for object ("26 أسرى قتلوا جنودا": prisoners who had killed)."""
    noun = tokens[count.last] if count.last < len(tokens) else ""
    if _role(noun) not in _CAPTIVE_ROLES or not _death_verb_follows(tokens, count, taken, lex):
        return False
    verb = next(i for i in range(count.last, len(tokens)) if not lex.subject_death_verbs.isdisjoint(
        strip_clitics(tokens[i])) or not lex.fate_verbs.isdisjoint(strip_clitics(tokens[i])))
    after = tokens[verb + 1] if verb + 1 < len(tokens) else ""
    return not (_indefinite_people(after, lex) or _accusative_person(after) or _is_national(after))


def _added_others_role(tokens: list[str], count: Count, lex: NumberLexicon) -> str | None:
    """The role of the nearest casualty cue before a bare count added as "the others"
    ("قتل قائد الكتيبة في القصف على مقره، علاوة على 12 عنصرا آخرين" = 13; `companions.additions`).

    The addition word and "آخرين" after the count say it tells more people of the fate
    told before, so the cue may stand past commas (the person's own toll stays in its
    stretch); a clause end stops the search.
    """
    if not _phrase_before(tokens, count.first, lex.companion_additions):
        return None
    after = list(takewhile(lambda token: token not in _BOUNDARY, tokens[count.last:count.last + 3]))
    if lex.companion_others.isdisjoint(after):
        return None
    for token in reversed(tokens[:count.first]):
        if token in _CLAUSE_ENDS:
            return None
        role = _role(token)
        if role is not None:
            return role
    return None


def _located(counts: list[Count], spans: Tokens) -> tuple[Count, ...]:
    """The counts with their offsets in the sentence filled in from their tokens."""
    for count in counts:
        count.start, count.end = spans.starts[count.first], spans.ends[count.last - 1]
        count.text_end = spans.ends[count.text_last - 1]
        count.side_last = _group_end(spans.texts, count)
        count.side_end = spans.ends[count.side_last - 1]
    return tuple(counts)


def _group_end(tokens: list[str], count: Count) -> int:
    """The end of the words naming who the counted are: their noun and the group named
    after it ("29 فردا من الطوارق", "8 من عناصر التنظيم", "5 أشخاص في صفوف الشرطة",
    "مقتل أحد عناصر الشرطة"), up to `group_reach` words past a `group_markers` phrase
    (or, for one person with no number, right after it)."""
    victims = _victims()
    start = count.text_last
    if _group_word(tokens, start) and not _phrase_at(tokens, start, victims.group_markers):
        start += 1  # an adjective of the noun ("15 جنديا تركيا")
    marker = _phrase_at(tokens, start, victims.group_markers)
    if not marker and not (count.implicit and count.value == 1):
        return start
    first = start + marker
    if first < len(tokens) and tokens[first] in _OPENERS:
        first += 1  # "من (داعش)"
    end = start
    for index in range(first, min(len(tokens), first + victims.group_reach)):
        if not _group_word(tokens, index):
            break
        end = index + 1
    return end


# An opening bracket or quote mark between a group marker and the group's name.
_OPENERS = frozenset("(«\"")


def _group_word(tokens: list[str], index: int) -> bool:
    """Whether the token may be part of the words naming the counted: not punctuation, a
    preposition (of a place too: "قرب"), a new conjunct, a number, a casualty cue or the killers' marker ("برصاص")."""
    if index >= len(tokens):
        return False
    token, lex = tokens[index], number_lexicon()
    return not (token in _BOUNDARY or token in lex.not_counted or token in lex.place_prepositions
                or token.startswith("و") or _digits(token) is not None
                or _word(token) or (_may_be_cue(token) and _role(token)) or not lex.agent_markers.isdisjoint(strip_clitics(token)))


def parse_number(text: str) -> int | None:
    """The value of one number phrase ("أكثر من 250" → 250, "مائتين وخمسين" → 250)."""
    lex = number_lexicon()
    tokens = _tokens(" ".join(normalize(text).split())).texts
    if not tokens:
        return None
    qualifier_len = _phrase_at(tokens, 0, lex.qualifiers)
    core = _core(tokens, qualifier_len, lex) if qualifier_len < len(tokens) else None
    return core[0] if core else None


# -- the stage ---------------------------------------------------------------------
def _mention(doc: Document, offset: int, count: Count) -> Mention:
    """The `number` mention for a count, with raw offsets and the payload of EVENTS.md §4."""
    start, end = doc.raw_span(offset + count.start, offset + count.end)
    text_end = doc.raw_span(offset + count.start, offset + count.text_end)[1]
    side_end = doc.raw_span(offset + count.start, offset + count.side_end)[1]
    side = _victim_side(doc, start, side_end)
    attrs: dict[str, Any] = {
        "low": count.low, "high": count.high, "qualifier": count.qualifier, "vague": count.vague,
        "role": count.role, "fatalities_text": doc.slice(start, text_end), "implicit": count.implicit,
        "subset": count.subset, "update": count.update, "listed": count.listed,
        "lower_bound": _lower_bound(count.qualifier), "superseded": count.superseded,
        "victims": doc.slice(start, side_end),
        "victim_side": side.name if side else None, "victim_inter": side.inter if side else None,
    }
    return Mention(start=start, end=end, kind="number", text=doc.slice(start, end), value=count.value, attrs=attrs)


def _victim_side(doc: Document, start: int, end: int) -> Any:
    """The actor the counted belong to: the last actor mention in their words, so the group
    named after the noun wins over the noun ("5 أشخاص في صفوف الشرطة" are police)."""
    inside = [m for m in doc.in_span("actor", start, end) if m.value is not None]
    return inside[-1].value if inside else None


def process(doc: Document) -> None:
    """Add a `number` mention for every head count in the article's sentences."""
    norm = doc.norm
    for raw_start, raw_end in dates.sentence_spans(doc):
        start, end = doc.norm_index(raw_start), doc.norm_index(raw_end)
        for count in _sentence_counts(norm[start:end]):
            doc.add(_mention(doc, start, count))
