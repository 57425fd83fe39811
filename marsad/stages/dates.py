"""DATES stage: find time expressions and resolve them against `published`.

Arabic news dates events relative to the day the article appeared ("أمس
الثلاثاء", "الأربعاء الماضي", "قبل أسبوعين", "في مايو (أيار) الماضي").  General
date parsers miss most of these, so the expressions come from our own word
lists (`marsad/data/dates.yaml`) compiled into a handful of regexes, run
once per sentence on the normalized text.  Each hit becomes a `date`
mention: `value` is the resolved `datetime.date` (None without a publication
date), `attrs["precision"]` follows EVENTS.md section 5 and
`attrs["background"]` flags an earlier event recalled as context.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import chain, pairwise
from typing import Any

import yaml
from hijridate import Gregorian, Hijri

from marsad.document import Document, Mention, Sentence
from marsad.errors import KnowledgeError
from marsad.knowledge.lexicons import date_lexicon, number_lexicon
from marsad.text import CLITIC_PREFIXES, normalize, strip_clitics

Resolved = tuple[dt.date | None, int, dict[str, Any]]

_START = r"(?<!\w)"
_END = r"(?!\w)"
_CLITIC = r"(?:[وفبل]|وب|فب|ول|فل)?"
# Punctuation that ends a clause: the words of "كان ... قد" do not run across it.
_CLAUSE_MARKS = r".,،;؛:!?؟()"
# Before a day number: a clitic, or "في" run into the digits by a missing space ("في30 مارس").
_DAY_LEAD = r"(?:في|[وفبل])?"
_YEAR = r"(?:19|20)\d\d"
# A Hijri year in a numeric date ("1436/9/29هـ"): 1300-1499 AH, never a Gregorian year.
_HIJRI_YEAR = r"1[34]\d\d"
# "Today"/"yesterday" before a weekday that a full date follows ("اليوم الخميس الموافق ...").
_DAY_ANCHORS = ("اليوم", "امس")
# Words that may follow a bare year ("في 2014 بعد أن ..."); a noun after it makes it a count.
_BARE_YEAR_NEXT = ("بعد", "قبل", "عندما", "حين", "حينما", "اثر", "ما", "حيث", "اذ", "ثم", "لكن", "عقب")
# How far past the publication day an undated day/month may fall before it
# is read as last year's (reports written late, time zones).
_FUTURE_SLACK = dt.timedelta(days=2)
# The day, at week precision, a month's middle ("منتصف مايو") stands for.
_MID_MONTH_DAY = 15
# No adjective with the article after a bare feast word ("العيد الوطني" is another holiday);
# a relative pronoun may follow ("أيام العيد المبارك التي ...").
_NO_EPITHET = r"(?!\s+ال(?!ذي|تي))"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One regex hit in a normalized sentence: its span, rule and groups."""

    start: int
    end: int
    rule: str
    groups: dict[str, str | None]


