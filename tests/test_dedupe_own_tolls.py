"""Two reports apart in an article, at two places, each counting its own dead, are two acts."""

from marsad.document import Document, Event, Mention, Sentence
from marsad.stages import dedupe

AMBUSH = "ونصب المسلحون كمينا في البلدة ليقتلوا 9 جنود."
FILLER = "ويقول محللون إن التنظيم ما زال قادرا على التحرك."
BATTLE = "وقتل نحو 70 مقاتلا في معركة حي الورود."


def _story(filler: int = 2, battle: str = BATTLE) -> tuple[Document, Event, Event]:
    """An ambush known only by its country, then `filler` sentences, then a battle at a quarter."""
    lines = [AMBUSH, *[FILLER] * filler, battle]
    text = "\n".join(lines)
    doc = Document(text=text, id="d")
    at = 0
    for index, line in enumerate(lines):
        doc.sentences.append(Sentence(at, at + len(line), index, index))
        at += len(line) + 1
    spans = [(doc.sentences[0].start, doc.sentences[0].end), (doc.sentences[-1].start, doc.sentences[-1].end)]
    for (start, _), count in zip(spans, ("9 جنود", "70 مقاتلا"), strict=True):
        found = text.find(count, start)
        if found >= 0:
            doc.add(Mention(found, found + len(count), "number", count, int(count.split()[0]),
                            attrs={"role": "killed", "fatalities_text": count}))
    fields = dict(event_date="2021-06-17", time_precision=1, actor1="Islamic State (Syria)", inter1=2,
                  actor2="Military Forces of Syria (2000-)", inter2=1, country="Syria")
    ambush = Event("Battles", "Armed clash", evidence=AMBUSH, evidence_spans=[spans[0]], location="Syria",
                   geo_precision=3, fatalities=9, fatalities_text="9 جنود", **fields)
    fight = Event("Battles", "Armed clash", evidence=battle, evidence_spans=[spans[1]], location="Al Waroud",
                  admin1="Damascus", geo_precision=1, fatalities=70, fatalities_text="70 مقاتلا", **fields)
    return doc, ambush, fight


def test_a_countrywide_ambush_and_a_later_battle_at_a_quarter_with_their_own_tolls_stay_apart() -> None:
    doc, ambush, fight = _story()
    assert dedupe.settle(doc, [ambush, fight]) == [ambush, fight]
    assert (ambush.location, fight.fatalities) == ("Syria", 70)


def test_the_same_reports_in_adjacent_sentences_still_merge() -> None:
    doc, ambush, fight = _story(filler=0)
    assert dedupe.settle(doc, [ambush, fight]) == [ambush]


def test_a_later_report_without_a_toll_of_its_own_still_merges() -> None:
    doc, ambush, fight = _story(battle="ودارت معركة عنيفة في حي الورود.")
    fight.fatalities, fight.fatalities_text = 0, None
    assert dedupe.settle(doc, [ambush, fight]) == [ambush]
