"""Within-article deduplication: a report repeated in the lead and body is one event."""

import datetime as dt

from support import deduped

from marsad.document import Document, Event, Mention
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


def test_same_strike_reported_twice_merges_and_keeps_both_evidence_spans() -> None:
    merged = deduped(_event(fatalities=0), _event(fatalities=12, evidence_spans=[(50, 60)]))
    assert len(merged) == 1
    assert merged[0].fatalities == 12 and merged[0].evidence_spans == [(0, 10), (50, 60)]


def test_conflicting_tolls_keep_the_lowest_and_the_range() -> None:
    merged = deduped(_event(fatalities=20), _event(fatalities=15, evidence_spans=[(50, 60)]))
    assert merged[0].fatalities == 15
    assert (merged[0].fatalities_low, merged[0].fatalities_high) == (15, 20)


def test_different_places_stay_separate_events() -> None:
    assert len(deduped(_event(location="Saraqib"), _event(location="Ariha"))) == 2


def test_vague_summary_folds_into_the_specific_report() -> None:
    coarse = _event(sub_event_type="Armed clash", event_type="Battles", geo_precision=3, time_precision=2,
                    location="Idlib", evidence_spans=[(0, 5)])
    specific = _event(sub_event_type="Government regains territory", event_type="Battles", geo_precision=1,
                      location="Saraqib", evidence_spans=[(40, 50)])
    merged = deduped(coarse, specific)
    assert len(merged) == 1
    assert merged[0].sub_event_type == "Government regains territory" and merged[0].location == "Saraqib"


def test_country_level_report_folds_into_the_located_one() -> None:
    vague = _event(sub_event_type="Arrests", event_type="Strategic developments", admin1=None,
                   location="Libya", geo_precision=3)
    exact = _event(sub_event_type="Arrests", event_type="Strategic developments", admin1="Darnah",
                   location="Darnah", geo_precision=1, evidence_spans=[(40, 50)])
    merged = deduped(vague, exact)
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


def test_moreover_kama_anna_restates_the_toll_instead_of_adding_to_it() -> None:
    first = "قتل 12 مسلحا من التنظيم خلال هجوم فاشل على مطار عسكري في ريف دير الزور الشرقي أمس.\n"
    moreover = extract_text(first + "كما أن ناشطين أفادوا بمقتل عشرة في الاشتباكات.", published=dt.date(2019, 3, 14))
    assert [e.fatalities for e in moreover.events] == [10]


