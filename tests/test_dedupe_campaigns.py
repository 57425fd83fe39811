"""Reports of one campaign of arrests or abductions, a side read as its own victim, and a
lead dated by its statement's day are one event with the reports they repeat."""

from marsad.document import Document, Event, Mention, Sentence
from marsad.knowledge import clauses
from marsad.stages import dedupe
from marsad.text import normalize

HOUTHIS = "Ansar Allah (Houthis)"


def _event(sub_type: str, span: tuple[int, int], trigger: str, **fields) -> Event:
    base = dict(
        event_type="Violence against civilians" if sub_type != "Arrests" else "Strategic developments",
        sub_event_type=sub_type, event_date="2019-03-07", actor1=HOUTHIS, inter1=2,
        actor2="Civilians (Yemen)", inter2=7, country="Yemen", admin1="Dhamar", location="Dhamar",
        geo_precision=1, evidence_spans=[span], trigger=trigger,
    )
    base.update(fields)
    return Event(**base)


def _campaign_story(first: str) -> tuple[Document, Event, Event]:
    """A first report whose trigger is `first`, then an arrest told in the next sentence."""
    one = f"تشن الجماعة {first} في المدينة"
    two = "واعتقلت الجماعة ناشطا في المدينة"
    text = f"{one}\n{two}"
    doc = Document(text=text, id="d")
    doc.sentences = [Sentence(0, len(one), 0, 0), Sentence(len(one) + 1, len(text), 1, 1)]
    at = text.index(first)
    doc.add(Mention(at, at + len(first), "trigger", first, attrs={"voice": "noun"}))
    at = text.index("اعتقلت")
    doc.add(Mention(at, at + len("اعتقلت"), "trigger", "اعتقلت", attrs={"voice": "verb"}))
    told = _event("Abduction/forced disappearance", (0, len(one)), first)
    arrest = _event("Arrests", (len(one) + 1, len(text)), "اعتقلت")
    return doc, told, arrest


def test_campaign_and_an_arrest_by_its_side_at_its_place_are_one_event() -> None:
    doc, campaign, arrest = _campaign_story("حملات اختطاف")
    assert dedupe.fold_campaigns(dedupe.Layout.of(doc), [campaign, arrest]) == [arrest]
    assert len(arrest.evidence_spans) == 2


def test_campaign_victims_replace_a_side_read_as_its_own_victim() -> None:
    doc, campaign, arrest = _campaign_story("حملات اختطاف")
    arrest.actor2 = HOUTHIS
    campaign.actor2 = "Civilians (Yemen)"
    folded = dedupe.fold_campaigns(dedupe.Layout.of(doc), [arrest, campaign])
    assert folded == [arrest] and arrest.actor2 == "Civilians (Yemen)"


def test_arrests_elsewhere_in_the_province_stay_apart_from_the_campaign() -> None:
    doc, campaign, arrest = _campaign_story("حملات اختطاف")
    arrest.location = "Ma'bar"
    assert len(dedupe.fold_campaigns(dedupe.Layout.of(doc), [campaign, arrest])) == 2


def test_two_single_acts_of_one_side_are_no_campaign() -> None:
    doc, abduction, arrest = _campaign_story("اختطاف")
    assert len(dedupe.fold_campaigns(dedupe.Layout.of(doc), [abduction, arrest])) == 2


def test_a_second_side_equal_to_the_first_is_unknown_when_comparing_reports() -> None:
    first = _event("Abduction/forced disappearance", (0, 10), "x", actor2=HOUTHIS)
    second = _event("Abduction/forced disappearance", (20, 30), "y", actor1="Unidentified Armed Group (Yemen)")
    assert dedupe.same_event(first, second)
    first.actor2 = "Military Forces of Yemen (2012-2022)"
    assert not dedupe.same_event(first, second)  # two named victims: two acts


def test_campaign_words_are_normalized_and_sub_types_real() -> None:
    rules = clauses.load_dedupe_rules()
    assert all(w == normalize(w) for w in rules.campaign_words)
    assert rules.campaign_sub_types == {"Arrests", "Abduction/forced disappearance"}


def _statement_story(opening: str) -> tuple[Document, Event, Event]:
    """A lead `opening` dated Monday and a body report of the act dated Sunday, at one district."""
    body = "وحررت القوات المديرية في المعارك التي دارت الأحد"
    text = f"{opening}\n{body}"
    doc = Document(text=text, id="d")
    doc.sentences = [Sentence(0, len(opening), 0, 0), Sentence(len(opening) + 1, len(text), 1, 1)]
    for word, kind in (("الاثنين", "date"), ("حررت", "trigger"), ("وحررت", "trigger"), ("الأحد", "date")):
        at = text.index(word, text.index("\n") if word in ("وحررت", "الأحد") else 0)
        doc.add(Mention(at, at + len(word), kind, word, attrs={"voice": "verb"}))
    fields = dict(event_type="Battles", sub_event_type="Government regains territory",
                  actor1="Military Forces of Yemen (2012-2022)", inter1=1, actor2=HOUTHIS, inter2=2,
                  admin1="Hajjah", location="Midi", geo_precision=2)
    told = _event("Arrests", (0, len(opening)), "حررت", event_date="2019-03-04", **fields)
    act = _event("Arrests", (len(opening) + 1, len(text)), "وحررت", event_date="2019-03-03", **fields)
    return doc, told, act


def test_lead_dated_by_its_statements_day_is_the_act_told_a_day_earlier() -> None:
    doc, told, act = _statement_story("أفاد بيان للجيش، الاثنين، أن قواته حررت المديرية")
    assert dedupe.fold_statement_days(dedupe.Layout.of(doc), [told, act]) == [told]
    assert told.event_date == "2019-03-03" and len(told.evidence_spans) == 2


def test_lead_dated_by_its_own_act_stays_a_day_of_its_own() -> None:
    doc, told, act = _statement_story("حررت قوات الجيش، الاثنين، المديرية بعد معارك")
    assert len(dedupe.fold_statement_days(dedupe.Layout.of(doc), [told, act])) == 2
