"""One act told twice in an article is one event (EVENTS.md §1), even where the two reports
came out with a day, a side or a sub-type of their own.

An exact toll retold at the very same place is that act when one report is dated only to the
month holding the other's day, or when the place is only the country and the side hit is read
once as the army and once as the security forces; a hand grenade's blast read once as an IED is
the grenade (and a homemade bomb, "قنبلة يدوية الصنع", is no grenade); a foiled attack whose
fight the same sentence tells is that fight; and with no publication date, a crowd report and
the force's killing in it, told in one sentence or the next, are one protest.
"""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 5, 14)


def _events(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.event_date, e.fatalities) for e in extract_text(text, published=published).events]


def test_a_toll_retold_with_its_day_is_the_act_told_for_the_month() -> None:
    assert _events(
        "وانطلقت الحركة الاحتجاجية بعد مقتل 17 شخصا في إطلاق نار في مدرسة ثانوية في بلدة باركلاند الشهر الماضي.\n"
        "وكان إطلاق النار قد وقع يوم 14 أبريل في مدرسة ثانوية في بلدة باركلاند وأسفر عن مقتل 17 شخصا."
    ) == [("Attack", "2018-04-14", 17)]


def test_a_toll_retold_in_the_country_with_the_force_named_otherwise_is_one_clash() -> None:
    assert len(_events(
        "قتلت قوات الجيش الصومالي خمسة من مسلحي حركة الشباب في اشتباكات في جنوب الصومال.\n"
        "وأعلنت الحكومة حالة التأهب في العاصمة.\n"
        "وأضاف أن قوات الأمن حققت تقدما في العملية الجارية في المنطقة، ما أسفر عن مقتل 5 من عناصر الحركة."
    )) == 1


def test_a_grenade_blast_is_not_also_an_ied() -> None:
    subs = [sub for sub, _, _ in _events(
        "وأفاد مصدر أمني إصابة ثلاثة أشخاص بانفجار عبوة لاصقة بشاحنة متوقفة في حي الدورة جنوبي بغداد. "
        "كما أفاد مصدر أمني عن إصابة رجل وزوجته بانفجار قنبلة يدوية ألقاها مسلحون مجهولون على منزلهما "
        "في حي الواسطي جنوبي مدينة كركوك."
    )]
    assert subs == ["Remote explosive/landmine/IED", "Grenade"]


def test_a_homemade_bomb_is_an_ied_not_a_grenade() -> None:
    """"قنبلة يدوية الصنع" is a bomb made by hand, not a hand grenade."""
    assert [sub for sub, _, _ in _events(
        "قتل ثلاثة من عناصر الشرطة في انفجار قنبلة يدوية الصنع زرعها مسلحون على طريق في ولاية هرات الأفغانية أمس."
    )] == ["Remote explosive/landmine/IED"]


def test_a_foiled_attack_whose_fight_the_sentence_tells_is_that_fight() -> None:
    assert _events(
        "أحبطت قوات الجيش المصري هجوما على نقطة أمنية في مدينة العريش، اليوم، مما أسفر عن مقتل 4 مسلحين في اشتباكات."
    ) == [("Armed clash", "2018-05-14", 4)]


def test_with_no_publication_date_a_protest_and_the_killing_in_it_are_one_protest() -> None:
    assert _events(
        "نشر ناشطون مقطعا مصورا للحظة إطلاق الرصاص على الشاب محمود، في قطاع غزة الجمعة، خلال قمع إسرائيل "
        "تظاهرات مسيرة العودة.\nوقال شقيقه إن جنود الاحتلال قتلوا أخاه الأعزل في قطاع غزة.",
        published=None,
    ) == [("Excessive force against protesters", None, 1)]


def test_with_no_publication_date_a_crowd_dispersed_and_fired_on_is_one_protest() -> None:
    assert len(_events(
        "قمعت القوات الإسرائيلية تظاهرات مسيرة العودة في قطاع غزة الجمعة، وأطلقت الرصاص على المتظاهرين "
        "ما أدى إلى إصابة العشرات.",
        published=None,
    )) == 1
