"""Riots told as "violence" (أعمال عنف) of a protest, and the tolls a riot must not take.

- "Violence" a protest turned into or was marred by is a violent demonstration by
  rioters (triggers.yaml `violence_riot`, `violence_protesting`); bare violence of a
  war, violence a crowd protests against, and a superlative ranking a day's bloodshed
  are not.
- The death the crowd rioted over ("احتجاجا على مقتل شاب") is no toll of the riot
  (events.grievance_deaths), and a young man's age told as "في الـ22" is no count
  (numbers.yaml `skip_before`).
- Inmates' mutiny (تمرد، عصيان near a prison or its inmates) is a prison riot
  (triggers.yaml `prison_riot`); civil disobedience and an insurgency are not.
"""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 8)


def events(text: str) -> list:
    return extract_text(text, published=PUBLISHED).events


def riots(text: str) -> list:
    return [e for e in events(text) if e.sub_event_type == "Violent demonstration"]


def test_protests_that_turned_into_violence_are_a_riot() -> None:
    found = riots("خرجت مظاهرات في مدينة البصرة العراقية أمس وتحولت إلى أعمال عنف.")
    assert len(found) == 1
    assert found[0].event_type == "Riots" and found[0].actor1 == "Rioters (Iraq)"


def test_violence_that_marred_the_protests_is_a_riot() -> None:
    found = riots("وشابت المظاهرات في مدينة لاهور الباكستانية أمس أعمال عنف وفق الشرطة.")
    assert [e.actor1 for e in found] == ["Rioters (Pakistan)"]


def test_violence_told_as_a_protest_later_in_its_sentence_is_a_riot_without_the_grievance_toll() -> None:
    text = ("تواصلت أعمال العنف ليل الخميس في مدينة ليون الفرنسية لليوم الثاني على التوالي، "
            "احتجاجا على مقتل شاب برصاص شرطي الثلاثاء.")
    found = riots(text)
    assert len(found) == 1
    assert found[0].actor1 == "Rioters (France)" and found[0].fatalities == 0


def test_violence_a_crowd_protests_against_is_no_riot() -> None:
    assert not riots("وتظاهر الآلاف في مدينة إسطنبول التركية أمس تنديدا بأعمال العنف في غزة.")


def test_a_wars_violence_is_no_riot() -> None:
    assert not riots("دفعت أعمال العنف في محافظة الحديدة اليمنية نحو 32 ألف شخص للنزوح هذا الشهر.")


def test_a_superlative_of_violence_leaves_fire_on_protesters_excessive_force() -> None:
    text = ("وأدى إطلاق النار من قبل الجيش على المتظاهرين إلى مقتل 12 فلسطينيا اليوم شرق مدينة رفح "
            "في أعنف أعمال عنف تشهدها المنطقة منذ بدء الاحتجاجات.")
    found = events(text)
    assert not [e for e in found if e.sub_event_type == "Violent demonstration"]
    assert any(e.sub_event_type == "Excessive force against protesters" and e.fatalities == 12 for e in found)


def test_a_young_mans_age_after_fi_is_no_toll() -> None:
    found = events("قتل شاب في الـ22 برصاص الشرطة في مدينة نانت الفرنسية أمس.")
    assert found and all(e.fatalities == 1 for e in found)


def test_inmates_mutiny_is_a_riot() -> None:
    found = riots("أعلنت السلطات أن سجناء نفذوا أمس عصيانا في السجن المركزي بمدينة ريو دي جانيرو البرازيلية "
                  "وأحرقوا عددا من الزنازين.")
    assert [e.actor1 for e in found] == ["Rioters (Brazil)"]


def test_civil_disobedience_and_an_insurgency_are_no_prison_riot() -> None:
    assert not riots("دعت المعارضة إلى عصيان مدني في مدينة الخرطوم السودانية للمطالبة بالإفراج عن السجناء.")
    assert not riots("قال قادة حركة التمرد في إقليم دارفور السوداني إنهم أطلقوا عشرة أسرى أمس.")
