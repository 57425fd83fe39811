"""The place an event gets is the finest one the text gives.

A place name glued to the number after it ("غرب كركوك250 كم شمال بغداد", a
space lost in copying) is still that place, so the event is not left at the
far city the distance is measured from; one glued digit ("جنيف1") numbers a
series and is left alone.  A name known only as a district of another
governorate, told inside a town of the story ("في همدان بمدينة الحزم"), is a
quarter of that town: the event is at the town, not at the far district nor at
a namesake city abroad.  A name and a number after an outlet noun ("لموقع عدن24",
"لموقع عدن 24") is the outlet's name, no place at all.
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text
from marsad.stages.places import _unglued_numbers

DAY = dt.date(2016, 3, 10)


def _places(text: str) -> dict[str, str | None]:
    doc = extract_text(text, published=DAY)
    return {m.text: (p.name if (p := m.attrs.get("place")) else None) for m in doc.of_kind("place")}


def _locations(text: str) -> list[tuple[str | None, int | None]]:
    return [(e.location, e.geo_precision) for e in extract_text(text, published=DAY).events]


def test_a_number_glued_to_a_name_ends_the_name() -> None:
    view = "غربي كركوك250/كم شمال بغداد "
    assert _unglued_numbers(view) == "غربي كركوك" + "   " + "/كم شمال بغداد "
    assert len(_unglued_numbers(view)) == len(view)


def test_one_glued_digit_is_left_alone() -> None:
    assert _unglued_numbers("مؤتمر جنيف1 للسلام ") == "مؤتمر جنيف1 للسلام "


def test_a_town_glued_to_its_distance_is_found() -> None:
    text = "وأعلن مصدر أمني مقتل خمسة من عناصر داعش في اشتباكات غربي كركوك250 كم شمال بغداد."
    assert "كركوك" in _places(text)
    assert [loc for loc, _ in _locations(text)] == ["Kirkuk"]


def test_a_distant_district_told_inside_a_town_is_a_quarter_of_the_town() -> None:
    text = (
        "وشنت طائرات التحالف غارات على مواقع الحوثيين في مديرية المطمة بمحافظة الجوف، "
        "وقصفت أهدافا أخرى في همدان بمدينة الحزم عاصمة الجوف."
    )
    locations = [loc for loc, _ in _locations(text)]
    assert "Al Hazm" in locations
    assert "Hamdan" not in locations and "Hamadan" not in locations


def test_a_district_inside_its_own_town_keeps_its_place() -> None:
    text = "وقتل مسلحان في اشتباك مع قوات الأمن في مديرية الشيخ عثمان بمدينة عدن مساء الثلاثاء."
    assert _locations(text) == [("Ash Shaikh Outhman", 2)]


@pytest.mark.parametrize("text", [
    "وقال مصدر لموقع عدن24 إن مسلحين مجهولين اغتالوا ضابطا في الجيش مساء أمس.",
    "وقال مصدر لموقع الموصل24 إن مسلحين مجهولين اغتالوا ضابطا في الجيش مساء أمس.",
    "وقال مصدر لموقع عدن 24 إن مسلحين مجهولين اغتالوا ضابطا في الجيش مساء أمس.",
])
def test_a_name_and_number_after_an_outlet_noun_is_the_outlet_not_a_place(text: str) -> None:
    assert _places(text) == {}
    assert _locations(text) == []


def test_an_outlet_named_with_a_number_leaves_the_scene_to_the_text() -> None:
    text = "وقال مصدر لموقع عدن24 إن مسلحين مجهولين اغتالوا ضابطا في الجيش في مدينة المكلا مساء أمس."
    assert [loc for loc, _ in _locations(text)] == ["Al Mukalla"]
