"""Genre stage: commentary holds its undated acts to a stricter standard; reports are untouched."""

import datetime as dt
from types import SimpleNamespace

import pytest
from support import joined_sentences

from marsad.document import Event, Mention
from marsad.errors import KnowledgeError
from marsad.knowledge import genre as genre_data
from marsad.pipeline import extract_text
from marsad.stages import genre
from marsad.text import normalize

PUBLISHED = dt.date(2019, 3, 6)  # a Wednesday
STRIKE = "وقد قصفت الطائرات الحربية مدينة حمص وقتلت عشرات المدنيين."
# An op-ed of our own: the author's voice, no attribution, no dates.
OP_ED = [
    "لا شك أن المشهد في المنطقة بات أكثر تعقيدا مما نتصور.",
    "نحن أمام مرحلة جديدة من الصراع، ولعل أهم ملامحها غياب الثقة بين الأطراف.",
    "في الماضي كانت الخلافات تحل بالحوار، أما السلاح فصار اللغة الوحيدة.",
    STRIKE,
    "ينبغي علينا أن نسأل: من المستفيد من هذا الخراب؟",
    "ربما يكون الجواب أبسط مما نعتقد.",
    "فالشعوب تدفع الثمن، والقادة يتفاوضون في الفنادق.",
    "ولا بد من صوت عاقل يوقف هذا النزيف.",
]
# A report of our own: every sentence attributes what it tells.
REPORT = [
    "قال مسؤولون محليون إن الطائرات الحربية قصفت أحياء في مدينة حمص.",
    "وأفادت مصادر طبية بأن القصف أدى إلى سقوط ضحايا.",
    STRIKE,
    "وأكد مراسل محلي أن سيارات الإسعاف نقلت الجرحى إلى المستشفيات.",
    "وذكر بيان للدفاع المدني أن فرقه تبحث عن ناجين.",
    "وأضاف البيان أن عدد الضحايا مرشح للارتفاع.",
]


def strike_events(lines: list[str]) -> list[Event]:
    doc = extract_text("\n".join(lines), published=PUBLISHED, title="عنوان")
    return [e for e in doc.events if e.evidence.startswith("وقد قصفت")]


def test_an_undated_strike_in_an_op_ed_is_kept_as_background() -> None:
    events = strike_events(OP_ED)
    assert events and all(e.background for e in events)


def test_the_same_strike_in_an_attributed_report_is_untouched() -> None:
    events = strike_events(REPORT)
    assert events and not any(e.background for e in events)


def test_a_strike_the_op_ed_dates_to_yesterday_stays_news() -> None:
    lines = [line.replace("وقد قصفت الطائرات", "وقد قصفت أمس الطائرات") for line in OP_ED]
    events = [e for e in extract_text("\n".join(lines), published=PUBLISHED).events if "حمص" in e.evidence]
    assert events and not any(e.background for e in events)


def test_a_bare_today_in_an_op_ed_is_nowadays_and_ties_nothing() -> None:
    lines = [line.replace("وقد قصفت الطائرات", "وتقصف اليوم الطائرات") for line in OP_ED]
    events = [e for e in extract_text("\n".join(lines), published=PUBLISHED).events if "حمص" in e.evidence]
    assert events and all(e.background for e in events)


@pytest.mark.parametrize("day", ["ظهر اليوم", "اليوم الأربعاء"])
def test_today_with_a_day_part_or_weekday_in_an_op_ed_stays_news(day: str) -> None:
    lines = [line.replace("وقد قصفت الطائرات", f"وقد قصفت {day} الطائرات") for line in OP_ED]
    events = [e for e in extract_text("\n".join(lines), published=PUBLISHED).events if "حمص" in e.evidence]
    assert events and not any(e.background for e in events)


def test_nowadays_blanks_only_the_bare_today() -> None:
    assert genre.nowadays("يتم اليوم تفجير") == "يتم       تفجير"
    assert genre.nowadays("صباح اليوم تفجير") == "صباح اليوم تفجير"


