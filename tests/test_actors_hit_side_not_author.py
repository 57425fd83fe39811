"""The side an act befell never takes actor1: a unit that "suffered" fire from a group named
by "من طرف"; a force whose mosque was struck, named again after the act; the group an arrest
campaign "reached" (شملت); a side's cell that was arrested; a terror network's detained men;
and forces loyal to Yemen's recognised government, whose name holds the government's own alias."""

from __future__ import annotations

import datetime as dt

import marsad


def _sides(text: str, day: dt.date) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in marsad.extract(text, published=day).events]


def test_a_unit_that_suffered_fire_from_a_terror_group_is_its_target():
    sides = _sides("وخلال عملية تمشيط في ولاية باتنة تعرضت مفرزة للجيش لإطلاق نار من طرف جماعة إرهابية "
                   "مساء أمس، ما أدى إلى مقتل خمسة عسكريين.", dt.date(2016, 4, 10))
    assert sides and sides[0][1] == "Unidentified Armed Group (Algeria)"
    assert sides[0][2] == "Military Forces of Algeria (1999-2019)"


def test_a_force_whose_mosque_was_struck_named_again_after_it_is_not_the_attacker():
    sides = _sides("أدان الوزير الهجوم الذي استهدف مسجدا بمقر قوات الطوارئ الخاصة في مدينة أبها أثناء أداء "
                   "عدد من منسوبي قوات الطوارئ صلاة الظهر أمس.", dt.date(2016, 4, 10))
    assert sides and not sides[0][1].startswith("Police Forces")
    assert sides[0][2] == "Police Forces of Saudi Arabia (2015-)"


def test_the_group_an_arrest_campaign_reached_was_detained_not_the_arrester():
    sides = _sides("شنت الشرطة التركية أمس حملة اعتقالات شملت تنظيم داعش في مدينة غازي عنتاب.",
                   dt.date(2015, 8, 2))
    assert sides and sides[0][0] == "Arrests"
    assert sides[0][1].startswith("Police Forces of Turkey")
    assert sides[0][2] == "Islamic State (Turkey)"


def test_the_group_whose_cell_was_arrested_is_the_detainee_not_its_victims():
    sides = _sides("وكان جهاز الشاباك كشف الأحد عن اعتقال خلية تابعة لحركة حماس في الضفة الغربية مسؤولة عن "
                   "تنفيذ عمليات ضد إسرائيليين بينها عملية قتل مستوطن قرب نابلس.", dt.date(2015, 7, 21))
    arrests = [s for s in sides if s[0] == "Arrests"]
    assert arrests and arrests[0][2] == "Hamas Movement"


def test_men_of_a_terror_network_detained_are_no_civilians():
    sides = _sides("أعلنت الشرطة العراقية القبض على خمسة من عناصر الشبكة الإرهابية في حي الكرادة ببغداد أمس.",
                   dt.date(2016, 4, 10))
    arrests = [s for s in sides if s[0] == "Arrests"]
    assert arrests and not (arrests[0][2] or "").startswith("Civilians")


def test_forces_loyal_to_the_recognised_government_of_yemen_lead_their_offensive():
    sides = _sides("شنت القوات الموالية للحكومة اليمنية المعترف بها دوليا أمس هجوما واسعا على مواقع "
                   "المتمردين الحوثيين في محافظة لحج.", dt.date(2015, 8, 2))
    assert sides and sides[0][1] == "Military Forces of Yemen (2012-2022)"
    assert sides[0][2] == "Ansar Allah (Houthis)"
