"""Non-events coded as events (EVENTS.md §2), each class checked on invented sentences.

The bare deaths of a story whose title names a crash are the crash's, even of
an army's craft, unless a downing is told with them; a heat wave in the title
makes its deaths a disaster's; "رؤساء تحرير" are editors, not a liberation; a
toll over a month gone by is a running total, and so are its shares; an
officer "في سلاح الجو" is no air strike; a failure whose subject carries an
aside set off by commas still governs the deal it failed to reach; an act told
as planned, prepared for, needed, urged, supported, ordered, held back on,
expected by the speaker, opened the way for, given a date, believed to serve
an aim, the topic of a resolution, what would have been better, a share of the
whole country's lands, or as the aim of taking part or helping, did not
happen; "احتجاجا على" after a planned protest is that protest's purpose,
planned too; and fleeing fighting or controlling a size is no act.
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.document import Document
from marsad.pipeline import extract_text
from marsad.stages import triggers
from tests.support import modality_of

DAY = dt.date(2018, 8, 1)


def _events(text: str, title: str | None = None):
    return extract_text(text, published=DAY, title=title).events


def test_bare_deaths_in_a_crash_story_are_the_crash_s():
    title = "مصرع 14 عسكريا في تحطم طائرة نقل تابعة للجيش"
    text = ("لقي 14 عسكريا حتفهم صباح اليوم عندما سقطت طائرة نقل قرب قاعدة جوية في ولاية قندهار.\n\n"
            "وقال ضابط في سلاح الجو إن \"14 من الركاب قتلوا، بينهم الطيار\"، في منطقة جبلية بولاية قندهار.")
    assert _events(text, title) == []


def test_deaths_told_with_a_downing_in_a_crash_story_stay_an_act():
    title = "مقتل 9 جنود في تحطم مروحية شمال البلاد"
    text = ("قتل تسعة جنود اليوم في تحطم مروحية عسكرية في ولاية قندوز.\n\n"
            "وقال مسؤول محلي إن مسلحين أسقطوا المروحية بصاروخ مضاد للطائرات وقتلوا طاقمها في ولاية قندوز.")
    assert _events(text, title)


def test_deaths_in_a_heat_wave_story_are_a_disaster_s():
    title = "موجة حر تحصد 45 قتيلا في مقاطعة كندية"
    text = "أعلنت السلطات في مقاطعة أونتاريو بكندا، أن عدد ضحايا موجة الحر التي ضربت المقاطعة الأسبوع الماضي بلغ 45 قتيلا."
    assert _events(text, title) == []


def test_the_free_army_named_in_the_lead_is_no_heat_wave():
    title = "مقتل خمسة مدنيين في بلدة يسيطر عليها الحر بريف حلب"
    text = "قتل خمسة مدنيين أمس في بلدة عندان بريف حلب الشمالي."
    assert [e.fatalities for e in _events(text, title)] == [5]


def test_editors_in_chief_are_no_liberation():
    doc = Document(text="وقال الوزير في لقاء حضره صحفيون ورؤساء تحرير صحف محلية في مدينة غازي عنتاب إن بلاده لن ترسل جنودا.")
    triggers.process(doc)
    assert "تحرير" not in [m.text for m in doc.of_kind("trigger")]


def test_an_officer_of_the_air_force_is_no_air_strike():
    doc = Document(text="وقال ضابط في سلاح الجو إن 14 من الركاب قتلوا في منطقة جبلية بولاية قندهار.")
    triggers.process(doc)
    assert "سلاح الجو" not in [m.text for m in doc.of_kind("trigger")]


def test_a_toll_over_a_named_month_gone_by_is_a_running_total():
    text = ("قالت بعثة الأمم المتحدة في العراق (يونامي) ان 950 عراقيا لقوا مصرعهم واصيب 1400 اخرون في حصيلة "
            "جديدة لضحايا اعمال العنف والنزاع المسلح خلال يوليو الماضي.")
    assert _events(text) == []


def test_a_failure_with_an_aside_governs_the_deal_it_failed_to_reach():
    text = ("ويأتي ذلك بعد أيام من فشل رؤساء الدول الثلاث، بعد قمتهم في أنقرة، في التوصل إلى اتفاق بشأن "
            "محافظة إدلب، آخر معاقل الفصائل المسلحة.")
    assert modality_of(text, "التوصل إلى اتفاق") == "failed"


@pytest.mark.parametrize("sentence, surface", [
    ("وأوضح الوزير أنه كان مخططا تحرير المدينة من المسلحين قبل أشهر.", "تحرير"),
    ("وتجري الاستعدادات لتظاهرة حاشدة جديدة يوم الجمعة في مدينة رام الله.", "لتظاهرة"),
    ("وقال القائد إن ما تحتاجه الوحدات هو غطاء جوي من طيران التحالف.", "غطاء جوي من طيران التحالف"),
    ("وأفادت مصادر بأن مستشاري الرئيس يشجعونه على توجيه ضربة عسكرية للنظام.", "ضربة"),
    ("وأعلن المرجع الديني عن تأييده للاحتجاجات في مدينة الناصرية.", "للاحتجاجات"),
    ("واستكمل تدريب ألف مقاتل من أبناء العشائر لتشارك مع الجيش في تحرير مدن المحافظة.", "تحرير"),
    ("وطلبت الفصائل إسنادا مدفعيا ليساعدها في اقتحام مواقع التنظيم.", "اقتحام"),
    ("وأكد المتحدث أن الأولوية بالنسبة للحكومة هي استعادة السيطرة على كامل المحافظة.", "استعادة السيطرة"),
    ("وقال الجيش إنه لن يغير الأوامر الصادرة إلى وحداته، بإطلاق النار على كل من يقترب من السياج.", "بإطلاق النار"),
    ("ويعتقد محللون أن تكثيف الغارات الجوية على البلدة يهدف إلى دفع الفصائل إلى التفاوض.", "الغارات الجوية"),
    ("وأخفق المجلس في تبني قرار بشأن استخدام الأسلحة الكيميائية في البلاد.", "الأسلحة الكيميائية"),
    ("وكتبت الصحيفة أن انقسام المجلس يفتح الطريق أمام الضربات الجوية على مواقع الجيش.", "الضربات الجوية"),
    ("وقال نازحون إنه كان الأجدر قصف مواقع الجيش قبل أن يحاصر البلدة.", "قصف"),
    ("ويبدو الرئيس متريثا أكثر من أي وقت مضى بشأن هجوم على قواعد الجيش.", "هجوم"),
    ("وقال السفير: نتوقع أن تلتزم موسكو بتعهداتها وتفرض اتفاق وقف إطلاق النار في المنطقة.", "اتفاق وقف إطلاق النار"),
    ("ومنذ تدخل الحلفاء عام 2016، استعادت القوات الحكومية السيطرة على ثلثي أراضي البلاد.", "استعادت"),
])
def test_planned_needed_urged_or_supported_acts_are_not_reported(sentence, surface):
    assert modality_of(sentence, surface) != "asserted"


@pytest.mark.parametrize("sentence, modality", [
    ("وأنهت النقابات التحضيرات لأكبر مظاهرة في مدينة الكوت، الجمعة، احتجاجا على انقطاع الكهرباء.", "plan"),
    ("وتجمع مئات العمال أمام مبنى المحافظة في مدينة الكوت احتجاجا على انقطاع الكهرباء.", "asserted"),
])
def test_a_purpose_noun_shares_the_modality_of_the_protest_it_explains(sentence, modality):
    assert modality_of(sentence, "احتجاجا") == modality


def test_the_shares_of_a_toll_over_a_month_gone_by_are_totals_too():
    text = ("قالت بعثة الأمم المتحدة في العراق (يونامي) ان 950 عراقيا لقوا مصرعهم واصيب 1400 اخرون في حصيلة "
            "جديدة لضحايا اعمال العنف والنزاع المسلح خلال يوليو الماضي. "
            "واوضحت البعثة في بيان ان هذه الحصيلة تتضمن 610 قتلى من المدنيين بينهم 20 من منتسبي الشرطة.")
    assert _events(text) == []


def test_a_date_set_for_a_protest_is_no_protest():
    text = "وحدد ناشطون عبر مواقع التواصل موعد تنظيم تظاهرة في ساحة التحرير وسط بغداد مساء غد."
    assert modality_of(text, "تظاهرة") != "asserted"


def test_a_toll_over_a_named_month_is_a_running_total():
    text = ("قالت بعثة الأمم المتحدة في العراق (يونامي) ان 950 عراقيا لقوا مصرعهم واصيب 1400 اخرون في حصيلة "
            "جديدة لضحايا اعمال العنف والنزاع المسلح خلال يوليو الماضي. واوضحت البعثة في بيان ان هذه "
            "الحصيلة تتضمن 610 قتلى من المدنيين.\n\n"
            "وأكد البيان أن 340 عنصرا من قوات الأمن والبيشمركة قتلوا خلال شهر يوليو فيما أصيب 400 آخرون.")
    assert _events(text) == []


@pytest.mark.parametrize("sentence, surface", [
    ("وتوجه آلاف السكان إلى الحدود فرارا من القصف والمعارك في ريف المحافظة.", "والمعارك"),
    ("وتأتي القيود ضمن الحصار، بعد أن قررت الحكومة السيطرة على حجم الصادرات.", "السيطرة على"),
])
def test_fleeing_fighting_and_control_over_a_size_are_no_acts(sentence, surface):
    doc = Document(text=sentence)
    triggers.process(doc)
    assert surface not in [m.text for m in doc.of_kind("trigger")]
