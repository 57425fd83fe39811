"""Events: classes of phrasing that earlier event changes got wrong."""

import datetime as dt

from marsad.document import Event
from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 5, 11)


def events(text: str) -> list[Event]:
    return extract_text(text, published=PUBLISHED).events


def test_toll_of_a_demonstrative_counts_the_dead_of_the_act_before() -> None:
    text = (
        "قصفت طائرات حربية سوقا شعبيا في بلدة كفرنبودة بريف حماة صباح اليوم الجمعة.\n"
        "وأسفر ذلك عن مقتل تسعة مدنيين."
    )
    found = events(text)
    assert len(found) == 1
    assert found[0].sub_event_type == "Air/drone strike"
    assert found[0].fatalities == 9


def test_toll_of_a_demonstrative_is_no_new_event_but_the_recalled_acts_toll() -> None:
    text = (
        "ورغم الطابع السلمي للمسيرات، شهدت المنطقة الحدودية شرق مدينة خان يونس مواجهات عنيفة"
        " في أيامها الأولى مطلع الشهر الماضي.\n"
        "وأوقع ذلك نحو ثلاثين قتيلا وأكثر من مئتي جريح."
    )
    found = events(text)
    assert [(e.background, e.fatalities) for e in found] == [(True, 30)]


def test_toll_of_a_demonstrative_after_no_coded_act_is_dropped() -> None:
    text = (
        "وتحدث التقرير عن أوضاع إنسانية صعبة في المخيمات شرق مدينة خان يونس.\n"
        "وأوقع ذلك نحو ثلاثين قتيلا وأكثر من مئتي جريح."
    )
    assert events(text) == []


FRESH_CAPTURE = (
    "وفي مؤتمر صحفي في دمشق {day}، قال وزير الدفاع إن قوات الجيش السوري التي سيطرت على بلدة كفرنبل"
    " باتت على مشارف مدينة معرة النعمان."
)


def test_capture_told_in_a_relative_clause_within_the_news_days_is_news() -> None:
    found = events(FRESH_CAPTURE.format(day="أمس الجمعة"))
    assert [(e.sub_event_type, e.background) for e in found] == [("Government regains territory", False)]


def test_capture_told_in_a_relative_clause_weeks_before_stays_background() -> None:
    found = events(FRESH_CAPTURE.format(day="يوم 12 نيسان الماضي"))
    assert [(e.sub_event_type, e.background) for e in found] == [("Government regains territory", True)]


def test_date_closing_a_relative_clause_dates_only_that_clauses_act() -> None:
    text = (
        "وامتدت الاحتجاجات من مدينة الكوت التي قتل فيها أحد المحتجين الأسبوع الماضي"
        " ومن ثم إلى مدينة العمارة التي شهدت مظاهرة حاشدة شارك فيها المئات."
    )
    dates = {e.sub_event_type: e.event_date for e in events(text)}
    assert dates == {"Excessive force against protesters": "2019-05-04", "Peaceful protest": "2019-05-11"}
