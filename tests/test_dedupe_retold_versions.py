"""One incident told twice in one story — by two sources, or by a lead and a detail
sentence — is one event at the most specific place (H101)."""

import datetime as dt

from marsad.pipeline import extract_text


def _events(text: str, published: dt.date) -> list[tuple[str, str | None, str | None, int]]:
    return [(e.sub_event_type, e.location, e.event_date, e.fatalities)
            for e in extract_text(text, published=published).events]


def test_a_lead_placed_by_a_direction_from_the_city_folds_into_the_district_of_the_detail() -> None:
    lead = "صد الجيش العراقي هجوما لمسلحي داعش {} العاصمة بغداد فجر الاثنين.\n"
    detail = "وقال مصدر أمني إن المسلحين هاجموا نقطة تفتيش للجيش في قضاء الطارمية."
    published = dt.date(2019, 3, 6)
    assert [place for _, place, _, _ in _events(lead.format("شمال") + detail, published)] == ["Tarmia"]
    # a lead at the city itself and a district its detail does not place by it: two places
    assert len(_events(lead.format("في") + detail, published)) == 2
    # a further target told with "also" inside the detail's sentence is a second act
    further = "وقال مصدر أمني إن المعارك استمرت ساعتين، كما هاجم المسلحون نقطة تفتيش في قضاء الطارمية."
    assert len(_events(lead.format("شمال") + further, published)) == 2


def test_a_health_directorate_named_after_a_province_places_nothing() -> None:
    events = _events("قتل عشرة مدنيين في غارات روسية على بلدة سراقب في ريف إدلب.\n"
                     "وقالت مديرية صحة حماة إن الغارات استهدفت منازل المدنيين.", dt.date(2019, 3, 6))
    assert [(place, dead) for _, place, _, dead in events] == [("Saraqib", 10)]


def test_a_bombardment_with_no_attacker_and_the_monitors_account_naming_one_are_one_act() -> None:
    events = _events("قتل 9 مدنيين على الأقل في قصف ليلي استهدف بلدة سراقب في ريف إدلب، بحسب المرصد.\n"
                     "وأوضح المرصد أن طائرات النظام السوري قصفت مساء الاثنين بلدة سراقب.", dt.date(2019, 3, 5))
    assert events == [("Air/drone strike", "Saraqib", "2019-03-04", 9)]


def test_a_whole_day_a_quote_tells_of_is_the_day_the_story_named() -> None:
    doc = extract_text("قتل 9 مدنيين الجمعة في غارات على بلدة سراقب في ريف إدلب.\n"
                       "وقال مدير المرصد إن الطائرات الروسية تقصف طوال اليوم البلدة.", published=dt.date(2019, 3, 9))
    assert [m.value for m in doc.of_kind("date")] == [dt.date(2019, 3, 8)] * 2
