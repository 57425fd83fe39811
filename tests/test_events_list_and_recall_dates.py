"""Events: a day given once at the head of a list, recalls told after the news, and reactions' topics."""

import datetime as dt

from marsad.pipeline import extract_text
from marsad.stages import dates

PUBLISHED = dt.date(2020, 2, 14)  # a Friday
TUESDAY = "2020-02-11"


def test_a_day_at_the_head_of_a_list_dates_each_line() -> None:
    text = "\n".join([
        "شهدت محافظة إدلب يوم الثلاثاء تصعيدا عسكريا واسعا، وجاءت حصيلته على النحو الآتي:",
        "قصفت الطائرات الحربية أحياء سكنية في مدينة سراقب.",
        "قتل أربعة مدنيين بقذائف مدفعية في بلدة كفرنبل.",
        "اندلعت اشتباكات عنيفة بين الفصائل وقوات النظام في بلدة النيرب.",
    ])
    events = extract_text(text, published=PUBLISHED).events
    assert len(events) >= 3 and all(e.event_date == TUESDAY and e.time_precision == 1 for e in events)


def test_a_colon_ending_running_text_reaches_no_further_than_its_list() -> None:
    text = "\n".join([
        "شهدت محافظة إدلب يوم الثلاثاء تصعيدا عسكريا واسعا، وجاءت حصيلته على النحو الآتي:",
        "قصفت الطائرات الحربية أحياء سكنية في مدينة سراقب.",
        "وفي سياق آخر، قال ناشطون إن الوضع الإنساني يزداد سوءا. وأضافوا أن آلاف العائلات نزحت نحو الحدود. "
        "وقتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل.",
    ])
    shelling = [e for e in extract_text(text, published=PUBLISHED).events if "كفرنبل" in e.evidence]
    assert shelling and all(e.event_date != TUESDAY for e in shelling)


def test_a_statements_text_quoted_after_a_colon_is_no_list_of_the_days_acts() -> None:
    text = "\n".join([
        "أصدرت وزارة الداخلية يوم الثلاثاء بيانا بشأن تنفيذ حكم بحق جان في مدينة أبها، وفيما يلي نص البيان:",
        "أقدم المدعو على قتل مواطن بإطلاق النار عليه في أحد أحياء مدينة أبها وسلب سيارته.",
    ])
    killing = [e for e in extract_text(text, published=PUBLISHED).events if "أقدم" in e.evidence]
    assert all(e.event_date != TUESDAY for e in killing)


def test_a_prayer_named_in_a_recall_does_not_date_it_to_the_latest_friday() -> None:
    text = ("اعتقلت الشرطة أمس ثلاثة مشتبه بهم في مدينة الدمام. "
            "ويذكر أن مسلحين سبق أن هاجموا المصلين خلال صلاة الجمعة في مسجد بمدينة الخبر وقتلوا خمسة منهم.")
    recalled = [e for e in extract_text(text, published=PUBLISHED).events if "الخبر" in e.evidence]
    assert all(e.background and e.event_date != PUBLISHED.isoformat() for e in recalled)


def test_a_prayer_day_told_as_news_still_dates_the_act() -> None:
    events = extract_text("تظاهر مئات الأشخاص عقب صلاة الجمعة في مدينة البصرة احتجاجا على انقطاع الكهرباء.",
                          published=PUBLISHED).events
    assert events and all(e.event_date == PUBLISHED.isoformat() and e.time_precision == 1 for e in events)


def test_since_after_a_one_off_attack_verb_counts_back() -> None:
    assert dates.resolve_expression("هاجموا منذ يومين", PUBLISHED)[:2] == (dt.date(2020, 2, 12), 1)
    assert dates.resolve_expression("منذ يومين", PUBLISHED)[2].get("ongoing")


def test_a_funeral_days_after_an_attack_recalls_it() -> None:
    text = "\n".join([
        "شيع آلاف الأهالي أمس في مدينة القطيف جثامين خمسة مصلين قتلوا في التفجير الذي استهدف مسجدا في البلدة "
        "يوم الجمعة الماضي.",
        "وردد المشيعون هتافات تدعو إلى الوحدة الوطنية.",
        "وطالب المشاركون بمحاسبة المتورطين.",
    ])
    events = [e for e in extract_text(text, published=PUBLISHED, title="تشييع الضحايا").events
              if e.event_type == "Explosions/Remote violence"]
    assert events and all(e.background and e.event_date == "2020-02-07" for e in events)


def test_a_month_after_a_count_of_years_back_is_in_that_year() -> None:
    events = extract_text("قبل خمسة أعوام خرج آلاف المتظاهرين في مدينة البصرة خلال احتجاجات واسعة "
                          "في يناير (كانون الثاني) ضد الفساد.", published=PUBLISHED).events
    assert events and all(e.event_date == "2015-01-01" and e.background for e in events)


def test_a_sermons_day_gives_way_to_the_day_its_topic_was_told_to_have_struck() -> None:
    events = extract_text("ووصف خطيب الجامع في خطبته اليوم الجمعة، الاعتداء الذي استهدف المصلين في مسجد بمدينة الخبر "
                          "أمس، بالعمل الجبان.", published=PUBLISHED).events
    assert events and all(e.event_date == "2020-02-13" for e in events)


def test_a_street_named_for_a_day_dates_nothing() -> None:
    events = extract_text("وتدور الآن اشتباكات عنيفة في شارع 14 أكتوبر وسط مدينة تعز بين المقاومة والحوثيين.",
                          published=PUBLISHED).events
    assert events and all(e.event_date == PUBLISHED.isoformat() and not e.background for e in events)


def test_a_follow_up_to_an_announced_attack_recalls_it() -> None:
    events = extract_text("كشفت وزارة الداخلية اليوم هوية منفذ الهجوم، إلحاقا لما سبق إعلانه يوم الاثنين بشأن التفجير "
                          "الانتحاري الذي استهدف مسجدا في مدينة أبها وقتل فيه عشرة مصلين.", published=PUBLISHED).events
    assert events and all(e.background and e.event_date == "2020-02-10" for e in events)
