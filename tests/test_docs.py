"""Documentation cannot drift from the code.

These tests fail when the generated CLI reference is stale, when a command
is missing from the README or lacks an example in its help, when a data file
is not described in `marsad/data/README.md`, when a YAML lexicon no longer
loads through its loader, when a python example in the hand-written docs
stops working, or when the docs name a file that does not exist.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from support import script_module

from marsad.knowledge import actors, boilerplate, clauses, gazetteer, genre, lexicons, notes, triggers

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "marsad" / "data"
DATA_SUFFIXES = (".yaml", ".tsv", ".json", ".gz", ".txt", ".crfsuite")
# Hand-written docs whose ```python blocks are run, in order, in one namespace per page.
EXECUTABLE_DOCS = ("python-api.md", "adding-knowledge.md")
HAND_WRITTEN_DOCS = (*EXECUTABLE_DOCS, "evaluation.md")
_PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.S)
# Repository paths named in the docs: `marsad/...`, `tests/x.py::test`, bench/x.py ...
_REPO_PATH = re.compile(r"(?<![\w/.])((?:marsad|scripts|bench|tests|docs)/[\w./-]*\w)")

# Every YAML file in marsad/data and the loader(s) that read and validate it.
YAML_LOADERS: dict[str, tuple[Callable[[], Any], ...]] = {
    "actors.yaml": (actors.load_catalogue,),
    "actor_lexicon.yaml": (actors.load_catalogue,),
    "boilerplate.yaml": (boilerplate.load_boilerplate,),
    "clauses.yaml": (clauses.load_clause_boundaries,),
    "dates.yaml": (lexicons.date_lexicon,),
    "genre.yaml": (genre.load_genre_cues, genre.load_genre_limits),
    "modality.yaml": (triggers.load_modality,),
    "notes.yaml": (notes.load_note_templates,),
    "numbers.yaml": (lexicons.number_lexicon,),
    "place_cues.yaml": (gazetteer.load_place_cues,),
    "triggers.yaml": (triggers.load_triggers, triggers.load_morphology, triggers.load_blockers),
}



@pytest.fixture(scope="module")
def gen() -> Any:
    return script_module("gen_cli_docs")


@pytest.fixture(scope="module")
def command_paths(gen: Any) -> list[tuple[str, ...]]:
    return list(gen.iter_commands())


def _data_files() -> list[Path]:
    return sorted(p for p in DATA_DIR.rglob("*") if p.is_file() and p.name.endswith(DATA_SUFFIXES))


def test_cli_reference_matches_the_cli(gen: Any) -> None:
    current = gen.CLI_DOC.read_text(encoding="utf-8") if gen.CLI_DOC.exists() else ""
    assert current == gen.render(), "docs/cli.md is stale: run .venv/bin/python scripts/gen_cli_docs.py"


def test_cli_reference_check_mode_flags_a_stale_file(gen: Any, tmp_path: Path) -> None:
    stale = tmp_path / "cli.md"
    stale.write_text(gen.render().replace("marsad extract", "marsad extrakt"), encoding="utf-8")
    assert gen.main_entry(["--check", "--output", str(stale)]) == 1
    fresh = tmp_path / "fresh.md"
    assert gen.main_entry(["--output", str(fresh)]) == 0
    assert gen.main_entry(["--check", "--output", str(fresh)]) == 0


def test_cli_reference_covers_every_command(gen: Any, command_paths: list[tuple[str, ...]]) -> None:
    text = gen.render()
    assert {"extract", "ingest", "events", "export", "eval", "actors", "serve"} <= {p[0] for p in command_paths}
    for path in command_paths:
        assert f"## marsad {' '.join(path)}\n" in text


def test_every_command_is_mentioned_in_the_readme(command_paths: list[tuple[str, ...]]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [" ".join(p) for p in command_paths if f"marsad {' '.join(p)}" not in readme]
    assert not missing, f"README.md (owned by the lead) never shows these commands: {missing}"


def test_every_command_help_has_an_example(gen: Any, command_paths: list[tuple[str, ...]]) -> None:
    missing = [" ".join(p) for p in command_paths if "Example" not in gen.help_text(p)]
    assert not missing, f"marsad/cli.py: add an 'Example:' block to the docstring of: {missing}"


def test_every_data_file_is_described_in_the_data_readme() -> None:
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    files = _data_files()
    assert files, "no data files found: is marsad/data/ missing?"
    missing = [str(p.relative_to(DATA_DIR)) for p in files if p.name not in readme]
    assert not missing, f"marsad/data/README.md has no section naming: {missing} (add source and licence)"


def test_every_yaml_lexicon_has_a_registered_loader() -> None:
    on_disk = {p.name for p in DATA_DIR.rglob("*.yaml")}
    assert on_disk == set(YAML_LOADERS), (
        f"YAML files without a loader entry in tests/test_docs.py: {sorted(on_disk - set(YAML_LOADERS))}; "
        f"entries for missing files: {sorted(set(YAML_LOADERS) - on_disk)}"
    )


@pytest.mark.parametrize("name", sorted(YAML_LOADERS))
def test_yaml_lexicon_loads_through_its_loader(name: str) -> None:
    for loader in YAML_LOADERS[name]:
        assert loader(), f"{name}: {loader.__module__}.{loader.__name__}() returned nothing"
    if name in ("actors.yaml", "actor_lexicon.yaml"):
        assert actors.validate_catalogue() == [], f"{name}: validate_catalogue() reports problems"


@pytest.mark.parametrize("page", EXECUTABLE_DOCS)
def test_python_examples_in_the_docs_run(page: str) -> None:
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    blocks = _PYTHON_BLOCK.findall(text)
    assert blocks, f"docs/{page} has no python examples"
    namespace: dict[str, Any] = {"__name__": f"docs_{page}"}
    for number, block in enumerate(blocks, 1):
        exec(compile(block, f"docs/{page} python block {number}", "exec"), namespace)


@pytest.mark.parametrize("page", HAND_WRITTEN_DOCS)
def test_files_named_in_the_docs_exist(page: str) -> None:
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    named = set(_REPO_PATH.findall(text))
    missing = sorted(p for p in named if not (ROOT / p).exists())
    assert not missing, f"docs/{page} names files that do not exist: {missing}"
