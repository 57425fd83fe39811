"""Non-events read as armed clashes in held-out news, each class checked with
sentences written for the test and, where it matters, with a sentence of the
same shape that still reports an act:

- the next stage of an act ("المرحلة المقبلة من القتال"), and a plan told with
  the act in a speaker's few quoted words ("ستبدأ ... في إطار
  «معركة واسعة»"): the quote does not free the act from the future verb;
- an act told already and ranked by a demonstrative or pronoun ("وكان هذا أول
  هجوم من نوعه"، "ويعد الهجوم الأعنف"): a comparison, not a second act;
- an act an interviewer asked about ("وفي سؤال حول الهجوم");
- a war's toll with the war before the result verb ("في حرب أدت إلى سقوط
  نصف مليون قتيل"): a running total;
- a side's capability ("الوحيدون القادرون على تنفيذ هجوم") and a habit told
  as "many times" ("في أحيان كثيرة");
- an attack waged in posts on social media ("شن مغردون هجوما عبر تويتر");
- a boy wounded by forces' fire, named before the cause ("أصيب فتى، جراء إطلاق
  النار عليه"): an attack on a civilian, not a clash with an unnamed enemy;
- a goal told by a speaker who "announced" it ("أعلن أن استعادة المدينة على رأس
  أولويات الجيش"), a plan named by its act ("خطة تحرير المدينة"), and acts
  coordinated after "على وشك" ("على وشك الحسم في المحافظة واستعادة القاعدة");
- the pride of a dead soldier's kin ("عبروا عن فخرهم باستشهاد ابنيهم"، "استشهاده
  مصدر فخر"), and one who led the prayer over the dead ("تقدم المحافظ الصلاة
  على الشهيدين"): reactions and rites, not a clash or an advance;
- an act a council seeks to dissuade or keep a side from ("سبل ثني التحالف عن شن
  هجوم"، "في مسعى لمنع القوات من شن هجوم").
"""

from __future__ import annotations

import datetime as dt

import pytest
from support import modality_of

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 14)


def sub_types(text: str) -> list[str]:
    """Sub-event types of the events extracted from `text`."""
    return [e.sub_event_type for e in extract_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    "text",
    [
        # the act quoted at the end of its clause, a comma after the quote
        "وأكد وزير الخارجية أن بلاده ستبدأ قريبا محاربة التنظيم في شمال سوريا في إطار «معركة واسعة النطاق»، وذلك"
        " خلال لقائه نظيره الأميركي في ماليزيا.",
        # ... and a stop after it
        "وأعلن رئيس الأركان أن قواته ستبدأ الأسبوع المقبل تطهير الحدود الشمالية في إطار \"حملة عسكرية واسعة\".",
    ],
)
def test_a_quoted_act_stays_under_its_future_verb(text):
    assert sub_types(text) == []


def test_a_quoted_clash_that_happened_is_still_reported():
    text = "وقال المرصد إن «اشتباكات عنيفة» اندلعت أمس في بلدة كفرنبل بريف إدلب بين قوات النظام والفصائل."
    assert sub_types(text) == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "وسقطت أربع قذائف هاون داخل المنطقة الخضراء في بغداد يوم الخميس. وكان هذا ثاني هجوم من نوعه على المنطقة خلال شهر.",
        "وقصفت الطائرات بلدة معرة النعمان فجر الأحد. وهي أعنف غارة على البلدة منذ بداية العام.",
    ],
)
def test_an_act_ranked_by_a_demonstrative_is_no_new_act(text):
    assert len(sub_types(text)) == 1


def test_a_first_act_of_its_kind_is_still_reported():
    text = "شن مسلحون أول هجوم على حاجز للجيش في مدينة العريش صباح أمس."
    assert sub_types(text) == ["Armed clash"]


def test_an_act_asked_about_is_no_report():
    text = "وفي سؤال حول الهجوم على القاعدة الجوية، قال الرئيس إن بلاده سترد في الوقت المناسب."
    assert modality_of(text, "الهجوم") == "topic"


