"""Events: a strike told with the fighting it backs is one battle, unless an outside air power struck."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 6)


def types_of(text: str) -> set[tuple[str, str]]:
    return {(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUBLISHED).events}


def test_shelling_and_clashes_by_one_side_in_one_clause_are_one_battle() -> None:
    found = types_of("وأسفر قصف قوات النظام والمعارك الجارية في بلدة الحراك أمس عن مقتل ستة من مقاتلي الفصائل.")
    assert found == {("Battles", "Armed clash")}


def test_coalition_strikes_beside_a_clash_stay_an_air_strike() -> None:
    found = types_of("شن طيران التحالف غارات على مواقع الحوثيين في مديرية حيس أمس وسط معارك عنيفة.")
    assert ("Explosions/Remote violence", "Air/drone strike") in found


def test_shelling_with_no_fighting_stays_shelling() -> None:
    found = types_of("قصفت قوات النظام بلدة الحراك بقذائف الهاون أمس ما أدى إلى مقتل مدنيين اثنين.")
    assert found == {("Explosions/Remote violence", "Shelling/artillery/missile attack")}


def test_a_verbal_noun_repeated_before_two_places_gives_two_events() -> None:
    events = extract_text(
        "وتمكنت القوات الحكومية أمس من تحرير مدينة الصفا إضافة إلى تحرير بلدة الحسينية في ريف درعا.",
        published=PUBLISHED,
    ).events
    regains = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert {e.location_ar for e in regains} >= {"الصفا", "الحسينية"}


def test_a_date_after_a_later_scene_belongs_to_that_scene() -> None:
    events = extract_text(
        "وتمكنت قوات النظام اليوم من تحرير بلدة الحراك إضافة إلى تحرير بلدة طفس بعد تحرير مدينة إنخل في 14 يناير الماضي.",
        published=PUBLISHED,
    ).events
    dates = {e.location_ar: e.event_date for e in events if e.sub_event_type == "Government regains territory"}
    assert dates.get("طفس") == "2019-03-06"


def test_a_blast_the_strikes_answered_is_an_event_of_its_own() -> None:
    found = types_of(
        "وشنت الطائرات غارات على مواقع في بلدة بيت حانون أمس استجابة لانفجار عبوة ناسفة بدورية قرب السياج."
    )
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in found
    assert ("Explosions/Remote violence", "Air/drone strike") in found


def test_air_strikes_and_fighting_with_no_side_named_are_one_battle() -> None:
    found = types_of("وقتل خمسة مسلحين من الفصائل المعارضة في الغارات الجوية والاشتباكات المستمرة منذ الصباح في محيط بلدة الحراك.")
    assert found == {("Battles", "Armed clash")}
