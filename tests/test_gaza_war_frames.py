"""Gaza, West Bank and Lebanon leads (2023-): East Jerusalem places, deals named only as a
time frame, press reviews, fire told by its launch site, and acts owned by a pronoun."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2025, 2, 3)


def _events(text: str) -> list:
    return extract_text(text, published=DAY).events


def test_an_east_jerusalem_quarter_is_in_the_west_bank():
    found = _events("هدمت آليات الاحتلال منزلين في حي بطن الهوى ببلدة سلوان صباح اليوم.")
    assert [(e.location, e.admin1) for e in found] == [("Silwan", "West Bank")]


def test_occupied_jerusalem_is_coded_under_palestine():
    found = _events("اعتقلت شرطة الاحتلال 4 شبان في القدس المحتلة فجر اليوم الاثنين.")
    assert found and all(e.admin1 == "West Bank" and e.actor2 == "Civilians (Palestine)" for e in found)


def test_a_truce_named_as_the_time_frame_is_no_new_agreement():
    for text in ("قالت مصادر محلية إن الأسواق عادت للعمل في مدينة رفح منذ سريان اتفاق وقف إطلاق النار.",
                 "في اليوم العاشر من اتفاق وقف إطلاق النار، عادت آلاف العائلات إلى مدينة جباليا.",
                 "وصل 20 أسيرا محررا إلى القاهرة في إطار الاتفاق بين إسرائيل والحركة اليوم.",
                 "تعرضت مدينة خان يونس لدمار واسع تكشف بعد وقف إطلاق النار."):
        assert not [e for e in _events(text) if e.sub_event_type == "Agreement"], text


def test_a_truce_starting_today_and_a_new_deal_between_named_sides_are_kept():
    start = _events("خرج آلاف الفلسطينيين إلى شوارع مدينة دير البلح مع بدء سريان الهدنة بين إسرائيل وحماس اليوم.")
    assert [e.sub_event_type for e in start] == ["Agreement"]
    deal = _events("خرجت اليوم قافلة من المقاتلين من بلدة الضمير بموجب اتفاق بين فصائل المعارضة والجانب الروسي.")
    assert "Agreement" in [e.sub_event_type for e in deal]


def test_the_topics_of_a_press_review_are_not_events():
    for text in ("ركزت صحف عالمية اهتمامها على الغارات الإسرائيلية على مدينة غزة وعلى صفقة تبادل الأسرى.",
                 "تناول الإعلام الإسرائيلي انسحاب الجيش من محور فيلادلفيا وعودة النازحين إلى رفح.",
                 "سلطت الصحف البريطانية الضوء على اقتحام المستوطنين بلدة حوارة جنوب نابلس."):
        assert _events(text) == [], text


def test_what_a_side_offers_is_no_advance():
    assert _events("اعتبر المحلل أن ما تقدمه كتائب القسام في خان يونس يفوق التوقعات.") == []


def test_fire_reported_by_the_side_it_was_aimed_at_came_from_the_launch_site():
    found = _events("أعلن الجيش الإسرائيلي أنه رصد إطلاق صاروخين من جنوب قطاع غزة صباح اليوم.")
    assert [(e.sub_event_type, e.actor1) for e in found] == [
        ("Shelling/artillery/missile attack", "Unidentified Armed Group (Palestine)")]


def test_a_named_launcher_keeps_the_fire():
    found = _events("أطلقت سرايا القدس رشقة صواريخ من قطاع غزة على مدينة سديروت اليوم.")
    assert found and found[0].actor1 == "Al Quds Brigades"


def test_an_act_owned_by_a_pronoun_is_the_announcers_and_support_is_no_scene():
    found = _events("أعلن حزب الله أن قصفه لإسرائيل منذ الليلة الماضية دعم لغزة ورد على جرائم العدو الإسرائيلي.")
    assert [(e.actor1, e.actor2) for e in found] == [("Hezbollah", "Military Forces of Israel (2022-)")]
    assert found[0].location != "Gaza Strip"


def test_a_verb_after_the_subordinating_an_keeps_its_subject():
    found = _events("قصفت الطائرات الإسرائيلية بلدة الخيام اليوم بعد أن قصفه حزب الله بالصواريخ.")
    assert found and found[0].actor1 == "Military Forces of Israel (2022-)"


def test_a_deal_sought_prevented_or_held_back_is_no_agreement():
    for text in ("نفت الحركة وضع شروط جديدة للتوصل إلى صفقة تبادل للأسرى مع إسرائيل في غزة.",
                 "اتهم الوزير الحكومة بالسعي لمنع التوصل لهدنة في قطاع غزة.",
                 "قال قادة في الجيش إن امتناع رئيس الوزراء عن التوقيع على وقف إطلاق النار في غزة يطيل الحرب."):
        assert not [e for e in _events(text) if e.sub_event_type == "Agreement"], text


def test_a_rise_told_verb_first_is_a_total_and_still_names_who_died():
    found = _events("ارتفع إلى 7 عدد قتلى الجيش الإسرائيلي في معارك حي الشجاعية بعد إعلانه اليوم مقتل جندي آخر.")
    assert [(e.event_type, e.actor2) for e in found] == [("Battles", "Military Forces of Israel (2022-)")]
    assert found[0].fatalities != 7


def test_a_town_placed_by_a_direction_from_a_city_is_the_scene():
    found = _events("أصيب 3 جنود إسرائيليين في عملية دهس قرب مدينة الرملة شمال غربي القدس المحتلة اليوم.")
    assert [e.location for e in found] == ["Ramla"]


def test_a_unit_of_the_other_country_is_still_no_scene():
    found = _events("اقتحم 50 مستوطنا المسجد الأقصى صباح اليوم، في حين اقتحمت قوات الاحتلال مخيم قلنديا "
                    "وقرية بدو وشنت حملة اعتقالات، وفق محافظة القدس.")
    assert [e.location for e in found if e.sub_event_type == "Arrests"] == ["Biddu"]


def test_a_place_after_a_preposition_across_the_border_is_the_scene_of_its_own_clause():
    found = _events("سقطت صواريخ على مدينة نهاريا صباح اليوم، وقصفت الطائرات الإسرائيلية منازل في بيت لاهيا.")
    assert sorted(e.location for e in found) == ["Beit Lahia", "Nahariya"]


def test_an_attack_named_by_its_rockets_is_a_missile_attack_at_the_city_not_its_country():
    found = _events("شنت الحركة هجوما صاروخيا على بئر السبع، إسرائيل، صباح اليوم.")
    assert [(e.sub_event_type, e.location) for e in found] == [("Shelling/artillery/missile attack", "Beersheba")]


def test_a_soldier_killed_in_a_battle_with_no_foe_named_fought_unidentified_gunmen():
    found = _events("أعلن الجيش الإسرائيلي مقتل الرقيب إيتاي شمعوني في معركة في شمال قطاع غزة اليوم.")
    assert [(e.event_type, e.actor1, e.actor2) for e in found] == [
        ("Battles", "Military Forces of Israel (2022-)", "Unidentified Armed Group (Palestine)")]