# -- the event rule on hand-built documents ----------------------------------------
def op_ed_doc(act: str, position: int = 3, day: dt.date | None = None):
    """The op-ed with `act` in place of its fourth sentence and one event on it (dated by a mention on `day`)."""
    lines = [*OP_ED[:position], act, *OP_ED[position + 1:]]
    doc = joined_sentences(*lines, published=PUBLISHED)
    sentence = doc.sentences[position]
    if day is not None:
        doc.add(Mention(sentence.start, sentence.start + 3, "date", "أمس", value=day, attrs={"precision": 1}))
    # a town named in the sentence: the act has a place of its own (`genre.anchored`)
    doc.add(Mention(sentence.end - 3, sentence.end - 1, "place", "بلدة", attrs={"place": SimpleNamespace(feature_class="town")}))
    doc.events = [Event("Battles", "Armed clash", evidence_spans=[(sentence.start, sentence.end)])]
    return doc


def test_an_undated_clash_in_commentary_is_flagged() -> None:
    doc = op_ed_doc("واشتبك المسلحون مع الجيش في ريف المدينة.")
    genre.process(doc)
    assert [e.background for e in doc.events] == [True]


def test_a_clash_dated_within_the_news_days_is_not_flagged() -> None:
    doc = op_ed_doc("واشتبك المسلحون مع الجيش في ريف المدينة.", day=PUBLISHED - dt.timedelta(days=1))
    genre.process(doc)
    assert [e.background for e in doc.events] == [False]


def test_a_clash_dated_months_earlier_is_flagged() -> None:
    doc = op_ed_doc("واشتبك المسلحون مع الجيش في ريف المدينة.", day=PUBLISHED - dt.timedelta(days=200))
    genre.process(doc)
    assert [e.background for e in doc.events] == [True]


@pytest.mark.parametrize("act", [
    "ويتواصل القتال بين المسلحين والجيش في ريف المدينة.",
    "واشتبك المسلحون مع الجيش خلال الساعات الماضية في ريف المدينة.",
])
def test_an_ongoing_or_last_hours_clash_is_news(act: str) -> None:
    doc = op_ed_doc(act)
    genre.process(doc)
    assert [e.background for e in doc.events] == [False]


@pytest.mark.parametrize("act", [
    "واشتبك المسلحون مع الجيش في ريف المدينة كما روجت له مواقع التواصل الاجتماعي.",
    "واشتبك المسلحون مع الجيش في ريف المدينة بعد دعوات بالتواصل مع الوسطاء.",
])
def test_the_noun_of_a_news_day_verb_does_not_make_a_clash_news(act: str) -> None:
    doc = op_ed_doc(act)
    genre.process(doc)
    assert [e.background for e in doc.events] == [True]


def test_a_habitual_fight_in_commentary_is_dropped() -> None:
    doc = op_ed_doc("وقاتل الرجلان أكثر من مرة جنبا إلى جنب ضد المسلحين.")
    genre.process(doc)
    assert doc.events == []


def test_the_lead_sentence_is_the_news_peg_and_is_not_flagged() -> None:
    doc = op_ed_doc("اشتبك المسلحون مع الجيش في ريف المدينة.", position=0)
    genre.process(doc)
    assert [e.background for e in doc.events] == [False]


def test_a_report_keeps_its_undated_clash() -> None:
    lines = [*REPORT[:2], "واشتبك المسلحون مع الجيش في ريف المدينة.", *REPORT[3:]]
    doc = joined_sentences(*lines, published=PUBLISHED)
    sentence = doc.sentences[2]
    doc.events = [Event("Battles", "Armed clash", evidence_spans=[(sentence.start, sentence.end)])]
    genre.process(doc)
    assert [e.background for e in doc.events] == [False]


# -- views and reactions, in any article ---------------------------------------------
def report_doc(act: str, trigger: str, event_date: dt.date | None = None, precision: int = 2):
    """The report with `act` as its third sentence and one event on it with the given trigger word."""
    lines = [*REPORT[:2], act, *REPORT[3:]]
    doc = joined_sentences(*lines, published=PUBLISHED)
    sentence = doc.sentences[2]
    day = (event_date or PUBLISHED).isoformat()
    doc.events = [Event("Explosions/Remote violence", "Air/drone strike", event_date=day, time_precision=precision,
                        evidence_spans=[(sentence.start, sentence.end)], trigger=trigger)]
    return doc


