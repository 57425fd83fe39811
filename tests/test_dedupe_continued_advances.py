"""An advance told with a possessive pronoun ("واصلت تقدمها") goes on with the act told just before."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 5, 9)


def _readings(text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.location) for e in extract_text(text, published=PUBLISHED).events]


def test_its_advance_toward_a_town_folds_into_the_ground_taken_before_and_keeps_its_place() -> None:
    text = (
        "أكدت مصادر محلية سيطرة المقاومة الشعبية يوم الأربعاء على عدد من المواقع التي تتمركز فيها "
        "مليشيات الحوثي في مديرية «مكيراس» ، بعد معارك عنيفة.\n"
        "مضيفة أن المقاومة واصلت تقدمها باتجاه بلدة «المنصورة»."
    )
    readings = _readings(text)
    assert len(readings) == 1
    assert readings[0][1] == "Mukayras"


def test_an_advance_by_another_side_stays_its_own_act() -> None:
    text = (
        "أكدت مصادر محلية سيطرة المقاومة الشعبية يوم الأربعاء على عدد من المواقع في مديرية «مكيراس» "
        "بعد معارك عنيفة مع مليشيات الحوثي.\n"
        "وفي محافظة الجوف، واصلت قوات الجيش اليمني تقدمها في مديرية الغيل وسط مواجهات مع تنظيم القاعدة."
    )
    assert len(_readings(text)) == 2
