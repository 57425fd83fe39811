"""One sentence, several scenes or acts: each gets its event (EVENTS.md §1).

A place joined after a wider area that locates the place before it, a
round-up that turns to another front in mid-sentence, a report opened by a
verb that carries its act noun ("وتخوض القوات معارك"), and a target named
again at another place beside a vague toll.
"""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2024, 5, 14)


def scenes(text: str) -> list[tuple[str, str, int | None]]:
    """(sub-type, location, fatalities) of the events extracted from `text`."""
    return [(e.sub_event_type, e.location, e.fatalities) for e in extract_text(text, published=PUBLISHED).events]


def test_a_place_joined_after_the_area_placing_the_one_before_is_a_scene_too() -> None:
    found = scenes("نسف جيش الاحتلال صباح اليوم الثلاثاء منازل في بيت حانون شمال قطاع غزة وخان يونس جنوبه.")
    assert {loc for _, loc, _ in found} == {"Beit Hanoun", "Khan Yunis"}


def test_a_list_after_the_area_goes_on_with_every_place_and_act() -> None:
    found = scenes("شن جيش الاحتلال اليوم الثلاثاء غارات جوية على بيت لاهيا وجباليا شمالي قطاع غزة ومدينة رفح.")
    assert sorted(loc for _, loc, _ in found) == ["Beit Lahia", "Jabalia", "Rafah"]


def test_two_places_joined_with_no_area_between_stay_as_they_were() -> None:
    found = scenes("شن جيش الاحتلال اليوم الثلاثاء غارات على مخيم البريج وشرق مدينة دير البلح.")
    assert len(found) == 2


def test_a_roundup_turning_to_another_front_tells_an_act_of_its_own() -> None:
    found = scenes("أغارت مقاتلات التحالف اليوم الثلاثاء على مواقع للحوثيين في مديرية باقم بمحافظة صعدة، "
                   "أما في مدينة تعز فقد قتل 7 من الحوثيين في اشتباكات مع المقاومة الشعبية.")
    assert ("Air/drone strike", "Baqim", 0) in found
    assert any(sub == "Armed clash" and fatalities == 7 for sub, _, fatalities in found)


def test_a_tally_going_on_place_by_place_after_as_for_opens_no_act() -> None:
    found = scenes("وأحصى التقرير الشهر الماضي سقوط 300 قنبلة برميلية في ريف دمشق، أما في حماة 40 قنبلة، "
                   "وتوزعت باقي الحوادث على محافظتي الحسكة والرقة.")
    assert not {loc for _, loc, _ in found} & {"Al-Hasakah", "Raqqa", "Hama"}


def test_an_act_told_after_in_the_meantime_is_apart_from_the_act_before() -> None:
    found = scenes("قصفت المدفعية التركية اليوم الثلاثاء مواقع في ريف عفرين، في غضون ذلك "
                   "فجر مسلحون عبوة ناسفة بسيارة عسكرية في مدينة الباب.")
    assert {sub for sub, _, _ in found} >= {"Shelling/artillery/missile attack", "Remote explosive/landmine/IED"}
    assert len({loc for _, loc, _ in found}) == 2


def test_a_fight_reported_by_a_verb_carrying_its_noun_keeps_the_death_told_before() -> None:
    found = scenes("قتل جندي إسرائيلي اليوم الثلاثاء في كمين نصبه مقاومون في بلدة يعبد، "
                   "وتخوض المقاومة اشتباكات عنيفة مع قوات الاحتلال في مخيم نور شمس.")
    assert [(sub, fatalities) for sub, _, fatalities in found] == [("Armed clash", 1), ("Armed clash", 0)]
    assert found[1][1] == "Nur Shams"


def test_a_target_named_again_at_another_place_keeps_its_event_beside_a_vague_toll() -> None:
    found = scenes("استشهد فلسطينيون اليوم الثلاثاء بقصف إسرائيلي استهدف منزلا في دير البلح وآخر في حي الزيتون.")
    assert len(found) == 2
    assert sorted(fatalities for _, _, fatalities in found) == [0, 3]


def test_a_vague_toll_over_a_list_of_places_stays_whole_at_the_first_place() -> None:
    found = scenes("قصفت الطائرات الحربية اليوم الثلاثاء بلدتي معرة النعمان وخان شيخون ما أسفر عن مقتل عدد من المدنيين.")
    assert sorted(fatalities for _, _, fatalities in found) == [0, 3]


def test_a_fight_told_as_simultaneous_with_strikes_is_an_act_of_its_own() -> None:
    found = scenes("قصفت طائرات الاحتلال اليوم الثلاثاء منازل في مخيم المغازي، وتزامن ذلك مع معارك عنيفة "
                   "تخوضها كتائب القسام ضد قوات الاحتلال في حي الزيتون.")
    assert ("Armed clash", "Az-Zaytun (Gaza City)") in {(sub, loc) for sub, loc, _ in found}
    assert any(sub == "Air/drone strike" for sub, _, _ in found)


def test_a_strike_told_plainly_beside_its_side_s_ongoing_fight_stays_one_battle() -> None:
    found = scenes("قصفت الطائرات الحربية اليوم الثلاثاء أحياء في مدينة الزبداني، وسط استمرار الاشتباكات "
                   "بين الفرقة الرابعة والفصائل في محيط المدينة.")
    assert [sub for sub, _, _ in found] == ["Armed clash"]


def test_fighting_beside_a_strike_only_named_again_is_not_lost_with_it() -> None:
    found = scenes("شنت مقاتلات التحالف مساء أمس غارات عنيفة على مواقع الحوثيين في مدينة مأرب. وتأتي تلك "
                   "الغارات مع استمرار المواجهات المسلحة بين المقاومة والحوثيين في عدة جبهات قتالية في المدينة.")
    assert ("Armed clash", "Ma'rib") in {(sub, loc) for sub, loc, _ in found}


