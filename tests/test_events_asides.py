"""Events: a recall marker in an aside on a person or thing of the act does not flag the act."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2021, 4, 15)  # a Thursday


def flags_of(text: str) -> list[bool]:
    return [e.background for e in extract_text(text, published=PUBLISHED).events]


def arrest_flags(text: str) -> list[bool]:
    return [e.background for e in extract_text(text, published=PUBLISHED).events if e.sub_event_type == "Arrests"]


def test_a_pluperfect_in_a_haythu_aside_does_not_flag_the_arrest() -> None:
    text = "اعتقلت الشرطة الصحفي سامر النجار في مدينة حمص أمس، حيث كان قد نشر مقالات تنتقد الحكومة."
    assert flags_of(text) == [False]


def test_a_pluperfect_in_a_relative_clause_on_the_victim_does_not_flag_the_arrest() -> None:
    text = "اعتقلت قوات الأمن الناشط وليد الخطيب في مدينة حماة أمس، الذي كان قد شارك في احتجاجات سابقة."
    assert arrest_flags(text) == [False]


def test_a_pluperfect_before_the_act_still_flags_it() -> None:
    # (a pluperfect act of the day before publication is the news behind the lead: test_background_news_days)
    text = "وكانت قوات الأمن قد اعتقلت الناشط وليد الخطيب في مدينة حماة يوم الاثنين الماضي."
    assert flags_of(text) == [True]


def test_a_recall_after_the_aside_closes_still_flags_the_act() -> None:
    text = "وسيطرت قوات سوريا الديمقراطية، التي يقودها الأكراد، على معظم ريف الرقة منذ العام الماضي."
    assert False not in flags_of(text)


def test_an_act_in_a_when_clause_dated_by_an_earlier_month_is_recalled() -> None:
    text = "وحذر مسؤولون أكراد من عودة التنظيم عندما هاجمت القوات التركية بلدة جنديرس في مارس لطرد المقاتلين منها."
    assert [e.background for e in extract_text(text, published=dt.date(2018, 4, 6)).events] == [True]


def test_an_act_told_as_news_in_the_previous_month_is_not_recalled() -> None:
    text = "وهاجمت القوات التركية بلدة جنديرس في مارس لطرد المقاتلين منها."
    assert [e.background for e in extract_text(text, published=dt.date(2018, 4, 6)).events] == [False]
