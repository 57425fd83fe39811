"""Sentences stage: split each body paragraph into sentences.

A sentence ends at `.`, `!`, `?`, `؟`, `؛` or an ellipsis followed by a space
(line breaks already end paragraphs), with these exceptions:
- a semicolon followed by a word that carries the clause on (a cause, "؛ جراء
  غارة", from the data file) ends nothing;
- inside a quotation («...», “...”, "...") nothing ends, so a quoted statement
  stays one piece of evidence; only a very long quotation (over
  `_LONG_QUOTE` characters) is split at its own sentence ends;
- a full stop between digits (3.5), inside a Latin token or URL, or after an
  abbreviation or a single-letter initial (د. م. ق.م, from the boilerplate data
  file) ends nothing; an era marker after a number ("2015 م.") does;
- closing quotes and brackets after the stop belong to the sentence.
Social-media posts and digests list their items inline: a sentence also
ends before an item marker (an emoji bullet "🔴", a digest's "_headline") and,
in a paragraph that opens a dash list ("قال: - ... - ..."), before each dash
(markers from the data file), so each item is its own evidence.
A dateline opening the article ("واشنطن، ... (CNN) --", "دمشق - (د ب أ) -",
shapes from the data file) is a sentence of its own, so evidence sentences
start where the report does.

Sentence spans never include surrounding whitespace.  The headline (when the
clean stage found `title_span`) is appended last with `is_title=True` and
`paragraph=-1`, so later stages can fall back on it.
"""

from __future__ import annotations

import re

from marsad.document import Document, Sentence
from marsad.knowledge.boilerplate import fold_table, load_boilerplate
from marsad.text import normalize_with_offsets

_STOP = re.compile(r"\.{2,}|…|[.!?؟؛]+")
_WORD = re.compile(r"[^\W_]")
_CLOSERS = "»”\"')]"
_OPENERS = {"«": "»", "“": "”", "\u201e": "”"}
_QUOTE_CHAR = re.compile('[«»“”\u201e"]')
# A dateline may follow a byline line, so the first two paragraphs are checked.
_DATELINE_PARAGRAPHS = 2
# Quotations longer than this may be split at their own sentence ends.
_LONG_QUOTE = 400
# The word before a full stop, and the word before that (for era markers).
_MAX_TOKEN = 24
_LAST_WORD = re.compile("[^\\s«“\"'(\\[{]+$")
_PREV_WORD = re.compile(r"([^\s]+)\s*$")
_NEXT_WORD = re.compile(r"\s*([^\s،,.؛]+)")


def process(doc: Document) -> None:
    """Set `doc.sentences` from `doc.body` (and `doc.title_span`)."""
    sentences: list[Sentence] = []
    for paragraph, span in enumerate(doc.body):
        for start, end in split(doc.text, span.start, span.end, first=paragraph < _DATELINE_PARAGRAPHS):
            sentences.append(Sentence(start, end, len(sentences), paragraph))
    if doc.title_span is not None:
        start, end = _trim(doc.text, doc.title_span.start, doc.title_span.end)
        if end > start:
            sentences.append(Sentence(start, end, len(sentences), -1, is_title=True))
    doc.sentences = sentences


