"""Social-media posts by outlets and official accounts (no publication date):
links and tag lists glued inside the text, emoji bullets, dash lists of an
official's quoted points, digests of "_headline" items; a speaker's own call;
names that read as places (a president, a ceasefire, North Korea); the event
date when no publication date is known."""

from __future__ import annotations

from support import place_doc, place_names

from marsad.document import Document
from marsad.knowledge.boilerplate import validate
from marsad.pipeline import extract_text
from marsad.stages import clean, sentences


def _sentences(text: str) -> list[str]:
    doc = Document(text=text)
    clean.process(doc)
    sentences.process(doc)
    return [doc.text[s.start : s.end] for s in doc.sentences]


def _removed(text: str) -> dict[str, str]:
    doc = Document(text=text)
    clean.process(doc)
    return {doc.text[s.start : s.end]: s.label for s in doc.boilerplate}


# -- links and tag lists ------------------------------------------------------


def test_a_link_inside_a_paragraph_is_cut_and_splits_it():
    text = "قصفت المدفعية بلدة الخيام صباحا. التفاصيل: https://example.com/news/2021/03/09/item-5 وأعلن الجيش حالة الطوارئ"
    assert _removed(text) == {"https://example.com/news/2021/03/09/item-5": "link"}
    assert _sentences(text) == ["قصفت المدفعية بلدة الخيام صباحا.", "التفاصيل:", "وأعلن الجيش حالة الطوارئ"]


def test_a_link_path_broken_off_by_a_space_is_cut_too():
    text = "طالع التقرير https://example.com/world /قصف-مدرسة-في-بلدة-الخيام-يقتل-طفلين.html وتابعونا"
    assert "/قصف-مدرسة-في-بلدة-الخيام-يقتل-طفلين.html" in _removed(text)
    assert extract_text(text).events == []


def test_words_joined_by_one_or_two_hyphens_stay_prose():
    text = "وأطلقت الدفاعات صاروخ أرض-جو على الطائرة فوق الحدود اللبنانية-السورية."
    assert _removed(text) == {}


def test_a_run_of_topic_tags_is_cut_but_a_tag_ending_the_prose_stays():
    text = "سقطت قذائف على أطراف #دير_البلح #أخبار_اليوم #تحت_القصف #عاجل"
    assert _removed(text) == {"#أخبار_اليوم #تحت_القصف #عاجل": "tags"}
    after_stop = "سقطت قذائف على أطراف المدينة. #أخبار_اليوم #تحت_القصف"
    assert _removed(after_stop) == {"#أخبار_اليوم #تحت_القصف": "tags"}


def test_a_single_tag_inside_prose_is_a_word_of_the_sentence():
    assert _removed("وأعلنت #الحكومة حالة التأهب في #القاهرة اليوم") == {}


def test_a_strike_tag_in_a_tag_list_is_no_event():
    text = "مسؤول أممي يزور مخيمات النازحين في المنطقة #غارات_جوية #قصف_مدفعي #الحرب"
    assert extract_text(text).events == []


# -- items of a post -----------------------------------------------------------


def test_emoji_bullets_start_items():
    text = "🔵 وزير الخارجية يصل إلى عمان في جولة إقليمية 🔵 الوزير: نبحث سبل التهدئة ⭕️ انفجار في مستودع قرب المطار"
    assert _sentences(text) == [
        "🔵 وزير الخارجية يصل إلى عمان في جولة إقليمية",
        "🔵 الوزير: نبحث سبل التهدئة",
        "⭕️ انفجار في مستودع قرب المطار",
    ]


def test_a_dash_list_of_quoted_points_is_one_item_per_dash():
    text = 'عاجل | المتحدث باسم الحركة: - "نرفض أي تفاوض تحت النار" - "مقاتلونا في الميدان" -ندعو إلى التصعيد'
    assert _sentences(text) == [
        "عاجل | المتحدث باسم الحركة:",
        '- "نرفض أي تفاوض تحت النار"',
        '- "مقاتلونا في الميدان"',
        "-ندعو إلى التصعيد",
    ]


def test_a_dash_without_a_list_opener_ends_nothing():
    text = "قال مصدر محلي - طلب عدم ذكر اسمه - إن الاشتباكات استمرت حتى الفجر."
    assert _sentences(text) == [text]


def test_digest_headlines_are_items():
    text = "أبرز الأخبار: _قصف مدفعي على أطراف بلدة عيتا الشعب _الأمطار تغرق مخيمات النازحين"
    assert _sentences(text) == [
        "أبرز الأخبار:",
        "_قصف مدفعي على أطراف بلدة عيتا الشعب",
        "_الأمطار تغرق مخيمات النازحين",
    ]


def test_an_official_quoted_points_are_not_events():
    text = (
        'عاجل | "قيادي في الحركة": - "هناك اتصالات للتوصل إلى وقف لإطلاق النار" - '
        '"مقاتلونا لا يزالون في خضم المواجهة" - "ندعو الشعوب العربية في كل العواصم إلى تصعيد التظاهرات"'
    )
    assert extract_text(text).events == []


# -- a speaker's own call -------------------------------------------------------


def test_a_speakers_own_call_for_protests_is_no_protest():
    assert extract_text("وقال المتحدث: ندعو أبناء شعبنا في مدينة نابلس إلى تصعيد التظاهرات.").events == []
    assert extract_text("وقال: أدعو الأهالي في مدينة الخليل إلى الاعتصام أمام مقر الصليب.").events == []


