"""Ingest: encodings, HTML extraction, JSONL with bad lines, directories."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

from marsad.document import Document
from marsad.errors import EncodingGuessWarning, InputError
from marsad.stages.dates import parse_published
from marsad.stages.ingest import decode_text, document_from_text, iter_documents

FIXTURES = Path(__file__).parent / "fixtures"


def _docs(*paths: Path, **kwargs) -> list[Document | InputError]:
    return list(iter_documents(list(paths), **kwargs))


def test_utf8_bom_file_decodes_without_the_bom():
    (doc,) = _docs(FIXTURES / "bom_utf8.txt")
    assert isinstance(doc, Document)
    assert doc.text.startswith("قالت الشرطة")
    assert "\ufeff" not in doc.text


def test_windows_1256_file_decodes_to_arabic():
    (doc,) = _docs(FIXTURES / "windows1256.txt")
    assert isinstance(doc, Document)
    assert doc.text.startswith("أعلنت السلطات المحلية")
    assert "فرق الإنقاذ" in doc.text


def test_txt_gets_content_hash_id_and_keyword_metadata():
    (doc,) = _docs(FIXTURES / "bom_utf8.txt", published=dt.date(2020, 1, 2), outlet="X", url="http://x")
    assert doc.id.startswith("sha1:")
    assert (doc.published, doc.outlet, doc.url) == (dt.date(2020, 1, 2), "X", "http://x")
    assert doc.source_path.endswith("bom_utf8.txt")


def test_html_keeps_the_article_and_drops_nav_ads_and_footer():
    (doc,) = _docs(FIXTURES / "article.html")
    assert isinstance(doc, Document)
    assert "اندلعت اشتباكات عنيفة" in doc.text
    assert "عمليات التفتيش ما زالت مستمرة" in doc.text
    for chrome in ("الرئيسية", "رياضة", "سياسة الخصوصية", "جميع الحقوق محفوظة", "باقة الإنترنت"):
        assert chrome not in doc.text
    assert doc.title == "اشتباكات في ريف المدينة الجنوبي"
    assert doc.published == dt.date(2024, 3, 5)


def test_malformed_jsonl_line_is_reported_and_the_rest_is_read():
    items = _docs(FIXTURES / "articles.jsonl")
    errors = [item for item in items if isinstance(item, InputError)]
    docs = [item for item in items if isinstance(item, Document)]
    assert [doc.id for doc in docs] == ["a1", "a3", "a4"]
    assert len(errors) == 1 and errors[0].line == 2 and errors[0].code == "E001"
    assert errors[0].path.endswith("articles.jsonl") and "not JSON" in errors[0].reason


def test_jsonl_fields_are_read_and_gold_keys_ignored():
    docs = [item for item in _docs(FIXTURES / "articles.jsonl") if isinstance(item, Document)]
    assert [doc.published for doc in docs] == [
        dt.date(2018, 7, 2),
        dt.date(2015, 8, 11),
        dt.date(2024, 6, 20),
    ]
    assert docs[0].outlet == "Test Outlet" and docs[1].title == "مظاهرة أمام البلدية"
    assert not hasattr(docs[0], "events") or docs[0].events == []


def test_directory_is_walked_sorted_and_missing_path_is_an_error(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("خبر ثان", encoding="utf-8")
    (tmp_path / "a.txt").write_text("خبر أول", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = _docs(tmp_path, tmp_path / "missing.txt")
    assert [item.text for item in items[:2]] == ["خبر أول", "خبر ثان"]
    assert isinstance(items[2], InputError) and "no such file" in items[2].reason


def test_undecidable_bytes_are_guessed_with_a_warning():
    latin = "Ceci est un texte français assez long pour être reconnu, écrit à Genève.".encode("latin-1")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = decode_text(latin)
    assert "Genève" in text or "Gen" in text
    assert any(issubclass(w.category, EncodingGuessWarning) for w in caught)


def test_published_formats_parse_to_dates():
    assert parse_published("2018-07-02T08:22:27+00:00") == dt.date(2018, 7, 2)
    assert parse_published("2015-08-11T18:38:55") == dt.date(2015, 8, 11)
    assert parse_published("2024-06-20") == dt.date(2024, 6, 20)
    assert parse_published("yesterday") is None


def test_document_from_text_defaults_id_to_content_hash():
    doc = document_from_text("نص قصير", published="2024-06-20")
    assert doc.id.startswith("sha1:") and doc.published == dt.date(2024, 6, 20)
    assert document_from_text("نص", id="x1").id == "x1"


def test_jsonl_line_that_is_not_utf8_is_reported_and_reading_goes_on(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = '{"id": "ok", "text": "نص سليم"}'.encode()
    path.write_bytes(good + b"\n" + '{"id": "bad", "text": "نص"}'.encode("cp1256") + b"\n" + good + b"\n")
    items = _docs(path)
    assert [type(item).__name__ for item in items] == ["Document", "InputError", "Document"]
    assert items[1].line == 2 and "not UTF-8" in items[1].reason
