"""The side acted upon (actor2): civilians counted as an act's victims over the side told only
as the holder of the place struck ("آخر جيب للمعارضة", "التي تسيطر عليها"); a side that
warns of or about the act ("حذر الكرملين") is no side of it; activists a bomb targeted
("استهدف ناشطين") are civilians; groups feuding "بين جماعات مسلحة" are both sides; al-Qaeda is
no enemy of its branches; and an armed crowd word
("مواجهة مسلحة مع قوة أمنية") is a fight, the state force meeting the gunmen counted dead."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text

DAY = dt.date(2018, 4, 7)


def _sides(text: str, published: dt.date = DAY) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text, published=published)
    return [(event.sub_event_type, event.actor1, event.actor2) for event in doc.events]


def test_civilians_killed_in_a_place_a_group_holds_are_the_side_hit():
    for text in ("أسفر قصف جوي على بلدة حرستا، آخر جيب للمعارضة شرق العاصمة، عن مقتل 6 مدنيين الثلاثاء.",
                 "أسفرت غارة جوية على مدينة حرستا التي تسيطر عليها المعارضة عن مقتل سبعة مدنيين بينهم أطفال."):
        sides = _sides(text)
        assert sides and sides[0][0] == "Air/drone strike"
        assert sides[0][2] == "Civilians (Syria)"


def test_the_holder_stays_the_side_hit_when_no_civilians_are_counted():
    sides = _sides("شنت الطائرات غارات على مدينة حرستا التي تسيطر عليها المعارضة صباح الثلاثاء.")
    assert sides and sides[0][2] == "Opposition Rebels (Syria)"


def test_a_state_that_warns_is_no_side_of_the_strike_it_speaks_of():
    sides = _sides("حذرت الحكومة الروسية من تصعيد جديد بعد الغارة التي شنتها الطائرات الإسرائيلية على مطار دمشق أمس.",
                   dt.date(2018, 4, 11))
    assert sides and sides[0][1].startswith("Military Forces of Israel")
    assert sides[0][2] is None or "Russia" not in sides[0][2]


def test_an_armed_confrontation_with_a_security_force_is_fought_by_it():
    sides = _sides("قالت مصادر أمنية، الخميس، إن خمسة متشددين قتلوا في مواجهة مسلحة مع قوة أمنية في محافظة سوهاج.",
                   dt.date(2018, 6, 28))
    assert sides and sides[0][0] == "Armed clash"
    assert sides[0][1].startswith(("Military Forces of Egypt", "Police Forces of Egypt"))
    assert sides[0][2] == "Unidentified Armed Group (Egypt)"


def test_activists_a_bombing_targeted_are_its_civilian_victims():
    text = ("أعلنت الحكومة أنها ستلاحق المسلحين، بعد قتل جنديين قرب الحدود، وذلك ردا على تفجير انتحاري وقع "
            "الاثنين في مدينة سروج واستهدف ناشطين أكرادا.")
    bombs = [side for side in _sides(text, dt.date(2015, 7, 25)) if side[0] == "Suicide bomb"]
    assert bombs and bombs[0][2] == "Civilians (Turkey)"


def test_a_fight_among_feuding_groups_has_them_on_both_sides():
    text = ("فر مئات السجناء من سجن في العاصمة يوم الأحد بعدما اشتد القتال بين جماعات مسلحة متناحرة في جنوب "
            "طرابلس. وكان حلف شمال الأطلسي قد دعم الانتفاضة التي أطاحت بالقذافي عام 2011.")
    clashes = [side for side in _sides(text, dt.date(2018, 9, 2)) if side[0] == "Armed clash"]
    assert clashes and clashes[0][1] == clashes[0][2] == "Unidentified Armed Group (Libya)"
    other = _sides("اندلعت اشتباكات بين فصائل مسلحة وقوات النظام في ريف درعا يوم الأحد.", dt.date(2018, 9, 2))
    assert other and other[0][1] != other[0][2]
    # a و-verb after the phrase's preposition joins no second side
    rivals = _sides("اشتدت المعارك بين الفصائل المتنافسة على الحكم في مدينة كابل وتحول الصراع إلى حرب أهلية.",
                    dt.date(2018, 9, 2))
    assert rivals and rivals[0][1] == rivals[0][2]


@pytest.mark.parametrize("text", [
    "دارت أمس اشتباكات بين فصائل المعارضة السورية المسلحة ووحدات حماية الشعب الكردية في ريف حلب الشمالي.",
    "اندلعت أمس اشتباكات بين فصائل الجيش الحر المدعومة من تركيا ومقاتلين أكراد قرب مدينة عفرين.",
])
def test_a_plural_group_fighting_a_second_side_named_after_its_long_name_is_no_feud(text: str) -> None:
    clashes = [side for side in _sides(text, dt.date(2018, 3, 2)) if side[0] == "Armed clash"]
    assert clashes and clashes[0][1] is not None and clashes[0][1] != clashes[0][2]


def test_a_branch_of_al_qaeda_never_fights_its_parent():
    sides = _sides("واشتبك مسلحو الشباب المرتبطون بتنظيم القاعدة يوم الاثنين في جنوب الصومال.", dt.date(2015, 7, 21))
    assert sides and sides[0][1] == "Al Shabaab" and sides[0][2] != "Al Qaeda"
