"""Which reading a merged event keeps: the best-told of its copies (`dedupe.reread`)."""

from support import merge_copies

from marsad.document import Document, Event, Mention
from marsad.knowledge import clauses
from marsad.stages import dedupe
from marsad.text import normalize

MILITIA = "Ansar Allah (Houthis)"
CIVILIANS = "Civilians (Yemen)"
APPEAL = "ناشدت منظمة حقوقية الأمم المتحدة بوقف الاختطافات في مدينة إب."
ACT = "واختطف مسلحو الجماعة الخميس عشرين طالبا في مدينة إب."


def _story() -> tuple[Document, Event, Event]:
    """An appeal naming abductions, then the sentence that reports them."""
    text = f"{APPEAL}\n{ACT}"
    doc = Document(text=text, id="d")
    second = len(APPEAL) + 1
    for word, start in (("الاختطافات", 0), ("واختطف", second)):
        at = text.index(word, start)
        doc.add(Mention(at, at + len(word), "trigger", word, attrs={"modality": "asserted"}))
    fields = dict(actor1=MILITIA, inter1=2, actor2=CIVILIANS, inter2=7, country="Yemen", location="Ibb",
                  geo_precision=1, time_precision=1)
    appeal = Event("Violence against civilians", "Abduction/forced disappearance", event_date="2021-03-06",
                   evidence=APPEAL, evidence_spans=[(0, len(APPEAL))], trigger="الاختطافات", **fields)
    act = Event("Violence against civilians", "Abduction/forced disappearance", event_date="2021-03-04",
                evidence=ACT, evidence_spans=[(second, len(text))], trigger="واختطف", **fields)
    return doc, appeal, act


def test_the_copy_that_reports_the_act_replaces_an_appeal_naming_it() -> None:
    doc, appeal, act = _story()
    appeal.sub_event_type = "Attack"
    merged = merge_copies(doc, appeal, act)
    assert merged.sub_event_type == "Abduction/forced disappearance"
    assert merged.evidence == ACT and merged.trigger == "واختطف"
    assert merged.event_date == "2021-03-04"
    assert len(merged.evidence_spans) == 2  # both reports stay its evidence


def test_a_reported_first_copy_keeps_its_reading() -> None:
    doc, appeal, act = _story()
    merged = merge_copies(doc, act, appeal)
    assert merged.evidence == ACT and merged.event_date == "2021-03-04"


def test_a_copy_of_another_type_never_gives_its_sides_to_a_plain_report() -> None:
    doc, first, second = _story()
    first.evidence, first.trigger = ACT, "واختطف"
    first.evidence_spans = list(second.evidence_spans)
    first.actor1, first.inter1 = "Unidentified Armed Group (Yemen)", 3
    second.event_type, second.sub_event_type = "Battles", "Armed clash"
    second.actor2, second.inter2 = "Military Forces of Yemen (2012-2022)", 1
    merged = merge_copies(doc, first, second)
    assert merged.sub_event_type == "Abduction/forced disappearance" and merged.actor2 == CIVILIANS


def test_a_side_equal_to_its_own_agent_is_no_reason_to_switch_copies() -> None:
    doc, first, second = _story()
    first.evidence, first.trigger = ACT, "واختطف"
    first.evidence_spans = list(second.evidence_spans)
    first.actor2, first.inter2 = MILITIA, 2  # which of its sides was misread is unknown
    merged = merge_copies(doc, first, second)
    assert merged.actor2 == MILITIA


def test_an_unknown_agent_takes_the_sides_of_a_copy_of_the_same_type() -> None:
    doc, first, second = _story()
    first.evidence, first.trigger = ACT, "واختطف"
    first.evidence_spans = list(second.evidence_spans)
    first.actor1, first.inter1 = "Unidentified Armed Group (Yemen)", 3
    second.sub_event_type = "Attack"
    copies: dedupe.Copies = {}
    dedupe.record_copy(copies, first, second)
    [merged] = dedupe.reread(doc, [first], copies)  # as when no merge filled the agent
    assert merged.actor1 == MILITIA and merged.sub_event_type == "Attack"


def test_an_appeal_for_talks_stays_the_report_of_the_talks() -> None:
    doc, appeal, act = _story()
    for event in (appeal, act):
        event.event_type, event.sub_event_type = "Strategic developments", "Other"
    merged = merge_copies(doc, appeal, act)
    assert merged.evidence == APPEAL


def test_copies_of_a_merged_event_follow_it_into_a_later_merge() -> None:
    _, appeal, act = _story()
    third = Event("Violence against civilians", "Attack", evidence_spans=[(5, 9)])
    copies: dedupe.Copies = {}
    dedupe.record_copy(copies, act, third)
    dedupe.record_copy(copies, appeal, act)
    assert [c.sub_event_type for c in copies[id(appeal)]] == [
        "Abduction/forced disappearance", "Abduction/forced disappearance", "Attack"]
    assert id(act) not in copies


def test_appeal_words_are_normalized() -> None:
    words = clauses.load_dedupe_rules().appeal_words
    assert words and all(w == normalize(w) for w in words)