def test_an_act_told_only_as_a_speakers_view_is_flagged() -> None:
    doc = report_doc("وترى الجمعية أن الطائرات قصفت مواقع المسلحين في ريف المدينة دون تمييز.", "قصفت")
    genre.process(doc)
    assert [e.background for e in doc.events] == [True]


def test_a_view_that_dates_its_act_to_yesterday_stays_news() -> None:
    doc = report_doc("وترى الجمعية أن الطائرات قصفت أمس مواقع المسلحين في ريف المدينة.", "قصفت")
    start = doc.text.index("أمس")
    doc.add(Mention(start, start + 3, "date", "أمس", value=PUBLISHED - dt.timedelta(days=1), attrs={"precision": 1}))
    genre.process(doc)
    assert [e.background for e in doc.events] == [False]


def test_a_view_told_after_the_act_leaves_it_alone() -> None:
    doc = report_doc("وقصفت الطائرات مواقع المسلحين في ريف المدينة، معتبرة أنها أهداف مشروعة.", "وقصفت")
    genre.process(doc)
    assert [e.background for e in doc.events] == [False]


def test_a_view_on_a_second_mention_of_the_act_leaves_it_alone() -> None:
    doc = report_doc("ووقع تفجير قرب المسجد في المدينة، وترى الشرطة أن التفجير نفذه انتحاري.", "تفجير")
    genre.process(doc)
    assert [e.background for e in doc.events] == [False]


def test_a_view_in_the_lead_sentence_is_the_news() -> None:
    view = "وترى الجمعية أن الطائرات قصفت مواقع المسلحين في ريف المدينة دون تمييز."
    doc = joined_sentences(view, *REPORT[1:], published=PUBLISHED)
    lead = doc.sentences[0]
    doc.events = [Event("Explosions/Remote violence", "Air/drone strike", event_date=PUBLISHED.isoformat(),
                        time_precision=2, evidence_spans=[(lead.start, lead.end)], trigger="قصفت")]
    genre.process(doc)
    assert [e.background for e in doc.events] == [False]


def test_a_view_on_an_act_the_report_dates_elsewhere_is_left_to_dedupe() -> None:
    doc = report_doc("وترى الجمعية أن الطائرات قصفت مواقع المسلحين في ريف المدينة دون تمييز.", "قصفت")
    lead = doc.sentences[0]
    doc.events.append(Event("Explosions/Remote violence", "Air/drone strike", event_date=PUBLISHED.isoformat(),
                            time_precision=1, evidence_spans=[(lead.start, lead.end)], trigger="قصفت"))
    genre.process(doc)
    assert [e.background for e in doc.events] == [False, False]


@pytest.mark.parametrize("act", [
    "واستنكرت الهيئة الوطنية التفجير الذي استهدف مسجدا في المدينة وأوقع قتلى بين المصلين.",
    "ونقل الوزير خلال الاجتماع تعازيه لأسر ضحايا التفجير الذي استهدف مسجدا في المدينة.",
])
def test_a_reaction_days_after_the_act_recalls_it(act: str) -> None:
    doc = report_doc(act, "التفجير", event_date=PUBLISHED - dt.timedelta(days=4), precision=1)
    genre.process(doc)
    assert [e.background for e in doc.events] == [True]


def test_a_reaction_the_same_day_may_be_the_only_report_and_stays() -> None:
    doc = report_doc("واستنكرت الهيئة الوطنية التفجير الذي استهدف مسجدا في المدينة وأوقع قتلى بين المصلين.",
                     "التفجير", event_date=PUBLISHED, precision=1)
    genre.process(doc)
    assert [e.background for e in doc.events] == [False]


def test_a_condemned_act_in_the_lead_does_not_make_a_report() -> None:
    doc = report_doc("واستنكرت الهيئة الوطنية التفجير الذي استهدف مسجدا في المدينة.", "التفجير",
                     event_date=PUBLISHED - dt.timedelta(days=1), precision=1)
    assert not genre.lead_act(doc, doc.sentences[2].end)
    doc.events[0].trigger = "قصف"
    assert genre.lead_act(doc, doc.sentences[2].end)


