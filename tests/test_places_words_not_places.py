"""Words that only look like places: an official with his nationality
("مسئول أمريكي", no Missoula), a university or a "safe zone" abroad (no
Hereford, no Amiens), a street named after a city ("بشارع أسيوط" in Arish),
a person's name ("الشيخ عثمان بن ناصر", "وفق شمسان"), the first word of a
kunya ("أبو آدم"); and a country named like its capital ("في تونس") is the
country."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.document import Document
from marsad.pipeline import extract_text
from marsad.stages import clean, places, sentences

_PUBLISHED = dt.date(2018, 7, 9)


def _place_words(text: str) -> list[str]:
    """The text of every place mention the places stage finds."""
    doc = Document(text=text)
    clean.process(doc)
    sentences.process(doc)
    places.process(doc)
    return [m.text for m in doc.of_kind("place")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("تقاتل القوات الكردية في سوريا. وكشف مسئول أمريكي رفيع أن الطائرات قصفت مواقع للتنظيم.", "مسئول"),
        ("أفادت دراسة أجرتها جامعة هارفارد الأميركية بأن الطائرات قصفت أحياء في غزة.", "هارفارد"),
        ("زار الوزير فرنسا. وتريد أنقرة إقامة منطقة آمنة على حدودها الجنوبية.", "آمنة"),
        ("انفجرت عبوة ناسفة بمدرعة للشرطة بشارع أسيوط في مدينة العريش.", "أسيوط"),
        ("قال الشيخ عثمان بن ناصر إن الهجوم على المسجد في عدن جريمة.", "الشيخ عثمان"),
        ("وزرعت الميليشيات الألغام في صعدة وفق شمسان.", "شمسان"),
        ("شهدت أحياء الجريف، أبو آدم، الحاج يوسف في الخرطوم اعتصامات.", "أبو"),
    ],
)
def test_word_is_no_place(text: str, word: str) -> None:
    assert word not in _place_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("قتل ثلاثة في مدينة ناغازاكي اليابانية.", "ناغازاكي"),
        ("قتل ثلاثة في اشتباكات بمديرية الشيخ عثمان في عدن.", "الشيخ عثمان"),
        ("أطلق مسلحون النار على دورية في أبو ظبي.", "أبو ظبي"),
        ("فرقت الشرطة محتجين في شارع الحمراء في بيروت.", "بيروت"),
    ],
)
def test_place_kept(text: str, word: str) -> None:
    assert word in _place_words(text)


def test_street_named_after_a_city_is_placed_in_its_town() -> None:
    events = extract_text("قتل ضابط في انفجار عبوة ناسفة بمدرعة للشرطة بشارع أسيوط في مدينة العريش.",
                          published=_PUBLISHED).events
    assert events and all(e.admin1 == "North Sinai" for e in events)


def test_country_named_like_its_capital_is_the_country() -> None:
    text = ("قتل ستة من عناصر الحرس الوطني في كمين نصبه مسلحون قرب الحدود مع الجزائر، بحسب وكالة الأنباء في تونس. "
            "ويطبق في تونس قانون الطوارئ منذ أعوام.\n"
            "ويستهدف مسلحون يختبئون في مناطق جبلية في تونس قوات الأمن أحيانا.")
    events = extract_text(text, published=_PUBLISHED).events
    assert events and all((e.location, e.geo_precision) == ("Tunisia", 3) for e in events)


def test_city_cue_keeps_the_capital() -> None:
    events = extract_text("قتل شخصان في هجوم بسكين في مدينة تونس العاصمة.", published=_PUBLISHED).events
    assert events and all(e.location == "Tunis" for e in events)


def test_streets_of_a_city_are_in_it() -> None:
    assert "موسكو" in _place_words("شارك الآلاف في احتجاج بشوارع موسكو الشهر الماضي.")
