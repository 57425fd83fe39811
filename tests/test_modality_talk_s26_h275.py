"""Talk coded as fresh acts (session 26, H275): a charge retold at a trial, an act
foretold as "coming", hoped for or spared, an act told to "you" in a quote, an air
force named as the subject of a future verb, and a withdrawal from a show are not
acts the article reports (EVENTS.md section 2)."""

from __future__ import annotations

import datetime as dt

import pytest
from support import modality_of

import marsad


@pytest.mark.parametrize(
    ("sentence", "surface", "modality"),
    [
        # the act the accused stand charged with, right after them
        ("أفرجت المحكمة، صباح اليوم، عن خمسة من متهمي تفجير الكنيسة بكفالة.", "تفجير", "recalled"),
        ("ومثل أمام القاضي الشاب المتهم بقتل ثلاثة من رجال الشرطة.", "بقتل", "recalled"),
        ("وبدأت الجلسة بحضور 12 متهما في تفجير السيارة المفخخة.", "تفجير", "recalled"),
        # an act told as "coming"
        ("وكتب الوزير على حسابه في تويتر: \"اقتحام المدينة قادم لا محالة\".", "اقتحام", "expected"),
        # our hope of an act
        ("وقال المتحدث: أملنا أن يثمر جهد الجيش في تحرير البلدة.", "تحرير", "hope"),
        # an act a step would spare a place
        ("وأضاف أن تجنيب المحافظة مواجهة دامية أولوية للجميع.", "مواجهة دامية", "expected"),
    ],
)
def test_talk_is_not_an_act(sentence, surface, modality):
    assert modality_of(sentence, surface) == modality


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # the accused come before the act they committed in the news: still reported
        ("واشتبكت الشرطة مع المتهمين في حي الزهور أمس.", "واشتبكت"),
        # shells coming from a place were fired
        ("وسقطت قذائف قادمة من الجهة الشرقية على البلدة أمس.", "قذائف"),
    ],
)
def test_reported_acts_stay_asserted(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"


def test_air_force_before_a_future_strike_is_no_strike():
    """"سلاح الجو" is the subject of "سيشن": the cue reaches the strikes after it, and the
    force before it names no strike of its own."""
    text = ("قال مسؤول في الجيش للصحيفة، إن سلاح الجو التابع للجيش سيشن المزيد من الغارات الجوية "
            "على مواقع المسلحين في عدة مناطق في ليبيا.")
    assert modality_of(text, "سلاح الجو") == "expected"
    doc = marsad.extract(text, published=dt.date(2016, 3, 2))
    assert doc.events == []


def test_air_force_with_a_reported_strike_stays_asserted():
    text = "وشن سلاح الجو غارات عنيفة على مواقع المسلحين في بلدة الرستن أمس."
    assert modality_of(text, "سلاح الجو") == "asserted"
    doc = marsad.extract(text, published=dt.date(2016, 3, 2))
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]


def test_court_release_codes_no_bombing():
    text = ("أخلت محكمة الجنايات، اليوم الأحد سبيل سبعة متهمين من متهمي تفجير مسجد الرحمة "
            "في المدينة، مع منعهم من السفر.")
    doc = marsad.extract(text, published=dt.date(2016, 3, 6))
    assert doc.events == []


def test_air_force_after_its_strike_keeps_the_strike_reported():
    """A force named after its act ("الغارات التي شنتها طائرات التحالف") is that act's doer: a later
    act of its type read as a plan does not make it one."""
    text = "وتزامنت الغارات التي شنتها طائرات التحالف العربي مع تبادل للقصف في محيط مطار الحديدة."
    assert modality_of(text, "طائرات التحالف") == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وقال القيادي في التسجيل: «لن نرحمكم ونجد اللذة في ذبحكم».", "ذبحكم"),
        ("وخاطب الجنود قائلا: «سنلاحقكم ونقتلكم في كل مكان».", "ونقتلكم"),
    ],
)
def test_an_act_told_to_you_is_a_threat(sentence, surface):
    assert modality_of(sentence, surface) == "threat"


def test_a_suspect_killed_in_a_clash_is_a_clash():
    """"متهم في" names a charge only before a crime or its case: a suspect killed in a clash fought it."""
    assert modality_of("وقتل متهم في اشتباك مسلح مع قوات الأمن في البلدة أمس.", "اشتباك مسلح") == "asserted"


def test_modality_file_gives_agent_forms_and_addressed_suffixes():
    """The two word lists this behaviour reads are required, non-empty and normalized on load."""
    from marsad.knowledge.triggers import load_modality
    from marsad.text import normalize

    rules = load_modality()
    assert {normalize("سلاح الجو"), normalize("طائرات حربية")} <= rules.agent_forms
    assert rules.agent_window > 0
    assert rules.addressed_suffixes == {"كم", "كما", "كن"}


def test_leaving_a_show_is_no_withdrawal():
    text = "وفور إعلان انسحابها من البرنامج، ضجت مواقع التواصل الاجتماعي في فرنسا بآلاف التعليقات."
    doc = marsad.extract(text, published=dt.date(2018, 2, 9))
    assert [e for e in doc.events if e.sub_event_type == "Non-violent transfer of territory"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "قتل 3 مدنيين أمس بصاروخ قادم تجاه حي الزهور في تعز أطلقه الحوثيون.",
        "قتل 3 مدنيين أمس بصاروخ قادم صوب حي الزهور في تعز أطلقه الحوثيون.",
        "سقطت قذيفة هاون قادمة تجاه حي الميدان في دمشق اليوم وقتلت طفلين.",
        "سقطت قذيفة هاون قادمة في اتجاه حي الميدان في دمشق اليوم وقتلت طفلين.",
    ],
)
def test_a_projectile_coming_towards_a_place_was_fired(sentence):
    """Review cr1 #4: "قادم/قادمة" before a direction word (تجاه، صوب، في اتجاه) tells a path, not a foretelling."""
    doc = marsad.extract(sentence, published=dt.date(2018, 7, 20))
    assert [e.sub_event_type for e in doc.events] == ["Shelling/artillery/missile attack"]


def test_leaving_a_treaty_leaves_a_withdrawal_in_the_next_clause():
    """Review cr1 #12: the treaty word excludes only its own clause's withdrawal, not one past "، فيما"."""
    text = ("أعلنت واشنطن انسحابها من المعاهدة، فيما انسحبت القوات الأمريكية اليوم من قاعدة التنف "
            "بعد اشتباكات مع فصائل موالية لإيران.")
    doc = marsad.extract(text, published=dt.date(2018, 7, 20))
    assert "Non-violent transfer of territory" in [e.sub_event_type for e in doc.events]
    treaty = marsad.extract("أعلنت واشنطن انسحابها من المعاهدة اليوم.", published=dt.date(2018, 7, 20))
    assert [e for e in treaty.events if e.sub_event_type == "Non-violent transfer of territory"] == []
