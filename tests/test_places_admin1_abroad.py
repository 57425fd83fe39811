"""First-level units abroad the sources carry without an Arabic name (US
states, Nigerian states, Mali, Niger and Somaliland regions) are curated
admin1 rows: an act there gets the unit as admin1 at geo_precision 3, while a
bare name shared with a city or a country ("نيويورك", "واشنطن", "جورجيا",
"كانو", "غاو") keeps the city or the country."""

from __future__ import annotations

import datetime as dt

import pytest
from support import modality_of

from marsad.knowledge.gazetteer import load_gazetteer
from marsad.pipeline import extract_text

_PUBLISHED = dt.date(2021, 5, 10)


def _places(text: str) -> list[tuple[str | None, str | None, str | None, int]]:
    """(country, admin1, location, geo_precision) of each event extracted from `text`."""
    return [(e.country, e.admin1, e.location, e.geo_precision) for e in extract_text(text, published=_PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("فتح مسلح النار على رواد متجر في ولاية تكساس الأمريكية فقتل أربعة أشخاص، بحسب الشرطة.",
         ("United States", "Texas", "Texas", 3)),
        ("هاجم مسلحون من بوكو حرام قاعدة للجيش في ولاية بورنو شمال شرقي نيجيريا وقتلوا سبعة جنود.",
         ("Nigeria", "Borno", "Borno", 3)),
        ("خطف مسلحون عشرات التلاميذ من مدرسة في ولاية زمفارا شمال غربي نيجيريا.",
         ("Nigeria", "Zamfara", "Zamfara", 3)),
        ("قتل ستة جنود ماليين في انفجار عبوة ناسفة بمنطقة غاو شمالي مالي.",
         ("Mali", "Gao", "Gao", 3)),
        ("قتل ثلاثة أشخاص بإطلاق نار في مدرسة ثانوية بولاية نيويورك الأمريكية.",
         ("United States", "New York", "New York", 3)),
        ("قتل أربعة جنود نيجريين في هجوم لمسلحين على دورية في منطقة تيلابيري غربي النيجر.",
         ("Niger", "Tillaberi", "Tillaberi", 3)),
        ("خطف مسلحون عشرين مسافرا من حافلة في ولاية النيجر وسط نيجيريا.",
         ("Nigeria", "Niger", "Niger", 3)),
        ("قتل مسلحون خمسة عشر مدنيا في هجوم على سوق في منطقة الساحل البوركيني.",
         ("Burkina Faso", "Sahel", "Sahel", 3)),
        ("اندلعت اشتباكات بين قوات صوماليلاند ومسلحين قبليين في إقليم سول.",
         ("Somalia", "Sool", "Sool", 3)),
        # a spelling of a source region the sources lack
        ("قتل جنود صوماليون عشرة من مسلحي حركة الشباب في اشتباكات بإقليم غلغدود وسط الصومال.",
         ("Somalia", "Galguduud", "Galguduud", 3)),
    ],
)
def test_act_in_a_named_unit_abroad_gets_the_unit(text, place):
    assert place in _places(text)


def test_town_named_with_its_state_stays_the_town():
    places = _places("قتل شخصان في إطلاق نار داخل مركز تسوق في مدينة دالاس بولاية تكساس الأمريكية.")
    assert [(country, location, precision) for country, _admin1, location, precision in places] == [
        ("United States", "Dallas", 1)
    ]


@pytest.mark.parametrize(
    ("text", "location", "precision"),
    [
        # a bare country name that is also a state's name is the country
        ("فرقت الشرطة في جورجيا متظاهرين بالغاز المسيل للدموع أمام مبنى البرلمان.", "Georgia", 3),
        # a bare city name that is also its state's or unit's name is the city
        ("تظاهر مئات الأشخاص في واشنطن احتجاجا على قرار المحكمة العليا.", "Washington", 1),
        ("قتل مسلحون خمسة مدنيين في كانو شمالي نيجيريا.", "Kano", 1),
        ("قتل خمسة جنود ماليين في هجوم على معسكر للجيش في غاو شمالي مالي.", "Gao", 1),
        ("قتل مسلحون عشرة جنود في هجوم على ثكنة في النيجر قرب الحدود مع مالي.", "Niger", 3),
    ],
)
def test_bare_name_of_a_country_or_seat_city_keeps_it(text, location, precision):
    places = _places(text)
    assert places and all((loc, prec) == (location, precision) for _c, _a, loc, prec in places), places


def test_georgia_the_state_only_with_its_unit_word():
    places = _places("تظاهر آلاف الأشخاص في ولاية جورجيا الأمريكية احتجاجا على قانون الانتخابات.")
    assert places == [("United States", "Georgia", "Georgia", 3)]


def test_curated_states_are_admin1_units_found_by_name():
    gazetteer = load_gazetteer()
    texas = gazetteer.admin1_place("US", "Texas")
    assert texas is not None and texas.feature_class == "admin1"
    assert {p.feature_class for p in gazetteer.lookup("نيويورك")} == {"city"}
    # "منطقة الساحل" is the whole Sahel, not Burkina Faso's region
    assert not [p for p in gazetteer.lookup("منطقة الساحل") if p.country_code == "BF"]


def test_on_ones_way_to_an_act_is_an_aim():
    assert modality_of("وكتب الشاب لصديقه أنه في طريقه إلى القتال إلى جانب التنظيم.", "القتال") == "plan"


def test_small_town_far_from_its_states_seat_stays_in_the_state():
    # the gazetteer gives US towns no admin1, and Ferguson lies ~160 km from Jefferson City
    places = _places("اعتقلت الشرطة عشرة متظاهرين بعد مواجهات في بلدة فيرغسون بولاية ميزوري الأمريكية.")
    assert places and all(loc == "Ferguson" for _c, _a, loc, _p in places), places


def test_town_the_text_puts_in_another_state_yields_to_the_state():
    # Ferguson (Missouri) is no town of Texas: the named state is the scene
    places = _places("قتل شخصان في إطلاق نار في بلدة فيرغسون بولاية تكساس الأمريكية.")
    assert places == [("United States", "Texas", "Texas", 3)], places


def test_town_of_the_state_named_later_in_the_sentence_is_the_scene():
    # El Paso lies ~850 km from Austin, still within Texas's reach
    places = _places("قتل ستة أشخاص في ولاية تكساس عندما فتح رجل النار داخل سوق تجاري في مدينة إل باسو.")
    assert [loc for _c, _a, loc, _p in places] == ["El Paso"], places
