# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
# Python: the newest supported one found, 3.13, then 3.12, then 3.11 (tools/pythons.sh); `make PYTHON=python3.12 ...`
# chooses another (after `make clean`, as an existing .venv is kept).
ifndef PYTHON
PYTHON := $(firstword $(shell sh tools/pythons.sh))
endif
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements-lock.txt
# durable-rules has no wheels and needs a patch from Python 3.13 on: tools/durable_wheel.py builds it here.
WHEELHOUSE := build/wheelhouse
ENGINE := $(VENV)/.durable-rules
PIP_INSTALL := $(BIN)/python -m pip install --quiet --find-links $(WHEELHOUSE) --only-binary durable-rules
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.DEFAULT_GOAL := install
.PHONY: help install run test test-fast lint check-rules docs bench schema clean browser regelboek wrk lock

## make help: list these targets
help:
	@sed -n -e 's/^## \(make .*\)/\1/p' -e 's/^## /    /p' $(MAKEFILE_LIST)

$(BIN)/python:
	@[ -n "$(PYTHON)" ] || { echo "Geen Python 3.13, 3.12 of 3.11 gevonden. Installeer er een (op Debian of Ubuntu:" \
	  "sudo apt-get install python3 python3-venv python3-dev), of noem er een: make PYTHON=/pad/naar/python3."; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	  || { echo "$(PYTHON) is geen Python 3.11 of nieuwer. Kies een andere: make PYTHON=/pad/naar/python3."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) --upgrade -c $(LOCK) pip setuptools wheel

$(ENGINE): $(BIN)/python tools/durable_wheel.py patches/durable-rules-2.0.28-py313.patch
	$(BIN)/python tools/durable_wheel.py $(WHEELHOUSE)
	touch $@

$(RUN_STAMP): $(ENGINE) setup.cfg pyproject.toml $(LOCK)
	$(PIP_INSTALL) -c $(LOCK) --no-build-isolation -e '.[web]'
	touch $@

$(TEST_STAMP): $(RUN_STAMP)
	$(PIP_INSTALL) -r $(LOCK)
	touch $@

## make (make install): set up .venv with the library and the web form
install: $(RUN_STAMP)

## make run: set up, then serve the web form on http://127.0.0.1:8000 with gunicorn (Ctrl-C stops it)
run: $(RUN_STAMP)
	$(BIN)/python -m webform

## make test: set up (Python packages, Chromium), lint, type-check, check the rules, build the docs, run every test
## with the full Hypothesis counts (one worker per core, a test file per worker: its fixtures are built once); CI runs this
test: $(TEST_STAMP) browser lint check-rules docs
	$(BIN)/pytest -q --numprocesses auto --dist loadfile --hypothesis-profile=ci

## make test-fast: the quick loop while you work: no tests marked slow, browser or packaging, small Hypothesis counts
test-fast: $(TEST_STAMP)
	$(BIN)/pytest -q --numprocesses auto -m "not slow and not browser and not packaging"

# Debian's Chromium drives the browser tests; Playwright's own browser download does not work offline.
browser:
	@command -v chromium >/dev/null 2>&1 || $(SUDO) apt-get install -y --no-install-recommends chromium \
	  || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium; } \
	  || echo "Let op: chromium kon niet worden geïnstalleerd; de browsertests worden overgeslagen."

## lint: ruff, mypy, and the import contracts of pyproject.toml (layers, no circles, the web form on the public API)
lint: $(TEST_STAMP)
	$(BIN)/ruff check kinderogen_rules webform tests bench tools
	$(BIN)/ruff format --check kinderogen_rules webform tests bench tools
	$(BIN)/mypy kinderogen_rules webform
	$(BIN)/lint-imports

check-rules: $(RUN_STAMP)
	$(BIN)/kinderogen check-rules rules

## make docs: build the documentation (docs/, MkDocs with the Material theme) into build/docs, a site that works
## without a network (open build/docs/index.html); a broken link fails the build
docs: $(TEST_STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir build/docs

## make lock: pin every package (library, extras, dev tools, pip itself) anew in requirements-lock.txt, from a
## fresh virtualenv on the oldest supported Python found (so it holds the backports that Python needs)
lock:
	rm -rf build/lock-venv
	$(lastword $(shell sh tools/pythons.sh)) -m venv build/lock-venv
	build/lock-venv/bin/python -m pip install --quiet --upgrade pip setuptools wheel
	build/lock-venv/bin/python tools/durable_wheel.py $(WHEELHOUSE)
	build/lock-venv/bin/python -m pip install --quiet --find-links $(WHEELHOUSE) --only-binary durable-rules \
	  '.[web,monitor,analyse,dev]'
	{ echo "# Every package of kinderogen-rules, its extras [web,monitor,analyse,dev] and pip, pinned: made by make lock."; \
	  build/lock-venv/bin/python -m pip freeze --all --exclude kinderogen-rules; } > $(LOCK)
	rm -rf build/lock-venv

## make bench: advise against the durable_rules floor, batch on all cores and on one, diff on a caseload,
## the web server under load; make bench PART=advise (or batch, casediff, load) runs one of them
BENCH_PARTS := advise batch casediff load
PART ?= $(BENCH_PARTS)
ifneq ($(filter-out $(BENCH_PARTS),$(PART)),)
$(error Onbekend deel voor make bench: PART=$(PART). Kies uit: $(BENCH_PARTS))
endif
bench: $(TEST_STAMP) $(if $(filter load,$(PART)),wrk)
	@for part in $(PART); do $(BIN)/python bench/bench_$$part.py || exit 1; done

wrk:
	@command -v wrk >/dev/null 2>&1 || $(SUDO) apt-get install -y --no-install-recommends wrk \
	  || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends wrk; }

## make regelboek: write the rulebook (HTML and Markdown) to build/regelboek
regelboek: $(RUN_STAMP)
	$(BIN)/kinderogen regelboek --out build/regelboek

## make schema: regenerate the JSON schema of rule files that editors use
schema: $(RUN_STAMP)
	$(BIN)/kinderogen schema > rules/rule-file.schema.json

## make clean: remove .venv, build/ and the caches
clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache tests/artifacts
