"""Events stage: a statement's day against the paragraph's date when the statement tells a new act."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 6)  # a Wednesday


def dated(text: str) -> dict[str, str | None]:
    """Trigger -> event_date of the events extracted from `text`."""
    return {e.trigger: e.event_date for e in extract_text(text, published=PUBLISHED).events}


def test_a_new_indefinite_attack_takes_the_statements_day_not_another_acts() -> None:
    found = dated("واعتقلت الشرطة أمس الثلاثاء المتهمين بالتفجير الذي استهدف سوقا في مدينة بعقوبة السبت. "
                  "وأعلن مصدر عسكري أمس الثلاثاء مقتل سبعة مسلحين في هجوم شنه التنظيم على بلدة تلعفر.")
    assert found["مقتل"] == "2019-03-05"


def test_a_statement_retelling_the_paragraphs_act_keeps_its_day() -> None:
    found = dated("وخطف مسلحون الطبيب سامر الحلبي من منزله في مدينة تعز مساء الأحد. "
                  "وأوضح شقيقه في صفحته على فيسبوك أمس، أن المسلحين اختطفوه ونهبوا أموالا من المنزل.")
    assert {found.get("اختطفوه"), found.get("ونهبوا")} - {None} == {"2019-03-03"}


def test_a_toll_with_no_new_attack_keeps_the_paragraphs_day() -> None:
    found = dated("انفجرت سيارة مفخخة في سوق مدينة بعقوبة السبت. "
                  "وأعلن مصدر طبي أمس الثلاثاء مقتل سبعة أشخاص في التفجير.")
    assert set(found.values()) == {"2019-03-02"}
