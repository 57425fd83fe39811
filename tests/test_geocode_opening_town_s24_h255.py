"""An event left at country level takes the town the opening names (session 24, H255).

- A later sentence that frames the story's act by its country ("الهجوم على القاعدة في
  الصومال") is placed at the one town the article's opening names inside that country.
- A reaction placed at the country ("تضامنه مع المملكة") takes the city the opening names.
- Nothing moves when the opening names two towns (a roundup), when the clause itself
  names a province, when the only town of the opening lies outside the unit, or when the
  event's sentence and the town's name different days (another act), or for a month's tally.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 8, 4)


def _places(text: str) -> list[tuple[str | None, int | None]]:
    return [(e.location, e.geo_precision) for e in marsad.extract(text, published=DAY).events]


def test_country_framed_act_takes_the_town_of_the_opening():
    places = _places(
        "انفجرت سيارة ملغومة عند قاعدة عسكرية في الصومال مساء السبت فأصيب خمسة جنود.\n"
        "وقال ضابط في الجيش إن الهجوم وقع عند قاعدة تقع خارج بلدة كيسمايو في جنوب البلاد.\n"
    )
    assert places and {p[0] for p in places} == {"Chisimayu"}


def test_reaction_placed_at_the_country_takes_the_city_of_the_opening():
    places = _places(
        "أدانت الحكومة الهجوم الإرهابي الذي استهدف مسجدا في مدينة أبها وأسفر عن مقتل ثمانية من رجال الأمن.\n"
        "وأعربت عن تضامنها مع المملكة العربية السعودية في مواجهة الإرهاب الذي يقتل الأبرياء.\n"
    )
    assert "Saudi Arabia" not in {p[0] for p in places}


def test_roundup_opening_with_two_towns_moves_nothing():
    places = _places(
        "قتل ثلاثة أشخاص في انفجار سيارة مفخخة في مدينة حلب وقتل اثنان في انفجار عبوة في مدينة حمص الأحد.\n"
        "وقتل خمسة جنود في هجوم لمسلحين في سوريا.\n"
    )
    assert places[-1] == ("Syria", 3)


def test_province_named_by_the_clause_is_kept():
    places = _places(
        "قصفت طائرات التحالف مواقع للمتمردين في مدينة البيضاء الخميس.\n"
        "كما قتل أربعة مسلحين في اشتباكات في محافظة البيضاء.\n"
    )
    assert ("Al Bayda'", 3) in places


def test_town_outside_the_unit_is_never_taken():
    places = _places(
        "وصل وزير الخارجية إلى مدينة جنيف السويسرية للمشاركة في المحادثات.\n"
        "وقتل خمسة جنود في هجوم لمسلحين في اليمن الأحد.\n"
    )
    assert "Geneva" not in {p[0] for p in places}


def test_act_of_another_day_framed_by_the_country_stays_there():
    places = _places(
        "قتل ثلاثة أشخاص في انفجار سيارة مفخخة في مدينة حلب الأحد.\n"
        "وقتل خمسة جنود في هجوم لمسلحين في سوريا الاثنين.\n"
    )
    assert places == [("Aleppo", 1), ("Syria", 3)]


def test_act_of_the_same_story_framed_by_the_country_takes_the_town():
    places = _places(
        "قتل ثلاثة أشخاص في انفجار سيارة مفخخة في مدينة حلب الأحد.\n"
        "وقال مصدر أمني إن الانفجار الذي وقع في سوريا أصاب أيضا عشرة جنود.\n"
    )
    assert "Syria" not in {p[0] for p in places}


def test_month_tally_framed_by_the_country_stays_there():
    places = _places(
        "قتل ثلاثة جنود في هجوم لمسلحين على حاجز في مدينة دونيتسك.\n"
        "وقتل 29 جنديا في هجمات في أوكرانيا في يوليو الماضي.\n"
    )
    assert places[-1] == ("Ukraine", 3)
