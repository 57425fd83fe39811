"""Within-article deduplication: one event however often the article reports it.

The lead, the body and a repeated headline often tell the same event.  Two
events merge when they have the same type and sub-type, compatible places
(the same place, or one only known at a coarser level inside the other's
province), compatible dates (equal, or one not dated by the text), and
compatible actors (equal, or one side unknown).  The merged event keeps the
most specific place and date, the best-supported death toll and every
evidence span.

A follow-up sentence that names an act already reported with a definite
verbal noun ("أسفر القصف عن مقتل ..."، "وقتل في الهجوم ..."، "هذه الهدنة")
re-describes that act: it is linked to the latest earlier event of its type
in the same province (its toll and evidence carried over) even when the
sentence's own place, actors or sub-type came out vaguer or different.  So
are acts named as the object of a reaction ("أدانت ... اختطاف الناشط", up to
a week apart) and deaths counted among dead already reported ("من بين
القتلى ثلاثة قادة", whose number is not a new toll).  Follow-ups never move
an event between two exactly named places, and with no earlier event they
stay events of their own.

Two reports of an act on the same named person ("اعتقال الناشط فلان" and
"وجرى اعتقال فلان في منزله") are one act even when the sentences came out
with different sides or a different sub-type.  And a lead that sums up acts
the body then details ("قتل 12 في غارات على ريف إدلب" then "خمسة في بلدة
X ... وسبعة في بلدة Y") folds into the detailed events when their tolls do
not exceed the summary's.  A district report contains the reports at its
towns; strikes by one attacker on one exact place and day are one
bombardment whoever each sentence says was hit; and a second pass joins
events that became one only after earlier merges made them more specific.
Last, an undated detail left standing alone takes the day its article's
lead gives the story's acts (`settle_lead_days`); waiting for it, the detail
folds into no act a later paragraph tells on another day (`_lead_dated_apart`).

A condemnation that names an act after a long subject ("ندد الرئيس خلال
زيارته إلى X بهجوم إرهابي") and gives no toll is the act told before, the
speaker's place aside; "٣ من هؤلاء الضحايا" counts dead told before; and
"another" ("هجوم آخر") makes a further act, never a repeat.  A headline
retelling a body event with its sides reversed is that event (with the
body's sides); the weapon an interception stopped is not a second act; and
one protest told from each side (the crowd's report, and the force's
killings or arrests in it) in the same or adjacent sentences is one protest
event of the strongest sub-type.

A battle needs two armed sides: one read against civilians next to an act
on them by the same side (a raid read as a town taken, an execution as a
clash) is that act, and elsewhere its civilian side counts as unknown.  A
side's withdrawal from a place its enemy took that day is the takeover; a
takeover led by either of two allies is one; a noun explained by "جاء إثر"
re-describes an act told before; and a lead's "بعد الاشتباكات الأخيرة"
with no act before it names the body's later report.

Last, one incident coded under two sub-types (an IED and a suicide bomb,
a shelling and the attack on the civilians it killed) at one spot and day,
by one attacker, in linked sentences is one event of the more specific
sub-type (`incident_folds`); two exactly named villages, a series of acts
and "another" act stay apart.

A vague lead (a country, a rough date) and the body's follow-up dating the
act earlier are one act (`detail_days`); a battle read only from a death
word between a strike's two sides is that strike; another source's bare
toll ("سقوط نحو 10 قتلى") is the toll of the act told just before; a merger
split by province in one sentence is one act (`single_act_sub_types`); and
talks ("المحادثات") are never the truce or deal told before them.  A lead
report at a whole city and a later one at a village or quarter placed by
that city ("غارة على قرية X قرب صنعاء") are one act at the finer place
(`fold_city_details`); the reports of one campaign of arrests or abductions
at one place (its restatements, an appeal to stop it) are one event
(`fold_campaigns`); and a second side that is the first again (a victim
misread as its attacker), or an armed side as the victim of an act on
civilians, counts as unknown when reports are compared.  A
lead dated only by its statement's day ("أفاد بيان ... الاثنين، أن") is the
act the body dates up to a week earlier (`fold_statement_days`), and any
merged event kept at a statement's day takes the act's day a copy gives
(`_take_act_day`); and the copy of an act placed at a direction's
reference point ("في محافظة X، شمال غربي Y") is the act at X
(`fold_locators`).  A sentence about an act's
perpetrator ("منفذ هجوم الطعن ... يخضع للمساءلة") names the act the body
tells (`perpetrator_words`); and a force's killing read as a one-sided
clash next to a protest, or a protest told for the whole province next to
one at its town, is that protest (`protest_lone_acts`), and so is a later
sentence on its killings read directly as that protest's sub-type.  An act
told again in the next sentence with the same toll at the same place and
day is one act whatever its sides (`fold_equal_tolls`).  Reports on two
days at towns or districts more than `apart_km` apart, and acts on two
persons named by title ("اغتيل العقيد فلان", `victim_titles`), stay apart,
and so does a protest introduced with its own crowd ("مظاهرة كبرى حضرها
الآلاف", `crowd_words`) on another day than the one told before it; a
definite "المظاهرة" then names the latest protest told.  A definite noun
in the sentence right after an act ("وأسفر التفجير عن") is that act
whatever day it came out with (`told_just_before`); the control an act
left ("حيث باتت قوات X تبسط سيطرتها") is that act (`fold_consequences`);
and every merged event quotes its best-told copy (`reread`).  A detainee
read as a civilian in one report and by his armed group in another is that
group's member (`member_victim_sub_types`); a deal shares a named party in
either role with its other reports, told up to `party_days` apart
(`party_sub_types`); and an advance ("أحرز الجيش تقدما") merged with the
ground it won is that change of territory (`advance_words`).  Two reports'
tolls add up only when each counts another side's dead (`_merge_toll`),
and a report worded as a recall that gives the current act's own day is
that act (`fold_recalled_copies`).  "Its advance" ("واصلت تقدمها باتجاه X")
goes on with its side's act told just before, at that act's place
(`fold_continued_advances`); and a violent act named as the topic of a
dated statement ("جمدت الأربعاء عمل محققيها حول الهجوم") is the act the
article dates up to `detail_days` earlier (`fold_statement_days`).  Two
reports more than a sentence apart, at two places, each counting its own
dead, are two acts even when one is placed only by its country (`_own_tolls`);
and a sentence whose only subject is the pronoun of the act before it
("وتمكنوا من ... وقتل") is that act's result, at that act's place
(`fold_pronoun_results`).  A report opening with "also" ("كما قصفت ...")
at another named town or district is a further act (`_further_elsewhere`),
and a direction joined by "و" ("شرق X وشمال Y") names another place of a
list, not a locator.  A bare toll giving the act's very count is its toll
up to `equal_toll_reach` sentences later; and a retelling with the same
toll, or giving the other's count among its own, is one act even when one
report's sub-type was only guessed from a death word or a bare "attack".
A report whose sentences name no day carries one from elsewhere: it is on
the day of the act it retells when that act is told to the day (`_one_day`,
`undated_days`); a blast read once more as a fight is that blast
(`incident_folds`); and a later report naming its act only by a death word,
at the act's spot, counting no more dead, is the violent act told last
before it (`fold_unnamed_retellings`), unless it opens as a separate
incident ("وفي حادث منفصل", `separate_words`).  Reports at a town and at its
wider area giving one death count are one act however far apart
(`_shared_count`); one sentence's blast read with two victims is one blast
(`_one_blast`); and a recall naming no day, told right after an act at its
very place, goes on telling that act (`fold_recalled_copies`).  Two allies
of one camp (an army and the coalition backing it) credited with one act at
one place and day, or two gainers of one place from one loser that day, lead
the same act (`join_allied_acts`); a takeover told again with gainer and
loser swapped is the change of hands first told (`_reversed_takeover`); one
sentence's act read on its own day and on its report's day is the act on
the earlier day (`join_sentence_days`); and a report whose sentences name no
day is the act of its kind the article dates up to `undated_days` away, at
its place or only in its province (`fold_undated_copies`).  A force's battle
told with its foe unnamed in one report is the battle another report names that
foe in, whichever side comes first (`_reversed_battle`); a reaction names the
act it condemns whichever copy was flagged background (`reacted_to`); a blast's
toll told again at its province is that blast (`_toll_in_container`); and a
shelling told again later by a bare "targeted" is that shelling (`_bare_attack`).
The next sentence's equal toll at a spot it places by the first report's town
("في منطقة X جنوب غرب Y") is that act (`_located_by`); a report whose sentence
names no place, right after an act of its sub-type, is that act
(`fold_placeless_copies`); and an act retold with its target named by a
camp-mate (a movement, then its armed wing) is one act (`join_camp_targets`).
A day between an announcing verb and the act's noun ("أعلن الفصيل الخميس
اختطاف قائده", `announcement_verbs`) is the announcement's, and a place in the
announcer's stretch before that noun is the speaker's (`fold_statement_days`);
a wide region told right after the place ("بصعيد مصر") locates it (`fold_locators`).
Next to its act, a definite noun placed by the lead's region or by the province's
countryside ("جنوب ليبيا"، "ريف دير الزور") is that act (`_held_by_area`); an exact
toll retold with no victim read is the act whose victim the other names
(`_victim_untold`); and one sentence's change of hands or strike read twice, with the
sides swapped or credited to two camp-mates, is the reading of its first noun
(`join_handovers`, `join_allied_acts`).  An exact toll retold at the very same place below
the country is that act a day off, or at one town told for the month holding its day
(`retold_days`); known only by its country, or with the side hit read as two state forces,
only on one day in reports told together (`_told_together`); a foiling whose fight its own
sentence tells is that fight when it names a side of it or led to it (`_foiled_by`); and
with no day known, a crowd and the force's act on it in one sentence or the next are one
protest (`_one_protest`).  A clash whose foe no word named is the crowd's (`_foe_unread`);
a downing's crew killed "جراء إسقاطها" is the downing's toll (incident link "cause"); a
raid read as arrests in the sentence of the fight it led to is that fight (link "raid"); and
a battle with no foe read, next to its side's violence on civilians, is that violence
(`_misread_battle`).  A report spreading its act over scenes it does not tell apart ("في
جبهات متفرقة"، "في حوادث منفصلة"، "بمحافظتي X وY") is no event beside two or more acts of its
kind the article itemises in its unit on its day, and its total is no one scene's toll
(`fold_scope_summaries`).  A report flagged background that tells the current act's sub-type
by its attacker on its very day and place is that act, which stays current
(`join_background_copies`); and two reports of one sub-type at one place and day, told
close together, whose sides differ only by the agency of one state named ("الشرطة" once,
"الحكومة" or "الجيش" once), are one act (`join_state_agencies`).  The fight that
won a place, named again by a definite noun paragraphs after the takeover ("المعارك التي
شهدتها مديرية X") at its very place and day, is the takeover (`_fight_named_again`), and
so is a clash there credited to a camp-mate of the gainer (the army beside the Popular
Resistance, `_camp_fought`).  One fight's exact toll retold for the same two sides (in
either order) by a statement or the body's first sentence, even a day off or at the city its
lead only measured the place from, is one battle (`_fight_retold`); a report placed only at
the point its own sentence tells a direction from, next to an equal toll, is that act wherever
the other places it (`_at_own_locator`); and property burnt in the sentence of the attack it
killed in is that attack (incident link "deadly").  One sentence's bombardment read both
from its weapon word and from a bare "targeted" ("خمسة قذائف استهدفت مواقع في X") is one act of
the weapon's sub-type (`join_bare_targetings`).  An interception retold with no
interceptor and the interceptor as its target ("تم اعتراض الصاروخ من قبل قوات الدفاع
الجوي") is the interception another report credits to that force (`_lone_force_swapped`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import math
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace

from marsad.document import Document, Event, Mention, Sentence
from marsad.knowledge.actors import STATE_KINDS, ActorRef, load_catalogue, same_camp
from marsad.knowledge.clauses import load_clause_boundaries, load_dedupe_rules, load_event_rules
from marsad.knowledge.gazetteer import Place, load_place_cues
from marsad.knowledge.lexicons import date_lexicon, number_lexicon
from marsad.knowledge.triggers import SUB_TO_TYPE, VIOLENT_TYPES, load_triggers
from marsad.stages.actors import NON_STATE_ARMED
from marsad.stages.dates import background_markers
from marsad.stages.events import (
    CLAUSE_MARKS,
    STATE_INTERS,
    TERRITORY,
    as_one_sided,
    clauses,
    dates_a_statement,
    dates_other_verb,
    is_generic,
    names_a_further_act,
    next_word,
    opens_a_parallel_fact,
    weapon_reaches_verb,
    wound_told,
)
from marsad.stages.numbers import (
    additive_after_words,
    additive_other_words,
    additive_report_words,
    additive_words,
    connective_words,
    parse_number,
)
from marsad.stages.places import distance_before
from marsad.text import WORD_RE, normalize, strip_clitics, strip_conjunction

UNKNOWN_ACTOR_PREFIXES = ("Unidentified Armed Group",)
PLACE_FIELDS = ("country", "iso", "admin1", "admin2", "location", "location_ar", "latitude", "longitude",
                "geo_precision")
TOLL_FIELDS = ("fatalities", "fatalities_text", "fatalities_low", "fatalities_high")
SIDE_FIELDS = ("actor1", "inter1", "assoc_actor_1", "actor2", "inter2", "assoc_actor_2")
INTERCEPTION = "Disrupted weapons use"
REMOTE_VIOLENCE = "Explosions/Remote violence"
STRATEGIC = "Strategic developments"
OTHER = "Other"
CROWD_TYPES = ("Protests", "Riots")
VAC = "Violence against civilians"
Copies = dict[int, list[Event]]  # a merged event's id -> how each of its reports read the act


@dataclass(frozen=True, slots=True)
class Toll:
    """How one report's death toll was read, for weighing it against another's (`_merge_toll`).

    `implicit`: read only from death words with no number ("مقتل شرطي",
    "سقوط قتلى"); `vague`: only from vague quantities ("العشرات"), which
    stand for any number of that size; `victims`: the groups its counts name
    ("29 فردا من الطوارق") among the act's sides, empty unless every count names one;
    `wounded`: its sentence tells a death that followed a wound ("توفي متأثرا بجراحه");
    `subsets`: the counts its sentences give as a part of a toll ("14 شخصا بينهم
    سبعة إيرانيين": 7; numbers' `subset`), for telling a part of its toll (`_part_of_toll`);
    `lower_bound`: every count bounds the toll from below only ("أكثر من 20"; numbers'
    `lower_bound`); `superseded`: every count is an earlier toll the report has since
    replaced ("الحصيلة السابقة أشارت إلى مقتل شخصين"; numbers' `superseded`);
    `total`: the toll was read only from a tally of several days ("شهد مقتل سبعة
    متظاهرين منذ الثلاثاء الماضي"; numbers' role `total`, kept by events'
    `this_weeks_toll`), not from one act's own count; `counts`: the raw spans of the
    count mentions it was read from (for telling two counts of one sentence apart,
    `_one_sentence_sides`).
    """

    implicit: bool = False
    vague: bool = False
    victims: frozenset[str] = frozenset()
    wounded: bool = False
    subsets: frozenset[int] = frozenset()
    lower_bound: bool = False
    superseded: bool = False
    total: bool = False
    counts: frozenset[tuple[int, int]] = frozenset()


NO_TOLL = Toll()


def process(doc: Document) -> None:
    """Merge repeated reports in `doc.events`, keeping first-mention order."""
    if not doc.events:
        return
    merged: list[Event] = []
    targets: Targets = {}
    fresh: set[int] = set()
    pending: dict[int, tuple[bool, bool]] = {}
    copies: Copies = {}
    layout = Layout.of(doc)
    doc.events = join_bare_targetings(doc, doc.events, copies)
    split = place_splits(doc.events)
    acts = split_acts(doc.events, split)
    for event in fold_misread_battles(layout, doc.events, copies):
        if any(_own_shares(kept, event) for kept in merged):
            merged.append(event)  # a part of the sentence's toll at a place of its own
            continue
        kind = follow_up(doc, event)  # also for the first: a lead may name an act its body tells
        if kind == "new":  # "another strike" is never the strike told before, only a part of a lead summary
            fresh.add(id(event))
            twin = next((
                kept for kept in merged
                if summarises(kept, event) or (id(kept) in fresh and same_event(kept, event))
            ), None)
            _keep_or_absorb(doc, merged, event, twin, copies)
            continue
        pointed = pointed_back(doc, merged, event)
        if pointed is not None:  # "حول هذه الاعتقالات": the act told before, named again
            if event.fatalities and not pointed.fatalities:  # "سقط قتلى جراء تلك الغارات": its toll
                pointed.fatalities, pointed.fatalities_text = event.fatalities, event.fatalities_text
            continue
        # "المظاهرة" names the latest protest told, not the first of its week
        order = merged[::-1] if kind == "specific" and event.event_type in CROWD_TYPES else merged
        # a report at one of the places a split act named is that place's act first
        order = sorted(order, key=lambda kept: not (id(kept) in split and kept.location == event.location))
        twin = next((
            kept for kept in order
            if same_event(kept, event) and not _distinct(doc, event, kept) and not _own_tolls(layout, kept, event)
            and not _split_apart(split, kept, event) and not _lead_dated_apart(doc, kept, event)
        ), None)
        if twin is None and kind in ("reaction", "cause"):
            twin = reacted_to(doc, merged, event, cause=kind == "cause")
        elif twin is None and kind is not None:
            # dead counted among dead told before are there, whatever place the sentence adds
            # the dead told before fell in the act: its place may be finer or wider than theirs
            twin = antecedent(merged, event, generic=kind in ("generic", "subset"),
                              named_place=kind not in ("subset", "fallen") and names_place(doc, event),
                              loose_date=kind in ("referenced", "fallen"))
            twin = None if twin is not None and _own_protest(doc, event, twin) else twin
            if twin is None and kind == "referenced":
                # "وفي عدن أدانت الحكومة التفجير": the place before the condemned act is the speaker's
                twin = reacted_to(doc, merged, event, coded_place=True)
        toll_line = twin is None and kind in ("generic", "specific")
        if toll_line:  # its day, sub-type and sides may be anything: only its toll and sentence are kept
            twin = told_just_before(layout, merged, event, generic=kind == "generic", split=split)
        if twin is None:
            twin = same_target(doc, merged, event, targets)
        headline = twin is None and reversed_headline(layout, merged, event)
        twin = twin or headline or None
        if twin is None:
            if kind in ("generic", "specific") and back_reference(doc, event):
                pending[id(event)] = (kind == "generic", names_place(doc, event))
            elif perpetrator_named(doc, event):
                pending[id(event)] = (True, names_place(doc, event))
            merged.append(event)
            continue
        if kind == "subset":
            event.fatalities = 0  # a part of the earlier toll, not a toll of its own
        if kind in ("referenced", "reaction", "fallen") and twin.fatalities:
            event.fatalities = 0  # a reaction's toll is partial ("بمقتل موظف واحد على الأقل")
        if kind in ("generic", "specific") and adds_deaths(doc, event, twin) and twin.fatalities and event.fatalities:
            _add_toll(twin, event)
        if headline and layout.headline(twin):
            _take_sides(twin, event)  # a headline's roles are guessed; the body's are read
        if not toll_line:
            record_copy(copies, twin, event)
        day = (twin.event_date, twin.time_precision) if _statement_day_only(doc, twin, event) else None
        absorb(twin, event, tolls=(toll_of(doc, twin), toll_of(doc, event)))
        _keep_day(twin, day)
        join_targets(targets, twin, event)
    events = fold_summaries(settle(doc, link_forward(merged, pending, copies), fresh, copies, split), copies)
    events = fold_campaigns(layout, fold_city_details(layout, join_camp_targets(layout, events, copies), copies), copies)
    events = fold_locators(layout, fold_statement_days(layout, events, copies), copies)
    events = fold_salvo_reports(doc, fold_interceptions(doc, fold_instruments(doc, events, copies), copies), copies)
    events = fold_foiled_attacks(doc, events, copies)
    events = join_protests(layout, events, copies)
    events = join_incidents(layout, join_handovers(layout, fold_consequences(layout, events, copies), copies), copies)
    events = fold_continued_advances(layout, fold_recalled_copies(layout, events, targets, copies), copies)
    events = fold_pronoun_results(layout, events, copies)
    events = join_single_acts(fold_bare_tolls(layout, fold_killing_battles(layout, events, copies)))
    events = fold_unnamed_retellings(layout, events, copies)
    events = join_sentence_days(fold_undated_copies(layout, fold_equal_tolls(layout, events, copies), copies), copies)
    events = join_background_copies(layout, join_sentence_twins(events, copies), copies)
    events = join_state_agencies(layout, events, copies)
    events = join_allied_acts(layout, fold_placeless_copies(layout, events, copies), copies)
    events = fold_scope_summaries(layout, events, copies)
    doc.events = reread(doc, events, copies)
    share_split_attacker(doc.events, acts)
    for event in doc.events:
        _quote_first(doc, event)
        # a clash whose victim a merged copy named as civilians was one-sided all along
        as_one_sided(event)
    settle_lead_days(doc)


def settle_lead_days(doc: Document) -> None:
    """Give the lead's one day to the acts a later paragraph details undated (`lead_day`,
    events.py: "قتل ستة اليوم في حوادث منفصلة" then "وأضاف المصدر أن انفجار عبوة ...").

    The merging rules above read such an act as undated (a detail retelling the dated
    lead folds into it), so the events stage leaves it at the publication date at week
    precision with the day kept aside; an act still standing alone at that date is an
    incident of the lead's day, told at day precision.  One that took another report's
    day in a merge keeps it."""
    published = doc.published.isoformat() if doc.published else None
    for event in doc.events:
        if event.lead_day and event.time_precision == 2 and event.event_date == published:
            event.event_date, event.time_precision = event.lead_day, 1


def _quote_first(doc: Document, event: Event) -> None:
    """Put the span of the quoted sentence first: `evidence` is the text at `evidence_spans[0]`."""
    spans = event.evidence_spans
    at = next((i for i, span in enumerate(spans) if doc.slice(*span) == event.evidence), 0)
    spans.insert(0, spans.pop(at))


def _keep_or_absorb(
    doc: Document, merged: list[Event], event: Event, twin: Event | None, copies: Copies
) -> None:
    """Keep `event` as a new one, or fold it into `twin`."""
    if twin is None:
        merged.append(event)
    else:
        record_copy(copies, twin, event)
        absorb(twin, event, tolls=(toll_of(doc, twin), toll_of(doc, event)))


def settle(
    doc: Document, events: list[Event], fresh: Collection[int] = (), copies: Copies | None = None,
    split: Collection[int] = (),
) -> list[Event]:
    """Merge the kept events that became one event's reports only after earlier merges.

    A merge makes the kept event more specific (a town for a province, a
    day for a week), so two events kept apart while one was vaguer may now
    match; one more pass joins them, in first-mention order.  A summary
    folds here only into a place it contains: merged events carry several
    reports, and a loose fold would chain distinct towns together.  An act
    told as a further one (`fresh`) only details a summary told before it;
    an act split by place (`split`, see `place_splits`) keeps its places apart.
    """
    kept: list[Event] = []
    layout = Layout.of(doc)
    for event in events:
        twin = next((
            other for other in kept
            if (summarises(other, event, strict=True) if (id(other) in fresh) != (id(event) in fresh)
                else same_event(other, event, strict=True) and not _distinct(doc, event, other)
                and not _own_tolls(layout, other, event) and not _split_apart(split, other, event)
                and not _lead_dated_apart(doc, other, event))
        ), None)
        if twin is None:
            kept.append(event)
        else:
            record_copy(copies, twin, event)
            absorb(twin, event, tolls=(toll_of(doc, twin), toll_of(doc, event)))
    return kept


def join_bare_targetings(doc: Document, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold one sentence's bombardment read twice, by its weapon and by a bare "targeted".

    "خمسة قذائف استهدفت مواقع في حي X" and "قتل 14 في القصف الذي استهدف قاعدة Y
    الجوية" each tell one act: the verb naming no weapon of its own ("استهدف", a
    `generic_attack` trigger) says what the weapon word before it did, yet the events
    stage reads it as an act of its own and guesses its sub-type (an air strike from the
    base's name "الجوية", or from the attacker).  A remote-violence report read only from
    such a verb, at the place and on the day of a report of another remote sub-type from
    the very same sentence, by the same attacker (or one of the two untold), is that
    report (which keeps its sub-type and takes the verb's toll); the verb's reports at the
    sentence's other places take that sub-type, so they meet the weapon's other copies.
    Two weapons named in one sentence ("غارات جوية وقصف مدفعي") are two acts: neither is
    read from a bare verb, and they stay apart (`_bombardment_retold`).
    """
    kept = list(events)
    for event in events:
        if event not in kept or not _bare_targeting(doc, event) or not _weapon_before_verb(doc, event):
            continue
        host = next((
            other for other in kept
            if other is not event and other.event_type == event.event_type == "Explosions/Remote violence"
            and other.sub_event_type != event.sub_event_type and not _bare_targeting(doc, other)
            and other.evidence_spans[:1] == event.evidence_spans[:1]
            and (other.location, other.admin1, other.country) == (event.location, event.admin1, event.country)
            and other.event_date == event.event_date and _actors_compatible(other.actor1, event.actor1)
        ), None)
        if host is None:
            continue
        for place in kept:  # the verb's act at the sentence's other places is the weapon's too
            if place is not event and place.trigger == event.trigger and place.sub_event_type == event.sub_event_type \
                    and place.evidence_spans[:1] == event.evidence_spans[:1]:
                place.sub_event_type = host.sub_event_type
        record_copy(copies, host, event)
        absorb(host, event, tolls=(toll_of(doc, host), toll_of(doc, event)))
        kept.remove(event)
    return kept


def _bare_targeting(doc: Document, event: Event) -> bool:
    """The report is read only from an attack word naming no weapon ("استهدف"، "استهدفت")."""
    anchor, _ = _anchor(doc, event)
    return anchor is not None and bool(anchor.attrs.get("generic_attack")) and bool(anchor.attrs.get("weapon_unnamed"))


@functools.cache
def _remote_patterns() -> frozenset[str]:
    """Ids of the trigger patterns naming a remote weapon or bombardment, not a bare attack word."""
    return frozenset(p.id for p in load_triggers()
                     if p.event_type == "Explosions/Remote violence" and not p.attrs.get("generic_attack"))


def _weapon_before_verb(doc: Document, event: Event) -> bool:
    """The bare verb tells what a weapon word just before it in its own clause did ("خمسة قذائف
    استهدفت"، "القصف الذي استهدف"), and its clause names no weapon of its own.

    A verb opening a clause of its own (after a clause mark or one of `bare_verb_further`:
    "، واستهدفت المدفعية البلدة"، "كما استهدف الجيش بغارات جوية") is a second act: its subject
    or instrument ("مسيرة"، "غارة"، "بعشرات القذائف") names its weapon, and even with none
    named the clause tells a further act, not the weapon's.
    """
    anchor, triggers = _anchor(doc, event)
    if anchor is None or strip_conjunction(normalize(anchor.text)) != normalize(anchor.text):
        return False
    remote = _remote_patterns()

    def weapon(t: Mention, *, named: bool) -> bool:
        return str(t.attrs.get("pattern_id", "")).split(">", 1)[0] in remote \
            and not (named and t.attrs.get("weapon_unnamed"))

    before = [t for t in triggers if t.end <= anchor.start and weapon(t, named=False)]
    if not before:
        return False
    between = doc.text[before[-1].end:anchor.start]
    if not weapon_reaches_verb(between) \
            or not load_dedupe_rules().bare_verb_further.isdisjoint(normalize(w) for w in WORD_RE.findall(between)):
        return False
    tail = doc.text[anchor.end:event.evidence_spans[0][1]]
    clause_end = anchor.end + min((tail.find(mark) for mark in CLAUSE_MARKS if mark in tail), default=len(tail))
    return not any(anchor.end <= t.start < clause_end and weapon(t, named=True) for t in triggers)


def place_splits(events: list[Event]) -> frozenset[int]:
    """Ids of the events one sentence's act was split into, one per named place.

    "تستمر المعارك في حيي X وY" is one report of fighting at each quarter
    (EVENTS.md: one event per place): such events share their sentence and
    trigger, with the same sub-type at other places.
    """
    groups: dict[tuple[tuple[int, int], str, str], set[str | None]] = {}
    for event in events:
        if event.evidence_spans:
            groups.setdefault(_split_key(event), set()).add(event.location)
    return frozenset(
        id(event) for event in events if event.evidence_spans and len(groups[_split_key(event)]) > 1
    )


def split_acts(events: list[Event], split: Collection[int]) -> set[tuple[tuple[int, int], str]]:
    """The (sentence span, sub-type) of each act split by place (`place_splits`)."""
    return {(_split_key(event)[0], event.sub_event_type) for event in events if id(event) in split}


def share_split_attacker(events: list[Event], acts: Collection[tuple[tuple[int, int], str]]) -> None:
    """Give every place of a split act the attacker one of its places learnt.

    "قصف النظام ريف إدلب ... وتركز القصف على خان شيخون وسراقب" tells one
    bombardment at several towns: the sentence naming the towns names no side,
    and a merge with the report before it gives only one town the attacker.
    The places share the act, so they share its actor1 (EVENTS.md: one event
    per place, same sides); a place whose report carries that sentence and
    names another attacker keeps it, and nothing is shared between two.
    """
    for span, sub_type in acts:
        places = [e for e in events if span in e.evidence_spans and e.sub_event_type == sub_type]
        known = {(e.actor1, e.inter1) for e in places if _actor_known(e.actor1)}
        if len(places) < 2 or len(known) != 1:
            continue
        actor, inter = known.pop()
        for event in places:
            if not _actor_known(event.actor1) and event.actor2 != actor:
                event.actor1, event.inter1 = actor, inter


def _split_key(event: Event) -> tuple[tuple[int, int], str, str]:
    return event.evidence_spans[0], event.trigger, event.sub_event_type


def _split_apart(split: Collection[int], a: Event, b: Event) -> bool:
    """One of two reports is an act split by place, and the other is at another named spot
    that neither holds nor lies in it: its sides, type and day are shared by all the
    places the sentence named, so they do not make it the other report's act."""
    return (
        (id(a) in split or id(b) in split) and a.location != b.location
        and (_own_shares(a, b) or (
            _named_spot(a) and _named_spot(b) and not (_district_contains(a, b) or _district_contains(b, a))))
    )


def _own_shares(a: Event, b: Event) -> bool:
    """Two places of one act's sentence, each with its own part of the toll ("31 قتيلا في غارات
    على القطاع، 17 منهم في مخيم النصيرات": 17 at the camp, 14 over the Strip; events stage,
    `toll_at_places`, which marks each part `toll_share`): the wider area holds the camp, yet
    its dead are the others'."""
    return (
        _split_key(a) == _split_key(b) and bool(a.fatalities) and bool(b.fatalities)
        and a.toll_share is not None and b.toll_share is not None and a.toll_share != b.toll_share
    )


def record_copy(copies: Copies | None, kept: Event, other: Event) -> None:
    """Remember, before `other` folds into `kept`, how each copy read the act (see `reread`);
    a fold run on its own (no `copies`) records nothing."""
    if copies is None:
        return
    own = copies.setdefault(id(kept), [_snapshot(kept)])
    own.extend(copies.pop(id(other), None) or [_snapshot(other)])


def _snapshot(event: Event) -> Event:
    return replace(event, evidence_spans=list(event.evidence_spans))


def reread(doc: Document, events: list[Event], copies: Copies) -> list[Event]:
    """Give each merged event the reading of its best-told copy.

    The first copy keeps its place in mention order, but it is not always the
    best told.  An appeal "to stop the abductions" or a reaction types the act
    loosely and gets the statement's day: a copy that reports the act gives
    type, trigger, evidence and day.  A merged event whose agent stayed
    unknown takes a copy of the same type with a known one.  The best copy
    has the fewest `_flaws`, then the sub-type most copies agree on; it must
    have fewer than the merged event.  An event left at the day of the
    statement telling it takes the act's day a copy gives (`_take_act_day`).
    Every fold records its copies, and every merged event quotes its
    best-told copy (`_cite_best`).
    """
    for event in events:
        group = copies.get(id(event))
        if not group:
            continue
        flaws = _flaws(doc, event)
        candidates = [c for c in group if flaws[0] or c.event_type == event.event_type]
        votes = {c.sub_event_type: sum(o.sub_event_type == c.sub_event_type for o in group) for c in group}
        best = min(candidates, key=lambda c: (_flaws(doc, c), -votes[c.sub_event_type]), default=None)
        if best is not None and _flaws(doc, best) < flaws:
            # a blast's copy read as a fight names its sides from the dead and the speaker
            _take_reading(event, best, sides=flaws[1] and not _misread_fight(event, best))
        _take_act_day(doc, event, group)
        _take_told_month(doc, event, group)
        _cite_best(doc, event, group)
    return events


def _take_told_month(doc: Document, event: Event, group: list[Event]) -> None:
    """Give a merged event left at the undated default the month a copy's own sentence tells.

    An act told "في مارس الماضي" (precision 3) and retold in a later sentence with no date
    ("ونفذت القوات الغارة قرب أوباري") merges with that retelling, which the events stage
    left at the publication day at week precision only because nothing dated it (EVENTS.md
    §2).  `absorb` keeps the finer precision, so the default would win over the month the
    text gives; yet a day no sentence tells is no finer knowledge (EVENTS.md §5: a month
    named is the month, precision 3).  When no copy at the event's day is dated by its own
    sentence and the copies dated by theirs agree on one month, the event takes it."""
    if doc.published is None or event.time_precision != 2 or event.event_date != doc.published.isoformat():
        return
    if any(c.event_date == event.event_date and _dated(doc, c, c.evidence_spans[:1]) for c in group):
        return
    months = {(c.event_date, c.time_precision) for c in group
              if c.time_precision == 3 and c.event_date and _dated(doc, c, c.evidence_spans[:1])}
    if len(months) == 1:
        event.event_date, event.time_precision = months.pop()


def _take_act_day(doc: Document, event: Event, group: list[Event]) -> None:
    """Date a merged event kept at its statement's day by the act's own day a copy gives.

    "أعلن الجيش الأحد مقتل 12 مسلحا" merged with "وقال إن الاشتباكات وقعت
    الجمعة": every copy whose own sentence dates it at the event's day dates
    only the statement telling it (`_statement_dated`), so the earliest day a
    copy gives up to `late_statement_days` before it, in a sentence whose day is no
    statement's, is the day the act happened (EVENTS.md §5)."""
    if event.time_precision != 1 or not event.event_date:
        return
    at_day = [c for c in group if c.event_date == event.event_date and _dated(doc, c, c.evidence_spans[:1])]
    if not at_day or not all(_statement_dated(doc, c) for c in at_day):
        return
    limit = load_dedupe_rules().late_statement_days
    earlier = [
        c.event_date for c in group
        if c.event_date and c.time_precision == 1 and not c.background
        and 0 < _days(event.event_date) - _days(c.event_date) <= limit and not _statement_dated(doc, c)
    ]
    if earlier:
        event.event_date = min(earlier)


def _cite_best(doc: Document, event: Event, group: list[Event]) -> None:
    """Quote the copy that tells the merged event as it came out.

    The first copy is often a lead or a statement ("أفاد بيان ... أن قواته
    أسرت") while the day, place and toll came from a later report ("سقطوا
    في المعارك التي دارت الأحد"): a copy of the event's sub-type, not told
    in passing, whose own sentence gives more of those facts as the event
    has them than any copy read from the quoted sentence gives the evidence
    sentence and trigger.  A day or place a copy only inherited from the sentences around
    it, and its sides, say nothing of how well it tells the act.
    """
    told = [
        c for c in group
        if c.evidence == event.evidence or (
            (c.event_type, c.sub_event_type) == (event.event_type, event.sub_event_type)
            and c.evidence and not _told_in_passing(doc, c)
        )
    ]
    best = max(told, default=None, key=lambda c: (_facts_told(doc, c, event), c.evidence == event.evidence))
    if best is not None and best.evidence != event.evidence:
        event.trigger, event.evidence = best.trigger, best.evidence


def _facts_told(doc: Document, copy: Event, event: Event) -> int:
    """How many of the event's day, place and toll the copy's own sentence gives."""
    span = copy.evidence_spans[:1]
    places = {getattr(m.attrs.get("place"), "name", None) for s in span for m in doc.in_span("place", *s)}
    return (
        ((copy.event_date, copy.time_precision) == (event.event_date, event.time_precision) and _dated(doc, copy, span))
        + (copy.location == event.location and event.location in places)
        + (copy.fatalities == event.fatalities)
    )


def _take_reading(event: Event, best: Event, sides: bool) -> None:
    """Set `event`'s type, trigger, evidence and day from the copy `best`; with
    `sides`, also its known actors (the merged ones were misread).  A sub-type
    that is the more specific coding of the copy's (`incident_folds`: "تفجيرا
    انتحاريا" then "وأسفر التفجير عن") stays, with its trigger and sentence."""
    if (event.sub_event_type, best.sub_event_type) not in load_dedupe_rules().incident_folds:
        event.event_type, event.sub_event_type = best.event_type, best.sub_event_type
        event.trigger, event.evidence = best.trigger, best.evidence
    if best.event_date and best.time_precision <= event.time_precision:
        event.event_date, event.time_precision = best.event_date, best.time_precision
    if not sides:
        return
    for side in ("actor1", "actor2"):
        inter, assoc = ("inter1", "assoc_actor_1") if side == "actor1" else ("inter2", "assoc_actor_2")
        if _actor_known(getattr(best, side)):
            for name in (side, inter, assoc):
                setattr(event, name, getattr(best, name))
    if event.actor2 == event.actor1 != best.actor2:  # one side may not face itself: the copy's own victim
        event.actor2, event.inter2, event.assoc_actor_2 = best.actor2, best.inter2, best.assoc_actor_2


def _flaws(doc: Document, event: Event) -> tuple[bool, bool]:
    """What makes a copy of an act worse than another, most telling first.

    A victim equal to the copy's agent, or to another copy's, is no flaw:
    which of the copies misread the sides is not known (the unknown agent
    may be the right one: "استهدف انفجار موكب الوزير")."""
    return _told_in_passing(doc, event), not _actor_known(event.actor1)


def _told_in_passing(doc: Document, event: Event) -> bool:
    """A violent act is named inside a reaction or an appeal ("ناشدت ... بوقف الاختطافات");
    talks and deals are often reported by the very call for them."""
    anchor, _ = _anchor(doc, event)
    if anchor is None or event.event_type not in VIOLENT_TYPES:
        return False
    rules = load_dedupe_rules()
    words = rules.reaction_words | rules.appeal_words | load_event_rules().reaction_words
    return any(strip_conjunction(word) in words for word in _words_before(doc, event, anchor)[-rules.reaction_reach:])


def adds_deaths(doc: Document, event: Event, told: Event) -> bool:
    """The follow-up sentence opens with "also" ("كما قتل ..."), or says "also" right after its
    death count and verb ("إن عشرة مدنيين قتلوا أيضا") or between its verb and its count
    ("وقتل جراء القصف أيضا 4 مدنيين آخرين", `_also_before`): its deaths come on top of those of
    `told`, unless it is one more voice counting the same dead (`_recounts_same_dead`)."""
    start, end = event.evidence_spans[0]
    first = WORD_RE.search(doc.norm, doc.norm_index(start))
    if first is None:
        return False
    if first.group() in additive_words():
        second = WORD_RE.search(doc.norm, first.end())
        if second is None:
            return True
        return second.group() not in connective_words() and not (
            second.group() in additive_report_words() and _recounts_same_dead(doc, told, event))
    killed = [count for count in doc.in_span("number", start, end) if count.attrs.get("role") == "killed"]
    if any(
        not additive_after_words().isdisjoint(itertools.takewhile(  # "وأصيب أيضا" is the next clause's
            lambda word: not word.startswith("و"),
            WORD_RE.findall(doc.norm[doc.norm_index(count.end): doc.norm_index(end)])[:_ALSO_REACH]))
        for count in killed
    ):
        return True
    return any(_also_before(doc, start, count) for count in killed) and not _recounts_same_dead(doc, told, event)


def _also_before(doc: Document, start: int, count: Mention) -> bool:
    """"Also" stands between the clause's death verb and its count ("وقتل جراء القصف أيضا 4
    مدنيين آخرين"): within `_ALSO_REACH` words before the count, in its clause, with no
    word opened by "و" (the start of another clause) after it."""
    before = doc.norm[doc.norm_index(start): doc.norm_index(count.start)]
    clause = re.split(r"[،,؛;:.]", before)[-1]
    words = WORD_RE.findall(clause)[-_ALSO_REACH:]
    return not additive_after_words().isdisjoint(itertools.takewhile(
        lambda word: not word.startswith("و"), reversed(words)))


# Words after a death count within which "also" (`additive_after`) refers to it ("10 مدنيين قتلوا أيضا").
_ALSO_REACH = 3


def _recounts_same_dead(doc: Document, told: Event, event: Event) -> bool:
    """A report opened by "also" and a verb of report ("كما أفاد المرصد بمقتل تسعة من قوات
    النظام", after "أفادت المعارضة بمقتل 50 عنصرا من قوات النظام") whose every count names
    the same side's dead as `told`'s toll counts the same dead again: another voice, another
    number, and EVENTS.md keeps the lowest.  Another side's dead ("بمقتل خمسة من قوات النظام"
    after the attackers' dead) or dead the count calls others ("تسعة آخرين") still add."""
    ours, theirs = toll_of(doc, told).victims, toll_of(doc, event).victims
    if not ours or ours != theirs:
        return False
    others = additive_other_words()
    return not any(word in others for count in _toll_counts(doc, event)
                   for word, _, _ in _counted_words(doc, count)[:_ALSO_REACH])


def _add_toll(kept: Event, other: Event) -> None:
    """Add a follow-up's further deaths to the act's toll; `absorb` then sees one toll."""
    kept.fatalities += other.fatalities
    for name in ("fatalities_low", "fatalities_high"):
        ours, theirs = getattr(kept, name), getattr(other, name)
        setattr(kept, name, ours + theirs if ours is not None and theirs is not None else None)
    kept.fatalities_text = f"{kept.fatalities_text} / {other.fatalities_text}"  # as `death_toll` joins counts
    other.fatalities = 0


def _actor_known(name: str | None) -> bool:
    return bool(name) and not str(name).startswith(UNKNOWN_ACTOR_PREFIXES)


def _actors_compatible(a: str | None, b: str | None) -> bool:
    return not (_actor_known(a) and _actor_known(b)) or a == b


def _sides_compatible(a: Event, b: Event) -> bool:
    """Compatible actors, or for a battle the same two named sides in the other order.

    A battle has no attacker in ACLED's sense: "X clashed with Y" and "Y's
    fighters fought X" in one article are one battle, whichever side a
    sentence names first.  A battle's civilian side is a misread victim, so
    it counts as unknown; and a side's ally named as its associate ("القوات
    التركية مدعومة بالفصائل" against "الفصائل مدعومة من القوات التركية")
    leads the same act; a detainee read as a civilian is the member another
    report names by his group (`_member_named`).
    """
    a1, a2, b1, b2 = _side(a, 1), _side(a, 2), _side(b, 1), _side(b, 2)
    if (_actors_compatible(a1, b1) or _allied(a, b)) and (_actors_compatible(a2, b2) or _member_named(a, b)):
        return True
    if _one_deal(a, b):
        return True
    if _lone_force_swapped(a, b) or _lone_force_swapped(b, a):
        return True
    return a.event_type == "Battles" and _reversed_battle(a, b)


def _lone_force_swapped(lone: Event, other: Event) -> bool:
    """`lone` names no acting side and, as its target, the force (`force_inters`) that `other`
    names as acting.

    The agent of a passive is the likeliest role to be misread: "تم اعتراض الصاروخ وتدميره
    من قبل قوات الدفاع الجوي" comes out with the air defences as the interception's target
    and no interceptor.  In the sub-types whose acting side is a force by their very kind
    (`force_act_sub_types`: an interception, an arrest), a force is never the target, so a
    report with no actor1 and that force as actor2 tells the act `other` credits to that
    force, with its roles lost, not a second act.  (In a bombardment the force may well be
    the target of its foe's shells the same day: "قصفت قوات النظام البلدة" and "استهدفت
    قذائف مواقع قوات النظام في البلدة" stay two acts.)
    """
    rules = load_dedupe_rules()
    return (
        lone.sub_event_type in rules.force_act_sub_types
        and not _actor_known(_side(lone, 1)) and lone.inter2 in rules.force_inters
        and _actor_known(_side(lone, 2)) and _side(lone, 2) == _side(other, 1)
        and _names_passive_agent(lone)
    )


def _names_passive_agent(event: Event) -> bool:
    """The report's evidence names a passive's agent (`force_act_agent_markers`: "من قبل"):
    without one, the force read as the target may truly be it ("تم إسقاط طائرة استطلاع
    تابعة للجيش السوداني": the army's own aircraft downed).  A report with no evidence
    kept is taken as before."""
    if not event.evidence:
        return True
    text = " ".join(normalize(event.evidence).split())
    return any(marker in text for marker in load_dedupe_rules().force_act_agent_markers)


def _reversed_battle(a: Event, b: Event) -> bool:
    """The battle's sides in the other order: both named ("X clashed with Y" and "Y
    fought X"), or a force (`force_inters`) named first in one report and second in
    the other whose other side is unknown in one of them: a force's statement names
    its foe vaguely ("أعلن الجيش أن متطرفين حاولوا اقتحام المعسكر") where another
    report names the group ("هجوم لتنظيم X على معسكر للجيش")."""
    a1, a2, b1, b2 = _side(a, 1), _side(a, 2), _side(b, 1), _side(b, 2)
    if _actor_known(a1) and _actor_known(a2) and (a1, a2) == (b2, b1):
        return True
    forces = load_dedupe_rules().force_inters
    crossed = (_actor_known(a2) and a2 == b1 and a.inter2 in forces) or (
        _actor_known(a1) and a1 == b2 and a.inter1 in forces)
    return crossed and _actors_compatible(a1, b2) and _actors_compatible(a2, b1)


def _side(event: Event, number: int) -> str | None:
    """The event's actor1 or actor2; a battle's civilian side, a second side that is
    the first again (a victim misread as its attacker), an act on civilians
    whose victim is an armed side (its agent misread as the victim: "قاموا
    بمداهمة منزله ... وتم تعذيبه") and an interception's civilian side (the
    stopped weapon's target, "كان يستهدف المناطق السكنية": the spokesman's
    retelling of an interception is that interception) count as unknown."""
    actor, inter = (event.actor1, event.inter1) if number == 1 else (event.actor2, event.inter2)
    civilians = load_dedupe_rules().civilian_inters
    if (event.event_type == "Battles" or (number == 2 and event.sub_event_type == INTERCEPTION)) \
            and inter in civilians:
        return None
    if number == 2 and (actor == event.actor1 or (event.event_type == VAC and inter not in civilians)):
        return None
    return actor


def _allied(a: Event, b: Event) -> bool:
    """One report's acting side is the other's associate: the same coalition led by either ally."""
    return (_actor_known(a.actor1) and a.actor1 == b.assoc_actor_1) or (
        _actor_known(b.actor1) and b.actor1 == a.assoc_actor_1
    )


def _camp_mates(event: Event, ours: str | None, theirs: str | None) -> bool:
    """Two known, different sides fighting in one camp on the event's day (`camps`)."""
    day = dt.date.fromisoformat(event.event_date) if event.event_date else None
    return _actor_known(ours) and _actor_known(theirs) and same_camp(str(ours), str(theirs), day)


def _places_compatible(a: Event, b: Event) -> bool:
    """The same place, or one report's place lies inside the other's (province, country).

    Only the country known for one report is compatible with any place in it,
    even when both are coded at precision 3 (a country and a province).
    """
    if (a.location == b.location and a.admin1 == b.admin1) or _same_name_written(a, b):
        return True
    if _two_gains(a, b):
        return False
    if a.country == b.country and (not a.admin1 or not b.admin1) and max(a.geo_precision, b.geo_precision) == 3:
        # only the country is known for one report, or a province holds a town the
        # gazetteer gives no province; two such towns are two places
        return True
    if a.geo_precision == b.geo_precision:
        return _district_contains(a, b) or _district_contains(b, a)
    return bool(a.admin1) and a.admin1 == b.admin1 and a.country == b.country


def _two_gains(a: Event, b: Event) -> bool:
    """Two changes of territory told in one sentence at two named spots (towns or whole
    districts), neither holding the other ("سيطرت على مديرية مودية بعد يومين من السيطرة على
    مدينة شقرة").

    Why: a side that takes one place after another makes one gain per place; a
    town is compatible with any other of its province only for acts whose place a
    report may give roughly.  Told in two sentences, the two places may be one
    ground named twice (a lead's district, the body's village in it), so only the
    sentence that names both keeps them apart."""
    return (
        a.sub_event_type in TERRITORY and b.sub_event_type in TERRITORY and a.location != b.location
        and not set(a.evidence_spans).isdisjoint(b.evidence_spans)
        and _named_spot(a) and _named_spot(b) and not (_district_contains(a, b) or _district_contains(b, a))
    )


def _same_name_written(a: Event, b: Event) -> bool:
    """Both reports name their place with the same words of the article ("سد الجبلين"), in one
    country: one place, even where the gazetteer resolved the two mentions to two homonyms.
    A word pointing back to a place ("المدينة", "البلدة": `anaphors`) names whatever place
    was told last, so it is no name."""
    written = normalize(a.location_ar or "")
    return bool(written) and written == normalize(b.location_ar or "") and a.country == b.country and (
        written not in load_place_cues().anaphors
    )


def _district_contains(district: Event, place: Event) -> bool:
    """A report coded to a whole district ("مديرية صرواح") and one at a town of that district.

    Both come out at precision 2 (a town known only approximately is coded
    like a district), so containment is read from the second-level unit.
    """
    return (
        _whole_district(district)
        and place.admin2 == district.admin2 and place.admin1 == district.admin1 and place.country == district.country
    )


def _dates_compatible(a: Event, b: Event) -> bool:
    if a.event_date == b.event_date or not a.event_date or not b.event_date:
        return True
    return max(a.time_precision, b.time_precision) >= 2 and bool(a.event_date) and bool(b.event_date) and (
        abs(_days(a.event_date) - _days(b.event_date)) <= 7
    )


def _off_lead_day(detail: Event, act: Event) -> bool:
    """`detail` waits for the lead's one day (`lead_day`: told in a later paragraph with none
    of its own) and `act`, told after it, on another day at day precision.  Read at the
    publication day's week the two would match, but the lead dates the detail, which cannot
    point forward to an act not yet told: "قتل 50 شخصا أمس" then "ولقي 42 مصرعهم في
    تفجيرين في غومبيه" is not "والخميس الماضي قتل 49 في هجوم في غومبيه", an act of the
    week before.  (A detail after the act may name it again: "قتل شرطي في الاشتباكات".)"""
    return bool(detail.lead_day) and detail.time_precision == 2 and act.time_precision == 1 \
        and act.event_date != detail.lead_day \
        and bool(detail.evidence_spans and act.evidence_spans) and act.evidence_spans[0] > detail.evidence_spans[0]


def _within_days(a: Event, b: Event, days: int) -> bool:
    return bool(a.event_date and b.event_date) and abs(_days(a.event_date) - _days(b.event_date)) <= days


def _days(iso: str | None) -> int:
    return dt.date.fromisoformat(iso).toordinal() if iso else 0


def summarises(coarse: Event, specific: Event, strict: bool = False) -> bool:
    """A lead-style summary of a more specific report of the same type.

    "Government forces are attacking Daraa" followed by "they took three
    villages on Monday" is one story: the vaguer event (coarser place, date
    not fixed to a day) adds nothing of its own and folds into the specific one
    even when the sub-types differ (not for strategic developments of no named
    kind: talks are not the truce they prepare).  `strict` asks that the coarser place
    contain the other (a province, region or the town's district), not be a
    town known only approximately.  Two sub-types told in one sentence are two
    acts told side by side ("غارات على القطاع، تزامنا مع قصف جوي ومدفعي على
    المدينة"), not a summary and its detail.
    """
    side_by_side = bool(coarse.evidence_spans) and coarse.evidence_spans[:1] == specific.evidence_spans[:1]
    return (
        coarse.event_type == specific.event_type
        and (coarse.sub_event_type == specific.sub_event_type or not (
            _other_strategic(coarse) or _other_strategic(specific) or side_by_side))
        and coarse.background == specific.background
        and coarse.geo_precision > specific.geo_precision
        and (not strict or coarse.geo_precision == 3 or _district_contains(coarse, specific))
        and coarse.time_precision >= specific.time_precision
        and coarse.time_precision > 1
        and bool(coarse.admin1)
        and coarse.admin1 == specific.admin1
        and _actors_compatible(coarse.actor1, specific.actor1)
        and _dates_compatible(coarse, specific)
        and not _other_district(coarse, specific)
    )


def _other_district(district: Event, place: Event) -> bool:
    """A bombardment of one kind coded to a whole district ("قصف مدفعي على مديرية
    رازح") and one of another kind at a place the gazetteer does not put in that
    district: two weapons at two scenes told side by side ("قصفت الطائرات مواقع
    في منطقة X بمديرية باقم، وتزامنت الغارات مع قصف مدفعي على مديرية رازح"), not a
    summary and its detail.  A district named like its province (the capital's,
    "حماة") is left out: it is as often the city's countryside known only roughly
    ("ريف مدينة حماة")."""
    return district.event_type == REMOTE_VIOLENCE and district.sub_event_type != place.sub_event_type \
        and _named_spot(district) and district.geo_precision == 2 and district.location != district.admin1 \
        and not _district_contains(district, place)


def same_event(a: Event, b: Event, strict: bool = False) -> bool:
    """Whether two events of one article describe the same happening (`strict`: see `summarises`)."""
    if _far_apart(a, b):
        return False
    if summarises(a, b, strict) or summarises(b, a, strict):
        return True
    return (
        a.event_type == b.event_type
        and (a.sub_event_type == b.sub_event_type or _bombardment_retold(a, b))
        and a.background == b.background
        and (_sides_compatible(a, b) or _one_bombardment(a, b) or _one_blast(a, b))
        and _places_compatible(a, b)
        and (_dates_compatible(a, b) or (_one_deal(a, b) and _within_days(a, b, load_dedupe_rules().party_days)))
        and (a.evidence_spans != b.evidence_spans or a.location == b.location or _province_of(a, b)
             or _province_of(b, a))
    )


def _far_apart(a: Event, b: Event) -> bool:
    """Two reports on different days at two named places far apart are two acts.

    A report dated only by the news' day matches any act of its week, and a
    town matches any other in its province; together they would join an
    arrest in one district to an abduction in another.  Towns or whole
    districts (not an area known only roughly, "ريف حلب"), neither a
    district holding the other, more than `apart_km` apart keep such
    reports apart.
    """
    if a.event_date == b.event_date or a.location == b.location or not (_named_spot(a) and _named_spot(b)):
        return False
    if _district_contains(a, b) or _district_contains(b, a):
        return False
    km = _km(a, b)
    return km is not None and km > load_dedupe_rules().apart_km


def _named_spot(event: Event) -> bool:
    """The event is placed at a town (precision 1) or at a whole district."""
    return event.geo_precision == 1 or _whole_district(event)


def _one_bombardment(a: Event, b: Event) -> bool:
    """Strikes by one attacker on one exact place and day, told with different targets.

    "قصفت قوات النظام مخيم X الجمعة" and "وتسبب القصف على مخيم X الجمعة
    بمقتل مدنيين" are one bombardment: who was hit (the armed group holding
    the place, the civilians living there) is read differently sentence by
    sentence, while the attacker, place and day are the event.  One report
    may date it only roughly ("في وقت لاحق"), on the other's day.  A report naming no
    attacker ("قتل 12 مدنيا في قصف ليلي استهدف مدينة X", dated by the news' day) beside
    the monitor's account naming one ("قصف جوي استهدف مساء الثلاثاء مدينة X") is that
    bombardment too when the rough day is at most a day off (`_attacker_untold`).
    """
    return (
        a.event_type == "Explosions/Remote violence"
        and a.location == b.location and a.geo_precision < 3
        and min(a.time_precision, b.time_precision) == 1 and max(a.time_precision, b.time_precision) <= 2
        and ((_actor_known(a.actor1) and a.actor1 == b.actor1 and a.event_date == b.event_date)
             or _attacker_untold(a, b))
    )


def _attacker_untold(a: Event, b: Event) -> bool:
    """Exactly one of two reports names the attacker, on one day, or a day apart when one is
    dated only roughly: a lead dated by the news' day tells the bombardment of the night
    before its body dates (two days told to the day are two bombardments)."""
    return _actor_known(a.actor1) != _actor_known(b.actor1) and (
        a.event_date == b.event_date or (max(a.time_precision, b.time_precision) == 2 and _within_days(a, b, 1))
    )


def _bombardment_retold(a: Event, b: Event) -> bool:
    """One bombardment told in two sentences, once as an air strike and once as shelling.

    "شنت قوات النظام غارات على البلدة" and "قصف سلاح الجو البلدة" are one
    act of one attacker on one exact place and day (`_one_bombardment`) whose
    sub-types a summary may swap (`summary_sub_types`).  One sentence naming
    both weapons ("بصواريخ ... وببراميل متفجرة") tells two acts, so the two
    reports must share no sentence.
    """
    return (
        a.sub_event_type != b.sub_event_type and _same_kind(a, b) and _one_bombardment(a, b)
        and set(a.evidence_spans).isdisjoint(b.evidence_spans)
    )


def _one_blast(a: Event, b: Event) -> bool:
    """One sentence's blast told by two of its words, each read with another victim.

    "وقع تفجير انتحاري أمام مركز الشرطة ... وقال مسؤول إن انتحاريا فجر نفسه وسط
    مجموعة من المارة" is one explosion whether the police or the passers-by
    came out as its target: from the very same sentences, at one place, by
    one attacker (or one unknown), two codings of one blast are one event.
    A bombing that is one blast by its kind (`single_blast_sub_types`: a suicide
    bombing) is one event from any two sentences that tell it of one attacker on
    one day in one area known no finer than a district or province ("في مسجد قوة
    الطوارئ بعسير"): who was hit (the police whose mosque it was, the worshippers
    mourned as martyrs) is read sentence by sentence.  At a named town, a second
    victim may be a second bombing there (a mosque, then the market), so the sides
    must agree.  Two reports stay two when one marks itself as another act ("كما فجر
    انتحاري نفسه"، "انتحاري آخر"، "تفجير انتحاري ثان": `_told_as_another`) or when they
    give two different tolls.
    """
    if not (a.event_type == b.event_type == REMOTE_VIOLENCE and a.location == b.location
            and _actors_compatible(a.actor1, b.actor1)):
        return False
    if bool(a.evidence_spans) and a.evidence_spans == b.evidence_spans:
        return True
    return a.sub_event_type == b.sub_event_type in load_dedupe_rules().single_blast_sub_types \
        and a.admin1 == b.admin1 and bool(a.event_date) and a.event_date == b.event_date \
        and min(a.geo_precision, b.geo_precision) >= 2 \
        and not (a.fatalities and b.fatalities and a.fatalities != b.fatalities) \
        and not _told_as_another(a) and not _told_as_another(b)


def _told_as_another(event: Event, more: frozenset[str] = frozenset()) -> bool:
    """The report's sentence opens with "كما" or has an "another act" word (`single_blast_another`:
    آخر، ثان، مماثل، منفصل; or one of `more`) within `single_blast_reach` words of its trigger."""
    rules = load_dedupe_rules()
    another = rules.single_blast_another | more
    words = [strip_conjunction(w) for w in WORD_RE.findall(normalize(event.evidence))]
    if not words:
        return False
    if words[0] == "كما":
        return True
    trigger = WORD_RE.findall(normalize(event.trigger))
    starts = [i for i in range(len(words)) if trigger and words[i: i + len(trigger)] == trigger] \
        or [i for i, w in enumerate(words) if trigger and w == strip_conjunction(trigger[0])]
    if not starts:
        return not another.isdisjoint(words)
    reach = rules.single_blast_reach
    return any(not another.isdisjoint(words[max(0, i - reach): i + len(trigger) + reach])
               for i in starts)


def _province_of(province: Event, place: Event) -> bool:
    """One sentence told the act at a place and named its province ("في بلدة X بمحافظة Y"):
    the province-level event is the container, not a second place."""
    return (
        province.geo_precision == 3 and bool(province.admin1) and province.location == province.admin1
        and place.admin1 == province.admin1 and place.geo_precision < 3
    )


def absorb(kept: Event, other: Event, tolls: tuple[Toll, Toll] = (NO_TOLL, NO_TOLL)) -> None:
    """Fold `other` into `kept`, keeping the more specific of every field.

    `tolls` says how `kept`'s and `other`'s tolls were read (see `_merge_toll`).
    """
    if _reading_taken(kept, other):  # the specific report tells the act: its sub-type, trigger and sentence
        kept.sub_event_type, kept.trigger, kept.evidence = other.sub_event_type, other.trigger, other.evidence
        kept.actor2, kept.inter2 = other.actor2 or kept.actor2, other.inter2 or kept.inter2
    elif _bombardment_retold(kept, other) and other.sub_event_type in load_dedupe_rules().bombardment_readings:
        kept.sub_event_type, kept.trigger = other.sub_event_type, other.trigger  # the weapon named, not "قصف"
    if other.geo_precision < kept.geo_precision or _district_contains(kept, other) or (
        other.geo_precision == kept.geo_precision and other.admin1 and not kept.admin1
    ):
        for name in PLACE_FIELDS:
            setattr(kept, name, getattr(other, name))
    if other.event_date and (not kept.event_date or other.time_precision < kept.time_precision
                             and not _week_outside_month(kept, other)):
        kept.event_date, kept.time_precision = other.event_date, other.time_precision
    if _one_deal(kept, other):
        _join_deal(kept, other)
    for side, facing in (("actor1", "actor2"), ("actor2", "actor1")):
        taken = getattr(other, side)
        if not _actor_known(getattr(kept, side)) and _actor_known(taken) and taken != getattr(kept, facing):
            setattr(kept, side, taken)
            inter = "inter1" if side == "actor1" else "inter2"
            setattr(kept, inter, getattr(other, inter))
    _carry_associate(kept, other)
    _name_member(kept, other)
    _civilian_dead_hit(kept, other)
    kept.source = kept.source or other.source
    _merge_toll(kept, other, tolls)
    for span in other.evidence_spans:
        if span not in kept.evidence_spans:
            kept.evidence_spans.append(span)
            kept.evidence_spans.sort()


def _week_outside_month(kept: Event, other: Event) -> bool:
    """The kept report names a month (precision 3) and the other gives a week (precision 2)
    outside it: the week does not narrow the month, it contradicts it.  A week is most often
    the publication-day default of a retelling no sentence dates ("كانت قد شنت غارة في مارس
    الماضي" then "ونفذت القوات الغارة قرب أوباري"), or a vague "قبل أيام"; the month the
    text names stands (EVENTS.md §5)."""
    return (
        kept.time_precision == 3 and other.time_precision == 2 and bool(kept.event_date)
        and bool(other.event_date) and str(other.event_date)[:7] != str(kept.event_date)[:7]
    )


def _one_deal(a: Event, b: Event) -> bool:
    """Two reports of one deal between parties (`party_sub_types`: a truce announced by each side).

    "أعلن الجيش التوصل إلى هدنة مع الحركة" and "أعلنت الحركة قبولها وقف
    إطلاق النار مع الجيش" name one truce: a deal has parties,
    not an agent and a target, so reports sharing a named party in either
    role are one deal when their other parties agree (or one is unknown),
    or when both are told at exactly one place.
    """
    if a.sub_event_type != b.sub_event_type or a.sub_event_type not in load_dedupe_rules().party_sub_types:
        return False
    ours, theirs = (_side(a, 1), _side(a, 2)), (_side(b, 1), _side(b, 2))
    for shared in {p for p in ours if _actor_known(p)} & set(theirs):
        rest_a = ours[1] if ours[0] == shared else ours[0]
        rest_b = theirs[1] if theirs[0] == shared else theirs[0]
        if _actors_compatible(rest_a, rest_b) or (a.location, a.admin1, a.country) == (b.location, b.admin1, b.country):
            return True
    return False


def _reading_taken(kept: Event, other: Event) -> bool:
    """Whether `other`'s sub-type tells the merged act more specifically than `kept`'s.

    A summary's act is told by its detail (`summarises`), and an advance
    ("أحرز الجيش تقدما في المدينة") by the ground it won ("استعاد الجيش
    السيطرة على أحيائها الشرقية"), whichever of the two places is the finer.
    """
    return _advance_won(kept, other) or (summarises(kept, other) and not _advance_won(other, kept))


def _advance_won(advance: Event, gain: Event) -> bool:
    """`advance` is a fight told by an advance word (`advance_words`) and `gain` a change of
    territory of its type: the gain is what the advance achieved."""
    if advance.event_type != gain.event_type or advance.sub_event_type in TERRITORY:
        return False
    words = load_dedupe_rules().advance_words
    return gain.sub_event_type in TERRITORY and any(
        stem in words for word in normalize(advance.trigger or "").split() for stem in strip_clitics(word)
    )


def _join_deal(kept: Event, other: Event) -> None:
    """Fold the parties and day of another report of one deal into `kept`.

    A deal's parties may sit in either role, so the report naming more of
    them gives both; and a deal told on two days (one party's announcement,
    the other's acceptance) was reached on the first.
    """
    if _parties(other) > _parties(kept):
        _take_sides(kept, other)
    same_precision = other.time_precision == kept.time_precision
    if same_precision and kept.event_date and other.event_date and other.event_date < kept.event_date:
        kept.event_date = other.event_date


def _parties(event: Event) -> int:
    """How many distinct named parties the report gives."""
    return len({p for p in (_side(event, 1), _side(event, 2)) if _actor_known(p)})


def _member_named(a: Event, b: Event) -> bool:
    """One report's detainee came out as civilians, the other's as an armed group
    (`member_victim_sub_types`, `member_inters`) that is not the arresting side."""
    rules = load_dedupe_rules()
    if a.sub_event_type != b.sub_event_type or a.sub_event_type not in rules.member_victim_sub_types:
        return False
    return any(
        civil.inter2 in rules.civilian_inters and named.inter2 in rules.member_inters
        and _actor_known(named.actor2) and named.actor2 not in (civil.actor1, named.actor1)
        for civil, named in ((a, b), (b, a))
    )


def _name_member(kept: Event, other: Event) -> None:
    """Give an arrest of "civilians" the group its other report names the detainee by.

    "اعتقال فلان" and "القبض على فلان القيادي في جماعة X" tell one arrest of
    a member of X: the named group is the more specific reading of the victim.
    """
    if kept.inter2 in load_dedupe_rules().civilian_inters and _member_named(kept, other):
        kept.actor2, kept.inter2, kept.assoc_actor_2 = other.actor2, other.inter2, other.assoc_actor_2


def _civilian_dead_hit(kept: Event, other: Event) -> None:
    """Give a strike told with no dead the civilians its other report counts as killed.

    "أغارت الطائرات على بلدة تحت سيطرة الفصائل" and "قتل في الغارة عشرة من
    سكان البلدة" tell one strike: the group holding the town came
    out as the side hit only for want of a victim; the dead named are that side.
    """
    if (kept.event_type == other.event_type == REMOTE_VIOLENCE and not kept.fatalities and other.fatalities
            and other.inter2 in load_dedupe_rules().civilian_inters and kept.inter2 in NON_STATE_ARMED):
        kept.actor2, kept.inter2, kept.assoc_actor_2 = other.actor2, other.inter2, other.assoc_actor_2


def _carry_associate(kept: Event, other: Event) -> None:
    """Give the kept report the other report's associate, on the side that associate fights for.

    The other report's assoc_actor_1 backs that report's actor1; when the
    kept report tells the same act with the sides the other way round, the
    associate backs the kept report's actor2, not its actor1.
    """
    if not other.assoc_actor_1:
        return
    if not kept.assoc_actor_1 and (other.actor1 == kept.actor1 or not _actor_known(kept.actor1)):
        kept.assoc_actor_1 = other.assoc_actor_1
    elif not kept.assoc_actor_2 and other.actor1 == kept.actor2:
        kept.assoc_actor_2 = other.assoc_actor_1


def toll_of(doc: Document, event: Event) -> Toll:
    """How the event's toll was read from the counts in its sentences."""
    counts = _toll_counts(doc, event)
    if not counts:
        return Toll(wounded=_wound_toll(doc, event), total=_total_toll(doc, event)) if event.fatalities else NO_TOLL
    sides = [_dead_side(event, _victim_group(doc, count)) for count in counts]
    return Toll(
        implicit=all(m.attrs.get("implicit") for m in counts),
        vague=all(m.attrs.get("vague") and not m.attrs.get("implicit") for m in counts),
        victims=frozenset(s for s in sides if s) if all(sides) else frozenset(),
        wounded=_wound_toll(doc, event),
        subsets=frozenset(
            m.value for span in event.evidence_spans for m in doc.in_span("number", *span)
            if m.attrs.get("subset") and isinstance(m.value, int)
        ),
        lower_bound=all(m.attrs.get("lower_bound") for m in counts),
        superseded=all(m.attrs.get("superseded") for m in counts),
        counts=frozenset((m.start, m.end) for m in counts),
    )


def _wound_toll(doc: Document, event: Event) -> bool:
    """Every sentence of the event that holds its toll's words tells a death after a wound
    ("وفاة فلسطينيين السبت إثر إصابتهما"): the toll is of ones who died of their wounds."""
    parts = [p for p in (event.fatalities_text or "").split(" / ") if p]
    spans = [span for span in event.evidence_spans if any(p in doc.text[span[0]:span[1]] for p in parts)]
    return bool(spans) and all(wound_told(doc, *span) for span in spans)


def _total_toll(doc: Document, event: Event) -> bool:
    """The event's toll was read from tallies of several days only (numbers' role `total`:
    "الذي شهد مقتل سبعة متظاهرين منذ الثلاثاء الماضي"), the dead of more than one day's act."""
    parts = set((event.fatalities_text or "").split(" / "))
    counts = [
        m for span in event.evidence_spans for m in doc.in_span("number", *span)
        if (m.attrs.get("fatalities_text") or m.text) in parts
    ]
    return bool(counts) and all(m.attrs.get("role") == "total" for m in counts)


def _toll_counts(doc: Document, event: Event) -> list[Mention]:
    """The death counts in the event's sentences that its toll was read from."""
    if not event.fatalities:
        return []
    parts = set((event.fatalities_text or "").split(" / "))
    return [
        m for span in event.evidence_spans for m in doc.in_span("number", *span)
        if m.attrs.get("role") == "killed" and (m.attrs.get("fatalities_text") or m.text) in parts
    ]


def _victim_group(doc: Document, count: Mention) -> ActorRef | None:
    """The group a death count names as its dead, or None.

    The group is an actor named in the count's own phrase: its counted noun
    or the word after it ("8 حوثيين", "ثلاثة جنود أتراك"), or after the
    partitive "من" ("29 فردا من الطوارق", "خمسة من أفراد القبيلة"), within
    `victim_window` words and the clause.  A named group beats a generic
    noun ("أفراد", "مسلحين حوثيين"); a definite noun after "من" that repeats
    the head of a group named before ("ثمانية أفراد من القبيلة" after "قبيلة
    تبو") is that group.  Past a further word ("20 شخصا في هجوم لداعش") the
    phrase has ended: an actor there is not the dead.
    """
    words = _counted_words(doc, count)
    partitive = number_lexicon().partitive
    generic: ActorRef | None = None
    for at, (word, start, end) in enumerate(words):
        after_partitive = any(w in partitive for w, _, _ in words[:at])
        if at > 1 and not after_partitive and word not in partitive:
            break
        # (the group may start past a proclitic of the word: "50 عنصرا لقوات النظام")
        actor = next((m for m in doc.of_kind("actor") if m.start <= start < m.end or start < m.start < end), None)
        if actor is not None and actor.value is not None and not actor.attrs.get("generic"):
            return actor.value
        if actor is None and after_partitive and word.startswith("ال"):
            return _named_before(doc, count.start, word[2:]) or generic
        generic = generic or (actor.value if actor is not None else None)
    return generic or _stage_victim_side(doc, count)


def _stage_victim_side(doc: Document, count: Mention) -> ActorRef | None:
    """The side the numbers stage named for the count's dead past a verb ("أربعة قتلى سقطوا
    في صفوف المقاومة"; its `victim_side`), beyond the few words read here."""
    side = count.attrs.get("victim_side")
    if not side:
        return None
    return next((m.value for m in doc.in_span("actor", count.start, len(doc.text))
                 if m.value is not None and m.value.name == side), None)


def _counted_words(doc: Document, count: Mention) -> list[tuple[str, int, int]]:
    """The normalized words after a count up to `victim_window` words or a clause's end, with raw spans."""
    start = doc.norm_index(count.end)
    stop = len(doc.norm)
    for mark in "،,.؛:؟\n":
        at = doc.norm.find(mark, start)
        stop = at if 0 <= at < stop else stop
    found = WORD_RE.finditer(doc.norm, start, stop)
    words = [(m.group(), *doc.raw_span(m.start(), m.end())) for m in found]
    return words[:load_dedupe_rules().victim_window]


def _named_before(doc: Document, before: int, head: str) -> ActorRef | None:
    """The group named last before `before` with `head` among its words ("قبيلة تبو" for "قبيلة")."""
    for actor in reversed(doc.in_span("actor", 0, before)):
        if actor.value is not None and head in normalize(actor.text).split():
            return actor.value
    return None


def _dead_side(event: Event, group: ActorRef | None) -> str | None:
    """Which of the act's two sides a group of dead is: the side of that name, else the one
    state force (`force_inters`: army, police, troops abroad) when the dead are a state's."""
    if group is None:
        return None
    sides = [(name, inter) for name, inter in ((event.actor1, event.inter1), (event.actor2, event.inter2))
             if _actor_known(name)]
    if any(name == group.name for name, _ in sides):
        return group.name
    forces = load_dedupe_rules().force_inters
    named = {name for name, inter in sides if inter in forces} if group.inter in forces else set()
    return named.pop() if len(named) == 1 else None


def _merge_toll(kept: Event, other: Event, tolls: tuple[Toll, Toll] = (NO_TOLL, NO_TOLL)) -> None:
    """Weigh two reports' tolls of one act (`tolls`: how `kept`'s and `other`'s were read).

    - A number the text gives beats one read from a bare death word: "قتل
      20 شخصا" and, later, "قتل العريس" tell one toll of 20, not of 1.
    - Counts of each side's dead are parts of the toll: "قتل 29 من
      الطوارق" and "ثمانية أفراد من قبيلة التبو" in two reports of one
      clash add up to 37.  Only reports whose every count names its dead's
      group (`_victim_group`) as one of the act's sides (`_dead_side`),
      sides both reports name, each report another side, add up
      (`_sides_dead`); the same toll told twice
      ("14 قتيلا", then "أسفر عن 14 قتيلا") names no side, or the same
      one, and is counted once.
    - Of counts of the same dead, an exact number beats a vague one
      ("العشرات" is any number of tens: "قتل 28" is that toll, larger or
      not), and a toll of both sides' dead beats one side's part of it.
    - An earlier toll the report says it has replaced yields to the new one
      ("الحصيلة السابقة أشارت إلى مقتل شخصين" beside "مقتل 14"; `_outweighs`).
    - A smaller toll that is a part of the larger one, or a lower bound the
      larger exact count meets ("أكثر من 20" beside "27"), does not conflict
      with it: the larger stands (`_part_of_toll`).
    - A tally of several days ("مقتل سبعة متظاهرين منذ الثلاثاء الماضي", `Toll.total`)
      folded into an act that has a toll of its own ("قتل محتج" on the Thursday) is
      not that act's toll, even when the act's own is read from a bare death word:
      the act keeps its own day's dead.
    - Otherwise conflicting tolls keep the lowest (ACLED's rule) and record
      the range.
    """
    if not other.fatalities:
        return
    if kept.fatalities and _shares_of_one_toll(kept, other):
        for name in ("fatalities", "fatalities_low", "fatalities_high"):
            ours, theirs = getattr(kept, name), getattr(other, name)
            setattr(kept, name, ours + theirs if ours is not None and theirs is not None else ours)
        return
    ours, theirs = tolls
    if kept.fatalities and other.fatalities and theirs.total != ours.total:
        if ours.total:  # the act's own day's toll, not the tally of the days around it
            kept.fatalities, kept.fatalities_text = other.fatalities, other.fatalities_text
            kept.fatalities_low, kept.fatalities_high = other.fatalities_low, other.fatalities_high
        return
    if kept.fatalities and _outweighs(ours, theirs):
        return
    if not kept.fatalities or _outweighs(theirs, ours):
        kept.fatalities, kept.fatalities_text = other.fatalities, other.fatalities_text
        kept.fatalities_low, kept.fatalities_high = other.fatalities_low, other.fatalities_high
        return
    if _sides_dead(kept, other, ours, theirs) or _one_sentence_sides(kept, other, ours, theirs):
        _add_toll(kept, other)
        return
    if _part_of_toll(kept, other, ours, theirs):
        return
    if _part_of_toll(other, kept, theirs, ours):
        kept.fatalities, kept.fatalities_text = other.fatalities, other.fatalities_text
        kept.fatalities_low, kept.fatalities_high = other.fatalities_low, other.fatalities_high
        return
    if other.fatalities != kept.fatalities:
        low = min(kept.fatalities, other.fatalities)
        high = max(kept.fatalities, other.fatalities)
        kept.fatalities_low = min(low, kept.fatalities_low or low)
        kept.fatalities_high = max(high, kept.fatalities_high or high)
        if other.fatalities < kept.fatalities:
            kept.fatalities, kept.fatalities_text = other.fatalities, other.fatalities_text


def _part_of_toll(whole: Event, part: Event, whole_toll: Toll, part_toll: Toll) -> bool:
    """`part`'s smaller toll is a part of `whole`'s, not a conflicting count of the same
    dead: a later death of one wounded ("وتوفي ثامن متأثرا بجراحه" beside "قتل سبعة"),
    or one group the whole's own sentence counts among its dead ("مقتل 14 شخصا بينهم
    سبعة إيرانيين" beside "مقتل 7 إيرانيين"), or a lower bound the whole's exact count
    meets ("أكثر من 20" beside "27"), or one of the counts the whole adds up ("13 من
    الحوثيين قتلوا ... وسقوط 4 قتلى من المقاومة" beside "لقي 13 من الحوثيين مصرعهم":
    `_one_of_its_counts`).  EVENTS.md's lowest toll is for reports that conflict;
    these agree, and the whole is the act's toll."""
    if not 0 < part.fatalities < whole.fatalities or whole_toll.implicit:
        return False
    return part_toll.wounded or part.fatalities in whole_toll.subsets or _bound_met(whole, part, whole_toll, part_toll) \
        or _one_of_its_counts(whole, part)


def _one_of_its_counts(whole: Event, part: Event) -> bool:
    """`part`'s toll is one count told in the same words as one of the several counts `whole`'s
    toll adds up ("13 عنصرا من الحوثيين ... وسقوط 4 قتلى من المقاومة" beside "لقي 13 عنصرا من
    الحوثيين مصرعهم"): the part is one group the whole also counts, not a rival report.  The
    words must agree: the same number of other dead ("ثلاثة شهداء" beside "رجلين وامرأة") may
    be another act's merged in."""
    told = _count_words(part.fatalities_text or "")
    parts = (whole.fatalities_text or "").split(" / ")
    return len(parts) > 1 and " / " not in (part.fatalities_text or "") and any(
        _count_words(words) == told for words in parts)


def _count_words(words: str) -> str:
    """A count's words, normalized, without the و that joined it to the count before."""
    return strip_conjunction(normalize(words).strip())


def _bound_met(whole: Event, part: Event, whole_toll: Toll, part_toll: Toll) -> bool:
    """`part`'s toll is only a lower bound ("أكثر من 20") and `whole`'s is an exact count of the
    same day: the exact count meets the bound.  Without a day on both, the larger count may
    be another act's merged in ("ستة قتلى في 25 كانون الثاني"), and the lowest stays."""
    exact = not (whole_toll.lower_bound or whole_toll.vague)
    return part_toll.lower_bound and exact and whole.event_date is not None and whole.event_date == part.event_date


def _shares_of_one_toll(kept: Event, other: Event) -> bool:
    """The two reports are places' shares of one count (`share_toll`: "مقتل 12 في مدينة X،
    شمالي Y" read at two places): same sentence, same words, shares adding up to no more
    than the count.  Folded back into one act they make that count again, not the lower share."""
    if kept.evidence_spans[:1] != other.evidence_spans[:1] or kept.fatalities_text != other.fatalities_text:
        return False
    whole = parse_number(kept.fatalities_text or "")
    return whole is not None and kept.fatalities + other.fatalities <= whole


def _outweighs(ours: Toll, theirs: Toll) -> bool:
    """One reading of a toll is the better one whatever the numbers (see `_merge_toll`)."""
    if ours.superseded != theirs.superseded:
        return theirs.superseded
    return (ours.implicit, ours.vague) < (theirs.implicit, theirs.vague) or (
        (ours.implicit, ours.vague) == (theirs.implicit, theirs.vague) and ours.victims > theirs.victims > set()
    )


def _sides_dead(kept: Event, other: Event, ours: Toll, theirs: Toll) -> bool:
    """The two reports count the dead of different sides of the act, sides both reports name.

    Reports that disagree on the sides ("قتل 20 شخصا في هجوم" against "مقتل
    20 جنديا") may be counting one group read two ways: their counts never add.
    Of one battle, a report of one side's dead whose own clause names only that
    side ("قتل خلالها 4 جنود، بينما قتل 11 من المسلحين", its attacker unread) counts
    the other side's dead: both sides fought, so each side's dead are the battle's.
    """
    shared = {kept.actor1, kept.actor2} & {other.actor1, other.actor2}
    if kept.event_type == other.event_type == "Battles":
        shared |= {side for side in (kept.actor1, kept.actor2) if _actor_known(side)}
    return bool(ours.victims and theirs.victims) and ours.victims.isdisjoint(theirs.victims) and (
        ours.victims | theirs.victims <= shared
    )


def _one_sentence_sides(kept: Event, other: Event, ours: Toll, theirs: Toll) -> bool:
    """Two readings of one battle from one sentence whose tolls are different counts of it,
    one of them naming its dead as one side of the battle and the other not that side.

    "نصب الثوار كمينا للحوثيين أسفر عن مصرع 11 وإصابة 30، فيما قتل ثلاثة من مقاتلي
    المقاومة" is read as the rebels' attack (its dead, 11, unnamed: they are the ambushed)
    and the Houthis' fire (3 of the resistance): one clash whose two sides' dead add up,
    14 (EVENTS.md section 4), not two reports of one toll to keep the lowest of.
    `_sides_dead` needs both counts to name their side; here the sentence names one and
    the other count, a separate number in the same sentence, can only be the other dead.
    Only for battles (both sides fight), counts at different places in a sentence both
    events hold, none a part of the other (`subsets`) nor an earlier toll replaced.
    """
    if not (kept.event_type == other.event_type == "Battles") or not ours.counts or not theirs.counts:
        return False
    if not ours.counts.isdisjoint(theirs.counts) or ours.superseded or theirs.superseded:
        return False
    if not (ours.victims or theirs.victims) or ours.victims == theirs.victims:
        return False
    if kept.fatalities in theirs.subsets or other.fatalities in ours.subsets:
        return False
    spans = [span for span in kept.evidence_spans if span in other.evidence_spans]
    return any(all(span[0] <= start and end <= span[1] for start, end in ours.counts | theirs.counts)
               for span in spans)


# ---------------------------------------------------------------- follow-ups
def definite_noun(trigger: Mention, next_word: str = "") -> bool:
    """A verbal-noun trigger made definite by the article, a pronoun suffix or
    a definite noun it governs ("القصف", "هجومها", "استهداف الموكب")."""
    if trigger.attrs.get("voice") != "noun":
        return False
    clitics = _clitics(trigger)
    if clitics is None:
        return False
    if _self_definite(clitics):
        return True
    construct = not clitics[0].strip("وف") and not clitics[1] and " " not in str(trigger.attrs.get("form", " "))
    return construct and next_word.startswith("ال")


def _self_definite(clitics: tuple[str, str]) -> bool:
    """The trigger's own word carries the article or a pronoun suffix ("القصف"، "هجومها")."""
    rules = load_event_rules()
    return clitics[0] in rules.definite_prefixes or clitics[1] in rules.pronoun_suffixes


def counted(before: list[str]) -> bool:
    """A count heads the trigger noun ("عشرات الصواريخ"، "ومئات القذائف"): its
    article belongs to the count's construct, so the noun tells an indefinite
    quantity of a new act, not the act told before (`count_heads`, clauses.yaml)."""
    return bool(before) and strip_conjunction(before[-1]) in load_event_rules().count_heads


def _clitics(trigger: Mention) -> tuple[str, str] | None:
    """(proclitics, suffix) around the matched form in the trigger's first word; no suffix for phrases."""
    text = normalize(trigger.text).split()
    form = str(trigger.attrs.get("form") or "").split()
    if not text or not form:
        return None
    head, stem = text[0], form[0]
    for written in (stem, stem[:-1] + "ت" if stem.endswith("ه") else ""):
        at = head.find(written) if written else -1
        if at >= 0:
            return head[:at], head[at + len(written):] if len(form) == 1 else ""
    return None


def _anchor(doc: Document, event: Event) -> tuple[Mention | None, list[Mention]]:
    """The trigger mention an event was built from, and the triggers of its sentence."""
    if not event.evidence_spans:
        return None, []
    start, end = event.evidence_spans[0]
    triggers = doc.in_span("trigger", start, end)
    anchor = next((t for t in triggers if t.text == event.trigger), None)
    return anchor, triggers


def follow_up(doc: Document, event: Event) -> str | None:
    """How the event re-describes an act named before, or None for a new report.

    "specific": the act's own trigger is a definite noun ("أسفر القصف عن").
    "generic": an unqualified killing or attack named by a definite noun, or
    next to one ("وقتل ثلاثة في الهجوم").
    "subset": deaths counted among dead already reported ("من بين القتلى
    ثلاثة قادة"); their number is part of the earlier toll, not a new one.
    "referenced": the act is the object of a reaction ("أدانت المنظمة اختطاف
    الناشط أمس"), whose date is often the reaction's rather than the act's.
    "cause": an act with no toll named as what another answered ("جاءت
    الغارات ردا على إطلاق صواريخ"): an act of its sub-type told before.
    "fallen": the act in which dead already reported fell ("إن القتلى سقطوا
    في ضربات"), at whatever place and (within days) date the sentence gives.
    """
    anchor, triggers = _anchor(doc, event)
    if anchor is None:
        return None
    if _new_act(doc, triggers):
        return "new"
    before = _words_before(doc, event, anchor)
    rules, dedupe = load_event_rules(), load_dedupe_rules()
    if (before and is_generic(anchor) and before[-1] in rules.subset_words) or _subset_marked(doc, event, anchor):
        return "subset"
    if any(strip_conjunction(word) in rules.reaction_words for word in before[-rules.reaction_window:]):
        return "referenced"
    if _where_dead_fell(before):
        return "fallen"
    reaction_words = rules.reaction_words | dedupe.reaction_words
    reactions = [strip_conjunction(word) in reaction_words for word in before]
    if not event.fatalities and any(reactions[-dedupe.reaction_reach:]):
        return "reaction"
    if (definite_noun(anchor, next_word(doc, anchor)) and not counted(before)) or _explained(doc, anchor):
        if event.fatalities and _named_just_before(doc, event, dedupe.grievance_words, dedupe.grievance_reach) \
                and not _answered_in_kind(anchor, triggers, event):
            return None  # the act another answered, with its own toll ("قصفت ... إثر الهجوم الانتحاري الذي أدى إلى سقوط 32 قتيلا")
        return "generic" if is_generic(anchor) else "specific"
    if is_generic(anchor) and any(
        definite_noun(t) and is_generic(t) and t.attrs.get("modality", "asserted") == "asserted"
        for t in _clause_triggers(doc, anchor, triggers)
    ):
        return "generic"
    if not event.fatalities and _named_just_before(doc, event, dedupe.grievance_words, dedupe.grievance_reach):
        return None if _answered_in_kind(anchor, triggers, event) else "cause"
    return None


def _clause_triggers(doc: Document, anchor: Mention, triggers: list[Mention]) -> list[Mention]:
    """The `triggers` that may make `anchor` retell an act: all of its sentence's
    ("نفت موسكو وجود مقاتلين بين القتلى، مؤكدة مصرع خمسة منهم"), but for an anchor
    in a clause telling a parallel fact (`opens_a_parallel_fact`: "ارتفع عدد الشهداء
    في الغارات ...، في حين بثت المقاومة صور عملية قنص جندي"), only those of that
    clause: such a clause tells an act of its own, not the act named before it."""
    sentence = doc.sentence_at(anchor.start)
    if sentence is None:
        return triggers
    start, end = next(((a, b) for a, b in clauses(doc, sentence) if a <= anchor.start < b), (sentence.start, sentence.end))
    if start == sentence.start or not opens_a_parallel_fact(doc, start):
        return triggers
    return [t for t in triggers if start <= t.start < end]


def _answered_in_kind(anchor: Mention, triggers: list[Mention], event: Event) -> bool:
    """The act answering a cause is of the cause's own sub-type ("القصف جاء ردا على قصف").

    The report of that sub-type told before may then be the answer itself, so
    which act the cause names is left open.
    """
    return any(
        t.start < anchor.start and getattr(t.value, "sub_event_type", None) == event.sub_event_type for t in triggers
    )


def told_just_before(
    layout: Layout, merged: list[Event], event: Event, generic: bool, split: Collection[int] = ()
) -> Event | None:
    """The act told in the sentence right before a follow-up that names it by a definite noun.

    "وأسفر التفجير عن سقوط 14 قتيلا" right after the bombing is that
    bombing's toll even when a date further on ("قبل الانتخابات المقررة في
    20 أكتوبر") gave the sentence another day: next to its act, the noun's
    anaphora outweighs the day.  The act is of the same type (any violent
    one for an unqualified killing or attack) in the same area, or one
    report is placed only by a wide area holding the other's place
    (`_held_by_area`), neither is one place of a list (`place_splits`: the
    area's act is not one town's of the list) and the follow-up does not open
    with "also" (`_told_apart`); a date before the noun or within
    `anaphora_date_reach` words after it names another act.  The act keeps
    its own reading (see `process`).
    """
    doc = layout.doc
    anchor, _ = _anchor(doc, event)
    if anchor is None or _dated_noun(doc, event, anchor):
        return None
    before = layout.index(event.evidence_spans[0][0]) - 1
    places = _event_places(doc)
    for kept in reversed(merged):
        same_type = kept.event_type == event.event_type or (
            generic and kept.event_type in VIOLENT_TYPES and event.event_type in VIOLENT_TYPES
        )
        told = any(layout.index(start) == before for start, _ in kept.evidence_spans)
        listed = id(kept) in split or id(event) in split
        area = _same_area(kept, event, names_place(doc, event)) or not (listed or _told_apart(doc, event)) and (
            _held_by_area(places, kept, event, region=True) or _held_by_area(places, event, kept, region=False))
        if told and same_type and not _own_kinds(kept, event) and area:
            return kept
    return None


def _held_by_area(places: dict[PlaceKey, Place], wide: Event, fine: Event, region: bool) -> bool:
    """`wide` is placed only by an area holding `fine`'s finer place: the countryside of
    `fine`'s province ("ريف دير الزور", `_placed_wider`), or with `region` a curated region
    ("جنوب ليبيا", whose province is only its representative point's) within its radius.

    Why: right after an act, its definite noun's sentence often places it at its
    town ("وقالت المصادر إن الغارة استهدفت منزلا ... في بلدة X") where the lead gave
    only the region, or at the province's countryside; a wide area is no second spot.
    A region told after a town is only trusted to hold it when it is the province's
    countryside: a curated region's radius (a road, a coast) may reach towns it does not name."""
    area = places.get(_place_key(wide))
    in_region = region and area is not None and fine.geo_precision < wide.geo_precision and _region_around(
        area, wide, fine)
    return wide.country == fine.country and (in_region or _placed_wider(wide, fine))


def _dated_noun(doc: Document, event: Event, anchor: Mention) -> bool:
    """A date stands before the act's noun ("غداة المجزرة التي ارتكبتها أول من أمس") or
    within `anaphora_date_reach` words after it."""
    reach = load_dedupe_rules().anaphora_date_reach
    end = doc.norm_index(anchor.end)
    return any(
        m.start < anchor.start or len(WORD_RE.findall(doc.norm, end, doc.norm_index(m.start))) < reach
        for m in doc.in_span("date", *event.evidence_spans[0])
    )


def _where_dead_fell(before: list[str]) -> bool:
    """The words before the act's noun end with dead told before falling in it ("إن القتلى
    سقطوا في ضربات"): `fallen_nouns` then `fallen_verbs`, within `fallen_reach` words.
    Why: the sentence names the act those dead fell in, often dated by the day a source
    said so, and was coded as a second, toll-less strike."""
    rules = load_dedupe_rules()
    for at in range(max(1, len(before) - rules.fallen_reach), len(before)):
        if before[at] in rules.fallen_verbs and strip_conjunction(before[at - 1]) in rules.fallen_nouns:
            return True
    return False


def _explained(doc: Document, anchor: Mention) -> bool:
    """The act's noun is the subject of a verb that explains it ("قتل العناصر جاء
    إثر كمين"): the sentence tells how an act already reported came about."""
    rules = load_dedupe_rules()
    after = WORD_RE.findall(doc.norm, doc.norm_index(anchor.end))[: rules.explanation_reach]
    return any(strip_conjunction(word) in rules.explanation_verbs for word in after)


def back_reference(doc: Document, event: Event) -> bool:
    """The act's definite noun points at an act told elsewhere in the article:
    "بعد الاشتباكات"، "في أعقاب الهجوم" or "الغارة الأخيرة"."""
    anchor, _ = _anchor(doc, event)
    if anchor is None:
        return False
    rules = load_dedupe_rules()
    before = _words_before(doc, event, anchor)[-1:]
    return bool(before and strip_conjunction(before[0]) in rules.reference_before) or (
        next_word(doc, anchor) in rules.reference_after
    )


def perpetrator_named(doc: Document, event: Event) -> bool:
    """The act's noun names what a person is the perpetrator of ("منفذ هجوم الطعن"):
    a sentence about that person, whose act the article tells elsewhere."""
    anchor, _ = _anchor(doc, event)
    if anchor is None:
        return False
    before = _words_before(doc, event, anchor)[-1:]
    return bool(before) and strip_conjunction(before[0]) in load_dedupe_rules().perpetrator_words


def link_forward(
    merged: list[Event], pending: dict[int, tuple[bool, bool]], copies: Copies | None = None
) -> list[Event]:
    """Fold a reference with no earlier act into the first later report it names.

    A lead often names the act its body then tells ("هدد ... بعد الاشتباكات
    الأخيرة على الحدود"): the body's report holds the act, with its own sides.
    `pending` maps each such reference to (generic noun, names a place).
    """
    folded: set[int] = set()
    for at, ref in enumerate(merged):
        if id(ref) not in pending:
            continue
        generic, named_place = pending[id(ref)]
        later = [e for e in merged[at + 1:] if id(e) not in folded]
        twin = antecedent(later[::-1], ref, generic=generic, named_place=named_place)
        if twin is not None:
            record_copy(copies, twin, ref)
            absorb(twin, ref)
            folded.add(id(ref))
    return [e for e in merged if id(e) not in folded]


def _new_act(doc: Document, triggers: list[Mention]) -> bool:
    """An act's noun followed by "another" or "new" ("هجوم آخر"، "غارة جديدة"): the
    sentence tells a further act, however definite its other words ("بعد هذا
    التفجير، استهدف هجوم آخر ...").  A further act only feared or expected
    ("تخوفا من انفجارات ثانية") tells none."""
    return any(trigger.attrs.get("modality", "asserted") == "asserted" and names_a_further_act(doc, trigger)
               for trigger in triggers)


def _subset_marked(doc: Document, event: Event, anchor: Mention) -> bool:
    """Deaths introduced as part of dead told before ("٣ من هؤلاء الضحايا قتلوا"),
    whatever act the sentence then names as their cause ("جراء سقوط قذيفة").  An act
    with no killing of its own is marked so by its only dead, counted after it too
    ("أوضح أنه تم استهداف عناصرهم ... وأن من بين القتلى 8 قادة")."""
    rules = load_dedupe_rules()
    start, end = event.evidence_spans[0]
    own_killing = anchor.attrs.get("generic_killing") or any(
        t.attrs.get("generic_killing") for t in doc.in_span("trigger", start, anchor.start))
    for trigger in doc.in_span("trigger", start, anchor.end if own_killing else end):
        if trigger.attrs.get("generic_killing"):
            text = f" {' '.join(_words_before(doc, event, trigger)[-rules.subset_reach:])} "
            if any(f" {marker} " in text for marker in rules.subset_markers):
                return True
    return False


def reacted_to(doc: Document, merged: list[Event], event: Event, cause: bool = False,
               coded_place: bool = False) -> Event | None:
    """The latest earlier act a reaction with no toll of its own condemns or welcomes.

    "ندد الرئيس خلال زيارة إلى X بهجوم إرهابي" names the attack the article
    told within `reaction_days`: an act of the same type, or for an
    unqualified "attack" any violent act (a reaction types it loosely).  A
    place named before the act's noun is where the speaker was, so only a
    place after it must agree with the act's.  A `cause` ("ردا على إطلاق
    صواريخ") is an act of the same sub-type told in an earlier sentence: the
    act of its own sentence is the answer to it, never the cause itself.
    With `coded_place` (an act a reaction names, "وفي عدن أدانت الحكومة التفجير، وأكدت
    وقوف اليمن ..."), as for a cause, only a place the event was coded from counts as its own.
    The act is one whichever report the genre stage flagged as background: an act
    condemned two days on is the reaction's topic (flagged), while the next
    statement's "أمس" dates only that statement's copy of it.
    """
    anchor, _ = _anchor(doc, event)
    own_place = anchor is not None and any(
        m.start >= anchor.start and (not (cause or coded_place) or _names_location(m, event))
        for m in doc.in_span("place", *event.evidence_spans[0])
    )
    days = load_event_rules().reaction_days
    loose = anchor is not None and is_generic(anchor) and not cause
    for kept in reversed(merged):
        same_type = kept.event_type == event.event_type or (
            loose and kept.event_type in VIOLENT_TYPES and event.event_type in VIOLENT_TYPES
        )
        if cause and (kept.sub_event_type != event.sub_event_type or event.evidence_spans[0] in kept.evidence_spans):
            continue
        if (
            same_type
            and (not own_place or _same_area(kept, event, named_place=True))
            and (_dates_compatible(kept, event) or _within_days(kept, event, days))
        ):
            if not own_place:
                _borrow_place(event, kept)
            return kept
    return None


def _names_location(mention: Mention, event: Event) -> bool:
    """The place mention may be where the event was coded.

    A cause's clause names its target ("ردا على إطلاق صواريخ ضد إسرائيل")
    while the report was placed from its author elsewhere: only a mention
    the event's place came from is a place of the cause's own.
    """
    return any(place.name == event.location for place in mention.value or ())


def _borrow_place(event: Event, kept: Event) -> None:
    """Give a report whose place was only a guess the place of the act it names."""
    for name in PLACE_FIELDS:
        setattr(event, name, getattr(kept, name))


def pointed_back(doc: Document, merged: list[Event], event: Event) -> Event | None:
    """The latest kept report of the act a demonstrative points back to
    ("ولم تعلق الوزارة على هذه الاعتقالات"، "فمثل هذا التفجير يجسد ضعف التنظيم"); the
    re-mention is dropped, since the place or day its sentence gives are the speaker's,
    and only a toll it tells of an act told without one is kept.

    The act is a definite noun with a `demonstratives` word (clauses.yaml) right
    before it, no punctuation between, bare or after a proclitic (و ف ب ل): the act
    is one the article told, so its own sentence's day, place and sides are not the
    act's.  A violent act points to one of its type, a crowd to any crowd report
    ("وجرت تلك التظاهرة" after a march that turned violent: `protest_ranks`, though
    the sentence's own span "منذ 30 مارس" reads as background), any
    other to one of its sub-type; with none told, it stays a report.
    """
    anchor, _ = _anchor(doc, event)
    if anchor is None or not event.evidence_spans or not normalize(anchor.text).startswith("ال"):
        return None
    words = doc.text[event.evidence_spans[0][0]:anchor.start].split()
    word = normalize(words[-1]) if words and doc.text[:anchor.start].endswith((" ", "\u00a0")) else ""
    demonstratives = load_dedupe_rules().demonstratives
    if not (word in demonstratives or word[:1] in "وفبل" and word[1:] in demonstratives):
        return None
    violent = event.event_type in VIOLENT_TYPES
    crowd = _is_crowd(event)
    return next((kept for kept in reversed(merged) if (kept.background == event.background or crowd) and (
        kept.event_type == event.event_type if violent
        else _is_crowd(kept) if crowd else kept.sub_event_type == event.sub_event_type)), None)


def _words_before(doc: Document, event: Event, anchor: Mention) -> list[str]:
    """Normalized words of the event's sentence before its trigger."""
    start = event.evidence_spans[0][0]
    return WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(anchor.start)])


