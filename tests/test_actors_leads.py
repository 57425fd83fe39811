"""Who leads an act: a foreign army joining a group's operation, the side a sentence tells
of in the clashes it goes on to report, and a subject named in quotes."""

from __future__ import annotations

import datetime as dt

from support import actor_doc, trigger_roles, two_sentence_actor_doc

from marsad.document import Mention
from marsad.stages import actors as stage

DAY = dt.date(2018, 2, 20)
WAR_DAY = dt.date(2024, 1, 10)


def _with_triggers(text: str, country: str, day: dt.date, *verbs: tuple[str, str]) -> tuple:
    """An `actor_doc` with trigger mentions added for each (word, voice); roles of the last one."""
    doc = actor_doc(text, country, day)
    mention = None
    for word, voice in verbs:
        start = text.index(word)
        mention = Mention(start, start + len(word), "trigger", word, None, {"voice": voice})
        doc.add(mention)
    roles = stage.assign_roles(doc, 0, len(text), mention)
    return tuple(r.name if r else None for r in (roles.actor1, roles.assoc_actor_1, roles.actor2))


def test_foreign_army_joining_a_group_operation_is_actor1():
    text = "بدأت فصائل الجيش الحر، بالتعاون مع الجيش التركي، هجوما على قرية قرب جنديرس"
    assert trigger_roles(text, "هجوما", "SY", DAY)[:2] == ("Military Forces of Turkey (2016-)", "Free Syrian Army")


def test_foreign_army_only_backing_a_group_stays_assoc():
    text = "بدأت فصائل الجيش الحر بدعم من الجيش التركي هجوما على قرية قرب جنديرس"
    assert trigger_roles(text, "هجوما", "SY", DAY)[:2] == ("Free Syrian Army", "Military Forces of Turkey (2016-)")


def test_state_joining_a_state_army_does_not_take_the_lead():
    text = "شنت القوات الحكومية بالتنسيق مع قوات التحالف العربي هجوما على مواقع الحوثيين في حيس"
    assert trigger_roles(text, "هجوما", "YE", DAY)[0] == "Military Forces of Yemen (2012-2022)"


def test_side_the_sentence_tells_of_leads_the_clashes_it_reports():
    text = "قصف الجيش الإسرائيلي مدرسة في جباليا، بينما تدور اشتباكات عنيفة بين المقاومة والاحتلال في رفح"
    roles = _with_triggers(text, "PS", WAR_DAY, ("قصف", "active"), ("اشتباكات", "noun"))
    assert roles[0] == "Military Forces of Israel (2022-)"
    assert roles[2] == "Palestinian Resistance Factions"


def test_clashes_keep_the_order_of_mention_without_a_leading_subject():
    text = "تستمر الاشتباكات العنيفة بين فصائل المقاومة وجنود الاحتلال في حي الزيتون"
    roles = _with_triggers(text, "PS", WAR_DAY, ("الاشتباكات", "noun"))
    assert roles[0] == "Palestinian Resistance Factions"


def test_subject_named_in_quotes_right_after_the_verb_is_the_agent():
    text = ("قال مصدر إن قوات الجيش انتشرت في مدينة المكلا. "
            "وتقدمت قوات “المقاومة الشعبية” فجرا في حي المعلا الذي يسيطر عليه المتمردون الحوثيون")
    doc, cut = two_sentence_actor_doc(text, "YE", dt.date(2015, 7, 20))
    start = text.index("وتقدمت")
    verb = Mention(start, start + 6, "trigger", "وتقدمت", None, {"voice": "active"})
    assert stage.assign_roles(doc, cut + 1, len(text), verb).actor1.name == "Popular Resistance (Yemen)"


def test_resistance_in_a_lebanese_story_is_hezbollah():
    text = "أطلقت المقاومة صواريخ موجهة على موقع للجيش الإسرائيلي قرب بلدة الناقورة في جنوب لبنان"
    assert trigger_roles(text, "أطلقت", "LB", WAR_DAY, voice="active")[0] == "Hezbollah"


def test_resistance_in_a_gaza_story_stays_the_palestinian_factions():
    text = "أطلقت المقاومة صواريخ على موقع للجيش الإسرائيلي شرق مدينة رفح"
    assert trigger_roles(text, "أطلقت", "PS", WAR_DAY, voice="active")[0] == "Palestinian Resistance Factions"


def test_axis_of_resistance_names_no_side():
    doc = actor_doc("تحدث المسؤول عن محور المقاومة في خطاب ألقاه في بيروت", "LB", WAR_DAY)
    assert doc.of_kind("actor") == []


def test_turkish_army_and_the_factions_it_backs_are_one_camp():
    from marsad.knowledge.actors import camp_mates

    assert "fsa" in camp_mates("state:TR:military", DAY)
    assert "fsa" not in camp_mates("state:TR:military", dt.date(2013, 5, 1))


