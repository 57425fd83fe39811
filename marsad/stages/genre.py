"""Genre: read whether an article is commentary, and hold its events to a stricter standard.

A news report tells what happened on the days before it appeared; an op-ed,
analysis, feature or biography (commentary) argues, explains or tells a life,
and the acts it names are mostly recalled history, habits or metaphors.
By-eye reviews of unseen outlets found most junk events (non-events,
unflagged recalls) in commentary, and few in incident reports.

The stage measures cues that separate the two (`data/genre.yaml`), counted
outside quotations, since a speaker quoted in a report may say "we" or ask a
question while the report's author does not:
- the author's stance or hedging, first person and rhetorical questions,
- a byline or disclaimer, biography words,
- how many sentences attribute what they tell (reports attribute),
- how many sentences carry a date within the news days (reports date).
An article that opens with a dated act (an event in its lead dated within the
news days) is an incident report whatever else it says, and is left alone;
so is one with no stance cue whose lead tells an operation still going on
("تواصل القوات عملياتها في ..."، `ongoing_lead`): a brief from the front.

A question for a title ("هل يعود التنظيم؟") marks an explainer.  The cues
and thresholds were chosen on 256 conflict_sample articles hand-labelled
from their titles and leads (29 commentary): the reading finds 15 of them
with 4 reports read wrongly (their few changed events read as well or
better); features that quote many interviewees are the misses.

In commentary, an event whose own sentence has no date within the news days
(`events.within_news_days`) and no news-day cue (a bare "اليوم" there is
"nowadays", `nowadays`) is flagged background (it
stays in the output, out of the main table).  The article's first sentence
is exempt: even an analysis hangs on a news peg told there.  Only an event
told as a habit ("أكثر من مرة") is dropped; nothing else is, since a
recalled act is still worth keeping as context.

In any genre, two framings also make an act context rather than news (they
are frequent among the non-events of statement and analysis pieces):
an act told after a speaker's view verb ("وترى المصادر أن ...") with no date
of its own, and an act named as the topic of a condemnation or condolences
two days or more after it happened.  A condemned act does not make the
article's lead an incident report either.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from marsad.document import Document, Event, Mention, Sentence
from marsad.knowledge.genre import Cues, load_genre_cues, load_genre_limits
from marsad.knowledge.lexicons import date_lexicon
from marsad.stages.dates import NEWS_DAY_RULES
from marsad.stages.events import within_news_days
from marsad.text import WORD_RE, normalize

# "اليوم" and its conjunction forms (normalized), read as "nowadays" in commentary unless anchored.
_TODAY = frozenset({"اليوم", "واليوم", "فاليوم"})
# Quotations (normalized text): «...», “...” and straight "..." of at most a few hundred characters.
_QUOTED = re.compile(r"«[^»]{0,400}»|“[^”]{0,400}”|\"[^\"]{0,400}\"")


@dataclass(slots=True)
class GenreReading:
    """What the stage measured on one article (per-sentence rates over its body)."""

    sentences: int = 0
    opinion: int = 0  # stance, first person and rhetorical questions, outside quotes
    biography: int = 0
    byline: bool = False
    attributed: float = 0.0  # share of sentences with an attribution cue
    dated: float = 0.0  # share of sentences with a date within the news days
    lead_act: bool = False  # an event in the lead dated within the news days
    ongoing: bool = False  # the lead tells an operation still going on (`ongoing_lead`)


def _text(doc: Document, start: int, end: int) -> str:
    """The normalized text of a raw span."""
    return doc.norm[doc.norm_index(start): doc.norm_index(end)]


def _news_day_spans(doc: Document) -> list[tuple[int, int]]:
    """Raw spans of the date mentions that fall within the news days (`news_day_mention`)."""
    return [(m.start, m.end) for m in doc.mentions.get("date", []) if news_day_mention(doc, m)]


def news_day_mention(doc: Document, mention: Mention) -> bool:
    """The date mention falls within the news days.

    An article with no publication date resolves no date that counts from it,
    yet a day told that way ("الاثنين"، "أمس"، "اليوم"، "ليل الأحد الاثنين":
    one of `NEWS_DAY_RULES` at day precision) is a day or a few before it, as
    a report tells its news: without it every undated report would read as an
    undated column and all its acts as background."""
    if isinstance(mention.value, dt.date):
        return within_news_days(doc, mention.value)
    return (doc.published is None and mention.attrs.get("rule") in NEWS_DAY_RULES
            and mention.attrs.get("precision") == 1)


def news_dated(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """One of the news-day date spans lies inside [start, end)."""
    return any(start <= s and e <= end for s, e in spans)


def dated_sentences(body: list[Sentence], spans: list[tuple[int, int]]) -> set[int]:
    """Positions in `body` of the sentences holding one of the news-day date spans."""
    starts = [sentence.start for sentence in body]
    found = set()
    for start, end in spans:
        at = bisect_right(starts, start) - 1
        if at >= 0 and end <= body[at].end:
            found.add(at)
    return found


def lead_act(doc: Document, lead_end: int) -> bool:
    """An event told before `lead_end`, not flagged, dated to its day within the news days
    (with no publication date: to a day its own sentence names as one, `news_day_mention`).

    An act named only as the topic of a reaction (`reacted`: a condemnation,
    condolences) does not make the article an incident report: statements and
    meetings open that way."""
    spans = _news_day_spans(doc)
    return any(
        not e.background and e.evidence_spans and e.evidence_spans[0][0] < lead_end and e.time_precision == 1
        and (within_news_days(doc, dt.date.fromisoformat(e.event_date)) if e.event_date is not None
             else doc.published is None and news_dated(spans, *e.evidence_spans[0]))
        and not reacted(doc, e)
        for e in doc.events
    )


def read_genre(doc: Document, *, full: bool = True) -> GenreReading:
    """Measure the genre cues of an article's body (its first two sentences are its lead).

    With `full=False` only the cheap measures are taken (length, lead act,
    byline, dated share): they settle most reports, so the token scans of
    every sentence run only for the few articles they leave open.
    """
    cues = load_genre_cues()
    body = [s for s in doc.sentences if not s.is_title]
    reading = GenreReading(sentences=len(body))
    if not body:
        return reading
    lead_end = body[min(1, len(body) - 1)].end
    reading.lead_act = lead_act(doc, lead_end)
    lead = _text(doc, body[0].start, lead_end)
    reading.byline = cues.byline.found(lead)
    reading.ongoing = cues.ongoing_lead.found(lead)
    reading.dated = len(dated_sentences(body, _news_day_spans(doc))) / len(body)
    if not full:
        return reading
    offset = doc.norm_index(body[0].start)
    text = _QUOTED.sub(lambda quote: " " * len(quote.group()), doc.norm[offset: doc.norm_index(body[-1].end)])
    reading.opinion = text.count("؟") + (len(cues.opinion.phrases.findall(text)) if cues.opinion.phrases else 0)
    table = cues.body_words
    attributed = 0
    for sentence in body:
        words = WORD_RE.findall(text, doc.norm_index(sentence.start) - offset, doc.norm_index(sentence.end) - offset)
        hits = [table[word] for word in words if word in table]
        reading.opinion += sum(h[0] for h in hits)
        reading.biography += sum(h[1] for h in hits)
        attributed += any(h[2] for h in hits)
    reading.attributed = attributed / len(body)
    return reading


def settled_report(reading: GenreReading) -> bool:
    """The cheap measures already make the article a report (see `is_commentary`).

    A short piece is left open only when it dates nothing within the news
    days: a one-paragraph column is short too."""
    limits = load_genre_limits()
    return (reading.sentences < limits.min_sentences and reading.dated > 0 or reading.lead_act
            or not reading.byline and reading.dated >= limits.max_dated)


def is_commentary(doc: Document, reading: GenreReading) -> bool:
    """Read the article as commentary from its measured cues (thresholds in `data/genre.yaml`).

    An article that opens with an act dated within the news days is a report.
    Otherwise any one of: a byline; few sentences that attribute and few that
    are dated (an author telling, not a reporter quoting); a question for a
    title, or many stance words, or a life story, while few sentences are
    dated.  A piece too short to measure rates by is commentary only when it
    dates nothing, hardly attributes, and the author's stance shows at least
    `min_short_opinion` times (a one-paragraph column or editorial).

    An article with no byline and no stance cue at all whose lead tells an
    operation still going on (`ongoing_lead`: "تواصل قوات الأمن عملياتها في
    السلط"، "لا تزال المدافع تجدد قصفها على القرى") is a report: a brief from
    the front often dates nothing (its acts are the day's) and names a source
    once, which alone would read it as an author telling; flagged, its fresh
    acts fell out of the main table as background.  A column that opens the
    same way ("ما زال ..."، "تستمر معاناة ...") shows its stance somewhere.
    """
    if settled_report(reading):
        return False
    if reading.byline:
        return True
    if reading.ongoing and reading.opinion == 0:
        return False
    limits = load_genre_limits()
    if reading.sentences < limits.min_sentences:
        return (reading.attributed < limits.max_attributed
                and reading.opinion >= max(limits.min_short_opinion, limits.min_opinion_rate * reading.sentences))
    asks = (doc.title or "").rstrip().endswith(("؟", "?"))
    return (reading.attributed < limits.max_attributed or asks
            or reading.opinion >= limits.min_opinion_rate * reading.sentences
            or reading.biography >= limits.min_biography)


@cache
def _today_anchors() -> frozenset[str]:
    """The one-word day parts and the weekdays of dates.yaml, which make "اليوم" beside
    them the news day ("ظهر اليوم"، "اليوم الخميس")."""
    dates = date_lexicon()
    return frozenset(p for p in dates.day_parts if " " not in p) | frozenset(dates.weekdays)


def nowadays(text: str) -> str:
    """A normalized text with each bare "اليوم" blanked: one with no day part or weekday
    (`_today_anchors`: "ظهر اليوم"، "اليوم الخميس") right before or after it.  In commentary
    that "اليوم" is "nowadays" ("فتفجير المدنيين يتم اليوم بحجة ...")."""
    anchors = _today_anchors()
    words = list(WORD_RE.finditer(text))
    blanked = list(text)
    for at, word in enumerate(words):
        if word.group() not in _TODAY:
            continue
        near = [w.group() for w in words[max(0, at - 1): at] + words[at + 1: at + 2]]
        if not any(w in anchors for w in near):
            blanked[word.start(): word.end()] = " " * (word.end() - word.start())
    return "".join(blanked)


def told_as_news(doc: Document, event: Event, spans: list[tuple[int, int]], *, commentary: bool = False) -> bool:
    """The event's own sentence has a date among the news-day `spans` or a news-day cue ("أمس"، "حاليا"،
    "ويتواصل القتال").  In `commentary` a bare "اليوم" ties nothing (`nowadays`)."""
    if not event.evidence_spans:
        return True
    start, end = event.evidence_spans[0]
    text = _text(doc, start, end)
    if commentary:
        text = nowadays(text)
        base = doc.norm_index(start)
        spans = [(s, e) for s, e in spans
                 if not (start <= s and e <= end) or text[doc.norm_index(s) - base: doc.norm_index(e) - base].strip()]
    cues = load_genre_cues()
    return news_dated(spans, start, end) or cues.news_day.found(text) or cues.news_day_verbs.found(text)


def in_lead(event: Event, lead_end: int) -> bool:
    """The event is told in the article's first sentence: the news peg that even an analysis hangs on."""
    return bool(event.evidence_spans) and event.evidence_spans[0][0] < lead_end


def habitual(doc: Document, event: Event) -> bool:
    """The event's sentence tells a habit ("أكثر من مرة"، "كثيرا ما"), not one act."""
    if not event.evidence_spans:
        return False
    return load_genre_cues().habitual.found(_text(doc, *event.evidence_spans[0]))


def anchored(doc: Document, event: Event) -> bool:
    """The event's own sentence names a date (a bare "اليوم" is none, `nowadays`) or a place below
    the country ("في درعا"، "شمال حلب").

    A recalled act with neither is no act ACLED could code: a column's "شهدت
    البلاد هجمات عدة" or a speaker's "المعارك ضد التنظيم" tell history or
    a state of war, and the place and day the pipeline lent them from the
    rest of the article are not theirs."""
    if not event.evidence_spans:
        return True
    start, end = event.evidence_spans[0]
    base = doc.norm_index(start)
    text = nowadays(_text(doc, start, end))
    if any(isinstance(m.value, dt.date) and text[doc.norm_index(m.start) - base: doc.norm_index(m.end) - base].strip()
           for m in doc.in_span("date", start, end)):
        return True
    return any(m.attrs.get("place") is not None and m.attrs["place"].feature_class != "country"
               for m in doc.in_span("place", start, end))


def analysed(doc: Document, event: Event) -> bool:
    """The event's sentence gives an analyst's reading ("يرى الخبير العسكري أن ...";
    `commentators` in `data/genre.yaml`)."""
    return bool(event.evidence_spans) and load_genre_cues().commentators.found(_text(doc, *event.evidence_spans[0]))


def framed_by(doc: Document, event: Event, cues: Cues) -> bool:
    """One of `cues` comes before the first mention of the event's trigger word in its sentence
    ("استنكر ... التفجير"); a cue after it ("وقع تفجير ...، وترى الشرطة أن التفجير ...") frames something else."""
    if not event.evidence_spans or not event.trigger:
        return False
    text = _text(doc, *event.evidence_spans[0])
    cue = cues.first(text)
    return cue is not None and text.find(normalize(event.trigger)) > cue


def reacted(doc: Document, event: Event) -> bool:
    """The event is named as the topic of a reaction (`reactions` in `data/genre.yaml`):
    "دان المجلس التفجير الذي استهدف ..."، "نقل تعازيه في حادث التفجير"."""
    return framed_by(doc, event, load_genre_cues().reactions)


def viewed(doc: Document, event: Event) -> bool:
    """The event is told after a speaker's view verb (`views` in `data/genre.yaml`):
    "وترى المصادر أن المناطق التي استعاد النظام السيطرة عليها ..."."""
    return framed_by(doc, event, load_genre_cues().views)


def recalled_by_reaction(doc: Document, event: Event) -> bool:
    """A reaction names an act dated `reaction_recall_days` (genre.yaml limits) or more before publication.

    A statement, condolence or meeting days after an attack is news about the
    reaction; the attack was reported when it happened.  A reaction the same
    day or the day after may be the outlet's only report of it, so it stays;
    so does a reaction that gives the act no day of its own ("أدان المفتي
    تفجير المسجد في أبها"), in the lead or after it: a statement article is
    often the only report an outlet gives of a fresh act.
    """
    if not event.event_date or doc.published is None or not reacted(doc, event):
        return False
    return (doc.published - dt.date.fromisoformat(event.event_date)).days >= load_genre_limits().reaction_recall_days


def opinion_of(doc: Document, event: Event, spans: list[tuple[int, int]], lead_end: int) -> bool:
    """The event is told only as an analyst's reading (`analysed`), or a speaker's
    view outside the lead sentence (`viewed`: a report's lead is its news), with
    no date or news-day cue in its sentence (`told_as_news`)."""
    return (analysed(doc, event) or viewed(doc, event) and not in_lead(event, lead_end)) and not told_as_news(
        doc, event, spans)


def undated_habit(doc: Document, event: Event, spans: list[tuple[int, int]]) -> bool:
    """The event's sentence tells a habit (`habitual`: "ليس بالأمر الجديد"، "أكثر من
    مرة") with no date or news-day cue of its own (`told_as_news`): a speaker's
    "وقوع عدد من عمليات الإعدام ... ليس بالأمر الجديد" sums up a record of acts,
    none of which the report tells as news, whatever its genre."""
    return habitual(doc, event) and not told_as_news(doc, event, spans)


def echoes(doc: Document, event: Event, context: set[int]) -> bool:
    """An unflagged event told in another sentence has the same type and the
    same day, given to the day: the speaker's words name an act the article
    reports, and dedupe folds them.  The other event must be news itself, not
    one of `context` (ids of the events read as a view or a recalled reaction):
    two mentions of an act a funeral mourns days later echo each other, and
    neither is the report."""
    return any(not other.background and id(other) not in context
               and other.evidence_spans[:1] != event.evidence_spans[:1]
               and other.time_precision == 1
               and other.event_type == event.event_type and other.event_date == event.event_date
               for other in doc.events)


def almanac(doc: Document) -> bool:
    """The title names an almanac column (`almanac` in `data/genre.yaml`: "هذا اليوم في التاريخ"):
    its acts are of past years, each told by its year alone, so none is news."""
    return load_genre_cues().almanac.found(normalize(doc.title or ""))


def process(doc: Document) -> None:
    """In commentary, flag undated events as background and drop habitual ones; in an almanac, drop them all.

    Incident reports are left untouched; so is every event told as news
    (`told_as_news`) and every event of the lead sentence (`in_lead`).  A
    recalled act, flagged here or before, whose own sentence names neither a
    date nor a place below the country (`anchored`) is dropped: it tells
    history, not an act; unless it carries a toll, which dedupe may hand to
    the reported act it retells.  An op-ed that opens by condemning an act
    (`reacted`) hangs on the reaction, not the act: that lead act is held to
    the same standard as the rest.  In any article, an event told only in an analyst's
    or a speaker's view with no date or news-day cue (`opinion_of`) is that
    speaker's reading of the war, not news, an act a reaction names days
    after it happened (`recalled_by_reaction`) is that reaction's topic, and an
    undated habit (`undated_habit`) sums up a record: all are flagged
    background too, unless they echo an act the article reports (`echoes`).
    """
    if almanac(doc):
        doc.events = []
        return
    if doc.events:
        spans = _news_day_spans(doc)
        first_end = next((s.end for s in doc.sentences if not s.is_title), 0)
        context = {id(event) for event in doc.events if not event.background and (
            opinion_of(doc, event, spans, first_end) or recalled_by_reaction(doc, event)
            or undated_habit(doc, event, spans))}
        for event in doc.events:
            if id(event) in context and not echoes(doc, event, context):
                event.background = True
    if not doc.events or settled_report(read_genre(doc, full=False)) or not is_commentary(doc, read_genre(doc)):
        return
    lead_end = next((s.end for s in doc.sentences if not s.is_title), 0)
    spans = _news_day_spans(doc)
    kept: list[Event] = []
    for event in doc.events:
        if not event.background and (in_lead(event, lead_end) and not reacted(doc, event)
                                     or told_as_news(doc, event, spans, commentary=True)):
            kept.append(event)
        elif not habitual(doc, event) and (anchored(doc, event) or event.fatalities):
            event.background = True
            kept.append(event)
    doc.events = kept