def test_fighting_still_going_on_with_no_place_of_its_own_keeps_the_place_before_it() -> None:
    found = scenes("يتواصل العدوان الإسرائيلي على غزة لليوم الـ200 مع استمرار الاشتباكات العنيفة "
                   "بين فصائل المقاومة وجنود الاحتلال.")
    assert [sub for sub, _, _ in found] == ["Armed clash"]


def test_a_siege_still_going_on_beside_a_shelling_adds_no_act() -> None:
    found = scenes("قتل خمسة مدنيين اليوم الثلاثاء في قصف على بلدة حمورية مع استمرار الحصار.")
    assert [(sub, fatalities) for sub, _, fatalities in found] == [("Shelling/artillery/missile attack", 5)]


def test_a_shelling_tied_by_a_bare_verb_to_the_assault_it_covered_is_not_cut_off() -> None:
    found = scenes("اقتحمت قوات النظام اليوم الثلاثاء بلدة كفرنبودة في هجوم تزامن مع قصف مدفعي كثيف.")
    assert len(found) == 1


def test_a_massacre_told_only_as_the_cause_of_anger_is_reported_with_its_author() -> None:
    found = extract_text("تصاعد الغضب في المدينة بعد المجزرة التي ارتكبتها قوات النظام أمس في بلدة كفرنبل.",
                         published=PUBLISHED).events
    assert [(e.sub_event_type, e.actor1, e.location) for e in found] == [
        ("Attack", "Military Forces of Syria (2000-)", "Kafr Nabl")]


def test_a_massacre_named_again_with_its_author_after_the_report_is_the_same_event() -> None:
    found = scenes("قتل عشرة مدنيين في قصف لقوات النظام على بلدة كفرنبل أمس. "
                   "وتصاعد الغضب في المدينة بعد المجزرة التي ارتكبتها قوات النظام في البلدة.")
    assert found == [("Shelling/artillery/missile attack", "Kafr Nabl", 10)]


def test_a_massacre_named_with_no_relative_clause_stays_a_reference() -> None:
    assert scenes("وتصاعد الغضب في المدينة بعد المجزرة.") == []


def test_buildings_blown_up_after_as_well_are_an_act_of_their_own() -> None:
    found = scenes("قصفت قوات الاحتلال اليوم الثلاثاء مناطق متفرقة بقطاع غزة، "
                   "كما نسف العديد من المباني السكنية في مخيم البريج.")
    assert ("Looting/property destruction", "Bureij", 0) in found


def test_an_attack_at_one_town_and_a_clash_at_another_are_two_events() -> None:
    found = scenes("قتل شرطيان ومسلح أمس الاثنين في هجوم بمدينة الرمادي واشتباك بمدينة الفلوجة.")
    assert {loc for _, loc, _ in found} == {"Ramadi", "Fallujah"}
    assert all(sub == "Armed clash" for sub, _, _ in found)


def test_an_attack_and_fighting_around_the_same_town_stay_one_event() -> None:
    assert len(scenes("شن التنظيم أمس هجوما على بلدة الشيخ مسكين واشتباكات عنيفة في محيطها.")) == 1


def sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.location) for e in extract_text(text, published=PUBLISHED).events]


def test_strikes_added_after_a_comma_and_after_besides_each_get_their_place_and_side() -> None:
    found = sides("شنت الطائرات الروسية أمس غارات على مدينة سراقب، وقصفت مواقع أخرى في بلدة كفرنبل، "
                  "إضافة إلى استهدافها مقرا للفصائل في مدينة معرة النعمان.")
    assert sorted(found) == sorted([("Air/drone strike", "Military Forces of Russia (2000-)", place)
                                    for place in ("Saraqib", "Kafr Nabl", "Ma`arrat an Nu`man")])


def test_a_joined_bombardment_verb_keeps_the_side_of_the_strikes_before_it() -> None:
    found = sides("شن طيران التحالف أمس غارات على تجمع للحوثيين في مدينة صعدة، وقصف أهدافا أخرى في مدينة حرض.")
    assert ("Air/drone strike", "Military Forces of Saudi Arabia (2015-)", "Harad") in found
    assert all(actor == "Military Forces of Saudi Arabia (2015-)" for _, actor, _ in found)


def test_a_joined_detention_verb_does_not_take_the_side_of_a_fight_of_another_kind() -> None:
    found = sides("أفادت مصادر بتمرد ضباط رفضوا التوجه إلى مناطق المواجهات في عدن، "
                  "وقامت ميليشيات الحوثي بملاحقة الضباط الرافضين في مدينة تعز، واعتقلت بعضهم.")
    assert [actor for sub, actor, _ in found if sub == "Arrests"] == ["Ansar Allah (Houthis)"]


def test_a_bombardment_joined_with_its_own_side_after_a_fight_elsewhere_is_its_own_event() -> None:
    found = sides("نفذت الطائرات الحربية أمس غارات على بلدة كفرنبل، فيما دارت اشتباكات في محيط مدينة مورك، "
                  "وقصفت قوات النظام مناطق في بلدة اللطامنة.")
    assert ("Armed clash", "Murak") in {(sub, loc) for sub, _, loc in found}
    assert ("Shelling/artillery/missile attack", "Military Forces of Syria (2000-)", "Al Lataminah") in found


def test_a_bombardment_by_a_side_of_the_fight_told_before_stays_part_of_it() -> None:
    found = sides("دارت أمس اشتباكات بين الفصائل وقوات النظام في بلدة اللطامنة، وقصفت قوات النظام البلدة بالمدفعية.")
    assert [(sub, loc) for sub, _, loc in found] == [("Armed clash", "Al Lataminah")]
