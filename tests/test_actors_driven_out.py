"""The side a place is freed of, or that is driven out, lost the act: never its agent."""

from __future__ import annotations

import datetime as dt

from support import trigger_roles, two_sentence_actor_doc

from marsad.document import Mention
from marsad.stages import actors as stage

DAY = dt.date(2016, 5, 4)
HOUTHIS = "Ansar Allah (Houthis)"


def test_side_a_place_is_freed_of_is_the_target():
    assert trigger_roles("عاد مئات النازحين إلى مدينة الصالحية بعد تحريرها من قبضة ميليشيات الحوثي أواخر الشهر الماضي.",
                         "تحريرها", "YE", DAY) == (None, None, HOUTHIS)


def test_last_pockets_driven_out_are_the_object_not_the_subject():
    assert trigger_roles("تمكنت قوات الجيش اليمني من طرد آخر جيوب الحوثيين من مرتفعات وادي الحار فجر الثلاثاء.",
                         "طرد", "YE", DAY, voice="active") == ("Military Forces of Yemen (2012-2022)", None, HOUTHIS)


def test_members_driven_out_of_a_place_are_the_target():
    roles = trigger_roles("أطلقت القوات العراقية عملية واسعة بهدف طرد مسلحي تنظيم داعش منها قبل حلول الشتاء.",
                          "طرد", "IQ", DAY)
    assert roles[0].startswith("Military Forces of Iraq") and roles[2] == "Islamic State (Iraq)"


def test_subject_of_an_expelling_verb_stays_the_agent():
    roles = trigger_roles("طردت وحدات حماية الشعب مقاتلي داعش من قرية الخان بعد معارك استمرت يومين.",
                          "طردت", "SY", DAY, voice="active")
    assert roles[0] == "YPG: People's Protection Units" and roles[2] == "Islamic State (Syria)"


def test_a_place_freed_with_no_gainer_named_was_won_by_the_story_opponent():
    text = ("سيطرت المقاومة الشعبية على أحياء مدينة الصالحية بعد معارك مع ميليشيات الحوثي. "
            "وزار المحافظ مدينة الصالحية أمس بعد تحريرها من الحوثيين.")
    doc, cut = two_sentence_actor_doc(text, "YE", DAY)
    start = text.index("تحريرها")
    trigger = Mention(start, start + len("تحريرها"), "trigger", "تحريرها", None, {"voice": "noun"})
    roles = stage.assign_roles(doc, cut + 1, len(text), trigger)
    assert (roles.actor1.name, roles.actor2.name) == ("Popular Resistance (Yemen)", HOUTHIS)


def test_rebel_militia_refers_back_to_the_rebel_group_not_the_local_militia():
    text = ("هاجم الحوثيون حي المنصورة فجرا. "
            "وقالت المقاومة الشعبية إنها صدت الهجوم وإن المليشيات المتمردة انسحبت نحو الشمال.")
    doc, _ = two_sentence_actor_doc(text, "YE", DAY)
    rebels = [m for m in doc.of_kind("actor") if m.text == "المليشيات المتمردة"]
    assert [m.value.name for m in rebels] == [HOUTHIS]



def test_side_ground_is_taken_back_from_after_a_control_noun_is_the_target():
    # "استعادوا السيطرة على ... من قوات X": the control noun is the verb's, not ground before the loser
    assert trigger_roles("واستعادوا السيطرة على ثلاث قرى في جنوب المحافظة من قوات الحوثيين صباح اليوم.",
                         "استعادوا", "YE", DAY, voice="active") == (None, None, HOUTHIS)


def test_side_taken_back_from_is_no_agent_when_the_subject_goes_unrecognized():
    # (the subject told between the verb and the control noun does not push the loser out of reach)
    roles = trigger_roles("واستعاد المقاتلون المؤيدون للرئيس السيطرة على خمس قرى في ريف المحافظة من قوات الحوثيين.",
                          "استعاد", "YE", DAY, voice="active")
    assert roles[0] != HOUTHIS and roles[2] == HOUTHIS
