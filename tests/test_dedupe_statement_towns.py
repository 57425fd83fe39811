"""A statement dated by its own day naming the town of an act told at its region is that act."""

import datetime as dt

from marsad.pipeline import extract_text


def test_a_press_conference_naming_the_town_is_the_shooting_the_lead_placed_by_its_state() -> None:
    """The lead places the shooting by its state and dates it Thursday; the police chief's
    Friday press conference names the town: one shooting, at the town, on Thursday."""
    text = (
        "قالت الشرطة إن مسلحا فتح النار على رواد مقهى في ولاية تكساس مساء الخميس فقتل ثلاثة أشخاص.\n"
        "وقال قائد شرطة مدينة هيوستن خلال مؤتمر صحفي صباح اليوم الجمعة إن إطلاق النار في مدينة هيوستن "
        "بدأ قرابة الثامنة مساء وأسفر عن مقتل ثلاثة أشخاص."
    )
    events = extract_text(text, published=dt.date(2019, 3, 8)).events
    assert len(events) == 1
    assert (events[0].location, events[0].event_date, events[0].fatalities) == ("Houston", "2019-03-07", 3)
