"""Events stage: typing by arguments, one event per place, tolls, dates, modality, background."""

import datetime as dt
import json
from pathlib import Path

import pytest

from marsad.evaluation import score
from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 6)  # a Wednesday


def events_of(text: str, published: dt.date | None = PUBLISHED):
    return extract_text(text, published=published).events


def test_reference_article_main_events_are_all_found_exactly() -> None:
    gold_line = json.loads((Path(__file__).parent / "reference_gold.jsonl").read_text(encoding="utf-8"))
    doc = extract_text(gold_line["text"], published=dt.date.fromisoformat(gold_line["published"]))
    tables = score({"ref": gold_line["events"]}, {"ref": [e.to_dict() for e in doc.events]})
    assert tables["main"].as_dict()["typed"]["f1"] == 1.0
    shajarah = next(e for e in doc.events if e.location_ar == "الشجرة")
    assert (shajarah.actor1, shajarah.inter1) == ("Military Forces of Syria (2000-)", 1)
    assert shajarah.event_date == "2018-07-30" and shajarah.geo_precision == 1


def test_state_forces_taking_listed_villages_give_one_event_per_village() -> None:
    events = events_of("وسيطرت قوات النظام السوري أمس على قرى الشجرة وعابدين ومعرية في ريف درعا الغربي.")
    regains = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert {e.location_ar for e in regains} == {"الشجرة", "عابدين", "معرية"}
    assert all(e.event_date == "2019-03-05" for e in regains)