@pytest.mark.parametrize(
    "text",
    [
        "وفشل القادة الجمعة في الاتفاق على هدنة في إدلب، من شأنها أن تمنع هجوما ربما يكون آخر معركة في حرب أدت"
        " إلى سقوط أكثر من نصف مليون قتيل.",
        "ويأتي ذلك بعد خمس سنوات من الحرب التي خلفت أكثر من عشرة آلاف قتيل في اليمن.",
    ],
)
def test_a_toll_of_a_war_named_before_its_verb_is_a_running_total(text):
    assert sub_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال المحلل إن التنظيم هو الوحيد القادر على تنفيذ هجوم بهذا الحجم في العاصمة.",
        "وأثبت التنظيم قدرته على شن هجمات في قلب العاصمة بغداد.",
        "ورأى الباحث أن الجماعة أثبتت قدرتها على شن هجمات في قلب مدينة كابول.",
        "وتعرضت مدينة بيدوا في أحيان كثيرة لهجمات من حركة الشباب.",
    ],
)
def test_capabilities_and_habits_are_no_acts(text):
    assert sub_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وهاجم مغردون على فيسبوك قوات الأمن العراقية في البصرة أمس.",
        "وشن مغردون هجوما على وزير الداخلية عبر تويتر بعد تصريحاته الأخيرة عن اللاجئين.",
    ],
)
def test_an_attack_in_posts_on_social_media_is_no_act(text):
    assert sub_types(text) == []


def test_a_boy_wounded_by_forces_fire_is_an_attack_on_a_civilian():
    text = "أصيب فتى مساء الاثنين، جراء إطلاق النار عليه من قبل قوات الاحتلال المتمركزة شرق بلدة بيت حانون شمال قطاع غزة."
    assert sub_types(text) == ["Attack"]


def test_a_soldier_wounded_by_gunmen_is_still_a_clash():
    text = "أصيب جندي مساء الاثنين، جراء إطلاق النار عليه من قبل مسلحين شرق مدينة العريش."
    assert sub_types(text) == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن رئيس الأركان، الخميس، أن استعادة السيطرة على مدينة الحديدة على رأس أولويات القوات الحكومية.",
        "وأعلن القائد أن تحرير مدينة الحديدة من أولويات القوات الحكومية.",
        "وقال المحافظ إن خطة تحرير مدينة الموصل لم تكن سوى دعاية إعلامية.",
        "وأكد المتحدث أن القوات الحكومية على وشك دخول مدينة زنجبار من الجهة الشمالية واستعادة قاعدة العند في"
        " محافظة لحج.",
    ],
)
def test_goals_plans_and_nearing_acts_are_no_gains(text):
    assert sub_types(text) == []


def test_an_announced_gain_is_still_reported():
    text = "وأعلن الجيش أن قواته استعادت السيطرة على قاعدة العند في محافظة لحج أمس."
    assert sub_types(text) == ["Government regains territory"]


@pytest.mark.parametrize(
    "text",
    [
        "وناقش مجلس الأمن في جلسة مغلقة سبل ثني القوات الحكومية المدعومة من روسيا عن شن هجوم على مدينة إدلب.",
        "عقد مجلس الأمن الدولي اليوم الاثنين اجتماعا مغلقا في مسعى لمنع القوات الحكومية المدعومة من روسيا من شن"
        " هجوم على مدينة إدلب.",
    ],
)
def test_an_act_a_side_is_to_be_dissuaded_or_kept_from_is_no_act(text):
    assert sub_types(text) == []


def test_an_arrest_after_keeping_a_crowd_away_is_still_reported():
    text = "أغلقت الشرطة الطرق المؤدية إلى الساحة لمنع المحتجين من الوصول إليها واعتقلت عشرين منهم في القاهرة أمس."
    assert sub_types(text) == ["Protest with intervention"]


@pytest.mark.parametrize(
    "text",
    [
        "وعبر والدا الجنديين عن فخرهما واعتزازهما باستشهاد ابنيهما في ميدان الشرف دفاعا عن الوطن في جازان.",
        "وأكد أشقاء الجندي أن شقيقهم التحق بقوات الأمن في منطقة نجران، وأن استشهاده في هذا الهجوم الإرهابي مصدر"
        " فخر واعتزاز للأسرة.",
        "وفي مقدمة المستقبلين وكيل المحافظة، كما تقدم وكيل المحافظة ومدير شرطة أبها العقيد فلان الصلاة على الشهيدين"
        " في الجامع الكبير.",
    ],
)
def test_kin_pride_and_a_prayer_led_are_no_acts(text):
    assert sub_types(text) == []


def test_an_advance_of_troops_is_still_reported():
    text = "تقدمت قوات الجيش نحو مدينة صعدة وسيطرت على عدة مواقع للمتمردين أمس."
    assert sub_types(text) == ["Government regains territory"]


def test_the_next_stage_of_fighting_is_expected():
    text = "وأكد القائد أن محافظة شبوة هي ساحة المرحلة المقبلة من القتال بين الجيش والمتمردين."
    assert sub_types(text) == []


def test_the_first_round_of_fighting_is_still_reported():
    text = "واندلعت الجولة الأولى من القتال بين الجيش والمتمردين في محافظة شبوة أمس."
    assert sub_types(text) == ["Armed clash"]
