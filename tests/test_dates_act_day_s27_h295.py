"""The act's day where the text names it beside another (session 27, H295).

- A weekday in brackets after "اليوم" or "أمس" ("قالت الوزارة اليوم (الاثنين)"، "مساء
  أمس (السبت)") is one day told twice: the weekday says which, as it does without the
  brackets ("اليوم الاثنين").  Read apart, "اليوم" took the publication day and the act
  took it, a day late in a story posted the morning after.  The bracketed weekday also
  tells the writer's "today" for the text's bare "أمس" and "اليوم".
- A relative clause "that took place on <date>" ("الهجوم على المجمع في بنغازي، الذي وقع
  في 11 سبتمبر 2012") tells when an act occurred, however far the pronoun stands from
  the act's noun: only an act takes place, so the date is no description of the place
  named before the pronoun, and it dates the act.
"""

from __future__ import annotations

import datetime as dt

from support import date_values, dated_events

TUESDAY = dt.date(2015, 7, 21)


def test_bracketed_weekday_after_today_is_that_weekday() -> None:
    text = ("قالت وزارة الداخلية في بيان، اليوم (الاثنين)، إن انفجارا استهدف سوقا في مدينة الرمادي "
            "أسفر عن مقتل 12 شخصا وإصابة العشرات.")
    assert date_values(text, TUESDAY) == {"اليوم (الاثنين)": "2015-07-20"}
    assert [(sub, day) for sub, day, _, _ in dated_events(text, TUESDAY)] == [
        ("Remote explosive/landmine/IED", "2015-07-20")]


def test_bracketed_weekday_after_yesterday() -> None:
    text = "قتل ثلاثة جنود مساء أمس (السبت) في هجوم مسلح على حاجز أمني قرب مدينة العريش."
    assert date_values(text, TUESDAY) == {"مساء أمس (السبت)": "2015-07-18"}


def test_bracketed_weekday_matching_today_keeps_the_day() -> None:
    text = "تظاهر آلاف العراقيين اليوم (الثلاثاء) في ساحة التحرير وسط بغداد احتجاجا على الفساد."
    assert date_values(text, TUESDAY) == {"اليوم (الثلاثاء)": "2015-07-21"}


def test_bracketed_weekday_sets_the_writers_today() -> None:
    text = ("قالت الشرطة اليوم (الأحد) إن مسلحين قتلوا شرطيين اثنين في هجوم على دورية. "
            "وكان مسلحون قد خطفوا مدنيا صباح أمس في المدينة نفسها.")
    found = date_values(text, TUESDAY)
    assert found["اليوم (الأحد)"] == "2015-07-19"
    assert found["صباح أمس"] == "2015-07-18"


def test_unclosed_bracket_is_not_one_day() -> None:
    text = "قال الجيش اليوم (الاثنين إن مسلحين قتلوا جنديين."
    assert "اليوم (الاثنين" not in date_values(text, TUESDAY)


def test_clause_that_took_place_on_a_date_dates_the_act() -> None:
    text = ("وقتل السفير وثلاثة موظفين آخرين، في الهجوم على القنصلية في مدينة بنغازي، "
            "الذي وقع في 11 سبتمبر 2012.")
    assert [(day, background) for _, day, _, background in dated_events(text, dt.date(2018, 6, 27))] == [
        ("2012-09-11", True)]


def test_clause_that_took_place_on_a_weekday_dates_the_act() -> None:
    text = ("قتل خمسة مدنيين في تفجير استهدف سوقا شعبية في مدينة الحلة، "
            "الذي وقع يوم الجمعة، بحسب مصادر طبية.")
    found = dated_events(text, TUESDAY)
    assert found and all(day == "2015-07-17" for _, day, _, _ in found)


def test_description_of_a_place_still_dates_nothing() -> None:
    text = ("قتل جنديان في اشتباك مع مسلحين اليوم قرب مدينة العريش التي زارها الرئيس "
            "يوم الجمعة.")
    assert all(day == "2015-07-21" for _, day, _, _ in dated_events(text, TUESDAY))