def test_killing_civilians_is_violence_against_civilians_with_its_toll() -> None:
    events = events_of("قتل مسلحون مجهولون خمسة مدنيين في مدينة درعا اليوم.")
    assert len(events) == 1
    event = events[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.fatalities == 5 and event.inter2 == 7


def test_deaths_of_soldiers_in_an_attack_make_a_battle() -> None:
    events = events_of("قتل سبعة جنود في هجوم شنه مسلحون على حاجز قرب مدينة الرمادي أمس.")
    assert events and events[0].event_type == "Battles" and events[0].fatalities == 7


def test_air_strike_deaths_stay_with_the_strike() -> None:
    events = events_of("قتل عشرة أشخاص في غارات جوية روسية على مدينة إدلب أمس الثلاثاء.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    assert events[0].fatalities == 10 and events[0].event_date == "2019-03-05"


def test_threats_and_plans_are_not_coded() -> None:
    assert events_of("وهدد التنظيم بشن هجمات على مدينة الرقة خلال الأيام المقبلة.") == []
    assert events_of("وتعتزم القوات الحكومية اقتحام مدينة درعا الأسبوع المقبل.") == []


def test_event_months_before_publication_is_background() -> None:
    events = events_of("وفي مايو الماضي، سيطرت قوات النظام على مدينة دوما بعد معارك عنيفة.", dt.date(2019, 8, 1))
    assert events and all(e.background for e in events)
    assert events[0].time_precision == 3 and events[0].event_date == "2019-05-01"


def test_non_conflict_text_yields_nothing() -> None:
    text = "خطف المهاجم الأضواء في مباراة الأمس بعد هجوم منظم لفريقه أسفر عن ثلاثة أهداف."
    assert events_of(text) == []


def test_evidence_offsets_quote_the_raw_text() -> None:
    text = "قُتل ثلاثةُ مدنيين بقصفٍ مدفعي على بلدة جباثا الخشب أمس.\nوقال ناشطون إن القصف استمر."
    doc = extract_text(text, published=PUBLISHED)
    assert doc.events
    for event in doc.events:
        start, end = event.evidence_spans[0]
        assert doc.text[start:end] == event.evidence


def test_english_note_names_date_actor_and_place() -> None:
    events = events_of("سيطرت قوات النظام السوري أمس على بلدة عابدين في ريف درعا.")
    note = events[0].notes
    assert note.startswith("On 5 March 2019") and "Military Forces of Syria" in note and "Abidin" in note


@pytest.mark.parametrize("published", [None])
def test_without_publication_date_dates_are_null(published) -> None:
    events = events_of("قتل مسلحون خمسة مدنيين في مدينة درعا أمس.", published)
    assert events and events[0].event_date is None


def test_state_forces_abroad_are_external_where_the_event_happened() -> None:
    events = events_of("قصفت الطائرات الحربية الإسرائيلية أمس مخيم جباليا شمال قطاع غزة.")
    assert events and events[0].iso == "PS"
    assert events[0].inter1 == 8 and "Israel" in events[0].actor1


def test_wounded_are_kept_apart_from_fatalities() -> None:
    events = events_of("قتل ثلاثة مدنيين وأصيب سبعة آخرون في قصف مدفعي على بلدة المزيريب أمس.")
    assert events and events[0].fatalities == 3 and events[0].wounded == 7


def test_running_totals_and_court_rulings_are_not_events() -> None:
    assert events_of("وارتفعت حصيلة القتلى منذ بدء الحرب الدائرة في مدينة حلب إلى ألف قتيل.") == []
    assert events_of("أصدرت محكمة في مدينة طرابلس أمس حكما بإعدام عشرة أشخاص بتهمة القتل.") == []


def test_suicide_belt_is_one_suicide_bombing_not_also_an_ied() -> None:
    events = events_of("فجر انتحاري حزاما ناسفا في سوق مدينة الموصل أمس ما أدى إلى مقتل ثمانية أشخاص.")
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]


def test_air_strikes_and_shelling_in_one_sentence_stay_two_events() -> None:
    events = events_of("قتل مدني في غارات جوية وقصف مدفعي استهدف مدينة إدلب أمس.")
    assert {e.sub_event_type for e in events} == {"Air/drone strike", "Shelling/artillery/missile attack"}


def test_hashtag_names_are_read_as_words() -> None:
    from marsad.text import normalize

    assert normalize("#ميليشيا_الحوثي") == " ميليشيا الحوثي"


def test_detention_by_a_de_facto_authority_is_an_arrest() -> None:
    events = events_of("واختطف مسلحو جماعة الحوثي أمس خمسة ناشطين في مدينة صنعاء.", dt.date(2015, 8, 5))
    assert events and events[0].sub_event_type == "Arrests"


def test_unknown_armed_group_found_by_ner_becomes_the_actor() -> None:
    from marsad.document import Document
    from marsad.stages.events import unknown_armed_group

    text = "وقالت حركة أحرار الجنوب إن مقاتليها هاجموا حاجزا للجيش."
    doc = Document(text=text)
    from marsad.document import Sentence

    ref = unknown_armed_group(doc, Sentence(0, len(text), 0, 0), "SY")
    assert ref is not None and ref.inter == 2 and ref.name.startswith("حركة")


def test_the_attack_as_a_back_reference_is_not_a_new_event() -> None:
    text = "وأدان الرئيس الهجوم في مدينة حمص أمس."
    assert events_of(text) == []


def test_act_dated_only_by_an_earlier_year_is_not_coded() -> None:
    assert events_of("وقتل قائد الفصيل في غارة أمريكية على مدينة إدلب عام 2015.") == []
    assert events_of("وقتل قائد الفصيل في غارة أمريكية على مدينة إدلب في مايو 2015.")


@pytest.mark.parametrize("period", ["وفي الأسابيع الأخيرة،", "وخلال الأشهر الماضية،", "وطوال السنوات الماضية،"])
def test_operations_over_recent_weeks_are_not_one_event(period: str) -> None:
    report = "نفذت قوات الأمن حملة اعتقالات في مدينة الموصل طالت عشرات المطلوبين."
    assert [e.sub_event_type for e in events_of(report)] == ["Arrests"]  # the same act, dated by publication
    assert events_of(f"{period} {report}") == []


def test_act_right_after_since_is_recalled_context() -> None:
    events = events_of("ويعمل الطبيب في مستشفى مدينة تعز منذ توغل المسلحين فيها قبل ثلاثة أيام.")
    assert events and all(e.background for e in events)


def test_repeated_strikes_are_a_habit_not_an_event() -> None:
    assert events_of("وقصفت الطائرات الإسرائيلية مرارا مواقع عسكرية في ريف دمشق.") == []
    events = events_of("وقصفت الطائرات الإسرائيلية مواقع في ريف دمشق مرارا، وقصفت أمس مطار المزة العسكري.")
    assert len(events) == 1 and events[0].event_date == "2019-03-05"


def test_accusation_does_not_reach_a_raid_coordinated_after_a_comma() -> None:
    assert events_of("وتتهم الحكومة المسلحين بقصف بلدة خان شيخون أمس.") == []
    events = events_of("وتتهم السلطات الرجل بالتجسس، واعتقلته الشرطة في مدينة حلب أمس.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_failed_storming_is_an_armed_clash() -> None:
    events = events_of("وفشلت قوات الجيش في اقتحام بلدة كفرنبل بريف إدلب أمس رغم القصف العنيف.")
    assert ("Battles", "Armed clash") in [(e.event_type, e.sub_event_type) for e in events]


def test_foiled_suicide_attack_is_only_its_disruption() -> None:
    events = events_of("وأحبطت قوات الأمن هجوما انتحاريا كان يستهدف سوقا شعبية في مدينة كركوك أمس.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_explosions_where_a_strike_hit_are_that_strike() -> None:
    events = events_of("وقصفت طائرات حربية مستودعا للذخيرة في مدينة إدلب أمس ما أدى إلى انفجارات استمرت ساعات.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_police_detaining_protesters_is_a_protest_with_intervention() -> None:
    events = events_of("واعتقلت الشرطة عشرة متظاهرين في مدينة حلب أمس.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Protests", "Protest with intervention")]


def test_undated_hundreds_killed_is_a_running_total() -> None:
    text = "سيطر المسلحون على مدينة درنة أمس. وقتل المئات من أفراد الشرطة في مدينة درنة في هجمات متفرقة."
    assert [e.sub_event_type for e in events_of(text) if e.fatalities] == []


def test_dated_hundreds_killed_is_still_an_event() -> None:
    events = events_of("وقتل المئات من المدنيين في غارات جوية على مدينة إدلب أمس.")
    assert events and events[0].fatalities >= 100


def test_bare_bombardment_by_an_air_power_is_an_air_strike() -> None:
    events = events_of("وقصف الجيش الإسرائيلي منزلا في مخيم النصيرات وسط قطاع غزة أمس.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    events = events_of("وقصفت قوات النظام بلدة اللطامنة بريف حماة أمس.")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_the_act_answered_is_an_event_of_its_own() -> None:
    text = "وقصف مسلحو المعارضة بلدة محردة بالصواريخ أمس ردا على هجوم شنته قوات النظام على بلدة كفرزيتا."
    found = {(e.sub_event_type, e.location_ar) for e in events_of(text)}
    assert found == {("Shelling/artillery/missile attack", "محردة"), ("Armed clash", "كفرزيتا")}


def test_acts_joined_by_thumma_keep_their_own_days() -> None:
    events = events_of("وسيطر المسلحون على قرية الحمرا يوم الاثنين ثم انسحبوا منها يوم الثلاثاء.")
    days = {e.sub_event_type: e.event_date for e in events}
    assert days == {"Non-state actor overtakes territory": "2019-03-04", "Non-violent transfer of territory": "2019-03-05"}


def test_state_attack_on_an_unnamed_target_is_a_clash() -> None:
    events = events_of("وهاجمت قوات الجيش بلدة كفرزيتا بريف حماة أمس.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")]


def test_targeting_by_aircraft_is_an_air_strike_not_a_clash() -> None:
    events = events_of("واستهدفت طائرات حربية منزلا في بلدة معرة النعمان أمس.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_security_forces_killing_protesters_is_excessive_force() -> None:
    events = events_of("وقتلت قوات الأمن ثلاثة متظاهرين في ساحة التحرير ببغداد أمس.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Protests", "Excessive force against protesters")]


def test_security_forces_attacking_a_sit_in_is_an_intervention() -> None:
    events = events_of("وهاجمت قوات الأمن المعتصمين في ساحة التحرير ببغداد أمس.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Protests", "Protest with intervention")]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقالت المنظمة إن 900 طفل على الأقل قتلوا في جنوب السودان خلال النزاع.",
        "وذكر المسؤول أن أربعة آلاف مدني قتلوا في مدينة الحديدة منذ اندلاع المعارك.",
    ],
)
def test_deaths_counted_over_a_war_are_a_total(sentence: str) -> None:
    assert events_of(sentence) == []


