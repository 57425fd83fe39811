"""Acts named but not reported as done: threatened, possible, averted, pledged,
unconfirmed, found without evidence, or named as earlier ones.  And a few
phrasings that looked like one of those but report the act."""

from __future__ import annotations

import datetime as dt

import pytest
from support import modality_of

from marsad.document import Document
from marsad.pipeline import extract_text
from marsad.stages import triggers


@pytest.mark.parametrize(
    ("sentence", "surface", "modality"),
    [
        # a threat named with the article, its object carried by ب
        ("وأخلت القوات مواقعها في المدينة إثر التهديدات الغربية بتنفيذ ضربات جوية.", "ضربات جوية", "threat"),
        ("وسارع السكان إلى الملاجئ بعد تهديداته بقصف الأحياء الشرقية.", "بقصف", "threat"),
        # the threat told after the act it names
        ("وأبعدت الهدنة عن البلدة هجوما واسعا لوحت به القوات منذ أسابيع.", "هجوما", "threat"),
        # a possibility reaches past the verbal noun "شن" and its doer
        ("وأبدى الوزير قلقه من احتمال شن الميليشيات وحلفائها في المنطقة هجمات على الحدود.", "هجمات", "expected"),
        # an act a deal spared a place
        ("وقال إن التفاهم جنّب المدينة وريفها هجوما واسعا للقوات الحكومية.", "هجوما", "expected"),
        # reports their own teller does not vouch for
        ("واستند الوزير إلى تقارير غير مؤكدة عن شن هجمات بغاز الكلور في الريف الشرقي.", "بغاز الكلور", "expected"),
        # no evidence found of the act
        ("وأكد أن المفتشين لم يعثروا على أي دليل على استخدام غاز الكلور في البلدة.", "غاز الكلور", "denied"),
        # a pledge of an act
        ("وتعهدت الحكومة بقصف مواقع المسلحين في الجبال.", "بقصف", "plan"),
        # an act named as an earlier one
        ("وقال الناشط الذي سجن بسبب مشاركته في احتجاجات سابقة إنه سيغادر البلاد.", "احتجاجات", "recalled"),
        ("وذكر أن الهجوم السابق على القاعدة لم يسفر عن خسائر.", "الهجوم", "recalled"),
        # a place spared an act, as a term of a deal
        ("وتضمن الدولة الراعية عدم تعرض البلدة وريفها لغارات جوية طوال المهلة.", "لغارات جوية", "denied"),
        # a call naming its act right after it
        ("ووجهت النقابات دعوات التظاهر في الساحة الرئيسية مساء الخميس.", "التظاهر", "demand"),
        # the time described by what spreads in it
        ("وأغلقت المتاجر في وقت تنتشر فيه الاحتجاجات في العديد من المدن.", "الاحتجاجات", "habitual"),
        # the aim an act was carried out for
        ("وكثف المسلحون هجماتهم على أطراف البلدة في محاولة جديدة لاقتحامها.", "لاقتحامها", "plan"),
        # a mission someone was charged with
        ("ودفن الضابط الذي كان مكلفا استعادة السيطرة على الجبل في قريته.", "استعادة السيطرة", "plan"),
    ],
)
def test_an_act_named_but_not_done(sentence: str, surface: str, modality: str) -> None:
    assert modality_of(sentence, surface) == modality


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # "عرض عسكري" is a military parade, not an offer
        ("وأطلق مسلحون النار على عرض عسكري في المدينة فسقط قتلى من الجنود.", "قتلى"),
        # "إلى جنب" is "beside": no averting
        ("وقاتل عناصر العشيرة جنبا إلى جنب مع الجيش في هجوم على القرية.", "هجوم"),
        # a deal reached, named with ل
        ("وأعلنت الحركة فجر السبت التوصل لاتفاق لوقف التصعيد مع الاحتلال في القطاع.", "التوصل لاتفاق"),
        # a threat verb far before a new clause does not reach a later report
        ("وقال المرصد إن الطائرات قصفت البلدة أمس، بعد أن تراجعت الفصائل عنها.", "قصفت"),
        # a unit charged with a task is attacked: the attack is told, not charged
        ("وتعرضت الدورية المكلفة بتأمين الطريق لهجوم مسلح عند مدخل البلدة.", "لهجوم مسلح"),
    ],
)
def test_acts_that_stay_reported(sentence: str, surface: str) -> None:
    assert modality_of(sentence, surface) == "asserted"


