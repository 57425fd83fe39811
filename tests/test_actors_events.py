"""Actors as event fields: naming by the event's country, claims, conventions of ACLED coding."""

from __future__ import annotations

import datetime as dt
import re

from support import two_sentence_actor_doc

from marsad.document import Document, Event, Mention, Sentence
from marsad.knowledge.actors import (
    force_kind,
    generic_actor,
    relocate,
    resolve_actor,
    validate_catalogue,
    validate_word_lists,
)
from marsad.stages import actors as stage
from marsad.stages import events as events_stage
from marsad.stages import numbers

DAY = dt.date(2018, 8, 1)


def _doc(text: str, country: str = "SY", published: dt.date = DAY) -> Document:
    doc = Document(text=text, published=published)
    doc.country_hint = country
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    stage.process(doc)
    return doc


def _two_sentences(text: str, country: str, published: dt.date = DAY) -> tuple[Document, int]:
    return two_sentence_actor_doc(text, country, published)


def _roles(text: str, trigger: str, voice: str, country: str = "SY") -> tuple[str | None, ...]:
    doc = _doc(text, country)
    start = text.index(trigger)
    mention = Mention(start, start + len(trigger), "trigger", trigger, None, {"voice": voice})
    roles = stage.assign_roles(doc, 0, len(text), mention)
    return tuple(r.name if r else None for r in (roles.actor1, roles.assoc_actor_1, roles.actor2))


def test_country_named_actors_are_renamed_for_the_event_country():
    isis = resolve_actor("isis", "SY", DAY)
    assert relocate(isis, "TR", DAY).name == "Islamic State (Turkey)"
    assert relocate(generic_actor("civilians", "SY"), "IQ", DAY).name == "Civilians (Iraq)"
    named = resolve_actor("houthis", "YE", DAY)
    assert relocate(named, "SA", DAY).name == named.name


def test_event_in_another_country_takes_that_country_for_its_sides():
    event = Event(event_type="Explosions/Remote violence", sub_event_type="Suicide bomb",
                  actor1="Islamic State (Syria)", inter1=2, actor2="Civilians (Syria)", inter2=7)
    event.iso, event.event_date = "TR", "2018-07-30"
    roles = stage.Roles(resolve_actor("isis", "SY", DAY), None, generic_actor("civilians", "SY"))
    events_stage.place_state_forces(event, roles)
    assert (event.actor1, event.actor2) == ("Islamic State (Turkey)", "Civilians (Turkey)")


def test_group_announcing_its_operation_is_the_agent():
    assert _roles("أعلنت سرايا القدس في جنين تنفيذ عملية قتل فيها جنود الاحتلال", "قتل", "active", "PS")[0] == (
        "Al Quds Brigades")


def test_speaker_reporting_its_own_strike_is_the_agent():
    name = _roles("قال الجيش الإسرائيلي إنه قصف مواقع لحركة حماس في خان يونس", "قصف", "active", "PS")
    assert name[0] == "Military Forces of Israel (2009-2021)"
    assert name[2] == "Hamas Movement"


def test_announced_death_toll_does_not_make_the_announcer_the_agent():
    doc = _doc("أعلنت وزارة الداخلية مقتل خمسة أشخاص في انفجار عبوة", "IQ")
    start = doc.text.index("مقتل")
    trigger = Mention(start, start + 4, "trigger", "مقتل", None, {"voice": "noun", "generic_killing": True})
    assert stage._claimant(doc, doc.of_kind("actor"), trigger) is None


def test_patron_named_after_a_loyal_group_is_not_a_side():
    doc = _doc("هاجمت الفصائل الموالية لتركيا مواقع الوحدات الكردية")
    names = [m.value.name for m in doc.of_kind("actor")]
    assert not any("Turkey" in n for n in names)


def test_actor_of_the_act_being_answered_is_not_a_side():
    roles = _roles("قصفت الفصائل المعارضة بلدتين بالصواريخ ردا على غارات روسية على إدلب", "قصفت", "active")
    assert roles[0] == "Opposition Rebels (Syria)"
    assert "Russia" not in str(roles)


