"""Dates the text gives that were lost to a default or to a wrong clause (session 29, H324).

- A relative clause on a place that tells its standing state in the present tense ("في
  بلدة كفرنبل التي تسيطر عليها المعارضة"، "التي تبعد 40 كلم") describes the place as it
  stands: no past day dates it, so a day after it ("يوم أمس الاثنين") goes on dating the
  act, not a description, and the act is not left at the publication day.  A since-date
  after such a clause ("منذ 2012") is still the state's.
- "ألقت القوات القبض منذ أكثر من شهر على رجل" tells an arrest over a month ago (one act),
  not a state going on since then: the month back, precision 3, not the publication day.
- A merged event whose one copy names a month ("شنت غارة في مارس الماضي") and whose other
  copy is an undated retelling keeps the month: the retelling's publication-day week is a
  default, no finer knowledge that may replace the month the text tells (EVENTS.md §5).
"""

from __future__ import annotations

import datetime as dt

from support import date_values, dated_events

from marsad.document import Event
from marsad.stages.dedupe import absorb

TUESDAY = dt.date(2019, 5, 14)


def test_day_after_a_place_state_clause_dates_the_act() -> None:
    text = ("قال ناشطون إن تسعة أشخاص على الأقل قتلوا حينما سقطت قذائف على سوق شعبي في بلدة كفرنبل "
            "التي تسيطر عليها فصائل المعارضة في ريف إدلب الجنوبي يوم أمس الاثنين.")
    assert [(day, precision) for _, day, precision, _ in dated_events(text, TUESDAY)] == [("2019-05-13", 1)]


def test_day_after_a_distance_clause_dates_the_act() -> None:
    text = ("قتل أربعة مسلحين في غارة جوية استهدفت معسكرا في منطقة الوادي التي تبعد 30 كلم عن "
            "مدينة سرت مساء السبت.")
    assert [(day, precision) for _, day, precision, _ in dated_events(text, TUESDAY)] == [("2019-05-11", 1)]


def test_since_date_after_a_place_state_clause_stays_the_states() -> None:
    text = "قتل ثلاثة مدنيين في قصف مدفعي على بلدة كفرنبل التي تحاصرها قوات النظام منذ مارس الماضي."
    assert [(day, precision) for _, day, precision, _ in dated_events(text, TUESDAY)] == [("2019-05-14", 2)]


def test_day_bounding_a_place_state_stays_the_states() -> None:
    """Review 1, M3: a day after "اعتبارا من"، "من" or "حتى" starts or ends the siege or curfew."""
    for text in ("قتل مدني برصاص قناص في بلدة مضايا التي تحاصرها قوات النظام اعتبارا من الأحد الماضي.",
                 "قتل شخص وأصيب آخرون في إطلاق نار في مدينة القامشلي التي تخضع لحظر تجول من يوم الجمعة الماضي.",
                 "قتل شخص في اشتباكات بمدينة السويداء التي تخضع لحظر تجول حتى صباح الخميس الماضي."):
        assert [(day, precision) for _, day, precision, _ in dated_events(text, TUESDAY)] == [("2019-05-14", 2)], text


def test_arrest_since_a_month_counts_back() -> None:
    text = ("قالت وزارة الدفاع إن قوات حليفة ألقت القبض منذ أكثر من شهر على رجل مطلوب بتهم إرهاب "
            "في شرق البلاد.")
    assert date_values(text, TUESDAY) == {"منذ أكثر من شهر": "2019-04-01"}


def test_ongoing_since_a_month_still_reads_since() -> None:
    text = "تتواصل الاحتجاجات في العاصمة منذ أكثر من شهر للمطالبة برحيل الحكومة."
    assert date_values(text, TUESDAY) == {"منذ أكثر من شهر": "2019-05-14"}


def _strike(date: str, precision: int) -> Event:
    return Event("Explosions/Remote violence", "Air/drone strike", event_date=date, time_precision=precision)


def test_undated_retelling_keeps_the_told_month() -> None:
    kept = _strike("2019-03-01", 3)
    absorb(kept, _strike("2019-05-14", 2))
    assert (kept.event_date, kept.time_precision) == ("2019-03-01", 3)


def test_week_inside_the_month_still_narrows_it() -> None:
    kept = _strike("2019-05-01", 3)
    absorb(kept, _strike("2019-05-10", 2))
    assert (kept.event_date, kept.time_precision) == ("2019-05-10", 2)


def test_told_day_still_narrows_a_month() -> None:
    kept = _strike("2019-03-01", 3)
    absorb(kept, _strike("2019-03-12", 1))
    assert (kept.event_date, kept.time_precision) == ("2019-03-12", 1)


def test_month_then_undated_retelling_in_text() -> None:
    text = ("وكانت القوات الأمريكية قد شنت غارة جوية في مارس الماضي استهدفت موقعا للمتشددين قرب مدينة "
            "أوباري جنوبي ليبيا، ما أسفر عن مقتل قيادي في تنظيم القاعدة.\n"
            "ونفذت القوات الأمريكية الغارة قرب مدينة أوباري وقتلت ثلاثة مسلحين، بالتنسيق مع حكومة الوفاق.")
    strikes = [(day, precision) for sub, day, precision, _ in dated_events(text, TUESDAY) if sub == "Air/drone strike"]
    assert strikes and all(found == ("2019-03-01", 3) for found in strikes)
