"""A report worded as a recall that gives the current act's own day is that act, told again."""

from support import line_sentences

from marsad.document import Document, Event, Mention, Sentence
from marsad.stages import dedupe

LEAD = "أعلنت الشرطة الخميس اعتقال الصحفي سمير الحداد في مدينة صفاقس."
RECALL = "وكانت وزارة الداخلية قد أعلنت اعتقال الحداد الخميس في عملية أمنية."
NEWS_DAY = ("وكانت وزارة الداخلية قد أصدرت الخميس بيانا مطولا تناولت فيه ظروف ملاحقة عدد من المطلوبين "
            "ومن بينها اعتقال الحداد.")


def _story(second: str = RECALL) -> tuple[dedupe.Layout, Event, Event]:
    """An arrest told as news in one sentence and in the pluperfect in the next, both dated by a mention."""
    text = f"{LEAD}\n{second}"
    doc = Document(text=text, id="d")
    start = len(LEAD) + 1
    doc.sentences = [Sentence(0, len(LEAD), 0, 0), Sentence(start, len(text), 1, 1)]
    for at in (0, start):
        trigger = text.index("اعتقال", at)
        doc.add(Mention(trigger, trigger + len("اعتقال"), "trigger", "اعتقال", attrs={"voice": "noun"}))
        day = text.index("الخميس", at)
        doc.add(Mention(day, day + len("الخميس"), "date", "الخميس", "2021-06-03"))
    fields = dict(event_date="2021-06-03", time_precision=1, actor1="Police Forces of Tunisia (2011-)", inter1=1,
                  actor2="Civilians (Tunisia)", inter2=7, country="Tunisia", admin1="Sfax", location="Sfax",
                  geo_precision=1, trigger="اعتقال")
    act = Event("Strategic developments", "Arrests", evidence=LEAD, evidence_spans=[(0, len(LEAD))], **fields)
    recall = Event("Strategic developments", "Arrests", evidence=second, evidence_spans=[(start, len(text))],
                   background=True, **fields)
    return dedupe.Layout.of(doc), act, recall


def test_a_recall_giving_the_acts_own_day_folds_into_the_current_act() -> None:
    layout, act, recall = _story()
    events = dedupe.fold_recalled_copies(layout, [act, recall], {})
    assert events == [act] and not act.background
    assert len(act.evidence_spans) == 2


def test_a_recall_dated_only_by_its_statement_stays_apart() -> None:
    layout, act, recall = _story(NEWS_DAY)
    assert dedupe.fold_recalled_copies(layout, [act, recall], {}) == [act, recall]


def test_a_recall_of_another_day_stays_apart() -> None:
    layout, act, recall = _story()
    recall.event_date = "2021-05-27"
    assert dedupe.fold_recalled_copies(layout, [act, recall], {}) == [act, recall]


FIGHT = "وقتل 9 مسلحين في مواجهات بأحياء مدينة الحديدة مع قوات الجيش الأربعاء."
PLUPERFECT = "وكان المسلحون قد قصفوا حيا سكنيا، فيما اندلعت اشتباكات بين الجيش والمسلحين في حيين بالمدينة."
ASIDE = "ويقول مراقبون إن المدينة تعيش وضعا إنسانيا صعبا."


def _fight(*later: str, location: str = "Al Hudaydah") -> tuple[dedupe.Layout, Event, Event]:
    """A dated clash at a city, then `later` sentences, the last telling a clash in the pluperfect
    with no day of its own (dated by default like the clash before it)."""
    lines = [FIGHT, *later]
    text = "\n".join(lines)
    doc = line_sentences(text)
    day = text.index("الأربعاء")
    doc.add(Mention(day, day + len("الأربعاء"), "date", "الأربعاء", "2021-06-02"))
    fields = dict(event_date="2021-06-02", time_precision=1, actor1="Military Forces of Yemen (2012-2022)", inter1=1,
                  actor2="Ansar Allah (Houthis)", inter2=2, country="Yemen", admin1="Al Hudaydah",
                  geo_precision=1, trigger="مواجهات")
    first, last = doc.sentences[0], doc.sentences[-1]
    act = Event("Battles", "Armed clash", evidence=FIGHT, evidence_spans=[(first.start, first.end)],
                location="Al Hudaydah", **fields)
    recall = Event("Battles", "Armed clash", evidence=lines[-1], evidence_spans=[(last.start, last.end)],
                   background=True, location=location, **fields)
    return dedupe.Layout.of(doc), act, recall


def test_an_undated_pluperfect_clash_in_the_next_sentence_at_the_same_city_is_that_clash() -> None:
    layout, act, recall = _fight(PLUPERFECT)
    assert dedupe.fold_recalled_copies(layout, [act, recall], {}) == [act]
    assert not act.background and len(act.evidence_spans) == 2


def test_an_undated_pluperfect_clash_further_on_stays_a_recall() -> None:
    layout, act, recall = _fight(ASIDE, PLUPERFECT)
    assert dedupe.fold_recalled_copies(layout, [act, recall], {}) == [act, recall]


def test_an_undated_pluperfect_clash_at_another_town_stays_a_recall() -> None:
    layout, act, recall = _fight(PLUPERFECT, location="Zabid")
    assert dedupe.fold_recalled_copies(layout, [act, recall], {}) == [act, recall]