def test_heaviest_strike_since_the_war_began_is_one_act() -> None:
    events = events_of("وتعرضت مدينة دوما أمس لأعنف قصف منذ بدء الحرب.")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_testimony_to_an_inquiry_recounts_past_acts() -> None:
    assert events_of("وقال الضابط في شهادته أمام لجنة التحقيق إن قواته انسحبت من مدينة تلعفر بعد هجمات المسلحين.") == []
    assert events_of("وقال الضابط إن قواته انسحبت من مدينة تلعفر أمس بعد هجمات المسلحين.")


def test_an_embassy_seat_is_not_where_an_act_happened() -> None:
    events = events_of("وأعلنت السفارة الفرنسية في عمان أن غارة جوية استهدفت قرية كفرنبل أمس.")
    assert [e.location_ar for e in events] == ["كفرنبل"]
    events = events_of("واستهدف هجوم صاروخي السفارة الأمريكية في بغداد أمس.")
    assert [e.location_ar for e in events] == ["بغداد"]


def test_towns_taken_under_a_deal_are_an_agreement() -> None:
    events = events_of("واستعادت القوات الحكومية أمس بلدتي الحراك والصورة بموجب اتفاق مصالحة مع الفصائل.")
    assert {(e.sub_event_type, e.location_ar) for e in events} == {("Agreement", "الحراك"), ("Agreement", "الصورة")}
    events = events_of("وسيطرت قوات النظام على بلدة الحراك أمس بعد معارك عنيفة.")
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_an_air_powers_unspecified_attack_abroad_is_an_air_strike() -> None:
    events = events_of("وهاجم الجيش الإسرائيلي عشرات المواقع في مدينة رفح خلال الليل.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_an_air_powers_ground_assault_stays_a_clash() -> None:
    events = events_of("وشن الجيش الإسرائيلي هجوما بريا على مدينة رفح أمس.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_an_act_dated_after_publication_is_not_coded() -> None:
    """A dated act still to come is scheduled or feared, not reported (EVENTS.md §2)."""
    sentence = "وقتل خمسة جنود في هجوم على حاجز قرب مدينة سرت يوم 20 مارس 2019."
    assert events_of(sentence, dt.date(2019, 3, 6)) == []
    reported = events_of(sentence, dt.date(2019, 3, 25))
    assert [e.event_date for e in reported] == ["2019-03-20"]


def test_forces_blowing_up_houses_is_property_destruction() -> None:
    events = events_of("وفجرت قوات الاحتلال منازل أربعة أسرى في بلدة يطا جنوب الخليل أمس.", dt.date(2016, 4, 12))
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_device_going_off_near_a_house_is_still_a_bombing() -> None:
    events = events_of("انفجرت عبوة ناسفة أمس قرب منزل ضابط في مدينة بعقوبة.", dt.date(2016, 4, 12))
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_operation_describing_a_region_is_not_an_event() -> None:
    text = "وتقع القرية في الوادي الذي يشن فيه الجيش منذ أسابيع عملية عسكرية ضد المتمردين قرب مدينة بعقوبة."
    assert events_of(text, dt.date(2016, 4, 12)) == []


def test_ground_taken_by_forces_fighting_for_the_state_is_regained() -> None:
    events = events_of("وسيطرت المقاومة الشعبية أمس على مدينة زنجبار بعد معارك مع الحوثيين.", dt.date(2015, 8, 9))
    assert events and {e.sub_event_type for e in events} == {"Government regains territory"}
    assert events[0].actor1 == "Popular Resistance (Yemen)"


def test_abduction_by_a_rebel_group_without_de_facto_rule_is_an_abduction() -> None:
    events = events_of("واختطف مسلحو تنظيم داعش أمس عشرين شابا من قرية الحويجة بتهمة التعامل مع الجيش.",
                       dt.date(2016, 4, 12))
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_arrest_word_by_a_rebel_group_holding_the_village_is_an_arrest() -> None:
    # a writer says "arrested" of a group's detentions where it holds the ground (ISIS in Hawija)
    events = events_of("واعتقل مسلحو تنظيم داعش أمس عشرين شابا من قرية الحويجة بتهمة التعامل مع الجيش.",
                       dt.date(2016, 4, 12))
    assert [e.sub_event_type for e in events] == ["Arrests"]


@pytest.mark.parametrize(
    "sentence",
    [
        "ووفقا للمنظمة، قتل 64 مدنيا على الأقل خلال العملية العسكرية في ريف إدلب.",
        "وقالت الهيئة إن القوات قتلت في هذه الفترة أكثر من 300 مدني في مدينة حماة.",
        "وقال نشطاء إن عدد القتلى في مدينة دوما يناهز 260 قتيلا خلال الأسبوع الماضي.",
        "وقتل الجيش بالرصاص أكثر من 40 متظاهرا، كان آخرهم شاب في بلدة عرابة.",
        "وقتلت الشرطة أكثر من 40 شخصا منذ 3 آذار في بلدة عرابة.",
    ],
)
def test_tolls_told_over_a_period_are_running_totals(sentence) -> None:
    assert events_of(sentence) == []


def test_a_dated_toll_with_a_period_word_elsewhere_is_still_an_act() -> None:
    events = events_of("قتل أربعة مدنيين أمس في قصف على مدينة حماة خلال العملية العسكرية.")
    assert events and events[0].fatalities == 4


def test_headline_line_left_in_the_body_is_not_an_event() -> None:
    text = (
        "وقال مسؤولون محليون إن الحياة عادت إلى طبيعتها في مدينة كانو.\n"
        "قوات الجيش تعتقل عشرات المشتبه بهم في ولاية بورنو\n"
        "وأضاف المسؤولون أن الأسواق فتحت أبوابها صباح اليوم."
    )
    assert events_of(text) == []


def test_people_shot_dead_at_a_protest_are_excessive_force() -> None:
    text = "وأمس، قتل أربعة شبان برصاص جنود الاحتلال قرب الحدود في بيت لاهيا، في سادس جمعة من الاحتجاجات."
    events = events_of(text)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert events[0].fatalities == 4


def test_deaths_from_fire_on_protesters_join_that_excessive_force() -> None:
    events = events_of("قالت الوزارة إن شابا لقي مصرعه في إطلاق نار من الجيش على المتظاهرين شرق مخيم البريج أمس.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Excessive force against protesters", 1)]


def test_one_catalogue_actor_under_two_names_is_one_side() -> None:
    from marsad.knowledge.actors import ActorRef
    from marsad.stages.events import same_actor

    first = ActorRef("Ansar Allah (Houthis)", 2, "YE", "houthis", "houthis", "الحوثيين")
    renamed = ActorRef("Houthi Militia (Yemen)", 2, "YE", "houthis", "houthis", "مليشيات الحوثي")
    assert same_actor(first, renamed)
    syria = ActorRef("Civilians (Syria)", 7, "SY", "generic:civilians")
    turkey = ActorRef("Civilians (Turkey)", 7, "TR", "generic:civilians")
    assert not same_actor(syria, turkey)


def test_settlers_hit_by_an_attack_are_civilians_not_a_side_in_battle() -> None:
    events = events_of("وأصيب مستوطن بجروح في عملية طعن نفذها شاب قرب مستوطنة يتسهار أمس.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]
    soldier = events_of("وقتل جندي إسرائيلي في عملية طعن نفذها شاب قرب مستوطنة يتسهار أمس.")
    assert [e.event_type for e in soldier] == ["Battles"]


def test_a_month_after_publication_never_dates_an_act_told_as_done() -> None:
    events = events_of("شنت القوات هجوما على مدينة تعز، ومن المقرر أن تبدأ المفاوضات مطلع يوليو المقبل.")
    assert events and all(e.event_date <= PUBLISHED.isoformat() for e in events)


def test_a_scheduled_act_next_month_is_not_coded() -> None:
    assert events_of("وتجري الانتخابات البرلمانية في العراق مطلع مايو المقبل وسط هجمات متوقعة.") == []


@pytest.mark.parametrize("sentence", [
    "وخلال حرب غزة الأخيرة قتل 551 طفلا فلسطينيا.",
    "وأشار التقرير إلى أثر الحرب على لبنان الأخيرة بعد مقتل 320 طفلا.",
])
def test_deaths_over_a_named_war_are_a_total(sentence: str) -> None:
    assert events_of(sentence) == []


def test_a_strike_compared_with_the_last_war_is_still_an_act() -> None:
    events = events_of("وقتل 12 شخصا في قصف على مدينة غزة أمس، وهو الأعنف منذ الحرب الأخيرة.")
    assert [e.fatalities for e in events] == [12]


def test_weekly_protests_are_habitual_but_this_weeks_dated_protest_counts() -> None:
    assert events_of("ويخرج المتظاهرون كل جمعة منذ 6 أسابيع في مدينة الخليل للمطالبة بفتح الشارع.") == []
    events = events_of("وتظاهر المئات في مدينة الخليل يوم الجمعة، ويخرج المتظاهرون كل جمعة منذ 6 أسابيع.")
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Peaceful protest", "2019-03-01")]


def test_attackers_dead_are_not_counted_among_an_attacks_civilian_victims() -> None:
    events = events_of("وقتل ستة مدنيين ومقتل ثلاثة مسلحين في هجوم على سوق في بلدة جوهر أمس.")
    assert [(e.event_type, e.fatalities) for e in events] == [("Violence against civilians", 6)]


def test_soldiers_killed_in_an_attack_still_make_a_battle_with_their_toll() -> None:
    events = events_of("قتل خمسة جنود في هجوم شنه مسلحون على ثكنة قرب مدينة بنقردان أمس.")
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 5)]


