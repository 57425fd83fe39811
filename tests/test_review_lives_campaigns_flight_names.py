"""Narrowed cues from a code review: unnumbered losses in lives count as deaths only when an act
brought them about ("تكبدت ... خسائر في الأرواح"), not when denied, warned of or possible; "شملت"
and "طالت" mark a side hit only after an arrest or raid campaign; "وفرت" (provided) is no flight;
violations are a summary only in the blame form ("ما ارتكبته من انتهاكات"); words of the person
lists that name no one are no named death; and a site fire came from is no site struck."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text
from marsad.stages import actors

DAY = dt.date(2018, 5, 14)
HOUTHIS = "Ansar Allah (Houthis)"


def _events(text: str) -> list[tuple[str, str | None, str | None, int]]:
    return [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in extract_text(text, published=DAY).events]


@pytest.mark.parametrize("text", [
    "قصفت المقاتلات بلدة معرة النعمان في ريف إدلب صباح أمس، ولم تصدر حتى الساعة أي أنباء عن خسائر في الأرواح.",
    "حذرت منظمات إغاثة من خسائر في الأرواح إن تواصل التصعيد، في حين قصفت المقاتلات بلدة معرة النعمان أمس.",
    "قصفت المقاتلات بلدة معرة النعمان في ريف إدلب أمس، وقد يؤدي تواصل الغارات إلى خسائر في الأرواح.",
    "انفجرت عبوة ناسفة بعربة للشرطة في مدينة العريش أمس، ولم تكشف الشرطة عن تكبد أفرادها خسائر في الأرواح.",
])
def test_losses_in_lives_denied_warned_of_or_possible_are_no_deaths(text):
    events = _events(text)
    assert events and all(fatalities == 0 for *_, fatalities in events)


@pytest.mark.parametrize("text", [
    "اندلعت مواجهات بين الجيش اليمني ومسلحي الحوثي في مديرية صرواح أمس، تكبد فيها المسلحون خسائر كبيرة في الأرواح.",
    "هاجمت المقاومة الشعبية مواقع الحوثيين في مديرية صرواح أمس وكبدتهم خسائر جسيمة في الأرواح.",
])
def test_losses_in_lives_an_act_brought_about_are_deaths_nobody_counted(text):
    assert any(fatalities == 3 for *_, fatalities in _events(text))


def test_an_operation_that_included_forces_did_not_hit_them():
    events = _events("أطلقت القوات العراقية حملة عسكرية واسعة شملت قوات الحشد الشعبي لطرد تنظيم الدولة من قرى "
                     "جنوب الموصل.")
    pmf = "PMF - Popular Mobilization Forces"
    assert events and all(actor2 != pmf for _, _, actor2, _ in events)


def test_a_raid_campaign_that_reached_a_side_hit_it():
    events = _events("نفذت الشرطة العراقية مداهمات في مدينة الفلوجة طالت أنصار تنظيم الدولة أمس.")
    assert events and events[0][2] == "Islamic State (Iraq)"


def test_a_side_that_provided_supplies_did_not_flee_the_ground():
    events = _events("وجاء تقدم القوات بعدما سيطرت أمس على وادي الحار، وذلك عقب ما وفرت ميليشيات الحوثي "
                     "من ذخائر.")
    gains = [event for event in events if "territory" in event[0]]
    assert gains and all(actor2 != HOUTHIS for _, _, actor2, _ in gains)


def test_an_incident_in_a_series_of_violations_is_still_told():
    events = _events("وفي سلسلة من الانتهاكات قصفت قوات النظام بلدة كفرنبل أمس وقتلت ثلاثة مدنيين.")
    assert events and events[0][0] == "Shelling/artillery/missile attack"


def test_violations_a_side_is_blamed_for_by_kind_are_no_events():
    assert not _events("وذكرت النقابة في صنعاء ما ارتكبته الميليشيات من انتهاكات بحق الإعلاميين بين القتل "
                       "والخطف والتعذيب.")


@pytest.mark.parametrize("text", [
    "أعلن حزب الله استشهاد مقاتليه في غارة إسرائيلية على موقع في ريف القنيطرة أمس.",
    "أسفر الهجوم المسلح على المنشأة النفطية في الحسكة أمس عن مقتل حرس المنشأة في كمين.",
])
def test_a_word_of_the_person_lists_that_names_no_one_is_no_named_death(text):
    events = _events(text)
    assert events and all(fatalities != 1 for *_, fatalities in events)


@pytest.mark.parametrize(("text", "owned"), [
    ("قصفت المدفعية من مقر قوات الأمن حيا سكنيا في المدينة أمس.", False),
    ("انفجرت عبوة ناسفة في مقر قوات الأمن في المدينة أمس.", True),
])
def test_a_site_fire_came_from_is_no_site_struck(text, owned):
    doc = extract_text(text, published=DAY)
    force = next(m for m in doc.in_span("actor", 0, len(doc.text)) if m.text == "قوات الأمن")
    assert actors._after_site_noun(doc, force) is owned
