"""Events stage: a toll counted from the day a named period began is a running
total, not an act (EVENTS.md §2), even when an aside splits the period's name
("منذ تولي الرئيس فلان - الذي ... - الحكم في 29 مايو") or the since-phrase
splits a result verb from its count ("أسفر القصف، منذ بدء العملية في 20
يناير، عن مقتل 245").  A toll of the day told with منذ stays an event."""

import datetime as dt

import pytest

from marsad.pipeline import extract_text
from marsad.stages.events import _asides_dropped, starts_a_named_period
from marsad.text import normalize

PUBLISHED = dt.date(2018, 3, 16)  # a Friday


def events_of(text: str):
    return extract_text(text, published=PUBLISHED).events


@pytest.mark.parametrize("sentence", [
    # a leader's title and full name, an aside between dashes
    "ومنذ تولي الرئيس محمد بخاري – الذي تعهد بهزيمة المسلحين – السلطة في 29 يناير، قتل أكثر من 600 شخص.",
    # the same aside between commas
    "ومنذ تولي الرئيس النيجيري محمد بخاري، الذي تعهد بهزيمة المسلحين، الحكم في 29 يناير، قتل أكثر من 600 شخص.",
    # a result verb split from its count by the since-phrase, the acts counting victims of their own
    "وأسفر القصف الجوي والمدفعي للقوات التركية، والإعدامات بحق عدة مواطنين في منطقة عفرين، "
    "منذ بدء العملية العسكرية في 20 يناير، عن مقتل 245 مدنيا.",
    "وأسفرت الغارات الروسية على ريف إدلب، منذ بدء الهجوم في 20 يناير، عن مقتل 300 مدني.",
    "وأدت الغارات الروسية على ريف إدلب، منذ بدء الهجوم في 20 يناير، إلى مقتل 300 مدني.",
])
def test_a_toll_since_a_named_periods_start_is_a_running_total(sentence: str) -> None:
    assert events_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    # the day's shelling, told since dawn
    "وأسفر القصف المدفعي لقوات النظام على بلدة كفرنبل، منذ فجر اليوم الجمعة، عن مقتل 12 مدنيا.",
    # a battle going on since Monday, with its toll
    "وأسفرت الاشتباكات المستمرة منذ الاثنين بين القوات التركية والمقاتلين الأكراد في ريف عفرين عن مقتل 20 مسلحا.",
    # the day's toll, then a total it raises since a far day
    "وأسفرت المعارك الجارية في منطقة طفس عن سقوط عشرة قتلى من المسلحين، حسب المرصد ليرتفع بذلك "
    "إلى 117 عدد قتلى القوات الحكومية منذ التاسع عشر من يناير، مقابل 74 للمسلحين.",
    # a result verb and a day of the news, no since-phrase
    "وأسفرت غارة روسية على بلدة سراقب، اليوم الجمعة، عن مقتل 7 مدنيين.",
])
def test_a_toll_of_the_news_told_with_since_stays_an_event(sentence: str) -> None:
    assert len(events_of(sentence)) >= 1


def test_an_aside_between_dashes_or_a_relative_clause_between_commas_is_left_out() -> None:
    words = normalize("ومنذ تولي الرئيس محمد بخاري - الذي توعد بسحق التمرد - الحكم في").split()
    assert _asides_dropped(words) == normalize("ومنذ تولي الرئيس محمد بخاري الحكم في").split()
    words = normalize("ومنذ تولي الرئيس محمد بخاري، الذي توعد بسحق التمرد، الحكم في").split()
    assert _asides_dropped(words) == normalize("ومنذ تولي الرئيس محمد بخاري الحكم في").split()


def test_a_named_period_does_not_reach_across_a_clause() -> None:
    # "since the operation began," closes its clause: the later date is an act's own day
    assert not starts_a_named_period(normalize("ومنذ بدء العملية، قتل مسلحون جنودا في").split())
    assert starts_a_named_period(normalize("ومنذ تولي الرئيس النيجيري محمد بخاري الحكم في").split())
