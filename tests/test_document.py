"""Document offsets: a match in the normalized view maps to the exact raw span."""

from marsad.document import Document, Mention, content_id


def test_raw_span_covers_diacritics_of_the_matched_word() -> None:
    doc = Document(text="وشنّ التنظيمُ هجوماً.")
    start = doc.norm.index("التنظيم")
    raw_start, raw_end = doc.raw_span(start, start + len("التنظيم"))
    assert doc.text[raw_start:raw_end] == "التنظيمُ"


def test_norm_index_is_inverse_of_raw_span_start() -> None:
    doc = Document(text="قُتل ٣ مدنيين")
    raw = doc.text.index("مدنيين")
    assert doc.norm[doc.norm_index(raw):].startswith("مدنيين")


def test_missing_id_defaults_to_content_hash() -> None:
    assert Document(text="نص").id == content_id("نص")
    assert Document(text="نص", id="a1").id == "a1"


def test_mentions_are_grouped_by_kind_in_text_order() -> None:
    doc = Document(text="abc def")
    doc.add(Mention(4, 7, "place", "def"))
    doc.add(Mention(0, 3, "place", "abc"))
    assert [m.text for m in doc.of_kind("place")] == ["abc", "def"]
    assert [m.text for m in doc.in_span("place", 0, 3)] == ["abc"]