def test_holder_of_the_struck_place_is_not_the_agent():
    roles = _roles("قتل مدني في غارات ضربت بلدة سراقب التي تسيطر عليها المعارضة", "غارات", "noun")
    assert roles == (None, None, "Civilians (Syria)")  # the strike's agent is left to `unattributed_strike`


def test_unattributed_air_strike_in_syria_is_the_syrian_military():
    doc = Document(text="قتل ثلاثة مدنيين في غارات جوية على بلدة سراقب في ريف إدلب أمس.", published=DAY)
    doc.country_hint = "SY"
    doc.sentences = [Sentence(0, len(doc.text), 0, 0)]
    stage.process(doc)
    start = doc.text.index("غارات")
    pattern = type("P", (), {"sub_event_type": "Air/drone strike"})()
    doc.add(Mention(start, start + 5, "trigger", "غارات", pattern, {"voice": "noun"}))
    assert stage.unattributed_strike(doc, 0, len(doc.text), "SY").name == "Military Forces of Syria (2000-)"
    later = Document(text=doc.text, published=dt.date(2025, 3, 1))
    later.mentions = doc.mentions
    assert stage.unattributed_strike(later, 0, len(doc.text), "SY") is None


def test_barrel_bombs_name_the_state_that_drops_them():
    doc = _doc("سقطت براميل متفجرة على أحياء داريا")
    assert stage.unattributed_strike(doc, 0, len(doc.text), "SY").name == "Military Forces of Syria (2000-)"
    assert stage.unattributed_strike(doc, 0, len(doc.text), "MA") is None


def test_single_barrel_bomb_phrase_names_the_state():
    doc = _doc("سقط برميل متفجر على حي الصاخور في حلب")
    assert stage.unattributed_strike(doc, 0, len(doc.text), "SY").name == "Military Forces of Syria (2000-)"


def test_word_lists_reject_spellings_that_normalize_alike():
    problems = validate_word_lists({"response": ["ردا على", "رداً على"], "ok": ["قال", "قالت"]})
    assert len(problems) == 1 and "response" in problems[0]


def test_government_fighting_acts_through_its_military():
    ref = resolve_actor("state:YE:government", "YE", dt.date(2015, 8, 10))
    assert stage.as_forces(ref, "YE", dt.date(2015, 8, 10)).name.startswith("Military Forces of Yemen")
    police = generic_actor("police", "YE", dt.date(2015, 8, 10))
    assert stage.as_forces(police, "YE", None) is police


def test_peaceful_protest_has_no_second_side():
    doc = _doc("اعتصم عشرات الأطباء أمام مبنى المحافظة في الحديدة", "YE")
    event = Event(event_type="Protests", sub_event_type="Peaceful protest")
    doctors = generic_actor("civilians", "YE")
    actor1, actor2 = stage.protest_sides(doc, event.sub_event_type, None, doctors)
    assert actor1.name == "Protesters (Yemen)" and actor2 is None


def test_intervention_against_protesters_names_the_police():
    doc = _doc("تظاهر المئات في بغداد", "IQ")
    event = Event(event_type="Protests", sub_event_type="Protest with intervention")
    actor1, actor2 = stage.protest_sides(doc, event.sub_event_type, None, None)
    assert actor1.inter == 6 and actor2.name.startswith("Police Forces of Iraq")


def test_source_named_before_the_act_reports_it():
    text = "أعلن تنظيم داعش مسؤوليته عن تفجير سيارة مفخخة في بغداد، وقال التنظيم في بيان إن الهجوم استهدف تجمعا."
    doc = _doc(text, "IQ")
    start = text.index("تفجير")
    anchor = Mention(start, start + 5, "trigger", "تفجير", None, {})
    assert events_stage.event_source(doc, doc.sentences[0], anchor) == "تنظيم داعش"


def test_victims_before_the_act_do_not_hide_the_previous_subject():
    text = "قصفت الفصائل المعارضة حي الحمدانية بالصواريخ. وقتل أربعة مدنيين في عشرات القذائف التي سقطت على الحي."
    doc, cut = _two_sentences(text, "SY", DAY)
    start = text.index("القذائف")
    trigger = Mention(start, start + 7, "trigger", "القذائف", None, {"voice": "noun"})
    roles = stage.assign_roles(doc, cut + 1, len(text), trigger)
    assert roles.actor1.name == "Opposition Rebels (Syria)"
    assert roles.actor2.name == "Civilians (Syria)"