def test_an_envoy_summoned_to_hear_a_protest_is_no_demonstration() -> None:
    doc = Document(text="واستدعت وزارة الخارجية، الاثنين، المبعوث الفرنسي للاحتجاج على تصريحات وزير الدفاع.")
    triggers.process(doc)
    assert [m.attrs["pattern_id"] for m in doc.of_kind("trigger")] == []


def test_a_reached_deal_written_with_lam_is_an_agreement() -> None:
    events = extract_text("أعلنت حركة حماس فجر السبت التوصل لاتفاق لعودة التهدئة في قطاع غزة.",
                          published=dt.date(2018, 7, 21)).events
    assert [e.sub_event_type for e in events] == ["Agreement"]


def test_protests_that_swept_provinces_take_no_ground() -> None:
    events = extract_text("قتل متظاهر برصاص عناصر مسلحة في الديوانية خلال تظاهرات اجتاحت محافظات الجنوب الجمعة.",
                          published=dt.date(2018, 7, 20)).events
    assert "Non-state actor overtakes territory" not in {e.sub_event_type for e in events}


def test_blasts_in_mali_are_not_taken_for_finance() -> None:
    """"مالي" is the country as often as "financial": it does not rule out an act."""
    events = extract_text("قال مصدر أممي في مالي، إن عدة تفجيرات هزت مدينة تمبكتو في شمال البلاد يوم الأحد.",
                          published=dt.date(2018, 4, 22)).events
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize(
    "text",
    [
        "وحكم على سالم الكردي بالإعدامات الثلاثة، بسبب خطفه وقتله طفلة في مدينة لاهور.",
        "ورفض القضاء دعوى الاستئناف ضد سالم الكردي الذي يواجه ثلاثة أحكام، لقتله طفلة في مدينة لاهور.",
        "وأوضح مصدر في النيابة العامة أن المدعي قرر ملاحقة 13 شابا في حالة اعتقال في مدينة آسفي.",
        "وقال مسؤول إن العنف في مدينة سبها اقتصر في الآونة الأخيرة على اشتباكات محدودة بين جماعات مسلحة.",
        "ونشرت السلطات لائحة بأسماء عشرين قياديا في الجماعة، عارضة مكافآت لمن يدلي بمعلومات تؤدي إلى اعتقال "
        "أحدهم في مدينة تعز.",
        "وخلال سنوات الحرب، شهدت مناطق ليبية عدة بينها مدن وبلدات قرب طرابلس عمليات إجلاء لمئات المسلحين بموجب "
        "اتفاقات مع القوات الحكومية.",
    ],
)
def test_court_proceedings_spans_and_rewards_report_no_event(text: str) -> None:
    assert extract_text(text, published=dt.date(2018, 6, 12)).events == []


def test_a_faction_joining_an_attack_is_no_change_to_the_group() -> None:
    doc = Document(text="وشنت جبهة النصرة هجمات على مواقع الجيش في ريف المدينة، انضم إليها فصيل آخر من المعارضة.")
    triggers.process(doc)
    assert "Change to group/activity" not in {m.value.sub_event_type for m in doc.of_kind("trigger")}


def test_a_faction_joining_a_group_is_still_a_change() -> None:
    doc = Document(text="وأعلن القيادي أن عشرات المقاتلين من الفصيل انضموا إلى التنظيم الأسبوع الماضي.")
    triggers.process(doc)
    assert "Change to group/activity" in {m.value.sub_event_type for m in doc.of_kind("trigger")}
