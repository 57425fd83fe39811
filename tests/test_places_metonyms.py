"""Words that look like places but are not scenes: fixed expressions after a
proclitic, a common noun with its adjective, capitals standing for their
government, and where a statement was made."""

from __future__ import annotations

from support import place_doc as _doc
from support import place_names as _names


def _flagged(text: str, surface: str) -> bool:
    """Whether the mention `surface` is flagged as no scene (`in_title`)."""
    return next(m.attrs["in_title"] for m in _doc(text).of_kind("place") if m.attrs["surface_ar"] == surface)


def test_fixed_expression_after_a_proclitic_is_not_a_place():
    assert "حجة" not in _names(_doc("اعتقل المسلحون عشرة رجال بحجة انتمائهم إلى المعارضة في مدينة إب."))
    assert "حجة" in _names(_doc("قصفت الطائرات مواقع في محافظة حجة."))


def test_common_noun_with_a_nisba_adjective_is_not_a_place_even_after_a_cue():
    assert "المجمع" not in _names(_doc("سقط صاروخ على منطقة المجمع الحكومي في مدينة مأرب."))


def test_relative_pronoun_is_not_read_as_an_adjective():
    assert "الغوطة الشرقية" in _names(_doc("تتعرض منطقة الغوطة الشرقية التي يحاصرها الجيش لقصف عنيف."))


def test_capital_as_subject_of_a_stance_verb_stands_for_its_government():
    assert _flagged("ورفضت طهران الاتهامات الموجهة إليها أمس.", "طهران")
    assert _flagged("ونفى الوزير ذلك إلا أن أنقرة تصر على موقفها.", "أنقرة")
    assert _flagged("ثم جاء إعلان دمشق عن إسقاط طائرة.", "دمشق")
    assert not _flagged("شهدت بغداد تفجيرا داميا أمس.", "بغداد")


def test_capital_a_side_is_loyal_to_is_no_scene():
    assert _flagged("قتل عشرون عنصرا من الفصائل الموالية لطهران.", "طهران")


def test_place_where_a_statement_was_made_is_no_scene():
    assert _flagged("وقال الوزير أمام الصحافيين في القاهرة «إن الهجوم أوقع قتلى».", "القاهرة")
    assert _flagged("وذكرت صحيفة واسعة الانتشار في إيران أن الشرطة اعتقلت ناشطين.", "إيران")
    assert not _flagged("وقالت وزارة الصحة في غزة إن طفلا قتل برصاص الجيش.", "غزة")
    assert not _flagged("وقال المرصد إن غارات استهدفت القاهرة.", "القاهرة")


def test_adjective_agreeing_with_a_feminine_cue_keeps_the_place():
    assert "الكتف" in _names(_doc("سيطرت القوات على منطقة الكتف الاستراتيجية في صعدة."))


def test_scene_of_an_announced_act_is_not_a_press_place():
    text = "وأعلنت إسرائيل قصف مواقع عسكرية في سوريا الليلة الماضية، وأضافت أن الطائرات عادت بسلام."
    assert not _flagged(text, "سوريا")
