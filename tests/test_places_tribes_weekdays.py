"""Places misread around a story's scene, each class checked on invented sentences.

A tribe named after its home ("قبائل X وY") is people, not a place, and so is
every member of its list; a weekday after a name that is also an ordinary
word ("بأبها الخميس") is no adjective, so the name stays a place; a city
after a cue word is vouched by another city of its country even when a
namesake governorate abroad leads the story's country count; a
"popular quarter" ("حي شعبي") is no village named شعبي; and a governorate
people fled to ("نزوح إلى محافظة X") contains no town of its sentence; and
a quarter placed by its city ("حي X جنوب مدينة Y") is no village 90 km off.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2015, 8, 9)


def _doc(text: str):
    return marsad.extract(text, published=DAY)


def _surfaces(text: str) -> list[str]:
    return [m.attrs["surface_ar"] for m in _doc(text).of_kind("place")]


def test_tribes_and_their_list_are_no_places() -> None:
    text = "أدانت قبائل الزرانيق والمغافير الاعتداء الانتحاري على المصلين، وقال شيخ قبيلة البونمر إنه جريمة."
    assert _surfaces(text) == []


def test_an_ambassador_of_two_countries_names_no_place() -> None:
    assert "لبنان" not in _surfaces("قال سفير سوريا ولبنان في بيان إن قصفا استهدف حمص.")


def test_a_weekday_after_a_city_is_no_adjective() -> None:
    doc = _doc("قتل خمسة جنود في هجوم مسلح بأبها الأربعاء الماضي.")
    assert [e.location for e in doc.events] == ["Abha"]


def test_a_city_after_a_cue_is_vouched_by_another_city_of_its_country() -> None:
    text = ("شيعت محافظة ميسان جنوب الطائف أمس جنديا من أبنائها، وحضر الصلاة عليه مدير شرطة محافظة ميسان.\n"
            "وكان الجندي قد قتل مع ثلاثة من زملائه في تفجير انتحاري استهدف مسجدا بمدينة أبها الخميس الماضي.")
    assert [e.location for e in _doc(text).events] == ["Abha"]


def test_a_popular_quarter_is_no_village() -> None:
    doc = _doc("قتل 18 شخصا جراء سقوط صاروخ على حي شعبي في وسط مدينة حلب.")
    assert _surfaces("قتل 18 شخصا جراء سقوط صاروخ على حي شعبي في وسط مدينة حلب.") == ["حلب"]
    assert [e.location for e in doc.events] == ["Aleppo"]


def test_a_destination_unit_contains_no_town_of_its_sentence() -> None:
    text = ("سيطرت المقاومة الشعبية على مواقع عدة في محافظة أبين.\n"
            "وتشهد مدينة شقرة الساحلية حالة نزوح جماعي إلى محافظة حضرموت بعد أن قصفها الحوثيون بالمدفعية.")
    shuqra = next(m for m in _doc(text).of_kind("place") if m.attrs["surface_ar"] == "شقرة")
    assert shuqra.attrs["place"].admin1 == "Abyan"


def test_a_quarter_placed_by_its_city_is_no_far_village() -> None:
    doc = _doc("قال المرصد إن ثمانية أشخاص قتلوا جراء سقوط قذيفة على حي المغاير جنوب مدينة حلب.")
    quarter = next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "المغاير")
    assert quarter.attrs["place"].name == "Aleppo"
    assert [e.location for e in doc.events] == ["Aleppo"]

