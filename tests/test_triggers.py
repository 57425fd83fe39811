"""Trigger matching: every event type, clitics, longest match, context, exclusions."""

from __future__ import annotations

import pytest

from marsad.document import Document, Sentence
from marsad.stages import triggers


def found(text: str) -> list[tuple[str, str, str]]:
    """(surface, sub-type, modality) of the triggers in a one-sentence text."""
    doc = Document(text=text)
    triggers.process(doc)
    return [(m.text, m.value.sub_event_type, m.attrs["modality"]) for m in doc.of_kind("trigger")]


def subs(text: str) -> set[str]:
    """Sub-types of the asserted triggers in `text`."""
    return {sub for _, sub, modality in found(text) if modality == "asserted"}


@pytest.mark.parametrize(
    ("sentence", "sub_type"),
    [
        ("اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في ريف حلب.", "Armed clash"),
        ("وقعت مواجهات مسلحة بين الجيش ومسلحين قرب البلدة.", "Armed clash"),
        ("استعادت القوات الحكومية السيطرة على بلدة في ريف حماة.", "Government regains territory"),
        ("وسيطر مسلحو التنظيم على ثلاث قرى شرق المدينة.", "Non-state actor overtakes territory"),
        ("شنّت الطائرات الحربية غارات على مواقع المسلحين.", "Air/drone strike"),
        ("قصفت قوات النظام بقذائف الهاون حي الشيخ مقصود.", "Shelling/artillery/missile attack"),
        ("انفجرت عبوة ناسفة بدورية للجيش على طريق المطار.", "Remote explosive/landmine/IED"),
        ("فجّر انتحاري حزامه الناسف وسط سوق شعبي في البلدة.", "Suicide bomb"),
        ("ألقى مجهول قنبلة يدوية على منزل قائد الشرطة في المدينة.", "Grenade"),
        ("اتهمت المعارضة قوات النظام بشن هجوم كيماوي على البلدة.", "Chemical weapon"),
        ("اختطف مسلحون مجهولون خمسة مدنيين من قرية في الريف.", "Abduction/forced disappearance"),
        ("وثّقت المنظمة حالات اغتصاب ارتكبها عناصر الميليشيا في البلدة.", "Sexual violence"),
        ("تظاهر مئات من سكان المدينة أمام مبنى المحافظة.", "Peaceful protest"),
        ("واستخدمت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين في الساحة.", "Protest with intervention"),
        ("رشق شبان غاضبون دوريات الشرطة بالحجارة وأحرقوا إطارات في الشارع.", "Violent demonstration"),
        ("سحل حشد غاضب رجلاً في سوق المدينة.", "Mob violence"),
        ("توصلت الفصائل والجيش إلى اتفاق لوقف إطلاق النار في البلدة.", "Agreement"),
        ("اعتقلت قوات الأمن عشرة أشخاص في حملة مداهمات بالمدينة.", "Arrests"),
        ("أعلنت فصائل مسلحة في الشمال اندماجها في تشكيل عسكري جديد.", "Change to group/activity"),
        ("فكّكت وحدة الهندسة عبوة ناسفة زرعها مسلحون على الطريق.", "Disrupted weapons use"),
        ("أقامت القوات التركية نقطة مراقبة جديدة قرب البلدة.", "Headquarters or base established"),
        ("نهب مسلحون منازل المدنيين في القرية بعد دخولها.", "Looting/property destruction"),
        ("انسحبت قوات الحكومة من مواقعها في المدينة دون قتال.", "Non-violent transfer of territory"),
        ("أطلقت قوات الأمن النار على المتظاهرين في الساحة.", "Excessive force against protesters"),
        ("أعدم مسلحو التنظيم خمسة مدنيين ميدانياً في القرية.", "Attack"),
    ],
)
def test_each_sub_type_has_a_trigger(sentence, sub_type):
    assert sub_type in subs(sentence)


def test_reference_sentence_yields_attack_killing_and_abduction():
    text = (
        "وشنّ التنظيم الأربعاء الماضي، انطلاقاً من نقاط وجوده في البادية، هجوماً واسعاً على محافظة "
        "السويداء قتل خلاله أكثر من 250 شخصاً قبل أن يختطف المتطرفون 30 سيدة وطفلا."
    )
    doc = Document(text=text)
    triggers.process(doc)
    by_text = {m.text: m for m in doc.of_kind("trigger")}
    assert by_text["هجوماً"].attrs["generic_attack"] is True
    assert by_text["قتل"].attrs["generic_killing"] is True
    assert by_text["يختطف"].value.sub_event_type == "Abduction/forced disappearance"
    assert by_text["يختطف"].attrs["voice"] == "active"


