"""A weapon's reported owner, the victor of a battle and allies named twice."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from support import actor_doc

from marsad.document import Mention
from marsad.stages import actors as stage

DAY = dt.date(2020, 4, 9)


def _roles(text: str, trigger: str, country: str, sub_event_type: str | None = None) -> tuple[str | None, ...]:
    doc = actor_doc(text, country, DAY)
    start = text.index(trigger)
    value = SimpleNamespace(sub_event_type=sub_event_type) if sub_event_type else None
    mention = Mention(start, start + len(trigger), "trigger", trigger, value, {"voice": "noun"})
    roles = stage.assign_roles(doc, 0, len(text), mention)
    return tuple(r.name if r else None for r in (roles.actor1, roles.assoc_actor_1, roles.actor2))


def test_nationality_the_speaker_gives_a_weapon_names_its_launcher():
    text = "أعلن الجيش الأردني مساء الجمعة تصديه لقذائف قال إنها سورية سقطت قرب بلدة الرمثا."
    actor1, _, actor2 = _roles(text, "لقذائف", "JO")
    assert actor1.startswith("Military Forces of Syria")
    assert actor2.startswith("Military Forces of Jordan")


def test_interceptor_of_a_reportedly_foreign_missile_is_the_actor_of_the_interception():
    text = "قالت القوات السعودية إنها اعترضت صاروخا قالت إنه إيراني فوق مدينة جازان."
    actor1, _, actor2 = _roles(text, "اعترضت صاروخا", "SA", "Disrupted weapons use")
    assert actor1.startswith("Military Forces of Saudi Arabia")
    assert actor2.startswith("Military Forces of Iran")


def test_plain_nationality_on_a_weapon_is_no_reported_owner():
    doc = actor_doc("سقطت صواريخ إيرانية الصنع على مدينة مأرب.", "YE", DAY)
    assert not any(stage.reported_owner(m) for m in doc.of_kind("actor"))


def test_victor_of_a_battle_is_its_agent():
    text = "وانتهت المعارك في البلدة في الربيع الماضي بانتصار أكراد سوريا على تنظيم الدولة الإسلامية."
    actor1, _, actor2 = _roles(text, "المعارك", "TR")
    assert actor1 == "YPG: People's Protection Units"
    assert actor2 is not None and actor2.startswith("Islamic State")


def test_ally_named_again_later_in_the_clause_is_not_the_target():
    text = ("تواصل قوات الجيش الوطني والمقاومة تقدمها نحو مدينة الحوطة، "
            "وحققت قوات المقاومة الشعبية تقدما عند مدخلها الشمالي.")
    actor1, assoc, actor2 = _roles(text, "تقدمها", "YE")
    assert actor1.startswith("Military Forces of Yemen")
    assert assoc == "Popular Resistance (Yemen)"
    assert actor2 != "Popular Resistance (Yemen)"


def test_parties_called_to_talks_stay_opposed():
    text = "دعا الوسيط الحكومة التركية وحزب العمال الكردستاني إلى وقف القتال وبدء مفاوضات."
    _, _, actor2 = _roles(text, "مفاوضات", "TR", "Other")
    assert actor2 == "PKK - Kurdistan Workers' Party"


def test_one_group_under_two_names_is_not_its_own_ally():
    text = "هاجمت جماعة الحوثي والميليشيات الحوثية مواقع الجيش في مديرية صرواح."
    actor1, assoc, _ = _roles(text, "هاجمت", "YE")
    assert actor1 == "Ansar Allah (Houthis)"
    assert assoc is None