# Review (session 27, M6-M8, M13, M14): the clause dates the act only when the noun it
# tells is the act itself.

def test_clause_on_another_noun_does_not_date_the_act() -> None:
    """Elections take place too ("الانتخابات التي جرت"); "الحادثة" the protesters recall is
    not their protest: the act keeps its own day."""
    published = dt.date(2019, 2, 5)
    elections = ("قتل متظاهران برصاص الشرطة في مدينة البصرة خلال احتجاجات على نتائج الانتخابات "
                 "التي جرت في 12 مايو 2018.")
    recalled = ("تظاهر العشرات في مدينة تعز للمطالبة بالكشف عن مصير المختطفين في الحادثة التي "
                "وقعت في 20 يناير 2019.")
    for text in (elections, recalled):
        assert [(day, precision) for _, day, precision, _ in dated_events(text, published)] == [("2019-02-05", 2)]


def test_clause_on_a_similar_incident_or_an_anniversary_does_not_date_the_act() -> None:
    similar = ("أطلق مسلحون النار على سيارة قرب مدينة الموصل، وأصيب اثنان من ركابها، في حادث يشبه "
               "ذلك الذي وقع في 10 يوليو 2015.")
    anniversary = ("نظم أنصار جماعة الإخوان وقفة احتجاجية في مدينة الإسكندرية في ذكرى فض الاعتصام "
                   "الذي وقع في 14 أغسطس 2013.")
    for text in (similar, anniversary):
        assert [(day, precision) for _, day, precision, _ in dated_events(text, TUESDAY)] == [("2015-07-21", 2)]


def test_a_city_that_fell_into_hands_on_a_date_dates_nothing() -> None:
    """"وقعت في يونيو 2014 بيد تنظيم داعش": the city fell, nothing took place."""
    for text in ("قتل ثلاثة جنود في هجوم قرب مدينة الموصل، التي وقعت في يونيو 2014 بيد تنظيم داعش.",
                 "قتل جندي في اشتباكات قرب مدينة الموصل، التي وقعت في يونيو 2014 بيد تنظيم داعش."):
        assert [(day, precision) for _, day, precision, _ in dated_events(text, TUESDAY)] == [("2015-07-21", 2)]


def test_clause_on_the_act_past_a_place_must_agree_with_its_noun() -> None:
    """"هجوم ... الموصل، التي" tells the city; "الهجوم على مدينة الموصل، الذي" the attack."""
    text = "قتل ثلاثة جنود في الهجوم على مدينة الموصل، الذي وقع في 3 يوليو."
    assert [day for _, day, _, _ in dated_events(text, TUESDAY)] == ["2015-07-03"]


def test_clause_on_the_attack_the_killing_was_in_dates_it() -> None:
    """"في الهجوم على المجمع ... في بنغازي، الذي وقع": the attack noun after "في", even when
    it is read as no act of its own, is the killing's incident."""
    text = ("وقتل السفير الأميركي كريستوفر ستيفنز و3 دبلوماسيين أميركيين آخرين، في الهجوم على المجمع "
            "الدبلوماسي الأميركي في بنغازي، الذي وقع في 11 سبتمبر 2012.")
    assert [day for _, day, _, _ in dated_events(text, dt.date(2018, 6, 27))] == ["2012-09-11"]
    protest = "تظاهر العشرات في مدينة تعز في الحادثة التي وقعت في 20 يناير 2018."
    assert [day for _, day, _, _ in dated_events(protest, dt.date(2018, 6, 27))] == ["2018-06-27"]


def test_clause_closing_a_time_frame_dates_the_act_in_it() -> None:
    text = ("قضت محكمة تركية، الخميس، بالسجن المؤبد على 72 مدانا في اشتباكات دامية وقعت بإسطنبول، "
            "وقتل فيها 34 شخصا، أثناء محاولة الانقلاب التي وقعت قبل عامين.")
    assert [(day, precision) for _, day, precision, _ in dated_events(text, dt.date(2018, 7, 12))] == [
        ("2016-07-01", 3)]