def test_a_condemnation_of_an_attack_days_ago_is_background_end_to_end() -> None:
    lines = [
        "استنكر مجلس العلماء التفجير الإرهابي الذي استهدف مسجدا في مدينة حمص يوم الأحد الماضي.",
        "وأكد المجلس في بيان أن هذا العمل يتنافى مع القيم الدينية والإنسانية.",
        "ودعا المجلس إلى الوقوف صفا واحدا في وجه الفكر المتطرف.",
    ]
    doc = extract_text("\n".join(lines), published=PUBLISHED, title="مجلس العلماء يستنكر")
    events = [e for e in doc.events if "حمص" in e.evidence]
    assert events and all(e.background for e in events)


# -- the commentary reading ----------------------------------------------------------
def reading(**fields: object) -> genre.GenreReading:
    values: dict = {"sentences": 20, "attributed": 0.5, "dated": 0.1}
    values.update(fields)
    return genre.GenreReading(**values)


def test_few_attributions_and_few_dates_read_as_commentary() -> None:
    doc = joined_sentences("نص.", published=PUBLISHED)
    assert genre.is_commentary(doc, reading(attributed=0.05))
    assert not genre.is_commentary(doc, reading(attributed=0.05, dated=0.5))


def test_a_lead_with_a_dated_act_or_a_short_text_is_a_report() -> None:
    doc = joined_sentences("نص.", published=PUBLISHED)
    assert not genre.is_commentary(doc, reading(attributed=0.0, lead_act=True))
    assert not genre.is_commentary(doc, reading(attributed=0.0, sentences=3))


def test_a_short_undated_unattributed_piece_with_the_authors_stance_is_a_column() -> None:
    doc = joined_sentences("نص.", published=PUBLISHED)
    assert genre.is_commentary(doc, reading(sentences=4, dated=0.0, attributed=0.0, opinion=2))
    assert not genre.is_commentary(doc, reading(sentences=4, dated=0.0, attributed=0.0, opinion=1))
    assert not genre.is_commentary(doc, reading(sentences=4, dated=0.0, attributed=0.5, opinion=3))
    assert not genre.is_commentary(doc, reading(sentences=4, dated=0.25, attributed=0.0, opinion=3))


def test_a_byline_reads_as_commentary_even_with_dates() -> None:
    doc = joined_sentences("نص.", published=PUBLISHED)
    assert genre.is_commentary(doc, reading(byline=True, dated=0.6))


def test_a_question_title_reads_as_analysis() -> None:
    doc = joined_sentences("نص.", published=PUBLISHED)
    doc.title = "هل تعود الحرب إلى الجنوب؟"
    assert genre.is_commentary(doc, reading())
    doc.title = "الجيش يستعيد بلدة في الجنوب"
    assert not genre.is_commentary(doc, reading())


def test_cues_inside_quotations_are_not_the_authors() -> None:
    quoted = joined_sentences('وقال الوزير: "نحن لا نعتقد أن الحل قريب؟"', published=PUBLISHED)
    own = joined_sentences("نحن لا نعتقد أن الحل قريب؟", published=PUBLISHED)
    assert genre.read_genre(quoted).opinion == 0
    assert genre.read_genre(own).opinion >= 3


# -- the data file ---------------------------------------------------------------------
def test_cue_entries_are_normalized_on_load() -> None:
    cues = genre_data.load_genre_cues()
    for name in genre_data.CUE_LISTS:
        found: genre_data.Cues = getattr(cues, name)
        assert all(word == normalize(word) for word in found.words)
        if found.phrases is not None:
            assert found.phrases.pattern == normalize(found.phrases.pattern)


def test_the_validator_rejects_a_missing_list_and_bad_limits() -> None:
    data = genre_data._genre_data()
    with pytest.raises(KnowledgeError):
        genre_data.validate_genre({key: value for key, value in data.items() if key != "opinion"})
    with pytest.raises(KnowledgeError):
        genre_data.validate_genre({**data, "limits": {**data["limits"], "max_dated": "high"}})
    with pytest.raises(KnowledgeError):
        genre_data.validate_genre({**data, "extra": ["x"]})


