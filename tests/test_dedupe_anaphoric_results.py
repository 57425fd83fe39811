"""A report placed only by an anaphor ("في البلدة"), right after its side's act, goes on telling that act."""

from marsad.document import Document, Event, Mention, Sentence
from marsad.stages import dedupe

ATTACK = "وفي هجوم مفاجئ اقتحم مسلحو التنظيم بلدة الرطبة يوم الثلاثاء مما أثار قتالا عنيفا."
AMBUSH = "وتسلل نحو 200 مقاتل من التنظيم ونصبوا كمينا في البلدة، ليقتلوا 9 جنود في اشتباكات ويخسروا أربعة."
NAMED = "وتسلل نحو 200 مقاتل من التنظيم ونصبوا كمينا في مدينة هيت، ليقتلوا 9 جنود في اشتباكات ويخسروا أربعة."
SIDES = dict(actor1="Islamic State (Iraq)", inter1=2, actor2="Military Forces of Iraq (2018-2020)", inter2=1,
             country="Iraq", event_type="Battles", sub_event_type="Armed clash")


def _story(second: str, anaphor: bool, actor1: str = SIDES["actor1"]) -> tuple[dedupe.Layout, Event, Event]:
    """A town stormed on a named day, then an ambush sentence whose only place is `في البلدة` or a named town."""
    text = f"{ATTACK}\n{second}"
    doc = Document(text=text, id="d")
    start = len(ATTACK) + 1
    doc.sentences = [Sentence(0, len(ATTACK), 0, 0), Sentence(start, len(text), 1, 1)]
    for at, word in ((0, "قتالا"), (start, "اشتباكات")):
        trigger = text.index(word, at)
        doc.add(Mention(trigger, trigger + len(word), "trigger", word, attrs={"voice": "noun", "form": word}))
    place = text.index("الرطبة")
    doc.add(Mention(place, place + len("الرطبة"), "place", "الرطبة"))
    word = "البلدة" if anaphor else "هيت"
    spot = text.index(word, start)
    doc.add(Mention(spot, spot + len(word), "place", word, attrs={"anaphor": ("town",)} if anaphor else {}))
    fields = {**SIDES, "actor1": actor1}
    attack = Event(**{**SIDES}, event_date="2020-05-05", time_precision=1, evidence=ATTACK,
                   evidence_spans=[(0, len(ATTACK))], trigger="قتالا", location="Ar Rutbah", geo_precision=1)
    ambush = Event(**fields, event_date="2020-05-10", time_precision=2, evidence=second,
                   evidence_spans=[(start, len(text))], trigger="اشتباكات", location="Iraq", geo_precision=3,
                   fatalities=13, background=True)
    return dedupe.Layout.of(doc), attack, ambush


def test_an_ambush_in_the_town_folds_into_the_attack_and_brings_its_toll() -> None:
    layout, attack, ambush = _story(AMBUSH, anaphor=True)
    assert dedupe.fold_pronoun_results(layout, [attack, ambush], {}) == [attack]
    assert (attack.location, attack.event_date, attack.fatalities, attack.background) == (
        "Ar Rutbah", "2020-05-05", 13, False)


def test_an_ambush_at_a_named_town_stays_its_own_act() -> None:
    layout, attack, ambush = _story(NAMED, anaphor=False)
    assert dedupe.fold_pronoun_results(layout, [attack, ambush], {}) == [attack, ambush]


def test_an_ambush_by_another_side_stays_its_own_act() -> None:
    layout, attack, ambush = _story(AMBUSH, anaphor=True, actor1="Unidentified Armed Group (Iraq)")
    assert dedupe.fold_pronoun_results(layout, [attack, ambush], {}) == [attack, ambush]
