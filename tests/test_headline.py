"""A headline given only as metadata locates events whose text names no place.

Feeds often keep the headline in its own field; a coder reads it, so its
places stand in for a place the lead leaves out, but never for one the text
names, and a place abroad in the headline does not move a story told at home.
"""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2024, 1, 5)


def test_a_lead_naming_no_place_is_located_by_its_headline() -> None:
    doc = extract_text("استشهد ثلاثة فلسطينيين برصاص قوات الاحتلال فجر اليوم خلال اقتحام المخيم.",
                       title="اقتحام مخيم بلاطة.. استشهاد 3 فلسطينيين", published=PUBLISHED)
    assert [(e.location_ar, e.fatalities) for e in doc.events] == [("مخيم بلاطة", 3)]
    assert all("بلاطة" not in e.evidence for e in doc.events)  # evidence stays text of the article


def test_a_headline_the_text_repeats_is_read_once_as_text() -> None:
    title = "هجوم على حاجز للجيش في محافظة مأرب"
    doc = extract_text(f"{title}\nقتل أربعة جنود في هجوم على حاجز للجيش اليوم.", title=title, published=PUBLISHED)
    assert doc.headline is None and doc.title_span is not None


def test_a_place_the_text_names_beats_the_headline() -> None:
    doc = extract_text("قتل أربعة جنود في هجوم على حاجز للجيش في مدينة عتق صباح اليوم.",
                       title="هجوم دام في مأرب", published=PUBLISHED)
    assert [e.location_ar for e in doc.events] == ["عتق"]


def test_a_headline_place_abroad_does_not_move_a_story_told_at_home() -> None:
    doc = extract_text("قتل أربعة جنود يمنيين في هجوم على حاجز للجيش صباح اليوم في اليمن.",
                       title="واشنطن تدين هجوما على حاجز للجيش", published=PUBLISHED)
    assert [(e.location, e.country) for e in doc.events] == [("Yemen", "Yemen")]


def test_a_story_naming_no_country_takes_the_headlines() -> None:
    doc = extract_text("قتل خمسة جنود في هجوم لمسلحين على نقطة تفتيش صباح اليوم.",
                       title="هجوم على نقطة تفتيش في شمال سيناء", published=PUBLISHED)
    assert [e.country for e in doc.events] == ["Egypt"]
