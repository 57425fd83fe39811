"""Sides told in another sentence of the story: "بين الطرفين" names the two sides named
before; "وأعلن تنظيم X مسؤوليته عن الهجوم" after an unclaimed attack names its author."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from support import line_sentences

import marsad
from marsad.document import Mention
from marsad.stages import actors

DAY = dt.date(2016, 10, 2)


def _roles(lines: list[str], which: int, trigger: str, country: str, sub_type: str = "Armed clash"
           ) -> tuple[str | None, str | None]:
    """actor1 and actor2 for `trigger` in sentence `which` of `lines` (one paragraph each)."""
    text = "\n".join(lines)
    doc = line_sentences(text)
    doc.published, doc.country_hint = DAY, country
    starts = [sentence.start for sentence in doc.sentences]
    actors.process(doc)
    start = text.index(trigger, starts[which])
    mention = Mention(start, start + len(trigger), "trigger", trigger, SimpleNamespace(sub_event_type=sub_type),
                      {"voice": "noun"})
    roles = actors.assign_roles(doc, starts[which], starts[which] + len(lines[which]), mention)
    return tuple(r.name if r else None for r in (roles.actor1, roles.actor2))


def _sides(first: str, second: str, trigger: str, country: str) -> tuple[str | None, str | None]:
    """actor1 and actor2 for `trigger` in the second of two sentences."""
    return _roles([first, second], 1, trigger, country)


def test_two_sides_come_from_an_earlier_between_pair():
    assert _sides("تتواصل المعارك بين حركة الشباب والقوات الصومالية في إقليم جوبا السفلى منذ أيام.",
                  "وقال مسؤول محلي إن اشتباكات عنيفة اندلعت بين الطرفين أمس في بلدة جمامة.",
                  "اشتباكات", "SO") == ("Al Shabaab", "Military Forces of Somalia (2012-2017)")


def test_without_a_pair_the_latest_side_and_its_opponent_are_taken():
    assert _sides("شنت قوات الجيش اليمني هجوما على مواقع ميليشيات الحوثي شرقي مدينة الحديدة.",
                  "وأفاد سكان بأن المواجهات بين الجانبين استمرت حتى فجر اليوم في مديرية التحيتا.",
                  "المواجهات", "YE") == ("Ansar Allah (Houthis)", "Military Forces of Yemen (2012-2022)")


def test_allies_are_never_the_two_sides():
    first, second = _sides("هاجم مسلحو تنظيم داعش حاجزا للجيش العراقي وقوات الحشد الشعبي قرب مدينة بيجي.",
                           "وقالت مصادر أمنية إن القتال بين الطرفين تواصل ساعات في أطراف بيجي.",
                           "القتال", "IQ")
    assert "Islamic State (Iraq)" in (first, second)
    assert {first, second} != {"Military Forces of Iraq (2014-2018)", "PMF - Popular Mobilization Forces"}


def test_without_the_anaphor_the_story_is_not_searched():
    assert _sides("تتواصل المعارك بين حركة الشباب والقوات الصومالية في إقليم جوبا السفلى منذ أيام.",
                  "وقال مسؤول محلي إن اشتباكات عنيفة اندلعت أمس في بلدة جمامة.",
                  "اشتباكات", "SO") == (None, None)


def test_a_later_claim_names_the_author_of_an_unclaimed_blast():
    lines = ["قتل ثمانية أشخاص في انفجار سيارة مفخخة قرب سوق شعبي في مدينة مقديشو.",
             "وقالت الشرطة إن بين القتلى ثلاثة أطفال.",
             "وأعلنت حركة الشباب مسؤوليتها عن التفجير في بيان على موقعها."]
    assert _roles(lines, 0, "انفجار", "SO", "Remote explosive/landmine/IED")[0] == "Al Shabaab"


def test_a_claim_told_subject_first_also_counts():
    lines = ["طعن رجل ثلاثة مارة في شارع تجاري وسط مدينة ليون مساء السبت.",
             "ويذكر أن تنظيم داعش تبنى الهجوم عبر وكالة أعماق."]
    assert _roles(lines, 0, "طعن", "FR", "Attack")[0] == "Islamic State (France)"


def test_a_denied_or_negated_claim_names_no_one():
    lines = ["قتل ثمانية أشخاص في انفجار سيارة مفخخة قرب سوق شعبي في مدينة مقديشو.",
             "ولم تعلن حركة الشباب مسؤوليتها عن التفجير حتى الآن."]
    assert _roles(lines, 0, "انفجار", "SO", "Remote explosive/landmine/IED")[0] != "Al Shabaab"


def test_a_claim_of_another_kind_of_act_is_ignored():
    lines = ["قتل ثمانية أشخاص في انفجار سيارة مفخخة قرب سوق شعبي في مدينة مقديشو.",
             "وأعلنت حركة الشباب مسؤوليتها عن التفجير في بيان على موقعها."]
    assert _roles(lines, 0, "انفجار", "SO", "Peaceful protest")[0] != "Al Shabaab"


def test_a_later_claim_of_this_act_by_a_demonstrative_names_its_author():
    lines = ["قتل خمسة أشخاص في تفجير انتحاري قرب مطار العاصمة كابول صباح اليوم.",
             "من جهة أخرى أعلنت حركة طالبان مسؤوليتها عن هذا التفجير."]
    assert _roles(lines, 0, "تفجير", "AF", "Suicide bomb")[0] == "Taliban"
    lines[1] = "وتبنت حركة طالبان هذا الهجوم في رسالة إلى الصحفيين."
    assert _roles(lines, 0, "تفجير", "AF", "Suicide bomb")[0] == "Taliban"


def test_a_statement_between_the_claim_verb_and_the_responsibility_is_allowed():
    lines = ["قتل عشرون شخصا في تفجير سيارة مفخخة في سوق ببلدة الخالص.",
             "وكان تنظيم داعش أعلن في بيان نشره على موقع تابع له المسؤولية عن التفجير."]
    assert _roles(lines, 0, "تفجير", "IQ", "Remote explosive/landmine/IED")[0] == "Islamic State (Iraq)"


def test_an_accusation_of_the_act_names_the_accused_group():
    blast = "قتل ثمانية أشخاص في انفجار سيارة مفخخة قرب سوق شعبي في مدينة مقديشو."
    for accusation in ("واتهمت الحكومة الصومالية حركة الشباب بتنفيذ الهجوم.",
                       "وحملت الشرطة حركة الشباب مسؤولية التفجير."):
        assert _roles([blast, accusation], 0, "انفجار", "SO", "Remote explosive/landmine/IED")[0] == "Al Shabaab"


def test_an_accusing_group_or_a_negated_accusation_names_no_one():
    blast = "قتل ثمانية أشخاص في انفجار سيارة مفخخة قرب سوق شعبي في مدينة مقديشو."
    for accusation in ("واتهمت حركة الشباب الحكومة بتنفيذ الهجوم لتشويه صورتها.",
                       "ولم تتهم السلطات حركة الشباب بتنفيذ الهجوم."):
        assert _roles([blast, accusation], 0, "انفجار", "SO", "Remote explosive/landmine/IED")[0] != "Al Shabaab"


def test_an_earlier_claim_of_the_same_act_told_again_names_its_author():
    lines = ["اعتقلت الشرطة خمسة رجال بعد شهر من تفجير المسجد الكبير الذي قتل فيه عشرون مصليا وتبناه تنظيم داعش.",
             "ووقع تفجير المسجد أثناء صلاة الجمعة وأسقط عشرين قتيلا."]
    assert _roles(lines, 1, "تفجير", "KW", "Remote explosive/landmine/IED")[0] == "Islamic State (Kuwait)"


def test_an_earlier_claim_of_another_act_names_no_one():
    lines = ["تبنت حركة الشباب تفجيرا في بيدوا الأسبوع الماضي قتل فيه عشرة.",
             "وقتل اليوم ثمانية أشخاص في انفجار سيارة مفخخة قرب سوق في مقديشو."]
    assert _roles(lines, 1, "انفجار", "SO", "Remote explosive/landmine/IED")[0] != "Al Shabaab"


def test_a_claim_far_before_counts_only_for_the_act_named_with_its_object():
    lead = "اعتقلت الشرطة خمسة رجال بعد شهر من تفجير المسجد الكبير الذي قتل فيه عشرون مصليا وتبناه تنظيم داعش."
    filler = ["وقال مصدر أمني إن التحقيقات مستمرة.", "وأضاف أن المتهمين سيحالون إلى النيابة.",
              "وأشار إلى أن الخلية كانت تعمل منذ أشهر."]
    same = _roles([lead, *filler, "ووقع تفجير المسجد أثناء صلاة الجمعة وأسقط عشرين قتيلا."], 4, "تفجير", "KW",
                  "Remote explosive/landmine/IED")
    other = _roles([lead, *filler, "ووقع تفجير آخر قرب سوق شعبي وأسقط عشرين قتيلا."], 4, "تفجير", "KW",
                   "Remote explosive/landmine/IED")
    assert same[0] == "Islamic State (Kuwait)" and other[0] != "Islamic State (Kuwait)"


def test_a_claim_after_the_act_in_its_own_sentence_names_its_author():
    for line in ("قتل خمسة أشخاص في تفجير سيارة مفخخة في مقديشو، أعلنت حركة الشباب مسؤوليتها عنه.",
                 "قتل خمسة أشخاص في تفجير سيارة مفخخة في مقديشو، وأعلنت حركة الشباب مسؤوليتها عن الهجوم."):
        assert _roles([line], 0, "تفجير", "SO", "Remote explosive/landmine/IED")[0] == "Al Shabaab"
    negated = "قتل خمسة أشخاص في تفجير سيارة مفخخة في مقديشو، ولم تعلن حركة الشباب مسؤوليتها عنه."
    assert _roles([negated], 0, "تفجير", "SO", "Remote explosive/landmine/IED")[0] != "Al Shabaab"


def test_a_launch_announced_by_a_group_is_its_strike():
    line = "قتل خمسة جنود إسرائيليين في هجوم بطائرة مسيرة أعلن حزب الله عن إطلاقها على الجليل."
    assert [e.actor1 for e in marsad.extract(line, published=DAY).events] == ["Hezbollah"]
    release = "قتل خمسة جنود إسرائيليين في هجوم بطائرة مسيرة على الجليل، وأعلن حزب الله عن إطلاقه سراح أسير."
    assert "Hezbollah" not in [e.actor1 for e in marsad.extract(release, published=DAY).events]
