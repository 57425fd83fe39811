"""An act named through its announcement, counted back from ("بعد ثلاثة أيام على
إعلان الحكومة تحرير المدينة"), is the recalled reference point of the news."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text
from marsad.stages.events import elapsed_since
from marsad.text import normalize


def words_before_the_act(text: str) -> list[str]:
    return normalize(text).split()


def test_time_counted_from_an_announced_act_makes_it_a_recall() -> None:
    assert elapsed_since(words_before_the_act("وذلك بعد أربعة أيام على إعلان الحكومة في بغداد"))
    assert elapsed_since(words_before_the_act("بعد أسبوع على إعلانها"))


def test_time_counted_from_the_act_itself_still_makes_it_a_recall() -> None:
    assert elapsed_since(words_before_the_act("جاء ذلك بعد ثلاثة أيام على"))


def test_an_announcement_with_no_elapsed_time_is_no_recall() -> None:
    assert not elapsed_since(words_before_the_act("وذلك بعد إعلان الحكومة في بغداد"))
    assert not elapsed_since(words_before_the_act("بعد أربعة أيام على زيارة الوزير ثم إعلان الحكومة في بغداد أمس"))


def test_an_announced_capture_told_as_news_stays_news() -> None:
    events = extract_text(
        "أعلنت الحكومة العراقية أمس تحرير مدينة الفلوجة من تنظيم داعش بعد معارك استمرت أسابيع.",
        published=dt.date(2016, 5, 12),
    ).events
    assert [e.background for e in events if e.location == "Fallujah"] == [False]