def test_a_country_level_report_folds_into_a_province_level_one_and_keeps_the_province() -> None:
    merged = deduped(
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
    merged = deduped(first, second)
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
    assert len(deduped(strike, reprisal)) == 2
    assert len(deduped(strike, reprisal_same_type)) == 2


# ---------------------------------------------------------- lead summaries
def _strike(location: str, fatalities: int, start: int, **fields) -> Event:
    return _event(location=location, fatalities=fatalities, evidence_spans=[(start, start + 10)], **fields)


def test_lead_summary_folds_into_the_detailed_strikes_whose_tolls_add_up() -> None:
    summary = _strike("Idlib", 12, 0, geo_precision=3)
    first = _strike("Saraqib", 5, 20, sub_event_type="Shelling/artillery/missile attack")
    second = _strike("Ariha", 7, 40, sub_event_type="Shelling/artillery/missile attack")
    merged = deduped(summary, first, second)
    assert [(e.location, e.fatalities) for e in merged] == [("Saraqib", 5), ("Ariha", 7)]
    assert merged[0].evidence_spans == [(0, 10), (20, 30)]


def test_lead_summary_without_a_toll_folds_into_its_details() -> None:
    summary = _strike("Idlib", 0, 0, geo_precision=3, time_precision=1)
    detail = _strike("Saraqib", 3, 20, sub_event_type="Shelling/artillery/missile attack")
    assert [(e.location, e.fatalities) for e in deduped(summary, detail)] == [("Saraqib", 3)]


def test_summary_toll_below_the_details_sum_keeps_the_summary() -> None:
    summary = _strike("Idlib", 5, 0, geo_precision=3)
    first = _strike("Saraqib", 4, 20, sub_event_type="Shelling/artillery/missile attack")
    second = _strike("Ariha", 3, 40, sub_event_type="Shelling/artillery/missile attack")
    assert len(deduped(summary, first, second)) == 3


def test_summary_of_another_province_side_day_or_kind_of_act_stays_apart() -> None:
    summary = _strike("Idlib", 9, 0, geo_precision=3)
    shelling = {"sub_event_type": "Shelling/artillery/missile attack"}
    for detail in (
        _strike("Kafr Zita", 4, 20, admin1="Hama", **shelling),
        _strike("Saraqib", 4, 20, actor1="Military Forces of Syria (2000-)", **shelling),
        _strike("Saraqib", 4, 20, event_date="2020-01-06", **shelling),
        _strike("Saraqib", 4, 20, sub_event_type="Remote explosive/landmine/IED"),
    ):
        assert len(deduped(summary, detail)) == 2


def test_a_province_report_after_the_town_report_is_no_lead_summary() -> None:
    detail = _strike("Saraqib", 4, 0, sub_event_type="Shelling/artillery/missile attack")
    later = _strike("Idlib", 9, 20, geo_precision=3)
    assert len(deduped(detail, later)) == 2


# ----------------------------------------------------------- named targets
def _named_doc(sentences: list[tuple[str, str]], *events: Event) -> Document:
    """A document of (sentence, trigger word) pairs; the i-th event is told by the i-th sentence."""
    doc = Document(text=" ".join(sentence for sentence, _ in sentences), id="named")
    start = 0
    for (sentence, trigger), event in zip(sentences, events, strict=False):
        at = start + sentence.index(trigger)
        doc.add(Mention(at, at + len(trigger), "trigger", trigger, event.sub_event_type))
        event.evidence_spans, event.trigger = [(start, start + len(sentence))], trigger
        start += len(sentence) + 1
    doc.events = list(events)
    return doc


def _named_run(sentences: list[tuple[str, str]], *events: Event) -> list[Event]:
    doc = _named_doc(sentences, *events)
    dedupe.process(doc)
    return doc.events


def _arrest(**fields) -> Event:
    base = dict(event_type="Strategic developments", sub_event_type="Arrests", actor1="Police Forces of Syria (2000-)",
                inter1=1, actor2="Civilians (Syria)", inter2=7, admin1="Homs", location="Homs", geo_precision=1)
    base.update(fields)
    return _event(**base)


def test_arrest_of_a_named_person_told_twice_with_other_sides_is_one_event() -> None:
    merged = _named_run(
        [("اعتقلت قوات الأمن الناشط سليم الخطيب في مدينة حمص صباح اليوم.", "اعتقلت"),
         ("وقال شقيقه إن اعتقال الخطيب جرى من دون مذكرة قضائية.", "اعتقال")],
        _arrest(), _arrest(actor1="Military Forces of Syria (2000-)", actor2="Unidentified Armed Group (Syria)",
                           sub_event_type="Abduction/forced disappearance", event_type="Violence against civilians"),
    )
    assert len(merged) == 1 and len(merged[0].evidence_spans) == 2
    assert merged[0].actor1 == "Police Forces of Syria (2000-)"


def test_bombing_and_assassination_attempt_on_one_named_minister_are_one_act() -> None:
    merged = _named_run(
        [("استهدف انفجار موكب وزير الداخلية فادي الشامي قرب مدينة طرطوس.", "انفجار"),
         ("وقالت مصادر أمنية إن محاولة اغتيال الشامي نفذها مسلحون.", "اغتيال")],
        _event(sub_event_type="Remote explosive/landmine/IED", actor1="Unidentified Armed Group (Syria)", inter1=3,
               admin1="Tartus", location="Tartus", geo_precision=2),
        _event(event_type="Violence against civilians", sub_event_type="Attack",
               actor1="Unidentified Armed Group (Syria)", inter1=3, actor2="Civilians (Syria)", inter2=7,
               admin1="Tartus", location="Baniyas", geo_precision=1),
    )
    assert len(merged) == 1 and merged[0].location == "Baniyas"


def test_arrests_of_two_different_people_stay_two_events() -> None:
    merged = _named_run(
        [("اعتقلت الشرطة الصحافي نادر العلي في مدينة حمص.", "اعتقلت"),
         ("اعتقلت الشرطة المحامي رامز يوسف في مدينة حمص.", "اعتقلت")],
        _arrest(), _arrest(location="Al Qusayr"),
    )
    assert len(merged) == 2


def test_same_person_in_another_province_or_weeks_apart_stays_apart() -> None:
    sentences = [("اعتقلت قوات الأمن الناشط سليم الخطيب في مدينة حمص.", "اعتقلت"),
                 ("وأعيد اعتقال الخطيب في مدينة أخرى.", "اعتقال")]
    assert len(_named_run(sentences, _arrest(), _arrest(admin1="Hama", location="Hama"))) == 2
    assert len(_named_run(sentences, _arrest(), _arrest(event_date="2020-01-20", location="Al Qusayr"))) == 2


def test_a_speaker_named_in_two_reports_does_not_make_them_one() -> None:
    doc = _named_doc(
        [("وقال المتحدث باسم الجيش كريم الهاشمي إن غارة أصابت مخزنا للأسلحة.", "غارة"),
         ("وأضاف الهاشمي أن غارة ثانية دمرت مركبة قرب البلدة.", "غارة")],
        _event(location="Saraqib"), _event(location="Ariha"),
    )
    for name, after in (("كريم الهاشمي", 0), ("الهاشمي", 60)):
        start = doc.text.index(name, after)
        doc.add(Mention(start, start + len(name), "source", name, name))
    dedupe.process(doc)
    assert len(doc.events) == 2


def test_a_leader_standing_for_a_side_is_no_target() -> None:
    """"قوات صالح" is a catalogue actor: a leader named with the acting side joins nothing."""
    clash = {"event_type": "Battles", "sub_event_type": "Armed clash", "admin1": "Ta`izz"}
    merged = _named_run(
        [("واندلعت معارك بين المقاومة وقوات علي عبدالله صالح في مدينة تعز.", "معارك"),
         ("وقصفت قوات المخلوع صالح أحياء سكنية في المدينة.", "وقصفت")],
        _event(location="Ta'izz", **clash), _event(location="Al Mukha", **clash),
    )
    assert len(merged) == 2


def test_events_split_from_one_sentence_are_never_joined_by_the_name_they_share() -> None:
    sentence = ("اعتقلت قوات الأمن الناشط سليم الخطيب وشقيقه في مدينتي حمص والقصير.", "اعتقلت")
    doc = _named_doc([sentence], _arrest())
    doc.events.append(_arrest(location="Al Qusayr", evidence_spans=list(doc.events[0].evidence_spans),
                              trigger="اعتقلت"))
    dedupe.process(doc)
    assert len(doc.events) == 2


def test_dedupe_rules_are_stored_normalized() -> None:
    from marsad.knowledge.clauses import load_dedupe_rules
    from marsad.text import normalize

    rules = load_dedupe_rules()
    assert all(normalize(word) == word for word in rules.name_stopwords)
    assert all(normalize(name) == name for group in rules.summary_sub_types for name in group)


def test_a_district_report_and_a_town_of_that_district_are_one_clash() -> None:
    """"مواجهات في مديرية X" and "مواجهات في بلدة Y" of district X: both coded at precision 2."""
    clash = {"event_type": "Battles", "sub_event_type": "Armed clash", "admin1": "Ma'rib", "admin2": "Sirwah",
             "geo_precision": 2}
    merged = deduped(_event(location="Sirwah", **clash), _event(location="Suq Sirwah", evidence_spans=[(50, 60)], **clash))
    assert [e.location for e in merged] == ["Suq Sirwah"]
    other_town = _event(location="Al Mahjazah", evidence_spans=[(50, 60)], **clash)
    assert len(deduped(_event(location="Suq Sirwah", **clash), other_town)) == 2


def test_a_follow_up_naming_no_place_finds_the_act_whatever_place_it_inherited() -> None:
    """"وأسفرت المواجهات عن ..." names no place: the province it inherited from context is a guess."""
    clash = _event(event_type="Battles", sub_event_type="Armed clash", admin1="Ma'rib", location="Sirwah")
    follow = _event(event_type="Battles", sub_event_type="Armed clash", admin1="Sa`dah", location="Sa`dah",
                    geo_precision=3, evidence_spans=[(50, 60)])
    assert dedupe.antecedent([clash], follow, generic=False, named_place=False) is clash
    assert dedupe.antecedent([clash], follow, generic=False, named_place=True) is None


def test_strikes_by_one_attacker_on_one_place_and_day_are_one_bombardment_whoever_was_hit() -> None:
    on_group = _event(actor2="Hayat Tahrir al-Sham", inter2=2, location="Saraqib")
    on_civilians = _event(actor2="Civilians (Syria)", inter2=7, location="Saraqib", evidence_spans=[(50, 60)])
    assert len(deduped(on_group, on_civilians)) == 1
    next_day = _event(actor2="Civilians (Syria)", inter2=7, location="Saraqib", event_date="2020-01-03",
                      evidence_spans=[(50, 60)])
    assert len(deduped(on_group, next_day)) == 2


def test_a_bombardment_told_later_that_day_only_roughly_dated_is_the_same_bombardment() -> None:
    """"وأعلن المرصد في وقت لاحق مقتل مدنيين في غارات على X" beside "غارات استهدفت X اليوم"."""
    on_group = _event(actor2="Hayat Tahrir al-Sham", inter2=2, location="Saraqib", time_precision=1)
    later = _event(actor2="Civilians (Syria)", inter2=7, location="Saraqib", time_precision=2,
                   evidence_spans=[(50, 60)])
    [merged] = deduped(on_group, later)
    assert merged.time_precision == 1
    both_rough = _event(actor2="Hayat Tahrir al-Sham", inter2=2, location="Saraqib", time_precision=2)
    assert len(deduped(both_rough, later)) == 2


def test_a_sentence_naming_a_town_and_its_province_gives_one_event() -> None:
    """"في بلدة X بمحافظة Y": the province-level event of the same sentence is the town's container."""
    town = _event(location="Saraqib", geo_precision=1, time_precision=1)
    province = _event(location="Idlib", geo_precision=3, time_precision=1)
    assert [e.location for e in deduped(town, province)] == ["Saraqib"]
    other_town = _event(location="Ariha", geo_precision=1, time_precision=1)
    assert len(deduped(town, other_town)) == 2


def test_the_second_pass_joins_events_that_each_absorbed_part_of_one_sentence() -> None:
    """After the first pass the city event and the province event share a sentence but
    different other reports; the vaguer province report now folds into the city one."""
    city = _event(location="Sa'dah", admin1="Sa`dah", geo_precision=1, time_precision=2, fatalities=2,
                  evidence_spans=[(0, 10), (40, 50)])
    province = _event(location="Sa`dah", admin1="Sa`dah", geo_precision=3, time_precision=2,
                      evidence_spans=[(0, 10), (20, 30)])
    other = _event(location="Razih", admin1="Sa`dah", geo_precision=1, time_precision=1, event_date="2020-01-05",
                   evidence_spans=[(60, 70)])
    doc = Document(text="x" * 100, id="settle")
    settled = dedupe.settle(doc, [city, province, other])
    assert settled == [city, other]
    assert city.evidence_spans == [(0, 10), (20, 30), (40, 50)] and city.fatalities == 2


# ------------------------------------------------- reactions, subsets, new acts
def test_a_condemnation_after_a_long_subject_is_the_attack_told_before() -> None:
    """The place named before the act's noun is where the speaker was, not a new place."""
    events = _extract(
        "انفجرت سيارة مفخخة في سوق شعبي بمدينة الباب شمال حلب أمس، ما أسفر عن مقتل 12 شخصا. "
        "وسرعان ما ندد وزير الخارجية الفرنسي خلال زيارته إلى العاصمة الأردنية عمان بـ«هجوم إرهابي» "
        "وطالب بمحاسبة المسؤولين."
    )
    assert len(events) == 1
    assert events[0].fatalities == 12 and len(events[0].evidence_spans) == 2


def test_victims_counted_from_those_told_before_add_no_event_or_toll() -> None:
    events = _extract(
        "قتل خمسة مدنيين في قصف مدفعي عشوائي على الأحياء السكنية في مدينة حماة أمس. "
        "وقالت مصادر طبية إن ثلاثة من هؤلاء الضحايا قتلوا جراء سقوط قذيفة على سوق شعبي في حي الحاضر بحماة."
    )
    assert len(events) == 1 and events[0].fatalities == 5


def test_another_attack_after_the_bombing_is_a_second_event() -> None:
    events = _extract(
        "انفجرت عبوة ناسفة في سوق مدينة الباب شمال حلب أمس وقتل فيها ثلاثة مدنيين. "
        "وبعد هذا التفجير في مدينة الباب بساعة، استهدف هجوم آخر بعبوة ناسفة حاجزا للشرطة."
    )
    assert len(events) == 2 and sorted(e.fatalities for e in events) == [0, 3]


def test_another_needs_to_agree_with_the_noun_else_it_means_last() -> None:
    """"هجوم آخر" is a further act; "استعادة آخر معاقل" is retaking the last strongholds."""
    told = [("شنت القوات هجوما على بلدة الحويجة أمس.", "هجوما"),
            ("وتواصل القوات عملية استعادة آخر معاقل التنظيم في الحويجة.", "استعادة")]
    doc = _named_doc(told, _event(), _event(evidence_spans=[(50, 60)]))
    assert dedupe.follow_up(doc, doc.events[1]) is None
    told[1] = ("وشنت القوات هجوم آخر على بلدة الرياض المجاورة.", "هجوم")
    doc = _named_doc(told, _event(), _event(evidence_spans=[(50, 60)]))
    assert dedupe.follow_up(doc, doc.events[1]) == "new"


# ----------------------------------------------- protests, interceptions, headlines
def _laid_out(told: list[tuple[str, str]], *events: Event) -> Document:
    """A document of one-sentence paragraphs, each telling the event at the same position."""
    from marsad.document import Sentence

    doc = _named_doc(told, *events)
    doc.text = "\n".join(sentence for sentence, _ in told)
    start = 0
    for index, (sentence, _) in enumerate(told):
        doc.sentences.append(Sentence(start, start + len(sentence), index, index))
        start += len(sentence) + 1
    return doc


def _protest(**fields) -> Event:
    base = dict(event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Kenya)", inter1=6,
                country="Kenya", admin1="Nairobi", location="Nairobi")
    base.update(fields)
    return _event(**base)


