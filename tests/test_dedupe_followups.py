"""Reports that retell an act already coded: a protest whose killing came out as a
one-sided clash, at the province's level or far from the march; a sentence about an
attack's perpetrator; a retelling placed only by a region; an equal toll told again."""

from types import SimpleNamespace

from marsad.document import Document, Event, Mention, Sentence
from marsad.stages import dedupe

ARMY = "Military Forces of Chad (2021-)"


def _doc(*sentences: str) -> tuple[Document, list[tuple[int, int]]]:
    """A document of one paragraph per sentence, and each sentence's span."""
    text = "\n".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    doc = Document(text=text, id="d")
    doc.sentences = [Sentence(s, e, i, i) for i, (s, e) in enumerate(spans)]
    return doc, spans


def _event(sub_type: str, event_type: str, span: tuple[int, int], **fields: object) -> Event:
    base = dict(
        event_type=event_type, sub_event_type=sub_type, event_date="2021-04-20",
        country="Chad", admin1="Ouaddai", location="Abeche", geo_precision=1, evidence_spans=[span],
    )
    base.update(fields)
    return Event(**base)


def _march_and_killing(**killing: object) -> tuple[dedupe.Layout, Event, Event]:
    doc, (one, two) = _doc("خرج مئات المتظاهرين في مسيرة بمدينة أبشة", "وقتل الجنود الطالب فلان فلاني في أبشة")
    march = _event("Peaceful protest", "Protests", one, actor1="Protesters (Chad)", inter1=6)
    fields = dict(sub_type="Armed clash", event_type="Battles", actor1=ARMY, inter1=1, fatalities=1)
    fields.update(killing)
    shot = _event(span=two, **fields)
    return dedupe.Layout.of(doc), march, shot


def test_a_one_sided_killing_by_a_force_next_to_a_protest_is_excessive_force() -> None:
    layout, march, shot = _march_and_killing()
    joined = dedupe.join_protests(layout, [march, shot])
    assert joined == [march]
    assert march.sub_event_type == "Excessive force against protesters"
    assert (march.actor1, march.actor2, march.fatalities) == ("Protesters (Chad)", ARMY, 1)


def test_a_clash_with_a_second_side_next_to_a_protest_stays_a_battle() -> None:
    layout, march, shot = _march_and_killing(actor2="Unidentified Armed Group (Chad)", inter2=3)
    assert len(dedupe.join_protests(layout, [march, shot])) == 2


def test_a_province_wide_protest_report_joins_the_report_at_its_town() -> None:
    layout, march, shot = _march_and_killing()
    march.location, march.geo_precision = "Ouaddai", 3
    assert dedupe.join_protests(layout, [march, shot]) == [march]
    assert march.location == "Abeche"


def test_a_protest_known_only_by_its_country_stays_apart_from_one_at_a_town() -> None:
    layout, march, shot = _march_and_killing(sub_type="Peaceful protest", event_type="Protests",
                                             actor1="Protesters (Chad)", inter1=6)
    march.location, march.admin1, march.geo_precision = "Chad", None, 3
    assert len(dedupe.join_protests(layout, [march, shot])) == 2


def _perpetrator_story(lead: str) -> tuple[Document, list[Event]]:
    """A lead about the perpetrator of an attack (a questioning, read as a clash), then the attack."""
    body = "وهاجم الرجل ثلاثة أشخاص بسكين في سوق أبشة مساء الجمعة"
    doc, (one, two) = _doc(lead, body)
    for text, voice in (("هجوم الطعن", "noun"), ("هاجم", "active")):
        at = doc.text.index(text)
        doc.add(Mention(at, at + len(text), "trigger", text, attrs={"voice": voice, "form": text}))
    questioning = _event("Armed clash", "Battles", one, actor1="Police Forces of Chad (2021-)", inter1=1,
                         actor2="Unidentified Armed Group (Chad)", inter2=3, trigger="هجوم الطعن")
    stabbing = _event("Attack", "Violence against civilians", two, actor1="Unidentified Armed Group (Chad)",
                      inter1=3, actor2="Civilians (Chad)", inter2=7, trigger="هاجم", geo_precision=2)
    return doc, [questioning, stabbing]


def test_a_sentence_about_an_attacks_perpetrator_is_not_a_second_act() -> None:
    doc, (questioning, stabbing) = _perpetrator_story("قالت الشرطة إن منفذ هجوم الطعن في أبشة يخضع للاستجواب")
    doc.events = [questioning, stabbing]
    dedupe.process(doc)
    assert doc.events == [stabbing]
    assert stabbing.sub_event_type == "Attack" and stabbing.geo_precision == 1


