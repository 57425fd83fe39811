"""NUMBERS stage: number parsing, skipped non-counts and casualty roles."""

from __future__ import annotations

import datetime as dt

import pytest
from support import number_mentions as run

from marsad.knowledge.lexicons import number_lexicon
from marsad.pipeline import extract_text
from marsad.stages import numbers
from marsad.text import normalize

REFERENCE = (
    "وشنّ التنظيم الأربعاء الماضي، انطلاقاً من نقاط وجوده في البادية، هجوماً واسعاً على محافظة "
    "السويداء قتل خلاله أكثر من 250 شخصاً قبل أن يختطف المتطرفون 30 سيدة وطفلا من إحدى قرى ريف "
    "المحافظة الشرقي."
)




@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("أكثر من 250", 250), ("نحو مائة", 100), ("الـ30", 30), ("٢٥٠", 250), ("مائتين وخمسين", 250),
        ("مئتان وخمسون", 250), ("خمسة آلاف", 5000), ("ثلاثمائة", 300), ("ثلاث مئة", 300),
        ("أحد عشر", 11), ("اثنتا عشرة", 12), ("خمسةٌ وعشرون", 25), ("ثلاثين", 30), ("ثلاثون", 30),
        ("اثنتين", 2), ("عشر", 10), ("قرابة 100", 100), ("حوالي 15", 15), ("ما لا يقل عن 20", 20),
        ("زهاء ألف", 1000), ("ألفين", 2000), ("3 آلاف", 3000), ("ألف وخمسمائة", 1500),
        ("خمسين ألفاً", 50000), ("عشرات", 10), ("مئات", 100), ("آلاف", 1000), ("عدد من", 3),
        ("عدة", 3), ("بعض", 3), ("عشرات الآلاف", 10000), ("1,500", 1500), ("١٬٢٠٠", 1200),
        ("العديد من", 3), ("الكثير من", 3), ("كثيرون", 3),
    ],
)
def test_parse_number_reads_digits_words_and_vague_quantities(phrase: str, value: int) -> None:
    assert numbers.parse_number(phrase) == value


@pytest.mark.parametrize("phrase", ["الاثنين", "الأحد", "أحد", "قتلى", ""])
def test_parse_number_rejects_weekdays_and_non_numbers(phrase: str) -> None:
    assert numbers.parse_number(phrase) is None


def test_reference_sentence_gives_250_killed_and_30_abducted() -> None:
    found = {m.value: m for m in run(REFERENCE)}
    assert found[250].attrs["role"] == "killed"
    assert found[250].attrs["qualifier"] == normalize("أكثر من")
    assert found[250].attrs["fatalities_text"] == "أكثر من 250 شخصاً"
    assert found[30].attrs["role"] == "abducted"


def test_killed_and_wounded_counts_in_one_sentence_get_their_own_roles() -> None:
    found = {m.value: m.attrs["role"] for m in run("أسفرت الغارة عن مقتل 7 فلسطينيين وإصابة 250 آخرين.")}
    assert found == {7: "killed", 250: "wounded"}


def test_number_word_after_death_verb_with_trailing_qualifier() -> None:
    (mention,) = run("لقي ثلاثة لاجئين مصرعهم في القصف، بينهم 4 على الأقل من النساء")[:1]
    assert (mention.value, mention.attrs["role"]) == (3, "killed")


def test_arrests_and_evacuations_are_not_deaths() -> None:
    found = {m.value: m.attrs["role"] for m in run(
        "اعتقلت قوات الأمن 60 شخصا.\nوتجري مفاوضات لإجلاء نحو مائة مقاتل.")}
    assert found == {60: "arrested", 100: "evacuated"}


def test_definite_digits_after_abducted_noun() -> None:
    (mention,) = run("مقابل إطلاق التنظيم المختطفين الـ30 من المحافظة")
    assert (mention.value, mention.text, mention.attrs["role"]) == (30, "الـ30", "abducted")


