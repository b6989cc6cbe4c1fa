# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

AXE := node_modules/axe-core/axe.min.js
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test lint check-rules bench schema clean browser regelboek wrk

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is nodig ($(PYTHON) niet gevonden)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel

$(STAMP): $(BIN)/python setup.cfg pyproject.toml requirements-dev.txt
	$(BIN)/pip install --quiet -e . -r requirements-dev.txt
	touch $(STAMP)

## make run: set up, then serve the web form on http://127.0.0.1:8000 with gunicorn (Ctrl-C stops it)
run: $(STAMP)
	$(BIN)/python -m webform

## make test: set up (Python packages, Chromium, axe-core), lint, type-check, check the rules, run every test
test: $(STAMP) browser $(AXE) lint check-rules
	$(BIN)/pytest -q

## Debian's Chromium drives the browser tests; Playwright's own browser download does not work offline.
browser:
	@command -v chromium >/dev/null 2>&1 || $(SUDO) apt-get install -y --no-install-recommends chromium \
	  || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium; } \
	  || echo "Let op: chromium kon niet worden geïnstalleerd; de browsertests worden overgeslagen."

$(AXE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(AXE)

lint: $(STAMP)
	$(BIN)/ruff check kinderogen_rules webform tests bench
	$(BIN)/ruff format --check kinderogen_rules webform tests bench
	$(BIN)/mypy kinderogen_rules webform

check-rules: $(STAMP)
	$(BIN)/kinderogen check-rules rules

## make bench: advise against the durable_rules floor, batch on all cores and on one, the web server under load
bench: $(STAMP) wrk
	$(BIN)/python bench/bench_advise.py
	$(BIN)/python bench/bench_batch.py
	$(BIN)/python bench/bench_load.py

wrk:
	@command -v wrk >/dev/null 2>&1 || $(SUDO) apt-get install -y --no-install-recommends wrk \
	  || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends wrk; }

## make regelboek: write the rulebook (HTML and Markdown) to build/regelboek
regelboek: $(STAMP)
	$(BIN)/kinderogen regelboek --out build/regelboek

## make schema: regenerate the JSON schema of rule files that editors use
schema: $(STAMP)
	$(BIN)/kinderogen schema > rules/rule-file.schema.json

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache node_modules tests/artifacts
