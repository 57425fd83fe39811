"""Tolls of people who "fell" and of the others hurt beside them (EVENTS.md §4).

- A count of people right after a verb or noun of falling, with no casualty noun of its
  own ("سقط خلالها 15 عنصرا"، "أدى إلى سقوط 9 جنود"), fell dead: it is the act's toll.
  The wounded keep their own noun ("سقوط 30 جريحا"), things that fall are no toll
  ("سقوط 7 قذائف"), a vague count is no exact toll, and a fall told in a relative
  clause ("الحرب التي سقط خلالها 90"، "والتي سقط خلالها 90") describes a war, not one act's
  toll.  Only people who fall in fighting: ministers fall from office ("سقوط 3 وزراء"),
  and people who fall to the ground, into hands or a siege ("سقط 4 نواب أرضا"، "في قبضة
  الأجهزة"، "في حصار") are alive.
- A wounding verb followed by "آخرون"/"آخرين" ("وأصيب آخرون") tells what befell
  others: it never makes the count before it wounded.
- One offensive named by a singular attack noun and dated only by its month ("شنت
  الجماعة هجوما واسعا في مارس سقط خلاله 150 مقاتلا") keeps its own toll, however
  large, when launched ("شن ... هجوما") with its deaths told as falling during it
  ("سقط خلاله"، "قتل خلاله"); a campaign named by a definite or ongoing noun ("الهجوم على
  الأحياء الشرقية أسفر في أكتوبر عن مقتل 400"، "الهجوم الذي تشنه القوات") is the month's
  running total, as are bare killings and plural acts dated by a month.
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text

DAY = dt.date(2018, 6, 20)


def _roles(text: str) -> list[tuple[int, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(int(m.value), m.attrs.get("role")) for m in doc.of_kind("number")]


def _tolls(text: str) -> list[int]:
    return [e.fatalities for e in extract_text(text, published=DAY).events]


@pytest.mark.parametrize("phrase", ["سقط فيها", "سقط خلالها", "أسفرت عن سقوط"])
def test_people_who_fell_in_a_fight_are_its_dead(phrase: str) -> None:
    text = f"وقال مصدر عسكري إن اشتباكات عنيفة اندلعت في مديرية حيس {phrase} 15 عنصرا من الحوثيين."
    assert (15, "killed") in _roles(text)


def test_others_hurt_do_not_make_the_fallen_wounded() -> None:
    text = "وقال مصدر عسكري إن المعارك في جبهة حيس سقط فيها 15 عنصرا من الحوثيين وأصيب آخرون."
    assert (15, "killed") in _roles(text)
    assert all(role != "wounded" for value, role in _roles(text) if value == 15)


def test_a_wounding_verb_before_others_leaves_a_bare_count_alone() -> None:
    text = "وأفاد الشهود بأن 8 أشخاص كانوا في المكان وأصيب آخرون في الانفجار."
    assert (8, "wounded") not in _roles(text)


@pytest.mark.parametrize("text, expected", [
    ("وقال المسعفون إن القصف أدى إلى سقوط 30 جريحا في الحي.", (30, "wounded")),
    ("وأفاد السكان بسقوط 7 قذائف على الحي السكني.", (7, None)),
])
def test_the_wounded_and_things_that_fall_are_no_dead(text: str, expected: tuple[int, str | None]) -> None:
    assert expected in _roles(text)


def test_a_vague_count_that_fell_is_no_exact_toll() -> None:
    text = "وقال مصدر إن المعارك سقط فيها عشرات المسلحين."
    assert all(role != "killed" for _, role in _roles(text))


def test_one_offensive_dated_by_its_month_keeps_its_large_toll() -> None:
    text = ("وشنت الجماعة هجوما واسعا على مواقع الفصائل في ريف درعا الغربي في مارس 2018 "
            "سقط خلاله نحو 150 من مقاتلي الفصائل.")
    assert 150 in _tolls(text)


def test_a_fall_told_to_describe_a_war_is_no_toll_of_its_own() -> None:
    text = ("ودارت في المدينة أعنف المعارك منذ أواخر مارس وحتى منتصف يوليو، وهي الحرب التي "
            "سقط خلالها 90 من أبناء المدينة.")
    assert (90, "killed") not in _roles(text)


@pytest.mark.parametrize("text", [
    "وأدت الاحتجاجات العنيفة التي شهدتها العاصمة عمان أمس إلى سقوط 3 وزراء من الحكومة بعد استقالتهم.",
    "واقتحم مسلحون أمس مقر البرلمان في طرابلس وسقط 4 نواب أرضا خلال التدافع، دون أن يصاب أحد بأذى.",
    "وأعلنت وزارة الداخلية أمس سقوط 7 عناصر من خلية إرهابية في قبضة الأجهزة الأمنية بعد اشتباك مسلح في مدينة الموصل.",
    "وأطلقت القوات النار على المتظاهرين في ساحة التحرير ببغداد أمس وسقط 5 متظاهرين في أيدي قوات الأمن.",
    "وشن الحوثيون أمس هجوما على مواقع الجيش في مديرية نهم، وسقط 6 جنود في حصار فرضه المسلحون على الموقع "
    "لساعات قبل أن يتمكنوا من الانسحاب.",
])
def test_people_who_fall_from_office_to_the_ground_or_into_hands_are_no_dead(text: str) -> None:
    assert all(role != "killed" for _, role in _roles(text))
    assert all(toll == 0 for toll in _tolls(text))


def test_civilians_who_fell_in_shelling_are_its_dead() -> None:
    assert _tolls("وأدى القصف على بلدة كفرنبل أمس إلى سقوط 9 مدنيين.") == [9]


def test_a_fall_after_a_relative_pronoun_with_its_conjunction_is_no_toll() -> None:
    text = ("ودارت في مدينة تعز أعنف المعارك منذ أواخر مارس وحتى منتصف يوليو، والتي سقط خلالها 90 من "
            "أبناء المدينة.")
    assert (90, "killed") not in _roles(text)
    assert all(toll == 0 for toll in _tolls(text))


NOVEMBER_2016 = dt.date(2016, 11, 5)


@pytest.mark.parametrize("text", [
    "وقالت الأمم المتحدة إن الهجوم على الأحياء الشرقية لمدينة حلب أسفر في أكتوبر الماضي عن مقتل أكثر من 400 مدني.",
    "وأسفرت الحملة العسكرية على مدينة الرقة في شهر أكتوبر الماضي عن مقتل 350 مدنيا.",
    "وقتل في أكتوبر الماضي أكثر من 300 شخص في الهجوم الذي تشنه القوات العراقية على الموصل.",
])
def test_a_campaign_s_month_toll_is_a_running_total(text: str) -> None:
    assert extract_text(text, published=NOVEMBER_2016).events == []


def test_an_offensive_launched_with_its_toll_during_it_keeps_it() -> None:
    text = "وشن الجيش هجوما واسعا على مدينة الرقة في أكتوبر الماضي قتل خلاله أكثر من 200 من مسلحي داعش."
    assert [e.fatalities for e in extract_text(text, published=NOVEMBER_2016).events] == [200]
