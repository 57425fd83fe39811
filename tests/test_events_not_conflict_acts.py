"""Non-events of the "not a conflict act" kind, found reading held-out news:
machine failures and emergency landings told as blasts or killings, work
accidents, weapons that blew up in a test, arsenals supplied or held, court
executions, acts that a move, a readiness or an effort only aims at, and acts
scheduled for later.  Each class is checked with sentences written for the
test, and with a sentence of the same shape that still reports an act."""

from __future__ import annotations

import datetime as dt

import pytest
from support import modality_of

from marsad.document import Document
from marsad.pipeline import extract_text
from marsad.stages import triggers

PUBLISHED = dt.date(2018, 5, 16)


def sub_types(text: str) -> list[str]:
    """Sub-event types of the events extracted from `text`."""
    return [e.sub_event_type for e in extract_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    "text",
    [
        # an engine that blew up in flight, and the death it caused
        "اضطرت طائرة ركاب إلى الهبوط في مطار القاهرة بعد انفجار أحد محركاتها فوق البحر، ما أدى إلى وفاة مسافر.",
        # a truck's engine that blew up
        "وقع انفجار في محرك شاحنة عسكرية قرب سرت ما أدى إلى مقتل السائق.",
        # an emergency landing that killed crew members
        "هبطت مروحية نقل عسكرية هبوطا اضطراريا في صحراء الأنبار مساء الاثنين، مما أسفر عن مقتل اثنين من طاقمها.",
        # workers who died on a dig
        "وكرمت الوزارة أسر العمال الذين سقطوا قتلى أثناء الحفر في مشروع النفق بمدينة الإسماعيلية.",
        # a missile that blew up in a failed test
        "فشلت تجربة إطلاق صاروخ إيراني جديد في منطقة سمنان أمس بعد انفجاره بعد ثوان من إقلاعه.",
    ],
)
def test_machine_failures_work_accidents_and_tests_are_no_attacks(text):
    assert sub_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # aircraft to be delivered with their munitions
        "وقال الخبير إن المروحيات الجديدة ستسلم إلى الجيش الليبي في طرابلس مزودة بالعتاد من الصواريخ والقذائف الموجهة.",
        # the missiles a group holds, in a report about its arsenal
        "ونشر المعهد تقريرا عن الصواريخ الباليستية التي يمتلكها الحوثيون في محافظة صعدة.",
    ],
)
def test_an_arsenal_supplied_or_held_is_no_attack(text):
    assert sub_types(text) == []


def test_a_drone_fleet_named_as_a_weapon_system_is_no_strike():
    doc = Document(text="واتهم التقرير الحكومة بتهريب صواريخ حرارية إلى الجماعة إلى جانب منظومة الطائرات بدون طيار.")
    triggers.process(doc)
    assert [m.text for m in doc.of_kind("trigger") if m.attrs["pattern_id"] == "air_strike"] == []


def test_a_launch_is_still_a_missile_attack():
    assert sub_types("أطلق الحوثيون صاروخا باليستيا على مدينة جازان السعودية مساء الثلاثاء.") == [
        "Shelling/artillery/missile attack"]


@pytest.mark.parametrize(
    "text",
    [
        "وأعدمت السلطات الإيرانية أمس ثلاثة رجال في سجن مدينة شيراز.",
        "وتم إعدام 12 شخصا بتهمة الإرهاب في سجن مدينة كرمان الأسبوع الماضي.",
    ],
)
def test_executions_after_a_trial_are_not_coded(text):
    assert sub_types(text) == []


def test_a_group_executing_civilians_is_still_an_attack():
    assert sub_types("أعدم تنظيم داعش خمسة مدنيين رميا بالرصاص في مدينة الميادين أمس.") == ["Attack"]


