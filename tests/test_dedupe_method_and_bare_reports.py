"""One blast or attack told once with its method and once bare ("الهجوم"، "الاعتداء"، "مقتل N في X")
is one event of the method's sub-type; two acts in one town on one day stay two."""

import datetime as dt

from marsad.pipeline import extract_text

_DAY = dt.date(2019, 3, 12)
_BOMBING = "فجر انتحاري نفسه صباح الأحد في سوق شعبي بمدينة بعقوبة، ما أسفر عن مقتل ستة مدنيين."


def _coded(text: str) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.location, e.fatalities) for e in extract_text(text, published=_DAY).events]


def test_a_suicide_bombing_retold_as_a_bare_attack_with_its_toll_is_one_suicide_bomb() -> None:
    text = _BOMBING + " وقال مسؤول في الشرطة إن الهجوم أسفر عن مقتل ستة أشخاص في بعقوبة."
    assert _coded(text) == [("Suicide bomb", "Baqubah", 6)]


def test_a_bare_report_placed_by_the_province_is_the_bombing_at_its_town() -> None:
    text = _BOMBING + " وقال مسؤول في الشرطة إن الهجوم أسفر عن مقتل ستة أشخاص في محافظة ديالى."
    assert _coded(text) == [("Suicide bomb", "Baqubah", 6)]


def test_a_grenade_attack_retold_as_a_bare_toll_is_one_grenade_attack() -> None:
    text = ("ألقى مجهولون قنبلة يدوية على مقهى في مدينة بعقوبة مساء الأحد، ما أسفر عن مقتل أربعة أشخاص. "
            "وأفاد مصدر طبي بمقتل أربعة في بعقوبة.")
    assert _coded(text) == [("Grenade", "Baqubah", 4)]


def test_an_air_strike_retold_as_a_bare_attack_is_one_air_strike() -> None:
    text = ("شنت طائرات حربية غارة جوية على منزل في بلدة سراقب بريف إدلب صباح الأحد أسفرت عن مقتل سبعة مدنيين. "
            "وقال الدفاع المدني إن الهجوم أدى إلى مقتل سبعة أشخاص بينهم أطفال.")
    assert _coded(text) == [("Air/drone strike", "Saraqib", 7)]


def test_a_separate_or_another_attack_in_the_same_town_that_day_stays_apart() -> None:
    for further in ("وفي حادث منفصل، قتل مسلحون مجهولون موظفا حكوميا في بعقوبة مساء الأحد.",
                    "وفي هجوم آخر، قتل مسلحون مجهولون ثلاثة من عناصر الشرطة في بعقوبة."):
        coded = _coded(_BOMBING + " " + further)
        assert len(coded) == 2 and coded[0] == ("Suicide bomb", "Baqubah", 6)
