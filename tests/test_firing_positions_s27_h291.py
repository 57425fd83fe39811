"""The shooters' own positions are where fire came from, not a scene (session 27, helper h291).

- "قصفوا المدينة من مواقعهم في X وY": X and Y (a list judged by its first member) are the
  firing positions.  ACLED codes a shelling where it lands, so they are neither the act's
  place nor, one per position, acts of their own; the target told by an object that points
  back ("قصف المدينة") is the story's town, and the retelling joins the shelling told there.
- The same holds for a position joined by its own cue word to an item the gazetteer lacks
  ("من مواقعها في معسكر X ومدينة Y") and for a base aircraft took off from ("أقلعت
  المقاتلات من قاعدة في X").
- It needs a fire act or an origin word before "من": a withdrawal from positions happened
  there, and positions counted out by a partitive word ("عددا من مواقع الحوثيين في X") are
  the targets.
"""

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2018, 7, 15)


def _places(text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.location) for e in extract_text(text, published=DAY).events]


def test_the_firing_positions_of_a_retold_shelling_are_no_scenes_of_their_own() -> None:
    text = ("قتل مدني وأصيب آخرون الأحد في قصف مدفعي لميليشيا الحوثي على مدينة حيس جنوبي محافظة الحديدة.\n"
            "وقالت مصادر محلية إن الحوثيين كثفوا قصف المدينة من مواقعهم في الجراحي وجبل راس.")
    assert _places(text) == [("Shelling/artillery/missile attack", "Hays")]


def test_a_position_joined_to_an_unknown_camp_is_no_scene() -> None:
    text = ("قصف الجيش السوري الأحد بلدة كفرنبل في ريف إدلب.\n"
            "وقال ناشطون إن القوات قصفت البلدة من مواقعها في معسكر وادي الضيف ومدينة خان شيخون.")
    assert _places(text) == [("Shelling/artillery/missile attack", "Kafr Nabl")]


def test_the_base_aircraft_took_off_from_is_no_scene() -> None:
    text = "قال الجيش إن ثلاث مقاتلات أقلعت فجر الأحد من قاعدة في ديار بكر وقصفت مواقع لتنظيم داعش في سوريا."
    assert [place for _, place in _places(text)] == ["Syria"]


def test_a_withdrawal_from_positions_took_place_there() -> None:
    text = "انسحب المسلحون الحوثيون الأحد من مواقعهم في مديرية حيس بمحافظة الحديدة."
    assert [place for _, place in _places(text)] == ["Hays"]


def test_positions_counted_out_after_a_strike_are_its_targets() -> None:
    text = "قصفت طائرات التحالف الأحد عددا من مواقع الحوثيين في مديرية حيس بمحافظة الحديدة."
    assert _places(text) == [("Air/drone strike", "Hays")]