def test_range_keeps_both_ends_and_the_low_value() -> None:
    (mention,) = run("قتل بين 10 و15 مسلحا في الاشتباكات")
    assert (mention.value, mention.attrs["low"], mention.attrs["high"]) == (10, 10, 15)
    (mention,) = run("سقط 10 إلى 15 قتيلا")
    assert (mention.attrs["low"], mention.attrs["high"], mention.attrs["role"]) == (10, 15, "killed")


def test_vague_count_before_death_noun() -> None:
    (mention,) = run("اندلعت مواجهات خلفت عشرات القتلى في صفوف المسلحين")
    assert (mention.value, mention.attrs["vague"], mention.attrs["role"]) == (10, True, "killed")


def test_many_killed_with_no_number_count_as_several() -> None:
    # "many" names no number: it reads at the lowest, like "عدد من" (EVENTS.md section 4)
    (mention,) = run("قتل العديد من المدنيين في القصف")
    assert (mention.value, mention.attrs["vague"], mention.attrs["role"]) == (3, True, "killed")


@pytest.mark.parametrize(
    "text",
    [
        "قتل شاب عمره 20 عاما في المدينة",
        "خطف مسلحون فتى في الـ16 من عمره من أمام مدرسته",
        "قتلت شابة في 22 من العمر برصاص قناص",
        "أصيب طفل لم يتجاوز 9 ربيعا",
        "وقع الهجوم في 25 يوليو 2018 في المدينة",
        "منذ عام 2011 والحرب مستمرة",
        "بدأ وقف إطلاق النار الساعة 19,00 مساء السبت",
        "ارتفعت الأسعار 30% خلال الشهر",
        "دفعت الحكومة 500 دولار لكل أسرة",
        "في اليوم الـ258 من الحرب",
        "قتل الجنود قبل ثلاثة أيام",
    ],
)
def test_years_dates_ages_times_money_and_ordinals_are_skipped(text: str) -> None:
    assert [m for m in run(text) if not m.attrs["implicit"]] == []


def test_death_without_number_counts_three_or_one() -> None:
    (plural,) = run("أدى القصف إلى سقوط قتلى وجرحى بين المدنيين")
    assert (plural.value, plural.attrs["role"], plural.attrs["vague"]) == (3, "killed", True)
    (single,) = run("قصف الطيران المخيم وسط أنباء عن سقوط شهيد")
    assert single.value == 1
    (implied,) = run("أدى القصف إلى سقوط قتلى")
    assert implied.attrs["implicit"] and implied.value == 3


def test_no_implicit_death_when_negated_named_or_counted() -> None:
    assert run("لم يسفر الانفجار عن وقوع قتلى") == []
    assert run("أعلنت كتائب شهداء الأقصى مسؤوليتها عن العملية") == []
    assert not any(m.attrs["implicit"] for m in run("سقط 5 قتلى في الهجوم"))


def test_offsets_point_into_raw_text_with_diacritics() -> None:
    text = "قُتِلَ خمسةٌ وعشرونَ شخصاً"
    (mention,) = run(text)
    assert mention.value == 25
    assert text[mention.start:mention.end] == "خمسةٌ وعشرونَ"


def test_lexicon_entries_are_stored_normalized() -> None:
    lex = number_lexicon()
    for form in list(lex.words) + [w for phrase in lex.qualifiers.items for w in phrase]:
        assert form == normalize(form)
    assert "مايه" in lex.words  # مائة, folded like the text it must match


def test_subset_counts_are_marked_and_keep_the_role() -> None:
    found = run("أسفر القصف عن مقتل 10 أشخاص بينهم 3 أطفال")
    assert [(m.value, m.attrs["role"], m.attrs["subset"]) for m in found] == [
        (10, "killed", False), (3, "killed", True)]


def test_bare_count_after_muqabil_takes_the_previous_role() -> None:
    found = run("سقوط عشرة قتلى في صفوف الفصائل، مقابل سبعة في صفوف القوات")
    assert [(m.value, m.attrs["role"]) for m in found] == [(10, "killed"), (7, "killed")]


def test_dual_noun_counts_two_without_double_counting_the_number_word() -> None:
    found = run("أشار المرصد إلى مقتل عنصرين اثنين من الوحدات")
    assert [(m.value, m.attrs["role"]) for m in found] == [(2, "killed")]


