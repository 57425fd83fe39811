"""Events: one-sided attacks on named civilians and crowd clashes are not battles."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 8)


def typed(text: str) -> list[tuple[str, str, int]]:
    return [(e.event_type, e.sub_event_type, e.inter2) for e in extract_text(text, published=PUBLISHED).events]


def test_gunman_who_killed_a_named_civilian_is_an_attack_not_a_clash() -> None:
    # "قتل مسلح" reads both ways; the civilian named as its object settles it.
    text = "وفي أبريل الماضي، قتل مسلح بسكين رجلا وجرح خمسة آخرين في سوق بمدينة ووهان."
    assert typed(text) == [("Violence against civilians", "Attack", 7)]


def test_armed_man_attacking_schoolchildren_is_an_attack() -> None:
    text = "هاجم رجل مسلح بسكين التلاميذ أثناء خروجهم من مدرسة ابتدائية في مدينة ووهان أمس."
    assert [t[:2] for t in typed(text)] == [("Violence against civilians", "Attack")]


def test_clash_of_police_with_a_stone_throwing_crowd_is_one_riot() -> None:
    text = "اندلعت مواجهات بين الشرطة ومصلين رشقوا عناصرها بالحجارة في باحات المسجد أمس في القدس."
    assert [t[:2] for t in typed(text)] == [("Riots", "Violent demonstration")]


def test_gunmen_killed_in_a_clash_with_the_army_stay_a_battle() -> None:
    text = "قتل خمسة مسلحين في اشتباكات مع الجيش في مدينة العريش أمس."
    assert [t[:2] for t in typed(text)] == [("Battles", "Armed clash")]


def sides(text: str) -> list[tuple[int, int]]:
    return [(e.inter1, e.inter2) for e in extract_text(text, published=PUBLISHED).events]


def test_force_whose_own_mosque_was_hit_is_the_target() -> None:
    text = ("أدان المحافظ العمل الإرهابي الذي وقع في مسجد قوات الطوارئ الخاصة في مدينة أبها أمس، "
            "ونتج عنه استشهاد عشرة من منسوبيها.")
    assert sides(text) == [(3, 1)]


def test_men_of_a_named_unit_are_that_unit_not_civilians() -> None:
    text = ("استنكر المحافظ الهجوم الذي استهدف رجال قوات الطوارئ الخاصة وهم يصلون في أبها أمس، "
            "ونتج عنه استشهاد ثلاثة من رجال الأمن.")
    assert sides(text) == [(3, 1)]


def test_the_martyrs_of_a_force_are_its_dead_not_the_attackers() -> None:
    text = ("نشرت الوزارة أسماء شهداء قوات الطوارئ الخاصة الذين قتلوا أمس في الهجوم "
            "الذي استهدف مسجدهم في أبها.")
    assert sides(text) == [(3, 1)]


def test_protester_meeting_his_death_with_the_subject_between_is_a_death() -> None:
    text = "لقي متظاهر حتفه بعد أن أطلقت قوات الأمن النار لتفريق تظاهرة في مدينة كربلاء أمس."
    deadly = [e for e in extract_text(text, published=PUBLISHED).events
              if e.sub_event_type == "Excessive force against protesters"]
    assert [(e.inter1, e.fatalities) for e in deadly] == [(6, 1)]


def test_a_natural_death_is_no_killing() -> None:
    assert typed("مات الشيخ حتف أنفه في منزله بمدينة حمص أمس.") == []


def test_gunman_killing_the_staff_of_a_newspaper_is_an_attack() -> None:
    text = "أطلق مسلح النار داخل مقر صحيفة محلية في ولاية ميريلاند أمس، مما أدى إلى مقتل 4 من العاملين فيها."
    assert [t[:2] for t in typed(text)] == [("Violence against civilians", "Attack")]


def test_attack_whose_unarmed_dead_are_told_in_the_next_stretch_is_an_attack() -> None:
    text = ("كشفت الصحف تفاصيل الهجوم الذي نفذه مسلح، الأحد، على مقر صحيفة في ولاية ميريلاند، "
            "مما أدى إلى مقتل 4 من العاملين فيها.")
    assert [t[:2] for t in typed(text)] == [("Violence against civilians", "Attack")]
