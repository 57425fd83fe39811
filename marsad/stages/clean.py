"""Clean stage: find the article body, the site boilerplate and the headline.

What happens, in order:
1. The raw text is cut into paragraphs (one per line, surrounding whitespace
   excluded).  The raw text itself is never changed; only spans are recorded.
2. Each paragraph's slice of `doc.norm` (the normalized view every later
   stage shares, built once per document) is tested against the rules of
   `marsad/data/boilerplate.yaml`: whole-line rules (subscription prompts,
   SMS footers, wire trailers ...), head rules and tail rules (a site link or
   an agency tag glued to the end of the last paragraph).  A footer rule marked
   `to_end` in the second half of the text makes every later paragraph
   boilerplate as well (the wire time stamp after `// انتهى //`).
3. A headline repeated at the end or the start of the text (or equal to the
   given `title`) becomes `title_span`; its copies leave the body.
4. Links and tag lists inside a paragraph (`inline_cuts`, matched on the raw
   text) are cut out; the paragraph's pieces on either side become separate
   body spans, so a link's digits never read as a date nor a "#غزة_تحت_القصف"
   tag as a strike.
5. What is left is `doc.body`, one span per paragraph (or paragraph piece).

A dateline such as "دمشق - (د ب أ) -" is not boilerplate: it stays in the body
for the places stage.
"""

from __future__ import annotations

import re
from collections import Counter

from marsad.document import Document, Span
from marsad.knowledge.boilerplate import Boilerplate, RuleSet, fold_table, load_boilerplate

_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_INVISIBLE = "\u200b\u200e\u200f\ufeff"
_EDGE_PUNCT = " .:،,؛!؟?-–—\u00a0"
# A repeated headline is short and is not a run of several sentences.
_MAX_TITLE_CHARS = 250
# Head and tail boilerplate is searched within this many characters of the edges.
_EDGE_WINDOW = 300
_SENTENCE_END = ".!؟?"


def process(doc: Document) -> None:
    """Set `doc.body`, `doc.boilerplate`, `doc.title_span` (and `doc.title`)."""
    rules = load_boilerplate()
    kept, removed = _strip_boilerplate(doc, _paragraphs(doc.text), rules)
    kept, edges = _split_title(doc, kept, rules)
    kept, cut = _cut_inline(doc.text, kept, rules)
    title = edges[0] if edges and edges[0].label == "title" else None
    doc.boilerplate = sorted(
        removed + cut + [span for span in edges if span is not title], key=lambda span: span.start
    )
    doc.title_span = title
    if title is not None and not doc.title:
        doc.title = doc.text[title.start : title.end]
    doc.body = [Span(start, end, "p") for start, end in kept]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines of the raw text, without surrounding whitespace."""
    out = []
    for match in _LINE.finditer(text):
        start, end = _trim(text, match.start(), match.end())
        if end > start:
            out.append((start, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past whitespace (including NBSP and zero-width marks)."""
    while start < end and (text[start].isspace() or text[start] in _INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE):
        end -= 1
    return start, end


def _strip_boilerplate(
    doc: Document, paragraphs: list[tuple[int, int]], rules: Boilerplate
) -> tuple[list[tuple[int, int]], list[Span]]:
    """Split paragraphs into kept (possibly shortened) spans and removed spans."""
    kept: list[tuple[int, int]] = []
    removed: list[Span] = []
    footer: str | None = None
    half = len(doc.text) // 2
    for start, end in paragraphs:
        if footer is not None:
            removed.append(Span(start, end, footer))
            continue
        n_start, n_end = doc.norm_index(start), doc.norm_index(end)
        rule = rules.line.fullmatch(doc.norm, n_start, n_end) if end - start <= rules.max_line_chars else None
        if rule is not None:
            removed.append(Span(start, end, rule.kind))
            if rule.to_end and start >= half:
                footer = rule.kind
            continue
        start, end = _cut_edges(doc, start, end, n_start, n_end, rules.head, rules.tail_any, removed)
        if end > start:
            kept.append((start, end))
    if kept:
        start, end = kept[-1]
        start, end = _cut_edges(
            doc, start, end, doc.norm_index(start), doc.norm_index(end), None, rules.tail_last, removed
        )
        kept[-1:] = [(start, end)] if end > start else []
    return kept, removed


