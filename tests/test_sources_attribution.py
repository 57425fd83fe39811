"""Source mentions: who reports, the span governed, short names resolved."""

from __future__ import annotations

import re

from marsad.document import Document, Sentence
from marsad.stages import actors as stage

REFERENCE = (
    "انكفأ عشرات من «داعش» إلى جيب محدود على وقع هجوم تشنه قوات النظام بدعم روسي، "
    "وفق ما أفاد «المرصد السوري لحقوق الإنسان» الذي أكد القضاء على التنظيم في وادي اليرموك.\n"
    "وتدور، بحسب «المرصد»، مفاوضات بين قوات النظام ومقاتلي التنظيم المحاصرين.\n"
    "وقال مدير «المرصد» رامي عبد الرحمن: «تدور منذ الاثنين مفاوضات».\n"
    "وأوضح عبد الرحمن: «شنّت الطائرات الحربية الروسية (أمس) الثلاثاء غارات ضد مقاتلي التنظيم».\n"
    "وأفادت وكالة الأنباء السورية الرسمية (سانا) أول من أمس بـ«حالة انهيار».\n"
    "وقال مصدر أمني سوري لوكالة الأنباء الألمانية أمس إن 12 حافلة وصلت إلى القنيطرة."
)


def _doc(text: str) -> Document:
    doc = Document(text=text)
    doc.sentences = [Sentence(m.start(), m.end(), i, 0) for i, m in enumerate(re.finditer(r"[^\n]+", text))]
    stage.process(doc)
    return doc


def _sources(doc: Document) -> list[str]:
    return [m.value for m in doc.of_kind("source")]


def test_reference_sources_follow_gold_convention():
    assert _sources(_doc(REFERENCE)) == [
        "المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان",
        "المرصد السوري لحقوق الإنسان", "سانا", "مصدر أمني سوري"]


def test_source_governs_its_sentence():
    doc = _doc(REFERENCE)
    source = doc.of_kind("source")[-1]
    sentence = doc.sentences[-1]
    assert source.attrs["governs"] == (sentence.start, sentence.end)
    assert doc.text[source.start:source.end] == "مصدر أمني سوري"


def test_quote_after_said_extends_governed_span():
    text = "وقال مسؤول محلي: «قتل خمسة.\nوأصيب عشرة». وانتهى الأمر."
    doc = Document(text=text)
    doc.sentences = [Sentence(0, text.index("\n"), 0, 0), Sentence(text.index("\n") + 1, len(text), 1, 0)]
    stage.process(doc)
    source = doc.of_kind("source")[0]
    assert source.value == "مسؤول محلي"
    assert source.attrs["governs"] == (0, text.index("»") + 1)


def test_person_named_after_org_resolves_later_short_name():
    doc = _doc("قال القيادي في الحزب الديمقراطي سامر خليل إن القصف استمر.\nوأضاف خليل أن الغارات توقفت.")
    assert _sources(doc) == ["القيادي في الحزب الديمقراطي سامر خليل"] * 2


def test_subjectless_continuation_inherits_previous_source():
    doc = _doc("قال مصدر عسكري إن الهجوم فشل.\nوأضاف: «قتل عشرة».")
    assert _sources(doc) == ["مصدر عسكري", "مصدر عسكري"]
    assert doc.of_kind("source")[1].attrs["inherited"]


def test_outlet_spoken_to_is_not_part_of_the_source():
    doc = _doc("وقالت مصادر خاصة لـ«الشرق الأوسط» إن المسلحين انسحبوا.")
    assert _sources(doc) == ["مصادر خاصة"]


def test_actor_announcing_is_a_source_cut_after_the_actor():
    doc = _doc("أعلنت كتائب القسام عن كمين في رفح.")
    assert _sources(doc) == ["كتائب القسام"]
    assert doc.of_kind("actor")[0].attrs["in_source"]


def test_subject_before_verb_with_kana():
    doc = _doc("وكانت حركة الجهاد الإسلامي أعلنت مساء الثلاثاء التوصل إلى اتفاق.")
    assert _sources(doc) == ["حركة الجهاد الإسلامي"]


def test_object_of_a_verb_is_not_a_source():
    doc = _doc("وأكد القضاء على الخلايا في الوادي.")
    assert _sources(doc) == []


def test_according_to_what_x_said():
    doc = _doc("قتل فلسطينيان، وفقاً لما ذكره الجيش الإسرائيلي.\nوقتل عشرة حسبما أفاد مصدر طبي.")
    assert _sources(doc) == ["الجيش الإسرائيلي", "مصدر طبي"]


def test_glued_preposition_is_dropped_from_source():
    doc = _doc("قتل خمسة وفقا لوزارة الصحة.\nوأصيب عشرة وفقا للمرصد.")
    assert _sources(doc) == ["وزارة الصحة", "المرصد السوري لحقوق الإنسان"]


def test_present_tense_claim_names_the_claiming_group():
    doc = _doc("تعلن سرايا القدس عن استهداف دبابة في حي الشجاعية، وتقول إنها أوقعت إصابات.")
    assert _sources(doc)[0] == "سرايا القدس"
