"""One incident told twice: the fight that won a place is the takeover, and a
lead dated by its statement and placed by a region is the body's dated act inside it."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 5, 8)


def _events(text: str) -> list[tuple[str, int]]:
    return [(e.sub_event_type, e.fatalities) for e in extract_text(text, published=PUBLISHED).events]


def test_the_clash_that_won_a_town_folds_into_the_takeover_with_its_toll():
    text = ("شنت قوات الجيش اليمني، الاثنين، هجوما على مواقع ميليشيات الحوثي شرق ميدي. "
            "وأكد مصدر عسكري مقتل تسعة من الحوثيين في الهجوم واستعادة مواقع جديدة شرق ميدي.")
    assert _events(text) == [("Government regains territory", 9)]


def test_a_clash_told_with_its_sides_reversed_still_folds_into_the_takeover():
    text = ("وقتل 12 من الحوثيين و5 من المقاومة الشعبية في مواجهات بمدينة تعز الخميس. "
            "وسيطرت المقاومة الشعبية على مواقع في مدينة تعز بعد المواجهات مع الحوثيين الخميس.")
    assert [sub for sub, _ in _events(text)] == ["Government regains territory"]


def test_the_fight_in_the_takeovers_sentence_placed_by_its_province_is_the_takeover():
    text = ("تمكنت قوات الجيش اليمني الأحد من السيطرة على معسكر الحمراء في مديرية الوازعية بمحافظة تعز، "
            "وذلك بعد مواجهات عنيفة مع ميليشيا الحوثي قتل خلالها 14 من عناصرها.")
    assert _events(text) == [("Government regains territory", 14)]


def test_a_fight_in_the_takeovers_sentence_at_another_place_of_the_province_stays_apart():
    text = ("سيطرت قوات الجيش اليمني الأحد على بلدة الخوخة في محافظة الحديدة، فيما قتل 6 من عناصر "
            "الحوثي في اشتباكات مع الجيش في مديرية حيس بالمحافظة ذاتها.")
    assert sorted(_events(text)) == [("Armed clash", 6), ("Government regains territory", 0)]


def test_a_statement_dated_lead_at_a_region_is_the_body_strike_at_a_district_inside_it():
    text = ("أعلنت مصادر عسكرية، السبت، عن مقتل قيادي ميداني في غارة جوية للتحالف على الساحل الغربي لليمن. "
            "وقالت المصادر إن القيادي قتل في غارة، الخميس الماضي، في مديرية الدريهمي جنوبي مدينة الحديدة.")
    events = extract_text(text, published=PUBLISHED).events
    assert [(e.location, e.event_date) for e in events] == [("Ad Durayhimi", "2018-05-03")]