def test_strike_rules_validate():
    assert validate_catalogue() == []


def test_counted_casualties_are_the_side_that_suffered():
    text = "قتل 12 جنديا عراقيا خلال اشتباكات مع تنظيم داعش قرب الموصل"
    doc = _doc(text, "IQ")
    numbers.process(doc)
    start = text.index("اشتباكات")
    trigger = Mention(start, start + 8, "trigger", "اشتباكات", None, {"voice": "noun"})
    roles = stage.assign_roles(doc, 0, len(text), trigger)
    assert roles.actor1.name == "Islamic State (Iraq)"
    assert roles.actor2.name.startswith("Military Forces of Iraq")


def test_force_belonging_to_a_named_actor_is_that_actor():
    roles = _roles("هاجمت قوة عسكرية تابعة لقوات البيشمركة مواقع لداعش جنوب كركوك", "هاجمت", "active", "IQ")
    assert roles[0] == "Peshmerga - Military Forces of Kurdistan Regional Government"
    assert roles[2] == "Islamic State (Iraq)"


def test_target_nearest_the_act_is_actor2():
    text = "بعد مقتل خمسة من عناصر داعش في اشتباك، قتل ثلاثة مدنيين بانفجار عبوة ناسفة في السوق"
    roles = _roles(text, "بانفجار", "noun", "IQ")
    assert roles[2] == "Civilians (Iraq)"


def _event(event_type: str, sub_type: str) -> Event:
    return Event(event_type=event_type, sub_event_type=sub_type)


def test_arrests_without_named_sides_are_police_detaining_civilians():
    doc = _doc("اعتقلت السلطات عشرة أشخاص في المدينة", "IQ")
    event = _event("Strategic developments", "Arrests")
    events_stage.fill_actors(doc, doc.sentences[0], event, stage.Roles())
    assert event.actor1.startswith("Police Forces of Iraq") and event.inter1 == 1
    assert (event.actor2, event.inter2) == ("Civilians (Iraq)", 7)


def test_battle_with_one_named_side_takes_the_article_opponent():
    text = "هاجم تنظيم داعش مواقع الجيش العراقي. وتصدى الجيش لهجوم التنظيم. واندلعت اشتباكات عنيفة قرب المدينة."
    doc = Document(text=text, published=DAY)
    doc.country_hint = "IQ"
    cuts = [m.end() for m in re.finditer(r"\.", text)]
    starts = [0] + [c + 1 for c in cuts[:-1]]
    doc.sentences = [Sentence(a, b, i, 0) for i, (a, b) in enumerate(zip(starts, cuts, strict=False))]
    stage.process(doc)
    army = resolve_actor("state:IQ:military", "IQ", DAY)
    opponent = stage.article_opponent(doc, doc.sentences[2].start, doc.sentences[2].end, army, None)
    assert opponent.name == "Islamic State (Iraq)"


def test_armed_factions_in_gaza_are_the_palestinian_resistance_factions():
    assert generic_actor("rebels", "PS").name == "Palestinian Resistance Factions"
    assert generic_actor("rebels", "SY").name == "Opposition Rebels (Syria)"


def _second_sentence_event(text: str, country: str, event_type: str, sub_type: str,
                           roles: stage.Roles | None = None) -> Event:
    """An event of the second sentence, its actors filled from `roles` and the article."""
    doc, _ = _two_sentences(text, country, DAY)
    event = _event(event_type, sub_type)
    events_stage.fill_actors(doc, doc.sentences[1], event, roles or stage.Roles())
    return event


def test_state_strike_without_stated_target_hits_the_article_armed_group():
    text = "هاجم تنظيم داعش قرى في الأنبار. وشن الطيران الحربي العراقي غارات على مناطق قرب الرمادي."
    roles = stage.Roles(resolve_actor("state:IQ:military", "IQ", DAY))
    event = _second_sentence_event(text, "IQ", "Explosions/Remote violence", "Air/drone strike", roles)
    assert (event.actor2, event.inter2) == ("Islamic State (Iraq)", 2)


