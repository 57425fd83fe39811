"""Events: from the mentions in each clause, decide which events happened.

For every body sentence (a headline left in the body, `headline_line`, is
skipped) the stage
1. keeps the asserted triggers (threats, plans, denials ... are dropped, and
   so are running totals and habits: `not_reports`, `habits`, `totals_after`),
2. splits the sentence into clauses (`data/clauses.yaml`) and groups each
   clause's triggers into acts: a generic killing merges into the act it
   accompanies, so deaths in a strike are that strike's fatalities;
3. attaches to each act its actors and roles (actors stage), places (one
   event per place, geocode stage), date (clause, then sentence, then
   paragraph, then a statement's own day, then publication date at week
   precision, with the lead's one day kept for a violent act a later
   paragraph details, which dedupe gives it after merging; an act dated
   only by a bare year is not coded), the death
   toll (numbers stage) and the in-article source;
4. settles the type where it depends on the arguments (an attack on
   civilians is Violence against civilians, on an armed group a Battle; a
   territory gain by the state is "Government regains territory"; a failed
   assault is a clash; a bare bombardment by an air power an air strike), and
5. flags recalled events as background (a recalled act with no date of its
   own is not coded: there is nothing to date it by, and neither is one told
   after "بعدما" behind the main clause's old date, `before_a_recalled_date`;
   nor is ground that changed hands over unnamed areas with no place named,
   a summary of gains), and
6. drops the arrests of civilians in an ordinary police story (`police_story`),
   the killings by no one named but a lone gunman in a story that tells a
   crime's motive, a family quarrel or a robbery (`crime_motive`),
   the blasts or deaths by no one named in a story that puts them down to
   an accident or a natural disaster (`accidental_blast`, `disaster_story`),
   the bare deaths and blasts in a crash story (`crash_story`), the bare deaths
   told with a fall from a height (`fall_death`), and the acts
   of any type (arrests too) by no one named in a notice of an execution
   after a trial or of a court's sentence (`execution_notice`, `verdict_story`).
Within-article merging of repeated reports is the next stage (`dedupe`).
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass, field

from marsad.document import Document, Event, Mention, Sentence
from marsad.errors import KnowledgeError
from marsad.knowledge.actors import ActorRef, camp_mates, generic_actor, weapon_launcher
from marsad.knowledge.clauses import (
    ClauseBoundaries,
    EventRules,
    clause_habits_pattern,
    habits_pattern,
    launched_toll_words,
    load_clause_boundaries,
    load_dedupe_rules,
    load_event_rules,
    monitor_periods_pattern,
    not_reports_pattern,
    one_act_toll_pattern,
    scripture_pattern,
    totals_after_pattern,
)
from marsad.knowledge.gazetteer import Place, load_gazetteer, load_place_cues
from marsad.knowledge.lexicons import date_lexicon, number_lexicon
from marsad.knowledge.triggers import (
    GROUND_CHANGES,
    MODALITY_FILE,
    TERRITORY,
    VIOLENT_TYPES,
    AccidentalBlastCues,
    AircraftLaunch,
    BlastMethodRules,
    BombardmentMethodRules,
    WordSet,
    _shipped_yaml,
    load_accidental_blast_cues,
    load_aircraft_launch,
    load_armed_clash_cues,
    load_backing_cues,
    load_backing_fights,
    load_blast_method_rules,
    load_bombardment_method_rules,
    load_civilian_raiders,
    load_ground_fire_cues,
    load_ground_gun_cues,
    load_modality,
    load_period_totals,
    load_police_story_cues,
    load_state_side_forces,
    load_unarmed_targets,
)
from marsad.stages import actors as actor_stage
from marsad.stages import geocode
from marsad.stages.dates import (
    background_markers,
    counts_war_days,
    framed_links,
    month_day_breaks,
    since_reads_ago,
)
from marsad.stages.numbers import since_describes_other, vague_total_floor
from marsad.stages.sentences import quote_spans
from marsad.text import WORD_RE, normalize, possessed_stems, strip_clitics, strip_conjunction

ARMED_INTERS = actor_stage.ARMED  # inter codes of armed sides (state, rebel, militia, external)
STATE_INTERS = {1}
STATE_FORCE_INTERS = STATE_INTERS | {8}  # a state's forces at home (1) or abroad (8, external)
PROTESTER_INTER = 6
CIVILIAN_INTER = 7
EXCESSIVE_FORCE = "Excessive force against protesters"
# Protest sub-types that a crowd's own violence nearby (`riot_reach` in clauses.yaml)
# makes a violent demonstration.
FORCE_ON_PROTESTS = {EXCESSIVE_FORCE, "Protest with intervention"}
# Protest sub-types a killing at the protest turns into excessive force.
PEACEFUL_PROTESTS = {"Peaceful protest", "Protest with intervention"}
BOMBARDMENTS = {"Air/drone strike", "Shelling/artillery/missile attack"}
# Blasts that fighters may use in a clash they are told with (`supports_a_clash`).
FIGHTING_BLASTS = {"Remote explosive/landmine/IED", "Grenade"}
# Blasts set off by hand, planted or carried (a roadside bomb, a suicide bomber, a grenade):
# no state's air power is their default author (`unattributed_strike`), whatever strikes the
# same sentence tells beside them.
HAND_BLASTS = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}
# Trigger modalities of acts that happened: reported, or recalled to describe someone or as a charge.
HAPPENED = frozenset({"asserted", "recalled"})
# Days before publication after which a dated event is recalled context (an act
# dated to its day and told as news gets `day_background_days`, clauses.yaml).
BACKGROUND_DAYS = 10
# A day older than this, told before "بعدما"/"بعد أن", recalls history (`before_a_recalled_date`).
RECALLED_DAY_DAYS = 180
# Days after publication that a dated act may still fall on (time zones, late-night publication).
FUTURE_SLACK_DAYS = 1
# A death toll as `death_toll` gives it: (value, low, high, words).
Toll = tuple[int, int | None, int | None, str]
# Sub-types that take people away rather than kill them (`country_toll` counts their captives).
DETENTIONS = {"Arrests", "Abduction/forced disappearance"}
# The sub-type of a bare blast ("وقع انفجار"), which an article may put down to an accident.
BLAST = "Remote explosive/landmine/IED"


@dataclass
class Act:
    """Triggers of one clause that describe a single act."""

    event_type: str
    sub_event_type: str
    triggers: list[Mention] = field(default_factory=list)
    generic: bool = False
    # Where the act's own stretch of its clause ends, when a later act at another
    # scene shares the clause (`split_by_scene`): dates after it are that act's.
    until: int | None = None
    # The sides of an air strike that backed another side's ground fight
    # (`backing_strikes`): the air power and the ground force's opponent.
    backing: actor_stage.Roles | None = None

    @property
    def anchor(self) -> Mention:
        return self.triggers[0]


def process(doc: Document) -> None:
    """Build `doc.events` from the annotated sentences."""
    actor_stage.finalize_actors(doc)
    body = [s for s in doc.sentences if not s.is_title]
    events: list[Event] = []
    after_headline = False
    told: list[Event] = []  # the events of the sentence before
    by_sentence: list[list[Event]] = []  # each body sentence's events
    quiet: list[int] = []  # the body sentences that told no act
    for previous, sentence in zip([None, *body], body, strict=False):
        after_headline = headline_line(doc, previous, sentence, body, after_headline)
        found = [] if after_headline else sentence_events(doc, sentence, told)
        if not found and not after_headline:
            update_toll(doc, sentence, events)
            locate_told_act(doc, sentence, told)
            carry_quoted_toll(doc, sentence, told)
            quiet.append(len(by_sentence))
        told = found
        by_sentence.append(found)
        events.extend(told)
    carry_neighbour_toll(doc, body, by_sentence, quiet)
    carry_story_author(events)
    if not events:
        for sentence in (s for s in doc.sentences if s.is_title):
            events.extend(sentence_events(doc, sentence))
    for event in events:
        if event.sub_event_type in FORCE_ON_PROTESTS and violent_crowd(doc, body, event):
            riot(doc, event)
    if any(ordinary_detainees(e) for e in events) and police_story(doc):
        events = [e for e in events if not ordinary_detainees(e)]
    if any(lone_killing(e) for e in events):
        events = [e for e in events if not (lone_killing(e) and crime_motive(doc, events, e))]
    if any(unclaimed(e, BLAST) for e in events) and accidental_blast(doc):
        events = [e for e in events if not unclaimed(e, BLAST) and not blast_deaths(e)]
    if any(unclaimed(e, "Attack", unarmed=True) for e in events) and disaster_story(doc, body):
        events = [e for e in events if not unclaimed(e, "Attack", unarmed=True)]
    if crash_story(doc, body):
        events = [e for e in events if not crash_death(doc, e) and not crash_blast(doc, e)]
    events = [e for e in events if not fall_death(doc, e)]
    if execution_notice(doc, body):
        events = [e for e in events if not unclaimed(e, e.sub_event_type, unarmed=True)]
    elif verdict_story(doc, body):
        events = [e for e in events if not unclaimed(e, e.sub_event_type, unarmed=True) or told_this_week(doc, body, e)]
    events = blast_before_its_toll(doc, events)
    blast_method(doc, body, events)
    bombardment_method(doc, events)
    doc.events = events


def blast_before_its_toll(doc: Document, events: list[Event]) -> list[Event]:
    """Type as that bombing the deaths a sentence tells after a bombing it names
    but reports no event for ("بدأت محاكمة المتهمين في تفجير المسجد الذي وقع في
    26 يونيو، وأسفر عن مقتل 26 شخصا").

    Why: the bombing's own clause is a trial's, an inquiry's or a condemnation's
    topic (`not_reports` in clauses.yaml) and yields no event, while its result
    clause, standing apart, yields one from the bare killing word, which with no
    armed side named reads as an attack on civilians; but the deaths are the
    bombing's, an explosion (EVENTS.md §2).  Only when the deaths are told as
    a result ("وأسفر عن مقتل"، "أدى إلى مقتل": a verb of `results_after_boundary`
    in clauses.yaml right before the killing word), whose subject is the act
    told before; when no other event of the sentence is an explosion (a
    bombing told with its own event is its own act); and when no gunfire is
    told with the deaths.  A bombing recalled as a charge ("المتهمين في تفجير المسجد",
    modality `recalled`) happened all the same.  The event takes the blast word as
    its trigger, so that `blast_method` can name its method from the rest of
    the article.

    When the bombing's clause did yield its own event but with no toll (a clause
    word between them: "فجر انتحاري نفسه فيما كان موظفون ينتظرون حافلة، ما أسفر
    عن مقتل 12"), the result's deaths are that bombing's toll: the one explosion
    event told before them in the sentence takes them, and the killing read from
    the result clause alone is dropped (`_toll_to_its_blast`).  Only for a bombing
    (`HAND_BLASTS`: a device, a bomber, a grenade): beside a bombardment the deaths
    may be the other side's fire it answered ("قصفت دبابات تركية مواقع التنظيم بعد
    إطلاق نيران منها أدى إلى مقتل جندي").  Returns the events."""
    by_sentence: dict[int, list[Event]] = {}
    dropped: set[int] = set()
    for event in events:
        if event.evidence_spans:
            by_sentence.setdefault(event.evidence_spans[0][0], []).append(event)
    for event in events:
        anchor = _event_anchor(doc, event)
        if (event.event_type not in {"Violence against civilians", "Battles"} or anchor is None
                or not anchor.attrs.get("generic_killing")):
            continue
        start, end = event.evidence_spans[0]
        told_blasts = [e for e in by_sentence[start] if e.event_type == "Explosions/Remote violence"]
        bombings = [e for e in told_blasts if e.sub_event_type in HAND_BLASTS]
        if fired_on_the_ground(doc, start, end, [anchor]) or not _told_as_a_result(doc, start, anchor):
            continue
        if told_blasts:
            if len(bombings) == len(told_blasts) and _toll_to_its_blast(doc, event, anchor, bombings):
                dropped.add(id(event))
            continue
        blasts = [
            t for t in doc.in_span("trigger", start, anchor.start)
            if t.value.event_type == "Explosions/Remote violence" and t.value.sub_event_type != "Air/drone strike"
            and t.attrs.get("modality", "asserted") in HAPPENED and not t.attrs.get("in_passing")
        ]
        if blasts:
            _retype(event, blasts[-1].value.sub_event_type)
            event.trigger = blasts[-1].text
    return [e for e in events if id(e) not in dropped]


def _toll_to_its_blast(doc: Document, killing: Event, anchor: Mention, blasts: list[Event]) -> bool:
    """Give the deaths told as a result (`killing`, read from `anchor`) to the one explosion
    event of the sentence whose trigger stands before them, when it holds no toll of its own
    (`blast_before_its_toll`); False, and nothing changed, otherwise."""
    before = [e for e in blasts if (a := _event_anchor(doc, e)) is not None and a.start < anchor.start]
    if len(blasts) != 1 or len(before) != 1 or before[0].fatalities or not killing.fatalities:
        return False
    blast = before[0]
    blast.fatalities, blast.fatalities_text = killing.fatalities, killing.fatalities_text
    blast.fatalities_low, blast.fatalities_high = killing.fatalities_low, killing.fatalities_high
    if blast.wounded is None:
        blast.wounded = killing.wounded
    return True


def carry_story_author(events: list[Event]) -> None:
    """Give an act whose own clause named no author the sides the story gave that kind of act
    in an earlier sentence, in the same country, neither of them recalled as background (an act
    recalled from months before is not today's told again): an air strike takes the author of
    the nearest strike told with one (only a state or foreign force flies strikes, inter 1 or 8);
    a clash told again by a definite noun with neither side named ("وتركزت المعارك في ...")
    takes both sides of the nearest clash told with them.

    Why: "طائرات الولايات المتحدة والتحالف نفذت 27 غارة ... . وأصابت الغارات أهدافا قرب الموصل",
    "اندلعت مواجهات بين قوات الجيش والميليشيا ... . وتركزت المعارك في مناطق X": the later
    sentence retells the acts told before; read alone, the strikes took the theatre's own air
    power or an unidentified group, and the clashes an unidentified group against no one."""
    authors: dict[str, list[Event]] = {kind: [] for kind in _CARRIED_KINDS}
    for event in events:
        kind = event.sub_event_type
        if kind not in authors:
            continue
        if not event.unauthored:
            authors[kind] += [event] if not event.background and _lends_its_author(event) else []
            continue
        clash = kind == "Armed clash"
        if event.background or (clash and (event.actor2 is not None or not _definite_word(event.trigger))):
            continue
        start = event.evidence_spans[0][0] if event.evidence_spans else 0
        told = next((e for e in reversed(authors[kind])
                     if e.evidence_spans and e.evidence_spans[0][1] <= start and e.iso == event.iso), None)
        if told is None:
            continue
        event.actor1, event.inter1, event.assoc_actor_1 = told.actor1, told.inter1, told.assoc_actor_1
        if clash:
            event.actor2, event.inter2 = told.actor2, told.inter2
        elif event.actor2 == told.actor1:
            event.actor2, event.inter2 = None, 0


# The sub-types a retelling with no author of its own takes the story's sides for (`carry_story_author`).
_CARRIED_KINDS = ("Air/drone strike", "Armed clash")


def _lends_its_author(event: Event) -> bool:
    """An event told with its author whose sides a later retelling of its kind may take: a strike
    by a state or foreign force (inter 1 or 8), a clash with both sides named and a known author."""
    if event.sub_event_type == "Air/drone strike":
        return event.inter1 in (1, 8)
    return event.actor1 is not None and event.actor2 is not None and not event.actor1.startswith("Unidentified")


def _told_as_a_result(doc: Document, start: int, anchor: Mention) -> bool:
    """A result verb and its preposition stand right before the killing word
    ("وأسفر عن مقتل"، "أدت إلى مقتل"; `results_after_boundary` in clauses.yaml)."""
    boundaries = load_clause_boundaries()
    before = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(anchor.start)])[-2:]
    return (len(before) == 2 and bool({before[0], strip_conjunction(before[0])} & boundaries.results)
            and before[1] in boundaries.result_objects)


def blast_method(doc: Document, body: list[Sentence], events: list[Event]) -> None:
    """Type the article's bare blasts, and the attack its lead tells with no weapon,
    by the one method it tells for its bombing (`blast_method` in triggers.yaml).

    "التفجير الذي استهدف المسجد" in one sentence and "عثر على أشلاء ناتجة
    عن تفجير بأحزمة ناسفة" in another are one suicide bombing: the method
    decides the sub-type wherever the article tells it (EVENTS.md §2).  A
    lead's "قتل 21 شخصا في هجوم" is the bombing the next sentences detail.
    An attack told elsewhere with no weapon may be another act (a raid on a
    hospital the same day), so it keeps its type, unless the writer calls it
    "similar" ("أصيب عشرون شرطيا في هجوم مماثل استهدف حافلتهم": `_told_as_similar`):
    it was done the same way.  An article telling two methods, or one it leaves
    open ("لم يعرف ما إذا كان انتحاريا"), leaves each report as it is.
    """
    rules = load_blast_method_rules()
    told = [
        t for t in doc.mentions.get("trigger", [])
        if t.value.sub_event_type in rules.methods and not _bare_blast(t)
        and t.attrs.get("modality", "asserted") not in rules.unreal and not t.attrs.get("in_passing")
    ]
    if any(_guessed(doc, t, rules.hedges, rules.hedge_reach) for t in told):
        return
    _bomb_of_the_told_kind(doc, events, told)
    if len({t.value.sub_event_type for t in told}) != 1:
        return
    method = told[0].value.sub_event_type
    anchors = {id(e): _event_anchor(doc, e) for e in events}
    for event in events:
        anchor = anchors[id(event)]
        if event.sub_event_type == BLAST != method and anchor is not None and _bare_blast(anchor):
            _retype(event, method)
    methods = [e for e in events if e.sub_event_type == method]
    lead_end = body[min(rules.lead_reach, len(body) - 1)].end if body else 0
    in_lead = [t for t in told if t.start < lead_end]
    for event in events:
        anchor = anchors[id(event)]
        if event.sub_event_type not in ("Attack", "Armed clash") or anchor is None or not is_generic(anchor):
            continue
        start, end = event.evidence_spans[0]
        if fired_on_the_ground(doc, start, end, [anchor]):
            continue  # a shooting ("مقتل جندي بإطلاق نار"، "تعرض الفريق لإطلاق نار"), not the bombing
        if _told_as_similar(doc, anchor, rules):
            if not _names_another_method(doc, start, end, rules):
                _retype(event, method)
            continue
        # (the lead's attack is the bombing the next sentences detail on its day, not one they
        # recall, or one told beside it in its own sentence)
        lead_start, lead_stop = (body[0].start, body[0].end) if body else (0, 0)
        detailed = [
            m for m in methods
            if any(low <= t.start < high for t in in_lead if t.start >= lead_stop for low, high in m.evidence_spans)
        ]
        lead = (
            bool(detailed) and lead_start <= start < lead_stop and all(_within_a_day(m, event) for m in detailed)
        )
        if lead:
            _retype(event, method)
    if not methods and method in rules.story_methods:
        _attack_of_the_told_method(doc, events, method, anchors, rules, told)


def _attack_of_the_told_method(doc: Document, events: list[Event], method: str, anchors: dict[int, Mention | None],
                               rules: BlastMethodRules, told: list[Mention]) -> None:
    """Type the story's attack by the one method it tells for it when that telling made
    no event of its own.

    A story that reports its attack with a word of no weapon ("الاعتداء الذي وقع في 22
    أيار وقتل فيه 22 شخصا"، "العملية الإرهابية التي استهدفت مسجد") and tells how it was
    done only in a sentence with no day or scene of its own ("ويذكر أن المهاجم فجر نفسه
    خارج القاعة"، "فيما كان الانتحاري يعتزم تنفيذ جريمته") tells one bombing: the
    method is the act's, not a second act's (EVENTS.md §2: the sub-type follows the
    method).  The attacks must be one story's: all told within a day of each other,
    none told as a shooting or with another method in its own sentence; and no sentence
    telling the method may date it away from them ("جربة التي شهدت تفجيرا انتحاريا في
    عام 2002" is an older bombing), place it in another country or tell it as a habit.
    Only `story_methods` (a bomber) count."""
    attacks = []
    for event in events:
        anchor = anchors[id(event)]
        if event.sub_event_type not in ("Attack", "Armed clash") or anchor is None or not is_generic(anchor):
            continue
        start, end = event.evidence_spans[0]
        if fired_on_the_ground(doc, start, end, [anchor]) or _names_another_method(doc, start, end, rules):
            return  # a shooting or another method beside the bombing: two acts, typed as told
        attacks.append(event)
    if not attacks or not all(_within_a_day(first, other) for first in attacks for other in attacks):
        return
    if len({e.location for e in attacks}) != 1:
        return  # two bare attacks ("... في إسطنبول، فيما قتل شرطيان في هجوم في ديار بكر"): whose bomber?
    day, countries = _event_day(attacks[0]), {e.iso for e in attacks}
    for trigger in told:
        sentence = doc.sentence_at(trigger.start)
        if sentence is None or trigger.attrs.get("modality", "asserted") != "asserted":
            return  # a habit ("التفجيرات الانتحارية على مدى عقود") tells no one bombing
        if not _told_of_the_attacker(doc, sentence, trigger, rules):
            return  # "شقيق المهاجم ... كان قد فجر نفسه"، "مهاجما ثانيا": another bomber
        if not rules.loose_methods.isdisjoint(strip_clitics(normalize(trigger.text).split()[0])):
            return  # an adjective alone ("أفكارها الانتحارية") or a plural kind of act tells no one bombing
        dates = doc.in_span("date", sentence.start, sentence.end)
        if any(isinstance(d.value, dt.date) and (day is None or abs((d.value - day).days) > 1) for d in dates):
            return
        places = [m.attrs.get("place") for m in doc.in_span("place", sentence.start, sentence.end)]
        if any(p is not None and p.country_code not in countries for p in places):
            return  # told of another country ("الذي فجر نفسه في بريطانيا"): another bombing
        scenes = {attacks[0].location} | {
            m.attrs["place"].name for low, high in attacks[0].evidence_spans for m in doc.in_span("place", low, high)
            if m.attrs.get("place") is not None
        }
        if any(p is not None and p.name not in scenes for p in places):
            return  # told in a place the attack's report does not name ("فجر نفسه في مدينة أنقرة"): another bombing
    for event in attacks:
        _retype(event, method)


def _told_of_the_attacker(doc: Document, sentence: Sentence, trigger: Mention, rules: BlastMethodRules) -> bool:
    """The detail telling the method tells it of the story's attacker (`_attack_of_the_told_method`):
    one of `story_bombers` ("المهاجم") stands before the method word, or is it, with only one
    of `story_bomber_after` ("أن") or the sentence start before it: not a relative's ("شقيق
    المهاجم") nor an indefinite second one ("مهاجما ثانيا"); and no word of `story_not` (a
    pluperfect "كان قد", "ثانيا"، "آخر") stands in its sentence."""
    if not rules.story_not.isdisjoint(_unjoined_words(doc.text[sentence.start:sentence.end])):
        return False
    before = _unjoined_words(doc.text[sentence.start:trigger.start])
    words = before + _unjoined_words(trigger.text)[:1]
    subjects = [i for i, word in enumerate(words) if word in rules.story_bombers]
    if subjects:
        return subjects[-1] == 0 or words[subjects[-1] - 1] in rules.story_bomber_after
    # a name right after "أن" ("ويذكر أن سلمان عبيدي، وهو بريطاني، فجر نفسه"): no article, no
    # kin ("شقيق") and no indefinite accusative ("مهاجما ثانيا"، "رجلا")
    opens = [i for i, word in enumerate(before[:-1]) if word in rules.story_bomber_after]
    if not opens:
        return False
    name = before[opens[-1] + 1]
    return not (name.startswith("ال") or name in rules.story_kin or name.endswith("ا") or name in rules.story_bomber_after)


def _unjoined_words(text: str) -> list[str]:
    """The words of raw `text`, normalized, each without a leading "و"/"ف" (`strip_conjunction`)."""
    return [strip_conjunction(w) for w in WORD_RE.findall(normalize(text))]


def _told_as_similar(doc: Document, anchor: Mention, rules: BlastMethodRules) -> bool:
    """A "similar" word (`blast_method.similar`) stands within `similar_reach` words right
    after the attack word ("هجوم مماثل"، "هجوم آخر مماثل"، "لهجوم مشابه"), proclitics removed."""
    after = WORD_RE.findall(doc.norm[doc.norm_index(anchor.end):])[:rules.similar_reach]
    return any(not rules.similar.isdisjoint(strip_clitics(word)) for word in after)


def _names_another_method(doc: Document, start: int, end: int, rules: BlastMethodRules) -> bool:
    """The similar attack's own stretch names a method of its own (`blast_method.similar_not`:
    "هجوم مسلح"، "بالرصاص"، "اشتباك"): the writer's "مماثل" is a loose "another such attack"."""
    words = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(end)])
    return any(rules.similar_not.matches(reading) for word in words for reading in strip_clitics(word))


def _bomb_of_the_told_kind(doc: Document, events: list[Event], told: list[Mention]) -> None:
    """Type a bomb of no kind ("شنوا هجوما بقنبلة"; `blast_method.bombs`) as the one
    other method the article tells, when that is a kind a bomb may be
    (`bomb_methods`: "كانت قنبلة يدوية" makes it a grenade).  A bomb beside a suicide
    bombing is mostly another attack ("تعرض موكب المرشح لهجوم بقنبلة" after the
    rally's suicide bomber), so it keeps its type; a bomb counts as a told IED
    everywhere else in `blast_method`, as it did before."""
    rules = load_blast_method_rules()
    kinds = {t.value.sub_event_type for t in told if not _bomb_of_no_kind(t, rules.bombs)}
    if len(kinds) != 1 or not kinds <= rules.bomb_methods:
        return
    for event in events:
        anchor = _event_anchor(doc, event)
        if event.sub_event_type == BLAST and anchor is not None and _bomb_of_no_kind(anchor, rules.bombs):
            _retype(event, next(iter(kinds)))


def _bomb_of_no_kind(trigger: Mention, bombs: frozenset[str]) -> bool:
    """An IED trigger whose first word, proclitics removed, is a bomb word ("بقنبلة";
    not "قنبلة يدوية", a grenade trigger, nor "عبوة ناسفة")."""
    first = normalize(trigger.text).split()[:1]
    return trigger.value.sub_event_type == BLAST and bool(first) and not bombs.isdisjoint(strip_clitics(first[0]))


def bombardment_method(doc: Document, events: list[Event]) -> None:
    """Type the article's bare bombardments as air strikes when it tells its
    bombardment only from the air (`bombardment_method` in triggers.yaml).

    "براميل متفجرة ألقتها مروحيات لقوات النظام وغارات جوية شنها الطيران
    الروسي" in one sentence and "قتل ثمانية مدنيين في قصف على المدينة" in
    the next are one air bombardment: "قصف" names no weapon, and the story
    names none but aircraft (EVENTS.md §2).  The story must report an air
    strike as an event, tell no shelling with its weapon named (artillery,
    rockets, shells, or guns as the doer of a bare "قصف") and name no ground
    weapon at all (`ground_words`: "هجماتها بالطائرات والمدافع"); the bare
    bombardment must name no gun or gunfire itself, nor its side, and be told
    of a day the story has air strikes.  A side named for it may be ground
    forces ("وقصفت قوات النظام مناطق في البلدة": shelling), and one by no one
    named on another day ("قتل الأسبوع الماضي 55 مدنيا في قصف ... وتبادل
    التحالف والمتمردون الاتهام بالوقوف وراء القصف") may be another side's
    guns.  An exchange of fire ("تبادل القصف") is two sides' guns and stays
    shelling.
    """
    rules = load_bombardment_method_rules()
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike" and not e.background]
    if not strikes:
        return
    if any(not rules.ground_words.isdisjoint(strip_clitics(word)) for word in WORD_RE.findall(doc.norm)):
        return
    told = [t for t in doc.mentions.get("trigger", [])
            if t.value.sub_event_type in BOMBARDMENTS and t.attrs.get("modality", "asserted") == "asserted"
            and not t.attrs.get("in_passing")]
    if any(t.value.sub_event_type != "Air/drone strike" and not _bare_bombardment(doc, t, rules) for t in told):
        return
    for event in events:
        anchor = _event_anchor(doc, event)
        if (event.sub_event_type != "Shelling/artillery/missile attack" or anchor is None or not event.unauthored
                or not _bare_bombardment(doc, anchor, rules)
                or not any(_same_raids(doc, e, event) for e in strikes)):
            continue
        start, end = event.evidence_spans[0]
        if not fired_on_the_ground(doc, start, end, [anchor]):
            _retype(event, "Air/drone strike")


def _same_raids(doc: Document, strike: Event, event: Event) -> bool:
    """The bare bombardment may be the air strike's raids: told of its day, in its
    province (or either unplaced), naming no place of another province in its own
    sentence ("وفي تعز، قتل طفلان في قصف" beside raids on Saada is another front's),
    and not on its own striker's side ("قتل جندي إسرائيلي في قصف" beside Israeli
    raids is the other side's fire)."""
    if strike.event_date != event.event_date or strike.actor1 and strike.actor1 in {event.actor2, event.assoc_actor_2}:
        return False
    if strike.admin1 and event.admin1 and strike.admin1 != event.admin1:
        return False
    start, end = event.evidence_spans[0]
    named = [m.attrs.get("place") for m in doc.in_span("place", start, end)]
    return not strike.admin1 or all(
        (p.name if p.feature_class == "admin1" else p.admin1) in {strike.admin1, ""}
        for p in named if p is not None and p.feature_class != "country")


def _bare_bombardment(doc: Document, trigger: Mention, rules: BombardmentMethodRules) -> bool:
    """A bombardment trigger that names no weapon, no exchange and no gun as its doer
    ("القصف"، "قصفت"; not "قصف مدفعي"، "تبادل القصف"، "قصفت الدبابات")."""
    words = [strip_clitics(w) for w in normalize(trigger.text).split()]
    sentence = doc.sentence_at(trigger.start)
    return (
        bool(trigger.attrs.get("weapon_unnamed")) and bool(words) and not rules.bare.isdisjoint(words[0])
        and all(rules.mutual.isdisjoint(w) for w in words)
        and (sentence is None or not fired_by_guns(doc, sentence.start, sentence.end, [trigger]))
    )


def _guessed(doc: Document, trigger: Mention, hedges: WordSet, reach: int) -> bool:
    """A method left open: a hedge ("ما إذا"، "لم يتضح"، "غير معروف") within `reach`
    words before it in its sentence."""
    sentence = doc.sentence_at(trigger.start)
    if sentence is None:
        return False
    words = normalize(doc.text[sentence.start:trigger.start]).split()[-reach:]
    return any(hedges.matches(word) for word in words)


def _within_a_day(first: Event, second: Event) -> bool:
    """Two reports dated at most a day apart (a detail with no day of its own takes the news'
    day): a lead's attack and the bombing its next sentences detail may differ by that day."""
    first_day, second_day = _event_day(first), _event_day(second)
    return first_day is not None and second_day is not None and abs((first_day - second_day).days) <= 1


def _bare_blast(trigger: Mention) -> bool:
    """A blast trigger that names no device or bomber ("التفجير"، "انفجار"): `blast_method.bare`."""
    return trigger.value.sub_event_type == BLAST and _opens_with_blast_word(trigger)


def _opens_with_blast_word(trigger: Mention) -> bool:
    """The trigger's first word is a bare blast word (`blast_method.bare`), whatever
    sub-type its pattern gave it: "انفجار الطائرة" reads as an air strike."""
    words = normalize(trigger.text).split()
    bare = load_blast_method_rules().bare
    return bool(words) and not bare.isdisjoint(strip_clitics(words[0]))


def _event_anchor(doc: Document, event: Event) -> Mention | None:
    """The trigger mention an event was built from: its words tell whether the event's
    blast was told bare ("التفجير") or with its method, which the event fields do not keep."""
    if not event.evidence_spans:
        return None
    start, end = event.evidence_spans[0]
    return next((t for t in doc.in_span("trigger", start, end) if t.text == event.trigger), None)


def _retype(event: Event, sub_event_type: str) -> None:
    """Give an event an explosion sub-type: the article told its bombing's method in
    another sentence than the one the event was read from (`blast_method`)."""
    event.event_type, event.sub_event_type = "Explosions/Remote violence", sub_event_type


def unclaimed(event: Event, sub_event_type: str, unarmed: bool = False) -> bool:
    """An event of the sub-type done by no one named: a blast or deaths that may
    be an accident's or a disaster's told bare.  With `unarmed`, its evidence
    must also name no armed side, attack or conflict (`police_stories.political`
    in triggers.yaml): deaths in a disaster story, not "قتل مسلحون مجهولون
    ثلاثة مدنيين"."""
    if event.sub_event_type != sub_event_type or not (event.actor1 is None or event.actor1.startswith("Unidentified")):
        return False
    if not unarmed:
        return True
    armed = load_police_story_cues().political
    return not any(armed.matches(word) for word in WORD_RE.findall(normalize(event.evidence)))


def disaster_story(doc: Document, body: list[Sentence]) -> bool:
    """The title or the first body sentence names a natural disaster
    (`accidental_blasts.disasters` in triggers.yaml) and no armed side, attack
    or conflict (`police_stories.political`; an operation named "عاصفة ..." is
    a war's): the story is the disaster's, and its deaths with no one named to
    have caused them are too.  Entries of two words ("موجه حر") are read as
    word pairs: "الحر" alone is also the Free Syrian Army's short name."""
    disasters = load_accidental_blast_cues().disasters
    armed = load_police_story_cues().political
    words = lead_words(doc, body)
    return any(disasters.matches(word) for word in _with_pairs(words)) and not any(armed.matches(word) for word in words)


def _with_pairs(words: list[str]) -> list[str]:
    """The words, then each two in a row joined by a space: how the lead cue lists
    with entries of two words are read."""
    return words + [f"{first} {second}" for first, second in itertools.pairwise(words)]


def _pair_not_after(words: list[str], pairs: WordSet, blockers: WordSet, reach: int) -> bool:
    """A word pair of `words` in `pairs` with no `blockers` word among the `reach` words
    before it (a verdict not demanded, a motive not denied)."""
    return any(pairs.matches(pair) and not any(blockers.matches(w) for w in words[max(0, i - reach):i])
               for i, pair in enumerate(_with_pairs(words)[len(words):]))


def lead_words(doc: Document, body: list[Sentence]) -> list[str]:
    """The normalized words of the title and the first body sentence: the title
    line of the text, or the title given with the article when the text has none."""
    lead = [s for s in doc.sentences if s.is_title] + body[:1]
    words = [word for s in lead for word in WORD_RE.findall(doc.norm[doc.norm_index(s.start):doc.norm_index(s.end)])]
    if doc.title and not any(s.is_title for s in doc.sentences):
        words += WORD_RE.findall(normalize(doc.title))
    return words


def crash_story(doc: Document, body: list[Sentence]) -> bool:
    """The title or the first body sentence names a crash (`accidental_blasts.crashes`
    in triggers.yaml) and no downing or attack (`downings`): a story of an aircraft
    or a vehicle that crashed, whose deaths are an accident's (EVENTS.md §2), even
    where the craft was an army's ("مقتل 17 في تحطم مروحية عسكرية")."""
    cues = load_accidental_blast_cues()
    words = lead_words(doc, body)
    return any(cues.crashes.matches(word) for word in words) and not any(cues.downings.matches(word) for word in words)


def execution_notice(doc: Document, body: list[Sentence]) -> bool:
    """The title or the first body sentence announces an execution after a trial
    (`police_stories.executions` in triggers.yaml: "تنفيذ حكم القتل قصاصا في أحد
    الجناة"): the acts of any type (the culprit's arrest too) by no one named and
    with no armed side in their sentence
    are the crime the court punished, recalled with no day ("أقدم فلان على قتل
    فلان بإطلاق النار عليه"), or the execution itself; EVENTS.md §2 codes
    neither.  Entries of two words are read as word pairs."""
    executions = load_police_story_cues().executions
    return any(executions.matches(word) for word in _with_pairs(lead_words(doc, body)))


def verdict_story(doc: Document, body: list[Sentence]) -> bool:
    """The title or the first body sentence announces a court's sentence for a crime
    (`police_stories.verdicts` in triggers.yaml, word pairs: "أصدرت محكمة أربعة أحكام
    بالإعدام على المتهم بقتل طفلة"، "ينجو من عقوبة الإعدام"): read like an
    `execution_notice`, its acts by no one named and with no armed side in their
    sentence are the crime the court judged, retold ("وعثر على جثة الطفلة يوم 9
    يناير")—news of a trial, not of an act (EVENTS.md §2).  A sentence demanded is
    none (`demands`: "طالبت عائلته بإنزال عقوبة الإعدام بالقتلة"), and an act told
    on a day of the week is a roundup's news (`told_this_week`)."""
    cues = load_police_story_cues()
    return _pair_not_after(lead_words(doc, body), cues.verdicts, cues.demands, 2)


def told_this_week(doc: Document, body: list[Sentence], event: Event) -> bool:
    """The event is told, past the lead, on a day of the week before publication
    ("وفي شمال سيناء، قتل 3 مدنيين برصاص مجهولين في العريش أمس"): the news of a
    roundup, not the crime a court judged, which a verdict retells months after.
    (The verdict's own day is the lead's.)"""
    if doc.published is None or not event.event_date or event.time_precision != 1:
        return False
    lead = {s.start for s in doc.sentences if s.is_title} | {s.start for s in body[:1]}
    if _event_sentence_start(doc, event) in lead:
        return False
    days = (doc.published - dt.date.fromisoformat(event.event_date)).days
    return 0 < days <= 7


def crash_death(doc: Document, event: Event) -> bool:
    """An event read from a bare death word ("17 شخصا قتلوا") with no downing or attack
    (`accidental_blasts.downings`) within `crash_reach` words of it: in a crash
    story, the crash's dead.  (A long sentence may go on to rule an attack out:
    "مستبعدا فرضية أن تكون المروحية هدفا لهجوم".)"""
    anchor = _event_anchor(doc, event)
    if anchor is None or not anchor.attrs.get("generic_killing"):
        return False
    cues = load_accidental_blast_cues()
    before, after = _words_around(doc, anchor, cues.crash_reach, after_from=anchor.start)
    return not any(cues.downings.matches(word) for word in before + after)


def _words_around(doc: Document, anchor: Mention, reach: int, after_from: int) -> tuple[list[str], list[str]]:
    """The `reach` words of the anchor's sentence before it, and `reach` + 1 from
    `after_from` on: the stretch a crash or fall story is read in around a death word."""
    sentence = doc.sentence_at(anchor.start)
    low, high = (sentence.start, sentence.end) if sentence else (anchor.start, anchor.end)
    before = WORD_RE.findall(doc.norm[doc.norm_index(low):doc.norm_index(anchor.start)])[-reach:]
    after = WORD_RE.findall(doc.norm[doc.norm_index(after_from):doc.norm_index(high)])[:reach + 1]
    return before, after


def fall_death(doc: Document, event: Event) -> bool:
    """An event read from a bare death word with a fall from a height named within
    `crash_reach` words after it (`accidental_blasts.falls`: "لقوا حتفهم جراء السقوط
    من شرفات الفنادق"، "توفي إثر سقوطه من سطح المنزل") and no downing or attack word
    (`downings`) either side: an accident's death, whatever story tells it (EVENTS.md §2).
    The fall noun must have "من" right after it: "سقوط قتلى"، "سقوط قذيفة" are no falls;
    nor is "من" opening "among" (`amongs`: "سقط من بينهم أربعة أطفال" lists the victims)."""
    anchor = _event_anchor(doc, event)
    if anchor is None or not anchor.attrs.get("generic_killing"):
        return False
    cues = load_accidental_blast_cues()
    before, after = _words_around(doc, anchor, cues.crash_reach, after_from=anchor.end)
    falls = [
        i for i, (first, second) in enumerate(itertools.pairwise(after))
        if cues.falls.matches(f"{first} {second}")
        and not (i + 2 < len(after) and cues.amongs.matches(after[i + 2]))
    ]
    return bool(falls) and not any(cues.downings.matches(word) for word in before + after)


def crash_blast(doc: Document, event: Event) -> bool:
    """A blast by no one named, told bare ("انفجار أحد الإطارات"), in a crash story:
    a tyre or an engine that burst in the crash, not a bombing (EVENTS.md §2).  The
    craft's own blast ("لقوا حتفهم بانفجار الطائرة") is read as an air strike for
    the aircraft named beside it, and is the crash's too."""
    anchor = _event_anchor(doc, event)
    if anchor is None:
        return False
    if unclaimed(event, BLAST):
        return _bare_blast(anchor)
    return unclaimed(event, "Air/drone strike") and _opens_with_blast_word(anchor)


def accidental_blast(doc: Document) -> bool:
    """Some sentence puts the blast down to an accident ("إن الانفجار وقع جراء
    ارتفاع درجة الحرارة"; `accidental_blasts` in triggers.yaml): the article's
    blasts by no one named are that accident, not bombings (EVENTS.md §2)."""
    cues = load_accidental_blast_cues()
    words = WORD_RE.findall(doc.norm)
    for i, word in enumerate(words):
        if not cues.blasts.matches(word):
            continue
        for j in range(i + 1, min(len(words), i + 1 + cues.window)):
            if cues.causes.matches(words[j]) and _accident_named(words[j + 1: j + 1 + cues.window], cues):
                return True
    return unexplained_blast(words, cues)


def blast_deaths(event: Event) -> bool:
    """Deaths by no one named told in a sentence of the blast ("حدث انفجار في
    المصنع ... تأكدنا من مقتل ثمانية أشخاص"), its evidence naming no armed side:
    in a story of an accidental blast (`accidental_blast`), the blast's toll, no
    attack on civilians.  A killing told with another means or as a separate
    incident (`other_killings`: "وفي حادث منفصل، قتل مدنيان برصاص مجهولين بعد
    ساعات من الانفجار") is not the blast's."""
    if not unclaimed(event, "Attack", unarmed=True):
        return False
    cues = load_accidental_blast_cues()
    words = WORD_RE.findall(normalize(event.evidence))
    return (any(cues.blasts.matches(word) for word in words)
            and not any(cues.other_killings.matches(word) for word in words))


def unexplained_blast(words: list[str], cues: AccidentalBlastCues) -> bool:
    """The article says its blast's cause or nature is not known ("إثر انفجار لم
    تحدد طبيعته في مصنع للذخيرة"، "ولم تعرف أسباب هذه الانفجارات"; the `unknown_*`
    words of `accidental_blasts`), and tells no blast with a bomb, a strike or an
    armed side (`bomb_words`) nor names a bomb, a bomber or terror anywhere
    (`bomb_story_words`: "ولم يتضح بعد سبب الانفجار" told after two bombers).
    Reporters who know of no cause report an explosion (in a factory, a depot),
    not an attack: coding it as a bombing by an unnamed group invents the attack
    (EVENTS.md §2: accidents are no events).  A bomb told beside a blast ("انفجار
    عبوة ناسفة لم تعرف الجهة المسؤولة عنها") is an attack by unknown people,
    which stays an event."""
    blasts = [i for i, word in enumerate(words) if cues.blasts.matches(word)]
    if not blasts or any(cues.bomb_story_words.matches(word) for word in words):
        return False
    for i in blasts:
        if any(cues.bomb_words.matches(w) for w in words[max(0, i - cues.window): i + 1 + cues.window]):
            return False
    return any(_unknown_cause(words[max(0, i - cues.window): i + 1 + cues.window], cues) for i in blasts)


def _unknown_cause(words: list[str], cues: AccidentalBlastCues) -> bool:
    """A "not" with a knowing word right after it (or one on) and a cause word
    within two words after that ("لم تعرف أسبابها"، "لم تحدد بعد طبيعته") or
    before the "not" ("أسباب الانفجار غير معروفة"); not the nature of wounds
    named right before the "not" (`unknown_not_of`: "بجروح لم تعرف طبيعتها")."""
    for j, word in enumerate(words):
        if not cues.unknown_negations.matches(word) or any(cues.unknown_not_of.matches(w) for w in words[max(0, j - 2): j]):
            continue
        for k in range(j + 1, min(len(words), j + 3)):
            if cues.unknown_knowing.matches(words[k]) and any(
                    cues.unknown_causes.matches(w) for w in words[max(0, j - 2): j] + words[k + 1: k + 3]):
                return True
    return False


def _accident_named(words: list[str], cues: AccidentalBlastCues) -> bool:
    """An accident word among the cause's words before any device or armed side
    ("نجم عن عبوة زرعت قرب محول كهربائي" names a bomb, whatever stands after it)."""
    for word in words:
        if cues.devices.matches(word):
            return False
        if cues.accidents.matches(word):
            return True
    return False


def ordinary_detainees(event: Event) -> bool:
    """An arrest of people named as no armed group, protesters or other side
    (civilians, or nobody): whether it counts depends on the story (`police_story`)."""
    return event.sub_event_type == "Arrests" and event.inter2 in {0, CIVILIAN_INTER}


def police_story(doc: Document) -> bool:
    """The article tells an ordinary offence (a theft gang, smugglers of goods,
    a drunk pilot) and names no armed side, conflict, protest, activism or
    politics anywhere (`police_stories` in triggers.yaml): its arrests of
    civilians are police work, which ACLED does not code."""
    cues = load_police_story_cues()
    words = WORD_RE.findall(doc.norm)
    return any(cues.crime.matches(w) for w in words) and not any(cues.political.matches(w) for w in words)


def crime_motive(doc: Document, events: list[Event], event: Event) -> bool:
    """The article puts the killing down to a family quarrel, domestic violence or a
    robbery (`police_stories.motives` in triggers.yaml, word pairs: "عنف منزلي"،
    "خلافات عائلية"، "بدافع السرقة"): the story is an ordinary crime's, which ACLED
    does not code, and so are its killings by no one named (`lone_killing`).
    A motive told in the title or a sentence of no event is the story's ("وقال
    متحدث إن الحادث قد يكون عمل عنف منزلي"); one told in a sentence of events is
    theirs alone ("وفي محافظة إب، قتل رجل زوجته إثر خلافات عائلية" explains
    no other killing of a roundup).  A motive within `denial_reach` words after a
    denial (`denials`: "نفت مصادر أن يكون الحادث بسبب خلافات عائلية") is no motive."""
    cues = load_police_story_cues()
    told = {_event_sentence_start(doc, e) for e in events}
    own = _event_sentence_start(doc, event)
    spans = [(None, normalize(doc.title or ""))] + [
        (s.start, doc.norm[doc.norm_index(s.start):doc.norm_index(s.end)]) for s in doc.sentences]
    for start, text in spans:
        if start is not None and start in told and start != own:
            continue
        if _pair_not_after(WORD_RE.findall(text), cues.motives, cues.denials, cues.denial_reach):
            return True
    return False


def _event_sentence_start(doc: Document, event: Event) -> int | None:
    """The start of the sentence that tells the event (its first evidence span's)."""
    if not event.evidence_spans:
        return None
    sentence = doc.sentence_at(event.evidence_spans[0][0])
    return sentence.start if sentence else None


def lone_killing(event: Event) -> bool:
    """A deadly attack by no one named whose evidence names no armed side, attack or
    conflict (`police_stories.political`) but a lone gunman and his attacks
    (`police_stories.lone_attacker`: "مسلحا مجهولا قتل 5 أشخاص في سلسلة هجمات"):
    in a story that tells a crime's motive (`crime_motive`), that crime.  Gunmen
    ("مسلحون مجهولون"), a group, a bombing or a protest keep the event, and so does
    an assault with no dead (a mob's beating the victim calls a robbery may be
    vigilante violence: the motive told is one side's word)."""
    if not unclaimed(event, "Attack") or not event.fatalities:
        return False
    cues = load_police_story_cues()
    return not any(
        cues.political.matches(word) and not cues.lone_attacker.matches(word)
        for word in WORD_RE.findall(normalize(event.evidence))
    )


def violent_crowd(doc: Document, body: list[Sentence], event: Event) -> bool:
    """The protesters met with force are told, within `riot_reach` sentences of
    the event, to have stoned, burned or bombed ("كانوا يرشقون القوات بالحجارة"):
    a violent demonstration, whatever force met it (ACLED codes the crowd's act)."""
    start = event.evidence_spans[0][0] if event.evidence_spans else None
    index = next((i for i, s in enumerate(body) if s.start == start), None)
    if index is None:
        return False
    reach = load_event_rules().riot_reach
    near = body[max(0, index - reach): index + reach + 1]
    return any(
        t.value.sub_event_type == "Violent demonstration" and t.attrs.get("modality") == "asserted"
        for s in near for t in doc.in_span("trigger", s.start, s.end)
    )


def riot(doc: Document, event: Event) -> None:
    """Recode a protest met with force as the violent demonstration it was: rioters against that force."""
    rioters = generic_actor("rioters", event.iso or doc.country_hint)
    event.event_type, event.sub_event_type = "Riots", "Violent demonstration"
    if event.inter1 == PROTESTER_INTER:
        event.actor1, event.inter1 = rioters.name, rioters.inter


def grievance_deaths(doc: Document, start: int, end: int) -> bool:
    """The only deaths a riot's stretch of text tells are what the crowd rioted over ("تواصلت
    أعمال العنف احتجاجا على مقتل شاب برصاص شرطي"): a killing word with one of the
    dedupe rules' `grievance_words` among the `grievance_reach` words before the first
    killing word.

    Why: the killing folds into the riot as any generic killing folds into its act,
    and would give the riot the toll of the earlier death that set it off."""
    killings = [t for t in doc.in_span("trigger", start, end) if t.attrs.get("generic_killing")]
    if not killings:
        return False
    # (the first killing word names the death; later ones, "مقتل شاب برصاص شرطي", retell it)
    rules = load_dedupe_rules()
    words = WORD_RE.findall(normalize(doc.text[max(0, killings[0].start - 120):killings[0].start]))
    return any(strip_conjunction(word) in rules.grievance_words for word in words[-rules.grievance_reach:])


def headline_line(
    doc: Document, previous: Sentence | None, sentence: Sentence, body: list[Sentence], after_headline: bool = False
) -> bool:
    """A short paragraph with no closing punctuation after a punctuated one, or
    after another such line (a list of related links): the headline of a
    related article or of the next section ("قوات في حملة للبحث عن تلميذات
    اختطفن"), which reports nothing the body does not."""
    if previous is None or not (after_headline or _closed(doc.slice(previous.start, previous.end))):
        return False
    text = doc.slice(sentence.start, sentence.end)
    if _closed(text) or len(text.split()) > load_event_rules().headline_line_words:
        return False
    return sum(1 for s in body if s.paragraph == sentence.paragraph) == 1


def _closed(text: str) -> bool:
    """The text ends with sentence-closing punctuation (quotes and brackets aside)."""
    return text.rstrip().rstrip("\"'»”)]").endswith(tuple(".!?؟:…"))


def asserted_triggers(doc: Document, start: int, end: int) -> list[Mention]:
    """Triggers in a span that report something as having happened."""
    return [
        t for t in doc.in_span("trigger", start, end)
        if t.attrs.get("modality", "asserted") == "asserted"
        and not t.attrs.get("in_passing")
        and not reported_generally(doc, start, end, t)
    ]


def reported_generally(doc: Document, clause_start: int, clause_end: int, trigger: Mention) -> bool:
    """The clause frames the act as a running total, a habit, an accusation, a
    court ruling or a capability rather than as one thing that happened:
    a `not_reports` marker (clauses.yaml) before the trigger, a war named as
    its cause (`war_tolls`), a `habits` word ("مرارا") anywhere in its
    stretch of the clause, a period (`totals_after`, "منذ بدء الحرب") after
    it before the next comma or opening the segment after that comma, or a
    monitor's tally over a period or of thousands of acts before it
    (`monitor_totals`).

    A comma followed by و starts a new coordinated report ("وتتهمه الجماعة
    بكذا، وداهموا منزله أمس"), so a marker does not reach across it; a comma
    followed by و and a count goes on listing the same tally ("... 300 غارة على
    إدلب، و120 على حماة").  An act its own stretch dates to a day ("منذ بداية
    الشهر 300 غارة، بينها غارة استهدفت أمس البلدة") is reported, whatever
    total the words before it open.
    """
    n_start, n_at, n_end = (doc.norm_index(i) for i in (clause_start, trigger.start, clause_end))
    cuts = [m.end() for m in coordination_pattern().finditer(doc.norm, n_start, n_end) if not _LIST_ITEM.match(doc.norm, m.end())]
    cuts += parallel_cuts(doc, n_start, n_end)
    low = max((c for c in cuts if c <= n_at), default=n_start)
    high = min((c for c in cuts if c > n_at), default=n_end)
    mark = max((m.end() for m in _SEGMENT_MARKS.finditer(doc.norm, low, n_at)), default=low)
    dated = _dated_stretch(doc, mark, n_at, high)
    if not _day_toll(doc, low, high) and _not_report_marker(doc, mark if dated else low, n_at, high):
        return True
    if war_toll(WORD_RE.findall(doc.norm[mark:n_at])):
        return True
    if habits_pattern().search(" ".join(WORD_RE.findall(doc.norm[low:high]))) is not None:
        return True
    if clause_habit(doc, low, n_at, high):
        return True
    comma = _SEGMENT_MARKS.search(doc.norm, n_at, high)
    rest = doc.norm[n_at: comma.start() if comma else high]
    if not dated and monitor_tally(WORD_RE.findall(doc.norm[low:n_at]), _SEGMENT_MARKS.split(doc.norm[n_at:high])):
        return True
    if not dated and monitor_count(doc, low, high, trigger):
        return True
    if not dated and comma is not None:
        # the period may open the next segment ("أعدم 900 شخص من سكانها، منذ سيطرته على المدينة")
        following = _SEGMENT_MARKS.search(doc.norm, comma.end(), high)
        segment = " ".join(WORD_RE.findall(doc.norm[comma.end(): following.start() if following else high]))
        if totals_after_pattern().match(segment) and total_after(doc.norm[low:n_at], f"{rest} {segment}"):
            return True
    # (a dated act is not summed up by a span told of something after it: "تحرير المدينة
    # أمس بعد معارك استمرت أسابيع"; but a date of the speech that tells it does not date
    # acts summed up during a span: "قال أمس إن الشرطة اعتقلت ألفا خلال حملة استمرت عاما")
    during = not dated or during_a_span(rest) and not _dated_stretch(doc, mark, n_at, high, speech=False)
    return total_after(doc.norm[low:n_at], rest, spans=during)


def _day_toll(doc: Document, n_low: int, n_high: int) -> bool:
    """The clause counts from a time of today or yesterday ("ارتفع عدد الشهداء منذ فجر
    اليوم إلى 43"; `since_a_time_of_day`) or within the past hours ("إلى 35 خلال 24
    ساعة الماضية"; `within_hours`): its toll word tells the day's dead, not a running
    total, so a `not_reports` toll marker ("ارتفع عدد") frames nothing."""
    for date in doc.mentions.get("date", ()):
        at = doc.norm_index(date.start)
        if n_low <= at < n_high and (since_a_time_of_day(doc.norm[n_low:at].split(), date)
                                     or within_hours(doc.norm[n_low:at].split(), date)):
            return True
    return False


def within_hours(before: list[str], date: Mention) -> bool:
    """The date, with the normalized words `before` it in its sentence, counts past hours
    after "within" ("خلال الـ24 ساعة الماضية"; `hours_within` and `hours_units` in
    clauses.yaml): a day's span, like "منذ فجر اليوم"."""
    rules = load_event_rules()
    return bool(before) and before[-1] in rules.hours_within and not rules.hours_units.isdisjoint(
        normalize(date.text).split())


def _not_report_marker(doc: Document, n_from: int, n_at: int, n_high: int) -> bool:
    """A `not_reports` marker in the normalized text [n_from, n_at) before a trigger,
    other than the toll word of one act named at once after it (`one_act_tolls`:
    "ارتفعت حصيلة التفجير ..." tells that blast's dead, not a running total)."""
    before = " ".join(WORD_RE.findall(doc.norm[n_from:n_at]))
    markers = list(not_reports_pattern().finditer(before))
    if not markers:
        return False
    text = f"{before} {' '.join(WORD_RE.findall(doc.norm[n_at:n_high]))}"
    one_act = [m.span() for m in one_act_toll_pattern().finditer(text)]
    return any(not any(a < m.end() and m.start() < b for a, b in one_act) for m in markers)


def war_toll(before: list[str]) -> bool:
    """A war, siege or conflict named as what caused the act ("إن العدوان على
    المدينة تسبب في مقتل 300"، "أسفرت الحرب عن مقتل"; `war_tolls` in
    clauses.yaml): the verb, with the war noun right after it or opening its
    subject a few words before it.  "وزارة الحرب" is no war: the noun must
    open the subject, or be the noun the verb describes, right before it or
    its relative pronoun ("في حرب أدت إلى سقوط نصف مليون قتيل"، "الحرب التي
    خلفت آلاف القتلى"), or be described by a relative clause the verb is in, a
    report between ("الحرب التي تقول المنظمة إنها أسفرت عن مقتل ألفي مدني")."""
    rules = load_event_rules()
    for i, word in enumerate(before):
        if not {word, strip_conjunction(word)} & rules.war_toll_verbs:
            continue
        if i + 1 < len(before) and before[i + 1] in rules.war_nouns:
            return True
        described = i - 2 if i >= 2 and before[i - 1] in load_modality().relative_pronouns else i - 1
        if described >= 0 and not rules.war_nouns.isdisjoint(strip_clitics(before[described])):
            return True
        for j in range(max(0, i - rules.war_toll_window), i):
            if {before[j], strip_conjunction(before[j])} & rules.war_nouns and (
                    j == 0 or {before[j - 1], strip_conjunction(before[j - 1])} & rules.war_subject_openers):
                return True
            if before[j + 1] in load_modality().relative_pronouns and not rules.war_nouns.isdisjoint(strip_clitics(before[j])):
                return True
    return False


def monitor_tally(before: list[str], after: list[str]) -> bool:
    """A monitor's verb ("وثق"، "أحصت"، "تقريره") before the act, followed within a
    few words by a period ("خلال شهر"، "منذ مطلع العام"; `monitor_totals` in
    clauses.yaml): what the monitor counts is a tally of many acts, not one.

    The period may also follow the act (`after`: the rest of its stretch, cut at
    punctuation) in the act's own segment, or open a later segment ("...، خلال شهر
    يناير الماضي"); a period told of something else there ("، وسط تصعيد خلال
    الشهر الجاري") leaves the act alone."""
    rules = load_event_rules()
    pattern = monitor_periods_pattern()
    first = next((i for i, word in enumerate(before) if {word, strip_conjunction(word)} & rules.monitor_verbs), None)
    if first is None:
        return False
    if pattern.search(" ".join(before[first + 1: first + 1 + rules.monitor_window])):
        return True
    segments = [" ".join(WORD_RE.findall(segment)) for segment in after]
    if segments and pattern.search(" ".join(segments[0].split()[:rules.monitor_window])):
        return True
    return any(pattern.match(segment) for segment in segments[1:])


def monitor_count(doc: Document, n_low: int, n_high: int, trigger: Mention) -> bool:
    """A monitor's verb before the act in its clause and, after the verb, a count of
    `monitor_totals.count_floor` acts or more right before the noun of this act or
    of one before it ("في حين وثق المرصد تنفيذ الطائرات 12000 غارة، استهدفت
    مدنا في حلب وإدلب"): a tally over a period told elsewhere, not one strike.
    A day in the clause ("600 غارة منذ ليل أمس") is the count's own span: one day's strikes."""
    rules = load_event_rules()
    n_at = doc.norm_index(trigger.start)
    if any(date.attrs.get("precision") == 1 and n_low <= doc.norm_index(date.start) < n_high
           for date in doc.mentions.get("date", ())):
        return False
    verb = next((m.end() for m in WORD_RE.finditer(doc.norm, n_low, n_at)
                 if {m.group(), strip_conjunction(m.group())} & rules.monitor_verbs), None)
    if verb is None:
        return False
    starts = {doc.norm_index(t.start) for t in doc.mentions.get("trigger", ()) if t.start <= trigger.start}
    for count in doc.mentions.get("number", ()):
        n_count = doc.norm_index(count.start)
        if verb <= n_count < n_at + 1 and int(count.value) >= rules.monitor_count_floor:
            n_end = doc.norm_index(count.end)
            gap = len(doc.norm[n_end:]) - len(doc.norm[n_end:].lstrip())
            if n_end + gap in starts:
                return True
    return False


def clause_habit(doc: Document, n_low: int, n_at: int, n_high: int) -> bool:
    """A `clause_habits` phrase ("مرات عدة"، "في أوقات متفرقة") in the act's own clause
    (norm span [n_low, n_high), the act at `n_at`), which names no day.

    A relative clause (from a relative pronoun to the next punctuation mark) is a
    clause of its own: a phrase in one describes the noun before it and reaches no act
    outside it ("قتل أمس القيادي، الذي نجا مرات عدة من محاولات اغتيال، بغارة روسية"),
    while an act inside one is reached by its phrase ("الذي اعتقلته القوات في أوقات
    متفرقة").  A day in the act's clause (a date to the day, not after "منذ"; not a
    statement's day) makes the acts that day's ("استهدفت الطائرات البلدة أمس مرات عدة"،
    "في أوقات متفرقة من يوم أمس"): one report of repeated strikes."""
    words = [(m.group(), m.start()) for m in WORD_RE.finditer(doc.norm, n_low, n_high)]
    # where each word starts in the words joined by single spaces, to map a phrase back to its word
    offsets = list(itertools.accumulate((len(word) + 1 for word, _ in words[:-1]), initial=0))
    found = [bisect.bisect_right(offsets, m.start()) - 1
             for m in clause_habits_pattern().finditer(" ".join(word for word, _ in words))]
    if not found:
        return False
    pronouns = load_modality().relative_pronouns
    relatives = []
    for word, begin in words:
        if word in pronouns or word.startswith("و") and word[1:] in pronouns:
            stop = _SEGMENT_MARKS.search(doc.norm, begin, n_high)
            relatives.append((begin, stop.start() if stop else n_high))
    own = next(((a, b) for a, b in relatives if a <= n_at < b), None)
    low, high = own if own is not None else (n_low, n_high)
    others = [(a, b) for a, b in relatives if (a, b) != own and low <= a < high]
    if not any(low <= words[i][1] < high and not any(a <= words[i][1] < b for a, b in others) for i in found):
        return False
    since = load_period_totals().since
    for date in doc.mentions.get("date", ()):
        where = doc.norm_index(date.start)
        if low <= where < high and date.attrs.get("precision") == 1 and not dates_speech(doc, date) \
                and not any(a <= where < b for a, b in others):
            before = doc.norm[n_low:where].split()
            if not (before and before[-1] in since):
                return False
    return True


def _dated_stretch(doc: Document, n_low: int, n_at: int, n_high: int, speech: bool = True) -> bool:
    """The act's own stretch (between punctuation marks around it) holds a date
    to the day that starts no period ("بينها غارة استهدفت أمس البلدة") and,
    with `speech=False`, dates no statement that reports the act ("قال الوزير
    أمس إن ..."; `dates_speech`)."""
    right = _SEGMENT_MARKS.search(doc.norm, n_at, n_high)
    n_right = right.start() if right else n_high
    since = load_period_totals().since
    for date in doc.mentions.get("date", ()):  # any one will do: no need to sort them
        at = doc.norm_index(date.start)
        if n_low <= at < n_right and date.attrs.get("precision") == 1 and (speech or not dates_speech(doc, date)):
            before = doc.norm[n_low:at].split()
            if not (before and before[-1] in since):
                return True
    return False


def dates_speech(doc: Document, date: Mention) -> bool:
    """The date is the day of a statement verb (`dates_other_verb`, `dates_a_statement`)."""
    sentence = doc.sentence_at(date.start)
    return dates_other_verb(doc, date) or sentence is not None and dates_a_statement(doc, sentence, date)


def total_after(before: str, after: str, spans: bool = True) -> bool:
    """A period phrase after the act ("... منذ بدء الحرب"), or with `spans` a
    span of weeks or more (`long_span`), with no comparison before it in the
    stretch ("لأعنف قصف منذ بدء الحرب"), nor one that describes a place or a side
    told after the act (`since_describes_other`: "بعد ملاحقته منذ أن أفرج عنه")."""
    after_words = " ".join(WORD_RE.findall(after))
    found = totals_after_pattern().search(after_words)
    cut = found.start() if found else long_span(after_words.split()) if spans else None
    if cut is None or found is not None and since_describes_other(after_words[:cut].split(), relatives=False):
        return False
    lead = WORD_RE.findall(before) + after_words[:cut].split()
    comparisons = load_event_rules().comparisons
    return not any(
        stem in comparisons and not qualifies_a_count(lead, i) for i, word in enumerate(lead) for stem in strip_clitics(word)
    )


def long_span(words: list[str]) -> int | None:
    """Where (a character offset in the space-joined words) a span of weeks or more
    opens ("خلال ست سنوات"، "في غضون أشهر"، "استمر خمس سنوات"; `period_spans`
    openers, `totals_after.lasting_verbs` and `span_units`), or "since" a year or
    such a span (`since_long_ago`) that describes no place or side before it
    (`since_describes_other`): "التي كانت في أيدي المسلحين منذ شهرين" tells how
    long a place was held, not the act."""
    rules = load_event_rules()
    for i, word in enumerate(words):
        opens = word in rules.period_openers or strip_conjunction(word) in rules.lasting_verbs or word in rules.lasting_verbs
        following = words[i + 1: i + 1 + rules.period_gap]
        if opens and not rules.long_span_units.isdisjoint(following) or (
            word in rules.since_words and not since_describes_other(words[:i])
            and since_long_ago(words[i - 1] if i else "", following)
        ):
            return len(" ".join(words[:i])) + (1 if i else 0)
    return None


_YEAR = re.compile(r"(?:19|20)\d\d")


def since_long_ago(word_before: str, following: list[str]) -> bool:
    """"Since" a year or a span of weeks or more ("قتلوا منذ 2011"، "القتال المستمر
    منذ أربعة أشهر"، "منذ صيف 2012"): what is told before it is summed up over
    that time or is a standing state (EVENTS.md: running totals are not
    events), unless the words read "ago" and tell one past act (`since_reads_ago`;
    after a year, "منذ" is "since" whatever act stands before it)."""
    if any(_YEAR.fullmatch(word) for word in following):
        return not since_reads_ago("", following)
    return not load_event_rules().long_span_units.isdisjoint(following) and not since_reads_ago(word_before, following)


def during_a_span(stretch: str) -> bool:
    """A span of weeks or more (`long_span`) opened by, or within `period_gap` words
    after, a period opener ("خلال حملة استمرت عشرة أشهر"): the act is summed up
    over it, not told as what ended it ("بعد معارك استمرت أسابيع")."""
    words = WORD_RE.findall(stretch)
    cut = long_span(words)
    if cut is None:
        return False
    at = len(" ".join(words)[:cut].split())
    rules = load_event_rules()
    return not rules.period_openers.isdisjoint(words[max(0, at - rules.period_gap): at + 1])


def qualifies_a_count(words: list[str], i: int) -> bool:
    """The word at `i` opens a number's qualifier before a count ("أكثر من 1500 شخص"):
    a quantity, not a comparison of the act with the period ("أكثر الأيام دموية")."""
    lexicon = number_lexicon()
    for phrase in lexicon.qualifiers.by_first.get(strip_conjunction(words[i]), ()):
        end = i + len(phrase)
        if tuple(words[i + 1: end]) == phrase[1:] and end < len(words) and (
            words[end][:1].isdigit() or words[end] in lexicon.words or (words[end],) in lexicon.vague
        ):
            return True
    return False


@functools.cache
def coordination_pattern() -> re.Pattern[str]:
    """A comma and the conjunction و: the next words are a new coordinated report,
    unless one of `coordination_asides` (clauses.yaml: "وذلك", "ومن بينهم") follows."""
    asides = "|".join(re.escape(w) for w in sorted(load_event_rules().coordination_asides, key=len, reverse=True))
    return re.compile(rf"[،,]\s*(?=و)(?!(?:{asides})(?!\w))")


# ... unless a count follows the و: the next item of a list of counts.
_LIST_ITEM = re.compile(r"و\s*\d")


_COMMA = re.compile(r"[،,]\s*")


def parallel_cuts(doc: Document, n_start: int, n_end: int) -> list[int]:
    """Normalized offsets in [n_start, n_end) right after a comma that opens a
    parallel fact (`opens_a_parallel_fact`: "...، في حين واصل الاحتلال قصف
    المدارس"): like a comma and و, it starts a new report, so a running-total
    marker told before it ("ارتفع عدد الشهداء إلى 33") frames nothing after it."""
    cuts = []
    for comma in _COMMA.finditer(doc.norm, n_start, n_end):
        at = comma.end()
        raw_at, _ = doc.raw_span(at, at)
        if opens_a_parallel_fact(doc, raw_at):
            cuts.append(at)
    return cuts


def clauses(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Raw spans of the clauses of a sentence."""
    boundaries = load_clause_boundaries()
    n_start, n_end = doc.norm_index(sentence.start), doc.norm_index(sentence.end)
    cuts = [sentence.start]
    for match in boundaries.pattern.finditer(doc.norm, n_start, n_end):
        raw_start, _ = doc.raw_span(match.start(), match.end())
        if raw_start > cuts[-1] and not tells_the_wounded(doc, boundaries, match.end(), cuts[-1], raw_start) \
                and not tells_its_results(doc, boundaries, match.end()) \
                and not killed_by_what_follows(doc, boundaries, match, cuts[-1], raw_start) \
                and not ongoing_stays(doc, boundaries, match, cuts[-1], n_end):
            cuts.append(raw_start)
    cuts = sorted({*cuts, *(at for at in joined_reports(doc, sentence, cuts) if at > sentence.start)})
    if len(cuts) > 1 and fronted_scene(doc, cuts[0], cuts[1]):
        del cuts[1]
    cuts.append(sentence.end)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def fronted_scene(doc: Document, start: int, end: int) -> bool:
    """The sentence's first stretch [start, end) is only a place phrase set
    before the rest ("وفي العراق، قتل خمسة بتفجير سيارة ..."، "في ريف إدلب
    الجنوبي، قصفت ..."): "في" or a `scene_openers` word, place cue words and places, no
    act.  It is where the whole sentence happens, so it stays in the clause of
    the act told after it rather than being cut off by its comma."""
    places = doc.in_span("place", start, end)
    if not places or doc.in_span("trigger", start, end):
        return False
    n_start = doc.norm_index(start)
    opener = WORD_RE.search(doc.norm, n_start, doc.norm_index(end))
    if opener is None or opener.group() not in {"في", *load_event_rules().scene_openers}:
        return False
    cues = load_place_cues().cue_type
    covered = [(doc.norm_index(m.start), doc.norm_index(m.end)) for m in places]
    return all(
        word.group() in cues or any(a <= word.start() < b for a, b in covered)
        for word in WORD_RE.finditer(doc.norm, opener.end(), doc.norm_index(end))
    )


def joined_reports(doc: Document, sentence: Sentence, opened: list[int]) -> list[int]:
    """Raw starts of the words that open a report joined by و to the act told
    before it, with a side of its own named right after the verb ("قتل ثلاثة في
    جنين، واعتقلت قوات الاحتلال خمسة في طولكرم"، "... وشنت طائرات التحالف غارات
    على صعدة"): an act verb or a `report_verbs` verb, then at once an actor.
    Its agent, place and toll are its own, so it is a clause of its own.  A verb
    that carries its subject as a suffix ("واشتبكوا مع القوات") goes on with the
    subject told before, and the side after it is its object: no cut.  Only
    an act told in the same clause (after the last of the `opened` clause
    starts before the report) may make the report part of it: a clash told
    after "فيما" is no part of the shelling joined after it ("فيما دارت
    اشتباكات في X، وقصفت قوات النظام Y")."""
    rules = load_event_rules()
    n_start, n_end = doc.norm_index(sentence.start), doc.norm_index(sentence.end)
    starts: list[int] = []
    openers = rules.scene_openers | rules.topic_openers
    for word in WORD_RE.finditer(doc.norm, n_start, n_end):
        text = word.group()
        raw_start, raw_end = doc.raw_span(word.start(), word.end())
        if text in openers \
                and opens_a_scene(doc, sentence, word.start(), raw_end, by_verb=text in rules.topic_openers):
            starts.append(raw_start)
            continue
        # (a word this short is a particle, "وهو"، "ولم", unless a report verb: "وشن طيران التحالف")
        if not text.startswith("و") or text.endswith("وا") or word.start() == n_start \
                or len(text) < 4 and text[1:] not in rules.report_verbs:
            continue
        verb = next((t for t in asserted_triggers(doc, raw_start, raw_end) if t.start == raw_start), None)
        if verb is None and text[1:] not in rules.report_verbs:
            continue
        if verb is not None and (verb.attrs.get("voice") != "active" or is_generic(verb)):
            continue
        following = WORD_RE.search(doc.norm, word.end(), n_end)
        side = None if following is None else next((
            m for m in doc.in_span("actor", raw_end, min(sentence.end, raw_end + 40))
            if doc.raw_span(following.start(), following.end())[0] == m.start), None)
        told = next(iter(asserted_triggers(doc, raw_start, sentence.end)), None)
        clause_start = max((at for at in opened if at < raw_start), default=sentence.start)
        if side is not None and told is not None and not part_of_told_act(doc, clause_start, raw_start, told, side):
            starts.append(raw_start)
    return starts


def part_of_told_act(doc: Document, start: int, end: int, trigger: Mention, side: Mention) -> bool:
    """The act `trigger` opens is one `same_act` (clauses.yaml) makes a single
    happening with an act told in [start, end) ("تجددت المظاهرات ...، وأحرق
    المتظاهرون الإطارات": the protest turned riot): one event, not two.  Bare
    deaths and attacks told before (`is_generic`) are left out: they join any
    violent act beside them, which is how a killing told first ended up inside
    a strike told after it.  A bombardment and a fight are one battle only
    when one side did both (EVENTS.md §2): a bombardment whose own `side` the
    fight's stretch never names ("دارت اشتباكات في X، وقصفت قوات النظام Y")
    is an act of its own."""
    absorbs = load_event_rules().same_act
    sub_type = trigger.value.sub_event_type
    named = {m.value for m in doc.in_span("actor", start, end)}
    return any(
        (sub_type in absorbs.get(t.value.sub_event_type, ()) or t.value.sub_event_type in absorbs.get(sub_type, ()))
        and not (side.value not in named
                 and {t.value.event_type, trigger.value.event_type} == {"Battles", "Explosions/Remote violence"})
        for t in asserted_triggers(doc, start, end) if not is_generic(t)
    )


def opens_a_scene(doc: Document, sentence: Sentence, norm_start: int, raw_end: int, by_verb: bool = False) -> bool:
    """A `scene_openers` word ("وفي") after a comma, then at once a place and
    after it an act ("قصفت الطائرات خان يونس، وفي الضفة اشتبك مقاومون مع
    القوات"): the sentence turns to another scene and tells its own act there,
    with its own side and toll.  Without an act after the place, the place
    goes on the list of the act told before ("غارات على X، وفي Y"); so does a
    bare death told there with no armed side named ("غارات على X، وفي بلدة Y
    قتل ثلاثة مدنيين": the strikes' dead at Y).  Cue words ("وفي مدينة Y")
    may stand before the place.  A `topic_openers` word ("أما في Y") turns
    the scene `by_verb` only: an act told there by a verb, not a noun counted
    place by place."""
    if not doc.norm[doc.norm_index(sentence.start): norm_start].rstrip().endswith(("،", ",")):
        return False
    place = next(iter(doc.in_span("place", raw_end, sentence.end)), None)
    cues = load_place_cues().cue_type
    if place is None or not all(w in cues or w == "في" for w in WORD_RE.findall(
            doc.norm[doc.norm_index(raw_end): doc.norm_index(place.start)])):
        return False
    acts = [t for t in asserted_triggers(doc, place.end, sentence.end) if t.start >= place.end]
    if by_verb:
        return any(t.attrs.get("voice") in ("active", "passive") for t in acts)
    armed = any(m.value is not None and m.value.inter in ARMED_INTERS
                for m in doc.in_span("actor", place.end, sentence.end))
    return any(not is_generic(t) for t in acts) or (bool(acts) and armed)


def tells_the_wounded(doc: Document, boundaries: ClauseBoundaries, norm_end: int, start: int, end: int) -> bool:
    """The boundary word ending at `norm_end` opens the wounded of the act of the clause
    [start, end) ("قتل أربعة جنود فيما أصيب ثلاثة آخرون إثر انفجار عبوة"): a wound
    verb follows it and that clause names no place, so the cause and place told with
    the wounded are the killing's (`wounded_after_boundary` in clauses.yaml)."""
    following = WORD_RE.search(doc.norm, norm_end)
    return (
        following is not None and not doc.norm[norm_end: following.start()].strip()
        and following.group() in boundaries.wounded
        and not doc.in_span("place", start, end)
    )


def ongoing_stays(doc: Document, boundaries: ClauseBoundaries, match: re.Match[str], start: int, n_end: int) -> bool:
    """The boundary `match` is an `ongoing_beside` phrase ("مع استمرار الاشتباكات") that
    opens no clause: the clause before it, from raw `start`, does not open with one of its
    frame verbs ("وتأتي تلك الغارات مع ..."), or no place is named after the phrase before
    the next boundary or `n_end` (normalized).  A strike and the fighting beside it told
    plainly ("قصفت الطائرات البلدة وسط استمرار الاشتباكات فيها") stay one clause, to be read
    as one act when one side does both; placeless fighting ("يتواصل العدوان على غزة مع
    استمرار الاشتباكات") is at the place told before it."""
    if strip_conjunction(match.group()) not in boundaries.ongoing and match.group() not in boundaries.ongoing:
        return False
    opener = WORD_RE.search(doc.norm, doc.norm_index(start), match.start())
    if opener is None or not {opener.group(), strip_conjunction(opener.group())} & boundaries.ongoing_frames:
        return True
    following = boundaries.pattern.search(doc.norm, match.end(), n_end)
    place_start = doc.raw_span(match.end(), match.end())[0]
    place_end = doc.raw_span(following.start(), following.start())[0] if following else doc.raw_span(n_end, n_end)[0]
    return not doc.in_span("place", place_start, place_end)


def tells_its_results(doc: Document, boundaries: ClauseBoundaries, norm_end: int) -> bool:
    """The boundary word ending at `norm_end` opens more results of the act just told
    ("أدت الاشتباكات إلى مقتل 20 حوثيا، في حين أسفرت عن مقتل 6 مقاومين"): a result verb
    follows it with at once its object's preposition, so its subject is that act
    (`results_after_boundary` in clauses.yaml) and its toll adds to that act's."""
    following = WORD_RE.search(doc.norm, norm_end)
    if following is None or doc.norm[norm_end: following.start()].strip() or following.group() not in boundaries.results:
        return False
    after = WORD_RE.search(doc.norm, following.end())
    return after is not None and not doc.norm[following.end(): after.start()].strip() \
        and after.group() in boundaries.result_objects


def killed_by_what_follows(
    doc: Document, boundaries: ClauseBoundaries, match: re.Match[str], start: int, end: int,
) -> bool:
    """The boundary `match` opens the act that caused the deaths of the clause [start, end)
    ("قتل العشرات بعدما ألقت الطائرات قنابل على البلدة"): that clause tells only deaths
    (generic killings), the word is a `cause_after_deaths` one and a violent act of a
    named kind starts within `cause_reach` words after it.  One act, so the deaths are
    its toll rather than a killing by an unknown hand."""
    if not {match.group(), strip_conjunction(match.group())} & boundaries.causes:  # with or without و/ف
        return False
    own = doc.in_span("trigger", start, end)
    if not own or not all(t.attrs.get("generic_killing") for t in own):
        return False
    after = doc.raw_span(match.end(), match.end())[0]
    following = next(iter(doc.in_span("trigger", after, len(doc.text))), None)
    if following is None or is_generic(following) or following.value.event_type not in VIOLENT_TYPES:
        return False
    gap = WORD_RE.findall(doc.norm[match.end(): doc.norm_index(following.start)])
    return len(gap) <= boundaries.cause_reach


def is_generic(trigger: Mention) -> bool:
    """An unqualified attack or killing, typed later by who was hit.

    A variant its context typed ("استهداف" near aircraft: an air strike;
    killing protesters: excessive force) is qualified already.
    """
    return bool(trigger.attrs.get("generic_killing") or trigger.attrs.get("generic_attack")) and not (
        trigger.value.is_override
    )


def is_anaphoric(doc: Document, trigger: Mention) -> bool:
    """A definite verbal noun ("الهجوم", "بالهجوم", "للاستهداف") refers back to an
    act already reported rather than reporting a new one (a form marked
    `not_anaphoric`, the object of a verb told before it, never does; nor does a
    killing noun whose relative clause tells who did it, `_told_with_its_author`)."""
    if trigger.attrs.get("voice") != "noun" or trigger.attrs.get("not_anaphoric"):
        return False
    return _definite(trigger) and not _told_with_its_author(doc, trigger) and not opens_the_story(doc, trigger)


def _definite(trigger: Mention) -> bool:
    """The trigger's first word carries a definite prefix (`definite_prefixes`: "الهجوم", "بالهجوم")."""
    return _definite_word(trigger.text)


def _definite_word(text: str) -> bool:
    """The first word of `text` carries a definite prefix (`definite_prefixes`)."""
    word = normalize(text).split()[0] if text.strip() else ""
    return word.startswith(tuple(load_event_rules().definite_prefixes))


def opens_the_story(doc: Document, trigger: Mention) -> bool:
    """The trigger is the first act the article's body names, in its lead sentence,
    told with its author and then, within `_STORY_PLACE_WORDS` words, its place
    ("تلقى الرئيس اتصالا عقب الهجوم الإسرائيلي على مدينة النبطية"): a
    definite noun there names the act the story is about, which the reader is
    taken to know, not one told before (there is none to point back to).  With no
    place right after it, the noun names a kind of act ("تشريعا بالقتل"), not one."""
    body = next((s for s in doc.sentences if not s.is_title), None)
    if body is None or not body.start <= trigger.start < body.end:
        return False
    if any(t.start < trigger.start for t in doc.in_span("trigger", body.start, body.end)):
        return False
    place = next(iter(doc.in_span("place", trigger.end, body.end)), None)
    if place is None or len(WORD_RE.findall(doc.text, trigger.end, place.start)) > _STORY_PLACE_WORDS:
        return False
    return any(not side.attrs.get("victim") for side in doc.in_span("actor", trigger.start, place.start))


# Words at most between a story's opening act noun and the place it names.
_STORY_PLACE_WORDS = 4


def _told_with_its_author(doc: Document, trigger: Mention) -> bool:
    """An unqualified killing noun reported in its own clause and followed there by a relative
    clause naming who carried it out (`told_by_its_relative`): an act of its own."""
    sentence = doc.sentence_at(trigger.start) if trigger.attrs.get("generic_killing") else None
    if sentence is None:
        return False
    clause = next(((start, end) for start, end in clauses(doc, sentence)
                   if start <= trigger.start and trigger.end <= end), None)
    return clause is not None and told_by_its_relative(doc, trigger, clause[1]) \
        and any(t is trigger for t in asserted_triggers(doc, *clause))


def group_acts(doc: Document, triggers: list[Mention]) -> list[Act]:
    """One act per distinct sub-type; unqualified attacks and killings join the clause's main act.

    Deaths and "attacks" next to a specific violent act (a strike, a clash, a
    bombing) are that act; alone, they form one act whose type depends on
    the target.  A failed assault is an act of its own (a clash), even beside
    the shelling that covered it.
    """
    acts: list[Act] = []
    generic: list[Mention] = []
    for trigger in triggers:
        if is_generic(trigger) and not trigger.attrs.get("failed_attempt"):
            generic.append(trigger)
            continue
        pattern = trigger.value
        same = next((a for a in acts if a.sub_event_type == pattern.sub_event_type), None)
        if same is None:
            acts.append(Act(pattern.event_type, pattern.sub_event_type, [trigger]))
        else:
            same.triggers.append(trigger)
    acts = join_bare_bombardments(doc, merge_same_type(acts))
    territory = next((a for a in acts if a.anchor.attrs.get("territory") or a.sub_event_type in TERRITORY), None)
    if territory is not None:
        # Fighting that wins ground is one event: the territory change.
        for clash in [a for a in acts if a.sub_event_type == "Armed clash"]:
            territory.triggers.extend(clash.triggers)
            acts.remove(clash)
    if generic:
        # (deaths where forces fired on protesters are that excessive force)
        host = next((a for a in acts if a.event_type in VIOLENT_TYPES or a.sub_event_type == EXCESSIVE_FORCE), None)
        if host is not None:
            host.triggers.extend(generic)
        elif not all(is_anaphoric(doc, t) for t in generic):
            first = generic[0].value
            killing = Act(first.event_type, first.sub_event_type, generic, generic=True)
            protest = next((a for a in acts if a.sub_event_type in PEACEFUL_PROTESTS
                            and all(t.attrs.get("voice") == "noun" for t in a.triggers)), None)
            if protest is not None and any(t.attrs.get("generic_killing") for t in generic):
                # People shot dead at a protest ("قتل ثلاثة برصاص الجنود خلال الاحتجاجات"):
                # one act, typed by who was killed (`settle_type`).  A protest told
                # by a verb ("أعدموا 20 ممن تظاهروا") is an act of its own.
                acts.remove(protest)
                killing.triggers.extend(protest.triggers)
            acts.append(killing)
    return acts


def split_by_scene(doc: Document, act: Act) -> list[Act]:
    """One act per scene when the act's verbal noun is repeated, each time
    right before a place of its own ("تحرير مدينة لودر إضافة إلى تحرير مدينة
    الوهط"): two acts at two places, each with its own date and toll.  Only
    the act's own triggers open a new act; those it absorbed (fighting that
    won the ground, deaths in a strike) stay with the first, but for an
    attack noun with a scene of its own (`scened_attack`): "قتل ثلاثة في هجوم
    بمدينة X واشتباك بمدينة Y" is an attack at X and a clash at Y."""
    # (an attack told before an added act may name its object before its scene, as the added
    # act does: "نصبت كمائن لقوات الاحتلال في مدينة X، إضافة لقصف تجمعات في Y")
    added = [t.start for t in act.triggers if adds_an_act(doc, t)]
    own = sorted((t for t in act.triggers if (t.value.sub_event_type == act.sub_event_type and not is_generic(t))
                  or scened_attack(doc, t, before_an_added=any(at > t.start for at in added))), key=lambda t: t.start)
    cuts: list[Mention] = []
    scene = scene_after(doc, own[0]) if own else None
    for trigger in own[1:]:
        added = adds_an_act(doc, trigger)
        place = scene_after(doc, trigger, added=added)
        # (an attack noun absorbed by the act opens a scene of its own only
        # after another scene was named: before that, it is where the act is)
        absorbed = trigger.value.sub_event_type != act.sub_event_type or is_generic(trigger)
        if place is not None and place != scene and (scene is not None or added or not absorbed):
            cuts.append(trigger)
        scene = place or scene
    if not cuts:
        return [act]
    later = [[t for t in own if a.start <= t.start < (b.start if b else len(doc.text))]
             for a, b in zip(cuts, [*cuts[1:], None], strict=True)]
    moved = {id(t) for part in later for t in part}
    first = _scene_act(doc, act, [t for t in act.triggers if id(t) not in moved], cuts[0].start)
    rest = [_scene_act(doc, act, part, nxt.start if nxt else None)
            for part, nxt in zip(later, [*cuts[1:], None], strict=True)]
    return [first, *rest]


def scened_attack(doc: Document, trigger: Mention, before_an_added: bool = False) -> bool:
    """An indefinite attack noun right before a place of its own ("في هجوم
    بمدينة X"), or one more targeting added after the act (`adds_an_act`:
    "إضافة إلى استهدافها مقرا في مدينة Z"), or one told before such an added
    act (`before_an_added`), whose scene may also follow its object: an act
    told at its own scene, which a specific act told beside it at another
    place does not absorb."""
    added = before_an_added or adds_an_act(doc, trigger)
    return bool(trigger.attrs.get("generic_attack")) and trigger.attrs.get("voice") == "noun" \
        and not is_anaphoric(doc, trigger) and scene_after(doc, trigger, added=added) is not None


def _scene_act(doc: Document, act: Act, triggers: list[Mention], until: int | None) -> Act:
    """The part of `act` told at one scene: of the act's type, or, when only
    unqualified attacks and deaths are told there, a generic act typed later
    by who was hit (`settle_type`).  A targeting added to the act ("غارات على
    X، فضلا عن استهداف مواقع في Y": `adds_an_act`) is one more of its kind."""
    if act.generic or any(not is_generic(t) or adds_an_act(doc, t) for t in triggers):
        return Act(act.event_type, act.sub_event_type, triggers, act.generic, until=until)
    first = triggers[0].value
    return Act(first.event_type, first.sub_event_type, triggers, generic=True, until=until)


def scene_after(doc: Document, trigger: Mention, added: bool = False) -> str | None:
    """The place named right after a trigger (at most `scene_gap` words between: "مدينة", "بلدة"), if any.

    An act `added` after the first (`adds_an_act`) names its object before its
    scene ("وقصفت مواقع أخرى في بلدة Y"): a place governed by a preposition up
    to `added_acts.gap` words on is its scene too."""
    rules = load_event_rules()
    sentence = doc.sentence_at(trigger.start)
    for place in doc.in_span("place", trigger.end, min(sentence.end if sentence else len(doc.text), trigger.end + 90)):
        gap = WORD_RE.findall(doc.norm[doc.norm_index(trigger.end): doc.norm_index(place.start)])
        if place.attrs.get("place") is not None and (
                len(gap) <= rules.scene_gap or added and place.attrs.get("governed") and len(gap) <= rules.added_scene_gap):
            return place.attrs["place"].name
    return None


def _joined_verb(trigger: Mention) -> bool:
    """`trigger` is a verb joined by و to what comes before it ("وقصفت")."""
    return trigger.attrs.get("voice") == "active" and normalize(trigger.text) == "و" + str(trigger.attrs.get("form", ""))


def adds_an_act(doc: Document, trigger: Mention) -> bool:
    """`trigger` tells one more act of the side of the act before it, with an
    object of its own: a verb joined by و right after a comma ("...، وقصفت
    مواقع أخرى") or a verbal noun right after an `added_acts` phrase ("إضافة
    إلى استهدافها مقرا")."""
    before = WORD_RE.findall(doc.norm[max(0, doc.norm_index(trigger.start) - 40): doc.norm_index(trigger.start)])
    if trigger.attrs.get("voice") == "noun":
        return any(tuple(before[-len(p):]) == p for p in load_event_rules().added_act_openers)
    joined = _joined_verb(trigger)
    at = doc.norm_index(trigger.start)
    return joined and doc.norm[max(0, at - 10):at].rstrip().endswith(("،", ","))


def merge_same_type(acts: list[Act]) -> list[Act]:
    """Acts of one clause that name the same happening become one act.

    `same_act` in clauses.yaml says which sub-type absorbs which: a suicide
    bomber's explosive belt is one Suicide bomb, not also an IED, while an air
    strike and shelling in one sentence remain two events.  A failed assault
    stays its own act: it was fought off, whatever covered it; so does fighting
    told as what followed the act ("الانفجار أعقبته اشتباكات"): a second act.
    """
    absorbs = load_event_rules().same_act
    merged: list[Act] = []
    for act in sorted(acts, key=lambda a: -len(absorbs.get(a.sub_event_type, ()))):
        apart = act.anchor.attrs.get("failed_attempt") or act.anchor.attrs.get("follows_an_act")
        host = None if apart else next(
            (m for m in merged if act.sub_event_type in absorbs.get(m.sub_event_type, ())), None
        )
        if host is None:
            merged.append(act)
        else:
            host.triggers.extend(act.triggers)
    return sorted(merged, key=lambda a: a.anchor.start)


def join_bare_bombardments(doc: Document, acts: list[Act]) -> list[Act]:
    """A bombardment verb that names no weapon, told right after the weapon it has for its
    subject ("مقاتلات (إف 16) التابعة للجيش قصفت"، "صاروخين استهدفا المنطقة"), is that
    weapon's act, not a second one of its own sub-type (see `weapon_subject`)."""
    for act in [a for a in acts if a.event_type == "Explosions/Remote violence"]:
        host = next((a for a in acts if a is not act and weapon_subject(doc, a, act)), None)
        if host is not None:
            host.triggers.extend(act.triggers)
            acts.remove(act)
    return acts


def weapon_subject(doc: Document, weapon: Act, bare: Act) -> bool:
    """`bare`'s triggers are all bombardment words naming no weapon (`weapon_unnamed`) and the
    first comes within `weapon_verb_reach` words after a weapon of `weapon`, a remote act of
    another sub-type, with no comma between: the weapon is its subject or the head its verb
    describes."""
    if weapon.event_type != bare.event_type or weapon.sub_event_type == bare.sub_event_type:
        return False
    if not all(t.attrs.get("weapon_unnamed") for t in bare.triggers):
        return False
    verb = bare.anchor
    named = [t for t in weapon.triggers if not t.attrs.get("weapon_unnamed") and t.end <= verb.start]
    return bool(named) and weapon_reaches_verb(doc.text[named[-1].end:verb.start])


# Marks that end a clause: a verb past one tells an act of its own, not the weapon's before it.
CLAUSE_MARKS = "،,.؛;"


def weapon_reaches_verb(between: str) -> bool:
    """The text from a weapon word to a bare bombardment verb is short enough (`weapon_verb_reach`
    words) and crosses no clause mark: the weapon is the verb's subject or the head it describes."""
    return len(WORD_RE.findall(between)) <= load_event_rules().weapon_verb_reach and not any(
        mark in between for mark in CLAUSE_MARKS
    )


def sentence_events(doc: Document, sentence: Sentence, told: list[Event] | None = None) -> list[Event]:
    """Events of one sentence (`told`: those of the sentence before, which a
    toll told of "ذلك" may count the dead of, `anaphoric_toll`, and a killing
    owned by its victim may name again, `retold_killing`)."""
    if not asserted_triggers(doc, sentence.start, sentence.end) or quotes_scripture(doc, sentence):
        return []
    grouped = [
        (clause_start, clause_end, part)
        for clause_start, clause_end in clauses(doc, sentence)
        for act in clause_acts(doc, clause_start, clause_end)
        for part in split_by_scene(doc, act)
    ]
    # (a backing strike takes no toll: the deaths are the ground fight's)
    sole_act = sum(act.backing is None for _, _, act in grouped) == 1
    out: list[Event] = []
    reported: set[int] = set()  # the clauses whose acts became events
    for clause_start, clause_end, act in grouped:
        if act.generic and (anaphoric_toll(doc, clause_start, clause_end) or retold_killing(act, out or told or [])):
            carry_toll(death_toll(doc, sentence, clause_start, clause_end, whole_sentence=False, own=act.triggers),
                       out or told or [])
            continue
        beside = bool(reported - {clause_start}) and opens_a_parallel_fact(doc, clause_start) \
            and not is_anaphoric(doc, act.anchor)
        found = act_events(doc, sentence, clause_start, clause_end, act, sole_act=sole_act, beside_a_report=beside)
        if found:
            reported.add(clause_start)
        out.extend(found)
    return out


def quotes_scripture(doc: Document, sentence: Sentence) -> bool:
    """The sentence quotes scripture or the Prophet's sayings, marked by a blessing
    (`scripture` in clauses.yaml: "صلى الله عليه وسلم"، "رضي الله عنه"): the acts it
    names are sacred history or a teaching a sermon or op-ed cites, not news."""
    text = " ".join(WORD_RE.findall(doc.norm[doc.norm_index(sentence.start):doc.norm_index(sentence.end)]))
    return scripture_pattern().search(text) is not None


def retold_killing(act: Act, told: list[Event]) -> bool:
    """The act is only a killing noun owned by its victim ("ولم يعرف الدافع
    وراء قتلها"; `retold_killings` in clauses.yaml) right after a sentence
    that told a violent act: that act named again, not a new one."""
    retold = load_event_rules().retold_killings
    return any(e.event_type in VIOLENT_TYPES for e in told) and all(
        t.attrs.get("generic_killing") and t.attrs.get("form") in retold and _owned(t) for t in act.triggers
    )


def anaphoric_toll(doc: Document, start: int, end: int) -> bool:
    """The clause tells deaths as the effect of a demonstrative ("وأوقع ذلك
    عشرين قتيلا"، "وأسفر هذا الهجوم عن مقتل ..."): the dead of an act told
    before, not a new act (`anaphoric_tolls` in modality.yaml)."""
    verbs, anaphors, window = anaphoric_toll_words()
    words = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(end)])
    if not words:
        return False
    for verb in verbs:
        head = words[0][1:] if words[0][:1] in "وف" and words[0][1:] == verb[0] else words[0]
        if head == verb[0] and tuple(words[1: len(verb)]) == verb[1:]:
            return any(w in anaphors for w in words[len(verb): len(verb) + window])
    return False


@functools.cache
def anaphoric_toll_words() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], int]:
    """(toll verbs as word tuples, demonstratives, window) from modality.yaml, normalized."""
    data = _shipped_yaml(MODALITY_FILE).get("anaphoric_tolls") or {}
    verbs = tuple(tuple(normalize(str(v)).split()) for v in data.get("verbs", []))
    anaphors = frozenset(normalize(str(a)) for a in data.get("anaphors", []))
    if not verbs or not anaphors or not all(verbs):
        raise KnowledgeError("modality.yaml: 'anaphoric_tolls' needs verbs and anaphors", path=MODALITY_FILE)
    return verbs, anaphors, int(data.get("window", 2))


def update_toll(doc: Document, sentence: Sentence, events: list[Event]) -> None:
    """A sentence that tells no act but a toll's new total ("وارتفعت حصيلة
    القتلى إلى 12"; the numbers stage's `update`) replaces the toll of the
    latest violent act told as news: the total counts the dead told before, so
    it is not added.  A total over a period ("منذ بدء الحرب") is no act's."""
    updates = [m for m in doc.in_span("number", sentence.start, sentence.end)
               if m.attrs.get("role") == "killed" and m.attrs.get("update") and not over_a_period(doc, m, sentence.end)]
    target = next((e for e in reversed(events) if not e.background and e.event_type in VIOLENT_TYPES), None)
    if len(updates) != 1 or target is None or sentence_periods(doc, sentence):
        return
    count = updates[0]
    if int(count.value) <= (target.fatalities or 0):
        return
    target.fatalities, target.fatalities_low, target.fatalities_high = int(count.value), count.attrs.get("low"), count.attrs.get("high")
    target.fatalities_text = count.attrs.get("fatalities_text") or count.text


def locate_told_act(doc: Document, sentence: Sentence, told: list[Event]) -> None:
    """A sentence that tells no act but places the one told just before ("وأسفر
    الهجوم الذي وقع في بلدة X عن إصابة 45 شخصا"): a definite act noun
    (`is_anaphoric`) followed by a town or area with only words of where it
    happened between (`anaphor_place_links`) gives that place to the sentence
    before's one violent act told as news, when that act was placed only by
    its region, province or country in the same country ("في شمال العراق")."""
    violent = [e for e in told if e.event_type in VIOLENT_TYPES]
    if len(violent) != 1 or violent[0].background or violent[0].geo_precision < 3:
        return
    target = violent[0]
    anaphor = next((t for t in asserted_triggers(doc, sentence.start, sentence.end) if is_anaphoric(doc, t)), None)
    if anaphor is None:
        return
    for mention in doc.in_span("place", anaphor.end, sentence.end):
        gap = WORD_RE.findall(doc.norm[doc.norm_index(anaphor.end): doc.norm_index(mention.start)])
        if not all(word in load_event_rules().anaphor_place_links for word in gap):
            return
        place, precision = mention.attrs.get("place"), int(mention.attrs.get("precision") or 3)
        if place is None or precision >= 3 or mention.attrs.get("in_title") or not geocode.plausible_scene(doc, mention):
            continue
        fields = geocode.location_fields(place, precision, mention.attrs.get("surface_ar") or mention.text)
        if fields["country"] == target.country:
            for name, value in fields.items():
                setattr(target, name, value)
            target.evidence_spans = sorted({*target.evidence_spans, (sentence.start, sentence.end)})
        return


def carry_quoted_toll(doc: Document, sentence: Sentence, told: list[Event]) -> None:
    """A sentence that tells no act but quotes the effect of a demonstrative
    (`anaphoric_toll`) after a speaker and a colon or an opening quote ("وقال
    المتحدث: «نتج عن هذا الاستهداف وفاة امرأة وإصابة 12»"): the quoted toll
    is the dead of the act told in the sentence before, as it would be with no
    speaker (`carry_toll`: only for an act with no toll of its own).  A
    "targeting" kills in a strike or an attack, not in a change of ground the
    same sentence may have been read to tell."""
    told = [e for e in told if e.sub_event_type not in TERRITORY] or told
    if not told:
        return
    for index in range(sentence.start, sentence.end):
        if doc.text[index] not in _QUOTE_OPENERS:
            continue
        start = next((i for i in range(index + 1, sentence.end) if not doc.text[i].isspace()
                      and doc.text[i] not in _QUOTE_OPENERS), sentence.end)
        if anaphoric_toll(doc, start, sentence.end):
            carry_toll(death_toll(doc, sentence, start, sentence.end, whole_sentence=False), told)
            return


# Body sentences either side of a toll that tells no act within which the act it counts is sought.
NEIGHBOUR_TOLL_REACH = 2


def carry_neighbour_toll(doc: Document, body: list[Sentence], by_sentence: list[list[Event]],
                         quiet: list[int]) -> None:
    """A sentence that tells no act but counts the dead of an act it names
    ("وأكدت مصادر طبية أن حصيلة ضحايا القصف على الحي بلغت 10 قتلى"، "وأشار
    المتحدث إلى أن الغارات التي شنتها المقاتلات أدت إلى مصرع 80 مسلحا") gives
    that count to the one act of the same kind told within `NEIGHBOUR_TOLL_REACH`
    sentences either side, when that act has no toll of its own.

    Why: a tally word ("حصيلة", `not_reports` in clauses.yaml) or a relative
    clause keeps such a sentence from reporting an act, so its count was lost,
    while the act it counts is reported beside it with 0 deaths (EVENTS.md §4:
    the toll told for the act).  Safe only when the carry is unambiguous: the
    sentence names the act by a trigger of its own that is not a bare killing
    or operation word (`generic_killing`, `generic_attack`: "مقتل" may be a new
    killing), and names acts of one event type only ("بمقتل العشرات في القصف
    والاشتباكات" sums a campaign's strikes and fights); the count is a number,
    not a word of many ("العشرات": a campaign's or a rumour's dead as often as
    one act's); exactly one violent event told as news (not background) of that
    act's event type stands within reach (two such acts: the count may be
    either's, or both's), and it has no deaths.  Not carried: a pluperfect or aside sentence (`opens_as_recall`:
    "وكانت الميليشيات قد زرعت الألغام ... ما أدى إلى مقتل 15" recalls old
    dead), a sentence with a period phrase (`sentence_periods`: "خلال
    اليومين الماضيين"، "خلال الأيام الماضية": several days' dead; a count since
    a day is the numbers stage's running total and no `killed`), a toll update (`update_toll` owns it), an earlier toll the report
    replaced (`superseded`), a count dated to another day than the act, a hedged
    projection (`_hedged_count`: "قد تصل إلى 30 قتيلا"), and a count at a place other
    than the act's (`_counts_here`: "حصيلة القصف على حرستا" beside Douma's shelling)."""
    for index in quiet:
        sentence = body[index]
        if opens_as_recall(doc, sentence) or sentence_periods(doc, sentence):
            continue
        counts = [m for m in doc.in_span("number", sentence.start, sentence.end) if m.attrs.get("role") == "killed"]
        if not counts or any(m.attrs.get("update") or m.attrs.get("superseded") or m.attrs.get("vague") for m in counts):
            continue
        types = {t.value.event_type for t in doc.in_span("trigger", sentence.start, sentence.end)
                 if t.attrs.get("modality", "asserted") in HAPPENED and not t.attrs.get("generic_killing")
                 and not t.attrs.get("generic_attack") and t.value.event_type in VIOLENT_TYPES}
        if len(types) != 1:
            continue
        lo, hi = max(0, index - NEIGHBOUR_TOLL_REACH), min(len(body), index + NEIGHBOUR_TOLL_REACH + 1)
        near = {id(e): e for found in by_sentence[lo:hi] for e in found
                if e.event_type in VIOLENT_TYPES and not e.background}
        same = [e for e in near.values() if e.event_type in types]
        if len(same) != 1 or same[0].fatalities:
            continue
        target = same[0]
        dates = [m.value for m in doc.in_span("date", sentence.start, sentence.end) if isinstance(m.value, dt.date)]
        if any(d.isoformat() != target.event_date for d in dates) or _hedged_count(doc, sentence, counts[0]) \
                or not _counts_here(doc, sentence, target):
            continue
        carry_toll(death_toll(doc, sentence, sentence.start, sentence.end), [target])


def _hedged_count(doc: Document, sentence: Sentence, count: Mention) -> bool:
    """A hedge (`toll_hedges`: "قد تصل إلى 30 قتيلا"، "يرجح") before the count: a projection."""
    hedges = load_event_rules().toll_hedges
    before = WORD_RE.findall(doc.norm[doc.norm_index(sentence.start): doc.norm_index(count.start)])
    return any(stem in hedges for word in before for stem in strip_clitics(word))


def _counts_here(doc: Document, sentence: Sentence, target: Event) -> bool:
    """Every place the toll sentence names (below its country) is the act's place, a
    province holding it, or a place inside the act's province: a tally for Harasta is
    not Douma's."""
    for mention in doc.in_span("place", sentence.start, sentence.end):
        place = mention.attrs.get("place")
        if place is None or place.feature_class == "country" or place.name == target.location:
            continue
        if place.feature_class == "admin1" and place.name == target.admin1:
            continue
        if target.location == target.admin1 and place.admin1 == target.admin1:
            continue
        return False
    return True


# A colon or an opening quote mark: what follows may be a speaker's own words.
_QUOTE_OPENERS = frozenset(':«"“')


def carry_toll(killed: tuple[int, int | None, int | None, str] | None, told: list[Event]) -> None:
    """Give an anaphoric toll to the act it points back to: the latest violent
    act told just before, when that act has no toll of its own.  With none
    (the act was not coded, or was only recalled), the toll is dropped."""
    target = next((e for e in reversed(told)
                   if e.event_type in VIOLENT_TYPES or e.sub_event_type in FORCE_ON_PROTESTS), None)
    if killed is None or target is None or target.fatalities:
        return
    target.fatalities, target.fatalities_low, target.fatalities_high, target.fatalities_text = killed


def clause_acts(doc: Document, start: int, end: int) -> list[Act]:
    """The acts of one clause, an air strike backing another side's ground fight apart.

    "سيطرت قوات النظام مدعومة بغارات روسية على البلدة": the ground force's
    battle, and the foreign air force's strike as an event of its own (EVENTS.md
    §2: only the same actor's strike and clash are one Battles event).
    """
    triggers = asserted_triggers(doc, start, end)
    powers = {id(t): power for t in triggers if (power := backing_power(doc, t, end)) is not None}
    if not powers:
        return group_acts(doc, triggers)
    acts = group_acts(doc, [t for t in triggers if id(t) not in powers])
    ground = next((a for a in acts if a.event_type == "Battles"), None)
    if ground is None:
        return group_acts(doc, triggers)
    joined = any(joined_ground_fight(doc, t, end) is ground.anchor for t in triggers if id(t) in powers)
    roles = actor_stage.assign_roles(doc, ground.anchor.start if joined else start, end, ground.anchor)
    if roles.actor1 is None or any(same_actor(roles.actor1, p) for p in powers.values()):
        return group_acts(doc, triggers)
    if joined:
        ground.anchor.attrs["joined_fight"] = True  # its sides are read after it (`sides_of_act`)
    strikes: dict[str, Act] = {}
    for trigger in (t for t in triggers if id(t) in powers):
        power = powers[id(trigger)]
        opponent = roles.actor2 if roles.actor2 is not None and not same_actor(roles.actor2, power) else None
        act = strikes.setdefault(power.name, Act(
            trigger.value.event_type, trigger.value.sub_event_type, backing=actor_stage.Roles(power, None, opponent)
        ))
        act.triggers.append(trigger)
        # (marked so that the clause's deaths go past it to the ground fight: `owns_count`)
        trigger.attrs["backing"] = True
    return sorted([*acts, *strikes.values()], key=lambda a: a.anchor.start)


def backing_power(doc: Document, trigger: Mention, clause_end: int) -> ActorRef | None:
    """The air power of a strike told as the backing of a ground fight, if named.

    The strike is an air strike that `backing_cues` (triggers.yaml) introduce
    ("مدعومة بغارات"، "تحت غطاء من الغارات"), that is itself air support
    ("بإسناد جوي"), or that a ground fight is joined to (`joined_ground_fight`);
    its air power is an outside force named right after it ("بغارات جوية
    روسية"، "من طيران التحالف").
    """
    if trigger.value.sub_event_type != "Air/drone strike":
        return None
    cues = load_backing_cues()
    if trigger.attrs.get("pattern_id") != "air_support":
        before = WORD_RE.findall(doc.norm[doc.norm_index(max(0, trigger.start - 80)): doc.norm_index(trigger.start)])
        if not any(w in cues.words or w.removeprefix("و") in cues.words for w in before[-cues.window:]) \
                and joined_ground_fight(doc, trigger, clause_end) is None:
            return None
    for mention in doc.in_span("actor", trigger.start, clause_end):
        gap = WORD_RE.findall(doc.norm[doc.norm_index(trigger.end): doc.norm_index(max(trigger.end, mention.start))])
        if len(gap) > 3:
            return None
        ref = mention.value
        if ref is not None and (ref.inter == 8 or ref.name.startswith(load_event_rules().air_powers)):
            return ref
    return None


def joined_ground_fight(doc: Document, strike: Mention, clause_end: int) -> Mention | None:
    """A clash noun joined by و to the strike names its other side right after it
    ("أسفرت غارات لمقاتلات التحالف والمواجهات مع قوات المقاومة عن مقتل العشرات"):
    two acts, the ground fight and the strikes that backed it (`backing_fights`
    in triggers.yaml), not one strike whose dead include the fight's."""
    rules = load_backing_fights()
    n_end = doc.norm_index(clause_end)
    for clash in doc.in_span("trigger", strike.end, clause_end):
        if clash.value.sub_event_type != "Armed clash" or clash.attrs.get("voice") != "noun":
            continue
        gap = WORD_RE.findall(doc.norm[doc.norm_index(strike.end): doc.norm_index(clash.start)])
        joined = normalize(clash.text).startswith("و") or bool(gap) and gap[-1] in ("و", "وفي")
        after = WORD_RE.findall(doc.norm[doc.norm_index(clash.end): n_end])[:1]
        if joined and len(gap) <= rules.window and after and after[0] in rules.words:
            return clash
    return None


def act_events(
    doc: Document, sentence: Sentence, start: int, end: int, act: Act, sole_act: bool = True,
    beside_a_report: bool = False,
) -> list[Event]:
    """Events of one act: one per place it names.

    A toll given elsewhere in the sentence belongs to the act only when the
    sentence reports a single act; otherwise each act keeps its clause's toll.
    An act told in a clause `beside_a_report` (a parallel fact, "بينما"،
    "في حين"، beside a clause of its sentence that became an event: "دكت
    الدبابات أطراف البلدة، في حين تبنت الفصائل قنص جندي") is news of that
    day and scene, not a passing mention, even with no place, day or toll of
    its own.
    """
    roles = act.backing or sides_of_act(doc, start, end, act)
    roles = fire_at_own_land(doc, act, end, roles)
    unauthored = act.backing is None and (roles.actor1 is None or roles.actor1.actor_id == "generic:unidentified")
    # (an act after "since" counts only the dead told after it: `since_act`)
    since = since_act(doc, act)
    toll_start, toll_sentence = (max(start, act.anchor.start), False) if since else (start, sole_act)
    # (an abduction takes none either: the dead of the raid it was part of are the attack's)
    killed = None if act.backing or abduction(act.anchor) else death_toll(
        doc, sentence, toll_start, end, whole_sentence=toll_sentence, own=act.triggers)
    # (a bombardment told with no side: the state that alone strikes there, `unattributed_strike`)
    striker = None if roles.actor1 is not None or act.sub_event_type not in BOMBARDMENTS else (
        actor_stage.unattributed_strike(doc, sentence.start, sentence.end, doc.country_hint))
    aimed_unarmed = act.generic and aimed_at_unarmed(doc, start, end, act)
    unarmed_victim = act.generic and (names_unarmed_victim(doc, start, end, act) or a_massacre(act))
    fighters_hit = armed_victims(doc, sentence, start, end, sole_act, act) or actor_stage.aims_at_fighters(doc, start, end)
    event_type, sub_type = settle_type(act, roles, armed_victims=fighters_hit,
                                       unarmed_victim=unarmed_victim,
                                       striker=striker, crowd=names_a_crowd(doc, sentence, start, end),
                                       under_a_deal=under_a_deal(doc, start, end),
                                       after_flight=after_a_flight(doc, start, end),
                                       ground_fire=fired_on_the_ground(doc, start, end, act.triggers),
                                       ground_guns=fired_by_guns(doc, start, end, act.triggers),
                                       flown=fired_from_aircraft(doc, start, end, act.triggers),
                                       called_as_abductor=bool(act.anchor.attrs.get("arrest_word"))
                                       and called_abductor(doc, roles.actor1),
                                       raid_killed=killed_in_a_raid(doc, start, end, act),
                                       plain_victim=act.generic and names_unarmed_victim(doc, start, end, act, plain=True),
                                       armed_fight=fought_with_arms(doc, start, end, act.triggers),
                                       amid_fighting=told_amid_fighting(doc, sentence),
                                       aimed_unarmed=aimed_unarmed)
    if (event_type == "Violence against civilians" and aimed_unarmed and roles.actor2 is not None
            and roles.actor2.inter in ARMED_INTERS):
        # the armed side the clause also names ("مسجد مقر قوات الطوارئ"، "قتل أجانب وشرطيا") is
        # not whom the attack was aimed at: the unarmed it hit are (civilians, `fill_actors`)
        roles = dataclasses.replace(roles, actor2=None)
    if (sub_type == "Looting/property destruction" and killed is not None and killed[0] > 0 and not fighters_hit
            and (roles.actor1 is None or roles.actor1.inter not in STATE_INTERS)):
        # A house set on fire with the people in it, who died ("جريمة حرق البيت والتي راح ضحيتها
        # رضيع"، "أحرق مهاجمان منزلا مما أدى إلى مقتل رضيع"): the burning killed, an attack on
        # them, not damage to property (EVENTS.md §2; its doer is found as for any attack).
        event_type, sub_type = "Violence against civilians", "Attack"
    if event_type == "Violence against civilians" and unarmed_victim and government_beside_killing(act, roles):
        # the government named beside an unarmed victim was not shot ("قتلت الناشطة ... وهي من
        # مؤيدي المظاهرات ضد الحكومة"): the victim is, a civilian (`fill_actors`)
        roles = dataclasses.replace(roles, actor2=None)
    if event_type == "Battles" and striker is not None:
        roles.actor1 = striker  # the strikes were its part of the battle
    if event_type is None:
        return []
    if act.anchor.attrs.get("hostage") and roles.actor1 is not None and roles.actor1.inter in STATE_FORCE_INTERS:
        # A force named at a hostage-taking freed the hostages or was swapped for one: the
        # taker is found as for any act whose doer goes unnamed (`fill_actors`).
        roles.actor1 = None
    if sub_type in PEACEFUL_PROTESTS:
        # Deaths at a protest make it excessive force (`settle_type`); a toll left
        # beside a peaceful one is the grievance it protests ("احتجاجا على قتل ضابط").
        killed = None
    if sub_type == "Violent demonstration" and killed is not None and grievance_deaths(doc, start, end):
        killed = None
    if event_type == "Violence against civilians" and killed is not None:
        # The attackers' own dead ("مقتل 7 من المهاجمين و5 مدنيين") are not the attack's victims.
        killed = death_toll(doc, sentence, toll_start, end, whole_sentence=toll_sentence, own=act.triggers,
                            civilians_only=True)
    date, precision, dated_by_text, lead = event_day(doc, sentence, start, act.until or end, act.anchor)
    if date is None and doc.published is not None:
        # Only a bare year ("عام 2004") dates the act: no day, week or month to code it with.
        return []
    if after_publication(doc, date) or a_places_past(doc, sentence, act.anchor) \
            or dated_by_text and before_a_recalled_date(doc, sentence, start, end, act, date):
        return []
    if running_total(doc, sentence, start, end, sole_act, own=act.triggers, killing_only=act.generic):
        return []
    template = Event(
        event_type=event_type,
        sub_event_type=sub_type,
        event_date=date.isoformat() if date else None,
        time_precision=precision,
        evidence=doc.slice(sentence.start, sentence.end),
        evidence_spans=[(sentence.start, sentence.end)],
        trigger=act.anchor.text,
        source=event_source(doc, sentence, act.anchor),
        unauthored=unauthored,
        lead_day=lead.isoformat() if lead else None,
    )
    fill_actors(doc, sentence, template, roles, (start, end))
    if as_one_sided(template, (act.event_type, act.sub_event_type)) and killed is not None:
        killed = death_toll(doc, sentence, toll_start, end, whole_sentence=toll_sentence, own=act.triggers,
                            civilians_only=True)
    if killed is not None:
        value, low, high, text = killed
        template.fatalities, template.fatalities_low, template.fatalities_high = value, low, high
        template.fatalities_text = text
    template.wounded = count_with_role(doc, start, end, {"wounded"})
    template.captured = count_with_role(doc, start, end, {"abducted", "arrested"})
    template.background = (
        is_background(doc, sentence, date, precision, dated_by_text, act.anchor)
        or recalled(doc, sentence, act.anchor, news_day=dated_by_text and within_news_days(doc, date))
        or earlier_year(doc, sentence, start, end, act.anchor)
        or killed_long_before(doc, sentence, act)
        or counted_from(doc, sentence, act.anchor, date)
    )
    if template.background and not dated_by_text:
        # A recalled act the text gives no day, week or month for ("منذ توغل
        # المسلحين فيها"، "سبق أن ..."): context with nothing to code it by.
        return []
    places = [m for m in geocode.event_places(doc, start, end, act.anchor.start) if not seats_a_mission(doc, m, act)]
    ground = relative_ground(doc, sentence, act) or ground_taken(doc, act, end)
    if ground is not None:
        places = [ground]
    repeated = elided_list_places(doc, places, end)
    places += repeated
    if states_a_pattern(doc, act, dated_by_text, killed, places) \
            or country_toll(doc, act, dated_by_text, killed, template.captured, places) \
            or dated_by_text and precision >= 3 and month_toll(doc, act, killed) \
            or countries_toll(doc, act, killed, start, end) or series_total(doc, act, start, end, places):
        return []
    # An act over unnamed areas ("في بعض المناطق العراقية") or a month's tally ("قتل 29
    # جنديا في شرق البلاد في يوليو") is no one town's: its wide frame is not narrowed.
    scattered = spread_over_areas(doc, start, end)
    events = [_located(template, geocode.location_fields(*(
        _narrowed(doc, act, *_named_fields(mention), frame=mention, opening=_wide_frame(mention))
        if not scattered and precision < 3 and (_wide_frame(mention) or len(places) == 1)
        else _named_fields(mention)
    ))) for mention in places if mention.attrs.get("place") is not None]
    if not events:
        if not dated_by_text and (killed is None or event_type == "Strategic developments") and not beside_a_report:
            # Nothing ties the act to a place, a day or a toll: a passing mention, not a report.
            # (A toll in a deal's or a handover's clause is the violence's beside it, `share_toll`:
            # "نفذ التنظيم مذابح بعد انسحاب القوات" ties no withdrawal to the news.)
            return []
        if scattered and sub_type in GROUND_CHANGES and unplaced_gains(doc, sentence, act, dated_by_text and precision == 1):
            return []
        fallback = geocode.fallback_place(doc, act.anchor.start, scattered=scattered)
        if fallback is None:
            return []
        place, precision_code, location_ar = _narrowed(
            doc, act, *fallback, opening=fallback[0].feature_class == "country") \
            if not scattered and precision < 3 else fallback
        events.append(_located(template, geocode.location_fields(place, precision_code, location_ar)))
    if vague_toll(doc, sentence, start, end, sole_act, act) or (
            template.fatalities and geocode.others_among_listed(doc, places)):
        # "عدد من القتلى" over several places: the act struck each place (one event per
        # place), but the count is one by convention: it stays whole at the first place,
        # and the others get none (2 and 1 would be invented).  So does a toll told for a
        # town "and other towns, among them" X and Y: no share of it is told for X or Y.
        share_toll(events[:1])
        for event in events[1:]:
            event.fatalities, event.fatalities_low, event.fatalities_high, event.fatalities_text = 0, 0, 0, None
    else:
        share_toll(events)
        if killed is not None:
            events = toll_at_places(doc, start, end, template, events)
    for event in events:
        place_state_forces(event, roles)
        land_interceptor(doc, sentence, event, roles)
        foreign_gain(event, roles)
        theatre_shelling(doc, sentence, act, event, roles)
    return events


def _named_fields(mention: Mention) -> tuple[Place, int, str]:
    """Place, geo_precision and location_ar of a place mention."""
    return (mention.attrs["place"], int(mention.attrs.get("precision", 1)),
            mention.attrs.get("surface_ar") or mention.text)


def _wide_frame(mention: Mention) -> bool:
    """A place its clause names only to frame the act in a wide area: a
    country ("في الصومال") or a direction region of one ("في شمال اليمن").
    A province or a named region ("في محافظة البيضاء"، "في البادية") is the
    writer's choice of scene and is kept."""
    return mention.attrs["place"].feature_class == "country" or (
        mention.attrs["place"].feature_class == "region" and mention.attrs.get("cue_type") == "direction")


def _narrowed(doc: Document, act: Act, place: Place, precision: int, location_ar: str,
              frame: Mention | None = None, opening: bool = True) -> tuple[Place, int, str]:
    """An event placed at country level (gp3) takes the one town the
    article's opening names inside that unit (`geocode.opening_town`):
    "قاعدة عسكرية في الصومال" told after "خارج بلدة كيسمايو" is Kismayo's.
    Asked (`opening`) for a unit the clause names only as a frame (`_wide_frame`)
    and for a country the fallback gave an event whose clause names no place
    (`frame` is the clause's mention, None for the fallback).  Any event left
    at a wide unit (a country, a province, a region: gp3), whose clause names
    no other place, takes the town where one of the next sentences says that
    act took place (`geocode.continued_scene`: "في هجوم شمال البلاد. ...
    الاشتباكات التي وقعت في إقليم X").  A country-wide act or a total (a
    truce, a toll over the country: dropped earlier) stays where it is."""
    if precision < 3:
        return place, precision, location_ar
    town = geocode.opening_town(doc, place, act.anchor.start, frame) if opening else None
    if town is None:
        town = geocode.continued_scene(doc, place, act.anchor.start, frame)
    if town is None:
        return place, precision, location_ar
    return _named_fields(town)


def country_toll(doc: Document, act: Act, dated_by_text: bool, killed: Toll | None, captured: int | None,
                 places: list[Mention]) -> bool:
    """Deaths or captives in the hundreds or more (`running_totals.vague_floor`,
    numbers.yaml) told with no day and no place below a whole country, by a bare
    killing, a detention or a plural act ("قتل أكثر من 700 شخص في البلاد"،
    "اعتقلت قوات الأمن تعسفيا مئات الأشخاص في البلاد"، "أسر آلاف المسلحين خلال
    الهجمات التي شنها في البلاد"): a country's toll over many acts, not one.
    One bombing or raid of a single noun ("هجوم انتحاري") keeps its toll.  A bare
    killing whose clause names no place at all counts too ("أكثر من ألف امرأة قتلت في
    جرائم كراهية"، a year's crime statistics): the country it would fall back on is no
    nearer a scene.  (Acts named with no place, "قتل 200 مسلح في الغارات التركية", are
    the strikes the story tells, placed from its context.)  Nor does it when the story
    names a place below a country elsewhere: a lead gives the toll first and the scene
    in the next sentence ("قتل 120 شخصا على يد مسلحين من الفولاني. وقالت الشرطة إن
    المسلحين هاجموا قرى في ولاية بلاتو")."""
    if dated_by_text or not (places or act.generic and not _story_scene(doc)) or not all(
            getattr(m.attrs.get("place"), "feature_class", None) == "country" for m in places):
        return False
    people = (killed[0] if killed else 0) + (captured or 0)
    return people >= vague_total_floor() and (
        act.generic or act.sub_event_type in DETENTIONS
        or plural_act(act))


def _story_scene(doc: Document) -> bool:
    """Some place below a whole country is named anywhere in the article."""
    return any(
        getattr(m.attrs.get("place"), "feature_class", "country") != "country"
        for m in doc.in_span("place", 0, len(doc.text)))


def month_toll(doc: Document, act: Act, killed: Toll | None) -> bool:
    """Deaths in the hundreds or more (`running_totals.vague_floor`) told by a bare
    killing or a plural act of a text dated only by its month, wherever they were
    ("قتل في شهر أيار 300 مدني في غارات على المحافظة"): that month's toll.  Deaths
    only: a mass abduction dated by its month stays one act.  One offensive launched
    ("شنت الجماعة هجوما واسعا في مارس 2018 سقط خلاله نحو 170 من المقاتلين",
    `_launched_with_its_toll`) is told with its own toll.  Any other singular noun is
    still the month's ("الهجوم على حلب أسفر في أكتوبر عن مقتل 400"، "الهجوم الذي تشنه
    القوات"): a campaign's month is a running total."""
    if not killed or killed[0] < vague_total_floor():
        return False
    return plural_act(act) or act.generic and not any(
        _launched_with_its_toll(doc, t) for t in act.triggers if not t.attrs.get("generic_killing"))


_LAUNCH_REACH = 3  # "شنت الجماعة المسلحة هجوما": the verb, its subject, the noun


def _launched_with_its_toll(doc: Document, trigger: Mention) -> bool:
    """An indefinite attack noun that a past verb launching it governs (`report_verbs`:
    "شنت الجماعة هجوما واسعا"), with deaths told as falling during it later in its
    sentence ("سقط خلاله"، "قتل خلاله"): one offensive and its own toll.  Not a
    definite noun ("الهجوم على الأحياء"، "الحملة العسكرية"), an ongoing one ("تشنه") or
    a toll told apart from it ("أسفر عن مقتل")."""
    if _definite(trigger):
        return False
    sentence = doc.sentence_at(trigger.start)
    if sentence is None:
        return False
    before = WORD_RE.findall(doc.slice(sentence.start, trigger.start))[-_LAUNCH_REACH:]
    if not any(_bare_in(normalize(w), load_event_rules().report_verbs) for w in before):
        return False
    after = [normalize(w) for w in WORD_RE.findall(doc.slice(trigger.end, sentence.end))]
    died, during = launched_toll_words()  # "سقط خلاله" (clauses.yaml `launched_toll`)
    return any(w in during and _bare_in(v, died) for v, w in itertools.pairwise(after))


def _bare_in(word: str, words: frozenset[str]) -> bool:
    """The word, or the word without its conjunction و/ف ("وشن"), is one of `words`."""
    return word in words or word[:1] in ("و", "ف") and word[1:] in words


def plural_act(act: Act) -> bool:
    """The act is told by plural nouns ("غارات"، "هجمات"), beside at most the verbs of its
    toll ("وقتل ... في غارات"): many acts, not one of a single noun."""
    nouns = [t for t in act.triggers if t.attrs.get("voice") == "noun"] or act.triggers
    return all(normalize(t.text).endswith("ات") for t in nouns)


def countries_toll(doc: Document, act: Act, killed: Toll | None, start: int, end: int) -> bool:
    """A toll of plural or bare acts whose clause names only whole countries, two or more
    ("موجة هجمات أودت بحياة 120 شخصا في العراق وسوريا واليمن"): the dead of one act lie in
    one country, so a toll over a list of several is a total of many acts, whatever its size
    or day, not an event per country with a share of it."""
    if killed is None or not (act.generic or plural_act(act)):
        return False
    mentions = doc.in_span("place", start, end)
    places = [m.attrs.get("place") for m in mentions]
    if not all(getattr(p, "feature_class", None) == "country" for p in places) or len(
            {getattr(p, "country_code", None) for p in places}) < 2:
        return False
    # one list: only "و"، "،" or "في" between the names ("في العراق وسوريا واليمن")
    return all(_LIST_GAP.fullmatch(doc.slice(a.end, b.start)) for a, b in itertools.pairwise(mentions))


_LIST_GAP = re.compile(r"[\s،,]*(?:و|في|وفي)?[\s،,]*")


def series_total(doc: Document, act: Act, start: int, end: int, places: list[Mention]) -> bool:
    """A series of acts named in the clause (dedupe's `incident_series_words` before a plural
    noun: "سلسلة هجمات"، "موجة تفجيرات") told with no place below a whole country and a toll
    that counts a total or spread over areas it does not name ("قتل 40 شخصا في سلسلة هجمات
    في أنحاء البلاد"، "... في مناطق متفرقة"): a lead that sums up the incidents, which the
    body tells one by one or not at all; not one more event of its own."""
    if any(getattr(m.attrs.get("place"), "feature_class", None) != "country" for m in places):
        return False
    if count_with_role(doc, start, end, {"total"}) is None and not spread_over_areas(doc, start, end):
        return False
    rules = load_dedupe_rules()
    words = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(end)])
    return any(
        not rules.incident_series_words.isdisjoint(strip_clitics(word))
        and any(later.endswith("ات") for later in words[i + 1: i + 1 + rules.incident_series_reach])
        for i, word in enumerate(words)
    )


def states_a_pattern(doc: Document, act: Act, dated_by_text: bool, killed: Toll | None, places: list[Mention]) -> bool:
    """The act is told only in the present tense (its verbs, or its nouns as the
    object of a present light verb: "تشن منها غارات"; `habitual.light_verbs` in
    modality.yaml), with no day, no toll and no place below a whole country
    ("قالت المنظمة إن القوات في البلاد تعتقل الصحفيين وتقصف القرى"، "تمتلك قاعدة
    في البلاد تشن منها غارات"): a statement of what a side does, a general
    pattern, not one event (EVENTS.md §2: generic statements)."""
    if dated_by_text or killed is not None or not places:
        return False
    return all(_told_in_present(doc, t) for t in act.triggers) and all(
        getattr(m.attrs.get("place"), "feature_class", None) == "country" for m in places
    )


def _told_in_present(doc: Document, trigger: Mention) -> bool:
    """A present-tense verb, or a noun a present light verb stands up to twice
    `habitual.window` words before in its stretch ("تشن القوات منذ أسابيع هجوما")."""
    if trigger.attrs.get("voice") == "active":
        return "past" not in trigger.value.forms.get(trigger.attrs.get("form"), ("past",))
    if trigger.attrs.get("voice") != "noun":
        return False
    n_at = doc.norm_index(trigger.start)
    stretch = _SEGMENT_MARKS.split(doc.norm[max(0, n_at - 80): n_at])[-1]
    rules = load_modality()
    before = WORD_RE.findall(stretch)[-2 * rules.habitual_window:]
    light = rules.habitual_light_words
    return any(strip_conjunction(word) in light or word in light for word in before)


def foreign_gain(event: Event, roles: actor_stage.Roles) -> None:
    """Ground a foreign state's forces take abroad is overtaken, not regained.

    EVENTS.md §3 gives "Government regains territory" to the state or forces
    formally fighting for it; a foreign army taking a town (Turkey's in Afrin,
    Israel's in Gaza) acts as ACLED's foreign state actor does, overtaking
    territory.  Forces fighting in the host state's camp on that day (`camps`
    in actor_lexicon.yaml: the coalition retaking Aden for Yemen's government)
    regain it for that state.
    """
    gainer, day = roles.actor1, _event_day(event)
    if event.sub_event_type not in TERRITORY or gainer is None or not event.iso or event.actor1 != \
            actor_stage.for_event(gainer, event.iso, day).name:
        return
    parts = (gainer.actor_id or "").split(":")
    if len(parts) != 3 or parts[0] != "state" or parts[1] == event.iso:
        return
    host_camp = f"state:{event.iso}:military" in camp_mates(gainer.actor_id, day)
    event.sub_event_type = TERRITORY[0] if host_camp else TERRITORY[1]


def _event_day(event: Event) -> dt.date | None:
    """The event's date as a date (None when the article gives none), for dated actor lookups."""
    return dt.date.fromisoformat(event.event_date) if event.event_date else None


def fire_at_own_land(doc: Document, act: Act, end: int, roles: actor_stage.Roles) -> actor_stage.Roles:
    """No sides for rockets or shells the act's words aim at a country whose own state forces the
    clause gave as their author (`launch_target_country`): `fill_actors` then finds them as for
    unclaimed fire at a country (its civilians hit, the armed group the story sets against it).

    Why: a state does not fire rockets onto its own land from a war it wages abroad.  Its forces
    are the subject of another act of the sentence, the strike that answered the fire ("قصف الجيش
    الإسرائيلي مواقع في غزة بعد إطلاق صواريخ على إسرائيل"), or the side that reported it; the side
    that act hit is no more this fire's target than its author.  A state of the story's own
    country (`country_hint`) is left as read: in a civil war its army does shell its own towns
    ("قصفت قوات النظام بالصواريخ على الغوطة")."""
    actor1 = roles.actor1
    if act.sub_event_type != "Shelling/artillery/missile attack" or actor1 is None \
            or actor1.inter not in STATE_FORCE_INTERS or not (actor1.actor_id or "").startswith("state:") \
            or actor1.country == doc.country_hint:
        return roles
    target = actor_stage.launch_target_country(doc, act.anchor, end)
    if target is None or target != actor1.country:
        return roles
    return actor_stage.Roles(None, None, None)


def theatre_shelling(doc: Document, sentence: Sentence, act: Act, event: Event, roles: actor_stage.Roles) -> None:
    """An unattributed shelling (its agent only the unidentified fallback of `fill_actors`)
    that landed where, in that war, one side alone shells takes that side as actor1
    (`unattributed_shelling`): only the event's place, known here, decides the theatre."""
    if event.sub_event_type != "Shelling/artillery/missile attack" or roles.actor1 is None \
            or roles.actor1.actor_id != "generic:unidentified" or not event.iso:
        return
    day = _event_day(event)
    state = actor_stage.unattributed_shelling(doc, sentence.start, sentence.end, act.anchor,
                                              (event.iso, event.admin1), day, roles.actor2)
    if state is None:
        return
    here = actor_stage.for_event(state, event.iso, day)
    event.actor1, event.inter1 = here.name, int(here.inter)
    if event.actor2 == event.actor1:
        event.actor2, event.inter2 = None, 0


def sides_of_act(doc: Document, start: int, end: int, act: Act) -> actor_stage.Roles:
    """The sides of an act from its role anchor, or, where that names none, from a later
    trigger of the act whose author is named after it ("هجوم لميليشيات X").

    Why: an act told by two nouns ("اندلعت المعارك بعد هجوم لميليشيات X على مواقع Y")
    names its sides at the second one only; read at the first, both sides were lost
    and the author came out as an unidentified armed group.  A speaker named before
    ("قالت الشرطة: قتل ثلاثة") is no author found this way."""
    # (a ground fight joined to another side's strikes, `joined_ground_fight`, names
    # its sides after it: the air power before it is the strikes' side, not the fight's)
    start = act.anchor.start if act.anchor.attrs.get("joined_fight") else start
    anchor = role_anchor(doc, act, start)
    roles = actor_stage.assign_roles(doc, start, end, anchor)
    if roles.actor1 is not None or roles.actor2 is not None:
        return roles
    for trigger in act.triggers:
        if trigger.start <= anchor.start:
            continue
        other = actor_stage.assign_roles(doc, start, end, trigger)
        if other.actor1 is not None and any(
                m.value == other.actor1 and not m.attrs.get("in_source") for m in doc.in_span("actor", trigger.end, end)):
            return other
    return roles


def role_anchor(doc: Document, act: Act, start: int) -> Mention:
    """The trigger whose subject is the act's agent.

    A verb joined by و to an earlier verb of the same act, with no side named
    right after it ("هاجمت كتائب X مقر قيادة العملية العسكرية للاحتلال
    واشتبكت مع الجنود"), shares that verb's subject, which stands after the
    first verb: the side named nearest before the second is the first verb's
    object, not the agent.  When the act has no such verb (another sub-type,
    or a later scene split off, `split_by_scene`: "شن الطيران غارات على X،
    وقصف أهدافا أخرى في Y"), the nearest act of the same type told before
    in the clause [start, ...) is the one whose side goes on; for a verbal
    noun adding one more act of that side (`adds_an_act`: "إضافة إلى استهدافه
    عربات في Z"), the nearest act told before, whatever its type.  Acts that
    are themselves such additions name no side of their own to pass on."""
    anchor = act.anchor
    joined = _joined_verb(anchor)
    if not joined and not (anchor.attrs.get("voice") == "noun" and adds_an_act(doc, anchor)):
        return anchor
    if any(m.start <= anchor.end + 2 for m in doc.in_span("actor", anchor.end, anchor.end + 80)):
        return anchor  # "وردت قوات X": a subject of its own
    earlier = [t for t in act.triggers if t.start < anchor.start and t.attrs.get("voice") == "active"]
    if earlier:
        return min(earlier, key=lambda t: t.start)
    before = [t for t in asserted_triggers(doc, start, anchor.start) if not is_generic(t) and not adds_an_act(doc, t)
              and (not joined or t.value.event_type == anchor.value.event_type)]
    return max(before, key=lambda t: t.start) if before else anchor


_BRACKETED = re.compile(r"\([^()]*\)")


def elided_list_places(doc: Document, places: list[Mention], end: int) -> list[Mention]:
    """Places each named after an `elided_nouns` word that follows one of the
    act's places ("استهدف منزلا بالشجاعية وآخر برفح"، "... وأخرى في بلدة X"):
    the noun repeated for another place, so the act has one event there too."""
    elided = load_event_rules().elided_nouns
    found: list[Mention] = []
    for place in places:
        current = place
        for other in doc.in_span("place", place.end, end):
            if other in places or other in found or other.attrs.get("place") is None:
                continue
            # (a bracketed aside after the place, "في X (شمال) والثاني في Y", is left out)
            between = WORD_RE.findall(_BRACKETED.sub(" ", doc.norm[doc.norm_index(current.end): doc.norm_index(other.start)]))
            if not (2 <= len(between) <= 3 and between[0] in elided and (between[1] == "في" or between[1].startswith("ب"))):
                break
            found.append(other)
            current = other
    return found


def after_publication(doc: Document, date: dt.date | None) -> bool:
    """The act is dated after the article was published: a scheduled or expected
    act ("the vote on 25 March", "talks next week"), not one that happened
    (EVENTS.md §2).  A day of slack covers time zones and late-night
    publication.  A week or month date is its first day, so one after
    publication ("مطلع يوليو المقبل") lies wholly in the future too."""
    if date is None or doc.published is None:
        return False
    return date > doc.published + dt.timedelta(days=FUTURE_SLACK_DAYS)


def seats_a_mission(doc: Document, place: Mention, act: Act) -> bool:
    """The place only locates a diplomatic mission ("السفارة اليمنية في بيروت",
    "السفير لدى لبنان"; `diplomatic_missions` in clauses.yaml): the act did not
    happen there, unless it is aimed at that mission ("هجوم على السفارة
    الأمريكية في بغداد": the act stands right before the mission word)."""
    rules = load_event_rules()
    at, anchor = doc.norm_index(place.start), doc.norm_index(act.anchor.start)
    tail = WORD_RE.findall(doc.norm[max(0, at - _MISSION_CHARS): at])[-rules.mission_window:]
    found = [len(tail) - i for i, word in enumerate(tail) if rules.mission_words.intersection(strip_clitics(word))]
    if not found:
        return False
    if anchor >= at:
        return True
    between = WORD_RE.findall(doc.norm[anchor:at])  # the act's first word ... the word before the place
    return not 0 < len(between) - found[-1] <= rules.mission_window


# Characters before a place searched for the few words that may name a mission.
_MISSION_CHARS = 120


def place_state_forces(event: Event, roles: actor_stage.Roles) -> None:
    """Name the sides for the country where this event happened.

    The actors stage can only guess the article's country; the event's own
    place decides: country-named actors ("Civilians (Turkey)" for a bombing in
    Turkey reported in a Syria article, "القوات الحكومية" as that country's
    forces) and inter 1 at home / 8 abroad for state forces (Israeli forces
    in Gaza are external, in Israel state forces).
    """
    if not event.iso:
        return
    day = _event_day(event)
    for ref, name_field, inter_field in ((roles.actor1, "actor1", "inter1"), (roles.actor2, "actor2", "inter2")):
        if ref is None or getattr(event, name_field) != ref.name:
            continue
        here = actor_stage.for_event(ref, event.iso, day)
        setattr(event, name_field, here.name)
        setattr(event, inter_field, int(here.inter))
    if roles.assoc_actor_1 is not None and event.assoc_actor_1 == roles.assoc_actor_1.name:
        event.assoc_actor_1 = actor_stage.for_event(roles.assoc_actor_1, event.iso, day).name
    if roles.actor2 is not None and roles.actor2 is roles.actor1:
        return  # one generic group fighting itself ("بين المليشيات", `fill_actors`): both sides stay
    if event.actor2 is not None and (event.actor2 == event.actor1 or (
            roles.actor1 is not None and roles.actor2 is not None and same_actor(roles.actor1, roles.actor2))):
        event.actor2, event.inter2 = None, 0


def names_salvo(doc: Document, start: int, end: int) -> bool:
    """Whether raw span [start, end) names a missile or a drone (`salvo_words` of the dedupe rules)."""
    words = load_dedupe_rules().salvo_words
    return any(words.intersection(strip_clitics(w))
               for w in WORD_RE.findall(doc.norm, doc.norm_index(start), doc.norm_index(end)))


def land_interceptor(doc: Document, sentence: Sentence, event: Event, roles: actor_stage.Roles) -> None:
    """Give an interception of a missile or a drone whose interceptor goes unnamed the military
    of the land it was stopped over, and, with no launcher named either, the non-state armed
    side the story sets against that military (if any) as the launcher.

    "وكانت الرياض قد أعلنت ... أنها اعترضت ثلاثة صواريخ بالستية أطلقها الحوثيون"، "أكد
    المتحدث اعتراض ثلاثة صواريخ بالستية فوق المدينتين": the defences over a country's land
    are its state's (ACLED's actor1 of a Disrupted weapons use is the interceptor), and the
    weapon stopped was its foe's (actor2).  Left unnamed, the event came out with no actor1,
    or with the launcher as its own interceptor once a later stage filled the gap.  Only for
    a sentence that names a missile or a drone (`salvo_words`: a seized cache or a defused
    bomb has no land it flew over), not for a launcher of the land's own state, and not where
    a non-state side fires the land's own missiles (`launchers`: over Yemen the defences may
    be the Houthis' as well as the state's).  Nor where the place is where the weapon was
    fired from ("صاروخ أطلق من جنوب لبنان فوق مجدل شمس", `_launched_from`), where the sentence
    names another armed side that may have downed it ("وأعلن حزب العمال الكردستاني مسؤوليته",
    `_other_downer`), or where neither a foe of the land's state nor defences are named
    ("أسقطت طائرة مسيرة فوق دونيتسك": the land's code is not who holds its sky)."""
    if event.sub_event_type != "Disrupted weapons use" or event.actor1 is not None or not event.iso:
        return
    day = _event_day(event)
    if weapon_launcher(event.iso, day) != f"state:{event.iso}:military" or not names_salvo(doc, *event.evidence_spans[0]) \
            or _launched_from(doc, event):
        return
    defender = generic_actor("military", event.iso, day)
    launcher = roles.actor2 if event.actor2 is not None else None
    if launcher is None:
        start, end = event.evidence_spans[0]
        launcher = actor_stage.article_opponent(doc, start, end, defender, None)
        launcher = actor_stage.for_event(launcher, event.iso, day) if launcher is not None else None
        if launcher is None or launcher.inter not in actor_stage.NON_STATE_ARMED or same_actor(defender, launcher) \
                or actor_stage.camp_mate(defender, launcher, day):
            # no foe of the land's state named, nor its defences: who held the sky there is not
            # told ("أسقطت طائرة مسيرة فوق دونيتسك": the land's code is not who holds it)
            if not _names_defences(doc, sentence) or _other_downer(doc, sentence, defender, None, day):
                return
        elif _other_downer(doc, sentence, defender, launcher, day):
            # "وأعلن حزب العمال الكردستاني مسؤوليته عن ذلك": another side may have downed it
            return
        else:
            event.actor2, event.inter2 = launcher.name, int(launcher.inter)
    elif (launcher.inter not in ARMED_INTERS or same_actor(defender, launcher)
          or (launcher.inter in STATE_INTERS and launcher.country == event.iso)
          or actor_stage.camp_mate(defender, launcher, day) or _other_downer(doc, sentence, defender, launcher, day)):
        return
    event.actor1, event.inter1 = defender.name, int(defender.inter)


def _launched_from(doc: Document, event: Event) -> bool:
    """Whether the event's place is told as where the weapon came from ("صاروخ أطلق من جنوب
    لبنان فوق بلدة مجدل شمس"): the land it was launched from did not stop it."""
    if not event.location_ar:
        return False
    start, end = event.evidence_spans[0]
    text = " ".join(doc.norm[doc.norm_index(start):doc.norm_index(end)].split())
    place = " ".join(normalize(event.location_ar).split())
    return bool(place) and re.search(rf"(?:^|\s)[وف]?من\s+(?:ال)?{re.escape(place)}", text) is not None


def _names_defences(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence names air defences (`defence_words` of the dedupe rules:
    "دفاعات مضادة للصواريخ أسقطت صواريخ")."""
    defences = load_dedupe_rules().defence_words
    words = WORD_RE.findall(doc.norm, doc.norm_index(sentence.start), doc.norm_index(sentence.end))
    return any(not defences.isdisjoint(strip_clitics(word)) for word in words)


def _other_downer(doc: Document, sentence: Sentence, defender: ActorRef, launcher: ActorRef | None,
                  day: dt.date | None) -> bool:
    """Whether the sentence names another armed side than the land's military and the launcher
    ("أسقطت طائرة مسيرة تركية في قضاء العمادية، وأعلن حزب العمال الكردستاني مسؤوليته"): it
    may have brought the weapon down, so the land's military is not assumed."""
    sides = [side for side in (defender, launcher) if side is not None]
    for mention in doc.mentions.get("actor", []):
        ref = mention.value
        if mention.start < sentence.start or mention.end > sentence.end or ref is None or ref.inter not in ARMED_INTERS:
            continue
        if not any(same_actor(ref, side) or actor_stage.camp_mate(side, ref, day)
                   or (ref.country == side.country and ref.inter == side.inter) for side in sides):
            return True
    return False


def same_actor(first: ActorRef, second: ActorRef) -> bool:
    """One side under two names: the same name, or the same catalogue entry of
    the same country (a group named once by an alias, once for the event's
    country).  Generic entries ("Civilians (X)") share an id across countries."""
    return first.name == second.name or (
        bool(first.actor_id) and first.actor_id == second.actor_id and first.country == second.country
    )


def _located(template: Event, fields: dict[str, object]) -> Event:
    event = Event(**{name: getattr(template, name) for name in template.__dataclass_fields__})
    event.evidence_spans = list(template.evidence_spans)
    for name, value in fields.items():
        setattr(event, name, value)
    return event


def one_sided_clash(event: Event) -> bool:
    """A "clash" whose only other side, once the sides are filled, is civilians:
    a clash needs two armed sides (EVENTS.md §2), so an armed side's killing or
    shooting of civilians ("قتل مسلحون مجهولون الناشطة"، "أطلق مسلحون النار على
    مدني") is an attack on them, whatever word told it."""
    return (event.sub_event_type == "Armed clash" and event.inter2 == CIVILIAN_INTER
            and event.inter1 in ARMED_INTERS)


def as_one_sided(event: Event, act_kind: tuple[str, str] | None = None) -> bool:
    """Retype a clash against civilians alone (`one_sided_clash`) as an attack on them, and
    say whether it became one: its toll should then count civilians only.  A strike or
    shelling read as backing a fight (`act_kind`, the act's own type and sub-type, of
    Explosions/Remote violence) stays the bombardment it is.

    Both `act_events` and dedupe (a merged copy may name the victims as civilians) retype
    here; dedupe passes no act kind and keeps the merged toll, which it already reconciled
    across the copies' sentences."""
    if not one_sided_clash(event) or _told_as_mutual_fighting(event):
        return False
    if act_kind is not None and act_kind[0] == "Explosions/Remote violence":
        event.event_type, event.sub_event_type = act_kind
        return False
    event.event_type, event.sub_event_type = "Violence against civilians", "Attack"
    return True


def detention_type(act: Act, captor: ActorRef, called_as_abductor: bool = False) -> tuple[str, str]:
    """Arrests or an abduction, for people detained by `captor` (EVENTS.md §2 conventions).

    Hostages taken (`hostage`) are an abduction whoever is named near them: no state takes
    hostages.  Detentions by the state, a foreign force or a listed de facto authority are
    arrests; so are those the text tells with an arrest word (`arrest_word`: "اعتقل"، "ألقى
    القبض"، "حملة اعتقالات") by another group, since a writer calls a group's detentions
    arrests only where it holds the ground (ISIS in Mosul, Al Qaeda in Mukalla, a faction in
    its town) -- unless the story calls that group's detentions abductions elsewhere
    (`called_as_abductor`, see `called_abductor`: "خطفت النصرة ثمانية عناصر ... واعتقلت
    على إثرها ثمانية مقاتلين" is one abduction).  Any other detention by a non-state group
    is an abduction."""
    if act.anchor.attrs.get("hostage"):
        return "Violence against civilians", "Abduction/forced disappearance"
    if (captor.inter in STATE_INTERS or captor.inter == 8 or captor.name in load_event_rules().de_facto_authorities
            or (act.anchor.attrs.get("arrest_word") and not called_as_abductor)):
        return "Strategic developments", "Arrests"
    return "Violence against civilians", "Abduction/forced disappearance"


def called_abductor(doc: Document, captor: ActorRef | None) -> bool:
    """True when a sentence of the story names `captor` beside a word of abduction
    ("اختطف"، "خطف": a detention pattern of the abduction sub-type, hostages aside): the
    writer does not treat the group as the authority of the place (`detention_type`)."""
    if captor is None:
        return False
    for trigger in doc.of_kind("trigger"):
        if (not trigger.attrs.get("detention") or trigger.attrs.get("hostage")
                or trigger.value.sub_event_type != "Abduction/forced disappearance"):
            continue
        sentence = doc.sentence_at(trigger.start)
        if sentence is not None and any(m.value is not None and m.value.name == captor.name
                                        for m in doc.in_span("actor", sentence.start, sentence.end)):
            return True
    return False


def government_beside_killing(act: Act, roles: actor_stage.Roles) -> bool:
    """A killing word whose other side read is a government (`is_government`), which fields
    no men to be shot: it is what the victim stood against or what is blamed."""
    return actor_stage.is_government(roles.actor2) and any(t.attrs.get("generic_killing") for t in act.triggers)


def _fighting_word(word: str) -> bool:
    """A word of fighting between sides (`mutual_fighting`), past its clitics."""
    return not load_event_rules().mutual_fighting.isdisjoint(strip_clitics(strip_conjunction(word)))


def told_amid_fighting(doc: Document, sentence: Sentence) -> bool:
    """The sentence names fighting between sides (`mutual_fighting`, "اندلعت مواجهات بين
    أبناء عشيرتين"): an act told in it happened in a fight, with armed opposition."""
    return any(_fighting_word(word) for word in normalize(doc.text[sentence.start:sentence.end]).split())


def _told_as_mutual_fighting(event: Event) -> bool:
    """The event's trigger is a word of fighting between sides (`mutual_fighting`:
    "اندلعت مواجهات في القدس"): two-sided by its word, so a civilian other side is a
    misread side, and the act no attack on civilians."""
    words = normalize(event.trigger).split()
    return bool(words) and _fighting_word(words[0])


def settle_type(
    act: Act, roles: actor_stage.Roles, armed_victims: bool = False, unarmed_victim: bool = False,
    striker: ActorRef | None = None, crowd: bool = False, under_a_deal: bool = False,
    ground_fire: bool = False, ground_guns: bool = False, after_flight: bool = False,
    called_as_abductor: bool = False, flown: bool = False, raid_killed: bool = False,
    plain_victim: bool = False, armed_fight: bool = False, aimed_unarmed: bool = False,
    amid_fighting: bool = False,
) -> tuple[str | None, str]:
    """The ACLED type of an act, given who did what to whom (EVENTS.md §2 conventions).

    `armed_victims`: every death count is of fighters; `unarmed_victim`: the
    act's stretch names an unarmed person (`names_unarmed_victim`);
    `striker`: who struck, when the clause names no side of a bombardment;
    `crowd`: the clause names protesters (`names_a_crowd`); `under_a_deal`: the
    clause puts its act under a deal (`under_a_deal`); `ground_fire`: the act
    is told with gunfire or a hand weapon (`fired_on_the_ground`); `ground_guns`:
    tanks, artillery or naval guns did it (`fired_by_guns`); `after_flight`: the
    ground was taken after the other side fled (`after_a_flight`); `called_as_abductor`: the
    story calls the detaining side's detentions abductions (`called_abductor`); `flown`:
    aircraft fired its missiles (`fired_from_aircraft`); `raid_killed`: the raid ended in
    a death told in its clause (`killed_in_a_raid`); `plain_victim`: the act's stretch
    names its victims only as people (`names_unarmed_victim(plain=True)`); `armed_fight`: the
    clash is told with weapons or an armed side (`fought_with_arms`); `aimed_unarmed`: the
    attack word's own object is an unarmed person or crowd (`aimed_at_unarmed`); `amid_fighting`:
    the sentence names fighting between sides (`told_amid_fighting`)."""
    event_type, sub_type = act.event_type, act.sub_event_type
    flags = act.anchor.attrs
    target_inter = roles.actor2.inter if roles.actor2 else 0
    agent_inter = roles.actor1.inter if roles.actor1 else 0
    if flags.get("failed_attempt") and (is_generic(act.anchor) or flags.get("territory") or sub_type in TERRITORY):
        # A failed assault or advance was fought off: a clash, not a gain or a one-sided attack.
        return "Battles", "Armed clash"
    if (flags.get("territory") and not act.anchor.value.is_override) or sub_type in TERRITORY:
        if under_a_deal:
            # Ground handed over by a deal: the deal is the event (EVENTS.md §2).
            return "Strategic developments", "Agreement"
        if after_flight:
            # Ground the other side fled changed hands without a fight (EVENTS.md §2).
            return "Strategic developments", "Non-violent transfer of territory"
        if flags.get("incursion") and agent_inter == 8:
            # A foreign army's sweep into a town ("اجتاح جيش الاحتلال المخيم") is a raid
            # fought there, not ground a non-state actor overtook.
            return "Battles", "Armed clash"
        # The state (or forces formally fighting for it) regains; anyone else overtakes.
        return "Battles", TERRITORY[0] if fights_for_the_state(roles.actor1) else TERRITORY[1]
    if raid_killed and target_inter in ARMED_INTERS and agent_inter in STATE_INTERS | {0, 8}:
        # Security forces raided an armed man's hideout and he died in it ("المطلوب المنتمي إلى
        # التنظيم الذي قتل بعد مداهمته من قبل قوات الأمن"): a gunfight, not an arrest (EVENTS.md §2).
        return "Battles", "Armed clash"
    if flags.get("detention") and roles.actor1 is not None and event_type != "Protests":
        # (detaining protesters is a protest met with intervention, whoever detains them)
        return detention_type(act, roles.actor1, called_as_abductor)
    if (crowd and sub_type == "Armed clash" and not act.generic
            and agent_inter in STATE_INTERS | {0, 8, PROTESTER_INTER} and target_inter not in ARMED_INTERS):
        # "المواجهات بين الشرطة ومتظاهرين": no battle; deaths in it are force used on the
        # crowd, and without them both sides fought: a violent demonstration.
        if any(t.attrs.get("generic_killing") for t in act.triggers):
            return "Protests", EXCESSIVE_FORCE
        return "Riots", "Violent demonstration"
    if sub_type == "Armed clash" and not act.generic and not armed_fight \
            and {agent_inter, target_inter} in [{CIVILIAN_INTER, force} for force in STATE_FORCE_INTERS]:
        # Clashes whose only sides are a state or foreign force and people read as civilians
        # ("مواجهات بين الشبان وقوات الاحتلال أطلقت خلالها القنابل الصوتية"): an unarmed crowd
        # confronting the force, a violent demonstration, not a battle (EVENTS.md §2).
        return "Riots", "Violent demonstration"
    if (event_type == "Riots" and agent_inter in actor_stage.NON_STATE_ARMED and target_inter == CIVILIAN_INTER
            and not act.generic and not amid_fighting and not any(_names_a_rioting_crowd(t) for t in act.triggers)):
        # Fire bombs or stones an armed group (settlers, a militia) threw at people or their homes
        # ("ألقت عصابة من المستوطنين زجاجات حارقة على منزل المواطن"): no crowd's riot but that
        # group's attack on civilians (EVENTS.md §2: violence against civilians by an armed group).
        # Not amid fighting ("اندلعت مواجهات بين عشيرتين رشق خلالها المسلحون المنازل بالحجارة"):
        # the other side is armed opposition, and the attack on civilians needs none.
        return "Violence against civilians", "Attack"
    if flown and sub_type == "Shelling/artillery/missile attack" and not ground_guns:
        return "Explosions/Remote violence", "Air/drone strike"
    if not ground_fire and from_the_air(act, roles.actor1 or striker):
        return "Explosions/Remote violence", "Shelling/artillery/missile attack" if ground_guns else "Air/drone strike"
    if supports_a_clash(act, roles.actor1 or striker):
        return "Battles", "Armed clash"
    if act.generic:
        at_a_protest = any(t.value.sub_event_type in PEACEFUL_PROTESTS for t in act.triggers)
        if target_inter == PROTESTER_INTER or (
            at_a_protest and target_inter not in ARMED_INTERS and agent_inter in STATE_INTERS | {0, 8}
        ):
            # Killing demonstrators is excessive force; attacking them, an intervention.
            deadly = any(t.attrs.get("generic_killing") for t in act.triggers)
            return "Protests", EXCESSIVE_FORCE if deadly else "Protest with intervention"
        unarmed = roles.actor2 is not None and roles.actor2.name in load_unarmed_targets()
        if (target_inter == 0 and not armed_victims and agent_inter not in STATE_INTERS
                and any(t.attrs.get("one_sided") for t in act.triggers)):
            # An assassination of someone no side is named for ("اغتيل مسؤول برصاص مسلحين") is
            # aimed at that person, not a fight with an enemy the act never names.  (A state
            # force's "assassination" is of its armed enemies, or its agent misread.)
            return "Violence against civilians", "Attack"
        if unarmed_victim and agent_inter in ARMED_INTERS | {0} and (
                target_inter == 0 or government_beside_killing(act, roles)):
            # (a count of fighters beside an aid worker or a journalist shot is the gunmen misread as the dead;
            # a government named beside the activist killed, "قتلت الناشطة بإطلاق نار، وهي من مؤيدي
            # المظاهرات ضد الحكومة", is what she stood against: a government fields no men to be killed.
            # An operation "against" a government, "أطلقت أنقرة عملية ضد الحزب", kills no one named.)
            return "Violence against civilians", "Attack"
        if target_inter == 0 and plain_victim and not armed_victims and agent_inter in ARMED_INTERS | {0}:
            # "بمقتل شخص في هجوم شنه عليه مسلحون مجهولون": a person killed by gunmen, no fighter
            # among the dead, was shot as a civilian, not in a fight with an enemy never named.
            return "Violence against civilians", "Attack"
        if aimed_unarmed and not armed_victims and agent_inter in ARMED_INTERS | {0}:
            # "استهدفت العملية المصلين في مسجد مقر قوات الطوارئ"، "أطلقا النار على سياح": the
            # attack was aimed at the unarmed, whatever armed side the clause names besides
            # (a force's base the mosque stands in, a policeman among the dead): an attack on
            # civilians, not a fight (EVENTS.md §2).
            return "Violence against civilians", "Attack"
        if (target_inter in ARMED_INTERS or armed_victims) and not unarmed and target_inter != CIVILIAN_INTER:
            # (civilians named as the target are the dead, though a count reads as
            # fighters: "قتل مسلح بسكين رجلا" is a gunman who killed, not one killed)
            return "Battles", "Armed clash"
        if target_inter == 0 and agent_inter in ARMED_INTERS and roles.actor1.name not in load_civilian_raiders():
            # An armed side's attack or operation on an unnamed target is most
            # often on its enemies; civilians are named when they are the target
            # (a raiding group's target is a village's people: `civilian_raiders`).
            return "Battles", "Armed clash"
        return "Violence against civilians", "Attack"
    return event_type, sub_type


def _names_a_rioting_crowd(trigger: Mention) -> bool:
    """The riot trigger's words name a crowd's disorder ("شغب"، "مثيري الشغب"; `crowd_riot_words`
    in clauses.yaml): the riot is a crowd's, not an armed group's attack told by its weapon."""
    words = normalize(str(trigger.attrs.get("form") or trigger.text)).split()
    return not load_event_rules().crowd_riot_words.isdisjoint(words)


def killed_in_a_raid(doc: Document, start: int, end: int, act: Act) -> bool:
    """The act is a raid (`deadly_raids.patterns`) told as the way a killing in its
    clause came about: a killing word before it, and a link right before the raid
    word ("المطلوب الذي قتل بعد مداهمته من قبل قوات الأمن"، "لقي مصرعه خلال عملية
    دهم"; `deadly_raids` in clauses.yaml).  The raid ended in the death of the one it
    was after, so it was no arrest; whether it was a fight depends on who died
    (`settle_type`).  The killing may be told as a description of the dead ("الذي
    قتل", modality recalled): the raid beside it is still the act reported."""
    anchor = act.anchor
    rules = load_event_rules()
    if anchor.attrs.get("pattern_id") not in rules.deadly_raid_patterns:
        return False
    before = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(anchor.start)])
    while before and before[-1] in rules.deadly_raid_fillers:
        before.pop()
    if not before or strip_conjunction(before[-1]) not in rules.deadly_raid_links:
        return False
    return any(
        t.attrs.get("generic_killing") and t.attrs.get("modality") in {"asserted", "recalled"}
        for t in doc.in_span("trigger", start, anchor.start)
    )


def under_a_deal(doc: Document, start: int, end: int) -> bool:
    """The clause says its act was done under a deal ("بموجب اتفاقات مصالحة"،
    "وفق اتفاق تسوية"; `deal_handover` in clauses.yaml), however far from the
    trigger: the triggers stage reads this only right after the verb."""
    rules = load_event_rules()
    words = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(end)])
    return any(
        word in rules.deal_governors and any(
            not rules.deal_nouns.isdisjoint(strip_clitics(w)) for w in words[i + 1: i + 1 + rules.deal_window])
        for i, word in enumerate(words)
    )


def after_a_flight(doc: Document, start: int, end: int) -> bool:
    """The clause says its gain of ground came after the other side fled ("بعد
    فرار مسلحي التنظيم"; `flight_handover` in clauses.yaml): nobody fought for it."""
    words = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(end)])
    return any(tuple(words[i: i + len(phrase)]) == phrase
               for phrase in load_event_rules().flight_handover for i in range(len(words)))


def names_a_crowd(doc: Document, sentence: Sentence, start: int, end: int) -> bool:
    """The clause names protesters among its actors ("مع متظاهرين") or the
    sentence names a protest or a riot ("قتل 18 في مواجهات ... بتنظيم
    التظاهرات"، "مواجهات بين الشرطة وشبان رشقوها بالحجارة"): the clash is the
    crowd's, not a battle.  A protest that only names a place by what used
    to go on there ("تقدمت القوات باتجاه الساحات التي كانت تقام فيها
    الاعتصامات", modality habitual) brings no crowd to the fight."""
    return any(m.value is not None and m.value.inter == PROTESTER_INTER for m in doc.in_span("actor", start, end)) or any(
        t.value.event_type in {"Protests", "Riots"} and t.attrs.get("modality") != "habitual"
        for t in doc.in_span("trigger", sentence.start, sentence.end))


def names_unarmed_victim(doc: Document, start: int, end: int, act: Act, plain: bool = False) -> bool:
    """The act's stretch of its clause names a person unarmed by trade or age
    ("قتل مسلحون بالرصاص عاملة إغاثة"، "اغتيال مصور"; `unarmed_victims` in
    clauses.yaml) whom the actors stage did not read as a side.  Every trigger
    of the act has its stretch: the attack told in one and its dead in the
    next ("الهجوم الذي نفذه مسلح على مقر صحيفة، مما أدى إلى مقتل 4 من
    العاملين فيها").  A stretch that opens with a cause (`total_causes`:
    "أصيب فتى، جراء إطلاق النار عليه") reaches back over the stretch before
    it, where the one it befell is named.  `plain`: look for people named only as
    people (`plain_victims`: "بمقتل شخص في هجوم شنه عليه مسلحون") instead."""
    rules = load_event_rules()
    phrases = rules.plain_victims if plain else rules.unarmed_victims
    for trigger in act.triggers:
        low, high = _segment(doc, start, end, trigger.start)
        opening = WORD_RE.findall(doc.norm[doc.norm_index(low): doc.norm_index(trigger.start)])[:1]
        if opening and low > start and strip_conjunction(opening[0]) in rules.total_causes:
            low = _segment(doc, start, end, low - 1)[0]
        words = WORD_RE.findall(doc.norm[doc.norm_index(low): doc.norm_index(high)])
        if any(
            phrase[0] in stems and tuple(words[i + 1: i + len(phrase)]) == phrase[1:]
            for i, stems in enumerate(map(strip_clitics, words)) for phrase in phrases
        ):
            return True
    return False


def aimed_at_unarmed(doc: Document, start: int, end: int, act: Act) -> bool:
    """An unqualified attack word of the act is followed, within its clause, by its object
    and that object is an unarmed person or crowd (`unarmed_victims` in clauses.yaml):
    "استهدفت المصلين"، "أطلقا النار على سياح"، "هجوم على زوار المعرض".  Link words between
    the two (`target_links`: "على"، "النار"، "ضد") are skipped; the first other word, clitics
    removed, is the object.  Unlike `names_unarmed_victim` this holds beside an armed side
    the clause names elsewhere: the object, not the clause, tells whom the attack was for."""
    rules = load_event_rules()
    for trigger in act.triggers:
        if not is_generic(trigger) or not trigger.attrs.get("generic_attack") or not start <= trigger.end <= end:
            continue
        words = WORD_RE.findall(doc.norm[doc.norm_index(trigger.end): doc.norm_index(end)])
        if _armed_dead_counted(words, rules):
            return False  # "فقتل 30 منهم بينهم 25 جنديا": soldiers were among those it was aimed at
        while words and not rules.target_links.isdisjoint(strip_clitics(words[0])):
            words = words[1:]
        if words and any(
            phrase[0] in strip_clitics(words[0]) and tuple(words[1: len(phrase)]) == phrase[1:]
            for phrase in rules.unarmed_victims
        ) and not _owned_by_a_force(words, rules):
            return True
    return False


def _owned_by_a_force(words: list[str], rules: EventRules) -> bool:
    """The object (`words[0]`, `aimed_at_unarmed`) heads a phrase that names a force: the
    words after a head with no article, up to the first with one ("طلاب أكاديمية الشرطة"،
    "مطعم يرتاده عناصر الشرطة"), name fighters or a force (`aimed_armed_owners`); a preposition
    (`aimed_phrase_stops`) ends the phrase: "المصلين في مسجد ..." tells where they were."""
    phrase: list[str] = []
    for word in words[1:4]:
        if words[0].startswith("ال") or (phrase and phrase[-1].startswith("ال")) or word in rules.aimed_phrase_stops:
            break
        phrase.append(word)
    return any(names_fighters(word) or not rules.aimed_armed_owners.isdisjoint(strip_clitics(word)) for word in phrase)


def _armed_dead_counted(words: list[str], rules: EventRules) -> bool:
    """The clause counts soldiers or police among the dead: a word naming fighters right after
    a number or a word of `aimed_armed_dead_before` ("بينهم 25 جنديا"، "فقتلوا شرطيين")."""
    return any(
        names_fighters(word) and (previous.isdigit() or strip_conjunction(previous) in rules.aimed_armed_dead_before)
        for previous, word in itertools.pairwise(words)
    )


def spread_over_areas(doc: Document, start: int, end: int) -> bool:
    """The clause spreads its act over areas it does not name ("غارات على
    مناطق متفرقة"، "قصف في عدة مناطق من القطاع"; `scattered_areas` in
    clauses.yaml): no single town named for another act of the sentence or
    paragraph is its place (`geocode.fallback_place`)."""
    phrases = load_event_rules().scattered_areas
    words = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(end)])
    return any(
        phrase[0] in stems and tuple(words[i + 1: i + len(phrase)]) == phrase[1:]
        for i, stems in enumerate(map(strip_clitics, words)) for phrase in phrases
    )


def a_massacre(act: Act) -> bool:
    """The act is told as a massacre ("ارتكب الجيش مجزرة في المخيم"; `massacres`
    in clauses.yaml): its victims were defenceless, whoever they were."""
    massacres = load_event_rules().massacres
    return any(not massacres.isdisjoint(str(t.attrs.get("form", "")).split()) for t in act.triggers)


def fights_for_the_state(actor: ActorRef | None) -> bool:
    """State forces, or forces formally fighting for the state (`state_side_forces`
    in triggers.yaml: Yemen's Popular Resistance with the Hadi government)."""
    return actor is not None and (actor.inter in STATE_INTERS or actor.name.startswith(load_state_side_forces()))


def from_the_air(act: Act, attacker: ActorRef | None) -> bool:
    """A bombardment or targeting with no weapon named, by a force that strikes
    from the air (`air_powers` in clauses.yaml: "قصف التحالف", Israeli
    bombardment of Gaza).  Deaths reported with it do not name a weapon.
    The attacker is the clause's own side or, where it names none, the state
    that alone flies the strikes its sentence tells (`unattributed_strike`):
    "واستهدف الطيران مواقع ...، واستهدف القصف أيضا موقعا" retells the
    aircraft's bombardment, not shelling.

    So is a massacre such a force committed with no act named at all ("ارتكب
    الاحتلال 3 مجازر خلال 24 ساعة"): it is its strikes told by their outcome,
    as "ارتكب طيران النظام مجزرة" is (`strike_words` in triggers.yaml).  An
    artillery word joined to another clause's air bombardment ("ومدفعي",
    `joined_weapon`) names no weapon of this one."""
    named = [t for t in act.triggers if not t.attrs.get("generic_killing") and not t.attrs.get("joined_weapon")]
    return (
        (all(t.attrs.get("weapon_unnamed") for t in named) if named else a_massacre(act))
        and attacker is not None
        and attacker.name.startswith(load_event_rules().air_powers)
    )


def fired_on_the_ground(doc: Document, start: int, end: int, triggers: list[Mention]) -> bool:
    """A gunfire or hand-weapon word (`ground_fire` in triggers.yaml) is in one of
    an act's triggers ("لإطلاق نار") or within reach of one in its clause
    ("استهدفت القوات المتظاهرين بالرصاص الحي"، "برصاص قناص"): the weapon is named, and it is no aircraft's,
    even when the force is an air power (`from_the_air`), nor a bomb."""
    cues = load_ground_fire_cues()
    for trigger in triggers:
        before = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(max(start, trigger.start))])
        own = WORD_RE.findall(doc.norm[doc.norm_index(trigger.start): doc.norm_index(trigger.end)])
        after = WORD_RE.findall(doc.norm[doc.norm_index(min(end, trigger.end)): doc.norm_index(end)])
        near = [*before[-cues.window:], *own, *after[:cues.window]]
        if any(not cues.words.isdisjoint(_readings_keeping_article(w)) for w in near):
            return True
    return False


def fought_with_arms(doc: Document, start: int, end: int, triggers: list[Mention]) -> bool:
    """The clash is told as armed: a weapon word in or right after one of its triggers
    ("اشتباكات بالأسلحة الخفيفة"، "اشتباكات بالرصاص الحي"، "اشتباكات مسلحة"), or an armed
    side in its reach ("مواطنين مسلحين"، "أبناء العشائر المسلحين") (`armed_clash_weapons`,
    `armed_clash_sides` in triggers.yaml).  Why: a riot needs an unarmed crowd; people who
    fought a force with guns fought a battle."""
    weapons, sides = load_armed_clash_cues()
    for trigger in triggers:
        before = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(max(start, trigger.start))])
        own = WORD_RE.findall(doc.norm[doc.norm_index(trigger.start): doc.norm_index(trigger.end)])
        after = WORD_RE.findall(doc.norm[doc.norm_index(min(end, trigger.end)): doc.norm_index(end)])
        if not weapons.words.isdisjoint([*own, *after[:weapons.window]]):
            return True
        if not sides.words.isdisjoint([*before[-sides.window:], *own, *after[:sides.window]]):
            return True
    return False


def fired_by_guns(doc: Document, start: int, end: int, triggers: list[Mention]) -> bool:
    """Tanks, artillery or naval guns (`ground_guns` in triggers.yaml) are the doer of one
    of an act's triggers: a few words before it ("الدبابات الإسرائيلية تقصف"), its first
    word after ("قصفت مدفعية الاحتلال"), or its instrument within reach ("بالمدفعية").
    Why: an air power's bombardment with no weapon named reads as an air strike
    (`from_the_air`), but the guns named make it shelling."""
    cues = load_ground_gun_cues()
    for trigger in triggers:
        before = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(max(start, trigger.start))])
        after = WORD_RE.findall(doc.norm[doc.norm_index(min(end, trigger.end)): doc.norm_index(end)])
        doers = [*before[-cues.window:], *after[:1]]
        instruments = [w for w in after[:cues.window] if w.startswith("ب")]
        if any(not cues.words.isdisjoint(strip_clitics(w)) for w in (*doers, *instruments)):
            return True
    return False


def fired_from_aircraft(doc: Document, start: int, end: int, triggers: list[Mention]) -> bool:
    """Aircraft fired one of an act's missiles (`aircraft_launch` in triggers.yaml): a launch
    word stands right before the missile ("باستخدام ثمانية صواريخ"، "أطلقتا ثلاثة صواريخ")
    and the nearest doer before it in its clause is an aircraft ("قامت مقاتلتان
    إسرائيليتان، من دون دخول الأجواء السورية، بشن الهجوم ... باستخدام صواريخ").
    Why: the missile words make a missile attack unless aircraft are named right beside
    them (the `missiles` override); told as what a warplane launched further on, they
    are its air strike (EVENTS.md §2).  A side named between the aircraft and the launch
    ("طائرات التحالف ... بينما أطلق الحوثيون صواريخ") is the launcher instead, unless it
    is an air force ("للقوات الجوية") or the aircraft's own nationality ("الطائرات
    الإسرائيلية").  A bombardment verb naming no weapon needs no launch word: its doer
    before it, aircraft or the raids it goes on from, makes it an air strike
    (`_bare_bombardment_by_doer_before`); a side there after a preposition ("تجمع
    للمتمردين"، "من قاعدة") is no doer between, and anti-aircraft guns ("مضادات الطيران")
    are no aircraft."""
    rules = load_aircraft_launch()
    for trigger in triggers:
        if trigger.value.sub_event_type != "Shelling/artillery/missile attack":
            continue
        before = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(max(start, trigger.start))])
        bare = bool(trigger.attrs.get("weapon_unnamed"))
        if bare:
            if not _bare_bombardment_by_doer_before(doc, end, trigger, rules):
                continue
        elif not any(rules.cues.matches(w) for w in before[-rules.cue_reach:]):
            continue
        span = before[-rules.window:]
        for i in range(len(span) - 1, -1, -1):
            word = span[i]
            if i >= 1 and span[i - 1] in rules.anti_words:
                continue  # anti-aircraft guns ("مضادات الطيران") are no aircraft
            if rules.aircraft.matches(word):
                # (a bare bombardment's aircraft must be its doer, not an earlier verb's object)
                return not bare or not _aircraft_is_object(span, i, rules)
            if bare and trigger.attrs.get("voice") == "active" and rules.strikes.matches(word):
                return True
            if bare and (word.startswith(rules.object_proclitics) or i >= 1 and span[i - 1] in rules.prepositions):
                continue  # a side after a preposition is a target, an owner or a place, not the doer
            if rules.stops.matches(word):
                if i + 1 < len(span) and span[i + 1] in rules.air_adjectives or _craft_nationality(span, i, rules):
                    return True
                break
    return False


def _bare_bombardment_by_doer_before(doc: Document, end: int, trigger: Mention, rules: AircraftLaunch) -> bool:
    """A bombardment verb naming no weapon whose doer stands before it ("أقلعت ثلاث مقاتلات
    من قاعدة ... وقصفت مقرين للتنظيم"، "قامت مقاتلات من سلاح الجو بقصف مواقع"): an active
    verb with no side of its own right after it (not "وقصفت قوات النظام"، "قصف من قبل
    قوات النظام"), or its verbal noun after "ب" ("قامت ... بقصف").  Why: such a bare "قصف" is an air strike only when
    an air power is named as its side (`from_the_air`) or aircraft stand right beside it
    (the `shelling_generic` override); aircraft told as the subject further back, past a
    take-off or a base, were left as shelling, and a foreign air force's raid as the
    shelling of the side it hit."""
    voice = trigger.attrs.get("voice")
    following = WORD_RE.findall(doc.norm[doc.norm_index(min(end, trigger.end)): doc.norm_index(end)])
    if any(w.startswith("ب") and rules.weapons.matches(w) for w in following[:rules.weapon_reach]):
        return False  # a ground weapon told after it ("وقصفوا بعد ذلك مواقع الجيش بالهاون")
    if voice == "noun":
        return normalize(trigger.text).startswith(("ب", "وب"))
    if voice != "active" or WORD_RE.findall(normalize(trigger.text))[0].endswith(("وا", "ون")):
        return False  # (a verb agreeing with men, "قصفوا"، "يدكون", is no aircraft's)
    after = following[:3]
    if any(tuple(after[:len(phrase)]) == phrase for phrase in rules.agent_phrases):
        return False
    return not any(rules.stops.matches(w) for w in after[:1])


def _aircraft_is_object(span: list[str], i: int, rules: AircraftLaunch) -> bool:
    """The aircraft word at `i` is what an earlier verb before it downed or hit, not the doer:
    after a verbal noun of that kind ("إسقاط طائرة"), or after such a verb agreeing with men
    ("أسقطوا طائرة") or with another word than a count between ("أسقط مسلحو حركة طالبان
    طائرة"، "دمر مسلحو داعش ثلاث مروحيات"); right after the verb ("استهدفت مروحيات روسية")
    or past a count ("أصابت ثلاث مقاتلات") it is the verb's subject."""
    for j in range(i - 1, -1, -1):
        if rules.object_nouns.matches(span[j]):
            return True
        if rules.object_verbs.matches(span[j]):
            return span[j].endswith("وا") or not all(rules.counts.matches(w) or w.isdigit() for w in span[j + 1:i])
    return False


def _craft_nationality(span: list[str], i: int, rules: AircraftLaunch) -> bool:
    """The side word at `i` is the adjective of the aircraft right before it, or before a kind
    of craft (`craft_adjectives`): "الطائرات الإسرائيلية"، "طائرات حربية إسرائيلية"."""
    return i >= 1 and rules.aircraft.matches(span[i - 1]) or (
        i >= 2 and span[i - 1] in rules.craft_adjectives and rules.aircraft.matches(span[i - 2]))


def _readings_keeping_article(word: str) -> set[str]:
    """Clitic readings of a word that keep its article: "بالرصاص" is "الرصاص", but "النار"
    (a ceasefire's "وقف إطلاق النار") is never the indefinite gunfire word "نار"."""
    return {reading for reading in strip_clitics(word) if not word.endswith("ال" + reading)}


def supports_a_clash(act: Act, attacker: ActorRef | None) -> bool:
    """A strike or shelling told in one clause with the fighting it backs ("أسفر
    القصف الجوي والمعارك الجارية في البلدة عن ..."), by a side (named, or
    the state that alone strikes there) that is not an outside air power: one
    Battles event (EVENTS.md §2).  Strikes by a coalition or a foreign air
    force beside the ground fight stay their own.  So are bombs and grenades
    thrown in the clash ("اشتباكات مسلحة استهدف خلالها مقاومون القوات
    بالعبوات الناسفة والرصاص"، "اشتباكات وسط دوي انفجارات"): weapons of the
    fight, not a blast of their own, whoever fights (a foreign force too) and
    though no side is named yet."""
    if act.sub_event_type in BOMBARDMENTS:
        if attacker is None or attacker.inter == 8 or attacker.name.startswith(load_event_rules().air_powers):
            return False
    elif act.sub_event_type not in FIGHTING_BLASTS:
        return False
    return any(t.attrs.get("pattern_id") == "clash" for t in act.triggers)


def plural_pair(doc: Document, sentence: Sentence) -> bool:
    """Fighting among one kind of group: "بين" right before a `plural_pair_nouns`
    word ("اشتباكات بين المليشيات"، "بين الفصائل المسلحة"، "بين جماعات مسلحة متناحرة")
    with no second side joined by و anywhere after it in the "بين" phrase, so both sides
    are that group.  A construct or adjectives may be long ("بين فصائل المعارضة السورية
    المسلحة ووحدات حماية الشعب"، "المدعومة من تركيا ومقاتلين"): the other side comes
    after all of them.  The phrase ends at its clause's end, a punctuation mark, a date or a `plural_pair_ends`
    word ("بين الفصائل المتنافسة على الحكم وتحول الصراع": one side)."""
    rules = load_event_rules()
    n_start, n_end = doc.norm_index(sentence.start), doc.norm_index(sentence.end)
    words = list(WORD_RE.finditer(doc.norm, n_start, n_end))
    clause_ends = [doc.norm_index(end) for _, end in clauses(doc, sentence)]
    dated = [doc.norm_index(m.start) for m in doc.in_span("date", sentence.start, sentence.end)]
    for i, word in enumerate(words[:-1]):
        if word.group() != "بين" or words[i + 1].group() not in rules.plural_pair_nouns:
            continue
        after = words[i + 1].end()
        stop = _SEGMENT_MARKS.search(doc.norm, after, n_end)
        end = min([next((at for at in clause_ends if at > word.start()), n_end), stop.start() if stop else n_end,
                   *(at for at in dated if at >= after)])
        second = next((later for later in words[i + 2:] if later.start() >= end or later.group() in rules.plural_pair_ends
                       or later.group().startswith("و")), None)
        if second is None or second.start() >= end or not second.group().startswith("و") \
                or second.group() in rules.plural_pair_ends:
            return True
    return False


def other_armed_side(doc: Document, sentence: Sentence, actor1: object, ally: ActorRef | None = None,
                     clause: tuple[int, int] | None = None) -> object | None:
    """An armed actor of the sentence other than actor1: the opponent a clause left implicit.

    Actor1's allies ("طيران التحالف والجيش", its assoc_actor_1 `ally`) and the
    sides of an act this one answers ("ردا على غارات X") are not its opponent.
    Nor, when nobody is named as the author of this act (in `clause`), is a side
    of another act of the sentence (`sides_elsewhere`); nor, whoever acted, the
    author of another act ("قصف الجيش مركبة، في حين هاجم مستوطنون قرى": the
    settlers acted elsewhere, they were not hit).
    """
    friends = actor_stage.allies(doc, sentence.start, sentence.end, actor1) | ({ally.name} if ally else set())
    if clause is not None:
        unnamed = getattr(actor1, "actor_id", None) == "generic:unidentified"
        friends |= sides_elsewhere(doc, sentence, clause, authors_only=not unnamed)
    triggers = doc.in_span("trigger", sentence.start, sentence.end)
    for mention in doc.in_span("actor", sentence.start, sentence.end):
        ref = mention.value
        if (
            ref is not None
            and ref.name != actor1.name
            and ref.name not in friends
            and ref.inter in ARMED_INTERS
            and not actor_stage.never_agent(ref)
            and not mention.attrs.get("in_source")
            and not mention.attrs.get("assoc")
            and not actor_stage.answered(doc, mention, sentence.start)
            and not any(actor_stage.names_the_attacker(mention, t) for t in triggers)
            and not actor_stage.no_side(doc, mention, sentence.start)
        ):
            return ref
    return None


def sides_elsewhere(doc: Document, sentence: Sentence, clause: tuple[int, int], authors_only: bool = False) -> set[str]:
    """Names of the sides (author or target; only the author and its camp with `authors_only`)
    of the acts told in the sentence's other clauses.

    Why: "قتل 15 شخصا في هجوم بشاحنة مفخخة، بعد تفجير انتحاري نفذته طالبان قرب مقر
    الشرطة" names the group and the police only as the sides of another bombing; taken
    for the side an unclaimed bomb hit, either came out as the victim of this one."""
    names: set[str] = set()
    for start, end in clauses(doc, sentence):
        if start == clause[0] or not start < end:
            continue
        for trigger in asserted_triggers(doc, start, end):
            if is_generic(trigger):
                continue
            roles = actor_stage.assign_roles(doc, start, end, trigger)
            names |= {side.name for side in (roles.actor1, None if authors_only else roles.actor2)
                      if side is not None and side.actor_id != "generic:unidentified"}
            if authors_only and roles.actor1 is not None and roles.actor1.actor_id != "generic:unidentified":
                # the author's camp acted with it ("قصف من قبل قوات النظام ... وعناصر من حزب الله")
                names |= actor_stage.allies(doc, sentence.start, sentence.end, roles.actor1)
    return names


def unknown_armed_group(doc: Document, sentence: Sentence, country: str | None) -> ActorRef | None:
    """An armed group the catalogue lacks, found by the NER model in the sentence.

    Only organisations whose name starts with an armed-group head word
    ("كتائب ...", "جبهة ...", "ميليشيا ...") count; the name is kept as written
    (no reliable English rendering exists) with the head word's inter code.
    """
    from marsad.ner import find_entities  # loaded only when a sentence needs it

    text = doc.slice(sentence.start, sentence.end)
    heads = load_event_rules().armed_group_words
    # Offsets into `text` of the names the catalogue already knows ("تنظيم داعش"): not unknown.
    known = [(m.start - sentence.start, m.end - sentence.start) for m in doc.in_span("actor", sentence.start, sentence.end)]

    def head_code(word: str) -> int | None:
        word = word.removeprefix("و")
        return heads.get(word[2:] if word.startswith("ال") else word)

    unnamed, last = [], 0
    for k_start, k_end in sorted(known):
        if k_start >= last:
            unnamed.append(text[last:k_start])
            last = k_end
    unnamed.append(text[last:])
    if not any(head_code(word) for word in normalize(" ".join(unnamed)).split()):
        return None  # no head word outside the names already known: spare the tagger
    for start, end, label in find_entities(text):
        if any(start < k_end and k_start < end for k_start, k_end in known):
            continue
        words = normalize(text[start:end]).split()
        before = normalize(text[:start]).split()
        if words and head_code(words[0]) and len(words) > 1:
            name, code = text[start:end], head_code(words[0])
        elif before and head_code(before[-1]) and not (label == "PERS" and before[-1].startswith("ال")):
            # ("اللواء <person>" is a general's rank, "لواء <name>" a brigade)
            head_start = text.rfind(text[:start].split()[-1], 0, start)
            name, code = text[head_start:end], head_code(before[-1])
        else:
            continue
        name = name.strip("«»\"' ").removeprefix("و")
        return ActorRef(name=name, inter=int(code), country=country, actor_id=f"ner:{normalize(name)}")
    return None


def parallel_span(doc: Document, sentence: Sentence, clause: tuple[int, int] | None) -> tuple[int, int]:
    """The part of the sentence that tells the act's own fact: from the last clause opening a
    parallel fact ("بينما"، "في حين": `parallel_openers`) at or before the act's clause to the
    next such clause after it.

    Why: "استشهاد فلسطينيين في قصف على القطاع، بينما رصدت ... إطلاق الصواريخ من لبنان": the
    dead counted before "بينما" were no one hit by the rockets, and came out as civilians of
    the rockets' country."""
    start, end = sentence.start, sentence.end
    if clause is None:
        return start, end
    for clause_start, _ in clauses(doc, sentence):
        if clause_start > sentence.start and opens_a_parallel_fact(doc, clause_start):
            if clause_start <= clause[0]:
                start = clause_start
            elif clause_start < end:
                end = clause_start
    return start, end


def arrested_group(doc: Document, sentence: Sentence, actor1: ActorRef | None,
                   actor2: ActorRef | None) -> tuple[ActorRef | None, ActorRef | None]:
    """The sides of an arrest read with a non-state armed group as the arrester while the
    sentence names the state's police or security acting ("وأعلنت وزارة الداخلية القبض على
    عناصر من داعش"، "قوات الأمن ... واعتقلت 16 من عناصر التنظيم"): the group is the one its
    members were arrested from, and the police made the arrests (police the sentence tells
    were held are no arrester; with no police named, a state force read as the one held made
    them: "استخدم ضباط المخابرات ... للإيقاع بقادة التنظيم ... ألقي القبض عليهم").

    Why: the group named by the arrest word was taken for its subject, so police arrests of
    ISIS or Al Qaeda suspects came out as that group arresting civilians.  A group listed as a
    de facto authority (`de_facto_authorities`) keeps its own arrests, and so does a group named
    right at the arrest word (`_named_with_the_arrest`).  With no state force named, the sides
    stay as read.

    A group the sentence names as the object of the arrest (`held_by_arrest`: "إلقاء القبض على
    ستة من مليشيات الانقلاب") was held whatever arrests it makes elsewhere: it becomes actor2,
    and the state force the sentence's source belongs to ("مصادر في الجيش الوطني") made the
    arrests, else the arrester is left to `fill_actors`' captor and police."""
    if actor1 is not None and actor1.inter in actor_stage.NON_STATE_ARMED \
            and actor_stage.held_by_arrest(doc, sentence.start, sentence.end, actor1):
        police = actor_stage.sentence_police(doc, sentence.start, sentence.end) \
            or actor_stage.source_force(doc, sentence.start, sentence.end, actor1)
        return police, actor1
    if (actor1 is None or actor1.inter not in actor_stage.NON_STATE_ARMED
            or actor1.name in load_event_rules().de_facto_authorities
            or (actor2 is not None and actor2.inter not in STATE_INTERS | {CIVILIAN_INTER})
            or _named_with_the_arrest(doc, sentence, actor1)):
        return actor1, actor2
    police = actor_stage.sentence_police(doc, sentence.start, sentence.end)
    if police is None and actor2 is not None and actor2.inter in STATE_INTERS:
        police = actor2
    return (police, actor1) if police is not None else (actor1, actor2)


def _named_with_the_arrest(doc: Document, sentence: Sentence, group: ActorRef) -> bool:
    """True when the sentence names `group` right next to a detention word, with nothing but
    quotes or spaces between: its author ("تندد باعتقال «القاعدة» لخمسة ضباط"، "اعتقل داعش
    38 مواطنا") or its subject ("القاعدة تعتقل"; not before a verb joined by "و", which opens
    a clause of its own: "قتلت مسلحا من داعش واعتقلت ستة"), not the group of those held."""
    detentions = [t for t in doc.in_span("trigger", sentence.start, sentence.end) if t.attrs.get("detention")]
    for mention in doc.in_span("actor", sentence.start, sentence.end):
        if mention.value is None or mention.value.name != group.name:
            continue
        for trigger in detentions:
            after = mention.start >= trigger.end
            gap = doc.text[trigger.end:mention.start] if after else doc.text[mention.end:trigger.start]
            joined = not after and strip_conjunction(normalize(trigger.text)) != normalize(trigger.text)
            if not WORD_RE.search(gap) and len(gap) <= 4 and not joined:
                return True
    return False


def fill_actors(doc: Document, sentence: Sentence, event: Event, roles: actor_stage.Roles,
                clause: tuple[int, int] | None = None) -> None:
    """Copy the roles into the event, filling the side ACLED requires (`clause`: the act's own).

    The sides finally chosen are written back into `roles` so that
    `place_state_forces` can name them for the event's own country.
    """
    country = doc.country_hint
    actor1, actor2 = roles.actor1, roles.actor2
    given = actor1
    if actor_stage.never_agent(actor1):  # the UN reported or called for it: the agent is still unknown
        actor1 = None
    two_sided = {"Agreement", "Non-violent transfer of territory", "Other"}
    if event.sub_event_type == "Arrests":
        actor1, actor2 = arrested_group(doc, sentence, actor1, actor2)
    unnamed = actor1 is None or actor1.actor_id == "generic:unidentified"
    if unnamed and event.sub_event_type == "Suicide bomb" and actor_stage.bomber_group(
            doc, sentence.start, sentence.end, actor2):
        actor1, actor2 = actor2, None  # the bomber's own group sent him
    if (actor1 is None or (actor1.actor_id or "").startswith("generic:")) \
            and event.sub_event_type == "Change to group/activity" and actor2 is not None \
            and actor2.inter in actor_stage.NON_STATE_ARMED and not (actor2.actor_id or "").startswith("generic:"):
        actor1, actor2 = actor2, None  # "اندمجت فصائل ... تحت اسم X": the group named is the one that changed
    if actor_stage.camp_mate(actor1, actor2, doc.published) and (
            event.event_type == "Explosions/Remote violence" or event.event_type == "Battles" and {
                actor1.inter, actor2.inter} <= actor_stage.NON_STATE_ARMED):
        # fire never aims at its own camp, nor does an armed wing fight its movement ("كتائب القسام، الجناح
        # العسكري لحركة حماس"): the mate is named as its parent or for another act; the opponent is found below
        actor2 = None
    if event.event_type == "Protests":
        actor1, actor2 = actor_stage.protest_sides(doc, event.sub_event_type, actor1, actor2,
                                                   (sentence.start, sentence.end))
    elif event.event_type == "Riots":
        actor1, actor2 = actor_stage.riot_sides(doc, sentence.start, sentence.end, event.sub_event_type, actor1, actor2)
    elif event.sub_event_type == "Air/drone strike":
        actor1, actor2 = actor_stage.air_strike_sides(doc, sentence.start, sentence.end, actor1, actor2)
    target = None
    if actor2 is None and event.sub_event_type == "Shelling/artillery/missile attack" and (
            actor1 is None or actor1.inter in actor_stage.NON_STATE_ARMED):
        # Rockets fired at a country or its towns with no target named hit its civilians.
        target = actor_stage.rocket_target_country(doc, sentence.start, sentence.end)
        actor2 = generic_actor("civilians", target) if target else None
        state = generic_actor("military", target, doc.published) if target and actor1 is None else None
        if state is not None and state.country == target:
            # Unclaimed fire at a country comes from the armed group the article sets against
            # its own state (not where another state's army is "the army": Gaza).
            enemy = actor_stage.article_opponent(doc, sentence.start, sentence.end, state, None)
            actor1 = enemy if enemy is not None and enemy.inter in actor_stage.NON_STATE_ARMED else None
    if actor2 is None and (event.event_type == "Violence against civilians"
                           or event.sub_event_type in {"Arrests", "Looting/property destruction"}):
        # The people detained, robbed or attacked without a named group are civilians.
        actor2 = generic_actor("civilians", country)
    if actor2 is None and actor1 is not None and event.event_type in {"Battles", "Explosions/Remote violence"}:
        actor2 = other_armed_side(doc, sentence, actor1, roles.assoc_actor_1, clause)
    # "القتال بين جماعات مسلحة متناحرة": a fight the sentence tells among one kind of group has
    # that group on both sides (set below), not a side the story names for another act or year
    feud = (actor2 is None and actor1 is not None and event.event_type == "Battles"
            and actor1.inter in actor_stage.NON_STATE_ARMED and plural_pair(doc, sentence))
    if actor2 is None and actor1 is not None and not feud and (
            event.event_type == "Battles" or event.sub_event_type in two_sided):
        # A battle or a deal always has two sides: the one the article opposes to actor1.
        actor2 = actor_stage.article_opponent(doc, sentence.start, sentence.end, actor1, roles.assoc_actor_1,
                                              ground=event.event_type == "Battles")
        if actor2 is None and event.event_type == "Battles" and actor1.inter in STATE_FORCE_INTERS:
            # ... else a local armed group that only speaks in the story ("وبثت المقاومة مشاهد ..."),
            # and a state force's fight with no foe named anywhere was with armed men
            # nobody named ("قتل الرقيب ... في معركة في شمال القطاع").
            actor2 = actor_stage.article_opponent(doc, sentence.start, sentence.end, actor1, roles.assoc_actor_1,
                                                  speakers_of=event.iso or country) \
                or generic_actor("unidentified", country)
    if actor2 is None and actor1 is not None and actor1.inter in STATE_FORCE_INTERS \
            and event.event_type == "Explosions/Remote violence":
        # State strikes with no stated target hit the armed group the article is about.
        enemy = actor_stage.article_opponent(doc, sentence.start, sentence.end, actor1, roles.assoc_actor_1)
        actor2 = enemy if enemy is not None and enemy.inter in actor_stage.NON_STATE_ARMED else None
    if actor1 is None and event.event_type == "Battles" and actor2 is not None and actor2.inter in ARMED_INTERS:
        # "مقتل 11 من عناصر X في اشتباكات": the side that inflicted the loss is the one the article opposes to X.
        side = actor_stage.as_forces(actor2, country, doc.published)
        enemy = actor_stage.article_opponent(doc, sentence.start, sentence.end, side, None, battle=True)
        same_state = enemy is not None and {enemy.inter, side.inter} <= {1, 8} and enemy.country == side.country
        actor1 = None if same_state else enemy
    if actor2 is None and event.event_type == "Explosions/Remote violence" and actor_stage.unarmed_casualties(
            doc, *parallel_span(doc, sentence, clause)):
        # The people a bomb, an air strike or a shell killed or wounded, not named as armed and
        # with no armed side the story sets against its author, are civilians.
        actor2 = generic_actor("civilians", country)
    if actor1 is None and event.sub_event_type == "Arrests":
        # arrests are made by the state, or by the armed side fighting the group of those arrested
        actor1 = (actor_stage.captor(doc, sentence.start, sentence.end, actor2)
                  or actor_stage.sentence_police(doc, sentence.start, sentence.end)
                  or actor_stage.occupying_force(doc, sentence.start, sentence.end)
                  or generic_actor("police", country, doc.published))
    if actor1 is None and event.sub_event_type == "Disrupted weapons use":
        actor1 = actor_stage.speaking_state(doc, sentence.start, clause[1] if clause else sentence.end)
    if event.sub_event_type == "Disrupted weapons use" and actor2 is not None and actor2.inter == CIVILIAN_INTER:
        actor2 = weapon_owner(doc, sentence, actor1, roles.assoc_actor_1)
    elif event.sub_event_type == "Disrupted weapons use" and actor2 is None and names_salvo(doc, sentence.start,
                                                                                           sentence.end):
        owner = weapon_owner(doc, sentence, actor1, roles.assoc_actor_1)
        actor2 = owner if owner is not None and owner.inter in actor_stage.NON_STATE_ARMED else None
    if actor1 is None and event.event_type == "Explosions/Remote violence" and event.sub_event_type not in HAND_BLASTS:
        # (a roadside bomb told beside the air campaign on its makers, "قتل أربعة شرطيين في انفجار
        # قنبلة، في وقت يستمر القصف الجوي لمواقع X", is no strike of the state that flies there)
        actor1 = actor_stage.unattributed_strike(doc, sentence.start, sentence.end, country)
        if actor1 is not None and target is not None and actor1.country == target != country \
                and actor1.inter in STATE_FORCE_INTERS:
            # (the foreign state that alone strikes in that war does not fire at its own land: the
            # unclaimed fire at it is an unnamed armed group's, `fire_at_own_land`)
            actor1 = None
    if actor1 is None and event.event_type in {"Battles", "Violence against civilians"}:
        # "مروحيات أطلقت النار": the aircraft's state, where one state alone flies there
        actor1 = actor_stage.aircraft_operator(doc, sentence.start, sentence.end, country)
    if actor1 is None and event.event_type in {"Battles", "Violence against civilians", "Explosions/Remote violence"}:
        actor1 = unknown_armed_group(doc, sentence, country) or generic_actor("unidentified", country)
    if event.sub_event_type in two_sided:
        actor1, actor2 = actor_stage.deal_order(actor1, actor2)
    if event.event_type in VIOLENT_TYPES:
        actor1 = actor_stage.as_forces(actor1, country, doc.published)
        actor2 = actor_stage.as_forces(actor2, country, doc.published)
    if actor2 is not None and actor1 is not None and same_actor(actor1, actor2):
        actor2 = None
    if actor2 is None and actor1 is not None and event.event_type == "Battles" \
            and actor1.inter in actor_stage.NON_STATE_ARMED and plural_pair(doc, sentence):
        actor2 = actor1
    roles.actor1, roles.actor2 = actor1, actor2
    if event.sub_event_type in TERRITORY and actor1 is not None and actor1 is not given:
        # a gainer found only here (the side the story sets against the loser, "وتمت السيطرة على
        # الحي" with the loser named) decides the sub-type, as a gainer named in the clause does
        event.sub_event_type = TERRITORY[0] if fights_for_the_state(actor1) else TERRITORY[1]
    if actor1 is not None:
        event.actor1, event.inter1 = actor1.name, int(actor1.inter)
    if actor2 is not None:
        event.actor2, event.inter2 = actor2.name, int(actor2.inter)
    if roles.assoc_actor_1 is not None and roles.assoc_actor_1.name != event.actor1:
        event.assoc_actor_1 = roles.assoc_actor_1.name


def weapon_owner(doc: Document, sentence: Sentence, actor1: ActorRef | None,
                 assoc: ActorRef | None) -> ActorRef | None:
    """The side whose weapon was stopped, where the clause gave civilians, or named no side for
    a missile or a drone stopped: the armed side the story sets against the interceptor, else none.

    Why: civilians a stopped missile or bomb was aimed at, or whose homes its fragments hit
    ("اعتراض الصواريخ أدى لتناثر الشظايا على الأحياء السكنية"), fired nothing; ACLED's side
    disrupted is the one that launched or planted the weapon.  A spokesman's list of missiles
    stopped ("أكد المتحدث اعتراض ثلاثة صواريخ بالستية فوق المدن") names no launcher: in a
    story of one war the interceptor's foe fired them, as the lead's interception tells (the
    caller takes only a non-state foe there: the state a story names most may be an ally the
    catalogue does not pair, Russia beside Syria's defences)."""
    if actor1 is None:
        return None
    enemy = actor_stage.article_opponent(doc, sentence.start, sentence.end, actor1, assoc)
    return enemy if enemy is not None and enemy.inter in ARMED_INTERS else None


def _nearest(mentions: list[Mention], anchor: int) -> Mention | None:
    return min(mentions, key=lambda m: abs(m.start - anchor), default=None)


def event_date(
    doc: Document, sentence: Sentence, start: int, end: int, anchor: Mention
) -> tuple[dt.date | None, int, bool]:
    """The event's day, its precision, and whether the text itself dated it
    (`event_day` without the lead's day)."""
    return event_day(doc, sentence, start, end, anchor)[:3]


def event_day(
    doc: Document, sentence: Sentence, start: int, end: int, anchor: Mention
) -> tuple[dt.date | None, int, bool, dt.date | None]:
    """The event's day, its precision, whether the text itself dated it, and the
    lead's day an act left at the publication date may take (`lead_day`).

    The date that governs the clause wins over the sentence's, which wins
    over the paragraph's (`paragraph_date`); with no date in the text the
    event takes the publication date at week precision (reported as ongoing
    or recent, EVENTS.md §2), as it does when the governing date is a period
    running up to publication (`_day_of`).  A statement's day ("أعلن الجيش
    الثلاثاء أن ...", `own_date_verbs`; "أوضح ... أمس، أن", `dates_a_statement`)
    dates the act only when nothing in its clause, sentence or paragraph
    does, or when the paragraph's date is an old one the dates stage marked
    as recalled ("استعاده الجيش في مارس الماضي. وأفاد ناشطون الأحد بمقتل
    ثلاثة"): the sentence's own statement day shows it tells the news.  (A
    recent day a pluperfect marked, "وكان قد كتب أول من أمس", still carries on.)
    A reaction's day (a condemnation, a telegram, a funeral) dates such an act only
    to the week (`_statement_day`): the act came on it or some days before.
    The start of an ongoing campaign (`ongoing_since`) or of a total told
    after the act (`later_since`) never dates it.  "غداة <act>" puts the act
    the day before.  A violent act its own sentence leaves undated first takes
    the day a following sentence gives "the incident" (`occurrence_day_after`),
    and a statement's day gives way to the act's day the next sentence tells
    (`act_day_told_next`).  An act whose clause says "recently" (`recent_undated`)
    takes no earlier sentence's day; a violent act a later paragraph details with
    nothing else to date it is given the lead's one day (`lead_day`), which the
    dedupe stage sets once it has merged the reports (`settle_lead_days`).
    """
    date, precision, dated, found = _governing_date(doc, sentence, start, end, anchor)
    if date is not None and day_after(doc, sentence, anchor) and not (found and names_the_act_day(doc, sentence, anchor, found)):
        date -= dt.timedelta(days=1)
    lead = None
    if found is None and not dated and precision == 2 and date is not None and date == doc.published:
        told = lead_day(doc, sentence, anchor)
        lead = told.value if told is not None else None
    return date, precision, dated, lead


def names_the_act_day(doc: Document, sentence: Sentence, anchor: Mention, date: Mention) -> bool:
    """The date follows the act in its own stretch and the dates stage did not
    move it ("غداة مقتل أربعة مدنيين وإصابة 52 آخرين الخميس"): it is the act's
    own day, so "غداة" shifts nothing."""
    own = _segment(doc, sentence.start, sentence.end, anchor.start)
    return anchor.start < date.start < own[1] and "eve_shift" not in date.attrs


def _governing_date(
    doc: Document, sentence: Sentence, start: int, end: int, anchor: Mention
) -> tuple[dt.date | None, int, bool, Mention | None]:
    """`event_date` before the "غداة" shift, with the date mention it came from."""
    spans = ((start, end), (sentence.start, sentence.end))
    candidates = [
        [m for m in doc.in_span("date", *span)
         if not (future_date(doc, m) and _segment(doc, start, end, m.start)[0] > anchor.start)
         and not describes_a_place(doc, anchor, m) and not ongoing_since(doc, sentence, m)
         and not later_since(doc, sentence, anchor, m) and not dates_a_later_act(doc, sentence, anchor, m)
         and not (span is spans[1] and not start <= m.start < end and relative_act(doc, sentence, m) is not None)
         and not recalled_by_relative(doc, sentence, anchor, m) and not in_another_acts_relative(doc, sentence, anchor, m)
         and not gap_after_act(doc, anchor, m)]
        for span in spans
    ]
    statement_days: list[Mention | None] = []
    for found_in_span in candidates:
        usable = [m for m in found_in_span if not (dates_other_verb(doc, m) or dates_a_statement(doc, sentence, m))]
        found = wounding_day(doc, sentence, usable) or _closest(doc, sentence, usable, anchor)
        if found is not None:
            return (*_day_of(doc, sentence, found), found)
        statement_days.append(_closest(doc, sentence, found_in_span, anchor))
    if recent_undated(doc, start, end):
        return doc.published, 2, False, None
    occurred = occurrence_day_after(doc, sentence) if anchor.value.event_type in VIOLENT_TYPES else None
    if occurred is not None:
        return (*_day_of(doc, doc.sentence_at(occurred.start) or sentence, occurred), occurred)
    found = paragraph_date(doc, sentence)
    stated = next((m for m in statement_days if m is not None), None)
    if found is None or (stated is not None and (found.attrs.get("background") and not _recent(doc, found)
                                                 or dates_other_acts(doc, sentence, found, anchor))):
        told = None if stated is None else act_day_told_next(doc, sentence, anchor, stated)
        if told is None and stated is not None:
            return (*_statement_day(doc, sentence, stated), stated)
        found = told
    if found is not None:
        return (*_day_of(doc, doc.sentence_at(found.start) or sentence, found), found)
    return doc.published, 1 if on_a_war_day(doc, sentence) else 2, False, None


def recent_undated(doc: Document, start: int, end: int) -> bool:
    """The act's clause says it came "recently" (`recent_words` in clauses.yaml: "وشهدت
    البلاد مؤخرا موجة من العنف") and holds no date of its own.  The writer knows the act
    came some days before the news but not on the day told next to it, so it inherits no
    earlier sentence's day (that day is another act's): the publication date at week
    precision (EVENTS.md §2)."""
    rules = load_event_rules()
    return not doc.in_span("date", start, end) and _holds_phrase(doc, start, end, rules.recent_words, rules.recall_asides)


def _holds_phrase(doc: Document, start: int, end: int, phrases: tuple[tuple[str, ...], ...],
                  asides: frozenset[str] = frozenset()) -> bool:
    """The span holds one of the normalized `phrases`, its first word maybe after "و" or "ف",
    and before any of `asides`: "recently" inside a relative clause on a person or place
    ("القرية التي عاد إليها سكانها مؤخرا") tells of them, not of the act."""
    words = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(end)])
    cut = next((i for i, word in enumerate(words) if word in asides), len(words))
    return any(words[i][1:] == phrase[0] and words[i][:1] in "وف" or words[i] == phrase[0]
               for phrase in phrases for i in range(cut) if tuple(words[i + 1: i + len(phrase)]) == phrase[1:])


def _after_statement_verb(doc: Document, sentence: Sentence, date: Mention) -> bool:
    """A statement verb (`own_date_verbs` in dates.yaml) stands before the date in its
    sentence with no act between them, however far and past commas ("أعلن البيت
    الأبيض، الخميس، أن ..."، "وفق ما ذكرت مصادر محلية، الخميس"): the statement's day."""
    said = last_statement_verb(doc, sentence.start, date)
    return said is not None and not any(said.end() <= doc.norm_index(t.start) < doc.norm_index(date.start)
                                        for t in doc.in_span("trigger", sentence.start, date.start))


def last_statement_verb(doc: Document, start: int, date: Mention) -> re.Match[str] | None:
    """The last statement word (`own_date_verbs` in dates.yaml) between raw offset `start`
    and the date, as a match in the normalized text: the verb whose day the date may be."""
    verbs = date_lexicon().own_date_verbs
    said = [w for w in WORD_RE.finditer(doc.norm, doc.norm_index(start), doc.norm_index(date.start))
            if any(stem in verbs for stem in strip_clitics(w.group()))]
    return said[-1] if said else None


def names_a_further_act(doc: Document, trigger: Mention) -> bool:
    """The act's noun is followed by "another", "new" or "similar" agreeing with it
    (`new_act_words` in clauses.yaml: "هجوم آخر"، "غارة جديدة"، "هجوم مماثل"): a
    further act of the kind, never the one told before."""
    words = load_dedupe_rules().new_act_words
    noun = normalize(trigger.text).split()[-1:] or [""]
    feminine = noun[0].endswith(("ه", "ات"))  # ة (normalized) or a sound feminine plural
    return not trigger.attrs.get("generic_killing") and next_word(doc, trigger) in words[feminine]


def next_word(doc: Document, mention: Mention) -> str:
    """The normalized word right after a mention ("" at the end of the text)."""
    found = WORD_RE.search(doc.norm, doc.norm_index(mention.end))
    return found.group() if found else ""


def lead_day(doc: Document, sentence: Sentence, anchor: Mention) -> Mention | None:
    """The one day the lead gives the story's violent acts, for a violent act told in a
    later paragraph with no date of its own and none its paragraph passes on.

    A report opens with the day's acts and their day ("قتل ستة أشخاص اليوم في حوادث
    منفصلة ببغداد"، "هاجمت مسلحتان أمس القنصلية") and details each incident in the
    paragraphs after it without repeating the day; read as undated, each took the
    publication date at week precision.  The lead must be the first body sentence that
    tells of an act at all (a plan or a threat first makes no lead), among the first two,
    assert a violent one, and name one day only, at day precision within the news days, as
    the acts' day (not a statement's: "أعلن الجيش أمس" tells when it spoke, not when it
    fought); no other sentence of its paragraph may name another day (a lead paragraph
    telling acts of two days leaves a later detail's day open).  An act whose sentence
    names a time of its own, opens as a recall ("وكان ...", "يذكر أن"), carries a recall
    marker, sets out the present situation, says "recently" (`recent_words`) or tells
    the act as still going on (`still_going`, `present_continuations`: "المعارك لا تزال
    مستمرة") keeps the old reading; so does an act told as the circumstance the news
    follows ("بعد طرده من القرى"), which came before, and so does "a similar attack"
    (`names_a_further_act`), another act on a day of its own.  A round-up that dates acts of
    other recent days in its later paragraphs (`dates_acts_on_other_days`) gives none of its
    undated fronts the lead's day, unless the act's sentence ties it to the lead's act in
    time (`lead_ties`: "وتزامنا مع الهجوم"، "وبعد ساعات من الغارات").  The act stays undated by the text
    (`dated` false), so what is coded and what is background does not change, and it
    keeps the publication date at week precision while dedupe merges reports (its rules
    fold such an undated detail into the dated act it retells); `settle_lead_days` then
    gives the day to those left standing alone."""
    if anchor.value.event_type not in VIOLENT_TYPES or doc.published is None or follows_circumstance_word(doc, anchor) \
            or names_a_further_act(doc, anchor):
        return None  # "هجوم مماثل": another act of the kind, on a day of its own
    body = [s for s in doc.sentences if not s.is_title]
    lead = next((s for s in body[:2] if doc.in_span("trigger", s.start, s.end)), None)
    if lead is None or sentence.paragraph <= lead.paragraph:
        return None
    rules = load_event_rules()
    norm = doc.norm[doc.norm_index(sentence.start): doc.norm_index(sentence.end)]
    if doc.in_span("date", sentence.start, sentence.end) or opens_as_recall(doc, sentence) \
            or present_context(doc, sentence) or background_markers(norm) \
            or _holds_phrase(doc, sentence.start, sentence.end, rules.recent_words + rules.still_going) \
            or any(strip_conjunction(word) in rules.present_continuations for word in WORD_RE.findall(norm)):
        return None
    dates = doc.in_span("date", lead.start, lead.end)
    told = [m for m in doc.of_kind("date") if (s := doc.sentence_at(m.start)) is not None and s.paragraph == lead.paragraph]
    if not dates or len({m.value for m in told}) != 1 or not within_news_days(doc, dates[0].value) \
            or any(m.attrs.get("precision") != 1 or m.attrs.get("background") or dates_other_verb(doc, m)
                   or dates_a_statement(doc, lead, m) or _after_statement_verb(doc, lead, m) for m in dates):
        return None
    if not any(t.value.event_type in VIOLENT_TYPES for t in asserted_triggers(doc, lead.start, lead.end)):
        return None
    if dates_acts_on_other_days(doc, lead, dates[0].value) \
            and not _holds_phrase(doc, sentence.start, sentence.end, rules.lead_ties):
        return None  # a round-up of several days' fighting: the lead's day is not the story's
    return dates[0]


# How many days apart the lead's day and another act's day may be for the story to be a
# round-up of the last days' fighting (the night and the day after it, yesterday and today).
_ROUNDUP_DAYS = 2


def _near_day(value: object, day: dt.date | None) -> bool:
    """A date value within `_ROUNDUP_DAYS` of the lead's day."""
    return isinstance(value, dt.date) and day is not None and abs((value - day).days) <= _ROUNDUP_DAYS


def dates_acts_on_other_days(doc: Document, lead: Sentence, day: dt.date | None) -> bool:
    """A body sentence outside the lead's paragraph dates a violent act it asserts on
    another recent day than the lead's ("وفي مأرب، قتل 8 حوثيين صباح الأحد" under a lead
    of Saturday night).

    The lead's day is the story's one day only when the report tells that day's acts;
    a round-up of the fronts (each paragraph "وفي محافظة ..." with its own day, or none)
    spans several days, so a front it leaves undated may be any of them or still going
    on: it keeps the publication date at week precision (EVENTS.md §2).  Only a day the
    acts take counts: not a statement's day ("وقال الجيش اليوم"), a recalled background
    date, a week or month, or a day outside the news days; nor an act some days off the lead's
    ("والخميس الماضي قتل 49 شخصا" under a lead of yesterday): that is an earlier act recalled,
    the story still tells the lead's day (`_ROUNDUP_DAYS`).  A day ending an act still going
    on (`run_until_words`: "واستمرت الاشتباكات حتى فجر اليوم الأحد") is the lead's battle
    running past midnight, no act of another day; nor is an act in another country than the
    lead's ("وفي العراق، قتل ثلاثة جنود ... يوم الجمعة" under a lead in Syria): another news item."""
    rules = load_event_rules()
    lead_countries = _countries_in(doc, lead)
    for date in doc.of_kind("date"):
        sentence = doc.sentence_at(date.start)
        if sentence is None or sentence.is_title or sentence.paragraph == lead.paragraph:
            continue
        if date.value == day or date.attrs.get("precision") != 1 or date.attrs.get("background") \
                or not within_news_days(doc, date.value) or not _near_day(date.value, day) or dates_other_verb(doc, date) \
                or dates_a_statement(doc, sentence, date) or _after_statement_verb(doc, sentence, date):
            continue
        before = WORD_RE.findall(doc.norm[doc.norm_index(sentence.start): doc.norm_index(date.start)])
        if before and strip_conjunction(before[-1]) in rules.run_until_words:
            continue
        if lead_countries and (told := _countries_in(doc, sentence, opening=True)) and not told & lead_countries:
            continue
        if any(t.value.event_type in VIOLENT_TYPES for t in asserted_triggers(doc, sentence.start, sentence.end)):
            return True
    return False


def _countries_in(doc: Document, sentence: Sentence, opening: bool = False) -> set[str]:
    """The countries of the places a sentence names; with `opening`, only of a place that
    opens it as its scene ("وفي العراق، ..."، "في ديالى ...": "في" or a `scene_openers` word
    alone before it, as in `fronted_scene`), a news item of its own."""
    places = doc.in_span("place", sentence.start, sentence.end)
    if opening:
        head = WORD_RE.findall(doc.norm[doc.norm_index(sentence.start): doc.norm_index(places[0].start)]) if places else []
        places = places[:1] if len(head) == 1 and head[0] in {"في", *load_event_rules().scene_openers} else []
    return {place.country_code for m in places
            if (place := m.attrs.get("place")) is not None and getattr(place, "country_code", "")}


def _statement_day(doc: Document, sentence: Sentence, stated: Mention) -> tuple[dt.date | None, int, bool]:
    """The day a statement gives an act the text dates no other way.  A reaction's day
    (`reaction_verbs` in dates.yaml: "أبرق أعيان المحافظة أمس أمير المنطقة استنكارا لجريمة
    المسجد"، "دانت الوزارة الجمعة الهجوم") is not the act's: the act came on it or some
    days before, so it keeps that day at week precision (a span of a few days, EVENTS.md
    §1).  A report's day ("أعلن الجيش الثلاثاء مقتل خمسة مسلحين") is most often the
    act's own and keeps its precision."""
    date, precision, dated = _day_of(doc, doc.sentence_at(stated.start) or sentence, stated)
    if reacts(doc, sentence, stated):
        precision = max(precision, 2)
    return date, precision, dated


def reacts(doc: Document, sentence: Sentence, date: Mention) -> bool:
    """The last statement word (`own_date_verbs`) before the date in its sentence is a
    reaction to an act (`reaction_verbs`): a condemnation, condolences, a funeral."""
    said = last_statement_verb(doc, (doc.sentence_at(date.start) or sentence).start, date)
    return said is not None and any(stem in date_lexicon().reaction_verbs for stem in strip_clitics(said.group()))


def on_a_war_day(doc: Document, sentence: Sentence) -> bool:
    """A war-day counter opens the story ("في اليوم الـ450 للعدوان على غزة، واصل
    الاحتلال غاراته"; `war_day` in dates.yaml) in this sentence or an earlier one
    of its paragraph: it names the day of the report, so an act the text leaves
    otherwise undated is that day's (the publication day at day precision), even
    told with an ongoing verb; without it such an act is ongoing or recent (week
    precision, EVENTS.md §2).  The act stays undated by the text (`dated` false):
    the counter raises only the precision."""
    if doc.published is None or present_context(doc, sentence):
        return False
    return any(counts_war_days(doc.norm[doc.norm_index(s.start):doc.norm_index(s.end)])
               for s in doc.sentences
               if s.paragraph == sentence.paragraph and s.start <= sentence.start and not s.is_title)


def dates_other_acts(doc: Document, sentence: Sentence, date: Mention, anchor: Mention) -> bool:
    """The paragraph's date comes from a sentence telling qualified acts of other
    kinds than this sentence's ("اعتقال المتورطين بالتفجير الذي استهدف البلدة
    الجمعة. وأعلن مصدر أمس الأحد مقتل 10 مسلحين في هجوم على القضاء"): a
    statement's own day then dates the new act, not the other acts' day.  When
    the two sentences share a kind of act ("اختطافه أول من أمس ... وأوضح نجله
    أمس أن المسلحين اختطفوا والده") the statement retells that act and keeps the
    paragraph's day.  Unqualified attacks and killings (`is_generic`) tell no
    kind: with only those here, an indefinite attack noun ("في هجوم") still names
    a new act, while a definite one ("في الهجوم") or a bare toll may be the earlier
    act's.  Beside a qualified act (`anchor`), another act of the sentence told by a
    noun is no retelling: "اعتقال المتورطين في التفجير" names the earlier blast but is a
    new arrest, while a verb ("اختطفوه ونهبوا") retells.  Only asserted acts of the
    dated sentence count as kinds told there."""
    told = doc.sentence_at(date.start)
    if told is None:
        return False
    theirs = {t.value.event_type for t in doc.in_span("trigger", told.start, told.end)
              if not is_generic(t) and t.attrs.get("modality", "asserted") == "asserted"}
    triggers = doc.in_span("trigger", sentence.start, sentence.end)
    ours = {t.value.event_type for t in triggers if not is_generic(t) and (
        t is anchor or t.attrs.get("voice") != "noun" or anchor.kind != "trigger" or is_generic(anchor))}
    if not theirs:
        return False
    if ours:
        return theirs.isdisjoint(ours)
    return any(indefinite_attack(t) for t in triggers)


def indefinite_attack(trigger: Mention) -> bool:
    """The trigger is an unqualified attack noun with no definite prefix ("هجوم",
    not "الهجوم"): it names an attack not told before."""
    return trigger.attrs.get("voice") == "noun" and bool(trigger.attrs.get("generic_attack")) and not _definite(trigger)


def wounding_day(doc: Document, sentence: Sentence, dates: list[Mention]) -> Mention | None:
    """The first date after a `wound_cues` phrase ("أعلنت مصرعه اليوم السبت
    متأثرا بإصابته برصاص الجيش الجمعة"): the day of the wounding, which is the
    act (`anchor`, the death word or the shot); the death day only grew its toll."""
    n_from, n_end = doc.norm_index(sentence.start), doc.norm_index(sentence.end)
    cue = next((m.end() for m in _wound_pattern().finditer(doc.norm, n_from, n_end)), None)
    if cue is None:
        return None
    return min((m for m in dates if doc.norm_index(m.start) >= cue), key=lambda m: m.start, default=None)


def wound_told(doc: Document, start: int, end: int) -> bool:
    """The text from `start` to `end` tells a death as following a wound (`wound_cues`:
    "توفي متأثرا بجراحه", "وفاة فلسطينيين إثر إصابتهما"): a later death of one wounded."""
    return _wound_pattern().search(doc.norm, doc.norm_index(start), doc.norm_index(end)) is not None


@functools.cache
def _wound_pattern() -> re.Pattern[str]:
    """`wound_cues` as whole words, longest first."""
    cues = "|".join(map(re.escape, load_event_rules().wound_cues))
    return re.compile(rf"(?<!\S)(?:{cues})(?!\S)")  # one boundary test per position, not one per cue


def recalled_by_relative(doc: Document, sentence: Sentence, anchor: Mention, date: Mention) -> bool:
    """The date is an earlier one (not within the news days) closing a relative
    clause on another act ("أعدم التنظيم أحد الرهائن الذين خطفهم الشهر
    الماضي"): it dates the recalled act, not the one reported.  A recent date
    there ("الذين تظاهروا أول من أمس") may be the news day of both."""
    if _recent(doc, date):
        return False
    if in_other_relative(doc, sentence, anchor, date):
        return True
    found = relative_act(doc, sentence, date)
    return found is not None and found is not anchor and not describes_the_act(doc, anchor, found) \
        and not closes_into_act(doc, sentence, anchor, date)


def closes_into_act(doc: Document, sentence: Sentence, anchor: Mention, date: Mention) -> bool:
    """The act follows the date closely in the same relative clause and stretch
    ("قائد القوات الذي قتل في آذار 2014 في المعارك ضد الفصائل"): it is where the
    recalled act happened, so the old date is its day too (history told to say
    who someone is, background), not a new act on the publication day.  At most
    `_CLOSING_WORDS` words between, each a preposition that takes an act noun
    (`noun_governors` in modality.yaml): a verb there ("قبل أكثر من عام وتوقفت
    المعارك") opens a clause of its own."""
    if anchor.start < date.end or _segment(doc, sentence.start, sentence.end, anchor.start) != \
            _segment(doc, sentence.start, sentence.end, date.end - 1):
        return False
    words = WORD_RE.findall(doc.norm[doc.norm_index(date.end): doc.norm_index(anchor.start)])
    return len(words) <= _CLOSING_WORDS and set(words) <= load_modality().noun_governors


# Words between a relative clause's date and an act noun it still governs ("في", "خلال").
_CLOSING_WORDS = 2


def in_other_relative(doc: Document, sentence: Sentence, anchor: Mention, date: Mention) -> bool:
    """The date follows the act inside a relative clause that hangs on another
    noun, a person or a thing of the act ("قتل الضابط، الذي نجا من محاولة
    اغتيال عام 2015، برصاص مسلحين أمس"): it tells that noun's past (a victim's
    life, a place's history), not the act's day.  The relative pronoun stands
    between the act and the date in the date's stretch between punctuation
    marks; a clause on an act noun (`hangs_on`: "في الهجوم الذي وقع ...") is left alone."""
    pronoun = _relative_pronoun_before_date(doc, sentence, anchor, date)
    if pronoun is None:
        return False
    raw_start, norm_start = pronoun
    if occurrence_clause(doc, anchor, norm_start, date):
        return False
    nouns = [t for t in doc.in_span("trigger", anchor.start, raw_start) if t.attrs.get("voice") == "noun"]
    return not any(hangs_on(doc, noun, norm_start) for noun in nouns)


def occurrence_clause(doc: Document, anchor: Mention, pronoun: int, date: Mention) -> bool:
    """The relative clause opened by the pronoun at normalized offset `pronoun` is "took
    place <date>" and tells the act (`anchor`) itself: its verb, right after the pronoun,
    is one of `occurrence_days.verbs` (clauses.yaml), the date follows it at once or after
    one time word of `occurrence_days.copula_days` ("في"، "يوم": "في الهجوم على المجمع في
    بنغازي، الذي وقع في 11 سبتمبر 2012"، "المواجهات التي جرت الأربعاء"), and the noun the
    pronoun refers to is the act's (`_clause_on_the_act`).

    Why: a clause "that took place <date>" on the act's noun tells when the act occurred,
    however far the pronoun stands from it (a place and a comma between), so the date is
    no description of the place before the pronoun: it is the act's day.  Other things
    take place too (elections, a dispersal commemorated, another incident "like" it), and
    "وقعت في يونيو 2014 بيد" is a town falling into someone's hands: their days are not
    the act's."""
    rules = load_event_rules()
    words = WORD_RE.findall(doc.norm, pronoun, doc.norm_index(date.start))
    if not (2 <= len(words) <= 2 + _TOLD_DAY_GAP and words[1] in rules.occurrence_day_verbs
            and all(word in rules.occurrence_copula_days for word in words[2:])):
        return False
    return not _fell_into_hands(doc, date) and _clause_on_the_act(doc, anchor, pronoun, words[0])


def _fell_into_hands(doc: Document, date: Mention) -> bool:
    """The date is followed by "hands" (`occurrence_days.clause_hands`, after one of
    `clause_hand_leads` at most: "التي وقعت في يونيو 2014 بيد تنظيم داعش"، "في قبضة"): the
    verb is "fell into the hands of", said of a place or a person, not "took place"."""
    rules = load_event_rules()
    sentence = doc.sentence_at(date.start)
    end = doc.norm_index(sentence.end) if sentence is not None else len(doc.norm)
    after = WORD_RE.findall(doc.norm, doc.norm_index(date.end), end)[:2]
    if after and after[0] in rules.occurrence_clause_hand_leads:
        after = after[1:]
    return bool(after) and after[0] in rules.occurrence_clause_hands


def _clause_on_the_act(doc: Document, anchor: Mention, pronoun: int, pronoun_word: str) -> bool:
    """The noun a "took place" clause refers to is the act's (see `occurrence_clause`):
    - a trigger right before the pronoun ("الاشتباكات التي جرت");
    - or, the pronoun following a place, the last act noun before that place, agreeing
      with the pronoun ("في الهجوم على القنصلية في مدينة بنغازي، الذي"; not "هجوم قرب
      مدينة الموصل، التي", which tells the city): a trigger, or one of
      `occurrence_days.nouns` after "في" for a violent act ("وقتل السفير ... في الهجوم على
      المجمع في بنغازي، الذي": the killing was in that attack);
    and that noun is the act's own (the anchor, or an asserted act of its type, two violent
    acts being one incident: "قتل ... في تفجير"), with none of
    `occurrence_days.clause_other_words` before it or after it ("في ذكرى فض الاعتصام الذي"،
    "هجوم مماثل للهجوم الذي").  A recalled act ("فض الاعتصام") is not the act reported.
    - Or the pronoun closes a time frame of at most two words after one of `clause_frames`
      with no act in it ("أثناء محاولة الانقلاب التي وقعت قبل عامين"): the act happened
      during it.
    Any other noun ("الانتخابات التي جرت"، "في الحادثة التي وقعت" of a protest، "ذلك الذي
    وقع") has a day of its own."""
    rules = load_event_rules()
    before = list(WORD_RE.finditer(doc.norm, doc.norm_index(anchor.start), pronoun))
    if not before:
        return False
    raw_pronoun = doc.raw_span(pronoun, pronoun + 1)[0]
    last = doc.raw_span(before[-1].start(), before[-1].end())[0]
    triggers = doc.in_span("trigger", anchor.start, raw_pronoun)
    noun: Mention | None = next((t for t in triggers if t.start <= last < t.end), None)
    if noun is not None:
        at = doc.norm_index(noun.start)
    else:
        place = next((p for p in doc.in_span("place", anchor.start, raw_pronoun) if p.start <= last < p.end), None)
        if place is None:
            return _time_frame(doc, before, triggers)
        noun = next((t for t in reversed(triggers) if t.end <= place.start and t.attrs.get("voice") == "noun"), None)
        n_place = doc.norm_index(place.start)
        word = next((w for i, w in reversed(list(enumerate(before))) if w.end() <= n_place and i > 0
                     and w.group() in rules.occurrence_nouns and before[i - 1].group() == "في"), None)
        if word is not None and (noun is None or word.start() >= doc.norm_index(noun.end)):
            noun = None
            at, head = word.start(), word.group()
        elif noun is not None:
            at, head = doc.norm_index(noun.start), normalize(noun.text).split()[0]
        else:
            return False
        if not _agrees(head, pronoun_word):
            return False
    lead = [w.group() for w in before if w.start() < at][-2:]
    if any(w in rules.occurrence_clause_other_words for w in lead) or any(
            w.group() in rules.occurrence_clause_other_words for w in before if w.start() >= at):
        return False
    if noun is None:
        return anchor.value.event_type in VIOLENT_TYPES
    if noun is anchor:
        return True
    kinds = {noun.value.event_type, anchor.value.event_type}
    return noun.attrs.get("modality", "asserted") == "asserted" and (len(kinds) == 1 or kinds <= VIOLENT_TYPES)


def _time_frame(doc: Document, before: list[re.Match[str]], triggers: list[Mention]) -> bool:
    """The last words before the pronoun are a time frame: one of `occurrence_days.clause_frames`
    and at most two words with no act in them and none of `clause_other_words` ("أثناء محاولة
    الانقلاب")."""
    rules = load_event_rules()
    for size in (1, 2):
        if len(before) <= size or before[-size - 1].group() not in rules.occurrence_clause_frames:
            continue
        frame = before[-size:]
        start = doc.raw_span(frame[0].start(), frame[0].end())[0]
        return not any(t.end > start for t in triggers) and not any(
            w.group() in rules.occurrence_clause_other_words for w in frame)
    return False


def _agrees(head: str, pronoun_word: str) -> bool:
    """A masculine pronoun ("الذي") on a noun (normalized) without a feminine ending, a
    feminine one ("التي") on a noun ending in "ة" or "ات" (a plural of things); other
    pronouns pass."""
    feminine = head.endswith(("ه", "ات"))
    if pronoun_word == "الذي":
        return not feminine
    if pronoun_word == "التي":
        return feminine
    return True


def _relative_pronoun_before_date(doc: Document, sentence: Sentence, anchor: Mention,
                                  date: Mention) -> tuple[int, int] | None:
    """(raw start, normalized start) of the first relative pronoun between the act
    and a date after it, within the date's stretch between punctuation marks; None
    when the date comes first or no pronoun stands there."""
    if date.start < anchor.end:
        return None
    low, _ = _segment(doc, sentence.start, sentence.end, date.start)
    n_from = doc.norm_index(max(low, anchor.end))
    pronouns = load_modality().relative_pronouns
    for word in WORD_RE.finditer(doc.norm, n_from, doc.norm_index(date.start)):
        if word.group() in pronouns:
            return doc.raw_span(word.start(), word.end())[0], word.start()
    return None


def in_another_acts_relative(doc: Document, sentence: Sentence, anchor: Mention, date: Mention) -> bool:
    """The date follows the act inside a relative clause on the noun of another
    act ("أعلنت الشرطة اعتقال خمسة شاركوا في الهجوم الذي استهدف حاجزا الاثنين"):
    it tells when that act took place, however recent, not the day of this one.
    Only an act of another kind counts (an arrest or a protest beside an attack):
    a blast's noun after a suicide attack ("هجوما انتحاريا هو سبب الانفجار الذي
    هز البلدة الاثنين") may be that attack itself."""
    pronoun = _relative_pronoun_before_date(doc, sentence, anchor, date)
    if pronoun is None:
        return False
    raw_start, norm_start = pronoun
    others = [t for t in doc.in_span("trigger", anchor.end, raw_start)
              if t.attrs.get("voice") == "noun" and t.value.event_type != anchor.value.event_type
              and not {t.value.event_type, anchor.value.event_type} <= VIOLENT_TYPES]
    return any(hangs_on(doc, noun, norm_start) for noun in others)


def hangs_on(doc: Document, noun: Mention, pronoun: int) -> bool:
    """The relative pronoun at normalized offset `pronoun` follows the act noun
    with an adjective or two, past a comma or a closing quote at most ("القصف،
    الذي بدأ ..."، "«المسيرات الكبرى»، التي ..."): the clause tells that act."""
    between = doc.norm[doc.norm_index(noun.end): pronoun].rstrip(_CLOSING)
    return not _SEGMENT_MARKS.search(between) and len(WORD_RE.findall(between)) < _ANTECEDENT_WORDS


def describes_the_act(doc: Document, anchor: Mention, act: Mention) -> bool:
    """The relative clause hangs on the act's own noun ("الهجوم الانتحاري الذي
    استهدف مسجدا في مارس الماضي"): it tells that act, so its date is the act's.
    Up to `_ANTECEDENT_WORDS` words (adjectives) may stand between the noun and
    the pronoun, with no punctuation."""
    if anchor.attrs.get("voice") != "noun" or anchor.end > act.start:
        return False
    between = doc.text[anchor.end: act.start]
    words = WORD_RE.findall(doc.norm[doc.norm_index(anchor.end): doc.norm_index(act.start)])
    return not _SEGMENT_MARKS.search(between) and 0 < len(words) <= _ANTECEDENT_WORDS \
        and words[-1] in load_modality().relative_pronouns


# Words between an act noun and the relative pronoun after it: the pronoun and two adjectives.
_ANTECEDENT_WORDS = 3
# Marks that may close an act noun's phrase right before its relative pronoun.
_CLOSING = " ،,\"'»”)"


def recalls_another_act(doc: Document, sentence: Sentence, date: Mention) -> bool:
    """The date closes a relative clause on something other than an act's noun
    ("المطار الذي استعادته القوات الأسبوع الماضي"): it dates that recalled act
    only and sets no time for the sentences after it."""
    act = relative_act(doc, sentence, date)
    return act is not None and not any(
        describes_the_act(doc, noun, act) for noun in doc.in_span("trigger", sentence.start, act.start))


def relative_act(doc: Document, sentence: Sentence, date: Mention) -> Mention | None:
    """The act a date closes a relative clause with ("البصرة التي قتل أحد
    متظاهريها الأسبوع الماضي"، "أعدم أحد الرهائن الذين خطفهم ... الشهر
    الماضي"): the nearest act before it in its stretch, when that is a verb
    right after a relative pronoun.  The date is that act's, not the date of
    the act the relative clause hangs on nor of the sentence's other clauses."""
    low, _ = _segment(doc, sentence.start, sentence.end, date.start)
    before = [t for t in doc.in_span("trigger", low, date.start) if t.end <= date.start]
    if not before or before[-1].attrs.get("voice") == "noun":
        return None
    words = WORD_RE.findall(doc.norm[doc.norm_index(sentence.start): doc.norm_index(before[-1].start)])
    return before[-1] if words and words[-1] in load_modality().relative_pronouns else None


def _closest(doc: Document, sentence: Sentence, dates: list[Mention], anchor: Mention) -> Mention | None:
    """The date nearest the act, one in the act's own stretch between punctuation
    marks first: in "توعد بالثأر لمقتله، الاثنين، إثر غارات استهدفته الخميس
    الماضي" the strike is Thursday's, the nearer Monday is the threat's."""
    own = _segment(doc, sentence.start, sentence.end, anchor.start)

    def key(date: Mention) -> tuple[bool, bool, bool, bool, int]:
        inside = own[0] <= date.start < own[1] and same_act_between(doc, anchor, date)
        return (not (inside and tells_its_occurrence(doc, anchor, date)), not inside,
                date.attrs.get("rule") == "after" and told_after(doc, anchor, own, date, dates),
                narrowed(doc, sentence, date, dates), abs(date.start - anchor.start))

    return min(dates, key=key, default=None)


def told_after(doc: Document, anchor: Mention, own: tuple[int, int], date: Mention, dates: list[Mention]) -> bool:
    """Another day follows the act in its own stretch ("ويأتي الهجوم بعد أسابيع من هجوم مماثل
    وقع في 2 يوليو"): the act's own day, which the gap counted back from the news only
    estimates, so the gap gives way to it.  Not a planned day after publication ("قبيل جلسة
    محاكمته المقررة في 3 ديسمبر"): that is another thing's."""
    return any(other is not date and other.attrs.get("precision") == 1 and isinstance(other.value, dt.date)
               and (doc.published is None or other.value <= doc.published)
               and anchor.start < other.start < own[1] for other in dates)


def narrowed(doc: Document, sentence: Sentence, date: Mention, dates: list[Mention]) -> bool:
    """A month that a day inside it narrows in the same stretch between punctuation
    marks: "خلال صلاة الجمعة في شهر رمضان المبارك في 26 يونيو الماضي" names one day
    twice, and the day, not the nearer month, dates the act."""
    if date.value is None or date.attrs.get("precision") != 3:
        return False
    stretch = _segment(doc, sentence.start, sentence.end, date.start)
    days = date.attrs.get("month_days") or calendar.monthrange(date.value.year, date.value.month)[1]
    last = date.value + dt.timedelta(days=days - 1)
    return any(
        other is not date and other.value is not None and other.attrs.get("precision") == 1
        and stretch[0] <= other.start < stretch[1] and date.value <= other.value <= last
        and _beside(doc, date, other)
        for other in dates
    )


def _beside(doc: Document, month: Mention, day: Mention) -> bool:
    """The day stands beside the month with at most `month_day.reach` words between them, none a
    relative pronoun nor one of `month_day.breaks` (dates.yaml): "في شهر رمضان المبارك في 26 يونيو"."""
    low, high = (month.end, day.start) if month.start < day.start else (day.end, month.start)
    words = WORD_RE.findall(doc.norm[doc.norm_index(low): doc.norm_index(high)])
    breaks, reach = month_day_breaks()
    stops = breaks | load_modality().relative_pronouns
    return len(words) <= reach and all(stops.isdisjoint(strip_clitics(word)) for word in words)


def same_act_between(doc: Document, anchor: Mention, date: Mention) -> bool:
    """Nothing between the act and the date starts another predication: no
    relative pronoun ("منازلهم التي غادروها عام 1948") and only triggers of the
    same act, of its sub-type or an unqualified attack or killing beside a
    specific act ("غارات استهدفته الخميس").  Past another act's noun ("مقتل 6
    من المتورطين في استهداف موكب ... في 24 مارس") the date is that act's, and
    so it is past an act the news follows ("وضبطت أسلحة ... بعد هجوم على سياح
    الشهر الماضي"; `circumstance_words`), however unqualified."""
    low, high = sorted((anchor.end, date.start))
    pronouns = load_modality().relative_pronouns
    told = tells_its_occurrence(doc, anchor, date)
    if any(w.group() in pronouns for w in WORD_RE.finditer(doc.norm, doc.norm_index(low), doc.norm_index(high))) \
            and not told:
        return False
    for trigger in doc.in_span("trigger", low, high):
        if trigger.start == anchor.start or told and normalize(trigger.text) in load_event_rules().occurrence_verbs:
            continue  # the clause's verb tells the act itself ("الاعتداء الذي استهدف المصلين أمس")
        if date.start > anchor.start and follows_circumstance_word(doc, trigger):
            return False
        same_type = trigger.value.sub_event_type == anchor.value.sub_event_type and not is_generic(anchor)
        if not (same_type or (is_generic(trigger) and not is_generic(anchor))):
            return False
    return True


def tells_its_occurrence(doc: Document, anchor: Mention, date: Mention) -> bool:
    """The words from the act's noun to a date after it are a relative clause
    saying when that act took place ("التفجير الإرهابي الذي حدث ... يوم أمس
    الأول"، "الهجوم الذي نفذه التنظيم الخميس"; `occurrence_verbs`): the pronoun
    follows the noun within `_OCCURRENCE_GAP` words, and the verb opens the
    clause.  That date is the act's own, before any other near it."""
    if date.start < anchor.end or anchor.attrs.get("voice") != "noun":
        return False
    between = WORD_RE.findall(doc.norm, doc.norm_index(anchor.end), doc.norm_index(date.start))
    pronouns = load_modality().relative_pronouns
    at = next((i for i, word in enumerate(between) if word in pronouns), None)
    return (at is not None and at <= _OCCURRENCE_GAP and at + 1 < len(between)
            and between[at + 1] in load_event_rules().occurrence_verbs
            and not any(word in pronouns for word in between[at + 1:]))


# Words (adjectives: "التفجير الإرهابي الغاشم") that may stand between an act's noun and "الذي".
_OCCURRENCE_GAP = 3


def told_by_its_relative(doc: Document, trigger: Mention, clause_end: int) -> bool:
    """A definite killing noun followed by a relative clause that tells who carried
    it out ("تصاعد الغضب بعد المجزرة التي ارتكبها الجيش في القرية أمس"): the pronoun
    within `_OCCURRENCE_GAP` words, at once an `occurrence_verbs` verb carrying the
    act's pronoun (ارتكبها، نفذها), and a side named after it in the clause.  The
    sentence tells the act with its author, place or day, even when it is only the
    cause of a reaction, so the noun is a report, not a bare reference back to an
    act told before (a copy of one told before is merged by the dedupe stage).
    Attack nouns ("الهجوم الذي شنته القوات") are left out: typed by their target,
    a retold chemical or rocket attack would come out as a second, clashing event."""
    after = list(WORD_RE.finditer(doc.norm, doc.norm_index(trigger.end), doc.norm_index(clause_end)))
    pronouns = load_modality().relative_pronouns
    at = next((i for i, word in enumerate(after[:_OCCURRENCE_GAP + 1]) if word.group() in pronouns), None)
    if at is None or at + 1 >= len(after):
        return False
    verb = after[at + 1]
    if verb.group() not in load_event_rules().occurrence_verbs or not verb.group().endswith(("ها", "ه")):
        return False
    sides = doc.in_span("actor", doc.raw_span(verb.end(), verb.end())[0], clause_end)
    return any(m.value is not None for m in sides)


def follows_circumstance_word(doc: Document, trigger: Mention) -> bool:
    """The act's noun comes right after a word that makes it an earlier act the
    news follows ("بعد هجوم"، "إثر تفجير"، "منذ مقتل"; `circumstance_words`)."""
    return trigger.attrs.get("voice") == "noun" and _word_right_before(doc, trigger) in load_event_rules().circumstance_words


def _word_right_before(doc: Document, trigger: Mention) -> str | None:
    """The word right before a trigger (within `_CIRCUMSTANCE_CHARS`), or None."""
    before = WORD_RE.findall(doc.norm, max(0, doc.norm_index(trigger.start) - _CIRCUMSTANCE_CHARS),
                             doc.norm_index(trigger.start))
    return before[-1] if before else None


# Characters looked back from an act's noun for a `circumstance_words` word.
_CIRCUMSTANCE_CHARS = 8


def since_act(doc: Document, act: Act) -> bool:
    """Every word telling the act comes right after "since" (`since_words`: "منذ سيطرة
    المتمردين على صنعاء"): the act names when a period began, so a toll told elsewhere
    in its sentence ("خمسة ضحايا نقلوا من موقع التفجير ... منذ سيطرة المتمردين على
    صنعاء") is the news act's, not this one's: it counts only the dead told after it."""
    since_words = load_event_rules().since_words
    return bool(act.triggers) and all(_word_right_before(doc, t) in since_words for t in act.triggers)


def dates_a_later_act(doc: Document, sentence: Sentence, anchor: Mention, date: Mention) -> bool:
    """The date lies in a clause after the act's own that tells an act of its
    own ("اختطفوا فلانا ...، كما اختطفوا علانا أمس"; `boundaries` in
    clauses.yaml) or a parallel fact ("...، بينما أغلق المطار يوم الجمعة";
    `parallel_openers`): it dates that act or fact only.  A date in an
    earlier clause still carries forward ("هاجموا القرية أمس، ثم قتلوا ...")."""
    spans = clauses(doc, sentence)
    act_end = next((b for a, b in spans if a <= anchor.start < b), sentence.end)
    if date.start < act_end:
        return False
    clause = next(((a, b) for a, b in spans if a <= date.start < b), (act_end, sentence.end))
    return bool(asserted_triggers(doc, *clause)) or opens_a_parallel_fact(doc, clause[0])


def opens_a_parallel_fact(doc: Document, start: int) -> bool:
    """The clause starting at `start` opens with a `parallel_openers` phrase
    (maybe after و or ف) that no `while_words` verb follows ("بينما كان
    يتنقل" is the act's own circumstance)."""
    rules = load_event_rules()
    words = " ".join(WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(start) + _OPENER_CHARS])) + " "
    opener = next((f"{c}{o} " for o in rules.parallel_openers for c in ("", "و", "ف")
                   if words.startswith(f"{c}{o} ")), None)
    return opener is not None and words[len(opener):].split(" ", 1)[0] not in rules.while_words


# Characters at a clause's start read for a `parallel_openers` phrase and the word after it.
_OPENER_CHARS = 30


def paragraph_date(doc: Document, sentence: Sentence) -> Mention | None:
    """The date an undated act inherits from earlier sentences of its paragraph.

    That is the latest one in a sentence that reports an act (a date beside a
    plan or a relief ship sets no time for the narration), preferring a recent
    date over one the dates stage marked as recalled ("14 يوليو" beside "خلال
    الساعات الماضية"); with no such sentence, the latest earlier date.  A date
    recalling another act in a relative clause (`recalls_another_act`) is left
    out.  A sentence that sets the present situation beside the story ("يأتي ذلك في
    وقت تتواصل فيه المعارك"; `present_context_openers`) inherits none.  An item
    of a list set out line by line inherits from the line that introduces the
    list as well (`list_head`): "شهدت المحافظة الثلاثاء ما يلي:" dates each line.
    """
    if present_context(doc, sentence):
        return None
    paragraphs = {sentence.paragraph, list_head(doc, sentence.paragraph)}
    earlier = [
        m for m in doc.of_kind("date")
        if m.end <= sentence.start
        and (s := doc.sentence_at(m.start)) is not None
        and s.paragraph in paragraphs
        and not s.is_title
        and not recalls_another_act(doc, s, m)
    ]
    telling = [m for m in earlier if asserted_triggers(doc, *_sentence_span(doc, m))]
    recent = [m for m in telling if not m.attrs.get("background")]
    untold = [m for m in earlier if not names_a_proceeding_day(doc, m)]
    return (recent or telling or untold or [None])[-1]


# Quotation marks and colons end the stretch read for a proceeding's word before a date:
# a day inside the words quoted is not the day they were said.
_QUOTE_MARKS = re.compile(r"[\"«»“”:]")


def names_a_proceeding_day(doc: Document, date: Mention) -> bool:
    """The date is the day of a proceeding, not of an act: a meeting, a visit, a press
    conference or a court's ruling (`proceeding_words` in dates.yaml) stands among the
    `own_date_reach` words before it, past commas but not past a quotation, with no
    trigger between ("تعقد الدول الأربع مساء الأحد اجتماعا"، "ومددت محكمة، الثلاثاء،
    اعتقال المشتبه به"); or the date is a statement's day and what the statement tells
    is such a proceeding ("وقال الوزير في بيان أمس إنه التقى نظيره"): only what follows
    the complementizer is read, not the statement's venue ("خلال مؤتمر صحفي أن").

    `paragraph_date` falls back on such a day only when no sentence before the act
    tells an act; then it dates the meeting or the ruling, and an undated act told
    after it in the paragraph (the crisis a meeting is about, the battles a verdict
    recalls, the attack a court hears) came some time before or is ongoing: it takes
    the publication date at week precision (EVENTS.md §2), or the lead's day when it
    details the lead's act (`lead_day`).  A plain report's day ("أعلن مصدر عسكري اليوم
    أن القوات تقدمت") most often is the news's and still carries on, and so does a day a
    sentence gives an act with no trigger ("ومساء أمس، جرت أعمال عنف جديدة")."""
    sentence = doc.sentence_at(date.start)
    if sentence is None:
        return False
    lex = date_lexicon()
    base = doc.norm_index(sentence.start)
    if dates_other_verb(doc, date) or dates_a_statement(doc, sentence, date):
        after = WORD_RE.findall(doc.norm[doc.norm_index(date.end): doc.norm_index(sentence.end)])
        # what the statement tells follows its complementizer; the words before it
        # are the statement's own venue ("خلال مؤتمر صحفي أن ..."), not its content
        opens = load_event_rules().statement_complements
        told = next((i for i, word in enumerate(after) if word in opens), None)
        after = after if told is None else after[told + 1:]
        return any(stem in lex.proceeding_words for word in after for stem in strip_clitics(word))
    before = doc.norm[base: doc.norm_index(date.start)]
    stop = max((m.end() for m in _QUOTE_MARKS.finditer(before)), default=0)
    words = list(WORD_RE.finditer(before, stop))[-lex.own_date_reach:]
    for word in reversed(words):
        stems = strip_clitics(word.group())
        if any(stem in lex.own_date_verbs for stem in stems):
            return False  # a report's day ("أعلن مصدر، اليوم، أن ..."): the news's
        if any(stem in lex.proceeding_words for stem in stems):
            start, _ = doc.raw_span(base + word.start(), base + word.end())
            return not doc.in_span("trigger", start, date.start)
    return False


def occurrence_day_after(doc: Document, sentence: Sentence) -> Mention | None:
    """The day a following sentence gives when it only tells when the incident took
    place ("وقالت إن هذه الحادثة وقعت يوم 17 يوليو"، "وأكد أن الهجوم وقع فجر السبت";
    `occurrence_days` in clauses.yaml), for a violent act (the incident is never an
    arrest or a protest told before it).

    Reports often give the act first and its day a sentence or two later; read as
    undated, the act took the statement's or the publication's day.  The first later
    sentence with a date, within the reach, decides: a sentence dating something else
    in between ends the search.
    """
    rules = load_event_rules()
    later = [s for s in doc.sentences if s.start >= sentence.end and not s.is_title][: rules.occurrence_reach]
    for following in later:
        dates = doc.in_span("date", following.start, following.end)
        if dates:
            return next((d for d in dates if tells_occurrence_day(doc, following, d)), None)
    return None


def act_day_told_next(doc: Document, sentence: Sentence, anchor: Mention, stated: Mention) -> Mention | None:
    """The act's own day the next sentence gives, where only a statement's day in
    the act's sentence dates it.

    A lead tells the announcement ("أعلن قائد للجيش أمس الاثنين أن جنديين قتلا في
    هجوم") and the next sentence the act itself with its day ("وقال إن الجماعة نصبت
    كمينا للضحيتين أول أمس الأحد"): that earlier day, up to `late_statement_days`
    before the statement's, is the act's (EVENTS.md §5).  A day right after an
    occurrence verb ("وأنه قتل في ضربة وقعت في 11 يوليو"، "العملية التي جرت في 11
    يوليو"; `occurrence_days` in clauses.yaml) says outright when the act took place,
    so it may lie up to `occurrence_days.told_days` before: a strike is often confirmed
    weeks on, and the lead's statement day is then the report's, not the act's.  The
    next sentence must assert acts of one type only, the lead's (any violent one after
    a bare killing, "قتلا"), or, for an occurrence verb's day, violent acts only beside
    a violent lead (the strike and the deaths it caused) told as the lead's own act
    (`tells_same_act`: "الغارة التي وقعت", never "هجوم مماثل وقع" nor "وكان ... قد
    وقع"), give that day as no statement's own, and name every town the lead names.
    """
    if stated.value is None or not sentence.start <= stated.start < sentence.end:
        return None
    following = next((s for s in doc.sentences if s.start >= sentence.end and not s.is_title), None)
    if following is None:
        return None
    if not _place_names(doc, sentence, towns_only=True) <= _place_names(doc, following):
        return None  # the lead's town is not the next sentence's: another act ("في مدينة الباب" ... "قرب مدينة إعزاز")
    kinds = {t.value.event_type for t in asserted_triggers(doc, following.start, following.end)}
    one_kind = len(kinds) == 1 and (anchor.value.event_type in kinds or is_generic(anchor) and kinds <= VIOLENT_TYPES)
    limit, told = load_dedupe_rules().late_statement_days, load_event_rules().occurrence_told_days
    for d in doc.in_span("date", following.start, following.end):
        if d.value is None or int(d.attrs.get("precision", 1)) != 1 \
                or dates_a_statement(doc, following, d) or dates_other_verb(doc, d):
            continue
        gap = (stated.value - d.value).days
        if one_kind and 0 < gap <= limit:
            return d
        # "وأنه قتل في ضربة وقعت في 11 يوليو"، "العملية التي جرت في 11 يوليو أدت إلى مقتل":
        # the violent act and the deaths it caused, told again with the day it took place
        if after_occurrence_verb(doc, following, d) and 0 < gap <= told and kinds and kinds <= VIOLENT_TYPES \
                and anchor.value.event_type in VIOLENT_TYPES and tells_same_act(doc, following):
            return d
    return None  # acts of several kinds there may each have their own day


def tells_same_act(doc: Document, sentence: Sentence) -> bool:
    """True when a sentence tells the lead's act again, not another one: it names an act
    with a definite noun (`occurrence_days.same_act_nouns`: "وقالت إن الغارة التي وقعت في 25
    يونيو"), and has no word of another act (`other_act_words`: "وكان شاب آخر قد استشهد"،
    "من هجوم مماثل وقع في 2 يوليو") nor a pluperfect recall ("وكان هجوم ... قد وقع": a copula,
    then `recall_particles`)."""
    rules = load_event_rules()
    words = [strip_conjunction(word) for word in WORD_RE.findall(doc.norm[
        doc.norm_index(sentence.start): doc.norm_index(sentence.end)])]
    if any(word in rules.occurrence_other_act_words for word in words):
        return False
    copula = next((at for at, word in enumerate(words) if word in rules.occurrence_copulas), None)
    if copula is not None and any(word in rules.occurrence_recall_particles for word in words[copula + 1:]):
        return False
    return any(word in rules.occurrence_same_act_nouns
               or word[:1] in ("ب", "ل") and word[1:] in rules.occurrence_same_act_nouns for word in words)


# Words at most between an occurrence verb and the day it gives ("وقعت في 11 يوليو"، "جرت يوم الأحد").
_TOLD_DAY_GAP = 1


def after_occurrence_verb(doc: Document, sentence: Sentence, date: Mention) -> bool:
    """One of `occurrence_days.verbs` stands right before the date, at most one word
    ("في"، "يوم") between ("قتل في ضربة وقعت في 11 يوليو"): the act took place that day."""
    words = WORD_RE.findall(doc.norm[doc.norm_index(sentence.start): doc.norm_index(date.start)])
    verbs = load_event_rules().occurrence_day_verbs
    return any(word in verbs or strip_conjunction(word) in verbs for word in words[-1 - _TOLD_DAY_GAP:])


def _place_names(doc: Document, sentence: Sentence, towns_only: bool = False) -> set[str]:
    """Gazetteer names of the places a sentence names (with `towns_only`, those at town precision)."""
    return {p.attrs["place"].name for p in doc.in_span("place", sentence.start, sentence.end)
            if p.attrs.get("place") is not None and (not towns_only or p.attrs.get("precision") == 1)}


# Words at most between the occurrence verb and the day it gives ("وقع في وقت مبكر السبت").
_OCCURRENCE_DAY_GAP = 3
# What may stand between the incident's noun and its verb: one adjective, or "قد".
_OCCURRENCE_NOUN_GAP = 1


def tells_occurrence_day(doc: Document, sentence: Sentence, date: Mention) -> bool:
    """The date follows "<the incident> وقع" in its sentence (`occurrence_days`): the incident's own day.
    After a copula ("مقتله كان فجر السبت") only a time word may stand before the date."""
    rules = load_event_rules()
    words = WORD_RE.findall(doc.norm[doc.norm_index(sentence.start): doc.norm_index(date.start)])
    for at in range(len(words) - 1, max(len(words) - 2 - _OCCURRENCE_DAY_GAP, -1), -1):
        if words[at] in rules.occurrence_copulas:
            if not all(word in rules.occurrence_copula_days for word in words[at + 1:]):
                return False  # "القصف كان الأعنف منذ 12 يوليو": a predicate, not the day
        elif words[at] not in rules.occurrence_day_verbs:
            continue
        between = words[max(at - 1 - _OCCURRENCE_NOUN_GAP, 0): at]
        if any(word in load_modality().relative_pronouns for word in between):
            return False  # "التفجير الذي وقع الخميس": a relative clause naming an act, read where it stands
        return any(strip_conjunction(word) in rules.occurrence_nouns for word in between)
    return False


# A paragraph ending with one of these introduces the lines after it ("وجاءت الحصيلة كالتالي:").
_LIST_INTRO_MARKS = (":", "：")
# A line of such a list is a short paragraph: at most this many sentences, and at most
# this many lines stand between the introduction and the line read.
_LIST_ITEM_SENTENCES = 2
_LIST_ITEMS = 12


def list_head(doc: Document, paragraph: int) -> int | None:
    """The paragraph that introduces the list `paragraph` is a line of, or None.

    A day given once at the head of a list ("وفي يوم الثلاثاء شهدت المحافظة
    الأحداث التالية:") dates every line after it, each its own paragraph; the
    lines between must be short (`_LIST_ITEM_SENTENCES`), as list lines are,
    so that a colon ending a paragraph of running text reaches no further.
    """
    sizes: dict[int, int] = {}
    for s in doc.sentences:
        if not s.is_title and paragraph - _LIST_ITEMS <= s.paragraph <= paragraph:
            sizes[s.paragraph] = sizes.get(s.paragraph, 0) + 1
    if sizes.get(paragraph, 0) > _LIST_ITEM_SENTENCES:
        return None
    for before in range(paragraph - 1, max(paragraph - 1 - _LIST_ITEMS, -1), -1):
        if not 0 <= before < len(doc.body):
            return None
        span = doc.body[before]
        if doc.text[span.start: span.end].rstrip().endswith(_LIST_INTRO_MARKS):
            return None if _introduces_verbatim(doc, span.start, span.end) else before
        if sizes.get(before, 0) > _LIST_ITEM_SENTENCES:
            return None
    return None


# How many words before a list's colon may name a text quoted whole (`verbatim_heads`).
_VERBATIM_HEAD_WORDS = 3


def _introduces_verbatim(doc: Document, start: int, end: int) -> bool:
    """The paragraph's closing colon follows a word naming a quoted text ("نص البيان:"):
    the paragraphs after it are that text, whose own days (or none) tell its acts."""
    words = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(end)])[-_VERBATIM_HEAD_WORDS:]
    return not load_event_rules().verbatim_heads.isdisjoint(words)


def present_context(doc: Document, sentence: Sentence) -> bool:
    """The sentence opens with "يأتي ذلك" or the like (`present_context_openers`), or
    a present verb of going on stands among its first words (`present_continuations`:
    "في حين يستمر الاحتلال بقصف المستشفى")."""
    rules = load_event_rules()
    first = WORD_RE.findall(doc.norm[doc.norm_index(sentence.start): doc.norm_index(sentence.end)])[:_OPENER_WORDS]
    words = " ".join(first)
    return any(words == o or words.startswith((o + " ", "و" + o)) for o in rules.present_context_openers) or any(
        strip_conjunction(word) in rules.present_continuations for word in first[:rules.present_continuation_reach])


# Words at a sentence's start compared with `present_context_openers`.
_OPENER_WORDS = 4


def _sentence_span(doc: Document, mention: Mention) -> tuple[int, int]:
    found = doc.sentence_at(mention.start)
    return (found.start, found.end) if found is not None else (mention.start, mention.end)


def _day_of(doc: Document, sentence: Sentence, date: Mention) -> tuple[dt.date | None, int, bool]:
    """The day, precision and text-dated flag a governing date gives the act.

    A period running up to publication ("خلال الشهر الجاري", "خلال الأيام
    الماضية") tells fighting still going on, not a day: the act takes the
    publication date at week precision (EVENTS.md §2), not the period's start.
    """
    precision = int(date.attrs.get("precision", 1))
    if doc.published is not None and runs_to_publication(doc, date, precision) and in_a_period(doc, sentence, date):
        return doc.published, 2, True
    return date.value, precision, True


def in_a_period(doc: Document, sentence: Sentence, date: Mention) -> bool:
    """The date is part of a period phrase ("خلال الشهر الجاري"; `period_totals` in modality.yaml)."""
    at = doc.norm_index(date.start)
    return any(a <= at < b for a, b in sentence_periods(doc, sentence))


def runs_to_publication(doc: Document, date: Mention, precision: int) -> bool:
    """The date's week or month holds the publication day."""
    value, published = date.value, doc.published
    if not isinstance(value, dt.date) or published is None or precision < 2 or value > published:
        return False
    if precision >= 3:
        return (value.year, value.month) == (published.year, published.month)
    return (published - value).days < 7


def future_date(doc: Document, date: Mention) -> bool:
    """The date falls wholly after publication ("مطلع يوليو المقبل").  Beside
    the act it marks the act as scheduled (`after_publication` drops it); in a
    later stretch of the sentence ("شنت هجوما، ومن المقرر ... المقبل") it
    dates something else and is not used for the act."""
    value = date.value
    return isinstance(value, dt.date) and doc.published is not None and (
        value > doc.published + dt.timedelta(days=FUTURE_SLACK_DAYS)
    )


def describes_a_place(doc: Document, anchor: Mention, date: Mention) -> bool:
    """The date sits in a relative clause on a place named after the act that
    reports no act of its own ("قرب مدينة العريش التي زارها الرئيس الشهر
    الماضي"): it dates that description, not the act.  A relative clause
    telling an act ("أهالي البلدة الذين تظاهروا أمس") or on the act's own
    noun ("الهجوم الذي وقع الشهر الماضي") still dates it.  So does a day after a clause
    telling the place's standing state (`place_state_verbs` in clauses.yaml: "قتل 12 في
    بلدة أريحا التي تسيطر عليها المعارضة ... يوم أمس الاثنين"): a present state is no
    past day's, so the day is the act's; a since-date ("منذ 2012") or a day bounding the state
    (`place_state_bounds`: "اعتبارا من الأحد"، "حتى صباح الخميس") is still the state's."""
    if anchor.end >= date.start:
        return False
    n_anchor = doc.norm_index(anchor.end)
    stretch = doc.norm[n_anchor: doc.norm_index(date.start)]
    words = list(WORD_RE.finditer(stretch))
    pronouns = load_modality().relative_pronouns
    at = next((i for i in range(len(words) - 1, 0, -1) if words[i].group() in pronouns), None)
    if at is None or _SEGMENT_MARKS.search(stretch, words[at].end()):
        return False
    rules = load_event_rules()
    if at + 1 < len(words) and words[at + 1].group() in rules.place_state_verbs and not _since_expression(date) \
            and not _bounds_a_state(words, rules):
        return False
    before, pronoun = n_anchor + words[at - 1].start(), n_anchor + words[at].start()
    on_place = any(doc.norm_index(p.start) <= before < doc.norm_index(p.end) for p in doc.in_span("place", anchor.end, date.start))
    told = any(doc.norm_index(t.start) >= pronoun for t in doc.in_span("trigger", anchor.end, date.start))
    return on_place and not told and not occurrence_clause(doc, anchor, pronoun, date)


def _bounds_a_state(words: list[re.Match[str]], rules: EventRules) -> bool:
    """The word right before the date makes it a start or end of the place's state
    (`place_state_bounds`: "اعتبارا من الأحد"، "حتى صباح الخميس").  "من" after an
    early/late word (`time_part_leads`: "في وقت مبكر من صباح أمس الجمعة"، "في الساعات
    الأولى من فجر الأحد") only places the act in its day: no bound, unless a bound word
    stands before that time of day ("اعتبارا من الساعات الأولى من صباح الخميس"، "حتى ساعة
    متأخرة من مساء الخميس"): the state's start or end again."""
    last = strip_conjunction(words[-1].group())
    if last not in rules.place_state_bounds:
        return False
    if not (last == "من" and len(words) > 1 and words[-2].group() in rules.time_part_leads):
        return True
    return len(words) > 3 and strip_conjunction(words[-4].group()) in rules.place_state_bounds


def _since_expression(date: Mention) -> bool:
    """The date is a start ("منذ 2012"، "منذ أيام"): it tells how long a state has lasted."""
    first, since = str(date.attrs.get("expr", "")).split(" ", 1)[0], date_lexicon().since_words
    return first in since or strip_conjunction(first) in since


def later_since(doc: Document, sentence: Sentence, anchor: Mention, date: Mention) -> bool:
    """A since-date past a comma after the act ("قتل عشرة، ليرتفع عدد القتلى
    منذ 19 حزيران إلى 117") starts the period of a total, not the act; one
    that opens a closed range ("منذ أمس الجمعة وحتى صباح اليوم") does date it."""
    if date.start <= anchor.start or _segment(doc, sentence.start, sentence.end, date.start)[0] <= anchor.start:
        return False
    following = WORD_RE.search(doc.norm, doc.norm_index(date.end), doc.norm_index(sentence.end))
    if following is not None and following.group() in load_event_rules().range_ends:
        return False
    return marks_a_period(doc, sentence, date, [])


def ongoing_since(doc: Document, sentence: Sentence, date: Mention) -> bool:
    """The date starts a running war or campaign the act is part of ("مسيرات
    العودة المستمرة منذ 30 آذار"): it describes that noun, not the act."""
    since = load_period_totals().since
    before = WORD_RE.findall(doc.norm[doc.norm_index(sentence.start): doc.norm_index(date.start)])
    if not normalize(date.text).startswith(tuple(since)):
        if not before or before[-1] not in since:
            return False
        before = before[:-1]
    return bool(before) and before[-1] in load_event_rules().ongoing_words


def dates_a_statement(doc: Document, sentence: Sentence, date: Mention) -> bool:
    """The date ends a statement verb's stretch and the statement's content
    follows ("أوضح فلان في صفحته على فيسبوك أمس، أن المسلحين ..."): it is the
    day the statement was made, however far the verb is (the dates stage's
    `verb_start` reaches only a few words, stopping at punctuation).  No
    trigger may stand between the verb and the date."""
    following = WORD_RE.search(doc.norm, doc.norm_index(date.end), doc.norm_index(sentence.end))
    if following is None or following.group() not in load_event_rules().statement_complements:
        return False
    said = last_statement_verb(doc, sentence.start, date)
    if said is None:
        return False
    verb_start, _ = doc.raw_span(said.start(), said.end())
    return not doc.in_span("trigger", verb_start, date.start)


def dates_other_verb(doc: Document, date: Mention) -> bool:
    """The date follows a statement verb (dates stage) with no trigger between them."""
    verb = date.attrs.get("verb_start")
    return verb is not None and not doc.in_span("trigger", verb, date.start)


def day_after(doc: Document, sentence: Sentence, anchor: Mention) -> bool:
    """The act is named right after "غداة" ("the day after")."""
    before = doc.norm[doc.norm_index(sentence.start): doc.norm_index(anchor.start)].split()
    return bool(before) and before[-1] in date_lexicon().day_after_words


def is_background(
    doc: Document, sentence: Sentence, date: dt.date | None, precision: int, dated: bool, anchor: Mention | None = None
) -> bool:
    """An earlier event recalled as context rather than news of the day.

    An act dated to its day and told as news (`told_as_news` of its `anchor`) is recalled only
    after `day_background_days`: reports on an attack's toll or inquiry often
    come a week or two after it.  Such reports are someone's (`event_source`:
    "قال الوزير إن الهجوم الذي وقع في 7 فبراير ..."); the outlet's own telling
    of an act more than `BACKGROUND_DAYS` old after the lead ("وفجر 14 أبريل، قصفت
    مدمرات ...") recalls it beside the story's news, but in the lead it is the
    story (a belated report of one incident).  A recall marker ("كان ... قد") marks the
    whole sentence unless the act is told in a coordinated part of its own
    that has no marker and a recent date of its own (`own_news_part`), or
    unless its own sentence dates it to the publication day or the day before
    (`pluperfect_news_day`): "وكانت تظاهرات كبيرة قد انطلقت الجمعة" in
    Friday's paper, "وكانت الشرطة قد اعتقلته مساء أمس", tell the news behind
    the lead, not an earlier event; a day it takes from the sentences
    before ("برأت المحكمة المعارض الخميس. وكان اعتقاله قد تسبب بمظاهرات")
    is the news's, not the recalled act's.  A month date before the publication's
    month ending within `BACKGROUND_DAYS` is recalled only after a time-clause word
    or when named "last month" (`names_last_month`)."""
    if background_markers(act_text(doc, sentence, anchor)) and not (
        anchor is not None and own_news_part(doc, sentence, anchor)
    ) and not (dated and precision == 1 and pluperfect_news_day(doc, date)
               and names_day_for(doc, sentence, date, anchor)) and not (
        dated and precision == 1 and anchor is not None and within_news_days(doc, date)
        and names_day_in(doc, sentence, date) and recalls_the_statement(doc, sentence, anchor)):
        return True
    if not (dated and date and doc.published):
        return False
    last_day = date
    if precision >= 3:
        next_month = (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        last_day = next_month - dt.timedelta(days=1)
    age = (doc.published - last_day).days
    if age <= BACKGROUND_DAYS:
        return precision >= 3 and anchor is not None and date < doc.published.replace(day=1) and (
            in_time_clause(doc, sentence, anchor) or names_last_month(doc, sentence, date))
    if precision > 1 or anchor is None or age > load_event_rules().day_background_days:
        return True
    return not told_as_news(doc, sentence, anchor) or (
        event_source(doc, sentence, anchor) is None and after_the_lead(doc, sentence))


def after_the_lead(doc: Document, sentence: Sentence) -> bool:
    """A body sentence comes before this one: the sentence is not the story's lead."""
    return any(other.index < sentence.index and not other.is_title for other in doc.sentences)


def pluperfect_news_day(doc: Document, date: dt.date | None) -> bool:
    """The day is at most `pluperfect_news_days` (clauses.yaml) before publication: a
    pluperfect act of that day ("وكانت الشرطة قد اعتقلته مساء أمس") is the news behind the lead."""
    return date is not None and doc.published is not None and (
        0 <= (doc.published - date).days <= load_event_rules().pluperfect_news_days)


def names_last_month(doc: Document, sentence: Sentence, month: dt.date) -> bool:
    """The sentence dates the act with a bare relative month phrase ("الشهر
    الماضي") or a month named with a past mark ("فبراير الماضي"): a writer a few
    days into the next month who gives no day, week or late part of the month
    (`late_month_parts`: "أواخر الشهر الماضي") recalls an earlier act."""
    lexicon, parts = date_lexicon(), load_event_rules().late_month_parts
    for m in doc.in_span("date", sentence.start, sentence.end):
        found = lexicon.relative.get(str(m.attrs.get("expr")))
        named_past = m.attrs.get("rule") == "month" and str(m.attrs.get("expr")).endswith(lexicon.past_marks)
        if m.value != month or not (named_past or found is not None and found.months > 0):
            continue
        before = WORD_RE.findall(doc.norm[doc.norm_index(sentence.start): doc.norm_index(m.start)])
        if not (before and parts.intersection(strip_clitics(before[-1]))):
            return True
    return False


def recalls_the_statement(doc: Document, sentence: Sentence, anchor: Mention) -> bool:
    """The recall marker stands before a statement verb the act is reported
    after ("وكان الجيش قد أعلن أمس أن طائراته قصفت ..."): the pluperfect tells
    when the statement was made, not that the act it reports is an older one.
    The reported part, from the first `statement_complements` word after an
    `own_date_verbs` word up to the act, holds no marker of its own; an act's
    noun right after the verb and its day opens that part too ("وكانت الوزارة قد
    أعلنت السبت مقتل جندي").  A statement in the present before it ("وقال
    المتحدث إن ...، بعدما كانت الشرطة قد أعلنت ...") does not end the search."""
    n_start, n_anchor = doc.norm_index(sentence.start), doc.norm_index(anchor.start)
    verbs, complements = date_lexicon().own_date_verbs, load_event_rules().statement_complements
    said = object_next = False
    stretch = n_start  # where the statement being read starts: after the last one told in the present
    for word in WORD_RE.finditer(doc.norm, n_start, n_anchor + 1):
        if said and (word.group() in complements or object_next and reported_noun(doc, word.start())):
            if background_markers(doc.norm[stretch: word.start()]):
                return not background_markers(act_text(doc, sentence, anchor)[word.start() - n_start:])
            said, stretch = False, word.start()  # a statement in the present: a later one may be the recalled
        if object_next and not in_a_date(doc, word.start()):
            object_next = False
        if any(stem in verbs for stem in strip_clitics(word.group())):
            said = object_next = True
    return False


def reported_noun(doc: Document, norm_at: int) -> bool:
    """An act's noun starts at normalized offset `norm_at`: right after a statement
    verb (and its day) it is the verb's object, the act reported ("وكانت الوزارة
    قد أعلنت السبت مقتل جندي")."""
    raw = doc.raw_span(norm_at, norm_at + 1)[0]
    return any(t.start == raw and t.attrs.get("voice") == "noun" for t in doc.of_kind("trigger"))


def in_a_date(doc: Document, norm_at: int) -> bool:
    """The word at normalized offset `norm_at` is part of a date expression."""
    raw = doc.raw_span(norm_at, norm_at + 1)[0]
    return any(m.start <= raw < m.end for m in doc.of_kind("date"))


def names_day_in(doc: Document, sentence: Sentence, day: dt.date) -> bool:
    """The sentence itself holds a date of that single day."""
    return any(m.value == day and m.attrs.get("precision") == 1 for m in doc.in_span("date", sentence.start, sentence.end))


def names_day_for(doc: Document, sentence: Sentence, day: dt.date, anchor: Mention | None) -> bool:
    """The sentence names that single day with no recall marker between it and the act
    ("وكانت الشرطة قد اعتقلته مساء أمس"): a marker there ("أمس ...، وتعد البلدة من أكثر
    المناطق التي استهدفوها طوال العام المنصرم، حيث فجروا ...") dates the act to that past."""
    for m in doc.in_span("date", sentence.start, sentence.end):
        if m.value != day or m.attrs.get("precision") != 1:
            continue
        if anchor is None:
            return True
        low, high = min(m.end, anchor.start), max(m.start, anchor.end)
        if not background_markers(doc.norm[doc.norm_index(low): doc.norm_index(high)]):
            return True
    return False


def in_time_clause(doc: Document, sentence: Sentence, anchor: Mention) -> bool:
    """The act is the verb right after a `time_clause_words` word inside the
    sentence ("حذروا ... عندما هاجمت القوات البلدة في مارس"): the time of what
    the sentence tells, not its news."""
    before = WORD_RE.findall(doc.norm[doc.norm_index(sentence.start): doc.norm_index(anchor.start)])
    return len(before) > 1 and before[-1] in load_event_rules().time_clause_words


def act_text(doc: Document, sentence: Sentence, anchor: Mention | None) -> str:
    """The sentence's normalized text without the asides after the act: each
    runs from a `recall_asides` word to the next comma ("اعتقلت الشرطة فلانا
    أمس، حيث كان قد انتقد ..."، "وسيطرت القوات، التي يقودها فلان، على البلدة
    منذ العام الماضي").  A recall marker in such an aside recalls what it says
    of a person or thing of the act, not the act."""
    start, end = doc.norm_index(sentence.start), doc.norm_index(sentence.end)
    if anchor is None:
        return doc.norm[start:end]
    asides = load_event_rules().recall_asides
    kept, at = [], start
    for word in WORD_RE.finditer(doc.norm, doc.norm_index(anchor.end), end):
        found = word.group()
        if word.start() < at or not (found in asides or (found.startswith("و") and found[1:] in asides)):
            continue
        kept.append(doc.norm[at: word.start()])
        comma = min((i for i in (doc.norm.find(c, word.end(), end) for c in "،,") if i >= 0), default=end)
        at = comma
    kept.append(doc.norm[at:end])
    return " ".join(kept)


def own_news_part(doc: Document, sentence: Sentence, anchor: Mention) -> bool:
    """The act's part of the sentence, between the "، و" joints around it, has no
    recall marker and a recent date of its own ("وكانت القوات قد طوقت المدينة
    أمس، وأسفرت الغارات عليها صباح اليوم عن ..."): news beside a recall."""
    joints = [m.start() for m in coordination_pattern().finditer(doc.text, sentence.start, sentence.end)]
    start = max((j for j in joints if j < anchor.start), default=sentence.start)
    end = min((j for j in joints if j > anchor.start), default=sentence.end)
    if start == sentence.start and end == sentence.end:
        return False
    if background_markers(doc.norm[doc.norm_index(start): doc.norm_index(end)]):
        return False
    return any(_recent(doc, m) for m in doc.in_span("date", start, end))


def _recent(doc: Document, date: Mention) -> bool:
    """A day or week within `BACKGROUND_DAYS` before publication (the dates stage's own
    `background` flag also follows a recall marker anywhere in the sentence)."""
    value = date.value
    return (isinstance(value, dt.date) and doc.published is not None and int(date.attrs.get("precision", 1)) < 3
            and 0 <= (doc.published - value).days <= BACKGROUND_DAYS)


def told_as_news(doc: Document, sentence: Sentence, anchor: Mention) -> bool:
    """The act is not told after a recall opener (the pluperfect "وكان التنظيم
    خطف ...", an aside "يذكر أن ...") nor in a relative clause on a place ("حي
    القدم، الذي سيطر عليه التنظيم ..."), the forms that recall an earlier act
    beside the story's news.  Nor is it dated by an earlier week of a series
    ("في الجمعة الثانية من المواجهات", the dates stage's `series`), nor told
    as the time of what its sentence says (`in_time_clause`: "تراجعت حدة
    التظاهرات بعد أن بلغت ذروتها في 14 مايو، حين قتل 61"): the news is the
    main clause, the act only its past occasion."""
    if opens_as_recall(doc, sentence) or in_time_clause(doc, sentence, anchor):
        return False
    if any(m.attrs.get("series") and m.attrs.get("background") for m in doc.in_span("date", sentence.start, sentence.end)):
        return False
    return not on_a_place(doc, sentence, anchor)


def opens_as_recall(doc: Document, sentence: Sentence) -> bool:
    """The sentence's first word is a `recall_openers` word (the pluperfect "وكان", an aside "يذكر")."""
    first = WORD_RE.search(doc.norm, doc.norm_index(sentence.start), doc.norm_index(sentence.end))
    return first is not None and first.group() in load_event_rules().recall_openers


def on_a_place(doc: Document, sentence: Sentence, anchor: Mention) -> bool:
    """The act is told in a relative clause whose noun is a place."""
    return place_relative(doc, sentence, anchor) is not None


def place_relative(doc: Document, sentence: Sentence, anchor: Mention) -> int | None:
    """Where the relative pronoun starts (raw offset), when the act is told in
    a relative clause whose noun is a place ("كوباني، المدينة ... التي دمرتها
    معارك"); else None."""
    n_anchor = doc.norm_index(anchor.start)
    stretch_start = doc.norm_index(sentence.start)
    marks = [m.end() for m in _SEGMENT_MARKS.finditer(doc.norm, stretch_start, n_anchor)]
    pronouns = load_modality().relative_pronouns
    for word in reversed(list(WORD_RE.finditer(doc.norm, max(marks, default=stretch_start), n_anchor))):
        if word.group() in pronouns:
            before = doc.norm[stretch_start: word.start()].rstrip(" ،,")
            at = doc.raw_span(stretch_start + len(before) - 1, stretch_start + len(before))[0] if before else None
            on_place = at is not None and any(p.start <= at < p.end for p in doc.in_span("place", sentence.start, anchor.start))
            return doc.raw_span(word.start(), word.end())[0] if on_place else None
    return None


def ground_taken(doc: Document, act: Act, end: int) -> Mention | None:
    """The place a territory verb takes as its object ("طهرت المقاومة جبل صبر من الحوثيين
    واقتربت من مطار تعز"): named right after the verb, or after its subject only, it is
    the ground gained, before any place a preposition brings in later (where the side
    went on to, or came from).  Not a country (a side's name may hold one), and not after
    a present form ("تحررت المدينة" is the intransitive: the place is its subject, told
    beside the news rather than as it)."""
    anchor = act.anchor
    if not anchor.attrs.get("territory") or anchor.attrs.get("voice") != "active" \
            or str(anchor.attrs.get("form", "")).startswith(("ي", "ت", "ن")):
        return None
    actors = doc.in_span("actor", anchor.end, end)
    for place in doc.in_span("place", anchor.end, end):
        if any(a.start <= place.start < a.end for a in actors):
            continue
        value = place.attrs.get("place")
        gap = doc.text[anchor.end: place.start]
        for actor in sorted(actors, key=lambda a: -a.start):
            if anchor.end <= actor.start and actor.end <= place.start:
                gap = gap[: actor.start - anchor.end] + gap[actor.end - anchor.end:]
        if value is None or place.attrs.get("governed") or value.feature_class == "country" or gap.strip():
            return None
        return place
    return None


def relative_ground(doc: Document, sentence: Sentence, act: Act) -> Mention | None:
    """The place a change of territory told in a relative clause on it changed hands at.

    "أسر الجيش 11 مسلحا في مديرية X، التي تم إعلان تحريرها، وانتقلت المعارك إلى مديرية Y":
    what was taken is the clause's noun (the pronoun on "تحريرها" points back to it), not
    the place named after the act; None for any other act, or outside such a clause.
    """
    if act.sub_event_type not in TERRITORY and not act.anchor.attrs.get("territory"):
        return None
    pronoun = place_relative(doc, sentence, act.anchor)
    if pronoun is None:
        return None
    before = [m for m in doc.in_span("place", sentence.start, pronoun) if m.attrs.get("place") is not None]
    if not before:
        return None
    described = before[-1].attrs.get("locates")
    return described if described in before else before[-1]


def a_places_past(doc: Document, sentence: Sentence, anchor: Mention) -> bool:
    """In a sentence that opens as a recall ("وكان هؤلاء تجمعوا ..."; `recall_openers`),
    the act is a noun in a relative clause describing a place, with no date of
    its own there ("كوباني، المدينة التي دمرتها معارك ضارية"): the place's
    history, not the news.  The date of the paragraph belongs to the story
    around it, so nothing dates the act.  (Outside a recall, "العمارة التي
    شهدت مظاهرة حاشدة" may be the news itself.)"""
    if anchor.attrs.get("voice") != "noun" or not opens_as_recall(doc, sentence):
        return False
    pronoun = place_relative(doc, sentence, anchor)
    if pronoun is None:
        return False
    _, stretch_end = _segment(doc, sentence.start, sentence.end, anchor.start)
    return not doc.in_span("date", pronoun, stretch_end)


def earlier_year(doc: Document, sentence: Sentence, start: int, end: int, anchor: Mention) -> bool:
    """The act is dated only by a year the dates stage found well before publication ("عام 2004").

    Such a date has no day to compare, so `is_background` cannot judge it;
    the dates stage's own verdict is used.  A year after the act that tells the
    past of another noun in a relative clause (`in_other_relative`) is passed
    over for another date of the sentence, if there is one: that one is the act's.
    """
    for span in ((start, end), (sentence.start, sentence.end)):
        dates = doc.in_span("date", *span)
        found = _nearest([m for m in dates if not in_other_relative(doc, sentence, anchor, m)] or dates, anchor.start)
        if found is not None:
            return found.value is None and bool(found.attrs.get("background"))
    return False


def count_with_role(doc: Document, start: int, end: int, roles: set[str]) -> int | None:
    """People wounded, abducted or arrested in the act's clause (kept, but never fatalities)."""
    counts = [int(m.value) for m in doc.in_span("number", start, end) if m.attrs.get("role") in roles]
    return sum(counts) if counts else None


def within_news_days(doc: Document, date: dt.date | None) -> bool:
    """The day is no more than `BACKGROUND_DAYS` before publication (nor after it)."""
    return date is not None and doc.published is not None and 0 <= (doc.published - date).days <= BACKGROUND_DAYS


def recalled(doc: Document, sentence: Sentence, trigger: Mention, news_day: bool = False) -> bool:
    """A verbal noun used as a circumstance recalls an earlier act; the news is elsewhere.

    That is a noun opening the sentence after a circumstance word ("وبعد
    سيطرتها على ...، بدأت"), one right after "since" anywhere ("منذ توغل
    المسلحين فيها"), or one owned by a pronoun after "بعد" when no act is told
    before it ("دعا إلى زيارة المدينة بعد تحريرها"), or after a time elapsed
    since it ("هبطت الطائرة بعد أيام من تحريرها"، "بعد تسعة أيام من ضربات مماثلة";
    `elapsed_since`; not a stretch of fighting, `time_lag` in clauses.yaml), or one a part is
    credited in (`credits_a_role`: "لعب دورا كبيرا في استعادة المدينة").  After "بعد" inside a
    sentence that reports an act first, the act may be part of the news
    ("قتلوا الطاقم بعد تفجيرها بلغم"), so it is not recalled.  A change of hands
    after "بعد" with no act before it ("عاد الوزير إلى المدينة بعد تحرير المدينة")
    is the state the news follows, whoever's deed it names: recalled; one with a
    pronoun (`_suffixed`: "قطعت المقاومة الطريق بعد سيطرتها على الجسر") may be
    the same side's deed just before its news.  An act told in
    a relative clause with no date of its own describes its noun
    (`describes_its_noun`), unless the text dates it within the news window
    (`news_day`) and it tells what a named side did at a scene of its own
    ("القوات التركية التي سيطرت على بلدة X", said on Friday: `fresh_deed`).
    A verb right after "since" ("انتقل رئيس الوزراء إلى الشرق منذ استولى فصيل على
    العاصمة") dates the start of a period too: the act is recalled.
    """
    if describes_its_noun(doc, sentence, trigger):
        return not (news_day and fresh_deed(doc, sentence, trigger))
    rules = load_event_rules()
    before = doc.norm[doc.norm_index(sentence.start): doc.norm_index(trigger.start)].split()
    if trigger.attrs.get("voice") != "noun":
        return bool(before) and before[-1] in rules.since_words or antecedent_act(doc, sentence, trigger)
    if elapsed_since(before, done_deed=(normalize(trigger.text).split() or [""])[0] not in rules.lapse_stretches):
        return True
    if credits_a_role(before):
        return True
    if not before or before[-1] not in rules.circumstance_words:
        return False
    if len(before) == 1 or before[-1] in rules.since_words:
        return True
    return (_owned(trigger) or bool(trigger.attrs.get("territory")) and not _suffixed(trigger)) and not any(
        t.start < trigger.start for t in asserted_triggers(doc, sentence.start, sentence.end))


def credits_a_role(before: list[str]) -> bool:
    """The words before an act noun credit someone with a part in it ("لعب المطار
    دورا كبيرا في استعادة المدينة"; `role_credits` in clauses.yaml): the act is
    recalled to describe the one credited, not told as the day's news."""
    rules = load_event_rules()
    if not before or before[-1] != "في":
        return False
    return not rules.role_nouns.isdisjoint(before[-1 - rules.role_window: -1])


def antecedent_act(doc: Document, sentence: Sentence, trigger: Mention) -> bool:
    """A verb right after an `antecedent_openers` phrase ("بعد أن"، "بعدما") in a
    sentence whose news before it is no act ("عاد الوزير أمس إلى عدن بعد أن
    استعادت المقاومة المدينة"): the act is the earlier state of things the news
    follows.  A date before the opener is the main verb's, so the act is
    recalled unless its own clause dates it ("بعدما سيطرت عليها القوات أمس");
    with none ("وأصيب سبعة شرطيين بعد أن فجر مسلحون قنبلة") the act is the news."""
    before = WORD_RE.findall(doc.norm[doc.norm_index(sentence.start): doc.norm_index(trigger.start)])
    if not any(tuple(before[-len(opener):]) == opener for opener in load_event_rules().antecedent_openers):
        return False
    if any(t.start < trigger.start for t in asserted_triggers(doc, sentence.start, sentence.end)):
        return False
    clause = next(((a, b) for a, b in clauses(doc, sentence) if a <= trigger.start < b), None)
    return clause is not None and bool(doc.in_span("date", sentence.start, clause[0])) and not doc.in_span(
        "date", *clause)


def unplaced_gains(doc: Document, sentence: Sentence, act: Act, day_told: bool) -> bool:
    """Ground gained or left over areas the clause does not name ("تمكنت القوات من
    استعادة بعض المناطق التي سقطت في يد المتطرفين"، "حرر الجيش مناطق واسعة") with no
    day told for it, in a sentence that names no place, right after no sentence of its
    paragraph that names one below a country.

    Why: ground changes hands place by place, so this sums up gains with no scene
    to code (EVENTS.md §2, generic statements).  A place of its own sentence ("زيارة
    للوحدات بمأرب بعد سيطرة المقاومة على مواقع عدة") is the scene the positions lie in;
    so is the town or district of the sentence before, in the same story ("شنت القوات
    أمس هجوما في مديرية نهم. وتمكنت القوات من استعادة مواقع عدة"), and a gain dated to
    a day is that day's report."""
    if day_told or geocode.event_places(doc, sentence.start, sentence.end, act.anchor.start):
        return False
    previous = next((s for s in reversed(doc.sentences) if s.end <= sentence.start), None)
    if previous is None or previous.paragraph != sentence.paragraph or previous.is_title:
        return True
    return not any(m.attrs["place"].feature_class != "country"
                   for m in geocode.event_places(doc, previous.start, previous.end)
                   if m.attrs.get("place") is not None)


def before_a_recalled_date(doc: Document, sentence: Sentence, start: int, end: int, act: Act,
                           date: dt.date | None) -> bool:
    """The act's clause opens with an antecedent opener (`antecedent_openers`: "بعدما"،
    "بعد أن"، also after "وذلك"), holds no date of its own, no act is asserted before
    it in its sentence, and the day it took is an old one (not within the news days)
    standing before the opener ("تصاعدت الحرب مع تدخل التحالف في آذار 2015 بعدما تمكن
    المتمردون من السيطرة على مناطق واسعة من البلاد"، "تدخلت القوات عام 2016 بعد أن سيطر
    التنظيم على المدينة").

    Why: that date is the main clause's recalled fact; the act after the opener came
    before it, by an unknown span, so the text gives it no day, week or month at all:
    history recalled as context with nothing to code it by (EVENTS.md §2, generic
    statements), like any recalled act with no date of its own.  The act's noun may
    stand after a verb it completes ("تمكن ... من السيطرة"), which `antecedent_act`
    (a verb right after the opener) does not read.  A recent date there ("عاد الوزير
    أمس بعد أن استعادت القوات المدينة") may be both acts' day: the act stays.  So may
    a date to the day of the last `RECALLED_DAY_DAYS` days: the main clause is then
    most often a reaction to the act, its cause on (about) the same day ("نزح السكان
    في 10 حزيران الماضي بعدما قصفت الطائرات السوق"، "عقد المجلس جلسة طارئة في 5
    حزيران بعد أن قصفت الطائرات حافلة"); only a month or a year, or a day long past,
    recalls history."""
    if date is None or within_news_days(doc, date) or doc.in_span("date", start, end):
        return False
    opened = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(act.anchor.start)])
    if not any(tuple(opened[at: at + len(opener)]) == opener
               for opener in load_event_rules().antecedent_openers for at in (0, 1)):
        return False
    if any(t.start < start for t in asserted_triggers(doc, sentence.start, sentence.end)):
        return False
    long_past = doc.published is None or (doc.published - date).days > RECALLED_DAY_DAYS
    return any(m.value == date and (m.attrs.get("precision") != 1 or long_past)
               for m in doc.in_span("date", sentence.start, start))


def elapsed_since(before: list[str], done_deed: bool = False) -> bool:
    """The words before an act noun count time elapsed since it ("بعد ثلاثة
    أيام على"، "بعد مرور أسبوع على"; `elapsed_since` in clauses.yaml), directly
    or through its announcement ("بعد ثلاثة أيام على إعلان الحكومة تحرير"):
    the act is the recalled reference point of the news.  Before a `done_deed`
    noun the loss links count too: a killing ("بعد أربعة أشهر من مقتل"), a
    place's change of hands ("بعد أيام من تحريرها") or a strike ("بعد تسعة أيام
    من ضربات") is a deed done, not a stretch of fighting ("بعد ثلاثة أيام من
    القتال"; `time_lag.stretches` in clauses.yaml)."""
    rules = load_event_rules()
    link, units = _elapsed_link(before), rules.elapsed_units
    if link is None and done_deed and before and before[-1] in rules.elapsed_loss_links:
        link, units = len(before) - 1, rules.elapsed_loss_units
    if link is None:
        return False
    lead = before[max(link - 1 - rules.elapsed_gap, 0): link]
    opener = max((i for i, word in enumerate(lead) if word in rules.elapsed_openers), default=None)
    return opener is not None and any(word in units for word in lead[opener + 1:])


def gap_after_act(doc: Document, anchor: Mention, date: Mention) -> bool:
    """A gap linked with "من" that the act is told before ("وجاء اقتحام المخيم بعد يومين من
    ..."; the dates stage's `after` rule, `after_gap.framed_links`) dates what follows it, the
    earlier act, never the act it comes after.  With "على" ("وتأتي هذه الهجمات بعد مرور أقل
    من شهر على مقتل 27 عنصرا") the noun before may stand for the recalled attack itself."""
    if date.attrs.get("rule") != "after" or date.start <= anchor.start:
        return False
    link = WORD_RE.search(doc.norm, doc.norm_index(date.end))
    return link is not None and link.group() in framed_links()


def counted_from(doc: Document, sentence: Sentence, anchor: Mention, date: dt.date | None) -> bool:
    """The act is dated by the gap the news comes after ("ويأتي القصف بعد ثلاثة أيام من
    هجوم سروج"; the dates stage's `after` rule, `after_gap` in dates.yaml) and follows it:
    it is the earlier act the news is measured from, recalled as context, whether the
    link is "على" (which `elapsed_since` reads too) or "من"."""
    return date is not None and any(
        m.attrs.get("rule") == "after" and m.value == date and m.end <= anchor.start
        for m in doc.in_span("date", sentence.start, sentence.end)
    )


def killed_long_before(doc: Document, sentence: Sentence, act: Act) -> bool:
    """A killing noun of the act comes after a time elapsed since it ("وذلك بعد
    4 أشهر من مقتل 7 من موظفيها في ضربات"): the deaths, and the strike that
    caused them, are the recalled reference point, whatever trigger anchors
    the act."""
    return any(
        t.attrs.get("generic_killing") and t.attrs.get("voice") == "noun"
        and elapsed_since(doc.norm[doc.norm_index(sentence.start): doc.norm_index(t.start)].split(), done_deed=True)
        for t in act.triggers
    )


def _elapsed_link(before: list[str]) -> int | None:
    """Where the link word ("على") of an elapsed time stands: last before the act,
    or right before an announcement noun a few words before it."""
    rules = load_event_rules()
    if before and before[-1] in rules.elapsed_links:
        return len(before) - 1
    first = max(len(before) - 1 - rules.elapsed_announcement_reach, 1)
    for at in range(len(before) - 1, first - 1, -1):
        if before[at] in rules.elapsed_announcements and before[at - 1] in rules.elapsed_links:
            return at - 1
    return None


def _suffixed(trigger: Mention) -> bool:
    """The first word of the act noun ends in a pronoun of two letters or more, or
    in "ته" (the feminine noun's "ة" before "ه"): "سيطرتها"، "سيطرته"، "تحريرهم"."""
    words = str(trigger.attrs.get("form") or normalize(trigger.text)).split()
    pronouns = load_event_rules().pronoun_suffixes
    suffixes = tuple([p for p in pronouns if len(p) > 1] + ["ت" + p for p in pronouns])
    return bool(words) and words[0].endswith(suffixes)


def _owned(trigger: Mention) -> bool:
    """The verbal noun carries a pronoun suffix ("تحريرها", "اعتقاله"): an act of someone already named."""
    text = normalize(trigger.text).split()
    form = str(trigger.attrs.get("form") or "").split()
    if len(form) != 1 or not text:
        return False
    stem = form[0]
    for written in (stem, stem[:-1] + "ت" if stem.endswith("ه") else ""):
        at = text[0].find(written) if written else -1
        if at >= 0:
            return text[0][at + len(written):] in load_event_rules().pronoun_suffixes
    return False


def fresh_deed(doc: Document, sentence: Sentence, trigger: Mention) -> bool:
    """The relative clause's noun is a side (an actor mention right before the
    relative pronoun) and the act names its scene right after it: a fresh act
    of that side told in passing.  With no scene ("المناطق التي حررها التحالف")
    or an event for its noun ("العملية التي استهدفت المدينة", an act told
    before) the clause only describes its noun."""
    if scene_after(doc, trigger) is None:
        return False
    pronoun_start = doc.norm.rfind(" ", 0, doc.norm_index(trigger.start) - 1)
    head_end = doc.raw_span(pronoun_start, pronoun_start)[0] if pronoun_start >= 0 else trigger.start
    return any(0 <= head_end - m.end <= 1 for m in doc.in_span("actor", sentence.start, trigger.start))


def describes_its_noun(doc: Document, sentence: Sentence, trigger: Mention) -> bool:
    """The act is a verb right after a relative pronoun (or a passive made with
    an auxiliary, "المدينة التي تم تحريرها"), and no date follows in
    its stretch ("قيادات الشرطة التي انسحبت من المدينة"، "الرهينة الذي قبض
    عليه المسلحون"): it tells what the noun did or underwent before, not the
    news.  With its own date ("الذين تظاهروا أول من أمس"), or inside a
    paragraph that narrates a day (`paragraph_date`: "من بين المواقع التي
    سيطرت عليها القوات: ..."), it is dated as usual."""
    if trigger.attrs.get("voice") == "noun" or paragraph_date(doc, sentence) is not None:
        return False
    before = WORD_RE.findall(doc.norm[doc.norm_index(sentence.start): doc.norm_index(trigger.start)])
    if before and before[-1] in load_event_rules().passive_auxiliaries:
        before.pop()  # "التي تم تحريرها": the auxiliary and its noun are the clause's verb
    if not before or before[-1] not in load_modality().relative_pronouns:
        return False
    _, stretch_end = _segment(doc, sentence.start, sentence.end, trigger.start)
    return not doc.in_span("date", trigger.end, stretch_end)


def killed_mentions(
    doc: Document, sentence: Sentence, start: int, end: int, whole_sentence: bool = True,
    own: list[Mention] | None = None,
) -> list[Mention]:
    """The death counts of an act: its clause's, else (when allowed) its sentence's; subsets left out.

    When the clause reports several acts, each count goes to the act it
    describes (`own` are the act's triggers, see `owns_count`), so a strike's
    toll is not also an execution's, a protest's or a second strike's.
    """
    # An arrest, a deal or looting has no deaths of its own beyond its clause.
    strategic = bool(own) and all(t.value.event_type == "Strategic developments" for t in own)
    spans = [(start, end), (sentence.start, sentence.end)] if whole_sentence and not strategic else [(start, end)]
    for span in spans:
        killed = [
            m for m in doc.in_span("number", *span)
            if (m.attrs.get("role") == "killed" or this_weeks_toll(doc, m))
            and not m.attrs.get("subset") and not over_a_period(doc, m, span[1]) and not renewed_toll(doc, m)
        ]
        if killed and own and span == (start, end):
            owned = [m for m in killed if owns_count(doc, m, start, end, own)]
            return _listed_together(doc, sentence, _before_the_act_left_out(doc, start, end, own, owned))
        if own and span != (start, end):
            killed = [m for m in killed if not _told_of_another_act(doc, sentence, m, own)]
        if killed:
            return _listed_together(doc, sentence, killed) if span == (start, end) else killed
    return []


def _listed_together(doc: Document, sentence: Sentence, killed: list[Mention]) -> list[Mention]:
    """The clause's death counts with the counts of one list they belong to across a comma
    ("مقتل عشرة من الجنود، وثلاثة من العمال": the numbers stage's `listed`), which the
    clause's edge may have cut off: one list is one toll, whichever clause its act is in."""
    if not killed:
        return killed
    counts = [m for m in doc.in_span("number", sentence.start, sentence.end) if m.attrs.get("role") == "killed"]
    chosen = {id(m) for m in killed}
    for earlier, later in itertools.pairwise(counts):  # the list's later items
        if later.attrs.get("listed") and id(earlier) in chosen:
            chosen.add(id(later))
    for later, earlier in itertools.pairwise(reversed(counts)):  # ... and its earlier ones
        if later.attrs.get("listed") and id(later) in chosen:
            chosen.add(id(earlier))
    return [m for m in counts if id(m) in chosen] if len(chosen) > len(killed) else killed


def renewed_toll(doc: Document, count: Mention) -> bool:
    """Deaths told with no number as "new" ("مما أسفر عن شهداء جدد"; `renewed_tolls`
    in clauses.yaml): a running toll going on, or the dead of an incident told
    already, not a count for this act.  A massacre is an act, not a toll: "new"
    after it tells a fresh one ("ارتكب الاحتلال مجازر جديدة في القطاع"), whose
    dead are told with no number (3), as `massacre_next` in numbers.yaml reads it."""
    if not count.attrs.get("implicit"):
        return False
    if not number_lexicon().massacre_words.isdisjoint(strip_clitics(normalize(count.text))):
        return False
    rules = load_event_rules()
    after = WORD_RE.findall(doc.norm[doc.norm_index(count.end): doc.norm_index(count.end) + _COUNTED_CHARS])
    return any(word in rules.renewed_words for word in after[: rules.renewed_window])


def this_weeks_toll(doc: Document, count: Mention) -> bool:
    """A total told since a weekday of the last week ("قتل 12 في مواجهات منذ
    الأحد"): the toll of the days the story is about, not a running total over
    a campaign (the numbers stage counts only "منذ أمس" as a day's toll)."""
    if count.attrs.get("role") != "total" or doc.published is None:
        return False
    since = date_lexicon().since_words
    _, high = _segment(doc, count.start, len(doc.text), count.end)
    for date in doc.in_span("date", count.end, high):
        before = WORD_RE.findall(doc.norm[doc.norm_index(count.end): doc.norm_index(date.start)])
        if not (normalize(date.text).startswith(since) or (before and before[-1] in since)):
            continue
        value = date.value
        return date.attrs.get("rule") == "weekday" and isinstance(value, dt.date) and (
            0 <= (doc.published - value).days <= _WEEK)
    return False


# Days back a weekday date can reach.
_WEEK = 7


def _before_the_act_left_out(doc: Document, start: int, end: int, own: list[Mention], killed: list[Mention]) -> list[Mention]:
    """Drop deaths told by a killing of their own before the act's stretch, when the act has a toll of its own.

    "شنت القوات عملية قتلت خلالها 11 مسلحا، وأشاروا إلى مقتل 10 مدنيين في
    انفجار عبوة": the explosion killed 10; the 11 died in the operation told
    before it, even though the clause's unqualified killings joined the
    explosion's act.
    """
    specific = [t for t in own if not is_generic(t)]
    if len(killed) < 2 or not specific:
        return killed
    act_from = min(_segment(doc, start, end, t.start)[0] for t in specific)
    generic_at = [t.start for t in own if is_generic(t)]
    earlier = [
        m for m in killed
        if m.end <= act_from and any(a <= g < b for a, b in [_segment(doc, start, end, m.start)] for g in generic_at)
    ]
    return [m for m in killed if m not in earlier] if len(earlier) < len(killed) else killed


# Punctuation that ends the stretch of a clause a count is read with.
_SEGMENT_MARKS = re.compile(r"[،,؛;:.]")


def owns_count(doc: Document, count: Mention, start: int, end: int, own: list[Mention]) -> bool:
    """Whether a count in a clause of several acts belongs to the act whose triggers are `own`.

    The count belongs to the nearest trigger between the same punctuation
    marks ("قتل 11 مسلحا في عملية ...، وأشاروا إلى مقتل 10 في انفجار"),
    else to the nearest in the clause.  Unqualified killings ("مقتل",
    "قتل") join the clause's violent act (`group_acts`), so beside a
    specific violent act they point to nothing by themselves; nor does a
    definite verbal noun when the act is also named otherwise, nor a weapon
    joined to the noun of another act ("قصف جوي ومدفعي خلف عشرات الشهداء":
    the toll stays with the bombardment the noun names, `joined_weapon`).
    """
    # A strike that backed another side's ground fight takes none of its deaths (`clause_acts`).
    triggers = [t for t in asserted_triggers(doc, start, end) if not t.attrs.get("backing")]
    triggers = [t for t in triggers if not t.attrs.get("joined_weapon")] or triggers
    own_starts = {t.start for t in own}
    if all(t.start in own_starts for t in triggers):
        return True
    if any(not is_generic(t) and t.value.event_type in VIOLENT_TYPES for t in triggers):
        triggers = [t for t in triggers if not is_generic(t)]
    owner = _relative_owner(doc, triggers, count, _segment(doc, start, end, count.start))
    if owner is not None:
        return owner.start in own_starts
    # Deaths belong to a violent act rather than to an arrest, a deal or looting beside it.
    triggers = [t for t in triggers if t.value.event_type != "Strategic developments"] or triggers
    # A definite verbal noun ("جراء القصف") points back to an act named before it.
    triggers = [t for t in triggers if not is_anaphoric(doc, t)] or triggers
    segment = _segment(doc, start, end, count.start)
    near = [t for t in triggers if segment[0] <= t.start < segment[1]] or triggers

    def distance(trigger: Mention) -> int:
        return max(trigger.start - count.end, count.start - trigger.end, 0)

    nearest = min(near, key=distance, default=None)
    return nearest is None or nearest.start in own_starts


def _told_of_another_act(doc: Document, sentence: Sentence, count: Mention, own: list[Mention]) -> bool:
    """A count outside the act's clause told in the relative clause of another act's noun
    ("قصفت تركيا مواقع التنظيم، إثر الهجوم الانتحاري الذي أدى إلى سقوط 32 قتيلا"): that act's toll."""
    triggers = asserted_triggers(doc, sentence.start, sentence.end)
    owner = _relative_owner(doc, triggers, count, _segment(doc, sentence.start, sentence.end, count.start))
    return owner is not None and owner.start not in {t.start for t in own}


def _relative_owner(doc: Document, triggers: list[Mention], count: Mention, stretch: tuple[int, int]) -> Mention | None:
    """The act noun whose relative clause tells the count ("ردا على الهجوم الانتحاري في المدينة
    الذي أدى إلى سقوط 32 قتيلا"): the nearest trigger before the count in its `stretch`, a noun,
    with a relative pronoun (`since_starts.relatives`) between them.  Even a definite noun,
    which otherwise points back to an act told before, owns the deaths its own clause counts."""
    before = [t for t in triggers if stretch[0] <= t.start and t.end <= count.start]
    nearest = max(before, key=lambda t: t.end, default=None)
    if nearest is None or nearest.attrs.get("voice") != "noun":
        return None
    between = WORD_RE.findall(doc.norm[doc.norm_index(nearest.end):doc.norm_index(count.start)])
    return nearest if load_event_rules().began_relatives.intersection(between) else None


def abduction(trigger: Mention) -> bool:
    """People taken by force (not protesters detained): the abducted are not
    fatalities, and the people killed in the raid they were taken in are the
    attack's ("a raid that kills 5 and abducts 30 is an Attack and an
    Abduction", EVENTS.md §1, §4)."""
    return bool(trigger.attrs.get("detention")) and trigger.value.event_type == "Violence against civilians"


def _segment(doc: Document, start: int, end: int, position: int) -> tuple[int, int]:
    """The stretch of [start, end) between the punctuation marks around `position`."""
    text = doc.text
    left = max((m.end() for m in _SEGMENT_MARKS.finditer(text, start, position)), default=start)
    right = next((m.start() for m in _SEGMENT_MARKS.finditer(text, position, end)), end)
    return left, right


def running_total(
    doc: Document, sentence: Sentence, start: int, end: int, whole_sentence: bool = True,
    own: list[Mention] | None = None, killing_only: bool = False,
) -> bool:
    """A toll in a sentence with no date of its own that is given only as "hundreds"
    or "thousands", or told over a period ("خلال العملية"، "في هذه الفترة"، "كان
    آخرهم"; `period_totals` in modality.yaml): a running total, not one act
    (EVENTS.md §2; the floor is `running_totals.vague_floor` in numbers.yaml,
    where the count-level running totals are also defined).  A killing that is
    told only with a count the numbers stage found to be a total ("قتلت الشرطة
    40 شخصا منذ آذار") is that total too, and so is any act whose deaths are
    all counted over days or more (`over_a_period`: "قتل 390 مسلحا خلال
    أسبوعين من الغارات")."""
    if month_total(doc, sentence) or retells_a_month_total(doc, sentence):
        return True
    periods = sentence_periods(doc, sentence)
    if dates_an_act(doc, sentence, periods):
        return False
    killed = killed_mentions(doc, sentence, start, end, whole_sentence, own)
    if not killed:
        counts = doc.in_span("number", start, end)
        totals = any(m.attrs.get("role") == "total" and not total_it_raises(doc, start, end, m, own or [])
                     for m in counts)
        return any(m.attrs.get("role") == "killed" and over_a_period(doc, m, end) for m in counts) or (
            totals and (killing_only or since_a_date(doc, sentence, own or []))
        ) or any(causes_a_total(doc, m, trigger) for m in counts for trigger in own or []) or breaks_down_a_total(
            doc, sentence, sum(int(m.value) for m in killed_mentions(doc, sentence, sentence.start, sentence.end)))
    if all(m.attrs.get("vague") for m in killed) and sum(int(m.value) for m in killed) >= vague_total_floor():
        return True
    return bool(periods) or breaks_down_a_total(doc, sentence, sum(int(m.value) for m in killed)) \
        or since_a_date(doc, sentence, own or [], before_act=True)


def month_total(doc: Document, sentence: Sentence) -> bool:
    """A toll dated only by a whole month ("خلال شهر يوليو الماضي"، "في يوليو"،
    "الشهر الماضي": month-precision dates, leaving out the day a statement was
    made) that a report counts ("ووفقا لإحصاءات الوكالة، قتل 29 جنديا في يوليو";
    `monitor_totals.verbs`: إحصائية، حصيلة، تقرير، وثق، رصد) or that the month
    spans (`period_spans.openers` right before the month: "خلال"، "طوال") with
    a count of `running_totals.vague_floor` or more, killed or wounded ("مقتل
    وإصابة 3440 عراقيا خلال شهر يوليو الماضي") or acts told in the plural
    (`month_plural_acts`: "لقوا مصرعهم خلال الشهر الماضي في هجمات"), is the month's total
    (EVENTS.md §2), not one act.  An act told at a month with neither ("قتل 5
    جنود في كمين قرب البلدة الشهر الماضي") is a background event at month
    precision, and a day in the sentence ("في 12 يوليو") dates an act; so is one
    act a report counts when the sentence names it in the singular
    (`month_single_acts`: "قتل 12 جنديا في كمين ... في يوليو، بحسب تقرير للجيش").  A count
    the numbers stage already made a total ("كاشفا عن مقتل 7 آلاف منذ بدء
    العمليات خلال الشهر الجاري") is no toll of the act, which `running_total`
    weighs on its own (an ongoing shelling the total is told beside stays).  An
    act at a town of its own ("التقرير ... عن التفجيرات التي استهدفت مطار
    بروكسل في آذار 2016 وأسفرت عن مقتل 32") is one act told at its month."""
    dates = [m for m in doc.in_span("date", sentence.start, sentence.end) if not dates_a_statement(doc, sentence, m)]
    if not dates or any(m.attrs.get("precision") != 3 or not isinstance(m.value, dt.date) for m in dates):
        return False
    counts = _toll_counts(doc, sentence)
    if not counts or _names_a_town(doc, sentence):
        return False
    rules = load_event_rules()
    n_start, n_end = doc.norm_index(sentence.start), doc.norm_index(sentence.end)
    words = WORD_RE.findall(doc.norm[n_start:n_end])
    if _names_a_report(doc, sentence):
        return all(rules.month_single_acts.isdisjoint(strip_clitics(word)) for word in words)
    spanned = any(before and strip_conjunction(before[-1]) in rules.period_openers
                  for before in (WORD_RE.findall(doc.norm[n_start: doc.norm_index(date.start)]) for date in dates))
    if not spanned:
        return False
    return max(int(m.value) for m in counts) >= vague_total_floor() or any(
        not rules.month_plural_acts.isdisjoint(strip_clitics(word)) for word in words)


def retells_a_month_total(doc: Document, sentence: Sentence) -> bool:
    """A sentence with no date of its own (but the day a statement was made)
    that names the report it quotes (`monitor_totals.verbs`: "ولا تشمل هذه
    الحصيلة"، "وبحسب إحصائية البعثة") and counts killed or wounded, told after a
    month's total in the same article (`month_total`: "مقتل وإصابة 3440 خلال
    شهر يوليو الماضي") that counts at least as many, breaks that total down:
    a share of the month's count, not one act ("وأشار البيان إلى مقتل 488 من
    قوات الأمن"، "وبحسب الإحصائية بلغ مجموع الضحايا في بغداد 1091").  Each sentence of a
    report may sit in a paragraph of its own, so the paragraph is not asked."""
    if any(not dates_a_statement(doc, sentence, m) for m in doc.in_span("date", sentence.start, sentence.end)):
        return False
    counts = _toll_counts(doc, sentence)
    if not counts or not _names_a_report(doc, sentence):
        return False
    toll = max(int(m.value) for m in counts)
    return any(not other.is_title and _largest_count(doc, other) >= toll and month_total(doc, other)
               for other in doc.sentences if other.end <= sentence.start)


def _toll_counts(doc: Document, sentence: Sentence) -> list[Mention]:
    """The sentence's counts of killed or wounded, leaving out a share of another count."""
    return [m for m in doc.in_span("number", sentence.start, sentence.end)
            if m.attrs.get("role") in {"killed", "wounded"} and not m.attrs.get("subset")]


def _names_a_town(doc: Document, sentence: Sentence) -> bool:
    """A place of the sentence was geocoded to a town or a spot (precision 1), not a region or a country."""
    return any(getattr(m.attrs.get("place"), "precision", None) == 1
               for m in doc.in_span("place", sentence.start, sentence.end))


def _largest_count(doc: Document, sentence: Sentence) -> int:
    """The largest count of killed or wounded in the sentence, 0 when none."""
    return max((int(m.value) for m in doc.in_span("number", sentence.start, sentence.end)
                if m.attrs.get("role") in {"killed", "wounded"}), default=0)


def _names_a_report(doc: Document, sentence: Sentence) -> bool:
    """A word of the sentence (or its stem without clitics) is a monitor's count or report (`monitor_totals.verbs`)."""
    verbs = load_event_rules().monitor_verbs
    words = WORD_RE.findall(doc.norm[doc.norm_index(sentence.start): doc.norm_index(sentence.end)])
    return any(not verbs.isdisjoint(strip_clitics(word)) for word in words)


def total_it_raises(doc: Document, start: int, end: int, count: Mention, own: list[Mention]) -> bool:
    """The total stands past a comma after all the act's words ("قتل جنديان في
    كمين قرب البلدة، ما يرفع عدد قتلى الجيش إلى 300"): the act adds to it,
    told first as an act of its own, not as the total itself.  A count that
    resumes the object of a result verb told before the act's words ("أسفر
    القصف، منذ بدء العملية في 20 يناير، عن مقتل 245"; `_resumes_a_result`) is
    the act's own total, past the comma only because an aside splits it from
    its verb."""
    if not own or _segment(doc, start, end, count.start)[0] <= max(t.end for t in own):
        return False
    verb = _result_verb_at(doc, start, min(t.start for t in own))
    return verb is None or not _resumes_a_result(doc, start, end, count)


def since_a_date(doc: Document, sentence: Sentence, triggers: list[Mention], before_act: bool = False) -> bool:
    """The sentence counts its toll from a calendar day `range_total_days` or
    more before publication ("منذ 7 أكتوبر"، "منذ السابع من تشرين الأول"): the
    act at `triggers` is the means of a running total ("قتل 15 ألفا منذ 7
    أكتوبر في القصف"), not one strike.  A since-phrase counting back ("منذ
    أربع سنوات مضت"), a recent start ("منذ صباح اليوم"), the start of a
    campaign the place suffers (`ongoing_since`: "البلدة التي تتعرض للقصف منذ
    7 أكتوبر") and one past a comma after all the act's words ("قصفت ...،
    ليرتفع العدد منذ 7 أكتوبر إلى": `later_since`) date no total of the act.
    With `before_act` (a toll counted as killed, not as a total) the day must
    come before one of the act's words, which then tell how the period's dead
    died ("قتل 20 منذ 20 كانون الثاني في اشتباكات"); then a named period's
    start counts too ("منذ تسلمه مهامه في 29 آذار، حيث قتل 600").  An act
    that began on the day (`began_long_ago`: "القصف، الذي بدأ في 18 شباط") opens
    the period as "since" does.  So does a day told after the act's words but
    before the death count of a result verb the acts are the subject of ("أسفر
    القصف والإعدامات بحق عدة مواطنين، منذ بدء العملية في 20 يناير، عن مقتل
    245"): the count is the period's dead, whatever other count of victims the
    act's words hold (`_period_result`)."""
    since = load_period_totals().since
    days = load_event_rules().range_total_days
    for date in doc.in_span("date", sentence.start, sentence.end):
        if points_back(date) or not isinstance(date.value, dt.date) or ongoing_since(doc, sentence, date) \
                or (doc.published is not None and (doc.published - date.value).days < days) \
                or (triggers and all(later_since(doc, sentence, trigger, date) for trigger in triggers)
                    and not _period_result(doc, sentence, triggers, date)) \
                or (before_act and not any(date.end <= trigger.start for trigger in triggers)
                    and not _period_result(doc, sentence, triggers, date)):
            continue
        before = doc.norm[doc.norm_index(sentence.start): doc.norm_index(date.start)].split()
        if normalize(date.text).startswith(tuple(since)) or (before and before[-1] in since) \
                or ((before_act or _period_result(doc, sentence, triggers, date)) and starts_a_named_period(before)) \
                or began_long_ago(doc, before, date):
            return True
    return False


def _period_result(doc: Document, sentence: Sentence, triggers: list[Mention], date: Mention) -> bool:
    """A result verb (`war_tolls.verbs`: "أسفر"، "أدى") stands before one of the
    act's words, that word before the since-date, and after the date a death
    count (killed, or marked a total by the numbers stage) in a stretch that
    resumes the verb's object (`_resumes_a_result`): "أسفر [the acts]، منذ [day]،
    عن مقتل 245" tells the acts' dead since that day, the since-phrase an aside
    between them.  A total raised after the act ("أسفر القصف عن مقتل 17، ليرتفع
    العدد منذ 19 حزيران إلى 117") resumes no verb and keeps the act, and so does
    an aside that only ranks the act (`comparisons`: "أسفر القصف، الأعنف منذ بدء
    الحملة في 18 فبراير، عن مقتل 30")."""
    verb = _result_verb_at(doc, sentence.start, date.start)
    acts = [t for t in triggers if verb is not None and verb < doc.norm_index(t.start) and t.end <= date.start]
    if not acts:
        return False
    comparisons = load_event_rules().comparisons
    aside = WORD_RE.findall(doc.norm[doc.norm_index(max(t.end for t in acts)): doc.norm_index(date.start)])
    if any(not comparisons.isdisjoint(strip_clitics(word)) for word in aside):
        return False
    return any(m.attrs.get("role") in {"killed", "total"} and not m.attrs.get("subset")
               and _resumes_a_result(doc, sentence.start, sentence.end, m)
               for m in doc.in_span("number", date.end, sentence.end))


def _resumes_a_result(doc: Document, start: int, end: int, count: Mention) -> bool:
    """The count's stretch (between punctuation marks) opens with a preposition
    that resumes a result verb's object (`since_starts.toll_objects`: "، عن مقتل
    245") and a result verb stands before that stretch in [start, end)."""
    left, _ = _segment(doc, start, end, count.start)
    first = WORD_RE.search(doc.norm, doc.norm_index(left), doc.norm_index(count.start))
    return first is not None and first.group() in load_event_rules().since_toll_objects \
        and _result_verb_at(doc, start, left) is not None


def _result_verb_at(doc: Document, start: int, until: int) -> int | None:
    """The normalized offset of the first result verb (`war_tolls.verbs`, و/ف may be
    written on it) in [start, until), or None."""
    verbs = load_event_rules().war_toll_verbs
    n_from = doc.norm_index(start)
    for word in WORD_RE.finditer(doc.norm, n_from, doc.norm_index(until)):
        if word.group() in verbs or strip_conjunction(word.group()) in verbs:
            return word.start()
    return None


def breaks_down_a_total(doc: Document, sentence: Sentence, toll: int) -> bool:
    """An undated toll of `running_totals.vague_floor` or more told right after a
    running total in its paragraph, and no larger than it, is a share of that
    total ("ارتفع العدد الإجمالي للقتلى إلى 3216 ... ولفت إلى مقتل 2927 من
    التنظيم ... كما لقي 115 مسلحا من الجبهة حتفهم"): a report's breakdown, not
    one act.  The share is itself a total for the next sentence, and so is a toll
    told over a period ("قتل 1332 خلال يوليو الماضي ... وتتضمن الحصيلة 844 مدنيا")."""
    if toll < vague_total_floor():
        return False
    previous = next((s for s in reversed(doc.sentences) if s.end <= sentence.start), None)
    if previous is None or previous.paragraph != sentence.paragraph or previous.is_title:
        return False
    counts = doc.in_span("number", previous.start, previous.end)
    if any(m.attrs.get("role") == "total" and int(m.value) >= toll for m in counts):
        return True
    killed = [m for m in counts if m.attrs.get("role") == "killed" and not m.attrs.get("subset")]
    earlier = sum(int(m.value) for m in killed)
    periods = sentence_periods(doc, previous)
    return bool(killed) and earlier >= toll and not dates_an_act(doc, previous, periods) \
        and (bool(periods) or breaks_down_a_total(doc, previous, earlier))


def causes_a_total(doc: Document, count: Mention, trigger: Mention) -> bool:
    """The act is named as the cause of a running total told before it in its
    stretch ("ارتفاع العدد الإجمالي للقتلى إلى 3216 جراء غارات التحالف";
    `total_causes` in clauses.yaml): the acts the total counts, not one act.
    A vague total ("سقوط عشرات القتلى جراء القصف المتواصل") leaves the ongoing act standing."""
    if count.attrs.get("role") != "total" or count.attrs.get("vague") or count.end > trigger.start:
        return False
    n_from, n_at = doc.norm_index(count.end), doc.norm_index(trigger.start)
    if _SEGMENT_MARKS.search(doc.norm, n_from, n_at):
        return False
    return not load_event_rules().total_causes.isdisjoint(WORD_RE.findall(doc.norm[n_from:n_at]))


def over_a_period(doc: Document, count: Mention, end: int) -> bool:
    """The death count is a total over days or more, told after it in its
    stretch ("قتل 519 مدنيا خلال سبعة أيام من القصف"، "إلى 204 خلال 23 يوما";
    `period_spans` in clauses.yaml) or by a `totals_after` period ("... منذ
    بدء الحرب"): not the toll of the one act the sentence tells."""
    n_from, n_end = doc.norm_index(count.end), doc.norm_index(end)
    mark = _SEGMENT_MARKS.search(doc.norm, n_from, n_end)
    stretch = doc.norm[n_from: mark.start() if mark else n_end]
    return spans_a_period(WORD_RE.findall(stretch)) or total_after("", stretch)


def spans_a_period(words: list[str]) -> bool:
    """An opener ("خلال"، "طوال") followed within a few words by a unit of days or longer ("أيام"، "أسبوعين"),
    or "over the course of" (`period_spans.course_openers`) by a unit of a week or longer
    (`course_units`), with the article too ("حيث قتل 20 فلسطينيا على مدار الأسبوع الماضي"): the
    count is that span's running total.  A course of days or hours ("على مدى يومين"، "على مدى
    الأيام الماضية") is one ongoing battle and keeps its toll."""
    rules = load_event_rules()
    for i, word in enumerate(words):
        following = words[i + 1: i + 1 + rules.period_gap]
        if word in rules.course_openers:
            if any(w in rules.course_units or (w.startswith("ال") and w[2:] in rules.course_units) for w in following):
                return True
        elif word in rules.period_openers and any(w in rules.period_units for w in following):
            return True
    return False


def dates_an_act(doc: Document, sentence: Sentence, periods: list[tuple[int, int]]) -> bool:
    """The sentence holds a date that neither starts a period ("منذ 30 آذار") nor
    is one (`periods`: normalized spans of "خلال الأسبوع الماضي" and the like),
    nor dates the statement that reports the total ("ذكرت الوكالة اليوم أن ...")."""
    return any(
        not (marks_a_period(doc, sentence, m, periods) or dates_other_verb(doc, m) or dates_a_statement(doc, sentence, m))
        for m in doc.in_span("date", sentence.start, sentence.end)
    )


def points_back(date: Mention) -> bool:
    """The dates stage counted the phrase back from publication ("منذ يومين
    مضت"، "قبل ثلاثة أيام") rather than reading it as still going on."""
    return date.attrs.get("rule") == "ago" and not date.attrs.get("ongoing")


def sentence_periods(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Normalized spans of the sentence's period phrases (`period_totals` in modality.yaml)."""
    pattern = load_period_totals().pattern
    return [m.span() for m in pattern.finditer(doc.norm, doc.norm_index(sentence.start), doc.norm_index(sentence.end))]


def marks_a_period(doc: Document, sentence: Sentence, date: Mention, periods: list[tuple[int, int]]) -> bool:
    """The date starts a period ("منذ 30 آذار") or is one ("خلال الأسبوع الماضي").

    A since-phrase the dates stage read as counting back ("منذ أربع سنوات
    مضت": rule "ago", not "ongoing") is a point in the past, not a start; one
    that opens at a time of the day ("منذ فجر اليوم"; `since_day_parts`) spans
    that day and dates its toll."""
    at = doc.norm_index(date.start)
    before = doc.norm[doc.norm_index(sentence.start): at].split()
    if points_back(date) or since_a_time_of_day(before, date):
        return False
    if any(a <= at < b for a, b in periods):
        return True
    words = load_period_totals().since
    return bool(before and before[-1] in words) or normalize(date.text).startswith(tuple(words)) or (
        bool(before) and before[-1] in load_event_rules().range_ends and ends_a_long_range(doc, sentence, date)
    ) or starts_a_named_period(before) or began_long_ago(doc, before, date)


def since_a_time_of_day(before: list[str], date: Mention) -> bool:
    """The date, with the normalized words `before` it in its sentence, is a since-phrase
    opening at a time of the day ("منذ فجر اليوم الخميس"، "منذ صباح أمس"; `since_day_parts`
    in clauses.yaml): the span of a day's news."""
    words = [*before[-1:], *normalize(date.text).split()]
    since = load_period_totals().since
    return any(word in since and following in load_event_rules().since_day_parts
               for word, following in zip(words, words[1:], strict=False))


def began_long_ago(doc: Document, before: list[str], date: Mention) -> bool:
    """The words before the date tell that an act began on it ("وأدى القصف، الذي
    بدأ في 18 شباط، إلى مقتل 1600 مدني"; `since_starts` in clauses.yaml), and
    the day is `range_total_days` or more before publication: a campaign counted
    since then, as with "منذ", not an act of that day.  A recent start ("الهجوم
    الذي بدأ فجر اليوم") is the act's own day."""
    rules = load_event_rules()
    words = before[-3:]
    if words and words[-1] in rules.since_start_links:
        words = words[:-1]
    if len(words) < 2 or words[-1] not in rules.began_verbs or strip_conjunction(words[-2]) not in rules.began_relatives:
        return False
    return isinstance(date.value, dt.date) and doc.published is not None \
        and (doc.published - date.value).days >= rules.range_total_days


def starts_a_named_period(before: list[str]) -> bool:
    """The words before a date tell when a named period began ("منذ بدء مسيرات
    العودة في 30 آذار"; `since_starts` in clauses.yaml): "since", a start word,
    the period's name (up to `since_starts.gap` words), then a link right before
    the date.  A leader's taking office (`office_openers`) names the leader's
    title and full name ("منذ تولي الرئيس النيجيري محمد بخاري الحكم في 29
    أيار": up to `name_gap` words), and an aside about him ("- الذي توعد بسحق
    التمرد -"، "، الذي ...،") is left out: the period still starts on that day.
    No word of the name may close a clause."""
    rules = load_event_rules()
    if not before or before[-1] not in rules.since_start_links:
        return False
    since = load_period_totals().since
    name = _asides_dropped(before[:-1])[-(max(rules.since_name_gap, rules.since_start_gap) + 2):]
    for i, word in enumerate(name[:-1]):
        opener = strip_conjunction(name[i + 1])
        if strip_conjunction(word) not in since or opener not in rules.since_start_openers:
            continue
        reach = rules.since_name_gap if opener in rules.since_office_openers else rules.since_start_gap
        if len(name) - (i + 2) <= reach and not any(other.endswith(_CLAUSE_ENDS) for other in name[i + 1:]):
            return True
    return False


_DASHES = frozenset({"-", "--", "–", "—"})
_CLAUSE_ENDS = ("،", ",", "؛", ";", ".", ":")


def _asides_dropped(words: list[str]) -> list[str]:
    """The normalized `words` without their asides: a stretch between two dashes
    ("بخاري - الذي توعد بسحق التمرد - الحكم"), or a relative clause between two
    commas ("بخاري، الذي توعد بسحق التمرد، الحكم"; `since_starts.relatives`),
    whose opening word keeps its text without the comma."""
    relatives = load_event_rules().began_relatives
    kept: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in _DASHES:
            close = next((j for j in range(i + 1, len(words)) if words[j] in _DASHES), None)
            if close is not None:
                i = close + 1
                continue
        if word.endswith(("،", ",")) and i + 1 < len(words) and strip_conjunction(words[i + 1]) in relatives:
            close = next((j for j in range(i + 1, len(words)) if words[j].endswith(("،", ","))), None)
            if close is not None:
                kept.append(word.rstrip("،,"))
                i = close + 1
                continue
        kept.append(word)
        i += 1
    return kept


def ends_a_long_range(doc: Document, sentence: Sentence, date: Mention) -> bool:
    """The date closes a since-range opened `range_total_days` or more before it
    ("منذ 23 أيلول 2014 وحتى فجر اليوم"): the period of a total, not an act's day.
    A short range ("منذ أمس الجمعة وحتى صباح اليوم") is the act's own span."""
    if not isinstance(date.value, dt.date):
        return False
    since = load_period_totals().since
    days = load_event_rules().range_total_days
    return any(
        isinstance(other.value, dt.date) and (date.value - other.value).days >= days
        and normalize(other.text).startswith(tuple(since))
        for other in doc.in_span("date", sentence.start, date.start)
    )


def death_toll(
    doc: Document, sentence: Sentence, start: int, end: int, whole_sentence: bool = True,
    own: list[Mention] | None = None, civilians_only: bool = False,
) -> tuple[int, int | None, int | None, str] | None:
    """Deaths reported for the act: (value, low, high, words), or None when none are reported.

    Numbers in the act's own clause come first; otherwise the sentence's.
    Counts introduced as a subset ("بينهم 5 أطفال") are marked by the numbers
    stage and skipped; separate groups in one clause are added up (a death
    word with no number told again adds nothing: `_repeated_vague_left_out`); in a
    clause of several acts each count goes to its own act (`own`, the act's
    triggers; see `owns_count`).  For an attack on civilians
    (`civilians_only`) counts of fighters are left out when others remain:
    they are the attackers' dead, not its victims.
    """
    killed = _quoted_retellings_left_out(doc, sentence, killed_mentions(doc, sentence, start, end, whole_sentence, own))
    if civilians_only:
        killed = [m for m in killed if not counts_fighters(doc, m)] or killed
    if not killed:
        return None
    killed = _repeated_vague_left_out(killed)
    total = sum(int(m.value) for m in killed)
    lows = [m.attrs.get("low") for m in killed]
    highs = [m.attrs.get("high") for m in killed]
    low = sum(int(v) for v in lows) if all(v is not None for v in lows) else None
    high = sum(int(v) for v in highs) if all(v is not None for v in highs) else None
    text = " / ".join(m.attrs.get("fatalities_text") or m.text for m in killed)
    return total, low, high, text


def _repeated_vague_left_out(killed: list[Mention]) -> list[Mention]:
    """Leave out a death word with no number that repeats the size of one counted already
    ("سقوط قتلى وجرحى ..., وأنباء عن سقوط قتلى"; "عدد من القتلى ... قتلى"): deaths told
    with no number are one unknown toll, read at its lowest (EVENTS.md section 4: 3),
    not 3 for each time the word comes.  Single persons ("امرأة وطفل") still add up."""
    kept: list[Mention] = []
    sizes: set[int] = set()
    plural = min(number_lexicon().vague.values())  # the least a no-number plural stands for ("عدد من")
    for count in killed:
        value = int(count.value)
        if count.attrs.get("vague") and value >= plural:
            if value in sizes:
                continue
            sizes.add(value)
        kept.append(count)
    return kept



def _quoted_retellings_left_out(doc: Document, sentence: Sentence, killed: list[Mention]) -> list[Mention]:
    """Leave out a death count inside a quotation that gives the same number as a count told
    before the quotation opened ("قتل فيها نحو 20 شخصا، وقال النائب: «... وقتلوا أكثر من 20
    شخصا»"): the witness retells the toll, which is not a second group of dead.  The
    counted nouns must agree: "قتل 5 جنود ... «وقتلوا 5 مدنيين»" tells two groups."""
    if len(killed) < 2:
        return killed
    quotes = quote_spans(doc.text, sentence.start, sentence.end)
    kept: list[Mention] = []
    for count in killed:
        opened = next((q_start for q_start, q_end in quotes if q_start < count.start < q_end), None)
        if opened is not None and any(int(k.value) == int(count.value) and k.end <= opened
                                      and _counted_noun(doc, k) == _counted_noun(doc, count) for k in kept):
            continue
        kept.append(count)
    return kept


def _counted_noun(doc: Document, count: Mention) -> str:
    """The word right after a count, without its accusative ending ("شخصا" → "شخص")."""
    word = WORD_RE.search(doc.norm, doc.norm_index(count.end))
    return word.group().removesuffix("ا") if word else ""


def share_toll(events: list[Event]) -> None:
    """One toll reported for an act at several places is shared out among them.

    "مقتل 7 في قصف على بلدتي X وY" gives X 4 and Y 3: the toll is divided
    evenly, the places named first taking the remainder, so the article's
    total is counted once (ACLED practice when a report does not say where
    each death happened).  An arrest, a deal or looting takes no share:
    ACLED counts deaths under the violent act they came with, so a toll in
    such an act's clause ("اعتقلت ... في عملية راح ضحيتها شرطي") stays in
    its words only.
    """
    if events and events[0].event_type == "Strategic developments" and events[0].fatalities:
        for event in events:
            event.fatalities, event.fatalities_low, event.fatalities_high = 0, 0, 0
        return
    if len(events) < 2 or not events[0].fatalities:
        return
    for name in ("fatalities", "fatalities_low", "fatalities_high"):
        total = getattr(events[0], name)
        if total is None:
            continue
        base, extra = divmod(int(total), len(events))
        for index, event in enumerate(events):
            setattr(event, name, base + (index < extra))


def toll_shares(doc: Document, start: int, end: int, total: int) -> list[tuple[Mention, Mention]]:
    """Parts of an act's toll of `total` told at places of their own: (count, place) pairs.

    "31 قتيلا في غارات على القطاع، 17 منهم في مخيم النصيرات"، "63 شهيدا بينهم 38 في
    مدينة غزة": a count marked as part of the toll (`subset_markers` right before it, or
    one of them right after it) with the place right after it (only `share_place_gap`
    words between).  A part by kind ("بينهم 5 أطفال في المدينة") has a noun between and
    is no share.  Empty unless the parts together are less than the toll, or, for counts
    each told at a place of its own with no marker ("قتل ثلاثة في X واثنان في Y جراء
    غارات": `listed`), are the whole toll at two places or more.
    """
    lexicon = number_lexicon()
    markers = {phrase[0] for phrase in lexicon.subset_markers.items if len(phrase) == 1}
    places = [m for m in doc.in_span("place", start, end) if m.attrs.get("place") is not None]
    shares: list[tuple[Mention, Mention]] = []
    listed: list[tuple[Mention, Mention]] = []
    for count in doc.in_span("number", start, end):
        if count.attrs.get("role") not in (None, "killed") or count.attrs.get("vague") or not count.attrs.get("low"):
            continue
        before = WORD_RE.findall(doc.norm[doc.norm_index(max(start, count.start - 30)): doc.norm_index(count.start)])
        marked = bool(before) and strip_conjunction(before[-1]) in markers
        for place in places:
            if place.start < count.end:
                continue
            gap = WORD_RE.findall(doc.norm[doc.norm_index(count.end): doc.norm_index(place.start)])
            if gap and gap[-1] == place.attrs.get("cue"):
                gap.pop()  # the place's own noun ("في مدينة غزة")
            part = not any(w not in markers and w not in lexicon.share_place_gap for w in gap)
            if len(gap) <= 3 and part and (marked or not markers.isdisjoint(gap)):
                shares.append((count, place))
            elif not marked and markers.isdisjoint(gap) and all(w in lexicon.share_place_gap for w in gap[1:]) \
                    and (place.attrs.get("governed") or gap[-1:] and gap[-1] in lexicon.share_place_gap):
                listed.append((count, place))  # (its counted noun may stand before the place: "3 جنود في X")
            break
    parts = sum(int(count.attrs["low"]) for count, _ in shares)
    if shares:
        return shares if parts < total else []
    places_listed = {m.attrs["place"].name for _, m in listed}
    whole = sum(int(count.attrs["low"]) for count, _ in listed) == total
    return listed if len(places_listed) == len(listed) > 1 and whole else []


def toll_at_places(doc: Document, start: int, end: int, template: Event, events: list[Event]) -> list[Event]:
    """The act's events once parts of its toll told at places of their own take their share.

    Each part (`toll_shares`) goes to an event at its place, made if the act had none
    there; the rest of the toll is shared by the act's other places, or, when it named
    none, goes to the province of the first part's place ("22 قتيلا بينهم 13 في مخيم
    جباليا" over the Strip: 13 at the camp, 9 in the Strip).  A part's place that is
    itself a province has no wider area to leave the rest to: the events stay as they are.
    Parts that make up the whole toll (a list of counts at places) leave no rest: the act's
    events are those places'.
    """
    total = template.fatalities or 0
    shares = toll_shares(doc, start, end, total)
    whole = sum(int(count.attrs["low"]) for count, _ in shares) == total
    if not shares or not whole and any(m.attrs["place"].feature_class in ("admin1", "country") for _, m in shares):
        return events
    rest = list(events)
    parts: list[Event] = []
    for number, (count, mention) in enumerate(shares, 1):
        place = mention.attrs["place"]
        event = next((e for e in rest if e.location == place.name), None)
        if event is None:
            event = _located(template, geocode.location_fields(
                place, int(mention.attrs.get("precision", 1)), mention.attrs.get("surface_ar") or mention.text))
        else:
            rest.remove(event)
        value = int(count.attrs["low"])
        event.fatalities, event.fatalities_low, event.fatalities_high = value, value, value
        event.fatalities_text = count.attrs.get("fatalities_text") or count.text
        event.toll_share = number
        parts.append(event)
    if whole:
        return parts
    if not rest:
        place = shares[0][1].attrs["place"]
        province = load_gazetteer().admin1_place(place.country_code, geocode.admin1_of(place) or "")
        if province is None:
            return events
        rest = [_located(template, geocode.location_fields(province, 3, province.name_ar))]
    left = total - sum(e.fatalities or 0 for e in parts)
    for event in rest:
        event.fatalities = event.fatalities_low = event.fatalities_high = left
        event.toll_share = 0
    share_toll(rest)
    return rest + parts


def event_source(doc: Document, sentence: Sentence, anchor: Mention) -> str | None:
    """Who reported the event inside the article (the outlet itself is not a source).

    Among the sources whose span covers the act, the nearest one introduced
    before it wins ("أعلن X ... هجوم ..., وقال Y" is X's report); a source
    named only after the act ("..., حسبما أفاد Y") is taken when none precedes.
    """
    governing = [
        m for m in doc.of_kind("source")
        if (span := m.attrs.get("governs")) and span[0] <= anchor.start < span[1]
    ]
    before = [m for m in governing if m.start <= anchor.start]
    if before:
        return str(max(before, key=lambda m: m.start).value)
    if governing:
        return str(min(governing, key=lambda m: m.start).value)
    in_sentence = doc.in_span("source", sentence.start, sentence.end)
    return str(in_sentence[0].value) if in_sentence else None


def vague_toll(doc: Document, sentence: Sentence, start: int, end: int, sole_act: bool, act: Act) -> bool:
    """The act's deaths are told only as "a few" ("مصرع عدد من المقاتلين",
    EVENTS.md §4: 3 by convention): a count too small and too vague to share
    out among the places it names (2 and 1 would be invented), so the act is
    one event at its first place.  "Tens" or "hundreds" are still shared."""
    killed = killed_mentions(doc, sentence, start, end, sole_act, act.triggers)
    return len(killed) == 1 and bool(killed[0].attrs.get("vague")) and int(killed[0].value) <= load_event_rules().few_deaths


def armed_victims(doc: Document, sentence: Sentence, start: int, end: int, sole_act: bool, act: Act) -> bool:
    """Every death count of the act is of fighters: the dead were a side in a
    fight.  Civilians counted beside them ("مقتل ستة مدنيين وثلاثة مسلحين")
    make it an attack on civilians in which attackers also died."""
    killed = killed_mentions(doc, sentence, start, end, sole_act, act.triggers)
    return bool(killed) and all(counts_fighters(doc, m) for m in killed)


def counts_fighters(doc: Document, count: Mention) -> bool:
    """The count is of fighters: its own words name them, or the few words
    after it do ("11 من عناصر التنظيم")."""
    after = WORD_RE.findall(doc.norm[doc.norm_index(count.end): doc.norm_index(count.end) + _COUNTED_CHARS])
    words = str(count.attrs.get("fatalities_text") or count.text)
    return (names_fighters(words) or (bool(after) and after[0] == "من" and names_fighters(" ".join(after[1:3])))
            or one_of_the_fighters(doc, count, after))


def one_of_the_fighters(doc: Document, count: Mention, after: list[str]) -> bool:
    """The dead is told as one of a side's fighters by "أحد" in construct with
    the noun ("بمقتل أحد كبار قادتها الميدانيين"), or, for a death told by its
    verb alone, as the subject right before that verb ("إن أحد جنودها قتل").
    Why: the partitive without من hid the fighters' noun, so a commander or
    soldier killed in fighting read as a civilian killed."""
    one_of, ranks = actor_stage.one_of_words(), actor_stage.one_of_ranks()
    if normalize(str(count.attrs.get("fatalities_text") or count.text)) in one_of:
        following = after
    elif count.attrs.get("implicit"):
        # (only the noun, or a rank and the noun, between "أحد" and the verb: "أطلق أحد الجنود
        # النار فقتل" names the killer)
        before = WORD_RE.findall(doc.norm[max(0, doc.norm_index(count.start) - _COUNTED_CHARS): doc.norm_index(count.start)])
        last = before[-3:]
        firsts = [i for i, word in enumerate(last) if strip_conjunction(word) in one_of]
        following = last[firsts[-1] + 1:] if firsts else []
        if len([word for word in following if word not in ranks]) != 1:
            return False
    else:
        return False
    nouns = [word for word in following[:2] if word not in ranks]
    return bool(nouns) and names_fighters(nouns[0])


# Characters after a count searched for the noun it counts ("من عناصر ...").
_COUNTED_CHARS = 40


def names_fighters(words: str) -> bool:
    """Whether a casualty phrase counts fighters or soldiers ("25 مقاتلا", "ثلاثة جنود",
    "8 من جنودها": a possessive suffix does not hide the noun)."""
    stems = set()
    for written in words.split():
        for word in normalize(written).split():
            stems.add(word)
            stems.update(possessed_stems(word, written=written))
    return any(noun in stems or any(w.endswith(noun) for w in stems) for noun in load_event_rules().armed_nouns)