def test_bare_mobilization_word_outside_iraq_and_syria_names_no_group():
    mention = _first_actor("دعت جماعات يمينية إلى الحشد أمام مقر البرلمان في عمان", "JO")
    assert stage.resolve_mention(mention, "JO", DAY) is None


def test_bare_mobilization_word_in_an_iraqi_story_is_the_pmf():
    mention = _first_actor("هاجم الحشد مواقع لتنظيم داعش قرب قضاء تلعفر", "IQ")
    assert stage.resolve_mention(mention, "IQ", DAY).name == "PMF - Popular Mobilization Forces"


def test_full_name_of_the_pmf_holds_in_any_country():
    mention = _first_actor("قال مسؤول إن الحشد الشعبي أرسل مقاتلين إلى الحدود", "JO")
    assert stage.resolve_mention(mention, "JO", DAY).name == "PMF - Popular Mobilization Forces"


def _first_actor(text: str, country: str) -> Mention:
    return actor_doc(text, country, DAY).of_kind("actor")[0]


def test_a_deal_names_the_countrys_own_state_first():
    from marsad.knowledge.actors import generic_actor, resolve_actor

    rebels = generic_actor("rebels", "SY", DAY)
    army = resolve_actor("state:SY:military", "SY", DAY)
    assert stage.deal_order(rebels, army) == (army, rebels)
    assert stage.deal_order(army, rebels) == (army, rebels)


def test_a_deal_with_a_foreign_state_keeps_the_group_first():
    from marsad.knowledge.actors import resolve_actor

    hamas = resolve_actor("hamas", "PS", WAR_DAY)
    israel = resolve_actor("state:IL:government", "PS", WAR_DAY)
    assert stage.deal_order(hamas, israel) == (hamas, israel)


def test_agent_named_again_by_another_word_is_not_its_own_target():
    text = "قال شهود إن ميليشيات الحوثي عذبت فتى في مديرية حيس لمعرفة مكان شقيقه الذي تطارده الميليشيات منذ أشهر"
    doc = actor_doc(text, "YE", dt.date(2015, 8, 2))
    start = text.index("عذبت")
    verb = Mention(start, start + 4, "trigger", "عذبت", None, {"voice": "active"})
    roles = stage.assign_roles(doc, 0, len(text), verb)
    assert roles.actor1.name == "Ansar Allah (Houthis)"
    assert roles.actor2 is None


def test_army_and_police_of_one_state_are_allies():
    text = "هاجم مسلحون دورية للشرطة قرب العريش قبل أن تصل تعزيزات من الجيش"
    doc = actor_doc(text, "EG", DAY)
    police = next(m.value for m in doc.of_kind("actor") if m.value.name.startswith("Police Forces of Egypt"))
    assert "Military Forces of Egypt (2014-)" in stage.allies(doc, 0, len(text), police)


def test_side_hit_in_the_previous_sentence_is_not_the_dropped_subject():
    text = "تصاعدت الهجمات على قوات الأمن في شمال سيناء. وسقط في هجوم جديد قتلى عند حاجز قرب الشيخ زويد"
    doc, cut = two_sentence_actor_doc(text, "EG", DAY)
    hit = {"Police Forces of Egypt (2014-)"}  # named in this clause by another word ("شرطيان")
    assert stage._dropped_subject(doc, cut + 1, hit, text.index("هجوم جديد")) is None


def test_police_arresting_a_critic_of_the_government_do_not_target_their_own_state():
    text = "اعتقلت الشرطة سمير علي بعد عودته من الخارج حيث انتقد الحكومة في مقابلة"
    doc = actor_doc(text, "EG", DAY)
    start = text.index("اعتقلت")
    verb = Mention(start, start + 6, "trigger", "اعتقلت", None, {"voice": "active"})
    roles = stage.assign_roles(doc, 0, len(text), verb)
    assert roles.actor1.name == "Police Forces of Egypt (2014-)"
    assert roles.actor2 is None or roles.actor2.name == "Civilians (Egypt)"


def test_merkava_tank_names_the_israeli_army():
    text = "قالت سرايا القدس إنها استهدفت دبابة ميركافا بقذيفة مضادة للدروع شرق مدينة رفح"
    doc = actor_doc(text, "PS", WAR_DAY)
    assert [m.value.name for m in doc.of_kind("actor")][-1] == "Military Forces of Israel (2022-)"


def test_council_called_at_a_states_request_is_no_force_of_that_state():
    doc = actor_doc("وسيعقد مجلس الأمن جلسة طارئة بطلب فرنسي لبحث القصف على مدينة حلب", "SY", DAY)
    assert [m.text for m in doc.of_kind("actor")] == []
