"""An act restated with its place given only by a wide area or its victim untold, or read twice in one sentence."""

import datetime as dt

from marsad.document import Document, Event, Sentence
from marsad.knowledge.actors import same_camp
from marsad.pipeline import extract_text
from marsad.stages import dedupe

TURKEY = "Military Forces of Turkey (2016-)"
YPG = "YPG: People's Protection Units"
YEMEN_ARMY = "Military Forces of Yemen (2012-2022)"
HOUTHIS = "Ansar Allah (Houthis)"


def _events(text: str) -> list[Event]:
    return extract_text(text, published=dt.date(2018, 6, 19)).events


def test_a_strike_placed_by_its_region_then_at_a_town_of_it_is_one_strike() -> None:
    events = _events("لقي خمسة مسلحين حتفهم الأحد بقصف من طائرة مسيرة استهدف تجمعا لهم في الجنوب الليبي.\n"
                     "وأفاد سكان بأن الغارة أصابت مزرعة على أطراف مدينة مرزق وأسفرت عن مقتل 5 مسلحين.")
    assert [(e.location, e.fatalities) for e in events] == [("Murzuq", 5)]


def test_a_strike_named_again_at_its_provinces_countryside_is_that_strike() -> None:
    events = _events("أفاد مصدر عسكري بأن طائرات التحالف ضربت الخميس ثكنة للجيش في بلدة الهري، ما أوقع قتلى.\n"
                     "وأضاف المصدر أن الغارة التي طالت الثكنة في ريف دير الزور خلفت دمارا واسعا.")
    assert [e.location for e in events] == ["Al Hury"]


def test_strikes_told_with_also_at_a_place_further_on_stay_apart() -> None:
    events = _events("شنت طائرات التحالف الاثنين غارات على معسكر في منطقة ضلاع همدان.\n"
                     "كما شمل القصف الجوي مواقع للحوثيين على الطريق الرابط بين صنعاء والمحويت.")
    assert len(events) == 2


def test_a_shelling_retold_with_its_toll_and_no_victim_is_one_shelling_with_the_first_sides() -> None:
    events = _events("قتل ستة عناصر من ميليشيا موالية للنظام مساء الأحد جراء القصف الصاروخي الذي استهدف منطقة "
                     "الكسوة في ريف دمشق، بحسب المرصد.\nوكان الإعلام الرسمي ذكر في وقت سابق أن الدفاعات الجوية "
                     "السورية دمرت صاروخين إسرائيليين في منطقة الكسوة.\nوأوضح المرصد أن قصفا صاروخيا أصاب مخزن "
                     "ذخيرة لعناصر من الحرس الثوري الإيراني ما أدى إلى مقتل ستة مسلحين.")
    assert [(e.location, e.fatalities, e.actor1) for e in events] == [
        ("Kisweh", 6, "Military Forces of Israel (2009-2021)")]


def _layout() -> dedupe.Layout:
    """Two sentences of filler text: the events' triggers are not in it, so one sentence's acts keep the list order."""
    doc = Document(text="x" * 81, id="d")
    doc.sentences = [Sentence(0, 40, 0, 0), Sentence(41, 80, 1, 1)]
    return dedupe.Layout.of(doc)


def _territory(sub_type: str, gainer: str, loser: str, **fields) -> Event:
    base = dict(
        event_type="Battles", sub_event_type=sub_type, event_date="2018-03-18", time_precision=1,
        actor1=gainer, inter1=8 if gainer == TURKEY else 1, actor2=loser, inter2=2, country="Syria",
        admin1="Aleppo", location="Afrin", geo_precision=1, evidence_spans=[(0, 40)],
    )
    base.update(fields)
    return Event(**base)


def test_a_takeover_read_again_in_its_own_sentence_with_the_sides_swapped_is_the_first_reading() -> None:
    first = _territory("Government regains territory", YEMEN_ARMY, HOUTHIS, location="Abyan", admin1="Abyan")
    swapped = _territory("Non-state actor overtakes territory", HOUTHIS, YEMEN_ARMY, location="Abyan", admin1="Abyan")
    [joined] = dedupe.join_handovers(_layout(), [first, swapped])
    assert (joined.sub_event_type, joined.actor1, joined.actor2) == ("Government regains territory", YEMEN_ARMY, HOUTHIS)


def _withdrawal(**fields) -> Event:
    return _territory("Non-violent transfer of territory", YPG, TURKEY, event_type="Strategic developments",
                      inter1=2, inter2=8, location="Northern Syria", geo_precision=3, **fields)


def test_a_withdrawal_placed_by_the_wide_area_of_its_takeovers_sentence_is_that_takeover() -> None:
    gain = _territory("Non-state actor overtakes territory", TURKEY, YPG)
    [joined] = dedupe.join_handovers(_layout(), [gain, _withdrawal()])
    assert (joined.sub_event_type, joined.location) == ("Non-state actor overtakes territory", "Afrin")


def test_a_withdrawal_from_a_wide_area_told_in_another_sentence_stays_apart() -> None:
    gain = _territory("Non-state actor overtakes territory", TURKEY, YPG)
    assert len(dedupe.join_handovers(_layout(), [gain, _withdrawal(evidence_spans=[(41, 80)])])) == 2


US_ARMY = "Military Forces of the United States (2009-2017)"
IRAQ_ARMY = "Military Forces of Iraq (2014-2018)"


def _strike(actor1: str, inter1: int) -> Event:
    return Event(
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", event_date="2015-07-17",
        time_precision=1, actor1=actor1, inter1=inter1, actor2="Islamic State (Iraq)", inter2=2, country="Iraq",
        admin1="Ninawa", location="Tal Afar", geo_precision=2, evidence_spans=[(0, 10)],
    )


def test_the_us_forces_fight_in_the_iraqi_forces_camp_against_the_islamic_state() -> None:
    assert same_camp(US_ARMY, IRAQ_ARMY, dt.date(2015, 7, 17))
    assert not same_camp(US_ARMY, IRAQ_ARMY, dt.date(2019, 7, 17))


def test_one_sentences_strike_credited_to_two_camp_mates_is_one_strike() -> None:
    doc = Document(text="x" * 10, id="d")
    doc.sentences = [Sentence(0, 10, 0, 0)]
    [joined] = dedupe.join_allied_acts(dedupe.Layout.of(doc), [_strike(US_ARMY, 8), _strike(IRAQ_ARMY, 1)])
    assert joined.actor1 == US_ARMY
