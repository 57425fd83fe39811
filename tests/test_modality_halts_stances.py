"""Acts a side halts, suspends or freezes, acts it supports, allows, plots or
disagrees with, acts it cannot do, and acts written on a banner are not told as
happening (EVENTS.md §2); neither is a toll counted over a span of days or over
a campaign named again, nor fighting "in the ranks of" a side.  An arrest by
"أوقف", forces backing a fight, a comment on an attack and resumed shelling
stay reported."""

from __future__ import annotations

import datetime as dt

import pytest
from support import modality_of

from marsad.document import Document
from marsad.pipeline import extract_text
from marsad.stages import triggers


@pytest.mark.parametrize(
    ("sentence", "surface", "modality"),
    [
        # halted, suspended, frozen, given up
        ("وقال المتحدث إن الجيش أوقف عمليات القصف الجوي على أحياء المدينة القديمة.", "عمليات القصف", "denied"),
        ("وقال المتحدث إن القوات علقت مؤقتا الغارات على الأحياء الشرقية للسماح بخروج المدنيين.", "الغارات", "denied"),
        ("وقالت مصادر إن التحالف جمد الضربات الجوية على الميناء.", "الضربات الجوية", "denied"),
        ("وأكدت الوزارة أن الطائرات توقفت عن قصف البلدة.", "قصف", "denied"),
        # disagreed with, unable to
        ("وقال الرئيس: لا نوافق على قصف القرى الحدودية.", "قصف", "denied"),
        ("وقال إن المسلحين لا يستطيعون اقتحام المدينة بسبب التحصينات.", "اقتحام", "denied"),
        # supported, allowed, plotted
        ("وقالت الحكومة الفرنسية إنها تدعم الضربات الجوية على مواقع التنظيم.", "الضربات الجوية", "plan"),
        ("وقال الوزير إن بلاده تؤيد الضربات الجوية على مواقع المسلحين.", "الضربات الجوية", "plan"),
        ("وأعلنت الحكومة أنها سمحت للتحالف باستخدام قاعدتين جويتين، في الجنوب والشرق، في شن غارات على التنظيم.",
         "غارات", "plan"),
        ("وقالت الصحيفة إن الموقوف كان جزءا من مؤامرة لقتل القاضي.", "لقتل", "plan"),
        # a banner's words
        ("وكتب المحتجون على اللافتات «قتلتم أبناءنا».", "قتلتم", "topic"),
    ],
)
def test_a_halted_supported_allowed_or_plotted_act_is_not_told(sentence, surface, modality):
    assert modality_of(sentence, surface) == modality


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("أوقفت الشرطة خمسة متظاهرين بعد اشتباكات في المدينة.", "أوقفت"),
        ("أوقفت الشرطة خمسة متظاهرين بعد اشتباكات في المدينة.", "اشتباكات"),
        ("قصفت الطائرات التي تدعم الهجوم البري مواقع التنظيم في المدينة.", "قصفت"),
        ("علق الوزير على الهجوم الذي استهدف مقر الشرطة في المدينة.", "الهجوم"),
        ("استأنف الجيش عمليات القصف على أحياء المدينة.", "عمليات القصف"),
        ("وردد المحتجون شعارات خلال التظاهرة أمام البرلمان.", "التظاهرة"),
    ],
)
def test_an_arrest_a_backing_a_comment_or_resumed_shelling_stays_told(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"


def test_a_toll_counted_over_a_week_is_a_running_total():
    text = ("شنت الطائرات التركية أمس غارات على مواقع حزب العمال الكردستاني في جبال قنديل شمال العراق.\n\n"
            "ونقلت وكالة الأناضول السبت أن الغارات التركية أسفرت خلال أسبوع عن مقتل حوالى 200 عنصر "
            "من حزب العمال الكردستاني.")
    events = extract_text(text, published=dt.date(2015, 8, 2)).events
    assert 200 not in [e.fatalities for e in events]


def test_a_toll_of_a_campaign_named_again_is_a_running_total():
    text = ("قتل خمسة مدنيين أمس في غارة جوية على قرية قرب مدينة قندوز.\n\n"
            "وقتل العديد من المدنيين في هذه الحملة الجوية في أفغانستان.")
    events = extract_text(text, published=dt.date(2016, 3, 2)).events
    assert [e.fatalities for e in events] == [5]


def test_fighting_in_the_ranks_of_a_side_is_no_clash():
    doc = Document(text="قضى الشاب في مدينة عفرين أثناء مشاركته في القتال في صفوف الوحدات الكردية.")
    triggers.process(doc)
    assert [m.text for m in doc.of_kind("trigger")] == []
