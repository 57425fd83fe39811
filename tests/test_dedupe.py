"""Within-article deduplication: a report repeated in the lead and body is one event."""

import datetime as dt

from marsad.document import Document, Event
from marsad.pipeline import extract_text
from marsad.stages import dedupe


def _event(**fields) -> Event:
    base = dict(
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", event_date="2020-01-02",
        time_precision=1, actor1="Military Forces of Russia (2000-)", inter1=8, country="Syria",
        admin1="Idlib", location="Idlib", geo_precision=1, evidence_spans=[(0, 10)],
    )
    base.update(fields)
    return Event(**base)


def _run(*events: Event) -> list[Event]:
    doc = Document(text="x" * 100, id="d")
    doc.events = list(events)
    dedupe.process(doc)
    return doc.events


def test_same_strike_reported_twice_merges_and_keeps_both_evidence_spans() -> None:
    merged = _run(_event(fatalities=0), _event(fatalities=12, evidence_spans=[(50, 60)]))
    assert len(merged) == 1
    assert merged[0].fatalities == 12 and merged[0].evidence_spans == [(0, 10), (50, 60)]


def test_conflicting_tolls_keep_the_lowest_and_the_range() -> None:
    merged = _run(_event(fatalities=20), _event(fatalities=15, evidence_spans=[(50, 60)]))
    assert merged[0].fatalities == 15
    assert (merged[0].fatalities_low, merged[0].fatalities_high) == (15, 20)


def test_different_places_stay_separate_events() -> None:
    assert len(_run(_event(location="Saraqib"), _event(location="Ariha"))) == 2


def test_vague_summary_folds_into_the_specific_report() -> None:
    coarse = _event(sub_event_type="Armed clash", event_type="Battles", geo_precision=3, time_precision=2,
                    location="Idlib", evidence_spans=[(0, 5)])
    specific = _event(sub_event_type="Government regains territory", event_type="Battles", geo_precision=1,
                      location="Saraqib", evidence_spans=[(40, 50)])
    merged = _run(coarse, specific)
    assert len(merged) == 1
    assert merged[0].sub_event_type == "Government regains territory" and merged[0].location == "Saraqib"


def test_country_level_report_folds_into_the_located_one() -> None:
    vague = _event(sub_event_type="Arrests", event_type="Strategic developments", admin1=None,
                   location="Libya", geo_precision=3)
    exact = _event(sub_event_type="Arrests", event_type="Strategic developments", admin1="Darnah",
                   location="Darnah", geo_precision=1, evidence_spans=[(40, 50)])
    merged = _run(vague, exact)
    assert len(merged) == 1 and merged[0].location == "Darnah"


def _extract(text: str) -> list[Event]:
    import datetime as dt

    from marsad.pipeline import extract_text

    return extract_text(text, published=dt.date(2019, 3, 6)).events


def test_follow_up_sentence_with_definite_noun_links_to_the_reported_strike() -> None:
    events = _extract(
        "شنت طائرات حربية روسية غارة جوية على مدينة معرة النعمان في ريف إدلب أمس. "
        "وأسفرت الغارة عن مقتل ستة مدنيين بينهم طفلان."
    )
    strikes = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert len(events) == 1 and len(strikes) == 1
    assert strikes[0].fatalities == 6 and len(strikes[0].evidence_spans) == 2


def test_killing_in_the_attack_adds_its_toll_to_the_earlier_attack() -> None:
    events = _extract(
        "هاجم مسلحون مجهولون حاجزا للجيش قرب مدينة الرمادي أمس. "
        "وقتل في الهجوم أربعة جنود."
    )
    assert len(events) == 1 and events[0].fatalities == 4


def test_definite_noun_at_another_exact_place_is_a_new_event() -> None:
    events = _extract(
        "اندلعت اشتباكات عنيفة بين الجيش والمسلحين في مدينة درعا أمس. "
        "وتواصلت المعارك في مدينة إدلب اليوم."
    )
    assert len([e for e in events if e.sub_event_type == "Armed clash"]) == 2


def test_definite_noun_with_no_earlier_report_is_kept() -> None:
    events = _extract("وأسفر القصف المدفعي على مدينة حلب أمس عن مقتل ثلاثة مدنيين.")
    assert len(events) == 1 and events[0].fatalities == 3


def test_follow_up_naming_the_act_vaguely_joins_the_earlier_strike() -> None:
    events = _extract("قصفت طائرات حربية روسية بلدة كفرنبل في ريف إدلب أمس. وقتل ستة مدنيين جراء القصف.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 6)]


def test_the_bombing_after_a_suicide_attack_is_the_same_attack() -> None:
    events = _extract("فجر انتحاري حزاما ناسفا في سوق مدينة الرمادي أمس. وأسفر التفجير عن مقتل عشرة أشخاص.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Suicide bomb", 10)]


