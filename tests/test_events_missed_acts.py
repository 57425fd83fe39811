"""Second acts a lead or roundup tells after the first that must not be lost."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2024, 3, 10)


def _events(text: str, published: dt.date = DAY) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text, published=published)
    return [(e.sub_event_type, e.actor1, e.location) for e in doc.events]


def test_clash_with_fighters_named_as_resistance_men_in_each_town():
    events = _events("داهمت قوات الاحتلال الإسرائيلي منازل عدة في قرى شمال الضفة الغربية واعتقلت شبانا، "
                     "في حين وقعت اشتباكات مع مقاومين في قباطية وطولكرم.")
    clashes = {location for sub, _, location in events if sub == "Armed clash"}
    assert len(clashes) == 2


def test_a_count_heading_a_definite_noun_tells_a_new_act():
    events = _events("قصفت الطائرات الإسرائيلية مواقع في قطاع غزة يوم الأحد، "
                     "بينما أطلق مسلحون فلسطينيون مئات الصواريخ عبر الحدود يوم الأحد.")
    subs = [sub for sub, _, _ in events]
    assert "Air/drone strike" in subs and "Shelling/artillery/missile attack" in subs


def test_a_place_fronted_before_its_comma_is_the_scene_of_the_sentence():
    events = _events("قتل أربعة مدنيين في قصف على بلدة تلعفر شمال العراق. "
                     "وفي سوريا، قتل خمسة أشخاص بانفجار سيارة مفخخة.")
    assert any(location == "Syria" for _, _, location in events)
    assert any(location != "Syria" for _, _, location in events)


def test_an_act_that_raises_a_total_is_still_an_act():
    events = _events("قالت مصادر عسكرية إسرائيلية إن جنودا من كتيبة المظليين قتلوا في كمين قرب مخيم جباليا، "
                     "ما يرفع عدد قتلى الجيش إلى 400 منذ بدء الحرب.")
    assert len(events) == 1 and events[0][2] and "Jabalia" in events[0][2]


def test_riot_in_a_second_city_stays_apart_from_the_first():
    events = _events("تظاهر الآلاف في مدينة نانت الفرنسية يوم السبت احتجاجا على مشروع مطار. "
                     "في سياق آخر، نشبت صدامات بين الشرطة ومحتجين خلال مظاهرة في مدينة ليون يوم السبت.",
                     published=dt.date(2018, 4, 15))
    locations = {location for _, _, location in events}
    assert {"Nantes", "Lyon"} <= locations
    assert any(sub == "Violent demonstration" for sub, _, location in events if location == "Lyon")


def test_a_parallel_claim_beside_a_reported_strike_is_an_act_of_its_own():
    events = _events("تعرضت أحياء شرق مدينة خان يونس لقصف مدفعي عنيف، "
                     "بينما أعلنت كتائب القسام استهداف جنود إسرائيليين متحصنين داخل منزل.")
    assert [sub for sub, _, _ in events] == ["Shelling/artillery/missile attack", "Armed clash"]
    assert events[1][1] == "Al Qassam Brigades"


def test_a_country_listed_with_a_town_struck_is_one_more_scene():
    events = _events("قال الدفاع المدني في قطاع غزة إن الطائرات الإسرائيلية أغارت فجر اليوم على خان يونس ولبنان.")
    assert [location for _, _, location in events] == ["Khan Yunis", "Lebanon"]
