"""Tests for the CRF named-entity recognizer (`marsad.ner`)."""

from __future__ import annotations

import gzip
import importlib.resources

import pytest

from marsad import ner
from marsad.text import normalize

# Written for these tests: a person with a title, cities and countries after
# في / إلى, and a well-known alliance.
SENTENCE = "وقال الرئيس الأمريكي جورج بوش في واشنطن إن حلف شمال الأطلسي سيرسل قوات إلى العراق."


def test_model_and_gazetteer_ship_inside_the_package() -> None:
    data = importlib.resources.files("marsad").joinpath("data")
    assert data.joinpath("ner.crfsuite").is_file()
    assert data.joinpath("ner_gazetteer.txt").is_file()
    assert data.joinpath("ner_clusters.tsv.gz").is_file()
    assert ner._tagger().labels()  # opens from package data, not /work/shared


def test_finds_person_location_and_organisation() -> None:
    found = {(SENTENCE[s:e], kind) for s, e, kind in ner.find_entities(SENTENCE)}
    assert ("جورج بوش", "PERS") in found
    assert ("واشنطن", "LOC") in found
    assert ("العراق", "LOC") in found
    assert ("حلف شمال الأطلسي", "ORG") in found


def test_finds_organisation_introduced_by_cue_word() -> None:
    text = "وأعلنت منظمة الصحة العالمية في جنيف أن كوفي عنان سيزور القاهرة."
    found = {(text[s:e], kind) for s, e, kind in ner.find_entities(text)}
    assert ("منظمة الصحة العالمية", "ORG") in found
    assert ("كوفي عنان", "PERS") in found


def test_entity_spans_map_back_to_token_boundaries() -> None:
    text = "  " + SENTENCE + "\n\nوصل جورج بوش إلى «بغداد» أمس.  "
    token_starts = {s for s, _ in ner.tokenize(text)}
    token_ends = {e for _, e in ner.tokenize(text)}
    entities = ner.find_entities(text)
    assert entities
    for start, end, kind in entities:
        assert kind in ner.ENTITY_TYPES
        assert start in token_starts and end in token_ends
        assert text[start:end] == text[start:end].strip()


def test_empty_input_gives_no_tokens_tags_or_entities() -> None:
    assert ner.tokenize("") == []
    assert ner.tag_tokens([]) == []
    assert ner.find_entities("") == []
    assert ner.find_entities("   \n ") == []


def test_tokenize_splits_punctuation_and_guillemets() -> None:
    text = "قال «المرصد»: 3.5 مليون، (تقريباً)."
    tokens = [text[s:e] for s, e in ner.tokenize(text)]
    assert tokens == ["قال", "«", "المرصد", "»", ":", "3.5", "مليون", "،", "(", "تقريباً", ")", "."]


def test_tag_tokens_returns_one_iob2_tag_per_token() -> None:
    tokens = [SENTENCE[s:e] for s, e in ner.tokenize(SENTENCE)]
    tags = ner.tag_tokens(tokens)
    assert len(tags) == len(tokens)
    assert all(t == "O" or t.split("-", 1)[1] in ner.ENTITY_TYPES for t in tags)


def test_iob_spans_follow_conll_rules() -> None:
    tags = ["B-PERS", "I-PERS", "O", "I-LOC", "I-LOC", "B-ORG", "I-PERS"]
    assert ner.iob_spans(tags) == [(0, 2, "PERS"), (3, 5, "LOC"), (5, 6, "ORG"), (6, 7, "PERS")]


def test_shipped_gazetteer_is_stored_normalized() -> None:
    text = (
        importlib.resources.files("marsad").joinpath("data", "ner_gazetteer.txt").read_text(encoding="utf-8")
    )
    words = [line.split("\t")[2] for line in text.splitlines() if line and not line.startswith("#")]
    assert words and all(word == normalize(word) for word in words)
    gazetteer = ner.load_gazetteer()
    assert gazetteer.entity and gazetteer.prev_cue and gazetteer.common and gazetteer.lexicon


def test_shipped_lexicon_lists_places_actors_and_people() -> None:
    lexicon = ner.load_gazetteer().lexicon
    assert "LOC" in lexicon[normalize("الولايات المتحدة")]
    assert "ORG" in lexicon[normalize("حزب الله")]
    assert "PERS" in lexicon[normalize("فلاديمير")]


@pytest.mark.parametrize("line", ["ENT\tPERSON\tبوش", "PREV\tO\tقال", "ENT\tPERS", "COMMON\tO\t\u0640"])
def test_gazetteer_rejects_malformed_lines(line: str) -> None:
    with pytest.raises(ValueError):
        ner.parse_gazetteer([line])


