"""Gaza-war leads: which side did the act when the nearest side named is its object, its
place or its victim (an act noun carrying its author's pronoun, a force killing, homes of
fighters demolished, a soldier stabbed at a checkpoint, a claim of what the men managed)."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2024, 3, 14)
ISRAEL = "Military Forces of Israel (2022-)"


def _sides(text: str) -> list[tuple]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


def test_an_act_noun_with_the_claimants_pronoun_is_the_claimants_act():
    found = _sides("أعلنت الفصائل الفلسطينية في القطاع صباح اليوم استهدافها جنود وآليات الاحتلال شرق خان يونس، "
                   "وذلك إلى جانب قصفها مساء أمس مستوطنة نتيفوت بالصواريخ.")
    assert found and all(actor1 != ISRAEL for _, actor1, _ in found)
    assert any(actor1 == "Palestinian Resistance Factions" for _, actor1, _ in found)


def test_an_army_named_right_after_qatala_is_the_killer_not_the_killed():
    found = _sides("قتل جيش الاحتلال اليوم أربعة معتقلين فلسطينيين في بيت حانون.")
    assert found and found[0][1] == ISRAEL and found[0][2] == "Civilians (Palestine)"


def test_a_soldier_killed_in_a_clash_stays_the_one_killed():
    found = _sides("قتل جندي إسرائيلي اليوم في هجوم لمسلحين قرب طوباس.")
    assert found and found[0][1] != ISRAEL and found[0][2] == ISRAEL


def test_the_homes_of_fighters_are_demolished_by_the_army():
    found = _sides("نفذت قوات الاحتلال صباح اليوم عمليات هدم لمنازل مقاومين في مخيم نور شمس.")
    assert found and found[0][1] == ISRAEL


def test_a_checkpoint_where_a_stabbing_happened_is_no_stabber():
    found = _sides("أصيبت مجندة إسرائيلية بجروح في عملية طعن عند حاجز عسكري قرب بيت لحم مساء اليوم.")
    assert found and found[0][1] != ISRAEL and found[0][2] == ISRAEL


def test_a_claim_of_what_the_fighters_managed_is_the_groups_own_killing():
    found = _sides("أعلنت كتائب القسام تمكن مقاتليها من قنص جندي إسرائيلي في حي الشجاعية.")
    assert found and found[0][1] == "Al Qassam Brigades" and found[0][2] == ISRAEL


def test_a_toll_announced_with_no_feat_claims_nothing():
    found = _sides("أعلن جيش الاحتلال مقتل جندي في جباليا شمال القطاع.")
    assert found and found[0][1] != ISRAEL
