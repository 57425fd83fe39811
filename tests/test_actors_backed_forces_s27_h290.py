"""A force backed by a coalition or a foreign state keeps the act: the backer named by a verb
("قوات يدعمها التحالف"), after coordinated arms ("مدعومة من طيران وسلاح التحالف") or by
"بمساعدة" is its associate, never its opponent nor the agent alone; an unnamed force backed by
a camp-mate of the story's army is that army; "بين X وY" naming the backer as a side of the
war leaves the act to the force it backs."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.knowledge.actors import load_catalogue
from marsad.pipeline import extract_text
from marsad.text import normalize

YEMEN_ARMY = "Military Forces of Yemen (2012-2022)"
SAUDI = "Military Forces of Saudi Arabia (2015-)"
HOUTHIS = "Ansar Allah (Houthis)"
DAY = dt.date(2018, 6, 20)


def _sides(text: str, published: dt.date = DAY) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.actor1, e.assoc_actor_1, e.actor2) for e in extract_text(text, published=published).events]


def _backers(text: str, published: dt.date = DAY) -> list[str]:
    doc = extract_text(text, published=published)
    return [m.value.name for m in doc.of_kind("actor") if m.attrs.get("assoc") and m.value]


@pytest.mark.parametrize("verb", ["يدعمها", "تدعمها", "تساندها"])
def test_a_backer_told_by_a_verb_backs_the_force_before_it(verb: str) -> None:
    text = f"وشنت القوات الحكومية التي {verb} التحالف هجوما على مواقع الحوثيين في مديرية حيس بالحديدة."
    assert _backers(text) == [SAUDI]
    assert _sides(text) == [(YEMEN_ARMY, SAUDI, HOUTHIS)]


def test_help_named_as_a_manner_makes_the_helper_a_backer() -> None:
    text = "وتقدمت قوات الجيش الوطني بمساعدة طيران التحالف نحو مواقع الحوثيين في مديرية نهم شرق صنعاء."
    assert _backers(text) == [SAUDI]


def test_a_backer_named_after_its_coordinated_arms_is_no_opponent() -> None:
    text = ("وسقط معسكر الخشعة بعد هجوم شنته قوات الجيش الوطني مدعومة من طيران وسلاح التحالف العربي، "
            "بحسب مصادر عسكرية في مأرب.")
    assert _backers(text) == [SAUDI]
    assert all(actor2 != SAUDI for _, _, actor2 in _sides(text))


def test_a_single_arm_before_the_backer_still_needs_no_coordination() -> None:
    """Two arms not joined by و are two words of the gap: the rule only folds a coordination."""
    text = "وسقط معسكر الخشعة بعد هجوم شنته قوات الجيش الوطني مدعومة من سلاح مختلف التحالف العربي في مأرب."
    assert _backers(text) == []


def test_an_unnamed_force_backed_by_the_coalition_is_the_army_of_the_story() -> None:
    text = "وبدأت قوات يدعمها التحالف بقيادة السعودية صباح اليوم هجوما على مواقع الحوثيين في مدينة الحديدة في اليمن."
    assert _sides(text) == [(YEMEN_ARMY, SAUDI, HOUTHIS)]


def test_an_unnamed_force_beside_the_named_army_is_another_force() -> None:
    """The sentence names the army itself: the backed force may be a militia fighting it."""
    doc = extract_text("واندلعت اشتباكات في عدن في اليمن بين القوات الحكومية وقوات يدعمها التحالف.", published=DAY)
    armies = [m for m in doc.of_kind("actor") if m.value and m.value.name == YEMEN_ARMY]
    assert len(armies) == 1


def test_the_pair_of_the_war_naming_the_backer_leaves_the_act_to_the_force_it_backs() -> None:
    text = ("وبدأت قوات يدعمها التحالف بقيادة السعودية الأربعاء هجوما على مدينة الحديدة في اليمن، في أكبر معركة "
            "في الحرب المستمرة منذ سنوات بين التحالف وحركة الحوثيين.")
    assert _sides(text) == [(YEMEN_ARMY, SAUDI, HOUTHIS)]


def test_a_pair_naming_two_other_sides_is_kept() -> None:
    text = "واندلعت اشتباكات عنيفة أمس بين القوات الحكومية والحوثيين في مديرية حيس بالحديدة اليمنية."
    assert _sides(text) == [(YEMEN_ARMY, None, HOUTHIS)]


def test_the_new_words_are_stored_normalized() -> None:
    lexicon = load_catalogue().lexicon
    for word in lexicon["assoc_gap_arms"]:
        assert normalize(word) == word or normalize(word) in {normalize(w) for w in lexicon["assoc_gap_arms"]}
    assert {"يدعمها", "بمساعده"} <= {normalize(w) for w in lexicon["assoc_cues"]}
