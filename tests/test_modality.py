"""Modality: triggers that are not reported happenings are marked, within scope."""

from __future__ import annotations

import pytest
from support import modality_of

from marsad.document import Document
from marsad.stages import triggers


@pytest.mark.parametrize(
    ("sentence", "surface", "modality"),
    [
        ("اشتبك الجيش مع المسلحين في البلدة أمس.", "اشتبك", "asserted"),
        ("وهدد قائد الفصيل بشن هجوم على مواقع الجيش في المدينة.", "هجوم", "threat"),
        ("توعد التنظيم بتنفيذ تفجيرات في العاصمة.", "تفجيرات", "threat"),
        ("ومن المتوقع أن تندلع معارك عنيفة بين الجيش والمسلحين في الريف.", "معارك عنيفة", "expected"),
        ("وقال المصدر إن القوات قد تقتحم البلدة خلال أيام.", "تقتحم", "expected"),
        ("وقال المتحدث إن الجيش سيقصف مواقع المسلحين.", "سيقصف", "expected"),
        ("وتعتزم القوات الحكومية شن هجوم على المسلحين في البلدة.", "هجوم", "plan"),
        ("وصلت حافلات إلى البلدة لإجلاء المسلحين وعائلاتهم.", "لإجلاء", "plan"),
        ("وفي حال اندلاع اشتباكات بين الجيش والمسلحين ستغلق الطرق.", "اشتباكات", "conditional"),
        ("ونفى الجيش قصف المستشفى في البلدة.", "قصف", "denied"),
        ("ولم تسجل اشتباكات بين الجيش والمسلحين منذ الصباح.", "اشتباكات", "denied"),
        ("هل تشن قوات النظام هجوماً على البلدة؟", "هجوماً", "question"),
        ("ودعا المبعوث الأممي إلى هدنة فورية بين الأطراف المتحاربة.", "هدنة", "demand"),
        ("وتدور مفاوضات بين الجيش والفصائل لتسليم المدينة بلا قتال.", "لتسليم المدينة", "negotiation"),
        ("ومنذ إجلائهم ينفذ المتشددون هجمات على مواقع الجيش.", "هجمات", "habitual"),
    ],
)
def test_modality_classes(sentence, surface, modality):
    assert modality_of(sentence, surface) == modality


def test_reference_article_expectation_and_condition():
    text = (
        "متوقعة «سقوطهم خلال الأيام القليلة المقبلة». ولن يكون اتفاق إجلاء مقاتلي التنظيم من درعا، "
        "في حال تم التوصل إليه، الأول من نوعه."
    )
    assert modality_of(text, "اتفاق") == "denied"


def test_cue_in_another_clause_does_not_govern():
    text = "نفى المتحدث الاتهامات، فيما اندلعت اشتباكات بين الجيش والمسلحين في البلدة."
    assert modality_of(text, "اشتباكات") == "asserted"


def test_cue_too_far_before_the_trigger_does_not_govern():
    text = "ولم يعلق الجيش على ما جرى أمس حين دارت في البلدة المجاورة للمدينة اشتباكات مع المسلحين."
    assert modality_of(text, "اشتباكات") == "asserted"


def test_cue_after_the_trigger_does_not_govern_except_adjectives():
    assert modality_of("قصفت قوات النظام البلدة ولم تعلق على الخسائر.", "قصفت") == "asserted"
    assert modality_of("يستعد السكان للهجوم المتوقع على البلدة من قوات النظام.", "للهجوم") != "asserted"


def test_demand_to_stop_an_act_presupposes_it():
    text = "وطالب المجلس بوقف القصف على المدينة من قوات الجيش."
    assert modality_of(text, "القصف") == "asserted"


def test_reached_agreement_is_asserted_despite_negotiations():
    text = "وأسفرت المفاوضات بين الجيش والفصائل عن التوصل إلى اتفاق لإجلاء المسلحين."
    assert modality_of(text, "التوصل إلى اتفاق") == "asserted"
    text = "وتجري مفاوضات بين الجيش والفصائل للتوصل إلى اتفاق في البلدة."
    assert modality_of(text, "للتوصل إلى اتفاق") != "asserted"


