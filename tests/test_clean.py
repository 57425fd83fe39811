"""Clean stage: boilerplate removal, repeated headline, data-file hygiene."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from marsad.document import Document
from marsad.errors import KnowledgeError
from marsad.knowledge.boilerplate import DATA_FILE, build, fold_table, load_boilerplate, validate
from marsad.stages import clean
from marsad.text import normalize

REFERENCE = Path(__file__).parent / "reference_gold.jsonl"
HEADLINE = "«داعش» يتقهقر في وادي اليرموك... وتهجير معارضين إلى شمال سوريا"


def _clean(text: str, title: str | None = None) -> Document:
    doc = Document(text=text, title=title)
    clean.process(doc)
    return doc


def _body(doc: Document) -> str:
    return "\n".join(doc.text[s.start : s.end] for s in doc.body)


def _removed(doc: Document) -> dict[str, str]:
    return {doc.text[s.start : s.end]: s.label for s in doc.boilerplate}


def _reference_text() -> str:
    """The reference article (dev.jsonl line 1), headline twice plus the subscription footer."""
    if REFERENCE.exists():
        return json.loads(REFERENCE.read_text(encoding="utf-8").splitlines()[0])["text"]
    pytest.skip("reference article not available")


def test_repeated_headline_becomes_title_and_leaves_the_body():
    doc = _clean(_reference_text())
    assert doc.title == HEADLINE
    assert doc.text[doc.title_span.start : doc.title_span.end] == HEADLINE
    assert HEADLINE not in _body(doc)
    assert _body(doc).startswith("انكفأ عشرات من «داعش»")
    assert _body(doc).endswith("استمر نحو 4 سنوات.")


def test_subscription_prompts_are_removed():
    removed = _removed(_clean(_reference_text()))
    assert removed["لم تشترك بعد"] == "subscription"
    assert any(text.startswith("انشئ حساباً") and kind == "subscription" for text, kind in removed.items())


def test_headline_given_as_title_leaves_the_body_at_the_start():
    text = "انفجار في سوق المدينة\nانفجرت عبوة ناسفة في سوق المدينة صباح اليوم.\nوأصيب خمسة أشخاص."
    doc = _clean(text, title="عام / انفجار في سوق المدينة")
    assert doc.title_span is not None and doc.title_span.start == 0
    assert _body(doc).startswith("انفجرت عبوة")


def test_sms_footer_is_removed_to_the_end():
    text = (
        "قال شهود إن قذيفة سقطت على حي سكني.\nوأضافوا أن الأضرار كانت مادية.\n"
        "للتواصل مع الكاتب ارسل رسالة SMS\nتبدأ بالرمز (12) ثم مسافة ثم نص الرسالة إلى\n88591 - Stc\n635031 - Mobily"
    )
    doc = _clean(text)
    assert _body(doc) == "قال شهود إن قذيفة سقطت على حي سكني.\nوأضافوا أن الأضرار كانت مادية."
    assert set(_removed(doc).values()) == {"sms"}


def test_wire_end_marker_and_time_stamp_are_removed():
    text = " الرياض 10 أغسطس 2015 م واس\n أعلنت الشرطة القبض على مطلوبين في حي شرقي المدينة.\n // انتهى //\n 11:41 ت م \n "
    doc = _clean(text)
    assert _body(doc) == "الرياض 10 أغسطس 2015 م واس\nأعلنت الشرطة القبض على مطلوبين في حي شرقي المدينة."
    assert _removed(doc) == {"// انتهى //": "wire", "11:41 ت م": "wire"}


def test_site_link_and_agency_tag_glued_to_the_last_paragraph_are_cut():
    text = "دمشق - (د ب أ) - قتل جنديان في هجوم على حاجز.\nوقالت مصادر إن المهاجمين فروا. (د ب أ)"
    doc = _clean(text)
    assert _body(doc) == "دمشق - (د ب أ) - قتل جنديان في هجوم على حاجز.\nوقالت مصادر إن المهاجمين فروا."
    linked = _clean("قصفت طائرات مواقع للمسلحين. رابط الخبر بصحيفة الوئام: قصف مواقع للمسلحين")
    assert _body(linked) == "قصفت طائرات مواقع للمسلحين."


def test_read_more_teasers_social_and_copyright_lines_are_removed():
    text = (
        "اعتقلت قوات الأمن عشرة مشتبه بهم في مداهمات ليلية.\nاقرأ أيضاً: مداهمات في الضواحي\n"
        "شارك الخبر على فيسبوك\n...المزيد\n© 2024 جميع الحقوق محفوظة"
    )
    doc = _clean(text)
    assert _body(doc) == "اعتقلت قوات الأمن عشرة مشتبه بهم في مداهمات ليلية."
    assert sorted(_removed(doc).values()) == ["copyright", "read_more", "read_more", "social"]


def test_raw_text_is_unchanged_and_spans_are_trimmed():
    text = "  مقتل ثلاثة في غارة.  \n\n// انتهى //\n"
    doc = _clean(text)
    assert doc.text == text
    assert [(s.start, s.end) for s in doc.body] == [(2, 21)]


def test_boilerplate_data_is_valid_and_normalized_on_load():
    data = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    assert validate(data) == []
    rules = load_boilerplate()
    for rule in rules.line.rules + rules.tail_last.rules + rules.head.rules:
        assert normalize(rule.pattern) == rule.pattern
    assert all(normalize(a) == a for a in rules.abbreviations)


def test_validator_rejects_patterns_that_normalization_would_break():
    bad = {"max_line_chars": 100, "rules": [{"kind": "x", "scope": "line", "pattern": r"\S+"}]}
    with pytest.raises(KnowledgeError, match="upper-case escape"):
        build(bad)
    assert validate({"max_line_chars": 100, "rules": [{"kind": "x", "scope": "side", "pattern": "a"}]})


def test_fold_table_matches_normalize():
    sample = "أإآٱ ى ة ؤ ئ ١٢٣ ۴ شنّ ـــ ﻻ ABC\u200f\u00a0"
    assert sample.translate(fold_table()) == normalize(sample)
