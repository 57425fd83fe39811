"""Events: a date in a clause about something else does not date the act."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 7, 10)  # a Wednesday


def dates_of(text: str) -> list[str | None]:
    return [e.event_date for e in extract_text(text, published=PUBLISHED).events]


def test_a_date_in_a_later_while_clause_on_another_fact_does_not_date_the_act() -> None:
    found = dates_of("وقتل ثلاثة مدنيين في قصف على مدينة سرت، بينما أغلق مطار المدينة يوم الجمعة لمدة يومين.")
    assert found == ["2019-07-10"]


def test_a_date_in_a_later_fima_clause_on_an_announcement_does_not_date_the_act() -> None:
    found = dates_of("واندلعت اشتباكات عنيفة بين مسلحين في مدينة الزاوية، فيما أعلنت البلدية الاثنين الحداد العام.")
    assert found == ["2019-07-10"]


def test_a_while_he_was_clause_is_the_acts_own_circumstance_and_dates_it() -> None:
    found = dates_of("وقتل قيادي في غارة جوية على سيارته قرب بلدة سرمدا بينما كان يتنقل في الرابع من يوليو.")
    assert found == ["2019-07-04"]


def test_a_date_before_a_while_clause_still_dates_the_act() -> None:
    found = dates_of("وقتل ثلاثة مدنيين يوم الجمعة في قصف على مدينة سرت، بينما أغلق مطار المدينة.")
    assert found == ["2019-07-05"]


def test_fighting_named_in_a_recall_only_to_describe_a_town_is_not_an_event() -> None:
    text = "وكان الناشطون تجمعوا في مدينة كوباني التي دمرتها معارك ضارية بين المقاتلين الأكراد والتنظيم."
    assert dates_of(text) == []


def test_fighting_a_town_saw_on_a_day_of_its_own_is_still_an_event() -> None:
    found = dates_of("وعاد الهدوء إلى بلدة كفرنبل التي شهدت أمس مواجهات عنيفة بين الفصائل المسلحة.")
    assert found == ["2019-07-09"]



def test_a_death_from_wounds_is_dated_by_the_wounding_day() -> None:
    text = "لقي شاب مصرعه اليوم الأربعاء متأثرا بإصابته برصاص قوات الأمن الاثنين في مدينة الناصرية."
    assert dates_of(text) == ["2019-07-08"]


def test_a_death_after_wounds_with_only_the_death_day_keeps_it() -> None:
    text = "وقتل جندي يوم الثلاثاء متأثرا بجروحه في اشتباك مع مسلحين قرب مدينة الناصرية."
    assert dates_of(text) == ["2019-07-09"]