def names_place(doc: Document, event: Event) -> bool:
    """Whether the event's own sentence names a place (else its place was inherited from context)."""
    return any(doc.in_span("place", *span) for span in event.evidence_spans[:1])


def _same_area(a: Event, b: Event, named_place: bool) -> bool:
    """Same country and province (unless one report has none), and not two distinct exact places.

    "وتستمر المعارك في حي X" after a clash in a neighbouring district is
    fighting at a new place: a follow-up that names its own place links
    across two places only when one of them is a whole province or country.
    """
    if a.country and b.country and a.country != b.country:
        return False
    if not named_place:
        return True  # "وأسفرت المواجهات عن ...": a place not named is only a guess from context
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    return (
        not named_place
        or a.location == b.location
        or not (a.admin1 and b.admin1)
        or max(a.geo_precision, b.geo_precision) > 2
    )


def antecedent(
    merged: list[Event], event: Event, generic: bool, named_place: bool = True, loose_date: bool = False
) -> Event | None:
    """The latest earlier event a follow-up report refers to, if any.

    It has the same type (any violent type for an unqualified killing or
    attack; the same sub-type for a change of territory, which is never a
    re-description of a clash, and for talks and other strategic developments
    of no named kind: "المحادثات" after a truce are the talks), lies in the same area and at
    a compatible date.
    """
    for kept in reversed(merged):
        if generic:
            same_type = kept.event_type in VIOLENT_TYPES and event.event_type in VIOLENT_TYPES
        elif _own_kinds(kept, event):
            same_type = kept.sub_event_type == event.sub_event_type
        else:
            same_type = kept.event_type == event.event_type
        dates_ok = _dates_compatible(kept, event) or _detailed_later(kept, event) or _detailed_later(event, kept) or (
            loose_date and _within_days(kept, event, load_event_rules().reaction_days)
        )
        if same_type and _same_area(kept, event, named_place) and dates_ok and not _targets_apart(kept, event):
            return kept
    return None