@pytest.mark.parametrize(
    "sentence",
    [
        "وبالغارات الجوية دمرت الطائرات مواقع المسلحين.",
        "وللغارة الأخيرة على مواقع المسلحين أثر كبير.",
        "قُتل ثلاثة عناصر في غارتين على مواقع المسلحين.",
        "فالغارات على مواقع المسلحين لم تتوقف.",
    ],
)
def test_clitics_and_suffixes_are_tolerated(sentence):
    assert "Air/drone strike" in {sub for _, sub, _ in found(sentence)}


def test_clitic_forms_keep_the_raw_span_of_the_whole_word():
    text = "وبالقصفِ المدفعيّ دمرت قوات النظام منازل في البلدة."
    doc = Document(text=text)
    triggers.process(doc)
    mention = doc.of_kind("trigger")[0]
    assert text[mention.start : mention.end] == "وبالقصفِ المدفعيّ"
    assert mention.value.sub_event_type == "Shelling/artillery/missile attack"


def test_words_inside_other_words_do_not_match():
    assert [text for text, _, _ in found("أعلن الجيش مقتل مسلح في البلدة.")] == ["مقتل"]
    assert found("كتب المحرر مقالاً عن التحريرية في الصحف.") == []


def test_longest_match_wins_over_shorter_trigger():
    assert [sub for _, sub, _ in found("تم تفكيك عبوة ناسفة على الطريق الدولي.")] == ["Disrupted weapons use"]
    assert [sub for _, sub, _ in found("وقع هجوم انتحاري على حاجز للجيش.")] == ["Suicide bomb"]


def test_defused_bomb_is_not_an_explosion():
    found_ied = found("فكك خبراء المتفجرات في الجيش عبوة ناسفة على الطريق.")
    assert [sub for _, sub, _ in found_ied] == ["Disrupted weapons use"]


def test_shelling_with_air_context_becomes_air_strike():
    assert subs("قصفت الطائرات الحربية الروسية بلدات في ريف إدلب.") == {"Air/drone strike"}
    assert subs("قصفت قوات النظام بلدات في ريف إدلب.") == {"Shelling/artillery/missile attack"}
    assert subs("واستهدف القصف المدفعي لقوات النظام البلدة.") >= {"Shelling/artillery/missile attack"}


def test_killing_of_protesters_is_excessive_force():
    assert "Excessive force against protesters" in subs("قُتل ثلاثة متظاهرين برصاص قوات الأمن في المدينة.")


def test_arrest_of_protesters_is_protest_with_intervention():
    assert "Protest with intervention" in subs("اعتقلت الشرطة عشرين متظاهراً في العاصمة.")


@pytest.mark.parametrize(
    "sentence",
    [
        "النجم الشاب يخطف الأضواء في حفل توزيع الجوائز.",
        "قاد المهاجم هجوم الفريق وسجل هدفين في المباراة أمام النادي المنافس.",
        "شن الوزير هجوماً لاذعاً على المعارضة في البرلمان.",
        "حذر خبراء من انفجار سكاني في المدن الكبرى.",
        "اشتعلت حرب الأسعار بين شركات الاتصالات.",
        "تمكن رجال الإطفاء من السيطرة على الحريق في المصنع.",
        "لقي خمسة أشخاص مصرعهم في حادث سير على الطريق السريع.",
        "عين رئيس التحرير الجديد للصحيفة أمس.",
        "وقعت الشركتان اتفاقاً تجارياً لتعزيز الاستثمار.",
        "وصل المنتخب إلى المواجهة النهائية في البطولة.",
        "وقال القائد إن الفصائل غيرت قواعد الاشتباك مع الجيش في الجنوب.",
        "واعتمدت قوات المعارضة على معارك وهمية لتشتيت الجيش في المنطقة.",
        "وخاض الحزب معركة سياسية شرسة ضد الحكومة في البرلمان.",
        "وأحيا السكان ذكرى مجزرة المدينة في الساحة العامة.",
    ],
)
def test_harmless_uses_yield_no_asserted_trigger(sentence):
    assert subs(sentence) == set()


def test_generic_killing_flag_for_deaths_without_another_act():
    doc = Document(text="مقتل 3 مدنيين برصاص مجهولين في ريف درعا.")
    triggers.process(doc)
    killings = [m for m in doc.of_kind("trigger") if m.attrs["generic_killing"]]
    assert killings and killings[0].value.event_type == "Violence against civilians"


def test_only_body_sentences_are_matched():
    text = "غارات على البلدة\nاشتباكات في المدينة بين الجيش والمسلحين."
    doc = Document(text=text)
    doc.sentences = [Sentence(0, 16, 0, 0, is_title=True), Sentence(17, len(text), 1, 1)]
    triggers.process(doc)
    assert [m.value.sub_event_type for m in doc.of_kind("trigger")] == ["Armed clash"]


