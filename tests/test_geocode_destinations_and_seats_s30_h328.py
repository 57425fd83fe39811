"""Wrong places from a trip's destination and from a festival's title.

An evacuation's people may be described at length before the place they are
taken to ("إجلاء الرافضين للاتفاق من مسلحين ومدنيين إلى محافظة X"): X is still
only the destination, so it neither locates the act nor places a village of a
later sentence.  A place named after an organization ("مهرجان مدينة X") is the
scene when the act happened around or inside it ("في محيط مهرجان مدينة X"),
as it already was in front of it ("أمام مجلس محافظة X").
"""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text
from marsad.stages import geocode

DAY = dt.date(2018, 7, 8)


def _mention(doc, surface: str):
    return next(m for m in doc.of_kind("place") if m.text == surface)


def test_destination_described_at_length_is_a_trip_end():
    doc = extract_text("وأدى القصف إلى تأجيل عملية إجلاء الرافضين للاتفاق من مسلحين ومدنيين إلى محافظة إدلب.",
                       published=DAY)
    assert geocode._trip_end(doc, _mention(doc, "إدلب"))


def test_evacuation_from_a_fronted_town_is_placed_there_not_at_the_destination():
    doc = extract_text("وفي مدينة القنيطرة، تم الخميس إجلاء آخر دفعة من المسلحين المعارضين إلى محافظة إدلب.",
                       published=DAY)
    assert geocode._trip_end(doc, _mention(doc, "إدلب"))
    assert all(e.admin1 != "Idlib" for e in doc.events)


def test_destination_word_in_an_earlier_clause_makes_no_trip_end():
    doc = extract_text("وبدأ خروج المسلحين من حي الوعر، وتقدمت قوات النظام السوري إلى مدينة تدمر.",
                       published=DAY)
    assert not geocode._trip_end(doc, _mention(doc, "تدمر"))


def test_village_after_an_evacuation_destination_stays_in_its_own_governorate():
    doc = extract_text(
        "وتبادل الطرفان القصف في ريف درعا الشرقي. وأدى القصف إلى تأجيل عملية إجلاء الرافضين للاتفاق "
        "من مسلحين ومدنيين إلى محافظة إدلب. وتدور اشتباكات الآن بين بلدة أم المياذن ومدينة درعا.",
        published=DAY)
    clashes = [e for e in doc.events if e.event_type == "Battles"]
    assert clashes and all(e.admin1 == "Daraa" for e in clashes)


def test_act_around_a_festival_is_in_the_festival_town():
    doc = extract_text(
        "كشفت السلطات الأردنية السبت أن شرطيا قتل في انفجار وقع مساء الجمعة في محيط مهرجان مدينة "
        "الفحيص السنوي.", published=DAY)
    assert not _mention(doc, "الفحيص").attrs.get("in_title")
    blasts = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert blasts and all(e.location == "Fuheis" and e.country == "Jordan" for e in blasts)


def test_title_of_an_organization_alone_is_still_no_scene():
    doc = extract_text("وقال رئيس مجلس محافظة البصرة إن الاحتجاجات ستتواصل.", published=DAY)
    assert _mention(doc, "البصرة").attrs.get("in_title")


# Code review 1 (session 30): a verb or a violent act between the destination
# word and the preposition starts another clause, whose place is its scene.

def test_fighting_spreading_to_a_town_after_a_displacement_is_placed_there():
    doc = extract_text("أدى القصف إلى تهجير عشرات العائلات من منازلها وامتدت الاشتباكات بين الطرفين "
                       "إلى بلدة كفرنبل.", published=DAY)
    assert not geocode._trip_end(doc, _mention(doc, "كفرنبل"))
    assert doc.events and all(e.location == "Kafr Nabl" for e in doc.events)


def test_fire_towards_a_district_during_an_evacuation_is_placed_there():
    doc = extract_text("خلال عملية إجلاء الجرحى من المدينة القديمة أطلق القناصة النار باتجاه حي الوعر "
                       "فقتلوا مسعفا.", published=DAY)
    assert not geocode._trip_end(doc, _mention(doc, "حي الوعر"))
    assert doc.events and all(e.location == "Al-Waer" for e in doc.events)


def test_advance_on_a_town_after_buses_left_is_placed_there():
    doc = extract_text("وفور خروج الحافلات من الحي تقدمت قوات النظام نحو بلدة عين ترما واشتبكت مع "
                       "فصائل المعارضة.", published=DAY)
    assert not geocode._trip_end(doc, _mention(doc, "عين ترما"))
    clashes = [e for e in doc.events if e.event_type == "Battles"]
    assert clashes and all(e.location == "`Ayn Tarma" for e in clashes)


def test_inside_a_council_keeps_the_town_named_after_it():
    doc = extract_text("انفجرت عبوة ناسفة داخل مجلس محافظة ديالى في بعقوبة.", published=DAY)
    assert doc.events and all(e.location == "Baqubah" and e.geo_precision == 1 for e in doc.events)


def test_member_inside_a_council_is_no_seat():
    doc = extract_text("قتل حارسان في هجوم مسلح استهدف منزل عضو داخل مجلس محافظة صلاح الدين في مدينة "
                       "تكريت.", published=DAY)
    assert _mention(doc, "صلاح الدين").attrs.get("in_title")
    assert all(e.geo_precision == 1 for e in doc.events)
