"""Actor roles told by phrasing (session 22, H236).

- Ground told as lost to a side or left before its advance ("فقد X السيطرة على ... لصالح Y",
  "انسحب X ... أمام تقدم Y"): Y gained it and is actor1, X lost it and is actor2.
- A coalition named as what a backer serves in ("بإسناد من القوات الإماراتية العاملة ضمن
  التحالف العربي") backs the same side: it is neither actor1 nor actor2.
- A backer told right after a side of its camp ("قوات الشرعية، بإسناد من التحالف، من صد
  محاولة تسلل حوثي") is never given to the enemy named after it.
- The members of a group who claim an act ("تبنى مسلحو X قتل ...") make X its author.
- The side an advancing force inflicts losses on ("مكبدة الميليشيات خسائر") lost the ground.
- An act attributed past its own description ("نسبت السلطات الهجوم الذي وقع ... إلى X") is X's.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

import marsad
from marsad.knowledge.actors import load_catalogue, validate_catalogue

DAY = dt.date(2015, 8, 10)
HOUTHIS = "Ansar Allah (Houthis)"
RESISTANCE = "Popular Resistance (Yemen)"
UAE = "Military Forces of the United Arab Emirates (2004-2022)"
SAUDI = "Military Forces of Saudi Arabia (2015-)"


def _events(text: str, day: dt.date = DAY) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.assoc_actor_1, e.actor2)
            for e in marsad.extract(text, published=day).events]


def test_ground_lost_to_a_side_makes_that_side_the_gainer():
    events = _events("وبعد ذلك بقليل فقد الحوثيون السيطرة على مدينة التربة لصالح المقاومة الشعبية.")
    assert events == [("Government regains territory", RESISTANCE, None, HOUTHIS)]


def test_ground_lost_to_the_army_is_regained_by_the_state():
    events = _events("وخسر تنظيم داعش أمس السيطرة على بلدة بيجي لصالح القوات العراقية.")
    assert [e[1:] for e in events if e[0] == "Government regains territory"] == [
        ("Military Forces of Iraq (2014-2018)", None, "Islamic State (Iraq)")]


def test_a_withdrawal_before_an_advance_is_won_by_the_advancing_side():
    events = _events("وانسحب مسلحو الحوثي من مدينة التربة أمام تقدم المقاومة الشعبية أمس.")
    assert ("Non-violent transfer of territory", RESISTANCE, None, HOUTHIS) in events


def test_a_bare_withdrawal_keeps_the_side_that_withdrew():
    events = _events("وبدأ مسلحو الحوثي الانسحاب من مدينة الحديدة أمس.")
    assert [e[1] for e in events if e[0] == "Non-violent transfer of territory"] == [HOUTHIS]


def test_the_coalition_a_backer_serves_in_is_no_side():
    events = _events("وسيطرت قوات المقاومة اليمنية، بإسناد من القوات الإماراتية العاملة ضمن تحالف دعم "
                     "الشرعية، أمس على طريق استراتيجي في مديرية التحيتا بعد اشتباكات مع ميليشيات الحوثي.")
    assert events == [("Government regains territory", RESISTANCE, UAE, HOUTHIS)]


def test_the_coalition_a_backer_serves_in_is_not_the_agent():
    events = _events("وحققت قوات المقاومة اليمنية المشتركة، بإسناد ومشاركة القوات الإماراتية العاملة ضمن "
                     "التحالف العربي، تقدما سريعا باتجاه مطار الحديدة أمس.")
    assert events and all(e[1] == RESISTANCE and e[2] == UAE and e[3] != SAUDI for e in events)


def test_a_backer_told_after_a_side_of_its_camp_is_not_the_enemys():
    events = _events("وتمكنت قوات الشرعية في اليمن، بإسناد من التحالف العربي، من صد محاولة تسلل حوثي في "
                     "الساحل الغربي أمس.")
    clashes = [e for e in events if e[0] == "Armed clash"]
    assert clashes and all(SAUDI not in (e[1], e[2]) or e[1] != HOUTHIS for e in clashes)


def test_a_backer_told_after_the_agent_still_backs_it():
    events = _events("وهاجمت قوات الجيش اليمني، بإسناد من التحالف العربي، مواقع الحوثيين في مديرية نهم أمس.")
    assert events == [("Armed clash", "Military Forces of Yemen (2012-2022)", SAUDI, HOUTHIS)]


def test_members_of_a_group_claiming_a_killing_make_it_the_author():
    events = _events("وقصف سلاح الجو السوري مناطق في الزبداني أمس. إلى ذلك، تبنى مسلحو حزب العمال الكردستاني "
                     "أمس قتل شرطيين تركيين عثر على جثتيهما قرب الحدود السورية.")
    kills = [e for e in events if e[0] == "Armed clash"]
    assert kills and kills[0][1] == "PKK - Kurdistan Workers' Party"
    assert kills[0][3] == "Police Forces of Turkey (2002-2016)"


def test_the_side_an_advance_inflicts_losses_on_lost_the_ground():
    events = _events("وتقدمت القوات نحو 5 كلم باتجاه مطار الحديدة، وتمكنت خلال ذلك من السيطرة على معظم المزارع "
                     "الواقعة على طريق المطار، مكبدة الميليشيات الحوثية خسائر فادحة.", dt.date(2018, 6, 13))
    gains = [e for e in events if e[0] in ("Government regains territory", "Non-state actor overtakes territory")]
    assert gains and all(e[1] != HOUTHIS and e[3] == HOUTHIS for e in gains)


def test_a_side_served_by_the_gainer_does_not_displace_it():
    events = _events("وسيطرت القوات العراقية أمس على بلدة هيت بعد أن قاتلت لسنوات لصالح الحكومة ضد تنظيم داعش.")
    assert events == [("Government regains territory", "Military Forces of Iraq (2014-2018)", None,
                       "Islamic State (Iraq)")]


def test_an_act_attributed_past_its_own_description_has_that_author():
    events = _events("ونسبت السلطات التركية الهجوم الانتحاري الذي وقع في سوروتش أمس وأوقع 32 قتيلا إلى تنظيم داعش.")
    assert [(e[1], e[3]) for e in events if e[0] == "Suicide bomb"] == [
        ("Islamic State (Turkey)", "Civilians (Turkey)")]


def test_the_new_cue_lists_are_validated():
    cat = load_catalogue()
    assert validate_catalogue(cat) == []
    lexicon = copy.deepcopy(cat.lexicon)
    del lexicon["role_cues"]["ceded_to"]
    lexicon["backer_described_by"]["links"] = []
    lexicon["backer_described_by"]["reach"] = 0
    problems = validate_catalogue(dataclasses.replace(cat, lexicon=lexicon))
    assert "role_cues.ceded_to: a non-empty list of words" in problems
    assert "backer_described_by.links: a non-empty list of words" in problems
    assert "backer_described_by.reach: a positive number of words" in problems


def test_men_fighting_for_a_side_do_not_gain_the_ground_taken_from_them():
    # "يقاتلون لصالح" names whom the men serve, not a gainer (code review, session 22)
    events = _events("استعاد الجيش السوري أمس السيطرة على بلدة خان شيخون بعد معارك مع مسلحين يقاتلون "
                     "لصالح هيئة تحرير الشام.", dt.date(2018, 5, 1))
    assert [(sub, actor1) for sub, actor1, _, _ in events] == [
        ("Government regains territory", "Military Forces of Syria (2000-)")]
