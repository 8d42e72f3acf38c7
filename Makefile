# lso-archive: two commands for a fresh machine are `make crawl` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_PORT ?= 8765
DEMO_DIR ?= demo-data

REPLAY_VENV ?= .venv-replay

LSO_DB ?= db/lso.db
LSO_ARCHIVE ?= archive

.PHONY: crawl test demo browse lint format bench clean

# The venv is rebuilt whenever the project's dependencies change.
$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

## crawl: archive https://baolangson.vn with the polite defaults (db/lso.db, archive/)
crawl: $(BIN)/.installed
	$(BIN)/scrapy crawl lso

# pywb (for the replay test) pins an older cryptography than Scrapy needs: its own venv.
$(REPLAY_VENV)/bin/wayback:
	test -x $(REPLAY_VENV)/bin/python || $(PYTHON) -m venv $(REPLAY_VENV)
	$(REPLAY_VENV)/bin/python -m pip install --quiet 'pywb>=2.8,<3'

## test: run the whole test suite (lint included)
test: $(BIN)/.installed $(REPLAY_VENV)/bin/wayback
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

## demo: serve the bundled model of the site on loopback and crawl it into demo-data/
demo: $(BIN)/.installed
	$(BIN)/python -m tests.demo --port $(DEMO_PORT) --data $(DEMO_DIR)

## browse: explore the archive in Datasette, with article histories and word diffs (http://127.0.0.1:8001)
browse: $(BIN)/.installed
	LSO_ARCHIVE_DIR=$(LSO_ARCHIVE) $(BIN)/datasette $(LSO_DB) -m metadata.yml

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(BIN)/.installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(BIN)/.installed
	$(BIN)/python benchmarks/parse_speed.py

clean:
	rm -rf $(DEMO_DIR) .pytest_cache .ruff_cache $(REPLAY_VENV)
