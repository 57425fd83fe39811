"""The text names who did it: that side is actor1 (session 28, H315).

- A mine "planted by" a group is that group's blast in every person and gender of the verb:
  "لغم زرعته ميليشيا X" (a feminine subject, a masculine device) as "لغم زرعه X".
- A blast told with no author, whose device the next sentence names again with its planter
  ("وأوضح أن اللغم ... كانت قد زرعته الميليشيات"), is the planter's.
- "المجموعة" (the group) is never read back as an armed group named before it: news uses it as
  often for the trained fighters, the kidnapped fishermen or the ambushed soldiers the sentence
  describes (a first version that did read it back misfired on held-out news).
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


def test_the_group_a_sentence_describes_is_not_the_armed_group_named_before():
    events = _sides("وقال المصدر إنه تم تدريب 60 مقاتلا في الأردن لمواجهة «داعش»، مشيرا إلى أن المجموعة التي "
                    "أنهت التدريب عبرت الحدود في 3 من يوليو الماضي وتعرضت لهجوم من جبهة النصرة التي خطفت قائدها "
                    "مع 12 من عناصره يوم الخميس الماضي.", dt.date(2015, 8, 4))
    assert events and all("Islamic State" not in (e[2] or "") for e in events)


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


# -- regressions from the session-28 review (made-up sentences) -----------------------------

BOKO = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


def test_jewish_hardliners_rioting_in_israel_or_extremists_abroad_are_no_settlers():
    # inside Israel "متشددون يهود" are mostly the ultra-Orthodox: a riot with the police, not a
    # settlers' armed clash; extremists abroad are no Israeli settlers
    riot = _sides("واشتبك متشددون يهود مع الشرطة الإسرائيلية أمس في مدينة بني براك خلال احتجاج على اعتقال "
                  "طالب في مدرسة دينية.")
    assert riot and all("Settlers (Israel)" not in e for e in riot)
    assert ("Violent demonstration", "Rioters (Israel)", "Police Forces of Israel (2009-2021)") in riot
    abroad = _sides("وفي الولايات المتحدة، هاجم متطرفون يهود أمس مسجدا في مدينة نيويورك وكتبوا شعارات معادية "
                    "للمسلمين على جدرانه.")
    assert all("Settlers (Israel)" not in e for e in abroad)
    # in the West Bank the same words still name settlers
    west_bank = _sides("هاجم متشددون يهود أمس منزلا فلسطينيا في قرية دوما بالضفة الغربية ما أدى إلى إصابة طفل.")
    assert west_bank and all(e[1] == "Settlers (Israel)" for e in west_bank)


def _mine_authors(text: str) -> list[str | None]:
    return [e[1] for e in _sides(text) if e[0] == "Remote explosive/landmine/IED"]


def test_other_mines_planted_elsewhere_name_no_author_of_this_blast():
    blast = "قتل جندي يمني، الثلاثاء، بانفجار عبوة ناسفة في مديرية حيس بمحافظة الحديدة. "
    assert _mine_authors(blast + "وأضاف أن فرق الهندسة نزعت خلال الأشهر الماضية آلاف الألغام التي زرعها "
                         "الحوثيون في مناطق أخرى.") == ["Unidentified Armed Group (Yemen)"]
    assert _mine_authors("قتل جندي بانفجار لغم أرضي في مديرية حيس أمس. وقال المرصد اليمني للألغام إن الألغام "
                         "زرعها الحوثيون في أكثر من 20 مديرية خلال السنوات الماضية.") == [
        "Unidentified Armed Group (Yemen)"]


def test_a_denied_or_questioned_planter_is_no_author():
    blast = "قتل جندي بانفجار عبوة ناسفة في مديرية حيس أمس. "
    assert _mine_authors(blast + "ونفى متحدث باسم الحوثيين أن تكون العبوة قد زرعتها ميليشيا الحوثي، متهما "
                         "القاعدة بالوقوف وراءها.") == ["Unidentified Armed Group (Yemen)"]
    assert _mine_authors(blast + "وتساءل ناشطون عما إذا كانت العبوة قد زرعتها ميليشيا الحوثي أم جهة "
                         "أخرى.") == ["Unidentified Armed Group (Yemen)"]
    # a source who asked not to be named still names the planter
    assert _mine_authors(blast + "وقال المصدر، الذي طلب عدم الكشف عن اسمه، إن العبوة زرعتها ميليشيا الحوثي "
                         "قرب الطريق.") == [HOUTHIS]


def test_the_group_introduced_as_an_indefinite_group_is_no_named_group():
    day = dt.date(2015, 7, 20)
    kidnap = _sides("هاجم مسلحون من جماعة بوكو حرام أمس قرية في ولاية بورنو. وفي حادث منفصل، اختطف مسلحون "
                    "مجهولون مجموعة من الصيادين قرب بحيرة تشاد، وقالت مصادر محلية إن المجموعة المسلحة طالبت "
                    "بفدية.", day)
    assert ("Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)") in kidnap
    unknown = _sides("قتل ثلاثة مدنيين أمس في هجوم شنته مجموعة مسلحة مجهولة في ولاية بورنو بعد يوم من هجوم "
                     "تبنته جماعة بوكو حرام. وقالت الشرطة إن المجموعة فرت قبل وصول قوات الأمن واعتقلت اثنين "
                     "من عناصرها.", day)
    assert all(e[2] != BOKO for e in unknown if e[0] == "Arrests")
    ambush = _sides("نصبت ميليشيا الحوثي أمس كمينا لمجموعة من جنود الجيش في مديرية نهم، وقتل ثلاثة من أفراد "
                    "المجموعة.")
    assert ambush == [("Armed clash", HOUTHIS, "Military Forces of Yemen (2012-2022)")]


def test_a_separate_incident_cuts_the_group_from_the_named_group():
    events = _sides("هاجم مسلحون من جماعة بوكو حرام أمس قرية في ولاية بورنو. وفي حادث منفصل، قالت مصادر "
                    "محلية إن المجموعة المسلحة خطفت 5 صيادين.", dt.date(2015, 7, 20))
    assert all(e[1] != BOKO for e in events if e[0] == "Abduction/forced disappearance")


def test_mine_planted_by_members_of_a_group_is_the_groups():
    # "عناصر" before the group marks a target elsewhere ("استهدفت عناصر X"); after a planting verb
    # the group laid the mine
    assert _mine_authors("وأصيب 3 جنود أمس بانفجار لغم زرعته عناصر تنظيم القاعدة في طريق دوريتهم بمحافظة "
                         "أبين.") == ["Al Qaeda"]
