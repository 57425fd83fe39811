"""Non-conflict material is no event (EVENTS.md §2): an earthquake that "struck" a
place, deaths from a fall, a killing the story puts down to a family quarrel or
domestic violence, a year's crime statistics, attacks only warned of as possible,
an arrest told as a rumour, the crime a death sentence punished, and a
condemnation's "killing of the innocent"; and, beside each, the real event of the
same words that must stay (a strike, a killing by gunmen, a bombing, a dated attack)."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 9, 14)  # a Friday


def subs(text: str) -> list[str]:
    """Sub-event types of the events of a short article."""
    return [e.sub_event_type for e in extract_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    "text",
    [
        # a natural hazard "struck" the place: "ضربها" reads like "a strike" once ة is folded
        "وتواصل فرق الإنقاذ أمس نقل المساعدات إلى جزيرة لومبوك التي ضربها الزلزال.",
        "ووصلت فرق الإغاثة أمس إلى القرى الساحلية التي ضربها إعصار مدمر في ولاية كيرالا.",
        # deaths from a fall from a height
        "وقالت الشرطة إن ثلاثة سياح لقوا حتفهم أمس جراء السقوط من شرفات فندق في مدينة أنطاليا.",
        "وتوفي عامل أمس إثر سقوطه من سطح بناية قيد الإنشاء في مدينة الزرقاء.",
        # a year's national toll with no place or day of its own
        "وقالت المنظمة إن أكثر من ألف امرأة قتلت في جرائم كراهية بسبب جنسهن.",
        # attacks warned of as possible, their verb far from the warning
        "وحذرت وزارة الخارجية الألمانية في بيان أمس من هجمات محتملة تستهدف شبكة القطارات ومحطات"
        " الحافلات في مدينة إسطنبول.",
        # attacks warned of past the warner and its statement, then described by a present verb
        "وحذرت وزارة الداخلية العراقية في بيان من هجمات إرهابية تستهدف الزوار في مدينة كربلاء.",
        # an arrest only rumoured
        "وقال إن القيادي عاد إلى المدينة بحثا عن شقيقه الذي تواترت الأنباء عن اعتقاله في مدينة عدن.",
        # a condemnation's stock words: the innocent as the whole object of killing or targeting
        "وقال رئيس الغرفة التجارية في مدينة جدة إن الإرهاب هو قتل الأبرياء وضرب لوحدة الوطن.",
        "وأكد المفتي في مدينة الرياض أن هذه الفئة الضالة لا هم لها إلا استهداف الآمنين.",
    ],
)
def test_non_conflict_material_is_no_event(text: str) -> None:
    assert subs(text) == []


def test_a_lone_gunman_in_a_domestic_violence_story_is_a_crime() -> None:
    text = (
        "فتح مسلح النار أمس في بلدة بيكرزفيلد بولاية كاليفورنيا فقتل خمسة أشخاص بينهم زوجته.\n"
        "وقال متحدث باسم الشرطة إن الحادث قد يكون عمل عنف منزلي.\n"
        "وذكرت الشرطة أن مسلحا مجهولا قتل خمسة أشخاص بالرصاص في سلسلة هجمات في بلدة بيكرزفيلد قبل أن يقتل نفسه."
    )
    assert subs(text) == []


def test_gunmen_in_a_story_that_names_a_family_quarrel_stay() -> None:
    # the quarrel explains another killing; gunmen (a plural armed side) are no lone killer
    text = (
        "قتل مسلحون مجهولون أمس ثلاثة مدنيين في هجوم على سوق في مدينة بعقوبة.\n"
        "وفي حادث منفصل قتل رجل زوجته في حي الجديدة بمدينة بعقوبة إثر خلافات عائلية."
    )
    assert subs(text)


@pytest.mark.parametrize(
    "text",
    [
        # a strike, not a hazard's blow
        "وقالت المصادر إن ضربات جوية استهدفت أمس مواقع للمسلحين في مدينة إدلب.",
        # deaths from a shell that fell, not a fall
        "وأفاد المرصد بسقوط قتلى أمس جراء سقوط قذائف على حي الميدان في مدينة دمشق.",
        # deaths of a fall caused by a strike
        "وقال الدفاع المدني إن طفلين لقيا حتفهما أمس إثر السقوط من المبنى بعد قصف جوي على مدينة إدلب.",
        # an attack told as it happened, then described by a present verb
        "وشن مسلحون أمس هجوما يستهدف حاجزا للجيش في مدينة العريش.",
        # innocents counted are victims, not a stock phrase
        "وقتل مسلحون أمس خمسة أبرياء في هجوم على سوق في مدينة بعقوبة.",
    ],
)
def test_real_events_beside_them_stay(text: str) -> None:
    assert subs(text)


def test_the_crime_retold_in_a_death_sentence_story_is_not_coded() -> None:
    title = "حكم بالإعدام على قاتل طفل في مدينة لاهور"
    text = (
        "أصدرت محكمة في مدينة لاهور أمس حكما بالإعدام على رجل أدين بخطف طفل وقتله.\n\n"
        "وعثر على جثة الطفل يوم 9 يناير الماضي قرب حاوية قمامة في مدينة قصور."
    )
    assert extract_text(text, published=PUBLISHED, title=title).events == []


def test_an_armed_attack_beside_a_death_sentence_stays() -> None:
    title = "حكم بالإعدام على قاتل طفل في مدينة لاهور"
    text = (
        "أصدرت محكمة في مدينة لاهور أمس حكما بالإعدام على رجل أدين بخطف طفل وقتله.\n\n"
        "وفي سياق آخر قتل مسلحون من حركة طالبان ثلاثة جنود في هجوم على حاجز في مدينة بيشاور أمس."
    )
    assert extract_text(text, published=PUBLISHED, title=title).events