def test_agreement_with_one_named_party_takes_the_article_opponent():
    text = "حاصرت قوات النظام مقاتلي تنظيم داعش في الحي. وتوصلت قوات النظام إلى اتفاق لإجلاء المقاتلين."
    roles = stage.Roles(resolve_actor("state:SY:military", "SY", DAY))
    event = _second_sentence_event(text, "SY", "Strategic developments", "Agreement", roles)
    assert (event.actor2, event.inter2) == ("Islamic State (Syria)", 2)


def _air_strike(text: str, country: str, agent_key: str) -> Event:
    """An air strike whose roles named `agent_key` as the agent, filled for the event."""
    doc = _doc(text, country)
    event = _event("Explosions/Remote violence", "Air/drone strike")
    events_stage.fill_actors(doc, doc.sentences[0], event, stage.Roles(resolve_actor(agent_key, country, DAY)))
    return event


def test_armed_group_named_as_air_striker_is_the_side_struck():
    event = _air_strike("قتل خمسة من عناصر تنظيم داعش في غارة للجيش العراقي قرب الموصل", "IQ", "isis")
    assert (event.actor1, event.inter1) == ("Military Forces of Iraq (2014-2018)", 1)
    assert (event.actor2, event.inter2) == ("Islamic State (Iraq)", 2)


def test_air_strike_on_gaza_group_is_by_the_state_that_flies_there():
    event = _air_strike("أغارت طائرات على مواقع تابعة لحركة حماس شرق خان يونس", "PS", "hamas")
    assert event.actor1.startswith("Military Forces of Israel") and event.inter1 == 8
    assert event.actor2 == "Hamas Movement"


def test_armed_group_drone_strike_keeps_the_group_as_agent():
    event = _air_strike("هاجم الحوثيون بطائرة مسيرة مطارا في جنوب السعودية", "YE", "houthis")
    assert event.actor1 == "Ansar Allah (Houthis)"


def _riot(text: str, country: str, sub_type: str = "Violent demonstration",
          actor2: str | None = None) -> Event:
    doc = _doc(text, country)
    event = _event("Riots", sub_type)
    roles = stage.Roles(None, None, generic_actor(actor2, country) if actor2 else None)
    events_stage.fill_actors(doc, doc.sentences[0], event, roles)
    return event


def test_violent_demonstration_opposes_rioters_to_the_forces_that_met_them():
    event = _riot("رشق محتجون قوات الأمن المصرية بالحجارة أمام مبنى المحافظة", "EG", actor2="protesters")
    assert event.actor1 == "Rioters (Egypt)"
    assert event.actor2.startswith("Police Forces of Egypt") and event.inter2 == 1


def test_violent_demonstration_without_forces_has_no_second_side():
    event = _riot("أحرق محتجون غاضبون إطارات أمام مبنى المحافظة في الزرقاء", "JO", actor2="protesters")
    assert (event.actor1, event.actor2) == ("Rioters (Jordan)", None)


def test_mob_violence_keeps_its_victims():
    event = _riot("اعتدى حشد غاضب على سكان الحي بالعصي", "JO", "Mob violence", actor2="civilians")
    assert event.actor2 == "Civilians (Jordan)"


def test_force_against_protesters_is_by_the_forces_the_article_names():
    text = "اقتحم الجيش الإسرائيلي أرضا زراعية قرب السياج. وقتل ثلاثة متظاهرين خلال مسيرة شرق رفح."
    event = _second_sentence_event(text, "PS", "Protests", "Excessive force against protesters")
    assert event.actor1 == "Protesters (Palestine)"
    assert event.actor2.startswith("Military Forces of Israel")


def test_the_un_reporting_or_calling_is_never_a_side():
    event = _event("Violence against civilians", "Attack")
    doc = _doc("ودعت الأمم المتحدة إلى وقف الهجمات بعد مقتل ستة قرويين في ريف حماة", "SY")
    roles = stage.assign_roles(doc, 0, len(doc.text), Mention(0, 0, "trigger", "", None, {"voice": "noun"}))
    events_stage.fill_actors(doc, doc.sentences[0], event, roles)
    assert "United Nations" not in (event.actor1, event.actor2)