# -- pattern building ----------------------------------------------------------
def _alt(forms: Iterable[str]) -> str:
    """Regex alternation of phrases, longest first, spaces matching any run."""
    ordered = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in ordered)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The compiled expression regexes, built once from the lexicons."""
    lex = date_lexicon()
    nums = number_lexicon()
    month = _alt(lex.months)
    # "أبريل/نيسان", "أبريل (نيسان)" and, in wire copy, "يوليو تموز".
    pair = rf"(?P<m1>{month})(?:(?:\s*[/(\-]\s*|\s+)(?P<m2>{month})\s*\)?)?"
    # "الـ12 من أبريل" normalizes to "ال12" (or "ال 12").
    day = rf"(?P<day>(?:ال\s?)?\d{{1,2}}|{_alt(lex.ordinals)})"
    marks = _alt(lex.past_marks + lex.current_marks + lex.future_marks)
    since = rf"(?:(?P<since>{_alt(lex.since_words)})\s+)?"
    part = rf"(?:(?:{_alt(lex.day_parts)})\s+)?"

    def named_part(name: str) -> str:
        return rf"(?:(?P<{name}>{_alt(lex.day_parts)})\s+)?"

    # "عام 2016", "من العام 2016", "لعام 1967" before a year.
    year_lead = r"(?:(?:من\s+)?(?:عام|العام|سنه)\s+|(?:لعام|للعام|لسنه|للسنه)\s+)?"
    same_year = rf"(?:\s+(?P<sameyear>(?:(?:{_alt(_same_year().leads)})\s+)?(?:{_alt(_same_year().phrases)})))?"
    # "الثلاثاء 17 يوليو", "السبت الموافق 7 يوليو": the weekday belongs to the date, and so
    # does "اليوم"/"أمس" before it ("اليوم الخميس الموافق 16 يوليو": the date told, not today).
    named_day = rf"(?:(?:{_CLITIC}(?:{_alt(_DAY_ANCHORS)})\s+)?{_CLITIC}(?:{_alt(lex.weekdays)})\s*[،,]?\s*" \
                rf"(?:(?:{_alt(lex.date_links)})\s+)?\(?\s*)?"
    hijri_mark = rf"(?:\s*(?:{_alt(lex.hijri_year_marks)}))?"
    count_word = _alt(nums.words)
    count = rf"(?:ال)?(?:\d+|{count_word})(?:\s+و?(?:{count_word}))?|(?P<vague>{_alt(' '.join(v) for v in nums.vague)})"
    qualifier = _alt(" ".join(q) for q in nums.qualifiers.items)
    month_phrases = [phrase for phrase, rel in lex.relative.items() if rel.precision == 3]
    after = _after_gap()
    night = _night_pairs()
    seasons = _alt(_seasons())
    specs = {
        "explicit": rf"{since}{part}{named_day}{_DAY_LEAD}{day}\s*(?:من\s+)?(?:شهر\s+)?{pair}"
        rf"(?:\s*,?\s*{year_lead}(?P<year>{_YEAR}))?(?:\s+(?P<mark>{marks}))?"
        rf"(?:\s+(?P<lastyear>{_alt(lex.last_year_marks)}))?{same_year}",
        # "في شهري يوليو وأغسطس 2014": the span starts in the first month, of the year after the second.
        "month": rf"{since}(?:(?P<middle>{_alt(_month_middles())})\s+)?(?:شهر\s+|شهري\s+)?{pair}(?:\s+و\s?(?:{month}))?(?:\s*{year_lead}(?P<year>{_YEAR})|\s+(?P<mark>{marks})"
        rf"|\s+(?P<lastyear>{_alt(lex.last_year_marks)}))?{same_year}",
        "numeric_dmy": rf"(?P<day>\d{{1,2}})[/.\-](?P<month>\d{{1,2}})[/.\-](?P<year>{_YEAR})",
        "numeric_ymd": rf"(?P<year>{_YEAR})[/.\-](?P<month>\d{{1,2}})[/.\-](?P<day>\d{{1,2}})",
        # "الخميس الموافق 1436/9/29هـ", "29/9/1436 هـ": a year of 13xx/14xx is the Hijri one
        # (Gregorian years are 19xx/20xx), the mark after it optional.
        "numeric_hijri_dmy": rf"{part}{named_day}(?P<day>\d{{1,2}})[/.\-](?P<month>\d{{1,2}})[/.\-](?P<hy>{_HIJRI_YEAR}){hijri_mark}",
        "numeric_hijri_ymd": rf"{part}{named_day}(?P<hy>{_HIJRI_YEAR})[/.\-](?P<month>\d{{1,2}})[/.\-](?P<day>\d{{1,2}}){hijri_mark}",
        "hijri": rf"{day}\s+(?:من\s+)?(?:شهر\s+)?(?P<hm>{_alt(lex.hijri_months)})"
        rf"(?:\s+(?:عام\s+)?(?P<hy>1[34]\d\d)(?:\s*(?:{_alt(lex.hijri_year_marks)}))?|\s+(?P<mark>{marks}))?",
        # the parts of the day kept (`_time_of_day`: "منذ منتصف ليل الجمعة"); the weekday
        # may stand in brackets after "اليوم"/"أمس" ("قالت الوزارة اليوم (الاثنين)"، "مساء أمس
        # (السبت)"): one day told twice, the weekday fixing which (`_resolve_weekday`), not
        # "اليوم" counted from publication beside a weekday read alone
        "weekday": rf"{_CLITIC}{since}{named_part('part')}(?:\(?\s*(?P<anchor>امس|اليوم)\s*\)?\s*(?P<bracket>\(\s*)?)?"
        rf"{named_part('part2')}(?P<wd>{_alt(lex.weekdays)})(?:\s+(?P<mark>{marks})|\s+(?P<before_last>{_alt(_before_last_marks())}))?"
        r"(?(bracket)\s*\))",
        # "ليل الأحد - الاثنين": one night across two days (`night_pairs` in dates.yaml).
        "night_pair": rf"{_CLITIC}(?:(?P<side>{_alt(night.sides)})\s+)?(?:{_alt(night.leads)})\s+"
        rf"(?P<wd>{_alt(lex.weekdays)})\s*(?:[-–/]|{_alt(night.links)})?\s*(?P<wd2>{_alt(lex.weekdays)})"
        rf"(?:\s+(?P<mark>{marks}))?",
        # Not before a mark of its own: "نهاية الأسبوع المقبل" is the next week's, read as "الأسبوع المقبل".
        # Nor before an ordinal: "اليوم الثاني من الهجوم" is a day of the span, not today.
        "relative": rf"{_CLITIC}(?:ال)?{part}(?P<rel>{_alt(lex.relative)})(?!\s*ال\d)(?!\s+(?:{marks}){_END})"
        rf"(?!\s+(?:{_alt(_span_ordinals().ordinals)}){_END})",
        "ago": rf"{_CLITIC}(?P<ago>{_alt(lex.ago_words)})\s+(?:(?:{qualifier})\s+)?"
        rf"(?:(?P<count>{count})\s+)?(?P<unit>{_alt(lex.ago_units)})(?!\s*{_YEAR})"
        rf"(?:\s+(?P<tail>{_alt(_ago_tails())}))?",
        "after": rf"{_CLITIC}(?P<ago>{_alt(after.words)})\s+(?:(?P<filler>{_alt(after.fillers)})\s+)?(?:(?:{qualifier})\s+)?"
        rf"(?:(?P<count>{count})\s+)?(?P<unit>{_alt(lex.ago_units)})(?=\s+(?P<link>{_alt(after.links + after.framed_links)})\s)",
        # "اليوم الأول للعيد", "في اليوم الثاني من عيد الفطر": the feast's nth day, like "ثاني أيام العيد";
        # "للعيد" is "ل" on "العيد" with its alif dropped.
        "feast": rf"(?:اليوم\s+(?P<ordinal>{_alt(_series_ordinals())})\s+(?:من\s+(?:ايام\s+)?)?)?"
        rf"(?:(?P<nth>{_alt(lex.feast_days)})\s+)?(?:(?P<lead>{_alt(lex.feast_leads)})\s+)?"
        rf"{_CLITIC}(?:(?P<feast>{_alt(lex.feasts)})|(?P<bare>{_alt(lex.feast_bare)}){_NO_EPITHET}"
        rf"|ل(?:{_alt(_lam_joined(lex.feast_bare))}){_NO_EPITHET})"
        rf"(?:\s+(?P<lastyear>{_alt(lex.last_year_marks)})(?:\s+(?P<year>{_YEAR}))?"
        rf"|\s+{year_lead}(?P<year2>{_YEAR}))?",
        "hijri_month": rf"(?:(?P<lead>{_alt(lex.hijri_month_leads)})\s+)?(?P<hm>{_alt(lex.hijri_months)})"
        rf"(?:\s+(?:عام\s+)?(?P<hy>1[34]\d\d)(?:\s*(?:{_alt(lex.hijri_year_marks)}))?|\s+(?P<mark>{marks}))?",
        # "عام 2014", and a bare year after "في"/"خلال" ("أسقطت فوق البلدة في 2014")
        # where the clause ends or goes on without a counted noun ("تسبب في 2000 حالة").
        # A season may stand before either ("في صيف 2014", "خريف عام 2015"): still that year.
        "year": rf"(?:(?:في\s+)?(?:(?:{seasons})\s+)?(?:عام|العام|سنه)\s+(?P<year>{_YEAR})"
        rf"|{_CLITIC}(?:في|خلال)\s+(?:(?:{seasons})\s+(?P<season>{_YEAR})"
        rf"|(?P<bare>{_YEAR})(?=\s*(?:$|[^\w\s]|و\d|{_alt(_BARE_YEAR_NEXT)}{_END}"
        rf"|[وف]?(?:{_alt(_bare_year_verbs())}){_END})))"
        # a decade of the last century ("في تسعينات القرن الماضي"; `decades` in dates.yaml)
        rf"|{_CLITIC}(?:في|خلال)\s+(?:(?:{_alt(_decade_parts())})\s+)?(?:ال)?(?P<decade>{_alt(_decades())})(?:يات|ات)"
        rf"(?:\s+(?:{_alt(_decade_centuries())}))?(?!\s+(?:{_alt(_decade_ages())}){_END}))",
        # "في 12 الجاري": the current month's day, the month left unsaid.
        "day_of_month": rf"{since}{_DAY_LEAD}{day}\s+(?:(?:من\s+)?(?P<rel>{_alt(month_phrases)})"
        rf"|(?P<cur>{_alt(lex.current_marks)}))",
    }
    return tuple((rule, re.compile(_START + body + _END)) for rule, body in specs.items())


# -- finding -------------------------------------------------------------------
@lru_cache(maxsize=4096)
def find_expressions(sentence_norm: str) -> tuple[Candidate, ...]:
    """Non-overlapping date expressions in a normalized sentence, in text order.

    Overlaps between rules are settled longest-first ("أمس الثلاثاء" beats
    "أمس").  Cached because the NUMBERS stage asks for the same sentences to
    know which digits belong to dates.
    """
    hits: list[Candidate] = []
    words = _words(sentence_norm)
    triggers = _triggers()
    for rule, pattern in _patterns():
        if rule.startswith("numeric"):
            if not _NUMERIC_HINT.search(sentence_norm):
                continue
        elif not words & triggers[rule]:
            continue
        framed = rule != "after" or _framed(sentence_norm)
        for match in pattern.finditer(sentence_norm):
            # "بعد مرور خمس سنوات على قمع المتظاهرين" and "حتى اليوم بعد عامين على اختطافه"
            # count from the act to the news in any sentence; bare "بعد <n> <unit> على" only
            # in a framed one (`_framed`), and "بعد <n> <unit> من" only there (`framed_links`)
            if (framed or (match.group("filler") or _after_now(sentence_norm, match.start()))
                    and match.group("link") not in _after_gap().framed_links) \
                    and not (rule == "after" and _lasts_a_stretch(sentence_norm, match)) \
                    and _plausible(rule, match):
                groups = match.groupdict()
                if rule == "ago":
                    groups["act"] = _act_before(sentence_norm, match.start())
                hits.append(Candidate(match.start(), match.end(), rule, groups))
    hits.sort(key=lambda c: (c.start - c.end, c.start))
    kept: list[Candidate] = []
    for hit in hits:
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return tuple(sorted(kept, key=lambda c: c.start))


def framed_links() -> tuple[str, ...]:
    """The links an "after" gap takes only in a framed sentence (`after_gap.framed_links`, normalized)."""
    return _after_gap().framed_links


def _lasts_a_stretch(sentence_norm: str, match: re.Match[str]) -> bool:
    """"بعد أسبوعين من الغارات" is "after two weeks of strikes": with "من" before a noun of
    fighting that goes on (`after_gap.stretches`, with or without the article: "من حصار
    خانق") the gap is how long it has lasted up to the news, not how long ago it happened,
    so it dates nothing."""
    gap = _after_gap()
    if match.group("link") not in gap.framed_links:
        return False
    after = _WORD.findall(sentence_norm, match.end(), match.end() + 60)
    if len(after) < 2 or gap.stretches.isdisjoint(strip_clitics(after[1])):
        return False
    # A bare noun heading a construct ("بعد ساعات من قصف طائرات التحالف معاقل ...") tells one
    # act of a named doer; with an adjective ("من قصف مدفعي متواصل") it tells a stretch.
    return after[1].startswith("ال") or not any(word.startswith("ال") for word in after[2:4])


def _act_before(sentence_norm: str, position: int) -> str | None:
    """The word before an "منذ" expression when it tells a one-off act (`since_as_ago`), else None."""
    words = _WORD.findall(sentence_norm, max(0, position - 20), position)
    return words[-1] if words and _one_off_act(words[-1]) else None


def _one_off_act(word: str) -> bool:
    """The normalized word is a one-off act a span after "منذ" dates (`since_as_ago`: "اختطف")."""
    acts = date_lexicon().since_as_ago
    return any(stem in acts for stem in strip_clitics(word))


_NUMERIC_HINT = re.compile(r"\d[/.\-]\d")
_WORD = re.compile(r"\w+")


@cache
def _triggers() -> dict[str, frozenset[str]]:
    """Per rule, the words one of which must occur for the rule's regex to be tried.

    Running a dozen alternation regexes over every sentence is the costly
    part of this stage; a set lookup skips the rules that cannot match.
    """
    lex = date_lexicon()

    def firsts(phrases: Iterable[str]) -> frozenset[str]:
        return frozenset(phrase.split()[0] for phrase in phrases)

    months = firsts(lex.months)
    return {
        "explicit": months,
        "month": months,
        "hijri": firsts(lex.hijri_months),
        "hijri_month": firsts(lex.hijri_months),
        "weekday": frozenset(lex.weekdays),
        "night_pair": frozenset(lex.weekdays),
        "relative": firsts(lex.relative),
        "ago": frozenset(lex.ago_words),
        "after": _after_gap().words,
        "year": frozenset({"عام", "العام", "سنه", "في", "خلال"}),
        "feast": firsts([*lex.feasts, *lex.feast_bare]),
        "day_of_month": firsts(p for p, rel in lex.relative.items() if rel.precision == 3) | frozenset(lex.current_marks),
    }


@cache
def _trigger_endings() -> StemEndings:
    """Word endings a word needs for any of its stems to trigger a rule."""
    return stem_endings(word for words in _triggers().values() for word in words)


def _words(sentence_norm: str) -> set[str]:
    """The sentence's words plus their clitic-stripped stems, for the words that may trigger a rule."""
    return set(chain.from_iterable(map(_trigger_stems, _WORD.findall(sentence_norm))))


@lru_cache(maxsize=65536)
def _trigger_stems(word: str) -> tuple[str, ...]:
    """A word's stems when one of them may trigger a rule, else nothing.

    Only the intersection with `_triggers()` is used, so words that cannot
    have a trigger stem are skipped before the (costly) clitic stripping;
    cached per word, the sentence loop runs in C.
    """
    return strip_clitics(word) if has_stem_ending(word, _trigger_endings()) else ()


# The longest run of proclitics `strip_clitics` removes (وبال).
MAX_PROCLITIC = max(len(prefix) for prefix in CLITIC_PREFIXES)
# The word's endings after 0..MAX_PROCLITIC letters, as slices (applied in C, not a Python loop).
_CUTS = tuple(slice(cut, None) for cut in range(MAX_PROCLITIC + 1))


@dataclass(frozen=True, slots=True)
class StemEndings:
    """Word endings for a cheap test before `strip_clitics` (see `has_stem_ending`)."""

    forms: frozenset[str]
    tails: frozenset[str]


def stem_endings(forms: Iterable[str]) -> StemEndings:
    """The endings a word must have for `strip_clitics` to give one of `forms`.

    A stem is what follows the proclitics, or "ال" + that ("بالقصف" gives
    "القصف"), so the form itself or its text without a leading "ال" must
    end the word after at most `MAX_PROCLITIC` letters.
    """
    forms = list(forms)
    endings = frozenset([*forms, *(form[2:] for form in forms if form.startswith("ال") and len(form) > 2)])
    return StemEndings(endings, frozenset(ending[-2:] for ending in endings))


def has_stem_ending(word: str, endings: StemEndings) -> bool:
    """Cheap necessary test: can a stem of `word` be one of the forms `endings` came from?

    Stems are at least two letters (or the whole word), so the last two
    letters rule out most words with one set lookup.
    """
    if word[-2:] not in endings.tails:
        return False
    return not endings.forms.isdisjoint(map(word.__getitem__, _CUTS))


def _plausible(rule: str, match: re.Match[str]) -> bool:
    """Reject month words that are ordinary words unless a date context backs them,
    and a feast named with no word before it that makes it a time ("بمناسبة عيد الفطر")."""
    if rule == "feast":
        return bool(match.group("lead") or match.group("nth") or match.group("ordinal")
                    or _feast_year_named(match.groupdict()))
    if rule == "hijri_month":
        return bool(match.group("lead") or match.group("hy") or match.group("mark"))
    if rule in ("explicit", "day_of_month") and _counts_a_part(match):
        return False
    if rule == "night_pair":
        days = date_lexicon().weekdays
        return days[_clean(match.group("wd2"))] == (days[_clean(match.group("wd"))] + 1) % 7
    if rule != "month":
        return True
    lex = date_lexicon()
    first = " ".join(match.group("m1").split())
    if first not in lex.ambiguous_months:
        return True
    return bool(match.group("m2") or match.group("year") or match.group("mark") or match.group("lastyear"))


def _counts_a_part(match: re.Match[str]) -> bool:
    """The day is an ordinal after a part of a span ("النصف الثاني من يونيو"): a half or a week, not a day."""
    day = match.group("day")
    if not day or day[-1].isdigit():
        return False
    before = match.string[: match.start("day")].split()
    return bool(before) and before[-1] in _span_ordinals().parts


@dataclass(frozen=True, slots=True)
class SpanOrdinals:
    """`span_ordinals` of dates.yaml, normalized: the parts a day ordinal may count, and the words
    after a relative day word that make it a day of a span."""

    parts: frozenset[str]
    ordinals: tuple[str, ...]


@cache
def _span_ordinals() -> SpanOrdinals:
    """Load and validate `span_ordinals`; its ordinals are the day ordinals, `series_ordinals` and `last`."""
    section = _raw_lexicon().get("span_ordinals")
    lists = {key: section.get(key) if isinstance(section, dict) else None for key in ("parts", "last")}
    if not all(isinstance(v, list) and v and all(isinstance(w, str) and w.strip() for w in v) for v in lists.values()):
        raise KnowledgeError("dates.yaml: span_ordinals needs non-empty lists of parts and last words")
    last = [normalize(w) for w in lists["last"]]
    ordinals = {*date_lexicon().ordinals, *_series_ordinals(), *last}
    return SpanOrdinals(frozenset(normalize(w) for w in lists["parts"]), tuple(sorted(ordinals)))


# -- resolving -----------------------------------------------------------------
def _clean(text: str | None) -> str:
    """Collapse spaces so a matched group can be looked up in the lexicon."""
    return " ".join((text or "").split())


def _day_number(text: str) -> int | None:
    """A day of the month from digits (maybe with the article: "ال12") or an ordinal word."""
    text = _clean(text)
    if text.startswith("ال") and text[2:].strip().isdigit():
        text = text[2:].strip()
    return int(text) if text.isdigit() else date_lexicon().ordinals.get(text)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    """`date(...)` or None when the day does not exist in that month."""
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def _months_back(published: dt.date, months: int) -> dt.date:
    """First day of the month `months` before the publication month."""
    index = published.year * 12 + published.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


def _weekday_date(weekday: int, published: dt.date, strict: bool, future: bool = False) -> dt.date:
    """The nearest `weekday` on/before (or strictly before, or after) publication."""
    if future:
        return published + dt.timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    back = (published.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _mark_kind(mark: str | None) -> str | None:
    """'past', 'future', 'current' or None for the word after a day or month."""
    lex = date_lexicon()
    mark = _clean(mark)
    if mark in lex.past_marks:
        return "past"
    if mark in lex.future_marks:
        return "future"
    if mark in lex.current_marks:
        return "current"
    return None


def _count(text: str | None) -> int | None:
    """A count before a unit ("ثلاثة", "3", "الـ3")."""
    from marsad.stages.numbers import parse_number  # numbers imports this module

    text = _clean(text)
    if text.startswith("ال"):
        text = text[2:]
    return parse_number(text)


def _resolve_weekday(groups: dict[str, str | None], published: dt.date | None) -> Resolved:
    """A weekday: "X الماضي" strictly before publication, bare X on or before, "X المقبل" after.

    "أمس X" / "اليوم X" name yesterday / today: when the weekday disagrees
    with that day, the X one day after it is taken if there is one (the
    publication date is a day off: time zones, a print edition), else the
    latest X before it.
    """
    weekday = date_lexicon().weekdays[_clean(groups["wd"])]
    # "منذ فجر اليوم الخميس": a span that starts today stays within today, the
    # day is known; since any other day ("منذ الاثنين") it runs over several.
    precision = 2 if groups.get("since") and groups.get("anchor") != "اليوم" else 1
    attrs = {"weekday": weekday}
    if published is None:
        return None, precision, attrs
    anchor = groups.get("anchor")
    if anchor:
        day = published - dt.timedelta(days=1 if anchor == "امس" else 0)
        offset = (weekday - day.weekday() + 5) % 7 - 5
        return day + dt.timedelta(days=offset), precision, attrs
    mark = _mark_kind(groups.get("mark"))
    if groups.get("since") and mark is None and weekday == published.weekday() and _time_of_day(groups):
        # "منذ منتصف ليل الجمعة" told on a Friday: the span began at an hour of the
        # publication day and runs up to the report, so it stays within that day.
        return published, 1, attrs
    if mark == "future":
        return _weekday_date(weekday, published, strict=True, future=True), precision, attrs
    if groups.get("before_last"):  # "الخميس قبل الماضي": the one before last Thursday
        return _weekday_date(weekday, published, strict=True) - dt.timedelta(days=7), precision, attrs
    return _weekday_date(weekday, published, strict=mark == "past"), precision, attrs


def _time_of_day(groups: dict[str, str | None]) -> bool:
    """A part of the day before the weekday is an hour of it ("فجر"، "منتصف ليل"), not the
    whole day ("يوم"; `day_pairs.whole_day`)."""
    hours = _day_pair_rules()[2]
    return any(word in hours for key in ("part", "part2") for word in _clean(groups.get(key)).split())


def _resolve_night(groups: dict[str, str | None], published: dt.date | None) -> Resolved:
    """"ليل الأحد - الاثنين": the night starts on the first day, which dates it; "بعد
    منتصف ليل ..." is past midnight, the second day (`night_pairs.after_midnight`)."""
    value, precision, attrs = _resolve_weekday(groups, published)
    if value is not None and _clean(groups.get("side")) in _night_pairs().after_midnight:
        value += dt.timedelta(days=1)
        attrs = dict(attrs, weekday=value.weekday())
    return value, precision, attrs


def _resolve_relative(groups: dict[str, str | None], published: dt.date | None) -> Resolved:
    """A fixed phrase (أمس، الأسبوع الماضي، الشهر الماضي) counted back from publication."""
    rel = date_lexicon().relative[_clean(groups["rel"])]
    if published is None:
        return None, rel.precision, {}
    if rel.months or rel.precision == 3:
        return _months_back(published, rel.months), rel.precision, {}
    return published - dt.timedelta(days=rel.days), rel.precision, {}


# Date rules that count back from the publication day: weekdays, "أمس"/"اليوم", a night pair
# ("ليلة الخميس الجمعة").  Shared with the genre stage, which reads them as news days.
NEWS_DAY_RULES = frozenset({"relative", "weekday", "night_pair"})


def names_a_news_day(candidate: Candidate) -> bool:
    """Whether a date expression names one day told from the news' own ("أمس"، "فجر اليوم"،
    "يوم الثلاثاء"), not a calendar date, a week or a span ("منذ الثلاثاء")."""
    if candidate.rule not in NEWS_DAY_RULES:
        return False
    resolved = _resolve(candidate, None)
    return resolved is not None and resolved[1] == 1


def counts_back(groups: dict[str, str | None]) -> bool:
    """Whether an "ago" hit's groups say how long ago ("قبل أربعة أيام", "منذ أربعة أيام
    مضت", "اختطف منذ يومين"), not since when something has gone on ("منذ أربعة أيام")."""
    return _clean(groups.get("ago")) not in date_lexicon().since_words or bool(groups.get("act") or groups.get("tail"))


def _resolve_ago(groups: dict[str, str | None], published: dt.date | None) -> Resolved | None:
    """"قبل <n> <unit>" counts back; "منذ <n> <unit>" is still going on,
    unless a one-off act comes right before it ("اختطف منذ ثلاثة أيام") or
    "مضت" after it ("منذ أربع سنوات مضت"): then it counts back too.  Going on
    for a year or more (`standing_months`) it is a war or a siege, not news.

    With no number ("قبل أيام") or a vague one ("قبل بضعة أيام") a few units
    are counted back and the precision is the unit's vague one: the day
    itself is not known.
    """
    lex = date_lexicon()
    unit = lex.ago_units[_clean(groups["unit"])]
    count = unit.count if groups.get("count") is None else _count(groups["count"])
    precision = unit.precision
    since = not counts_back(groups)
    if since and unit.months * (count or 1) >= _standing_months():
        # "الحرب الدائرة منذ ثلاث سنوات": a standing state, which dates no act.
        return None
    if groups.get("vague") or (count is None and groups.get("count") is None):
        if since:
            # "منذ أيام": going on for an unknown span, which says no more than the
            # publication-date default and must not tie a passing mention to a day.
            return None
        count, precision = count or lex.vague_count, unit.vague_precision
    if count is None:
        return None
    if since:
        # "منذ أكثر من أسبوع": still going on, so dated to publication (EVENTS.md §2);
        # "منذ ساعات" has gone on within the publication day.
        return published, 1 if unit.hours else 2, {"count": count, "ongoing": True}
    if published is None:
        return None, precision, {"count": count}
    if unit.months:
        return _months_back(published, count * unit.months), precision, {"count": count}
    back = dt.timedelta(days=count * unit.days, hours=count * unit.hours)
    return published - dt.timedelta(days=back.days), precision, {"count": count}


def _resolve_day_of_month(groups: dict[str, str | None], published: dt.date | None) -> Resolved | None:
    """"3 من الشهر الجاري", "12 الجاري": a day of a month named relative to publication."""
    day = _day_number(groups["day"])
    precision = 2 if groups.get("since") else 1
    if day is None:
        return None
    if published is None:
        return None, precision, {}
    months = 0 if groups.get("cur") else date_lexicon().relative[_clean(groups["rel"])].months
    first = _months_back(published, months)
    value = _safe_date(first.year, first.month, day)
    return (value, precision, {}) if value else None


def _undated_year(month: int, day: int, published: dt.date, mark: str | None) -> int:
    """Year of a day/month given without one: the latest not after publication."""
    year = published.year
    if mark == "current":
        return year
    if mark == "future":
        candidate = _safe_date(year, month, min(day, 28))
        return year + 1 if candidate and candidate < published else year
    if mark == "past" and day == 1 and month >= published.month:
        return year - 1
    candidate = _safe_date(year, month, min(day, 28))
    return year - 1 if candidate and candidate > published + _FUTURE_SLACK else year


def _resolve_calendar(groups: dict[str, str | None], published: dt.date | None, rule: str) -> Resolved | None:
    """A Gregorian day or month, named or numeric, with the year filled in when missing."""
    lex = date_lexicon()
    if rule.startswith("numeric"):
        month = int(groups["month"] or 0)
        day: int | None = int(groups["day"] or 0)
    else:
        month = lex.months[_clean(groups["m1"])]
        day = _day_number(groups["day"]) if rule == "explicit" else None
        if rule == "explicit" and day is None:
            return None
    precision = 3 if day is None else (2 if groups.get("since") else 1)
    if groups.get("middle"):
        day, precision = _MID_MONTH_DAY, 2
    attrs: dict[str, Any] = {"month": month}
    if groups.get("year"):
        year = int(groups["year"] or 0)
        attrs["named_year"] = year
    elif published is not None and groups.get("lastyear"):
        year = published.year - 1
    elif published is None:
        return None, precision, attrs
    else:
        mark = _mark_kind(groups.get("mark"))
        year = _undated_year(month, day or 1, published, mark)
        if mark is None and not groups.get("since"):
            # No year, no mark: a year the text named may be meant (`_year_context`).
            attrs["year_open"] = "same" if groups.get("sameyear") else "open"
    value = _safe_date(year, month, day or 1)
    return (value, precision, attrs) if value else None


def _resolve_hijri(groups: dict[str, str | None], published: dt.date | None) -> Resolved | None:
    """A Hijri day (26 شوال 1436 هـ) converted with hijridate; no year means the latest past one."""
    day = _day_number(groups["day"])
    month = date_lexicon().hijri_months[_clean(groups["hm"])]
    if day is None:
        return None
    if groups.get("hy"):
        year = int(groups["hy"] or 0)
    elif published is None:
        return None, 1, {"calendar": "hijri"}
    else:
        year = Gregorian(published.year, published.month, published.day).to_hijri().year
    try:
        value = Hijri(year, month, day).to_gregorian()
        if not groups.get("hy") and published and value > published + _FUTURE_SLACK:
            value = Hijri(year - 1, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(value.year, value.month, value.day), 1, {"calendar": "hijri"}


def _resolve_numeric_hijri(groups: dict[str, str | None]) -> Resolved | None:
    """A numeric Hijri day ("1436/9/29هـ"): it names its year, so it needs no publication date."""
    try:
        value = Hijri(int(groups["hy"] or 0), int(groups["month"] or 0), int(groups["day"] or 0)).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(value.year, value.month, value.day), 1, {"calendar": "hijri"}


def _resolve_hijri_month(groups: dict[str, str | None], published: dt.date | None) -> Resolved | None:
    """A Hijri month with no day: its first day, in the given Hijri year or else the latest
    such month begun by publication ("رمضان الماضي": the one before, if publication falls in it)."""
    month = date_lexicon().hijri_months[_clean(groups["hm"])]
    attrs = {"calendar": "hijri"}
    try:
        if groups.get("hy"):
            value = Hijri(int(groups["hy"] or 0), month, 1).to_gregorian()
            return dt.date(value.year, value.month, value.day), 3, attrs
        if published is None:
            return None, 3, attrs
        year = Gregorian(published.year, published.month, published.day).to_hijri().year
        starts = [Hijri(y, month, 1) for y in (year, year - 1, year - 2)]
    except (ValueError, OverflowError):
        return None
    past = _mark_kind(groups.get("mark")) == "past"
    for start in starts:
        first = dt.date(*start.to_gregorian().datetuple())
        if first > published + _FUTURE_SLACK:
            continue
        if past and (published - first).days < start.month_length():
            continue  # "رمضان الماضي" said during Ramadan: last year's
        return first, 3, dict(attrs, month_days=start.month_length())
    return None


def _resolve_feast(groups: dict[str, str | None], published: dt.date | None) -> Resolved | None:
    """A Hijri feast: its latest first day not after publication, or the nth day of it."""
    lex = date_lexicon()
    nth = lex.feast_days.get(_clean(groups.get("nth"))) or _series_ordinals().get(_clean(groups.get("ordinal")))
    precision = 1 if nth or _clean(groups.get("lead")) == "يوم" else 2
    attrs = {"calendar": "hijri", "feast": True}
    if published is None:
        return None, precision, attrs
    names = [_clean(groups["feast"])] if groups.get("feast") else list(lex.feasts)
    year = int(groups.get("year") or groups.get("year2") or 0) or (published.year - 1 if groups.get("lastyear") else 0)
    if year:
        firsts = [_hijri_day_in_year(*lex.feasts[name], year, published) for name in names]
    else:
        firsts = [_latest_hijri_day(*lex.feasts[name], published) for name in names]
    known = [day for day in firsts if day is not None]
    if not known:
        return None
    return max(known) + dt.timedelta(days=(nth or 1) - 1), precision, attrs


def _lam_joined(words: Iterable[str]) -> tuple[str, ...]:
    """The words with the article's alif dropped, as they stand after the preposition "ل"
    ("العيد" -> "لعيد", written "للعيد")."""
    return tuple(word[1:] for word in words if word.startswith("ال"))


def _feast_year_named(groups: dict[str, str | None]) -> bool:
    """Whether a feast mention names its year ("عيد الفطر من العام الماضي 2014", "عيد الأضحى عام 2016")."""
    return bool(groups.get("lastyear") or groups.get("year") or groups.get("year2"))


def _hijri_day_in_year(month: int, day: int, year: int, published: dt.date) -> dt.date | None:
    """The Gregorian date of Hijri `day` `month` falling in Gregorian `year` (the later one
    not after publication when the year holds two)."""
    hijri_year = Gregorian(year, 7, 1).to_hijri().year
    found: list[dt.date] = []
    for candidate in (hijri_year - 1, hijri_year, hijri_year + 1):
        try:
            value = Hijri(candidate, month, day).to_gregorian()
        except (ValueError, OverflowError):
            continue
        if value.year == year:
            found.append(dt.date(value.year, value.month, value.day))
    usable = [d for d in found if d <= published + _FUTURE_SLACK] or found
    return max(usable, default=None)


def _latest_hijri_day(month: int, day: int, published: dt.date) -> dt.date | None:
    """The latest Gregorian date of Hijri `day` `month` not after publication (with slack)."""
    year = Gregorian(published.year, published.month, published.day).to_hijri().year
    for candidate_year in (year, year - 1):
        try:
            value = Hijri(candidate_year, month, day).to_gregorian()
        except (ValueError, OverflowError):
            return None
        found = dt.date(value.year, value.month, value.day)
        if found <= published + _FUTURE_SLACK:
            return found
    return None


def _resolve(candidate: Candidate, published: dt.date | None) -> Resolved | None:
    """Turn one regex hit into (date, precision, attrs), or None if it is not a date."""
    groups, rule = candidate.groups, candidate.rule
    if rule == "weekday":
        return _resolve_weekday(groups, published)
    if rule == "night_pair":
        return _resolve_night(groups, published)
    if rule == "relative":
        return _resolve_relative(groups, published)
    if rule in ("ago", "after"):
        return _resolve_ago(groups, published)
    if rule == "hijri":
        return _resolve_hijri(groups, published)
    if rule.startswith("numeric_hijri"):
        return _resolve_numeric_hijri(groups)
    if rule == "day_of_month":
        return _resolve_day_of_month(groups, published)
    if rule == "feast":
        return _resolve_feast(groups, published)
    if rule == "hijri_month":
        return _resolve_hijri_month(groups, published)
    if rule == "year":
        if groups.get("decade"):
            # the decade's last year: recalled history whenever the decade ended before publication
            return None, 3, {"year": 1900 + _decades()[groups["decade"]] + 9, "bare_year": False, "decade": True}
        return None, 3, {"year": int(groups["year"] or groups["season"] or groups["bare"] or 0),
                         "bare_year": bool(groups["bare"])}
    return _resolve_calendar(groups, published, rule)


def _is_background(value: dt.date | None, precision: int, attrs: dict[str, Any], published: dt.date | None) -> bool:
    """An event dated well before publication is context, not news."""
    if published is None:
        return False
    if value is None:
        return "year" in attrs and attrs["year"] < published.year
    if precision == 3 and "month_days" in attrs:
        # A Hijri month straddles two Gregorian ones: recalled once it ended well before publication.
        return (published - value).days > attrs["month_days"] + date_lexicon().background_days
    if precision == 3:
        return (value.year, value.month) < (published.year, published.month)
    return (published - value).days > date_lexicon().background_days


def resolve_expression(text: str, published: dt.date | None) -> Resolved | None:
    """Resolve one time expression ("الأربعاء الماضي") against a publication date.

    Returns (date or None, precision 1..3, attrs) for the longest expression
    found in `text`, or None when `text` holds no date expression.
    """
    candidates = find_expressions(" ".join(normalize(text).split()))
    for candidate in sorted(candidates, key=lambda c: c.start - c.end):
        resolved = _resolve(candidate, published)
        if resolved is not None:
            value, precision, attrs = resolved
            attrs = dict(attrs, rule=candidate.rule)
            attrs["background"] = _is_background(value, precision, attrs, published)
            return value, precision, attrs
    return None


def since_reads_ago(word_before: str, words_after: list[str]) -> bool:
    """"منذ" and a span read "ago", telling one past act, not "since": right
    after a one-off act (`since_as_ago`: "اختطف منذ شهرين") or closed by an ago
    tail (`ago_tails`: "منذ أربع سنوات مضت").  Normalized words."""
    return _one_off_act(word_before) or not set(_ago_tails()).isdisjoint(words_after)


def background_markers(sentence_norm: str) -> bool:
    """True when a normalized sentence says it recalls an earlier event (كان قد ...)."""
    return any(not _formerly(sentence_norm, found) for found in _marker_pattern().finditer(sentence_norm))


def _formerly(sentence_norm: str, marker: re.Match[str]) -> bool:
    """"سابقا" saying "formerly" of a name or a rank ("هيئة تحرير الشام (النصرة سابقا)",
    "أحد ضباط أمن الدولة سابقا") or "than before" ("عما كانت عليه في السابق"), not
    recalling an act: after a word with the article or one of `formerly.after`."""
    markers, after = _formerly_words()
    if " ".join(marker.group().split()) not in markers:
        return False
    words = _WORD.findall(sentence_norm, max(0, marker.start() - _NAME_LOOKBACK), marker.start())
    return bool(words) and (words[-1] in after or any(stem.startswith("ال") for stem in strip_clitics(words[-1])))


@cache
def _formerly_words() -> tuple[frozenset[str], frozenset[str]]:
    """`formerly` of dates.yaml: (background markers that may mean "formerly", words after which they do)."""
    section = _raw_lexicon().get("formerly")
    if not isinstance(section, dict):
        raise KnowledgeError("dates.yaml: formerly needs markers and after")
    words = {key: section.get(key) for key in ("markers", "after")}
    if not all(isinstance(v, list) and v and all(isinstance(w, str) for w in v) for v in words.values()):
        raise KnowledgeError("dates.yaml: formerly.markers and formerly.after must be lists of words")
    markers = frozenset(" ".join(normalize(w).split()) for w in words["markers"])
    if not markers <= set(date_lexicon().background_markers):
        raise KnowledgeError("dates.yaml: formerly.markers must be background_markers")
    return markers, frozenset(normalize(w) for w in words["after"])


@cache
def _marker_pattern() -> re.Pattern[str]:
    """Fixed background phrases, or "كان ... قد" with a few words between; either may
    carry a conjunction ("وسبق أن"), and the words between may be quoted or hyphened
    ("وكان صاروخ "أرض – جو" قد"), not cut by a clause's punctuation."""
    lex = date_lexicon()
    pair = (rf"(?:{_alt(lex.background_pair_first)})\s+(?:[^\s{_CLAUSE_MARKS}]+\s+){{0,{lex.background_pair_gap}}}"
            rf"{re.escape(lex.background_pair_second)}")
    return re.compile(_START + "[وف]?(?:" + _alt(lex.background_markers) + "|" + pair + ")" + _END)


# -- parsing publication metadata ----------------------------------------------
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def parse_published(value: str | None) -> dt.date | None:
    """The calendar day of a `published` string: ISO ("2018-07-02T08:22:27+00:00"),
    day/month/year ("02/07/2018") or the RFC 2822 form of RSS feeds and mail
    headers ("Sun, 18 Feb 2018 21:35:43 +0400").

    The local date as written is kept (no conversion to UTC): the article's
    own "today" is what its relative expressions refer to.
    """
    if not value:
        return None
    text = value.strip()
    match = _ISO_DATE.search(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    elif match := _DMY_DATE.search(text):
        day, month, year = (int(g) for g in match.groups())
    elif parsed := email.utils.parsedate_tz(text):
        year, month, day = parsed[:3]
    else:
        return None
    return _safe_date(year, month, day)


# -- the stage -----------------------------------------------------------------
def sentence_spans(doc: Document) -> list[tuple[int, int]]:
    """Raw spans to search: sentences, else body spans, else the whole text."""
    if doc.sentences:
        return [(s.start, s.end) for s in doc.sentences]
    if doc.body:
        return [(s.start, s.end) for s in doc.body]
    return [(0, len(doc.text))]


@dataclass(slots=True)
class _Statement:
    """A statement dated before publication: relative days said in it count from its day.

    `verb` is the statement verb's offset in the sentence (None when the
    statement goes on from the sentence before, "وأضاف ..."), `end` where its
    date ends; `whole` says that the whole sentence is the statement's.
    """

    verb: int | None
    end: int
    day: dt.date
    whole: bool = False

    def covers(self, sentence_norm: str, verb: int | None, position: int) -> bool:
        """Whether a date at `position` (with its own statement verb `verb`, if any) was said in it."""
        if verb is not None and verb != self.verb:
            return False
        return self.whole or _inside_statement(sentence_norm, self.end, position)


def process(doc: Document) -> None:
    """Add a `date` mention for every time expression in the article body.

    Two things run across sentences: a feast named with its year dates the
    feasts mentioned just after it (`_feast_in_context`), and a dated statement
    goes on into a sentence that opens by continuing it ("وأضاف"،
    `statement_continuations`), whose "الليلة الماضية" is the statement's.
    After all sentences, the text's own "today" moves its bare relative days when
    it lies before publication (`_writers_day`), and a day or month named with no
    year takes the year the text gives it elsewhere (`_year_context`).
    """
    norm = doc.norm
    feast_year: tuple[int, dict[str, str | None]] | None = None  # the last feast named with its year
    carried: dt.date | None = None  # the day of the statement the previous sentence reported
    for number, (raw_start, raw_end) in enumerate(sentence_spans(doc)):
        start, end = doc.norm_index(raw_start), doc.norm_index(raw_end)
        sentence = norm[start:end]
        statement = _Statement(None, 0, carried, whole=True) \
            if carried is not None and _continues_statement(sentence) else None
        feast_year, statement = _sentence_dates(doc, start, sentence, number, feast_year, statement)
        carried = statement.day if statement is not None else None
    _writers_day(doc)
    _date_series(doc)
    _day_pairs(doc)
    # the year first: "في اليوم التالي" counts from the day as the text's year puts it
    _year_context(doc)
    _same_day(doc)


# Rules of relative days (أمس، اليوم، الليلة الماضية، قبل يومين) moved to the writer's day.
_WRITER_RULES = frozenset({"relative", "ago"})


def _writers_day(doc: Document) -> None:
    """Count the text's bare relative days from its own "today" when it names one before publication.

    "أمس الجمعة" and "اليوم الأربعاء" tell which day the writer calls yesterday or today
    (`_resolve_weekday` takes the weekday).  When every such phrase of the body points to
    the same day, one to `writer_lag_days` (dates.yaml) days before publication (a print
    edition dated the next morning, a wire story posted late: "ذكر الجيش أمس الجمعة ... صباح أمس" in a
    paper dated the Tuesday after), its bare "أمس"، "صباح اليوم"، "الليلة الماضية" and "قبل
    يومين" are counted from that day, not from publication: "صباح أمس" there is the
    Friday.  Phrases already counted from a statement's day (`from_statement`) and those
    of a month or more (precision 3) keep their day.  Weekdays without "أمس"/"اليوم" are
    left as they are: from publication they name the latest such day, which the writer
    may have told ahead ("سيسافر بعد غد الاثنين").
    """
    published = doc.published
    if published is None:
        return
    dates = doc.of_kind("date")
    told = {day for m in dates if m.attrs.get("rule") == "weekday" and (day := _told_today(m, doc)) is not None}
    if len(told) != 1:
        return
    lag = (published - told.pop()).days
    if not 0 < lag <= date_lexicon().writer_lag_days:
        return
    for mention in dates:
        attrs = mention.attrs
        if attrs.get("rule") not in _WRITER_RULES or attrs.get("from_statement") \
                or attrs.get("precision", 1) > 2 or not isinstance(mention.value, dt.date):
            continue
        value = mention.value - dt.timedelta(days=lag)
        attrs.update(background=attrs.get("background", False)
                     or _is_background(value, attrs.get("precision", 1), attrs, published), writers_day=True)
        mention.value = value


def _told_today(mention: Mention, doc: Document | None = None) -> dt.date | None:
    """The writer's today a weekday mention tells: its day after "اليوم" ("اليوم الأربعاء"،
    "صباح اليوم الأربعاء"), the day after it after "أمس" ("أمس الجمعة"), else None.
    "أمس" after a head of the day before yesterday (`before_yesterday_heads` in dates.yaml:
    "قبل أمس الخميس"، "أول أمس"، "أول من أمس"), in the phrase or right before it, tells none."""
    words = _WORD.findall(mention.attrs.get("expr", ""))
    if doc is not None and len(words) == 2:
        at = doc.norm_index(mention.start)
        words = _WORD.findall(doc.norm[max(0, at - 20):at])[-1:] + words
    value = mention.value
    if len(words) < 2 or not isinstance(value, dt.date) or _clean(words[-1]) not in date_lexicon().weekdays:
        return None
    if words[-2] == "اليوم":
        return value
    if words[-2] == "امس" and (len(words) < 3 or words[-3] not in date_lexicon().before_yesterday_heads):
        return value + dt.timedelta(days=1)
    return None



def _year_context(doc: Document) -> None:
    """Give a day or month named with no year the year the text meant, when it says so.

    "في يوليو من العام نفسه" (`same_year` in dates.yaml) is in the year named
    last before it anywhere in the text.  A day or month with no year or
    mark after a month named with an earlier year in the same sentence
    ("قالت روسيا في حزيران/يونيو 2017 إنها قتلت البغدادي في نهاية أيار/مايو")
    is in that year: a recalled story goes on in its own year.  So does a count of
    years back ("قبل ستة أعوام ... في أغسطس" is the August of that year; `_years_ago`),
    an earlier year named with its noun ("في عام 2017 ... في 7 أبريل"), and
    last year named by a mark before the day ("العام الماضي في 22 مايو";
    `last_year_marks`).  A bare year
    ("في 2013") does not carry over: it often opens a list that comes up to
    the present ("ويست غيت في 2013 وجامعة غاريسا في أبريل").  A day (or a
    month) named earlier with its year is that year's when named again
    without one ("هجوم 7 يناير" after "في 7 يناير 2015").  Under a heading
    that names a year ("هجمات العام 2016" on a line of its own; `_year_headings`)
    a day or month with no year of its own, and no nearer sign, is in that year
    until the next such heading: a digest lists each year's acts under its year.
    """
    if doc.published is None:
        return
    headings = _year_headings(doc)
    named: int | None = None  # the year the text named last
    years: dict[tuple[int, int | None], int] = {}  # (month, day or None) named with a year -> that year
    # (sentence start, year, norm end or None) of the last month named with an earlier year; an end
    # (a year named alone) reaches only the days of its own clause (`_same_clause`)
    anchor: tuple[int, int, int | None] | None = None
    for mention in sorted(doc.of_kind("date"), key=lambda m: m.start):
        attrs = mention.attrs
        open_year = attrs.get("year_open")
        sentence = doc.sentence_at(mention.start)
        here = sentence.start if sentence is not None else None
        year = None
        if open_year == "same":
            year = named
        elif open_year == "open" and isinstance(mention.value, dt.date):
            heading = next((y for at, y in reversed(headings) if at < mention.start), None)
            day = mention.value.day if attrs.get("precision") == 1 else None
            anchored = anchor is not None and anchor[0] == here and (
                anchor[2] is None or _same_clause(doc.norm, anchor[2], doc.norm_index(mention.start)))
            year = years.get((mention.value.month, day)) or (anchor[1] if anchor and anchored else None) \
                or _last_year_before(doc, sentence, mention) or _heading_year(heading, mention, doc.published)
        if year is not None and isinstance(mention.value, dt.date) and year != mention.value.year:
            value = _safe_date(year, mention.value.month, mention.value.day)
            if value is not None:
                precision = attrs.get("precision", 1)
                attrs.update(background=attrs.get("background", False)
                             or _is_background(value, precision, attrs, doc.published), year_from="context")
                mention.value = value
        if "named_year" in attrs or attrs.get("rule") == "year":
            named = attrs.get("named_year") or attrs.get("year")
        if "named_year" in attrs and isinstance(mention.value, dt.date):
            day = mention.value.day if attrs.get("precision") == 1 else None
            years[(mention.value.month, day)] = attrs["named_year"]
        if "named_year" in attrs and here is not None:
            anchor = (here, attrs["named_year"], None) if attrs["named_year"] < doc.published.year else None
        elif _years_ago(mention, doc.published) and here is not None:
            anchor = (here, mention.value.year, None)
        elif attrs.get("rule") == "year" and not attrs.get("bare_year") and here is not None \
                and attrs["year"] < doc.published.year and not _opens_a_span(doc.norm, doc.norm_index(mention.start)):
            anchor = (here, attrs["year"], doc.norm_index(mention.end))


def _year_headings(doc: Document) -> list[tuple[int, int]]:
    """(start, year) of each heading line, in text order, that names a year ("اعتداءات العام 2018"،
    "هجمات العام 2015 هي الأسوأ في تاريخ فرنسا"): a body paragraph of one short sentence
    (at most `year_heading_words` words, no full stop) with a year expression of its own
    ("عام/العام 2016", not after "منذ") no later than publication."""
    limit = _year_heading_words()
    counts = Counter(s.paragraph for s in doc.sentences if not s.is_title)
    found: list[tuple[int, int]] = []
    for sentence in doc.sentences:
        if sentence.is_title or counts[sentence.paragraph] != 1:
            continue
        text = doc.slice(sentence.start, sentence.end).strip()
        if not text or text[-1] in ".!؟?:" or len(_WORD.findall(text)) > limit:
            continue
        norm = doc.norm[doc.norm_index(sentence.start):doc.norm_index(sentence.end)]
        years = {int(m.group(1)) for m in _HEADING_YEAR.finditer(norm)}
        if len(years) == 1 and min(years) <= doc.published.year:
            found.append((sentence.start, min(years)))
    return found


# A year after its noun, bare or with "ل"/"لل" ("هجمات العام 2016"، "اعتداء مرسيليا للعام 2017").
_HEADING_YEAR = re.compile(rf"(?<!\w)(?:ل?ل?عام|العام|ل?ل?سنه|السنه)\s+({_YEAR})(?!\w)")


def _heading_year(heading: int | None, mention: Mention, published: dt.date) -> int | None:
    """The heading's year for a day or month with none, unless that puts it after publication."""
    value = mention.value
    if heading is None or not isinstance(value, dt.date):
        return None
    moved = _safe_date(heading, value.month, value.day)
    return heading if moved is not None and moved <= published else None


@cache
def _year_heading_words() -> int:
    """`year_heading_words` of dates.yaml: the longest line read as a heading naming a year."""
    words = _raw_lexicon().get("year_heading_words")
    if not isinstance(words, int) or isinstance(words, bool) or words < 2:
        raise KnowledgeError("dates.yaml: year_heading_words must be a number of words, at least 2")
    return words


# A new coordinated clause ("...، وفي 3 مايو قتل") or a semicolon: where a year
# named alone stops telling the year of the days after it.
_COORDINATED_BREAK = re.compile(r"[،,]\s*و|[؛;]")
# Words before a year that make it a span's end point ("منذ عام 2011"): no year of the days after.
_SPAN_WORDS = frozenset({"منذ", "ومنذ", "حتي", "وحتي", "بين", "وبين"})


def _same_clause(norm: str, start: int, end: int) -> bool:
    """No clause break between two normalized offsets."""
    return _COORDINATED_BREAK.search(norm, start, end) is None


def _opens_a_span(norm: str, start: int) -> bool:
    """The year at `start` is where a span starts or ends ("منذ عام 2011"، "حتى عام 2014")."""
    words = _WORD.findall(norm, max(0, start - 12), start)
    return bool(words) and words[-1] in _SPAN_WORDS


def _last_year_before(doc: Document, sentence: Sentence | None, mention: Mention) -> int | None:
    """Last year, when the day's own clause names it by a mark (`last_year_marks`) before the day."""
    if sentence is None or doc.published is None:
        return None
    start, end = doc.norm_index(sentence.start), doc.norm_index(mention.start)
    found = list(_last_year_pattern().finditer(doc.norm, start, end))
    return doc.published.year - 1 if found and _same_clause(doc.norm, found[-1].end(), end) \
        and not _opens_a_span(doc.norm, found[-1].start()) else None


@cache
def _last_year_pattern() -> re.Pattern[str]:
    """Any of `last_year_marks` as a whole phrase."""
    return re.compile(rf"(?<!\w)(?:{_alt(date_lexicon().last_year_marks)})(?!\w)")


def _years_ago(mention: Mention, published: dt.date) -> bool:
    """A count of a year or more back ("قبل ستة أعوام"، "منذ عامين مضيا"): it names a
    past year the way "في يونيو 2009" does, for the months the sentence names after it."""
    value = mention.value
    return mention.attrs.get("rule") == "ago" and isinstance(value, dt.date) and value.year < published.year \
        and 12 * (published.year - value.year) + published.month - value.month >= 12


def _day_pairs(doc: Document) -> None:
    """Two days named together ("الأربعاء والخميس"، "أمس وأمس الأول"; `day_pairs`
    in dates.yaml) are one span, so both mentions take its first day at week
    precision: the act was spread over the two days, not done on the one
    nearest it.  Each weekday was resolved alone to its latest occurrence, so
    the later of a pair published on the earlier one's weekday came out a week
    back ("الأربعاء والخميس" on a Wednesday is last Wednesday and Thursday):
    the first named day is taken as the one before the second."""
    joiners, max_days, hours = _day_pair_rules()
    found = sorted((m for m in doc.of_kind("date") if m.attrs.get("rule") in _PAIRED_RULES
                    and m.attrs.get("precision") == 1 and isinstance(m.value, dt.date)), key=lambda m: m.start)
    for first, second in pairwise(found):
        joined = normalize(second.text)
        joiner = next((j for j in joiners if joined.startswith(j)), None)
        if joiner is None or doc.norm[doc.norm_index(first.end):doc.norm_index(second.start)].strip() \
                or hours & {*normalize(first.text).split(), *joined[len(joiner):].split()}:
            continue
        day = first.value
        if first.attrs["rule"] == second.attrs["rule"] == "weekday":
            day = second.value - dt.timedelta(days=(second.value.weekday() - day.weekday()) % 7)
        if not 0 < abs((second.value - day).days) <= max_days:
            continue
        start = min(day, second.value)
        for mention in (first, second):
            mention.value = start
            mention.attrs.update(precision=2, day_pair=True, background=mention.attrs.get("background") or
                                 _is_background(start, 2, mention.attrs, doc.published))


# Rules of a single named day that `_day_pairs` joins: a weekday, "أمس"/"أمس الأول"/"اليوم".
_PAIRED_RULES = NEWS_DAY_RULES - {"night_pair"}


@cache
def _day_pair_rules() -> tuple[tuple[str, ...], int, frozenset[str]]:
    """`day_pairs` of dates.yaml, normalized: the joiners, the most days between
    the two, and the words of a time of day (`day_parts` but `whole_day`)."""
    lexicon = date_lexicon()
    hours = {word for part in lexicon.day_parts for word in normalize(part).split()} - lexicon.day_pair_whole_day
    return lexicon.day_pair_joiners, lexicon.day_pair_max_days, frozenset(hours)


def _same_day(doc: Document) -> None:
    """"في اليوم نفسه" / "في نفس اليوم" is the day last named before it, not today
    (`same_day` in dates.yaml): "انفجرت سيارة في اليوم نفسه" after "الثلاثاء" is Tuesday.
    "في اليوم التالي" / "اليوم السابق" (`same_day.shifts`) is the day after / before it."""
    before_words, after_words = _same_day_words()
    shifts = _same_day_shifts()
    previous: Mention | None = None
    for mention in sorted(doc.of_kind("date"), key=lambda m: m.start):
        at, end = doc.norm_index(mention.start), doc.norm_index(mention.end)
        following = _WORD.search(doc.norm, end)
        next_word = following.group() if following is not None and following.start() - end <= 1 else None
        preceding = _WORD.findall(doc.norm[max(0, at - 12):at])
        shift = shifts.get(next_word or "", 0)
        same = normalize(mention.text).endswith("اليوم") and (
            next_word in after_words or shift != 0 or (bool(preceding) and preceding[-1] in before_words))
        if same and previous is not None:
            value, precision = previous.value, previous.attrs.get("precision", 1)
            # a day after a month or week named without its day is still in it
            mention.value = value + dt.timedelta(days=shift) if isinstance(value, dt.date) and precision == 1 else value
            mention.attrs.update(precision=precision,
                                 background=previous.attrs.get("background", False), rule="same_day")
        previous = mention


@cache
def _same_day_shifts() -> dict[str, int]:
    """`same_day.shifts` of dates.yaml, normalized: a word after "اليوم" -> days added to the day named last."""
    raw = _raw_lexicon().get("same_day", {}).get("shifts")
    if not isinstance(raw, dict) or not all(
            isinstance(days, int) and isinstance(words, list) and all(isinstance(w, str) for w in words)
            for days, words in raw.items()):
        raise KnowledgeError("dates.yaml: same_day.shifts must map day counts to lists of words")
    return {normalize(word): days for days, words in raw.items() for word in words}


@dataclass(frozen=True, slots=True)
class SameYear:
    """`same_year` of dates.yaml, normalized: "من العام نفسه" after a day or month."""

    leads: tuple[str, ...]
    phrases: tuple[str, ...]


@cache
def _same_year() -> SameYear:
    """`same_year` of dates.yaml, validated: the words before the phrase and the phrases."""
    section = _raw_lexicon().get("same_year")
    lists = {key: section.get(key) if isinstance(section, dict) else None for key in ("leads", "phrases")}
    if not all(isinstance(v, list) and v and all(isinstance(w, str) and normalize(w).split() for w in v)
               for v in lists.values()):
        raise KnowledgeError("dates.yaml: same_year needs lists of leads and phrases")
    leads, phrases = (tuple(" ".join(normalize(w).split()) for w in lists[key]) for key in ("leads", "phrases"))
    return SameYear(leads, phrases)


@cache
def _same_day_words() -> tuple[frozenset[str], frozenset[str]]:
    """`same_day` of dates.yaml, normalized: the words before and after "اليوم" that make it the day just named."""
    raw = _raw_lexicon().get("same_day")
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), list) and raw.get(k) for k in ("before", "after")):
        raise KnowledgeError("dates.yaml: same_day must map before and after to lists of words")
    return frozenset(normalize(w) for w in raw["before"]), frozenset(normalize(w) for w in raw["after"])


def _date_series(doc: Document) -> None:
    """Number back the weekdays of a weekly series ("في الجمعة الثانية من المواجهات").

    An ordinal after a weekday counts occurrences in a series, not weeks from
    publication: the highest one the article names is the latest such weekday
    (the news of the day), each lower one that many weeks before it.  A lone
    ordinal keeps the latest weekday.
    """
    ordinals = _series_ordinals()
    found: list[tuple[Mention, int]] = []
    for mention in doc.of_kind("date"):
        if mention.attrs.get("rule") != "weekday" or not isinstance(mention.value, dt.date):
            continue
        following = _WORD.search(doc.norm, doc.norm_index(mention.end))
        if following is not None and following.group() in ordinals:
            found.append((mention, ordinals[following.group()]))
    for mention, nth in found:
        latest = max(n for other, n in found if other.attrs.get("weekday") == mention.attrs.get("weekday"))
        if nth < latest:
            mention.value -= dt.timedelta(weeks=latest - nth)
            precision = int(mention.attrs.get("precision", 1))
            mention.attrs.update(series=nth, background=mention.attrs.get("background") or _is_background(
                mention.value, precision, mention.attrs, doc.published))


@cache
def _raw_lexicon() -> dict[str, Any]:
    """dates.yaml as read, for the sections this stage validates itself (not in `date_lexicon`)."""
    raw = yaml.safe_load(resources.files("marsad.data").joinpath("dates.yaml").read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise KnowledgeError("dates.yaml: expected a mapping")
    return raw


def _word_list(section: str) -> tuple[str, ...]:
    """A non-empty word list of dates.yaml, validated and normalized."""
    words = _raw_lexicon().get(section)
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise KnowledgeError(f"dates.yaml: {section} must be a non-empty list of words")
    return tuple(normalize(word) for word in words)


@cache
def _ago_tails() -> tuple[str, ...]:
    """`ago_tails` of dates.yaml: "منذ <n> <unit> مضت" counts back like "قبل"."""
    return _word_list("ago_tails")


@cache
def _seasons() -> tuple[str, ...]:
    """`seasons` of dates.yaml: a season before a year ("في صيف 2014") dates by the year."""
    return _word_list("seasons")


@cache
def _bare_year_verbs() -> tuple[str, ...]:
    """`bare_year_verbs` of dates.yaml: a past verb right after "في 2015" makes the number a
    year ("وفي 2015 وقع هجومان"), never a count (counted nouns, not verbs, follow a count)."""
    return _word_list("bare_year_verbs")


@cache
def _decades() -> dict[str, int]:
    """`decades` of dates.yaml: a decade's tens word (normalized) → its tens (90 for "تسعين")."""
    raw = _raw_lexicon().get("decades")
    if not isinstance(raw, dict) or not raw or not all(
            isinstance(k, int) and 10 <= k <= 90 and k % 10 == 0 and isinstance(v, str) and v.strip()
            for k, v in raw.items()):
        raise KnowledgeError("dates.yaml: decades must map tens (10..90) to a word")
    return {normalize(word): tens for tens, word in raw.items()}


@cache
def _decade_parts() -> tuple[str, ...]:
    """`decade_parts` of dates.yaml: "مطلع التسعينات" is still that decade."""
    return _word_list("decade_parts")


@cache
def _decade_ages() -> tuple[str, ...]:
    """`decade_ages` of dates.yaml: "في الستينات من عمره" is an age, not a decade."""
    return _phrase_list("decade_ages")


@cache
def _decade_centuries() -> tuple[str, ...]:
    """`decade_centuries` of dates.yaml: the century named after a decade ("القرن الماضي")."""
    return _phrase_list("decade_centuries")


def _phrase_list(name: str) -> tuple[str, ...]:
    """A dates.yaml list of phrases (`_word_list`), each with its spaces made single."""
    return tuple(" ".join(phrase.split()) for phrase in _word_list(name))


@cache
def _month_middles() -> tuple[str, ...]:
    """`month_middles` of dates.yaml: "في منتصف يوليو" is about the month's middle day, not its first."""
    return _word_list("month_middles")


@dataclass(frozen=True, slots=True)
class AfterGap:
    """`after_gap` of dates.yaml (normalized): "يأتي ذلك بعد ثلاثة أيام على هجوم" dates the attack."""

    words: frozenset[str]
    links: tuple[str, ...]
    frames: frozenset[str]
    fillers: tuple[str, ...]
    now: frozenset[str]
    framed_links: tuple[str, ...]
    stretches: frozenset[str]
    frame_day_breaks: frozenset[str]


@cache
def _after_gap() -> AfterGap:
    """`after_gap` of dates.yaml, validated: the words, the links after the unit, the sentence
    openers, the nouns that may stand between the word and the count ("بعد مرور عام على") and
    the words for "now" that may stand before the word ("حتى اليوم بعد عامين على")."""
    section = _raw_lexicon().get("after_gap")
    keys = ("words", "links", "frames", "fillers", "now", "framed_links", "stretches", "frame_day_breaks")
    lists = {key: section.get(key) if isinstance(section, dict) else None for key in keys}
    if not all(isinstance(v, list) and v and all(isinstance(w, str) for w in v) for v in lists.values()):
        raise KnowledgeError("dates.yaml: after_gap needs lists of words, links, frames, fillers, now, "
                             "framed_links, stretches and frame_day_breaks")
    words, links, frames, fillers, now, framed_links, stretches, breaks = (
        [normalize(w) for w in lists[key]] for key in keys)
    return AfterGap(frozenset(words), tuple(links), frozenset(frames), tuple(fillers), frozenset(now),
                    tuple(framed_links), frozenset(stretches), frozenset(breaks))


@dataclass(frozen=True, slots=True)
class NightPairs:
    """`night_pairs` of dates.yaml, normalized."""

    leads: tuple[str, ...]
    links: tuple[str, ...]
    sides: tuple[str, ...]
    after_midnight: frozenset[str]


def _phrase_lists(name: str, keys: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The normalized phrase lists `keys` of the dates.yaml mapping `name`, each validated
    as a non-empty list of phrases (a section of several word lists, as `night_pairs`)."""
    section = _raw_lexicon().get(name)
    if not isinstance(section, dict):
        raise KnowledgeError(f"dates.yaml: {name} must be a mapping")
    lists: dict[str, tuple[str, ...]] = {}
    for key in keys:
        items = section.get(key)
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and normalize(i).strip() for i in items):
            raise KnowledgeError(f"dates.yaml: {name}.{key} must be a non-empty list of phrases")
        lists[key] = tuple(" ".join(normalize(i).split()) for i in items)
    return lists


@cache
def _night_pairs() -> NightPairs:
    """Load and validate `night_pairs`: the words of "ليل الأحد - الاثنين"."""
    lists = _phrase_lists("night_pairs", ("leads", "links", "sides", "after_midnight"))
    if not set(lists["after_midnight"]) <= set(lists["sides"]):
        raise KnowledgeError("dates.yaml: night_pairs.after_midnight must be among its sides")
    return NightPairs(lists["leads"], lists["links"], lists["sides"], frozenset(lists["after_midnight"]))


@dataclass(frozen=True, slots=True)
class WarDays:
    """`war_day` of dates.yaml, normalized."""

    counters: tuple[str, ...]
    own_counters: tuple[str, ...]
    wars: tuple[str, ...]


@cache
def _war_days() -> WarDays:
    """Load and validate `war_day`: the words of a war-day counter ("اليوم الـ450 للعدوان")."""
    lists = _phrase_lists("war_day", ("counters", "own_counters", "wars"))
    return WarDays(lists["counters"], lists["own_counters"], lists["wars"])


@cache
def _war_day_pattern() -> re.Pattern[str]:
    """A war-day counter: "اليوم الـ450 للعدوان", "في اليوم 449 من الحرب", "يومها الـ377"."""
    war = _war_days()
    return re.compile(
        rf"{_START}(?<!منذ ){_CLITIC}(?:(?:{_alt(war.counters)})\s+(?:ال\s?)?\d+\s+(?:من\s+)?"
        rf"(?:ال|لل|ل)?(?:{_alt(war.wars)})(?:ه|ها|هم)?|(?:{_alt(war.own_counters)})\s+(?:ال\s?)?\d+){_END}")


def counts_war_days(text_norm: str) -> bool:
    """The normalized text holds a war-day counter ("في اليوم الـ302 لعدوانه على غزة").

    The running count of a war's days names the day the report tells, the
    publication day.  It is no date mention (it would outrank the act's own
    day, "أمس الجمعة", and make generic totals look dated): the events stage
    only raises an act left undated to day precision with it."""
    return _war_day_pattern().search(text_norm) is not None


@cache
def _before_last_marks() -> tuple[str, ...]:
    """`before_last_marks` of dates.yaml, normalized: "قبل الماضي" after a weekday."""
    items = _raw_lexicon().get("before_last_marks")
    if not isinstance(items, list) or not items or not all(isinstance(i, str) and normalize(i).split() for i in items):
        raise KnowledgeError("dates.yaml: before_last_marks must be a non-empty list of phrases")
    return tuple(" ".join(normalize(i).split()) for i in items)


@cache
def _standing_months() -> int:
    """`standing_months` of dates.yaml: from this many months on, "منذ <n> <unit>" tells a standing state."""
    months = _raw_lexicon().get("standing_months")
    if not isinstance(months, int) or isinstance(months, bool) or months < 1:
        raise KnowledgeError("dates.yaml: standing_months must be a positive number of months")
    return months


@cache
def _series_ordinals() -> dict[str, int]:
    """`series_ordinals` of dates.yaml: normalized ordinal word -> its number (validated here)."""
    table = _raw_lexicon().get("series_ordinals")
    if not isinstance(table, dict) or not table:
        raise KnowledgeError("dates.yaml: series_ordinals must map numbers to lists of words")
    out: dict[str, int] = {}
    for number, words in table.items():
        if not isinstance(number, int) or number < 1 or not isinstance(words, list) or not words:
            raise KnowledgeError(f"dates.yaml: series_ordinals entry {number!r} needs a positive number and words")
        out.update({normalize(str(word)): number for word in words})
    return out


def _sentence_dates(
    doc: Document, start: int, sentence: str, number: int,
    feast_year: tuple[int, dict[str, str | None]] | None, statement: _Statement | None,
) -> tuple[tuple[int, dict[str, str | None]] | None, _Statement | None]:
    """Add the date mentions of one sentence (normalized text from norm offset `start`);
    returns the feast and statement context for the sentences after it."""
    marked = background_markers(sentence)
    frame_day: tuple[dt.date, int] | None = None  # the frame's own day and where it ends (`_frames_own_day`)
    found_all = find_expressions(sentence)
    for found in found_all:
        if _names_something(sentence, found) or _names_a_prayer(sentence, found) and (
                marked or date_lexicon().weekdays[_clean(found.groups["wd"])]
                in _calendar_weekdays(sentence, found, found_all, doc.published)):
            continue
        candidate, feast_year = _feast_in_context(found, number, feast_year, doc.published)
        candidate = _scheduled(sentence, candidate)
        resolved = _resolve(candidate, doc.published)
        if resolved is None:
            continue
        value, precision, attrs = resolved
        if candidate.rule == "after" and frame_day is not None and value is not None and doc.published \
                and not _WORD.search(sentence, frame_day[1], candidate.start):
            # "ويأتي إعلان السلطات الاثنين بعد ساعات من استهداف ...": the gap counts back from
            # the day the frame gives its news, not from publication.
            value = frame_day[0] - (doc.published - value)
        value, attrs = _eve_shift(sentence, candidate.start, value, precision, attrs)
        frame_day = None
        if precision == 1 and value is not None and candidate.rule != "after" \
                and _frames_own_day(sentence, candidate, value, doc.published):
            frame_day = (value, candidate.end)
        verb = own_date_verb(sentence, candidate.start)
        if statement is not None and statement.covers(sentence, verb, candidate.start):
            value, attrs = _from_statement(candidate, statement.day, value, attrs)
        background = marked or _is_background(value, precision, attrs, doc.published)
        span = doc.raw_span(start + candidate.start, start + candidate.end)
        if verb is not None:
            attrs = dict(attrs, verb_start=doc.raw_span(start + verb, start + verb + 1)[0])
            day = _earlier_day(value, precision, doc.published)
            if day is not None and not attrs.get("from_statement"):
                statement = _Statement(verb, candidate.end, day)
        doc.add(Mention(
            start=span[0], end=span[1], kind="date", text=doc.slice(*span), value=value,
            attrs=dict(attrs, precision=precision, background=background,
                       expr=sentence[candidate.start:candidate.end], rule=candidate.rule),
        ))
    return feast_year, statement


def _calendar_weekdays(sentence_norm: str, prayer: Candidate, found: Iterable[Candidate],
                       published: dt.date | None) -> set[int]:
    """The weekdays of the calendar days the sentence gives for the prayer (`_CALENDAR_RULES`).

    A prayer's weekday that is one of them ("خلال صلاة الجمعة ... في 26 يونيو الماضي",
    a Friday) names the prayer of that day, not the latest Friday, so it dates nothing.
    Another weekday's date ("عقب صلاة الجمعة في ذكرى مجزرة 21 أغسطس 2013", a
    Wednesday) is some other day's, and the prayer still dates the news.  A span's
    start ("منذ 15 مارس") is no day of a prayer, nor a planned day ("زيارة نتنياهو
    المقررة في 5 ديسمبر"), nor a day told of another act (`_prayers_own_day`).
    """
    days: set[int] = set()
    for candidate in found:
        if candidate.rule not in _CALENDAR_RULES or candidate.groups.get("since") \
                or not _prayers_own_day(sentence_norm, prayer, candidate):
            continue
        candidate = _scheduled(sentence_norm, candidate)
        if _mark_kind(candidate.groups.get("mark")) == "future":
            continue
        resolved = _resolve(candidate, published)
        if resolved is not None and isinstance(resolved[0], dt.date) and resolved[1] == 1 \
                and (published is None or resolved[0] <= published):
            days.add(resolved[0].weekday())
    return days


def _prayers_own_day(sentence_norm: str, prayer: Candidate, candidate: Candidate) -> bool:
    """The calendar day stands beside the prayer in its clause: no punctuation, none of
    `date_names.prayer_day_breaks` ("احتجاجا على"، "بعد"، "الذي") and at most
    `prayer_day_reach` words between them."""
    low, high = (prayer.end, candidate.start) if prayer.start < candidate.start else (candidate.end, prayer.start)
    between = sentence_norm[low:high]
    breaks, reach = _prayer_day_breaks()
    words = _WORD.findall(between)
    return not _CLAUSE_MARK.search(between) and len(words) <= reach \
        and all(breaks.isdisjoint(strip_clitics(word)) for word in words)


@cache
def _prayer_day_breaks() -> tuple[frozenset[str], int]:
    """`date_names.prayer_day_breaks` (normalized) and `date_names.prayer_day_reach`."""
    section = _raw_lexicon().get("date_names")
    breaks = section.get("prayer_day_breaks") if isinstance(section, dict) else None
    reach = section.get("prayer_day_reach") if isinstance(section, dict) else None
    if not isinstance(breaks, list) or not all(isinstance(w, str) for w in breaks) \
            or not isinstance(reach, int) or reach < 1:
        raise KnowledgeError("dates.yaml: date_names needs a list of prayer_day_breaks and a positive prayer_day_reach")
    return frozenset(normalize(w) for w in breaks), reach


@cache
def month_day_breaks() -> tuple[frozenset[str], int]:
    """`month_day.breaks` (normalized) and `month_day.reach` of dates.yaml: what keeps a day
    from narrowing the month beside it (events.narrowed)."""
    section = _raw_lexicon().get("month_day")
    breaks = section.get("breaks") if isinstance(section, dict) else None
    reach = section.get("reach") if isinstance(section, dict) else None
    if not isinstance(breaks, list) or not all(isinstance(w, str) and w.strip() for w in breaks) \
            or not isinstance(reach, int) or reach < 1:
        raise KnowledgeError("dates.yaml: month_day needs a list of breaks and a positive reach")
    return frozenset(normalize(w) for w in breaks), reach


def _frames_own_day(sentence_norm: str, candidate: Candidate, value: dt.date, published: dt.date | None) -> bool:
    """A day the frame gives its own news ("ويأتي إعلان الجيش الاثنين بعد ..."): told in the
    frame's clause with none of `after_gap.frame_day_breaks` before it ("قبل الانتخابات
    المقررة في 20 ديسمبر"، "في ذكرى مجزرة ..."، "بعد الهجوم الذي استهدف ... في 20 نوفمبر")
    and not after publication."""
    if published is None or value > published or candidate.groups.get("since") \
            or _mark_kind(candidate.groups.get("mark")) == "future":
        return False
    before = sentence_norm[:candidate.start]
    breaks = _after_gap().frame_day_breaks
    return not _CLAUSE_MARK.search(before) \
        and all(breaks.isdisjoint(strip_clitics(word)) for word in _WORD.findall(before))


def _after_now(sentence_norm: str, position: int) -> bool:
    """The word before `position` says "now" (`after_gap.now`: "مصيره مجهول حتى اليوم بعد
    عامين على اختطافه"): the gap after it runs up to the news."""
    before = _WORD.findall(sentence_norm, max(0, position - 20), position)
    return bool(before) and before[-1] in _after_gap().now


def _framed(sentence_norm: str) -> bool:
    """The sentence opens with "يأتي" / "جاء" (`after_gap.frames`): its news comes "بعد <n> أيام
    على <act>", so that act happened n days before it.  Elsewhere "بعد ... على" counts from
    an act whose day is not known here, and dates nothing."""
    first = _WORD.search(sentence_norm)
    return first is not None and first.group() in _after_gap().frames


def _scheduled(sentence_norm: str, candidate: Candidate) -> Candidate:
    """A day or month set for something planned ("الانتخابات المقررة في 20 أكتوبر", "من
    المقرر أن تعقد الجلسة الأحد") is the next one, not the last: it gets the future mark
    when one of `scheduled.leads` stands up to `scheduled.reach` words before it in its clause."""
    groups = candidate.groups
    if candidate.rule not in _SCHEDULABLE or groups.get("mark") or groups.get("year") or groups.get("lastyear") \
            or groups.get("since") or groups.get("anchor"):
        return candidate
    leads, phrases, reach = _scheduled_leads()
    before = sentence_norm[:candidate.start]
    stop = max((m.end() for m in _CLAUSE_MARK.finditer(before)), default=0)
    window = _WORD.findall(before, stop)[-reach:]
    if not any(not leads.isdisjoint(strip_clitics(word)) for word in window) \
            and not any(f" {phrase} " in f" {' '.join(window)} " for phrase in phrases):
        return candidate
    return Candidate(candidate.start, candidate.end, candidate.rule, groups | {"mark": date_lexicon().future_marks[0]})


# Rules that name a day of the calendar, which a prayer's weekday beside them cannot
# overrule (`_names_a_prayer`); a month alone ("منذ مارس الماضي") may be another act's.
_CALENDAR_RULES = frozenset({"explicit", "numeric_dmy", "numeric_ymd", "numeric_hijri_dmy",
                             "numeric_hijri_ymd", "hijri", "day_of_month"})
# Rules whose day, weekday or month has no year of its own to fix it.
_SCHEDULABLE = frozenset({"explicit", "month", "weekday"})


@cache
def _scheduled_leads() -> tuple[frozenset[str], tuple[str, ...], int]:
    """`scheduled` of dates.yaml: the normalized lead words (matched on their stems), the
    lead phrases of several words (matched as they stand) and how many words back they are looked for."""
    section = _raw_lexicon().get("scheduled")
    leads = section.get("leads") if isinstance(section, dict) else None
    reach = section.get("reach") if isinstance(section, dict) else None
    if not isinstance(leads, list) or not leads or not all(isinstance(w, str) and normalize(w).split() for w in leads) \
            or not isinstance(reach, int) or reach < 1:
        raise KnowledgeError("dates.yaml: scheduled needs a list of leads and a positive reach")
    forms = [" ".join(normalize(lead).split()) for lead in leads]
    return frozenset(f for f in forms if " " not in f), tuple(f for f in forms if " " in f), reach


def _continues_statement(sentence_norm: str) -> bool:
    """The sentence opens with a verb that goes on with the statement before it
    ("وأضاف"، "وقال المسؤولون"; `statement_continuations` in dates.yaml)."""
    first = _WORD.search(sentence_norm)
    return first is not None and first.group() in date_lexicon().statement_continuations


def _names_something(sentence_norm: str, candidate: Candidate) -> bool:
    """A day and month with no year that name a revolution, a movement or an old attack
    ("ثورة 25 يناير", "طرفي 14 و8 آذار", "هجمات 11 سبتمبر"; `date_names` in dates.yaml).

    So does a weekday after a market word ("سوق الأربعاء": a place; `date_names.weekday_heads`).
    The expression stays found (so its digits are no head count) but dates nothing.
    """
    groups = candidate.groups
    if candidate.rule == "weekday":
        before = _WORD.findall(sentence_norm, max(0, candidate.start - _NAME_LOOKBACK), candidate.start)
        return bool(before) and not date_lexicon().weekday_name_heads.isdisjoint(strip_clitics(before[-1]))
    if candidate.rule == "month":
        return _names_a_quarter(sentence_norm, candidate)
    if candidate.rule != "explicit" or groups.get("year") or groups.get("since"):
        return False
    words = _WORD.findall(sentence_norm, max(0, candidate.start - _NAME_LOOKBACK), candidate.start)
    while words and (words[-1].isdigit() or words[-1] == "و"):
        words.pop()  # the first of a pair of names: "14" in "طرفي 14 و8 آذار"
    if not words:
        return False
    lex = date_lexicon()
    if _names_a_street(sentence_norm, candidate, words[-1]):
        return True
    stems = strip_clitics(words[-1])
    if not lex.name_heads.isdisjoint(stems):
        return True
    day = f"{_day_number(groups['day'])} {_clean(groups['m1'])}"
    return not lex.named_event_heads.isdisjoint(stems) and day in lex.named_days


# Characters looked back from a date for the word that may make it a name.
_NAME_LOOKBACK = 24


def _names_a_street(sentence_norm: str, candidate: Candidate, before: str) -> bool:
    """A day number and month right after a street word in the construct ("شارع 26 سبتمبر";
    `date_names.street_heads`): the street's name.  Not after the word with the article
    ("في الشارع صباح الأحد 5 مارس"), nor with a weekday or a part of the day before the number."""
    return sentence_norm[candidate.start].isdigit() and _street_head(before)


def _names_a_quarter(sentence_norm: str, candidate: Candidate) -> bool:
    """A bare month name right after a street or quarter word, a day told in words
    between or none ("قرب حي واحد حزيران"، "في شارع تموز"; `date_names.street_heads`):
    the place's name, not a month of the story.  A month with a year or a mark of its
    own is a date all the same."""
    groups = candidate.groups
    if any(groups.get(key) for key in ("year", "mark", "lastyear", "sameyear", "since", "middle")):
        return False
    words = _WORD.findall(sentence_norm, max(0, candidate.start - _NAME_LOOKBACK), candidate.start)
    if words and (words[-1].isdigit() or words[-1] in number_lexicon().words):
        words.pop()  # the day of the name told in words: "حي واحد حزيران"
    return bool(words) and _street_head(words[-1])


def _street_head(word: str) -> bool:
    """A street or quarter word (`date_names.street_heads`), bare or with a one-letter clitic."""
    heads = date_lexicon().street_heads
    return word in heads or word[:1] in _STREET_CLITICS and word[1:] in heads


# One-letter clitics a street word may carry ("وشارع"، "بميدان").
_STREET_CLITICS = frozenset("وبفل")


def _names_a_prayer(sentence_norm: str, candidate: Candidate) -> bool:
    """A bare weekday right after a prayer word ("صلاة الجمعة"; `date_names.prayer_heads`).

    Told of the news it is the latest such day ("خرجوا عقب صلاة الجمعة"); in a
    sentence recalling an earlier act ("سبق أن استهدفوا المصلين خلال صلاة
    الجمعة") it names the weekday of an older attack, which the latest one
    would wrongly date, so the caller reads no date from it there.  So it does
    in a sentence that gives a calendar date ("تعرض المسجد لتفجير خلال صلاة
    الجمعة في 26 يونيو الماضي"): that date is the prayer's day.
    """
    groups = candidate.groups
    if candidate.rule != "weekday" or groups.get("mark") or groups.get("anchor") or groups.get("before_last"):
        return False
    before = _WORD.findall(sentence_norm, max(0, candidate.start - _NAME_LOOKBACK), candidate.start)
    return bool(before) and not date_lexicon().prayer_heads.isdisjoint(strip_clitics(before[-1]))


def _feast_in_context(
    candidate: Candidate, number: int, feast_year: tuple[int, dict[str, str | None]] | None,
    published: dt.date | None,
) -> tuple[Candidate, tuple[int, dict[str, str | None]] | None]:
    """A feast with no year of its own a few sentences after one named with its year
    is that feast of that year ("... في عيد الفطر من العام الماضي 2014. ... في أول
    أيام العيد"): a piece recalling an old feast goes on about it (`feast_year_reach`).

    Returns the candidate to resolve and the remembered (sentence number, feast and year).
    """
    if candidate.rule != "feast":
        return candidate, feast_year
    groups = candidate.groups
    if _feast_year_named(groups):
        year = groups.get("year") or groups.get("year2")
        if year is None and published is not None:
            year = str(published.year - 1)
        return candidate, ((number, {"year": year, "feast": groups.get("feast")}) if year else feast_year)
    if feast_year is None or number - feast_year[0] > date_lexicon().feast_year_reach:
        return candidate, feast_year
    named = {k: v for k, v in feast_year[1].items() if v is not None and not groups.get(k)}
    return Candidate(candidate.start, candidate.end, candidate.rule, groups | named), feast_year


def _eve_shift(
    sentence_norm: str, position: int, value: Any, precision: int, attrs: dict[str, Any]
) -> tuple[Any, dict[str, Any]]:
    """The day before / after a date that dates the X of "عشية / غداة X" (`eve_shifts`).

    "غداة هجوم الجمعة" is Saturday: the date belongs to the attack, the
    phrase to the day after.  Only a day is shifted, and only when the word
    comes at most `eve_reach` words before the date with no punctuation.
    """
    if precision != 1 or not isinstance(value, dt.date):
        return value, attrs
    lex = date_lexicon()
    before = sentence_norm[:position]
    stop = max((m.end() for m in _CLAUSE_MARK.finditer(before)), default=0)
    words = _WORD.findall(before, stop)[-lex.eve_reach:]
    shifts = [lex.eve_shifts[stem] for word in words for stem in strip_clitics(word) if stem in lex.eve_shifts]
    if not shifts:
        return value, attrs
    return value + dt.timedelta(days=shifts[-1]), dict(attrs, eve_shift=shifts[-1])


def _earlier_day(value: Any, precision: int, published: dt.date | None) -> dt.date | None:
    """A statement's date when it is a single day before publication, else None."""
    if isinstance(value, dt.date) and precision == 1 and published is not None and value < published:
        return value
    return None


_CLAUSE_BREAK = re.compile(r"[،,؛;.]")
_QUOTE_OPEN, _QUOTE_CLOSE = "«", "»"


def _inside_statement(sentence_norm: str, statement_end: int, position: int) -> bool:
    """Whether `position` still belongs to the statement dated just before `statement_end`.

    Up to the next comma the reported content runs on; past it a new clause
    ("...، وقصفت الطائرات البلدة اليوم") may be the writer's own, so only a
    quotation still open there ("قال أمس: «... اليوم ...»") keeps the speaker's day.
    """
    between = sentence_norm[statement_end:position]
    if not _CLAUSE_BREAK.search(between):
        return True
    return between.count(_QUOTE_OPEN) > between.count(_QUOTE_CLOSE) or between.count('"') % 2 == 1


def _from_statement(
    candidate: Candidate, statement_day: dt.date, value: Any, attrs: dict[str, Any]
) -> tuple[Any, dict[str, Any]]:
    """Re-count "اليوم" / "الليلة الماضية" said in an earlier statement from that statement's day.

    "أعلن الجيش أمس الخميس أن غارة ... الليلة الماضية": the statement's last
    night is Wednesday night, not the night before publication
    (`statement_relative`); the mention says so in `from_statement`.
    """
    if candidate.rule != "relative":
        return value, attrs
    back = date_lexicon().statement_relative.get(_clean(candidate.groups.get("rel")))
    if back is None:
        return value, attrs
    return statement_day - dt.timedelta(days=back), dict(attrs, from_statement=True)


_CLAUSE_MARK = re.compile(r"[،,؛;:.؟!?\"«»]")


def own_date_verb(sentence_norm: str, position: int) -> int | None:
    """Offset of a statement verb a few words before `position`, if any.

    "أعلن الوزير الثلاثاء أن ...": the date right after such a verb (and its
    subject) is the statement's own day, which the events stage uses for
    the act only when nothing else dates it.  The search stops at
    punctuation.
    """
    lex = date_lexicon()
    before = sentence_norm[:position]
    stop = max((m.end() for m in _CLAUSE_MARK.finditer(before)), default=0)
    words = list(_WORD.finditer(before, stop))[-lex.own_date_reach:]
    for match in reversed(words):
        if any(stem in lex.own_date_verbs for stem in strip_clitics(match.group())):
            return match.start()
    return None