def test_was_shelled_is_not_purpose():
    text = "تعرضت البلدة لقصف عنيف من قوات النظام."
    assert modality_of(text, "لقصف") == "asserted"


def test_passive_markers_set_voice():
    doc = Document(text="وتم اعتقال خمسة من المسلحين في البلدة.")
    triggers.process(doc)
    assert doc.of_kind("trigger")[0].attrs["voice"] == "passive"


def test_qad_with_past_verb_is_asserted():
    assert modality_of("وقد قصفت قوات النظام البلدة أمس.", "قصفت") == "asserted"


def test_complement_of_a_non_asserted_trigger_inherits_its_modality():
    text = "ولن يكون اتفاق إجلاء مقاتلي التنظيم من البلدة الأول من نوعه."
    assert modality_of(text, "إجلاء") == "denied"


def test_habitual_since_phrase_may_stand_in_an_earlier_clause():
    text = "ومنذ خروجهم من المدينة، ينفذ المسلحون هجمات على نقاط الجيش."
    assert modality_of(text, "هجمات") == "habitual"


def test_threatened_act_marked_with_ba_is_reached_past_adjuncts():
    text = "وهدد قائد الشرطة في مؤتمر صحافي عقده في العاصمة مساء أمس باعتقال منظمي المظاهرات."
    assert modality_of(text, "باعتقال") == "threat"


def test_unmarked_act_far_after_a_threat_stays_asserted():
    text = "وهدد قائد الشرطة في مؤتمر صحافي عقده في العاصمة مساء أمس الذي شهد اشتباكات مع المسلحين."
    assert modality_of(text, "اشتباكات") == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وأكد المحافظ أن المدينة لم تشهد منذ أسبوع أي عملية قصف من المسلحين.", "قصف"),
        ("وقال الجيش إنه سيرد بقوة على أي هجوم يستهدف جنوده.", "هجوم"),
    ],
)
def test_any_act_names_no_particular_act(sentence, surface):
    assert modality_of(sentence, surface) != "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وقال مسؤولون إن ثلاثة صحافيين ربما قتلوا في القصف.", "قتلوا"),
        ("ورجح الضابط أن يكون الحادث تفجيرا انتحاريا استهدف الحافلة.", "انتحاريا"),
        ("وقال المسعف إن السائق قتل على الأرجح برصاص قناص في الحي.", "قتل"),
        ("وذكرت الإذاعة أن القصف استهدف على الأرجح مخزنا للوقود في الميناء.", "القصف"),
    ],
)
def test_hedged_acts_are_expected_not_asserted(sentence, surface):
    assert modality_of(sentence, surface) == "expected"


def test_call_to_the_militants_to_withdraw_is_a_demand():
    text = "وأطلق شيوخ العشائر نداء لمقاتلي الجماعة بالانسحاب من مدرسة القرية."
    assert modality_of(text, "بالانسحاب") == "demand"


def test_second_aim_joined_by_wa_shares_the_purpose():
    text = "وحشد الجيش قواته قرب المدينة لاقتحام المدينة وتحريرها من المسلحين."
    assert modality_of(text, "وتحريرها") == "plan"


def test_act_joined_by_wa_to_a_reported_act_stays_asserted():
    text = "وقصفت الطائرات البلدة واشتباكات عنيفة تدور في محيطها."
    assert modality_of(text, "واشتباكات") == "asserted"


def test_present_verb_after_relative_pronoun_describes_a_group():
    text = "وانتقد النائب الجماعات المسلحة التي تقاتل الجيش في الجنوب."
    assert modality_of(text, "تقاتل") == "habitual"


def test_past_verb_after_relative_pronoun_reports_an_act():
    text = "وأعدم المسلحون عشرة من السكان الذين تظاهروا في المدينة أمس."
    assert modality_of(text, "تظاهروا") == "asserted"


