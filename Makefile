# Two commands do all set-up:  `make demo`  and  `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DB ?= marsad.db

.PHONY: demo test install web lint bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=23.3"
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## web: build the map's JavaScript bundle from npm packages (needs node/npm; skipped without them)
web:
	@if command -v npm >/dev/null 2>&1 && [ -f package.json ]; then bash scripts/build_web.sh; \
	else echo "npm not found: skipping the web bundle (the API still works)"; fi

## demo: set up, extract the bundled reference article into $(DB), print its events
demo: $(STAMP)
	$(BIN)/marsad ingest marsad/sample/reference.jsonl --db $(DB)
	$(BIN)/marsad events --db $(DB)

## test: set up, lint, and run the test suite
test: $(STAMP) web
	$(BIN)/ruff check marsad tests scripts bench
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check marsad tests scripts bench

## bench: throughput table over the ANT corpus in ../shared (not a test)
bench: $(STAMP)
	$(BIN)/python bench/throughput.py

## eval: score the dev set in ../shared with the project's own scorer
eval: $(STAMP)
	$(BIN)/marsad eval ../shared/gold/dev.jsonl --confusion

clean:
	rm -rf $(VENV) *.egg-info $(DB) $(DB)-wal $(DB)-shm
