# Two commands do all the set-up: `make demo` and `make test`. Everything installs into ./.venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench bench-store clean

install: $(STAMP)

# Re-running is cheap: pip runs again only when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: install
	$(BIN)/tacitus demo

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy src/tacitus

test: lint
	$(BIN)/pytest -q -p no:cacheprovider

bench: install
	$(BIN)/python benchmarks/throughput.py

bench-store: install
	$(BIN)/python benchmarks/store_queries.py

clean:
	rm -rf $(VENV) tacitus-data build dist src/*.egg-info