def _cut_edges(
    doc: Document,
    start: int,
    end: int,
    n_start: int,
    n_end: int,
    head_rules: RuleSet | None,
    tail_rules: RuleSet,
    removed: list[Span],
) -> tuple[int, int]:
    """Remove a head and a tail match from one paragraph; record what went.

    [n_start, n_end) is the paragraph in `doc.norm`.  Tails are searched in
    the last `_EDGE_WINDOW` characters only: tail boilerplate is short, and
    scanning long prose would dominate the run time.
    """
    text, norm = doc.text, doc.norm
    head = head_rules.search(norm, n_start, n_end, anchored=True) if head_rules else None
    if head is not None:
        removed.append(Span(start, doc.raw_span(n_start, head[2])[1], head[0].kind))
        start, end = _trim(text, removed[-1].end, end)
        n_start = doc.norm_index(start)
    tail = tail_rules.search(norm, max(n_start, n_end - _EDGE_WINDOW), n_end)
    if tail is not None:
        cut = doc.raw_span(tail[1], n_end)[0]
        removed.append(Span(*_trim(text, cut, end), tail[0].kind))
        start, end = _trim(text, start, cut)
    return start, end


def _cut_inline(
    text: str, kept: list[tuple[int, int]], rules: Boilerplate
) -> tuple[list[tuple[int, int]], list[Span]]:
    """Cut the `inline_cuts` matches out of each paragraph; return the pieces and the cut spans.

    A `keep_lead` match that directly follows a word keeps its first token
    ("على مستوطنات #غزة #فلسطين": the first tag ends the sentence's prose).
    """
    pieces: list[tuple[int, int]] = []
    cut: list[Span] = []
    for start, end in kept:
        spans: list[tuple[int, int, str]] = []
        for rule in rules.inline_cuts:
            for match in rule.regex.finditer(text, start, end):
                begin = match.start()
                if rule.keep_lead and _after_word(text, begin):
                    lead = re.match(r"\S+\s*", text[begin : match.end()])
                    begin += lead.end() if lead else 0
                if match.end() > begin:
                    spans.append((begin, match.end(), rule.kind))
        begin = start
        for cut_start, cut_end, kind in sorted(spans):
            if cut_start < begin:
                continue
            piece = _trim(text, begin, cut_start)
            if piece[1] > piece[0]:
                pieces.append(piece)
            cut.append(Span(cut_start, cut_end, kind))
            begin = cut_end
        piece = _trim(text, begin, end)
        if piece[1] > piece[0]:
            pieces.append(piece)
    return pieces, cut


def _after_word(text: str, index: int) -> bool:
    """True when text[index] follows a word and one space (it continues that phrase)."""
    return index >= 2 and text[index - 1] == " " and (text[index - 2].isalnum())


def _title_key(text: str, rules: Boilerplate) -> str:
    """Comparison form of a headline: normalized, category prefix and edge punctuation off."""
    key = " ".join(text.translate(fold_table()).split()).strip(_EDGE_PUNCT)
    if rules.title_prefix is not None:
        match = rules.title_prefix.match(key)
        if match and match.end() < len(key):
            key = key[match.end() :]
    return key


def _split_title(
    doc: Document, kept: list[tuple[int, int]], rules: Boilerplate
) -> tuple[list[tuple[int, int]], list[Span]]:
    """Take repeated headlines (and a repeated lead) off both ends of the body.

    An edge paragraph is a headline copy when it is short and either equals
    the given title or occurs more than once without ending like a sentence.
    A repeated paragraph that does end like a sentence is a lead printed
    twice: its first copy stays in the body, later copies are boilerplate.
    Returns the body and the removed spans, the first headline copy first.
    Copies are counted on whitespace-collapsed raw text (cheap); only edge
    paragraphs are normalized, to compare them with the given title.
    """
    text = doc.text
    copies = Counter(" ".join(text[s:e].split()) for s, e in kept if e - s <= _MAX_TITLE_CHARS)
    given = _title_key(doc.title, rules) if doc.title else None

    def label(i: int) -> str | None:
        start, end = kept[i]
        if end - start > _MAX_TITLE_CHARS:
            return None
        if given and _title_key(text[start:end], rules) == given:
            return "title"
        if copies[" ".join(text[start:end].split())] < 2:
            return None
        return "repeat" if text[end - 1] in _SENTENCE_END else "title"

    first, last = 0, len(kept)
    while last - 1 > first and label(last - 1):
        last -= 1
    while first < last - 1 and label(first) == "title":
        first += 1
    edges = [(i, label(i)) for i in [*range(first), *range(last, len(kept))]]
    titles = [Span(*kept[i], "title") for i, kind in edges if kind == "title"]
    repeats = [Span(*kept[i], "repeat") for i, kind in edges if kind == "repeat"]
    copies = [titles[0], *(Span(t.start, t.end, "title_repeat") for t in titles[1:])] if titles else []
    return kept[first:last], copies + repeats
