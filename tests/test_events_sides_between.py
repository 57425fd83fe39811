"""Two places after "بين ... و" name the sides (or the border between them), not two scenes.

"قرب الحدود بين إسرائيل وقطاع غزة" is one place (EVENTS.md: an act has the
one place where it happened): one event with the whole toll, on the side
below country level, not two events with half the dead each.  A true list
of scenes ("مدينتي حلب وإدلب") still gives one event per place.
"""

import datetime as dt

from support import geocoded_doc

from marsad.pipeline import extract_text
from marsad.stages import geocode

PUBLISHED = dt.date(2018, 4, 6)
# a first line that names Israel as a scene, so both sides are places the story could be at
OPENING = "قال متحدث عسكري في إسرائيل إن الجيش في حالة تأهب.\n"
BORDER = "لقي ثمانية متظاهرين مصرعهم برصاص الجنود خلال صدامات قرب الحدود بين إسرائيل وقطاع غزة."


def test_a_border_between_two_names_is_one_scene_whichever_member_is_picked() -> None:
    text = OPENING + BORDER
    doc = geocoded_doc(text)
    found = geocode.event_places(doc, text.index(BORDER), len(text), text.index("مصرعهم"))
    assert [m.attrs["surface_ar"] for m in found] == ["قطاع غزة"]


def test_the_toll_at_a_border_between_two_names_stays_whole() -> None:
    events = extract_text(OPENING + BORDER, published=PUBLISHED).events
    assert [(e.location_ar, e.fatalities) for e in events] == [("قطاع غزة", 8)]


def test_between_two_countries_the_side_is_the_story_country() -> None:
    doc = geocoded_doc("قصفت الطائرات بلدة الخيام في جنوب لبنان.\nتبادل الجيشان النار على الحدود بين إسرائيل ولبنان.")
    members = [m for m in doc.of_kind("place") if m.attrs["surface_ar"] in ("إسرائيل", "لبنان")]
    assert geocode._between_side(members, "LB").attrs["surface_ar"] == "لبنان"
    assert geocode._between_side(members, None).attrs["surface_ar"] == "إسرائيل"


def test_a_list_of_scenes_still_splits() -> None:
    events = extract_text("قتل أربعة مدنيين في قصف على مدينتي حلب وإدلب.", published=PUBLISHED).events
    assert sorted(e.location_ar for e in events) == ["إدلب", "حلب"]
