"""Events: headlines of related articles left in the body report nothing, however many follow each other."""

import datetime as dt

from marsad.pipeline import extract_text


def test_a_run_of_related_headlines_gives_no_event() -> None:
    text = (
        "وقال مسؤولون محليون إن الحياة عادت إلى طبيعتها في مدينة كانو.\n"
        "حداد في ولاية بورنو على ضحايا السوق\n"
        "مقتل خمسة جنود في كمين قرب مايدوغوري\n"
        "تواصل الاشتباكات على أطراف مدينة باما\n"
        "وأضاف المسؤولون أن الأسواق فتحت أبوابها صباح اليوم."
    )
    assert extract_text(text, published=dt.date(2019, 3, 6)).events == []


def test_an_unpunctuated_report_after_a_headline_run_ends_the_run_only_when_long() -> None:
    text = (
        "وقال مسؤولون محليون إن الحياة عادت إلى طبيعتها في مدينة كانو.\n"
        "مقتل خمسة جنود في كمين قرب مايدوغوري\n"
        "وقتل مسلحون من بوكو حرام أمس خمسة جنود في كمين نصبوه لدورية للجيش على الطريق بين مايدوغوري وباما"
        " في ولاية بورنو شمال شرق نيجيريا بحسب مصادر أمنية"
    )
    assert extract_text(text, published=dt.date(2019, 3, 6)).events
