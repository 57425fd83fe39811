"""A later report with no day of its own retells the act told before it, not a second act.

A sentence without a date word carries the news' day (or a date the sentence
before gave something else): a blast, an ambush or a shooting told again in
the body with other words (a death word, a fight's sides) is the act the
lead dated.  A report marked as a separate incident, or dated to another
week, stays apart; and the hospital the dead were taken to is no scene.
"""

import datetime as dt

from marsad.document import Event
from marsad.pipeline import extract_text

PUBLISHED = dt.date(2021, 5, 10)


def _events(text: str) -> list[Event]:
    return extract_text(text, published=PUBLISHED).events


def test_a_statement_with_the_same_toll_and_no_day_is_the_ambush_told_yesterday() -> None:
    events = _events(
        "أعلن الجيش المصري مقتل خمسة جنود أمس حين فتح مسلحون النار على دورية عسكرية في محافظة شمال سيناء.\n"
        "وجاء في بيان الجيش: استشهد خمسة من أبطالنا نتيجة هجوم غادر نفذته العناصر التكفيرية في تلك المنطقة."
    )
    assert len(events) == 1
    assert (events[0].event_date, events[0].fatalities) == ("2021-05-09", 5)


def test_the_same_toll_told_for_another_week_stays_a_second_act() -> None:
    events = _events(
        "أعلن الجيش المصري مقتل خمسة جنود أمس حين فتح مسلحون النار على دورية عسكرية في محافظة شمال سيناء.\n"
        "وقتل خمسة مدنيين في هجوم على حافلة في محافظة شمال سيناء الأسبوع الماضي."
    )
    assert len(events) == 2


def test_a_later_death_word_without_a_day_is_the_blast_told_in_the_lead() -> None:
    events = _events(
        "أسفر انفجار سيارة مفخخة في سوق شعبي في مدينة كركوك عن مقتل 12 شخصا على الأقل صباح الأحد.\n"
        "وأفاد شهود بأن الانفجار ألحق أضرارا كبيرة بالمحلات.\n"
        "وقال مدير الشرطة إن عددا من النساء والأطفال قتلوا أو أصيبوا."
    )
    assert len(events) == 1
    blast = events[0]
    assert (blast.sub_event_type, blast.event_date, blast.fatalities) == (
        "Remote explosive/landmine/IED", "2021-05-09", 12)
    assert blast.actor1 == "Unidentified Armed Group (Iraq)"  # the speaker is no side of the blast
    assert len(blast.evidence_spans) >= 2


def test_a_partial_count_in_the_retelling_keeps_the_acts_toll() -> None:
    events = _events(
        "قتل سبعة أشخاص بينهم أربعة من رجال الشرطة في تفجير انتحاري استهدف مركزا للشرطة في مدينة غزني شرقي "
        "أفغانستان.\n"
        "وقال المسؤولون إن المهاجم فجر سيارة مفخخة عند بوابة المركز.\n"
        "وأعلنت حركة طالبان في بيان أنها استهدفت عناصر الشرطة.\n"
        "وأوضح حاكم الولاية أن أربعة من الشرطة وثلاثة مدنيين قتلوا."
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Suicide bomb", 7)]


def test_a_separate_incident_in_the_same_city_stays_apart() -> None:
    events = _events(
        "أسفر انفجار سيارة مفخخة في سوق شعبي في مدينة كركوك عن مقتل 12 شخصا على الأقل صباح الأحد.\n"
        "وفي حادث منفصل، قتل شخصان برصاص مسلحين مجهولين في مدينة كركوك."
    )
    assert sorted(e.fatalities for e in events) == [2, 12]


def test_a_blast_claimed_as_an_attack_on_the_police_is_one_blast() -> None:
    events = _events(
        "فجر انتحاري نفسه عند مدخل مركز للشرطة في مدينة قندوز صباح اليوم.\n"
        "وأعلنت حركة طالبان أنها استهدفت عناصر الشرطة في المركز وقتلت ثلاثة منهم."
    )
    assert {e.event_type for e in events} == {"Explosions/Remote violence"}
    assert all(e.actor1 != "Police Forces of Afghanistan (2014-2021)" for e in events)


def test_the_hospital_the_dead_were_taken_to_is_no_second_scene() -> None:
    events = _events(
        "قتل خمسة مدنيين في انفجار عبوة ناسفة في سوق بلدة الدانا بريف إدلب أمس.\n"
        "ووصلت إلى مستشفى مدينة إدلب جثث خمسة قتلى."
    )
    assert [(e.location, e.fatalities) for e in events] == [("Ad Dānā", 5)]
