"""Geocoding: where an attack came from, where a convoy was heading and where a
statement was made are no scene; the place of the act reported is."""

from __future__ import annotations

import datetime as dt

from support import geocoded_doc, scene_names

from marsad.pipeline import extract_text
from marsad.stages import geocode


def test_the_city_an_attack_set_out_from_is_no_scene():
    text = "شنت القوات هجوما انطلق من مدينة عدن على مواقع المتمردين في مدينة تعز."
    assert scene_names(text, "هجوما") == ["تعز"]


def test_the_city_an_attack_was_launched_from_by_a_named_side_is_no_scene():
    text = "استهدف هجوم شنته الميليشيات من مدينة البيضاء معسكرا للجيش في مدينة رداع."
    assert scene_names(text, "هجوم") == ["رداع"]


def test_shells_fired_from_a_town_land_elsewhere():
    text = "قتل طفلان بقذائف أطلقت من بلدة الفوعة على أحياء مدينة إدلب."
    assert "الفوعة" not in scene_names(text, "قتل")


def test_a_convoy_struck_on_its_way_to_a_city_is_placed_where_it_was_struck():
    text = "قصفت الطائرات رتلا عسكريا متجها إلى مدينة مأرب في منطقة صرواح."
    assert scene_names(text, "قصفت") == ["صرواح"]


def test_a_fronted_city_of_a_statement_yields_to_the_site_reported():
    text = "وفي عدن، أكدت وزارة الدفاع أن القوات استعادت قاعدة العند الجوية من المتمردين."
    assert scene_names(text, "استعادت") == ["قاعدة العند الجوية"]


def test_a_fronted_city_of_a_statement_stays_when_the_report_names_no_place():
    text = "وفي عدن، قال مسؤول أمني إن مسلحين قتلوا جنديا."
    assert scene_names(text, "قتلوا") == ["عدن"]


def test_a_fronted_city_of_an_act_is_no_statement_frame():
    text = "وفي عدن، قتل مسلحون جنديا قرب قاعدة العند الجوية."
    doc = geocoded_doc(text)
    aden = next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "عدن")
    assert not geocode._speaker_frame(doc, aden)



def test_where_fighters_are_to_leave_for_is_no_scene_of_the_deal():
    text = "وينص الاتفاق الذي أبرم في دوما على خروج مقاتلي الفصيل إلى مدينة جرابلس خلال يومين."
    assert "جرابلس" not in scene_names(text, "خروج")


def test_where_detainees_are_to_be_sent_is_no_scene_of_the_deal():
    text = "واعتقلت القوات عشرة مسلحين في مدينة دوما وتم الاتفاق على أن تكون وجهتهم إلى إدلب."
    assert "إدلب" not in scene_names(text, "الاتفاق")


def test_where_the_deported_were_sent_is_no_scene():
    text = "داهمت الشرطة منزلا في بلدة قلقيلية واعتقلت ثلاثة شبان أبعدوا لاحقا إلى الأردن."
    assert "الأردن" not in scene_names(text, "أبعدوا")


def test_the_town_the_wounded_were_rushed_to_is_no_scene():
    text = "قصفت الطائرات معسكرا للمتمردين وأسعف الجرحى إلى بلدة دمت."
    assert scene_names(text, "قصفت") == []


def test_a_rocket_told_only_by_its_launch_site_keeps_its_event() -> None:
    # (no landing place is named: the act is not dropped for want of one)
    events = extract_text("سقط صاروخ أطلق من غزة في منطقة مفتوحة أمس.", published=dt.date(2018, 5, 30)).events
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]