def test_offer_of_a_truce_is_not_a_truce():
    text = "وعرض الوزير، فلان الفلاني، هدنة في المدينة خلال الاجتماع."
    assert modality_of(text, "هدنة") == "negotiation"


def test_name_between_commas_does_not_cut_the_clause():
    text = "ونفى الجيش، في بيان، قصف المستشفى في البلدة."
    assert modality_of(text, "قصف") == "denied"


def test_long_phrase_between_commas_still_cuts_the_clause():
    text = "ونفى المتحدث الاتهامات، وقال إن قوات المعارضة بدأت هجوما، قصف المستشفى في البلدة."
    assert modality_of(text, "قصف") == "asserted"


def test_quotes_of_two_different_titles_do_not_join_clauses():
    text = 'وخرج الآلاف في مسيرة تحت شعار "جمعة من أجل الأرض والحرية" في إطار مظاهرات "يوم الغضب" قرب الحدود.'
    assert modality_of(text, "مظاهرات") == "asserted"


def test_cause_after_ithr_is_reported_even_after_a_threat():
    text = "وتوعد زعيم الجماعة بالثأر لمقتل قائدها، الاثنين، إثر غارات جوية استهدفته في المدينة."
    assert modality_of(text, "غارات جوية") == "asserted"


def test_either_or_hedges_the_act_but_as_for_does_not():
    assert modality_of("وأفاد الطبيب بأن ركاب الحافلة إما قتلوا أو فقدوا في الانفجار.", "قتلوا") == "expected"
    assert modality_of("أما آخر المعارك فكانت قرب البلدة مع المسلحين.", "المعارك") == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وأحبطت قوات الأمن هجوما انتحاريا كان يستهدف سوقا شعبية في البلدة.", "انتحاريا"),
        ("وأحبطت قوات الأمن هجوما انتحاريا كان يستهدف سوقا شعبية في البلدة.", "يستهدف"),
        ("وتمكنت الشرطة من إفشال تفجير سيارة مفخخة قرب المحكمة.", "سيارة مفخخة"),
    ],
)
def test_thwarted_acts_are_foiled_not_reported(sentence, surface):
    assert modality_of(sentence, surface) == "foiled"


def test_failed_truce_did_not_happen():
    text = "وفشلت الهدنة الإنسانية في الصمود أكثر من ساعتين في المدينة."
    assert modality_of(text, "الهدنة الإنسانية") == "failed"


def test_failed_assault_is_reported_as_an_attempt():
    doc = Document(text="وفشل مقاتلو الجماعة وحلفاؤهم من العشائر في اقتحام البلدة بعد معارك استمرت يومين.")
    triggers.process(doc)
    storming = next(m for m in doc.of_kind("trigger") if m.text == "اقتحام")
    assert storming.attrs["modality"] == "asserted" and storming.attrs["failed_attempt"] is True


@pytest.mark.parametrize(
    ("sentence", "surface", "modality"),
    [
        ("وقال مسؤولون إن الحكومة تفكر بالانسحاب من المعبر الحدودي.", "بالانسحاب", "plan"),
        ("ورفض القائد مقترحات حول الانسحاب من التلال المطلة على البلدة.", "الانسحاب", "negotiation"),
        ("وأكد المتحدث أن مقاتلي الحركة سيلتزمون بوقف إطلاق النار في المدينة.", "بوقف إطلاق النار", "expected"),
    ],
)
def test_considered_proposed_and_promised_acts_are_not_reported(sentence, surface, modality):
    assert modality_of(sentence, surface) == modality