def test_validator_rejects_a_form_with_two_values() -> None:
    from marsad.knowledge.lexicons import LexiconError, _value_map

    with pytest.raises(LexiconError):
        _value_map({3: ["ثلاثة"], 4: ["ثلاثة"]}, "test", 1, 10)
    with pytest.raises(LexiconError):
        _value_map({0: ["صفر"]}, "test", 1, 10)


def test_counts_of_things_take_no_casualty_role() -> None:
    found = run("دمرت الغارة 15 منزلا وقتلت امرأتين")
    assert [(m.value, m.attrs["role"]) for m in found] == [(15, None), (2, "killed")]


def test_waw_joins_a_range_only_after_bayna() -> None:
    found = run("أسفر الهجوم عن مقتل 10 و15 جريحا")
    assert [(m.value, m.attrs["high"]) for m in found] == [(10, 10), (15, 15)]


@pytest.mark.parametrize(
    "sentence",
    [
        "خلفت الغارات على المدينة حتى الآن 1200 قتيل",
        "كشف المجلس عن مقتل ثلاثة آلاف مدني منذ بدء العمليات العسكرية",
        "سقط عشرون قتيلا في القصف ليرتفع بذلك إلى 340 عدد القتلى في المحافظة",
    ],
)
def test_running_totals_are_not_the_toll_of_one_act(sentence: str) -> None:
    largest = max(run(sentence), key=lambda mention: mention.value)
    assert largest.attrs["role"] == "total"


def test_a_toll_before_a_running_total_keeps_its_role() -> None:
    found = run("قتل 12 شخصا في الانفجار ليرتفع بذلك إلى 90 عدد الضحايا هذا الشهر")
    assert [(m.value, m.attrs["role"]) for m in found] == [(12, "killed"), (90, "total")]


def test_an_updated_toll_of_one_act_stays_a_toll() -> None:
    found = run("ارتفعت حصيلة قتلى التفجير في السوق إلى 45 قتيلا")
    assert [(m.value, m.attrs["role"]) for m in found] == [(45, "killed")]


# -- deaths read through the subject, implicit tolls, moved remains ----------------
def test_a_count_before_a_fate_word_across_a_comma_is_a_death_count() -> None:
    found = run("لقي عشرات من مقاتلي الفصيل، مصرعهم في كمين قرب الحدود")
    assert [(m.value, m.attrs["role"]) for m in found] == [(10, "killed")]


def test_a_fate_word_after_another_subject_leaves_an_earlier_count_alone() -> None:
    found = run("وصل 40 عنصرا إلى البلدة، ولقي أحدهم حتفه")
    assert (found[0].value, found[0].attrs["role"]) == (40, None)


@pytest.mark.parametrize(
    "sentence",
    ["نفذت المجموعة هجوما قتل وجرح فيه جنود", "وقالت الحركة إنها قتلت طاقم مدرعة بعد استهدافها"],
)
def test_people_killed_without_a_number_count_three(sentence: str) -> None:
    assert [(m.value, m.attrs["role"]) for m in run(sentence)] == [(3, "killed")]


def test_definite_people_after_a_death_word_are_not_a_toll() -> None:
    assert run("ندد البيان بقتل المدنيين") == []


@pytest.mark.parametrize(
    "sentence", ["بدأت عملية تبادل جثث المقاتلين بين الطرفين", "جرى تسليم رفات الجنود عبر المعبر"],
)
def test_bodies_exchanged_or_handed_over_are_not_deaths_of_the_act(sentence: str) -> None:
    assert [m for m in run(sentence) if m.attrs["role"] == "killed"] == []


def test_each_stretch_of_a_sentence_keeps_its_own_implicit_toll() -> None:
    found = run("هاجم المسلحون حاجزا قتل فيه جنود، كما قصفت الطائرات قرية مجاورة ما أدى إلى سقوط شهيد")
    assert [m.value for m in found] == [3, 1]
    assert [m.value for m in run("أسفر القصف عن سقوط قتلى وشهداء")] == [3]


