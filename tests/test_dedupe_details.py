"""A vague lead and the body's dated details of one act, and a killing misread as a battle, are one event."""

import datetime as dt

from marsad.document import Document, Event, Mention, Sentence
from marsad.pipeline import extract_text
from marsad.stages import dedupe

STRIKE_STORY = (
    "أعلن الجيش الأمريكي أن قياديا بارزا في حركة الشباب قتل مع أربعة مسلحين في غارة أمريكية في الصومال.\n"
    "وقال الجيش في بيان إن العملية التي نفذت في 3 سبتمبر في إقليم جوبا السفلى أدت إلى مقتل القيادي.\n"
    "وأضاف البيان أن القيادي أحد خمسة مسلحين قتلوا في الغارة."
)


def test_vague_lead_strike_and_body_follow_ups_dated_earlier_are_one_strike() -> None:
    events = extract_text(STRIKE_STORY, published=dt.date(2019, 9, 20)).events
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
    assert strikes[0].event_date == "2019-09-03" and strikes[0].time_precision == 1
    assert strikes[0].admin1 is not None  # the body's province, not the lead's country


def _event(**fields) -> Event:
    base = dict(
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", event_date="2019-09-03",
        time_precision=1, actor1="Military Forces of the United States (2017-2021)", inter1=8,
        actor2="Al Shabaab", inter2=2, country="Somalia", admin1="Jubbada Hoose", location="Jubbada Hoose",
        geo_precision=3,
    )
    base.update(fields)
    return Event(**base)


def test_lead_dated_only_roughly_links_to_a_follow_up_dated_earlier_within_a_month() -> None:
    lead = _event(event_date="2019-09-20", time_precision=2, admin1=None, location="Somalia")
    assert dedupe.antecedent([lead], _event(), generic=False) is lead
    assert dedupe.antecedent([lead], _event(event_date="2019-07-01"), generic=False) is None
    assert dedupe.antecedent([lead], _event(event_date="2019-10-05"), generic=False) is None  # after the news


def test_lead_at_a_province_keeps_the_week_rule() -> None:
    lead = _event(event_date="2019-09-20", time_precision=2)
    assert dedupe.antecedent([lead], _event(), generic=False) is None


def _killing_doc(battle_word: str) -> tuple[Document, Event, Event]:
    """A strike in sentence 0 and, in sentence 1, a battle read from `battle_word` between its sides."""
    text = "غارة " + "x" * 5 + "\n" + battle_word + " " + "y" * 5
    doc = Document(text=text, id="d")
    cut = text.index("\n")
    doc.sentences = [Sentence(0, cut, 0, 0), Sentence(cut + 1, len(text), 1, 1)]
    doc.add(Mention(0, 4, "trigger", "غارة", attrs={"voice": "noun"}))
    start = cut + 1
    killing = battle_word in ("مقتل",)
    doc.add(Mention(start, start + len(battle_word), "trigger", battle_word,
                    attrs={"voice": "noun", "generic_killing": killing}))
    strike = _event(evidence_spans=[(0, cut)], trigger="غارة", fatalities=3)
    battle = _event(event_type="Battles", sub_event_type="Armed clash", actor1="Al Shabaab", inter1=2,
                    actor2="Military Forces of the United States (2017-2021)", inter2=8,
                    evidence_spans=[(start, len(text))], trigger=battle_word)
    return doc, strike, battle


def test_battle_read_only_from_a_death_word_between_a_strikes_sides_is_that_strike() -> None:
    doc, strike, battle = _killing_doc("مقتل")
    folded = dedupe.fold_killing_battles(dedupe.Layout.of(doc), [battle, strike])
    assert folded == [strike]
    assert strike.fatalities == 3 and len(strike.evidence_spans) == 2


def test_battle_told_with_a_fighting_word_stays_a_battle_next_to_a_strike() -> None:
    doc, strike, battle = _killing_doc("اشتباكات")
    folded = dedupe.fold_killing_battles(dedupe.Layout.of(doc), [battle, strike])
    assert folded == [battle, strike]


