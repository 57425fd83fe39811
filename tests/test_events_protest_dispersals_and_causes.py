"""Protests: a dispersal with its force before the crowd, devices thrown with stones,
the place a crowd protests or demands about, and a demonstrative naming a crowd told before."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2019, 5, 10)


def _events(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.actor1, e.actor2, e.location_ar) for e in doc.events]


def test_a_force_named_between_the_dispersal_verb_and_the_crowd_is_an_intervention() -> None:
    police = _events("فرقت قوات الأمن المتظاهرين في مدينة الناصرية بالقوة.")
    march = _events("فرقت الشرطة مسيرة للمعلمين في مدينة الخرطوم.")
    assert [e[:2] for e in police] == [("Protest with intervention", "Protesters (Iraq)")]
    assert [e[:2] for e in march] == [("Protest with intervention", "Protesters (Sudan)")]


def test_devices_thrown_in_a_list_with_stones_are_a_riot_not_a_bombing() -> None:
    events = _events("تظاهر نحو ألفي شخص يوم الجمعة شرق مدينة رفح وألقوا عبوات وحجارة على الجنود الإسرائيليين.")
    assert [e[:3] for e in events] == [
        ("Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel (2009-2021)")]


def test_an_arrest_is_not_a_throw() -> None:
    events = _events("ألقت الشرطة القبض على خمسة أشخاص بتهمة حيازة زجاجات حارقة في مدينة الموصل.")
    assert all(sub != "Violent demonstration" for sub, *_ in events)


def test_the_place_after_what_a_crowd_protested_against_is_not_where_it_stood() -> None:
    text = ("اندلعت أمس مواجهات بين الشرطة ومتظاهرين في مدينة أضنة. واستخدمت الشرطة الغاز المسيل للدموع "
            "لتفريق المتظاهرين الذين احتجوا على الغارات التي تشنها الطائرات الحربية ضد المسلحين في شمال سوريا.")
    crowds = {place for sub, a1, _, place in _events(text) if a1 and a1.startswith(("Protesters", "Rioters"))}
    assert crowds == {"أضنة"}


def test_a_protest_verb_without_its_object_keeps_the_place_after_it() -> None:
    events = _events("فرقت الشرطة متظاهرين احتجوا في ساحة التحرير على رفع الأسعار.")
    assert [(e[0], e[3]) for e in events] == [("Protest with intervention", "ساحة التحرير")]


def test_the_place_of_what_a_sit_in_demanded_is_not_its_place() -> None:
    events = _events("اعتقلت الشرطة عشرات المتظاهرين في مدينة شيكاغو بعدما نظموا اعتصاما أمام مقر شركة "
                     "للمطالبة بوقف تصدير السلاح إلى قطاع غزة.")
    assert events and all(place != "قطاع غزة" for *_, place in events)
    # a party named without a preposition before the place is no place of the demand
    party = _events("نظم مئات الطلاب اعتصاما أمام مبنى الجامعة في مدينة بوسطن الأمريكية للمطالبة بوقف دعم حرب إسرائيل في قطاع غزة.")
    assert party and all(place != "قطاع غزة" for *_, place in party)


def test_a_protest_read_from_its_grievance_word_is_not_at_the_grievances_place() -> None:
    events = _events("اعتصم مئات الطلاب اليوم في مدينة بوسطن الأمريكية احتجاجا على الحرب في قطاع غزة.")
    assert [(e[1], e[3]) for e in events] == [("Protesters (United States)", "بوسطن")]


def test_that_demonstration_named_again_is_the_violent_one_told_before() -> None:
    text = ("تظاهر آلاف الفلسطينيين الجمعة قرب السياج شرق مدينة خان يونس وألقوا حجارة وزجاجات حارقة على الجنود.\n"
            "وجرت تلك التظاهرة في إطار الاحتجاجات الأسبوعية التي تنظم منذ 30 مارس الماضي.")
    events = _events(text)
    assert [e[0] for e in events] == ["Violent demonstration"]


def test_a_march_that_turned_into_clashes_has_rioters_at_the_fence() -> None:
    events = _events("وخرجت احتجاجات حاشدة الجمعة قرب السياج شرق مدينة رفح، تخللتها مواجهات مع القوات الإسرائيلية.")
    assert [e[:2] for e in events] == [("Violent demonstration", "Rioters (Palestine)")]
    assert events[0][3] == "رفح"


def test_the_death_a_march_commemorates_is_no_force_used_on_it() -> None:
    events = _events("شارك مئات المتظاهرين أمس في مسيرة سلمية في مدينة بالتيمور الأمريكية إحياء لذكرى شاب "
                     "قتل برصاص الشرطة في مثل هذا اليوم من العام الماضي.")
    assert [(e[0], e[1]) for e in events] == [("Peaceful protest", "Protesters (United States)")]


def test_firebombs_seized_or_carried_were_thrown_by_no_crowd() -> None:
    seized = _events("ضبطت الشرطة عبوات ناسفة وزجاجات حارقة في مخزن بمدينة الموصل.")
    carried = _events("اعتقلت الشرطة شابا بحوزته زجاجات حارقة في مدينة الخليل.")
    assert all(sub != "Violent demonstration" for sub, *_ in seized + carried)
