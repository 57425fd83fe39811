"""Changes of territory: a side freed of ground never gains it, members holding control
are its gainer, a passive takeover names no gainer by position, an attempt or an aim
to take ground wins none, and two places taken one after the other stay two gains."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2015, 8, 12)
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


def _gains(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.actor1, e.actor2, e.location) for e in doc.events if e.sub_event_type in TERRITORY]


def test_the_subject_of_another_verb_freed_of_the_place_did_not_gain_it():
    gains = _gains("وأفاد قيادي في جماعة الحوثي بأن الجماعة تراجع حساباتها عقب تحرير مدينة عدن من "
                   "مسلحي الحوثي في الأسبوع الماضي.")
    assert gains and all(actor1 != "Ansar Allah (Houthis)" for _, actor1, _, _ in gains)
    assert gains[0][2] == "Ansar Allah (Houthis)"


def test_the_place_freed_next_to_one_freed_of_a_side_was_not_gained_by_that_side():
    gains = _gains("وتحدث المسؤول للصحفيين بعد أسبوع على تحرير مدينة زنجبار، مركز محافظة أبين، من سيطرة "
                   "الحوثيين وحلفائهم، وغداة تحرير قاعدة العند في لحج.")
    assert gains and all(actor1 != "Ansar Allah (Houthis)" for _, actor1, _, _ in gains)


def test_members_before_the_control_they_tighten_are_its_gainer():
    gains = _gains("وقصف الحوثيون أحياء في تعز، بينما أحكمت عناصر المقاومة الشعبية سيطرتها على جبل صبر المطل "
                   "على المدينة.")
    assert gains == [("Government regains territory", "Popular Resistance (Yemen)", "Ansar Allah (Houthis)",
                      "Jabal Sabir")]


def test_a_feminine_passive_takeover_takes_no_genitive_before_it_as_gainer():
    gains = _gains("وتواصل الوحدات الحكومية ملاحقة بقايا الحوثيين في حي الشيخ عثمان وتمت السيطرة على مبنى "
                   "البلدية.")
    assert all(actor1 != "Ansar Allah (Houthis)" for _, actor1, _, _ in gains)


def test_ground_a_side_tried_to_take_is_fought_over_not_won():
    text = ("وقالت الفصائل إنها قتلت خمسة عشر عنصرا من قوات النظام، خلال محاولتهم اقتحام حي "
            "صلاح الدين بحلب، واستعادة السيطرة على تلة قريبة.")
    assert _gains(text) == []


def test_a_priority_told_with_its_owner_and_time_takes_no_ground():
    assert _gains("وتحدثت مصادر عن أن أولوية الجيش خلال المرحلة المقبلة تتركز على استكمال السيطرة على "
                  "محافظة أبين.") == []


def test_an_offensive_to_wrest_control_takes_no_ground():
    assert _gains("وعبرت المنظمة عن خشيتها على السكان في بلدة مضايا هدف الحملة التي تشنها القوات الحكومية "
                  "وحلفاؤها لانتزاع السيطرة على البلدة من مقاتلي المعارضة.") == []


def test_an_air_force_backing_a_takeover_is_no_airline():
    gains = _gains("وأفادت مصادر أن المقاومة الشعبية مدعومة بإسناد جوي من طيران التحالف تمكنت أمس من "
                   "السيطرة على مديرية لودر في محافظة أبين.")
    assert gains and gains[0][:2] == ("Government regains territory", "Popular Resistance (Yemen)")
    assert gains[0][3] == "Lawdar"


def test_two_places_taken_one_after_the_other_are_two_gains():
    gains = _gains("وأكد مسؤول محلي أن المقاومة الشعبية تمكنت اليوم من السيطرة على أغلب قرى مديرية مودية في "
                   "أبين وذلك بعد يومين من السيطرة على مدينة شقرة الساحلية.")
    assert {location for *_, location in gains} >= {"Mudiyah", "Shuqrah"}


def test_an_operation_to_clear_a_city_is_the_fighting():
    assert _gains("وقال الضابط إن القوات العراقية تواصل منذ أسبوع عمليات تطهير مدينة الرمادي من مسلحي "
                  "داعش.") == []


def test_forces_let_in_through_opened_routes_have_not_entered_yet():
    assert _gains("وتعمل فرق الهندسة على فتح طرق آمنة لدخول قوات الجيش إلى مدينة الفلوجة.") == []


def test_a_gainer_found_from_the_story_decides_the_sub_type():
    gains = _gains("وتخوض المقاومة الشعبية معارك مع الحوثيين في عدن منذ أيام. وما تزال القوات الموالية للشرعية "
                   "تطارد فلول الحوثيين في حي المعلا وتمت السيطرة على منطقة الميناء واقتربت من مبنى المحافظة "
                   "حيث يتحصن بعض قناصة الحوثيين.")
    assert gains and gains[0][:3] == ("Government regains territory", "Popular Resistance (Yemen)",
                                      "Ansar Allah (Houthis)")


def test_a_side_announcing_its_plans_after_being_freed_of_a_place_did_not_gain_it():
    gains = _gains("وتقاتل المقاومة الشعبية الحوثيين في لحج. وتحدث قيادي في جماعة الحوثي عن الخطط التي أعلنت عنها "
                   "الجماعة للرد على خصومها بعد تحرير عدن من ميليشيات الجماعة في الأسبوع الماضي.")
    assert gains and gains[0][:3] == ("Government regains territory", "Popular Resistance (Yemen)",
                                      "Ansar Allah (Houthis)")
