# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint check-rules bench schema clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is nodig ($(PYTHON) niet gevonden)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel

$(STAMP): $(BIN)/python setup.cfg pyproject.toml requirements-dev.txt
	$(BIN)/pip install --quiet -e . -r requirements-dev.txt
	touch $(STAMP)

## make run: set up, then advise on the Levi example case (the web form comes with its own issue)
run: $(STAMP)
	$(BIN)/kinderogen advise --text examples/levi.json

## make test: set up, lint, type-check, check the rules, run every test
test: $(STAMP) lint check-rules
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check kinderogen_rules tests bench
	$(BIN)/ruff format --check kinderogen_rules tests bench
	$(BIN)/mypy kinderogen_rules

check-rules: $(STAMP)
	$(BIN)/kinderogen check-rules rules

## make bench: throughput and latency of advise, and of the bare durable_rules calls (the floor)
bench: $(STAMP)
	$(BIN)/python bench/bench_advise.py

## make schema: regenerate the JSON schema of rule files that editors use
schema: $(STAMP)
	$(BIN)/kinderogen schema > rules/rule-file.schema.json

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
