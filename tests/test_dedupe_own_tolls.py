"""Two reports apart in an article, at two places, each counting its own dead, are two acts."""

from support import line_sentences

from marsad.document import Document, Event, Mention
from marsad.stages import dedupe

AMBUSH = "ونصب المسلحون كمينا في البلدة ليقتلوا 9 جنود."
FILLER = "ويقول محللون إن التنظيم ما زال قادرا على التحرك."
BATTLE = "وقتل نحو 70 مقاتلا في معركة حي الورود."


def _story(filler: int = 2, battle: str = BATTLE) -> tuple[Document, Event, Event]:
    """An ambush known only by its country, then `filler` sentences, then a battle at a quarter."""
    lines = [AMBUSH, *[FILLER] * filler, battle]
    text = "\n".join(lines)
    doc = line_sentences(text)
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


CLASH = "وقتل 12 مسلحا الأحد في اشتباك مع الشرطة في بلدة الزيتون."
RETOLD = "وبادر المسلحون بإطلاق النار ما أدى إلى اشتباك أسفر عن مقتل 12 مسلحا."


def _retold(count: str = "12 مسلحا") -> tuple[Document, Event, Event]:
    """A clash at a town (its toll left at half the count), two filler sentences, and the
    clash told again at its province with the count `count`."""
    lines = [CLASH, FILLER, FILLER, RETOLD.replace("12 مسلحا", count)]
    text = "\n".join(lines)
    doc = line_sentences(text)
    spans = [(doc.sentences[0].start, doc.sentences[0].end), (doc.sentences[-1].start, doc.sentences[-1].end)]
    for (start, _), said in zip(spans, ("12 مسلحا", count), strict=True):
        found = text.find(said, start)
        doc.add(Mention(found, found + len(said), "number", said, int(said.split()[0]),
                        attrs={"role": "killed", "fatalities_text": said}))
    fields = dict(event_date="2021-06-17", time_precision=1, inter1=2, inter2=3, country="Egypt", admin1="North Sinai")
    town = Event("Battles", "Armed clash", evidence=lines[0], evidence_spans=[spans[0]], location="Al Zaytoun",
                 geo_precision=1, fatalities=6, fatalities_text="12 مسلحا", actor1="Unidentified Armed Group (Egypt)",
                 actor2="Police Forces of Egypt (2014-)", **fields)
    province = Event("Battles", "Armed clash", evidence=lines[-1], evidence_spans=[spans[1]], location="North Sinai",
                     geo_precision=3, fatalities=int(count.split()[0]), fatalities_text=count,
                     actor1="Police Forces of Egypt (2014-)", actor2="Unidentified Armed Group (Egypt)", **fields)
    return doc, town, province


def test_a_province_report_giving_the_town_report_s_very_count_is_that_clash() -> None:
    doc, town, province = _retold()
    assert dedupe.settle(doc, [town, province]) == [town]
    assert town.location == "Al Zaytoun" and len(town.evidence_spans) == 2


def test_a_province_report_with_another_count_stays_a_clash_of_its_own() -> None:
    doc, town, province = _retold("40 مسلحا")
    assert dedupe.settle(doc, [town, province]) == [town, province]