# -- a toll goes to the act it describes (events stage) -----------------------------
def tolls(text: str) -> dict[str, int]:
    """Sub-type -> fatalities of the events extracted from one article."""
    doc = extract_text(text, published=dt.date(2019, 3, 6))
    return {event.sub_event_type: event.fatalities for event in doc.events}


def test_an_execution_toll_is_not_also_the_protest_toll() -> None:
    found = tolls("أعدم مسلحو التنظيم نحو 20 شخصا من أبناء بلدة الميادين الذين تظاهروا ضد حكمهم أمس.")
    assert found == {"Attack": 20, "Peaceful protest": 0}


def test_one_toll_for_two_kinds_of_strike_goes_to_the_nearest() -> None:
    found = tolls("قُتل شخص واحد على الأقل وأصيب خمسة في سلسلة من الغارات الجوية والقصف المدفعي على مدينة إدلب اليوم.")
    assert found == {"Air/drone strike": 1, "Shelling/artillery/missile attack": 0}


def test_each_act_keeps_the_toll_of_its_own_stretch_of_the_clause() -> None:
    found = tolls(
        "قال ناشطون إن القوات الحكومية شنت هجوما على بلدة اللطامنة قتل خلاله 6 مسلحين، "
        "فيما قتل 4 مدنيين في انفجار عبوة ناسفة في مدينة حماة أمس."
    )
    assert found == {"Armed clash": 6, "Remote explosive/landmine/IED": 4}


def test_one_toll_for_several_places_is_shared_out_first_named_first() -> None:
    doc = extract_text("قتل سبعة مدنيين في قصف مدفعي على بلدتي كفرنبل ومعرة النعمان أمس.", published=dt.date(2019, 3, 6))
    assert [(e.location_ar, e.fatalities) for e in doc.events] == [("كفرنبل", 4), ("معرة النعمان", 3)]


# -- one person, duals, definite death words -------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "أعلنت الشرطة مقتل شرطي في هجوم على حاجز قرب مدينة كركوك.",
        "قتل طفل وأصيب ثلاثة آخرون في قصف على بلدة جسر الشغور.",
        "أكدت الحركة استشهاد القيادي فيها خالد العمر برصاص قناص.",
        "أفاد ناشطون بمقتل أحد عناصر الفصائل بانفجار لغم.",
    ],
)
def test_one_person_named_after_a_killing_word_counts_one(sentence: str) -> None:
    killed = [m for m in run(sentence) if m.attrs["role"] == "killed"]
    assert [m.value for m in killed] == [1]


def test_the_killers_after_an_active_assassination_verb_are_not_the_toll() -> None:
    # The gunmen are the subject; the one official they assassinated is the toll.
    killed = [m for m in run("اغتال مسلحون مجهولون مسؤولا محليا في مدينة درعا.") if m.attrs["role"] == "killed"]
    assert [(m.value, m.text) for m in killed] == [(1, "مسؤولا")]


@pytest.mark.parametrize("sentence", ["لقي رجلان مصرعهما في انفجار بمدينة الباب.", "شيع الأهالي جثمان فتيين قتلا بقصف."])
def test_dual_death_words_count_two_and_outweigh_a_body_word(sentence: str) -> None:
    assert [m.value for m in run(sentence) if m.attrs["role"] == "killed"] == [2]


@pytest.mark.parametrize(
    "sentence",
    ["ولم تعرف بعد هوية القتلى في المدينة.", "وهي الجهة التي اغتالت الشهيد سامر الحسن قبل سنوات."],
)
def test_a_definite_death_word_refers_back_and_gives_no_toll(sentence: str) -> None:
    assert not [m for m in run(sentence) if m.attrs["role"] == "killed"]


def test_a_definite_death_word_counted_after_a_quantity_still_counts() -> None:
    assert [m.value for m in run("وسقط خلال المواجهات في بلدة سلوان العديد من القتلى.")] == [3]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("وقع انفجار في سوق المدينة راح ضحيته 6 مدنيين.", 6), ("شنت طائرات غارات حصدت أرواح 9 أشخاص.", 9)],
)
def test_victim_and_lives_phrases_are_death_cues(sentence: str, value: int) -> None:
    assert [(m.value, m.attrs["role"]) for m in run(sentence)] == [(value, "killed")]


