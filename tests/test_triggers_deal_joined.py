"""Reconciliation and settlement deals that bring places over are Agreements:
places joining a deal ("انضمت بلدات ... إلى اتفاق المصالحة") and deals reached
in a counted batch ("التوصل إلى أربعة اتفاقات تسوية") report the deal made,
while joining a club, a trade pact or a treaty reports none."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.errors import KnowledgeError
from marsad.knowledge.triggers import expand_form
from marsad.stages import triggers


def deals(text: str) -> list[tuple[str, str]]:
    """(pattern id, modality) of the Agreement triggers reporting a deal in a one-sentence text."""
    doc = Document(text=text)
    triggers.process(doc)
    return [
        (m.attrs["pattern_id"], m.attrs["modality"])
        for m in doc.of_kind("trigger")
        if m.value.sub_event_type == "Agreement" and not m.attrs.get("in_passing")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "وانضمت قرى عتمان واليادودة والمزيريب وتل شهاب إلى اتفاق المصالحة مع قوات الجيش فجر الأحد.",
        "وأفاد ناشطون بانضمام بلدتي الرستن الشمالية وتلبيسة القديمة إلى اتفاق التسوية برعاية روسية.",
        "وانضمت مديريات الوادي والحزم والمصلوب إلى اتفاق الهدنة الذي رعاه شيوخ القبائل بين المسلحين.",
        "وانضم حي الصابري إلى اتفاق وقف إطلاق النار بين الكتائب المتنازعة في المدينة.",
    ],
)
def test_places_joining_a_reconciliation_deal_report_an_agreement(sentence):
    assert ("agreement_joined", "asserted") in deals(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلن مسؤول محلي التوصل إلى سبعة اتفاقات مصالحة في قرى الحولة والقصير وتلكلخ.",
        "وقال مصدر عسكري إنه جرى التوصل إلى 3 اتفاقات تسوية مع الفصائل في ريف المدينة.",
        "وتوصلوا إلى ثلاث هدن محلية بين الكتائب المسلحة في أحياء المدينة القديمة.",
    ],
)
def test_a_counted_batch_of_deals_reached_reports_an_agreement(sentence):
    assert ("agreement_reached", "asserted") in deals(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "وانضم المهاجم إلى ناديه الجديد بعد اتفاق مع إدارة فريقه السابق على الصفقة.",
        "وانضمت الدولة إلى اتفاقية التجارة الحرة مع جيرانها في الاتحاد الاقتصادي.",
        "وانضمت فلسطين إلى اتفاقية جنيف الرابعة واتفاقيات حقوق الإنسان العام الماضي.",
        "وتوصلت الشركة إلى خمسة اتفاقات تسوية مع المستثمرين بشأن الديون.",
    ],
)
def test_joining_a_club_pact_or_treaty_reports_no_deal(sentence):
    assert deals(sentence) == []


def test_a_deal_named_after_to_without_a_joining_or_making_word_is_in_passing():
    sentence = "وتعود جذور الخلاف بين الفصائل المسلحة في البلدة إلى اتفاق المصالحة الموقع قبل أعوام."
    assert deals(sentence) == []


def test_a_call_to_join_a_deal_is_not_a_deal_made():
    sentence = "ودعا الجيش المسلحين في البلدات الباقية إلى الانضمام إلى اتفاق المصالحة قبل نهاية الشهر."
    assert ("agreement_joined", "asserted") not in deals(sentence)


def test_a_listed_word_stands_for_every_word_of_its_list_without_the_article():
    forms = expand_form("توصل الي @n اتفاقات", {"n": ["ثلاثة", "4"]})
    assert "توصل الي ثلاثه اتفاقات" in forms
    assert "توصل الي 4 الاتفاقات" in forms
    assert not any("الثلاثه" in form for form in forms)


def test_a_listed_word_must_name_a_list_of_plain_words():
    with pytest.raises(KnowledgeError):
        expand_form("توصل الي @missing اتفاقات", {"n": ["ثلاثة"]})
    with pytest.raises(KnowledgeError):
        expand_form("توصل الي @n اتفاقات", {"n": ["ثلاث*"]})
