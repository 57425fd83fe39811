"""Sentences stage: boundaries, quotes, abbreviations, decimals, title sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.stages import clean, sentences

REFERENCE = Path(__file__).parent / "reference_gold.jsonl"


def _split(text: str, title: str | None = None) -> list[str]:
    doc = Document(text=text, title=title)
    clean.process(doc)
    sentences.process(doc)
    return [doc.text[s.start : s.end] for s in doc.sentences if not s.is_title]


def test_splits_on_arabic_and_latin_sentence_ends():
    assert _split("سقطت قذيفة. هل أصيب أحد؟ نعم! قتل اثنان؛ وجرح ثلاثة") == [
        "سقطت قذيفة.",
        "هل أصيب أحد؟",
        "نعم!",
        "قتل اثنان؛",
        "وجرح ثلاثة",
    ]


def test_semicolon_before_a_cause_keeps_the_clause_whole():
    """The cause after "؛ جراء" names the weapon of the deaths before it: one evidence sentence."""
    assert _split("أصيب خمسة عمال؛ إثر قصف مدفعي على القرية. وفر السكان؛ وأغلقت المدارس.") == [
        "أصيب خمسة عمال؛ إثر قصف مدفعي على القرية.",
        "وفر السكان؛",
        "وأغلقت المدارس.",
    ]


def test_quoted_statement_with_inner_full_stop_stays_whole():
    text = "وقال المتحدث: «أطلق المسلحون النار. ثم فروا إلى الجبال». وأضاف أن التحقيق مستمر."
    assert _split(text) == [
        "وقال المتحدث: «أطلق المسلحون النار. ثم فروا إلى الجبال».",
        "وأضاف أن التحقيق مستمر.",
    ]


def test_straight_quotes_are_respected():
    text = 'وقال الشاهد "رأيت الدخان. سمعت انفجارين" قبل وصول الإسعاف. وانتهى الحادث.'
    assert _split(text) == ['وقال الشاهد "رأيت الدخان. سمعت انفجارين" قبل وصول الإسعاف.', "وانتهى الحادث."]


def test_decimals_abbreviations_and_initials_do_not_end_sentences():
    text = "قال د. أحمد إن الزلزال بلغت قوته 5.8 درجات. وبني المعبد في القرن الثالث ق.م وما زال قائما."
    assert _split(text) == [
        "قال د. أحمد إن الزلزال بلغت قوته 5.8 درجات.",
        "وبني المعبد في القرن الثالث ق.م وما زال قائما.",
    ]


def test_year_marker_before_full_stop_ends_the_sentence():
    assert _split("وقع الهجوم في عام 2015 م. وأدانته الحكومة.") == [
        "وقع الهجوم في عام 2015 م.",
        "وأدانته الحكومة.",
    ]


def test_line_breaks_end_sentences_and_spans_exclude_whitespace():
    text = "  انفجار في المدينة  \n  قتل شخص واحد \n"
    doc = Document(text=text)
    clean.process(doc)
    sentences.process(doc)
    first, second = text.index("انفجار"), text.index("قتل")
    assert [(s.start, s.end, s.paragraph) for s in doc.sentences] == [
        (first, first + len("انفجار في المدينة"), 0),
        (second, second + len("قتل شخص واحد"), 1),
    ]


def test_dateline_is_a_sentence_of_its_own():
    text = "واشنطن، الولايات المتحدة (CNN) -- قال مسؤول إن الغارة قتلت عشرة."
    assert _split(text) == ["واشنطن، الولايات المتحدة (CNN) --", "قال مسؤول إن الغارة قتلت عشرة."]


def test_title_sentence_is_last_and_keeps_its_ellipsis():
    headline = "«داعش» يتقهقر في الوادي... وتهجير معارضين"
    doc = Document(text=f"تقدمت القوات في الوادي. وفر المسلحون.\n{headline}\n{headline}")
    clean.process(doc)
    sentences.process(doc)
    last = doc.sentences[-1]
    assert last.is_title and last.paragraph == -1 and doc.text[last.start : last.end] == headline
    assert [s.is_title for s in doc.sentences] == [False, False, True]


def test_reference_gold_evidence_is_exactly_recoverable_from_sentences():
    if not REFERENCE.exists():
        pytest.skip("reference article not available")
    record = json.loads(REFERENCE.read_text(encoding="utf-8").splitlines()[0])
    doc = Document(text=record["text"], title=record.get("title"))
    clean.process(doc)
    sentences.process(doc)
    starts = {s.start for s in doc.sentences}
    ends = {s.end for s in doc.sentences}
    for event in record["events"]:
        begin = doc.text.index(event["evidence"])
        assert begin in starts and begin + len(event["evidence"]) in ends, event["evidence"]
