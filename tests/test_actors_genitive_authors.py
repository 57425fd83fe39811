"""The side that acted, not the side hit: the genitive of an act's verbal noun with the act's
object after it ("هجوم مستوطنين على قرية"، "تفجير عناصر من X لعربات"), a country so named
("هجوم إيران على"، "الهجوم الأخير لإيران على"), a country stepping up its fire ("كثفت القصف"),
a speaker's own forces by pronoun ("إن قواته قصفت"); and a military adjective after a
munition ("لمقذوف عسكري") is no army at all."""

from __future__ import annotations

import datetime as dt

import marsad


def _sides(text: str, day: dt.date) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in marsad.extract(text, published=day).events]


def test_settlers_in_the_genitive_of_an_attack_on_a_village_are_its_authors():
    sides = _sides("دعت الفصائل إلى الرد بعد سقوط شهيد في هجوم نحو 50 مستوطنا مسلحا على قرية "
                   "عزون شرقي قلقيلية.", dt.date(2024, 8, 16))
    assert sides and sides[0][1] == "Settlers (Israel)"
    assert sides[0][2] == "Civilians (Palestine)"


def test_members_of_a_group_blowing_up_vehicles_are_the_bombers():
    sides = _sides("قتل عشرة عناصر من قوات النظام جراء تفجير عنصرين من تنظيم داعش لعربتين مفخختين "
                   "قرب مدينة تدمر.", dt.date(2016, 3, 2))
    assert sides and sides[0][1] == "Islamic State (Syria)"
    assert sides[0][2] == "Military Forces of Syria (2000-)"


def test_a_tank_after_a_targeting_noun_is_what_was_hit():
    sides = _sides("بثت القسام مشاهد لاستهداف دبابة ميركافا للاحتلال شرق مدينة رفح.", dt.date(2024, 8, 16))
    assert sides and sides[0][1] == "Al Qassam Brigades"


def test_a_country_owning_an_attack_noun_is_its_author():
    sides = _sides("أسفر الهجوم الصاروخي الأخير لإيران على إسرائيل عن مقتل شخص.", dt.date(2024, 10, 15))
    assert sides and sides[0][1] == "Military Forces of Iran (1989-)"
    sides = _sides("أسفر هجوم إيران على إسرائيل عن مقتل شخص.", dt.date(2024, 10, 15))
    assert sides and sides[0][1] == "Military Forces of Iran (1989-)"


def test_a_country_that_steps_up_its_shelling_fires_it():
    sides = _sides("قال المرصد إن تركيا كثفت القصف المدفعي على بلدة جنديرس أمس ما أدى إلى مقتل "
                   "خمسة مدنيين.", dt.date(2018, 3, 1))
    assert sides and sides[0][1] == "Military Forces of Turkey (2016-)"


def test_a_speakers_own_forces_by_pronoun_are_the_speaker():
    sides = _sides("وقال جيش الاحتلال إن قواته قصفت خلية مسلحة في مدينة طولكرم.", dt.date(2024, 8, 3))
    assert sides and sides[0][1] == "Military Forces of Israel (2022-)"


def test_a_military_adjective_after_a_munition_names_no_army():
    sides = _sides("تعرضت دورية لحرس الحدود في منطقة جازان لمقذوف عسكري من داخل الأراضي اليمنية مما "
                   "أدى إلى استشهاد أحد أفرادها.", dt.date(2015, 7, 31))
    assert sides and sides[0][1] != "Military Forces of Saudi Arabia (2015-)"