def test_foilers_next_act_in_the_past_tense_is_reported():
    text = "وأحبطت قوات الأمن هجوما للمسلحين وقتلت خمسة منهم قرب البلدة."
    assert modality_of(text, "هجوما") == "foiled"
    assert modality_of(text, "وقتلت") == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface", "modality"),
    [
        ("وهربت الأسر من القرى خوفا من تقدم المسلحين نحو الوادي.", "تقدم", "expected"),
        ("وتسعى الوساطة إلى تجنب هجوم واسع على المدينة.", "هجوم واسع", "expected"),
        ("وقالت الحكومة إنها تستبعد شن هجوم بري على الجزيرة.", "هجوم بري", "denied"),
        ("واعترف الموقوفون بالتخطيط لهجوم انتحاري على مركز الشرطة.", "لهجوم انتحاري", "plan"),
        ("وكانت الخلية تنوي شن هجوم على مركز للشرطة في الضاحية.", "هجوم", "plan"),
        ("وقال الأمين العام داعيا إلى هدنة فورية في الإقليم.", "هدنة", "demand"),
    ],
)
def test_feared_avoided_ruled_out_and_plotted_acts_are_not_reported(sentence, surface, modality):
    assert modality_of(sentence, surface) == modality


def test_avoiding_casualties_in_strikes_leaves_the_strikes_reported():
    text = "وطلب الإقليم من المسلحين مغادرة القرى لتفادي سقوط ضحايا في الغارات التي تشنها الطائرات."
    assert modality_of(text, "الغارات") == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface", "modality"),
    [
        ("وباتت الفصائل على وشك اقتحام الحي الشرقي من المدينة.", "اقتحام", "expected"),
        ("ومع اقتراب الجيش من تحرير البلدة فر المسلحون نحو الجبال.", "تحرير", "expected"),
        ("ووصل الوسطاء قبل المحادثات المزمع عقدها بين الجيش والمتمردين.", "المحادثات", "expected"),
        ("ورغم قرار المجلس بالدعوة إلى وقف إطلاق النار في الإقليم استمر القصف.", "وقف إطلاق النار", "demand"),
    ],
)
def test_nearing_scheduled_and_called_for_acts_are_not_reported(sentence, surface, modality):
    assert modality_of(sentence, surface) == modality


def test_strike_held_after_a_call_for_it_is_reported():
    text = "وأغلقت المتاجر أبوابها في العاصمة بعد الدعوة إلى تنظيم إضراب عام احتجاجا على القانون."
    assert modality_of(text, "إضراب") == "asserted"


def test_advance_to_be_met_is_expected_but_a_repelled_attack_is_reported():
    assert modality_of("وحفر المسلحون خنادق حول البلدة لمواجهة تقدم القوات نحوها.", "تقدم") == "plan"
    assert modality_of("وتمكنت القوات من صد هجوم المسلحين على البلدة.", "هجوم المسلحين") == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وتقع البلدة في الوادي الذي تشن فيه القوات الحكومية منذ شهر حملة عسكرية على المتمردين.", "حملة عسكرية"),
        ("وتأتي الزيارة في وقت تدور فيه معارك عنيفة بين الجيش والمتمردين في الشمال.", "معارك عنيفة"),
        ("وهي الولاية التي يخوض فيها الجيش اشتباكات مع جماعات مسلحة.", "اشتباكات"),
    ],
)
def test_act_describing_a_place_or_time_by_a_present_verb_is_not_reported(sentence, surface):
    assert modality_of(sentence, surface) == "habitual"


def test_act_after_a_past_verb_in_a_relative_clause_is_reported():
    text = "وتأتي الزيارة في وقت شن فيه الطيران غارات على مواقع المتمردين في الشمال."
    assert modality_of(text, "غارات") == "asserted"


def test_act_joined_to_a_purpose_of_movement_is_an_aim():
    text = "وتنتظر الكتائب أوامر القيادة، للزحف نحو مدينة الساحل وتحريرها من المتمردين."
    assert modality_of(text, "وتحريرها") == "plan"


def test_act_after_nearing_arrival_is_expected():
    text = "وذلك مع قرب وصول القوات الحكومية والفصائل الحليفة إلى الوادي وتحرير القرى المحيطة به."
    assert modality_of(text, "وتحرير") == "expected"


def test_act_joined_to_a_purpose_without_movement_is_reported():
    text = "وفتحت القوات ممرا للمدنيين واشتباكات عنيفة تدور في الحي الشرقي."
    assert modality_of(text, "واشتباكات") == "asserted"


