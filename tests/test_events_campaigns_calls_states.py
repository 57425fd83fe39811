"""Events stage: campaigns going on for weeks, summaries since a war began, calls
made to people, society-wide killing and firebombs found in a search are not
events; the acts told beside them on a day still are."""

import datetime as dt

import pytest
from support import modality_of

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 3, 7)


def events_of(text: str):
    return extract_text(text, published=PUBLISHED).events


@pytest.mark.parametrize("sentence", [
    # "since" and a span between a light verb and the act: a campaign going on
    "وتتعرض البلدات الشرقية منذ نحو ثلاثة أسابيع لحملة قصف على أحيائها السكنية في ريف حمص.",
    "ويشن المسلحون منذ سنوات هجمات على نقاط الجيش في شمال سيناء.",
    # a hold or clashes since a war broke out or a side marched on the town
    "وسيطر التنظيم على أجزاء واسعة من شرق سورية منذ نشوب الحرب الأهلية قبل ثلاث سنوات.",
    "وتشهد مدينة تعز اشتباكات عنيفة منذ زحف المسلحين إليها في الربيع الماضي.",
    # a side's tally over its operations
    "وقال الجيش إنه قتل أكثر من خمسمئة مسلح في عملياته في ولاية بورنو.",
    # a call made to people named by a pronoun, its act a noun after a preposition
    "ووزعت الطائرات منشورات على سكان البلدة تدعوهم لمساندة الجيش في طرد المسلحين.",
    "ورفع المستوطنون لافتات تدعو إلى قتل وطرد السكان من البلدة القديمة في الخليل.",
    # killing "one another" in the present: a state of a society
    "وصار أبناء البلد الواحد بعضهم يقتل بعضا في مدن اليمن.",
])
def test_a_campaign_summary_call_or_state_is_not_an_event(sentence: str) -> None:
    assert events_of(sentence) == []


def test_firebombs_found_in_a_search_are_no_riot() -> None:
    events = events_of("وضبطت الشرطة مسدسا وذخيرة بكمية كبيرة وأسلحة بيضاء، وقنابل مولوتوف، خلال تفتيش منزل في أنقرة.")
    assert "Violent demonstration" not in {e.sub_event_type for e in events}


@pytest.mark.parametrize("sentence", [
    # "since the morning": the day's own fighting
    "وتشن القوات منذ صباح اليوم هجوما على بلدة حرستا في الغوطة الشرقية.",
    # the same killing word told as done, with no call
    "وقتل مسلحون مجهولون ثلاثة مدنيين وطردوا عائلاتهم من البلدة في ريف إدلب أمس.",
])
def test_a_dated_act_beside_those_shapes_is_still_an_event(sentence: str) -> None:
    assert events_of(sentence)


def test_a_campaign_whose_start_is_named_by_a_day_is_not_a_habit() -> None:
    # the start is dated: a background event of that day, not a span with no day
    sentence = "وتشن القوات الحكومية منذ 18 فبراير عملية عسكرية واسعة في الغوطة الشرقية."
    assert modality_of(sentence, "عملية عسكرية") != "habitual"
