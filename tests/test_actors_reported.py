"""A weapon's reported owner, the victor of a battle and allies named twice."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from support import actor_doc

from marsad.document import Mention
from marsad.pipeline import extract_text
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



def test_craft_a_country_says_it_brought_down_is_the_side_disrupted():
    events = extract_text("قالت تركيا إنها أسقطت طائرة حربية روسية قرب الحدود أمس.", published=DAY).events
    assert [(e.sub_event_type, e.actor1.split(" (")[0], e.actor2.split(" (")[0]) for e in events] == [
        ("Disrupted weapons use", "Military Forces of Turkey", "Military Forces of Russia")]


def test_craft_brought_down_is_never_the_agent():
    text = "قالت تركيا إنها أسقطت طائرة حربية روسية قرب الحدود."
    actor1, _, actor2 = _roles(text, "أسقطت طائرة", "TR", "Disrupted weapons use")
    # the country telling of its own interception stopped the craft (`speaking_state`)
    assert actor1.startswith("Military Forces of Turkey")
    assert actor2.startswith("Military Forces of Russia")
    doc = actor_doc(text, "TR", DAY)
    assert stage.speaking_state(doc, 0, len(text)).name.startswith("Military Forces of Turkey")


def test_destroyed_or_downed_vehicle_names_the_side_that_lost_it():
    events = extract_text("أكد الجيش السوري تدمير مواقع للمسلحين وإسقاط طائرة مسيرة تركية في ريف إدلب أمس.",
                          published=DAY).events
    assert [(e.actor1.split(" (")[0], e.actor2.split(" (")[0]) for e in events] == [
        ("Military Forces of Syria", "Military Forces of Turkey")]
    text = "نشرت الفصائل مشاهد من المعارك، كما أعلنت تدمير دبابة روسية بصاروخ موجه شرق المدينة."
    actor1, _, actor2 = _roles(text, "بصاروخ", "SY")
    assert actor1 is None or not actor1.startswith("Military Forces of Russia")
    assert actor2.startswith("Military Forces of Russia")


def test_blast_told_after_a_claimed_attack_keeps_the_claimant_as_author():
    text = ("قالت سرايا القدس الجمعة إن مقاتليها استهدفوا آليات إسرائيلية قرب بيت حانون، "
            "كما أعلنت تدمير دبابة إسرائيلية بعبوة ناسفة.")
    events = extract_text(text, published=dt.date(2024, 5, 4)).events
    assert [(e.sub_event_type, e.actor1, e.actor2.split(" (")[0]) for e in events] == [
        ("Remote explosive/landmine/IED", "Al Quds Brigades", "Military Forces of Israel")]


def test_speaker_of_a_missile_fired_at_it_told_in_a_relative_clause_is_not_its_launcher():
    text = "وقالت قيادة التحالف إن الصاروخ الباليستي الذي أطلق من اليمن أمس استهدف مدينة خميس مشيط."
    events = extract_text(text, published=dt.date(2018, 5, 4)).events
    assert events and all(not e.actor1.startswith("Military Forces of Saudi Arabia") for e in events)


def test_side_wounded_alongside_the_dead_is_not_the_attacker():
    text = "قتل جندي فرنسي السبت في هجوم في مالي أسفر أيضا عن إصابة ثلاثة عسكريين فرنسيين وجندي مالي بجروح."
    events = extract_text(text, published=dt.date(2018, 5, 4)).events
    assert events and all(not e.actor1.startswith("Military Forces of Mali") for e in events)