def test_act_said_to_recur_daily_is_habitual():
    assert modality_of("وتتعرض القرى الحدودية لقصف يومي وغارات شبه يومية من الطيران.", "وغارات") == "habitual"


def test_act_the_speaker_does_not_want_is_not_reported():
    assert modality_of("وقال المتحدث إننا لا نريد أن تندلع اشتباكات في المدينة.", "اشتباكات") == "plan"


def test_act_offered_as_one_of_two_ways_is_not_reported():
    text = "ويسعى الجيش إلى تأمين الطريق الدولي سواء عبر اتفاقات إجلاء أو عبر حملة عسكرية."
    assert modality_of(text, "إجلاء") == "expected"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وأصدرت النيابة أمرا بالقبض على المحافظ السابق.", "بالقبض على"),
        ("وأمر قائد الشرطة باعتقال منظمي الإضراب في المدينة.", "باعتقال"),
        ("وأصدر القاضي مذكرة توقيف بحق القيادي في الحركة.", "توقيف"),
    ],
)
def test_orders_and_warrants_for_an_arrest_are_not_an_arrest(sentence, surface):
    assert modality_of(sentence, surface) == "plan"


def test_cue_written_with_a_preposition_needs_it_before_the_act():
    assert modality_of("ولوح القائد بالرد، ثم شنت قواته هجوما على البلدة.", "هجوما") == "asserted"
    assert modality_of("ولوح قائد الفصيل بشن هجوم على البلدة.", "هجوم") == "threat"


def test_running_day_count_of_a_truce_is_not_a_new_agreement():
    text = "وفي اليوم الـ12 من الهدنة في الإقليم، أفرج الطرفان عن عشرات الأسرى."
    assert modality_of(text, "الهدنة") == "habitual"
    assert modality_of("وشن الطيران اليوم 5 غارات على البلدة.", "غارات") == "asserted"


def test_denial_reaches_the_act_past_a_long_subject():
    text = "ونفى متحدث عسكري روسي رسمي استخدام القوات قنابل عنقودية في ريف حماة."
    assert modality_of(text, "قنابل") == "denied"


def test_accusation_of_an_act_does_not_report_it():
    text = "ورفضت الحكومة الاتهامات الموجهة لجيشها بقصف المستشفى في البلدة."
    assert modality_of(text, "بقصف") == "accused"


def test_condemning_the_continuation_of_fighting_is_not_a_new_act():
    assert modality_of("وأدانت الجامعة العربية بشدة استمرار المعارك في إقليم كردفان.", "المعارك") == "habitual"
    assert modality_of("ونددت المنظمة بتواصل القصف على الأحياء السكنية.", "القصف") == "habitual"
    assert modality_of('واستنكر البيان "بشدة استمرار الغارات على المدنيين".', "الغارات") == "habitual"
    # a condemnation of the act itself still names it
    assert modality_of("وأدانت الجامعة العربية المعارك في إقليم كردفان.", "المعارك") == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وسلمت سلطات الاحتلال إخطارا بهدم منزل عائلة الأسير في بلدة عرابة.", "بهدم منزل"),
        ("وأصدرت البلدية أوامر هدم لخمسة منازل في الحي.", "هدم"),
        ("ويمنح الاتفاق الجيش فرصة لاقتحام البلدة قبل الشتاء.", "لاقتحام"),
    ],
)
def test_notices_orders_and_chances_of_an_act_are_not_the_act(sentence, surface):
    assert modality_of(sentence, surface) == "plan"


def test_second_aim_joined_after_its_object_shares_the_aim():
    text = "ويحاول الجيش إيجاد فرصة لاقتحام مواقع المسلحين في الريف الغربي والسيطرة عليها."
    assert modality_of(text, "والسيطرة عليها") == "plan"


def test_act_that_has_gone_on_for_days_is_habitual():
    assert modality_of("وتتعرض مدينة دوما لقصف عنيف منذ أيام.", "لقصف") == "habitual"
    assert modality_of("وتتعرض البلدة لقصف القوات الحكومية والموالين لها منذ 9 أيام.", "لقصف") == "habitual"
    assert modality_of("وتتعرض البلدة لقصف عنيف منذ ساعات الصباح.", "لقصف") == "asserted"