def test_an_act_an_op_ed_opens_by_condemning_is_not_its_news_peg() -> None:
    doc = op_ed_doc("لم يكن غريبا أن تسارع العواصم إلى إدانة التفجير الذي ضرب السوق الشعبية.", position=0)
    doc.events[0].trigger = "التفجير"
    genre.process(doc)
    assert [e.background for e in doc.events] == [True]


def test_a_condemned_act_the_op_ed_dates_to_yesterday_stays_news() -> None:
    doc = op_ed_doc("لم يكن غريبا أن تسارع العواصم إلى إدانة التفجير الذي ضرب السوق أمس.", position=0)
    doc.events[0].trigger = "التفجير"
    genre.process(doc)
    assert [e.background for e in doc.events] == [False]


ALMANAC = [
    "1982 - اغتيال وزير الداخلية في انفجار سيارة مفخخة وسط مدينة حلب.",
    "1996 - الجيش يشن هجوما على مواقع للمتمردين في مدينة كركوك انتهى في 3 أغسطس وأسفر عن مقتل 40 شخصا.",
]


@pytest.mark.parametrize("title", ["حدث في مثل هذا اليوم", "هذا اليوم في التاريخ"])
def test_an_almanac_column_reports_no_event(title: str) -> None:
    assert extract_text("\n".join(ALMANAC), published=PUBLISHED, title=title).events == []


def test_the_same_lines_under_another_title_are_left_to_the_other_stages() -> None:
    assert extract_text("\n".join(ALMANAC), published=PUBLISHED, title="أخبار متفرقة").events


# -- opinion pieces and recollections (session 14) -------------------------------------
def test_two_mentions_of_a_mourned_act_do_not_vouch_for_each_other() -> None:
    mourned = "ونعت البلدية قتلى التفجير الذي استهدف المسجد."
    lines = [*REPORT[:2], "وشيع الأهالي ضحايا التفجير الذي استهدف مسجدا في المدينة.", mourned, *REPORT[4:]]
    doc = joined_sentences(*lines, published=PUBLISHED)
    day = (PUBLISHED - dt.timedelta(days=4)).isoformat()
    doc.events = [Event("Explosions/Remote violence", "Suicide bomb", event_date=day, time_precision=1,
                        evidence_spans=[(s.start, s.end)], trigger="التفجير") for s in doc.sentences[2:4]]
    genre.process(doc)
    assert [e.background for e in doc.events] == [True, True]


def test_a_mourned_act_the_report_tells_elsewhere_still_echoes_it() -> None:
    lines = [*REPORT[:2], "وشيع الأهالي ضحايا التفجير الذي استهدف مسجدا في المدينة.",
             "وكان التفجير قد استهدف المصلين داخل المسجد.", *REPORT[4:]]
    doc = joined_sentences(*lines, published=PUBLISHED)
    day = (PUBLISHED - dt.timedelta(days=4)).isoformat()
    doc.events = [Event("Explosions/Remote violence", "Suicide bomb", event_date=day, time_precision=1,
                        evidence_spans=[(s.start, s.end)], trigger="التفجير") for s in doc.sentences[2:4]]
    genre.process(doc)
    assert [e.background for e in doc.events] == [False, False]


@pytest.mark.parametrize("lead", [
    "أحاول في هذا المقال أن أشرح كيف تغيرت الحرب في المنطقة.",
    "يحكى أن رجلا فقد جمله في الصحراء فاتهم جيرانه بسرقته.",
])
def test_a_lead_that_names_the_piece_or_tells_a_fable_is_a_column(lead: str) -> None:
    doc = joined_sentences(lead, *REPORT, published=PUBLISHED)
    assert genre.read_genre(doc, full=False).byline


def test_the_authors_prayer_counts_as_stance() -> None:
    doc = joined_sentences("اللهم احفظ الناس من كل سوء.", "وقد قصفت الطائرات المدينة.", published=PUBLISHED)
    assert genre.read_genre(doc).opinion == 1


