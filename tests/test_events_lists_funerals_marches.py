"""2018 outlets: lists of towns under a plural cue go on past names the
gazetteer lacks; funerals are no new killing; what a crowd protests over is not where
it gathers; a bare word is no small town abroad; fighters leaving a town under a deal
are a transfer of territory beside the deal; what conduct "may amount to" is no report;
deaths told before the act that caused them are its toll; organized marches and crowds
that marched are protests; a foreign province after a direction word is a scene."""

from __future__ import annotations

import datetime as dt

from support import place_doc, scene_names

from marsad.pipeline import extract_text

DAY = dt.date(2018, 7, 1)


def _events(text: str) -> list[tuple[str, str]]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.location_ar) for e in doc.events]


def test_a_list_under_a_plural_cue_goes_on_past_unknown_members() -> None:
    text = "وقصفت الطائرات بلدات نوى والزعفرانة المجهولة وأم الخرائب وطفس وبصرى الشام."
    names = scene_names(text, "وقصفت")
    assert {"نوى", "طفس", "بصرى الشام"} <= set(names)


def test_after_a_singular_cue_the_conjunct_is_no_list_member() -> None:
    doc = place_doc("ودخلت القوات مدينة نوى والتقت بالأهالي وطفس قريبا.")
    assert "طفس" not in [m.attrs["surface_ar"] for m in doc.of_kind("place")]


def test_a_list_does_not_go_on_past_a_clause() -> None:
    doc = place_doc("وقصفت الطائرات بلدات نوى وكحيل وقتل ثلاثة مدنيين وطفس.")
    assert "طفس" not in [m.attrs["surface_ar"] for m in doc.of_kind("place")]


def test_mourners_burying_the_dead_are_no_new_killing() -> None:
    text = "وقتل خمسة مدنيين في غارة جوية على بلدة نوى في ريف درعا يوم السبت. وشيع الأهالي الأحد القتلى الخمسة في البلدة."
    kills = [e for e in extract_text(text, published=DAY).events if "شيع" in e.evidence]
    assert kills == []


def test_the_place_a_crowd_protests_over_is_not_where_it_gathered() -> None:
    text = "وتظاهر مئات الأشخاص يوم السبت احتجاجا على العملية العسكرية في مدينة عفرين."
    assert scene_names(text, "وتظاهر") == []


def test_a_protest_placed_before_its_grievance_keeps_its_place() -> None:
    text = "وتظاهر مئات الأشخاص في مدينة هامبورغ يوم السبت تضامنا مع سكان مدينة عفرين."
    assert scene_names(text, "وتظاهر") == ["هامبورغ"]


def test_a_bare_word_is_no_small_town_in_a_country_the_story_never_names() -> None:
    doc = place_doc("وتواصلت الاحتجاجات في العاصمة الأردنية عمان.\nوقال مصدر أمني إن دركيا تعرض للطعن.")
    assert "دركيا" not in [m.attrs["surface_ar"] for m in doc.of_kind("place")]


def test_a_bare_town_of_a_country_the_story_names_stays() -> None:
    doc = place_doc("قصفت المدفعية مواقع في سوريا.\nوكانوا يعملون لإعادة إعمار كوباني المدمرة.")
    assert "كوباني" in [m.attrs["surface_ar"] for m in doc.of_kind("place")]


def test_fighters_leaving_a_town_under_a_deal_are_a_transfer_beside_the_deal() -> None:
    text = ("وبدأ مقاتلون معارضون السبت مغادرة بلدة حرستا في ريف دمشق، في صفقة إجلاء أبرموها مع الحكومة السورية. "
            "وبدأ تنفيذ اتفاق الإجلاء صباح السبت بتبادل للأسرى.")
    subs = {sub for sub, _ in _events(text)}
    assert {"Non-violent transfer of territory", "Agreement"} <= subs


def test_leaving_asked_for_or_barred_is_no_transfer() -> None:
    asked = "ودعا الرئيس يوم السبت القوات الأجنبية إلى مغادرة مدينة منبج فورا."
    barred = "وقصفت الطائرات السبت بلدة نوى، فيما يمنعهم المسلحون من مغادرة المنطقة."
    for text in (asked, barred):
        assert "Non-violent transfer of territory" not in {sub for sub, _ in _events(text)}


def test_what_conduct_may_amount_to_is_no_report() -> None:
    text = "وقالت المتحدثة السبت إن استخدام الرصاص الحي في مدينة خان يونس قد يصل لمستوى قتل المدنيين عمدا."
    assert extract_text(text, published=DAY).events == []


def test_deaths_told_before_the_act_that_caused_them_are_its_toll() -> None:
    text = "وقال ناشطون إن العشرات قتلوا بعدما ألقت طائرات حربية السبت قنابل معبأة بغازات سامة على بلدة دوما."
    events = extract_text(text, published=DAY).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Chemical weapon", 10)]


def test_marches_organized_in_a_list_of_cities_are_one_protest_each() -> None:
    text = "وتظاهر الآلاف يوم السبت في سيدني، كما نظمت مسيرات مماثلة في مدن ملبورن وبريسبان وبيرث."
    places = {loc for sub, loc in _events(text) if sub == "Peaceful protest"}
    assert {"ملبورن", "بريسبان", "بيرث"} <= places


def test_a_crowd_that_marched_chanting_is_a_protest() -> None:
    text = "وسار المئات يوم السبت في شوارع مدينة ملبورن هاتفين ضد الحكومة."
    assert ("Peaceful protest", "ملبورن") in _events(text)


def test_a_foreign_province_after_a_direction_word_is_a_scene_in_a_roundup() -> None:
    text = ("قصفت طائرات التحالف مواقع للحوثيين في محافظة صعدة اليمنية يوم السبت.\n"
            "وأصيب 18 شخصا يوم السبت في قصف إسرائيلي استهدف مركزا ثقافيا غرب قطاع غزة.")
    assert scene_names(text, "قصف إسرائيلي") == ["قطاع غزة"]