def split(text: str, start: int, end: int, *, first: bool = True) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end] (one paragraph), as raw offsets.

    A dateline is looked for only when `first` (datelines open an article).
    """
    quotes = quote_spans(text, start, end)
    pieces = []
    begin = start
    dateline_end = _dateline_end(text, start, end) if first else None
    if dateline_end is not None:
        pieces.append(_trim(text, start, dateline_end))
        begin = dateline_end
    for match in _STOP.finditer(text, start, end):
        stop = match.end()
        while stop < end and text[stop] in _CLOSERS and not _opens_quote(stop, quotes):
            stop += 1
        if not _ends_sentence(text, match.start(), match.end(), stop, end, quotes):
            continue
        piece = _trim(text, begin, stop)
        if _has_word(text, *piece):
            pieces.append(piece)
            begin = stop
    piece = _trim(text, begin, end)
    if _has_word(text, *piece):
        pieces.append(piece)
    elif pieces and piece[1] > piece[0]:
        pieces[-1] = (pieces[-1][0], piece[1])
    return _split_items(text, pieces, _item_starts(text, start, end))


def _item_starts(text: str, start: int, end: int) -> list[int]:
    """Raw offsets in text[start:end] where a list item begins (see the module docstring)."""
    rules = load_boilerplate()
    starts = [m.start() for m in rules.item_marker.finditer(text, start, end)] if rules.item_marker else []
    if rules.list_dash and rules.list_dash_opener and rules.list_dash_opener.search(text, start, end):
        starts.extend(m.start() for m in rules.list_dash.finditer(text, start, end))
    return sorted(starts)


def _split_items(text: str, pieces: list[tuple[int, int]], starts: list[int]) -> list[tuple[int, int]]:
    """Cut each sentence before the item starts inside it; a wordless bit joins the next one."""
    if not starts:
        return pieces
    out: list[tuple[int, int]] = []
    for piece_start, piece_end in pieces:
        begin = piece_start
        for cut in starts:
            if begin < cut < piece_end and _has_word(text, begin, cut) and _has_word(text, cut, piece_end):
                out.append(_trim(text, begin, cut))
                begin = cut
        out.append(_trim(text, begin, piece_end))
    return out


def _dateline_end(text: str, start: int, end: int) -> int | None:
    """Raw end of a dateline opening the paragraph, when one is followed by text."""
    pattern = load_boilerplate().dateline
    if pattern is None:
        return None
    head = text[start : min(end, start + 160)]
    if "(" not in head:  # every dateline pattern names its agency in brackets
        return None
    match = pattern.match(head.translate(fold_table()))
    if match is None:
        return None
    cut = start + normalize_with_offsets(head)[1][match.end()]
    return cut if _has_word(text, cut, end) else None


def _opens_quote(index: int, quotes: list[tuple[int, int]]) -> bool:
    """True when a straight quote at `index` opens a quotation (not closes one)."""
    return any(qs == index for qs, _ in quotes)


def _ends_sentence(
    text: str, stop_start: int, stop_end: int, after: int, end: int, quotes: list[tuple[int, int]]
) -> bool:
    """Whether the stop text[stop_start:stop_end] ends a sentence."""
    if after >= end:
        return False
    for qs, qe in quotes:
        if qs < stop_start < qe and after < qe and qe - qs <= _LONG_QUOTE:
            return False
    mark = text[stop_start:stop_end]
    if mark[0] == "." and len(mark) > 1 or mark == "…":
        return text[after].isspace()
    if mark == "؛":
        return not _continues_clause(text, after, end)
    if mark != ".":
        return True
    return _full_stop_ends(text, stop_start, after)


def _continues_clause(text: str, after: int, end: int) -> bool:
    """Whether the word after a semicolon carries its clause on ("؛ جراء غارة"): a cause word
    not followed by a word pointing back at the statement before ("؛ إثر ذلك شنت ...")."""
    rules = load_boilerplate()
    match = _NEXT_WORD.match(text, after, end)
    if not match or match.group(1).translate(fold_table()) not in rules.semicolon_continuers:
        return False
    following = _NEXT_WORD.match(text, match.end(), end)
    return not (following and following.group(1).translate(fold_table()) in rules.semicolon_pointers)


def _full_stop_ends(text: str, dot: int, after: int) -> bool:
    """A single full stop: not a decimal point, URL dot or abbreviation."""
    prev = text[dot - 1] if dot > 0 else " "
    nxt = text[after] if after < len(text) else " "
    if not nxt.isspace() and (prev.isascii() and prev.isalnum() or nxt.isascii() and nxt.isalnum()):
        return False
    rules = load_boilerplate()
    # A word longer than every abbreviation is never one: look no further back.
    token = _token_before(text, dot, rules.longest_abbreviation + 1)
    if not token or len(token) > rules.longest_abbreviation:
        return True
    if token in rules.era_markers and _word_before(text, dot - len(token))[-1:].isdigit():
        return True
    return not (token in rules.abbreviations or len(token) == 1 and token.isalpha())


def _token_before(text: str, dot: int, window: int) -> str:
    """The normalized, lower-cased word ending at `dot` (dots inside it kept), at most `window` long."""
    match = _LAST_WORD.search(text, max(0, dot - window), dot)
    return match.group().translate(fold_table()).lower() if match else ""


def _word_before(text: str, index: int) -> str:
    """The raw word ending before position `index` (skipping spaces)."""
    match = _PREV_WORD.search(text, max(0, index - _MAX_TOKEN), index)
    return match.group(1) if match else ""


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotation spans in text[start:end]: paired «» / “” (nested) and straight quotes."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight: list[int] = []
    for match in _QUOTE_CHAR.finditer(text, start, end):
        ch, index = match.group(), match.start()
        if ch in _OPENERS:
            stack.append((_OPENERS[ch], index))
        elif stack and ch == stack[-1][0]:
            _, opened = stack.pop()
            if not stack:
                spans.append((opened, index + 1))
        elif ch == '"':
            straight.append(index)
    spans.extend((straight[i], straight[i + 1] + 1) for i in range(0, len(straight) - 1, 2))
    return spans


def _has_word(text: str, start: int, end: int) -> bool:
    """True when the span holds at least one letter or digit."""
    return _WORD.search(text, start, end) is not None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
