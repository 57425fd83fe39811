"""An advance told as a fight and the ground it won are one change of territory."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2017, 8, 27)


def _readings(text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.location) for e in extract_text(text, published=PUBLISHED).events]


def test_an_advance_summed_up_then_the_quarter_taken_is_one_regain_of_territory() -> None:
    text = (
        "واصلت القوات العراقية عملياتها في مدينة تلعفر لليوم الخامس، وحققت تقدما ملحوظا ضد مسلحي داعش.\n"
        "وقال ضابط في الجيش إن القوات العراقية استعادت حي الكفاح جنوب تلعفر."
    )
    assert _readings(text) == [("Government regains territory", "Tal Afar")]


def test_an_advance_made_on_a_day_then_the_quarters_retaken_is_one_regain_of_territory() -> None:
    text = (
        "أحرز الجيش السوري تقدما ضد تنظيم داعش في مدينة الميادين يوم الأحد.\n"
        "وقال مصدر عسكري إن الجيش السوري استعاد السيطرة على أحياء شرق الميادين."
    )
    events = extract_text(text, published=PUBLISHED).events
    assert [(e.sub_event_type, e.location) for e in events] == [("Government regains territory", "Mayadin")]
    assert events[0].evidence.startswith("وقال مصدر عسكري")


def test_fierce_fighting_next_to_ground_taken_stays_a_clash() -> None:
    text = (
        "تخوض القوات العراقية معارك عنيفة ضد تنظيم داعش في مدينة تلعفر يوم الأحد.\n"
        "وقالت مصادر إن القوات العراقية سيطرت على أحياء جنوب تلعفر."
    )
    assert _readings(text) == [("Armed clash", "Tal Afar")]
