"""Actor roles from clause structure: blasts, persons named by office, own losses, claims, accusations."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from support import actor_doc, two_sentence_actor_doc

from marsad.document import Document, Event, Mention
from marsad.stages import actors as stage
from marsad.stages import events as events_stage

DAY = dt.date(2019, 3, 4)


def _doc(text: str, country: str) -> Document:
    return actor_doc(text, country, DAY)


def _roles(text: str, trigger: str, country: str, sub_type: str = "Armed clash", voice: str = "noun",
           **attrs: bool):
    doc = _doc(text, country)
    start = text.index(trigger)
    pattern = SimpleNamespace(sub_event_type=sub_type)
    mention = Mention(start, start + len(trigger), "trigger", trigger, pattern, {"voice": voice, **attrs})
    roles = stage.assign_roles(doc, 0, len(text), mention)
    return tuple(r.name if r else None for r in (roles.actor1, roles.assoc_actor_1, roles.actor2))


IED = "Remote explosive/landmine/IED"


def test_blast_hitting_a_patrol_has_no_named_author():
    roles = _roles("انفجرت عبوة ناسفة استهدفت دورية للجيش قرب مدينة الباب", "عبوة", "SY", IED)
    assert roles[0] is None  # left to the Unidentified Armed Group
    assert roles[2] == "Military Forces of Syria (2000-)"


def test_blast_among_a_group_does_not_make_the_group_its_author():
    roles = _roles("وقع انفجار خلال اجتماع بين قادة من حركة طالبان ووجهاء في ولاية قندوز", "انفجار", "AF", IED)
    assert roles[0] is None


def test_device_planted_by_a_named_group_is_theirs():
    roles = _roles("أصيب ثلاثة مزارعين بانفجار لغم زرعه مسلحو حركة الشباب قرب بلدة أفجوي", "بانفجار", "SO", IED)
    assert roles[0] == "Al Shabaab"
    assert roles[2] == "Civilians (Somalia)"


def test_subject_of_a_detonating_verb_is_the_author():
    roles = _roles("فجرت جماعة الحوثي عبوة في منزل أحد المعارضين بمدينة رداع", "عبوة", "YE", IED)
    assert roles[0] == "Ansar Allah (Houthis)"


def test_bomber_from_a_group_is_that_group():
    roles = _roles("فجر انتحاري من حركة الشباب نفسه أمام فندق في مقديشو", "انتحاري", "SO", "Suicide bomb")
    assert roles[0] == "Al Shabaab"
    assert roles[2] is None


def test_person_named_by_office_is_never_the_attacker():
    roles = _roles("هاجم مسلحون مجهولون منزل أحد قادة حزب الله في بلدة بعلبك", "هاجم", "LB", voice="active")
    assert roles[0] == "Unidentified Armed Group (Lebanon)"
    roles = _roles("انفجرت سيارة مفخخة لدى مرور موكب رئيس الاستخبارات العراقية في بغداد", "سيارة مفخخة", "IQ", IED)
    assert roles[0] is None
    assert roles[2].startswith("Military Forces of Iraq")


def test_loss_in_the_sufferers_own_failed_attack_leaves_them_the_attacker():
    text = "قتل 14 مسلحا من فصائل المعارضة خلال محاولة اقتحام فاشلة قاموا بها على حاجز للجيش قرب حماة"
    assert _roles(text, "قتل", "SY", voice="passive") == (
        "Opposition Rebels (Syria)", None, "Military Forces of Syria (2000-)")


def test_loss_in_an_enemy_attack_stays_the_target():
    text = "قتل 14 مسلحا من فصائل المعارضة خلال هجوم للجيش على مواقعهم قرب حماة"
    assert _roles(text, "قتل", "SY", voice="passive")[2] == "Opposition Rebels (Syria)"


def test_party_blamed_for_the_act_is_its_agent_and_statement_author_no_side():
    roles = _roles("حملت الحكومة حركة حماس مسؤولية الانفجار الذي وقع في رفح", "الانفجار", "PS", IED)
    assert roles[0] == "Hamas Movement" and roles[2] != "Hamas Movement"
    roles = _roles("وجاء في بيان لحزب الله أن الهجوم على الدورية جريمة", "الهجوم", "LB")
    assert roles[0] != "Hezbollah"


def test_target_cue_reads_through_a_glued_preposition():
    roles = _roles("قصفت المدفعية التركية مواقع لوحدات حماية الشعب في ريف الحسكة", "قصفت", "SY", voice="active")
    assert roles[2] == "YPG: People's Protection Units"


def test_group_announcing_an_ambush_is_the_agent_of_the_blast_it_describes():
    text = ("أعلنت سرايا القدس عن كمين نفذه مقاتلوها شرق خان يونس، وقالت إنهم أوقعوا "
            "جنودا بين قتيل وجريح بتفجير عبوة")
    assert _roles(text, "بتفجير", "PS", IED)[0] == "Al Quds Brigades"


def _event(event_type: str, sub_type: str) -> Event:
    return Event(event_type=event_type, sub_event_type=sub_type)


def test_people_hurt_by_an_unclaimed_bomb_are_civilians():
    doc = _doc("أصيب خمسة أشخاص في انفجار عبوة ناسفة في سوق بمدينة الحلة", "IQ")
    event = _event("Explosions/Remote violence", IED)
    events_stage.fill_actors(doc, doc.sentences[0], event, stage.Roles())
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Civilians (Iraq)")


def test_battle_loss_with_no_named_victor_takes_the_article_opponent():
    text = "هاجمت قوات البيشمركة قرى في كركوك. وقتل تسعة من عناصر تنظيم داعش في اشتباكات قرب القرية."
    doc, _ = two_sentence_actor_doc(text, "IQ", DAY)
    event = _event("Battles", "Armed clash")
    isis = next(m.value for m in doc.of_kind("actor") if m.value.name.startswith("Islamic State"))
    events_stage.fill_actors(doc, doc.sentences[1], event, stage.Roles(None, None, isis))
    assert event.actor1 == "Peshmerga - Military Forces of Kurdistan Regional Government"


def test_named_group_is_not_taken_again_as_an_unknown_one():
    doc = _doc("اشتبك مسلحون مع عناصر حركة طالبان في ولاية هلمند", "AF")
    found = events_stage.unknown_armed_group(doc, doc.sentences[0], "AF")
    assert found is None or found.name != "حركة طالبان"


def test_act_attributed_to_a_group_is_that_groups():
    text = "ضرب هجوم انتحاري سوقا في مدينة بنو، نسبته الشرطة الباكستانية إلى حركة طالبان"
    roles = _roles(text, "هجوم انتحاري", "PK", "Suicide bomb")
    assert roles[0] == "Taliban"
    assert not any(name and name.startswith("Police Forces of Pakistan") for name in roles)


def test_device_used_as_an_instrument_belongs_to_the_verbs_subject():
    text = "هاجمت سرايا القدس دورية إسرائيلية بعبوة ناسفة قرب طولكرم"
    roles = _roles(text, "بعبوة", "PS", IED)
    assert roles[0] == "Al Quds Brigades"
    assert roles[2].startswith("Military Forces of Israel")


def test_claim_of_a_strike_covers_the_acts_the_sentence_goes_on_to_list():
    text = ("أعلنت كتائب القسام استهداف قوة إسرائيلية تحصنت في مبنى بحي الزيتون، ثم قنصت جنديا "
            "وأوقعت آخرين بين قتيل وجريح بقذيفة مضادة للدروع شرق المدينة")
    assert _roles(text, "بقذيفة", "PS", "Shelling/artillery/missile attack")[0] == "Al Qassam Brigades"


def test_subject_before_a_contrast_is_not_the_subject_after_it():
    text = "قصف الجيش التركي قرى في ريف عفرين، في حين استمر إطلاق القذائف على بلدة كلس"
    roles = _roles(text, "إطلاق القذائف", "SY", "Shelling/artillery/missile attack")
    assert roles[0] is None


def test_force_noun_with_nationality_adjective_is_that_states_forces():
    roles = _roles("هاجمت قوة أمريكية مواقع لحركة طالبان في ولاية هلمند", "هاجمت", "AF", voice="active")
    assert roles[0].startswith("Military Forces of the United States") and roles[2] == "Taliban"


def test_loss_of_state_forces_is_not_inflicted_by_their_own_colleagues():
    text = "انتشرت قوات الجيش العراقي في المدينة. وأصيب 9 من قوات الشرطة العراقية في اشتباكات ليلية."
    doc, _ = two_sentence_actor_doc(text, "IQ", DAY)
    police = next(m.value for m in doc.of_kind("actor") if m.value.name.startswith("Police Forces of Iraq"))
    event = _event("Battles", "Armed clash")
    events_stage.fill_actors(doc, doc.sentences[1], event, stage.Roles(None, None, police))
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_announcer_of_its_own_soldiers_deaths_is_the_side_that_suffered():
    roles = _roles("أعلنت موسكو الأحد مقتل 3 من جنودها في هجوم قرب دير الزور", "مقتل", "SY",
                   "Attack", generic_killing=True)
    assert roles[0] is None
    assert roles[2].endswith("of Russia (2000-)")  # the government's forces once the event is filled


def test_announcer_of_a_toll_is_not_the_killer():
    doc = _doc("أعلنت وزارة الداخلية العراقية مقتل خمسة أشخاص في هجوم على سوق", "IQ")
    start = doc.text.index("مقتل")
    trigger = Mention(start, start + 4, "trigger", "مقتل", SimpleNamespace(sub_event_type="Attack"),
                      {"voice": "noun", "generic_killing": True})
    roles = stage.assign_roles(doc, 0, len(doc.text), trigger)
    assert roles.actor1 is None


def test_object_of_a_strike_named_after_mustahdifan_is_the_target():
    roles = _roles("جدد الطيران الروسي غاراته مستهدفا هيئة تحرير الشام في ريف إدلب", "غاراته", "SY",
                   "Air/drone strike")
    assert roles == ("Military Forces of Russia (2000-)", None, "Hayat Tahrir al-Sham")


def test_state_adjective_does_not_swallow_a_named_group():
    doc = _doc("اشتبكت الوحدات الكردية السورية مع الجيش التركي قرب عفرين", "SY")
    names = [m.value.name for m in doc.of_kind("actor")]
    assert names == ["YPG: People's Protection Units", "Military Forces of Turkey (2016-)"]


def test_target_cue_reaches_over_a_demonstrative_and_a_plural_of_leaders():
    roles = _roles("تم القبض على تلك القيادات الحوثية في حي المنصورة", "القبض", "YE", "Arrests")
    assert roles[0] is None and roles[2] == "Ansar Allah (Houthis)"


def test_group_reporting_what_its_fighters_did_is_the_agent():
    text = "أعلنت سرايا القدس أن مقاتليها فجروا عبوة ناسفة بمدرعة إسرائيلية قرب مخيم نور شمس"
    assert _roles(text, "عبوة", "PS", IED)[0] == "Al Quds Brigades"


def test_crew_of_a_tank_hit_by_a_bomb_are_not_civilians():
    doc = _doc("قتل طاقم دبابة في انفجار عبوة ناسفة جنوب مدينة رفح", "PS")
    assert not stage.unarmed_casualties(doc, 0, len(doc.text))
    doc = _doc("قتل ثلاثة أشخاص في انفجار عبوة ناسفة في سوق مدينة الحلة", "IQ")
    assert stage.unarmed_casualties(doc, 0, len(doc.text))
