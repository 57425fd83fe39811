"""assign_roles: agent, associate and target from a clause and a trigger."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from marsad.document import Document, Mention, Sentence
from marsad.stages import actors as stage


def _roles(text: str, trigger: str, voice: str, country: str = "SY"):
    doc = Document(text=text, published=dt.date(2018, 8, 1))
    doc.country_hint = country
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    stage.process(doc)
    start = text.index(trigger)
    mention = Mention(start, start + len(trigger), "trigger", trigger, None, {"voice": voice})
    roles = stage.assign_roles(doc, 0, len(text), mention)
    return tuple(r.name if r else None for r in (roles.actor1, roles.assoc_actor_1, roles.actor2))


def test_supported_attack_gives_assoc_and_target():
    assert _roles("وشنّت قوات النظام هجوماً عنيفاً بدعم روسي على مواقع داعش", "هجوماً", "noun") == (
        "Military Forces of Syria (2000-)", "Military Forces of Russia (2000-)", "Islamic State (Syria)")


def test_between_x_and_y():
    assert _roles("اندلعت اشتباكات بين قوات النظام وفصائل المعارضة في ريف درعا", "اشتباكات", "noun") == (
        "Military Forces of Syria (2000-)", None, "Opposition Rebels (Syria)")


def test_passive_with_agent_phrase_and_victims():
    assert _roles("قتل ثلاثة مدنيين بنيران قوات النظام في درعا", "قتل", "passive") == (
        "Military Forces of Syria (2000-)", None, "Civilians (Syria)")


def test_passive_without_agent_leaves_actor1_empty():
    assert _roles("قتل 9 مسلحين من فصائل المعارضة خلال قصف مدفعي قرب اللطامنة", "قتل", "passive") == (
        None, None, "Opposition Rebels (Syria)")


def test_vso_subject_after_verb_is_agent():
    assert _roles("اختطف مسلحون مجهولون عشرة عمال في المنطقة", "اختطف", "active", "PK") == (
        "Unidentified Armed Group (Pakistan)", None, "Civilians (Pakistan)")


def test_target_cue_marks_actor2():
    assert _roles("هاجم داعش البلدة. وشنت الطائرات الروسية غارات ضد مقاتلي التنظيم", "غارات", "noun") == (
        "Military Forces of Russia (2000-)", None, "Islamic State (Syria)")


def test_coordinated_ally_becomes_assoc():
    assert _roles("فشل جيش النظام السوري وميليشيا حزب الله اللبناني في اقتحام المدينة", "اقتحام", "noun") == (
        "Military Forces of Syria (2000-)", "Hezbollah", None)


def test_clash_with_opponent():
    assert _roles("قتل 6 جنود أتراك خلال المواجهات مع الوحدات الكردية قرب تل رفعت", "المواجهات", "noun") == (
        "Military Forces of Turkey (2016-)", None, "YPG: People's Protection Units")


def test_no_actors_gives_empty_roles():
    assert _roles("وقع انفجار في السوق", "انفجار", "noun") == (None, None, None)


def test_between_far_from_trigger_does_not_override_agent():
    assert _roles("قصف الجيش الإسرائيلي المستشفى، بينما تدور معارك ضارية بين المقاومة والاحتلال في المدينة",
                  "قصف", "active", "PS")[0] == "Military Forces of Israel (2009-2021)"


def test_trigger_noun_with_nationality_adjective_names_the_agent():
    assert _roles("قتل مدنيان في غارات روسية على ريف إدلب", "غارات", "noun") == (
        "Military Forces of Russia (2000-)", None, "Civilians (Syria)")


def test_subjectless_clause_takes_the_previous_sentence_subject():
    text = "ووضعت قوات النظام نصب عينيها طرد داعش من المنطقة. وشنّت أمس هجوماً عنيفاً تقدمت خلاله على حساب المتشددين."
    doc = Document(text=text, published=dt.date(2018, 8, 1))
    doc.country_hint = "SY"
    cut = text.index(".") + 1
    doc.sentences = [Sentence(0, cut, 0, 0), Sentence(cut + 1, len(text), 1, 0)]
    stage.process(doc)
    start = text.index("هجوماً")
    trigger = Mention(start, start + 6, "trigger", "هجوماً", None, {"voice": "noun"})
    roles = stage.assign_roles(doc, cut + 1, len(text), trigger)
    assert roles.actor1.name == "Military Forces of Syria (2000-)"
    assert roles.actor2.name == "Islamic State (Syria)"


def test_an_actor_inside_the_acts_own_words_is_its_author_not_its_target():
    text = "صعدت ميليشيات الحوثي حملتها في حجة عقب استهداف طيران التحالف اجتماعا لقادتها في المدينة"
    assert _roles(text, "طيران التحالف", "noun", "YE")[0] == "Military Forces of Saudi Arabia (2015-)"


def test_a_backer_told_of_another_side_is_no_assoc_of_the_agent():
    text = ("تشن ميليشيات الحوثي حملات اعتقال في مدينة الحديدة مع تقدم القوات اليمنية المشتركة، "
            "بإسناد من التحالف العربي، نحو المدينة")
    assert _roles(text, "حملات اعتقال", "noun", "YE")[:2] == ("Ansar Allah (Houthis)", None)


def test_a_backer_right_after_the_agent_stays_its_assoc():
    text = "اقتحمت القوات اليمنية المشتركة، بإسناد من التحالف العربي، مواقع ميليشيات الحوثي في حيس"
    assert _roles(text, "اقتحمت", "active", "YE") == (
        "Military Forces of Yemen (2012-2022)", "Military Forces of Saudi Arabia (2015-)", "Ansar Allah (Houthis)")


def test_an_air_arm_named_with_the_army_in_an_earlier_clause_backs_the_armys_battle():
    text = "وقال الضابط إن طيران التحالف والجيش كبدا المتطرفين خسائر كبيرة، فيما تدور معارك عنيفة قرب بلدة هيت"
    doc = Document(text=text, published=dt.date(2016, 8, 1))
    doc.country_hint = "IQ"
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    stage.process(doc)
    start = text.index("معارك")
    clause = text.index("فيما")
    mention = Mention(start, start + 5, "trigger", "معارك", SimpleNamespace(sub_event_type="Armed clash"),
                      {"voice": "noun"})
    roles = stage.assign_roles(doc, clause, len(text), mention)
    assert (roles.actor1.name, roles.assoc_actor_1.name) == (
        "Military Forces of Iraq (2014-2018)", "Global Coalition Against Daesh")


def test_a_count_with_its_loss_noun_marks_the_side_that_suffered():
    text = "وأسفرت المعارك في بلدة داعل عن سقوط عشرة قتلى في صفوف الفصائل المسلحة، مقابل سبعة في صفوف قوات النظام"
    assert _roles(text, "المعارك", "noun")[0] != "Opposition Rebels (Syria)"


def _clash_roles(text: str, trigger: str, form: str) -> tuple[str | None, ...]:
    doc = Document(text=text, published=dt.date(2018, 8, 1))
    doc.country_hint = "SY"
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    stage.process(doc)
    start = text.index(trigger)
    mention = Mention(start, start + len(trigger), "trigger", trigger, SimpleNamespace(sub_event_type="Armed clash"),
                      {"voice": "noun", "form": form})
    roles = stage.assign_roles(doc, 0, len(text), mention)
    return tuple(r.name if r else None for r in (roles.actor1, roles.assoc_actor_1, roles.actor2))


def test_a_battle_never_has_civilians_as_its_other_side():
    text = "تتواصل المعارك التي تخوضها قوات النظام في ريف حماة رغم هدنة للسماح للمدنيين بالخروج"
    assert _clash_roles(text, "المعارك", "معارك")[2] != "Civilians (Syria)"


def test_clashes_with_a_crowd_keep_the_crowd_as_a_side():
    text = "اندلعت مواجهات بين قوات الأمن ومتظاهرين في مدينة درعا"
    assert _clash_roles(text, "مواجهات", "مواجهات")[2] == "Protesters (Syria)"
