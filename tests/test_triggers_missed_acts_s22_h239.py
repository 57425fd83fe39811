"""Acts the trigger lexicon used to miss: projectiles fired across a border ("مقذوفات"), the
taking of ground told by its noun with the taker between it and "على" ("سيطرة قوات X على"),
and "فجر" as a verb with its doer or a day word before it; and the readings these words must
not get (a riot's thrown objects, a bullet wound, standing control, a demanded handover, dawn)."""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2015, 8, 7)


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in marsad.extract(text, published=DAY).events]


def test_projectiles_falling_on_border_villages_are_shelling():
    text = "تعرضت قرى محافظة الحرث جنوب جازان أمس لسقوط مقذوفات حوثية، أصيب من خلالها مواطن بجروح."
    assert _types(text) == ["Shelling/artillery/missile attack"]


def test_a_soldier_killed_by_a_military_projectile_is_a_shelling_victim():
    events = marsad.extract(
        "استشهد جندي أمس إثر إصابته بمقذوف عسكري قادم من الأراضي اليمنية في قطاع الطوال بمنطقة جازان.",
        published=DAY,
    ).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Shelling/artillery/missile attack", 1)]


def test_projectiles_thrown_by_protesters_are_a_riot_and_a_bullet_wound_is_no_act():
    assert _types("ورشق المحتجون رجال الشرطة أمس بمقذوفات بينها زجاجات حارقة في باريس.") == ["Violent demonstration"]
    assert _types("أكد تقرير الطب الشرعي وجود جرح مدخل لمقذوف ناري في ظهر الشاب.") == []


def test_control_with_its_taker_between_noun_and_preposition_is_a_change_of_ground():
    events = marsad.extract(
        "أفادت مصادر محلية أمس بسيطرة المقاومة الشعبية على أجزاء من مدينة الحوطة عاصمة محافظة لحج.",
        published=DAY,
    ).events
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Government regains territory", "Popular Resistance (Yemen)")]


def test_standing_or_demanded_control_is_no_act():
    assert _types("ويعيش السكان في ظل سيطرة جماعة الحوثي على عدد من المحافظات اليمنية منذ أشهر.") == []
    assert _types(
        "وتتضمن المطالب الروسية تسليم الفصائل سلاحها الثقيل وعودة المؤسسات الرسمية "
        "وسيطرة القوات الحكومية على معبر نصيب مع الأردن."
    ) == []


def test_fajjara_with_a_day_word_before_it_is_still_the_verb():
    assert _types("أمس فجر مجرم داعشي نفسه في المصلين بمسجد تابع لقوات الطوارئ في مدينة أبها.") == ["Suicide bomb"]


def test_fajjara_with_the_groups_members_as_doer_is_a_bombing():
    assert _types("فجر عناصر داعش أمس جسرا في مدينة الرمادي.") == ["Remote explosive/landmine/IED"]


def test_dawn_followed_by_its_day_is_no_bombing():
    assert _types("اقتحمت القوات الإسرائيلية فجر الثلاثاء بلدة بيت أمر شمال الخليل واعتقلت ثلاثة شبان.") == ["Arrests"]