def test_mention_payload_has_the_documented_attrs():
    doc = Document(text="اشتبك الجيش مع مسلحين قرب البلدة.")
    triggers.process(doc)
    attrs = doc.of_kind("trigger")[0].attrs
    assert {"voice", "modality", "pattern_id", "generic_killing"} <= set(attrs)
    assert attrs["pattern_id"] == "clash"


def test_control_noun_needs_ala_to_report_a_takeover():
    assert subs("وبذلك تنتهي سيطرة التنظيم بعد أربع سنوات.") == set()
    assert "Non-state actor overtakes territory" in subs("بعد سيطرتها على ثلاث قرى في ريف المدينة.")


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلن النائب احتجاجه على قرار الحكومة نقل المعسكر.",
        "وأبلغت الوزارة السفير احتجاجها على تصريحات المسؤول.",
    ],
)
def test_one_partys_objection_is_not_a_protest(sentence):
    assert "Peaceful protest" not in subs(sentence)


def test_crowds_protest_against_something_is_still_a_protest():
    assert "Peaceful protest" in subs("وواصل المعلمون احتجاجهم على تأخر الرواتب أمام مبنى المحافظة.")


def test_liberation_front_names_are_not_territory_gains():
    assert not subs("وأعلنت جبهة تحرير الجنوب انضمام مقاتلين جدد إلى صفوفها في البلدة.") & {
        "Government regains territory", "Non-state actor overtakes territory"}


def test_strikes_with_no_weapon_named_are_air_strikes_but_a_painful_blow_is_not():
    assert "Air/drone strike" in subs("ونفذت طائرات التحالف عدة ضربات على مواقع المسلحين قرب البلدة.")
    assert "Air/drone strike" not in subs("وشكل اعتقال القائد ضربة موجعة للتنظيم في المدينة.")


@pytest.mark.parametrize(
    "sentence",
    [
        "وامتلأت المخيمات بالنازحين من المعارك في الريف الجنوبي.",
        "ووصل مئات الفارين من القتال إلى الحدود الأردنية أمس.",
        "وأرسل الحزب مقاتلين جددا إلى جبهات القتال في الشمال.",
        "وسافر عشرات الشبان للقتال في صفوف الجماعات المسلحة.",
        "وقال القائد إن قواعد إطلاق النار لدى الجيش تغيرت.",
        "وبدأت الفرق الهندسية عملية نزع الألغام في القرى المحررة.",
        "وتقع البلدات الثلاث تحت سيطرت المسلحين منذ عامين.",
        "وتروي اللعبة الإلكترونية معارك خاضها المقاتلون في الجبال.",
    ],
)
def test_fighting_named_as_cause_place_aim_or_programme_is_not_an_act(sentence):
    assert subs(sentence) == set()


def test_one_disarmed_device_is_still_disrupted_weapons_use():
    assert subs("وفكك خبراء المتفجرات عبوة ناسفة زرعها مسلحون قرب الجسر.") == {"Disrupted weapons use"}


@pytest.mark.parametrize(
    ("sentence", "sub_type"),
    [
        ("وانفجرت سيارة مفخخة في سوق البلدة صباح اليوم.", "Remote explosive/landmine/IED"),
        ("وقصفت المدفعية سوق الخضار في المدينة.", "Shelling/artillery/missile attack"),
    ],
)
def test_acts_of_violence_in_a_market_are_not_trade_news(sentence, sub_type):
    assert sub_type in subs(sentence)


def test_takeover_of_a_market_by_a_company_is_not_a_takeover():
    assert subs("وسيطرت الشركة على السوق المحلية للهواتف.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "واعتقلت الشرطة أمس في مدينة الزرقاء خمسة مطلوبين وقالت إنها قبضت عليه وهو يرتدي حزاما ناسفا.",
        "وعمل الرجل سنوات في مصانع الأسلحة الكيماوية قبل فراره.",
        "ووجه الرئيس تحية إلى أرواح الشهداء في الذكرى السنوية.",
    ],
)
def test_wearing_a_belt_weapon_stocks_and_tributes_are_not_attacks(sentence):
    assert not subs(sentence) & {"Suicide bomb", "Chemical weapon", "Attack"}


def test_suicide_bomber_wearing_a_belt_still_reports_the_bombing():
    assert "Suicide bomb" in subs("وفجر انتحاري يرتدي حزاما ناسفا نفسه عند حاجز للجيش في البلدة.")


def _event_types(text: str) -> list[str]:
    """Sub-types of the main (non-background) events the whole pipeline codes for one article."""
    import datetime as dt

    from marsad.pipeline import extract_text

    events = extract_text(text, published=dt.date(2021, 3, 4)).events
    return [e.sub_event_type for e in events if not e.background]