def test_gazetteer_normalizes_entries_on_load() -> None:
    gazetteer = ner.parse_gazetteer(["ENT\tLOC\tأريحا", "PREV\tPERS\tالرئيسة"])
    assert gazetteer.entity == {"اريحا": frozenset({"LOC"})}
    assert "الرييسه" in gazetteer.prev_cue


def test_tag_sentences_tags_each_sentence_of_a_document() -> None:
    sentences = [["قال", "الرئيس", "جورج", "بوش", "."], [], ["وصل", "بوش", "إلى", "بغداد", "."]]
    tags = ner.tag_sentences(sentences)
    assert [len(t) for t in tags] == [5, 0, 5]
    assert tags[2][3] == "B-LOC"


def test_document_hints_carry_a_title_to_bare_mentions() -> None:
    gazetteer = ner.parse_gazetteer(["PREV\tPERS\tالوزير"])
    hints = ner.document_hints([["قال", "الوزير", "زيد", "."], ["وصل", "زيد", "."]], gazetteer)
    assert hints == {"زيد": frozenset({"PERS"})}


def test_word_clusters_group_names_of_one_kind() -> None:
    # Leaders' surnames share a mid-level cluster; a city does not join them.
    assert ner.word_clusters("بوتين")[1] == ner.word_clusters("ماكرون")[1]
    assert ner.word_clusters("بوتين")[1] != ner.word_clusters("القاهرة")[1]


def test_word_clusters_fall_back_to_a_clitic_reading() -> None:
    assert ner.word_clusters("فبغداد") == ner.word_clusters("بغداد") != ()
    assert ner.word_clusters("xqzv") == ()


def test_shipped_clusters_are_stored_normalized_and_complete() -> None:
    raw = importlib.resources.files("marsad").joinpath("data", "ner_clusters.tsv.gz").read_bytes()
    lines = [line for line in gzip.decompress(raw).decode("utf-8").splitlines() if not line.startswith("#")]
    words = [word for line in lines for word in line.split("\t")[-1].split()]
    assert len(words) > 50_000 and all(word == normalize(word) for word in words)
    assert len(lines) <= ner.CLUSTER_LEVELS[-1]  # one line per finest cluster
    assert len(ner.load_clusters()) == len(set(words))


@pytest.mark.parametrize("line", ["1\t2\tبوش", "1\t2\t2000\tبوش", "a\t2\t3\tبوش", "64\t2\t3\tبوش"])
def test_clusters_reject_malformed_lines(line: str) -> None:
    with pytest.raises(ValueError):
        ner.parse_clusters([line])


def test_clusters_normalize_words_on_load() -> None:
    assert ner.parse_clusters(["1\t2\t3\tأريحا الرئيسة"]) == {"اريحا": (1, 2, 3), "الرييسه": (1, 2, 3)}


def test_lexicon_matches_longest_name_with_clitics_on_the_first_word() -> None:
    gazetteer = ner.parse_gazetteer(["LEX\tLOC\tالولايات المتحدة", "LEX\tLOC\tالولايات", "LEX\tPERS\tجورج"])
    tokens = ["وصل", "جورج", "إلى", "وبالولايات", "المتحدة", "أمس"]
    assert ner.lexicon_spans(tokens, gazetteer) == [(1, 2, frozenset({"PERS"})), (3, 5, frozenset({"LOC"}))]


def test_lexicon_span_needs_every_word_of_a_multiword_name() -> None:
    gazetteer = ner.parse_gazetteer(["LEX\tORG\tحلف شمال الأطلسي"])
    assert ner.lexicon_spans(["حلف", "شمال", "أفريقيا"], gazetteer) == []


def test_lexicon_features_mark_position_type_and_neighbours() -> None:
    gazetteer = ner.parse_gazetteer(["LEX\tLOC\tالولايات المتحدة"])
    feats = ner.sentence_features(["في", "الولايات", "المتحدة", "اليوم"], gazetteer)
    assert "lx+1=LOC" in feats[0]
    assert "lx=B-LOC" in feats[1]
    assert "lx=I-LOC" in feats[2]
    assert "lx-1=LOC" in feats[3]


def test_lexicon_rejects_names_longer_than_the_limit() -> None:
    with pytest.raises(ValueError):
        ner.parse_gazetteer(["LEX\tORG\t" + " ".join(["كلمة"] * (ner.LEX_MAX_WORDS + 1))])


def test_article_is_not_stripped_to_match_a_lexicon_name() -> None:
    gazetteer = ner.parse_gazetteer(["LEX\tPERS\tشمس", "LEX\tLOC\tبغداد"])
    assert ner.lexicon_spans(["الشمس", "وبغداد"], gazetteer) == [(1, 2, frozenset({"LOC"}))]
