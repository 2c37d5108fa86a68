# Two commands on a fresh clone: `make run` and `make test`. Everything they need is installed here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint install system-packages clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Debian packages the tests start themselves (Dovecot for IMAP, Chromium for the web UI, swaks for trying it out).
system-packages:
	@bash scripts/system-packages.sh

run: $(STAMP)
	$(BIN)/intake db upgrade
	$(BIN)/intake run

test: $(STAMP) system-packages
	$(BIN)/ruff check intake tests benchmarks
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check intake tests benchmarks
	$(BIN)/ruff format --check intake tests benchmarks

clean:
	rm -rf $(VENV) var .pytest_cache
