"""Non-events of a second kind (EVENTS.md §2).

A fear or a forecast that opens its clause ("وتوقع الخبير ..."، "ويتخوف مختصون
...") governs the attacks it foretells however long its subject of titles and
names; a present fear verb with its object after من ("يتخوف السكان من هجوم")
awaits the act.  The same verbs in mid-clause, and acts told after them in a
new clause, stay reported.  A death "in one of the operations" right after
its verb ("وقتل في إحدى المعارك") tells a life, not an event.  In a story whose lead names a crash, the craft's
own blast ("لقوا حتفهم بانفجار الطائرة"), read as an air strike for the
aircraft beside it, is the crash's.  In a notice of an execution after a
trial, the killing recalled as the crime is not coded; an armed side's attack
told beside it is.
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text
from tests.support import modality_of

DAY = dt.date(2016, 3, 10)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a forecast whose subject is a rank, a title and a name
        ("وتوقع الخبير العسكري اللواء المتقاعد سالم حمدان شن التنظيم هجمات على مدن الشمال.", "هجمات"),
        ("وتوقعت مصادر أمنية عراقية مطلعة في المحافظة قيام المسلحين بهجمات على القرى.", "بهجمات"),
        # a fear with its act in a subordinate clause after a long subject
        ("ويتخوف مختصون في الشؤون الأمنية أن يشن المسلحون هجمات على البلدات المجاورة.", "هجمات"),
        ("ويخشى سكان القرى الحدودية في المنطقة أن تشن الطائرات غارات على منازلهم.", "غارات"),
        # a present fear verb with its object after من
        ("ويتخوف السكان من هجوم جديد على الحي.", "هجوم"),
        ("وتتخوف الحكومة من اشتباكات بين الجيش والمسلحين في المدينة.", "اشتباكات"),
    ],
)
def test_an_act_feared_or_foretold_is_expected(sentence, surface):
    assert modality_of(sentence, surface) == "expected"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # the act reported before the forecast
        ("قتل خمسة جنود في هجوم على حاجز عسكري، وتوقع مسؤول محلي تصاعد العنف.", "هجوم"),
        # a real act in a new clause after the fear
        ("ويتخوف السكان من الأيام المقبلة بعد أن قصفت الطائرات السوق أمس.", "قصفت"),
    ],
)
def test_acts_beside_a_fear_or_forecast_stay_reported(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وذكرت الوزارة أن المتهم الثالث انضم إلى التنظيم وقتل في إحدى المعارك في سوريا.", "وقتل"),
        ("وكان شقيقه قد سافر إلى العراق وقتل بإحدى العمليات هناك.", "وقتل"),
    ],
)
def test_a_death_in_one_of_the_operations_is_a_life_told(sentence, surface):
    assert modality_of(sentence, surface) == "recalled"


def test_a_death_with_its_own_subject_in_one_of_the_raids_stays_reported():
    assert modality_of("قتل جنديان أمس في إحدى الغارات على مدينة الموصل.", "الغارات") == "asserted"


def test_the_craft_s_own_blast_in_a_crash_story_is_the_crash_s():
    title = "وفاة طيار بتحطم طائرة خاصة في إيطاليا"
    text = ("توفي طيار بتحطم طائرة خاصة صغيرة كان يقودها أمس الأربعاء في إيطاليا.\n\n"
            "وقتل ثلاثة ركاب بانفجار الطائرة في إيطاليا.")
    assert extract_text(text, published=DAY, title=title).events == []


def test_a_blast_by_a_named_air_force_in_a_crash_story_stays_an_act():
    title = "تحطم طائرة تدريب عسكرية في شمال البلاد"
    text = ("تحطمت طائرة تدريب عسكرية في شمال البلاد أمس ونجا طيارها.\n\n"
            "وفي سياق آخر شنت طائرات حربية روسية غارات على بلدة خان شيخون في ريف إدلب أمس "
            "ما أدى إلى مقتل خمسة مدنيين.")
    events = extract_text(text, published=DAY, title=title).events
    assert any(e.sub_event_type == "Air/drone strike" for e in events)


def test_the_crime_recalled_in_an_execution_notice_is_not_coded():
    title = "تنفيذ حكم القتل قصاصا في أحد الجناة بمنطقة تبوك"
    text = ("أصدرت وزارة الداخلية أمس بيانا بشأن تنفيذ حكم القتل قصاصا في أحد الجناة بمنطقة تبوك "
            "أطلق النار على شقيقين بسبب خلافات وقعت بينهم.\n\n"
            "وقال البيان إن الجاني أقدم على قتل رجلين في تبوك بإطلاق النار عليهما.")
    assert extract_text(text, published=DAY, title=title).events == []


def test_an_armed_attack_told_beside_an_execution_stays_an_act():
    title = "تنفيذ حكم القصاص في قاتل بمنطقة جازان"
    text = ("نفذت وزارة الداخلية أمس حكم القصاص في قاتل بمنطقة جازان.\n\n"
            "وفي سياق آخر قتل مسلحون حوثيون ثلاثة مدنيين في قصف على قرية حدودية في جازان أمس.")
    assert extract_text(text, published=DAY, title=title).events