# -- recollections with no date or place of their own (session 15) ------------------------
def op_ed_with(line: str) -> list[Event]:
    """The events an op-ed tells in `line`, put in place of its strike."""
    lines = [*OP_ED[:3], line, *OP_ED[4:]]
    doc = extract_text("\n".join(lines), published=PUBLISHED, title="عنوان")
    return [e for e in doc.events if "الطائرات" in e.evidence]


@pytest.mark.parametrize("line", [
    "وقد قصفت الطائرات الحربية سوريا.",
    "في ربيع ذلك العام تغير كل شيء. وكانت الطائرات الحربية قد قصفت سوريا.",
])
def test_an_op_eds_recalled_act_with_no_day_or_place_of_its_own_is_dropped(line: str) -> None:
    assert op_ed_with(line) == []


def test_an_op_eds_unanchored_recalled_act_with_a_toll_is_kept_for_dedupe() -> None:
    # its toll may belong to the reported act it retells
    events = op_ed_with("وقد قصفت الطائرات الحربية سوريا وقتلت 30 مدنيا.")
    assert [(e.fatalities, e.background) for e in events] == [(30, True)]


@pytest.mark.parametrize("line", [
    "وقد قصفت الطائرات الحربية حمص وقتلت 30 مدنيا.",
    "وكانت الطائرات الحربية قد قصفت سوريا في مارس 2017 وقتلت 30 مدنيا.",
    "في مارس 2017 تغير كل شيء. وكانت الطائرات الحربية قد قصفت مدينة حمص وقتلت 30 مدنيا.",
])
def test_an_op_eds_recalled_act_with_a_city_or_a_month_stays_as_background(line: str) -> None:
    events = op_ed_with(line)
    assert events and all(e.background for e in events)


def test_a_short_column_speaking_of_our_country_reads_as_commentary() -> None:
    lines = [
        "تمر المنطقة بمرحلة صعبة تتطلب وعيا كبيرا من الناس في كل مكان.",
        "لقد صار بعضهم يقتل بعضا في المدن والقرى بلا رحمة ولا وازع.",
        "وسيبقى شبابنا أوفياء لوطنهم ولن تهزم قيادتنا هذه الفئة الضالة.",
    ]
    doc = extract_text("\n".join(lines), published=PUBLISHED, title="كلمة صادقة")
    measured = genre.read_genre(doc)
    assert measured.opinion >= 2
    assert genre.is_commentary(doc, measured)


def test_regret_and_plain_truth_are_the_authors_stance() -> None:
    lines = [
        "يتحدث كثيرون عن تخلي العالم عن الضحايا في هذه الحرب الطويلة.",
        "لكن الحقيقة أن دولا كثيرة قدمت المساعدة للمحاصرين بلا انقطاع.",
        "وللأسف ضاعت هذه المساعدة بين الفصائل المتناحرة على الأرض.",
    ]
    doc = extract_text("\n".join(lines), published=PUBLISHED, title="من يتحمل المسؤولية")
    measured = genre.read_genre(doc)
    assert measured.opinion >= 2
    assert genre.is_commentary(doc, measured)


def test_a_prayer_for_the_dead_days_after_the_attack_recalls_it() -> None:
    doc = report_doc("رحم الله شهداء التفجير الذي استهدف مسجدا في المدينة وأوقع قتلى بين المصلين.",
                     "التفجير", event_date=PUBLISHED - dt.timedelta(days=4), precision=1)
    genre.process(doc)
    assert [e.background for e in doc.events] == [True]


def test_an_undated_habit_in_a_report_is_flagged() -> None:
    doc = report_doc("وأضاف أن قصف الطائرات للقرى ليس بالأمر الجديد في ريف المدينة.", "قصف")
    genre.process(doc)
    assert [e.background for e in doc.events] == [True]


def test_a_habit_dated_to_yesterday_in_a_report_stays_news() -> None:
    doc = report_doc("وقصفت الطائرات أمس القرية أكثر من مرة في ريف المدينة.", "وقصفت")
    start = doc.text.index("أمس")
    doc.add(Mention(start, start + 3, "date", "أمس", value=PUBLISHED - dt.timedelta(days=1), attrs={"precision": 1}))
    genre.process(doc)
    assert [e.background for e in doc.events] == [False]