def test_a_few_dead_over_two_places_stay_whole_at_the_first_place_not_two_made_up_tolls() -> None:
    events = events_of("وشنت الطائرات 6 غارات على مواقع المسلحين في بلدتي كفرنبل وسراقب أسفرت عن مصرع عدد من المقاتلين.")
    assert [e.fatalities for e in events] == [3, 0]
    assert len({e.location for e in events}) == 2
    shared = events_of("وقتل 7 في قصف على بلدتي كفرنبل وسراقب أمس.")
    assert sorted(e.fatalities for e in shared) == [3, 4]


def test_a_car_bomb_keeps_its_type_beside_a_later_arrest() -> None:
    events = events_of("قتل دركي بانفجار سيارة مفخخة في مدينة بومرداس أمس، واعتقلت قوات الأمن ثلاثة مشتبه بهم.")
    assert sorted(e.sub_event_type for e in events) == ["Arrests", "Remote explosive/landmine/IED"]
    sought = events_of("قتل دركي بانفجار سيارة مفخخة في مدينة بومرداس أمس، وتسعى قوات الأمن إلى اعتقال المنفذين.")
    assert [e.sub_event_type for e in sought] == ["Remote explosive/landmine/IED"]


def test_a_date_describing_a_place_does_not_date_the_act() -> None:
    events = events_of("وأعلن الجيش مقتل خمسة مسلحين في اشتباكات قرب مدينة العريش التي زارها الرئيس الشهر الماضي.")
    assert [e.event_date for e in events] == ["2019-03-06"]