def _targets_apart(a: Event, b: Event) -> bool:
    """Two reports whose second sides are of different kinds (civilians, an armed side), one of
    them a recall ("وكانت X قد هاجمت معسكرات الجماعة الأسبوع الماضي" after "قتل سكان قرية في
    الغارات"): the recall names an earlier act on its own kind of target.  (A current act's two
    reports may differ in day and victim: a mis-dated lead, a misread victim.)"""
    kinds = {_target_kind(a), _target_kind(b)}
    return kinds == {"civilians", "armed"} and (a.background or b.background)


def _target_kind(event: Event) -> str | None:
    """Civilians or an armed side, from a second side read as such (see `_side`); else None."""
    if not _actor_known(_side(event, 2)):
        return None
    rules = load_dedupe_rules()
    if event.inter2 in rules.civilian_inters:
        return "civilians"
    return "armed" if event.inter2 in rules.armed_inters else None


def _detailed_later(vague: Event, detail: Event) -> bool:
    """A vague report (only a country, a day known only roughly) and one that
    dates the act earlier ("أعلنت الوزارة مقتل قيادي في غارة في أفغانستان"
    ... "وقتل في الغارة التي جرت في 11 يوليو"): the vague one's date is the
    news', so the other's day within `detail_days` before it is the act's."""
    return (
        not vague.admin1 and vague.time_precision > 1 and detail.time_precision == 1
        and bool(vague.event_date and detail.event_date)
        and 0 <= _days(vague.event_date) - _days(detail.event_date) <= load_dedupe_rules().detail_days
    )