def test_people_displaced_are_not_deaths() -> None:
    found = run("تسببت المعارك في سقوط عدد من الضحايا وتشريد الآلاف.")
    assert [(m.value, m.attrs["role"]) for m in found] == [(3, "killed"), (1000, "evacuated")]


def test_fast_paths_give_the_same_counts_as_full_parsing() -> None:
    """Sentences skipped before tokenizing hold no number start and no death word."""
    for sentence in ("زار الوزير المدينة وتفقد المشاريع.", "ما زالت المدارس مغلقة."):
        words = numbers._token_re().findall(normalize(sentence))
        assert not any(numbers._may_be_core(w) or numbers._may_imply_death(w) for w in words)
        assert run(sentence) == []


def test_deaths_told_with_their_own_killing_before_the_act_are_not_its_toll() -> None:
    found = tolls(
        "وقال ضباط إن قوات الجيش شنت عملية عسكرية على قرى غرب كركوك تمكنت خلالها من قتل 8 مسلحين، "
        "وأفادوا بمقتل 4 مدنيين في تفجير انتحاري في سوق تلعفر أمس."
    )
    assert found == {"Suicide bomb": 4}


def test_a_death_count_too_large_for_one_act_is_a_total() -> None:
    found = run("وحذرت المنظمة من اتساع الحرب التي أودت بحياة أكثر من 400 ألف شخص.")
    assert [(m.value, m.attrs["role"]) for m in found] == [(400000, "total")]


def test_cheap_word_tests_never_reject_a_cue_or_a_number_word() -> None:
    """The prefilters before clitic stripping are necessary conditions only."""
    lex = number_lexicon()
    cues = [prefix + "ه" for prefix, _ in lex.role_prefixes] + list(lex.role_words)
    for clitic in ("", "و", "ب", "وبال", "لل"):
        for cue in cues:
            assert numbers._may_be_cue(clitic + cue)
        for word in lex.words:
            if numbers._word(clitic + word) is not None:
                assert numbers._may_be_core(clitic + word)


@pytest.mark.parametrize(
    "sentence",
    ["قتلت الشرطة ما لا يقل عن 60 محتجا خلال مظاهرات في المدينة منذ 12 يناير الماضي.",
     "قتل 40 شخصا في الغارات على المدينة منذ أسبوعين."],
)
def test_deaths_counted_since_a_day_or_over_weeks_are_a_total(sentence: str) -> None:
    assert [m.attrs["role"] for m in run(sentence)] == ["total"]


def test_deaths_a_few_days_ago_are_one_acts_toll() -> None:
    assert [m.attrs["role"] for m in run("قتل 3 جنود في هجوم على حاجز قرب مدينة حلب قبل يومين.")] == ["killed"]


def test_deaths_since_this_morning_are_the_days_toll() -> None:
    assert [m.attrs["role"] for m in run("قتل 12 شخصا في قصف على المدينة منذ فجر اليوم.")] == ["killed"]


def test_a_death_beside_an_arrest_is_the_violent_acts_toll() -> None:
    found = tolls(
        "اعتقلت قوات الأمن أربعة مطلوبين في مدينة الحديدة أمس، وكانت الاشتباكات في المدينة قد أسفرت عن مقتل شرطي."
    )
    assert found == {"Arrests": 0, "Armed clash": 1}


def test_an_arrest_takes_no_deaths_from_its_own_clause() -> None:
    found = tolls("اعتقلت قوات الأمن أفراد خلية مسلحة في مدينة الزرقاء الخميس في عملية دهم راح ضحيتها شرطي.")
    assert found == {"Arrests": 0}


def test_at_least_between_commas_does_not_cut_a_count_from_its_death_verb() -> None:
    found = run("أكد مصدر أمني أن 9 من عناصر الحرس، على الأقل، قتلوا في كمين قرب بلدة الرمادي.")
    assert [(m.value, m.attrs["role"]) for m in found] == [(9, "killed")]


def test_a_count_is_the_subject_of_a_plural_death_verb_later_in_its_clause() -> None:
    found = run("قال الجيش إن 40 مقاتلا من الحركة المسلحة في الجبال الشمالية قتلوا أمس.")
    assert [(m.value, m.attrs["role"]) for m in found] == [(40, "killed")]


