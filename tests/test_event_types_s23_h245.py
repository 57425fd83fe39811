"""Event types told by phrasing (session 23, H245).

- Protesters told before a storming or a burning later in the sentence ("امتدت المظاهرات
  إلى المدينة حيث اقتحم المئات المطار"، "المتظاهرون في المحافظتين أحرقوا مقار الأحزاب"),
  or a crowd named as the doers of a burning ("إحراق عشرات من الشبان سيارات"), riot: a
  violent demonstration with rioters as actor1, not a peaceful protest, an attack or
  property destruction done to the protesters.  People burned to death are attacked.
- A gunman who opens fire in a restaurant, or an attack on a cultural centre, passers-by or
  a priest, with no armed target named, is violence against civilians, not a battle.
- A bombing named only as a trial's or an inquiry's topic, whose deaths its next clause
  tells ("محاكمة المتهمين في تفجير المسجد الذي وقع ... وأسفر عن مقتل 26"), types those
  deaths as an explosion, not an attack.
- An exchange of prisoners or bodies carried out ("جرت عملية التبادل"، "أجريت عملية تبادل
  للجثث") is an Agreement; the dead whose bodies are handed over are no killing, and
  people freed in an exchange ("تحرير 20 امرأة") are no ground taken.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 7, 14)


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.event_type, e.sub_event_type, e.actor1, e.actor2)
            for e in marsad.extract(text, published=DAY).events]


def test_a_storming_after_the_protest_it_spread_from_is_a_riot():
    events = _events("وامتدت الاحتجاجات، أمس الجمعة، إلى مدينة الناصرية، حيث اقتحم مئات الشبان مبنى "
                     "المحافظة وأغلقوا أبوابه لساعات.")
    assert [e[:3] for e in events] == [("Riots", "Violent demonstration", "Rioters (Iraq)")]


def test_protesters_who_burn_offices_after_a_place_phrase_are_rioters():
    events = _events("وأفاد شهود أن المتظاهرين في محافظتي ذي قار والديوانية أحرقوا مقار عدد من الأحزاب أمس.")
    assert events and all(e[:3] == ("Riots", "Violent demonstration", "Rioters (Iraq)") for e in events)
    assert all(e[3] != "Protesters (Iraq)" for e in events)


def test_a_crowd_told_between_the_burning_and_what_burned_riots():
    events = _events("وجاء ذلك بعد إحراق عشرات من الشبان الغاضبين سيارات ومحلات في وسط البصرة أمس.")
    assert [e[:3] for e in events] == [("Riots", "Violent demonstration", "Rioters (Iraq)")]


def test_youths_burned_to_death_are_attacked_not_rioting():
    events = _events("وقالت مصادر محلية إن مسلحين أحرقوا ثلاثة شبان حتى الموت في قرية قرب بعقوبة أمس.")
    assert [e[:2] for e in events] == [("Violence against civilians", "Attack")]
    # (youths right after the burning noun are its victims here, not its doers)
    assert all(e[0] != "Riots" for e in _events("وجاء ذلك بعد إحراق ثلاثة شبان حتى الموت في بعقوبة أمس."))


def test_an_armed_side_burning_a_patrol_is_not_a_riot():
    events = _events("وقالت مصادر محلية إن المقاومة قامت أمس بإحراق دورية للحوثيين في مديرية رداع.")
    assert all(e[0] != "Riots" for e in events)


def test_a_gunman_firing_in_a_restaurant_attacks_civilians():
    events = _events("قالت الشرطة الأميركية إن رجلا مسلحا أطلق النار في مطعم بمدينة دالاس فجر الجمعة، "
                     "موقعا أربعة قتلى.")
    assert [e[:2] for e in events] == [("Violence against civilians", "Attack")]
    assert events[0][3] == "Civilians (United States)"


def test_a_priest_killed_by_attackers_is_a_civilian_victim():
    events = _events("وفي مصر، قتل مسلحان كاهنا داخل كنيسة في محافظة المنيا أمس الجمعة.")
    assert [e[:2] for e in events] == [("Violence against civilians", "Attack")]


def test_forces_storming_a_mosque_stay_out_of_the_venue_rule():
    """Forces "storm" mosques and shops in raids of their own ("اقتحام المسجد الأقصى"): a place
    of worship alone does not make their act an attack on civilians."""
    events = _events("وقال الوزير إن قيام قوات الاحتلال باقتحام المسجد الأقصى أمس عمل مرفوض.")
    assert all(e[0] != "Violence against civilians" for e in events)


def test_deaths_after_a_bombing_named_in_a_trial_are_the_explosion():
    events = _events("وبدأت المحكمة أمس محاكمة المتهمين في تفجير مسجد في مدينة القطيف الذي وقع في 22 مايو الماضي، "
                     "وأسفر عن مقتل 21 شخصا.")
    assert [e[:2] for e in events] == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_an_exchange_carried_out_is_an_agreement():
    events = _events("وقال المرصد إن عملية التبادل جرت أمس بين قوات النظام وفصائل المعارضة في ريف حماة، "
                     "وتم بموجبها تسليم جثث قتلى للنظام مقابل الإفراج عن معتقلين.")
    assert [e[:2] for e in events] == [("Strategic developments", "Agreement")]


def test_bodies_exchanged_are_no_killing():
    events = _events("وأجريت أمس في ريف إدلب عملية تبادل للجثث مع المعارضة، تم فيها تسليم 12 جثة من قتلى "
                     "النظام.")
    assert [e[:2] for e in events] == [("Strategic developments", "Agreement")]


def test_an_exchange_named_only_as_demanded_or_as_gunfire_is_no_agreement():
    assert _events("وتظاهرت عائلات الأسرى في تل أبيب أمس للمطالبة بإتمام صفقة التبادل.")[0][1] != "Agreement"
    events = _events("ودارت أمس اشتباكات تخللتها عملية تبادل لإطلاق النار بين الشرطة ومسلحين في الموصل.")
    assert all(e[1] != "Agreement" for e in events)


def test_women_freed_in_a_swap_are_no_ground_taken():
    events = _events("وتمكنت فصائل المعارضة أمس في ريف حلب من تحرير 20 امرأة كانوا معتقلين لدى النظام.")
    assert all(e[0] != "Battles" for e in events)
