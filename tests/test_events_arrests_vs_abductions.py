"""Arrests or abductions: a detention told with an arrest word is an arrest whoever made it
(a group a writer says "arrests" holds the ground), hostages taken are an abduction and never
a state's act, and an armed group read as the arrester where the sentence names the police
acting is the group of those arrested."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2016, 3, 10)


def _detentions(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events
            if e.sub_event_type in {"Arrests", "Abduction/forced disappearance"}]


def test_an_arrest_word_by_an_armed_group_holding_a_town_is_an_arrest():
    found = _detentions("واعتقل تنظيم داعش أمس عشرين شابا في مدينة الموصل بعد خروجهم من المسجد.")
    assert found and found[0][0] == "Arrests" and (found[0][1] or "").startswith("Islamic State")


def test_an_abduction_word_by_unknown_gunmen_stays_an_abduction():
    found = _detentions("واختطف مسلحون مجهولون أمس ثلاثة مهندسين في مدينة كركوك.")
    assert found and found[0][0] == "Abduction/forced disappearance"


def test_hostages_taken_are_an_abduction_not_the_arrest_of_the_officer_who_swapped_himself():
    found = _detentions("وقال مصدر أمني إن ضابطا في الجيش الفرنسي بادل نفسه برهينة في واقعة احتجاز الرهائن "
                        "في متجر ببلدة تريب أمس.")
    assert found and found[0][0] == "Abduction/forced disappearance"
    assert not (found[0][1] or "").startswith("Military Forces of France")


def test_police_named_acting_arrest_the_armed_group_read_before_the_arrest():
    found = _detentions("وقالت وزارة الداخلية التونسية إن قوات الأمن قتلت أمس مسلحا من تنظيم داعش واعتقلت "
                        "ستة آخرين في مدينة بنزرت.")
    assert found and found[0][0] == "Arrests"
    assert (found[0][1] or "").startswith("Police Forces of Tunisia") and (found[0][2] or "").startswith("Islamic State")


def test_a_raid_by_rebels_is_no_arrest():
    found = _detentions("وداهم مسلحون من حزب العمال الكردستاني أمس محطة للطاقة قرب مدينة ديار بكر وخطفوا عشرة عمال.")
    assert all(sub != "Arrests" for sub, _, _ in found)


def test_a_group_the_story_calls_an_abductor_abducts_also_where_an_arrest_word_tells_it():
    found = _detentions("وخطفت جبهة النصرة أمس ثمانية عناصر من الفرقة 30 قرب مدينة أعزاز.\n"
                        "وكانت النصرة قد هاجمت مقرا للفرقة قرب أعزاز واعتقلت على إثره ثمانية مقاتلين.")
    assert found and all(sub == "Abduction/forced disappearance" for sub, _, _ in found)