@pytest.mark.parametrize(
    "text",
    [
        "قتلت الشرطة الأربعاء في مدينة الفيوم ثلاثة مسلحين متورطين في تفجير سيارة مفخخة استهدف كنيسة.",
        "وقالت النيابة العامة في بيروت الاثنين إن المتهم الرئيسي في قضية اغتيال الصحفي قتل بالرصاص مراسلا في صيدا.",
    ],
)
def test_acts_imputed_to_suspects_or_recalled_in_a_case_are_not_new_events(text):
    types = _event_types(text)
    assert "Remote explosive/landmine/IED" not in types and "Attack" not in types


def test_a_drone_fleet_entering_service_is_no_strike_but_a_drone_raid_is():
    assert subs("وأدخلت البحرية إلى الخدمة طائرات مسيرة جديدة لمراقبة السواحل.") == set()
    assert "Air/drone strike" in subs("وقصفت طائرات مسيرة مواقع للمسلحين في الوادي.")


def test_the_right_to_protest_is_no_protest():
    assert subs("وأكد البيان الحق في التظاهر السلمي لكل المواطنين.") == set()
    assert subs("وتظاهر المئات في الساحة الرئيسية للمطالبة بالإفراج عن المعتقلين.") == {"Peaceful protest"}


@pytest.mark.parametrize(
    "sentence",
    [
        "نفذت القوات عمليات نسف واسعة في الأحياء الشرقية لمدينة رفح.",
        "ونسف الجيش مباني سكنية في قرية حولا الحدودية.",
        "ونسفت قوات الاحتلال مربعا سكنيا كاملا في حي الشجاعية.",
    ],
)
def test_blowing_up_houses_is_property_destruction(sentence):
    assert "Looting/property destruction" in subs(sentence)


def test_undermining_a_plan_is_no_demolition():
    assert subs("ونسفت تصريحات الوزير جهود الوساطة بين الحزبين.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "وأصيب شرطي بجروح في عملية طعن قرب محطة الحافلات في المدينة.",
        "وقتل حارس أمن في هجوم بسكين عند مدخل المجمع.",
    ],
)
def test_named_knife_attacks_are_attacks(sentence):
    assert "Attack" in subs(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "وطعن الحزب في نتائج الانتخابات أمام المحكمة الدستورية.",
        "وقدم محامي الدفاع طعنا في الحكم الصادر بحق موكله.",
    ],
)
def test_legal_appeals_are_no_stabbing(sentence):
    assert subs(sentence) == set()


def test_a_severe_beating_by_named_hands_is_an_attack():
    assert "Attack" in subs("وتعرض مدرس للضرب المبرح على أيدي عناصر ميليشيا في بلدة الضالع.")
    assert subs("وضرب رئيس الوزراء موعدا للانتخابات المبكرة في الربيع.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "وتعرض منزل عائلة في قرية برقة للحرق على يد مستوطنين ليلا.",
        "وأحرق مستوطنون منزلا ومركبتين في قرية جالود.",
    ],
)
def test_burning_a_house_is_property_destruction(sentence):
    assert "Looting/property destruction" in subs(sentence)


def test_burning_fat_is_no_arson():
    assert subs("ويساعد المشي السريع على حرق الدهون في الجسم.") == set()


def test_skirmishes_are_armed_clashes():
    assert "Armed clash" in subs("ودارت مناوشات بين الجيش ومسلحين قبليين على أطراف بلدة المخا.")


def test_plundering_someone_s_rights_is_no_looting():
    assert "Looting/property destruction" not in subs("ويشكو الجنود من نهب حقوقهم المالية منذ أشهر في المعسكر.")
    assert "Looting/property destruction" in subs("ونهب مسلحون محلات تجارية في السوق أمس.")


def test_protest_issued_as_a_statement_is_no_demonstration():
    assert "Peaceful protest" not in subs("وقال الوزير إن الغضب جاء بعد الاحتجاج الذي صدر عن الحكومة.")
    assert "Peaceful protest" in subs("وتظاهر المئات أمام مبنى المحافظة أمس.")


@pytest.mark.parametrize(
    "sentence",
    [
        "وتجمع متظاهرون في وسط المدينة مساء الأحد.",
        "وتجمهر المحتجون قرب مبنى البلدية صباح اليوم.",
    ],
)
def test_protesters_who_assembled_protest_with_no_grievance_told(sentence):
    # the doer names the protest: no grievance word need follow (gathering's requirement)
    assert subs(sentence) == {"Peaceful protest"}


def test_a_crowd_that_assembled_still_needs_a_protest_told():
    assert subs("وتجمع المئات في الساحة الرئيسية مساء الأحد.") == set()