def _own_kinds(a: Event, b: Event) -> bool:
    """Whether either event is of a kind told apart from its type's other sub-types: a change of
    territory, a strategic development of no named kind (talks, statements) next to a named one,
    or a deal next to the handover it brings ("بدأ المقاتلون مغادرة البلدة في صفقة إجلاء" then
    "وبدأ تنفيذ الاتفاق"): the deal and the withdrawal are two events (EVENTS.md §2)."""
    rules = load_dedupe_rules()
    deals = (*rules.party_sub_types, *rules.handover_sub_types)
    return any(e.sub_event_type in TERRITORY or _other_strategic(e) or e.sub_event_type in deals for e in (a, b))


def _other_strategic(event: Event) -> bool:
    return event.event_type == STRATEGIC and event.sub_event_type == OTHER


# ------------------------------------------------------------- named targets
@dataclass(slots=True)
class Target:
    """Where an event's reports may name the act's target: the zones around
    its triggers, their distinctive words and (found only when needed, the
    tagger being slow) the persons named there."""

    zones: list[tuple[int, int]]
    words: frozenset[str]
    names: frozenset[str] | None = None


Targets = dict[int, Target]


def same_target(doc: Document, merged: list[Event], event: Event, targets: Targets) -> Event | None:
    """The latest earlier event told of the same named person, if any.

    A person is arrested, abducted or killed once in a few days: two reports
    naming the same person next to the act ("القبض على فلان الفلاني" ...
    "القبض على الفلاني تم في حي ...") in the same province (or one placed
    only by a region) are one act whatever sides or sub-type each sentence
    came out with.  Events told in
    one sentence were split on purpose (several places or acts) and stay
    apart, and so do two reports whose acts fall on two persons named by
    title (`victim_titles`): the name they share is then someone else's.
    """
    if not event.evidence_spans:
        return None
    ours = None
    for kept in reversed(merged):
        if event.evidence_spans[0] in kept.evidence_spans or not _target_comparable(kept, event):
            continue
        ours = ours or _target(doc, event, targets)
        theirs = _target(doc, kept, targets)
        if ours.words & theirs.words and (
            _names(doc, ours) & theirs.words or _names(doc, theirs) & ours.words
        ) and not _other_objects(doc, event, kept):
            return kept
    return None


def join_targets(targets: Targets, kept: Event, other: Event) -> None:
    """After a merge, the kept event answers to the names either report gave."""
    if id(other) in targets and id(kept) in targets:
        ours, theirs = targets[id(kept)], targets[id(other)]
        targets[id(kept)] = Target(ours.zones + theirs.zones, ours.words | theirs.words)
    elif id(other) in targets:
        targets[id(kept)] = targets[id(other)]


def _target_comparable(a: Event, b: Event) -> bool:
    """Kinds of act, area and dates that may be one act on one person."""
    rules = load_dedupe_rules()
    if a.background != b.background:
        return False
    kinds_ok = a.sub_event_type == b.sub_event_type or (a.event_type in VIOLENT_TYPES and b.event_type in VIOLENT_TYPES)
    kinds_ok = kinds_ok or any(
        normalize(a.sub_event_type) in group and normalize(b.sub_event_type) in group
        for group in rules.named_target_sub_types
    )
    if not kinds_ok or (a.country and b.country and a.country != b.country):
        return False
    # a report placed only by a region ("ينتمي إلى ... في غرب ليبيا") says little of where the act was
    if a.admin1 and b.admin1 and a.admin1 != b.admin1 and max(a.geo_precision, b.geo_precision) < 3:
        return False
    return not (a.event_date and b.event_date) or _within_days(a, b, rules.named_target_days)


def _target(doc: Document, event: Event, targets: Targets) -> Target:
    """The event's target zone and its distinctive words, computed once per event.

    Only words within `named_target_window` words of the trigger count, and
    none inside a speaker (`source`) or actor mention: a spokesman or a
    party's leader named in two reports does not make them one act.  Words
    are kept in every clitic reading without the article, so a surname
    alone finds the full name told elsewhere.
    """
    if id(event) not in targets:
        anchor, _ = _anchor(doc, event)
        zone = _target_zone(doc, event, anchor) if anchor is not None else None
        words = frozenset(
            key for match in _free_words(doc, zone) for stem in strip_clitics(normalize(match.group()))
            if len(key := _bare(stem)) >= 3 and key not in _never_names()
        ) if zone else frozenset()
        targets[id(event)] = Target([zone] if zone else [], words)
    return targets[id(event)]


def _own_tolls(layout: Layout, kept: Event, event: Event) -> bool:
    """Two reports apart in the article, at two places, each counting its own dead (11 killed in
    an ambush at one town, 120 in a battle for a quarter elsewhere): two acts, even when one
    place is known only by its country.  A report at a wider area counting the very number of
    dead the other counts at its town ("قتل 12 مسلحا في مدينة X" then "اشتباكات أسفرت عن مقتل
    12 مسلحا") retells that act, whatever toll each report was left with (`_shared_count`)."""
    doc = layout.doc
    return (
        layout.gap(kept, event) > 1 and kept.location != event.location
        and kept.fatalities != event.fatalities and bool(_toll_counts(doc, kept)) and bool(_toll_counts(doc, event))
        and not (kept.geo_precision != event.geo_precision and _shared_count(doc, kept, event))
    )


def _shared_count(doc: Document, a: Event, b: Event) -> bool:
    """The two reports' sentences give one death count: the same dead, told twice.

    A count is also compared as written: "17 تلميذا ومعلما" may be read as 17
    pupils and one teacher (18) where another sentence says "17 قتيلا", yet the
    figure the two sentences print is one toll (a lead at the province and the
    body's account at the town of one shooting)."""
    def killed(event: Event) -> set[int]:
        counts = [
            m for span in event.evidence_spans for m in doc.in_span("number", *span)
            if m.attrs.get("role") == "killed" and isinstance(m.value, int)
        ]
        values = {m.value for m in counts} | {int(m.text) for m in counts if m.text.strip().isdecimal()}
        return {value for value in values if value > 1}
    return bool(killed(a) & killed(b))


def _distinct(doc: Document, event: Event, kept: Event) -> bool:
    """The later report `event` tells an act other than `kept` whatever their fields share."""
    return (
        _other_objects(doc, event, kept) or _own_protest(doc, event, kept) or _further_elsewhere(doc, event, kept)
        or _further_clause(doc, event, kept)
    )


def _further_clause(doc: Document, event: Event, kept: Event) -> bool:
    """Two acts of one sentence at two places, the later one in a clause
    opening with "also" ("قتل جندي في بلدة X، كما قتل ثلاثة في قرية بولاية
    Y") or telling a parallel fact (`opens_a_parallel_fact`: "استشهد 20 في
    قصف على القطاع، في حين يواصل الاحتلال استهداف النازحين في مخيم X"): a
    further act, even when the first place lies in the second's province."""
    if event.location == kept.location or event.evidence_spans[:1] != kept.evidence_spans[:1]:
        return False
    anchor, _ = _anchor(doc, event)
    first, _ = _anchor(doc, kept)
    sentence = doc.sentence_at(anchor.start) if anchor is not None else None
    if anchor is None or first is None or sentence is None or anchor.start <= first.start:
        return False
    start = next((a for a, b in clauses(doc, sentence) if a <= anchor.start < b), sentence.start)
    opener = WORD_RE.search(doc.norm, doc.norm_index(start))
    return start > first.start and opener is not None and (
        opener.group() in load_dedupe_rules().city_detail_apart or opens_a_parallel_fact(doc, start))


def _further_elsewhere(doc: Document, event: Event, kept: Event) -> bool:
    """A report opening with "also" ("كما قصفت الطائرات مخزنا في جبل X بمديرية Y") at a
    named town or district other than the act told before, neither holding the
    other, tells a further act there (EVENTS.md: one event per place), however
    alike its attacker, sub-type and day."""
    return (
        event.location != kept.location and _named_spot(event) and _named_spot(kept)
        and not (_district_contains(event, kept) or _district_contains(kept, event))
        and _told_apart(doc, event)
    )


def _own_protest(doc: Document, event: Event, kept: Event) -> bool:
    """A protest introduced with its own size ("مظاهرة كبرى حضرها الآلاف") on another day
    than the protest told before it is a further protest.

    A report dated only by the news' week matches any protest of that week
    in the city; an indefinite noun of the sentence's protest with a crowd
    of its own introduces a new gathering (a re-description names the
    earlier one with a definite noun: "المظاهرة").
    """
    if not (event.event_type == kept.event_type in CROWD_TYPES and event.event_date and kept.event_date):
        return False
    anchor, triggers = _anchor(doc, event)
    if event.event_date == kept.event_date or anchor is None:
        return False
    end = event.evidence_spans[0][1]
    return any(
        t.attrs.get("pattern_id") == anchor.attrs.get("pattern_id") and t.attrs.get("voice") == "noun"
        and not definite_noun(t, next_word(doc, t))
        and _sized(doc, t, end)
        for t in triggers
    )


def _sized(doc: Document, noun: Mention, end: int) -> bool:
    """A size word or a count of people within `crowd_reach` words after a protest's noun."""
    rules = load_dedupe_rules()
    words = list(WORD_RE.finditer(doc.text, noun.end, end))[: rules.crowd_reach]
    if not words:
        return False
    if any(strip_conjunction(normalize(w.group())) in rules.crowd_words for w in words):
        return True
    return any(
        isinstance(m.value, int) and m.value >= rules.crowd_min
        for m in doc.in_span("number", noun.end, words[-1].end())
    )


def _other_objects(doc: Document, event: Event, kept: Event) -> bool:
    """Both reports name a person by title right after their act's word, and the two share no word."""
    ours, theirs = _object_words(doc, event), _object_words(doc, kept)
    return bool(ours and theirs) and not ours & theirs


def _object_words(doc: Document, event: Event) -> frozenset[str]:
    """Distinctive words of the person named by title right after the trigger of the event's
    first report ("اغتيل العقيد فلان"), outside speaker, actor and place mentions."""
    anchor, _ = _anchor(doc, event)
    if anchor is None:
        return frozenset()
    rules = load_dedupe_rules()
    end = event.evidence_spans[0][1]
    places = [(m.start, m.end) for m in doc.in_span("place", anchor.end, end)]
    words = [
        match.group() for match in _free_words(doc, (anchor.end, end))
        if not any(s < match.end() and match.start() < e for s, e in places)
    ][:rules.victim_window + 1]
    if not words or _bare(strip_conjunction(normalize(words[0]))) not in rules.victim_titles:
        return frozenset()
    return frozenset(
        key for word in words[1:] for stem in strip_clitics(normalize(word))
        if len(key := _bare(stem)) >= 3 and key not in _never_names()
    )


def _free_words(doc: Document, zone: tuple[int, int]) -> list[re.Match[str]]:
    """Word matches of a zone outside speaker and actor mentions."""
    taken = [(m.start, m.end) for kind in ("source", "actor") for m in doc.in_span(kind, *zone)]
    return [
        match for match in WORD_RE.finditer(doc.text, *zone)
        if not any(s < match.end() and match.start() < e for s, e in taken)
    ]


def _names(doc: Document, target: Target) -> frozenset[str]:
    """Distinctive words of the persons the NER model finds in a target's zones.

    A name must have two words or more: the model's one-word persons are
    too often common nouns.
    """
    if target.names is None:
        from marsad.ner import find_entities  # the tagger loads only when two reports may be one

        names: set[str] = set()
        for start, end in target.zones:
            free = {match.span() for match in _free_words(doc, (start, end))}
            for a, b, label in find_entities(doc.slice(start, end)):
                spans = [m.span() for m in WORD_RE.finditer(doc.text, a + start, b + start)]
                if label == "PERS" and len(spans) > 1 and all(span in free for span in spans):
                    names.update(
                        key for x, y in spans
                        if len(key := _bare(normalize(doc.text[x:y]))) >= 3 and key not in _never_names()
                    )
        target.names = frozenset(names)
    return target.names


@functools.cache
def _never_names() -> frozenset[str]:
    """Words that identify no person: name particles (`name_stopwords`), the NER
    training set's common words, and the words of the actor catalogue's
    aliases ("قوات صالح": a leader who stands for a side is no act's target)."""
    from marsad.ner import load_gazetteer

    sides = (word for alias in load_catalogue().aliases for word in alias.split())
    words = {*load_dedupe_rules().name_stopwords, *load_gazetteer().common, *sides}
    return frozenset(words | {_bare(word) for word in words})


def _target_zone(doc: Document, event: Event, anchor: Mention) -> tuple[int, int]:
    """Raw span of the event's first sentence within the target window around its trigger."""
    window = load_dedupe_rules().named_target_window
    first, last = event.evidence_spans[0]
    before = [m.start() for m in WORD_RE.finditer(doc.text, first, anchor.start)][-window:]
    after = [m.end() for m in WORD_RE.finditer(doc.text, anchor.end, last)][:window]
    return (before[0] if before else anchor.start), (after[-1] if after else anchor.end)


def _bare(word: str) -> str:
    """A word without a leading article ("العمري" → "عمري")."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


# ----------------------------------------------------------------- summaries
def fold_summaries(events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold lead summaries into the detailed events that follow them.

    A summary ("قتل 12 شخصا في غارات على ريف إدلب") is coarser than each
    detail (a province, region or country against a town or district inside
    it), of the same type and acting side, and its toll
    is at least the details' sum (or it has none): the details are the
    events, the summary only adds its evidence (and any field they lack).
    """
    folded: set[int] = set()
    for summary in sorted(events, key=lambda e: -e.geo_precision):
        details = [d for d in events if id(d) not in folded and d is not summary and details_summary(summary, d)]
        if not details or (summary.fatalities and sum(d.fatalities for d in details) > summary.fatalities):
            continue
        if any(d.fatalities for d in details):
            summary.fatalities = 0  # the details carry the toll
        record_copy(copies, details[0], summary)
        absorb(details[0], summary)
        folded.add(id(summary))
    return [e for e in events if id(e) not in folded]


def details_summary(summary: Event, detail: Event) -> bool:
    """Whether `detail` reports, at a finer place, one of the acts a lead `summary` sums up."""
    if summary.event_type != detail.event_type or summary.background != detail.background:
        return False
    if not summary.evidence_spans or not detail.evidence_spans or summary.evidence_spans[0] >= detail.evidence_spans[0]:
        return False  # the summary leads
    if summary.geo_precision < 3 or detail.geo_precision == 3 or summary.country != detail.country:
        return False  # a province, region or country sums up; a town, a district or a city details
    if summary.admin1 and summary.admin1 != detail.admin1:
        return False
    return _same_kind(summary, detail) and _same_attacker(summary, detail) and _dates_compatible(summary, detail)


def _same_kind(summary: Event, detail: Event) -> bool:
    """One sub-type, or two a summary may call one another (`summary_sub_types`)."""
    sub_types = normalize(summary.sub_event_type), normalize(detail.sub_event_type)
    return sub_types[0] == sub_types[1] or any(
        sub_types[0] in group and sub_types[1] in group for group in load_dedupe_rules().summary_sub_types
    )


def _same_attacker(summary: Event, detail: Event) -> bool:
    """The acting side agrees (or one is unknown); for a battle either side may be named first.

    A summary's second side is often vaguer or misread ("قتل 19 مواطنا"
    against one detail's named victims), so only the acting side is compared.
    """
    if _actors_compatible(summary.actor1, detail.actor1):
        return True
    return summary.event_type == "Battles" and _actors_compatible(summary.actor1, detail.actor2) and (
        _actors_compatible(summary.actor2, detail.actor1)
    )


# ------------------------------------------------------------- scope summaries
def fold_scope_summaries(layout: Layout, events: list[Event], copies: Copies) -> list[Event]:
    """Drop the summary of acts the article then itemises, and keep its total off any one act.

    A lead or paragraph often sums up a day's acts over several scenes it does
    not tell apart ("قتل 130 في مواجهات وغارات في جبهات الساحل الغربي"، "في
    حوادث أمنية منفصلة في مناطق متفرقة من بغداد"، "في غارات على عدة مناطق
    بمحافظتي إدلب وحلب"; `summary_scopes` in clauses.yaml and the events
    stage's `scattered_areas`), and then tells the acts one by one.  Such a
    report (`_sums_up`), merged with no report placed finer than its unit, is no
    event of its own when the article codes two or more acts of its kind inside that unit
    (the provinces its sentence's reports name), one in its own province, on its day
    (`_itemised`): its sentence joins the first of them.  With fewer itemised acts it is the
    only report of its acts and stays.

    Its toll is a total over those scenes, so it is never one scene's: a merged
    event whose toll only a summing report gives (the report above placed no finer
    than its unit, its phrase in a clause counting dead, or one at a whole province
    beside two or more acts of its kind the article tells in that province, whose
    tolls it covers) keeps the toll its own detailed reports give ("قتل أكثر من 70 ... في جبهات متفرقة" merged with the strike
    "وقصفت المقاتلات مواقع في التحيتا": no toll of its own), as long as
    another violent act is itemised inside the unit.  `fold_summaries` and
    `summarises` fold a coarser lead into one detail; this rule covers the
    summary that spans several details and the toll that a fold carried on.
    """
    doc = layout.doc
    reports = {id(e): copies.get(id(e)) or [e] for e in events}
    scoped = {id(r): _sums_up(doc, r) for group in reports.values() for r in group}
    units: dict[tuple[int, int], set[str | None]] = {}
    for group in reports.values():
        for report in group:
            if scoped[id(report)] and report.evidence_spans:
                units.setdefault(report.evidence_spans[0], set()).add(report.admin1)
    summaries = {id(e) for e in events if _summary_only(reports[id(e)], scoped) and _unit_wide(e)}
    detailed = [e for e in events if id(e) not in summaries]
    dropped: set[int] = set()
    for summary in (e for e in events if id(e) in summaries):
        group = reports[id(summary)]
        unit = set().union(*(units.get(r.evidence_spans[0], set()) for r in group if r.evidence_spans))
        acts = [d for d in detailed if _itemised(summary, d, unit, kind=True)]
        # its own province holds one of them: "في صعدة وحجة" then acts only in Saada leaves Hajjah's
        if len(acts) >= 2 and (not summary.admin1 or any(d.admin1 == summary.admin1 for d in acts)):
            acts[0].evidence_spans = sorted(set(acts[0].evidence_spans) | set(summary.evidence_spans))
            dropped.add(id(summary))
    kept = [e for e in events if id(e) not in dropped]
    for event in kept:
        _detail_toll(doc, event, reports[id(event)], units, [e for e in detailed if e is not event])
    return kept


def _sums_up(doc: Document, report: Event, toll: bool = False) -> bool:
    """The report's sentence spreads its act over scenes it does not tell apart
    (`summary_scopes` in clauses.yaml, `scattered_areas` of the events stage), not
    in a stretch telling an act before or after it (`summary_scope_not_after`: "بعد
    شن ثلاث هجمات منفصلة").  With `toll`, the phrase spreads a death count: it stands
    in a clause that counts dead, not in an aside on the victim's past ("قتل ... وهو
    ضالع في هجمات في عدة مناطق")."""
    if not report.evidence_spans:
        return False
    if toll:
        sentence = next((s for s in doc.sentences if (s.start, s.end) == report.evidence_spans[0]), None)
        return sentence is not None and any(
            _scope_in(doc, *clause) for clause in clauses(doc, sentence)
            if any(m.attrs.get("role") in ("killed", "total") for m in doc.in_span("number", *clause)))
    return _scope_in(doc, *report.evidence_spans[0])


def _scope_in(doc: Document, start: int, end: int) -> bool:
    """A scope phrase of `_sums_up` in the raw span [start, end)."""
    rules = load_dedupe_rules()
    words = WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(end)])
    phrases = rules.summary_scopes + load_event_rules().scattered_areas
    return any(
        phrase[0] in stems and tuple(words[i + 1: i + len(phrase)]) == phrase[1:]
        and rules.summary_scope_not_after.isdisjoint(map(strip_conjunction, words[max(0, i - rules.summary_scope_reach): i]))
        for i, stems in enumerate(map(strip_clitics, words)) for phrase in phrases
    )


def _summary_only(group: list[Event], scoped: dict[int, bool]) -> bool:
    """A summing report and, beside it, only reports placed no finer than a unit and
    counting no dead ("وقال إن القصف على إدلب هو الأعنف"): no report tells one scene
    of its acts.  A toll told for the province alone ("قتل ثمانية في كمين بمحافظة
    لحج") may be one act placed coarsely, and keeps the event."""
    return any(scoped[id(r)] for r in group) and all(
        scoped[id(r)] or (_unit_wide(r) and not r.fatalities) for r in group)


def _unit_wide(event: Event) -> bool:
    """Placed no finer than a unit: an area (gp 2 or 3) or the city its province is named after
    (the sources spell one name with different marks: "Sa'dah" and "Sa`dah").  An event with no
    place named is no unit's."""
    own = _name_key(event.location)
    return event.geo_precision >= 2 or own != "-" and own in (_name_key(event.admin1), _name_key(event.country))


def _name_key(name: str | None) -> str:
    """A place name's Latin letters only, for comparing two sources' spellings."""
    return re.sub(r"[^a-z]", "", (name or "").lower()) or "-"


def _whole_district(event: Event) -> bool:
    """Placed at a whole second-level unit ("مديرية باقم")."""
    return event.geo_precision == 2 and bool(event.admin2) and event.location == event.admin2


def _itemised(summary: Event, act: Event, unit: set[str | None], kind: bool) -> bool:
    """`act` is one of the acts `summary` sums up: at a place of its own inside the
    summary's unit (the provinces its sentence names; its district when it is placed
    at one), on a compatible day; with `kind`, of the summary's kind."""
    if act.background != summary.background or act.country != summary.country or act.geo_precision == 3:
        return False
    if act.location == summary.location or _name_key(act.location) == _name_key(act.admin1):
        return False
    if any(unit) and act.admin1 not in unit:
        return False
    if _whole_district(summary) and not _district_contains(summary, act):
        return False  # "في مناطق متفرقة من مديرية X": acts in other districts are not its own
    if kind and act.event_type != summary.event_type and not _same_kind(summary, act):
        return False
    return act.event_type in VIOLENT_TYPES and _dates_compatible(summary, act)


def _detail_toll(doc: Document, event: Event, group: list[Event],
                 units: dict[tuple[int, int], set[str | None]], others: list[Event]) -> None:
    """Give a merged event the toll of its detailed reports when only a summing report gave it."""
    if not event.fatalities or len(group) < 2:
        return
    # a summing report placed at a town of its own tells that town's dead, whatever its aside says
    summing = [r for r in group if (_unit_wide(r) and _sums_up(doc, r, toll=True)) or _province_total(r, others)]
    # a detail is told at a scene of its own, not at the summary's place again
    details = [r for r in group if all(r is not s for s in summing) and r.geo_precision < 3
               and r.location not in {s.location for s in summing}]
    if not summing or not details or event.fatalities not in {r.fatalities for r in summing}:
        return  # the toll is the details' own, or was added up from several reports
    best = max(details, key=lambda r: r.fatalities)
    if best.fatalities == event.fatalities:
        return
    unit = set().union(*(units.get(r.evidence_spans[0], {r.admin1}) for r in summing if r.evidence_spans))
    if not any(_itemised(r, d, unit, kind=False) and d.location != event.location for r in summing for d in others):
        return
    for name in TOLL_FIELDS:
        setattr(event, name, getattr(best, name))


def _province_total(report: Event, others: list[Event]) -> bool:
    """A report at a whole province whose toll covers two or more acts of its kind
    the article tells at places inside that province, at least one with deaths."""
    if report.geo_precision < 3 or not report.admin1 or not report.fatalities:
        return False
    acts = [d for d in others if _itemised(report, d, {report.admin1}, kind=True)]
    tolls = sum(d.fatalities for d in acts)
    return len(acts) >= 2 and 0 < tolls <= report.fatalities


