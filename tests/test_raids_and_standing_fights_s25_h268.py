"""Two ways a violent act was typed as something it was not.

A raid that killed the armed man it was after ("المطلوب الذي قتل بعد مداهمته
من قبل قوات الأمن") is a gunfight, Battles / Armed clash, not an arrest: the
killing told right before the raid word and joined to it ("بعد"، "خلال") is
the raid's outcome, even when the killing only describes the dead man.

A clause that names the place by the fighting that goes on there ("قرب
العريش حيث تجري مواجهات مستمرة بين الأمن والمتطرفين") tells a standing
state: the bombing of the sentence stays a bombing, not folded into a clash.
The sentences are made up in the style of the news.
"""

import datetime as dt

from marsad.knowledge.clauses import load_event_rules
from marsad.knowledge.triggers import load_modality, load_triggers
from marsad.pipeline import extract_text
from marsad.text import normalize

DAY = dt.date(2015, 7, 21)


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=DAY).events]


def test_a_raid_that_killed_the_wanted_man_is_an_armed_clash() -> None:
    text = ("نشرت صحيفة تسجيلا للمطلوب المنتمي إلى تنظيم «داعش» الإرهابي خالد العتيبي "
            "الذي قتل الأسبوع الماضي بعد مداهمته من قبل قوات الأمن في مدينة الطائف.")
    assert ("Battles", "Armed clash") in _types(text)
    assert ("Strategic developments", "Arrests") not in _types(text)


def test_a_raid_with_no_death_stays_an_arrest_campaign() -> None:
    text = "داهمت قوات الأمن السعودية أمس منازل في مدينة الطائف واعتقلت ثلاثة مطلوبين ينتمون إلى تنظيم داعش."
    types = _types(text)
    assert ("Strategic developments", "Arrests") in types
    assert ("Battles", "Armed clash") not in types


def test_a_bombing_where_fighting_goes_on_stays_a_bombing() -> None:
    text = ("أصيب 12 جنديا مصريا الأحد في انفجار عبوة ناسفة استهدف مدرعة كانوا يستقلونها قرب مدينة رفح "
            "في شمال سيناء حيث تجري مواجهات مستمرة بين الجيش والمسلحين، حسب مصادر أمنية.")
    types = _types(text)
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in types
    assert ("Battles", "Armed clash") not in types


def test_fighting_told_after_where_without_lasting_may_be_the_news() -> None:
    text = ("قتل خمسة مقاتلين الأحد في ريف حماة الشمالي حيث تدور اشتباكات عنيفة بين قوات النظام "
            "والفصائل المعارضة، وفق المرصد السوري لحقوق الإنسان.")
    assert ("Battles", "Armed clash") in _types(text)


def test_the_lists_are_normalized_and_name_real_triggers() -> None:
    rules = load_event_rules()
    ids = {p.id for p in load_triggers()}
    assert rules.deadly_raid_patterns and rules.deadly_raid_patterns <= ids
    assert all(normalize(w) == w for w in rules.deadly_raid_links | rules.deadly_raid_fillers)
    modality = load_modality()
    assert "حيث" in modality.place_adverbs
    assert all(normalize(w) == w for w in modality.standing_words) and "مستمره" in modality.standing_words


def test_a_person_killed_in_an_attack_by_gunmen_is_a_civilian_attacked() -> None:
    """People named only as people ("شخص") in the stretch of an attack by gunmen with
    no target found, and no fighter among the dead: violence against civilians."""
    text = ("وأفاد مصدر أمني عراقي بمقتل شخص في هجوم شنه عليه مسلحون مجهولون يستقلون سيارة "
            "قرب سوق شعبي جنوبي مدينة كركوك اليوم.")
    assert _types(text) == [("Violence against civilians", "Attack")]


def test_plain_victims_is_normalized() -> None:
    assert all(normalize(w) == w for phrase in load_event_rules().plain_victims for w in phrase)
