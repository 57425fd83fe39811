"""Within-article deduplication: a report repeated in the lead and body is one event."""

from marsad.document import Document, Event
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
