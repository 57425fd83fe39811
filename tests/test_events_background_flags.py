"""Events: the background flag of acts told beside a recall.

A pluperfect statement ("وكان الجيش قد أعلن أمس أن ...") recalls when it was
said, not an older act; a year in a relative clause on a person or a place
tells that noun's past, not the act's day; "بعد شهر من تفجير ..." counts the
time since a one-off deed, which is recalled; "كل 30 مارس" is a yearly day."""

import datetime as dt

from marsad.pipeline import extract_text

THURSDAY = dt.date(2019, 5, 16)


def flags(text: str) -> list[tuple[str | None, bool]]:
    return [(e.event_date, e.background) for e in extract_text(text, published=THURSDAY).events]


def test_an_act_reported_in_a_pluperfect_statement_of_yesterday_is_news() -> None:
    text = "وكان الناطق باسم الجيش قد أعلن أمس أن الطائرات قصفت مواقع للمسلحين في مدينة الرمادي."
    assert flags(text) == [("2019-05-15", False)]


def test_an_act_reported_in_a_pluperfect_statement_of_a_named_day_is_news() -> None:
    text = "وكانت الشرطة قد ذكرت في بيان الثلاثاء أن مسلحين قتلوا شرطيين عند حاجز قرب مدينة الرمادي."
    assert flags(text) == [("2019-05-14", False)]


def test_an_act_the_pluperfect_statement_tells_as_pluperfect_stays_background() -> None:
    text = "وكان الجيش قد أعلن أمس أن قواته كانت قد سيطرت على مدينة الرمادي."
    assert [background for _, background in flags(text)] == [True]


def test_a_pluperfect_statement_of_last_month_stays_background() -> None:
    text = "وكان الجيش قد أعلن الشهر الماضي أن قواته سيطرت على مدينة الرمادي."
    assert [background for _, background in flags(text)] == [True]


def test_a_year_in_a_relative_clause_on_the_victim_does_not_date_the_killing() -> None:
    text = "وقتل الضابط، الذي نجا من محاولة اغتيال عام 2014، برصاص مسلحين في مدينة الرمادي أمس."
    assert flags(text) == [("2019-05-15", False)]


def test_a_quoted_act_noun_keeps_the_date_of_its_relative_clause() -> None:
    text = 'وتواصلت "المظاهرات الحاشدة"، التي خرجت في أواخر مارس الماضي، في مدينة الرمادي.'
    assert flags(text) == [("2019-03-01", True)]


def test_a_year_in_a_clause_on_the_act_itself_still_dates_it() -> None:
    text = "وأعلن الجيش أمس مقتل 5 جنود في الهجوم الانتحاري الذي استهدف قاعدة في مدينة الرمادي في مارس الماضي."
    assert flags(text) == [("2019-03-01", True)]


def test_a_recent_day_after_a_relative_clause_still_dates_the_act() -> None:
    text = "وقتل المسلحون الجندي الذي كان يحرس الحاجز في مدينة الرمادي مساء الأحد."
    assert flags(text) == [("2019-05-12", False)]


def test_a_blast_a_month_before_the_news_is_recalled() -> None:
    # The framed gap ("وجاء ذلك بعد ... من", session 28) dates it to the month two months back:
    # still recalled, never the news.
    assert flags("وجاء ذلك بعد أكثر من شهرين من تفجير استهدف سوقا في مدينة الرمادي وقتل 12 شخصا.") == [
        ("2019-03-01", True)]


def test_days_of_fighting_are_still_the_length_of_the_news() -> None:
    text = "وسيطر الجيش على البلدة بعد ثلاثة أيام من القتال العنيف في مدينة الرمادي."
    assert [background for _, background in flags(text)] == [False]


def test_a_yearly_day_after_every_dates_no_act() -> None:
    doc = extract_text("ويحيي أهالي مدينة الرمادي كل 12 يناير ذكرى قصف أودى بحياة 40 شخصا في سوقها سنة 1991.",
                       published=THURSDAY)
    assert dt.date(2019, 1, 12) not in [m.value for m in doc.of_kind("date")]


def test_years_ago_counted_past_ten_are_an_old_date() -> None:
    text = "وسمي الشارع باسم الصحفي الذي قتل في تفجير بمدينة الرمادي قبل 25 عاما."
    assert [background for _, background in flags(text)] in ([], [True])


def test_a_comma_between_the_act_noun_and_its_relative_clause_keeps_its_date() -> None:
    text = "وأدى القصف، الذي شهدته السوق في 18 فبراير الماضي، إلى تدمير مدينة الرمادي."
    assert flags(text) == [("2019-02-18", True)]


def test_a_change_of_hands_after_the_news_of_a_return_is_recalled() -> None:
    text = "وعاد الوزير أمس إلى مدينة الرمادي بعد تحرير المدينة من المسلحين."
    assert [background for _, background in flags(text)] == [True]


def test_a_change_of_hands_after_an_act_of_the_news_stays_news() -> None:
    text = "وتقدمت القوات في مدينة الرمادي بعد سيطرتها على الجسر."
    assert [background for _, background in flags(text)] == [False]


def test_a_passive_with_an_auxiliary_in_a_relative_clause_on_a_place_is_recalled() -> None:
    text = "وزار الوزير أمس مدينة الرمادي التي تم تحريرها من المسلحين."
    assert [background for _, background in flags(text)] == [True]


def test_a_passive_with_an_auxiliary_and_its_own_day_is_news() -> None:
    text = "وتفقد الوزير أمس مدينة الرمادي التي تم تحريرها صباح اليوم من المسلحين."
    assert [background for _, background in flags(text)] == [False]


def test_last_month_told_days_into_the_next_month_is_recalled() -> None:
    doc = extract_text("واستعادت القوات الحكومية السيطرة على مدينة الرمادي الشهر الماضي.", published=dt.date(2019, 5, 6))
    assert [(e.event_date, e.background) for e in doc.events] == [("2019-04-01", True)]


def test_late_last_month_or_a_named_month_days_into_the_next_stays_news() -> None:
    for text in ("واستعادت القوات الحكومية السيطرة على مدينة الرمادي أواخر الشهر الماضي.",
                 "وسيطر المقاتلون على مدينة الرمادي في أبريل."):
        doc = extract_text(text, published=dt.date(2019, 5, 6))
        assert [(e.event_date, e.background) for e in doc.events] == [("2019-04-01", False)]