def test_act_named_in_blame_is_presupposed_not_an_aim():
    text = "وفي انتقاد صريح من داخل البرلمان لقصف الجيش للأحياء الشرقية، طالب النائب بتحقيق."
    assert modality_of(text, "لقصف") == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # an expectation reaches the object of its light verb across a long subject
        ("ويرجح أن تشن القوات الحكومية، مدعومة بمروحيات قتالية، هجوما على بلدة الصفصاف.", "هجوما"),
        # a second act opening a clause of its own shares the first one's modality
        ("ومن المتوقع أن يشن الجيش هجمات على المسلحين في الوادي، بعد وصول تعزيزات إليه من الشمال، "
         "والسيطرة على التلال المحيطة.", "والسيطرة على"),
        # an act named as the subject of "أن" with a future predicate
        ("وأكد القائد أن هجوما واسعا على مواقع المتمردين، سيبدأ خلال أسبوع.", "هجوما"),
        # any future verb shortly before the act in its clause
        ("وقال الوسيط إن الطرفين سيناقشان غدا وقف إطلاق النار في الإقليم.", "وقف إطلاق النار"),
    ],
)
def test_expected_acts_reached_through_their_syntax(sentence, surface):
    assert modality_of(sentence, surface) == "expected"


def test_future_predicate_needs_a_future_verb_not_a_noun_spelled_alike():
    text = "وأفاد المصدر أن هجوما استهدف سيارة للشرطة في البلدة."
    assert modality_of(text, "هجوما") == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وأوكلت إلى الكتيبة مهمة تحرير البلدة من المسلحين.", "تحرير"),
        ("وتحدث عن مجموعات مندسة مهمتها إثارة الشغب في الساحة.", "الشغب"),
        ("وقال إن الشرطة لا تملك العناصر الكافية لتنفيذ حملات الاعتقال في الحي.", "حملات الاعتقال"),
    ],
)
def test_tasks_and_purposes_are_plans(sentence, surface):
    assert modality_of(sentence, surface) == "plan"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وتضررت مصانع المدينة جراء القتال الدائر في المنطقة.", "القتال"),
        ("وندد البيان بالتهجير الذي يمارسه المسلحون بحق القرويين.", "بالتهجير"),
    ],
)
def test_ongoing_states_and_practices_are_habitual(sentence, surface):
    assert modality_of(sentence, surface) == "habitual"


def test_doer_after_lil_shares_the_act_it_completes():
    text = "والقرى المجاورة لم تسلم من القصف الجوي للطيران الروسي خلال الشتاء."
    assert modality_of(text, "القصف الجوي") == "denied"
    assert modality_of(text, "للطيران") == "denied"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("أغار الطيران أمس على منزل العقيد منصور الشهري الذي ساهم في قصف مدينة المكلا.", "قصف"),
        ("ودفعت القيادة بالكتيبة الخامسة التي شاركت في الهجوم على بلدة القصير.", "الهجوم"),
        ("وكرّم المحافظ الجنود الذين أسهموا في اقتحام معسكر المتمردين.", "اقتحام"),
        ("وكانت آخر معركة خاضها الجيش في جبال النوبة.", "معركة"),
    ],
)
def test_part_in_an_act_told_in_a_relative_clause_recalls_it(sentence, surface):
    assert modality_of(sentence, surface) == "recalled"


def test_taking_part_in_an_act_in_a_main_clause_reports_it():
    assert modality_of("وشاركت المروحيات أمس في قصف مواقع المسلحين قرب بلدة الطيبة.", "قصف") == "asserted"