def test_death_word_battle_between_other_sides_stays_apart() -> None:
    doc, strike, battle = _killing_doc("مقتل")
    battle.actor1 = "Military Forces of Somalia (2017-)"
    folded = dedupe.fold_killing_battles(dedupe.Layout.of(doc), [battle, strike])
    assert len(folded) == 2


def _unnamed_target(doc: Document, strike: Event, battle: Event, lead_first: bool) -> list[Event]:
    strike.actor2 = "Unidentified Armed Group (Somalia)"
    sides = (strike.actor1, strike.actor2) if lead_first else (strike.actor2, strike.actor1)
    battle.actor1, battle.actor2 = sides
    return dedupe.fold_killing_battles(dedupe.Layout.of(doc), [battle, strike])


def test_death_word_battle_with_an_unnamed_target_is_the_strike_on_it() -> None:
    doc, strike, battle = _killing_doc("مقتل")
    assert _unnamed_target(doc, strike, battle, lead_first=True) == [strike]


def test_death_word_battle_led_by_the_unnamed_side_counts_other_dead() -> None:
    doc, strike, battle = _killing_doc("مقتل")  # "قتل جندي" of the striking army: not the strike's dead
    assert len(_unnamed_target(doc, strike, battle, lead_first=False)) == 2


def test_death_word_battle_beside_a_strike_by_an_unnamed_attacker_stays_apart() -> None:
    doc, strike, battle = _killing_doc("مقتل")
    strike.actor1 = battle.actor1 = "Unidentified Armed Group (Somalia)"
    battle.actor2 = strike.actor2
    folded = dedupe.fold_killing_battles(dedupe.Layout.of(doc), [battle, strike])
    assert len(folded) == 2


BLAST = "انفجرت عبوة ناسفة في سوق بلدة الميادين صباح الخميس ما أدى إلى مقتل 12 مدنيا.\n"


def test_another_sources_bare_toll_is_the_blasts_toll_not_a_new_event() -> None:
    text = BLAST + "وأكدت قناة محلية سقوط نحو 9 قتلى وإصابة 15 آخرين في حصيلة أولية."
    events = extract_text(text, published=dt.date(2019, 9, 20)).events
    assert len(events) == 1
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"
    assert events[0].fatalities == 9 and len(events[0].evidence_spans) == 2  # the lowest count, as ACLED


def test_bare_toll_at_another_town_stays_its_own_event() -> None:
    text = BLAST + "وأكدت قناة محلية سقوط نحو 9 قتلى وإصابة 15 آخرين في مدينة الرقة."
    events = extract_text(text, published=dt.date(2019, 9, 20)).events
    assert len(events) == 2 and events[0].fatalities == 12


def test_talks_after_a_truce_stay_talks_and_lend_the_truce_no_place() -> None:
    truce = _event(event_type="Strategic developments", sub_event_type="Agreement", location="Hama",
                   admin1="Hama", event_date="2019-09-18")
    talks = _event(event_type="Strategic developments", sub_event_type="Other", location="Hama airport",
                   admin1="Hama", geo_precision=1, event_date="2019-09-20", time_precision=2)
    assert dedupe.antecedent([truce], talks, generic=False) is None
    assert not dedupe.same_event(truce, talks)
    arrest = _event(event_type="Strategic developments", sub_event_type="Arrests", location="Hama", admin1="Hama")
    assert dedupe.antecedent([arrest], _event(event_type="Strategic developments", sub_event_type="Arrests",
                                              admin1="Hama", location="Hama"), generic=False) is arrest


def test_merger_split_by_province_in_one_sentence_is_one_event() -> None:
    fields = dict(event_type="Strategic developments", sub_event_type="Change to group/activity",
                  actor1="Opposition Rebels (Syria)", inter1=2, actor2=None, inter2=0,
                  evidence_spans=[(0, 90)], event_date="2019-09-01")
    copies = [_event(admin1=p, location=p, **fields) for p in ("Idlib", "Hama", "Aleppo")]
    assert [e.location for e in dedupe.join_single_acts(copies)] == ["Idlib"]


