"""A sentence whose subject is only the pronoun of the act before it tells that act's result."""

from marsad.document import Document, Event, Mention, Sentence
from marsad.stages import dedupe

ATTACK = "هاجم مسلحو العشائر في بلدة الحصين رتلا للجيش كان في طريقه إلى محافظة البيضاء."
RESULT = "وتمكنوا من تدمير آليات وقتل سبعة جنود."
NAMED = "وتمكن الجيش من تدمير آليات وقتل سبعة مسلحين."


def _story(second: str = RESULT, actor_first: bool = False) -> tuple[dedupe.Layout, Event, Event]:
    """An attack at a town, then a sentence on what was done, placed at the convoy's destination."""
    text = f"{ATTACK}\n{second}"
    doc = Document(text=text, id="d")
    start = len(ATTACK) + 1
    doc.sentences = [Sentence(0, len(ATTACK), 0, 0), Sentence(start, len(text), 1, 1)]
    for at, word in ((0, "هاجم"), (start, "وقتل")):
        trigger = text.index(word, at)
        doc.add(Mention(trigger, trigger + len(word), "trigger", word, attrs={"voice": "past", "form": word}))
    place = text.index("الحصين")
    doc.add(Mention(place, place + len("الحصين"), "place", "الحصين"))
    if actor_first:
        actor = text.index("الجيش", start)
        doc.add(Mention(actor, actor + len("الجيش"), "actor", "الجيش"))
    fields = dict(event_date="2021-06-17", time_precision=1, actor1="Unidentified Tribal Militia (Yemen)", inter1=4,
                  actor2="Military Forces of Yemen (2012-2022)", inter2=1, country="Yemen")
    attack = Event("Battles", "Armed clash", evidence=ATTACK, evidence_spans=[(0, len(ATTACK))], trigger="هاجم",
                   location="Al Hussein", admin1="Al Dali'", geo_precision=1, **fields)
    result = Event("Battles", "Armed clash", evidence=second, evidence_spans=[(start, len(text))], trigger="وقتل",
                   location="Al Bayda'", admin1="Al Bayda'", geo_precision=3, fatalities=7, **fields)
    return dedupe.Layout.of(doc), attack, result


def test_a_result_told_by_a_pronoun_subject_folds_into_the_attack_at_its_place() -> None:
    layout, attack, result = _story()
    assert dedupe.fold_pronoun_results(layout, [attack, result], {}) == [attack]
    assert (attack.location, attack.fatalities) == ("Al Hussein", 7)


def test_a_sentence_naming_its_own_side_stays_its_own_act() -> None:
    layout, attack, result = _story(NAMED, actor_first=True)
    assert dedupe.fold_pronoun_results(layout, [attack, result], {}) == [attack, result]