def test_an_attack_named_without_its_perpetrator_stays_an_event() -> None:
    doc, (clash, stabbing) = _perpetrator_story("قالت الشرطة إن هجوم الطعن في أبشة وقع قرب مركز لها")
    doc.events = [clash, stabbing]
    dedupe.process(doc)
    assert doc.events == [clash, stabbing]


def _abductions(region_precision: int) -> tuple[Event, Event]:
    """An abduction at a town, and a retelling placed in another province's region."""
    town = _event("Abduction/forced disappearance", "Violence against civilians", (0, 10))
    told = _event("Abduction/forced disappearance", "Violence against civilians", (11, 20),
                  admin1="Ennedi Ouest", location="Eastern Chad", geo_precision=region_precision)
    return town, told


def test_a_retelling_placed_only_by_a_region_may_name_the_same_victim() -> None:
    assert dedupe._target_comparable(*_abductions(region_precision=3))


def test_acts_at_exact_places_in_two_provinces_are_never_one_act_on_a_person() -> None:
    assert not dedupe._target_comparable(*_abductions(region_precision=1))


def _march_then_killings_told_later() -> tuple[dedupe.Layout, list[Event]]:
    doc, (one, two, _, four) = _doc(
        "خرج مئات المتظاهرين في مسيرة بمدينة أبشة", "وقتل الجنود الطالب فلان فلاني في أبشة",
        "وطالبت المعارضة بتحقيق دولي", "وقال وزير سابق إن مقتل المتظاهرين في أبشة جريمة",
    )
    march = _event("Peaceful protest", "Protests", one, actor1="Protesters (Chad)", inter1=6)
    shot = _event("Armed clash", "Battles", two, actor1=ARMY, inter1=1, fatalities=1)
    told = _event("Excessive force against protesters", "Protests", four, actor1="Protesters (Chad)", inter1=6,
                  actor2=ARMY, inter2=1, fatalities=1)
    return dedupe.Layout.of(doc), [march, shot, told]


def test_killings_told_later_as_excessive_force_join_the_march_they_made_so() -> None:
    layout, (march, shot, told) = _march_then_killings_told_later()
    assert dedupe.join_protests(layout, [march, shot, told]) == [march]
    assert march.fatalities == 1 and len(march.evidence_spans) == 3


def test_a_far_report_of_excessive_force_elsewhere_stays_apart() -> None:
    layout, (march, shot, told) = _march_then_killings_told_later()
    told.location, told.admin1 = "N'Djamena", "N'Djamena"
    assert len(dedupe.join_protests(layout, [march, shot, told])) == 2


def _ambush_told_twice(toll: int, *, split: bool = False) -> tuple[dedupe.Layout, Event, Event]:
    doc, (one, two) = _doc("قتل خمسة مسلحين في كمين قرب أبشة فجر الثلاثاء", "ونصب المسلحون كمينا لدورية أسفر عن مقتل 5")
    first = _event("Armed clash", "Battles", one, actor1=ARMY, inter1=1, actor2="Rebels (Chad)", inter2=2,
                   fatalities=5)
    later = _event("Armed clash", "Battles", one if split else two, actor1="Rebels (Chad)", inter1=2,
                   actor2="Police Forces of Chad (2021-)", inter2=1, fatalities=toll)
    return dedupe.Layout.of(doc), first, later


def test_an_equal_toll_told_again_next_door_is_one_act_whatever_its_sides() -> None:
    layout, first, later = _ambush_told_twice(toll=5)
    assert dedupe.fold_equal_tolls(layout, [first, later]) == [first]
    assert first.fatalities == 5 and len(first.evidence_spans) == 2


def test_a_different_toll_at_the_same_place_stays_a_second_act() -> None:
    layout, first, later = _ambush_told_twice(toll=3)
    assert len(dedupe.fold_equal_tolls(layout, [first, later])) == 2


def test_acts_split_from_one_sentence_keep_their_equal_tolls_apart() -> None:
    layout, first, later = _ambush_told_twice(toll=5, split=True)
    assert len(dedupe.fold_equal_tolls(layout, [first, later])) == 2


def test_the_retelling_that_names_its_acting_side_gives_the_act_its_sides() -> None:
    layout, first, later = _ambush_told_twice(toll=5)
    at = layout.doc.text.index("المسلحون")
    layout.doc.add(Mention(at, at + len("المسلحون"), "actor", "المسلحون", SimpleNamespace(name="Rebels (Chad)")))
    dedupe.fold_equal_tolls(layout, [first, later])
    assert (first.actor1, first.actor2) == ("Rebels (Chad)", "Police Forces of Chad (2021-)")
