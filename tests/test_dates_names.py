"""DATES stage: a day and month that name a revolution, an alliance or an old attack date nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.document import Document, Sentence
from marsad.stages import dates, numbers

PUBLISHED = dt.date(2021, 3, 11)


def run(text: str) -> Document:
    """A one-sentence document after the numbers and dates stages."""
    doc = Document(text=text, published=PUBLISHED)
    doc.sentences.append(Sentence(0, len(text), 0, 0))
    numbers.process(doc)
    dates.process(doc)
    return doc


@pytest.mark.parametrize(
    "text",
    [
        "وشارك آلاف في الاحتفال بذكرى انطلاق ثورة 17 فبراير في بنغازي.",
        "ويتهم نواب قوى 8 آذار الحكومة بالتقصير.",
        "ويعود الخلاف بين فريقي 14 و8 آذار إلى سنوات.",
        "وقال إن الجماعة خططت لهجمات 11 سبتمبر من أفغانستان.",
    ],
)
def test_a_named_day_and_month_is_no_date_and_no_casualty_count(text: str) -> None:
    doc = run(text)
    assert doc.of_kind("date") == []
    assert all(m.attrs["role"] is None for m in doc.of_kind("number"))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("واندلعت أحداث 2 آذار في حي الميدان بعد اعتقال شابين.", dt.date(2021, 3, 2)),
        ("وكانت الثورة قد بدأت في 17 فبراير عام 2011.", dt.date(2011, 2, 17)),
    ],
)
def test_other_days_after_such_words_are_dates(text: str, day: dt.date) -> None:
    assert [m.value for m in run(text).of_kind("date")] == [day]
