"""Acts told with a wording the common trigger words miss: a breach of lines, a ship
attacked, a martyrdom operation, a capture told as "falling into the hands of", arson by a
named doer, and protests told by what the crowd did (took to the streets, chanted,
blocked a road, marched through the streets)."""

from __future__ import annotations

import datetime as dt

from marsad.document import Document
from marsad.pipeline import extract_text
from marsad.stages import triggers

DAY = dt.date(2018, 7, 15)


def _subs(text: str) -> list[str]:
    return [event.sub_event_type for event in extract_text(text, published=DAY).events]


def _patterns(text: str) -> list[str]:
    doc = Document(text=text)
    triggers.process(doc)
    return [mention.attrs["pattern_id"] for mention in doc.of_kind("trigger")]


def test_forces_breaking_through_enemy_positions_fight_them():
    assert _subs("اخترقت قوات الجيش اليمني صباح الأحد الخطوط الأمامية للحوثيين في مديرية حيس.") == ["Armed clash"]


def test_breaking_into_websites_or_an_airspace_is_no_fight():
    assert _subs("اخترق قراصنة يوم الأحد مواقع وزارة الداخلية في بغداد.") == []
    assert _subs("اخترقت مقاتلات إسرائيلية يوم الأحد الأجواء اللبنانية فوق مدينة النبطية.") == []


def test_an_oil_tanker_targeted_at_sea_is_an_attack():
    assert len(_subs("قال التحالف إن الحوثيين استهدفوا ناقلة نفط قبالة ميناء الحديدة يوم السبت.")) == 1


def test_a_martyrdom_operation_is_a_suicide_bombing():
    subs = _subs("قتل جنديان إسرائيليان يوم الأحد في عملية استشهادية نفذها فلسطيني في مدينة الخضيرة.")
    assert subs == ["Suicide bomb"]


def test_falling_into_the_hands_of_a_force_is_an_arrest():
    assert _subs("سقط أمير خلية داعش يوم الأحد في قبضة قوات الأمن العراقية بمدينة كركوك.") == ["Arrests"]


def test_protesters_setting_a_building_on_fire_riot():
    assert _subs("أضرم متظاهرون غاضبون النار في مبنى مجلس المحافظة في مدينة الناصرية يوم الأحد.") == [
        "Violent demonstration"]


def test_crowds_taking_to_the_streets_with_a_grievance_protest():
    assert _subs("خرج مئات العمال يوم الأحد إلى شوارع مدينة السليمانية مطالبين بصرف رواتبهم.") == [
        "Peaceful protest"]


def test_life_returning_to_the_streets_is_no_protest():
    assert _subs("عادت الحركة يوم الأحد إلى الشوارع في مدينة الحلة بعد انتهاء العطلة.") == []


def test_troops_or_pilgrims_in_the_streets_are_no_protest():
    assert _subs("نزلت قوات الجيش إلى الشوارع لمنع الاحتجاجات في الخرطوم يوم الخميس.") == []
    assert _subs("وصل آلاف الحجاج إلى شوارع مكة المكرمة رافعين لافتات الترحيب.") == []
    assert _subs("نزل آلاف السودانيين إلى الشوارع في الخرطوم أمس احتجاجا على غلاء الأسعار.") == ["Peaceful protest"]


def test_protesters_chanting_or_blocking_a_road_protest():
    assert _subs("هتف المحتجون يوم الأحد ضد غلاء الأسعار أمام مقر الحكومة في مدينة صفاقس.") == ["Peaceful protest"]
    assert _subs("قطع محتجون يوم الأحد الطريق الرئيسي المؤدي إلى ميناء أم قصر.") == ["Peaceful protest"]


def test_a_march_through_the_streets_is_a_protest_unless_a_festive_one():
    assert _subs("انطلقت يوم الأحد مسيرة جابت شوارع مدينة الكوت ضد الفساد.") == ["Peaceful protest"]
    assert _subs("انطلقت يوم الأحد مسيرة احتفالية جابت شوارع مدينة الكوت بمناسبة العيد.") == []
    assert "protest" not in _patterns("وقال سكان إن طائرات مسيرة جابت أجواء المدينة طوال الليل.")


def test_fighting_told_as_fierce_needs_no_side_in_its_sentence():
    assert _patterns("وأفاد سكان بأن معارك طاحنة دارت طوال الليل قرب جامعة المدينة.") == ["clash"]


def test_two_shooters_told_with_a_dual_verb_opened_fire():
    assert _patterns("ونزل رجلان من السيارة وأطلقا الرصاص باتجاه المارة.") == ["shooting"]


def test_a_crowd_that_assembled_with_a_demand_protests():
    assert _subs("تجمع عشرات المعلمين يوم الأحد أمام مديرية التربية في الديوانية للمطالبة بالتعيين.") == [
        "Peaceful protest"]


def test_a_journalist_spelt_sahafi_taken_is_an_abduction():
    assert _subs("تم اختطاف الصحافي سامر يوم الأحد في مدينة بنغازي.") == ["Abduction/forced disappearance"]
