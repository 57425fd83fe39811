"""National capitals: found however often the news names them, the
government when named bare abroad, and an origin after "من"."""

from __future__ import annotations

from support import geocoded_doc as _geocoded
from support import place_doc as _doc
from support import place_names as _names
from support import scene_names as _scenes

from marsad.stages import geocode


def test_capital_the_news_names_often_is_a_place_after_a_preposition():
    assert "لندن" in _names(_doc("طعن رجل ثلاثة أشخاص في لندن مساء السبت."))
    assert "موسكو" in _names(_doc("انفجرت قنبلة في محطة قطارات في موسكو."))


def test_capital_after_a_comma_apposition_takes_the_capital_cue():
    doc = _geocoded("أوقفت شرطة العاصمة الفرنسية، باريس، شابا يحمل سكينا.")
    paris = next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "باريس")
    assert paris.attrs["cue_type"] == "locality"
    assert paris.attrs["place"].country_code == "FR"


def test_bare_foreign_capital_is_its_government_not_a_scene():
    text = "قصفت الطائرات مواقع في ريف إدلب بعد أن رفضت المعارضة شروطا وضعتها موسكو."
    assert _scenes(text, "قصفت") == ["إدلب"]
    doc = _geocoded("وقالت مصادر في إدلب إن موسكو لم تعلق على قصف مدينة سراقب في سوريا.")
    moscow = next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "موسكو")
    assert not geocode.plausible_scene(doc, moscow)


def test_two_capitals_in_a_list_are_governments():
    doc = _geocoded("وحملت طهران وأنقرة الفصائل مسؤولية خرق الهدنة في إدلب بسوريا.")
    tehran = next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "طهران")
    assert not geocode.plausible_scene(doc, tehran)


def test_foreign_capital_after_min_is_an_origin_not_the_scene():
    first = "اعتقلت الشرطة في مصر ناشطا بعيد عودته من العاصمة البريطانية لندن."
    doc = _geocoded(first + "\nوتشهد مدن القاهرة والإسكندرية وأسيوط حملة اعتقالات واسعة.")
    assert [m.attrs["surface_ar"] for m in geocode.event_places(doc, 0, len(first), 0)] == ["مصر"]


def test_capital_of_a_country_named_as_often_beats_a_namesake_in_the_main_country():
    doc = _geocoded(
        "وقالت الولايات المتحدة إن روسيا نشرت قوات في سوريا.\nوردت روسيا بأن وجود موسكو في سوريا شرعي.\n"
        "وأضافت الولايات المتحدة أن قوات موسكو قصفت مواقع في سوريا."
    )
    moscow = next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "موسكو")
    assert moscow.attrs["place"].country_code == "RU"