@pytest.mark.parametrize(
    "sentence",
    [
        "وتتجه الأنظار إلى نتائج المحادثات بين الحكومة والمعارضة في الدوحة.",
        "ويترقب السكان الهجوم على المدينة.",
    ],
)
def test_attention_turned_to_an_act_awaits_it(sentence):
    surface = "المحادثات" if "المحادثات" in sentence else "الهجوم"
    assert modality_of(sentence, surface) == "expected"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وأوضح القائد أن الفصيل يقوم عادة بزرع عبوات ناسفة على الطرق الجبلية.", "عبوات ناسفة"),
        ("وقال الضابط إن المتمردين يقومون بإطلاق قذائف على الأحياء لإرهاب السكان.", "قذائف"),
        ("وذكر التقرير أن الميليشيا تقوم بحملات اعتقال بحق الشبان في القرى.", "بحملات اعتقال"),
    ],
)
def test_what_a_side_does_told_in_the_present_is_its_practice(sentence, surface):
    assert modality_of(sentence, surface) == "habitual"


def test_what_a_side_did_with_the_past_light_verb_is_reported():
    text = "وقام المتمردون بإطلاق قذائف على الأحياء الشرقية للمدينة صباح الثلاثاء."
    assert modality_of(text, "قذائف") == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وبالتالي فإن السيطرة على التلة تعني قطع خطوط الإمداد عن الخصم.", "السيطرة على"),
        ("وقال الوزير إن اقتحام المدينة يعني كارثة إنسانية لسكانها.", "اقتحام"),
    ],
)
def test_an_act_as_the_subject_of_means_is_an_argument(sentence, surface):
    assert modality_of(sentence, surface) == "conditional"


def test_an_act_followed_by_what_it_means_is_reported():
    text = "وسيطر المسلحون على الجسر ما يعني قطع خطوط الإمداد عن الجيش."
    assert modality_of(text, "وسيطر") == "asserted"


def test_hold_a_relative_clause_tells_in_the_present_is_a_state_not_ground_taken():
    text = "وتتفاقم أزمة النازحين مع تمدد التنظيم الذي يفرض سيطرته على معظم مدن المحافظة."
    assert modality_of(text, "سيطرته على") == "habitual"


def test_hold_told_by_a_present_main_verb_stays_reported():
    assert modality_of("قوات الجيش تفرض سيطرتها على الحي بعد معارك عنيفة.", "سيطرتها على") == "asserted"


@pytest.mark.parametrize("verb", ["وتزامنت", "وترافقت"])
def test_definite_act_set_beside_a_new_one_is_the_act_told_before(verb):
    sentence = f"{verb} الغارات مع قصف مدفعي على مواقع المسلحين في مديرية الحدود."
    assert modality_of(sentence, "الغارات") == "recalled"
    assert modality_of(sentence, "قصف مدفعي") == "asserted"


def test_indefinite_act_set_beside_another_is_still_reported():
    assert modality_of("وتزامن هجوم على الحاجز مع قصف مدفعي على البلدة.", "هجوم") == "asserted"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وقال مسؤولون إن الحكومة مستعدة لتوجيه ضربة إلى مواقع المسلحين.", "ضربة"),
        ("وأكد القائد أن قواته على استعداد لشن هجوم على البلدة.", "هجوم"),
    ],
)
def test_a_side_ready_for_an_act_has_not_done_it(sentence, surface):
    assert modality_of(sentence, surface) == "plan"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وقتل ثلاثة جنود عندما حاولوا السيطرة على التلة قرب البلدة أمس.", "السيطرة على"),
        ("وكانت القوات حاولت استعادة القرية بعد قصف عنيف أمس.", "استعادة"),
    ],
)
def test_past_attempt_to_take_ground_is_a_failed_attempt(sentence, surface):
    doc = Document(text=sentence)
    triggers.process(doc)
    taking = next(m for m in doc.of_kind("trigger") if m.text == surface)
    assert taking.attrs["failed_attempt"] is True


def test_past_attempt_to_storm_stays_a_reported_assault():
    doc = Document(text="وكان المسلحون حاولوا اقتحام البلدة أمس.")
    triggers.process(doc)
    storming = next(m for m in doc.of_kind("trigger") if m.text == "اقتحام")
    assert not storming.attrs.get("failed_attempt")