def test_acts_of_other_kinds_told_at_several_provinces_stay_one_per_province() -> None:
    fields = dict(event_type="Strategic developments", sub_event_type="Headquarters or base established",
                  evidence_spans=[(0, 90)])
    copies = [_event(admin1=p, location=p, **fields) for p in ("Idlib", "Hama")]
    assert len(dedupe.join_single_acts(copies)) == 2
    merger = dict(fields, sub_event_type="Change to group/activity")
    other_sentence = [_event(**merger), _event(**dict(merger, evidence_spans=[(91, 150)]), admin1="Hama")]
    assert len(dedupe.join_single_acts(other_sentence)) == 2


def test_bare_toll_dated_to_another_day_is_that_days_event() -> None:
    text = ("اندلعت اشتباكات عنيفة بين الجيش والمسلحين في بلدة الميادين يوم الخميس.\n"
            "وكانت مصادر قد أكدت يوم الثلاثاء مقتل 6 جنود في الميادين.")
    events = extract_text(text, published=dt.date(2019, 9, 20)).events
    assert len([e for e in events if e.fatalities == 6]) == 1 and len(events) == 2


def test_recalled_blast_coded_twice_in_one_sentence_is_one_recalled_event() -> None:
    doc = Document(text="x" * 30, id="d")
    doc.sentences = [Sentence(0, 30, 0, 0)]
    bomb = _event(sub_event_type="Suicide bomb", evidence_spans=[(0, 30)], background=True, actor1="Islamic State")
    attack = _event(event_type="Violence against civilians", sub_event_type="Attack", evidence_spans=[(0, 30)],
                    background=True, actor1="Unidentified Armed Group (Syria)", fatalities=1)
    joined = dedupe.join_incidents(dedupe.Layout.of(doc), [attack, bomb])
    assert [e.sub_event_type for e in joined] == ["Suicide bomb"] and joined[0].fatalities == 1
    news = _event(event_type="Violence against civilians", sub_event_type="Attack", evidence_spans=[(0, 30)])
    assert len(dedupe.join_incidents(dedupe.Layout.of(doc), [news, bomb])) == 2  # a recalled act is not today's


FILLER = (
    "وقال شهود إن السوق كان مزدحما بالمتسوقين.\n"
    "وهرعت سيارات الإسعاف إلى المكان.\n"
    "وأغلقت السلطات الطرق المؤدية إلى السوق.\n"
)


def test_a_later_bare_toll_giving_the_acts_own_count_is_that_act() -> None:
    text = BLAST + FILLER + "من جهتها، أكدت وزارة الصحة أن هناك 12 قتيلا."
    events = extract_text(text, published=dt.date(2019, 9, 20)).events
    assert len(events) == 1 and events[0].fatalities == 12


def test_a_far_bare_toll_with_a_count_of_its_own_stays_apart() -> None:
    text = BLAST + FILLER + "من جهتها، أكدت وزارة الصحة أن هناك 9 قتلى."
    events = extract_text(text, published=dt.date(2019, 9, 20)).events
    assert len(events) == 2


VAC = "Violence against civilians"


def _retold(second_trigger: str, second_attrs: dict) -> tuple[Document, Event, Event]:
    """An attack on a camp killing ten told twice in adjacent sentences, read as two sub-types."""
    first_text = "قتل عشرة جنود في هجوم على معسكر للجيش."
    second_text = f"وقال مصدر إن المعسكر تعرض {second_trigger} خلف عشرة قتلى."
    text = f"{first_text}\n{second_text}"
    doc = Document(text=text, id="d")
    second_start = len(first_text) + 1
    doc.sentences = [Sentence(0, len(first_text), 0, 0), Sentence(second_start, len(text), 1, 1)]
    events = []
    for start, end, word, attrs, sub_type, event_type, victim in (
        (0, len(first_text), "قتل", {"generic_killing": True}, "Armed clash", "Battles", "Military Forces of Mali"),
        (second_start, len(text), second_trigger, second_attrs, "Attack", VAC, "Civilians (Mali)"),
    ):
        at = text.index(word, start)
        doc.add(Mention(at, at + len(word), "trigger", word, attrs=attrs))
        events.append(_event(event_type=event_type, sub_event_type=sub_type, actor1="Unidentified Armed Group (Mali)",
                             actor2=victim, country="Mali", admin1="Tombouctou", location="Timbuktu",
                             geo_precision=1, fatalities=10, trigger=word, evidence_spans=[(start, end)]))
    return doc, events[0], events[1]


