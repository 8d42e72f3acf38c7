# lso-archive: two commands for a fresh machine are `make crawl` and `make test`.
# Every target runs the venv's own tools: `lso` itself is $(BIN)/lso (.venv/bin/lso).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_PORT ?= 8765
DEMO_DIR ?= demo-data

REPLAY_VENV ?= .venv-replay

# The data `make crawl` and `make browse` use; LSO_DB_PATH/LSO_ARCHIVE_DIR in the
# environment are honoured, as every `lso` command honours them.
LSO_DB ?= $(or $(LSO_DB_PATH),db/lso.db)
LSO_ARCHIVE ?= $(or $(LSO_ARCHIVE_DIR),archive)
# Extra options for `lso crawl`, e.g. make crawl CRAWL_ARGS="--backfill -s LSO_MAX_PAGES=5"
CRAWL_ARGS ?=

.PHONY: crawl test demo browse lint format bench clean

# Two installs, each redone when the dependencies change: the crawler's runtime
# dependencies only, and the test tools (pytest, ruff, mypy, playwright) on top.
$(BIN)/.installed-runtime: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(BIN)/.installed-test: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(BIN)/.installed-runtime

## crawl: archive https://baolangson.vn with the polite defaults into $(LSO_DB) and $(LSO_ARCHIVE)
# `lso crawl`: one run at a time (lock), a one-line summary, and exit status 1 if it failed.
crawl: $(BIN)/.installed-runtime
	LSO_DB_PATH=$(LSO_DB) LSO_ARCHIVE_DIR=$(LSO_ARCHIVE) $(BIN)/lso crawl $(CRAWL_ARGS)

# pywb (for the replay test) pins an older cryptography than Scrapy needs: its own venv.
$(REPLAY_VENV)/bin/wayback:
	test -x $(REPLAY_VENV)/bin/python || $(PYTHON) -m venv $(REPLAY_VENV)
	$(REPLAY_VENV)/bin/python -m pip install --quiet 'pywb>=2.8,<3'

## test: lint (ruff, mypy), then the whole test suite; the browser tests need Debian's chromium
test: lint $(REPLAY_VENV)/bin/wayback
	$(BIN)/python -m pytest

## demo: crawl the bundled model of the site twice (with edits between) into $(DEMO_DIR)/
demo: $(BIN)/.installed-runtime
	$(BIN)/python -m tests.demo --port $(DEMO_PORT) --data $(DEMO_DIR)

## browse: explore the archive in Datasette, with article histories and word diffs (http://127.0.0.1:8001)
browse: $(BIN)/.installed-runtime
	LSO_ARCHIVE_DIR=$(LSO_ARCHIVE) $(BIN)/datasette $(LSO_DB) -m metadata.yml

## lint: ruff (style) and mypy (types) over the code
lint: $(BIN)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy lso_crawler/

format: $(BIN)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(BIN)/.installed-runtime
	$(BIN)/python benchmarks/parse_speed.py
	$(BIN)/python benchmarks/cli_start.py

clean:
	rm -rf $(DEMO_DIR) .pytest_cache .ruff_cache .mypy_cache $(REPLAY_VENV)
