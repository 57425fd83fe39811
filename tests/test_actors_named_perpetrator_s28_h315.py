"""The text names who did it: that side is actor1 (session 28, H315).

- A mine "planted by" a group is that group's blast in every person and gender of the verb:
  "لغم زرعته ميليشيا X" (a feminine subject, a masculine device) as "لغم زرعه X".
- A blast told with no author, whose device the next sentence names again with its planter
  ("وأوضح أن اللغم ... كانت قد زرعته الميليشيات"), is the planter's.
- "المجموعة" (the group) refers back to the armed group named before it, as "الجماعة" does;
  with no armed group before it, it names no one.
- Jewish extremists who burn a Palestinian home are coded as settlers, and Turkey's far-left
  armed groups (DHKP-C in its "التحرر" rendering, MLKP, TKP/ML) are named, not left unidentified.
"""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.knowledge.actors import find_alias, validate_catalogue

DAY = dt.date(2018, 3, 14)
HOUTHIS = "Ansar Allah (Houthis)"


def _sides(text: str, day: dt.date = DAY) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in marsad.extract(text, published=day).events]


def test_mine_planted_by_a_feminine_subject_is_the_planters():
    events = _sides("قتل مدنيان يمنيان، الثلاثاء، في انفجار لغم أرضي، زرعته ميليشيا الحوثي قبل انسحابها من "
                    "مديرية حيس بمحافظة الحديدة.")
    mines = [e for e in events if e[0] == "Remote explosive/landmine/IED"]
    assert mines and all(e[1] == HOUTHIS for e in mines)


def test_planter_told_in_the_next_sentence_is_the_blasts_author():
    events = _sides("لقي قيادي ميداني مصرعه، الثلاثاء، بانفجار لغم أرضي غرب مدينة تعز. "
                    "وأوضح المصدر أن اللغم الذي انفجر بالقيادي كانت قد زرعته ميليشيا الحوثي في وقت سابق.")
    mines = [e for e in events if e[0] == "Remote explosive/landmine/IED"]
    assert mines and all(e[1] == HOUTHIS for e in mines)


def test_blast_with_no_planter_stays_unidentified():
    events = _sides("لقي قيادي ميداني مصرعه، الثلاثاء، بانفجار لغم أرضي غرب مدينة تعز. "
                    "وأوضح المصدر أن فرق الهندسة تعمل على نزع الألغام في المنطقة.")
    mines = [e for e in events if e[0] == "Remote explosive/landmine/IED"]
    assert mines and all(e[1] == "Unidentified Armed Group (Yemen)" for e in mines)


def test_the_group_refers_back_to_the_armed_group_named_before():
    events = _sides("وتواجه القوات النيجيرية جماعة بوكو حرام منذ سنوات. "
                    "ونفذت المجموعة المتطرفة أمس هجوما انتحاريا على سوق في مدينة مايدوغوري أسفر عن مقتل 12 شخصا.",
                    dt.date(2015, 7, 20))
    bombs = [e for e in events if e[0] == "Suicide bomb"]
    assert bombs and all(e[1] == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad" for e in bombs)


def test_jewish_extremists_are_settlers():
    events = _sides("وأحرق يهوديان متطرفان فجر الجمعة منزلا فلسطينيا في قرية دوما جنوب نابلس "
                    "ما أدى إلى استشهاد طفل.", dt.date(2015, 8, 1))
    assert events and all(e[1] == "Settlers (Israel)" for e in events)


def test_turkish_far_left_groups_are_named():
    assert validate_catalogue() == []
    assert [a.name for a in find_alias("جبهة التحرر الشعبي الثوري")] == [
        "DHKP-C - Revolutionary People's Liberation Party-Front"]
    assert [a.name for a in find_alias("الحزب الشيوعي الماركسي اللينيني")] == [
        "MLKP - Marxist-Leninist Communist Party"]
