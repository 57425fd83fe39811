"""Acts summed up over a span of weeks or more, or as a rights abuse in general, are not one event.

EVENTS.md section 2: running totals over weeks or months are not events (the
dated incidents inside them are), nor is a human-rights report about arrests
in general.  These tests hold the habitual cues of modality.yaml for a span of
weeks, months or years told as the time of the act ("خلال الأشهر الماضية"),
for years "of siege and shelling", for the outbreak of a war told as a time
("منذ اندلاع النزاع"), and for an arrest called "arbitrary"; and they
check that the act picked out of the span, the days of the week, and an
arrest told with an adverb stay reported.
"""

from __future__ import annotations

import datetime as dt

import pytest
from support import modality_of

import marsad


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # the span fronted and set off by a comma
        ("وخلال الأسابيع الماضية، شن الطيران الحربي غارات عدة على مواقع للمسلحين في المحافظة.", "غارات"),
        ("وفي الأشهر الأخيرة صعد المتمردون هجماتهم على المدن الحدودية.", "هجماتهم"),
        ("وخلال السنوات الماضية، شهدت مناطق عدة في البلاد اتفاقات تسوية بين الطرفين.", "اتفاقات"),
        ("وعلى مدى الأعوام الأخيرة نفذ التنظيم تفجيرات في الأسواق.", "تفجيرات"),
        # years of siege and the fighting joined to it: a war summed up
        ("وخرج المسلحون من البلدة بموجب اتفاق يسلمها إلى الحكومة بعد سنوات من الحصار والقصف.", "والقصف"),
        # the outbreak of a war told as a time
        ("وعادت إلى المدينة عائلات كانت قد غادرتها عند اندلاع المعارك فيها.", "المعارك"),
        ("وتركت العائلات منازلها إبان اندلاع الاشتباكات في المدينة.", "الاشتباكات"),
        # an arrest called arbitrary: the abuse a report or a critic sums up
        ("وانتقد التقرير القيود على حرية التعبير إلى جانب الاعتقال التعسفي في البلاد.", "الاعتقال"),
        ("وتحدث الوزير عن استمرار حال الطوارئ والاعتقالات التعسفية في البلد الجار.", "والاعتقالات"),
        # ... counted in a monthly tally
        ("وقالت الشبكة إنها وثقت 500 حالة اعتقال تعسفي في البلاد خلال الشهر الماضي.", "اعتقال"),
    ],
)
def test_acts_summed_up_over_a_span_are_habitual(sentence, surface):
    assert modality_of(sentence, surface) == "habitual"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # the act picked out of the span is told on its own
        ("وفي الأشهر الماضية كثف المتمردون هجماتهم، بينها هجوم بالصواريخ على المطار يوم الأحد.", "هجوم"),
        ("وخلال الأسابيع الماضية، تكررت الغارات في المنطقة، أبرزها غارة على السوق فجر الخميس.", "غارة"),
        # ... or after the act itself: the span's strike of that night is news
        ("وخلال الأسابيع الماضية، استهدفت الطائرات مرات عدة مواقع في البلاد أبرزها ليلة الخميس.", "استهدفت"),
        # the days of the week: news of the publication days
        ("وخلال الأيام الماضية، سيطرت القوات على سلسلة تلال استراتيجية شرق البلدة.", "سيطرت"),
        # a span far from the act, past its own sentence part
        ("وقال مسؤول إن الوضع تحسن في الأشهر الماضية. وقصفت الطائرات أمس مواقع المسلحين.", "وقصفت"),
        # clashes breaking out with no article: a fight of the news
        ("وقتل خمسة جنود عند اندلاع اشتباكات في البلدة أمس.", "اشتباكات"),
        # an arrest told with its adverb is one act
        ("واعتقلت قوات الأمن تعسفيا خمسة ناشطين في المدينة أمس.", "واعتقلت"),
    ],
)
def test_acts_picked_out_or_told_on_a_day_stay_reported(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # one act singled out by its rank before the span (review 2, findings 3 and 12)
        ("في أول هجوم من نوعه خلال الأشهر الأخيرة، قتل ثلاثة جنود بانفجار عبوة ناسفة في ولاية هلمند.", "بانفجار"),
        ("وللمرة الأولى خلال الأسابيع الماضية، قصفت الطائرات الروسية مدينة إدلب.", "قصفت"),
    ],
)
def test_an_act_singled_out_before_the_span_stays_reported(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"


NEWS_DAY = dt.date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the span names the calm before a clause dated on the news day (review 2, finding 2)
        ("دمشق - بعد هدوء استمر خلال الأشهر الماضية، قصفت القوات الحكومية صباح اليوم بلدة كفرنبل بريف إدلب، "
         "ما أدى إلى مقتل مدنيين.", "Shelling/artillery/missile attack"),
        # one act singled out and dated (findings 3 and 12)
        ("كابول - في أول هجوم من نوعه خلال الأشهر الأخيرة، قتل ثلاثة جنود بانفجار عبوة ناسفة في ولاية هلمند أمس.",
         "Remote explosive/landmine/IED"),
        ("إدلب - وللمرة الأولى خلال الأسابيع الماضية، قصفت الطائرات الروسية صباح اليوم مدينة إدلب ما أدى إلى "
         "مقتل 4 مدنيين.", "Air/drone strike"),
        # an arrest called arbitrary but dated on the news day is one arrest (findings 4 and 11)
        ("رام الله - شنت قوات الاحتلال فجر اليوم حملة اعتقالات تعسفية في بلدة بيتا جنوب نابلس طالت 15 شابا.",
         "Arrests"),
        ("عدن - تعرض الصحفي أحمد سالم للاعتقال التعسفي أمس على يد قوات الحزام الأمني في مديرية المنصورة.",
         "Arrests"),
        # confrontations that broke out this morning are no war told as a time (finding 8)
        ("القدس - أطلقت قوات الاحتلال قنابل الغاز على المصلين قبل اندلاع المواجهات في باحات الأقصى صباح اليوم.",
         "Violent demonstration"),
    ],
)
def test_an_act_its_clause_dates_on_a_news_day_is_an_event(text, sub_event_type):
    subs = [e.sub_event_type for e in marsad.extract(text, published=NEWS_DAY).events]
    assert subs == [sub_event_type]


@pytest.mark.parametrize(
    "text",
    [
        # a news day that dates the report or the protest, not an arrest
        "بغداد - وقالت المنظمة أمس إن الاعتقال التعسفي منتشر في البلاد.",
        "القاهرة - أصدرت منظمة العفو الدولية اليوم تقريرا ينتقد الاعتقال التعسفي في مصر.",
        "عمان - ندد ناشطون اليوم بالاعتقالات التعسفية في البلاد.",
    ],
)
def test_arbitrary_arrests_a_report_of_the_news_day_sums_up_stay_habitual(text):
    assert [e.sub_event_type for e in marsad.extract(text, published=NEWS_DAY).events] == []
