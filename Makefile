# Two commands on a fresh clone: `make run` and `make test`. Everything they need is installed here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint install system-packages clean constraints wheel

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
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
	$(BIN)/mypy
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check intake tests benchmarks
	$(BIN)/mypy
	$(BIN)/ruff format --check intake tests benchmarks

# After changing dependencies in pyproject.toml: pin what is installed now (the project itself excepted).
constraints: $(STAMP)
	{ echo "# The versions make test last passed with; make installs with them (pip -c), so a fresh machine gets the same."; \
	  echo "# Regenerate after changing dependencies: make constraints"; \
	  $(BIN)/pip freeze --exclude-editable | grep -viE '^(intake[ =@]|-e )'; } > constraints.txt

# The wheel an operator installs (README, "Operating intake"), in dist/.
wheel: $(STAMP)
	$(BIN)/pip wheel --no-deps --wheel-dir dist .

clean:
	rm -rf $(VENV) var .pytest_cache dist build
