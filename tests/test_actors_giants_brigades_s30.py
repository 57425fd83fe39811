"""The Giants Brigades are their own actor, fighting in the Yemeni government's camp.

They fought the Houthis on the west coast for the Hadi government and the coalition, so
ground they take is "Government regains territory" (EVENTS.md §2), and they are not the
Southern Transitional Council, whose forces the catalogue also lists.
"""

import datetime as dt

import marsad


def test_giants_brigades_taking_houthi_positions_regain_territory_for_the_government():
    doc = marsad.extract("سيطرت ألوية العمالقة على مواقع للحوثيين في مديرية الدريهمي جنوب الحديدة أمس "
                         "بعد معارك عنيفة.", published=dt.date(2018, 6, 9))
    gains = [e for e in doc.events if e.event_type == "Battles"]
    assert gains and gains[0].actor1 == "Giants Brigades"
    assert gains[0].sub_event_type == "Government regains territory"
    assert gains[0].actor2 == "Ansar Allah (Houthis)"


def test_the_security_belt_is_still_the_stc():
    doc = marsad.extract("اشتبكت قوات الحزام الأمني مع مسلحين في مديرية المنصورة بعدن أمس.",
                         published=dt.date(2018, 6, 9))
    assert any(e.actor1 == "STC - Southern Transitional Council" or e.actor2 == "STC - Southern Transitional Council"
               for e in doc.events)
