"""Events: a toll goes to the act whose deaths it counts, within the act's own clause."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 6)  # a Wednesday


def tolls_by_type(text: str) -> dict[str, int | None]:
    return {e.sub_event_type: e.fatalities for e in extract_text(text, published=PUBLISHED).events}


def test_deaths_in_a_raid_that_also_abducted_people_are_not_the_abductions() -> None:
    found = tolls_by_type("اقتحم مسلحون قرية الحمدانية قرب حماة أمس فقتلوا سبعة أشخاص واختطفوا عشرين آخرين.")
    assert found["Abduction/forced disappearance"] == 0


def test_the_toll_of_the_assault_an_abduction_happened_in_is_not_the_abductions() -> None:
    found = tolls_by_type(
        "وخطف المسلحون 15 مزارعا من بلدة الحمدانية قرب حماة أمس خلال هجوم على البلدة خلف 60 قتيلا.")
    assert found["Abduction/forced disappearance"] == 0


def test_a_toll_beside_an_arrest_goes_to_the_attack_in_the_same_clause() -> None:
    found = tolls_by_type("واعتقلت الشرطة خمسة مشتبه بهم في مدينة حماة أمس وقتل ثلاثة مدنيين في تفجير سيارة مفخخة.")
    assert found.get("Remote explosive/landmine/IED", found.get("Suicide bomb")) == 3


def test_an_abduction_during_a_military_operation_is_one_event() -> None:
    found = tolls_by_type("وخطف مسلحون مجهولون أربعة مهندسين في مدينة حماة أمس خلال عملية عسكرية.")
    assert list(found) == ["Abduction/forced disappearance"]


def test_a_toll_since_a_weekday_of_this_week_is_the_toll_of_the_clashes() -> None:
    found = tolls_by_type("وقتل ما لا يقل عن 12 شخصا في مواجهات مع الشرطة في مدينة الخليل منذ الأحد.")
    assert list(found.values()) == [12]


def test_a_toll_since_a_month_long_ago_stays_a_running_total() -> None:
    found = tolls_by_type("وقتل ما لا يقل عن 120 شخصا في مواجهات مع الشرطة في مدينة الخليل منذ 3 كانون الثاني.")
    assert not any(found.values())


def test_unnumbered_new_victims_give_no_toll() -> None:
    found = tolls_by_type("وقصف الجيش مستشفى في مدينة رفح أمس، مما أسفر عن شهداء جدد.")
    assert list(found.values()) == [0]


def test_unnumbered_deaths_still_count_as_a_few() -> None:
    found = tolls_by_type("وقصف الجيش مستشفى في مدينة رفح أمس، مما أسفر عن سقوط قتلى.")
    assert list(found.values()) == [3]