def test_a_un_team_fired_on_stays_the_target():
    assert _roles("شن مسلحون هجوما ضد الأمم المتحدة قرب حماة", "هجوما", "noun")[2] == "United Nations"


def test_rockets_fired_at_a_country_hit_its_civilians():
    event = _event("Explosions/Remote violence", "Shelling/artillery/missile attack")
    doc = _doc("وأطلقت جماعة مسلحة من جنوب لبنان ثلاثة صواريخ باتجاه بلدات شمال إسرائيل فجر الخميس", "LB")
    events_stage.fill_actors(doc, doc.sentences[0], event, stage.Roles())
    assert event.actor2 == "Civilians (Israel)"


def test_rockets_at_a_named_military_target_keep_no_civilian_side():
    doc = _doc("أطلق مسلحون قذائف هاون على قاعدة عسكرية قرب الحدود", "LB")
    assert stage.rocket_target_country(doc, 0, len(doc.text)) is None


def test_unclaimed_rockets_at_a_country_come_from_the_group_fighting_its_state():
    text = ("خاضت حركة الجهاد الإسلامي معارك مع الجيش الإسرائيلي شرق خان يونس. "
            "واستمر إطلاق القذائف على بلدات جنوب إسرائيل ليلا.")
    doc, cut = _two_sentences(text, "PS", DAY)
    event = _event("Explosions/Remote violence", "Shelling/artillery/missile attack")
    events_stage.fill_actors(doc, doc.sentences[1], event, stage.Roles())
    assert event.actor2 == "Civilians (Israel)"
    assert event.actor1 is not None and "Jihad" in event.actor1


def test_a_government_and_its_allied_militia_are_never_opponents():
    text = ("تقاتل قوات الجيش اليمني ورجال المقاومة الشعبية جماعة الحوثي في تعز. "
            "وقالت المقاومة الشعبية إن الاشتباكات استمرت قرب الجيش اليمني.")
    doc, cut = _two_sentences(text, "YE", dt.date(2016, 3, 1))
    resistance = resolve_actor("popular_resistance_ye", "YE", doc.published)
    assert stage.article_opponent(doc, 0, len(text), resistance, None).name == "Ansar Allah (Houthis)"


def test_camps_hold_only_within_their_period():
    from marsad.knowledge.actors import camp_mates
    assert "pij" in camp_mates("hamas", DAY)
    assert "popular_resistance_ye" not in camp_mates("state:YE:military", dt.date(2014, 1, 1))


def test_strikes_on_a_group_are_not_flown_by_a_mediating_neighbour():
    text = ("توسطت المخابرات المصرية بين حركة حماس وإسرائيل. "
            "وقتل ثلاثة من عناصر حماس في غارة على خان يونس.")
    doc, cut = _two_sentences(text, "PS", DAY)
    hamas = resolve_actor("hamas", "PS", DAY)
    striker, struck = stage.air_strike_sides(doc, cut + 1, len(text), hamas, None)
    assert striker.name.startswith("Military Forces of Israel") and struck == hamas


def test_unclaimed_shells_on_gaza_are_not_blamed_on_its_own_factions():
    text = ("تبادلت حركة حماس والجيش الإسرائيلي القصف شرق رفح. "
            "وسقطت قذائف على مدينة غزة صباح الأحد.")
    doc, cut = _two_sentences(text, "PS", DAY)
    event = _event("Explosions/Remote violence", "Shelling/artillery/missile attack")
    events_stage.fill_actors(doc, doc.sentences[1], event, stage.Roles())
    assert event.actor2 == "Civilians (Palestine)"
    assert event.actor1 != "Hamas Movement"


def test_force_kind_reads_the_kind_of_state_and_bare_noun_keys() -> None:
    assert force_kind("state:EG:military") == force_kind("statenoun:military") == "military"
    assert force_kind("statenoun:police") == "police" and force_kind("hamas") is None
