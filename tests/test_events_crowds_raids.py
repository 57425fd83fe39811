"""Events: violent protests riot, angry crowds attacking are mob violence, a raid that set a fight is no arrest."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2021, 5, 14)


def kinds(text: str) -> set[tuple[str, str]]:
    return {(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUBLISHED).events}


def test_protests_called_violent_are_a_riot() -> None:
    assert kinds("خرجت تظاهرات عنيفة في مدينة البصرة اليوم ضد انقطاع الكهرباء.") == {
        ("Riots", "Violent demonstration")
    }


def test_protest_against_violence_stays_peaceful() -> None:
    assert kinds("تظاهر المئات في مدينة البصرة اليوم احتجاجا على القمع العنيف للطلاب.") == {
        ("Protests", "Peaceful protest")
    }


def test_angry_crowd_attacking_a_community_is_mob_violence() -> None:
    assert kinds("هاجمت حشود غاضبة مساجد ومحلات الأقلية في مدينة ماندالاي اليوم.") == {("Riots", "Mob violence")}


def test_angry_villagers_storming_a_police_post_riot() -> None:
    assert kinds("اقتحم قرويون غاضبون مركز الشرطة في مدينة المنيا اليوم.") == {("Riots", "Mob violence")}


def test_angry_gunmen_still_fight() -> None:
    assert kinds("هاجم مسلحون غاضبون حاجزا للجيش في مدينة المنيا اليوم.") == {("Battles", "Armed clash")}


def test_raid_that_set_a_clash_is_no_arrest() -> None:
    text = "قتل أربعة مسلحين في اشتباكات مع قوات الأمن خلال عملية دهم في مدينة العريش اليوم."
    assert kinds(text) == {("Battles", "Armed clash")}


def test_raid_with_detentions_is_an_arrest() -> None:
    text = "داهمت قوات الأمن مقرا لجماعة مسلحة في مدينة الموصل اليوم واعتقلت ثلاثة من عناصرها."
    assert kinds(text) == {("Strategic developments", "Arrests")}


def test_storming_followed_by_house_raids_is_no_clash() -> None:
    text = "اقتحمت قوات الاحتلال مدينة جنين فجر اليوم وداهمت عدة منازل وفتشتها."
    assert ("Battles", "Armed clash") not in kinds(text)


def test_stones_thrown_with_any_verb_make_the_protest_a_riot() -> None:
    assert kinds("تظاهر مئات الشبان في مدينة الخليل اليوم وألقوا الحجارة على جنود الاحتلال.") == {
        ("Riots", "Violent demonstration")
    }
    assert kinds("تظاهر مئات الشبان في مدينة طرابلس اليوم ورموا قوات الجيش بالحجارة.") == {
        ("Riots", "Violent demonstration")
    }


def test_clash_where_rubber_bullets_were_fired_is_a_riot() -> None:
    text = "أصيب ثلاثة شبان بالرصاص المطاطي خلال مواجهات مع قوات الاحتلال في بلدة كفر قدوم اليوم."
    assert kinds(text) == {("Riots", "Violent demonstration")}


def test_clash_with_gunmen_stays_a_battle() -> None:
    text = "اندلعت مواجهات عنيفة بين قوات الأمن ومسلحين في مدينة العريش اليوم."
    assert kinds(text) == {("Battles", "Armed clash")}


def test_illness_that_overtook_someone_is_no_raid() -> None:
    assert kinds("داهمت غيبوبة مفاجئة الرجل في منزله بمدينة صنعاء أمس بعد سماعه الخبر.") == set()


def test_a_beating_verb_with_its_subject_is_no_air_strike():
    # "ضربه مستوطنون" (settlers beat him) folds to the spelling of "ضربة" (a strike)
    events = extract_text("استشهد شاب بعد أن ضربه مستوطنون قرب قرية المغير شرق رام الله.",
                            published=dt.date(2024, 8, 8)).events
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Attack", "Settlers (Israel)")]
    events = extract_text("قتل ثلاثة أشخاص في ضربة جوية على منزل في مدينة رفح.",
                            published=dt.date(2024, 8, 8)).events
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