def test_a_relative_clause_on_the_act_still_dates_it() -> None:
    events = events_of("قتل ثلاثة جنود في الهجوم الذي وقع قرب مدينة العريش الشهر الماضي.")
    assert {e.event_date for e in events} == {"2019-02-01"}


def test_a_recent_day_in_a_relative_clause_on_the_victims_still_dates_the_act() -> None:
    events = events_of("أعدم المسلحون نحو 30 شخصا من أهالي مدينة الرقة الذين تظاهروا ضدهم أمس الأول.")
    assert {e.event_date for e in events} == {"2019-03-04"}


def test_car_bomb_blown_up_by_aircraft_is_a_strike_not_a_suicide_bombing() -> None:
    events = events_of(
        "وفجرت طائرات التحالف أمس سيارة مفخخة تابعة للتنظيم يقودها انتحاري قرب بلدة تلعفر قبل وصولها إلى الحاجز."
    )
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_car_bomb_driven_by_a_suicide_bomber_is_a_suicide_bombing() -> None:
    events = events_of("وانفجرت سيارة مفخخة يقودها انتحاري أمس عند حاجز للجيش في مدينة تلعفر.")
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]


def test_practices_named_in_a_tirade_are_not_events() -> None:
    text = "ألا يكفي الأهالي الحصار والحرق والتهجير التي يمارسها المسلحون في حمص منذ سنوات."
    assert events_of(text) == []


def test_act_credited_to_a_victim_in_a_relative_clause_adds_no_event() -> None:
    events = events_of("قتل مسلحون أمس في مدينة الضالع القيادي فارس النجار الذي شارك في الهجوم على بلدة قعطبة.")
    assert len(events) == 1 and "قعطبة" not in (events[0].location or "")


def test_attention_on_the_outcome_of_talks_is_not_an_agreement() -> None:
    assert events_of("وتتجه الأنظار إلى نتائج المحادثات بين الحكومة والمعارضة في الدوحة.") == []


def test_acts_told_as_instances_of_a_kind_are_not_one_event() -> None:
    assert events_of("وقد قتل مسلحون في حالات عدة أقاربهم في مدينة الموصل.") == []


def test_a_span_of_months_sums_arrests_even_when_a_speech_is_dated() -> None:
    said = "وقال وزير الداخلية أمس إن الشرطة اعتقلت"
    assert events_of(f"{said} أكثر من ألف مطلوب في مدينة الموصل خلال حملة استمرت عشرة أشهر.") == []
    assert [e.sub_event_type for e in events_of(f"{said} عشرة مطلوبين في مدينة الموصل.")] == ["Arrests"]
