"""The command line as a user runs it: extract, ingest (bad input skipped, no duplicates), list, export."""

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from marsad.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "marsad" / "sample" / "reference.jsonl"


def _batch(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("قتل مسلحون مجهولون خمسة مدنيين في مدينة درعا أمس.", encoding="utf-8")
    (folder / "b.jsonl").write_text(
        json.dumps({"id": "b1", "text": "سيطرت قوات النظام السوري أمس على بلدة عابدين.", "published": "2019-03-06"},
                   ensure_ascii=False) + "\n{not json\n",
        encoding="utf-8",
    )
    return folder


def test_extract_writes_one_line_per_article_with_evidence_offsets(tmp_path) -> None:
    result = CliRunner().invoke(main, ["extract", str(SAMPLE), "-o", str(tmp_path / "out.jsonl"), "-q"])
    assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    text = json.loads(SAMPLE.read_text(encoding="utf-8"))["text"]
    assert record["published"] == "2018-08-01" and len(record["events"]) >= 6
    for event in record["events"]:
        start, end = event["evidence_spans"][0]
        assert text[start:end] == event["evidence"]


def test_ingest_skips_bad_input_reports_it_and_stores_the_rest_once(tmp_path) -> None:
    db = str(tmp_path / "m.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(_batch(tmp_path)), "--db", db, "--published", "2019-03-06"])
    assert first.exit_code == 0, first.output
    assert "inputs skipped:     1" in first.output and "not JSON" in first.output
    listed = runner.invoke(main, ["events", "--db", db, "--format", "jsonl"])
    count = len(listed.output.strip().splitlines())
    assert count >= 2
    runner.invoke(main, ["ingest", str(tmp_path / "in"), "--db", db, "--published", "2019-03-06"])
    again = runner.invoke(main, ["events", "--db", db, "--format", "jsonl"])
    assert len(again.output.strip().splitlines()) == count


def test_export_acled_csv_from_the_store(tmp_path) -> None:
    db = str(tmp_path / "m.db")
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(SAMPLE), "--db", db, "-q"])
    result = runner.invoke(main, ["export", "--db", db, "--format", "acled-csv", "--type", "Battles"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(r["event_type"] == "Battles" for r in rows)
    assert rows[0]["event_id_cnty"].startswith("SYR")


def test_events_can_be_listed_most_confident_first_and_cut_by_confidence(tmp_path) -> None:
    db = str(tmp_path / "m.db")
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(SAMPLE), "--db", db, "-q"])
    listed = runner.invoke(main, ["events", "--db", db, "--format", "jsonl", "--sort", "-confidence"])
    scores = [json.loads(line)["confidence"] for line in listed.output.strip().splitlines()]
    assert scores and scores == sorted(scores, reverse=True)
    cut = runner.invoke(main, ["events", "--db", db, "--format", "jsonl", "--min-confidence", str(scores[1])])
    assert len(cut.output.strip().splitlines()) == len([s for s in scores if s >= scores[1]])


def test_missing_store_gives_a_clear_error(tmp_path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "marsad ingest" in result.output


def test_parallel_workers_give_the_same_events_as_one(tmp_path) -> None:
    runner = CliRunner()
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.jsonl"
        runner.invoke(main, ["extract", str(_batch(tmp_path) if workers == "1" else tmp_path / "in"),
                             "-o", str(out), "-q", "--workers", workers, "--published", "2019-03-06"])
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1] and outputs[0]