# ------------------------------------------------------------- city details
def fold_city_details(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a report at a whole city into the report at a village or neighbourhood by it.

    "شنت الطائرات غارات على صنعاء" and "استهدفت غارة قرية X قرب صنعاء" (or
    "الضربات أصابت هدفا في حي X جنوب غزة" and "وأتت الضربات ردا على ...")
    tell one act at two levels of detail.  Both places come out exact, so
    the province-level fold (`fold_summaries`) misses them; the finer
    report's sentence placing it by the city is what makes them one act
    rather than strikes on two towns of one area (see `city_detail`).
    """
    places = _event_places(layout.doc)
    return _fold_into(events, lambda city, detail: city_detail(layout, places, city, detail), _fold_city, copies)


PlaceKey = tuple[str, float, float]


def _event_places(doc: Document) -> dict[PlaceKey, Place]:
    """The gazetteer places chosen for the article's place mentions, by name and coordinates."""
    return {
        (place.name, place.lat, place.lon): place
        for mention in doc.of_kind("place") if (place := mention.attrs.get("place")) is not None
    }


def _place_key(event: Event) -> PlaceKey:
    return (event.location or "", event.latitude or 0.0, event.longitude or 0.0)


def city_detail(layout: Layout, places: dict[PlaceKey, Place], city: Event, detail: Event) -> bool:
    """`detail` tells, at a village or neighbourhood by it, the act `city` tells at a whole city.

    Same sub-type, background, attacker and toll (or one report has none);
    the same day, or the detail's sentences give none; the city's report
    first, unless it names the act by a noun with the article or a pronoun
    (`_retold_by_article`: the detail retold, placed by the city); the finer
    place within `city_detail_km` of the city and named by it (`_placed_by`), or, when the city's report is placed only by a
    direction from the city (`_placed_by_direction`), a spot or district
    within `direction_detail_km`; the two within `city_detail_reach`
    sentences; and neither report told as a further act ("كما"، "هجوم آخر").
    """
    rules = load_dedupe_rules()
    wide, fine = places.get(_place_key(city)), places.get(_place_key(detail))
    if wide is None or fine is None or wide.feature_class not in rules.city_classes:
        return False
    directed = _placed_by_direction(layout.doc, city, wide)
    classes = rules.direction_detail_classes if directed else rules.detail_classes
    if fine.feature_class not in classes or city.country != detail.country:
        return False
    if (city.event_type, city.sub_event_type, city.background) != (
        detail.event_type, detail.sub_event_type, detail.background
    ) or (city.evidence_spans[:1] > detail.evidence_spans[:1] and not _retold_by_article(layout.doc, city)):
        # the city's report leads (or shares its sentence, or names the act by a definite
        # noun pointing back: "وأضاف أن الانفجار ... بالقاهرة"); an air strike and a shelling are two acts
        return False
    if not city.event_date or not _same_attacker(city, detail):
        return False
    doc = layout.doc
    if city.event_date != detail.event_date and _dated(doc, detail):
        return False  # a detail the text does not date is dated by the report it details
    if city.fatalities and detail.fatalities and city.fatalities != detail.fatalities:
        return False  # two counts: the city's toll may sum up more than this one act
    km = _km(city, detail)
    reach = rules.direction_detail_km if directed else rules.city_detail_km
    if km is None or km > reach or layout.gap(city, detail) > rules.city_detail_reach:
        return False
    if any(_told_apart(doc, e) for e in (city, detail)):
        return False
    return (directed and not _also_struck(doc, detail)) or _placed_by(doc, detail, fine, wide)


def _retold_by_article(doc: Document, event: Event) -> bool:
    """The event re-describes an act told before (`follow_up` "specific") by a trigger noun
    that carries the article or a pronoun suffix itself ("الانفجار"، "هجومها"): a bare noun
    made definite only by the noun it governs ("مقاتلات التحالف") names an actor, not the act."""
    anchor, _ = _anchor(doc, event)
    clitics = _clitics(anchor) if anchor is not None else None
    return clitics is not None and follow_up(doc, event) == "specific" and _self_definite(clitics)


def _placed_by_direction(doc: Document, event: Event, city: Place) -> bool:
    """The event's first sentence places it only by a direction from the city ("شمال العاصمة
    بغداد", "جنوب غرب المدينة"): an area around the city whose spot a detail may name alone."""
    told = _told_by_direction(doc, event, lambda place: place == city)
    return bool(told) and all(told)


def _told_by_direction(doc: Document, event: Event, names: Callable[[Place], bool]) -> list[bool]:
    """For each place mention of the event's first sentence whose place `names` accepts, whether
    it is the point a direction is told from ("جنوب غرب Y": a locator, not a place of its own)."""
    return [mention.attrs.get("cue_type") == "direction"
            for span in event.evidence_spans[:1] for mention in doc.in_span("place", *span)
            if (place := mention.attrs.get("place")) is not None and names(place)]


def _also_struck(doc: Document, event: Event) -> bool:
    """The event's trigger comes right after "also" (`city_detail_apart`) inside its sentence
    ("سمع دوي انفجارات في المعسكر، كما استهدفت الطائرات منطقة X"): a further target."""
    anchor, _ = _anchor(doc, event)
    before = _words_before(doc, event, anchor) if anchor is not None else []
    return bool(before) and strip_conjunction(before[-1]) in load_dedupe_rules().city_detail_apart


def _told_apart(doc: Document, event: Event) -> bool:
    """The report opens with "also" ("كما قصفت ...") or names "another" act: a further act."""
    first = WORD_RE.search(doc.norm, doc.norm_index(event.evidence_spans[0][0]))
    return (first is not None and first.group() in load_dedupe_rules().city_detail_apart) or (
        follow_up(doc, event) == "new"
    )


def _placed_by(doc: Document, event: Event, place: Place, city: Place) -> bool:
    """The event's sentences name its place by the city, as its container or the
    container's ("قرية X قرب صنعاء"، "منطقة X بمديرية Y جنوب صنعاء"), or by
    the word for a capital right after it ("معسكر X غرب العاصمة"); not next
    to it ("حول حيي X وY": two places)."""
    rules = load_dedupe_rules()
    for span in event.evidence_spans:
        for mention in doc.in_span("place", *span):
            if mention.attrs.get("place") != place:
                continue
            after = WORD_RE.findall(doc.norm, doc.norm_index(mention.end), doc.norm_index(span[1]))
            if city.is_capital and rules.capital_words & set(after[: rules.city_detail_links]):
                return True
            chain = mention.attrs.get("container")
            for _ in range(rules.city_detail_links):
                if not isinstance(chain, Mention):
                    break
                if chain.attrs.get("place") == city or city in (chain.value or ()):
                    return True  # "جنوب صنعاء" may resolve to the governorate the city names
                chain = chain.attrs.get("container")
    return False


def _dated(doc: Document, event: Event, spans: list[tuple[int, int]] | None = None) -> bool:
    """Whether one of the event's sentences (or of `spans`) gives a date (else its date is a default)."""
    return any(doc.in_span("date", *span) for span in (event.evidence_spans if spans is None else spans))


def _fold_city(detail: Event, city: Event) -> None:
    """Fold the city's report into the finer one (dated by the city's report: see `city_detail`)."""
    detail.event_date, detail.time_precision = city.event_date, city.time_precision
    _absorb_here(detail, city)


def _absorb_here(kept: Event, other: Event) -> None:
    """`absorb`, the kept report's place staying whatever the precisions."""
    place = {name: getattr(kept, name) for name in PLACE_FIELDS}
    absorb(kept, other)
    for name, value in place.items():
        setattr(kept, name, value)


# ---------------------------------------------------------------- locators
def fold_locators(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a copy of an act placed at the point another place is told relative to.

    "خطفت الميليشيا مسؤولا في محافظة حجة، شمال غربي صنعاء" is one act in
    Hajjah: Sanaa only says where Hajjah lies.  Split by place like a list,
    the copy at the direction's reference point (told within `locator_words`
    words after the act's place) is folded into the act; so is the copy at a
    wide region holding the place ("في محافظة X، بصعيد مصر", `_region_around`);
    and so is the copy at a town the act is measured from ("على بعد 20 كيلومترا
    من X"), told in any sentence, when the act is reported at a place that near
    (`_measured_point`).
    """
    doc = layout.doc
    places = _event_places(doc)
    return _fold_into(
        events, lambda copy, act: _locates(doc, places, copy, act) or _measured_point(doc, copy, act),
        _absorb_here, copies,
    )


def _locates(doc: Document, places: dict[PlaceKey, Place], copy: Event, act: Event) -> bool:
    """`copy` is `act` placed at the point a direction in its sentence refers to."""
    if copy.evidence_spans[:1] != act.evidence_spans[:1] or copy.location == act.location:
        return False
    if (copy.sub_event_type, copy.event_date, copy.background) != (act.sub_event_type, act.event_date, act.background):
        return False
    if not _sides_compatible(copy, act):
        return False
    point, place = places.get(_place_key(copy)), places.get(_place_key(act))
    mentions = doc.in_span("place", *act.evidence_spans[0])
    reach = load_dedupe_rules().locator_words
    return point is not None and place is not None and any(
        before.attrs.get("place") == place and after.attrs.get("place") == point
        and (after.attrs.get("cue_type") == "direction" or _region_around(point, copy, act))
        and _locator_words(WORD_RE.findall(doc.norm, doc.norm_index(before.end), doc.norm_index(after.start)), reach)
        for before, after in zip(mentions, mentions[1:], strict=False)
    )


def _measured_point(doc: Document, copy: Event, act: Event) -> bool:
    """`copy` is `act` placed at the town its sentence measures the act from.

    "هجوم على قاعدة على بعد 30 كيلومترا من X" names X as a reference only
    (a near one still places the act when nothing else does); a report of
    the same kind of act (`_same_kind`) by the same side at a place that near X
    (`measured_reach`, `measured_margin_km`: "من منطقة Y، حيث وقع الهجوم")
    tells where it was, and the copy at X is no second act.
    """
    if copy.location == act.location or not copy.evidence_spans:
        return False
    if copy.background != act.background or not _same_kind(copy, act):
        return False
    if not _dates_compatible(copy, act) or not _actors_compatible(_side(copy, 1), _side(act, 1)):
        return False
    told = _measured_from(doc, copy)
    apart = _km(copy, act)
    rules = load_dedupe_rules()
    return told is not None and apart is not None and apart <= told * rules.measured_reach + rules.measured_margin_km


def _measured_from(doc: Document, event: Event) -> float | None:
    """The distance (a number before a unit of `distance_reference` in
    place_cues.yaml, at most `gap_words` words before the name) its first
    sentence measures the event's place from, None when the place is told
    plainly."""
    cues = load_place_cues()
    key = _place_key(event)
    for mention in doc.in_span("place", *event.evidence_spans[0]):
        place = mention.attrs.get("place")
        if place is None or (place.name, place.lat, place.lon) != key:
            continue
        distance = distance_before(doc.norm, doc.norm_index(mention.start), cues)
        if distance is not None:
            return float(distance)
    return None


def _region_around(region: Place, copy: Event, act: Event) -> bool:
    """A curated region (one with a radius, not an administrative unit) holding the act's place
    names where that place lies ("في محافظة X، بصعيد مصر"): told right after the place, it is
    a locator like a direction, not a second place of the act."""
    km = _km(copy, act)
    return region.radius_km > 0 and not region.is_admin and km is not None and km <= region.radius_km


def _locator_words(between: list[str], reach: int) -> bool:
    """The words between a place and a direction cue make the cue a locator of that place.

    "في محافظة X، شمال غربي Y" locates X by Y; "شرق X وشمال Y" joins a
    second place to a list with "و" (the strikes hit both): a cue whose
    first word carries the conjunction is another place of the list, and so
    is a name joined by a bare "و" after a list's cue ("غرب مدينتي X وY":
    the cue carried over the list, and the proclitic lies outside the name).
    """
    return len(between) <= reach and not (between and (between[0] == "و" or strip_conjunction(between[0]) != between[0]))


# ---------------------------------------------------------- statement days
def fold_statement_days(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a report dated only by the day of the statement telling it into the same act dated earlier.

    "أفاد بيان للجيش، الاثنين، أن قواته حررت ..." dates the statement, not
    the act: the body's "في المعارك التي دارت، الأحد" at the same place (or
    at a finer place inside the statement's region or province), by the same
    sides, up to `statement_days` days earlier (`late_statement_days` when the
    two do not give different tolls: `_statement_window`), is the act's day.
    """
    doc = layout.doc
    kept: list[Event] = []
    for event in events:
        twin = next((other for other in kept if _statement_day_of(doc, other, event)
                     or _statement_day_of(doc, event, other)), None)
        if twin is None:
            kept.append(event)
            continue
        act = event if _statement_day_of(doc, twin, event) else twin
        told = twin if act is event else event
        record_copy(copies, twin, event)
        if _speakers_place(doc, told, act) and told.location != act.location:
            _borrow_place(twin, act)  # the announcement's place is the speaker's, the body's the act's
        twin.event_date, twin.time_precision = act.event_date, act.time_precision
        twin.background = act.background
        absorb(twin, event, tolls=(toll_of(doc, twin), toll_of(doc, event)))  # "عشرات" yields to "38"
    return kept


def _statement_day_of(doc: Document, told: Event, act: Event) -> bool:
    """`told` is `act` dated by its statement's day (see `fold_statement_days`).

    An act named by a definite noun with no toll of its own ("جمدت الأربعاء
    المنظمة عمل محققيها حول الهجوم الكيميائي في X") is a topic, not a report:
    it is the act of its sub-type told with its own day at that place, up to
    `detail_days` earlier, whether or not that day makes it background.
    """
    if (told.event_type, told.sub_event_type) != (act.event_type, act.sub_event_type):
        return False
    if _undated_retelling(doc, told, act):
        return True
    topic = _topic_mention(doc, told)
    if told.background != act.background and not (topic and not told.background):
        return False
    if told.time_precision != 1 or act.time_precision != 1 or not (told.event_date and act.event_date):
        return False
    days = load_dedupe_rules().detail_days if topic else _statement_window(told, act)
    if not 0 < _days(told.event_date) - _days(act.event_date) <= days:
        return False
    if (told.location, told.admin1, told.country) != (act.location, act.admin1, act.country) and not (
            _placed_wider(told, act) or _placed_wider(act, told) or _speakers_place(doc, told, act)):
        return False
    return _sides_compatible(told, act) and (_statement_dated(doc, told) or topic and _dated_before(doc, told))


def _undated_retelling(doc: Document, told: Event, act: Event) -> bool:
    """`told` is a later paragraph's undated retelling of the act the text dated and counted.

    "أوضحت الوزارة هوية الانتحاري مفجر نفسه داخل مسجد ... في أبها" gives no day (so
    the publication day's week) and no toll; the body's "تفجير ... يوم الخميس" of that
    sub-type at that place (or inside its area), up to `late_statement_days` earlier,
    with its dead, is the act.  The act's target may be read otherwise (the victims as
    civilians, the mosque's owner as the police): only the attacker must agree.  Only a
    one-off blast (`retold_sub_types`) is retold so: shelling or fighting may go on."""
    if told.sub_event_type not in load_dedupe_rules().retold_sub_types:
        return False
    if told.time_precision != 2 or act.time_precision != 1 or told.fatalities or not act.fatalities:
        return False
    if told.background or act.background or doc.published is None or not act.event_date:
        return False
    if told.event_date != doc.published.isoformat() or doc.in_span("date", *told.evidence_spans[0]):
        return False
    if not 0 < _days(told.event_date) - _days(act.event_date) <= load_dedupe_rules().late_statement_days:
        return False
    same_place = (told.location, told.admin1, told.country) == (act.location, act.admin1, act.country)
    if not (same_place or _placed_wider(told, act) or _placed_wider(act, told)):
        return False
    return _actors_compatible(_side(told, 1), _side(act, 1))


def _statement_window(told: Event, act: Event) -> int:
    """How many days a statement's report may follow the act it tells.

    A death confirmed days on keeps its toll ("قتل مقاتل" told on the 19th,
    "قتل في 14 آذار"), so copies that agree on the toll, or of which one gives
    none, may be `late_statement_days` apart; two copies with different tolls
    beyond `statement_days` are two acts of a week's round-up ("قتلت الاثنين 5
    مسلحين ... وقتلت الثلاثاء 3 مسلحين")."""
    rules = load_dedupe_rules()
    if told.fatalities and act.fatalities and told.fatalities != act.fatalities:
        return rules.statement_days
    return rules.late_statement_days


def _speakers_place(doc: Document, told: Event, act: Event) -> bool:
    """Every place the statement's sentence names stands before the act's noun, in the speaker's
    stretch ("أعلن الفصيل العامل في محافظة X يوم أمس اختطاف قائده"): it places the speaker, so
    the act told in the body at another spot of that province is the act announced."""
    anchor, _ = _anchor(doc, told)
    if anchor is None or not told.evidence_spans:
        return False
    places = doc.in_span("place", *told.evidence_spans[0])
    return (
        bool(places) and all(m.end <= anchor.start for m in places)
        and bool(told.admin1) and (told.admin1, told.country) == (act.admin1, act.country)
    )


def _placed_wider(told: Event, act: Event) -> bool:
    """The statement's report is placed only by a region, province or country
    (precision 3) holding the act's finer place: "أعلنت مصادر، السبت، مقتل
    قيادي في غارة على الساحل الغربي" is the body's "غارة، الخميس، في مديرية
    X" of that coast.  (Called both ways: a lead may place the act by its
    region and the statement quoted later name its town, "قال قائد الشرطة
    في مؤتمر صحفي الجمعة إن إطلاق النار في بلدة X بدأ مساء".)  An area only
    roughly around the province's namesake city ("ريف حلب": `_province_area`) is as wide."""
    wide = told.geo_precision == 3 or _province_area(told)
    return wide and act.geo_precision < told.geo_precision and _places_compatible(told, act)


def _province_area(event: Event) -> bool:
    """The event is placed only roughly around the city its province is named after, in no
    district ("في ريف حلب"): an area of the province, not a spot of its own."""
    return event.geo_precision == 2 and not event.admin2 and bool(event.admin1) and event.location == event.admin1


def _topic_mention(doc: Document, event: Event) -> bool:
    """A violent act is named by a definite noun ("الهجوم"، "القصف"), not "another" one, and its
    sentences give it no toll."""
    anchor, triggers = _anchor(doc, event)
    return (
        anchor is not None and event.event_type in VIOLENT_TYPES and not _toll_counts(doc, event)
        and definite_noun(anchor, next_word(doc, anchor)) and not _new_act(doc, triggers)
    )


def _dated_before(doc: Document, event: Event) -> bool:
    """Every date of the report's first sentence stands before its act's noun ("جمدت الأربعاء
    المنظمة عمل محققيها حول الهجوم"): the day is the sentence's verb's, not the act's."""
    anchor, _ = _anchor(doc, event)
    dates = doc.in_span("date", *event.evidence_spans[0])
    return anchor is not None and bool(dates) and all(m.end <= anchor.start for m in dates)


def _statement_day_only(doc: Document, act: Event, report: Event) -> bool:
    """A later report of an act the text dated gives only its statement's day ("قتل سبعة
    مدنيين الأسبوع الماضي ..." then "وأكد الجيش، في بيان الأربعاء، مقتل المدنيين"): that
    day is the statement's, so the act keeps its own, however less precise."""
    return _dated(doc, act) and _statement_dated(doc, report)


def _statement_dated(doc: Document, event: Event) -> bool:
    """Every date the report's first sentence gives dates the statement telling it."""
    sentence = doc.sentence_at(event.evidence_spans[0][0])
    dates = doc.in_span("date", *event.evidence_spans[0])
    anchor, _ = _anchor(doc, event)
    return sentence is not None and bool(dates) and all(
        dates_a_statement(doc, sentence, m) or dates_other_verb(doc, m) or _dates_attribution(doc, sentence, m)
        or _dates_announcement(doc, sentence, m, anchor)
        for m in dates
    )


def _dates_announcement(doc: Document, sentence: Sentence, date: Mention, anchor: Mention | None) -> bool:
    """The date stands between an `announcement_verbs` verb and the act's noun, its object ("أعلن
    الفصيل في محافظة X يوم أمس الخميس، اختطاف قائده"): the date is the announcement's day, not
    the act's, however long the verb's subject.  No act, clause opener or colon may stand
    between the verb and the date (then the date is inside what was said: "أكد: تم اليوم ...")."""
    if anchor is None or anchor.start < date.end:
        return False
    following = WORD_RE.search(doc.norm, doc.norm_index(date.end), doc.norm_index(sentence.end))
    if following is None:
        return False
    start, end = doc.raw_span(following.start(), following.end())
    if not start <= anchor.start < end:  # the noun, or the noun after its clitic ("بمقتل")
        return False
    verbs = load_dedupe_rules().announcement_verbs
    said = [w for w in WORD_RE.finditer(doc.norm, doc.norm_index(sentence.start), doc.norm_index(date.start))
            if any(stem in verbs for stem in strip_clitics(w.group()))]
    if not said:
        return False
    verb_start, verb_end = doc.raw_span(said[-1].start(), said[-1].end())
    between = doc.norm[said[-1].end(): doc.norm_index(date.start)]
    opens = load_event_rules().statement_complements
    return not (doc.in_span("trigger", verb_start, date.start) or ":" in doc.text[verb_end:date.start]
                or any(w in opens for w in between.split()))


def _dates_attribution(doc: Document, sentence: Sentence, date: Mention) -> bool:
    """The date ends an attribution ("..., حسبما أوردت وسائل إعلام اليوم السبت"): an
    `attribution_openers` word at most `attribution_reach` words before it in its
    sentence, with no act named between them, so it is the day the act was reported."""
    rules = load_dedupe_rules()
    words = list(WORD_RE.finditer(doc.norm, doc.norm_index(sentence.start), doc.norm_index(date.start)))
    openers = [w for w in words[-rules.attribution_reach - 1:] if w.group() in rules.attribution_openers]
    if not openers:
        return False
    opener_start, _ = doc.raw_span(openers[-1].start(), openers[-1].end())
    return not doc.in_span("trigger", opener_start, date.start)


# --------------------------------------------------------------- campaigns
def fold_campaigns(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Join the reports of one campaign of arrests or abductions.

    "تشن الميليشيا حملات اختطاف واسعة في المدينة", an appeal "لوقف عمليات
    الاختطاف" in the city and "اعتقلت الناشط X في المدينة" tell one
    campaign: its victims and sub-type are read differently sentence by
    sentence, while the side, the place and the days are the event.  A
    campaign report folds into the first other report of it (`copies`: see `reread`).
    """
    doc = layout.doc
    kept: list[Event] = []
    for event in events:
        twin = next((other for other in kept if _one_campaign(doc, other, event)), None)
        if twin is None:
            kept.append(event)
        elif _campaign(doc, twin) and not _campaign(doc, event):
            record_copy(copies, event, twin)
            _absorb_here(event, twin)  # the detail holds the act, told where the campaign was
            kept[kept.index(twin)] = event
        else:
            record_copy(copies, twin, event)
            if _side(twin, 2) is None and _actor_known(_side(event, 2)):
                twin.actor2, twin.inter2 = event.actor2, event.inter2  # the side was read as its own victim
            absorb(twin, event)
    return kept


def _one_campaign(doc: Document, a: Event, b: Event) -> bool:
    """Two reports of one campaign: one told as a campaign, both of `campaign_sub_types`
    by one named side at one place within `named_target_days`."""
    rules = load_dedupe_rules()
    if a.sub_event_type not in rules.campaign_sub_types or b.sub_event_type not in rules.campaign_sub_types:
        return False
    if a.background != b.background or not _actor_known(a.actor1) or a.actor1 != b.actor1:
        return False
    if not a.admin1 or (a.location, a.admin1, a.country) != (b.location, b.admin1, b.country):
        return False  # arrests are told place by place: a campaign elsewhere is another event
    return _within_days(a, b, rules.named_target_days) and (_campaign(doc, a) or _campaign(doc, b))


def _campaign(doc: Document, event: Event) -> bool:
    """One of `campaign_words` opens the act's trigger ("حملات اعتقال") or stands among
    the `campaign_reach` words before it ("تقوم بحملات اختطاف")."""
    anchor, _ = _anchor(doc, event)
    if anchor is None:
        return False
    rules = load_dedupe_rules()
    words = [*_words_before(doc, event, anchor)[-rules.campaign_reach:], *WORD_RE.findall(normalize(anchor.text))]
    return any(stem in rules.campaign_words for word in words for stem in strip_clitics(word))


# ------------------------------------------------------------------ layout
@dataclass(frozen=True, slots=True)
class Layout:
    """Where each sentence sits: enough to tell adjacent reports and headlines."""

    doc: Document
    starts: list[int]
    headlines: frozenset[int]

    @classmethod
    def of(cls, doc: Document) -> Layout:
        """Sentence starts, and the indices of body sentences that are headlines.

        A headline (a sub-heading, a related article's title) is a paragraph
        of one short sentence without closing punctuation.
        """
        rules = load_dedupe_rules()
        sizes: dict[int, int] = {}
        for sentence in doc.sentences:
            sizes[sentence.paragraph] = sizes.get(sentence.paragraph, 0) + 1
        headlines = frozenset(
            s.index for s in doc.sentences
            if not s.is_title and sizes[s.paragraph] == 1
            and not (text := doc.text[s.start:s.end].strip()).endswith(rules.headline_ends)
            and len(WORD_RE.findall(text)) <= rules.headline_words
        )
        return cls(doc, [s.start for s in doc.sentences], headlines)

    def index(self, offset: int) -> int:
        """Index of the sentence holding a raw offset."""
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def headline(self, event: Event) -> bool:
        """Whether the event was first read from a headline."""
        return bool(event.evidence_spans) and self.index(event.evidence_spans[0][0]) in self.headlines

    def gap(self, a: Event, b: Event) -> int:
        """Fewest sentences between any report of `a` and any of `b` (0: one sentence)."""
        ours = [self.index(start) for start, _ in a.evidence_spans]
        theirs = [self.index(start) for start, _ in b.evidence_spans]
        return min((abs(x - y) for x in ours for y in theirs), default=len(self.starts))


def reversed_headline(layout: Layout, merged: list[Event], event: Event) -> Event | None:
    """A body event a headline retells with its sides the other way round, or the headline before it.

    A headline has no verb to tell who acted ("إجلاء مقاتلين من X"), so its
    sides are guessed and often reversed; of the same sub-type, place and
    date as a body report it is that report.
    """
    ours = layout.headline(event)
    for kept in reversed(merged):
        if (
            layout.headline(kept) != ours
            and (kept.event_type, kept.sub_event_type, kept.background)
            == (event.event_type, event.sub_event_type, event.background)
            and _actors_compatible(kept.actor1, event.actor2) and _actors_compatible(kept.actor2, event.actor1)
            and _places_compatible(kept, event) and _dates_compatible(kept, event)
        ):
            return kept
    return None


def _take_sides(kept: Event, other: Event) -> None:
    """Give `kept` the sides of `other`."""
    for name in SIDE_FIELDS:
        setattr(kept, name, getattr(other, name))


# ------------------------------------------------------------ interceptions
def fold_interceptions(doc: Document, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold the weapon an interception stopped into the interception.

    "اعترضت الدفاعات الجوية 7 صواريخ" may also come out as a missile attack
    by the interceptor on the launcher: the interceptor is never the
    launcher of what it stopped, so a remote-violence event by the same side,
    whose noun is the interception's object, is the interception again.  So is
    one by either side the interception names, or by a side left unread
    ("اعترضت الدفاعات مساء أمس صاروخا أطلقه مسلحون", "صاروخا أطلقه X": X's
    missile attack is the interception's actor2 act): the weapon stopped,
    told with its launcher.  (The stopped weapon's aim, "اعترضت صاروخا كان يستهدف
    الأحياء السكنية", makes no act: the targeting trigger excludes it.)  The interception may be told in any sentence of its reports (a spokesman's
    retelling merged into the lead's interception).
    """
    folded: set[int] = set()
    for interception in (e for e in events if e.sub_event_type == INTERCEPTION):
        for weapon in events:
            stop = _stop_before(doc, interception, weapon)
            if (
                stop is not None and id(weapon) not in folded and weapon is not interception
                and weapon.event_type == REMOTE_VIOLENCE
                and (_actors_compatible(weapon.actor1, interception.actor1) or weapon.actor1 == interception.actor2)
                and _object_of(doc, stop, weapon)
            ):
                record_copy(copies, interception, weapon)
                absorb(interception, weapon)
                folded.add(id(weapon))
    return [e for e in events if id(e) not in folded]


def fold_foiled_attacks(doc: Document, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a force's claim to have foiled an attack into the attack on it told before.

    "قال المتحدث العسكري إن القوات أحبطت هجوما على نقطة تفتيش" after "قتل سبعة
    جنود في هجوم على نقطة تفتيش" is the army's version of that attack, not a second
    act: a deathless Disrupted weapons use whose trigger opens with a `foil_words`
    word and an attack noun (`foil_objects`), by a side of an earlier violent act at
    its spot, dated within `foil_days` of it (the statement's day), is that act.
    "Another" attack foiled stays apart.
    """
    rules = load_dedupe_rules()
    folded: set[int] = set()
    for foiled in events:
        words = WORD_RE.findall(normalize(foiled.trigger or ""))
        if (foiled.sub_event_type != INTERCEPTION or foiled.fatalities or not words
                or strip_conjunction(words[0]) not in rules.foil_words
                or not _foils_attack(doc, foiled, words)
                or follow_up(doc, foiled) == "new"):
            continue
        attack = next((
            act for act in events
            if act.event_type in VIOLENT_TYPES and id(act) not in folded and _foiled_by(doc, act, foiled)
            and _same_spot(act, foiled) and _within_days(act, foiled, rules.foil_days)
        ), None)
        if attack is not None:
            record_copy(copies, attack, foiled)
            _absorb_retelling(attack, foiled)
            folded.add(id(foiled))
    return [e for e in events if id(e) not in folded]


def _foils_attack(doc: Document, foiled: Event, words: list[str]) -> bool:
    """The foiling verb governs an attack noun (`foil_objects`): the trigger's second word, or
    for a one-word trigger one of the `foil_reach` words after it, past the verb's subject
    ("أحبطت قوات الجيش المصري هجوما").  The word after that noun must not make it "another"
    attack ("هجوما آخر") or no attack at all ("عملية تهريب"، "محاولة تسلل": `foil_non_attacks`)."""
    rules = load_dedupe_rules()
    anchor, _ = _anchor(doc, foiled)
    after = WORD_RE.findall(doc.norm[doc.norm_index(anchor.end):])[:rules.foil_reach + 1] if anchor else []
    if len(words) > 1:
        return words[1] in rules.foil_objects and _attack_noun_kept(after[:1])
    return any(word in rules.foil_objects and _attack_noun_kept(after[at + 1:at + 2])
               for at, word in enumerate(after[:rules.foil_reach]))


def _attack_noun_kept(following: list[str]) -> bool:
    """The word after a foiled attack noun (if any) leaves it the attack told before: it is
    neither "another" (`new_act_words`) nor a non-attack noun (`foil_non_attacks`)."""
    rules = load_dedupe_rules()
    further = rules.any_new_act_word
    return not following or (following[0] not in further
                             and rules.foil_non_attacks.isdisjoint(strip_clitics(following[0])))


def _foiled_by(doc: Document, act: Event, foiled: Event) -> bool:
    """`act` is the attack the foiling report tells: told before it by a side the foiling
    names, or a fight told in the foiling's own sentence, not across a parallel fact
    ("فيما اندلعت اشتباكات": `opens_a_parallel_fact`), whose sides hold every side the
    foiling names.  A foiling that names no side ("تم إحباط هجوم") would match any fight:
    it is that fight only when a result or means word links them ("مما أسفر عن مقتل 3
    مسلحين في اشتباكات": `_led_to_fight`)."""
    if act.evidence_spans[:1] == foiled.evidence_spans[:1]:
        foiling, fight = _anchor(doc, foiled)[0], _anchor(doc, act)[0]
        if act.event_type != "Battles" or foiling is None or fight is None \
                or _parallel_between(doc, foiling, fight):
            return False
        named = [side for side in (foiled.actor1, foiled.actor2) if _actor_known(side)]
        if named:
            return all(side in (act.actor1, act.actor2) for side in named)
        return _led_to_fight(doc, foiling, fight)
    return act.evidence_spans[:1] < foiled.evidence_spans[:1] and _actor_known(foiled.actor1) and (
        foiled.actor1 in (act.actor1, act.actor2))


def _parallel_between(doc: Document, a: Mention, b: Mention) -> bool:
    """A clause between two triggers of one sentence, or holding the later, tells a parallel
    fact ("فيما"، "بينما"، "في حين": `opens_a_parallel_fact`): the two are two acts."""
    sentence = doc.sentence_at(a.start)
    if sentence is None:
        return False
    first, last = sorted((a.start, b.start))
    return any(first < start <= last and opens_a_parallel_fact(doc, start) for start, _ in clauses(doc, sentence))


def _led_to_fight(doc: Document, foiling: Mention, fight: Mention) -> bool:
    """Between the foiling and the later fight stands a result verb (`results_after_boundary`:
    "مما أسفر عن") or a means word (`foil_means`: "خلال اشتباكات"): the fight is how the
    attack was foiled."""
    if fight.start < foiling.end:
        return False
    links = load_clause_boundaries().results | load_dedupe_rules().foil_means
    between = WORD_RE.findall(doc.norm[doc.norm_index(foiling.end):doc.norm_index(fight.start)])
    return any(strip_conjunction(word) in links for word in between)


def _absorb_retelling(act: Event, retelling: Event) -> None:
    """Absorb a retelling dated by its statement's day into the act, keeping the act's reading
    (its kind, day and sides): the retelling adds only its sentence."""
    kept = ("event_type", "sub_event_type", "trigger", "evidence", "event_date", "time_precision", *SIDE_FIELDS)
    values = [getattr(act, name) for name in kept]
    absorb(act, retelling)
    for name, value in zip(kept, values, strict=True):
        setattr(act, name, value)


def _stop_before(doc: Document, interception: Event, weapon: Event) -> Mention | None:
    """The interception's trigger in the weapon's sentence, when that sentence is one of the
    interception's reports: its own first sentence, or any a retelling merged into it."""
    if not weapon.evidence_spans or weapon.evidence_spans[0] not in interception.evidence_spans:
        return None
    if weapon.evidence_spans[0] == interception.evidence_spans[0]:
        return _anchor(doc, interception)[0]
    _, triggers = _anchor(doc, weapon)
    return next((t for t in triggers if getattr(t.value, "sub_event_type", None) == INTERCEPTION), None)


def fold_salvo_reports(doc: Document, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a salvo's launch or claim, told in its own sentence, into its interception.

    "اعترضت الدفاعات الجوية صاروخا فوق المدينة" and "أعلنت الجماعة قصف المدينة
    بصواريخ باليستية" tell one salvo from the defender's and the launcher's
    side: a deathless act of a `salvo_sub_types` sub-type whose sentence names
    a missile or drone (`salvo_words`), by the interception's foe on its side
    (`_salvo_of`), is the interception again.  So is one whose trigger is the
    definite weapon noun itself ("وأضاف أن الصاروخ أطلق لاستهداف الأحياء"), told
    after the interception (`_weapon_named_again`): the weapon stopped, named
    again, whatever sides its own sentence made up.  The interception at the same
    place is preferred when several are told.
    """
    folded: set[int] = set()
    interceptions = [e for e in events if e.sub_event_type == INTERCEPTION]
    for weapon in events:
        if weapon.sub_event_type not in load_dedupe_rules().salvo_sub_types or weapon.fatalities:
            continue
        if not _names_salvo(doc, weapon):
            continue
        stops = sorted(
            (e for e in interceptions if _salvo_of(doc, e, weapon) or _weapon_named_again(doc, e, weapon)),
            key=lambda e: e.location != weapon.location,
        )
        if stops:
            record_copy(copies, stops[0], weapon)
            _join_salvo(stops[0], weapon)
            folded.add(id(weapon))
    return [e for e in events if id(e) not in folded]


def fold_instruments(doc: Document, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold an act read from its weapon ("بصاروخ") into the act it is the instrument of.

    "قصفت الطائرات الموقع بصاروخ" may come out as an air strike and, from
    "بصاروخ", a missile attack whose sides are guessed from the words around it:
    a missile or drone word led by "ب" shortly after another remote-violence
    trigger of its sentence (`_instrument_of`) names that act's weapon.
    """
    return _fold_into(events, lambda weapon, act: _instrument_of(doc, weapon, act), absorb, copies)


def _instrument_of(doc: Document, weapon: Event, act: Event) -> bool:
    """`weapon`'s trigger is "ب" + a `salvo_words` word at most `instrument_reach` words after
    the trigger before it in its sentence, a sentence `act` is told in; both remote violence."""
    if weapon.event_type != REMOTE_VIOLENCE or act.event_type != REMOTE_VIOLENCE:
        return False
    if not weapon.evidence_spans or weapon.evidence_spans[0] not in act.evidence_spans:
        return False
    mine, triggers = _anchor(doc, weapon)
    before = [t for t in triggers if mine is not None and t.end <= mine.start]
    if mine is None or not before or getattr(before[-1].value, "event_type", None) != REMOTE_VIOLENCE:
        return False
    rules = load_dedupe_rules()
    word = normalize(mine.text).split()[0] if mine.text.strip() else ""
    if not (word.startswith("ب") and word[1:] in rules.salvo_words):
        return False
    return len(WORD_RE.findall(doc.text, before[-1].end, mine.start)) <= rules.instrument_reach


def _join_salvo(interception: Event, weapon: Event) -> None:
    """Absorb the launch into its interception, whose second side is the launcher
    (the launch's own target, the interceptor's land or people, is not)."""
    second = (interception.actor2, interception.inter2, interception.assoc_actor_2)
    if not _actor_known(_side(interception, 2)) and _actor_known(weapon.actor1):
        second = (weapon.actor1, weapon.inter1, weapon.assoc_actor_1)
    absorb(interception, weapon)
    interception.actor2, interception.inter2, interception.assoc_actor_2 = second


def _salvo_of(doc: Document, interception: Event, weapon: Event) -> bool:
    """Whether `weapon` may be the launch `interception` stopped: fired by the interceptor's
    foe or an unnamed side, never by the interceptor or its ally, at the interceptor's
    side (or a camp-mate of it), civilians or an unnamed side, within `salvo_days` days at a compatible place
    or at the spot it was fired from (`_launched_from`)."""
    rules = load_dedupe_rules()
    launcher, target = weapon.actor1, _side(weapon, 2)
    own_side = _actor_known(launcher) and (
        launcher in (interception.actor1, interception.assoc_actor_1) or _camp_mates(weapon, launcher, interception.actor1)
    )
    return (
        not own_side and _actors_compatible(launcher, _side(interception, 2))
        and (_actors_compatible(target, interception.actor1) or weapon.inter2 in rules.civilian_inters
             or _camp_mates(weapon, target, interception.actor1))
        and (weapon.event_date == interception.event_date or _within_days(weapon, interception, rules.salvo_days))
        and (_places_compatible(interception, weapon) or _launched_from(doc, weapon))
    )


def _weapon_named_again(doc: Document, interception: Event, weapon: Event) -> bool:
    """Whether `weapon`'s trigger is a definite `salvo_words` noun ("الصاروخ"، "المسيرات"),
    not headed by a count, after the interception's first sentence, within `salvo_days`
    days at a compatible place: "the missile" points back at the one stopped, so the
    sides its sentence gave it (often the interceptor as the launcher) are misread."""
    anchor, _ = _anchor(doc, weapon)
    if anchor is None or not weapon.evidence_spans or not interception.evidence_spans:
        return False
    words = WORD_RE.findall(normalize(anchor.text))
    head = strip_conjunction(words[0]) if words else ""
    rules = load_dedupe_rules()
    return (
        head.startswith("ال") and head in rules.salvo_words and not counted(_words_before(doc, weapon, anchor))
        and interception.evidence_spans[0] < weapon.evidence_spans[0]
        and (weapon.event_date == interception.event_date or _within_days(weapon, interception, rules.salvo_days))
        and (_places_compatible(interception, weapon) or _launched_from(doc, weapon))
    )


def _launched_from(doc: Document, weapon: Event) -> bool:
    """Whether the launch was placed at its origin ("إطلاق صاروخ من محافظة صعدة"): a
    `launch_origin_words` word at most `launch_origin_reach` words before the place
    its first sentence names, where the salvo was fired from, not where it was stopped."""
    rules = load_dedupe_rules()
    start = weapon.evidence_spans[0][0]
    for mention in doc.in_span("place", *weapon.evidence_spans[0]):
        if _names_location(mention, weapon):
            words = WORD_RE.findall(normalize(doc.text[start:mention.start]))[-rules.launch_origin_reach:]
            if any(word in rules.launch_origin_words for word in words):
                return True
    return False


def _names_salvo(doc: Document, event: Event) -> bool:
    """Whether the event's first sentence names a missile or a drone (`salvo_words`)
    outside an interception's own trigger: in "أعلن الحزب قصف مواقع، في حين أكد الجيش
    إسقاط مسيرتين" the drones are what was stopped, and the claimed shelling names no
    salvo of its own to be one of them."""
    words = load_dedupe_rules().salvo_words
    start, end = event.evidence_spans[0]
    stops = [(doc.norm_index(t.start), doc.norm_index(t.end)) for t in doc.in_span("trigger", start, end)
             if getattr(t.value, "sub_event_type", None) == INTERCEPTION]
    # over the normalized text: a raw word is cut at its harakat and shadda ("مسيّرة")
    return any(
        stem in words
        for match in WORD_RE.finditer(doc.norm, doc.norm_index(start), doc.norm_index(end))
        if not any(s <= match.start() < e for s, e in stops)
        for stem in strip_clitics(match.group())
    )


def _object_of(doc: Document, stop: Mention, event: Event) -> bool:
    """Whether the event's trigger follows the interception verb within `interception_reach` words."""
    anchor, _ = _anchor(doc, event)
    if anchor is None or anchor.start < stop.end:
        return False
    between = WORD_RE.findall(doc.text, stop.end, anchor.start)
    return len(between) <= load_dedupe_rules().interception_reach


# ------------------------------------------------------------------ protests
def join_protests(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Merge the reports of one protest told from each side into one event.

    "قتل ثلاثة برصاص الجنود في الاحتجاجات" may come out as a protest and an
    attack on civilians, and "اعتقلت الشرطة 60 من المضربين" next to the
    strike as arrests: at one place on one day (or one province-wide report
    and one at a town in it), in the same or adjacent sentences, the crowd's
    report and the force's act on the crowd (or two reports of the crowd)
    are one protest of the strongest sub-type.  A force's killing with no
    second side read ("قتلت القوات الممرضة فلانة") is such an act, and so is a
    clash whose foe is only the unidentified group no word of its sentence named
    (`_foe_unread`: "شهدت باريس اشتباكات أوقفت على إثرها الشرطة 109").  A crowd
    report joins every such act told before it, not only the first.
    """
    kept: list[Event] = []
    joined: set[int] = set()
    for event in events:
        twins = [other for other in kept if _one_protest(layout, other, event)]
        if not twins:
            kept.append(event)
            continue
        twin, others = twins[0], twins[1:]
        record_copy(copies, twin, event)
        _merge_protest(twin, event, (toll_of(layout.doc, twin), toll_of(layout.doc, event)), layout.doc)
        # a crowd told after two of the force's acts on it ("شهدت X اشتباكات أوقفت على إثرها
        # الشرطة 109" then "المظاهرات"): each act joins the crowd, not only the first found
        for other in others:
            if _one_protest(layout, twin, other):
                record_copy(copies, twin, other)
                _merge_protest(twin, other, (toll_of(layout.doc, twin), toll_of(layout.doc, other)), layout.doc)
                kept.remove(other)
        joined.add(id(twin))
    return _rejoin(kept, joined, copies)


def _rejoin(events: list[Event], joined: set[int], copies: Copies | None = None) -> list[Event]:
    """Merge a joined protest with a report that only now has its sub-type.

    A march whose killings made it "Excessive force" is the same event as
    a later sentence on those killings ("مقتل العشرات من المتظاهرين في X")
    read as that sub-type directly, however far apart the two are told.
    """
    kept: list[Event] = []
    for event in events:
        twin = next((
            other for other in kept
            if (id(other) in joined or id(event) in joined) and _protest_places(other, event)
            and same_event(other, event, strict=True)
        ), None)
        if twin is None:
            kept.append(event)
        else:
            record_copy(copies, twin, event)
            absorb(twin, event)
    return kept


def _protest_sub_type(event: Event, doc: Document | None = None) -> str | None:
    """The protest sub-type the event stands for: its own, or the one its act on a crowd makes
    (with `doc`, a lone act's second side may be a fallback no word of its sentence named)."""
    rules = load_dedupe_rules()
    if event.sub_event_type in rules.protest_ranks:
        return event.sub_event_type
    if _faced_force(event):
        return rules.protest_faced_acts[event.sub_event_type]
    if not (event.inter1 in rules.force_inters and _actor_known(event.actor1)):
        return None
    if event.sub_event_type in rules.protest_acts and event.inter2 in rules.crowd_inters:
        return rules.protest_acts[event.sub_event_type]
    if event.sub_event_type in rules.protest_lone_acts and (event.actor2 is None or _foe_unread(doc, event)):
        return rules.protest_lone_acts[event.sub_event_type]
    return None


def _foe_unread(doc: Document | None, event: Event) -> bool:
    """The event's second side is the unidentified group a battle falls back on, which no actor
    its sentence names stands for ("شهدت باريس اشتباكات عنيفة، أوقفت على إثرها الشرطة 109
    أشخاص"): no side was read there.  Gunmen the sentence names ("مسلحون قدموا من سوريا"),
    whatever country they came out of, are a side."""
    if doc is None or _actor_known(event.actor2) or not event.actor2 or not event.evidence_spans:
        return False
    if _anchor(doc, event)[0] is None:
        return False
    start, end = event.evidence_spans[0]
    return not any(str(getattr(m.value, "name", "")).startswith(UNKNOWN_ACTOR_PREFIXES)
                   for m in doc.in_span("actor", start, end))


def _faced_force(event: Event) -> bool:
    """An act read with only a force on its second side ("ووقعت مناوشات مع الشرطة"):
    next to a crowd report, its unread first side is that crowd (`protest_faced_acts`)."""
    rules = load_dedupe_rules()
    return (event.sub_event_type in rules.protest_faced_acts and not _actor_known(event.actor1)
            and event.inter2 in rules.force_inters and _actor_known(event.actor2))


def _is_crowd(event: Event) -> bool:
    return event.sub_event_type in load_dedupe_rules().protest_ranks


def _one_protest(layout: Layout, a: Event, b: Event) -> bool:
    """One protest: a crowd report and another crowd report or a force's act on a crowd.

    With no day known for either (an article with no publication date), only reports in one
    sentence or the next are one protest: the day cannot tell them apart there."""
    if a.event_date != b.event_date or (not a.event_date and layout.gap(a, b) > 1):
        return False
    if not _crowd_retold(a, b) and (a.background != b.background or layout.gap(a, b) > 1):
        return False
    if not _protest_places(a, b):
        return False
    if _protest_sub_type(a, layout.doc) is None or _protest_sub_type(b, layout.doc) is None \
            or not (_is_crowd(a) or _is_crowd(b)):
        return False
    if _is_crowd(a) and _is_crowd(b):
        return _actors_compatible(a.actor2, b.actor2)
    crowd, act = (a, b) if _is_crowd(a) else (b, a)
    return _actors_compatible(crowd.actor2, act.actor1) and not _grievance(layout.doc, act)


def _crowd_retold(a: Event, b: Event) -> bool:
    """Two crowd reports at one exact place on one told day, however far apart in the article.

    A lead "قتل 16 فلسطينيا خلال تظاهرات غزة الجمعة" and a body "تدفق الآلاف
    الجمعة إلى الحدود في مسيرة" are one protest, and so is a pluperfect
    recap of it ("وكان المتظاهرون قد خرجوا الجمعة"), read as background:
    ACLED codes one crowd per place and day, of its strongest sub-type.
    """
    return (
        _is_crowd(a) and _is_crowd(b) and a.time_precision == b.time_precision == 1
        and (a.location, a.admin1, a.country) == (b.location, b.admin1, b.country)
    )


def _protest_places(a: Event, b: Event) -> bool:
    """One exact place, or a province-wide report ("على حدود قطاع غزة") and one at a town in it.

    A report known only by its country stays apart: a nationwide strike and
    the arrests at one town are told as two events.
    """
    if (a.location, a.admin1, a.country) == (b.location, b.admin1, b.country):
        return True
    coarse, fine = (a, b) if a.geo_precision > b.geo_precision else (b, a)
    return coarse.geo_precision == 3 and bool(coarse.admin1) and coarse.location == coarse.admin1 and (
        (coarse.admin1, coarse.country) == (fine.admin1, fine.country)
    )


def _grievance(doc: Document, act: Event) -> bool:
    """The act is what the crowd protests ("احتجاجا على اعتقال"، "تنديدا بمقتل")."""
    rules = load_dedupe_rules()
    return _named_just_before(doc, act, rules.grievance_words, rules.grievance_reach)


# The two protest sub-types a riot read only from a clash word is weighed between (`_clash_riot`).
RIOT, FORCE_DEATHS = "Violent demonstration", "Excessive force against protesters"


def _merge_protest(
    kept: Event, other: Event, tolls: tuple[Toll, Toll] = (NO_TOLL, NO_TOLL), doc: Document | None = None
) -> None:
    """Fold `other` into `kept` as one protest: the strongest sub-type, the crowd as
    actor1 and the force (the act's author, else a crowd report's actor2) as actor2.
    `tolls` weighs the reports' tolls (`_merge_toll`)."""
    ranks = load_dedupe_rules().protest_ranks
    reports = (kept, other)
    read_as = [_protest_sub_type(e, doc) for e in reports]
    sub_type = max((str(read) for read in read_as), key=ranks.index)
    if sub_type == RIOT and any(read == FORCE_DEATHS and e.fatalities for e, read in zip(reports, read_as, strict=True)) \
            and all(_clash_riot(doc, e) for e, read in zip(reports, read_as, strict=True) if read == RIOT):
        # "مقتل 6 فلسطينيين برصاص الجيش ... خلال مواجهات على الحدود": the riot was read only from
        # the clash word, the deaths told are the force's fire on the crowd (`protest_clash_patterns`).
        sub_type = FORCE_DEATHS
    crowds = [e for e in reports if _is_crowd(e)]
    leader = next((e for e in crowds if e.sub_event_type == sub_type), crowds[0])
    acts = [e for e in reports if not _is_crowd(e)]
    forces = [
        *((e.actor2, e.inter2) if _faced_force(e) else (e.actor1, e.inter1) for e in acts),
        *((e.actor2, e.inter2) for e in (leader, *crowds) if e.actor2),
    ]
    crowd_side, force = (leader.actor1, leader.inter1, leader.trigger), next(iter(forces), (None, 0))
    absorb(kept, other, tolls)
    kept.background = kept.background and other.background  # a recap of the day's protest is that protest
    kept.event_type, kept.sub_event_type = SUB_TO_TYPE[sub_type], sub_type
    kept.actor1, kept.inter1, kept.trigger = crowd_side
    kept.actor1, kept.inter1 = _crowd_named_for(kept.event_type, kept.actor1, kept.inter1)
    kept.actor2, kept.inter2 = force


def _clash_riot(doc: Document | None, event: Event) -> bool:
    """The riot report was read only from a clash word between a crowd and a force
    ("خلال مواجهات على الحدود الشرقية"، "مواجهات بين الشبان وقوات الاحتلال"; the trigger
    patterns of `protest_clash_patterns`): the story tells the two sides met, not what the
    crowd did.  Why: a clash word is the usual way reports name a protest the force fired
    on, so the force's killing of the crowd told beside it decides the sub-type, while a
    riot told by the crowd's own act (stones, fire, storming) keeps its rank."""
    if doc is None:
        return False
    anchor, _ = _anchor(doc, event)
    return anchor is not None and anchor.attrs.get("pattern_id") in load_dedupe_rules().protest_clash_patterns


def _crowd_named_for(event_type: str, name: str | None, inter: int) -> tuple[str | None, int]:
    """The crowd side as ACLED names it for the merged type: a march that turned
    into a riot ("احتجاجات ... تخللتها مواجهات مع القوات") has rioters, not the
    protesters its peaceful report named, and a riot report folded into a protest
    met with force has protesters."""
    generic = load_catalogue().generic
    want, other = ("rioters", "protesters") if event_type == "Riots" else ("protesters", "rioters")
    prefix = generic[other]["name"]
    if name is not None and (name == prefix or name.startswith(f"{prefix} (")):
        return generic[want]["name"] + name[len(prefix):], int(generic[want]["inter"])
    return name, inter


# ------------------------------------------------------ misread sides, handovers
def fold_misread_battles(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a battle with a civilian side into the act on civilians told next to it.

    A raid ("دخلت قوات X المكتب واعتقلت العاملين") or an execution at a front
    may also come out as a town taken or a clash against civilians: a battle
    needs two armed sides, so in the same or the adjacent sentence, by the
    same side at the same place and date, the act on civilians is the event.
    """
    return _fold_into(events, lambda battle, act: _misread_battle(layout, battle, act), absorb, copies)


def _misread_battle(layout: Layout, battle: Event, act: Event) -> bool:
    """`battle` names `act`'s side against civilians in or next to its sentence, or names no
    foe at all (`_foe_unread`) beside that side's violence on civilians, at the same place or
    in the province holding it."""
    rules = load_dedupe_rules()
    if battle.event_type != "Battles" or act.sub_event_type not in rules.civilian_acts:
        return False
    unread = False
    if battle.inter2 in rules.civilian_inters:
        armed, civilians = battle.actor1, battle.actor2
    elif battle.inter1 in rules.civilian_inters:
        armed, civilians = battle.actor2, battle.actor1
    elif act.event_type == VAC and _foe_unread(layout.doc, battle):
        # "أطلق الجيش الرصاص على 4 فلسطينيين ... مما أدى إلى مقتل أحدهم": no foe was read, only
        # the fallback group; the violence on civilians told next to it names whom the side hit
        # (arrests beside clashes, "اشتباكات أوقفت على إثرها الشرطة 109", follow a fight)
        armed, civilians, unread = battle.actor1, None, True
    else:
        return False
    return (
        _actor_known(armed) and armed == act.actor1 and _actors_compatible(civilians, act.actor2)
        and battle.background == act.background
        and ((battle.location, battle.admin1, battle.country) == (act.location, act.admin1, act.country)
             or unread and _province_of(battle, act))
        and (battle.event_date == act.event_date or not battle.event_date or not act.event_date)
        and layout.gap(battle, act) <= 1
        # a foe-less clash that cost more lives than the act is a fight of its own
        and not (unread and (battle.fatalities or 0) > (act.fatalities or 0))
    )


def join_handovers(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a side's withdrawal from a place into the takeover of that place by its enemy.

    "سيطرت الفصائل على البلدة" and "انسحب المقاتلون الأكراد منها" the same
    day are one change of hands: the withdrawing side is the one the
    takeover beat, and the takeover (who gained) is the event.  So is a
    takeover told again with its sides reversed (`_reversed_takeover`), in a
    later sentence or later in its own clause.
    """
    told_first = _told_first(layout.doc, events)
    return _fold_into(
        events, lambda loss, gain: _one_handover(gain, loss) or _reversed_takeover(gain, loss, told_first),
        absorb, copies,
    )


def _told_first(doc: Document, events: list[Event]) -> Callable[[Event, Event], bool]:
    """Whether one of `events` was told before another: in an earlier sentence, or earlier in
    the same sentence within one clause (`_one_clause_order`)."""
    order = {id(event): index for index, event in enumerate(events)}

    def told_first(a: Event, b: Event) -> bool:
        return _before(a, b) or (a.evidence_spans[:1] == b.evidence_spans[:1] and _one_clause_order(doc, a, b, order))

    return told_first


def _one_clause_order(doc: Document, a: Event, b: Event, order: dict[int, int]) -> bool:
    """`a`'s trigger comes before `b`'s in their one sentence with no clause boundary between
    (`boundaries` in clauses.yaml: "سيطر التنظيم على القرية صباحا، قبل أن تستعيدها القوات مساء"
    tells two changes of hands, one after the other).  Events whose triggers are not found in the
    sentence keep the order of the list (one sentence's acts in the order of their nouns)."""
    first, _ = _anchor(doc, a)
    second, _ = _anchor(doc, b)
    if first is None or second is None:
        return order[id(a)] < order[id(b)]
    if first.start >= second.start:
        return False
    return load_clause_boundaries().pattern.search(doc.norm, doc.norm_index(first.end), doc.norm_index(second.start)) is None


def _reversed_takeover(first: Event, later: Event, told_first: Callable[[Event, Event], bool]) -> bool:
    """`later` is the change of hands `first` told, read with gainer and loser swapped.

    "استعاد الجيش السيطرة على البلدة" and a later sentence on the same
    fighting ("القضاء على مسلحي التنظيم ما أدى إلى إحكام السيطرة على البلدة")
    read as the group taking it from the army are one change of hands: at
    one exact place on one day, the sides reversed (or the loser unread),
    the first report's reading stands (two sub-types of territory that
    cannot both be true).  So in one sentence ("تمكنت القوات من السيطرة على
    آخر جيوب المتمردين في X واستعادة هذه المحافظة"): its second noun, read
    with the nearer side as the gainer, is the change its first noun told.
    """
    return (
        _swapped_takeover(first, later) and bool(first.event_date) and first.event_date == later.event_date
        and told_first(first, later)
    )


def _swapped_takeover(first: Event, later: Event) -> bool:
    """Two changes of territory of one exact place, of the two sub-types, whose gainer in
    `later` is `first`'s loser and whose loser in `later` is `first`'s gainer or unread."""
    return (
        first.sub_event_type in TERRITORY and later.sub_event_type in TERRITORY
        and first.sub_event_type != later.sub_event_type and first.background == later.background
        and _actor_known(first.actor1) and _actor_known(first.actor2) and later.actor1 == first.actor2
        and (later.actor2 == first.actor1 or not _actor_known(later.actor2))
        and (first.location, first.admin1, first.country) == (later.location, later.admin1, later.country)
    )


def _one_handover(gain: Event, loss: Event) -> bool:
    """`loss` is the withdrawal of the side `gain` took a place from, at that place and date
    (whoever the withdrawal names as moving in: an ally of the gainer, or nobody).  Told in
    the takeover's own clause ("سيطرت X على البلدة بعد انسحاب Y منها"), the withdrawal
    already carries the takeover's sides, gainer first: it is that change of hands too.
    In the takeover's own sentence, a withdrawal placed only by a wide area holding the
    town ("على مدينة X في شمال سوريا، إثر انسحاب المقاتلين منها": the pronoun is the town)
    is from that town."""
    withdrawer_first = _actor_known(loss.actor1) and loss.actor1 == gain.actor2
    same_sides = _actor_known(loss.actor1) and (loss.actor1, loss.actor2) == (gain.actor1, gain.actor2)
    same_place = (gain.location, gain.admin1, gain.country) == (loss.location, loss.admin1, loss.country) or (
        gain.evidence_spans[:1] == loss.evidence_spans[:1] and _placed_wider(loss, gain))
    return (
        loss.sub_event_type in load_dedupe_rules().handover_sub_types
        and gain.sub_event_type in TERRITORY and gain.background == loss.background
        and (withdrawer_first or same_sides) and same_place and _dates_compatible(gain, loss)
    )


def fold_consequences(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a change of territory told as the state an act left into that act.

    "تم الثلاثاء إجلاء مقاتلين من المحافظة، حيث باتت قوات النظام تبسط
    سيطرتها على كامل الحدود" tells one evacuation: the control that "became"
    the side's (`consequence_words`) is its outcome, not a second act, when
    the act by the same side on a compatible day is told in the same or the
    previous sentence.
    """
    return _fold_into(events, lambda state, act: _consequence_of(layout, state, act), _absorb_here, copies)


def _consequence_of(layout: Layout, state: Event, act: Event) -> bool:
    """`state` is a change of territory told as the outcome of `act` (see `fold_consequences`)."""
    rules = load_dedupe_rules()
    if state.sub_event_type not in TERRITORY or state.background != act.background:
        return False
    if not _actor_known(act.actor1) or act.actor1 != state.actor1 or not _dates_compatible(state, act):
        return False
    if act.evidence_spans[:1] > state.evidence_spans[:1] or layout.gap(state, act) > 1:
        return False  # the act is told first
    return _named_just_before(layout.doc, state, rules.consequence_words, rules.consequence_reach)


# ----------------------------------------------------------------- incidents
def join_incidents(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold one incident coded under two sub-types into its more specific coding.

    "قتل خمسة مدنيين بسقوط قذيفة على السوق" may come out as a shelling and
    as an attack on civilians, and "انفجرت عبوة" next to "فجر انتحاري نفسه"
    as an IED and a suicide bomb.  At one place on one day, by one attacker
    (or one report's attacker unknown), told in linked sentences (or giving
    one toll: a lead and its body retelling, `_one_toll`), the pair
    named in `incident_folds` is one event of the kept sub-type, with the
    larger toll (deaths told as further ones, "كما قتل", are added) and
    every evidence span.  "هجوم آخر" is never folded.
    """
    folds = load_dedupe_rules().incident_folds
    kept: list[Event] = []
    for event in events:
        pair = next((
            (keep, fold) for other in kept
            for keep, fold in ((other, event), (event, other))
            if (link := folds.get((keep.sub_event_type, fold.sub_event_type)))
            and one_incident(layout, keep, fold, link)
        ), None)
        if pair is None:
            kept.append(event)
            continue
        keep, fold = pair
        at = kept.index(fold if keep is event else keep)
        record_copy(copies, keep, fold)
        day = _told_day(layout.doc, keep, fold)
        # a blast read as a fight names its sides from the dead and the speaker: the blast's stay
        sides = {name: getattr(keep, name) for name in SIDE_FIELDS} if _misread_fight(keep, fold) else {}
        _fold_incident(layout.doc, keep, fold)
        _keep_day(keep, day)
        for name, value in sides.items():
            setattr(keep, name, value)
        if sides:
            _author_from_fight(keep, fold)
        kept[at] = keep  # the incident stays where it was first told
    return kept


def _author_from_fight(blast: Event, fight: Event) -> None:
    """"عرضت X صورا لهجوم عناصرها على آليات Y، وأعلنت أيضا تدمير دبابة Y بعبوة": a blast whose author
    went unnamed takes the named attacker of the fight it was misread as, when both codings
    agree on the side hit (a speaker's own side, the one hit, is never taken)."""
    if not _actor_known(blast.actor1) and _actor_known(fight.actor1) and fight.actor2 == blast.actor2 \
            and fight.actor1 != blast.actor2:
        blast.actor1, blast.inter1 = fight.actor1, fight.inter1


def _misread_fight(keep: Event, fold: Event) -> bool:
    """A battle folded into an act of another type: the same incident misread as a fight."""
    return fold.event_type == "Battles" and keep.event_type != "Battles"


def one_incident(layout: Layout, keep: Event, fold: Event, link: str) -> bool:
    """Whether `fold` is another coding of the incident `keep` tells (see `join_incidents`).

    With `link` "anaphora", `fold` must come later and name the act with a
    definite noun ("شنت مقاتلات غارة ... وأسفر القصف عن"): told side by side
    the two sub-types are two weapons.  With "apart" the two must come from
    two sentences: a hostage-taking and the fight at its siege are told one
    after the other, while one sentence read as both a clash and an abduction
    is a clash whose captives were misread (the clash is kept).  With "generic" the
    folded report, told in a later sentence, names its act only by a bare attack word
    (`_bare_attack`): a bombardment told again as "targeted", not the fighting
    told beside it.  With "blast" the folded report is the kept device's blast (`_blast_of`).
    """
    doc = layout.doc
    if keep.background != fold.background or not _one_day(doc, keep, fold):
        return False
    if keep.event_date != fold.event_date and (_bare_toll(doc, keep) or _bare_toll(doc, fold)):
        return False  # another source's count is weighed as a toll (`fold_bare_tolls`), not as a coding
    if not _one_attacker(keep, fold) or not (
        _same_spot(keep, fold) or _toll_in_container(layout, keep, fold) or _fight_in_container(layout, keep, fold)
    ):
        return False
    if any(_further_act(doc, e) for e in (keep, fold)):
        return False
    if link == "blast":
        return _blast_of(doc, keep, fold)
    if link == "cause":
        return _death_caused_by(doc, keep, fold)
    if link == "raid":
        return _raid_fought(doc, keep, fold)
    if link == "deadly":
        return _damage_of_killing(keep, fold)
    later = max(keep, fold, key=lambda e: e.evidence_spans[:1])
    gap = layout.gap(keep, fold)
    reach = load_dedupe_rules().incident_reach
    if link == "anaphora":
        later = fold if fold.evidence_spans[:1] > keep.evidence_spans[:1] else None
    anaphora = later is not None and (
        gap <= reach or (_fight_named_again(keep, fold) and not _told_of_its_own_time(doc, keep, fold))
    ) and follow_up(doc, later) in ("specific", "generic")
    if link == "apart" and gap == 0:
        return False
    if link == "generic" and (not _bare_attack(doc, fold) or fold.evidence_spans[:1] < keep.evidence_spans[:1]
                              or gap == 0):
        return False  # a lead's assault ("فشل الجيش في اقتحام المدينة") is the news its bombardment served
    return anaphora or (link in ("adjacent", "apart", "generic") and (
        gap <= 1 or (gap <= reach and _same_paragraph(layout, keep, fold)) or _one_toll(layout, keep, fold)
    ))


def _fight_named_again(keep: Event, fold: Event) -> bool:
    """A change of territory and a clash at the very same place on the same day, one of them
    named by a definite noun however far on ("تمكنت القوات من السيطرة على جبال ... في مديرية
    X" and, paragraphs later, "المعارك التي شهدتها X كبدت الحوثيين خسائر"): the fighting
    told again is the one that won the place (ACLED codes one battle per place, day and
    sides), not a second battle.  Only an exact place (a town or a whole district), so a
    province's or an area's fighting told again stays within `incident_reach`; and only a
    clash told after the takeover: a takeover read later from a recall or a state of control
    ("بعد طردهم منها"، "التي يتقاسمان السيطرة عليها") names no fight told before it."""
    return (
        keep.sub_event_type in load_dedupe_rules().container_fold_sub_types and fold.event_type == "Battles"
        and fold.evidence_spans[:1] > keep.evidence_spans[:1]
        and (keep.location, keep.admin1, keep.country) == (fold.location, fold.admin1, fold.country)
        and keep.event_date == fold.event_date and _named_spot(keep) and _named_spot(fold)
    )


def _told_of_its_own_time(doc: Document, keep: Event, fold: Event) -> bool:
    """The clash's sentence gives it a time of its own: a recall marker of the dates stage
    (`background_markers` in dates.yaml: "المعارك التي شهدتها مديرية حرض العام الماضي"،
    "سابقا"، "قبل عامين") or a date other than the takeover's day ("الشهر الماضي"، "في 3
    مايو").  That fight is an earlier one told for the story's background, never the one
    that won the place today, however equal the two dates came out (a recall inside the
    clash's relative clause does not make it background)."""
    if not fold.evidence_spans:
        return False
    start, end = fold.evidence_spans[0]
    if background_markers(doc.norm[doc.norm_index(start): doc.norm_index(end)]):
        return True
    return any(isinstance(m.value, dt.date) and m.value.isoformat() != keep.event_date
               for m in doc.in_span("date", start, end))


def _blast_of(doc: Document, device: Event, blast: Event) -> bool:
    """`blast` is read from a blast word (`blast_words`) whose object is `device`'s trigger, at
    most `blast_reach` words on ("بانفجار قنبلة يدوية ألقاها مسلحون"), or from a trigger
    overlapping it, and reads no other side hit: the device is what exploded.  A bombing told
    beside it ("ألقوا قنبلة يدوية على دورية، كما انفجرت عبوة ناسفة بمدرعة") names a device or
    a victim of its own and stays apart."""
    if device.evidence_spans[:1] != blast.evidence_spans[:1] or (
            _actor_known(device.actor2) and _actor_known(blast.actor2) and device.actor2 != blast.actor2):
        return False
    named, word = _anchor(doc, device)[0], _anchor(doc, blast)[0]
    if named is None or word is None:
        return False
    if word.start < named.end and named.start < word.end:
        return True
    rules = load_dedupe_rules()
    head = WORD_RE.findall(normalize(word.text))[:1]
    between = WORD_RE.findall(doc.norm[doc.norm_index(word.end):doc.norm_index(named.start)])
    return bool(head) and not rules.blast_words.isdisjoint(strip_clitics(head[0])) and word.end <= named.start \
        and len(between) < rules.blast_reach


def _death_caused_by(doc: Document, act: Event, battle: Event) -> bool:
    """`battle` is read only from a death word its sentence ties to `act`'s trigger by a
    cause word ("لقي 15 عسكريا مصرعهم جراء إسقاطها") or a result word ("أسقطت الدفاعات
    الطائرة ما أدى إلى مقتل طاقمها"), at most `cause_reach` words apart: the dead are the
    act's toll, not a fight of their own.  Deaths told beside the act ("مقتل سبعة مسلحين
    وتفكيك 15 عبوة") have no such word between and stay a battle."""
    if act.evidence_spans[:1] != battle.evidence_spans[:1]:
        return False
    trigger, death = _anchor(doc, act)[0], _anchor(doc, battle)[0]
    if trigger is None or death is None or not death.attrs.get("generic_killing"):
        return False
    rules = load_dedupe_rules()
    first, last, links = (
        (death, trigger, rules.cause_words) if death.end <= trigger.start else (trigger, death, rules.result_words)
    )
    if first.end > last.start:
        return False
    between = [strip_conjunction(w) for w in WORD_RE.findall(doc.norm[doc.norm_index(first.end):doc.norm_index(last.start)])]
    return len(between) <= rules.cause_reach and not links.isdisjoint(between)


def _damage_of_killing(act: Event, damage: Event) -> bool:
    """`damage` (property burnt or destroyed) is read from a sentence of `act`'s, and `act` counts
    dead: "أحرق مستوطنون منزلا فلسطينيا مما أدى إلى استشهاد رضيع" is one arson that killed,
    which ACLED codes as the attack on the family, not as an attack and a destruction of its
    house.  Damage told beside an act that killed no one ("تقارير عن إعدامات ونهب") is not
    known to be that act's and stays its own event."""
    return bool(act.fatalities) and bool(damage.evidence_spans) and damage.evidence_spans[0] in act.evidence_spans


def _raid_fought(doc: Document, fight: Event, raid: Event) -> bool:
    """`raid` is arrests read only from a raid word (`raid_words`) in a sentence of `fight`'s,
    counting no one detained, while the fight counts dead ("أسفرت مداهمة أمنية ... عن مقتل 10
    من العناصر"، "داهمت القوات المزرعة وقتلت 15 عنصرا"): the raid is the fight, not a
    detention.  Arrests a sentence tells by an arrest verb have that verb as their trigger."""
    if raid.captured or raid.fatalities or not fight.fatalities or not raid.evidence_spans \
            or raid.evidence_spans[0] not in fight.evidence_spans:
        return False
    word = _anchor(doc, raid)[0]
    heads = WORD_RE.findall(normalize(word.text))[:1] if word is not None else []
    rules = load_dedupe_rules()
    if not heads or rules.raid_words.isdisjoint(strip_clitics(heads[0])):
        return False
    # "داهمت القوات منازل ..., وفي حادث منفصل قتل شرطي في اشتباك": the fight is another incident
    fought, _ = _anchor(doc, fight)
    if fought is None:
        return True
    low, high = (word.end, fought.start) if word.end <= fought.start else (fought.end, word.start)
    between = WORD_RE.findall(doc.norm, doc.norm_index(low), doc.norm_index(high))
    return not any(strip_conjunction(w) in rules.separate_words for w in between)


def _one_toll(layout: Layout, a: Event, b: Event) -> bool:
    """The two reports give one death toll of at least `incident_toll_min` within
    `incident_toll_reach` sentences: a lead and its body retelling, however far apart."""
    rules = load_dedupe_rules()
    return a.fatalities == b.fatalities >= rules.incident_toll_min and layout.gap(a, b) <= rules.incident_toll_reach


def _bare_attack(doc: Document, event: Event) -> bool:
    """The report names its act only by an unqualified attack or killing word ("وقال إن
    مقاتليها استهدفوا المعسكر"), so its type was guessed from the sides."""
    anchor, _ = _anchor(doc, event)
    return anchor is not None and is_generic(anchor)


def _toll_in_container(layout: Layout, a: Event, b: Event) -> bool:
    """One report is placed only by the province or country holding the other's place
    and both give one toll (`_one_toll`): "فجر انتحاري نفسه في مسجد بمدينة X ... مقتل 15"
    and a quote on "15 من رجال الأمن قتلوا في منطقة Y" (Y the province of X)."""
    return _one_toll(layout, a, b) and (_contains(a, b) or _contains(b, a))


def _fight_in_container(layout: Layout, keep: Event, fold: Event) -> bool:
    """`fold` is told in `keep`'s sentence and placed only by the province or country holding
    `keep`'s place, `keep` of a `container_fold_sub_types` sub-type: "سيطرت القوات على معسكر في
    مديرية X بمحافظة Y بعد مواجهات قتل فيها ..." places the fight by the province the sentence
    names last, yet it is the fighting that won the camp."""
    return (
        keep.sub_event_type in load_dedupe_rules().container_fold_sub_types
        and layout.gap(keep, fold) == 0 and _contains(fold, keep)
    )


def _earlier_day(a: Event, b: Event) -> tuple[str | None, int] | None:
    """The earlier of two days each told to the day, for one act retold on the day of its
    report ("والخميس أعلن الصليب الأحمر أن 29 طفلا قتلوا" beside the news' day), which
    `_fold_retelling` keeps for a merge `_near_days` admitted; None when the two reports give
    one day or either is told less precisely (the merge keeps the finer date then)."""
    if a.time_precision != 1 or b.time_precision != 1 or not (a.event_date and b.event_date) \
            or a.event_date == b.event_date:
        return None
    return min(a.event_date, b.event_date), 1


def _one_day(doc: Document, a: Event, b: Event) -> bool:
    """The two reports are dated to one day, or one's sentences name no day of their own
    and it lies at most `undated_days` from the other's.

    A sentence without a date word ("وقال الحاكم إن التفجير كان كبيرا") is
    dated by the news' day or by a date the sentence before gave another
    act ("منذ وفاة قائدها الأسبوع الماضي"): a day it does not tell, which
    keeps no retelling apart from the act it retells, when that act is told
    to the day.
    """
    if not (a.event_date and b.event_date):
        return False
    if a.event_date == b.event_date:
        return True
    told = [e for e in (a, b) if _dated(doc, e)]
    # an act dated only to a week ("خلال الأسبوع الماضي") is no anchor for a report of the news' day
    return _within_days(a, b, load_dedupe_rules().undated_days) and (
        not told or (len(told) == 1 and told[0].time_precision == 1)
    )


def _told_day(doc: Document, a: Event, b: Event) -> tuple[str | None, int] | None:
    """The day (and its precision) of the one report of the pair whose sentences tell it,
    to keep when the two merge (the other's is a day it does not tell: see `_one_day`)."""
    told = [e for e in (a, b) if _dated(doc, e)]
    return (told[0].event_date, told[0].time_precision) if len(told) == 1 else None


def _keep_day(event: Event, day: tuple[str | None, int] | None) -> None:
    """Date a merged event by a day kept from before the merge (`_told_day`'s, or the
    act's own when the other report was dated only by its statement), if any."""
    if day is not None:
        event.event_date, event.time_precision = day


def _one_attacker(keep: Event, fold: Event) -> bool:
    """One attacker, or for two battle codings (a takeover and the clash
    that won it) the same two sides, whichever a sentence names first."""
    if _actors_compatible(keep.actor1, fold.actor1):
        return True
    return keep.event_type == fold.event_type == "Battles" and (
        _sides_compatible(keep, fold) or _camp_fought(keep, fold))


def _camp_fought(keep: Event, fold: Event) -> bool:
    """Two battle codings of one fight whose sentences credit it to two members of one camp
    (`camps`: "سيطرت المقاومة الشعبية على X" and "تمكن الجيش الوطني ومقاتلو المقاومة من
    تدمير دفاعات الحوثيين في X، ودارت معارك طاحنة"): the army and the militia fighting
    beside it win one place together, against the same (or an unnamed) foe."""
    return _camp_mates(keep, _side(keep, 1), _side(fold, 1)) and _actors_compatible(_side(keep, 2), _side(fold, 2))


def _further_act(doc: Document, event: Event) -> bool:
    """The report tells an act of its own, not a retelling: "another" act (`follow_up`),
    a separate incident ("وفي حادث منفصل", `_separate`), a series of acts (`_series`)
    or fighting that followed the act (`_follows_an_act`)."""
    return follow_up(doc, event) == "new" or _separate(doc, event) or _series(doc, event) \
        or _follows_an_act(doc, event)


def _follows_an_act(doc: Document, event: Event) -> bool:
    """The report's trigger tells fighting as what came after another act ("الانفجار
    أعقبته اشتباكات"، triggers.yaml `follows_an_act`): a second act, not the blast misread."""
    anchor, _ = _anchor(doc, event)
    return anchor is not None and bool(anchor.attrs.get("follows_an_act"))


def _series(doc: Document, event: Event) -> bool:
    """The report tells a series of acts ("في سلسلة تفجيرات"), not one incident."""
    rules = load_dedupe_rules()
    return _named_just_before(doc, event, rules.incident_series_words, rules.incident_series_reach)


def _named_just_before(doc: Document, event: Event, words: frozenset[str], reach: int) -> bool:
    """One of `words` stands among the `reach` words before the event's trigger."""
    anchor, _ = _anchor(doc, event)
    if anchor is None:
        return False
    return any(strip_conjunction(word) in words for word in _words_before(doc, event, anchor)[-reach:])


def _same_spot(a: Event, b: Event) -> bool:
    """One place, or two within `incident_km` of which one is known only approximately.

    Two exactly named villages are two places however close ("غارة على X"
    and "غارة على Y" the same day are two strikes); an area or a town known
    only approximately (precision 2) within reach of the other is the same spot.
    """
    if (a.location, a.admin1, a.country) == (b.location, b.admin1, b.country):
        return True
    if a.country != b.country or max(a.geo_precision, b.geo_precision) != 2:
        return False
    km = _km(a, b)
    return km is not None and km <= load_dedupe_rules().incident_km


def _km(a: Event, b: Event) -> float | None:
    """Approximate distance between two events' coordinates (an equirectangular projection is
    exact enough at 10 km)."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    assert a.latitude is not None and a.longitude is not None and b.latitude is not None and b.longitude is not None
    dx = (a.longitude - b.longitude) * math.cos(math.radians((a.latitude + b.latitude) / 2))
    return math.hypot(a.latitude - b.latitude, dx) * 111.2


def _same_paragraph(layout: Layout, a: Event, b: Event) -> bool:
    """Whether the two reports' first sentences share a paragraph."""
    sentences = layout.doc.sentences
    ours, theirs = (layout.index(e.evidence_spans[0][0]) for e in (a, b))
    return bool(sentences) and sentences[ours].paragraph == sentences[theirs].paragraph


def _fold_incident(doc: Document, winner: Event, loser: Event) -> None:
    """Fold `loser` into `winner`: winner's sub-type, the larger toll (two codings of
    one incident count its dead once), or the sum when the later report adds
    deaths ("كما قتل").  A second count in the same sentence is not added here: it is as
    often another source's figure for the same dead ("فيما قدرت مصادر محلية عدد القتلى
    بـ 15") as the other side's, and EVENTS.md section 4 keeps the lowest of two reports."""
    later = max(winner, loser, key=lambda e: e.evidence_spans[:1])
    earlier = loser if later is winner else winner
    if winner.fatalities and loser.fatalities and adds_deaths(doc, later, earlier):
        _add_toll(winner, loser)
    elif loser.fatalities > winner.fatalities:
        winner.fatalities, winner.fatalities_text = loser.fatalities, loser.fatalities_text
        winner.fatalities_low, winner.fatalities_high = loser.fatalities_low, loser.fatalities_high
    loser.fatalities = 0  # its toll is counted above
    absorb(winner, loser)


def fold_killing_battles(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a battle read only from a death word into the act told next to it between the same sides.

    "وأدت العملية إلى مقتل القيادي" after "قتل قيادي في غارة أمريكية" names
    no fighting: the two sides the killing sentence found are the strike's
    attacker and target, so at one spot and day in linked sentences the
    battle is the strike's toll told again, not a clash.  A retelling that names
    no day of its own, or whose own sentence places the killing only by the strike's
    province ("قصف موقعا ... مما أسفر عن مقتل 22" in an official's later statement), is
    one too (a province guessed from the sentences around is no place of its own).
    """
    return _fold_into(
        events, lambda battle, act: _killing_of(layout, battle, act),
        lambda act, battle: _fold_incident(layout.doc, act, battle), copies,
    )


def fold_equal_tolls(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a retelling that gives the same toll for an act of one kind, place and day.

    "قتل ثمانية مسلحين في كمين نصبته المقاومة في رداع" then "نصبت المقاومة
    كمينا ... مما أسفر عن مقتل 8" is one ambush, whatever sides each
    sentence came out with: in adjacent sentences, an equal death toll at
    one exact place and day tells one act.  So is a retelling of another
    kind when either report names its act only by a death word or a bare
    "attack" ("تعرض المعسكر لهجوم خلف عشرة قتلى" after "قتل عشرة جنود في
    هجوم"): its sub-type was guessed, the toll is the act's.  A retelling
    of one kind whose sentence gives the other's count among its own
    ("54 قتيلا بينهم 28 مدنيا", read once as 54 and once as 28) is one
    act too.  A lead and its body retelling further apart, or at two spots of one province,
    are one act when both read one exact toll for the same sub-type and side
    (`_exact_toll_retold`).  Events split
    from one sentence (a list of places or acts) are never folded.
    """
    return _fold_into(
        events, lambda later, first: _same_toll(layout, first, later),
        lambda first, later: _fold_fight_or_retelling(layout, first, later), copies,
    )


def _at_own_locator(doc: Document, event: Event) -> bool:
    """The event is placed at a point its own first sentence tells a direction from ("بمقتل سبعة
    من عناصر داعش غربي كركوك 250 كم شمال بغداد" placed at Baghdad): where the act lies relative
    to, not where it took place."""
    return bool(event.evidence_spans) and any(
        _told_by_direction(doc, event, lambda place: place.name == event.location))


def _fight_retold(layout: Layout, first: Event, later: Event) -> bool:
    """One fight told twice with its one exact toll: two battle reports of one sub-type naming
    the same two sides (in either order, or one side unnamed), each counting the same dead
    (digits or number words, neither vague nor implicit), on one day (or a day apart at one
    spot or in a statement's retelling), in one country.  In one province the later is told
    in the next sentence, goes on with a statement ("وقال إن ذلك أسفر عن استشهاد رقيب") or
    retells the lead in the body's first sentence, or counts at least `retold_toll_min` dead
    within `incident_toll_reach` sentences; across two provinces only a statement's or the
    body's retelling within `equal_toll_reach` sentences counts (a writer's "وقتل ستة جنود
    في إقليم آخر" right after is a fight of its own).

    Why: a battle has no victim in ACLED's sense, so the side a sentence names first says
    nothing; a lead ("أعلن الجيش الأمريكي مسؤوليته عن الهجوم ... مما أسفر عن مقتل سبعة
    جنود الاثنين") and its body ("وأشار الجيش إلى أن سبعة جنود قتلوا ... أمس") retell one
    fight with sides swapped and the statement's day beside the act's, and the lead's place
    is often the point its direction is told from ("في محافظة القليوبية شمال القاهرة"), a
    unit's home ("قوة ترحيلات الوادي الجديد") or another province.  Two fights between the
    same two sides killing exactly as many the same day, told back to back, are rarer than
    that retelling; a report told as a further act ("another", "separate", a series) stays
    apart, and two sub-types (a clash and the town it won) stay two readings."""
    rules = load_dedupe_rules()
    if not (first.event_type == later.event_type == "Battles" and first.sub_event_type == later.sub_event_type):
        return False
    if first.background or later.background or first.country != later.country or not first.fatalities:
        return False
    if first.fatalities != later.fatalities or not _sides_compatible(first, later):
        return False
    if 3 in (first.time_precision, later.time_precision):
        return False
    doc = layout.doc
    gap = layout.gap(first, later)
    retold = gap <= rules.equal_toll_reach and (_lead_retold(layout, first, later) or _goes_on_with_statement(layout, later))
    # a day apart: a statement's day beside the act's, or one spot's when one report tells no
    # day of its own; two days the writer tells ("... الأحد. وقتل جنديان ... الاثنين") are two fights
    spot_day_off = _same_place(first, later) and not (_dated(doc, first) and _dated(doc, later))
    if not (_one_day(doc, first, later) or (
            (retold or spot_day_off) and _within_days(first, later, rules.retold_days))):
        return False
    # two places each report names as its own ("مديرية صرواح بمحافظة مأرب" and "مدينة تعز", "العريش"
    # and "الشيخ زويد"), neither a locator of the other, are two fronts, unless the body opens by
    # quoting a source on the lead's news ("وقالت مصادر إن ..." opening the paragraph after it)
    if _own_places_apart(doc, first, later) and not (
            _lead_retold(layout, first, later) and _goes_on_with_statement(layout, later)):
        return False
    if first.admin1 and first.admin1 == later.admin1:
        if not (retold or gap <= 1 or (gap <= rules.incident_toll_reach and first.fatalities >= rules.retold_toll_min)):
            return False
    elif not retold:  # "وقتل ستة جنود في إقليم غزني" right after Logar's fight is a fight of its own
        return False
    return _exact_tolls_of_one_act(doc, first, later)


def _own_place(doc: Document, event: Event) -> bool:
    """The report is placed at a place of its own below its province (a town, district or spot),
    not at the point its own sentence tells a direction from (`_at_own_locator`)."""
    return event.location not in (None, event.admin1, event.country) and not _at_own_locator(doc, event)


def _own_places_apart(doc: Document, first: Event, later: Event) -> bool:
    """Both reports name places of their own (`_own_place`) that differ, neither inside the
    other's (its district) nor the point the other's sentence tells a direction from."""
    if first.location == later.location or not (_own_place(doc, first) and _own_place(doc, later)):
        return False
    if first.location in (later.admin2, later.admin1) or later.location in (first.admin2, first.admin1):
        return False
    return not (_located_by(doc, first, later) or _located_by(doc, later, first))


def _locator_unplaced(doc: Document, first: Event, later: Event) -> bool:
    """One report is placed only at the point its own sentence tells a direction from
    (`_at_own_locator`: "غربي كركوك 250 كم شمال بغداد") and the other names no place of its
    own, is placed the same way, or lies in the locator city's province: "شرقي حماة" is
    still Hama's countryside, so an act the next sentence places in another province ("وفي
    ريف إدلب ... سراقب", "وفي الأنبار ... الفلوجة") is another act."""
    at_locator = [_at_own_locator(doc, e) for e in (first, later)]
    if not any(at_locator):
        return False
    if all(at_locator):
        return True
    locator, other = (first, later) if at_locator[0] else (later, first)
    return other.location in (None, other.country) or (bool(other.admin1) and other.admin1 == locator.admin1) \
        or _measured_locator(doc, locator)


def _exact_tolls_of_one_act(doc: Document, first: Event, later: Event) -> bool:
    """Neither report marks a further act ("آخر", "منفصل", a series) and each has a toll of its
    own that is an exact count: only equal exact tolls tell one act told twice (a vague or
    implicit count matches too many separate acts)."""
    if any(_further_act(doc, e) for e in (first, later)):
        return False
    for event in (first, later):
        counts = _toll_counts(doc, event)
        if not counts or any(m.attrs.get("vague") or m.attrs.get("implicit") for m in counts):
            return False
    return True


def _measured_locator(doc: Document, event: Event) -> bool:
    """The point the report's sentence tells a direction from is measured from by a distance
    ("على بعد 150 كيلو مترا جنوب غرب العاصمة الجزائر"): the act lies that far off, so the
    city's province says nothing of where (unlike "غربي كركوك", the city's countryside)."""
    units = load_place_cues().distance_units | load_dedupe_rules().split_distance_units
    for mention in doc.in_span("place", *event.evidence_spans[0]):
        place = mention.attrs.get("place")
        if place is None or place.name != event.location or mention.attrs.get("cue_type") != "direction":
            continue
        at = doc.norm_index(mention.start)
        words = WORD_RE.findall(doc.norm, max(0, at - 80), at)[-6:]
        if any(word.isdigit() and after in units for word, after in itertools.pairwise(words)):
            return True
    return False


def _fold_fight_or_retelling(layout: Layout, first: Event, later: Event) -> None:
    """`_fold_retelling`, a retelling at another province keeping the place of the report not
    placed at the point its own sentence tells a direction from (`_at_own_locator`: "شمال
    القاهرة" places nothing at Cairo), or when both are, of the report naming its act (a bare
    toll's "بمقتل سبعة ... غربي كركوك" beside "قصف طيران التحالف قرية غربي مخمور")."""
    doc = layout.doc
    at_locator = [_at_own_locator(doc, e) for e in (first, later)]
    if first.admin1 == later.admin1 or not any(at_locator):
        _fold_retelling(doc, first, later)
        return
    keep = first if at_locator[1] and not at_locator[0] else later if at_locator[0] and not at_locator[1] else None
    if keep is None:  # both told relative to a point: the report naming its act places it, not a bare toll
        unnamed = [_unnamed_act(doc, e) for e in (first, later)]
        keep = first if unnamed[1] and not unnamed[0] else later if unnamed[0] and not unnamed[1] else None
    place = {name: getattr(keep, name) for name in PLACE_FIELDS} if keep is not None else None
    _fold_retelling(doc, first, later)
    if place is not None:
        for name, value in place.items():
            setattr(first, name, value)


def fold_unnamed_retellings(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a later report of a killing or an attack, dated by no day but the act's, into the
    act told last before it.

    "أسفر تفجير شاحنة مفخخة في كابول صباح الجمعة عن مقتل 15" and, a few
    sentences on, "وقال قائد الشرطة إن عددا كبيرا من الأطفال قتلوا أو
    جرحوا" are one act: a report that names its act only by a death word
    or a bare "attack" (`_unnamed_act`), gives the act's day or none of its
    own (`_dated`) and no more dead than the act, at its spot (or only in
    its province or country), within `equal_toll_reach` sentences, tells
    the dead of the violent act the article told last, whatever sub-type
    and sides its own words gave it (the act keeps its sides and toll).  A
    report opening with "also" or marked as a separate incident
    (`separate_words`: "في حادث منفصل") is a further act.
    """
    folded: set[int] = set()
    for later in sorted(events, key=lambda e: e.evidence_spans[:1]):
        if not _unnamed_retelling(layout.doc, later):
            continue
        act = _last_act_before(events, later, folded)
        if act is not None and _retells(layout, act, later):
            record_copy(copies, act, later)
            day = _told_day(layout.doc, act, later)
            # its sides were guessed from the speaker and the dead it names, its count is part of the act's
            told = {name: getattr(act, name) for name in (*SIDE_FIELDS, *TOLL_FIELDS)}
            absorb(act, later)
            _keep_day(act, day)
            for name, value in told.items():
                setattr(act, name, value)
            folded.add(id(later))
    return [e for e in events if id(e) not in folded]


def _unnamed_retelling(doc: Document, event: Event) -> bool:
    """A violent, current report naming its act only by a death word or "attack", not told
    as a further or separate act (a bare toll is weighed by `fold_bare_tolls`)."""
    return (
        bool(event.evidence_spans) and event.event_type in VIOLENT_TYPES and not event.background
        and event.sub_event_type not in TERRITORY and _unnamed_act(doc, event) and not _bare_toll(doc, event)
        and not _told_apart(doc, event) and not _separate(doc, event)
    )


def _separate(doc: Document, event: Event) -> bool:
    """The report's first sentence opens by marking its act as a separate incident ("وفي حادث منفصل")."""
    rules = load_dedupe_rules()
    start, end = event.evidence_spans[0]
    words = WORD_RE.findall(doc.norm, doc.norm_index(start), doc.norm_index(end))[: rules.separate_reach]
    return any(strip_conjunction(word) in rules.separate_words for word in words)


def _last_act_before(events: list[Event], later: Event, folded: Collection[int]) -> Event | None:
    """The violent, current event with a report told last before `later`'s first sentence."""
    start = later.evidence_spans[0][0]
    told = [
        (max(s for s, _ in e.evidence_spans if s < start), e) for e in events
        if e is not later and id(e) not in folded and e.event_type in VIOLENT_TYPES and not e.background
        and any(s < start for s, _ in e.evidence_spans)
    ]
    return max(told, key=lambda pair: pair[0])[1] if told else None


def _retells(layout: Layout, act: Event, later: Event) -> bool:
    """`later` may tell `act`'s dead (the act killed): at its spot, or in the province or
    country the act is placed by, or only there when its sentence names no place (a village
    the gazetteer does not know is another scene); by the act's attacker or an unknown one,
    near its day, counting no more dead, in reach, and not an act on another named person
    (`_distinct`)."""
    return (
        act.sub_event_type not in TERRITORY and act.fatalities > 0
        and ((_same_spot(act, later) and later.geo_precision < 3) or _contains(act, later)
             or ((_same_spot(act, later) or _contains(later, act)) and not _names_scene(layout.doc, later)))
        and _one_attacker(act, later)
        and (act.event_date == later.event_date
             or (not _dated(layout.doc, later) and _within_days(act, later, load_dedupe_rules().undated_days)))
        and later.fatalities <= max(act.fatalities, 3 if toll_of(layout.doc, later).implicit else 0)
        and layout.gap(act, later) <= load_dedupe_rules().equal_toll_reach
        and not _distinct(layout.doc, later, act)
    )


def _names_scene(doc: Document, event: Event) -> bool:
    """The event's first sentence names a town or an area, known to the gazetteer or not
    ("عند وصولهم إلى قرية X": a locality or district cue word), other than where the dead
    were taken ("إلى مستشفى مدينة X", `care_words`)."""
    cues = load_place_cues()
    start, end = event.evidence_spans[0]
    towns = {doc.norm_index(m.start) for m in doc.in_span("place", start, end)
             if getattr(m.attrs.get("place"), "precision", 3) < 3}
    words = list(WORD_RE.finditer(doc.norm, doc.norm_index(start), doc.norm_index(end)))
    for at, word in enumerate(words):
        scene = word.start() in towns or any(
            cues.cue_type.get(stem) in ("locality", "district") for stem in strip_clitics(word.group()))
        if scene and not any(strip_conjunction(w.group()) in cues.care_words for w in words[max(0, at - 2):at]):
            return True
    return False


def _contains(coarse: Event, fine: Event) -> bool:
    """`coarse` is placed only by the country or the province `fine` is placed inside."""
    return coarse.country == fine.country and (
        (not coarse.admin1 and bool(fine.admin1))
        or (coarse.geo_precision == 3 and coarse.location == coarse.admin1 == fine.admin1 and fine.geo_precision < 3)
    )


def _fold_retelling(doc: Document, first: Event, later: Event) -> None:
    """Fold `later` into `first`, taking its sides when only its sentence names its acting side
    (the first's was guessed from context) and it loses no victim the first knew (its acting
    side is then often that victim misread, `_victim_untold`), its kind when only it names one
    (see `_unnamed_act`), and its day when only it tells one (see `_one_day`).  Two reports
    not of one day were merged by `_near_days`: the earlier day is the act's (a report's day
    never comes before it), while other merges keep their own choice of day."""
    day = _told_day(doc, first, later) or (None if _one_day(doc, first, later) else _earlier_day(first, later))
    lost_victim = _actor_known(first.actor1) and _actor_known(_side(first, 2)) and not _actor_known(_side(later, 2))
    if not _names_actor1(doc, first) and _names_actor1(doc, later) and not lost_victim:
        _take_sides(first, later)
    if first.sub_event_type != later.sub_event_type and _unnamed_act(doc, first) and not _unnamed_act(doc, later):
        first.event_type, first.sub_event_type = later.event_type, later.sub_event_type
    smaller, larger = sorted((first, later), key=lambda e: e.fatalities)
    total = {name: getattr(larger, name) for name in TOLL_FIELDS}
    # the report that read the smaller count gives the larger one too: that is the
    # act's toll, the smaller a part of its dead ("54 قتيلا بينهم 28 مدنيا")
    part = smaller.fatalities != larger.fatalities and _counts(doc, smaller, larger.fatalities)
    _absorb_here(first, later)
    _keep_day(first, day)
    if part:
        for name, value in total.items():
            setattr(first, name, value)


def _counts(doc: Document, event: Event, toll: int) -> bool:
    """One of the event's sentences counts `toll` dead ("قتل 54 شخصا بينهم 28 مدنيا" read as
    28 by one report and 54 by its retelling: both give both counts), or `toll` people with
    no other role ("إن 54 شخصا ... قتلوا", the death word read for another count)."""
    return any(
        m.value == toll and m.attrs.get("role") in ("killed", None)
        for span in event.evidence_spans for m in doc.in_span("number", *span)
    )


def _unnamed_act(doc: Document, event: Event) -> bool:
    """The event was read from a death word or a bare "attack" ("قتل عشرة"، "تعرض المعسكر
    لهجوم"، "قدر عدد القتلى باثنين"): its sub-type was guessed from the sides, not told."""
    anchor, _ = _anchor(doc, event)
    return anchor is not None and bool(anchor.attrs.get("generic_killing") or anchor.attrs.get("generic_attack"))


def _names_actor1(doc: Document, event: Event) -> bool:
    """Whether the event's first sentence names its acting side."""
    return any(
        getattr(m.value, "name", None) == event.actor1 for m in doc.in_span("actor", *event.evidence_spans[0])
    )


def _located_by(doc: Document, event: Event, other: Event) -> bool:
    """The event's sentence places it by the other report's place ("في منطقة X جنوب غرب Y"
    after "قتل 25 في مدينة Y"): its place is a spot of the other's area, not a second town.

    Only a place named as the point a direction is told from counts (a locator), so two
    towns a sentence merely lists stay two places.
    """
    return event.location != other.location and any(
        _told_by_direction(doc, event, lambda place: place.name == other.location))


def _same_toll(layout: Layout, first: Event, later: Event) -> bool:
    if not first.fatalities or not first.evidence_spans:
        return False
    if first.fatalities != later.fatalities and not (
        first.sub_event_type == later.sub_event_type and later.fatalities
        and (_counts(layout.doc, later, first.fatalities) or _counts(layout.doc, first, later.fatalities))
    ):
        return False
    if not later.evidence_spans or first.evidence_spans[0][0] >= later.evidence_spans[0][0]:
        return False
    if set(first.evidence_spans) & set(later.evidence_spans):
        return False
    if _fight_retold(layout, first, later):
        return True
    if layout.gap(first, later) > 1:
        return _exact_toll_retold(layout, first, later)
    # a report placed only at the point its own direction is told from ("غربي كركوك شمال بغداد")
    # names no place of its own: in the next sentence it is the act the other places
    unplaced = first.fatalities == later.fatalities and _locator_unplaced(layout.doc, first, later) \
        and not any(_further_act(layout.doc, e) for e in (first, later))
    keys = ("country", "background") if unplaced else ("admin1", "country", "background")
    placed_alike = first.location == later.location or _located_by(layout.doc, later, first) \
        or _located_by(layout.doc, first, later) or unplaced
    if not (placed_alike and all(getattr(first, key) == getattr(later, key) for key in keys)):
        return _exact_toll_retold(layout, first, later)
    return (_one_day(layout.doc, first, later) and (
        first.sub_event_type == later.sub_event_type
        or _unnamed_act(layout.doc, first) or _unnamed_act(layout.doc, later)
    )) or _exact_toll_retold(layout, first, later)


def _exact_toll_retold(layout: Layout, first: Event, later: Event) -> bool:
    """A lead and its body retelling placed at two spots of one province ("مقتل 25 حوثيا بغارات
    على مواقعهم بمدينة مأرب" and "غارات على منطقة الجفينة جنوب غرب مأرب أسفرت عن مقتل 25 حوثيا"):
    one exact death toll of at least `retold_toll_min` (digits or number words, neither vague nor
    implicit), for the same sub-type against the same side (a bombardment's dead may be read as
    civilians once: `_victims_read_two_ways`) on one day, within
    `incident_toll_reach` sentences.  Two acts rarely kill as many of one side in one province
    that day; a report opening with "another" or "separate" is never such a retelling."""
    rules = load_dedupe_rules()
    doc = layout.doc
    if not (first.fatalities == later.fatalities >= rules.retold_toll_min
            and layout.gap(first, later) <= rules.incident_toll_reach):
        return False
    keys = ("sub_event_type", "admin1", "country", "background")
    if not ((first.admin1 or _same_place(first, later)) and all(getattr(first, key) == getattr(later, key) for key in keys)):
        return False
    victims_alike = first.actor2 == later.actor2 or _victims_read_two_ways(first, later) or _victim_untold(first, later)
    if not (victims_alike or _state_forces_hit(first, later)):
        return False
    if not _exact_tolls_of_one_act(doc, first, later):
        return False
    if not victims_alike or not _placed_below_country(first):
        return _one_day(doc, first, later) and _told_together(layout, first, later)
    return _one_day(doc, first, later) or _near_days(first, later, rules.retold_days)


def _same_place(a: Event, b: Event) -> bool:
    """The two reports are placed at one place: its name, province (or none) and country."""
    return (a.location, a.admin1, a.country) == (b.location, b.admin1, b.country)


def _placed_below_country(event: Event) -> bool:
    """The report is placed by a province or a place inside one, not by its country alone."""
    return bool(event.admin1) or event.location not in (None, event.country)


def _same_town(a: Event, b: Event) -> bool:
    """The two reports are placed at one town or spot, finer than its province and country."""
    return _same_place(a, b) and a.location not in (None, a.admin1, a.country) and a.geo_precision < 3


def _state_forces_hit(first: Event, later: Event) -> bool:
    """Both reports read the side hit as a state force of one country ("قوات الأمن" once, "الجيش"
    once, facing one crowd): possibly the state's forces named two ways, not two victims.  By
    the side hit alone this cannot be told from two acts on two forces, so `_exact_toll_retold`
    accepts it only for one day and reports told together (`_told_together`)."""
    return first.inter2 in STATE_INTERS and later.inter2 in STATE_INTERS and first.country == later.country


def _told_together(layout: Layout, first: Event, later: Event) -> bool:
    """The later report is told in the sentence after the first's, in a sentence going on
    with a statement ("وأضاف أن قوات الأمن ..."; `statement_continuations` in dates.yaml), or
    in the body's opening sentence after the first in the lead paragraph (`_lead_retold`): a
    retelling of the act just told, not a second act with a toll of its own."""
    if layout.gap(first, later) <= 1 or _lead_retold(layout, first, later):
        return True
    return _goes_on_with_statement(layout, later)


def _goes_on_with_statement(layout: Layout, event: Event) -> bool:
    """The report's first sentence opens by going on with a statement ("وأضاف"، "وقالت"; dates.yaml
    `statement_continuations`): a speaker's detail of the news, not a new act told by the writer."""
    start, end = event.evidence_spans[0]
    opener = WORD_RE.search(layout.doc.norm, layout.doc.norm_index(start), layout.doc.norm_index(end))
    return opener is not None and opener.group() in date_lexicon().statement_continuations


def _lead_retold(layout: Layout, first: Event, later: Event) -> bool:
    """The first report lies in the article's lead paragraph and the later opens the paragraph
    after it: the body's first sentence retelling the lead's news."""
    sentences = [s for s in layout.doc.sentences if not s.is_title]
    if not sentences or not first.evidence_spans or not later.evidence_spans:
        return False
    ours, theirs = (layout.doc.sentences[layout.index(e.evidence_spans[0][0])] for e in (first, later))
    opening = next((s for s in sentences if s.paragraph == sentences[0].paragraph + 1), None)
    return ours.paragraph == sentences[0].paragraph and opening is not None and theirs.index == opening.index \
        and not _opens_place_frame(layout.doc, later)


def _opens_place_frame(doc: Document, event: Event) -> bool:
    """The report's first sentence opens with "في" and a place ("وفي ولاية غزني، قتل ..."):
    the writer turning to another place's news, not retelling the lead."""
    start, end = event.evidence_spans[0]
    words = list(WORD_RE.finditer(doc.norm, doc.norm_index(start), doc.norm_index(end)))[:3]
    if len(words) < 2 or words[0].group() not in ("في", "وفي"):
        return False
    frame_end = doc.raw_span(words[-1].start(), words[-1].end())[1]
    return any(m.attrs.get("place") is not None and m.start < frame_end
               for m in doc.in_span("place", start, end))


def _near_days(a: Event, b: Event, days: int) -> bool:
    """At one place below the country, the two reports' days lie at most `days` apart, or at
    one town one is dated only to the month (precision 3) that holds the other's day: a
    statement's or the news' day beside the act's, or "الشهر الماضي" beside the day itself
    (`retold_days`).  Across a whole province or country such tolls may be two acts."""
    if not (a.event_date and b.event_date and _same_place(a, b) and _placed_below_country(a)):
        return False
    if 3 in (a.time_precision, b.time_precision):
        return _same_town(a, b) and a.event_date[:7] == b.event_date[:7]
    return _within_days(a, b, days)


def _victim_untold(first: Event, later: Event) -> bool:
    """One report names no side hit ("قتل تسعة مسلحين ... جراء القصف الصاروخي" then "قصفا
    صاروخيا طال مستودع أسلحة ... ما أسفر عن مقتل تسعة"): a report read with no victim may be
    the act whose victim the other names, as a report read with another victim may
    (`_victims_read_two_ways`); its attacker is often the target misread.  Only for a
    bombardment (where the target is most often misread) told at one place, or at an area
    holding the other's place (`_placed_wider`): two acts elsewhere in the province stay two."""
    return first.event_type == later.event_type == REMOTE_VIOLENCE and (
        _actor_known(_side(first, 2)) != _actor_known(_side(later, 2))
    ) and ((first.location, first.admin1) == (later.location, later.admin1)
           or _placed_wider(first, later) or _placed_wider(later, first))


def _victims_read_two_ways(first: Event, later: Event) -> bool:
    """A bombardment whose dead one report counts as civilians and the other as the armed side
    holding the place ("سقوط صاروخ على حي X" and "على حي X الخاضع لسيطرة المعارضة"): who
    was hit is read differently sentence by sentence, so the sides hit do not tell two acts."""
    civilians = load_dedupe_rules().civilian_inters
    return first.event_type == later.event_type == REMOTE_VIOLENCE and (
        _actor_known(first.actor2) and _actor_known(later.actor2)
        and (first.inter2 in civilians) != (later.inter2 in civilians)
    ) and _actors_compatible(first.actor1, later.actor1)


def _fold_into(
    events: list[Event],
    belongs_to: Callable[[Event, Event], bool],
    fold: Callable[[Event, Event], None],
    copies: Copies | None = None,
) -> list[Event]:
    """Fold each event into the first other, not yet folded, event it `belongs_to`
    (each fold recorded in `copies`: see `reread`)."""
    folded: set[int] = set()
    for part in events:
        whole = next((e for e in events if e is not part and id(e) not in folded and belongs_to(part, e)), None)
        if whole is not None:
            record_copy(copies, whole, part)
            fold(whole, part)
            folded.add(id(part))
    return [e for e in events if id(e) not in folded]


def _killing_of(layout: Layout, battle: Event, act: Event) -> bool:
    """`battle` comes only from a death word and names `act`'s two sides (see `fold_killing_battles`)."""
    if battle.event_type != "Battles" or act.event_type == "Battles" or act.event_type not in VIOLENT_TYPES:
        return False
    anchor, _ = _anchor(layout.doc, battle)
    if anchor is None or not anchor.attrs.get("generic_killing") or battle.background or act.background:
        return False
    sides = {battle.actor1, battle.actor2}
    # an unnamed target ("مقتل ثلاثة مسلحين" then "أسفر قصف جوي ... عن مقتل 3 مسلحين") needs the
    # act's named attacker in the battle's lead too: the dead are the target's, not the attacker's
    same_roles = _actor_known(act.actor1) and (battle.actor1, battle.actor2) == (act.actor1, act.actor2)
    return (
        (same_roles or all(_actor_known(side) for side in sides) and sides == {act.actor1, act.actor2})
        and _one_day(layout.doc, battle, act) and (_same_spot(battle, act) or (_province_of(battle, act) and names_place(layout.doc, battle)))
        and layout.gap(battle, act) <= load_dedupe_rules().incident_reach
    )


def fold_bare_tolls(layout: Layout, events: list[Event]) -> list[Event]:
    """Fold a bare toll ("وأكدت قناة X سقوط نحو 10 قتلى") into the act told just before it.

    A sentence whose only act words are death nouns names no act of its
    own: another source's count of the dead of the act the article just
    told, at that place on that day, is that act's toll (the lowest count
    wins, as ever), not a new event typed from whatever sides it found.
    """
    folded: set[int] = set()
    ordered = sorted(events, key=lambda e: e.evidence_spans[:1])
    for at, toll in enumerate(ordered):
        if not _bare_toll(layout.doc, toll):
            continue
        act = next((
            e for e in reversed(ordered[:at])
            if id(e) not in folded and _told_before(layout, e, toll)
        ), None)
        if act is not None:
            _merge_toll(act, toll, (toll_of(layout.doc, act), toll_of(layout.doc, toll)))
            act.evidence_spans = sorted({*act.evidence_spans, *toll.evidence_spans})
            folded.add(id(toll))  # its sides and place were guessed from context: only the count is kept
    return [e for e in events if id(e) not in folded]


def _bare_toll(doc: Document, event: Event) -> bool:
    """The event's sentence has only death nouns ("قتلى"، "مقتل") among its asserted act words."""
    anchor, triggers = _anchor(doc, event)
    asserted = [t for t in triggers if t.attrs.get("modality", "asserted") == "asserted"]
    return anchor is not None and bool(event.fatalities) and all(
        t.attrs.get("generic_killing") and t.attrs.get("voice") == "noun" for t in asserted
    )


def _told_before(layout: Layout, act: Event, toll: Event) -> bool:
    """`act` is a violent act at the toll's spot (or in its province or country, when the toll
    names no other town: "وصلت إلى مستشفى مدينة X جثث" names only where the dead were taken)
    and day (a toll dated to a day of its own is that day's), within its sentence's reach
    and not of its sentence.

    A change of territory is no act whose dead a bare count tells: those are
    the fighting's, often summed over the whole campaign.
    """
    return (
        act.event_type in VIOLENT_TYPES and toll.event_type in VIOLENT_TYPES
        and act.sub_event_type not in TERRITORY and not act.background and not toll.background
        and toll.evidence_spans[0] not in act.evidence_spans
        and bool(act.event_date) and act.country == toll.country
        and (act.event_date == toll.event_date or (toll.time_precision > 1 and _dates_compatible(act, toll)))
        and (not toll.admin1 or _same_spot(act, toll)
             or (_contains(toll, act) and not _names_scene(layout.doc, toll)))
        and layout.gap(act, toll) <= _toll_reach(act, toll)
    )


def _toll_reach(act: Event, toll: Event) -> int:
    """How many sentences a bare toll may come after the act it counts: further when it gives
    the act's very count ("هناك 11 قتيلا" after "مقتل 11 شخصا"), which no other act shares."""
    rules = load_dedupe_rules()
    return rules.equal_toll_reach if act.fatalities and act.fatalities == toll.fatalities else rules.incident_reach


def fold_recalled_copies(
    layout: Layout, events: list[Event], targets: Targets, copies: Copies | None = None
) -> list[Event]:
    """Fold a report worded as a recall into the current act it retells.

    "كانت القيادة قد أعلنت إلقاء القبض على فلان فجر الاثنين" after "نبأ
    القبض على فلان الاثنين" tells the article's own act in the pluperfect:
    two reports that each date the act next to its word (`_day_by_act`),
    the same exact day, of one sub-type at compatible places, by compatible
    sides or on one named person, are one act, and it is current.  A
    recall whose day is only the news' or a statement's may be any earlier
    act, unless it names no day at all and follows the act in the next
    sentence at its very place ("قتل 17 مسلحا في مواجهات بالمدينة الثلاثاء"
    then "وكانت الميليشيات قد ... فيما اندلعت اشتباكات في أحياء المدينة"):
    then it goes on telling that act (`_undated_next`).
    """
    doc = layout.doc
    folded: set[int] = set()
    for recall in events:
        if not recall.background:
            continue
        act = next((
            e for e in events
            if not e.background and id(e) not in folded and _recalled_copy(layout, recall, e, targets)
        ), None)
        if act is not None:
            record_copy(copies, act, recall)
            absorb(act, recall, tolls=(toll_of(doc, act), toll_of(doc, recall)))
            folded.add(id(recall))
    return [e for e in events if id(e) not in folded]


def _recalled_copy(layout: Layout, recall: Event, act: Event, targets: Targets) -> bool:
    """`recall` retells `act` (see `fold_recalled_copies`)."""
    doc = layout.doc
    if (recall.event_type, recall.sub_event_type, recall.event_date) != (act.event_type, act.sub_event_type,
                                                                          act.event_date):
        return False
    if recall.time_precision != 1 or act.time_precision != 1 or not _places_compatible(recall, act):
        return False
    if not (_day_by_act(doc, recall) and _day_by_act(doc, act)) and not _undated_next(layout, recall, act):
        return False
    if _sides_compatible(act, recall):
        return True
    ours, theirs = _target(doc, recall, targets), _target(doc, act, targets)
    return bool(ours.words & theirs.words) and bool(_names(doc, ours) & theirs.words or _names(doc, theirs) & ours.words)


def _undated_next(layout: Layout, recall: Event, act: Event) -> bool:
    """`recall` names no day of its own and is told right after `act`, at its very place."""
    return (
        (recall.location, recall.admin1, recall.country) == (act.location, act.admin1, act.country)
        and _before(act, recall) and layout.gap(act, recall) <= 1 and not _dated(layout.doc, recall)
    )


def _day_by_act(doc: Document, event: Event) -> bool:
    """A date stands within `anaphora_date_reach` words of the event's trigger in one of its
    sentences ("القبض على فلان فجر الاثنين"): the day is the act's, not a statement's."""
    reach = load_dedupe_rules().anaphora_date_reach
    for span in event.evidence_spans:
        for trigger in (t for t in doc.in_span("trigger", *span) if t.text == event.trigger):
            for date in doc.in_span("date", *span):
                first, last = sorted((date, trigger), key=lambda m: m.start)
                if len(WORD_RE.findall(doc.norm, doc.norm_index(first.end), doc.norm_index(last.start))) < reach:
                    return True
    return False


def fold_continued_advances(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold "its advance" into the fight or gain of ground told just before.

    "مضيفة أن المقاومة واصلت تقدمها باتجاه بلدة X" after "سيطرت المقاومة
    على مواقع في مديرية Y" goes on with that act: an advance word
    (`advance_words`) carrying a possessive pronoun points back at an act of
    its type by its side, told in the sentence before or the one before
    that, in the same country at a compatible date.  The place it heads for
    is no scene of its own (often a homonym elsewhere), so the act keeps its
    place; its toll, when it gives one, adds to the act's.
    """
    doc = layout.doc
    folded: set[int] = set()
    for at, advance in enumerate(events):
        if not _own_advance(doc, advance):
            continue
        act = next((
            e for e in reversed(events[:at])
            if id(e) not in folded and _advance_of(layout, e, advance)
        ), None)
        if act is not None:
            record_copy(copies, act, advance)
            _absorb_here(act, advance)
            folded.add(id(advance))
    return [e for e in events if id(e) not in folded]


def fold_pronoun_results(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a sentence whose subject is only the pronoun of the act before it into that act.

    "وتمكنوا من حرق آليات وقتل عدد من المسلحين" right after "هاجم مسلحو X
    رتلا ... كان في طريقه إلى محافظة Y" tells what the attackers achieved:
    its verb carries its subject ("تمكنوا"، "نجحوا"), no side is named
    before its act, and it names no place or date of its own, so the place
    it was given is only a guess from the sentence before (here the convoy's
    destination).  It folds into the violent act told in the sentence right
    before, in the same country, which keeps its place; its toll adds in.
    A report by that act's side placed only by an anaphor ("ونصبوا كمينا في
    البلدة"، see `_anaphoric_result`) folds alike, even when it was flagged
    a recall for want of a day of its own.
    """
    doc = layout.doc
    folded: set[int] = set()
    for at, result in enumerate(events):
        pronoun = _pronoun_result(doc, result)
        if at == 0 or not (pronoun or _anaphoric_result(doc, result)):
            continue
        act = next((
            e for e in reversed(events[:at])
            if id(e) not in folded and layout.gap(e, result) == 1 and _before(e, result)
            and e.event_type in VIOLENT_TYPES and (e.background == result.background or not pronoun)
            and (not e.country or not result.country or e.country == result.country)
            and (pronoun or (e.event_type == result.event_type and e.actor1 == result.actor1 and not e.background))
        ), None)
        if act is not None:
            record_copy(copies, act, result)
            _absorb_here(act, result)
            folded.add(id(result))
    return [e for e in events if id(e) not in folded]


def _pronoun_result(doc: Document, event: Event) -> bool:
    """A violent act in one sentence that opens with a verb carrying a plural subject ("وتمكنوا"),
    names no side before its act, and no place or date."""
    anchor, _ = _anchor(doc, event)
    if anchor is None or len(event.evidence_spans) != 1 or event.event_type not in VIOLENT_TYPES:
        return False
    start, end = event.evidence_spans[0]
    first = WORD_RE.search(doc.norm, doc.norm_index(start))
    return (
        first is not None and first.group().endswith("وا") and first.start() < doc.norm_index(anchor.start)
        and not any(m.start < anchor.start for m in doc.in_span("actor", start, end))
        and not doc.in_span("place", start, end) and not doc.in_span("date", start, end)
    )


def _anaphoric_result(doc: Document, event: Event) -> bool:
    """A violent act placed only by an anaphor ("ونصبوا كمينا في البلدة") with no date of its own.

    Told right after an act of its type by the same side, it goes on telling
    that act (its day was only the news' one); its toll adds in.
    """
    anchor, _ = _anchor(doc, event)
    if anchor is None or len(event.evidence_spans) != 1 or event.event_type not in VIOLENT_TYPES:
        return False
    places = doc.in_span("place", *event.evidence_spans[0])
    return (
        event.actor1 is not None and bool(places) and all(m.attrs.get("anaphor") for m in places)
        and not doc.in_span("date", *event.evidence_spans[0])
    )


def _own_advance(doc: Document, event: Event) -> bool:
    """The event is told by an advance word with a possessive pronoun ("تقدمها"، "تقدمهم")."""
    anchor, _ = _anchor(doc, event)
    if anchor is None or len(event.evidence_spans) != 1:
        return False
    clitics = _clitics(anchor)
    form = str(anchor.attrs.get("form") or "").split()
    return (
        clitics is not None and clitics[1] in load_event_rules().pronoun_suffixes
        and form[:1] == form and form[0] in load_dedupe_rules().advance_words
    )


def _advance_of(layout: Layout, act: Event, advance: Event) -> bool:
    """`advance` goes on with `act` (see `fold_continued_advances`): an advance with no
    date of its own was given the news' day, and its side may be read on either side of the act."""
    return (
        act.event_type == advance.event_type and act.background == advance.background
        and 0 < layout.gap(act, advance) <= 2 and _before(act, advance)
        and (not act.country or not advance.country or act.country == advance.country)
        and (_dates_compatible(act, advance) or not _dated(layout.doc, advance))
        and _actor_known(advance.actor1) and advance.actor1 in (act.actor1, act.actor2)
    )


def fold_undated_copies(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a report whose sentences name no day into the act of its kind the article dates.

    "هاجم مسلحون أمس حاجزا للشرطة في X" in the lead and "وأوضح المصدر أن
    المسلحين هاجموا الحاجز بالأسلحة الرشاشة" in the body are one attack: the
    body's report, dated only by default (the news' day), of the same
    sub-type with compatible sides (or a takeover read with its sides
    swapped, `_reversed_takeover`, or a blast whose victims one report
    reads as civilians, `_victims_read_two_ways`), at the act's place (or only in its
    province or country) and at most `undated_days` from the day told, is
    that act on that day.  A report marked as another or a separate act, on
    another named person, or counting its own dead elsewhere stays apart; so does
    one the lead dates to another day than an act a later paragraph tells
    (`_lead_dated_apart`).
    """
    return _fold_into(events, lambda copy, act: _undated_copy(layout, act, copy), _absorb_on_day, copies)


def _undated_copy(layout: Layout, act: Event, copy: Event) -> bool:
    """`copy` retells `act` on a day its sentences do not tell (see `fold_undated_copies`)."""
    doc = layout.doc
    if copy is act or not (act.event_date and copy.event_date) or act.event_date == copy.event_date:
        return False
    if act.time_precision != 1 or not _dated(doc, act) or _dated(doc, copy):
        return False
    same_act = (act.sub_event_type == copy.sub_event_type and (
        _sides_compatible(act, copy) or _victims_read_two_ways(act, copy))) or _swapped_takeover(act, copy)
    return (
        same_act and act.background == copy.background
        and _within_days(act, copy, load_dedupe_rules().undated_days) and _placed_as(act, copy)
        and not _lead_dated_apart(doc, copy, act) and not _further_act(doc, copy)
        and not _distinct(doc, copy, act) and not _own_tolls(layout, act, copy)
    )


def _lead_dated_apart(doc: Document, copy: Event, act: Event) -> bool:
    """The lead dates `copy` to another day than `act`'s (`_off_lead_day`), and `act` is told
    in a later paragraph by its own act's day: another act, not the day the copy's own
    paragraph tells it ("وسقطت القذائف صباح أول من أمس") nor a statement's day ("وقالت
    مصادر مساء السبت إن عبوة انفجرت"), which may be the act's or a later one."""
    if not _off_lead_day(copy, act) or _statement_dated(doc, act):
        return False
    told, acted = (doc.sentence_at(e.evidence_spans[0][0]) for e in (copy, act))
    return told is not None and acted is not None and acted.paragraph != told.paragraph


def _placed_as(act: Event, copy: Event) -> bool:
    """`copy` is placed at `act`'s very place or only by a province or country holding it:
    an undated report at another town is the day's news from there."""
    if (act.location, act.admin1, act.country) == (copy.location, copy.admin1, copy.country):
        return True
    return copy.geo_precision == 3 and copy.geo_precision > act.geo_precision and _places_compatible(act, copy)


def join_camp_targets(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold the next sentence's report of an act whose target it names by a camp-mate.

    "فجر مجهولون سيارات لعناصر في حركة حماس في مدينة غزة" then "وقال شهود إن
    مجهولين فجروا سيارات لكوادر في كتائب القسام" tell one act: a movement
    and its armed wing or ally (`camps`) are one target named two ways.
    Read once the target is taken as the earlier report's, the two must be
    one event by every other field (`same_event`), told within
    `camp_target_reach` sentences: reports further apart may be two series
    of strikes on allies.  A report told as a further act ("كما") stays apart.
    """
    return _fold_into(events, lambda later, first: _camp_target_copy(layout, first, later), absorb, copies)


def _camp_target_copy(layout: Layout, first: Event, later: Event) -> bool:
    """`later` retells `first` from the next sentence, its target a camp-mate of `first`'s."""
    if not (first.evidence_spans and later.evidence_spans) or first.evidence_spans[0] >= later.evidence_spans[0]:
        return False
    if layout.gap(first, later) > load_dedupe_rules().camp_target_reach:
        return False
    if not _camp_mates(first, _side(first, 2), _side(later, 2)) or _told_apart(layout.doc, later):
        return False
    return same_event(first, replace(later, actor2=first.actor2, inter2=first.inter2)) and not _distinct(
        layout.doc, later, first
    )


def fold_placeless_copies(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a report whose sentence names no place into the act told in the sentence before it.

    "شنت طائرات التحالف غارات على معسكر في مدينة X" then "وقال سكان إن
    طائرات التحالف واصلت غاراتها حتى الفجر" are one act: the second
    sentence names no place, so the place it came out with is only a guess
    from the text around it (often a region or the speaker's city), and its
    act, of the same sub-type, by compatible sides and on one day, is the one
    told right before.  A report marked as a further, another or separate
    act, or counting other dead, stays apart (see `_placeless_copy`).
    """
    folded: set[int] = set()
    for copy in sorted(events, key=lambda e: e.evidence_spans[:1]):
        act = _last_act_before(events, copy, folded) if copy.evidence_spans else None
        if act is not None and _placeless_copy(layout, act, copy):
            record_copy(copies, act, copy)
            _absorb_here(act, copy)
            folded.add(id(copy))
    return [e for e in events if id(e) not in folded]


def _placeless_copy(layout: Layout, act: Event, copy: Event) -> bool:
    """`copy` retells `act` from the next sentence without naming a place (`fold_placeless_copies`)."""
    doc = layout.doc
    if copy.event_type not in VIOLENT_TYPES or copy.background or act.background or layout.gap(act, copy) != 1:
        return False
    if any(doc.in_span("place", *span) for span in copy.evidence_spans) or act.country != copy.country:
        return False
    if act.fatalities and copy.fatalities and act.fatalities != copy.fatalities:
        return False  # a count of its own: another act's dead
    return (
        act.sub_event_type == copy.sub_event_type and _sides_compatible(act, copy) and _one_day(doc, act, copy)
        and not _told_apart(doc, copy) and not _separate(doc, copy) and not _series(doc, copy)
        and not _distinct(doc, copy, act)
    )


def _absorb_on_day(act: Event, copy: Event) -> None:
    """Fold `copy` into `act`, which keeps the day its sentence tells."""
    day = (act.event_date, act.time_precision)
    absorb(act, copy)
    _keep_day(act, day)


def join_allied_acts(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold an act credited to an ally into the same act told before with its camp-mate.

    "قصف طيران التحالف مواقع الحوثيين في X" and "قصف الجيش الوطني مواقع
    الحوثيين في X" at one exact place on one day, against the same (or an
    unknown) target, are one act: each sentence credits another member of
    one camp (`camps`).  A town or district is taken from one loser once a
    day: two takeovers of it from the same side that day are one, whoever
    each sentence names as the gainer ("سيطرت قوات النخبة على الوادي" and
    "... بعد فرار مسلحي القاعدة" read with the fleeing side as gainer).  The
    acting side a sentence itself names wins over one guessed from context.
    Strikes on two allied targets may be two series (the day's raids on one
    group, the night's on another) and stay apart.  One sentence crediting
    its act to two camp-mates by two nouns ("قالت إن الولايات المتحدة
    وحلفاءها قصفوا أهدافا ... في 23 غارة جوية") tells it once.
    """
    told_first = _told_first(layout.doc, events)
    return _fold_into(
        events, lambda later, first: told_first(first, later) and _allied_act(first, later),
        lambda first, later: _fold_ally(layout.doc, first, later), copies,
    )


def _fold_ally(doc: Document, first: Event, later: Event) -> None:
    """Fold `later` into `first`, taking its sides when only its sentence names its acting side."""
    if not _names_actor1(doc, first) and _names_actor1(doc, later):
        _take_sides(first, later)
    absorb(first, later, tolls=(toll_of(doc, first), toll_of(doc, later)))


def _allied_act(first: Event, later: Event) -> bool:
    """`later` tells `first`'s act credited to a camp-mate, or `first`'s takeover of an exact
    place from the same loser credited to another gainer (see `join_allied_acts`)."""
    one_loss = first.sub_event_type in TERRITORY and first.geo_precision < 3 and _actor_known(_side(first, 2))
    return (
        (_camp_mates(first, _side(first, 1), _side(later, 1)) or one_loss)
        and _actors_compatible(_side(first, 2), _side(later, 2))
        and first.sub_event_type == later.sub_event_type and first.background == later.background
        and bool(first.event_date) and first.event_date == later.event_date
        and (first.location, first.admin1, first.country) == (later.location, later.admin1, later.country)
    )


def join_sentence_days(events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold one sentence's act read on two of its days into its reading on the earlier day.

    "أعلنت الوزارة الثلاثاء أن الغارة التي استهدفت فجر الاثنين المطار أسفرت
    عن مقتل سبعة" may come out twice, dated by the statement and by the act:
    a shared sentence, the same sub-type, place and sides, on days at most
    `sentence_days` apart, tell one violent act, done before it was reported.
    """
    return _fold_into(events, _later_day_of, absorb, copies)


def _later_day_of(later: Event, earlier: Event) -> bool:
    """`later` is `earlier`'s act told in its very sentence, dated to a later day (see `join_sentence_days`)."""
    if not (later.event_date and earlier.event_date) or later.event_date <= earlier.event_date:
        return False
    return (
        not set(later.evidence_spans).isdisjoint(earlier.evidence_spans)
        and later.sub_event_type == earlier.sub_event_type and later.event_type in VIOLENT_TYPES
        and later.background == earlier.background
        and (later.location, later.admin1, later.country) == (earlier.location, earlier.admin1, earlier.country)
        and _sides_compatible(later, earlier) and _within_days(later, earlier, load_dedupe_rules().sentence_days)
    )


def join_sentence_twins(events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold one sentence's act read twice on the same day and place into its first reading.

    Two triggers of one sentence ("تمكنت القوات من تحرير الجامعة ... من سيطرة
    المتطرفين الذين احتلوا اغلب مناطقها") may each yield the act, one copy
    flagged background or naming its civilian victims by another country: the
    same sub-type, day, place and attacker in a shared sentence are one act,
    current if either reading is, unless the background reading counts dead
    of its own (`_own_recalled_toll`).
    """
    rank = {id(event): at for at, event in enumerate(events)}
    return _fold_into(
        events, lambda later, first: rank[id(first)] < rank[id(later)] and _sentence_twin_of(later, first),
        _join_twin, copies)


def _sentence_twin_of(later: Event, first: Event) -> bool:
    """`later` is `first`'s act read again from its very sentence (see `join_sentence_twins`).

    The two readings must differ in the background flag or in the victims' label: two
    current readings with one victim ("هجومين على سوق ومسجد") may be two acts."""
    if later.event_type not in VIOLENT_TYPES:
        return False
    if later.background == first.background and later.actor2 == first.actor2:
        return False
    civilians = load_dedupe_rules().civilian_inters
    victims = _actors_compatible(later.actor2, first.actor2) or {later.inter2, first.inter2} <= civilians
    return (
        not _own_recalled_toll(later, first)
        and later.evidence_spans[:1] == first.evidence_spans[:1]
        and (later.event_type, later.sub_event_type) == (first.event_type, first.sub_event_type)
        and (later.event_date, later.time_precision) == (first.event_date, first.time_precision)
        and (later.location, later.admin1, later.country) == (first.location, first.admin1, first.country)
        and later.actor1 == first.actor1
        and later.inter2 == first.inter2 and victims
    )


def _own_recalled_toll(a: Event, b: Event) -> bool:
    """One reading is background and counts dead the current one does not: "قصفت الطائرات
    اليوم منازل ... بعد يوم من مجازر أودت بحياة 50" recalls earlier massacres, not the strike."""
    recalled = [e for e in (a, b) if e.background]
    current = [e for e in (a, b) if not e.background]
    return len(recalled) == 1 and recalled[0].fatalities > current[0].fatalities


def _join_twin(first: Event, later: Event) -> None:
    """Absorb `later` into `first`; the act is current if either reading is."""
    first.background = first.background and later.background
    absorb(first, later)


def _before(a: Event, b: Event) -> bool:
    """`a` was first told before `b`."""
    return a.evidence_spans[0][0] < b.evidence_spans[0][0]


def join_background_copies(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a background report of the current act told on its very day and place into it.

    The genre stage flags a report background from its own sentence's wording (a
    reaction, a hashtag, a pluperfect "وكانت"), so one act is often told once as the
    news and once as context: "أدانوا التفجير الذي استهدف مسجد قوات الطوارئ بعسير"
    then "مستنكرين تفجير مسجد قوات الطوارئ في عسير".  A recalled act is an earlier
    one; the same sub-type by the same attacker on the same day at the same place is
    the act itself, and it stays current (the fresh reading wins).  The side hit may be
    read once by its force and once as civilians or not at all.  A background copy
    counting more dead than the current one (`_own_recalled_toll`: "بعد يوم من مجازر
    أودت بحياة 50"), or naming "another"/"similar" act (`new_act_words`), stays apart.
    """
    return _fold_into(
        events, lambda part, whole: _background_copy_of(layout.doc, part, whole),
        _join_twin, copies)


def _background_copy_of(doc: Document, recalled: Event, current: Event) -> bool:
    """`recalled` is a background report of `current`'s act (see `join_background_copies`)."""
    if not recalled.background or current.background or recalled.event_type not in {*VIOLENT_TYPES, STRATEGIC}:
        return False
    civilians = load_dedupe_rules().civilian_inters
    hit = _actors_compatible(recalled.actor2, current.actor2) or bool({recalled.inter2, current.inter2} & civilians)
    if not (
        hit and recalled.actor1 == current.actor1
        and (recalled.event_type, recalled.sub_event_type) == (current.event_type, current.sub_event_type)
        and recalled.event_date == current.event_date
        and (recalled.location, recalled.admin1, recalled.country) == (current.location, current.admin1, current.country)
        and not _own_recalled_toll(recalled, current)
    ):
        return False
    anchor, _ = _anchor(doc, recalled)
    return anchor is None or not names_a_further_act(doc, anchor)


def join_state_agencies(layout: Layout, events: list[Event], copies: Copies | None = None) -> list[Event]:
    """Fold a report that names one side of an act by another agency of the same state.

    A state acts, and is hit, through agencies the sentences name at will: "أوقفت
    الشرطة 251 شخصا" and "أعلن مكتب رئيس الحكومة توقيف ..."; "تعرضت آلية عسكرية
    لتفجير لغم" and "أثناء عبور مدرعتين لقوات الدرك" (a gendarmerie read once as the
    army, once as police).  Two current reports of one sub-type at the very same
    place and on the same day, in adjacent sentences,
    whose sides agree but for one read as two state forces of one country
    (`STATE_INTERS`), are one act.  Two different tolls or counts (`_other_counts`:
    ten held by the police, five by the army), one sentence split over a list
    (shared evidence), a report opening with "كما" or naming "another" near its
    trigger (`_told_as_another` with `new_act_words` and numbers.yaml's `additive_others`:
    "وفي عملية أخرى"، "أربعة آخرين"), and a separate
    incident (`_further_act`) keep them apart.
    """
    return _fold_into(
        events, lambda later, first: _before(first, later) and _agency_copy_of(layout, later, first),
        _join_agency, copies)


def _join_agency(first: Event, later: Event) -> None:
    """Absorb `later` into `first`; a side told by the government ("أعلن مكتب رئيس الحكومة أن
    الشرطة أوقفت") is the force the other report names as acting."""
    absorb(first, later)
    government = STATE_KINDS["government"].split("{c}")[0]
    for actor, inter in (("actor1", "inter1"), ("actor2", "inter2")):
        ours, theirs = getattr(first, actor), getattr(later, actor)
        if str(ours).startswith(government) and _actor_known(theirs) and not str(theirs).startswith(government) \
                and _state_of(str(ours)) == _state_of(str(theirs)):
            setattr(first, actor, theirs)
            setattr(first, inter, getattr(later, inter))


def _agency_copy_of(layout: Layout, later: Event, first: Event) -> bool:
    """`later` is `first`'s act with one side named by another agency of its state (see
    `join_state_agencies`)."""
    if later.background or first.background or later.event_type not in {*VIOLENT_TYPES, STRATEGIC}:
        return False
    if first.event_type == STRATEGIC and first.sub_event_type not in load_dedupe_rules().campaign_sub_types:
        return False
    if not (
        (later.event_type, later.sub_event_type) == (first.event_type, first.sub_event_type)
        and later.event_date == first.event_date and first.location
        and (later.location, later.admin1, later.country) == (first.location, first.admin1, first.country)
        and not (later.fatalities and first.fatalities and later.fatalities != first.fatalities)
        and not set(later.evidence_spans) & set(first.evidence_spans)
        and layout.gap(first, later) <= 1
        and not _told_as_another(later, number_lexicon().additive_others | load_dedupe_rules().any_new_act_word)
        and not _other_counts(layout.doc, first, later)
    ):
        return False
    agencies = [n for n in (1, 2) if _two_agencies(first, later, n)]
    others = [n for n in (1, 2) if n not in agencies]
    if len(agencies) != 1:
        return False
    other = others[0]
    agree = _actors_compatible(_side(first, other), _side(later, other)) or (other == 2 and _member_named(first, later))
    return agree and not any(_further_act(layout.doc, e) for e in (first, later))


def _other_counts(doc: Document, first: Event, later: Event) -> bool:
    """The two reports count different numbers ("اعتقلت الشرطة عشرة" and "اعتقل الجيش خمسة"):
    two acts."""
    def counts(event: Event) -> set[object]:
        start, end = event.evidence_spans[0]
        return {m.value for m in doc.in_span("number", start, end) if isinstance(m.value, int | float) and m.value}
    ours, theirs = counts(first), counts(later)
    return bool(ours and theirs and not ours & theirs)


def _two_agencies(a: Event, b: Event, number: int) -> bool:
    """Side `number` of the two reports is read as two different state forces of one country."""
    inter = "inter1" if number == 1 else "inter2"
    ours, theirs = _side(a, number), _side(b, number)
    return (
        _actor_known(ours) and _actor_known(theirs) and ours != theirs
        and getattr(a, inter) in STATE_INTERS and getattr(b, inter) in STATE_INTERS
        and _state_of(str(ours)) is not None and _state_of(str(ours)) == _state_of(str(theirs))
    )


def _state_of(name: str) -> str | None:
    """The country a state force's name gives ("Police Forces of Turkey (2002-2016)": "Turkey"),
    read by the name patterns of `STATE_KINDS`."""
    return next((found.group(1) for found in (pattern.fullmatch(name) for pattern in _STATE_NAMES) if found), None)


_STATE_NAMES = tuple(
    re.compile(re.escape(form).replace(re.escape("{c}"), "(.+?)").replace(re.escape("{p}"), ".*"))
    for form in STATE_KINDS.values()
)


def join_single_acts(events: list[Event]) -> list[Event]:
    """Join the per-province copies of an act that happens once wherever it reaches.

    "اندمجت فصائل في محافظات إدلب وحماة وحلب في تحالف جديد" is split by
    place like any act told at several places, but a merger or a group's
    new name (`single_act_sub_types`) is one act: its copies told in one
    sentence by the same sides on the same day are one event at the first place.
    """
    single = load_dedupe_rules().single_act_sub_types
    kept: list[Event] = []
    for event in events:
        twin = next((
            other for other in kept
            if event.sub_event_type in single and other.sub_event_type == event.sub_event_type
            and other.evidence_spans[:1] == event.evidence_spans[:1] and other.background == event.background
            and (other.actor1, other.actor2, other.event_date) == (event.actor1, event.actor2, event.event_date)
        ), None)
        if twin is None:
            kept.append(event)
    return kept
