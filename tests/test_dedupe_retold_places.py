"""An act retold in a later sentence at a spot placed by the first report's town, with its
target named by a camp-mate, in a sentence naming no place, or by a second verb of its own
sentence, is one event."""

import datetime as dt

from marsad.document import Document, Event, Mention, Sentence
from marsad.knowledge.gazetteer import Place
from marsad.pipeline import extract_text
from marsad.stages import dedupe

PUBLISHED = dt.date(2019, 3, 5)


def _events(text: str, sub_type: str) -> list[Event]:
    return [e for e in extract_text(text, published=PUBLISHED).events if e.sub_event_type == sub_type]


def test_equal_toll_at_a_spot_placed_by_the_first_town_is_one_clash() -> None:
    clashes = _events(
        "قتل تسعة مسلحين حوثيين أمس خلال معارك مع المقاومة الشعبية في مدينة مأرب شرقي البلاد.\n"
        "وذكر شهود أن المعارك دارت مساء أمس عند منطقة الجفينة جنوب غرب مأرب وخلفت تسعة قتلى من الحوثيين.\n"
        "وتعد مدينة مأرب مركز المحافظة الغنية بالنفط.",
        "Armed clash",
    )
    assert [(e.fatalities, e.event_date) for e in clashes] == [(9, "2019-03-04")]


def test_another_toll_at_the_placed_spot_is_another_clash() -> None:
    clashes = _events(
        "قتل تسعة مسلحين حوثيين أمس خلال معارك مع المقاومة الشعبية في مدينة مأرب شرقي البلاد.\n"
        "وذكر شهود أن المعارك دارت مساء أمس عند منطقة الجفينة جنوب غرب مأرب وخلفت سبعة قتلى من الحوثيين.\n"
        "وتعد مدينة مأرب مركز المحافظة الغنية بالنفط.",
        "Armed clash",
    )
    assert sorted(e.fatalities for e in clashes) == [7, 9]


def test_a_quarter_taken_and_held_in_one_sentence_is_one_takeover_at_the_quarter() -> None:
    # the speaker's city at the end of the sentence gave the second verb the city
    takeovers = _events(
        "استعادت قوات الجيش أمس مقر الشرطة في حي كريتر بمدينة عدن وأحكمت قبضتها على الحي بالكامل، "
        "وفق مصدر عسكري في عدن.",
        "Government regains territory",
    )
    assert [e.location for e in takeovers] == ["Crater"]


def _two_sentences(second: str, places: tuple[Place, ...] = ()) -> tuple[Document, str]:
    text = f"شنت طائرات التحالف غارات على معسكر في مدينة زنجبار.\n{second}"
    doc = Document(text=text, id="d")
    cut = text.index("\n") + 1
    doc.sentences = [Sentence(0, cut - 1, 0, 0), Sentence(cut, len(text), 1, 0)]
    for place in places:
        at = text.index(place.name_ar)
        doc.add(Mention(at, at + len(place.name_ar), "place", place.name_ar, attrs={"place": place}))
    return doc, text


def _strike(text: str, sentence: int, place: Place, precision: int, target: str = "Ansar Allah (Houthis)") -> Event:
    cut = text.index("\n") + 1
    span = (0, cut - 1) if sentence == 0 else (cut, len(text))
    return Event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                 event_date="2019-03-05", time_precision=2, actor1="Military Forces of Saudi Arabia (2015-)",
                 inter1=8, actor2=target, inter2=2, country="Yemen", admin1=place.admin1,
                 location=place.name, latitude=place.lat, longitude=place.lon, geo_precision=precision,
                 evidence_spans=[span])


ZINJIBAR = Place("z", "Zinjibar", "زنجبار", "city", "YE", "Yemen", "Abyan", "", 13.13, 45.38)
SOUTH = Place("s", "Southern Yemen", "جنوب اليمن", "region", "YE", "Yemen", "`Adan", "", 12.8, 45.0)