def test_a_count_of_things_is_never_the_subject_of_a_death_verb() -> None:
    found = run("قال الأهالي إن 12 منزلا من منازل القرية الشرقية دمرت والذين قتلوا فيها كثر.")
    assert [m.attrs["role"] for m in found if m.value == 12] == [None]


def test_a_cue_joined_to_the_next_count_leaves_the_earlier_count_its_own_cue() -> None:
    found = run("قتل في الاشتباك جندي واحد وأصيب 12 آخرون قرب الحدود")
    assert [(m.value, m.attrs["role"]) for m in found] == [(1, "killed"), (12, "wounded")]
    assert found[0].attrs["fatalities_text"] == "واحد"


def test_a_count_is_the_subject_of_a_fate_verb_and_its_death_word_later_in_its_clause() -> None:
    found = run("وكان نحو 30 مقاتلا من الفصيل المسلح قد لقوا حتفهم في الكمين")
    assert [(m.value, m.attrs["role"]) for m in found] == [(30, "killed")]


def test_one_person_before_a_singular_death_verb_is_one_death() -> None:
    found = run("أفادت الشرطة بأن امرأة قتلت في القصف على السوق")
    assert [(m.value, m.attrs["role"], m.attrs["implicit"]) for m in found] == [(1, "killed", True)]


def test_a_nurse_or_paramedic_killed_is_one_death() -> None:
    assert [m.value for m in run("أعلنت الوزارة مقتل ممرضة في قصف على المستشفى الميداني")] == [1]
    assert [m.value for m in run("وقتلت المسعفة في غارة على البلدة")] == [1]


def test_a_death_word_opening_a_quoted_name_is_not_a_toll() -> None:
    assert run('انضم الشاب إلى فصيل يحمل اسم "شهداء الوادي" قبل عامين') == []


def test_a_count_glued_to_min_is_read_as_a_number() -> None:
    found = run("أسفرت الحرب عن مقتل أكثر من250 ألف شخص")
    assert [(m.value, m.attrs["role"]) for m in found] == [(250000, "total")]


def test_token_offsets_match_the_token_pattern() -> None:
    sentence = normalize("قال (المصدر): إن 12 شخصًا قُتلوا في 3/4/2019، و«الـ5» الآخرون   جُرحوا!")
    tokens = numbers._tokens(sentence)
    matches = list(numbers._token_re().finditer(sentence))
    assert tokens.texts == [m.group() for m in matches]
    assert list(zip(tokens.starts, tokens.ends, strict=True)) == [m.span() for m in matches]
    assert numbers._tokens("").texts == []


def test_validator_rejects_role_prefixes_the_stage_cannot_index() -> None:
    from marsad.knowledge.lexicons import LexiconError, _role_prefix

    assert _role_prefix("قتل") == "قتل"
    with pytest.raises(LexiconError):
        _role_prefix("ق")
    with pytest.raises(LexiconError):
        _role_prefix("القتل")


def test_a_cue_right_after_an_earlier_count_is_that_counts_noun() -> None:
    found = run("ارتفعت الحصيلة في المحافظة إلى 80 قتيلا و140 جريحا")
    assert [(m.value, m.attrs["role"]) for m in found] == [(80, "killed"), (140, "wounded")]


def killed(text: str) -> list[tuple[int, bool]]:
    """(value, implicit) of the counts of people killed in one sentence."""
    return [(m.value, m.attrs["implicit"]) for m in run(text) if m.attrs["role"] == "killed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "قتل جنود روس مزارعا قرب حقله شرقي البلدة",
        "وقتل مسلحون مجهولون صحفيا عراقيا أمام منزله",
        "قتل عناصر من الميليشيا مدنيا على الطريق الدولي",
        "قتل جنود أتراك لاجئا حاول عبور الحدود",
    ],
)
def test_a_plural_subject_of_a_killing_verb_is_the_killers_and_its_object_the_one_killed(sentence: str) -> None:
    assert killed(sentence) == [(1, True)]


