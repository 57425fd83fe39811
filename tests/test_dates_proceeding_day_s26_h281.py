"""An undated act does not inherit the day of a proceeding told before it (session 26, H281).

- A paragraph sentence that tells no act but dates a meeting, a visit, a court's ruling
  ("تعقد الدول مساء الأحد اجتماعا"، "أصدرت المحكمة الثلاثاء حكما"، "مددت محكمة، الثلاثاء،
  اعتقال") gives that day to the proceeding only: an act told after it with no day of its
  own (the crisis the meeting is about, the battles the verdict recalls) takes the
  publication date at week precision.
- So does a statement's day when what the statement tells is such a proceeding
  ("وقال الوزير في بيان أمس إنه التقى نظيره").
- A plain report's day ("أعلن مصدر عسكري اليوم أن القوات تقدمت") and a day a sentence
  gives an act it names by no trigger ("ومساء أمس، جرت أعمال عنف جديدة") still date the
  undated acts told after them.
"""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.knowledge.lexicons import date_lexicon
from marsad.text import normalize

DAY = dt.date(2016, 5, 11)  # a Wednesday


def _days(text: str) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.event_date, e.time_precision)
            for e in marsad.extract(text, published=DAY).events]


def test_proceeding_words_are_loaded_normalized():
    words = date_lexicon().proceeding_words
    assert {normalize("اجتماعا"), normalize("حكمت"), normalize("مددت")} <= words
    assert not {normalize("أصدرت"), normalize("استقبل")} & words


def test_a_meetings_day_does_not_date_the_protests_it_is_about():
    text = ("تعقد مساء الثلاثاء كل من السعودية والأردن اجتماعا في مكة لبحث الأزمة الاقتصادية التي يمر بها الأردن. "
            "وتعول الحكومة الأردنية على الاجتماع لتخطي أزمة أدت إلى احتجاجات عارمة في عمان.")
    protests = [d for d in _days(text) if d[0] == "Peaceful protest"]
    assert protests and all(d[1:] == ("2016-05-11", 2) for d in protests)


def test_a_verdicts_day_does_not_date_the_battles_it_recalls():
    text = ("أصدرت محكمة عراقية الثلاثاء حكما بالسجن على عشرين متهما بالانتماء إلى تنظيم داعش. "
            "وقد اعتقل المتهمون بعد اشتداد المعارك مع الجيش العراقي في بلدة تلعفر.")
    battles = [d for d in _days(text) if d[0] == "Armed clash"]
    assert battles and all(d[1:] == ("2016-05-11", 2) for d in battles)


def test_a_statement_telling_a_meeting_dates_no_later_act():
    text = ("وقال الوزير في بيان أمس إنه التقى نظيره اليمني وبحثا الأوضاع في البلاد. "
            "ولفت إلى أن المسلحين ارتكبوا القصف العشوائي للأحياء السكنية في مدينة عدن.")
    shelling = [d for d in _days(text) if d[0] == "Shelling/artillery/missile attack"]
    assert shelling and all(d[1:] == ("2016-05-11", 2) for d in shelling)


def test_a_reports_day_still_dates_the_acts_told_after_it():
    text = ("أعلن مصدر عسكري اليوم الثلاثاء أن القوات الحكومية تقدمت باتجاه وسط مدينة عدن. "
            "وتقدمت قوات المقاومة الشعبية ليلا في حي التواهي بعد اشتباكات مع الحوثيين.")
    clashes = [d for d in _days(text) if d[0] == "Armed clash"]
    assert clashes and all(d[1] == "2016-05-10" for d in clashes)


def test_a_day_given_to_acts_without_a_trigger_still_carries_on():
    text = ("ومساء أمس، جرت أعمال عنف جديدة في قطاع غزة؛ "
            "فقد أطلقت جماعة مسلحة صاروخا من غزة على جنوب إسرائيل.")
    rockets = [d for d in _days(text) if d[0] == "Shelling/artillery/missile attack"]
    assert rockets and all(d[1:] == ("2016-05-10", 1) for d in rockets)


# Code review 2 (pub 2018-07-20): a statement issued, a hospital receiving the wounded, and a
# statement's venue are no proceedings; the undated act after them keeps their day.
def _days_0720(text: str) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.event_date, e.time_precision)
            for e in marsad.extract(text, published=dt.date(2018, 7, 20)).events]


def test_a_statement_issued_is_no_proceeding() -> None:
    days = _days_0720("أصدرت القيادة العامة للجيش الليبي الأربعاء بيانا. "
                      "وشنت طائرات الجيش غارات على مواقع المسلحين في درنة.")
    assert days == [("Air/drone strike", "2018-07-18", 1)]


def test_a_hospital_receiving_the_wounded_is_no_proceeding() -> None:
    days = _days_0720("استقبل مستشفى مدينة دوما الأربعاء عشرات الجرحى. "
                      "وقصفت قوات النظام الأحياء السكنية في المدينة بالبراميل المتفجرة.")
    assert days == [("Shelling/artillery/missile attack", "2018-07-18", 1)]


def test_a_statements_press_conference_venue_is_not_what_it_tells() -> None:
    days = _days_0720("أعلن المتحدث باسم الجيش العراقي أمس الخميس خلال مؤتمر صحفي أن الطائرات دمرت "
                      "مخازن أسلحة لداعش في قضاء الحويجة. وقصفت المدفعية مواقع التنظيم في جزيرة الثرثار.")
    assert ("Shelling/artillery/missile attack", "2018-07-19", 1) in days
