"""Non-events and wrong sides found reading Saudi outlets' war coverage (2015):
scripture cited in sermons and op-eds, arrangements for later, acts named as the
alternative not taken, condemnations and demonstratives that name an act told
before, and sides misread from speakers, victims' sites and local names."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2016, 3, 10)


def _events(text: str) -> list:
    return extract_text(text, published=DAY).events


# ---------------------------------------------------------------- non-events


def test_a_sentence_citing_the_prophet_names_no_act():
    text = ("وأكد خطيب جامع الرياض أن هؤلاء الخوارج حث النبي صلى الله عليه وسلم على قتالهم فقد قتلوا "
            "عثمان رضي الله عنه والآن يقتلون رجال الأمن في السعودية وهم يصلون.")
    assert _events(text) == []


def test_a_hadith_on_those_who_kill_names_no_act():
    assert _events("وقال إمام المسجد في الرياض إن الخوارج وصفهم الرسول صلى الله عليه وسلم بأنهم يقتلون أهل الإسلام.") == []


def test_mercy_asked_for_the_dead_does_not_hide_their_killing():
    events = _events("قتل مسلحون ثلاثة من رجال الأمن في هجوم على مسجد في مدينة أبها أمس، رحمهم الله.")
    assert [e.fatalities for e in events] == [3]


def test_an_arrangement_for_later_is_not_reported():
    events = _events("وافق الطرفان في مدينة تعز على أن تنسحب قوات الحوثيين من المدينة، "
                     "وقتل ثلاثة أشخاص في اشتباكات بالمدينة أمس.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_an_act_named_as_the_alternative_did_not_happen():
    assert _events("واكتفى السكان في مدينة البصرة أمس بنشر صور على مواقع التواصل عوضا عن التظاهر في الشوارع.") == []


def test_a_protest_movement_noun_is_a_protest():
    events = _events("نفذ سائقو الشاحنات في مدينة مرسيليا أمس تحركات احتجاجية على ارتفاع أسعار الوقود.")
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Peaceful protest", "2016-03-09")]


def test_an_act_right_after_since_is_recalled():
    for text in ("وانتقل رئيس الوزراء إلى مدينة طبرق منذ استولى فصيل منافس على العاصمة طرابلس وشكل حكومته الخاصة.",
                 "ونزح آلاف السكان من مدينة سرت منذ سيطر تنظيم داعش عليها."):
        assert _events(text) == []


def test_kinds_of_violation_a_report_sums_up_are_no_acts():
    text = ("وكشفت المنظمة في مدينة تعز عن أنماط الانتهاكات التي ارتكبها الحوثيون والتي شملت القصف العشوائي "
            "للأحياء السكنية واعتقال المدنيين.")
    assert _events(text) == []


def test_a_monitors_tally_for_a_month_is_no_act():
    assert _events("وأوضحت شبكة حقوقية أنها رصدت مقتل 93 مدنيا في مدينة تعز لشهر يوليو الماضي.") == []


def test_a_condemnation_placed_where_the_speaker_is_names_the_act_told_before():
    text = ("دان مجلس الأمن الدولي في بيان أمس التفجير الإرهابي الذي استهدف مسجدا لقوات الشرطة في منطقة عسير. "
            "وفي عدن أدانت الحكومة اليمنية بشدة التفجير الإرهابي، وأكدت في بيان وقوف اليمن إلى جانب المملكة.")
    events = _events(text)
    assert [(e.sub_event_type, e.country) for e in events] == [("Remote explosive/landmine/IED", "Saudi Arabia")]


def test_a_demonstrative_names_the_act_told_before():
    text = ("اعتقلت أجهزة الأمن في قطاع غزة أمس عشرة من نشطاء جماعة سلفية. "
            "ولم تعلق وزارة الداخلية في مدينة رفح على هذه الاعتقالات حتى مساء الأحد.")
    events = _events(text)
    assert [(e.sub_event_type, e.location, e.event_date) for e in events] == [
        ("Arrests", "Gaza Strip", "2016-03-09")]


def test_a_demonstrative_re_mention_gives_its_toll_to_the_act_told_before():
    text = ("شن طيران التحالف أمس غارات على مواقع في مديرية سحار بمحافظة صعدة. "
            "وأشارت مصادر محلية إلى أن قتلى سقطوا في مدينة صنعاء جراء تلك الغارات.")
    events = _events(text)
    assert [(e.location, e.fatalities) for e in events] == [("Sahar", 3)]


# ---------------------------------------------------------------- sides


def test_police_reporting_a_lone_killing_did_not_kill():
    for text in ("قالت الشرطة في كينيا أمس إن شخصا قتل وأصيب 15 في إطلاق نار على تجمع انتخابي في نيروبي.",
                 "قالت الشرطة في كينيا أمس إن شخصين قتلا في إطلاق نار على تجمع انتخابي في نيروبي."):
        events = _events(text)
        assert [(e.actor1, e.actor2) for e in events] == [("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]


def test_police_telling_a_count_of_passers_by_killed_did_not_kill():
    events = _events("وقالت الشرطة الكينية في بيان: قتل ثلاثة من المارة في إطلاق نار في مدينة نيروبي أمس.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Attack", "Unidentified Armed Group (Kenya)")]


def test_the_force_owning_a_struck_mosque_is_its_target():
    events = _events("وقع هجوم على مسجد قوات الطوارئ الخاصة في مدينة أبها أمس، ونتج عنه استشهاد عشرة من منسوبيها.")
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Unidentified Armed Group (Saudi Arabia)", "Police Forces of Saudi Arabia (2015-)")]


def test_the_revolutionaries_of_yemen_are_its_popular_resistance():
    yemen = _events("تمكن الثوار في محافظة الضالع اليمنية أمس من صد هجوم للمتمردين الحوثيين وقتلوا 12 منهم.")
    syria = _events("سيطر الثوار على بلدة كفرنبل في ريف إدلب أمس بعد معارك مع قوات النظام السوري.")
    assert {e.actor1 for e in yemen} | {e.actor2 for e in yemen} >= {"Popular Resistance (Yemen)"}
    assert [e.actor1 for e in syria] == ["Opposition Rebels (Syria)"]


def test_loyalists_named_without_their_noun_are_the_army():
    events = _events("وسيطر الموالون للحكومة على مطار عدن بعد أن شنوا هجوما ضد الحوثيين الثلاثاء.")
    assert events and {e.actor1 for e in events} == {"Military Forces of Yemen (2012-2022)"}


def test_paramilitary_forces_fight_as_the_military():
    events = _events("لقي أربعة مسلحين مصرعهم اليوم في اشتباكات مع فرقة للقوات شبه العسكرية في مدينة كراتشي جنوب باكستان.")
    assert [e.actor1 for e in events] == ["Military Forces of Pakistan (2013-2018)"]