def test_a_plural_after_a_killing_verb_with_no_object_is_the_killed() -> None:
    assert killed("قتل جنود في انفجار عبوة ناسفة على طريق الإمداد") == [(3, True)]
    assert killed("قتل جنود تركيا في الهجوم على القاعدة") == [(3, True)]


def test_a_count_after_the_killers_is_the_number_killed() -> None:
    assert killed("قتلت قوات الشرطة أربعة مهربين في اشتباك على الحدود") == [(4, False)]


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("سقط 35 شخصا بين قتيل وجريح في انفجار السوق المركزي", 35),
        ("وأوقع الكمين 9 من أفراد الدورية بين قتيل ومصاب", 9),
    ],
)
def test_a_count_of_killed_or_wounded_is_not_a_death_toll(sentence: str, hit: int) -> None:
    found = run(sentence)
    assert [(m.value, m.attrs["role"]) for m in found if not m.attrs["implicit"]] == [(hit, "wounded")]
    assert killed(sentence) == [(3, True)]


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("وأوقعت الكتيبة عناصر الدورية بين قتيل وجريح بعبوة ناسفة", 3),
        ("سقط شخصان بين قتيل وجريح في الانفجار", 1),
        ("سقط ثلاثة بين قتيل وجريح في الانفجار", 2),
    ],
)
def test_killed_or_wounded_with_no_number_of_dead_is_a_death_with_no_number(sentence: str, dead: int) -> None:
    assert killed(sentence) == [(dead, True)]


def test_killed_or_wounded_in_a_running_total_counts_no_death() -> None:
    assert killed("ومنذ بداية الحرب سقط آلاف المقاتلين بين قتيل وجريح") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "اغتيل في طرابلس قبل ثلاثة أيام الضابط المتقاعد",
        "قتل بالقرب من السياج الحدودي أمس شاب من القرية",
        "استشهد في مدينة الخليل صباح الاثنين مسعف متطوع",
    ],
)
def test_a_place_or_date_between_the_killing_word_and_its_person_still_counts_one(sentence: str) -> None:
    assert killed(sentence) == [(1, True)]


def test_a_person_after_a_preposition_is_the_place_not_the_victim() -> None:
    # The one killed is the passive verb's subject (numbers_companions tests), never the word after "في".
    for sentence in ("الذي قتل في إحدى غارات الطيران شهر أيار", "قتل في الهجوم الذي نفذه مسلح على الحاجز"):
        assert [(m.text, m.value) for m in run(sentence) if m.attrs["role"] == "killed"] == [("قتل", 1)]


def roles(text: str) -> list[tuple[int, str | None]]:
    """(value, role) of the counts with a number in one sentence."""
    return [(m.value, m.attrs["role"]) for m in run(text) if not m.attrs["implicit"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("أعلنت الشرطة مقتل 6 من أفراد العصابة و4 من المارة في تبادل إطلاق النار", [(6, "killed"), (4, "killed")]),
        ("لقي 8 جنود و 3 مدنيين مصرعهم في الكمين", [(8, "killed"), (3, "killed")]),
        ("أسفر القصف عن إصابة 12 من السكان و5 من عمال الإغاثة", [(12, "wounded"), (5, "wounded")]),
        ("قتل 4 أشخاص وأصيب 9 آخرون في الانفجار", [(4, "killed"), (9, "wounded")]),
        ("قتل 7 أفراد من عائلة واحدة في الغارة", [(7, "killed"), (1, None)]),
    ],
)
def test_a_count_joined_by_and_shares_the_role_of_the_count_before(sentence: str, expected: list) -> None:
    assert roles(sentence) == expected


def test_a_count_joined_by_and_after_a_subset_is_part_of_it_too() -> None:
    found = run("مقتل 9 أشخاص بينهم 3 أطفال و2 من النساء")
    assert [(m.value, m.attrs["role"], m.attrs["subset"]) for m in found] == [
        (9, "killed", False), (3, "killed", True), (2, "killed", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "قتل دركي في كمين نصبه مسلحون",
        "أعلنت المديرية مقتل عريف خلال دورية ليلية",
        "استشهاد مسعف أثناء نقل الجرحى",
        "اغتيال طيار متقاعد أمام منزله",
        "مقتل صياد بنيران خفر السواحل",
    ],
)
def test_one_security_rank_or_profession_after_a_killing_word_counts_one(sentence: str) -> None:
    assert killed(sentence) == [(1, True)]


