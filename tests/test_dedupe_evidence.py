"""Which sentence a merged event quotes: the copy whose own sentence tells the event's day,
place and toll (`dedupe.reread`), whichever fold made the merge."""

from support import merge_copies

from marsad.document import Document, Event, Mention, Sentence
from marsad.knowledge.gazetteer import Place
from marsad.stages import dedupe

ARMY = "Military Forces of Yemen (2012-2022)"
HOUTHIS = "Ansar Allah (Houthis)"
TOWN = Place("1", "Harad", "حرض", "P", "YE", "Yemen", "Hajjah", "Harad", 16.4, 43.0)


def _story(*sentences: str) -> Document:
    """One sentence a line, with its triggers (the words listed in `TRIGGERS`), dates and places."""
    text = "\n".join(sentences)
    doc = Document(text=text, id="d")
    start = 0
    for index, sentence in enumerate(sentences):
        doc.sentences.append(Sentence(start, start + len(sentence), index, index))
        for word in sentence.split():
            at = text.index(word, start)
            if word in TRIGGERS:
                doc.add(Mention(at, at + len(word), "trigger", word, attrs={"voice": "verb"}))
            elif word in DATES:
                doc.add(Mention(at, at + len(word), "date", word))
            elif word in PLACES:
                doc.add(Mention(at, at + len(word), "place", word, attrs={"place": TOWN}))
        start += len(sentence) + 1
    return doc


TRIGGERS = {"حررت", "وحررت", "القصف", "قصفت", "وقصفت"}
DATES = {"الثلاثاء،", "الأربعاء"}
PLACES = {"حرض", "بحرض"}


def _copy(doc: Document, index: int, trigger: str, **fields) -> Event:
    sentence = doc.sentences[index]
    base = dict(
        event_type="Battles", sub_event_type="Government regains territory", event_date="2022-05-03",
        time_precision=1, actor1=ARMY, inter1=1, actor2=HOUTHIS, inter2=2, country="Yemen", admin1="Hajjah",
        location="Harad", geo_precision=1, evidence=doc.slice(sentence.start, sentence.end),
        evidence_spans=[(sentence.start, sentence.end)], trigger=trigger,
    )
    base.update(fields)
    return Event(**base)


def test_a_lead_dated_by_its_statement_quotes_the_report_that_gives_the_act() -> None:
    lead = "أفاد بيان للجيش، الأربعاء أن قواته حررت المدينة"
    body = "وسقط 12 قتيلا في المعارك التي دارت الثلاثاء، وحررت خلالها القوات مدينة حرض"
    doc = _story(lead, body)
    told = _copy(doc, 0, "حررت", event_date="2022-05-04")
    act = _copy(doc, 1, "وحررت", fatalities=12)
    copies: dedupe.Copies = {}
    [merged] = dedupe.reread(doc, dedupe.fold_statement_days(dedupe.Layout.of(doc), [told, act], copies), copies)
    assert merged.evidence == body and merged.trigger == "وحررت"
    assert merged.event_date == "2022-05-03" and len(merged.evidence_spans) == 2


def test_a_first_copy_telling_as_much_keeps_its_sentence() -> None:
    first = "حررت قوات الجيش الثلاثاء، مدينة حرض"
    second = "وحررت القوات الثلاثاء، أحياء حرض"
    doc = _story(first, second)
    kept, other = _copy(doc, 0, "حررت"), _copy(doc, 1, "وحررت")
    merged = merge_copies(doc, kept, other)
    assert merged.evidence == first and merged.trigger == "حررت"


def test_a_day_or_place_a_copy_only_inherited_tells_nothing() -> None:
    first = "حررت قوات الجيش الثلاثاء، المدينة"
    second = "وحررت القوات المدينة بعد معارك عنيفة"
    doc = _story(first, second)
    kept = _copy(doc, 0, "حررت", location="Hajjah", geo_precision=3)
    other = _copy(doc, 1, "وحررت")  # day and town read from the sentences around it
    merged = merge_copies(doc, kept, other)
    assert merged.location == "Harad" and merged.evidence == first


def test_a_copy_named_in_a_voiced_concern_is_never_quoted() -> None:
    lead = "قصفت الطائرات مواقع في المحافظة"
    concern = "وأبدت منظمة دولية قلقها إزاء القصف الذي أودى بحياة 5 في حرض الثلاثاء،"
    doc = _story(lead, concern)
    fields = dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", fatalities=5)
    kept, other = _copy(doc, 0, "قصفت", **fields), _copy(doc, 1, "القصف", **fields)
    merged = merge_copies(doc, kept, other)
    assert merged.evidence == lead and merged.trigger == "قصفت"


def test_a_summary_takes_the_sentence_of_the_report_it_sums_up() -> None:
    lead = "قصفت الطائرات مواقع في المحافظة"
    body = "وقصفت الطائرات الأربعاء مدينة حرض"
    doc = _story(lead, body)
    fields = dict(event_type="Explosions/Remote violence")
    summary = _copy(doc, 0, "قصفت", sub_event_type="Shelling/artillery/missile attack", time_precision=2,
                    geo_precision=3, location="Hajjah", **fields)
    detail = _copy(doc, 1, "وقصفت", sub_event_type="Air/drone strike", **fields)
    dedupe.absorb(summary, detail)
    assert summary.sub_event_type == "Air/drone strike"
    assert summary.trigger == "وقصفت" and summary.evidence == body
