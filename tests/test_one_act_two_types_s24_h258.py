"""One act read twice under two types is one event (EVENTS.md §1: one event per act).

Four readings of one act that used to come out as two events: a clash whose foe no
word named, told beside the crowd's riot; a downed aircraft's crew killed "جراء
إسقاطها", read once more as a fight; a raid read as arrests in the sentence that
tells the fight it led to; and a shooting with no foe named told next to the killing
of civilians it made.  Acts the text tells apart (a fight with named gunmen, arrests
by their own verb, deaths told beside a defused bomb) stay apart.
"""

import datetime as dt

import pytest

from marsad.errors import KnowledgeError
from marsad.knowledge import clauses
from marsad.pipeline import extract_text

DAY = dt.date(2019, 3, 11)


def _events(text: str) -> list[tuple[str, str | None, str | None, int]]:
    return [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in extract_text(text, published=DAY).events]


def test_clashes_with_no_foe_named_beside_a_riot_are_the_riot() -> None:
    text = (
        "وكانت مدينة ليون قد شهدت أمس الأحد اشتباكات عنيفة، أوقفت على إثرها الشرطة الفرنسية 40 شخصا.\n"
        "وقالت الشرطة إن المتظاهرين الملثمين حطموا واجهات المتاجر وأحرقوا سيارات خلال الاشتباكات "
        "التي شهدتها ليون في مظاهرات الأحد."
    )
    assert _events(text) == [("Violent demonstration", "Rioters (France)", "Police Forces of France (2017-)", 0)]


def test_crew_killed_by_the_downing_of_their_aircraft_is_the_downing_toll() -> None:
    text = ("ولقي 12 عسكريا روسيا مصرعهم جراء إسقاط طائرة الاستطلاع من قبل الدفاعات الجوية السورية "
            "قرب اللاذقية أمس الأحد.")
    assert _events(text) == [
        ("Disrupted weapons use", "Military Forces of Syria (2000-)", "Military Forces of Russia (2000-)", 12)
    ]


def test_crew_killed_aboard_a_downed_aircraft_read_as_a_strike_is_the_downing_toll() -> None:
    text = ("ولقي 12 عسكريا روسيا كانوا على متن طائرة الاستطلاع مصرعهم جراء إسقاطها من قبل الدفاعات "
            "الجوية السورية قبل أسبوع.")
    events = _events(text)
    assert [(sub, deaths) for sub, _, _, deaths in events] == [("Disrupted weapons use", 12)]


def test_deaths_told_beside_a_defused_device_stay_a_fight() -> None:
    text = "أعلن الجيش العراقي أمس مقتل سبعة مسلحين من تنظيم داعش وتفكيك 15 عبوة ناسفة في منطقة الكرمة."
    assert sorted(sub for sub, *_ in _events(text)) == ["Armed clash", "Disrupted weapons use"]


def test_a_raid_that_killed_its_targets_is_the_fight_not_an_arrest() -> None:
    text = ("أسفرت مداهمة أمنية في مدينة العريش بمحافظة شمال سيناء، أمس الأحد، عن مقتل 8 من العناصر "
            "الإرهابية، بعد يوم من اعتقال قيادي بارز.")
    events = _events(text)
    assert ("Armed clash", "Police Forces of Egypt (2014-)", None, 8) in events
    # the arrest the sentence tells by its own verb stays an event
    assert [sub for sub, *_ in events].count("Arrests") == 1
    assert all(deaths == 0 for sub, _, _, deaths in events if sub == "Arrests")


def test_a_raid_with_detentions_stays_an_arrest() -> None:
    text = "داهمت قوات الشرطة المصرية منازل في مدينة العريش أمس الأحد واعتقلت 12 شخصا."
    assert [sub for sub, *_ in _events(text)] == ["Arrests"]


def test_new_incident_links_are_data_and_checked() -> None:
    rules = clauses.load_dedupe_rules()
    assert rules.incident_folds[("Disrupted weapons use", "Armed clash")] == "cause"
    assert rules.incident_folds[("Armed clash", "Arrests")] == "raid"
    assert "جراء" in rules.cause_words and "مداهمه" in rules.raid_words  # stored normalized
    raw = {"incident_folds": [{"keep": "Armed clash", "fold": "Arrests", "link": "stormed"}]}
    with pytest.raises(KnowledgeError):
        clauses._incident_folds(raw["incident_folds"])


def test_a_shooting_with_no_foe_named_next_to_the_killing_it_made_is_that_killing() -> None:
    text = (
        "أعلن الجيش الإسرائيلي، الأحد، أنه قتل بالرصاص فلسطينيا قرب السياج شرق مدينة خان يونس في قطاع غزة.\n"
        "وقال الجيش إنه أطلق الرصاص على ثلاثة فلسطينيين حاولوا اجتياز السياج، مما أدى إلى مقتل أحدهم."
    )
    events = _events(text)
    assert [sub for sub, *_ in events] == ["Attack"]
    assert events[0][2] == "Civilians (Palestine)" and events[0][3] == 1


def test_a_battle_with_gunmen_named_stays_beside_the_killing_of_hostages() -> None:
    text = (
        "ووقعت أمس الأحد معارك عنيفة بين الجيش اللبناني ومسلحين قدموا من سوريا في بلدة عرسال.\n"
        "وقتل الخاطفون أربعة من الرهائن في البلدة."
    )
    assert "Armed clash" in [sub for sub, *_ in _events(text)]
