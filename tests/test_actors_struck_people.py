"""The side acted upon (actor2) told by the people or force an act struck: the unarmed dead of any
bombardment, the armed dead counted with the article ("من الإرهابيين"), civilians killed by
an air strike told beside a battle's pair, the people an arrest campaign falls among
("بصفوف"), a model number that counts nobody ("إف-16"), one of a speaker's own men, and a
force whose column a blast hit or that the verb of aim names, over the people counted; a
vehicle named by a people's nationality ("مركبة فلسطينية") carried its civilians."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text
from marsad.stages import actors as actor_stage

DAY = dt.date(2017, 3, 10)


def _sides(text: str, published: dt.date = DAY) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text, published=published)
    return [(event.sub_event_type, event.actor1, event.actor2) for event in doc.events]


def test_the_unarmed_dead_of_an_unclaimed_shelling_are_civilians():
    sides = _sides("وقال المرصد إن خمسة أشخاص قتلوا جراء قصف على بلدة تل رفعت بريف حلب الشمالي.")
    assert sides == [("Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)")]


def test_dead_counted_as_fighters_with_the_article_are_not_unarmed():
    for text in ("أعلن الجيش مقتل أربعة من الإرهابيين في غارة على مخبأ في الجبال.",
                 "قتل ثلاثة من الجنود في انفجار عبوة على طريق في الجنوب.",
                 "وقال المصدر إن غارة دمرت مدفع هاون وقتل 2 من طاقمه وأصيب 3 آخرون."):
        doc = extract_text(text, published=DAY)
        assert not actor_stage.unarmed_casualties(doc, 0, len(text))


def test_the_toll_of_the_act_a_strike_answers_is_not_its_own():
    text = "أعلن الحرس الثوري أنه شن هجوما صاروخيا على مقر للإرهابيين في سوريا، ردا على هجوم دام أسفر عن مقتل 25 شخصا."
    doc = extract_text(text, published=dt.date(2018, 10, 2))
    assert not actor_stage.unarmed_casualties(doc, 0, len(text))


def test_civilians_an_air_power_killed_beside_a_battle_pair_are_its_side_hit():
    sides = _sides("تستمر الاشتباكات بين مقاتلي القسام وجيش الاحتلال شرق رفح، بالتزامن مع قصف جوي عنيف أوقع "
                   "عشرات الضحايا من المدنيين.", dt.date(2024, 5, 20))
    strikes = [(actor1, actor2) for sub, actor1, actor2 in sides if sub == "Air/drone strike"]
    assert strikes == [("Military Forces of Israel (2022-)", "Civilians (Palestine)")]


def test_fire_folded_into_the_battle_it_backs_keeps_the_armed_pair():
    for weapon in ("قصف مدفعي مكثف", "قصف جوي عنيف"):
        sides = _sides(f"تدور المعارك بين فصائل المعارضة وقوات النظام في ريف حماة، في ظل {weapon} أوقع "
                       "عشرات القتلى من المدنيين.")
        assert sides and all(actor2 is None or not actor2.startswith("Civilians") for sub, _, actor2 in sides
                             if sub == "Armed clash")


def test_people_an_arrest_campaign_falls_among_are_its_detainees_not_a_force():
    sides = _sides("نفذت قوات الاحتلال حملة دهم واعتقالات بصفوف الفلسطينيين في مدينة الخليل وبلدات مجاورة.")
    assert sides == [("Arrests", "Military Forces of Israel (2009-2021)", "Civilians (Palestine)")]


def test_the_number_of_an_aircraft_model_counts_no_people():
    sides = _sides("قالت مصادر أمنية إن مقاتلات إف-16 تركية قصفت مخابئ للمتمردين في منطقة قنديل شمال العراق.")
    assert sides and all(actor2 != "Civilians (Turkey)" for _, _, actor2 in sides)


def test_one_of_a_speakers_own_men_killed_makes_the_speaker_the_side_hit():
    sides = _sides("أعلنت الشرطة العراقية مقتل أحد عناصرها في هجوم مسلح على نقطة تفتيش جنوب كركوك.")
    assert [actor2 for _, _, actor2 in sides] == ["Police Forces of Iraq (2014-2018)"]


def test_a_force_whose_column_a_blast_hit_is_its_side_hit_over_people_counted():
    sides = _sides("قتل أربعة أشخاص في تفجير سيارة مفخخة استهدف رتلا للجيش العراقي قرب الرمادي.", dt.date(2016, 5, 1))
    assert [actor2 for _, _, actor2 in sides] == ["Military Forces of Iraq (2014-2018)"]


def test_a_force_the_verb_of_aim_names_after_the_act_is_its_side_hit_not_an_ally():
    sides = _sides("قتل سبعة أشخاص في هجوم انتحاري نفذته حركة الشباب واستهدف الشرطة الصومالية في مقديشو.",
                   dt.date(2016, 5, 1))
    assert sides == [("Suicide bomb", "Al Shabaab", "Police Forces of Somalia (2012-2017)")]


def test_a_vehicle_named_by_a_peoples_nationality_carried_its_civilians():
    sides = _sides("قصفت طائرة مسيرة إسرائيلية مركبة فلسطينية قرب بلدة طمون شرق طوباس.", dt.date(2024, 8, 1))
    assert sides == [("Air/drone strike", "Military Forces of Israel (2022-)", "Civilians (Palestine)")]
