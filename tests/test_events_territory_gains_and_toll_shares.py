"""Ground cleared or gained told in words other than "سيطر", a capture told in a relative
clause on the place taken, and parts of a toll told at places of their own."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2024, 9, 10)


def _events(text: str) -> list[tuple]:
    doc = extract_text(text, published=DAY)
    return [(e.event_type, e.sub_event_type, e.actor1, e.fatalities, e.location) for e in doc.events]


def test_enemies_driven_out_of_a_district_is_ground_regained():
    found = _events("تمكن مقاتلو المقاومة الشعبية أمس من دحر الحوثيين من منطقة دار سعد شمال عدن.")
    assert [e[:2] for e in found] == [("Battles", "Government regains territory")]
    assert found[0][2] == "Popular Resistance (Yemen)" and found[0][4] == "Dar Sad"


def test_an_attack_beaten_back_is_a_fight_not_ground():
    found = _events("تمكن الجيش أمس من دحر هجوم للمسلحين على بلدة الشيخ مسكين في ريف درعا.")
    assert all(e[1] != "Government regains territory" for e in found)


def test_ethnic_cleansing_and_aims_are_no_change_of_hands():
    assert not _events("وتشن قوات الاحتلال حملة إبادة وتطهير عرقي في مخيم جباليا منذ شهر.")
    assert not _events("وقال الوزير إن الدعم قدم في سبيل دحر الانقلابيين.")
    found = _events("أعلنت الفصائل أمس بدء معركة جديدة الهادفة إلى \"تطهير مدينة درعا من قوات النظام\".")
    assert all(e[1] != "Non-state actor overtakes territory" for e in found)


def test_a_city_whose_name_starts_like_the_verb_is_no_clearing():
    found = _events("هاجم محتجون أمس مقرا حكوميا في منطقة قريبة من العاصمة طهران.")
    assert all(e[0] != "Battles" for e in found)


def test_sides_driven_out_together_are_the_losers_of_a_passive_clearing():
    found = _events("وأضافت المصادر أنه تم أمس دحر ميليشيا الحوثي وصالح من مديرية صرواح بعد معارك عنيفة.")
    assert found and found[0][0] == "Battles" and found[0][2] != "Ansar Allah (Houthis)"


def test_gains_made_by_a_force_at_a_place_are_ground_gained():
    found = _events("وحقق مقاتلو المقاومة الشعبية مكاسب ميدانية أمس في مديرية صرواح غرب مأرب.")
    assert [e[:2] for e in found] == [("Battles", "Government regains territory")]
    assert found[0][4] == "Sirwah"


def test_gains_of_politics_or_denied_gains_are_none():
    assert not _events("حقق الحزب مكاسب سياسية كبيرة في الانتخابات أمس.")
    assert not _events("تحاول القوات حرمان الحوثيين من المكاسب التي حققوها في مأرب.")


def test_a_capture_told_in_a_relative_clause_is_at_the_place_described():
    found = _events("وأسر الجيش أمس 11 حوثيا في مديرية نعمان، التي تم إعلان تحريرها بالكامل، "
                    "وانتقلت المعارك إلى مديرية الملاجم.")
    gains = [e for e in found if e[1] == "Government regains territory"]
    assert gains and gains[0][4] == "Na'man"


def test_a_part_of_the_toll_at_a_camp_leaves_the_rest_to_the_wider_area():
    found = _events("قالت مصادر طبية اليوم إن 25 شهيدا سقطوا في غارات إسرائيلية على القطاع، "
                    "9 منهم في مخيم النصيرات وسط القطاع.")
    tolls = {e[4]: e[3] for e in found}
    assert tolls == {"Gaza Strip": 16, "Nuseirat Camp": 9}


def test_each_part_of_a_shared_toll_is_marked_and_the_mark_is_not_exported():
    doc = extract_text("قالت مصادر طبية اليوم إن 25 شهيدا سقطوا في غارات إسرائيلية على القطاع، "
                       "9 منهم في مخيم النصيرات وسط القطاع.", published=DAY)
    assert {e.location: e.toll_share for e in doc.events} == {"Gaza Strip": 0, "Nuseirat Camp": 1}
    assert all("toll_share" not in e.to_dict() for e in doc.events)
    plain = extract_text("قتل 5 أشخاص في غارة على مدينة خان يونس اليوم.", published=DAY)
    assert plain.events and all(e.toll_share is None for e in plain.events)


def test_a_part_introduced_before_its_number_at_a_city():
    found = _events("واصلت طائرات الاحتلال غاراتها على قطاع غزة اليوم، ما أسفر عن استشهاد 20 فلسطينيا، "
                    "بينهم 12 في مدينة غزة.")
    tolls = {e[4]: e[3] for e in found}
    assert tolls == {"Gaza Strip": 8, "Gaza City": 12}


def test_a_part_by_kind_stays_in_the_toll():
    found = _events("استشهد 20 فلسطينيا اليوم في غارات على مدينة خان يونس، بينهم 7 أطفال في مخيم المدينة.")
    assert sum(e[3] for e in found) == 20 and len(found) == 1


def test_the_ground_a_verb_takes_as_object_beats_a_place_approached_after_it():
    found = _events("وقالت المصادر أمس إن المقاومة طهرت جبل صبر من الحوثيين واقتربت من مطار تعز.")
    gains = [e for e in found if e[1] == "Government regains territory"]
    assert [e[4] for e in gains] == ["Jabal Sabir"]


def test_things_seized_are_no_ground_taken():
    assert not _events("استولى المسلحون على أسلحة وآليات عسكرية أمس في بلدة مورك.")
    found = _events("استولى مسلحو التنظيم أمس على بلدة مورك بعد معارك.")
    assert found and found[0][1] == "Non-state actor overtakes territory"
    backed = _events("سيطر المسلحون على بلدة مورك أمس بدعم من طائرات مسيرة.")
    assert any(e[1] == "Non-state actor overtakes territory" for e in backed)