def test_an_equal_toll_retold_with_a_bare_attack_noun_is_the_act_told_before() -> None:
    doc, first, later = _retold("لهجوم", {"generic_attack": True})
    assert dedupe.fold_equal_tolls(dedupe.Layout.of(doc), [first, later]) == [first]
    assert first.sub_event_type == "Armed clash" and first.fatalities == 10


def test_an_equal_toll_of_two_named_kinds_stays_two_acts() -> None:
    doc, first, later = _retold("لتفجير", {})
    doc.mentions["trigger"][0].attrs["generic_killing"] = False
    assert len(dedupe.fold_equal_tolls(dedupe.Layout.of(doc), [first, later])) == 2


def test_a_retelling_that_names_the_kind_gives_the_merged_act_its_kind() -> None:
    doc, first, later = _retold("لتفجير", {})
    assert dedupe.fold_equal_tolls(dedupe.Layout.of(doc), [first, later]) == [first]
    assert (first.event_type, first.sub_event_type) == (VAC, "Attack")


def test_a_retelling_giving_both_counts_is_one_act_with_the_larger_toll() -> None:
    # one report read "54 قتيلا بينهم 28 مدنيا" as 54, its retelling as 28
    first_text = "قتل 54 شخصا بينهم 28 مدنيا في غارة على بلدة السوسة."
    second_text = "وقال المرصد إن 54 شخصا بينهم 28 مدنيا قتلوا في غارة على السوسة."
    text = f"{first_text}\n{second_text}"
    doc = Document(text=text, id="d")
    second_start = len(first_text) + 1
    doc.sentences = [Sentence(0, len(first_text), 0, 0), Sentence(second_start, len(text), 1, 1)]
    for start, roles in ((0, ("killed", "killed")), (second_start, (None, "killed"))):
        for value, role in zip((54, 28), roles, strict=True):
            at = text.index(str(value), start)
            doc.add(Mention(at, at + 2, "number", str(value), value=value, attrs={"role": role}))
    first, later = (
        _event(location="As Susah", admin1="Deir ez-Zor", country="Syria", geo_precision=1, fatalities=toll,
               fatalities_text=f"{toll} x", actor1=actor1, evidence_spans=[span])
        for toll, actor1, span in (
            (54, "Military Forces of Syria (2000-)", (0, len(first_text))),
            (28, "Global Coalition Against Daesh", (second_start, len(text))),
        )
    )
    assert dedupe.fold_equal_tolls(dedupe.Layout.of(doc), [first, later]) == [first]
    assert first.fatalities == 54


def test_retellings_with_counts_of_their_own_stay_apart() -> None:
    doc, first, later = _retold("لتفجير", {})
    later.sub_event_type = first.sub_event_type
    later.fatalities = 4
    assert len(dedupe.fold_equal_tolls(dedupe.Layout.of(doc), [first, later])) == 2


def test_a_further_blast_only_feared_does_not_make_the_report_another_act() -> None:
    text = (
        "قالت وزارة الداخلية إن الانفجار الذي هز بلدة سروج أمس عمل إرهابي.\n"
        "وأفاد مراسل بأن انتحاريين اثنين دخلا إلى المركز الثقافي وفجرا نفسيهما، "
        "وأن السلطات أغلقت المحال التجارية في مدينة سروج تخوفا من انفجارات ثانية."
    )
    events = extract_text(text, published=dt.date(2015, 7, 21)).events
    assert len(events) == 1
