"""Error classes found reading 2018 news of five outlets:
acts named in statistics, forecasts, aims and practices; accidents and
disasters told bare; an infiltration beaten back; arms recovered; ages read as
counts.  Each class is checked with sentences written for the test, and with a
sentence of the same shape that still reports an act."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text
from marsad.stages.events import starts_a_named_period
from marsad.text import normalize

PUBLISHED = dt.date(2018, 5, 16)  # a Wednesday


def events_of(text: str, title: str | None = None) -> list[tuple[str, str | None, int]]:
    """(sub-type, location, fatalities) of the events extracted from `text`."""
    return [
        (e.sub_event_type, e.location, e.fatalities)
        for e in extract_text(text, published=PUBLISHED, title=title).events
    ]


def sub_types(text: str, title: str | None = None) -> list[str]:
    return [sub for sub, _, _ in events_of(text, title)]


@pytest.mark.parametrize(
    "text",
    [
        # deaths counted over a whole escalation, the towns listed
        "وقال المرصد إن أكثر من 900 مدني قتلوا خلال تصعيد عمليات القصف الجوي على بلدات سقبا وكفربطنا وعين ترما.",
        # a monitor documenting deaths over a month, the verbal noun carrying its owner
        "وأعلنت المنظمة توثيقها مقتل 40 طفلا خلال شهر واحد في ثماني محافظات يمنية.",
        # an attack expected, the adjective indefinite
        "وتحدث الوزير في مؤتمر صحفي عن هجوم مرتقب للجيش على مدينة إدلب.",
        # what someone wanted to do
        "وقالت الحكومة إن مسلحين أرادوا استغلال التظاهرات لتنفيذ هجمات على الجنود في مدينة رفح.",
        # an intensity that waned
        "وتراجعت حدة الاحتجاجات في مدينة البصرة خلال الأسابيع الأخيرة.",
        # two months told as one span
        "وخلال الشهرين الماضيين نظم سكان من مدينة الناصرية تظاهرات عدة للاحتجاج على انقطاع الكهرباء.",
        # arms recovered, no ground taken
        "وقال قائد الشرطة إن عناصره استعادت بندقية من موقع الهجوم على المدرسة في مدينة دالاس.",
        # a suspicion about a killing told elsewhere: its holder did not kill
        "وقال رئيس الشرطة إن الشرطة تشتبه بأن الصحفي قتل بسبب نشاطاته المهنية في العاصمة كييف.",
    ],
)
def test_acts_not_reported_as_one_happening(text: str) -> None:
    assert events_of(text) == []


def test_a_dated_strike_during_an_escalation_stays_reported() -> None:
    assert sub_types("وقتل ثلاثة أطفال أمس خلال تصعيد القصف على بلدة كفرنبل في ريف إدلب.") == [
        "Shelling/artillery/missile attack"
    ]


def test_a_launch_pad_or_a_site_used_to_shell_is_no_shelling() -> None:
    text = "ودمرت مقاتلات التحالف منصة إطلاق صواريخ كان المسلحون يستخدمونها لقصف الأحياء في منطقة الفازة أمس."
    assert sub_types(text) == ["Air/drone strike"]
    # a missile fired from a pad is still a launch
    assert sub_types("وأطلق الحوثيون صاروخا باليستيا من منصة في صعدة باتجاه مدينة جازان أمس.") == [
        "Shelling/artillery/missile attack"
    ]


def test_a_blast_the_article_puts_down_to_an_accident_is_no_bombing() -> None:
    text = ("وقع انفجار في مستودع للوقود قرب مطار بغداد. "
            "وقال المتحدث باسم الدفاع المدني إن الانفجار وقع جراء ارتفاع درجات الحرارة.")
    assert events_of(text) == []
    bombing = ("هز انفجار سوق المدينة في كركوك أمس وأسفر عن مقتل 4 أشخاص. "
               "وقالت الشرطة إن الانفجار نجم عن عبوة ناسفة زرعت قرب محل تجاري.")
    assert sub_types(bombing) == ["Remote explosive/landmine/IED"]
    # a bomb named as the cause, a power line only where it was planted
    planted = ("هز انفجار سوق المدينة في كركوك أمس. "
               "وقالت الشرطة إن الانفجار نجم عن عبوة قرب محول كهربائي.")
    assert sub_types(planted) == ["Remote explosive/landmine/IED"]


def test_deaths_in_a_disaster_story_are_the_disasters() -> None:
    text = "قتل 50 شخصا على الأقل إثر فيضانات تضرب جنوب الهند. وكانت مدينة كوتشي الأكثر تأثرا، حيث قتل أكثر من 20 شخصا."
    assert events_of(text) == []
    assert events_of("قتل 60 شخصا على الأقل وأصيب 120 إثر عواصف رملية تضرب شرق باكستان، وفق ما أفاد مسؤولون.") == []
    # a war's operation named a "storm" in the lead makes no disaster story
    war = ("اشتدت المواجهات في مدينة درعا ضمن معركة عاصفة الجنوب التي أطلقتها الفصائل. "
           "وكان ثلاثة مدنيين قد قتلوا أمس قرب الحدود في بلدة نصيب.")
    assert sub_types(war) == ["Armed clash", "Attack"]
    # an armed attack told in the same story is still one
    other = "ضرب زلزال قوي شمال العراق أمس. وفي سياق آخر، قتل مسلحون مجهولون ثلاثة مدنيين في قرية قرب كركوك."
    assert sub_types(other) == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "وتمكنت قوات الجيش، الجمعة، من إحباط محاولة تسلل لمسلحي الحوثي إلى مواقع عسكرية في مديرية نهم.",
        "وتمكن الجيش من إحباط محاولة مسلحي الحوثي التسلل إلى مواقع عسكرية في مديرية نهم أمس.",
        "وتصدى الجيش اليمني لمحاولات تسلل للمتمردين إلى المناطق المحررة في مديرية حيس أمس.",
        # an assault repelled, the defenders between the verb and the assault
        "وتصدت القوات المشتركة لهجوم شنه مسلحو الحوثي على مواقعها في مديرية حيس أمس.",
    ],
)
def test_an_armed_infiltration_beaten_back_is_a_clash(text: str) -> None:
    assert sub_types(text) == ["Armed clash"]


def test_foiled_bombings_and_migrants_crossing_are_no_clash() -> None:
    assert sub_types("وأحبطت قوات الأمن محاولة تفجير سيارة مفخخة في مدينة عدن أمس.") == ["Disrupted weapons use"]
    assert events_of("وأحبطت قوات حرس الحدود محاولة تسلل 40 مهاجرا غير شرعي إلى ليبيا عبر منطقة السلوم أمس.") == []


def test_the_tens_of_an_age_are_no_death_count() -> None:
    text = ("وأطلق مسلح النار في وسط المدينة مساء الجمعة، ما أسفر عن مقتل شاب في الثامنة عشرة "
            "وإصابة 9 آخرين في مدينة الزرقاء.")
    assert [fatalities for _, _, fatalities in events_of(text)] == [1]
    counted = "وقتل 12 شخصا في الهجوم على سوق مدينة الرمادي أمس، بينهم 5 أطفال دون سن الثامنة عشرة."
    assert [fatalities for _, _, fatalities in events_of(counted)] == [12]


def test_air_defences_meeting_a_strike_intercept_it() -> None:
    text = "وقال التلفزيون الرسمي إن الدفاعات الجوية تصدت لهجوم صاروخي استهدف مطار التيفور العسكري في ريف حمص ليل الاثنين."
    assert sub_types(text) == ["Disrupted weapons use"]
    quoted = "وقال مصدر عسكري إن الدفاعات الجوية تتصدى لعدوان بالصواريخ على مطار المزة العسكري قرب دمشق."
    assert sub_types(quoted) == ["Disrupted weapons use"]
    # a ministry of defence reporting troops who repelled an assault: a clash
    ground = "وقالت وزارة الدفاع إن القوات تصدت لهجوم شنه المسلحون على مواقعها في بلدة الحاضر أمس."
    assert sub_types(ground) == ["Armed clash"]


def test_an_act_that_befell_someone_who_wanted_something_stays_reported() -> None:
    text = "وقالت العائلة إن المرأة أرادت العودة إلى منزلها عندما تم استهدافها بقذيفة في حي الشجاعية أمس."
    assert sub_types(text) != []


def test_an_act_judged_in_the_present_is_no_report() -> None:
    assert events_of("وقال الوزير إن قصف المستشفيات في مدينة حلب يشكل جريمة حرب.") == []
    # a dated act judged is still reported
    assert sub_types("وأكد أن الغارة التي استهدفت سوق مدينة أريحا أمس تشكل جريمة حرب.") == ["Air/drone strike"]


def words_before_the_date(text: str) -> list[str]:
    return normalize(text).split()


def test_a_date_told_as_when_a_named_period_began_dates_no_act() -> None:
    assert starts_a_named_period(words_before_the_date("في القطاع الذي يشهد مواجهات منذ بدء مسيرات العودة في"))
    assert starts_a_named_period(words_before_the_date("ومنذ اندلاع موجة العنف الجديدة في"))
    # a date right after an act is the act's, whatever period was opened before
    assert not starts_a_named_period(words_before_the_date("منذ بدء الحرب قتل شاب برصاص الجيش في"))
    assert not starts_a_named_period(words_before_the_date("وقتل شاب برصاص الجيش في"))