def test_a_report_naming_no_place_is_the_act_told_just_before() -> None:
    doc, text = _two_sentences("وقال سكان إن طائرات التحالف واصلت غاراتها حتى الفجر.", (ZINJIBAR,))
    act, copy = _strike(text, 0, ZINJIBAR, 1), _strike(text, 1, SOUTH, 3)
    assert dedupe.fold_placeless_copies(dedupe.Layout.of(doc), [act, copy]) == [act]
    assert act.location == "Zinjibar" and len(act.evidence_spans) == 2


def test_a_further_report_naming_no_place_stays_apart() -> None:
    doc, text = _two_sentences("كما شنت طائرات التحالف غارات على مواقع للمتمردين.", (ZINJIBAR,))
    act, copy = _strike(text, 0, ZINJIBAR, 1), _strike(text, 1, SOUTH, 3)
    assert len(dedupe.fold_placeless_copies(dedupe.Layout.of(doc), [act, copy])) == 2


def test_a_report_naming_its_own_place_is_not_a_placeless_copy() -> None:
    doc, text = _two_sentences("وشنت طائرات التحالف غارات على مواقع في جنوب اليمن.", (ZINJIBAR, SOUTH))
    act, copy = _strike(text, 0, ZINJIBAR, 1), _strike(text, 1, SOUTH, 3)
    assert len(dedupe.fold_placeless_copies(dedupe.Layout.of(doc), [act, copy])) == 2


def test_a_target_named_by_its_armed_wing_next_sentence_is_one_act() -> None:
    doc, text = _two_sentences("وقال شهود إن الغارات أصابت مواقع في المدينة.", (ZINJIBAR,))
    act = _strike(text, 0, ZINJIBAR, 1, target="Hamas Movement")
    copy = _strike(text, 1, ZINJIBAR, 1, target="Al Qassam Brigades")
    assert dedupe.join_camp_targets(dedupe.Layout.of(doc), [act, copy]) == [act]


def test_targets_of_two_camps_stay_two_acts() -> None:
    doc, text = _two_sentences("وقال شهود إن الغارات أصابت مواقع في المدينة.", (ZINJIBAR,))
    act = _strike(text, 0, ZINJIBAR, 1, target="Hamas Movement")
    copy = _strike(text, 1, ZINJIBAR, 1, target="Islamic State (Yemen)")
    assert len(dedupe.join_camp_targets(dedupe.Layout.of(doc), [act, copy])) == 2


def test_a_camp_mate_retold_three_sentences_later_stays_a_separate_act() -> None:
    lines = ["شنت طائرات التحالف غارات على معسكر في مدينة زنجبار.",
             "وأفاد سكان بأن الطائرات حلقت فوق المدينة طوال الليل.",
             "وتشهد المحافظة مواجهات متقطعة منذ أشهر.",
             "وقال شهود إن الغارات أصابت مواقع في المدينة."]
    text = "\n".join(lines)
    doc = Document(text=text, id="d")
    starts = [text.index(line) for line in lines]
    doc.sentences = [Sentence(start, start + len(lines[i]), i, i) for i, start in enumerate(starts)]
    at = text.index(ZINJIBAR.name_ar)
    doc.add(Mention(at, at + len(ZINJIBAR.name_ar), "place", ZINJIBAR.name_ar, attrs={"place": ZINJIBAR}))

    def strike(sentence: int, target: str) -> Event:
        event = _strike(text, 0, ZINJIBAR, 1, target=target)
        event.evidence_spans = [(doc.sentences[sentence].start, doc.sentences[sentence].end)]
        return event

    act, near = strike(0, "Hamas Movement"), strike(1, "Al Qassam Brigades")
    assert dedupe.join_camp_targets(dedupe.Layout.of(doc), [act, near]) == [act]  # the next sentence: one act
    act, far = strike(0, "Hamas Movement"), strike(3, "Al Qassam Brigades")
    assert dedupe.join_camp_targets(dedupe.Layout.of(doc), [act, far]) == [act, far]
