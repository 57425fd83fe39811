"""How two reports' tolls of one act combine: each side's dead add up, one toll told twice does not."""

import datetime as dt

from marsad.document import Document, Event, Mention, Sentence
from marsad.knowledge.actors import ActorRef
from marsad.pipeline import extract_text
from marsad.stages import dedupe

DAY = dt.date(2021, 5, 6)
CLASH = "اندلعت أمس اشتباكات عنيفة بين مقاتلين من الطوارق وقبيلة التبو في مدينة أوباري جنوب ليبيا"


def _tolls(text: str) -> list[int]:
    return [event.fatalities for event in extract_text(text, published=DAY).events]


def test_each_sides_dead_told_by_its_own_source_add_up() -> None:
    text = (f"{CLASH}، قتل فيها 12 فردا من الطوارق.\n"
            "وقال مسؤول محلي إن ستة أفراد من قبيلة التبو قتلوا في الاشتباكات.")
    assert _tolls(text) == [18]


def test_a_definite_noun_after_min_names_the_group_named_before_it() -> None:
    text = (f"قال مسؤولون محليون اليوم إن {CLASH[7:]}.\n"
            "وأفاد مسؤول في المجلس البلدي بمقتل 12 مسلحا من الطوارق في الاشتباكات.\n"
            "من جهته، قال متحدث باسم قبيلة التبو إن خمسة من أفراد القبيلة قتلوا في الاشتباكات.")
    assert _tolls(text) == [17]


def test_a_sides_part_never_lowers_the_toll_of_both_sides() -> None:
    text = (f"{CLASH}، قتل فيها 12 فردا من الطوارق.\n"
            "وقال مسؤول محلي إن ستة أفراد من قبيلة التبو قتلوا في الاشتباكات.\n"
            "وأكد مسؤول آخر مقتل 14 من الطوارق في الاشتباكات.")
    assert _tolls(text) == [18]


def test_one_toll_told_in_the_lead_and_again_in_the_body_is_counted_once() -> None:
    text = ("قتل 14 شخصا في تفجير انتحاري استهدف سوقا شعبيا في مدينة الحلة الثلاثاء.\n"
            "وأسفر التفجير عن 14 قتيلا وإصابة 30 آخرين.")
    assert _tolls(text) == [14]


def test_reports_reading_the_dead_as_two_groups_do_not_add_up() -> None:
    text = ("قتل 20 شخصا في هجوم لمسلحي حركة الشباب على قاعدة عسكرية في بلدة جلب الأربعاء.\n"
            "وقال مسؤول إن الهجوم أسفر عن مقتل 20 جنديا.")
    assert _tolls(text) == [20]


def test_two_counts_of_one_sides_dead_keep_the_lowest() -> None:
    text = ("قتل 9 جنود في اشتباكات مع مسلحي حركة الشباب في بلدة جلب الأربعاء.\n"
            "وقال مسؤول عسكري إن سبعة جنود قتلوا في الاشتباكات.")
    assert _tolls(text) == [7]


def test_an_exact_count_beats_a_vague_one_of_the_same_dead_in_either_order() -> None:
    vague = "لقي عشرات من مسلحي حركة الشباب مصرعهم في غارات جوية أمريكية قرب مدينة جلب الأربعاء."
    exact = "وقال مسؤول محلي إن الغارات استهدفت معسكرا للحركة قرب جلب، ما أدى إلى مقتل 23 من مسلحي الحركة."
    assert _tolls(f"{vague}\n{exact}") == [23]
    assert _tolls(f"{exact[1:]}\n{vague.replace('لقي', 'ولقي')}") == [23]


def _counted(text: str, count: str, actors: dict[str, tuple[str, int]]) -> ActorRef | None:
    """The group `_victim_group` reads for `count` in a one-sentence text with the given actor mentions."""
    doc = Document(text=text)
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    at = text.index(count)
    doc.add(Mention(at, at + len(count), "number", count, 1, {"role": "killed"}))
    for surface, (name, inter) in actors.items():
        start = text.index(surface)
        ref = ActorRef(name, inter, "SO", name)
        doc.add(Mention(start, start + len(surface), "actor", surface, ref, {"generic": name.startswith("Civ")}))
    return dedupe._victim_group(doc, doc.of_kind("number")[0])


def test_an_actor_past_the_counted_phrase_is_not_the_dead() -> None:
    actors = {"شخصا": ("Civilians (Somalia)", 7), "الشباب": ("Al Shabaab", 2)}
    group = _counted("قتل 20 شخصا في هجوم لحركة الشباب", "20", actors)
    assert group is not None and group.name == "Civilians (Somalia)"


def test_a_named_group_after_min_beats_the_generic_counted_noun() -> None:
    actors = {"أشخاص": ("Civilians (Somalia)", 7), "الشباب": ("Al Shabaab", 2)}
    group = _counted("قتل ستة أشخاص من الشباب", "ستة", actors)
    assert group is not None and group.name == "Al Shabaab"


def test_reports_naming_no_group_never_add_their_tolls() -> None:
    kept = Event("Battles", "Armed clash", actor1="A", actor2="B", fatalities=9, fatalities_text="9")
    other = Event("Battles", "Armed clash", actor1="A", actor2="B", fatalities=5, fatalities_text="5")
    dedupe.absorb(kept, other)
    assert kept.fatalities == 5 and (kept.fatalities_low, kept.fatalities_high) == (5, 9)