def _police_act(**fields) -> Event:
    base = dict(event_type="Violence against civilians", sub_event_type="Attack",
                actor1="Police Forces of Kenya (2013-)", inter1=1, actor2="Civilians (Kenya)", inter2=7,
                country="Kenya", admin1="Nairobi", location="Nairobi")
    base.update(fields)
    return _event(**base)


MARCH = ("تظاهر مئات الطلاب أمام مبنى البرلمان في نيروبي صباح الثلاثاء.", "تظاهر")
SHOT = ("وقتلت الشرطة طالبين بالرصاص الحي خلال تفريق المسيرة.", "وقتلت")
QUIET = ("وقال وزير التعليم إن الجامعات ستبقى مفتوحة.", "وقال")


def _laid_out_run(told: list[tuple[str, str]], *events: Event) -> list[Event]:
    doc = _laid_out(told, *events)
    dedupe.process(doc)
    return doc.events


def test_a_protest_and_the_police_killing_marchers_in_the_next_sentence_are_one_excessive_force_event() -> None:
    merged = _laid_out_run([MARCH, SHOT], _protest(), _police_act(fatalities=2))
    assert len(merged) == 1
    event = merged[0]
    assert (event.event_type, event.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert event.actor1 == "Protesters (Kenya)" and event.actor2 == "Police Forces of Kenya (2013-)"
    assert event.inter2 == 1 and event.fatalities == 2 and len(event.evidence_spans) == 2


def test_arrests_at_the_protest_make_it_a_protest_with_intervention() -> None:
    arrests = _police_act(event_type="Strategic developments", sub_event_type="Arrests")
    merged = _laid_out_run([MARCH, ("واعتقلت الشرطة عشرين طالبا في محيط البرلمان.", "واعتقلت")], _protest(), arrests)
    assert [(e.sub_event_type, e.actor2) for e in merged] == [
        ("Protest with intervention", "Police Forces of Kenya (2013-)")
    ]


def test_a_riot_report_of_the_same_protest_makes_it_a_violent_demonstration_with_the_toll() -> None:
    riot = _protest(event_type="Riots", sub_event_type="Violent demonstration", actor1="Rioters (Kenya)", inter1=5,
                    actor2="Police Forces of Kenya (2013-)", inter2=1)
    burnt = ("وأحرق المحتجون إطارات السيارات ورشقوا الشرطة بالحجارة.", "وأحرق")
    merged = _laid_out_run([MARCH, SHOT, burnt], _protest(), _police_act(fatalities=2), riot)
    assert [(e.event_type, e.actor1, e.fatalities) for e in merged] == [("Riots", "Rioters (Kenya)", 2)]


def test_acts_near_a_protest_stay_apart_when_far_away_elsewhere_or_by_an_armed_group() -> None:
    statement = _event(event_type="Strategic developments", sub_event_type="Other", country="Kenya",
                       admin1="Nairobi", location="Nairobi")
    assert len(_laid_out_run([MARCH, QUIET, SHOT], _protest(), statement, _police_act())) == 3
    assert len(_laid_out_run([MARCH, SHOT], _protest(), _police_act(location="Kisumu", admin1="Kisumu"))) == 2
    for killers in (dict(actor1="Al Shabaab", inter1=2), dict(actor1="Unidentified Armed Group (Kenya)", inter1=3)):
        assert len(_laid_out_run([MARCH, SHOT], _protest(), _police_act(**killers))) == 2


def test_the_missiles_an_interception_stopped_are_not_a_missile_attack_by_the_interceptor() -> None:
    told = ("أعلن الجيش أن دفاعاته الجوية اعترضت 3 صواريخ أطلقت من القطاع باتجاه مدينة عسقلان.", "اعترضت")
    israel = dict(actor1="Military Forces of Israel (2022-)", inter1=8, country="Israel", admin1="Southern",
                  location="Ashkelon")
    interception = _event(event_type="Strategic developments", sub_event_type="Disrupted weapons use", **israel)
    flipped = _event(sub_event_type="Shelling/artillery/missile attack", actor2="Hamas Movement", inter2=2,
                     **israel)
    doc = _laid_out([told], interception, flipped)
    flipped.evidence_spans, flipped.trigger = list(interception.evidence_spans), "صواريخ"
    start = told[0].index("صواريخ")
    doc.add(Mention(start, start + len("صواريخ"), "trigger", "صواريخ", flipped.sub_event_type))
    dedupe.process(doc)
    assert [(e.sub_event_type, e.actor2) for e in doc.events] == [("Disrupted weapons use", "Hamas Movement")]


def test_a_counter_strike_by_the_interceptor_later_in_the_sentence_stays_an_event() -> None:
    told = ("اعترضت الدفاعات الجوية صاروخين فوق المدينة، وبعد ساعة من ذلك قصفت المدفعية منصات الإطلاق.", "اعترضت")
    side = dict(actor1="Military Forces of Israel (2022-)", inter1=8, country="Israel", admin1="Southern",
                location="Ashkelon")
    interception = _event(event_type="Strategic developments", sub_event_type="Disrupted weapons use", **side)
    strike = _event(sub_event_type="Shelling/artillery/missile attack", actor2="Hamas Movement", inter2=2, **side)
    doc = _laid_out([told], interception, strike)
    strike.evidence_spans, strike.trigger = list(interception.evidence_spans), "قصفت"
    start = told[0].index("قصفت")
    doc.add(Mention(start, start + len("قصفت"), "trigger", "قصفت", strike.sub_event_type))
    dedupe.process(doc)
    assert len(doc.events) == 2


def test_a_headline_with_the_sides_reversed_is_the_body_event_with_the_body_sides() -> None:
    russia, rebels = "Military Forces of Russia (2000-)", "Opposition Rebels (Syria)"
    headline = ("غارة روسية على بلدة كفرنبل", "غارة")
    body = ("وشنت طائرات حربية روسية غارة على بلدة كفرنبل في ريف إدلب أمس.", "وشنت")
    reversed_ = _event(actor1=rebels, inter1=2, actor2=russia, inter2=8)
    merged = _laid_out_run([headline, body], reversed_, _event(actor2=rebels, inter2=2))
    assert [(e.actor1, e.actor2) for e in merged] == [(russia, rebels)]
    assert len(merged[0].evidence_spans) == 2


def test_two_body_sentences_with_the_sides_reversed_stay_two_events() -> None:
    russia, rebels = "Military Forces of Russia (2000-)", "Opposition Rebels (Syria)"
    told = [("وقصفت الفصائل مواقع القوات الروسية قرب بلدة كفرنبل.", "وقصفت"),
            ("وشنت طائرات حربية روسية غارة على بلدة كفرنبل في ريف إدلب أمس.", "وشنت")]
    reversed_ = _event(actor1=rebels, inter1=2, actor2=russia, inter2=8)
    assert len(_laid_out_run(told, reversed_, _event(actor2=rebels, inter2=2))) == 2


def test_new_dedupe_rules_are_stored_normalized_and_name_real_sub_types() -> None:
    from marsad.knowledge.clauses import load_dedupe_rules
    from marsad.knowledge.triggers import SUB_TO_TYPE
    from marsad.text import normalize

    rules = load_dedupe_rules()
    assert all(normalize(m) == m for m in rules.subset_markers)
    assert all(normalize(w) == w for words in rules.new_act_words.values() for w in words)
    assert all(normalize(w) == w for w in rules.reaction_words)
    assert all(name in SUB_TO_TYPE for name in (*rules.protest_ranks, *rules.protest_acts,
                                                *rules.protest_acts.values()))


def test_an_arrest_the_crowd_protests_against_is_not_the_force_dispersing_it() -> None:
    told = ("اعتصم حراس المسجد أمام مركز الشرطة في نيروبي احتجاجا على اعتقال زملائهم.", "اعتصم")
    arrests = _police_act(event_type="Strategic developments", sub_event_type="Arrests")
    doc = _laid_out([told], _protest(), arrests)
    arrests.evidence_spans, arrests.trigger = list(doc.events[0].evidence_spans), "اعتقال"
    start = told[0].index("اعتقال")
    doc.add(Mention(start, start + len("اعتقال"), "trigger", "اعتقال", "Arrests"))
    dedupe.process(doc)
    assert [e.sub_event_type for e in doc.events] == ["Peaceful protest", "Arrests"]


def test_two_reports_of_the_further_bombing_are_one_event_apart_from_the_first() -> None:
    told = [("انفجرت عبوة ناسفة في سوق البلدة صباح اليوم.", "عبوة"),
            ("وبعد ساعة استهدف تفجير آخر حاجزا للشرطة عند مدخل البلدة.", "تفجير"),
            ("وقال شهود إن تفجير آخر هز المكان قرب الحاجز.", "تفجير")]
    bomb = dict(sub_event_type="Remote explosive/landmine/IED", actor1=None, inter1=0)
    merged = _named_run(told, _event(**bomb), _event(**bomb), _event(**bomb))
    assert [len(e.evidence_spans) for e in merged] == [1, 2]


def test_a_condemnation_of_a_kidnapping_is_not_the_bombing_told_before() -> None:
    told = [("انفجرت عبوة ناسفة قرب مقر البعثة في المدينة أمس.", "عبوة"),
            ("وأدان المبعوث الأممي في تصريح صحفي عقب لقائه بوزير الخارجية في روما اختطاف الموظفين.", "اختطاف")]
    kidnap = _event(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance")
    merged = _named_run(told, _event(sub_event_type="Remote explosive/landmine/IED"), kidnap)
    assert len(merged) == 2


def test_a_reaction_keeps_the_toll_of_the_act_it_names() -> None:
    events = _extract(
        "قتل 15 شخصا في تفجير انتحاري استهدف مسجدا في مدينة أبها أمس. "
        "وأدانت الحكومة التفجير الانتحاري الذي قتل فيه مصل واحد على الأقل."
    )
    assert [e.fatalities for e in events] == [15]


# ------------------------------------------------- misread sides, handovers, references
def _battle(**fields) -> Event:
    base = dict(event_type="Battles", sub_event_type="Non-state actor overtakes territory", actor1="Islamic State (Syria)",
                inter1=2, actor2="Civilians (Syria)", inter2=7, location="Manbij", admin1="Aleppo", geo_precision=1)
    base.update(fields)
    return _event(**base)


def test_raid_read_as_a_town_taken_from_civilians_is_the_abduction_told_with_it() -> None:
    raid = _battle()
    abduction = _event(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance",
                       actor1="Islamic State (Syria)", inter1=2, actor2="Civilians (Syria)", inter2=7,
                       location="Manbij", admin1="Aleppo")
    merged = deduped(raid, abduction)
    assert [e.sub_event_type for e in merged] == ["Abduction/forced disappearance"]


def test_clash_with_an_armed_side_next_to_an_attack_on_civilians_stays_two_events() -> None:
    clash = _battle(sub_event_type="Armed clash", actor2="Free Syrian Army", inter2=2)
    attack = _event(event_type="Violence against civilians", sub_event_type="Attack", actor1="Islamic State (Syria)",
                    inter1=2, actor2="Civilians (Syria)", inter2=7, location="Manbij", admin1="Aleppo",
                    evidence_spans=[(12, 20)])
    assert len(deduped(clash, attack)) == 2


def test_multi_day_toll_with_civilian_victims_joins_the_clash_at_that_town() -> None:
    clash = _battle(sub_event_type="Armed clash", actor1="Military Forces of Libya (2016-2021)", inter1=1,
                    actor2="Opposition Rebels (Libya)", inter2=2, country="Libya", location="Misrata", admin1="Misrata")
    toll = _battle(sub_event_type="Armed clash", actor1="Unidentified Armed Group (Libya)", inter1=3,
                   actor2="Civilians (Libya)", country="Libya", location="Misrata", admin1="Misrata",
                   event_date="2020-01-05", time_precision=2, fatalities=22, evidence_spans=[(50, 60)])
    merged = deduped(clash, toll)
    assert len(merged) == 1 and merged[0].fatalities == 22
    assert merged[0].actor2 == "Opposition Rebels (Libya)"


def test_takeover_led_by_either_ally_is_one_takeover() -> None:
    first = _battle(actor1="Military Forces of Turkey (2016-)", inter1=8, assoc_actor_1="Free Syrian Army",
                    actor2="YPG: People's Protection Units", inter2=2)
    second = _battle(actor1="Free Syrian Army", assoc_actor_1="Military Forces of Turkey (2016-)",
                     actor2="YPG: People's Protection Units", inter2=2, evidence_spans=[(50, 60)])
    assert len(deduped(first, second)) == 1


def test_loser_withdrawing_from_the_town_taken_that_day_is_the_takeover() -> None:
    takeover = _battle(sub_event_type="Government regains territory", actor1="Military Forces of Syria (2000-)",
                       inter1=1, actor2="Islamic State (Syria)", inter2=2)
    withdrawal = _event(event_type="Strategic developments", sub_event_type="Non-violent transfer of territory",
                        actor1="Islamic State (Syria)", inter1=2, actor2=None, inter2=0, location="Manbij",
                        admin1="Aleppo", time_precision=2, evidence_spans=[(50, 60)])
    merged = deduped(takeover, withdrawal)
    assert len(merged) == 1 and merged[0].sub_event_type == "Government regains territory"
    assert merged[0].actor1 == "Military Forces of Syria (2000-)"


def test_withdrawal_from_another_town_is_its_own_event() -> None:
    takeover = _battle(sub_event_type="Government regains territory", actor1="Military Forces of Syria (2000-)",
                       inter1=1, actor2="Islamic State (Syria)", inter2=2)
    withdrawal = _event(event_type="Strategic developments", sub_event_type="Non-violent transfer of territory",
                        actor1="Islamic State (Syria)", inter1=2, actor2=None, inter2=0, location="Jarabulus",
                        admin1="Aleppo", evidence_spans=[(50, 60)])
    assert len(deduped(takeover, withdrawal)) == 2


def test_lead_naming_the_recent_clashes_folds_into_the_body_report_of_them() -> None:
    events = _extract(
        "توعد وزير الدفاع بالرد بقوة على الفصائل المسلحة بعد الاشتباكات الأخيرة في مدينة الزاوية. "
        "وكانت مواجهات عنيفة قد اندلعت الأحد بين قوات الجيش الليبي ومسلحين في مدينة الزاوية قتل فيها خمسة جنود."
    )
    assert len(events) == 1
    assert events[0].fatalities == 5 and events[0].event_date == "2019-03-03" and len(events[0].evidence_spans) == 2


def test_killing_said_to_come_from_an_ambush_re_describes_the_killing_told_before() -> None:
    from marsad.pipeline import STAGES, Pipeline

    doc = Document(
        text="قتل مقاتلون من المعارضة 11 عنصرا من قوات النظام السوري في ريف حماة الشمالي يوم الاثنين. "
             "وقال قيادي في المعارضة إن قتل عناصر النظام جاء إثر عملية كمين نصبها المقاتلون ليلا.",
        id="d", published=dt.date(2019, 3, 6),
    )
    Pipeline([stage for stage in STAGES if stage.name != "dedupe"])(doc)
    assert len(doc.events) == 2
    assert dedupe.follow_up(doc, doc.events[1]) == "generic"
