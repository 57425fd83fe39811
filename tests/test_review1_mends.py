"""Mends after code review 1 of session 17: a "since" that describes a place or a side, an
ordinal "since", a death told twice or denied, a credit-only ally, a loss and its recapture in
one sentence, "without" idioms, a semicolon before "as a result of that", a belated report
in the lead, a retold toll with no victim, the Ahvaz region and Al Shabaab's bare-name aliases."""

import datetime as dt

import pytest

from marsad.document import Event
from marsad.pipeline import extract_text
from marsad.stages import dedupe

PUBLISHED = dt.date(2018, 5, 14)


def _events(text: str, published: dt.date = PUBLISHED) -> list[Event]:
    return extract_text(text, published=published).events


@pytest.mark.parametrize(("sentence", "sub_type"), [
    ("حررت القوات العراقية بلدة راوة الخاضعة لسيطرة تنظيم داعش منذ 2014.", "Government regains territory"),
    ("اعتقلت الشرطة المصرية ناشطا مطلوبا منذ 2015 في مدينة الجيزة.", "Arrests"),
    ("قصفت الطائرات الحربية بلدة خان شيخون بعد هدوء نسبي منذ أشهر.", "Air/drone strike"),
    ("قصفت الطائرات الإسرائيلية مواقع لحركة الجهاد الإسلامي في مدينة رفح في تصعيد غير مسبوق منذ 2014.",
     "Air/drone strike"),
    ("فجر مسلحون عبوة ناسفة بدورية للجيش في مدينة العريش هو الهجوم الثاني منذ أن بدأت الهدنة.",
     "Remote explosive/landmine/IED"),
])
def test_a_since_that_describes_the_place_or_side_or_counts_in_order_keeps_the_act(sentence: str, sub_type: str) -> None:
    assert sub_type in [e.sub_event_type for e in _events(sentence)]


def test_a_since_year_on_the_place_after_a_count_leaves_the_toll() -> None:
    [event] = _events("قتل أمس 7 مدنيين في قصف على مدينة دوما المحاصرة منذ 2013.")
    assert event.fatalities == 7


def test_a_person_killed_and_then_said_to_have_died_of_it_is_one_death() -> None:
    for sentence in ("قتل الجندي سالم محمد برصاص قناص في مدينة الحديدة، وقال مسعفون إن الرصاصة أصابته في الصدر ما أدى "
                     "إلى مقتله.", "استشهد الفتى خالد يوسف برصاص قوات الاحتلال قرب مدينة نابلس، ما أدى إلى استشهاده فورا."):
        assert [e.fatalities for e in _events(sentence)] == [1]


def test_a_death_the_sentence_denies_is_no_toll() -> None:
    assert [e.fatalities for e in _events("نفت الحركة أن يكون القصف على بلدة جيليب قد أدى إلى مقتله.")] in ([], [0])


def test_us_strikes_on_the_pmf_keep_their_target() -> None:
    [event] = _events("قصفت طائرات أمريكية مواقع للحشد الشعبي في قضاء القائم.", dt.date(2016, 5, 14))
    assert event.actor2 == "PMF - Popular Mobilization Forces"


def test_a_town_lost_and_retaken_in_one_sentence_is_two_changes_of_hands() -> None:
    events = _events("سيطر مسلحو تنظيم داعش على بلدة الشرقاط صباح اليوم، قبل أن يستعيدها الجيش العراقي مساء.")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory", "Government regains territory"]


@pytest.mark.parametrize(("sentence", "victim"), [
    # "without stopping" is no harm spared: the victims are the civilians
    ("قصفت الطائرات الحربية بلدة سراقب دون توقف موقعة ضحايا بين المدنيين.", "Civilians (Syria)"),
    # "ولم تسجل إصابات": the civilians were spared
    ("قصفت المدفعية التركية بلدة جنديرس ولم تسجل إصابات بين المدنيين.", None),
])
def test_only_a_harm_right_after_the_negation_spares_the_civilians(sentence: str, victim: str | None) -> None:
    [event] = _events(sentence)
    assert event.actor2 == victim


def test_a_semicolon_before_as_a_result_of_that_ends_the_sentence() -> None:
    events = _events("قتل 4 جنود في هجوم على حاجز في مدينة الشيخ زويد؛ إثر ذلك شنت الطائرات غارات على مواقع "
                     "المسلحين في مدينة رفح.")
    assert len(events) == 2
    assert not any("زويد" in e.evidence and "رفح" in e.evidence for e in events)


def test_a_day_dated_act_twelve_days_old_is_news_in_the_lead_and_background_after_it() -> None:
    [alone] = _events("قصفت الطائرات الروسية بلدة سراقب في 2 مايو، ما أدى إلى مقتل 5 مدنيين.")
    assert not alone.background
    events = _events("قتل ثلاثة مدنيين اليوم في غارة على بلدة معرة النعمان. وفي 2 مايو، قصفت الطائرات الروسية "
                     "بلدة سراقب، ما أدى إلى مقتل 5 مدنيين.")
    assert [e.background for e in events if e.location == "Saraqib"] == [True]


def _strike(sub_type: str, actor2: str | None, location: str) -> Event:
    return Event(event_type="Explosions/Remote violence" if sub_type == "Air/drone strike" else "Battles",
                 sub_event_type=sub_type, event_date="2018-05-14", actor1="Military Forces of Syria (2000-)",
                 actor2=actor2, country="Syria", admin1="Idlib", location=location, geo_precision=1,
                 evidence_spans=[(0, 10)])


def test_a_toll_retold_with_no_victim_joins_only_a_bombardment_at_its_place() -> None:
    untold = dedupe._victim_untold
    assert untold(_strike("Air/drone strike", "Civilians (Syria)", "Saraqib"), _strike("Air/drone strike", None, "Saraqib"))
    assert not untold(_strike("Air/drone strike", "Civilians (Syria)", "Saraqib"), _strike("Air/drone strike", None, "Ariha"))
    assert not untold(_strike("Armed clash", "Civilians (Syria)", "Saraqib"), _strike("Armed clash", None, "Saraqib"))


def test_the_ahvaz_region_is_the_province() -> None:
    [event] = _events("اعتقلت قوات الأمن الإيرانية عشرات الناشطين في إقليم الأحواز.")
    assert (event.location, event.geo_precision) == ("Khuzestan", 3)


def test_shabaab_fighters_by_the_bare_name_only_in_a_somali_story() -> None:
    [abroad] = _events("هاجم مسلحي الشباب الملثمين مقهى في مدينة سوسة التونسية.")
    assert abroad.actor1 != "Al Shabaab"
    [somali] = _events("قتل ثلاثة من مسلحي الشباب في غارة أمريكية قرب مدينة جيليب الصومالية.")
    assert somali.actor2 == "Al Shabaab"
