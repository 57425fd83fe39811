"""Acts whose trigger fires but whose candidate event used to be dropped later on."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text
from tests.support import number_mentions

DAY = dt.date(2024, 10, 2)


def _events(text: str, published: dt.date = DAY) -> list[tuple[str, str | None, int | None]]:
    doc = extract_text(text, published=published)
    return [(e.sub_event_type, e.location, e.fatalities) for e in doc.events]


def test_a_dual_count_before_a_prepositional_clash_still_counts_the_dead():
    count = number_mentions("وفي تلك الأثناء قتل جنديان باشتباكات مع المسلحين قرب القرية.")[0]
    assert count.attrs["role"] == "killed"


def test_a_meanwhile_clash_told_with_its_dead_is_an_event():
    events = _events("في الأثناء قُتل جنديان إسرائيليان باشتباكات مع حزب الله في جنوب لبنان.")
    assert [(sub, fat) for sub, _, fat in events] == [("Armed clash", 2)]


def test_a_things_noun_after_a_count_is_still_no_people():
    counts = number_mentions("دمرت الغارات 7 منازل في البلدة.\nشن الطيران 12 غارة على المنطقة.")
    assert all(m.attrs["role"] is None for m in counts)


def test_a_city_living_through_fighting_since_a_date_does_not_make_the_toll_a_total():
    events = _events(
        "وأفاد ناشطون بأن 11 عنصرا من التنظيم قتلوا جراء غارات للطيران الحربي على مناطق سيطرتهم في حي "
        "الحميدية بمدينة دير الزور التي تشهد منذ 20 من شهر يونيو (حزيران) الماضي، اشتباكات عنيفة بين "
        "الطرفين، في محاولة من التنظيم التقدم نحو وسط المدينة.",
        published=dt.date(2015, 7, 22),
    )
    assert [fat for _, _, fat in events] == [11]


def test_a_ship_struck_off_a_country_coast_is_placed_by_that_coast():
    events = _events("وقال التحالف إن مقاتلي جماعة الحوثي استهدفوا ناقلة نفط قبالة سواحل اليمن.",
                     published=dt.date(2018, 7, 26))
    assert [location for _, location, _ in events] == ["Yemen"]
