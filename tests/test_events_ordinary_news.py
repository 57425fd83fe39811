"""Ordinary news is no conflict: word senses that read as events in a by-eye
review of Saudi 2015 news with at most one conflict word (programmes that
"target" families, festival crowds and "demonstrations" of culture, battles of
history or rhetoric, club signings, ambulance transfers, a centre's new seat,
seized goods, animals, criminal arrests), and the real events beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2015, 8, 6)  # a Thursday


def subs(text: str) -> list[str]:
    """Sub-event types of the events of a short article."""
    return [e.sub_event_type for e in extract_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    "sentence",
    [
        # beneficiaries, topics and sectors a programme "targets"
        "وأوضح المدير أن السلال الغذائية تستهدف 4000 عائلة لاجئة في مناطق عكار وطرابلس.",
        "وبين المسؤول أن ورشة العمل استهدفت ستة محاور في مدينة الدمام.",
        "ونفذ مراقبو الوزارة أمس جولات تفتيشية استهدفت 40 منشأة في مدينة الدمام.",
        "وقالت الهيئة إن مدينة ينبع الجديدة تستهدف الصناعات الثقيلة.",
        # a sect or an identity "targeted" in a speech
        "ورأى النائب أمس أن قرار الحكومة يستهدف الطائفة السنية في مدينة طرابلس.",
        # crowds at a show and a cultural "demonstration"
        "واحتشد مئات الزوار أمس في ساحة المهرجان بمدينة أبها لمشاهدة العروض الشعبية.",
        "وانطلقت أمس في مدينة الطائف تظاهرة ثقافية تضم معارض للكتب وأمسيات شعرية.",
        # battles of history, of politics, and the battle as a cause
        "ويضم الجناح مجسمات لغزوة الخندق تصور مواقع المعركة والجنود في المدينة المنورة.",
        "وقد شهد البرلمان معركة حادة مع قوى المعارضة أمس حول قانون الانتخاب في عمان.",
        "وقال القائد أمس في مدينة مأرب إن المعركة بحاجة إلى صبر وتنسيق بين كل الجبهات.",
        "وقال الوزير إن قوات النظام تكبدت خسائر كبيرة على أرض المعركة في سوريا.",
        # a club agrees with a player
        "واتفق الأهلاويون مع الحارس المصري جهاد سالم لارتداء شعار الفريق في الموسم الجديد، وسينضم إلى المعسكر في مدينة طنطا.",
        # the injured or the dead taken to hospital or home
        "وأنقذت الفرق أمس فتاة في منطقة جازان وتم نقلها بالإسعاف إلى المستشفى العام.",
        # a civilian body's new seat
        "ودشن الوزير أمس المقر الجديد للمركز الوطني للأبحاث في حي العليا بمدينة الرياض.",
        # seized goods in containers
        "وأغلقت الوزارة معملا مخالفا في حي السلي بمدينة الرياض وصادرت 15 ألف عبوة من المنظفات.",
        # animals killed
        "وأكد السكان أن طيور النورس تهاجم المارة في البلدة بعد قتل عدد منها.",
        # order restored, a meeting left
        "وقالت الشرطة إن قوات الأمن استعادت السيطرة على الوضع في ميناء كاليه أمس.",
        "وانسحب قادة من حركة طالبان من اجتماع للقيادة يوم الأربعاء الماضي في مدينة كويتا بغرب باكستان.",
    ],
)
def test_ordinary_senses_are_no_events(sentence: str) -> None:
    assert subs(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        "وألقت شرطة مدينة الدمام أمس القبض على عصابة من أربعة أشخاص تتنقل بين المدن بسيارات مستأجرة.\n"
        "وأحيل المتهمون إلى النيابة العامة لاستكمال التحقيق معهم.",
        "وألقت سلطات مطار القاهرة أمس القبض على مسافر بعد رسوبه في اختبار للكحول.",
    ],
)
def test_a_criminal_arrest_in_a_police_story_is_no_event(text: str) -> None:
    assert subs(text) == []


def test_a_raid_on_a_thief_is_no_event() -> None:
    assert subs("وأوضح المسؤول أن الشرطة داهمت المنزل في حي الصفا بمدينة جدة يوم الثلاثاء بعد بلاغ عن سرقة مجوهرات.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت الشرطة أمس اعتقال ثلاثة أشخاص يشتبه بانتمائهم إلى خلية إرهابية في مدينة الدمام.",
        # (the story names the conflict elsewhere: the detainees need not be named as fighters)
        "وانفجرت سيارة مفخخة أمس قرب مسجد في مدينة القطيف.\nوألقت الشرطة أمس القبض على شخصين في مدينة القطيف.",
    ],
)
def test_an_arrest_in_a_political_or_conflict_story_is_kept(text: str) -> None:
    assert "Arrests" in subs(text)


@pytest.mark.parametrize(
    ("sentence", "sub"),
    [
        ("واحتشد مئات العمال أمس أمام مقر الوزارة في الرباط للمطالبة بصرف رواتبهم المتأخرة.", "Peaceful protest"),
        ("وشنت طائرات التحالف أمس غارات استهدفت مواقع للتنظيم قرب مدينة الموصل.", "Air/drone strike"),
        ("واشتبك الجيش أمس مع مسلحين في بلدة الشيخ زويد.", "Armed clash"),
    ],
)
def test_real_events_beside_them_stay(sentence: str, sub: str) -> None:
    assert sub in subs(sentence)
