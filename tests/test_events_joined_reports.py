"""Events: a second report inside one sentence gets its own event.

A verb joined by و with a side of its own right after it ("، وشنت طائرات X
غارات"، "، وقصفت الطائرات الروسية") and a turn to another scene ("، وفي الضفة
اشتبك ...") open clauses of their own, each with its agent, place and toll.
Counts shared out over places ("أحدهما في X والآخر في Y") and dual place
nouns ("بلدتا X وY") give one event per place, the toll never repeated.
"""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2024, 8, 30)


def events_of(text: str) -> list:
    return extract_text(text, published=PUBLISHED).events


def test_a_killing_told_first_is_not_taken_into_a_strike_joined_after_it() -> None:
    found = events_of("قتل ثلاثة شبان في مدينة جنين، وشنت طائرات الاحتلال غارات على مدينة رفح.")
    by_place = {e.location: e for e in found}
    assert set(by_place) == {"Jenin", "Rafah"}
    assert by_place["Jenin"].fatalities == 3 and by_place["Jenin"].sub_event_type == "Attack"
    assert by_place["Rafah"].fatalities == 0 and by_place["Rafah"].sub_event_type == "Air/drone strike"


def test_a_second_side_joined_by_wa_keeps_its_own_act_and_place() -> None:
    found = events_of("قصفت مدفعية النظام بلدة كفرنبل، وقصفت الطائرات الروسية مدينة سراقب.")
    sides = {e.location: e.actor1 for e in found}
    assert sides["Kafr Nabl"] == "Military Forces of Syria (2000-)"
    assert sides["Saraqib"] == "Military Forces of Russia (2000-)"


def test_a_turn_to_another_scene_tells_an_act_of_its_own() -> None:
    found = events_of("قصفت طائرات الاحتلال منازل في مدينة خان يونس، وفي الضفة الغربية اشتبك مقاومون مع"
                      " قوات الاحتلال في مخيم جنين.")
    assert {(e.location, e.sub_event_type) for e in found} == {
        ("Khan Yunis", "Air/drone strike"), ("Jenin camp", "Armed clash")}


def test_a_place_after_wa_fi_with_no_act_of_its_own_stays_on_the_strikes_list() -> None:
    found = events_of("شنت طائرات الاحتلال غارات على مدينة رفح، وفي مخيم النصيرات.")
    assert sorted(e.location for e in found) == ["Nuseirat Camp", "Rafah"]
    assert {e.sub_event_type for e in found} == {"Air/drone strike"}


def test_a_verb_carrying_its_subject_goes_on_with_the_act_told_before() -> None:
    # "واشتبكوا مع قوات الأمن": the forces are the object, not a new side.
    found = events_of("هاجم مسلحون حاجزا للجيش في مدينة العريش واشتبكوا مع قوات الأمن.")
    assert len(found) == 1


def test_a_protest_that_turned_violent_is_one_event() -> None:
    found = events_of("تجددت المظاهرات صباح الخميس في قضاء الزبير، وأحرق المتظاهرون إطارات السيارات.")
    assert [e.sub_event_type for e in found] == ["Violent demonstration"]


def test_one_dead_here_and_the_other_there_are_two_events_sharing_the_toll() -> None:
    found = events_of("وقتل شخصان أحدهما في مدينة جنين والآخر في مدينة نابلس.")
    assert sorted(e.location for e in found) == ["Jenin", "Nablus"]
    assert [e.fatalities for e in found] == [1, 1]


def test_an_ordinal_shares_out_a_count_over_three_places() -> None:
    found = events_of("وقتل ثلاثة شبان أحدهم في جنين والثاني في نابلس والثالث في طولكرم برصاص الاحتلال.")
    assert sorted(e.location for e in found) == ["Jenin", "Nablus", "Tulkarm"]
    assert sum(e.fatalities for e in found) == 3


def test_two_towns_under_a_dual_noun_as_subject_are_two_events() -> None:
    # the plain that places both towns is no third scene
    found = events_of("تعرضت بلدتا قسطون والحويجة في سهل الغاب لقصف جوي مكثف.")
    assert sorted(e.location_ar for e in found) == ["الحويجة", "قسطون"]


def test_a_toll_over_two_towns_of_a_dual_is_not_repeated() -> None:
    found = events_of("قتل ستة مدنيين في قصف مدفعي على قريتي قسطون والحويجة بريف حماة.")
    assert len(found) == 2 and sum(e.fatalities for e in found) == 6


def test_a_scene_named_with_its_cue_word_also_opens_a_clause() -> None:
    found = events_of("قصفت طائرات الاحتلال منازل في مدينة خان يونس، وفي مدينة جنين اشتبك مقاومون مع قوات الاحتلال.")
    assert {(e.location, e.sub_event_type) for e in found} == {
        ("Khan Yunis", "Air/drone strike"), ("Jenin", "Armed clash")}


def test_bare_deaths_at_the_next_scene_stay_the_strikes_own() -> None:
    # no side of their own: the strikes' dead, not a killing by an unknown hand
    found = events_of("شنت الطائرات الحربية غارات على بلدة كفرنبل، وفي بلدة حاس قتل ثلاثة مدنيين.")
    assert {e.sub_event_type for e in found} == {"Air/drone strike"}
    assert sum(e.fatalities for e in found) == 3


def test_a_bracketed_direction_after_the_first_place_does_not_stop_the_share_out() -> None:
    found = events_of("وقتل شخصان ليل الجمعة أحدهما في مدينة جنين (شمال) والآخر في مدينة الخليل.")
    assert sorted(e.location for e in found) == ["Hebron", "Jenin"]
    assert sum(e.fatalities for e in found) == 2


def test_a_short_report_verb_joined_by_wa_opens_the_report_of_its_own_side() -> None:
    # "وشن" is only three letters: the clash's toll stays with the clash, not the strikes after it
    found = events_of("وفي محافظة الجوف، قتل خمسة من الحوثيين في مواجهات مع قوات الجيش، وشن طيران التحالف"
                      " غارات على مواقع للمتمردين في مديرية الحزم.")
    by_type = {e.sub_event_type: e for e in found}
    assert set(by_type) == {"Armed clash", "Air/drone strike"}
    assert by_type["Armed clash"].fatalities == 5
    assert by_type["Air/drone strike"].location == "Al Hazm" and by_type["Air/drone strike"].fatalities == 0
