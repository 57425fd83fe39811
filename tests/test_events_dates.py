"""Events stage: which date mention governs an act (statement days, periods up to publication)."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 6)  # a Wednesday


def dated(text: str) -> dict[str, tuple[str | None, int]]:
    """Sub-type -> (event_date, time_precision) of the events extracted from `text`."""
    return {e.sub_event_type: (e.event_date, e.time_precision) for e in extract_text(text, published=PUBLISHED).events}


def test_a_statements_day_before_its_content_gives_way_to_the_paragraphs_date() -> None:
    found = dated(
        "اقتحم مسلحون منزل الصحفي سامر الحلبي في مدينة إدلب مساء الإثنين. "
        "وأوضح شقيقه في منشور على حسابه في تويتر أمس، أن المسلحين اختطفوا سامر ونهبوا محتويات المنزل."
    )
    assert found["Abduction/forced disappearance"][0] == "2019-03-04"
    assert found["Looting/property destruction"][0] == "2019-03-04"


def test_a_statements_day_still_dates_an_act_nothing_else_dates() -> None:
    found = dated("قال متحدث باسم الجيش في بيان نشره على موقعه، الثلاثاء، إن قواته اعتقلت خمسة مطلوبين في مدينة الموصل.")
    assert found["Arrests"][0] == "2019-03-05"


def test_a_period_running_to_publication_dates_ongoing_strikes_at_publication() -> None:
    found = dated("شنت الطائرات الحربية غارات على بلدات ريف حماة الشمالي خلال الشهر الجاري، وفق ما أفاد ناشطون.")
    assert found["Air/drone strike"] == ("2019-03-06", 2)


def test_a_closed_period_in_the_past_keeps_its_month() -> None:
    found = dated("شنت الطائرات الحربية غارات على بلدات ريف حماة الشمالي خلال الشهر الماضي، وفق ما أفاد ناشطون.")
    assert found["Air/drone strike"] == ("2019-02-01", 3)


def background_of(text: str) -> list[bool]:
    return [e.background for e in extract_text(text, published=PUBLISHED).events]


def test_a_day_dated_strike_two_weeks_back_is_still_the_news_of_its_report() -> None:
    assert background_of(
        "أعلنت وزارة الدفاع أن الغارة التي نفذتها طائراتها في 22 شباط قرب مدينة البوكمال قتلت ثلاثة من قادة التنظيم."
    ) == [False]


def test_a_day_dated_strike_over_three_weeks_back_is_background() -> None:
    assert background_of(
        "أعلنت وزارة الدفاع أن الغارة التي نفذتها طائراتها في 12 شباط قرب مدينة البوكمال قتلت ثلاثة من قادة التنظيم."
    ) == [True]


def test_the_same_day_told_in_the_pluperfect_is_background() -> None:
    assert background_of("وكان مسلحون خطفوا 12 شخصا من قرية الهول في 22 شباط.") == [True]


def test_an_act_in_a_relative_clause_on_a_place_is_background() -> None:
    assert background_of(
        "ويستمر الهدوء في جنوب حمص، بعد المعارك التي شهدها حي الوعر، الذي سيطر عليه التنظيم عقب هجوم في 20 شباط."
    ) == [True]


def test_an_undated_act_takes_the_paragraphs_latest_date_that_told_an_act() -> None:
    found = dated(
        "قصفت الطائرات مواقع المسلحين في مدينة الضالع أول من أمس. "
        "وأضاف أن سفينة إغاثة رست في ميناء عدن أمس. "
        "وصدت المقاومة هجوما للمسلحين على مدينة الضالع."
    )
    assert found["Armed clash"][0] == "2019-03-04"


def test_an_undated_act_prefers_the_paragraphs_recent_date_over_a_recalled_one() -> None:
    found = dated(
        "قصفت الطائرات مواقع المسلحين في مدينة الضالع أول من أمس، بعد هجوم في 14 شباط الماضي. "
        "وصدت المقاومة هجوما للمسلحين على مدينة الضالع."
    )
    assert found["Armed clash"][0] == "2019-03-04"


def test_a_recalled_act_with_no_date_of_its_own_is_not_coded() -> None:
    assert background_of("وقد لعب الطبيب دورا مهما في المدينة منذ توغل المسلحين في مدينة تعز.") == []


def test_the_start_of_an_ongoing_campaign_does_not_date_todays_killing() -> None:
    events = extract_text(
        "قال مسؤولون في وزارة الصحة إن 4 فلسطينيين قتلوا برصاص الجيش الإسرائيلي شرق خان يونس "
        "خلال مسيرات العودة المستمرة منذ 30 آذار.",
        published=PUBLISHED,
    ).events
    assert [(e.event_date, e.background) for e in events] == [("2019-03-06", False)]


def test_the_start_of_a_running_total_after_the_act_does_not_date_it() -> None:
    events = extract_text(
        "وأشار المرصد إلى أن القصف على بلدة كفرنبل أسفر عن مقتل خمسة مدنيين، "
        "لترتفع بذلك حصيلة القتلى منذ 12 شباط إلى 240 مدنيا.",
        published=PUBLISHED,
    ).events
    assert [(e.event_date, e.fatalities, e.background) for e in events] == [("2019-03-06", 5, False)]


def test_a_campaign_told_from_its_start_keeps_that_start_as_background() -> None:
    events = extract_text("وتشن القوات الحكومية منذ 12 شباط هجوما واسعا على بلدة كفرنبل.", published=PUBLISHED).events
    assert [(e.event_date, e.background) for e in events] == [("2019-02-12", True)]


def test_a_since_until_range_after_a_comma_dates_the_strikes_from_its_start() -> None:
    found = dated(
        "شنت مقاتلات التحالف في اليمن، منذ يوم أمس الثلاثاء وحتى صباح اليوم، "
        "سلسلة غارات جوية على مواقع المسلحين في مديرية نهم."
    )
    assert found["Air/drone strike"][0] == "2019-03-05"


def test_a_this_comes_at_a_time_sentence_does_not_take_the_paragraphs_date() -> None:
    text = ("قتل خمسة مدنيين أمس الاثنين في غارة جوية على بلدة كفرنبل. يأتي ذلك في وقت سجلت فيه القوات "
            "الحكومية تقدما ضد الفصائل في بلدة اللطامنة بريف حماة الشمالي.")
    events = extract_text(text, published=dt.date(2019, 3, 6)).events
    clash = next(e for e in events if e.location_ar == "اللطامنة")
    assert (clash.event_date, clash.time_precision) == ("2019-03-06", 2)
    strike = next(e for e in events if e.location_ar == "كفرنبل")
    assert strike.event_date == "2019-03-04"


def test_a_since_phrase_counted_back_after_a_comma_dates_a_recalled_kidnapping() -> None:
    events = extract_text(
        "وفي حادثة مماثلة خطف مسلحون، منذ نحو ثلاث سنوات مضت، 40 طالبا من مدرسة في بلدة الباب، "
        "ما أثار حينها موجة غضب واسعة.",
        published=PUBLISHED,
    ).events
    assert [(e.event_date[:7], e.background) for e in events] == [("2016-03", True)]


def test_a_campaign_running_since_a_point_counted_back_still_does_not_date_the_act() -> None:
    events = extract_text(
        "قتل ثلاثة مدنيين في قصف على بلدة كفرنبل ضمن الحملة العسكرية المستمرة منذ عامين مضت.",
        published=PUBLISHED,
    ).events
    assert [(e.event_date, e.background) for e in events] == [("2019-03-06", False)]


def test_an_attack_the_news_is_counted_from_is_recalled() -> None:
    events = extract_text(
        "وقصف الجيش مواقع المسلحين قرب مدينة إدلب أمس بعد ثلاثة أيام على هجوم انتحاري في بلدة سراقب أسفر عن مقتل 20 شخصا.",
        published=dt.date(2019, 7, 10)).events
    assert {e.sub_event_type: e.background for e in events} == {
        "Shelling/artillery/missile attack": False, "Suicide bomb": True}
