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
- "من" after a word of nearness or distance ("قريبا من معسكر للجيش في X"، "بالقرب من مواقع
  الجيش في X"، "على بعد 10 كيلومترات من قاعدة X") is no origin: X is the scene or near it.
  Nor after a count or a partitive word one size word away ("أكثر من موقع للحوثيين في X"،
  "أجزاء واسعة من مواقع الفصائل في X"، "عددا كبيرا من مواقع"): the positions are the targets
  (review M3-M5, M9, M10, M15).
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


LEAD = "قال مسؤول في محافظة حضرموت إن الوضع هادئ.\n"


def test_a_target_near_a_camp_or_positions_is_hit_there() -> None:
    """Review M3, M10: the "من" of "قريبا من"/"بالقرب من" is no origin."""
    near_camp = LEAD + "وقصف الحوثيون الثلاثاء حيا سكنيا قريبا من معسكر للجيش في مدينة مأرب، ما أدى إلى مقتل طفلين."
    assert [place for _, place in _places(near_camp)] == ["Ma'rib"]
    near_posts = LEAD + "وقصف الحوثيون الثلاثاء بالمدفعية منازل المواطنين بالقرب من مواقع الجيش في مدينة الضالع."
    assert [place for _, place in _places(near_posts)] == ["Dhalie"]
    alone = "قصف الحوثيون منازل المواطنين بالقرب من مواقع الجيش في مدينة الضالع."
    assert [place for _, place in _places(alone)] == ["Dhalie"]
    targets = "قصف الطيران الإسرائيلي الثلاثاء أهدافا قريبة من مواقع حركة حماس في مدينة خان يونس."
    assert [(e.location, e.geo_precision) for e in extract_text(targets, published=DAY).events] == [("Khan Yunis", 1)]


def test_a_strike_some_way_from_a_base_is_placed_by_the_base() -> None:
    """Review M4, M15: the "من" of "على بعد ... من" is no origin."""
    hit = ("أكد مسؤول محلي في محافظة الأنبار استمرار العمليات.\n"
           "وشنت طائرة مسيرة الثلاثاء غارة على هدف على بعد كيلومترين من قاعدة للجيش في مدينة هيت.")
    assert _places(hit) == [("Air/drone strike", "Hit")]
    somalia = ("شنت طائرة أمريكية مسيرة غارة على مسلحي حركة الشباب على بعد 10 كيلومترات من قاعدة بلدوغلي "
               "في إقليم شبيلي السفلى.")
    assert _places(somalia) == [("Air/drone strike", "Shabeellaha Hoose")]


def test_positions_counted_with_a_size_word_or_more_than_are_the_targets() -> None:
    """Review M5, M9: "أجزاء واسعة من"، "عددا كبيرا من"، "أكثر من" count out the targets."""
    wide = ("تحدث مسؤولون في مدينة إدلب عن تصعيد عسكري خطير.\n"
            "وقصفت قوات النظام الثلاثاء أجزاء واسعة من مواقع الفصائل في بلدة كفرنبودة.")
    assert [(e.location, e.geo_precision) for e in extract_text(wide, published=DAY).events] == [("Kafr Nabudah", 1)]
    many = "قصفت الطائرات الروسية الثلاثاء عددا كبيرا من مواقع المعارضة في بلدة كفرنبودة."
    assert [(e.location, e.geo_precision) for e in extract_text(many, published=DAY).events] == [("Kafr Nabudah", 1)]
    more = LEAD + "وشنت مقاتلات التحالف الثلاثاء غارات على أكثر من موقع للحوثيين في مديرية صرواح."
    assert _places(more) == [("Air/drone strike", "Sirwah")]
    large = LEAD + "وشنت مقاتلات التحالف الثلاثاء غارات على عدد كبير من مواقع الحوثيين في مديرية صرواح."
    assert _places(large) == [("Air/drone strike", "Sirwah")]


def test_a_true_origin_still_yields_after_a_lead() -> None:
    """The mend keeps the rule: "قصفت ... البلدة من مواقعها في مدينة حماة" fired from Hama."""
    text = ("تحدث مسؤولون في مدينة إدلب عن تصعيد عسكري خطير.\n"
            "وقصفت قوات النظام بلدة كفرنبودة من مواقعها في مدينة حماة.")
    assert [place for _, place in _places(text)] == ["Kafr Nabudah"]