def test_condemned_abduction_is_the_one_reported_days_before() -> None:
    events = _extract(
        "اختطف مسلحون مجهولون الصحافي من منزله في مدينة تعز يوم الأحد. "
        "وأدانت نقابة الصحافيين اليمنيين أمس اختطاف الصحافي."
    )
    assert len([e for e in events if not e.background]) == 1


def test_dead_counted_among_earlier_dead_add_no_event() -> None:
    events = _extract(
        "قتل عشرون مسلحا في اشتباكات مع الجيش في ريف حلب أمس. "
        "وأشار المصدر إلى أن من بين قتلى المسلحين قائدين."
    )
    assert len(events) == 1 and events[0].fatalities == 20


def test_noun_governing_a_definite_object_refers_back_to_the_bombing() -> None:
    events = _extract(
        "انفجرت عبوة ناسفة لدى مرور موكب المحافظ في مدينة عدن أمس. "
        "وقال الحزب في بيان إن استهداف المحافظ في عدن عمل إرهابي."
    )
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_a_number_given_beats_a_toll_read_from_a_bare_death_word() -> None:
    for text in (
        "قتل 12 مدنيا في غارة جوية على مدينة سراقب أمس.\nوأسفرت الغارة على سراقب عن مقتل طفل.",
        "أسفرت غارة جوية على مدينة سراقب أمس عن مقتل طفل.\nوقال ناشطون إن 12 مدنيا قتلوا في الغارة على سراقب.",
    ):
        events = extract_text(text, published=dt.date(2019, 3, 14)).events
        assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 12)]


def test_deaths_added_with_also_in_a_follow_up_are_summed_not_the_lowest() -> None:
    first = "قتل 12 مسلحا من التنظيم خلال هجوم فاشل على مطار عسكري في ريف دير الزور الشرقي أمس.\n"
    added = extract_text(first + "كما أفاد ناشطون بمقتل خمسة من قوات النظام في الاشتباكات.", published=dt.date(2019, 3, 14))
    restated = extract_text(first + "وأفاد ناشطون بمقتل عشرة في الاشتباكات.", published=dt.date(2019, 3, 14))
    assert [e.fatalities for e in added.events] == [17]
    assert [e.fatalities for e in restated.events] == [10]


def test_a_country_level_report_folds_into_a_province_level_one_and_keeps_the_province() -> None:
    merged = _run(
        _event(location="Syria", admin1=None, geo_precision=3),
        _event(location="Idlib", admin1="Idlib", geo_precision=3, evidence_spans=[(50, 60)]),
    )
    assert [(e.location, e.admin1) for e in merged] == [("Idlib", "Idlib")]


def test_a_battle_told_from_each_side_is_one_battle() -> None:
    """"X clashed with Y" and "Y fought X" at one place and day: sides in either order."""
    first = _event(event_type="Battles", sub_event_type="Armed clash", actor1="Islamic State (Syria)", inter1=2,
                   actor2="Syrian Democratic Forces", inter2=2, fatalities=4)
    second = _event(event_type="Battles", sub_event_type="Armed clash", actor1="Syrian Democratic Forces", inter1=2,
                    actor2="Islamic State (Syria)", inter2=2, evidence_spans=[(50, 60)])
    merged = _run(first, second)
    assert len(merged) == 1
    assert (merged[0].actor1, merged[0].actor2, merged[0].fatalities) == (
        "Islamic State (Syria)", "Syrian Democratic Forces", 4)


def test_an_attack_with_the_sides_reversed_stays_a_second_event() -> None:
    """Outside battles the order of sides is who attacked whom: a reprisal is its own event."""
    strike = _event(actor1="Military Forces of Russia (2000-)", actor2="Hayat Tahrir al-Sham", inter2=2)
    reprisal = _event(actor1="Hayat Tahrir al-Sham", inter1=2, actor2="Military Forces of Russia (2000-)", inter2=8,
                      sub_event_type="Shelling/artillery/missile attack", evidence_spans=[(50, 60)])
    reprisal_same_type = _event(actor1="Hayat Tahrir al-Sham", inter1=2, actor2="Military Forces of Russia (2000-)",
                                inter2=8, evidence_spans=[(70, 80)])
    assert len(_run(strike, reprisal)) == 2
    assert len(_run(strike, reprisal_same_type)) == 2