@pytest.mark.parametrize(
    ("sentence", "surface", "modality"),
    [
        # done so as to prevent further attacks
        ("ونقل الجنود المصابين بسيارات الإسعاف إلى المستشفى ليمنع المسلحون استهدافهم مرة أخرى.", "استهدافهم",
         "denied"),
        # readiness to meet any attack, and the verb describing it
        ("وأكدت الشرطة رفع الاستعداد لمواجهة أية عمليات أو محاولات إرهابية تستهدف المنشآت.", "تستهدف", "plan"),
        # a sit-in scheduled for a later day
        ("وأكدت النقابة أن الاعتصام المقرر يوم الأحد أمام البرلمان قائم.", "الاعتصام", "expected"),
        # troops that set off to support an ally and retake positions
        ("وانطلقت كتيبتان من مأرب إلى صرواح لدعم القوات الحكومية واستعادة المواقع من الحوثيين.", "واستعادة",
         "plan"),
        # efforts named by the deal they aim at
        ("وأشاد الوزير بجهود التوصل إلى اتفاق تهدئة في محافظة درعا.", "إلى اتفاق تهدئة", "plan"),
    ],
)
def test_acts_a_move_a_readiness_or_an_effort_aims_at_are_not_reported(sentence, surface, modality):
    assert modality_of(sentence, surface) == modality


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وسيطرت القوات الحكومية على مديرية صرواح أمس بعد معارك مع الحوثيين.", "وسيطرت"),
        ("وتوصل الطرفان إلى اتفاق تهدئة في محافظة درعا أمس.", "إلى اتفاق تهدئة"),
        ("ونظم المعلمون الاعتصام أمام البرلمان صباح الأحد.", "الاعتصام"),
    ],
)
def test_the_act_itself_stays_reported(sentence, surface):
    assert modality_of(sentence, surface) == "asserted"


def test_forces_sent_in_to_man_posts_take_no_ground():
    assert sub_types("دخلت قوات الجيش التركي إلى محافظة إدلب أمس لإقامة نقاط مراقبة جديدة.") == []


def test_forces_entering_a_town_another_side_left_still_take_it():
    assert sub_types("دخلت قوات الجيش العراقي إلى مدينة كركوك أمس بعد انسحاب البيشمركة منها.") == [
        "Government regains territory"]


def test_a_charge_of_murder_is_no_killing():
    assert sub_types("وأدانت هيئة المحلفين في ولاية تكساس المتهم بسبع تهم قتل عمد في مدينة دالاس.") == []


def test_a_murderers_arrest_recalled_in_a_court_notice_is_no_event():
    assert sub_types("وتمكنت الجهات الأمنية من القبض على الجاني وأحالته إلى المحكمة العامة في منطقة حائل.") == []


@pytest.mark.parametrize(
    "text",
    [
        # the wounded taken out of a besieged camp for care
        "تم إجلاء 25 جريحا من مخيم خان الشيح إلى مستشفيات دمشق بإشراف منظمة دولية أمس.",
        # aid workers pulled out of a town
        "انسحبت فرق الإغاثة الدولية من مدينة الرقة أمس.",
    ],
)
def test_aid_teams_and_the_wounded_moving_transfer_no_territory(text):
    assert sub_types(text) == []


def test_fighters_evacuated_still_transfer_territory():
    assert sub_types("تم إجلاء 400 مقاتل من مخيم اليرموك إلى ريف إدلب أمس.") == ["Non-violent transfer of territory"]


def test_an_advance_toward_a_place_to_take_it_is_no_clash():
    assert sub_types("وقال القائد إن قوات الجيش تقدمت نحو مديرية الوضيع للسيطرة على مناطقها الجبلية.") == []


def test_an_advance_into_a_place_is_still_a_clash():
    assert sub_types("وتقدمت قوات الجيش في مديرية الوضيع أمس وسط مقاومة من الحوثيين.") == ["Armed clash"]


def test_stun_grenades_fired_by_forces_and_flares_bomb_nothing():
    # Forces firing stun grenades at a crowd disperse it: the riot is the event, no bombing.
    assert sub_types("رشق شبان القوات بالحجارة في مدينة الخليل أمس، وردت القوات بإطلاق قنابل الصوت.") \
        == ["Violent demonstration"]
    assert sub_types("أطلقت القوات القنابل الضوئية فوق مخيم جباليا الليلة الماضية.") == []
    # A stun grenade thrown by strangers at a building, or a bomb going off, is still an act.
    assert sub_types("ألقى مجهولون قنبلة صوتية على مقر حزب في مدينة المنامة أمس.") == ["Grenade"]
    assert sub_types("انفجرت قنبلة في سوق مدينة بعقوبة أمس ما أدى إلى مقتل شخصين.") \
        == ["Remote explosive/landmine/IED"]
