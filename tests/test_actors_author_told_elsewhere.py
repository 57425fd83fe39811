"""The author of an act told elsewhere in the sentence or story: a side admitting an act
("أقر الجيش بقتل ...") did it, and so the acts coordinated with it; a launch from a
country is by an unidentified group of that country wherever it fell; and strikes a
later sentence retells with no author of their own keep the one the story gave them, as
clashes retold by a definite noun keep both sides; a civilian site struck is never the author,
and a side blamed for an act told after it is no author of one told before it."""

import datetime as dt

from marsad.document import Event
from marsad.pipeline import extract_text
from marsad.stages.events import carry_story_author


def sides_of(text: str, published: dt.date) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.location) for e in extract_text(text, published=published).events]


def test_a_side_admitting_a_killing_and_arrests_made_them() -> None:
    text = "أقر الجيش الإسرائيلي اليوم الأحد بقتل 12 فلسطينيا واعتقال نحو 20 آخرين في مدينة طولكرم."
    actors = {sub: actor for sub, actor, _ in sides_of(text, dt.date(2024, 9, 1))}
    assert actors == {"Attack": "Military Forces of Israel (2022-)", "Arrests": "Military Forces of Israel (2022-)"}


def test_a_side_admitting_its_own_loss_did_not_kill() -> None:
    text = "اعترف الجيش الإسرائيلي اليوم الأحد بمقتل جندي في جنوب قطاع غزة."
    assert all(actor != "Military Forces of Israel (2022-)" for _, actor, _ in sides_of(text, dt.date(2024, 9, 1)))


def test_a_rocket_from_gaza_is_fired_by_a_palestinian_group() -> None:
    text = "وأعلن الجيش الإسرائيلي إطلاق صاروخ من قطاع غزة باتجاه مدينة عسقلان صباح اليوم."
    assert [actor for _, actor, _ in sides_of(text, dt.date(2024, 10, 11))] == ["Unidentified Armed Group (Palestine)"]


def test_strikes_retold_later_keep_the_story_author() -> None:
    text = ("قال التحالف الدولي في بيان إن طائراته شنت 20 غارة على مواقع تنظيم داعش في العراق أمس الأربعاء. "
            "وأوضح البيان الصادر اليوم أن خمسا من الغارات أصابت مواقع قرب مدينة بيجي. "
            "كما أصابت الغارات مخازن أسلحة قرب مدينة الموصل.")
    events = sides_of(text, dt.date(2016, 3, 10))
    assert [actor for _, actor, place in events if place == "Mosul"] == ["Global Coalition Against Daesh"]


def test_a_massacre_by_shelling_a_house_is_the_named_side() -> None:
    text = "ارتكبت قوات الاحتلال مجزرة جديدة بقصف منزل في مخيم النصيرات وسط قطاع غزة."
    events = extract_text(text, published=dt.date(2024, 9, 26)).events
    assert [(e.actor1, e.actor2) for e in events] == [("Military Forces of Israel (2022-)", "Civilians (Palestine)")]


def test_clashes_retold_by_a_definite_noun_keep_both_sides() -> None:
    told = Event("Battles", "Armed clash", actor1="Military Forces of Yemen (2012-2022)", inter1=1,
                 actor2="Ansar Allah (Houthis)", inter2=2, iso="YE", evidence_spans=[(0, 90)], trigger="مواجهات")
    retold = Event("Battles", "Armed clash", actor1="Unidentified Armed Group (Yemen)", inter1=3, iso="YE",
                   evidence_spans=[(91, 160)], trigger="المعارك", unauthored=True)
    fresh = Event("Battles", "Armed clash", actor1="Unidentified Armed Group (Yemen)", inter1=3, iso="YE",
                  evidence_spans=[(161, 220)], trigger="معارك", unauthored=True)
    recalled = Event("Battles", "Armed clash", actor1="Unidentified Armed Group (Yemen)", inter1=3, iso="YE",
                     evidence_spans=[(221, 280)], trigger="المعارك", background=True, unauthored=True)
    carry_story_author([told, retold, fresh, recalled])
    assert (retold.actor1, retold.inter1, retold.actor2, retold.inter2) == (
        "Military Forces of Yemen (2012-2022)", 1, "Ansar Allah (Houthis)", 2)
    assert (fresh.actor1, fresh.actor2) == ("Unidentified Armed Group (Yemen)", None)
    assert (recalled.actor1, recalled.actor2) == ("Unidentified Armed Group (Yemen)", None)


def test_a_cell_blamed_for_a_killing_was_arrested_not_the_arrester() -> None:
    text = "أعلن الجيش الإسرائيلي اعتقال خلية لحماس تقف وراء قتل مستوطن قرب مدينة نابلس الشهر الماضي."
    events = extract_text(text, published=dt.date(2015, 7, 21)).events
    assert [(e.actor1, e.actor2) for e in events if e.sub_event_type == "Arrests"] == [
        ("Military Forces of Israel (2009-2021)", "Hamas Movement")]
