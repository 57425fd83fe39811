"""Events: fighting "بين" one plural generic group has that group on both sides."""

import datetime as dt

import pytest

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2022, 9, 8)


def sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in extract_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    "text",
    [
        "تجددت الاشتباكات بين المليشيات في ضواحي مدينة مصراتة مساء أمس.",
        "اندلعت مواجهات عنيفة بين المسلحين في مدينة بعقوبة أمس.",
    ],
)
def test_clashes_among_one_plural_group_have_it_on_both_sides(text: str) -> None:
    [(actor1, actor2)] = sides(text)
    assert actor1 is not None and actor1 == actor2


def test_a_second_side_joined_after_the_plural_group_makes_no_same_group_pair() -> None:
    [(actor1, actor2)] = sides("اندلعت اشتباكات بين المليشيات وقوات الجيش في مدينة سرت أمس.")
    assert actor1 != actor2


def test_a_plural_group_after_between_in_a_strike_is_no_pair() -> None:
    [(actor1, actor2)] = sides("قصفت الطائرات الحربية مواقع موزعة بين الفصائل في ريف إدلب أمس.")
    assert actor1 != actor2
