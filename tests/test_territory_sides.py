"""Changes of territory: which side gained the ground (actor1), which lost it (actor2), and
whether ground was taken at all (an aim, an offensive, a side prevented or unable is none)."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2015, 7, 22)
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


def _gains(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events if e.sub_event_type in TERRITORY]


def test_the_governments_loyalists_who_seize_a_place_regain_it():
    gains = _gains("وسيطر الموالون للحكومة أمس على مطار مدينة تعز بعد هجوم واسع شنوه على المتمردين الحوثيين.")
    assert gains and gains[0][:2] == ("Government regains territory", "Military Forces of Yemen (2012-2022)")


def test_the_side_a_place_passed_under_gained_it():
    gains = _gains("وتم تحرير مديرية المسيمير أمس وباتت تحت سيطرة المقاومة الشعبية بعد معارك مع الحوثيين.")
    assert gains == [("Government regains territory", "Popular Resistance (Yemen)", "Ansar Allah (Houthis)")]


def test_control_owned_by_a_pronoun_is_the_subjects_not_the_nearest_sides():
    gains = _gains("وذكر مصدر محلي أن المقاومة قطعت خطوط إمداد الحوثيين بعد سيطرتها على جسر الوادي في تعز.")
    assert gains == [("Government regains territory", "Popular Resistance (Yemen)", "Ansar Allah (Houthis)")]


def test_every_backer_backs_the_gaining_side_and_none_is_it():
    gains = _gains("وأكد متحدث أن المقاومة الشعبية، مدعومة بعناصر الجيش وبغطاء جوي مكثف من طيران التحالف، "
                   "تمكنت بعد قتال عنيف مع الحوثيين من استعادة بلدة الحبيلين في لحج.")
    assert gains == [("Government regains territory", "Popular Resistance (Yemen)", "Ansar Allah (Houthis)")]


def test_an_offensive_aimed_at_ground_or_readied_takes_none():
    assert _gains("وتتأهب القوات العراقية لهجوم يستهدف استعادة مدينة هيت من تنظيم داعش.") == []


def test_ground_named_as_a_goal_is_not_taken():
    assert _gains("وقال القيادي إن استعادة بلدة الزبداني من المعارضة تبقى هدفا أساسيا لقوات النظام.") == []


def test_a_side_prevented_from_or_unable_to_take_ground_took_none():
    assert _gains("وأوضح المصدر أن قوات النظام منعت الفصائل من السيطرة على بلدة خان طومان.") == []
    assert _gains("وقال إن قوات النظام باتت عاجزة عن استعادة السيطرة على جسر الشغور من الفصائل.") == []


def test_an_operation_named_for_the_ground_it_seeks_is_no_gain():
    assert _gains("وأطلقت القوات العراقية أمس المرحلة الثالثة من عملية تحرير قضاء الشرقاط من مسلحي داعش.") == []


def test_control_of_the_situation_or_a_weapon_got_back_is_no_ground():
    assert _gains("وأوضح البيان أن قوات حرس الحدود تمكنت بمساندة القوات البرية من السيطرة على الموقف "
                  "بعد سقوط قذائف على مركز حدودي في جازان.") == []
    assert _gains("وقال المتحدث إن قوات الأمن استعادت سلاحا من موقع الاشتباك في المدينة.") == []


def test_a_town_taken_back_with_its_arms_stays_a_gain():
    gains = _gains("واستعادت القوات العراقية مدينة هيت في محافظة الأنبار من تنظيم داعش وغنمت أسلحة وذخائر.")
    assert gains and gains[0][:2] == ("Government regains territory", "Military Forces of Iraq (2014-2018)")


def test_a_claim_of_ground_denied_in_the_same_sentence_is_no_gain():
    assert _gains("وأعلن تنظيم داعش أمس سيطرته على بلدة صدد في ريف حمص، فيما نفى مصدر عسكري سوري ذلك.") == []


def test_the_side_driven_out_after_a_pronoun_for_the_place_lost_it():
    gains = _gains("وسيطرت فصائل المعارضة أمس على بلدة راجو في ريف حلب بعد أن طردوا منها المقاتلين الأكراد.")
    assert gains and all(tuple(sides) == ("Opposition Rebels (Syria)", "YPG: People's Protection Units")
                         for _, *sides in gains)


def test_a_takeover_after_the_losers_withdrawal_is_one_change_of_hands():
    doc = extract_text("وسيطرت قوات النظام أمس على بلدة مهين في ريف حمص بعد انسحاب مسلحي داعش منها.", published=DAY)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events] == [
        ("Government regains territory", "Military Forces of Syria (2000-)", "Islamic State (Syria)")]


def test_the_side_named_after_a_verb_and_the_pronoun_for_the_place_drove_the_other_out():
    gains = _gains("ووصل الوفد إلى بلدة تل أبيض التي طردت منها وحدات حماية الشعب أمس مقاتلي تنظيم داعش بعد معارك.")
    assert gains and gains[0][1:] == ("YPG: People's Protection Units", "Islamic State (Syria)")


def test_a_side_of_the_gainers_camp_named_with_it_never_lost_the_ground():
    gains = _gains("وذلك بعد أن استعادت المقاومة الشعبية، والجيش الوطني، بالتنسيق مع التحالف، مدينة زنجبار "
                   "بمحافظة أبين، وحررتها من الميليشيات الحوثية أمس.")
    assert gains and all(a2 != "Military Forces of Yemen (2012-2022)" for _, _, a2 in gains)
