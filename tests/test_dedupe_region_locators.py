"""A wide curated region told right after the act's place ("في محافظة X، بصعيد مصر") only says
where that place lies (`dedupe._region_around`, used by `fold_locators`): one act, one toll."""

from __future__ import annotations

import datetime as dt

import marsad


def test_a_wide_region_told_after_the_province_locates_it_and_is_no_second_place() -> None:
    doc = marsad.extract(
        "قالت مصادر أمنية، الأربعاء، إن ثلاثة مسلحين قتلوا في اشتباك مع قوة من الشرطة في محافظة سوهاج، بصعيد مصر.",
        published=dt.date(2018, 6, 27),
    )
    assert [(e.location, e.fatalities) for e in doc.events] == [("Sohag", 3)]
