"""Sides that are not who they seem: a backer named only as backing another side is never
the foe a one-sided report leaves implicit; a reference word followed by an "anti-" word or
by another country's nationality names other fighters than the actor before it; unnamed
"Kurdish fighters" striking inside Turkey are the PKK."""

from __future__ import annotations

import datetime as dt

from support import line_sentences

import marsad
from marsad.knowledge.actors import resolve_actor
from marsad.stages import actors

DAY = dt.date(2018, 6, 10)


def _opponent(lines: list[str], actor1_key: str, country: str) -> str | None:
    """The story's implicit foe of `actor1_key` for the last of `lines` (one paragraph each)."""
    text = "\n".join(lines)
    doc = line_sentences(text)
    doc.published, doc.country_hint = DAY, country
    actors.process(doc)
    last = doc.sentences[-1]
    side = actors.article_opponent(doc, last.start, last.end, resolve_actor(actor1_key, country, DAY), None)
    return side.name if side else None


def _mentions(text: str, published: dt.date) -> list[tuple[str, str | None]]:
    doc = marsad.extract_text(text, published=published)
    return [(m.text, m.value.name if m.value else None) for m in doc.of_kind("actor")]


def _events(text: str, published: dt.date) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in marsad.extract_text(text, published=published).events]


def test_a_backer_is_not_the_foe_of_the_side_it_backs_against():
    assert _opponent(["وصلت قوات الجيش اليمني، بإسناد من التحالف العربي، إلى مشارف مدينة الحديدة.",
                      "وقتل عشرة من مسلحي الحوثي في المعارك جنوب المدينة أمس."],
                     "houthis", "YE") == "Military Forces of Yemen (2012-2022)"


def test_fighters_against_a_group_are_not_that_group():
    events = _events("اشتدت المعارك بين المقاومة الشعبية والحوثيين في محافظة الضالع.\n"
                     "وسيطر المقاتلون المناوئون للحوثيين على مدينة قعطبة اليوم الاثنين.", dt.date(2015, 8, 10))
    assert events and all(actor1 != "Ansar Allah (Houthis)" for actor1, _ in events)


def test_the_group_after_an_anti_word_is_no_side():
    events = _events("سيطر مقاتلون مناوئون لجماعة الحوثي على مدينة قعطبة في محافظة الضالع اليوم الاثنين.",
                     dt.date(2015, 8, 10))
    assert events and all("Ansar Allah (Houthis)" not in sides for sides in events)


def test_fighters_of_another_nationality_are_not_the_group_before_them():
    text = ("قصفت طائرات مجهولة مواقع لحزب الله في ريف حمص.\n"
            "وقتل 20 مسلحا غالبيتهم من المقاتلين الإيرانيين جراء ضربات صاروخية استهدفت قاعدة عسكرية قرب حمص أمس.")
    assert ("المقاتلين", "Hezbollah") not in _mentions(text, dt.date(2018, 5, 1))
    assert all(actor1 != "Hezbollah" for actor1, _ in _events(text, dt.date(2018, 5, 1)))


def test_kurdish_fighters_inside_turkey_are_the_pkk():
    events = _events("قالت مصادر أمنية إن ثلاثة جنود أتراك قتلوا عندما فجر مقاتلون أكراد عبوة ناسفة "
                     "اليوم الأربعاء في ولاية ديار بكر جنوب شرق تركيا.", dt.date(2016, 5, 11))
    assert events and events[0][0] == "PKK - Kurdistan Workers' Party"


def test_syrian_kurdish_fighters_in_a_turkish_story_are_not_the_pkk():
    text = ("قتل 30 شخصا في تفجير انتحاري في بلدة سروج التركية اليوم الاثنين.\n"
            "وكان الشبان يستعدون للسفر إلى بلدة كوباني السورية التي يسيطر عليها مقاتلون أكراد سوريون.")
    assert ("مقاتلون أكراد سوريون", "YPG: People's Protection Units") in _mentions(text, dt.date(2015, 7, 20))


def test_a_side_named_only_for_its_air_strikes_fought_no_ground_battle():
    events = _events("سيطر رجال قبائل مسلحون على ست مناطق في محافظة إب اليوم الاثنين بمساندة ضربات جوية يشنها "
                     "التحالف العربي.\nوكان الحوثيون قد استولوا على بلدة الرضمة في سبتمبر الماضي.", dt.date(2015, 8, 10))
    houthis = [sides for sides in events if sides[0] == "Ansar Allah (Houthis)"]
    assert houthis and all(not (actor2 or "").startswith("Military Forces of Saudi Arabia") for _, actor2 in houthis)