def test_a_known_martyr_named_again_with_his_rank_counts_nothing() -> None:
    assert killed("أقيمت صلاة الغائب على الشهيد العريف سالم") == []


def test_a_fate_word_after_the_person_already_counted_is_the_same_death() -> None:
    assert killed("جريمة اغتيال قاض في المدينة، وقد لقي القاضي مصرعه برصاص مجهولين") == [(1, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "وكانت الحصيلة مقتل (14) شخصا في التفجير",
        "قام المسلحون بإعدام معتقلين (9 معتقلين) رميا بالرصاص",
    ],
)
def test_a_count_in_brackets_takes_the_killing_cue_before_the_bracket(sentence: str) -> None:
    assert [value for value, implicit in killed(sentence) if not implicit] == [int(
        next(word for word in sentence.replace("(", " ").replace(")", " ").split() if word.isdigit()))]


def test_a_cue_right_after_the_closing_bracket_is_the_counts_own() -> None:
    assert roles("وخلف الهجوم (8) قتلى و(30) جريحا") == [(8, "killed"), (30, "wounded")]


def test_a_bracketed_percentage_is_not_a_toll() -> None:
    assert killed("وكانت نسبة القتلى بين المدنيين (40) في المئة") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("أعدمت الجماعة المسلحة في ساحة البلدة القديمة 23 رجلا", 23),
        ("وقتل الجيش في نهاية الشهر الماضي 17 مسلحا قرب الحدود", 17),
        ("إعدام 5 أشخاص في السجن المركزي", 5),
    ],
)
def test_an_execution_or_killing_verb_before_a_long_subject_reaches_its_victims(sentence: str, value: int) -> None:
    assert roles(sentence) == [(value, "killed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "قتلت أثناء ذهابها إلى السوق لشراء بعض الخضار",
        "المدنيين الذين قتلوا نتيجة القصف خلال الشهر بلغوا 640 شخصا",
        "ساهم في قتل قائد التنظيم وشقيقه ونجله الأكبر وسلم 4 من رفاقه",
    ],
)
def test_a_far_count_after_a_noun_plural_or_vague_killing_word_is_not_its_victims(sentence: str) -> None:
    assert [value for value, implicit in killed(sentence) if not implicit] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "ارتكبت الميليشيا مجزرة في القرية الجبلية",
        "ارتكب الطيران مذبحة بسوق الخضار",
        "وقعت مجزرة جديدة في الحي الشرقي",
    ],
)
def test_a_massacre_with_no_number_is_a_death_with_no_number(sentence: str) -> None:
    assert killed(sentence) == [(3, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "أحيا السكان ذكرى مجزرة حلبجة",
        "أدانت الحكومة المجزرة التي وقعت في القرية",
        "حذر الوزير من أن اقتحام المدينة سيكون مذبحة",
        "تريثت القوات في الهجوم خوفا من وقوع مجزرة بحق الرهائن",
        "لم تقع مجزرة في البلدة بفضل الوساطة",
    ],
)
def test_a_massacre_named_told_again_feared_or_negated_counts_nothing(sentence: str) -> None:
    assert killed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "قال الدفاع المدني إن الغارة على بلدة كفرنبل لم توقع ضحية واحدة.",
        "سقطت القذيفة قرب معبر رفح دون سقوط قتيل واحد.",
        "لم يسفر انفجار العبوة في الموصل عن سقوط أي قتيل أو جريح.",
    ],
)
def test_negated_single_toll_is_no_casualty(sentence: str) -> None:
    assert not [m for m in run(sentence) if m.attrs["role"] in {"killed", "wounded"}]


def test_toll_after_exceptive_still_counts() -> None:
    found = run("لم يقتل في الاشتباك سوى شرطي واحد في مدينة سرت.")
    assert [(m.value, m.attrs["role"]) for m in found] == [(1, "killed")]