# -- names that read as places ----------------------------------------------------


def test_biden_a_ceasefire_and_north_korea_are_no_places():
    doc = place_doc("وقال بايدن إن الهدنة أفضت إلى وقف إطلاق النار في غزة بعد وصول أسلحة من كوريا الشمالية.")
    assert place_names(doc) == ["غزة"]
    doc = place_doc("ورحب الرئيس بايدن بالتوصل إلى وقف لإطلاق النار.")
    assert place_names(doc) == []


# -- actors of official accounts --------------------------------------------------


def test_the_idf_named_as_the_defence_army_is_israels_military():
    events = extract_text("جيش الدفاع يقصف موقعا في بلدة بيت حانون.").events
    assert [e.actor1 for e in events] == ["Military Forces of Israel (2022-)"]


# -- no publication date ------------------------------------------------------------


def test_without_publication_date_no_date_is_invented():
    """The spec (section 5): with no publication date, event_date is null and
    the precision is what the text gives; a date inside a link is no anchor."""
    link = "https://example.com/world/2023/12/04/item"
    post = f"🔴 حماس: تم قصف مستوطنة سديروت برشقة صاروخية للتفاصيل| {link} 📺 تابعونا"
    report = f"قصفت طائرات حربية منزلا في مدينة رفح ما أدى إلى مقتل ثلاثة أشخاص {link}"
    assert [e.event_date for e in extract_text(post).events] == [None]
    assert [e.event_date for e in extract_text(report).events] == [None]
    weekday = extract_text("قصفت طائرات حربية منزلا في مدينة رفح الثلاثاء ما أدى إلى مقتل ثلاثة أشخاص").events
    assert [(e.event_date, e.time_precision) for e in weekday] == [(None, 1)]


def test_without_publication_date_a_relative_day_stays_undated():
    events = extract_text("قتل شخصان أمس في قصف مدفعي على مدينة رفح.").events
    assert [e.event_date for e in events] == [None]


def test_without_publication_date_a_full_date_in_the_text_is_kept():
    events = extract_text("قتل شخصان في 3 مارس 2024 في قصف مدفعي على مدينة رفح.").events
    assert [(e.event_date, e.time_precision) for e in events] == [("2024-03-03", 1)]


def test_a_headline_speaker_before_a_colon_claims_the_act_after_it():
    events = extract_text("عاجل | القسام: تفجير دبابة إسرائيلية في حي الشجاعية").events
    assert [(e.actor1, e.actor2) for e in events] == [("Al Qassam Brigades", "Military Forces of Israel (2022-)")]
    events = extract_text("🔴 حماس: تم قصف مستوطنة سديروت برشقة صاروخية").events
    assert [e.actor1 for e in events] == ["Hamas Movement"]


def test_a_headline_speaker_does_not_claim_a_death_toll():
    events = extract_text("وزارة الصحة: مقتل 12 شخصا في غارة إسرائيلية على مدينة دير البلح").events
    assert [(e.actor1, e.fatalities) for e in events] == [("Military Forces of Israel (2022-)", 12)]


def test_a_country_after_a_preposition_is_no_subject_of_the_act_after_it():
    events = extract_text("آخر الأخبار من غزة قصف على مخيم النصيرات").events
    # (no side named: an undated post's shelling in Gaza takes the war's default, `unattributed_shelling`)
    assert [e.actor1 for e in events] == ["Military Forces of Israel (2022-)"]


def test_a_place_written_as_a_hashtag_is_named_with_spaces():
    doc = place_doc("وقعت اشتباكات في #بيت_لحم مساء")
    assert place_names(doc) == ["بيت لحم"]


def test_an_attack_or_war_named_as_the_start_of_a_period_is_no_event():
    assert extract_text("ومنذ هجوم الفصائل في 9 مارس، تشن القوات حملة مداهمات في مختلف أنحاء الضفة الغربية").events == []
    assert extract_text("منذ اندلاع الحرب قتل 300 مدني في مدينة رفح").events == []
    kept = extract_text("شن مسلحون هجوما على حاجز في بلدة سلوان منذ ساعات").events
    assert [e.event_type for e in kept] == ["Battles"]


def test_raw_text_patterns_of_the_boilerplate_file_are_validated():
    base = {"max_line_chars": 100, "rules": [{"kind": "x", "scope": "line", "pattern": "a"}]}
    assert validate(base | {"inline_cuts": [{"kind": "link", "pattern": r"https?://\S+"}]}) == []
    assert validate(base | {"inline_cuts": [{"kind": "link", "pattern": "("}]})
    assert validate(base | {"inline_cuts": [{"kind": "link", "pattern": "a", "side": 1}]})
    assert validate(base | {"item_markers": ["[unclosed"]})


def test_an_act_or_a_clock_time_before_a_colon_is_no_speaker():
    events = extract_text("قصف الجيش الإسرائيلي بلدة الخيام: الحصيلة 3 قتلى").events
    assert [e.actor1 for e in events] == ["Military Forces of Israel (2022-)"]
    events = extract_text("وفي الساعة 10:30 داهم الجيش الإسرائيلي بلدة الخيام").events
    assert all(e.actor1 == "Military Forces of Israel (2022-)" for e in events)
